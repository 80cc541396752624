//! Image references (`[registry/]repository[:tag][@digest]`), normalised the
//! way docker does it.
//!
//! Every name a user types goes through [`Reference::parse`], so `busybox`,
//! `library/busybox`, `docker.io/busybox` and `index.docker.io/library/busybox`
//! all become the same `docker.io/library/busybox` and find the same image.
//! The grammar is docker's (distribution/reference); the parser is a small
//! hand-written one rather than a regex so each failure can say what is wrong.

use crate::image::digest::Digest;
use std::fmt;
use std::str::FromStr;

/// The registry a name without one refers to (Docker Hub).
pub const DEFAULT_REGISTRY: &str = "docker.io";
/// The old Docker Hub host name, still accepted and rewritten to [`DEFAULT_REGISTRY`].
const LEGACY_DEFAULT_REGISTRY: &str = "index.docker.io";
/// Docker Hub's API host: `docker.io` itself serves no registry API.
const DEFAULT_API_REGISTRY: &str = "registry-1.docker.io";
/// Docker Hub's namespace for official images (`busybox` is `library/busybox`).
const OFFICIAL_PREFIX: &str = "library/";
/// docker's limit on `registry/repository`.
const NAME_MAX: usize = 255;
/// docker's limit on a tag.
const TAG_MAX: usize = 128;

/// A fully qualified image reference.
///
/// `registry` and `repository` are always set (normalised); `tag` is `None`
/// when the user gave none, so callers decide whether "no tag" means `latest`
/// (pull) or "any tag" (filters).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Reference {
    /// `docker.io`, `quay.io`, `127.0.0.1:5000`, `[::1]:5000`, `localhost`, ...
    pub registry: String,
    /// The path within the registry: `library/busybox`, `demo/app`.
    pub repository: String,
    pub tag: Option<String>,
    pub digest: Option<Digest>,
}

/// Why a reference was refused. Messages follow docker's wording so scripts
/// and users recognise them.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReferenceError {
    #[error("invalid reference format: repository name must have at least one component")]
    Empty,
    #[error("invalid reference format: repository name must be lowercase")]
    Uppercase,
    #[error("invalid reference format: repository name must not be more than {NAME_MAX} characters")]
    NameTooLong,
    #[error("invalid repository name ({0}), cannot specify 64-byte hexadecimal strings")]
    HexName(String),
    #[error("invalid reference format: invalid registry {0:?} (expected host[:port], e.g. quay.io or 127.0.0.1:5000)")]
    InvalidRegistry(String),
    #[error("invalid reference format: invalid repository name {0:?} (use lowercase letters, digits and separators . _ __ -, components joined by /)")]
    InvalidRepository(String),
    #[error("invalid reference format: invalid tag {0:?} (up to 128 letters, digits, _ . -, not starting with . or -)")]
    InvalidTag(String),
    #[error("invalid reference format: invalid digest {0:?} (expected sha256: followed by 64 lowercase hex characters)")]
    InvalidDigest(String),
}

impl Reference {
    /// Parses and normalises a reference as docker's `ParseNormalizedNamed`.
    pub fn parse(s: &str) -> Result<Reference, ReferenceError> {
        if s.is_empty() {
            return Err(ReferenceError::Empty);
        }
        // A bare image ID must never be mistaken for a Docker Hub repository.
        if s.len() == 64 && s.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)) {
            return Err(ReferenceError::HexName(s.to_string()));
        }
        let (name_and_tag, digest) = match s.split_once('@') {
            Some((n, d)) => (n, Some(Digest::parse(d).map_err(|_| ReferenceError::InvalidDigest(d.to_string()))?)),
            None => (s, None),
        };
        let (registry, remainder) = split_registry(name_and_tag);
        // The path cannot contain ':', so the first one after the registry starts the tag.
        let (path, tag) = match remainder.split_once(':') {
            Some((p, t)) => (p, Some(t)),
            None => (remainder, None),
        };
        if path.is_empty() && registry.is_none() {
            return Err(ReferenceError::Empty);
        }
        // docker checks case before anything else about the path, so `Busybox`
        // gets the helpful "must be lowercase" rather than "invalid format".
        if path.bytes().any(|b| b.is_ascii_uppercase()) {
            return Err(ReferenceError::Uppercase);
        }
        if !valid_path(path) {
            return Err(ReferenceError::InvalidRepository(path.to_string()));
        }
        if let Some(t) = tag {
            if !valid_tag(t) {
                return Err(ReferenceError::InvalidTag(t.to_string()));
            }
        }
        let registry = match registry {
            Some(r) if !valid_registry(r) => return Err(ReferenceError::InvalidRegistry(r.to_string())),
            Some(LEGACY_DEFAULT_REGISTRY) | None => DEFAULT_REGISTRY,
            Some(r) => r,
        };
        let repository = if registry == DEFAULT_REGISTRY && !path.contains('/') { format!("{OFFICIAL_PREFIX}{path}") } else { path.to_string() };
        if registry.len() + 1 + repository.len() > NAME_MAX {
            return Err(ReferenceError::NameTooLong);
        }
        Ok(Reference { registry: registry.to_string(), repository, tag: tag.map(str::to_string), digest })
    }

    /// Whether `s` names no registry (podman's "short name"), so registries.conf
    /// decides where it comes from: `busybox`, `library/busybox` and
    /// `user/app:1` are short; `docker.io/busybox`, `localhost/x` and
    /// `host:5000/x` are not. Says nothing about validity: parse for that.
    pub fn is_short_name(s: &str) -> bool {
        let name_and_tag = s.split('@').next().unwrap_or(s);
        split_registry(name_and_tag).0.is_none()
    }

    /// `registry/repository`, without tag or digest.
    pub fn name(&self) -> String {
        format!("{}/{}", self.registry, self.repository)
    }

    /// docker's short display form: `docker.io/library/busybox:1` is
    /// `busybox:1`, `docker.io/user/app` is `user/app`; other registries are kept.
    pub fn familiar(&self) -> String {
        let mut out = if self.registry == DEFAULT_REGISTRY {
            match self.repository.strip_prefix(OFFICIAL_PREFIX) {
                Some(rest) if !rest.contains('/') => rest.to_string(),
                _ => self.repository.clone(),
            }
        } else {
            self.name()
        };
        self.push_tag_and_digest(&mut out);
        out
    }

    /// The tag, or `latest` when none was given.
    pub fn tag_or_latest(&self) -> &str {
        self.tag.as_deref().unwrap_or("latest")
    }

    /// The host to send registry API requests to (Docker Hub's API is not on `docker.io`).
    pub fn api_registry(&self) -> String {
        if self.registry == DEFAULT_REGISTRY {
            DEFAULT_API_REGISTRY.to_string()
        } else {
            self.registry.clone()
        }
    }

    /// What goes in `/v2/<repo>/manifests/<reference>`: the digest when pinned
    /// (a digest outranks a tag, as in docker), else the tag, else `latest`.
    pub fn reference_for_api(&self) -> String {
        match &self.digest {
            Some(d) => d.to_string(),
            None => self.tag_or_latest().to_string(),
        }
    }

    /// The same repository with `tag` and no digest. `tag` is not validated:
    /// pass one that came from a parsed reference or a literal like `latest`.
    pub fn with_tag(&self, tag: &str) -> Reference {
        Reference { registry: self.registry.clone(), repository: self.repository.clone(), tag: Some(tag.to_string()), digest: None }
    }

    fn push_tag_and_digest(&self, out: &mut String) {
        if let Some(t) = &self.tag {
            out.push(':');
            out.push_str(t);
        }
        if let Some(d) = &self.digest {
            out.push('@');
            out.push_str(&d.to_string());
        }
    }
}

/// Full form `registry/repository[:tag][@digest]`; no implicit `:latest`.
impl fmt::Display for Reference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut out = self.name();
        self.push_tag_and_digest(&mut out);
        f.write_str(&out)
    }
}

impl FromStr for Reference {
    type Err = ReferenceError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Reference::parse(s)
    }
}

/// docker's splitDockerDomain: the first `/`-component is a registry only if it
/// looks like a host (has a `.` or `:`, or is `localhost`); otherwise the whole
/// string is a Docker Hub path. Returns the explicit registry, if any, and the rest.
fn split_registry(name: &str) -> (Option<&str>, &str) {
    match name.split_once('/') {
        Some((first, rest)) if first.contains(['.', ':']) || first == "localhost" => (Some(first), rest),
        _ => (None, name),
    }
}

/// host[:port], host being a DNS name, an IPv4 address or a bracketed IPv6 address.
/// Upper case is allowed: host names are case-insensitive.
fn valid_registry(r: &str) -> bool {
    let (host, port) = if let Some(rest) = r.strip_prefix('[') {
        let Some((addr, after)) = rest.split_once(']') else { return false };
        if addr.is_empty() || !addr.bytes().all(|b| b.is_ascii_hexdigit() || b == b':') {
            return false;
        }
        match after {
            "" => return true,
            _ => match after.strip_prefix(':') {
                Some(p) => ("ipv6", Some(p)),
                None => return false,
            },
        }
    } else {
        match r.split_once(':') {
            Some((h, p)) => (h, Some(p)),
            None => (r, None),
        }
    };
    if let Some(p) = port {
        if p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()) {
            return false;
        }
    }
    !host.is_empty()
        && host.split('.').all(|c| {
            let b = c.as_bytes();
            !b.is_empty() && b.iter().all(|&x| x.is_ascii_alphanumeric() || x == b'-') && b[0] != b'-' && b[b.len() - 1] != b'-'
        })
}

/// Repository path: `/`-separated components, each lowercase alphanumeric runs
/// joined by one separator (`.`, `_`, `__`, or any number of `-`).
fn valid_path(path: &str) -> bool {
    !path.is_empty() && path.split('/').all(valid_component)
}

fn valid_component(c: &str) -> bool {
    let alnum = |b: u8| b.is_ascii_lowercase() || b.is_ascii_digit();
    let b = c.as_bytes();
    if b.is_empty() || !alnum(b[0]) || !alnum(b[b.len() - 1]) {
        return false;
    }
    let mut i = 0;
    while i < b.len() {
        if alnum(b[i]) {
            i += 1;
            continue;
        }
        // A separator run: must be ".", "_", "__" or "-"+, followed by alphanumerics.
        let start = i;
        while i < b.len() && !alnum(b[i]) {
            i += 1;
        }
        let sep = &c[start..i];
        let ok = matches!(sep, "." | "_" | "__") || sep.bytes().all(|x| x == b'-');
        if !ok {
            return false;
        }
    }
    true
}

/// docker's tag grammar: `[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`.
fn valid_tag(t: &str) -> bool {
    let word = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let b = t.as_bytes();
    !b.is_empty() && b.len() <= TAG_MAX && word(b[0]) && b.iter().all(|&x| word(x) || x == b'.' || x == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEX: &str = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    /// (input, expected Display of the normalised form, or None if invalid)
    fn cases() -> Vec<(String, Option<String>)> {
        let d = format!("sha256:{HEX}");
        let long_tag = "a".repeat(129);
        let ok_tag = "a".repeat(128);
        let long_name = format!("x/{}", "a".repeat(250));
        let v = |i: &str, o: &str| (i.to_string(), Some(o.to_string()));
        let bad = |i: &str| (i.to_string(), None);
        vec![
            v("busybox", "docker.io/library/busybox"),
            v("busybox:1.36", "docker.io/library/busybox:1.36"),
            v("library/busybox", "docker.io/library/busybox"),
            v("docker.io/busybox", "docker.io/library/busybox"),
            v("index.docker.io/x", "docker.io/library/x"),
            v("index.docker.io/user/x:v1", "docker.io/user/x:v1"),
            v("user/app:1", "docker.io/user/app:1"),
            v("127.0.0.1:5000/demo/busybox:1.0", "127.0.0.1:5000/demo/busybox:1.0"),
            v("localhost/foo", "localhost/foo"),
            v("localhost:5000/foo", "localhost:5000/foo"),
            v("localhost:5000", "docker.io/library/localhost:5000"),
            v("[::1]:5000/a", "[::1]:5000/a"),
            v("[fe80::1]/a:t", "[fe80::1]/a:t"),
            v("quay.io/a/b/c", "quay.io/a/b/c"),
            v("UPPER:5000/x", "UPPER:5000/x"),
            v("Example.COM/x", "Example.COM/x"),
            (format!("busybox@{d}"), Some(format!("docker.io/library/busybox@{d}"))),
            (format!("busybox:1@{d}"), Some(format!("docker.io/library/busybox:1@{d}"))),
            v("a.b/c_d/e__f/g-h/i---j/k.l", "a.b/c_d/e__f/g-h/i---j/k.l"),
            v("x:_tag.-1", "docker.io/library/x:_tag.-1"),
            (format!("x:{ok_tag}"), Some(format!("docker.io/library/x:{ok_tag}"))),
            bad(""),
            bad("Busybox"),
            bad("docker.io/Library/busybox"),
            bad("busybox:"),
            bad("busybox@sha256:abc"),
            bad("busybox@md5:abc"),
            bad("a//b"),
            bad("/a"),
            bad("a/"),
            (format!("x:{long_tag}"), None),
            bad("x:.tag"),
            bad("x:-tag"),
            bad("a/b:c:d"),
            bad("-a"),
            bad("a-"),
            bad("a..b"),
            bad("a___b"),
            bad("a_.b"),
            bad("host:port/x"),
            bad("-host.com/x"),
            bad("[::1/x"),
            bad("[zz]/x"),
            bad("host:/x"),
            bad("a b"),
            bad(HEX),
            (long_name, None),
        ]
    }

    #[test]
    fn docker_normalisation_table() {
        for (input, want) in cases() {
            let got = Reference::parse(&input);
            match (&want, &got) {
                (Some(w), Ok(r)) => assert_eq!(&r.to_string(), w, "input {input:?}"),
                (None, Err(_)) => {}
                _ => panic!("input {input:?}: expected {want:?}, got {got:?}"),
            }
        }
    }

    #[test]
    fn errors_use_docker_wording() {
        assert_eq!(Reference::parse("Busybox").unwrap_err().to_string(), "invalid reference format: repository name must be lowercase");
        assert_eq!(Reference::parse("").unwrap_err(), ReferenceError::Empty);
        assert!(matches!(Reference::parse("busybox:").unwrap_err(), ReferenceError::InvalidTag(_)));
        assert!(matches!(Reference::parse("a//b").unwrap_err(), ReferenceError::InvalidRepository(_)));
        assert!(matches!(Reference::parse("x@sha256:12").unwrap_err(), ReferenceError::InvalidDigest(_)));
        assert!(matches!(Reference::parse(HEX).unwrap_err(), ReferenceError::HexName(_)));
        let long = format!("quay.io/{}", "a".repeat(248));
        assert_eq!(Reference::parse(&long).unwrap_err(), ReferenceError::NameTooLong);
        assert!(Reference::parse(&format!("quay.io/{}", "a".repeat(247))).is_ok());
    }

    #[test]
    fn fields_and_helpers() {
        let r = Reference::parse("busybox").unwrap();
        assert_eq!((r.registry.as_str(), r.repository.as_str(), r.tag.as_deref()), ("docker.io", "library/busybox", None));
        assert_eq!(r.name(), "docker.io/library/busybox");
        assert_eq!(r.tag_or_latest(), "latest");
        assert_eq!(r.api_registry(), "registry-1.docker.io");
        assert_eq!(r.reference_for_api(), "latest");
        assert_eq!(r.familiar(), "busybox");

        let d = format!("sha256:{HEX}");
        let r = Reference::parse(&format!("127.0.0.1:5000/demo/app:1.0@{d}")).unwrap();
        assert_eq!(r.api_registry(), "127.0.0.1:5000");
        assert_eq!(r.reference_for_api(), d);
        assert_eq!(r.familiar(), format!("127.0.0.1:5000/demo/app:1.0@{d}"));
        let t = r.with_tag("2");
        assert_eq!(t.to_string(), "127.0.0.1:5000/demo/app:2");
        assert_eq!(t.reference_for_api(), "2");

        assert_eq!(Reference::parse("user/app:3").unwrap().familiar(), "user/app:3");
        assert_eq!(Reference::parse("library/a/b").unwrap().familiar(), "library/a/b");
        assert_eq!("quay.io/x".parse::<Reference>().unwrap().registry, "quay.io");
    }

    #[test]
    fn short_names() {
        for s in ["busybox", "library/busybox", "user/app:1", "busybox@sha256:00", "a/b/c"] {
            assert!(Reference::is_short_name(s), "{s}");
        }
        for s in ["docker.io/busybox", "localhost/x", "host:5000/x", "[::1]:5000/a", "quay.io/a/b:1"] {
            assert!(!Reference::is_short_name(s), "{s}");
        }
    }
}
