//! `dhow image <verb>`: docker's management-command form of the image commands.

use super::{build, history, images, import, inspect, load, pull, push, rmi, save, search, tag};
use crate::engine::imagefs;
use crate::engine::Engine;
use clap::{Args, Subcommand};
use serde_json::json;

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
    /// Show what an image's top layer changes, or how it differs from another image
    Diff(ImageDiffArgs),
    /// Mount images' root filesystems read-only (inside 'dhow unshare'); none: list the mounted ones
    Mount(ImageMountArgs),
    /// Unmount images mounted with 'dhow image mount'
    #[command(visible_alias = "umount")]
    Unmount(ImageUnmountArgs),
    /// Show the layers of an image as a tree
    Tree(ImageTreeArgs),
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
            ImageCommand::Diff(a) => exec_diff(engine, a),
            ImageCommand::Mount(a) => exec_mount(engine, a),
            ImageCommand::Unmount(a) => exec_unmount(engine, a),
            ImageCommand::Tree(a) => exec_tree(engine, a),
            ImageCommand::Sign(_) => super::refused::refuse("image sign", super::refused::SIGNING),
            ImageCommand::Trust(_) => super::refused::refuse("image trust", super::refused::SIGNING),
            ImageCommand::Scp(_) => super::refused::refuse("image scp", super::refused::SCP),
        }
    }
}

#[derive(Args, Debug)]
pub struct ImageTreeArgs {
    /// Image (name or ID)
    #[arg(value_name = "IMAGE")]
    pub image: String,
    /// Show all child images and layers of the specified image
    #[arg(long)]
    pub whatrequires: bool,
}

fn exec_tree(engine: &Engine, a: ImageTreeArgs) -> anyhow::Result<()> {
    print!("{}", imagefs::tree(engine, &a.image, a.whatrequires)?);
    Ok(())
}

#[derive(Args, Debug)]
pub struct ImageDiffArgs {
    /// Image (name or ID)
    #[arg(value_name = "IMAGE")]
    pub image: String,
    /// Compare with this image instead of the image's parent layers
    #[arg(value_name = "IMAGE")]
    pub from: Option<String>,
    /// Change the output format (json)
    #[arg(long, value_name = "FORMAT")]
    pub format: Option<String>,
}

/// `A /path` lines as `dhow diff`; `--format json` podman's object.
fn exec_diff(engine: &Engine, a: ImageDiffArgs) -> anyhow::Result<()> {
    match a.format.as_deref() {
        None | Some("") | Some("json") => {}
        Some(f) => return Err(crate::error::Exit::with_code(125, format!("unknown --format {f:?}: image diff prints json or A/C/D lines")).into()),
    }
    let changes = imagefs::diff(engine, &a.image, a.from.as_deref())?;
    if a.format.as_deref() == Some("json") {
        let pick = |k: char| changes.iter().filter(|c| c.kind == k).map(|c| c.path.clone()).collect::<Vec<_>>();
        let mut v = serde_json::Map::new();
        for (key, k) in [("changed", 'C'), ("added", 'A'), ("deleted", 'D')] {
            let list = pick(k);
            // podman leaves empty lists out (omitempty).
            if !list.is_empty() {
                v.insert(key.into(), json!(list));
            }
        }
        println!("{}", serde_json::to_string_pretty(&v)?);
    } else {
        for c in &changes {
            println!("{c}");
        }
    }
    Ok(())
}

#[derive(Args, Debug)]
pub struct ImageMountArgs {
    /// Images to mount (none: list the mounted ones)
    #[arg(value_name = "IMAGE")]
    pub images: Vec<String>,
    /// Mount all images
    #[arg(short, long)]
    pub all: bool,
    /// Print the mounted images in specified format (json)
    #[arg(long, value_name = "FORMAT")]
    pub format: Option<String>,
}

#[derive(Args, Debug)]
pub struct ImageUnmountArgs {
    /// Images to unmount
    #[arg(value_name = "IMAGE", required_unless_present = "all")]
    pub images: Vec<String>,
    /// Unmount all of the currently mounted images
    #[arg(short, long)]
    pub all: bool,
    /// Force the complete unmount of the specified mounted images (dhow always detaches the mount)
    #[arg(short, long)]
    pub force: bool,
}

/// podman's listing: `NAME  PATH` per mounted image (its first name, else
/// its ID), or json objects.
fn print_mounted(list: &[(crate::image::store::ImageRecord, std::path::PathBuf)], json_out: bool) -> anyhow::Result<()> {
    if json_out {
        let v: Vec<_> = list
            .iter()
            .map(|(i, p)| json!({"id": i.id.hex(), "Names": [i.manifest.to_string()], "Repositories": i.names, "mountpoint": p}))
            .collect();
        println!("{}", serde_json::to_string_pretty(&v)?);
    } else {
        for (i, p) in list {
            let name = i.names.first().cloned().unwrap_or_else(|| i.id.hex().to_string());
            println!("{name}  {}", p.display());
        }
    }
    Ok(())
}

fn exec_mount(engine: &Engine, a: ImageMountArgs) -> anyhow::Result<()> {
    crate::engine::containers::mount::require_unshare("image mount")?;
    let json_out = match a.format.as_deref() {
        None | Some("") => false,
        Some("json") => true,
        Some(f) => return Err(crate::error::Exit::with_code(125, format!("unknown --format {f:?}: image mount prints json or plain lines")).into()),
    };
    let store = engine.store_readonly();
    if a.all {
        for i in store.images()? {
            imagefs::mount_image(engine, &i)?;
        }
    }
    if a.images.is_empty() {
        return print_mounted(&imagefs::mounted_images(engine)?, json_out);
    }
    super::for_each_name(&a.images, |n| {
        let img = crate::engine::images::resolve(engine, &store, n)?;
        Ok(Some(imagefs::mount_image(engine, &img)?.display().to_string()))
    })
}

/// Prints the ID of each image unmounted, as podman; outside `dhow
/// unshare` nothing of dhow's is mounted, so there is nothing to do.
fn exec_unmount(engine: &Engine, a: ImageUnmountArgs) -> anyhow::Result<()> {
    let inside = crate::engine::containers::mount::require_unshare("image unmount").is_ok();
    if a.all {
        for (i, _) in imagefs::mounted_images(engine)? {
            if imagefs::unmount_image(engine, &i)? {
                println!("{}", i.id.hex());
            }
        }
        return Ok(());
    }
    let store = engine.store_readonly();
    super::for_each_name(&a.images, |n| {
        let img = crate::engine::images::resolve(engine, &store, n)?;
        if inside {
            imagefs::unmount_image(engine, &img)?;
        }
        Ok(Some(img.id.hex().to_string()))
    })
}
