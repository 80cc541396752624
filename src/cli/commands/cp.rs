//! `dhow cp` / `dhow container cp`.

use crate::engine::containers::cp::{self, CpOptions, Endpoint};
use crate::engine::Engine;
use clap::Args;

#[derive(Args, Debug)]
pub struct CpArgs {
    /// Archive mode (copy all uid/gid information)
    #[arg(short = 'a', long)]
    pub archive: bool,
    /// Always follow symbol link in SRC_PATH (a host source is always followed, as podman does)
    #[arg(short = 'L', long)]
    pub follow_link: bool,
    /// Replace a directory by a non-directory and the reverse (refused by default)
    #[arg(long)]
    pub overwrite: bool,
    /// CONTAINER:SRC_PATH, a host path, or - (a tar stream on stdin)
    #[arg(value_name = "SRC_PATH")]
    pub src: String,
    /// CONTAINER:DEST_PATH, a host path, or - (a tar stream to stdout)
    #[arg(value_name = "DEST_PATH")]
    pub dest: String,
}

/// Prints nothing on success, as docker does with a redirected stderr.
pub fn exec(engine: &Engine, args: CpArgs) -> anyhow::Result<()> {
    let opts = CpOptions {
        archive: args.archive,
        follow_link: args.follow_link,
        overwrite: args.overwrite,
    };
    cp::copy(
        engine,
        &Endpoint::parse(&args.src),
        &Endpoint::parse(&args.dest),
        opts,
    )
}
