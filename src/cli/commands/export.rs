//! `dhow export`

use crate::engine::transfer::import_export::{self, Output};
use crate::engine::Engine;
use clap::Args;
use std::path::PathBuf;

#[derive(Args, Debug)]
pub struct ExportArgs {
    /// Container to export
    #[arg(value_name = "CONTAINER")]
    pub container: String,
    /// Write to a file instead of standard output
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

pub fn exec(engine: &Engine, args: ExportArgs) -> anyhow::Result<()> {
    // Find the container first so a typo does not create an empty file.
    crate::engine::containers::ops::find(engine, &args.container)?;
    let out = Output::open(args.output.as_deref(), "export")?;
    import_export::export(engine, &args.container, out)
}
