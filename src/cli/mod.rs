//! Command-line interface: clap definitions, turning arguments into engine
//! options, and printing results. No syscalls and no file formats here.
//!
//! Each command lives in `commands/<name>.rs` with its clap `Args` struct and an
//! `exec` of a few lines that calls one engine function; flags shared by several
//! commands are defined once in [`args`].

pub mod args;
pub mod commands;
pub mod docs;

use crate::config::paths::Paths;
use crate::engine::Engine;
use clap::{CommandFactory, Parser};

/// The top-level command line.
#[derive(Parser, Debug)]
#[command(
    name = "dhow",
    version,
    about = "Daemonless, rootless containers: the docker/podman commands, one binary",
    long_about = None,
    disable_help_subcommand = true,
    max_term_width = 100
)]
pub struct Cli {
    #[command(flatten)]
    pub global: args::GlobalArgs,
    #[command(subcommand)]
    pub command: commands::Command,
}

/// Runs dhow with the process arguments; returns the exit code.
pub fn main() -> i32 {
    let cli = match Cli::try_parse_from(compose_alias(std::env::args_os().collect())) {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            // docker exits 125 on bad flags; --help and --version are not errors.
            return if e.use_stderr() { crate::error::ENGINE_FAILURE } else { 0 };
        }
    };
    match run(cli) {
        Ok(()) => 0,
        Err(e) => crate::error::report(&e),
    }
}

/// Invoked as `docker-compose` or `dhow-compose` (a symlink to dhow), the
/// arguments are those of `dhow compose`.
fn compose_alias(mut args: Vec<std::ffi::OsString>) -> Vec<std::ffi::OsString> {
    let invoked = args.first().and_then(|a| std::path::Path::new(a).file_name()).map(|n| n.to_string_lossy().to_string());
    if matches!(invoked.as_deref(), Some("docker-compose" | "dhow-compose")) {
        args.insert(1, "compose".into());
    }
    args
}

fn run(cli: Cli) -> anyhow::Result<()> {
    let paths = Paths::resolve(cli.global.root.clone(), cli.global.runroot.clone())?;
    if let Some(pid) = cli.command.needs_user_namespace().then(|| cli.command.user_namespace_owner(&paths)).flatten() {
        crate::sys::userns::join(pid)?;
    } else if cli.command.needs_user_namespace() {
        crate::sys::userns::enter()?;
    }
    let engine = Engine::new(paths);
    cli.command.exec(&engine)
}

/// The clap command tree, for docs and completions.
pub fn command() -> clap::Command {
    Cli::command()
}

#[cfg(test)]
mod tests {
    /// clap's own consistency checks over every command (duplicate short
    /// flags, bad defaults): they otherwise fire only when a command runs.
    #[test]
    fn command_tree_is_consistent() {
        super::command().debug_assert();
    }

    #[test]
    fn docker_compose_symlink_means_compose() {
        let args = |v: &[&str]| v.iter().map(std::ffi::OsString::from).collect::<Vec<_>>();
        assert_eq!(super::compose_alias(args(&["/usr/local/bin/docker-compose", "up", "-d"])), args(&["/usr/local/bin/docker-compose", "compose", "up", "-d"]));
        assert_eq!(super::compose_alias(args(&["dhow", "ps"])), args(&["dhow", "ps"]));
    }
}
