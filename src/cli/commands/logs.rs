//! `dhow logs` / `dhow container logs`: a container's output, stdout to
//! stdout and stderr to stderr, as docker replays it.

use crate::engine::containers::logs::{self, LogsOptions};
use crate::engine::Engine;
use anyhow::Context;
use clap::Args;
use std::io::Write;

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
    /// Follow log output until the container stops
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
    if containers.len() > 1 && args.follow {
        anyhow::bail!("following the logs of several containers at once is not supported yet: run one 'dhow logs -f' per container");
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

/// The logs of `args.containers` one after the other, every line prefixed
/// with its container's short ID (its name with `--names`), as podman does
/// for several containers and for `pod logs`.
pub(crate) fn exec_prefixed(engine: &Engine, args: LogsArgs) -> anyhow::Result<()> {
    let opts = options(&args)?;
    let stdout = std::io::stdout();
    let stderr = std::io::stderr();
    let (mut out, mut err) = (stdout.lock(), stderr.lock());
    super::for_each_name(&args.containers, |c| {
        let (record, _) = crate::engine::containers::ops::find(engine, c)?;
        let prefix = if args.names { record.name.clone() } else { record.short_id().to_string() };
        let (mut o, mut e) = (LinePrefix::new(&mut out, &prefix), LinePrefix::new(&mut err, &prefix));
        logs::logs(engine, &record.id, &opts, &mut o, &mut e)?;
        Ok(None)
    })
}

/// Writes `PREFIX ` at the start of every line, as podman marks the lines
/// of several containers.
struct LinePrefix<'a> {
    inner: &'a mut dyn Write,
    prefix: String,
    at_line_start: bool,
}

impl<'a> LinePrefix<'a> {
    fn new(inner: &'a mut dyn Write, prefix: &str) -> Self {
        LinePrefix { inner, prefix: format!("{prefix} "), at_line_start: true }
    }
}

impl Write for LinePrefix<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        for piece in buf.split_inclusive(|b| *b == b'\n') {
            if self.at_line_start {
                self.inner.write_all(self.prefix.as_bytes())?;
            }
            self.inner.write_all(piece)?;
            self.at_line_start = piece.ends_with(b"\n");
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::{parse_tail, LinePrefix};
    use std::io::Write;

    #[test]
    fn prefixes_every_line_across_writes() {
        let mut buf = Vec::new();
        let mut w = LinePrefix::new(&mut buf, "c1");
        w.write_all(b"a\nb").unwrap();
        w.write_all(b"c\n\nd\n").unwrap();
        assert_eq!(String::from_utf8(buf).unwrap(), "c1 a\nc1 bc\nc1 \nc1 d\n");
    }

    #[test]
    fn tail_values() {
        assert_eq!(parse_tail("all").unwrap(), None);
        assert_eq!(parse_tail("-1").unwrap(), None);
        assert_eq!(parse_tail("5").unwrap(), Some(5));
        assert_eq!(parse_tail("0").unwrap(), Some(0));
        assert!(parse_tail("five").is_err());
    }
}
