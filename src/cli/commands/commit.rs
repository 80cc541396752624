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
    /// Write the new image's ID to this file
    #[arg(long, value_name = "FILE")]
    pub iidfile: Option<std::path::PathBuf>,
    /// Make the container's volumes and bind mounts (-v, --mount) VOLUMEs of the image
    #[arg(long = "include-volumes")]
    pub include_volumes: bool,
    /// Squash the image's layers and the container's changes into one layer
    #[arg(short, long)]
    pub squash: bool,
}

pub fn exec(engine: &Engine, mut args: CommitArgs) -> anyhow::Result<()> {
    if args.include_volumes {
        let (record, _) = crate::engine::containers::ops::find(engine, &args.container)?;
        for m in record.host.mounts.iter().filter(|m| m.kind == "volume" || m.kind == "bind") {
            args.change.push(format!("VOLUME {}", serde_json::json!([m.destination])));
        }
    }
    let opts = CommitOptions {
        container: args.container,
        name: args.reference,
        author: args.author,
        message: args.message,
        changes: args.change,
        format: ManifestFormat::parse(&args.format)?,
        quiet: args.quiet,
        pause: args.pause,
        squash: args.squash,
    };
    let id = commit::commit(engine, &opts)?;
    if let Some(f) = &args.iidfile {
        crate::util::atomic::write_file(f, id.hex().as_bytes(), 0o644).map_err(|e| anyhow::anyhow!("writing the image ID file {}: {e}", f.display()))?;
    }
    println!("{}", id.hex());
    Ok(())
}
