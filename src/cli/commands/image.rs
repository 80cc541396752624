//! `dhow image <verb>`: docker's management-command form of the image commands.

use super::{build, history, images, import, inspect, load, pull, push, rmi, save, search, tag};
use crate::engine::Engine;
use clap::Subcommand;

#[derive(Subcommand, Debug)]
#[command(defer = true)]
pub enum ImageCommand {
    /// Build an image from a Containerfile or Dockerfile
    Build(Box<build::BuildArgs>),
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
    /// Push an image to a registry
    Push(push::PushArgs),
    /// Save images to an archive
    Save(save::SaveArgs),
    /// Load images from an archive
    Load(load::LoadArgs),
    /// Import a filesystem tarball as an image
    Import(import::ImportArgs),
    /// Search registries for images
    Search(search::SearchArgs),
    /// Exit 0 if the image exists, 1 if not
    Exists(super::exists::ExistsArgs),
    /// Not supported by dhow (refused): use 'dhow diff' on a container of the image
    #[command(hide = true)]
    Diff(super::refused::RefusedArgs),
    /// Not supported by dhow (refused): mount a container of the image instead
    #[command(hide = true)]
    Mount(super::refused::RefusedArgs),
    /// Not supported by dhow (refused): dhow does not mount images
    #[command(visible_alias = "umount")]
    #[command(hide = true)]
    Unmount(super::refused::RefusedArgs),
    /// Not supported by dhow (refused): see 'dhow image history'
    #[command(hide = true)]
    Tree(super::refused::RefusedArgs),
    /// Not supported by dhow (refused): dhow does not sign images
    #[command(hide = true)]
    Sign(super::refused::RefusedArgs),
    /// Not supported by dhow (refused): dhow has no signature trust policy
    #[command(hide = true)]
    Trust(super::refused::RefusedArgs),
    /// Not supported by dhow (refused): pipe 'dhow save' into 'dhow load' on the other side
    #[command(hide = true)]
    Scp(super::refused::RefusedArgs),
}

impl ImageCommand {
    pub fn exec(self, engine: &Engine) -> anyhow::Result<()> {
        match self {
            ImageCommand::Build(a) => build::exec(engine, *a),
            ImageCommand::Pull(a) => pull::exec(engine, a),
            ImageCommand::Ls(a) => images::exec(engine, a),
            ImageCommand::Inspect(a) => inspect::exec_image(engine, a),
            ImageCommand::Tag(a) => tag::exec(engine, a),
            ImageCommand::Untag(a) => tag::exec_untag(engine, a),
            ImageCommand::Rm(a) => rmi::exec(engine, a),
            ImageCommand::Prune(a) => rmi::exec_prune(engine, a),
            ImageCommand::History(a) => history::exec(engine, a),
            ImageCommand::Push(a) => push::exec(engine, a),
            ImageCommand::Save(a) => save::exec(engine, a),
            ImageCommand::Load(a) => load::exec(engine, a),
            ImageCommand::Import(a) => import::exec(engine, a),
            ImageCommand::Search(a) => search::exec(engine, a),
            ImageCommand::Exists(a) => super::exists::image(engine, a),
            ImageCommand::Diff(_) => super::refused::refuse("image diff", super::refused::IMAGE_DIFF),
            ImageCommand::Mount(_) => super::refused::refuse("image mount", super::refused::IMAGE_MOUNT),
            ImageCommand::Unmount(_) => super::refused::refuse("image unmount", super::refused::IMAGE_MOUNT),
            ImageCommand::Tree(_) => super::refused::refuse("image tree", super::refused::IMAGE_TREE),
            ImageCommand::Sign(_) => super::refused::refuse("image sign", super::refused::SIGNING),
            ImageCommand::Trust(_) => super::refused::refuse("image trust", super::refused::SIGNING),
            ImageCommand::Scp(_) => super::refused::refuse("image scp", super::refused::SCP),
        }
    }
}
