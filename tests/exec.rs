//! Working with running containers end to end: exec (exit codes, -e/-u/-w,
//! -d, -it on a real terminal), attach after a detach, top, pause/unpause,
//! port and update, as the unprivileged test user.

mod common;

use common::output::lines;
use common::tmux::Tmux;
use common::TestEnv;

/// The busybox fixture, pulled into `env`; returns its reference.
fn image(env: &TestEnv) -> String {
    let f = &env.fx().busybox;
    env.ok(&["pull", "-q", &f.reference]);
    f.reference.clone()
}

/// A detached container named `name` that sleeps.
fn sleeper(env: &TestEnv, name: &str) -> String {
    let img = image(env);
    env.ok(&["run", "-d", "--name", name, "--hostname", "boxhost", "-e", "FROM_RUN=yes", &img, "sleep", "1000"]);
    img
}

/// The host PIDs `top` lists for a container.
fn top_pids(env: &TestEnv, name: &str) -> Vec<(String, i32, String)> {
    let out = env.ok(&["top", name]);
    let mut l = lines(&out).into_iter();
    let header = l.next().unwrap_or_default();
    let cols: Vec<&str> = header.split_whitespace().collect();
    assert_eq!(cols, ["UID", "PID", "PPID", "C", "STIME", "TTY", "TIME", "CMD"], "{out}");
    l.map(|line| {
        let f: Vec<&str> = line.split_whitespace().collect();
        (f[0].to_string(), f[1].parse().unwrap(), f[7..].join(" "))
    })
    .collect()
}

/// The state letter of a host process (/proc/PID/stat field 3).
fn proc_state(pid: i32) -> char {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap();
    stat[stat.rfind(')').unwrap() + 2..].chars().next().unwrap()
}

#[test]
fn exec_output_and_exit_codes() {
    let env = TestEnv::new();
    sleeper(&env, "c");
    assert_eq!(env.ok(&["exec", "c", "echo", "hello"]), "hello\n");
    assert_eq!(env.ok(&["container", "exec", "c", "sh", "-c", "echo $((2+3))"]), "5\n");
    let out = env.run(&["exec", "c", "sh", "-c", "echo out; echo err >&2; exit 3"]);
    assert_eq!(out.code(), Some(3), "{}", out.describe());
    assert_eq!(out.stdout, "out\n");
    assert!(out.stderr.contains("err"), "{}", out.describe());
    let err = env.fail(&["exec", "c", "no-such-command"], 127);
    assert!(err.contains("exec: \"no-such-command\": executable file not found in $PATH"), "{err}");
    let err = env.fail(&["exec", "c", "/etc/passwd"], 126);
    assert!(err.contains("/etc/passwd"), "{err}");
    // Without -i the command's stdin is empty; with -i it is ours.
    let mut cmd = env.command(&["exec", "-i", "c", "cat"]);
    cmd.stdin(std::process::Stdio::piped());
    let mut child = cmd.stdout(std::process::Stdio::piped()).spawn().unwrap();
    {
        use std::io::Write;
        child.stdin.take().unwrap().write_all(b"piped in\n").unwrap();
    }
    let out = child.wait_with_output().unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "piped in\n");
    assert_eq!(env.ok(&["exec", "c", "cat"]), "", "no -i: stdin is /dev/null");
    env.ok(&["rm", "-f", "c"]);
}

#[test]
fn exec_env_user_and_workdir() {
    let env = TestEnv::new();
    sleeper(&env, "c");
    let out = env.ok(&["exec", "-e", "EXTRA=1", "-e", "FROM_RUN=changed", "c", "sh", "-c", "echo $EXTRA $FROM_RUN $HOME; pwd; id -u"]);
    assert_eq!(lines(&out), ["1 changed /root", "/", "0"], "{out}");
    let envfile = env.home().join("exec.env");
    std::fs::write(&envfile, "FROM_FILE=f\n# comment\n").unwrap();
    env.exec("chmod", &["a+r", &envfile.display().to_string()]);
    let out = env.ok(&["exec", "--env-file", &envfile.display().to_string(), "c", "sh", "-c", "echo $FROM_FILE $FROM_RUN"]);
    assert_eq!(out, "f yes\n");
    let out = env.ok(&["exec", "-u", "app", "-w", "/home/app", "c", "sh", "-c", "id -u; id -g; pwd; echo $HOME; touch mine && stat -c %u mine"]);
    assert_eq!(lines(&out), ["1000", "1000", "/home/app", "/home/app", "1000"], "{out}");
    assert_eq!(env.ok(&["exec", "-u", "1000:0", "c", "id", "-u"]).trim(), "1000");
    let err = env.fail(&["exec", "-u", "nobody-here", "c", "true"], 125);
    assert!(err.contains("nobody-here"), "{err}");
    let err = env.fail(&["exec", "-w", "relative", "c", "true"], 125);
    assert!(err.contains("absolute"), "{err}");
    env.ok(&["rm", "-f", "c"]);
}

#[test]
fn exec_sees_the_container_and_its_confinement() {
    let env = TestEnv::new();
    let img = sleeper(&env, "c");
    env.ok(&["exec", "c", "sh", "-c", "echo inside > /tmp/marker"]);
    assert_eq!(env.ok(&["exec", "c", "cat", "/tmp/marker"]), "inside\n", "the container's filesystem");
    assert_eq!(env.ok(&["exec", "c", "hostname"]).trim(), "boxhost");
    // Same pid namespace: the init is pid 1.
    assert!(env.ok(&["exec", "c", "cat", "/proc/1/cmdline"]).starts_with("sleep"));
    let field = |text: &str, key: &str| text.lines().find(|l| l.starts_with(key)).map(|l| l.to_string()).unwrap_or_default();
    let init = env.ok(&["exec", "c", "cat", "/proc/1/status"]);
    let me = env.ok(&["exec", "c", "cat", "/proc/self/status"]);
    for key in ["CapEff:", "CapBnd:", "Seccomp:", "NoNewPrivs:"] {
        assert!(!field(&init, key).is_empty(), "{key} in {init}");
        assert_eq!(field(&me, key), field(&init, key), "exec has the init's {key}");
    }
    assert_eq!(field(&me, "Seccomp:").split_whitespace().nth(1), Some("2"), "filtered: {me}");
    // --privileged: every capability, seccomp stays.
    let p = env.ok(&["exec", "--privileged", "c", "cat", "/proc/self/status"]);
    assert_ne!(field(&p, "CapEff:"), field(&init, "CapEff:"), "{p}");
    // A capability dropped at run is missing in exec too.
    env.ok(&["run", "-d", "--name", "nocap", "--cap-drop", "all", &img, "sleep", "1000"]);
    let caps = env.ok(&["exec", "nocap", "grep", "CapEff", "/proc/self/status"]);
    assert!(caps.contains("0000000000000000"), "{caps}");
    env.ok(&["rm", "-f", "c", "nocap"]);
}

#[test]
fn exec_into_a_stopped_container_fails() {
    let env = TestEnv::new();
    let img = image(&env);
    env.ok(&["create", "--name", "made", &img, "sleep", "1000"]);
    // podman's exit code and words (docker exits 1).
    let err = env.fail(&["exec", "made", "true"], 255);
    assert!(err.contains("is not running") && err.contains("container state improper"), "{err}");
    env.ok(&["run", "--name", "done", &img, "true"]);
    let err = env.fail(&["exec", "done", "true"], 255);
    assert!(err.contains("container done is not running"), "{err}");
    let err = env.fail(&["exec", "nonexistent", "true"], 125);
    assert!(err.to_lowercase().contains("no such container"), "{err}");
}

#[test]
fn exec_detached_keeps_running_and_top_lists_it() {
    let env = TestEnv::new();
    sleeper(&env, "c");
    assert_eq!(env.ok(&["exec", "-d", "c", "sh", "-c", "sleep 777"]), "");
    let mut found = false;
    for _ in 0..50 {
        if top_pids(&env, "c").iter().any(|(_, _, cmd)| cmd.contains("sleep 777")) {
            found = true;
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    assert!(found, "exec -d left its process running: {}", env.ok(&["top", "c"]));
    let procs = top_pids(&env, "c");
    assert!(procs.iter().any(|(_, _, cmd)| cmd == "sleep 1000"), "{procs:?}");
    // Users as the container sees them, named from its /etc/passwd as docker shows them.
    assert!(procs.iter().all(|(uid, _, _)| uid == "root"), "{procs:?}");
    // A process of another container user shows its container user (uid 1000 is `app`).
    env.ok(&["exec", "-d", "-u", "1000", "c", "sleep", "778"]);
    let mut seen = None;
    for _ in 0..50 {
        seen = top_pids(&env, "c").into_iter().find(|(_, _, cmd)| cmd == "sleep 778");
        if seen.is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    assert_eq!(seen.map(|s| s.0).as_deref(), Some("app"), "{}\n{}", env.ok(&["top", "c"]), env.ok(&["exec", "c", "ps", "-o", "pid,user,stat,args"]));
    // ps options pass through.
    let out = env.ok(&["top", "c", "-e", "-o", "pid,comm"]);
    assert!(out.lines().next().unwrap_or_default().contains("COMMAND"), "{out}");
    env.ok(&["rm", "-f", "c"]);
    let err = env.fail(&["top", "c"], 125);
    assert!(!err.is_empty());
}

#[test]
fn exec_it_gives_a_terminal_alongside_an_attached_one() {
    let env = TestEnv::new();
    let img = image(&env);
    // The first terminal stays attached to the main shell.
    let first = Tmux::start(&env, &["run", "-it", "--name", "t", &img, "sh"]);
    first.wait_for("/ #");
    let second = Tmux::start(&env, &["exec", "-it", "t", "sh"]);
    second.wait_for("/ #");
    second.keys(&["tty; stty size; echo $((6*7))", "Enter"]);
    let s = second.wait_for("42");
    assert!(s.contains("/dev/pts/"), "a real terminal: {s}");
    assert!(s.contains("30 100"), "the window size follows the terminal: {s}");
    // Ctrl-C interrupts the foreground job, not dhow.
    second.keys(&["sleep 100", "Enter"]);
    std::thread::sleep(std::time::Duration::from_millis(300));
    second.keys(&["C-c"]);
    second.keys(&["echo after-$((1+1))", "Enter"]);
    second.wait_for("after-2");
    // The window size follows a resize.
    second.tmux(&["resize-window", "-t", &second.session, "-x", "90", "-y", "25"]);
    std::thread::sleep(std::time::Duration::from_millis(600));
    second.keys(&["stty size", "Enter"]);
    second.wait_for("25 90");
    second.keys(&["exit 4", "Enter"]);
    assert!(second.wait_gone(), "exec returned when its shell exited");
    // The main shell was not disturbed.
    first.keys(&["echo still-$((2+2))", "Enter"]);
    first.wait_for("still-4");
    env.ok(&["rm", "-f", "t"]);
}

#[test]
fn attach_brings_back_the_detached_shell() {
    let env = TestEnv::new();
    let img = image(&env);
    let t = Tmux::start(&env, &["run", "-it", "--name", "a", &img, "sh"]);
    t.wait_for("/ #");
    t.keys(&["export MARK=first-shell", "Enter"]);
    t.keys(&["C-p", "C-q"]);
    assert!(t.wait_gone(), "run returned after the detach keys");
    let t2 = Tmux::start(&env, &["attach", "a"]);
    std::thread::sleep(std::time::Duration::from_millis(300));
    t2.keys(&["echo $MARK-$((3*3))", "Enter"]);
    t2.wait_for("first-shell-9");
    // Detach again: the container keeps running.
    t2.keys(&["C-p", "C-q"]);
    assert!(t2.wait_gone(), "attach returned after the detach keys");
    assert!(env.ok(&["ps", "--format", "{{.Names}} {{.State}}"]).contains("a running"));
    // Attaching with a shell that exits ends with its code.
    let t3 = Tmux::start(&env, &["container", "attach", "a"]);
    std::thread::sleep(std::time::Duration::from_millis(300));
    t3.keys(&["exit 5", "Enter"]);
    assert!(t3.wait_gone());
    assert_eq!(env.ok(&["inspect", "-f", "{{.State.ExitCode}}", "a"]).trim(), "5");
    let err = env.fail(&["attach", "a"], 125);
    assert!(err.contains("stopped container"), "{err}");
    env.ok(&["rm", "a"]);
}

#[test]
fn pause_stops_every_process_and_unpause_resumes() {
    let env = TestEnv::new();
    sleeper(&env, "p");
    env.ok(&["exec", "-d", "p", "sleep", "555"]);
    let mut pids = Vec::new();
    for _ in 0..50 {
        pids = top_pids(&env, "p").into_iter().map(|(_, pid, _)| pid).collect();
        if pids.len() >= 2 {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    assert_eq!(pids.len(), 2, "init and the exec'd sleep");
    assert_eq!(env.ok(&["pause", "p"]).trim(), "p");
    for &pid in &pids {
        assert_eq!(proc_state(pid), 'T', "pid {pid} is stopped");
    }
    let ps = env.ok(&["ps", "--format", "{{.Names}} {{.State}} {{.Status}}"]);
    assert!(ps.contains("p paused Up") && ps.contains("(Paused)"), "{ps}");
    assert_eq!(env.ok(&["inspect", "-f", "{{.State.Paused}} {{.State.Status}}", "p"]).trim(), "true paused");
    let err = env.fail(&["pause", "p"], 125);
    assert!(err.contains("already paused"), "{err}");
    let err = env.fail(&["exec", "p", "true"], 125);
    assert!(err.contains("paused"), "{err}");
    assert_eq!(env.ok(&["container", "unpause", "p"]).trim(), "p");
    for &pid in &pids {
        assert_ne!(proc_state(pid), 'T', "pid {pid} runs again");
    }
    assert!(env.ok(&["ps", "--format", "{{.Names}} {{.State}}"]).contains("p running"));
    let err = env.fail(&["unpause", "p"], 125);
    assert!(err.contains("not paused"), "{err}");
    // A paused container can still be stopped.
    env.ok(&["pause", "p"]);
    env.ok(&["stop", "-t", "1", "p"]);
    assert_eq!(env.ok(&["inspect", "-f", "{{.State.Status}}", "p"]).trim(), "exited");
    let err = env.fail(&["pause", "p"], 125);
    assert!(err.contains("not running"), "{err}");
    env.ok(&["rm", "p"]);
}

#[test]
fn update_changes_the_restart_policy_and_port_prints_nothing() {
    let env = TestEnv::new();
    let img = image(&env);
    // Exits 3 once told to (the file stays for the restarts).
    env.ok(&["run", "-d", "--name", "u", &img, "sh", "-c", "while [ ! -e /tmp/go ]; do sleep 0.1; done; exit 3"]);
    assert_eq!(env.ok(&["inspect", "-f", "{{.HostConfig.RestartPolicy.Name}}", "u"]).trim(), "no");
    assert_eq!(env.ok(&["update", "--restart", "on-failure:2", "u"]).trim(), "u");
    let policy = env.ok(&["inspect", "-f", "{{.HostConfig.RestartPolicy.Name}} {{.HostConfig.RestartPolicy.MaximumRetryCount}}", "u"]);
    assert_eq!(policy.trim(), "on-failure 2");
    // The running monitor applies the new policy at the exit.
    env.ok(&["exec", "u", "touch", "/tmp/go"]);
    let mut count = String::new();
    for _ in 0..100 {
        count = env.ok(&["inspect", "-f", "{{.RestartCount}}", "u"]).trim().to_string();
        if count == "2" && env.ok(&["inspect", "-f", "{{.State.Status}}", "u"]).trim() == "exited" {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
    assert_eq!(count, "2", "restarted twice under the updated policy");
    env.ok(&["container", "update", "--restart", "no", "u"]);
    assert_eq!(env.ok(&["inspect", "-f", "{{.HostConfig.RestartPolicy.Name}}", "u"]).trim(), "no");
    let err = env.fail(&["update", "--restart", "sometimes", "u"], 125);
    assert!(err.contains("restart policy"), "{err}");
    assert_eq!(env.ok(&["port", "u"]), "");
    env.fail(&["port", "u", "80"], 125);
    env.ok(&["rm", "-f", "u"]);
}
