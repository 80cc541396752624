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
    /// List the tags of the repository TERM names (REGISTRY/REPOSITORY) instead of searching
    #[arg(long = "list-tags")]
    pub list_tags: bool,
    /// Add docker's STARS, OFFICIAL and AUTOMATED columns
    #[arg(long)]
    pub compatible: bool,
}

/// `search --list-tags`: one NAME/TAG row per tag (at most --limit), as podman.
fn exec_list_tags(args: &SearchArgs) -> anyhow::Result<()> {
    let (r, mut tags) = search::repository_tags(&args.term, args.tls_verify, &None, &args.authfile)?;
    tags.truncate(args.limit.max(1));
    let name = format!("{}/{}", r.registry, r.repository);
    let format = OutputFormat::parse(args.format.format.as_deref())?;
    let out = &mut std::io::stdout().lock();
    if let OutputFormat::Json = format {
        return print_json(&serde_json::json!([{ "Name": name, "Tags": tags }]), out);
    }
    let rows: Vec<serde_json::Value> = tags.iter().map(|t| serde_json::json!({ "Name": name, "Tag": t })).collect();
    render_rows(&format, &[Column { header: "NAME", field: "Name" }, Column { header: "TAG", field: "Tag" }], &rows, out)
}

pub fn exec(engine: &Engine, args: SearchArgs) -> anyhow::Result<()> {
    if args.list_tags {
        return exec_list_tags(&args);
    }
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
    let mut columns = vec![
        Column {
            header: "NAME",
            field: "Name",
        },
        Column {
            header: "DESCRIPTION",
            field: "Description",
        },
    ];
    if args.compatible {
        columns.push(Column { header: "STARS", field: "Stars" });
        columns.push(Column { header: "OFFICIAL", field: "Official" });
        columns.push(Column { header: "AUTOMATED", field: "Automated" });
    }
    render_rows(&format, &columns, &rows, out)
}
