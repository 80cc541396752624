//! `dhow rmi` / `dhow image rm` and `dhow image prune`

use crate::engine::images::Removal;
use crate::engine::Engine;
use clap::Args;

#[derive(Args, Debug)]
pub struct RmiArgs {
    /// Images to remove (names or IDs)
    #[arg(value_name = "IMAGE", required_unless_present = "all")]
    pub images: Vec<String>,
    /// By ID: remove an image with several names (all of them go), or one a
    /// stopped container uses. By name: untag the last name even when a
    /// container uses the image (only that name goes while others remain)
    #[arg(short, long)]
    pub force: bool,
    /// Remove all images
    #[arg(short, long)]
    pub all: bool,
    /// Do not fail when an image does not exist (so does --force, as podman's)
    #[arg(short = 'i', long)]
    pub ignore: bool,
    /// Do not remove dangling parent images (accepted for podman compatibility: dhow images have no parent images)
    #[arg(long)]
    pub no_prune: bool,
}

#[derive(Args, Debug)]
pub struct PruneArgs {
    /// Remove all images not used by containers, not just dangling ones
    #[arg(short, long)]
    pub all: bool,
    /// Do not ask for confirmation (dhow never asks; accepted for compatibility)
    #[arg(short, long)]
    pub force: bool,
    /// Filter images to prune (until=, label=)
    #[arg(long = "filter", value_name = "KEY=VALUE")]
    pub filters: Vec<String>,
    /// Also prune images used only by external (build) containers: dhow's builds leave no such containers, so prune is the same (no-op)
    #[arg(long)]
    pub external: bool,
}

pub fn exec(engine: &Engine, args: RmiArgs) -> anyhow::Result<()> {
    let names = if args.all { crate::engine::images::all_ids(engine)? } else { args.images };
    let mut failed = None;
    let mut removed = Vec::new();
    for name in &names {
        match crate::engine::images::remove(engine, name, args.force || args.all) {
            Ok(removals) => removed.extend(removals),
            // podman's `rmi -f` succeeds on a missing image, as `rm -f` does.
            Err(e) if (args.ignore || args.force) && crate::engine::images::is_not_found(&e) => {}
            Err(e) => {
                if failed.is_some() {
                    crate::error::report(&e);
                } else {
                    failed = Some(e);
                }
            }
        }
    }
    print_removals(&removed);
    match failed {
        Some(e) => Err(super::removal_exit(e)),
        None => Ok(()),
    }
}

pub fn exec_prune(engine: &Engine, args: PruneArgs) -> anyhow::Result<()> {
    let removals = crate::engine::images::prune(engine, args.all, &args.filters)?;
    // podman's prune report: the IDs of the images deleted, one per line.
    for r in &removals {
        if let Removal::Deleted(id) = r {
            println!("{}", id.hex());
        }
    }
    Ok(())
}

/// podman's report: every `Untagged:` line, then every `Deleted:` line
/// with the bare ID (no `sha256:`), for the whole command.
fn print_removals(removals: &[Removal]) {
    for r in removals {
        if let Removal::Untagged(name) = r {
            println!("Untagged: {name}");
        }
    }
    for r in removals {
        if let Removal::Deleted(id) = r {
            println!("Deleted: {}", id.hex());
        }
    }
}
