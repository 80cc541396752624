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
    /// Architecture to record (overrides --platform's)
    #[arg(long, value_name = "ARCH")]
    pub arch: Option<String>,
    /// OS to record (overrides --platform's)
    #[arg(long, value_name = "OS")]
    pub os: Option<String>,
    /// Architecture variant to record (overrides --platform's)
    #[arg(long, value_name = "VARIANT")]
    pub variant: Option<String>,
}

impl ImportArgs {
    /// --platform (or this machine's when only --arch/--os/--variant are
    /// given) with --arch, --os and --variant applied.
    fn platform(&self) -> anyhow::Result<Option<crate::image::manifest::Platform>> {
        let mut p = self.platform.as_deref().map(crate::image::manifest::Platform::parse).transpose()?;
        if self.arch.is_some() || self.os.is_some() || self.variant.is_some() {
            let q = p.get_or_insert_with(crate::image::manifest::Platform::host);
            if let Some(a) = &self.arch {
                q.architecture = a.clone();
                q.variant = None;
            }
            if let Some(o) = &self.os {
                q.os = o.clone();
            }
            if let Some(v) = &self.variant {
                q.variant = Some(v.clone());
            }
        }
        Ok(p)
    }
}

pub fn exec(engine: &Engine, args: ImportArgs) -> anyhow::Result<()> {
    let platform = args.platform()?;
    let opts = ImportOptions {
        source: args.source,
        name: args.reference,
        message: args.message,
        changes: args.change,
        platform,
        quiet: args.quiet,
    };
    let id = import_export::import(engine, &opts)?;
    println!("{}", id.hex());
    Ok(())
}
