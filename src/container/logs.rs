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

/// Appends container output to the log file, rotating at `max_size` bytes.
pub struct LogWriter {
    driver: Driver,
    path: PathBuf,
    file: Option<File>,
    written: u64,
    max_size: Option<u64>,
}

impl LogWriter {
    pub fn open(path: &Path, driver: Driver, max_size: Option<u64>) -> Result<LogWriter> {
        let file = if driver == Driver::None {
            None
        } else {
            Some(OpenOptions::new().create(true).append(true).open(path).with_context(|| format!("opening log {}", path.display()))?)
        };
        let written = file.as_ref().and_then(|f| f.metadata().ok()).map_or(0, |m| m.len());
        Ok(LogWriter { driver, path: path.to_path_buf(), file, written, max_size })
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

    fn rotate_if_needed(&mut self, incoming: u64) -> std::io::Result<()> {
        let Some(max) = self.max_size else { return Ok(()) };
        if self.written + incoming <= max || self.written == 0 {
            return Ok(());
        }
        let old = self.path.with_extension("log.1");
        std::fs::rename(&self.path, &old)?;
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

/// Reads all entries of a log (rotated part first).
pub fn read_all(path: &Path, driver: Driver) -> Result<Vec<Entry>> {
    let mut entries = Vec::new();
    for p in [path.with_extension("log.1"), path.to_path_buf()] {
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
            let mut w = LogWriter::open(&path, driver, None).unwrap();
            w.write(Stream::Stdout, b"hello\nwor").unwrap();
            w.write(Stream::Stderr, b"oops\n").unwrap();
            w.write(Stream::Stdout, b"ld\n").unwrap();
            let entries = read_all(&path, driver).unwrap();
            let out: Vec<u8> = entries.iter().filter(|e| e.stream == Stream::Stdout).flat_map(|e| e.text.clone()).collect();
            assert_eq!(out, b"hello\nworld\n");
            assert_eq!(entries.iter().filter(|e| e.stream == Stream::Stderr).count(), 1);
        }
    }

    #[test]
    fn rotates() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ctr.log");
        let mut w = LogWriter::open(&path, Driver::K8sFile, Some(100)).unwrap();
        for _ in 0..10 {
            w.write(Stream::Stdout, b"0123456789\n").unwrap();
        }
        assert!(path.with_extension("log.1").exists());
        assert!(std::fs::metadata(&path).unwrap().len() <= 100);
    }

    #[test]
    fn damaged_lines_are_skipped() {
        assert!(parse_line(b"garbage", Driver::K8sFile).is_none());
        assert!(parse_line(b"{}", Driver::JsonFile).is_none());
        assert!(parse_line(b"2024-01-01T00:00:00Z bogus F x", Driver::K8sFile).is_none());
    }
}
