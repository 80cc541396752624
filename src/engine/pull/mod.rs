//! `pull`: resolve a name to registries, fetch the manifest (choosing the
//! platform from an index), then download, verify and extract the layers
//! concurrently, each in one streaming pass, and record the image.

mod layers;
pub(crate) use layers::is_transient;
pub mod progress;

use crate::engine::Engine;
use crate::image::config::ImageConfig;
use crate::image::digest::Digest;
use crate::image::manifest::{self, Parsed, Platform};
use crate::image::reference::Reference;
use crate::image::registry::{Credentials, ClientOptions, RegistryClient, RegistryError};
use crate::image::store::{ImageRecord, Store};
use anyhow::{anyhow, bail, Context, Result};
use progress::Progress;
use std::path::PathBuf;

/// Everything `pull` needs to know, built by the CLI from its flags.
#[derive(Debug, Clone)]
pub struct PullOptions {
    pub image: String,
    /// `Some(false)` allows plain HTTP and unverified TLS; `Some(true)` forbids
    /// it even where registries.conf or a loopback address would allow it.
    pub tls_verify: Option<bool>,
    pub authfile: Option<PathBuf>,
    pub creds: Option<(String, String)>,
    pub platform: Platform,
    pub quiet: bool,
}

impl PullOptions {
    /// The defaults: registries.conf's TLS rule, the usual auth files, this
    /// machine's platform (the CLI's flags change them:
    /// `cli::args::pull_options`).
    pub fn new(image: &str, quiet: bool) -> PullOptions {
        PullOptions { image: image.to_string(), tls_verify: None, authfile: None, creds: None, platform: Platform::host(), quiet }
    }
}

/// The outcome of a pull.
#[derive(Debug, Clone)]
pub struct Pulled {
    pub id: Digest,
    pub name: String,
}

/// Pulls `opts.image`. A short name is tried on each candidate registry in
/// turn (registries.conf aliases, then search registries); a full name on its
/// mirrors, then itself.
pub fn pull(engine: &Engine, opts: &PullOptions) -> Result<Pulled> {
    let store = engine.store()?;
    store.sweep();
    let r = pull_into(engine, &store, opts);
    if r.is_err() {
        // Layers published before a later one was refused (or the
        // connection dropped) belong to no image: a failed pull leaves no
        // garbage behind (a retry re-fetches them).
        let _ = crate::engine::images::collect_garbage(&store);
    }
    r
}

fn pull_into(engine: &Engine, store: &Store, opts: &PullOptions) -> Result<Pulled> {
    let progress = Progress::new(opts.quiet);
    let candidates = if Reference::is_short_name(&opts.image) {
        engine.registries()?.resolve_short_name(&opts.image)?
    } else {
        vec![Reference::parse(&opts.image).map_err(|e| anyhow!("{e}: {:?}", opts.image))?]
    };
    let mut errors = Vec::new();
    for candidate in &candidates {
        progress.line(&format!("Trying to pull {candidate}..."));
        match pull_candidate(engine, store, candidate, opts, &progress) {
            Ok(p) => {
                crate::engine::events::emit(&engine.paths, crate::engine::events::Event::image("pull", &p.id.to_string(), &p.name));
                return Ok(p);
            }
            // Only "not there" moves on to the next search registry; anything else
            // (bad data, disk full) must stop the pull.
            Err(e) if candidates.len() > 1 && is_absent(&e) => errors.push(format!("{candidate}: {e:#}")),
            Err(e) => return Err(e.context(format!("pulling {candidate}"))),
        }
    }
    bail!("{} was not found in any search registry:\n  {}", opts.image, errors.join("\n  "))
}

fn is_absent(err: &anyhow::Error) -> bool {
    err.chain().any(|c| {
        matches!(
            c.downcast_ref::<RegistryError>(),
            Some(RegistryError::ManifestUnknown { .. } | RegistryError::Unauthorized { .. } | RegistryError::UnknownHost { .. } | RegistryError::ConnectionRefused { .. })
        )
    })
}

fn pull_candidate(engine: &Engine, store: &Store, name: &Reference, opts: &PullOptions, progress: &Progress) -> Result<Pulled> {
    let registries = engine.registries()?;
    let endpoints = registries.endpoints(name)?;
    let mut last = None;
    for ep in &endpoints {
        let insecure = match opts.tls_verify {
            Some(v) => !v,
            None => ep.insecure || is_loopback(&ep.reference.registry),
        };
        match pull_from(store, &ep.reference, name, insecure, opts, progress) {
            Ok(p) => return Ok(p),
            Err(e) if ep.is_mirror => {
                progress.line(&format!("Mirror {} failed, trying the next source: {e:#}", ep.reference.registry));
                last = Some(e);
            }
            Err(e) => return Err(e),
        }
    }
    Err(last.unwrap_or_else(|| anyhow!("no registry to pull {name} from")))
}

/// docker treats registries on the loopback interface as insecure by default.
pub fn is_loopback(registry: &str) -> bool {
    let host = if let Some(rest) = registry.strip_prefix('[') {
        rest.split(']').next().unwrap_or("")
    } else {
        registry.split(':').next().unwrap_or("")
    };
    host == "localhost" || host.starts_with("127.") || host == "::1"
}

/// Credentials for a registry: `--creds`, else the auth files.
pub fn credentials(opts_creds: &Option<(String, String)>, authfile: &Option<PathBuf>, registry: &str, repository: &str) -> Result<Option<Credentials>> {
    if let Some((u, p)) = opts_creds {
        return Ok(Some(Credentials { username: u.clone(), password: p.clone(), identity_token: None }));
    }
    let found = match authfile {
        Some(f) => crate::config::auth::lookup_in(&[f.clone()], registry, repository)?,
        None => crate::config::auth::lookup(registry, repository)?,
    };
    Ok(found)
}

/// Fetches from one source and records the image under `name`.
fn pull_from(store: &Store, source: &Reference, name: &Reference, insecure: bool, opts: &PullOptions, progress: &Progress) -> Result<Pulled> {
    let auth = credentials(&opts.creds, &opts.authfile, &source.registry, &source.repository)?;
    let client = RegistryClient::new(
        &source.api_registry(),
        ClientOptions { insecure, auth, user_agent: format!("dhow/{}", env!("CARGO_PKG_VERSION")), retries: 3 },
    )?;
    let repo = source.repository.as_str();
    let top = client.get_manifest(repo, &source.reference_for_api())?;
    let (manifest_bytes, manifest_digest, manifest_type, manifest) = match manifest::parse(&top.bytes, &top.media_type)? {
        Parsed::Image(m) => (top.bytes.clone(), top.digest.clone(), top.media_type.clone(), m),
        Parsed::Index(index) => {
            let entry = index.select(&opts.platform)?;
            let inner = client.get_manifest(repo, &entry.digest.to_string())?;
            match manifest::parse(&inner.bytes, &inner.media_type)? {
                Parsed::Image(m) => (inner.bytes, inner.digest, inner.media_type, m),
                Parsed::Index(_) => bail!("the index entry for {} is itself an index; nested indexes are not supported", opts.platform),
            }
        }
    };
    progress.line("Getting image source signatures");
    let config_bytes = fetch_config(store, &client, repo, &manifest.config.digest)?;
    let config = ImageConfig::parse(&config_bytes)?;
    if config.rootfs.diff_ids.len() != manifest.layers.len() {
        bail!(
            "image is inconsistent: its manifest lists {} layers but its configuration {} (the image is damaged; re-push it)",
            manifest.layers.len(),
            config.rootfs.diff_ids.len()
        );
    }
    let layers = layers::fetch_all(store, &client, repo, &manifest.layers, &config.rootfs.diff_ids, progress)?;
    progress.line(&format!("Copying config {} done", manifest.config.digest.short()));
    progress.line("Writing manifest to image destination");
    store.put_blob(&manifest_bytes, Some(&manifest_digest))?;
    if top.digest != manifest_digest {
        store.put_blob(&top.bytes, Some(&top.digest))?;
    }
    let repo_name = format!("{}/{}", name.registry, name.repository);
    let mut repo_digests = vec![format!("{repo_name}@{}", top.digest)];
    if top.digest != manifest_digest {
        repo_digests.push(format!("{repo_name}@{manifest_digest}"));
    }
    let record_name = match (&name.tag, &name.digest) {
        (Some(t), _) => Some(format!("{repo_name}:{t}")),
        (None, Some(_)) => None,
        (None, None) => Some(format!("{repo_name}:latest")),
    };
    let record = ImageRecord {
        id: manifest.config.digest.clone(),
        names: record_name.iter().cloned().collect(),
        repo_digests,
        manifest: manifest_digest,
        manifest_media_type: if manifest_type.is_empty() { manifest.media_type.clone().unwrap_or_default() } else { manifest_type },
        size: layers.iter().map(|l| l.size).sum(),
        layers,
        created: config.created_time(),
        architecture: config.architecture.clone(),
        os: config.os.clone(),
        added: chrono::Utc::now(),
        names_history: vec![],
    };
    record_image(store, record.clone())?;
    Ok(Pulled { id: record.id, name: record_name.unwrap_or_else(|| source.to_string()) })
}

/// Stores the config blob (small: read whole, verified, capped).
fn fetch_config(store: &Store, client: &RegistryClient, repo: &str, digest: &Digest) -> Result<Vec<u8>> {
    if store.has_blob(digest) {
        return store.read_blob(digest);
    }
    use std::io::Read;
    let mut body = Vec::new();
    client
        .get_blob(repo, digest)?
        .take(64 << 20)
        .read_to_end(&mut body)
        .with_context(|| format!("downloading image configuration {digest}"))?;
    store.put_blob(&body, Some(digest)).with_context(|| format!("image configuration {digest}"))?;
    Ok(body)
}

/// Records the image, first checking under the images lock that its layers are
/// still there (a concurrent `rmi` may have collected one).
fn record_image(store: &Store, record: ImageRecord) -> Result<()> {
    let _guard = store.lock("images-gc")?;
    for l in &record.layers {
        if !store.has_layer(&l.diff_id) {
            bail!("layer {} was removed by another dhow command during the pull; pull again", l.diff_id);
        }
    }
    store.add_image(record)
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn loopback_registries() {
        assert!(is_loopback("127.0.0.1:5000"));
        assert!(is_loopback("localhost"));
        assert!(is_loopback("[::1]:5000"));
        assert!(!is_loopback("docker.io"));
        assert!(!is_loopback("127x.example.com"));
    }
}
