//! `dhow auto-update`: the report of `engine/autoupdate.rs`.

use crate::engine::Engine;
use clap::Args;

#[derive(Args, Debug)]
pub struct AutoUpdateArgs {
    /// Only report which containers have a newer image (UPDATED: pending); nothing is pulled or restarted
    #[arg(long = "dry-run")]
    pub dry_run: bool,
    /// Point the image name back at the previous image and restart again when a restart with the new one fails (the unit's start fails, the container exits with an error, or its health check says unhealthy)
    #[arg(long, value_name = "BOOL", default_value_t = true, num_args = 0..=1, default_missing_value = "true", action = clap::ArgAction::Set)]
    pub rollback: bool,
    /// Require HTTPS and verify certificates when contacting registries (--tls-verify=false allows plain HTTP)
    #[arg(long = "tls-verify", value_name = "BOOL", num_args = 0..=1, default_missing_value = "true", action = clap::ArgAction::Set)]
    pub tls_verify: Option<bool>,
    /// Path of the authentication file (default: ${XDG_RUNTIME_DIR}/containers/auth.json)
    #[arg(long, value_name = "PATH")]
    pub authfile: Option<std::path::PathBuf>,
    /// Print json, or a Go template over each report (.Unit .Container .Image .Policy .Updated)
    #[arg(long, value_name = "FORMAT")]
    pub format: Option<String>,
}

/// `dhow auto-update [--dry-run] [--rollback=false] [--format F]`.
pub fn exec(engine: &Engine, a: AutoUpdateArgs) -> anyhow::Result<()> {
    let registry = crate::engine::autoupdate::RegistryOptions { tls_verify: a.tls_verify, authfile: a.authfile };
    let reports = if a.dry_run {
        crate::engine::autoupdate::dry_run(engine, &registry)?
    } else {
        let dhow = std::env::current_exe().map_err(|e| anyhow::anyhow!("finding the dhow executable: {e}"))?;
        let opts = crate::engine::autoupdate::UpdateOptions { registry, rollback: a.rollback, dhow, value_flags: super::generate::value_flags() };
        crate::engine::autoupdate::update(engine, &opts)?
    };
    use crate::format::output::{render_rows, Column, OutputFormat};
    const COLUMNS: &[Column] = &[
        Column { header: "UNIT", field: "Unit" },
        Column { header: "CONTAINER", field: "Container" },
        Column { header: "IMAGE", field: "Image" },
        Column { header: "POLICY", field: "Policy" },
        Column { header: "UPDATED", field: "Updated" },
    ];
    let rows: Vec<serde_json::Value> = reports.iter().map(serde_json::to_value).collect::<Result<_, _>>()?;
    render_rows(&OutputFormat::parse(a.format.as_deref())?, COLUMNS, &rows, &mut std::io::stdout().lock())?;
    if reports.iter().any(|r| r.updated == "failed") {
        anyhow::bail!("some containers could not be checked or updated (see the errors above)");
    }
    Ok(())
}
