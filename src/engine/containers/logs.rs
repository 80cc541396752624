//! `logs`: replays a container's log file (k8s-file or json-file, see
//! [`crate::container::logs`]) to stdout and stderr, and with `follow` keeps
//! reading as the monitor appends, across rotations, until the container
//! stops. Rotated files (`ctr.log.2`, `ctr.log.1`, see
//! [`crate::container::logs::LogLimits`]) are read oldest first; `--follow`
//! drains the file it holds, then the rotated files newer than it, then the
//! new live file (only what max-file dropped before it was read is lost).

use crate::container::logs::{parse_line, Driver, Entry, Stream};
use crate::engine::Engine;
use anyhow::{anyhow, bail, Context, Result};
use chrono::{DateTime, SecondsFormat, Utc};
use std::fs::File;
use std::io::{Read, Write};
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// What `logs` asked for.
#[derive(Debug, Clone, Default)]
pub struct LogsOptions {
    pub follow: bool,
    /// Prefix each line with its RFC 3339 nano timestamp.
    pub timestamps: bool,
    /// Only the last N lines (`--tail`); `None` is all.
    pub tail: Option<usize>,
    pub since: Option<DateTime<Utc>>,
    pub until: Option<DateTime<Utc>>,
}

/// How often `--follow` looks for new output and checks the container.
const POLL: Duration = Duration::from_millis(100);

/// A complete line (or the unterminated tail of a stream) as `logs` prints it.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub time: DateTime<Utc>,
    pub stream: Stream,
    pub text: Vec<u8>,
}

/// Joins partial entries (`P` in k8s-file, no trailing newline in json-file)
/// into whole lines, per stream, so `--tail` counts lines as docker does.
#[derive(Default)]
pub struct Joiner {
    pending: [Option<Line>; 2],
}

impl Joiner {
    fn slot(stream: Stream) -> usize {
        match stream {
            Stream::Stdout => 0,
            Stream::Stderr => 1,
        }
    }

    /// Adds one entry; returns a line when this entry completes one.
    pub fn push(&mut self, e: Entry) -> Option<Line> {
        let slot = &mut self.pending[Self::slot(e.stream)];
        let line = match slot.take() {
            Some(mut l) => {
                l.text.extend_from_slice(&e.text);
                l
            }
            None => Line {
                time: e.time,
                stream: e.stream,
                text: e.text,
            },
        };
        if line.text.ends_with(b"\n") {
            Some(line)
        } else {
            *slot = Some(line);
            None
        }
    }

    /// Unterminated output still pending (the container ended mid-line).
    pub fn flush(&mut self) -> Vec<Line> {
        let mut out: Vec<Line> = self.pending.iter_mut().filter_map(Option::take).collect();
        out.sort_by_key(|l| l.time);
        out
    }
}

/// Where a container's log is, and in which format; fails for `--log-driver none`.
pub fn log_file(
    engine: &Engine,
    record: &crate::container::ContainerRecord,
) -> Result<(PathBuf, Driver)> {
    let driver = Driver::parse(&record.host.log_driver).map_err(|e| anyhow!(e))?;
    if driver == Driver::None {
        bail!("the container's logging driver is none: no logs are kept (create it with --log-driver k8s-file or json-file to read its logs)");
    }
    Ok((
        super::ops::containers(engine)
            .dir(&record.id)
            .join("ctr.log"),
        driver,
    ))
}

/// Writes lines to the right stream, with `-t` timestamps.
struct Printer<'a> {
    out: &'a mut dyn Write,
    err: &'a mut dyn Write,
    timestamps: bool,
    since: Option<DateTime<Utc>>,
    until: Option<DateTime<Utc>>,
}

impl Printer<'_> {
    fn print(&mut self, line: &Line) -> std::io::Result<()> {
        if self.since.is_some_and(|s| line.time < s) || self.until.is_some_and(|u| line.time > u) {
            return Ok(());
        }
        let w: &mut dyn Write = match line.stream {
            Stream::Stdout => &mut *self.out,
            Stream::Stderr => &mut *self.err,
        };
        if self.timestamps {
            write!(
                w,
                "{} ",
                line.time.to_rfc3339_opts(SecondsFormat::Nanos, true)
            )?;
        }
        w.write_all(&line.text)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.out.flush()?;
        self.err.flush()
    }
}

/// Reads a log file from an offset, yielding whole lines of the file and
/// keeping an unterminated last line for the next read (the writer may be
/// in the middle of it).
struct Tail {
    file: File,
    inode: u64,
    buf: Vec<u8>,
}

impl Tail {
    fn open(path: &Path) -> Option<Tail> {
        let file = File::open(path).ok()?;
        let inode = file.metadata().ok()?.ino();
        Some(Tail {
            file,
            inode,
            buf: Vec::new(),
        })
    }

    /// Everything new, as parsed entries.
    fn read(&mut self, driver: Driver) -> std::io::Result<Vec<Entry>> {
        self.file.read_to_end(&mut self.buf)?;
        let Some(end) = self.buf.iter().rposition(|b| *b == b'\n') else {
            return Ok(vec![]);
        };
        let complete: Vec<u8> = self.buf.drain(..=end).collect();
        Ok(complete
            .split(|b| *b == b'\n')
            .filter(|l| !l.is_empty())
            .filter_map(|l| parse_line(l, driver))
            .collect())
    }
}

/// Prints a container's logs; with `follow`, keeps going until it stops.
pub fn logs(
    engine: &Engine,
    query: &str,
    opts: &LogsOptions,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<()> {
    let (record, _) = super::ops::find(engine, query)?;
    let (path, driver) = log_file(engine, &record)?;
    let mut printer = Printer {
        out,
        err,
        timestamps: opts.timestamps,
        since: opts.since,
        until: opts.until,
    };
    let mut joiner = Joiner::default();

    // Open the live file first: if it is rotated while we read the older
    // files, the rotated file is the one we hold, and is not read twice.
    let mut current = Tail::open(&path);
    let mut lines = Vec::new();
    let live_inode = current.as_ref().map(|c| c.inode);
    for rotated in crate::container::logs::rotated_files(&path) {
        let Some(mut old) = Tail::open(&rotated).filter(|o| Some(o.inode) != live_inode) else {
            continue;
        };
        for e in old
            .read(driver)
            .with_context(|| format!("reading {}", rotated.display()))?
        {
            lines.extend(joiner.push(e));
        }
    }
    if let Some(cur) = current.as_mut() {
        for e in cur
            .read(driver)
            .with_context(|| format!("reading {}", path.display()))?
        {
            lines.extend(joiner.push(e));
        }
    }
    if !opts.follow {
        lines.extend(joiner.flush());
    }
    let skip = opts.tail.map_or(0, |n| lines.len().saturating_sub(n));
    for l in &lines[skip..] {
        printer.print(l).context("writing logs")?;
    }
    printer.flush().context("writing logs")?;
    if !opts.follow {
        return Ok(());
    }

    loop {
        // Look at the state before reading, so output written just before
        // the exit is read by the final pass.
        let running = match super::ops::find(engine, &record.id) {
            Ok((_, s)) => super::ops::is_running(&s),
            Err(_) => false,
        };
        let past_until = opts.until.is_some_and(|u| Utc::now() > u);
        // Drain the file we hold, then switch if the writer rotated it.
        if let Some(cur) = current.as_mut() {
            for e in cur
                .read(driver)
                .with_context(|| format!("reading {}", path.display()))?
            {
                if let Some(l) = joiner.push(e) {
                    printer.print(&l).context("writing logs")?;
                }
            }
        }
        let live_inode = std::fs::metadata(&path).ok().map(|m| m.ino());
        let held = current.as_ref().map(|c| c.inode);
        if live_inode.is_some() && live_inode != held {
            // Rotated: the files newer than the one drained (all of them
            // when it was dropped already) come before the new live file.
            // The new live file is opened first, as at the start.
            let next = Tail::open(&path);
            let next_inode = next.as_ref().map(|t| t.inode);
            let rotated: Vec<_> = crate::container::logs::rotated_files(&path)
                .into_iter()
                .filter_map(|p| Tail::open(&p).map(|t| (p, t)))
                .filter(|(_, t)| Some(t.inode) != next_inode)
                .collect();
            let newer = rotated.iter().position(|(_, t)| Some(t.inode) == held).map_or(0, |i| i + 1);
            for (p, mut t) in rotated.into_iter().skip(newer) {
                for e in t.read(driver).with_context(|| format!("reading {}", p.display()))? {
                    if let Some(l) = joiner.push(e) {
                        printer.print(&l).context("writing logs")?;
                    }
                }
            }
            current = next;
            continue;
        }
        printer.flush().context("writing logs")?;
        if !running || past_until {
            break;
        }
        std::thread::sleep(POLL);
    }
    for l in joiner.flush() {
        printer.print(&l).context("writing logs")?;
    }
    printer.flush().context("writing logs")?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Duration as D;

    fn now() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2024-05-01T12:00:00Z")
            .unwrap()
            .with_timezone(&Utc)
    }

    fn entry(stream: Stream, text: &str, secs: i64) -> Entry {
        Entry {
            time: now() + D::seconds(secs),
            stream,
            text: text.as_bytes().to_vec(),
        }
    }

    #[test]
    fn partial_entries_are_joined_per_stream() {
        let mut j = Joiner::default();
        assert_eq!(j.push(entry(Stream::Stdout, "hel", 0)), None);
        let e = j.push(entry(Stream::Stderr, "err\n", 1)).unwrap();
        assert_eq!(e.text, b"err\n");
        let l = j.push(entry(Stream::Stdout, "lo\n", 2)).unwrap();
        assert_eq!(l.text, b"hello\n");
        assert_eq!(l.time, now(), "a joined line keeps its first piece's time");
        assert_eq!(j.push(entry(Stream::Stdout, "tail", 3)), None);
        let rest = j.flush();
        assert_eq!(rest.len(), 1);
        assert_eq!(rest[0].text, b"tail");
        assert!(j.flush().is_empty());
    }

    #[test]
    fn printer_routes_streams_and_stamps() {
        let (mut out, mut err) = (Vec::new(), Vec::new());
        {
            let mut p = Printer {
                out: &mut out,
                err: &mut err,
                timestamps: true,
                since: Some(now() + D::seconds(1)),
                until: None,
            };
            p.print(&Line {
                time: now(),
                stream: Stream::Stdout,
                text: b"old\n".to_vec(),
            })
            .unwrap();
            p.print(&Line {
                time: now() + D::seconds(2),
                stream: Stream::Stdout,
                text: b"new\n".to_vec(),
            })
            .unwrap();
            p.print(&Line {
                time: now() + D::seconds(3),
                stream: Stream::Stderr,
                text: b"bad\n".to_vec(),
            })
            .unwrap();
        }
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "2024-05-01T12:00:02.000000000Z new\n"
        );
        assert_eq!(
            String::from_utf8(err).unwrap(),
            "2024-05-01T12:00:03.000000000Z bad\n"
        );
    }

    #[test]
    fn tail_keeps_unfinished_lines_for_later() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("ctr.log");
        std::fs::write(
            &p,
            "2024-05-01T12:00:00Z stdout F one\n2024-05-01T12:00:01Z stdout F tw",
        )
        .unwrap();
        let mut t = Tail::open(&p).unwrap();
        let first = t.read(Driver::K8sFile).unwrap();
        assert_eq!(first.len(), 1);
        let mut f = std::fs::OpenOptions::new().append(true).open(&p).unwrap();
        f.write_all(b"o\n").unwrap();
        let second = t.read(Driver::K8sFile).unwrap();
        assert_eq!(second.len(), 1);
        assert_eq!(second[0].text, b"two\n");
    }
}
