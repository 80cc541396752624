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

use crate::image::digest::Digest;
use base64::Engine as _;
use reqwest::blocking::{Body, Client, Response};
use reqwest::header::{
    HeaderMap, HeaderValue, ACCEPT, AUTHORIZATION, CONTENT_LENGTH, CONTENT_TYPE, LINK, LOCATION,
    RETRY_AFTER, WWW_AUTHENTICATE,
};
use reqwest::{Method, StatusCode, Url};
use std::collections::HashMap;
use std::fmt;
use std::io::{self, Read};
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

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

/// Credentials for one registry.
#[derive(Clone, PartialEq, Eq)]
pub struct Auth {
    pub username: String,
    pub password: String,
    /// An OAuth2 refresh token, exchanged for bearer tokens instead of the password.
    pub identity_token: Option<String>,
}

/// Secrets never reach logs or error messages.
impl fmt::Debug for Auth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Auth")
            .field("username", &self.username)
            .field("password", &"<redacted>")
            .field(
                "identity_token",
                &self.identity_token.as_ref().map(|_| "<redacted>"),
            )
            .finish()
    }
}

/// How to talk to a registry.
#[derive(Debug, Clone)]
pub struct ClientOptions {
    /// Accept unverifiable certificates and fall back to plain HTTP
    /// (`--tls-verify=false`, or an insecure registry in registries.conf).
    pub insecure: bool,
    pub auth: Option<Auth>,
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

#[derive(Debug, thiserror::Error)]
pub enum RegistryError {
    #[error("manifest unknown: {registry} has no image \"{reference}\" (check the name and tag)")]
    ManifestUnknown { reference: String, registry: String },
    #[error("blob unknown: the registry does not have {digest} (the image refers to content the registry no longer has; push the image again)")]
    BlobUnknown { digest: String },
    #[error("authentication required by {registry}: {detail}")]
    Unauthorized { registry: String, detail: String },
    #[error("access denied by {registry}: {detail} (check that your account may access this repository)")]
    Denied { registry: String, detail: String },
    #[error("cannot resolve registry host {host}: check the name and your network's DNS settings")]
    UnknownHost { host: String },
    #[error(
        "connection refused by {host}: is a registry running there and listening on that port?"
    )]
    ConnectionRefused { host: String },
    #[error("TLS error talking to {host}: {detail} (if {host} serves plain HTTP, or uses a certificate you trust that cannot be verified, retry with --tls-verify=false)")]
    Tls { host: String, detail: String },
    #[error("registry error: {url} answered HTTP {status}: {detail}")]
    Http {
        status: u16,
        url: String,
        detail: String,
    },
    #[error("digest mismatch: expected {expected}, but the content received has digest {got} (the data was corrupted in transit or by the registry)")]
    DigestMismatch { expected: String, got: String },
    #[error("{what} from the registry is larger than the {limit}-byte limit (the registry sent something unexpected)")]
    TooLarge { what: String, limit: u64 },
    #[error("network error: {}", describe(.0))]
    Network(#[source] reqwest::Error),
    #[error("I/O error talking to the registry: {0}")]
    Io(#[from] io::Error),
    #[error("{0}")]
    Protocol(String),
}

/// An error and its causes on one line, without repeats.
fn describe(e: &(dyn std::error::Error + 'static)) -> String {
    let mut out = e.to_string();
    let mut cur = e.source();
    while let Some(c) = cur {
        let s = c.to_string();
        if !out.contains(&s) {
            out.push_str(": ");
            out.push_str(&s);
        }
        cur = c.source();
    }
    out
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

struct CachedToken {
    value: String,
    expires: Instant,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Challenge {
    Basic,
    Bearer {
        realm: String,
        service: Option<String>,
        scope: Option<String>,
    },
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
fn build_client(opts: &ClientOptions, timeout: Option<Duration>) -> Result<Client, RegistryError> {
    let mut b = reqwest::blocking::Client::builder()
        .use_rustls_tls()
        .connect_timeout(CONNECT_TIMEOUT)
        .tcp_keepalive(Some(Duration::from_secs(30)))
        .danger_accept_invalid_certs(opts.insecure)
        .timeout(timeout);
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
        let http = build_client(&opts, Some(READ_TIMEOUT))?;
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

    // ---- plumbing -------------------------------------------------------

    fn upload_client(&self) -> Result<Client, RegistryError> {
        let mut slot = self
            .inner
            .upload_http
            .lock()
            .unwrap_or_else(|p| p.into_inner());
        if let Some(c) = slot.as_ref() {
            return Ok(c.clone());
        }
        let c = build_client(&self.inner.opts, None)?;
        *slot = Some(c.clone());
        Ok(c)
    }

    /// The URL in a `Location` header, resolved against the request's URL
    /// (registries send both relative and absolute locations).
    fn location(&self, resp: &Response) -> Result<Url, RegistryError> {
        let loc = header_str(resp.headers(), LOCATION.as_str()).ok_or_else(|| {
            RegistryError::Protocol(format!(
                "registry {} started an upload but sent no Location header",
                self.inner.registry
            ))
        })?;
        resp.url().join(loc.trim()).map_err(|e| {
            RegistryError::Protocol(format!(
                "registry {} sent an invalid upload location {loc:?}: {e}",
                self.inner.registry
            ))
        })
    }

    /// Whether `url` is on this registry (credentials are only ever sent there).
    fn same_origin(&self, url: &Url) -> bool {
        let Some(host) = url.host_str() else {
            return false;
        };
        let reg = self.inner.registry.as_str();
        // `host:port`, where host may be a bracketed IPv6 address.
        let (reg_host, reg_port) = match reg.rsplit_once(':') {
            Some((h, p))
                if !h.is_empty()
                    && (!h.starts_with('[') || h.ends_with(']'))
                    && p.bytes().all(|b| b.is_ascii_digit()) =>
            {
                (h, p.parse::<u16>().ok())
            }
            _ => (reg, None),
        };
        if !host.eq_ignore_ascii_case(reg_host) {
            return false;
        }
        match reg_port {
            Some(p) => url.port_or_known_default() == Some(p),
            None => url.port().is_none(),
        }
    }

    /// The name to give `dhow login`: users know Docker Hub as docker.io.
    fn login_name(&self) -> &str {
        match self.inner.registry.as_str() {
            "registry-1.docker.io" | "index.docker.io" => "docker.io",
            r => r,
        }
    }

    fn base_url(&self, path: &str, http: bool) -> Result<Url, RegistryError> {
        let scheme = if http { "http" } else { "https" };
        let s = format!("{scheme}://{}{path}", self.inner.registry);
        Url::parse(&s)
            .map_err(|e| RegistryError::Protocol(format!("invalid registry URL {s:?}: {e}")))
    }

    /// Sends a request with authentication and retries. Non-success statuses
    /// other than 401 are returned for the caller to map.
    fn request(&self, req: Req) -> Result<Response, RegistryError> {
        let retries = self.inner.opts.retries;
        let mut attempt = 0u32;
        let mut reauthenticated = false;
        loop {
            let auth = if req.auth {
                self.auth_header(req.scopes)?
            } else {
                None
            };
            match self.send_once(&req, auth.as_ref()) {
                Err(e) => {
                    if req.retry && attempt < retries && is_retryable(&e) {
                        attempt += 1;
                        std::thread::sleep(backoff(attempt));
                        continue;
                    }
                    return Err(e);
                }
                Ok(resp) if resp.status() == StatusCode::UNAUTHORIZED && req.auth => {
                    if reauthenticated {
                        return Err(self.unauthorized(resp));
                    }
                    let challenge = resp
                        .headers()
                        .get_all(WWW_AUTHENTICATE)
                        .iter()
                        .filter_map(|v| v.to_str().ok())
                        .flat_map(parse_challenges)
                        .find_map(|(scheme, params)| to_challenge(&scheme, &params));
                    let Some(challenge) = challenge else {
                        return Err(self.unauthorized(resp));
                    };
                    // A cached token was refused (expired, or too narrow): drop it.
                    self.inner
                        .tokens
                        .lock()
                        .unwrap_or_else(|p| p.into_inner())
                        .remove(&scope_key(req.scopes));
                    if let Challenge::Bearer { .. } = &challenge {
                        self.fetch_token(&challenge, req.scopes)?;
                    } else if self.inner.opts.auth.is_none() {
                        return Err(self.unauthorized(resp));
                    }
                    *self
                        .inner
                        .challenge
                        .lock()
                        .unwrap_or_else(|p| p.into_inner()) = Some(challenge);
                    reauthenticated = true;
                }
                Ok(resp)
                    if req.retry && attempt < retries && is_retryable_status(resp.status()) =>
                {
                    attempt += 1;
                    let wait = retry_after(resp.headers()).unwrap_or_else(|| backoff(attempt));
                    drop(resp);
                    std::thread::sleep(wait);
                }
                Ok(resp) => return Ok(resp),
            }
        }
    }

    /// One attempt. For a registry path on an insecure registry whose scheme is
    /// not yet known, a failed HTTPS connection is retried over plain HTTP.
    fn send_once(&self, req: &Req, auth: Option<&HeaderValue>) -> Result<Response, RegistryError> {
        let path = match &req.target {
            Target::Url(u) => {
                let auth = auth.filter(|_| self.same_origin(u));
                return self
                    .send_to(req, u.clone(), auth)
                    .map_err(|e| self.classify(e));
            }
            Target::Path(p) => p,
        };
        let scheme = self.inner.scheme.load(Ordering::Relaxed);
        let http = scheme == SCHEME_HTTP;
        let url = self.base_url(path, http)?;
        match self.send_to(req, url, auth) {
            Ok(r) => {
                if !http {
                    self.inner.scheme.store(SCHEME_HTTPS, Ordering::Relaxed);
                }
                Ok(r)
            }
            Err(e) => {
                let mapped = self.classify(e);
                let fallback = !http
                    && self.inner.opts.insecure
                    && scheme == SCHEME_UNKNOWN
                    && matches!(
                        &mapped,
                        RegistryError::Tls { .. } | RegistryError::Network(_)
                    );
                if fallback {
                    if let Ok(r) = self.send_to(req, self.base_url(path, true)?, auth) {
                        self.inner.scheme.store(SCHEME_HTTP, Ordering::Relaxed);
                        return Ok(r);
                    }
                }
                Err(mapped)
            }
        }
    }

    fn send_to(
        &self,
        req: &Req,
        url: Url,
        auth: Option<&HeaderValue>,
    ) -> Result<Response, reqwest::Error> {
        let mut b = self
            .inner
            .http
            .request(req.method.clone(), url)
            .headers(req.headers.clone());
        if let Some(a) = auth {
            b = b.header(AUTHORIZATION, a.clone());
        }
        if let Some(body) = &req.body {
            b = b.body(body.clone());
        }
        b.send()
    }

    /// The Authorization header for `scopes`, from what earlier challenges taught us.
    fn auth_header(&self, scopes: &[String]) -> Result<Option<HeaderValue>, RegistryError> {
        let challenge = self
            .inner
            .challenge
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone();
        match challenge {
            None => Ok(None),
            Some(Challenge::Basic) => Ok(self.inner.opts.auth.as_ref().and_then(basic_header)),
            Some(c @ Challenge::Bearer { .. }) => {
                let key = scope_key(scopes);
                let cached = {
                    let tokens = self.inner.tokens.lock().unwrap_or_else(|p| p.into_inner());
                    tokens
                        .get(&key)
                        .filter(|t| t.expires > Instant::now())
                        .map(|t| t.value.clone())
                };
                let token = match cached {
                    Some(t) => t,
                    None => self.fetch_token(&c, scopes)?,
                };
                Ok(bearer_header(&token))
            }
        }
    }

    /// Gets a token from the challenge's realm and caches it for `scopes`.
    fn fetch_token(
        &self,
        challenge: &Challenge,
        scopes: &[String],
    ) -> Result<String, RegistryError> {
        let Challenge::Bearer {
            realm,
            service,
            scope,
        } = challenge
        else {
            return Err(RegistryError::Protocol(
                "internal error: token requested for a non-bearer challenge".into(),
            ));
        };
        let mut all: Vec<String> = scopes.to_vec();
        for s in scope
            .iter()
            .flat_map(|s| s.split(' '))
            .filter(|s| !s.is_empty())
        {
            if !all.iter().any(|a| a == s) {
                all.push(s.to_string());
            }
        }
        let mut url = Url::parse(realm).map_err(|e| {
            RegistryError::Protocol(format!(
                "registry {} names an invalid token service {realm:?}: {e}",
                self.inner.registry
            ))
        })?;
        let creds = self.inner.opts.auth.as_ref();
        let req = match creds.and_then(|c| c.identity_token.as_deref()) {
            Some(refresh) => {
                // OAuth2 refresh-token grant (what `docker login` stores for some registries).
                let mut form = Url::parse("http://form.invalid/")
                    .map_err(|e| RegistryError::Protocol(e.to_string()))?;
                {
                    let mut q = form.query_pairs_mut();
                    q.append_pair("grant_type", "refresh_token");
                    q.append_pair("refresh_token", refresh);
                    q.append_pair("client_id", "dhow");
                    if let Some(s) = service {
                        q.append_pair("service", s);
                    }
                    if !all.is_empty() {
                        q.append_pair("scope", &all.join(" "));
                    }
                }
                let mut r = Req::new(Method::POST, Target::Url(url), &[])
                    .header(CONTENT_TYPE, "application/x-www-form-urlencoded");
                r.body = Some(form.query().unwrap_or_default().as_bytes().to_vec());
                r.retry = true;
                r
            }
            None => {
                {
                    let mut q = url.query_pairs_mut();
                    if let Some(s) = service {
                        q.append_pair("service", s);
                    }
                    for s in &all {
                        q.append_pair("scope", s);
                    }
                }
                let mut r = Req::new(Method::GET, Target::Url(url), &[]);
                if let Some(h) = creds.and_then(basic_header) {
                    r.headers.insert(AUTHORIZATION, h);
                }
                r
            }
        };
        let req = Req { auth: false, ..req };
        let resp = self.request(req)?;
        if resp.status() == StatusCode::UNAUTHORIZED || resp.status() == StatusCode::FORBIDDEN {
            return Err(self.unauthorized(resp));
        }
        if !resp.status().is_success() {
            return Err(self.status_error(resp, Ctx::Other));
        }
        let body = read_limited(resp, MAX_JSON_BODY, "token response")?;
        let v: serde_json::Value = serde_json::from_slice(&body).map_err(|e| {
            RegistryError::Protocol(format!(
                "the token service of {} sent invalid JSON: {e}",
                self.inner.registry
            ))
        })?;
        let token = ["token", "access_token"]
            .iter()
            .find_map(|k| v.get(*k).and_then(|t| t.as_str()).filter(|t| !t.is_empty()))
            .ok_or_else(|| {
                RegistryError::Protocol(format!(
                    "the token service of {} sent no token",
                    self.inner.registry
                ))
            })?
            .to_string();
        // docker's default lifetime is 60 s; renew a little early.
        let lifetime = v
            .get("expires_in")
            .and_then(|e| e.as_u64())
            .unwrap_or(60)
            .max(10);
        let expires = Instant::now() + Duration::from_secs(lifetime - lifetime / 10);
        self.inner
            .tokens
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert(
                scope_key(scopes),
                CachedToken {
                    value: token.clone(),
                    expires,
                },
            );
        Ok(token)
    }

    fn unauthorized(&self, resp: Response) -> RegistryError {
        let registry = self.inner.registry.clone();
        let login = self.login_name();
        let (_, message) = error_details(resp);
        let hint = match &self.inner.opts.auth {
            Some(a) if a.identity_token.is_some() => format!("the registry rejected the stored token; log in again with `dhow login {login}`"),
            Some(a) => format!("the registry rejected the credentials for user {:?} (check them, then `dhow login {login}`)", a.username),
            None => format!("the repository does not exist or needs credentials; log in with `dhow login {login}`"),
        };
        let detail = match message {
            Some(m) => format!("{m}: {hint}"),
            None => hint,
        };
        RegistryError::Unauthorized { registry, detail }
    }

    /// Maps a non-success response to an error.
    fn status_error(&self, resp: Response, ctx: Ctx) -> RegistryError {
        let status = resp.status();
        if status == StatusCode::UNAUTHORIZED {
            return self.unauthorized(resp);
        }
        let url = resp.url().to_string();
        let (codes, message) = error_details(resp);
        let has = |c: &str| codes.iter().any(|x| x == c);
        let registry = self.inner.registry.clone();
        let detail = message.unwrap_or_else(|| {
            status
                .canonical_reason()
                .unwrap_or("unexpected status")
                .to_string()
        });
        if status == StatusCode::FORBIDDEN || has("DENIED") {
            return RegistryError::Denied { registry, detail };
        }
        let not_found = status == StatusCode::NOT_FOUND
            || has("MANIFEST_UNKNOWN")
            || has("NAME_UNKNOWN")
            || has("BLOB_UNKNOWN");
        match ctx {
            Ctx::Manifest { repo, reference } if not_found => {
                return RegistryError::ManifestUnknown {
                    reference: display_ref(repo, reference),
                    registry,
                };
            }
            Ctx::Repo { repo } if not_found => {
                return RegistryError::ManifestUnknown {
                    reference: repo.to_string(),
                    registry,
                }
            }
            Ctx::Blob { digest } if not_found && !has("NAME_UNKNOWN") => {
                return RegistryError::BlobUnknown {
                    digest: digest.to_string(),
                }
            }
            _ => {}
        }
        let detail = if status == StatusCode::TOO_MANY_REQUESTS || has("TOOMANYREQUESTS") {
            format!("{detail} (the registry is rate-limiting requests: wait and retry, or log in to get a higher limit)")
        } else {
            detail
        };
        RegistryError::Http {
            status: status.as_u16(),
            url,
            detail,
        }
    }

    /// Turns a transport error into the variant that says what to do.
    fn classify(&self, e: reqwest::Error) -> RegistryError {
        let host = self.inner.registry.clone();
        let mut causes = String::new();
        let mut cur = std::error::Error::source(&e);
        while let Some(c) = cur {
            if let Some(io) = c.downcast_ref::<io::Error>() {
                if io.kind() == io::ErrorKind::ConnectionRefused {
                    return RegistryError::ConnectionRefused { host };
                }
            }
            causes.push_str(&c.to_string().to_lowercase());
            causes.push('\n');
            cur = c.source();
        }
        if causes.contains("dns error")
            || causes.contains("failed to lookup address")
            || causes.contains("name or service not known")
        {
            return RegistryError::UnknownHost { host };
        }
        if causes.contains("connection refused") {
            return RegistryError::ConnectionRefused { host };
        }
        // rustls reports a plain-HTTP answer as a record with an invalid content type.
        if causes.contains("invalidcontenttype") || causes.contains("corrupt message") {
            return RegistryError::Tls {
                host,
                detail: "the server gave an HTTP response to an HTTPS client".into(),
            };
        }
        if causes.contains("certificate") || causes.contains("tls") || causes.contains("handshake")
        {
            let detail = describe(&e);
            return RegistryError::Tls { host, detail };
        }
        RegistryError::Network(e)
    }
}

/// The blob stream handed to callers. Body errors from reqwest arrive as
/// `io::ErrorKind::Other`; they are given a kind that says "the transfer broke"
/// so callers can tell a network hiccup (worth a retry) from bad data.
struct BlobBody {
    resp: Response,
}

impl Read for BlobBody {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.resp.read(buf).map_err(|e| {
            if e.kind() != io::ErrorKind::Other {
                return e;
            }
            let kind = match e.get_ref().and_then(|r| r.downcast_ref::<reqwest::Error>()) {
                Some(r) if r.is_timeout() => io::ErrorKind::TimedOut,
                Some(_) => io::ErrorKind::ConnectionAborted,
                None => return e,
            };
            match e.into_inner() {
                Some(inner) => io::Error::new(kind, inner),
                None => io::Error::from(kind),
            }
        })
    }
}

fn is_retryable(e: &RegistryError) -> bool {
    match e {
        RegistryError::Network(r) => r.is_timeout() || r.is_connect() || r.is_request(),
        RegistryError::Io(io) => matches!(
            io.kind(),
            io::ErrorKind::ConnectionReset
                | io::ErrorKind::ConnectionAborted
                | io::ErrorKind::TimedOut
        ),
        _ => false,
    }
}

fn is_retryable_status(s: StatusCode) -> bool {
    s == StatusCode::TOO_MANY_REQUESTS || matches!(s.as_u16(), 500 | 502 | 503 | 504)
}

fn backoff(attempt: u32) -> Duration {
    Duration::from_millis(250u64.saturating_mul(1 << attempt.min(4)).min(4000))
}

/// `Retry-After: SECONDS`, capped so a registry cannot stall us for long.
fn retry_after(h: &HeaderMap) -> Option<Duration> {
    let secs: u64 = header_str(h, RETRY_AFTER.as_str())?.trim().parse().ok()?;
    Some(Duration::from_secs(secs.min(10)))
}

fn scope_key(scopes: &[String]) -> String {
    scopes.join(" ")
}

fn basic_header(a: &Auth) -> Option<HeaderValue> {
    if a.username.is_empty() && a.password.is_empty() {
        return None;
    }
    let raw = format!("{}:{}", a.username, a.password);
    let mut v = HeaderValue::from_str(&format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(raw)
    ))
    .ok()?;
    v.set_sensitive(true);
    Some(v)
}

fn bearer_header(token: &str) -> Option<HeaderValue> {
    let mut v = HeaderValue::from_str(&format!("Bearer {token}")).ok()?;
    v.set_sensitive(true);
    Some(v)
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

/// The error codes and a one-line message from a registry error body
/// (`{"errors":[{"code":..,"message":..}]}`), or its text.
fn error_details(resp: Response) -> (Vec<String>, Option<String>) {
    let mut body = Vec::new();
    let _ = BlobBody { resp }
        .take(MAX_ERROR_BODY)
        .read_to_end(&mut body);
    let mut codes = Vec::new();
    let mut messages = Vec::new();
    if let Ok(v) = serde_json::from_slice::<serde_json::Value>(&body) {
        for e in v
            .get("errors")
            .and_then(|e| e.as_array())
            .into_iter()
            .flatten()
        {
            let code = e.get("code").and_then(|c| c.as_str()).unwrap_or_default();
            let msg = e
                .get("message")
                .and_then(|c| c.as_str())
                .unwrap_or_default();
            if !code.is_empty() {
                codes.push(code.to_string());
            }
            match (code.is_empty(), msg.is_empty()) {
                (false, false) => messages.push(format!("{code}: {msg}")),
                (false, true) => messages.push(code.to_string()),
                (true, false) => messages.push(msg.to_string()),
                (true, true) => {}
            }
        }
        // Token services answer `{"details": ".."}` or `{"error": ".."}`.
        for k in ["details", "error", "message"] {
            if let Some(s) = v.get(k).and_then(|s| s.as_str()).filter(|s| !s.is_empty()) {
                messages.push(s.to_string());
            }
        }
    } else {
        let text = String::from_utf8_lossy(&body);
        let line = text
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty())
            .unwrap_or("");
        if !line.is_empty() && !line.starts_with('<') {
            messages.push(line.chars().take(200).collect());
        }
    }
    let message = if messages.is_empty() {
        None
    } else {
        Some(messages.join("; "))
    };
    (codes, message)
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

/// Parses `WWW-Authenticate`: challenges (`scheme`, lowercased) with their
/// parameters; quoted values may contain commas and `\"`.
fn parse_challenges(header: &str) -> Vec<(String, Vec<(String, String)>)> {
    let chars: Vec<char> = header.chars().collect();
    let mut i = 0;
    let mut out: Vec<(String, Vec<(String, String)>)> = Vec::new();
    let token_end = |i: &mut usize| {
        let start = *i;
        while *i < chars.len() && !chars[*i].is_whitespace() && chars[*i] != '=' && chars[*i] != ','
        {
            *i += 1;
        }
        chars[start..*i].iter().collect::<String>()
    };
    loop {
        while i < chars.len() && (chars[i].is_whitespace() || chars[i] == ',') {
            i += 1;
        }
        if i >= chars.len() {
            break;
        }
        let token = token_end(&mut i);
        if token.is_empty() {
            // A stray '=' (token68 padding): skip it.
            i += 1;
            continue;
        }
        let mut j = i;
        while j < chars.len() && chars[j].is_whitespace() {
            j += 1;
        }
        if j < chars.len() && chars[j] == '=' {
            i = j + 1;
            while i < chars.len() && chars[i].is_whitespace() {
                i += 1;
            }
            let value = if i < chars.len() && chars[i] == '"' {
                i += 1;
                let mut v = String::new();
                while i < chars.len() && chars[i] != '"' {
                    if chars[i] == '\\' && i + 1 < chars.len() {
                        i += 1;
                    }
                    v.push(chars[i]);
                    i += 1;
                }
                i += 1;
                v
            } else {
                let start = i;
                while i < chars.len() && chars[i] != ',' && !chars[i].is_whitespace() {
                    i += 1;
                }
                chars[start..i].iter().collect()
            };
            if let Some(last) = out.last_mut() {
                last.1.push((token.to_lowercase(), value));
            }
        } else {
            out.push((token.to_lowercase(), Vec::new()));
        }
    }
    out
}

fn to_challenge(scheme: &str, params: &[(String, String)]) -> Option<Challenge> {
    let get = |k: &str| params.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
    match scheme {
        "bearer" => Some(Challenge::Bearer {
            realm: get("realm")?,
            service: get("service"),
            scope: get("scope"),
        }),
        "basic" => Some(Challenge::Basic),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::image::manifest::{DOCKER_LIST, DOCKER_MANIFEST, OCI_INDEX, OCI_MANIFEST};
    use std::io::Write;
    use std::net::{TcpListener, TcpStream};

    #[derive(Debug, Clone)]
    struct TestReq {
        method: String,
        path: String,
        headers: Vec<(String, String)>,
        body: Vec<u8>,
    }

    impl TestReq {
        fn header(&self, name: &str) -> Option<&str> {
            self.headers
                .iter()
                .find(|(n, _)| n.eq_ignore_ascii_case(name))
                .map(|(_, v)| v.as_str())
        }
    }

    struct Server {
        addr: String,
        reqs: Arc<Mutex<Vec<TestReq>>>,
        /// Connections that opened with a TLS handshake.
        tls_attempts: Arc<std::sync::atomic::AtomicUsize>,
    }

    impl Server {
        fn requests(&self) -> Vec<TestReq> {
            self.reqs.lock().unwrap().clone()
        }
    }

    /// A one-thread HTTP/1.1 server on 127.0.0.1 answering each request with
    /// `handler(request, own address)` and closing the connection. A TLS
    /// ClientHello gets a plain-HTTP 400, as real HTTP servers answer.
    fn serve(handler: impl Fn(&TestReq, &str) -> Vec<u8> + Send + 'static) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap().to_string();
        let reqs = Arc::new(Mutex::new(Vec::new()));
        let tls_attempts = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let (a, r, t) = (addr.clone(), reqs.clone(), tls_attempts.clone());
        std::thread::spawn(move || {
            for conn in listener.incoming() {
                let Ok(mut conn) = conn else { continue };
                if let Some(req) = read_request(&mut conn) {
                    r.lock().unwrap().push(req.clone());
                    let _ = conn.write_all(&handler(&req, &a));
                } else {
                    t.fetch_add(1, Ordering::SeqCst);
                    let _ =
                        conn.write_all(b"HTTP/1.0 400 Bad Request\r\nConnection: close\r\n\r\n");
                }
                let _ = conn.flush();
            }
        });
        Server {
            addr,
            reqs,
            tls_attempts,
        }
    }

    fn read_request(conn: &mut TcpStream) -> Option<TestReq> {
        conn.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
        let mut buf = Vec::new();
        let mut chunk = [0u8; 4096];
        let head_end = loop {
            let n = conn.read(&mut chunk).ok()?;
            if n == 0 {
                return None;
            }
            buf.extend_from_slice(&chunk[..n]);
            if buf[0] == 0x16 {
                return None; // TLS handshake
            }
            if let Some(p) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                break p;
            }
        };
        let head = String::from_utf8_lossy(&buf[..head_end]).to_string();
        let mut lines = head.lines();
        let mut first = lines.next()?.split(' ');
        let (method, path) = (first.next()?.to_string(), first.next()?.to_string());
        let headers: Vec<(String, String)> = lines
            .filter_map(|l| l.split_once(':'))
            .map(|(n, v)| (n.trim().to_string(), v.trim().to_string()))
            .collect();
        let len: usize = headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case("content-length"))
            .and_then(|(_, v)| v.parse().ok())
            .unwrap_or(0);
        let mut body = buf[head_end + 4..].to_vec();
        while body.len() < len {
            let n = conn.read(&mut chunk).ok()?;
            if n == 0 {
                break;
            }
            body.extend_from_slice(&chunk[..n]);
        }
        Some(TestReq {
            method,
            path,
            headers,
            body,
        })
    }

    fn resp(status: &str, headers: &[(&str, &str)], body: &[u8]) -> Vec<u8> {
        let mut out = format!(
            "HTTP/1.1 {status}\r\nContent-Length: {}\r\nConnection: close\r\n",
            body.len()
        );
        for (n, v) in headers {
            out.push_str(&format!("{n}: {v}\r\n"));
        }
        out.push_str("\r\n");
        let mut out = out.into_bytes();
        out.extend_from_slice(body);
        out
    }

    fn client(addr: &str, insecure: bool, auth: Option<Auth>) -> RegistryClient {
        RegistryClient::new(
            addr,
            ClientOptions {
                insecure,
                auth,
                user_agent: "dhow-test".into(),
                retries: 2,
            },
        )
        .unwrap()
    }

    const MANIFEST: &[u8] = br#"{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{},"layers":[]}"#;

    #[test]
    fn is_send_sync_clone() {
        fn check<T: Send + Sync + Clone>() {}
        check::<RegistryClient>();
    }

    #[test]
    fn anonymous_manifest_over_insecure_http() {
        let srv = serve(|r, _| {
            assert_eq!(r.path, "/v2/library/alpine/manifests/latest");
            resp("200 OK", &[("Content-Type", "application/json")], MANIFEST)
        });
        let m = client(&srv.addr, true, None)
            .get_manifest("library/alpine", "latest")
            .unwrap();
        assert_eq!(m.digest, Digest::of(MANIFEST));
        assert_eq!(m.bytes, MANIFEST);
        // The generic Content-Type is replaced by the document's own mediaType.
        assert_eq!(m.media_type, OCI_MANIFEST);
        let reqs = srv.requests();
        let accept = reqs[0].header("accept").unwrap();
        for t in [OCI_MANIFEST, OCI_INDEX, DOCKER_MANIFEST, DOCKER_LIST] {
            assert!(accept.contains(t), "{accept}");
        }
        assert!(reqs[0].header("authorization").is_none());
        assert_eq!(srv.tls_attempts.load(Ordering::SeqCst), 1);
    }

    #[test]
    fn insecure_fallback_is_remembered() {
        let srv = serve(|_, _| resp("200 OK", &[], b"{}"));
        let c = client(&srv.addr, true, None);
        for _ in 0..3 {
            c.ping().unwrap();
        }
        assert_eq!(
            srv.tls_attempts.load(Ordering::SeqCst),
            1,
            "HTTPS is tried once, then plain HTTP is remembered"
        );
        assert_eq!(srv.requests().len(), 3);
    }

    #[test]
    fn head_manifest_reads_headers() {
        let d = Digest::of(MANIFEST);
        let dd = d.to_string();
        let srv = serve(move |r, _| {
            assert_eq!(r.method, "HEAD");
            format!("HTTP/1.1 200 OK\r\nContent-Length: 123\r\nContent-Type: {DOCKER_LIST}\r\nDocker-Content-Digest: {dd}\r\nConnection: close\r\n\r\n").into_bytes()
        });
        let got = client(&srv.addr, true, None)
            .head_manifest("a", "latest")
            .unwrap();
        assert_eq!(got, Some((d, DOCKER_LIST.to_string(), 123)));
    }

    #[test]
    fn https_to_plain_http_is_a_tls_error_with_hint() {
        let srv = serve(|_, _| resp("200 OK", &[], b"{}"));
        let err = client(&srv.addr, false, None).ping().unwrap_err();
        assert!(matches!(err, RegistryError::Tls { .. }), "{err:?}");
        assert!(err.to_string().contains("--tls-verify=false"), "{err}");
        assert!(srv.requests().is_empty(), "nothing went out in plain HTTP");
    }

    #[test]
    fn digest_mismatch_when_fetched_by_digest() {
        let srv = serve(|_, _| resp("200 OK", &[("Content-Type", OCI_MANIFEST)], MANIFEST));
        let wanted = Digest::of(b"something else");
        let err = client(&srv.addr, true, None)
            .get_manifest("a/b", &wanted.to_string())
            .unwrap_err();
        match err {
            RegistryError::DigestMismatch { expected, got } => {
                assert_eq!(expected, wanted.to_string());
                assert_eq!(got, Digest::of(MANIFEST).to_string());
            }
            e => panic!("{e:?}"),
        }
        let ok = client(&srv.addr, true, None)
            .get_manifest("a/b", &Digest::of(MANIFEST).to_string())
            .unwrap();
        assert_eq!(ok.media_type, OCI_MANIFEST);
    }

    fn bearer_server() -> Server {
        serve(|r, addr| {
            if r.path.starts_with("/token") {
                return resp("200 OK", &[], br#"{"token":"T","expires_in":300}"#);
            }
            if r.header("authorization") == Some("Bearer T") {
                return resp("200 OK", &[("Content-Type", DOCKER_MANIFEST)], MANIFEST);
            }
            let challenge = format!(
                r#"Bearer realm="http://{addr}/token",service="reg,istry",scope="repository:ns/app:pull""#
            );
            resp(
                "401 Unauthorized",
                &[("WWW-Authenticate", &challenge)],
                br#"{"errors":[{"code":"UNAUTHORIZED","message":"authentication required"}]}"#,
            )
        })
    }

    #[test]
    fn bearer_challenge_gets_token_and_retries() {
        let srv = bearer_server();
        let c = client(&srv.addr, true, None);
        let m = c.get_manifest("ns/app", "v1").unwrap();
        assert_eq!(m.media_type, DOCKER_MANIFEST);
        c.get_manifest("ns/app", "v2").unwrap();
        let reqs = srv.requests();
        let tokens: Vec<_> = reqs
            .iter()
            .filter(|r| r.path.starts_with("/token"))
            .collect();
        assert_eq!(tokens.len(), 1, "the token is cached: {reqs:#?}");
        assert!(
            tokens[0].path.contains("service=reg%2Cistry"),
            "{}",
            tokens[0].path
        );
        assert!(
            tokens[0]
                .path
                .contains("scope=repository%3Ans%2Fapp%3Apull"),
            "{}",
            tokens[0].path
        );
        assert!(
            tokens[0].header("authorization").is_none(),
            "anonymous token request"
        );
        let last = reqs.last().unwrap();
        assert_eq!(last.path, "/v2/ns/app/manifests/v2");
        assert_eq!(last.header("authorization"), Some("Bearer T"));
    }

    #[test]
    fn credentials_go_to_the_token_service() {
        let srv = serve(|r, addr| {
            if r.path.starts_with("/token") {
                return if r.header("authorization") == Some("Basic dTpwQHNz") {
                    resp("200 OK", &[], br#"{"access_token":"T"}"#)
                } else {
                    resp(
                        "401 Unauthorized",
                        &[],
                        br#"{"details":"incorrect username or password"}"#,
                    )
                };
            }
            if r.header("authorization") == Some("Bearer T") {
                return resp("200 OK", &[], b"{}");
            }
            resp(
                "401 Unauthorized",
                &[(
                    "WWW-Authenticate",
                    &format!("Bearer realm=\"http://{addr}/token\",service=\"s\""),
                )],
                b"",
            )
        });
        let good = Auth {
            username: "u".into(),
            password: "p@ss".into(),
            identity_token: None,
        };
        client(&srv.addr, true, Some(good)).ping().unwrap();
        let bad = Auth {
            username: "u".into(),
            password: "wrong".into(),
            identity_token: None,
        };
        let err = client(&srv.addr, true, Some(bad)).ping().unwrap_err();
        assert!(matches!(err, RegistryError::Unauthorized { .. }), "{err:?}");
        let msg = err.to_string();
        assert!(
            msg.contains("incorrect username or password") && msg.contains("dhow login"),
            "{msg}"
        );
    }

    #[test]
    fn identity_token_uses_refresh_grant() {
        let srv = serve(|r, addr| {
            if r.path.starts_with("/token") {
                let body = String::from_utf8_lossy(&r.body);
                return if r.method == "POST"
                    && body.contains("grant_type=refresh_token")
                    && body.contains("refresh_token=R")
                {
                    resp("200 OK", &[], br#"{"access_token":"T"}"#)
                } else {
                    resp("400 Bad Request", &[], b"")
                };
            }
            if r.header("authorization") == Some("Bearer T") {
                return resp("200 OK", &[], b"{}");
            }
            resp(
                "401 Unauthorized",
                &[(
                    "WWW-Authenticate",
                    &format!("Bearer realm=\"http://{addr}/token\""),
                )],
                b"",
            )
        });
        let auth = Auth {
            username: String::new(),
            password: String::new(),
            identity_token: Some("R".into()),
        };
        client(&srv.addr, true, Some(auth)).ping().unwrap();
    }

    #[test]
    fn basic_challenge() {
        let srv = serve(|r, _| {
            if r.header("authorization") == Some("Basic dTpw") {
                resp("200 OK", &[], b"{}")
            } else {
                resp(
                    "401 Unauthorized",
                    &[("WWW-Authenticate", "Basic realm=\"dhow\"")],
                    b"",
                )
            }
        });
        let auth = Auth {
            username: "u".into(),
            password: "p".into(),
            identity_token: None,
        };
        let c = client(&srv.addr, true, Some(auth));
        c.ping().unwrap();
        c.ping().unwrap();
        // The second ping sends the credentials straight away.
        assert_eq!(srv.requests().len(), 3);
        let err = client(&srv.addr, true, None).ping().unwrap_err();
        assert!(
            matches!(err, RegistryError::Unauthorized { .. })
                && err.to_string().contains("dhow login"),
            "{err}"
        );
    }

    #[test]
    fn manifest_unknown_and_denied() {
        let srv = serve(|r, _| {
            if r.path.contains("secret") {
                resp("403 Forbidden", &[], br#"{"errors":[{"code":"DENIED","message":"requested access to the resource is denied"}]}"#)
            } else {
                resp(
                    "404 Not Found",
                    &[],
                    br#"{"errors":[{"code":"MANIFEST_UNKNOWN","message":"manifest unknown"}]}"#,
                )
            }
        });
        let c = client(&srv.addr, true, None);
        let err = c.get_manifest("library/nope", "1.0").unwrap_err();
        match &err {
            RegistryError::ManifestUnknown {
                reference,
                registry,
            } => {
                assert_eq!(reference, "library/nope:1.0");
                assert_eq!(registry, &srv.addr);
            }
            e => panic!("{e:?}"),
        }
        assert!(err.to_string().contains("check the name and tag"));
        let err = c.get_manifest("secret/x", "1").unwrap_err();
        assert!(
            matches!(err, RegistryError::Denied { .. }) && err.to_string().contains("denied"),
            "{err:?}"
        );
        assert_eq!(c.head_manifest("library/nope", "1.0").unwrap(), None);
        let d = Digest::of(b"x");
        assert!(matches!(
            c.get_blob("library/nope", &d),
            Err(RegistryError::BlobUnknown { .. })
        ));
        assert_eq!(c.blob_exists("library/nope", &d).unwrap(), None);
    }

    #[test]
    fn connection_refused() {
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let addr = format!("127.0.0.1:{port}");
        for insecure in [false, true] {
            let err = client(&addr, insecure, None).ping().unwrap_err();
            assert!(
                matches!(err, RegistryError::ConnectionRefused { .. }),
                "{err:?}"
            );
            assert!(err.to_string().contains("refused"));
        }
    }

    #[test]
    fn retries_after_503() {
        let n = Arc::new(Mutex::new(0));
        let n2 = n.clone();
        let srv = serve(move |_, _| {
            let mut n = n2.lock().unwrap();
            *n += 1;
            if *n == 1 {
                resp("503 Service Unavailable", &[("Retry-After", "0")], b"busy")
            } else {
                resp("200 OK", &[("Content-Length-Ignored", "x")], b"blob-data")
            }
        });
        let mut body = String::new();
        client(&srv.addr, true, None)
            .get_blob("a", &Digest::of(b"blob-data"))
            .unwrap()
            .read_to_string(&mut body)
            .unwrap();
        assert_eq!(body, "blob-data");
        assert_eq!(srv.requests().len(), 2);
        // Without retries the 503 is an error naming the status.
        let srv = serve(|_, _| resp("503 Service Unavailable", &[], b"busy"));
        let c = RegistryClient::new(
            &srv.addr,
            ClientOptions {
                insecure: true,
                retries: 0,
                ..Default::default()
            },
        )
        .unwrap();
        match c.get_blob("a", &Digest::of(b"")) {
            Err(RegistryError::Http {
                status: 503,
                detail,
                ..
            }) => assert_eq!(detail, "busy"),
            Err(e) => panic!("{e:?}"),
            Ok(_) => panic!("a 503 was accepted"),
        }
    }

    #[test]
    fn upload_with_relative_location() {
        let srv = serve(|r, _| match (r.method.as_str(), r.path.as_str()) {
            ("POST", "/v2/me/app/blobs/uploads/") => resp(
                "202 Accepted",
                &[("Location", "/v2/me/app/blobs/uploads/u1?_state=abc")],
                b"",
            ),
            ("PUT", p) if p.starts_with("/v2/me/app/blobs/uploads/u1?") => {
                resp("201 Created", &[], b"")
            }
            ("PUT", "/v2/me/app/manifests/v1") => resp("201 Created", &[], b""),
            _ => resp("400 Bad Request", &[], b""),
        });
        let c = client(&srv.addr, true, None);
        let data = b"layer bytes".to_vec();
        let digest = Digest::of(&data);
        c.upload_blob(
            "me/app",
            &digest,
            data.len() as u64,
            Box::new(io::Cursor::new(data.clone())),
        )
        .unwrap();
        let put_digest = c
            .put_manifest("me/app", "v1", MANIFEST, OCI_MANIFEST)
            .unwrap();
        assert_eq!(put_digest, Digest::of(MANIFEST));
        let reqs = srv.requests();
        let put = &reqs[1];
        assert_eq!(
            put.path,
            format!(
                "/v2/me/app/blobs/uploads/u1?_state=abc&digest=sha256%3A{}",
                digest.hex()
            )
        );
        assert_eq!(put.body, data);
        assert_eq!(put.header("content-length"), Some("11"));
        assert_eq!(reqs[2].header("content-type"), Some(OCI_MANIFEST));
        assert_eq!(reqs[2].body, MANIFEST);
    }

    #[test]
    fn declined_mount_cancels_upload() {
        let srv = serve(|r, addr| match r.method.as_str() {
            "POST" if r.path.contains("mount=") => resp(
                "202 Accepted",
                &[("Location", &format!("http://{addr}/v2/b/blobs/uploads/u2"))],
                b"",
            ),
            "DELETE" => resp("204 No Content", &[], b""),
            _ => resp("400 Bad Request", &[], b""),
        });
        let d = Digest::of(b"x");
        assert!(!client(&srv.addr, true, None)
            .mount_blob("b", &d, "other/a")
            .unwrap());
        let reqs = srv.requests();
        assert_eq!(
            reqs[0].path,
            format!("/v2/b/blobs/uploads/?mount={d}&from=other%2Fa")
        );
        assert_eq!(
            (reqs[1].method.as_str(), reqs[1].path.as_str()),
            ("DELETE", "/v2/b/blobs/uploads/u2")
        );
    }

    #[test]
    fn tags_follow_link_pagination() {
        let srv = serve(|r, _| {
            if r.path == "/v2/x/tags/list" {
                resp(
                    "200 OK",
                    &[("Link", "</v2/x/tags/list?last=b&n=2>; rel=\"next\"")],
                    br#"{"name":"x","tags":["a","b"]}"#,
                )
            } else {
                resp("200 OK", &[], br#"{"name":"x","tags":["c"]}"#)
            }
        });
        assert_eq!(
            client(&srv.addr, true, None).tags("x").unwrap(),
            vec!["a", "b", "c"]
        );
    }

    #[test]
    fn catalog_respects_limit() {
        let srv = serve(|_, _| resp("200 OK", &[], br#"{"repositories":["a","b","c"]}"#));
        let c = client(&srv.addr, true, None);
        assert_eq!(c.catalog(Some(2)).unwrap(), vec!["a", "b"]);
        assert_eq!(srv.requests()[0].path, "/v2/_catalog?n=2");
    }

    #[test]
    fn redirect_to_another_host_drops_credentials() {
        let cdn = serve(|_, _| resp("200 OK", &[], b"from-cdn"));
        let cdn_addr = cdn.addr.clone();
        let srv = serve(move |r, _| {
            if r.header("authorization").is_none() {
                return resp(
                    "401 Unauthorized",
                    &[("WWW-Authenticate", "Basic realm=\"r\"")],
                    b"",
                );
            }
            resp(
                "307 Temporary Redirect",
                &[("Location", &format!("http://{cdn_addr}/blob"))],
                b"",
            )
        });
        let auth = Auth {
            username: "u".into(),
            password: "p".into(),
            identity_token: None,
        };
        let mut body = String::new();
        client(&srv.addr, true, Some(auth))
            .get_blob("r", &Digest::of(b"from-cdn"))
            .unwrap()
            .read_to_string(&mut body)
            .unwrap();
        assert_eq!(body, "from-cdn");
        let reqs = cdn.requests();
        assert_eq!(reqs.len(), 1);
        assert!(
            reqs[0].header("authorization").is_none(),
            "credentials leaked to {}",
            cdn.addr
        );
    }

    #[test]
    fn manifest_size_is_capped() {
        let srv = serve(|_, _| {
            let big = vec![b' '; (MAX_MANIFEST_SIZE + 1) as usize];
            resp("200 OK", &[], &big)
        });
        let err = client(&srv.addr, true, None)
            .get_manifest("a", "b")
            .unwrap_err();
        assert!(matches!(err, RegistryError::TooLarge { .. }), "{err:?}");
    }

    #[test]
    fn parses_challenges() {
        let c = parse_challenges(
            r#"Bearer realm="https://auth.example/token",service="a,b",scope="repository:x/y:pull,push", error="insufficient_scope""#,
        );
        assert_eq!(c.len(), 1);
        assert_eq!(
            to_challenge(&c[0].0, &c[0].1),
            Some(Challenge::Bearer {
                realm: "https://auth.example/token".into(),
                service: Some("a,b".into()),
                scope: Some("repository:x/y:pull,push".into())
            })
        );
        let c = parse_challenges(r#"Basic realm="say \"hi\"", Bearer realm=r"#);
        assert_eq!(c.len(), 2);
        assert_eq!(
            c[0].1,
            vec![("realm".to_string(), "say \"hi\"".to_string())]
        );
        assert_eq!(
            to_challenge(&c[1].0, &c[1].1),
            Some(Challenge::Bearer {
                realm: "r".into(),
                service: None,
                scope: None
            })
        );
        assert!(parse_challenges("").is_empty());
    }

    #[test]
    fn origin_check() {
        let c = client("reg.example:5000", false, None);
        assert!(c.same_origin(&Url::parse("https://reg.example:5000/v2/x").unwrap()));
        assert!(!c.same_origin(&Url::parse("https://reg.example/v2/x").unwrap()));
        assert!(!c.same_origin(&Url::parse("https://cdn.example:5000/x").unwrap()));
        let c = client("reg.example", false, None);
        assert!(c.same_origin(&Url::parse("https://REG.example/v2/").unwrap()));
        assert!(!c.same_origin(&Url::parse("https://reg.example:8443/v2/").unwrap()));
        let c = client("[::1]:5000", false, None);
        assert!(c.same_origin(&Url::parse("http://[::1]:5000/v2/").unwrap()));
        assert_eq!(
            client("registry-1.docker.io", false, None).login_name(),
            "docker.io"
        );
    }

    #[test]
    fn link_header() {
        assert_eq!(
            next_link(r#"</v2/_catalog?last=a&n=1>; rel="next""#).as_deref(),
            Some("/v2/_catalog?last=a&n=1")
        );
        assert_eq!(
            next_link(r#"<http://x/prev>; rel="prev", <http://x/n>; rel=next"#).as_deref(),
            Some("http://x/n")
        );
        assert_eq!(next_link("garbage"), None);
    }

    #[test]
    fn auth_debug_hides_password() {
        let a = Auth {
            username: "me".into(),
            password: "hunter2".into(),
            identity_token: Some("tok".into()),
        };
        let s = format!(
            "{:?}",
            ClientOptions {
                auth: Some(a),
                ..Default::default()
            }
        );
        assert!(
            s.contains("me") && !s.contains("hunter2") && !s.contains("tok\""),
            "{s}"
        );
    }
}
