//! podman's build flags that act after the stages or around RUN steps:
//! `--format docker` media types, `--unsetenv`, `--squash-all`,
//! `--timestamp`, `--omit-history`, `--output`, `--manifest`, and RUN's
//! `/etc/hosts`, `resolv.conf` and the mount points secrets and `-v` need.

use super::{commit_config, fsops, BuildMore, Builder, Output, State};
use crate::engine::Engine;
use crate::image::digest::Digest;
use crate::image::layer::{apply_layer, write_layer, ApplyOptions, WhiteoutMode, WriteOptions};
use crate::image::manifest as m;
use crate::image::store::{Store, TempDir};
use anyhow::{Context, Result};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicI64, Ordering};

/// `--timestamp` of the build running in this process (`i64::MIN`: none).
static TIMESTAMP: AtomicI64 = AtomicI64::new(i64::MIN);

pub(crate) fn set_timestamp(ts: Option<i64>) {
    TIMESTAMP.store(ts.unwrap_or(i64::MIN), Ordering::Relaxed);
}

/// The build's `--timestamp`, if given.
pub(crate) fn timestamp() -> Option<i64> {
    let t = TIMESTAMP.load(Ordering::Relaxed);
    (t != i64::MIN).then_some(t)
}

/// A created time: `--timestamp` when given, else now.
pub(crate) fn created_now() -> String {
    let t = timestamp()
        .and_then(|s| chrono::DateTime::<chrono::Utc>::from_timestamp(s, 0))
        .unwrap_or_else(chrono::Utc::now);
    t.to_rfc3339_opts(chrono::SecondsFormat::Nanos, true)
}

/// A layer's media type in the manifest of the chosen format.
pub(crate) fn layer_media_type(t: &str, docker: bool) -> &str {
    match (docker, t) {
        (true, "application/vnd.oci.image.layer.v1.tar+gzip") => m::DOCKER_LAYER_GZIP,
        (true, "application/vnd.oci.image.layer.v1.tar") => "application/vnd.docker.image.rootfs.diff.tar",
        (false, m::DOCKER_LAYER_GZIP) => "application/vnd.oci.image.layer.v1.tar+gzip",
        (false, "application/vnd.docker.image.rootfs.diff.tar") => "application/vnd.oci.image.layer.v1.tar",
        _ => t,
    }
}

/// Sets the mtime of everything under `dir` (not following symlinks) to `ts`.
pub(crate) fn set_mtimes(dir: &Path, ts: i64) {
    let t = libc::timespec { tv_sec: ts, tv_nsec: 0 };
    let times = [t, t];
    let mut stack = vec![dir.to_path_buf()];
    let mut dirs = Vec::new();
    while let Some(d) = stack.pop() {
        if let Ok(rd) = std::fs::read_dir(&d) {
            for e in rd.flatten() {
                let p = e.path();
                if e.file_type().is_ok_and(|t| t.is_dir()) {
                    stack.push(p);
                } else {
                    touch(&p, &times);
                }
            }
        }
        dirs.push(d);
    }
    // Directories last, deepest first: touching a child changes nothing, but
    // the order keeps it obviously right.
    for d in dirs.iter().rev() {
        touch(d, &times);
    }
}

fn touch(p: &Path, times: &[libc::timespec; 2]) {
    use std::os::unix::ffi::OsStrExt;
    if let Ok(c) = std::ffi::CString::new(p.as_os_str().as_bytes()) {
        // SAFETY: c is a valid C string and times points to two timespecs.
        unsafe { libc::utimensat(libc::AT_FDCWD, c.as_ptr(), times.as_ptr(), libc::AT_SYMLINK_NOFOLLOW) };
    }
}

/// Removes what the runtime created in `upper` only as mount points for
/// `dests` (secrets, `-v` binds, devices): empty files and dirs the lower
/// layers do not have, with the empty parents it had to make for them.
pub(crate) fn prune_mount_points(upper: &Path, dests: &[String], lower_has: impl Fn(&str) -> bool) {
    for d in dests {
        let mut rel = d.trim_start_matches('/').to_string();
        while !rel.is_empty() && !lower_has(&rel) {
            let p = upper.join(&rel);
            let Ok(md) = std::fs::symlink_metadata(&p) else { break };
            let removed = if md.is_dir() {
                std::fs::remove_dir(&p).is_ok()
            } else if md.is_file() && md.len() == 0 {
                std::fs::remove_file(&p).is_ok()
            } else {
                false
            };
            if !removed {
                break;
            }
            rel = match rel.rsplit_once('/') {
                Some((parent, _)) => parent.to_string(),
                None => String::new(),
            };
        }
    }
}

/// RUN's /etc/hosts: dhow's lines and `--add-host`s.
pub(crate) fn hosts_file(hostname: &str, more: &BuildMore) -> String {
    let mut s = format!("127.0.0.1\tlocalhost localhost.localdomain\n::1\tlocalhost ip6-localhost ip6-loopback\n127.0.1.1\t{hostname}\n");
    for h in &more.add_hosts {
        if let Some((name, ip)) = h.split_once(':') {
            s.push_str(&format!("{ip}\t{name}\n"));
        }
    }
    s
}

/// RUN's resolv.conf: the host's, with `--dns`, `--dns-search` and
/// `--dns-option` replacing its parts (`--dns none`: empty).
pub(crate) fn resolv_conf(more: &BuildMore) -> String {
    let host = std::fs::read_to_string("/etc/resolv.conf").unwrap_or_default();
    if more.dns.is_empty() && more.dns_search.is_empty() && more.dns_options.is_empty() {
        return host;
    }
    if more.dns.iter().any(|d| d == "none") {
        return String::new();
    }
    let pick = |key: &str| -> Vec<String> {
        host.lines()
            .filter_map(|l| l.trim().strip_prefix(key))
            .filter(|r| r.starts_with(char::is_whitespace))
            .flat_map(|r| r.split_whitespace().map(String::from).collect::<Vec<_>>())
            .collect()
    };
    let or_host = |given: &[String], key: &str| if given.is_empty() { pick(key) } else { given.to_vec() };
    let mut s = String::new();
    let search = or_host(&more.dns_search, "search");
    if !search.is_empty() && search != ["."] {
        s.push_str(&format!("search {}\n", search.join(" ")));
    }
    for ns in or_host(&more.dns, "nameserver") {
        s.push_str(&format!("nameserver {ns}\n"));
    }
    let opts = or_host(&more.dns_options, "options");
    if !opts.is_empty() {
        s.push_str(&format!("options {}\n", opts.join(" ")));
    }
    s
}

impl Builder<'_> {
    /// The stage's whole root filesystem as one tar file in a temp dir.
    fn flat_tar(&mut self, state: &State) -> Result<(TempDir, PathBuf)> {
        self.ensure_mount_ns()?;
        let tmp = self.store.temp_dir()?;
        let merged = tmp.path().join("merged");
        std::fs::create_dir(&merged)?;
        std::fs::create_dir(tmp.path().join("empty"))?;
        let ids: Vec<Digest> = state.layers.iter().map(|l| l.diff_id.clone()).collect();
        fsops::mount_overlay(&self.store, &ids, None, &merged, &tmp.path().join("empty"))?;
        let tar = tmp.path().join("rootfs.tar");
        let r = std::fs::File::create(&tar)
            .map_err(anyhow::Error::from)
            .and_then(|f| write_layer(&merged, std::io::BufWriter::new(f), &WriteOptions::default()));
        fsops::unmount(&merged);
        r.context("archiving the image's root filesystem")?;
        Ok((tmp, tar))
    }
}

fn extract(tar: &Path, dest: &Path) -> Result<()> {
    let mut o = ApplyOptions::for_current_user();
    o.whiteouts = WhiteoutMode::Remove;
    let f = std::fs::File::open(tar)?;
    apply_layer(std::io::BufReader::new(f), dest, &o).map(|_| ())
}

/// After the target stage: `--unsetenv`, `--squash-all`, `--timestamp`,
/// `--omit-history`, then `--output`.
pub(crate) fn finish_image(store: &Store, mut state: State, more: &BuildMore, b: &mut Builder) -> Result<State> {
    let mut changed = false;
    if !more.unsetenv.is_empty() {
        if let Some(env) = &mut state.config.config.env {
            env.retain(|e| !more.unsetenv.iter().any(|k| e.split('=').next() == Some(k.as_str())));
        }
        changed = true;
    }
    if more.squash_all {
        let (tmp, tar) = b.flat_tar(&state)?;
        let dir = tmp.path().join("flat");
        std::fs::create_dir(&dir)?;
        extract(&tar, &dir).context("--squash-all: flattening the layers")?;
        if let Some(ts) = timestamp() {
            set_mtimes(&dir, ts);
        }
        let layer = fsops::commit_layer(store, &dir)?;
        state.layers = vec![layer];
        state.config.history.clear();
        state = commit_config(store, state, "/bin/sh -c #(nop) squash-all".into(), false)?;
    }
    if timestamp().is_some() {
        state.config.created = Some(created_now());
        changed = true;
    }
    if more.omit_history {
        state.config.history.clear();
        changed = true;
    }
    if changed {
        state.id = store.put_blob(&serde_json::to_vec(&state.config)?, None)?;
    }
    match &more.output {
        None => {}
        Some(Output::Dir(dest)) => {
            let (_tmp, tar) = b.flat_tar(&state)?;
            std::fs::create_dir_all(dest).with_context(|| format!("--output: creating {}", dest.display()))?;
            extract(&tar, dest).with_context(|| format!("--output: writing the root filesystem into {}", dest.display()))?;
        }
        Some(Output::Tar(dest)) => {
            let (_tmp, tar) = b.flat_tar(&state)?;
            let mut src = std::fs::File::open(&tar)?;
            let mut f = std::fs::File::create(dest).with_context(|| format!("--output: creating {}", dest.display()))?;
            std::io::copy(&mut src, &mut f).with_context(|| format!("--output: writing {}", dest.display()))?;
        }
    }
    Ok(state)
}

/// `--manifest LIST`: adds the built image to the list, creating it first.
pub(crate) fn add_to_manifest(engine: &Engine, list: &str, id: &Digest) -> Result<()> {
    use crate::engine::manifests;
    let opts = manifests::AddOptions::default();
    let image = id.to_string();
    if manifests::find(engine, list).is_ok() {
        manifests::add(engine, list, &image, &opts)?;
    } else {
        manifests::create(engine, list, &[image], &opts, true)?;
    }
    Ok(())
}
