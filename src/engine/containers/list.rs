//! `ps`: which containers to show, with their state as it really is (a
//! SIGKILLed monitor means exited) and, on request, the size of their
//! writable layer. Presentation (status strings, truncation) lives here too
//! as pure functions, since `ps`, `inspect` and templates share it.

use crate::container::health::HealthStatus;
use crate::container::{ContainerRecord, ContainerState, Status};
use crate::engine::Engine;
use anyhow::{bail, Result};
use chrono::{DateTime, Utc};
use std::path::Path;

/// What `ps` asked for.
#[derive(Debug, Default, Clone)]
pub struct ListOptions {
    /// Include containers that are not running.
    pub all: bool,
    /// `--filter KEY=VALUE`, repeatable: values of one key are alternatives,
    /// different keys must all match (docker's rule).
    pub filters: Vec<String>,
    /// `-n N` / `-l`: only the N most recently created (any state).
    pub last: Option<usize>,
    /// `-s`: compute the writable layer's size.
    pub size: bool,
}

/// One listed container.
#[derive(Debug, Clone)]
pub struct ContainerSummary {
    pub record: ContainerRecord,
    /// The effective state (see [`ContainerState::effective`]).
    pub state: ContainerState,
    /// `-s`: bytes in the upper dir, and that plus the image's size.
    pub size: Option<SizeInfo>,
    /// docker's PORTS cell: `0.0.0.0:8080->80/tcp` (published ports of a
    /// running container, then exposed ones).
    pub ports: String,
    /// The health of a running container with a health check.
    pub health: Option<HealthStatus>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SizeInfo {
    pub rw: u64,
    pub root_fs: u64,
}

/// A parsed `--filter`.
#[derive(Debug, Clone, PartialEq)]
enum Filter {
    Status(String),
    Name(String),
    Label(String, Option<String>),
    Ancestor(String),
    Id(String),
    Exited(i32),
    /// `health=starting|healthy|unhealthy|none`.
    Health(String),
    /// `pod=NAME|ID`: resolved to the pod's ID by [`list`].
    Pod(String),
    /// `volume=NAME|PATH`: a volume by name, or a mount by destination or source.
    Volume(String),
    /// `network=NAME|ID`: resolved to the network's name by [`list`].
    Network(String),
    /// `before=CTR` / `since=CTR`: created before or after that container
    /// (resolved to its creation time by [`list`]).
    Before(String, Option<DateTime<Utc>>),
    Since(String, Option<DateTime<Utc>>),
    /// `restart-policy=no|always|on-failure|unless-stopped`.
    RestartPolicy(String),
}

const STATUSES: &[&str] = &[
    "created",
    "restarting",
    "running",
    "removing",
    "paused",
    "exited",
    "dead",
];

fn parse_filter(f: &str) -> Result<Filter> {
    let Some((k, v)) = f.split_once('=') else {
        bail!("invalid filter {f:?}: expected KEY=VALUE, for example status=exited");
    };
    Ok(match k {
        "status" => {
            if !STATUSES.contains(&v) {
                bail!(
                    "invalid filter 'status={v}': use one of {}",
                    STATUSES.join(", ")
                );
            }
            Filter::Status(v.to_string())
        }
        "name" => Filter::Name(v.to_string()),
        "label" => match v.split_once('=') {
            Some((lk, lv)) => Filter::Label(lk.to_string(), Some(lv.to_string())),
            None => Filter::Label(v.to_string(), None),
        },
        "ancestor" => Filter::Ancestor(v.to_string()),
        "id" => Filter::Id(v.to_ascii_lowercase()),
        "exited" => Filter::Exited(v.parse().map_err(|_| {
            anyhow::anyhow!("invalid filter 'exited={v}': the exit code must be a number")
        })?),
        "health" => {
            if !matches!(v, "starting" | "healthy" | "unhealthy" | "none") {
                bail!("invalid filter 'health={v}': use starting, healthy, unhealthy or none");
            }
            Filter::Health(v.to_string())
        }
        "pod" => Filter::Pod(v.to_string()),
        "volume" => Filter::Volume(v.to_string()),
        "network" => Filter::Network(v.to_string()),
        "before" => Filter::Before(v.to_string(), None),
        "since" => Filter::Since(v.to_string(), None),
        "restart-policy" => Filter::RestartPolicy(v.to_string()),
        _ => bail!(
            "invalid filter {k:?}: supported filters are status, name, label, ancestor, id, exited, health, pod, volume, network, before, since, restart-policy"
        ),
    })
}

impl Filter {
    /// The key it belongs to, for OR-within/AND-across grouping.
    fn key(&self) -> &'static str {
        match self {
            Filter::Status(_) => "status",
            Filter::Name(_) => "name",
            Filter::Label(..) => "label",
            Filter::Ancestor(_) => "ancestor",
            Filter::Id(_) => "id",
            Filter::Exited(_) => "exited",
            Filter::Health(_) => "health",
            Filter::Pod(_) => "pod",
            Filter::Volume(_) => "volume",
            Filter::Network(_) => "network",
            Filter::Before(..) => "before",
            Filter::Since(..) => "since",
            Filter::RestartPolicy(_) => "restart-policy",
        }
    }

    fn matches(&self, r: &ContainerRecord, s: &ContainerState, ancestors: &[String], dir: &Path) -> bool {
        match self {
            Filter::Status(v) => s.status.as_str() == v,
            // docker matches names by regular expression; a substring covers
            // the common use without a regex engine.
            Filter::Name(v) => r.name.contains(v.trim_start_matches('/')),
            Filter::Label(k, v) => r
                .config
                .labels
                .get(k)
                .is_some_and(|x| v.as_ref().is_none_or(|v| v == x)),
            Filter::Ancestor(_) => ancestors.iter().any(|a| a == r.image_id.hex()),
            Filter::Id(v) => r.id.starts_with(v.as_str()),
            Filter::Exited(code) => {
                s.status == Status::Exited && s.exit_code == *code && s.started_at.is_some()
            }
            Filter::Health(v) => health_word(r, s, dir) == v,
            Filter::Pod(id) => !r.host.pod.is_empty() && r.host.pod == *id,
            Filter::Volume(v) => r.host.mounts.iter().any(|m| (m.kind == "volume" && m.name == *v) || m.destination == *v || m.source == *v),
            Filter::Network(name) => {
                let own = if r.host.network_mode.is_empty() { crate::network::record::DEFAULT_NETWORK } else { r.host.network_mode.as_str() };
                own == name || r.host.extra_networks.iter().any(|e| e.network == *name)
            }
            // An unknown reference container matches nothing.
            Filter::Before(_, at) => at.is_some_and(|t| r.created < t),
            Filter::Since(_, at) => at.is_some_and(|t| r.created > t),
            Filter::RestartPolicy(p) => {
                let own = if r.host.restart_policy.name.is_empty() { "no" } else { r.host.restart_policy.name.as_str() };
                own == p
            }
        }
    }
}

/// Lists containers, newest first, as `ps` shows them.
pub fn list(engine: &Engine, opts: &ListOptions) -> Result<Vec<ContainerSummary>> {
    let mut filters: Vec<Filter> = opts
        .filters
        .iter()
        .map(|f| parse_filter(f))
        .collect::<Result<_>>()?;
    // A pod by name or ID prefix; an unknown pod matches nothing.
    let pods = crate::container::pod::PodStore::new(&engine.paths.root);
    let store = super::ops::containers(engine);
    for f in &mut filters {
        match f {
            Filter::Pod(v) => *v = pods.find(v).map(|p| p.id).unwrap_or_else(|_| "-".into()),
            Filter::Network(v) => {
                if let Ok(n) = crate::network::record::find_or_default(&engine.paths.root, v) {
                    *v = n.name;
                }
            }
            Filter::Before(c, at) | Filter::Since(c, at) => *at = store.find(c).ok().map(|(r, _)| r.created),
            _ => {}
        }
    }
    // docker shows stopped containers when asked for them by state.
    let all = opts.all
        || opts.last.is_some()
        || filters
            .iter()
            .any(|f| matches!(f, Filter::Status(_) | Filter::Exited(_)));
    let ancestors = resolve_ancestors(engine, &filters);
    let mut out = Vec::new();
    for (record, state) in store.list()? {
        let state = state.effective();
        if !all && !super::ops::is_running(&state) {
            continue;
        }
        let mut keys: Vec<&str> = filters.iter().map(Filter::key).collect();
        keys.dedup();
        let ok = keys.iter().all(|k| {
            filters
                .iter()
                .filter(|f| f.key() == *k)
                .any(|f| f.matches(&record, &state, &ancestors, &store.dir(&record.id)))
        });
        if ok {
            let running = super::ops::is_running(&state);
            let health = super::health::current(&store.dir(&record.id), &record, &state);
            let published = crate::network::attach::effective_ports(&record, &store.dir(&record.id), running);
            let ports = crate::container::ports::ps_column(&published, if running { &record.config.exposed_ports } else { &[] });
            out.push(ContainerSummary {
                record,
                state,
                size: None,
                ports,
                health,
            });
        }
    }
    // `store.list` is newest first already; -n keeps the newest N.
    if let Some(n) = opts.last {
        out.truncate(n);
    }
    if opts.size {
        let images = engine.store_readonly().images().unwrap_or_default();
        for c in &mut out {
            let rw = crate::util::fsat::dir_size(&store.dir(&c.record.id).join("upper"));
            let image = images
                .iter()
                .find(|i| i.id == c.record.image_id)
                .map_or(0, |i| i.size);
            c.size = Some(SizeInfo {
                rw,
                root_fs: rw + image,
            });
        }
    }
    Ok(out)
}

/// The image IDs (hex) that `ancestor=` filters name: by name or ID, as docker
/// resolves them. An image that no longer exists matches by ID prefix only.
fn resolve_ancestors(engine: &Engine, filters: &[Filter]) -> Vec<String> {
    let wanted: Vec<&str> = filters
        .iter()
        .filter_map(|f| {
            if let Filter::Ancestor(a) = f {
                Some(a.as_str())
            } else {
                None
            }
        })
        .collect();
    if wanted.is_empty() {
        return vec![];
    }
    let store = engine.store_readonly();
    let mut ids = Vec::new();
    for w in wanted {
        match crate::engine::images::resolve(engine, &store, w) {
            Ok(img) => ids.push(img.id.hex().to_string()),
            Err(_) => {
                // Not an image any more: match containers by the ID prefix given.
                let prefix = w.trim_start_matches("sha256:").to_ascii_lowercase();
                if prefix.len() >= 4 && prefix.chars().all(|c| c.is_ascii_hexdigit()) {
                    if let Ok(all) = super::ops::containers(engine).list() {
                        ids.extend(
                            all.into_iter()
                                .map(|(r, _)| r.image_id.hex().to_string())
                                .filter(|h| h.starts_with(&prefix)),
                        );
                    }
                }
            }
        }
    }
    ids
}

/// What `health=` filters compare: "none" without a health check (or
/// before the first start), else the status.
fn health_word(r: &ContainerRecord, s: &ContainerState, dir: &Path) -> &'static str {
    super::health::state_of(dir, r, s).map_or("none", |h| h.status.as_str())
}

/// docker's STATUS column with the health of a running container:
/// "Up 3 minutes (healthy)", "Up 5 seconds (health: starting)".
pub fn status_with_health(state: &ContainerState, health: Option<HealthStatus>, now: DateTime<Utc>) -> String {
    let plain = status_string(state, now);
    match health {
        Some(h) if state.status == Status::Running => match h {
            HealthStatus::Starting => format!("{plain} (health: starting)"),
            h => format!("{plain} ({})", h.as_str()),
        },
        _ => plain,
    }
}

/// docker's STATUS column: "Up 5 seconds", "Exited (0) 3 seconds ago",
/// "Created", "Up 2 minutes (Paused)", "Restarting (1) 4 seconds ago".
pub fn status_string(state: &ContainerState, now: DateTime<Utc>) -> String {
    let ago = |t: Option<DateTime<Utc>>| {
        crate::util::human::duration(t.map_or(0, |t| (now - t).num_seconds().max(0)))
    };
    match state.status {
        Status::Running => format!("Up {}", ago(state.started_at)),
        Status::Paused => format!("Up {} (Paused)", ago(state.started_at)),
        Status::Restarting => format!(
            "Restarting ({}) {} ago",
            state.exit_code,
            ago(state.finished_at)
        ),
        Status::Removing => "Removal In Progress".to_string(),
        Status::Created => "Created".to_string(),
        Status::Exited if state.started_at.is_none() => "Created".to_string(),
        Status::Exited => format!(
            "Exited ({}) {} ago",
            state.exit_code,
            ago(state.finished_at)
        ),
    }
}

/// The container's command as one string, as docker's `ps` builds it: the
/// path, then the arguments joined by spaces, an argument that contains a
/// space wrapped in single quotes (`sh -c 'sleep 100'`).
/// The namespace numbers of process `pid` by kind (`ipc`, `mnt`, `net`,
/// `pid`, `user`, `uts`, `cgroup`): the inode in `/proc/PID/ns/KIND`'s
/// `kind:[N]`; none for pid 0 or a namespace not readable.
pub fn namespace_ids(pid: i32) -> std::collections::BTreeMap<&'static str, String> {
    let mut out = std::collections::BTreeMap::new();
    if pid <= 0 {
        return out;
    }
    for kind in ["cgroup", "ipc", "mnt", "net", "pid", "user", "uts"] {
        if let Ok(link) = std::fs::read_link(format!("/proc/{pid}/ns/{kind}")) {
            let s = link.to_string_lossy();
            if let Some(n) = s.split_once('[').and_then(|(_, r)| r.strip_suffix(']')) {
                out.insert(kind, n.to_string());
            }
        }
    }
    out
}

pub fn command_line(record: &ContainerRecord) -> String {
    join_command(&record.command)
}

fn join_command(command: &[String]) -> String {
    let Some((path, args)) = command.split_first() else {
        return String::new();
    };
    let mut out = path.clone();
    for a in args {
        out.push(' ');
        if a.contains(' ') {
            out.push('\'');
            out.push_str(a);
            out.push('\'');
        } else {
            out.push_str(a);
        }
    }
    out
}

/// docker's COMMAND cell: truncated to 20 characters with "…" (unless
/// `no_trunc`), then quoted like Go's `strconv.Quote`.
pub fn command_cell(command: &str, no_trunc: bool) -> String {
    let text = if no_trunc {
        command.to_string()
    } else {
        ellipsis(command, 20)
    };
    go_quote(&text)
}

/// Shortens `s` to `max` characters, the last being "…" when cut.
pub fn ellipsis(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

pub use crate::util::quote::go_quote;

/// docker's SIZE cell: "12B (virtual 4.26MB)", three significant digits.
pub fn size_cell(size: &SizeInfo) -> String {
    let rw = size3(size.rw);
    if size.root_fs > 0 {
        format!("{rw} (virtual {})", size3(size.root_fs))
    } else {
        rw
    }
}

/// docker's `units.HumanSizeWithPrecision(n, 3)`.
fn size3(bytes: u64) -> String {
    crate::util::human::size_with_precision(bytes, 3)
}

/// docker's `CreatedAt` text: "2024-01-02 15:04:05 +0000 UTC".
pub fn created_at(t: DateTime<Utc>) -> String {
    t.format("%Y-%m-%d %H:%M:%S %z UTC").to_string()
}

/// docker's `.Labels` in `ps` templates: "k=v,k2=v2".
pub fn labels_string(record: &ContainerRecord) -> String {
    record
        .config
        .labels
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join(",")
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Duration;

    fn state(status: Status) -> ContainerState {
        ContainerState {
            status,
            ..Default::default()
        }
    }

    #[test]
    fn status_strings_like_docker() {
        let now = Utc::now();
        let mut s = state(Status::Running);
        s.started_at = Some(now - Duration::seconds(5));
        assert_eq!(status_string(&s, now), "Up 5 seconds");
        s.status = Status::Paused;
        assert_eq!(status_string(&s, now), "Up 5 seconds (Paused)");
        let mut e = state(Status::Exited);
        e.started_at = Some(now - Duration::seconds(60));
        e.finished_at = Some(now - Duration::seconds(3));
        e.exit_code = 137;
        assert_eq!(status_string(&e, now), "Exited (137) 3 seconds ago");
        e.status = Status::Restarting;
        e.exit_code = 1;
        assert_eq!(status_string(&e, now), "Restarting (1) 3 seconds ago");
        assert_eq!(status_string(&state(Status::Created), now), "Created");
        // Exited without ever starting (a failed start) reads as created.
        assert_eq!(status_string(&state(Status::Exited), now), "Created");
        let mut long = state(Status::Running);
        long.started_at = Some(now - Duration::minutes(2));
        assert_eq!(status_string(&long, now), "Up 2 minutes");
    }

    #[test]
    fn status_shows_health_of_running_containers() {
        let now = Utc::now();
        let mut s = state(Status::Running);
        s.started_at = Some(now - Duration::minutes(3));
        assert_eq!(status_with_health(&s, Some(HealthStatus::Healthy), now), "Up 3 minutes (healthy)");
        assert_eq!(status_with_health(&s, Some(HealthStatus::Unhealthy), now), "Up 3 minutes (unhealthy)");
        assert_eq!(status_with_health(&s, Some(HealthStatus::Starting), now), "Up 3 minutes (health: starting)");
        assert_eq!(status_with_health(&s, None, now), "Up 3 minutes");
        s.status = Status::Paused;
        assert_eq!(status_with_health(&s, Some(HealthStatus::Healthy), now), "Up 3 minutes (Paused)");
    }

    #[test]
    fn podmans_volume_network_order_and_restart_filters() {
        let mut r = crate::network::test_record();
        r.host.mounts.push(crate::container::record::Mount { kind: "volume".into(), name: "data".into(), source: "/v/data/_data".into(), destination: "/srv".into(), ..Default::default() });
        r.host.restart_policy.name = "always".into();
        let s = state(Status::Running);
        let m = |f: &str| parse_filter(f).unwrap().matches(&r, &s, &[], Path::new("/nonexistent"));
        assert!(m("volume=data") && m("volume=/srv") && !m("volume=other"));
        assert!(m("network=podman") && !m("network=front"), "no --network is the default network");
        assert!(m("restart-policy=always") && !m("restart-policy=no"));
        let at = |f: Filter| f.matches(&r, &s, &[], Path::new("/nonexistent"));
        assert!(at(Filter::Before("x".into(), Some(r.created + Duration::seconds(1)))));
        assert!(!at(Filter::Since("x".into(), Some(r.created + Duration::seconds(1)))));
        assert!(!at(Filter::Before("unknown".into(), None)), "an unknown reference matches nothing");
        assert!(parse_filter("publish=80").unwrap_err().to_string().contains("restart-policy"));
    }

    #[test]
    fn command_line_quotes_arguments_with_spaces() {
        let cmd = |v: &[&str]| join_command(&v.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(cmd(&["sh", "-c", "sleep 100"]), "sh -c 'sleep 100'");
        assert_eq!(cmd(&["sleep", "100"]), "sleep 100");
        assert_eq!(cmd(&["/bin/my prog"]), "/bin/my prog");
        assert_eq!(cmd(&[]), "");
        assert_eq!(
            command_cell(&cmd(&["sh", "-c", "sleep 1000; echo done"]), false),
            "\"sh -c 'sleep 1000; …\""
        );
    }

    #[test]
    fn command_is_truncated_and_quoted() {
        assert_eq!(command_cell("sleep 100", false), "\"sleep 100\"");
        assert_eq!(
            command_cell("sh -c 'sleep 1000; echo done'", false),
            "\"sh -c 'sleep 1000; …\""
        );
        assert_eq!(
            command_cell("sh -c 'sleep 1000; echo done'", true),
            "\"sh -c 'sleep 1000; echo done'\""
        );
        assert_eq!(
            command_cell("01234567890123456789", false),
            "\"01234567890123456789\""
        );
        assert_eq!(
            command_cell("012345678901234567890", false),
            "\"0123456789012345678…\""
        );
        assert_eq!(command_cell("echo \"hi\"\n", true), r#""echo \"hi\"\n""#);
        assert_eq!(ellipsis("ééééé", 3), "éé…");
    }

    #[test]
    fn sizes_like_docker_ps() {
        assert_eq!(
            size_cell(&SizeInfo {
                rw: 12,
                root_fs: 4_261_550
            }),
            "12B (virtual 4.26MB)"
        );
        assert_eq!(size_cell(&SizeInfo { rw: 0, root_fs: 0 }), "0B");
        assert_eq!(size3(123_456), "123kB");
        assert_eq!(size3(1_000), "1kB");
    }

    #[test]
    fn filters_parse_and_reject() {
        assert_eq!(
            parse_filter("status=exited").unwrap(),
            Filter::Status("exited".into())
        );
        assert_eq!(
            parse_filter("label=a=b").unwrap(),
            Filter::Label("a".into(), Some("b".into()))
        );
        assert_eq!(parse_filter("exited=137").unwrap(), Filter::Exited(137));
        assert!(parse_filter("status=sleeping").is_err());
        assert!(parse_filter("exited=x").is_err());
        assert!(parse_filter("publish=x").is_err(), "podman rejects docker's publish= too");
        assert!(parse_filter("status").is_err());
        assert_eq!(parse_filter("health=none").unwrap(), Filter::Health("none".into()));
        assert!(parse_filter("health=sick").is_err());
    }
}
