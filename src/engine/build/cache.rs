//! The build cache: `<root>/build-cache/<key>.json`, one file per step.
//!
//! The key is the sha256 of what decides a step's result: the state it
//! starts from (the config digest of the previous step, which covers every
//! layer below), the instruction after substitution, the build args in
//! scope, and for COPY/ADD a digest of the source files. The value is the
//! state after the step: its config blob digest and the layer records.
//! An entry whose config blob or layers were garbage-collected is a miss.
//! One file per key keeps a lookup to a single small read and writes atomic.

use crate::image::digest::Digest;
use crate::image::store::{LayerRecord, Store};
use anyhow::Result;
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Entry {
    pub config: Digest,
    pub layers: Vec<LayerRecord>,
}

pub struct Cache {
    dir: PathBuf,
    pub file_hashes: crate::build::context::FileHashCache,
    hashes_loaded: usize,
}

impl Cache {
    pub fn open(store: &Store) -> Cache {
        let dir = store.root().join("build-cache");
        let file_hashes = std::fs::read(dir.join("file-hashes.json"))
            .ok()
            .and_then(|d| serde_json::from_slice(&d).ok())
            .unwrap_or_default();
        Cache {
            dir,
            file_hashes,
            hashes_loaded: 0,
        }
        .loaded()
    }

    fn loaded(mut self) -> Self {
        self.hashes_loaded = self.file_hashes.len();
        self
    }

    /// The key for a step's inputs.
    pub fn key(
        parent: &Digest,
        instruction: &str,
        args: &[(String, String)],
        sources: Option<&str>,
    ) -> String {
        use sha2::{Digest as _, Sha256};
        let mut h = Sha256::new();
        h.update(b"dhow-build-cache-v1\0");
        h.update(parent.to_string());
        h.update(b"\0");
        h.update(instruction);
        h.update(b"\0");
        for (k, v) in args {
            h.update(format!("{k}={v}\0"));
        }
        if let Some(s) = sources {
            h.update(b"sources\0");
            h.update(s);
        }
        hex::encode(h.finalize())
    }

    /// The cached result, if it and everything it needs are still stored.
    pub fn get(&self, store: &Store, key: &str) -> Option<Entry> {
        let data = std::fs::read(self.dir.join(format!("{key}.json"))).ok()?;
        let e: Entry = serde_json::from_slice(&data).ok()?;
        (store.has_blob(&e.config) && e.layers.iter().all(|l| store.has_layer(&l.diff_id)))
            .then_some(e)
    }

    pub fn put(&self, key: &str, entry: &Entry) -> Result<()> {
        std::fs::create_dir_all(&self.dir)?;
        crate::util::atomic::write_json(&self.dir.join(format!("{key}.json")), entry)
    }

    /// Saves the file-hash memo when it grew (bounded, so it cannot grow forever).
    pub fn save_file_hashes(&mut self) {
        if self.file_hashes.len() == self.hashes_loaded {
            return;
        }
        if self.file_hashes.len() > 200_000 {
            self.file_hashes.clear();
        }
        let _ = std::fs::create_dir_all(&self.dir);
        let _ =
            crate::util::atomic::write_json(&self.dir.join("file-hashes.json"), &self.file_hashes);
    }

    /// Bytes used by the cache index (for `system df`).
    /// Every cached step (for garbage collection and `system df`).
    pub fn entries(store: &Store) -> Vec<Entry> {
        let Ok(dir) = std::fs::read_dir(store.root().join("build-cache")) else { return vec![] };
        dir.flatten()
            .filter(|e| e.file_name().to_str().is_some_and(|n| n.ends_with(".json") && n != "file-hashes.json"))
            .filter_map(|e| serde_json::from_slice(&std::fs::read(e.path()).ok()?).ok())
            .collect()
    }

    /// Forgets every cached step (`system prune`, `builder prune`); returns
    /// how many there were. The layers they kept are collected afterwards
    /// by the image garbage collection.
    pub fn clear(store: &Store) -> Result<usize> {
        let dir = store.root().join("build-cache");
        let n = Self::entries(store).len();
        match std::fs::read_dir(&dir) {
            Ok(entries) => {
                for e in entries.flatten() {
                    let _ = std::fs::remove_file(e.path());
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(e.into()),
        }
        Ok(n)
    }

    pub fn size(store: &Store) -> u64 {
        std::fs::read_dir(store.root().join("build-cache"))
            .map(|r| {
                r.flatten()
                    .filter_map(|e| e.metadata().ok())
                    .map(|m| m.len())
                    .sum()
            })
            .unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_depend_on_every_input() {
        let p = Digest::of(b"parent");
        let base = Cache::key(&p, "RUN echo", &[], None);
        assert_eq!(base, Cache::key(&p, "RUN echo", &[], None));
        assert_ne!(
            base,
            Cache::key(&Digest::of(b"other"), "RUN echo", &[], None)
        );
        assert_ne!(base, Cache::key(&p, "RUN echo 2", &[], None));
        assert_ne!(
            base,
            Cache::key(&p, "RUN echo", &[("A".into(), "1".into())], None)
        );
        assert_ne!(base, Cache::key(&p, "RUN echo", &[], Some("abc")));
    }

    #[test]
    fn missing_content_is_a_miss() {
        let d = tempfile::tempdir().unwrap();
        let paths = crate::config::paths::Paths::resolve(
            Some(d.path().join("root")),
            Some(d.path().join("run")),
        )
        .unwrap();
        let store = Store::open(&paths).unwrap();
        let cache = Cache::open(&store);
        let cfg = store.put_blob(b"{}", None).unwrap();
        cache
            .put(
                "k",
                &Entry {
                    config: cfg.clone(),
                    layers: vec![],
                },
            )
            .unwrap();
        assert!(cache.get(&store, "k").is_some());
        assert!(cache.get(&store, "nope").is_none());
        let gone = LayerRecord {
            diff_id: Digest::of(b"x"),
            blob: None,
            media_type: String::new(),
            blob_size: 0,
            size: 0,
        };
        cache
            .put(
                "k2",
                &Entry {
                    config: cfg,
                    layers: vec![gone],
                },
            )
            .unwrap();
        assert!(cache.get(&store, "k2").is_none());
    }
}
