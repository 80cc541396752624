//! The `local` volume driver's options (`volume create -o type=... -o
//! o=... -o device=...`, compose's `driver_opts`), which docker turns into
//! `mount -t TYPE -o O DEVICE`. Rootless dhow honours what a user can
//! mount: a tmpfs and a bind of a host directory; the rest needs root.

use std::collections::BTreeMap;

/// What a volume with options mounts instead of its own directory.
#[derive(Debug, Clone, PartialEq)]
pub enum LocalMount {
    /// `type: none, o: bind, device: PATH`: the host directory PATH.
    Bind(String),
    /// `type: tmpfs`: a tmpfs with the mount options of `o`.
    Tmpfs(Vec<String>),
}

/// The mount `opts` ask for; `None` without options (a plain directory).
pub fn parse(opts: &BTreeMap<String, String>) -> Result<Option<LocalMount>, String> {
    let o: Vec<String> = opts.get("o").map(|s| s.split(',').filter(|x| !x.is_empty()).map(str::to_string).collect()).unwrap_or_default();
    match opts.get("type").map(String::as_str) {
        None if !opts.contains_key("o") && !opts.contains_key("device") => Ok(None),
        Some("tmpfs") => Ok(Some(LocalMount::Tmpfs(o))),
        Some("none") | Some("") | None if o.iter().any(|x| x == "bind" || x == "rbind") => match opts.get("device") {
            Some(d) if d.starts_with('/') => Ok(Some(LocalMount::Bind(d.clone()))),
            Some(d) => Err(format!("device {d:?} of a bind volume must be an absolute path")),
            None => Err("a bind volume (o: bind) needs device: /host/path".into()),
        },
        Some("none") | Some("") => Err("type: none mounts nothing without o: bind and device: /host/path".into()),
        Some(t) => Err(format!("type {t:?} cannot be mounted by rootless dhow (it mounts tmpfs, or a host directory with type: none, o: bind, device: /path)")),
        None => Err("driver options without type: use type: tmpfs, or type: none with o: bind and device: /host/path".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(kv: &[(&str, &str)]) -> Result<Option<LocalMount>, String> {
        parse(&kv.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect())
    }

    #[test]
    fn tmpfs_bind_and_what_needs_root() {
        assert_eq!(p(&[]), Ok(None));
        assert_eq!(p(&[("type", "tmpfs"), ("device", "tmpfs"), ("o", "size=64m,mode=1777")]), Ok(Some(LocalMount::Tmpfs(vec!["size=64m".into(), "mode=1777".into()]))));
        assert_eq!(p(&[("type", "none"), ("o", "bind"), ("device", "/srv")]), Ok(Some(LocalMount::Bind("/srv".into()))));
        assert!(p(&[("type", "none"), ("o", "bind"), ("device", "srv")]).unwrap_err().contains("absolute"));
        assert!(p(&[("type", "nfs"), ("o", "addr=1.2.3.4"), ("device", ":/x")]).unwrap_err().contains("rootless"));
        assert!(p(&[("device", "/dev/sdb1")]).is_err());
    }
}
