//! `dhow pull`

use crate::cli::args::{PlatformArgs, RegistryArgs};
use crate::engine::Engine;
use clap::Args;

#[derive(Args, Debug)]
pub struct PullArgs {
    /// Image to pull: NAME[:TAG|@DIGEST]
    #[arg(value_name = "IMAGE")]
    pub image: String,
    #[command(flatten)]
    pub registry: RegistryArgs,
    #[command(flatten)]
    pub platform: PlatformArgs,
    /// Pull all tagged images in the repository (not supported yet)
    #[arg(short = 'a', long, hide = true)]
    pub all_tags: bool,
    /// Print only the image ID
    #[arg(short, long)]
    pub quiet: bool,
}

pub fn exec(engine: &Engine, args: PullArgs) -> anyhow::Result<()> {
    if args.all_tags {
        anyhow::bail!("--all-tags is not supported yet: pull each tag by name");
    }
    let opts = crate::cli::args::pull_options(&args.image, &args.registry, &args.platform, args.quiet)?;
    let pulled = crate::engine::pull::pull(engine, &opts)?;
    println!("{}", pulled.id.hex());
    Ok(())
}
