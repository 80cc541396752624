//! `dhow stop`, `kill`, `restart`, `rm`, `wait`.

use super::for_each_name as each;
use super::targets::{ignore_missing, Targets};
use crate::container::health::HealthStatus;
use crate::container::{ContainerState, Status};
use crate::engine::containers::ops;
use crate::engine::Engine;
use clap::Args;

#[derive(Args, Debug)]
#[command(mut_arg("all", |a| a.help("Stop all running containers")))]
#[command(mut_arg("filter", |a| a.short('f')))]
pub struct StopArgs {
    #[command(flatten)]
    pub targets: Targets,
    /// Seconds to wait before killing the container
    #[arg(short = 't', long = "time", visible_alias = "timeout", value_name = "SECONDS")]
    pub time: Option<u32>,
    /// Ignore containers that do not exist
    #[arg(short, long)]
    pub ignore: bool,
}

fn running(s: &ContainerState) -> bool {
    ops::is_running(s)
}

pub fn exec_stop(engine: &Engine, args: StopArgs) -> anyhow::Result<()> {
    let names = args.targets.resolve(engine, running)?;
    each(&names, |n| Ok(ignore_missing(args.ignore, ops::stop(engine, n, args.time))?.map(|_| n.to_string())))
}

#[derive(Args, Debug)]
#[command(mut_arg("all", |a| a.help("Kill all running containers")))]
pub struct KillArgs {
    #[command(flatten)]
    pub targets: Targets,
    /// Signal to send
    #[arg(short, long, default_value = "KILL")]
    pub signal: String,
}

pub fn exec_kill(engine: &Engine, args: KillArgs) -> anyhow::Result<()> {
    let sig = crate::engine::containers::create::parse_signal(&args.signal)?;
    let names = args.targets.resolve(engine, running)?;
    each(&names, |n| ops::kill(engine, n, sig).map(|_| Some(n.to_string())))
}

#[derive(Args, Debug)]
#[command(mut_arg("all", |a| a.help("Restart all containers (with --running: the running ones)")))]
#[command(mut_arg("filter", |a| a.short('f')))]
pub struct RestartArgs {
    #[command(flatten)]
    pub targets: Targets,
    /// Seconds to wait before killing the container
    #[arg(short = 't', long = "time", visible_alias = "timeout", value_name = "SECONDS")]
    pub time: Option<u32>,
    /// With --all, only the running containers
    #[arg(long)]
    pub running: bool,
}

pub fn exec_restart(engine: &Engine, args: RestartArgs) -> anyhow::Result<()> {
    let names = args.targets.resolve(engine, |s| !args.running || running(s))?;
    each(&names, |n| {
        crate::engine::containers::start::restart(engine, n, args.time)?;
        Ok(Some(n.to_string()))
    })
}

#[derive(Args, Debug)]
#[command(mut_arg("all", |a| a.help("Remove all containers")))]
pub struct RmArgs {
    #[command(flatten)]
    pub targets: Targets,
    /// Force the removal of a running container (stopped with SIGKILL, or after --time)
    #[arg(short, long)]
    pub force: bool,
    /// With --force: seconds to wait for the stop signal before killing a running container (default: kill at once)
    #[arg(short = 't', long = "time", value_name = "SECONDS")]
    pub time: Option<u32>,
    /// Remove anonymous volumes of the container
    #[arg(short, long)]
    pub volumes: bool,
    /// Ignore containers that do not exist (so does --force, as podman's)
    #[arg(short, long)]
    pub ignore: bool,
    /// Also remove, first, the containers that depend on it (--requires, --network/--pid/--ipc/--uts/--cgroupns container:NAME), recursively
    #[arg(long)]
    pub depend: bool,
}

pub fn exec_rm(engine: &Engine, args: RmArgs) -> anyhow::Result<()> {
    let names = args.targets.resolve(engine, |_| true)?;
    each(&names, |n| rm_one(engine, &args, n).map_err(super::removal_exit))
}

fn rm_one(engine: &Engine, args: &RmArgs, n: &str) -> anyhow::Result<Option<String>> {
    // podman's `rm -f` succeeds on a missing container (cleanup scripts
    // rely on it); docker's fails. Accepting both means succeeding.
    let ignore = args.ignore || args.force;
    crate::engine::pods::check_removable(engine, n)?;
    if args.depend {
        let Some((record, _)) = ignore_missing(ignore, ops::find(engine, n))? else { return Ok(None) };
        for d in ops::dependents(engine, &record.id)? {
            anyhow::Context::with_context(ops::remove(engine, &d.id, args.force), || format!("removing {}, which depends on {n}", d.name))?;
            println!("{}", d.name);
        }
    }
    // podman's rm -f -t: the container's stop signal first, -t seconds.
    let Some(record) = ignore_missing(ignore, ops::remove_stopping(engine, n, args.force, args.time.unwrap_or(0)))? else {
        return Ok(None);
    };
    if args.volumes {
        // Anonymous volumes only; named volumes outlive their containers.
        crate::engine::volumes::remove_anonymous(engine, &record)?;
    }
    Ok(Some(n.to_string()))
}

#[derive(Args, Debug)]
#[command(mut_arg("all", |a| a.help("Wait for all containers")))]
pub struct WaitArgs {
    #[command(flatten)]
    pub targets: Targets,
    /// State to wait for: stopped or exited (default; prints the exit code), created, running, paused, healthy, unhealthy (print -1 as podman); repeatable, any of them ends the wait
    #[arg(long, value_name = "STATE", value_parser = ["stopped", "exited", "created", "running", "paused", "healthy", "unhealthy"])]
    pub condition: Vec<String>,
    /// How often to check the state for a --condition other than stopped, e.g. 250ms or 1s
    #[arg(short = 'i', long, value_name = "DURATION", default_value = "250ms")]
    pub interval: String,
    /// Ignore containers that do not exist
    #[arg(long)]
    pub ignore: bool,
}

/// Whether `state` (with `health`, the container's health status) satisfies
/// one of `wait --condition`'s states.
pub fn condition_met(conditions: &[String], state: &ContainerState, health: Option<HealthStatus>) -> bool {
    conditions.iter().any(|c| match c.as_str() {
        "created" => state.status == Status::Created,
        "running" => state.status == Status::Running,
        "paused" => state.status == Status::Paused,
        "healthy" => health == Some(HealthStatus::Healthy),
        "unhealthy" => health == Some(HealthStatus::Unhealthy),
        _ => false,
    })
}

pub fn exec_wait(engine: &Engine, args: WaitArgs) -> anyhow::Result<()> {
    let names = args.targets.resolve(engine, |_| true)?;
    let for_exit = args.condition.is_empty() || args.condition.iter().any(|c| c == "stopped" || c == "exited");
    if for_exit {
        return each(&names, |n| Ok(ignore_missing(args.ignore, ops::wait(engine, n))?.map(|c| c.to_string())));
    }
    // podman reads a plain number as milliseconds.
    let interval = match args.interval.parse::<u64>() {
        Ok(ms) => std::time::Duration::from_millis(ms),
        Err(_) => crate::util::duration::parse(&args.interval).map_err(|e| anyhow::anyhow!("--interval: {e}"))?,
    };
    let health_only = args.condition.iter().all(|c| c == "healthy" || c == "unhealthy");
    each(&names, |n| loop {
        let Some((record, state)) = ignore_missing(args.ignore, ops::find(engine, n))? else { return Ok(None) };
        if health_only && record.config.healthcheck.is_none() {
            anyhow::bail!("container {} has no defined healthcheck, so it never becomes {}", record.name, args.condition.join(" or "));
        }
        let health = crate::engine::containers::health::current(&ops::containers(engine).dir(&record.id), &record, &state);
        if condition_met(&args.condition, &state, health) {
            return Ok(Some("-1".to_string()));
        }
        std::thread::sleep(interval);
    })
}

#[derive(Args, Debug)]
#[command(mut_arg("all", |a| a.help("Clean up all stopped containers")))]
pub struct CleanupArgs {
    #[command(flatten)]
    pub targets: Targets,
    /// Remove the container after cleaning up
    #[arg(long)]
    pub rm: bool,
    /// Remove the container and then its image (unless other containers use it)
    #[arg(long)]
    pub rmi: bool,
    /// Clean up this exec session instead: dhow keeps no state of exec sessions after they end, so there is nothing to clean (no-op)
    #[arg(long, value_name = "SESSION")]
    pub exec: Option<String>,
}

/// podman's `container cleanup`: what podman does after a container stops
/// (unmounting, tearing down its network) dhow's monitor does itself when
/// the container exits, so this only checks the container has stopped and,
/// with `--rm`, removes it.
pub fn exec_cleanup(engine: &Engine, args: CleanupArgs) -> anyhow::Result<()> {
    let names = args.targets.resolve(engine, |s| !running(s))?;
    if args.exec.is_some() {
        return Ok(());
    }
    each(&names, |n| {
        let (record, state) = ops::find(engine, n)?;
        if running(&state) {
            anyhow::bail!("container {} is running or paused, refusing to clean up (stop it first: 'dhow stop {}')", record.name, record.name);
        }
        if args.rm || args.rmi {
            ops::remove(engine, &record.id, false)?;
        }
        if args.rmi {
            if let Err(e) = crate::engine::images::remove(engine, &record.image_id.hex(), false) {
                eprintln!("Warning: --rmi: could not remove image {}: {e:#}", record.image_name);
            }
        }
        Ok(Some(record.id))
    })
}

#[derive(Args, Debug)]
#[command(mut_arg("all", |a| a.help("All containers that are not running")))]
pub struct InitArgs {
    #[command(flatten)]
    pub targets: Targets,
}

/// podman's `init`: dhow prepares a container's root filesystem and spec
/// when it starts it, so there is nothing to do ahead; this checks the
/// container could be initialized (it is not running) and prints it.
pub fn exec_init(engine: &Engine, args: InitArgs) -> anyhow::Result<()> {
    let names = args.targets.resolve(engine, |s| !running(s))?;
    each(&names, |n| {
        let (record, state) = ops::find(engine, n)?;
        if running(&state) {
            anyhow::bail!("container {} is running: only created or stopped containers can be initialized (container state improper)", record.name);
        }
        Ok(Some(n.to_string()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wait_conditions() {
        let state = |status| ContainerState { status, ..Default::default() };
        let c = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert!(condition_met(&c(&["running"]), &state(Status::Running), None));
        assert!(!condition_met(&c(&["running"]), &state(Status::Created), None));
        assert!(condition_met(&c(&["paused", "created"]), &state(Status::Created), None));
    }
}
