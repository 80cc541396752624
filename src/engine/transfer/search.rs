//! `search`: repositories whose name contains a term, from each registry's
//! `/v2/_catalog` (or Docker Hub's search API, which has no catalog).

use crate::engine::Engine;
use crate::image::registry::{ClientOptions, RegistryClient};
use anyhow::{bail, Result};
use serde::Serialize;

/// One result row; field names are podman's template fields.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "PascalCase")]
pub struct SearchResult {
    pub index: String,
    pub name: String,
    pub description: String,
    pub stars: u64,
    pub official: String,
    pub automated: String,
    pub tag: String,
}

/// What `search` was asked to do.
#[derive(Debug, Clone, Default)]
pub struct SearchOptions {
    pub term: String,
    /// Results per registry (podman's default is 25).
    pub limit: usize,
    pub filters: Vec<String>,
    pub tls_verify: Option<bool>,
    pub authfile: Option<std::path::PathBuf>,
    pub creds: Option<(String, String)>,
}

/// `--filter` as podman takes it.
#[derive(Debug, Clone, Default, PartialEq)]
struct Filters {
    stars: u64,
    official: Option<bool>,
    automated: Option<bool>,
}

fn parse_filters(list: &[String]) -> Result<Filters> {
    let mut f = Filters::default();
    for item in list {
        let (k, v) = item.split_once('=').ok_or_else(|| anyhow::anyhow!("invalid filter {item:?}: expected KEY=VALUE (stars=N, is-official=BOOL, is-automated=BOOL)"))?;
        let b = || {
            v.parse::<bool>()
                .map_err(|_| anyhow::anyhow!("invalid filter {item:?}: {k} takes true or false"))
        };
        match k {
            "stars" => f.stars = v.parse().map_err(|_| anyhow::anyhow!("invalid filter {item:?}: stars takes a number"))?,
            "is-official" => f.official = Some(b()?),
            "is-automated" => f.automated = Some(b()?),
            _ => bail!("invalid filter {item:?}: supported filters are stars, is-official and is-automated"),
        }
    }
    Ok(f)
}

/// The registry named at the front of the term (`127.0.0.1:5000/busy`), if any.
fn split_term(term: &str) -> (Option<&str>, &str) {
    match term.split_once('/') {
        Some((first, rest))
            if first.contains('.') || first.contains(':') || first == "localhost" =>
        {
            (Some(first), rest)
        }
        _ => (None, term),
    }
}

/// All tags of the repository `image` names (without tag or digest), as
/// `search --list-tags` and `pull --all-tags` list them.
pub fn repository_tags(image: &str, tls_verify: Option<bool>, creds: &Option<(String, String)>, authfile: &Option<std::path::PathBuf>) -> Result<(crate::image::reference::Reference, Vec<String>)> {
    let r = crate::image::reference::Reference::parse(image)?;
    if r.tag.is_some() || r.digest.is_some() {
        bail!("tags can only be listed for a repository, not for {image:?}: drop the tag or digest");
    }
    let insecure = match tls_verify {
        Some(v) => !v,
        None => crate::engine::pull::is_loopback(&r.registry),
    };
    let auth = crate::engine::pull::credentials(creds, authfile, &r.registry, &r.repository)?;
    let client = RegistryClient::new(&r.registry, ClientOptions { insecure, auth, ..Default::default() })?;
    let tags = client.tags(&r.repository).map_err(|e| anyhow::anyhow!("listing the tags of {}/{}: {e}", r.registry, r.repository))?;
    Ok((r, tags))
}

/// Searches the registry named in the term, else every unqualified-search registry.
pub fn search(engine: &Engine, opts: &SearchOptions) -> Result<Vec<SearchResult>> {
    if opts.term.trim().is_empty() {
        bail!("search term must not be empty");
    }
    let filters = parse_filters(&opts.filters)?;
    let (named, term) = split_term(&opts.term);
    let registries: Vec<String> = match named {
        Some(r) => vec![r.to_string()],
        None => {
            let conf = engine.registries()?;
            if conf.unqualified_search_registries.is_empty() {
                vec!["docker.io".to_string()]
            } else {
                conf.unqualified_search_registries.clone()
            }
        }
    };
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for reg in &registries {
        match search_registry(reg, term, opts) {
            Ok(mut rows) => {
                rows.retain(|r| {
                    r.stars >= filters.stars
                        && filters.official.is_none_or(|o| (r.official == "[OK]") == o)
                        && filters
                            .automated
                            .is_none_or(|a| (r.automated == "[OK]") == a)
                });
                rows.truncate(opts.limit.max(1));
                out.extend(rows);
            }
            Err(e) => errors.push(format!("{reg}: {e:#}")),
        }
    }
    if out.is_empty() && !errors.is_empty() {
        bail!("couldn't search registry: {}", errors.join("; "));
    }
    for e in &errors {
        eprintln!("WARN: error searching {e}");
    }
    Ok(out)
}

fn search_registry(reg: &str, term: &str, opts: &SearchOptions) -> Result<Vec<SearchResult>> {
    if matches!(
        reg,
        "docker.io" | "index.docker.io" | "registry-1.docker.io"
    ) {
        return search_hub(term, opts.limit);
    }
    let insecure = match opts.tls_verify {
        Some(v) => !v,
        None => crate::engine::pull::is_loopback(reg),
    };
    let auth = crate::engine::pull::credentials(&opts.creds, &opts.authfile, reg, "")?;
    let client = RegistryClient::new(
        reg,
        ClientOptions {
            insecure,
            auth,
            ..Default::default()
        },
    )?;
    let repos = client.catalog(None)?;
    let needle = term.to_ascii_lowercase();
    Ok(repos
        .into_iter()
        .filter(|r| r.to_ascii_lowercase().contains(&needle))
        .map(|r| SearchResult {
            index: reg.to_string(),
            name: format!("{reg}/{r}"),
            description: String::new(),
            stars: 0,
            official: String::new(),
            automated: String::new(),
            tag: String::new(),
        })
        .collect())
}

/// Docker Hub's v1 search API (Hub has no catalog).
fn search_hub(term: &str, limit: usize) -> Result<Vec<SearchResult>> {
    #[derive(serde::Deserialize)]
    struct Hit {
        name: String,
        #[serde(default)]
        description: String,
        #[serde(default)]
        star_count: u64,
        #[serde(default)]
        is_official: bool,
        #[serde(default)]
        is_automated: bool,
    }
    #[derive(serde::Deserialize)]
    struct Page {
        #[serde(default)]
        results: Vec<Hit>,
    }
    let client = reqwest::blocking::Client::builder()
        .connect_timeout(std::time::Duration::from_secs(10))
        .timeout(std::time::Duration::from_secs(30))
        .build()?;
    let resp = client
        .get("https://index.docker.io/v1/search")
        .query(&[("q", term), ("n", &limit.max(1).to_string())])
        .send()?;
    if !resp.status().is_success() {
        bail!("Docker Hub search answered HTTP {}", resp.status());
    }
    let page: Page = resp.json()?;
    let ok = |b: bool| if b { "[OK]".to_string() } else { String::new() };
    Ok(page
        .results
        .into_iter()
        .map(|h| {
            let name = if h.name.contains('/') {
                format!("docker.io/{}", h.name)
            } else {
                format!("docker.io/library/{}", h.name)
            };
            SearchResult {
                index: "docker.io".into(),
                name,
                description: h.description,
                stars: h.star_count,
                official: ok(h.is_official),
                automated: ok(h.is_automated),
                tag: String::new(),
            }
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn term_with_registry() {
        assert_eq!(
            split_term("127.0.0.1:5000/busy"),
            (Some("127.0.0.1:5000"), "busy")
        );
        assert_eq!(split_term("quay.io/podman"), (Some("quay.io"), "podman"));
        assert_eq!(split_term("library/alpine"), (None, "library/alpine"));
        assert_eq!(split_term("alpine"), (None, "alpine"));
    }

    #[test]
    fn filters() {
        assert_eq!(
            parse_filters(&["stars=3".into(), "is-official=true".into()]).unwrap(),
            Filters {
                stars: 3,
                official: Some(true),
                automated: None
            }
        );
        assert!(parse_filters(&["stars=x".into()]).is_err());
        assert!(parse_filters(&["color=red".into()]).is_err());
        assert!(parse_filters(&["stars".into()]).is_err());
    }
}
