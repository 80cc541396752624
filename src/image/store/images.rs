//! Image records and their names, all kept in one `images.json` so that listing
//! images is a single small read (docker users run `images` constantly).
//! Changes happen under the "images" lock and replace the file atomically.

use super::Store;
use crate::image::digest::Digest;
use crate::util::atomic::write_json;
use anyhow::{Context, Result};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::fs;

/// One layer of an image as the image uses it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct LayerRecord {
    /// Digest of the uncompressed tar: the key of the extracted layer.
    pub diff_id: Digest,
    /// Digest of the blob as the registry serves it (compressed), when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub blob: Option<Digest>,
    #[serde(default)]
    pub media_type: String,
    #[serde(default)]
    pub blob_size: u64,
    /// Uncompressed content size.
    #[serde(default)]
    pub size: u64,
}

/// Everything dhow records about an image besides its blobs.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ImageRecord {
    /// The config digest: docker's image ID.
    pub id: Digest,
    /// Full names, `registry/repository:tag`.
    #[serde(default)]
    pub names: Vec<String>,
    /// `registry/repository@sha256:...` for each source it came from.
    #[serde(default)]
    pub repo_digests: Vec<String>,
    /// The digest of the (per-platform) image manifest stored in blobs/.
    pub manifest: Digest,
    pub manifest_media_type: String,
    pub layers: Vec<LayerRecord>,
    /// Sum of the layers' uncompressed sizes.
    pub size: u64,
    #[serde(default)]
    pub created: Option<DateTime<Utc>>,
    #[serde(default)]
    pub architecture: String,
    #[serde(default)]
    pub os: String,
    /// When this store got the image.
    pub added: DateTime<Utc>,
    /// Names the image had before they moved to other images (podman's NamesHistory).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub names_history: Vec<String>,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct ImagesFile {
    images: Vec<ImageRecord>,
}

impl Store {
    /// All image records, newest first. A missing file is an empty store.
    pub fn images(&self) -> Result<Vec<ImageRecord>> {
        let path = self.root.join("images.json");
        match fs::read(&path) {
            Ok(data) => {
                let file: ImagesFile = serde_json::from_slice(&data)
                    .with_context(|| format!("image list {} is damaged", path.display()))?;
                Ok(file.images)
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(vec![]),
            Err(e) => Err(e).with_context(|| format!("reading {}", path.display())),
        }
    }

    /// Runs `change` on the image list under the images lock and writes the
    /// result atomically. Nothing is written if `change` fails.
    pub fn update_images<R>(&self, change: impl FnOnce(&mut Vec<ImageRecord>) -> Result<R>) -> Result<R> {
        let _lock = self.lock("images")?;
        let mut images = self.images()?;
        let result = change(&mut images)?;
        images.sort_by(|a, b| b.added.cmp(&a.added));
        write_json(&self.root.join("images.json"), &ImagesFile { images })?;
        Ok(result)
    }

    /// Adds or merges an image record, moving each of its names away from any
    /// other image that had it (as a retag does in docker).
    pub fn add_image(&self, record: ImageRecord) -> Result<()> {
        self.update_images(|images| {
            for name in &record.names {
                for other in images.iter_mut().filter(|i| i.id != record.id) {
                    if let Some(pos) = other.names.iter().position(|n| n == name) {
                        let moved = other.names.remove(pos);
                        other.names_history.insert(0, moved);
                    }
                }
            }
            match images.iter_mut().find(|i| i.id == record.id) {
                Some(existing) => {
                    for n in record.names {
                        if !existing.names.contains(&n) {
                            existing.names.insert(0, n);
                        }
                    }
                    for d in record.repo_digests {
                        if !existing.repo_digests.contains(&d) {
                            existing.repo_digests.push(d);
                        }
                    }
                }
                None => images.push(record),
            }
            Ok(())
        })
    }

    /// The config of an image, from its blob.
    pub fn image_config(&self, record: &ImageRecord) -> Result<crate::image::config::ImageConfig> {
        let data = self.read_blob(&record.id)?;
        crate::image::config::ImageConfig::parse(&data)
    }
}

