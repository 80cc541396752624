//! Container logs in podman's k8s-file format (the default) or docker's
//! json-file format, written by the monitor and read by `dhow logs`.
//!
//! k8s-file: `<RFC 3339 nano time> <stdout|stderr> <F|P> <text>` per line; `P`
//! marks a partial line (output that did not end in a newline when it was
//! read), so a reader can put the exact byte stream back together.

use anyhow::{Context, Result};
use chrono::{DateTime, SecondsFormat, Utc};
use std::fs::{File, OpenOptions};
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stream {
    Stdout,
    Stderr,
}

impl Stream {
    fn as_str(self) -> &'static str {
        match self {
            Stream::Stdout => "stdout",
            Stream::Stderr => "stderr",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Driver {
    K8sFile,
    JsonFile,
    None,
}

impl Driver {
    pub fn parse(s: &str) -> Result<Driver, String> {
        match s {
            "" | "k8s-file" => Ok(Driver::K8sFile),
            "json-file" => Ok(Driver::JsonFile),
            "none" => Ok(Driver::None),
            other => Err(format!("unsupported log driver {other:?}: use k8s-file, json-file or none")),
        }
    }
}

/// Log size limits from `--log-opt` (docker's json-file keys, which
/// podman's k8s-file also takes): `max-size` is the size at which the live
/// file is rotated (`-1`: never), `max-file` how many files are kept in all,
/// the live one included (`ctr.log`, then `ctr.log.1` the newest rotated, up
/// to `ctr.log.<max-file - 1>`). As in docker, `max-file` alone defaults to 1
/// when only `max-size` is given (the live file is started afresh).
/// Without either, dhow caps a log at [`DEFAULT_MAX_SIZE`] ×
/// [`DEFAULT_MAX_FILES`] (docker and podman keep logs unbounded by default;
/// an unbounded log is a disk-filling hazard, `max-size=-1` restores it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LogLimits {
    pub max_size: Option<u64>,
    pub max_files: u32,
}

/// The default `max-size` when no `--log-opt max-size` is given.
pub const DEFAULT_MAX_SIZE: u64 = 10 << 20;
/// The default `max-file` when neither `max-size` nor `max-file` is given.
pub const DEFAULT_MAX_FILES: u32 = 3;
/// More rotated files than this are refused (and never looked for).
const MAX_FILES_LIMIT: u32 = 100;

impl LogLimits {
    /// Reads `max-size` and `max-file` from the container's log options;
    /// other keys (`tag`, `path`, `labels`, ...) are left to others.
    pub fn from_opts(opts: &std::collections::BTreeMap<String, String>) -> Result<LogLimits> {
        let size = opts.get("max-size").map(|s| s.trim());
        let files = opts.get("max-file").map(|s| s.trim());
        let max_files = match files {
            Some(f) => match f.parse::<u32>() {
                Ok(n) if (1..=MAX_FILES_LIMIT).contains(&n) => n,
                _ => anyhow::bail!("invalid --log-opt max-file={f:?}: use a whole number from 1 to {MAX_FILES_LIMIT}"),
            },
            None if size.is_some() => 1,
            None => DEFAULT_MAX_FILES,
        };
        let max_size = match size {
            Some("-1") => None,
            Some(s) => {
                let n = crate::util::human::parse_size(s).map_err(|e| anyhow::anyhow!("invalid --log-opt max-size: {e}"))?;
                if n == 0 {
                    anyhow::bail!("invalid --log-opt max-size={s:?}: it must be larger than 0 (or -1 for no limit)");
                }
                Some(n)
            }
            None => Some(DEFAULT_MAX_SIZE),
        };
        if max_size.is_none() && max_files > 1 {
            anyhow::bail!("invalid --log-opt max-file={max_files}: it needs a max-size (logs are rotated at max-size)");
        }
        Ok(LogLimits { max_size, max_files })
    }
}

/// The rotated files of a log, oldest first (`ctr.log.2`, `ctr.log.1`),
/// as far as they exist.
pub fn rotated_files(path: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = (1..MAX_FILES_LIMIT).map(|k| rotated(path, k)).take_while(|p| p.exists()).collect();
    out.reverse();
    out
}

/// `ctr.log.K`.
fn rotated(path: &Path, k: u32) -> PathBuf {
    let mut s = path.as_os_str().to_os_string();
    s.push(format!(".{k}"));
    PathBuf::from(s)
}

/// Appends container output to the log file, rotating at `max_size` bytes.
pub struct LogWriter {
    driver: Driver,
    path: PathBuf,
    file: Option<File>,
    written: u64,
    limits: LogLimits,
}

impl LogWriter {
    pub fn open(path: &Path, driver: Driver, limits: LogLimits) -> Result<LogWriter> {
        let file = if driver == Driver::None {
            None
        } else {
            Some(OpenOptions::new().create(true).append(true).open(path).with_context(|| format!("opening log {}", path.display()))?)
        };
        let written = file.as_ref().and_then(|f| f.metadata().ok()).map_or(0, |m| m.len());
        Ok(LogWriter { driver, path: path.to_path_buf(), file, written, limits })
    }

    /// Records one chunk of output as read from the container.
    pub fn write(&mut self, stream: Stream, data: &[u8]) -> std::io::Result<()> {
        if self.file.is_none() || data.is_empty() {
            return Ok(());
        }
        let now = Utc::now().to_rfc3339_opts(SecondsFormat::Nanos, false);
        // Line by line, so rotation at `max_size` happens between lines even
        // when one read brought many of them.
        for piece in data.split_inclusive(|b| *b == b'\n') {
            let (text, full) = match piece.strip_suffix(b"\n") {
                Some(t) => (t, true),
                None => (piece, false),
            };
            let mut out = Vec::with_capacity(piece.len() + 64);
            match self.driver {
                Driver::K8sFile => {
                    out.extend_from_slice(format!("{now} {} {} ", stream.as_str(), if full { 'F' } else { 'P' }).as_bytes());
                    out.extend_from_slice(text);
                    out.push(b'\n');
                }
                Driver::JsonFile => {
                    let line = serde_json::json!({
                        "log": String::from_utf8_lossy(piece),
                        "stream": stream.as_str(),
                        "time": now,
                    });
                    out.extend_from_slice(line.to_string().as_bytes());
                    out.push(b'\n');
                }
                Driver::None => {}
            }
            self.rotate_if_needed(out.len() as u64)?;
            if let Some(f) = self.file.as_mut() {
                f.write_all(&out)?;
                self.written += out.len() as u64;
            }
        }
        Ok(())
    }

    /// Before a line that would take the live file past `max_size`: shifts
    /// `ctr.log.K` to `K+1` (dropping the oldest), the live file to
    /// `ctr.log.1` (or drops it, with `max-file=1`) and starts a new one. A
    /// reader following the log sees a new inode at the path.
    fn rotate_if_needed(&mut self, incoming: u64) -> std::io::Result<()> {
        let Some(max) = self.limits.max_size else { return Ok(()) };
        if self.written + incoming <= max || self.written == 0 {
            return Ok(());
        }
        let keep = self.limits.max_files.saturating_sub(1);
        if keep == 0 {
            std::fs::remove_file(&self.path)?;
        } else {
            for k in (1..keep).rev() {
                match std::fs::rename(rotated(&self.path, k), rotated(&self.path, k + 1)) {
                    Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e),
                    _ => {}
                }
            }
            std::fs::rename(&self.path, rotated(&self.path, 1))?;
        }
        self.file = Some(OpenOptions::new().create(true).append(true).open(&self.path)?);
        self.written = 0;
        Ok(())
    }
}

/// One decoded log entry.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub time: DateTime<Utc>,
    pub stream: Stream,
    /// The text, with its newline when the line was complete.
    pub text: Vec<u8>,
}

/// Parses one line of a log file (either format); None for damaged lines.
pub fn parse_line(line: &[u8], driver: Driver) -> Option<Entry> {
    match driver {
        Driver::K8sFile => {
            let mut parts = line.splitn(4, |b| *b == b' ');
            let time = std::str::from_utf8(parts.next()?).ok()?;
            let stream = match parts.next()? {
                b"stdout" => Stream::Stdout,
                b"stderr" => Stream::Stderr,
                _ => return None,
            };
            let full = parts.next()? == b"F";
            let mut text = parts.next().unwrap_or(b"").to_vec();
            if full {
                text.push(b'\n');
            }
            Some(Entry { time: DateTime::parse_from_rfc3339(time).ok()?.with_timezone(&Utc), stream, text })
        }
        Driver::JsonFile => {
            let v: serde_json::Value = serde_json::from_slice(line).ok()?;
            let stream = if v["stream"] == "stderr" { Stream::Stderr } else { Stream::Stdout };
            let time = DateTime::parse_from_rfc3339(v["time"].as_str()?).ok()?.with_timezone(&Utc);
            Some(Entry { time, stream, text: v["log"].as_str()?.as_bytes().to_vec() })
        }
        Driver::None => None,
    }
}

/// Reads all entries of a log (rotated files first, oldest first).
pub fn read_all(path: &Path, driver: Driver) -> Result<Vec<Entry>> {
    let mut entries = Vec::new();
    for p in rotated_files(path).into_iter().chain([path.to_path_buf()]) {
        let Ok(f) = File::open(&p) else { continue };
        for line in BufReader::new(f).split(b'\n') {
            if let Some(e) = parse_line(&line?, driver) {
                entries.push(e);
            }
        }
    }
    Ok(entries)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_partial_lines() {
        for driver in [Driver::K8sFile, Driver::JsonFile] {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("ctr.log");
            let mut w = LogWriter::open(&path, driver, LogLimits { max_size: None, max_files: 1 }).unwrap();
            w.write(Stream::Stdout, b"hello\nwor").unwrap();
            w.write(Stream::Stderr, b"oops\n").unwrap();
            w.write(Stream::Stdout, b"ld\n").unwrap();
            let entries = read_all(&path, driver).unwrap();
            let out: Vec<u8> = entries.iter().filter(|e| e.stream == Stream::Stdout).flat_map(|e| e.text.clone()).collect();
            assert_eq!(out, b"hello\nworld\n");
            assert_eq!(entries.iter().filter(|e| e.stream == Stream::Stderr).count(), 1);
        }
    }

    fn lines(path: &Path) -> Vec<String> {
        read_all(path, Driver::K8sFile).unwrap().iter().map(|e| String::from_utf8_lossy(&e.text).trim_end().to_string()).collect()
    }

    #[test]
    fn rotates_keeping_max_file_files_in_order() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ctr.log");
        let mut w = LogWriter::open(&path, Driver::K8sFile, LogLimits { max_size: Some(200), max_files: 3 }).unwrap();
        for i in 0..100 {
            w.write(Stream::Stdout, format!("line-{i:03}\n").as_bytes()).unwrap();
        }
        assert_eq!(rotated_files(&path), [dir.path().join("ctr.log.2"), dir.path().join("ctr.log.1")]);
        assert!(!dir.path().join("ctr.log.3").exists(), "no more than max-file files");
        let mut total = 0;
        for p in rotated_files(&path).iter().chain([&path]) {
            let n = std::fs::metadata(p).unwrap().len();
            assert!(n <= 200, "{} has {n} bytes", p.display());
            total += n;
        }
        assert!(total <= 600);
        let got = lines(&path);
        assert_eq!(got.last().unwrap(), "line-099", "the newest line is kept");
        assert!(!got.contains(&"line-000".to_string()), "the oldest lines are dropped");
        let want: Vec<String> = (100 - got.len()..100).map(|i| format!("line-{i:03}")).collect();
        assert_eq!(got, want, "what is kept is the newest lines, in order, across the files");
    }

    #[test]
    fn max_file_one_starts_afresh() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ctr.log");
        let mut w = LogWriter::open(&path, Driver::JsonFile, LogLimits { max_size: Some(300), max_files: 1 }).unwrap();
        for i in 0..50 {
            w.write(Stream::Stdout, format!("line-{i:03}\n").as_bytes()).unwrap();
        }
        assert!(rotated_files(&path).is_empty());
        assert!(std::fs::metadata(&path).unwrap().len() <= 300);
        assert!(read_all(&path, Driver::JsonFile).unwrap().last().unwrap().text.starts_with(b"line-049"));
    }

    #[test]
    fn limits_from_log_opts() {
        let opts = |kv: &[(&str, &str)]| kv.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect::<std::collections::BTreeMap<_, _>>();
        assert_eq!(LogLimits::from_opts(&opts(&[])).unwrap(), LogLimits { max_size: Some(DEFAULT_MAX_SIZE), max_files: DEFAULT_MAX_FILES });
        assert_eq!(LogLimits::from_opts(&opts(&[("max-size", "2k")])).unwrap(), LogLimits { max_size: Some(2048), max_files: 1 });
        assert_eq!(LogLimits::from_opts(&opts(&[("max-size", "1m"), ("max-file", "4")])).unwrap(), LogLimits { max_size: Some(1 << 20), max_files: 4 });
        assert_eq!(LogLimits::from_opts(&opts(&[("max-size", "-1")])).unwrap(), LogLimits { max_size: None, max_files: 1 });
        assert_eq!(LogLimits::from_opts(&opts(&[("max-file", "2")])).unwrap(), LogLimits { max_size: Some(DEFAULT_MAX_SIZE), max_files: 2 });
        assert_eq!(LogLimits::from_opts(&opts(&[("tag", "x")])).unwrap().max_size, Some(DEFAULT_MAX_SIZE));
        for bad in [&[("max-file", "0")][..], &[("max-file", "x")], &[("max-size", "0")], &[("max-size", "ten")], &[("max-size", "-1"), ("max-file", "3")]] {
            let e = LogLimits::from_opts(&opts(bad)).unwrap_err().to_string();
            assert!(e.contains("--log-opt"), "{e}");
        }
    }

    #[test]
    fn damaged_lines_are_skipped() {
        assert!(parse_line(b"garbage", Driver::K8sFile).is_none());
        assert!(parse_line(b"{}", Driver::JsonFile).is_none());
        assert!(parse_line(b"2024-01-01T00:00:00Z bogus F x", Driver::K8sFile).is_none());
    }
}
