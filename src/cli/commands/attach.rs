//! `dhow attach`: connect our terminal to a running container's main process.

use crate::engine::containers::client::{self, AttachOptions};
use crate::engine::containers::protocol::{self, Frame};
use crate::engine::containers::{ops, socket_path};
use crate::container::Status;
use crate::engine::Engine;
use crate::error::{Exit, ENGINE_FAILURE};
use anyhow::Context;
use clap::Args;

#[derive(Args, Debug)]
pub struct AttachArgs {
    /// Do not attach STDIN
    #[arg(long = "no-stdin")]
    pub no_stdin: bool,
    /// Proxy received signals to the container (non-tty mode)
    #[arg(long = "sig-proxy", value_name = "BOOL", default_value_t = true, num_args = 0..=1, default_missing_value = "true", action = clap::ArgAction::Set)]
    pub sig_proxy: bool,
    /// Key sequence that detaches from the container
    #[arg(long = "detach-keys", value_name = "KEYS", default_value = "ctrl-p,ctrl-q")]
    pub detach_keys: String,
    #[arg(value_name = "CONTAINER", required_unless_present = "latest")]
    pub container: Option<String>,
    /// The most recently created container
    #[arg(short, long)]
    pub latest: bool,
}

pub fn exec(engine: &Engine, args: AttachArgs) -> anyhow::Result<()> {
    let detach_keys = client::parse_detach_keys(&args.detach_keys)?;
    let container = super::targets::one_container(engine, args.latest, args.container.clone(), &mut Vec::new())?;
    let (record, state) = ops::find(engine, &container)?;
    match state.status {
        Status::Running | Status::Restarting => {}
        Status::Paused => {
            return Err(Exit::with_code(ENGINE_FAILURE, format!("you cannot attach to a paused container {}, unpause it first", record.name)).into())
        }
        _ => {
            return Err(Exit::with_code(ENGINE_FAILURE, format!("you cannot attach to a stopped container {}, start it first", record.name)).into())
        }
    }
    let path = socket_path(&engine.paths, &record.id);
    let mut conn = std::os::unix::net::UnixStream::connect(&path)
        .with_context(|| format!("connecting to the monitor of container {} ({})", record.name, path.display()))?;
    // The container's stdin exists only with -i at create; docker then
    // simply ignores what is typed.
    let stdin = !args.no_stdin && record.config.open_stdin;
    if !args.no_stdin && !record.config.open_stdin && std::io::IsTerminal::is_terminal(&std::io::stdin()) {
        eprintln!(
            "Note: container {} was created without -i: its stdin is closed, so only its output is shown (what you type is ignored; ctrl-c {} it)",
            record.name,
            if args.sig_proxy && !record.config.tty { "stops" } else { "detaches from" }
        );
    }
    protocol::write_frame(&mut conn, &Frame::Attach { stdin })?;
    let opts = AttachOptions { stdin, tty: record.config.tty, sig_proxy: args.sig_proxy, detach_keys };
    super::run::finish_attached(conn, &opts)
}
