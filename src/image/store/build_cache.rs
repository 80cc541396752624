//! The build cache's step records: `build-cache/<key>.json`, one file per
//! step, the state after it (its config blob and layer records).
//!
//! They live with the content store because they are references into it:
//! the image GC keeps what they name (`engine::images::references`),
//! `system df` counts them, `builder prune`/`system prune` drop them. How a
//! key is made and when a step is looked up is the builder's
//! (`engine/build/cache.rs`); this module only reads and writes records.
//! One file per key keeps a lookup to a single small read and writes atomic.

use super::{LayerRecord, Store};
use crate::image::digest::Digest;
use anyhow::Result;
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

/// The memo of source-file hashes the builder keeps beside the steps.
const FILE_HASHES: &str = "file-hashes.json";

/// One cached build step: the state after it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CachedStep {
    pub config: Digest,
    pub layers: Vec<LayerRecord>,
}

impl Store {
    /// `build-cache/`: the step records and the builder's file-hash memo.
    pub fn build_cache_dir(&self) -> PathBuf {
        self.root().join("build-cache")
    }

    /// Where the builder keeps its memo of source-file hashes.
    pub fn build_file_hashes_path(&self) -> PathBuf {
        self.build_cache_dir().join(FILE_HASHES)
    }

    /// The cached step `key`, if it and everything it needs are still
    /// stored (an entry whose config blob or layers were garbage-collected
    /// is a miss).
    pub fn cached_step(&self, key: &str) -> Option<CachedStep> {
        let data = std::fs::read(self.build_cache_dir().join(format!("{key}.json"))).ok()?;
        let e: CachedStep = serde_json::from_slice(&data).ok()?;
        (self.has_blob(&e.config) && e.layers.iter().all(|l| self.has_layer(&l.diff_id))).then_some(e)
    }

    /// Records step `key` (atomically).
    pub fn put_cached_step(&self, key: &str, step: &CachedStep) -> Result<()> {
        let dir = self.build_cache_dir();
        std::fs::create_dir_all(&dir)?;
        crate::util::atomic::write_json(&dir.join(format!("{key}.json")), step)
    }

    /// Every cached step (for garbage collection and `system df`).
    pub fn cached_steps(&self) -> Vec<CachedStep> {
        let Ok(dir) = std::fs::read_dir(self.build_cache_dir()) else { return vec![] };
        dir.flatten()
            .filter(|e| e.file_name().to_str().is_some_and(|n| n.ends_with(".json") && n != FILE_HASHES))
            .filter_map(|e| serde_json::from_slice(&std::fs::read(e.path()).ok()?).ok())
            .collect()
    }

    /// Forgets every cached step, the file-hash memo and the cache mounts
    /// (`system prune`, `builder prune`); returns how many steps there were. The layers they
    /// kept are collected afterwards by the image garbage collection.
    pub fn clear_build_cache(&self) -> Result<usize> {
        let n = self.cached_steps().len();
        match std::fs::read_dir(self.build_cache_dir()) {
            Ok(entries) => {
                for e in entries.flatten() {
                    // The step records, and `mounts/` (RUN --mount=type=cache).
                    if e.file_type().is_ok_and(|t| t.is_dir()) {
                        let _ = std::fs::remove_dir_all(e.path());
                    } else {
                        let _ = std::fs::remove_file(e.path());
                    }
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(e.into()),
        }
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_content_is_a_miss() {
        let d = tempfile::tempdir().unwrap();
        let store = Store::open(d.path().join("root")).unwrap();
        let cfg = store.put_blob(b"{}", None).unwrap();
        store.put_cached_step("k", &CachedStep { config: cfg.clone(), layers: vec![] }).unwrap();
        assert!(store.cached_step("k").is_some());
        assert!(store.cached_step("nope").is_none());
        let gone = LayerRecord { diff_id: Digest::of(b"x"), blob: None, media_type: String::new(), blob_size: 0, size: 0 };
        store.put_cached_step("k2", &CachedStep { config: cfg, layers: vec![gone] }).unwrap();
        assert!(store.cached_step("k2").is_none());
    }

    #[test]
    fn listing_and_clearing_leave_out_the_file_hash_memo() {
        let d = tempfile::tempdir().unwrap();
        let store = Store::open(d.path().join("root")).unwrap();
        let cfg = store.put_blob(b"{}", None).unwrap();
        store.put_cached_step("a", &CachedStep { config: cfg.clone(), layers: vec![] }).unwrap();
        store.put_cached_step("b", &CachedStep { config: cfg, layers: vec![] }).unwrap();
        std::fs::write(store.build_file_hashes_path(), b"{}").unwrap();
        assert_eq!(store.cached_steps().len(), 2);
        assert_eq!(store.clear_build_cache().unwrap(), 2);
        assert!(store.cached_steps().is_empty());
        assert!(!store.build_file_hashes_path().exists());
        assert_eq!(store.clear_build_cache().unwrap(), 0);
    }
}
