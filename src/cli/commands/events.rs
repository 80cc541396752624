//! `dhow events`: the event log, past and live.

use crate::cli::args::FilterArg;
use crate::engine::events::{self, Filters, ReadOptions};
use crate::engine::Engine;
use clap::Args;
use std::io::Write;

#[derive(Args, Debug)]
pub struct EventsArgs {
    /// Show all events created since timestamp (or duration, e.g. 10m)
    #[arg(long, value_name = "TIME")]
    pub since: Option<String>,
    /// Stream events until this timestamp (or duration); without it, follow live events
    #[arg(long, value_name = "TIME")]
    pub until: Option<String>,
    #[command(flatten)]
    pub filter: FilterArg,
    /// Format the output with 'json' or a Go template ('{{.Status}} {{.Name}}')
    #[arg(long, value_name = "FORMAT")]
    pub format: Option<String>,
    /// Keep following new events (--stream=false: print the past ones and exit)
    #[arg(long, default_value_t = true, action = clap::ArgAction::Set)]
    pub stream: bool,
    /// Do not truncate IDs (dhow's events always carry full IDs)
    #[arg(long = "no-trunc", value_name = "BOOL", default_value_t = true, num_args = 0..=1, default_missing_value = "true", action = clap::ArgAction::Set)]
    pub no_trunc: bool,
}

pub fn exec(engine: &Engine, args: EventsArgs) -> anyhow::Result<()> {
    let now = chrono::Utc::now();
    let opts = ReadOptions {
        since: args
            .since
            .as_deref()
            .map(|s| crate::util::timestamp::parse(s, now))
            .transpose()?,
        until: args
            .until
            .as_deref()
            .map(|s| crate::util::timestamp::parse(s, now))
            .transpose()?
            .or((!args.stream).then_some(now)),
        filters: Filters::parse(&args.filter.filters)?,
    };
    let template = match args.format.as_deref() {
        None | Some("") | Some("json") => None,
        Some(t) => Some(
            crate::format::template::Template::parse(t)
                .map_err(|e| anyhow::anyhow!("invalid --format template: {e}"))?,
        ),
    };
    let json = args.format.as_deref() == Some("json");
    let stdout = std::io::stdout();
    events::read(&engine.paths, &opts, &mut |e| {
        let mut out = stdout.lock();
        let line = if json {
            serde_json::to_string(e)?
        } else if let Some(t) = &template {
            let v = serde_json::to_value(e)?;
            t.render(&v)
                .map_err(|err| anyhow::anyhow!("rendering --format template: {err}"))?
        } else if args.no_trunc {
            e.human()
        } else {
            // --no-trunc=false: 12-character IDs, as podman prints them.
            let id: String = e.id.chars().take(12).collect();
            e.human().replacen(&e.id, &id, 1)
        };
        // A closed pipe (`| head`) ends the command.
        Ok(writeln!(out, "{line}").and_then(|_| out.flush()).is_ok())
    })
}
