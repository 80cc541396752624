//! `commit`: a new image from a container = its image's layers plus one new
//! layer holding the container's changes (its overlay upper dir, archived
//! with whiteouts for deletions), with the container's configuration as the
//! image's and a history entry. With `--squash` (podman's) the image has
//! one layer instead: the container's merged filesystem, archived whole.
//!
//! The new layer is stored both extracted (a lowerdir for containers) and as a
//! compressed blob, so a later push or save reproduces the same digests.

use super::{
    changes, commit_staged, new_record, record_image, stage_tar, stored_layer_descriptors,
    ManifestFormat,
};
use crate::engine::containers::{ops, rootfs};
use crate::engine::pull::progress::Progress;
use crate::engine::Engine;
use crate::image::config::{History, ImageConfig};
use crate::image::digest::Digest;
use crate::image::layer::{self, Compression};
use crate::image::manifest::Platform;
use crate::image::store::LayerRecord;
use anyhow::{Context, Result};

/// What `commit` was asked to do.
#[derive(Debug, Clone)]
pub struct CommitOptions {
    pub container: String,
    /// `REPO[:TAG]` for the new image; unnamed when `None`.
    pub name: Option<String>,
    pub author: Option<String>,
    pub message: Option<String>,
    /// Dockerfile instructions applied to the configuration (`-c`).
    pub changes: Vec<String>,
    pub format: ManifestFormat,
    pub quiet: bool,
    /// Pause a running container while its changes are archived (docker's
    /// default), so the layer is a consistent snapshot.
    pub pause: bool,
    /// podman's `--squash`: the image gets one layer, the container's whole
    /// filesystem (the merged view), instead of the base's layers plus one.
    pub squash: bool,
}

/// Unpauses the container it paused when dropped, also on error.
struct PausedWhileCommitting<'a> {
    engine: &'a Engine,
    id: String,
}

impl Drop for PausedWhileCommitting<'_> {
    fn drop(&mut self) {
        if let Err(e) = crate::engine::containers::pause::unpause(self.engine, &self.id) {
            eprintln!("Warning: could not unpause container {} after the commit: {e:#} (run 'dhow unpause {}')", &self.id[..12], &self.id[..12]);
        }
    }
}

/// Commits the container; returns the new image ID (its config digest).
///
/// Must be called single-threaded and outside any user namespace: it joins
/// the running container's (or enters dhow's) to read files owned by sub-IDs.
pub fn commit(engine: &Engine, opts: &CommitOptions) -> Result<Digest> {
    // Check everything the user typed before doing any work.
    let name = opts
        .name
        .as_deref()
        .map(crate::engine::images::normalize_new_name)
        .transpose()?;
    changes::apply_all(&mut Default::default(), &opts.changes)?;
    let (record, state) = ops::find(engine, &opts.container)?;
    if !record.host.extras.rootfs.is_empty() {
        anyhow::bail!("cannot commit a container that uses an exploded rootfs ({}): it has no image to build on; use 'dhow export' and 'dhow import'", record.host.extras.rootfs);
    }
    let _paused = if opts.pause && state.status == crate::container::Status::Running {
        crate::engine::containers::pause::pause(engine, &record.id)?;
        Some(PausedWhileCommitting { engine, id: record.id.clone() })
    } else {
        None
    };
    // Squashing reads the merged view: the monitor's mount when running,
    // else an overlay mounted here in a private mount namespace.
    let source = if opts.squash {
        rootfs::enter(engine, &record, &state)?.merged
    } else {
        rootfs::enter_userns(&state)?;
        crate::container::ContainerStore::new(&engine.paths.root)
            .dir(&record.id)
            .join("upper")
    };
    let store = engine.store()?;
    store.sweep();
    let progress = Progress::new(opts.quiet);

    let base = store
        .images()?
        .into_iter()
        .find(|i| i.id == record.image_id);
    let (mut config, mut layers) = match &base {
        Some(img) => (store.image_config(img)?, img.layers.clone()),
        // The image was removed (`rmi -f`) but its layers stay while containers use them.
        None => {
            let layers = record
                .layers
                .iter()
                .map(|d| {
                    let info = store.layer_info(d)?;
                    Ok(LayerRecord {
                        diff_id: d.clone(),
                        blob: None,
                        media_type: String::new(),
                        blob_size: 0,
                        size: info.size,
                    })
                })
                .collect::<Result<Vec<_>>>()?;
            let host = Platform::host();
            let cfg = ImageConfig {
                architecture: host.architecture,
                os: host.os,
                variant: host.variant,
                rootfs: crate::image::config::RootFs {
                    kind: "layers".into(),
                    diff_ids: record.layers.clone(),
                },
                ..Default::default()
            };
            (cfg, layers)
        }
    };

    progress.line("Getting image source signatures");
    let staged = stage_tar(&store, |w| {
        let owner_map = crate::engine::containers::idshift::owner_map(&record);
        layer::write_layer(&source, w, &layer::WriteOptions { owner_map, ..Default::default() })
            .with_context(|| format!("archiving the changes of container {}", record.name))?;
        Ok(())
    })?;
    let new_layer = commit_staged(&store, &staged, Compression::Gzip)?;
    if let Some(b) = &new_layer.blob {
        progress.line(&format!("Copying blob {} done", b.short()));
    }

    // The container's settings become the image's, as docker does.
    let s = &record.config;
    let c = &mut config.config;
    let some_vec = |v: &Vec<String>| (!v.is_empty()).then(|| v.clone());
    c.env = some_vec(&s.env).or(c.env.take());
    c.cmd = some_vec(&s.cmd);
    c.entrypoint = some_vec(&s.entrypoint);
    c.user = (!s.user.is_empty()).then(|| s.user.clone());
    c.working_dir = (!s.working_dir.is_empty()).then(|| s.working_dir.clone());
    c.labels = (!s.labels.is_empty()).then(|| s.labels.clone());
    if !s.stop_signal.is_empty() && s.stop_signal != "SIGTERM" {
        c.stop_signal = Some(s.stop_signal.clone());
    }
    changes::apply_all(&mut config, &opts.changes)?;

    let now = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Nanos, true);
    config.created = Some(now.clone());
    if let Some(a) = &opts.author {
        config.author = Some(a.clone());
    }
    if opts.squash {
        // The base's steps stay as history, none with a layer of its own now.
        layers.clear();
        config.rootfs.diff_ids.clear();
        for h in &mut config.history {
            h.empty_layer = true;
        }
    }
    config.rootfs.diff_ids.push(new_layer.diff_id.clone());
    config.history.push(History {
        created: Some(now),
        created_by: Some(shell_join(&record.command)),
        author: opts.author.clone(),
        comment: opts.message.clone().filter(|m| !m.is_empty()),
        empty_layer: false,
    });
    // Fields that described the container the base was built from are stale now.
    config.extra.remove("container");
    config.extra.remove("container_config");

    layers.push(new_layer);
    let config_bytes = serde_json::to_vec(&config)?;
    let id = store.put_blob(&config_bytes, None)?;
    progress.line(&format!("Copying config {} done", id.short()));
    progress.line("Writing manifest to image destination");
    let descs = stored_layer_descriptors(&store, opts.format, &layers);
    let manifest = super::build_manifest(opts.format, &id, config_bytes.len() as u64, &descs)?;
    let manifest_digest = store.put_blob(&manifest, None)?;
    let rec = new_record(
        id.clone(),
        &config,
        manifest_digest,
        opts.format.manifest_type(),
        layers,
        name.into_iter().collect(),
    );
    record_image(&store, rec)?;
    Ok(id)
}

/// The command as a shell would show it (history's "created by").
fn shell_join(args: &[String]) -> String {
    args.iter()
        .map(|a| {
            if !a.is_empty()
                && a.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"-_./=:,@%+".contains(&b))
            {
                a.clone()
            } else {
                format!("'{}'", a.replace('\'', "'\\''"))
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_like_a_shell() {
        assert_eq!(
            shell_join(&["sh".into(), "-c".into(), "echo hi".into()]),
            "sh -c 'echo hi'"
        );
        assert_eq!(shell_join(&["it's".into()]), "'it'\\''s'");
    }
}
