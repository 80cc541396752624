//! Sending requests: HTTPS with the remembered HTTP fallback for insecure
//! registries, authentication and one re-authentication after a 401,
//! retries with backoff (`Retry-After` honoured), and the blob body stream.

use reqwest::blocking::{Client, Response};
use reqwest::header::{HeaderMap, HeaderValue, AUTHORIZATION, LOCATION, RETRY_AFTER, WWW_AUTHENTICATE};
use reqwest::{StatusCode, Url};
use std::io::{self, Read};
use std::sync::atomic::Ordering;
use std::time::Duration;
use super::{SCHEME_UNKNOWN, SCHEME_HTTPS, SCHEME_HTTP, RegistryClient, Target, Req, build_client, header_str};
use super::error::RegistryError;
use super::auth::{Challenge, scope_key, parse_challenges, to_challenge};

impl RegistryClient {

    pub(super) fn upload_client(&self) -> Result<Client, RegistryError> {
        let mut slot = self
            .inner
            .upload_http
            .lock()
            .unwrap_or_else(|p| p.into_inner());
        if let Some(c) = slot.as_ref() {
            return Ok(c.clone());
        }
        let c = build_client(&self.inner.opts, None, &self.inner.registry)?;
        *slot = Some(c.clone());
        Ok(c)
    }

    /// The URL in a `Location` header, resolved against the request's URL
    /// (registries send both relative and absolute locations).
    pub(super) fn location(&self, resp: &Response) -> Result<Url, RegistryError> {
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

    pub(super) fn base_url(&self, path: &str, http: bool) -> Result<Url, RegistryError> {
        let scheme = if http { "http" } else { "https" };
        let s = format!("{scheme}://{}{path}", self.inner.registry);
        Url::parse(&s)
            .map_err(|e| RegistryError::Protocol(format!("invalid registry URL {s:?}: {e}")))
    }

    /// Sends a request with authentication and retries. Non-success statuses
    /// other than 401 are returned for the caller to map.
    pub(super) fn request(&self, req: Req) -> Result<Response, RegistryError> {
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
    pub(super) fn send_once(&self, req: &Req, auth: Option<&HeaderValue>) -> Result<Response, RegistryError> {
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

    pub(super) fn send_to(
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

}
/// The blob stream handed to callers. Body errors from reqwest arrive as
/// `io::ErrorKind::Other`; they are given a kind that says "the transfer broke"
/// so callers can tell a network hiccup (worth a retry) from bad data.
pub(super) struct BlobBody {
    pub(super) resp: Response,
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

pub(super) fn is_retryable(e: &RegistryError) -> bool {
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

pub(super) fn is_retryable_status(s: StatusCode) -> bool {
    s == StatusCode::TOO_MANY_REQUESTS || matches!(s.as_u16(), 500 | 502 | 503 | 504)
}

pub(super) fn backoff(attempt: u32) -> Duration {
    Duration::from_millis(250u64.saturating_mul(1 << attempt.min(4)).min(4000))
}

/// `Retry-After: SECONDS`, capped so a registry cannot stall us for long.
pub(super) fn retry_after(h: &HeaderMap) -> Option<Duration> {
    let secs: u64 = header_str(h, RETRY_AFTER.as_str())?.trim().parse().ok()?;
    Some(Duration::from_secs(secs.min(10)))
}
