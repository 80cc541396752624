//! Local image operations: list, inspect, tag, untag, remove, prune, history.

use crate::util::glob::glob;
use crate::engine::Engine;
use crate::image::digest::Digest;
use crate::image::reference::Reference;
use crate::image::store::{lookup, ImageRecord, Store};
use anyhow::{bail, Context, Result};
use chrono::{DateTime, Utc};
use serde_json::{json, Value};
use std::collections::{BTreeMap, HashMap, HashSet};

/// "no such image" is its own error so `rmi -i` can ignore it and scripts get a
/// stable message.
#[derive(Debug, thiserror::Error)]
#[error("no such image: {0:?}: image not known (see 'dhow images', or get it with 'dhow pull {0}')")]
pub struct ImageNotFound(pub String);

pub fn is_not_found(err: &anyhow::Error) -> bool {
    err.downcast_ref::<ImageNotFound>().is_some()
}

/// What `images` shows about one image.
#[derive(Debug, Clone)]
pub struct ImageSummary {
    pub id: Digest,
    pub names: Vec<String>,
    pub repo_digests: Vec<String>,
    pub digest: Option<Digest>,
    pub created: Option<DateTime<Utc>>,
    pub size: u64,
    pub labels: BTreeMap<String, String>,
    pub containers: usize,
}

#[derive(Debug, Default)]
pub struct ListOptions {
    pub all: bool,
    pub filters: Vec<String>,
}

/// Lists images, newest first, applying docker's filters (dangling, reference,
/// label, before, since).
pub fn list(engine: &Engine, opts: &ListOptions) -> Result<Vec<ImageSummary>> {
    let store = engine.store_readonly();
    let records = store.images()?;
    let filters = parse_filters(&opts.filters)?;
    let users = image_use_counts(engine);
    let mut out = Vec::new();
    for r in &records {
        let labels_needed = filters.iter().any(|(k, _)| k == "label");
        let labels = if labels_needed {
            store.image_config(r).ok().and_then(|c| c.config.labels).unwrap_or_default()
        } else {
            BTreeMap::new()
        };
        let summary = ImageSummary {
            id: r.id.clone(),
            names: r.names.clone(),
            repo_digests: r.repo_digests.clone(),
            digest: r.repo_digests.first().and_then(|d| d.rsplit_once('@')).and_then(|(_, d)| Digest::parse(d).ok()),
            created: r.created,
            size: r.size,
            labels,
            containers: users.get(&r.id).copied().unwrap_or(0),
        };
        if filters.iter().all(|(k, v)| matches_filter(&summary, &records, k, v)) {
            out.push(summary);
        }
    }
    out.sort_by(|a, b| b.created.cmp(&a.created));
    Ok(out)
}

fn parse_filters(raw: &[String]) -> Result<Vec<(String, String)>> {
    raw.iter()
        .map(|f| match f.split_once('=') {
            Some((k, v)) if ["dangling", "reference", "label", "before", "since", "id", "digest"].contains(&k) => {
                Ok((k.to_string(), v.to_string()))
            }
            Some((k, _)) => bail!("invalid filter {k:?}: supported filters are dangling, reference, label, before, since, id, digest"),
            None => bail!("invalid filter {f:?}: expected KEY=VALUE, for example dangling=true"),
        })
        .collect()
}

fn matches_filter(img: &ImageSummary, all: &[ImageRecord], key: &str, value: &str) -> bool {
    let created_of = |q: &str| lookup::find(all, q, &[]).ok().flatten().and_then(|r| r.created);
    match key {
        "dangling" => (value == "true" || value == "1") == img.names.is_empty(),
        "reference" => img.names.iter().any(|n| reference_matches(n, value)),
        "label" => match value.split_once('=') {
            Some((k, v)) => img.labels.get(k).is_some_and(|x| x == v),
            None => img.labels.contains_key(value),
        },
        "before" => created_of(value).is_some_and(|t| img.created.is_some_and(|c| c < t)),
        "since" => created_of(value).is_some_and(|t| img.created.is_some_and(|c| c > t)),
        "id" => img.id.hex().starts_with(value.trim_start_matches("sha256:")),
        "digest" => img.repo_digests.iter().any(|d| d.ends_with(value)),
        _ => true,
    }
}

/// docker's reference filter: a glob (`path.Match`, classes included) on the
/// familiar or full name, with the tag optional in the pattern.
fn reference_matches(name: &str, pattern: &str) -> bool {
    let Ok(r) = Reference::parse(name) else { return false };
    let repo_full = format!("{}/{}", r.registry, r.repository);
    let tag = r.tag.clone().unwrap_or_default();
    let familiar_repo = r.familiar().split([':', '@']).next().unwrap_or("").to_string();
    let pattern_has_tag = pattern.rsplit_once(':').is_some_and(|(_, t)| !t.contains('/'));
    [repo_full, familiar_repo, r.repository.clone()].iter().any(|repo| {
        if pattern_has_tag {
            glob(pattern, &format!("{repo}:{tag}"))
        } else {
            glob(pattern, repo) || repo.ends_with(&format!("/{pattern}"))
        }
    })
}

/// Finds an image or fails with [`ImageNotFound`].
pub fn resolve(engine: &Engine, store: &Store, name: &str) -> Result<ImageRecord> {
    let records = store.images()?;
    // Only a short name is looked for on registries.conf's search list:
    // parsing the file is not paid for an image named with its registry.
    let search = match crate::image::reference::Reference::is_short_name(name) {
        true => engine.registries().map(|r| r.unqualified_search_registries.clone()).unwrap_or_default(),
        false => Vec::new(),
    };
    lookup::find(&records, name, &search)?.cloned().ok_or_else(|| ImageNotFound(name.to_string()).into())
}

/// The local image's ID, or None when there is no such image.
pub fn local_id(engine: &Engine, name: &str) -> Result<Option<String>> {
    match resolve(engine, &engine.store_readonly(), name) {
        Ok(r) => Ok(Some(r.id.to_string())),
        Err(e) if is_not_found(&e) => Ok(None),
        Err(e) => Err(e),
    }
}

/// docker-shaped `image inspect` JSON, or None when there is no such image.
pub fn inspect(engine: &Engine, name: &str) -> Result<Option<Value>> {
    let store = engine.store_readonly();
    let record = match resolve(engine, &store, name) {
        Ok(r) => r,
        Err(e) if is_not_found(&e) => return Ok(None),
        Err(e) => return Err(e),
    };
    let config = store.image_config(&record)?;
    let config_value = serde_json::to_value(&config.config)?;
    let lower: Vec<String> =
        record.layers.iter().rev().map(|l| store.layer_diff(&l.diff_id).display().to_string()).collect();
    Ok(Some(json!({
        "Id": record.id.to_string(),
        "Digest": record.repo_digests.first().and_then(|d| d.rsplit_once('@')).map(|(_, d)| d.to_string()).unwrap_or_else(|| record.manifest.to_string()),
        "RepoTags": record.names,
        "RepoDigests": record.repo_digests,
        "Parent": "",
        "Comment": config.history.last().and_then(|h| h.comment.clone()).unwrap_or_default(),
        "Created": config.created.clone().unwrap_or_default(),
        "DockerVersion": config.extra.get("docker_version").cloned().unwrap_or(json!("")),
        "Author": config.author.clone().unwrap_or_default(),
        "Config": config_value,
        "Architecture": config.architecture,
        "Variant": config.variant.clone().unwrap_or_default(),
        "Os": config.os,
        "Size": record.size,
        "VirtualSize": record.size,
        "GraphDriver": {
            "Name": "overlay",
            "Data": {
                "LowerDir": lower.join(":"),
            }
        },
        "RootFS": {
            "Type": "layers",
            "Layers": record.layers.iter().map(|l| l.diff_id.to_string()).collect::<Vec<_>>(),
        },
        "Labels": config.config.labels.clone().unwrap_or_default(),
        "ManifestType": record.manifest_media_type,
        "User": config.config.user.clone().unwrap_or_default(),
        "History": config.history,
        "NamesHistory": record.names_history,
        "Metadata": {"LastTagTime": "0001-01-01T00:00:00Z"},
    })))
}

/// Normalises a name given to `tag`: a name without a registry gets podman's
/// `localhost/`; no tag means `latest`.
pub fn normalize_new_name(name: &str) -> Result<String> {
    let full = if Reference::is_short_name(name) { format!("localhost/{name}") } else { name.to_string() };
    let r = Reference::parse(&full).with_context(|| format!("invalid image name {name:?}"))?;
    if r.digest.is_some() {
        bail!("invalid image name {name:?}: a new name cannot contain a digest");
    }
    Ok(r.with_tag(r.tag_or_latest()).to_string())
}

pub fn tag(engine: &Engine, image: &str, names: &[String]) -> Result<()> {
    let store = engine.store()?;
    let target = resolve(engine, &store, image)?;
    let names: Vec<String> = names.iter().map(|n| normalize_new_name(n)).collect::<Result<_>>()?;
    let mut record = target.clone();
    record.names = names.clone();
    record.repo_digests.clear();
    store.add_image(record)?;
    for n in &names {
        crate::engine::events::emit(&engine.paths, crate::engine::events::Event::image("tag", &target.id.to_string(), n));
    }
    Ok(())
}

pub fn untag(engine: &Engine, image: &str, names: &[String]) -> Result<()> {
    let store = engine.store()?;
    let target = resolve(engine, &store, image)?;
    let wanted: Vec<String> = names.iter().map(|n| normalize_new_name(n)).collect::<Result<_>>()?;
    store.update_images(|images| {
        let img = images.iter_mut().find(|i| i.id == target.id).ok_or_else(|| ImageNotFound(image.to_string()))?;
        if wanted.is_empty() {
            img.names_history.append(&mut img.names);
        } else {
            for w in &wanted {
                match img.names.iter().position(|n| n == w) {
                    Some(pos) => {
                        let n = img.names.remove(pos);
                        img.names_history.insert(0, n);
                    }
                    None => bail!("image {image:?} has no name {w:?}"),
                }
            }
        }
        Ok(())
    })
}

/// What `rmi` did, printed as docker prints it.
#[derive(Debug, Clone, PartialEq)]
pub enum Removal {
    Untagged(String),
    Deleted(Digest),
}

/// Removes a name, or the image when it was named by ID or its last name goes.
///
/// docker's rules, which never lose data the user did not name:
/// - by name: only that name goes while the image has others (`-f` or not);
///   the last name of an image a container uses needs `-f`, and then the
///   image stays (dangling) while a running container uses it;
/// - by ID: an image with several names needs `-f`, which removes them all;
///   an image a stopped container uses needs `-f`; one a running container
///   uses cannot be removed at all.
///
/// Layers a container still uses are kept by [`collect_garbage`] even when
/// the image record goes.
pub fn remove(engine: &Engine, name: &str, force: bool) -> Result<Vec<Removal>> {
    let store = engine.store()?;
    let target = resolve(engine, &store, name)?;
    let by_name = target.names.iter().find(|n| name_matches(n, name)).cloned();
    let users = container_users(engine, &target.id);
    let removals = store.update_images(|images| {
        let Some(idx) = images.iter().position(|i| i.id == target.id) else {
            return Err(ImageNotFound(name.to_string()).into());
        };
        let plan = plan_removal(&target.id, &images[idx].names, by_name.as_deref(), &users, force)?;
        match &plan {
            RemovalPlan::Untag(n) => images[idx].names.retain(|x| x != n),
            RemovalPlan::Delete => {
                images.remove(idx);
            }
        }
        Ok(plan.removals(&target.id, &target.names))
    })?;
    if removals.iter().any(|r| matches!(r, Removal::Deleted(_))) {
        collect_garbage(&store)?;
    }
    for r in &removals {
        let ev = match r {
            Removal::Untagged(n) => crate::engine::events::Event::image("untag", &target.id.to_string(), n),
            Removal::Deleted(d) => crate::engine::events::Event::image("remove", &d.to_string(), by_name.as_deref().unwrap_or(name)),
        };
        crate::engine::events::emit(&engine.paths, ev);
    }
    Ok(removals)
}

/// What one `rmi` argument does to its image.
#[derive(Debug, Clone, PartialEq)]
enum RemovalPlan {
    /// Remove this one name; the image stays.
    Untag(String),
    /// Remove the image record with all its names.
    Delete,
}

impl RemovalPlan {
    fn removals(&self, id: &Digest, names: &[String]) -> Vec<Removal> {
        match self {
            RemovalPlan::Untag(n) => vec![Removal::Untagged(n.clone())],
            RemovalPlan::Delete => names.iter().cloned().map(Removal::Untagged).chain(std::iter::once(Removal::Deleted(id.clone()))).collect(),
        }
    }
}

/// An image a container uses: podman's "image is in use by a container".
fn busy(message: String) -> anyhow::Error {
    crate::error::Busy(message).into()
}

/// Decides what removing `by_name` (or the image by ID when `None`) does,
/// given the image's current names and the containers created from it.
fn plan_removal(image: &Digest, names: &[String], by_name: Option<&str>, users: &[ContainerUser], force: bool) -> Result<RemovalPlan> {
    let running = users.iter().find(|u| u.running);
    match by_name {
        Some(n) if names.len() > 1 => Ok(RemovalPlan::Untag(n.to_string())),
        Some(n) => match users.first() {
            Some(u) if !force => Err(busy(format!(
                "conflict: unable to remove repository reference {n:?} (must force) - container {} is using its referenced image {}: image is in use by a container; remove the container first ('dhow rm {}') or use -f",
                u.short_id,
                image.short(),
                u.short_id
            ))),
            // The running container keeps the image, now without a name.
            _ if running.is_some() => Ok(RemovalPlan::Untag(n.to_string())),
            _ => Ok(RemovalPlan::Delete),
        },
        None => {
            if let Some(u) = running {
                return Err(busy(format!(
                    "conflict: unable to delete {} (cannot be forced) - image is being used by running container {}: image is in use by a container; stop and remove it first ('dhow rm -f {}')",
                    image.short(),
                    u.short_id,
                    u.short_id
                )));
            }
            if !force && names.len() > 1 {
                bail!(
                    "conflict: unable to delete {} (must be forced) - image is referenced in multiple repositories ({}); use -f, or remove the names one by one",
                    image.short(),
                    names.join(", ")
                );
            }
            match users.first() {
                Some(u) if !force => Err(busy(format!(
                    "conflict: unable to delete {} (must be forced) - image is being used by stopped container {}: image is in use by a container; remove the container first ('dhow rm {}') or use -f",
                    image.short(),
                    u.short_id,
                    u.short_id
                ))),
                _ => Ok(RemovalPlan::Delete),
            }
        }
    }
}

/// Whether stored full name `stored` is what the user meant by `query`.
fn name_matches(stored: &str, query: &str) -> bool {
    if stored == query {
        return true;
    }
    let Ok(r) = Reference::parse(stored) else { return false };
    let q_tag = if query.rsplit_once(':').is_some_and(|(_, t)| !t.contains('/')) { query.to_string() } else { format!("{query}:latest") };
    stored.ends_with(&format!("/{q_tag}")) || r.familiar() == q_tag || Reference::parse(query).is_ok_and(|q| q.to_string() == stored)
}

/// Every image ID, for `rmi -a`.
pub fn all_ids(engine: &Engine) -> Result<Vec<String>> {
    Ok(engine.store_readonly().images()?.into_iter().map(|i| i.id.to_string()).collect())
}

/// Removes dangling images (or, with `all`, every image), except those
/// containers were created from.
pub fn prune(engine: &Engine, all: bool, filters: &[String]) -> Result<Vec<Removal>> {
    if !filters.is_empty() {
        bail!("image prune filters are not supported yet");
    }
    let store = engine.store()?;
    let users = image_use_counts(engine);
    let removed = store.update_images(|images| {
        let (gone, kept): (Vec<ImageRecord>, Vec<ImageRecord>) = images
            .drain(..)
            .partition(|i| (all || i.names.is_empty()) && !users.contains_key(&i.id));
        *images = kept;
        Ok(gone)
    })?;
    collect_garbage(&store)?;
    Ok(removed
        .into_iter()
        .flat_map(|i| i.names.into_iter().map(Removal::Untagged).chain(std::iter::once(Removal::Deleted(i.id))))
        .collect())
}

/// A container created from the image `rmi` removes.
#[derive(Debug, Clone)]
struct ContainerUser {
    short_id: String,
    running: bool,
}

/// The containers created from image `id` (through the index of what
/// containers use: a few records read, not all). A store that cannot be
/// read counts as no containers: removal is re-checked by the layer GC,
/// which does read it.
fn container_users(engine: &Engine, id: &Digest) -> Vec<ContainerUser> {
    let store = crate::container::ContainerStore::new(&engine.paths.root);
    store
        .users_of(crate::container::uses::Kind::Image, &id.to_string())
        .unwrap_or_default()
        .into_iter()
        .map(|(r, s)| ContainerUser { short_id: r.short_id().to_string(), running: s.effective().is_running() })
        .collect()
}

/// How many containers were created from each image (no record parsed
/// when the index is complete); listing images must not fail over an
/// unreadable container store.
fn image_use_counts(engine: &Engine) -> HashMap<Digest, usize> {
    let store = crate::container::ContainerStore::new(&engine.paths.root);
    let counts = store.use_counts(crate::container::uses::Kind::Image).unwrap_or_default();
    counts.into_iter().filter_map(|(k, n)| Digest::parse(&k).ok().map(|d| (d, n))).collect()
}

/// Deletes layers and blobs no image refers to any more. Runs under the
/// images lock so a pull cannot record an image that uses a layer being
/// deleted (pull re-checks its layers under the same lock).
pub fn collect_garbage(store: &Store) -> Result<()> {
    let _guard = store.lock("images-gc")?;
    store.update_images(|images| {
        let (used_layers, used_blobs) = references(store, images)?;
        for layer in store.layer_ids() {
            if !used_layers.contains(&layer) {
                store.remove_layer(&layer)?;
            }
        }
        for blob in store.blob_ids() {
            if !used_blobs.contains(&blob) {
                let _ = std::fs::remove_file(store.blob_path(&blob));
            }
        }
        Ok(())
    })
}

/// The layers (diff IDs) and blobs something still refers to: the images,
/// the containers (their overlay's lowerdirs, kept even after `rmi -f`
/// removed the image) and the build cache (its steps' configs and layers,
/// intermediate stages included, until it is pruned, as docker's). What is
/// not in these sets is garbage, for the GC and for `system check`.
pub fn references(store: &Store, images: &[ImageRecord]) -> Result<(HashSet<Digest>, HashSet<Digest>)> {
    let mut layers: HashSet<Digest> = images.iter().flat_map(|i| i.layers.iter().map(|l| l.diff_id.clone())).collect();
    layers.extend(crate::container::ContainerStore::new(store.root()).used_layers()?);
    let mut blobs: HashSet<Digest> = HashSet::new();
    for entry in store.cached_steps() {
        blobs.insert(entry.config.clone());
        layers.extend(entry.layers.iter().map(|l| l.diff_id.clone()));
        blobs.extend(entry.layers.iter().filter_map(|l| l.blob.clone()));
    }
    for i in images {
        blobs.insert(i.id.clone());
        blobs.insert(i.manifest.clone());
        blobs.extend(i.layers.iter().filter_map(|l| l.blob.clone()));
        blobs.extend(i.repo_digests.iter().filter_map(|d| d.rsplit_once('@')).filter_map(|(_, d)| Digest::parse(d).ok()));
    }
    Ok((layers, blobs))
}

/// One row of `history`.
#[derive(Debug, Clone)]
pub struct HistoryStep {
    pub id: String,
    pub created: Option<DateTime<Utc>>,
    pub created_by: String,
    pub size: u64,
    pub comment: String,
    pub tags: Vec<String>,
}

/// The image's history, newest first; the top row carries the image ID and
/// the others `<missing>`, as docker shows pulled images.
pub fn history(engine: &Engine, name: &str) -> Result<Vec<HistoryStep>> {
    let store = engine.store_readonly();
    let record = resolve(engine, &store, name)?;
    let config = store.image_config(&record)?;
    let mut layer_sizes = record.layers.iter().map(|l| store.layer_info(&l.diff_id).map(|i| i.size).unwrap_or(l.size));
    let mut steps: Vec<HistoryStep> = config
        .history
        .iter()
        .map(|h| HistoryStep {
            id: "<missing>".into(),
            created: h.created.as_deref().and_then(|c| DateTime::parse_from_rfc3339(c).ok()).map(|t| t.with_timezone(&Utc)),
            created_by: h.created_by.clone().unwrap_or_default(),
            size: if h.empty_layer { 0 } else { layer_sizes.next().unwrap_or(0) },
            comment: h.comment.clone().unwrap_or_default(),
            tags: vec![],
        })
        .collect();
    if steps.is_empty() {
        steps = record
            .layers
            .iter()
            .map(|l| HistoryStep { id: "<missing>".into(), created: record.created, created_by: String::new(), size: store.layer_info(&l.diff_id).map(|i| i.size).unwrap_or(0), comment: String::new(), tags: vec![] })
            .collect();
    }
    steps.reverse();
    if let Some(top) = steps.first_mut() {
        top.id = record.id.hex().to_string();
        top.tags = record.names.clone();
    }
    Ok(steps)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn users() -> (Digest, ContainerUser, ContainerUser) {
        let img = Digest::of(b"image");
        let stopped = ContainerUser { short_id: "aaaaaaaaaaaa".into(), running: false };
        let running = ContainerUser { running: true, short_id: "bbbbbbbbbbbb".into(), ..stopped.clone() };
        (img, stopped, running)
    }

    fn names(n: &[&str]) -> Vec<String> {
        n.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn by_name_only_that_name_goes_while_others_remain() {
        let (img, stopped, running) = users();
        let two = names(&["localhost/a:1", "localhost/b:1"]);
        for force in [false, true] {
            for u in [vec![], vec![stopped.clone()], vec![running.clone()]] {
                let plan = plan_removal(&img, &two, Some("localhost/a:1"), &u, force).unwrap();
                assert_eq!(plan, RemovalPlan::Untag("localhost/a:1".into()), "force={force} users={u:?}");
            }
        }
    }

    #[test]
    fn by_name_the_last_name_deletes_unless_a_container_uses_it() {
        let (img, stopped, running) = users();
        let one = names(&["localhost/a:1"]);
        assert_eq!(plan_removal(&img, &one, Some("localhost/a:1"), &[], false).unwrap(), RemovalPlan::Delete);
        assert_eq!(plan_removal(&img, &one, Some("localhost/a:1"), &[], true).unwrap(), RemovalPlan::Delete);
        for u in [stopped.clone(), running.clone()] {
            let e = plan_removal(&img, &one, Some("localhost/a:1"), &[u], false).unwrap_err().to_string();
            assert!(e.contains("repository reference \"localhost/a:1\" (must force)"), "{e}");
        }
        // -f: a stopped container's image record goes (its layers stay with
        // the container); a running container's image only loses the name.
        assert_eq!(plan_removal(&img, &one, Some("localhost/a:1"), std::slice::from_ref(&stopped), true).unwrap(), RemovalPlan::Delete);
        assert_eq!(plan_removal(&img, &one, Some("localhost/a:1"), &[stopped, running], true).unwrap(), RemovalPlan::Untag("localhost/a:1".into()));
    }

    #[test]
    fn by_id_several_names_or_a_stopped_user_need_force_and_running_cannot_go() {
        let (img, stopped, running) = users();
        let two = names(&["localhost/a:1", "localhost/b:1"]);
        let e = plan_removal(&img, &two, None, &[], false).unwrap_err().to_string();
        assert!(e.contains("must be forced") && e.contains("multiple repositories"), "{e}");
        assert_eq!(plan_removal(&img, &two, None, &[], true).unwrap(), RemovalPlan::Delete);
        assert_eq!(plan_removal(&img, &[], None, &[], false).unwrap(), RemovalPlan::Delete);
        let e = plan_removal(&img, &[], None, std::slice::from_ref(&stopped), false).unwrap_err().to_string();
        assert!(e.contains("must be forced") && e.contains("stopped container aaaaaaaaaaaa"), "{e}");
        assert_eq!(plan_removal(&img, &[], None, std::slice::from_ref(&stopped), true).unwrap(), RemovalPlan::Delete);
        let e = plan_removal(&img, &two, None, &[stopped, running], true).unwrap_err().to_string();
        assert!(e.contains("cannot be forced") && e.contains("running container bbbbbbbbbbbb"), "{e}");
    }

    #[test]
    fn a_plan_reports_what_docker_prints() {
        let (img, _, _) = users();
        let two = names(&["localhost/a:1", "localhost/b:1"]);
        assert_eq!(RemovalPlan::Untag("localhost/a:1".into()).removals(&img, &two), [Removal::Untagged("localhost/a:1".into())]);
        assert_eq!(
            RemovalPlan::Delete.removals(&img, &two),
            [Removal::Untagged("localhost/a:1".into()), Removal::Untagged("localhost/b:1".into()), Removal::Deleted(img.clone())]
        );
    }
}
