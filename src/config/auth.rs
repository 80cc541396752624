//! Registry credentials in the files podman and docker share: podman's
//! `auth.json` and docker's `config.json` (same `{"auths": {...}}` layout),
//! plus the legacy `~/.dockercfg` (the `auths` map at the top level).
//!
//! Lookup follows podman: the first file (in [`search_paths`] order) that has
//! credentials for the registry wins, and within a file the most specific key
//! wins (`reg/ns/repo` before `reg/ns` before `reg`), so a user can hold
//! different accounts for different namespaces of one registry.
//!
//! Keys are compared after normalisation: docker writes
//! `https://index.docker.io/v1/`, podman writes `docker.io`; both mean the same
//! registry, and a file written by either tool must work.

use crate::util::atomic;
use crate::util::lock::FileLock;
use anyhow::{bail, Context, Result};
use base64::Engine as _;
use serde_json::{Map, Value};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

pub use crate::util::credentials::Credentials;

/// The key docker uses for Docker Hub (and passes to credential helpers).
const DOCKER_HUB_LEGACY_KEY: &str = "https://index.docker.io/v1/";

fn env_path(var: &str) -> Option<PathBuf> {
    std::env::var_os(var)
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
}

fn home() -> Option<PathBuf> {
    env_path("HOME")
}

fn xdg_config_auth() -> Option<PathBuf> {
    env_path("XDG_CONFIG_HOME")
        .filter(|p| p.is_absolute())
        .or_else(|| home().map(|h| h.join(".config")))
        .map(|d| d.join("containers/auth.json"))
}

fn runtime_auth() -> Option<PathBuf> {
    env_path("XDG_RUNTIME_DIR")
        .filter(|p| p.is_absolute())
        .map(|d| d.join("containers/auth.json"))
}

/// Where `login` writes: `$REGISTRY_AUTH_FILE`, else podman's
/// `$XDG_RUNTIME_DIR/containers/auth.json`, else
/// `$XDG_CONFIG_HOME/containers/auth.json` (`~/.config` by default).
pub fn default_auth_file() -> PathBuf {
    env_path("REGISTRY_AUTH_FILE")
        .or_else(runtime_auth)
        .or_else(xdg_config_auth)
        .unwrap_or_else(|| PathBuf::from("containers/auth.json"))
}

/// The files searched for credentials, in podman's order.
pub fn search_paths() -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut push = |p: Option<PathBuf>| {
        if let Some(p) = p {
            if !out.contains(&p) {
                out.push(p);
            }
        }
    };
    push(env_path("REGISTRY_AUTH_FILE"));
    push(runtime_auth());
    push(xdg_config_auth());
    push(
        env_path("DOCKER_CONFIG")
            .map(|d| d.join("config.json"))
            .or_else(|| home().map(|h| h.join(".docker/config.json"))),
    );
    push(home().map(|h| h.join(".dockercfg")));
    out
}

/// Credentials for `repo` on `registry` from the default files.
pub fn lookup(registry: &str, repo: &str) -> Result<Option<Credentials>> {
    lookup_in(&search_paths(), registry, repo)
}

/// Credentials for `repo` on `registry` from `files`; missing files are skipped.
pub fn lookup_in(files: &[PathBuf], registry: &str, repo: &str) -> Result<Option<Credentials>> {
    for file in files {
        let Some(doc) = read_doc(file)? else { continue };
        if let Some(c) = lookup_doc(&doc, file, registry, repo)? {
            return Ok(Some(c));
        }
    }
    Ok(None)
}

/// Reads a credentials file; `None` when it does not exist.
fn read_doc(file: &Path) -> Result<Option<Map<String, Value>>> {
    let data = match std::fs::read(file) {
        Ok(d) => d,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return Err(e).with_context(|| format!("reading credentials file {}", file.display()))
        }
    };
    if data.iter().all(u8::is_ascii_whitespace) {
        return Ok(Some(Map::new()));
    }
    match serde_json::from_slice::<Value>(&data) {
        Ok(Value::Object(m)) => Ok(Some(m)),
        Ok(_) => bail!(
            "credentials file {} is not a JSON object (fix or remove it)",
            file.display()
        ),
        Err(e) => bail!(
            "credentials file {} is not valid JSON: {e} (fix or remove it)",
            file.display()
        ),
    }
}

/// The legacy `~/.dockercfg` keeps entries at the top level.
fn is_legacy(file: &Path) -> bool {
    file.file_name().is_some_and(|n| n == ".dockercfg")
}

fn lookup_doc(
    doc: &Map<String, Value>,
    file: &Path,
    registry: &str,
    repo: &str,
) -> Result<Option<Credentials>> {
    let auths = if is_legacy(file) {
        Some(doc)
    } else {
        doc.get("auths").and_then(Value::as_object)
    };
    let reg = normalize_key(registry);
    let candidates = candidate_keys(&reg, repo);

    // A per-registry helper overrides everything else in this file (docker and podman agree).
    if let Some(helpers) = doc.get("credHelpers").and_then(Value::as_object) {
        if let Some((key, name)) = helpers.iter().find(|(k, _)| normalize_key(k) == reg) {
            let name = name.as_str().unwrap_or_default();
            return run_helper(name, &helper_server(key), true);
        }
    }

    let mut placeholder = false;
    if let Some(auths) = auths {
        for cand in &candidates {
            // Several spellings may normalise to one key; the first with secrets wins.
            for (key, entry) in auths.iter().filter(|(k, _)| &normalize_key(k) == cand) {
                match decode_entry(entry)
                    .with_context(|| format!("credentials for {key:?} in {}", file.display()))?
                {
                    Some(c) => return Ok(Some(c)),
                    None => placeholder = true,
                }
            }
        }
    }

    // docker's `credsStore` holds every registry's secrets, leaving only `{}`
    // placeholders in `auths`. When the helper is missing we only fail if the
    // file says the user logged in to this registry through it; otherwise a
    // config copied from a desktop machine would break anonymous pulls.
    if let Some(store) = doc
        .get("credsStore")
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
    {
        let server = if reg == "docker.io" {
            DOCKER_HUB_LEGACY_KEY.to_string()
        } else {
            reg.clone()
        };
        return run_helper(store, &server, placeholder);
    }
    Ok(None)
}

/// The server string a helper expects: docker's legacy URL for Docker Hub.
fn helper_server(key: &str) -> String {
    if normalize_key(key) == "docker.io" && !key.contains("://") {
        DOCKER_HUB_LEGACY_KEY.to_string()
    } else {
        key.to_string()
    }
}

/// `reg/ns/repo`, `reg/ns`, `reg`: most specific first.
fn candidate_keys(reg: &str, repo: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut path = repo.trim_matches('/').to_string();
    while !path.is_empty() {
        out.push(format!("{reg}/{path}"));
        path = match path.rsplit_once('/') {
            Some((head, _)) => head.to_string(),
            None => String::new(),
        };
    }
    out.push(reg.to_string());
    out
}

/// Strips a scheme, a trailing slash and a `/v1`/`/v2` API suffix, and maps
/// Docker Hub's host names to `docker.io`.
pub fn normalize_key(key: &str) -> String {
    let mut k = key.trim();
    for scheme in ["https://", "http://"] {
        if let Some(rest) = k.strip_prefix(scheme) {
            k = rest;
        }
    }
    let mut k = k.trim_end_matches('/');
    for suffix in ["/v1", "/v2"] {
        if let Some(rest) = k.strip_suffix(suffix) {
            k = rest;
        }
    }
    let (host, rest) = match k.split_once('/') {
        Some((h, r)) => (h, Some(r)),
        None => (k, None),
    };
    let host = match host {
        "index.docker.io" | "registry-1.docker.io" => "docker.io",
        h => h,
    };
    match rest {
        Some(r) if !r.is_empty() => format!("{host}/{r}"),
        _ => host.to_string(),
    }
}

/// Decodes one `auths` entry; `None` for an entry without secrets.
fn decode_entry(entry: &Value) -> Result<Option<Credentials>> {
    let Some(obj) = entry.as_object() else {
        bail!("the entry is not a JSON object");
    };
    let text = |k: &str| {
        obj.get(k)
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
    };
    let identity_token = text("identitytoken");
    if let Some(auth) = text("auth") {
        let raw = base64::engine::general_purpose::STANDARD
            .decode(auth.trim())
            .context("the \"auth\" field is not valid base64")?;
        let raw = String::from_utf8(raw).context("the \"auth\" field is not UTF-8")?;
        let Some((user, pass)) = raw.split_once(':') else {
            bail!("the \"auth\" field does not decode to USER:PASSWORD");
        };
        return Ok(Some(Credentials {
            username: user.to_string(),
            password: pass.trim_end_matches('\n').to_string(),
            identity_token,
        }));
    }
    let username = text("username");
    let password = text("password");
    if username.is_some() || password.is_some() || identity_token.is_some() {
        return Ok(Some(Credentials {
            username: username.unwrap_or_default(),
            password: password.unwrap_or_default(),
            identity_token,
        }));
    }
    Ok(None)
}

/// Runs `docker-credential-NAME get` with the server on stdin.
///
/// `required` says what a missing helper means: an error (the file says the
/// secrets live there) or no credentials.
fn run_helper(name: &str, server: &str, required: bool) -> Result<Option<Credentials>> {
    if name.is_empty() || name.contains('/') {
        bail!("invalid credential helper name {name:?} in the credentials file");
    }
    let program = format!("docker-credential-{name}");
    let mut child = match Command::new(&program)
        .arg("get")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
    {
        Ok(c) => c,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            if required {
                bail!("credential helper {program} is configured for {server} but is not installed (install it, or remove the entry from your credentials file)");
            }
            return Ok(None);
        }
        Err(e) => return Err(e).with_context(|| format!("running credential helper {program}")),
    };
    if let Some(mut stdin) = child.stdin.take() {
        // A helper that exits without reading makes this fail; its exit status tells more.
        let _ = stdin.write_all(server.as_bytes());
    }
    let out = child
        .wait_with_output()
        .with_context(|| format!("running credential helper {program}"))?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    if !out.status.success() {
        // The helper protocol's way of saying "nothing stored".
        if stdout.contains("credentials not found") {
            return Ok(None);
        }
        let msg = if stdout.trim().is_empty() {
            String::from_utf8_lossy(&out.stderr).trim().to_string()
        } else {
            stdout.trim().to_string()
        };
        bail!("credential helper {program} failed for {server}: {msg}");
    }
    let v: Value = serde_json::from_str(&stdout)
        .with_context(|| format!("credential helper {program} printed invalid JSON"))?;
    let field = |k: &str| {
        v.get(k)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string()
    };
    let (user, secret) = (field("Username"), field("Secret"));
    if user.is_empty() && secret.is_empty() {
        return Ok(None);
    }
    // Helpers store identity tokens under the pseudo-user "<token>".
    if user == "<token>" {
        return Ok(Some(Credentials {
            username: String::new(),
            password: String::new(),
            identity_token: Some(secret),
        }));
    }
    Ok(Some(Credentials {
        username: user,
        password: secret,
        identity_token: None,
    }))
}

/// A lock beside the file: the file itself is replaced by rename on every
/// write, so locking it would not exclude a concurrent writer.
fn lock_for(path: &Path) -> Result<FileLock> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "auth.json".into());
    let dir = path.parent().unwrap_or_else(|| Path::new("."));
    FileLock::exclusive(&dir.join(format!(".{name}.lock")))
}

fn ensure_dir(path: &Path) -> Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)
            .with_context(|| format!("creating {}", dir.display()))?;
    }
    Ok(())
}

/// Read-modify-write of a credentials file under its lock. `edit` returns
/// whether it changed anything; unchanged files are not rewritten.
fn modify(path: &Path, edit: impl FnOnce(&mut Map<String, Value>) -> Result<bool>) -> Result<bool> {
    ensure_dir(path)?;
    let _lock = lock_for(path)?;
    let mut doc = read_doc(path)?.unwrap_or_default();
    if !edit(&mut doc)? {
        return Ok(false);
    }
    let mut data = serde_json::to_vec_pretty(&Value::Object(doc))?;
    data.push(b'\n');
    atomic::write_file(path, &data, 0o600)?;
    Ok(true)
}

fn auths_mut<'a>(
    doc: &'a mut Map<String, Value>,
    path: &Path,
) -> Result<&'a mut Map<String, Value>> {
    let auths = doc
        .entry("auths")
        .or_insert_with(|| Value::Object(Map::new()));
    match auths.as_object_mut() {
        Some(m) => Ok(m),
        None => bail!(
            "credentials file {}: \"auths\" is not a JSON object (fix or remove it)",
            path.display()
        ),
    }
}

/// Saves `creds` under `key` in `file` (default: [`default_auth_file`]);
/// other spellings of the same key are replaced so they cannot shadow it.
/// Returns the file written.
pub fn store(file: Option<&Path>, key: &str, creds: &Credentials) -> Result<PathBuf> {
    let path = file
        .map(Path::to_path_buf)
        .unwrap_or_else(default_auth_file);
    let norm = normalize_key(key);
    modify(&path, |doc| {
        let auths = auths_mut(doc, &path)?;
        auths.retain(|k, _| normalize_key(k) != norm);
        let mut entry = Map::new();
        if !creds.username.is_empty() || !creds.password.is_empty() {
            let raw = format!("{}:{}", creds.username, creds.password);
            entry.insert(
                "auth".into(),
                Value::String(base64::engine::general_purpose::STANDARD.encode(raw)),
            );
        }
        if let Some(t) = &creds.identity_token {
            entry.insert("identitytoken".into(), Value::String(t.clone()));
        }
        auths.insert(key.to_string(), Value::Object(entry));
        Ok(true)
    })?;
    Ok(path)
}

/// Removes the credentials for `key` (any spelling); false if there were none.
pub fn remove(file: Option<&Path>, key: &str) -> Result<bool> {
    let path = file
        .map(Path::to_path_buf)
        .unwrap_or_else(default_auth_file);
    if !path.exists() {
        return Ok(false);
    }
    let norm = normalize_key(key);
    modify(&path, |doc| {
        let Some(auths) = doc.get_mut("auths").and_then(Value::as_object_mut) else {
            return Ok(false);
        };
        let before = auths.len();
        auths.retain(|k, _| normalize_key(k) != norm);
        Ok(auths.len() != before)
    })
}

/// Removes every stored credential, keeping other settings (helpers, etc.).
pub fn remove_all(file: Option<&Path>) -> Result<()> {
    let path = file
        .map(Path::to_path_buf)
        .unwrap_or_else(default_auth_file);
    if !path.exists() {
        return Ok(());
    }
    modify(&path, |doc| {
        let had = doc
            .get("auths")
            .and_then(Value::as_object)
            .is_some_and(|m| !m.is_empty());
        if had {
            doc.insert("auths".into(), Value::Object(Map::new()));
        }
        Ok(had)
    })?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn b64(s: &str) -> String {
        base64::engine::general_purpose::STANDARD.encode(s)
    }

    fn write(dir: &Path, name: &str, v: Value) -> PathBuf {
        let p = dir.join(name);
        std::fs::write(&p, v.to_string()).unwrap();
        p
    }

    #[test]
    fn key_normalisation() {
        assert_eq!(normalize_key("https://index.docker.io/v1/"), "docker.io");
        assert_eq!(normalize_key("registry-1.docker.io"), "docker.io");
        assert_eq!(normalize_key("http://quay.io/v2/"), "quay.io");
        assert_eq!(normalize_key("quay.io/ns/repo"), "quay.io/ns/repo");
        assert_eq!(normalize_key("localhost:5000/"), "localhost:5000");
        assert_eq!(candidate_keys("r", "a/b"), vec!["r/a/b", "r/a", "r"]);
    }

    #[test]
    fn most_specific_key_wins() {
        let d = tempfile::tempdir().unwrap();
        let f = write(
            d.path(),
            "auth.json",
            serde_json::json!({"auths": {
                "quay.io": {"auth": b64("reg:1")},
                "quay.io/ns": {"auth": b64("ns:2")},
                "quay.io/ns/app": {"username": "app", "password": "3"},
            }}),
        );
        let get = |repo: &str| {
            lookup_in(std::slice::from_ref(&f), "quay.io", repo)
                .unwrap()
                .unwrap()
                .username
        };
        assert_eq!(get("ns/app"), "app");
        assert_eq!(get("ns/other"), "ns");
        assert_eq!(get("other/x"), "reg");
        assert!(lookup_in(std::slice::from_ref(&f), "ghcr.io", "x")
            .unwrap()
            .is_none());
    }

    #[test]
    fn docker_hub_spellings_and_file_order() {
        let d = tempfile::tempdir().unwrap();
        let missing = d.path().join("missing.json");
        let docker = write(
            d.path(),
            "config.json",
            serde_json::json!({"auths": {DOCKER_HUB_LEGACY_KEY: {"auth": b64("hub:p:w")}}}),
        );
        let podman = write(
            d.path(),
            "auth.json",
            serde_json::json!({"auths": {"quay.io": {"auth": b64("q:x")}}}),
        );
        let files = [missing, podman.clone(), docker.clone()];
        let c = lookup_in(&files, "docker.io", "library/alpine")
            .unwrap()
            .unwrap();
        assert_eq!((c.username.as_str(), c.password.as_str()), ("hub", "p:w"));
        // The first file with a match wins.
        let podman2 = write(
            d.path(),
            "auth2.json",
            serde_json::json!({"auths": {"docker.io": {"auth": b64("first:1")}}}),
        );
        let c = lookup_in(&[podman2, docker], "registry-1.docker.io", "library/alpine")
            .unwrap()
            .unwrap();
        assert_eq!(c.username, "first");
    }

    #[test]
    fn legacy_dockercfg_and_identity_token() {
        let d = tempfile::tempdir().unwrap();
        let f = write(
            d.path(),
            ".dockercfg",
            serde_json::json!({"https://example.com": {"auth": b64("old:pw"), "email": "x"}}),
        );
        assert_eq!(
            lookup_in(&[f], "example.com", "a")
                .unwrap()
                .unwrap()
                .username,
            "old"
        );
        let f = write(
            d.path(),
            "auth.json",
            serde_json::json!({"auths": {"example.com": {"identitytoken": "tok"}}}),
        );
        assert_eq!(
            lookup_in(&[f], "example.com", "a")
                .unwrap()
                .unwrap()
                .identity_token
                .as_deref(),
            Some("tok")
        );
    }

    #[test]
    fn malformed_file_is_named() {
        let d = tempfile::tempdir().unwrap();
        let f = d.path().join("auth.json");
        std::fs::write(&f, "{not json").unwrap();
        let err = lookup_in(std::slice::from_ref(&f), "quay.io", "x")
            .unwrap_err()
            .to_string();
        assert!(err.contains(&f.display().to_string()), "{err}");
    }

    #[test]
    fn missing_helper_is_an_error() {
        let d = tempfile::tempdir().unwrap();
        let f = write(
            d.path(),
            "config.json",
            serde_json::json!({"credHelpers": {"quay.io": "dhow-test-no-such-helper"}}),
        );
        let err = lookup_in(std::slice::from_ref(&f), "quay.io", "x")
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("docker-credential-dhow-test-no-such-helper")
                && err.contains("not installed"),
            "{err}"
        );
        // A global store that is missing does not break registries it never held.
        let f = write(
            d.path(),
            "config2.json",
            serde_json::json!({"credsStore": "dhow-test-no-such-helper"}),
        );
        assert!(lookup_in(&[f], "quay.io", "x").unwrap().is_none());
    }

    #[test]
    fn store_remove_round_trip() {
        let d = tempfile::tempdir().unwrap();
        let f = d.path().join("sub/auth.json");
        std::fs::create_dir_all(f.parent().unwrap()).unwrap();
        std::fs::write(&f, r#"{"auths": {"https://index.docker.io/v1/": {"auth": "b2xkOm9sZA=="}}, "credHelpers": {"x.io": "y"}}"#).unwrap();
        let creds = Credentials {
            username: "u".into(),
            password: "p:q".into(),
            identity_token: None,
        };
        let written = store(Some(&f), "docker.io", &creds).unwrap();
        assert_eq!(written, f);
        assert_eq!(
            std::fs::metadata(&f).unwrap().permissions().mode() & 0o777,
            0o600
        );
        let got = lookup_in(std::slice::from_ref(&f), "docker.io", "library/alpine")
            .unwrap()
            .unwrap();
        assert_eq!(got, creds);
        let doc: Value = serde_json::from_slice(&std::fs::read(&f).unwrap()).unwrap();
        assert_eq!(doc["credHelpers"]["x.io"], "y", "unknown keys are kept");
        assert!(
            doc["auths"].get(DOCKER_HUB_LEGACY_KEY).is_none(),
            "the old spelling was replaced"
        );

        assert!(remove(Some(&f), "index.docker.io").unwrap());
        assert!(!remove(Some(&f), "docker.io").unwrap());
        assert!(
            lookup_in(std::slice::from_ref(&f), "docker.io", "library/alpine")
                .unwrap()
                .is_none()
        );

        store(Some(&f), "quay.io", &creds).unwrap();
        remove_all(Some(&f)).unwrap();
        assert!(lookup_in(std::slice::from_ref(&f), "quay.io", "x")
            .unwrap()
            .is_none());
    }

    #[test]
    fn store_creates_private_dir() {
        let d = tempfile::tempdir().unwrap();
        let f = d.path().join("new/containers/auth.json");
        let creds = Credentials {
            username: "u".into(),
            password: "p".into(),
            identity_token: Some("t".into()),
        };
        store(Some(&f), "localhost:5000", &creds).unwrap();
        assert_eq!(
            std::fs::metadata(f.parent().unwrap())
                .unwrap()
                .permissions()
                .mode()
                & 0o777,
            0o700
        );
        assert_eq!(
            lookup_in(&[f], "localhost:5000", "a/b").unwrap().unwrap(),
            creds
        );
    }

    #[test]
    fn debug_hides_secrets() {
        let c = Credentials {
            username: "u".into(),
            password: "hunter2".into(),
            identity_token: Some("tok123".into()),
        };
        let s = format!("{c:?}");
        assert!(!s.contains("hunter2") && !s.contains("tok123"), "{s}");
    }
}
