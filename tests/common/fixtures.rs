//! The fixture images every e2e test pulls, built here from Debian's
//! busybox-static and pushed with skopeo (the real peer tool) into the shared
//! registry once per test process.
//!
//! | reference              | what it is                                              |
//! |------------------------|---------------------------------------------------------|
//! | `demo/busybox:latest`  | one gzip layer: busybox, applet links, passwd with `app` |
//! | `busybox:latest`       | the same image, for short-name resolution               |
//! | `demo/layers:latest`   | busybox + uncompressed + gzip (owners, setuid, links, whiteouts) + zstd layer |
//! | `demo/multiarch:latest`| index: this machine's arch and one other; `/arch` names it |
//! | `bad/escape:latest`    | layer entry `../…` climbing out of the rootfs            |
//! | `bad/symlink-escape`   | symlink `evil -> /tmp`, then a file `evil/…`             |
//! | `bad/corrupt:latest`   | layer blob overwritten in the registry (same length)     |
//! | `bad/truncated:latest` | layer blob cut to half in the registry                   |
//! | `bad/noplatform:latest`| index with only a platform this machine is not           |

use super::oci::{BuiltImage, Compression, ImageSpec, Layer, LayerBuilder, Layout};
use super::output::{host_arch, other_arch};
use super::proc;
use super::registry::{Credentials, Registry};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;
use std::time::Duration;

const BUSYBOX: &str = "/bin/busybox";

/// One pushed fixture.
#[derive(Debug, Clone)]
pub struct Fixture {
    /// Full reference: `127.0.0.1:PORT/demo/busybox:latest`.
    pub reference: String,
    /// Repository as `dhow images` shows it: `127.0.0.1:PORT/demo/busybox`.
    pub repo: String,
    pub tag: String,
    /// Digest of what the tag points to (manifest, or index for multi-arch).
    pub digest: String,
    /// The image(s): one, or one per platform of an index (this machine's first).
    pub images: Vec<BuiltImage>,
}

impl Fixture {
    /// The (first) image: the only one, or this machine's platform.
    pub fn image(&self) -> &BuiltImage {
        &self.images[0]
    }

    /// Image ID (64 hex) of the (first) image.
    pub fn id(&self) -> String {
        self.image().id()
    }

    pub fn short_id(&self) -> String {
        self.id()[..12].to_string()
    }

    pub fn for_arch(&self, arch: &str) -> &BuiltImage {
        self.images
            .iter()
            .find(|i| i.arch == arch)
            .unwrap_or_else(|| panic!("fixture {} has no {arch} image", self.reference))
    }

    /// `repo@digest`, as in `RepoDigests`.
    pub fn repo_digest(&self) -> String {
        format!("{}@{}", self.repo, self.digest)
    }
}

/// Every fixture, pushed to [`Fixtures::registry`].
pub struct Fixtures {
    pub registry: &'static Registry,
    pub busybox: Fixture,
    /// The busybox image again as `busybox:latest`, for `dhow pull busybox`.
    pub busybox_short: Fixture,
    pub layers: Fixture,
    pub multiarch: Fixture,
    pub escape: Fixture,
    pub symlink_escape: Fixture,
    pub corrupt: Fixture,
    pub truncated: Fixture,
    pub noplatform: Fixture,
    /// Host path `bad/escape` tries to create (must never exist).
    pub escape_marker: PathBuf,
    /// Host path `bad/symlink-escape` tries to create (must never exist).
    pub symlink_marker: PathBuf,
}

/// The shared registry with every fixture pushed (built on first use).
pub fn fixtures() -> &'static Fixtures {
    static FIXTURES: OnceLock<Result<Fixtures, String>> = OnceLock::new();
    let result = FIXTURES.get_or_init(|| {
        // A panic inside would leave the cell empty and make every test
        // rebuild; record it once instead.
        std::panic::catch_unwind(build_all).unwrap_or_else(|p| {
            Err(p.downcast_ref::<String>().cloned().or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string())).unwrap_or_default())
        })
    });
    match result {
        Ok(f) => f,
        Err(e) => panic!("building the e2e fixtures failed: {e}"),
    }
}

fn build_all() -> Result<Fixtures, String> {
    let registry = Registry::shared();
    let work = tempfile::Builder::new().prefix("dhow-e2e-fixtures-").tempdir_in("/tmp").map_err(|e| e.to_string())?;
    let w = work.path();
    let port = registry.port();
    let escape_marker = PathBuf::from(format!("/tmp/dhow-e2e-escaped-{port}"));
    let symlink_marker = PathBuf::from(format!("/tmp/dhow-e2e-pwned-{port}"));
    // Left over from an earlier run on the same port: not this run's doing.
    let _ = fs::remove_file(&escape_marker);
    let _ = fs::remove_file(&symlink_marker);

    let built = single(w, "busybox", ImageSpec::new(host_arch(), vec![busybox_layer().clone()]));
    let busybox = push(registry, &built, "demo/busybox", None)?;
    let busybox_short = push(registry, &built, "busybox", None)?;

    let built = single(w, "layers", ImageSpec::new(host_arch(), layers_layers()));
    let layers = push(registry, &built, "demo/layers", None)?;

    let built = index(w, "multiarch", &[host_arch(), other_arch()]);
    let multiarch = push(registry, &built, "demo/multiarch", None)?;

    let noplatform_arch = if host_arch() == "s390x" { "riscv64" } else { "s390x" };
    let built = index(w, "noplatform", &[noplatform_arch]);
    let noplatform = push(registry, &built, "bad/noplatform", None)?;

    let escape_name = escape_marker.file_name().and_then(|n| n.to_str()).unwrap_or_default();
    let mut b = LayerBuilder::new();
    b.raw_file(&format!("{}{}", "../".repeat(16), escape_marker.display().to_string().trim_start_matches('/')), b"escaped\n");
    b.raw_file(&format!("../{escape_name}"), b"escaped\n");
    let built = single(w, "escape", ImageSpec::new(host_arch(), vec![b.finish(Compression::Gzip)]));
    let escape = push(registry, &built, "bad/escape", None)?;

    let mut b = LayerBuilder::new();
    let marker_dir = symlink_marker.parent().and_then(|p| p.to_str()).unwrap_or("/tmp");
    let marker_name = symlink_marker.file_name().and_then(|n| n.to_str()).unwrap_or_default();
    b.symlink("evil", marker_dir).file(&format!("evil/{marker_name}"), 0o644, b"pwned\n");
    let built = single(w, "symlink-escape", ImageSpec::new(host_arch(), vec![b.finish(Compression::Gzip)]));
    let symlink_escape = push(registry, &built, "bad/symlink-escape", None)?;

    // Uncompressed, so the damaged blob is still a well-formed tar and only
    // the digest check can notice.
    let mut b = LayerBuilder::new();
    b.file("corrupt.txt", 0o644, &b"dhow corrupt fixture\n".repeat(200));
    let built = single(w, "corrupt", ImageSpec::new(host_arch(), vec![b.finish(Compression::None)]));
    let corrupt = push(registry, &built, "bad/corrupt", None)?;
    damage(registry, &corrupt, |bytes| {
        // Tar data of the only entry starts after its 512-byte header.
        for b in &mut bytes[512..512 + 1024] {
            *b = b'X';
        }
    })?;

    let mut b = LayerBuilder::new();
    b.file("truncated.bin", 0o644, &pseudo_random(256 * 1024, 7));
    let built = single(w, "truncated", ImageSpec::new(host_arch(), vec![b.finish(Compression::Gzip)]));
    let truncated = push(registry, &built, "bad/truncated", None)?;
    damage(registry, &truncated, |bytes| {
        let half = bytes.len() / 2;
        bytes.truncate(half);
    })?;

    Ok(Fixtures {
        registry,
        busybox,
        busybox_short,
        layers,
        multiarch,
        escape,
        symlink_escape,
        corrupt,
        truncated,
        noplatform,
        escape_marker,
        symlink_marker,
    })
}

/// The busybox layer (built once: compressing it is the slow part).
pub fn busybox_layer() -> &'static Layer {
    static LAYER: OnceLock<Layer> = OnceLock::new();
    LAYER.get_or_init(|| {
        let bin = fs::read(BUSYBOX).unwrap_or_else(|e| panic!("reading {BUSYBOX}: {e} (install busybox-static)"));
        let list = Command::new(BUSYBOX).arg("--list").output().unwrap_or_else(|e| panic!("{BUSYBOX} --list: {e}"));
        let mut applets: Vec<String> =
            String::from_utf8_lossy(&list.stdout).lines().map(str::trim).filter(|a| !a.is_empty() && *a != "busybox").map(String::from).collect();
        applets.sort();
        applets.dedup();
        let mut b = LayerBuilder::new();
        b.dir("bin", 0o755).file("bin/busybox", 0o755, &bin);
        for a in &applets {
            b.symlink(&format!("bin/{a}"), "busybox");
        }
        b.dir("dev", 0o755)
            .dir("etc", 0o755)
            .file("etc/passwd", 0o644, b"root:x:0:0:root:/root:/bin/sh\napp:x:1000:1000:app:/home/app:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n")
            .file("etc/group", 0o644, b"root:x:0:\napp:x:1000:\nnobody:x:65534:\n")
            .file("etc/motd", 0o644, b"dhow test image\n")
            .dir("home", 0o755)
            .dir_owned("home/app", 0o755, 1000, 1000)
            .dir("proc", 0o555)
            .dir("root", 0o700)
            .dir("sys", 0o555)
            .dir("tmp", 0o1777);
        b.finish(Compression::Gzip).created_by("/bin/sh -c #(nop) ADD file:busybox-static in / ")
    })
}

/// busybox, then an uncompressed layer, a gzip layer with every special
/// entry kind, and a zstd layer.
fn layers_layers() -> Vec<Layer> {
    let mut plain = LayerBuilder::new();
    plain.dir("opaque", 0o755).file("opaque/old", 0o644, b"old\n").dir("opaque/olddir", 0o755).file("opaque/olddir/x", 0o644, b"x\n");

    let mut special = LayerBuilder::new();
    special
        .dir_owned("home/app", 0o755, 1000, 1000)
        .file_owned("home/app/owned", 0o644, 1000, 1000, b"owned by app\n")
        .dir("bin", 0o755)
        .file("bin/suid", 0o4755, b"#!/bin/sh\necho suid\n")
        .dir("data", 0o755)
        .file("data/orig", 0o644, b"original\n")
        .hardlink("data/hard", "data/orig")
        .symlink("data/link", "orig")
        .dir("opaque", 0o755)
        .file("opaque/.wh..wh..opq", 0o644, b"")
        .file("opaque/new", 0o644, b"new\n")
        .dir("etc", 0o755)
        .file("etc/.wh.motd", 0o644, b"");

    let mut z = LayerBuilder::new();
    z.file("zstd-file", 0o644, b"zstd layer\n");

    vec![
        busybox_layer().clone(),
        plain.finish(Compression::None),
        special.finish(Compression::Gzip),
        z.finish(Compression::Zstd),
    ]
}

/// A tiny image per arch whose `/arch` names it.
fn arch_image(arch: &str) -> ImageSpec {
    let mut b = LayerBuilder::new();
    b.file("arch", 0o644, format!("{arch}\n").as_bytes());
    let mut spec = ImageSpec::new(arch, vec![b.finish(Compression::Gzip)]);
    spec.cmd = vec!["cat".into(), "/arch".into()];
    spec
}

/// A fixture written into an OCI layout, ready to push.
struct Built {
    layout: Layout,
    images: Vec<BuiltImage>,
    /// What the `latest` tag points to: the manifest, or the index.
    digest: String,
}

fn single(work: &Path, name: &str, spec: ImageSpec) -> Built {
    let mut layout = Layout::create(&work.join(name));
    let img = layout.image(&spec);
    layout.tag(&img.manifest, "latest");
    Built { layout, digest: img.manifest.digest.clone(), images: vec![img] }
}

fn index(work: &Path, name: &str, archs: &[&str]) -> Built {
    let mut layout = Layout::create(&work.join(name));
    let images: Vec<BuiltImage> = archs.iter().map(|a| layout.image(&arch_image(a))).collect();
    let idx = layout.index(&images, "linux");
    layout.tag(&idx, "latest");
    Built { layout, images, digest: idx.digest }
}

/// Pushes a built fixture to `registry` as `repo:latest` with skopeo.
fn push(registry: &Registry, built: &Built, repo: &str, creds: Option<&Credentials>) -> Result<Fixture, String> {
    let reference = format!("{}/{repo}:latest", registry.addr());
    let mut cmd = Command::new("skopeo");
    cmd.args(["--insecure-policy", "copy", "--quiet", "--all", "--preserve-digests", "--dest-tls-verify=false"]);
    if let Some(c) = creds {
        cmd.arg(format!("--dest-creds={}:{}", c.user, c.password));
    }
    cmd.arg(format!("oci:{}:latest", built.layout.dir.display())).arg(format!("docker://{reference}"));
    let done = proc::run_bounded(cmd, Duration::from_secs(120))?;
    if !done.status.success() {
        return Err(format!(
            "skopeo could not push {reference}: {}\nregistry log:\n{}",
            String::from_utf8_lossy(&done.stderr),
            registry.log()
        ));
    }
    Ok(Fixture {
        repo: format!("{}/{repo}", registry.addr()),
        tag: "latest".into(),
        reference,
        digest: built.digest.clone(),
        images: built.images.clone(),
    })
}

/// Builds the busybox image and pushes it to `registry` as `repo:latest`
/// (for tests with a registry of their own, e.g. one that needs a login).
pub fn push_busybox(registry: &Registry, repo: &str, creds: Option<&Credentials>) -> Result<Fixture, String> {
    let work = tempfile::Builder::new().prefix("dhow-e2e-push-").tempdir_in("/tmp").map_err(|e| e.to_string())?;
    let built = single(work.path(), "busybox", ImageSpec::new(host_arch(), vec![busybox_layer().clone()]));
    push(registry, &built, repo, creds)
}

/// Rewrites the stored blob of `fixture`'s only layer with `f`, and checks it
/// no longer matches its digest.
fn damage(registry: &Registry, fixture: &Fixture, f: impl FnOnce(&mut Vec<u8>)) -> Result<(), String> {
    let digest = &fixture.image().layers[0].digest;
    let path = registry.blob_path(digest);
    let mut bytes = fs::read(&path).map_err(|e| format!("reading pushed blob {}: {e}", path.display()))?;
    f(&mut bytes);
    fs::write(&path, &bytes).map_err(|e| format!("damaging {}: {e}", path.display()))?;
    if super::oci::sha256(&bytes) == *digest {
        return Err(format!("damaging {} left its digest unchanged", path.display()));
    }
    Ok(())
}

/// Deterministic incompressible bytes (xorshift), so a gzip layer is large
/// enough that cutting it in half loses real data.
fn pseudo_random(len: usize, seed: u64) -> Vec<u8> {
    let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect()
}
