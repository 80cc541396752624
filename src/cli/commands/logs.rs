//! `dhow logs` / `dhow container logs`: a container's output, stdout to
//! stdout and stderr to stderr, as docker replays it.

use crate::engine::containers::logs::{self, LogsOptions};
use crate::engine::Engine;
use anyhow::Context;
use clap::Args;

#[derive(Args, Debug)]
pub struct LogsArgs {
    /// Container to show the logs of
    #[arg(value_name = "CONTAINER")]
    pub container: String,
    /// Follow log output until the container stops
    #[arg(short, long)]
    pub follow: bool,
    /// Show timestamps
    #[arg(short, long)]
    pub timestamps: bool,
    /// Number of lines to show from the end of the logs ("all" for every line)
    #[arg(short = 'n', long, value_name = "N|all", default_value = "all")]
    pub tail: String,
    /// Show logs since a timestamp (2024-01-02T15:04:05Z) or relative time (10m)
    #[arg(long, value_name = "TIME")]
    pub since: Option<String>,
    /// Show logs before a timestamp (2024-01-02T15:04:05Z) or relative time (10m)
    #[arg(long, value_name = "TIME")]
    pub until: Option<String>,
    /// Show extra details (accepted for compatibility; there are none)
    #[arg(long)]
    pub details: bool,
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

pub fn exec(engine: &Engine, args: LogsArgs) -> anyhow::Result<()> {
    let now = chrono::Utc::now();
    let opts = LogsOptions {
        follow: args.follow,
        timestamps: args.timestamps,
        tail: parse_tail(&args.tail)?,
        since: args
            .since
            .as_deref()
            .map(|s| crate::util::timestamp::parse(s, now))
            .transpose()
            .context("--since")?,
        until: args
            .until
            .as_deref()
            .map(|s| crate::util::timestamp::parse(s, now))
            .transpose()
            .context("--until")?,
    };
    let stdout = std::io::stdout();
    let stderr = std::io::stderr();
    let (mut out, mut err) = (stdout.lock(), stderr.lock());
    logs::logs(engine, &args.container, &opts, &mut out, &mut err)
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
