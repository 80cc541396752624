//! Docker's token authentication: `WWW-Authenticate` challenges, the token
//! service request (password or identity-token grant), the per-scope token
//! cache, and the rule that credentials only go to the registry's origin.

use base64::Engine as _;
use reqwest::header::{HeaderValue, AUTHORIZATION, CONTENT_TYPE};
use reqwest::{Method, StatusCode, Url};
use std::time::{Duration, Instant};
use super::{MAX_JSON_BODY, Credentials, RegistryClient, Target, Req, Ctx, read_limited};
use super::error::RegistryError;

pub(super) struct CachedToken {
    pub(super) value: String,
    pub(super) expires: Instant,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Challenge {
    Basic,
    Bearer {
        realm: String,
        service: Option<String>,
        scope: Option<String>,
    },
}

impl RegistryClient {
    /// Whether `url` is on this registry (credentials are only ever sent there).
    pub(super) fn same_origin(&self, url: &Url) -> bool {
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
    pub(super) fn login_name(&self) -> &str {
        match self.inner.registry.as_str() {
            "registry-1.docker.io" | "index.docker.io" => "docker.io",
            r => r,
        }
    }

    /// The Authorization header for `scopes`, from what earlier challenges taught us.
    pub(super) fn auth_header(&self, scopes: &[String]) -> Result<Option<HeaderValue>, RegistryError> {
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
    pub(super) fn fetch_token(
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

}
pub(super) fn scope_key(scopes: &[String]) -> String {
    scopes.join(" ")
}

pub(super) fn basic_header(a: &Credentials) -> Option<HeaderValue> {
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

pub(super) fn bearer_header(token: &str) -> Option<HeaderValue> {
    let mut v = HeaderValue::from_str(&format!("Bearer {token}")).ok()?;
    v.set_sensitive(true);
    Some(v)
}

/// Parses `WWW-Authenticate`: challenges (`scheme`, lowercased) with their
/// parameters; quoted values may contain commas and `\"`.
pub(super) fn parse_challenges(header: &str) -> Vec<(String, Vec<(String, String)>)> {
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

pub(super) fn to_challenge(scheme: &str, params: &[(String, String)]) -> Option<Challenge> {
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
}
