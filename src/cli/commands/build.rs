//! `dhow build` / `dhow image build`

use crate::cli::args::{PlatformArgs, RegistryArgs};
use crate::engine::build::{BuildOptions, ContextSource};
use crate::engine::containers::create::PullPolicy;
use crate::engine::Engine;
use anyhow::bail;
use clap::Args;
use std::path::PathBuf;

#[derive(Args, Debug)]
pub struct BuildArgs {
    /// Build context: a directory, or - for a tar on stdin
    #[arg(value_name = "CONTEXT", default_value = ".")]
    pub context: String,
    /// Name of the Dockerfile (default: CONTEXT/Containerfile or CONTEXT/Dockerfile; - reads stdin)
    #[arg(short = 'f', long = "file", value_name = "FILE")]
    pub file: Option<String>,
    /// Name and optionally a tag (NAME[:TAG]) for the image (repeatable)
    #[arg(short = 't', long = "tag", value_name = "NAME[:TAG]")]
    pub tags: Vec<String>,
    /// Set a build-time variable (KEY=VALUE, or KEY to take it from the environment)
    #[arg(long = "build-arg", value_name = "KEY=VALUE")]
    pub build_args: Vec<String>,
    /// Build only up to this stage
    #[arg(long, value_name = "STAGE")]
    pub target: Option<String>,
    /// Do not use the build cache
    #[arg(long)]
    pub no_cache: bool,
    /// Pull base images: always (also a bare --pull), missing, never, newer
    #[arg(long, value_name = "POLICY", num_args = 0..=1, require_equals = true, default_missing_value = "always")]
    pub pull: Option<String>,
    /// Same as --pull=always
    #[arg(long)]
    pub pull_always: bool,
    /// Same as --pull=never: use only images already stored
    #[arg(long)]
    pub pull_never: bool,
    /// Ignore file to use instead of the context's .containerignore or .dockerignore
    #[arg(long, value_name = "FILE")]
    pub ignorefile: Option<PathBuf>,
    /// OCI runtime for RUN steps (accepted for podman compatibility; RUN steps use dhow's built-in runtime)
    #[arg(long, value_name = "PATH")]
    pub runtime: Option<String>,
    /// Resource limits for RUN steps: NAME=SOFT[:HARD] (accepted for podman compatibility; RUN steps get docker's default limits)
    #[arg(long, value_name = "NAME=SOFT[:HARD]")]
    pub ulimit: Vec<String>,
    /// Cache and commit each step as its own layer (false: one layer per stage, no cache)
    #[arg(long, value_name = "BOOL", default_value_t = true, action = clap::ArgAction::Set, num_args = 0..=1, default_missing_value = "true")]
    pub layers: bool,
    /// Squash the layers each stage adds into one
    #[arg(long)]
    pub squash: bool,
    /// Set a label on the image (KEY=VALUE, repeatable)
    #[arg(long = "label", value_name = "KEY=VALUE")]
    pub labels: Vec<String>,
    /// Print only the image ID
    #[arg(short, long)]
    pub quiet: bool,
    /// Write the image ID to this file
    #[arg(long, value_name = "FILE")]
    pub iidfile: Option<PathBuf>,
    /// Network for RUN: none (default: a private namespace with only loopback) or host
    #[arg(long, value_name = "MODE")]
    pub network: Option<String>,
    #[command(flatten)]
    pub registry: RegistryArgs,
    #[command(flatten)]
    pub platform: PlatformArgs,
}

/// `dhow buildx build`: docker's buildx spelling of `build`.
#[derive(clap::Subcommand, Debug)]
pub enum BuildxCommand {
    /// Build an image from a Containerfile or Dockerfile (same as dhow build)
    Build(Box<BuildArgs>),
}

pub fn exec(engine: &Engine, args: BuildArgs) -> anyhow::Result<()> {
    let network = args.network.clone().unwrap_or_default();
    if !matches!(
        network.as_str(),
        "" | "none" | "host" | "private" | "default"
    ) {
        bail!("invalid --network {network:?}: use none or host");
    }
    let context = if args.context == "-" {
        ContextSource::Stdin
    } else if args.context.starts_with("http://")
        || args.context.starts_with("https://")
        || args.context.starts_with("git@")
    {
        bail!(
            "building from a URL is not supported yet: download the context and give its directory"
        );
    } else {
        ContextSource::Dir(PathBuf::from(&args.context))
    };
    let pull = match args.pull.as_deref() {
        _ if args.pull_never => PullPolicy::Never,
        _ if args.pull_always => PullPolicy::Always,
        None => PullPolicy::Missing,
        Some(p) => PullPolicy::parse(p)?,
    };
    let opts = BuildOptions {
        context,
        file: args.file.clone(),
        tags: args.tags.clone(),
        build_args: args.build_args.clone(),
        target: args.target.clone(),
        no_cache: args.no_cache,
        pull,
        layers: args.layers,
        squash: args.squash,
        labels: args.labels.clone(),
        quiet: args.quiet,
        iidfile: args.iidfile.clone(),
        network: if network == "host" {
            "host".into()
        } else {
            String::new()
        },
        pull_options: crate::cli::args::pull_options("", &args.registry, &args.platform, args.quiet)?,
        ignorefile: args.ignorefile.clone(),
    };
    let id = crate::engine::build::build(engine, &opts)?;
    println!("{}", id.hex());
    Ok(())
}
