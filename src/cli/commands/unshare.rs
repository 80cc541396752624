//! `dhow unshare [COMMAND...]`: a command (default: the user's shell) in
//! dhow's rootless user namespace, where the user is root and the
//! subordinate IDs are container IDs 1..N — how a rootless user changes the
//! ownership of volume files or looks into the store (podman's `unshare`).

use crate::engine::Engine;
use crate::error::Exit;
use clap::Args;

#[derive(Args, Debug)]
pub struct UnshareArgs {
    /// Command and arguments (default: $SHELL, else /bin/sh)
    #[arg(value_name = "COMMAND", trailing_var_arg = true)]
    pub command: Vec<String>,
    /// Not supported by dhow (refused): dhow has no single rootless network namespace, each network has its own
    #[arg(long = "rootless-netns")]
    pub rootless_netns: bool,
}

pub fn exec(engine: &Engine, args: UnshareArgs) -> anyhow::Result<()> {
    super::refuse_given(&[("--rootless-netns", args.rootless_netns)], "dhow keeps no single rootless network namespace: each network has its own; run the command in a container on that network ('dhow run --network NAME ...')")?;
    let mut command = args.command;
    if command.is_empty() {
        command.push(std::env::var("SHELL").ok().filter(|s| !s.is_empty()).unwrap_or_else(|| "/bin/sh".into()));
    }
    // The namespace is already entered (cli/userns.rs).
    // A private mount namespace too, as podman's: `dhow mount` inside
    // mounts there, and everything mounted vanishes with the command.
    crate::sys::overlay::private_mount_namespace()?;
    let status = std::process::Command::new(&command[0])
        .args(&command[1..])
        .env("CONTAINERS_GRAPHROOT", &engine.paths.root)
        .env("CONTAINERS_RUNROOT", &engine.paths.runroot)
        .status();
    match status {
        Ok(s) if s.success() => Ok(()),
        Ok(s) => {
            use std::os::unix::process::ExitStatusExt;
            Err(Exit::silent(s.code().unwrap_or_else(|| 128 + s.signal().unwrap_or(0))).into())
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(Exit::with_code(127, format!("{}: command not found", command[0])).into()),
        Err(e) => Err(Exit::with_code(126, format!("{}: {e}", command[0])).into()),
    }
}
