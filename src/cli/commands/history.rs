//! `dhow history`

use crate::cli::args::FormatArg;
use crate::engine::Engine;
use crate::format::output::{print_json, render_rows, Column, OutputFormat};
use crate::util::human;
use clap::Args;
use serde_json::{json, Value};

#[derive(Args, Debug)]
pub struct HistoryArgs {
    /// Image to show
    #[arg(value_name = "IMAGE")]
    pub image: String,
    /// Print sizes and dates in a machine-friendly way
    #[arg(short = 'H', long, default_value_t = true, action = clap::ArgAction::Set, value_name = "BOOL")]
    pub human: bool,
    /// Do not truncate output
    #[arg(long)]
    pub no_trunc: bool,
    /// Only show image IDs
    #[arg(short, long)]
    pub quiet: bool,
    #[command(flatten)]
    pub format: FormatArg,
}

pub fn exec(engine: &Engine, args: HistoryArgs) -> anyhow::Result<()> {
    let steps = crate::engine::images::history(engine, &args.image)?;
    let out = &mut std::io::stdout().lock();
    let id = |s: &str| if args.no_trunc || s == "<missing>" { s.to_string() } else { s.chars().take(12).collect() };
    if args.quiet {
        // Short IDs unless --no-trunc, as podman's and docker's.
        use std::io::Write;
        for s in &steps {
            writeln!(out, "{}", id(&s.id))?;
        }
        return Ok(());
    }
    let format = OutputFormat::parse(args.format.format.as_deref())?;
    let rows: Vec<Value> = steps
        .iter()
        .map(|s| {
            let created_by = if args.no_trunc || s.created_by.chars().count() <= 45 {
                s.created_by.clone()
            } else {
                format!("{}...", s.created_by.chars().take(42).collect::<String>())
            };
            json!({
                "ID": id(&s.id),
                "Created": s.created.map(|c| c.to_rfc3339()).unwrap_or_default(),
                "CreatedSince": match (s.created, args.human) {
                    (Some(c), true) => human::since(c),
                    (Some(c), false) => c.to_rfc3339(),
                    (None, _) => "N/A".to_string(),
                },
                "CreatedBy": created_by,
                "Size": if args.human { human::size(s.size) } else { s.size.to_string() },
                "Comment": s.comment,
                "Tags": s.tags.join(", "),
            })
        })
        .collect();
    if let OutputFormat::Json = format {
        return print_json(&rows, out);
    }
    let columns = [
        Column { header: "IMAGE", field: "ID" },
        Column { header: "CREATED", field: "CreatedSince" },
        Column { header: "CREATED BY", field: "CreatedBy" },
        Column { header: "SIZE", field: "Size" },
        Column { header: "COMMENT", field: "Comment" },
    ];
    render_rows(&format, &columns, &rows, out)
}
