//! podman's `registries.conf`: where short names are searched, which registries
//! are insecure or blocked, mirrors and location rewrites, and short-name aliases.
//!
//! dhow reads the same files as podman so one configuration serves both tools:
//! `$CONTAINERS_REGISTRIES_CONF` alone if set; otherwise the per-user file if it
//! exists, else the system file, each followed by its `registries.conf.d/*.conf`
//! drop-ins in lexical order, later files overriding earlier ones. The v2 TOML
//! format is the main one; the deprecated v1 lists (`[registries.search]` ...)
//! are read too. Keys dhow does not use (credential helpers, signature settings,
//! ...) are ignored rather than refused, since real files carry many of them.

use crate::image::reference::Reference;
use anyhow::{anyhow, bail, Context, Result};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fs;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};

/// The system-wide file, used when there is no per-user file.
const SYSTEM_FILE: &str = "/etc/containers/registries.conf";
/// Where the format is documented, for error messages.
const MAN_PAGE: &str = "containers-registries.conf(5)";

/// The merged configuration.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RegistriesConf {
    /// Registries (`host[:port]`) a short name is tried on, in order.
    pub unqualified_search_registries: Vec<String>,
    /// `[[registry]]` tables; at most one per prefix.
    pub registries: Vec<RegistryEntry>,
    /// Short name (no registry, tag or digest) → fully qualified name. An empty
    /// value erases the alias when merged over an earlier file.
    pub aliases: BTreeMap<String, String>,
    /// `enforcing`, `permissive` or `disabled`; recorded, but dhow never prompts.
    pub short_name_mode: Option<String>,
    /// The file that set `unqualified_search_registries`; `None` when no file
    /// set the key. A drop-in replaces the list only when it sets the key (even
    /// to `[]`), as in podman, so presence must be tracked separately from emptiness.
    pub search_origin: Option<PathBuf>,
}

/// One `[[registry]]` table.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RegistryEntry {
    /// What the image name must start with: `host[:port][/path][:tag|@digest]`
    /// or `*.domain` (any subdomain of `domain`). Defaults to `location`.
    pub prefix: String,
    /// Where the `prefix` namespace really lives; empty only for `*.` prefixes,
    /// meaning "the name's own registry".
    pub location: String,
    pub insecure: bool,
    pub blocked: bool,
    /// Tried in order before `location`.
    pub mirrors: Vec<Mirror>,
    /// `mirror-by-digest-only`: mirrors are used only for references with a digest.
    pub mirror_by_digest_only: bool,
    /// The file this table came from, named in errors.
    pub origin: PathBuf,
}

/// One `[[registry.mirror]]` table.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Mirror {
    pub location: String,
    pub insecure: bool,
    /// `pull-from-mirror`: `all` (default), `digest-only` or `tag-only`.
    pub pull_from_mirror: Option<String>,
}

/// One place to pull a reference from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    /// The reference as this endpoint knows it (rewritten by `location`).
    pub reference: Reference,
    /// Plain HTTP / unverified TLS allowed.
    pub insecure: bool,
    /// A mirror: its failure should fall through to the next endpoint.
    pub is_mirror: bool,
}

// ---- the file format, as serde sees it ----

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
struct RawFile {
    unqualified_search_registries: Option<Vec<String>>,
    short_name_mode: Option<String>,
    #[serde(default)]
    registry: Vec<RawRegistry>,
    aliases: Option<BTreeMap<String, String>>,
    /// The v1 format's `[registries.search]`, `[registries.insecure]`, `[registries.block]`.
    registries: Option<RawV1>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
struct RawRegistry {
    #[serde(default)]
    prefix: String,
    #[serde(default)]
    location: String,
    #[serde(default)]
    insecure: bool,
    #[serde(default)]
    blocked: bool,
    #[serde(default)]
    mirror: Vec<RawMirror>,
    #[serde(default)]
    mirror_by_digest_only: bool,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
struct RawMirror {
    #[serde(default)]
    location: String,
    #[serde(default)]
    insecure: bool,
    pull_from_mirror: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
struct RawV1 {
    search: Option<RawV1List>,
    insecure: Option<RawV1List>,
    block: Option<RawV1List>,
}

#[derive(Debug, Default, Deserialize)]
struct RawV1List {
    #[serde(default)]
    registries: Vec<String>,
}

impl RegistriesConf {
    /// Loads the configuration podman would use (see the module docs). Missing
    /// files count as empty; unreadable or malformed ones are errors that name the file.
    pub fn load() -> Result<RegistriesConf> {
        let (main, dropin_dirs) = config_locations();
        Self::load_from(&main, &dropin_dirs)
    }

    /// Loads `main`, then every `*.conf` in each of `dropin_dirs` (each directory
    /// in lexical order), merging later over earlier.
    pub fn load_from(main: &Path, dropin_dirs: &[PathBuf]) -> Result<RegistriesConf> {
        let mut conf = Self::load_file(main)?.unwrap_or_default();
        for dir in dropin_dirs {
            let entries = match fs::read_dir(dir) {
                Ok(e) => e,
                Err(e) if e.kind() == ErrorKind::NotFound => continue,
                Err(e) => return Err(e).with_context(|| format!("reading registries.conf drop-in directory {}", dir.display())),
            };
            let mut files: Vec<PathBuf> = entries.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "conf") && p.is_file()).collect();
            files.sort();
            for f in files {
                if let Some(c) = Self::load_file(&f)? {
                    conf.merge(c);
                }
            }
        }
        // Erasing entries have done their job once every file is merged.
        conf.aliases.retain(|_, v| !v.is_empty());
        Ok(conf)
    }

    /// Reads and parses one file; `None` if it does not exist.
    fn load_file(path: &Path) -> Result<Option<RegistriesConf>> {
        match fs::read_to_string(path) {
            Ok(text) => Self::parse(&text, path).map(Some),
            Err(e) if e.kind() == ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e).with_context(|| format!("reading registries configuration {}", path.display())),
        }
    }

    /// Parses one file's text; `origin` is named in errors and recorded on entries.
    pub fn parse(text: &str, origin: &Path) -> Result<RegistriesConf> {
        let raw: RawFile = toml::from_str(text).map_err(|e| {
            let line = e.span().map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1);
            let at = line.map(|l| format!(", line {l}")).unwrap_or_default();
            anyhow!(
                "invalid registries configuration {}{at}: {}\nfix the file (its format is described in {MAN_PAGE}) or remove it",
                origin.display(),
                e.message().trim_end()
            )
        })?;
        let bad = |what: String| anyhow!("invalid registries configuration {}: {what}", origin.display());

        if raw.registries.is_some() && (raw.unqualified_search_registries.is_some() || !raw.registry.is_empty() || raw.aliases.is_some()) {
            return Err(bad(format!(
                "it mixes the v1 format ([registries.search] ...) with the v2 format (unqualified-search-registries, [[registry]], [aliases]); convert it to v2 as described in {MAN_PAGE}"
            )));
        }

        let mut conf = RegistriesConf { short_name_mode: raw.short_name_mode.filter(|m| !m.is_empty()), ..Default::default() };
        if let Some(mode) = &conf.short_name_mode {
            if !matches!(mode.as_str(), "enforcing" | "permissive" | "disabled") {
                return Err(bad(format!("short-name-mode {mode:?} is not one of \"enforcing\", \"permissive\", \"disabled\"")));
            }
        }

        if let Some(v1) = raw.registries {
            if let Some(search) = v1.search {
                conf.unqualified_search_registries = search.registries;
                conf.search_origin = Some(origin.to_path_buf());
            }
            let insecure = v1.insecure.map(|l| l.registries).unwrap_or_default();
            let block = v1.block.map(|l| l.registries).unwrap_or_default();
            for (loc, is_insecure) in insecure.into_iter().map(|l| (l, true)).chain(block.into_iter().map(|l| (l, false))) {
                let loc = clean_location(&loc).map_err(bad)?;
                let idx = match conf.registries.iter().position(|e| e.prefix == loc) {
                    Some(i) => i,
                    None => {
                        conf.registries.push(RegistryEntry { prefix: loc.clone(), location: loc, origin: origin.to_path_buf(), ..Default::default() });
                        conf.registries.len() - 1
                    }
                };
                if is_insecure {
                    conf.registries[idx].insecure = true;
                } else {
                    conf.registries[idx].blocked = true;
                }
            }
        }

        if let Some(search) = raw.unqualified_search_registries {
            conf.unqualified_search_registries = search;
            conf.search_origin = Some(origin.to_path_buf());
        }
        for reg in &conf.unqualified_search_registries {
            let probe = format!("{reg}/x");
            if reg.is_empty() || reg.contains('/') || Reference::is_short_name(&probe) || Reference::parse(&probe).is_err() {
                return Err(bad(format!(
                    "unqualified-search-registries entry {reg:?} is not a registry host (expected host[:port] such as \"docker.io\" or \"127.0.0.1:5000\")"
                )));
            }
        }

        for (n, r) in raw.registry.into_iter().enumerate() {
            let which = format!("[[registry]] table #{}", n + 1);
            let location = if r.location.is_empty() { String::new() } else { clean_location(&r.location).map_err(|e| bad(format!("{which}: {e}")))? };
            let prefix = if r.prefix.is_empty() { location.clone() } else { clean_location(&r.prefix).map_err(|e| bad(format!("{which}: {e}")))? };
            if prefix.is_empty() {
                return Err(bad(format!("{which} has neither prefix nor location; set location = \"host[:port][/namespace]\"")));
            }
            let wildcard = prefix.starts_with("*.");
            if wildcard && prefix[2..].contains(['/', '*']) {
                return Err(bad(format!("{which}: wildcard prefix {prefix:?} must have the form \"*.example.com\"")));
            }
            let location = if location.is_empty() && !wildcard { prefix.clone() } else { location };
            let mut mirrors = Vec::new();
            for m in r.mirror {
                if m.location.is_empty() {
                    return Err(bad(format!("{which}: a [[registry.mirror]] has no location; set location = \"host[:port][/namespace]\"")));
                }
                let mode = m.pull_from_mirror.filter(|p| !p.is_empty());
                if let Some(p) = &mode {
                    if !matches!(p.as_str(), "all" | "digest-only" | "tag-only") {
                        return Err(bad(format!("{which}: pull-from-mirror {p:?} is not one of \"all\", \"digest-only\", \"tag-only\"")));
                    }
                }
                let location = clean_location(&m.location).map_err(|e| bad(format!("{which} mirror: {e}")))?;
                mirrors.push(Mirror { location, insecure: m.insecure, pull_from_mirror: mode });
            }
            let entry = RegistryEntry {
                prefix,
                location,
                insecure: r.insecure,
                blocked: r.blocked,
                mirrors,
                mirror_by_digest_only: r.mirror_by_digest_only,
                origin: origin.to_path_buf(),
            };
            match conf.registries.iter_mut().find(|e| e.prefix == entry.prefix) {
                Some(existing) => *existing = entry,
                None => conf.registries.push(entry),
            }
        }

        for (name, value) in raw.aliases.unwrap_or_default() {
            let plain = |s: &str| !s.contains('@') && !s.rsplit('/').next().unwrap_or("").contains(':');
            if !Reference::is_short_name(&name) || Reference::parse(&name).is_err() || !plain(&name) {
                return Err(bad(format!("[aliases] key {name:?} must be a short name (no registry, tag or digest), e.g. \"busybox\" or \"user/app\"")));
            }
            if !value.is_empty() && (Reference::is_short_name(&value) || Reference::parse(&value).is_err() || !plain(&value)) {
                return Err(bad(format!(
                    "[aliases] value {value:?} for {name:?} must be a fully qualified name without tag or digest, e.g. \"docker.io/library/busybox\""
                )));
            }
            conf.aliases.insert(name, value);
        }
        Ok(conf)
    }

    /// Merges a later file over this one, as podman does with drop-ins: tables
    /// replace tables with the same prefix, the search list and mode are replaced
    /// only if `other` set them, aliases are replaced one by one (an empty value erases).
    pub fn merge(&mut self, other: RegistriesConf) {
        for entry in other.registries {
            match self.registries.iter_mut().find(|e| e.prefix == entry.prefix) {
                Some(existing) => *existing = entry,
                None => self.registries.push(entry),
            }
        }
        if other.search_origin.is_some() {
            self.unqualified_search_registries = other.unqualified_search_registries;
            self.search_origin = other.search_origin;
        }
        if other.short_name_mode.is_some() {
            self.short_name_mode = other.short_name_mode;
        }
        for (name, value) in other.aliases {
            if value.is_empty() {
                self.aliases.remove(&name);
            } else {
                self.aliases.insert(name, value);
            }
        }
    }

    /// The `[[registry]]` table governing `r`: the one with the longest matching prefix.
    pub fn find_entry(&self, r: &Reference) -> Option<(&RegistryEntry, usize)> {
        let full = r.to_string();
        self.registries.iter().filter_map(|e| prefix_match(&full, &e.prefix).map(|len| (e, len))).max_by_key(|(e, len)| (*len, !e.prefix.starts_with("*.")))
    }

    /// Where to pull `r` from, in order: its table's mirrors (those allowed for
    /// this reference), then its location. Without a matching table, `r` itself.
    pub fn endpoints(&self, r: &Reference) -> Result<Vec<Endpoint>> {
        let Some((entry, matched)) = self.find_entry(r) else {
            return Ok(vec![Endpoint { reference: r.clone(), insecure: false, is_mirror: false }]);
        };
        if entry.blocked {
            bail!(
                "registry {} is blocked in registries.conf ({}); pulling {r} is not allowed (remove `blocked = true` from that [[registry]] table to allow it)",
                entry.prefix,
                entry.origin.display()
            );
        }
        let full = r.to_string();
        let rest = &full[matched..];
        let rewrite = |location: &str| -> Result<Reference> {
            let s = format!("{location}{rest}");
            Reference::parse(&s).map_err(|e| {
                anyhow!(
                    "registries.conf ({}): location {location:?} for prefix {:?} turns {r} into {s:?}, which is not a valid image name: {e}",
                    entry.origin.display(),
                    entry.prefix
                )
            })
        };
        let mut out = Vec::new();
        if !entry.mirror_by_digest_only || r.digest.is_some() {
            for m in &entry.mirrors {
                let allowed = match m.pull_from_mirror.as_deref() {
                    Some("digest-only") => r.digest.is_some(),
                    Some("tag-only") => r.digest.is_none(),
                    _ => true,
                };
                if allowed {
                    out.push(Endpoint { reference: rewrite(&m.location)?, insecure: m.insecure, is_mirror: true });
                }
            }
        }
        let primary = if entry.location.is_empty() { r.clone() } else { rewrite(&entry.location)? };
        out.push(Endpoint { reference: primary, insecure: entry.insecure, is_mirror: false });
        Ok(out)
    }

    /// The fully qualified candidates for a short name, in the order to try
    /// them: its alias if one is configured, else the name on each search
    /// registry (docker.io alone when none are configured, as docker would).
    /// The tag or digest the user typed is kept. A name that already has a
    /// registry is returned as is.
    pub fn resolve_short_name(&self, name: &str) -> Result<Vec<Reference>> {
        let typed = Reference::parse(name).map_err(|e| anyhow!("{e}: {name:?}"))?;
        if !Reference::is_short_name(name) {
            return Ok(vec![typed]);
        }
        let with_typed = |mut r: Reference| {
            r.tag = typed.tag.clone();
            r.digest = typed.digest.clone();
            r
        };
        // A short name has no registry, so its first ':' starts the tag.
        let path = name.split('@').next().unwrap_or(name);
        let path = path.split(':').next().unwrap_or(path);
        if let Some(alias) = self.aliases.get(path).filter(|a| !a.is_empty()) {
            let r = Reference::parse(alias).map_err(|e| anyhow!("alias {path:?} = {alias:?} in registries.conf is not a valid image name: {e}"))?;
            return Ok(vec![with_typed(r)]);
        }
        let default = [crate::image::reference::DEFAULT_REGISTRY.to_string()];
        let search = if self.unqualified_search_registries.is_empty() { &default[..] } else { &self.unqualified_search_registries[..] };
        let mut out: Vec<Reference> = Vec::new();
        for reg in search {
            let r = Reference::parse(&format!("{reg}/{path}")).map_err(|e| anyhow!("{name:?} on search registry {reg:?} is not a valid image name: {e}"))?;
            let r = with_typed(r);
            if !out.contains(&r) {
                out.push(r);
            }
        }
        Ok(out)
    }
}

/// podman's file choice: `$CONTAINERS_REGISTRIES_CONF` alone; else the user's
/// file and its drop-ins if it exists; else the system file, the system
/// drop-ins and then the user's drop-ins.
fn config_locations() -> (PathBuf, Vec<PathBuf>) {
    if let Some(p) = std::env::var_os("CONTAINERS_REGISTRIES_CONF").filter(|p| !p.is_empty()) {
        return (PathBuf::from(p), Vec::new());
    }
    let user_dir = std::env::var_os("XDG_CONFIG_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".config")))
        .map(|c| c.join("containers"));
    let system = PathBuf::from(SYSTEM_FILE);
    let system_dropins = PathBuf::from(format!("{SYSTEM_FILE}.d"));
    match user_dir {
        Some(dir) if dir.join("registries.conf").exists() => (dir.join("registries.conf"), vec![dir.join("registries.conf.d")]),
        Some(dir) => (system, vec![system_dropins, dir.join("registries.conf.d")]),
        None => (system, vec![system_dropins]),
    }
}

/// Normalises a prefix or location as written in the file: no URL scheme
/// (a common mistake), no trailing '/'.
fn clean_location(s: &str) -> std::result::Result<String, String> {
    let t = s.trim();
    if let Some((scheme, _)) = t.split_once("://") {
        return Err(format!("{s:?} has a URL scheme ({scheme}://); write it without one (host[:port][/namespace]) and use insecure = true for plain HTTP"));
    }
    Ok(t.trim_end_matches('/').to_string())
}

/// How many bytes of `full` (a reference's Display form) `prefix` matches, if
/// it matches on a boundary: the end, '/', '@', or ':' (a tag; a host-only
/// prefix `example.com` does not match `example.com:5000/...`). `*.domain`
/// matches a registry that is a subdomain of `domain`, on any port.
fn prefix_match(full: &str, prefix: &str) -> Option<usize> {
    let host_end = full.find('/').unwrap_or(full.len());
    let end = if let Some(domain) = prefix.strip_prefix("*.") {
        // The registry without port must end in ".domain".
        let host = &full[..host_end];
        let host_no_port = if host.starts_with('[') { host } else { host.split(':').next().unwrap_or(host) };
        if !host_no_port.ends_with(&format!(".{domain}")) || host_no_port.len() <= domain.len() + 1 {
            return None;
        }
        // The whole registry (with any port) is matched, so a mirror location
        // replaces all of it.
        host_end
    } else {
        if !full.starts_with(prefix) {
            return None;
        }
        prefix.len()
    };
    match full.as_bytes().get(end) {
        None | Some(b'/') | Some(b'@') => Some(end),
        // After the host a ':' is a port (different registry); after a path, a tag.
        Some(b':') if end > host_end => Some(end),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEX: &str = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    const REALISTIC: &str = r#"
# A typical Fedora-style file with a few local changes.
unqualified-search-registries = ["registry.fedoraproject.org", "quay.io", "docker.io"]
short-name-mode = "enforcing"
credential-helpers = ["containers-auth.json"]

[[registry]]
prefix = "example.com/foo"
location = "internal.example.net/bar"
insecure = false
blocked = false

[[registry.mirror]]
location = "mirror-0.local/mirror-for-foo"

[[registry.mirror]]
location = "mirror-1.local/mirrors/foo"
insecure = true

[[registry]]
location = "127.0.0.1:5000"
insecure = true

[[registry]]
prefix = "docker.io"
location = "docker.io"
mirror-by-digest-only = true
[[registry.mirror]]
location = "mirror.gcr.io"

[[registry]]
location = "evil.example.org"
blocked = true

[[registry]]
prefix = "*.corp.example"
insecure = true

[aliases]
"fedora" = "registry.fedoraproject.org/fedora"
"user/app" = "quay.io/someone/app"
"#;

    fn conf() -> RegistriesConf {
        RegistriesConf::parse(REALISTIC, Path::new("/etc/containers/registries.conf")).unwrap()
    }

    fn r(s: &str) -> Reference {
        Reference::parse(s).unwrap()
    }

    fn names(eps: &[Endpoint]) -> Vec<(String, bool, bool)> {
        eps.iter().map(|e| (e.reference.to_string(), e.insecure, e.is_mirror)).collect()
    }

    #[test]
    fn parses_realistic_file() {
        let c = conf();
        assert_eq!(c.unqualified_search_registries, ["registry.fedoraproject.org", "quay.io", "docker.io"]);
        assert_eq!(c.short_name_mode.as_deref(), Some("enforcing"));
        assert_eq!(c.registries.len(), 5);
        let foo = &c.registries[0];
        assert_eq!((foo.prefix.as_str(), foo.location.as_str()), ("example.com/foo", "internal.example.net/bar"));
        assert_eq!(foo.mirrors.len(), 2);
        assert!(!foo.mirrors[0].insecure && foo.mirrors[1].insecure);
        let local = &c.registries[1];
        assert_eq!((local.prefix.as_str(), local.insecure), ("127.0.0.1:5000", true));
        assert_eq!(c.aliases.get("fedora").map(String::as_str), Some("registry.fedoraproject.org/fedora"));
        assert_eq!(c.registries[4].location, "");
    }

    #[test]
    fn harness_file_parses() {
        let text = "# harness\nunqualified-search-registries = [\"127.0.0.1:41234\"]\n\n[[registry]]\nlocation = \"127.0.0.1:41234\"\ninsecure = true\n";
        let c = RegistriesConf::parse(text, Path::new("x.conf")).unwrap();
        let cands = c.resolve_short_name("busybox:1.36").unwrap();
        assert_eq!(cands.iter().map(|c| c.to_string()).collect::<Vec<_>>(), ["127.0.0.1:41234/busybox:1.36"]);
        let eps = c.endpoints(&cands[0]).unwrap();
        assert_eq!(names(&eps), [("127.0.0.1:41234/busybox:1.36".to_string(), true, false)]);
    }

    #[test]
    fn mirrors_then_rewritten_location() {
        let c = conf();
        let eps = c.endpoints(&r("example.com/foo/image:latest")).unwrap();
        assert_eq!(
            names(&eps),
            [
                ("mirror-0.local/mirror-for-foo/image:latest".to_string(), false, true),
                ("mirror-1.local/mirrors/foo/image:latest".to_string(), true, true),
                ("internal.example.net/bar/image:latest".to_string(), false, false),
            ]
        );
        // Boundary: example.com/foobar is not under example.com/foo.
        assert_eq!(names(&c.endpoints(&r("example.com/foobar/x")).unwrap()), [("example.com/foobar/x".to_string(), false, false)]);
        // Unknown registry: the reference itself, secure.
        assert_eq!(names(&c.endpoints(&r("quay.io/a/b")).unwrap()), [("quay.io/a/b".to_string(), false, false)]);
    }

    #[test]
    fn prefix_matching() {
        let c = conf();
        // Host-only prefix does not capture another port on the same host.
        assert!(c.endpoints(&r("127.0.0.1:5000/x")).unwrap()[0].insecure);
        assert!(!c.endpoints(&r("127.0.0.1:5001/x")).unwrap()[0].insecure);
        // Wildcard: subdomains only, the reference's own host is used.
        assert_eq!(names(&c.endpoints(&r("reg.corp.example/a")).unwrap()), [("reg.corp.example/a".to_string(), true, false)]);
        assert!(!c.endpoints(&r("corp.example/a")).unwrap()[0].insecure);
        // Longest prefix wins.
        let mut c2 = c.clone();
        c2.registries.push(RegistryEntry { prefix: "example.com/foo/special".into(), location: "special.local/s".into(), ..Default::default() });
        assert_eq!(c2.endpoints(&r("example.com/foo/special:1")).unwrap()[0].reference.to_string(), "special.local/s:1");
        assert_eq!(prefix_match("example.com/foo:1", "example.com/foo"), Some(15));
        assert_eq!(prefix_match("example.com:5000/foo", "example.com"), None);
        assert_eq!(prefix_match("a.example.com:5000/foo", "*.example.com"), Some(18));
        assert_eq!(prefix_match("a.example.com.evil/foo", "*.example.com"), None);
        assert_eq!(prefix_match("quay.io/example.com/x", "*.example.com"), None);
    }

    #[test]
    fn mirror_by_digest_only() {
        let c = conf();
        let by_tag = c.endpoints(&r("busybox")).unwrap();
        assert_eq!(names(&by_tag), [("docker.io/library/busybox".to_string(), false, false)]);
        let by_digest = c.endpoints(&r(&format!("busybox@sha256:{HEX}"))).unwrap();
        assert_eq!(by_digest.len(), 2);
        assert_eq!(by_digest[0].reference.to_string(), format!("mirror.gcr.io/library/busybox@sha256:{HEX}"));
        assert!(by_digest[0].is_mirror);
    }

    #[test]
    fn blocked_is_an_error_naming_the_file() {
        let err = conf().endpoints(&r("evil.example.org/x:1")).unwrap_err().to_string();
        assert!(err.contains("registry evil.example.org is blocked in registries.conf (/etc/containers/registries.conf)"), "{err}");
    }

    #[test]
    fn short_names_resolve_by_alias_then_search() {
        let c = conf();
        let one = |s: &str| c.resolve_short_name(s).unwrap().iter().map(|r| r.to_string()).collect::<Vec<_>>();
        assert_eq!(one("fedora:39"), ["registry.fedoraproject.org/fedora:39"]);
        assert_eq!(one(&format!("fedora@sha256:{HEX}")), [format!("registry.fedoraproject.org/fedora@sha256:{HEX}")]);
        assert_eq!(one("user/app"), ["quay.io/someone/app"]);
        assert_eq!(one("alpine:3"), ["registry.fedoraproject.org/alpine:3", "quay.io/alpine:3", "docker.io/library/alpine:3"]);
        assert_eq!(one("quay.io/x/y"), ["quay.io/x/y"]);
        assert!(c.resolve_short_name("Alpine").is_err());
        let empty = RegistriesConf::default();
        assert_eq!(empty.resolve_short_name("alpine").unwrap()[0].to_string(), "docker.io/library/alpine");
        assert_eq!(empty.resolve_short_name("u/a:1").unwrap()[0].to_string(), "docker.io/u/a:1");
    }

    #[test]
    fn drop_ins_override_in_order() {
        let dir = tempfile::tempdir().unwrap();
        let main = dir.path().join("registries.conf");
        let d = dir.path().join("registries.conf.d");
        fs::create_dir(&d).unwrap();
        fs::write(&main, REALISTIC).unwrap();
        // 10 sets no search list, so the main file's survives it; 20 replaces it and
        // erases one alias; 30 overrides an alias 20 added; non-.conf files are skipped.
        fs::write(d.join("10-mirror.conf"), "[[registry]]\nprefix = \"example.com/foo\"\nlocation = \"other.local/foo\"\n").unwrap();
        fs::write(d.join("20-search.conf"), "unqualified-search-registries = [\"quay.io\"]\n[aliases]\nfedora = \"\"\nnew = \"quay.io/n/new\"\n").unwrap();
        fs::write(d.join("30-later.conf"), "[aliases]\nnew = \"quay.io/n/newer\"\n").unwrap();
        fs::write(d.join("ignored.txt"), "this is not toml [").unwrap();
        let c = RegistriesConf::load_from(&main, &[d.clone(), dir.path().join("missing.d")]).unwrap();
        assert_eq!(c.unqualified_search_registries, ["quay.io"]);
        assert_eq!(c.search_origin.as_deref(), Some(d.join("20-search.conf").as_path()));
        assert!(!c.aliases.contains_key("fedora"));
        assert_eq!(c.aliases.get("new").map(String::as_str), Some("quay.io/n/newer"));
        let foo: Vec<_> = c.registries.iter().filter(|e| e.prefix == "example.com/foo").collect();
        assert_eq!(foo.len(), 1);
        assert_eq!(foo[0].location, "other.local/foo");
        assert!(foo[0].mirrors.is_empty());
        // An explicit empty list in a later file clears the search list.
        fs::write(d.join("40-clear.conf"), "unqualified-search-registries = []\n").unwrap();
        let c = RegistriesConf::load_from(&main, &[d]).unwrap();
        assert!(c.unqualified_search_registries.is_empty());
    }

    #[test]
    fn missing_files_are_empty() {
        let dir = tempfile::tempdir().unwrap();
        let c = RegistriesConf::load_from(&dir.path().join("nope.conf"), &[dir.path().join("nope.d")]).unwrap();
        assert_eq!(c, RegistriesConf::default());
    }

    #[test]
    fn bad_toml_names_file_and_line() {
        let dir = tempfile::tempdir().unwrap();
        let main = dir.path().join("registries.conf");
        fs::write(&main, "unqualified-search-registries = [\"quay.io\"]\n\n[[registry]\nlocation = \"x\"\n").unwrap();
        let err = format!("{:#}", RegistriesConf::load_from(&main, &[]).unwrap_err());
        assert!(err.contains(&format!("{}, line 3", main.display())), "{err}");
        assert!(err.contains("fix the file"), "{err}");
        let err = RegistriesConf::parse("[[registry]]\nlocation = \"a.io\"\ninsecure = \"yes\"\n", Path::new("f.conf")).unwrap_err().to_string();
        assert!(err.contains("f.conf, line 3"), "{err}");
    }

    #[test]
    fn semantic_errors() {
        let p = Path::new("f.conf");
        for (text, needle) in [
            ("[[registry]]\ninsecure = true\n", "neither prefix nor location"),
            ("[[registry]]\nlocation = \"https://a.io\"\n", "URL scheme"),
            ("unqualified-search-registries = [\"myregistry\"]\n", "not a registry host"),
            ("[aliases]\n\"docker.io/x\" = \"quay.io/x\"\n", "must be a short name"),
            ("[aliases]\n\"x:1\" = \"quay.io/x\"\n", "must be a short name"),
            ("[aliases]\nx = \"x\"\n", "fully qualified"),
            ("[aliases]\nx = \"quay.io/x:1\"\n", "fully qualified"),
            ("short-name-mode = \"loose\"\n", "short-name-mode"),
            ("unqualified-search-registries = [\"a.io\"]\n[registries.search]\nregistries = [\"b.io\"]\n", "mixes the v1"),
        ] {
            let err = RegistriesConf::parse(text, p).unwrap_err().to_string();
            assert!(err.contains(needle) && err.contains("f.conf"), "{text:?}: {err}");
        }
    }

    #[test]
    fn legacy_v1_format() {
        let text = "[registries.search]\nregistries = ['quay.io', 'docker.io']\n[registries.insecure]\nregistries = ['10.0.0.1:5000']\n[registries.block]\nregistries = ['bad.io']\n";
        let c = RegistriesConf::parse(text, Path::new("v1.conf")).unwrap();
        assert_eq!(c.unqualified_search_registries, ["quay.io", "docker.io"]);
        assert!(c.endpoints(&r("10.0.0.1:5000/x")).unwrap()[0].insecure);
        assert!(c.endpoints(&r("bad.io/x")).is_err());
    }
}
