//! `dhow generate systemd`: podman's flags; the unit comes from the pure
//! generator in `generate/systemd.rs`.

use crate::engine::Engine;
use crate::generate::systemd::{self, Container, Host, Options, Unit};
use crate::generate::systemd_pod;
use clap::{Args, Subcommand};
use std::collections::HashSet;

#[derive(Subcommand, Debug)]
#[command(defer = true)]
pub enum GenerateCommand {
    /// Generate a systemd unit file that runs a container as a service
    Systemd(SystemdArgs),
    /// Generate Kubernetes YAML from pods or containers (same as 'kube generate')
    Kube(super::kube::GenerateArgs),
    /// Not supported by dhow (refused): dhow writes no podman JSON spec
    #[command(hide = true)]
    Spec(super::refused::RefusedArgs),
}

#[derive(Args, Debug)]
pub struct SystemdArgs {
    /// The container or pod (name or ID); a pod gets a unit of its own and one per container
    #[arg(value_name = "CONTAINER|POD")]
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
    /// Prefix of a pod's unit name
    #[arg(long = "pod-prefix", value_name = "PREFIX", default_value = "pod")]
    pub pod_prefix: String,
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
    /// Make a template unit (NAME@.service): each instance runs its own container NAME-INSTANCE (implies --new)
    #[arg(long)]
    pub template: bool,
}

impl GenerateCommand {
    pub fn exec(self, engine: &Engine) -> anyhow::Result<()> {
        match self {
            GenerateCommand::Systemd(a) => exec_systemd(engine, a),
            GenerateCommand::Kube(a) => super::kube::exec_generate(engine, a),
            GenerateCommand::Spec(_) => super::refused::refuse("generate spec", super::refused::SPEC),
        }
    }
}

/// What the generator needs of a container record.
fn container_of(record: &crate::container::ContainerRecord) -> Container {
    Container {
        id: record.id.clone(),
        name: record.name.clone(),
        stop_timeout: record.config.stop_timeout,
        sd_notify: record.config.sd_notify.clone(),
        create_command: record.config.create_command.clone(),
    }
}

/// What the generator needs of a pod: its infra and its other containers.
fn pod_of(engine: &Engine, pod: &crate::container::pod::PodRecord) -> anyhow::Result<systemd_pod::Pod> {
    let mut p = systemd_pod::Pod { id: pod.id.clone(), name: pod.name.clone(), create_command: pod.create_command.clone(), ..Default::default() };
    for (r, _) in crate::engine::pods::containers(engine, pod)? {
        if r.id == pod.infra_id {
            p.infra_id = r.id.clone();
            p.infra_name = r.name.clone();
            p.stop_timeout = r.config.stop_timeout;
        } else {
            p.containers.push(container_of(&r));
        }
    }
    Ok(p)
}

fn exec_systemd(engine: &Engine, a: SystemdArgs) -> anyhow::Result<()> {
    // A container first, then a pod, as podman looks.
    let found = match crate::engine::containers::ops::find(engine, &a.container) {
        Ok((record, _)) => Ok(record),
        Err(e) => match crate::engine::pods::find(engine, &a.container) {
            Ok(pod) => Err(pod),
            Err(_) if e.is::<crate::container::store::ContainerNotFound>() => {
                anyhow::bail!("no container or pod named {:?} (see 'dhow ps -a' and 'dhow pod ps')", a.container)
            }
            Err(_) => return Err(e),
        },
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
        pod_prefix: a.pod_prefix,
        template: a.template,
    };
    let exe = std::env::current_exe().map_err(|e| anyhow::anyhow!("finding the dhow executable: {e}"))?;
    let host = Host {
        dhow: exe.to_string_lossy().into_owned(),
        version: env!("CARGO_PKG_VERSION").to_string(),
        date: chrono::Utc::now().format("%a %b %e %H:%M:%S UTC %Y").to_string(),
        value_flags: value_flags(),
    };
    let units = match found {
        Ok(record) if crate::engine::pods::is_infra(&record) => {
            anyhow::bail!("container {} is the infra container of a pod: generate the pod's units instead ('dhow generate systemd POD')", record.name)
        }
        Ok(record) => vec![systemd::generate(&container_of(&record), &options, &host)?],
        Err(_) if options.template => {
            return Err(crate::error::Exit::with_code(125, "--template is not supported by dhow for pods: generate the pod's units without it, one set per pod").into())
        }
        Err(pod) => systemd_pod::generate(&pod_of(engine, &pod)?, &options, &host)?,
    };
    warn_without_linger();
    print_units(&units, a.files, a.format.is_some())
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

/// The flags of dhow (global, `run` and `pod create`) that take the next
/// word as their value, to find where the image is in a recorded command
/// line (a flag whose value needs `=`, as pflag's booleans, never does).
pub(super) fn value_flags() -> HashSet<String> {
    let top = crate::cli::command();
    let run = top.find_subcommand("run").cloned();
    let pod_create = top.find_subcommand("pod").and_then(|p| p.find_subcommand("create")).cloned();
    let mut out = HashSet::new();
    let sub = run.iter().chain(pod_create.iter()).flat_map(|c| c.get_arguments());
    for arg in top.get_arguments().chain(sub) {
        if !arg.get_action().takes_values() || arg.is_positional() || arg.is_require_equals_set() {
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

#[cfg(test)]
mod tests {
    #[test]
    fn value_flags_are_those_taking_the_next_word() {
        let v = super::value_flags();
        for f in ["--root", "--name", "-e", "--publish", "-p", "--cidfile", "-n", "--infra-conmon-pidfile", "--pod-id-file", "--share"] {
            assert!(v.contains(f), "{f} takes a value");
        }
        // pflag's booleans take a value only after `=`.
        for f in ["-d", "--detach", "--rm", "--replace", "--infra", "-i", "--tls-verify"] {
            assert!(!v.contains(f), "{f} takes no next word");
        }
    }
}
