//! `dhow tag` and `dhow untag`

use crate::engine::Engine;
use clap::Args;

#[derive(Args, Debug)]
pub struct TagArgs {
    /// Image to name
    #[arg(value_name = "IMAGE")]
    pub image: String,
    /// New names; a name without a registry gets podman's `localhost/`
    #[arg(value_name = "NAME[:TAG]", required = true)]
    pub names: Vec<String>,
}

#[derive(Args, Debug)]
pub struct UntagArgs {
    /// Image to remove names from
    #[arg(value_name = "IMAGE")]
    pub image: String,
    /// Names to remove (default: all of the image's names)
    #[arg(value_name = "NAME")]
    pub names: Vec<String>,
}

pub fn exec(engine: &Engine, args: TagArgs) -> anyhow::Result<()> {
    crate::engine::images::tag(engine, &args.image, &args.names)
}

pub fn exec_untag(engine: &Engine, args: UntagArgs) -> anyhow::Result<()> {
    crate::engine::images::untag(engine, &args.image, &args.names)
}
