//! `dhow quadlet`: the systemd generator. Reads `.container`, `.volume`, `.pod`,
//! `.network` and `.kube` files from podman's Quadlet directories and writes `.service`
//! units into the generator's output directory (or prints them with
//! `--dryrun`). The translation is `generate/quadlet.rs`.

use crate::engine::Engine;
use crate::generate::quadlet::{self, Source};
use clap::Args;
use std::path::{Path, PathBuf};

/// Overrides the directories searched (colon-separated), as podman's.
const UNIT_DIRS_ENV: &str = "QUADLET_UNIT_DIRS";

#[derive(Args, Debug)]
pub struct QuadletArgs {
    /// Read the user's unit files (as a user generator) instead of the system's
    #[arg(long)]
    pub user: bool,
    /// Print the units instead of writing them
    #[arg(long, alias = "dry-run")]
    pub dryrun: bool,
    /// Directories systemd gives a generator (normal, early, late): units go to the first
    #[arg(value_name = "OUTDIR", num_args = 0..=3)]
    pub outdirs: Vec<PathBuf>,
}

pub fn exec(_engine: &Engine, a: QuadletArgs) -> anyhow::Result<()> {
    if !a.dryrun && a.outdirs.is_empty() {
        anyhow::bail!("give the output directory (systemd passes it to generators), or --dryrun to print the units");
    }
    let sources = find_sources(&unit_dirs(a.user))?;
    let exe = std::env::current_exe().map_err(|e| anyhow::anyhow!("finding the dhow executable: {e}"))?;
    let units = quadlet::translate_with_install(&sources, &exe.to_string_lossy())?;
    // Keys dhow ignores: said at generate time (a generator's stderr is the journal).
    for line in units.iter().flat_map(|(u, _)| u.text.lines()) {
        if let Some(w) = line.strip_prefix(quadlet::WARNING) {
            eprintln!("dhow quadlet: warning: {w}");
        }
    }
    for (u, install) in &units {
        if a.dryrun {
            print!("---{}---\n{}\n", u.name, u.text);
            continue;
        }
        let out = &a.outdirs[0];
        let path = out.join(&u.name);
        crate::util::atomic::write_file(&path, u.text.as_bytes(), 0o644).map_err(|e| anyhow::anyhow!("writing {}: {e}", path.display()))?;
        for dir in install {
            link_install(out, dir, &u.name)?;
        }
    }
    Ok(())
}

/// `OUT/default.target.wants/UNIT` → `../UNIT`, as `systemctl enable` would.
fn link_install(out: &Path, dir: &str, unit: &str) -> anyhow::Result<()> {
    let d = out.join(dir);
    std::fs::create_dir_all(&d).map_err(|e| anyhow::anyhow!("creating {}: {e}", d.display()))?;
    let link = d.join(unit);
    let _ = std::fs::remove_file(&link);
    std::os::unix::fs::symlink(Path::new("..").join(unit), &link).map_err(|e| anyhow::anyhow!("linking {}: {e}", link.display()))
}

/// podman's Quadlet directories, first wins for a file name.
fn unit_dirs(user: bool) -> Vec<PathBuf> {
    if let Ok(dirs) = std::env::var(UNIT_DIRS_ENV) {
        return std::env::split_paths(&dirs).collect();
    }
    if !user {
        return ["/run/containers/systemd", "/etc/containers/systemd", "/usr/share/containers/systemd"].iter().map(PathBuf::from).collect();
    }
    let home = std::env::var_os("HOME").map(PathBuf::from).unwrap_or_default();
    let config = std::env::var_os("XDG_CONFIG_HOME").map(PathBuf::from).unwrap_or_else(|| home.join(".config"));
    let uid = nix::unistd::getuid();
    let mut dirs = vec![config.join("containers/systemd")];
    if let Some(run) = std::env::var_os("XDG_RUNTIME_DIR") {
        dirs.push(PathBuf::from(run).join("containers/systemd"));
    }
    dirs.push(PathBuf::from(format!("/etc/containers/systemd/users/{uid}")));
    dirs.push(PathBuf::from("/etc/containers/systemd/users"));
    dirs
}

/// The unit files in `dirs` (a missing directory is skipped), sorted by name.
fn find_sources(dirs: &[PathBuf]) -> anyhow::Result<Vec<Source>> {
    let mut out: Vec<Source> = Vec::new();
    for dir in dirs {
        let Ok(entries) = std::fs::read_dir(dir) else { continue };
        let mut names: Vec<String> = entries.flatten().filter_map(|e| e.file_name().to_str().map(String::from)).collect();
        names.sort();
        for name in names {
            let wanted = [".container", ".volume", ".network", ".kube", ".pod"].iter().any(|s| name.ends_with(s));
            if !wanted || out.iter().any(|s| s.name == name) {
                continue;
            }
            let path: &Path = &dir.join(&name);
            let text = std::fs::read_to_string(path).map_err(|e| anyhow::anyhow!("reading {}: {e}", path.display()))?;
            let dropins = find_dropins(dirs, &name)?;
            out.push(Source { name, path: path.display().to_string(), text, dropins });
        }
    }
    Ok(out)
}

/// `NAME.d/*.conf` in every directory, sorted by file name (the first
/// directory's wins for a name), as systemd orders drop-ins.
fn find_dropins(dirs: &[PathBuf], name: &str) -> anyhow::Result<Vec<(String, String)>> {
    let mut found: Vec<(String, PathBuf)> = Vec::new();
    for dir in dirs {
        let Ok(entries) = std::fs::read_dir(dir.join(format!("{name}.d"))) else { continue };
        for e in entries.flatten() {
            let Some(conf) = e.file_name().to_str().map(String::from) else { continue };
            if conf.ends_with(".conf") && !found.iter().any(|(c, _)| *c == conf) {
                found.push((conf, e.path()));
            }
        }
    }
    found.sort();
    found
        .into_iter()
        .map(|(_, p)| std::fs::read_to_string(&p).map(|t| (p.display().to_string(), t)).map_err(|e| anyhow::anyhow!("reading {}: {e}", p.display())))
        .collect()
}

#[cfg(test)]
mod tests {
    /// Every Quadlet key that dhow translates becomes a flag `run` really
    /// has (a renamed flag cannot silently break the units).
    #[test]
    fn every_translated_key_is_a_run_flag() {
        let top = crate::cli::command();
        let run = top.find_subcommand("run").unwrap();
        let longs: Vec<String> = run.get_arguments().flat_map(|a| a.get_long_and_visible_aliases().unwrap_or_default()).map(|l| format!("--{l}")).collect();
        let flags = crate::generate::quadlet::translated_run_flags();
        assert!(flags.len() > 10, "{flags:?}");
        for (key, flag) in flags {
            assert!(longs.iter().any(|l| l == flag), "{key}= becomes {flag}, which run does not have");
        }
    }
}
