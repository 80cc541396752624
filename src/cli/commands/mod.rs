//! One module per command. `Command::exec` dispatches; each module's `exec`
//! turns its arguments into engine options and prints the result.

mod docs_cmd;
mod history;
mod image;
mod images;
mod info;
mod inspect;
mod pull;
mod rmi;
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
    /// Display detailed information on images (and, later, containers)
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
    /// Regenerate man pages and shell completions into a directory (maintainers)
    #[command(name = "__generate-docs", hide = true)]
    GenerateDocs(docs_cmd::GenerateDocsArgs),
}

impl Command {
    /// Whether the command must run inside dhow's rootless user namespace:
    /// anything that creates or deletes files owned by the image's users.
    pub fn needs_user_namespace(&self) -> bool {
        match self {
            Command::Pull(_) | Command::Rmi(_) => true,
            Command::Image(c) => c.needs_user_namespace(),
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
            Command::GenerateDocs(a) => docs_cmd::exec(a),
        }
    }
}
