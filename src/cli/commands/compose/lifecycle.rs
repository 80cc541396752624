//! The compose subcommands that change containers or images: up, run,
//! exec, build, pull, push, kill, pause.

use super::args::*;
use super::show::prefix_name;
use crate::compose::model::Project;
use crate::compose::planner::{self, UpFlags};
use crate::engine::compose::{self as ops, logs::Source, ImageOptions, UpOptions};
use crate::engine::containers::client::{self, AttachOptions, Ended};
use crate::engine::Engine;
use crate::error::Exit;
use anyhow::{bail, Result};
use std::io::IsTerminal;

pub(super) fn up(engine: &Engine, project: &Project, a: UpArgs, colour: bool, parallel: usize) -> Result<()> {
    if let Some(p) = &a.pull {
        if !matches!(p.as_str(), "always" | "missing" | "never" | "build") {
            bail!("invalid --pull {p:?}: use always, missing, never or build");
        }
    }
    let opts = UpOptions { parallel, ..up_options(&a) };
    let names = ops::up(engine, project, &opts)?;
    if a.wait {
        return wait_ready(engine, project, &names, a.wait_timeout);
    }
    if a.detach || a.no_start {
        return Ok(());
    }
    let all = ops::service_containers(engine, project, &[])?;
    let shown = |c: &&crate::engine::containers::list::ContainerSummary| {
        let svc = ops::label(c, planner::LABEL_SERVICE);
        (a.attach.is_empty() || a.attach.contains(&svc)) && !a.no_attach.contains(&svc)
    };
    let attached: Vec<_> = all.iter().filter(|c| names.contains(&c.record.name)).filter(shown).collect();
    let labels: Vec<String> = attached.iter().map(|c| prefix_name(project, &c.record.name)).collect();
    let sources: Vec<Source> = attached.iter().zip(ops::logs::prefixes(&labels, a.no_log_prefix, colour && !a.no_color)).map(|(c, prefix)| Source { id: c.record.id.clone(), prefix }).collect();
    let mut stop_order = names.clone();
    stop_order.reverse();
    eprintln!("Attaching to {}", labels.join(", "));
    let abort = match (a.abort_on_container_exit || a.exit_code_from.is_some(), a.abort_on_container_failure) {
        (true, _) => ops::logs::Abort::OnExit,
        (false, true) => ops::logs::Abort::OnFailure,
        (false, false) => ops::logs::Abort::Never,
    };
    let end = ops::logs::attach_until_stopped(engine, &sources, &stop_order, a.timeout, abort, a.timestamps)?;
    let exit_of = |name: &str| crate::engine::containers::ops::find(engine, name).map(|(_, s)| s.exit_code).unwrap_or(0);
    let code = match (&end, &a.exit_code_from) {
        (_, Some(svc)) => {
            let name = ops::first_container(engine, project, svc).ok_or_else(|| anyhow::anyhow!("no container for service {svc:?}"))?;
            exit_of(&name)
        }
        (ops::logs::AttachEnd::Interrupted, None) => 130,
        (ops::logs::AttachEnd::Aborted(first), None) => exit_of(first),
        (ops::logs::AttachEnd::AllStopped, None) => 0,
    };
    if code != 0 {
        return Err(Exit::silent(code).into());
    }
    Ok(())
}

/// `--wait`: until the containers `names` are running (healthy when they
/// have a health check), failing with the first that is not.
pub(super) fn wait_ready(engine: &Engine, project: &Project, names: &[String], timeout: Option<u64>) -> Result<()> {
    let health = ops::deps::EngineHealth { engine };
    // A one-shot others wait on to complete may have exited 0.
    let one_shots: Vec<String> = project
        .services
        .values()
        .flat_map(|s| s.depends_on.iter())
        .filter(|(_, d)| d.condition == crate::compose::model::Condition::ServiceCompletedSuccessfully)
        .filter_map(|(n, _)| project.services.get(n))
        .map(|s| planner::container_name(project, s, 1))
        .collect();
    let deadline = timeout.map(|t| std::time::Instant::now() + std::time::Duration::from_secs(t));
    ops::deps::wait_ready(names, &health, &|c| one_shots.iter().any(|o| o == c), deadline)
}

/// `wait SERVICE...`: every container of the services (one-off ones too),
/// at once; prints `container "ID" exited with status code N` as each
/// stops and exits with the code of the last, as docker compose does;
/// with `--down-project` the project is then taken down.
pub(super) fn wait(engine: &Engine, project: &Project, a: &WaitArgs) -> Result<()> {
    for s in &a.services {
        if !project.services.contains_key(s) && !project.disabled.contains_key(s) {
            bail!("no such service: {s}");
        }
    }
    let cs: Vec<_> = ops::containers(engine, &project.name)?.into_iter().filter(|c| a.services.contains(&ops::label(c, planner::LABEL_SERVICE))).collect();
    if cs.is_empty() {
        bail!("no containers for project {:?}", project.name);
    }
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::scope(|scope| {
        for c in &cs {
            let tx = tx.clone();
            scope.spawn(move || {
                let _ = tx.send(crate::engine::containers::ops::wait(engine, &c.record.id).map(|code| (c.record.id.clone(), code)));
            });
        }
        drop(tx);
        let mut last = 0;
        for r in rx {
            let (id, code) = r?;
            println!("container {id:?} exited with status code {code}");
            last = code;
        }
        if a.down_project {
            ops::down(engine, project, &ops::DownOptions { remove_orphans: true, ..Default::default() })?;
        }
        match last {
            0 => Ok(()),
            code => Err(Exit::silent(code).into()),
        }
    })
}

pub(super) fn up_options(a: &UpArgs) -> UpOptions {
    UpOptions {
        services: a.services.clone(),
        flags: UpFlags { force_recreate: a.force_recreate, no_recreate: a.no_recreate, no_deps: a.no_deps },
        images: ImageOptions { build: a.build, no_build: a.no_build, pull: a.pull.clone(), quiet: a.quiet_pull || a.quiet_build, ..Default::default() },
        remove_orphans: a.remove_orphans,
        no_start: a.no_start,
        timeout: a.timeout,
        parallel: 0,
        renew_anon_volumes: a.renew_anon_volumes,
    }
}

/// `up --scale SERVICE=NUM`.
pub(super) fn apply_scale(project: &mut Project, scales: &[String]) -> Result<()> {
    for s in scales {
        let (svc, n) = s.split_once('=').ok_or_else(|| anyhow::anyhow!("invalid --scale {s:?}: expected SERVICE=NUM"))?;
        let n: u32 = n.parse().map_err(|_| anyhow::anyhow!("invalid --scale {s:?}: NUM must be a number"))?;
        let service = project.services.get_mut(svc).ok_or_else(|| anyhow::anyhow!("no such service: {svc}"))?;
        if n > 1 && service.container_name.is_some() {
            bail!("service {svc:?} has a container_name and cannot be scaled to {n}");
        }
        service.scale = n;
    }
    Ok(())
}

pub(super) fn pause(engine: &Engine, project: &Project, services: &[String], on: bool) -> Result<()> {
    for c in ops::service_containers(engine, project, services)? {
        if on && c.state.status == crate::container::Status::Running {
            crate::engine::containers::pause::pause(engine, &c.record.id)?;
            ops::progress("Container", &c.record.name, "Paused");
        } else if !on && c.state.status == crate::container::Status::Paused {
            crate::engine::containers::pause::unpause(engine, &c.record.id)?;
            ops::progress("Container", &c.record.name, "Unpaused");
        }
    }
    Ok(())
}

pub(super) fn build(engine: &Engine, project: &Project, a: BuildArgs) -> Result<()> {
    let targets = targets(project, &a.services, a.with_dependencies)?;
    let opts = ImageOptions { no_cache: a.no_cache, build_args: a.build_arg.clone(), quiet: a.quiet, build_pull: a.pull, ..Default::default() };
    for name in &targets {
        let svc = project.services.get(name).ok_or_else(|| anyhow::anyhow!("no such service: {name}"))?;
        if svc.build.is_some() {
            ops::build_service(engine, project, svc, &opts)?;
        } else if !a.services.is_empty() {
            eprintln!("WARN: service {name:?} has no build section: skipped");
        }
    }
    Ok(())
}

/// The services a command works on: the named ones (all when none),
/// with `deps` the services they depend on too.
fn targets(project: &Project, named: &[String], deps: bool) -> Result<Vec<String>> {
    if named.is_empty() {
        return Ok(project.services.keys().cloned().collect());
    }
    for n in named {
        if !project.services.contains_key(n) {
            bail!("no such service: {n}");
        }
    }
    Ok(if deps { planner::selection(project, named, false)?.into_iter().collect() } else { named.to_vec() })
}

pub(super) fn pull(engine: &Engine, project: &Project, a: PullArgs) -> Result<()> {
    let policy = a.policy.as_deref().unwrap_or("always");
    if !matches!(policy, "always" | "missing") {
        bail!("invalid --policy {policy:?}: use missing or always");
    }
    for name in &targets(project, &a.services, a.include_deps)? {
        let svc = &project.services[name];
        if svc.image.is_none() || (a.ignore_buildable && svc.build.is_some()) {
            continue;
        }
        if policy == "missing" && crate::engine::images::local_id(engine, &planner::image_name(project, svc))?.is_some() {
            continue;
        }
        match ops::pull_service(engine, project, svc, a.quiet) {
            Ok(_) => {}
            // A service that is built may not be in any registry yet.
            Err(e) if a.ignore_pull_failures || svc.build.is_some() => eprintln!("WARN: {e:#}"),
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

pub(super) fn push(engine: &Engine, project: &Project, a: PushArgs) -> Result<()> {
    for name in &targets(project, &a.services, a.include_deps)? {
        let svc = &project.services[name];
        // Only services that name their image have somewhere to go.
        let Some(image) = &svc.image else { continue };
        let opts = crate::engine::transfer::push::PushOptions {
            image: image.clone(),
            destination: None,
            tls_verify: None,
            authfile: None,
            creds: None,
            format: None,
            compression: None,
            digestfile: None,
            quiet: a.quiet,
        };
        match crate::engine::transfer::push::push(engine, &opts) {
            Ok(_) => ops::progress("Image", image, "Pushed"),
            Err(e) if a.ignore_push_failures => eprintln!("WARN: {e:#}"),
            Err(e) => return Err(e.context(format!("pushing the image of service {name:?}"))),
        }
    }
    Ok(())
}

pub(super) fn kill(engine: &Engine, project: &Project, a: KillArgs) -> Result<()> {
    let sig = crate::util::signal::parse(&a.signal)?;
    for c in ops::service_containers(engine, project, &a.services)? {
        if crate::engine::containers::ops::is_running(&c.state) {
            crate::engine::containers::ops::kill(engine, &c.record.id, sig)?;
            ops::progress("Container", &c.record.name, "Killed");
        }
    }
    if a.remove_orphans {
        ops::remove_orphans(engine, project)?;
    }
    Ok(())
}

pub(super) fn exec_in(engine: &Engine, project: &Project, a: ExecArgs) -> Result<()> {
    let service = &a.service_and_command[0];
    let c = ops::replica(engine, project, service, a.index)?;
    let tty = !a.no_tty && !a.detach && std::io::stdin().is_terminal();
    let req = crate::engine::containers::exec::ExecRequest {
        command: a.service_and_command[1..].to_vec(),
        interactive: !a.detach,
        tty,
        detach: a.detach,
        env: a.env.clone(),
        user: a.user.clone(),
        workdir: a.workdir.clone(),
        privileged: a.privileged,
        detach_keys: client::parse_detach_keys("ctrl-p,ctrl-q")?,
        ..Default::default()
    };
    match crate::engine::containers::exec::exec(engine, &c.record.id, &req)? {
        0 => Ok(()),
        code => Err(Exit::silent(code).into()),
    }
}

pub(super) fn run(engine: &Engine, project: &Project, a: RunArgs) -> Result<()> {
    let service = a.service_and_command[0].clone();
    let svc = project.services.get(&service).ok_or_else(|| anyhow::anyhow!("no such service: {service}"))?;
    // Dependencies are brought up as `up` would.
    if !a.no_deps && !svc.depends_on.is_empty() {
        let deps: Vec<String> = svc.depends_on.keys().cloned().collect();
        ops::up(engine, project, &UpOptions { services: deps, ..Default::default() })?;
        let health = ops::deps::EngineHealth { engine };
        ops::deps::wait_for_dependencies(project, svc, &health, &|d| ops::first_container(engine, project, d))?;
    }
    let selected = [service.clone()].into_iter().collect();
    ops::ensure_volumes(engine, project, &selected)?;
    if let Some(p) = &a.pull {
        if !matches!(p.as_str(), "always" | "missing" | "never") {
            bail!("invalid --pull {p:?}: use always, missing or never");
        }
    }
    let images = ops::ensure_images(engine, project, &selected, &ImageOptions { build: a.build, pull: a.pull.clone(), quiet: a.quiet_pull || a.quiet || a.quiet_build, ..Default::default() })?;
    if a.remove_orphans {
        ops::remove_orphans(engine, project)?;
    }
    let hash = planner::config_hash(svc, &images[&service]);
    let existing: Vec<_> = ops::containers(engine, &project.name)?.iter().map(ops::existing).collect();
    let number = planner::next_number(&existing, &service);
    let tty = !a.no_tty && !a.detach && std::io::stdin().is_terminal();
    let command: Vec<String> = a.service_and_command[1..].to_vec();
    // `--env-from-file` first, `-e` over it, as docker run.
    let mut env_file_vars = Vec::new();
    for f in &a.env_from_file {
        let text = std::fs::read_to_string(f).map_err(|e| anyhow::anyhow!("reading --env-from-file {}: {e}", f.display()))?;
        let vars = crate::compose::interpolate::parse_env_file(&text, &Default::default()).map_err(|e| anyhow::anyhow!("--env-from-file {}: {e}", f.display()))?;
        env_file_vars.extend(vars.into_iter().map(|(k, v)| format!("{k}={v}")));
    }
    let replica = crate::engine::compose::options::Replica { number, hash: &hash, oneoff: true, joined: Default::default(), shared_tmpfs: Default::default(), use_aliases: a.use_aliases };
    let name = ops::create_container(engine, project, svc, &replica, |o| {
        if !command.is_empty() {
            o.command = command.clone();
        }
        if let Some(e) = &a.entrypoint {
            o.entrypoint = Some(e.clone());
        }
        if let Some(n) = &a.name {
            o.name = Some(n.clone());
        }
        o.env.extend(env_file_vars);
        o.env.extend(a.env.iter().cloned());
        if a.user.is_some() {
            o.user = a.user.clone();
        }
        if a.workdir.is_some() {
            o.workdir = a.workdir.clone();
        }
        o.volumes.extend(a.volume.iter().cloned());
        o.cap_add.extend(a.cap_add.iter().cloned());
        o.cap_drop.extend(a.cap_drop.iter().cloned());
        o.labels.extend(a.label.iter().cloned());
        if a.service_ports {
            o.network.publish = svc.ports.iter().map(|p| p.publish_spec()).collect();
        }
        o.network.publish.extend(a.publish.iter().cloned());
        o.rm = a.rm;
        o.tty = tty;
        o.interactive = a.interactive && !a.detach;
    })?;
    let (record, _) = crate::engine::containers::ops::find(engine, &name)?;
    let started = crate::engine::containers::start::start(engine, &record.id)?;
    if a.detach {
        println!("{name}");
        return Ok(());
    }
    let opts = AttachOptions { stdin: a.interactive, tty, sig_proxy: true, detach_keys: client::parse_detach_keys("ctrl-p,ctrl-q")? };
    match client::attach(started.conn, &opts)? {
        Ended::Exited(0) | Ended::Detached => Ok(()),
        Ended::Exited(code) => Err(Exit::silent(code).into()),
    }
}
