//! `dhow container prune`: removes all stopped containers and prints their
//! IDs, one per line, as podman does.

use crate::engine::Engine;
use clap::Args;
use std::io::Write;

#[derive(Args, Debug)]
pub struct ContainerPruneArgs {
    /// Do not ask for confirmation (dhow never asks, like 'image prune'; accepted for compatibility)
    #[arg(short, long)]
    pub force: bool,
    /// Only prune containers matching: until=TIME (created before), label=KEY[=VALUE], label!=KEY[=VALUE]
    #[arg(long = "filter", value_name = "KEY=VALUE")]
    pub filters: Vec<String>,
}

pub fn exec(engine: &Engine, args: ContainerPruneArgs) -> anyhow::Result<()> {
    let removed = crate::engine::containers::prune::prune(engine, &args.filters)?;
    let out = &mut std::io::stdout().lock();
    for id in removed {
        writeln!(out, "{id}")?;
    }
    Ok(())
}
