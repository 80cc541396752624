//! The event log behind `dhow events`.
//!
//! There is no daemon to broadcast events, so every dhow process (CLI
//! commands and container monitors) appends what it did to one file,
//! `<runroot>/events.log` (`$XDG_RUNTIME_DIR/dhow/events.log`, podman's
//! `events_logger = "file"`): one JSON object per line, written with
//! `O_APPEND` in a single `write(2)`, which the kernel does not interleave
//! with other appenders for lines this small. It lives in the runtime dir
//! because events describe this boot's activity, like podman's.
//!
//! Emitting never fails the operation that emits: a lost event is reported
//! on stderr only when `DHOW_DEBUG` is set.
//!
//! Rotation: once the file passes [`max_size`] (podman's
//! `events_logfile_max_size`, 1 MiB by default; `DHOW_EVENTS_LOGFILE_MAX_SIZE`
//! sets it, `-1` for none), the writer that noticed renames it to
//! `events.log.1` (replacing the previous one) under `events.lock`, so the
//! log never takes more than about twice that. Readers read `events.log.1`
//! before `events.log`, and a follower moves to the new file when the path
//! gets a new inode.

use crate::config::paths::Paths;
use anyhow::{anyhow, bail, Context, Result};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::io::{BufRead, Read, Seek, Write};
use std::os::unix::fs::MetadataExt;
use std::path::PathBuf;

/// One event, as stored (one JSON line) and as `--format json` prints it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// `container` or `image`.
    #[serde(rename = "Type")]
    pub kind: String,
    /// What happened: `create`, `start`, `die`, `pull`, ...
    #[serde(rename = "Status")]
    pub action: String,
    #[serde(rename = "ID")]
    pub id: String,
    #[serde(rename = "Name", default)]
    pub name: String,
    #[serde(rename = "Image", default)]
    pub image: String,
    #[serde(
        rename = "Attributes",
        default,
        skip_serializing_if = "BTreeMap::is_empty"
    )]
    pub attributes: BTreeMap<String, String>,
    #[serde(rename = "Time")]
    pub time: DateTime<Utc>,
}

impl Event {
    /// A container event for `record`, stamped now.
    pub fn container(action: &str, record: &crate::container::ContainerRecord) -> Event {
        Event {
            kind: "container".into(),
            action: action.into(),
            id: record.id.clone(),
            name: record.name.clone(),
            image: record.image_name.clone(),
            attributes: BTreeMap::new(),
            time: Utc::now(),
        }
    }

    /// An image event: `id` is the image ID (hex), `name` the reference.
    pub fn image(action: &str, id: &str, name: &str) -> Event {
        Event {
            kind: "image".into(),
            action: action.into(),
            id: id.trim_start_matches("sha256:").to_string(),
            name: name.to_string(),
            image: String::new(),
            attributes: BTreeMap::new(),
            time: Utc::now(),
        }
    }

    /// Adds an attribute (`exitCode`, `signal`, `oldName`, ...).
    pub fn with(mut self, key: &str, value: impl ToString) -> Event {
        self.attributes.insert(key.to_string(), value.to_string());
        self
    }

    /// podman's human line:
    /// `2026-11-26 17:00:00.123456789 +0000 UTC container start ID (image=…, name=…)`.
    pub fn human(&self) -> String {
        let mut attrs = Vec::new();
        if self.kind == "container" {
            attrs.push(format!("image={}", self.image));
            attrs.push(format!("name={}", self.name));
        } else if !self.name.is_empty() {
            attrs.push(format!("name={}", self.name));
        }
        for (k, v) in &self.attributes {
            attrs.push(format!("{k}={v}"));
        }
        format!(
            "{} {} {} {} ({})",
            self.time.format("%Y-%m-%d %H:%M:%S%.9f +0000 UTC"),
            self.kind,
            self.action,
            self.id,
            attrs.join(", ")
        )
    }
}

/// The log file.
pub fn log_path(paths: &Paths) -> PathBuf {
    paths.runroot.join("events.log")
}

/// The previous log file, moved aside by the last rotation.
pub fn rotated_path(paths: &Paths) -> PathBuf {
    paths.runroot.join("events.log.1")
}

/// podman's default `events_logfile_max_size`.
pub const DEFAULT_MAX_SIZE: u64 = 1 << 20;

/// The size at which the event log is rotated (None: never).
pub fn max_size() -> Option<u64> {
    match std::env::var("DHOW_EVENTS_LOGFILE_MAX_SIZE") {
        Ok(v) if v.trim() == "-1" => None,
        Ok(v) => Some(
            crate::util::human::parse_size(&v)
                .ok()
                .filter(|n| *n > 0)
                .unwrap_or(DEFAULT_MAX_SIZE),
        ),
        Err(_) => Some(DEFAULT_MAX_SIZE),
    }
}

/// Moves a log past `max` to `events.log.1`. Under the lock, and only if
/// the file at the path is still too big, so concurrent writers that all
/// noticed rotate once.
fn rotate(paths: &Paths, max: u64) -> Result<()> {
    let _lock = crate::util::lock::FileLock::exclusive(&paths.runroot.join("events.lock"))?;
    let path = log_path(paths);
    if std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0) > max {
        std::fs::rename(&path, rotated_path(paths))
            .with_context(|| format!("rotating the event log {}", path.display()))?;
    }
    Ok(())
}

/// Appends `event` to the log in one write. Never fails the caller.
pub fn emit(paths: &Paths, event: Event) {
    if let Err(e) = try_emit(paths, &event) {
        if std::env::var_os("DHOW_DEBUG").is_some() {
            eprintln!(
                "dhow: recording event {} {}: {e:#}",
                event.kind, event.action
            );
        }
    }
}

fn try_emit(paths: &Paths, event: &Event) -> Result<()> {
    use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
    let path = log_path(paths);
    if let Some(dir) = path.parent() {
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)?;
    }
    let mut line = serde_json::to_vec(event)?;
    line.push(b'\n');
    let mut f = std::fs::OpenOptions::new()
        .append(true)
        .create(true)
        .mode(0o600)
        .open(&path)?;
    // One write(2): O_APPEND makes the offset update and the write atomic.
    let n = f.write(&line)?;
    if n != line.len() {
        bail!("short write to {}", path.display());
    }
    if let Some(max) = max_size() {
        if f.metadata()?.len() > max {
            rotate(paths, max)?;
        }
    }
    Ok(())
}

/// `--filter` of `dhow events`: the keys docker/podman accept.
#[derive(Debug, Clone, Default)]
pub struct Filters {
    types: Vec<String>,
    events: Vec<String>,
    containers: Vec<String>,
    images: Vec<String>,
}

impl Filters {
    /// Parses `key=value` filters; values of one key are ORed, keys ANDed.
    pub fn parse(specs: &[String]) -> Result<Filters> {
        let mut f = Filters::default();
        for s in specs {
            let (k, v) = s.split_once('=').ok_or_else(|| {
                anyhow!(
                    "invalid filter {s:?}: filters are key=value (type, event, container, image)"
                )
            })?;
            let v = v.to_string();
            match k {
                "type" => {
                    if v != "container" && v != "image" {
                        bail!("invalid filter {s:?}: type must be container or image");
                    }
                    f.types.push(v)
                }
                "event" | "status" => f.events.push(v),
                "container" => f.containers.push(v),
                "image" => f.images.push(v),
                _ => bail!(
                    "invalid filter {k:?}: supported filters are type, event, container and image"
                ),
            }
        }
        Ok(f)
    }

    pub fn matches(&self, e: &Event) -> bool {
        let any = |list: &[String], ok: &dyn Fn(&str) -> bool| {
            list.is_empty() || list.iter().any(|v| ok(v))
        };
        let id_or_name =
            |v: &str, id: &str, name: &str| v == name || (!v.is_empty() && id.starts_with(v));
        any(&self.types, &|v| v == e.kind)
            && any(&self.events, &|v| {
                v == e.action || (v == "died" && e.action == "die")
            })
            && any(&self.containers, &|v| {
                e.kind == "container" && id_or_name(v, &e.id, &e.name)
            })
            && any(&self.images, &|v| {
                if e.kind == "image" {
                    id_or_name(v, &e.id, &e.name) || strip_latest(&e.name) == strip_latest(v)
                } else {
                    e.image == v
                        || strip_latest(&e.image) == strip_latest(v)
                        || short_name(&e.image) == strip_latest(v)
                }
            })
    }
}

fn strip_latest(s: &str) -> &str {
    s.strip_suffix(":latest").unwrap_or(s)
}

/// `busybox` for `127.0.0.1:5000/library/busybox:latest`.
fn short_name(s: &str) -> &str {
    let s = strip_latest(s);
    s.rsplit('/').next().unwrap_or(s)
}

/// What `dhow events` reads.
#[derive(Debug, Clone, Default)]
pub struct ReadOptions {
    pub since: Option<DateTime<Utc>>,
    pub until: Option<DateTime<Utc>>,
    pub filters: Filters,
}

/// Calls `out` with each matching event. Without `until`, keeps following
/// the log for new events (until `out` returns false or the process is
/// interrupted); with it, returns at the end of the log or once `until` has
/// passed. Without `since` and without `until`, only new events are shown
/// (docker's behaviour).
pub fn read(
    paths: &Paths,
    opts: &ReadOptions,
    out: &mut dyn FnMut(&Event) -> Result<bool>,
) -> Result<()> {
    let path = log_path(paths);
    let follow = opts.until.is_none();
    let mut file = open_log(&path)?;
    let mut pending = Vec::new();
    if follow && opts.since.is_none() {
        if let Some(f) = file.as_mut() {
            f.seek(std::io::SeekFrom::End(0))?;
        }
    } else {
        // The rotated part first (unless it is the file just opened, moved
        // aside since).
        let old_path = rotated_path(paths);
        let live = file.as_ref().and_then(|f| f.metadata().ok()).map(|m| m.ino());
        if let Some(mut old) = open_log(&old_path)? {
            if Some(old.metadata()?.ino()) != live {
                old.read_to_end(&mut pending)
                    .with_context(|| format!("reading the event log {}", old_path.display()))?;
                if !deliver(&mut pending, opts, out)? {
                    return Ok(());
                }
                pending.clear(); // an unfinished last line stays unfinished
            }
        }
    }
    loop {
        if file.is_none() {
            file = std::fs::File::open(&path).ok();
        }
        if let Some(f) = file.as_mut() {
            f.read_to_end(&mut pending)
                .with_context(|| format!("reading the event log {}", path.display()))?;
            if !deliver(&mut pending, opts, out)? {
                return Ok(());
            }
            // Rotated under us: what we hold is drained, go on with the new file.
            let held = f.metadata()?.ino();
            if std::fs::metadata(&path).is_ok_and(|m| m.ino() != held) {
                file = std::fs::File::open(&path).ok();
                pending.clear();
                continue;
            }
        }
        if !follow {
            return Ok(());
        }
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
}

fn open_log(path: &std::path::Path) -> Result<Option<std::fs::File>> {
    match std::fs::File::open(path) {
        Ok(f) => Ok(Some(f)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e).with_context(|| format!("reading the event log {}", path.display())),
    }
}

/// Hands the complete lines of `pending` that pass the options to `out`,
/// keeping a line still being written; false when `out` asked to stop.
fn deliver(
    pending: &mut Vec<u8>,
    opts: &ReadOptions,
    out: &mut dyn FnMut(&Event) -> Result<bool>,
) -> Result<bool> {
    let mut consumed = 0;
    for line in pending.split_inclusive(|b| *b == b'\n') {
        if !line.ends_with(b"\n") {
            break; // a line still being written
        }
        consumed += line.len();
        let Ok(ev) = serde_json::from_slice::<Event>(line.trim_ascii()) else {
            continue;
        };
        if opts.since.is_some_and(|s| ev.time < s) || opts.until.is_some_and(|u| ev.time > u) {
            continue;
        }
        if opts.filters.matches(&ev) && !out(&ev)? {
            return Ok(false);
        }
    }
    pending.drain(..consumed);
    Ok(true)
}

/// Reads every event of a log text (for tests and tools).
pub fn parse_log(text: &[u8]) -> Vec<Event> {
    text.lines()
        .map_while(|l| l.ok())
        .filter_map(|l| serde_json::from_str(&l).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn paths(dir: &std::path::Path) -> Paths {
        Paths {
            root: dir.join("root"),
            runroot: dir.join("run"),
            containers_config: dir.join("cfg"),
        }
    }

    fn ev(kind: &str, action: &str, id: &str, name: &str) -> Event {
        Event {
            kind: kind.into(),
            action: action.into(),
            id: id.into(),
            name: name.into(),
            image: "busybox:latest".into(),
            attributes: BTreeMap::new(),
            time: Utc.timestamp_opt(1_800_000_000, 123_456_789).unwrap(),
        }
    }

    #[test]
    fn emit_appends_lines_that_read_back() {
        let d = tempfile::tempdir().unwrap();
        let p = paths(d.path());
        emit(&p, ev("container", "create", "abc", "web"));
        emit(&p, ev("container", "die", "abc", "web").with("exitCode", 3));
        let all = parse_log(&std::fs::read(log_path(&p)).unwrap());
        assert_eq!(all.len(), 2);
        assert_eq!(
            all[1].attributes.get("exitCode").map(String::as_str),
            Some("3")
        );
        let mut seen = Vec::new();
        let opts = ReadOptions {
            until: Some(Utc.timestamp_opt(1_900_000_000, 0).unwrap()),
            ..Default::default()
        };
        read(&p, &opts, &mut |e| {
            seen.push(e.action.clone());
            Ok(true)
        })
        .unwrap();
        assert_eq!(seen, ["create", "die"]);
    }

    #[test]
    fn rotation_keeps_the_log_bounded_and_readable_across() {
        let d = tempfile::tempdir().unwrap();
        let p = paths(d.path());
        std::fs::create_dir_all(&p.runroot).unwrap();
        let max = 4096;
        for i in 0..200 {
            let mut e = ev("container", "start", &format!("{i:04}"), "web");
            e.time = Utc.timestamp_opt(1_800_000_000 + i, 0).unwrap();
            try_emit(&p, &e).unwrap();
            if std::fs::metadata(log_path(&p)).unwrap().len() > max {
                rotate(&p, max).unwrap();
            }
        }
        assert!(rotated_path(&p).exists(), "the log was rotated");
        let size = |f: PathBuf| std::fs::metadata(f).map_or(0, |m| m.len());
        assert!(size(log_path(&p)) <= max + 512 && size(rotated_path(&p)) <= max + 512);
        // --since reads the rotated part, then the live one, in order.
        let mut seen = Vec::new();
        let opts = ReadOptions {
            since: Some(Utc.timestamp_opt(1_800_000_000, 0).unwrap()),
            until: Some(Utc.timestamp_opt(1_900_000_000, 0).unwrap()),
            ..Default::default()
        };
        read(&p, &opts, &mut |e| {
            seen.push(e.id.parse::<i64>().unwrap());
            Ok(true)
        })
        .unwrap();
        assert_eq!(*seen.last().unwrap(), 199);
        let first = seen[0];
        assert!(first > 0, "the oldest events are gone");
        assert_eq!(seen, (first..200).collect::<Vec<_>>(), "no gap and no repeat across the rotation");
    }

    #[test]
    fn human_line_is_podman_shaped() {
        let e = ev("container", "die", "abc", "web").with("exitCode", 0);
        assert_eq!(e.human(), "2027-01-15 08:00:00.123456789 +0000 UTC container die abc (image=busybox:latest, name=web, exitCode=0)");
    }

    #[test]
    fn filters_match_and_reject() {
        let f = Filters::parse(&[
            "type=container".into(),
            "event=start".into(),
            "event=die".into(),
            "container=web".into(),
        ])
        .unwrap();
        assert!(f.matches(&ev("container", "start", "abc", "web")));
        assert!(f.matches(&ev("container", "die", "abc", "web")));
        assert!(!f.matches(&ev("container", "create", "abc", "web")));
        assert!(!f.matches(&ev("container", "start", "abc", "db")));
        let f = Filters::parse(&["container=ab".into()]).unwrap();
        assert!(f.matches(&ev("container", "start", "abc", "web")));
        let f = Filters::parse(&["image=busybox".into()]).unwrap();
        assert!(f.matches(&ev("container", "start", "abc", "web")));
        assert!(Filters::parse(&["bogus=1".into()]).is_err());
        assert!(Filters::parse(&["type=volume".into()]).is_err());
        assert!(Filters::parse(&["nokey".into()]).is_err());
    }
}
