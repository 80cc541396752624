//! `dhow container clone`: a new container made from another's recorded
//! configuration (podman's verb). The file system starts fresh from the
//! image, as podman's clone does; named volumes and bind mounts are shared,
//! anonymous volumes are new, `--secret` copies come along.

use crate::container::{ContainerRecord, ContainerState, ContainerStore};
use crate::engine::Engine;
use anyhow::{Context, Result};

#[derive(Debug, Clone, Default)]
pub struct CloneOptions {
    /// The clone's name (default: NAME-clone, then NAME-clone1, ...).
    pub name: Option<String>,
    /// An image to use instead of the original's.
    pub image: Option<String>,
    /// Remove the original afterwards (`--destroy`).
    pub destroy: bool,
    /// Start the clone (`--run`).
    pub run: bool,
    /// `--pod POD`: the clone is a member of this pod instead of the
    /// original's (see `pod_member::clone_into_pod`).
    pub pod: Option<String>,
}

/// podman's default name: `NAME-clone`, else the first free `NAME-cloneN`.
fn clone_name(taken: &[String], base: &str) -> String {
    let first = format!("{base}-clone");
    if !taken.contains(&first) {
        return first;
    }
    (1..).map(|i| format!("{first}{i}")).find(|n| !taken.contains(n)).unwrap_or(first)
}

/// Makes the clone; returns its record.
pub fn clone(engine: &Engine, query: &str, opts: &CloneOptions) -> Result<ContainerRecord> {
    let (orig, _) = super::ops::find(engine, query)?;
    let containers = ContainerStore::new(&engine.paths.root);
    let taken: Vec<String> = containers.list()?.into_iter().map(|(r, _)| r.name).collect();
    let id = crate::container::store::new_id();
    let (old_dir, new_dir) = (containers.dir(&orig.id), containers.dir(&id));
    let mut record = orig.clone();
    record.id = id.clone();
    record.name = match &opts.name {
        Some(n) => {
            crate::container::names::validate(n).map_err(|e| anyhow::anyhow!(e))?;
            n.clone()
        }
        None => clone_name(&taken, &orig.name),
    };
    record.created = chrono::Utc::now();
    if record.config.hostname == orig.id[..12] {
        record.config.hostname = id[..12].to_string();
    }
    if let Some(image) = &opts.image {
        let store = engine.store()?;
        let img = crate::engine::images::resolve(engine, &store, image)?;
        record.image_name = img.names.first().cloned().unwrap_or_else(|| image.clone());
        record.image_id = img.id.clone();
        record.layers = img.layers.iter().map(|l| l.diff_id.clone()).collect();
        // A --rootfs container's clone with an image runs that image.
        record.host.extras.rootfs.clear();
        record.host.extras.rootfs_overlay = false;
    }
    // An --userns=auto clone gets a range of its own.
    if record.host.userns.starts_with("auto") {
        let mode = record.host.userns.clone();
        super::extras::resolve_userns(engine, &mode, &mut record.host.extras)?;
    }
    if let Some(pod) = &opts.pod {
        super::pod_member::clone_into_pod(engine, pod, &mut record)?;
    }
    let old_prefix = old_dir.display().to_string();
    let volumes = crate::engine::volumes::VolumeStore::for_engine(engine);
    for m in &mut record.host.mounts {
        if m.kind == "volume" && m.anonymous {
            m.name = crate::container::store::new_id();
            m.source = volumes.mountpoint(&m.name).display().to_string();
        } else if let Some(rest) = m.source.strip_prefix(&old_prefix) {
            // The container's own files (its --secret copies).
            m.source = format!("{}{rest}", new_dir.display());
        }
    }
    let state = ContainerState { boot_id: crate::container::state::boot_id(), ..Default::default() };
    containers.create(&record, &state)?;
    super::create::make_dirs(engine, &record, || copy_secrets(&old_dir.join("secrets"), &new_dir.join("secrets")))?;
    if opts.destroy {
        super::ops::remove(engine, &orig.id, true).with_context(|| format!("--destroy: removing the container {}", orig.name))?;
    }
    if opts.run {
        super::start::start(engine, &record.id)?;
    }
    Ok(record)
}

/// The original's secret copies, with their owners and modes.
fn copy_secrets(from: &std::path::Path, to: &std::path::Path) -> Result<()> {
    use std::os::unix::fs::MetadataExt;
    let Ok(entries) = std::fs::read_dir(from) else { return Ok(()) };
    std::fs::create_dir_all(to).with_context(|| format!("creating {}", to.display()))?;
    for e in entries {
        let e = e?;
        let meta = e.metadata()?;
        let dest = to.join(e.file_name());
        std::fs::copy(e.path(), &dest).with_context(|| format!("copying {}", e.path().display()))?;
        std::os::unix::fs::chown(&dest, Some(meta.uid()), Some(meta.gid()))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn clone_names_as_podman() {
        let taken = vec!["web".to_string(), "web-clone".to_string(), "web-clone1".to_string()];
        assert_eq!(super::clone_name(&taken, "db"), "db-clone");
        assert_eq!(super::clone_name(&taken, "web"), "web-clone2");
    }
}
