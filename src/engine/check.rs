//! `dhow system check [--repair] [--quick]`: verifies the store after a crash,
//! a full disk or a hand edit, and with `--repair` removes what is
//! inconsistent without touching anything sound.
//!
//! What is checked, and what `--repair` does about it:
//! - blobs whose content does not match their digest (not with `--quick`):
//!   deleted, which makes the images that need them damaged;
//! - images whose manifest, config, layer blobs or extracted layers are
//!   missing: the image record is removed (its names are printed; pull it
//!   again). Layers a container uses are kept;
//! - extracted layers without their `layer.json` (an interrupted commit):
//!   removed;
//! - layers and blobs nothing refers to, work dirs of dead processes,
//!   leftovers of interrupted container and volume creates and removals:
//!   removed (what the garbage collector and sweeps would remove);
//! - containers whose image layers or upper dir are missing: reported only
//!   (the container's own files may matter to the user: `dhow rm` it);
//! - containers recorded as running whose monitor is gone: their state is
//!   rewritten as exited (137), as `ps` already shows them;
//! - the container indexes (`containers/.names/`, `containers/.uses/`):
//!   an entry missing for a record (a name that could be taken twice, a
//!   volume or layer in use that could be removed) is written, one naming
//!   no record (left by a killed create or rm) removed; an index not built
//!   yet is built.
//!
//! Every check reads; every repair goes through the same locks and commit
//! points as the commands that made the state, so a check may run next to
//! other dhow commands.

use crate::container::{ContainerStore, Status};
use crate::engine::Engine;
use crate::image::digest::{Digest, HashingReader};
use crate::image::store::{ImageRecord, Store};
use anyhow::Result;
use std::collections::{BTreeSet, HashSet};
use std::path::PathBuf;

/// What `system check` was asked to do.
#[derive(Debug, Clone, Copy, Default)]
pub struct CheckOptions {
    pub repair: bool,
    /// Skip hashing every blob (the slow part).
    pub quick: bool,
}

/// One inconsistency, and what was done about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// What is wrong, naming the object.
    pub what: String,
    /// What `--repair` did, or `None` when it was not asked for or cannot
    /// safely act (then `what` says what the user can do).
    pub repaired: Option<String>,
}

/// The outcome: every problem found, in the order found.
#[derive(Debug, Default)]
pub struct Report {
    pub problems: Vec<Problem>,
}

impl Report {
    /// Whether the store is sound now (nothing found, or everything repaired).
    pub fn clean(&self) -> bool {
        self.problems.iter().all(|p| p.repaired.is_some())
    }

    fn found(&mut self, what: String, repaired: Option<String>) {
        self.problems.push(Problem { what, repaired });
    }
}

/// Checks (and with `repair`, mends) the store of `engine`.
pub fn check(engine: &Engine, opts: CheckOptions) -> Result<Report> {
    let store = engine.store()?;
    let mut report = Report::default();
    let corrupt = check_blobs(&store, opts, &mut report);
    check_layers(&store, opts, &mut report);
    check_images(&store, &corrupt, opts, &mut report)?;
    check_containers(&store, opts, &mut report)?;
    check_leftovers(engine, &store, opts, &mut report);
    check_garbage(&store, opts, &mut report)?;
    Ok(report)
}

/// Hashes every blob; corrupt ones are deleted under `repair`.
fn check_blobs(store: &Store, opts: CheckOptions, report: &mut Report) -> HashSet<Digest> {
    let mut corrupt = HashSet::new();
    if opts.quick {
        return corrupt;
    }
    for digest in store.blob_ids() {
        let path = store.blob_path(&digest);
        match digest_of(&path) {
            Ok(actual) if actual == digest => continue,
            Ok(actual) => {
                let repaired = opts.repair.then(|| std::fs::remove_file(&path).ok().map(|_| "deleted".to_string())).flatten();
                report.found(format!("blob {digest} is damaged: its content hashes to {actual}"), repaired);
            }
            Err(e) => report.found(format!("blob {digest} cannot be read: {e}"), None),
        }
        corrupt.insert(digest);
    }
    corrupt
}

/// The digest of a file's content, read once through the store's hashing reader.
fn digest_of(path: &std::path::Path) -> std::io::Result<Digest> {
    let mut r = HashingReader::new(std::fs::File::open(path)?);
    std::io::copy(&mut r, &mut std::io::sink())?;
    Ok(r.finish().0)
}

/// Layer directories without `layer.json`: an extraction that never committed.
fn check_layers(store: &Store, opts: CheckOptions, report: &mut Report) {
    let Ok(entries) = std::fs::read_dir(store.root().join("layers")) else { return };
    for e in entries.flatten() {
        let path = e.path();
        if path.join("layer.json").is_file() {
            continue;
        }
        let repaired = opts.repair.then(|| crate::image::store::remove_tree(&path).ok().map(|_| "removed".to_string())).flatten();
        report.found(format!("layer directory {} is incomplete (no layer.json)", path.display()), repaired);
    }
}

/// Why an image cannot be used, if it cannot.
fn image_damage(store: &Store, image: &ImageRecord, corrupt: &HashSet<Digest>) -> Option<String> {
    let blob_ok = |d: &Digest| store.has_blob(d) && !corrupt.contains(d);
    if !blob_ok(&image.manifest) {
        return Some(format!("its manifest {} is missing or damaged", image.manifest));
    }
    if !blob_ok(&image.id) {
        return Some("its config blob is missing or damaged".to_string());
    }
    for l in &image.layers {
        if !store.has_layer(&l.diff_id) {
            return Some(format!("its layer {} is missing", l.diff_id));
        }
        if let Some(b) = l.blob.as_ref().filter(|b| !blob_ok(b)) {
            return Some(format!("the blob {b} of its layer {} is missing or damaged", l.diff_id));
        }
    }
    None
}

/// Images that lack a part are removed under `repair`.
fn check_images(store: &Store, corrupt: &HashSet<Digest>, opts: CheckOptions, report: &mut Report) -> Result<()> {
    let images = match store.images() {
        Ok(i) => i,
        Err(e) => {
            report.found(format!("the image list cannot be read: {e:#} (restore images.json from a backup, or move it away and pull the images again)"), None);
            return Ok(());
        }
    };
    let damaged: Vec<(Digest, String, String)> = images
        .iter()
        .filter_map(|i| image_damage(store, i, corrupt).map(|why| (i.id.clone(), describe(i), why)))
        .collect();
    if damaged.is_empty() {
        return Ok(());
    }
    let removed = if opts.repair {
        let ids: HashSet<Digest> = damaged.iter().map(|(id, _, _)| id.clone()).collect();
        store.update_images(|images| {
            images.retain(|i| !ids.contains(&i.id));
            Ok(())
        })?;
        true
    } else {
        false
    };
    for (_, name, why) in damaged {
        let hint = if removed { "" } else { " (--repair removes it; pull it again afterwards)" };
        report.found(format!("image {name} is damaged: {why}{hint}"), removed.then(|| "image record removed; pull it again".to_string()));
    }
    Ok(())
}

fn describe(i: &ImageRecord) -> String {
    match i.names.first() {
        Some(n) => format!("{} ({n})", i.id.short()),
        None => i.id.short().to_string(),
    }
}

/// Containers whose files are missing are reported; a stale "running"
/// state is rewritten as the exit `ps` already shows.
fn check_containers(store: &Store, opts: CheckOptions, report: &mut Report) -> Result<()> {
    let containers = ContainerStore::new(store.root());
    for (what, repaired) in containers.check_indexes(opts.repair)? {
        report.found(what, repaired);
    }
    for (record, state) in containers.list()? {
        let name = format!("{} ({})", record.short_id(), record.name);
        let dir = containers.dir(&record.id);
        let missing: Vec<String> = record.layers.iter().filter(|l| !store.has_layer(l)).map(|l| l.to_string()).collect();
        if !missing.is_empty() {
            report.found(format!("container {name} cannot start: its image layers {} are missing (remove it with 'dhow rm {}')", missing.join(", "), record.name), None);
        }
        if !dir.join("upper").is_dir() {
            report.found(format!("container {name} has lost its file system changes (no {}); remove it with 'dhow rm {}'", dir.join("upper").display(), record.name), None);
        }
        let effective = state.clone().effective();
        if effective.status != state.status && matches!(state.status, Status::Running | Status::Paused | Status::Restarting) {
            let repaired = if opts.repair {
                let _lock = containers.lock_container(&record.id)?;
                // Re-read under the lock: a start may have just happened.
                let (_, now) = containers.load(&record.id)?;
                let fixed = now.clone().effective();
                if fixed.status != now.status {
                    containers.save_state(&record.id, &fixed)?;
                }
                Some("state set to exited".to_string())
            } else {
                None
            };
            report.found(format!("container {name} is recorded as {} but its monitor is gone", state.status.as_str()), repaired);
        }
    }
    Ok(())
}

/// Work dirs of dead processes and leftovers of interrupted container and
/// volume creates/removals.
fn check_leftovers(engine: &Engine, store: &Store, opts: CheckOptions, report: &mut Report) {
    let containers = ContainerStore::new(store.root());
    let volumes = crate::engine::volumes::VolumeStore::for_engine(engine);
    let found: Vec<(&str, Vec<PathBuf>)> =
        vec![("work directory of a dead process", store.stale_temp_dirs()), ("leftover of an interrupted container create or removal", containers.leftovers()), ("leftover of an interrupted volume create or removal", volumes.leftovers())];
    if opts.repair {
        store.sweep();
        containers.sweep();
        volumes.sweep();
    }
    for (kind, paths) in found {
        for p in paths {
            let gone = opts.repair && !p.exists();
            report.found(format!("{kind}: {}", p.display()), gone.then(|| "removed".to_string()));
        }
    }
}

/// Layers and blobs nothing refers to.
fn check_garbage(store: &Store, opts: CheckOptions, report: &mut Report) -> Result<()> {
    let images = store.images().unwrap_or_default();
    let (layers, blobs) = crate::engine::images::references(store, &images)?;
    let orphan_layers: BTreeSet<Digest> = store.layer_ids().into_iter().filter(|l| !layers.contains(l)).collect();
    let orphan_blobs: BTreeSet<Digest> = store.blob_ids().into_iter().filter(|b| !blobs.contains(b)).collect();
    if orphan_layers.is_empty() && orphan_blobs.is_empty() {
        return Ok(());
    }
    if opts.repair {
        crate::engine::images::collect_garbage(store)?;
    }
    for (kind, list) in [("layer", orphan_layers), ("blob", orphan_blobs)] {
        for d in list {
            let gone = opts.repair && match kind {
                "layer" => !store.has_layer(&d),
                _ => !store.has_blob(&d),
            };
            report.found(format!("{kind} {d} is not used by any image, container or build cache"), gone.then(|| "removed".to_string()));
        }
    }
    Ok(())
}
