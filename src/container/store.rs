//! Container records on disk: `<root>/containers/<id>/{container.json,state.json}`
//! plus the container's own dirs (upper, work, logs). Creation takes the
//! "containers" lock so two `run --name x` at once cannot both get the name.

use super::{ContainerRecord, ContainerState};
use crate::util::atomic::write_json;
use crate::util::lock::FileLock;
use anyhow::{bail, Context, Result};
use std::fs;
use std::path::{Path, PathBuf};

/// "No such container" as its own error so callers can tell it apart.
#[derive(Debug, thiserror::Error)]
#[error("no such container: {0:?} (see 'dhow ps -a')")]
pub struct ContainerNotFound(pub String);

/// Another container has the name.
#[derive(Debug, thiserror::Error)]
#[error("the container name {name:?} is already in use by container {by}; remove it ('dhow rm {name}') or choose another name")]
pub struct NameInUse {
    pub name: String,
    pub by: String,
}

#[derive(Debug, Clone)]
pub struct ContainerStore {
    dir: PathBuf,
}

impl ContainerStore {
    pub fn new(root: &Path) -> ContainerStore {
        ContainerStore { dir: root.join("containers") }
    }

    pub fn dir(&self, id: &str) -> PathBuf {
        self.dir.join(id)
    }

    fn lock(&self) -> Result<FileLock> {
        fs::create_dir_all(&self.dir).with_context(|| format!("creating {}", self.dir.display()))?;
        FileLock::exclusive(&self.dir.join(".lock"))
    }

    /// Locks one container against concurrent lifecycle changes (start/stop/rm).
    pub fn lock_container(&self, id: &str) -> Result<FileLock> {
        FileLock::exclusive(&self.dir(id).join("lock"))
    }

    /// Writes a new container; fails if its name is taken.
    pub fn create(&self, record: &ContainerRecord, state: &ContainerState) -> Result<()> {
        let _lock = self.lock()?;
        if let Some((other, _)) = self.list()?.into_iter().find(|(r, _)| r.name == record.name) {
            return Err(NameInUse { name: record.name.clone(), by: other.short_id().to_string() }.into());
        }
        let dir = self.dir(&record.id);
        fs::create_dir(&dir).with_context(|| format!("creating {}", dir.display()))?;
        // The overlay's dirs before the record: a create killed in between
        // must not leave a container without its upper dir.
        for sub in ["upper", "work", "merged"] {
            fs::create_dir(dir.join(sub)).with_context(|| format!("creating {}", dir.join(sub).display()))?;
        }
        // A `--rm` container does not outlive its run: its files need not
        // survive a crash of the host, so they are written without the two
        // fsyncs each (still atomically: a kill -9 leaves old or new).
        let write = |path: &Path, data: Vec<u8>| {
            if record.host.auto_remove {
                crate::util::atomic::write_file_volatile(path, &data, 0o644)
            } else {
                crate::util::atomic::write_file(path, &data, 0o644)
            }
        };
        write(&dir.join("state.json"), serde_json::to_vec_pretty(state)?)?;
        // container.json last: a directory without it is an unfinished create
        // that `list` ignores and `prune` sweeps.
        write(&dir.join("container.json"), serde_json::to_vec_pretty(record)?)
    }

    /// Renames a container. Under the creation lock, like [`Self::create`], so
    /// a concurrent create or rename cannot take the same name.
    pub fn rename(&self, id: &str, new_name: &str) -> Result<ContainerRecord> {
        let _lock = self.lock()?;
        let all = self.list()?;
        let Some((mut record, _)) = all.iter().find(|(r, _)| r.id == id).cloned() else {
            return Err(ContainerNotFound(id.to_string()).into());
        };
        if record.name == new_name {
            bail!("renaming a container with the same name as its current name ({new_name:?}) does nothing; choose another name");
        }
        if let Some((other, _)) = all.iter().find(|(r, _)| r.name == new_name) {
            bail!(
                "the container name {:?} is already in use by container {}; remove or rename that container first, or choose another name",
                new_name,
                other.short_id()
            );
        }
        record.name = new_name.to_string();
        write_json(&self.dir(id).join("container.json"), &record)?;
        Ok(record)
    }

    /// Whether a name is free (for random name generation).
    pub fn name_taken(&self, name: &str) -> Result<bool> {
        Ok(self.list()?.iter().any(|(r, _)| r.name == name))
    }

    pub fn load(&self, id: &str) -> Result<(ContainerRecord, ContainerState)> {
        let dir = self.dir(id);
        let record: ContainerRecord = read_json(&dir.join("container.json"))?;
        let state: ContainerState = read_json(&dir.join("state.json")).unwrap_or_default();
        Ok((record, state))
    }

    pub fn save_state(&self, id: &str, state: &ContainerState) -> Result<()> {
        write_json(&self.dir(id).join("state.json"), state)
    }

    /// [`ContainerStore::save_state`] without fsync (still atomic): for a
    /// container that does not outlive its run (`--rm`), whose state need
    /// not survive a crash of the host.
    pub fn save_state_volatile(&self, id: &str, state: &ContainerState) -> Result<()> {
        let data = serde_json::to_vec_pretty(state)?;
        crate::util::atomic::write_file_volatile(&self.dir(id).join("state.json"), &data, 0o644)
    }

    /// Every complete container record with its (raw) state, newest first.
    pub fn list(&self) -> Result<Vec<(ContainerRecord, ContainerState)>> {
        let entries = match fs::read_dir(&self.dir) {
            Ok(e) => e,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(vec![]),
            Err(e) => return Err(e).with_context(|| format!("reading {}", self.dir.display())),
        };
        let mut out = Vec::new();
        for entry in entries.flatten() {
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if name.len() != 64 {
                continue;
            }
            if let Ok(pair) = self.load(&name) {
                out.push(pair);
            }
        }
        out.sort_by(|a, b| b.0.created.cmp(&a.0.created));
        Ok(out)
    }

    /// Finds a container by full ID, name, or unique ID prefix.
    pub fn find(&self, query: &str) -> Result<(ContainerRecord, ContainerState)> {
        let all = self.list()?;
        if let Some(hit) = all.iter().find(|(r, _)| r.id == query || r.name == query) {
            return Ok(hit.clone());
        }
        let q = query.to_ascii_lowercase();
        let hits: Vec<_> = all.iter().filter(|(r, _)| !q.is_empty() && r.id.starts_with(&q)).collect();
        match hits.len() {
            1 => Ok(hits[0].clone()),
            0 => Err(ContainerNotFound(query.to_string()).into()),
            n => bail!("container ID prefix {query:?} is ambiguous: it matches {n} containers; give more characters"),
        }
    }

    /// Removes a container's directory: renamed away first so it vanishes at once.
    pub fn remove(&self, id: &str) -> Result<()> {
        let dir = self.dir(id);
        let trash = self.dir.join(format!(".removing-{id}"));
        fs::rename(&dir, &trash).with_context(|| format!("removing container {id}"))?;
        crate::image::store::remove_tree(&trash).with_context(|| format!("deleting files of container {id}"))
    }

    /// Removes leftovers of interrupted creates and removals.
    /// Takes the creation lock, so a create in progress is never mistaken for one.
    pub fn sweep(&self) {
        let Ok(_lock) = self.lock() else { return };
        for path in self.leftovers_unlocked() {
            let _ = crate::image::store::remove_tree(&path);
        }
    }

    /// Leftovers of interrupted creates and removals (for `system check`).
    pub fn leftovers(&self) -> Vec<PathBuf> {
        match self.lock() {
            Ok(_lock) => self.leftovers_unlocked(),
            Err(_) => vec![],
        }
    }

    fn leftovers_unlocked(&self) -> Vec<PathBuf> {
        let Ok(entries) = fs::read_dir(&self.dir) else { return vec![] };
        entries
            .flatten()
            .filter(|e| {
                let name = e.file_name().to_string_lossy().into_owned();
                name.starts_with(".removing-") || (name.len() == 64 && !e.path().join("container.json").exists())
            })
            .map(|e| e.path())
            .collect()
    }
}

fn read_json<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T> {
    let data = fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    serde_json::from_slice(&data).with_context(|| format!("{} is damaged", path.display()))
}

/// A new random 64-hex container ID.
pub fn new_id() -> String {
    let bytes: [u8; 32] = rand::random();
    hex::encode(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(id: char, name: &str) -> ContainerRecord {
        ContainerRecord {
            id: id.to_string().repeat(64),
            name: name.into(),
            image_name: "busybox".into(),
            image_id: crate::image::digest::Digest::of(b"x"),
            layers: vec![],
            created: chrono::Utc::now(),
            command: vec!["true".into()],
            config: Default::default(),
            host: Default::default(),
        }
    }

    #[test]
    fn rename_keeps_names_unique() {
        let d = tempfile::tempdir().unwrap();
        let store = ContainerStore::new(d.path());
        store.create(&record('a', "one"), &ContainerState::default()).unwrap();
        store.create(&record('b', "two"), &ContainerState::default()).unwrap();
        let e = store.rename(&"a".repeat(64), "two").unwrap_err().to_string();
        assert!(e.contains("already in use by container bbbbbbbbbbbb"), "{e}");
        assert!(store.rename(&"a".repeat(64), "one").is_err());
        store.rename(&"a".repeat(64), "three").unwrap();
        assert_eq!(store.find("three").unwrap().0.id, "a".repeat(64));
        assert!(store.find("one").is_err());
        assert!(store.rename(&"c".repeat(64), "four").is_err());
    }
}
