//! `dhow generate systemd`: podman's flags; the unit comes from the pure
//! generator in `generate/systemd.rs`.

use crate::engine::Engine;
use crate::generate::systemd::{self, Container, Host, Options, Unit};
use clap::{Args, Subcommand};
use std::collections::HashSet;

#[derive(Subcommand, Debug)]
pub enum GenerateCommand {
    /// Generate a systemd unit file that runs a container as a service
    Systemd(SystemdArgs),
    /// Generate Kubernetes YAML from pods or containers (same as 'kube generate')
    Kube(super::kube::GenerateArgs),
}

#[derive(Args, Debug)]
pub struct SystemdArgs {
    /// The container (name or ID)
    pub container: String,
    /// Create a new container at each start (from its recorded create command) and remove it at stop
    #[arg(long)]
    pub new: bool,
    /// Use the container's name instead of its ID in the unit's name and commands
    #[arg(short = 'n', long)]
    pub name: bool,
    /// Write the unit to <UNIT>.service in the current directory and print its path
    #[arg(short = 'f', long)]
    pub files: bool,
    /// Print JSON (unit name → text, or → path with --files) instead of the unit
    #[arg(long, value_name = "FORMAT", value_parser = ["json"])]
    pub format: Option<String>,
    /// systemd restart policy: no, on-success, on-failure, on-abnormal, on-watchdog, on-abort, always
    #[arg(long = "restart-policy", value_name = "POLICY", default_value = "on-failure")]
    pub restart_policy: String,
    /// Seconds systemd waits before restarting the service (RestartSec)
    #[arg(long = "restart-sec", value_name = "SECONDS")]
    pub restart_sec: Option<u32>,
    /// Seconds to wait for the container to stop before killing it (default: the container's stop timeout)
    #[arg(short = 't', long = "time", visible_alias = "stop-timeout", value_name = "SECONDS")]
    pub time: Option<u32>,
    /// Seconds systemd waits for the service to start (TimeoutStartSec)
    #[arg(long = "start-timeout", value_name = "SECONDS")]
    pub start_timeout: Option<u32>,
    /// Prefix of the unit's name
    #[arg(long = "container-prefix", value_name = "PREFIX", default_value = "container")]
    pub container_prefix: String,
    /// Separator between the prefix and the name or ID
    #[arg(long, value_name = "SEP", default_value = "-")]
    pub separator: String,
    /// Add an After= dependency on this unit (repeatable)
    #[arg(long, value_name = "UNIT")]
    pub after: Vec<String>,
    /// Add a Wants= dependency on this unit (repeatable)
    #[arg(long, value_name = "UNIT")]
    pub wants: Vec<String>,
    /// Add a Requires= dependency on this unit (repeatable)
    #[arg(long, value_name = "UNIT")]
    pub requires: Vec<String>,
    /// Leave out the header comment (name, generator, date)
    #[arg(long = "no-header")]
    pub no_header: bool,
    /// Set an environment variable of the service: KEY=VALUE
    #[arg(short = 'e', long = "env", value_name = "KEY=VALUE")]
    pub env: Vec<String>,
}

impl GenerateCommand {
    pub fn exec(self, engine: &Engine) -> anyhow::Result<()> {
        match self {
            GenerateCommand::Systemd(a) => exec_systemd(engine, a),
            GenerateCommand::Kube(a) => super::kube::exec_generate(engine, a),
        }
    }
}

fn exec_systemd(engine: &Engine, a: SystemdArgs) -> anyhow::Result<()> {
    let (record, _) = crate::engine::containers::ops::find(engine, &a.container)?;
    let container = Container {
        id: record.id.clone(),
        name: record.name.clone(),
        stop_timeout: record.config.stop_timeout,
        sd_notify: record.config.sd_notify.clone(),
        create_command: record.config.create_command.clone(),
    };
    let options = Options {
        new: a.new,
        use_name: a.name,
        container_prefix: a.container_prefix,
        separator: a.separator,
        restart_policy: a.restart_policy,
        restart_sec: a.restart_sec,
        stop_timeout: a.time,
        start_timeout: a.start_timeout,
        after: a.after,
        wants: a.wants,
        requires: a.requires,
        no_header: a.no_header,
        env: a.env,
    };
    let exe = std::env::current_exe().map_err(|e| anyhow::anyhow!("finding the dhow executable: {e}"))?;
    let host = Host {
        dhow: exe.to_string_lossy().into_owned(),
        version: env!("CARGO_PKG_VERSION").to_string(),
        date: chrono::Utc::now().format("%a %b %e %H:%M:%S UTC %Y").to_string(),
        value_flags: value_flags(),
    };
    let unit = systemd::generate(&container, &options, &host)?;
    warn_without_linger();
    print_units(&[unit], a.files, a.format.is_some())
}

/// Prints the units, or writes them to the current directory (`--files`).
fn print_units(units: &[Unit], files: bool, json: bool) -> anyhow::Result<()> {
    let mut map = serde_json::Map::new();
    for u in units {
        let shown = if files {
            let path = std::env::current_dir()?.join(&u.name);
            crate::util::atomic::write_file(&path, u.text.as_bytes(), 0o644).map_err(|e| anyhow::anyhow!("writing {}: {e}", path.display()))?;
            path.display().to_string()
        } else {
            u.text.clone()
        };
        if json {
            map.insert(u.name.clone(), shown.into());
        } else if files {
            println!("{shown}");
        } else {
            print!("{shown}");
        }
    }
    if json {
        println!("{}", serde_json::to_string_pretty(&map)?);
    }
    Ok(())
}

/// The flags of dhow (global and `run`) that take a value, to find where
/// the image is in a recorded command line.
pub(super) fn value_flags() -> HashSet<String> {
    let top = crate::cli::command();
    let run = top.find_subcommand("run").cloned();
    let mut out = HashSet::new();
    for arg in top.get_arguments().chain(run.iter().flat_map(|r| r.get_arguments())) {
        if !arg.get_action().takes_values() || arg.is_positional() {
            continue;
        }
        if let Some(longs) = arg.get_long_and_visible_aliases() {
            out.extend(longs.into_iter().map(|l| format!("--{l}")));
        }
        out.extend(arg.get_aliases().into_iter().flatten().map(|l| format!("--{l}")));
        if let Some(shorts) = arg.get_short_and_visible_aliases() {
            out.extend(shorts.into_iter().map(|s| format!("-{s}")));
        }
    }
    out
}

/// Services of a user without linger stop at logout: say so, and how to
/// change it (root's services are system services).
fn warn_without_linger() {
    if nix::unistd::geteuid().is_root() {
        return;
    }
    let user = std::env::var("USER")
        .ok()
        .or_else(|| nix::unistd::User::from_uid(nix::unistd::getuid()).ok().flatten().map(|u| u.name))
        .unwrap_or_default();
    if !user.is_empty() && !std::path::Path::new("/var/lib/systemd/linger").join(&user).exists() {
        eprintln!("{}", systemd::linger_warning(&user));
    }
}
