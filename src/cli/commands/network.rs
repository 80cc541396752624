//! `dhow network create|ls|inspect|rm|prune|connect|disconnect`: podman's
//! network commands (user-defined bridge networks, rootless).

use crate::cli::args::{FormatArg, NoHeadingArg};
use crate::network::record::{self as networks, NetworkRecord};
use crate::engine::Engine;
use crate::format::output::{render_rows, Column, OutputFormat};
use anyhow::anyhow;
use clap::{Args, Subcommand};
use serde_json::{json, Value};
use std::io::Write;

#[derive(Subcommand, Debug)]
pub enum NetworkCommand {
    /// Create a network
    Create(CreateArgs),
    /// List networks
    #[command(visible_alias = "list")]
    Ls(LsArgs),
    /// Display detailed information on one or more networks
    Inspect(InspectArgs),
    /// Remove one or more networks
    #[command(visible_alias = "remove")]
    Rm(RmArgs),
    /// Remove all networks no container uses
    Prune(PruneArgs),
    /// Connect a container to a network
    Connect(ConnectArgs),
    /// Disconnect a container from a network
    Disconnect(DisconnectArgs),
    /// Exit 0 if the network exists, 1 if not
    Exists(super::exists::ExistsArgs),
    /// Re-check the network of running containers (dhow installs no firewall rules a reload could restore)
    Reload(ReloadArgs),
}

#[derive(Args, Debug)]
pub struct ReloadArgs {
    /// Containers whose network to reload
    #[arg(value_name = "CONTAINER", required_unless_present_any = ["all", "latest"])]
    pub containers: Vec<String>,
    /// All running containers
    #[arg(short, long)]
    pub all: bool,
    /// The most recently created container
    #[arg(short, long)]
    pub latest: bool,
}

/// podman's `network reload` restores the firewall rules of running
/// containers after a firewall reload flushed them. dhow puts none in the
/// host: published ports are relayed by each container's monitor and the
/// addresses live in namespaces their holders keep, so nothing can have
/// been flushed. Reload checks that each container runs with its monitor
/// (and so its network) alive and prints its ID, as podman does.
fn exec_reload(engine: &Engine, args: ReloadArgs) -> anyhow::Result<()> {
    use crate::engine::containers::ops;
    let names: Vec<String> = if args.all {
        let list = ops::containers(engine).list()?;
        list.iter().filter(|(_, s)| ops::is_running(&s.clone().effective())).map(|(r, _)| r.id.clone()).collect()
    } else if args.latest {
        vec![super::targets::latest(engine)?]
    } else {
        args.containers.clone()
    };
    super::for_each_name(&names, |n| {
        let (record, state) = ops::find(engine, n)?;
        if !ops::is_running(&state) || !state.monitor_alive() {
            anyhow::bail!("cannot reload network unless container network has been configured: container state improper (container {} is not running; start it with 'dhow start {}')", record.name, record.name);
        }
        Ok(Some(record.id))
    })
}

impl NetworkCommand {
    /// The user namespace connect/disconnect join: the network holder's,
    /// or the running container's.
    pub fn user_namespace_owner(&self, paths: &crate::config::paths::Paths) -> Option<i32> {
        match self {
            NetworkCommand::Connect(a) => crate::network::holder::user_namespace_owner(paths, &a.network),
            NetworkCommand::Disconnect(a) => crate::network::holder::disconnect_user_namespace_owner(paths, &a.container),
            _ => None,
        }
    }

    pub fn exec(self, engine: &Engine) -> anyhow::Result<()> {
        match self {
            NetworkCommand::Create(a) => exec_create(engine, a),
            NetworkCommand::Ls(a) => exec_ls(engine, a),
            NetworkCommand::Inspect(a) => exec_inspect(engine, a),
            NetworkCommand::Rm(a) => exec_rm(engine, a),
            NetworkCommand::Prune(a) => exec_prune(engine, a),
            NetworkCommand::Connect(a) => {
                super::refuse_given(&[("--ip6", a.ip6.is_some())], "dhow's networks are IPv4 only")?;
                super::refuse_given(&[("--mac-address", a.mac_address.is_some())], "a container joining a network keeps the MAC address its interface gets; set it at creation with 'run --mac-address'")?;
                crate::network::connect::connect(&engine.paths, &a.network, &a.container, a.ip.as_deref(), &a.alias)
            }
            NetworkCommand::Disconnect(a) => crate::network::connect::disconnect(&engine.paths, &a.network, &a.container),
            NetworkCommand::Exists(a) => super::exists::network(engine, a),
            NetworkCommand::Reload(a) => exec_reload(engine, a),
        }
    }
}

/// `dhow __netns-holder NAME`.
#[derive(Args, Debug)]
pub struct HolderArgs {
    pub name: String,
}

pub fn exec_holder(engine: &Engine, a: HolderArgs) -> anyhow::Result<()> {
    match crate::network::holder::holder_main(&engine.paths, &a.name) {
        0 => Ok(()),
        code => Err(crate::error::Exit::silent(code).into()),
    }
}

#[derive(Args, Debug)]
pub struct CreateArgs {
    /// Network name
    #[arg(value_name = "NAME")]
    pub name: String,
    /// Subnet in CIDR format (default: the next free 10.89.N.0/24)
    #[arg(long, value_name = "CIDR")]
    pub subnet: Option<String>,
    /// Gateway address of the subnet (default: its first address)
    #[arg(long, value_name = "IP")]
    pub gateway: Option<String>,
    /// Restrict external access from this network
    #[arg(long)]
    pub internal: bool,
    /// Set metadata on the network (KEY=VALUE)
    #[arg(short = 'l', long = "label", value_name = "KEY=VALUE")]
    pub label: Vec<String>,
    /// Driver (only "bridge")
    #[arg(short = 'd', long = "driver", value_name = "DRIVER")]
    pub driver: Option<String>,
    /// Do not fail when the network already exists (it is left as it is)
    #[arg(long)]
    pub ignore: bool,
    /// IP address management driver: host-local (dhow's own allocation, podman's default for bridge networks)
    #[arg(long = "ipam-driver", value_name = "DRIVER")]
    pub ipam_driver: Option<String>,
    /// Not supported by dhow (refused): dhow's networks are IPv4 only
    #[arg(long)]
    pub ipv6: bool,
    /// Not supported by dhow (refused): dhow allocates from the whole --subnet
    #[arg(long = "ip-range", value_name = "CIDR")]
    pub ip_range: Option<String>,
    /// Not supported by dhow (refused): containers on dhow's networks always resolve each other by name
    #[arg(long = "disable-dns")]
    pub disable_dns: bool,
    /// Not supported by dhow (refused): driver options (mtu, vlan, isolate, metric) are not configurable
    #[arg(short = 'o', long = "opt", value_name = "KEY=VALUE")]
    pub opt: Vec<String>,
}

fn exec_create(engine: &Engine, a: CreateArgs) -> anyhow::Result<()> {
    if let Some(d) = a.ipam_driver.as_deref().filter(|d| *d != "host-local") {
        return Err(super::unsupported("--ipam-driver", &format!("dhow allocates addresses itself (host-local); {d:?} is not available")));
    }
    super::refuse_given(&[("--ipv6", a.ipv6)], "dhow's networks are IPv4 only; drop --ipv6")?;
    super::refuse_given(&[("--ip-range", a.ip_range.is_some())], "dhow allocates addresses from the whole subnet; give a smaller --subnet instead")?;
    super::refuse_given(&[("--disable-dns", a.disable_dns)], "containers on a dhow network always find each other by name; drop the flag")?;
    super::refuse_given(&[("--opt", !a.opt.is_empty())], "dhow's bridge driver takes no options (mtu, vlan, isolate, metric)")?;
    if a.ignore && (networks::is_default(&a.name) || networks::find(&engine.paths.root, &a.name).is_ok_and(|n| n.name == a.name)) {
        println!("{}", a.name);
        return Ok(());
    }
    let rec = networks::create(
        &engine.paths,
        &networks::CreateOptions {
            name: a.name,
            subnet: a.subnet,
            gateway: a.gateway,
            internal: a.internal,
            labels: a.label,
            driver: a.driver,
        },
    )?;
    println!("{}", rec.name);
    Ok(())
}

#[derive(Args, Debug)]
pub struct LsArgs {
    /// Only display network names (podman's -q; docker's prints IDs)
    #[arg(short, long)]
    pub quiet: bool,
    /// Filter: name=NAME, id=ID, driver=DRIVER, label=KEY[=VALUE]
    #[arg(short = 'f', long = "filter", value_name = "KEY=VALUE")]
    pub filter: Vec<String>,
    #[command(flatten)]
    pub format: FormatArg,
    #[command(flatten)]
    pub noheading: NoHeadingArg,
    /// Do not truncate the network IDs
    #[arg(long)]
    pub no_trunc: bool,
}

const COLUMNS: &[Column] = &[
    Column {
        header: "NETWORK ID",
        field: "ID",
    },
    Column {
        header: "NAME",
        field: "Name",
    },
    Column {
        header: "DRIVER",
        field: "Driver",
    },
];

fn row(n: &NetworkRecord, no_trunc: bool) -> Value {
    let labels: Vec<String> = n.labels.iter().map(|(k, v)| format!("{k}={v}")).collect();
    json!({
        "ID": shown_id(n, no_trunc),
        "Name": n.name,
        "Driver": n.driver,
        "Labels": labels.join(","),
        "Internal": n.internal,
        "Created": n.created.to_rfc3339(),
        "Subnets": n.subnets.iter().map(|s| s.subnet.clone()).collect::<Vec<_>>().join(","),
        "NetworkInterface": n.network_interface,
    })
}

/// Whether a network passes every `--filter` (podman's keys).
fn matches(n: &NetworkRecord, filters: &[String]) -> anyhow::Result<bool> {
    for f in filters {
        let (k, v) = f
            .split_once('=')
            .ok_or_else(|| anyhow!("invalid filter {f:?}: expected KEY=VALUE"))?;
        let ok = match k {
            "name" => n.name.contains(v),
            "id" => n.id.starts_with(v),
            "driver" => n.driver == v,
            "label" => match v.split_once('=') {
                Some((lk, lv)) => n.labels.get(lk).is_some_and(|x| x == lv),
                None => n.labels.contains_key(v),
            },
            _ => anyhow::bail!("invalid filter {k:?}: supported are name, id, driver, label"),
        };
        if !ok {
            return Ok(false);
        }
    }
    Ok(true)
}

fn exec_ls(engine: &Engine, a: LsArgs) -> anyhow::Result<()> {
    let mut all = networks::builtin_records();
    all.extend(networks::list_records(&engine.paths.root)?);
    let mut list = Vec::new();
    for n in all {
        if matches(&n, &a.filter)? {
            list.push(n);
        }
    }
    let out = &mut std::io::stdout().lock();
    if a.quiet {
        // podman 4's `network ls -q` lists names (docker's lists IDs); both
        // are accepted wherever a network is named.
        for n in &list {
            writeln!(out, "{}", n.name)?;
        }
        return Ok(());
    }
    let format = OutputFormat::parse(a.format.format.as_deref())?;
    if let OutputFormat::Json = format {
        let all: Vec<Value> = list.iter().map(|n| crate::network::inspect::network_json(&engine.paths.root, n)).collect();
        return crate::format::output::print_json(&all, out);
    }
    let rows: Vec<Value> = list.iter().map(|n| row(n, a.no_trunc)).collect();
    render_rows(&a.noheading.apply(format), COLUMNS, &rows, out)
}

/// The ID as `network ls` shows it: 12 characters unless --no-trunc.
fn shown_id(n: &NetworkRecord, no_trunc: bool) -> &str {
    if no_trunc {
        &n.id
    } else {
        &n.id[..12.min(n.id.len())]
    }
}

#[derive(Args, Debug)]
pub struct InspectArgs {
    /// Networks to inspect
    #[arg(value_name = "NETWORK", required = true)]
    pub names: Vec<String>,
    /// Format the output with a Go template, e.g. '{{.name}}'
    #[arg(short, long, value_name = "TEMPLATE")]
    pub format: Option<String>,
}

fn exec_inspect(engine: &Engine, a: InspectArgs) -> anyhow::Result<()> {
    let missing = super::inspect::print_found(a.format.as_deref(), &a.names, |n| {
        match networks::find_or_default(&engine.paths.root, n) {
            Ok(r) => Ok(Some(crate::network::inspect::network_json(&engine.paths.root, &r))),
            Err(e) if e.is::<networks::NetworkNotFound>() => Ok(None),
            Err(e) => Err(e),
        }
    })?;
    match missing.as_slice() {
        [] => Ok(()),
        [n] => Err(networks::NetworkNotFound(n.clone()).into()),
        ns => anyhow::bail!("networks not found: {}", ns.join(", ")),
    }
}

#[derive(Args, Debug)]
pub struct RmArgs {
    /// Networks to remove
    #[arg(value_name = "NETWORK", required = true)]
    pub names: Vec<String>,
    /// Remove the containers using the networks too (and, as podman's, succeed for a network that does not exist)
    #[arg(short, long)]
    pub force: bool,
    /// With --force, seconds to wait for those containers to stop before killing them
    #[arg(short, long, value_name = "SECONDS")]
    pub time: Option<u32>,
}

fn exec_rm(engine: &Engine, a: RmArgs) -> anyhow::Result<()> {
    super::for_each_name(&a.names, |n| match crate::engine::network::remove_waiting(engine, n, a.force, a.time) {
        Ok(name) => Ok(Some(name)),
        Err(e) if a.force && e.is::<networks::NetworkNotFound>() => Ok(None),
        Err(e) => Err(super::removal_exit(e)),
    })
}

#[derive(Args, Debug)]
pub struct PruneArgs {
    /// Do not ask for confirmation (dhow never asks; accepted for compatibility)
    #[arg(short, long)]
    pub force: bool,
    /// Prune only the unused networks that match: label=KEY[=VALUE], label!=KEY[=VALUE], until=TIMESTAMP|DURATION (repeatable; all must match)
    #[arg(long, value_name = "KEY=VALUE")]
    pub filter: Vec<String>,
}

/// `network prune --filter`, podman's keys: a network is pruned when it
/// passes every filter.
#[derive(Debug, PartialEq)]
enum PruneFilter {
    Label(String, Option<String>),
    NotLabel(String, Option<String>),
    Until(chrono::DateTime<chrono::Utc>),
}

fn parse_prune_filters(filters: &[String], now: chrono::DateTime<chrono::Utc>) -> anyhow::Result<Vec<PruneFilter>> {
    let label = |v: &str| match v.split_once('=') {
        Some((k, v)) => (k.to_string(), Some(v.to_string())),
        None => (v.to_string(), None),
    };
    filters
        .iter()
        .map(|f| match f.split_once('=') {
            Some(("label", v)) => Ok({
                let (k, v) = label(v);
                PruneFilter::Label(k, v)
            }),
            Some(("label!", v)) => Ok({
                let (k, v) = label(v);
                PruneFilter::NotLabel(k, v)
            }),
            Some(("until", v)) => Ok(PruneFilter::Until(crate::util::timestamp::parse(v, now)?)),
            _ => Err(anyhow!("invalid filter {f:?} for network prune: supported are label=KEY[=VALUE], label!=KEY[=VALUE] and until=TIMESTAMP")),
        })
        .collect()
}

fn prune_chosen(n: &NetworkRecord, filters: &[PruneFilter]) -> bool {
    let has = |k: &str, v: &Option<String>| n.labels.get(k).is_some_and(|x| v.as_ref().is_none_or(|v| x == v));
    filters.iter().all(|f| match f {
        PruneFilter::Label(k, v) => has(k, v),
        PruneFilter::NotLabel(k, v) => !has(k, v),
        PruneFilter::Until(t) => n.created < *t,
    })
}

fn exec_prune(engine: &Engine, a: PruneArgs) -> anyhow::Result<()> {
    let filters = parse_prune_filters(&a.filter, chrono::Utc::now())?;
    for n in crate::network::holder::prune(&engine.paths, &|n| prune_chosen(n, &filters))? {
        println!("{n}");
    }
    Ok(())
}

#[cfg(test)]
mod prune_tests {
    use super::*;

    #[test]
    fn prune_filters_pick_by_label_and_age() {
        let now = chrono::Utc::now();
        let mut n = networks::builtin_records().remove(0);
        n.labels.insert("env".into(), "dev".into());
        n.created = now - chrono::Duration::hours(2);
        let pick = |f: &[&str]| prune_chosen(&n, &parse_prune_filters(&f.iter().map(|s| s.to_string()).collect::<Vec<_>>(), now).unwrap());
        assert!(pick(&[]));
        assert!(pick(&["label=env"]));
        assert!(pick(&["label=env=dev"]));
        assert!(!pick(&["label=env=prod"]));
        assert!(!pick(&["label!=env"]));
        assert!(pick(&["label!=env=prod"]));
        assert!(pick(&["until=1h"]));
        assert!(!pick(&["until=3h"]));
        assert!(!pick(&["label=env", "until=3h"]));
        assert!(parse_prune_filters(&["name=x".into()], now).unwrap_err().to_string().contains("supported are label"));
    }
}

#[derive(Args, Debug)]
pub struct ConnectArgs {
    /// Network to connect to
    #[arg(value_name = "NETWORK")]
    pub network: String,
    /// Container to connect
    #[arg(value_name = "CONTAINER")]
    pub container: String,
    /// The container's IPv4 address on the network
    #[arg(long, value_name = "IP")]
    pub ip: Option<String>,
    /// Add a network-scoped alias for the container
    #[arg(long, value_name = "NAME")]
    pub alias: Vec<String>,
    /// Not supported by dhow (refused): dhow's networks are IPv4 only
    #[arg(long, value_name = "IPV6")]
    pub ip6: Option<String>,
    /// Not supported by dhow (refused): the container keeps the MAC address its interface has
    #[arg(long = "mac-address", value_name = "MAC")]
    pub mac_address: Option<String>,
}

#[derive(Args, Debug)]
pub struct DisconnectArgs {
    /// Network to disconnect from
    #[arg(value_name = "NETWORK")]
    pub network: String,
    /// Container to disconnect
    #[arg(value_name = "CONTAINER")]
    pub container: String,
    /// Accepted for compatibility
    #[arg(short, long)]
    pub force: bool,
}
