//! Checks the e2e harness itself, independently of dhow: the registry starts,
//! every fixture is built and pushed and reads back with skopeo, the test
//! user can use its env, and rootless ID mapping works on this machine.
//! If this fails, every other e2e failure is suspect.

mod common;

use common::{fixtures, oci, Fixture, TestEnv};
use serde_json::Value;
use std::process::Command;

fn skopeo_inspect(reference: &str, raw: bool) -> Value {
    let mut cmd = Command::new("skopeo");
    cmd.args(["--insecure-policy", "inspect", "--tls-verify=false"]);
    if raw {
        cmd.arg("--raw");
    }
    cmd.arg(format!("docker://{reference}"));
    let out = cmd.output().expect("running skopeo inspect");
    assert!(out.status.success(), "skopeo inspect {reference} failed: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("skopeo inspect {reference}: not JSON: {e}"))
}

fn check_manifest(f: &Fixture) {
    let raw = skopeo_inspect(&f.reference, true);
    assert_eq!(raw["mediaType"], oci::MT_MANIFEST, "{}: {raw}", f.reference);
    let layers: Vec<&str> = raw["layers"].as_array().expect("layers").iter().filter_map(|l| l["digest"].as_str()).collect();
    let want: Vec<&str> = f.image().layers.iter().map(|l| l.digest.as_str()).collect();
    assert_eq!(layers, want, "{}: layers pushed as built", f.reference);
    assert_eq!(raw["config"]["digest"], f.image().config.digest.as_str(), "{}", f.reference);
    let info = skopeo_inspect(&f.reference, false);
    assert_eq!(info["Digest"], f.digest.as_str(), "{}: manifest digest preserved", f.reference);
}

fn check_index(f: &Fixture) {
    let raw = skopeo_inspect(&f.reference, true);
    assert_eq!(raw["mediaType"], oci::MT_INDEX, "{}: {raw}", f.reference);
    let archs: Vec<&str> =
        raw["manifests"].as_array().expect("manifests").iter().filter_map(|m| m["platform"]["architecture"].as_str()).collect();
    let want: Vec<&str> = f.images.iter().map(|i| i.arch.as_str()).collect();
    assert_eq!(archs, want, "{}", f.reference);
    for img in &f.images {
        let by_digest = format!("{}@{}", f.repo, img.manifest.digest);
        let m = skopeo_inspect(&by_digest, true);
        assert_eq!(m["config"]["digest"], img.config.digest.as_str(), "{by_digest}");
    }
}

#[test]
fn harness_selfcheck() {
    let fx = fixtures();
    for f in [&fx.busybox, &fx.busybox_short, &fx.layers, &fx.escape, &fx.symlink_escape, &fx.corrupt, &fx.truncated] {
        check_manifest(f);
    }
    for f in [&fx.multiarch, &fx.noplatform] {
        check_index(f);
    }
    assert_eq!(fx.multiarch.images[0].arch, common::host_arch());

    let media: Vec<&str> = fx.layers.image().layers.iter().map(|l| l.media_type.as_str()).collect();
    assert_eq!(media, [oci::MT_LAYER_GZIP, oci::MT_LAYER_TAR, oci::MT_LAYER_GZIP, oci::MT_LAYER_ZSTD]);

    // The damaged blobs really are damaged on disk.
    for (f, why) in [(&fx.corrupt, "same length, other bytes"), (&fx.truncated, "half the length")] {
        let layer = &f.image().layers[0];
        let bytes = std::fs::read(fx.registry.blob_path(&layer.digest)).expect("reading damaged blob");
        assert_ne!(oci::sha256(&bytes), layer.digest, "{} blob must be damaged ({why})", f.reference);
    }
    let corrupt = std::fs::metadata(fx.registry.blob_path(&fx.corrupt.image().layers[0].digest)).expect("corrupt blob");
    assert_eq!(corrupt.len(), fx.corrupt.image().layers[0].size);
    assert!(!fx.escape_marker.exists() && !fx.symlink_marker.exists());

    // The env works for its user.
    let env = TestEnv::new();
    let id = env.run_command(env.exec("id", &["-u"]));
    assert!(id.success(), "{}", id.describe());
    assert_eq!(id.stdout.trim(), env.user.uid.to_string());
    for dir in [env.home(), env.data_dir(), env.config_dir(), env.runtime_dir()] {
        let touch = env.run_command(env.exec("touch", &[dir.join("probe")]));
        assert!(touch.success(), "test user cannot write {}: {}", dir.display(), touch.describe());
    }
    let bin = common::env::dhow_bin();
    let x = env.run_command(env.exec("test", &["-x".as_ref(), bin.as_os_str()]));
    assert!(x.success(), "test user cannot execute {}", bin.display());
    let conf = std::fs::read_to_string(env.config_dir().join("containers/registries.conf")).expect("registries.conf");
    assert!(conf.contains(&format!("\"{}\"", fx.registry.addr())), "{conf}");

    // dhow's rootless mapping (0 → user, 1.. → subuid range) can be set up
    // by this user on this machine.
    let u = env.user;
    let mapped = env.run_command(env.exec(
        "unshare",
        &[
            "--map-root-user".to_string(),
            format!("--map-users={},1,65536", u.subuid_start),
            format!("--map-groups={},1,65536", u.subgid_start),
            "cat".into(),
            "/proc/self/uid_map".into(),
        ],
    ));
    assert!(mapped.success(), "rootless user namespace unavailable: {}", mapped.describe());
    assert!(mapped.stdout.contains(&format!("{}", u.subuid_start)), "uid_map lacks the subuid range: {}", mapped.stdout);
}
