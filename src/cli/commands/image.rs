//! `dhow image <verb>`: docker's management-command form of the image commands.

use super::{history, images, inspect, pull, rmi, tag};
use crate::engine::Engine;
use clap::Subcommand;

#[derive(Subcommand, Debug)]
pub enum ImageCommand {
    /// Pull an image from a registry
    Pull(pull::PullArgs),
    /// List images
    #[command(visible_alias = "list")]
    Ls(images::ImagesArgs),
    /// Display detailed information on one or more images
    Inspect(inspect::ImageInspectArgs),
    /// Add a name to an image
    Tag(tag::TagArgs),
    /// Remove names from an image
    Untag(tag::UntagArgs),
    /// Remove one or more images
    #[command(visible_alias = "remove")]
    Rm(rmi::RmiArgs),
    /// Remove unused images
    Prune(rmi::PruneArgs),
    /// Show the history of an image
    History(history::HistoryArgs),
}

impl ImageCommand {
    pub fn needs_user_namespace(&self) -> bool {
        matches!(self, ImageCommand::Pull(_) | ImageCommand::Rm(_) | ImageCommand::Prune(_))
    }

    pub fn exec(self, engine: &Engine) -> anyhow::Result<()> {
        match self {
            ImageCommand::Pull(a) => pull::exec(engine, a),
            ImageCommand::Ls(a) => images::exec(engine, a),
            ImageCommand::Inspect(a) => inspect::exec_image(engine, a),
            ImageCommand::Tag(a) => tag::exec(engine, a),
            ImageCommand::Untag(a) => tag::exec_untag(engine, a),
            ImageCommand::Rm(a) => rmi::exec(engine, a),
            ImageCommand::Prune(a) => rmi::exec_prune(engine, a),
            ImageCommand::History(a) => history::exec(engine, a),
        }
    }
}
