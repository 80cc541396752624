//! podman commands dhow takes but cannot carry out: each parses any
//! arguments (a script's command line is not "unknown flag") and fails
//! with `Error: podman's `CMD` is not supported by dhow: WHY`, exit 125.

use clap::Args;

/// Whatever the refused command was given.
#[derive(Args, Debug)]
pub struct RefusedArgs {
    #[arg(value_name = "ARGS", trailing_var_arg = true, allow_hyphen_values = true)]
    pub args: Vec<String>,
}

/// The refusal of `command` (podman's words for it) with the reason.
pub fn refuse(command: &str, why: &str) -> anyhow::Result<()> {
    Err(super::unsupported(&format!("'{command}'"), why))
}

pub const CHECKPOINT: &str = "checkpointing needs CRIU, which cannot run rootless; dhow does not checkpoint or restore containers (commit the container to an image instead: 'dhow commit')";
pub const REMOTE: &str = "dhow has no service and no remote API: it runs containers on this machine, in the calling process; run dhow where the containers should run";
pub const MACHINE: &str = "dhow runs containers directly on this Linux machine and manages no virtual machines";
pub const SIGNING: &str = "dhow does not sign images or check signature policies";
pub const SCP: &str = "dhow does not copy images between hosts or users itself; pipe 'dhow save IMAGE' into 'ssh HOST dhow load'";
pub const SPEC: &str = "dhow writes no podman JSON container spec; 'dhow generate kube' and 'dhow generate systemd' describe containers";
