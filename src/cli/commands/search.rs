//! `dhow search`

use crate::cli::args::{FilterArg, FormatArg};
use crate::engine::transfer::search::{self, SearchOptions};
use crate::engine::Engine;
use crate::format::output::{print_json, render_rows, Column, OutputFormat};
use clap::Args;

#[derive(Args, Debug)]
pub struct SearchArgs {
    /// Term to search for; REGISTRY/TERM searches only that registry
    #[arg(value_name = "TERM")]
    pub term: String,
    /// Maximum number of results per registry
    #[arg(long, default_value_t = 25)]
    pub limit: usize,
    #[command(flatten)]
    pub filter: FilterArg,
    #[command(flatten)]
    pub format: FormatArg,
    /// Do not truncate descriptions
    #[arg(long)]
    pub no_trunc: bool,
    /// Require HTTPS and verify certificates
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true", action = clap::ArgAction::Set)]
    pub tls_verify: Option<bool>,
    /// Path of the authentication file
    #[arg(long, value_name = "FILE", env = "REGISTRY_AUTH_FILE")]
    pub authfile: Option<std::path::PathBuf>,
}

pub fn exec(engine: &Engine, args: SearchArgs) -> anyhow::Result<()> {
    let opts = SearchOptions {
        term: args.term,
        limit: args.limit,
        filters: args.filter.filters,
        tls_verify: args.tls_verify,
        authfile: args.authfile,
        creds: None,
    };
    let results = search::search(engine, &opts)?;
    let format = OutputFormat::parse(args.format.format.as_deref())?;
    let out = &mut std::io::stdout().lock();
    let mut rows: Vec<serde_json::Value> = results
        .iter()
        .map(serde_json::to_value)
        .collect::<Result<_, _>>()?;
    if !args.no_trunc {
        for r in &mut rows {
            if let Some(d) = r["Description"].as_str() {
                if d.chars().count() > 44 {
                    r["Description"] = serde_json::Value::String(format!(
                        "{}...",
                        d.chars().take(44).collect::<String>()
                    ));
                }
            }
        }
    }
    if let OutputFormat::Json = format {
        return print_json(&results, out);
    }
    let columns = [
        Column {
            header: "NAME",
            field: "Name",
        },
        Column {
            header: "DESCRIPTION",
            field: "Description",
        },
    ];
    render_rows(&format, &columns, &rows, out)
}
