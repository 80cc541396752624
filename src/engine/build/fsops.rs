//! The builder's filesystem work: overlay mounts of a stage's layers,
//! copying files into a root (resolved inside it, never following a link
//! out of it), and turning an overlay upper dir into a stored layer.

use crate::image::digest::{Digest, HashingWriter};
use crate::image::layer::{self, WriteOptions};
use crate::image::store::{LayerRecord, LayerSlot, Store};
use crate::util::fsat::{self, cvt, open_at_in_root};
use anyhow::{anyhow, bail, Context, Result};
use std::ffi::CString;
use std::fs::File;
use std::io::{self, Write};
use std::os::fd::{AsRawFd, OwnedFd, RawFd};
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};

pub const LAYER_MEDIA_TYPE: &str = "application/vnd.oci.image.layer.v1.tar+gzip";

pub use crate::sys::overlay::{private_mount_namespace, unmount};

/// Mounts `layers` (bottom first) at `target`: with `upper`/`work` writable,
/// else a read-only view. An empty layer list uses `empty` as the lowerdir.
pub fn mount_overlay(store: &Store, layers: &[Digest], upper: Option<(&Path, &Path)>, target: &Path, empty: &Path) -> Result<()> {
    crate::sys::overlay::mount(&store.root().join("layers"), &crate::engine::containers::rootfs::hexes(layers), upper, target, empty).context("mounting the build's overlay")
}

/// Removes the mount points the runtime had to create in the upper dir
/// (empty `/etc/hosts`, `/proc`, ...) when the image did not have them, so
/// a RUN step's layer holds only what the command changed.
pub fn prune_runtime_artifacts(upper: &Path, lower_has: impl Fn(&str) -> bool) {
    for f in [
        "etc/hosts",
        "etc/hostname",
        "etc/resolv.conf",
        ".dockerenv",
        "run/.containerenv",
    ] {
        let p = upper.join(f);
        if let Ok(m) = std::fs::symlink_metadata(&p) {
            if m.is_file() && m.len() == 0 && !lower_has(f) {
                let _ = std::fs::remove_file(&p);
            }
        }
    }
    for d in [
        "proc",
        "sys",
        "dev",
        "dev/pts",
        "dev/shm",
        "dev/mqueue",
        "etc",
        "run",
    ] {
        let p = upper.join(d);
        if !lower_has(d) && std::fs::read_dir(&p).is_ok_and(|mut r| r.next().is_none()) {
            let _ = std::fs::remove_dir(&p);
        }
    }
}

/// Stores the upper dir `dir` as a layer: the tar (with whiteouts) is
/// hashed for the diff ID and gzipped into a blob in one pass, then the dir
/// itself becomes the extracted layer (renamed, not copied).
pub fn commit_layer(store: &Store, dir: &Path) -> Result<LayerRecord> {
    let blob = store.blob_writer()?;
    let gz = crate::util::gzip::GzipWriter::new(HashingWriter::new(blob))
        .context("compressing the layer")?;
    let mut tar_hash = HashingWriter::new(gz);
    layer::write_layer(dir, &mut tar_hash, &WriteOptions::default())
        .context("archiving the step's changes")?;
    let (diff_id, size, gz) = tar_hash.finish();
    let (_, blob_size, blob) = gz.finish().context("compressing the layer")?.finish();
    let blob_digest = blob.commit(None)?;
    match store.begin_layer(&diff_id)? {
        LayerSlot::Present(_) => {}
        LayerSlot::Fresh(tx) => {
            let dest = tx.diff_path();
            std::fs::remove_dir(&dest).with_context(|| format!("preparing {}", dest.display()))?;
            std::fs::rename(dir, &dest).with_context(|| format!("storing layer {diff_id}"))?;
            tx.commit(size)?;
        }
    }
    Ok(LayerRecord {
        diff_id,
        blob: Some(blob_digest),
        media_type: LAYER_MEDIA_TYPE.into(),
        blob_size,
        size,
    })
}

fn cstr(s: &[u8]) -> Result<CString> {
    CString::new(s).map_err(|_| anyhow!("path contains a NUL byte"))
}

/// Ownership and mode for what COPY/ADD create.
#[derive(Debug, Clone, Copy, Default)]
pub struct Attrs {
    pub uid: u32,
    pub gid: u32,
    /// `--chmod`: replaces the mode of copied files and dirs.
    pub chmod: Option<u32>,
}

/// A destination root (the mounted overlay of the stage).
pub struct Root {
    file: File,
}

impl Root {
    pub fn open(path: &Path) -> Result<Root> {
        Ok(Root {
            file: File::open(path).with_context(|| format!("opening {}", path.display()))?,
        })
    }

    /// Opens (creating missing components, as root:root 0755 or with
    /// `created`) the directory `path`, resolved inside the root.
    pub fn ensure_dir(&self, path: &str, created: Option<Attrs>) -> Result<OwnedFd> {
        self.ensure_dir_depth(path, created, 0)
    }

    fn ensure_dir_depth(&self, path: &str, created: Option<Attrs>, depth: u32) -> Result<OwnedFd> {
        if depth > 40 {
            bail!("creating {path}: too many levels of symbolic links");
        }
        let mut cur = String::from("/");
        let mut fd = open_at_in_root(&self.file, Path::new("/"), libc::O_DIRECTORY)
            .context("opening the build root")?;
        let comps: Vec<&str> = path
            .split('/')
            .filter(|c| !c.is_empty() && *c != ".")
            .collect();
        for (k, comp) in comps.iter().enumerate() {
            let comp = *comp;
            let next = if cur == "/" {
                format!("/{comp}")
            } else {
                format!("{cur}/{comp}")
            };
            match open_at_in_root(&self.file, Path::new(&next), libc::O_DIRECTORY) {
                Ok(f) => fd = f,
                Err(e) if e.raw_os_error() == Some(libc::ENOENT) => {
                    let name = cstr(comp.as_bytes())?;
                    // A dangling symlink: create what it points to (inside the root).
                    if let Ok(target) =
                        nix::fcntl::readlinkat(Some(fd.as_raw_fd()), name.as_c_str())
                    {
                        let t = target.to_string_lossy().into_owned();
                        let base = if t.starts_with('/') {
                            t
                        } else {
                            format!("{cur}/{t}")
                        };
                        let rest = comps[k + 1..].join("/");
                        return self.ensure_dir_depth(
                            &format!("{base}/{rest}"),
                            created,
                            depth + 1,
                        );
                    }
                    // SAFETY: valid dirfd and NUL-terminated name.
                    cvt(unsafe { libc::mkdirat(fd.as_raw_fd(), name.as_ptr(), 0o755) })
                        .with_context(|| format!("creating directory {next}"))?;
                    let f = openat(
                        fd.as_raw_fd(),
                        &name,
                        libc::O_DIRECTORY | libc::O_NOFOLLOW | libc::O_RDONLY,
                    )?;
                    let a = created.unwrap_or_default();
                    // SAFETY: fd-based chown/chmod on a descriptor we own.
                    unsafe {
                        libc::fchown(f.as_raw_fd(), a.uid, a.gid);
                        libc::fchmod(f.as_raw_fd(), a.chmod.unwrap_or(0o755));
                    }
                    fd = f;
                }
                Err(e) if e.raw_os_error() == Some(libc::ENOTDIR) => {
                    bail!("cannot create directory {next}: a file of that name is in the way")
                }
                Err(e) => return Err(e).with_context(|| format!("opening {next} in the image")),
            }
            cur = next;
        }
        Ok(fd)
    }

    /// Whether `path` exists and is a directory, resolved inside the root.
    pub fn is_dir(&self, path: &str) -> bool {
        open_at_in_root(&self.file, Path::new(path), libc::O_DIRECTORY).is_ok()
    }
}

fn openat(dir: RawFd, name: &CString, flags: i32) -> Result<OwnedFd> {
    fsat::openat(dir, name, flags, 0o600).with_context(|| format!("opening {}", name.to_string_lossy()))
}

/// Removes a non-directory entry `name` in `dir` if present; unlike
/// `fsat::remove_at`, a directory in the way is an error (COPY never
/// replaces a directory with a file).
fn unlink_existing(dir: RawFd, name: &CString) -> Result<()> {
    // SAFETY: valid dirfd and NUL-terminated name.
    let r = unsafe { libc::unlinkat(dir, name.as_ptr(), 0) };
    if r < 0 {
        let e = io::Error::last_os_error();
        match e.raw_os_error() {
            Some(libc::ENOENT) => {}
            Some(libc::EISDIR) | Some(libc::EPERM) => bail!(
                "cannot replace directory {} with a file",
                name.to_string_lossy()
            ),
            _ => return Err(e).with_context(|| format!("replacing {}", name.to_string_lossy())),
        }
    }
    Ok(())
}

/// Writes regular file `name` in `dir` from `src`.
pub fn write_file(
    dir: &OwnedFd,
    name: &[u8],
    src: &mut File,
    mode: u32,
    attrs: Attrs,
    mtime: Option<(i64, i64)>,
) -> Result<()> {
    let n = cstr(name)?;
    unlink_existing(dir.as_raw_fd(), &n)?;
    let fd = openat(
        dir.as_raw_fd(),
        &n,
        libc::O_WRONLY | libc::O_CREAT | libc::O_EXCL | libc::O_NOFOLLOW,
    )?;
    let mut out = File::from(fd);
    io::copy(src, &mut out)
        .with_context(|| format!("writing {}", String::from_utf8_lossy(name)))?;
    // SAFETY: fd-based calls on a file we own.
    unsafe {
        libc::fchown(out.as_raw_fd(), attrs.uid, attrs.gid);
        libc::fchmod(out.as_raw_fd(), attrs.chmod.unwrap_or(mode & 0o7777));
        if let Some((s, ns)) = mtime {
            let ts = [
                libc::timespec {
                    tv_sec: s,
                    tv_nsec: ns,
                },
                libc::timespec {
                    tv_sec: s,
                    tv_nsec: ns,
                },
            ];
            libc::futimens(out.as_raw_fd(), ts.as_ptr());
        }
    }
    Ok(())
}

/// Creates symlink `name` → `target` in `dir`.
pub fn write_symlink(dir: &OwnedFd, name: &[u8], target: &Path, attrs: Attrs) -> Result<()> {
    let n = cstr(name)?;
    unlink_existing(dir.as_raw_fd(), &n)?;
    let t = cstr(target.as_os_str().as_bytes())?;
    // SAFETY: valid dirfd and NUL-terminated strings.
    cvt(unsafe { libc::symlinkat(t.as_ptr(), dir.as_raw_fd(), n.as_ptr()) })
        .with_context(|| format!("creating symlink {}", String::from_utf8_lossy(name)))?;
    // SAFETY: as above; AT_SYMLINK_NOFOLLOW changes the link itself.
    unsafe {
        libc::fchownat(
            dir.as_raw_fd(),
            n.as_ptr(),
            attrs.uid,
            attrs.gid,
            libc::AT_SYMLINK_NOFOLLOW,
        )
    };
    Ok(())
}

/// Creates (or updates the owner/mode of) directory `name` in `dir`.
pub fn make_dir(dir: &OwnedFd, name: &[u8], mode: u32, attrs: Attrs) -> Result<OwnedFd> {
    let n = cstr(name)?;
    // SAFETY: valid dirfd and NUL-terminated name.
    let r = unsafe { libc::mkdirat(dir.as_raw_fd(), n.as_ptr(), 0o700) };
    if r < 0 {
        let e = io::Error::last_os_error();
        if e.raw_os_error() != Some(libc::EEXIST) {
            return Err(e)
                .with_context(|| format!("creating directory {}", String::from_utf8_lossy(name)));
        }
    }
    let f = openat(
        dir.as_raw_fd(),
        &n,
        libc::O_DIRECTORY | libc::O_NOFOLLOW | libc::O_RDONLY,
    )
    .with_context(|| {
        format!(
            "{} exists and is not a directory",
            String::from_utf8_lossy(name)
        )
    })?;
    // SAFETY: fd-based calls on a descriptor we own.
    unsafe {
        libc::fchown(f.as_raw_fd(), attrs.uid, attrs.gid);
        libc::fchmod(f.as_raw_fd(), attrs.chmod.unwrap_or(mode & 0o7777));
    }
    Ok(f)
}

/// The host path of an open directory (for APIs that take a path).
pub fn fd_path(fd: &OwnedFd) -> Result<PathBuf> {
    std::fs::read_link(fsat::fd_path(fd))
        .context("finding the destination directory")
}

/// Writes `data` as a file (used for heredoc sources).
pub fn write_bytes(dir: &OwnedFd, name: &[u8], data: &[u8], mode: u32, attrs: Attrs) -> Result<()> {
    let n = cstr(name)?;
    unlink_existing(dir.as_raw_fd(), &n)?;
    let fd = openat(
        dir.as_raw_fd(),
        &n,
        libc::O_WRONLY | libc::O_CREAT | libc::O_EXCL | libc::O_NOFOLLOW,
    )?;
    let mut out = File::from(fd);
    out.write_all(data)?;
    // SAFETY: fd-based calls on a file we own.
    unsafe {
        libc::fchown(out.as_raw_fd(), attrs.uid, attrs.gid);
        libc::fchmod(out.as_raw_fd(), attrs.chmod.unwrap_or(mode));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn root_dirs_stay_inside() {
        let d = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        std::os::unix::fs::symlink(outside.path(), d.path().join("out")).unwrap();
        std::os::unix::fs::symlink("/usr/bin", d.path().join("bin")).unwrap();
        let root = Root::open(d.path()).unwrap();
        let fd = root.ensure_dir("/out/x", None).unwrap();
        // The absolute link resolves inside the root: created under <root>/<outside path>.
        assert!(fd_path(&fd).unwrap().starts_with(d.path()));
        assert!(std::fs::read_dir(outside.path()).unwrap().next().is_none());
        let fd = root.ensure_dir("bin", None).unwrap();
        assert_eq!(fd_path(&fd).unwrap(), d.path().join("usr/bin"));
        let mut src = tempfile::tempfile().unwrap();
        write!(src, "hi").unwrap();
        use std::io::Seek;
        src.rewind().unwrap();
        write_file(&fd, b"tool", &mut src, 0o755, Attrs::default(), None).unwrap();
        assert_eq!(std::fs::read(d.path().join("usr/bin/tool")).unwrap(), b"hi");
        write_symlink(&fd, b"tool", Path::new("x"), Attrs::default()).unwrap();
        assert!(std::fs::symlink_metadata(d.path().join("usr/bin/tool"))
            .unwrap()
            .file_type()
            .is_symlink());
        assert!(root.is_dir("/bin"));
    }

    #[test]
    fn runtime_artifacts_pruned() {
        let d = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(d.path().join("etc")).unwrap();
        std::fs::create_dir_all(d.path().join("proc")).unwrap();
        std::fs::write(d.path().join("etc/hosts"), b"").unwrap();
        std::fs::write(d.path().join("etc/other"), b"x").unwrap();
        prune_runtime_artifacts(d.path(), |_| false);
        assert!(!d.path().join("etc/hosts").exists());
        assert!(!d.path().join("proc").exists());
        assert!(d.path().join("etc/other").exists());
    }
}
