//! `dhow pause` / `dhow unpause`.

use super::targets::Targets;
use crate::container::Status;
use crate::engine::containers::pause;
use crate::engine::Engine;
use clap::Args;

#[derive(Args, Debug)]
#[command(mut_arg("all", |a| a.help("All running containers (pause) or all paused ones (unpause)")))]
#[command(mut_arg("filter", |a| a.short('f')))]
pub struct PauseArgs {
    #[command(flatten)]
    pub targets: Targets,
}

pub fn exec_pause(engine: &Engine, args: PauseArgs) -> anyhow::Result<()> {
    let names = args.targets.resolve(engine, |s| s.status == Status::Running)?;
    super::for_each_name(&names, |n| pause::pause(engine, n).map(|_| Some(n.to_string())))
}

pub fn exec_unpause(engine: &Engine, args: PauseArgs) -> anyhow::Result<()> {
    let names = args.targets.resolve(engine, |s| s.status == Status::Paused)?;
    super::for_each_name(&names, |n| pause::unpause(engine, n).map(|_| Some(n.to_string())))
}
