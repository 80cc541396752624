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
    /// Pull every tag of the repository IMAGE names (IMAGE without tag)
    #[arg(short = 'a', long)]
    pub all_tags: bool,
    #[command(flatten)]
    pub cert_dir: crate::cli::compat_args::CertDirArg,
    #[command(flatten)]
    pub content_trust: crate::cli::compat_args::ContentTrustArg,
    /// Print only the image ID
    #[arg(short, long)]
    pub quiet: bool,
}

pub fn exec(engine: &Engine, args: PullArgs) -> anyhow::Result<()> {
    args.cert_dir.check()?;
    if args.all_tags {
        let creds = args.registry.creds.as_deref().map(crate::cli::args::parse_creds).transpose()?;
        let (r, tags) = crate::engine::transfer::search::repository_tags(&args.image, args.registry.tls_verify, &creds, &args.registry.authfile)?;
        for t in tags {
            let image = format!("{}/{}:{t}", r.registry, r.repository);
            let opts = crate::cli::args::pull_options(&image, &args.registry, &args.platform, args.quiet)?;
            let pulled = crate::engine::pull::pull(engine, &opts)?;
            println!("{}", pulled.id.hex());
        }
        return Ok(());
    }
    let opts = crate::cli::args::pull_options(&args.image, &args.registry, &args.platform, args.quiet)?;
    let pulled = crate::engine::pull::pull(engine, &opts)?;
    println!("{}", pulled.id.hex());
    Ok(())
}
