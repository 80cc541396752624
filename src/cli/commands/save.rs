//! `dhow save`

use crate::engine::transfer::archive::{self, SaveFormat, Sink};
use crate::engine::transfer::import_export::Output;
use crate::engine::Engine;
use clap::Args;
use std::path::PathBuf;

#[derive(Args, Debug)]
pub struct SaveArgs {
    /// Images to save
    #[arg(value_name = "IMAGE", required = true)]
    pub images: Vec<String>,
    /// Write to a file (a directory for oci-dir) instead of standard output
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Archive format: docker-archive, oci-archive or oci-dir
    #[arg(long, value_name = "FORMAT", default_value = "docker-archive")]
    pub format: String,
    /// Accepted for compatibility (no progress is printed)
    #[arg(short, long)]
    pub quiet: bool,
    /// Put several images in one docker-archive (what dhow always does with several images)
    #[arg(short = 'm', long)]
    pub multi_image_archive: bool,
    /// Keep layers uncompressed in oci-dir output (accepted for podman compatibility; dhow writes the stored layers unchanged)
    #[arg(long)]
    pub uncompressed: bool,
    /// Compress layers of directory formats (accepted for podman compatibility; dhow writes the stored layers unchanged)
    #[arg(long)]
    pub compress: bool,
}

pub fn exec(engine: &Engine, args: SaveArgs) -> anyhow::Result<()> {
    let format = SaveFormat::parse(&args.format)?;
    if format == SaveFormat::OciDir {
        let dest = args
            .output
            .ok_or_else(|| anyhow::anyhow!("--format oci-dir needs -o DIRECTORY"))?;
        return archive::save_dir(engine, &args.images, &dest);
    }
    let mut out = Output::open(args.output.as_deref(), "save")?;
    {
        let mut sink = Sink::Tar(tar::Builder::new(out.writer()));
        archive::save(engine, &args.images, format, &mut sink)?;
        sink.finish()?;
    }
    out.finish()
}
