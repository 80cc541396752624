//! `dhow rename` / `dhow container rename`.

use crate::engine::Engine;
use clap::Args;

#[derive(Args, Debug)]
pub struct RenameArgs {
    /// Container to rename (name or ID)
    #[arg(value_name = "CONTAINER")]
    pub container: String,
    /// Its new name
    #[arg(value_name = "NEW_NAME")]
    pub new_name: String,
}

/// Prints nothing on success, as docker does.
pub fn exec(engine: &Engine, args: RenameArgs) -> anyhow::Result<()> {
    crate::engine::containers::rename::rename(engine, &args.container, &args.new_name)?;
    Ok(())
}
