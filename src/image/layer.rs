//! Image layers: applying OCI layer tarballs to a directory, and writing them
//! from an overlay upper dir.
//!
//! A layer is a tar changeset (OCI image-spec "layer"): added or changed
//! files, plus whiteouts (`.wh.NAME` deletes NAME from lower layers,
//! `.wh..wh..opq` hides a whole lower directory). Layers are stored extracted,
//! one per directory, and stacked by overlayfs, so whiteouts are written in
//! overlay's own form: a 0/0 character device and an "opaque" xattr. We mount
//! overlay with `userxattr`, hence `user.overlay.opaque`.
//!
//! Extraction handles untrusted input. Every file operation is relative to a
//! directory fd inside `dest`: parent directories are resolved with
//! `openat2(RESOLVE_IN_ROOT)`, so a symlink planted by an earlier entry
//! resolves inside `dest` just as it would inside the container, and the last
//! component is never followed. Paths with `..` are refused outright.

use anyhow::{anyhow, bail, Context, Result};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::ffi::{CStr, CString};
use std::io::{self, Read, Write};
use std::os::fd::{AsRawFd, OwnedFd, RawFd};
use std::os::unix::ffi::OsStrExt;
use std::path::Path;
use std::rc::Rc;
use crate::util::fsat::{cstring, cvt, is_fmt, list_dir, list_xattrs, lstat_at, mkdir_at, open_at_in_root, openat, readlink_at, remove_at, set_xattr, XattrTarget};

/// Prefix of a whiteout entry: `.wh.NAME` deletes NAME.
const WHITEOUT_PREFIX: &[u8] = b".wh.";
/// Prefix of aufs bookkeeping entries (`.wh..wh.plnk` ...): never extracted.
const WHITEOUT_META_PREFIX: &[u8] = b".wh..wh.";
/// Marks its directory as opaque: lower layers' content is hidden.
const OPAQUE_MARKER: &[u8] = b".wh..wh..opq";
/// The opaque xattr overlay reads when mounted with `userxattr` (rootless).
pub const USER_OPAQUE_XATTR: &str = "user.overlay.opaque";
/// The opaque xattr of a privileged overlay mount.
pub const TRUSTED_OPAQUE_XATTR: &str = "trusted.overlay.opaque";
/// Copy buffer for file contents: large enough to keep syscalls off the profile.
const COPY_BUF: usize = 256 * 1024;

// ---------------------------------------------------------------------------
// Compression
// ---------------------------------------------------------------------------

/// How a layer blob is compressed, as found by its magic bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compression {
    None,
    Gzip,
    Zstd,
}

impl Compression {
    /// Recognises gzip (`1f 8b`) and zstd (`28 b5 2f fd`) by their magic.
    pub fn detect(head: &[u8]) -> Compression {
        if head.starts_with(&[0x1f, 0x8b]) {
            Compression::Gzip
        } else if head.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) {
            Compression::Zstd
        } else {
            Compression::None
        }
    }

    /// Lower-case name, as used in media types (`tar+gzip`).
    pub fn as_str(self) -> &'static str {
        match self {
            Compression::None => "none",
            Compression::Gzip => "gzip",
            Compression::Zstd => "zstd",
        }
    }
}

/// The sniffed compression of a stream, and a reader that replays the
/// sniffed bytes before the rest.
pub type Sniffed<R> = (Compression, io::Chain<io::Take<io::Cursor<[u8; 4]>>, R>);

/// Reads the first bytes of `r` to tell its compression, losing nothing.
pub fn sniff<R: Read>(mut r: R) -> io::Result<Sniffed<R>> {
    let mut magic = [0u8; 4];
    let mut n = 0;
    while n < magic.len() {
        match r.read(&mut magic[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok((Compression::detect(&magic[..n]), io::Cursor::new(magic).take(n as u64).chain(r)))
}

/// Sniffs the compression of `r` and returns a reader of the uncompressed
/// stream. The sniffed bytes are fed back, so nothing is lost; unknown data
/// passes through unchanged (plain tar, as `docker save` layers are).
pub fn decompress<'a, R: Read + 'a>(r: R) -> io::Result<(Compression, Box<dyn Read + 'a>)> {
    let (kind, joined) = sniff(r)?;
    let out: Box<dyn Read + 'a> = match kind {
        Compression::None => Box::new(joined),
        // Multi-member: Go's gzip reader (and so docker) accepts concatenated members.
        Compression::Gzip => Box::new(flate2::read::MultiGzDecoder::new(joined)),
        Compression::Zstd => Box::new(zstd::stream::read::Decoder::new(joined)?),
    };
    Ok((kind, out))
}

// ---------------------------------------------------------------------------
// Applying
// ---------------------------------------------------------------------------

/// What to do with whiteout entries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WhiteoutMode {
    /// Store them the way overlayfs reads them (a layer dir of the stack).
    Overlay,
    /// Carry them out: delete what they name (applying onto a flat tree).
    Remove,
}

/// How extraction treats ownership, devices and whiteouts.
#[derive(Debug, Clone)]
pub struct ApplyOptions {
    /// chown entries to their uid/gid; only possible as root (real or in a
    /// user namespace, where the IDs must fall inside the mapping).
    pub preserve_ownership: bool,
    /// The xattr that marks a directory opaque for overlayfs.
    pub opaque_xattr: &'static str,
    /// Skip (and count) char/block devices when mknod is not permitted,
    /// instead of failing: a user namespace cannot create real devices.
    pub skip_devices: bool,
    /// Overlay form or carried out.
    pub whiteouts: WhiteoutMode,
}

impl ApplyOptions {
    /// Options for this process: ownership kept when running as uid 0 (root,
    /// or root of our rootless user namespace), overlay whiteouts with the
    /// `userxattr` opaque marker, devices skipped when they cannot be made.
    pub fn for_current_user() -> ApplyOptions {
        // SAFETY: geteuid has no preconditions.
        let euid = unsafe { libc::geteuid() };
        ApplyOptions { preserve_ownership: euid == 0, opaque_xattr: USER_OPAQUE_XATTR, skip_devices: true, whiteouts: WhiteoutMode::Overlay }
    }
}

/// What one extraction did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LayerStats {
    /// Bytes of the uncompressed tar stream, including end padding: the
    /// layer's size as docker and podman report it.
    pub size: u64,
    /// Entries created (files, dirs, links, special files; not whiteouts).
    pub files: u64,
    /// Device nodes not created because mknod was not permitted.
    pub skipped_devices: u64,
}

impl LayerStats {
    /// The warning to show the user, if any devices were skipped.
    pub fn warning(&self) -> Option<String> {
        (self.skipped_devices > 0).then(|| {
            format!(
                "skipped {} device node(s) in the layer: creating devices is not permitted in a user namespace (containers get devices from the runtime instead)",
                self.skipped_devices
            )
        })
    }
}

/// Extracts the (uncompressed) layer tar `r` into `dest`, never writing
/// outside it. Reads `r` to its end so `size` counts the whole stream.
pub fn apply_layer<R: Read>(r: R, dest: &Path, opts: &ApplyOptions) -> Result<LayerStats> {
    let root = crate::util::fsat::open(dest, libc::O_RDONLY | libc::O_DIRECTORY).with_context(|| format!("opening layer directory {}", dest.display()))?;
    let mut ap = Applier { root, opts, dirs: Vec::new(), unpacked: HashSet::new(), stats: LayerStats::default(), buf: vec![0; COPY_BUF] };
    let mut archive = tar::Archive::new(CountingReader { inner: r, count: 0 });
    {
        let entries = archive.entries().context("reading layer")?;
        for entry in entries {
            let mut entry = entry.context("reading layer: the tar stream is damaged")?;
            let raw = entry.path_bytes().into_owned();
            ap.entry(&mut entry, &raw).with_context(|| format!("extracting {:?}", String::from_utf8_lossy(&raw)))?;
        }
    }
    ap.finish_dirs().context("setting directory permissions")?;
    // Zero padding (and anything else) after the end marker still counts.
    let mut rest = archive.into_inner();
    io::copy(&mut rest, &mut io::sink()).context("reading layer")?;
    ap.stats.size = rest.count;
    Ok(ap.stats)
}

/// Counts bytes read, for `LayerStats::size`.
struct CountingReader<R> {
    inner: R,
    count: u64,
}

impl<R: Read> Read for CountingReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count += n as u64;
        Ok(n)
    }
}

/// Mode and times of a directory, applied once all entries are in: creating
/// children bumps mtime, and a read-only dir would stop an unprivileged
/// extraction from filling it.
struct DirMeta {
    comps: Vec<Vec<u8>>,
    mode: u32,
    times: [libc::timespec; 2],
}

/// Metadata of one tar entry.
struct Meta {
    mode: u32,
    uid: u32,
    gid: u32,
    times: [libc::timespec; 2],
    xattrs: Vec<(CString, Vec<u8>)>,
}

struct Applier<'o> {
    root: OwnedFd,
    opts: &'o ApplyOptions,
    dirs: Vec<DirMeta>,
    /// Paths this layer created; only kept for `WhiteoutMode::Remove`, where
    /// an opaque marker deletes everything else in its directory.
    unpacked: HashSet<Vec<u8>>,
    stats: LayerStats,
    buf: Vec<u8>,
}

impl Applier<'_> {
    fn entry<R: Read>(&mut self, e: &mut tar::Entry<R>, raw: &[u8]) -> Result<()> {
        let mut kind = e.header().entry_type();
        if kind == tar::EntryType::Regular && raw.ends_with(b"/") {
            // Pre-POSIX tars mark directories by the trailing slash alone.
            kind = tar::EntryType::Directory;
        }
        if kind.is_pax_global_extensions() {
            return Ok(());
        }
        let comps = clean_path(raw)?;
        let meta = read_meta(e)?;
        let Some((name, parent)) = comps.split_last() else {
            // "./": the layer's root directory itself.
            if !kind.is_dir() {
                bail!("invalid entry: only a directory may name the layer root");
            }
            let fd = self.resolve_dir(&[], 0)?;
            self.own_fd(&fd, &meta)?;
            set_xattrs(XattrTarget::Fd(fd.as_raw_fd()), &meta.xattrs, false)?;
            self.dirs.push(DirMeta { comps, mode: meta.mode, times: meta.times });
            return Ok(());
        };

        if name.starts_with(WHITEOUT_PREFIX) {
            return self.whiteout(parent, name);
        }

        let pfd = self.open_parent(parent)?;
        let cname = cstring(name)?;
        match kind {
            tar::EntryType::Directory => self.make_dir(&pfd, &cname, &comps, meta)?,
            tar::EntryType::Regular | tar::EntryType::Continuous | tar::EntryType::GNUSparse => self.make_file(&pfd, &cname, e, &meta)?,
            tar::EntryType::Symlink => {
                let target = e.link_name_bytes().ok_or_else(|| anyhow!("symlink without a target"))?.into_owned();
                if target.is_empty() {
                    bail!("symlink with an empty target");
                }
                remove_existing(&pfd, &cname)?;
                let ctarget = cstring(&target)?;
                // SAFETY: valid C strings and an open dir fd.
                cvt(unsafe { libc::symlinkat(ctarget.as_ptr(), pfd.as_raw_fd(), cname.as_ptr()) }).context("creating symlink")?;
                self.finish_special(&pfd, &cname, &meta, false)?;
            }
            tar::EntryType::Link => {
                let target = e.link_name_bytes().ok_or_else(|| anyhow!("hard link without a target"))?.into_owned();
                if !self.make_hardlink(&pfd, &cname, &target)? {
                    return Ok(());
                }
            }
            tar::EntryType::Char | tar::EntryType::Block => {
                let major = e.header().device_major().ok().flatten().unwrap_or(0);
                let minor = e.header().device_minor().ok().flatten().unwrap_or(0);
                let fmt = if kind == tar::EntryType::Char { libc::S_IFCHR } else { libc::S_IFBLK };
                remove_existing(&pfd, &cname)?;
                let dev = libc::makedev(major, minor);
                // SAFETY: valid C string and open dir fd.
                let r = cvt(unsafe { libc::mknodat(pfd.as_raw_fd(), cname.as_ptr(), fmt | 0o600, dev) });
                match r {
                    Err(err) if err.raw_os_error() == Some(libc::EPERM) && self.opts.skip_devices => {
                        self.stats.skipped_devices += 1;
                        return Ok(());
                    }
                    Err(err) => return Err(anyhow!(err).context(format!("creating device {major}:{minor}"))),
                    Ok(_) => self.finish_special(&pfd, &cname, &meta, true)?,
                }
            }
            tar::EntryType::Fifo => {
                remove_existing(&pfd, &cname)?;
                // SAFETY: valid C string and open dir fd.
                cvt(unsafe { libc::mknodat(pfd.as_raw_fd(), cname.as_ptr(), libc::S_IFIFO | 0o600, 0) }).context("creating FIFO")?;
                self.finish_special(&pfd, &cname, &meta, true)?;
            }
            other => bail!("unsupported tar entry type {:?} (the layer was written by an unusual tool)", other.as_byte() as char),
        }
        self.stats.files += 1;
        if self.opts.whiteouts == WhiteoutMode::Remove {
            self.unpacked.insert(comps.join(&b'/'));
        }
        Ok(())
    }

    /// `.wh.NAME` and `.wh..wh..opq`.
    fn whiteout(&mut self, parent: &[Vec<u8>], name: &[u8]) -> Result<()> {
        if name == OPAQUE_MARKER {
            let pfd = match self.opts.whiteouts {
                WhiteoutMode::Overlay => self.open_parent(parent)?,
                WhiteoutMode::Remove => match self.resolve_dir(parent, 0) {
                    Ok(fd) => fd,
                    Err(e) if e.raw_os_error() == Some(libc::ENOENT) => return Ok(()),
                    Err(e) => return Err(e.into()),
                },
            };
            return match self.opts.whiteouts {
                WhiteoutMode::Overlay => {
                    let key = cstring(self.opts.opaque_xattr.as_bytes())?;
                    set_xattr(&XattrTarget::Fd(pfd.as_raw_fd()), &key, b"y")
                        .with_context(|| format!("marking the directory opaque (xattr {}); the filesystem must support extended attributes", self.opts.opaque_xattr))
                }
                WhiteoutMode::Remove => self.remove_not_unpacked(&pfd, &parent.join(&b'/')).context("applying opaque directory"),
            };
        }
        if name.starts_with(WHITEOUT_META_PREFIX) {
            return Ok(()); // aufs bookkeeping, meaningless here
        }
        let target = &name[WHITEOUT_PREFIX.len()..];
        if target.is_empty() || target == b"." || target == b".." {
            bail!("invalid whiteout name (the image is malformed or malicious)");
        }
        let ctarget = cstring(target)?;
        match self.opts.whiteouts {
            WhiteoutMode::Overlay => {
                let pfd = self.open_parent(parent)?;
                remove_existing(&pfd, &ctarget)?;
                // Kernel >= 5.8 lets unprivileged users create 0/0 whiteouts.
                // SAFETY: valid C string and open dir fd.
                cvt(unsafe { libc::mknodat(pfd.as_raw_fd(), ctarget.as_ptr(), libc::S_IFCHR, libc::makedev(0, 0)) })
                    .context("creating whiteout device (needs Linux 5.8 or later, or CAP_MKNOD)")?;
            }
            WhiteoutMode::Remove => match self.resolve_dir(parent, 0) {
                Ok(pfd) => remove_existing(&pfd, &ctarget)?,
                Err(e) if e.raw_os_error() == Some(libc::ENOENT) => {}
                Err(e) => return Err(e.into()),
            },
        }
        Ok(())
    }

    fn make_dir(&mut self, pfd: &OwnedFd, name: &CStr, comps: &[Vec<u8>], meta: Meta) -> Result<()> {
        match lstat_at(pfd.as_raw_fd(), name)? {
            Some(st) if is_fmt(&st, libc::S_IFDIR) => {} // merge into it
            Some(_) => {
                remove_existing(pfd, name)?;
                mkdir_at(pfd.as_raw_fd(), name, 0o700)?;
            }
            None => mkdir_at(pfd.as_raw_fd(), name, 0o700)?,
        }
        let fd = openat(pfd.as_raw_fd(), name, libc::O_RDONLY | libc::O_DIRECTORY | libc::O_NOFOLLOW, 0).context("opening directory")?;
        self.own_fd(&fd, &meta)?;
        set_xattrs(XattrTarget::Fd(fd.as_raw_fd()), &meta.xattrs, false)?;
        self.dirs.push(DirMeta { comps: comps.to_vec(), mode: meta.mode, times: meta.times });
        Ok(())
    }

    fn make_file<R: Read>(&mut self, pfd: &OwnedFd, name: &CStr, data: &mut R, meta: &Meta) -> Result<()> {
        remove_existing(pfd, name)?;
        let fd = openat(pfd.as_raw_fd(), name, libc::O_WRONLY | libc::O_CREAT | libc::O_EXCL | libc::O_NOFOLLOW, 0o600).context("creating file")?;
        let mut file = std::fs::File::from(fd);
        loop {
            let n = match data.read(&mut self.buf) {
                Ok(0) => break,
                Ok(n) => n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(anyhow!(e).context("reading layer: the tar stream is truncated or damaged")),
            };
            file.write_all(&self.buf[..n]).context("writing file")?;
        }
        let fd = file.as_raw_fd();
        self.own_raw(fd, meta)?;
        // After chown, which clears setuid/setgid.
        // SAFETY: fd is open.
        cvt(unsafe { libc::fchmod(fd, meta.mode) }).context("setting file mode")?;
        set_xattrs(XattrTarget::Fd(fd), &meta.xattrs, false)?;
        // SAFETY: fd is open; times has two entries.
        cvt(unsafe { libc::futimens(fd, meta.times.as_ptr()) }).context("setting file times")?;
        Ok(())
    }

    /// Returns false when the link already is the target (nothing created).
    fn make_hardlink(&mut self, pfd: &OwnedFd, name: &CStr, target: &[u8]) -> Result<bool> {
        let shown = String::from_utf8_lossy(target).into_owned();
        let tcomps = clean_path(target).with_context(|| format!("hard link target {shown:?}"))?;
        let Some((tname, tparent)) = tcomps.split_last() else {
            bail!("refusing hard link to the layer root");
        };
        let not_found = || anyhow!("hard link target {shown:?} is not in the layer (it must be extracted before the link)");
        let tpfd = match self.resolve_dir(tparent, 0) {
            Ok(fd) => fd,
            Err(e) if matches!(e.raw_os_error(), Some(libc::ENOENT | libc::ENOTDIR)) => return Err(not_found()),
            Err(e) => return Err(anyhow!(e).context(format!("resolving hard link target {shown:?}"))),
        };
        let ctname = cstring(tname)?;
        let tst = lstat_at(tpfd.as_raw_fd(), &ctname)?.ok_or_else(not_found)?;
        if is_fmt(&tst, libc::S_IFDIR) {
            bail!("refusing hard link to directory {shown:?}");
        }
        if let Some(st) = lstat_at(pfd.as_raw_fd(), name)? {
            if st.st_dev == tst.st_dev && st.st_ino == tst.st_ino {
                return Ok(false);
            }
            remove_existing(pfd, name)?;
        }
        // Flags 0: a symlink target is linked itself, never followed.
        // SAFETY: valid C strings and open dir fds.
        cvt(unsafe { libc::linkat(tpfd.as_raw_fd(), ctname.as_ptr(), pfd.as_raw_fd(), name.as_ptr(), 0) }).with_context(|| format!("creating hard link to {shown:?}"))?;
        Ok(true)
    }

    /// Owner, mode, xattrs and times of a symlink, FIFO or device, by name.
    fn finish_special(&mut self, pfd: &OwnedFd, name: &CStr, meta: &Meta, chmod: bool) -> Result<()> {
        let dfd = pfd.as_raw_fd();
        if self.opts.preserve_ownership {
            // SAFETY: valid C string and open dir fd.
            cvt(unsafe { libc::fchownat(dfd, name.as_ptr(), meta.uid, meta.gid, libc::AT_SYMLINK_NOFOLLOW) }).map_err(|e| chown_error(e, meta))?;
        }
        if chmod {
            // The name is the node just created (not a symlink): no following.
            // SAFETY: valid C string and open dir fd.
            cvt(unsafe { libc::fchmodat(dfd, name.as_ptr(), meta.mode, 0) }).context("setting mode")?;
        }
        if !meta.xattrs.is_empty() {
            let mut p = format!("/proc/self/fd/{dfd}/").into_bytes();
            p.extend_from_slice(name.to_bytes());
            set_xattrs(XattrTarget::Path(cstring(&p)?), &meta.xattrs, true)?;
        }
        // SAFETY: valid C string, open dir fd, two timespecs.
        cvt(unsafe { libc::utimensat(dfd, name.as_ptr(), meta.times.as_ptr(), libc::AT_SYMLINK_NOFOLLOW) }).context("setting times")?;
        Ok(())
    }

    fn own_fd(&self, fd: &OwnedFd, meta: &Meta) -> Result<()> {
        self.own_raw(fd.as_raw_fd(), meta)
    }

    fn own_raw(&self, fd: RawFd, meta: &Meta) -> Result<()> {
        if self.opts.preserve_ownership {
            // SAFETY: fd is open.
            cvt(unsafe { libc::fchown(fd, meta.uid, meta.gid) }).map_err(|e| chown_error(e, meta))?;
        }
        Ok(())
    }

    /// Opens the directory `comps` (relative to dest) for reading, resolving
    /// symlinks as if dest were the root. `extra` adds open flags (O_NOFOLLOW).
    fn resolve_dir(&self, comps: &[Vec<u8>], extra: libc::c_int) -> io::Result<OwnedFd> {
        let path = comps.join(&b'/');
        open_at_in_root(&self.root, Path::new(std::ffi::OsStr::from_bytes(&path)), libc::O_RDONLY | libc::O_DIRECTORY | extra)
    }

    /// Opens the parent dir `comps`, creating missing directories (0755).
    fn open_parent(&self, comps: &[Vec<u8>]) -> Result<OwnedFd> {
        let shown = || String::from_utf8_lossy(&comps.join(&b'/')).into_owned();
        match self.resolve_dir(comps, 0) {
            Ok(fd) => return Ok(fd),
            Err(e) if e.raw_os_error() == Some(libc::ENOENT) => {}
            Err(e) => return Err(anyhow!(e).context(format!("opening parent directory {:?}", shown()))),
        }
        let mut cur = self.resolve_dir(&[], 0)?;
        for i in 0..comps.len() {
            match self.resolve_dir(&comps[..=i], 0) {
                Ok(fd) => {
                    cur = fd;
                    continue;
                }
                Err(e) if e.raw_os_error() == Some(libc::ENOENT) => {}
                Err(e) => return Err(anyhow!(e).context(format!("opening parent directory {:?}", shown()))),
            }
            let name = cstring(&comps[i])?;
            match mkdir_at(cur.as_raw_fd(), &name, 0o755) {
                Ok(()) => {}
                Err(e) if e.raw_os_error() == Some(libc::EEXIST) => {}
                Err(e) => return Err(anyhow!(e).context(format!("creating parent directory {:?}", shown()))),
            }
            // A dangling symlink in the way still gives ENOENT here: refused.
            cur = self.resolve_dir(&comps[..=i], 0).with_context(|| format!("creating parent directory {:?}", shown()))?;
            // SAFETY: cur is open. Independent of the umask.
            let _ = unsafe { libc::fchmod(cur.as_raw_fd(), 0o755) };
        }
        Ok(cur)
    }

    /// Opaque marker carried out: deletes what this layer did not create.
    fn remove_not_unpacked(&self, dir: &OwnedFd, prefix: &[u8]) -> io::Result<()> {
        for name in list_dir(dir)? {
            let mut path = prefix.to_vec();
            if !path.is_empty() {
                path.push(b'/');
            }
            path.extend_from_slice(name.to_bytes());
            if !self.unpacked.contains(&path) {
                remove_at(dir.as_raw_fd(), &name)?;
            } else if lstat_at(dir.as_raw_fd(), &name)?.is_some_and(|st| is_fmt(&st, libc::S_IFDIR)) {
                let child = openat(dir.as_raw_fd(), &name, libc::O_RDONLY | libc::O_DIRECTORY | libc::O_NOFOLLOW, 0)?;
                self.remove_not_unpacked(&child, &path)?;
            }
        }
        Ok(())
    }

    /// Directory modes and times, deepest first.
    fn finish_dirs(&mut self) -> Result<()> {
        let mut dirs = std::mem::take(&mut self.dirs);
        dirs.sort_by_key(|d| std::cmp::Reverse(d.comps.len()));
        for d in dirs {
            let fd = match self.resolve_dir(&d.comps, libc::O_NOFOLLOW) {
                Ok(fd) => fd,
                // Replaced or removed by a later entry: its metadata is gone too.
                Err(e) if matches!(e.raw_os_error(), Some(libc::ENOENT | libc::ENOTDIR | libc::ELOOP)) => continue,
                Err(e) => return Err(anyhow!(e).context(format!("opening {:?}", String::from_utf8_lossy(&d.comps.join(&b'/'))))),
            };
            // SAFETY: fd is open; times has two entries.
            cvt(unsafe { libc::fchmod(fd.as_raw_fd(), d.mode) })?;
            cvt(unsafe { libc::futimens(fd.as_raw_fd(), d.times.as_ptr()) })?;
        }
        Ok(())
    }
}

fn chown_error(e: io::Error, meta: &Meta) -> anyhow::Error {
    if e.raw_os_error() == Some(libc::EINVAL) {
        anyhow!(
            "cannot set owner {}:{}: the ID is not mapped in the user namespace (the image needs more subordinate IDs: check the ranges for your user in /etc/subuid and /etc/subgid)",
            meta.uid,
            meta.gid
        )
    } else {
        anyhow!(e).context(format!("setting owner {}:{}", meta.uid, meta.gid))
    }
}

/// Splits an entry name into components: leading `/` and `./` dropped, empty
/// and `.` components skipped, `..` refused (no layer tool writes it; it
/// only serves escapes).
fn clean_path(raw: &[u8]) -> Result<Vec<Vec<u8>>> {
    let mut out = Vec::new();
    for c in raw.split(|&b| b == b'/') {
        match c {
            b"" | b"." => {}
            b".." => bail!("refusing entry {:?}: the path leaves the layer directory (the image is malformed or malicious)", String::from_utf8_lossy(raw)),
            c if c.contains(&0) => bail!("invalid entry name {:?}: contains a NUL byte", String::from_utf8_lossy(raw)),
            c => out.push(c.to_vec()),
        }
    }
    Ok(out)
}

fn read_meta<R: Read>(e: &mut tar::Entry<R>) -> Result<Meta> {
    let h = e.header();
    let old = h.as_old();
    let mode = numeric(&old.mode, || h.mode().map(u64::from)).context("bad mode in tar header")? as u32 & 0o7777;
    // The tar crate already applied PAX uid/gid to the header.
    let uid = numeric(&old.uid, || h.uid()).context("bad uid in tar header")?;
    let gid = numeric(&old.gid, || h.gid()).context("bad gid in tar header")?;
    let uid = u32::try_from(uid).map_err(|_| anyhow!("uid {uid} out of range"))?;
    let gid = u32::try_from(gid).map_err(|_| anyhow!("gid {gid} out of range"))?;
    let header_mtime = h.mtime().unwrap_or(0);
    let mut mtime = ts(i64::try_from(header_mtime).unwrap_or(i64::MAX), 0);
    let mut atime = None;
    let mut xattrs = Vec::new();
    if let Some(pax) = e.pax_extensions().context("reading PAX header")? {
        for ext in pax {
            let ext = ext.context("reading PAX header")?;
            let key = ext.key_bytes();
            if key == b"mtime" {
                if let Some(t) = parse_pax_time(ext.value_bytes()) {
                    mtime = t;
                }
            } else if key == b"atime" {
                atime = parse_pax_time(ext.value_bytes());
            } else if let Some(name) = key.strip_prefix(b"SCHILY.xattr.") {
                if name.is_empty() || is_overlay_xattr(name) {
                    // Overlay metadata only ever comes from whiteout entries:
                    // a layer must not redirect or hide lower content itself.
                    continue;
                }
                xattrs.push((cstring(name)?, ext.value_bytes().to_vec()));
            }
        }
    }
    // As docker: access time no earlier than modification time.
    let atime = atime.filter(|a| (a.tv_sec, a.tv_nsec) > (mtime.tv_sec, mtime.tv_nsec)).unwrap_or(mtime);
    Ok(Meta { mode, uid, gid, times: [atime, mtime], xattrs })
}

/// A numeric header field; blank (all NUL or space) reads as 0, as Go's
/// archive/tar does, since some writers leave unused fields empty.
fn numeric(raw: &[u8], parse: impl FnOnce() -> io::Result<u64>) -> io::Result<u64> {
    if raw.iter().all(|&b| b == 0 || b == b' ') {
        Ok(0)
    } else {
        parse()
    }
}

fn is_overlay_xattr(name: &[u8]) -> bool {
    name.starts_with(b"trusted.overlay.") || name.starts_with(b"user.overlay.")
}

fn ts(sec: i64, nsec: i64) -> libc::timespec {
    libc::timespec { tv_sec: sec as libc::time_t, tv_nsec: nsec as _ }
}

/// PAX time: decimal seconds with an optional fraction, possibly negative.
fn parse_pax_time(v: &[u8]) -> Option<libc::timespec> {
    let s = std::str::from_utf8(v).ok()?;
    let (neg, s) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    if int.is_empty() || !int.bytes().all(|b| b.is_ascii_digit()) || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let secs: i64 = int.parse().ok()?;
    let mut digits: String = frac.chars().take(9).collect();
    while digits.len() < 9 {
        digits.push('0');
    }
    let nsec: i64 = digits.parse().ok()?;
    Some(if !neg {
        ts(secs, nsec)
    } else if nsec == 0 {
        ts(-secs, 0)
    } else {
        ts(-secs - 1, 1_000_000_000 - nsec)
    })
}

/// Removes whatever is at `name` (recursively for a directory) so an entry
/// can take its place; a missing name is fine.
fn remove_existing(dir: &OwnedFd, name: &CStr) -> Result<()> {
    remove_at(dir.as_raw_fd(), name).with_context(|| format!("removing existing {:?}", name.to_string_lossy()))
}

/// Sets xattrs from the tar. Privileged namespaces (trusted., security.) may
/// be refused outside real root, and special files take no user. xattrs:
/// those failures are skipped, as docker and podman do.
fn set_xattrs(target: XattrTarget, xattrs: &[(CString, Vec<u8>)], special: bool) -> Result<()> {
    for (name, value) in xattrs {
        if let Err(e) = set_xattr(&target, name, value) {
            let privileged = name.to_bytes().starts_with(b"trusted.") || name.to_bytes().starts_with(b"security.");
            let refusable = matches!(e.raw_os_error(), Some(libc::EPERM | libc::ENOTSUP | libc::EACCES));
            if refusable && (privileged || special) {
                continue;
            }
            return Err(anyhow!(e).context(format!("setting extended attribute {}", name.to_string_lossy())));
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// Writing

// ---------------------------------------------------------------------------

/// How `write_layer` builds the tar.
#[derive(Debug, Clone, Default)]
pub struct WriteOptions {
    /// Clamp modification times to at most this (Unix seconds), as
    /// SOURCE_DATE_EPOCH does for reproducible builds.
    pub clamp_mtime: Option<i64>,
}

/// Writes the overlay upper (diff) dir `dir` as a layer tar to `w` and
/// returns the bytes written. Overlay whiteouts become `.wh.` entries, opaque
/// dirs get a `.wh..wh..opq` entry, hard links within `dir` become tar hard
/// links. The output is deterministic: entries sorted by name, PAX format,
/// no user/group names, no atime/ctime.
///
/// The walk is fd-relative and never follows symlinks, so a container that
/// is still running cannot swap a directory for a symlink and make us
/// archive files from outside `dir`.
pub fn write_layer<W: Write>(dir: &Path, w: W, opts: &WriteOptions) -> Result<u64> {
    let root = crate::util::fsat::open(dir, libc::O_RDONLY | libc::O_DIRECTORY).with_context(|| format!("opening {} (it must be a directory)", dir.display()))?;
    let mut tw = TarWriter { w: CountingWriter { inner: w, count: 0 }, opts, links: HashMap::new() };
    let mut stack: Vec<(Rc<OwnedFd>, CString, Vec<u8>)> = Vec::new();
    push_children(&mut stack, Rc::new(root), b"").with_context(|| format!("reading directory {}", dir.display()))?;
    while let Some((parent, name, rel)) = stack.pop() {
        let shown = || dir.join(std::ffi::OsStr::from_bytes(&rel)).display().to_string();
        // Gone since it was listed: a running container deleted it.
        let Some(st) = lstat_at(parent.as_raw_fd(), &name).with_context(|| format!("archiving {}", shown()))? else { continue };
        if is_fmt(&st, libc::S_IFDIR) {
            let fd = openat(parent.as_raw_fd(), &name, libc::O_RDONLY | libc::O_DIRECTORY | libc::O_NOFOLLOW, 0).with_context(|| format!("archiving {}", shown()))?;
            tw.dir(&fd, &st, &rel).with_context(|| format!("archiving {}", shown()))?;
            push_children(&mut stack, Rc::new(fd), &rel).with_context(|| format!("reading directory {}", shown()))?;
        } else {
            tw.non_dir(&parent, &name, &st, &rel).with_context(|| format!("archiving {}", shown()))?;
        }
    }
    tw.w.write_all(&[0u8; 1024]).context("writing layer")?;
    tw.w.flush().context("writing layer")?;
    Ok(tw.w.count)
}

/// Pushes the children of `dir` so they pop in name (byte) order.
fn push_children(stack: &mut Vec<(Rc<OwnedFd>, CString, Vec<u8>)>, dir: Rc<OwnedFd>, rel: &[u8]) -> io::Result<()> {
    let mut names = list_dir(&dir)?;
    names.sort_by(|a, b| a.as_bytes().cmp(b.as_bytes()));
    for n in names.into_iter().rev() {
        let mut r = rel.to_vec();
        if !r.is_empty() {
            r.push(b'/');
        }
        r.extend_from_slice(n.as_bytes());
        stack.push((Rc::clone(&dir), n, r));
    }
    Ok(())
}

struct CountingWriter<W> {
    inner: W,
    count: u64,
}

impl<W: Write> Write for CountingWriter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.count += n as u64;
        Ok(n)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

struct TarWriter<'o, W> {
    w: CountingWriter<W>,
    opts: &'o WriteOptions,
    /// (dev, ino) of multiply-linked files already written -> their name.
    links: HashMap<(u64, u64), Vec<u8>>,
}

/// One header to write.
struct Hdr<'a> {
    name: Vec<u8>,
    kind: tar::EntryType,
    mode: u32,
    uid: u64,
    gid: u64,
    mtime: i64,
    size: u64,
    link: Option<&'a [u8]>,
    dev: Option<(u32, u32)>,
    xattrs: &'a [(Vec<u8>, Vec<u8>)],
}

const USTAR_MAX_ID: u64 = 0o7777777;
const USTAR_MAX_SIZE: u64 = 0o77777777777;

impl<W: Write> TarWriter<'_, W> {
    /// A header for `st` with everything but the type-specific parts.
    fn base<'a>(&self, st: &libc::stat, rel: &[u8], xattrs: &'a [(Vec<u8>, Vec<u8>)]) -> Hdr<'a> {
        #[allow(clippy::useless_conversion)] // time_t is narrower on some targets
        let mtime = i64::from(st.st_mtime);
        Hdr {
            name: rel.to_vec(),
            kind: tar::EntryType::Regular,
            mode: st.st_mode & 0o7777,
            uid: u64::from(st.st_uid),
            gid: u64::from(st.st_gid),
            mtime: self.opts.clamp_mtime.map_or(mtime, |c| mtime.min(c)),
            size: 0,
            link: None,
            dev: None,
            xattrs,
        }
    }

    fn dir(&mut self, fd: &OwnedFd, st: &libc::stat, rel: &[u8]) -> Result<()> {
        let all = list_xattrs(&XattrTarget::Fd(fd.as_raw_fd()))?;
        let kept: Vec<_> = all.iter().filter(|(k, _)| keep_xattr(k)).cloned().collect();
        let mut h = self.base(st, rel, &kept);
        h.kind = tar::EntryType::Directory;
        h.name.push(b'/');
        self.header(&h)?;
        let opaque = all.iter().any(|(k, v)| (k == TRUSTED_OPAQUE_XATTR.as_bytes() || k == USER_OPAQUE_XATTR.as_bytes()) && v == b"y");
        if opaque {
            let mut name = rel.to_vec();
            name.push(b'/');
            name.extend_from_slice(OPAQUE_MARKER);
            let marker = Hdr { name, kind: tar::EntryType::Regular, mode: h.mode & 0o777, xattrs: &[], ..h };
            self.header(&marker)?;
        }
        Ok(())
    }

    fn non_dir(&mut self, parent: &OwnedFd, name: &CStr, st: &libc::stat, rel: &[u8]) -> Result<()> {
        let fmt = st.st_mode & libc::S_IFMT;
        if fmt == libc::S_IFREG {
            return self.file(parent, name, st, rel);
        }
        if fmt == libc::S_IFSOCK {
            return Ok(()); // belongs to a running process, not to an image
        }
        if fmt == libc::S_IFCHR && st.st_rdev == 0 {
            // Overlay whiteout.
            let (dir, base) = match rel.iter().rposition(|&b| b == b'/') {
                Some(i) => (&rel[..=i], &rel[i + 1..]),
                None => (&rel[..0], rel),
            };
            let mut wname = dir.to_vec();
            wname.extend_from_slice(WHITEOUT_PREFIX);
            wname.extend_from_slice(base);
            let h = Hdr { name: wname, mode: 0o600, ..self.base(st, rel, &[]) };
            return self.header(&h);
        }
        let mut proc = format!("{}/", crate::util::fsat::fd_path(parent)).into_bytes();
        proc.extend_from_slice(name.to_bytes());
        let kept: Vec<_> = list_xattrs(&XattrTarget::Path(cstring(&proc)?))?.into_iter().filter(|(k, _)| keep_xattr(k)).collect();
        let mut h = self.base(st, rel, &kept);
        let target;
        match fmt {
            libc::S_IFLNK => {
                target = readlink_at(parent.as_raw_fd(), name)?;
                h.kind = tar::EntryType::Symlink;
                h.link = Some(&target);
                // Symlink permission bits are meaningless; keep them stable.
                h.mode = 0o777;
            }
            libc::S_IFCHR | libc::S_IFBLK => {
                h.kind = if fmt == libc::S_IFCHR { tar::EntryType::Char } else { tar::EntryType::Block };
                h.dev = Some((libc::major(st.st_rdev), libc::minor(st.st_rdev)));
            }
            libc::S_IFIFO => h.kind = tar::EntryType::Fifo,
            _ => return Ok(()),
        }
        self.header(&h)
    }

    fn file(&mut self, parent: &OwnedFd, name: &CStr, st: &libc::stat, rel: &[u8]) -> Result<()> {
        if st.st_nlink > 1 {
            #[allow(clippy::useless_conversion)] // dev_t/ino_t widths vary by target
            let key = (u64::from(st.st_dev), u64::from(st.st_ino));
            if let Some(first) = self.links.get(&key).cloned() {
                let mut h = self.base(st, rel, &[]);
                h.kind = tar::EntryType::Link;
                h.link = Some(&first);
                return self.header(&h);
            }
            self.links.insert(key, rel.to_vec());
        }
        let fd = openat(parent.as_raw_fd(), name, libc::O_RDONLY | libc::O_NOFOLLOW, 0)?;
        let file = std::fs::File::from(fd);
        let kept: Vec<_> = list_xattrs(&XattrTarget::Fd(file.as_raw_fd()))?.into_iter().filter(|(k, _)| keep_xattr(k)).collect();
        let mut h = self.base(st, rel, &kept);
        h.size = u64::try_from(st.st_size).unwrap_or(0);
        self.header(&h)?;
        let n = io::copy(&mut (&file).take(h.size), &mut self.w)?;
        if n != h.size {
            bail!("the file shrank while it was being archived (stop or pause the container first)");
        }
        pad(&mut self.w, n)?;
        Ok(())
    }

    /// Writes a ustar header, preceded by a PAX header when something does
    /// not fit (long names, big IDs or sizes, xattrs).
    fn header(&mut self, h: &Hdr<'_>) -> Result<()> {
        let mut pax: BTreeMap<Vec<u8>, Vec<u8>> = BTreeMap::new();
        let mut hd = tar::Header::new_ustar();
        {
            let u = hd.as_ustar_mut().ok_or_else(|| anyhow!("internal error: not a ustar header"))?;
            if !split_ustar_name(&h.name, &mut u.name, &mut u.prefix) {
                pax.insert(b"path".to_vec(), h.name.clone());
                let n = h.name.len().min(100);
                u.name[..n].copy_from_slice(&h.name[..n]);
            }
            if let Some(link) = h.link {
                if link.len() > 100 {
                    pax.insert(b"linkpath".to_vec(), link.to_vec());
                }
                let n = link.len().min(100);
                u.linkname[..n].copy_from_slice(&link[..n]);
            }
        }
        hd.set_entry_type(h.kind);
        hd.set_mode(h.mode);
        for (key, val, set) in [(&b"uid"[..], h.uid, 0), (&b"gid"[..], h.gid, 1)] {
            let field = if val > USTAR_MAX_ID {
                pax.insert(key.to_vec(), val.to_string().into_bytes());
                0
            } else {
                val
            };
            if set == 0 {
                hd.set_uid(field);
            } else {
                hd.set_gid(field);
            }
        }
        if h.size > USTAR_MAX_SIZE {
            pax.insert(b"size".to_vec(), h.size.to_string().into_bytes());
            hd.set_size(0);
        } else {
            hd.set_size(h.size);
        }
        hd.set_mtime(u64::try_from(h.mtime).unwrap_or(0).min(USTAR_MAX_SIZE));
        if let Some((major, minor)) = h.dev {
            hd.set_device_major(major)?;
            hd.set_device_minor(minor)?;
        }
        for (k, v) in h.xattrs {
            let mut key = b"SCHILY.xattr.".to_vec();
            key.extend_from_slice(k);
            pax.insert(key, v.clone());
        }
        hd.set_cksum();
        if !pax.is_empty() {
            let mut records = Vec::new();
            for (k, v) in &pax {
                pax_record(&mut records, k, v);
            }
            let mut ph = tar::Header::new_ustar();
            {
                let u = ph.as_ustar_mut().ok_or_else(|| anyhow!("internal error: not a ustar header"))?;
                let base = h.name.rsplit(|&b| b == b'/').find(|c| !c.is_empty()).unwrap_or(b"");
                let mut name = b"PaxHeaders.0/".to_vec();
                name.extend_from_slice(base);
                let n = name.len().min(100);
                u.name[..n].copy_from_slice(&name[..n]);
            }
            ph.set_entry_type(tar::EntryType::XHeader);
            ph.set_mode(0o644);
            ph.set_size(records.len() as u64);
            ph.set_mtime(u64::try_from(h.mtime).unwrap_or(0).min(USTAR_MAX_SIZE));
            ph.set_cksum();
            self.w.write_all(ph.as_bytes())?;
            self.w.write_all(&records)?;
            pad(&mut self.w, records.len() as u64)?;
        }
        self.w.write_all(hd.as_bytes())?;
        Ok(())
    }
}

/// Fills the ustar name/prefix fields; false when the name does not fit.
fn split_ustar_name(name: &[u8], field: &mut [u8; 100], prefix: &mut [u8; 155]) -> bool {
    if name.len() <= 100 {
        field[..name.len()].copy_from_slice(name);
        return true;
    }
    // Split at a '/' with at most 155 bytes before and 1..=100 after it.
    // (A directory's trailing '/' stays in the name part.)
    let limit = name.len().min(156);
    for i in (0..limit).rev() {
        if name[i] == b'/' {
            let (p, n) = (&name[..i], &name[i + 1..]);
            if n.len() > 100 {
                return false;
            }
            if !n.is_empty() && n != b"/" && !p.is_empty() {
                prefix[..p.len()].copy_from_slice(p);
                field[..n.len()].copy_from_slice(n);
                return true;
            }
        }
    }
    false
}

/// Appends a PAX record: "LEN key=value\n", LEN counting itself.
fn pax_record(out: &mut Vec<u8>, key: &[u8], value: &[u8]) {
    let base = key.len() + value.len() + 3;
    let mut len = base + 1;
    while len != base + len.to_string().len() {
        len = base + len.to_string().len();
    }
    out.extend_from_slice(len.to_string().as_bytes());
    out.push(b' ');
    out.extend_from_slice(key);
    out.push(b'=');
    out.extend_from_slice(value);
    out.push(b'\n');
}

fn pad<W: Write>(w: &mut W, len: u64) -> io::Result<()> {
    let rem = (len % 512) as usize;
    if rem != 0 {
        w.write_all(&[0u8; 512][..512 - rem])?;
    }
    Ok(())
}

/// Which xattrs go into a layer: file capabilities and user attributes.
/// Overlay's own (opaque, redirect, origin...) describe this upper dir, not
/// the image; SELinux labels and other trusted./security. ones are host policy.
fn keep_xattr(name: &[u8]) -> bool {
    name == b"security.capability" || (name.starts_with(b"user.") && !is_overlay_xattr(name))
}


#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;
    use std::os::unix::fs::{FileTypeExt, MetadataExt, PermissionsExt};

    fn is_root() -> bool {
        // SAFETY: no preconditions.
        unsafe { libc::geteuid() == 0 }
    }

    /// Root of the initial user namespace: may mknod devices and chown to
    /// any ID (root of a user namespace can do neither).
    fn real_root() -> bool {
        is_root() && fs::read_to_string("/proc/self/uid_map").is_ok_and(|m| m.split_whitespace().collect::<Vec<_>>() == ["0", "0", "4294967295"])
    }

    fn opts(preserve: bool) -> ApplyOptions {
        ApplyOptions { preserve_ownership: preserve, opaque_xattr: USER_OPAQUE_XATTR, skip_devices: true, whiteouts: WhiteoutMode::Overlay }
    }

    /// Header with an arbitrary raw name, bypassing the tar crate's checks.
    fn raw_header(name: &[u8], kind: tar::EntryType, mode: u32, size: u64) -> tar::Header {
        let mut h = tar::Header::new_gnu();
        h.as_old_mut().name[..name.len()].copy_from_slice(name);
        h.set_entry_type(kind);
        h.set_mode(mode);
        h.set_size(size);
        h.set_mtime(1_600_000_000);
        h.set_cksum();
        h
    }

    fn file(b: &mut tar::Builder<Vec<u8>>, name: &[u8], data: &[u8]) {
        b.append(&raw_header(name, tar::EntryType::Regular, 0o644, data.len() as u64), data).unwrap();
    }

    fn dir(b: &mut tar::Builder<Vec<u8>>, name: &[u8]) {
        b.append(&raw_header(name, tar::EntryType::Directory, 0o755, 0), &[][..]).unwrap();
    }

    fn link(b: &mut tar::Builder<Vec<u8>>, kind: tar::EntryType, name: &[u8], target: &[u8]) {
        let mut h = raw_header(name, kind, 0o777, 0);
        h.as_old_mut().linkname[..target.len()].copy_from_slice(target);
        h.set_cksum();
        b.append(&h, &[][..]).unwrap();
    }

    fn build(f: impl FnOnce(&mut tar::Builder<Vec<u8>>)) -> Vec<u8> {
        let mut b = tar::Builder::new(Vec::new());
        f(&mut b);
        b.into_inner().unwrap()
    }

    fn lstat(p: &Path) -> fs::Metadata {
        fs::symlink_metadata(p).unwrap()
    }

    fn xattr(p: &Path, name: &str) -> Option<Vec<u8>> {
        let cp = CString::new(p.as_os_str().as_bytes()).unwrap();
        list_xattrs(&XattrTarget::Path(cp)).unwrap().into_iter().find(|(k, _)| k == name.as_bytes()).map(|(_, v)| v)
    }

    fn set_xattr(p: &Path, name: &str, value: &[u8]) -> io::Result<()> {
        let cp = CString::new(p.as_os_str().as_bytes()).unwrap();
        let cn = CString::new(name).unwrap();
        // SAFETY: valid C strings and buffer.
        cvt(unsafe { libc::lsetxattr(cp.as_ptr(), cn.as_ptr(), value.as_ptr().cast(), value.len(), 0) }).map(|_| ())
    }

    fn mknod_whiteout(p: &Path) -> io::Result<()> {
        let cp = CString::new(p.as_os_str().as_bytes()).unwrap();
        // SAFETY: valid C string.
        cvt(unsafe { libc::mknod(cp.as_ptr(), libc::S_IFCHR, libc::makedev(0, 0)) }).map(|_| ())
    }

    fn set_mtime(p: &Path, secs: i64) {
        let cp = CString::new(p.as_os_str().as_bytes()).unwrap();
        let t = [ts(secs, 0), ts(secs, 0)];
        // SAFETY: valid C string and two timespecs.
        cvt(unsafe { libc::utimensat(libc::AT_FDCWD, cp.as_ptr(), t.as_ptr(), libc::AT_SYMLINK_NOFOLLOW) }).unwrap();
    }

    fn is_whiteout(p: &Path) -> bool {
        fs::symlink_metadata(p).is_ok_and(|m| m.file_type().is_char_device() && m.rdev() == 0)
    }

    #[test]
    fn extracts_files_dirs_links_modes_and_times() {
        let tar = build(|b| {
            let mut h = raw_header(b"d/", tar::EntryType::Directory, 0o750, 0);
            h.set_mtime(1000);
            h.set_cksum();
            b.append(&h, &[][..]).unwrap();
            let mut h = raw_header(b"d/f", tar::EntryType::Regular, 0o4755, 5);
            h.set_uid(1234);
            h.set_gid(5678);
            h.set_mtime(2000);
            h.set_cksum();
            b.append(&h, &b"hello"[..]).unwrap();
            let mut h = raw_header(b"d/s", tar::EntryType::Symlink, 0o777, 0);
            h.as_old_mut().linkname[..1].copy_from_slice(b"f");
            h.set_mtime(3000);
            h.set_cksum();
            b.append(&h, &[][..]).unwrap();
            link(b, tar::EntryType::Link, b"d/h", b"d/f");
            b.append(&raw_header(b"p", tar::EntryType::Fifo, 0o640, 0), &[][..]).unwrap();
            file(b, b"x/y/z", b"deep");
        });
        let tmp = tempfile::tempdir().unwrap();
        // Real root, or root of a user namespace with these IDs mapped.
        let probe = tmp.path().join("probe");
        fs::write(&probe, "").unwrap();
        let can_chown = std::os::unix::fs::lchown(&probe, Some(1234), Some(5678)).is_ok();
        fs::remove_file(&probe).unwrap();
        let stats = apply_layer(&tar[..], tmp.path(), &opts(can_chown)).unwrap();
        assert_eq!(stats.files, 6);
        assert_eq!(stats.size, tar.len() as u64);
        let d = tmp.path().join("d");
        assert_eq!(fs::read(d.join("f")).unwrap(), b"hello");
        let f = lstat(&d.join("f"));
        assert_eq!(f.mode() & 0o7777, 0o4755, "setuid survives the chown");
        assert_eq!(f.mtime(), 2000);
        if can_chown {
            assert_eq!((f.uid(), f.gid()), (1234, 5678));
        }
        assert_eq!(fs::read_link(d.join("s")).unwrap(), Path::new("f"));
        assert_eq!(lstat(&d.join("s")).mtime(), 3000);
        assert_eq!(lstat(&d.join("h")).ino(), f.ino());
        let dm = lstat(&d);
        assert_eq!(dm.mode() & 0o7777, 0o750);
        assert_eq!(dm.mtime(), 1000, "directory mtime is set after its children");
        let p = lstat(&tmp.path().join("p"));
        assert!(p.file_type().is_fifo());
        assert_eq!(p.mode() & 0o7777, 0o640);
        assert_eq!(fs::read(tmp.path().join("x/y/z")).unwrap(), b"deep");
        assert_eq!(lstat(&tmp.path().join("x/y")).mode() & 0o7777, 0o755);
    }

    #[test]
    fn old_style_directory_by_trailing_slash() {
        let tar = build(|b| {
            b.append(&raw_header(b"olddir/", tar::EntryType::Regular, 0o711, 0), &[][..]).unwrap();
            file(b, b"olddir/f", b"1");
        });
        let tmp = tempfile::tempdir().unwrap();
        apply_layer(&tar[..], tmp.path(), &opts(false)).unwrap();
        let m = lstat(&tmp.path().join("olddir"));
        assert!(m.is_dir());
        assert_eq!(m.mode() & 0o777, 0o711);
    }

    #[test]
    fn ownership_kept_only_when_asked() {
        let tar = build(|b| {
            let mut h = raw_header(b"f", tar::EntryType::Regular, 0o644, 1);
            h.set_uid(4321);
            h.set_gid(4321);
            h.set_cksum();
            b.append(&h, &b"x"[..]).unwrap();
        });
        let tmp = tempfile::tempdir().unwrap();
        apply_layer(&tar[..], tmp.path(), &opts(false)).unwrap();
        // SAFETY: no preconditions.
        let me = unsafe { libc::geteuid() };
        assert_eq!(lstat(&tmp.path().join("f")).uid(), me);
    }

    #[test]
    fn read_only_directory_is_filled_before_its_mode_is_set() {
        let tar = build(|b| {
            b.append(&raw_header(b"ro/", tar::EntryType::Directory, 0o555, 0), &[][..]).unwrap();
            file(b, b"ro/f", b"1");
        });
        let tmp = tempfile::tempdir().unwrap();
        apply_layer(&tar[..], tmp.path(), &opts(false)).unwrap();
        assert_eq!(fs::read(tmp.path().join("ro/f")).unwrap(), b"1");
        assert_eq!(lstat(&tmp.path().join("ro")).mode() & 0o777, 0o555);
        fs::set_permissions(tmp.path().join("ro"), fs::Permissions::from_mode(0o755)).unwrap();
    }

    #[test]
    fn whiteouts_become_devices_and_replace_existing() {
        let tmp = tempfile::tempdir().unwrap();
        fs::create_dir_all(tmp.path().join("a/old/sub")).unwrap();
        fs::write(tmp.path().join("a/old/sub/file"), "x").unwrap();
        fs::write(tmp.path().join("a/f"), "x").unwrap();
        let tar = build(|b| {
            dir(b, b"a/");
            file(b, b"a/.wh.old", b"");
            file(b, b"a/.wh.f", b"");
            file(b, b"a/.wh.never", b"");
            file(b, b".wh..wh.plnk", b"");
        });
        match apply_layer(&tar[..], tmp.path(), &opts(is_root())) {
            Ok(stats) => {
                assert_eq!(stats.files, 1, "whiteouts are not counted as files");
                for n in ["a/old", "a/f", "a/never"] {
                    assert!(is_whiteout(&tmp.path().join(n)), "{n} should be a whiteout");
                }
                assert!(!tmp.path().join(".wh..wh.plnk").exists());
                assert!(!tmp.path().join("a/.wh.old").exists());
            }
            Err(e) if !is_root() && format!("{e:#}").contains("Operation not permitted") => {}
            Err(e) => panic!("{e:#}"),
        }
    }

    #[test]
    fn opaque_marker_sets_the_xattr() {
        let tar = build(|b| {
            dir(b, b"o/");
            file(b, b"o/.wh..wh..opq", b"");
            file(b, b"o/kept", b"1");
        });
        let tmp = tempfile::tempdir().unwrap();
        apply_layer(&tar[..], tmp.path(), &opts(is_root())).unwrap();
        assert_eq!(xattr(&tmp.path().join("o"), USER_OPAQUE_XATTR).as_deref(), Some(&b"y"[..]));
        assert!(!tmp.path().join("o/.wh..wh..opq").exists());
        assert!(tmp.path().join("o/kept").exists());
    }

    #[test]
    fn overlay_xattrs_in_the_tar_are_ignored_and_others_applied() {
        let tar = build(|b| {
            b.append_pax_extensions([("SCHILY.xattr.user.overlay.opaque", &b"y"[..]), ("SCHILY.xattr.user.test", &b"v1"[..])]).unwrap();
            dir(b, b"d/");
            b.append_pax_extensions([("SCHILY.xattr.trusted.overlay.redirect", &b"/etc"[..])]).unwrap();
            file(b, b"d/f", b"");
        });
        let tmp = tempfile::tempdir().unwrap();
        apply_layer(&tar[..], tmp.path(), &opts(is_root())).unwrap();
        let d = tmp.path().join("d");
        assert_eq!(xattr(&d, USER_OPAQUE_XATTR), None);
        assert_eq!(xattr(&d, "user.test").as_deref(), Some(&b"v1"[..]));
        if is_root() {
            assert_eq!(xattr(&d.join("f"), "trusted.overlay.redirect"), None);
        }
    }

    #[test]
    fn dot_dot_names_are_refused() {
        for name in [&b"../escape"[..], b"/abs/../../escape", b"d/../../escape", b"./../escape"] {
            let tmp = tempfile::tempdir().unwrap();
            let dest = tmp.path().join("dest");
            fs::create_dir(&dest).unwrap();
            let tar = build(|b| file(b, name, b"pwned"));
            let err = apply_layer(&tar[..], &dest, &opts(false)).unwrap_err();
            let msg = format!("{err:#}");
            assert!(msg.contains("leaves the layer directory"), "{msg}");
            assert!(msg.contains("escape"), "the error names the entry: {msg}");
            assert!(!tmp.path().join("escape").exists());
        }
    }

    #[test]
    fn absolute_names_land_inside() {
        let tar = build(|b| {
            file(b, b"/abs/file", b"1");
            file(b, b"./rel", b"2");
            file(b, b"//x/./y", b"3");
        });
        let tmp = tempfile::tempdir().unwrap();
        apply_layer(&tar[..], tmp.path(), &opts(false)).unwrap();
        assert_eq!(fs::read(tmp.path().join("abs/file")).unwrap(), b"1");
        assert_eq!(fs::read(tmp.path().join("rel")).unwrap(), b"2");
        assert_eq!(fs::read(tmp.path().join("x/y")).unwrap(), b"3");
    }

    #[test]
    fn symlinked_parents_stay_inside() {
        let outside = tempfile::tempdir().unwrap();
        let out = outside.path().as_os_str().as_bytes().to_vec();
        let mut up = b"../../../../../../../..".to_vec();
        up.extend_from_slice(&out);
        for (target, pre_create) in [(out.clone(), false), (out.clone(), true), (up, true)] {
            let tmp = tempfile::tempdir().unwrap();
            let inside = tmp.path().join(outside.path().strip_prefix("/").unwrap());
            if pre_create {
                fs::create_dir_all(&inside).unwrap();
            }
            let tar = build(|b| {
                link(b, tar::EntryType::Symlink, b"evil", &target);
                file(b, b"evil/owned", b"pwned");
                // A second symlink pointing at the first, for good measure.
                link(b, tar::EntryType::Symlink, b"evil2", b"evil");
                file(b, b"evil2/owned2", b"pwned");
            });
            let r = apply_layer(&tar[..], tmp.path(), &opts(false));
            assert!(!outside.path().join("owned").exists(), "escaped through the symlink");
            assert!(!outside.path().join("owned2").exists(), "escaped through the symlink");
            if pre_create {
                r.unwrap();
                assert_eq!(fs::read(inside.join("owned")).unwrap(), b"pwned");
                assert_eq!(fs::read(inside.join("owned2")).unwrap(), b"pwned");
            } else {
                assert!(r.is_err(), "a dangling symlink parent is refused");
            }
            // The symlink itself is kept as written.
            assert_eq!(fs::read_link(tmp.path().join("evil")).unwrap().as_os_str().as_bytes(), &target[..]);
        }
    }

    #[test]
    fn symlink_entry_replaces_file_without_following() {
        let outside = tempfile::tempdir().unwrap();
        let victim = outside.path().join("victim");
        fs::write(&victim, "safe").unwrap();
        let tar = build(|b| {
            link(b, tar::EntryType::Symlink, b"s", victim.as_os_str().as_bytes());
            // A file entry over a symlink replaces the symlink, not its target.
            file(b, b"s", b"pwned");
        });
        let tmp = tempfile::tempdir().unwrap();
        apply_layer(&tar[..], tmp.path(), &opts(false)).unwrap();
        assert_eq!(fs::read(&victim).unwrap(), b"safe");
        assert_eq!(fs::read(tmp.path().join("s")).unwrap(), b"pwned");
    }

    #[test]
    fn hard_links_cannot_reach_outside_or_directories() {
        let cases: [(&[u8], &[u8], &str); 4] = [
            (b"../../etc/passwd", b"", "leaves the layer directory"),
            (b"/etc/passwd", b"", "not in the layer"),
            (b"e/passwd", b"e", "not in the layer"),
            (b"d", b"", "directory"),
        ];
        for (target, via_symlink, expect) in cases {
            let tar = build(|b| {
                dir(b, b"d/");
                if !via_symlink.is_empty() {
                    link(b, tar::EntryType::Symlink, via_symlink, b"/etc");
                }
                link(b, tar::EntryType::Link, b"pw", target);
            });
            let tmp = tempfile::tempdir().unwrap();
            let err = apply_layer(&tar[..], tmp.path(), &opts(false)).unwrap_err();
            let msg = format!("{err:#}");
            assert!(msg.contains(expect), "{msg}");
            assert!(msg.contains("pw"), "the error names the entry: {msg}");
            assert!(fs::symlink_metadata(tmp.path().join("pw")).is_err());
        }
    }

    #[test]
    fn bad_whiteout_names_are_refused() {
        for name in [&b"a/b/.wh.."[..], b"a/b/.wh..", b"a/b/.wh."] {
            let tmp = tempfile::tempdir().unwrap();
            fs::create_dir_all(tmp.path().join("a/b")).unwrap();
            fs::write(tmp.path().join("a/keep"), "x").unwrap();
            let tar = build(|b| file(b, name, b""));
            assert!(apply_layer(&tar[..], tmp.path(), &opts(false)).is_err());
            assert!(tmp.path().join("a/keep").exists());
            assert!(tmp.path().join("a/b").is_dir());
        }
    }

    #[test]
    fn entries_replace_existing_content_and_directories_merge() {
        let tmp = tempfile::tempdir().unwrap();
        fs::create_dir_all(tmp.path().join("x/sub")).unwrap();
        fs::write(tmp.path().join("x/sub/f"), "old").unwrap();
        fs::write(tmp.path().join("d"), "old").unwrap();
        fs::create_dir(tmp.path().join("m")).unwrap();
        fs::write(tmp.path().join("m/keep"), "old").unwrap();
        fs::write(tmp.path().join("m/over"), "old").unwrap();
        let tar = build(|b| {
            file(b, b"x", b"file now");
            dir(b, b"d/");
            let mut h = raw_header(b"m/", tar::EntryType::Directory, 0o701, 0);
            h.set_cksum();
            b.append(&h, &[][..]).unwrap();
            file(b, b"m/over", b"new");
        });
        apply_layer(&tar[..], tmp.path(), &opts(false)).unwrap();
        assert_eq!(fs::read(tmp.path().join("x")).unwrap(), b"file now");
        assert!(tmp.path().join("d").is_dir());
        assert_eq!(fs::read(tmp.path().join("m/keep")).unwrap(), b"old");
        assert_eq!(fs::read(tmp.path().join("m/over")).unwrap(), b"new");
        assert_eq!(lstat(&tmp.path().join("m")).mode() & 0o777, 0o701);
    }

    #[test]
    fn whiteouts_can_be_carried_out_instead() {
        let tmp = tempfile::tempdir().unwrap();
        fs::create_dir_all(tmp.path().join("o/old")).unwrap();
        fs::write(tmp.path().join("o/old/f"), "x").unwrap();
        fs::write(tmp.path().join("o/stale"), "x").unwrap();
        fs::write(tmp.path().join("gone"), "x").unwrap();
        let tar = build(|b| {
            file(b, b".wh.gone", b"");
            dir(b, b"o/");
            file(b, b"o/fresh", b"1");
            file(b, b"o/.wh..wh..opq", b"");
        });
        let o = ApplyOptions { whiteouts: WhiteoutMode::Remove, ..opts(false) };
        apply_layer(&tar[..], tmp.path(), &o).unwrap();
        assert!(fs::symlink_metadata(tmp.path().join("gone")).is_err());
        assert!(!tmp.path().join("o/old").exists());
        assert!(!tmp.path().join("o/stale").exists());
        assert!(tmp.path().join("o/fresh").exists());
        assert_eq!(xattr(&tmp.path().join("o"), USER_OPAQUE_XATTR), None);
    }

    #[test]
    fn device_nodes_are_made_or_skipped() {
        let tar = build(|b| {
            let mut h = raw_header(b"null", tar::EntryType::Char, 0o666, 0);
            h.set_device_major(1).unwrap();
            h.set_device_minor(3).unwrap();
            h.set_cksum();
            b.append(&h, &[][..]).unwrap();
        });
        let tmp = tempfile::tempdir().unwrap();
        let stats = apply_layer(&tar[..], tmp.path(), &opts(is_root())).unwrap();
        if stats.skipped_devices == 1 {
            assert!(!real_root(), "root can create devices");
            assert!(stats.warning().is_some());
        } else {
            let m = lstat(&tmp.path().join("null"));
            assert!(m.file_type().is_char_device());
            assert_eq!((libc::major(m.rdev()), libc::minor(m.rdev())), (1, 3));
            assert_eq!(m.mode() & 0o777, 0o666);
            assert!(stats.warning().is_none());
        }
    }

    #[test]
    fn sniffs_compression_without_losing_bytes() {
        let tar = build(|b| file(b, b"f", b"content"));
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(&tar).unwrap();
        let gz = gz.finish().unwrap();
        let zst = zstd::encode_all(&tar[..], 1).unwrap();
        for (data, kind) in [(&tar, Compression::None), (&gz, Compression::Gzip), (&zst, Compression::Zstd)] {
            let (got, mut r) = decompress(&data[..]).unwrap();
            assert_eq!(got, kind);
            let mut out = Vec::new();
            r.read_to_end(&mut out).unwrap();
            assert_eq!(out, tar);
        }
        for short in [&b""[..], b"\x1f", b"ab"] {
            let (got, mut r) = decompress(short).unwrap();
            assert_eq!(got, Compression::None);
            let mut out = Vec::new();
            r.read_to_end(&mut out).unwrap();
            assert_eq!(out, short);
        }
    }

    #[test]
    fn trailing_padding_is_read_and_counted() {
        let mut tar = build(|b| file(b, b"f", b"1"));
        tar.extend_from_slice(&[0u8; 10240]);
        let tmp = tempfile::tempdir().unwrap();
        let mut r = &tar[..];
        let stats = apply_layer(&mut r, tmp.path(), &opts(false)).unwrap();
        assert_eq!(stats.size, tar.len() as u64);
        assert!(r.is_empty());
    }

    #[test]
    fn truncated_stream_fails() {
        let tar = build(|b| file(b, b"f", &[7u8; 4096]));
        let tmp = tempfile::tempdir().unwrap();
        assert!(apply_layer(&tar[..1024], tmp.path(), &opts(false)).is_err());
    }

    #[test]
    fn pax_times_parse() {
        let t = parse_pax_time(b"1700000000.5").unwrap();
        assert_eq!((t.tv_sec, t.tv_nsec), (1_700_000_000, 500_000_000));
        let t = parse_pax_time(b"-1.25").unwrap();
        assert_eq!((t.tv_sec, t.tv_nsec), (-2, 750_000_000));
        assert!(parse_pax_time(b"x").is_none());
        assert!(parse_pax_time(b".5").is_none());
    }

    #[test]
    fn pax_records_count_their_own_length() {
        let mut out = Vec::new();
        pax_record(&mut out, b"path", &[b'a'; 93]);
        let s = String::from_utf8(out).unwrap();
        let (len, _) = s.split_once(' ').unwrap();
        assert_eq!(len.parse::<usize>().unwrap(), s.len());
    }

    /// Builds an upper dir like overlay leaves it.
    fn upper_fixture(root: &Path) -> bool {
        fs::create_dir_all(root.join("etc")).unwrap();
        fs::write(root.join("etc/passwd"), "root:x:0:0::/root:/bin/sh\n").unwrap();
        set_xattr(&root.join("etc/passwd"), "user.note", b"kept").unwrap();
        fs::write(root.join("etc/shadow"), "secret").unwrap();
        fs::set_permissions(root.join("etc/shadow"), fs::Permissions::from_mode(0o600)).unwrap();
        fs::create_dir(root.join("bin")).unwrap();
        fs::write(root.join("bin/sh"), "#!binary").unwrap();
        fs::set_permissions(root.join("bin/sh"), fs::Permissions::from_mode(0o4755)).unwrap();
        fs::hard_link(root.join("bin/sh"), root.join("bin/ash")).unwrap();
        std::os::unix::fs::symlink("usr/lib", root.join("lib")).unwrap();
        std::os::unix::fs::symlink("t".repeat(150), root.join("longlink")).unwrap();
        fs::create_dir(root.join("opq")).unwrap();
        set_xattr(&root.join("opq"), USER_OPAQUE_XATTR, b"y").unwrap();
        set_xattr(&root.join("opq"), "user.overlay.origin", b"junk").unwrap();
        fs::write(root.join("opq/new"), "n").unwrap();
        let long = "l".repeat(120);
        fs::create_dir_all(root.join(&long).join(&long)).unwrap();
        fs::write(root.join(&long).join(&long).join(&long), "deep").unwrap();
        for p in ["etc/passwd", "etc/shadow", "bin/sh", "lib", "opq/new", "opq", "etc", "bin"] {
            set_mtime(&root.join(p), 1_500_000_000);
        }
        let whiteout = mknod_whiteout(&root.join("gone")).is_ok();
        if whiteout {
            mknod_whiteout(&root.join("etc/removed")).unwrap();
            set_mtime(&root.join("etc"), 1_500_000_000);
        }
        whiteout
    }

    fn entry_list(tar: &[u8]) -> Vec<(String, tar::EntryType)> {
        let mut a = tar::Archive::new(tar);
        a.entries()
            .unwrap()
            .map(|e| {
                let e = e.unwrap();
                (String::from_utf8_lossy(&e.path_bytes()).into_owned(), e.header().entry_type())
            })
            .collect()
    }

    #[test]
    fn write_then_apply_round_trips() {
        let upper = tempfile::tempdir().unwrap();
        let whiteouts = upper_fixture(upper.path());
        let mut tar = Vec::new();
        let n = write_layer(upper.path(), &mut tar, &WriteOptions::default()).unwrap();
        assert_eq!(n, tar.len() as u64);
        assert_eq!(tar.len() % 512, 0);

        let entries = entry_list(&tar);
        let names: Vec<&str> = entries.iter().map(|(n, _)| n.as_str()).collect();
        let pos = |n: &str| names.iter().position(|x| *x == n).unwrap_or_else(|| panic!("{n} missing from {names:?}"));
        assert!(pos("bin/") < pos("bin/ash") && pos("bin/ash") < pos("bin/sh"), "sorted by name: {names:?}");
        assert_eq!(entries[pos("bin/ash")].1, tar::EntryType::Regular);
        assert_eq!(entries[pos("bin/sh")].1, tar::EntryType::Link);
        assert_eq!(entries[pos("lib")].1, tar::EntryType::Symlink);
        assert!(pos("opq/") < pos("opq/.wh..wh..opq") && pos("opq/.wh..wh..opq") < pos("opq/new"));
        if whiteouts {
            assert_eq!(entries[pos(".wh.gone")].1, tar::EntryType::Regular);
            pos("etc/.wh.removed");
            assert!(!names.contains(&"gone"));
        }

        let dest = tempfile::tempdir().unwrap();
        apply_layer(&tar[..], dest.path(), &opts(is_root())).unwrap();
        let d = dest.path();
        assert_eq!(fs::read_to_string(d.join("etc/passwd")).unwrap(), "root:x:0:0::/root:/bin/sh\n");
        assert_eq!(xattr(&d.join("etc/passwd"), "user.note").as_deref(), Some(&b"kept"[..]));
        assert_eq!(lstat(&d.join("etc/shadow")).mode() & 0o7777, 0o600);
        assert_eq!(lstat(&d.join("bin/sh")).mode() & 0o7777, 0o4755);
        assert_eq!(lstat(&d.join("bin/sh")).ino(), lstat(&d.join("bin/ash")).ino());
        assert_eq!(fs::read_link(d.join("lib")).unwrap(), Path::new("usr/lib"));
        assert_eq!(fs::read_link(d.join("longlink")).unwrap(), Path::new(&"t".repeat(150)));
        assert_eq!(xattr(&d.join("opq"), USER_OPAQUE_XATTR).as_deref(), Some(&b"y"[..]));
        assert_eq!(xattr(&d.join("opq"), "user.overlay.origin"), None);
        assert!(d.join("opq/new").exists());
        let long = "l".repeat(120);
        assert_eq!(fs::read(d.join(&long).join(&long).join(&long)).unwrap(), b"deep");
        for p in ["etc/passwd", "bin/sh", "lib", "opq", "etc"] {
            assert_eq!(lstat(&d.join(p)).mtime(), 1_500_000_000, "{p}");
        }
        if whiteouts {
            assert!(is_whiteout(&d.join("gone")));
            assert!(is_whiteout(&d.join("etc/removed")));
        }

        // Writing the extracted tree again gives the same bytes.
        let mut again = Vec::new();
        write_layer(d, &mut again, &WriteOptions::default()).unwrap();
        assert!(again == tar, "round trip is not byte-identical");
    }

    #[test]
    fn write_is_deterministic_and_clamps_mtimes() {
        let upper = tempfile::tempdir().unwrap();
        upper_fixture(upper.path());
        let mut a = Vec::new();
        let mut b = Vec::new();
        let o = WriteOptions { clamp_mtime: Some(1_000) };
        write_layer(upper.path(), &mut a, &o).unwrap();
        write_layer(upper.path(), &mut b, &o).unwrap();
        assert!(a == b);
        let mut ar = tar::Archive::new(&a[..]);
        for e in ar.entries().unwrap() {
            let e = e.unwrap();
            assert!(e.header().mtime().unwrap() <= 1_000);
        }
    }

    #[test]
    fn write_rejects_a_file() {
        let tmp = tempfile::tempdir().unwrap();
        fs::write(tmp.path().join("f"), "").unwrap();
        assert!(write_layer(&tmp.path().join("f"), io::sink(), &WriteOptions::default()).is_err());
    }
}
