//! Blobs by digest: written to a temp file while hashing, renamed into place only
//! when the digest matches what was expected.

use super::Store;
use crate::image::digest::{Digest, Hasher};
use super::TempDir;
use crate::util::atomic::sync_dir;
use anyhow::{bail, Context, Result};
use std::fs::{self, File};
use std::io::{self, Write};
use std::path::PathBuf;

impl Store {
    pub fn blob_path(&self, digest: &Digest) -> PathBuf {
        self.root.join("blobs/sha256").join(digest.hex())
    }

    pub fn has_blob(&self, digest: &Digest) -> bool {
        self.blob_path(digest).is_file()
    }

    pub fn read_blob(&self, digest: &Digest) -> Result<Vec<u8>> {
        fs::read(self.blob_path(digest)).with_context(|| format!("reading blob {digest} from the store"))
    }

    /// Stores `data`, checking it against `expected` when given; returns its digest.
    pub fn put_blob(&self, data: &[u8], expected: Option<&Digest>) -> Result<Digest> {
        let mut w = self.blob_writer()?;
        w.write_all(data)?;
        w.commit(expected)
    }

    /// Makes the file at `path` (on the store's filesystem: an unpacked
    /// archive member in a store temp dir) the blob with `digest`, which the
    /// caller computed while reading it, by a hard link instead of a copy.
    /// The file is synced first; an existing blob of that digest is kept.
    pub fn adopt_blob(&self, path: &std::path::Path, digest: &Digest) -> Result<()> {
        let dest = self.blob_path(digest);
        if dest.is_file() {
            return Ok(());
        }
        File::open(path)
            .and_then(|f| f.sync_data())
            .with_context(|| format!("syncing {}", path.display()))?;
        match fs::hard_link(path, &dest) {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(e).with_context(|| format!("storing blob {digest}")),
        }
        sync_dir(dest.parent().expect("blob has a parent"));
        Ok(())
    }

    /// A writer whose content becomes a blob on [`BlobWriter::commit`].
    pub fn blob_writer(&self) -> Result<BlobWriter> {
        // The temp file lives in a locked work dir so a crash leaves nothing
        // that `sweep` cannot recognise as abandoned.
        let work = self.temp_dir()?;
        let tmp = work.path().join("data");
        let file = File::create(&tmp).with_context(|| format!("creating {}", tmp.display()))?;
        Ok(BlobWriter {
            store: self.clone(),
            _work: work,
            tmp,
            file: Some(io::BufWriter::with_capacity(256 * 1024, file)),
            hasher: Hasher::new(),
        })
    }
}

/// An in-progress blob. Dropped without commit, its work dir is removed.
pub struct BlobWriter {
    store: Store,
    _work: TempDir,
    tmp: PathBuf,
    file: Option<io::BufWriter<File>>,
    hasher: Hasher,
}

impl BlobWriter {
    /// Bytes written so far.
    pub fn len(&self) -> u64 {
        self.hasher.len()
    }

    pub fn is_empty(&self) -> bool {
        self.hasher.is_empty()
    }

    /// Finishes the blob: verifies the digest (when `expected` is given), syncs
    /// and renames it into place. A mismatch deletes it and fails.
    pub fn commit(mut self, expected: Option<&Digest>) -> Result<Digest> {
        let file = self.file.take().expect("commit called once");
        let file = file.into_inner().map_err(|e| e.into_error())?;
        let digest = std::mem::take(&mut self.hasher).finish();
        if let Some(exp) = expected {
            if *exp != digest {
                bail!("digest mismatch: expected {exp}, got {digest} (the data was corrupted in transit or in the registry; try again, and if it persists the registry's copy is damaged)");
            }
        }
        file.sync_data()?;
        let dest = self.store.blob_path(&digest);
        fs::rename(&self.tmp, &dest).with_context(|| format!("storing blob {digest}"))?;
        sync_dir(dest.parent().expect("blob has a parent"));
        Ok(digest)
    }
}

impl Write for BlobWriter {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.file.as_mut().expect("not committed").write(buf)?;
        self.hasher.update(&buf[..n]);
        Ok(n)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.file.as_mut().expect("not committed").flush()
    }
}
