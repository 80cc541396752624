//! Command-line interface: clap definitions, turning arguments into engine
//! options, and printing results. No syscalls and no file formats here.
//!
//! Each command lives in `commands/<name>.rs` with its clap `Args` struct and an
//! `exec` of a few lines that calls one engine function; flags shared by several
//! commands are defined once in [`args`].

pub mod args;
pub mod commands;
pub mod docs;
pub mod pflag;
#[cfg(test)]
mod podman_flags;
pub mod resource_args;
pub mod run_extra_args;
pub mod userns;
pub mod compat_args;

use crate::config::paths::Paths;
use crate::engine::Engine;
use clap::{CommandFactory, FromArgMatches, Parser};

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
    /// OCI runtime for run/create: runc, crun or a path (as podman's global --runtime; run --runtime overrides it)
    #[arg(long = "runtime", value_name = "PATH")]
    pub runtime: Option<String>,
    /// Same as --remote (not supported)
    #[arg(short = 'r', hide = true)]
    pub remote_short: bool,
    /// Same as --connection (not supported)
    #[arg(short = 'c', hide = true, value_name = "NAME")]
    pub connection_short: Option<String>,
    #[command(subcommand)]
    pub command: commands::Command,
}

/// Runs dhow with the process arguments; returns the exit code.
pub fn main() -> i32 {
    let args = compose_alias(std::env::args_os().collect());
    let mut cmd = command_for(&args);
    let parsed = cmd.try_get_matches_from_mut(args).and_then(|m| Cli::from_arg_matches(&m).map(|cli| (cli, userns::command_path(&m))));
    // Thousands of flags: the process ends soon, so freeing them one by one
    // (a tenth of parsing's time) is left to the exit.
    std::mem::forget(cmd);
    let (cli, path) = match parsed {
        Ok(parsed) => parsed,
        Err(e) if e.kind() == clap::error::ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            // The group's help, then podman's error.
            let _ = e.print();
            eprintln!("Error: {}", pflag::missing_command(&e));
            return crate::error::ENGINE_FAILURE;
        }
        Err(e) if !e.use_stderr() => {
            // --help and --version are not errors.
            let _ = e.print();
            return 0;
        }
        Err(e) => {
            // podman's words and docker's exit code for bad flags.
            eprintln!("Error: {}", pflag::usage_message(&e));
            if let Some(hint) = pflag::help_hint(&e) {
                eprintln!("{hint}");
            }
            return crate::error::ENGINE_FAILURE;
        }
    };
    match run(cli, &path) {
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
    // Installed as a systemd user generator (README: "Quadlet").
    if invoked.as_deref() == Some("dhow-user-generator") {
        args.splice(1..1, ["quadlet".into(), "--user".into()]);
    }
    args
}

fn run(mut cli: Cli, path: &[String]) -> anyhow::Result<()> {
    cli.global.podman.remote |= cli.remote_short;
    if let Some(c) = cli.connection_short.take() {
        cli.global.podman.connection = Some(c);
    }
    cli.global.podman.check()?;
    if cli.global.podman.noout {
        silence_stdout()?;
    }
    if let Some(runtime) = cli.runtime.take() {
        cli.command.default_runtime(runtime);
    }
    let paths = Paths::resolve(cli.global.root.clone(), cli.global.runroot.clone())?;
    let enter = userns::needed(&path.iter().map(String::as_str).collect::<Vec<_>>());
    if let Some(pid) = enter.then(|| cli.command.user_namespace_owner(&paths)).flatten() {
        crate::sys::userns::join(pid)?;
    } else if enter {
        crate::sys::userns::enter()?;
    }
    let engine = Engine::new(paths);
    cli.command.exec(&engine)
}

/// podman's `--noout`: standard output goes to /dev/null.
fn silence_stdout() -> anyhow::Result<()> {
    use std::os::fd::AsRawFd;
    let null = std::fs::OpenOptions::new().write(true).open("/dev/null")?;
    nix::unistd::dup2(null.as_raw_fd(), 1).map_err(|e| anyhow::anyhow!("--noout: redirecting standard output to /dev/null: {e}"))?;
    Ok(())
}

/// The clap command tree with pflag's parsing rules: what is parsed, and
/// what docs and completions describe.
pub fn command() -> clap::Command {
    // Named `dhow` in usage and hints whatever the binary file is called.
    pflag::apply(Cli::command()).bin_name("dhow")
}

/// [`command`] as far as parsing `args` needs it: pflag's rules only on the
/// top-level commands `args` names (rewriting every flag of the whole tree
/// took a quarter of a `run`'s parsing).
fn command_for(args: &[std::ffi::OsString]) -> clap::Command {
    let words: std::collections::HashSet<&str> = args.iter().skip(1).filter_map(|a| a.to_str()).collect();
    let named = |c: &clap::Command| words.contains(c.get_name()) || c.get_all_aliases().any(|a| words.contains(a));
    pflag::apply_to(Cli::command(), named).bin_name("dhow")
}

#[cfg(test)]
mod tests {
    /// clap's own consistency checks over every command (duplicate short
    /// flags, bad defaults): they otherwise fire only when a command runs.
    #[test]
    fn command_tree_is_consistent() {
        super::command().debug_assert();
    }

    /// The tree `main` parses with (pflag's rules only where the line
    /// goes) reads lines as the whole tree does, nested commands included.
    #[test]
    fn the_parsing_tree_reads_lines_as_the_whole_tree() {
        let lines: [&[&str]; 6] = [
            &["dhow", "run", "--rm=false", "-d", "img", "true"],
            &["dhow", "--root", "/r", "container", "run", "-dit=false", "img"],
            &["dhow", "ps", "-a", "--format", "{{.Names}}"],
            &["dhow", "image", "ls", "--noheading"],
            &["dhow", "run", "--rm", "--rm=false", "img"],
            &["dhow", "run", "--bogus", "img"],
        ];
        for line in lines {
            let args: Vec<std::ffi::OsString> = line.iter().map(Into::into).collect();
            let whole = super::command().try_get_matches_from(args.clone()).map(|m| format!("{m:?}")).map_err(|e| e.kind());
            let parsing = super::command_for(&args).try_get_matches_from(args).map(|m| format!("{m:?}")).map_err(|e| e.kind());
            assert_eq!(parsing, whole, "{line:?}");
        }
    }

    #[test]
    fn docker_compose_symlink_means_compose() {
        let args = |v: &[&str]| v.iter().map(std::ffi::OsString::from).collect::<Vec<_>>();
        assert_eq!(super::compose_alias(args(&["/usr/local/bin/docker-compose", "up", "-d"])), args(&["/usr/local/bin/docker-compose", "compose", "up", "-d"]));
        assert_eq!(super::compose_alias(args(&["dhow", "ps"])), args(&["dhow", "ps"]));
    }
}
