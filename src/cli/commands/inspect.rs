//! `dhow inspect` and `dhow image inspect`: docker-shaped JSON, or a template per object.

use crate::engine::Engine;
use crate::format::template::Template;
use anyhow::Context;
use clap::Args;
use serde_json::Value;
use std::io::Write;

#[derive(Args, Debug)]
pub struct InspectArgs {
    /// Objects to inspect (names or IDs)
    #[arg(value_name = "NAME|ID", required = true)]
    pub names: Vec<String>,
    /// Format the output with a Go template, e.g. '{{.Config.Cmd}}'
    #[arg(short, long, value_name = "TEMPLATE")]
    pub format: Option<String>,
    /// Only inspect objects of this type
    #[arg(short = 't', long = "type", value_name = "TYPE", value_parser = ["image", "container", "all"], default_value = "all")]
    pub kind: String,
    /// Display total file sizes (accepted for compatibility)
    #[arg(short, long)]
    pub size: bool,
}

#[derive(Args, Debug)]
pub struct ImageInspectArgs {
    /// Images to inspect (names or IDs)
    #[arg(value_name = "IMAGE", required = true)]
    pub names: Vec<String>,
    /// Format the output with a Go template, e.g. '{{.Config.Cmd}}'
    #[arg(short, long, value_name = "TEMPLATE")]
    pub format: Option<String>,
}

pub fn exec(engine: &Engine, args: InspectArgs) -> anyhow::Result<()> {
    // Containers do not exist yet: every object is an image.
    let _ = args.kind;
    print(engine, &args.names, args.format.as_deref())
}

pub fn exec_image(engine: &Engine, args: ImageInspectArgs) -> anyhow::Result<()> {
    print(engine, &args.names, args.format.as_deref())
}

/// Inspects every name, printing what was found even when some are missing
/// (docker prints the found ones, then fails).
fn print(engine: &Engine, names: &[String], format: Option<&str>) -> anyhow::Result<()> {
    let template = match format {
        Some(f) if f != "json" => Some(Template::parse(f).map_err(|e| anyhow::anyhow!("invalid --format template: {e}"))?),
        _ => None,
    };
    let mut found: Vec<Value> = Vec::new();
    let mut missing: Vec<String> = Vec::new();
    for name in names {
        match crate::engine::images::inspect(engine, name)? {
            Some(v) => found.push(v),
            None => missing.push(name.clone()),
        }
    }
    let out = &mut std::io::stdout().lock();
    match &template {
        Some(t) => {
            for v in &found {
                let s = t.render(v).map_err(|e| anyhow::anyhow!("rendering --format template: {e}"))?;
                writeln!(out, "{s}")?;
            }
        }
        None => crate::format::output::print_json(&found, out).context("writing output")?,
    }
    match missing.as_slice() {
        [] => Ok(()),
        [one] => anyhow::bail!("no such object: {one:?} (see 'dhow images' and 'dhow ps -a')"),
        many => anyhow::bail!("no such objects: {} (see 'dhow images' and 'dhow ps -a')", many.join(", ")),
    }
}
