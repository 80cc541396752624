//! `export` (a container's merged filesystem as one flat tar) and `import`
//! (a filesystem tar, from a file, stdin or a URL, as a one-layer image).

use super::{
    changes, commit_staged, new_record, record_image, stage_tar, stored_layer_descriptors,
    ManifestFormat,
};
use crate::engine::containers::{ops, rootfs};
use crate::engine::Engine;
use crate::image::config::{History, ImageConfig, RootFs};
use crate::image::digest::Digest;
use crate::image::layer::{self, Compression};
use crate::image::manifest::Platform;
use anyhow::{bail, Context, Result};
use std::io::{self, IsTerminal, Read, Write};
use crate::util::atomic::OutputFile;
use std::path::Path;

/// Where an archive goes: a file (written unnamed and linked into place when
/// complete, see [`OutputFile`]) or stdout (refused when it is a terminal,
/// as docker does).
pub enum Output {
    File {
        target: Option<OutputFile>,
        file: Option<io::BufWriter<crate::util::writebehind::WriteBehind>>,
    },
    Stdout(io::BufWriter<io::Stdout>),
}

impl Output {
    /// Opens the destination. Call before entering any namespace: the
    /// directory is held open so publishing works from anywhere.
    pub fn open(path: Option<&Path>, what: &str) -> Result<Output> {
        match path {
            Some(p) if p.as_os_str() != "-" => {
                let (target, file) = OutputFile::create(p)?;
                Ok(Output::File {
                    target: Some(target),
                    file: Some(io::BufWriter::with_capacity(256 * 1024, crate::util::writebehind::WriteBehind::new(file))),
                })
            }
            _ => {
                if io::stdout().is_terminal() {
                    bail!("refusing to {what} to terminal. Use -o flag or redirect");
                }
                Ok(Output::Stdout(io::BufWriter::with_capacity(
                    256 * 1024,
                    io::stdout(),
                )))
            }
        }
    }

    pub fn writer(&mut self) -> &mut dyn Write {
        match self {
            Output::File { file, .. } => file.as_mut().expect("open until finished"),
            Output::Stdout(w) => w,
        }
    }

    /// Flushes and publishes the file under its final name.
    pub fn finish(mut self) -> Result<()> {
        match &mut self {
            Output::File { target, file } => {
                let f = file
                    .take()
                    .expect("finished once")
                    .into_inner()
                    .map_err(|e| e.into_error())?
                    .into_inner();
                target.take().expect("finished once").publish(&f)
            }
            Output::Stdout(w) => Ok(w.flush()?),
        }
    }
}

/// `export`: writes the container's merged view as a tar to `out`.
/// Must be called single-threaded and outside any user namespace.
pub fn export(engine: &Engine, container: &str, mut out: Output) -> Result<()> {
    let (record, state) = ops::find(engine, container)?;
    let fs = rootfs::enter(engine, &record, &state)?;
    // A container with its own ID mapping: the IDs seen inside.
    let owner_map = crate::engine::containers::idshift::owner_map(&record);
    layer::write_layer(&fs.merged, out.writer(), &layer::WriteOptions { owner_map, ..Default::default() })
        .with_context(|| format!("exporting container {}", record.name))?;
    out.finish()
}

/// What `import` was asked to do.
#[derive(Debug, Clone)]
pub struct ImportOptions {
    /// A file, `-` for stdin, or an http(s) URL.
    pub source: String,
    pub name: Option<String>,
    pub message: Option<String>,
    pub changes: Vec<String>,
    pub platform: Option<Platform>,
    pub quiet: bool,
}

/// `import`: one-layer image from a filesystem tar (possibly compressed).
pub fn import(engine: &Engine, opts: &ImportOptions) -> Result<Digest> {
    let name = opts
        .name
        .as_deref()
        .map(crate::engine::images::normalize_new_name)
        .transpose()?;
    let mut changed = ImageConfig::default();
    changes::apply_all(&mut changed, &opts.changes)?;
    let cfg = changed.config;
    let input = open_source(&opts.source)?;
    let store = engine.store()?;
    store.sweep();
    let (_, mut tar) =
        layer::decompress(input).with_context(|| format!("reading {}", opts.source))?;
    let staged = stage_tar(&store, |w| {
        io::copy(&mut tar, w).with_context(|| format!("reading {}", opts.source))?;
        Ok(())
    })?;
    if staged.size == 0 {
        bail!(
            "{} is empty: expected a tar archive of a filesystem",
            opts.source
        );
    }
    let layer = commit_staged(&store, &staged, Compression::Gzip)
        .with_context(|| format!("importing {}", opts.source))?;
    let platform = opts.platform.clone().unwrap_or_else(Platform::host);
    let now = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Nanos, true);
    let config = ImageConfig {
        created: Some(now.clone()),
        architecture: platform.architecture,
        os: platform.os,
        variant: platform.variant,
        config: cfg,
        rootfs: RootFs {
            kind: "layers".into(),
            diff_ids: vec![layer.diff_id.clone()],
        },
        history: vec![History {
            created: Some(now),
            created_by: Some(format!(
                "/bin/sh -c #(nop) ADD file:{} in / ",
                layer.diff_id.hex()
            )),
            comment: Some(
                opts.message
                    .clone()
                    .filter(|m| !m.is_empty())
                    .unwrap_or_else(|| format!("imported from {}", opts.source)),
            ),
            ..Default::default()
        }],
        ..Default::default()
    };
    let config_bytes = serde_json::to_vec(&config)?;
    let id = store.put_blob(&config_bytes, None)?;
    let layers = vec![layer];
    let format = ManifestFormat::Oci;
    let manifest = super::build_manifest(
        format,
        &id,
        config_bytes.len() as u64,
        &stored_layer_descriptors(&store, format, &layers),
    )?;
    let manifest_digest = store.put_blob(&manifest, None)?;
    record_image(
        &store,
        new_record(
            id.clone(),
            &config,
            manifest_digest,
            format.manifest_type(),
            layers,
            name.into_iter().collect(),
        ),
    )?;
    Ok(id)
}

/// The import source as a byte stream.
fn open_source(source: &str) -> Result<Box<dyn Read>> {
    if source == "-" {
        if io::stdin().is_terminal() {
            bail!("cannot read the archive from a terminal: pipe it in (dhow import - < file.tar) or give a file name");
        }
        return Ok(Box::new(io::stdin()));
    }
    if source.starts_with("http://") || source.starts_with("https://") {
        let client = reqwest::blocking::Client::builder()
            .connect_timeout(std::time::Duration::from_secs(10))
            .timeout(None::<std::time::Duration>)
            .build()
            .context("setting up the HTTP client")?;
        let resp = client
            .get(source)
            .send()
            .with_context(|| format!("downloading {source}"))?;
        if !resp.status().is_success() {
            bail!(
                "downloading {source}: the server answered HTTP {}",
                resp.status()
            );
        }
        return Ok(Box::new(resp));
    }
    let f = std::fs::File::open(source).with_context(|| {
        format!("opening {source} (give a tar file, - for stdin, or an http(s) URL)")
    })?;
    if f.metadata().is_ok_and(|m| m.is_dir()) {
        bail!("{source} is a directory: import takes a tar archive (create one with tar -C DIR -cf FILE.tar .)");
    }
    Ok(Box::new(io::BufReader::with_capacity(256 * 1024, f)))
}
