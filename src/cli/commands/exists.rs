//! podman's `container|image|volume|network exists NAME`: exit 0 when the
//! object exists, 1 (printing nothing) when it does not, 125 when the check
//! itself fails — what scripts test with `if dhow ... exists`.

use crate::container::store::ContainerNotFound;
use crate::engine::Engine;
use crate::error::Exit;
use clap::Args;

#[derive(Args, Debug)]
pub struct ExistsArgs {
    /// Name or ID to look for
    #[arg(value_name = "NAME")]
    pub name: String,
}

#[derive(Args, Debug)]
pub struct ContainerExistsArgs {
    #[command(flatten)]
    pub exists: ExistsArgs,
    /// Also look for containers of other tools (accepted for podman compatibility: dhow has none to add)
    #[arg(long)]
    pub external: bool,
}

/// Exit 0 for `Ok(true)`, a silent 1 for `Ok(false)`; errors stay errors.
fn answer(found: anyhow::Result<bool>) -> anyhow::Result<()> {
    if found? {
        Ok(())
    } else {
        Err(Exit::silent(1).into())
    }
}

/// Whether a lookup found its object, or failed only because it is missing.
fn found<T, E: std::error::Error + Send + Sync + 'static>(r: anyhow::Result<T>) -> anyhow::Result<bool> {
    match r {
        Ok(_) => Ok(true),
        Err(e) if e.is::<E>() => Ok(false),
        Err(e) => Err(e),
    }
}

pub fn container(engine: &Engine, args: ContainerExistsArgs) -> anyhow::Result<()> {
    answer(found::<_, ContainerNotFound>(crate::engine::containers::ops::find(engine, &args.exists.name)))
}

pub fn image(engine: &Engine, args: ExistsArgs) -> anyhow::Result<()> {
    answer(crate::engine::images::inspect(engine, &args.name).map(|i| i.is_some()))
}

pub fn volume(engine: &Engine, args: ExistsArgs) -> anyhow::Result<()> {
    answer(crate::engine::volumes::inspect(engine, &args.name).map(|v| v.is_some()))
}

pub fn network(engine: &Engine, args: ExistsArgs) -> anyhow::Result<()> {
    use crate::network::record as networks;
    if networks::is_default(&args.name) {
        return Ok(());
    }
    answer(found::<_, networks::NetworkNotFound>(networks::find(&engine.paths.root, &args.name)))
}
