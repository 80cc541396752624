//! `dhow compose` end to end, as the unprivileged test user against the test
//! registry: a two-service project where one service reaches the other by
//! name over the project network (up -d / ps / logs / exec / run / up again /
//! recreate on change / down), a service built from a Dockerfile, and a
//! named volume that survives `down` and goes with `down -v`.

mod common;

use common::TestEnv;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Writes a project dir under the env's home, readable by the test user.
fn project(env: &TestEnv, name: &str, files: &[(&str, &str)]) -> PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let dir = env.home().join(name);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    for (p, content) in files {
        let path = dir.join(p);
        std::fs::write(&path, content).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    }
    dir
}

/// `dhow compose ARGS` run in the project dir (so the file is discovered).
fn compose(env: &TestEnv, dir: &Path, args: &[&str]) -> common::env::Output {
    let mut all = vec!["compose"];
    all.extend_from_slice(args);
    let mut cmd = env.command(&all);
    cmd.current_dir(dir);
    env.run_command(cmd)
}

/// `docker-compose ARGS` through a symlink to dhow, the notes' habit.
fn docker_compose(env: &TestEnv, dir: &Path, args: &[&str]) -> common::env::Output {
    let link = env.root.join("bin/docker-compose");
    if !link.exists() {
        std::fs::create_dir_all(link.parent().unwrap()).unwrap();
        std::os::unix::fs::symlink(common::env::dhow_bin(), &link).unwrap();
    }
    let mut cmd = env.exec(&link, args);
    cmd.current_dir(dir);
    let out = env.run_command(cmd);
    assert!(out.success(), "expected success: {}", out.describe());
    out
}

fn compose_ok(env: &TestEnv, dir: &Path, args: &[&str]) -> common::env::Output {
    let out = compose(env, dir, args);
    assert!(out.success(), "expected success: {}", out.describe());
    out
}

/// Retries `f` until it returns Some (the container needs a moment to
/// serve); panics with the last output after a generous bound.
fn eventually(what: &str, mut f: impl FnMut() -> Result<(), String>) {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        match f() {
            Ok(()) => return,
            Err(last) if Instant::now() > deadline => panic!("{what}: never happened; last: {last}"),
            Err(_) => std::thread::sleep(Duration::from_millis(200)),
        }
    }
}

fn two_services(img: &str, client_env: &str, port: u16) -> String {
    format!(
        "services:\n\
         \x20 web:\n\
         \x20   image: {img}\n\
         \x20   ports: [\"127.0.0.1:{port}:8080\"]\n\
         \x20   command: sh -c \"mkdir -p /www && echo hello-from-web > /www/index.html && echo web-ready && exec httpd -f -p 8080 -h /www\"\n\
         \x20 client:\n\
         \x20   image: {img}\n\
         \x20   command: [\"sleep\", \"3600\"]\n\
         \x20   environment:\n\
         \x20     MODE: {client_env}\n\
         \x20   depends_on:\n\
         \x20     - web\n"
    )
}

#[test]
fn two_services_talk_by_name_over_the_project_network() {
    let env = TestEnv::new();
    let img = env.fx().busybox.reference.clone();
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let dir = project(&env, "demo", &[("docker-compose.yml", &two_services(&img, "one", port))]);

    let up = compose_ok(&env, &dir, &["up", "-d"]);
    assert!(up.stderr.contains("Network demo_default  Created"), "{}", up.stderr);
    assert!(up.stderr.contains("Container demo-web-1  Started"), "{}", up.stderr);
    assert!(up.stderr.contains("Container demo-client-1  Started"), "{}", up.stderr);
    // web starts before the client that depends on it.
    assert!(up.stderr.find("demo-web-1  Started") < up.stderr.find("demo-client-1  Started"), "{}", up.stderr);

    let ps = compose_ok(&env, &dir, &["ps"]).stdout;
    let header = ps.lines().next().unwrap_or_default();
    for h in ["NAME", "IMAGE", "COMMAND", "SERVICE", "CREATED", "STATUS", "PORTS"] {
        assert!(header.contains(h), "{ps}");
    }
    assert!(ps.contains("demo-web-1") && ps.contains("demo-client-1"), "{ps}");
    assert_eq!(compose_ok(&env, &dir, &["ps", "--services"]).stdout, "client\nweb\n");
    let ids = compose_ok(&env, &dir, &["ps", "-q"]).stdout;
    assert_eq!(ids.lines().count(), 2, "{ids}");
    assert_eq!(compose_ok(&env, &dir, &["ps", "--format", "{{.Service}} {{.State}}"]).stdout, "client running\nweb running\n");

    // compose labels, as tools filter on them
    let label = |ctr: &str, key: &str| env.ok(&["inspect", "-f", &format!("{{{{index .Config.Labels \"{key}\"}}}}"), ctr]).trim().to_string();
    assert_eq!(label("demo-web-1", "com.docker.compose.project"), "demo");
    assert_eq!(label("demo-web-1", "com.docker.compose.service"), "web");
    assert_eq!(label("demo-web-1", "com.docker.compose.container-number"), "1");
    assert_eq!(label("demo-web-1", "com.docker.compose.oneoff"), "False");
    assert_eq!(label("demo-web-1", "com.docker.compose.config-hash").len(), 64);

    // The client reaches web by its service name.
    eventually("wget web:8080 from the client", || {
        let out = compose(&env, &dir, &["exec", "-T", "client", "wget", "-q", "-O-", "http://web:8080/"]);
        if out.stdout.contains("hello-from-web") { Ok(()) } else { Err(out.describe()) }
    });
    // The published port, from the host.
    eventually("GET / on the published port", || {
        use std::io::{Read, Write};
        let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).map_err(|e| e.to_string())?;
        let _ = s.set_read_timeout(Some(Duration::from_secs(10)));
        s.write_all(b"GET / HTTP/1.0\r\n\r\n").map_err(|e| e.to_string())?;
        let mut body = String::new();
        let _ = s.read_to_string(&mut body);
        if body.contains("hello-from-web") { Ok(()) } else { Err(body) }
    });
    assert_eq!(compose_ok(&env, &dir, &["port", "web", "8080"]).stdout.trim(), format!("127.0.0.1:{port}"));
    let top = compose_ok(&env, &dir, &["top", "web"]).stdout;
    assert!(top.starts_with("demo-web-1\n") && top.contains("httpd"), "{top}");
    // exec passes the command's exit code through.
    assert_eq!(compose(&env, &dir, &["exec", "-T", "client", "sh", "-c", "exit 3"]).code(), Some(3));

    eventually("web's log line with its prefix", || {
        let out = compose(&env, &dir, &["logs", "web"]);
        if out.stdout.contains("web-1  | web-ready") { Ok(()) } else { Err(out.describe()) }
    });
    let all_logs = compose_ok(&env, &dir, &["logs", "--no-log-prefix"]).stdout;
    assert!(all_logs.lines().any(|l| l == "web-ready"), "{all_logs}");

    // A one-off container on the same network.
    let run = compose_ok(&env, &dir, &["run", "--rm", "-T", "client", "sh", "-c", "echo MODE=$MODE; wget -q -O- http://web:8080/"]);
    assert!(run.stdout.contains("MODE=one") && run.stdout.contains("hello-from-web"), "{}", run.describe());

    // Nothing changed: nothing recreated.
    let web_id = env.ok(&["inspect", "-f", "{{.Id}}", "demo-web-1"]);
    let again = compose_ok(&env, &dir, &["up", "-d"]);
    assert!(again.stderr.contains("Container demo-web-1  Running"), "{}", again.stderr);
    assert!(again.stderr.contains("Container demo-client-1  Running"), "{}", again.stderr);
    // The client's configuration changed: only it is recreated.
    std::fs::write(dir.join("docker-compose.yml"), two_services(&img, "two", port)).unwrap();
    let plan = compose_ok(&env, &dir, &["--dry-run", "up", "-d"]).stdout;
    assert_eq!(plan, "web: keep demo-web-1\nclient: recreate demo-client-1\n", "the plan, nothing done");
    let changed = compose_ok(&env, &dir, &["up", "-d"]);
    assert!(changed.stderr.contains("Container demo-client-1  Recreated"), "{}", changed.stderr);
    assert!(changed.stderr.contains("Container demo-web-1  Running"), "{}", changed.stderr);
    assert_eq!(env.ok(&["inspect", "-f", "{{.Id}}", "demo-web-1"]), web_id);
    let mode = compose_ok(&env, &dir, &["exec", "-T", "client", "sh", "-c", "echo $MODE"]).stdout;
    assert_eq!(mode, "two\n");

    // stop / start keep the containers.
    compose_ok(&env, &dir, &["stop"]);
    assert_eq!(compose_ok(&env, &dir, &["ps", "-q"]).stdout, "");
    assert_eq!(compose_ok(&env, &dir, &["ps", "-a", "-q"]).stdout.lines().count(), 2);
    compose_ok(&env, &dir, &["start"]);
    assert_eq!(compose_ok(&env, &dir, &["ps", "-q"]).stdout.lines().count(), 2);

    let down = compose_ok(&env, &dir, &["down", "-t", "1"]);
    assert!(down.stderr.contains("Container demo-web-1  Removed"), "{}", down.stderr);
    assert!(down.stderr.contains("Network demo_default  Removed"), "{}", down.stderr);
    assert_eq!(env.ok(&["ps", "-a", "-q"]), "");
    assert!(!env.ok(&["network", "ls"]).contains("demo_default"));
}

#[test]
fn build_from_a_dockerfile_then_up() {
    let env = TestEnv::new();
    let img = env.fx().busybox.reference.clone();
    let dockerfile = format!("FROM {img}\nRUN echo built-by-compose > /built\nCMD [\"cat\", \"/built\"]\n");
    // The notes' spelling: `version`, `build: .`, and the hyphenated command.
    let registry = img.split('/').next().unwrap().to_string();
    let yaml = format!("version: \"3\"\nservices:\n  app:\n    build: .\n    volumes: ['.:/code']\n  named:\n    build: .\n    image: {registry}/bld/named:1\n");
    let dir = project(&env, "bld", &[("Dockerfile", &dockerfile), ("docker-compose.yml", &yaml)]);
    let out = docker_compose(&env, &dir, &["build"]);
    assert!(out.stderr.contains("`version` is obsolete"), "{}", out.stderr);
    let repos = env.ok(&["images", "--format", "{{.Repository}}"]);
    assert!(repos.contains("bld-app") && repos.contains("bld/named"), "{repos}");
    // Only services that name their image are pushed.
    let push = compose_ok(&env, &dir, &["push"]);
    assert!(push.stderr.contains(&format!("Image {registry}/bld/named:1  Pushed")), "{}", push.stderr);
    assert!(!push.stderr.contains("bld-app"), "{}", push.stderr);
    compose_ok(&env, &dir, &["up", "-d"]);
    eventually("the built image's CMD output", || {
        let out = compose(&env, &dir, &["logs", "app"]);
        if out.stdout.contains("app-1  | built-by-compose") { Ok(()) } else { Err(out.describe()) }
    });
    // rm removes the stopped containers.
    eventually("the one-shot containers to exit", || {
        let out = compose(&env, &dir, &["ps", "-a", "--format", "{{.State}}"]);
        if out.stdout == "exited\nexited\n" { Ok(()) } else { Err(out.describe()) }
    });
    let images = compose_ok(&env, &dir, &["images"]).stdout;
    assert!(images.lines().next().unwrap_or_default().starts_with("CONTAINER"), "{images}");
    assert!(images.contains("bld-app-1") && images.contains(&format!("{registry}/bld/named")), "{images}");
    // The project directory bind-mounted with a relative path.
    let run = docker_compose(&env, &dir, &["run", "--rm", "-T", "app", "cat", "/code/Dockerfile"]);
    assert!(run.stdout.contains("built-by-compose"), "{}", run.describe());
    docker_compose(&env, &dir, &["stop"]);
    let rm = docker_compose(&env, &dir, &["rm", "-f"]);
    assert!(rm.stderr.contains("Container bld-app-1  Removed"), "{}", rm.stderr);
    compose_ok(&env, &dir, &["down"]);
    // dockerfile_inline: the Dockerfile is in the compose file.
    let inline = format!("services:\n  inline:\n    build:\n      context: .\n      dockerfile_inline: |\n        FROM {img}\n        RUN echo inline-built > /built\n");
    std::fs::write(dir.join("inline.yaml"), inline).unwrap();
    compose_ok(&env, &dir, &["-f", "inline.yaml", "-p", "inl", "build"]);
    assert_eq!(env.ok(&["run", "--rm", "inl-inline", "cat", "/built"]), "inline-built\n");
}

#[test]
fn named_volume_survives_down_and_goes_with_down_v() {
    let env = TestEnv::new();
    let img = env.fx().busybox.reference.clone();
    let yaml = format!("services:\n  db:\n    image: {img}\n    command: sleep 3600\n    ulimits:\n      nofile: {{soft: 1024, hard: 2048}}\n    volumes:\n      - data:/data\nvolumes:\n  data:\n");
    let dir = project(&env, "vol", &[("compose.yaml", &yaml)]);
    compose_ok(&env, &dir, &["up", "-d"]);
    assert!(env.ok(&["volume", "ls", "-q"]).lines().any(|l| l == "vol_data"));
    compose_ok(&env, &dir, &["exec", "-T", "db", "sh", "-c", "echo kept > /data/f"]);
    assert_eq!(compose_ok(&env, &dir, &["exec", "-T", "db", "sh", "-c", "ulimit -n; ulimit -Hn"]).stdout, "1024\n2048\n");
    compose_ok(&env, &dir, &["down", "-t", "1"]);
    assert!(env.ok(&["volume", "ls", "-q"]).lines().any(|l| l == "vol_data"), "down keeps named volumes");
    compose_ok(&env, &dir, &["up", "-d"]);
    assert_eq!(compose_ok(&env, &dir, &["exec", "-T", "db", "cat", "/data/f"]).stdout, "kept\n");
    let copied = env.home().join("copied");
    compose_ok(&env, &dir, &["exec", "-T", "db", "cp", "/data/f", "/tmp/f"]);
    compose_ok(&env, &dir, &["cp", "db:/tmp/f", copied.to_str().unwrap()]);
    assert_eq!(std::fs::read_to_string(&copied).unwrap(), "kept\n");
    // volumes, stats and export of a service's container.
    assert_eq!(compose_ok(&env, &dir, &["volumes", "-q"]).stdout, "vol_data\n");
    assert_eq!(compose_ok(&env, &dir, &["volumes", "--format", "{{.Driver}} {{.Name}}", "db"]).stdout, "local vol_data\n");
    assert_eq!(compose_ok(&env, &dir, &["stats", "--no-stream", "--format", "{{.Name}}"]).stdout, "vol-db-1\n");
    let tar = env.home().join("db.tar");
    compose_ok(&env, &dir, &["export", "-o", tar.to_str().unwrap(), "db"]);
    let listing = std::process::Command::new("tar").arg("-tf").arg(&tar).output().unwrap();
    assert!(String::from_utf8_lossy(&listing.stdout).lines().any(|l| l.trim_end_matches('/') == "tmp/f"), "the container's filesystem");
    compose_ok(&env, &dir, &["down", "-v", "-t", "1"]);
    assert!(!env.ok(&["volume", "ls", "-q"]).lines().any(|l| l == "vol_data"), "down -v removes them");
}

#[test]
fn config_and_bad_files() {
    let env = TestEnv::new();
    let dir = project(
        &env,
        "cfg",
        &[
            ("compose.yaml", "services:\n  web:\n    image: \"busybox:${TAG:-1}\"\n    ports: ['8080:80']\n"),
            (".env", "TAG=from-dotenv\n"),
            ("bad.yaml", "services:\n  web:\n    image: busybox\n    volumes: [nope:/x]\n"),
        ],
    );
    let cfg = compose_ok(&env, &dir, &["config"]).stdout;
    assert!(cfg.starts_with("name: cfg\n"), "{cfg}");
    assert!(cfg.contains("image: busybox:from-dotenv"), "{cfg}");
    // docker compose's own e2e expectation (pkg/e2e/config_test.go).
    assert!(cfg.contains("    ports:\n      - mode: ingress\n        target: 80\n        published: \"8080\"\n        protocol: tcp\n"), "{cfg}");
    let json = compose_ok(&env, &dir, &["config", "--format", "json"]).stdout;
    assert!(json.contains(r#""published": "8080""#), "{json}");
    assert!(cfg.contains("name: cfg_default"), "{cfg}");
    assert_eq!(compose_ok(&env, &dir, &["-p", "other", "config", "--images"]).stdout, "busybox:from-dotenv\n");
    let bad = compose(&env, &dir, &["-f", "bad.yaml", "config"]);
    assert_eq!(bad.code(), Some(1), "{}", bad.describe());
    assert!(bad.stderr.contains("refers to undefined volume nope"), "{}", bad.stderr);
    let none = compose(&env, &env.home(), &["ps"]);
    assert!(none.stderr.contains("no configuration file provided"), "{}", none.describe());
}

#[test]
fn foreground_up_waits_for_a_completed_dependency_and_stops_on_ctrl_c() {
    use std::io::{BufRead, Read};
    let env = TestEnv::new();
    let img = env.fx().busybox.reference.clone();
    let yaml = format!(
        "services:\n\
         \x20 migrate:\n\
         \x20   image: {img}\n\
         \x20   command: sh -c 'echo migrated'\n\
         \x20 app:\n\
         \x20   image: {img}\n\
         \x20   command: sh -c \"trap 'echo app-stopping; exit 0' TERM; echo ready; while :; do sleep 0.1; done\"\n\
         \x20   depends_on:\n\
         \x20     migrate:\n\
         \x20       condition: service_completed_successfully\n"
    );
    let dir = project(&env, "fg", &[("compose.yaml", &yaml)]);
    let mut cmd = env.command(&["compose", "up"]);
    cmd.current_dir(&dir).stdout(std::process::Stdio::piped()).stderr(std::process::Stdio::piped());
    let mut child = cmd.spawn().expect("start dhow compose up");
    let mut out = std::io::BufReader::new(child.stdout.take().expect("stdout"));
    let mut seen = String::new();
    loop {
        let mut line = String::new();
        if out.read_line(&mut line).expect("read") == 0 {
            panic!("compose up ended before the app was ready: {seen}");
        }
        seen.push_str(&line);
        // Each container's log is read on its own: any order.
        if seen.contains("| ready\n") && seen.contains("| migrated\n") {
            break;
        }
    }
    assert!(seen.contains("migrate-1  | migrated\n"), "prefixed, padded to the longest name: {seen}");
    assert!(seen.contains("app-1      | ready\n"), "{seen}");
    // SAFETY: signalling the dhow process this test started.
    unsafe { libc::kill(child.id() as i32, libc::SIGINT) };
    let status = child.wait().expect("wait");
    let mut rest = String::new();
    out.read_to_string(&mut rest).expect("read");
    let mut err = String::new();
    child.stderr.take().expect("stderr").read_to_string(&mut err).expect("read");
    assert_eq!(status.code(), Some(130), "{err}");
    assert!(err.contains("Gracefully stopping..."), "{err}");
    assert!(rest.contains("app-1      | app-stopping"), "the app got the stop signal: {rest}");
    let states = compose_ok(&env, &dir, &["ps", "-a", "--format", "{{.Service}} {{.State}}"]).stdout;
    assert_eq!(states, "app exited\nmigrate exited\n");
    // The app started only after the migration had finished.
    let t = |f: &str, c: &str| env.ok(&["inspect", "-f", f, c]).trim().to_string();
    let finished = t("{{.State.FinishedAt}}", "fg-migrate-1");
    let started = t("{{.State.StartedAt}}", "fg-app-1");
    assert!(started >= finished, "app started {started}, migrate finished {finished}");
    compose_ok(&env, &dir, &["down"]);
}

#[test]
fn scale_wait_ls_and_exit_code_from() {
    let env = TestEnv::new();
    let img = env.fx().busybox.reference.clone();
    let yaml = format!("services:\n  worker:\n    image: {img}\n    command: sh -c 'echo worker-up; exec sleep 3600'\n  job:\n    image: {img}\n    command: sh -c 'echo job-done; exit 7'\n");
    let dir = project(&env, "sc", &[("compose.yaml", &yaml)]);
    compose_ok(&env, &dir, &["up", "-d", "--wait", "--scale", "worker=2", "worker"]);
    assert_eq!(compose_ok(&env, &dir, &["ps", "--format", "{{.Name}}"]).stdout, "sc-worker-1\nsc-worker-2\n");
    let down_one = compose_ok(&env, &dir, &["up", "-d", "--scale", "worker=1", "worker"]);
    assert!(down_one.stderr.contains("Container sc-worker-2  Removed"), "{}", down_one.stderr);
    assert!(down_one.stderr.contains("Container sc-worker-1  Running"), "scaling recreates nothing: {}", down_one.stderr);
    let ls = env.ok(&["compose", "ls"]);
    assert!(ls.lines().any(|l| l.starts_with("sc ") && l.contains("running(1)")), "{ls}");
    // The job exits 7: everything stops and up returns its code.
    let out = compose(&env, &dir, &["up", "-t", "1", "--exit-code-from", "job"]);
    assert_eq!(out.code(), Some(7), "{}", out.describe());
    assert!(out.stdout.contains("job-1     | job-done"), "{}", out.stdout);
    assert!(out.stderr.contains("Aborting on container exit..."), "{}", out.stderr);
    assert_eq!(compose_ok(&env, &dir, &["ps", "-q"]).stdout, "", "the worker was stopped too");
    // --no-attach: the worker runs but its output is not shown; the first
    // container to exit (the job) ends the project and gives the code.
    let out = compose(&env, &dir, &["up", "-t", "1", "--abort-on-container-exit", "--no-attach", "worker"]);
    assert_eq!(out.code(), Some(7), "{}", out.describe());
    assert!(out.stdout.contains("job-done") && !out.stdout.contains("worker-up"), "{}", out.stdout);
    assert!(out.stderr.contains("Attaching to job-1\n"), "{}", out.stderr);
    let logs = compose_ok(&env, &dir, &["logs", "worker"]).stdout;
    assert!(logs.contains("worker-up"), "the worker did run: {logs}");
    compose_ok(&env, &dir, &["down", "-t", "1"]);
    assert!(!env.ok(&["compose", "ls", "-a"]).contains("sc "));
}

#[test]
fn two_networks_with_aliases_and_isolation() {
    let env = TestEnv::new();
    let img = env.fx().busybox.reference.clone();
    let yaml = format!(
        "services:\n\
         \x20 api:\n\
         \x20   image: {img}\n\
         \x20   command: sleep 3600\n\
         \x20   networks:\n\
         \x20     front:\n\
         \x20     back:\n\
         \x20       aliases: [api-internal]\n\
         \x20 ui:\n\
         \x20   image: {img}\n\
         \x20   command: sleep 3600\n\
         \x20   networks: [front]\n\
         \x20 db:\n\
         \x20   image: {img}\n\
         \x20   command: sleep 3600\n\
         \x20   networks: [back]\n\
         networks:\n\
         \x20 front:\n\
         \x20 back:\n"
    );
    let dir = project(&env, "nets", &[("compose.yaml", &yaml)]);
    let up = compose_ok(&env, &dir, &["up", "-d"]);
    assert!(up.stderr.contains("Network nets_front  Created") && up.stderr.contains("Network nets_back  Created"), "{}", up.stderr);
    assert!(!up.stderr.contains("nets_default"), "no service is on the default network: {}", up.stderr);
    let ping = |from: &str, to: &str| compose(&env, &dir, &["exec", "-T", from, "ping", "-c", "1", "-W", "2", to]).success();
    eventually("ui reaches api on front", || if ping("ui", "api") { Ok(()) } else { Err("no reply".into()) });
    assert!(ping("db", "api-internal"), "the alias on back");
    assert!(ping("db", "api"), "the service name on back");
    assert!(!ping("ui", "db"), "ui and db share no network");
    compose_ok(&env, &dir, &["down", "-t", "1"]);
    let nets = env.ok(&["network", "ls"]);
    assert!(!nets.contains("nets_front") && !nets.contains("nets_back"), "{nets}");
}

/// `depends_on: condition: service_healthy` waits for the dependency's real
/// health check (run by its monitor), and a service's healthcheck and
/// limits reach the container.
#[test]
fn service_healthy_waits_for_the_health_check_and_limits_apply() {
    let env = TestEnv::new();
    let img = env.fx().busybox.reference.clone();
    env.ok(&["pull", "-q", &img]);
    let file = format!(
        "services:\n\
         \x20 db:\n\
         \x20   image: {img}\n\
         \x20   command: sh -c \"sleep 1; touch /tmp/ready; exec sleep 3600\"\n\
         \x20   healthcheck:\n\
         \x20     test: [\"CMD-SHELL\", \"test -e /tmp/ready\"]\n\
         \x20     interval: 200ms\n\
         \x20     start_period: 10s\n\
         \x20     start_interval: 200ms\n\
         \x20   mem_limit: 64m\n\
         \x20   pids_limit: 50\n\
         \x20 web:\n\
         \x20   image: {img}\n\
         \x20   command: [\"sleep\", \"3600\"]\n\
         \x20   depends_on:\n\
         \x20     db:\n\
         \x20       condition: service_healthy\n"
    );
    let dir = project(&env, "healthy", &[("compose.yaml", &file)]);
    compose_ok(&env, &dir, &["up", "-d"]);
    let status = env.ok(&["inspect", "-f", "{{.State.Health.Status}}", "healthy-db-1"]);
    assert_eq!(status.trim(), "healthy", "web started only once db was healthy");
    assert_eq!(env.ok(&["inspect", "-f", "{{.State.Status}}", "healthy-web-1"]).trim(), "running");
    let limits = env.ok(&["inspect", "-f", "{{.HostConfig.Memory}} {{.HostConfig.PidsLimit}}", "healthy-db-1"]);
    assert_eq!(limits.trim(), format!("{} 50", 64 * 1024 * 1024));
    compose_ok(&env, &dir, &["down", "-t", "1"]);
}

/// Validation as docker compose does it: an unknown key names its path (an
/// `x-` key passes), a value of the wrong kind and a reference to an
/// undefined network, volume, secret or config are errors, all before
/// anything is created; a known key dhow does not honour is a warning.
#[test]
fn bad_files_fail_before_anything_is_created() {
    let env = TestEnv::new();
    let img = env.fx().busybox.reference.clone();
    let svc = |extra: &str| format!("services:\n  web:\n    image: {img}\n    command: sleep 3600\n    x-note: fine\n{extra}");
    let cases = [
        (svc("    foo: 1\n"), "services.web Additional property foo is not allowed"),
        (format!("{}bogus: {{}}\n", svc("")), "(root) Additional property bogus is not allowed"),
        (svc("    healthcheck: {test: [CMD, 'true'], intervall: 1s}\n"), "services.web.healthcheck Additional property intervall is not allowed"),
        (svc("    ports: '8080:80'\n"), "services.web.ports must be a list"),
        (svc("    environment: 7\n"), "services.web.environment must be a mapping or a list"),
        (svc("    networks: [nowhere]\n"), "service \"web\" refers to undefined network nowhere: invalid compose project"),
        (svc("    volumes: ['gone:/data']\n"), "service \"web\" refers to undefined volume gone: invalid compose project"),
        (svc("    secrets: [pw]\n"), "service \"web\" refers to undefined secret pw: invalid compose project"),
        (svc("    configs: [conf]\n"), "service \"web\" refers to undefined config conf: invalid compose project"),
    ];
    let dir = project(&env, "bad", &[]);
    for (i, (yaml, want)) in cases.iter().enumerate() {
        let f = format!("bad{i}.yaml");
        std::fs::write(dir.join(&f), yaml).unwrap();
        let out = compose(&env, &dir, &["-f", &f, "up", "-d"]);
        assert_eq!(out.code(), Some(1), "{yaml}: {}", out.describe());
        assert!(out.stderr.contains(want), "{yaml}: want {want:?}: {}", out.stderr);
        if i == 0 {
            assert!(out.stderr.contains(&format!("validating {}", dir.join(&f).display())), "names the file: {}", out.stderr);
        }
    }
    assert_eq!(env.ok(&["ps", "-aq"]).trim(), "", "no container was created");
    assert!(!env.ok(&["network", "ls"]).contains("bad_default"), "no network was created");
    // Known to the specification but not honoured here: a warning, not silence.
    std::fs::write(dir.join("warn.yaml"), svc("    cpu_rt_runtime: 1000\n    deploy: {restart_policy: {condition: any, delay: 5s}}\n")).unwrap();
    let out = compose_ok(&env, &dir, &["-f", "warn.yaml", "config", "-q"]);
    assert!(out.stderr.contains("\"cpu_rt_runtime\" is not supported by dhow"), "{}", out.stderr);
    assert!(out.stderr.contains("\"delay\" is not supported by dhow"), "{}", out.stderr);
    assert!(out.stdout.is_empty(), "-q prints nothing");
}

/// Secrets (file and environment sources) at /run/secrets, configs
/// (content and file) at their targets, volumes_from another service,
/// links as aliases, logging driver none (no log kept), and all of it gone
/// with `down`.
#[test]
fn secrets_configs_volumes_from_links_and_logging() {
    let env = TestEnv::new();
    let img = env.fx().busybox.reference.clone();
    let yaml = format!(
        "services:\n\
         \x20 data:\n\
         \x20   image: {img}\n\
         \x20   command: sh -c \"echo shared-bytes > /shared/f && echo data-says-hi && exec sleep 3600\"\n\
         \x20   volumes: [/shared]\n\
         \x20 app:\n\
         \x20   image: {img}\n\
         \x20   command: sh -c \"echo app-says-hi && exec sleep 3600\"\n\
         \x20   user: \"1000\"\n\
         \x20   secrets: [pw, {{source: token, target: api-token}}]\n\
         \x20   configs: [{{source: conf, target: /etc/app.conf}}, plain]\n\
         \x20   volumes_from: ['data:ro']\n\
         \x20   links: ['data:storage']\n\
         \x20   logging: {{driver: none}}\n\
         secrets:\n\
         \x20 pw: {{file: ./pw.txt}}\n\
         \x20 token: {{environment: API_TOKEN}}\n\
         configs:\n\
         \x20 conf: {{content: 'level=debug'}}\n\
         \x20 plain: {{file: ./plain.conf}}\n"
    );
    let dir = project(&env, "sec", &[("compose.yaml", &yaml), ("pw.txt", "hunter2\n"), ("plain.conf", "plain-config\n"), (".env", "API_TOKEN=tok-from-env\n")]);
    compose_ok(&env, &dir, &["up", "-d"]);
    let cat = |path: &str| compose_ok(&env, &dir, &["exec", "-T", "app", "cat", path]).stdout;
    assert_eq!(cat("/run/secrets/pw"), "hunter2\n", "a file secret, readable by a non-root user");
    assert_eq!(cat("/run/secrets/api-token"), "tok-from-env", "an environment secret at its target");
    assert_eq!(cat("/etc/app.conf"), "level=debug", "a content config");
    assert_eq!(cat("/plain"), "plain-config\n", "a file config at /NAME");
    eventually("the data service wrote its volume", || {
        let out = compose(&env, &dir, &["exec", "-T", "app", "cat", "/shared/f"]);
        if out.stdout == "shared-bytes\n" { Ok(()) } else { Err(out.describe()) }
    });
    let write = compose(&env, &dir, &["exec", "-T", "app", "sh", "-c", "echo x > /run/secrets/pw"]);
    assert!(!write.success(), "secrets are read-only: {}", write.describe());
    let ro = compose(&env, &dir, &["exec", "-T", "app", "sh", "-c", "echo x > /shared/g"]);
    assert!(!ro.success(), "volumes_from data:ro is read-only: {}", ro.describe());
    let ping = compose(&env, &dir, &["exec", "-T", "-u", "0", "app", "ping", "-c", "1", "-W", "2", "storage"]);
    assert!(ping.success(), "the link alias resolves: {}", ping.describe());
    assert_eq!(env.ok(&["inspect", "-f", "{{.HostConfig.LogConfig.Type}}", "sec-app-1"]).trim(), "none");
    let logs = compose_ok(&env, &dir, &["logs", "data", "app"]).stdout;
    assert!(logs.contains("data-says-hi") && !logs.contains("app-says-hi"), "logging none keeps no log, the other's shows: {logs}");
    compose_ok(&env, &dir, &["down", "-t", "1"]);
    assert_eq!(env.ok(&["ps", "-aq"]).trim(), "");
}

/// `compose events --json` streams the project's container events (with
/// the service), and log prefixes are coloured with `--ansi always`, plain
/// when stdout is not a terminal or with `--no-color`.
#[test]
fn events_stream_and_coloured_prefixes() {
    use std::io::BufRead;
    let env = TestEnv::new();
    let img = env.fx().busybox.reference.clone();
    let yaml = format!("services:\n  web:\n    image: {img}\n    command: sh -c \"echo hello-web && exec sleep 3600\"\n    stop_signal: SIGKILL\n");
    let dir = project(&env, "ev", &[("compose.yaml", &yaml)]);
    compose_ok(&env, &dir, &["up", "-d"]);
    let mut cmd = env.command(&["compose", "events", "--json"]);
    cmd.current_dir(&dir).stdout(std::process::Stdio::piped());
    let mut child = cmd.spawn().expect("start dhow compose events");
    let out = std::io::BufReader::new(child.stdout.take().expect("stdout"));
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in out.lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    // Events that happen before the reader has opened the log are not
    // shown (as docker's): restart until one is seen.
    let mut seen = Vec::new();
    eventually("a start event of web", || {
        compose_ok(&env, &dir, &["restart", "-t", "0"]);
        while let Ok(line) = rx.recv_timeout(Duration::from_secs(2)) {
            seen.push(line);
        }
        let starts: Vec<serde_json::Value> = seen.iter().filter_map(|l| serde_json::from_str(l).ok()).filter(|v: &serde_json::Value| v["action"] == "start").collect();
        match starts.first() {
            Some(v) => {
                assert_eq!((v["service"].as_str(), v["type"].as_str()), (Some("web"), Some("container")), "{v}");
                assert_eq!(v["attributes"]["name"], "ev-web-1", "{v}");
                Ok(())
            }
            None => Err(format!("{seen:?}")),
        }
    });
    // SAFETY: signalling the dhow process this test started.
    unsafe { libc::kill(child.id() as i32, libc::SIGTERM) };
    let _ = child.wait();
    let coloured = compose_ok(&env, &dir, &["--ansi", "always", "logs", "web"]).stdout;
    assert!(coloured.contains("\x1b[36mweb-1  |\x1b[0m hello-web"), "{coloured:?}");
    let plain = compose_ok(&env, &dir, &["logs", "web"]).stdout;
    assert!(plain.contains("web-1  | hello-web") && !plain.contains('\x1b'), "not a terminal: {plain:?}");
    let no_color = compose_ok(&env, &dir, &["--ansi", "always", "logs", "--no-color", "web"]).stdout;
    assert!(!no_color.contains('\x1b'), "{no_color:?}");
    let bad = compose(&env, &dir, &["--ansi", "sometimes", "ps"]);
    assert_eq!(bad.code(), Some(1), "{}", bad.describe());
    compose_ok(&env, &dir, &["down", "-t", "0"]);
}

/// A service removed from the file leaves an orphan: `up` reports it and
/// keeps it, `up --remove-orphans` removes it; the unchanged service is kept.
#[test]
fn orphans_are_reported_then_removed() {
    let env = TestEnv::new();
    let img = env.fx().busybox.reference.clone();
    let svc = |name: &str| format!("  {name}:\n    image: {img}\n    command: sleep 3600\n    stop_signal: SIGKILL\n");
    let dir = project(&env, "orph", &[("compose.yaml", &format!("services:\n{}{}", svc("web"), svc("old")))]);
    compose_ok(&env, &dir, &["up", "-d"]);
    std::fs::write(dir.join("compose.yaml"), format!("services:\n{}", svc("web"))).unwrap();
    let up = compose_ok(&env, &dir, &["up", "-d"]);
    assert!(up.stderr.contains("Found orphan containers ([orph-old-1])"), "{}", up.stderr);
    assert!(up.stderr.contains("Container orph-web-1  Running"), "{}", up.stderr);
    assert_eq!(env.ok(&["inspect", "-f", "{{.State.Status}}", "orph-old-1"]).trim(), "running", "reported, not removed");
    let clean = compose_ok(&env, &dir, &["up", "-d", "--remove-orphans"]);
    assert!(clean.stderr.contains("Container orph-old-1  Removed"), "{}", clean.stderr);
    assert!(env.run(&["inspect", "orph-old-1"]).code() != Some(0), "the orphan is gone");
    compose_ok(&env, &dir, &["down", "-t", "0"]);
}

/// `userns_mode: keep-id` (podman's compose spelling) maps the user to the
/// same uid inside, as `run --userns=keep-id`.
#[test]
fn userns_mode_keep_id() {
    let env = TestEnv::new();
    let img = env.fx().busybox.reference.clone();
    let yaml = format!("services:\n  me:\n    image: {img}\n    userns_mode: keep-id\n    command: id -u\n");
    let dir = project(&env, "uns", &[("compose.yaml", &yaml)]);
    let out = compose_ok(&env, &dir, &["run", "--rm", "-T", "me"]);
    assert_eq!(out.stdout.trim(), env.user.uid.to_string(), "{}", out.describe());
    compose_ok(&env, &dir, &["down"]);
}

/// `shm_size`, `sysctls` (map form), `ipc`, `pid` and `group_add` become
/// the run flags of the same names: seen from inside the container, no
/// "not supported" warning.
#[test]
fn namespace_shm_sysctl_and_group_keys_apply() {
    let env = TestEnv::new();
    let img = env.fx().busybox.reference.clone();
    let yaml = format!(
        "services:\n  k:\n    image: {img}\n    shm_size: 32m\n    sysctls:\n      net.ipv4.ip_forward: \"1\"\n    ipc: private\n    pid: host\n    group_add: [\"1234\"]\n    command: [\"sh\", \"-c\", \"df -k /dev/shm | tail -1; cat /proc/sys/net/ipv4/ip_forward; id -G; readlink /proc/self/ns/pid\"]\n"
    );
    let dir = project(&env, "nsk", &[("compose.yaml", &yaml)]);
    let out = compose_ok(&env, &dir, &["run", "--rm", "-T", "k"]);
    assert!(!out.stderr.contains("not supported"), "{}", out.describe());
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(lines.len(), 4, "{}", out.describe());
    assert_eq!(lines[0].split_whitespace().nth(1), Some("32768"), "shm is 32 MiB (the default is 64): {}", out.describe());
    assert_eq!(lines[1], "1", "{}", out.describe());
    assert!(lines[2].split_whitespace().any(|g| g == "1234"), "{}", out.describe());
    // pid: host: the container's processes are in the test's own (the host's) pid namespace.
    let host = std::fs::read_link("/proc/self/ns/pid").unwrap();
    assert_eq!(lines[3], host.to_string_lossy(), "pid: host: {}", out.describe());
    compose_ok(&env, &dir, &["down"]);
}

/// `oom_score_adj`, `mac_address` (of the service and of its network),
/// `domainname`, `mem_reservation`,
/// `cgroup_parent`, `runtime`, `external_links` and volumes of the local
/// driver's `driver_opts` (a tmpfs, a bind of a host directory): each seen
/// from inside the container or in `inspect`, none warned about as
/// unsupported.
#[test]
fn once_ignored_keys_apply() {
    use std::os::unix::fs::PermissionsExt;
    let env = TestEnv::new();
    let img = env.fx().busybox.reference.clone();
    env.ok(&["network", "create", "extnet"]);
    env.ok(&["run", "-d", "--name", "ext", "--network", "extnet", &img, "sleep", "3600"]);
    let ext_ip = env.ok(&["inspect", "-f", "{{(index .NetworkSettings.Networks \"extnet\").IPAddress}}", "ext"]).trim().to_string();
    assert!(!ext_ip.is_empty());
    let shared = env.home().join("shared");
    std::fs::create_dir_all(&shared).unwrap();
    std::fs::write(shared.join("hello"), "from the host\n").unwrap();
    std::fs::set_permissions(&shared, std::fs::Permissions::from_mode(0o755)).unwrap();
    std::fs::set_permissions(shared.join("hello"), std::fs::Permissions::from_mode(0o644)).unwrap();
    let yaml = format!(
        "services:\n\
         \x20 k:\n\
         \x20   image: {img}\n\
         \x20   oom_score_adj: 500\n\
         \x20   mac_address: '02:42:ac:11:00:99'\n\
         \x20   domainname: example.org\n\
         \x20   mem_reservation: 64m\n\
         \x20   cgroup_parent: compose-test\n\
         \x20   external_links: ['ext:legacy']\n\
         \x20   volumes: [scratch:/s, 'host:/h:ro']\n\
         \x20   command: [sh, -c, 'cat /proc/self/oom_score_adj /sys/class/net/eth0/address /proc/sys/kernel/domainname; grep -w legacy /etc/hosts; df -k /s | tail -1; grep \" /s \" /proc/mounts; cat /h/hello; echo done; sleep 3600']\n\
         \x20 rt:\n\
         \x20   image: {img}\n\
         \x20   runtime: runc\n\
         \x20 m:\n\
         \x20   image: {img}\n\
         \x20   networks: {{default: {{mac_address: '02:42:ac:11:00:98'}}}}\n\
         \x20   command: cat /sys/class/net/eth0/address\n\
         volumes:\n\
         \x20 scratch: {{driver_opts: {{type: tmpfs, device: tmpfs, o: 'size=2m'}}}}\n\
         \x20 host: {{driver: local, driver_opts: {{type: none, o: bind, device: {}}}}}\n\
         networks:\n\
         \x20 default: {{name: extnet, external: true}}\n",
        shared.display()
    );
    let dir = project(&env, "keys", &[("compose.yaml", &yaml)]);
    let up = compose_ok(&env, &dir, &["up", "-d", "k"]);
    assert!(!up.stderr.contains("not supported"), "{}", up.describe());
    let mut logs = String::new();
    eventually("k prints its view", || {
        logs = compose_ok(&env, &dir, &["logs", "--no-log-prefix", "k"]).stdout;
        if logs.contains("done") { Ok(()) } else { Err(logs.clone()) }
    });
    let lines: Vec<&str> = logs.lines().collect();
    assert_eq!(lines.len(), 8, "{logs}");
    assert_eq!(lines[0], "500", "oom_score_adj: {logs}");
    assert_eq!(lines[1], "02:42:ac:11:00:99", "mac_address: {logs}");
    assert_eq!(lines[2], "example.org", "domainname: {logs}");
    // ext's line in the managed section, with the alias among its names.
    let words: Vec<&str> = lines[3].split_whitespace().collect();
    assert!(words[0] == ext_ip && words[1..].contains(&"legacy") && words[1..].contains(&"ext"), "external_links: {logs}");
    assert_eq!(lines[4].split_whitespace().nth(1), Some("2048"), "a 2 MiB tmpfs volume: {logs}");
    assert!(lines[5].starts_with("tmpfs /s tmpfs"), "{logs}");
    assert_eq!(lines[6], "from the host", "the bind volume: {logs}");
    assert!(!env.ok(&["volume", "ls", "-q"]).contains("keys_"), "tmpfs and bind volumes are mounts, not volume directories");
    let host = env.ok(&["inspect", "-f", "{{.HostConfig.MemoryReservation}} {{.HostConfig.CgroupParent}} {{.Config.Domainname}}", "keys-k-1"]);
    assert_eq!(host.trim(), format!("{} compose-test example.org", 64 << 20));
    let m = compose_ok(&env, &dir, &["run", "--rm", "-T", "m"]);
    assert_eq!(m.stdout.trim(), "02:42:ac:11:00:98", "mac_address of the service's network: {}", m.describe());
    compose_ok(&env, &dir, &["create", "rt"]);
    assert_eq!(env.ok(&["inspect", "-f", "{{.HostConfig.Runtime}}", "keys-rt-1"]).trim(), "runc");
    compose_ok(&env, &dir, &["down", "-t", "0"]);
    // A link to a container that does not exist is an error, as in docker.
    let bad = project(&env, "badlink", &[("compose.yaml", &format!("services:\n  k:\n    image: {img}\n    external_links: [nobody]\n"))]);
    let out = compose(&env, &bad, &["up", "-d"]);
    assert_eq!(out.code(), Some(1), "{}", out.describe());
    assert!(out.stderr.contains("external_links: no such container \"nobody\""), "{}", out.describe());
    compose_ok(&env, &bad, &["down"]);
    env.ok(&["rm", "-f", "ext"]);
}

/// `ipc`, `pid`, `uts` and `network_mode: service:NAME` join NAME's
/// container's namespaces, which is started first (an implied dependency).
#[test]
fn service_namespaces_are_joined() {
    let env = TestEnv::new();
    let img = env.fx().busybox.reference.clone();
    let yaml = format!(
        "services:\n\
         \x20 side:\n\
         \x20   image: {img}\n\
         \x20   ipc: 'service:main'\n\
         \x20   pid: 'service:main'\n\
         \x20   uts: 'service:main'\n\
         \x20   network_mode: 'service:main'\n\
         \x20   command: sleep 3600\n\
         \x20 main:\n\
         \x20   image: {img}\n\
         \x20   command: sleep 3600\n"
    );
    let dir = project(&env, "joinns", &[("compose.yaml", &yaml)]);
    compose_ok(&env, &dir, &["up", "-d"]);
    let ns = |svc: &str| compose_ok(&env, &dir, &["exec", "-T", svc, "sh", "-c", "for n in ipc pid net uts; do readlink /proc/1/ns/$n; done; hostname"]).stdout;
    let (main, side) = (ns("main"), ns("side"));
    assert_eq!(main.lines().count(), 5, "{main}");
    assert_eq!(main, side, "side's init shares main's ipc, pid, network and uts namespaces (so its hostname too)");
    // In main's pid namespace, side's sleep is visible too.
    let ps = compose_ok(&env, &dir, &["exec", "-T", "main", "ps", "-o", "comm"]).stdout;
    assert_eq!(ps.lines().filter(|l| l.trim() == "sleep").count(), 2, "{ps}");
    let t = |f: &str, c: &str| env.ok(&["inspect", "-f", f, c]).trim().to_string();
    assert!(t("{{.State.StartedAt}}", "joinns-side-1") >= t("{{.State.StartedAt}}", "joinns-main-1"), "main started first");
    compose_ok(&env, &dir, &["down", "-t", "0"]);
}

/// Attached `compose up` in a real terminal: the first Ctrl-C stops the
/// project gracefully (here a service that ignores SIGTERM and may take an
/// hour, so it is still running), the second kills it and `up` returns.
#[test]
fn second_ctrl_c_kills_what_the_first_is_stopping() {
    use common::tmux::Tmux;
    let env = TestEnv::new();
    let img = env.fx().busybox.reference.clone();
    let yaml = format!(
        "services:\n\
         \x20 stubborn:\n\
         \x20   image: {img}\n\
         \x20   stop_grace_period: 1h\n\
         \x20   command: sh -c \"trap '' TERM; echo ready; while :; do sleep 1; done\"\n"
    );
    let dir = project(&env, "ctrlc", &[("compose.yaml", &yaml)]);
    let file = dir.join("compose.yaml").display().to_string();
    let t = Tmux::start(&env, &["compose", "-f", &file, "up"]);
    t.wait_for("stubborn-1  | ready");
    t.keys(&["C-c"]);
    t.wait_for("Gracefully stopping... (press Ctrl+C again to force)");
    let state = |f: &str| env.ok(&["inspect", "-f", f, "ctrlc-stubborn-1"]).trim().to_string();
    assert_eq!(state("{{.State.Running}}"), "true", "SIGTERM is ignored: the graceful stop is still waiting");
    assert!(t.alive(), "up waits for the graceful stop: {}", t.screen());
    t.keys(&["C-c"]);
    eventually("compose up returns after the second Ctrl-C", || if t.alive() { Err(t.screen()) } else { Ok(()) });
    assert_eq!(state("{{.State.Running}} {{.State.ExitCode}}"), "false 137", "killed, not stopped");
    compose_ok(&env, &dir, &["down"]);
}

/// A tmpfs volume (`driver_opts: {type: tmpfs}`) is one tmpfs shared by the
/// containers that mount it, as docker's local driver shares it: one
/// service writes, another reads, with the volume's size; a container
/// created by a later command (`run`, a recreate) shares it too while the
/// project runs; nothing of it is on disk, and after `down` it is gone.
#[test]
fn tmpfs_volume_is_shared_between_services() {
    let env = TestEnv::new();
    let img = env.fx().busybox.reference.clone();
    let yaml = format!(
        "services:\n\
         \x20 w:\n\
         \x20   image: {img}\n\
         \x20   volumes: [scratch:/s]\n\
         \x20   command: [sh, -c, 'echo from-w > /s/note; sleep 3600']\n\
         \x20 r:\n\
         \x20   image: {img}\n\
         \x20   volumes: [scratch:/data]\n\
         \x20   command: sleep 3600\n\
         volumes:\n\
         \x20 scratch: {{driver_opts: {{type: tmpfs, device: tmpfs, o: 'size=2m'}}}}\n"
    );
    let dir = project(&env, "shtmp", &[("compose.yaml", &yaml)]);
    let up = compose_ok(&env, &dir, &["up", "-d"]);
    assert!(!up.stderr.contains("tmpfs"), "no warning about tmpfs volumes: {}", up.describe());
    eventually("r reads what w wrote", || {
        let out = compose(&env, &dir, &["exec", "-T", "r", "cat", "/data/note"]);
        if out.stdout == "from-w\n" { Ok(()) } else { Err(out.describe()) }
    });
    let view = compose_ok(&env, &dir, &["exec", "-T", "r", "sh", "-c", "df -k /data | tail -1; grep ' /data ' /proc/mounts"]).stdout;
    let lines: Vec<&str> = view.lines().collect();
    assert_eq!(lines.len(), 2, "{view}");
    assert_eq!(lines[0].split_whitespace().nth(1), Some("2048"), "the volume's size=2m: {view}");
    assert!(lines[1].starts_with("tmpfs /data tmpfs"), "{view}");
    // A later command's containers join the same tmpfs.
    compose_ok(&env, &dir, &["exec", "-T", "w", "sh", "-c", "echo second > /s/more"]);
    let run = compose_ok(&env, &dir, &["run", "--rm", "-T", "r", "cat", "/data/note", "/data/more"]);
    assert_eq!(run.stdout, "from-w\nsecond\n", "{}", run.describe());
    compose_ok(&env, &dir, &["up", "-d", "--force-recreate", "r"]);
    assert_eq!(compose_ok(&env, &dir, &["exec", "-T", "r", "cat", "/data/more"]).stdout, "second\n", "a recreated container shares it");
    assert!(!env.ok(&["volume", "ls", "-q"]).contains("shtmp_"), "not a volume directory");
    compose_ok(&env, &dir, &["down", "-t", "0"]);
    compose_ok(&env, &dir, &["up", "-d", "r"]);
    let out = compose(&env, &dir, &["exec", "-T", "r", "ls", "-A", "/data"]);
    assert_eq!(out.stdout, "", "a new tmpfs after down: {}", out.describe());
    compose_ok(&env, &dir, &["down", "-t", "0"]);
}

/// `external_links: [CTR:ALIAS]` keeps naming CTR after CTR restarts with
/// another address (as docker's links on a user network do), and names
/// it for the linking service only.
#[test]
fn external_links_follow_a_restarted_container() {
    let env = TestEnv::new();
    let img = env.fx().busybox.reference.clone();
    env.ok(&["network", "create", "extnet"]);
    env.ok(&["run", "-d", "--name", "ext", "--network", "extnet", &img, "sleep", "3600"]);
    let ip_of = |c: &str| env.ok(&["inspect", "-f", "{{(index .NetworkSettings.Networks \"extnet\").IPAddress}}", c]).trim().to_string();
    let first = ip_of("ext");
    assert!(!first.is_empty());
    let yaml = format!(
        "services:\n\
         \x20 k:\n\
         \x20   image: {img}\n\
         \x20   external_links: ['ext:legacy']\n\
         \x20   command: sleep 3600\n\
         \x20 other:\n\
         \x20   image: {img}\n\
         \x20   command: sleep 3600\n\
         networks:\n\
         \x20 default: {{name: extnet, external: true}}\n"
    );
    let dir = project(&env, "links", &[("compose.yaml", &yaml)]);
    compose_ok(&env, &dir, &["up", "-d"]);
    let legacy = |svc: &str| compose_ok(&env, &dir, &["exec", "-T", svc, "sh", "-c", "grep -w legacy /etc/hosts | cut -f1 || true"]).stdout.trim().to_string();
    assert_eq!(legacy("k"), first);
    assert_eq!(legacy("other"), "", "the alias is k's only");
    // ext comes back with another address: its old one is taken meanwhile.
    env.ok(&["stop", "-t", "0", "ext"]);
    env.ok(&["run", "-d", "--name", "filler", "--network", "extnet", "--ip", &first, &img, "sleep", "3600"]);
    env.ok(&["start", "ext"]);
    let second = ip_of("ext");
    assert_ne!(second, first);
    eventually("k's legacy follows ext", || {
        let now = legacy("k");
        if now == second { Ok(()) } else { Err(now) }
    });
    compose_ok(&env, &dir, &["down", "-t", "0"]);
    env.ok(&["rm", "-f", "ext", "filler"]);
}

/// docker compose v2's flags and subcommands that were missing: `wait`
/// (its lines, the last exit code, `--down-project`), `start --wait`,
/// `scale`, `create --scale`, `run --cap-add/-l/--no-tty/-i=false`,
/// `config --networks/-o`, `pull --policy missing --ignore-buildable`.
#[test]
fn wait_scale_start_wait_and_more_flags() {
    let env = TestEnv::new();
    let img = env.fx().busybox.reference.clone();
    let yaml = format!(
        "services:\n\
         \x20 worker:\n\
         \x20   image: {img}\n\
         \x20   command: sleep 3600\n\
         \x20   networks: [back]\n\
         \x20 job:\n\
         \x20   image: {img}\n\
         \x20   command: sh -c 'echo job-ran; sleep 1; exit 3'\n\
         networks:\n\
         \x20 back: {{}}\n"
    );
    let dir = project(&env, "fl", &[("compose.yaml", &yaml)]);
    assert_eq!(compose_ok(&env, &dir, &["config", "--networks"]).stdout, "back\ndefault\n", "job is on the default network");
    let saved = env.home().join("saved.yaml");
    compose_ok(&env, &dir, &["config", "-o", saved.to_str().unwrap()]);
    assert_eq!(std::fs::read_to_string(&saved).unwrap(), compose_ok(&env, &dir, &["config"]).stdout);
    compose_ok(&env, &dir, &["pull", "--policy", "missing", "--ignore-buildable"]);
    compose_ok(&env, &dir, &["create", "--scale", "worker=2", "-y"]);
    assert_eq!(compose_ok(&env, &dir, &["ps", "-a", "--format", "{{.Name}}", "worker"]).stdout, "fl-worker-1\nfl-worker-2\n");
    compose_ok(&env, &dir, &["start", "--wait", "--wait-timeout", "60", "worker"]);
    assert_eq!(compose_ok(&env, &dir, &["ps", "--format", "{{.Name}} {{.State}}", "worker"]).stdout, "fl-worker-1 running\nfl-worker-2 running\n");
    let scaled = compose_ok(&env, &dir, &["scale", "worker=1"]);
    assert!(scaled.stderr.contains("Container fl-worker-2  Removed"), "{}", scaled.describe());
    // wait: a line per container that stopped, the last one's exit code.
    compose_ok(&env, &dir, &["up", "-d", "job"]);
    let job_id = env.ok(&["inspect", "-f", "{{.Id}}", "fl-job-1"]).trim().to_string();
    let out = compose(&env, &dir, &["wait", "job"]);
    assert_eq!(out.code(), Some(3), "{}", out.describe());
    assert_eq!(out.stdout, format!("container \"{job_id}\" exited with status code 3\n"));
    let out = compose(&env, &dir, &["wait"]);
    assert_ne!(out.code(), Some(0), "a service is required: {}", out.describe());
    // run: capabilities, labels, no TTY, no stdin.
    let run = compose_ok(&env, &dir, &["run", "--rm", "--no-tty", "-i=false", "--cap-add", "NET_ADMIN", "-l", "extra=yes", "worker", "sh", "-c", "grep CapEff /proc/self/status"]);
    let hex = run.stdout.split_whitespace().nth(1).unwrap_or_default().to_string();
    assert!(u64::from_str_radix(&hex, 16).is_ok_and(|caps| caps & (1 << 12) != 0), "CAP_NET_ADMIN: {}", run.describe());
    let envf = env.home().join("run.env");
    std::fs::write(&envf, "FROMFILE=file\nBOTH=file\n").unwrap();
    let out = compose_ok(&env, &dir, &["run", "--rm", "-T", "--env-from-file", envf.to_str().unwrap(), "-e", "BOTH=flag", "worker", "sh", "-c", "echo $FROMFILE $BOTH"]);
    assert_eq!(out.stdout, "file flag\n", "{}", out.describe());
    compose_ok(&env, &dir, &["run", "-d", "--name", "labelled", "-l", "extra=yes", "worker"]);
    assert_eq!(env.ok(&["inspect", "-f", "{{index .Config.Labels \"extra\"}}", "labelled"]).trim(), "yes");
    // A one-off container answers to the service's name only with --use-aliases.
    let aliases = |c: &str| env.ok(&["inspect", "-f", "{{json (index .NetworkSettings.Networks \"fl_back\").Aliases}}", c]);
    assert!(!aliases("labelled").contains("\"worker\""), "{}", aliases("labelled"));
    compose_ok(&env, &dir, &["run", "-d", "--name", "aliased", "--use-aliases", "worker"]);
    assert!(aliases("aliased").contains("\"worker\""), "{}", aliases("aliased"));
    // up --abort-on-container-failure: the job's failure ends the project,
    // with its code; --timestamps puts one on each attached line.
    let out = compose(&env, &dir, &["up", "-t", "0", "--abort-on-container-failure", "--timestamps", "job", "worker"]);
    assert_eq!(out.code(), Some(3), "{}", out.describe());
    assert!(out.stderr.contains("Aborting on container exit..."), "{}", out.describe());
    let line = out.stdout.lines().find(|l| l.contains("job-ran")).unwrap_or_default().to_string();
    assert!(line.split_once("| ").is_some_and(|(_, rest)| rest.starts_with("20") && rest.contains('T')), "a timestamp: {line:?} {}", out.describe());
    assert_eq!(compose_ok(&env, &dir, &["ps", "-q", "worker"]).stdout, "", "the worker was stopped");
    // ls --filter, events --since/--until, ps --orphans=false.
    assert_eq!(env.ok(&["compose", "ls", "-a", "-q", "--filter", "name=fl"]), "fl\n");
    assert_eq!(env.ok(&["compose", "ls", "-a", "-q", "--filter", "name=nothing"]), "");
    let events = compose_ok(&env, &dir, &["events", "--json", "--since", "1h", "--until", "0s"]).stdout;
    assert!(events.lines().any(|l| l.contains("\"service\":\"job\"") && l.contains("\"action\":\"die\"")), "{events}");
    std::fs::write(dir.join("compose.yaml"), yaml.replace("  job:\n", "  renamed:\n")).unwrap();
    assert_eq!(compose_ok(&env, &dir, &["ps", "-a", "--orphans=false", "--format", "{{.Service}}"]).stdout, "worker\n");
    assert_eq!(compose_ok(&env, &dir, &["ps", "-a", "--format", "{{.Service}}"]).stdout, "job\nworker\n", "orphans are listed by default");
    compose_ok(&env, &dir, &["kill", "--remove-orphans"]);
    assert_eq!(compose_ok(&env, &dir, &["ps", "-a", "--format", "{{.Service}}"]).stdout, "worker\n", "kill --remove-orphans removed job's");
    std::fs::write(dir.join("compose.yaml"), &yaml).unwrap();
    // --down-project: the project goes once the container stops.
    compose_ok(&env, &dir, &["up", "-d", "job"]);
    let out = compose(&env, &dir, &["wait", "--down-project", "job"]);
    assert_eq!(out.code(), Some(3), "{}", out.describe());
    assert_eq!(compose_ok(&env, &dir, &["ps", "-a", "-q"]).stdout, "", "down took everything: {}", out.describe());
    assert!(!env.ok(&["network", "ls", "--format", "{{.Name}}"]).contains("fl_back"));
}

/// `restart db` restarts the services that depend on db with
/// `restart: true` too, as docker compose does; `--no-deps` only db.
#[test]
fn restart_takes_restart_true_dependents() {
    let env = TestEnv::new();
    let img = env.fx().busybox.reference.clone();
    let yaml = format!(
        "services:\n\
         \x20 db: {{image: {img}, command: sleep 3600}}\n\
         \x20 api: {{image: {img}, command: sleep 3600, depends_on: {{db: {{condition: service_started, restart: true}}}}}}\n\
         \x20 cron: {{image: {img}, command: sleep 3600, depends_on: [db]}}\n"
    );
    let dir = project(&env, "rs", &[("compose.yaml", &yaml)]);
    compose_ok(&env, &dir, &["up", "-d"]);
    let started = |c: &str| env.ok(&["inspect", "-f", "{{.State.StartedAt}}", c]).trim().to_string();
    let before: Vec<String> = ["rs-db-1", "rs-api-1", "rs-cron-1"].iter().map(|c| started(c)).collect();
    let out = compose_ok(&env, &dir, &["restart", "-t", "0", "db"]);
    assert!(out.stderr.contains("Container rs-api-1  Started") && !out.stderr.contains("rs-cron-1"), "{}", out.describe());
    let after: Vec<String> = ["rs-db-1", "rs-api-1", "rs-cron-1"].iter().map(|c| started(c)).collect();
    assert!(after[0] != before[0] && after[1] != before[1] && after[2] == before[2], "{before:?} {after:?}");
    let out = compose_ok(&env, &dir, &["restart", "-t", "0", "--no-deps", "db"]);
    assert!(!out.stderr.contains("rs-api-1"), "{}", out.describe());
    compose_ok(&env, &dir, &["down", "-t", "0"]);
}

/// A recreated container gets its predecessor's anonymous volumes (their
/// data survive a configuration change, as with docker compose), leaks
/// none, and `down -v` removes them.
#[test]
fn recreate_keeps_anonymous_volumes() {
    let env = TestEnv::new();
    let img = env.fx().busybox.reference.clone();
    let yaml = |v: &str| format!("services:\n  db:\n    image: {img}\n    command: sleep 3600\n    environment: {{V: '{v}'}}\n    volumes: [/data]\n");
    let dir = project(&env, "anon", &[("compose.yaml", &yaml("1"))]);
    compose_ok(&env, &dir, &["up", "-d"]);
    compose_ok(&env, &dir, &["exec", "-T", "db", "sh", "-c", "echo kept > /data/f"]);
    let volumes = env.ok(&["volume", "ls", "-q"]);
    assert_eq!(volumes.lines().count(), 1, "{volumes}");
    std::fs::write(dir.join("compose.yaml"), yaml("2")).unwrap();
    let up = compose_ok(&env, &dir, &["up", "-d", "-t", "0"]);
    assert!(up.stderr.contains("Container anon-db-1  Recreated"), "{}", up.describe());
    assert_eq!(compose_ok(&env, &dir, &["exec", "-T", "db", "sh", "-c", "echo $V; cat /data/f"]).stdout, "2\nkept\n");
    assert_eq!(env.ok(&["volume", "ls", "-q"]), volumes, "the same volume, none leaked");
    // -V: a new anonymous volume instead.
    std::fs::write(dir.join("compose.yaml"), yaml("3")).unwrap();
    compose_ok(&env, &dir, &["up", "-d", "-t", "0", "-V"]);
    let out = compose(&env, &dir, &["exec", "-T", "db", "ls", "-A", "/data"]);
    assert_eq!(out.stdout, "", "{}", out.describe());
    assert_eq!(env.ok(&["volume", "ls", "-q"]).lines().count(), 1, "the replaced one is removed");
    assert_ne!(env.ok(&["volume", "ls", "-q"]), volumes);
    compose_ok(&env, &dir, &["down", "-v", "-t", "0"]);
    assert_eq!(env.ok(&["volume", "ls", "-q"]), "", "down -v removes it");
}
