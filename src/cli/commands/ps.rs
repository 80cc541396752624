//! `dhow ps` / `dhow container ls`: docker's table, templates over docker's
//! field names, or podman's JSON objects.

use crate::cli::args::{FilterArg, FormatArg};
use crate::engine::containers::list::{self, ContainerSummary, ListOptions};
use crate::engine::Engine;
use crate::format::output::{print_json, render_rows, Column, OutputFormat};
use clap::Args;
use serde_json::{json, Value};
use std::io::Write;

#[derive(Args, Debug)]
pub struct PsArgs {
    /// Show all containers (default shows just running)
    #[arg(short, long)]
    pub all: bool,
    /// Only display container IDs
    #[arg(short, long)]
    pub quiet: bool,
    /// Show the latest created container (includes all states)
    #[arg(short = 'l', long)]
    pub latest: bool,
    /// Show n last created containers (includes all states)
    #[arg(short = 'n', long = "last", value_name = "N")]
    pub last: Option<usize>,
    /// Don't truncate output
    #[arg(long)]
    pub no_trunc: bool,
    /// Display total file sizes
    #[arg(short, long)]
    pub size: bool,
    /// Do not print the header line
    #[arg(long)]
    pub noheading: bool,
    /// Sort by command, created (newest first, the default), id, image, names, runningfor, size or status
    #[arg(long, value_name = "KEY", default_value = "created", value_parser = SORT_KEYS, hide_possible_values = true)]
    pub sort: String,
    /// Show the pod of each container (POD ID and PODNAME columns)
    #[arg(short, long)]
    pub pod: bool,
    /// Show the namespaces of each running container's process (podman's PID, CGROUPNS, IPC, MNT, NET, PIDNS, USERNS and UTS columns)
    #[arg(long)]
    pub ns: bool,
    /// Sync the containers' state with the OCI runtime (accepted for podman compatibility: dhow reads each container's state from its monitor every time)
    #[arg(long)]
    pub sync: bool,
    /// List again every SECONDS seconds until interrupted, clearing the screen
    #[arg(short, long, value_name = "SECONDS")]
    pub watch: Option<u64>,
    /// Show containers of other tools too (accepted for podman compatibility: dhow has no such containers to add)
    #[arg(long)]
    pub external: bool,
    #[command(flatten)]
    pub filter: FilterArg,
    #[command(flatten)]
    pub format: FormatArg,
}

/// docker's default `ps` table.
const TABLE: [Column; 7] = [
    Column {
        header: "CONTAINER ID",
        field: "ID",
    },
    Column {
        header: "IMAGE",
        field: "Image",
    },
    Column {
        header: "COMMAND",
        field: "Command",
    },
    Column {
        header: "CREATED",
        field: "RunningFor",
    },
    Column {
        header: "STATUS",
        field: "Status",
    },
    Column {
        header: "PORTS",
        field: "Ports",
    },
    Column {
        header: "NAMES",
        field: "Names",
    },
];
const SIZE: Column = Column {
    header: "SIZE",
    field: "Size",
};
/// Headers docker gives the other template fields.
const TEMPLATE_ONLY: [Column; 5] = [
    Column {
        header: "CREATED AT",
        field: "CreatedAt",
    },
    Column {
        header: "STATE",
        field: "State",
    },
    Column {
        header: "LABELS",
        field: "Labels",
    },
    Column {
        header: "MOUNTS",
        field: "Mounts",
    },
    Column {
        header: "NETWORKS",
        field: "Networks",
    },
];

pub fn exec(engine: &Engine, args: PsArgs) -> anyhow::Result<()> {
    let Some(every) = args.watch else { return list_once(engine, &args) };
    if every == 0 {
        anyhow::bail!("invalid --watch 0: give a number of seconds greater than 0");
    }
    loop {
        // podman's watch: the screen cleared, the listing redrawn.
        print!("\x1b[2J\x1b[H");
        list_once(engine, &args)?;
        std::io::stdout().flush()?;
        std::thread::sleep(std::time::Duration::from_secs(every));
    }
}

fn list_once(engine: &Engine, args: &PsArgs) -> anyhow::Result<()> {
    let format = OutputFormat::parse(args.format.format.as_deref())?;
    // A template that asks for .Size needs sizes computed, as docker does.
    let wants_size = args.size
        || args.sort == "size"
        || matches!(&format, OutputFormat::Template { template, .. } if template.fields().iter().any(|f| f == "Size"));
    let opts = ListOptions {
        all: args.all,
        filters: args.filter.filters.clone(),
        last: if args.latest {
            Some(1)
        } else {
            args.last.filter(|n| *n > 0)
        },
        size: wants_size,
    };
    let mut containers = list::list(engine, &opts)?;
    sort(&mut containers, &args.sort);
    let format = if args.ns && matches!(format, OutputFormat::Table) { OutputFormat::parse(Some(NS_TABLE))? } else { format };
    let out = &mut std::io::stdout().lock();
    if args.quiet {
        for c in &containers {
            writeln!(
                out,
                "{}",
                if args.no_trunc {
                    c.record.id.as_str()
                } else {
                    c.record.short_id()
                }
            )?;
        }
        return Ok(());
    }
    if let OutputFormat::Json = format {
        let pods = crate::engine::pods::list(engine).unwrap_or_default();
        let objects: Vec<Value> = containers.iter().map(|c| with_pod(podman_json(c), &c.record, &pods, true)).collect();
        return print_json(&objects, out);
    }
    let now = chrono::Utc::now();
    let pods = crate::engine::pods::list(engine).unwrap_or_default();
    let rows: Vec<Value> = containers
        .iter()
        .map(|c| with_pod(row(c, args.no_trunc, now), &c.record, &pods, args.no_trunc))
        .map(|mut v| {
            if args.ns {
                with_namespaces(&mut v);
            }
            v
        })
        .collect();
    let mut columns = TABLE.to_vec();
    if args.pod {
        columns.extend(POD_COLUMNS);
    }
    if args.ns {
        columns.extend(NS_COLUMNS);
    }
    if args.size {
        columns.push(SIZE);
    }
    if matches!(format, OutputFormat::Template { .. }) {
        // Templates may use any field: give them docker's headers too.
        columns.extend(TEMPLATE_ONLY);
        if !args.size {
            columns.push(SIZE);
        }
    }
    let format = if args.noheading {
        format.without_header()
    } else {
        format
    };
    render_rows(&format, &columns, &rows, out)
}

const SORT_KEYS: [&str; 8] = ["command", "created", "id", "image", "names", "runningfor", "size", "status"];

/// podman's `ps --sort`: newest first by creation, the rest ascending.
fn sort(containers: &mut [ContainerSummary], key: &str) {
    match key {
        "command" => containers.sort_by_cached_key(|c| list::command_line(&c.record)),
        "id" => containers.sort_by(|a, b| a.record.id.cmp(&b.record.id)),
        "image" => containers.sort_by(|a, b| a.record.image_name.cmp(&b.record.image_name)),
        "names" => containers.sort_by(|a, b| a.record.name.cmp(&b.record.name)),
        "size" => containers.sort_by_key(|c| c.size.map(|s| s.root_fs)),
        "status" => containers.sort_by(|a, b| a.state.status.as_str().cmp(b.state.status.as_str())),
        _ => containers.sort_by_key(|c| std::cmp::Reverse(c.record.created)),
    }
}

/// One `ps` row, keyed by docker's template field names.
fn row(c: &ContainerSummary, no_trunc: bool, now: chrono::DateTime<chrono::Utc>) -> Value {
    let r = &c.record;
    let image = if no_trunc {
        r.image_name.clone()
    } else {
        short_image(&r.image_name)
    };
    json!({
        "ID": if no_trunc { r.id.as_str() } else { r.short_id() },
        "Image": image,
        "Command": list::command_cell(&list::command_line(r), no_trunc),
        "CreatedAt": list::created_at(r.created),
        "RunningFor": format!("{} ago", crate::util::human::duration((now - r.created).num_seconds().max(0))),
        "Status": list::status_with_health(&c.state, c.health, now),
        "State": c.state.status.as_str(),
        "Ports": c.ports,
        "Names": r.name,
        "Pid": if crate::engine::containers::ops::is_running(&c.state) { c.state.pid } else { 0 },
        "Labels": list::labels_string(r),
        // docker: volume names and bind sources, truncated unless --no-trunc.
        "Mounts": r.host.mounts.iter().filter(|m| m.kind != "tmpfs").map(|m| {
            let s = if m.kind == "volume" { m.name.clone() } else { m.source.clone() };
            if no_trunc || s.chars().count() <= 15 { s } else { format!("{}…", s.chars().take(15).collect::<String>()) }
        }).collect::<Vec<_>>().join(","),
        "Networks": "",
        "Size": c.size.as_ref().map(list::size_cell).unwrap_or_default(),
    })
}

/// `ps --ns`'s table (podman's columns).
const NS_TABLE: &str = "table {{.ID}}\t{{.Names}}\t{{.Pid}}\t{{.CgroupNS}}\t{{.IPC}}\t{{.MNT}}\t{{.NET}}\t{{.PIDNS}}\t{{.UserNS}}\t{{.UTS}}";

const NS_COLUMNS: [Column; 8] = [
    Column { header: "PID", field: "Pid" },
    Column { header: "CGROUPNS", field: "CgroupNS" },
    Column { header: "IPC", field: "IPC" },
    Column { header: "MNT", field: "MNT" },
    Column { header: "NET", field: "NET" },
    Column { header: "PIDNS", field: "PIDNS" },
    Column { header: "USERNS", field: "UserNS" },
    Column { header: "UTS", field: "UTS" },
];

/// `ps --ns`: the namespace numbers of the row's container process
/// (empty when it does not run), under the field names of [`NS_TABLE`].
fn with_namespaces(v: &mut Value) {
    let pid = v["Pid"].as_i64().unwrap_or(0) as i32;
    let ns = list::namespace_ids(pid);
    if let Some(o) = v.as_object_mut() {
        for (field, kind) in [("CgroupNS", "cgroup"), ("IPC", "ipc"), ("MNT", "mnt"), ("NET", "net"), ("PIDNS", "pid"), ("UserNS", "user"), ("UTS", "uts")] {
            o.insert(field.into(), json!(ns.get(kind).cloned().unwrap_or_default()));
        }
    }
}

/// `ps --pod`'s columns (podman's).
const POD_COLUMNS: [Column; 2] = [Column { header: "POD ID", field: "Pod" }, Column { header: "PODNAME", field: "PodName" }];

/// Adds podman's `Pod`/`PodName` (and `IsInfra`) to a row.
fn with_pod(mut v: Value, r: &crate::container::ContainerRecord, pods: &[crate::container::pod::PodRecord], full_id: bool) -> Value {
    if let (Some(obj), Some(p)) = (v.as_object_mut(), pods.iter().find(|p| p.id == r.host.pod)) {
        obj.insert("Pod".into(), json!(if full_id { p.id.as_str() } else { p.short_id() }));
        obj.insert("PodName".into(), json!(p.name));
        obj.insert("IsInfra".into(), json!(p.infra_id == r.id));
    } else if let Some(obj) = v.as_object_mut() {
        obj.insert("Pod".into(), json!(""));
        obj.insert("PodName".into(), json!(""));
    }
    v
}

/// docker shows an image given by ID as its short ID.
fn short_image(name: &str) -> String {
    match name.strip_prefix("sha256:") {
        Some(hex) if hex.len() > 12 => hex[..12].to_string(),
        _ => name.to_string(),
    }
}

/// The object `podman ps --format json` prints for a container.
fn podman_json(c: &ContainerSummary) -> Value {
    let r = &c.record;
    let s = &c.state;
    let exited = s.status == crate::container::Status::Exited;
    // Go's zero time as a Unix timestamp, which podman prints for "never".
    const ZERO: i64 = -62_135_596_800;
    json!({
        "AutoRemove": r.host.auto_remove,
        "Command": r.command,
        "Created": r.created.timestamp(),
        "CreatedAt": crate::util::human::since(r.created),
        "Exited": exited,
        "ExitedAt": s.finished_at.map_or(ZERO, |t| t.timestamp()),
        "ExitCode": s.exit_code,
        "Id": r.id,
        "Image": r.image_name,
        "ImageID": if r.host.extras.rootfs.is_empty() { r.image_id.hex() } else { "" },
        "IsInfra": false,
        "Labels": if r.config.labels.is_empty() { Value::Null } else { json!(r.config.labels) },
        "Mounts": r.host.mounts.iter().map(|m| m.destination.clone()).collect::<Vec<_>>(),
        "Names": [r.name],
        "Namespaces": {},
        "Networks": [],
        "Pid": s.pid,
        "Pod": "",
        "PodName": "",
        "Ports": [],
        "Restarts": s.restart_count,
        "Size": c.size.map(|z| json!({"rootFsSize": z.root_fs, "rwSize": z.rw})),
        "StartedAt": s.started_at.map_or(ZERO, |t| t.timestamp()),
        "State": s.status.as_str(),
        "Status": list::status_with_health(s, c.health, chrono::Utc::now()),
    })
}

#[cfg(test)]
mod tests {
    use super::short_image;
    #[test]
    fn image_ids_are_shortened() {
        assert_eq!(
            short_image(&format!("sha256:{}", "ab".repeat(32))),
            "abababababab"
        );
        assert_eq!(
            short_image("docker.io/library/busybox:latest"),
            "docker.io/library/busybox:latest"
        );
    }
}
