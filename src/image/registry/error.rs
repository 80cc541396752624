//! Registry errors: [`RegistryError`], and how failed responses and
//! transport errors are mapped to the variant whose message tells the user
//! what to do.

use reqwest::blocking::Response;
use reqwest::StatusCode;
use std::io::{self, Read};
use super::{MAX_ERROR_BODY, RegistryClient, Ctx, display_ref};

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
pub(super) fn describe(e: &(dyn std::error::Error + 'static)) -> String {
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

impl RegistryClient {
    pub(super) fn unauthorized(&self, resp: Response) -> RegistryError {
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
    pub(super) fn status_error(&self, resp: Response, ctx: Ctx) -> RegistryError {
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
    pub(super) fn classify(&self, e: reqwest::Error) -> RegistryError {
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
/// The error codes and a one-line message from a registry error body
/// (`{"errors":[{"code":..,"message":..}]}`), or its text.
pub(super) fn error_details(resp: Response) -> (Vec<String>, Option<String>) {
    let mut body = Vec::new();
    // Read errors are ignored (the body only adds detail), so the plain
    // response will do here; transport::BlobBody only renames their kinds.
    let _ = resp.take(MAX_ERROR_BODY).read_to_end(&mut body);
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
