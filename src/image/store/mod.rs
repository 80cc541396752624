//! The content store: blobs by digest, each layer extracted once and shared by
//! every image that has it, and the image records with their names.
//!
//! On disk, under the storage root:
//! ```text
//! blobs/sha256/<hex>        manifests, configs, compressed layers (byte-exact, so
//!                           save/push reproduce the registry's digests)
//! layers/<diff-id hex>/     one committed layer: diff/ (an overlay lowerdir) + layer.json
//! images.json               every image record; replaced atomically
//! build-cache/<key>.json    one cached build step (config + layers it keeps)
//! tmp/<random>/             work in progress; each has <random>.lock held by its owner
//! locks/                    flock files
//! ```
//! Commit points are renames: a layer becomes visible when its finished temp dir
//! is renamed into `layers/`, an image when `images.json` is replaced. A `kill -9`
//! at any moment therefore leaves only temp dirs, which [`Store::sweep`] removes
//! once their owner's lock is free.

mod blobs;
mod build_cache;
mod images;
mod layers;
pub mod lookup;

pub use blobs::BlobWriter;
pub use build_cache::CachedStep;
pub use images::{ImageRecord, LayerRecord};
pub use layers::{LayerInfo, LayerTx, LayerSlot};

use crate::util::lock::FileLock;
use anyhow::{Context, Result};
use fs2::FileExt;
use std::fs;
use std::path::{Path, PathBuf};

/// Handle on the storage root. Cheap to clone; all state is on disk.
#[derive(Debug, Clone)]
pub struct Store {
    root: PathBuf,
}

impl Store {
    /// Opens (creating if needed) the store under `root` (a `Paths` gives
    /// its `root`).
    pub fn open(root: impl AsRef<Path>) -> Result<Store> {
        let store = Store { root: root.as_ref().to_path_buf() };
        for dir in ["blobs/sha256", "layers", "tmp", "locks"] {
            let p = store.root.join(dir);
            if !p.is_dir() {
                fs::create_dir_all(&p).with_context(|| format!("creating storage directory {}", p.display()))?;
            }
        }
        Ok(store)
    }

    /// Opens the store for reading only: nothing is created, so `dhow images`
    /// on a fresh machine does not write anything.
    pub fn open_readonly(root: impl AsRef<Path>) -> Store {
        Store { root: root.as_ref().to_path_buf() }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    fn lock_path(&self, name: &str) -> PathBuf {
        self.root.join("locks").join(name)
    }

    /// Takes a named store lock (e.g. "images" guards images.json).
    pub fn lock(&self, name: &str) -> Result<FileLock> {
        FileLock::exclusive(&self.lock_path(name))
    }

    /// A fresh private work dir under tmp/, owned by this process until dropped
    /// or committed (renamed away).
    pub fn temp_dir(&self) -> Result<TempDir> {
        let name = format!("{:016x}", rand::random::<u64>());
        let lock_path = self.root.join("tmp").join(format!("{name}.lock"));
        let lock_file = fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&lock_path)
            .with_context(|| format!("creating {}", lock_path.display()))?;
        lock_file.lock_exclusive()?;
        let path = self.root.join("tmp").join(&name);
        fs::create_dir(&path).with_context(|| format!("creating {}", path.display()))?;
        Ok(TempDir { path, lock_path, _lock: lock_file })
    }

    /// Removes work dirs left by processes that died (their lock is free).
    /// Safe to run at any time: live owners hold their locks.
    pub fn sweep(&self) {
        for path in self.stale_temp_dirs() {
            let _ = remove_tree(&path);
            let _ = fs::remove_file(path.with_extension("lock"));
        }
    }

    /// Work dirs under tmp/ whose owner died (their lock is free).
    pub fn stale_temp_dirs(&self) -> Vec<PathBuf> {
        let Ok(entries) = fs::read_dir(self.root.join("tmp")) else { return vec![] };
        entries
            .flatten()
            .map(|e| e.path())
            .filter(|path| path.extension().is_none_or(|e| e != "lock"))
            .filter(|path| match fs::File::open(path.with_extension("lock")) {
                Ok(f) => f.try_lock_exclusive().is_ok(),
                Err(_) => true,
            })
            .collect()
    }
}

/// A work directory removed on drop unless [`TempDir::keep`] moved it away.
pub struct TempDir {
    path: PathBuf,
    lock_path: PathBuf,
    _lock: fs::File,
}

impl TempDir {
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        if self.path.exists() {
            let _ = remove_tree(&self.path);
        }
        let _ = fs::remove_file(&self.lock_path);
    }
}

/// Removes a tree even where image content made directories read-only
/// (a 0555 dir cannot have entries removed until its mode is fixed).
pub fn remove_tree(path: &Path) -> std::io::Result<()> {
    match fs::remove_dir_all(path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(first) => {
            make_writable(path);
            fs::remove_dir_all(path).map_err(|_| first)
        }
    }
}

fn make_writable(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    let Ok(meta) = fs::symlink_metadata(path) else { return };
    if meta.is_dir() {
        let _ = fs::set_permissions(path, fs::Permissions::from_mode(0o700));
        if let Ok(entries) = fs::read_dir(path) {
            for e in entries.flatten() {
                make_writable(&e.path());
            }
        }
    }
}

impl Store {
    /// Every blob digest in the store.
    pub fn blob_ids(&self) -> Vec<crate::image::digest::Digest> {
        let Ok(entries) = fs::read_dir(self.root.join("blobs/sha256")) else { return vec![] };
        entries.flatten().filter_map(|e| crate::image::digest::Digest::from_hex(&e.file_name().to_string_lossy()).ok()).collect()
    }
}
