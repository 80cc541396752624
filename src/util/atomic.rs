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
