//! Finding an image by what a user typed.

use super::ImageRecord;
use anyhow::{bail, Result};

/// Finds an image by what a user typed: a full or short ID, a full name, or a
/// short name (which podman resolves against `localhost/`, the search
/// registries, and finally any repository ending in that name).
pub fn find<'a>(images: &'a [ImageRecord], query: &str, search_registries: &[String]) -> Result<Option<&'a ImageRecord>> {
    let id_query = query.strip_prefix("sha256:").unwrap_or(query);
    if !id_query.is_empty() && id_query.len() <= 64 && id_query.bytes().all(|b| b.is_ascii_hexdigit()) {
        let hits: Vec<&ImageRecord> = images.iter().filter(|i| i.id.hex().starts_with(&id_query.to_ascii_lowercase())).collect();
        match hits.len() {
            1 => return Ok(Some(hits[0])),
            n if n > 1 && query.len() < 64 => bail!("short ID {query:?} is ambiguous: it matches {n} images; give more characters"),
            _ => {}
        }
        if query.starts_with("sha256:") {
            return Ok(None);
        }
    }
    use crate::image::reference::Reference;
    let Ok(reference) = Reference::parse(query) else { return Ok(None) };
    let matches = |i: &&ImageRecord, wanted: &Reference| -> bool {
        match &wanted.digest {
            Some(d) => {
                let name = format!("{}/{}", wanted.registry, wanted.repository);
                i.repo_digests.iter().any(|rd| rd == &format!("{name}@{d}")) || (i.manifest == *d && i.names.iter().any(|n| n.starts_with(&format!("{name}:"))))
            }
            None => {
                let full = wanted.with_tag(wanted.tag_or_latest()).to_string();
                i.names.contains(&full)
            }
        }
    };
    if !Reference::is_short_name(query) {
        return Ok(images.iter().find(|i| matches(i, &reference)));
    }
    // Short name: the tag/digest the user typed, on each candidate registry.
    let suffix = query_path_and_tag(query, &reference);
    let mut candidates = vec![format!("localhost/{suffix}")];
    candidates.extend(search_registries.iter().map(|r| format!("{r}/{suffix}")));
    candidates.push(reference.to_string());
    for cand in candidates {
        if let Ok(r) = Reference::parse(&cand) {
            if let Some(hit) = images.iter().find(|i| matches(i, &r)) {
                return Ok(Some(hit));
            }
        }
    }
    // Last resort: any repository whose path ends with the short name.
    let path = suffix.split(['@', ':']).next().unwrap_or("").to_string();
    let tag = reference.tag.clone().unwrap_or_else(|| "latest".into());
    let hits: Vec<&ImageRecord> = images
        .iter()
        .filter(|i| {
            i.names.iter().any(|n| {
                Reference::parse(n).is_ok_and(|r| {
                    (r.repository == path || r.repository.ends_with(&format!("/{path}")))
                        && (reference.digest.is_some() || r.tag.as_deref() == Some(tag.as_str()))
                })
            })
        })
        .collect();
    Ok(hits.first().copied())
}

/// The part of a short name after the (absent) registry, with the tag made
/// explicit: "busybox" → "busybox:latest".
fn query_path_and_tag(query: &str, reference: &crate::image::reference::Reference) -> String {
    let path = query.split('@').next().unwrap_or(query);
    let (path, tag) = match path.rsplit_once(':') {
        Some((p, t)) if !t.contains('/') => (p, Some(t)),
        _ => (path, None),
    };
    match (&reference.digest, tag) {
        (Some(d), Some(t)) => format!("{path}:{t}@{d}"),
        (Some(d), None) => format!("{path}@{d}"),
        (None, t) => format!("{path}:{}", t.unwrap_or("latest")),
    }
}
