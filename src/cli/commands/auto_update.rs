//! `dhow auto-update`: the report of `engine/autoupdate.rs`.

use crate::engine::Engine;
use clap::Args;

#[derive(Args, Debug)]
pub struct AutoUpdateArgs {
    /// Only report which containers have a newer image (UPDATED: pending); nothing is pulled or restarted
    #[arg(long = "dry-run")]
    pub dry_run: bool,
    /// Print json, or a Go template over each report (.Unit .Container .Image .Policy .Updated)
    #[arg(long, value_name = "FORMAT")]
    pub format: Option<String>,
}

/// `dhow auto-update --dry-run` (the update itself is not there yet).
pub fn exec(engine: &Engine, a: AutoUpdateArgs) -> anyhow::Result<()> {
    if !a.dry_run {
        anyhow::bail!("auto-update can only report so far: use --dry-run to list the containers with a newer image");
    }
    let reports = crate::engine::autoupdate::dry_run(engine)?;
    use crate::format::output::{render_rows, Column, OutputFormat};
    const COLUMNS: &[Column] = &[
        Column { header: "UNIT", field: "Unit" },
        Column { header: "CONTAINER", field: "Container" },
        Column { header: "IMAGE", field: "Image" },
        Column { header: "POLICY", field: "Policy" },
        Column { header: "UPDATED", field: "Updated" },
    ];
    let rows: Vec<serde_json::Value> = reports.iter().map(serde_json::to_value).collect::<Result<_, _>>()?;
    render_rows(&OutputFormat::parse(a.format.as_deref())?, COLUMNS, &rows, &mut std::io::stdout().lock())
}
