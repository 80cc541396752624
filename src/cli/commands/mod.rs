//! One module per command. `Command::exec` dispatches; each module's `exec`
//! turns its arguments into engine options and prints the result.

mod attach;
mod auto_update;
mod build;
mod container;
mod container_prune;
mod cp;
mod diff;
mod events;
mod docs_cmd;
mod doctor;
mod exec;
mod generate;
mod quadlet;
mod healthcheck;
mod exists;
mod history;
mod image;
mod images;
mod info;
mod kube;
mod inspect;
mod lifecycle;
mod targets;
mod logs;
mod manifest;
mod mount;
mod network;
mod pause;
mod pod;
mod port;
mod ps;
mod pull;
mod refused;
mod rename;
mod runlabel;
mod rmi;
mod run;
mod stats;
mod system;
mod tag;
mod top;
mod unshare;
mod update;
mod version;
mod commit;
mod compose;
mod export;
mod import;
mod load;
mod login;
mod push;
mod save;
mod search;
mod secret;
mod volume;

use crate::engine::Engine;

/// Runs `f` for each name, printing what it returns on success (docker
/// prints the name the user typed), reporting every failure on the way and
/// failing with the last one, as docker's multi-object commands do.
pub(crate) fn for_each_name(names: &[String], mut f: impl FnMut(&str) -> anyhow::Result<Option<String>>) -> anyhow::Result<()> {
    let mut failed = None;
    for n in names {
        match f(n) {
            Ok(Some(out)) => println!("{out}"),
            Ok(None) => {}
            Err(e) => {
                if let Some(prev) = failed.replace(e) {
                    crate::error::report(&prev);
                }
            }
        }
    }
    failed.map_or(Ok(()), Err)
}

/// podman's exit codes of the removal commands (`rm`, `rmi`, `volume rm`,
/// `network rm`, `pod rm`): 1 (docker's too) when the object is not there,
/// 2 when it is busy (a running container, an image, volume or network a
/// container uses: [`crate::error::Busy`]); the words stay.
pub(crate) fn removal_exit(e: anyhow::Error) -> anyhow::Error {
    if e.downcast_ref::<crate::error::Exit>().is_some() {
        return e;
    }
    let missing = e.is::<crate::container::store::ContainerNotFound>()
        || crate::engine::images::is_not_found(&e)
        || e.is::<crate::engine::volumes::VolumeNotFound>()
        || e.is::<crate::network::record::NetworkNotFound>()
        || e.is::<crate::container::pod::PodNotFound>();
    let code = if missing {
        1
    } else if e.is::<crate::error::Busy>() {
        2
    } else {
        return e;
    };
    crate::error::Exit::with_code(code, crate::error::message(&e)).into()
}

/// A podman flag dhow takes but cannot honour, refused when given:
/// `Error: FLAG is not supported by dhow: WHY`, exit 125.
pub(crate) fn unsupported(flag: &str, why: &str) -> anyhow::Error {
    crate::error::Exit::with_code(crate::error::ENGINE_FAILURE, format!("{flag} is not supported by dhow: {why}")).into()
}

/// [`unsupported`] for the first of `flags` (name, given) that was given.
pub(crate) fn refuse_given(flags: &[(&str, bool)], why: &str) -> anyhow::Result<()> {
    match flags.iter().find(|(_, given)| *given) {
        Some((flag, _)) => Err(unsupported(flag, why)),
        None => Ok(()),
    }
}

use clap::Subcommand;

/// dhow's commands. Each one's flags are built only when clap builds that
/// command (`defer`): a line builds the commands it names (`cli::command_for`).
#[derive(Subcommand, Debug)]
#[command(defer = true)]
pub enum Command {
    /// Pull an image from a registry
    Pull(pull::PullArgs),
    /// Build an image from a Containerfile or Dockerfile
    Build(build::BuildArgs),
    /// Build images (docker's buildx spelling: dhow buildx build = dhow build)
    #[command(subcommand)]
    Buildx(build::BuildxCommand),
    /// Push an image to a registry
    Push(push::PushArgs),
    /// Log in to a registry
    Login(login::LoginArgs),
    /// Log out of a registry
    Logout(login::LogoutArgs),
    /// Save images to an archive
    Save(save::SaveArgs),
    /// Load images from an archive
    Load(load::LoadArgs),
    /// Export a container's filesystem as a tar archive
    Export(export::ExportArgs),
    /// Import a filesystem tarball as an image
    Import(import::ImportArgs),
    /// Create a new image from a container's changes
    Commit(commit::CommitArgs),
    /// Search registries for images
    Search(search::SearchArgs),
    /// List images
    Images(images::ImagesArgs),
    /// Display detailed information on containers and images
    Inspect(inspect::InspectArgs),
    /// Add a name to an image
    Tag(tag::TagArgs),
    /// Remove names from an image
    Untag(tag::UntagArgs),
    /// Remove one or more images
    Rmi(rmi::RmiArgs),
    /// Show the history of an image
    History(history::HistoryArgs),
    /// Manage images
    #[command(subcommand)]
    Image(image::ImageCommand),
    /// Show version information
    Version(version::VersionArgs),
    /// Display system-wide information
    Info(info::InfoArgs),
    /// Check this host's rootless set-up and tell how to fix what is wrong
    Doctor(doctor::DoctorArgs),
    /// Run a command in a new container
    #[command(disable_help_flag = true)]
    Run(run::RunArgs),
    /// Create a new container
    #[command(disable_help_flag = true)]
    Create(run::CreateArgs),
    /// Start one or more stopped containers
    Start(run::StartArgs),
    /// Stop one or more running containers
    Stop(lifecycle::StopArgs),
    /// Kill one or more running containers with a signal
    Kill(lifecycle::KillArgs),
    /// Restart one or more containers
    Restart(lifecycle::RestartArgs),
    /// Remove one or more containers
    Rm(lifecycle::RmArgs),
    /// Block until containers stop, then print their exit codes
    Wait(lifecycle::WaitArgs),
    /// Initialize containers without starting them (dhow prepares a container when it starts: this checks it is not running)
    Init(lifecycle::InitArgs),
    /// List containers
    Ps(ps::PsArgs),
    /// Fetch the logs of a container
    Logs(logs::LogsArgs),
    /// Rename a container
    Rename(rename::RenameArgs),
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
    /// Copy files/folders between a container and the local filesystem, or between two containers
    Cp(cp::CpArgs),
    /// Mount a container's root filesystem and print where (rootless: inside 'dhow unshare')
    Mount(mount::MountArgs),
    /// Unmount a container's root filesystem (rootless: inside 'dhow unshare')
    #[command(visible_alias = "umount")]
    Unmount(mount::UnmountArgs),
    /// Inspect changes to files or directories on a container's filesystem
    Diff(diff::DiffArgs),
    /// Display a live stream of container(s) resource usage statistics
    Stats(stats::StatsArgs),
    /// Get real time events from dhow
    Events(events::EventsArgs),
    /// Run container health checks
    #[command(subcommand)]
    Healthcheck(healthcheck::HealthcheckCommand),
    /// Run a command in dhow's rootless user namespace (default: a shell), e.g. to chown volume files
    Unshare(unshare::UnshareArgs),
    /// Not supported by dhow (refused): dhow runs containers on this machine and manages no virtual machines
    #[command(hide = true)]
    Machine(refused::RefusedArgs),
    /// Manage containers
    #[command(subcommand)]
    Container(container::ContainerCommand),
    /// Manage volumes
    #[command(subcommand)]
    Volume(volume::VolumeCommand),
    /// Manage networks
    #[command(subcommand)]
    Network(network::NetworkCommand),
    /// Manage manifest lists (multi-platform images)
    #[command(subcommand)]
    Manifest(manifest::ManifestCommand),
    /// Manage secrets given to containers with run --secret
    #[command(subcommand)]
    Secret(secret::SecretCommand),
    /// Manage pods: containers sharing a network namespace
    #[command(subcommand)]
    Pod(pod::PodCommand),
    /// Kubernetes YAML: generate it from pods, play it, take it down
    #[command(subcommand)]
    Kube(kube::KubeCommand),
    /// Play Kubernetes YAML (podman's 'play kube')
    #[command(subcommand)]
    Play(kube::PlayCommand),
    /// Define and run multi-container applications (docker compose v2)
    Compose(compose::ComposeArgs),
    /// Generate systemd units or Kubernetes YAML for containers and pods
    #[command(subcommand)]
    Generate(generate::GenerateCommand),
    /// Report containers whose image has a newer version (--dry-run)
    #[command(name = "auto-update")]
    AutoUpdate(auto_update::AutoUpdateArgs),
    /// Turn Quadlet .container/.volume/.network files into systemd services (a systemd generator)
    Quadlet(quadlet::QuadletArgs),
    /// Manage dhow: disk usage and cleanup
    #[command(subcommand)]
    System(system::SystemCommand),
    /// The per-container monitor (started by run/start; not for direct use)
    #[command(name = "__monitor", hide = true)]
    Monitor(run::MonitorArgs),
    /// Holds a user-defined network's namespace (started on first use; not for direct use)
    #[command(name = "__netns-holder", hide = true)]
    NetnsHolder(network::HolderArgs),
    /// Regenerate man pages and shell completions into a directory (maintainers)
    #[command(name = "__generate-docs", hide = true)]
    GenerateDocs(docs_cmd::GenerateDocsArgs),
}

impl Command {
    /// A running container's monitor whose user namespace this command must
    /// join instead of entering a fresh one (`--network container:X`).
    pub fn user_namespace_owner(&self, paths: &crate::config::paths::Paths) -> Option<i32> {
        use crate::network::plan as network;
        match self {
            // --pod, or the ID in --pod-id-file.
            Command::Run(a) => match a.create.extras.pod(&a.create.pod).ok().flatten().as_deref() {
                Some(p) if !p.starts_with("new:") => crate::engine::pods::user_namespace_owner(paths, p),
                _ => network::user_namespace_owner(paths, a.create.network.network.as_deref().unwrap_or("")),
            },
            // Every container the command acts on (names, --cidfile,
            // --filter, --all, --latest), read before entering any namespace.
            Command::Start(a) => network::user_namespace_owner_of(paths, &a.targets.resolve(&crate::engine::Engine::new(paths.clone()), |_| true).ok()?),
            Command::Restart(a) => network::user_namespace_owner_of(paths, &a.targets.resolve(&crate::engine::Engine::new(paths.clone()), |_| true).ok()?),
            // All holders share one user namespace (see network/holder.rs).
            Command::NetnsHolder(_) => crate::network::holder::shared_user_namespace(paths),
            Command::Network(c) => c.user_namespace_owner(paths),
            Command::Pod(c) => c.user_namespace_owner(paths),
            // Pods on the default network: its shared user namespace.
            Command::Kube(kube::KubeCommand::Play(_) | kube::KubeCommand::Down(_)) | Command::Play(_) => network::user_namespace_owner(paths, ""),
            Command::Container(c) => c.user_namespace_owner(paths),
            _ => None,
        }
    }

    /// The global `--runtime` (podman's): the OCI runtime of `run` and
    /// `create` unless they name their own.
    pub fn default_runtime(&mut self, runtime: String) {
        let create = match self {
            Command::Run(a) => &mut a.create,
            Command::Create(a) => a,
            Command::Container(c) => match c.create_args() {
                Some(a) => a,
                None => return,
            },
            _ => return,
        };
        create.runtime.get_or_insert(runtime);
    }

    pub fn exec(self, engine: &Engine) -> anyhow::Result<()> {
        match self {
            Command::Pull(a) => pull::exec(engine, a),
            Command::Build(a) => build::exec(engine, a),
            Command::Buildx(build::BuildxCommand::Build(a)) => build::exec(engine, *a),
            Command::Push(a) => push::exec(engine, a),
            Command::Login(a) => login::exec(engine, a),
            Command::Logout(a) => login::exec_logout(engine, a),
            Command::Save(a) => save::exec(engine, a),
            Command::Load(a) => load::exec(engine, a),
            Command::Export(a) => export::exec(engine, a),
            Command::Import(a) => import::exec(engine, a),
            Command::Commit(a) => commit::exec(engine, a),
            Command::Search(a) => search::exec(engine, a),
            Command::Images(a) => images::exec(engine, a),
            Command::Inspect(a) => inspect::exec(engine, a),
            Command::Tag(a) => tag::exec(engine, a),
            Command::Untag(a) => tag::exec_untag(engine, a),
            Command::Rmi(a) => rmi::exec(engine, a),
            Command::History(a) => history::exec(engine, a),
            Command::Image(c) => c.exec(engine),
            Command::Version(a) => version::exec(engine, a),
            Command::Info(a) => info::exec(engine, a),
            Command::Doctor(a) => doctor::exec(engine, a),
            Command::Run(a) => run::exec_run(engine, a),
            Command::Create(a) => run::exec_create(engine, a),
            Command::Start(a) => run::exec_start(engine, a),
            Command::Stop(a) => lifecycle::exec_stop(engine, a),
            Command::Kill(a) => lifecycle::exec_kill(engine, a),
            Command::Restart(a) => lifecycle::exec_restart(engine, a),
            Command::Rm(a) => lifecycle::exec_rm(engine, a),
            Command::Wait(a) => lifecycle::exec_wait(engine, a),
            Command::Init(a) => lifecycle::exec_init(engine, a),
            Command::Ps(a) => ps::exec(engine, a),
            Command::Logs(a) => logs::exec(engine, a),
            Command::Rename(a) => rename::exec(engine, a),
            Command::Exec(a) => exec::exec(engine, a),
            Command::Attach(a) => attach::exec(engine, a),
            Command::Top(a) => top::exec(engine, a),
            Command::Pause(a) => pause::exec_pause(engine, a),
            Command::Unpause(a) => pause::exec_unpause(engine, a),
            Command::Port(a) => port::exec(engine, a),
            Command::Update(a) => update::exec(engine, a),
            Command::Cp(a) => cp::exec(engine, a),
            Command::Mount(a) => mount::exec_mount(engine, a),
            Command::Unmount(a) => mount::exec_unmount(engine, a),
            Command::Diff(a) => diff::exec(engine, a),
            Command::Stats(a) => stats::exec(engine, a),
            Command::Events(a) => events::exec(engine, a),
            Command::Healthcheck(c) => c.exec(engine),
            Command::Unshare(a) => unshare::exec(engine, a),
            Command::Machine(_) => refused::refuse("machine", refused::MACHINE),
            Command::Container(c) => c.exec(engine),
            Command::Volume(c) => c.exec(engine),
            Command::Network(c) => c.exec(engine),
            Command::Pod(c) => c.exec(engine),
            Command::Secret(c) => c.exec(engine),
            Command::Manifest(c) => c.exec(engine),
            Command::Kube(c) => c.exec(engine),
            Command::Play(kube::PlayCommand::Kube(a)) => kube::exec_play(engine, a),
            Command::NetnsHolder(a) => network::exec_holder(engine, a),
            Command::System(c) => c.exec(engine),
            Command::Generate(c) => c.exec(engine),
            Command::Quadlet(a) => quadlet::exec(engine, a),
            Command::AutoUpdate(a) => auto_update::exec(engine, a),
            // Compose enters the user namespace itself (see cli/commands/compose/).
            Command::Compose(a) => compose::exec(engine, a),
            Command::Monitor(a) => run::exec_monitor(engine, a),
            Command::GenerateDocs(a) => docs_cmd::exec(a),
        }
    }
}
