//! `dhow port`: the published ports of a container (found by the engine,
//! `engine::network::published_ports`; printed here). Without networking
//! nothing is published and nothing is printed, as docker does for a
//! container without ports.

use crate::engine::Engine;
use crate::error::{Exit, ENGINE_FAILURE};
use clap::Args;

#[derive(Args, Debug)]
pub struct PortArgs {
    #[arg(value_name = "CONTAINER", required_unless_present_any = ["latest", "all"])]
    pub container: Option<String>,
    /// The port mappings of every running container, each line starting with its short ID
    #[arg(short, long, conflicts_with_all = ["latest", "container"])]
    pub all: bool,
    /// The most recently created container (the first word is then the port)
    #[arg(short, long)]
    pub latest: bool,
    /// Only this private port: PORT[/PROTO]
    #[arg(value_name = "PRIVATE_PORT[/PROTO]")]
    pub private: Option<String>,
}

/// `80` means `80/tcp`, as in docker.
fn with_proto(port: String) -> String {
    if port.contains('/') {
        port
    } else {
        format!("{port}/tcp")
    }
}

pub fn exec(engine: &Engine, mut args: PortArgs) -> anyhow::Result<()> {
    if args.all {
        let ops = crate::engine::containers::ops::containers(engine);
        let mut list = ops.list()?;
        list.sort_by(|a, b| b.0.created.cmp(&a.0.created));
        for (r, s) in list {
            if !crate::engine::containers::ops::is_running(&s.effective()) {
                continue;
            }
            let (_, all) = crate::engine::network::published_ports(engine, &r.id)?;
            for b in &all {
                println!("{}\t{} -> {}", &r.id[..12.min(r.id.len())], b.private(), b.host_addr());
            }
        }
        return Ok(());
    }
    let mut rest: Vec<String> = args.private.take().into_iter().collect();
    let container = super::targets::one_container(engine, args.latest, args.container.take(), &mut rest)?;
    args.private = rest.into_iter().next();
    let (record, all) = crate::engine::network::published_ports(engine, &container)?;
    match args.private {
        None => {
            for b in &all {
                println!("{} -> {}", b.private(), b.host_addr());
            }
        }
        Some(p) => {
            let want = with_proto(p);
            let found: Vec<_> = all.iter().filter(|b| b.private() == want).collect();
            if found.is_empty() {
                return Err(Exit::with_code(ENGINE_FAILURE, format!("no public port '{want}' published for {}", record.name)).into());
            }
            for b in found {
                println!("{}", b.host_addr());
            }
        }
    }
    Ok(())
}
