//! One module per command. `Command::exec` dispatches; each module's `exec`
//! turns its arguments into engine options and prints the result.

mod container;
mod container_prune;
mod docs_cmd;
mod history;
mod image;
mod images;
mod info;
mod inspect;
mod lifecycle;
mod logs;
mod ps;
mod pull;
mod rename;
mod rmi;
mod run;
mod tag;
mod version;

use crate::engine::Engine;
use clap::Subcommand;

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Pull an image from a registry
    Pull(pull::PullArgs),
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
    /// List containers
    Ps(ps::PsArgs),
    /// Fetch the logs of a container
    Logs(logs::LogsArgs),
    /// Rename a container
    Rename(rename::RenameArgs),
    /// Manage containers
    #[command(subcommand)]
    Container(container::ContainerCommand),
    /// The per-container monitor (started by run/start; not for direct use)
    #[command(name = "__monitor", hide = true)]
    Monitor(run::MonitorArgs),
    /// Regenerate man pages and shell completions into a directory (maintainers)
    #[command(name = "__generate-docs", hide = true)]
    GenerateDocs(docs_cmd::GenerateDocsArgs),
}

impl Command {
    /// Whether the command must run inside dhow's rootless user namespace:
    /// anything that creates or deletes files owned by the image's users.
    pub fn needs_user_namespace(&self) -> bool {
        match self {
            Command::Pull(_)
            | Command::Rmi(_)
            | Command::Run(_)
            | Command::Create(_)
            | Command::Start(_)
            | Command::Restart(_)
            | Command::Rm(_)
            | Command::Monitor(_) => true,
            Command::Image(c) => c.needs_user_namespace(),
            Command::Container(c) => c.needs_user_namespace(),
            _ => false,
        }
    }

    pub fn exec(self, engine: &Engine) -> anyhow::Result<()> {
        match self {
            Command::Pull(a) => pull::exec(engine, a),
            Command::Images(a) => images::exec(engine, a),
            Command::Inspect(a) => inspect::exec(engine, a),
            Command::Tag(a) => tag::exec(engine, a),
            Command::Untag(a) => tag::exec_untag(engine, a),
            Command::Rmi(a) => rmi::exec(engine, a),
            Command::History(a) => history::exec(engine, a),
            Command::Image(c) => c.exec(engine),
            Command::Version(a) => version::exec(engine, a),
            Command::Info(a) => info::exec(engine, a),
            Command::Run(a) => run::exec_run(engine, a),
            Command::Create(a) => run::exec_create(engine, a),
            Command::Start(a) => run::exec_start(engine, a),
            Command::Stop(a) => lifecycle::exec_stop(engine, a),
            Command::Kill(a) => lifecycle::exec_kill(engine, a),
            Command::Restart(a) => lifecycle::exec_restart(engine, a),
            Command::Rm(a) => lifecycle::exec_rm(engine, a),
            Command::Wait(a) => lifecycle::exec_wait(engine, a),
            Command::Ps(a) => ps::exec(engine, a),
            Command::Logs(a) => logs::exec(engine, a),
            Command::Rename(a) => rename::exec(engine, a),
            Command::Container(c) => c.exec(engine),
            Command::Monitor(a) => run::exec_monitor(engine, a),
            Command::GenerateDocs(a) => docs_cmd::exec(a),
        }
    }
}
