//! podman's manifest lists: `manifest create|add|annotate|remove|inspect|
//! push|rm|exists`. A list is a Docker manifest list (or OCI index) being
//! put together locally from local images and images in registries, then
//! pushed with the images it names.
//!
//! Store (`--root`/manifests/lists.json, atomic writes under `lock`): each
//! list's name (podman's: `mylist` is `localhost/mylist:latest`), an ID, the
//! index document itself, and where each entry came from (a local image, or
//! a registry repository) so `push --all` can send it.
//!
//! `add IMAGE` takes a local image first (`containers-storage:IMAGE` forces
//! it), else the registry (`docker://IMAGE` forces it); podman looks only in
//! the registry unless told `containers-storage:`.

use crate::engine::Engine;
use crate::error::Exit;
use crate::image::digest::Digest;
use crate::image::manifest::{self, Descriptor, ImageIndex, Platform};
use crate::image::reference::Reference;
use crate::image::registry::{ClientOptions, RegistryClient};
use crate::util::lock::FileLock;
use anyhow::{anyhow, bail, Context, Result};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::PathBuf;

/// Where an entry's manifest and blobs are.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub enum Source {
    /// A local image (its ID).
    Local(String),
    /// A registry repository (`registry/repo`).
    Remote(String),
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ListRecord {
    pub id: String,
    pub name: String,
    pub index: ImageIndex,
    /// Manifest digest → where it came from.
    #[serde(default)]
    pub sources: BTreeMap<String, Source>,
}

/// A list that is not here: podman's "image not known".
#[derive(Debug)]
pub struct ListNotFound(pub String);

impl std::fmt::Display for ListNotFound {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: image not known", self.0)
    }
}

impl std::error::Error for ListNotFound {}

/// podman's naming: a name without a registry is under `localhost/`, and
/// without a tag is `:latest`.
pub fn normalize(name: &str) -> String {
    let name = name.strip_prefix("containers-storage:").unwrap_or(name);
    let first = name.split('/').next().unwrap_or("");
    let has_registry = name.contains('/') && (first.contains('.') || first.contains(':') || first == "localhost");
    let mut out = if has_registry { name.to_string() } else { format!("localhost/{name}") };
    let last = out.rsplit('/').next().unwrap_or("");
    if !last.contains(':') && !last.contains('@') {
        out.push_str(":latest");
    }
    out
}

struct Lists {
    dir: PathBuf,
}

impl Lists {
    fn new(engine: &Engine) -> Lists {
        Lists { dir: engine.paths.root.join("manifests") }
    }

    fn lock(&self) -> Result<FileLock> {
        std::fs::create_dir_all(&self.dir).with_context(|| format!("creating {}", self.dir.display()))?;
        FileLock::exclusive(&self.dir.join("lock"))
    }

    fn all(&self) -> Result<Vec<ListRecord>> {
        let p = self.dir.join("lists.json");
        match std::fs::read(&p) {
            Ok(b) => serde_json::from_slice(&b).with_context(|| format!("reading {}", p.display())),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Vec::new()),
            Err(e) => Err(anyhow!(e).context(format!("reading {}", p.display()))),
        }
    }

    fn save(&self, all: &[ListRecord]) -> Result<()> {
        crate::util::atomic::write_json(&self.dir.join("lists.json"), &all)
    }

    fn find_in<'a>(all: &'a mut [ListRecord], name: &str) -> Option<&'a mut ListRecord> {
        let n = normalize(name);
        let short = name.trim_start_matches("sha256:");
        all.iter_mut().find(|l| l.name == n || l.name == name || (short.len() >= 12 && l.id.starts_with(short)))
    }

    /// Runs `f` on the list `name` under the lock and saves it.
    fn update<T>(&self, name: &str, f: impl FnOnce(&mut ListRecord) -> Result<T>) -> Result<T> {
        let _lock = self.lock()?;
        let mut all = self.all()?;
        let list = Self::find_in(&mut all, name).ok_or_else(|| ListNotFound(name.to_string()))?;
        let out = f(list)?;
        self.save(&all)?;
        Ok(out)
    }
}

pub fn find(engine: &Engine, name: &str) -> Result<ListRecord> {
    let mut all = Lists::new(engine).all()?;
    Lists::find_in(&mut all, name).cloned().ok_or_else(|| ListNotFound(name.to_string()).into())
}

/// The index as `manifest inspect` prints it (podman: `"manifests": null`
/// for an empty list).
pub fn index_json(index: &ImageIndex) -> serde_json::Value {
    let mut v = serde_json::to_value(index).unwrap_or_default();
    if index.manifests.is_empty() {
        v["manifests"] = serde_json::Value::Null;
    }
    v
}

/// `manifest create NAME [IMAGE...]`: returns the list's ID.
pub fn create(engine: &Engine, name: &str, images: &[String], opts: &AddOptions, amend: bool) -> Result<String> {
    let lists = Lists::new(engine);
    let full = normalize(name);
    {
        let _lock = lists.lock()?;
        let mut all = lists.all()?;
        if let Some(l) = all.iter().find(|l| l.name == full) {
            if !amend {
                return Err(Exit::with_code(125, format!("creating image to hold manifest list: image name {full:?} is already associated with image {:?}: that name is already in use", l.id)).into());
            }
        } else {
            all.push(ListRecord {
                id: crate::container::store::new_id(),
                name: full.clone(),
                index: ImageIndex { schema_version: 2, media_type: Some(manifest::DOCKER_LIST.into()), manifests: Vec::new(), annotations: None },
                sources: BTreeMap::new(),
            });
            lists.save(&all)?;
        }
    }
    for image in images {
        add(engine, &full, image, opts)?;
    }
    Ok(find(engine, &full)?.id)
}

/// Flags of `manifest add` and `manifest annotate`.
#[derive(Debug, Clone, Default)]
pub struct AddOptions {
    /// Every image of a list being added (else the one for this platform).
    pub all: bool,
    pub arch: Option<String>,
    pub os: Option<String>,
    pub variant: Option<String>,
    pub os_version: Option<String>,
    /// The entry's `features` and `os.features` (podman's `--features`,
    /// `--os-features`); given ones replace the recorded ones.
    pub features: Vec<String>,
    pub os_features: Vec<String>,
    pub annotations: Vec<String>,
    pub access: RegistryAccess,
}

impl AddOptions {
    fn apply(&self, d: &mut Descriptor) -> Result<()> {
        let p = d.platform.get_or_insert_with(Platform::default);
        if let Some(a) = &self.arch {
            p.architecture = a.clone();
        }
        if let Some(o) = &self.os {
            p.os = o.clone();
        }
        if let Some(v) = &self.variant {
            p.variant = Some(v.clone());
        }
        if let Some(v) = &self.os_version {
            p.os_version = Some(v.clone());
        }
        if !self.features.is_empty() {
            p.features = self.features.clone();
        }
        if !self.os_features.is_empty() {
            p.os_features = self.os_features.clone();
        }
        for a in &self.annotations {
            let (k, v) = a.split_once('=').ok_or_else(|| anyhow!("invalid annotation {a:?}: expected KEY=VALUE"))?;
            d.annotations.get_or_insert_with(BTreeMap::new).insert(k.to_string(), v.to_string());
        }
        Ok(())
    }
}

/// `--tls-verify`, `--authfile`, `--creds`.
#[derive(Debug, Clone, Default)]
pub struct RegistryAccess {
    pub tls_verify: Option<bool>,
    pub authfile: Option<PathBuf>,
    pub creds: Option<(String, String)>,
}

/// A registry client for `r`, insecure for loopback registries, those
/// marked insecure in registries.conf, or `--tls-verify=false`.
fn client_for(engine: &Engine, r: &Reference, access: &RegistryAccess) -> Result<RegistryClient> {
    let insecure = match access.tls_verify {
        Some(v) => !v,
        None => crate::engine::pull::is_loopback(&r.registry) || engine.registries()?.find_entry(r).is_some_and(|(e, _)| e.insecure),
    };
    let auth = crate::engine::pull::credentials(&access.creds, &access.authfile, &r.registry, &r.repository)?;
    Ok(RegistryClient::new(&r.api_registry(), ClientOptions { insecure, auth, user_agent: format!("dhow/{}", env!("CARGO_PKG_VERSION")), retries: 3 })?)
}

fn parse_ref(s: &str) -> Result<Reference> {
    Reference::parse(s).map_err(|e| anyhow!("{e}: {s:?}"))
}

/// The entries `image` contributes (with their sources).
fn entries_for(engine: &Engine, image: &str, opts: &AddOptions) -> Result<Vec<(Descriptor, Source)>> {
    let remote = image.strip_prefix("docker://");
    let local = image.strip_prefix("containers-storage:");
    if remote.is_none() {
        let store = engine.store_readonly();
        match crate::engine::images::resolve(engine, &store, local.unwrap_or(image)) {
            Ok(rec) => {
                let bytes = store.read_blob(&rec.manifest).with_context(|| format!("{image} has no stored manifest: push it to a registry first, then add it from there"))?;
                let d = Descriptor {
                    media_type: rec.manifest_media_type.clone(),
                    digest: rec.manifest.clone(),
                    size: bytes.len() as u64,
                    urls: vec![],
                    annotations: None,
                    platform: Some(Platform { architecture: rec.architecture.clone(), os: rec.os.clone(), variant: None, os_version: None, ..Default::default() }),
                };
                return Ok(vec![(d, Source::Local(rec.id.to_string()))]);
            }
            Err(e) if local.is_some() || !crate::engine::images::is_not_found(&e) => return Err(e),
            Err(_) => {}
        }
    }
    let r = parse_ref(remote.unwrap_or(image))?;
    let client = client_for(engine, &r, &opts.access)?;
    let fetched = client.get_manifest(&r.repository, &r.reference_for_api()).with_context(|| format!("reading the manifest of {image}"))?;
    let source = Source::Remote(format!("{}/{}", r.registry, r.repository));
    match manifest::parse(&fetched.bytes, &fetched.media_type)? {
        manifest::Parsed::Index(index) => {
            let chosen: Vec<Descriptor> = if opts.all {
                index.manifests.clone()
            } else {
                let wanted = Platform { architecture: opts.arch.clone().unwrap_or_else(|| Platform::host().architecture), os: opts.os.clone().unwrap_or_else(|| "linux".into()), variant: opts.variant.clone(), os_version: None, ..Default::default() };
                vec![index.select(&wanted)?.clone()]
            };
            Ok(chosen.into_iter().map(|d| (d, source.clone())).collect())
        }
        manifest::Parsed::Image(m) => {
            let mut config = Vec::new();
            std::io::Read::read_to_end(&mut client.get_blob(&r.repository, &m.config.digest)?.take(1 << 20), &mut config).context("reading the image's config")?;
            let c: serde_json::Value = serde_json::from_slice(&config).context("the image's config is not JSON")?;
            let s = |k: &str| c.get(k).and_then(|v| v.as_str()).map(str::to_string);
            let d = Descriptor {
                media_type: fetched.media_type.clone(),
                digest: fetched.digest.clone(),
                size: fetched.bytes.len() as u64,
                urls: vec![],
                annotations: None,
                platform: Some(Platform { architecture: s("architecture").unwrap_or_default(), os: s("os").unwrap_or_default(), variant: s("variant"), os_version: None, ..Default::default() }),
            };
            Ok(vec![(d, source)])
        }
    }
}

use std::io::Read as _;

/// `manifest add LIST IMAGE`: returns the list's ID.
pub fn add(engine: &Engine, list: &str, image: &str, opts: &AddOptions) -> Result<String> {
    find(engine, list)?;
    let entries = entries_for(engine, image, opts)?;
    Lists::new(engine).update(list, |l| {
        let single = entries.len() == 1;
        for (mut d, source) in entries {
            if single {
                opts.apply(&mut d)?;
            }
            l.index.manifests.retain(|e| e.digest != d.digest);
            l.sources.insert(d.digest.to_string(), source);
            l.index.manifests.push(d);
        }
        Ok(l.id.clone())
    })
}

/// The entry's digest: given as one, or the manifest of a local image.
fn entry_digest(engine: &Engine, l: &ListRecord, what: &str) -> Result<Digest> {
    if let Ok(d) = Digest::parse(what) {
        if l.index.manifests.iter().any(|e| e.digest == d) {
            return Ok(d);
        }
        bail!("no image with digest {what} in manifest list {}", l.name);
    }
    let store = engine.store_readonly();
    let rec = crate::engine::images::resolve(engine, &store, what)?;
    if l.index.manifests.iter().any(|e| e.digest == rec.manifest) {
        Ok(rec.manifest)
    } else {
        bail!("image {what} is not in manifest list {}", l.name)
    }
}

/// `manifest annotate LIST DIGEST|IMAGE`.
pub fn annotate(engine: &Engine, list: &str, what: &str, opts: &AddOptions) -> Result<String> {
    let d = entry_digest(engine, &find(engine, list)?, what)?;
    Lists::new(engine).update(list, |l| {
        for e in l.index.manifests.iter_mut().filter(|e| e.digest == d) {
            opts.apply(e)?;
        }
        Ok(l.id.clone())
    })
}

/// `manifest remove LIST DIGEST`.
pub fn remove_entry(engine: &Engine, list: &str, what: &str) -> Result<String> {
    let d = entry_digest(engine, &find(engine, list)?, what)?;
    Lists::new(engine).update(list, |l| {
        l.index.manifests.retain(|e| e.digest != d);
        l.sources.remove(&d.to_string());
        Ok(l.id.clone())
    })
}

/// `manifest rm LIST`: returns (name, ID) of what went.
pub fn remove(engine: &Engine, list: &str) -> Result<(String, String)> {
    let lists = Lists::new(engine);
    let _lock = lists.lock()?;
    let mut all = lists.all()?;
    let found = Lists::find_in(&mut all, list).map(|l| (l.name.clone(), l.id.clone())).ok_or_else(|| ListNotFound(list.to_string()))?;
    all.retain(|l| l.id != found.1);
    lists.save(&all)?;
    Ok(found)
}

/// `manifest inspect NAME`: a local list, else the manifest (or index)
/// that a registry has under that name.
pub fn inspect(engine: &Engine, name: &str, access: &RegistryAccess) -> Result<serde_json::Value> {
    match find(engine, name) {
        Ok(l) => return Ok(index_json(&l.index)),
        Err(e) if !e.is::<ListNotFound>() => return Err(e),
        Err(_) => {}
    }
    let r = parse_ref(name.strip_prefix("docker://").unwrap_or(name))?;
    if Reference::is_short_name(name) {
        return Err(ListNotFound(name.to_string()).into());
    }
    let fetched = client_for(engine, &r, access)?.get_manifest(&r.repository, &r.reference_for_api()).with_context(|| format!("reading the manifest of {name}"))?;
    serde_json::from_slice(&fetched.bytes).context("the registry's manifest is not JSON")
}

/// Flags of `manifest push`.
#[derive(Debug, Clone, Default)]
pub struct PushOptions {
    pub all: bool,
    pub access: RegistryAccess,
    pub quiet: bool,
    /// Delete the local list once pushed.
    pub rm: bool,
    /// `--compression-format`: the local images' layers are pushed in
    /// it (recompressed where they are not); entries copied from another
    /// registry keep theirs.
    pub compression: Option<crate::image::layer::Compression>,
}

/// `manifest push LIST DEST`: sends the images (with `all`) and then the
/// list; returns the list's digest in the registry.
pub fn push(engine: &Engine, list: &str, dest: &str, opts: &PushOptions) -> Result<Digest> {
    let mut l = find(engine, list)?;
    let dest_s = dest.strip_prefix("docker://").unwrap_or(dest);
    let d = parse_ref(dest_s)?;
    if d.digest.is_some() {
        bail!("cannot push to a digest reference ({dest}): give a tag");
    }
    let client = client_for(engine, &d, &opts.access)?;
    let say = |m: String| {
        if !opts.quiet {
            eprintln!("{m}");
        }
    };
    if opts.all {
        let n = l.index.manifests.len();
        for (i, e) in l.index.manifests.iter_mut().enumerate() {
            say(format!("Copying {} of {n} images in list", i + 1));
            match l.sources.get(&e.digest.to_string()).cloned() {
                Some(Source::Local(id)) => {
                    let pushed = crate::engine::transfer::push::push(engine, &crate::engine::transfer::push::PushOptions {
                        image: id,
                        destination: Some(dest_s.to_string()),
                        tls_verify: opts.access.tls_verify,
                        authfile: opts.access.authfile.clone(),
                        creds: opts.access.creds.clone(),
                        format: None,
                        compression: opts.compression,
                        digestfile: None,
                        quiet: true,
                    })?;
                    if pushed != e.digest {
                        // The image's layers had to be recompressed for the registry.
                        let bytes = engine.store_readonly().read_blob(&pushed)?;
                        e.digest = pushed;
                        e.size = bytes.len() as u64;
                    }
                }
                Some(Source::Remote(repo)) => copy_remote(engine, &repo, &client, &d.repository, e, &opts.access)?,
                None => {}
            }
        }
    }
    say("Writing manifest list to image destination".to_string());
    let mt = l.index.media_type.clone().unwrap_or_else(|| manifest::DOCKER_LIST.into());
    let bytes = serde_json::to_vec_pretty(&l.index)?;
    let digest = client.put_manifest(&d.repository, d.tag_or_latest(), &bytes, &mt).with_context(|| format!("pushing the manifest list to {dest_s}"))?;
    if opts.rm {
        remove(engine, &l.name)?;
    }
    Ok(digest)
}

/// Copies one manifest and its blobs from another repository.
fn copy_remote(engine: &Engine, from: &str, to: &RegistryClient, to_repo: &str, e: &Descriptor, access: &RegistryAccess) -> Result<()> {
    let src = parse_ref(&format!("{from}@{}", e.digest))?;
    if to.head_manifest(to_repo, &e.digest.to_string())?.is_some() {
        return Ok(());
    }
    let client = client_for(engine, &src, access)?;
    let fetched = client.get_manifest(&src.repository, &e.digest.to_string())?;
    let m = match manifest::parse(&fetched.bytes, &fetched.media_type)? {
        manifest::Parsed::Image(m) => m,
        manifest::Parsed::Index(_) => bail!("{from}@{}: nested manifest lists cannot be pushed", e.digest),
    };
    for b in std::iter::once(&m.config).chain(m.layers.iter()) {
        if to.blob_exists(to_repo, &b.digest)?.is_none() {
            let body = client.get_blob(&src.repository, &b.digest)?;
            to.upload_blob(to_repo, &b.digest, b.size, body)?;
        }
    }
    to.put_manifest(to_repo, &e.digest.to_string(), &fetched.bytes, &fetched.media_type)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_normalize_as_podman() {
        assert_eq!(normalize("mylist"), "localhost/mylist:latest");
        assert_eq!(normalize("mylist:v1"), "localhost/mylist:v1");
        assert_eq!(normalize("quay.io/a/b"), "quay.io/a/b:latest");
        assert_eq!(normalize("127.0.0.1:5000/a:t"), "127.0.0.1:5000/a:t");
        assert_eq!(normalize("localhost/x"), "localhost/x:latest");
        assert_eq!(normalize("team/x"), "localhost/team/x:latest");
    }

    #[test]
    fn empty_list_prints_null_manifests() {
        let i = ImageIndex { schema_version: 2, media_type: Some(manifest::DOCKER_LIST.into()), manifests: vec![], annotations: None };
        let v = index_json(&i);
        assert_eq!(v["manifests"], serde_json::Value::Null);
        assert_eq!(v["schemaVersion"], 2);
        assert_eq!(v["mediaType"], manifest::DOCKER_LIST);
    }
}
