//! `dhow update`: change a container's restart policy and resource limits.

use crate::cli::resource_args::LimitArgs;
use crate::container::record::RestartPolicy;
use crate::engine::containers::update;
use crate::engine::Engine;
use clap::Args;

#[derive(Args, Debug)]
pub struct UpdateArgs {
    /// Restart policy to apply when the container exits (no, always, on-failure[:N], unless-stopped)
    #[arg(long, value_name = "POLICY")]
    pub restart: Option<String>,
    #[command(flatten)]
    pub limits: LimitArgs,
    #[command(flatten)]
    pub unenforced: crate::cli::resource_args::UnenforcedArgs,
    #[arg(value_name = "CONTAINER", required = true)]
    pub containers: Vec<String>,
}

pub fn exec(engine: &Engine, args: UpdateArgs) -> anyhow::Result<()> {
    let flags = args.limits.flags();
    let unenforced = args.unenforced.check_and_warn()?;
    if args.restart.is_none() && !flags.any_limit() && unenforced == 0 {
        anyhow::bail!("you must provide one or more flags when using this command (--restart, -m, --cpus, --pids-limit, ...)");
    }
    let policy = args.restart.as_deref().map(RestartPolicy::parse).transpose().map_err(|e| anyhow::anyhow!(e))?;
    super::for_each_name(&args.containers, |n| {
        if flags.any_limit() {
            let (_, warnings) = update::set_limits(engine, n, &flags)?;
            for w in warnings {
                eprintln!("WARNING: {w}");
            }
        }
        if let Some(p) = &policy {
            update::set_restart_policy(engine, n, p)?;
        }
        Ok(Some(n.to_string()))
    })
}
