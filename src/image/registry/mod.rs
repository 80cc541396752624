//! A client for the OCI distribution API (`/v2/`): manifests, blobs, uploads,
//! tags and the catalog, with docker's token authentication.
//!
//! One [`RegistryClient`] talks to one registry host and is shared by the
//! threads of a pull; it caches bearer tokens per scope and, for registries
//! the user marked insecure, remembers whether the registry speaks HTTPS or
//! plain HTTP.
//!
//! Authentication follows the docker token protocol: a request goes out
//! anonymously (or with a cached token); a 401 carries a `WWW-Authenticate`
//! challenge naming a token service, which is asked for a token for the
//! repository scope (with the user's credentials when there are any); the
//! request is then retried once with that token.
//!
//! Errors are mapped to [`RegistryError`] variants whose messages tell the user
//! what to do, because "error sending request" helps nobody.
//!
//! This file holds the client and its public API (one method per endpoint);
//! `transport` sends requests (scheme fallback, retries, the blob stream),
//! `auth` does the token protocol and caches tokens, `error` maps failures
//! to [`RegistryError`].

mod error;
mod auth;
pub mod certs;
mod transport;
#[cfg(test)]
mod tests;

use crate::image::digest::Digest;
use reqwest::blocking::{Body, Client, Response};
use reqwest::header::{HeaderMap, HeaderValue, ACCEPT, AUTHORIZATION, CONTENT_LENGTH, CONTENT_TYPE, LINK};
use reqwest::{Method, StatusCode, Url};
use std::collections::HashMap;
use std::io::Read;
use std::sync::atomic::AtomicU8;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use error::describe;
use auth::{CachedToken, Challenge};
use transport::BlobBody;
pub use error::RegistryError;

/// Manifests are small JSON documents; anything bigger is not a manifest, and
/// reading it whole into memory would let a registry exhaust ours.
pub const MAX_MANIFEST_SIZE: u64 = 4 << 20;
/// Error bodies are only read for their message.
const MAX_ERROR_BODY: u64 = 64 << 10;
/// Tag lists, catalogs and token responses.
const MAX_JSON_BODY: u64 = 16 << 20;
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// A stalled connection is abandoned after this long without data; a large
/// layer that keeps flowing may take as long as it needs.
const READ_TIMEOUT: Duration = Duration::from_secs(60);
/// Tag and catalog pagination stops here, in case a registry's `Link` loops.
const MAX_PAGES: usize = 10_000;

/// The manifest types dhow understands, offered in `Accept`.
const MANIFEST_ACCEPT: &str = "application/vnd.oci.image.manifest.v1+json, application/vnd.oci.image.index.v1+json, application/vnd.docker.distribution.manifest.v2+json, application/vnd.docker.distribution.manifest.list.v2+json";

pub use crate::util::credentials::Credentials;

/// How to talk to a registry.
#[derive(Debug, Clone)]
pub struct ClientOptions {
    /// Accept unverifiable certificates and fall back to plain HTTP
    /// (`--tls-verify=false`, or an insecure registry in registries.conf).
    pub insecure: bool,
    pub auth: Option<Credentials>,
    pub user_agent: String,
    /// Extra attempts for idempotent requests after transient failures.
    pub retries: u32,
}

impl Default for ClientOptions {
    fn default() -> Self {
        ClientOptions {
            insecure: false,
            auth: None,
            user_agent: format!("dhow/{}", env!("CARGO_PKG_VERSION")),
            retries: 3,
        }
    }
}

/// A manifest as the registry sent it.
#[derive(Debug, Clone)]
pub struct FetchedManifest {
    /// The exact bytes: the digest covers them, so they must never be re-serialized.
    pub bytes: Vec<u8>,
    pub media_type: String,
    pub digest: Digest,
}

/// What the registry speaks; only insecure registries may end up on HTTP.
const SCHEME_UNKNOWN: u8 = 0;
const SCHEME_HTTPS: u8 = 1;
const SCHEME_HTTP: u8 = 2;

/// A client for one registry. Cheap to clone; clones share the token cache.
#[derive(Clone)]
pub struct RegistryClient {
    inner: Arc<Inner>,
}

struct Inner {
    /// `host[:port]` of the API endpoint.
    registry: String,
    opts: ClientOptions,
    /// For everything except blob uploads: gives up on a connection idle for READ_TIMEOUT.
    http: Client,
    /// For blob uploads: the blocking timeout also covers sending the request
    /// body, so large uploads get a client without one. Built on first use.
    upload_http: Mutex<Option<Client>>,
    scheme: AtomicU8,
    /// The last authentication challenge seen, so later requests for other
    /// scopes can get a token without first being refused.
    challenge: Mutex<Option<Challenge>>,
    /// Bearer tokens by scope set.
    tokens: Mutex<HashMap<String, CachedToken>>,
}

/// Where a request goes: a path on the registry (subject to the HTTPS/HTTP
/// choice) or an absolute URL the registry gave us.
enum Target {
    Path(String),
    Url(Url),
}

struct Req<'a> {
    method: Method,
    target: Target,
    headers: HeaderMap,
    body: Option<Vec<u8>>,
    /// Token scopes, e.g. `repository:library/alpine:pull`.
    scopes: &'a [String],
    /// Whether to authenticate (false for the token service itself).
    auth: bool,
    /// Whether the request may be sent again after a transient failure.
    retry: bool,
}

impl<'a> Req<'a> {
    fn new(method: Method, target: Target, scopes: &'a [String]) -> Self {
        let retry = matches!(method, Method::GET | Method::HEAD | Method::PUT);
        Req {
            method,
            target,
            headers: HeaderMap::new(),
            body: None,
            scopes,
            auth: true,
            retry,
        }
    }
    fn header(mut self, name: reqwest::header::HeaderName, value: &str) -> Self {
        if let Ok(v) = HeaderValue::from_str(value) {
            self.headers.insert(name, v);
        }
        self
    }
}

/// What a failed request was about, to pick the error variant.
enum Ctx<'a> {
    Manifest { repo: &'a str, reference: &'a str },
    Blob { digest: &'a Digest },
    Repo { repo: &'a str },
    Other,
}

fn pull_scope(repo: &str) -> Vec<String> {
    vec![format!("repository:{repo}:pull")]
}

fn push_scope(repo: &str) -> Vec<String> {
    vec![format!("repository:{repo}:pull,push")]
}

/// `repo:tag` or `repo@digest`, as users write it.
fn display_ref(repo: &str, reference: &str) -> String {
    if reference.contains(':') {
        format!("{repo}@{reference}")
    } else {
        format!("{repo}:{reference}")
    }
}

/// Builds an HTTP client. `timeout` is the blocking client's timeout, which
/// bounds the wait for the response headers and then each read of the body
/// separately, so a large layer that keeps flowing never times out. (reqwest's
/// async `read_timeout` cannot be used: it needs a tokio runtime in the thread
/// that reads the blocking body.)
/// The HTTP client for `registry`: the system's CAs plus those of the
/// registry's certificate directory, and its client identity
/// ([`certs`], podman's `--cert-dir` and `certs.d`).
fn build_client(opts: &ClientOptions, timeout: Option<Duration>, registry: &str) -> Result<Client, RegistryError> {
    let mut b = reqwest::blocking::Client::builder()
        .use_rustls_tls()
        .connect_timeout(CONNECT_TIMEOUT)
        .tcp_keepalive(Some(Duration::from_secs(30)))
        .danger_accept_invalid_certs(opts.insecure)
        .timeout(timeout);
    if let Some(dir) = certs::dir_for(registry) {
        let files = certs::load(&dir)?;
        for ca in files.cas {
            b = b.add_root_certificate(ca);
        }
        if let Some(id) = files.identity {
            b = b.identity(id);
        }
    }
    if !opts.user_agent.is_empty() {
        b = b.user_agent(opts.user_agent.clone());
    }
    b.build().map_err(|e| {
        RegistryError::Protocol(format!("cannot set up the HTTP client: {}", describe(&e)))
    })
}

impl RegistryClient {
    /// A client for `registry` (`host[:port]`, the API host, e.g. `registry-1.docker.io`).
    pub fn new(registry: &str, opts: ClientOptions) -> Result<RegistryClient, RegistryError> {
        let registry = registry.trim_end_matches('/');
        if registry.is_empty() || registry.contains('/') || registry.contains(char::is_whitespace) {
            return Err(RegistryError::Protocol(format!(
                "invalid registry {registry:?}: expected HOST[:PORT]"
            )));
        }
        let http = build_client(&opts, Some(READ_TIMEOUT), registry)?;
        Ok(RegistryClient {
            inner: Arc::new(Inner {
                registry: registry.to_string(),
                opts,
                http,
                upload_http: Mutex::new(None),
                scheme: AtomicU8::new(SCHEME_UNKNOWN),
                challenge: Mutex::new(None),
                tokens: Mutex::new(HashMap::new()),
            }),
        })
    }

    /// The registry this client talks to.
    pub fn registry(&self) -> &str {
        &self.inner.registry
    }

    /// Checks that the registry answers the v2 API (with the credentials, if
    /// any: a 401 that authentication cannot clear is an error, which is what
    /// `login` needs).
    pub fn ping(&self) -> Result<(), RegistryError> {
        let resp = self.request(Req::new(Method::GET, Target::Path("/v2/".into()), &[]))?;
        if resp.status().is_success() {
            Ok(())
        } else {
            Err(self.status_error(resp, Ctx::Other))
        }
    }

    /// Fetches a manifest or index by tag or digest, verifying a digest reference.
    pub fn get_manifest(
        &self,
        repo: &str,
        reference: &str,
    ) -> Result<FetchedManifest, RegistryError> {
        let scopes = pull_scope(repo);
        let path = format!("/v2/{repo}/manifests/{reference}");
        let resp = self.request(
            Req::new(Method::GET, Target::Path(path), &scopes).header(ACCEPT, MANIFEST_ACCEPT),
        )?;
        if !resp.status().is_success() {
            return Err(self.status_error(resp, Ctx::Manifest { repo, reference }));
        }
        let content_type = header_str(resp.headers(), CONTENT_TYPE.as_str()).map(media_type_of);
        let header_digest = header_str(resp.headers(), "docker-content-digest")
            .and_then(|d| Digest::parse(d.trim()).ok());
        let bytes = read_limited(resp, MAX_MANIFEST_SIZE, "manifest")?;
        let digest = Digest::of(&bytes);
        if let Some(expected) = expected_digest(reference)? {
            if expected != digest {
                return Err(RegistryError::DigestMismatch {
                    expected: expected.to_string(),
                    got: digest.to_string(),
                });
            }
        } else if let Some(h) = header_digest {
            if h != digest {
                return Err(RegistryError::DigestMismatch {
                    expected: h.to_string(),
                    got: digest.to_string(),
                });
            }
        }
        let media_type = match content_type {
            Some(t) if is_specific_media_type(&t) => t,
            other => json_media_type(&bytes).or(other).unwrap_or_default(),
        };
        Ok(FetchedManifest {
            bytes,
            media_type,
            digest,
        })
    }

    /// The digest, media type and size of a manifest without downloading it;
    /// `None` when the registry does not have it.
    pub fn head_manifest(
        &self,
        repo: &str,
        reference: &str,
    ) -> Result<Option<(Digest, String, u64)>, RegistryError> {
        let scopes = pull_scope(repo);
        let path = format!("/v2/{repo}/manifests/{reference}");
        let resp = self.request(
            Req::new(Method::HEAD, Target::Path(path), &scopes).header(ACCEPT, MANIFEST_ACCEPT),
        )?;
        if resp.status() == StatusCode::NOT_FOUND {
            return Ok(None);
        }
        if !resp.status().is_success() {
            return Err(self.status_error(resp, Ctx::Manifest { repo, reference }));
        }
        let headers = resp.headers();
        let digest =
            header_str(headers, "docker-content-digest").and_then(|d| Digest::parse(d.trim()).ok());
        let media_type = header_str(headers, CONTENT_TYPE.as_str())
            .map(media_type_of)
            .filter(|t| is_specific_media_type(t));
        let size = content_length(headers);
        match (digest, media_type, size) {
            (Some(d), Some(t), Some(n)) => {
                if let Some(expected) = expected_digest(reference)? {
                    if expected != d {
                        return Err(RegistryError::DigestMismatch {
                            expected: expected.to_string(),
                            got: d.to_string(),
                        });
                    }
                }
                Ok(Some((d, t, n)))
            }
            // Registries need not send all three; the manifest itself is small.
            _ => match self.get_manifest(repo, reference) {
                Ok(m) => {
                    let len = m.bytes.len() as u64;
                    Ok(Some((m.digest, m.media_type, len)))
                }
                Err(RegistryError::ManifestUnknown { .. }) => Ok(None),
                Err(e) => Err(e),
            },
        }
    }

    /// Streams a blob. Redirects (to a CDN, typically) are followed; the
    /// registry's credentials are not sent to another host. The caller
    /// verifies the digest while consuming the stream.
    pub fn get_blob(
        &self,
        repo: &str,
        digest: &Digest,
    ) -> Result<Box<dyn Read + Send>, RegistryError> {
        let scopes = pull_scope(repo);
        let path = format!("/v2/{repo}/blobs/{digest}");
        let resp = self.request(Req::new(Method::GET, Target::Path(path), &scopes))?;
        if !resp.status().is_success() {
            return Err(self.status_error(resp, Ctx::Blob { digest }));
        }
        Ok(Box::new(BlobBody { resp }))
    }

    /// The size of a blob, or `None` if the repository does not have it.
    pub fn blob_exists(&self, repo: &str, digest: &Digest) -> Result<Option<u64>, RegistryError> {
        let scopes = pull_scope(repo);
        let path = format!("/v2/{repo}/blobs/{digest}");
        let resp = self.request(Req::new(Method::HEAD, Target::Path(path), &scopes))?;
        if resp.status() == StatusCode::NOT_FOUND {
            return Ok(None);
        }
        if !resp.status().is_success() {
            return Err(self.status_error(resp, Ctx::Blob { digest }));
        }
        Ok(Some(content_length(resp.headers()).unwrap_or(0)))
    }

    /// Asks the registry to link a blob from another repository instead of
    /// uploading it again. True if it did; false if the registry declined
    /// (the upload it started instead is cancelled).
    pub fn mount_blob(
        &self,
        repo: &str,
        digest: &Digest,
        from_repo: &str,
    ) -> Result<bool, RegistryError> {
        let mut scopes = push_scope(repo);
        scopes.push(format!("repository:{from_repo}:pull"));
        let path = format!(
            "/v2/{repo}/blobs/uploads/?mount={digest}&from={}",
            query_escape(from_repo)
        );
        let mut req =
            Req::new(Method::POST, Target::Path(path), &scopes).header(CONTENT_LENGTH, "0");
        req.body = Some(Vec::new());
        let resp = self.request(req)?;
        match resp.status() {
            StatusCode::CREATED => Ok(true),
            StatusCode::ACCEPTED => {
                if let Ok(url) = self.location(&resp) {
                    // Best effort: an abandoned upload session expires on its own.
                    let _ = self.request(Req::new(Method::DELETE, Target::Url(url), &scopes));
                }
                Ok(false)
            }
            _ => Err(self.status_error(resp, Ctx::Blob { digest })),
        }
    }

    /// Uploads a blob in one streamed PUT (`size` bytes from `body`).
    pub fn upload_blob(
        &self,
        repo: &str,
        digest: &Digest,
        size: u64,
        body: Box<dyn Read + Send>,
    ) -> Result<(), RegistryError> {
        let scopes = push_scope(repo);
        let mut start = Req::new(
            Method::POST,
            Target::Path(format!("/v2/{repo}/blobs/uploads/")),
            &scopes,
        )
        .header(CONTENT_LENGTH, "0");
        start.body = Some(Vec::new());
        let resp = self.request(start)?;
        if resp.status() != StatusCode::ACCEPTED && resp.status() != StatusCode::CREATED {
            return Err(self.status_error(resp, Ctx::Repo { repo }));
        }
        let mut url = self.location(&resp)?;
        url.query_pairs_mut()
            .append_pair("digest", &digest.to_string());

        let client = self.upload_client()?;
        let mut put = client
            .put(url.clone())
            .header(CONTENT_TYPE, "application/octet-stream")
            .header(CONTENT_LENGTH, size)
            .body(Body::sized(body, size));
        if self.same_origin(&url) {
            if let Some(auth) = self.auth_header(&scopes)? {
                put = put.header(AUTHORIZATION, auth);
            }
        }
        let resp = put.send().map_err(|e| self.classify(e))?;
        match resp.status() {
            s if s.is_success() => Ok(()),
            StatusCode::UNAUTHORIZED => Err(self.unauthorized(resp)),
            _ => Err(self.status_error(resp, Ctx::Blob { digest })),
        }
    }

    /// Uploads a manifest under a tag or digest; returns its digest.
    pub fn put_manifest(
        &self,
        repo: &str,
        reference: &str,
        bytes: &[u8],
        media_type: &str,
    ) -> Result<Digest, RegistryError> {
        if bytes.len() as u64 > MAX_MANIFEST_SIZE {
            return Err(RegistryError::TooLarge {
                what: "manifest".into(),
                limit: MAX_MANIFEST_SIZE,
            });
        }
        let digest = Digest::of(bytes);
        if let Some(expected) = expected_digest(reference)? {
            if expected != digest {
                return Err(RegistryError::DigestMismatch {
                    expected: expected.to_string(),
                    got: digest.to_string(),
                });
            }
        }
        let scopes = push_scope(repo);
        let path = format!("/v2/{repo}/manifests/{reference}");
        let mut req =
            Req::new(Method::PUT, Target::Path(path), &scopes).header(CONTENT_TYPE, media_type);
        req.body = Some(bytes.to_vec());
        let resp = self.request(req)?;
        if !resp.status().is_success() {
            return Err(self.status_error(resp, Ctx::Manifest { repo, reference }));
        }
        Ok(digest)
    }

    /// All tags of a repository, following pagination.
    pub fn tags(&self, repo: &str) -> Result<Vec<String>, RegistryError> {
        let scopes = pull_scope(repo);
        self.paginate(
            Target::Path(format!("/v2/{repo}/tags/list")),
            &scopes,
            "tags",
            None,
            Ctx::Repo { repo },
        )
    }

    /// Repository names from `/v2/_catalog`, at most `limit` if given.
    pub fn catalog(&self, limit: Option<usize>) -> Result<Vec<String>, RegistryError> {
        let scopes = vec!["registry:catalog:*".to_string()];
        let path = match limit {
            Some(n) => format!("/v2/_catalog?n={n}"),
            None => "/v2/_catalog".to_string(),
        };
        self.paginate(
            Target::Path(path),
            &scopes,
            "repositories",
            limit,
            Ctx::Other,
        )
    }

    /// Collects the string array `field` over all pages linked by `Link: <...>; rel="next"`.
    fn paginate(
        &self,
        first: Target,
        scopes: &[String],
        field: &str,
        limit: Option<usize>,
        ctx: Ctx,
    ) -> Result<Vec<String>, RegistryError> {
        let mut out = Vec::new();
        let mut target = first;
        for _ in 0..MAX_PAGES {
            let resp = self.request(Req::new(Method::GET, target, scopes))?;
            if !resp.status().is_success() {
                return Err(self.status_error(resp, ctx));
            }
            let next = header_str(resp.headers(), LINK.as_str())
                .and_then(next_link)
                .and_then(|l| resp.url().join(&l).ok());
            let body = read_limited(resp, MAX_JSON_BODY, "listing")?;
            let v: serde_json::Value = serde_json::from_slice(&body).map_err(|e| {
                RegistryError::Protocol(format!(
                    "registry {} sent an invalid {field} list: {e}",
                    self.inner.registry
                ))
            })?;
            if let Some(items) = v.get(field).and_then(|t| t.as_array()) {
                out.extend(items.iter().filter_map(|t| t.as_str()).map(str::to_string));
            }
            if limit.is_some_and(|n| out.len() >= n) {
                out.truncate(limit.unwrap_or(usize::MAX));
                return Ok(out);
            }
            match next {
                Some(url) => target = Target::Url(url),
                None => return Ok(out),
            }
        }
        Err(RegistryError::Protocol(format!(
            "registry {} returned more than {MAX_PAGES} pages of {field}",
            self.inner.registry
        )))
    }

}

fn header_str<'h>(h: &'h HeaderMap, name: &str) -> Option<&'h str> {
    h.get(name).and_then(|v| v.to_str().ok())
}

fn content_length(h: &HeaderMap) -> Option<u64> {
    header_str(h, CONTENT_LENGTH.as_str()).and_then(|v| v.trim().parse().ok())
}

/// `type/subtype` without parameters.
fn media_type_of(content_type: &str) -> String {
    content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_string()
}

/// Generic types some registries send instead of the manifest's own.
fn is_specific_media_type(t: &str) -> bool {
    !t.is_empty() && t != "application/json" && t != "text/plain" && t != "application/octet-stream"
}

fn json_media_type(bytes: &[u8]) -> Option<String> {
    let v: serde_json::Value = serde_json::from_slice(bytes).ok()?;
    v.get("mediaType")
        .and_then(|m| m.as_str())
        .filter(|m| !m.is_empty())
        .map(str::to_string)
}

/// The digest a reference names, if it is a digest.
fn expected_digest(reference: &str) -> Result<Option<Digest>, RegistryError> {
    if !reference.contains(':') {
        return Ok(None);
    }
    Digest::parse(reference)
        .map(Some)
        .map_err(|e| RegistryError::Protocol(e.to_string()))
}

/// Reads a whole body, refusing more than `limit` bytes.
fn read_limited(resp: Response, limit: u64, what: &str) -> Result<Vec<u8>, RegistryError> {
    if content_length(resp.headers()).is_some_and(|n| n > limit) {
        return Err(RegistryError::TooLarge {
            what: what.into(),
            limit,
        });
    }
    let mut body = Vec::new();
    BlobBody { resp }.take(limit + 1).read_to_end(&mut body)?;
    if body.len() as u64 > limit {
        return Err(RegistryError::TooLarge {
            what: what.into(),
            limit,
        });
    }
    Ok(body)
}

/// The `rel="next"` target of a `Link` header.
fn next_link(h: &str) -> Option<String> {
    h.split(',').find_map(|part| {
        let (url, params) = part.split_once(';')?;
        let is_next = params.split(';').any(|p| {
            let p = p.trim();
            p == "rel=\"next\"" || p == "rel=next"
        });
        let url = url.trim().strip_prefix('<')?.strip_suffix('>')?;
        is_next.then(|| url.to_string())
    })
}

fn query_escape(s: &str) -> String {
    let mut u = match Url::parse("http://q.invalid/") {
        Ok(u) => u,
        Err(_) => return s.to_string(),
    };
    u.query_pairs_mut().append_pair("x", s);
    u.query()
        .and_then(|q| q.strip_prefix("x="))
        .unwrap_or(s)
        .to_string()
}
