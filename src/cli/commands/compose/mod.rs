//! `dhow compose`: docker compose v2's commands over compose files. The
//! project is loaded and planned by `crate::compose`, carried out by
//! `engine::compose`; these files only turn flags into options and print (`args`: the flags;
//! `lifecycle`: commands that change things; `show`: commands that print).
//!
//! Unlike other commands, compose enters the rootless user namespace itself
//! (see [`Namespace`]): `up` must first create the project's networks as the
//! plain user so that it can join their holder's namespace, while `exec`,
//! `logs` and `ps` must stay outside any.

mod args;
mod lifecycle;
mod show;

pub use args::*;
use crate::compose::loader::{self, LoadOptions};
use crate::compose::planner::UpFlags;
use crate::engine::compose::{self as ops, DownOptions, ImageOptions, UpOptions};
use crate::engine::Engine;
use crate::error::Exit;
use anyhow::{bail, Result};
use clap::{Args, Subcommand};
use lifecycle::*;
use show::*;
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
    /// Services created and started at once, dependencies first (-1: no limit; default COMPOSE_PARALLEL_LIMIT, else -1)
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    pub parallel: Option<i64>,
    /// Colour the log prefixes: never, always or auto (when stdout is a terminal)
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
    Start(StartArgs),
    /// Stop services
    Stop(StopArgs),
    /// Restart service containers
    Restart(RestartArgs),
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
    /// Block until containers of all (or specified) services stop
    Wait(WaitArgs),
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
    /// Receive real time events from containers
    Events(EventsArgs),
    /// Show the Docker Compose version information
    Version(VersionArgs),
    /// Scale services (create or remove replicas and start them)
    Scale(ScaleArgs),
    /// Attach local standard input, output, and error streams to a service's running container
    Attach(AttachArgs),
    /// Display a live stream of container(s) resource usage statistics
    Stats(StatsArgs),
    /// List volumes
    Volumes(VolumesArgs),
    /// Export a service container's filesystem as a tar archive
    Export(ExportArgs),
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

/// The services of `SERVICE=NUM` arguments.
fn scaled_services(scale: &[String]) -> Vec<String> {
    scale.iter().map(|s| s.split_once('=').map_or(s.as_str(), |(n, _)| n).to_string()).collect()
}

/// Services named on the command line (they are enabled whatever their profiles).
fn named_services(c: &ComposeCommand) -> Vec<String> {
    match c {
        ComposeCommand::Up(a) => a.services.clone(),
        ComposeCommand::Create(a) => a.services.clone(),
        ComposeCommand::Scale(a) => scaled_services(&a.scale),
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
    let colour = match args.ansi.as_deref() {
        None | Some("auto") => std::io::IsTerminal::is_terminal(&std::io::stdout()),
        Some("never") => false,
        Some("always") => true,
        Some(o) => bail!("invalid --ansi {o:?}: use never, always or auto"),
    };
    let parallel = ops::parallel::limit(args.parallel, std::env::var("COMPOSE_PARALLEL_LIMIT").ok().as_deref())?;
    let mut project = loader::load(&args.load_options(&named_services(&args.command))?)?;
    match &args.command {
        ComposeCommand::Up(a) => apply_scale(&mut project, &a.scale)?,
        ComposeCommand::Create(a) => apply_scale(&mut project, &a.scale)?,
        ComposeCommand::Scale(a) => apply_scale(&mut project, &a.scale)?,
        _ => {}
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
        ComposeCommand::Up(_) | ComposeCommand::Create(_) | ComposeCommand::Run(_) | ComposeCommand::Start(_) | ComposeCommand::Restart(_) | ComposeCommand::Scale(_) => Namespace::Networks,
        ComposeCommand::Down(_) | ComposeCommand::Rm(_) | ComposeCommand::Build(_) | ComposeCommand::Pull(_) => Namespace::Enter,
        ComposeCommand::Kill(a) if a.remove_orphans => Namespace::Enter,
        ComposeCommand::Wait(a) if a.down_project => Namespace::Enter,
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
                .find_map(|n| crate::network::holder::user_namespace_owner(&engine.paths, n));
            ops::tmpfs::enter(engine, &project, &selected, owner)?;
        }
    }
    match args.command {
        ComposeCommand::Up(a) => up(engine, &project, a, colour, parallel),
        ComposeCommand::Create(a) => {
            let opts = UpOptions {
                services: a.services.clone(),
                flags: UpFlags { force_recreate: a.force_recreate, no_recreate: a.no_recreate, no_deps: false },
                images: ImageOptions { build: a.build, no_build: a.no_build, pull: a.pull.clone(), quiet: a.quiet_pull, ..Default::default() },
                remove_orphans: a.remove_orphans,
                no_start: true,
                timeout: None,
                parallel,
                renew_anon_volumes: false,
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
            super::port::exec(engine, super::port::PortArgs { container: Some(c.record.id.clone()), latest: false, all: false, private: Some(format!("{}/{}", a.private_port, a.protocol)) })
        }
        ComposeCommand::Top(a) => {
            for c in ops::service_containers(engine, &project, &a.services)?.iter().filter(|c| crate::engine::containers::ops::is_running(&c.state)) {
                println!("{}", c.record.name);
                super::top::exec(engine, super::top::TopArgs { container: Some(c.record.id.clone()), latest: false, ps_options: vec![] })?;
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
            super::cp::exec(engine, super::cp::CpArgs { archive: a.archive, follow_link: a.follow_link, overwrite: false, src: side(&a.src)?, dest: side(&a.dest)? })
        }
        ComposeCommand::Wait(a) => wait(engine, &project, &a),
        ComposeCommand::Scale(a) => {
            let services = scaled_services(&a.scale);
            let opts = UpOptions { services, flags: UpFlags { no_deps: a.no_deps, ..Default::default() }, parallel, ..Default::default() };
            ops::up(engine, &project, &opts).map(|_| ())
        }
        ComposeCommand::Ps(a) => ps(engine, &project, a),
        ComposeCommand::Logs(a) => logs(engine, &project, a, colour),
        ComposeCommand::Build(a) => build(engine, &project, a),
        ComposeCommand::Pull(a) => pull(engine, &project, a),
        ComposeCommand::Start(a) => {
            ops::start(engine, &project, &a.services)?;
            if a.wait {
                let names: Vec<String> = ops::service_containers(engine, &project, &a.services)?.into_iter().map(|c| c.record.name).collect();
                wait_ready(engine, &project, &names, a.wait_timeout)?;
            }
            Ok(())
        }
        ComposeCommand::Stop(a) => ops::stop(engine, &project, &a.services, a.timeout),
        ComposeCommand::Restart(a) => {
            // None named: every container of the project, as before.
            let services: Vec<String> = match a.services.is_empty() {
                true => vec![],
                false => crate::compose::planner::restart_selection(&project, &a.services, a.no_deps)?.into_iter().collect(),
            };
            ops::stop(engine, &project, &services, a.timeout)?;
            ops::start(engine, &project, &services)
        }
        ComposeCommand::Kill(a) => kill(engine, &project, a),
        ComposeCommand::Push(a) => push(engine, &project, a),
        ComposeCommand::Images(a) => images(engine, &project, a),
        ComposeCommand::Rm(a) => ops::rm(engine, &project, &a.services, a.stop, a.volumes),
        ComposeCommand::Exec(a) => exec_in(engine, &project, a),
        ComposeCommand::Run(a) => run(engine, &project, a),
        ComposeCommand::Config(a) => config(&project, a),
        ComposeCommand::Events(a) => events(engine, &project, a),
        ComposeCommand::Version(_) => unreachable!("handled above"),
        ComposeCommand::Attach(a) => {
            let c = ops::replica(engine, &project, &a.service, a.index)?;
            super::attach::exec(engine, super::attach::AttachArgs { no_stdin: a.no_stdin, sig_proxy: a.sig_proxy, detach_keys: a.detach_keys, container: Some(c.record.id), latest: false })
        }
        ComposeCommand::Stats(a) => {
            let services: Vec<String> = a.service.into_iter().collect();
            let ids: Vec<String> = ops::service_containers(engine, &project, &services)?
                .into_iter()
                .filter(|c| a.all || crate::engine::containers::ops::is_running(&c.state))
                .map(|c| c.record.id)
                .collect();
            // None to show: no rows (not every container of the host).
            if ids.is_empty() {
                return Ok(());
            }
            super::stats::exec(engine, super::stats::StatsArgs { all: a.all, display: a.display, latest: false, containers: ids })
        }
        ComposeCommand::Volumes(a) => volumes(engine, &project, &a),
        ComposeCommand::Export(a) => {
            let c = ops::replica(engine, &project, &a.service, a.index)?;
            super::export::exec(engine, super::export::ExportArgs { container: c.record.id, output: a.output })
        }
    }
}
