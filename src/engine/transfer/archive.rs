//! `save`: images as a docker-archive (docker's `manifest.json` + config +
//! uncompressed layer tars, several images sharing layers), an oci-archive or
//! an OCI layout directory. Layers come byte-exact from the stored blobs, so
//! the archive's diff IDs, config and thus image ID are the ones in the store.

use super::{build_manifest, descriptor, layer_tar, ManifestFormat, Verified};
use crate::engine::Engine;
use crate::image::digest::Digest;
use crate::image::manifest::{self, Descriptor};
use crate::image::reference::Reference;
use crate::image::store::{ImageRecord, LayerRecord, Store};
use anyhow::{bail, Context, Result};
use serde_json::json;
use std::collections::{BTreeMap, HashSet};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

/// The archive formats `save` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveFormat {
    DockerArchive,
    OciArchive,
    OciDir,
}

impl SaveFormat {
    pub fn parse(s: &str) -> Result<SaveFormat> {
        match s {
            "docker-archive" => Ok(SaveFormat::DockerArchive),
            "oci-archive" => Ok(SaveFormat::OciArchive),
            "oci-dir" => Ok(SaveFormat::OciDir),
            "docker-dir" => bail!(
                "--format docker-dir is not supported: use docker-archive, oci-archive or oci-dir"
            ),
            _ => bail!("invalid --format {s:?}: use docker-archive, oci-archive or oci-dir"),
        }
    }
}

/// Where archive members go: a tar stream or a directory.
pub enum Sink<'a> {
    Tar(tar::Builder<&'a mut dyn Write>),
    Dir(PathBuf),
}

impl Sink<'_> {
    /// Adds a file of exactly `size` bytes read from `r`.
    fn add(&mut self, name: &str, size: u64, r: &mut dyn Read) -> Result<()> {
        match self {
            Sink::Tar(b) => {
                let mut h = tar::Header::new_ustar();
                h.set_entry_type(tar::EntryType::Regular);
                h.set_mode(0o644);
                h.set_size(size);
                h.set_mtime(0);
                b.append_data(&mut h, name, r.take(size))
                    .with_context(|| format!("writing {name} to the archive"))?;
            }
            Sink::Dir(d) => {
                let path = d.join(name);
                if let Some(p) = path.parent() {
                    std::fs::create_dir_all(p)
                        .with_context(|| format!("creating {}", p.display()))?;
                }
                let mut f = std::fs::File::create(&path)
                    .with_context(|| format!("creating {}", path.display()))?;
                io::copy(&mut r.take(size), &mut f)
                    .with_context(|| format!("writing {}", path.display()))?;
            }
        }
        Ok(())
    }

    fn add_bytes(&mut self, name: &str, data: &[u8]) -> Result<()> {
        self.add(name, data.len() as u64, &mut io::Cursor::new(data))
    }

    /// Ends the tar stream (end-of-archive blocks).
    pub fn finish(self) -> Result<()> {
        if let Sink::Tar(b) = self {
            let w = b.into_inner().context("finishing the archive")?;
            w.flush()?;
        }
        Ok(())
    }
}

/// One image to save with the names it is saved under.
struct Selected {
    record: ImageRecord,
    names: Vec<String>,
}

/// The images the user named, with the name to record for each: the name it
/// was found by, or none when it was named by ID (as docker does).
fn select(engine: &Engine, store: &Store, images: &[String]) -> Result<Vec<Selected>> {
    if images.is_empty() {
        bail!("no image given: name at least one image to save");
    }
    let mut out: Vec<Selected> = Vec::new();
    for q in images {
        let record = crate::engine::images::resolve(engine, store, q)?;
        let by_id = record
            .id
            .hex()
            .starts_with(q.strip_prefix("sha256:").unwrap_or(q))
            && q.len() >= 3
            && !q.contains(':')
            || q.starts_with("sha256:");
        let name = if by_id {
            None
        } else {
            record
                .names
                .iter()
                .find(|n| matches_query(n, q))
                .cloned()
                .or_else(|| record.names.first().cloned())
        };
        match out.iter_mut().find(|s| s.record.id == record.id) {
            Some(s) => s.names.extend(name.filter(|n| !s.names.contains(n))),
            None => out.push(Selected {
                record,
                names: name.into_iter().collect(),
            }),
        }
    }
    Ok(out)
}

/// Whether a stored full name is what the user typed (possibly short, tagless).
fn matches_query(full: &str, q: &str) -> bool {
    let with_tag = |s: &str| {
        let last = s.rsplit('/').next().unwrap_or(s);
        if last.contains(':') {
            s.to_string()
        } else {
            format!("{s}:latest")
        }
    };
    let q = with_tag(q);
    full == q || full.ends_with(&format!("/{q}"))
}

/// Writes the images to `sink` in `format`.
pub fn save(engine: &Engine, images: &[String], format: SaveFormat, sink: &mut Sink) -> Result<()> {
    let store = engine.store_readonly();
    let selected = select(engine, &store, images)?;
    match format {
        SaveFormat::DockerArchive => docker_archive(&store, &selected, sink),
        SaveFormat::OciArchive | SaveFormat::OciDir => oci_layout(&store, &selected, sink),
    }
}

/// Adds a layer's uncompressed tar, checked against its diff ID.
fn add_layer_tar(store: &Store, l: &LayerRecord, name: &str, sink: &mut Sink) -> Result<()> {
    let (r, size, _guard) = layer_tar(store, l)?;
    let mut v = Verified::new(r);
    sink.add(name, size, &mut v)?;
    v.check(&l.diff_id, size)
}

fn docker_archive(store: &Store, images: &[Selected], sink: &mut Sink) -> Result<()> {
    let mut written: HashSet<Digest> = HashSet::new();
    let mut manifest = Vec::new();
    let mut repositories: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for img in images {
        let mut layer_names = Vec::new();
        for l in &img.record.layers {
            let name = format!("{}.tar", l.diff_id.hex());
            if written.insert(l.diff_id.clone()) {
                add_layer_tar(store, l, &name, sink)?;
            }
            layer_names.push(name);
        }
        let config = store.read_blob(&img.record.id)?;
        let config_name = format!("{}.json", img.record.id.hex());
        if written.insert(img.record.id.clone()) {
            sink.add_bytes(&config_name, &config)?;
        }
        // Docker's archives carry familiar names (busybox:latest); podman's the full ones.
        let tags: Vec<String> = img
            .names
            .iter()
            .filter_map(|n| Reference::parse(n).ok())
            .map(|r| r.familiar())
            .collect();
        for t in &tags {
            if let (Some(top), Some((repo, tag))) = (img.record.layers.last(), t.rsplit_once(':')) {
                repositories
                    .entry(repo.to_string())
                    .or_default()
                    .insert(tag.to_string(), top.diff_id.hex().to_string());
            }
        }
        manifest.push(json!({"Config": config_name, "RepoTags": tags, "Layers": layer_names}));
    }
    sink.add_bytes("manifest.json", &serde_json::to_vec(&manifest)?)?;
    if !repositories.is_empty() {
        sink.add_bytes("repositories", &serde_json::to_vec(&repositories)?)?;
    }
    Ok(())
}

fn oci_layout(store: &Store, images: &[Selected], sink: &mut Sink) -> Result<()> {
    sink.add_bytes("oci-layout", br#"{"imageLayoutVersion":"1.0.0"}"#)?;
    let mut written: HashSet<Digest> = HashSet::new();
    let mut index = Vec::new();
    for img in images {
        let mut descs: Vec<Descriptor> = Vec::new();
        for l in &img.record.layers {
            match l.blob.as_ref().filter(|b| store.has_blob(b)) {
                Some(b) => {
                    if written.insert(b.clone()) {
                        let mut f = std::fs::File::open(store.blob_path(b))
                            .with_context(|| format!("reading blob {b}"))?;
                        let size = f.metadata()?.len();
                        sink.add(&blob_name(b), size, &mut f)?;
                    }
                    let size = std::fs::metadata(store.blob_path(b))?.len();
                    descs.push(descriptor(
                        ManifestFormat::Oci
                            .layer_type(super::media_type_compression(&l.media_type)),
                        b.clone(),
                        size,
                    ));
                }
                None => {
                    if written.insert(l.diff_id.clone()) {
                        add_layer_tar(store, l, &blob_name(&l.diff_id), sink)?;
                    }
                    descs.push(descriptor(manifest::OCI_LAYER, l.diff_id.clone(), l.size));
                }
            }
        }
        let config = store.read_blob(&img.record.id)?;
        if written.insert(img.record.id.clone()) {
            sink.add_bytes(&blob_name(&img.record.id), &config)?;
        }
        let manifest_bytes = match reusable_manifest(store, &img.record, &descs) {
            Some(m) => m,
            None => build_manifest(
                ManifestFormat::Oci,
                &img.record.id,
                config.len() as u64,
                &descs,
            )?,
        };
        let mdigest = Digest::of(&manifest_bytes);
        if written.insert(mdigest.clone()) {
            sink.add_bytes(&blob_name(&mdigest), &manifest_bytes)?;
        }
        let mut entry = json!({"mediaType": manifest::OCI_MANIFEST, "digest": mdigest.to_string(), "size": manifest_bytes.len()});
        if img.names.is_empty() {
            index.push(entry);
        } else {
            for n in &img.names {
                entry["annotations"] = json!({"org.opencontainers.image.ref.name": n});
                index.push(entry.clone());
            }
        }
    }
    sink.add_bytes(
        "index.json",
        &serde_json::to_vec(&json!({"schemaVersion": 2, "manifests": index}))?,
    )?;
    Ok(())
}

/// The stored OCI manifest, when it describes exactly these blobs (so the
/// saved image keeps its registry digest).
fn reusable_manifest(store: &Store, record: &ImageRecord, descs: &[Descriptor]) -> Option<Vec<u8>> {
    if record.manifest_media_type != manifest::OCI_MANIFEST {
        return None;
    }
    let bytes = store.read_blob(&record.manifest).ok()?;
    match manifest::parse(&bytes, manifest::OCI_MANIFEST).ok()? {
        manifest::Parsed::Image(m)
            if m.config.digest == record.id
                && m.layers
                    .iter()
                    .map(|d| &d.digest)
                    .eq(descs.iter().map(|d| &d.digest)) =>
        {
            Some(bytes)
        }
        _ => None,
    }
}

fn blob_name(d: &Digest) -> String {
    format!("blobs/sha256/{}", d.hex())
}

/// Saves into a new OCI layout directory, built beside it and renamed into place.
pub fn save_dir(engine: &Engine, images: &[String], dest: &Path) -> Result<()> {
    if dest.exists() {
        bail!(
            "{} already exists: give a new directory for --format oci-dir",
            dest.display()
        );
    }
    let parent = dest
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = dest
        .file_name()
        .ok_or_else(|| anyhow::anyhow!("invalid output directory {}", dest.display()))?;
    let tmp = parent.join(format!(
        ".{}.dhow-tmp-{:08x}",
        name.to_string_lossy(),
        rand::random::<u32>()
    ));
    std::fs::create_dir(&tmp).with_context(|| format!("creating {}", tmp.display()))?;
    let mut sink = Sink::Dir(tmp.clone());
    let r = save(engine, images, SaveFormat::OciDir, &mut sink).and_then(|_| {
        std::fs::rename(&tmp, dest).with_context(|| format!("renaming into {}", dest.display()))
    });
    if r.is_err() {
        let _ = std::fs::remove_dir_all(&tmp);
    }
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_matching() {
        assert!(matches_query("docker.io/library/busybox:latest", "busybox"));
        assert!(matches_query(
            "127.0.0.1:5000/busybox:1",
            "127.0.0.1:5000/busybox:1"
        ));
        assert!(!matches_query(
            "docker.io/library/busybox:latest",
            "busybox:1"
        ));
        assert!(!matches_query(
            "docker.io/library/notbusybox:latest",
            "busybox"
        ));
        assert!(matches_query("localhost:5000/a/b:latest", "b"));
    }

    #[test]
    fn formats() {
        assert_eq!(
            SaveFormat::parse("oci-archive").unwrap(),
            SaveFormat::OciArchive
        );
        assert!(SaveFormat::parse("zip").is_err());
    }

    #[test]
    fn dir_sink_writes_files() {
        let d = tempfile::tempdir().unwrap();
        let mut s = Sink::Dir(d.path().to_path_buf());
        s.add_bytes("blobs/sha256/x", b"hello").unwrap();
        assert_eq!(
            std::fs::read(d.path().join("blobs/sha256/x")).unwrap(),
            b"hello"
        );
    }
}
