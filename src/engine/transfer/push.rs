//! `push`: uploads an image's blobs and manifest to a registry.
//!
//! Digests stay stable: stored compressed blobs are sent byte-exact, and the
//! stored manifest is re-used when it describes exactly what is pushed, so
//! pushing a pulled image gives the registry the same manifest digest. Blobs
//! the registry has are skipped; blobs in another repository of the same
//! registry are mounted instead of uploaded. A layer without a suitable
//! compressed blob (loaded from an uncompressed archive, or a different
//! `--compression-format`) is compressed once and the result kept, so the
//! next push sends the same bytes again.

use super::{
    build_manifest, descriptor, layer_tar, media_type_compression, Encoder, ManifestFormat,
    Verified,
};
use crate::engine::pull::progress::Progress;
use crate::engine::Engine;
use crate::image::digest::Digest;
use crate::image::layer::Compression;
use crate::image::manifest::{self, Descriptor};
use crate::image::reference::Reference;
use crate::image::registry::{ClientOptions, RegistryClient};
use crate::image::store::{ImageRecord, LayerRecord, Store};
use anyhow::{anyhow, bail, Context, Result};
use std::path::PathBuf;
use std::sync::Mutex;

/// Layers uploaded at once.
const PARALLEL: usize = 4;

/// What `push` was asked to do.
#[derive(Debug, Clone)]
pub struct PushOptions {
    pub image: String,
    pub destination: Option<String>,
    pub tls_verify: Option<bool>,
    pub authfile: Option<PathBuf>,
    pub creds: Option<(String, String)>,
    pub format: Option<ManifestFormat>,
    pub compression: Option<Compression>,
    pub digestfile: Option<PathBuf>,
    pub quiet: bool,
}

/// Parses `--compression-format`.
pub fn parse_compression(s: &str) -> Result<Compression> {
    match s {
        "gzip" => Ok(Compression::Gzip),
        "zstd" | "zstd:chunked" => Ok(Compression::Zstd),
        _ => bail!("invalid --compression-format {s:?}: use gzip or zstd"),
    }
}

/// Where the image goes: the destination given (a `docker://` prefix is
/// accepted), else the name the image was found by.
fn destination(record: &ImageRecord, opts: &PushOptions) -> Result<Reference> {
    let raw = match &opts.destination {
        Some(d) => d.strip_prefix("docker://").unwrap_or(d).to_string(),
        None if !Reference::is_short_name(&opts.image) => opts.image.clone(),
        None => record
            .names
            .iter()
            .find(|n| {
                let q = if opts.image.rsplit('/').next().is_some_and(|l| l.contains(':')) { opts.image.clone() } else { format!("{}:latest", opts.image) };
                n.ends_with(&format!("/{q}"))
            })
            .cloned()
            .ok_or_else(|| anyhow!("no destination registry for {:?}: give a full name like 127.0.0.1:5000/{} as the destination", opts.image, opts.image))?,
    };
    let r = Reference::parse(&raw).map_err(|e| anyhow!("{e}: {raw:?}"))?;
    Ok(r)
}

/// One blob to send.
#[derive(Clone)]
struct Upload {
    digest: Digest,
    size: u64,
}

/// Pushes; returns the manifest digest.
pub fn push(engine: &Engine, opts: &PushOptions) -> Result<Digest> {
    let store = engine.store()?;
    let record = crate::engine::images::resolve(engine, &store, &opts.image)?;
    let dest = destination(&record, opts)?;
    if dest.digest.is_some() {
        bail!("cannot push to a digest reference ({dest}): give a tag");
    }
    let format = opts
        .format
        .or_else(|| ManifestFormat::of_media_type(&record.manifest_media_type))
        .unwrap_or(ManifestFormat::Oci);
    let progress = Progress::new(opts.quiet);

    // Talk to the registry first: a refused host fails before any work.
    let registries = engine.registries()?;
    let insecure = match opts.tls_verify {
        Some(v) => !v,
        None => {
            crate::engine::pull::is_loopback(&dest.registry)
                || registries
                    .find_entry(&dest)
                    .is_some_and(|(e, _)| e.insecure)
        }
    };
    if registries.find_entry(&dest).is_some_and(|(e, _)| e.blocked) {
        bail!("registry {} is blocked in registries.conf", dest.registry);
    }
    let auth = crate::engine::pull::credentials(
        &opts.creds,
        &opts.authfile,
        &dest.registry,
        &dest.repository,
    )?;
    let client = RegistryClient::new(
        &dest.api_registry(),
        ClientOptions {
            insecure,
            auth,
            user_agent: format!("dhow/{}", env!("CARGO_PKG_VERSION")),
            retries: 3,
        },
    )?;
    client
        .ping()
        .with_context(|| format!("pushing to {}", dest.registry))?;

    progress.line("Getting image source signatures");
    let (layers, changed) = prepare_layers(&store, &record.layers, format, opts.compression)?;
    let descs: Vec<Descriptor> = layers
        .iter()
        .map(|l| {
            descriptor(
                format.layer_type(media_type_compression(&l.media_type)),
                l.blob.clone().expect("prepared layers have blobs"),
                l.blob_size,
            )
        })
        .collect();
    let uploads: Vec<Upload> = descs
        .iter()
        .map(|d| Upload {
            digest: d.digest.clone(),
            size: d.size,
        })
        .collect();
    let mount_from = record
        .repo_digests
        .iter()
        .filter_map(|rd| rd.split_once('@').map(|(n, _)| n))
        .filter_map(|n| Reference::parse(n).ok())
        .find(|r| r.registry == dest.registry && r.repository != dest.repository)
        .map(|r| r.repository);
    upload_all(
        &store,
        &client,
        &dest.repository,
        &uploads,
        mount_from.as_deref(),
        &progress,
    )?;

    let config = store.read_blob(&record.id)?;
    let repo = dest.repository.as_str();
    if client.blob_exists(repo, &record.id)?.is_none() {
        client.upload_blob(
            repo,
            &record.id,
            config.len() as u64,
            Box::new(std::io::Cursor::new(config.clone())),
        )?;
        progress.line(&format!("Copying config {} done", record.id.short()));
    } else {
        progress.line(&format!(
            "Copying config {} skipped: already exists",
            record.id.short()
        ));
    }

    progress.line("Writing manifest to image destination");
    let (manifest_bytes, mt) = match reusable(&store, &record, format, &descs) {
        Some(b) => (b, format.manifest_type()),
        None => (
            build_manifest(format, &record.id, config.len() as u64, &descs)?,
            format.manifest_type(),
        ),
    };
    let digest = client.put_manifest(repo, dest.tag_or_latest(), &manifest_bytes, mt)?;

    // Remember what was pushed, so the next push sends the same bytes.
    store.put_blob(&manifest_bytes, Some(&digest))?;
    let repo_digest = format!("{}/{}@{}", dest.registry, dest.repository, digest);
    let manifest_changed = digest != record.manifest;
    store.update_images(|images| {
        if let Some(img) = images.iter_mut().find(|i| i.id == record.id) {
            if changed || manifest_changed {
                img.layers = layers.clone();
                img.manifest = digest.clone();
                img.manifest_media_type = mt.to_string();
            }
            if !img.repo_digests.contains(&repo_digest) {
                img.repo_digests.push(repo_digest.clone());
            }
        }
        Ok(())
    })?;
    if let Some(f) = &opts.digestfile {
        crate::util::atomic::write_file(f, digest.to_string().as_bytes(), 0o644)
            .with_context(|| format!("writing the digest to {}", f.display()))?;
    }
    Ok(digest)
}

/// Layers with a blob in the wanted compression, making those missing.
/// Returns the layers and whether any changed.
fn prepare_layers(
    store: &Store,
    layers: &[LayerRecord],
    format: ManifestFormat,
    wanted: Option<Compression>,
) -> Result<(Vec<LayerRecord>, bool)> {
    let mut out = Vec::with_capacity(layers.len());
    let mut changed = false;
    for l in layers {
        let have = l
            .blob
            .as_ref()
            .filter(|b| store.has_blob(b))
            .map(|_| media_type_compression(&l.media_type));
        let target = match (wanted, have) {
            (Some(w), _) => w,
            (None, Some(c)) if c != Compression::None => c,
            _ => Compression::Gzip,
        };
        if target == Compression::Zstd && format == ManifestFormat::Docker {
            bail!("zstd-compressed layers cannot be pushed in the Docker v2s2 format: use --format oci or --compression-format gzip");
        }
        if have == Some(target) {
            out.push(l.clone());
            continue;
        }
        let (r, size, _guard) = layer_tar(store, l)?;
        let mut v = Verified::new(r);
        let mut blob = store.blob_writer()?;
        {
            let mut enc = Encoder::new(&mut blob, target)?;
            std::io::copy(&mut std::io::Read::take(&mut v, size), &mut enc)
                .with_context(|| format!("compressing layer {}", l.diff_id))?;
            enc.finish()?;
        }
        v.check(&l.diff_id, size)?;
        let blob_size = blob.len();
        let digest = blob.commit(None)?;
        out.push(LayerRecord {
            blob: Some(digest),
            media_type: ManifestFormat::Oci.layer_type(target).to_string(),
            blob_size,
            ..l.clone()
        });
        changed = true;
    }
    Ok((out, changed))
}

/// Sends the layer blobs the registry lacks, several at once.
fn upload_all(
    store: &Store,
    client: &RegistryClient,
    repo: &str,
    uploads: &[Upload],
    mount_from: Option<&str>,
    progress: &Progress,
) -> Result<()> {
    let queue = Mutex::new(uploads.iter());
    let errors: Mutex<Vec<anyhow::Error>> = Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..PARALLEL.min(uploads.len()) {
            s.spawn(|| loop {
                if errors.lock().map(|e| !e.is_empty()).unwrap_or(true) {
                    return;
                }
                let Some(u) = queue.lock().ok().and_then(|mut q| q.next()) else {
                    return;
                };
                if let Err(e) = upload_one(store, client, repo, u, mount_from, progress) {
                    if let Ok(mut errs) = errors.lock() {
                        errs.push(e.context(format!("uploading layer {}", u.digest)));
                    }
                }
            });
        }
    });
    match errors.into_inner().unwrap_or_default().into_iter().next() {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

fn upload_one(
    store: &Store,
    client: &RegistryClient,
    repo: &str,
    u: &Upload,
    mount_from: Option<&str>,
    progress: &Progress,
) -> Result<()> {
    let short = u.digest.short().to_string();
    if client.blob_exists(repo, &u.digest)?.is_some() {
        progress.blob_done(&short, progress.blob(&short, None), true);
        return Ok(());
    }
    if let Some(from) = mount_from {
        if client.mount_blob(repo, &u.digest, from).unwrap_or(false) {
            progress.blob_done(&short, progress.blob(&short, None), true);
            return Ok(());
        }
    }
    let bar = progress.blob(&short, Some(u.size));
    let f = std::fs::File::open(store.blob_path(&u.digest))
        .with_context(|| format!("reading blob {}", u.digest))?;
    let size = f.metadata()?.len();
    if size != u.size {
        bail!("stored blob {} has {size} bytes, expected {} (the store is damaged; pull the image again)", u.digest, u.size);
    }
    client.upload_blob(
        repo,
        &u.digest,
        size,
        Box::new(std::io::BufReader::with_capacity(256 * 1024, f)),
    )?;
    bar.advance(size);
    progress.blob_done(&short, bar, false);
    Ok(())
}

/// The stored manifest when it describes exactly what is pushed.
fn reusable(
    store: &Store,
    record: &ImageRecord,
    format: ManifestFormat,
    descs: &[Descriptor],
) -> Option<Vec<u8>> {
    if ManifestFormat::of_media_type(&record.manifest_media_type) != Some(format) {
        return None;
    }
    let bytes = store.read_blob(&record.manifest).ok()?;
    match manifest::parse(&bytes, &record.manifest_media_type).ok()? {
        manifest::Parsed::Image(m)
            if m.config.digest == record.id
                && m.layers.len() == descs.len()
                && m.layers
                    .iter()
                    .zip(descs)
                    .all(|(a, b)| a.digest == b.digest && a.media_type == b.media_type) =>
        {
            Some(bytes)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compression_flag() {
        assert_eq!(parse_compression("zstd").unwrap(), Compression::Zstd);
        assert!(parse_compression("lz4").is_err());
    }
}
