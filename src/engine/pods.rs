//! Pods: containers sharing one network namespace (they reach each other on
//! localhost, ports are published on the pod), held by an infra container.
//!
//! The infra container is an ordinary container record with no image
//! layers: its command is dhow's own binary (bind-mounted read-only at
//! [`INFRA_BINARY`] with the host's library directories) running
//! [`INFRA_COMMAND`], which only waits for a stop signal. Its monitor sets up
//! the pod's network (the default network, `--network`, published ports with
//! the monitor's forwarder) exactly as for any container, and members join
//! it with `network_mode = container:<infra>`. So a pod survives its members
//! restarting, and starting a member starts the infra first.
//!
//! Records: `container::pod` (`<root>/pods/<id>.json`); a member names its
//! pod in `HostSettings::pod`.

use crate::container::pod::{MemberDefaults, PodRecord, PodStore};
// Record-level facts (container::pod) and a member's side of a pod
// (containers::pod_member), named here too for pods' callers.
pub use crate::container::pod::{check_userns, is_infra, INFRA_IMAGE_NAME, INFRA_LABEL};
pub use crate::engine::containers::pod_member::start_infra;
use crate::container::record::{HostSettings, Mount, RestartPolicy, Settings};
use crate::container::{ContainerRecord, ContainerState, ContainerStore, Status};
use crate::network::plan::NetworkOptions;
use crate::engine::Engine;
use anyhow::{anyhow, bail, Context, Result};
use std::collections::BTreeMap;

/// The hidden first argument that makes dhow the infra process.
pub const INFRA_COMMAND: &str = "__pod-infra";
/// Where dhow's binary appears inside the infra container.
pub const INFRA_BINARY: &str = "/dhow-infra";
/// The infra process: PID 1 of the pod's namespaces. It blocks the usual
/// stop signals and exits 0 on the first one (a PID 1 without handlers would
/// ignore SIGTERM).
pub fn infra_main() -> i32 {
    use nix::sys::signal::{SigSet, Signal};
    let mut set = SigSet::empty();
    for s in [Signal::SIGTERM, Signal::SIGINT, Signal::SIGHUP, Signal::SIGQUIT] {
        set.add(s);
    }
    if set.thread_block().is_err() {
        return 1;
    }
    match set.wait() {
        Ok(_) => 0,
        Err(_) => 1,
    }
}

/// `pod create`'s options.
#[derive(Debug, Clone, Default)]
pub struct PodOptions {
    pub name: Option<String>,
    pub labels: Vec<String>,
    pub hostname: Option<String>,
    /// `--share`: a comma-separated list (default `net,ipc,uts`).
    pub share: Option<String>,
    pub infra: bool,
    /// `--network`, `-p`, `--dns`, `--add-host` of the pod (on the infra).
    pub network: NetworkOptions,
    /// `--infra-conmon-pidfile`: the infra's monitor writes its PID here at
    /// each start (a generated pod unit's `PIDFile=`).
    pub infra_conmon_pidfile: Option<std::path::PathBuf>,
    /// `--replace`: a pod of the same name is removed first (with its containers).
    pub replace: bool,
    /// The command line that created the pod (see [`PodRecord::create_command`]).
    pub create_command: Vec<String>,
    /// `--userns`: the user namespace mode of every member.
    pub userns: Option<String>,
    /// `--exit-policy continue|stop`.
    pub exit_policy: Option<String>,
    /// `--infra-name`: the infra container's name (default `<short ID>-infra`).
    pub infra_name: Option<String>,
    /// The pod's own limits and `--cgroup-parent` (see `pod_cgroup`).
    pub resources: crate::container::resources::ResourceFlags,
    /// `-v`, `--device`, `--sysctl`, `--pid`, `--uidmap`, ...: what every
    /// member gets (checked here, applied by `containers::pod_member`).
    pub members: MemberDefaults,
    /// `--share-parent` as given.
    pub share_parent: Option<bool>,
    /// `--infra-image`: pulled (when missing) and recorded; see [`INFRA_IMAGE_NOTE`].
    pub infra_image: Option<String>,
    /// `--infra-command`, as given.
    pub infra_command: Option<String>,
}

/// Why `--infra-image`/`--infra-command` are recorded rather than run: the
/// infra only holds the pod's namespaces and sees no member's files; dhow's
/// own binary does that without an image's layers on disk, stops on the
/// first SIGTERM (a `sleep` or `tail` as PID 1 would wait out the stop
/// timeout) and is never missing from the store.
pub const INFRA_IMAGE_NOTE: &str = "pulled and recorded (pod inspect's InfraConfig); dhow's own small binary holds the pod's namespaces";

/// `--userns auto[:size=N]` and `nomap`: modes that give the pod one ID
/// mapping of its own, which its members share.
fn is_mapping_mode(mode: &str) -> bool {
    matches!(mode.split(':').next(), Some("auto" | "nomap"))
}

/// A pod's `--userns`: the modes members may have ([`check_userns`]), and
/// auto and nomap, which `create` turns into the pod's mapping.
pub fn check_pod_userns(mode: &str, share: &[String]) -> Result<String> {
    if is_mapping_mode(mode) {
        if mode.starts_with("nomap:") {
            bail!("invalid --userns {mode:?}: nomap takes no options");
        }
        return Ok(mode.to_string());
    }
    check_userns(mode, share)
}

/// The member settings of `extras::resolve`'s concern, as a member's
/// `create` gets them.
fn member_extras(m: &MemberDefaults) -> crate::engine::containers::extras::ExtraOptions {
    let some = |s: &String| (!s.is_empty()).then(|| s.clone());
    crate::engine::containers::extras::ExtraOptions {
        pid: some(&m.pid),
        uts: some(&m.uts),
        devices: m.devices.clone(),
        sysctls: m.sysctls.clone(),
        shm_size: some(&m.shm_size),
        uidmap: m.uidmap.clone(),
        gidmap: m.gidmap.clone(),
        subuidname: some(&m.subuidname),
        subgidname: some(&m.subgidname),
        ..Default::default()
    }
}

/// Checks `pod create`'s member settings as a member's `create` would
/// (devices stat'ed, sysctls namespaced, sizes, namespace modes, maps,
/// volumes and containers of `--volumes-from`), so that a bad one fails
/// the pod's create rather than each member's.
fn check_member_defaults(engine: &Engine, m: &MemberDefaults, network_mode: &str) -> Result<()> {
    for (flag, mode) in [("--pid", &m.pid), ("--uts", &m.uts)] {
        if mode.starts_with("container:") {
            bail!("invalid {flag} {mode:?} for a pod: container: is not supported (the pod holds its own namespaces); use host, private or ns:PATH");
        }
    }
    let x = member_extras(m);
    crate::engine::containers::extras::resolve(engine, &x, network_mode)?;
    crate::engine::volumes::mounts::parse_all(&m.volumes, &[], &[])?;
    let store = ContainerStore::new(&engine.paths.root);
    for v in &m.volumes_from {
        let name = v.split(':').next().unwrap_or(v);
        store.find(name).with_context(|| format!("--volumes-from {v}"))?;
    }
    Ok(())
}

fn store(engine: &Engine) -> PodStore {
    PodStore::new(&engine.paths.root)
}

/// Parses `--share`: net, ipc, uts and pid are known; net is required when
/// there is an infra (members join the infra's network namespace). With
/// pid the members see each other's processes (the infra is their PID 1).
pub fn parse_share(s: Option<&str>) -> Result<Vec<String>> {
    // podman's `+pid` adds to the default set.
    let s = match s {
        None => "net,ipc,uts".to_string(),
        Some(x) if x.starts_with('+') => format!("net,ipc,uts,{}", &x[1..]),
        Some(x) => x.to_string(),
    };
    let mut out = Vec::new();
    for ns in s.split(',').map(str::trim).filter(|x| !x.is_empty()) {
        if !matches!(ns, "net" | "ipc" | "uts" | "pid") {
            bail!("invalid --share {ns:?}: dhow pods share net, ipc, uts and pid (cgroup is not supported)");
        }
        if !out.iter().any(|x| x == ns) {
            out.push(ns.to_string());
        }
    }
    Ok(out)
}

/// The host directories the dynamically linked dhow binary needs inside the
/// otherwise empty infra root, bind-mounted read-only.
fn infra_mounts() -> Result<Vec<Mount>> {
    let exe = std::env::current_exe().context("finding the dhow executable")?;
    let exe = exe.canonicalize().unwrap_or(exe);
    let mut mounts = vec![Mount {
        kind: "bind".into(),
        source: exe.display().to_string(),
        destination: INFRA_BINARY.into(),
        read_only: true,
        mode: "ro".into(),
        ..Default::default()
    }];
    for d in ["/lib", "/lib64", "/usr/lib", "/usr/lib64"] {
        let p = std::path::Path::new(d);
        if let Ok(real) = p.canonicalize() {
            if real.is_dir() {
                mounts.push(Mount { kind: "bind".into(), source: real.display().to_string(), destination: d.into(), read_only: true, mode: "ro".into(), ..Default::default() });
            }
        }
    }
    Ok(mounts)
}

/// `pod create`: writes the pod and its infra container (not started, as
/// podman's `pod create`).
pub fn create(engine: &Engine, opts: &PodOptions) -> Result<PodRecord> {
    let share = parse_share(opts.share.as_deref())?;
    // With keep-id and a shared PID namespace the infra itself runs in
    // the keep-id user namespace, which its members join (see
    // `join_pod_user_namespace`), so the pod's /proc can be mounted.
    let userns_share: Vec<String> = share.iter().filter(|s| opts.infra && *s != "pid").cloned().collect();
    let mode = opts.userns.as_deref().unwrap_or("");
    if opts.members.maps_ids() && !mode.is_empty() {
        bail!("--userns and --uidmap/--gidmap/--subuidname/--subgidname cannot be used together: give one of them");
    }
    let userns = check_pod_userns(mode, &userns_share)?;
    let mut members = opts.members.clone();
    if is_mapping_mode(mode) {
        // One mapping for the whole pod, chosen now: auto's range is the
        // pod's (no other auto container or pod gets it), nomap's leaves
        // out the user's own ID. Members get it as the pod's --uidmap.
        let mut x = crate::container::extras::RunExtras::default();
        crate::engine::containers::extras::resolve_userns(engine, mode, &mut x)?;
        let text = |m: &[(u32, u32, u32)]| m.iter().map(|(c, h, n)| format!("{c}:{h}:{n}")).collect::<Vec<_>>();
        members.uidmap = text(&x.uid_maps);
        members.gidmap = text(&x.gid_maps);
    }
    let labels = crate::engine::containers::create::parse_labels(&opts.labels)?;
    let infra_command = match opts.infra_command.as_deref() {
        None => Vec::new(),
        Some(c) => serde_json::from_str::<Vec<String>>(c).ok().filter(|_| c.trim_start().starts_with('[')).unwrap_or_else(|| c.split_whitespace().map(str::to_string).collect()),
    };
    if !opts.infra && (opts.infra_image.is_some() || opts.infra_command.is_some()) {
        bail!("--infra-image and --infra-command need an infra container: leave out --infra=false/--no-infra");
    }
    if !opts.infra {
        let n = &opts.network;
        if !n.publish.is_empty() || n.network.is_some() || !n.dns.is_empty() || !n.dns_search.is_empty() || n.ip.is_some() || !n.add_host.is_empty() || n.hosts_file.is_some() || opts.hostname.is_some() {
            bail!("--no-infra cannot be used with -p, --network, --ip, --dns, --dns-search, --add-host, --hosts-file or --hostname: those belong to the infra container that holds the pod's namespaces");
        }
    } else if !share.iter().any(|s| s == "net") {
        bail!("--share must include net: the pod's containers join the infra's network namespace");
    }
    if opts.network.network.as_deref().is_some_and(|n| n.starts_with("container:")) {
        bail!("invalid --network for a pod: container:... is not supported (a pod holds its own namespaces)");
    }
    let name = match &opts.name {
        Some(n) => {
            crate::container::names::validate(n).map_err(|e| anyhow!(e))?;
            n.clone()
        }
        None => crate::container::names::random(),
    };
    if opts.infra_conmon_pidfile.is_some() && !opts.infra {
        bail!("--infra-conmon-pidfile needs an infra container: leave out --infra=false/--no-infra");
    }
    let exit_policy = parse_exit_policy(opts.exit_policy.as_deref())?;
    if let Some(n) = &opts.infra_name {
        if !opts.infra {
            bail!("--infra-name needs an infra container: leave out --infra=false/--no-infra");
        }
        crate::container::names::validate(n).map_err(|e| anyhow!("invalid --infra-name: {e}"))?;
    }
    let pods = store(engine);
    if opts.replace {
        let Some(asked) = &opts.name else { bail!("--replace needs --name: only a named pod can be replaced") };
        match pods.find(asked) {
            Ok(old) if old.name == *asked => remove(engine, &old, true).with_context(|| format!("replacing pod {asked}"))?,
            _ => {}
        }
    }
    let mut net = if opts.infra { Some(crate::network::plan::plan(&engine.paths, &opts.network)?) } else { None };
    check_member_defaults(engine, &members, net.as_ref().map_or("", |n| n.network_mode.as_str()))?;
    let infra_image = match &opts.infra_image {
        Some(i) => infra_image(engine, i)?,
        None => String::new(),
    };
    // On a user-defined network the pod is reached by its name and host
    // name (aliases of the infra, which holds the pod's address), as on podman.
    if let Some(n) = net.as_mut().filter(|n| crate::network::record::is_user_network_mode(&n.network_mode)) {
        for alias in [&name, opts.hostname.as_ref().unwrap_or(&name)] {
            if !n.aliases.contains(alias) {
                n.aliases.push(alias.clone());
            }
        }
    }
    let id = crate::container::store::new_id();
    let limits = crate::engine::containers::pod_cgroup::plan(&opts.resources, &id)?;
    let _lock = pods.lock()?;
    let mut pod = PodRecord {
        id: id.clone(),
        name: name.clone(),
        created: chrono::Utc::now(),
        labels,
        infra_id: String::new(),
        share: if opts.infra { share } else { Vec::new() },
        hostname: opts.hostname.clone().unwrap_or_else(|| name.clone()),
        create_command: opts.create_command.clone(),
        userns,
        exit_policy,
        members,
        share_parent: opts.share_parent,
        infra_image,
        infra_command,
    };
    if let Some(net) = net {
        pod.infra_id = create_infra(engine, &pod, &net, opts.infra_conmon_pidfile.as_deref(), opts.infra_name.as_deref()).with_context(|| match &opts.infra_name {
            Some(n) => format!("creating the infra container {n} (--infra-name)"),
            None => "creating the infra container".into(),
        })?.id;
    }
    if let Err(e) = pods.create(&pod) {
        if !pod.infra_id.is_empty() {
            let _ = ContainerStore::new(&engine.paths.root).remove(&pod.infra_id);
        }
        return Err(e);
    }
    if let Some(l) = &limits {
        if let Err(e) = crate::engine::containers::pod_cgroup::install(&engine.paths.root, &pod.id, l) {
            drop(_lock);
            let _ = remove(engine, &pod, true);
            return Err(e);
        }
    }
    crate::engine::events::emit(&engine.paths, pod_event("create", &pod));
    Ok(pod)
}

/// `--infra-image`: the image, pulled when missing (as podman would pull
/// it to run it); its full name is recorded.
fn infra_image(engine: &Engine, image: &str) -> Result<String> {
    let store = engine.store()?;
    let found = match crate::engine::images::resolve(engine, &store, image) {
        Ok(i) => i,
        Err(e) if crate::engine::images::is_not_found(&e) => {
            let pulled = crate::engine::pull::pull(engine, &crate::engine::pull::PullOptions::new(image, true)).with_context(|| format!("pulling --infra-image {image}"))?;
            crate::engine::images::resolve(engine, &store, &pulled.id.to_string())?
        }
        Err(e) => return Err(e.context(format!("--infra-image {image}"))),
    };
    Ok(found.names.first().cloned().unwrap_or_else(|| image.to_string()))
}

fn create_infra(engine: &Engine, pod: &PodRecord, net: &crate::network::plan::Planned, conmon_pidfile: Option<&std::path::Path>, name: Option<&str>) -> Result<ContainerRecord> {
    let id = crate::container::store::new_id();
    let mut record = ContainerRecord {
        id: id.clone(),
        name: name.map_or_else(|| format!("{}-infra", &pod.id[..12]), str::to_string),
        image_name: INFRA_IMAGE_NAME.into(),
        image_id: crate::image::digest::Digest::of(INFRA_IMAGE_NAME.as_bytes()),
        layers: Vec::new(),
        created: pod.created,
        command: vec![INFRA_BINARY.into(), INFRA_COMMAND.into()],
        config: Settings {
            hostname: pod.hostname.clone(),
            env: vec!["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin".into()],
            cmd: vec![INFRA_COMMAND.into()],
            entrypoint: vec![INFRA_BINARY.into()],
            labels: BTreeMap::from([(INFRA_LABEL.to_string(), pod.name.clone())]),
            stop_signal: "SIGTERM".into(),
            stop_timeout: 10,
            exposed_ports: net.exposed_ports(None),
            ..Default::default()
        },
        host: HostSettings {
            restart_policy: RestartPolicy::default(),
            log_driver: "none".into(),
            mounts: infra_mounts()?,
            pod: pod.id.clone(),
            ..Default::default()
        },
    };
    net.record_in(&mut record.host);
    // podman 4.3 gives `pod create --security-opt` to the infra, not the members.
    record.host.security_opt = pod.members.security_opt.clone();
    if pod.userns == "keep-id" && pod.shares("pid") {
        record.host.userns = pod.userns.clone();
    }
    // The same for a pod's ID mapping: the infra runs with it, and members
    // (with the same mapping) join its user namespace.
    let mapped = pod.members.maps_ids() && pod.shares("pid");
    if mapped {
        let x = crate::engine::containers::extras::resolve(engine, &member_extras(&pod.members), "")?;
        (record.host.extras.uid_maps, record.host.extras.gid_maps) = (x.uid_maps, x.gid_maps);
    }
    if let Some(f) = conmon_pidfile {
        let f = std::path::absolute(f).with_context(|| format!("--infra-conmon-pidfile {}", f.display()))?;
        record.host.extras.conmon_pidfile = f.display().to_string();
    }
    let containers = ContainerStore::new(&engine.paths.root);
    let state = ContainerState { boot_id: crate::container::state::boot_id(), ..Default::default() };
    containers.create(&record, &state)?;
    if mapped {
        // The runtime, inside the mapping, reaches the infra's dirs by path.
        let top = &engine.paths.root;
        let opened = crate::engine::containers::idshift::allow_traversal_above(top).and_then(|_| crate::engine::containers::idshift::allow_traversal(top, &containers.dir(&record.id)));
        if let Err(e) = opened {
            let _ = containers.remove(&record.id);
            return Err(e);
        }
    }
    Ok(record)
}

/// `--exit-policy`: "continue" (podman's default, recorded as "") or "stop".
fn parse_exit_policy(p: Option<&str>) -> Result<String> {
    match p.unwrap_or("continue") {
        "continue" => Ok(String::new()),
        "stop" => Ok("stop".into()),
        other => bail!("invalid --exit-policy {other:?}: expected continue or stop"),
    }
}

fn pod_event(action: &str, pod: &PodRecord) -> crate::engine::events::Event {
    crate::engine::events::Event { kind: "pod".into(), ..crate::engine::events::Event::image(action, &pod.id, &pod.name) }
}

pub fn find(engine: &Engine, query: &str) -> Result<PodRecord> {
    store(engine).find(query)
}

pub fn list(engine: &Engine) -> Result<Vec<PodRecord>> {
    store(engine).list()
}

/// Files that belong to the pod (`kube play`'s ConfigMap and Secret
/// volumes): `<root>/pods/<id>.files/`, removed with the pod.
pub fn files_dir(engine: &Engine, pod: &PodRecord) -> std::path::PathBuf {
    engine.paths.root.join("pods").join(format!("{}.files", pod.id))
}

/// `rm CTR`: a pod's infra goes only with its pod.
pub fn check_removable(engine: &Engine, query: &str) -> Result<()> {
    let Ok((r, _)) = ContainerStore::new(&engine.paths.root).find(query) else { return Ok(()) };
    if is_infra(&r) {
        if let Ok(pod) = store(engine).find(&r.host.pod) {
            bail!("container {} is the infra container of pod {}: remove the pod instead ('dhow pod rm {}')", r.name, pod.name, pod.name);
        }
    }
    Ok(())
}

/// The pod's containers, infra first, then members by creation.
pub fn containers(engine: &Engine, pod: &PodRecord) -> Result<Vec<(ContainerRecord, ContainerState)>> {
    let mut all: Vec<(ContainerRecord, ContainerState)> = ContainerStore::new(&engine.paths.root)
        .list()?
        .into_iter()
        .filter(|(r, _)| r.host.pod == pod.id)
        .map(|(r, s)| (r, s.effective()))
        .collect();
    all.sort_by_key(|(r, _)| (r.id != pod.infra_id, r.created));
    Ok(all)
}

/// The pod's status as podman shows it: Created, Running, Degraded (some
/// members not running), Exited.
pub fn status(engine: &Engine, pod: &PodRecord) -> Result<String> {
    let ctrs = containers(engine, pod)?;
    let members: Vec<&ContainerState> = ctrs.iter().filter(|(r, _)| r.id != pod.infra_id).map(|(_, s)| s).collect();
    let infra_running = ctrs.iter().any(|(r, s)| r.id == pod.infra_id && crate::engine::containers::ops::is_running(s));
    let running = members.iter().filter(|s| crate::engine::containers::ops::is_running(s)).count();
    Ok(if !members.is_empty() && members.iter().all(|s| s.status == Status::Paused) {
        "Paused"
    } else if members.is_empty() {
        if infra_running { "Running" } else if ctrs.iter().all(|(_, s)| s.status == Status::Created) { "Created" } else { "Exited" }
    } else if running == members.len() {
        "Running"
    } else if running > 0 || infra_running && members.iter().any(|s| s.status != Status::Created) {
        "Degraded"
    } else if members.iter().all(|s| s.status == Status::Created) {
        "Created"
    } else {
        "Exited"
    }
    .to_string())
}

/// `run --pod POD`: starts the pod's infra (when it is not running) while
/// the member is being created, instead of after; the caller awaits the
/// start before the member's. None when there is nothing to start, or the
/// start could not begin (the member's start then tries again and reports
/// why), or when the member's options are refused (nothing starts for a
/// member that will not be). `create --pod` does not call this.
pub fn start_infra_early(engine: &Engine, opts: &crate::engine::containers::create::CreateOptions) -> Option<crate::engine::containers::start::Pending> {
    let asked = opts.pod.as_deref().filter(|p| !p.starts_with("new:"))?;
    let (pod, _) = crate::engine::containers::pod_member::member_options(engine, asked, opts).ok()?;
    if pod.infra_id.is_empty() {
        return None;
    }
    let (_, state) = ContainerStore::new(&engine.paths.root).load(&pod.infra_id).ok()?;
    if crate::engine::containers::ops::is_running(&state.effective()) {
        return None;
    }
    crate::engine::containers::start::spawn(engine, &pod.infra_id).ok()
}

/// `run/create --pod NAME|new:NAME`: creates the member, and when that
/// fails undoes what this command did to the pod: a pod it created
/// (`new:NAME`) is removed, and an infra it started (`early`, see
/// [`start_infra_early`]) of a pod with no running member is stopped
/// again. Without `--pod`, only `create`.
pub fn create_member(engine: &Engine, opts: &crate::engine::containers::create::CreateOptions, early: bool) -> Result<ContainerRecord> {
    let create_ctr = crate::engine::containers::create::create;
    let Some(asked) = opts.pod.as_deref() else { return create_ctr(engine, opts) };
    if let Some(name) = asked.strip_prefix("new:") {
        // The member's options that belong to a pod are refused before the
        // pod is made, so a refused member makes no pod.
        crate::engine::containers::pod_member::refuse_pod_settings(opts)?;
        // The pod first, so that a failure removes this very pod (by ID).
        let pod = create(engine, &PodOptions { name: Some(name.to_string()), infra: true, ..Default::default() })?;
        let o = crate::engine::containers::create::CreateOptions { pod: Some(pod.id.clone()), ..opts.clone() };
        return create_ctr(engine, &o).inspect_err(|_| {
            let _ = remove(engine, &pod, true);
        });
    }
    let infra = if early { start_infra_early(engine, opts) } else { None };
    let created = create_ctr(engine, opts);
    let Some(infra) = infra else { return created };
    let started = infra.wait();
    match created {
        Ok(r) => started.map(|_| r).context("starting the pod's infra container"),
        Err(e) => {
            if started.is_ok() {
                crate::engine::containers::pod_member::stop_unused_infra(engine, asked);
            }
            Err(e)
        }
    }
}


/// `pod start`: the infra, then every member not running, side by side
/// (all monitors spawned, then each start awaited). Returns the first
/// member failure after trying them all.
pub fn start(engine: &Engine, pod: &PodRecord) -> Result<()> {
    start_infra(engine, pod)?;
    let mut failed = None;
    let mut fail = |e: anyhow::Error, name: &str| {
        if let Some(prev) = failed.replace(e.context(format!("starting container {name}"))) {
            crate::error::report(&prev);
        }
    };
    let mut pending = Vec::new();
    for (r, s) in containers(engine, pod)? {
        if r.id == pod.infra_id || crate::engine::containers::ops::is_running(&s) {
            continue;
        }
        match crate::engine::containers::start::spawn(engine, &r.id) {
            Ok(p) => pending.push((p, r.name)),
            Err(e) => fail(e, &r.name),
        }
    }
    for (p, name) in pending {
        if let Err(e) = p.wait() {
            fail(e, &name);
        }
    }
    crate::engine::events::emit(&engine.paths, pod_event("start", pod));
    failed.map_or(Ok(()), Err)
}

/// `pod stop`: the members (all at once), then the infra.
pub fn stop(engine: &Engine, pod: &PodRecord, timeout: Option<u32>) -> Result<()> {
    stop_members_then_infra(engine, pod, timeout)?;
    crate::engine::events::emit(&engine.paths, pod_event("stop", pod));
    Ok(())
}

fn stop_members_then_infra(engine: &Engine, pod: &PodRecord, timeout: Option<u32>) -> Result<()> {
    let (infra, members): (Vec<_>, Vec<_>) = containers(engine, pod)?.into_iter().map(|(r, _)| r.id).partition(|id| *id == pod.infra_id);
    crate::engine::containers::ops::stop_many(engine, &members, timeout)?;
    crate::engine::containers::ops::stop_many(engine, &infra, timeout)
}

/// `pod kill`: every running container of the pod, members first.
pub fn kill(engine: &Engine, pod: &PodRecord, signal: nix::sys::signal::Signal) -> Result<()> {
    let mut any = false;
    for (r, s) in containers(engine, pod)?.into_iter().rev() {
        if crate::engine::containers::ops::is_running(&s) {
            crate::engine::containers::ops::kill(engine, &r.id, signal)?;
            any = true;
        }
    }
    if !any {
        bail!("pod {} is not running: nothing to kill", pod.name);
    }
    Ok(())
}

/// `pod pause` / `pod unpause`: every container of the pod in the state to
/// change (running, or paused), members first.
pub fn pause(engine: &Engine, pod: &PodRecord, pause: bool) -> Result<()> {
    let want = if pause { Status::Running } else { Status::Paused };
    let mut any = false;
    for (r, s) in containers(engine, pod)?.into_iter().rev() {
        if s.status == want {
            if pause {
                crate::engine::containers::pause::pause(engine, &r.id)?;
            } else {
                crate::engine::containers::pause::unpause(engine, &r.id)?;
            }
            any = true;
        }
    }
    if !any {
        bail!("pod {} has no {} containers", pod.name, want.as_str());
    }
    Ok(())
}

/// `pod rm [-f]`: the members, the infra, then the record. A running member
/// is an error without `force`.
pub fn remove(engine: &Engine, pod: &PodRecord, force: bool) -> Result<()> {
    let ctrs = containers(engine, pod)?;
    if !force {
        if let Some((r, _)) = ctrs.iter().find(|(r, s)| r.id != pod.infra_id && crate::engine::containers::ops::is_running(s)) {
            bail!("cannot remove pod {}: its container {} is running; stop the pod first ('dhow pod stop {}') or remove it with 'dhow pod rm -f'", pod.name, r.name, pod.name);
        }
    }
    if force {
        // Stopped side by side first, then removed one by one.
        stop_members_then_infra(engine, pod, Some(0))?;
    }
    for (r, _) in ctrs.into_iter().rev() {
        match crate::engine::containers::ops::remove(engine, &r.id, true) {
            Ok(_) => {}
            Err(e) if e.downcast_ref::<crate::container::store::ContainerNotFound>().is_some() => {}
            Err(e) => return Err(e),
        }
    }
    crate::engine::containers::pod_cgroup::remove(&engine.paths.root, &pod.id);
    let pods = store(engine);
    let _lock = pods.lock()?;
    pods.remove(&pod.id)?;
    let files = files_dir(engine, pod);
    if files.exists() {
        std::fs::remove_dir_all(&files).with_context(|| format!("removing {}", files.display()))?;
    }
    crate::engine::events::emit(&engine.paths, pod_event("remove", pod));
    Ok(())
}

/// `pod inspect`: podman's main fields.
pub fn inspect(engine: &Engine, pod: &PodRecord) -> Result<serde_json::Value> {
    let ctrs = containers(engine, pod)?;
    let infra_ports = ctrs
        .iter()
        .find(|(r, _)| r.id == pod.infra_id)
        .map(|(r, _)| r.host.port_bindings.iter().map(|b| serde_json::to_value(b).unwrap_or_default()).collect::<Vec<_>>())
        .unwrap_or_default();
    let network = ctrs.iter().find(|(r, _)| r.id == pod.infra_id).map(|(r, _)| r.host.network_mode.clone()).unwrap_or_default();
    let m = &pod.members;
    let or = |v: &str, default: &str| if v.is_empty() { default.to_string() } else { v.to_string() };
    let mut v = serde_json::json!({
        "Id": pod.id,
        "Name": pod.name,
        "Created": pod.created.to_rfc3339_opts(chrono::SecondsFormat::Nanos, true),
        "State": status(engine, pod)?,
        "Hostname": pod.hostname,
        "Labels": pod.labels,
        "CreateInfra": !pod.infra_id.is_empty(),
        "InfraContainerID": pod.infra_id,
        "SharedNamespaces": pod.share,
        "ExitPolicy": if pod.exit_policy.is_empty() { "continue" } else { pod.exit_policy.as_str() },
        "NumContainers": ctrs.len(),
        "InfraConfig": {
            "PortBindings": infra_ports,
            "NetworkMode": network,
            "pid_ns": or(&m.pid, "private"),
            "userns": or(&pod.userns, "host"),
            "uts_ns": or(&m.uts, "private"),
        },
        "Containers": ctrs.iter().map(|(r, s)| serde_json::json!({"Id": r.id, "Name": r.name, "State": s.status.as_str()})).collect::<Vec<_>>(),
    });
    if !pod.create_command.is_empty() {
        v["CreateCommand"] = serde_json::json!(pod.create_command);
    }
    member_defaults_inspect(pod, &mut v)?;
    crate::engine::containers::pod_cgroup::inspect(&engine.paths.root, &pod.id, &mut v);
    Ok(v)
}

/// `pod clone`'s options: the new pod's name (default `NAME-clone`, then
/// `NAME-cloneN`), `--destroy`, `--start`, and the `pod create` flags that
/// replace the original's (`overrides`, applied by the caller to the
/// options [`clone_options`] returns).
#[derive(Debug, Clone, Default)]
pub struct CloneOptions {
    pub name: Option<String>,
    pub destroy: bool,
    pub start: bool,
}

/// The `pod create` options that make a pod like `pod`: its labels, host
/// name, shared namespaces, network settings (from its infra: network,
/// ports, DNS, hosts), user namespace, exit policy, member settings and
/// infra image. Static addresses, aliases and names are not copied (they
/// are the original's own).
pub fn clone_options(engine: &Engine, pod: &PodRecord, name: Option<String>) -> Result<PodOptions> {
    let taken: Vec<String> = list(engine)?.into_iter().map(|p| p.name).collect();
    let name = name.unwrap_or_else(|| {
        let first = format!("{}-clone", pod.name);
        (0..).map(|i| if i == 0 { first.clone() } else { format!("{first}{i}") }).find(|n| !taken.contains(n)).unwrap_or(first)
    });
    let mut network = NetworkOptions::default();
    if !pod.infra_id.is_empty() {
        let (infra, _) = ContainerStore::new(&engine.paths.root).load(&pod.infra_id)?;
        let h = &infra.host;
        network = NetworkOptions {
            network: (!h.network_mode.is_empty()).then(|| h.network_mode.clone()),
            publish: h.port_bindings.iter().map(|b| format!("{}{}:{}/{}", if b.host_ip.is_empty() { String::new() } else { format!("{}:", b.host_ip) }, b.host_port, b.container_port, b.protocol)).collect(),
            dns: h.dns.clone(),
            dns_search: h.dns_search.clone(),
            dns_options: h.dns_options.clone(),
            add_host: h.extra_hosts.clone(),
            no_hosts: h.no_hosts,
            hosts_file: (!h.hosts_file.is_empty()).then(|| h.hosts_file.clone()),
            ..Default::default()
        };
    }
    // An auto or nomap pod's clone gets a mapping of its own.
    let mut members = pod.members.clone();
    if is_mapping_mode(&pod.userns) {
        members.uidmap.clear();
        members.gidmap.clear();
    }
    Ok(PodOptions {
        name: Some(name.clone()),
        labels: pod.labels.iter().map(|(k, v)| format!("{k}={v}")).collect(),
        hostname: (pod.hostname != pod.name).then(|| pod.hostname.clone()),
        share: (!pod.infra_id.is_empty()).then(|| pod.share.join(",")),
        infra: !pod.infra_id.is_empty(),
        network,
        userns: (!pod.userns.is_empty()).then(|| pod.userns.clone()),
        exit_policy: (!pod.exit_policy.is_empty()).then(|| pod.exit_policy.clone()),
        members,
        share_parent: pod.share_parent,
        infra_image: (!pod.infra_image.is_empty()).then(|| pod.infra_image.clone()),
        infra_command: (!pod.infra_command.is_empty()).then(|| serde_json::to_string(&pod.infra_command).unwrap_or_default()),
        ..Default::default()
    })
}

/// `pod clone`: makes the pod `opts` describes (from [`clone_options`],
/// with the caller's overrides), then clones each member of `pod` into it
/// (`containers::clone` with `--pod`, named NAME-clone: fresh file
/// systems from the images, as `container clone`); a failure removes the new pod again. Then
/// `--destroy` removes the original (stopping it), `--start` starts the clone.
pub fn clone(engine: &Engine, pod: &PodRecord, create_opts: &PodOptions, opts: &CloneOptions) -> Result<PodRecord> {
    let new = create(engine, create_opts)?;
    let cloned = (|| -> Result<()> {
        for (r, _) in containers(engine, pod)? {
            if r.id == pod.infra_id {
                continue;
            }
            // Named as `container clone` names them (NAME-clone), as podman.
            let o = crate::engine::containers::clone::CloneOptions { pod: Some(new.id.clone()), ..Default::default() };
            crate::engine::containers::clone::clone(engine, &r.id, &o).with_context(|| format!("cloning container {}", r.name))?;
        }
        Ok(())
    })();
    if let Err(e) = cloned {
        let _ = remove(engine, &new, true);
        return Err(e);
    }
    if opts.destroy {
        remove(engine, pod, true).with_context(|| format!("--destroy: removing pod {}", pod.name))?;
    }
    if opts.start {
        start(engine, &new)?;
    }
    Ok(new)
}

/// The members' settings in `pod inspect`, under podman's keys (`mounts`,
/// `devices`, `security_opt`, `volumes_from`, `shm_size`, `sysctl`), and
/// dhow's record of `--infra-image`/`--infra-command`/`--share-parent`.
fn member_defaults_inspect(pod: &PodRecord, v: &mut serde_json::Value) -> Result<()> {
    use serde_json::json;
    let m = &pod.members;
    if !m.volumes.is_empty() {
        let mounts = crate::engine::volumes::mounts::parse_all(&m.volumes, &[], &[])?;
        v["mounts"] = json!(mounts
            .iter()
            .map(|x| json!({
                "Type": x.kind,
                "Name": x.name,
                "Source": x.source,
                "Destination": x.destination,
                "Driver": if x.kind == "volume" { "local" } else { "" },
                "Mode": x.mode,
                "Options": ["rbind"],
                "RW": !x.read_only,
                "Propagation": if x.propagation.is_empty() { "rprivate" } else { x.propagation.as_str() },
            }))
            .collect::<Vec<_>>());
    }
    if !m.devices.is_empty() {
        v["devices"] = json!(m
            .devices
            .iter()
            .filter_map(|d| crate::container::extras::parse_device(d).ok())
            .map(|d| json!({"PathOnHost": d.path_on_host, "PathInContainer": d.path_in_container, "CgroupPermissions": d.cgroup_permissions}))
            .collect::<Vec<_>>());
    }
    if !m.security_opt.is_empty() {
        v["security_opt"] = json!(m.security_opt);
    }
    if !m.volumes_from.is_empty() {
        v["volumes_from"] = json!(m.volumes_from);
    }
    if !m.shm_size.is_empty() {
        v["shm_size"] = json!(crate::util::human::parse_size(&m.shm_size).unwrap_or_default());
    }
    if !m.sysctls.is_empty() {
        v["sysctl"] = json!(m.sysctls.iter().filter_map(|s| s.split_once('=')).map(|(k, val)| (k.trim().to_string(), val.to_string())).collect::<BTreeMap<_, _>>());
    }
    if m.maps_ids() {
        v["InfraConfig"]["userns"] = json!("private");
        v["IDMappings"] = json!({"UIDMap": m.uidmap, "GIDMap": m.gidmap, "SubUIDName": m.subuidname, "SubGIDName": m.subgidname});
    }
    if !pod.infra_image.is_empty() {
        v["InfraConfig"]["InfraImage"] = json!(pod.infra_image);
    }
    if !pod.infra_command.is_empty() {
        v["InfraConfig"]["InfraCommand"] = json!(pod.infra_command);
    }
    if let Some(b) = pod.share_parent {
        v["ShareParent"] = json!(b);
    }
    Ok(())
}

/// The user namespace a command acting on `pod` must join: its running
/// infra's monitor, else the one a container on the infra's network joins.
/// The most recently created pod's name (`--latest` before there is an engine).
pub fn latest_name(paths: &crate::config::paths::Paths) -> Option<String> {
    PodStore::new(&paths.root).list().ok()?.into_iter().max_by_key(|p| p.created).map(|p| p.name)
}

pub fn user_namespace_owner(paths: &crate::config::paths::Paths, pod: &str) -> Option<i32> {
    let p = PodStore::new(&paths.root).find(pod).ok()?;
    if p.infra_id.is_empty() {
        return None;
    }
    let (r, s) = ContainerStore::new(&paths.root).load(&p.infra_id).ok()?;
    let s = s.effective();
    if crate::engine::containers::ops::is_running(&s) && s.monitor_pid > 0 {
        return Some(s.monitor_pid);
    }
    crate::network::plan::user_namespace_owner(paths, &r.host.network_mode)
}

/// The user namespace a new pod on `pod`'s network must be started in
/// (`pod clone --start`): the network's, not the running original's.
pub fn network_owner(paths: &crate::config::paths::Paths, pod: &str) -> Option<i32> {
    let p = PodStore::new(&paths.root).find(pod).ok()?;
    let (r, _) = ContainerStore::new(&paths.root).load(&p.infra_id).ok()?;
    crate::network::plan::user_namespace_owner(paths, &r.host.network_mode)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn share_parsing() {
        assert_eq!(parse_share(None).unwrap(), ["net", "ipc", "uts"]);
        assert_eq!(parse_share(Some("net,net")).unwrap(), ["net"]);
        assert_eq!(parse_share(Some("net,pid")).unwrap(), ["net", "pid"]);
        assert_eq!(parse_share(Some("+pid")).unwrap(), ["net", "ipc", "uts", "pid"]);
        assert!(parse_share(Some("cgroup")).unwrap_err().to_string().contains("cgroup"));
    }

    #[test]
    fn userns_modes_for_pods() {
        let net = parse_share(None).unwrap();
        let pid = parse_share(Some("+pid")).unwrap();
        assert_eq!(check_userns("keep-id", &net).unwrap(), "keep-id");
        assert_eq!(check_userns("", &pid).unwrap(), "");
        assert_eq!(check_userns("host", &pid).unwrap(), "host");
        for (mode, share, says) in [
            ("keep-id", &pid, "create the pod with --userns keep-id"),
            ("keep-id:uid=5", &net, "no options"),
            ("auto", &net, "create the pod with it"),
            ("nomap", &net, "create the pod with it"),
            ("ns:/proc/1/ns/user", &net, "not supported for pods"),
            ("bogus", &net, "invalid --userns"),
        ] {
            let err = check_userns(mode, share).unwrap_err().to_string();
            assert!(err.contains(says), "{mode}: {err}");
        }
    }
}
