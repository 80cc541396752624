//! `system prune`: stopped containers, (with `--volumes`) unused volumes,
//! dangling (or with `all` unused) images and the build cache, in that
//! order, with the space they took; the CLI prints each part as it is
//! done. `system df`: what images, containers, volumes and the build cache
//! hold ([`df`]); the CLI only prints it.

use crate::container::ContainerRecord;
use crate::engine::images::{ImageSummary, ListOptions, Removal};
use crate::engine::volumes::VolumeSummary;
use crate::engine::Engine;
use anyhow::Result;
use std::collections::{BTreeMap, HashSet};

/// What `system prune` removes besides stopped containers and dangling images.
#[derive(Debug, Clone, Default)]
pub struct PruneOptions {
    /// `--all`: every image no container uses.
    pub all: bool,
    /// `--volumes`: unused volumes too.
    pub volumes: bool,
    /// `--filter`s of containers (and, for labels, volumes).
    pub filters: Vec<String>,
}

/// One part of `system prune` that removed something.
pub enum Pruned<'a> {
    Containers(&'a [String]),
    Volumes(&'a [String]),
    Images(&'a [Removal]),
    /// The number of build-cache steps.
    BuildCache(usize),
}

/// Removes what `o` asks for, calling `report` after each part that
/// removed something; returns the space reclaimed.
pub fn prune(engine: &Engine, o: &PruneOptions, report: &mut dyn FnMut(Pruned<'_>) -> Result<()>) -> Result<u64> {
    let store = super::containers::ops::containers(engine);
    let sizes: BTreeMap<String, u64> = store.list()?.into_iter().map(|(r, _)| (r.id.clone(), crate::util::fsat::dir_size(&store.dir(&r.id)))).collect();
    let mut reclaimed = 0u64;
    let removed = super::containers::prune::prune(engine, &o.filters)?;
    if !removed.is_empty() {
        reclaimed += removed.iter().map(|id| sizes.get(id).copied().unwrap_or(0)).sum::<u64>();
        report(Pruned::Containers(&removed))?;
    }
    if o.volumes {
        let label_filters: Vec<String> = o.filters.iter().filter(|f| f.starts_with("label")).cloned().collect();
        let pruned = super::volumes::prune(engine, &label_filters)?;
        if !pruned.is_empty() {
            reclaimed += pruned.iter().map(|p| p.size).sum::<u64>();
            let names: Vec<String> = pruned.into_iter().map(|p| p.name).collect();
            report(Pruned::Volumes(&names))?;
        }
    }
    let image_sizes: BTreeMap<String, u64> = all_images(engine)?.into_iter().map(|i| (i.id.to_string(), i.size)).collect();
    let removals = super::images::prune(engine, o.all, &[])?;
    if !removals.is_empty() {
        for r in &removals {
            if let Removal::Deleted(id) = r {
                reclaimed += image_sizes.get(&id.to_string()).copied().unwrap_or(0);
            }
        }
        report(Pruned::Images(&removals))?;
    }
    // The build cache goes too (docker's system prune clears it), then the
    // layers nothing keeps any more.
    let store = engine.store()?;
    let (_, cache_size) = build_cache_usage(engine, &all_images(engine)?);
    let steps = store.clear_build_cache()?;
    if steps > 0 {
        super::images::collect_garbage(&store)?;
        reclaimed += cache_size;
        report(Pruned::BuildCache(steps))?;
    }
    Ok(reclaimed)
}

/// One line of `system df`'s summary.
pub struct Usage {
    pub kind: &'static str,
    pub total: usize,
    pub active: usize,
    pub size: u64,
    pub reclaimable: u64,
}

/// A container as `system df -v` shows it.
pub struct ContainerUse {
    pub record: ContainerRecord,
    pub running: bool,
    /// Bytes of its writable layer.
    pub size: u64,
    /// `ps`'s STATUS text.
    pub status: String,
}

/// What `system df` reports.
pub struct DiskUsage {
    /// Images, Containers, Local Volumes, Build Cache, in docker's order.
    pub summary: [Usage; 4],
    pub images: Vec<ImageSummary>,
    pub containers: Vec<ContainerUse>,
    /// Each volume with the bytes it holds.
    pub volumes: Vec<(VolumeSummary, u64)>,
}

/// `system df`: sizes and use of images, containers, volumes and the build
/// cache.
pub fn df(engine: &Engine) -> Result<DiskUsage> {
    let images = all_images(engine)?;
    let store = super::containers::ops::containers(engine);
    let now = chrono::Utc::now();
    let containers: Vec<ContainerUse> = store
        .list()?
        .into_iter()
        .map(|(r, s)| {
            let s = s.effective();
            ContainerUse {
                size: crate::util::fsat::dir_size(&store.dir(&r.id).join("upper")),
                running: super::containers::ops::is_running(&s),
                status: super::containers::list::status_string(&s, now),
                record: r,
            }
        })
        .collect();
    let vstore = super::volumes::VolumeStore::for_engine(engine);
    let volumes: Vec<(VolumeSummary, u64)> = super::volumes::list(engine, &[])?
        .into_iter()
        .map(|v| {
            let size = crate::util::fsat::dir_size(&vstore.mountpoint(&v.record.name));
            (v, size)
        })
        .collect();
    let (cache_steps, cache_size) = build_cache_usage(engine, &images);
    let summary = [
        Usage {
            kind: "Images",
            total: images.len(),
            active: images.iter().filter(|i| i.containers > 0).count(),
            size: images.iter().map(|i| i.size).sum(),
            reclaimable: images.iter().filter(|i| i.containers == 0).map(|i| i.size).sum(),
        },
        Usage {
            kind: "Containers",
            total: containers.len(),
            active: containers.iter().filter(|c| c.running).count(),
            size: containers.iter().map(|c| c.size).sum(),
            reclaimable: containers.iter().filter(|c| !c.running).map(|c| c.size).sum(),
        },
        Usage {
            kind: "Local Volumes",
            total: volumes.len(),
            active: volumes.iter().filter(|(v, _)| !v.users.is_empty()).count(),
            size: volumes.iter().map(|(_, s)| s).sum(),
            reclaimable: volumes.iter().filter(|(v, _)| v.users.is_empty()).map(|(_, s)| s).sum(),
        },
        // The build cache: cached steps, and the size of the layers only
        // they keep (a layer of a tagged image is counted with the images).
        Usage { kind: "Build Cache", total: cache_steps, active: 0, size: cache_size, reclaimable: cache_size },
    ];
    Ok(DiskUsage { summary, images, containers, volumes })
}

/// Every image, intermediate ones included.
pub fn all_images(engine: &Engine) -> Result<Vec<ImageSummary>> {
    super::images::list(engine, &ListOptions { all: true, filters: vec![] })
}

/// The build cache: (entries, bytes of layers that no image among `images`
/// holds).
pub fn build_cache_usage(engine: &Engine, images: &[ImageSummary]) -> (usize, u64) {
    let store = engine.store_readonly();
    let entries = store.cached_steps();
    let image_layers: HashSet<_> = store
        .images()
        .unwrap_or_default()
        .into_iter()
        .filter(|i| images.iter().any(|s| s.id == i.id))
        .flat_map(|i| i.layers.into_iter().map(|l| l.diff_id))
        .collect();
    let mut seen = HashSet::new();
    let size: u64 = entries
        .iter()
        .flat_map(|e| e.layers.iter())
        .filter(|l| !image_layers.contains(&l.diff_id) && seen.insert(l.diff_id.clone()))
        .map(|l| l.size)
        .sum();
    (entries.len(), size)
}
