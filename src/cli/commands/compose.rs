//! `dhow compose`: docker compose v2's commands over compose files. The
//! project is loaded and planned by `crate::compose`, carried out by
//! `engine::compose`; this file only turns flags into options and prints.
//!
//! Unlike other commands, compose enters the rootless user namespace itself
//! (see [`Namespace`]): `up` must first create the project's networks as the
//! plain user so that it can join their holder's namespace, while `exec`,
//! `logs` and `ps` must stay outside any.

use crate::compose::loader::{self, LoadOptions};
use crate::compose::model::Project;
use crate::compose::planner::{self, UpFlags};
use crate::engine::compose::{self as ops, logs::Source, DownOptions, ImageOptions, UpOptions};
use crate::engine::containers::client::{self, AttachOptions, Ended};
use crate::engine::containers::logs::LogsOptions;
use crate::engine::Engine;
use crate::error::Exit;
use crate::format::output::{render_rows, Column, OutputFormat};
use anyhow::{bail, Result};
use clap::{Args, Subcommand};
use serde_json::{json, Value};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;

#[derive(Args, Debug)]
pub struct ComposeArgs {
    /// Compose configuration files (repeatable; later ones override earlier ones)
    #[arg(short = 'f', long = "file", value_name = "FILE")]
    pub file: Vec<PathBuf>,
    /// Project name (default: COMPOSE_PROJECT_NAME, then `name:`, then the directory name)
    #[arg(short = 'p', long = "project-name", value_name = "NAME")]
    pub project_name: Option<String>,
    /// Directory relative paths are resolved against (default: the first file's)
    #[arg(long = "project-directory", value_name = "DIR")]
    pub project_directory: Option<PathBuf>,
    /// Environment files for interpolation (default: .env in the project directory)
    #[arg(long = "env-file", value_name = "FILE")]
    pub env_file: Vec<PathBuf>,
    /// Enable services of a profile (repeatable)
    #[arg(long = "profile", value_name = "PROFILE")]
    pub profile: Vec<String>,
    /// Accepted for docker compose compatibility (operations run one at a time)
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    pub parallel: Option<i64>,
    /// Accepted for docker compose compatibility (output is never coloured)
    #[arg(long, value_name = "WHEN")]
    pub ansi: Option<String>,
    /// Accepted for docker compose compatibility (progress is plain lines)
    #[arg(long, value_name = "TYPE")]
    pub progress: Option<String>,
    /// Print what `up` would do (create, recreate, start, keep, remove) without doing it
    #[arg(long = "dry-run")]
    pub dry_run: bool,
    #[command(subcommand)]
    pub command: ComposeCommand,
}

#[derive(Subcommand, Debug)]
pub enum ComposeCommand {
    /// Create and start containers
    Up(UpArgs),
    /// Create containers for services without starting them
    Create(CreateArgs),
    /// Stop and remove containers and networks
    Down(DownArgs),
    /// List containers
    Ps(PsArgs),
    /// View output from containers
    Logs(LogsArgs),
    /// Build or rebuild services
    Build(BuildArgs),
    /// Pull service images
    Pull(PullArgs),
    /// Push service images
    Push(PushArgs),
    /// List images used by the created containers
    Images(ImagesArgs),
    /// Start services
    Start(ServicesArgs),
    /// Stop services
    Stop(StopArgs),
    /// Restart service containers
    Restart(StopArgs),
    /// Force stop service containers
    Kill(KillArgs),
    /// Pause services
    Pause(ServicesArgs),
    /// Unpause services
    Unpause(ServicesArgs),
    /// List running compose projects
    Ls(LsArgs),
    /// Print the public port for a port binding
    Port(PortArgs),
    /// Display the running processes
    Top(ServicesArgs),
    /// Block until the first service container stops, printing exit codes
    Wait(ServicesArgs),
    /// Copy files/folders between a service container and the local filesystem
    Cp(CpArgs),
    /// Remove stopped service containers
    Rm(RmArgs),
    /// Execute a command in a running container
    Exec(ExecArgs),
    /// Run a one-off command on a service
    Run(RunArgs),
    /// Parse, resolve and render the compose file in canonical format
    Config(ConfigArgs),
    /// Show the Docker Compose version information
    Version(VersionArgs),
}

#[derive(Args, Debug)]
pub struct UpArgs {
    /// Detached mode: run containers in the background
    #[arg(short = 'd', long)]
    pub detach: bool,
    /// Build images before starting containers
    #[arg(long)]
    pub build: bool,
    /// Don't build an image, even if it's missing
    #[arg(long = "no-build")]
    pub no_build: bool,
    /// Pull images before running: always, missing, never
    #[arg(long, value_name = "POLICY")]
    pub pull: Option<String>,
    /// Recreate containers even if their configuration and image haven't changed
    #[arg(long = "force-recreate")]
    pub force_recreate: bool,
    /// If containers already exist, don't recreate them
    #[arg(long = "no-recreate", conflicts_with = "force_recreate")]
    pub no_recreate: bool,
    /// Don't start linked services
    #[arg(long = "no-deps")]
    pub no_deps: bool,
    /// Remove containers for services not defined in the compose file
    #[arg(long = "remove-orphans")]
    pub remove_orphans: bool,
    /// Don't start the services after creating them
    #[arg(long = "no-start")]
    pub no_start: bool,
    /// Shutdown timeout in seconds
    #[arg(short = 't', long, value_name = "SECONDS")]
    pub timeout: Option<u32>,
    /// Don't print a prefix in logs
    #[arg(long = "no-log-prefix")]
    pub no_log_prefix: bool,
    /// Pull without printing progress information
    #[arg(long = "quiet-pull")]
    pub quiet_pull: bool,
    /// Scale SERVICE to NUM instances (overrides scale/deploy.replicas; repeatable)
    #[arg(long, value_name = "SERVICE=NUM")]
    pub scale: Vec<String>,
    /// Wait for services to be running|healthy (implies --detach)
    #[arg(long)]
    pub wait: bool,
    /// Maximum seconds to wait with --wait
    #[arg(long = "wait-timeout", value_name = "SECONDS")]
    pub wait_timeout: Option<u64>,
    /// Stop all containers if any container was stopped (incompatible with -d)
    #[arg(long = "abort-on-container-exit", conflicts_with = "detach")]
    pub abort_on_container_exit: bool,
    /// Return the exit code of the selected service's container (implies --abort-on-container-exit)
    #[arg(long = "exit-code-from", value_name = "SERVICE", conflicts_with = "detach")]
    pub exit_code_from: Option<String>,
    /// Show the output of these services only (repeatable)
    #[arg(long, value_name = "SERVICE")]
    pub attach: Vec<String>,
    /// Don't show the output of these services (repeatable)
    #[arg(long = "no-attach", value_name = "SERVICE")]
    pub no_attach: Vec<String>,
    /// Services to start (default: all)
    #[arg(value_name = "SERVICE")]
    pub services: Vec<String>,
}

#[derive(Args, Debug)]
pub struct CreateArgs {
    /// Build images before creating containers
    #[arg(long)]
    pub build: bool,
    /// Don't build an image, even if it's missing
    #[arg(long = "no-build")]
    pub no_build: bool,
    /// Recreate containers even if their configuration and image haven't changed
    #[arg(long = "force-recreate")]
    pub force_recreate: bool,
    /// If containers already exist, don't recreate them
    #[arg(long = "no-recreate", conflicts_with = "force_recreate")]
    pub no_recreate: bool,
    /// Remove containers for services not defined in the compose file
    #[arg(long = "remove-orphans")]
    pub remove_orphans: bool,
    #[arg(value_name = "SERVICE")]
    pub services: Vec<String>,
}

#[derive(Args, Debug)]
pub struct DownArgs {
    /// Remove named volumes declared in the volumes section and anonymous volumes attached to containers
    #[arg(short = 'v', long)]
    pub volumes: bool,
    /// Remove containers for services not defined in the compose file
    #[arg(long = "remove-orphans")]
    pub remove_orphans: bool,
    /// Shutdown timeout in seconds
    #[arg(short = 't', long, value_name = "SECONDS")]
    pub timeout: Option<u32>,
    /// Remove images used by services: "local" (built, without an image name) or "all"
    #[arg(long, value_name = "TYPE")]
    pub rmi: Option<String>,
}

#[derive(Args, Debug)]
pub struct PortArgs {
    /// Index of the container if the service has multiple replicas
    #[arg(long, value_name = "N", default_value_t = 1)]
    pub index: u32,
    /// tcp or udp
    #[arg(long, value_name = "PROTO", default_value = "tcp")]
    pub protocol: String,
    #[arg(value_name = "SERVICE")]
    pub service: String,
    #[arg(value_name = "PRIVATE_PORT")]
    pub private_port: u16,
}

#[derive(Args, Debug)]
pub struct CpArgs {
    /// Index of the container if the service has multiple replicas
    #[arg(long, value_name = "N", default_value_t = 1)]
    pub index: u32,
    /// Archive mode (copy all uid/gid information)
    #[arg(short = 'a', long)]
    pub archive: bool,
    /// Always follow symbol link in SRC_PATH
    #[arg(short = 'L', long = "follow-link")]
    pub follow_link: bool,
    /// SERVICE:SRC_PATH or a local path
    #[arg(value_name = "SRC")]
    pub src: String,
    /// SERVICE:DEST_PATH or a local path
    #[arg(value_name = "DEST")]
    pub dest: String,
}

#[derive(Args, Debug)]
pub struct LsArgs {
    /// Show all stopped Compose projects
    #[arg(short = 'a', long)]
    pub all: bool,
    /// Only display project names
    #[arg(short = 'q', long)]
    pub quiet: bool,
    /// Format the output: table, json, or a Go template
    #[arg(long, value_name = "FORMAT")]
    pub format: Option<String>,
}

#[derive(Args, Debug)]
pub struct PsArgs {
    /// Show all stopped containers
    #[arg(short = 'a', long)]
    pub all: bool,
    /// Only display IDs
    #[arg(short = 'q', long)]
    pub quiet: bool,
    /// Display services
    #[arg(long)]
    pub services: bool,
    /// Format output: table, json, or a Go template
    #[arg(long, value_name = "FORMAT")]
    pub format: Option<String>,
    /// Filter by status: created, running, paused, restarting, exited
    #[arg(long, value_name = "STATUS")]
    pub status: Vec<String>,
    /// Services to list (default: all)
    #[arg(value_name = "SERVICE")]
    pub service: Vec<String>,
}

#[derive(Args, Debug)]
pub struct LogsArgs {
    /// Follow log output
    #[arg(short = 'f', long)]
    pub follow: bool,
    /// Number of lines to show from the end of the logs for each container ("all" for everything)
    #[arg(short = 'n', long, value_name = "N", default_value = "all")]
    pub tail: String,
    /// Show timestamps
    #[arg(short = 't', long)]
    pub timestamps: bool,
    /// Show logs since a timestamp or relative time (e.g. 42m)
    #[arg(long, value_name = "TIME")]
    pub since: Option<String>,
    /// Show logs before a timestamp or relative time (e.g. 42m)
    #[arg(long, value_name = "TIME")]
    pub until: Option<String>,
    /// Index of the container if the service has multiple replicas
    #[arg(long, value_name = "N")]
    pub index: Option<u32>,
    /// Don't print a prefix in logs
    #[arg(long = "no-log-prefix")]
    pub no_log_prefix: bool,
    /// Produce monochrome output (always the case)
    #[arg(long = "no-color")]
    pub no_color: bool,
    /// Services to show (default: all)
    #[arg(value_name = "SERVICE")]
    pub services: Vec<String>,
}

#[derive(Args, Debug)]
pub struct BuildArgs {
    /// Do not use the cache when building the image
    #[arg(long = "no-cache")]
    pub no_cache: bool,
    /// Set build-time variables for services (KEY=VALUE)
    #[arg(long = "build-arg", value_name = "KEY=VALUE")]
    pub build_arg: Vec<String>,
    /// Don't print anything to stdout
    #[arg(short = 'q', long)]
    pub quiet: bool,
    /// Services to build (default: all with a build section)
    #[arg(value_name = "SERVICE")]
    pub services: Vec<String>,
}

#[derive(Args, Debug)]
pub struct PullArgs {
    /// Pull without printing progress information
    #[arg(short = 'q', long)]
    pub quiet: bool,
    /// Pull what it can and ignore images with pull failures
    #[arg(long = "ignore-pull-failures")]
    pub ignore_pull_failures: bool,
    /// Services to pull (default: all with an image)
    #[arg(value_name = "SERVICE")]
    pub services: Vec<String>,
}

#[derive(Args, Debug)]
pub struct PushArgs {
    /// Push what it can and ignore images with push failures
    #[arg(long = "ignore-push-failures")]
    pub ignore_push_failures: bool,
    /// Push without printing progress information
    #[arg(short = 'q', long)]
    pub quiet: bool,
    #[arg(value_name = "SERVICE")]
    pub services: Vec<String>,
}

#[derive(Args, Debug)]
pub struct ImagesArgs {
    /// Only display IDs
    #[arg(short = 'q', long)]
    pub quiet: bool,
    /// Format the output: table, json, or a Go template
    #[arg(long, value_name = "FORMAT")]
    pub format: Option<String>,
    #[arg(value_name = "SERVICE")]
    pub services: Vec<String>,
}

#[derive(Args, Debug)]
pub struct ServicesArgs {
    #[arg(value_name = "SERVICE")]
    pub services: Vec<String>,
}

#[derive(Args, Debug)]
pub struct StopArgs {
    /// Shutdown timeout in seconds
    #[arg(short = 't', long, value_name = "SECONDS")]
    pub timeout: Option<u32>,
    #[arg(value_name = "SERVICE")]
    pub services: Vec<String>,
}

#[derive(Args, Debug)]
pub struct KillArgs {
    /// Signal to send to the container
    #[arg(short = 's', long, value_name = "SIGNAL", default_value = "SIGKILL")]
    pub signal: String,
    #[arg(value_name = "SERVICE")]
    pub services: Vec<String>,
}

#[derive(Args, Debug)]
pub struct RmArgs {
    /// Don't ask to confirm removal
    #[arg(short = 'f', long)]
    pub force: bool,
    /// Stop the containers, if required, before removing
    #[arg(short = 's', long)]
    pub stop: bool,
    /// Remove any anonymous volumes attached to containers
    #[arg(short = 'v', long)]
    pub volumes: bool,
    #[arg(value_name = "SERVICE")]
    pub services: Vec<String>,
}

#[derive(Args, Debug)]
pub struct ExecArgs {
    /// Detached mode: run the command in the background
    #[arg(short = 'd', long)]
    pub detach: bool,
    /// Disable pseudo-TTY allocation (by default one is allocated when stdin is a terminal)
    #[arg(short = 'T', long = "no-TTY")]
    pub no_tty: bool,
    /// Set environment variables
    #[arg(short = 'e', long = "env", value_name = "KEY=VALUE")]
    pub env: Vec<String>,
    /// Run the command as this user
    #[arg(short = 'u', long)]
    pub user: Option<String>,
    /// Path to workdir directory for this command
    #[arg(short = 'w', long = "workdir", value_name = "DIR")]
    pub workdir: Option<String>,
    /// Index of the container if the service has multiple replicas
    #[arg(long, value_name = "N", default_value_t = 1)]
    pub index: u32,
    /// Give extended privileges to the process
    #[arg(long)]
    pub privileged: bool,
    /// The service, then the command and its arguments
    #[arg(value_name = "SERVICE COMMAND [ARGS...]", required = true, num_args = 2.., trailing_var_arg = true, allow_hyphen_values = true)]
    pub service_and_command: Vec<String>,
}

#[derive(Args, Debug)]
pub struct RunArgs {
    /// Run the container in the background and print its ID
    #[arg(short = 'd', long)]
    pub detach: bool,
    /// Automatically remove the container when it exits
    #[arg(long)]
    pub rm: bool,
    /// Set environment variables
    #[arg(short = 'e', long = "env", value_name = "KEY=VALUE")]
    pub env: Vec<String>,
    /// Override the entrypoint of the image
    #[arg(long, allow_hyphen_values = true)]
    pub entrypoint: Option<String>,
    /// Assign a name to the container
    #[arg(long)]
    pub name: Option<String>,
    /// Don't start linked services
    #[arg(long = "no-deps")]
    pub no_deps: bool,
    /// Publish a container's port to the host
    #[arg(short = 'p', long = "publish", value_name = "PORTS")]
    pub publish: Vec<String>,
    /// Run with the service's ports published
    #[arg(long = "service-ports")]
    pub service_ports: bool,
    /// Disable pseudo-TTY allocation (by default one is allocated when stdin is a terminal)
    #[arg(short = 'T', long = "no-TTY")]
    pub no_tty: bool,
    /// Run as this user
    #[arg(short = 'u', long)]
    pub user: Option<String>,
    /// Working directory inside the container
    #[arg(short = 'w', long = "workdir", value_name = "DIR")]
    pub workdir: Option<String>,
    /// Bind mount a volume
    #[arg(short = 'v', long = "volume", value_name = "SRC:DST[:OPTS]")]
    pub volume: Vec<String>,
    /// The service, then the command and its arguments (default: the service's)
    #[arg(value_name = "SERVICE [COMMAND [ARGS...]]", required = true, num_args = 1.., trailing_var_arg = true, allow_hyphen_values = true)]
    pub service_and_command: Vec<String>,
}

#[derive(Args, Debug)]
pub struct ConfigArgs {
    /// Only validate the configuration, don't print anything
    #[arg(short = 'q', long)]
    pub quiet: bool,
    /// Print the service names, one per line
    #[arg(long)]
    pub services: bool,
    /// Print the volume names, one per line
    #[arg(long)]
    pub volumes: bool,
    /// Print the image names, one per line
    #[arg(long)]
    pub images: bool,
    /// Print the profile names, one per line
    #[arg(long)]
    pub profiles: bool,
    /// Format the output: yaml or json
    #[arg(long, value_name = "FORMAT", default_value = "yaml")]
    pub format: String,
}

#[derive(Args, Debug)]
pub struct VersionArgs {
    /// Shows only the version number
    #[arg(long)]
    pub short: bool,
    /// Format the output: pretty or json
    #[arg(short = 'f', long, value_name = "FORMAT")]
    pub format: Option<String>,
}

/// Which user namespace a subcommand works in.
enum Namespace {
    /// None: it only reads records, talks to monitors, or joins a
    /// container's namespace itself (`exec`).
    Outside,
    /// dhow's usual one (removing or writing files of image users).
    Enter,
    /// The one the project's network holders share (starting containers on
    /// them), falling back to a fresh one when no network is used.
    Networks,
}

impl ComposeArgs {
    fn load_options(&self, services: &[String]) -> Result<LoadOptions> {
        Ok(LoadOptions {
            files: self.file.clone(),
            project_name: self.project_name.clone(),
            project_directory: self.project_directory.clone(),
            env_files: self.env_file.clone(),
            profiles: self.profile.clone(),
            enable_services: services.to_vec(),
            cwd: std::env::current_dir()?,
            environ: std::env::vars().collect(),
        })
    }
}

/// Services named on the command line (they are enabled whatever their profiles).
fn named_services(c: &ComposeCommand) -> Vec<String> {
    match c {
        ComposeCommand::Up(a) => a.services.clone(),
        ComposeCommand::Create(a) => a.services.clone(),
        ComposeCommand::Run(a) => a.service_and_command.first().cloned().into_iter().collect(),
        _ => vec![],
    }
}

/// Runs a compose command. Failures exit 1, as docker compose's do (not
/// docker's 125); a container's own exit code passes through.
pub fn exec(engine: &Engine, args: ComposeArgs) -> Result<()> {
    exec_inner(engine, args).map_err(|e| match e.downcast::<Exit>() {
        Ok(x) => x.into(),
        Err(e) => Exit::with_code(1, format!("{e:#}")).into(),
    })
}

fn exec_inner(engine: &Engine, args: ComposeArgs) -> Result<()> {
    if let ComposeCommand::Version(v) = &args.command {
        return version(v);
    }
    if let ComposeCommand::Ls(a) = &args.command {
        return ls(engine, a);
    }
    let mut project = loader::load(&args.load_options(&named_services(&args.command))?)?;
    if let ComposeCommand::Up(a) = &args.command {
        apply_scale(&mut project, &a.scale)?;
    }
    for w in &project.warnings {
        eprintln!("WARN: {w}");
    }
    if args.dry_run {
        let ComposeCommand::Up(a) = &args.command else { bail!("--dry-run is supported for up only") };
        let opts = up_options(a);
        print!("{}", ops::plan_only(engine, &project, &opts)?);
        return Ok(());
    }
    let ns = match &args.command {
        ComposeCommand::Up(_) | ComposeCommand::Create(_) | ComposeCommand::Run(_) | ComposeCommand::Start(_) | ComposeCommand::Restart(_) => Namespace::Networks,
        ComposeCommand::Down(_) | ComposeCommand::Rm(_) | ComposeCommand::Build(_) | ComposeCommand::Pull(_) => Namespace::Enter,
        _ => Namespace::Outside,
    };
    match ns {
        Namespace::Outside => {}
        Namespace::Enter => crate::sys::userns::enter()?,
        Namespace::Networks => {
            let selected = project.services.keys().cloned().collect();
            ops::ensure_networks(engine, &project, &selected)?;
            let owner = ops::used_networks(&project, &selected)
                .iter()
                .find_map(|n| crate::engine::networks::user_namespace_owner(&engine.paths, n));
            match owner {
                Some(pid) => crate::sys::userns::join(pid)?,
                None => crate::sys::userns::enter()?,
            }
        }
    }
    match args.command {
        ComposeCommand::Up(a) => up(engine, &project, a),
        ComposeCommand::Create(a) => {
            let opts = UpOptions {
                services: a.services.clone(),
                flags: UpFlags { force_recreate: a.force_recreate, no_recreate: a.no_recreate, no_deps: false },
                images: ImageOptions { build: a.build, no_build: a.no_build, ..Default::default() },
                remove_orphans: a.remove_orphans,
                no_start: true,
                timeout: None,
            };
            ops::up(engine, &project, &opts).map(|_| ())
        }
        ComposeCommand::Down(a) => {
            let rmi = match a.rmi.as_deref() {
                None => None,
                Some("local") => Some(false),
                Some("all") => Some(true),
                Some(o) => bail!("invalid --rmi {o:?}: use local or all"),
            };
            ops::down(engine, &project, &DownOptions { volumes: a.volumes, remove_orphans: a.remove_orphans, timeout: a.timeout, remove_images: rmi })
        }
        ComposeCommand::Pause(a) => pause(engine, &project, &a.services, true),
        ComposeCommand::Unpause(a) => pause(engine, &project, &a.services, false),
        ComposeCommand::Ls(_) => unreachable!("handled above"),
        ComposeCommand::Port(a) => {
            let c = ops::replica(engine, &project, &a.service, a.index)?;
            super::port::exec(engine, super::port::PortArgs { container: c.record.id.clone(), private: Some(format!("{}/{}", a.private_port, a.protocol)) })
        }
        ComposeCommand::Top(a) => {
            for c in ops::service_containers(engine, &project, &a.services)?.iter().filter(|c| crate::engine::containers::ops::is_running(&c.state)) {
                println!("{}", c.record.name);
                super::top::exec(engine, super::top::TopArgs { container: c.record.id.clone(), ps_options: vec![] })?;
                println!();
            }
            Ok(())
        }
        ComposeCommand::Cp(a) => {
            // SERVICE:PATH names the service's container (by ID, so any
            // container_name works).
            let side = |arg: &str| -> Result<String> {
                match arg.split_once(':') {
                    Some((svc, path)) if project.services.contains_key(svc) => Ok(format!("{}:{path}", ops::replica(engine, &project, svc, a.index)?.record.id)),
                    _ => Ok(arg.to_string()),
                }
            };
            super::cp::exec(engine, super::cp::CpArgs { archive: a.archive, follow_link: a.follow_link, src: side(&a.src)?, dest: side(&a.dest)? })
        }
        ComposeCommand::Wait(a) => {
            for c in ops::service_containers(engine, &project, &a.services)? {
                println!("{}", crate::engine::containers::ops::wait(engine, &c.record.id)?);
            }
            Ok(())
        }
        ComposeCommand::Ps(a) => ps(engine, &project, a),
        ComposeCommand::Logs(a) => logs(engine, &project, a),
        ComposeCommand::Build(a) => build(engine, &project, a),
        ComposeCommand::Pull(a) => pull(engine, &project, a),
        ComposeCommand::Start(a) => ops::start(engine, &project, &a.services),
        ComposeCommand::Stop(a) => ops::stop(engine, &project, &a.services, a.timeout),
        ComposeCommand::Restart(a) => {
            ops::stop(engine, &project, &a.services, a.timeout)?;
            ops::start(engine, &project, &a.services)
        }
        ComposeCommand::Kill(a) => kill(engine, &project, a),
        ComposeCommand::Push(a) => push(engine, &project, a),
        ComposeCommand::Images(a) => images(engine, &project, a),
        ComposeCommand::Rm(a) => ops::rm(engine, &project, &a.services, a.stop, a.volumes),
        ComposeCommand::Exec(a) => exec_in(engine, &project, a),
        ComposeCommand::Run(a) => run(engine, &project, a),
        ComposeCommand::Config(a) => config(&project, a),
        ComposeCommand::Version(_) => unreachable!("handled above"),
    }
}

fn up(engine: &Engine, project: &Project, a: UpArgs) -> Result<()> {
    if let Some(p) = &a.pull {
        if !matches!(p.as_str(), "always" | "missing" | "never" | "build") {
            bail!("invalid --pull {p:?}: use always, missing, never or build");
        }
    }
    let opts = up_options(&a);
    let names = ops::up(engine, project, &opts)?;
    if a.wait {
        let health = ops::deps::EngineHealth { engine };
        // A one-shot others wait on to complete may have exited 0.
        let one_shots: Vec<String> = project
            .services
            .values()
            .flat_map(|s| s.depends_on.iter())
            .filter(|(_, d)| d.condition == crate::compose::model::Condition::ServiceCompletedSuccessfully)
            .filter_map(|(n, _)| project.services.get(n))
            .map(|s| planner::container_name(project, s, 1))
            .collect();
        let deadline = a.wait_timeout.map(|t| std::time::Instant::now() + std::time::Duration::from_secs(t));
        return ops::deps::wait_ready(&names, &health, &|c| one_shots.iter().any(|o| o == c), deadline);
    }
    if a.detach || a.no_start {
        return Ok(());
    }
    let all = ops::service_containers(engine, project, &[])?;
    let shown = |c: &&crate::engine::containers::list::ContainerSummary| {
        let svc = ops::label(c, planner::LABEL_SERVICE);
        (a.attach.is_empty() || a.attach.contains(&svc)) && !a.no_attach.contains(&svc)
    };
    let attached: Vec<_> = all.iter().filter(|c| names.contains(&c.record.name)).filter(shown).collect();
    let labels: Vec<String> = attached.iter().map(|c| prefix_name(project, &c.record.name)).collect();
    let sources: Vec<Source> = attached.iter().zip(ops::logs::prefixes(&labels, a.no_log_prefix)).map(|(c, prefix)| Source { id: c.record.id.clone(), prefix }).collect();
    let mut stop_order = names.clone();
    stop_order.reverse();
    eprintln!("Attaching to {}", labels.join(", "));
    let abort = a.abort_on_container_exit || a.exit_code_from.is_some();
    let end = ops::logs::attach_until_stopped(engine, &sources, &stop_order, a.timeout, abort)?;
    let exit_of = |name: &str| crate::engine::containers::ops::find(engine, name).map(|(_, s)| s.exit_code).unwrap_or(0);
    let code = match (&end, &a.exit_code_from) {
        (_, Some(svc)) => {
            let name = ops::first_container(engine, project, svc).ok_or_else(|| anyhow::anyhow!("no container for service {svc:?}"))?;
            exit_of(&name)
        }
        (ops::logs::AttachEnd::Interrupted, None) => 130,
        (ops::logs::AttachEnd::Aborted(first), None) => exit_of(first),
        (ops::logs::AttachEnd::AllStopped, None) => 0,
    };
    if code != 0 {
        return Err(Exit::silent(code).into());
    }
    Ok(())
}

fn up_options(a: &UpArgs) -> UpOptions {
    UpOptions {
        services: a.services.clone(),
        flags: UpFlags { force_recreate: a.force_recreate, no_recreate: a.no_recreate, no_deps: a.no_deps },
        images: ImageOptions { build: a.build, no_build: a.no_build, pull: a.pull.clone(), quiet: a.quiet_pull, ..Default::default() },
        remove_orphans: a.remove_orphans,
        no_start: a.no_start,
        timeout: a.timeout,
    }
}

/// `up --scale SERVICE=NUM`.
fn apply_scale(project: &mut Project, scales: &[String]) -> Result<()> {
    for s in scales {
        let (svc, n) = s.split_once('=').ok_or_else(|| anyhow::anyhow!("invalid --scale {s:?}: expected SERVICE=NUM"))?;
        let n: u32 = n.parse().map_err(|_| anyhow::anyhow!("invalid --scale {s:?}: NUM must be a number"))?;
        let service = project.services.get_mut(svc).ok_or_else(|| anyhow::anyhow!("no such service: {svc}"))?;
        if n > 1 && service.container_name.is_some() {
            bail!("service {svc:?} has a container_name and cannot be scaled to {n}");
        }
        service.scale = n;
    }
    Ok(())
}

fn pause(engine: &Engine, project: &Project, services: &[String], on: bool) -> Result<()> {
    for c in ops::service_containers(engine, project, services)? {
        if on && c.state.status == crate::container::Status::Running {
            crate::engine::containers::pause::pause(engine, &c.record.id)?;
            ops::progress("Container", &c.record.name, "Paused");
        } else if !on && c.state.status == crate::container::Status::Paused {
            crate::engine::containers::pause::unpause(engine, &c.record.id)?;
            ops::progress("Container", &c.record.name, "Unpaused");
        }
    }
    Ok(())
}

/// `ls`: projects found by their containers' labels.
fn ls(engine: &Engine, a: &LsArgs) -> Result<()> {
    let opts = crate::engine::containers::list::ListOptions { all: true, filters: vec![format!("label={}", planner::LABEL_PROJECT)], ..Default::default() };
    let mut projects: std::collections::BTreeMap<String, (std::collections::BTreeMap<String, usize>, String)> = Default::default();
    for c in crate::engine::containers::list::list(engine, &opts)? {
        let name = ops::label(&c, planner::LABEL_PROJECT);
        let entry = projects.entry(name).or_default();
        *entry.0.entry(c.state.status.as_str().to_string()).or_default() += 1;
        entry.1 = ops::label(&c, planner::LABEL_CONFIG_FILES);
    }
    let rows: Vec<Value> = projects
        .into_iter()
        .filter(|(_, (states, _))| a.all || states.contains_key("running"))
        .map(|(name, (states, files))| {
            let status: Vec<String> = states.iter().map(|(s, n)| format!("{s}({n})")).collect();
            json!({ "Name": name, "Status": status.join(", "), "ConfigFiles": files })
        })
        .collect();
    let out = &mut std::io::stdout().lock();
    if a.quiet {
        for r in &rows {
            writeln!(out, "{}", r["Name"].as_str().unwrap_or_default())?;
        }
        return Ok(());
    }
    const TABLE: [Column; 3] = [Column { header: "NAME", field: "Name" }, Column { header: "STATUS", field: "Status" }, Column { header: "CONFIG FILES", field: "ConfigFiles" }];
    render_rows(&OutputFormat::parse(a.format.as_deref())?, &TABLE, &rows, out)
}

/// `web-1` for `PROJECT-web-1`; a custom container_name as it is.
fn prefix_name(project: &Project, name: &str) -> String {
    name.strip_prefix(&format!("{}-", project.name)).unwrap_or(name).to_string()
}

fn ps(engine: &Engine, project: &Project, a: PsArgs) -> Result<()> {
    let mut cs = ops::service_containers(engine, project, &a.service)?;
    if !a.all {
        cs.retain(|c| crate::engine::containers::ops::is_running(&c.state) || !a.status.is_empty());
    }
    if !a.status.is_empty() {
        cs.retain(|c| a.status.iter().any(|s| s == c.state.status.as_str()));
    }
    let out = &mut std::io::stdout().lock();
    if a.services {
        let mut seen = Vec::new();
        for c in &cs {
            let s = ops::label(c, planner::LABEL_SERVICE);
            if !seen.contains(&s) {
                writeln!(out, "{s}")?;
                seen.push(s);
            }
        }
        return Ok(());
    }
    if a.quiet {
        for c in &cs {
            writeln!(out, "{}", c.record.id)?;
        }
        return Ok(());
    }
    let now = chrono::Utc::now();
    let rows: Vec<Value> = cs
        .iter()
        .map(|c| {
            let r = &c.record;
            json!({
                "ID": r.id,
                "Name": r.name,
                "Names": r.name,
                "Image": r.image_name,
                "Command": crate::engine::containers::list::command_cell(&crate::engine::containers::list::command_line(r), false),
                "Project": project.name,
                "Service": ops::label(c, planner::LABEL_SERVICE),
                "CreatedAt": crate::engine::containers::list::created_at(r.created),
                "RunningFor": format!("{} ago", crate::util::human::duration((now - r.created).num_seconds().max(0))),
                "State": c.state.status.as_str(),
                "Status": crate::engine::containers::list::status_string(&c.state, now),
                "ExitCode": c.state.exit_code,
                "Health": "",
                "Ports": c.ports,
                "Labels": crate::engine::containers::list::labels_string(r),
            })
        })
        .collect();
    if a.format.as_deref() == Some("json") {
        // docker compose prints one JSON object per line.
        for r in &rows {
            writeln!(out, "{}", serde_json::to_string(r)?)?;
        }
        return Ok(());
    }
    const TABLE: [Column; 7] = [
        Column { header: "NAME", field: "Name" },
        Column { header: "IMAGE", field: "Image" },
        Column { header: "COMMAND", field: "Command" },
        Column { header: "SERVICE", field: "Service" },
        Column { header: "CREATED", field: "RunningFor" },
        Column { header: "STATUS", field: "Status" },
        Column { header: "PORTS", field: "Ports" },
    ];
    render_rows(&OutputFormat::parse(a.format.as_deref())?, &TABLE, &rows, out)
}

fn logs(engine: &Engine, project: &Project, a: LogsArgs) -> Result<()> {
    let mut cs = ops::service_containers(engine, project, &a.services)?;
    if let Some(i) = a.index {
        cs.retain(|c| ops::label(c, planner::LABEL_NUMBER) == i.to_string());
    }
    let names: Vec<String> = cs.iter().map(|c| prefix_name(project, &c.record.name)).collect();
    let sources: Vec<Source> = cs.iter().zip(ops::logs::prefixes(&names, a.no_log_prefix)).map(|(c, prefix)| Source { id: c.record.id.clone(), prefix }).collect();
    let tail = match a.tail.as_str() {
        "all" | "-1" => None,
        n => Some(n.parse::<usize>().map_err(|_| anyhow::anyhow!("invalid --tail {n:?}: a number of lines or \"all\""))?),
    };
    let since = a.since.as_deref().map(|s| crate::util::timestamp::parse(s, chrono::Utc::now())).transpose()?;
    let until = a.until.as_deref().map(|s| crate::util::timestamp::parse(s, chrono::Utc::now())).transpose()?;
    let opts = LogsOptions { follow: a.follow, timestamps: a.timestamps, tail, since, until };
    ops::logs::show(engine, &sources, &opts)
}

fn build(engine: &Engine, project: &Project, a: BuildArgs) -> Result<()> {
    let targets = if a.services.is_empty() { project.services.keys().cloned().collect() } else { a.services.clone() };
    let opts = ImageOptions { no_cache: a.no_cache, build_args: a.build_arg.clone(), quiet: a.quiet, ..Default::default() };
    for name in &targets {
        let svc = project.services.get(name).ok_or_else(|| anyhow::anyhow!("no such service: {name}"))?;
        if svc.build.is_some() {
            ops::build_service(engine, project, svc, &opts)?;
        } else if !a.services.is_empty() {
            eprintln!("WARN: service {name:?} has no build section: skipped");
        }
    }
    Ok(())
}

fn pull(engine: &Engine, project: &Project, a: PullArgs) -> Result<()> {
    let targets = if a.services.is_empty() { project.services.keys().cloned().collect() } else { a.services.clone() };
    for name in &targets {
        let svc = project.services.get(name).ok_or_else(|| anyhow::anyhow!("no such service: {name}"))?;
        if svc.image.is_none() {
            continue;
        }
        match ops::pull_service(engine, project, svc, a.quiet) {
            Ok(_) => {}
            // A service that is built may not be in any registry yet.
            Err(e) if a.ignore_pull_failures || svc.build.is_some() => eprintln!("WARN: {e:#}"),
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

fn push(engine: &Engine, project: &Project, a: PushArgs) -> Result<()> {
    let targets = if a.services.is_empty() { project.services.keys().cloned().collect() } else { a.services.clone() };
    for name in &targets {
        let svc = project.services.get(name).ok_or_else(|| anyhow::anyhow!("no such service: {name}"))?;
        // Only services that name their image have somewhere to go.
        let Some(image) = &svc.image else { continue };
        let opts = crate::engine::transfer::push::PushOptions {
            image: image.clone(),
            destination: None,
            tls_verify: None,
            authfile: None,
            creds: None,
            format: None,
            compression: None,
            digestfile: None,
            quiet: a.quiet,
        };
        match crate::engine::transfer::push::push(engine, &opts) {
            Ok(_) => ops::progress("Image", image, "Pushed"),
            Err(e) if a.ignore_push_failures => eprintln!("WARN: {e:#}"),
            Err(e) => return Err(e.context(format!("pushing the image of service {name:?}"))),
        }
    }
    Ok(())
}

fn images(engine: &Engine, project: &Project, a: ImagesArgs) -> Result<()> {
    let store = engine.store_readonly();
    let mut rows = Vec::new();
    for c in ops::service_containers(engine, project, &a.services)? {
        let r = &c.record;
        let name = r.image_name.as_str();
        let slash = name.rfind('/').map_or(0, |i| i + 1);
        let (repo, tag) = match name[slash..].rfind(':') {
            Some(i) => (&name[..slash + i], &name[slash + i + 1..]),
            None => (name, "latest"),
        };
        let size = crate::engine::images::resolve(engine, &store, &r.image_id.to_string()).map(|i| crate::util::human::size(i.size)).unwrap_or_default();
        rows.push(json!({ "ContainerName": r.name, "Repository": repo, "Tag": tag, "ID": r.image_id.hex()[..12].to_string(), "Size": size }));
    }
    let out = &mut std::io::stdout().lock();
    if a.quiet {
        for r in &rows {
            writeln!(out, "{}", r["ID"].as_str().unwrap_or_default())?;
        }
        return Ok(());
    }
    const TABLE: [Column; 5] = [
        Column { header: "CONTAINER", field: "ContainerName" },
        Column { header: "REPOSITORY", field: "Repository" },
        Column { header: "TAG", field: "Tag" },
        Column { header: "IMAGE ID", field: "ID" },
        Column { header: "SIZE", field: "Size" },
    ];
    render_rows(&OutputFormat::parse(a.format.as_deref())?, &TABLE, &rows, out)
}

fn kill(engine: &Engine, project: &Project, a: KillArgs) -> Result<()> {
    let sig = crate::util::signal::parse(&a.signal)?;
    for c in ops::service_containers(engine, project, &a.services)? {
        if crate::engine::containers::ops::is_running(&c.state) {
            crate::engine::containers::ops::kill(engine, &c.record.id, sig)?;
            ops::progress("Container", &c.record.name, "Killed");
        }
    }
    Ok(())
}

fn exec_in(engine: &Engine, project: &Project, a: ExecArgs) -> Result<()> {
    let service = &a.service_and_command[0];
    let c = ops::replica(engine, project, service, a.index)?;
    let tty = !a.no_tty && !a.detach && std::io::stdin().is_terminal();
    let req = crate::engine::containers::exec::ExecRequest {
        command: a.service_and_command[1..].to_vec(),
        interactive: !a.detach,
        tty,
        detach: a.detach,
        env: a.env.clone(),
        user: a.user.clone(),
        workdir: a.workdir.clone(),
        privileged: a.privileged,
        detach_keys: client::parse_detach_keys("ctrl-p,ctrl-q")?,
        ..Default::default()
    };
    match crate::engine::containers::exec::exec(engine, &c.record.id, &req)? {
        0 => Ok(()),
        code => Err(Exit::silent(code).into()),
    }
}

fn run(engine: &Engine, project: &Project, a: RunArgs) -> Result<()> {
    let service = a.service_and_command[0].clone();
    let svc = project.services.get(&service).ok_or_else(|| anyhow::anyhow!("no such service: {service}"))?;
    // Dependencies are brought up as `up` would.
    if !a.no_deps && !svc.depends_on.is_empty() {
        let deps: Vec<String> = svc.depends_on.keys().cloned().collect();
        ops::up(engine, project, &UpOptions { services: deps, ..Default::default() })?;
        let health = ops::deps::EngineHealth { engine };
        ops::deps::wait_for_dependencies(project, svc, &health, &|d| ops::first_container(engine, project, d))?;
    }
    let selected = [service.clone()].into_iter().collect();
    ops::ensure_volumes(engine, project, &selected)?;
    let images = ops::ensure_images(engine, project, &selected, &ImageOptions::default())?;
    let hash = planner::config_hash(svc, &images[&service]);
    let existing: Vec<_> = ops::containers(engine, &project.name)?.iter().map(ops::existing).collect();
    let number = planner::next_number(&existing, &service);
    let tty = !a.no_tty && !a.detach && std::io::stdin().is_terminal();
    let command: Vec<String> = a.service_and_command[1..].to_vec();
    let replica = crate::engine::compose::options::Replica { number, hash: &hash, oneoff: true, service_container: None };
    let name = ops::create_container(engine, project, svc, &replica, |o| {
        if !command.is_empty() {
            o.command = command.clone();
        }
        if let Some(e) = &a.entrypoint {
            o.entrypoint = Some(e.clone());
        }
        if let Some(n) = &a.name {
            o.name = Some(n.clone());
        }
        o.env.extend(a.env.iter().cloned());
        if a.user.is_some() {
            o.user = a.user.clone();
        }
        if a.workdir.is_some() {
            o.workdir = a.workdir.clone();
        }
        o.volumes.extend(a.volume.iter().cloned());
        if a.service_ports {
            o.network.publish = svc.ports.iter().map(|p| p.publish_spec()).collect();
        }
        o.network.publish.extend(a.publish.iter().cloned());
        o.rm = a.rm;
        o.tty = tty;
        o.interactive = !a.detach;
    })?;
    let (record, _) = crate::engine::containers::ops::find(engine, &name)?;
    let started = crate::engine::containers::start::start(engine, &record.id)?;
    if a.detach {
        println!("{name}");
        return Ok(());
    }
    let opts = AttachOptions { stdin: true, tty, sig_proxy: true, detach_keys: client::parse_detach_keys("ctrl-p,ctrl-q")? };
    match client::attach(started.conn, &opts)? {
        Ended::Exited(0) | Ended::Detached => Ok(()),
        Ended::Exited(code) => Err(Exit::silent(code).into()),
    }
}

fn config(project: &Project, a: ConfigArgs) -> Result<()> {
    let out = &mut std::io::stdout().lock();
    if a.quiet {
        return Ok(());
    }
    if a.services {
        for s in planner::start_order(project)? {
            writeln!(out, "{s}")?;
        }
        return Ok(());
    }
    if a.volumes {
        for v in project.volumes.keys() {
            writeln!(out, "{v}")?;
        }
        return Ok(());
    }
    if a.images {
        for s in project.services.values() {
            writeln!(out, "{}", planner::image_name(project, s))?;
        }
        return Ok(());
    }
    if a.profiles {
        let mut all: Vec<&String> = project.services.values().chain(project.disabled.values()).flat_map(|s| s.profiles.iter()).collect();
        all.sort();
        all.dedup();
        for p in all {
            writeln!(out, "{p}")?;
        }
        return Ok(());
    }
    match a.format.as_str() {
        "yaml" => write!(out, "{}", crate::compose::to_yaml(project)?)?,
        "json" => writeln!(out, "{}", serde_json::to_string_pretty(project)?)?,
        f => bail!("invalid --format {f:?}: use yaml or json"),
    }
    Ok(())
}

fn version(a: &VersionArgs) -> Result<()> {
    let v = planner::COMPOSE_VERSION;
    match (a.short, a.format.as_deref()) {
        (true, _) => println!("{v}"),
        (_, Some("json")) => println!("{}", json!({ "version": format!("v{v}") })),
        _ => println!("dhow compose version v{v} (docker compose v2 behaviour; dhow {})", env!("CARGO_PKG_VERSION")),
    }
    Ok(())
}
