//! `dhow run`, `dhow create`, `dhow start`: docker's flags, turned into
//! [`CreateOptions`] and the attach behaviour of a foreground container.

use crate::cli::args::{PlatformArgs, RegistryArgs};
use crate::engine::containers::client::{self, AttachOptions, Ended};
use crate::engine::containers::create::{CreateOptions, PullPolicy};
use crate::engine::containers::start::{self, StartFailed};
use crate::engine::Engine;
use crate::error::Exit;
use clap::Args;
use std::path::PathBuf;

/// Flags shared by `create` and `run`.
#[derive(Args, Debug, Clone)]
pub struct CreateArgs {
    /// Image to create the container from, then the command and its
    /// arguments (replacing the image's CMD). Everything after the image
    /// belongs to the command, flags too, as in docker (`run IMG -l`).
    #[arg(value_name = "IMAGE [COMMAND [ARG...]]", required = true, num_args = 1.., trailing_var_arg = true)]
    pub image_and_command: Vec<String>,
    /// Assign a name to the container
    #[arg(long)]
    pub name: Option<String>,
    /// Set environment variables (KEY=VALUE, or KEY to copy it from here)
    #[arg(short = 'e', long = "env", value_name = "KEY=VALUE")]
    pub env: Vec<String>,
    /// Read environment variables from a file
    #[arg(long = "env-file", value_name = "FILE")]
    pub env_file: Vec<PathBuf>,
    /// Pass dhow's whole environment into the container (before -e and --env-file)
    #[arg(long)]
    pub env_host: bool,
    /// Read labels (KEY=VALUE lines; # starts a comment) from a file
    #[arg(long = "label-file", value_name = "FILE")]
    pub label_file: Vec<PathBuf>,
    /// Working directory inside the container
    #[arg(short = 'w', long = "workdir", value_name = "DIR")]
    pub workdir: Option<String>,
    /// User to run as: NAME|UID[:GROUP|GID]
    #[arg(short = 'u', long)]
    pub user: Option<String>,
    /// Overwrite the image's ENTRYPOINT ('' clears it)
    #[arg(long, allow_hyphen_values = true)]
    pub entrypoint: Option<String>,
    /// Container host name
    #[arg(short = 'h', long)]
    pub hostname: Option<String>,
    /// Set metadata on the container (KEY=VALUE)
    #[arg(short = 'l', long = "label", value_name = "KEY=VALUE")]
    pub label: Vec<String>,
    /// Allocate a pseudo-terminal
    #[arg(short = 't', long)]
    pub tty: bool,
    /// Keep STDIN open
    #[arg(short = 'i', long)]
    pub interactive: bool,
    /// Remove the container when it exits
    #[arg(long)]
    pub rm: bool,
    /// Run a tiny init as PID 1 that forwards signals and reaps zombies
    #[arg(long)]
    pub init: bool,
    /// Mount the container's root filesystem read-only
    #[arg(long)]
    pub read_only: bool,
    /// Give the container every capability and no seccomp filter or masked paths
    #[arg(long)]
    pub privileged: bool,
    /// Mount a tmpfs: PATH[:OPTIONS]
    #[arg(long, value_name = "PATH[:OPTS]")]
    pub tmpfs: Vec<String>,
    /// Bind mount or volume: /HOST:/CTR[:OPTS], NAME:/CTR[:OPTS] or /CTR (OPTS: ro, rw, z, Z, U, O, nocopy, propagation)
    #[arg(short = 'v', long = "volume", value_name = "SRC:DST[:OPTS]")]
    pub volume: Vec<String>,
    /// Attach a filesystem mount: type=bind|volume|tmpfs,source=..,target=..[,readonly]
    #[arg(long = "mount", value_name = "type=TYPE,...")]
    pub mount: Vec<String>,
    /// Mount the volumes of another container: CONTAINER[:ro|rw]
    #[arg(long = "volumes-from", value_name = "CONTAINER[:ro|rw]")]
    pub volumes_from: Vec<String>,
    /// Add Linux capabilities
    #[arg(long = "cap-add", value_name = "CAP")]
    pub cap_add: Vec<String>,
    /// Drop Linux capabilities
    #[arg(long = "cap-drop", value_name = "CAP")]
    pub cap_drop: Vec<String>,
    /// Security options: no-new-privileges, seccomp=unconfined, seccomp=FILE
    #[arg(long = "security-opt", value_name = "OPT")]
    pub security_opt: Vec<String>,
    /// Resource limits: NAME=SOFT[:HARD]
    #[arg(long, value_name = "NAME=SOFT[:HARD]")]
    pub ulimit: Vec<String>,
    /// Signal that stops the container (default: the image's, else SIGTERM)
    #[arg(long = "stop-signal", value_name = "SIGNAL")]
    pub stop_signal: Option<String>,
    /// Seconds to wait for the stop signal before SIGKILL (default 10)
    #[arg(long = "stop-timeout", value_name = "SECONDS")]
    pub stop_timeout: Option<u32>,
    /// Restart policy: no, on-failure[:N], always, unless-stopped
    #[arg(long, value_name = "POLICY")]
    pub restart: Option<String>,
    /// User namespace mode: keep-id
    #[arg(long, value_name = "MODE")]
    pub userns: Option<String>,
    /// Pull policy: always, missing, never, newer
    #[arg(long, value_name = "POLICY", default_value = "missing", num_args = 0..=1, default_missing_value = "always")]
    pub pull: String,
    /// Logging driver: k8s-file, json-file, none
    #[arg(long = "log-driver", value_name = "DRIVER")]
    pub log_driver: Option<String>,
    /// Logging driver options: max-size=SIZE (-1 unbounded), max-file=N (rotated files kept); default 10m x 3
    #[arg(long = "log-opt", value_name = "KEY=VALUE")]
    pub log_opt: Vec<String>,
    /// Write the container ID to this file
    #[arg(long, value_name = "FILE")]
    pub cidfile: Option<PathBuf>,
    /// Path of an external OCI runtime (runc, crun) instead of the built-in one
    #[arg(long, value_name = "PATH")]
    pub runtime: Option<String>,
    /// Suppress the pull progress output
    #[arg(short = 'q', long)]
    pub quiet: bool,
    /// The first argument is not an image but a directory to use as the container's root (DIR[:O]: with :O an overlay keeps the directory unchanged)
    #[arg(long)]
    pub rootfs: bool,
    /// Run the container in a pod: NAME, or new:NAME to create the pod
    #[arg(long, value_name = "POD")]
    pub pod: Option<String>,
    #[command(flatten)]
    pub registry: RegistryArgs,
    #[command(flatten)]
    pub platform: PlatformArgs,
    #[command(flatten)]
    pub network: NetworkArgs,
    /// Resource limits (-m, --cpus, --pids-limit, ...).
    #[command(flatten)]
    pub resources: crate::cli::resource_args::ResourceArgs,
    #[command(flatten)]
    pub health: super::healthcheck::HealthArgs,
    /// Attach only these streams: stdin, stdout, stderr (repeatable; default stdout and stderr, and stdin with -i)
    #[arg(short = 'a', long, value_name = "STREAM")]
    pub attach: Vec<String>,
    /// --pid, --ipc, --device, --sysctl, --tz, --umask, ...
    #[command(flatten)]
    pub extras: crate::cli::run_extra_args::ExtraArgs,
    /// Make the container an init container of its pod: always or once (not supported: dhow's pods have no init containers)
    #[arg(long = "init-ctr", value_name = "TYPE")]
    pub init_ctr: Option<String>,
    /// Remove an existing container of the same name first (stopping it if it runs)
    #[arg(long)]
    pub replace: bool,
    /// How a systemd service learns the container is ready: conmon (the monitor sends READY once it runs), container (the container gets NOTIFY_SOCKET), healthy (READY after the first healthy check), ignore
    #[arg(long, value_name = "MODE", value_parser = ["conmon", "container", "healthy", "ignore"])]
    pub sdnotify: Option<String>,
    /// Give the container a secret (dhow secret create): NAME[,type=mount|env][,target=PATH|VAR][,uid=UID,gid=GID,mode=MODE]; mounted read-only at /run/secrets/NAME by default
    #[arg(long = "secret", value_name = "SECRET")]
    pub secret: Vec<String>,
    /// Print help (-h is --hostname, as in docker)
    #[arg(long, action = clap::ArgAction::Help)]
    pub help: Option<bool>,
}

/// Network flags of `create`/`run`.
#[derive(Args, Debug, Clone)]
pub struct NetworkArgs {
    /// Connect the container to a network: none, host, container:NAME, slirp4netns, pasta, or a network NAME (default: a private slirp4netns network)
    #[arg(long = "network", alias = "net", value_name = "NETWORK")]
    pub network: Option<String>,
    /// Publish a container's port to the host: [IP:][HOSTPORT:]CTRPORT[/PROTO]
    #[arg(short = 'p', long = "publish", value_name = "PORTS")]
    pub publish: Vec<String>,
    /// Publish all exposed ports to random free host ports
    #[arg(short = 'P', long = "publish-all")]
    pub publish_all: bool,
    /// Expose a port or a range of ports: PORT[-PORT][/PROTO]
    #[arg(long, value_name = "PORT")]
    pub expose: Vec<String>,
    /// Set custom DNS servers
    #[arg(long, value_name = "IP")]
    pub dns: Vec<String>,
    /// Set custom DNS search domains
    #[arg(long = "dns-search", value_name = "DOMAIN")]
    pub dns_search: Vec<String>,
    /// Add a custom host-to-IP mapping: NAME:IP (IP may be host-gateway)
    #[arg(long = "add-host", value_name = "NAME:IP")]
    pub add_host: Vec<String>,
    /// IPv4 address on a user-defined network
    #[arg(long, value_name = "IP")]
    pub ip: Option<String>,
    /// Add a network-scoped alias for the container
    #[arg(long = "network-alias", value_name = "ALIAS")]
    pub network_alias: Vec<String>,
    /// Set custom DNS options (resolv.conf `options`, replacing the host's)
    #[arg(long = "dns-option", alias = "dns-opt", value_name = "OPTION")]
    pub dns_option: Vec<String>,
    /// Container MAC address on its network (e.g. 92:d0:c6:0a:29:33)
    #[arg(long = "mac-address", value_name = "MAC")]
    pub mac_address: Option<String>,
    /// IPv6 address on a user-defined network created with --ipv6
    #[arg(long, value_name = "IP")]
    pub ip6: Option<String>,
    /// Do not create /etc/hosts for the container: the image's is used as it is
    #[arg(long = "no-hosts")]
    pub no_hosts: bool,
    /// Base file of the container's /etc/hosts: a host file PATH, image (the image's /etc/hosts) or none; dhow's entries are added to it
    #[arg(long = "hosts-file", value_name = "PATH")]
    pub hosts_file: Option<String>,
}

impl NetworkArgs {
    fn options(&self) -> crate::network::plan::NetworkOptions {
        crate::network::plan::NetworkOptions {
            network: self.network.clone(),
            publish: self.publish.clone(),
            publish_all: self.publish_all,
            expose: self.expose.clone(),
            dns: self.dns.clone(),
            dns_search: self.dns_search.clone(),
            add_host: self.add_host.clone(),
            ip: self.ip.clone(),
            ip6: self.ip6.clone(),
            aliases: self.network_alias.clone(),
            dns_options: self.dns_option.clone(),
            mac_address: self.mac_address.clone(),
            no_hosts: self.no_hosts,
            hosts_file: self.hosts_file.clone(),
        }
    }
}

impl CreateArgs {
    /// The image: the first positional argument.
    pub fn image(&self) -> &str {
        self.image_and_command.first().map(String::as_str).unwrap_or_default()
    }

    /// `-e` with `--env-host`'s variables first, so `-e` overrides them.
    fn env(&self) -> Vec<String> {
        let host = self.env_host.then(|| std::env::vars().map(|(k, v)| format!("{k}={v}"))).into_iter().flatten();
        host.chain(self.env.iter().cloned()).collect()
    }

    /// `-l` with the labels of every `--label-file` first.
    fn labels(&self) -> anyhow::Result<Vec<String>> {
        let mut labels = Vec::new();
        for f in &self.label_file {
            let text = std::fs::read_to_string(f).map_err(|e| anyhow::anyhow!("reading the label file {}: {e}", f.display()))?;
            labels.extend(label_lines(&text));
        }
        labels.extend(self.label.iter().cloned());
        Ok(labels)
    }

    fn options(&self) -> anyhow::Result<CreateOptions> {
        if let Some(f) = &self.cidfile {
            if f.exists() {
                anyhow::bail!("the container ID file {} already exists; remove it or choose another (docker refuses to overwrite it too)", f.display());
            }
        }
        if let Some(t) = &self.init_ctr {
            if self.pod.is_none() && self.extras.pod_id_file.is_none() {
                anyhow::bail!("must specify pod value with init-ctr");
            }
            if t != "always" && t != "once" {
                anyhow::bail!("init-ctr value must be 'always' or 'once'");
            }
            anyhow::bail!("not supported: --init-ctr {t}: dhow's pods have no init containers (run it before the pod's other containers instead)");
        }
        self.resources.unenforced.check_and_warn()?;
        let mut labels = self.labels()?;
        // Under a unit (generate systemd, quadlet): auto-update finds it by this label, as podman's.
        if let Ok(unit) = std::env::var(crate::engine::autoupdate::UNIT_LABEL) {
            labels.push(format!("{}={unit}", crate::engine::autoupdate::UNIT_LABEL));
        }
        Ok(CreateOptions {
            image: self.image().to_string(),
            command: self.image_and_command.get(1..).unwrap_or_default().to_vec(),
            name: self.name.clone(),
            env: self.env(),
            env_files: self.env_file.clone(),
            workdir: self.workdir.clone(),
            user: self.user.clone(),
            entrypoint: self.entrypoint.clone(),
            hostname: self.hostname.clone(),
            labels,
            tty: self.tty,
            interactive: self.interactive,
            rm: self.rm,
            init: self.init,
            read_only: self.read_only,
            privileged: self.privileged,
            tmpfs: self.tmpfs.clone(),
            cap_add: self.cap_add.clone(),
            cap_drop: self.cap_drop.clone(),
            security_opt: self.security_opt.clone(),
            ulimits: self.ulimit.clone(),
            stop_signal: self.stop_signal.clone(),
            stop_timeout: self.stop_timeout,
            restart: self.restart.clone(),
            userns: self.userns.clone(),
            pull: PullPolicy::parse(&self.pull)?,
            log_driver: self.log_driver.clone(),
            log_opts: self.log_opt.clone(),
            runtime: self.runtime.clone(),
            volumes: self.volume.clone(),
            mounts: self.mount.clone(),
            volumes_from: self.volumes_from.clone(),
            pull_options: if self.rootfs { None } else { Some(crate::cli::args::pull_options(self.image(), &self.registry, &self.platform, self.quiet)?) },
            rootfs: self.rootfs,
            network: self.network.options(),
            resources: self.resources.flags(),
            health: self.health.options(),
            create_command: std::env::args_os().map(|a| a.to_string_lossy().into_owned()).collect(),
            replace: self.replace,
            sd_notify: self.sdnotify.clone(),
            pod: self.extras.pod(&self.pod)?,
            extras: crate::engine::containers::extras::ExtraOptions { attach: self.attach.iter().map(|s| s.to_ascii_lowercase()).collect(), ..self.extras.options() },
            secrets: self.secret.clone(),
        })
    }

    fn write_cidfile(&self, id: &str) -> anyhow::Result<()> {
        if let Some(f) = &self.cidfile {
            crate::util::atomic::write_file(f, id.as_bytes(), 0o644).map_err(|e| anyhow::anyhow!("writing the container ID file {}: {e}", f.display()))?;
        }
        Ok(())
    }
}

#[derive(Args, Debug)]
pub struct RunArgs {
    /// Run in the background and print the container ID
    #[arg(short = 'd', long)]
    pub detach: bool,
    /// Proxy received signals to the container (non-tty mode)
    #[arg(long = "sig-proxy", value_name = "BOOL", default_value_t = true, num_args = 0..=1, default_missing_value = "true", action = clap::ArgAction::Set)]
    pub sig_proxy: bool,
    /// Key sequence that detaches from the container
    #[arg(long = "detach-keys", value_name = "KEYS", default_value = "ctrl-p,ctrl-q")]
    pub detach_keys: String,
    /// Remove the container and then its image when the container exits (unless other containers use the image)
    #[arg(long)]
    pub rmi: bool,
    /// Pass down this many additional file descriptors (3 and on) to the container's process
    #[arg(long = "preserve-fds", value_name = "N", default_value_t = 0)]
    pub preserve_fds: u32,
    #[command(flatten)]
    pub create: CreateArgs,
}

/// The KEY=VALUE lines of a `--label-file`: blank lines and `#` comments skipped.
fn label_lines(text: &str) -> impl Iterator<Item = String> + '_ {
    text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).map(String::from)
}

pub fn exec_create(engine: &Engine, args: CreateArgs) -> anyhow::Result<()> {
    attach_streams(&args.attach)?;
    let record = crate::engine::pods::create_member(engine, &args.options()?, false)?;
    args.write_cidfile(&record.id)?;
    println!("{}", record.id);
    Ok(())
}

pub fn exec_run(engine: &Engine, args: RunArgs) -> anyhow::Result<()> {
    let detach_keys = client::parse_detach_keys(&args.detach_keys)?;
    if args.rmi && args.detach {
        anyhow::bail!("--rmi is not supported with --detach: dhow removes the image after a foreground container exits");
    }
    let streams = attach_streams(&args.create.attach)?;
    if args.detach && !args.create.attach.is_empty() {
        anyhow::bail!("--attach and --detach cannot be set together");
    }
    crate::engine::containers::exec::check_preserved_fds(args.preserve_fds)?;
    // A pod's infra starts while the member is created (see pods::start_infra_early).
    // A failed create stops or removes what it started or made of a pod.
    let record = crate::engine::pods::create_member(engine, &args.create.options()?, true)?;
    args.create.write_cidfile(&record.id)?;
    let started = match start::start_preserving(engine, &record.id, args.preserve_fds) {
        Ok(s) => s,
        Err(e) => return Err(start_error(e)),
    };
    if args.detach {
        println!("{}", record.id);
        return Ok(());
    }
    let opts = AttachOptions { stdin: args.create.interactive && streams.stdin, tty: args.create.tty, sig_proxy: args.sig_proxy, detach_keys };
    let ended = exit_of(client::attach_streams(started.conn, &opts, streams.output));
    if args.rmi {
        remove_container_and_image(engine, &record.id, args.create.image());
    }
    ended
}

/// `-a/--attach`: the streams given, or all (stdin only with -i).
struct AttachStreams {
    stdin: bool,
    output: client::Streams,
}

fn attach_streams(list: &[String]) -> anyhow::Result<AttachStreams> {
    for s in list {
        if !matches!(s.to_ascii_lowercase().as_str(), "stdin" | "stdout" | "stderr") {
            anyhow::bail!("invalid stream {s:?} for --attach - must be one of stdin, stdout, or stderr");
        }
    }
    let has = |n: &str| list.is_empty() || list.iter().any(|s| s.eq_ignore_ascii_case(n));
    Ok(AttachStreams { stdin: has("stdin"), output: client::Streams { stdout: has("stdout"), stderr: has("stderr") } })
}

/// `run --rmi`: the container (as with --rm), then its image unless other
/// containers use it; a failure is a warning, the container's exit stays.
fn remove_container_and_image(engine: &Engine, id: &str, image: &str) {
    let _ = crate::engine::containers::ops::remove(engine, id, true);
    if let Err(e) = crate::engine::images::remove(engine, image, false) {
        eprintln!("Warning: --rmi: could not remove image {image}: {e:#}");
    }
}

/// Turns the attachment's end into dhow's exit: the container's code.
pub fn finish_attached(conn: std::os::unix::net::UnixStream, opts: &AttachOptions) -> anyhow::Result<()> {
    exit_of(client::attach(conn, opts))
}

fn exit_of(ended: anyhow::Result<Ended>) -> anyhow::Result<()> {
    match ended {
        Ok(Ended::Exited(0)) => Ok(()),
        Ok(Ended::Exited(code)) => Err(Exit::silent(code).into()),
        Ok(Ended::Detached) => Ok(()),
        Err(e) => Err(start_error(e)),
    }
}

/// A start failure keeps docker's exit code (126/127) and message.
fn start_error(e: anyhow::Error) -> anyhow::Error {
    match e.downcast::<StartFailed>() {
        Ok(f) => Exit::with_code(f.code, f.message).into(),
        Err(e) => e,
    }
}

#[derive(Args, Debug)]
#[command(mut_arg("all", |a| a.short(None).help("Start all containers that are not running")))]
#[command(mut_arg("filter", |a| a.short('f')))]
pub struct StartArgs {
    #[command(flatten)]
    pub targets: super::targets::Targets,
    /// Attach to the container's output and wait for it
    #[arg(short = 'a', long)]
    pub attach: bool,
    /// Attach the container's stdin
    #[arg(short = 'i', long)]
    pub interactive: bool,
    /// Key sequence that detaches from the container
    #[arg(long = "detach-keys", value_name = "KEYS", default_value = "ctrl-p,ctrl-q")]
    pub detach_keys: String,
    /// Proxy received signals to the container
    #[arg(long = "sig-proxy", value_name = "BOOL", default_value_t = true, num_args = 0..=1, default_missing_value = "true", action = clap::ArgAction::Set)]
    pub sig_proxy: bool,
}

pub fn exec_start(engine: &Engine, args: StartArgs) -> anyhow::Result<()> {
    let names = args.targets.resolve(engine, |s| !crate::engine::containers::ops::is_running(s))?;
    if args.attach && names.len() > 1 {
        anyhow::bail!("you cannot start and attach multiple containers at once");
    }
    let mut failed = None;
    for name in &names {
        let (record, _) = match crate::engine::containers::ops::find(engine, name) {
            Ok(x) => x,
            Err(e) => {
                if let Some(prev) = failed.replace(e) {
                    crate::error::report(&prev);
                }
                continue;
            }
        };
        match start::start(engine, &record.id) {
            Ok(s) if args.attach => {
                // `create -a STREAM` chose the streams.
                let streams = attach_streams(&record.host.extras.attach)?;
                let opts = AttachOptions {
                    stdin: args.interactive && record.config.open_stdin && streams.stdin,
                    tty: record.config.tty,
                    sig_proxy: args.sig_proxy,
                    detach_keys: client::parse_detach_keys(&args.detach_keys)?,
                };
                return exit_of(client::attach_streams(s.conn, &opts, streams.output));
            }
            Ok(_) => println!("{name}"),
            Err(e) => {
                let e = start_error(e);
                if let Some(prev) = failed.replace(e) {
                    crate::error::report(&prev);
                }
            }
        }
    }
    failed.map_or(Ok(()), Err)
}

#[derive(Args, Debug)]
pub struct MonitorArgs {
    pub id: String,
}

pub fn exec_monitor(engine: &Engine, args: MonitorArgs) -> anyhow::Result<()> {
    let socket = crate::engine::containers::extras::monitor_socket_fd();
    let fd = (nix::fcntl::fcntl(socket, nix::fcntl::FcntlArg::F_GETFD).is_ok()).then_some(socket);
    let code = crate::engine::containers::monitor::main(engine, &args.id, fd);
    if code == 0 {
        Ok(())
    } else {
        Err(Exit::silent(code).into())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn label_file_lines() {
        let got: Vec<String> = super::label_lines("# team labels\na=1\n\n  b=two words  \n#c=3\n").collect();
        assert_eq!(got, ["a=1", "b=two words"]);
    }
}
