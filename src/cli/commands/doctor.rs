//! `dhow doctor`: the host's rootless set-up, check by check, with fixes.

use crate::cli::args::FormatArg;
use crate::engine::doctor::{self, Level};
use crate::engine::Engine;
use clap::Args;
use std::io::Write;

#[derive(Args, Debug)]
pub struct DoctorArgs {
    #[command(flatten)]
    pub format: FormatArg,
}

/// Prints each check (OK / WARN / FAIL, what it means, the fix); exits 1
/// when a check failed.
pub fn exec(engine: &Engine, args: DoctorArgs) -> anyhow::Result<()> {
    let findings = doctor::evaluate(&doctor::gather(engine));
    let out = &mut std::io::stdout().lock();
    match args.format.format.as_deref() {
        Some("json") => crate::format::output::print_json(&findings, out)?,
        Some(other) => anyhow::bail!("invalid --format {other:?}: doctor prints a table, or json"),
        None => {
            let width = findings.iter().map(|f| f.check.len()).max().unwrap_or(5).max(5);
            writeln!(out, "{:width$}  STATUS  DETAIL", "CHECK")?;
            for f in &findings {
                writeln!(out, "{:width$}  {:6}  {}", f.check, f.status.as_str(), f.message)?;
                if !f.fix.is_empty() {
                    writeln!(out, "{:width$}          fix: {}", "", f.fix)?;
                }
            }
        }
    }
    if findings.iter().any(|f| f.status == Level::Fail) {
        return Err(crate::error::Exit::silent(1).into());
    }
    Ok(())
}
