//! Moving images in and out of the store: push, login/logout, save/load,
//! import/export, commit and search. The pieces they share live here:
//! storing a new layer from a tar (commit, import, load), reproducing a
//! layer's exact tar (save), compressing a layer for a registry (push), and
//! building manifests.

pub mod archive;
pub mod changes;
pub mod commit;
pub mod import_export;
pub mod load;
pub mod login;
pub mod push;
pub mod search;

use crate::image::digest::{Digest, HashingReader};
use crate::image::layer::{self, Compression};
use crate::image::manifest::{self, Descriptor, ImageManifest};
use crate::image::store::{ImageRecord, LayerRecord, LayerSlot, Store, TempDir};
use anyhow::{bail, Context, Result};
use std::fs::File;
use std::io::{self, BufReader, Read, Write};
use std::path::PathBuf;

/// Docker's media type of an uncompressed layer (v2s2).
pub const DOCKER_LAYER_TAR: &str = "application/vnd.docker.image.rootfs.diff.tar";
/// Docker's zstd layer type (containers/image writes it in v2s2 manifests).
pub const DOCKER_LAYER_ZSTD: &str = "application/vnd.docker.image.rootfs.diff.tar.zstd";

/// The manifest flavour of an image written out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ManifestFormat {
    Oci,
    Docker,
}

impl ManifestFormat {
    /// `oci`, `v2s2` / `docker` as podman's `--format` takes them.
    pub fn parse(s: &str) -> Result<ManifestFormat> {
        match s {
            "oci" => Ok(ManifestFormat::Oci),
            "v2s2" | "docker" => Ok(ManifestFormat::Docker),
            "v2s1" => bail!("--format v2s1 is not supported: the Docker schema 1 format is deprecated; use oci or v2s2"),
            _ => bail!("invalid --format {s:?}: use oci or v2s2"),
        }
    }

    /// The flavour of a stored manifest media type.
    pub fn of_media_type(mt: &str) -> Option<ManifestFormat> {
        match mt {
            manifest::OCI_MANIFEST => Some(ManifestFormat::Oci),
            manifest::DOCKER_MANIFEST => Some(ManifestFormat::Docker),
            _ => None,
        }
    }

    pub fn manifest_type(self) -> &'static str {
        match self {
            ManifestFormat::Oci => manifest::OCI_MANIFEST,
            ManifestFormat::Docker => manifest::DOCKER_MANIFEST,
        }
    }

    pub fn config_type(self) -> &'static str {
        match self {
            ManifestFormat::Oci => manifest::OCI_CONFIG,
            ManifestFormat::Docker => manifest::DOCKER_CONFIG,
        }
    }

    /// The layer media type for a compression.
    pub fn layer_type(self, c: Compression) -> &'static str {
        match (self, c) {
            (ManifestFormat::Oci, Compression::None) => manifest::OCI_LAYER,
            (ManifestFormat::Oci, Compression::Gzip) => manifest::OCI_LAYER_GZIP,
            (ManifestFormat::Oci, Compression::Zstd) => manifest::OCI_LAYER_ZSTD,
            (ManifestFormat::Docker, Compression::None) => DOCKER_LAYER_TAR,
            (ManifestFormat::Docker, Compression::Gzip) => manifest::DOCKER_LAYER_GZIP,
            (ManifestFormat::Docker, Compression::Zstd) => DOCKER_LAYER_ZSTD,
        }
    }
}

/// The compression a layer media type declares.
pub fn media_type_compression(mt: &str) -> Compression {
    if mt.ends_with("zstd") {
        Compression::Zstd
    } else if mt.ends_with("gzip") || mt.ends_with(".tar.gz") || mt.is_empty() {
        // An empty type comes from old records of pulled (hence compressed) layers.
        Compression::Gzip
    } else {
        Compression::None
    }
}

/// Serialises a manifest (schema 2) for the given config and layers.
pub fn build_manifest(
    format: ManifestFormat,
    config: &Digest,
    config_size: u64,
    layers: &[Descriptor],
) -> Result<Vec<u8>> {
    let m = ImageManifest {
        schema_version: 2,
        media_type: Some(format.manifest_type().to_string()),
        config: descriptor(format.config_type(), config.clone(), config_size),
        layers: layers.to_vec(),
        annotations: None,
    };
    Ok(serde_json::to_vec(&m)?)
}

/// A plain descriptor.
pub fn descriptor(media_type: &str, digest: Digest, size: u64) -> Descriptor {
    Descriptor {
        media_type: media_type.to_string(),
        digest,
        size,
        urls: vec![],
        annotations: None,
        platform: None,
    }
}

/// The descriptors of an image's layers as stored: the stored blob when there
/// is one, else the uncompressed tar (digest = diff ID).
pub fn stored_layer_descriptors(
    store: &Store,
    format: ManifestFormat,
    layers: &[LayerRecord],
) -> Vec<Descriptor> {
    layers
        .iter()
        .map(|l| match &l.blob {
            Some(b) if store.has_blob(b) => descriptor(
                format.layer_type(media_type_compression(&l.media_type)),
                b.clone(),
                l.blob_size,
            ),
            _ => descriptor(
                format.layer_type(Compression::None),
                l.diff_id.clone(),
                l.size,
            ),
        })
        .collect()
}

/// Records an image, checking under the GC lock that its layers are still
/// there (a concurrent `rmi` may have collected one).
pub fn record_image(store: &Store, record: ImageRecord) -> Result<()> {
    let _guard = store.lock("images-gc")?;
    for l in &record.layers {
        if !store.has_layer(&l.diff_id) {
            bail!(
                "layer {} was removed by another dhow command meanwhile; try again",
                l.diff_id
            );
        }
    }
    store.add_image(record)
}

/// A record for a newly made image.
pub fn new_record(
    id: Digest,
    config: &crate::image::config::ImageConfig,
    manifest: Digest,
    manifest_type: &str,
    layers: Vec<LayerRecord>,
    names: Vec<String>,
) -> ImageRecord {
    ImageRecord {
        id,
        names,
        repo_digests: vec![],
        manifest,
        manifest_media_type: manifest_type.to_string(),
        size: layers.iter().map(|l| l.size).sum(),
        layers,
        created: config.created_time(),
        architecture: config.architecture.clone(),
        os: config.os.clone(),
        added: chrono::Utc::now(),
        names_history: vec![],
    }
}

/// A known blob for a layer another image already has, so a layer present in
/// the store is not stored twice.
fn known_blob(store: &Store, diff_id: &Digest) -> Option<LayerRecord> {
    let images = store.images().ok()?;
    images
        .into_iter()
        .flat_map(|i| i.layers)
        .find(|l| l.diff_id == *diff_id && l.blob.as_ref().is_some_and(|b| store.has_blob(b)))
}

/// Stores one layer blob from `file` (compressed or not) in one pass: its
/// bytes are hashed and, decompressed, go into the extractor. With `adopt`
/// (`file` is ours, in a store temp dir: an unpacked archive member) the
/// file itself then becomes the blob, hard-linked — a copy was a third
/// write of every layer; otherwise it is copied. Both the blob digest (when
/// `expected_blob` is given) and the diff ID are checked before anything is
/// published.
pub fn ingest_layer(
    store: &Store,
    file: &std::path::Path,
    adopt: bool,
    expected_blob: Option<&Digest>,
    diff_id: &Digest,
    media_type: Option<&str>,
) -> Result<LayerRecord> {
    let r = BufReader::with_capacity(
        256 * 1024,
        File::open(file).with_context(|| format!("reading {}", file.display()))?,
    );
    let mut blob = crate::image::digest::Hasher::new();
    let slot = store.begin_layer(diff_id)?;
    let (compression, size) = {
        let tee = Tee {
            inner: r,
            hasher: &mut blob,
        };
        let (compression, decompressed) = layer::decompress(tee).context("reading layer")?;
        let mut hashed = HashingReader::new(decompressed);
        let size = match &slot {
            LayerSlot::Fresh(tx) => {
                let stats = layer::apply_layer(
                    &mut hashed,
                    &tx.diff_path(),
                    &crate::image::layer::ApplyOptions::for_current_user(),
                )?;
                io::copy(&mut hashed, &mut io::sink()).context("reading layer")?;
                if let Some(w) = stats.warning() {
                    eprintln!("WARN: {w}");
                }
                stats.size
            }
            LayerSlot::Present(_) => {
                io::copy(&mut hashed, &mut io::sink()).context("reading layer")?
            }
        };
        let (got, _) = hashed.finish();
        if got != *diff_id {
            bail!("layer content digest mismatch: expected diff ID {diff_id}, got {got} (the archive is damaged)");
        }
        (compression, size)
    };
    let blob_size = blob.len();
    let blob_digest = blob.finish();
    if let Some(exp) = expected_blob.filter(|e| **e != blob_digest) {
        bail!("digest mismatch: expected {exp}, got {blob_digest} (the archive is damaged)");
    }
    if adopt {
        store.adopt_blob(file, &blob_digest)?;
    } else {
        let mut w = store.blob_writer()?;
        io::copy(
            &mut File::open(file).with_context(|| format!("reading {}", file.display()))?,
            &mut w,
        )
        .with_context(|| format!("storing {}", file.display()))?;
        w.commit(Some(&blob_digest))?;
    }
    let size = match slot {
        LayerSlot::Fresh(tx) => tx.commit(size)?.size,
        LayerSlot::Present(info) => info.size,
    };
    let media_type = match media_type {
        Some(mt) if !mt.is_empty() => mt.to_string(),
        _ => ManifestFormat::Oci.layer_type(compression).to_string(),
    };
    Ok(LayerRecord {
        diff_id: diff_id.clone(),
        blob: Some(blob_digest),
        media_type,
        blob_size,
        size,
    })
}

/// Hashes everything read (the blob's digest).
struct Tee<'a, R> {
    inner: R,
    hasher: &'a mut crate::image::digest::Hasher,
}

impl<R: Read> Read for Tee<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hasher.update(&buf[..n]);
        Ok(n)
    }
}

/// An uncompressed layer tar written to a private temp file, with its diff ID.
pub struct StagedTar {
    _dir: TempDir,
    pub path: PathBuf,
    pub diff_id: Digest,
    pub size: u64,
}

/// Writes a tar stream to a temp file in the store while hashing it.
pub fn stage_tar(
    store: &Store,
    produce: impl FnOnce(&mut dyn Write) -> Result<()>,
) -> Result<StagedTar> {
    let dir = store.temp_dir()?;
    let path = dir.path().join("layer.tar");
    let file = File::create(&path).with_context(|| format!("creating {}", path.display()))?;
    let mut w =
        crate::image::digest::HashingWriter::new(io::BufWriter::with_capacity(256 * 1024, file));
    produce(&mut w)?;
    let (diff_id, size, buf) = w.finish();
    buf.into_inner().map_err(|e| e.into_error())?.sync_data()?;
    Ok(StagedTar {
        _dir: dir,
        path,
        diff_id,
        size,
    })
}

/// Stores a staged tar as a layer: extracted into the store (unless present)
/// and kept as a compressed blob so a push or save reproduces it exactly.
/// Nothing is published unless the tar extracts cleanly.
pub fn commit_staged(
    store: &Store,
    staged: &StagedTar,
    compression: Compression,
) -> Result<LayerRecord> {
    let mut blob = store.blob_writer()?;
    let slot = store.begin_layer(&staged.diff_id)?;
    {
        let file = File::open(&staged.path)
            .with_context(|| format!("reading {}", staged.path.display()))?;
        let mut enc = Encoder::new(&mut blob, compression)?;
        let mut tee = EncTee {
            inner: BufReader::with_capacity(256 * 1024, file),
            enc: &mut enc,
        };
        match &slot {
            LayerSlot::Fresh(tx) => {
                let stats = layer::apply_layer(
                    &mut tee,
                    &tx.diff_path(),
                    &crate::image::layer::ApplyOptions::for_current_user(),
                )
                .context("the input is not a valid tar archive")?;
                if let Some(w) = stats.warning() {
                    eprintln!("WARN: {w}");
                }
            }
            LayerSlot::Present(_) => {
                io::copy(&mut tee, &mut io::sink())?;
            }
        }
        enc.finish()?;
    }
    let blob_size = blob.len();
    let digest = blob.commit(None)?;
    if let LayerSlot::Fresh(tx) = slot {
        tx.commit(staged.size)?;
    }
    Ok(LayerRecord {
        diff_id: staged.diff_id.clone(),
        blob: Some(digest),
        media_type: ManifestFormat::Oci.layer_type(compression).to_string(),
        blob_size,
        size: staged.size,
    })
}

/// gzip/zstd/none over a writer.
pub enum Encoder<W: Write> {
    Plain(W),
    Gzip(crate::util::gzip::GzipWriter<W>),
    Zstd(zstd::stream::write::Encoder<'static, W>),
}

impl<W: Write> Encoder<W> {
    pub fn new(w: W, c: Compression) -> Result<Encoder<W>> {
        Ok(match c {
            Compression::None => Encoder::Plain(w),
            // Level 1 (containers/image's pgzip default trades size for speed
            // similarly), stored blocks where the data does not compress.
            Compression::Gzip => Encoder::Gzip(crate::util::gzip::GzipWriter::new(w)?),
            Compression::Zstd => Encoder::Zstd(zstd::stream::write::Encoder::new(w, 3)?),
        })
    }

    pub fn finish(self) -> io::Result<W> {
        match self {
            Encoder::Plain(w) => Ok(w),
            Encoder::Gzip(e) => e.finish(),
            Encoder::Zstd(e) => e.finish(),
        }
    }
}

impl<W: Write> Write for Encoder<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Encoder::Plain(w) => w.write(buf),
            Encoder::Gzip(e) => e.write(buf),
            Encoder::Zstd(e) => e.write(buf),
        }
    }
    fn flush(&mut self) -> io::Result<()> {
        match self {
            Encoder::Plain(w) => w.flush(),
            Encoder::Gzip(e) => e.flush(),
            Encoder::Zstd(e) => e.flush(),
        }
    }
}

struct EncTee<'a, R, W: Write> {
    inner: R,
    enc: &'a mut Encoder<W>,
}

impl<R: Read, W: Write> Read for EncTee<'_, R, W> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.enc.write_all(&buf[..n])?;
        Ok(n)
    }
}

/// The layer's exact uncompressed tar (whose digest is its diff ID), as a
/// reader of `LayerRecord::size` bytes: the stored blob decompressed, or, for
/// a layer without one, the layer dir archived again into a temp file and
/// checked against the diff ID.
pub fn layer_tar(
    store: &Store,
    l: &LayerRecord,
) -> Result<(Box<dyn Read + Send>, u64, Option<TempDir>)> {
    if let Some(b) = l.blob.as_ref().filter(|b| store.has_blob(b)) {
        let f = File::open(store.blob_path(b)).with_context(|| format!("reading blob {b}"))?;
        let (_, r) = decompress_send(BufReader::with_capacity(256 * 1024, f))?;
        // Decompress on another thread while the caller hashes and writes.
        return Ok((Box::new(crate::util::readahead::ReadAhead::new(r)), l.size, None));
    }
    let staged = stage_tar(store, |w| {
        layer::write_layer(
            &store.layer_diff(&l.diff_id),
            w,
            &layer::WriteOptions::default(),
        )?;
        Ok(())
    })?;
    if staged.diff_id != l.diff_id {
        bail!(
            "layer {} has no stored archive and archiving its files again gives different content ({}); the image cannot be exported byte-exact (pull or build it again)",
            l.diff_id,
            staged.diff_id
        );
    }
    let f = File::open(&staged.path)?;
    let size = staged.size;
    Ok((Box::new(BufReader::new(f)), size, Some(staged._dir)))
}

/// Like [`layer::decompress`], for readers that must cross threads.
pub fn decompress_send<R: Read + Send + 'static>(r: R) -> io::Result<(Compression, Box<dyn Read + Send>)> {
    let (kind, joined) = layer::sniff(r)?;
    let out: Box<dyn Read + Send> = match kind {
        Compression::None => Box::new(joined),
        Compression::Gzip => Box::new(flate2::read::MultiGzDecoder::new(joined)),
        Compression::Zstd => Box::new(zstd::stream::read::Decoder::new(joined)?),
    };
    Ok((kind, out))
}

/// Reader that checks the length and digest of what passes through.
pub struct Verified<R> {
    inner: HashingReader<R>,
}

impl<R: Read> Verified<R> {
    pub fn new(r: R) -> Self {
        Verified {
            inner: HashingReader::new(r),
        }
    }
    pub fn check(self, expected: &Digest, size: u64) -> Result<()> {
        let n = self.inner.len();
        let (got, _) = self.inner.finish();
        if n != size || got != *expected {
            bail!("stored layer {expected} is damaged (read {n} bytes with digest {got}, expected {size} bytes); remove the image and pull it again");
        }
        Ok(())
    }
}

impl<R: Read> Read for Verified<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.inner.read(buf)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn media_types() {
        assert_eq!(
            media_type_compression(manifest::OCI_LAYER_ZSTD),
            Compression::Zstd
        );
        assert_eq!(
            media_type_compression(manifest::DOCKER_LAYER_GZIP),
            Compression::Gzip
        );
        assert_eq!(media_type_compression(DOCKER_LAYER_TAR), Compression::None);
        assert_eq!(
            ManifestFormat::Docker.layer_type(Compression::Gzip),
            manifest::DOCKER_LAYER_GZIP
        );
        assert!(ManifestFormat::parse("v2s1").is_err());
        assert_eq!(
            ManifestFormat::parse("docker").unwrap(),
            ManifestFormat::Docker
        );
    }

    #[test]
    fn manifest_round_trips() {
        let cfg = Digest::of(b"{}");
        let l = descriptor(manifest::OCI_LAYER_GZIP, Digest::of(b"x"), 1);
        let bytes = build_manifest(ManifestFormat::Oci, &cfg, 2, &[l.clone()]).unwrap();
        match manifest::parse(&bytes, "").unwrap() {
            manifest::Parsed::Image(m) => {
                assert_eq!(m.config.digest, cfg);
                assert_eq!(m.config.media_type, manifest::OCI_CONFIG);
                assert_eq!(m.layers, vec![l]);
            }
            _ => panic!("not an image manifest"),
        }
    }

    #[test]
    fn encoder_round_trips() {
        for c in [Compression::None, Compression::Gzip, Compression::Zstd] {
            let mut e = Encoder::new(Vec::new(), c).unwrap();
            e.write_all(b"hello world").unwrap();
            let data = e.finish().unwrap();
            let (kind, mut r) = decompress_send(io::Cursor::new(data)).unwrap();
            assert_eq!(kind, c);
            let mut s = String::new();
            r.read_to_string(&mut s).unwrap();
            assert_eq!(s, "hello world");
        }
    }
}
