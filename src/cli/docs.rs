//! Man pages and shell completions generated from the clap definition, so the
//! committed `man/` and `completions/` can never drift from the CLI (a test
//! regenerates them and compares).

use anyhow::{Context, Result};
use clap::Command;
use clap_complete::Shell;
use std::fs;
use std::path::Path;

/// Writes `man/*.1` (one page per command, `dhow-image-ls.1` style) and
/// `completions/{dhow.bash,_dhow,dhow.fish}` under `dir`.
pub fn generate(dir: &Path) -> Result<()> {
    let man_dir = dir.join("man");
    let comp_dir = dir.join("completions");
    for d in [&man_dir, &comp_dir] {
        fs::create_dir_all(d).with_context(|| format!("creating {}", d.display()))?;
    }
    let mut cmd = super::command();
    cmd.build();
    write_man_pages(&cmd, "dhow", &man_dir)?;
    for (shell, file) in [(Shell::Bash, "dhow.bash"), (Shell::Zsh, "_dhow"), (Shell::Fish, "dhow.fish")] {
        let mut buf = Vec::new();
        clap_complete::generate(shell, &mut super::command(), "dhow", &mut buf);
        fs::write(comp_dir.join(file), buf).with_context(|| format!("writing completions for {shell}"))?;
    }
    Ok(())
}

fn write_man_pages(cmd: &Command, page_name: &str, dir: &Path) -> Result<()> {
    let mut buf = Vec::new();
    let named = cmd.clone().name(page_name.to_string());
    clap_mangen::Man::new(named).render(&mut buf)?;
    fs::write(dir.join(format!("{page_name}.1")), buf).with_context(|| format!("writing man page {page_name}"))?;
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        write_man_pages(sub, &format!("{page_name}-{}", sub.get_name()), dir)?;
    }
    Ok(())
}
