//! `dhow commit`

use crate::engine::transfer::commit::{self, CommitOptions};
use crate::engine::transfer::ManifestFormat;
use crate::engine::Engine;
use clap::Args;

#[derive(Args, Debug)]
pub struct CommitArgs {
    /// Container to commit
    #[arg(value_name = "CONTAINER")]
    pub container: String,
    /// Name for the new image: REPOSITORY[:TAG]
    #[arg(value_name = "REPOSITORY[:TAG]")]
    pub reference: Option<String>,
    /// Author (e.g. "Jane Doe <jane@example.com>")
    #[arg(short, long)]
    pub author: Option<String>,
    /// Commit message
    #[arg(short, long)]
    pub message: Option<String>,
    /// Apply a Dockerfile instruction to the image (CMD, ENTRYPOINT, ENV, EXPOSE, LABEL, USER, VOLUME, WORKDIR, STOPSIGNAL)
    #[arg(short, long = "change", value_name = "INSTRUCTION")]
    pub change: Vec<String>,
    /// Pause a running container while committing (default true, as in docker)
    #[arg(short, long, value_name = "BOOL", default_value_t = true, num_args = 0..=1, default_missing_value = "true", action = clap::ArgAction::Set)]
    pub pause: bool,
    /// Image format: oci or docker
    #[arg(short, long, default_value = "oci")]
    pub format: String,
    /// Do not print progress
    #[arg(short, long)]
    pub quiet: bool,
}

pub fn exec(engine: &Engine, args: CommitArgs) -> anyhow::Result<()> {
    let opts = CommitOptions {
        container: args.container,
        name: args.reference,
        author: args.author,
        message: args.message,
        changes: args.change,
        format: ManifestFormat::parse(&args.format)?,
        quiet: args.quiet,
        pause: args.pause,
    };
    let id = commit::commit(engine, &opts)?;
    println!("{}", id.hex());
    Ok(())
}
