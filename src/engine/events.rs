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

use crate::config::paths::Paths;
use anyhow::{anyhow, bail, Context, Result};
use chrono::{DateTime, TimeZone, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::io::{BufRead, Read, Seek, Write};
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

/// Parses `--since`/`--until`: RFC 3339, a Unix timestamp (with fraction),
/// a date, or a duration before now (`10m`, `1h30m`, `45s`).
pub fn parse_time(s: &str, now: DateTime<Utc>) -> Result<DateTime<Utc>> {
    let s = s.trim();
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Ok(t.with_timezone(&Utc));
    }
    if let Ok(secs) = s.parse::<f64>() {
        let whole = secs.trunc() as i64;
        let nanos = ((secs - secs.trunc()) * 1e9) as u32;
        return Utc
            .timestamp_opt(whole, nanos)
            .single()
            .ok_or_else(|| anyhow!("invalid time {s:?}"));
    }
    for fmt in ["%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S"] {
        if let Ok(t) = chrono::NaiveDateTime::parse_from_str(s, fmt) {
            return Ok(t.and_utc());
        }
    }
    if let Ok(d) = chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        if let Some(t) = d.and_hms_opt(0, 0, 0) {
            return Ok(t.and_utc());
        }
    }
    let d = crate::util::duration::parse_ago(s).ok_or_else(|| anyhow!("invalid time {s:?}: use a timestamp (2006-01-02T15:04:05Z, Unix seconds) or a duration such as 10m"))?;
    Ok(now - d)
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
    let mut file = match std::fs::File::open(&path) {
        Ok(f) => Some(f),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => {
            return Err(e).with_context(|| format!("reading the event log {}", path.display()))
        }
    };
    if follow && opts.since.is_none() {
        if let Some(f) = file.as_mut() {
            f.seek(std::io::SeekFrom::End(0))?;
        }
    }
    let mut pending = Vec::new();
    loop {
        if file.is_none() {
            file = std::fs::File::open(&path).ok();
        }
        if let Some(f) = file.as_mut() {
            let mut chunk = Vec::new();
            f.read_to_end(&mut chunk)
                .with_context(|| format!("reading the event log {}", path.display()))?;
            pending.extend_from_slice(&chunk);
            let mut consumed = 0;
            for line in pending.split_inclusive(|b| *b == b'\n') {
                if !line.ends_with(b"\n") {
                    break; // a line still being written
                }
                consumed += line.len();
                let Ok(ev) = serde_json::from_slice::<Event>(line.trim_ascii()) else {
                    continue;
                };
                if opts.since.is_some_and(|s| ev.time < s)
                    || opts.until.is_some_and(|u| ev.time > u)
                {
                    continue;
                }
                if opts.filters.matches(&ev) && !out(&ev)? {
                    return Ok(());
                }
            }
            pending.drain(..consumed);
        }
        if !follow {
            return Ok(());
        }
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
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

    #[test]
    fn times_parse() {
        let now = Utc.timestamp_opt(1_800_000_000, 0).unwrap();
        assert_eq!(
            parse_time("10m", now).unwrap(),
            now - chrono::Duration::minutes(10)
        );
        assert_eq!(
            parse_time("1h30m", now).unwrap(),
            now - chrono::Duration::minutes(90)
        );
        assert_eq!(parse_time("1800000000", now).unwrap(), now);
        assert_eq!(parse_time("2027-01-15T08:00:00Z", now).unwrap(), now);
        assert!(parse_time("yesterday", now).is_err());
        assert!(parse_time("10x", now).is_err());
    }
}
