//! Downloading and extracting layers: several at once, each in one pass that
//! stores the compressed blob, verifies both digests and extracts the tar into
//! a private work dir, published only when everything checked out.

use super::progress::{BlobProgress, Progress};
use crate::image::digest::{Digest, HashingReader};
use crate::image::layer::{self, ApplyOptions};
use crate::image::manifest::Descriptor;
use crate::image::registry::RegistryClient;
use crate::image::store::{BlobWriter, LayerRecord, LayerSlot, LayerTx, Store};
use anyhow::{bail, Context, Result};
use std::io::{self, Read, Write};

/// How many layers download at once (podman uses 6; 2 cores here keep
/// decompression the bottleneck past about 4).
const PARALLEL: usize = 4;
/// Attempts per layer for transient network failures.
const ATTEMPTS: u32 = 3;

/// Fetches every layer (skipping those the store has) and returns their records
/// in manifest order.
pub fn fetch_all(store: &Store, client: &RegistryClient, repo: &str, descs: &[Descriptor], diff_ids: &[Digest], progress: &Progress) -> Result<Vec<LayerRecord>> {
    crate::util::parallel::map_in_order(descs.len(), PARALLEL, |i| fetch_one(store, client, repo, &descs[i], &diff_ids[i], progress))
}

fn fetch_one(store: &Store, client: &RegistryClient, repo: &str, desc: &Descriptor, diff_id: &Digest, progress: &Progress) -> Result<LayerRecord> {
    let record = |size: u64| LayerRecord {
        diff_id: diff_id.clone(),
        blob: Some(desc.digest.clone()).filter(|d| store.has_blob(d)),
        media_type: desc.media_type.clone(),
        blob_size: desc.size,
        size,
    };
    let short = desc.digest.short().to_string();
    let tx = match store.begin_layer(diff_id)? {
        LayerSlot::Present(info) => {
            progress.blob_done(&short, progress.blob(&short, None), true);
            return Ok(record(info.size));
        }
        LayerSlot::Fresh(tx) => tx,
    };
    let bar = progress.blob(&short, Some(desc.size));
    let mut attempt = 1;
    let tx = loop {
        match download_and_apply(store, client, repo, desc, diff_id, &tx, &bar) {
            Ok(size) => break (tx, size),
            Err(e) if attempt < ATTEMPTS && is_transient(&e) => {
                attempt += 1;
                bar.restart();
                // Start again from an empty dir.
                let diff = tx.diff_path();
                crate::image::store::remove_tree(&diff)?;
                std::fs::create_dir(&diff)?;
                std::thread::sleep(std::time::Duration::from_millis(200 * u64::from(attempt)));
            }
            Err(e) => return Err(e.context(format!("layer {}", desc.digest))),
        }
    };
    let (tx, size) = tx;
    tx.commit(size)?;
    progress.blob_done(&short, bar, false);
    Ok(record(size))
}

/// Network hiccups are worth another try; bad content is not.
pub(crate) fn is_transient(err: &anyhow::Error) -> bool {
    err.chain().any(|c| {
        if let Some(io) = c.downcast_ref::<io::Error>() {
            return matches!(io.kind(), io::ErrorKind::ConnectionReset | io::ErrorKind::ConnectionAborted | io::ErrorKind::TimedOut | io::ErrorKind::Interrupted);
        }
        c.downcast_ref::<reqwest::Error>().is_some_and(|e| e.is_timeout() || e.is_connect() || e.is_body())
    })
}

/// One pass over the blob: bytes go to the blob file (hashed there) and through
/// the decompressor into the extractor (hashed for the diff ID).
fn download_and_apply(store: &Store, client: &RegistryClient, repo: &str, desc: &Descriptor, diff_id: &Digest, tx: &LayerTx, bar: &BlobProgress) -> Result<u64> {
    let mut body = client.get_blob(repo, &desc.digest)?;
    let mut blob = store.blob_writer()?;
    let (stats, got) = {
        let tee = Tee { inner: &mut body, sink: &mut blob, bar };
        let (_, decompressed) = layer::decompress(tee).context("reading layer")?;
        let mut hashed = HashingReader::new(decompressed);
        let stats = layer::apply_layer(&mut hashed, &tx.diff_path(), &apply_options());
        // The tar end marker may come before the end of the stream: hash it all.
        let drained = stats.is_ok().then(|| io::copy(&mut hashed, &mut io::sink()).context("reading layer"));
        let (got, _) = hashed.finish();
        (stats.and_then(|s| drained.transpose().map(|_| s)), got)
    };
    // Compressed bytes after the end of the compressed stream still count.
    if let Err(e) = &stats {
        if is_transient(e) {
            return stats.map(|s| s.size);
        }
    }
    io::copy(&mut body, &mut blob).context("reading layer")?;
    // The blob digest is checked first: it is what the registry vouches for,
    // and a damaged blob usually also fails to extract or to match its diff ID.
    if blob.len() != desc.size {
        bail!("layer size mismatch: the manifest says {} bytes, the registry sent {} (the blob is truncated or damaged)", desc.size, blob.len());
    }
    let stats = match blob.commit(Some(&desc.digest)) {
        Ok(_) => stats?,
        Err(e) => return Err(e),
    };
    if got != *diff_id {
        bail!("layer content digest mismatch: expected diff ID {diff_id}, got {got} (the image is damaged)");
    }
    Ok(stats.size)
}

/// Options for extraction in this process's user namespace.
pub fn apply_options() -> ApplyOptions {
    ApplyOptions::for_current_user()
}

/// Copies everything read into the blob file and counts progress.
struct Tee<'a, R> {
    inner: &'a mut R,
    sink: &'a mut BlobWriter,
    bar: &'a BlobProgress,
}

impl<R: Read> Read for Tee<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.sink.write_all(&buf[..n])?;
        self.bar.advance(n as u64);
        Ok(n)
    }
}
