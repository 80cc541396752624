//! `dhow cp`: copies files between a container and the host, or streams a
//! tar archive to stdout / from stdin, following docker's rules for the
//! destination (an existing directory receives the source under its own
//! name; `SRC/.` copies a directory's contents; a file cannot be copied to a
//! missing `DIR/`).
//!
//! Every copy is one tar stream from a source walker into the safe layer
//! extractor ([`crate::image::layer::apply_layer`]), the way docker does it,
//! so a copy out of the container is as contained as a copy in.
//!
//! Containment: container paths are resolved with `openat2(RESOLVE_IN_ROOT)`
//! from the container's root (its init's `/proc/PID/root` while it runs, so
//! volumes and bind mounts are seen as inside; else the merged overlay;
//! [`crate::util::fsat`]), so a symlink
//! `/evil -> /` reaches the container's own `/`, never the host's; the source
//! walk opens each entry relative to its parent with `O_NOFOLLOW`; the
//! extractor refuses to leave its destination directory.
//!
//! Ownership: the process runs as root of the container's user namespace
//! (see [`super::rootfs`]). Without `-a` nothing is chowned, so files copied
//! in belong to the container's root and files copied out to the user who
//! runs `dhow` (its uid 0 inside the namespace); with `-a` the IDs of the
//! source are kept (container IDs become the matching sub-IDs on the host).
//! A container with its own ID mapping (`--uidmap`, `--userns=auto`) does
//! not see dhow's root: files copied into it belong to its root, as podman's.

use super::rootfs;
use crate::engine::Engine;
use crate::error::Exit;
use crate::image::layer::{apply_layer, ApplyOptions, WhiteoutMode};
use crate::util::{fsat, tartree};
use anyhow::{anyhow, bail, Context, Result};
use std::ffi::{CString, OsStr};
use std::fs::File;
use std::io::Write;
use std::os::fd::{AsRawFd, OwnedFd};
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};

/// One side of `dhow cp`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Endpoint {
    /// A path on the host.
    Host(String),
    /// `CONTAINER:PATH`.
    Container { container: String, path: String },
    /// `-`: a tar stream on stdin/stdout.
    Stdio,
}

impl Endpoint {
    /// Parses an argument as docker does: `-` is a stream; a path that
    /// starts with `/` or `.` is local; `NAME:PATH` names a container when
    /// the colon comes before any slash; anything else is a host path.
    pub fn parse(arg: &str) -> Endpoint {
        if arg == "-" {
            return Endpoint::Stdio;
        }
        if arg.starts_with('/') || arg.starts_with('.') {
            return Endpoint::Host(arg.to_string());
        }
        match arg.split_once(':') {
            Some((c, p)) if !c.is_empty() && !c.contains('/') => Endpoint::Container {
                container: c.to_string(),
                path: p.to_string(),
            },
            _ => Endpoint::Host(arg.to_string()),
        }
    }
}

/// Flags of `dhow cp`.
#[derive(Debug, Clone, Copy, Default)]
pub struct CpOptions {
    /// `-a`: keep uid/gid of the source.
    pub archive: bool,
    /// `-L`: follow a symlink given as the source.
    pub follow_link: bool,
    /// `--overwrite`: replace a directory by a file and the reverse.
    pub overwrite: bool,
}

/// Runs one copy. The process must not be in a user namespace yet and must
/// be single-threaded (see [`rootfs::enter`]).
pub fn copy(engine: &Engine, src: &Endpoint, dst: &Endpoint, opts: CpOptions) -> Result<()> {
    let (query, ctr_path) = match (src, dst) {
        (Endpoint::Container { container, path }, Endpoint::Host(_) | Endpoint::Stdio) => {
            (container, path)
        }
        (Endpoint::Host(_) | Endpoint::Stdio, Endpoint::Container { container, path }) => {
            (container, path)
        }
        (Endpoint::Container { container: a, path: pa }, Endpoint::Container { container: b, path: pb }) => {
            return between(engine, (a, pa), (b, pb), opts)
        }
        (Endpoint::Stdio, Endpoint::Stdio) => {
            return Err(Exit::with_code(
                1,
                "invalid copy: source and destination cannot both be \"-\"",
            )
            .into())
        }
        _ => return Err(Exit::with_code(1, "must specify at least one container source").into()),
    };
    if ctr_path.is_empty() {
        return Err(Exit::with_code(1, format!("invalid path {query}: a path inside the container is required after the colon (CONTAINER:PATH)")).into());
    }
    let (record, state) = super::ops::find(engine, query)?;
    let fs = rootfs::enter(engine, &record, &state)?;
    let root = File::open(&fs.root)
        .with_context(|| format!("opening the root filesystem of container {}", record.name))?;
    let not_found = |p: &str| missing_in(p, &record.name);
    let ctr_abs = if ctr_path.starts_with('/') {
        ctr_path.clone()
    } else {
        format!("/{ctr_path}")
    };

    match (src, dst) {
        (Endpoint::Container { .. }, _) => {
            let source =
                Source::open(Some(&root), &ctr_abs, opts.follow_link).map_err(|e| match e {
                    OpenError::NotFound => anyhow!(not_found(&ctr_abs)),
                    OpenError::Other(e) => e,
                })?;
            match dst {
                Endpoint::Stdio => {
                    let stdout = std::io::stdout();
                    let mut lock = stdout.lock();
                    write_tar(&source, source.top_name(), &mut lock)?;
                    lock.flush().context("writing the archive to stdout")?;
                    Ok(())
                }
                Endpoint::Host(h) => {
                    let target = resolve_dest(None, h, &source.info())
                        .map_err(|e| e.context(format!("copying to {h}")))?;
                    extract(&source, &target, apply_options(opts.archive, None), opts.overwrite)
                }
                _ => unreachable!("checked above"),
            }
        }
        (Endpoint::Stdio, _) => {
            let dir = match open_dest(Some(&root), &ctr_abs) {
                Ok(Some((fd, true))) => fd,
                Ok(Some((_, false))) => {
                    return Err(Exit::with_code(
                        1,
                        format!("destination \"{query}:{ctr_path}\" must be a directory"),
                    )
                    .into())
                }
                Ok(None) => return Err(not_found(&ctr_abs).into()),
                Err(e) => return Err(e),
            };
            let opts = apply_options(opts.archive, Some(&record));
            apply_layer(std::io::stdin().lock(), Path::new(&fsat::fd_path(&dir)), &opts)
                .context("extracting the archive from stdin")?;
            Ok(())
        }
        (Endpoint::Host(h), _) => {
            // podman copies the target of a host symlink given as the source
            // (docker copies the link unless -L): the host is the user's own,
            // so following it reaches nothing the user could not read.
            let source = Source::open(None, h, true).map_err(|e| match e {
                OpenError::NotFound => anyhow!(Exit::with_code(
                    crate::error::ENGINE_FAILURE,
                    format!("{h:?} could not be found on the host: no such file or directory")
                )),
                OpenError::Other(e) => e,
            })?;
            let target = resolve_dest(Some(&root), &ctr_abs, &source.info()).map_err(|e| {
                if e.downcast_ref::<Exit>().is_some() {
                    e
                } else {
                    e.context(format!("copying to {query}:{ctr_path}"))
                }
            })?;
            extract(&source, &target, apply_options(opts.archive, Some(&record)), opts.overwrite)
        }
    }
}

/// A path missing in a container: docker's words, podman's exit code
/// (125) and phrase ("no such file or directory").
fn missing_in(path: &str, container: &str) -> Exit {
    Exit::with_code(125, format!("Could not find the file {path} in container {container}: no such file or directory"))
}

/// The source side's first message in a copy between containers.
#[derive(serde::Serialize, serde::Deserialize)]
enum Hello {
    Found(SourceInfo),
    Failed { code: i32, message: String },
}

fn container_abs(p: &str) -> String {
    if p.starts_with('/') {
        p.to_string()
    } else {
        format!("/{p}")
    }
}

/// `cp A:SRC B:DEST`, as podman copies between containers. Each side needs
/// its own namespaces, so a forked child enters the source container and
/// sends what it found; the parent enters the destination container,
/// applies docker's destination rules there and answers with the name the
/// source takes; then the child streams the tar archive to the parent's
/// extractor, the same stream as any other copy.
fn between(engine: &Engine, (qa, pa): (&String, &String), (qb, pb): (&String, &String), opts: CpOptions) -> Result<()> {
    for (q, p) in [(qa, pa), (qb, pb)] {
        if p.is_empty() {
            return Err(Exit::with_code(1, format!("invalid path {q}: a path inside the container is required after the colon (CONTAINER:PATH)")).into());
        }
    }
    let (ra, sa) = super::ops::find(engine, qa)?;
    let (rb, sb) = super::ops::find(engine, qb)?;
    let pipe = || nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).context("creating a pipe");
    let ((info_r, info_w), (name_r, name_w), (tar_r, tar_w)) = (pipe()?, pipe()?, pipe()?);
    // SAFETY: `cp` enters no namespace and starts no thread before this
    // point, so the process is single-threaded and the child may run Rust.
    match unsafe { nix::unistd::fork() }.context("starting the reader of the source container")? {
        nix::unistd::ForkResult::Child => {
            drop((info_r, name_w, tar_r));
            let code = match source_side(engine, &ra, &sa, &container_abs(pa), opts, info_w, name_r, tar_w) {
                Ok(()) => 0,
                Err(e) => crate::error::report(&e),
            };
            // SAFETY: ends the forked child without running the parent's exit handlers.
            unsafe { libc::_exit(code) }
        }
        nix::unistd::ForkResult::Parent { child } => {
            drop((info_w, name_r, tar_w));
            let result = dest_side(engine, &rb, &sb, qb, &container_abs(pb), opts, info_r, name_w, tar_r);
            let status = nix::sys::wait::waitpid(child, None);
            let child_ok = matches!(status, Ok(nix::sys::wait::WaitStatus::Exited(_, 0)));
            match result {
                // The child has said what went wrong on its side.
                Err(e) if !child_ok && e.downcast_ref::<Exit>().is_none() => Err(Exit::silent(1).into()),
                Ok(()) if !child_ok => Err(Exit::silent(1).into()),
                r => r,
            }
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn source_side(engine: &Engine, record: &crate::container::ContainerRecord, state: &crate::container::ContainerState, path: &str, opts: CpOptions, info_w: OwnedFd, name_r: OwnedFd, tar_w: OwnedFd) -> Result<()> {
    let mut info_w = File::from(info_w);
    let found = (|| -> Result<Source> {
        let fs = rootfs::enter(engine, record, state)?;
        let root = File::open(&fs.root).with_context(|| format!("opening the root filesystem of container {}", record.name))?;
        Source::open(Some(&root), path, opts.follow_link).map_err(|e| match e {
            OpenError::NotFound => anyhow!(missing_in(path, &record.name)),
            OpenError::Other(e) => e,
        })
    })();
    let source = match found {
        Ok(s) => s,
        Err(e) => {
            let (code, message) = match e.downcast_ref::<Exit>() {
                Some(x) => (x.code, x.message.clone()),
                None => (crate::error::ENGINE_FAILURE, format!("{e:#}")),
            };
            serde_json::to_writer(&mut info_w, &Hello::Failed { code, message })?;
            return Ok(());
        }
    };
    serde_json::to_writer(&mut info_w, &Hello::Found(source.info()))?;
    drop(info_w);
    // The destination's answer: the name in the archive, or nothing when it
    // gave up (it reports why).
    let name: Option<Vec<u8>> = match serde_json::from_reader(File::from(name_r)) {
        Ok(n) => n,
        Err(_) => return Ok(()),
    };
    write_tar(&source, name.as_deref(), File::from(tar_w))
}

#[allow(clippy::too_many_arguments)]
fn dest_side(engine: &Engine, record: &crate::container::ContainerRecord, state: &crate::container::ContainerState, query: &str, path: &str, opts: CpOptions, info_r: OwnedFd, name_w: OwnedFd, tar_r: OwnedFd) -> Result<()> {
    let info = match serde_json::from_reader(File::from(info_r)).context("reading from the source container's reader")? {
        Hello::Found(info) => info,
        Hello::Failed { code, message } => return Err(Exit::with_code(code, message).into()),
    };
    let fs = rootfs::enter(engine, record, state)?;
    let root = File::open(&fs.root).with_context(|| format!("opening the root filesystem of container {}", record.name))?;
    let target = resolve_dest(Some(&root), path, &info).map_err(|e| if e.downcast_ref::<Exit>().is_some() { e } else { e.context(format!("copying to {query}:{path}")) })?;
    check_overwrite(&info, &target, opts.overwrite)?;
    let mut name_w = File::from(name_w);
    serde_json::to_writer(&mut name_w, &target.name)?;
    drop(name_w);
    let dest = PathBuf::from(fsat::fd_path(&target.dir));
    apply_layer(File::from(tar_r), &dest, &apply_options(opts.archive, Some(record))).context("writing the copy")?;
    Ok(())
}

/// Extraction into `into` (the destination container, `None` for the
/// host). A container with its own ID mapping (`--uidmap`,
/// `--userns=auto`) does not map dhow's root, so what is copied in without
/// `-a` belongs to its root instead, as podman's copy does.
fn apply_options(archive: bool, into: Option<&crate::container::ContainerRecord>) -> ApplyOptions {
    let mut o = ApplyOptions::for_current_user();
    o.preserve_ownership = archive;
    o.whiteouts = WhiteoutMode::Remove;
    if !archive {
        o.owner = into.and_then(super::idshift::mappings).map(|m| super::idshift::root_owner(&m));
    }
    o
}

/// What the destination rules need to know of a source; for a copy between
/// containers it crosses from the process that reads the source.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
struct SourceInfo {
    is_dir: bool,
    contents_only: bool,
    name: Vec<u8>,
    shown: String,
}

impl SourceInfo {
    fn is_dir(&self) -> bool {
        self.is_dir
    }
}

enum OpenError {
    NotFound,
    Other(anyhow::Error),
}

/// The thing being copied: an `O_PATH` descriptor, its stat, the name it
/// gets in the archive, and whether only its contents are copied (`/.`).
struct Source {
    fd: OwnedFd,
    st: libc::stat,
    name: Vec<u8>,
    contents_only: bool,
    shown: String,
}

impl Source {
    /// Opens `path` from the container root `root` (resolved inside it), or
    /// on the host when `root` is `None`. The last component is followed
    /// only with `follow`.
    fn open(root: Option<&File>, path: &str, follow: bool) -> Result<Source, OpenError> {
        let contents_only = path.ends_with("/.") || path == ".";
        let must_be_dir = path.ends_with('/');
        let mut flags = libc::O_PATH;
        if !follow && !must_be_dir {
            flags |= libc::O_NOFOLLOW;
        }
        let fd = open_any(root, path, flags).map_err(|e| {
            if e.raw_os_error() == Some(libc::ENOENT) {
                OpenError::NotFound
            } else {
                OpenError::Other(anyhow!(e).context(format!("opening {path}")))
            }
        })?;
        let st = fsat::fstat(fd.as_raw_fd())
            .map_err(|e| OpenError::Other(anyhow!(e).context(format!("reading {path}"))))?;
        let is_dir = st.st_mode & libc::S_IFMT == libc::S_IFDIR;
        if (contents_only || must_be_dir) && !is_dir {
            return Err(OpenError::Other(anyhow!(Exit::with_code(
                1,
                format!("{path}: not a directory")
            ))));
        }
        let name = Path::new(path.trim_end_matches("/.").trim_end_matches('/'))
            .file_name()
            .map(|n| n.as_bytes().to_vec())
            .unwrap_or_default();
        Ok(Source {
            fd,
            st,
            name,
            contents_only,
            shown: path.to_string(),
        })
    }

    fn is_dir(&self) -> bool {
        self.st.st_mode & libc::S_IFMT == libc::S_IFDIR
    }

    fn info(&self) -> SourceInfo {
        SourceInfo { is_dir: self.is_dir(), contents_only: self.contents_only, name: self.name.clone(), shown: self.shown.clone() }
    }

    /// The name of the source in a stream to stdout.
    fn top_name(&self) -> Option<&[u8]> {
        (!self.contents_only && !self.name.is_empty()).then_some(&self.name[..])
    }
}

fn open_any(root: Option<&File>, path: &str, flags: i32) -> std::io::Result<OwnedFd> {
    match root {
        Some(r) => fsat::open_at_in_root(r, Path::new(path), flags),
        None => fsat::open(Path::new(path), flags),
    }
}

/// Opens the destination `path` (following a final symlink, inside the
/// root): `Some((dir fd or O_PATH fd, is_dir))`, or `None` if missing.
fn open_dest(root: Option<&File>, path: &str) -> Result<Option<(OwnedFd, bool)>> {
    match open_any(root, path, libc::O_PATH) {
        Ok(fd) => {
            let st = fsat::fstat(fd.as_raw_fd()).with_context(|| format!("reading {path}"))?;
            if st.st_mode & libc::S_IFMT == libc::S_IFDIR {
                let dir = open_any(root, path, libc::O_DIRECTORY)
                    .with_context(|| format!("opening directory {path}"))?;
                Ok(Some((dir, true)))
            } else {
                Ok(Some((fd, false)))
            }
        }
        Err(e) if e.raw_os_error() == Some(libc::ENOENT) => Ok(None),
        Err(e) if e.raw_os_error() == Some(libc::ENOTDIR) => Err(anyhow!(Exit::with_code(
            1,
            format!("{path}: a parent of the destination is not a directory")
        ))),
        Err(e) => Err(anyhow!(e).context(format!("opening {path}"))),
    }
}

/// Where the archive goes: a directory and the name the source takes in
/// it (`None`: the source's contents land directly in the directory).
struct Target {
    dir: OwnedFd,
    name: Option<Vec<u8>>,
}

/// docker's destination rules.
fn resolve_dest(root: Option<&File>, dest: &str, src: &SourceInfo) -> Result<Target> {
    let dest_is_dir_syntax = dest.ends_with('/') || dest.ends_with("/.");
    match open_dest(root, dest)? {
        Some((dir, true)) => {
            if src.is_dir() && src.contents_only {
                Ok(Target { dir, name: None })
            } else if src.name.is_empty() {
                Ok(Target { dir, name: None })
            } else {
                Ok(Target {
                    dir,
                    name: Some(src.name.clone()),
                })
            }
        }
        Some((_, false)) => {
            if src.is_dir() {
                bail!(Exit::with_code(
                    125,
                    format!("destination must be a directory when copying a directory (cannot copy a directory to a file: {dest} is not a directory)")
                ));
            }
            if dest_is_dir_syntax {
                bail!(Exit::with_code(1, format!("{dest}: not a directory")));
            }
            in_parent(root, dest)
        }
        None => {
            if dest_is_dir_syntax && !src.is_dir() {
                bail!(Exit::with_code(1, format!("destination directory {dest} does not exist: create it first, or remove the trailing slash to copy to a file of that name")));
            }
            in_parent(root, dest)
        }
    }
}

/// The parent directory of `dest` (which must exist) and its last name.
fn in_parent(root: Option<&File>, dest: &str) -> Result<Target> {
    let trimmed = dest.trim_end_matches('/');
    let p = Path::new(trimmed);
    let name = p
        .file_name()
        .ok_or_else(|| anyhow!(Exit::with_code(1, format!("invalid destination {dest}"))))?;
    if name == OsStr::new("..") {
        bail!(Exit::with_code(1, format!("invalid destination {dest}")));
    }
    let parent = match p.parent() {
        Some(x) if !x.as_os_str().is_empty() => x.to_string_lossy().into_owned(),
        _ if root.is_some() => "/".to_string(),
        _ => ".".to_string(),
    };
    match open_dest(root, &parent)? {
        Some((dir, true)) => Ok(Target {
            dir,
            name: Some(name.as_bytes().to_vec()),
        }),
        Some((_, false)) => bail!(Exit::with_code(1, format!("{parent}: not a directory"))),
        None => bail!(Exit::with_code(
            1,
            format!("destination directory {parent} does not exist: create it first")
        )),
    }
}

/// Streams `src` through a pipe into the extractor at `target`.
fn extract(src: &Source, target: &Target, opts: ApplyOptions, overwrite: bool) -> Result<()> {
    check_overwrite(&src.info(), target, overwrite)?;
    let (r, w) = nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).context("creating a pipe")?;
    let dest = PathBuf::from(fsat::fd_path(&target.dir));
    std::thread::scope(|s| {
        let writer = s.spawn(move || {
            let mut w = File::from(w);
            write_tar(src, target.name.as_deref(), &mut w)
        });
        let applied = apply_layer(File::from(r), &dest, &opts);
        let written = writer
            .join()
            .map_err(|_| anyhow!("the archive writer panicked"))?;
        // A write error is usually the extractor giving up: report its cause.
        applied.context("writing the copy")?;
        written
    })?;
    Ok(())
}

/// docker's refusals to replace a directory by a file and the reverse;
/// with `overwrite` (podman's `--overwrite`) the one in the way is removed.
fn check_overwrite(src: &SourceInfo, target: &Target, overwrite: bool) -> Result<()> {
    if let Some(name) = &target.name {
        let c = CString::new(name.clone()).map_err(|_| anyhow!("invalid file name"))?;
        if let Some(st) = fsat::lstat_at(target.dir.as_raw_fd(), &c).ok().flatten() {
            let exists_dir = st.st_mode & libc::S_IFMT == libc::S_IFDIR;
            let shown = String::from_utf8_lossy(name);
            if overwrite && exists_dir != src.is_dir() {
                return fsat::remove_at(target.dir.as_raw_fd(), &c).with_context(|| format!("removing {shown:?} to overwrite it"));
            }
            // podman's code (125) and its "file exists" for both refusals.
            if exists_dir && !src.is_dir() {
                bail!(Exit::with_code(
                    125,
                    format!(
                        "cannot overwrite directory {shown:?} with non-directory {:?}: open {shown}: file exists (--overwrite replaces it)",
                        src.shown
                    )
                ));
            }
            if !exists_dir && src.is_dir() {
                bail!(Exit::with_code(
                    125,
                    format!(
                        "cannot overwrite non-directory {shown:?} with directory {:?}: mkdir {shown}: file exists (--overwrite replaces it)",
                        src.shown
                    )
                ));
            }
        }
    }
    Ok(())
}

/// Writes `src` as a tar stream; entries are named below `name` (or the
/// source's contents at the top with `None`).
fn write_tar<W: Write>(src: &Source, name: Option<&[u8]>, w: W) -> Result<()> {
    let top: Vec<u8> = name.map(|n| n.to_vec()).unwrap_or_default();
    let name = if top.is_empty() && !src.is_dir() { b".".to_vec() } else { top };
    tartree::write(&src.fd, &src.st, &name, w).with_context(|| format!("archiving {}", src.shown))
}


#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endpoints_parse_like_docker() {
        assert_eq!(Endpoint::parse("-"), Endpoint::Stdio);
        assert_eq!(
            Endpoint::parse("web:/etc/passwd"),
            Endpoint::Container {
                container: "web".into(),
                path: "/etc/passwd".into()
            }
        );
        assert_eq!(Endpoint::parse("./a:b"), Endpoint::Host("./a:b".into()));
        assert_eq!(Endpoint::parse("/x:y"), Endpoint::Host("/x:y".into()));
        assert_eq!(Endpoint::parse("dir/a:b"), Endpoint::Host("dir/a:b".into()));
        assert_eq!(Endpoint::parse("file"), Endpoint::Host("file".into()));
    }

    fn setup() -> tempfile::TempDir {
        let d = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(d.path().join("src/sub")).unwrap();
        std::fs::write(d.path().join("src/a"), b"A").unwrap();
        std::fs::write(d.path().join("src/sub/b"), b"B").unwrap();
        std::os::unix::fs::symlink("/etc/passwd", d.path().join("src/link")).unwrap();
        std::fs::create_dir(d.path().join("dst")).unwrap();
        d
    }

    fn host_copy(src: &Path, dst: &Path) -> Result<()> {
        let source = Source::open(None, src.to_str().unwrap(), false).map_err(|e| match e {
            OpenError::NotFound => anyhow!("not found"),
            OpenError::Other(e) => e,
        })?;
        let t = resolve_dest(None, dst.to_str().unwrap(), &source.info())?;
        extract(&source, &t, apply_options(false, None), false)
    }

    #[test]
    fn directory_rules() {
        let d = setup();
        let p = d.path();
        // Into an existing directory: under its own name.
        host_copy(&p.join("src"), &p.join("dst")).unwrap();
        assert_eq!(std::fs::read(p.join("dst/src/sub/b")).unwrap(), b"B");
        assert_eq!(
            std::fs::read_link(p.join("dst/src/link")).unwrap(),
            Path::new("/etc/passwd")
        );
        // Contents only.
        host_copy(&p.join("src/."), &p.join("dst")).unwrap();
        assert_eq!(std::fs::read(p.join("dst/a")).unwrap(), b"A");
        // To a new name.
        host_copy(&p.join("src"), &p.join("new")).unwrap();
        assert_eq!(std::fs::read(p.join("new/sub/b")).unwrap(), b"B");
        // A directory onto a file fails.
        assert!(host_copy(&p.join("src"), &p.join("src/a")).is_err());
    }

    #[test]
    fn file_rules() {
        let d = setup();
        let p = d.path();
        host_copy(&p.join("src/a"), &p.join("dst")).unwrap();
        assert_eq!(std::fs::read(p.join("dst/a")).unwrap(), b"A");
        host_copy(&p.join("src/a"), &p.join("dst/renamed")).unwrap();
        assert_eq!(std::fs::read(p.join("dst/renamed")).unwrap(), b"A");
        // Overwrite an existing file.
        host_copy(&p.join("src/sub/b"), &p.join("dst/renamed")).unwrap();
        assert_eq!(std::fs::read(p.join("dst/renamed")).unwrap(), b"B");
        // A file to a missing DIR/ fails; so does a missing parent.
        let e = host_copy(&p.join("src/a"), &p.join("nodir/")).unwrap_err();
        assert!(e.to_string().contains("does not exist"), "{e}");
        assert!(host_copy(&p.join("src/a"), &p.join("no/such/file")).is_err());
        // A file onto a directory of its name fails.
        std::fs::create_dir(p.join("dst/x")).unwrap();
        std::fs::create_dir(p.join("dst/x/a")).unwrap();
        assert!(host_copy(&p.join("src/a"), &p.join("dst/x")).is_err());
        // A trailing slash on a file source fails.
        assert!(host_copy(
            Path::new(&format!("{}/", p.join("src/a").display())),
            &p.join("dst")
        )
        .is_err());
    }

    #[test]
    fn container_paths_stay_in_the_root() {
        let d = setup();
        let root = d.path().join("src");
        let rootf = File::open(&root).unwrap();
        // "/link" points at /etc/passwd, which does not exist inside.
        let s = Source::open(Some(&rootf), "/link", true);
        assert!(matches!(s, Err(OpenError::NotFound)));
        std::os::unix::fs::symlink("/", root.join("evil")).unwrap();
        let s = Source::open(Some(&rootf), "/evil/a", false).ok().unwrap();
        assert_eq!(s.st.st_size, 1);
    }
}
