//! Where dhow keeps its state: persistent data under `$XDG_DATA_HOME/dhow`,
//! volatile state (pids, sockets, locks that must vanish on reboot) under
//! `$XDG_RUNTIME_DIR/dhow`. `--root`/`--runroot` (or `DHOW_ROOT`/`DHOW_RUNROOT`)
//! relocate both, which is how tests get isolated stores.
//!
//! Paths are computed before dhow enters its user namespace, where getuid()
//! reads 0, so the fallback runtime dir still names the real user.

use anyhow::{Context, Result};
use std::path::{Path, PathBuf};

#[derive(Debug, Clone)]
pub struct Paths {
    /// Persistent storage: blobs, layers, images, containers, volumes.
    pub root: PathBuf,
    /// Volatile storage: pid files, sockets, runtime locks.
    pub runroot: PathBuf,
    /// The user's config dir for containers tools (`~/.config/containers`).
    pub containers_config: PathBuf,
}

/// The persistent root: where the image store lives.
impl AsRef<std::path::Path> for Paths {
    fn as_ref(&self) -> &std::path::Path {
        &self.root
    }
}

impl Paths {
    /// Resolves the paths from explicit overrides, then the environment.
    pub fn resolve(root: Option<PathBuf>, runroot: Option<PathBuf>) -> Result<Paths> {
        let home = std::env::var_os("HOME").map(PathBuf::from);
        let xdg = |var: &str, fallback: &str| -> Option<PathBuf> {
            std::env::var_os(var)
                .map(PathBuf::from)
                .filter(|p| p.is_absolute())
                .or_else(|| home.as_ref().map(|h| h.join(fallback)))
        };
        let root = match root {
            Some(r) => absolute(r)?,
            None => xdg("XDG_DATA_HOME", ".local/share")
                .context("cannot find a place for dhow's storage: set HOME or XDG_DATA_HOME, or pass --root")?
                .join("dhow"),
        };
        let runroot = match runroot {
            Some(r) => absolute(r)?,
            None => match std::env::var_os("XDG_RUNTIME_DIR").map(PathBuf::from).filter(|p| p.is_absolute() && p.is_dir()) {
                Some(dir) => dir.join("dhow"),
                None => PathBuf::from(format!("/tmp/dhow-{}", nix::unistd::getuid())),
            },
        };
        let containers_config = xdg("XDG_CONFIG_HOME", ".config").unwrap_or_else(|| PathBuf::from("/etc")).join("containers");
        Ok(Paths { root, runroot, containers_config })
    }

    /// Creates the root and runroot directories (runroot private to the user).
    pub fn ensure(&self) -> Result<()> {
        use std::os::unix::fs::DirBuilderExt;
        for (dir, mode) in [(&self.root, 0o700), (&self.runroot, 0o700)] {
            std::fs::DirBuilder::new()
                .recursive(true)
                .mode(mode)
                .create(dir)
                .with_context(|| format!("creating {}", dir.display()))?;
        }
        Ok(())
    }

    pub fn images_dir(&self) -> PathBuf {
        self.root.join("images")
    }
}

fn absolute(p: PathBuf) -> Result<PathBuf> {
    if p.is_absolute() {
        Ok(p)
    } else {
        Ok(std::env::current_dir().context("reading the current directory")?.join(p))
    }
}

/// True when `p` is inside `dir` lexically (used for sanity checks on paths
/// built from stored names).
pub fn is_within(dir: &Path, p: &Path) -> bool {
    p.starts_with(dir)
}
