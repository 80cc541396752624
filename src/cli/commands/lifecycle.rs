//! `dhow stop`, `kill`, `restart`, `rm`, `wait`.

use crate::engine::containers::ops;
use crate::engine::Engine;
use clap::Args;
use super::for_each_name as each;

#[derive(Args, Debug)]
pub struct StopArgs {
    #[arg(value_name = "CONTAINER", required_unless_present = "all")]
    pub containers: Vec<String>,
    /// Seconds to wait before killing the container
    #[arg(short = 't', long = "time", visible_alias = "timeout", value_name = "SECONDS")]
    pub time: Option<u32>,
    /// Stop all running containers
    #[arg(short, long)]
    pub all: bool,
}

fn running_ids(engine: &Engine) -> anyhow::Result<Vec<String>> {
    Ok(ops::containers(engine).list()?.into_iter().filter(|(_, s)| ops::is_running(&s.clone().effective())).map(|(r, _)| r.id).collect())
}

pub fn exec_stop(engine: &Engine, args: StopArgs) -> anyhow::Result<()> {
    let names = if args.all { running_ids(engine)? } else { args.containers };
    each(&names, |n| ops::stop(engine, n, args.time).map(|_| Some(n.to_string())))
}

#[derive(Args, Debug)]
pub struct KillArgs {
    #[arg(value_name = "CONTAINER", required_unless_present = "all")]
    pub containers: Vec<String>,
    /// Signal to send
    #[arg(short, long, default_value = "KILL")]
    pub signal: String,
    /// Kill all running containers
    #[arg(short, long)]
    pub all: bool,
}

pub fn exec_kill(engine: &Engine, args: KillArgs) -> anyhow::Result<()> {
    let sig = crate::engine::containers::create::parse_signal(&args.signal)?;
    let names = if args.all { running_ids(engine)? } else { args.containers };
    each(&names, |n| ops::kill(engine, n, sig).map(|_| Some(n.to_string())))
}

#[derive(Args, Debug)]
pub struct RestartArgs {
    #[arg(value_name = "CONTAINER", required = true)]
    pub containers: Vec<String>,
    /// Seconds to wait before killing the container
    #[arg(short = 't', long = "time", visible_alias = "timeout", value_name = "SECONDS")]
    pub time: Option<u32>,
}

pub fn exec_restart(engine: &Engine, args: RestartArgs) -> anyhow::Result<()> {
    each(&args.containers, |n| {
        ops::stop(engine, n, args.time)?;
        let (record, _) = ops::find(engine, n)?;
        crate::engine::containers::start::start(engine, &record.id)?;
        Ok(Some(n.to_string()))
    })
}

#[derive(Args, Debug)]
pub struct RmArgs {
    #[arg(value_name = "CONTAINER", required_unless_present = "all")]
    pub containers: Vec<String>,
    /// Force the removal of a running container (SIGKILL)
    #[arg(short, long)]
    pub force: bool,
    /// Remove anonymous volumes of the container
    #[arg(short, long)]
    pub volumes: bool,
    /// Remove all containers
    #[arg(short, long)]
    pub all: bool,
}

pub fn exec_rm(engine: &Engine, args: RmArgs) -> anyhow::Result<()> {
    let names = if args.all { ops::containers(engine).list()?.into_iter().map(|(r, _)| r.id).collect() } else { args.containers };
    each(&names, |n| {
        let record = ops::remove(engine, n, args.force)?;
        if args.volumes {
            // Anonymous volumes only; named volumes outlive their containers.
            crate::engine::volumes::remove_anonymous(engine, &record)?;
        }
        Ok(Some(n.to_string()))
    })
}

#[derive(Args, Debug)]
pub struct WaitArgs {
    #[arg(value_name = "CONTAINER", required = true)]
    pub containers: Vec<String>,
    /// Condition to wait for: running, stopped, exited, healthy, unhealthy (default stopped)
    #[arg(long, value_name = "CONDITION")]
    pub condition: Option<String>,
}

pub fn exec_wait(engine: &Engine, args: WaitArgs) -> anyhow::Result<()> {
    if let Some(c) = &args.condition {
        use crate::engine::containers::health;
        let condition = health::Condition::parse(c)?;
        return each(&args.containers, |n| health::wait_for(engine, n, condition).map(|c| Some(c.to_string())));
    }
    each(&args.containers, |n| ops::wait(engine, n).map(|c| Some(c.to_string())))
}
