//! `dhow mount` / `dhow unmount` (`umount`): a container's root filesystem,
//! mounted inside `dhow unshare` as rootless podman does (see
//! `engine::containers::mount`).

use crate::engine::containers::{mount, ops};
use crate::engine::Engine;
use clap::Args;
use serde_json::json;

#[derive(Args, Debug)]
pub struct MountArgs {
    /// Containers to mount (none: list the mounted ones)
    #[arg(value_name = "CONTAINER")]
    pub containers: Vec<String>,
    /// Mount all containers
    #[arg(short, long)]
    pub all: bool,
    /// Print the mounted containers as json
    #[arg(long, value_name = "FORMAT")]
    pub format: Option<String>,
    /// Do not truncate container IDs in the listing
    #[arg(long = "no-trunc", alias = "notruncate")]
    pub no_trunc: bool,
    /// Act on the most recently created container
    #[arg(short, long)]
    pub latest: bool,
}

#[derive(Args, Debug)]
pub struct UnmountArgs {
    /// Containers to unmount
    #[arg(value_name = "CONTAINER", required_unless_present_any = ["all", "latest"])]
    pub containers: Vec<String>,
    /// Unmount all containers
    #[arg(short, long)]
    pub all: bool,
    /// Unmount even if other processes use the mount (dhow always detaches the mount)
    #[arg(short, long)]
    pub force: bool,
    /// Act on the most recently created container
    #[arg(short, long)]
    pub latest: bool,
}

/// `all`, `--latest` or the names, as the containers' IDs or names typed.
fn targets(engine: &Engine, names: &[String], all: bool, latest: bool) -> anyhow::Result<Vec<String>> {
    if all {
        return Ok(ops::containers(engine).list()?.into_iter().map(|(r, _)| r.id).collect());
    }
    let mut names = names.to_vec();
    if latest {
        names.push(super::targets::latest(engine)?);
    }
    Ok(names)
}

pub fn exec_mount(engine: &Engine, args: MountArgs) -> anyhow::Result<()> {
    mount::require_unshare("mount")?;
    let json = match args.format.as_deref() {
        None => false,
        Some("json") => true,
        Some(f) => anyhow::bail!("unknown --format {f:?}: mount prints json or plain lines"),
    };
    if args.containers.is_empty() && !args.all && !args.latest {
        let list = mount::mounted(engine)?;
        if json {
            let v: Vec<_> = list.iter().map(|(r, p)| json!({"id": r.id, "Names": [r.name], "mountpoint": p})).collect();
            println!("{}", serde_json::to_string_pretty(&v)?);
        } else {
            for (r, p) in list {
                let id = if args.no_trunc { &r.id[..] } else { &r.id[..12] };
                println!("{id} {}", p.display());
            }
        }
        return Ok(());
    }
    let names = targets(engine, &args.containers, args.all, args.latest)?;
    let several = names.len() > 1 && !args.all;
    super::for_each_name(&names, |n| {
        let (record, _) = ops::find(engine, n)?;
        let p = mount::mount(engine, &record)?;
        // podman: one container prints its path; several print "ID PATH".
        Ok(Some(if args.all || several { format!("{} {}", &record.id[..12], p.display()) } else { p.display().to_string() }))
    })
}

/// Outside `dhow unshare` nothing of dhow's is ever mounted, so there is
/// nothing to unmount: podman prints the names then too.
pub fn exec_unmount(engine: &Engine, args: UnmountArgs) -> anyhow::Result<()> {
    let names = targets(engine, &args.containers, args.all, args.latest)?;
    super::for_each_name(&names, |n| {
        let (record, _) = ops::find(engine, n)?;
        if mount::require_unshare("unmount").is_ok() {
            mount::unmount(engine, &record)?;
        }
        Ok(Some(n.to_string()))
    })
}
