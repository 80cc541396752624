//! `dhow volume create|ls|inspect|rm|prune|export|import`: docker's volume
//! commands (podman's for export/import and prune's output).

use crate::cli::args::{FormatArg, NoHeadingArg};
use crate::engine::volumes::{self, CreateOptions, VolumeSummary};
use crate::engine::Engine;
use crate::format::output::{render_rows, Column, OutputFormat};
use anyhow::Context;
use clap::{Args, Subcommand};
use serde_json::{json, Value};
use std::io::Write;
use std::path::PathBuf;

#[derive(Subcommand, Debug)]
pub enum VolumeCommand {
    /// Create a volume
    Create(CreateArgs),
    /// List volumes
    #[command(visible_alias = "list")]
    Ls(LsArgs),
    /// Display detailed information on one or more volumes
    Inspect(InspectArgs),
    /// Remove one or more volumes
    #[command(visible_alias = "remove")]
    Rm(RmArgs),
    /// Remove all volumes no container uses
    Prune(PruneArgs),
    /// Write a volume's content as a tar archive
    Export(ExportArgs),
    /// Unpack a tar archive into a volume
    Import(ImportArgs),
    /// Exit 0 if the volume exists, 1 if not
    Exists(super::exists::ExistsArgs),
    /// Print the directory where a volume's content is (dhow's volumes are plain directories, always there)
    Mount(MountArgs),
    /// Unmount volumes (dhow's volumes are plain directories: nothing to unmount; prints the names)
    #[command(visible_alias = "umount")]
    Unmount(MountArgs),
    /// Reload volumes from volume plugins (dhow has none: nothing changes)
    Reload,
}

#[derive(Args, Debug)]
pub struct MountArgs {
    /// Volumes (names)
    #[arg(value_name = "VOLUME", required = true)]
    pub names: Vec<String>,
}

/// `volume mount` prints each mountpoint, `volume unmount` each name;
/// a volume that does not exist fails as podman's does.
fn exec_mount(engine: &Engine, args: MountArgs, mount: bool) -> anyhow::Result<()> {
    super::for_each_name(&args.names, |n| match volumes::inspect(engine, n)? {
        Some(v) if mount => Ok(Some(v.mountpoint)),
        Some(_) => Ok(Some(n.to_string())),
        None => Err(crate::engine::volumes::VolumeNotFound(n.to_string()).into()),
    })
}

impl VolumeCommand {
    pub fn exec(self, engine: &Engine) -> anyhow::Result<()> {
        match self {
            VolumeCommand::Create(a) => exec_create(engine, a),
            VolumeCommand::Ls(a) => exec_ls(engine, a),
            VolumeCommand::Inspect(a) => exec_inspect(engine, a),
            VolumeCommand::Rm(a) => exec_rm(engine, a),
            VolumeCommand::Prune(a) => exec_prune(engine, a),
            VolumeCommand::Export(a) => exec_export(engine, a),
            VolumeCommand::Import(a) => exec_import(engine, a),
            VolumeCommand::Exists(a) => super::exists::volume(engine, a),
            VolumeCommand::Mount(a) => exec_mount(engine, a, true),
            VolumeCommand::Unmount(a) => exec_mount(engine, a, false),
            VolumeCommand::Reload => Ok(()),
        }
    }
}

#[derive(Args, Debug)]
pub struct CreateArgs {
    /// Volume name (a random one when omitted)
    #[arg(value_name = "NAME")]
    pub name: Option<String>,
    /// Set metadata on the volume (KEY=VALUE)
    #[arg(short = 'l', long = "label", value_name = "KEY=VALUE")]
    pub label: Vec<String>,
    /// Driver options (KEY=VALUE)
    #[arg(short = 'o', long = "opt", value_name = "KEY=VALUE")]
    pub opt: Vec<String>,
    /// Volume driver (only "local")
    #[arg(short = 'd', long = "driver", default_value = "local")]
    pub driver: String,
    /// Do not fail when the volume already exists (accepted for podman compatibility: dhow, as docker, returns an existing volume anyway)
    #[arg(long)]
    pub ignore: bool,
}

fn exec_create(engine: &Engine, args: CreateArgs) -> anyhow::Result<()> {
    if args.driver != "local" {
        anyhow::bail!("volume driver {:?} is not supported: dhow has only the local driver", args.driver);
    }
    let v = volumes::create(engine, &CreateOptions { name: args.name, labels: args.label, options: args.opt, anonymous: false })?;
    if v.options.get("type").is_some_and(|t| t == "tmpfs") {
        eprintln!("WARN: volume {}: each container that mounts it gets its own tmpfs in dhow (docker's local driver shares one tmpfs between them)", v.name);
    }
    println!("{}", v.name);
    Ok(())
}

#[derive(Args, Debug)]
pub struct LsArgs {
    /// Only display volume names
    #[arg(short, long)]
    pub quiet: bool,
    /// Filter: dangling=true|false, name=NAME, label=KEY[=VALUE], driver=local
    #[arg(short = 'f', long = "filter", value_name = "KEY=VALUE")]
    pub filter: Vec<String>,
    #[command(flatten)]
    pub format: FormatArg,
    #[command(flatten)]
    pub noheading: NoHeadingArg,
}

const COLUMNS: &[Column] = &[Column { header: "DRIVER", field: "Driver" }, Column { header: "VOLUME NAME", field: "Name" }];

/// A `volume ls` row, keyed by docker's template names.
fn row(s: &VolumeSummary) -> Value {
    let labels: Vec<String> = s.record.labels.iter().map(|(k, v)| format!("{k}={v}")).collect();
    json!({
        "Driver": s.record.driver,
        "Name": s.record.name,
        "Mountpoint": s.record.mountpoint,
        "Labels": labels.join(","),
        "Scope": s.record.scope,
        "Links": s.users.len(),
        "Size": "N/A",
    })
}

fn exec_ls(engine: &Engine, args: LsArgs) -> anyhow::Result<()> {
    let list = volumes::list(engine, &args.filter)?;
    let out = &mut std::io::stdout().lock();
    if args.quiet {
        for s in &list {
            writeln!(out, "{}", s.record.name)?;
        }
        return Ok(());
    }
    let format = OutputFormat::parse(args.format.format.as_deref())?;
    if let OutputFormat::Json = format {
        let all: Vec<Value> = list.iter().map(|s| s.record.to_json()).collect();
        return crate::format::output::print_json(&all, out);
    }
    let rows: Vec<Value> = list.iter().map(row).collect();
    render_rows(&args.noheading.apply(format), COLUMNS, &rows, out)
}

#[derive(Args, Debug)]
pub struct InspectArgs {
    /// Volumes to inspect
    #[arg(value_name = "VOLUME", required_unless_present = "all")]
    pub names: Vec<String>,
    /// Format the output with a Go template, e.g. '{{.Mountpoint}}'
    #[arg(short, long, value_name = "TEMPLATE")]
    pub format: Option<String>,
    /// Inspect every volume
    #[arg(short, long, conflicts_with = "names")]
    pub all: bool,
}

fn exec_inspect(engine: &Engine, mut args: InspectArgs) -> anyhow::Result<()> {
    if args.all {
        args.names.extend(volumes::list(engine, &[])?.into_iter().map(|v| v.record.name));
    }
    let missing = super::inspect::print_found(args.format.as_deref(), &args.names, |n| {
        Ok(volumes::inspect(engine, n)?.map(|v| v.to_json()))
    })?;
    match missing.as_slice() {
        [] => Ok(()),
        [n] => Err(volumes::VolumeNotFound(n.clone()).into()),
        ns => anyhow::bail!("no such volumes: {} (see 'dhow volume ls')", ns.join(", ")),
    }
}

#[derive(Args, Debug)]
pub struct RmArgs {
    /// Volumes to remove
    #[arg(value_name = "VOLUME", required_unless_present = "all")]
    pub names: Vec<String>,
    /// Remove the containers using the volumes too; a missing volume is not an error
    #[arg(short, long)]
    pub force: bool,
    /// Remove all volumes (those in use only with --force)
    #[arg(short, long)]
    pub all: bool,
    /// With --force, seconds to wait for the running containers using the volumes to stop before killing them
    #[arg(short, long, value_name = "SECONDS")]
    pub time: Option<u32>,
}

fn exec_rm(engine: &Engine, mut args: RmArgs) -> anyhow::Result<()> {
    if args.all {
        args.names.extend(volumes::list(engine, &[])?.into_iter().map(|v| v.record.name));
    }
    let store = volumes::VolumeStore::for_engine(engine);
    super::for_each_name(&args.names, |n| {
        // podman's `volume rm -f` of a missing volume: success, nothing printed.
        if args.force && !store.exists(n) {
            return Ok(None);
        }
        if let (true, Some(t)) = (args.force, args.time) {
            for c in crate::engine::volumes::users(engine).remove(n).unwrap_or_default() {
                crate::engine::containers::ops::stop(engine, &c, Some(t))?;
            }
        }
        crate::engine::containers::ops::remove_volume(engine, n, args.force).map(|()| Some(n.to_string())).map_err(super::removal_exit)
    })
}

#[derive(Args, Debug)]
pub struct PruneArgs {
    /// Do not ask for confirmation (dhow never asks, as its other prunes; accepted for compatibility)
    #[arg(short, long)]
    pub force: bool,
    /// Only prune volumes matching: label=KEY[=VALUE], label!=KEY[=VALUE], name=NAME
    #[arg(long = "filter", value_name = "KEY=VALUE")]
    pub filter: Vec<String>,
}

fn exec_prune(engine: &Engine, args: PruneArgs) -> anyhow::Result<()> {
    let removed = volumes::prune(engine, &args.filter)?;
    let out = &mut std::io::stdout().lock();
    for p in &removed {
        writeln!(out, "{}", p.name)?;
    }
    Ok(())
}

#[derive(Args, Debug)]
pub struct ExportArgs {
    /// Volume to export
    #[arg(value_name = "VOLUME")]
    pub name: String,
    /// Write to this file instead of stdout
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

fn exec_export(engine: &Engine, args: ExportArgs) -> anyhow::Result<()> {
    match &args.output {
        Some(path) => {
            // Written unnamed and linked into place: no half tar on failure or kill.
            let (target, mut f) = crate::util::atomic::OutputFile::create(path)?;
            volumes::export(engine, &args.name, &mut f)?;
            target.publish(&f)
        }
        None => {
            let stdout = std::io::stdout();
            if std::io::IsTerminal::is_terminal(&stdout) {
                anyhow::bail!("refusing to write a tar archive to a terminal; use -o FILE or redirect the output");
            }
            let mut out = stdout.lock();
            volumes::export(engine, &args.name, &mut out)?;
            out.flush()?;
            Ok(())
        }
    }
}

#[derive(Args, Debug)]
pub struct ImportArgs {
    /// Volume to import into
    #[arg(value_name = "VOLUME")]
    pub name: String,
    /// Tar archive to read ('-' for stdin)
    #[arg(value_name = "FILE")]
    pub source: String,
}

fn exec_import(engine: &Engine, args: ImportArgs) -> anyhow::Result<()> {
    if args.source == "-" {
        return volumes::import(engine, &args.name, &mut std::io::stdin().lock());
    }
    let mut f = std::fs::File::open(&args.source).with_context(|| format!("opening {}", args.source))?;
    volumes::import(engine, &args.name, &mut f)
}
