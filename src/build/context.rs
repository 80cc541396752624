//! The build context: the directory (or a tar on stdin, unpacked) that
//! COPY/ADD read from, filtered by `.containerignore`/`.dockerignore`.
//!
//! The tree is listed once, with the ignore rules applied, before anything is
//! hashed or copied; every source path is then looked up in that listing, so
//! an ignored file can neither be copied nor change a cache key. Sources that
//! leave the context (`../x`, or a symlink whose target is outside) are
//! refused, as docker refuses them.

// The one-component glob is the shared one; re-exported for callers that
// know it as `context::glob` (the .dockerignore fuzz target).
pub use crate::util::glob::glob;
use anyhow::{anyhow, bail, Context as _, Result};
use std::collections::BTreeMap;
use std::fs;
use std::io::Read;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Component, Path, PathBuf};

/// One `.dockerignore` line.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Pattern {
    negate: bool,
    parts: Vec<String>,
}

/// docker's ignore rules: the last matching pattern decides; a pattern that
/// matches a directory also matches everything below it.
#[derive(Debug, Clone, Default)]
pub struct IgnoreRules {
    patterns: Vec<Pattern>,
}

impl IgnoreRules {
    pub fn parse(text: &str) -> IgnoreRules {
        let mut patterns = Vec::new();
        for line in text.lines() {
            let l = line.trim();
            if l.is_empty() || l.starts_with('#') {
                continue;
            }
            let (negate, p) = match l.strip_prefix('!') {
                Some(p) => (true, p.trim()),
                None => (false, l),
            };
            let cleaned = clean(p);
            if cleaned.is_empty() {
                continue;
            }
            patterns.push(Pattern {
                negate,
                parts: cleaned.split('/').map(String::from).collect(),
            });
        }
        IgnoreRules { patterns }
    }

    /// Whether `rel` (a `/`-separated path relative to the context) is left out.
    pub fn is_excluded(&self, rel: &str) -> bool {
        let parts: Vec<&str> = rel.split('/').filter(|s| !s.is_empty()).collect();
        let mut excluded = false;
        for p in &self.patterns {
            // The path itself or one of its parents.
            let hit = (1..=parts.len()).any(|n| match_parts(&p.parts, &parts[..n]));
            if hit {
                excluded = !p.negate;
            }
        }
        excluded
    }

    pub fn has_exceptions(&self) -> bool {
        self.patterns.iter().any(|p| p.negate)
    }
}

/// Matches pattern components against path components; `**` spans any number.
fn match_parts(pat: &[String], path: &[&str]) -> bool {
    match pat.first() {
        None => path.is_empty(),
        Some(p) if p == "**" => (0..=path.len()).any(|k| match_parts(&pat[1..], &path[k..])),
        Some(p) => !path.is_empty() && glob(p, path[0]) && match_parts(&pat[1..], &path[1..]),
    }
}

fn has_glob(s: &str) -> bool {
    s.contains(['*', '?', '['])
}

/// Lexically cleans a `/`-separated path, relative to the context root:
/// `./a//b/` → `a/b`, `/a` → `a`; `..` that climbs out is kept as a leading `..`.
pub fn clean(p: &str) -> String {
    let mut out: Vec<&str> = Vec::new();
    for c in p.split('/') {
        match c {
            "" | "." => {}
            ".." => {
                if out.last().is_some_and(|l| *l != "..") {
                    out.pop();
                } else if !p.starts_with('/') {
                    out.push("..");
                }
            }
            c => out.push(c),
        }
    }
    out.join("/")
}

/// What the listing knows about one path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EntryKind {
    File {
        size: u64,
        mode: u32,
        mtime_ns: i128,
        ino: u64,
    },
    Dir {
        mode: u32,
    },
    Symlink {
        target: PathBuf,
    },
}

/// The build context, listed once.
pub struct BuildContext {
    root: PathBuf,
    /// Relative path ("" is the root) → kind, sorted.
    entries: BTreeMap<String, EntryKind>,
}

/// The error docker gives for a path that leaves the context.
pub fn outside_error(src: &str) -> anyhow::Error {
    anyhow!("forbidden path outside the build context: {src} (COPY and ADD can only read files inside the context directory)")
}

impl BuildContext {
    /// Lists `root`, leaving out what `.containerignore` or `.dockerignore` excludes.
    pub fn open(root: &Path) -> Result<BuildContext> {
        Self::open_with_ignorefile(root, None)
    }

    /// Like [`BuildContext::open`]; an `ignorefile` (`build --ignorefile`)
    /// replaces the context's own `.containerignore`/`.dockerignore`.
    pub fn open_with_ignorefile(root: &Path, ignorefile: Option<&Path>) -> Result<BuildContext> {
        let root = fs::canonicalize(root)
            .with_context(|| format!("build context {} is not accessible", root.display()))?;
        if !root.is_dir() {
            bail!("build context {} is not a directory", root.display());
        }
        if let Some(f) = ignorefile {
            let t = fs::read_to_string(f).with_context(|| format!("reading the ignore file {}", f.display()))?;
            return Self::open_with_rules(&root, &IgnoreRules::parse(&t));
        }
        let mut rules = IgnoreRules::default();
        for name in [".containerignore", ".dockerignore"] {
            match fs::read_to_string(root.join(name)) {
                Ok(t) => {
                    rules = IgnoreRules::parse(&t);
                    break;
                }
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => {
                    return Err(e).with_context(|| format!("reading {}", root.join(name).display()))
                }
            }
        }
        Self::open_with_rules(&root, &rules)
    }

    pub fn open_with_rules(root: &Path, rules: &IgnoreRules) -> Result<BuildContext> {
        let mut entries = BTreeMap::new();
        let meta = fs::metadata(root)?;
        entries.insert(
            String::new(),
            EntryKind::Dir {
                mode: meta.permissions().mode() & 0o7777,
            },
        );
        let descend_excluded = rules.has_exceptions();
        let mut stack = vec![String::new()];
        while let Some(rel) = stack.pop() {
            let dir = if rel.is_empty() {
                root.to_path_buf()
            } else {
                root.join(&rel)
            };
            let rd = fs::read_dir(&dir)
                .with_context(|| format!("reading build context directory {}", dir.display()))?;
            for e in rd {
                let e = e.with_context(|| {
                    format!("reading build context directory {}", dir.display())
                })?;
                let name = e.file_name().to_string_lossy().into_owned();
                let child = if rel.is_empty() {
                    name
                } else {
                    format!("{rel}/{name}")
                };
                let m = fs::symlink_metadata(e.path())
                    .with_context(|| format!("reading {}", e.path().display()))?;
                let excluded = rules.is_excluded(&child);
                let ft = m.file_type();
                if ft.is_dir() {
                    if !excluded {
                        entries.insert(
                            child.clone(),
                            EntryKind::Dir {
                                mode: m.permissions().mode() & 0o7777,
                            },
                        );
                    }
                    if !excluded || descend_excluded {
                        stack.push(child);
                    }
                    continue;
                }
                if excluded {
                    continue;
                }
                let kind = if ft.is_symlink() {
                    EntryKind::Symlink {
                        target: fs::read_link(e.path())?,
                    }
                } else if ft.is_file() {
                    EntryKind::File {
                        size: m.len(),
                        mode: m.permissions().mode() & 0o7777,
                        mtime_ns: i128::from(m.mtime()) * 1_000_000_000
                            + i128::from(m.mtime_nsec()),
                        ino: m.ino(),
                    }
                } else {
                    continue; // sockets, FIFOs, devices are not build input
                };
                // A file kept by an exception inside an excluded dir needs its parents.
                let mut parent = child.as_str();
                while let Some((p, _)) = parent.rsplit_once('/') {
                    if !entries.contains_key(p) {
                        let pm = fs::metadata(root.join(p))?;
                        entries.insert(
                            p.to_string(),
                            EntryKind::Dir {
                                mode: pm.permissions().mode() & 0o7777,
                            },
                        );
                    }
                    parent = p;
                }
                entries.insert(child, kind);
            }
        }
        Ok(BuildContext {
            root: root.to_path_buf(),
            entries,
        })
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    pub fn entry(&self, rel: &str) -> Option<&EntryKind> {
        self.entries.get(rel)
    }

    /// The entries at and below `rel`, in path order.
    pub fn tree(&self, rel: &str) -> Vec<(&str, &EntryKind)> {
        if rel.is_empty() {
            return self.entries.iter().map(|(k, v)| (k.as_str(), v)).collect();
        }
        let prefix = format!("{rel}/");
        let mut out: Vec<(&str, &EntryKind)> = self
            .entries
            .get_key_value(rel)
            .map(|(k, v)| (k.as_str(), v))
            .into_iter()
            .collect();
        out.extend(
            self.entries
                .range(prefix.clone()..)
                .take_while(|(k, _)| k.starts_with(&prefix))
                .map(|(k, v)| (k.as_str(), v)),
        );
        out
    }

    /// Resolves a COPY/ADD source (a path or glob) to context paths. A
    /// symlink named directly is followed, and must stay inside the context.
    pub fn resolve(&self, src: &str) -> Result<Vec<String>> {
        let cleaned = clean(src);
        if cleaned == ".." || cleaned.starts_with("../") {
            return Err(outside_error(src));
        }
        let matches: Vec<String> = if has_glob(&cleaned) {
            let pat: Vec<&str> = cleaned.split('/').collect();
            self.entries
                .keys()
                .filter(|k| {
                    let parts: Vec<&str> = k.split('/').collect();
                    !k.is_empty()
                        && parts.len() == pat.len()
                        && pat.iter().zip(&parts).all(|(p, n)| glob(p, n))
                })
                .cloned()
                .collect()
        } else if self.entries.contains_key(&cleaned) {
            vec![cleaned.clone()]
        } else {
            // Maybe under a symlinked directory: resolve component-wise.
            match self.follow(&cleaned, src)? {
                Some(r) => vec![r],
                None => vec![],
            }
        };
        if matches.is_empty() {
            if has_glob(&cleaned) {
                bail!("no source files were specified: {src:?} matches nothing in the build context (check .dockerignore)");
            }
            bail!("{src:?}: no such file or directory in the build context (is it excluded by .dockerignore?)");
        }
        let mut out = Vec::new();
        for m in matches {
            out.push(self.follow(&m, src)?.ok_or_else(|| {
                anyhow!("{src:?}: no such file or directory in the build context")
            })?);
        }
        Ok(out)
    }

    /// Follows symlinks in `rel` (every component) inside the context; None if absent.
    fn follow(&self, rel: &str, src: &str) -> Result<Option<String>> {
        let mut todo: Vec<String> = rel
            .split('/')
            .filter(|s| !s.is_empty())
            .map(String::from)
            .rev()
            .collect();
        let mut cur: Vec<String> = Vec::new();
        let mut hops = 0;
        while let Some(c) = todo.pop() {
            if c == ".." {
                if cur.pop().is_none() {
                    return Err(outside_error(src));
                }
                continue;
            }
            cur.push(c);
            let path = cur.join("/");
            match self.entries.get(&path) {
                Some(EntryKind::Symlink { target }) => {
                    hops += 1;
                    if hops > 40 {
                        bail!("{src:?}: too many levels of symbolic links");
                    }
                    cur.pop();
                    let t = target.to_string_lossy().into_owned();
                    if t.starts_with('/') {
                        // An absolute target is a host path: allowed only inside the context.
                        let tp = Path::new(&t);
                        let Ok(inside) = tp.strip_prefix(&self.root) else {
                            return Err(outside_error(src));
                        };
                        cur.clear();
                        let comps: Vec<String> = inside
                            .components()
                            .filter_map(|c| match c {
                                Component::Normal(n) => Some(n.to_string_lossy().into_owned()),
                                _ => None,
                            })
                            .collect();
                        todo.extend(comps.into_iter().rev());
                    } else {
                        for comp in t
                            .split('/')
                            .filter(|s| !s.is_empty() && *s != ".")
                            .collect::<Vec<_>>()
                            .into_iter()
                            .rev()
                        {
                            todo.push(comp.to_string());
                        }
                    }
                }
                Some(_) => {}
                None => return Ok(None),
            }
        }
        Ok(Some(cur.join("/")))
    }

    /// Reads a context file (for ADD archives and heredoc-free sources).
    pub fn open_file(&self, rel: &str) -> Result<fs::File> {
        let p = self.root.join(rel);
        let f = fs::OpenOptions::new()
            .read(true)
            .custom_flags(libc::O_NOFOLLOW)
            .open(&p)
            .with_context(|| format!("opening {} in the build context", rel))?;
        Ok(f)
    }

    /// A digest of the content, names and modes of the entries at and below
    /// each source: a COPY/ADD cache key part. `known` maps a file's identity
    /// (path, size, mtime, inode) to a content hash from an earlier build, so
    /// an unchanged tree is not read again.
    pub fn hash_sources(&self, sources: &[String], known: &mut FileHashCache) -> Result<String> {
        use sha2::{Digest as _, Sha256};
        let mut h = Sha256::new();
        for s in sources {
            h.update(b"src\0");
            h.update(s.as_bytes());
            for (rel, kind) in self.tree(s) {
                h.update(rel.as_bytes());
                h.update(b"\0");
                match kind {
                    EntryKind::Dir { mode } => h.update(format!("d{mode:o}\0")),
                    EntryKind::Symlink { target } => h.update(format!("l{}\0", target.display())),
                    EntryKind::File {
                        size,
                        mode,
                        mtime_ns,
                        ino,
                    } => {
                        let key = format!(
                            "{}\0{size}\0{mtime_ns}\0{ino}",
                            self.root.join(rel).display()
                        );
                        let content = match known.get(&key) {
                            Some(c) => c.clone(),
                            None => {
                                let c =
                                    hash_file(&mut self.open_file(rel)?).with_context(|| {
                                        format!("reading {rel} in the build context")
                                    })?;
                                known.insert(key, c.clone());
                                c
                            }
                        };
                        h.update(format!("f{mode:o}\0{content}\0"));
                    }
                }
            }
        }
        Ok(hex::encode(h.finalize()))
    }
}

/// Content hashes of context files keyed by their identity (path, size,
/// mtime, inode): kept by the builder between builds.
pub type FileHashCache = std::collections::HashMap<String, String>;

use std::os::unix::fs::OpenOptionsExt;

fn hash_file(f: &mut fs::File) -> std::io::Result<String> {
    use sha2::{Digest as _, Sha256};
    let mut h = Sha256::new();
    let mut buf = vec![0u8; 1 << 16];
    loop {
        let n = f.read(&mut buf)?;
        if n == 0 {
            break;
        }
        h.update(&buf[..n]);
    }
    Ok(hex::encode(h.finalize()))
}

/// Unpacks a context tar (from stdin) into `dest`; entries cannot leave it.
pub fn unpack_tar<R: Read>(r: R, dest: &Path) -> Result<()> {
    let (_, r) =
        crate::image::layer::decompress(r).context("reading the build context from stdin")?;
    let mut a = tar::Archive::new(r);
    a.set_preserve_permissions(true);
    a.set_preserve_ownerships(false);
    a.set_overwrite(true);
    for entry in a.entries().context("reading the build context tar")? {
        let mut entry = entry.context("reading the build context tar")?;
        let p = entry.path()?.into_owned();
        if p.components().any(|c| matches!(c, Component::ParentDir)) {
            bail!(
                "the build context tar contains {:?}, which points outside it",
                p
            );
        }
        entry
            .unpack_in(dest)
            .with_context(|| format!("unpacking {} from the build context tar", p.display()))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ignore_rules() {
        let r = IgnoreRules::parse("# c\n*.md\n!README.md\n/tmp\n**/*.log\nbuild/\n");
        assert!(r.is_excluded("a.md"));
        assert!(!r.is_excluded("README.md"));
        assert!(!r.is_excluded("docs/a.md"), "*.md is anchored at the root");
        assert!(r.is_excluded("tmp"));
        assert!(r.is_excluded("tmp/x/y"), "children of a matched dir");
        assert!(r.is_excluded("a/b/c.log"));
        assert!(r.is_excluded("x.log"));
        assert!(r.is_excluded("build/out"));
        assert!(!r.is_excluded("src/main.rs"));
        assert!(IgnoreRules::parse("tem?").is_excluded("temp"));
        assert!(!IgnoreRules::parse("tem?").is_excluded("temps"));
    }

    #[test]
    fn clean_paths() {
        assert_eq!(clean("./a//b/../c/"), "a/c");
        assert_eq!(clean("../x"), "../x");
        assert_eq!(clean("/../x"), "x");
    }

    #[test]
    fn context_listing_and_escapes() {
        let d = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        let root = d.path();
        fs::write(root.join("a.jar"), b"1").unwrap();
        fs::write(root.join("b.jar"), b"2").unwrap();
        fs::write(root.join("notes.md"), b"n").unwrap();
        fs::write(root.join("README.md"), b"r").unwrap();
        fs::create_dir(root.join("dir")).unwrap();
        fs::write(root.join("dir/f"), b"f").unwrap();
        std::os::unix::fs::symlink("dir/f", root.join("inlink")).unwrap();
        std::os::unix::fs::symlink(outside.path(), root.join("outlink")).unwrap();
        std::os::unix::fs::symlink("../../../etc/passwd", root.join("uplink")).unwrap();
        fs::write(root.join(".dockerignore"), "*.md\n!README.md\n").unwrap();
        let c = BuildContext::open(root).unwrap();
        assert_eq!(c.resolve("*.jar").unwrap(), vec!["a.jar", "b.jar"]);
        assert!(c.resolve("notes.md").is_err());
        assert_eq!(c.resolve("README.md").unwrap(), vec!["README.md"]);
        assert_eq!(c.resolve("./dir/../inlink").unwrap(), vec!["dir/f"]);
        assert_eq!(c.resolve(".").unwrap(), vec![""]);
        assert!(c
            .resolve("../x")
            .unwrap_err()
            .to_string()
            .contains("outside the build context"));
        assert!(c
            .resolve("outlink")
            .unwrap_err()
            .to_string()
            .contains("outside"));
        assert!(c
            .resolve("uplink")
            .unwrap_err()
            .to_string()
            .contains("outside"));
        assert!(c.resolve("*.none").is_err());
        let mut cache = FileHashCache::new();
        let h1 = c.hash_sources(&["dir".into()], &mut cache).unwrap();
        assert_eq!(cache.len(), 1);
        fs::write(root.join("dir/f"), b"changed!").unwrap();
        let c2 = BuildContext::open(root).unwrap();
        assert_ne!(h1, c2.hash_sources(&["dir".into()], &mut cache).unwrap());
        assert_eq!(c2.tree("").len(), c.tree("").len());
    }
}
