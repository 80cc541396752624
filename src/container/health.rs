//! Health checks as recorded with a container: the configuration (docker's
//! `Config.Healthcheck`, from the image's `HEALTHCHECK` and the `--health-*`
//! flags), the action on failure (podman's `--health-on-failure`), and the
//! current health (docker's `State.Health`), which the container's monitor
//! keeps in `<ctrdir>/health.json`.

use anyhow::{bail, Result};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::path::Path;

/// docker's defaults (`Interval`, `Timeout`, `StartInterval`, `Retries`).
pub const DEFAULT_INTERVAL_NS: i64 = 30_000_000_000;
pub const DEFAULT_TIMEOUT_NS: i64 = 30_000_000_000;
pub const DEFAULT_START_INTERVAL_NS: i64 = 5_000_000_000;
pub const DEFAULT_RETRIES: u32 = 3;
/// Output kept per check (docker's `maxOutputLen`).
pub const MAX_OUTPUT: usize = 4096;
/// Results kept in the log (docker's `maxLogEntries`).
pub const MAX_LOG: usize = 5;
/// The file the monitor keeps the health in.
pub const FILE: &str = "health.json";

/// docker's `Healthcheck` (image config and container config): durations in
/// nanoseconds, 0 meaning "inherit or default".
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct HealthConfig {
    /// `["NONE"]`, `["CMD", arg...]`, `["CMD-SHELL", command]`; empty = inherit.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub test: Vec<String>,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub interval: i64,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub timeout: i64,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub start_period: i64,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub start_interval: i64,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub retries: i64,
}

fn is_zero(n: &i64) -> bool {
    *n == 0
}

impl HealthConfig {
    /// Whether there is a check to run (not empty, not `NONE`).
    pub fn is_active(&self) -> bool {
        self.test.first().is_some_and(|t| t != "NONE")
    }

    /// The command to execute, or None when there is no check.
    pub fn command(&self) -> Option<Vec<String>> {
        match self.test.split_first() {
            Some((k, rest)) if k == "CMD" && !rest.is_empty() => Some(rest.to_vec()),
            Some((k, rest)) if k == "CMD-SHELL" && !rest.is_empty() => {
                Some(vec!["/bin/sh".into(), "-c".into(), rest.join(" ")])
            }
            _ => None,
        }
    }

    /// `other`'s values where ours are unset (docker's merge of the user's
    /// healthcheck over the image's).
    fn or_inherit(mut self, image: &HealthConfig) -> HealthConfig {
        if self.test.is_empty() {
            self.test = image.test.clone();
        }
        for (mine, theirs) in [
            (&mut self.interval, image.interval),
            (&mut self.timeout, image.timeout),
            (&mut self.start_period, image.start_period),
            (&mut self.start_interval, image.start_interval),
            (&mut self.retries, image.retries),
        ] {
            if *mine == 0 {
                *mine = theirs;
            }
        }
        self
    }

    /// docker's daemon-side checks (durations of at least 1ms, retries not negative).
    fn validate(&self) -> Result<()> {
        for (name, v) in [
            ("Interval", self.interval),
            ("Timeout", self.timeout),
            ("StartPeriod", self.start_period),
            ("StartInterval", self.start_interval),
        ] {
            if v != 0 && v < 1_000_000 {
                bail!("{name} in Healthcheck cannot be less than 1ms");
            }
        }
        if self.retries < 0 {
            bail!("Retries in Healthcheck cannot be negative");
        }
        Ok(())
    }
}

/// podman's `--health-on-failure`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OnFailure {
    #[default]
    None,
    Kill,
    Restart,
    Stop,
}

impl OnFailure {
    pub fn parse(s: &str) -> Result<OnFailure> {
        Ok(match s {
            "none" | "" => OnFailure::None,
            "kill" => OnFailure::Kill,
            "restart" => OnFailure::Restart,
            "stop" => OnFailure::Stop,
            _ => bail!("invalid --health-on-failure {s:?}: use none, kill, restart or stop"),
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            OnFailure::None => "none",
            OnFailure::Kill => "kill",
            OnFailure::Restart => "restart",
            OnFailure::Stop => "stop",
        }
    }

    pub fn is_none(&self) -> bool {
        *self == OnFailure::None
    }
}

/// The `--health-*` flags as given (strings: parsed here, with docker's errors).
#[derive(Debug, Clone, Default)]
pub struct HealthOptions {
    /// `--health-cmd`: a shell command, or a JSON array (`["CMD","ls"]`).
    pub cmd: Option<String>,
    pub interval: Option<String>,
    pub timeout: Option<String>,
    pub start_period: Option<String>,
    pub start_interval: Option<String>,
    pub retries: Option<String>,
    pub no_healthcheck: bool,
    pub on_failure: Option<String>,
}

impl HealthOptions {
    /// `--health-cmd ''` is as if not given (docker).
    fn cmd(&self) -> Option<&str> {
        self.cmd.as_deref().filter(|c| !c.trim().is_empty())
    }

    fn any_setting(&self) -> bool {
        self.cmd().is_some()
            || self.interval.is_some()
            || self.timeout.is_some()
            || self.start_period.is_some()
            || self.start_interval.is_some()
            || self.retries.is_some()
    }

    /// The user's healthcheck (None when no `--health-*` flag was given).
    pub fn parse(&self) -> Result<Option<HealthConfig>> {
        if self.no_healthcheck {
            if self.any_setting() {
                bail!("--no-healthcheck conflicts with --health-* options");
            }
            return Ok(Some(HealthConfig { test: vec!["NONE".into()], ..Default::default() }));
        }
        if !self.any_setting() {
            return Ok(None);
        }
        let duration = |flag: &str, v: &Option<String>| -> Result<i64> {
            let Some(v) = v else { return Ok(0) };
            let ns = crate::util::duration::parse_go(v)
                .map_err(|e| anyhow::anyhow!("invalid argument {v:?} for \"--{flag}\" flag: {e}"))?;
            if ns < 0 {
                bail!("--{flag} cannot be negative");
            }
            Ok(ns)
        };
        let retries = match &self.retries {
            None => 0,
            Some(r) => r.trim().parse::<i64>().map_err(|_| {
                anyhow::anyhow!("invalid argument {r:?} for \"--health-retries\" flag: expected a whole number")
            })?,
        };
        if retries < 0 {
            bail!("--health-retries cannot be negative");
        }
        let config = HealthConfig {
            test: match self.cmd() {
                Some(c) => parse_test(c)?,
                None => vec![],
            },
            interval: duration("health-interval", &self.interval)?,
            timeout: duration("health-timeout", &self.timeout)?,
            start_period: duration("health-start-period", &self.start_period)?,
            start_interval: duration("health-start-interval", &self.start_interval)?,
            retries,
        };
        config.validate()?;
        Ok(Some(config))
    }
}

/// `--health-cmd`: a JSON array is an exec form (`CMD` added unless it
/// starts with CMD, CMD-SHELL or NONE, as podman reads it), anything else a
/// shell command; `none` disables the check.
fn parse_test(cmd: &str) -> Result<Vec<String>> {
    let t = cmd.trim();
    if t.eq_ignore_ascii_case("none") {
        return Ok(vec!["NONE".into()]);
    }
    if t.starts_with('[') {
        let v: Vec<String> = serde_json::from_str(t)
            .map_err(|e| anyhow::anyhow!("invalid --health-cmd {cmd:?}: not a JSON array of strings ({e})"))?;
        return match v.first().map(String::as_str) {
            None => bail!("invalid --health-cmd {cmd:?}: the array is empty"),
            Some("CMD" | "CMD-SHELL" | "NONE") => Ok(v),
            Some(_) => Ok(std::iter::once("CMD".to_string()).chain(v).collect()),
        };
    }
    Ok(vec!["CMD-SHELL".into(), cmd.to_string()])
}

/// The container's healthcheck from the image's (`image`, the config's
/// `Healthcheck` value) and the user's, as docker merges them: the user's
/// settings win, unset ones come from the image; `NONE` anywhere on top
/// disables. None when there is nothing to run.
pub fn resolve(image: Option<&serde_json::Value>, user: Option<HealthConfig>) -> Result<Option<HealthConfig>> {
    let image: Option<HealthConfig> = image.and_then(|v| serde_json::from_value(v.clone()).ok());
    let merged = match (user, image) {
        (Some(u), Some(i)) => Some(u.or_inherit(&i)),
        (u, i) => u.or(i),
    };
    Ok(merged.filter(HealthConfig::is_active))
}

/// docker's health statuses.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum HealthStatus {
    #[default]
    Starting,
    Healthy,
    Unhealthy,
}

impl HealthStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            HealthStatus::Starting => "starting",
            HealthStatus::Healthy => "healthy",
            HealthStatus::Unhealthy => "unhealthy",
        }
    }
}

/// One check's result (docker's `HealthcheckResult`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct HealthLog {
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    pub exit_code: i32,
    pub output: String,
}

/// docker's `State.Health`, as `health.json` holds it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Health {
    pub status: HealthStatus,
    pub failing_streak: u32,
    pub log: Vec<HealthLog>,
}

impl Health {
    /// Appends a result, keeping the last [`MAX_LOG`].
    pub fn push_log(&mut self, entry: HealthLog) {
        if self.log.len() >= MAX_LOG {
            self.log.drain(..self.log.len() + 1 - MAX_LOG);
        }
        self.log.push(entry);
    }

    /// The health of the container in `dir`, if its monitor wrote one.
    pub fn load(dir: &Path) -> Option<Health> {
        let bytes = std::fs::read(dir.join(FILE)).ok()?;
        serde_json::from_slice(&bytes).ok()
    }

    /// Replaces `health.json` atomically (readers see the old or the new).
    pub fn save(&self, dir: &Path) -> Result<()> {
        let bytes = serde_json::to_vec(self)?;
        crate::util::atomic::write_file_volatile(&dir.join(FILE), &bytes, 0o644)
    }
}

/// Output as docker keeps it: at most [`MAX_OUTPUT`] bytes, "..." when cut.
pub fn truncate_output(bytes: &[u8], truncated: bool) -> String {
    let mut s = String::from_utf8_lossy(&bytes[..bytes.len().min(MAX_OUTPUT)]).into_owned();
    if truncated || bytes.len() > MAX_OUTPUT {
        s.push_str("...");
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn opts() -> HealthOptions {
        HealthOptions::default()
    }

    #[test]
    fn flags_parse_with_dockers_errors() {
        let o = HealthOptions { cmd: Some("true".into()), interval: Some("1s".into()), retries: Some("2".into()), ..opts() };
        let c = o.parse().unwrap().unwrap();
        assert_eq!(c.test, ["CMD-SHELL", "true"]);
        assert_eq!((c.interval, c.retries), (1_000_000_000, 2));
        let err = |o: HealthOptions| o.parse().unwrap_err().to_string();
        assert!(err(HealthOptions { interval: Some("5".into()), ..opts() }).contains("missing unit"));
        assert_eq!(err(HealthOptions { interval: Some("-1s".into()), ..opts() }), "--health-interval cannot be negative");
        assert_eq!(err(HealthOptions { retries: Some("-1".into()), ..opts() }), "--health-retries cannot be negative");
        assert!(err(HealthOptions { timeout: Some("10ns".into()), ..opts() }).contains("cannot be less than 1ms"));
        assert!(err(HealthOptions { no_healthcheck: true, cmd: Some("x".into()), ..opts() }).contains("conflicts"));
        assert_eq!(opts().parse().unwrap(), None);
        assert_eq!(HealthOptions { no_healthcheck: true, ..opts() }.parse().unwrap().unwrap().test, ["NONE"]);
    }

    #[test]
    fn health_cmd_forms() {
        assert_eq!(parse_test(r#"["CMD","ls","-l"]"#).unwrap(), ["CMD", "ls", "-l"]);
        assert_eq!(parse_test(r#"["ls","-l"]"#).unwrap(), ["CMD", "ls", "-l"]);
        assert_eq!(parse_test(r#"["CMD-SHELL","exit 1"]"#).unwrap(), ["CMD-SHELL", "exit 1"]);
        assert_eq!(parse_test("none").unwrap(), ["NONE"]);
        assert_eq!(parse_test("curl -f x || exit 1").unwrap(), ["CMD-SHELL", "curl -f x || exit 1"]);
        assert!(parse_test("[").is_err());
        assert!(parse_test("[]").is_err());
        // An empty command is as if none was given.
        assert_eq!(HealthOptions { cmd: Some(String::new()), ..opts() }.parse().unwrap(), None);
    }

    #[test]
    fn image_and_user_merge_like_docker() {
        let image = json!({"Test": ["CMD-SHELL", "check"], "Interval": 5_000_000_000i64, "Retries": 7});
        // Inherited as is.
        let c = resolve(Some(&image), None).unwrap().unwrap();
        assert_eq!((c.test[1].as_str(), c.interval, c.retries), ("check", 5_000_000_000, 7));
        // The user's settings win, the rest is inherited.
        let user = HealthOptions { interval: Some("1s".into()), ..opts() }.parse().unwrap();
        let c = resolve(Some(&image), user).unwrap().unwrap();
        assert_eq!((c.test[1].as_str(), c.interval, c.retries), ("check", 1_000_000_000, 7));
        // --no-healthcheck and HEALTHCHECK NONE disable.
        let none = HealthOptions { no_healthcheck: true, ..opts() }.parse().unwrap();
        assert_eq!(resolve(Some(&image), none).unwrap(), None);
        assert_eq!(resolve(Some(&json!({"Test": ["NONE"]})), None).unwrap(), None);
        // Timing flags without any command: nothing to run.
        let user = HealthOptions { interval: Some("1s".into()), ..opts() }.parse().unwrap();
        assert_eq!(resolve(None, user).unwrap(), None);
    }

    #[test]
    fn commands_of_tests() {
        let c = |t: &[&str]| HealthConfig { test: t.iter().map(|s| s.to_string()).collect(), ..Default::default() }.command();
        assert_eq!(c(&["CMD", "ls"]), Some(vec!["ls".to_string()]));
        assert_eq!(c(&["CMD-SHELL", "exit 1"]), Some(vec!["/bin/sh".to_string(), "-c".into(), "exit 1".into()]));
        assert_eq!(c(&["NONE"]), None);
        assert_eq!(c(&["CMD"]), None);
    }

    #[test]
    fn log_keeps_five_and_output_is_capped() {
        let mut h = Health::default();
        let t = Utc::now();
        for i in 0..7 {
            h.push_log(HealthLog { start: t, end: t, exit_code: i, output: String::new() });
        }
        assert_eq!(h.log.iter().map(|l| l.exit_code).collect::<Vec<_>>(), [2, 3, 4, 5, 6]);
        assert_eq!(truncate_output(b"ok\n", false), "ok\n");
        let big = vec![b'x'; MAX_OUTPUT];
        assert_eq!(truncate_output(&big, false).len(), MAX_OUTPUT);
        assert_eq!(truncate_output(&big, true).len(), MAX_OUTPUT + 3);
        let s = serde_json::to_value(&h).unwrap();
        assert!(s["Log"][0]["ExitCode"].is_number() && s["FailingStreak"] == 0 && s["Status"] == "starting");
    }
}
