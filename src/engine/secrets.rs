//! podman's secrets: `secret create|ls|inspect|rm|exists` and the
//! `--secret` flag of `run`/`create`.
//!
//! Store (`--root`/secrets/): `secrets.json` holds the records (ID, name,
//! driver, times, labels), `filedriver/<ID>` the values, each 0600 in a
//! 0700 directory; every change is an atomic write under the `lock` file.
//! A value is written before its record is published and removed after its
//! record is gone, so a `kill -9` leaves at most an unreferenced value file.
//!
//! `--secret NAME[,type=mount|env,target=T,uid=U,gid=G,mode=M]`: a mount
//! secret is copied into the container's directory with its owner and mode
//! (0444, root, as podman) and bind-mounted read-only at `/run/secrets/NAME`
//! (or `target`: a relative one goes under /run/secrets); an env secret sets
//! the variable `target` (default NAME) to the value.

use crate::engine::Engine;
use crate::error::Exit;
use crate::util::lock::FileLock;
use anyhow::{anyhow, bail, Context, Result};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// One stored secret (its value lives in `filedriver/<id>`).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SecretRecord {
    pub id: String,
    pub name: String,
    pub driver: String,
    pub created: DateTime<Utc>,
    pub updated: DateTime<Utc>,
    #[serde(default)]
    pub labels: BTreeMap<String, String>,
    #[serde(default)]
    pub driver_options: BTreeMap<String, String>,
}

/// A secret that is not there: podman's wording ("no such secret").
#[derive(Debug)]
pub struct SecretNotFound(pub String);

impl std::fmt::Display for SecretNotFound {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "no secret with name or id {:?}: no such secret", self.0)
    }
}

impl std::error::Error for SecretNotFound {}

pub struct SecretStore {
    dir: PathBuf,
}

impl SecretStore {
    pub fn new(root: &Path) -> SecretStore {
        SecretStore { dir: root.join("secrets") }
    }

    fn records_path(&self) -> PathBuf {
        self.dir.join("secrets.json")
    }

    /// Where the values are (podman's "filedriver" path, shown by inspect).
    pub fn data_dir(&self) -> PathBuf {
        self.dir.join("filedriver")
    }

    fn lock(&self) -> Result<FileLock> {
        use std::os::unix::fs::DirBuilderExt;
        std::fs::DirBuilder::new().recursive(true).mode(0o700).create(self.data_dir()).with_context(|| format!("creating {}", self.data_dir().display()))?;
        FileLock::exclusive(&self.dir.join("lock"))
    }

    pub fn list(&self) -> Result<Vec<SecretRecord>> {
        match std::fs::read(self.records_path()) {
            Ok(b) => serde_json::from_slice(&b).with_context(|| format!("reading {}", self.records_path().display())),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Vec::new()),
            Err(e) => Err(anyhow!(e).context(format!("reading {}", self.records_path().display()))),
        }
    }

    fn save(&self, all: &[SecretRecord]) -> Result<()> {
        crate::util::atomic::write_file(&self.records_path(), &serde_json::to_vec_pretty(all)?, 0o600)
    }

    /// By exact name, full ID or unique ID prefix.
    pub fn find(&self, query: &str) -> Result<SecretRecord> {
        let all = self.list()?;
        if let Some(s) = all.iter().find(|s| s.name == query || s.id == query) {
            return Ok(s.clone());
        }
        let mut prefixed = all.iter().filter(|s| !query.is_empty() && s.id.starts_with(query));
        match (prefixed.next(), prefixed.next()) {
            (Some(s), None) => Ok(s.clone()),
            (Some(_), Some(_)) => bail!("more than one secret matches {query:?}: give more of the ID"),
            _ => Err(SecretNotFound(query.to_string()).into()),
        }
    }

    pub fn value(&self, record: &SecretRecord) -> Result<Vec<u8>> {
        let p = self.data_dir().join(&record.id);
        std::fs::read(&p).with_context(|| format!("reading the value of secret {}", record.name))
    }

    /// Stores a new secret (`replace`: podman's `--replace`, keeping the ID).
    pub fn create(&self, name: &str, value: &[u8], labels: BTreeMap<String, String>, replace: bool) -> Result<SecretRecord> {
        validate_name(name)?;
        if value.is_empty() {
            bail!("secret data must be larger than 0 and less than 512000 bytes");
        }
        if value.len() >= 512_000 {
            bail!("secret data must be larger than 0 and less than 512000 bytes");
        }
        let _lock = self.lock()?;
        let mut all = self.list()?;
        let existing = all.iter().position(|s| s.name == name);
        if existing.is_some() && !replace {
            return Err(Exit::with_code(125, format!("{name}: secret name in use")).into());
        }
        let now = Utc::now();
        let record = match existing {
            Some(i) => {
                let mut r = all[i].clone();
                r.updated = now;
                r.labels = labels;
                r
            }
            None => SecretRecord {
                id: new_id(),
                name: name.to_string(),
                driver: "file".into(),
                created: now,
                updated: now,
                labels,
                driver_options: BTreeMap::new(),
            },
        };
        crate::util::atomic::write_file(&self.data_dir().join(&record.id), value, 0o600)?;
        match existing {
            Some(i) => all[i] = record.clone(),
            None => all.push(record.clone()),
        }
        self.save(&all)?;
        Ok(record)
    }

    /// Removes a secret by name or ID; returns its ID.
    pub fn remove(&self, query: &str) -> Result<String> {
        let _lock = self.lock()?;
        let found = self.find(query)?;
        let mut all = self.list()?;
        all.retain(|s| s.id != found.id);
        self.save(&all)?;
        let _ = std::fs::remove_file(self.data_dir().join(&found.id));
        Ok(found.id)
    }
}

/// podman's secret IDs: 25 hex digits.
fn new_id() -> String {
    let bytes: [u8; 13] = rand::random();
    hex::encode(bytes)[..25].to_string()
}

/// podman: 1 to 253 characters, no `=`, `/`, `,` or NUL.
fn validate_name(name: &str) -> Result<()> {
    if name.is_empty() || name.len() > 253 || name.contains(['=', '/', ',', '\0']) {
        bail!("secret name {name:?} is invalid: use 1 to 253 characters without '=', '/', ',' (podman's rule)");
    }
    Ok(())
}

impl SecretRecord {
    /// `secret inspect`'s JSON, podman's shape.
    pub fn to_json(&self, store: &SecretStore, value: Option<&[u8]>) -> Value {
        let mut options = self.driver_options.clone();
        options.entry("path".into()).or_insert_with(|| store.data_dir().display().to_string());
        let mut v = json!({
            "ID": self.id,
            "CreatedAt": self.created.to_rfc3339_opts(chrono::SecondsFormat::Nanos, true),
            "UpdatedAt": self.updated.to_rfc3339_opts(chrono::SecondsFormat::Nanos, true),
            "Spec": {
                "Name": self.name,
                "Driver": {"Name": self.driver, "Options": options},
                "Labels": self.labels,
            },
        });
        if let Some(value) = value {
            v["SecretData"] = Value::String(String::from_utf8_lossy(value).into_owned());
        }
        v
    }

    /// A `secret ls` row: podman's template names (and docker's `CreatedAt`).
    pub fn row(&self) -> Value {
        json!({
            "ID": self.id,
            "Name": self.name,
            "Driver": self.driver,
            "CreatedAt": crate::util::human::since(self.created),
            "UpdatedAt": crate::util::human::since(self.updated),
            "Created": crate::util::human::since(self.created),
            "Updated": crate::util::human::since(self.updated),
            "Labels": self.labels,
        })
    }

    /// `secret ls --filter`: name=, id=, label=KEY[=VALUE] (prefix match on
    /// name and ID, as podman).
    pub fn matches(&self, filters: &[String]) -> Result<bool> {
        for f in filters {
            let (k, v) = f.split_once('=').ok_or_else(|| anyhow!("invalid filter {f:?}: expected KEY=VALUE"))?;
            let ok = match k {
                "name" => self.name.starts_with(v) || self.name == v,
                "id" => self.id.starts_with(v),
                "label" => match v.split_once('=') {
                    Some((a, b)) => self.labels.get(a).is_some_and(|x| x == b),
                    None => self.labels.contains_key(v),
                },
                _ => bail!("invalid filter {k:?}: secret filters are name, id and label"),
            };
            if !ok {
                return Ok(false);
            }
        }
        Ok(true)
    }
}

/// How a container gets one secret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SecretUse {
    Mount { secret: String, target: String, uid: u32, gid: u32, mode: u32 },
    Env { secret: String, target: String },
}

/// Parses one `--secret` value.
pub fn parse_use(spec: &str) -> Result<SecretUse> {
    let mut parts = spec.split(',');
    let secret = parts.next().unwrap_or_default().to_string();
    let bad = |why: &str| anyhow!("invalid --secret {spec:?}: {why}");
    if secret.is_empty() || secret.contains('=') {
        return Err(bad("it starts with the secret's name, e.g. --secret mysecret,type=env,target=TOKEN"));
    }
    let (mut kind, mut target, mut uid, mut gid, mut mode) = ("mount".to_string(), None, None, None, None);
    for p in parts {
        let (k, v) = p.split_once('=').ok_or_else(|| bad("options are KEY=VALUE"))?;
        let num = |base: u32| u32::from_str_radix(v, base).map_err(|_| bad(&format!("{k} must be a number")));
        match k {
            "type" => kind = v.to_string(),
            "target" => target = Some(v.to_string()),
            "uid" => uid = Some(num(10)?),
            "gid" => gid = Some(num(10)?),
            "mode" => mode = Some(num(8)?),
            _ => return Err(bad(&format!("unknown option {k:?} (type, target, uid, gid, mode)"))),
        }
    }
    match kind.as_str() {
        "mount" => {
            let t = target.unwrap_or_else(|| secret.clone());
            let target = if t.starts_with('/') { t } else { format!("/run/secrets/{t}") };
            Ok(SecretUse::Mount { secret, target, uid: uid.unwrap_or(0), gid: gid.unwrap_or(0), mode: mode.unwrap_or(0o444) })
        }
        "env" => {
            if uid.is_some() || gid.is_some() || mode.is_some() {
                return Err(bad("uid, gid and mode apply only to type=mount"));
            }
            Ok(SecretUse::Env { target: target.unwrap_or_else(|| secret.clone()), secret })
        }
        other => Err(bad(&format!("type {other:?} is not mount or env"))),
    }
}

/// The `--secret` flags of a create, checked against the store: env
/// entries (`K=V`) and the mount secrets with their values.
pub struct Resolved {
    pub env: Vec<String>,
    pub mounts: Vec<(SecretUse, Vec<u8>)>,
}

pub fn resolve(engine: &Engine, specs: &[String]) -> Result<Resolved> {
    let store = SecretStore::new(&engine.paths.root);
    let mut out = Resolved { env: Vec::new(), mounts: Vec::new() };
    for spec in specs {
        let u = parse_use(spec)?;
        let name = match &u {
            SecretUse::Mount { secret, .. } | SecretUse::Env { secret, .. } => secret.clone(),
        };
        let record = store.find(&name).with_context(|| format!("--secret {name}"))?;
        let value = store.value(&record)?;
        match u {
            SecretUse::Env { target, .. } => out.env.push(format!("{target}={}", String::from_utf8_lossy(&value))),
            m => out.mounts.push((m, value)),
        }
    }
    Ok(out)
}

/// Where a mount secret's copy lives in the container's directory.
pub fn mount_source(ctr_dir: &Path, index: usize) -> PathBuf {
    ctr_dir.join("secrets").join(index.to_string())
}

/// Writes the container's copies of its mount secrets (in the rootless
/// user namespace, so uid/gid are the container's IDs).
pub fn write_mounts(ctr_dir: &Path, mounts: &[(SecretUse, Vec<u8>)]) -> Result<()> {
    if mounts.is_empty() {
        return Ok(());
    }
    let dir = ctr_dir.join("secrets");
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    for (i, (u, value)) in mounts.iter().enumerate() {
        if let SecretUse::Mount { uid, gid, mode, .. } = u {
            let p = mount_source(ctr_dir, i);
            crate::util::atomic::write_file(&p, value, *mode)?;
            // The mode as asked, whatever the umask did.
            std::os::unix::fs::chown(&p, Some(*uid), Some(*gid)).with_context(|| format!("giving the secret to {uid}:{gid}"))?;
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&p, std::fs::Permissions::from_mode(*mode))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secret_flags_parse_as_podman() {
        assert_eq!(parse_use("s").unwrap(), SecretUse::Mount { secret: "s".into(), target: "/run/secrets/s".into(), uid: 0, gid: 0, mode: 0o444 });
        assert_eq!(
            parse_use("s,type=mount,target=x,uid=5,gid=6,mode=0400").unwrap(),
            SecretUse::Mount { secret: "s".into(), target: "/run/secrets/x".into(), uid: 5, gid: 6, mode: 0o400 }
        );
        assert_eq!(parse_use("s,type=env,target=TOKEN").unwrap(), SecretUse::Env { secret: "s".into(), target: "TOKEN".into() });
        assert_eq!(parse_use("s,type=env").unwrap(), SecretUse::Env { secret: "s".into(), target: "s".into() });
        assert!(parse_use("s,type=env,uid=1").is_err());
        assert!(parse_use("s,type=file").is_err());
        assert!(parse_use("type=env").is_err());
        assert!(parse_use("s,mode=9").is_err());
    }

    #[test]
    fn store_round_trip() {
        let d = tempfile::tempdir().unwrap();
        let s = SecretStore::new(d.path());
        let r = s.create("a", b"v1", BTreeMap::new(), false).unwrap();
        assert_eq!(r.id.len(), 25);
        assert!(s.create("a", b"v2", BTreeMap::new(), false).unwrap_err().to_string().contains("secret name in use"));
        assert!(s.create("b", b"", BTreeMap::new(), false).is_err());
        let r2 = s.create("a", b"v2", BTreeMap::new(), true).unwrap();
        assert_eq!(r2.id, r.id);
        assert_eq!(s.value(&s.find(&r.id[..6]).unwrap()).unwrap(), b"v2");
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(s.data_dir().join(&r.id)).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
        assert_eq!(s.remove("a").unwrap(), r.id);
        assert!(s.find("a").unwrap_err().is::<SecretNotFound>());
        assert!(!s.data_dir().join(&r.id).exists());
    }
}
