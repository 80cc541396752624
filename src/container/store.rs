//! Container records on disk: `<root>/containers/<id>/{container.json,state.json}`
//! plus the container's own dirs (upper, work, logs). Creation takes the
//! "containers" lock so two `run --name x` at once cannot both get the name.
//!
//! Lookups by full ID or by name read one record, not all of them: names are
//! indexed in `<root>/containers/.names/<name>` (the container's ID). The
//! index is a cache checked against the record it points to, so an entry
//! left stale by a kill between two steps is ignored; it answers "is this
//! name free" (and "no container has this name" before an ID-prefix lookup)
//! only once `.names/.complete` records that it was built from every record
//! (by the first create or rename on a store that had none). Entries change
//! only under the creation lock. What each container uses (volumes, image,
//! layers) is indexed the same way in `.uses/` (see [`super::uses`]).

use super::uses::{self, Uses, Kind};
use super::{ContainerRecord, ContainerState};
use crate::image::digest::Digest;
use crate::util::atomic::write_json;
use crate::util::lock::FileLock;
use anyhow::{bail, Context, Result};
use std::collections::{BTreeMap, BTreeSet, HashSet};
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

    /// The directory holding every container's directory.
    pub fn root_dir(&self) -> &Path {
        &self.dir
    }

    fn lock(&self) -> Result<FileLock> {
        fs::create_dir_all(&self.dir).with_context(|| format!("creating {}", self.dir.display()))?;
        FileLock::exclusive(&self.dir.join(".lock"))
    }

    /// Locks one container against concurrent lifecycle changes (start/stop/rm).
    pub fn lock_container(&self, id: &str) -> Result<FileLock> {
        FileLock::exclusive(&self.dir(id).join("lock"))
    }

    fn names_dir(&self) -> PathBuf {
        self.dir.join(".names")
    }

    /// The container the name index gives for `name`, if its record agrees.
    fn by_name(&self, name: &str) -> Option<(ContainerRecord, ContainerState)> {
        if !indexable(name) {
            return None;
        }
        let id = fs::read_to_string(self.names_dir().join(name)).ok()?;
        let id = id.trim();
        if !is_full_id(id) {
            return None;
        }
        self.load(id).ok().filter(|(r, _)| r.name == name)
    }

    /// Whether the index holds every container's name.
    fn index_complete(&self) -> bool {
        self.names_dir().join(".complete").exists()
    }

    /// Under the creation lock: records `name` as `id`'s.
    fn index_name(&self, name: &str, id: &str) -> Result<()> {
        if !indexable(name) {
            return Ok(());
        }
        let dir = self.names_dir();
        fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
        crate::util::atomic::write_file_volatile(&dir.join(name), id.as_bytes(), 0o644)
    }

    /// Under the creation lock: drops `name`'s entry if it is still `id`'s.
    fn unindex_name(&self, name: &str, id: &str) {
        if !indexable(name) {
            return;
        }
        let path = self.names_dir().join(name);
        if fs::read_to_string(&path).is_ok_and(|v| v.trim() == id) {
            let _ = fs::remove_file(path);
        }
    }

    /// The container that has exactly `name`, if any: one record read when
    /// the index is complete, else a scan. Without the creation lock, so
    /// only a hint for a create (which checks again under it).
    pub fn named(&self, name: &str) -> Result<Option<(ContainerRecord, ContainerState)>> {
        if indexable(name) && self.index_complete() {
            return Ok(self.by_name(name));
        }
        Ok(self.list()?.into_iter().find(|(r, _)| r.name == name))
    }

    /// Under the creation lock: the container that has `name`, if any.
    fn holder_of(&self, name: &str) -> Result<Option<(ContainerRecord, ContainerState)>> {
        if indexable(name) {
            if !self.index_complete() {
                let all = self.list()?;
                let dir = self.names_dir();
                fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
                for (r, _) in &all {
                    self.index_name(&r.name, &r.id)?;
                }
                crate::util::atomic::write_file_volatile(&self.names_dir().join(".complete"), b"", 0o644)?;
                return Ok(all.into_iter().find(|(r, _)| r.name == name));
            }
            return Ok(self.by_name(name));
        }
        Ok(self.list()?.into_iter().find(|(r, _)| r.name == name))
    }

    /// Writes a new container; fails if its name is taken.
    pub fn create(&self, record: &ContainerRecord, state: &ContainerState) -> Result<()> {
        let _lock = self.lock()?;
        if let Some((other, _)) = self.holder_of(&record.name)? {
            return Err(NameInUse { name: record.name.clone(), by: other.short_id().to_string() }.into());
        }
        // The index entries before the record: a create killed in between
        // leaves entries whose record is missing, which lookups ignore.
        self.index_name(&record.name, &record.id)?;
        self.complete_uses()?;
        self.uses().add(record)?;
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
        let Some((mut record, _)) = self.load(id).ok().filter(|_| is_full_id(id)) else {
            return Err(ContainerNotFound(id.to_string()).into());
        };
        if record.name == new_name {
            bail!("renaming a container with the same name as its current name ({new_name:?}) does nothing; choose another name");
        }
        if let Some((other, _)) = self.holder_of(new_name)? {
            bail!(
                "the container name {:?} is already in use by container {}; remove or rename that container first, or choose another name",
                new_name,
                other.short_id()
            );
        }
        let old_name = std::mem::replace(&mut record.name, new_name.to_string());
        self.index_name(new_name, id)?;
        write_json(&self.dir(id).join("container.json"), &record)?;
        self.unindex_name(&old_name, id);
        Ok(record)
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

    /// Finds a container by full ID, name, or unique ID prefix. A full ID or
    /// an indexed name reads one record; an ID prefix reads the directory and
    /// the records that match; without a complete name index, every record.
    pub fn find(&self, query: &str) -> Result<(ContainerRecord, ContainerState)> {
        if is_full_id(query) {
            if let Ok(pair) = self.load(query) {
                return Ok(pair);
            }
        }
        if let Some(pair) = self.by_name(query) {
            return Ok(pair);
        }
        if indexable(query) && self.index_complete() {
            // No container has this name: an ID prefix, then.
            let q = query.to_ascii_lowercase();
            let hits: Vec<_> = match fs::read_dir(&self.dir) {
                Ok(entries) => entries
                    .flatten()
                    .filter_map(|e| e.file_name().to_str().map(str::to_string))
                    .filter(|n| is_full_id(n) && n.starts_with(&q))
                    .filter_map(|n| self.load(&n).ok())
                    .collect(),
                Err(_) => vec![],
            };
            return match hits.len() {
                1 => Ok(hits.into_iter().next().expect("one hit")),
                0 => Err(ContainerNotFound(query.to_string()).into()),
                n => bail!("container ID prefix {query:?} is ambiguous: it matches {n} containers; give more characters"),
            };
        }
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
        self.discard(id)?.delete()
    }

    /// The first half of [`remove`](Self::remove): the container vanishes
    /// (its directory renamed to `.removing-ID`, its name freed) and its
    /// files wait in the returned [`Trash`] for [`Trash::delete`]. The
    /// directory is locked before the rename and until its deletion ends, so
    /// `system check` and sweeps leave a deletion under way alone and only
    /// take up one whose deleter was killed.
    pub fn discard(&self, id: &str) -> Result<Trash> {
        let dir = self.dir(id);
        let record = self.load(id).ok().map(|(r, _)| r);
        let lock = FileLock::directory(&dir).with_context(|| format!("removing container {id}"))?;
        let trash = self.dir.join(format!(".removing-{id}"));
        fs::rename(&dir, &trash).with_context(|| format!("removing container {id}"))?;
        if let Some(record) = record {
            // A kill before this leaves stale entries, which lookups ignore.
            if let Ok(_lock) = self.lock() {
                self.unindex_name(&record.name, id);
                self.uses().remove(&record);
            }
        }
        Ok(Trash { path: trash, id: id.to_string(), _lock: lock })
    }

    fn uses(&self) -> Uses {
        Uses::new(&self.dir)
    }

    /// Under the creation lock: builds the `.uses` index from every
    /// record if it is not complete yet (a store from before it).
    fn complete_uses(&self) -> Result<()> {
        let index = self.uses();
        if index.complete() {
            return Ok(());
        }
        for (r, _) in self.list()? {
            index.add(&r)?;
        }
        index.mark_complete()
    }

    /// The containers that use `key` (a volume name, or an image or layer
    /// digest), newest first: the index's entries checked against their
    /// records, or a scan of every record when the index cannot answer.
    pub fn users_of(&self, kind: Kind, key: &str) -> Result<Vec<(ContainerRecord, ContainerState)>> {
        Ok(self.users_of_each(kind, &[key.to_string()])?.remove(key).unwrap_or_default())
    }

    /// [`Self::users_of`] for several keys (those no container uses are
    /// absent): one scan when the index cannot answer, not one per key.
    pub fn users_of_each(&self, kind: Kind, keys: &[String]) -> Result<BTreeMap<String, Vec<(ContainerRecord, ContainerState)>>> {
        let index = self.uses();
        let mut out: BTreeMap<String, Vec<(ContainerRecord, ContainerState)>> = BTreeMap::new();
        let wanted: BTreeSet<&String> = keys.iter().collect();
        if index.complete() && keys.iter().all(|k| uses::indexable(k)) {
            for key in wanted {
                let user = |r: &ContainerRecord| uses::keys_of(r).contains(&(kind, key.clone()));
                let ids = index.ids(kind, key).unwrap_or_default();
                let found: Vec<_> = ids.iter().filter(|id| is_full_id(id)).filter_map(|id| self.load(id).ok().filter(|(r, _)| r.id == *id && user(r))).collect();
                if !found.is_empty() {
                    out.insert(key.clone(), found);
                }
            }
        } else {
            for (r, st) in self.list()? {
                for (k, key) in uses::keys_of(&r) {
                    if k == kind && wanted.contains(&key) {
                        out.entry(key).or_default().push((r.clone(), st.clone()));
                    }
                }
            }
        }
        for v in out.values_mut() {
            v.sort_by(|a, b| b.0.created.cmp(&a.0.created));
        }
        Ok(out)
    }

    /// How many containers use each key of `kind` (keys no container uses
    /// are absent). From the index, an entry counts when its container's
    /// record exists (one stat, no parse); else from a scan.
    pub fn use_counts(&self, kind: Kind) -> Result<BTreeMap<String, usize>> {
        let mut out = BTreeMap::new();
        match self.uses().all(kind) {
            Some(keys) => {
                for (key, ids) in keys {
                    let n = ids.iter().filter(|id| is_full_id(id) && self.dir(id).join("container.json").exists()).count();
                    if n > 0 {
                        out.insert(key, n);
                    }
                }
            }
            None => {
                for (r, _) in self.list()? {
                    for (k, key) in uses::keys_of(&r) {
                        if k == kind {
                            *out.entry(key).or_insert(0) += 1;
                        }
                    }
                }
            }
        }
        Ok(out)
    }

    /// The layers containers use (their overlay's lowerdirs), for the GC.
    /// An index entry counts while its container's directory exists, so a
    /// container being created or one whose create was killed keeps its
    /// layers (a sweep removes the latter, then the GC may).
    pub fn used_layers(&self) -> Result<HashSet<Digest>> {
        match self.uses().all(Kind::Layer) {
            Some(keys) => Ok(keys
                .into_iter()
                .filter(|(_, ids)| ids.iter().any(|id| is_full_id(id) && self.dir(id).is_dir()))
                .filter_map(|(k, _)| Digest::parse(&k).ok())
                .collect()),
            None => Ok(self.list()?.into_iter().flat_map(|(r, _)| r.layers).collect()),
        }
    }

    /// `system check` of the name and `.uses` indexes, under the
    /// creation lock: entries missing for a record (which would let a name
    /// be taken twice, or a volume or layer in use be removed) and entries
    /// naming no record or a record that does not agree. With `repair`,
    /// missing entries are written, stale ones removed, and an index not
    /// yet built is built. Returns each problem with what was done.
    pub fn check_indexes(&self, repair: bool) -> Result<Vec<(String, Option<String>)>> {
        if !self.dir.exists() {
            return Ok(vec![]);
        }
        let _lock = self.lock()?;
        let records: Vec<ContainerRecord> = self.list()?.into_iter().map(|(r, _)| r).collect();
        let mut problems = Vec::new();
        let fixed = |done: bool, what: &str| (repair && done).then(|| what.to_string());
        if self.index_complete() {
            for r in records.iter().filter(|r| indexable(&r.name)) {
                let entry = fs::read_to_string(self.names_dir().join(&r.name)).ok();
                if entry.as_deref().map(str::trim) != Some(r.id.as_str()) {
                    let done = repair && self.index_name(&r.name, &r.id).is_ok();
                    problems.push((format!("the name index does not give container {} for its name {:?}", r.short_id(), r.name), fixed(done, "entry written")));
                }
            }
            let names: BTreeMap<&str, &str> = records.iter().map(|r| (r.name.as_str(), r.id.as_str())).collect();
            let Ok(entries) = fs::read_dir(self.names_dir()) else { return Ok(problems) };
            for e in entries.flatten() {
                let name = e.file_name().to_string_lossy().into_owned();
                if name.starts_with('.') {
                    continue;
                }
                let id = fs::read_to_string(e.path()).unwrap_or_default();
                if names.get(name.as_str()) != Some(&id.trim()) {
                    let done = repair && fs::remove_file(e.path()).is_ok();
                    problems.push((format!("the name index gives {name:?} to container {}, which has another name or no record (left by a killed create or rm)", id.trim().get(..12).unwrap_or(id.trim())), fixed(done, "entry removed")));
                }
            }
        } else if repair && !records.is_empty() {
            for r in &records {
                self.index_name(&r.name, &r.id)?;
            }
            crate::util::atomic::write_file_volatile(&self.names_dir().join(".complete"), b"", 0o644)?;
        }
        let index = self.uses();
        if index.complete() {
            let expected: BTreeSet<(Kind, String, String)> =
                records.iter().flat_map(|r| uses::keys_of(r).into_iter().map(|(k, key)| (k, key, r.id.clone()))).collect();
            let actual = index.entries();
            for (kind, key, id) in expected.difference(&actual) {
                let done = repair && index.add_entry(*kind, key, id).is_ok();
                problems.push((format!("the index of what containers use misses container {} using {} {key}", &id[..12], kind.as_str()), fixed(done, "entry written")));
            }
            for (kind, key, id) in actual.difference(&expected) {
                if repair {
                    index.remove_entry(*kind, key, id);
                }
                problems.push((
                    format!("the index of what containers use says container {} uses {} {key}, but it has no record or does not (left by a killed create or rm)", id.get(..12).unwrap_or(id), kind.as_str()),
                    fixed(true, "entry removed"),
                ));
            }
        } else if repair {
            for r in &records {
                index.add(r)?;
            }
            index.mark_complete()?;
        }
        Ok(problems)
    }

    /// Removes leftovers of interrupted creates and removals.
    /// Takes the creation lock, so a create in progress is never mistaken for one.
    pub fn sweep(&self) {
        let Ok(_lock) = self.lock() else { return };
        for (path, _removing) in self.leftovers_unlocked() {
            let _ = crate::image::store::remove_tree(&path);
        }
    }

    /// Leftovers of interrupted creates and removals (for `system check`).
    pub fn leftovers(&self) -> Vec<PathBuf> {
        match self.lock() {
            Ok(_lock) => self.leftovers_unlocked().into_iter().map(|(p, _)| p).collect(),
            Err(_) => vec![],
        }
    }

    /// Each leftover with the lock of a `.removing-` one: a trash directory
    /// still locked by its deleter (see [`discard`](Self::discard)) is not one.
    fn leftovers_unlocked(&self) -> Vec<(PathBuf, Option<FileLock>)> {
        let Ok(entries) = fs::read_dir(&self.dir) else { return vec![] };
        entries
            .flatten()
            .filter_map(|e| {
                let name = e.file_name().to_string_lossy().into_owned();
                if name.starts_with(".removing-") {
                    let lock = FileLock::try_directory(&e.path()).ok().flatten()?;
                    Some((e.path(), Some(lock)))
                } else if name.len() == 64 && !e.path().join("container.json").exists() {
                    Some((e.path(), None))
                } else {
                    None
                }
            })
            .collect()
    }
}

/// A removed container's files, renamed away and locked, not yet deleted.
pub struct Trash {
    path: PathBuf,
    id: String,
    _lock: FileLock,
}

impl Trash {
    /// Deletes the files (a kill meanwhile leaves a `.removing-` directory
    /// that sweeps and `system check --repair` delete).
    pub fn delete(self) -> Result<()> {
        crate::image::store::remove_tree(&self.path).with_context(|| format!("deleting files of container {}", self.id))
    }
}

/// A name the index can hold as a file name (names are validated at create,
/// `[a-zA-Z0-9][a-zA-Z0-9_.-]*`; anything else is looked up by a scan).
fn indexable(name: &str) -> bool {
    !name.is_empty() && name.len() <= 255 && !name.starts_with('.') && !name.contains('/') && !name.contains('\0')
}

/// 64 lowercase hex digits: a container ID (and its directory's name).
fn is_full_id(s: &str) -> bool {
    s.len() == 64 && s.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
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

/// A minimal record for tests: ID `id` repeated, name `name`.
#[cfg(test)]
pub(crate) fn test_record(id: char, name: &str) -> ContainerRecord {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rename_keeps_names_unique() {
        let d = tempfile::tempdir().unwrap();
        let store = ContainerStore::new(d.path());
        store.create(&test_record('a', "one"), &ContainerState::default()).unwrap();
        store.create(&test_record('b', "two"), &ContainerState::default()).unwrap();
        let e = store.rename(&"a".repeat(64), "two").unwrap_err().to_string();
        assert!(e.contains("already in use by container bbbbbbbbbbbb"), "{e}");
        assert!(store.rename(&"a".repeat(64), "one").is_err());
        store.rename(&"a".repeat(64), "three").unwrap();
        assert_eq!(store.find("three").unwrap().0.id, "a".repeat(64));
        assert!(store.find("one").is_err());
        assert!(store.rename(&"c".repeat(64), "four").is_err());
    }

    /// A discarded container is gone at once (record and name); its trash is
    /// no leftover while its lock is held, and one once the holder is gone
    /// (as after a kill), which a sweep deletes.
    #[test]
    fn discarded_trash_is_a_leftover_only_without_its_deleter() {
        let d = tempfile::tempdir().unwrap();
        let store = ContainerStore::new(d.path());
        let record = test_record('a', "gone");
        store.create(&record, &ContainerState::default()).unwrap();
        fs::create_dir_all(store.dir(&record.id).join("upper/x")).unwrap();
        let trash = store.discard(&record.id).unwrap();
        assert!(store.find("gone").is_err() && store.list().unwrap().is_empty());
        store.create(&test_record('b', "gone"), &ContainerState::default()).unwrap();
        assert!(store.leftovers().is_empty(), "a deletion under way");
        store.sweep();
        let path = d.path().join("containers").join(format!(".removing-{}", record.id));
        assert!(path.join("upper/x").exists(), "a sweep leaves it alone");
        drop(trash);
        assert_eq!(store.leftovers(), std::slice::from_ref(&path));
        store.sweep();
        assert!(!path.exists());
        // The whole removal, as `rm` does it.
        store.remove(&"b".repeat(64)).unwrap();
        assert!(store.leftovers().is_empty() && store.list().unwrap().is_empty());
    }

    #[test]
    fn name_index_is_built_checked_and_kept() {
        let d = tempfile::tempdir().unwrap();
        let store = ContainerStore::new(d.path());
        // A store from before the index: records only.
        let legacy = test_record('a', "old");
        let dir = store.dir(&legacy.id);
        for sub in ["", "upper"] {
            fs::create_dir_all(dir.join(sub)).unwrap();
        }
        write_json(&dir.join("container.json"), &legacy).unwrap();
        assert_eq!(store.find("old").unwrap().0.id, legacy.id, "found by a scan");
        assert_eq!(store.find("aaaa").unwrap().0.id, legacy.id);
        // The first create builds the index from every record.
        let e = store.create(&test_record('b', "old"), &ContainerState::default()).unwrap_err();
        assert!(e.downcast_ref::<NameInUse>().is_some(), "{e}");
        store.create(&test_record('b', "new"), &ContainerState::default()).unwrap();
        assert!(store.index_complete());
        assert_eq!(fs::read_to_string(store.names_dir().join("old")).unwrap(), legacy.id);
        assert_eq!(store.find("new").unwrap().0.id, "b".repeat(64));
        assert_eq!(store.find("bb").unwrap().0.id, "b".repeat(64));
        assert!(store.find("cc").unwrap_err().downcast_ref::<ContainerNotFound>().is_some());
        assert!(store.find("nosuch").unwrap_err().downcast_ref::<ContainerNotFound>().is_some());
        // A stale entry (a create killed before its record) names nobody.
        fs::write(store.names_dir().join("ghost"), "c".repeat(64)).unwrap();
        assert!(store.find("ghost").is_err());
        store.create(&test_record('d', "ghost"), &ContainerState::default()).unwrap();
        assert_eq!(store.find("ghost").unwrap().0.id, "d".repeat(64));
        // An entry pointing at a container renamed since is not believed.
        fs::write(store.names_dir().join("imposter"), "b".repeat(64)).unwrap();
        assert!(store.find("imposter").is_err());
        // Rename moves the entry; remove drops it; the name is free again.
        store.rename(&"b".repeat(64), "renamed").unwrap();
        assert!(!store.names_dir().join("new").exists());
        assert!(store.find("new").is_err());
        store.create(&test_record('e', "new"), &ContainerState::default()).unwrap();
        store.remove(&"e".repeat(64)).unwrap();
        assert!(!store.names_dir().join("new").exists());
        assert!(store.find("new").is_err());
        store.create(&test_record('f', "new"), &ContainerState::default()).unwrap();
        assert_eq!(store.find("new").unwrap().0.id, "f".repeat(64));
        let mut names: Vec<String> = store.list().unwrap().into_iter().map(|(r, _)| r.name).collect();
        names.sort();
        assert_eq!(names, ["ghost", "new", "old", "renamed"]);
    }

    fn with_volume(id: char, name: &str, volume: &str) -> ContainerRecord {
        let mut r = test_record(id, name);
        r.layers = vec![Digest::of(b"layer")];
        r.host.mounts.push(crate::container::record::Mount { kind: "volume".into(), name: volume.into(), destination: "/data".into(), ..Default::default() });
        r
    }

    fn user_names(store: &ContainerStore, kind: Kind, key: &str) -> Vec<String> {
        let mut v: Vec<String> = store.users_of(kind, key).unwrap().into_iter().map(|(r, _)| r.name).collect();
        v.sort();
        v
    }

    /// The `.uses` index answers "who uses volume/image/layer X" from
    /// a store from before it (by a scan) and once built (from entries),
    /// ignores stale entries, and `check_indexes` finds stale and missing
    /// entries and repairs them.
    #[test]
    fn uses_index_is_built_used_checked_and_repaired() {
        let d = tempfile::tempdir().unwrap();
        let store = ContainerStore::new(d.path());
        let index = store.uses();
        let adir = d.path().join("containers/.uses");
        // A store from before the index: a record only; answered by a scan.
        let legacy = with_volume('a', "old", "data");
        fs::create_dir_all(store.dir(&legacy.id).join("upper")).unwrap();
        write_json(&store.dir(&legacy.id).join("container.json"), &legacy).unwrap();
        assert!(!index.complete());
        assert_eq!(user_names(&store, Kind::Volume, "data"), ["old"]);
        assert!(store.check_indexes(false).unwrap().is_empty(), "an index not built yet is no problem");
        // The first create builds it from every record.
        store.create(&with_volume('b', "new", "data"), &ContainerState::default()).unwrap();
        store.create(&with_volume('c', "other", "logs"), &ContainerState::default()).unwrap();
        assert!(index.complete());
        assert!(adir.join("volume/data").join(&legacy.id).exists());
        assert_eq!(user_names(&store, Kind::Volume, "data"), ["new", "old"]);
        assert_eq!(user_names(&store, Kind::Volume, "logs"), ["other"]);
        assert!(user_names(&store, Kind::Volume, "nosuch").is_empty());
        let image = Digest::of(b"x").to_string();
        assert_eq!(user_names(&store, Kind::Image, &image).len(), 3);
        assert_eq!(store.use_counts(Kind::Image).unwrap().get(&image), Some(&3));
        assert_eq!(store.use_counts(Kind::Volume).unwrap().get("data"), Some(&2));
        let layer = Digest::of(b"layer");
        assert!(store.used_layers().unwrap().contains(&layer));
        let each = store.users_of_each(Kind::Volume, &["data".into(), "logs".into(), "none".into()]).unwrap();
        assert_eq!(each.keys().collect::<Vec<_>>(), ["data", "logs"]);
        assert!(store.check_indexes(false).unwrap().is_empty());
        // Removal drops the entries (and the key's directory once empty).
        store.remove(&"c".repeat(64)).unwrap();
        assert!(user_names(&store, Kind::Volume, "logs").is_empty() && !adir.join("volume/logs").exists());
        // A stale entry (a create killed before its record, an rm killed
        // before its unindexing) names nobody to readers...
        index.add_entry(Kind::Volume, "logs", &"e".repeat(64)).unwrap();
        assert!(user_names(&store, Kind::Volume, "logs").is_empty());
        assert!(store.use_counts(Kind::Volume).unwrap().get("logs").is_none());
        // ...nor does one naming a record that does not use the key.
        index.add_entry(Kind::Volume, "logs", &"b".repeat(64)).unwrap();
        assert!(user_names(&store, Kind::Volume, "logs").is_empty());
        // A missing entry is what must never happen: check finds it.
        fs::remove_file(adir.join("volume/data").join(&legacy.id)).unwrap();
        fs::write(store.names_dir().join("ghost"), "f".repeat(64)).unwrap();
        fs::remove_file(store.names_dir().join("new")).unwrap();
        let found = store.check_indexes(false).unwrap();
        let text: Vec<&str> = found.iter().map(|(w, _)| w.as_str()).collect();
        assert_eq!(found.len(), 5, "{text:#?}");
        assert!(found.iter().all(|(_, r)| r.is_none()), "nothing repaired without --repair");
        assert!(text.iter().any(|w| w.contains("misses container aaaaaaaaaaaa using volume data")), "{text:#?}");
        assert!(text.iter().any(|w| w.contains("does not give container bbbbbbbbbbbb")), "{text:#?}");
        assert!(text.iter().any(|w| w.contains("gives \"ghost\"")), "{text:#?}");
        let repaired = store.check_indexes(true).unwrap();
        assert_eq!(repaired.len(), 5);
        assert!(repaired.iter().all(|(_, r)| r.is_some()), "{repaired:#?}");
        assert!(store.check_indexes(false).unwrap().is_empty());
        assert_eq!(user_names(&store, Kind::Volume, "data"), ["new", "old"]);
        assert!(!adir.join("volume/logs").exists());
        assert_eq!(store.find("new").unwrap().0.id, "b".repeat(64));
        // --repair builds an index that is not there.
        fs::remove_dir_all(&adir).unwrap();
        assert!(store.check_indexes(true).unwrap().is_empty() && index.complete());
        assert_eq!(user_names(&store, Kind::Volume, "data"), ["new", "old"]);
    }
}
