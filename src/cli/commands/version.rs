//! `dhow version`

use crate::cli::args::FormatArg;
use crate::engine::Engine;
use crate::format::output::OutputFormat;
use clap::Args;
use serde_json::json;
use std::io::Write;

#[derive(Args, Debug)]
#[command(mut_arg("format", |a| a.short('f')))]
pub struct VersionArgs {
    #[command(flatten)]
    pub format: FormatArg,
}

pub fn exec(_engine: &Engine, args: VersionArgs) -> anyhow::Result<()> {
    let platform = crate::image::manifest::Platform::host();
    let version = env!("CARGO_PKG_VERSION");
    let info = json!({
        "Client": {
            "Version": version,
            "APIVersion": version,
            "OsArch": format!("{}/{}", platform.os, platform.architecture),
            "Os": platform.os,
            "Arch": platform.architecture,
        }
    });
    let out = &mut std::io::stdout().lock();
    match OutputFormat::parse(args.format.format.as_deref())? {
        OutputFormat::Json => crate::format::output::print_json(&info, out),
        OutputFormat::Table => {
            writeln!(out, "Client:       dhow")?;
            writeln!(out, "Version:      {version}")?;
            writeln!(out, "API Version:  {version}")?;
            writeln!(out, "OS/Arch:      {}/{}", platform.os, platform.architecture)?;
            Ok(())
        }
        other => crate::format::output::render_one(&other, &info, out),
    }
}
