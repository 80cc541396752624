//! `-v`, `--mount`, `--volumes-from` and the image's `VOLUME`s → the
//! container's [`Mount`] list, with docker's grammar and error wording.
//!
//! Three steps so that bad input leaves nothing behind: [`parse_all`] checks
//! the flags' syntax (and `--mount type=bind` sources) before the image is
//! even resolved; [`plan`] adds `--volumes-from` and image volumes, names
//! anonymous volumes and fixes every source path, still without writing;
//! [`realize`] runs after the container's record is written and creates the
//! missing volumes and `-v` host directories (docker creates those, and
//! refuses a missing `--mount type=bind` source). [`rollback`] undoes it.

use super::{CreateOptions as VolumeCreate, VolumeStore};
use crate::container::local_volume;
use crate::container::record::Mount;
use crate::container::ContainerStore;
use crate::engine::Engine;
use anyhow::{anyhow, bail, Context, Result};
use std::path::Path;

const PROPAGATIONS: &[&str] = &["rprivate", "private", "rshared", "shared", "rslave", "slave"];

/// Cleans an absolute container or host path: no `.`, no empty components,
/// no trailing slash; `..` is refused rather than resolved.
fn clean_abs(p: &str) -> Option<String> {
    if !p.starts_with('/') {
        return None;
    }
    let mut parts = Vec::new();
    for c in p.split('/') {
        match c {
            "" | "." => {}
            ".." => return None,
            c => parts.push(c),
        }
    }
    Some(format!("/{}", parts.join("/")))
}

/// Where an image's `VOLUME` is mounted: docker resolves the path inside the
/// container's root, so `VOLUME ["volume01"]` is `/volume01` (not relative
/// to the working directory) and `..` cannot climb above `/`. `None` for `/`
/// itself, which docker refuses to mount over.
pub fn image_volume_target(v: &str) -> Option<String> {
    let mut parts: Vec<&str> = Vec::new();
    for c in v.split('/') {
        match c {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            c => parts.push(c),
        }
    }
    (!parts.is_empty()).then(|| format!("/{}", parts.join("/")))
}

fn target(spec: &str, kind: &str, t: &str) -> Result<String> {
    let cleaned = clean_abs(t).ok_or_else(|| {
        anyhow!("invalid volume specification {spec:?}: invalid mount config for type {kind:?}: invalid mount path: {t:?} mount path must be absolute")
    })?;
    if cleaned == "/" {
        bail!("invalid volume specification {spec:?}: invalid mount config for type {kind:?}: destination can't be '/'");
    }
    Ok(cleaned)
}

/// Parses one `-v SRC:DST[:OPTS]` / `-v DST`. A volume's `source` is left
/// empty (set by [`plan`]); an anonymous volume has an empty `name`.
pub fn parse_volume(spec: &str) -> Result<Mount> {
    let parts: Vec<&str> = spec.split(':').collect();
    let invalid = || anyhow!("invalid volume specification {spec:?}: use /host/dir:/ctr/dir[:OPTIONS], NAME:/ctr/dir[:OPTIONS] or /ctr/dir");
    let (src, dst, mode) = match parts.as_slice() {
        [d] if !d.is_empty() => ("", *d, ""),
        [s, d] if !s.is_empty() && !d.is_empty() => {
            // `/foo:ro` is a destination with a mode, which docker refuses.
            if d.split(',').all(is_mode_word) && !d.starts_with('/') {
                return Err(invalid());
            }
            (*s, *d, "")
        }
        [s, d, m] if !s.is_empty() && !d.is_empty() => (*s, *d, *m),
        _ => return Err(invalid()),
    };
    let mut m = Mount::default();
    if src.is_empty() {
        m.kind = "volume".into();
        m.anonymous = true;
    } else if src.starts_with('/') {
        m.kind = "bind".into();
        m.source = clean_abs(src).ok_or_else(|| anyhow!("invalid volume specification {spec:?}: the host path {src:?} must not contain '..'"))?;
        m.propagation = "rprivate".into();
    } else {
        super::validate_name(src)?;
        m.kind = "volume".into();
        m.name = src.to_string();
    }
    m.destination = target(spec, &m.kind, dst)?;
    apply_mode(spec, mode, &mut m)?;
    if m.kind == "volume" && !m.anonymous && mode.is_empty() {
        m.mode = "z".into();
    }
    Ok(m)
}

fn is_mode_word(o: &str) -> bool {
    matches!(o, "ro" | "rw" | "z" | "Z" | "U" | "O" | "nocopy" | "copy" | "delegated" | "cached" | "consistent") || PROPAGATIONS.contains(&o)
}

/// Applies `-v`'s third field: ro|rw, z|Z (SELinux relabel: no SELinux
/// here, accepted as podman does without it), U (chown to the container
/// user), O (overlay: writes go to a throw-away layer), nocopy, and one
/// propagation mode (bind mounts only).
fn apply_mode(spec: &str, mode: &str, m: &mut Mount) -> Result<()> {
    if mode.is_empty() {
        return Ok(());
    }
    let (mut rw_seen, mut prop_seen) = (false, false);
    for o in mode.split(',') {
        match o {
            "ro" | "rw" => {
                if rw_seen {
                    bail!("invalid volume specification {spec:?}: invalid mode: {mode} (give only one of ro and rw)");
                }
                rw_seen = true;
                m.read_only = o == "ro";
            }
            "z" | "Z" | "delegated" | "cached" | "consistent" | "copy" => {}
            "U" => m.chown = true,
            "O" => {}
            "nocopy" => m.nocopy = true,
            p if PROPAGATIONS.contains(&p) => {
                if m.kind != "bind" {
                    bail!("invalid volume specification {spec:?}: propagation mode {p:?} is only valid for bind mounts");
                }
                if prop_seen {
                    bail!("invalid volume specification {spec:?}: invalid mode: {mode} (give only one propagation mode)");
                }
                prop_seen = true;
                m.propagation = p.to_string();
            }
            other => bail!(
                "invalid volume specification {spec:?}: invalid mode: {other} (use ro, rw, z, Z, U, O, nocopy, or a propagation: {})",
                PROPAGATIONS.join(", ")
            ),
        }
    }
    if mode.split(',').any(|o| o == "O") && m.kind != "bind" {
        bail!("invalid volume specification {spec:?}: the overlay option O is only valid for host directories");
    }
    m.mode = mode.to_string();
    Ok(())
}

/// Whether an `:O` overlay was asked for this mount.
pub fn is_overlay(m: &Mount) -> bool {
    m.mode.split(',').any(|o| o == "O")
}

fn parse_bool(spec: &str, k: &str, v: Option<&str>) -> Result<bool> {
    match v {
        None | Some("true") | Some("1") => Ok(true),
        Some("false") | Some("0") => Ok(false),
        Some(x) => bail!("invalid --mount {spec:?}: invalid value for {k}: {x} (use true or false)"),
    }
}

/// Parses one `--mount type=bind|volume|tmpfs,source=..,target=..,...`.
pub fn parse_mount(spec: &str) -> Result<Mount> {
    let mut kind = "volume".to_string();
    let (mut src, mut dst) = (None::<String>, None::<String>);
    let mut m = Mount::default();
    let (mut size, mut mode) = (None::<String>, None::<String>);
    for field in spec.split(',').filter(|f| !f.is_empty()) {
        let (k, v) = match field.split_once('=') {
            Some((k, v)) => (k.to_ascii_lowercase(), Some(v)),
            None => (field.to_ascii_lowercase(), None),
        };
        let need = |v: Option<&str>| v.map(str::to_string).ok_or_else(|| anyhow!("invalid --mount {spec:?}: invalid field '{field}' must be a key=value pair"));
        match k.as_str() {
            "type" => kind = need(v)?,
            "source" | "src" => src = Some(need(v)?),
            "target" | "destination" | "dst" => dst = Some(need(v)?),
            "readonly" | "ro" => m.read_only = parse_bool(spec, &k, v)?,
            "bind-propagation" => {
                let p = need(v)?;
                if !PROPAGATIONS.contains(&p.as_str()) {
                    bail!("invalid --mount {spec:?}: invalid propagation mode: {p} (use {})", PROPAGATIONS.join(", "));
                }
                m.propagation = p;
            }
            "volume-nocopy" => m.nocopy = parse_bool(spec, &k, v)?,
            "volume-driver" => {
                let d = need(v)?;
                if d != "local" {
                    bail!("invalid --mount {spec:?}: volume driver {d:?} is not supported: dhow has only the local driver");
                }
            }
            "volume-label" | "volume-opt" | "consistency" | "bind-nonrecursive" | "relabel" => {}
            "tmpfs-size" => {
                let s = need(v)?;
                let bytes = crate::util::human::parse_size(&s).map_err(|e| anyhow!("invalid --mount {spec:?}: tmpfs-size: {e}"))?;
                size = Some(format!("size={bytes}"));
            }
            "tmpfs-mode" => {
                let s = need(v)?;
                u32::from_str_radix(&s, 8).map_err(|_| anyhow!("invalid --mount {spec:?}: tmpfs-mode {s:?} must be an octal mode such as 1777"))?;
                mode = Some(format!("mode={s}"));
            }
            _ => bail!("invalid --mount {spec:?}: unexpected key '{k}' in '{field}'"),
        }
    }
    let dst = dst.ok_or_else(|| anyhow!("invalid --mount {spec:?}: target is required"))?;
    m.destination = target(spec, &kind, &dst)?;
    match kind.as_str() {
        "bind" => {
            let s = src.filter(|s| !s.is_empty()).ok_or_else(|| anyhow!("invalid mount config for type \"bind\": field Source must not be empty"))?;
            let cleaned =
                clean_abs(&s).ok_or_else(|| anyhow!("invalid mount config for type \"bind\": invalid mount path: {s:?} mount path must be absolute"))?;
            if !Path::new(&cleaned).exists() {
                bail!("invalid mount config for type \"bind\": bind source path does not exist: {cleaned}");
            }
            m.source = cleaned;
            if m.propagation.is_empty() {
                m.propagation = "rprivate".into();
            }
        }
        "volume" => {
            match src.filter(|s| !s.is_empty()) {
                Some(n) => {
                    super::validate_name(&n)?;
                    m.name = n;
                }
                None => m.anonymous = true,
            }
            if !m.propagation.is_empty() {
                bail!("invalid mount config for type \"volume\": bind-propagation is only valid for bind mounts");
            }
        }
        "tmpfs" => {
            if src.is_some_and(|s| !s.is_empty()) {
                bail!("invalid mount config for type \"tmpfs\": field Source must not be specified");
            }
            m.tmpfs_options = size.clone().into_iter().chain(mode.clone()).collect();
        }
        other => bail!("invalid --mount {spec:?}: invalid mount type {other:?}: use bind, volume or tmpfs"),
    }
    if kind != "tmpfs" && (size.is_some() || mode.is_some()) {
        bail!("invalid --mount {spec:?}: tmpfs-size and tmpfs-mode are only valid with type=tmpfs");
    }
    m.kind = kind;
    Ok(m)
}

/// Parses every `-v` and `--mount` and rejects duplicate destinations
/// (`tmpfs` are the `--tmpfs` destinations, which count too).
pub fn parse_all(volumes: &[String], mounts: &[String], tmpfs: &[String]) -> Result<Vec<Mount>> {
    let mut out: Vec<Mount> = Vec::new();
    for v in volumes {
        out.push(parse_volume(v)?);
    }
    for m in mounts {
        out.push(parse_mount(m)?);
    }
    let mut seen: Vec<&str> = tmpfs.iter().map(String::as_str).collect();
    for m in &out {
        if seen.contains(&m.destination.as_str()) {
            bail!("Duplicate mount point: {}", m.destination);
        }
        seen.push(&m.destination);
    }
    Ok(out)
}

/// Completes the mounts: `--volumes-from` (the other container's binds and
/// volumes, never its anonymous-volume ownership), then the image's
/// `VOLUME`s not already covered (anonymous volumes, as docker), names for
/// anonymous volumes and every volume's host path. Parents are mounted
/// before their children.
pub fn plan(engine: &Engine, mut mounts: Vec<Mount>, volumes_from: &[String], image_volumes: &[String], tmpfs: &[String]) -> Result<Vec<Mount>> {
    let containers = ContainerStore::new(&engine.paths.root);
    let covered = |mounts: &[Mount], d: &str| mounts.iter().any(|m| m.destination == d) || tmpfs.iter().any(|t| t == d);
    for spec in volumes_from {
        let (name, mode) = match spec.rsplit_once(':') {
            Some((n, m)) => (n, m),
            None => (spec.as_str(), ""),
        };
        let read_only = match mode {
            "" | "rw" | "z" | "Z" => None,
            "ro" => Some(true),
            _ => bail!("invalid --volumes-from {spec:?}: invalid mode: {mode} (use ro or rw)"),
        };
        let read_only = if mode == "rw" { Some(false) } else { read_only };
        let (other, _) = containers.find(name).with_context(|| format!("--volumes-from {name}"))?;
        for m in other.host.mounts.iter().filter(|m| m.kind != "tmpfs") {
            if covered(&mounts, &m.destination) {
                continue;
            }
            let mut m = m.clone();
            m.anonymous = false;
            if let Some(ro) = read_only {
                m.read_only = ro;
            }
            mounts.push(m);
        }
    }
    for v in image_volumes {
        let Some(d) = image_volume_target(v) else { continue };
        if covered(&mounts, &d) {
            continue;
        }
        mounts.push(Mount { kind: "volume".into(), destination: d, anonymous: true, ..Default::default() });
    }
    let store = VolumeStore::for_engine(engine);
    for m in mounts.iter_mut().filter(|m| m.kind == "volume") {
        if m.name.is_empty() {
            m.name = super::random_name();
        }
        m.source = store.mountpoint(&m.name).display().to_string();
        // `volume create -o type=tmpfs|none,o=bind`: what the options ask
        // for, under the volume's name (which keeps it in use).
        let options = store.get(&m.name).map(|r| r.options).unwrap_or_default();
        match local_volume::parse(&options).map_err(|e| anyhow!("volume {}: {e}", m.name))? {
            Some(local_volume::LocalMount::Tmpfs(o)) => {
                m.kind = "tmpfs".into();
                m.source = String::new();
                m.tmpfs_options = o;
            }
            Some(local_volume::LocalMount::Bind(dir)) => {
                m.kind = "bind".into();
                m.source = dir;
            }
            None => {}
        }
    }
    mounts.sort_by_key(|m| m.destination.matches('/').count());
    Ok(mounts)
}

/// Creates what the mounts need on disk; returns the volumes it created
/// (for [`rollback`]). `-v` host directories that are missing are created
/// (as docker); they are not removed on rollback, as docker leaves them.
pub fn realize(engine: &Engine, mounts: &[Mount]) -> Result<Vec<String>> {
    let store = VolumeStore::for_engine(engine);
    let mut created = Vec::new();
    let r = (|| -> Result<()> {
        for m in mounts {
            match m.kind.as_str() {
                "volume" => {
                    let opts = VolumeCreate { name: Some(m.name.clone()), anonymous: m.anonymous, ..Default::default() };
                    // Anonymous names are 64 hex: valid names.
                    if store.create(&opts)?.1 {
                        created.push(m.name.clone());
                    }
                }
                "bind" if !Path::new(&m.source).exists() => {
                    std::fs::create_dir_all(&m.source)
                        .with_context(|| format!("creating the host directory {} for the bind mount at {}", m.source, m.destination))?;
                }
                _ => {}
            }
        }
        Ok(())
    })();
    match r {
        Ok(()) => Ok(created),
        Err(e) => {
            rollback(engine, &created);
            Err(e)
        }
    }
}

/// Deletes volumes [`realize`] created, after a failed create.
pub fn rollback(engine: &Engine, created: &[String]) {
    let store = VolumeStore::for_engine(engine);
    let Ok(_lock) = store.lock() else { return };
    for n in created {
        let _ = store.delete(n);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn volume_flag_forms() {
        let b = parse_volume("/host/dir/:/ctr//dir:ro,rshared").unwrap();
        assert_eq!((b.kind.as_str(), b.source.as_str(), b.destination.as_str()), ("bind", "/host/dir", "/ctr/dir"));
        assert!(b.read_only);
        assert_eq!(b.propagation, "rshared");
        let n = parse_volume("data:/var/lib/mysql").unwrap();
        assert_eq!((n.kind.as_str(), n.name.as_str(), n.mode.as_str()), ("volume", "data", "z"));
        assert!(!n.read_only && !n.anonymous);
        let a = parse_volume("/etc/nginx").unwrap();
        assert!(a.anonymous && a.name.is_empty() && a.kind == "volume");
        let u = parse_volume("/h:/c:U,nocopy").unwrap();
        assert!(u.chown && u.nocopy);
        assert!(is_overlay(&parse_volume("/h:/c:O").unwrap()));
    }

    #[test]
    fn image_volumes_resolve_inside_the_root() {
        assert_eq!(image_volume_target("volume01").as_deref(), Some("/volume01"));
        assert_eq!(image_volume_target("/data/").as_deref(), Some("/data"));
        assert_eq!(image_volume_target("./a//b").as_deref(), Some("/a/b"));
        assert_eq!(image_volume_target("../../etc/x").as_deref(), Some("/etc/x"));
        assert_eq!(image_volume_target("/"), None);
        assert_eq!(image_volume_target(".."), None);
    }

    #[test]
    fn volume_flag_errors() {
        let e = parse_volume("foo/bar:/x").unwrap_err().to_string();
        assert!(e.contains("includes invalid characters for a local volume name"), "{e}");
        let e = parse_volume("/h:rel").unwrap_err().to_string();
        assert!(e.contains("mount path must be absolute"), "{e}");
        assert!(parse_volume("/h:/c:bogus").unwrap_err().to_string().contains("invalid mode: bogus"));
        assert!(parse_volume("/h:/c:ro,rw").is_err());
        assert!(parse_volume("/foo:ro").is_err());
        assert!(parse_volume("a:b:c:d").is_err());
        assert!(parse_volume("/h:/").is_err());
        assert!(parse_volume("vol:/c:rshared").is_err());
        assert!(parse_volume("vol:/c:O").is_err());
        assert!(parse_volume("/h/../x:/c").is_err());
        assert!(parse_volume("").is_err());
    }

    #[test]
    fn mount_flag() {
        let d = tempfile::tempdir().unwrap();
        let src = d.path().display().to_string();
        let b = parse_mount(&format!("type=bind,source={src},target=/data,readonly,bind-propagation=rslave")).unwrap();
        assert!(b.read_only && b.kind == "bind" && b.propagation == "rslave");
        let e = parse_mount("type=bind,source=/does/not/exist,target=/d").unwrap_err().to_string();
        assert!(e.contains("bind source path does not exist: /does/not/exist"), "{e}");
        let v = parse_mount("source=myvol,target=/d,volume-nocopy").unwrap();
        assert!(v.kind == "volume" && v.name == "myvol" && v.nocopy);
        let t = parse_mount("type=tmpfs,target=/t,tmpfs-size=64m,tmpfs-mode=1770").unwrap();
        assert_eq!(t.tmpfs_options, vec!["size=67108864".to_string(), "mode=1770".to_string()]);
        assert!(parse_mount("type=tmpfs,source=x,target=/t").is_err());
        assert!(parse_mount("type=nfs,target=/t").is_err());
        assert!(parse_mount("type=volume,source=v").unwrap_err().to_string().contains("target is required"));
        assert!(parse_mount("type=volume,target=/t,bogus=1").unwrap_err().to_string().contains("unexpected key"));
        assert!(parse_mount("type=volume,target=/t,tmpfs-mode=1777").is_err());
        assert!(parse_mount("type=volume,target=/t,readonly=maybe").is_err());
    }

    #[test]
    fn duplicates() {
        let e = parse_all(&["/a:/x".into()], &["type=volume,target=/x".into()], &[]).unwrap_err().to_string();
        assert!(e.contains("Duplicate mount point: /x"), "{e}");
        assert!(parse_all(&["/a:/run".into()], &[], &["/run".into()]).is_err());
        assert_eq!(parse_all(&["/a:/x".into(), "v1:/y".into()], &[], &[]).unwrap().len(), 2);
    }
}
