//! Atomic file writes: write a temp file beside the target, fsync, rename, fsync
//! the directory. A reader sees the old content or the new, never a mix, and a
//! `kill -9` at any moment leaves at most a stray temp file (named `.tmp-*`,
//! which the store sweeps).

use anyhow::{Context, Result};
use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

/// A unique temp path in the same directory as `target` (so rename is atomic).
pub fn temp_path_for(target: &Path) -> PathBuf {
    let name = target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let dir = target.parent().unwrap_or_else(|| Path::new("."));
    dir.join(format!(".tmp-{}-{}-{}", name, std::process::id(), rand::random::<u32>()))
}

/// Writes `data` to `path` atomically with the given mode.
pub fn write_file(path: &Path, data: &[u8], mode: u32) -> Result<()> {
    replace(path, data, mode, true)
}

/// Like [`write_file`] (readers see the old or the new content, never a
/// mix) but without fsync: for files regenerated at every container start
/// (hosts, resolv.conf, the runtime spec), where a crash may lose the new
/// version but nothing of value, and where two fsyncs per file would cost
/// more than the rest of the start.
pub fn write_file_volatile(path: &Path, data: &[u8], mode: u32) -> Result<()> {
    replace(path, data, mode, false)
}

fn replace(path: &Path, data: &[u8], mode: u32, durable: bool) -> Result<()> {
    let tmp = temp_path_for(path);
    let result = (|| -> Result<()> {
        let mut f = OpenOptions::new().write(true).create_new(true).mode(mode).open(&tmp)?;
        f.write_all(data)?;
        if durable {
            f.sync_all()?;
        }
        fs::rename(&tmp, path)?;
        if durable {
            sync_dir(path.parent().unwrap_or_else(|| Path::new(".")));
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result.with_context(|| format!("writing {}", path.display()))
}

/// Serializes `value` as pretty JSON and writes it atomically.
pub fn write_json<T: serde::Serialize>(path: &Path, value: &T) -> Result<()> {
    let data = serde_json::to_vec_pretty(value)?;
    write_file(path, &data, 0o644)
}

/// Flushes a directory entry change (rename, create) to disk. Failures are
/// ignored: some filesystems refuse fsync on directories and the data is safe
/// anyway once the file itself was synced.
pub fn sync_dir(dir: &Path) {
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
}

/// A file written for the user outside the store (`save -o`, `export -o`):
/// created unnamed (`O_TMPFILE`) in the target's directory, so a `kill -9`
/// before [`OutputFile::publish`] leaves nothing behind, not even a temp
/// name. Where the filesystem has no `O_TMPFILE`, a dot-named temp file
/// beside the target is used instead (and removed on drop).
pub struct OutputFile {
    dir: File,
    name: std::ffi::OsString,
    /// Set when the named fallback was used.
    tmp_name: Option<std::ffi::OsString>,
}

impl OutputFile {
    /// Prepares `path`; returns the handle and the file to write into. The
    /// directory is held open, so publishing works from any namespace.
    pub fn create(path: &Path) -> Result<(OutputFile, File)> {
        use std::os::fd::AsRawFd;
        let name = path
            .file_name()
            .ok_or_else(|| anyhow::anyhow!("invalid output file {}: it names a directory", path.display()))?
            .to_owned();
        let parent = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let dir = File::open(&parent).with_context(|| format!("opening directory {} for the output file", parent.display()))?;
        let unnamed = OpenOptions::new().read(true).write(true).mode(0o644).custom_flags(libc::O_TMPFILE).open(&parent);
        match unnamed {
            Ok(f) => Ok((OutputFile { dir, name, tmp_name: None }, f)),
            Err(e) if matches!(e.raw_os_error(), Some(libc::EOPNOTSUPP | libc::EISDIR | libc::EINVAL)) => {
                let tmp = std::ffi::OsString::from(format!(".{}.dhow-tmp-{:08x}", name.to_string_lossy(), rand::random::<u32>()));
                let fd = nix::fcntl::openat(
                    Some(dir.as_raw_fd()),
                    tmp.as_os_str(),
                    nix::fcntl::OFlag::O_WRONLY | nix::fcntl::OFlag::O_CREAT | nix::fcntl::OFlag::O_EXCL | nix::fcntl::OFlag::O_CLOEXEC,
                    nix::sys::stat::Mode::from_bits_truncate(0o644),
                )
                .with_context(|| format!("creating {}", path.display()))?;
                // SAFETY: openat just returned this fd and nothing else owns it.
                let f = unsafe { <File as std::os::fd::FromRawFd>::from_raw_fd(fd) };
                Ok((OutputFile { dir, name, tmp_name: Some(tmp) }, f))
            }
            Err(e) => Err(anyhow::Error::new(e).context(format!("creating {}", path.display()))),
        }
    }

    /// Syncs `file` and gives it its name (replacing an existing file).
    pub fn publish(mut self, file: &File) -> Result<()> {
        use std::os::fd::AsRawFd;
        file.sync_all()?;
        let dir = Some(self.dir.as_raw_fd());
        let renamed = |from: &std::ffi::OsStr, name: &std::ffi::OsStr| {
            nix::fcntl::renameat(dir, from, dir, name).with_context(|| format!("renaming the output into place as {}", name.to_string_lossy()))
        };
        if let Some(tmp) = self.tmp_name.take() {
            return renamed(&tmp, &self.name);
        }
        let proc_fd = format!("/proc/self/fd/{}", file.as_raw_fd());
        let link = |name: &std::ffi::OsStr| {
            nix::unistd::linkat(None, Path::new(&proc_fd), dir, Path::new(name), nix::fcntl::AtFlags::AT_SYMLINK_FOLLOW)
        };
        match link(&self.name) {
            Ok(()) => {}
            Err(nix::errno::Errno::EEXIST) => {
                // Replacing a file: link under a temp name, then rename over
                // it (the only moment a kill could leave that temp name).
                let tmp = std::ffi::OsString::from(format!(".{}.dhow-tmp-{:08x}", self.name.to_string_lossy(), rand::random::<u32>()));
                link(&tmp).with_context(|| format!("writing {}", self.name.to_string_lossy()))?;
                if let Err(e) = renamed(&tmp, &self.name) {
                    let _ = nix::unistd::unlinkat(dir, tmp.as_os_str(), nix::unistd::UnlinkatFlags::NoRemoveDir);
                    return Err(e);
                }
            }
            Err(e) => return Err(anyhow::Error::new(e).context(format!("writing {}", self.name.to_string_lossy()))),
        }
        let _ = self.dir.sync_all();
        Ok(())
    }
}

impl Drop for OutputFile {
    /// An unpublished named temp file is removed (an unnamed one vanishes
    /// with its last fd).
    fn drop(&mut self) {
        use std::os::fd::AsRawFd;
        if let Some(tmp) = &self.tmp_name {
            let _ = nix::unistd::unlinkat(Some(self.dir.as_raw_fd()), tmp.as_os_str(), nix::unistd::UnlinkatFlags::NoRemoveDir);
        }
    }
}

#[cfg(test)]
mod output_file_tests {
    use super::*;
    use std::io::Write;

    fn names(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = fs::read_dir(dir).unwrap().flatten().map(|e| e.file_name().to_string_lossy().into_owned()).collect();
        v.sort();
        v
    }

    #[test]
    fn unpublished_output_leaves_nothing_and_published_replaces() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("out.tar");
        let (pending, mut f) = OutputFile::create(&target).unwrap();
        f.write_all(b"half").unwrap();
        drop(pending);
        drop(f);
        assert!(names(dir.path()).is_empty(), "nothing named before publish: {:?}", names(dir.path()));

        for content in [&b"first"[..], b"second"] {
            let (pending, mut f) = OutputFile::create(&target).unwrap();
            f.write_all(content).unwrap();
            pending.publish(&f).unwrap();
            assert_eq!(fs::read(&target).unwrap(), content);
            assert_eq!(names(dir.path()), ["out.tar"], "no temp name left");
        }
    }
}
