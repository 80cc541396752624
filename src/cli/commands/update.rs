//! `dhow update`: change a container's restart policy.

use crate::container::record::RestartPolicy;
use crate::engine::containers::update;
use crate::engine::Engine;
use clap::Args;

#[derive(Args, Debug)]
pub struct UpdateArgs {
    /// Restart policy to apply when the container exits (no, always, on-failure[:N], unless-stopped)
    #[arg(long, value_name = "POLICY")]
    pub restart: Option<String>,
    #[arg(value_name = "CONTAINER", required = true)]
    pub containers: Vec<String>,
}

pub fn exec(engine: &Engine, args: UpdateArgs) -> anyhow::Result<()> {
    let Some(restart) = &args.restart else {
        anyhow::bail!("you must provide one or more flags when using this command (only --restart can be updated here)");
    };
    let policy = RestartPolicy::parse(restart).map_err(|e| anyhow::anyhow!(e))?;
    super::for_each_name(&args.containers, |n| update::set_restart_policy(engine, n, &policy).map(|_| Some(n.to_string())))
}
