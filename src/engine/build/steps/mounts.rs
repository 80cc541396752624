//! `RUN --mount=...`: BuildKit's and buildah's step mounts, turned into the
//! RUN container's mounts: `type=secret` (a `--secret` file, read-only at
//! /run/secrets/ID or `target`), `type=bind` (from the build context,
//! read-only unless `rw`), `type=tmpfs` and `type=cache` (a directory kept
//! in the store across builds, under `build-cache/mounts/`).

use super::super::{BuildMore, Builder};
use crate::container::record::Mount;
use anyhow::{anyhow, bail, Result};
use std::path::{Path, PathBuf};

/// One `--mount` of a RUN line, as written (checked, not yet resolved).
#[derive(Debug, Clone)]
pub(crate) enum StepMount {
    Secret { id: String, target: String, required: bool },
    Bind { source: String, target: String, rw: bool },
    Tmpfs { target: String, size: Option<String> },
    Cache { id: String, target: String },
}

/// Parses `type=secret,id=x,target=/p,required` and its siblings.
pub(crate) fn parse(spec: &str) -> Result<StepMount> {
    let mut kv: Vec<(String, String)> = Vec::new();
    for part in spec.split(',').filter(|p| !p.is_empty()) {
        let (k, v) = part.split_once('=').unwrap_or((part, "true"));
        kv.push((k.to_ascii_lowercase(), v.to_string()));
    }
    let get = |keys: &[&str]| kv.iter().rev().find(|(k, _)| keys.contains(&k.as_str())).map(|(_, v)| v.clone());
    let flag = |key: &str| get(&[key]).is_some_and(|v| v != "false");
    let kind = get(&["type"]).unwrap_or_else(|| "bind".into());
    let target = get(&["target", "dst", "destination"]);
    let need_target = |t: Option<String>| -> Result<String> {
        match t {
            Some(t) if t.starts_with('/') => Ok(t),
            Some(t) => Ok(format!("/{t}")),
            None => bail!("--mount={spec}: target= is required"),
        }
    };
    if get(&["from"]).is_some() {
        bail!("--mount={spec}: from= is not supported by dhow: mount from the build context, or COPY --from the stage");
    }
    for (k, _) in &kv {
        let known = matches!(
            k.as_str(),
            "type" | "id" | "target" | "dst" | "destination" | "required" | "source" | "src" | "rw" | "readwrite" | "ro" | "readonly" | "size" | "mode" | "uid" | "gid" | "sharing" | "z" | "Z"
        );
        if !known {
            bail!("--mount={spec}: unknown option {k:?}");
        }
    }
    Ok(match kind.as_str() {
        "secret" => {
            let id = get(&["id"])
                .or_else(|| target.as_deref().and_then(|t| t.rsplit('/').next()).map(String::from))
                .ok_or_else(|| anyhow!("--mount={spec}: id= is required"))?;
            let target = target.unwrap_or_else(|| format!("/run/secrets/{id}"));
            StepMount::Secret { id, target: need_target(Some(target))?, required: flag("required") }
        }
        "bind" => StepMount::Bind {
            source: get(&["source", "src"]).unwrap_or_else(|| ".".into()),
            target: need_target(target)?,
            rw: flag("rw") || flag("readwrite"),
        },
        "tmpfs" => StepMount::Tmpfs { target: need_target(target)?, size: get(&["size"]) },
        "cache" => {
            let target = need_target(target)?;
            StepMount::Cache { id: get(&["id"]).unwrap_or_else(|| target.clone()), target }
        }
        "ssh" => bail!("--mount={spec}: type=ssh is not supported by dhow"),
        other => bail!("--mount={spec}: unknown mount type {other:?}: use secret, bind, tmpfs or cache"),
    })
}

/// The mounts a RUN step's container gets for its `--mount`s (secrets
/// not given with `--secret` and not `required` are left out, as buildah
/// does).
pub(crate) fn resolve(b: &Builder, list: &[StepMount]) -> Result<Vec<Mount>> {
    let more: &BuildMore = &b.opts.more;
    let mut out = Vec::new();
    for m in list {
        match m {
            StepMount::Secret { id, target, required } => match more.secrets.iter().find(|(i, _)| i == id) {
                Some((_, src)) => out.push(bind(src, target, false)),
                None if *required => bail!("RUN --mount=type=secret,id={id}: the secret is required: give it with --secret id={id},src=FILE"),
                None => {}
            },
            StepMount::Bind { source, target, rw } => {
                let root = b.ctx.root();
                let p = within(root, source)?;
                out.push(bind(&p, target, *rw));
            }
            StepMount::Tmpfs { target, size } => out.push(Mount {
                kind: "tmpfs".into(),
                destination: target.clone(),
                tmpfs_options: size.iter().map(|s| format!("size={s}")).collect(),
                ..Default::default()
            }),
            StepMount::Cache { id, target } => {
                use sha2::{Digest as _, Sha256};
                let dir = b.store.build_cache_dir().join("mounts").join(hex::encode(Sha256::digest(id.as_bytes())));
                std::fs::create_dir_all(&dir).map_err(|e| anyhow!("RUN --mount=type=cache: creating {}: {e}", dir.display()))?;
                out.push(bind(&dir, target, true));
            }
        }
    }
    Ok(out)
}

fn bind(src: &Path, target: &str, rw: bool) -> Mount {
    Mount {
        kind: "bind".into(),
        source: src.display().to_string(),
        destination: target.to_string(),
        read_only: !rw,
        ..Default::default()
    }
}

/// `source` inside the context dir (no escape through `..` or symlinks).
fn within(root: &Path, source: &str) -> Result<PathBuf> {
    let root = std::fs::canonicalize(root)?;
    let p = std::fs::canonicalize(root.join(source.trim_start_matches('/')))
        .map_err(|e| anyhow!("RUN --mount=type=bind,source={source}: {e}"))?;
    if !p.starts_with(&root) {
        bail!("RUN --mount=type=bind,source={source}: the source is outside the build context");
    }
    Ok(p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mounts_parse_as_buildkit_writes_them() {
        match parse("type=secret,id=tok").unwrap() {
            StepMount::Secret { id, target, required } => {
                assert_eq!((id.as_str(), target.as_str(), required), ("tok", "/run/secrets/tok", false));
            }
            m => panic!("{m:?}"),
        }
        match parse("type=secret,id=tok,target=/etc/key,required").unwrap() {
            StepMount::Secret { target, required, .. } => assert_eq!((target.as_str(), required), ("/etc/key", true)),
            m => panic!("{m:?}"),
        }
        assert!(matches!(parse("type=cache,target=/root/.cache").unwrap(), StepMount::Cache { .. }));
        assert!(matches!(parse("target=/src").unwrap(), StepMount::Bind { rw: false, .. }));
        assert!(parse("type=bind").is_err());
        assert!(parse("type=ssh").unwrap_err().to_string().contains("not supported by dhow"));
        assert!(parse("type=cache,target=/x,bogus=1").is_err());
    }
}
