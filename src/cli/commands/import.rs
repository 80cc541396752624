//! `dhow import`

use crate::engine::transfer::import_export::{self, ImportOptions};
use crate::engine::Engine;
use clap::Args;

#[derive(Args, Debug)]
pub struct ImportArgs {
    /// Tar archive: a file, - for standard input, or an http(s) URL
    #[arg(value_name = "FILE|URL|-")]
    pub source: String,
    /// Name for the new image: REPOSITORY[:TAG]
    #[arg(value_name = "REPOSITORY[:TAG]")]
    pub reference: Option<String>,
    /// Apply a Dockerfile instruction to the image (CMD, ENTRYPOINT, ENV, EXPOSE, LABEL, USER, VOLUME, WORKDIR, STOPSIGNAL)
    #[arg(short, long = "change", value_name = "INSTRUCTION")]
    pub change: Vec<String>,
    /// Commit message for the imported image
    #[arg(short, long)]
    pub message: Option<String>,
    /// Platform OS/ARCH[/VARIANT] to record (default: this machine's)
    #[arg(long, value_name = "OS/ARCH[/VARIANT]")]
    pub platform: Option<String>,
    /// Do not print progress
    #[arg(short, long)]
    pub quiet: bool,
}

pub fn exec(engine: &Engine, args: ImportArgs) -> anyhow::Result<()> {
    let opts = ImportOptions {
        source: args.source,
        name: args.reference,
        message: args.message,
        changes: args.change,
        platform: args
            .platform
            .as_deref()
            .map(crate::image::manifest::Platform::parse)
            .transpose()?,
        quiet: args.quiet,
    };
    let id = import_export::import(engine, &opts)?;
    println!("{}", id.hex());
    Ok(())
}
