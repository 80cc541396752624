//! `dhow system df [-v]`, `dhow system prune [-a] [--volumes]` and `dhow
//! system check [--repair] [--quick]`: disk use of images, containers, local
//! volumes and build cache, their cleanup with docker's tables and output,
//! and the store's consistency check.

use crate::engine::images::Removal;
use crate::engine::Engine;
use crate::format::output::{render_rows, Column, OutputFormat};
use crate::util::human;
use clap::{Args, Subcommand};
use serde_json::{json, Value};
use std::io::Write;

#[derive(Subcommand, Debug)]
#[command(defer = true)]
pub enum SystemCommand {
    /// Show disk usage of images, containers, volumes and build cache
    Df(DfArgs),
    /// Remove stopped containers, dangling images (and unused volumes with --volumes)
    Prune(PruneArgs),
    /// Verify the store (images, layers, blobs, containers, volumes) and repair it with --repair
    Check(CheckArgs),
    /// Remove every container, image, volume, network and the build cache: back to an empty dhow
    Reset(ResetArgs),
    /// Display system-wide information (same as dhow info)
    Info(super::info::InfoArgs),
    /// Migrate containers to a new dhow version (nothing to do: dhow's records need no migration); --new-runtime switches their OCI runtime
    Migrate(MigrateArgs),
    /// Renumber container locks (nothing to do: dhow's locks are per container, not numbered)
    Renumber(NothingToDoArgs),
    /// Not supported by dhow (refused): dhow has no remote connections
    #[command(hide = true)]
    Connection(super::refused::RefusedArgs),
    /// Not supported by dhow (refused): dhow has no API service
    #[command(hide = true)]
    Service(super::refused::RefusedArgs),
}

#[derive(Args, Debug)]
pub struct ResetArgs {
    /// Do not ask for confirmation
    #[arg(short, long)]
    pub force: bool,
}

#[derive(Args, Debug)]
pub struct NothingToDoArgs {}

#[derive(Args, Debug)]
pub struct MigrateArgs {
    /// Run every container with this OCI runtime from its next start (runc, crun, a path; dhow: the built-in one)
    #[arg(long = "new-runtime", value_name = "RUNTIME")]
    pub new_runtime: Option<String>,
}

/// podman's confirmation; anything but y/yes (or end of input) declines.
fn confirm_reset(engine: &Engine) -> anyhow::Result<bool> {
    println!(
        "WARNING! This will remove:\n        - all containers\n        - all images\n        - all networks\n        - all build cache\n        - all volumes\n(everything under {} and {})\nAre you sure you want to continue? [y/N] ",
        engine.paths.root.display(),
        engine.paths.runroot.display()
    );
    let mut answer = String::new();
    std::io::stdin().read_line(&mut answer)?;
    Ok(matches!(answer.trim().to_ascii_lowercase().as_str(), "y" | "yes"))
}

impl SystemCommand {
    pub fn exec(self, engine: &Engine) -> anyhow::Result<()> {
        match self {
            SystemCommand::Df(a) => exec_df(engine, a),
            SystemCommand::Prune(a) => exec_prune(engine, a),
            SystemCommand::Check(a) => exec_check(engine, a),
            SystemCommand::Reset(a) => {
                if a.force || confirm_reset(engine)? {
                    crate::engine::reset::reset(engine)?;
                }
                Ok(())
            }
            SystemCommand::Info(a) => super::info::exec(engine, a),
            SystemCommand::Migrate(a) => match a.new_runtime {
                Some(r) => {
                    crate::engine::containers::update::set_runtime_of_all(engine, &r)?;
                    Ok(())
                }
                None => Ok(()),
            },
            SystemCommand::Renumber(_) => Ok(()),
            SystemCommand::Connection(_) => super::refused::refuse("system connection", super::refused::REMOTE),
            SystemCommand::Service(_) => super::refused::refuse("system service", super::refused::REMOTE),
        }
    }
}

#[derive(Args, Debug)]
pub struct DfArgs {
    /// Show detailed information on space usage
    #[arg(short, long)]
    pub verbose: bool,
    /// Format the output with a Go template ({{.Type}} {{.TotalCount}} {{.Active}} {{.Size}} {{.Reclaimable}}) or 'json'
    #[arg(long, value_name = "TEMPLATE")]
    pub format: Option<String>,
}

/// docker's RECLAIMABLE cell: the size and its share of the total.
fn reclaimable_cell(reclaimable: u64, size: u64) -> String {
    if size > 0 {
        format!("{} ({}%)", human::size(reclaimable), reclaimable * 100 / size)
    } else {
        human::size(reclaimable)
    }
}

fn exec_df(engine: &Engine, args: DfArgs) -> anyhow::Result<()> {
    let usage = crate::engine::system::df(engine)?;
    let out = &mut std::io::stdout().lock();
    if args.verbose {
        return df_verbose(&usage.images, &usage.containers, &usage.volumes, out);
    }
    let rows: Vec<Value> = usage
        .summary
        .iter()
        .map(|u| {
            json!({
                "Type": u.kind,
                "TotalCount": u.total.to_string(),
                "Active": u.active.to_string(),
                "Size": human::size(u.size),
                "Reclaimable": if u.kind == "Build Cache" { human::size(u.reclaimable) } else { reclaimable_cell(u.reclaimable, u.size) },
            })
        })
        .collect();
    const COLUMNS: &[Column] = &[
        Column { header: "TYPE", field: "Type" },
        Column { header: "TOTAL", field: "TotalCount" },
        Column { header: "ACTIVE", field: "Active" },
        Column { header: "SIZE", field: "Size" },
        Column { header: "RECLAIMABLE", field: "Reclaimable" },
    ];
    render_rows(&OutputFormat::parse(args.format.as_deref())?, COLUMNS, &rows, out)
}

fn df_verbose(
    images: &[crate::engine::images::ImageSummary],
    containers: &[crate::engine::system::ContainerUse],
    volumes: &[(crate::engine::volumes::VolumeSummary, u64)],
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    let table = OutputFormat::Table;
    writeln!(out, "Images space usage:\n")?;
    let mut rows = Vec::new();
    for i in images {
        let (repo, tag) = match i.names.first() {
            Some(n) => {
                let familiar = crate::image::reference::Reference::parse(n).map(|r| r.familiar()).unwrap_or_else(|_| n.clone());
                match familiar.rsplit_once(':') {
                    Some((r, t)) if !t.contains('/') => (r.to_string(), t.to_string()),
                    _ => (familiar, "<none>".to_string()),
                }
            }
            None => ("<none>".to_string(), "<none>".to_string()),
        };
        rows.push(json!({
            "Repository": repo,
            "Tag": tag,
            "ID": i.id.hex()[..12].to_string(),
            "CreatedSince": i.created.map(human::since).unwrap_or_else(|| "N/A".into()),
            "Size": human::size(i.size),
            "SharedSize": human::size(0),
            "UniqueSize": human::size(i.size),
            "Containers": i.containers.to_string(),
        }));
    }
    render_rows(
        &table,
        &[
            Column { header: "REPOSITORY", field: "Repository" },
            Column { header: "TAG", field: "Tag" },
            Column { header: "IMAGE ID", field: "ID" },
            Column { header: "CREATED", field: "CreatedSince" },
            Column { header: "SIZE", field: "Size" },
            Column { header: "SHARED SIZE", field: "SharedSize" },
            Column { header: "UNIQUE SIZE", field: "UniqueSize" },
            Column { header: "CONTAINERS", field: "Containers" },
        ],
        &rows,
        out,
    )?;
    writeln!(out, "\nContainers space usage:\n")?;
    let rows: Vec<Value> = containers
        .iter()
        .map(|c| {
            let r = &c.record;
            json!({
                "ID": r.short_id(),
                "Image": r.image_name,
                "Command": crate::engine::containers::list::command_cell(&crate::engine::containers::list::command_line(r), false),
                "LocalVolumes": r.host.mounts.iter().filter(|m| m.kind == "volume").count().to_string(),
                "Size": human::size(c.size),
                "CreatedSince": human::since(r.created),
                "Status": c.status,
                "Names": r.name,
            })
        })
        .collect();
    render_rows(
        &table,
        &[
            Column { header: "CONTAINER ID", field: "ID" },
            Column { header: "IMAGE", field: "Image" },
            Column { header: "COMMAND", field: "Command" },
            Column { header: "LOCAL VOLUMES", field: "LocalVolumes" },
            Column { header: "SIZE", field: "Size" },
            Column { header: "CREATED", field: "CreatedSince" },
            Column { header: "STATUS", field: "Status" },
            Column { header: "NAMES", field: "Names" },
        ],
        &rows,
        out,
    )?;
    writeln!(out, "\nLocal Volumes space usage:\n")?;
    let rows: Vec<Value> =
        volumes.iter().map(|(v, size)| json!({"Name": v.record.name, "Links": v.users.len().to_string(), "Size": human::size(*size)})).collect();
    render_rows(
        &table,
        &[Column { header: "VOLUME NAME", field: "Name" }, Column { header: "LINKS", field: "Links" }, Column { header: "SIZE", field: "Size" }],
        &rows,
        out,
    )?;
    writeln!(out, "\nBuild cache usage: 0B\n")?;
    render_rows(
        &table,
        &[
            Column { header: "CACHE ID", field: "ID" },
            Column { header: "CACHE TYPE", field: "Type" },
            Column { header: "SIZE", field: "Size" },
            Column { header: "CREATED", field: "Created" },
            Column { header: "LAST USED", field: "LastUsed" },
            Column { header: "USAGE", field: "Usage" },
            Column { header: "SHARED", field: "Shared" },
        ],
        &[],
        out,
    )?;
    Ok(())
}

#[derive(Args, Debug)]
pub struct CheckArgs {
    /// Remove what is inconsistent (damaged images, incomplete layers, garbage, leftovers); never touches what is sound
    #[arg(short, long)]
    pub repair: bool,
    /// Skip verifying the digest of every blob
    #[arg(short, long)]
    pub quick: bool,
    /// Accepted for podman compatibility (dhow's repair never removes containers)
    #[arg(short, long)]
    pub force: bool,
}

/// One line per problem, then a summary; exit 1 while problems remain.
fn exec_check(engine: &Engine, args: CheckArgs) -> anyhow::Result<()> {
    let report = crate::engine::check::check(engine, crate::engine::check::CheckOptions { repair: args.repair, quick: args.quick })?;
    let out = &mut std::io::stdout().lock();
    for p in &report.problems {
        match &p.repaired {
            Some(done) => writeln!(out, "{}: {done}", p.what)?,
            None => writeln!(out, "{}", p.what)?,
        }
    }
    let open = report.problems.iter().filter(|p| p.repaired.is_none()).count();
    match (report.problems.len(), open) {
        (0, _) => writeln!(out, "The store is consistent.")?,
        (n, 0) => writeln!(out, "{n} problem(s) found and repaired; the store is consistent.")?,
        (n, open) => {
            let hint = if args.repair { "" } else { " (run 'dhow system check --repair')" };
            writeln!(out, "{n} problem(s) found, {open} not repaired{hint}.")?;
        }
    }
    out.flush()?;
    if !report.clean() {
        return Err(crate::error::Exit::silent(1).into());
    }
    Ok(())
}

#[derive(Args, Debug)]
pub struct PruneArgs {
    /// Remove all unused images, not just dangling ones
    #[arg(short, long)]
    pub all: bool,
    /// Prune volumes no container uses too
    #[arg(long)]
    pub volumes: bool,
    /// Do not ask for confirmation (dhow never asks, as its other prunes; accepted for compatibility)
    #[arg(short, long)]
    pub force: bool,
    /// Only prune objects matching: until=TIME, label=KEY[=VALUE] (containers)
    #[arg(long = "filter", value_name = "KEY=VALUE")]
    pub filter: Vec<String>,
}

/// docker's order: containers, (networks,) volumes, images, build cache;
/// then the total space the removals freed.
fn exec_prune(engine: &Engine, args: PruneArgs) -> anyhow::Result<()> {
    let out = &mut std::io::stdout().lock();
    let o = crate::engine::system::PruneOptions { all: args.all, volumes: args.volumes, filters: args.filter };
    let reclaimed = crate::engine::system::prune(engine, &o, &mut |part| {
        use crate::engine::system::Pruned;
        match part {
            Pruned::Containers(ids) => writeln!(out, "Deleted Containers:\n{}", ids.join("\n"))?,
            Pruned::Volumes(names) => writeln!(out, "Deleted Volumes:\n{}", names.join("\n"))?,
            Pruned::Images(removals) => {
                writeln!(out, "Deleted Images:")?;
                for r in removals {
                    match r {
                        Removal::Untagged(n) => writeln!(out, "untagged: {n}")?,
                        Removal::Deleted(id) => writeln!(out, "deleted: {id}")?,
                    }
                }
            }
            Pruned::BuildCache(steps) => writeln!(out, "Deleted build cache: {steps} steps")?,
        }
        writeln!(out)?;
        Ok(())
    })?;
    writeln!(out, "Total reclaimed space: {}", human::size(reclaimed))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reclaimable_cells() {
        assert_eq!(reclaimable_cell(50, 100), "50B (50%)");
        assert_eq!(reclaimable_cell(0, 0), "0B");
        assert_eq!(reclaimable_cell(2000, 4000), "2kB (50%)");
    }
}
