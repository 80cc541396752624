//! Shared tmpfs volumes. A volume with `driver_opts: {type: tmpfs}` is one
//! tmpfs for every container that mounts it, as docker's local driver
//! mounts it once (at the volume's `_data`) while containers use it.
//!
//! Rootless dhow cannot mount on the host, so the tmpfs lives in a mount
//! namespace of the compose command, owned by the user namespace it works
//! in: `up`, `create`, `run`, `start` and `restart` make one ([`enter`]),
//! mount a small tmpfs at `ROOT/compose/PROJECT/tmpfs` and each volume's
//! tmpfs, with the volume's options, at `.../tmpfs/KEY`; containers bind
//! `.../tmpfs/KEY`. The monitors started from there inherit the namespace,
//! so the tmpfs lives while a container of the project that uses it runs
//! (docker unmounts it after the last one too). A later compose command
//! joins the mount namespace of a running monitor that has it, so the
//! containers it creates share the same tmpfs. Outside that namespace
//! `.../tmpfs/KEY` does not exist: a container started by plain `dhow
//! start` fails to mount it instead of silently getting a disk directory.

use super::options::files_dir;
use crate::compose::model::{LocalMount, MountType, Project};
use crate::engine::Engine;
use anyhow::{Context, Result};
use nix::mount::{mount, MsFlags};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Where the project's tmpfs volumes are mounted (in the namespace).
pub fn base(root: &Path, project: &str) -> PathBuf {
    files_dir(root, project).join("tmpfs")
}

/// The tmpfs volumes the selected services mount: key → mount options.
pub fn wanted(project: &Project, selected: &BTreeSet<String>) -> BTreeMap<String, Vec<String>> {
    let mut out = BTreeMap::new();
    for s in selected.iter().filter_map(|s| project.services.get(s)) {
        for v in s.volumes.iter().filter(|v| v.kind == MountType::Volume) {
            let Some(key) = &v.source else { continue };
            if let Some(Ok(Some(LocalMount::Tmpfs(o)))) = project.volumes.get(key).map(|vol| vol.local_mount()) {
                out.insert(key.clone(), o);
            }
        }
    }
    out
}

fn is_tmpfs(path: &Path) -> bool {
    nix::sys::statfs::statfs(path).is_ok_and(|s| s.filesystem_type() == nix::sys::statfs::TMPFS_MAGIC)
}

/// The shared tmpfs of each of the project's tmpfs volumes that is mounted
/// in this process's namespace (key → directory to bind).
pub fn shared_dirs(root: &Path, project: &Project) -> BTreeMap<String, String> {
    let base = base(root, &project.name);
    project
        .volumes
        .keys()
        .map(|k| (k.clone(), base.join(k)))
        .filter(|(_, d)| is_tmpfs(d) && is_tmpfs(&base))
        .map(|(k, d)| (k, d.to_string_lossy().into_owned()))
        .collect()
}

/// The monitor of a running container of the project that binds one of
/// its shared tmpfs volumes: its namespaces hold the tmpfs.
fn holding_monitor(engine: &Engine, project: &Project) -> Option<i32> {
    let base = base(&engine.paths.root, &project.name);
    let store = crate::engine::containers::ops::containers(engine);
    store.list().ok()?.into_iter().find_map(|(r, s)| {
        let mine = r.config.labels.get(crate::compose::planner::LABEL_PROJECT).is_some_and(|p| *p == project.name);
        let binds = r.host.mounts.iter().any(|m| Path::new(&m.source).starts_with(&base));
        (mine && binds && s.monitor_alive()).then_some(s.monitor_pid)
    })
}

fn same_namespace(a: &str, b: &str) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (std::fs::metadata(a), std::fs::metadata(b)) {
        (Ok(x), Ok(y)) => (x.dev(), x.ino()) == (y.dev(), y.ino()),
        _ => false,
    }
}

/// Enters the user namespace a compose command that starts containers
/// works in — `holder`'s (the project networks' owner), else dhow's usual
/// one — and, when the selected services use tmpfs volumes, the mount
/// namespace that holds them (see the module notes). Single-threaded.
pub fn enter(engine: &Engine, project: &Project, selected: &BTreeSet<String>, holder: Option<i32>) -> Result<()> {
    let want = wanted(project, selected);
    let join_user = |pid: Option<i32>| match pid {
        Some(pid) => crate::sys::userns::join(pid),
        None => crate::sys::userns::enter(),
    };
    if want.is_empty() {
        return join_user(holder);
    }
    let monitor = holding_monitor(engine, project).filter(|m| holder.is_none_or(|h| same_namespace(&format!("/proc/{h}/ns/user"), &format!("/proc/{m}/ns/user"))));
    let joined = match monitor {
        Some(pid) => {
            join_user(Some(pid))?;
            join_mounts(pid)
        }
        None => {
            join_user(holder)?;
            false
        }
    };
    if !joined {
        nix::sched::unshare(nix::sched::CloneFlags::CLONE_NEWNS).context("creating the mount namespace of the project's tmpfs volumes")?;
        // Nothing mounted here reaches the namespace we came from.
        mount(None::<&str>, "/", None::<&str>, MsFlags::MS_REC | MsFlags::MS_SLAVE, None::<&str>).context("making the mount namespace of the tmpfs volumes a slave")?;
    }
    mount_volumes(&base(&engine.paths.root, &project.name), &want)
}

/// Joins the mount namespace of process `pid`; false (with a warning) if
/// it cannot: the volumes then get a new tmpfs, not shared with it.
fn join_mounts(pid: i32) -> bool {
    let path = format!("/proc/{pid}/ns/mnt");
    let r = std::fs::File::open(&path).map_err(|e| e.to_string()).and_then(|f| nix::sched::setns(&f, nix::sched::CloneFlags::CLONE_NEWNS).map_err(|e| e.to_string()));
    match r {
        Ok(()) => true,
        Err(e) => {
            eprintln!("WARN[0000] tmpfs volumes: cannot join the mount namespace of the running containers ({path}: {e}); new containers get a tmpfs of their own");
            false
        }
    }
}

/// Mounts the base tmpfs and each wanted volume's tmpfs that is not
/// mounted yet.
fn mount_volumes(base: &Path, want: &BTreeMap<String, Vec<String>>) -> Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    if !is_tmpfs(base) {
        std::fs::DirBuilder::new().recursive(true).mode(0o700).create(base).with_context(|| format!("creating {}", base.display()))?;
        mount(Some("tmpfs"), base, Some("tmpfs"), MsFlags::MS_NOSUID | MsFlags::MS_NODEV, Some("size=64k,mode=0700")).with_context(|| format!("mounting a tmpfs at {}", base.display()))?;
    }
    for (key, options) in want {
        let dir = base.join(key);
        if is_tmpfs(&dir) && dir.parent() == Some(base) && mounted_at(&dir) {
            continue;
        }
        std::fs::DirBuilder::new().mode(0o755).create(&dir).or_else(|e| if e.kind() == std::io::ErrorKind::AlreadyExists { Ok(()) } else { Err(e) }).with_context(|| format!("creating {}", dir.display()))?;
        let (flags, data) = split_options(options);
        mount(Some("tmpfs"), &dir, Some("tmpfs"), flags, (!data.is_empty()).then_some(data.as_str())).with_context(|| format!("mounting the tmpfs of volume {key:?} (options {:?})", options.join(",")))?;
    }
    Ok(())
}

/// Whether `dir` is itself a mount point (not only on a tmpfs).
fn mounted_at(dir: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (std::fs::metadata(dir), dir.parent().map(std::fs::metadata)) {
        (Ok(d), Some(Ok(p))) => d.dev() != p.dev(),
        _ => false,
    }
}

/// `o:` of the volume as mount flags and tmpfs data (`size=2m,mode=1777`).
fn split_options(options: &[String]) -> (MsFlags, String) {
    let mut flags = MsFlags::empty();
    let mut data = Vec::new();
    for o in options {
        match o.as_str() {
            "ro" => flags |= MsFlags::MS_RDONLY,
            "nosuid" => flags |= MsFlags::MS_NOSUID,
            "nodev" => flags |= MsFlags::MS_NODEV,
            "noexec" => flags |= MsFlags::MS_NOEXEC,
            "noatime" => flags |= MsFlags::MS_NOATIME,
            "rw" | "suid" | "dev" | "exec" | "defaults" => {}
            other => data.push(other),
        }
    }
    (flags, data.join(","))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_split_into_flags_and_data() {
        let o: Vec<String> = ["size=2m", "noexec", "mode=1777", "rw", "uid=1000"].iter().map(|s| s.to_string()).collect();
        assert_eq!(split_options(&o), (MsFlags::MS_NOEXEC, "size=2m,mode=1777,uid=1000".to_string()));
    }

    #[test]
    fn wanted_are_the_tmpfs_volumes_of_the_selected_services() {
        let d = tempfile::tempdir().unwrap();
        std::fs::write(d.path().join("compose.yaml"), "services:\n  a: {image: b, volumes: [t:/t, d:/d]}\n  b: {image: b}\nvolumes:\n  t: {driver_opts: {type: tmpfs, device: tmpfs, o: 'size=1m'}}\n  d: {}\n").unwrap();
        let p = crate::compose::loader::load(&crate::compose::loader::LoadOptions { cwd: d.path().to_path_buf(), project_name: Some("p".into()), ..Default::default() }).unwrap();
        let sel = |names: &[&str]| names.iter().map(|s| s.to_string()).collect::<BTreeSet<String>>();
        assert_eq!(wanted(&p, &sel(&["a", "b"])), [("t".to_string(), vec!["size=1m".to_string()])].into());
        assert!(wanted(&p, &sel(&["b"])).is_empty());
    }
}
