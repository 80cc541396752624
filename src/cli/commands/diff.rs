//! `dhow diff` / `dhow container diff`.

use crate::cli::args::FormatArg;
use crate::engine::Engine;
use clap::Args;
use std::io::Write;

#[derive(Args, Debug)]
pub struct DiffArgs {
    /// Container (name or ID)
    #[arg(value_name = "CONTAINER", required_unless_present = "latest")]
    pub container: Option<String>,
    /// The most recently created container
    #[arg(short, long)]
    pub latest: bool,
    #[command(flatten)]
    pub format: FormatArg,
}

/// `A /path`, `C /path`, `D /path`, sorted by path; `--format json` prints
/// podman's `{"changed":[...],"added":[...],"deleted":[...]}`.
pub fn exec(engine: &Engine, args: DiffArgs) -> anyhow::Result<()> {
    let container = super::targets::one_container(engine, args.latest, args.container.clone(), &mut Vec::new())?;
    let changes = crate::engine::containers::diff::diff(engine, &container)?;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match args.format.format.as_deref() {
        Some("json") => {
            let pick = |k: char| {
                changes
                    .iter()
                    .filter(|c| c.kind == k)
                    .map(|c| c.path.clone())
                    .collect::<Vec<_>>()
            };
            let v = serde_json::json!({ "changed": pick('C'), "added": pick('A'), "deleted": pick('D') });
            crate::format::output::print_json(&v, &mut out)?;
        }
        Some(t) if !t.is_empty() => {
            let template = crate::format::template::Template::parse(t)
                .map_err(|e| anyhow::anyhow!("invalid --format template: {e}"))?;
            for c in &changes {
                let v = serde_json::json!({ "Kind": c.kind.to_string(), "Path": c.path });
                writeln!(
                    out,
                    "{}",
                    template
                        .render(&v)
                        .map_err(|e| anyhow::anyhow!("rendering --format template: {e}"))?
                )?;
            }
        }
        _ => {
            for c in &changes {
                writeln!(out, "{c}")?;
            }
        }
    }
    Ok(())
}
