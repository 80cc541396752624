//! `dhow info`: podman-style YAML report of the host, the store and the registries.

use crate::cli::args::FormatArg;
use crate::engine::Engine;
use crate::format::output::OutputFormat;
use clap::Args;
use std::io::Write;

#[derive(Args, Debug)]
pub struct InfoArgs {
    #[command(flatten)]
    pub format: FormatArg,
}

pub fn exec(engine: &Engine, args: InfoArgs) -> anyhow::Result<()> {
    let info = crate::engine::info::info(engine)?;
    let out = &mut std::io::stdout().lock();
    match OutputFormat::parse(args.format.format.as_deref())? {
        OutputFormat::Json => crate::format::output::print_json(&info, out),
        OutputFormat::Table => {
            out.write_all(serde_yaml_ng::to_string(&info)?.as_bytes())?;
            Ok(())
        }
        other => crate::format::output::render_one(&other, &info, out),
    }
}
