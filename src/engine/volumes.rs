//! Named volumes: plain directories under `<root>/volumes/<name>/_data`
//! described by `<root>/volumes/<name>/volume.json` (docker's `local`
//! driver). Creation and removal take the `volumes/.lock` flock; a volume
//! appears by the rename of a fully written temp directory and disappears by
//! a rename away before its files are deleted, so a `kill -9` never leaves a
//! half volume visible (`sweep` deletes the leftovers).
//!
//! Files inside a volume are owned by container users (sub-IDs on the host),
//! so every command that deletes or writes them runs in the rootless user
//! namespace. Which containers use a volume is read from their records
//! (`HostSettings::mounts`): there is no reference count to go stale.
//!
//! How `-v`/`--mount`/`--volumes-from` become mounts lives in [`mounts`];
//! what the monitor does to a volume before the container starts (docker's
//! copy-up of the image's content, podman's `:U` chown, `:O` overlays) in
//! [`prepare`].

pub mod mounts;
pub mod prepare;

use crate::container::local_volume;
use crate::container::{ContainerRecord, ContainerStore};
use crate::engine::Engine;
use crate::util::atomic::write_json;
use crate::util::fsat::dir_size;
use crate::util::lock::FileLock;
use anyhow::{anyhow, bail, Context, Result};
use chrono::{DateTime, SecondsFormat, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

/// The label docker puts on anonymous volumes.
pub const ANONYMOUS_LABEL: &str = "com.docker.volume.anonymous";

/// `volume.json`: docker's volume inspect fields plus whether dhow made it
/// for a container's `-v /path` (so `rm -v` may delete it).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct VolumeRecord {
    pub name: String,
    pub driver: String,
    pub mountpoint: String,
    pub created_at: DateTime<Utc>,
    #[serde(default)]
    pub labels: BTreeMap<String, String>,
    #[serde(default)]
    pub options: BTreeMap<String, String>,
    pub scope: String,
    #[serde(default)]
    pub anonymous: bool,
}

impl VolumeRecord {
    /// docker's `volume inspect` object.
    pub fn to_json(&self) -> serde_json::Value {
        // Empty maps as `{}`, as podman prints them (a template then shows
        // `map[]`, not `<no value>`).
        serde_json::json!({
            "CreatedAt": self.created_at.to_rfc3339_opts(SecondsFormat::Secs, true),
            "Driver": self.driver,
            "Labels": self.labels,
            "Mountpoint": self.mountpoint,
            "Name": self.name,
            "Options": self.options,
            "Scope": self.scope,
        })
    }
}

/// "No such volume" as its own error so `rm -f` can ignore it.
#[derive(Debug, thiserror::Error)]
#[error("no such volume: {0:?} (see 'dhow volume ls')")]
pub struct VolumeNotFound(pub String);

/// What `volume create` takes.
#[derive(Debug, Clone, Default)]
pub struct CreateOptions {
    /// None: a random 64-hex name.
    pub name: Option<String>,
    pub labels: Vec<String>,
    pub options: Vec<String>,
    pub anonymous: bool,
}

/// The volumes directory of a store.
#[derive(Debug, Clone)]
pub struct VolumeStore {
    dir: PathBuf,
}

/// Checks a volume name with docker's grammar `[a-zA-Z0-9][a-zA-Z0-9_.-]+`
/// and docker's wording (which also tells the user about host paths).
pub fn validate_name(name: &str) -> Result<()> {
    let ok_first = name.chars().next().is_some_and(|c| c.is_ascii_alphanumeric());
    let ok_rest = name.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'));
    if !ok_first || !ok_rest {
        bail!(
            "create {name}: {name:?} includes invalid characters for a local volume name, only \"[a-zA-Z0-9][a-zA-Z0-9_.-]\" are allowed. If you intended to pass a host directory, use absolute path"
        );
    }
    if name.len() < 2 {
        bail!("create {name}: volume name is too short, names should be at least two alphanumeric characters");
    }
    Ok(())
}

/// A new random anonymous volume name (64 hex, as docker).
pub fn random_name() -> String {
    let bytes: [u8; 32] = rand::random();
    hex::encode(bytes)
}

fn parse_kv(items: &[String], what: &str) -> Result<BTreeMap<String, String>> {
    let mut out = BTreeMap::new();
    for i in items {
        let (k, v) = i.split_once('=').unwrap_or((i.as_str(), ""));
        if k.is_empty() {
            bail!("invalid {what} {i:?}: expected KEY=VALUE");
        }
        out.insert(k.to_string(), v.to_string());
    }
    Ok(out)
}

impl VolumeStore {
    pub fn new(root: &Path) -> VolumeStore {
        VolumeStore { dir: root.join("volumes") }
    }

    pub fn for_engine(engine: &Engine) -> VolumeStore {
        VolumeStore::new(&engine.paths.root)
    }

    /// `<root>/volumes/<name>`.
    pub fn dir(&self, name: &str) -> PathBuf {
        self.dir.join(name)
    }

    /// Where the volume's content lives (its docker `Mountpoint`).
    pub fn mountpoint(&self, name: &str) -> PathBuf {
        self.dir(name).join("_data")
    }

    /// The store-wide lock for creating and removing volumes.
    pub fn lock(&self) -> Result<FileLock> {
        fs::create_dir_all(&self.dir).with_context(|| format!("creating {}", self.dir.display()))?;
        FileLock::exclusive(&self.dir.join(".lock"))
    }

    /// The volume's record.
    pub fn get(&self, name: &str) -> Result<VolumeRecord> {
        let path = self.dir(name).join("volume.json");
        if name.is_empty() || name.contains('/') || name.starts_with('.') {
            return Err(VolumeNotFound(name.to_string()).into());
        }
        match fs::read(&path) {
            Ok(data) => serde_json::from_slice(&data).with_context(|| format!("{} is damaged", path.display())),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(VolumeNotFound(name.to_string()).into()),
            Err(e) => Err(e).with_context(|| format!("reading {}", path.display())),
        }
    }

    pub fn exists(&self, name: &str) -> bool {
        self.get(name).is_ok()
    }

    /// Every volume, sorted by name.
    pub fn list(&self) -> Result<Vec<VolumeRecord>> {
        let entries = match fs::read_dir(&self.dir) {
            Ok(e) => e,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(vec![]),
            Err(e) => return Err(e).with_context(|| format!("reading {}", self.dir.display())),
        };
        let mut out: Vec<VolumeRecord> = entries
            .flatten()
            .filter_map(|e| {
                let n = e.file_name().to_string_lossy().into_owned();
                (!n.starts_with('.')).then(|| self.get(&n).ok()).flatten()
            })
            .collect();
        out.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(out)
    }

    /// Creates a volume. An existing volume of that name is returned as it
    /// is (docker's `volume create` is idempotent); `created` tells which.
    pub fn create(&self, opts: &CreateOptions) -> Result<(VolumeRecord, bool)> {
        let name = match &opts.name {
            Some(n) => {
                validate_name(n)?;
                n.clone()
            }
            None => random_name(),
        };
        let mut labels = parse_kv(&opts.labels, "label")?;
        let options = parse_kv(&opts.options, "volume option")?;
        for k in options.keys() {
            if !matches!(k.as_str(), "type" | "device" | "o" | "copy" | "nocopy") {
                bail!("invalid volume option {k:?} for the local driver: use type, device, o, copy or nocopy");
            }
        }
        // docker's local driver mounts `-t TYPE -o O DEVICE` at first use:
        // dhow mounts a tmpfs or binds a host directory in each container.
        local_volume::parse(&options).map_err(|e| anyhow!("invalid volume options: {e}"))?;
        if opts.anonymous {
            labels.entry(ANONYMOUS_LABEL.to_string()).or_default();
        }
        let _lock = self.lock()?;
        if let Ok(existing) = self.get(&name) {
            return Ok((existing, false));
        }
        let record = VolumeRecord {
            name: name.clone(),
            driver: "local".into(),
            mountpoint: self.mountpoint(&name).display().to_string(),
            created_at: Utc::now(),
            labels,
            options,
            scope: "local".into(),
            anonymous: opts.anonymous,
        };
        let tmp = self.dir.join(format!(".tmp-{}", random_name()));
        let made = (|| -> Result<()> {
            fs::create_dir(&tmp).with_context(|| format!("creating {}", tmp.display()))?;
            fs::create_dir(tmp.join("_data")).with_context(|| format!("creating {}", tmp.join("_data").display()))?;
            {
                use std::os::unix::fs::PermissionsExt;
                // Containers of any user may need to enter it, as docker's 0755.
                fs::set_permissions(tmp.join("_data"), fs::Permissions::from_mode(0o755))?;
            }
            write_json(&tmp.join("volume.json"), &record)?;
            fs::rename(&tmp, self.dir(&name)).with_context(|| format!("publishing volume {name}"))?;
            crate::util::atomic::sync_dir(&self.dir);
            Ok(())
        })();
        if let Err(e) = made {
            let _ = crate::image::store::remove_tree(&tmp);
            return Err(e);
        }
        Ok((record, true))
    }

    /// Deletes a volume's directory (no in-use check: see [`remove`]).
    fn delete(&self, name: &str) -> Result<()> {
        let dir = self.dir(name);
        let trash = self.dir.join(format!(".removing-{name}"));
        fs::rename(&dir, &trash).with_context(|| format!("removing volume {name}"))?;
        crate::image::store::remove_tree(&trash)
            .with_context(|| format!("deleting the files of volume {name} (files owned by container users need dhow's user namespace)"))
    }

    /// Deletes leftovers of interrupted creates and removals (under the lock,
    /// so a create in progress is never mistaken for one).
    pub fn sweep(&self) {
        for path in self.leftovers() {
            let _ = crate::image::store::remove_tree(&path);
        }
    }

    /// Leftovers of interrupted creates and removals (for `system check`).
    /// Holds the lock while listing; a create that starts after it cannot
    /// have written anything yet that its name would be mistaken for.
    pub fn leftovers(&self) -> Vec<PathBuf> {
        if !self.dir.exists() {
            return vec![];
        }
        let Ok(_lock) = self.lock() else { return vec![] };
        let Ok(entries) = fs::read_dir(&self.dir) else { return vec![] };
        entries
            .flatten()
            .filter(|e| {
                let n = e.file_name().to_string_lossy().into_owned();
                n.starts_with(".tmp-") || n.starts_with(".removing-")
            })
            .map(|e| e.path())
            .collect()
    }
}

/// Containers (name) whose record mounts each volume.
pub fn users(engine: &Engine) -> BTreeMap<String, Vec<String>> {
    users_at(&engine.paths.root)
}

fn users_at(root: &Path) -> BTreeMap<String, Vec<String>> {
    users_in(&ContainerStore::new(root).list().unwrap_or_default())
}

fn users_in(containers: &[(ContainerRecord, crate::container::ContainerState)]) -> BTreeMap<String, Vec<String>> {
    let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (r, _) in containers {
        for m in &r.host.mounts {
            // A volume with driver options is mounted as a tmpfs or bind
            // that keeps the volume's name.
            if m.kind == "volume" || !m.name.is_empty() {
                let v = out.entry(m.name.clone()).or_default();
                if !v.contains(&r.name) {
                    v.push(r.name.clone());
                }
            }
        }
    }
    out
}

/// `volume create`.
pub fn create(engine: &Engine, opts: &CreateOptions) -> Result<VolumeRecord> {
    let store = VolumeStore::for_engine(engine);
    store.sweep();
    Ok(store.create(opts)?.0)
}

/// `volume inspect`: None when there is no such volume.
pub fn inspect(engine: &Engine, name: &str) -> Result<Option<VolumeRecord>> {
    match VolumeStore::for_engine(engine).get(name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.downcast_ref::<VolumeNotFound>().is_some() => Ok(None),
        Err(e) => Err(e),
    }
}

/// A volume with what `ls`/`df` show about it.
#[derive(Debug, Clone)]
pub struct VolumeSummary {
    pub record: VolumeRecord,
    /// Names of the containers using it.
    pub users: Vec<String>,
}

/// `volume ls` filters, as docker: dangling=true|false, name=SUBSTRING,
/// label=KEY[=VALUE], label!=KEY[=VALUE], driver=local.
fn matches_filter(f: &str, s: &VolumeSummary) -> Result<bool> {
    let (k, v) = f.split_once('=').ok_or_else(|| anyhow!("invalid filter {f:?}: expected KEY=VALUE, for example dangling=true"))?;
    let has_label = || match v.split_once('=') {
        Some((a, b)) => s.record.labels.get(a).is_some_and(|x| x == b),
        None => s.record.labels.contains_key(v),
    };
    Ok(match k {
        "dangling" => match v {
            "true" | "1" => s.users.is_empty(),
            "false" | "0" => !s.users.is_empty(),
            _ => bail!("invalid filter 'dangling={v}': use true or false"),
        },
        "name" => s.record.name.contains(v),
        "label" => has_label(),
        "label!" => !has_label(),
        "driver" => s.record.driver == v,
        _ => bail!("invalid filter {k:?}: volume filters are dangling, name, label, label! and driver"),
    })
}

/// `volume ls`: every volume matching all filters (filters of one key are
/// alternatives, as in docker).
pub fn list(engine: &Engine, filters: &[String]) -> Result<Vec<VolumeSummary>> {
    let users = users(engine);
    let all: Vec<VolumeSummary> = VolumeStore::for_engine(engine)
        .list()?
        .into_iter()
        .map(|record| VolumeSummary { users: users.get(&record.name).cloned().unwrap_or_default(), record })
        .collect();
    // Validate every filter once, even with no volumes.
    let probe = VolumeSummary {
        record: VolumeRecord {
            name: String::new(),
            driver: "local".into(),
            mountpoint: String::new(),
            created_at: Utc::now(),
            labels: BTreeMap::new(),
            options: BTreeMap::new(),
            scope: "local".into(),
            anonymous: false,
        },
        users: vec![],
    };
    for f in filters {
        matches_filter(f, &probe)?;
    }
    let mut by_key: BTreeMap<&str, Vec<&String>> = BTreeMap::new();
    for f in filters {
        by_key.entry(f.split('=').next().unwrap_or_default()).or_default().push(f);
    }
    let mut out = Vec::new();
    for s in all {
        let mut keep = true;
        for group in by_key.values() {
            let mut any = false;
            for f in group {
                any |= matches_filter(f, &s)?;
            }
            keep &= any;
        }
        if keep {
            out.push(s);
        }
    }
    Ok(out)
}

/// Removes a volume. One in use is refused; with `force` it is removed
/// anyway and a missing volume is not an error. `volume rm -f`, which
/// removes the containers using it first (podman's `-f`), is
/// `containers::ops::remove_volume`: containers call volumes, not the
/// reverse.
pub fn remove(engine: &Engine, name: &str, force: bool) -> Result<()> {
    let store = VolumeStore::for_engine(engine);
    if let Err(e) = store.get(name) {
        if force && e.downcast_ref::<VolumeNotFound>().is_some() {
            return Ok(());
        }
        return Err(e);
    }
    let in_use = users(engine).remove(name).unwrap_or_default();
    if !in_use.is_empty() && !force {
        return Err(crate::error::Busy(format!(
            "remove {name}: volume is in use - [{}]: volume is being used; remove the container{} first ('dhow rm {}') or use 'dhow volume rm -f'",
            in_use.join(", "),
            if in_use.len() > 1 { "s" } else { "" },
            in_use.join(" ")
        ))
        .into());
    }
    let _lock = store.lock()?;
    // A container created meanwhile takes the volume back.
    if !force {
        if let Some(u) = users(engine).get(name) {
            return Err(crate::error::Busy(format!("remove {name}: volume is in use - [{}]: volume is being used", u.join(", "))).into());
        }
    }
    if !store.dir(name).exists() {
        return Ok(());
    }
    store.delete(name)
}

/// A removed volume and the space it held.
#[derive(Debug, Clone)]
pub struct Pruned {
    pub name: String,
    pub size: u64,
}

/// `volume prune`: removes every volume no container uses (podman's
/// behaviour; `filters` as `volume ls`). Holds the lock throughout, so a
/// container being created cannot lose its volume; a volume a create made
/// but has not yet recorded is younger than the check and kept.
pub fn prune(engine: &Engine, filters: &[String]) -> Result<Vec<Pruned>> {
    let store = VolumeStore::for_engine(engine);
    let candidates: Vec<VolumeSummary> = list(engine, filters)?.into_iter().filter(|s| s.users.is_empty()).collect();
    let started = Utc::now();
    let _lock = store.lock()?;
    let users = users(engine);
    let mut out = Vec::new();
    for s in candidates {
        if users.contains_key(&s.record.name) || s.record.created_at > started {
            continue;
        }
        let size = dir_size(&store.mountpoint(&s.record.name));
        store.delete(&s.record.name)?;
        out.push(Pruned { name: s.record.name, size });
    }
    Ok(out)
}

/// Removes the anonymous volumes a container created (`rm -v`, `--rm`),
/// unless another container still uses one (docker keeps those). Named
/// volumes are never removed this way.
pub fn remove_anonymous(engine: &Engine, record: &ContainerRecord) -> Result<()> {
    remove_anonymous_at(&engine.paths.root, record)
}

/// [`remove_anonymous`] for the store at `root` (the monitor has no engine
/// at hand when it removes an `--rm` container).
pub fn remove_anonymous_at(root: &Path, record: &ContainerRecord) -> Result<()> {
    let anon: Vec<&str> = record.host.mounts.iter().filter(|m| m.kind == "volume" && m.anonymous).map(|m| m.name.as_str()).collect();
    if anon.is_empty() {
        return Ok(());
    }
    let store = VolumeStore::new(root);
    let _lock = store.lock()?;
    let users = users_at(root);
    let mut failed = None;
    for name in anon {
        let others: Vec<&String> = users.get(name).map(|u| u.iter().filter(|n| **n != record.name).collect()).unwrap_or_default();
        if !others.is_empty() || !store.dir(name).exists() {
            continue;
        }
        if let Err(e) = store.delete(name) {
            failed = Some(e);
        }
    }
    failed.map_or(Ok(()), Err)
}

/// `volume export NAME`: a tar of the volume's content, with owners as the
/// containers see them.
pub fn export(engine: &Engine, name: &str, out: &mut dyn std::io::Write) -> Result<()> {
    let store = VolumeStore::for_engine(engine);
    store.get(name)?;
    let dir = store.mountpoint(name);
    let fd = crate::util::fsat::open(&dir, libc::O_PATH | libc::O_DIRECTORY).with_context(|| format!("opening {}", dir.display()))?;
    let st = crate::util::fsat::fstat(std::os::fd::AsRawFd::as_raw_fd(&fd))?;
    // Named `./` and then `a`, `a/b`, ... as `tar -C DIR -c .` does.
    crate::util::tartree::write(&fd, &st, b".", out).with_context(|| format!("exporting volume {name}"))
}

/// `volume import NAME`: unpacks a tar into the volume (over its content,
/// as podman). The volume's content belongs to containers, which may be
/// swapping a directory for a symlink to `/` while this runs: extraction is
/// the layer extractor's (every step fd-relative from the volume's root,
/// [`crate::image::layer::apply_layer`]), never a path walk that is
/// checked and then opened by name.
pub fn import(engine: &Engine, name: &str, input: &mut dyn std::io::Read) -> Result<()> {
    let store = VolumeStore::for_engine(engine);
    store.get(name)?;
    let mut opts = crate::image::layer::ApplyOptions::for_current_user();
    opts.whiteouts = crate::image::layer::WhiteoutMode::Remove;
    crate::image::layer::apply_layer(input, &store.mountpoint(name), &opts)
        .with_context(|| format!("importing into volume {name}: is the input a tar archive?"))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        validate_name("my-vol_1.x").unwrap();
        let e = validate_name("foo/bar").unwrap_err().to_string();
        assert!(e.contains("includes invalid characters for a local volume name"), "{e}");
        assert!(e.contains("use absolute path"));
        assert!(validate_name("a").unwrap_err().to_string().contains("too short"));
        assert!(validate_name("-ab").is_err());
        assert!(validate_name("").is_err());
        assert_eq!(random_name().len(), 64);
    }

    #[test]
    fn create_get_list_delete() {
        let d = tempfile::tempdir().unwrap();
        let s = VolumeStore::new(d.path());
        let (v, created) = s.create(&CreateOptions { name: Some("data".into()), labels: vec!["a=b".into()], ..Default::default() }).unwrap();
        assert!(created);
        assert_eq!(v.driver, "local");
        assert_eq!(v.labels.get("a").map(String::as_str), Some("b"));
        assert!(Path::new(&v.mountpoint).is_dir());
        // Idempotent, as docker.
        let (again, created) = s.create(&CreateOptions { name: Some("data".into()), ..Default::default() }).unwrap();
        assert!(!created);
        assert_eq!(again.created_at, v.created_at);
        let (anon, _) = s.create(&CreateOptions { anonymous: true, ..Default::default() }).unwrap();
        assert!(anon.anonymous && anon.labels.contains_key(ANONYMOUS_LABEL));
        assert_eq!(s.list().unwrap().len(), 2);
        let j = v.to_json();
        assert_eq!(j["Scope"], "local");
        assert_eq!(j["Options"], serde_json::Value::Null);
        s.delete("data").unwrap();
        assert!(s.get("data").unwrap_err().downcast_ref::<VolumeNotFound>().is_some());
        assert!(s.create(&CreateOptions { options: vec!["type=nfs".into()], ..Default::default() }).is_err());
        let (t, _) = s.create(&CreateOptions { name: Some("tm".into()), options: vec!["type=tmpfs".into(), "device=tmpfs".into(), "o=size=64m".into()], ..Default::default() }).unwrap();
        assert_eq!(t.to_json()["Options"], serde_json::json!({"device": "tmpfs", "o": "size=64m", "type": "tmpfs"}), "inspect shows the options as docker");
        assert!(s.create(&CreateOptions { name: Some("bd".into()), options: vec!["type=none".into(), "o=bind".into(), "device=rel".into()], ..Default::default() }).is_err());
        s.delete("tm").unwrap();
        assert!(s.create(&CreateOptions { options: vec!["bogus=1".into()], ..Default::default() }).is_err());
        assert!(s.get("../x").is_err());
        // Leftovers of a crash are swept; nothing half-made is listed.
        fs::create_dir_all(d.path().join("volumes/.tmp-x/_data")).unwrap();
        assert_eq!(s.list().unwrap().len(), 1);
        s.sweep();
        assert!(!d.path().join("volumes/.tmp-x").exists());
    }

    #[test]
    fn filters() {
        let mk = |name: &str, users: Vec<String>| VolumeSummary {
            record: VolumeRecord {
                name: name.into(),
                driver: "local".into(),
                mountpoint: String::new(),
                created_at: Utc::now(),
                labels: [("env".to_string(), "prod".to_string())].into(),
                options: BTreeMap::new(),
                scope: "local".into(),
                anonymous: false,
            },
            users,
        };
        let used = mk("used", vec!["c1".into()]);
        let free = mk("free", vec![]);
        assert!(matches_filter("dangling=true", &free).unwrap());
        assert!(!matches_filter("dangling=true", &used).unwrap());
        assert!(matches_filter("name=fr", &free).unwrap());
        assert!(matches_filter("label=env=prod", &free).unwrap());
        assert!(!matches_filter("label=env=dev", &free).unwrap());
        assert!(!matches_filter("label!=env", &free).unwrap());
        assert!(matches_filter("bogus=1", &free).is_err());
        assert!(matches_filter("dangling=maybe", &free).is_err());
    }
}
