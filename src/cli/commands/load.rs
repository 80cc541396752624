//! `dhow load`

use crate::engine::Engine;
use clap::Args;
use std::path::PathBuf;

#[derive(Args, Debug)]
pub struct LoadArgs {
    /// Read the archive from a file (or OCI layout directory) instead of standard input
    #[arg(short, long, value_name = "FILE")]
    pub input: Option<PathBuf>,
    /// Suppress progress output
    #[arg(short, long)]
    pub quiet: bool,
}

pub fn exec(engine: &Engine, args: LoadArgs) -> anyhow::Result<()> {
    let loaded = crate::engine::transfer::load::load(engine, args.input.as_deref())?;
    for img in loaded {
        if img.names.is_empty() {
            println!("Loaded image: {}", img.id);
        }
        for n in img.names {
            println!("Loaded image: {n}");
        }
    }
    Ok(())
}
