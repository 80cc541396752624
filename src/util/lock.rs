//! Advisory file locks (flock). They are released by the kernel when the
//! process dies, so a `kill -9` never leaves a stale lock behind.

use anyhow::{Context, Result};
use fs2::FileExt;
use std::fs::{File, OpenOptions};
use std::path::Path;

/// An exclusive lock held until dropped.
pub struct FileLock {
    file: File,
}

impl FileLock {
    /// Blocks until the exclusive lock on `path` (created if missing) is held.
    pub fn exclusive(path: &Path) -> Result<FileLock> {
        let file = open(path)?;
        file.lock_exclusive().with_context(|| format!("locking {}", path.display()))?;
        Ok(FileLock { file })
    }

    /// The exclusive lock on `path` if nobody holds any lock on it now.
    pub fn try_exclusive(path: &Path) -> Result<Option<FileLock>> {
        let file = open(path)?;
        match file.try_lock_exclusive() {
            Ok(()) => Ok(Some(FileLock { file })),
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => Ok(None),
            Err(e) => Err(e).with_context(|| format!("locking {}", path.display())),
        }
    }

    /// Blocks until the exclusive lock on the directory `path` itself is held
    /// (a directory's lock stays with it through renames: a deleter locks a
    /// directory before renaming it into the trash, so whoever finds it there
    /// can tell a deletion under way from one a kill interrupted).
    pub fn directory(path: &Path) -> Result<FileLock> {
        let file = open_dir(path).with_context(|| format!("opening directory {}", path.display()))?;
        file.lock_exclusive().with_context(|| format!("locking {}", path.display()))?;
        Ok(FileLock { file })
    }

    /// The exclusive lock on the directory `path` if nobody holds it now;
    /// None also when the directory is gone.
    pub fn try_directory(path: &Path) -> Result<Option<FileLock>> {
        let file = match open_dir(path) {
            Ok(f) => f,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(e).with_context(|| format!("opening directory {}", path.display())),
        };
        match file.try_lock_exclusive() {
            Ok(()) => Ok(Some(FileLock { file })),
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => Ok(None),
            Err(e) => Err(e).with_context(|| format!("locking {}", path.display())),
        }
    }

    /// Blocks until a shared lock on `path` is held.
    pub fn shared(path: &Path) -> Result<FileLock> {
        let file = open(path)?;
        FileExt::lock_shared(&file).with_context(|| format!("locking {}", path.display()))?;
        Ok(FileLock { file })
    }
}

impl Drop for FileLock {
    fn drop(&mut self) {
        let _ = FileExt::unlock(&self.file);
    }
}

fn open(path: &Path) -> Result<File> {
    OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(path)
        .with_context(|| format!("opening lock file {}", path.display()))
}

fn open_dir(path: &Path) -> std::io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    OpenOptions::new().read(true).custom_flags(libc::O_DIRECTORY | libc::O_NOFOLLOW).open(path)
}
