//! `dhow doctor` end to end: every check reported, and failing branches
//! reproduced on this host (no sub-ID ranges, XDG_RUNTIME_DIR unset or
//! another user's, no network helper on PATH), each with its fix.

mod common;

use common::TestEnv;
use serde_json::Value;

fn findings(stdout: &str) -> Vec<Value> {
    serde_json::from_str::<Value>(stdout).unwrap_or_else(|e| panic!("{e}: {stdout}")).as_array().cloned().unwrap_or_default()
}

fn find<'a>(all: &'a [Value], check: &str) -> &'a Value {
    all.iter().find(|f| f["Check"] == check).unwrap_or_else(|| panic!("no {check} in {all:?}"))
}

/// `doctor --format json` as prepared; its findings and exit code.
fn doctor(env: &TestEnv, adjust: impl FnOnce(&mut std::process::Command)) -> (Vec<Value>, Option<i32>) {
    let mut cmd = env.command(&["doctor", "--format", "json"]);
    adjust(&mut cmd);
    let out = env.run_command(cmd);
    (findings(&out.stdout), out.code())
}

#[test]
fn every_check_is_reported_and_failures_set_the_exit_status() {
    let env = TestEnv::new();
    let (all, code) = doctor(&env, |_| {});
    for check in [
        "sub-UIDs", "sub-GIDs", "newuidmap", "newgidmap", "user namespaces", "overlay", "devices", "network helper", "XDG_RUNTIME_DIR",
        "linger", "cgroups", "low ports", "storage", "registries.conf", "auth.json",
    ] {
        let f = find(&all, check);
        let status = f["Status"].as_str().unwrap();
        assert!(["OK", "WARN", "FAIL"].contains(&status), "{f}");
        assert_eq!(f["Fix"] == "", status == "OK", "a fix exactly when not OK: {f}");
    }
    let failed = all.iter().any(|f| f["Status"] == "FAIL");
    assert_eq!(code, Some(if failed { 1 } else { 0 }), "{all:?}");
    // The test user has its ranges (the harness set them up).
    assert_eq!(find(&all, "sub-UIDs")["Status"], "OK");
    assert_eq!(find(&all, "XDG_RUNTIME_DIR")["Status"], "OK");
    // The table says the same.
    let out = env.run(&["doctor"]);
    assert_eq!(out.code(), code);
    assert!(out.stdout.starts_with("CHECK") && out.stdout.contains("sub-UIDs") && out.stdout.contains("registries.conf"), "{}", out.stdout);
    let err = env.fail(&["doctor", "--format", "{{.Check}}"], 125);
    assert!(err.contains("invalid --format"), "{err}");
}

#[test]
fn runtime_dir_unset_or_another_users() {
    let env = TestEnv::new();
    let (all, _) = doctor(&env, |c| {
        c.env_remove("XDG_RUNTIME_DIR");
    });
    let f = find(&all, "XDG_RUNTIME_DIR");
    assert_eq!(f["Status"], "WARN", "{f}");
    assert!(f["Fix"].as_str().unwrap().starts_with("export XDG_RUNTIME_DIR=/run/user/"), "{f}");
    // The su/sudo case: a directory of another user (here root's).
    let theirs = tempfile::tempdir().unwrap();
    let path = theirs.path().display().to_string();
    let (all, code) = doctor(&env, |c| {
        c.env("XDG_RUNTIME_DIR", &path);
    });
    let f = find(&all, "XDG_RUNTIME_DIR");
    if unsafe { libc::geteuid() } == 0 {
        assert_eq!(f["Status"], "FAIL", "{f}");
        assert!(f["Message"].as_str().unwrap().contains("belongs to uid 0"), "{f}");
        assert!(f["Fix"].as_str().unwrap().contains("export XDG_RUNTIME_DIR=/run/user/"), "{f}");
        assert_eq!(code, Some(1));
    }
    let (all, _) = doctor(&env, |c| {
        c.env("XDG_RUNTIME_DIR", "/nonexistent/run");
    });
    assert_eq!(find(&all, "XDG_RUNTIME_DIR")["Status"], "FAIL");
}

#[test]
fn no_network_helper_on_path() {
    let env = TestEnv::new();
    let (all, code) = doctor(&env, |c| {
        c.env("PATH", "/nonexistent");
    });
    let f = find(&all, "network helper");
    assert_eq!(f["Status"], "FAIL", "{f}");
    assert!(f["Fix"].as_str().unwrap().contains("apt-get install slirp4netns"), "{f}");
    assert_eq!(code, Some(1));
}

#[test]
fn a_user_without_sub_id_ranges() {
    if unsafe { libc::geteuid() } != 0 {
        eprintln!("skipped: running doctor as another user (nobody) needs root");
        return;
    }
    let out = std::process::Command::new("setpriv")
        .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
        .arg(common::env::dhow_bin())
        .args(["doctor", "--format", "json"])
        .env_clear()
        .env("HOME", "/nonexistent")
        .env("PATH", "/usr/bin:/bin")
        .current_dir("/")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let all = findings(&String::from_utf8_lossy(&out.stdout));
    for check in ["sub-UIDs", "sub-GIDs"] {
        let f = find(&all, check);
        assert_eq!(f["Status"], "FAIL", "{f}");
        assert!(f["Message"].as_str().unwrap().contains("has no range for nobody"), "{f}");
        assert_eq!(f["Fix"], "sudo usermod --add-subuids 100000-165535 --add-subgids 100000-165535 nobody", "{f}");
    }
}
