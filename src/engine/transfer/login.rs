//! `login` / `logout`: credentials are checked against the registry before
//! they are stored (podman's auth.json, 0600), and removed again on logout.

use crate::config::auth::{self, Credentials};
use crate::image::registry::{ClientOptions, RegistryClient, RegistryError};
use anyhow::{anyhow, bail, Result};
use std::path::PathBuf;

/// What `login` was asked to do.
#[derive(Debug, Clone)]
pub struct LoginOptions {
    /// As typed: `HOST[:PORT][/NAMESPACE...]`, with or without a URL scheme.
    pub registry: String,
    pub username: String,
    pub password: String,
    pub authfile: Option<PathBuf>,
    pub tls_verify: Option<bool>,
}

/// The key credentials are stored under and the API host to check them
/// against. `docker.io` (and docker's legacy spellings) become `docker.io`
/// stored, `registry-1.docker.io` contacted.
pub fn registry_key(input: &str) -> Result<(String, String)> {
    let s = input.trim();
    let s = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"))
        .unwrap_or(s);
    let s = s.trim_end_matches('/');
    let s = s
        .strip_suffix("/v1")
        .or_else(|| s.strip_suffix("/v2"))
        .unwrap_or(s)
        .trim_end_matches('/');
    if s.is_empty() {
        bail!("no registry given: name one, e.g. dhow login quay.io");
    }
    let host = s.split('/').next().unwrap_or(s);
    if host.is_empty() || host.contains(char::is_whitespace) {
        bail!("invalid registry {input:?}: expected HOST[:PORT]");
    }
    let (key, api) = match host {
        "docker.io" | "index.docker.io" | "registry-1.docker.io" => {
            let rest = &s[host.len()..];
            (
                format!("docker.io{rest}"),
                "registry-1.docker.io".to_string(),
            )
        }
        _ => (s.to_string(), host.to_string()),
    };
    Ok((key, api))
}

/// Checks the credentials with the registry, then stores them. Returns the
/// auth file written.
pub fn login(opts: &LoginOptions) -> Result<PathBuf> {
    let (key, api) = registry_key(&opts.registry)?;
    if opts.username.is_empty() {
        bail!("a username is required to log in to {key}: give it with --username");
    }
    if opts.password.is_empty() {
        bail!("a password is required to log in to {key}: give it with --password-stdin or at the prompt");
    }
    let insecure = match opts.tls_verify {
        Some(v) => !v,
        None => crate::engine::pull::is_loopback(&api) || registry_insecure(&api),
    };
    let client = RegistryClient::new(
        &api,
        ClientOptions {
            insecure,
            auth: Some(Credentials {
                username: opts.username.clone(),
                password: opts.password.clone(),
                identity_token: None,
            }),
            user_agent: format!("dhow/{}", env!("CARGO_PKG_VERSION")),
            retries: 1,
        },
    )?;
    match client.ping() {
        Ok(()) => {}
        Err(RegistryError::Unauthorized { .. }) | Err(RegistryError::Denied { .. }) => {
            bail!("logging into {key:?}: invalid username/password")
        }
        Err(e) => return Err(anyhow!(e).context(format!("logging into {key:?}"))),
    }
    let creds = Credentials {
        username: opts.username.clone(),
        password: opts.password.clone(),
        identity_token: None,
    };
    auth::store(opts.authfile.as_deref(), &key, &creds)
}

/// Whether registries.conf marks the registry insecure.
fn registry_insecure(host: &str) -> bool {
    let Ok(conf) = crate::config::registries::RegistriesConf::load() else {
        return false;
    };
    let Ok(r) = crate::image::reference::Reference::parse(&format!("{host}/x")) else {
        return false;
    };
    conf.find_entry(&r).is_some_and(|(e, _)| e.insecure)
}

/// Removes the stored credentials for one registry, or all with `None`.
/// Removing credentials that are not there is an error, as in podman.
pub fn logout(registry: Option<&str>, authfile: Option<&std::path::Path>) -> Result<String> {
    match registry {
        None => {
            auth::remove_all(authfile)?;
            Ok("Removed login credentials for all registries".into())
        }
        Some(r) => {
            let (key, _) = registry_key(r)?;
            if auth::remove(authfile, &key)? {
                Ok(format!("Removed login credentials for {key}"))
            } else {
                // Credentials docker wrote are read, not owned: say where they are.
                let elsewhere = auth::lookup(&key, "").ok().flatten().is_some();
                if elsewhere {
                    bail!("not logged into {key} with dhow; credentials for it come from another file (e.g. ~/.docker/config.json): remove them with docker logout")
                }
                bail!("not logged into {key}")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys() {
        assert_eq!(
            registry_key("https://127.0.0.1:5000/").unwrap(),
            ("127.0.0.1:5000".into(), "127.0.0.1:5000".into())
        );
        assert_eq!(
            registry_key("index.docker.io/v1/").unwrap(),
            ("docker.io".into(), "registry-1.docker.io".into())
        );
        assert_eq!(
            registry_key("quay.io/ns").unwrap(),
            ("quay.io/ns".into(), "quay.io".into())
        );
        assert!(registry_key("").is_err());
        assert!(registry_key("https://").is_err());
    }
}
