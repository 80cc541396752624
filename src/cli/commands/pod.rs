//! `dhow pod create|ps|inspect|start|stop|restart|kill|pause|unpause|rm|exists|prune|top|stats|logs`:
//! podman's pod commands over `engine::pods`.

use crate::cli::args::{FormatArg, NoHeadingArg};
use crate::container::pod::{PodNotFound, PodRecord};
use crate::engine::pods;
use crate::engine::Engine;
use crate::format::output::{render_rows, Column, OutputFormat};
use anyhow::{anyhow, bail};
use clap::{Args, Subcommand};
use serde_json::{json, Value};
use std::io::Write;

#[derive(Subcommand, Debug)]
#[command(defer = true)]
pub enum PodCommand {
    /// Create a new, empty pod
    #[command(disable_help_flag = true)]
    Create(CreateArgs),
    /// List pods
    #[command(visible_alias = "ls", visible_alias = "list")]
    Ps(PsArgs),
    /// Display detailed information on one or more pods
    Inspect(InspectArgs),
    /// Start one or more pods
    Start(IdFileArgs),
    /// Stop one or more pods
    Stop(StopArgs),
    /// Restart one or more pods
    Restart(AllArgs),
    /// Send a signal to the containers of one or more pods
    Kill(KillArgs),
    /// Pause the containers of one or more pods
    Pause(AllArgs),
    /// Unpause the containers of one or more pods
    Unpause(AllArgs),
    /// Remove one or more pods and their containers
    #[command(visible_alias = "remove")]
    Rm(RmArgs),
    /// Exit 0 if the pod exists, 1 if not
    Exists(ExistsArgs),
    /// Remove all stopped pods and their containers
    Prune(PruneArgs),
    /// Display the running processes of a pod's containers
    Top(TopArgs),
    /// Display a live stream of resource usage of pods' containers
    Stats(StatsArgs),
    /// Fetch the logs of a pod's containers (each line starts with the container's ID or name)
    Logs(LogsArgs),
    /// Create a copy of a pod and of its containers (pod create flags replace the original's settings)
    #[command(disable_help_flag = true)]
    Clone(CloneArgs),
}

impl PodCommand {
    /// Starting a pod's containers happens in its infra's user namespace.
    pub fn user_namespace_owner(&self, paths: &crate::config::paths::Paths) -> Option<i32> {
        let names = match self {
            PodCommand::Start(a) if a.pods.latest => pods::latest_name(paths).into_iter().collect(),
            PodCommand::Restart(a) if a.latest => pods::latest_name(paths).into_iter().collect(),
            PodCommand::Start(a) => a.names(true).ok()?,
            PodCommand::Restart(a) => a.pods.clone(),
            PodCommand::Clone(a) if a.start => return pods::network_owner(paths, &a.pod),
            _ => return None,
        };
        names.iter().find_map(|n| pods::user_namespace_owner(paths, n))
    }

    pub fn exec(self, engine: &Engine) -> anyhow::Result<()> {
        match self {
            PodCommand::Create(a) => exec_create(engine, a),
            PodCommand::Ps(a) => exec_ps(engine, a),
            PodCommand::Inspect(a) => exec_inspect(engine, a),
            PodCommand::Start(a) => each_or_ignore(engine, &a, false, |p| pods::start(engine, p)),
            PodCommand::Stop(a) => each_or_ignore(engine, &a.pods, a.ignore, |p| pods::stop(engine, p, a.time)),
            PodCommand::Restart(a) => each(engine, &a, |p| {
                pods::stop(engine, p, None)?;
                pods::start(engine, p)
            }),
            PodCommand::Kill(a) => {
                let sig = crate::util::signal::parse(&a.signal)?;
                each(engine, &a.pods, |p| pods::kill(engine, p, sig))
            }
            PodCommand::Pause(a) => each(engine, &a, |p| pods::pause(engine, p, true)),
            PodCommand::Unpause(a) => each(engine, &a, |p| pods::pause(engine, p, false)),
            PodCommand::Rm(a) => exec_rm(engine, a),
            PodCommand::Exists(a) => match pods::find(engine, &a.pod) {
                Ok(_) => Ok(()),
                Err(e) if e.downcast_ref::<PodNotFound>().is_some() => Err(crate::error::Exit::silent(1).into()),
                Err(e) => Err(e),
            },
            PodCommand::Prune(a) => exec_prune(engine, a),
            PodCommand::Top(a) => exec_top(engine, a),
            PodCommand::Stats(a) => exec_stats(engine, a),
            PodCommand::Logs(a) => exec_logs(engine, a),
            PodCommand::Clone(a) => exec_clone(engine, a),
        }
    }
}

#[derive(Args, Debug)]
pub struct CreateArgs {
    /// Name of the pod (default: a random one)
    #[arg(short = 'n', long)]
    pub name: Option<String>,
    /// Publish a port of the pod to the host: [IP:][HOSTPORT:]CTRPORT[/PROTO]
    #[arg(short = 'p', long = "publish", value_name = "PORTS")]
    pub publish: Vec<String>,
    /// The pod's network: a network NAME, none, host, slirp4netns, pasta (default: the default network)
    #[arg(long = "network", alias = "net", value_name = "NETWORK")]
    pub network: Option<String>,
    /// Namespaces the pod's containers share: net, ipc, uts, pid (comma-separated; +NS adds to the default net,ipc,uts)
    #[arg(long, value_name = "NAMESPACES")]
    pub share: Option<String>,
    /// Create an infra container holding the pod's namespaces
    #[arg(long, default_value_t = true, num_args = 0..=1, default_missing_value = "true", action = clap::ArgAction::Set, value_name = "BOOL")]
    pub infra: bool,
    /// Do not create an infra container (the containers share nothing)
    #[arg(long = "no-infra", conflicts_with = "infra")]
    pub no_infra: bool,
    /// Set metadata on the pod (KEY=VALUE)
    #[arg(short = 'l', long = "label", value_name = "KEY=VALUE")]
    pub label: Vec<String>,
    /// The pod's host name (default: the pod's name)
    #[arg(short = 'h', long)]
    pub hostname: Option<String>,
    /// Print help (-h is --hostname, as in podman)
    #[arg(long, action = clap::ArgAction::Help)]
    pub help: Option<bool>,
    /// Add a custom host-to-IP mapping: NAME:IP
    #[arg(long = "add-host", value_name = "NAME:IP")]
    pub add_host: Vec<String>,
    /// Set custom DNS servers
    #[arg(long, value_name = "IP")]
    pub dns: Vec<String>,
    /// Set custom DNS search domains
    #[arg(long = "dns-search", value_name = "DOMAIN")]
    pub dns_search: Vec<String>,
    /// The pod's IPv4 address on a user-defined network
    #[arg(long, value_name = "IP")]
    pub ip: Option<String>,
    /// Base file of the /etc/hosts of the pod's containers: a host file PATH, image or none (as run --hosts-file; a container's own wins)
    #[arg(long = "hosts-file", value_name = "PATH")]
    pub hosts_file: Option<String>,
    /// Write the infra container monitor's PID to this file at each start (podman's conmon; a unit's PIDFile=)
    #[arg(long = "infra-conmon-pidfile", value_name = "FILE")]
    pub infra_conmon_pidfile: Option<std::path::PathBuf>,
    /// Write the pod's ID to this file
    #[arg(long = "pod-id-file", value_name = "FILE")]
    pub pod_id_file: Option<std::path::PathBuf>,
    /// Remove a pod of the same name (and its containers) first
    #[arg(long)]
    pub replace: bool,
    /// User namespace of the pod's containers: keep-id (your uid inside), auto[:size=N] or nomap (one mapping for the whole pod), host, private
    #[arg(long, value_name = "MODE")]
    pub userns: Option<String>,
    /// What the pod does when its last container exits: continue (the infra runs on) or stop (the infra stops too)
    #[arg(long = "exit-policy", value_name = "POLICY")]
    pub exit_policy: Option<String>,
    /// Name of the infra container (default: the pod's short ID followed by -infra)
    #[arg(long = "infra-name", value_name = "NAME")]
    pub infra_name: Option<String>,
    /// Read labels from a file of KEY=VALUE lines (repeatable)
    #[arg(long = "label-file", value_name = "FILE")]
    pub label_file: Vec<std::path::PathBuf>,
    /// Do not write /etc/hosts into the pod's containers
    #[arg(long = "no-hosts")]
    pub no_hosts: bool,
    /// DNS resolver options for the pod's /etc/resolv.conf
    #[arg(long = "dns-option", value_name = "OPTION")]
    pub dns_option: Vec<String>,
    /// Name by which the pod is also reached on its network
    #[arg(long = "network-alias", value_name = "ALIAS")]
    pub network_alias: Vec<String>,
    /// MAC address of the pod's network interface
    #[arg(long = "mac-address", value_name = "MAC")]
    pub mac_address: Option<String>,
    #[command(flatten)]
    pub members: PodMemberArgs,
    #[command(flatten)]
    pub refused: PodRefusedArgs,
}

/// podman's `pod create` flags for the pod's cgroup: the pod's limits and
/// `--cgroup-parent` make its cgroup (`engine::containers::pod_cgroup`);
/// the block I/O ones are checked and warned about as a container's are;
/// `--ip6` is the infra's IPv6 address. (The struct keeps its old name:
/// nothing in it is refused any more but `--ip6` on `pod clone`.)
#[derive(Args, Debug, Default)]
pub struct PodRefusedArgs {
    /// Block I/O weight, 10 to 1000 (not enforced, as for containers: a warning says so)
    #[arg(long = "blkio-weight", value_name = "WEIGHT")]
    pub blkio_weight: Option<u64>,
    /// Block I/O weight of a device: DEVICE:WEIGHT (not enforced)
    #[arg(long = "blkio-weight-device", value_name = "DEVICE:WEIGHT")]
    pub blkio_weight_device: Vec<String>,
    /// Parent cgroup of the pod's cgroup (relative to your own cgroup, or absolute)
    #[arg(long = "cgroup-parent", value_name = "PATH")]
    pub cgroup_parent: Option<String>,
    /// CPU shares (relative weight) of the pod's cgroup
    #[arg(short = 'c', long = "cpu-shares", value_name = "SHARES")]
    pub cpu_shares: Option<String>,
    /// Number of CPUs the pod's containers may use together
    #[arg(long, value_name = "CPUS")]
    pub cpus: Option<String>,
    /// CPUs in which the pod's containers may run (0-3, 0,1)
    #[arg(long = "cpuset-cpus", value_name = "CPUS")]
    pub cpuset_cpus: Option<String>,
    /// Memory nodes (MEMs) in which the pod's containers may run (0-3, 0,1)
    #[arg(long = "cpuset-mems", value_name = "NODES")]
    pub cpuset_mems: Option<String>,
    /// Read rate limit of a device: DEVICE:RATE (not enforced)
    #[arg(long = "device-read-bps", value_name = "DEVICE:RATE")]
    pub device_read_bps: Vec<String>,
    /// Write rate limit of a device: DEVICE:RATE (not enforced)
    #[arg(long = "device-write-bps", value_name = "DEVICE:RATE")]
    pub device_write_bps: Vec<String>,
    /// Memory limit of the pod's containers together (format: <number>[<unit>], unit = b, k, m or g)
    #[arg(short = 'm', long, value_name = "LIMIT")]
    pub memory: Option<String>,
    /// Swap limit of the pod equal to memory plus swap: '-1' to enable unlimited swap
    #[arg(long = "memory-swap", value_name = "LIMIT")]
    pub memory_swap: Option<String>,
    /// The pod's IPv6 address on a network created with --ipv6 (pod create only)
    #[arg(long, value_name = "IPV6")]
    pub ip6: Option<String>,
}

impl PodRefusedArgs {
    /// The pod's own limits (see `engine::containers::pod_cgroup`).
    fn resources(&self) -> anyhow::Result<crate::container::resources::ResourceFlags> {
        let cpu_shares = match &self.cpu_shares {
            Some(v) => Some(v.parse::<u64>().ok().and_then(|n| i64::try_from(n).ok()).ok_or_else(|| anyhow!("invalid argument {v:?} for \"-c, --cpu-shares\" flag: strconv.ParseUint: parsing {v:?}: invalid syntax"))?),
            None => None,
        };
        Ok(crate::container::resources::ResourceFlags {
            memory: self.memory.clone(),
            memory_swap: self.memory_swap.clone(),
            cpus: self.cpus.clone(),
            cpu_shares,
            cpuset_cpus: self.cpuset_cpus.clone(),
            cpuset_mems: self.cpuset_mems.clone(),
            cgroup_parent: self.cgroup_parent.clone(),
            ..Default::default()
        })
    }

    /// The block I/O flags are checked and warned about as a container's
    /// are (`UnenforcedArgs`): dhow programs no block I/O limits, and
    /// podman ignores them too for rootless pods on cgroup v1.
    fn check(&self) -> anyhow::Result<()> {
        crate::cli::resource_args::UnenforcedArgs {
            blkio_weight: self.blkio_weight,
            blkio_weight_device: self.blkio_weight_device.clone(),
            device_read_bps: self.device_read_bps.clone(),
            device_write_bps: self.device_write_bps.clone(),
            ..Default::default()
        }
        .check_and_warn()
        .map(|_| ())
    }
}

/// podman's `pod create` flags for what every container of the pod gets
/// (podman applies them to the infra and each member): recorded on the pod
/// and applied to each member as if given to its own `create` (its own
/// win where they clash; `containers::pod_member`).
#[derive(Args, Debug, Default)]
pub struct PodMemberArgs {
    /// Bind mount a volume into every container of the pod: [SRC:]DST[:OPTS]
    #[arg(short = 'v', long, value_name = "VOLUME")]
    pub volume: Vec<String>,
    /// Mount the volumes of this container into every container of the pod: CTR[:ro|rw]
    #[arg(long = "volumes-from", value_name = "CONTAINER")]
    pub volumes_from: Vec<String>,
    /// Add a host device to every container of the pod: HOST[:CONTAINER][:PERMISSIONS]
    #[arg(long, value_name = "DEVICE")]
    pub device: Vec<String>,
    /// Security options of the pod's infra container (as run --security-opt; podman 4.3 does not give them to the members)
    #[arg(long = "security-opt", value_name = "OPTION")]
    pub security_opt: Vec<String>,
    /// Namespaced kernel parameters set in the pod's containers: NAME=VALUE
    #[arg(long, value_name = "NAME=VALUE")]
    pub sysctl: Vec<String>,
    /// Size of /dev/shm of the pod's containers (e.g. 64m)
    #[arg(long = "shm-size", value_name = "SIZE")]
    pub shm_size: Option<String>,
    /// PID namespace of the pod's containers: host, private or ns:PATH (with --share pid they share it)
    #[arg(long, value_name = "MODE")]
    pub pid: Option<String>,
    /// UTS namespace of the pod's containers: host (the host's name), private or ns:PATH
    #[arg(long, value_name = "MODE")]
    pub uts: Option<String>,
    /// The pod's containers use the pod's cgroup as their parent (default true; recorded: rootless on this host's cgroups there is no pod cgroup to share)
    #[arg(long = "share-parent", value_name = "BOOL", num_args = 0..=1, default_missing_value = "true", action = clap::ArgAction::Set)]
    pub share_parent: Option<bool>,
    /// UID map of the pod's containers, CONTAINER-ID:HOST-ID:SIZE (HOST-ID in dhow's rootless namespace; they share it)
    #[arg(long, value_name = "MAP")]
    pub uidmap: Vec<String>,
    /// GID map of the pod's containers, CONTAINER-ID:HOST-ID:SIZE
    #[arg(long, value_name = "MAP")]
    pub gidmap: Vec<String>,
    /// Map the pod's containers' UIDs to this name's range of /etc/subuid
    #[arg(long, value_name = "NAME")]
    pub subuidname: Option<String>,
    /// Map the pod's containers' GIDs to this name's range of /etc/subgid
    #[arg(long, value_name = "NAME")]
    pub subgidname: Option<String>,
    /// The infra container's image: pulled when missing and recorded (pod inspect's InfraConfig), but dhow's own small binary holds the pod's namespaces (it stops at once, needs no layers, sees nothing of the members)
    #[arg(long = "infra-image", value_name = "IMAGE")]
    pub infra_image: Option<String>,
    /// The infra's command: recorded (pod inspect's InfraConfig); dhow's own binary holds the pod's namespaces (see --infra-image)
    #[arg(long = "infra-command", value_name = "COMMAND")]
    pub infra_command: Option<String>,
}

impl PodMemberArgs {
    pub fn defaults(&self) -> crate::container::pod::MemberDefaults {
        crate::container::pod::MemberDefaults {
            volumes: self.volume.clone(),
            volumes_from: self.volumes_from.clone(),
            devices: self.device.clone(),
            security_opt: self.security_opt.clone(),
            sysctls: self.sysctl.clone(),
            shm_size: self.shm_size.clone().unwrap_or_default(),
            pid: self.pid.clone().unwrap_or_default(),
            uts: self.uts.clone().unwrap_or_default(),
            uidmap: self.uidmap.clone(),
            gidmap: self.gidmap.clone(),
            subuidname: self.subuidname.clone().unwrap_or_default(),
            subgidname: self.subgidname.clone().unwrap_or_default(),
        }
    }
}

/// `pod clone`: podman 4.3's flags; the `pod create` ones given replace
/// the original's settings (the network's are the original's: podman's
/// clone has no network flags).
#[derive(Args, Debug)]
pub struct CloneArgs {
    /// The pod to clone
    #[arg(value_name = "POD")]
    pub pod: String,
    /// The clone's name (default: POD-clone)
    #[arg(value_name = "NAME")]
    pub new_name: Option<String>,
    /// The clone's name (default: POD-clone)
    #[arg(short = 'n', long)]
    pub name: Option<String>,
    /// Remove the original pod (and its containers) after cloning
    #[arg(long)]
    pub destroy: bool,
    /// Start the clone
    #[arg(long)]
    pub start: bool,
    /// The clone's host name
    #[arg(short = 'h', long)]
    pub hostname: Option<String>,
    /// Print help (-h is --hostname, as in podman)
    #[arg(long, action = clap::ArgAction::Help)]
    pub help: Option<bool>,
    /// Labels of the clone (added to the original's): KEY=VALUE
    #[arg(short = 'l', long = "label", value_name = "KEY=VALUE")]
    pub label: Vec<String>,
    /// Read labels from a file of KEY=VALUE lines
    #[arg(long = "label-file", value_name = "FILE")]
    pub label_file: Vec<std::path::PathBuf>,
    /// User namespace of the clone's containers
    #[arg(long, value_name = "MODE")]
    pub userns: Option<String>,
    /// Name of the clone's infra container
    #[arg(long = "infra-name", value_name = "NAME")]
    pub infra_name: Option<String>,
    /// Write the clone's infra monitor PID to this file at each start
    #[arg(long = "infra-conmon-pidfile", value_name = "FILE")]
    pub infra_conmon_pidfile: Option<std::path::PathBuf>,
    #[command(flatten)]
    pub members: PodMemberArgs,
    #[command(flatten)]
    pub refused: PodRefusedArgs,
}

fn exec_clone(engine: &Engine, a: CloneArgs) -> anyhow::Result<()> {
    a.refused.check()?;
    // podman's pod clone has no network flags: the clone keeps the original's.
    super::refuse_given(&[("--ip6", a.refused.ip6.is_some())], "a clone keeps its pod's network settings; create a new pod with 'dhow pod create --ip6'")?;
    let pod = pods::find(engine, &a.pod)?;
    let mut o = pods::clone_options(engine, &pod, a.name.or(a.new_name))?;
    let mut labels = read_label_files(&a.label_file)?;
    labels.extend(a.label);
    o.labels.extend(labels);
    let set = |to: &mut Option<String>, v: Option<String>| {
        if v.is_some() {
            *to = v;
        }
    };
    set(&mut o.hostname, a.hostname);
    set(&mut o.userns, a.userns);
    set(&mut o.infra_name, a.infra_name);
    o.infra_conmon_pidfile = a.infra_conmon_pidfile.or(o.infra_conmon_pidfile);
    let replace = |to: &mut Vec<String>, v: Vec<String>| {
        if !v.is_empty() {
            *to = v;
        }
    };
    // Member settings given replace the original's, each on its own.
    let given = a.members.defaults();
    let m = &mut o.members;
    replace(&mut m.volumes, given.volumes);
    replace(&mut m.volumes_from, given.volumes_from);
    replace(&mut m.devices, given.devices);
    replace(&mut m.security_opt, given.security_opt);
    replace(&mut m.sysctls, given.sysctls);
    let scalar = |to: &mut String, v: String| {
        if !v.is_empty() {
            *to = v;
        }
    };
    scalar(&mut m.shm_size, given.shm_size);
    scalar(&mut m.pid, given.pid);
    scalar(&mut m.uts, given.uts);
    if !given.uidmap.is_empty() || !given.gidmap.is_empty() || !given.subuidname.is_empty() || !given.subgidname.is_empty() || o.userns.as_deref().is_some_and(|u| Some(u) != (!pod.userns.is_empty()).then_some(pod.userns.as_str())) {
        (m.uidmap, m.gidmap, m.subuidname, m.subgidname) = (given.uidmap, given.gidmap, given.subuidname, given.subgidname);
    }
    if a.members.share_parent.is_some() {
        o.share_parent = a.members.share_parent;
    }
    set(&mut o.infra_image, a.members.infra_image);
    set(&mut o.infra_command, a.members.infra_command);
    // The limits given make the clone's cgroup (the original's are not copied).
    o.resources = a.refused.resources()?;
    o.create_command = Vec::new();
    let new = pods::clone(engine, &pod, &o, &pods::CloneOptions { name: o.name.clone(), destroy: a.destroy, start: a.start })?;
    println!("{}", new.id);
    Ok(())
}

/// KEY=VALUE lines of label files (blank lines and # comments skipped).
fn read_label_files(files: &[std::path::PathBuf]) -> anyhow::Result<Vec<String>> {
    let mut labels = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(f).map_err(|e| anyhow!("reading the label file {}: {e}", f.display()))?;
        labels.extend(text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).map(String::from));
    }
    Ok(labels)
}

fn exec_create(engine: &Engine, a: CreateArgs) -> anyhow::Result<()> {
    if let Some(f) = a.pod_id_file.as_ref().filter(|f| f.exists()) {
        bail!("the pod ID file {} already exists; remove it or choose another (another pod may be using it)", f.display());
    }
    a.refused.check()?;
    let mut labels = read_label_files(&a.label_file)?;
    labels.extend(a.label);
    let opts = pods::PodOptions {
        name: a.name,
        labels,
        hostname: a.hostname,
        share: a.share,
        infra: a.infra && !a.no_infra,
        network: crate::network::plan::NetworkOptions { network: a.network, publish: a.publish, dns: a.dns, dns_search: a.dns_search, add_host: a.add_host, ip: a.ip, ip6: a.refused.ip6.clone(), hosts_file: a.hosts_file, no_hosts: a.no_hosts, dns_options: a.dns_option, aliases: a.network_alias, mac_address: a.mac_address, ..Default::default() },
        infra_conmon_pidfile: a.infra_conmon_pidfile,
        replace: a.replace,
        create_command: std::env::args_os().map(|a| a.to_string_lossy().into_owned()).collect(),
        userns: a.userns,
        exit_policy: a.exit_policy,
        infra_name: a.infra_name,
        members: a.members.defaults(),
        share_parent: a.members.share_parent,
        infra_image: a.members.infra_image,
        infra_command: a.members.infra_command,
        resources: a.refused.resources()?,
    };
    let pod = pods::create(engine, &opts)?;
    if let Some(f) = &a.pod_id_file {
        crate::util::atomic::write_file(f, pod.id.as_bytes(), 0o644).map_err(|e| anyhow!("writing the pod ID file {}: {e}", f.display()))?;
    }
    println!("{}", pod.id);
    Ok(())
}

#[derive(Args, Debug)]
pub struct PsArgs {
    /// Only print the pod IDs
    #[arg(short, long)]
    pub quiet: bool,
    /// Filter: name=NAME, id=ID, label=KEY[=VALUE], status=STATUS, ctr-names=NAME, ctr-ids=ID, ctr-status=STATUS, ctr-number=N
    #[arg(short = 'f', long = "filter", value_name = "KEY=VALUE")]
    pub filter: Vec<String>,
    /// Show the names of the pod's containers
    #[arg(long = "ctr-names")]
    pub ctr_names: bool,
    /// Show the IDs of the pod's containers
    #[arg(long = "ctr-ids")]
    pub ctr_ids: bool,
    /// Show the status of the pod's containers
    #[arg(long = "ctr-status")]
    pub ctr_status: bool,
    /// Show the namespaces the pod's containers share
    #[arg(long)]
    pub ns: bool,
    /// Sort by created, id, name, number or status
    #[arg(long, value_name = "FIELD", value_parser = ["created", "id", "name", "number", "status"])]
    pub sort: Option<String>,
    /// Only the most recently created pod
    #[arg(short, long)]
    pub latest: bool,
    /// Do not truncate the pod IDs
    #[arg(long)]
    pub no_trunc: bool,
    #[command(flatten)]
    pub format: FormatArg,
    #[command(flatten)]
    pub noheading: NoHeadingArg,
}

fn pod_matches(engine: &Engine, p: &PodRecord, filters: &[String]) -> anyhow::Result<bool> {
    for f in filters {
        let (k, v) = f.split_once('=').ok_or_else(|| anyhow!("invalid filter {f:?}: expected KEY=VALUE"))?;
        let ok = match k {
            "name" => p.name.contains(v),
            "id" => p.id.starts_with(v),
            "label" => match v.split_once('=') {
                Some((lk, lv)) => p.labels.get(lk).is_some_and(|x| x == lv),
                None => p.labels.contains_key(v),
            },
            "status" => pods::status(engine, p)?.eq_ignore_ascii_case(v),
            "ctr-names" | "ctr-ids" | "ctr-status" | "ctr-number" => {
                let ctrs = pods::containers(engine, p)?;
                let members = ctrs.iter().filter(|(r, _)| r.id != p.infra_id);
                match k {
                    "ctr-names" => members.clone().any(|(r, _)| r.name == v),
                    "ctr-ids" => members.clone().any(|(r, _)| r.id.starts_with(v)),
                    "ctr-status" => members.clone().any(|(_, s)| s.status.as_str().eq_ignore_ascii_case(v)),
                    _ => v.parse::<usize>().map_err(|_| anyhow!("invalid filter ctr-number={v:?}: expected a number"))? == members.count(),
                }
            }
            _ => bail!("invalid filter {k:?}: supported are name, id, label, status, ctr-names, ctr-ids, ctr-status, ctr-number"),
        };
        if !ok {
            return Ok(false);
        }
    }
    Ok(true)
}

fn exec_ps(engine: &Engine, a: PsArgs) -> anyhow::Result<()> {
    let mut list = Vec::new();
    for p in pods::list(engine)? {
        if pod_matches(engine, &p, &a.filter)? {
            list.push(p);
        }
    }
    if a.latest {
        list.sort_by_key(|p| p.created);
        list = list.pop().into_iter().collect();
    }
    let out = &mut std::io::stdout().lock();
    let short = |p: &PodRecord| if a.no_trunc { p.id.clone() } else { p.short_id().to_string() };
    if a.quiet {
        for p in &list {
            writeln!(out, "{}", short(p))?;
        }
        return Ok(());
    }
    if a.sort.as_deref() == Some("created") {
        list.sort_by_key(|p| std::cmp::Reverse(p.created));
    }
    let mut rows = Vec::new();
    for p in &list {
        let ctrs = pods::containers(engine, p)?;
        let names: Vec<&str> = ctrs.iter().map(|(r, _)| r.name.as_str()).collect();
        let ids: Vec<String> = ctrs.iter().map(|(r, _)| if a.no_trunc { r.id.clone() } else { r.id.chars().take(12).collect() }).collect();
        let statuses: Vec<&str> = ctrs.iter().map(|(_, s)| s.status.as_str()).collect();
        // podman's Networks: the infra's (the default one is "podman").
        let networks = ctrs.iter().find(|(r, _)| r.id == p.infra_id).map(|(r, _)| if r.host.network_mode.is_empty() { "podman".to_string() } else { r.host.network_mode.clone() });
        let labels: Vec<String> = p.labels.iter().map(|(k, v)| format!("{k}={v}")).collect();
        rows.push(json!({
            "ID": short(p),
            "Id": p.id,
            "Name": p.name,
            "Status": pods::status(engine, p)?,
            "Created": crate::engine::containers::list::created_at(p.created),
            "InfraID": if a.no_trunc { p.infra_id.clone() } else { p.infra_id.chars().take(12).collect() },
            "NumberOfContainers": ctrs.len(),
            "ContainerNames": names.join(","),
            "ContainerIds": ids.join(","),
            "ContainerStatuses": statuses.join(","),
            "Networks": networks.unwrap_or_default(),
            "Labels": labels.join(","),
            "Namespaces": p.share.join(","),
        }));
    }
    if let Some(key) = &a.sort {
        let field = match key.as_str() {
            "id" => "Id",
            "name" => "Name",
            "number" => "NumberOfContainers",
            "status" => "Status",
            _ => "",
        };
        // "created": newest first, the order the rows were built in.
        if !field.is_empty() {
            rows.sort_by(|x, y| match (&x[field], &y[field]) {
                (Value::Number(m), Value::Number(n)) => m.as_u64().cmp(&n.as_u64()),
                (m, n) => m.as_str().cmp(&n.as_str()),
            });
        }
    }
    let format = OutputFormat::parse(a.format.format.as_deref())?;
    let mut columns = vec![
        Column { header: "POD ID", field: "ID" },
        Column { header: "NAME", field: "Name" },
        Column { header: "STATUS", field: "Status" },
        Column { header: "CREATED", field: "Created" },
        Column { header: "INFRA ID", field: "InfraID" },
    ];
    if a.ctr_names {
        columns.push(Column { header: "NAMES", field: "ContainerNames" });
    }
    if a.ctr_ids {
        columns.push(Column { header: "IDS", field: "ContainerIds" });
    }
    if a.ctr_status {
        columns.push(Column { header: "STATUS", field: "ContainerStatuses" });
    }
    if !(a.ctr_names || a.ctr_ids || a.ctr_status) {
        columns.push(Column { header: "# OF CONTAINERS", field: "NumberOfContainers" });
    }
    if a.ns {
        columns.push(Column { header: "NAMESPACES", field: "Namespaces" });
    }
    if let OutputFormat::Json = format {
        return crate::format::output::print_json(&rows, out);
    }
    render_rows(&a.noheading.apply(format), &columns, &rows, out)
}

#[derive(Args, Debug)]
pub struct InspectArgs {
    /// Pods (names or IDs)
    #[arg(value_name = "POD", required_unless_present = "latest")]
    pub pods: Vec<String>,
    /// Format the output with a Go template over the inspect JSON ('{{.Name}} {{.State}}'), or 'json'
    #[arg(short = 'f', long, value_name = "TEMPLATE")]
    pub format: Option<String>,
    /// The most recently created pod
    #[arg(short, long)]
    pub latest: bool,
}

fn exec_inspect(engine: &Engine, mut a: InspectArgs) -> anyhow::Result<()> {
    if a.latest {
        a.pods.push(latest_pod(engine)?.id);
    }
    let mut all = Vec::new();
    let mut failed = None;
    for n in &a.pods {
        match pods::find(engine, n).and_then(|p| pods::inspect(engine, &p)) {
            Ok(v) => all.push(v),
            Err(e) => {
                if let Some(prev) = failed.replace(e) {
                    crate::error::report(&prev);
                }
            }
        }
    }
    let out = &mut std::io::stdout().lock();
    match a.format.as_deref() {
        None | Some("json") => crate::format::output::print_json(&Value::Array(all), out)?,
        Some(_) => {
            let format = OutputFormat::parse(a.format.as_deref())?;
            render_rows(&format, &[], &all, out)?;
        }
    }
    failed.map_or(Ok(()), Err)
}

#[derive(Args, Debug)]
pub struct AllArgs {
    /// Pods (names or IDs)
    #[arg(value_name = "POD")]
    pub pods: Vec<String>,
    /// Act on every pod
    #[arg(short, long)]
    pub all: bool,
    /// Act on the most recently created pod
    #[arg(short, long)]
    pub latest: bool,
}

/// The most recently created pod (podman's `--latest`).
fn latest_pod(engine: &Engine) -> anyhow::Result<PodRecord> {
    pods::list(engine)?.into_iter().max_by_key(|p| p.created).ok_or_else(|| anyhow!("no pods to act on with --latest: create one with 'dhow pod create'"))
}

/// Pods named, or read from ID files (`pod start|stop|rm`, as podman).
#[derive(Args, Debug)]
pub struct IdFileArgs {
    #[command(flatten)]
    pub pods: AllArgs,
    /// Read the ID of a pod to act on from this file (repeatable; written by 'pod create --pod-id-file')
    #[arg(long = "pod-id-file", value_name = "FILE")]
    pub pod_id_file: Vec<std::path::PathBuf>,
}

impl IdFileArgs {
    /// The pods named, then those of the ID files. A missing or empty ID
    /// file is an error unless `ignore` (a unit's stop after a failed start).
    fn names(&self, ignore: bool) -> anyhow::Result<Vec<String>> {
        let mut names = self.pods.pods.clone();
        for f in &self.pod_id_file {
            match std::fs::read_to_string(f) {
                Ok(id) if !id.trim().is_empty() => names.push(id.trim().to_string()),
                Ok(_) if ignore => {}
                Err(e) if ignore && e.kind() == std::io::ErrorKind::NotFound => {}
                Ok(_) => bail!("the pod ID file {} is empty", f.display()),
                Err(e) => bail!("reading the pod ID file {}: {e}", f.display()),
            }
        }
        Ok(names)
    }
}

/// Runs `f` on each pod `a` names (or all); with `ignore` a pod that does
/// not exist is skipped.
fn each_or_ignore(engine: &Engine, a: &IdFileArgs, ignore: bool, f: impl Fn(&PodRecord) -> anyhow::Result<()>) -> anyhow::Result<()> {
    let names: Vec<String> = if a.pods.all {
        pods::list(engine)?.into_iter().map(|p| p.name).collect()
    } else if a.pods.latest {
        vec![latest_pod(engine)?.id]
    } else if a.pods.pods.is_empty() && a.pod_id_file.is_empty() {
        bail!("give at least one pod name or ID, --pod-id-file, --latest or --all");
    } else {
        a.names(ignore)?
    };
    super::for_each_name(&names, |n| {
        let p = match pods::find(engine, n) {
            Ok(p) => p,
            Err(e) if ignore && e.downcast_ref::<PodNotFound>().is_some() => return Ok(None),
            Err(e) => return Err(e),
        };
        f(&p)?;
        Ok(Some(p.id))
    })
}

fn each(engine: &Engine, a: &AllArgs, f: impl Fn(&PodRecord) -> anyhow::Result<()>) -> anyhow::Result<()> {
    let a = IdFileArgs { pods: AllArgs { pods: a.pods.clone(), all: a.all, latest: a.latest }, pod_id_file: Vec::new() };
    each_or_ignore(engine, &a, false, f)
}

#[derive(Args, Debug)]
pub struct StopArgs {
    #[command(flatten)]
    pub pods: IdFileArgs,
    /// Seconds to wait for each container to stop before killing it
    #[arg(short = 't', long = "time", value_name = "SECONDS")]
    pub time: Option<u32>,
    /// Do not fail when a pod (or its --pod-id-file) does not exist
    #[arg(short = 'i', long)]
    pub ignore: bool,
}

#[derive(Args, Debug)]
pub struct KillArgs {
    #[command(flatten)]
    pub pods: AllArgs,
    /// Signal to send
    #[arg(short = 's', long, default_value = "SIGKILL")]
    pub signal: String,
}

#[derive(Args, Debug)]
pub struct RmArgs {
    #[command(flatten)]
    pub pods: IdFileArgs,
    /// Stop and remove running pods
    #[arg(short, long)]
    pub force: bool,
    /// Do not fail when a pod does not exist (so does --force, as podman's)
    #[arg(short = 'i', long)]
    pub ignore: bool,
    /// With --force, seconds to wait for running containers to stop before killing them
    #[arg(short = 't', long = "time", value_name = "SECONDS")]
    pub time: Option<u32>,
}

fn exec_rm(engine: &Engine, a: RmArgs) -> anyhow::Result<()> {
    let ignore = a.ignore || a.force;
    each_or_ignore(engine, &a.pods, ignore, |p| {
        if a.force && a.time.is_some() {
            pods::stop(engine, p, a.time)?;
        }
        pods::remove(engine, p, a.force)
    })
    .or_else(|e| {
        if ignore && e.downcast_ref::<PodNotFound>().is_some() {
            Ok(())
        } else {
            Err(super::removal_exit(e))
        }
    })
}

#[derive(Args, Debug)]
pub struct ExistsArgs {
    #[arg(value_name = "POD")]
    pub pod: String,
}

#[derive(Args, Debug)]
pub struct PruneArgs {
    /// Do not ask for confirmation
    #[arg(short, long)]
    pub force: bool,
}

fn exec_prune(engine: &Engine, _a: PruneArgs) -> anyhow::Result<()> {
    for p in pods::list(engine)? {
        let status = pods::status(engine, &p)?;
        if matches!(status.as_str(), "Exited" | "Created") {
            pods::remove(engine, &p, false)?;
            println!("{}", p.id);
        }
    }
    Ok(())
}

#[derive(Args, Debug)]
pub struct TopArgs {
    #[arg(value_name = "POD", required_unless_present = "latest")]
    pub pod: Option<String>,
    /// The most recently created pod (the first word is then a ps option)
    #[arg(short, long)]
    pub latest: bool,
    /// Options for ps (default: the columns of ps -ef)
    #[arg(value_name = "PS_OPTIONS", trailing_var_arg = true, allow_hyphen_values = true)]
    pub ps_options: Vec<String>,
}

/// `pod top`: one table of the processes of every running container of the
/// pod (the infra's among them), as `top` shows one container's.
fn exec_top(engine: &Engine, mut a: TopArgs) -> anyhow::Result<()> {
    let pod = match (a.latest, a.pod.take()) {
        (true, first) => {
            a.ps_options.splice(0..0, first);
            latest_pod(engine)?
        }
        (false, Some(n)) => pods::find(engine, &n)?,
        (false, None) => bail!("give a pod name or ID, or --latest"),
    };
    let mut all: Option<crate::engine::containers::top::Top> = None;
    for (r, s) in pods::containers(engine, &pod)? {
        if !crate::engine::containers::ops::is_running(&s) {
            continue;
        }
        let t = crate::engine::containers::top::top(engine, &r.id, &a.ps_options)?;
        match all.as_mut() {
            // With a shared PID namespace every container sees the same
            // processes: each PID once, as the last (a member, whose
            // /etc/passwd names the users) shows it.
            Some(acc) => {
                let pid = acc.titles.iter().position(|t| t == "PID");
                for p in t.processes {
                    match pid.and_then(|i| acc.processes.iter().position(|q| q.get(i) == p.get(i))) {
                        Some(at) => acc.processes[at] = p,
                        None => acc.processes.push(p),
                    }
                }
            }
            None => all = Some(t),
        }
    }
    let Some(all) = all else {
        return Err(crate::error::Exit::with_code(crate::error::ENGINE_FAILURE, format!("pod {} is not running: start it first ('dhow pod start {}')", pod.name, pod.name)).into());
    };
    print!("{}", super::top::render(&all));
    Ok(())
}

#[derive(Args, Debug)]
pub struct StatsArgs {
    /// Pods (names or IDs); every running pod when none is given
    #[arg(value_name = "POD")]
    pub pods: Vec<String>,
    /// Show all pods (what no POD shows too)
    #[arg(short, long)]
    pub all: bool,
    /// The most recently created pod
    #[arg(short, long)]
    pub latest: bool,
    #[command(flatten)]
    pub display: super::stats::StatsDisplay,
}

/// `pod stats`: `stats` over the running containers of the pods.
fn exec_stats(engine: &Engine, a: StatsArgs) -> anyhow::Result<()> {
    let list = if a.latest { vec![latest_pod(engine)?] } else if a.pods.is_empty() { pods::list(engine)? } else { a.pods.iter().map(|n| pods::find(engine, n)).collect::<anyhow::Result<_>>()? };
    let mut ids = Vec::new();
    for p in &list {
        for (r, s) in pods::containers(engine, p)? {
            if crate::engine::containers::ops::is_running(&s) {
                ids.push(r.id);
            }
        }
    }
    if ids.is_empty() {
        return Err(crate::error::Exit::with_code(crate::error::ENGINE_FAILURE, "no running pod: nothing to show (start one with 'dhow pod start')".to_string()).into());
    }
    super::stats::exec(engine, super::stats::StatsArgs { all: false, display: a.display, containers: ids, latest: false })
}

#[derive(Args, Debug)]
pub struct LogsArgs {
    #[arg(value_name = "POD", required_unless_present = "latest")]
    pub pod: Option<String>,
    /// The most recently created pod
    #[arg(short, long)]
    pub latest: bool,
    /// Color each container's prefix differently
    #[arg(long)]
    pub color: bool,
    /// Only the logs of this container of the pod
    #[arg(short = 'c', long = "container", value_name = "CONTAINER")]
    pub container: Option<String>,
    /// Start each line with the container's name instead of its ID
    #[arg(short = 'n', long)]
    pub names: bool,
    /// Follow the logs of every container of the pod until all have stopped (or Ctrl-C)
    #[arg(short, long)]
    pub follow: bool,
    #[command(flatten)]
    pub range: super::logs::LogRange,
}

/// `pod logs`: `logs` of each member (the infra logs nothing), each line
/// prefixed with the container's short ID or, with `--names`, its name;
/// `-f` follows them all at once until every one has stopped.
fn exec_logs(engine: &Engine, a: LogsArgs) -> anyhow::Result<()> {
    let pod = match &a.pod {
        Some(n) if !a.latest => pods::find(engine, n)?,
        _ => latest_pod(engine)?,
    };
    let members: Vec<_> = pods::containers(engine, &pod)?.into_iter().map(|(r, _)| r).filter(|r| r.id != pod.infra_id).collect();
    // `-c NAME|ID`: an exact name wins over an ID prefix (a member named
    // "b" must not bring in another whose ID happens to start with b).
    let by_name = a.container.as_ref().is_some_and(|c| members.iter().any(|r| r.name == *c));
    let names: Vec<String> = members
        .into_iter()
        .filter(|r| match &a.container {
            None => true,
            Some(c) if by_name => r.name == *c,
            Some(c) => r.id.starts_with(c.as_str()),
        })
        .map(|r| r.id)
        .collect();
    if let Some(c) = &a.container {
        if names.is_empty() {
            bail!("pod {} has no container {c:?} (see 'dhow pod inspect {}')", pod.name, pod.name);
        }
    }
    if names.is_empty() {
        return Ok(());
    }
    // One container still gets its prefix: the lines say where they come from.
    super::logs::exec_prefixed(
        engine,
        super::logs::LogsArgs {
            containers: names,
            latest: false,
            names: a.names,
            color: a.color,
            follow: a.follow,
            range: a.range,
            details: false,
        },
    )
}
