//! The build cache: the key of a step and the memo of source-file hashes.
//!
//! The key is the sha256 of what decides a step's result: the state it
//! starts from (the config digest of the previous step, which covers every
//! layer below), the instruction after substitution, the build args in
//! scope, and for COPY/ADD a digest of the source files. The value, the
//! state after the step, is a record of the content store
//! (`image::store::CachedStep`, `<root>/build-cache/<key>.json`), which the
//! image GC reads without knowing the builder.

use crate::image::digest::Digest;
use crate::image::store::Store;
use std::path::PathBuf;

pub struct Cache {
    /// Where the file-hash memo is saved.
    file_hashes_path: PathBuf,
    pub file_hashes: crate::build::context::FileHashCache,
    hashes_loaded: usize,
}

impl Cache {
    pub fn open(store: &Store) -> Cache {
        let file_hashes_path = store.build_file_hashes_path();
        let file_hashes = std::fs::read(&file_hashes_path)
            .ok()
            .and_then(|d| serde_json::from_slice(&d).ok())
            .unwrap_or_default();
        Cache {
            file_hashes_path,
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

    /// Saves the file-hash memo when it grew (bounded, so it cannot grow forever).
    pub fn save_file_hashes(&mut self) {
        if self.file_hashes.len() == self.hashes_loaded {
            return;
        }
        if self.file_hashes.len() > 200_000 {
            self.file_hashes.clear();
        }
        if let Some(dir) = self.file_hashes_path.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        let _ = crate::util::atomic::write_json(&self.file_hashes_path, &self.file_hashes);
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
}
