//! Pods as systemd services, end to end as the unprivileged test user:
//! `generate systemd POD` writes the pod's unit and one per container;
//! the units pass `systemd-analyze verify`, run the way systemd would
//! (specifiers, notify socket, PID file), and run under a real
//! `systemd --user` where one can start. State changes are polled with a
//! generous deadline, never timed.

mod common;

use common::http::{fetch, free_port};
use common::systemd::{generate, notify_socket, receive_until, run_unit_lines, verify_unit, UserManager};
use common::TestEnv;
use std::time::{Duration, Instant};

fn image(env: &TestEnv) -> String {
    let f = &env.fx().busybox;
    env.ok(&["pull", "-q", &f.reference]);
    f.reference.clone()
}

/// A pod `web` publishing `port` and its container `app`, an httpd on
/// the pod's port 8080 saying hello-from-pod.
fn web_pod(env: &TestEnv, img: &str, port: u16) {
    env.ok(&["pod", "create", "--name", "web", "-p", &format!("{port}:8080"), "--label", "tier=front end"]);
    let script = "mkdir -p /www && echo hello-from-pod > /www/index.html && exec httpd -f -p 8080 -h /www";
    env.ok(&["create", "--pod", "web", "--name", "app", "-e", "MSG=50% of $HOME", img, "sh", "-c", script]);
}

/// The units of `generate systemd args...` by name (its `--format json`).
fn units(env: &TestEnv, args: &[&str]) -> serde_json::Map<String, serde_json::Value> {
    let mut all = args.to_vec();
    all.extend(["--format", "json"]);
    let json = generate(env, &all);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}: {json}"));
    v.as_object().unwrap().clone()
}

/// `generate systemd --files args...` run in a new directory of the
/// test user's: the directory and what the command printed (the paths).
fn generate_files(env: &TestEnv, args: &[&str]) -> (std::path::PathBuf, String) {
    let dir = env.home().join("generated");
    std::fs::create_dir_all(&dir).unwrap();
    env.user.chown(&dir);
    let mut all = vec!["generate", "systemd", "--files"];
    all.extend_from_slice(args);
    let mut cmd = env.command(&all);
    cmd.current_dir(&dir);
    let out = env.run_command(cmd);
    assert!(out.success(), "{}", out.describe());
    (dir, out.stdout)
}

fn text(units: &serde_json::Map<String, serde_json::Value>, name: &str) -> String {
    units.get(name).and_then(|v| v.as_str()).unwrap_or_else(|| panic!("no {name} in {units:?}")).to_string()
}

fn status(env: &TestEnv, what: &[&str]) -> String {
    env.run(what).stdout.trim().to_string()
}

/// Polls until `f` holds (the deadline only bounds a hang).
fn wait_for(what: &str, mut f: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(90);
    while !f() {
        assert!(Instant::now() < deadline, "{what}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn pod_create_writes_id_and_pid_files_and_replaces() {
    let env = TestEnv::new();
    let idf = env.runtime_dir().join("p.pod-id");
    let pidf = env.runtime_dir().join("p.pid");
    let (idf_s, pidf_s) = (idf.to_str().unwrap(), pidf.to_str().unwrap());
    let first = env.ok(&["pod", "create", "--name", "p", "--pod-id-file", idf_s, "--infra-conmon-pidfile", pidf_s]).trim().to_string();
    assert_eq!(std::fs::read_to_string(&idf).unwrap(), first);
    let cmd: Vec<String> = serde_json::from_str(&status(&env, &["pod", "inspect", "--format", "{{json .CreateCommand}}", "p"])).unwrap();
    assert_eq!(&cmd[1..], ["pod", "create", "--name", "p", "--pod-id-file", idf_s, "--infra-conmon-pidfile", pidf_s]);
    // An ID file in use is refused, as podman and --cidfile do.
    assert!(env.fail(&["pod", "create", "--name", "q", "--pod-id-file", idf_s], 125).contains("already exists"));
    env.fail(&["pod", "create", "--name", "p"], 125);
    // start/stop/rm by the ID file; the monitor writes its PID at start.
    env.ok(&["pod", "start", "--pod-id-file", idf_s]);
    let monitor: i32 = std::fs::read_to_string(&pidf).unwrap().trim().parse().unwrap();
    assert!(env.monitors().contains(&monitor), "{monitor} is not a monitor ({:?})", env.monitors());
    env.ok(&["pod", "stop", "--pod-id-file", idf_s]);
    assert_eq!(status(&env, &["pod", "ps", "--format", "{{.Status}}"]), "Exited");
    // --replace: the old pod (and its containers) go, running or not.
    env.ok(&["pod", "start", "p"]);
    std::fs::remove_file(&idf).unwrap();
    let second = env.ok(&["pod", "create", "--name", "p", "--replace", "--pod-id-file", idf_s]).trim().to_string();
    assert_ne!(first, second);
    assert_eq!(status(&env, &["pod", "ps", "-q", "--no-trunc"]), second);
    assert!(env.fail(&["pod", "create", "--replace"], 125).contains("--replace needs --name"));
    env.ok(&["pod", "rm", "--pod-id-file", idf_s]);
    // --ignore: a missing pod or ID file is not an error (a unit's stop after a failed start).
    env.ok(&["pod", "stop", "--ignore", "--pod-id-file", idf_s]);
    env.ok(&["pod", "rm", "--ignore", "-f", "--pod-id-file", idf_s]);
    std::fs::remove_file(&idf).unwrap();
    env.ok(&["pod", "rm", "--ignore", "-f", "--pod-id-file", idf_s]);
    env.fail(&["pod", "stop", "--pod-id-file", idf_s], 125);
    assert_eq!(status(&env, &["pod", "ps", "-q"]), "");
}

#[test]
fn pod_units_verify_and_run_as_systemd_would() {
    let env = TestEnv::new();
    let img = image(&env);
    let port = free_port();
    web_pod(&env, &img, port);
    let infra = status(&env, &["pod", "inspect", "--format", "{{.InfraContainerID}}", "web"]);

    // Without --new: the pod's unit starts the existing infra, the container's the container.
    let existing = units(&env, &["--name", "web"]);
    let mut names: Vec<&String> = existing.keys().collect();
    names.sort();
    assert_eq!(names, ["container-app.service", "pod-web.service"]);
    let (pod, app) = (text(&existing, "pod-web.service"), text(&existing, "container-app.service"));
    assert!(pod.contains(&format!(" start {}-infra\n", &status(&env, &["pod", "inspect", "--format", "{{.Id}}", "web"])[..12])), "{pod}");
    assert!(pod.contains("Wants=container-app.service\nBefore=container-app.service\n"), "{pod}");
    assert!(app.contains("BindsTo=pod-web.service\nAfter=pod-web.service\n") && app.contains(" start app\n"), "{app}");
    verify_unit(&env, "pod-web.service", &pod);
    verify_unit(&env, "container-app.service", &app);
    let (sock, path) = notify_socket(&env);
    run_unit_lines(&env, &pod, "pod-web.service", "ExecStart", &path);
    let got = receive_until(&sock, "READY=1");
    let main_pid: i32 = got.lines().filter_map(|l| l.strip_prefix("MAINPID=")).last().expect("MAINPID").parse().unwrap();
    assert_eq!(status(&env, &["inspect", "-f", "{{.State.Status}}", &infra]), "running");
    assert!(env.monitors().contains(&main_pid), "MAINPID {main_pid} is not a monitor");
    run_unit_lines(&env, &app, "container-app.service", "ExecStart", &path);
    receive_until(&sock, "READY=1");
    assert!(fetch(port).contains("hello-from-pod"));
    run_unit_lines(&env, &app, "container-app.service", "ExecStop", &path);
    run_unit_lines(&env, &pod, "pod-web.service", "ExecStop", &path);
    run_unit_lines(&env, &pod, "pod-web.service", "ExecStopPost", &path);
    assert_eq!(status(&env, &["pod", "ps", "--format", "{{.Status}}"]), "Exited");

    // --new --files: the files in the current directory, their paths printed.
    let (dir, printed) = generate_files(&env, &["--new", "--name", "--restart-sec", "2", "web"]);
    let mut printed: Vec<&str> = printed.lines().collect();
    printed.sort();
    assert_eq!(printed, [dir.join("container-app.service").to_str().unwrap(), dir.join("pod-web.service").to_str().unwrap()]);
    let pod = std::fs::read_to_string(dir.join("pod-web.service")).unwrap();
    let app = std::fs::read_to_string(dir.join("container-app.service")).unwrap();
    for want in ["Type=forking\n", "PIDFile=%t/pod-web.pid\n", "--pod-id-file %t/pod-web.pod-id", "--replace\n", "RestartSec=2\n"] {
        assert!(pod.contains(want), "no {want:?} in\n{pod}");
    }
    assert!(app.contains("--pod-id-file %t/pod-web.pod-id") && !app.contains("--pod web"), "{app}");
    verify_unit(&env, "pod-web.service", &pod);
    verify_unit(&env, "container-app.service", &app);
    // The units make their own pod and container.
    env.ok(&["pod", "rm", "-f", "web"]);

    let mut pods = Vec::new();
    for _ in 0..2 {
        run_unit_lines(&env, &pod, "pod-web.service", "ExecStartPre", &path);
        run_unit_lines(&env, &pod, "pod-web.service", "ExecStart", &path);
        // Type=forking: the PID file names the infra's monitor once ExecStart exits.
        let main_pid: i32 = std::fs::read_to_string(env.runtime_dir().join("pod-web.pid")).unwrap().trim().parse().unwrap();
        assert!(env.monitors().contains(&main_pid), "PIDFile {main_pid} is not a monitor ({:?})", env.monitors());
        let id = std::fs::read_to_string(env.runtime_dir().join("pod-web.pod-id")).unwrap();
        assert_eq!(status(&env, &["pod", "inspect", "--format", "{{.Id}} {{index .Labels \"tier\"}}", "web"]), format!("{id} front end"));
        run_unit_lines(&env, &app, "container-app.service", "ExecStartPre", &path);
        run_unit_lines(&env, &app, "container-app.service", "ExecStart", &path);
        receive_until(&sock, "READY=1");
        assert!(fetch(port).contains("hello-from-pod"));
        assert_eq!(status(&env, &["exec", "app", "sh", "-c", "echo $MSG"]), "50% of $HOME");
        assert_eq!(status(&env, &["pod", "ps", "--format", "{{.Name}} {{.Status}} {{.NumberOfContainers}}"]), "web Running 2");
        pods.push(id);
        // systemd stops the container's unit first (it comes After the pod's).
        run_unit_lines(&env, &app, "container-app.service", "ExecStop", &path);
        run_unit_lines(&env, &app, "container-app.service", "ExecStopPost", &path);
        run_unit_lines(&env, &pod, "pod-web.service", "ExecStop", &path);
        run_unit_lines(&env, &pod, "pod-web.service", "ExecStopPost", &path);
        assert_eq!(status(&env, &["pod", "ps", "-q"]), "", "the unit's pod is left after stop");
        assert_eq!(status(&env, &["ps", "-a", "-q"]), "", "the unit's containers are left after stop");
    }
    assert_ne!(pods[0], pods[1], "the second start did not create a new pod");
}

#[test]
fn pods_without_units_are_refused_with_a_reason() {
    let env = TestEnv::new();
    let img = image(&env);
    env.ok(&["pod", "create", "--name", "empty"]);
    assert!(env.fail(&["generate", "systemd", "empty"], 125).contains("has no containers"));
    // A pod made by run --pod new: has no pod create command to re-run.
    env.ok(&["create", "--pod", "new:adhoc", "--name", "c", &img, "true"]);
    env.ok(&["generate", "systemd", "adhoc"]);
    assert!(env.fail(&["generate", "systemd", "--new", "adhoc"], 125).contains("no recorded create command"));
    let infra = status(&env, &["pod", "inspect", "--format", "{{.InfraContainerID}}", "adhoc"]);
    assert!(env.fail(&["generate", "systemd", &infra], 125).contains("infra container of a pod"));
    assert!(env.fail(&["generate", "systemd", "nothing"], 125).contains("no container or pod"));
}

#[test]
fn a_generated_pod_runs_under_a_real_systemd_user_manager() {
    let env = TestEnv::new();
    let img = image(&env);
    let port = free_port();
    web_pod(&env, &img, port);
    let (dir, _) = generate_files(&env, &["--new", "--name", "web"]);
    for unit in ["pod-web.service", "container-app.service"] {
        env.write_config(&format!("systemd/user/{unit}"), &std::fs::read_to_string(dir.join(unit)).unwrap());
    }
    let log = env.home().join("unit.log");
    for unit in ["pod-web.service", "container-app.service"] {
        env.write_config(&format!("systemd/user/{unit}.d/log.conf"), &format!("[Service]\nStandardOutput=append:{0}\nStandardError=append:{0}\n", log.display()));
    }
    env.ok(&["pod", "rm", "-f", "web"]);
    let Some(systemd) = UserManager::start(&env) else { return };

    // Starting the pod's unit starts the container's (Wants=), after it.
    systemd.systemctl(&["start", "pod-web.service"]);
    assert_eq!(systemd.show("pod-web.service", "ActiveState"), "active");
    let main_pid: i32 = systemd.show("pod-web.service", "MainPID").parse().unwrap();
    assert!(env.monitors().contains(&main_pid), "MainPID {main_pid} is not a monitor ({:?})", env.monitors());
    wait_for("container-app.service did not become active", || systemd.show("container-app.service", "ActiveState") == "active");
    assert!(fetch(port).contains("hello-from-pod"), "the pod's container is not reachable");
    assert_eq!(status(&env, &["inspect", "-f", "{{.State.Status}} {{index .Config.Labels \"PODMAN_SYSTEMD_UNIT\"}}", "app"]), "running container-app.service");

    // The container crashes: its unit restarts it (Restart=on-failure) in the same pod.
    let restarts: u32 = systemd.show("container-app.service", "NRestarts").parse().unwrap();
    let crashed = status(&env, &["inspect", "-f", "{{.Id}}", "app"]);
    let pid: i32 = status(&env, &["inspect", "-f", "{{.State.Pid}}", "app"]).parse().unwrap();
    // SAFETY: plain syscall on the init of this test's container.
    assert_eq!(unsafe { libc::kill(pid, libc::SIGKILL) }, 0);
    wait_for("container-app.service was not restarted after its container died", || {
        systemd.show("container-app.service", "NRestarts").parse::<u32>().unwrap() > restarts
            && systemd.show("container-app.service", "ActiveState") == "active"
            && status(&env, &["inspect", "-f", "{{.Id}}", "app"]) != crashed
    });
    assert!(fetch(port).contains("hello-from-pod"), "the restarted container is not reachable through the pod");
    assert_eq!(systemd.show("pod-web.service", "MainPID").parse::<i32>().unwrap(), main_pid, "the pod's unit was restarted too");
    assert_eq!(status(&env, &["pod", "ps", "--format", "{{.Status}} {{.NumberOfContainers}}"]), "Running 2");

    // Stopping the pod's unit stops the container's (BindsTo=) and removes both.
    systemd.systemctl(&["stop", "pod-web.service"]);
    assert_eq!(systemd.show("pod-web.service", "ActiveState"), "inactive");
    assert_eq!(systemd.show("container-app.service", "ActiveState"), "inactive");
    assert_eq!(status(&env, &["pod", "ps", "-q"]), "");
    assert_eq!(status(&env, &["ps", "-a", "-q"]), "");
}

#[test]
fn a_quadlet_pod_and_its_container_verify_and_run() {
    let env = TestEnv::new();
    let img = image(&env);
    let port = free_port();
    env.write_home("quadlet/shop.pod", &format!("[Pod]\nPodName=shop\nPublishPort={port}:8080\nLabel=app=shop\n"));
    let script = "mkdir -p /www && echo hello-from-quadlet > /www/index.html && exec httpd -f -p 8080 -h /www";
    env.write_home("quadlet/shop-web.container", &format!("[Container]\nImage={img}\nPod=shop.pod\nExec=sh -c '{script}'\n"));
    let gen = env.home().join("generated");
    std::fs::create_dir_all(&gen).unwrap();
    env.user.chown(&gen);
    let mut cmd = env.command(&["quadlet", "--user", gen.to_str().unwrap()]);
    cmd.env("QUADLET_UNIT_DIRS", env.home().join("quadlet"));
    let out = env.run_command(cmd);
    assert!(out.success(), "{}", out.describe());
    let pod = std::fs::read_to_string(gen.join("shop-pod.service")).unwrap();
    let web = std::fs::read_to_string(gen.join("shop-web.service")).unwrap();
    assert!(pod.contains("Wants=shop-web.service\nBefore=shop-web.service\n"), "{pod}");
    verify_unit(&env, "shop-pod.service", &pod);
    verify_unit(&env, "shop-web.service", &web);

    let (sock, path) = notify_socket(&env);
    run_unit_lines(&env, &pod, "shop-pod.service", "ExecStartPre", &path);
    run_unit_lines(&env, &pod, "shop-pod.service", "ExecStart", &path);
    let main_pid: i32 = std::fs::read_to_string(env.runtime_dir().join("shop-pod.pid")).unwrap().trim().parse().unwrap();
    assert!(env.monitors().contains(&main_pid), "PIDFile {main_pid} is not a monitor");
    run_unit_lines(&env, &web, "shop-web.service", "ExecStartPre", &path);
    run_unit_lines(&env, &web, "shop-web.service", "ExecStart", &path);
    receive_until(&sock, "READY=1");
    assert!(fetch(port).contains("hello-from-quadlet"));
    assert_eq!(status(&env, &["pod", "ps", "--format", "{{.Name}} {{.Status}} {{.NumberOfContainers}} {{.Labels}}"]), "shop Running 2 app=shop");
    assert_eq!(status(&env, &["ps", "--format", "{{.Names}}", "--filter", "name=systemd-shop-web"]), "systemd-shop-web");
    run_unit_lines(&env, &web, "shop-web.service", "ExecStop", &path);
    run_unit_lines(&env, &web, "shop-web.service", "ExecStopPost", &path);
    run_unit_lines(&env, &pod, "shop-pod.service", "ExecStop", &path);
    run_unit_lines(&env, &pod, "shop-pod.service", "ExecStopPost", &path);
    assert_eq!(status(&env, &["pod", "ps", "-q"]), "");
    assert_eq!(status(&env, &["ps", "-a", "-q"]), "");
}

/// Quadlet for real: dhow installed as a user generator, the `.pod` and
/// `.container` files in the user's Quadlet directory, and `systemd --user`
/// running the generator at daemon-reload and starting the pod's unit.
#[test]
fn a_quadlet_pod_runs_under_a_real_systemd_user_manager() {
    let env = TestEnv::new();
    let img = image(&env);
    let port = free_port();
    env.write_config("containers/systemd/shop.pod", &format!("[Pod]\nPodName=shop\nPublishPort={port}:8080\n"));
    let script = "mkdir -p /www && echo hello-from-generator > /www/index.html && exec httpd -f -p 8080 -h /www";
    env.write_config("containers/systemd/shop-web.container", &format!("[Container]\nImage={img}\nPod=shop.pod\nExec=sh -c '{script}'\n"));
    let log = env.home().join("unit.log");
    for unit in ["shop-pod.service", "shop-web.service"] {
        env.write_config(&format!("systemd/user/{unit}.d/log.conf"), &format!("[Service]\nStandardOutput=append:{0}\nStandardError=append:{0}\n", log.display()));
    }
    let dhow = common::env::dhow_bin();
    let Some(systemd) = UserManager::start_with_generator(&env, Some(&dhow)) else { return };
    // The generator wrote both units (the manager reloaded at start).
    let cat = systemd.systemctl(&["cat", "shop-pod.service", "shop-web.service"]);
    assert!(cat.contains("pod create --infra-conmon-pidfile=%t/%N.pid") && cat.contains("--pod-id-file %t/shop-pod.pod-id"), "{cat}");
    systemd.systemctl(&["start", "shop-pod.service"]);
    wait_for("shop-web.service did not become active", || systemd.show("shop-web.service", "ActiveState") == "active");
    assert!(fetch(port).contains("hello-from-generator"));
    assert_eq!(status(&env, &["pod", "ps", "--format", "{{.Name}} {{.Status}}"]), "shop Running");
    systemd.systemctl(&["stop", "shop-pod.service"]);
    assert_eq!(systemd.show("shop-web.service", "ActiveState"), "inactive");
    assert_eq!(status(&env, &["pod", "ps", "-q"]), "");
    assert_eq!(status(&env, &["ps", "-a", "-q"]), "");
}
