//! docker-shaped `container inspect` JSON: a projection of the container's
//! record and its effective state, so templates such as `{{.State.Pid}}`
//! work as they do with docker.

use crate::container::store::ContainerNotFound;
use crate::container::{ContainerRecord, ContainerState, Status};
use crate::engine::Engine;
use anyhow::Result;
use chrono::{DateTime, SecondsFormat, Utc};
use serde_json::{json, Value};

/// Go's zero time as docker prints it for "never".
pub const ZERO_TIME: &str = "0001-01-01T00:00:00Z";

/// RFC 3339 with nanoseconds, or docker's zero time.
pub fn rfc3339_nano(t: Option<DateTime<Utc>>) -> String {
    t.map_or_else(
        || ZERO_TIME.to_string(),
        |t| t.to_rfc3339_opts(SecondsFormat::Nanos, true),
    )
}

/// The inspect object for `query`, or None when no container has that name/ID.
/// `size` adds SizeRw and SizeRootFs, as `inspect --size` does.
pub fn inspect(engine: &Engine, query: &str, size: bool) -> Result<Option<Value>> {
    let (record, state) = match super::ops::find(engine, query) {
        Ok(x) => x,
        Err(e) if e.downcast_ref::<ContainerNotFound>().is_some() => return Ok(None),
        Err(e) => return Err(e),
    };
    let store = engine.store_readonly();
    let dir = super::ops::containers(engine).dir(&record.id);
    let lower: Vec<String> = record
        .layers
        .iter()
        .rev()
        .map(|d| store.layer_diff(d).display().to_string())
        .collect();
    let paths = Paths {
        dir: dir.display().to_string(),
        lower: lower.join(":"),
        log: if record.host.log_driver == "none" {
            String::new()
        } else {
            dir.join("ctr.log").display().to_string()
        },
    };
    let mut v = to_json(&record, &state, &paths);
    if let Some(health) = super::health::state_of(&dir, &record, &state) {
        v["State"]["Health"] = serde_json::to_value(health)?;
    }
    if size {
        let rw = crate::util::fsat::dir_size(&dir.join("upper"));
        let image = store
            .images()
            .ok()
            .and_then(|all| all.into_iter().find(|i| i.id == record.image_id))
            .map_or(0, |i| i.size);
        if let Value::Object(m) = &mut v {
            m.insert("SizeRw".into(), json!(rw));
            m.insert("SizeRootFs".into(), json!(rw + image));
        }
    }
    Ok(Some(v))
}

/// Filesystem locations shown in the inspect object.
pub struct Paths {
    /// The container's directory.
    pub dir: String,
    /// The image's layer dirs, top first, joined by ':'.
    pub lower: String,
    /// The log file ("" without one).
    pub log: String,
}

/// docker's `Mounts`: one object per bind, volume or `--mount` tmpfs.
pub fn mounts_json(mounts: &[crate::container::record::Mount]) -> Value {
    Value::Array(
        mounts
            .iter()
            .map(|m| {
                let mut o = json!({
                    "Type": m.kind,
                    "Source": if m.kind == "tmpfs" { String::new() } else { m.source.clone() },
                    "Destination": m.destination,
                    "Mode": m.mode,
                    "RW": !m.read_only,
                    "Propagation": m.propagation,
                });
                if m.kind == "volume" {
                    o["Name"] = json!(m.name);
                    o["Driver"] = json!("local");
                }
                o
            })
            .collect(),
    )
}

/// docker's `HostConfig.Binds`: binds and volumes as `-v` strings.
fn binds_json(mounts: &[crate::container::record::Mount]) -> Value {
    let b: Vec<String> = mounts
        .iter()
        .filter(|m| m.kind != "tmpfs" && !m.anonymous)
        .map(|m| {
            let src = if m.kind == "volume" { &m.name } else { &m.source };
            if m.mode.is_empty() {
                format!("{src}:{}", m.destination)
            } else {
                format!("{src}:{}:{}", m.destination, m.mode)
            }
        })
        .collect();
    if b.is_empty() {
        Value::Null
    } else {
        json!(b)
    }
}

/// The docker-shaped object for a record and its effective state.
pub fn to_json(r: &ContainerRecord, s: &ContainerState, p: &Paths) -> Value {
    let (path, args) = match r.command.split_first() {
        Some((p, a)) => (p.clone(), a.to_vec()),
        None => (String::new(), vec![]),
    };
    let ulimits: Vec<Value> = r
        .host
        .ulimits
        .iter()
        .map(|u| {
            let n = |x: u64| if x == u64::MAX { json!(-1) } else { json!(x) };
            json!({"Name": u.name, "Hard": n(u.hard), "Soft": n(u.soft)})
        })
        .collect();
    let null_if_empty = |v: &Vec<String>| if v.is_empty() { Value::Null } else { json!(v) };
    let state = json!({
        "Status": s.status.as_str(),
        "Running": matches!(s.status, Status::Running | Status::Paused | Status::Restarting),
        "Paused": s.status == Status::Paused,
        "Restarting": s.status == Status::Restarting,
        "OOMKilled": s.oom_killed,
        "Dead": false,
        "Pid": s.pid,
        "ExitCode": s.exit_code,
        "Error": s.error,
        "StartedAt": rfc3339_nano(s.started_at),
        "FinishedAt": rfc3339_nano(s.finished_at),
    });
    let hostconfig = json!({
        "LogConfig": {"Type": r.host.log_driver, "Config": r.host.log_opts},
        "RestartPolicy": {"Name": r.host.restart_policy.name, "MaximumRetryCount": r.host.restart_policy.maximum_retry_count},
        "AutoRemove": r.host.auto_remove,
        "CapAdd": null_if_empty(&r.host.cap_add),
        "CapDrop": null_if_empty(&r.host.cap_drop),
        "Privileged": r.host.privileged,
        "ReadonlyRootfs": r.host.read_only,
        "SecurityOpt": null_if_empty(&r.host.security_opt),
        "Tmpfs": if r.host.tmpfs.is_empty() { Value::Null } else { json!(r.host.tmpfs) },
        "UsernsMode": r.host.userns,
        "Runtime": r.host.runtime.clone().unwrap_or_else(|| "dhow".into()),
        "Init": r.host.init,
        "Ulimits": ulimits,
        "Binds": binds_json(&r.host.mounts),
        "VolumesFrom": null_if_empty(&r.host.volumes_from),
    });
    let mut hostconfig = hostconfig;
    if let (Some(h), Value::Object(n)) = (hostconfig.as_object_mut(), crate::network::inspect::inspect_host_config(r)) {
        h.extend(n);
    }
    if let (Some(h), Value::Object(n)) = (hostconfig.as_object_mut(), super::limits::inspect_host_config(r)) {
        h.extend(n);
    }
    if let (Some(h), Value::Object(n)) = (hostconfig.as_object_mut(), super::extras::inspect_host_config(r)) {
        h.extend(n);
    }
    let graphdriver = json!({
        "Data": {
            "LowerDir": p.lower,
            "MergedDir": format!("{}/merged", p.dir),
            "UpperDir": format!("{}/upper", p.dir),
            "WorkDir": format!("{}/work", p.dir),
        },
        "Name": "overlay",
    });
    let config = json!({
        "Hostname": r.config.hostname,
        "Domainname": "",
        "User": r.config.user,
        "AttachStdin": r.config.open_stdin,
        "AttachStdout": false,
        "AttachStderr": false,
        "Tty": r.config.tty,
        "OpenStdin": r.config.open_stdin,
        "StdinOnce": false,
        "Env": r.config.env,
        "Cmd": null_if_empty(&r.config.cmd),
        "Image": r.image_name,
        "Volumes": null,
        "WorkingDir": r.config.working_dir,
        "Entrypoint": null_if_empty(&r.config.entrypoint),
        "OnBuild": null,
        "Labels": r.config.labels,
        "StopSignal": r.config.stop_signal,
        "StopTimeout": r.config.stop_timeout,
        "ExposedPorts": crate::network::inspect::exposed_map(&r.config.exposed_ports),
    });
    let mut config = config;
    if !r.config.create_command.is_empty() {
        config["CreateCommand"] = json!(r.config.create_command);
    }
    if let Some(c) = config.as_object_mut() {
        c.extend(super::extras::inspect_config(r));
    }
    if let Some(h) = &r.config.healthcheck {
        config["Healthcheck"] = json!(h);
        config["HealthcheckOnFailureAction"] = json!(r.config.health_on_failure.as_str());
    }
    let running = matches!(s.status, Status::Running | Status::Paused | Status::Restarting);
    let networksettings = crate::network::inspect::inspect_settings(r, std::path::Path::new(&p.dir), running);
    json!({
        "Id": r.id,
        "Created": rfc3339_nano(Some(r.created)),
        "Path": path,
        "Args": args,
        "State": state,
        // podman's: "" for a --rootfs container (no image), and its directory.
        "Image": if r.host.extras.rootfs.is_empty() { r.image_id.to_string() } else { String::new() },
        "Rootfs": r.host.extras.rootfs,
        "ImageName": r.image_name,
        "ResolvConfPath": format!("{}/resolv.conf", p.dir),
        "HostnamePath": format!("{}/hostname", p.dir),
        "HostsPath": format!("{}/hosts", p.dir),
        "LogPath": p.log,
        // podman's: the bare name (docker's has a leading "/").
        "Name": r.name,
        // podman's: the pod's ID ("" outside a pod).
        "Pod": r.host.pod,
        "RestartCount": s.restart_count,
        "Driver": "overlay",
        "Platform": "linux",
        "MountLabel": "",
        "ProcessLabel": "",
        "AppArmorProfile": "",
        "ExecIDs": null,
        "HostConfig": hostconfig,
        "DhowLimits": super::limits::inspect_enforcement(std::path::Path::new(&p.dir)),
        "GraphDriver": graphdriver,
        "Mounts": mounts_json(&r.host.mounts),
        "Config": config,
        "NetworkSettings": networksettings,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::container::record::Settings;

    fn record() -> ContainerRecord {
        ContainerRecord {
            id: "a".repeat(64),
            name: "web".into(),
            image_name: "docker.io/library/busybox:latest".into(),
            image_id: crate::image::digest::Digest::of(b"img"),
            layers: vec![],
            created: DateTime::parse_from_rfc3339("2024-01-02T03:04:05.5Z")
                .unwrap()
                .with_timezone(&Utc),
            command: vec!["sh".into(), "-c".into(), "sleep 1".into()],
            config: Settings {
                cmd: vec!["sh".into(), "-c".into(), "sleep 1".into()],
                ..Default::default()
            },
            host: Default::default(),
        }
    }

    #[test]
    fn shape_matches_docker() {
        let p = Paths {
            dir: "/c".into(),
            lower: "/l2:/l1".into(),
            log: "/c/ctr.log".into(),
        };
        let s = ContainerState {
            status: Status::Running,
            pid: 42,
            ..Default::default()
        };
        let v = to_json(&record(), &s, &p);
        assert_eq!(v["Name"], "web");
        assert_eq!(v["Path"], "sh");
        assert_eq!(v["Args"], json!(["-c", "sleep 1"]));
        assert_eq!(v["Created"], "2024-01-02T03:04:05.500000000Z");
        assert_eq!(v["State"]["Running"], true);
        assert_eq!(v["State"]["Pid"], 42);
        assert_eq!(v["State"]["StartedAt"], ZERO_TIME);
        assert!(v["Image"].as_str().unwrap().starts_with("sha256:"));
        assert_eq!(v["GraphDriver"]["Data"]["UpperDir"], "/c/upper");
        assert_eq!(v["Config"]["Entrypoint"], Value::Null);
        let t = crate::format::template::Template::parse("{{.State.Pid}} {{.Config.Cmd}}").unwrap();
        assert_eq!(t.render(&v).unwrap(), "42 [sh -c sleep 1]");
    }
}
