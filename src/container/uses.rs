//! The index of what each container uses, so "which containers use volume
//! V / image I / layer L" reads a few entries instead of every record
//! (`volume rm`, `volume ls --filter dangling`, `volume prune`, `rmi`'s
//! in-use check and the layer GC):
//! `<root>/containers/.uses/{volume,image,layer}/<key>/<container ID>`,
//! empty files, the key a volume name or a digest (`sha256:...`).
//!
//! Like the name index (`.names/`) it is a cache checked against the records:
//! entries are written before the record (under the creation lock) and
//! removed after the record vanished, so a kill in between leaves only
//! entries whose record is missing, which readers ignore; an entry is never
//! missing for a record that exists. It is believed only once
//! `.uses/.complete` records that it was built from every record (by the
//! first create on a store that had none, or `system check --repair`);
//! until then readers scan the records. `system check` verifies it both ways.

use super::ContainerRecord;
use anyhow::{Context, Result};
use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

/// What an entry says a container uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    Volume,
    Image,
    Layer,
}

impl Kind {
    pub const ALL: [Kind; 3] = [Kind::Volume, Kind::Image, Kind::Layer];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Volume => "volume",
            Kind::Image => "image",
            Kind::Layer => "layer",
        }
    }
}

/// The volumes a record mounts: named and anonymous volumes, and volumes
/// with driver options (mounted as a tmpfs or bind that keeps the name).
pub fn volumes_of(record: &ContainerRecord) -> impl Iterator<Item = &str> {
    record.host.mounts.iter().filter(|m| m.kind == "volume" || !m.name.is_empty()).map(|m| m.name.as_str())
}

/// Every (kind, key) `record` uses: the entries it needs.
pub fn keys_of(record: &ContainerRecord) -> BTreeSet<(Kind, String)> {
    let mut out = BTreeSet::new();
    out.insert((Kind::Image, record.image_id.to_string()));
    out.extend(record.layers.iter().map(|l| (Kind::Layer, l.to_string())));
    out.extend(volumes_of(record).map(|v| (Kind::Volume, v.to_string())));
    out.retain(|(_, k)| indexable(k));
    out
}

/// A key the index can hold as a directory name. Volume names are
/// validated at create and digests are `algo:hex`, so every real key is;
/// a query for anything else is answered by a scan.
pub fn indexable(key: &str) -> bool {
    !key.is_empty() && key.len() <= 255 && !key.starts_with('.') && !key.contains('/') && !key.contains('\0')
}

/// `<root>/containers/.uses`.
#[derive(Debug, Clone)]
pub struct Uses {
    dir: PathBuf,
}

impl Uses {
    /// The index of the container store whose directory is `containers_dir`.
    pub fn new(containers_dir: &Path) -> Uses {
        Uses { dir: containers_dir.join(".uses") }
    }

    fn key_dir(&self, kind: Kind, key: &str) -> PathBuf {
        self.dir.join(kind.as_str()).join(key)
    }

    /// Whether the index holds every record's entries.
    pub fn complete(&self) -> bool {
        self.dir.join(".complete").exists()
    }

    /// Records that the index holds every record's entries.
    pub fn mark_complete(&self) -> Result<()> {
        fs::create_dir_all(&self.dir).with_context(|| format!("creating {}", self.dir.display()))?;
        crate::util::atomic::write_file_volatile(&self.dir.join(".complete"), b"", 0o644)
    }

    /// Under the creation lock, before the record is written: its entries.
    pub fn add(&self, record: &ContainerRecord) -> Result<()> {
        for (kind, key) in keys_of(record) {
            self.add_entry(kind, &key, &record.id)?;
        }
        Ok(())
    }

    /// One entry (an empty file; its directory made on first use).
    pub fn add_entry(&self, kind: Kind, key: &str, id: &str) -> Result<()> {
        let path = self.key_dir(kind, key).join(id);
        let create = |p: &Path| fs::OpenOptions::new().create(true).truncate(false).write(true).open(p).map(drop);
        match create(&path) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                let dir = self.key_dir(kind, key);
                fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
                create(&path).with_context(|| format!("creating {}", path.display()))
            }
            Err(e) => Err(e).with_context(|| format!("creating {}", path.display())),
        }
    }

    /// Under the creation lock, after the record vanished: its entries
    /// (best effort: one left behind is ignored by readers and removed by
    /// `system check --repair`).
    pub fn remove(&self, record: &ContainerRecord) {
        for (kind, key) in keys_of(record) {
            self.remove_entry(kind, &key, &record.id);
        }
    }

    /// Drops one entry, and its key's directory once empty.
    pub fn remove_entry(&self, kind: Kind, key: &str, id: &str) {
        let dir = self.key_dir(kind, key);
        let _ = fs::remove_file(dir.join(id));
        let _ = fs::remove_dir(dir);
    }

    /// The container IDs entered under `key` (unverified: the caller checks
    /// each against its record). `None` when the index cannot answer: it is
    /// not complete, or the key is not one it holds.
    pub fn ids(&self, kind: Kind, key: &str) -> Option<Vec<String>> {
        if !indexable(key) || !self.complete() {
            return None;
        }
        Some(read_names(&self.key_dir(kind, key)))
    }

    /// Every key of `kind` with its container IDs; `None` when the index is
    /// not complete.
    pub fn all(&self, kind: Kind) -> Option<Vec<(String, Vec<String>)>> {
        if !self.complete() {
            return None;
        }
        let base = self.dir.join(kind.as_str());
        Some(read_names(&base).into_iter().map(|k| (k.clone(), read_names(&base.join(&k)))).collect())
    }

    /// Every entry, complete or not (for `system check`).
    pub fn entries(&self) -> BTreeSet<(Kind, String, String)> {
        let mut out = BTreeSet::new();
        for kind in Kind::ALL {
            let base = self.dir.join(kind.as_str());
            for key in read_names(&base) {
                for id in read_names(&base.join(&key)) {
                    out.insert((kind, key.clone(), id));
                }
            }
        }
        out
    }
}

/// The names in a directory but hidden ones; none when it cannot be read.
fn read_names(dir: &Path) -> Vec<String> {
    let Ok(entries) = fs::read_dir(dir) else { return vec![] };
    entries.flatten().filter_map(|e| e.file_name().to_str().map(str::to_string)).filter(|n| !n.starts_with('.')).collect()
}
