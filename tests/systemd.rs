//! Containers as systemd services, end to end as the unprivileged test
//! user: the recorded create command, `--replace`, `--sdnotify` on a
//! datagram socket the test owns, and (below) generated units checked by
//! `systemd-analyze verify` and executed the way systemd would. State
//! changes are polled with a generous deadline, never timed.

mod common;

use common::systemd::{generate, notify_socket, receive_until, run_unit_lines, verify_unit, UserManager};
use common::TestEnv;
use std::time::{Duration, Instant};

fn image(env: &TestEnv) -> String {
    let f = &env.fx().busybox;
    env.ok(&["pull", "-q", &f.reference]);
    f.reference.clone()
}

fn inspect(env: &TestEnv, name: &str, template: &str) -> String {
    env.ok(&["inspect", "-f", template, name]).trim().to_string()
}


/// `dhow args...` with `NOTIFY_SOCKET` set, as under a `Type=notify` unit.
fn run_notified(env: &TestEnv, socket: &std::path::Path, args: &[&str]) {
    let mut cmd = env.command(args);
    cmd.env("NOTIFY_SOCKET", socket);
    let out = env.run_command(cmd);
    assert!(out.success(), "{}", out.describe());
}


#[test]
fn create_command_is_recorded_and_shown_by_inspect() {
    let env = TestEnv::new();
    let img = image(&env);
    env.ok(&["create", "--name", "cc", "-e", "A=b c", &img, "echo", "%hi"]);
    let cmd = inspect(&env, "cc", "{{json .Config.CreateCommand}}");
    let v: Vec<String> = serde_json::from_str(&cmd).unwrap();
    assert!(v[0].starts_with('/'), "argv[0] as run: {v:?}");
    assert_eq!(&v[1..], ["create", "--name", "cc", "-e", "A=b c", img.as_str(), "echo", "%hi"]);
}

#[test]
fn replace_removes_the_named_container_first_even_running() {
    let env = TestEnv::new();
    let img = image(&env);
    let first = env.ok(&["run", "-d", "--name", "web", &img, "sleep", "600"]).trim().to_string();
    // Without --replace the name is taken.
    env.fail(&["run", "-d", "--name", "web", &img, "sleep", "600"], 125);
    let second = env.ok(&["run", "-d", "--replace", "--name", "web", &img, "sleep", "600"]).trim().to_string();
    assert_ne!(first, second);
    assert_eq!(inspect(&env, "web", "{{.Id}} {{.State.Status}}"), format!("{second} running"));
    let all = env.ok(&["ps", "-a", "--format", "{{.ID}}"]);
    assert_eq!(all.lines().count(), 1, "{all}");
    // create --replace of a stopped container; --replace of a free name is fine.
    env.ok(&["create", "--replace", "--name", "web", &img, "true"]);
    env.ok(&["create", "--replace", "--name", "other", &img, "true"]);
    assert!(env.fail(&["create", "--replace", &img, "true"], 125).contains("--replace needs --name"));
    assert_eq!(inspect(&env, "web", "{{.State.Status}}"), "created");
    env.ok(&["rm", "-f", "web", "other"]);
}

#[test]
fn sdnotify_conmon_sends_mainpid_and_ready() {
    let env = TestEnv::new();
    let img = image(&env);
    let (sock, path) = notify_socket(&env);
    run_notified(&env, &path, &["run", "-d", "--name", "svc", &img, "sleep", "600"]);
    let got = receive_until(&sock, "READY=1");
    let monitor: i32 = got.lines().find_map(|l| l.strip_prefix("MAINPID=")).expect("MAINPID").parse().unwrap();
    assert!(env.monitors().contains(&monitor), "MAINPID {monitor} is not the monitor ({:?})", env.monitors());
    env.ok(&["rm", "-f", "svc"]);
}

#[test]
fn sdnotify_container_passes_the_socket_in_and_ignore_sends_nothing() {
    let env = TestEnv::new();
    let img = image(&env);
    let (sock, path) = notify_socket(&env);
    let script = "echo $NOTIFY_SOCKET; test -S $NOTIFY_SOCKET && echo socket; sleep 600";
    run_notified(&env, &path, &["run", "-d", "--sdnotify=container", "--name", "c", &img, "sh", "-c", script]);
    let got = receive_until(&sock, "MAINPID=");
    assert!(!got.contains("READY=1"), "{got}");
    let deadline = Instant::now() + Duration::from_secs(60);
    while !env.ok(&["logs", "c"]).contains("socket") {
        assert!(Instant::now() < deadline, "logs: {}", env.ok(&["logs", "c"]));
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(env.ok(&["logs", "c"]).starts_with("/run/notify/notify.sock\n"));
    env.ok(&["rm", "-f", "c"]);

    run_notified(&env, &path, &["run", "-d", "--sdnotify=ignore", "--name", "i", &img, "sleep", "600"]);
    assert_eq!(inspect(&env, "i", "{{.State.Status}}"), "running");
    sock.set_nonblocking(true).unwrap();
    let mut buf = [0u8; 256];
    assert!(sock.recv(&mut buf).is_err(), "ignore sent something");
    env.ok(&["rm", "-f", "i"]);
}

#[test]
fn sdnotify_healthy_waits_for_a_healthy_check() {
    let env = TestEnv::new();
    let img = image(&env);
    let (sock, path) = notify_socket(&env);
    env.fail(&["create", "--sdnotify=healthy", &img, "true"], 125);
    run_notified(&env, &path, &["run", "-d", "--sdnotify=healthy", "--health-cmd", "true", "--health-interval", "1s", "--name", "h", &img, "sleep", "600"]);
    receive_until(&sock, "READY=1");
    assert_eq!(inspect(&env, "h", "{{.State.Health.Status}}"), "healthy");
    env.ok(&["rm", "-f", "h"]);
}


#[test]
fn generated_units_verify_and_a_new_unit_runs_as_systemd_would() {
    let env = TestEnv::new();
    let img = image(&env);
    env.ok(&["create", "--name", "web", "-e", "MSG=50% of $HOME", "--label", "a=b c", &img, "sh", "-c", "echo \"$MSG\"; sleep 600"]);
    let existing = generate(&env, &["--name", "-t", "1", "web"]);
    assert!(existing.contains("ExecStart=") && existing.contains(" start web\n"), "{existing}");
    verify_unit(&env, "container-web.service", &existing);
    let unit = generate(&env, &["--new", "--name", "--restart-policy=always", "--restart-sec", "3", "--start-timeout", "30", "-t", "2", "--after", "sysinit.target", "--wants", "basic.target", "--requires", "network-online.target", "-e", "X=1 2", "web"]);
    for want in ["Type=notify\n", "NotifyAccess=all\n", "Restart=always\n", "TimeoutStopSec=62\n", "WantedBy=default.target\n", "Environment=PODMAN_SYSTEMD_UNIT=%n\n"] {
        assert!(unit.contains(want), "no {want:?} in\n{unit}");
    }
    verify_unit(&env, "container-web.service", &unit);
    let json = generate(&env, &["--new", "--no-header", "--format", "json", "--container-prefix", "svc", "--separator", "_", "web"]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let id = inspect(&env, "web", "{{.Id}}");
    assert!(v[format!("svc_{id}.service")].as_str().unwrap().starts_with("[Unit]\n"), "{json}");
    let (sock, path) = notify_socket(&env);
    // The unit of the existing container starts and stops it (and keeps it).
    run_unit_lines(&env, &existing, "container-web.service", "ExecStart", &path);
    assert!(receive_until(&sock, "READY=1").contains("MAINPID="));
    assert_eq!(inspect(&env, "web", "{{.State.Status}}"), "running");
    run_unit_lines(&env, &existing, "container-web.service", "ExecStop", &path);
    run_unit_lines(&env, &existing, "container-web.service", "ExecStopPost", &path);
    assert_eq!(inspect(&env, "web", "{{.State.Status}}"), "exited");
    // The original goes: the unit creates its own container under the name.
    env.ok(&["rm", "web"]);

    // Run the unit's commands the way systemd does, twice.
    let name = "container-web.service";
    let run = |key: &str| run_unit_lines(&env, &unit, name, key, &path);
    let mut ids = Vec::new();
    for _ in 0..2 {
        run("ExecStartPre");
        run("ExecStart");
        let got = receive_until(&sock, "READY=1");
        assert!(got.contains("MAINPID="), "{got}");
        assert_eq!(inspect(&env, "web", "{{.State.Status}}"), "running");
        let deadline = Instant::now() + Duration::from_secs(60);
        while !env.ok(&["logs", "web"]).contains("50% of $HOME") {
            assert!(Instant::now() < deadline, "logs: {}", env.ok(&["logs", "web"]));
            std::thread::sleep(Duration::from_millis(100));
        }
        let cid = std::fs::read_to_string(env.runtime_dir().join(format!("{name}.ctr-id"))).unwrap();
        assert_eq!(cid.trim(), inspect(&env, "web", "{{.Id}}"));
        ids.push(cid);
        run("ExecStop");
        run("ExecStopPost");
        assert_eq!(env.ok(&["ps", "-a", "--format", "{{.Names}}"]), "", "the unit's container is left after stop");
    }
    assert_ne!(ids[0], ids[1], "the second start did not recreate the container");

    // A crash: the container dies, its monitor (the unit's main PID) exits,
    // and systemd's restart runs ExecStopPost, then the start lines again.
    run("ExecStartPre");
    run("ExecStart");
    let got = receive_until(&sock, "READY=1");
    let main_pid: i32 = got.lines().filter_map(|l| l.strip_prefix("MAINPID=")).last().unwrap().parse().unwrap();
    env.ok(&["kill", "web"]);
    let deadline = Instant::now() + Duration::from_secs(60);
    while std::path::Path::new(&format!("/proc/{main_pid}")).exists() || !env.ok(&["ps", "-a", "-q"]).is_empty() {
        assert!(Instant::now() < deadline, "the killed container's monitor {main_pid} or record stayed");
        std::thread::sleep(Duration::from_millis(100));
    }
    run("ExecStopPost");
    run("ExecStartPre");
    run("ExecStart");
    receive_until(&sock, "READY=1");
    assert_eq!(inspect(&env, "web", "{{.State.Status}}"), "running");
    run("ExecStop");
    run("ExecStopPost");
}

/// podman 4.3's `--template`: `container-web@.service`, verified as an
/// instance; each instance's lines (with `%i` as systemd fills it) run a
/// container of its own, `web-INSTANCE`, stopped and removed with it.
#[test]
fn a_template_unit_runs_one_container_per_instance() {
    let env = TestEnv::new();
    let img = image(&env);
    env.ok(&["create", "--name", "web", &img, "sleep", "600"]);
    let unit = generate(&env, &["--template", "--name", "web"]);
    let started = format!("\t--name web-%i {img} sleep 600\n");
    for want in ["# container-web@.service\n", "Description=dhow container-web.service for %I\n", "Environment=PODMAN_SYSTEMD_UNIT=%n-%i\n", &started] {
        assert!(unit.contains(want), "no {want:?} in\n{unit}");
    }
    verify_unit(&env, "container-web@a.service", &unit);
    let files = env.run_command({
        let mut c = env.command(&["generate", "systemd", "--template", "--files", "--name", "web"]);
        c.current_dir(env.home());
        c
    });
    assert!(files.success(), "{}", files.describe());
    assert!(env.home().join("container-web@.service").exists(), "{}", files.stdout);
    let err = env.fail(&["generate", "systemd", "--template", "--name", "nosuch"], 125);
    assert!(err.contains("nosuch"), "{err}");

    let (sock, path) = notify_socket(&env);
    for instance in ["a", "b"] {
        let text = unit.replace("%i", instance).replace("%I", instance);
        let name = format!("container-web@{instance}.service");
        run_unit_lines(&env, &text, &name, "ExecStartPre", &path);
        run_unit_lines(&env, &text, &name, "ExecStart", &path);
        receive_until(&sock, "READY=1");
        assert_eq!(inspect(&env, &format!("web-{instance}"), "{{.State.Status}}"), "running");
    }
    let mut names: Vec<String> = env.ok(&["ps", "--format", "{{.Names}}"]).lines().map(String::from).collect();
    names.sort();
    assert_eq!(names, ["web-a", "web-b"]);
    for instance in ["a", "b"] {
        let text = unit.replace("%i", instance).replace("%I", instance);
        let name = format!("container-web@{instance}.service");
        run_unit_lines(&env, &text, &name, "ExecStop", &path);
        run_unit_lines(&env, &text, &name, "ExecStopPost", &path);
    }
    assert_eq!(env.ok(&["ps", "-a", "--format", "{{.Names}}"]).trim(), "web", "only the original is left");
}

#[test]
fn quadlet_units_verify_and_run() {
    let env = TestEnv::new();
    let img = image(&env);
    let dir = env.home().join("quadlet");
    env.write_home("quadlet/data.volume", "[Volume]\nLabel=made=by-quadlet\n");
    env.write_home(
        "quadlet/hello.container",
        &format!(
            "[Unit]\nDescription=Hello\n\n[Container]\nImage={img}\nVolume=data.volume:/data\nEnvironment=GREETING=\"hi there\"\n\
             Exec=sh -c 'echo $$GREETING > /data/out; sleep 600'\nPidsLimit=40\nLabel=app=hello\n\n[Install]\nWantedBy=default.target\n"
        ),
    );
    // A drop-in: the later PidsLimit wins (the last value of a flag does).
    env.write_home("quadlet/hello.container.d/10-limits.conf", "[Container]\nPidsLimit=50\n");
    env.write_home("bad/broken.container", "[Container]\nImage=x\nColour=blue\n");
    let quadlet = |dirs: &std::path::Path, args: &[&str]| {
        let mut all = vec!["quadlet", "--user"];
        all.extend_from_slice(args);
        let mut cmd = env.command(&all);
        cmd.env("QUADLET_UNIT_DIRS", dirs);
        env.run_command(cmd)
    };
    let out = quadlet(&env.home().join("bad"), &["--dryrun"]);
    assert_eq!(out.code(), Some(125), "{}", out.describe());
    assert!(out.stderr.contains("broken.container:3: unknown key Colour"), "{}", out.stderr);
    // A podman key dhow ignores is a warning at generate time, and in the unit.
    env.write_home("warn/odd.pod", "[Pod]\nVolume=x:/x\n");
    let out = quadlet(&env.home().join("warn"), &["--dryrun"]);
    assert!(out.success(), "{}", out.describe());
    assert!(out.stderr.contains("warning: ") && out.stderr.contains("odd.pod:2: Volume= is not supported"), "{}", out.describe());
    assert!(out.stdout.contains("odd.pod:2: Volume= is not supported"), "{}", out.stdout);

    let out = quadlet(&dir, &["--dryrun"]);
    assert!(out.success(), "{}", out.describe());
    assert!(out.stdout.contains("---hello.service---\n") && out.stdout.contains("---data-volume.service---\n"), "{}", out.stdout);
    let gen = env.home().join("generated");
    std::fs::create_dir_all(&gen).unwrap();
    env.user.chown(&gen);
    let out = quadlet(&dir, &[gen.to_str().unwrap()]);
    assert!(out.success(), "{}", out.describe());
    let unit = std::fs::read_to_string(gen.join("hello.service")).unwrap();
    assert_eq!(std::fs::read_link(gen.join("default.target.wants/hello.service")).unwrap(), std::path::Path::new("../hello.service"));
    let volume = std::fs::read_to_string(gen.join("data-volume.service")).unwrap();
    assert!(unit.contains("Requires=data-volume.service\n") && unit.contains("--pids-limit 40 ") && unit.contains("--pids-limit 50 "), "{unit}");
    verify_unit(&env, "data-volume.service", &volume);
    verify_unit(&env, "hello.service", &unit);

    let (sock, path) = notify_socket(&env);
    run_unit_lines(&env, &volume, "data-volume.service", "ExecStart", &path);
    assert_eq!(env.ok(&["volume", "ls", "-q"]).trim(), "systemd-data");
    run_unit_lines(&env, &unit, "hello.service", "ExecStartPre", &path);
    run_unit_lines(&env, &unit, "hello.service", "ExecStart", &path);
    receive_until(&sock, "READY=1");
    assert_eq!(inspect(&env, "systemd-hello", "{{.State.Status}} {{.HostConfig.PidsLimit}}"), "running 50");
    let deadline = Instant::now() + Duration::from_secs(60);
    while env.run(&["exec", "systemd-hello", "cat", "/data/out"]).stdout != "hi there\n" {
        assert!(Instant::now() < deadline, "the container's output never reached the volume");
        std::thread::sleep(Duration::from_millis(100));
    }
    run_unit_lines(&env, &unit, "hello.service", "ExecStop", &path);
    run_unit_lines(&env, &unit, "hello.service", "ExecStopPost", &path);
    assert_eq!(env.ok(&["ps", "-a", "--format", "{{.Names}}"]), "");
}

#[test]
fn auto_update_dry_run_reports_pending_images_and_the_unit() {
    let env = TestEnv::new();
    let img = image(&env);
    let addr = env.fx().registry.addr();
    let unique = env.root.file_name().unwrap().to_string_lossy().to_ascii_lowercase().replace(|c: char| !c.is_ascii_alphanumeric(), "");
    let name = format!("{addr}/autoupdate/{unique}:latest");
    env.ok(&["tag", &img, &name]);
    env.ok(&["push", "-q", "--tls-verify=false", &name]);
    env.ok(&["rmi", &name]);
    env.ok(&["pull", "-q", &name]);
    let mut cmd = env.command(&["run", "-d", "--name", "auto", "--label", "io.containers.autoupdate=registry", &name, "sleep", "600"]);
    cmd.env("PODMAN_SYSTEMD_UNIT", "auto.service");
    assert!(env.run_command(cmd).success());
    env.ok(&["create", "--name", "other", &img, "true"]);
    let report = env.ok(&["auto-update", "--dry-run", "--format", "{{.Unit}} {{.Image}} {{.Policy}} {{.Updated}}"]);
    assert_eq!(report, format!("auto.service {name} registry false\n"));
    // --tls-verify reaches the digest check: the fixture registry speaks plain HTTP.
    let out = env.run(&["auto-update", "--dry-run", "--tls-verify", "--format", "{{.Updated}}"]);
    assert_eq!((out.code(), out.stdout.as_str()), (Some(125), "failed\n"), "{}", out.describe());
    // A new digest under the same tag.
    env.ok(&["run", "--name", "changer", &name, "touch", "/changed"]);
    env.ok(&["commit", "-q", "changer", &name]);
    env.ok(&["push", "-q", "--tls-verify=false", &name]);
    let table = env.ok(&["auto-update", "--dry-run"]);
    assert!(table.starts_with("UNIT"), "{table}");
    assert!(table.lines().nth(1).is_some_and(|l| l.starts_with("auto.service") && l.split_whitespace().rev().take(2).eq(["pending", "registry"])), "{table}");
    env.ok(&["rm", "-f", "auto", "other", "changer"]);
}

/// A unique `ADDR/autoupdate/NAME:latest` in the fixture registry, pushed
/// from the busybox fixture and pulled back (so it has its repo digest).
fn pushed_name(env: &TestEnv, img: &str, repo: &str) -> String {
    let addr = env.fx().registry.addr();
    let unique = env.root.file_name().unwrap().to_string_lossy().to_ascii_lowercase().replace(|c: char| !c.is_ascii_alphanumeric(), "");
    let name = format!("{addr}/{repo}/{unique}:latest");
    env.ok(&["tag", img, &name]);
    env.ok(&["push", "-q", "--tls-verify=false", &name]);
    env.ok(&["rmi", &name]);
    env.ok(&["pull", "-q", &name]);
    name
}

/// Commits `base` + `run` (run in a throwaway container) with `changes`
/// as `name` and pushes it (a new digest under the same tag); returns the
/// new image's ID.
fn push_new_digest(env: &TestEnv, base: &str, name: &str, run: &[&str], changes: &[&str]) -> String {
    let id = commit_change(env, base, name, run, changes);
    env.ok(&["push", "-q", "--tls-verify=false", name]);
    id
}

/// Commits `base` + `run` (in a throwaway container) with `changes` as
/// `name`; returns the image ID as inspect shows it.
fn commit_change(env: &TestEnv, base: &str, name: &str, run: &[&str], changes: &[&str]) -> String {
    let mut args = vec!["run", "--name", "changer", base];
    args.extend_from_slice(run);
    env.ok(&args);
    let mut commit = vec!["commit", "-q"];
    for c in changes {
        commit.extend(["--change", c]);
    }
    commit.extend(["changer", name]);
    env.ok(&commit);
    env.ok(&["rm", "changer"]);
    env.ok(&["image", "inspect", "-f", "{{.Id}}", name]).trim().to_string()
}

#[test]
fn auto_update_restarts_with_a_new_digest_and_rolls_back_a_broken_one() {
    let env = TestEnv::new();
    let img = image(&env);
    let name = pushed_name(&env, &img, "autoupdate");
    // Started under a unit, but no systemd manager answers here: dhow
    // recreates the container from its recorded create command.
    let mut cmd = env.command(&["run", "-d", "--name", "auto", "--label", "io.containers.autoupdate=registry", "-e", "GREETING=hi there", &name, "sleep", "600"]);
    cmd.env("PODMAN_SYSTEMD_UNIT", "auto.service");
    assert!(env.run_command(cmd).success());
    let first = inspect(&env, "auto", "{{.Id}} {{.Image}}");
    let report = "{{.Unit}} {{.Container}} {{.Policy}} {{.Updated}}";
    let out = env.ok(&["auto-update", "--format", report]);
    assert!(out.starts_with("auto.service ") && out.ends_with(" registry false\n"), "{out}");
    assert_eq!(inspect(&env, "auto", "{{.Id}} {{.Image}}"), first, "an up-to-date container was touched");

    // A new digest under the same tag, not here yet: auto-update pulls it.
    let old_image = inspect(&env, "auto", "{{.Image}}");
    let new_image = push_new_digest(&env, &name, &name, &["touch", "/changed"], &[]);
    env.ok(&["tag", &old_image, &name]);
    env.ok(&["rmi", &new_image]);
    let out = env.ok(&["auto-update", "--format", "{{.Updated}}"]);
    assert_eq!(out, "true\n");
    let second = inspect(&env, "auto", "{{.Id}} {{.Image}} {{.State.Status}}");
    assert_ne!(second.split(' ').next(), first.split(' ').next(), "not recreated");
    assert_eq!(second.split(' ').skip(1).collect::<Vec<_>>(), [new_image.as_str(), "running"]);
    env.ok(&["exec", "auto", "test", "-f", "/changed"]);
    // The unit label and the create flags came along.
    assert_eq!(inspect(&env, "auto", "{{index .Config.Labels \"PODMAN_SYSTEMD_UNIT\"}}"), "auto.service");
    assert_eq!(env.ok(&["exec", "auto", "sh", "-c", "echo $GREETING"]), "hi there\n");
    let good = inspect(&env, "auto", "{{.Image}}");

    // A broken image (its entrypoint is missing) under the same tag: the
    // restart fails and the container comes back on the previous image.
    let broken = push_new_digest(&env, &name, &name, &["true"], &["ENTRYPOINT [\"/no/such/entrypoint\"]"]);
    env.ok(&["tag", &good, &name]);
    env.ok(&["rmi", &broken]);
    let out = env.run(&["auto-update", "--format", "{{.Updated}}"]);
    assert!(out.success(), "{}", out.describe());
    assert_eq!(out.stdout, "rolled back\n", "{}", out.describe());
    assert!(out.stderr.contains("/no/such/entrypoint") || out.stderr.contains("exited"), "the failure is not explained: {}", out.stderr);
    assert_eq!(inspect(&env, "auto", "{{.Image}} {{.State.Status}}"), format!("{good} running"));
    env.ok(&["exec", "auto", "test", "-f", "/changed"]);

    // Without rollback the failure stays, and auto-update says so (exit 125).
    let out = env.run(&["auto-update", "--rollback=false", "--format", "{{.Updated}}"]);
    assert_eq!(out.code(), Some(125), "{}", out.describe());
    assert_eq!(out.stdout, "failed\n");
    assert_ne!(inspect(&env, "auto", "{{.State.Status}}"), "running");
    env.ok(&["rm", "-f", "auto"]);
}

#[test]
fn auto_update_local_policy_follows_the_local_name() {
    let env = TestEnv::new();
    let img = image(&env);
    env.ok(&["tag", &img, "localhost/app:1"]);
    env.ok(&["run", "-d", "--name", "loc", "--label", "io.containers.autoupdate=local", "localhost/app:1", "sleep", "600"]);
    assert_eq!(env.ok(&["auto-update", "--format", "{{.Updated}}"]), "false\n");
    let new_image = commit_change(&env, &img, "localhost/app:1", &["touch", "/changed"], &[]);
    assert_eq!(env.ok(&["auto-update", "--dry-run", "--format", "{{.Updated}}"]), "pending\n");
    assert_eq!(env.ok(&["auto-update", "--format", "{{.Updated}}"]), "true\n");
    assert_eq!(inspect(&env, "loc", "{{.Image}} {{.State.Status}}"), format!("{new_image} running"));
    env.ok(&["rm", "-f", "loc"]);
}



#[test]
fn a_generated_unit_runs_under_a_real_systemd_user_manager() {
    let env = TestEnv::new();
    let img = image(&env);
    let name = pushed_name(&env, &img, "unit");
    env.ok(&["create", "--name", "web", "--label", "io.containers.autoupdate=registry", &name, "sh", "-c", "echo started; sleep 600"]);
    let unit = generate(&env, &["--new", "--name", "--restart-sec", "1", "web"]);
    env.write_config("systemd/user/container-web.service", &unit);
    // The unit's output (no journal here), shown when systemctl fails.
    let log = env.home().join("unit.log");
    env.write_config("systemd/user/container-web.service.d/log.conf", &format!("[Service]\nStandardOutput=append:{0}\nStandardError=append:{0}\n", log.display()));
    env.ok(&["rm", "web"]);
    let Some(systemd) = UserManager::start(&env) else { return };
    let service = "container-web.service";

    // Type=notify: start returns once the monitor said READY=1; MAINPID is the monitor.
    systemd.systemctl(&["start", service]);
    assert_eq!(systemd.show(service, "ActiveState"), "active");
    let main_pid: i32 = systemd.show(service, "MainPID").parse().unwrap();
    assert!(env.monitors().contains(&main_pid), "MainPID {main_pid} is not a monitor ({:?})", env.monitors());
    assert_eq!(inspect(&env, "web", "{{.State.Status}} {{index .Config.Labels \"PODMAN_SYSTEMD_UNIT\"}}"), format!("running {service}"));
    let first = inspect(&env, "web", "{{.Id}}");

    // auto-update restarts the unit through systemctl: a new container on the new image.
    let new_image = push_new_digest(&env, &name, &name, &["touch", "/changed"], &[]);
    env.ok(&["tag", &inspect(&env, "web", "{{.Image}}"), &name]);
    let out = env.run(&["auto-update", "--format", "{{.Unit}} {{.Updated}}"]);
    assert_eq!(out.stdout, format!("{service} true\n"), "{}\nunit output:\n{}", out.describe(), std::fs::read_to_string(&log).unwrap_or_default());
    assert_eq!(systemd.show(service, "ActiveState"), "active");
    assert_eq!(inspect(&env, "web", "{{.Image}} {{.State.Status}}"), format!("{new_image} running"));
    assert_ne!(inspect(&env, "web", "{{.Id}}"), first);
    // A broken image: the unit fails to start, auto-update rolls back and restarts it again.
    push_new_digest(&env, &name, &name, &["true"], &["ENTRYPOINT [\"/no/such/entrypoint\"]"]);
    env.ok(&["tag", &new_image, &name]);
    let out = env.run(&["auto-update", "--format", "{{.Updated}}"]);
    let log = std::fs::read_to_string(&log).unwrap_or_default();
    assert_eq!(out.stdout, "rolled back\n", "{}\nunit output:\n{log}", out.describe());
    assert!(out.stderr.contains("systemctl --user restart"), "{}", out.stderr);
    assert_eq!(systemd.show(service, "ActiveState"), "active");
    assert_eq!(inspect(&env, "web", "{{.Image}} {{.State.Status}}"), format!("{new_image} running"));

    // A crash: the main PID exits, systemd restarts the unit (Restart=on-failure).
    let restarts: u32 = systemd.show(service, "NRestarts").parse().unwrap();
    let crashed = inspect(&env, "web", "{{.Id}}");
    let pid: i32 = inspect(&env, "web", "{{.State.Pid}}").parse().unwrap();
    // SAFETY: plain syscall on the init of this test's container.
    assert_eq!(unsafe { libc::kill(pid, libc::SIGKILL) }, 0);
    let deadline = Instant::now() + Duration::from_secs(90);
    while systemd.show(service, "NRestarts").parse::<u32>().unwrap() == restarts || env.run(&["inspect", "-f", "{{.Id}} {{.State.Status}}", "web"]).stdout.trim() == format!("{crashed} running") || inspect_status(&env) != "running" {
        assert!(Instant::now() < deadline, "the unit was not restarted after its container died: {}", systemd.run(&["status", "--no-pager", service]).stdout);
        std::thread::sleep(Duration::from_millis(200));
    }
    assert_ne!(inspect(&env, "web", "{{.Id}}"), crashed);

    // stop removes the container.
    systemd.systemctl(&["stop", service]);
    assert_eq!(systemd.show(service, "ActiveState"), "inactive");
    assert_eq!(env.ok(&["ps", "-a", "--format", "{{.Names}}"]), "");
}

/// `web`'s status, or "" while it does not exist.
fn inspect_status(env: &TestEnv) -> String {
    env.run(&["inspect", "-f", "{{.State.Status}}", "web"]).stdout.trim().to_string()
}

/// Every golden unit (generate systemd's and Quadlet's, `src/generate/testdata`)
/// passes `systemd-analyze verify` with an empty stderr, together (so
/// `Requires=` between them resolve), with the real dhow binary in their
/// command lines. A template is verified through an instance.
#[test]
fn every_golden_unit_passes_systemd_analyze_verify() {
    let env = TestEnv::new();
    let testdata = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/generate/testdata");
    let dhow = common::env::dhow_bin().display().to_string();
    let mut units = Vec::new();
    for dir in [testdata.clone(), testdata.join("quadlet")] {
        for e in std::fs::read_dir(&dir).unwrap().flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            if !name.ends_with(".service") {
                continue;
            }
            let text = std::fs::read_to_string(e.path()).unwrap().replace("/usr/bin/dhow", &dhow).replace("\"/opt/my dhow/dhow\"", &dhow);
            let name = name.replace("@.service", "@instance.service");
            env.write_home(&format!("golden/{name}"), &text);
            units.push(name);
        }
    }
    assert!(units.len() >= 10 && units.iter().any(|u| u.contains('@')), "{units:?}");
    // options.service depends on a db.service of the user's.
    env.write_home("golden/db.service", "[Service]\nExecStart=/bin/true\n");
    units.sort();
    let Some(analyze) = ["/usr/bin/systemd-analyze", "/bin/systemd-analyze"].into_iter().find(|p| std::path::Path::new(p).exists()) else {
        eprintln!("systemd-analyze is missing: golden units not verified");
        return;
    };
    let mut args = vec!["verify".to_string(), "--man=no".to_string()];
    args.extend(units.iter().map(|u| env.home().join("golden").join(u).display().to_string()));
    let out = env.run_command(env.exec(analyze, &args));
    assert!(out.success() && out.stderr.is_empty(), "systemd-analyze verify {units:?}:\n{}", out.describe());
    // The check bites: a unit with a bad line fails it.
    env.write_home("golden/bad.service", "[Service]\nExecStart=relative/path\nBogus=1\n");
    let out = env.run_command(env.exec(analyze, &["verify", "--man=no", env.home().join("golden/bad.service").to_str().unwrap()]));
    assert!(!out.stderr.is_empty(), "{}", out.describe());
}

/// A restart is judged by the container's health check when it has one:
/// an image whose check fails is rolled back though its process runs on;
/// one whose check passes is kept.
#[test]
fn auto_update_judges_a_restart_by_the_health_check() {
    let env = TestEnv::new();
    let img = image(&env);
    let good = commit_change(&env, &img, "localhost/hc:1", &["touch", "/ok"], &[]);
    let health = ["--health-cmd", "test -f /ok", "--health-interval", "1s", "--health-retries", "1"];
    let mut run = vec!["run", "-d", "--name", "hc", "--label", "io.containers.autoupdate=local"];
    run.extend(health);
    run.extend(["localhost/hc:1", "sleep", "600"]);
    env.ok(&run);
    // The new image has no /ok: it runs, but its check fails.
    let sick = commit_change(&env, &img, "localhost/hc:1", &["true"], &[]);
    let out = env.run(&["auto-update", "--format", "{{.Updated}}"]);
    assert_eq!(out.stdout, "rolled back\n", "{}", out.describe());
    assert!(out.stderr.contains("unhealthy"), "the failure is not explained: {}", out.stderr);
    assert_eq!(inspect(&env, "hc", "{{.Image}} {{.State.Status}}"), format!("{good} running"));
    assert_ne!(good, sick);
    // Without rollback the unhealthy container stays, and auto-update fails.
    env.ok(&["tag", &sick, "localhost/hc:1"]);
    let out = env.run(&["auto-update", "--rollback=false", "--format", "{{.Updated}}"]);
    assert_eq!((out.code(), out.stdout.as_str()), (Some(125), "failed\n"), "{}", out.describe());
    assert_eq!(inspect(&env, "hc", "{{.Image}} {{.State.Health.Status}}"), format!("{sick} unhealthy"));
    // A healthy new image is kept.
    let fixed = commit_change(&env, &img, "localhost/hc:1", &["sh", "-c", "touch /ok /v2"], &[]);
    assert_eq!(env.ok(&["auto-update", "--format", "{{.Updated}}"]), "true\n");
    assert_eq!(inspect(&env, "hc", "{{.Image}} {{.State.Health.Status}}"), format!("{fixed} healthy"));
    env.ok(&["rm", "-f", "hc"]);
}
