//! `dhow exec`: run a command in a running container.

use crate::engine::containers::client;
use crate::engine::containers::exec::{self, ExecRequest};
use crate::engine::Engine;
use crate::error::Exit;
use clap::Args;
use std::path::PathBuf;

#[derive(Args, Debug)]
pub struct ExecArgs {
    /// Detached mode: run the command in the background
    #[arg(short = 'd', long)]
    pub detach: bool,
    /// Keep STDIN open
    #[arg(short = 'i', long)]
    pub interactive: bool,
    /// Allocate a pseudo-terminal
    #[arg(short = 't', long)]
    pub tty: bool,
    /// Set environment variables (KEY=VALUE, or KEY to copy it from here)
    #[arg(short = 'e', long = "env", value_name = "KEY=VALUE")]
    pub env: Vec<String>,
    /// Read environment variables from a file
    #[arg(long = "env-file", value_name = "FILE")]
    pub env_file: Vec<PathBuf>,
    /// User to run as: NAME|UID[:GROUP|GID]
    #[arg(short = 'u', long)]
    pub user: Option<String>,
    /// Working directory inside the container
    #[arg(short = 'w', long = "workdir", value_name = "DIR")]
    pub workdir: Option<String>,
    /// Give extended privileges (every capability) to the command
    #[arg(long)]
    pub privileged: bool,
    /// Key sequence that detaches from the command (with -it)
    #[arg(long = "detach-keys", value_name = "KEYS", default_value = "ctrl-p,ctrl-q")]
    pub detach_keys: String,
    /// Pass down this many additional file descriptors (3 and on) to the command
    #[arg(long = "preserve-fds", value_name = "N", default_value_t = 0)]
    pub preserve_fds: u32,
    /// Run in the most recently created container (the first word is then the command)
    #[arg(short, long)]
    pub latest: bool,
    /// Container to run the command in
    #[arg(value_name = "CONTAINER")]
    pub container: Option<String>,
    /// Command and arguments
    #[arg(value_name = "COMMAND", required_unless_present = "latest", trailing_var_arg = true, allow_hyphen_values = true)]
    pub command: Vec<String>,
}

pub fn exec(engine: &Engine, mut args: ExecArgs) -> anyhow::Result<()> {
    let container = super::targets::one_container(engine, args.latest, args.container.take(), &mut args.command)?;
    if args.command.is_empty() {
        anyhow::bail!("give the command to run in the container");
    }
    let req = ExecRequest {
        command: args.command,
        interactive: args.interactive,
        tty: args.tty,
        detach: args.detach,
        env: args.env,
        env_files: args.env_file,
        user: args.user,
        workdir: args.workdir,
        privileged: args.privileged,
        detach_keys: client::parse_detach_keys(&args.detach_keys)?,
        preserve_fds: args.preserve_fds,
    };
    match exec::exec(engine, &container, &req)? {
        0 => Ok(()),
        code => Err(Exit::silent(code).into()),
    }
}
