//! `compose`: carries out the plans of [`crate::compose`] with the engine's
//! own operations — networks, volumes, build, pull, create, start, stop,
//! remove, logs, exec — never by running `dhow` itself.
//!
//! Progress lines go to stderr in docker compose's plain form
//! (` Container p-web-1  Started`); stdout carries only what the command
//! prints (ps rows, logs, config).

pub mod deps;
pub mod logs;
pub mod options;
pub mod parallel;
pub mod tmpfs;

use crate::compose::model::{Project, Service};
use crate::compose::planner::{self, Action, Existing, UpFlags};
use crate::engine::containers::list::{self, ContainerSummary, ListOptions};
use crate::engine::containers::{create, ops, start};
use crate::engine::pull::PullOptions;
use crate::engine::{volumes, Engine};
use crate::network::record as networks;
use anyhow::{anyhow, bail, Context, Result};
use std::collections::{BTreeMap, BTreeSet};

/// A progress line, as docker compose prints it without a terminal UI.
pub fn progress(kind: &str, name: &str, state: &str) {
    eprintln!(" {kind} {name}  {state}");
}

/// The project's containers (all states), ordered by service and number.
pub fn containers(engine: &Engine, project: &str) -> Result<Vec<ContainerSummary>> {
    let opts = ListOptions { all: true, filters: vec![format!("label={}={project}", planner::LABEL_PROJECT)], ..Default::default() };
    let mut out = list::list(engine, &opts)?;
    out.sort_by_key(|c| (label(c, planner::LABEL_SERVICE), number(c), c.record.name.clone()));
    Ok(out)
}

pub fn label(c: &ContainerSummary, key: &str) -> String {
    record_label(&c.record, key)
}

fn record_label(r: &crate::container::ContainerRecord, key: &str) -> String {
    r.config.labels.get(key).cloned().unwrap_or_default()
}

fn number(c: &ContainerSummary) -> u32 {
    label(c, planner::LABEL_NUMBER).parse().unwrap_or(0)
}

/// The planner's view of a container.
pub fn existing(c: &ContainerSummary) -> Existing {
    existing_of(&c.record, &c.state)
}

fn existing_of(r: &crate::container::ContainerRecord, state: &crate::container::ContainerState) -> Existing {
    Existing {
        id: r.id.clone(),
        name: r.name.clone(),
        service: record_label(r, planner::LABEL_SERVICE),
        number: record_label(r, planner::LABEL_NUMBER).parse().unwrap_or(0),
        hash: record_label(r, planner::LABEL_HASH),
        running: ops::is_running(state),
        oneoff: record_label(r, planner::LABEL_ONEOFF) == "True",
    }
}

/// The planner's view of the project's containers, from their records and
/// states alone: `up` needs neither the ports nor the health that `ps`
/// shows (which read each container's network file and probe state).
fn existing_containers(engine: &Engine, project: &str) -> Result<Vec<Existing>> {
    let mut out: Vec<Existing> = ops::containers(engine)
        .list()?
        .into_iter()
        .filter(|(r, _)| r.config.labels.get(planner::LABEL_PROJECT).is_some_and(|p| p == project))
        .map(|(r, s)| existing_of(&r, &s.effective()))
        .collect();
    // The order of [`containers`].
    out.sort_by(|a, b| (&a.service, a.number, &a.name).cmp(&(&b.service, b.number, &b.name)));
    Ok(out)
}

/// The project's non-one-off containers of `services` (all when empty).
pub fn service_containers(engine: &Engine, project: &Project, services: &[String]) -> Result<Vec<ContainerSummary>> {
    for s in services {
        if !project.services.contains_key(s) && !project.disabled.contains_key(s) {
            bail!("no such service: {s}");
        }
    }
    Ok(containers(engine, &project.name)?
        .into_iter()
        .filter(|c| label(c, planner::LABEL_ONEOFF) != "True")
        .filter(|c| services.is_empty() || services.contains(&label(c, planner::LABEL_SERVICE)))
        .collect())
}

/// Full names of the networks the selected services use.
pub fn used_networks(project: &Project, selected: &BTreeSet<String>) -> Vec<String> {
    let mut keys: BTreeSet<&String> = BTreeSet::new();
    for s in selected {
        keys.extend(project.services[s].networks.keys());
    }
    keys.into_iter().filter_map(|k| project.networks.get(k)).map(|n| n.name.clone()).collect()
}

/// Creates the project networks the selected services use (or checks that
/// external ones exist). Needs no user namespace: a network is a record.
pub fn ensure_networks(engine: &Engine, project: &Project, selected: &BTreeSet<String>) -> Result<()> {
    let root = &engine.paths.root;
    let mut keys: BTreeSet<&String> = BTreeSet::new();
    for s in selected {
        keys.extend(project.services[s].networks.keys());
    }
    for key in keys {
        let Some(n) = project.networks.get(key) else { continue };
        if networks::load(root, &n.name).is_ok() {
            continue;
        }
        if n.external {
            bail!("network {} declared as external, but could not be found (create it with 'dhow network create {}')", n.name, n.name);
        }
        let mut labels: Vec<String> = n.labels.iter().map(|(k, v)| format!("{k}={v}")).collect();
        labels.push(format!("{}={}", planner::LABEL_PROJECT, project.name));
        labels.push(format!("{}={key}", planner::LABEL_NETWORK));
        let opts = network_create_options(n, labels);
        match networks::create(&engine.paths, &opts) {
            Ok(_) => progress("Network", &n.name, "Created"),
            // Another compose invocation may have created it meanwhile.
            Err(_) if networks::load(root, &n.name).is_ok() => {}
            Err(e) => return Err(e.context(format!("creating network {} for the project", n.name))),
        }
    }
    Ok(())
}

/// What `network create` gets for a project network: its IPv4 pool and,
/// with `enable_ipv6`, its IPv6 pool (both checked by the loader).
fn network_create_options(n: &crate::compose::model::Network, labels: Vec<String>) -> networks::CreateOptions {
    // The IPv4 pool first (its ip_range is the n-th --ip-range), then the
    // IPv6 one with enable_ipv6: a dual-stack network as `network create
    // --ipv6 --subnet V4 --subnet V6` makes.
    let pools: Vec<&crate::compose::model::IpamPool> = n.ipv4_pool().into_iter().chain(n.ipv6_pool()).filter(|p| p.subnet.is_some()).collect();
    networks::CreateOptions {
        name: n.name.clone(),
        subnets: pools.iter().filter_map(|p| p.subnet.clone()).collect(),
        gateways: pools.iter().map(|p| p.gateway.clone().unwrap_or_default()).collect(),
        ip_ranges: pools.first().filter(|p| !p.is_ipv6()).and_then(|p| p.ip_range.clone()).into_iter().collect(),
        internal: n.internal,
        labels,
        driver: n.driver.clone(),
        ipv6: n.enable_ipv6 == Some(true),
        ..Default::default()
    }
}

/// Creates the named volumes the selected services mount.
pub fn ensure_volumes(engine: &Engine, project: &Project, selected: &BTreeSet<String>) -> Result<()> {
    let store = volumes::VolumeStore::for_engine(engine);
    let mut keys: BTreeSet<&String> = BTreeSet::new();
    for s in selected {
        keys.extend(project.services[s].volumes.iter().filter_map(|v| v.source.as_ref()).filter(|src| project.volumes.contains_key(*src)));
    }
    for key in keys {
        let v = &project.volumes[key];
        // A tmpfs or bind volume is mounted straight into the containers.
        if v.local_mount().ok().flatten().is_some() {
            continue;
        }
        if store.exists(&v.name) {
            continue;
        }
        if v.external {
            bail!("external volume {:?} not found (create it with 'dhow volume create {}')", v.name, v.name);
        }
        let mut labels: Vec<String> = v.labels.iter().map(|(k, v)| format!("{k}={v}")).collect();
        labels.push(format!("{}={}", planner::LABEL_PROJECT, project.name));
        labels.push(format!("{}={key}", planner::LABEL_VOLUME));
        volumes::create(engine, &volumes::CreateOptions { name: Some(v.name.clone()), labels, ..Default::default() }).with_context(|| format!("creating volume {}", v.name))?;
        progress("Volume", &format!("{:?}", v.name), "Created");
    }
    Ok(())
}

/// How images are obtained.
#[derive(Debug, Clone, Default)]
pub struct ImageOptions {
    /// `--build`: build services that have a build section even if present.
    pub build: bool,
    /// `--no-build`: never build; a missing image is an error.
    pub no_build: bool,
    /// `--pull always|missing|never` (default: the service's pull_policy, else missing).
    pub pull: Option<String>,
    pub no_cache: bool,
    pub build_args: Vec<String>,
    pub quiet: bool,
    /// `build --pull`: pull newer base images.
    pub build_pull: bool,
}

fn image_id(engine: &Engine, name: &str) -> Result<Option<String>> {
    crate::engine::images::local_id(engine, name)
}

/// Builds one service's image, tagged with its image name.
pub fn build_service(engine: &Engine, project: &Project, svc: &Service, opts: &ImageOptions) -> Result<String> {
    let b = svc.build.as_ref().ok_or_else(|| anyhow!("service {:?} has no build section", svc.name))?;
    let tag = planner::image_name(project, svc);
    let ctx = std::path::PathBuf::from(&b.context);
    let mut build_args: Vec<String> = b.args.iter().map(|(k, v)| match v {
        Some(v) => format!("{k}={v}"),
        None => k.clone(),
    }).collect();
    build_args.extend(opts.build_args.iter().cloned());
    let file = match &b.dockerfile_inline {
        // Written beside the project's other generated files, outside the context.
        Some(text) => {
            let path = options::files_dir(&engine.paths.root, &project.name).join("build").join(format!("{}.Dockerfile", svc.name));
            std::fs::create_dir_all(path.parent().unwrap_or(&ctx)).with_context(|| format!("creating {}", path.display()))?;
            crate::util::atomic::write_file(&path, text.as_bytes(), 0o644).with_context(|| format!("writing the dockerfile_inline of service {:?}", svc.name))?;
            Some(path.to_string_lossy().to_string())
        }
        None => b.dockerfile.as_ref().map(|f| ctx.join(f).to_string_lossy().to_string()),
    };
    let bo = crate::engine::build::BuildOptions {
        context: crate::engine::build::ContextSource::Dir(ctx.clone()),
        file,
        tags: vec![tag.clone()],
        build_args,
        target: b.target.clone(),
        no_cache: opts.no_cache,
        pull: if opts.build_pull { create::PullPolicy::Always } else { create::PullPolicy::Missing },
        layers: true,
        squash: false,
        labels: b.labels.iter().map(|(k, v)| format!("{k}={v}")).collect(),
        quiet: opts.quiet,
        iidfile: None,
        network: b.network.clone().unwrap_or_default(),
        pull_options: pull_options("", opts.quiet)?,
        ignorefile: None,
        more: Default::default(),
    };
    eprintln!(" Service {}  Building", svc.name);
    let id = crate::engine::build::build(engine, &bo).with_context(|| format!("building service {:?}", svc.name))?;
    progress("Service", &svc.name, "Built");
    Ok(id.to_string())
}

fn pull_options(image: &str, quiet: bool) -> Result<PullOptions> {
    Ok(PullOptions::new(image, quiet))
}

/// Pulls one service's image.
pub fn pull_service(engine: &Engine, project: &Project, svc: &Service, quiet: bool) -> Result<String> {
    let image = planner::image_name(project, svc);
    let pulled = crate::engine::pull::pull(engine, &pull_options(&image, quiet)?).with_context(|| format!("pulling the image of service {:?}", svc.name))?;
    progress("Image", &image, "Pulled");
    Ok(pulled.id.to_string())
}

/// Builds or pulls what the selected services need; returns each one's image ID.
pub fn ensure_images(engine: &Engine, project: &Project, selected: &BTreeSet<String>, opts: &ImageOptions) -> Result<BTreeMap<String, String>> {
    let mut ids = BTreeMap::new();
    // Services often share an image: each is looked up once (a lookup
    // reads the image index and registries.conf).
    let mut looked_up: BTreeMap<String, Option<String>> = BTreeMap::new();
    for name in selected {
        let svc = &project.services[name];
        let image = planner::image_name(project, svc);
        let policy = opts.pull.clone().or_else(|| svc.pull_policy.clone()).unwrap_or_else(|| "missing".into());
        let present = match looked_up.get(&image) {
            Some(id) => id.clone(),
            None => image_id(engine, &image)?,
        };
        let id = if svc.build.is_some() && !opts.no_build && (opts.build || policy == "build" || present.is_none()) {
            build_service(engine, project, svc, opts)?
        } else if policy == "always" || (present.is_none() && policy != "never") {
            match (pull_service(engine, project, svc, opts.quiet), &present) {
                (Ok(id), _) => id,
                (Err(e), None) => return Err(e),
                (Err(e), Some(id)) => {
                    eprintln!("WARN: {e:#}; using the local image");
                    id.clone()
                }
            }
        } else {
            present.ok_or_else(|| anyhow!("no such image {image:?} for service {name:?} (pull_policy {policy}, or --no-build)"))?
        };
        looked_up.insert(image, Some(id.clone()));
        ids.insert(name.clone(), id);
    }
    Ok(ids)
}

/// `up`'s options.
#[derive(Debug, Clone, Default)]
pub struct UpOptions {
    pub services: Vec<String>,
    pub flags: UpFlags,
    pub images: ImageOptions,
    pub remove_orphans: bool,
    pub no_start: bool,
    /// Seconds for stopping containers that are recreated or removed.
    pub timeout: Option<u32>,
    /// Services handled at once (0: no limit; 1: one after another).
    pub parallel: usize,
    /// `-V`: recreated containers get new anonymous volumes.
    pub renew_anon_volumes: bool,
}

/// `up --dry-run`: what `up` would do, changing nothing (no network,
/// volume, build, pull or container).
pub fn plan_only(engine: &Engine, project: &Project, opts: &UpOptions) -> Result<String> {
    let selected = planner::selection(project, &opts.services, opts.flags.no_deps)?;
    let mut out = String::new();
    let mut hashes = BTreeMap::new();
    for name in &selected {
        let svc = &project.services[name];
        let image = planner::image_name(project, svc);
        let id = image_id(engine, &image)?;
        match (&id, &svc.build) {
            (_, Some(_)) if opts.images.build => out.push_str(&format!("{name}: build {image}\n")),
            (None, Some(_)) if !opts.images.no_build => out.push_str(&format!("{name}: build {image}\n")),
            (None, _) => out.push_str(&format!("{name}: pull {image}\n")),
            _ => {}
        }
        hashes.insert(name.clone(), planner::config_hash(svc, id.as_deref().unwrap_or("(to be built or pulled)")));
    }
    let existing: Vec<Existing> = containers(engine, &project.name)?.iter().map(existing).collect();
    out.push_str(&planner::plan_up(project, &opts.services, &existing, &hashes, opts.flags)?.render());
    Ok(out)
}

/// Creates and starts the project (or the given services); returns the
/// names of the service containers that belong to the selection.
pub fn up(engine: &Engine, project: &Project, opts: &UpOptions) -> Result<Vec<String>> {
    let selected = planner::selection(project, &opts.services, opts.flags.no_deps)?;
    ensure_networks(engine, project, &selected)?;
    ensure_volumes(engine, project, &selected)?;
    let images = ensure_images(engine, project, &selected, &opts.images)?;
    let hashes: BTreeMap<String, String> = selected.iter().map(|s| (s.clone(), planner::config_hash(&project.services[s], &images[s]))).collect();
    let existing = existing_containers(engine, &project.name)?;
    let plan = planner::plan_up(project, &opts.services, &existing, &hashes, opts.flags)?;
    if !plan.orphans.is_empty() {
        if opts.remove_orphans {
            remove_containers(engine, &plan.orphans)?;
        } else {
            let names: Vec<&str> = plan.orphans.iter().map(|o| o.name.as_str()).collect();
            eprintln!("WARN: Found orphan containers ([{}]) for this project. If you removed or renamed this service in your compose file, you can run this command with the --remove-orphans flag to clean it up.", names.join(" "));
        }
    }
    let health = deps::EngineHealth { engine };
    // Each service once those it depends on are done; independent ones at once.
    let jobs: Vec<(String, Vec<String>)> = plan.services.iter().map(|(s, _)| (s.clone(), project.services[s].depends_on.keys().cloned().collect())).collect();
    let per_service = parallel::run(&jobs, opts.parallel, |service| {
        let actions = &plan.services.iter().find(|(s, _)| s == service).expect("planned").1;
        let svc = &project.services[service];
        // A service left running as it is needs nothing from its dependencies.
        let starts = actions.iter().any(|a| !matches!(a, Action::Keep { .. } | Action::Remove { .. }));
        if starts && !opts.no_start && !opts.flags.no_deps {
            deps::wait_for_dependencies(project, svc, &health, &|s| first_container(engine, project, s))?;
        }
        let mut names = Vec::new();
        for a in actions {
            match a {
                Action::Keep { name } => {
                    progress("Container", name, "Running");
                    names.push(name.clone());
                }
                Action::Start { name } => {
                    if !opts.no_start {
                        start_container(engine, name)?;
                    }
                    names.push(name.clone());
                }
                Action::Create { number, name } => {
                    create_replica(engine, project, svc, *number, &hashes[service])?;
                    progress("Container", name, "Created");
                    if !opts.no_start {
                        start_container(engine, name)?;
                    }
                    names.push(name.clone());
                }
                Action::Recreate { number, name, old_id } => {
                    let kept = if opts.renew_anon_volumes { vec![] } else { anonymous_volumes(engine, old_id) };
                    ops::stop(engine, old_id, opts.timeout)?;
                    let old = ops::remove(engine, old_id, true)?;
                    if opts.renew_anon_volumes {
                        volumes::remove_anonymous(engine, &old)?;
                    }
                    recreate_replica(engine, project, svc, *number, &hashes[service], &kept)?;
                    progress("Container", name, "Recreated");
                    if !opts.no_start {
                        start_container(engine, name)?;
                    }
                    names.push(name.clone());
                }
                Action::Remove { name } => {
                    ops::stop(engine, name, opts.timeout)?;
                    ops::remove(engine, name, true)?;
                    progress("Container", name, "Removed");
                }
            }
        }
        Ok(names)
    })?;
    Ok(per_service.into_iter().flatten().collect())
}

fn remove_containers(engine: &Engine, doomed: &[Existing]) -> Result<()> {
    for o in doomed {
        ops::remove(engine, &o.id, true)?;
        progress("Container", &o.name, "Removed");
    }
    Ok(())
}

/// `--remove-orphans` outside `up`: the project's containers of services
/// the files no longer define.
pub fn remove_orphans(engine: &Engine, project: &Project) -> Result<()> {
    let existing = existing_containers(engine, &project.name)?;
    let orphans: Vec<Existing> = existing.into_iter().filter(|e| !e.oneoff && !project.services.contains_key(&e.service) && !project.disabled.contains_key(&e.service)).collect();
    remove_containers(engine, &orphans)
}

/// The name of a service's first container (for `network_mode: service:`
/// and dependency checks).
pub fn first_container(engine: &Engine, project: &Project, service: &str) -> Option<String> {
    containers(engine, &project.name)
        .ok()?
        .into_iter()
        .find(|c| label(c, planner::LABEL_SERVICE) == service && label(c, planner::LABEL_ONEOFF) != "True")
        .map(|c| c.record.name)
}

/// Creates replica `number` of `svc` (bind sources created as compose
/// does for short syntax) and connects its extra networks.
pub fn create_replica(engine: &Engine, project: &Project, svc: &Service, number: u32, hash: &str) -> Result<String> {
    recreate_replica(engine, project, svc, number, hash, &[])
}

/// The anonymous volumes of a container (name, destination).
fn anonymous_volumes(engine: &Engine, id: &str) -> Vec<(String, String)> {
    ops::find(engine, id)
        .map(|(r, _)| r.host.mounts.iter().filter(|m| m.kind == "volume" && m.anonymous).map(|m| (m.name.clone(), m.destination.clone())).collect())
        .unwrap_or_default()
}

/// [`create_replica`] in place of a container whose anonymous volumes
/// were `kept`: each one still anonymous at the same destination (in the
/// service, or an image `VOLUME`) is handed to the new container, so its
/// data survive the recreate, as docker compose does; it stays anonymous
/// (`down -v` removes it).
fn recreate_replica(engine: &Engine, project: &Project, svc: &Service, number: u32, hash: &str, kept: &[(String, String)]) -> Result<String> {
    let mut reused = Vec::new();
    let name = create_container(engine, project, svc, &options::Replica { number, hash, oneoff: false, joined: BTreeMap::new(), shared_tmpfs: BTreeMap::new(), use_aliases: false }, |o| {
        for (vol, dest) in kept {
            let explicit = o.volumes.iter().any(|v| v == dest);
            let taken = o.volumes.iter().any(|v| v.split(':').nth(1) == Some(dest.as_str())) || o.tmpfs.iter().any(|t| t.split(':').next() == Some(dest.as_str()));
            if explicit || !taken {
                o.volumes.retain(|v| v != dest);
                o.volumes.push(format!("{vol}:{dest}"));
                reused.push(vol.clone());
            }
        }
    })?;
    if !reused.is_empty() {
        let (record, _) = ops::find(engine, &name)?;
        update_record(engine, &record.id, |rec| {
            for m in rec.host.mounts.iter_mut().filter(|m| m.kind == "volume" && reused.contains(&m.name)) {
                m.anonymous = true;
            }
        })?;
    }
    Ok(name)
}

/// Creates a container of `svc`; `adjust` changes the options last (`run`).
pub fn create_container(engine: &Engine, project: &Project, svc: &Service, r: &options::Replica, adjust: impl FnOnce(&mut create::CreateOptions)) -> Result<String> {
    let mut joined = BTreeMap::new();
    for (key, other) in svc.joined_services() {
        let ctr = first_container(engine, project, other).ok_or_else(|| anyhow!("service {:?} uses {key} service:{other}, which has no container", svc.name))?;
        joined.insert(other.to_string(), ctr);
    }
    let r = options::Replica { joined, shared_tmpfs: tmpfs::shared_dirs(&engine.paths.root, project), ..r.clone() };
    for v in &svc.volumes {
        if let (Some(src), Some(b)) = (&v.source, &v.bind) {
            if b.create_host_path && !std::path::Path::new(src).exists() {
                std::fs::create_dir_all(src).with_context(|| format!("creating the bind mount source {src} of service {:?}", svc.name))?;
            }
        }
        let local = v.source.as_ref().filter(|_| v.kind == crate::compose::model::MountType::Volume).and_then(|k| project.volumes.get(k)).and_then(|vol| vol.local_mount().ok().flatten());
        if let Some(crate::compose::model::LocalMount::Bind(dir)) = local {
            if !std::path::Path::new(&dir).is_dir() {
                bail!("service {:?}: volume {:?} binds {dir}, which is not a directory (docker's local driver refuses it too): create it first", svc.name, v.source.as_deref().unwrap_or_default());
            }
        }
    }
    let (mut opts, extra) = options::create_options(project, svc, &r)?;
    let links = external_links(engine, project, svc)?;
    let files_dir = options::files_dir(&engine.paths.root, &project.name);
    write_file_sources(project, svc, &files_dir)?;
    let (mounts, warnings) = options::file_mounts(project, svc, &files_dir);
    for w in warnings {
        eprintln!("WARN[0000] {w}");
    }
    opts.volumes.extend(mounts);
    adjust(&mut opts);
    let record = create::create(engine, &opts).with_context(|| format!("creating a container for service {:?}", svc.name))?;
    if !links.is_empty() {
        // Before the first start writes its `/etc/hosts`.
        update_record(engine, &record.id, |rec| rec.host.links = links)?;
    }
    for n in extra {
        crate::network::connect::connect(&engine.paths, &n.name, &record.id, n.ip.as_deref(), &n.aliases)?;
    }
    Ok(record.name)
}

/// `external_links: [CONTAINER:ALIAS]`: ALIAS names the container's address
/// on a network it shares with the service, as the record's `links`
/// (`NAME:ALIAS`, see `HostSettings::links`): the container's managed
/// `/etc/hosts` section carries it and is rewritten when CONTAINER
/// restarts with another address. The container must exist, as docker
/// requires; one on no shared network gets a warning, as it cannot be
/// reached by name.
fn external_links(engine: &Engine, project: &Project, svc: &Service) -> Result<Vec<String>> {
    let store = crate::container::ContainerStore::new(&engine.paths.root);
    let mine: Vec<String> = options::networks(project, svc).into_iter().map(|n| n.name).collect();
    let mut links = Vec::new();
    if let (Some(mode), false) = (&svc.network_mode, svc.external_links.is_empty()) {
        eprintln!("WARN[0000] service {:?}: external_links are ignored with network_mode {mode:?} (the service has no network of its own)", svc.name);
        return Ok(links);
    }
    for link in &svc.external_links {
        let (name, alias) = link.split_once(':').unwrap_or((link.as_str(), link.as_str()));
        let (record, _) = store.find(name).map_err(|_| anyhow!("service {:?}: external_links: no such container {name:?} (create and start it first)", svc.name))?;
        let mut nets: Vec<String> = std::iter::once(record.host.network_mode.clone()).chain(record.host.extra_networks.iter().map(|e| e.network.clone())).collect();
        nets.retain(|n| mine.contains(n));
        if nets.is_empty() {
            eprintln!("WARN[0000] service {:?}: external link {link:?}: container {name} is not on a network of the service ({}), so it cannot be reached by name", svc.name, mine.join(", "));
        } else if alias != record.name {
            links.push(format!("{}:{alias}", record.name));
        }
    }
    Ok(links)
}

/// Changes a just created container's record (before its first start),
/// under its lock, atomically.
fn update_record(engine: &Engine, id: &str, change: impl FnOnce(&mut crate::container::ContainerRecord)) -> Result<()> {
    let store = crate::container::ContainerStore::new(&engine.paths.root);
    let _lock = store.lock_container(id)?;
    let (mut rec, _) = store.load(id)?;
    change(&mut rec);
    crate::util::atomic::write_json(&store.dir(id).join("container.json"), &rec).context("updating the container's record")
}

/// Writes the content of the service's `environment`/`content` secrets and
/// configs to the project's files dir (atomically), the
/// sources of their bind mounts.
fn write_file_sources(project: &Project, svc: &Service, dir: &std::path::Path) -> Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    for (kind, refs, objs) in [("secrets", &svc.secrets, &project.secrets), ("configs", &svc.configs, &project.configs)] {
        for r in refs {
            let Some(o) = objs.get(&r.source) else { continue };
            let Some(content) = o.value.as_ref().or(o.content.as_ref()) else { continue };
            let path = dir.join(kind).join(&r.source);
            // The directory keeps other host users out; the file is
            // readable by any user inside the container, as docker's 0444.
            std::fs::DirBuilder::new().recursive(true).mode(0o700).create(path.parent().unwrap_or(dir)).with_context(|| format!("creating {}", dir.display()))?;
            crate::util::atomic::write_file(&path, content.as_bytes(), 0o644).with_context(|| format!("writing {kind} {:?} of service {:?}", r.source, svc.name))?;
        }
    }
    Ok(())
}

/// Starts a container, keeping docker's exit code on a start failure.
pub fn start_container(engine: &Engine, name: &str) -> Result<()> {
    let (record, _) = ops::find(engine, name)?;
    match start::start(engine, &record.id) {
        Ok(_) => {
            progress("Container", name, "Started");
            Ok(())
        }
        Err(e) => match e.downcast::<start::StartFailed>() {
            Ok(f) => Err(crate::error::Exit::with_code(f.code, format!("container {name}: {}", f.message)).into()),
            Err(e) => Err(e.context(format!("starting container {name}"))),
        },
    }
}

/// `down`'s options.
#[derive(Debug, Clone, Default)]
pub struct DownOptions {
    pub volumes: bool,
    pub remove_orphans: bool,
    pub timeout: Option<u32>,
    /// `--rmi`: `Some(false)` removes built images (services without an
    /// `image:`), `Some(true)` every service's image.
    pub remove_images: Option<bool>,
}

/// Stops and removes the project's containers (in reverse dependency
/// order), its networks, and with `volumes` its named volumes.
pub fn down(engine: &Engine, project: &Project, opts: &DownOptions) -> Result<()> {
    let all = containers(engine, &project.name)?;
    let order = planner::start_order(project)?;
    // Services disabled by profiles still own their containers.
    let rank = |c: &ContainerSummary| {
        let s = label(c, planner::LABEL_SERVICE);
        order.iter().position(|o| *o == s).or_else(|| project.disabled.contains_key(&s).then_some(0))
    };
    let mut doomed: Vec<&ContainerSummary> = all.iter().filter(|c| opts.remove_orphans || rank(c).is_some() || label(c, planner::LABEL_ONEOFF) == "True").collect();
    doomed.sort_by_key(|c| std::cmp::Reverse(rank(c)));
    let orphans: Vec<&str> = all.iter().filter(|c| rank(c).is_none() && label(c, planner::LABEL_ONEOFF) != "True" && !opts.remove_orphans).map(|c| c.record.name.as_str()).collect();
    if !orphans.is_empty() {
        eprintln!("WARN: Found orphan containers ([{}]) for this project. If you removed or renamed this service in your compose file, you can run this command with the --remove-orphans flag to clean it up.", orphans.join(" "));
    }
    for c in doomed {
        if ops::is_running(&c.state) {
            ops::stop(engine, &c.record.id, opts.timeout)?;
            progress("Container", &c.record.name, "Stopped");
        }
        ops::remove(engine, &c.record.id, true)?;
        if opts.volumes {
            volumes::remove_anonymous(engine, &c.record)?;
        }
        progress("Container", &c.record.name, "Removed");
    }
    if orphans.is_empty() {
        let files = options::files_dir(&engine.paths.root, &project.name);
        if let Err(e) = std::fs::remove_dir_all(&files) {
            if e.kind() != std::io::ErrorKind::NotFound {
                eprintln!("WARN: {} not removed: {e}", files.display());
            }
        }
    }
    for n in project.networks.values().filter(|n| !n.external) {
        if networks::load(&engine.paths.root, &n.name).is_ok() {
            match crate::engine::network::remove(engine, &n.name, false) {
                Ok(_) => progress("Network", &n.name, "Removed"),
                Err(e) => eprintln!("WARN: network {} not removed: {e:#}", n.name),
            }
        }
    }
    if let Some(all) = opts.remove_images {
        let mut done = BTreeSet::new();
        for svc in project.services.values().filter(|s| all || s.image.is_none()) {
            let image = planner::image_name(project, svc);
            if done.insert(image.clone()) && image_id(engine, &image)?.is_some() {
                match crate::engine::images::remove(engine, &image, false) {
                    Ok(_) => progress("Image", &image, "Removed"),
                    Err(e) => eprintln!("WARN: image {image} not removed: {e:#}"),
                }
            }
        }
    }
    if opts.volumes {
        let store = volumes::VolumeStore::for_engine(engine);
        for v in project.volumes.values().filter(|v| !v.external) {
            if store.exists(&v.name) {
                volumes::remove(engine, &v.name, false).with_context(|| format!("removing volume {}", v.name))?;
                progress("Volume", &v.name, "Removed");
            }
        }
    }
    Ok(())
}

/// `stop`: in reverse dependency order.
pub fn stop(engine: &Engine, project: &Project, services: &[String], timeout: Option<u32>) -> Result<()> {
    let mut cs = service_containers(engine, project, services)?;
    let order = planner::start_order(project)?;
    cs.sort_by_key(|c| std::cmp::Reverse(order.iter().position(|s| *s == label(c, planner::LABEL_SERVICE))));
    for c in cs.iter().filter(|c| ops::is_running(&c.state)) {
        ops::stop(engine, &c.record.id, timeout)?;
        progress("Container", &c.record.name, "Stopped");
    }
    Ok(())
}

/// `start`: existing containers, in dependency order.
pub fn start(engine: &Engine, project: &Project, services: &[String]) -> Result<()> {
    let cs = service_containers(engine, project, services)?;
    if cs.is_empty() {
        bail!("no containers to start (run 'dhow compose up' to create them)");
    }
    let health = deps::EngineHealth { engine };
    for s in planner::start_order(project)? {
        let mine: Vec<&ContainerSummary> = cs.iter().filter(|c| label(c, planner::LABEL_SERVICE) == s).collect();
        if mine.is_empty() {
            continue;
        }
        deps::wait_for_dependencies(project, &project.services[&s], &health, &|d| first_container(engine, project, d))?;
        for c in mine.into_iter().filter(|c| !ops::is_running(&c.state)) {
            start_container(engine, &c.record.name)?;
        }
    }
    Ok(())
}

/// `rm`: stopped containers (running ones too with `stop_first`).
pub fn rm(engine: &Engine, project: &Project, services: &[String], stop_first: bool, anon_volumes: bool) -> Result<()> {
    let cs = service_containers(engine, project, services)?;
    if stop_first {
        stop(engine, project, services, None)?;
    }
    let mut removed = 0;
    for c in &cs {
        let (_, state) = match ops::find(engine, &c.record.id) {
            Ok(x) => x,
            Err(_) => continue,
        };
        if ops::is_running(&state) {
            continue;
        }
        ops::remove(engine, &c.record.id, false)?;
        if anon_volumes {
            volumes::remove_anonymous(engine, &c.record)?;
        }
        progress("Container", &c.record.name, "Removed");
        removed += 1;
    }
    if removed == 0 {
        eprintln!("No stopped containers");
    }
    Ok(())
}

/// A replica's container name for `exec --index N`.
pub fn replica(engine: &Engine, project: &Project, service: &str, index: u32) -> Result<ContainerSummary> {
    if !project.services.contains_key(service) {
        bail!("no such service: {service}");
    }
    service_containers(engine, project, &[service.to_string()])?
        .into_iter()
        .find(|c| number(c) == index)
        .ok_or_else(|| anyhow!("service {service:?} is not running (no container with index {index})"))
}
