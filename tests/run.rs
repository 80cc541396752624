//! Running containers end to end, as the unprivileged test user with the
//! built-in runtime on the real kernel: output and exit codes, isolation seen
//! from inside, the lifecycle commands, and bad input.

mod common;

use common::output::{last_line, lines};
use common::tmux::Tmux;
use common::{is_hex, TestEnv};

/// The busybox fixture, pulled into `env`; returns its reference.
fn image(env: &TestEnv) -> String {
    let f = &env.fx().busybox;
    env.ok(&["pull", "-q", &f.reference]);
    f.reference.clone()
}

/// `run --rm IMAGE sh -c SCRIPT`; returns stdout.
fn sh(env: &TestEnv, img: &str, script: &str) -> String {
    env.ok(&["run", "--rm", img, "sh", "-c", script])
}

#[test]
fn run_prints_output_and_leaves_nothing_with_rm() {
    let env = TestEnv::new();
    let img = image(&env);
    assert_eq!(env.ok(&["run", "--rm", &img, "echo", "hello"]), "hello\n");
    assert_eq!(env.ok(&["ps", "-a", "-q"]).trim(), "", "--rm removes the container");
}

#[test]
fn exit_codes_follow_docker() {
    let env = TestEnv::new();
    let img = image(&env);
    let out = env.run(&["run", "--rm", &img, "sh", "-c", "exit 3"]);
    assert_eq!(out.code(), Some(3), "{}", out.describe());
    let err = env.fail(&["run", "--rm", &img, "no-such-command"], 127);
    assert!(err.contains("no-such-command"), "names the command: {err}");
    let err = env.fail(&["run", "--rm", &img, "/etc/passwd"], 126);
    assert!(err.contains("/etc/passwd"), "names the file: {err}");
    // A command killed by a signal: 128+N. (PID 1 cannot be killed from
    // inside, so the signal goes to a child whose status the shell returns.)
    let out = env.run(&["run", "--rm", &img, "sh", "-c", "sleep 100 & kill -9 $!; wait $!"]);
    assert_eq!(out.code(), Some(137), "{}", out.describe());
}

#[test]
fn command_not_found_leaves_a_created_container_like_docker() {
    let env = TestEnv::new();
    let img = image(&env);
    env.fail(&["run", "--name", "nf", &img, "no-such-command"], 127);
    let status = env.ok(&["inspect", "-f", "{{.State.Status}} {{.State.ExitCode}}", "nf"]);
    assert_eq!(status.trim(), "created 127");
    env.ok(&["rm", "nf"]);
}

#[test]
fn isolation_is_visible_from_inside() {
    let env = TestEnv::new();
    let img = image(&env);
    let out = sh(&env, &img, "echo $$; id -u; id -g; cat /proc/1/cmdline | tr '\\0' ' '; echo");
    assert_eq!(lines(&out), ["1", "0", "0", "sh -c echo $$; id -u; id -g; cat /proc/1/cmdline | tr '\\0' ' '; echo"], "PID 1 is the command, root inside");
    // Only the container's own processes are visible.
    let ps = sh(&env, &img, "ls /proc | grep -c '^[0-9]'");
    assert!(ps.trim().parse::<u32>().unwrap_or(99) <= 3, "the host's processes are invisible: {ps}");
    // The host's files are invisible: the env's own home is not there.
    let home = env.home().display().to_string();
    let out = env.run(&["run", "--rm", &img, "test", "-e", &home]);
    assert_eq!(out.code(), Some(1), "{home} must not exist inside: {}", out.describe());
    // docker's masked paths read empty (this kernel has no /proc/kcore; these
    // exist on every kernel and are not empty on the host).
    assert!(!std::fs::read("/proc/interrupts").unwrap_or_default().is_empty());
    assert_eq!(sh(&env, &img, "wc -c < /proc/interrupts").trim(), "0", "/proc/interrupts is masked");
    assert_eq!(sh(&env, &img, "wc -c < /proc/keys").trim(), "0", "/proc/keys is masked");
    assert_eq!(sh(&env, &img, "cat /etc/hostname").trim().len(), 12, "default hostname is the short ID");
    assert_eq!(env.ok(&["run", "--rm", "--hostname", "box", &img, "hostname"]).trim(), "box");
    let caps = sh(&env, &img, "grep CapEff /proc/self/status");
    assert!(caps.contains("00000000a80425fb"), "docker's default capabilities: {caps}");
    let caps = env.ok(&["run", "--rm", "--cap-drop", "all", &img, "grep", "CapEff", "/proc/self/status"]);
    assert!(caps.contains("0000000000000000"), "--cap-drop all: {caps}");
}

#[test]
fn users_and_ownership() {
    let env = TestEnv::new();
    let img = image(&env);
    assert_eq!(env.ok(&["run", "--rm", "-u", "app", &img, "id", "-u"]).trim(), "1000");
    assert_eq!(env.ok(&["run", "--rm", "-u", "1000:1000", &img, "id", "-g"]).trim(), "1000");
    assert_eq!(sh(&env, &img, "stat -c %u:%g /home/app").trim(), "1000:1000", "image ownership is kept inside");
    let err = env.fail(&["run", "--rm", "-u", "nosuchuser", &img, "true"], 125);
    assert!(err.contains("nosuchuser"), "{err}");
}

#[test]
fn writes_land_in_the_upper_dir_only() {
    let env = TestEnv::new();
    let img = image(&env);
    env.ok(&["run", "--name", "w", &img, "sh", "-c", "echo changed > /etc/motd; rm /etc/group"]);
    let motds = env.find_in_store("etc/motd");
    let changed: Vec<_> = motds.iter().filter(|p| std::fs::read_to_string(p).unwrap_or_default() == "changed\n").collect();
    assert_eq!(changed.len(), 1, "one changed copy, in the container's upper dir: {motds:?}");
    assert!(changed[0].display().to_string().contains("/upper/"), "{changed:?}");
    let orig: Vec<_> = motds.iter().filter(|p| std::fs::read_to_string(p).unwrap_or_default() == "dhow test image\n").collect();
    assert_eq!(orig.len(), 1, "the image layer is untouched: {motds:?}");
    // A new container sees the image, not the other container's changes.
    assert_eq!(sh(&env, &img, "cat /etc/motd"), "dhow test image\n");
    env.ok(&["rm", "w"]);
}

#[test]
fn read_only_root_and_seccomp() {
    let env = TestEnv::new();
    let img = image(&env);
    let out = env.run(&["run", "--rm", "--read-only", &img, "touch", "/x"]);
    assert_ne!(out.code(), Some(0), "--read-only refuses writes: {}", out.describe());
    assert!(out.stderr.contains("Read-only file system"), "{}", out.describe());
    // A seccomp filter is installed by default, and not when unconfined.
    assert_eq!(sh(&env, &img, "grep ^Seccomp: /proc/self/status").split_whitespace().nth(1), Some("2"));
    let out = env.ok(&["run", "--rm", "--security-opt", "seccomp=unconfined", &img, "grep", "^Seccomp:", "/proc/self/status"]);
    assert_eq!(out.split_whitespace().nth(1), Some("0"), "{out}");
    let out = env.ok(&["run", "--rm", "--security-opt", "no-new-privileges", &img, "grep", "^NoNewPrivs:", "/proc/self/status"]);
    assert_eq!(out.split_whitespace().nth(1), Some("1"), "{out}");
}

#[test]
fn detached_lifecycle() {
    let env = TestEnv::new();
    let img = image(&env);
    let id = env.ok(&["run", "-d", "--name", "web", &img, "sleep", "1000"]);
    assert!(is_hex(last_line(&id), 64), "run -d prints the full ID: {id}");
    let ps = env.ok(&["ps", "--format", "{{.Names}} {{.Status}}"]);
    assert!(ps.starts_with("web Up"), "{ps}");
    // podman's code and words for a busy object: 2, "container state improper".
    let err = env.fail(&["rm", "web"], 2);
    assert!(err.contains("running") && err.contains("container state improper"), "rm of a running container is refused: {err}");
    let err = env.fail(&["start", "web"], 125);
    assert!(err.contains("already running"), "{err}");
    assert_eq!(env.ok(&["stop", "-t", "1", "web"]).trim(), "web");
    let ps = env.ok(&["ps", "-a", "--format", "{{.Names}} {{.Status}}"]);
    assert!(ps.starts_with("web Exited (137)"), "sh ignores SIGTERM as PID 1, so it is killed: {ps}");
    assert_eq!(env.ok(&["ps", "-q"]).trim(), "", "nothing running");
    assert_eq!(env.ok(&["start", "web"]).trim(), "web");
    assert_eq!(env.ok(&["kill", "web"]).trim(), "web");
    assert_eq!(env.ok(&["wait", "web"]).trim(), "137");
    assert_eq!(env.ok(&["rm", "web"]).trim(), "web");
    // A missing container: exit 1, as podman and docker (tests/podman_compat.rs).
    let err = env.fail(&["rm", "web"], 1);
    assert!(err.contains("no such container"), "{err}");
}

#[test]
fn create_then_start_and_logs() {
    let env = TestEnv::new();
    let img = image(&env);
    let id = env.ok(&["create", "--name", "c1", &img, "sh", "-c", "echo out; echo err >&2; exit 4"]);
    assert!(is_hex(last_line(&id), 64));
    assert!(env.ok(&["ps", "-a", "--format", "{{.Names}} {{.Status}}"]).contains("c1 Created"));
    env.ok(&["start", "c1"]);
    assert_eq!(env.ok(&["wait", "c1"]).trim(), "4");
    let out = env.run(&["logs", "c1"]);
    assert_eq!(out.stdout, "out\n");
    assert_eq!(out.stderr, "err\n");
    env.ok(&["rm", "c1"]);
}

#[test]
fn stop_signal_reaches_a_handler() {
    let env = TestEnv::new();
    let img = image(&env);
    env.ok(&["run", "-d", "--name", "t", &img, "sh", "-c", "trap 'echo got-term; exit 7' TERM; while true; do sleep 0.1; done"]);
    env.ok(&["stop", "t"]);
    assert_eq!(env.ok(&["inspect", "-f", "{{.State.ExitCode}}", "t"]).trim(), "7");
    assert!(env.ok(&["logs", "t"]).contains("got-term"));
}

#[test]
fn killed_monitor_shows_exited() {
    let env = TestEnv::new();
    let img = image(&env);
    env.ok(&["run", "-d", "--name", "k", &img, "sleep", "4321"]);
    let sleeping = || -> usize {
        std::fs::read_dir("/proc")
            .into_iter()
            .flatten()
            .flatten()
            .filter(|e| std::fs::read(e.path().join("cmdline")).unwrap_or_default() == b"sleep\x004321\x00")
            .count()
    };
    assert_eq!(sleeping(), 1, "the container's process runs");
    let monitors = env.monitors();
    assert_eq!(monitors.len(), 1, "one monitor per running container");
    // SAFETY: plain syscall on the monitor this test started.
    unsafe { libc::kill(monitors[0], libc::SIGKILL) };
    std::thread::sleep(std::time::Duration::from_millis(300));
    let ps = env.ok(&["ps", "-a", "--format", "{{.Names}} {{.State}}"]);
    assert_eq!(ps.trim(), "k exited", "a container whose monitor died is not running");
    // Its process died with the monitor.
    assert!(env.ok(&["ps", "-q"]).trim().is_empty());
    assert_eq!(sleeping(), 0, "the container's process dies with its monitor");
    env.ok(&["rm", "k"]);
}

#[test]
fn restart_policy_on_failure() {
    let env = TestEnv::new();
    let img = image(&env);
    env.ok(&["run", "-d", "--name", "r", "--restart", "on-failure:2", &img, "sh", "-c", "exit 1"]);
    // Two restarts, then it stays exited.
    for _ in 0..100 {
        let s = env.ok(&["inspect", "-f", "{{.State.Status}} {{.RestartCount}}", "r"]);
        if s.trim() == "exited 2" {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    panic!("on-failure:2 did not end with 2 restarts: {}", env.ok(&["inspect", "-f", "{{.State.Status}} {{.RestartCount}}", "r"]));
}

#[test]
fn bad_input_is_refused_cleanly() {
    let env = TestEnv::new();
    let img = image(&env);
    env.ok(&["create", "--name", "dup", &img, "true"]);
    let err = env.fail(&["create", "--name", "dup", &img, "true"], 125);
    assert!(err.contains("already in use"), "{err}");
    let err = env.fail(&["run", "--pull", "never", "--rm", "localhost/nothing:here", "true"], 125);
    assert!(err.contains("nothing"), "{err}");
    let err = env.fail(&["run", "--rm", "--ulimit", "nofile=abc", &img, "true"], 125);
    assert!(err.contains("ulimit"), "{err}");
    let err = env.fail(&["run", "--rm", "--env-file", "/nonexistent/env", &img, "true"], 125);
    assert!(err.contains("/nonexistent/env"), "{err}");
    let err = env.fail(&["run", "--rm", "--restart", "always", &img, "true"], 125);
    assert!(err.contains("--rm"), "{err}");
    let names = env.ok(&["ps", "-a", "--format", "{{.Names}}"]);
    assert_eq!(lines(&names), ["dup"], "failed creates leave nothing behind");
}

#[test]
fn environment_workdir_entrypoint() {
    let env = TestEnv::new();
    let img = image(&env);
    let out = env.ok(&["run", "--rm", "-e", "A=1", "-w", "/tmp", &img, "sh", "-c", "echo $A $(pwd) $HOME"]);
    assert_eq!(out.trim(), "1 /tmp /root");
    assert_eq!(env.ok(&["run", "--rm", "--entrypoint", "echo", &img, "a", "b"]).trim(), "a b");
    // Everything after the image is the command's, flags too (docker's `run IMG -l`).
    assert_eq!(env.ok(&["run", "--rm", "--entrypoint", "echo", &img, "-e", "x", "--rm"]).trim(), "x --rm");
    let err = env.fail(&["run", "--rm", &img, "-l"], 127);
    assert!(err.contains("\"-l\""), "{err}");
    // A missing working directory is created, as docker does.
    assert_eq!(env.ok(&["run", "--rm", "-w", "/new/dir", &img, "pwd"]).trim(), "/new/dir");
}

#[test]
fn twenty_containers_at_once() {
    let env = TestEnv::new();
    let img = image(&env);
    let children: Vec<_> = (0..20).map(|i| (i, env.command(&["run", "--rm", &img, "echo", &format!("c{i}")]))).collect();
    let handles: Vec<_> = children
        .into_iter()
        .map(|(i, mut cmd)| {
            std::thread::spawn(move || {
                let out = cmd.output().expect("spawn dhow");
                (i, out)
            })
        })
        .collect();
    for h in handles {
        let (i, out) = h.join().expect("thread");
        assert!(out.status.success(), "container {i}: {}", String::from_utf8_lossy(&out.stderr));
        assert_eq!(String::from_utf8_lossy(&out.stdout), format!("c{i}\n"));
    }
    assert_eq!(env.ok(&["ps", "-a", "-q"]).trim(), "");
}

#[test]
fn rmi_of_an_image_used_by_a_container_is_refused() {
    let env = TestEnv::new();
    let img = image(&env);
    env.ok(&["create", "--name", "user", &img, "true"]);
    let err = env.fail(&["rmi", &img], 2);
    assert!(err.contains("container"), "the error says a container uses it: {err}");
    assert_eq!(lines(&env.ok(&["images", "-q"])).len(), 1, "the image is still there");
    env.ok(&["rm", "user"]);
    env.ok(&["rmi", &img]);
}

#[test]
fn init_forwards_signals_and_reaps() {
    let env = TestEnv::new();
    let img = image(&env);
    assert_eq!(env.ok(&["run", "--rm", "--init", &img, "sh", "-c", "echo $$"]).trim(), "2", "the command runs under the init");
    // Orphans are reaped: no zombie is left after a double fork.
    let z = env.ok(&["run", "--rm", "--init", &img, "sh", "-c", "(sleep 0.2 &); sleep 0.6; ps -o stat | grep -c Z || true"]);
    assert_eq!(z.trim(), "0", "zombies: {z}");
    // SIGTERM from stop reaches sleep through the init (137 would mean SIGKILL).
    env.ok(&["run", "-d", "--init", "--name", "i", &img, "sleep", "1000"]);
    env.ok(&["stop", "-t", "30", "i"]);
    assert_eq!(env.ok(&["inspect", "-f", "{{.State.ExitCode}}", "i"]).trim(), "143");
}

#[test]
fn foreground_run_proxies_signals() {
    let env = TestEnv::new();
    let img = image(&env);
    let mut cmd = env.command(&["run", "--rm", "--name", "sp", &img, "sh", "-c", "trap 'echo got-int; exit 5' INT; echo ready; while :; do sleep 0.1; done"]);
    cmd.stdout(std::process::Stdio::piped());
    let mut child = cmd.spawn().expect("start dhow run");
    let mut out = std::io::BufReader::new(child.stdout.take().expect("stdout"));
    let mut line = String::new();
    std::io::BufRead::read_line(&mut out, &mut line).expect("read");
    assert_eq!(line, "ready\n");
    // SAFETY: signalling the dhow process this test started.
    unsafe { libc::kill(child.id() as i32, libc::SIGINT) };
    let status = child.wait().expect("wait");
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut out, &mut rest).expect("read");
    assert_eq!(rest, "got-int\n");
    assert_eq!(status.code(), Some(5), "dhow exits with the container's code");
}

#[test]
fn logs_follow_a_live_container() {
    let env = TestEnv::new();
    let img = image(&env);
    env.ok(&["run", "-d", "--name", "f", &img, "sh", "-c", "echo one; sleep 1; echo two"]);
    let out = env.ok(&["logs", "-f", "f"]);
    assert_eq!(out, "one\ntwo\n", "-f follows until the container exits");
    let ts = env.ok(&["logs", "-t", "--tail", "1", "f"]);
    assert!(ts.trim_end().ends_with(" two") && ts.starts_with("20"), "-t prefixes an RFC 3339 time: {ts}");
}

#[test]
fn interactive_terminal_and_detach() {
    let env = TestEnv::new();
    let img = image(&env);
    let t = Tmux::start(&env, &["run", "-it", "--name", "tty", &img, "sh"]);
    t.wait_for("/ #");
    t.keys(&["tty; ls /dev/pts; stty size; echo $((6*7))", "Enter"]);
    let s = t.wait_for("42");
    // As docker: the terminal is the first pty of the container's own
    // devpts, listed in /dev/pts (not a pty of the host bound at /dev/console).
    assert!(s.contains("/dev/pts/0"), "tty names the container's pty: {s}");
    assert!(!s.contains("/dev/console"), "{s}");
    assert!(s.lines().any(|l| l.split_whitespace().any(|w| w == "0") && l.contains("ptmx")), "/dev/pts lists the pty: {s}");
    assert!(!s.contains("not a tty"), "{s}");
    assert!(s.contains("30 100"), "the window size follows the terminal: {s}");
    // Ctrl-C reaches the shell's foreground job, not dhow.
    t.keys(&["sleep 100", "Enter"]);
    std::thread::sleep(std::time::Duration::from_millis(300));
    t.keys(&["C-c"]);
    t.keys(&["echo after-$((1+1))", "Enter"]);
    t.wait_for("after-2");
    // Ctrl-P Ctrl-Q detaches; the container keeps running.
    t.keys(&["C-p", "C-q"]);
    for _ in 0..50 {
        if !t.alive() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    assert!(!t.alive(), "dhow run returned after the detach keys");
    assert!(env.ok(&["ps", "--format", "{{.Names}} {{.State}}"]).contains("tty running"));
    env.ok(&["rm", "-f", "tty"]);
}

#[test]
fn userns_keep_id_runs_as_the_users_own_ids() {
    let env = TestEnv::new();
    let img = image(&env);
    let out = env.ok(&["run", "--rm", "--userns", "keep-id", &img, "sh", "-c", "id -u; id -g; cat /proc/self/uid_map | wc -l"]);
    let want_uid = env.user.uid.to_string();
    let want_gid = env.user.gid.to_string();
    assert_eq!(lines(&out)[..2], [want_uid.as_str(), want_gid.as_str()], "{out}");
    // -u still wins.
    assert_eq!(env.ok(&["run", "--rm", "--userns", "keep-id", "-u", "0", &img, "id", "-u"]).trim(), "0");
    let err = env.fail(&["run", "--rm", "--userns", "nonsense", &img, "true"], 125);
    assert!(err.contains("userns"), "{err}");
}

#[test]
fn external_runtime_runs_the_same_bundle() {
    let Some(runc) = common::runc("the external runtime test") else { return };
    let env = TestEnv::new();
    let img = image(&env);
    let out = env.ok(&["run", "--rm", "--runtime", runc, &img, "sh", "-c", "echo $$; id -u; hostname; grep CapEff /proc/self/status"]);
    let l = lines(&out);
    assert_eq!(l[..2], ["1", "0"], "{out}");
    assert!(l[3].contains("00000000a80425fb"), "same capabilities as the built-in runtime: {out}");
    let out = env.run(&["run", "--rm", "--runtime", runc, &img, "sh", "-c", "exit 3"]);
    assert_eq!(out.code(), Some(3), "{}", out.describe());
    // Detached, stopped and removed through the monitor as usual.
    env.ok(&["run", "-d", "--name", "ext", "--runtime", runc, &img, "sleep", "1000"]);
    assert!(env.ok(&["ps", "--format", "{{.Names}} {{.State}}"]).contains("ext running"));
    env.ok(&["stop", "-t", "1", "ext"]);
    assert_eq!(env.ok(&["inspect", "-f", "{{.State.Status}}", "ext"]).trim(), "exited");
    env.ok(&["rm", "ext"]);
}

#[test]
fn run_options_take_effect() {
    let env = TestEnv::new();
    let img = image(&env);
    let out = env.ok(&["run", "--rm", "--ulimit", "nofile=1024:2048", &img, "sh", "-c", "ulimit -n; ulimit -Hn"]);
    assert_eq!(lines(&out), ["1024", "2048"]);
    let out = env.ok(&["run", "--rm", "--tmpfs", "/scratch:size=1m", &img, "sh", "-c", "grep ' /scratch ' /proc/mounts"]);
    assert!(out.starts_with("tmpfs /scratch tmpfs") && out.contains("size=1024k"), "{out}");
    let caps = env.ok(&["run", "--rm", "--cap-add", "SYS_ADMIN", &img, "grep", "CapEff", "/proc/self/status"]);
    assert!(caps.contains("00000000a82425fb"), "CAP_SYS_ADMIN (bit 21) added: {caps}");
    let cid = env.home().join("cid");
    let cid_s = cid.display().to_string();
    env.ok(&["run", "--cidfile", &cid_s, "--name", "labelled", "-l", "tier=web", "--stop-signal", "SIGUSR1", &img, "true"]);
    let id = std::fs::read_to_string(&cid).expect("cidfile written");
    assert!(is_hex(&id, 64), "{id}");
    let err = env.fail(&["run", "--cidfile", &cid_s, &img, "true"], 125);
    assert!(err.contains("cid"), "an existing cidfile is refused: {err}");
    let v = env.ok(&["inspect", "-f", "{{index .Config.Labels \"tier\"}} {{.Config.StopSignal}}", &id]);
    assert_eq!(v.trim(), "web SIGUSR1");
}

#[test]
fn log_rotation_and_json_file_driver() {
    let env = TestEnv::new();
    let img = image(&env);
    env.ok(&["run", "--name", "big", "--log-opt", "max-size=2k", &img, "sh", "-c", "i=0; while [ $i -lt 200 ]; do echo line-$i; i=$((i+1)); done"]);
    let logs = env.ok(&["logs", "big"]);
    assert!(logs.ends_with("line-199\n"), "the newest lines are kept");
    assert!(!logs.contains("line-0\n"), "old lines rotated away past max-size");
    env.ok(&["run", "--name", "j", "--log-driver", "json-file", &img, "echo", "hi"]);
    assert_eq!(env.ok(&["logs", "j"]), "hi\n");
    env.ok(&["run", "--name", "n", "--log-driver", "none", &img, "echo", "hi"]);
    let err = env.fail(&["logs", "n"], 125);
    assert!(err.contains("none"), "{err}");
}

#[test]
fn restart_always_until_stopped() {
    let env = TestEnv::new();
    let img = image(&env);
    env.ok(&["run", "-d", "--name", "a", "--restart", "always", &img, "sh", "-c", "sleep 0.2"]);
    let mut restarted = false;
    for _ in 0..100 {
        let n: u32 = env.ok(&["inspect", "-f", "{{.RestartCount}}", "a"]).trim().parse().unwrap_or(0);
        if n >= 2 {
            restarted = true;
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    assert!(restarted, "an always container is restarted after it exits");
    env.ok(&["stop", "-t", "1", "a"]);
    std::thread::sleep(std::time::Duration::from_millis(800));
    let s = env.ok(&["inspect", "-f", "{{.State.Status}}", "a"]);
    assert_eq!(s.trim(), "exited", "a stopped container stays stopped");
}

#[test]
fn commit_of_a_running_container_pauses_and_resumes_it() {
    let env = TestEnv::new();
    let img = image(&env);
    env.ok(&["run", "-d", "--name", "live", &img, "sh", "-c", "echo hi > /hello; sleep 1000"]);
    for _ in 0..100 {
        if env.run(&["exec", "live", "test", "-e", "/hello"]).success() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let id = env.ok(&["commit", "live", "snap:1"]);
    assert!(is_hex(last_line(&id), 64), "{id}");
    let ps = env.ok(&["ps", "--format", "{{.Names}} {{.Status}}"]);
    assert!(ps.starts_with("live Up") && !ps.contains("Paused"), "resumed after the commit: {ps}");
    assert_eq!(env.ok(&["run", "--rm", "snap:1", "cat", "/hello"]), "hi\n");
    env.ok(&["commit", "--pause=false", "live", "snap:2"]);
    env.ok(&["rm", "-f", "live"]);
}

/// `-t` without `-i` and without a terminal on our side: the container still
/// gets a pty of its own devpts (docker: `/dev/pts/0`), owned by the
/// process user, bound at `/dev/console`, also under `--init`; and an
/// external runtime (runc) still runs `-t` containers.
#[test]
fn terminal_is_the_containers_own_pty() {
    let env = TestEnv::new();
    let img = image(&env);
    let script = "tty; ls -ln /dev/pts/0; test -c /dev/console && echo console=yes; test -t 1 && echo stdout=tty";
    let out = env.ok(&["run", "--rm", "-t", "-u", "1000", &img, "sh", "-c", script]);
    assert!(out.contains("/dev/pts/0\r\n"), "{out:?}");
    let owner: Vec<&str> = out.lines().find(|l| l.starts_with('c')).map(|l| l.split_whitespace().collect()).unwrap_or_default();
    assert_eq!(owner.get(2), Some(&"1000"), "the pty belongs to the process user: {out:?}");
    assert!(out.contains("console=yes") && out.contains("stdout=tty"), "{out:?}");
    let out = env.ok(&["run", "--rm", "-t", "--init", &img, "tty"]);
    assert!(out.contains("/dev/pts/0"), "{out:?}");
    let Some(runc) = common::runc("the --runtime part") else { return };
    let out = env.ok(&["run", "--rm", "-t", "--runtime", runc, &img, "sh", "-c", "test -t 0 && echo stdin=tty; tty"]);
    assert!(out.contains("stdin=tty"), "{out:?}");
    assert!(out.contains("/dev/"), "{out:?}");
}

/// `--userns keep-id` with the default network: the runtime has the
/// container born in our network namespace before its own user namespace
/// cuts it off, so it has `eth0` and can publish a port, still running as
/// the user's own uid.
#[test]
fn userns_keep_id_has_the_network_and_publishes_ports() {
    use std::io::{Read, Write};
    let env = TestEnv::new();
    let img = image(&env);
    let out = env.ok(&["run", "--rm", "--userns", "keep-id", &img, "sh", "-c", "id -u; cat /proc/net/dev"]);
    assert_eq!(lines(&out)[0], env.user.uid.to_string(), "{out}");
    assert!(out.contains("eth0:") && out.contains("lo:"), "{out}");
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let publish = format!("127.0.0.1:{port}:8080");
    let script = "mkdir -p /tmp/www && echo keep-id-page > /tmp/www/index.html && exec httpd -f -p 8080 -h /tmp/www";
    env.ok(&["run", "-d", "--name", "kid", "--userns", "keep-id", "-p", &publish, &img, "sh", "-c", script]);
    // Retried while httpd starts; the deadline only bounds a hang.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    let mut answer = String::new();
    while std::time::Instant::now() < deadline && !answer.contains("keep-id-page") {
        if let Ok(mut s) = std::net::TcpStream::connect(("127.0.0.1", port)) {
            let _ = s.set_read_timeout(Some(std::time::Duration::from_secs(10)));
            let _ = s.write_all(b"GET / HTTP/1.0\r\nHost: x\r\n\r\n");
            answer.clear();
            let _ = s.read_to_string(&mut answer);
        }
        if !answer.contains("keep-id-page") {
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
    }
    let logs = env.run(&["logs", "kid"]);
    env.ok(&["rm", "-f", "kid"]);
    assert!(answer.contains("keep-id-page"), "the published port answers: {answer:?} {}", logs.describe());
}

/// A `--rm` container's root is a volatile overlay (no syncs of its upper
/// dir, which is thrown away), a kept container's is not; a restarted
/// `--rm` container (kept through it, as docker and podman do) mounts again
/// over the marker a volatile mount leaves; `rm -f -t 0` of a running `--rm`
/// container succeeds although it removes itself as it stops.
#[test]
fn a_disposable_container_root_skips_syncs_and_still_restarts() {
    let env = TestEnv::new();
    let img = image(&env);
    let pidfile = env.home().join("mon.pid");
    let pf = pidfile.display().to_string();
    let mount_options = |pidfile: &std::path::Path| -> String {
        let pid = std::fs::read_to_string(pidfile).unwrap().trim().to_string();
        let info = std::fs::read_to_string(format!("/proc/{pid}/mountinfo")).unwrap();
        info.lines().find(|l| l.contains(" overlay overlay ") && l.contains("upperdir=")).unwrap_or_default().to_string()
    };
    let id = env.ok(&["run", "--rm", "-d", "--name", "gone", "--conmon-pidfile", &pf, &img, "sleep", "1000"]).trim().to_string();
    assert!(mount_options(&pidfile).contains("volatile"), "{}", mount_options(&pidfile));
    env.ok(&["restart", "-t", "0", "gone"]);
    assert_eq!(env.ok(&["exec", "gone", "echo", "back"]).trim(), "back");
    assert!(env.ok(&["ps", "-q", "--no-trunc"]).contains(&id));
    env.ok(&["rm", "-f", "-t", "0", "gone"]);

    let kept = env.home().join("kept.pid");
    let kp = kept.display().to_string();
    env.ok(&["run", "-d", "--name", "kept", "--conmon-pidfile", &kp, &img, "sleep", "1000"]);
    let opts = mount_options(&kept);
    assert!(opts.contains("upperdir=") && !opts.contains("volatile"), "{opts}");
    env.ok(&["rm", "-f", "-t", "0", "kept"]);
}
