//! Health checks end to end, as the unprivileged test user: the container's
//! monitor runs the checks (`--health-*` flags and the image's
//! HEALTHCHECK), inspect's State.Health, ps status and filters, events on
//! transitions, `healthcheck run`, `wait --condition`, and each
//! `--health-on-failure` action with the restart policy. Intervals are
//! short; state changes are polled for with a generous deadline, never
//! timed.

mod common;

use common::TestEnv;
use std::time::{Duration, Instant};

/// The busybox fixture, pulled into `env`; returns its reference.
fn image(env: &TestEnv) -> String {
    let f = &env.fx().busybox;
    env.ok(&["pull", "-q", &f.reference]);
    f.reference.clone()
}

fn inspect(env: &TestEnv, name: &str, template: &str) -> String {
    env.ok(&["inspect", "-f", template, name]).trim().to_string()
}

fn health(env: &TestEnv, name: &str) -> String {
    inspect(env, name, "{{.State.Health.Status}}")
}

/// Polls `f` until it holds; fails after a generous deadline with `what`.
fn wait_until(what: &str, mut f: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while !f() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn wait_health(env: &TestEnv, name: &str, status: &str) {
    wait_until(&format!("{name} to be {status}"), || health(env, name) == status);
}

/// The `health_status` events of container `name` since `since` (Unix seconds).
fn health_events(env: &TestEnv, name: &str, since: &str) -> Vec<String> {
    let until = (chrono::Utc::now().timestamp() + 1).to_string();
    let out = env.ok(&[
        "events", "--since", since, "--until", &until, "--filter", "event=health_status", "--filter", &format!("container={name}"),
        "--format", "{{.Attributes.health_status}}",
    ]);
    out.lines().map(str::to_string).collect()
}

fn ps_names(env: &TestEnv, filter: &str) -> Vec<String> {
    let out = env.ok(&["ps", "-a", "--filter", filter, "--format", "{{.Names}}"]);
    let mut v: Vec<String> = out.lines().map(str::to_string).collect();
    v.sort();
    v
}

#[test]
fn starting_healthy_unhealthy_with_start_period_retries_ps_and_events() {
    let env = TestEnv::new();
    let img = image(&env);
    let since = chrono::Utc::now().timestamp().to_string();
    // Failures in the (long) start period do not count: starting until a success.
    env.ok(&[
        "run", "-d", "--name", "c", "--health-cmd", "test -e /tmp/ok", "--health-interval", "300ms", "--health-start-period", "1h",
        "--health-start-interval", "200ms", "--health-retries", "2", &img, "sleep", "1000",
    ]);
    env.ok(&["run", "-d", "--name", "plain", &img, "sleep", "1000"]);
    assert_eq!(health(&env, "c"), "starting");
    wait_until("a few failed checks", || inspect(&env, "c", "{{len .State.Health.Log}}") != "0");
    assert_eq!(health(&env, "c"), "starting");
    assert_eq!(inspect(&env, "c", "{{.State.Health.FailingStreak}}"), "0");
    assert!(env.ok(&["ps", "--filter", "name=c", "--format", "{{.Status}}"]).contains("(health: starting)"));
    assert_eq!(ps_names(&env, "health=starting"), ["c"]);
    assert_eq!(ps_names(&env, "health=none"), ["plain"]);

    env.ok(&["exec", "c", "touch", "/tmp/ok"]);
    wait_health(&env, "c", "healthy");
    assert_eq!(inspect(&env, "c", "{{.State.Health.FailingStreak}}"), "0");
    let status = env.ok(&["ps", "--filter", "name=c", "--format", "{{.Status}}"]);
    assert!(status.starts_with("Up ") && status.trim_end().ends_with("(healthy)"), "{status}");
    assert_eq!(ps_names(&env, "health=healthy"), ["c"]);

    // After a success the start period is over: 2 failures make it unhealthy.
    env.ok(&["exec", "c", "rm", "/tmp/ok"]);
    wait_health(&env, "c", "unhealthy");
    let streak: u32 = inspect(&env, "c", "{{.State.Health.FailingStreak}}").parse().unwrap();
    assert!(streak >= 2, "{streak}");
    assert!(env.ok(&["ps", "--filter", "name=c", "--format", "{{.Status}}"]).trim_end().ends_with("(unhealthy)"));
    assert_eq!(ps_names(&env, "health=unhealthy"), ["c"]);
    assert!(ps_names(&env, "health=healthy").is_empty());
    // The newest log entry (the log is oldest first and keeps 5; under load
    // its first entry may still be one of the successes).
    let log: serde_json::Value = serde_json::from_str(&inspect(&env, "c", "{{json .State.Health.Log}}")).unwrap();
    let last = log.as_array().and_then(|l| l.last()).expect("a health log entry").to_string();
    for key in ["\"Start\"", "\"End\"", "\"ExitCode\":1", "\"Output\""] {
        assert!(last.contains(key), "{last}");
    }
    // Let a few more failures happen: no more events, the log keeps 5.
    wait_until("more failures", || inspect(&env, "c", "{{.State.Health.FailingStreak}}").parse::<u32>().unwrap() >= 6);
    assert_eq!(inspect(&env, "c", "{{len .State.Health.Log}}"), "5");
    assert_eq!(health_events(&env, "c", &since), ["healthy", "unhealthy"]);

    // `healthcheck run`: the check now, exit 1 while failing, 0 once it passes.
    let out = env.run(&["healthcheck", "run", "c"]);
    assert_eq!(out.code(), Some(1), "{}", out.describe());
    assert_eq!(out.stdout.trim(), "unhealthy");
    env.ok(&["exec", "c", "touch", "/tmp/ok"]);
    assert_eq!(env.ok(&["healthcheck", "run", "c"]), "");
    assert_eq!(health(&env, "c"), "healthy", "the status is updated by the check");
    // A failed check's verdict is unhealthy (whatever the streak).
    env.ok(&["exec", "c", "rm", "/tmp/ok"]);
    let out = env.run(&["healthcheck", "run", "c"]);
    assert_eq!((out.code(), out.stdout.trim()), (Some(1), "unhealthy"), "{}", out.describe());
    let err = env.fail(&["healthcheck", "run", "plain"], 125);
    assert!(err.contains("no defined healthcheck"), "{err}");
    env.ok(&["rm", "-f", "c", "plain"]);
}

#[test]
fn timeout_output_limit_and_exec_context() {
    let env = TestEnv::new();
    let img = image(&env);
    // A check that runs past its timeout fails with docker's message.
    env.ok(&[
        "run", "-d", "--name", "slow", "--health-cmd", "sleep 30", "--health-timeout", "300ms", "--health-interval", "200ms",
        "--health-retries", "1", &img, "sleep", "1000",
    ]);
    // Output beyond 4096 bytes is cut, with "..." as docker marks it.
    env.ok(&[
        "run", "-d", "--name", "loud", "--health-cmd", "head -c 5000 /dev/zero | tr '\\0' x", "--health-interval", "200ms", &img,
        "sleep", "1000",
    ]);
    // The check runs as an exec would: the container's user, env and workdir.
    env.ok(&[
        "run", "-d", "--name", "ctx", "-u", "1234", "-w", "/tmp", "-e", "HC=yes",
        "--health-cmd", r#"["CMD", "sh", "-c", "echo $(id -u) $HC $(pwd) $(hostname)"]"#, "--health-interval", "200ms",
        "--hostname", "boxhost", &img, "sleep", "1000",
    ]);
    wait_health(&env, "slow", "unhealthy");
    let log = inspect(&env, "slow", "{{json (index .State.Health.Log 0)}}");
    assert!(log.contains("\"ExitCode\":-1") && log.contains("Health check exceeded timeout (300ms)"), "{log}");
    // The killed check leaves nothing behind but possibly the one running now.
    wait_until("a few timed-out checks", || inspect(&env, "slow", "{{.State.Health.FailingStreak}}").parse::<u32>().unwrap() >= 3);
    let ps = env.ok(&["exec", "slow", "ps", "-o", "args"]);
    assert!(ps.matches("sleep 30").count() <= 1, "{ps}");

    wait_health(&env, "loud", "healthy");
    let out = inspect(&env, "loud", "{{(index .State.Health.Log 0).Output}}");
    assert_eq!(out.len(), 4096 + 3, "{out}");
    assert!(out.starts_with("xxxx") && out.ends_with("x..."));

    wait_health(&env, "ctx", "healthy");
    assert_eq!(inspect(&env, "ctx", "{{(index .State.Health.Log 0).Output}}"), "1234 yes /tmp boxhost");
    assert_eq!(inspect(&env, "ctx", "{{json .Config.Healthcheck.Test}}"), r#"["CMD","sh","-c","echo $(id -u) $HC $(pwd) $(hostname)"]"#);
    env.ok(&["rm", "-f", "slow", "loud", "ctx"]);
}

/// A build context with only a Dockerfile, readable by the test user.
fn build(env: &TestEnv, tag: &str, dockerfile: &str) {
    use std::os::unix::fs::PermissionsExt;
    let dir = env.home().join(format!("ctx-{tag}"));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("Dockerfile"), dockerfile).unwrap();
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    std::fs::set_permissions(dir.join("Dockerfile"), std::fs::Permissions::from_mode(0o644)).unwrap();
    env.ok(&["build", "-q", "-t", tag, &dir.display().to_string()]);
}

#[test]
fn image_healthcheck_is_inherited_overridden_and_disabled() {
    let env = TestEnv::new();
    let img = image(&env);
    build(&env, "checked", &format!("FROM {img}\nHEALTHCHECK --interval=200ms --retries=1 CMD test -e /tmp/ok || exit 1\n"));
    build(&env, "unchecked", "FROM localhost/checked\nHEALTHCHECK NONE\n");
    env.ok(&["run", "-d", "--name", "inherit", "checked", "sleep", "1000"]);
    wait_health(&env, "inherit", "unhealthy");
    assert_eq!(inspect(&env, "inherit", "{{.Config.Healthcheck.Interval}}"), "200000000");
    // The user's command, the image's timing.
    env.ok(&["run", "-d", "--name", "override", "--health-cmd", "true", "checked", "sleep", "1000"]);
    wait_health(&env, "override", "healthy");
    assert_eq!(inspect(&env, "override", "{{json .Config.Healthcheck}}"), r#"{"Test":["CMD-SHELL","true"],"Interval":200000000,"Retries":1}"#);
    // --no-healthcheck and HEALTHCHECK NONE: no check, no State.Health.
    env.ok(&["run", "-d", "--name", "off", "--no-healthcheck", "checked", "sleep", "1000"]);
    env.ok(&["run", "-d", "--name", "none", "unchecked", "sleep", "1000"]);
    for name in ["off", "none"] {
        assert_eq!(inspect(&env, name, "{{json .State.Health}}"), "null", "{name}");
        let err = env.fail(&["healthcheck", "run", name], 125);
        assert!(err.contains("no defined healthcheck"), "{err}");
    }
    assert_eq!(ps_names(&env, "health=none"), ["none", "off"]);
    env.ok(&["rm", "-f", "inherit", "override", "off", "none"]);
}

#[test]
fn wait_conditions() {
    let env = TestEnv::new();
    let img = image(&env);
    env.ok(&["create", "--name", "w", "--health-cmd", "true", "--health-interval", "200ms", &img, "sleep", "1000"]);
    let mut waiter = env.command(&["wait", "--condition", "healthy", "w"]);
    waiter.stdout(std::process::Stdio::piped());
    let waiter = waiter.spawn().unwrap();
    env.ok(&["start", "w"]);
    let out = waiter.wait_with_output().unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "-1");
    assert_eq!(health(&env, "w"), "healthy");
    assert_eq!(env.ok(&["wait", "--condition", "running", "w"]).trim(), "-1");
    env.ok(&["kill", "w"]);
    assert_eq!(env.ok(&["wait", "--condition", "exited", "w"]).trim(), "137");
    assert_eq!(env.ok(&["wait", "--condition", "stopped", "w"]).trim(), "137");
    // A stopped container's health is unhealthy, as docker marks it.
    assert_eq!(health(&env, "w"), "unhealthy");
    assert_eq!(ps_names(&env, "health=unhealthy"), ["w"]);
    let err = env.fail(&["wait", "--condition", "bogus", "w"], 125);
    assert!(err.contains("'bogus'") && err.contains("healthy, unhealthy"), "names the bad value and the valid ones: {err}");
    env.ok(&["run", "-d", "--name", "nohc", &img, "sleep", "1000"]);
    let err = env.fail(&["wait", "--condition", "healthy", "nohc"], 125);
    assert!(err.contains("no defined healthcheck"), "{err}");
    env.ok(&["rm", "-f", "w", "nohc"]);
}

#[test]
fn bad_health_flags_are_clear_errors() {
    let env = TestEnv::new();
    let img = image(&env);
    for (args, want) in [
        (vec!["--health-cmd", "true", "--health-interval", "5"], "missing unit in duration"),
        (vec!["--health-cmd", "true", "--health-interval", "-1s"], "--health-interval cannot be negative"),
        (vec!["--health-cmd", "true", "--health-timeout", "soon"], "invalid duration"),
        (vec!["--health-cmd", "true", "--health-retries", "-1"], "--health-retries cannot be negative"),
        (vec!["--health-cmd", "true", "--health-retries", "x"], "--health-retries"),
        (vec!["--health-cmd", "true", "--health-on-failure", "bogus"], "invalid --health-on-failure"),
        (vec!["--no-healthcheck", "--health-cmd", "true"], "conflicts"),
        (vec!["--health-cmd", "[\"CMD\""], "invalid --health-cmd"),
        (vec!["--health-on-failure", "kill"], "needs a health check"),
        (vec!["--no-healthcheck", "--health-on-failure", "stop"], "needs a health check"),
    ] {
        let mut a = vec!["create"];
        a.extend(args);
        a.push(&img);
        let err = env.fail(&a, 125);
        assert!(err.contains(want), "{a:?}: {err}");
    }
    assert_eq!(env.ok(&["ps", "-aq"]), "", "nothing was created");
    env.ok(&["create", "--name", "stopped", "--health-cmd", "true", &img]);
    let err = env.fail(&["healthcheck", "run", "stopped"], 125);
    assert!(err.contains("is not running"), "{err}");
    let err = env.fail(&["healthcheck", "run", "missing"], 125);
    assert!(err.contains("missing"), "{err}");
}

fn restarts(env: &TestEnv, name: &str) -> u32 {
    inspect(env, name, "{{.RestartCount}}").parse().unwrap()
}

#[test]
fn on_failure_actions_and_restart_policy() {
    let env = TestEnv::new();
    let img = image(&env);
    let failing = |name: &str, action: &str, extra: &[&str]| {
        let mut a = vec![
            "run", "-d", "--name", name, "--stop-timeout", "1", "--health-cmd", "exit 1", "--health-interval", "200ms", "--health-retries", "1",
            "--health-on-failure", action,
        ];
        a.extend_from_slice(extra);
        a.extend_from_slice(&[img.as_str(), "sleep", "1000"]);
        env.ok(&a);
    };
    failing("k", "kill", &[]);
    // (--init: a plain `sleep` as PID 1 would ignore the stop signal.)
    failing("s", "stop", &["--restart", "always", "--init"]);
    failing("r", "restart", &[]);
    failing("ka", "kill", &["--restart", "always"]);
    failing("n", "none", &[]);
    assert_eq!(inspect(&env, "k", "{{.Config.HealthcheckOnFailureAction}}"), "kill");
    // kill: SIGKILL, as if the process died.
    assert_eq!(env.ok(&["wait", "k"]).trim(), "137");
    // stop: the stop signal, and the restart policy does not bring it back.
    assert_eq!(env.ok(&["wait", "s"]).trim(), "143");
    // restart: started again whatever the policy, counted.
    wait_until("r to be restarted", || restarts(&env, "r") >= 1);
    // kill with --restart always: the policy restarts it.
    wait_until("ka to be restarted", || restarts(&env, "ka") >= 1);
    wait_until("r to be running again", || inspect(&env, "r", "{{.State.Status}}") == "running");
    wait_health(&env, "n", "unhealthy");
    std::thread::sleep(Duration::from_millis(500));
    assert_eq!(inspect(&env, "n", "{{.State.Status}}"), "running", "none: nothing done");
    assert_eq!(inspect(&env, "s", "{{.State.Status}}"), "exited");
    assert_eq!(restarts(&env, "s"), 0);
    assert_eq!(inspect(&env, "k", "{{.State.Status}}"), "exited");
    env.ok(&["rm", "-f", "k", "s", "r", "ka", "n"]);
}

#[test]
fn a_killed_monitor_leaves_a_consistent_unhealthy_exited_container() {
    let env = TestEnv::new();
    let img = image(&env);
    env.ok(&["run", "-d", "--name", "k9", "--health-cmd", "true", "--health-interval", "200ms", &img, "sleep", "1000"]);
    wait_health(&env, "k9", "healthy");
    for pid in env.monitors() {
        // SAFETY: plain kill(2) on a monitor (or its check helper) this test started.
        unsafe { libc::kill(pid, libc::SIGKILL) };
    }
    wait_until("k9 to be exited", || inspect(&env, "k9", "{{.State.Status}}") == "exited");
    assert_eq!(health(&env, "k9"), "unhealthy");
    let log: usize = inspect(&env, "k9", "{{len .State.Health.Log}}").parse().unwrap();
    assert!((1..=5).contains(&log), "{log}");
    let status = env.ok(&["ps", "-a", "--filter", "name=k9", "--format", "{{.Status}}"]);
    assert!(status.starts_with("Exited") && !status.contains("health"), "{status}");
    // It starts again with fresh checks: never the last run's status.
    env.ok(&["start", "k9"]);
    assert_ne!(health(&env, "k9"), "unhealthy");
    wait_health(&env, "k9", "healthy");
    env.ok(&["rm", "-f", "k9"]);
}
