//! `load`: images from a docker-archive (`manifest.json`, as docker and
//! podman write it, including docker's layouts with `<id>/layer.tar` and its
//! OCI-style 25+ archives) or an OCI layout (oci-archive, or a directory),
//! possibly gzip/zstd-compressed. The archive is unpacked into a private
//! temp dir of the store first (its members may come in any order), then
//! each layer is verified against the config's diff IDs while it is
//! extracted; an image is recorded only when all its parts are in.

use super::{build_manifest, ingest_layer, new_record, record_image, ManifestFormat};
use crate::engine::Engine;
use crate::image::config::ImageConfig;
use crate::image::digest::Digest;
use crate::image::manifest::{self, Descriptor, Parsed, Platform};
use crate::image::reference::Reference;
use crate::image::store::{LayerRecord, Store};
use anyhow::{anyhow, bail, Context, Result};
use serde::Deserialize;
use std::collections::HashMap;
use std::io::{self, Read};
use std::path::{Component, Path, PathBuf};

/// Layers extracted at once by `load` (as many as pull downloads).
const LAYER_THREADS: usize = 4;

/// What podman says for input that is not an image archive.
const NOT_AN_ARCHIVE: &str = "payload does not match any of the supported image formats (docker-archive, oci-archive, oci layout)";

/// One loaded image: its ID and the names it got.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub id: Digest,
    pub names: Vec<String>,
}

/// An unpacked archive: regular files under `root`, symlinks resolved by name.
struct Unpacked {
    root: PathBuf,
    links: HashMap<PathBuf, PathBuf>,
    /// Unpacked by us into a store temp dir: its files may become blobs
    /// as they are (not so a user's OCI layout directory).
    ours: bool,
}

impl Unpacked {
    /// The file for an archive member name, following the archive's own
    /// symlinks (docker links duplicate layers) a few times at most.
    fn path(&self, name: &str) -> Result<PathBuf> {
        let mut rel = clean(Path::new(name))
            .ok_or_else(|| anyhow!("archive member {name:?} has an invalid path"))?;
        for _ in 0..8 {
            match self.links.get(&rel) {
                Some(target) => {
                    let base = rel.parent().unwrap_or(Path::new(""));
                    rel = clean(&base.join(target)).ok_or_else(|| {
                        anyhow!("archive link {name:?} points outside the archive")
                    })?;
                }
                None => return Ok(self.root.join(rel)),
            }
        }
        bail!("archive member {name:?}: too many levels of links")
    }

    fn read(&self, name: &str, limit: u64) -> Result<Vec<u8>> {
        let p = self.path(name)?;
        let f = std::fs::File::open(&p).with_context(|| {
            format!("the archive has no {name} (it is incomplete or not an image archive)")
        })?;
        let mut out = Vec::new();
        f.take(limit).read_to_end(&mut out)?;
        Ok(out)
    }

    fn exists(&self, name: &str) -> bool {
        self.path(name).is_ok_and(|p| p.is_file())
    }
}

/// A relative path without `.`/`..` escapes, or None.
fn clean(p: &Path) -> Option<PathBuf> {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            Component::Normal(n) => out.push(n),
            Component::CurDir | Component::RootDir => {}
            Component::ParentDir => {
                if !out.pop() {
                    return None;
                }
            }
            Component::Prefix(_) => return None,
        }
    }
    (!out.as_os_str().is_empty()).then_some(out)
}

/// Unpacks the (decompressed) archive's regular files and records its links.
fn unpack(r: impl Read, root: &Path) -> Result<Unpacked> {
    let mut links = HashMap::new();
    let mut archive = tar::Archive::new(r);
    let mut count = 0usize;
    for entry in archive.entries().context(NOT_AN_ARCHIVE)? {
        let mut entry = entry.map_err(|e| {
            anyhow!("{NOT_AN_ARCHIVE}: the tar stream is damaged or truncated ({e})")
        })?;
        count += 1;
        let raw = entry
            .path()
            .map_err(|e| anyhow!("{NOT_AN_ARCHIVE}: bad member name ({e})"))?
            .into_owned();
        let Some(rel) = clean(&raw) else { continue };
        match entry.header().entry_type() {
            tar::EntryType::Regular | tar::EntryType::Continuous => {
                let dest = root.join(&rel);
                if let Some(p) = dest.parent() {
                    std::fs::create_dir_all(p)?;
                }
                let mut f = std::fs::File::create(&dest)
                    .with_context(|| format!("unpacking {}", rel.display()))?;
                io::copy(&mut entry, &mut f).map_err(|e| {
                    anyhow!(
                        "{NOT_AN_ARCHIVE}: the archive is truncated or damaged (reading {}: {e})",
                        rel.display()
                    )
                })?;
            }
            tar::EntryType::Symlink | tar::EntryType::Link => {
                if let Ok(Some(t)) = entry.link_name() {
                    // Hard link names are relative to the archive root, symlinks to their dir.
                    let target = if entry.header().entry_type() == tar::EntryType::Link {
                        let depth = rel.components().count().saturating_sub(1);
                        let mut p = PathBuf::new();
                        for _ in 0..depth {
                            p.push("..");
                        }
                        p.join(t)
                    } else {
                        t.into_owned()
                    };
                    links.insert(rel, target);
                }
            }
            _ => {}
        }
    }
    if count == 0 {
        bail!("{NOT_AN_ARCHIVE}: the input is empty");
    }
    Ok(Unpacked {
        ours: true,
        root: root.to_path_buf(),
        links,
    })
}

/// Loads every image in the archive read from `input` (a file or a directory
/// holding an OCI layout, or a stream).
pub fn load(engine: &Engine, input: Option<&Path>) -> Result<Vec<Loaded>> {
    let store = engine.store()?;
    store.sweep();
    let r = load_into(&store, input);
    // Layers published before a later one was refused belong to no image,
    // nor do the archive's blobs of an image already stored (its record
    // keeps the blobs it was pulled with): a load leaves no garbage.
    let _ = crate::engine::images::collect_garbage(&store);
    r
}

fn load_into(store: &Store, input: Option<&Path>) -> Result<Vec<Loaded>> {
    let work = store.temp_dir()?;
    let unpacked = match input {
        Some(p) if p.is_dir() => Unpacked {
            root: p.to_path_buf(),
            links: HashMap::new(),
            ours: false,
        },
        Some(p) => {
            let f = std::fs::File::open(p).with_context(|| format!("opening {}", p.display()))?;
            let (_, r) =
                crate::image::layer::decompress(io::BufReader::with_capacity(256 * 1024, f))
                    .with_context(|| format!("reading {}", p.display()))?;
            unpack(r, work.path())?
        }
        None => {
            use std::io::IsTerminal;
            if io::stdin().is_terminal() {
                bail!(
                    "cannot read from terminal, use command-line redirection or the --input flag"
                );
            }
            let (_, r) = crate::image::layer::decompress(io::BufReader::with_capacity(
                256 * 1024,
                io::stdin(),
            ))
            .context("reading standard input")?;
            unpack(r, work.path())?
        }
    };
    if unpacked.exists("manifest.json") {
        load_docker(&store, &unpacked)
    } else if unpacked.exists("index.json") {
        load_oci(&store, &unpacked)
    } else if unpacked.exists("repositories") {
        bail!("this is a docker archive from before docker 1.10 (no manifest.json); such archives are not supported: save the image again with a newer docker")
    } else {
        bail!("{NOT_AN_ARCHIVE}: the archive has neither manifest.json nor index.json")
    }
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct DockerEntry {
    config: String,
    #[serde(default)]
    repo_tags: Option<Vec<String>>,
    layers: Vec<String>,
}

fn load_docker(store: &Store, a: &Unpacked) -> Result<Vec<Loaded>> {
    let entries: Vec<DockerEntry> = serde_json::from_slice(&a.read("manifest.json", 16 << 20)?)
        .context("manifest.json of the archive is malformed")?;
    if entries.is_empty() {
        bail!("the archive's manifest.json lists no images");
    }
    let mut out = Vec::new();
    for e in entries {
        crate::image::manifest::check_layer_count(e.layers.len())?;
        let config_bytes = a.read(&e.config, 64 << 20)?;
        let config = ImageConfig::parse(&config_bytes)?;
        if config.rootfs.diff_ids.len() != e.layers.len() {
            bail!(
                "the archive is inconsistent: image {} lists {} layers but its configuration {}",
                e.config,
                e.layers.len(),
                config.rootfs.diff_ids.len()
            );
        }
        // Layers are independent: extract several at once.
        let layers = crate::util::parallel::map_in_order(e.layers.len(), LAYER_THREADS, |i| {
            load_layer(store, a, &e.layers[i], None, &config.rootfs.diff_ids[i], None)
        })?;
        let id = store.put_blob(&config_bytes, None)?;
        let format = ManifestFormat::Docker;
        let descs: Vec<Descriptor> = layers
            .iter()
            .map(|l| {
                super::descriptor(
                    format.layer_type(super::media_type_compression(&l.media_type)),
                    l.blob.clone().unwrap_or_else(|| l.diff_id.clone()),
                    l.blob_size,
                )
            })
            .collect();
        let manifest = build_manifest(format, &id, config_bytes.len() as u64, &descs)?;
        let mdigest = store.put_blob(&manifest, None)?;
        let names = normalize_names(e.repo_tags.unwrap_or_default().iter().map(String::as_str));
        record_image(
            store,
            new_record(
                id.clone(),
                &config,
                mdigest,
                format.manifest_type(),
                layers,
                names.clone(),
            ),
        )?;
        out.push(Loaded { id, names });
    }
    Ok(out)
}

/// Stores one layer file, unless the store already has both its layer and a
/// blob for it.
fn load_layer(
    store: &Store,
    a: &Unpacked,
    member: &str,
    blob: Option<&Digest>,
    diff_id: &Digest,
    media_type: Option<&str>,
) -> Result<LayerRecord> {
    if store.has_layer(diff_id) {
        if let Some(known) = super::known_blob(store, diff_id) {
            return Ok(known);
        }
    }
    let p = a.path(member)?;
    if !p.is_file() {
        bail!("the archive has no layer {member} (it is incomplete)");
    }
    ingest_layer(
        store,
        &p,
        a.ours,
        blob,
        diff_id,
        media_type.or(Some("")),
    )
    .with_context(|| format!("loading layer {member}"))
}

/// Names as podman records them (`busybox:latest` → `docker.io/library/busybox:latest`).
fn normalize_names<'a>(names: impl Iterator<Item = &'a str>) -> Vec<String> {
    names
        .filter_map(|n| Reference::parse(n).ok())
        .map(|r| r.with_tag(r.tag_or_latest()).to_string())
        .collect()
}

fn load_oci(store: &Store, a: &Unpacked) -> Result<Vec<Loaded>> {
    let index_bytes = a.read("index.json", 16 << 20)?;
    let index = match manifest::parse(&index_bytes, manifest::OCI_INDEX)
        .context("index.json of the archive is malformed")?
    {
        Parsed::Index(i) => i,
        Parsed::Image(_) => bail!("index.json of the archive is not an image index"),
    };
    if index.manifests.is_empty() {
        bail!("the archive's index.json lists no images");
    }
    let mut out: Vec<Loaded> = Vec::new();
    for entry in &index.manifests {
        let ann = entry.annotations.clone().unwrap_or_default();
        let name = ann
            .get("io.containerd.image.name")
            .or_else(|| {
                ann.get("org.opencontainers.image.ref.name")
                    .filter(|n| n.contains('/') || n.contains(':') && !n.starts_with(':'))
            })
            .and_then(|n| {
                normalize_names(std::iter::once(n.as_str()))
                    .into_iter()
                    .next()
            });
        let (mbytes, mdigest, m) = resolve_manifest(a, entry)?;
        let config_bytes = read_blob(a, &m.config.digest, 64 << 20)?;
        let config = ImageConfig::parse(&config_bytes)?;
        if config.rootfs.diff_ids.len() != m.layers.len() {
            bail!("the archive is inconsistent: manifest {mdigest} lists {} layers but its configuration {}", m.layers.len(), config.rootfs.diff_ids.len());
        }
        let layers = crate::util::parallel::map_in_order(m.layers.len(), LAYER_THREADS, |i| {
            let d = &m.layers[i];
            load_layer(store, a, &blob_member(&d.digest), Some(&d.digest), &config.rootfs.diff_ids[i], Some(&d.media_type))
        })?;
        let id = store.put_blob(&config_bytes, Some(&m.config.digest))?;
        store.put_blob(&mbytes, Some(&mdigest))?;
        let mt = m
            .media_type
            .clone()
            .unwrap_or_else(|| manifest::OCI_MANIFEST.to_string());
        let names: Vec<String> = name.into_iter().collect();
        record_image(
            store,
            new_record(id.clone(), &config, mdigest, &mt, layers, names.clone()),
        )?;
        match out.iter_mut().find(|l| l.id == id) {
            Some(l) => l.names.extend(names),
            None => out.push(Loaded { id, names }),
        }
    }
    Ok(out)
}

fn blob_member(d: &Digest) -> String {
    format!("blobs/sha256/{}", d.hex())
}

fn read_blob(a: &Unpacked, d: &Digest, limit: u64) -> Result<Vec<u8>> {
    let bytes = a.read(&blob_member(d), limit)?;
    if Digest::of(&bytes) != *d {
        bail!("blob {d} in the archive is damaged (its content does not match its digest)");
    }
    Ok(bytes)
}

/// The image manifest an index entry stands for (the host's platform from a nested index).
fn resolve_manifest(
    a: &Unpacked,
    entry: &Descriptor,
) -> Result<(Vec<u8>, Digest, manifest::ImageManifest)> {
    let bytes = read_blob(a, &entry.digest, crate::image::registry::MAX_MANIFEST_SIZE)?;
    match manifest::parse(&bytes, &entry.media_type)? {
        Parsed::Image(m) => Ok((bytes, entry.digest.clone(), m)),
        Parsed::Index(i) => {
            let inner = i.select(&Platform::host())?;
            let bytes = read_blob(a, &inner.digest, crate::image::registry::MAX_MANIFEST_SIZE)?;
            match manifest::parse(&bytes, &inner.media_type)? {
                Parsed::Image(m) => Ok((bytes, inner.digest.clone(), m)),
                Parsed::Index(_) => bail!("nested image indexes are not supported"),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_paths() {
        assert_eq!(
            clean(Path::new("./a/../b.tar")),
            Some(PathBuf::from("b.tar"))
        );
        assert_eq!(clean(Path::new("../x")), None);
        assert_eq!(clean(Path::new("/abs/x")), Some(PathBuf::from("abs/x")));
    }

    #[test]
    fn garbage_is_refused() {
        let d = tempfile::tempdir().unwrap();
        let err = unpack(io::Cursor::new(vec![0x55u8; 2000]), d.path())
            .err()
            .expect("garbage must fail");
        assert!(
            format!("{err:#}").contains("supported image formats"),
            "{err:#}"
        );
        assert!(unpack(io::Cursor::new(Vec::<u8>::new()), d.path()).is_err());
    }

    #[test]
    fn links_resolve() {
        let d = tempfile::tempdir().unwrap();
        let mut b = tar::Builder::new(Vec::new());
        let mut h = tar::Header::new_ustar();
        h.set_size(3);
        h.set_mode(0o644);
        h.set_cksum();
        b.append_data(&mut h, "a/layer.tar", &b"abc"[..]).unwrap();
        let mut l = tar::Header::new_ustar();
        l.set_entry_type(tar::EntryType::Symlink);
        l.set_size(0);
        b.append_link(&mut l, "b/layer.tar", "../a/layer.tar")
            .unwrap();
        let data = b.into_inner().unwrap();
        let u = unpack(io::Cursor::new(data), d.path()).unwrap();
        assert_eq!(u.read("b/layer.tar", 10).unwrap(), b"abc");
        assert!(u.path("../etc/passwd").is_err());
    }

    #[test]
    fn names_normalized() {
        assert_eq!(
            normalize_names(["busybox:latest", "localhost/x", "Bad Name"].into_iter()),
            vec!["docker.io/library/busybox:latest", "localhost/x:latest"]
        );
    }
}
