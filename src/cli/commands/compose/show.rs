//! The compose subcommands that print: ps, ls, logs, images, config, version.

use super::args::*;
use crate::compose::model::Project;
use crate::compose::planner;
use crate::engine::compose::{self as ops, logs::Source};
use crate::engine::Engine;
use anyhow::{bail, Context, Result};
use crate::engine::containers::logs::LogsOptions;
use crate::format::output::{render_rows, Column, OutputFormat};
use serde_json::{json, Value};
use std::io::Write;

/// `ls`: projects found by their containers' labels.
pub(super) fn ls(engine: &Engine, a: &LsArgs) -> Result<()> {
    let mut names = Vec::new();
    for f in &a.filter {
        match f.split_once('=') {
            Some(("name", n)) => names.push(n.to_string()),
            _ => bail!("invalid filter {f:?}: compose ls filters by name=NAME"),
        }
    }
    let opts = crate::engine::containers::list::ListOptions { all: true, filters: vec![format!("label={}", planner::LABEL_PROJECT)], ..Default::default() };
    let mut projects: std::collections::BTreeMap<String, (std::collections::BTreeMap<String, usize>, String)> = Default::default();
    for c in crate::engine::containers::list::list(engine, &opts)? {
        let name = ops::label(&c, planner::LABEL_PROJECT);
        let entry = projects.entry(name).or_default();
        *entry.0.entry(c.state.status.as_str().to_string()).or_default() += 1;
        entry.1 = ops::label(&c, planner::LABEL_CONFIG_FILES);
    }
    let rows: Vec<Value> = projects
        .into_iter()
        .filter(|(_, (states, _))| a.all || states.contains_key("running"))
        .filter(|(name, _)| names.iter().all(|n| name.contains(n.as_str())))
        .map(|(name, (states, files))| {
            let status: Vec<String> = states.iter().map(|(s, n)| format!("{s}({n})")).collect();
            json!({ "Name": name, "Status": status.join(", "), "ConfigFiles": files })
        })
        .collect();
    const TABLE: [Column; 3] = [Column { header: "NAME", field: "Name" }, Column { header: "STATUS", field: "Status" }, Column { header: "CONFIG FILES", field: "ConfigFiles" }];
    print_rows(&rows, a.quiet, a.format.as_deref(), &TABLE)
}

/// `web-1` for `PROJECT-web-1`; a custom container_name as it is.
pub(super) fn prefix_name(project: &Project, name: &str) -> String {
    name.strip_prefix(&format!("{}-", project.name)).unwrap_or(name).to_string()
}

pub(super) fn ps(engine: &Engine, project: &Project, a: PsArgs) -> Result<()> {
    let mut cs = ops::service_containers(engine, project, &a.service)?;
    if !a.orphans {
        cs.retain(|c| {
            let s = ops::label(c, planner::LABEL_SERVICE);
            project.services.contains_key(&s) || project.disabled.contains_key(&s)
        });
    }
    if !a.all {
        cs.retain(|c| crate::engine::containers::ops::is_running(&c.state) || !a.status.is_empty());
    }
    if !a.status.is_empty() {
        cs.retain(|c| a.status.iter().any(|s| s == c.state.status.as_str()));
    }
    let out = &mut std::io::stdout().lock();
    if a.services {
        let mut seen = Vec::new();
        for c in &cs {
            let s = ops::label(c, planner::LABEL_SERVICE);
            if !seen.contains(&s) {
                writeln!(out, "{s}")?;
                seen.push(s);
            }
        }
        return Ok(());
    }
    if a.quiet {
        for c in &cs {
            writeln!(out, "{}", c.record.id)?;
        }
        return Ok(());
    }
    let now = chrono::Utc::now();
    let rows: Vec<Value> = cs
        .iter()
        .map(|c| {
            let r = &c.record;
            json!({
                "ID": r.id,
                "Name": r.name,
                "Names": r.name,
                "Image": r.image_name,
                "Command": crate::engine::containers::list::command_cell(&crate::engine::containers::list::command_line(r), a.no_trunc),
                "Project": project.name,
                "Service": ops::label(c, planner::LABEL_SERVICE),
                "CreatedAt": crate::engine::containers::list::created_at(r.created),
                "RunningFor": format!("{} ago", crate::util::human::duration((now - r.created).num_seconds().max(0))),
                "State": c.state.status.as_str(),
                "Status": crate::engine::containers::list::status_string(&c.state, now),
                "ExitCode": c.state.exit_code,
                "Health": "",
                "Ports": c.ports,
                "Labels": crate::engine::containers::list::labels_string(r),
            })
        })
        .collect();
    if a.format.as_deref() == Some("json") {
        // docker compose prints one JSON object per line.
        for r in &rows {
            writeln!(out, "{}", serde_json::to_string(r)?)?;
        }
        return Ok(());
    }
    const TABLE: [Column; 7] = [
        Column { header: "NAME", field: "Name" },
        Column { header: "IMAGE", field: "Image" },
        Column { header: "COMMAND", field: "Command" },
        Column { header: "SERVICE", field: "Service" },
        Column { header: "CREATED", field: "RunningFor" },
        Column { header: "STATUS", field: "Status" },
        Column { header: "PORTS", field: "Ports" },
    ];
    render_rows(&OutputFormat::parse(a.format.as_deref())?, &TABLE, &rows, out)
}

pub(super) fn logs(engine: &Engine, project: &Project, a: LogsArgs, colour: bool) -> Result<()> {
    let mut cs = ops::service_containers(engine, project, &a.services)?;
    if let Some(i) = a.index {
        cs.retain(|c| ops::label(c, planner::LABEL_NUMBER) == i.to_string());
    }
    let names: Vec<String> = cs.iter().map(|c| prefix_name(project, &c.record.name)).collect();
    let sources: Vec<Source> = cs.iter().zip(ops::logs::prefixes(&names, a.no_log_prefix, colour && !a.no_color)).map(|(c, prefix)| Source { id: c.record.id.clone(), prefix }).collect();
    let tail = match a.tail.as_str() {
        "all" | "-1" => None,
        n => Some(n.parse::<usize>().map_err(|_| anyhow::anyhow!("invalid --tail {n:?}: a number of lines or \"all\""))?),
    };
    let since = a.since.as_deref().map(|s| crate::util::timestamp::parse(s, chrono::Utc::now())).transpose()?;
    let until = a.until.as_deref().map(|s| crate::util::timestamp::parse(s, chrono::Utc::now())).transpose()?;
    let opts = LogsOptions { follow: a.follow, timestamps: a.timestamps, tail, since, until };
    ops::logs::show(engine, &sources, &opts)
}

pub(super) fn images(engine: &Engine, project: &Project, a: ImagesArgs) -> Result<()> {
    let store = engine.store_readonly();
    let mut rows = Vec::new();
    for c in ops::service_containers(engine, project, &a.services)? {
        let r = &c.record;
        let name = r.image_name.as_str();
        let slash = name.rfind('/').map_or(0, |i| i + 1);
        let (repo, tag) = match name[slash..].rfind(':') {
            Some(i) => (&name[..slash + i], &name[slash + i + 1..]),
            None => (name, "latest"),
        };
        let size = crate::engine::images::resolve(engine, &store, &r.image_id.to_string()).map(|i| crate::util::human::size(i.size)).unwrap_or_default();
        rows.push(json!({ "ContainerName": r.name, "Repository": repo, "Tag": tag, "ID": r.image_id.short(), "Size": size }));
    }
    let out = &mut std::io::stdout().lock();
    if a.quiet {
        for r in &rows {
            writeln!(out, "{}", r["ID"].as_str().unwrap_or_default())?;
        }
        return Ok(());
    }
    const TABLE: [Column; 5] = [
        Column { header: "CONTAINER", field: "ContainerName" },
        Column { header: "REPOSITORY", field: "Repository" },
        Column { header: "TAG", field: "Tag" },
        Column { header: "IMAGE ID", field: "ID" },
        Column { header: "SIZE", field: "Size" },
    ];
    render_rows(&OutputFormat::parse(a.format.as_deref())?, &TABLE, &rows, out)
}

pub(super) fn config(project: &Project, a: ConfigArgs) -> Result<()> {
    if a.quiet {
        return Ok(());
    }
    let mut buf = Vec::new();
    config_to(project, &a, &mut buf)?;
    match &a.output {
        // Written whole or not at all.
        Some(path) => crate::util::atomic::write_file(path, &buf, 0o644).with_context(|| format!("writing {}", path.display())),
        None => Ok(std::io::stdout().lock().write_all(&buf)?),
    }
}

fn config_to(project: &Project, a: &ConfigArgs, out: &mut Vec<u8>) -> Result<()> {
    if a.networks {
        for n in project.networks.keys() {
            writeln!(out, "{n}")?;
        }
        return Ok(());
    }
    if a.services {
        for s in planner::start_order(project)? {
            writeln!(out, "{s}")?;
        }
        return Ok(());
    }
    if a.volumes {
        for v in project.volumes.keys() {
            writeln!(out, "{v}")?;
        }
        return Ok(());
    }
    if a.images {
        for s in project.services.values() {
            writeln!(out, "{}", planner::image_name(project, s))?;
        }
        return Ok(());
    }
    if a.profiles {
        let mut all: Vec<&String> = project.services.values().chain(project.disabled.values()).flat_map(|s| s.profiles.iter()).collect();
        all.sort();
        all.dedup();
        for p in all {
            writeln!(out, "{p}")?;
        }
        return Ok(());
    }
    match a.format.as_str() {
        "yaml" => write!(out, "{}", crate::compose::to_yaml(project)?)?,
        "json" => writeln!(out, "{}", crate::compose::to_json(project)?)?,
        f => bail!("invalid --format {f:?}: use yaml or json"),
    }
    Ok(())
}

pub(super) fn version(a: &VersionArgs) -> Result<()> {
    let v = planner::COMPOSE_VERSION;
    match (a.short, a.format.as_deref()) {
        (true, _) => println!("{v}"),
        (_, Some("json")) => println!("{}", json!({ "version": format!("v{v}") })),
        _ => println!("dhow compose version v{v} (docker compose v2 behaviour; dhow {})", env!("CARGO_PKG_VERSION")),
    }
    Ok(())
}

/// `events`: the project's container events from the engine's event log,
/// live, as docker compose prints them (`TIME container ACTION ID (k=v,
/// ...)`, or one JSON object a line with `--json`).
pub(super) fn events(engine: &Engine, project: &Project, a: EventsArgs) -> Result<()> {
    use crate::engine::events::{self, ReadOptions};
    for s in &a.services {
        if !project.services.contains_key(s) && !project.disabled.contains_key(s) {
            bail!("no such service: {s}");
        }
    }
    let stdout = std::io::stdout();
    let now = chrono::Utc::now();
    let at = |t: &Option<String>| t.as_deref().map(|s| crate::util::timestamp::parse(s, now)).transpose();
    let opts = ReadOptions { since: at(&a.since)?, until: at(&a.until)?, ..Default::default() };
    events::read(&engine.paths, &opts, &mut |e| {
        if e.kind != "container" {
            return Ok(true);
        }
        let Some(service) = planner::service_of_container(project, &e.name) else { return Ok(true) };
        if !a.services.is_empty() && !a.services.iter().any(|s| s == service) {
            return Ok(true);
        }
        let mut attributes = e.attributes.clone();
        attributes.insert("name".into(), e.name.clone());
        attributes.insert("image".into(), e.image.clone());
        let line = if a.json {
            json!({"time": e.time, "type": "container", "service": service, "id": e.id, "action": e.action, "attributes": attributes}).to_string()
        } else {
            let attrs: Vec<String> = attributes.iter().map(|(k, v)| format!("{k}={v}")).collect();
            format!("{} container {} {} ({})", e.time.format("%Y-%m-%d %H:%M:%S%.6f"), e.action, e.id, attrs.join(", "))
        };
        let mut out = stdout.lock();
        // A closed pipe ends the command.
        Ok(writeln!(out, "{line}").and_then(|_| out.flush()).is_ok())
    })
}

/// `volumes [SERVICE...]`: the project's named volumes (those the named
/// services mount), as docker compose lists them (DRIVER, VOLUME NAME).
pub(super) fn volumes(engine: &Engine, project: &Project, a: &VolumesArgs) -> Result<()> {
    for s in &a.services {
        if !project.services.contains_key(s) {
            bail!("no such service: {s}");
        }
    }
    let used: std::collections::BTreeSet<&String> = project
        .services
        .iter()
        .filter(|(n, _)| a.services.is_empty() || a.services.contains(n))
        .flat_map(|(_, s)| s.volumes.iter().filter_map(|v| v.source.as_ref()))
        .filter_map(|k| project.volumes.get(k))
        .map(|v| &v.name)
        .collect();
    let store = crate::engine::volumes::VolumeStore::for_engine(engine);
    let rows: Vec<Value> = store
        .list()?
        .into_iter()
        .filter(|v| v.labels.get(planner::LABEL_PROJECT) == Some(&project.name) && (a.services.is_empty() || used.contains(&v.name)))
        .map(|v| json!({ "Driver": v.driver, "Name": v.name, "Mountpoint": v.mountpoint, "Scope": v.scope, "Labels": v.labels.iter().map(|(k, x)| format!("{k}={x}")).collect::<Vec<_>>().join(",") }))
        .collect();
    const TABLE: [Column; 2] = [Column { header: "DRIVER", field: "Driver" }, Column { header: "VOLUME NAME", field: "Name" }];
    print_rows(&rows, a.quiet, a.format.as_deref(), &TABLE)
}

/// Rows as a table (or `--format`), or with `quiet` their names only.
fn print_rows(rows: &[Value], quiet: bool, format: Option<&str>, table: &[Column]) -> Result<()> {
    let out = &mut std::io::stdout().lock();
    if quiet {
        for r in rows {
            writeln!(out, "{}", r["Name"].as_str().unwrap_or_default())?;
        }
        return Ok(());
    }
    render_rows(&OutputFormat::parse(format)?, table, rows, out)
}
