//! `create` (and the first half of `run`): resolve the image (pulling it as
//! `--pull` says), merge the image's defaults with the options exactly as
//! docker does, and write the container's record and directories.

use crate::container::record::{HostSettings, RestartPolicy, Settings, Ulimit};
use crate::container::{names, ContainerRecord, ContainerState, ContainerStore};
use crate::engine::pull::PullOptions;
use crate::engine::Engine;
use anyhow::{anyhow, bail, Context, Result};
use std::collections::BTreeMap;
use std::path::PathBuf;

/// `--pull`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PullPolicy {
    Always,
    #[default]
    Missing,
    Never,
    Newer,
}

impl PullPolicy {
    pub fn parse(s: &str) -> Result<PullPolicy> {
        Ok(match s {
            "always" | "true" => PullPolicy::Always,
            "missing" | "" => PullPolicy::Missing,
            "never" | "false" => PullPolicy::Never,
            "newer" => PullPolicy::Newer,
            _ => bail!("invalid --pull {s:?}: use always, missing, newer or never"),
        })
    }
}

/// Everything `create`/`run` takes, independent of the CLI.
#[derive(Debug, Clone, Default)]
pub struct CreateOptions {
    /// The image; with `rootfs`, the container's root directory (`DIR[:O]`).
    pub image: String,
    /// `--rootfs`: `image` is a directory, not an image.
    pub rootfs: bool,
    /// Arguments after the image: replace the image's Cmd.
    pub command: Vec<String>,
    pub name: Option<String>,
    pub env: Vec<String>,
    pub env_files: Vec<PathBuf>,
    pub workdir: Option<String>,
    pub user: Option<String>,
    /// `--entrypoint`: `Some("")` clears the image's entrypoint.
    pub entrypoint: Option<String>,
    pub hostname: Option<String>,
    pub labels: Vec<String>,
    pub tty: bool,
    pub interactive: bool,
    pub rm: bool,
    pub init: bool,
    pub read_only: bool,
    pub privileged: bool,
    pub tmpfs: Vec<String>,
    pub cap_add: Vec<String>,
    pub cap_drop: Vec<String>,
    pub security_opt: Vec<String>,
    pub ulimits: Vec<String>,
    pub stop_signal: Option<String>,
    pub stop_timeout: Option<u32>,
    pub restart: Option<String>,
    pub userns: Option<String>,
    pub pull: PullPolicy,
    pub log_driver: Option<String>,
    pub log_opts: Vec<String>,
    pub runtime: Option<String>,
    /// `-v SRC:DST[:OPTS]` / `-v DST`.
    pub volumes: Vec<String>,
    /// `--mount type=...,target=...`.
    pub mounts: Vec<String>,
    /// `--volumes-from CTR[:ro|rw]`.
    pub volumes_from: Vec<String>,
    /// `-m`, `--cpus`, `--pids-limit`, ... as typed.
    pub resources: crate::container::resources::ResourceFlags,
    /// How to pull when the image is missing (registry flags, quiet).
    pub pull_options: Option<PullOptions>,
    /// `--network`, `-p`, `-P`, `--expose`, `--dns`, `--add-host`, ...
    pub network: crate::network::plan::NetworkOptions,
    /// `--health-*`, `--no-healthcheck`, `--health-on-failure`.
    pub health: crate::container::health::HealthOptions,
    /// The command line, recorded as podman's `CreateCommand`.
    pub create_command: Vec<String>,
    /// `--replace`: remove a container that has this name first.
    pub replace: bool,
    /// `--sdnotify` (see `super::sdnotify::Mode`).
    pub sd_notify: Option<String>,
    /// `--pod NAME|new:NAME`.
    pub pod: Option<String>,
    /// `--pid`, `--ipc`, `--device`, `--sysctl`, `--tz`, ... (see `super::extras`).
    pub extras: super::extras::ExtraOptions,
    /// `--secret NAME[,type=mount|env,...]` (see `engine::secrets`).
    pub secrets: Vec<String>,
}

/// Reads `K=V` lines of an `--env-file` (comments and blank lines skipped; a
/// bare `K` takes the value from dhow's own environment, as docker does).
pub fn read_env_file(path: &std::path::Path) -> Result<Vec<String>> {
    let text = std::fs::read_to_string(path).with_context(|| format!("reading env file {}", path.display()))?;
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_start();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let key = line.split('=').next().unwrap_or_default();
        if key.is_empty() || key.contains(char::is_whitespace) {
            bail!("{}:{}: invalid environment variable {line:?}: expected KEY=VALUE", path.display(), n + 1);
        }
        out.extend(expand_env(line));
    }
    Ok(out)
}

/// `-e K=V` stays; `-e K` takes K from our environment or is dropped.
fn expand_env(e: &str) -> Option<String> {
    if e.contains('=') {
        Some(e.to_string())
    } else {
        std::env::var(e).ok().map(|v| format!("{e}={v}"))
    }
}

/// Applies `changes` over `base`, replacing variables by key.
pub fn merge_env(base: &[String], changes: &[String]) -> Vec<String> {
    let mut env: Vec<String> = base.to_vec();
    for c in changes {
        let key = c.split('=').next().unwrap_or_default();
        env.retain(|e| e.split('=').next() != Some(key));
        env.push(c.clone());
    }
    env
}

/// `--label KEY=VALUE` (a bare KEY has an empty value), as docker takes them.
pub fn parse_labels(labels: &[String]) -> Result<BTreeMap<String, String>> {
    let mut out = BTreeMap::new();
    for l in labels {
        let (k, v) = l.split_once('=').unwrap_or((l.as_str(), ""));
        if k.is_empty() {
            bail!("invalid label {l:?}: expected KEY=VALUE");
        }
        out.insert(k.to_string(), v.to_string());
    }
    Ok(out)
}

/// Signal names as docker takes them (the one parser is `util::signal`).
pub use crate::util::signal::parse as parse_signal;

/// Creates the container; returns its record.
pub fn create(engine: &Engine, opts: &CreateOptions) -> Result<ContainerRecord> {
    // A pod's member joins the pod's namespaces (see pod_member.rs).
    let in_pod = opts.pod.as_deref().map(|p| super::pod_member::member_options(engine, p, opts)).transpose()?;
    let (pod_id, opts) = match &in_pod {
        Some((pod, o)) => (pod.id.clone(), o),
        None => (String::new(), opts),
    };
    if opts.rm && opts.restart.as_deref().is_some_and(|r| r != "no" && !r.is_empty()) {
        bail!("conflicting options: --restart and --rm (a container removed on exit cannot be restarted)");
    }
    // Check the options before touching the network or the disk.
    let restart_policy = RestartPolicy::parse(opts.restart.as_deref().unwrap_or("no")).map_err(|e| anyhow!(e))?;
    let ulimits: Vec<Ulimit> = opts.ulimits.iter().map(|u| Ulimit::parse(u).map_err(|e| anyhow!(e))).collect::<Result<_>>()?;
    let labels = parse_labels(&opts.labels)?;
    let resources = crate::container::resources::Resources::default()
        .apply(&opts.resources, &crate::container::resources::HostCpus::detect())
        .map_err(|e| anyhow!(e))?;
    let log_driver = opts.log_driver.clone().unwrap_or_else(|| "k8s-file".into());
    crate::container::logs::Driver::parse(&log_driver).map_err(|e| anyhow!(e))?;
    let mut log_opts = BTreeMap::new();
    for o in &opts.log_opts {
        let (k, v) = o.split_once('=').ok_or_else(|| anyhow!("invalid --log-opt {o:?}: expected KEY=VALUE"))?;
        log_opts.insert(k.to_string(), v.to_string());
    }
    crate::container::logs::LogLimits::from_opts(&log_opts)?;
    if let Some(s) = &opts.stop_signal {
        parse_signal(s)?;
    }
    super::spec::capabilities(opts.privileged, &opts.cap_add, &opts.cap_drop)?;
    let mut tmpfs = BTreeMap::new();
    for t in &opts.tmpfs {
        let (dest, o) = t.split_once(':').unwrap_or((t.as_str(), ""));
        if !dest.starts_with('/') {
            bail!("invalid --tmpfs {t:?}: the mount point must be an absolute path");
        }
        tmpfs.insert(dest.to_string(), o.to_string());
    }
    let tmpfs_dests: Vec<String> = tmpfs.keys().cloned().collect();
    let user_mounts = crate::engine::volumes::mounts::parse_all(&opts.volumes, &opts.mounts, &tmpfs_dests)?;
    let user_health = opts.health.parse()?;
    let health_on_failure = crate::container::health::OnFailure::parse(opts.health.on_failure.as_deref().unwrap_or("none"))?;
    let mut net = crate::network::plan::plan(&engine.paths, &opts.network)?;
    if let Some((pod, _)) = &in_pod {
        super::pod_member::inherit_name_settings(engine, pod, &mut net);
    }
    let mut extras = super::extras::resolve(engine, &opts.extras, &net.network_mode)?;
    let userns = opts.userns.clone().unwrap_or_default();
    if !userns.is_empty() && !extras.uid_maps.is_empty() {
        bail!("--userns and --uidmap/--gidmap cannot be used together: give one of them");
    }
    let userns = super::extras::resolve_userns(engine, &userns, &mut extras)?;
    if !extras.uid_maps.is_empty() && opts.rootfs {
        // The directory's files belong to the user, whom such a mapping
        // does not map; only image layers get an ID-shifted copy (`idshift`).
        bail!("--rootfs cannot be used with --uidmap, --gidmap or --userns=auto|nomap: the directory's files would not belong to the container's root; use an image, or the default mapping");
    }
    let mut env_changes = super::extras::proxy_env(&opts.extras);
    for f in &opts.env_files {
        env_changes.extend(read_env_file(f)?);
    }
    env_changes.extend(opts.env.iter().filter_map(|e| expand_env(e)));
    let secrets = crate::engine::secrets::resolve(engine, &opts.secrets)?;
    env_changes.extend(secrets.env.iter().cloned());
    let name = match &opts.name {
        Some(n) => {
            names::validate(n).map_err(|e| anyhow!(e))?;
            n.clone()
        }
        None => String::new(),
    };
    let sd_notify = super::sdnotify::Mode::parse(opts.sd_notify.as_deref().unwrap_or(""))?;
    if opts.replace && opts.name.is_none() {
        bail!("--replace needs --name: only a named container can be replaced");
    }

    if opts.rootfs {
        (extras.rootfs, extras.rootfs_overlay) = parse_rootfs(&opts.image)?;
    }
    let source = root_source(engine, opts)?;
    let ic = &source.config.config;
    let mut image_volumes: Vec<String> = ic.volumes.as_ref().map(|v| v.keys().cloned().collect()).unwrap_or_default();
    // `--image-volume tmpfs|ignore`: no volume for the image's VOLUMEs.
    if !extras.image_volume.is_empty() {
        for dest in std::mem::take(&mut image_volumes) {
            if extras.image_volume == "tmpfs" && !tmpfs.contains_key(&dest) {
                tmpfs.insert(dest, String::new());
            }
        }
    }
    let mut mounts = crate::engine::volumes::mounts::plan(engine, user_mounts, &opts.volumes_from, &image_volumes, &tmpfs_dests)?;

    let entrypoint: Vec<String> = match &opts.entrypoint {
        Some(e) if e.is_empty() => vec![],
        Some(e) => serde_json::from_str::<Vec<String>>(e).ok().filter(|_| e.trim_start().starts_with('[')).unwrap_or_else(|| vec![e.clone()]),
        None => ic.entrypoint.clone().unwrap_or_default(),
    };
    // docker: --entrypoint also resets the image's CMD.
    let cmd: Vec<String> = if !opts.command.is_empty() {
        opts.command.clone()
    } else if opts.entrypoint.is_some() {
        vec![]
    } else {
        ic.cmd.clone().unwrap_or_default()
    };
    let command: Vec<String> = entrypoint.iter().chain(cmd.iter()).cloned().collect();
    if command.is_empty() {
        bail!("no command specified: the image {} has neither Entrypoint nor Cmd; give one after the image name", opts.image);
    }

    let healthcheck = crate::container::health::resolve(ic.extra.get("Healthcheck"), user_health)?;
    if healthcheck.is_none() && !health_on_failure.is_none() {
        bail!("--health-on-failure {} needs a health check: add --health-cmd, or use an image with a HEALTHCHECK", health_on_failure.as_str());
    }
    if sd_notify == super::sdnotify::Mode::Healthy && healthcheck.is_none() {
        bail!("--sdnotify=healthy needs a health check: add --health-cmd, or use an image with a HEALTHCHECK");
    }
    if let (true, Some(name)) = (opts.replace, &opts.name) {
        replace_existing(engine, name)?;
    }

    let id = crate::container::store::new_id();
    let containers = ContainerStore::new(&engine.paths.root);
    for (i, (u, _)) in secrets.mounts.iter().enumerate() {
        if let crate::engine::secrets::SecretUse::Mount { target, .. } = u {
            let source = crate::engine::secrets::mount_source(&containers.dir(&id), i).display().to_string();
            mounts.push(crate::container::record::Mount { kind: "bind".into(), source, destination: target.clone(), read_only: true, mode: "ro".into(), ..Default::default() });
        }
    }
    let name = if name.is_empty() { unique_random_name(&containers)? } else { name };
    let mut env = merge_env(&super::extras::image_env(ic.env.as_deref().unwrap_or_default(), &opts.extras), &env_changes);
    env = merge_env(&env, &super::extras::env_merge(&env, &opts.extras.env_merge)?);
    let stop_signal = opts.stop_signal.clone().or_else(|| ic.stop_signal.clone());
    let mut all_labels = ic.labels.clone().unwrap_or_default();
    all_labels.extend(labels);
    let record = ContainerRecord {
        id: id.clone(),
        name,
        image_name: source.image_name,
        image_id: source.image_id,
        layers: source.layers,
        created: chrono::Utc::now(),
        command,
        config: Settings {
            hostname: opts.hostname.clone().unwrap_or_else(|| id[..12].to_string()),
            user: opts.user.clone().or_else(|| ic.user.clone()).unwrap_or_default(),
            env,
            cmd,
            entrypoint,
            working_dir: opts.workdir.clone().or_else(|| ic.working_dir.clone()).unwrap_or_default(),
            labels: all_labels,
            tty: opts.tty,
            open_stdin: opts.interactive,
            stop_signal: stop_signal.unwrap_or_else(|| "SIGTERM".into()),
            stop_timeout: opts.stop_timeout.unwrap_or(10),
            exposed_ports: net.exposed_ports(ic.exposed_ports.as_ref()),
            healthcheck,
            health_on_failure,
            create_command: opts.create_command.clone(),
            sd_notify: sd_notify.as_recorded().to_string(),
        },
        host: HostSettings {
            auto_remove: opts.rm,
            restart_policy,
            log_driver,
            log_opts,
            read_only: opts.read_only,
            privileged: opts.privileged,
            cap_add: opts.cap_add.clone(),
            cap_drop: opts.cap_drop.clone(),
            security_opt: opts.security_opt.clone(),
            init: opts.init,
            tmpfs,
            ulimits,
            userns,
            runtime: opts.runtime.clone(),
            mounts,
            volumes_from: opts.volumes_from.clone(),
            extra_networks: Vec::new(),
            resources,
            pod: pod_id,
            extras,
            ..Default::default()
        },
    };
    let mut record = record;
    net.record_in(&mut record.host);
    if !record.config.working_dir.is_empty() && !record.config.working_dir.starts_with('/') {
        bail!("invalid working directory {:?}: it must be an absolute path", record.config.working_dir);
    }
    let state = ContainerState { boot_id: crate::container::state::boot_id(), ..Default::default() };
    let mut attempts = 0;
    // A random name may be taken by a create running at the same time:
    // pick another (a name the user gave is an error, as in docker).
    while let Err(e) = containers.create(&record, &state) {
        attempts += 1;
        if opts.name.is_some() || attempts >= 10 || e.downcast_ref::<crate::container::store::NameInUse>().is_none() {
            return Err(e);
        }
        record.name = unique_random_name(&containers)?;
    }
    let dir = containers.dir(&id);
    make_dirs(engine, &record, || crate::engine::secrets::write_mounts(&dir, &secrets.mounts))?;
    Ok(record)
}

/// After the record of a new container is written (the store made its
/// `upper`, `work` and `merged` directories before publishing it): the
/// container's own files (`own_files`, before the mounts, which may bind
/// them), its volumes and bind sources; on failure the record goes again.
/// Emits the `create` event.
pub(super) fn make_dirs(engine: &Engine, record: &ContainerRecord, own_files: impl FnOnce() -> Result<()>) -> Result<()> {
    let containers = ContainerStore::new(&engine.paths.root);
    let made = (|| -> Result<()> {
        own_files()?;
        let created = crate::engine::volumes::mounts::realize(engine, &record.host.mounts)?;
        // As podman: a volume made for a container with its own ID mapping
        // belongs to the container's root (bind mounts stay as they are).
        if let Some(maps) = super::idshift::mappings(record) {
            let (uid, gid) = super::idshift::root_owner(&maps);
            let top = &engine.paths.root;
            super::idshift::allow_traversal_above(top)?;
            super::idshift::allow_traversal(top, &containers.dir(&record.id))?;
            for m in record.host.mounts.iter().filter(|m| m.kind == "volume") {
                super::idshift::allow_traversal(top, std::path::Path::new(&m.source))?;
                if created.contains(&m.name) {
                    std::os::unix::fs::lchown(&m.source, Some(uid), Some(gid)).with_context(|| format!("giving volume {} to the container's root", m.name))?;
                }
            }
        }
        Ok(())
    })();
    if let Err(e) = made {
        let _ = containers.remove(&record.id);
        return Err(e);
    }
    crate::engine::events::emit(&engine.paths, crate::engine::events::Event::container("create", record));
    Ok(())
}

/// `--replace`: the container that has the name goes first (stopped if it
/// runs), as podman does; nothing to do when no container has it.
fn replace_existing(engine: &Engine, name: &str) -> Result<()> {
    let containers = ContainerStore::new(&engine.paths.root);
    if let Some((record, _)) = containers.named(name)? {
        super::ops::remove(engine, &record.id, true).with_context(|| format!("--replace: removing the container {name}"))?;
    }
    Ok(())
}

/// What a container's root comes from: an image, or (`--rootfs`) a
/// directory, which has no name, layers or configuration.
struct RootSource {
    image_name: String,
    image_id: crate::image::digest::Digest,
    layers: Vec<crate::image::digest::Digest>,
    config: crate::image::config::ImageConfig,
}

fn root_source(engine: &Engine, opts: &CreateOptions) -> Result<RootSource> {
    if opts.rootfs {
        return Ok(RootSource { image_name: String::new(), image_id: no_image(), layers: Vec::new(), config: Default::default() });
    }
    let image = resolve_image(engine, opts)?;
    let config = engine.store()?.image_config(&image)?;
    Ok(RootSource {
        image_name: display_image_name(&opts.image, &image),
        image_id: image.id.clone(),
        layers: image.layers.iter().map(|l| l.diff_id.clone()).collect(),
        config,
    })
}

/// The image ID recorded for a `--rootfs` container: all zeros, the ID of
/// no image (inspect shows "" for it, as podman does).
fn no_image() -> crate::image::digest::Digest {
    crate::image::digest::Digest::from_hex(&"0".repeat(64)).expect("64 hex digits")
}

/// `--rootfs DIR[:O]`: the directory, absolute, and whether `:O` asks for
/// an overlay over it. The directory must exist; an overlay's lower
/// directory cannot have `:` or `,` in its path (the mount options).
fn parse_rootfs(arg: &str) -> Result<(String, bool)> {
    let (dir, overlay) = match arg.strip_suffix(":O") {
        Some(d) => (d, true),
        None => (arg, false),
    };
    if dir.is_empty() {
        bail!("--rootfs needs a directory as the first argument: dhow run --rootfs DIR[:O] COMMAND");
    }
    let path = std::path::absolute(dir).with_context(|| format!("--rootfs {dir}"))?;
    if !path.is_dir() {
        bail!("--rootfs {dir}: no such directory (the first argument of run --rootfs is the container's root directory)");
    }
    let path = path.to_string_lossy().into_owned();
    if overlay && (path.contains(':') || path.contains(',')) {
        bail!("--rootfs {path}:O: an overlay cannot have a directory whose path has ':' or ','; move or link it elsewhere");
    }
    Ok((path, overlay))
}

/// The image name as `ps` shows it: the stored full name the user meant.
fn display_image_name(asked: &str, image: &crate::image::store::ImageRecord) -> String {
    if image.id.hex().starts_with(asked.trim_start_matches("sha256:")) {
        return image.names.first().cloned().unwrap_or_else(|| image.id.hex()[..12].to_string());
    }
    let tagged = crate::image::reference::Reference::parse(asked).ok().map(|r| r.familiar());
    image
        .names
        .iter()
        .find(|n| Some(n.as_str()) == Some(asked) || n.ends_with(&format!("/{asked}")) || n.ends_with(&format!("/{asked}:latest")))
        .cloned()
        .or_else(|| image.names.first().cloned())
        .or(tagged)
        .unwrap_or_else(|| asked.to_string())
}

fn unique_random_name(containers: &ContainerStore) -> Result<String> {
    for _ in 0..100 {
        let n = names::random();
        if containers.named(&n)?.is_none() {
            return Ok(n);
        }
    }
    bail!("could not find a free random container name; give one with --name")
}

fn resolve_image(engine: &Engine, opts: &CreateOptions) -> Result<crate::image::store::ImageRecord> {
    let store = engine.store()?;
    let local = || crate::engine::images::resolve(engine, &store, &opts.image);
    let pull = || -> Result<crate::image::store::ImageRecord> {
        let mut p = opts.pull_options.clone().ok_or_else(|| anyhow!("image {} is not here and pulling is not possible", opts.image))?;
        p.image = opts.image.clone();
        let pulled = crate::engine::pull::pull(engine, &p)?;
        crate::engine::images::resolve(engine, &store, &pulled.id.to_string())
    };
    match opts.pull {
        PullPolicy::Always => pull(),
        PullPolicy::Never => local().map_err(|e| {
            if crate::engine::images::is_not_found(&e) {
                anyhow!("{}: image not known, and --pull=never forbids pulling it (pull it first with 'dhow pull {}')", opts.image, opts.image)
            } else {
                e
            }
        }),
        // `newer` would compare digests with the registry; like `missing` for now.
        PullPolicy::Missing | PullPolicy::Newer => match local() {
            Ok(i) => Ok(i),
            Err(e) if crate::engine::images::is_not_found(&e) => pull(),
            Err(e) => Err(e),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn env_merging() {
        let base = vec!["PATH=/bin".to_string(), "A=1".to_string()];
        assert_eq!(merge_env(&base, &["A=2".into(), "B=3".into()]), ["PATH=/bin", "A=2", "B=3"]);
    }

    #[test]
    fn env_file_parsing() {
        let d = tempfile::tempdir().unwrap();
        let f = d.path().join("env");
        std::fs::write(&f, "# comment\n\nA=1\nB=two words\n").unwrap();
        assert_eq!(read_env_file(&f).unwrap(), ["A=1", "B=two words"]);
        std::fs::write(&f, "bad key=1\n").unwrap();
        assert!(read_env_file(&f).unwrap_err().to_string().contains(":1:"));
        assert!(read_env_file(&d.path().join("missing")).is_err());
    }

    #[test]
    fn pull_policies() {
        assert_eq!(PullPolicy::parse("never").unwrap(), PullPolicy::Never);
        assert!(PullPolicy::parse("sometimes").is_err());
    }
}
