//! What a pull leaves on disk: layers extracted with their owners mapped
//! into the user's subordinate range, special files intact, OCI whiteouts
//! turned into overlay whiteouts, and the right platform picked from an index.
//!
//! There is no `dhow run` to look inside an image yet, so the checks read the
//! store directly (as the harness user, who can read it all when root).

mod common;

use common::output::last_line;
use common::{host_arch, Fixture, TestEnv};
use std::ffi::CString;
use std::fs;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{FileTypeExt, MetadataExt};
use std::path::{Path, PathBuf};

fn pulled(f: impl Fn(&common::Fixtures) -> &Fixture) -> TestEnv {
    let env = TestEnv::new();
    let fx = f(env.fx());
    env.ok(&["pull", &fx.reference, "--tls-verify=false"]);
    env
}

/// The single path in the store ending with `rel`.
fn one(env: &TestEnv, rel: &str) -> PathBuf {
    let found = env.find_in_store(rel);
    assert_eq!(found.len(), 1, "expected exactly one {rel} in {}: {found:?}", env.store_dir().display());
    found.into_iter().next().unwrap_or_default()
}

fn lstat(p: &Path) -> fs::Metadata {
    fs::symlink_metadata(p).unwrap_or_else(|e| panic!("lstat {}: {e}", p.display()))
}

/// Value of extended attribute `name` on `path` (not following symlinks).
fn xattr(path: &Path, name: &str) -> Option<Vec<u8>> {
    let p = CString::new(path.as_os_str().as_bytes()).ok()?;
    let n = CString::new(name).ok()?;
    let mut buf = vec![0u8; 256];
    // SAFETY: valid NUL-terminated strings and a buffer of the given length.
    let len = unsafe { libc::lgetxattr(p.as_ptr(), n.as_ptr(), buf.as_mut_ptr().cast(), buf.len()) };
    if len < 0 {
        return None;
    }
    buf.truncate(len as usize);
    Some(buf)
}

#[test]
fn owners_map_into_the_subordinate_range() {
    let env = pulled(|f| &f.layers);
    let owned = lstat(&one(&env, "home/app/owned"));
    let u = env.user;
    assert_eq!(
        (owned.uid(), owned.gid()),
        (u.host_uid(1000), u.host_gid(1000)),
        "container 1000:1000 maps to subuid start {} + 999",
        u.subuid_start
    );
    let busybox = lstat(&one(&env, "bin/busybox"));
    assert_eq!((busybox.uid(), busybox.gid()), (u.uid, u.gid), "container root maps to the user");
}

#[test]
fn setuid_bit_is_kept() {
    let env = pulled(|f| &f.layers);
    let suid = lstat(&one(&env, "bin/suid"));
    assert_eq!(suid.mode() & 0o7777, 0o4755, "mode of /bin/suid: {:o}", suid.mode());
    assert_eq!(suid.uid(), env.user.uid, "owned by container root = the user");
}

#[test]
fn hard_links_and_symlinks() {
    let env = pulled(|f| &f.layers);
    let orig = lstat(&one(&env, "data/orig"));
    let hard = lstat(&one(&env, "data/hard"));
    assert_eq!(orig.nlink(), 2, "data/orig and data/hard are one file");
    assert_eq!(orig.ino(), hard.ino());
    let link = one(&env, "data/link");
    assert!(lstat(&link).file_type().is_symlink());
    assert_eq!(fs::read_link(&link).unwrap_or_default(), Path::new("orig"));
}

#[test]
fn whiteout_becomes_an_overlay_whiteout() {
    let env = pulled(|f| &f.layers);
    let motds = env.find_in_store("etc/motd");
    let (whiteouts, files): (Vec<_>, Vec<_>) = motds.iter().map(|p| (p, lstat(p))).partition(|(_, m)| m.file_type().is_char_device());
    assert_eq!(whiteouts.len(), 1, "one whiteout for etc/motd: {motds:?}");
    assert_eq!(whiteouts[0].1.rdev(), 0, "overlay whiteouts are char device 0/0");
    assert_eq!(files.len(), 1, "the base layer keeps its etc/motd: {motds:?}");
    assert!(env.find_in_store("etc/.wh.motd").is_empty(), "OCI whiteout files are not extracted as such");
}

#[test]
fn opaque_dir_gets_the_overlay_xattr() {
    let env = pulled(|f| &f.layers);
    let new = one(&env, "opaque/new");
    let dir = new.parent().unwrap_or(Path::new("/"));
    assert_eq!(xattr(dir, "user.overlay.opaque").as_deref(), Some(&b"y"[..]), "{} must be marked opaque", dir.display());
    assert!(env.find_in_store("opaque/.wh..wh..opq").is_empty(), "the opaque marker file is not extracted as such");
    // The lower (uncompressed) layer still has what the opaque dir hides.
    one(&env, "opaque/old");
    one(&env, "opaque/olddir/x");
}

#[test]
fn every_compression_is_extracted() {
    let env = pulled(|f| &f.layers);
    assert_eq!(fs::read_to_string(one(&env, "zstd-file")).unwrap_or_default(), "zstd layer\n");
    let f = &env.fx().layers;
    let layers = env.ok(&["image", "inspect", "-f", "{{json .RootFS.Layers}}", &f.reference]);
    let got: Vec<String> = serde_json::from_str(layers.trim()).unwrap_or_else(|e| panic!("{e}: {layers}"));
    assert_eq!(got, f.image().diff_ids, "gzip, plain, gzip and zstd layers, in order");
}

fn arch_pulled(extra: &[&str]) -> (TestEnv, String) {
    let env = TestEnv::new();
    let f = &env.fx().multiarch;
    let mut args = vec!["pull", f.reference.as_str(), "--tls-verify=false"];
    args.extend_from_slice(extra);
    let out = env.ok(&args);
    (env, last_line(&out).to_string())
}

fn arch_in_store(env: &TestEnv) -> String {
    fs::read_to_string(one(env, "arch")).unwrap_or_default().trim().to_string()
}

#[test]
fn multiarch_pull_picks_this_machine() {
    let (env, id) = arch_pulled(&[]);
    assert_eq!(arch_in_store(&env), host_arch());
    assert_eq!(id, env.fx().multiarch.for_arch(host_arch()).id());
}

#[test]
fn multiarch_pull_with_arch() {
    let other = common::output::other_arch();
    let (env, id) = arch_pulled(&["--arch", other]);
    assert_eq!(arch_in_store(&env), other);
    assert_eq!(id, env.fx().multiarch.for_arch(other).id());
    let arch = env.ok(&["image", "inspect", "-f", "{{.Architecture}}", &env.fx().multiarch.reference]);
    assert_eq!(arch.trim(), other);
}

#[test]
fn multiarch_pull_with_platform() {
    let other = common::output::other_arch();
    let (env, id) = arch_pulled(&["--platform", &format!("linux/{other}")]);
    assert_eq!(arch_in_store(&env), other);
    assert_eq!(id, env.fx().multiarch.for_arch(other).id());
}
