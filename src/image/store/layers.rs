//! Extracted layers, keyed by diff ID (the digest of the uncompressed tar), so
//! one layer shared by many images is extracted and stored once.

use super::{remove_tree, Store, TempDir};
use crate::image::digest::Digest;
use crate::util::atomic::{sync_dir, write_json};
use crate::util::lock::FileLock;
use anyhow::{Context, Result};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::fs;
use std::path::{Path, PathBuf};

/// What the store knows about a committed layer.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct LayerInfo {
    pub diff_id: Digest,
    /// Sum of the sizes of the layer's regular files.
    pub size: u64,
    pub created: DateTime<Utc>,
}

/// The result of asking for a layer: either it is there, or the caller now
/// holds the exclusive right to produce it.
pub enum LayerSlot {
    Present(LayerInfo),
    Fresh(LayerTx),
}

/// The right to produce one layer: holds the layer's lock and a work dir whose
/// `diff/` receives the content. Dropped without commit, everything is removed.
pub struct LayerTx {
    store: Store,
    diff_id: Digest,
    work: TempDir,
    _lock: FileLock,
}

impl Store {
    pub fn layer_path(&self, diff_id: &Digest) -> PathBuf {
        self.root.join("layers").join(diff_id.hex())
    }

    /// The directory holding the layer's files (an overlay lowerdir).
    pub fn layer_diff(&self, diff_id: &Digest) -> PathBuf {
        self.layer_path(diff_id).join("diff")
    }

    pub fn has_layer(&self, diff_id: &Digest) -> bool {
        self.layer_path(diff_id).join("layer.json").is_file()
    }

    pub fn layer_info(&self, diff_id: &Digest) -> Result<LayerInfo> {
        let p = self.layer_path(diff_id).join("layer.json");
        let data = fs::read(&p).with_context(|| format!("layer {diff_id} is missing from the store"))?;
        serde_json::from_slice(&data).with_context(|| format!("layer record {} is damaged", p.display()))
    }

    /// Waits for the layer's lock; returns the layer if another process made
    /// it meanwhile, else a transaction to make it.
    pub fn begin_layer(&self, diff_id: &Digest) -> Result<LayerSlot> {
        if self.has_layer(diff_id) {
            return Ok(LayerSlot::Present(self.layer_info(diff_id)?));
        }
        let lock = self.lock(&format!("layer-{}", diff_id.hex()))?;
        if self.has_layer(diff_id) {
            return Ok(LayerSlot::Present(self.layer_info(diff_id)?));
        }
        // A committed dir without layer.json cannot exist (layer.json is written
        // before the rename), but a manual deletion could leave one: clear it.
        let stale = self.layer_path(diff_id);
        if stale.exists() {
            remove_tree(&stale).with_context(|| format!("removing damaged layer {}", stale.display()))?;
        }
        let work = self.temp_dir()?;
        fs::create_dir(work.path().join("diff"))?;
        Ok(LayerSlot::Fresh(LayerTx { store: self.clone(), diff_id: diff_id.clone(), work, _lock: lock }))
    }

    /// Removes a layer (callers check that nothing uses it). The rename makes it
    /// vanish at once; the slow delete happens after.
    pub fn remove_layer(&self, diff_id: &Digest) -> Result<()> {
        let _lock = self.lock(&format!("layer-{}", diff_id.hex()))?;
        let path = self.layer_path(diff_id);
        if !path.exists() {
            return Ok(());
        }
        let trash = self.temp_dir()?;
        let dest = trash.path().join("layer");
        fs::rename(&path, &dest).with_context(|| format!("removing layer {diff_id}"))?;
        remove_tree(&dest).with_context(|| format!("deleting files of layer {diff_id}"))?;
        let _ = fs::remove_file(self.lock_path(&format!("layer-{}", diff_id.hex())));
        Ok(())
    }

    /// Every committed layer's diff ID.
    pub fn layer_ids(&self) -> Vec<Digest> {
        let Ok(entries) = fs::read_dir(self.root.join("layers")) else { return vec![] };
        entries
            .flatten()
            .filter_map(|e| Digest::from_hex(&e.file_name().to_string_lossy()).ok())
            .filter(|d| self.has_layer(d))
            .collect()
    }
}

impl LayerTx {
    /// Where the layer's content goes.
    pub fn diff_path(&self) -> PathBuf {
        self.work.path().join("diff")
    }

    pub fn work_path(&self) -> &Path {
        self.work.path()
    }

    /// Publishes the layer: writes its record, then renames the work dir into
    /// `layers/`. Before the rename nobody can see it; after, it is complete.
    pub fn commit(self, size: u64) -> Result<LayerInfo> {
        let info = LayerInfo { diff_id: self.diff_id.clone(), size, created: Utc::now() };
        write_json(&self.work.path().join("layer.json"), &info)?;
        let dest = self.store.layer_path(&self.diff_id);
        fs::rename(self.work.path(), &dest).with_context(|| format!("publishing layer {}", self.diff_id))?;
        sync_dir(&self.store.root.join("layers"));
        Ok(info)
    }
}
