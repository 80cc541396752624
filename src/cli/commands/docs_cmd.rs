//! `dhow __generate-docs DIR` (hidden): regenerates man/ and completions/.

use clap::Args;
use std::path::PathBuf;

#[derive(Args, Debug)]
pub struct GenerateDocsArgs {
    /// Directory that receives man/ and completions/
    #[arg(value_name = "DIR")]
    pub dir: PathBuf,
}

pub fn exec(args: GenerateDocsArgs) -> anyhow::Result<()> {
    crate::cli::docs::generate(&args.dir)
}
