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
pub type Cli = CliOf<commands::Command>;

/// The top-level command line over a set of commands: [`Cli`], or
/// [`NoCommands`] for the root's own flags alone.
#[derive(Parser, Debug)]
#[command(
    name = "dhow",
    version,
    about = "Daemonless, rootless containers: the docker/podman commands, one binary",
    long_about = None,
    disable_help_subcommand = true,
    max_term_width = 100
)]
pub struct CliOf<C: clap::Subcommand + std::fmt::Debug> {
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
    pub command: C,
}

/// No commands: [`CliOf`] with it is the root alone, to which
/// [`command_for`] adds the commands a line names.
#[derive(Debug)]
pub enum NoCommands {}

impl FromArgMatches for NoCommands {
    fn from_arg_matches(_: &clap::ArgMatches) -> Result<Self, clap::Error> {
        Err(clap::Error::new(clap::error::ErrorKind::MissingSubcommand))
    }
    fn update_from_arg_matches(&mut self, _: &clap::ArgMatches) -> Result<(), clap::Error> {
        match *self {}
    }
}

impl clap::Subcommand for NoCommands {
    fn augment_subcommands(cmd: clap::Command) -> clap::Command {
        cmd
    }
    fn augment_subcommands_for_update(cmd: clap::Command) -> clap::Command {
        cmd
    }
    fn has_subcommand(_: &str) -> bool {
        false
    }
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

/// The clap command tree with pflag's rules: what is parsed, and what docs
/// and completions describe. Built, since commands' flags are deferred
/// until then (`commands::Command`).
pub fn command() -> clap::Command {
    finish(Cli::command())
}

/// [`command`] as far as parsing `args` needs it: the root with only the
/// commands `args` names (by name or alias; all of them when it names none,
/// or asks the root for help), so a line builds the flags of its own command
/// and not the thousands of all the others (three quarters of a `run`'s
/// time in the CLI).
fn command_for(args: &[std::ffi::OsString]) -> clap::Command {
    let words: Vec<&str> = args.iter().skip(1).filter_map(|a| a.to_str()).collect();
    let all = <commands::Command as clap::Subcommand>::augment_subcommands(clap::Command::new("dhow"));
    fn names(c: &clap::Command) -> Vec<&str> {
        std::iter::once(c.get_name()).chain(c.get_all_aliases()).collect()
    }
    let first_named = words.iter().position(|w| all.get_subcommands().any(|c| names(c).contains(w)));
    let root_help = words.iter().position(|w| matches!(*w, "--help" | "-h"));
    match first_named {
        Some(at) if root_help.is_none_or(|h| h > at) => {
            let named = all.get_subcommands().filter(|c| names(c).iter().any(|n| words.contains(n))).cloned();
            finish(CliOf::<NoCommands>::command().subcommands(named))
        }
        _ => finish(Cli::command()),
    }
}

/// A tree built (its commands' deferred flags added), then given pflag's
/// rules.
fn finish(cmd: clap::Command) -> clap::Command {
    let abouts = Abouts::of(&cmd);
    // Named `dhow` in usage and hints whatever the binary file is called.
    let mut cmd = cmd.bin_name("dhow");
    cmd.build();
    pflag::apply(abouts.put_back(cmd))
}

/// The descriptions of a tree's commands before it is built. A command's
/// description is its variant's doc comment, which clap applies before the
/// deferred flags, and so before the doc comment of the flags' struct
/// (which, applied last, would win).
struct Abouts {
    about: Option<(clap::builder::StyledStr, Option<clap::builder::StyledStr>)>,
    subcommands: Vec<(String, Abouts)>,
}

impl Abouts {
    fn of(cmd: &clap::Command) -> Abouts {
        Abouts {
            about: cmd.get_about().map(|a| (a.clone(), cmd.get_long_about().cloned())),
            subcommands: cmd.get_subcommands().map(|c| (c.get_name().to_string(), Abouts::of(c))).collect(),
        }
    }

    fn put_back(self, mut cmd: clap::Command) -> clap::Command {
        if let Some((about, long)) = self.about {
            cmd = match long {
                Some(long) => cmd.about(about).long_about(long),
                None => cmd.about(about).long_about(clap::builder::Resettable::Reset),
            };
        }
        for (name, abouts) in self.subcommands {
            cmd = cmd.mut_subcommand(name, |c| abouts.put_back(c));
        }
        cmd
    }
}

#[cfg(test)]
mod tests {
    /// clap's own consistency checks over every command (duplicate short
    /// flags, bad defaults): they otherwise fire only when a command runs.
    #[test]
    fn command_tree_is_consistent() {
        super::command().debug_assert();
    }

    /// The tree `main` parses with (only the commands a line names) reads
    /// lines as the whole tree does: the same values, the same errors and
    /// help, nested commands, aliases and global flags included.
    #[test]
    fn the_parsing_tree_reads_lines_as_the_whole_tree() {
        use clap::FromArgMatches;
        let lines: &[&[&str]] = &[
            &["dhow", "run", "--rm=false", "-d", "img", "true"],
            &["dhow", "--root", "/r", "container", "run", "-dit=false", "img"],
            &["dhow", "ps", "-a", "--format", "{{.Names}}"],
            &["dhow", "image", "ls", "--noheading"],
            &["dhow", "run", "--rm", "--rm=false", "img"],
            &["dhow", "run", "--bogus", "img"],
            &["dhow", "run", "--noout=true", "--root=/r", "-h", "host", "img", "ps"],
            &["dhow", "umount", "-a"],
            &["dhow", "ps", "--no-such-flag"],
            &["dhow", "container", "no-such-command"],
            &["dhow", "no-such-command"],
            &["dhow", "rn", "img"],
            &["dhow"],
            &["dhow", "image"],
            &["dhow", "--help"],
            &["dhow", "--help", "ps"],
            &["dhow", "ps", "--help"],
            &["dhow", "--version"],
            &["dhow", "--syslog=maybe", "ps"],
        ];
        let read = |cmd: clap::Command, args: Vec<std::ffi::OsString>| match cmd.try_get_matches_from(args) {
            Ok(m) => Ok(format!("{:?} {:?}", super::Cli::from_arg_matches(&m).map_err(|e| e.to_string()), super::userns::command_path(&m))),
            Err(e) => Err((e.kind(), super::pflag::usage_message(&e), super::pflag::help_hint(&e), e.render().to_string())),
        };
        for line in lines {
            let args: Vec<std::ffi::OsString> = line.iter().map(Into::into).collect();
            let whole = read(super::command(), args.clone());
            let parsing = read(super::command_for(&args), args);
            assert_eq!(parsing, whole, "{line:?}");
        }
    }

    /// The parsing tree of a `run` line is that command's alone: the
    /// others' flags are not built.
    #[test]
    fn a_line_builds_only_the_commands_it_names() {
        let args: Vec<std::ffi::OsString> = ["dhow", "--root", "/r", "run", "--rm", "img", "true"].iter().map(Into::into).collect();
        let names: Vec<String> = super::command_for(&args).get_subcommands().map(|c| c.get_name().to_string()).collect();
        assert_eq!(names, ["run"]);
        let args: Vec<std::ffi::OsString> = ["dhow", "--help", "run"].iter().map(Into::into).collect();
        assert!(super::command_for(&args).get_subcommands().count() > 40, "the root's help lists every command");
    }

    /// Every command's name and aliases are known before its flags are
    /// built (a line naming it by an alias gets it), and its description is
    /// its own, nested commands included.
    #[test]
    fn deferred_commands_keep_their_names_and_descriptions() {
        fn check(shells: &clap::Command, built: &clap::Command, path: &str) {
            for b in built.get_subcommands() {
                let path = format!("{path} {}", b.get_name());
                let shell = shells.find_subcommand(b.get_name()).unwrap_or_else(|| panic!("{path}: not a command before the build"));
                let aliases = |c: &clap::Command| c.get_all_aliases().map(str::to_string).collect::<Vec<_>>();
                assert_eq!(aliases(shell), aliases(b), "{path}");
                if let Some(about) = shell.get_about() {
                    assert_eq!(b.get_about().map(ToString::to_string), Some(about.to_string()), "{path}");
                }
                // (A command whose own subcommands are deferred with its
                // flags, as `compose`'s, has none before the build.)
                if shell.has_subcommands() {
                    check(shell, b, &path);
                }
            }
        }
        let shells = <super::commands::Command as clap::Subcommand>::augment_subcommands(clap::Command::new("dhow"));
        check(&shells, &super::command(), "dhow");
    }

    #[test]
    fn docker_compose_symlink_means_compose() {
        let args = |v: &[&str]| v.iter().map(std::ffi::OsString::from).collect::<Vec<_>>();
        assert_eq!(super::compose_alias(args(&["/usr/local/bin/docker-compose", "up", "-d"])), args(&["/usr/local/bin/docker-compose", "compose", "up", "-d"]));
        assert_eq!(super::compose_alias(args(&["dhow", "ps"])), args(&["dhow", "ps"]));
    }
}
