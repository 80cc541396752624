//! `dhow container <verb>`: docker's management-command form of the
//! container commands, sharing each top-level command's arguments.

use super::{exists, attach, commit, container_prune, export, cp, diff, exec, stats, inspect, lifecycle, logs, pause, port, ps, rename, run, top, update};
use crate::engine::Engine;
use clap::Subcommand;

#[derive(Subcommand, Debug)]
#[command(defer = true)]
pub enum ContainerCommand {
    /// Create a new container
    #[command(disable_help_flag = true)]
    Create(run::CreateArgs),
    /// Run a command in a new container
    #[command(disable_help_flag = true)]
    Run(run::RunArgs),
    /// Start one or more stopped containers
    Start(run::StartArgs),
    /// Stop one or more running containers
    Stop(lifecycle::StopArgs),
    /// Kill one or more running containers with a signal
    Kill(lifecycle::KillArgs),
    /// Restart one or more containers
    Restart(lifecycle::RestartArgs),
    /// Remove one or more containers
    #[command(visible_alias = "remove")]
    Rm(lifecycle::RmArgs),
    /// Block until containers stop, then print their exit codes
    Wait(lifecycle::WaitArgs),
    /// Clean up after stopped containers (dhow's monitors already did; --rm removes them)
    Cleanup(lifecycle::CleanupArgs),
    /// Exit 0 if the container exists, 1 if not
    Exists(exists::ContainerExistsArgs),
    /// Initialize containers without starting them (dhow prepares a container when it starts: this checks it is not running)
    Init(lifecycle::InitArgs),
    /// List containers
    #[command(visible_aliases = ["ps", "list"])]
    Ls(ps::PsArgs),
    /// Fetch the logs of a container
    Logs(logs::LogsArgs),
    /// Display detailed information on one or more containers
    Inspect(inspect::ContainerInspectArgs),
    /// Rename a container
    Rename(rename::RenameArgs),
    /// Copy files/folders between a container and the local filesystem
    Cp(cp::CpArgs),
    /// Inspect changes to files or directories on a container's filesystem
    Diff(diff::DiffArgs),
    /// Display a live stream of container(s) resource usage statistics
    Stats(stats::StatsArgs),
    /// Remove all stopped containers
    Prune(container_prune::ContainerPruneArgs),
    /// Run a command in a running container
    Exec(exec::ExecArgs),
    /// Attach local standard input, output, and error streams to a running container
    Attach(attach::AttachArgs),
    /// Display the running processes of a container
    Top(top::TopArgs),
    /// Pause all processes within one or more containers
    Pause(pause::PauseArgs),
    /// Unpause all processes within one or more containers
    Unpause(pause::PauseArgs),
    /// List port mappings or a specific mapping for the container
    Port(port::PortArgs),
    /// Update configuration of one or more containers
    Update(update::UpdateArgs),
    /// Create a new image from a container's changes
    Commit(commit::CommitArgs),
    /// Export a container's filesystem as a tar archive
    Export(export::ExportArgs),
    /// Create a new container from another's configuration (the file system starts fresh from the image)
    Clone(CloneArgs),
    /// Mount a container's root filesystem and print where (rootless: inside 'dhow unshare')
    Mount(super::mount::MountArgs),
    /// Unmount a container's root filesystem (rootless: inside 'dhow unshare')
    #[command(visible_alias = "umount")]
    Unmount(super::mount::UnmountArgs),
    /// Run the command an image keeps in a label ($IMAGE and $NAME substituted)
    Runlabel(super::runlabel::RunlabelArgs),
    /// Not supported by dhow (refused): checkpointing needs CRIU, which cannot run rootless
    #[command(hide = true)]
    Checkpoint(super::refused::RefusedArgs),
    /// Not supported by dhow (refused): restoring needs CRIU, which cannot run rootless
    #[command(hide = true)]
    Restore(super::refused::RefusedArgs),
}

#[derive(clap::Args, Debug)]
pub struct CloneArgs {
    /// The container to clone
    #[arg(value_name = "CONTAINER")]
    pub container: String,
    /// The clone's name (default: NAME-clone)
    #[arg(value_name = "NAME")]
    pub new_name: Option<String>,
    /// An image for the clone instead of the original's
    #[arg(value_name = "IMAGE")]
    pub image: Option<String>,
    /// The clone's name (podman's flag spelling)
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// Remove the original container
    #[arg(long)]
    pub destroy: bool,
    /// Start the clone
    #[arg(long)]
    pub run: bool,
    /// With --destroy, remove the original even when it is running
    #[arg(short, long, requires = "destroy")]
    pub force: bool,
    /// The pod the clone joins (its network, host name and user namespace are the pod's)
    #[arg(long, value_name = "POD")]
    pub pod: Option<String>,
    /// The clone's resource limits (those not given are the original's)
    #[command(flatten)]
    pub limits: crate::cli::resource_args::LimitArgs,
    #[command(flatten)]
    pub unenforced: crate::cli::resource_args::UnenforcedArgs,
}

fn exec_clone(engine: &Engine, args: CloneArgs) -> anyhow::Result<()> {
    use crate::engine::containers::clone::{clone, CloneOptions};
    args.unenforced.check_and_warn()?;
    let flags = args.limits.flags();
    // --destroy removes the original whether it runs or not (as with --force).
    let opts = CloneOptions { name: args.name.or(args.new_name), image: args.image, destroy: args.destroy, run: args.run && !flags.any_limit(), pod: args.pod };
    let record = clone(engine, &args.container, &opts)?;
    if flags.any_limit() {
        let (_, warnings) = crate::engine::containers::update::set_limits(engine, &record.id, &flags)?;
        for w in warnings {
            eprintln!("WARNING: {w}");
        }
        if args.run {
            crate::engine::containers::start::start(engine, &record.id)?;
        }
    }
    println!("{}", record.id);
    Ok(())
}

impl ContainerCommand {
    /// Like `Command::user_namespace_owner`, for the same verbs here.
    pub fn user_namespace_owner(&self, paths: &crate::config::paths::Paths) -> Option<i32> {
        use crate::network::plan as network;
        match self {
            ContainerCommand::Run(a) => network::user_namespace_owner(paths, a.create.network.network.as_deref().unwrap_or("")),
            ContainerCommand::Start(a) => network::user_namespace_owner_of(paths, &a.targets.containers),
            ContainerCommand::Restart(a) => network::user_namespace_owner_of(paths, &a.targets.containers),
            // The clone joins the original's networks.
            ContainerCommand::Clone(a) if a.run => match &a.pod {
                // The clone joins the pod's namespaces.
                Some(p) => crate::engine::pods::user_namespace_owner(paths, p),
                None => network::user_namespace_owner_of(paths, std::slice::from_ref(&a.container)),
            },
            _ => None,
        }
    }

    /// The create flags of `container run|create`, for the global `--runtime`.
    pub fn create_args(&mut self) -> Option<&mut run::CreateArgs> {
        match self {
            ContainerCommand::Create(a) => Some(a),
            ContainerCommand::Run(a) => Some(&mut a.create),
            _ => None,
        }
    }

    pub fn exec(self, engine: &Engine) -> anyhow::Result<()> {
        match self {
            ContainerCommand::Create(a) => run::exec_create(engine, a),
            ContainerCommand::Run(a) => run::exec_run(engine, a),
            ContainerCommand::Start(a) => run::exec_start(engine, a),
            ContainerCommand::Stop(a) => lifecycle::exec_stop(engine, a),
            ContainerCommand::Kill(a) => lifecycle::exec_kill(engine, a),
            ContainerCommand::Restart(a) => lifecycle::exec_restart(engine, a),
            ContainerCommand::Rm(a) => lifecycle::exec_rm(engine, a),
            ContainerCommand::Wait(a) => lifecycle::exec_wait(engine, a),
            ContainerCommand::Cleanup(a) => lifecycle::exec_cleanup(engine, a),
            ContainerCommand::Exists(a) => exists::container(engine, a),
            ContainerCommand::Init(a) => lifecycle::exec_init(engine, a),
            ContainerCommand::Ls(a) => ps::exec(engine, a),
            ContainerCommand::Logs(a) => logs::exec(engine, a),
            ContainerCommand::Inspect(a) => inspect::exec_container(engine, a),
            ContainerCommand::Rename(a) => rename::exec(engine, a),
            ContainerCommand::Prune(a) => container_prune::exec(engine, a),
            ContainerCommand::Cp(a) => cp::exec(engine, a),
            ContainerCommand::Diff(a) => diff::exec(engine, a),
            ContainerCommand::Stats(a) => stats::exec(engine, a),
            ContainerCommand::Exec(a) => exec::exec(engine, a),
            ContainerCommand::Attach(a) => attach::exec(engine, a),
            ContainerCommand::Top(a) => top::exec(engine, a),
            ContainerCommand::Pause(a) => pause::exec_pause(engine, a),
            ContainerCommand::Unpause(a) => pause::exec_unpause(engine, a),
            ContainerCommand::Port(a) => port::exec(engine, a),
            ContainerCommand::Update(a) => update::exec(engine, a),
            ContainerCommand::Commit(a) => commit::exec(engine, a),
            ContainerCommand::Export(a) => export::exec(engine, a),
            ContainerCommand::Clone(a) => exec_clone(engine, a),
            ContainerCommand::Mount(a) => super::mount::exec_mount(engine, a),
            ContainerCommand::Unmount(a) => super::mount::exec_unmount(engine, a),
            ContainerCommand::Runlabel(a) => super::runlabel::exec(engine, a),
            ContainerCommand::Checkpoint(_) => super::refused::refuse("container checkpoint", super::refused::CHECKPOINT),
            ContainerCommand::Restore(_) => super::refused::refuse("container restore", super::refused::CHECKPOINT),
        }
    }
}
