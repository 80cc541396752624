//! `dhow push`

use crate::cli::args::RegistryArgs;
use crate::engine::transfer::push::{self, PushOptions};
use crate::engine::transfer::ManifestFormat;
use crate::engine::Engine;
use clap::Args;
use std::path::PathBuf;

#[derive(Args, Debug)]
pub struct PushArgs {
    /// Image to push
    #[arg(value_name = "IMAGE")]
    pub image: String,
    /// Destination (REGISTRY/REPO[:TAG], optionally docker://...); default: the image's name
    #[arg(value_name = "DESTINATION")]
    pub destination: Option<String>,
    #[command(flatten)]
    pub registry: RegistryArgs,
    /// Manifest format: oci or v2s2 (default: the image's own)
    #[arg(short = 'f', long, value_name = "FORMAT")]
    pub format: Option<String>,
    /// Compression for layers that need compressing: gzip or zstd
    #[arg(long, value_name = "FORMAT")]
    pub compression_format: Option<String>,
    /// Write the digest of the pushed manifest to this file
    #[arg(long, value_name = "FILE")]
    pub digestfile: Option<PathBuf>,
    /// Do not print progress
    #[arg(short, long)]
    pub quiet: bool,
    /// No-op: dhow never copies signatures (there are none to remove)
    #[arg(long)]
    pub remove_signatures: bool,
    /// No-op for registries, as in podman (it compresses only for its dir: transport; layers pushed to a registry are always compressed)
    #[arg(long)]
    pub compress: bool,
    #[command(flatten)]
    pub cert_dir: crate::cli::compat_args::CertDirArg,
    #[command(flatten)]
    pub content_trust: crate::cli::compat_args::ContentTrustArg,
    #[command(flatten)]
    pub sign: crate::cli::compat_args::SignArgs,
}

pub fn exec(engine: &Engine, args: PushArgs) -> anyhow::Result<()> {
    args.cert_dir.check()?;
    args.sign.check()?;
    let creds = match args.registry.creds.as_deref() {
        Some(c) => Some(match c.split_once(':') {
            Some((u, p)) if !u.is_empty() => (u.to_string(), p.to_string()),
            None if !c.is_empty() => (c.to_string(), String::new()),
            _ => anyhow::bail!("invalid --creds {c:?}: expected USER[:PASSWORD]"),
        }),
        None => None,
    };
    let opts = PushOptions {
        image: args.image,
        destination: args.destination,
        tls_verify: args.registry.tls_verify,
        authfile: args.registry.authfile,
        creds,
        format: args
            .format
            .as_deref()
            .map(ManifestFormat::parse)
            .transpose()?,
        compression: args
            .compression_format
            .as_deref()
            .map(push::parse_compression)
            .transpose()?,
        digestfile: args.digestfile,
        quiet: args.quiet,
    };
    push::push(engine, &opts)?;
    Ok(())
}
