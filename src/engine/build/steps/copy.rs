//! COPY and ADD: resolving sources (context, other stages, URLs, heredocs),
//! their cache key (content hash), and writing them into the stage's root
//! with `fsops` (resolved inside it, owners and modes as asked), unpacking
//! local archives for ADD.

use super::super::fsops::{self, Attrs, Root};
use super::super::{Builder, State};
use crate::build::context::{self, EntryKind};
use crate::build::parser::Instruction;
use crate::build::vars;
use crate::image::store::TempDir;
use anyhow::{anyhow, bail, Context, Result};
use std::collections::HashMap;
use std::os::fd::OwnedFd;
use std::path::{Path, PathBuf};
use super::{Source, Kind, Prepared};

impl Builder<'_> {
    pub(super) fn prepare_copy(&mut self, state: &State, ins: &Instruction) -> Result<Prepared> {
        let add = ins.keyword == "ADD";
        for (f, _) in &ins.flags {
            if !matches!(f.as_str(), "from" | "chown" | "chmod" | "link") {
                return Err(self.err(ins, format!("unknown flag --{f}")));
            }
        }
        let mut words = self.words(state, ins)?;
        if words.len() < 2 {
            return Err(self.err(
                ins,
                format!(
                    "{} requires at least two arguments: {} <src>... <dest>",
                    ins.keyword, ins.keyword
                ),
            ));
        }
        let dest_raw = words.pop().unwrap_or_default();
        let lookup = |n: &str| state.lookup(n);
        let from = ins
            .flag("from")
            .map(|f| vars::process_word(f, &lookup, self.escape))
            .transpose()
            .map_err(|e| self.err(ins, e))?;
        let chown = ins
            .flag("chown")
            .map(|f| vars::process_word(f, &lookup, self.escape))
            .transpose()
            .map_err(|e| self.err(ins, e))?;
        let chmod = match ins.flag("chmod") {
            Some(m) => Some(
                u32::from_str_radix(m, 8)
                    .ok()
                    .filter(|m| *m <= 0o7777)
                    .ok_or_else(|| {
                        self.err(
                            ins,
                            format!("invalid --chmod {m:?}: give an octal mode like 755"),
                        )
                    })?,
            ),
            None => None,
        };
        let mut sources = Vec::new();
        use sha2::{Digest as _, Sha256};
        let mut h = Sha256::new();
        let from_stage = match &from {
            Some(f) => match self.stage_index(f, usize::MAX) {
                Some(i) => Some(Ok(i)),
                None => {
                    if f.parse::<usize>().is_ok() {
                        return Err(self.err(
                            ins,
                            format!("--from={f}: there is no stage {f} before this one"),
                        ));
                    }
                    Some(Err(f.clone()))
                }
            },
            None => None,
        };
        for w in &words {
            if let Some(name) = w.strip_prefix("<<").map(|n| {
                n.trim_start_matches('-')
                    .trim_matches(|c| c == '"' || c == '\'')
            }) {
                if let Some(hd) = ins.heredocs.iter().find(|h| h.name == name) {
                    let content = if hd.quoted {
                        hd.content.clone()
                    } else {
                        vars::process_word(&hd.content, &lookup, self.escape)
                            .unwrap_or_else(|_| hd.content.clone())
                    };
                    h.update(format!("heredoc\0{name}\0{content}\0"));
                    sources.push(Source::Heredoc {
                        name: name.to_string(),
                        content,
                    });
                    continue;
                }
            }
            match &from_stage {
                Some(Ok(i)) => {
                    let id = self
                        .results
                        .get(i)
                        .map(|r| r.state.id.to_string())
                        .unwrap_or_default();
                    h.update(format!("stage\0{id}\0{w}\0"));
                    sources.push(Source::Stage(*i, w.clone()));
                }
                Some(Err(image)) => {
                    let st = self.image_state(image)?;
                    h.update(format!("image\0{}\0{w}\0", st.id));
                    sources.push(Source::Image(image.clone(), w.clone()));
                }
                None if add && (w.starts_with("http://") || w.starts_with("https://")) => {
                    h.update(format!("url\0{w}\0"));
                    sources.push(Source::Url(w.clone()));
                }
                None => {
                    let resolved = self.ctx.resolve(w).map_err(|e| self.err(ins, e))?;
                    let hash = self
                        .ctx
                        .hash_sources(&resolved, &mut self.cache.file_hashes)?;
                    h.update(format!("ctx\0{w}\0{hash}\0"));
                    sources.extend(resolved.into_iter().map(Source::Context));
                }
            }
        }
        let workdir = state
            .config
            .config
            .working_dir
            .clone()
            .unwrap_or_else(|| "/".into());
        let dest_abs = if dest_raw.starts_with('/') {
            dest_raw.clone()
        } else {
            format!("{}/{}", workdir.trim_end_matches('/'), dest_raw)
        };
        let dest_is_dir = dest_raw.ends_with('/') || dest_raw == "." || sources.len() > 1;
        if sources.len() > 1 && !(dest_raw.ends_with('/') || dest_raw == ".") && words.len() > 1 {
            return Err(self.err(ins, format!("when using {} with more than one source file, the destination must be a directory and end with a /", ins.keyword)));
        }
        let hash = hex::encode(h.finalize());
        let desc = format!(
            "{} from={} chown={} chmod={:?} {} {dest_abs}",
            ins.keyword,
            from.clone().unwrap_or_default(),
            chown.clone().unwrap_or_default(),
            chmod,
            words.join(" ")
        );
        let created_by = format!(
            "/bin/sh -c #(nop) {} {}:{} in {dest_raw} ",
            ins.keyword,
            if sources.len() == 1 { "file" } else { "multi" },
            &hash[..16]
        );
        let dest = format!("/{}", context::clean(&dest_abs));
        Ok(Prepared {
            desc,
            created_by,
            kind: Kind::Copy {
                sources,
                dest,
                dest_is_dir,
                chown,
                chmod,
                add,
            },
            sources_hash: Some(hash),
        })
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn copy_in(
        &mut self,
        state: &State,
        tmp: &TempDir,
        sources: &[Source],
        dest: &str,
        dest_is_dir: bool,
        chown: Option<&str>,
        chmod: Option<u32>,
        add: bool,
    ) -> Result<()> {
        let merged = self.mount_stage(state, tmp)?;
        let mut from_mounts: Vec<PathBuf> = Vec::new();
        let r = self.copy_mounted(
            state,
            tmp,
            &merged,
            sources,
            dest,
            dest_is_dir,
            chown,
            chmod,
            add,
            &mut from_mounts,
        );
        for m in from_mounts {
            fsops::unmount(&m);
        }
        fsops::unmount(&merged);
        r
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn copy_mounted(
        &mut self,
        _state: &State,
        tmp: &TempDir,
        merged: &Path,
        sources: &[Source],
        dest: &str,
        dest_is_dir: bool,
        chown: Option<&str>,
        chmod: Option<u32>,
        add: bool,
        from_mounts: &mut Vec<PathBuf>,
    ) -> Result<()> {
        let root = Root::open(merged)?;
        let attrs = match chown {
            Some(spec) => {
                let max_id = crate::sys::userns::current_mappings()
                    .map(|m| m.max_uid())
                    .unwrap_or(u32::MAX);
                let u = crate::engine::containers::user::resolve(merged, spec, max_id)?;
                // docker: a user without a group uses the same number as the GID.
                let gid = if spec.contains(':') { u.gid } else { u.uid };
                Attrs {
                    uid: u.uid,
                    gid,
                    chmod,
                }
            }
            None => Attrs {
                uid: 0,
                gid: 0,
                chmod,
            },
        };
        // Directories COPY has to create get the --chown owner (mode 0755).
        let created = Attrs {
            chmod: None,
            ..attrs
        };
        let dest_exists_dir = root.is_dir(dest);
        let into_dir = dest_is_dir || dest_exists_dir;
        for src in sources {
            match src {
                Source::Heredoc { name, content } => {
                    let (dir, file) = if into_dir {
                        (dest.to_string(), name.clone())
                    } else {
                        split_parent(dest)
                    };
                    let fd = root.ensure_dir(&dir, Some(created))?;
                    fsops::write_bytes(&fd, file.as_bytes(), content.as_bytes(), 0o644, attrs)?;
                }
                Source::Url(url) => {
                    let name = url
                        .rsplit('/')
                        .next()
                        .filter(|n| !n.is_empty())
                        .unwrap_or("index.html")
                        .to_string();
                    let (dir, file) = if into_dir {
                        (dest.to_string(), name)
                    } else {
                        split_parent(dest)
                    };
                    let body = reqwest::blocking::get(url)
                        .and_then(|r| r.error_for_status())
                        .with_context(|| format!("downloading {url}"))?
                        .bytes()
                        .with_context(|| format!("downloading {url}"))?;
                    let fd = root.ensure_dir(&dir, Some(created))?;
                    fsops::write_bytes(&fd, file.as_bytes(), &body, 0o600, attrs)?;
                }
                Source::Context(rel) => {
                    let kind = self
                        .ctx
                        .entry(rel)
                        .cloned()
                        .ok_or_else(|| anyhow!("{rel}: not in the build context"))?;
                    match kind {
                        EntryKind::Dir { .. } => {
                            let base = self.ctx.root().to_path_buf();
                            let items: Vec<(String, PathBuf, EntryKind)> = self
                                .ctx
                                .tree(rel)
                                .into_iter()
                                .filter(|(p, _)| *p != rel.as_str())
                                .map(|(p, k)| {
                                    let sub = if rel.is_empty() {
                                        p.to_string()
                                    } else {
                                        p[rel.len() + 1..].to_string()
                                    };
                                    (sub, base.join(p), k.clone())
                                })
                                .collect();
                            copy_tree(&root, dest, &items, attrs, created)?;
                        }
                        EntryKind::File { mode, .. } => {
                            let path = self.ctx.root().join(rel);
                            let name = rel.rsplit('/').next().unwrap_or(rel).to_string();
                            if add && is_archive(&path)? {
                                let fd = root.ensure_dir(dest, Some(created))?;
                                extract_archive(&path, &fsops::fd_path(&fd)?)?;
                                continue;
                            }
                            let (dir, file) = if into_dir {
                                (dest.to_string(), name)
                            } else {
                                split_parent(dest)
                            };
                            let fd = root.ensure_dir(&dir, Some(created))?;
                            let mut f = self.ctx.open_file(rel)?;
                            fsops::write_file(
                                &fd,
                                file.as_bytes(),
                                &mut f,
                                mode,
                                attrs,
                                mtime_of(&path),
                            )?;
                        }
                        EntryKind::Symlink { target } => {
                            let name = rel.rsplit('/').next().unwrap_or(rel).to_string();
                            let (dir, file) = if into_dir {
                                (dest.to_string(), name)
                            } else {
                                split_parent(dest)
                            };
                            let fd = root.ensure_dir(&dir, Some(created))?;
                            fsops::write_symlink(&fd, file.as_bytes(), &target, attrs)?;
                        }
                    }
                }
                Source::Stage(_, path) | Source::Image(_, path) => {
                    let layers = match src {
                        Source::Stage(i, _) => self
                            .results
                            .get(i)
                            .map(|r| r.state.layers.clone())
                            .unwrap_or_default(),
                        Source::Image(name, _) => self.image_state(name)?.layers,
                        _ => vec![],
                    };
                    let mount = tmp.path().join(format!("from{}", from_mounts.len()));
                    std::fs::create_dir_all(&mount)?;
                    let ids: Vec<_> = layers.iter().map(|l| l.diff_id.clone()).collect();
                    fsops::mount_overlay(
                        &self.store,
                        &ids,
                        None,
                        &mount,
                        &tmp.path().join("empty-from"),
                    )?;
                    from_mounts.push(mount.clone());
                    let srcs = resolve_in_root(&mount, path)?;
                    let multi = srcs.len() > 1;
                    for (name, host) in srcs {
                        let meta = std::fs::symlink_metadata(&host)?;
                        if meta.is_dir() {
                            let items = walk_host(&host)?;
                            copy_tree(&root, dest, &items, attrs, created)?;
                        } else {
                            let (dir, file) = if into_dir || multi {
                                (dest.to_string(), name)
                            } else {
                                split_parent(dest)
                            };
                            let fd = root.ensure_dir(&dir, Some(created))?;
                            if meta.file_type().is_symlink() {
                                fsops::write_symlink(
                                    &fd,
                                    file.as_bytes(),
                                    &std::fs::read_link(&host)?,
                                    attrs,
                                )?;
                            } else {
                                use std::os::unix::fs::PermissionsExt;
                                let mut f = std::fs::File::open(&host)?;
                                fsops::write_file(
                                    &fd,
                                    file.as_bytes(),
                                    &mut f,
                                    meta.permissions().mode(),
                                    attrs,
                                    mtime_of(&host),
                                )?;
                            }
                        }
                    }
                }
            }
        }
        Ok(())
    }
}
pub(super) fn split_parent(p: &str) -> (String, String) {
    match p.rsplit_once('/') {
        Some((d, f)) => (
            if d.is_empty() {
                "/".into()
            } else {
                d.to_string()
            },
            f.to_string(),
        ),
        None => ("/".into(), p.to_string()),
    }
}

pub(super) fn mtime_of(p: &Path) -> Option<(i64, i64)> {
    use std::os::unix::fs::MetadataExt;
    std::fs::symlink_metadata(p)
        .ok()
        .map(|m| (m.mtime(), m.mtime_nsec()))
}

/// Copies `items` (sub-path, host path, kind; parents before children) under `dest`.
pub(super) fn copy_tree(
    root: &Root,
    dest: &str,
    items: &[(String, PathBuf, EntryKind)],
    attrs: Attrs,
    created: Attrs,
) -> Result<()> {
    let mut dirs: HashMap<String, OwnedFd> = HashMap::new();
    dirs.insert(String::new(), root.ensure_dir(dest, Some(created))?);
    for (sub, host, kind) in items {
        let (parent, name) = match sub.rsplit_once('/') {
            Some((p, n)) => (p.to_string(), n.to_string()),
            None => (String::new(), sub.clone()),
        };
        if !dirs.contains_key(&parent) {
            let fd = root.ensure_dir(&format!("{dest}/{parent}"), Some(created))?;
            dirs.insert(parent.clone(), fd);
        }
        let pfd = dirs
            .get(&parent)
            .ok_or_else(|| anyhow!("internal: missing parent {parent}"))?;
        match kind {
            EntryKind::Dir { mode } => {
                let fd = fsops::make_dir(pfd, name.as_bytes(), *mode, attrs)?;
                dirs.insert(sub.clone(), fd);
            }
            EntryKind::File { mode, .. } => {
                let mut f = std::fs::OpenOptions::new()
                    .read(true)
                    .custom_flags_nofollow()
                    .open(host)
                    .with_context(|| format!("reading {}", host.display()))?;
                fsops::write_file(pfd, name.as_bytes(), &mut f, *mode, attrs, mtime_of(host))?;
            }
            EntryKind::Symlink { target } => {
                fsops::write_symlink(pfd, name.as_bytes(), target, attrs)?
            }
        }
    }
    Ok(())
}

pub(super) trait NoFollow {
    fn custom_flags_nofollow(&mut self) -> &mut Self;
}

impl NoFollow for std::fs::OpenOptions {
    fn custom_flags_nofollow(&mut self) -> &mut Self {
        use std::os::unix::fs::OpenOptionsExt;
        self.custom_flags(libc::O_NOFOLLOW)
    }
}

/// Lists a host tree (no symlinks followed), parents first.
pub(super) fn walk_host(top: &Path) -> Result<Vec<(String, PathBuf, EntryKind)>> {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let mut out = Vec::new();
    let mut stack = vec![(String::new(), top.to_path_buf())];
    while let Some((sub, dir)) = stack.pop() {
        let mut entries: Vec<_> = std::fs::read_dir(&dir)?.flatten().collect();
        entries.sort_by_key(|e| e.file_name());
        for e in entries {
            let name = e.file_name().to_string_lossy().into_owned();
            let s = if sub.is_empty() {
                name
            } else {
                format!("{sub}/{name}")
            };
            let m = std::fs::symlink_metadata(e.path())?;
            let kind = if m.is_dir() {
                stack.push((s.clone(), e.path()));
                EntryKind::Dir {
                    mode: m.permissions().mode() & 0o7777,
                }
            } else if m.file_type().is_symlink() {
                EntryKind::Symlink {
                    target: std::fs::read_link(e.path())?,
                }
            } else if m.is_file() {
                EntryKind::File {
                    size: m.len(),
                    mode: m.permissions().mode() & 0o7777,
                    mtime_ns: 0,
                    ino: m.ino(),
                }
            } else {
                continue;
            };
            out.push((s, e.path(), kind));
        }
    }
    // Parents before children.
    out.sort_by(|a, b| {
        a.0.split('/')
            .count()
            .cmp(&b.0.split('/').count())
            .then(a.0.cmp(&b.0))
    });
    Ok(out)
}

/// Resolves a `COPY --from` source (a path, or a glob in its last part)
/// inside a mounted root: (name, host path) pairs.
pub(super) fn resolve_in_root(root: &Path, src: &str) -> Result<Vec<(String, PathBuf)>> {
    let clean = context::clean(src.trim_start_matches('/'));
    let rootf = std::fs::File::open(root)?;
    let (parent, last) = split_parent(&format!("/{clean}"));
    let open = |p: &str| -> Result<PathBuf> {
        let fd = crate::util::fsat::open_at_in_root(&rootf, Path::new(p), libc::O_PATH)
            .map_err(|e| anyhow!("{src:?}: {e} in the source stage or image"))?;
        let p = std::fs::read_link(crate::util::fsat::fd_path(&fd))?;
        Ok(p)
    };
    if clean.is_empty() {
        return Ok(vec![(String::new(), open("/")?)]);
    }
    if last.contains(['*', '?', '[']) {
        let dir = open(&parent)?;
        let mut out = Vec::new();
        let mut names: Vec<String> = std::fs::read_dir(&dir)?
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        for n in names {
            if crate::util::glob::glob(&last, &n) {
                out.push((n.clone(), dir.join(&n)));
            }
        }
        if out.is_empty() {
            bail!("no source files were specified: {src:?} matches nothing");
        }
        return Ok(out);
    }
    let host = open(&format!("/{clean}"))?;
    if !host.starts_with(root) {
        return Err(context::outside_error(src));
    }
    Ok(vec![(last, host)])
}

/// Whether ADD should unpack this file: a tar, possibly gzip/zstd/xz/bzip2 compressed.
pub(super) fn is_archive(p: &Path) -> Result<bool> {
    use std::io::Read;
    let mut head = [0u8; 6];
    let mut f = std::fs::File::open(p)?;
    let n = f.read(&mut head)?;
    let head = &head[..n];
    let xz = head.starts_with(&[0xfd, b'7', b'z', b'X', b'Z', 0]);
    let bz = head.starts_with(b"BZh");
    if xz || bz {
        bail!(
            "ADD cannot unpack {}: {} archives are not supported yet; unpack it with RUN, or use a gzip or zstd tar",
            p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(),
            if xz { "xz" } else { "bzip2" }
        );
    }
    let f = std::fs::File::open(p)?;
    let (_, mut r) = crate::image::layer::decompress(f)?;
    let mut block = vec![0u8; 512];
    let mut got = 0;
    while got < 512 {
        match r.read(&mut block[got..]) {
            Ok(0) => break,
            Ok(k) => got += k,
            Err(_) => return Ok(false),
        }
    }
    Ok(got == 512 && &block[257..262] == b"ustar")
}

pub(super) fn extract_archive(p: &Path, dest: &Path) -> Result<()> {
    let f = std::fs::File::open(p)?;
    let (_, r) = crate::image::layer::decompress(f)?;
    let mut opts = crate::image::layer::ApplyOptions::for_current_user();
    opts.whiteouts = crate::image::layer::WhiteoutMode::Remove;
    crate::image::layer::apply_layer(r, dest, &opts)
        .with_context(|| format!("unpacking {}", p.display()))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parents() {
        assert_eq!(split_parent("/a/b"), ("/a".to_string(), "b".to_string()));
        assert_eq!(split_parent("/b"), ("/".to_string(), "b".to_string()));
    }
}
