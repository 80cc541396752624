//! `dhow pause` / `dhow unpause`.

use crate::engine::containers::pause;
use crate::engine::Engine;
use clap::Args;

#[derive(Args, Debug)]
pub struct PauseArgs {
    #[arg(value_name = "CONTAINER", required = true)]
    pub containers: Vec<String>,
}

pub fn exec_pause(engine: &Engine, args: PauseArgs) -> anyhow::Result<()> {
    super::for_each_name(&args.containers, |n| pause::pause(engine, n).map(|_| Some(n.to_string())))
}

pub fn exec_unpause(engine: &Engine, args: PauseArgs) -> anyhow::Result<()> {
    super::for_each_name(&args.containers, |n| pause::unpause(engine, n).map(|_| Some(n.to_string())))
}
