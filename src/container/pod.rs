//! Pod records on disk: `<root>/pods/<id>.json`, written atomically under
//! `<root>/pods/.lock` (so two `pod create --name x` at once cannot both get
//! the name). A pod is a name, its labels and the infra container that holds
//! its namespaces; its members are the containers whose record names it.

use super::ContainerRecord;
use crate::util::atomic::write_json;
use crate::util::lock::FileLock;
use anyhow::{bail, Context, Result};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct PodRecord {
    /// 64 hex characters.
    pub id: String,
    pub name: String,
    pub created: DateTime<Utc>,
    #[serde(default)]
    pub labels: BTreeMap<String, String>,
    /// The infra container's ID ("" with `--no-infra`).
    #[serde(default)]
    pub infra_id: String,
    /// Namespaces the members share with the infra: net, ipc, uts.
    #[serde(default)]
    pub share: Vec<String>,
    #[serde(default)]
    pub hostname: String,
    /// podman's `CreateCommand`: the `pod create` command line (program
    /// first) that made the pod, for `generate systemd --new`; empty for
    /// pods made by `run --pod new:` or `kube play`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub create_command: Vec<String>,
    /// `--userns` every member gets ("" for dhow's default mapping).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub userns: String,
    /// `--exit-policy`: "stop" stops the infra when the last member exits;
    /// "" is podman's default, continue.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub exit_policy: String,
    /// What `pod create` gives every member (see [`MemberDefaults`]).
    #[serde(default, skip_serializing_if = "MemberDefaults::is_empty")]
    pub members: MemberDefaults,
    /// `--share-parent` as given (podman's default: true). dhow records it
    /// for the pod's cgroup (see `engine::pods`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub share_parent: Option<bool>,
    /// `--infra-image`: pulled and recorded (shown by `pod inspect`); dhow's
    /// own binary still holds the namespaces (see `engine::pods`).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub infra_image: String,
    /// `--infra-command`, as given (a JSON list or words).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub infra_command: Vec<String>,
}

/// Settings podman's `pod create` applies to every container of the pod:
/// `-v`, `--volumes-from`, `--device`, `--sysctl`, `--shm-size`, `--pid`,
/// `--uts` and the ID mapping (`--uidmap`, `--gidmap`, `--subuidname`,
/// `--subgidname`). A member gets them as if given to its own `create`,
/// before its own (which win where they clash). `--security-opt` is
/// recorded here too but applies to the infra only (as podman 4.3).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct MemberDefaults {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub volumes: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub volumes_from: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub devices: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub security_opt: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sysctls: Vec<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub shm_size: String,
    /// `--pid`: the pod's PID namespace mode (host, private, ns:PATH).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub pid: String,
    /// `--uts`: the pod's UTS namespace mode (host, private, ns:PATH).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub uts: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub uidmap: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub gidmap: Vec<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub subuidname: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub subgidname: String,
}

impl MemberDefaults {
    pub fn is_empty(&self) -> bool {
        *self == MemberDefaults::default()
    }

    /// Whether the pod gives its members an ID mapping of their own.
    pub fn maps_ids(&self) -> bool {
        !self.uidmap.is_empty() || !self.gidmap.is_empty() || !self.subuidname.is_empty() || !self.subgidname.is_empty()
    }
}

impl PodRecord {
    pub fn short_id(&self) -> &str {
        &self.id[..12.min(self.id.len())]
    }

    pub fn shares(&self, ns: &str) -> bool {
        self.share.iter().any(|s| s == ns)
    }
}

/// The image name `ps -a` and `inspect` show for infra containers.
pub const INFRA_IMAGE_NAME: &str = "dhow-pod-infra";
/// Label on the infra container naming its pod.
pub const INFRA_LABEL: &str = "io.dhow.pod.infra";

/// Whether `record` is a pod's infra container.
pub fn is_infra(record: &ContainerRecord) -> bool {
    record.config.labels.contains_key(INFRA_LABEL) && record.image_name == INFRA_IMAGE_NAME
}

/// Checks a pod's `--userns` against what its members can do: the modes of
/// `run --userns` that work for a container that joins the pod's namespaces.
/// keep-id gives each member a nested user namespace, which can join the
/// pod's network, IPC and UTS namespaces but not mount a `/proc` for its PID
/// namespace, so it does not go with `--share pid`.
pub fn check_userns(mode: &str, share: &[String]) -> Result<String> {
    let base = mode.split(':').next().unwrap_or(mode);
    match base {
        "" | "host" | "private" => Ok(mode.to_string()),
        "keep-id" if mode != "keep-id" => bail!("invalid --userns {mode:?} for a pod: keep-id takes no options in dhow (uid=, gid= are not supported)"),
        "keep-id" if share.iter().any(|s| s == "pid") => bail!("--userns keep-id cannot be used for one container of a pod sharing its PID namespace (--share pid): its own user namespace could not show the pod's processes; create the pod with --userns keep-id instead (its containers then share the pod's)"),
        "keep-id" => Ok(mode.to_string()),
        "auto" | "nomap" => bail!("--userns {base} cannot be given to one container of a pod: the pod's containers share one mapping; create the pod with it ('dhow pod create --userns {base}')"),
        "ns" => bail!("--userns ns:PATH is not supported for pods: the pod's containers each join the infra's namespaces from dhow's own user namespace"),
        _ => bail!("invalid --userns {mode:?}: use keep-id, host or private (auto and nomap are not supported)"),
    }
}

/// "No such pod" as its own error.
#[derive(Debug, thiserror::Error)]
#[error("no such pod: {0:?} (see 'dhow pod ps')")]
pub struct PodNotFound(pub String);

#[derive(Debug, Clone)]
pub struct PodStore {
    dir: PathBuf,
}

impl PodStore {
    pub fn new(root: &Path) -> PodStore {
        PodStore { dir: root.join("pods") }
    }

    fn path(&self, id: &str) -> PathBuf {
        self.dir.join(format!("{id}.json"))
    }

    /// The store's lock: held while creating, updating or removing a pod.
    pub fn lock(&self) -> Result<FileLock> {
        fs::create_dir_all(&self.dir).with_context(|| format!("creating {}", self.dir.display()))?;
        FileLock::exclusive(&self.dir.join(".lock"))
    }

    /// Writes a new pod; fails if its name is taken. The caller holds [`lock`](Self::lock).
    pub fn create(&self, pod: &PodRecord) -> Result<()> {
        if let Some(other) = self.list()?.into_iter().find(|p| p.name == pod.name) {
            bail!("the pod name {:?} is already in use by pod {}; remove it ('dhow pod rm {}') or choose another name", pod.name, other.short_id(), pod.name);
        }
        write_json(&self.path(&pod.id), pod)
    }

    /// Rewrites an existing pod (the caller holds [`lock`](Self::lock)).
    pub fn save(&self, pod: &PodRecord) -> Result<()> {
        write_json(&self.path(&pod.id), pod)
    }

    pub fn list(&self) -> Result<Vec<PodRecord>> {
        let mut out = Vec::new();
        let entries = match fs::read_dir(&self.dir) {
            Ok(e) => e,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(out),
            Err(e) => return Err(e).with_context(|| format!("reading {}", self.dir.display())),
        };
        for e in entries {
            let p = e?.path();
            if p.extension().is_none_or(|x| x != "json") {
                continue;
            }
            // A file removed by a concurrent `pod rm` is simply gone.
            let Ok(text) = fs::read(&p) else { continue };
            let pod: PodRecord = serde_json::from_slice(&text).with_context(|| format!("reading {}", p.display()))?;
            out.push(pod);
        }
        out.sort_by(|a, b| a.created.cmp(&b.created).then(a.id.cmp(&b.id)));
        Ok(out)
    }

    /// By name, full ID or unique ID prefix.
    pub fn find(&self, query: &str) -> Result<PodRecord> {
        let all = self.list()?;
        if let Some(p) = all.iter().find(|p| p.name == query || p.id == query) {
            return Ok(p.clone());
        }
        let matching: Vec<&PodRecord> = all.iter().filter(|p| !query.is_empty() && p.id.starts_with(query)).collect();
        match matching.as_slice() {
            [one] => Ok((*one).clone()),
            [] => Err(PodNotFound(query.to_string()).into()),
            _ => bail!("pod ID prefix {query:?} is ambiguous: {} pods match; give more of the ID or the name", matching.len()),
        }
    }

    pub fn remove(&self, id: &str) -> Result<()> {
        match fs::remove_file(self.path(id)) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(e).with_context(|| format!("removing pod {id}")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pod(id: &str, name: &str) -> PodRecord {
        PodRecord { id: id.repeat(64 / id.len()), name: name.into(), created: Utc::now(), labels: BTreeMap::new(), infra_id: String::new(), share: vec!["net".into()], hostname: String::new(), create_command: Vec::new(), userns: String::new(), exit_policy: String::new(), members: MemberDefaults::default(), share_parent: None, infra_image: String::new(), infra_command: Vec::new() }
    }

    #[test]
    fn create_find_remove() {
        let d = tempfile::tempdir().unwrap();
        let s = PodStore::new(d.path());
        let _l = s.lock().unwrap();
        s.create(&pod("a", "one")).unwrap();
        s.create(&pod("b", "two")).unwrap();
        assert!(s.create(&pod("c", "one")).unwrap_err().to_string().contains("already in use"));
        assert_eq!(s.find("one").unwrap().name, "one");
        assert_eq!(s.find("bbb").unwrap().name, "two");
        assert!(s.find("zzz").unwrap_err().downcast_ref::<PodNotFound>().is_some());
        s.remove(&s.find("one").unwrap().id).unwrap();
        assert_eq!(s.list().unwrap().len(), 1);
    }
}
