//! The pure plan: dependency order, compose v2 names and labels, the
//! configuration hash, and what `up` must create, recreate, start, keep or
//! remove given the containers that exist. The executor
//! (`engine::compose`) only carries the plan out.

use super::model::{Condition, Project, Service};
use anyhow::{bail, Result};
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet};

pub const LABEL_PROJECT: &str = "com.docker.compose.project";
pub const LABEL_SERVICE: &str = "com.docker.compose.service";
pub const LABEL_NUMBER: &str = "com.docker.compose.container-number";
pub const LABEL_HASH: &str = "com.docker.compose.config-hash";
pub const LABEL_ONEOFF: &str = "com.docker.compose.oneoff";
pub const LABEL_WORKING_DIR: &str = "com.docker.compose.project.working_dir";
pub const LABEL_CONFIG_FILES: &str = "com.docker.compose.project.config_files";
pub const LABEL_DEPENDS_ON: &str = "com.docker.compose.depends_on";
pub const LABEL_IMAGE: &str = "com.docker.compose.image";
pub const LABEL_VERSION: &str = "com.docker.compose.version";
pub const LABEL_NETWORK: &str = "com.docker.compose.network";
pub const LABEL_VOLUME: &str = "com.docker.compose.volume";
/// The docker compose version whose behaviour dhow follows.
pub const COMPOSE_VERSION: &str = "2.29.0";

/// `PROJECT-SERVICE-N`, or the service's `container_name`.
pub fn container_name(project: &Project, svc: &Service, number: u32) -> String {
    match &svc.container_name {
        Some(n) => n.clone(),
        None => format!("{}-{}-{number}", project.name, svc.name),
    }
}

/// The service a container of the project belongs to, from its name alone
/// (`PROJECT-SERVICE-N`, `PROJECT-SERVICE-run-N`, or a `container_name`):
/// what `compose events` goes by, since a removed container has no record
/// left to read labels from.
pub fn service_of_container<'p>(project: &'p Project, name: &str) -> Option<&'p str> {
    let owns = |svc: &&Service| {
        if svc.container_name.as_deref() == Some(name) {
            return true;
        }
        let Some(rest) = name.strip_prefix(&format!("{}-{}-", project.name, svc.name)) else { return false };
        let n = rest.strip_prefix("run-").unwrap_or(rest);
        !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())
    };
    project.services.values().chain(project.disabled.values()).find(owns).map(|s| s.name.as_str())
}

/// The image a service runs: its `image`, or `PROJECT-SERVICE` when it is
/// only built (the name docker compose v2 gives built images).
pub fn image_name(project: &Project, svc: &Service) -> String {
    match &svc.image {
        Some(i) => i.clone(),
        None => format!("{}-{}", project.name, svc.name),
    }
}

/// The services to act on: `targets` (all when empty) and, unless
/// `no_deps`, everything they depend on.
pub fn selection(project: &Project, targets: &[String], no_deps: bool) -> Result<BTreeSet<String>> {
    for t in targets {
        if !project.services.contains_key(t) {
            bail!("no such service: {t}");
        }
    }
    let mut out: BTreeSet<String> = if targets.is_empty() { project.services.keys().cloned().collect() } else { targets.iter().cloned().collect() };
    if !no_deps {
        let mut queue: Vec<String> = out.iter().cloned().collect();
        while let Some(n) = queue.pop() {
            for d in project.services[&n].depends_on.keys() {
                if out.insert(d.clone()) {
                    queue.push(d.clone());
                }
            }
        }
    }
    Ok(out)
}

/// What `restart SERVICE...` restarts, as docker compose's
/// `prepareRestartProject`: the named services (all when none) and,
/// unless `no_deps`, the services that depend on them with `restart: true`
/// (transitively).
pub fn restart_selection(project: &Project, targets: &[String], no_deps: bool) -> Result<BTreeSet<String>> {
    let mut out = selection(project, targets, true)?;
    if no_deps || targets.is_empty() {
        return Ok(out);
    }
    loop {
        let more: Vec<String> = project
            .services
            .iter()
            .filter(|(n, s)| !out.contains(*n) && s.depends_on.iter().any(|(d, dep)| dep.restart && out.contains(d)))
            .map(|(n, _)| n.clone())
            .collect();
        if more.is_empty() {
            return Ok(out);
        }
        out.extend(more);
    }
}

/// Services in start order (dependencies first, then by name); a cycle is
/// an error naming it.
pub fn start_order(project: &Project) -> Result<Vec<String>> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        Visiting,
        Done,
    }
    fn visit(p: &Project, n: &str, marks: &mut BTreeMap<String, Mark>, stack: &mut Vec<String>, out: &mut Vec<String>) -> Result<()> {
        match marks.get(n) {
            Some(Mark::Done) => return Ok(()),
            Some(Mark::Visiting) => {
                let start = stack.iter().position(|s| s == n).unwrap_or(0);
                let mut cycle: Vec<String> = stack[start..].to_vec();
                cycle.push(n.to_string());
                bail!("dependency cycle detected: {}", cycle.join(" -> "));
            }
            None => {}
        }
        marks.insert(n.to_string(), Mark::Visiting);
        stack.push(n.to_string());
        if let Some(s) = p.services.get(n) {
            for d in s.depends_on.keys() {
                visit(p, d, marks, stack, out)?;
            }
        }
        stack.pop();
        marks.insert(n.to_string(), Mark::Done);
        out.push(n.to_string());
        Ok(())
    }
    let mut marks = BTreeMap::new();
    let mut out = Vec::new();
    for n in project.services.keys() {
        visit(project, n, &mut marks, &mut Vec::new(), &mut out)?;
    }
    Ok(out)
}

/// The hash `up` compares to decide on recreating: the service's normalised
/// configuration and the ID of the image it would run. The replica count is
/// left out: scaling adds or removes containers, it does not recreate them.
pub fn config_hash(svc: &Service, image_id: &str) -> String {
    let mut h = Sha256::new();
    let unscaled = Service { scale: 1, ..svc.clone() };
    h.update(serde_json::to_vec(&unscaled).unwrap_or_default());
    h.update(b"\0");
    h.update(image_id.as_bytes());
    hex::encode(h.finalize())
}

/// The labels every container of the project carries.
pub fn labels(project: &Project, svc: &Service, number: u32, hash: &str, oneoff: bool) -> BTreeMap<String, String> {
    let mut l = svc.labels.clone();
    l.insert(LABEL_PROJECT.into(), project.name.clone());
    l.insert(LABEL_SERVICE.into(), svc.name.clone());
    l.insert(LABEL_NUMBER.into(), number.to_string());
    l.insert(LABEL_HASH.into(), hash.to_string());
    l.insert(LABEL_ONEOFF.into(), if oneoff { "True" } else { "False" }.into());
    l.insert(LABEL_WORKING_DIR.into(), project.working_dir.to_string_lossy().to_string());
    l.insert(LABEL_CONFIG_FILES.into(), project.config_files.iter().map(|f| f.to_string_lossy().to_string()).collect::<Vec<_>>().join(","));
    let deps: Vec<String> = svc
        .depends_on
        .iter()
        .map(|(n, d)| {
            let c = match d.condition {
                Condition::ServiceStarted => "service_started",
                Condition::ServiceHealthy => "service_healthy",
                Condition::ServiceCompletedSuccessfully => "service_completed_successfully",
            };
            format!("{n}:{c}:{}", d.restart)
        })
        .collect();
    l.insert(LABEL_DEPENDS_ON.into(), deps.join(","));
    l.insert(LABEL_IMAGE.into(), image_name(project, svc));
    l.insert(LABEL_VERSION.into(), COMPOSE_VERSION.into());
    l
}

/// A container of the project as found on disk.
#[derive(Debug, Clone, PartialEq)]
pub struct Existing {
    pub id: String,
    pub name: String,
    pub service: String,
    pub number: u32,
    pub hash: String,
    pub running: bool,
    pub oneoff: bool,
}

/// One step of `up`.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Create { number: u32, name: String },
    /// Remove the old container, then create it anew under the same number.
    Recreate { number: u32, name: String, old_id: String },
    Start { name: String },
    Keep { name: String },
    /// Scale down: remove the container.
    Remove { name: String },
}

/// `up`'s flags that change the plan.
#[derive(Debug, Clone, Copy, Default)]
pub struct UpFlags {
    pub force_recreate: bool,
    pub no_recreate: bool,
    pub no_deps: bool,
}

/// What `up` will do, service by service in start order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpPlan {
    pub services: Vec<(String, Vec<Action>)>,
    /// Containers of services no longer in the project.
    pub orphans: Vec<Existing>,
}

impl UpPlan {
    /// A readable rendering for golden tests and `--dry-run`-style output.
    pub fn render(&self) -> String {
        let mut s = String::new();
        for (svc, actions) in &self.services {
            for a in actions {
                let line = match a {
                    Action::Create { name, .. } => format!("{svc}: create {name}"),
                    Action::Recreate { name, .. } => format!("{svc}: recreate {name}"),
                    Action::Start { name } => format!("{svc}: start {name}"),
                    Action::Keep { name } => format!("{svc}: keep {name}"),
                    Action::Remove { name } => format!("{svc}: remove {name}"),
                };
                s.push_str(&line);
                s.push('\n');
            }
        }
        for o in &self.orphans {
            s.push_str(&format!("orphan: {}\n", o.name));
        }
        s
    }
}

/// Plans `up` for `targets` (all services when empty). `hashes` holds each
/// selected service's [`config_hash`].
pub fn plan_up(project: &Project, targets: &[String], existing: &[Existing], hashes: &BTreeMap<String, String>, flags: UpFlags) -> Result<UpPlan> {
    let selected = selection(project, targets, flags.no_deps)?;
    let mut plan = UpPlan::default();
    let mut recreated: BTreeSet<String> = BTreeSet::new();
    for name in start_order(project)? {
        if !selected.contains(&name) {
            continue;
        }
        let svc = &project.services[&name];
        let hash = hashes.get(&name).cloned().unwrap_or_default();
        let mut mine: Vec<&Existing> = existing.iter().filter(|e| e.service == name && !e.oneoff).collect();
        mine.sort_by_key(|e| e.number);
        // A dependency recreated with `restart: true` recreates us too, as
        // does one whose container we join (network_mode, ipc or pid
        // service:X) or take volumes from: the old container is gone.
        let joins = |d: &str| svc.joined_services().iter().any(|(_, x)| *x == d) || svc.volumes_from.iter().any(|v| v.split(':').next() == Some(d));
        let dep_changed = svc.depends_on.iter().any(|(d, dep)| (dep.restart || joins(d)) && recreated.contains(d));
        let mut actions = Vec::new();
        for n in 1..=svc.scale {
            let cname = container_name(project, svc, n);
            match mine.iter().find(|e| e.number == n) {
                None => actions.push(Action::Create { number: n, name: cname }),
                Some(e) => {
                    let stale = e.hash != hash || dep_changed;
                    if !flags.no_recreate && (flags.force_recreate || stale) {
                        recreated.insert(name.clone());
                        actions.push(Action::Recreate { number: n, name: cname, old_id: e.id.clone() });
                    } else if e.running {
                        actions.push(Action::Keep { name: e.name.clone() });
                    } else {
                        actions.push(Action::Start { name: e.name.clone() });
                    }
                }
            }
        }
        for e in mine.iter().filter(|e| e.number > svc.scale) {
            actions.push(Action::Remove { name: e.name.clone() });
        }
        plan.services.push((name, actions));
    }
    let known: BTreeSet<&String> = project.services.keys().chain(project.disabled.keys()).collect();
    plan.orphans = existing.iter().filter(|e| !known.contains(&e.service) && !e.oneoff).cloned().collect();
    Ok(plan)
}

/// The next free number for a one-off (`compose run`) container.
pub fn next_number(existing: &[Existing], service: &str) -> u32 {
    existing.iter().filter(|e| e.service == service).map(|e| e.number).max().unwrap_or(0) + 1
}
