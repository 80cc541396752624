//! Bad input and hostile registries: every failure exits 125 with an
//! `Error:` that names what failed, and leaves no image (and no file outside
//! the store) behind.

mod common;

use common::registry::{closed_port, htpasswd_available, Credentials, Registry};
use common::{Fixture, TestEnv};

/// Pull `reference`, expect exit 125, a non-empty `Error:` message and an
/// empty image list afterwards. Returns stderr.
fn pull_fails(env: &TestEnv, reference: &str) -> String {
    let err = env.fail(&["pull", reference, "--tls-verify=false"], 125);
    assert!(err.contains("Error"), "stderr carries an `Error:` line:\n{err}");
    let left = env.ok(&["images", "-q"]);
    assert!(left.trim().is_empty(), "a failed pull of {reference} must leave no image, found:\n{left}");
    err
}

fn fixture_fails(env: &TestEnv, f: &Fixture) -> String {
    pull_fails(env, &f.reference)
}

#[test]
fn malformed_reference() {
    let env = TestEnv::new();
    let err = pull_fails(&env, "UPPER/Case");
    assert!(err.contains("UPPER/Case"), "error names the reference:\n{err}");
}

#[test]
fn unknown_host() {
    let env = TestEnv::new();
    let err = pull_fails(&env, "nonexistent.invalid/x");
    assert!(err.contains("nonexistent.invalid"), "error names the host:\n{err}");
}

#[test]
fn connection_refused() {
    let env = TestEnv::new();
    let addr = format!("127.0.0.1:{}", closed_port());
    let err = pull_fails(&env, &format!("{addr}/demo/busybox:latest"));
    assert!(err.contains(&addr), "error names the registry {addr}:\n{err}");
    let lower = err.to_lowercase();
    assert!(lower.contains("refused") || lower.contains("connect"), "error says the connection failed:\n{err}");
}

#[test]
fn manifest_unknown() {
    let env = TestEnv::new();
    let reference = format!("{}/demo/busybox:nope", env.fx().registry.addr());
    let err = pull_fails(&env, &reference);
    assert!(err.contains("nope"), "error names the tag:\n{err}");
    let lower = err.to_lowercase();
    assert!(lower.contains("not found") || lower.contains("manifest unknown"), "error says the tag does not exist:\n{err}");
}

#[test]
fn no_matching_platform() {
    let env = TestEnv::new();
    let err = fixture_fails(&env, &env.fx().noplatform);
    assert!(
        err.contains(common::host_arch()) || err.to_lowercase().contains("platform"),
        "error says which platform is missing:\n{err}"
    );
}

#[test]
fn digest_mismatch() {
    let env = TestEnv::new();
    let err = fixture_fails(&env, &env.fx().corrupt);
    assert!(err.to_lowercase().contains("digest"), "error says the digest did not match:\n{err}");
}

#[test]
fn truncated_layer() {
    let env = TestEnv::new();
    fixture_fails(&env, &env.fx().truncated);
}

#[test]
fn path_escape_is_refused() {
    let env = TestEnv::new();
    let fx = env.fx();
    fixture_fails(&env, &fx.escape);
    assert!(!fx.escape_marker.exists(), "{} was written outside the store", fx.escape_marker.display());
    let name = fx.escape_marker.file_name().and_then(|n| n.to_str()).unwrap_or_default();
    let found = env.find_named(name);
    assert!(found.is_empty(), "`..` entries escaped the layer: {found:?}");
}

#[test]
fn symlink_escape_is_refused() {
    let env = TestEnv::new();
    let fx = env.fx();
    fixture_fails(&env, &fx.symlink_escape);
    assert!(!fx.symlink_marker.exists(), "{} was written through a symlink", fx.symlink_marker.display());
}

#[test]
fn registry_requiring_login() {
    if !htpasswd_available() {
        eprintln!("skipped: htpasswd (apache2-utils) is not installed");
        return;
    }
    let creds = Credentials { user: "dhow".into(), password: "s3cret-e2e".into() };
    let reg = Registry::start(Some(&creds)).unwrap_or_else(|e| panic!("starting a registry with auth: {e}"));
    let f = common::fixtures::push_busybox(&reg, "private/busybox", Some(&creds)).unwrap_or_else(|e| panic!("{e}"));
    let env = TestEnv::new();

    let err = fixture_fails(&env, &f);
    assert!(err.to_lowercase().contains("auth"), "error says authentication is required:\n{err}");

    let auth = |user: &str, pass: &str| {
        use base64::Engine as _;
        let token = base64::engine::general_purpose::STANDARD.encode(format!("{user}:{pass}"));
        env.write_config("containers/auth.json", &serde_json::json!({"auths": {reg.addr(): {"auth": token}}}).to_string());
    };
    auth(&creds.user, "wrong");
    let err = fixture_fails(&env, &f);
    assert!(err.to_lowercase().contains("auth"), "error says the credentials were refused:\n{err}");

    auth(&creds.user, &creds.password);
    let out = env.ok(&["pull", &f.reference, "--tls-verify=false"]);
    assert_eq!(common::output::last_line(&out), f.id());
}

/// Unmounts a test's tmpfs even when the test fails.
struct Unmount(std::path::PathBuf);

impl Drop for Unmount {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount").arg("-l").arg(&self.0).status();
    }
}

#[test]
fn disk_full_during_extraction() {
    if !nix::unistd::geteuid().is_root() {
        eprintln!("skipped: needs root to mount a small tmpfs as a full disk");
        return;
    }
    let env = TestEnv::new();
    let f = &env.fx().busybox;
    let disk = env.root.join("small-disk");
    std::fs::create_dir(&disk).expect("mkdir");
    // Room for the compressed blob (~1 MB) but not for the extracted busybox.
    let status = std::process::Command::new("mount")
        .args(["-t", "tmpfs", "-o"])
        .arg(format!("size=1200k,mode=0755,uid={},gid={}", env.user.uid, env.user.gid))
        .arg("tmpfs")
        .arg(&disk)
        .status()
        .expect("running mount");
    assert!(status.success(), "mounting a tmpfs at {}", disk.display());
    let _guard = Unmount(disk.clone());
    let root = disk.join("store").display().to_string();
    let err = env.fail(&["--root", &root, "pull", &f.reference, "--tls-verify=false"], 125);
    assert!(err.contains("No space left on device") || err.to_lowercase().contains("space"), "error says the disk is full:\n{err}");
    assert_eq!(env.ok(&["--root", &root, "images", "-q"]).trim(), "", "no image after a failed pull");
    let mut leftovers = Vec::new();
    fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let p = e.path();
            if e.file_type().map(|t| t.is_dir()).unwrap_or(false) {
                walk(&p, out);
            } else if p.file_name().is_some_and(|n| n == "busybox" || n == "layer.json") {
                out.push(p);
            }
        }
    }
    walk(&disk, &mut leftovers);
    assert!(leftovers.is_empty(), "no half-extracted layer is left: {leftovers:?}");
}
