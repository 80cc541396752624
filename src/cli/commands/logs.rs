//! `dhow logs` / `dhow container logs`: a container's output, stdout to
//! stdout and stderr to stderr, as docker replays it.

use crate::engine::containers::logs::{self, LogsOptions};
use crate::engine::containers::logs_many::{self, Source};
use crate::engine::Engine;
use anyhow::Context;
use clap::Args;

#[derive(Args, Debug)]
pub struct LogsArgs {
    /// Containers to show the logs of (with several, each line starts with the container's short ID)
    #[arg(value_name = "CONTAINER", required_unless_present = "latest")]
    pub containers: Vec<String>,
    /// The most recently created container
    #[arg(short, long)]
    pub latest: bool,
    /// With several containers, start each line with the container's name instead of its ID
    #[arg(short = 'n', long)]
    pub names: bool,
    /// Color the prefixes of several containers (accepted for podman compatibility; dhow prints no colors)
    #[arg(long)]
    pub color: bool,
    /// Follow log output until the container stops (with several, until all have stopped)
    #[arg(short, long)]
    pub follow: bool,
    #[command(flatten)]
    pub range: LogRange,
    /// Show extra details (accepted for compatibility; there are none)
    #[arg(long)]
    pub details: bool,
}

/// Which lines of a log and how: shared by `logs` and `pod logs`.
#[derive(Args, Debug, Clone)]
pub struct LogRange {
    /// Show timestamps
    #[arg(short, long)]
    pub timestamps: bool,
    /// Number of lines to show from the end of the logs ("all" for every line; -n is podman's --names)
    #[arg(long, value_name = "N|all", default_value = "all")]
    pub tail: String,
    /// Show logs since a timestamp (2024-01-02T15:04:05Z) or relative time (10m)
    #[arg(long, value_name = "TIME")]
    pub since: Option<String>,
    /// Show logs before a timestamp (2024-01-02T15:04:05Z) or relative time (10m)
    #[arg(long, value_name = "TIME")]
    pub until: Option<String>,
}

/// `--tail`: "all" (or a negative number, as docker allows) means every line.
fn parse_tail(s: &str) -> anyhow::Result<Option<usize>> {
    match s.trim() {
        "all" | "" => Ok(None),
        n if n.starts_with('-') && n[1..].parse::<u64>().is_ok() => Ok(None),
        n => n
            .parse()
            .map(Some)
            .map_err(|_| anyhow::anyhow!("invalid --tail {s:?}: use a number of lines or \"all\"")),
    }
}

fn options(args: &LogsArgs) -> anyhow::Result<LogsOptions> {
    let now = chrono::Utc::now();
    let range = &args.range;
    Ok(LogsOptions {
        follow: args.follow,
        timestamps: range.timestamps,
        tail: parse_tail(&range.tail)?,
        since: range
            .since
            .as_deref()
            .map(|s| crate::util::timestamp::parse(s, now))
            .transpose()
            .context("--since")?,
        until: range
            .until
            .as_deref()
            .map(|s| crate::util::timestamp::parse(s, now))
            .transpose()
            .context("--until")?,
    })
}

pub fn exec(engine: &Engine, args: LogsArgs) -> anyhow::Result<()> {
    let opts = options(&args)?;
    let mut containers = args.containers.clone();
    if args.latest {
        containers.push(super::targets::latest(engine)?);
    }
    let stdout = std::io::stdout();
    let stderr = std::io::stderr();
    let (mut out, mut err) = (stdout.lock(), stderr.lock());
    if let [one] = containers.as_slice() {
        return logs::logs(engine, one, &opts, &mut out, &mut err);
    }
    drop((out, err));
    exec_prefixed(engine, LogsArgs { containers, ..args })
}

/// The logs of `args.containers`, every line prefixed with its container's
/// short ID (its name with `--names`), as podman does for several
/// containers and for `pod logs`: one after the other, or with `--follow`
/// all at once until every one has stopped.
pub(crate) fn exec_prefixed(engine: &Engine, args: LogsArgs) -> anyhow::Result<()> {
    let opts = options(&args)?;
    let mut failed: Option<anyhow::Error> = None;
    let mut fail = |e: anyhow::Error| {
        if let Some(prev) = failed.replace(e) {
            crate::error::report(&prev);
        }
    };
    let mut sources = Vec::new();
    for c in &args.containers {
        match crate::engine::containers::ops::find(engine, c) {
            Ok((record, _)) => {
                let prefix = if args.names { record.name.clone() } else { record.short_id().to_string() };
                sources.push(Source { id: record.id, prefix: format!("{prefix} ") });
            }
            Err(e) => fail(e),
        }
    }
    let (out, err) = logs_many::stdio();
    for e in logs_many::show(engine, &sources, &opts, out, err) {
        fail(e);
    }
    failed.map_or(Ok(()), Err)
}

#[cfg(test)]
mod tests {
    use super::parse_tail;

    #[test]
    fn tail_values() {
        assert_eq!(parse_tail("all").unwrap(), None);
        assert_eq!(parse_tail("-1").unwrap(), None);
        assert_eq!(parse_tail("5").unwrap(), Some(5));
        assert_eq!(parse_tail("0").unwrap(), Some(0));
        assert!(parse_tail("five").is_err());
    }
}
