//! `dhow pause` / `dhow unpause`.

use crate::engine::containers::pause;
use crate::engine::Engine;
use clap::Args;

#[derive(Args, Debug)]
pub struct PauseArgs {
    #[arg(value_name = "CONTAINER", required = true)]
    pub containers: Vec<String>,
}

/// Runs `f` for each container, printing its name (docker prints what the
/// user typed); reports every failure and fails with the last.
fn each(names: &[String], f: impl Fn(&str) -> anyhow::Result<String>) -> anyhow::Result<()> {
    let mut failed = None;
    for n in names {
        match f(n) {
            Ok(_) => println!("{n}"),
            Err(e) => {
                if let Some(prev) = failed.replace(e) {
                    crate::error::report(&prev);
                }
            }
        }
    }
    failed.map_or(Ok(()), Err)
}

pub fn exec_pause(engine: &Engine, args: PauseArgs) -> anyhow::Result<()> {
    each(&args.containers, |n| pause::pause(engine, n))
}

pub fn exec_unpause(engine: &Engine, args: PauseArgs) -> anyhow::Result<()> {
    each(&args.containers, |n| pause::unpause(engine, n))
}
