//! Applying a layer tar to a directory: untrusted input, so every file
//! operation is fd-relative inside `dest` ([`crate::util::fsat`]); OCI
//! whiteouts become overlay whiteouts, or are carried out (`cp`).

use anyhow::{anyhow, bail, Context, Result};
use std::collections::HashSet;
use std::ffi::{CStr, CString};
use std::io::{self, Read, Write};
use std::os::fd::{AsRawFd, OwnedFd, RawFd};
use std::os::unix::ffi::OsStrExt;
use std::path::Path;
use crate::util::fsat::{cstring, cvt, is_fmt, list_dir, lstat_at, mkdir_at, open_at_in_root, openat, remove_at, set_xattr, XattrTarget};
use super::{WHITEOUT_PREFIX, WHITEOUT_META_PREFIX, OPAQUE_MARKER, USER_OPAQUE_XATTR, COPY_BUF};

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
    /// Every entry gets this (uid, gid) instead of the archive's: `cp` into
    /// a container with its own ID mapping, whose files then belong to
    /// the container's root as podman's do.
    pub owner: Option<(u32, u32)>,
}

impl ApplyOptions {
    /// Options for this process: ownership kept when running as uid 0 (root,
    /// or root of our rootless user namespace), overlay whiteouts with the
    /// `userxattr` opaque marker, devices skipped when they cannot be made.
    pub fn for_current_user() -> ApplyOptions {
        // SAFETY: geteuid has no preconditions.
        let euid = unsafe { libc::geteuid() };
        ApplyOptions { preserve_ownership: euid == 0, opaque_xattr: USER_OPAQUE_XATTR, skip_devices: true, whiteouts: WhiteoutMode::Overlay, owner: None }
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
    // Zero padding (and anything else) after the end marker still counts,
    // up to a limit: tar writers pad to a record (10 KiB, 1 MiB at most in
    // practice); gigabytes of zeros there are a decompression bomb, costing
    // time and CPU for nothing.
    let mut rest = archive.into_inner();
    let after = io::copy(&mut (&mut rest).take(MAX_TRAILING + 1), &mut io::sink()).context("reading layer")?;
    if after > MAX_TRAILING {
        bail!(
            "the layer has more than {} MiB of data after the end of its tar archive (a decompression bomb?); refusing it",
            MAX_TRAILING >> 20
        );
    }
    ap.stats.size = rest.count;
    Ok(ap.stats)
}

/// The most data accepted after a layer tar's end-of-archive marker.
const MAX_TRAILING: u64 = 16 << 20;

/// Counts bytes read, for `LayerStats::size`.
pub(super) struct CountingReader<R> {
    pub(super) inner: R,
    pub(super) count: u64,
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
pub(super) struct DirMeta {
    pub(super) comps: Vec<Vec<u8>>,
    pub(super) mode: u32,
    pub(super) times: [libc::timespec; 2],
}

/// Metadata of one tar entry.
pub(super) struct Meta {
    pub(super) mode: u32,
    pub(super) uid: u32,
    pub(super) gid: u32,
    pub(super) times: [libc::timespec; 2],
    pub(super) xattrs: Vec<(CString, Vec<u8>)>,
}

pub(super) struct Applier<'o> {
    pub(super) root: OwnedFd,
    pub(super) opts: &'o ApplyOptions,
    pub(super) dirs: Vec<DirMeta>,
    /// Paths this layer created; only kept for `WhiteoutMode::Remove`, where
    /// an opaque marker deletes everything else in its directory.
    pub(super) unpacked: HashSet<Vec<u8>>,
    pub(super) stats: LayerStats,
    pub(super) buf: Vec<u8>,
}

impl Applier<'_> {
    pub(super) fn entry<R: Read>(&mut self, e: &mut tar::Entry<R>, raw: &[u8]) -> Result<()> {
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
    pub(super) fn whiteout(&mut self, parent: &[Vec<u8>], name: &[u8]) -> Result<()> {
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

    pub(super) fn make_dir(&mut self, pfd: &OwnedFd, name: &CStr, comps: &[Vec<u8>], meta: Meta) -> Result<()> {
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

    pub(super) fn make_file<R: Read>(&mut self, pfd: &OwnedFd, name: &CStr, data: &mut R, meta: &Meta) -> Result<()> {
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
    pub(super) fn make_hardlink(&mut self, pfd: &OwnedFd, name: &CStr, target: &[u8]) -> Result<bool> {
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
    pub(super) fn finish_special(&mut self, pfd: &OwnedFd, name: &CStr, meta: &Meta, chmod: bool) -> Result<()> {
        let dfd = pfd.as_raw_fd();
        if let Some((uid, gid)) = self.owner_of(meta) {
            // SAFETY: valid C string and open dir fd.
            cvt(unsafe { libc::fchownat(dfd, name.as_ptr(), uid, gid, libc::AT_SYMLINK_NOFOLLOW) }).map_err(|e| chown_error(e, meta))?;
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

    pub(super) fn own_fd(&self, fd: &OwnedFd, meta: &Meta) -> Result<()> {
        self.own_raw(fd.as_raw_fd(), meta)
    }

    pub(super) fn own_raw(&self, fd: RawFd, meta: &Meta) -> Result<()> {
        if let Some((uid, gid)) = self.owner_of(meta) {
            // SAFETY: fd is open.
            cvt(unsafe { libc::fchown(fd, uid, gid) }).map_err(|e| chown_error(e, meta))?;
        }
        Ok(())
    }

    /// The owner an entry gets, if it is chowned at all.
    fn owner_of(&self, meta: &Meta) -> Option<(u32, u32)> {
        self.opts.owner.or(self.opts.preserve_ownership.then_some((meta.uid, meta.gid)))
    }

    /// Opens the directory `comps` (relative to dest) for reading, resolving
    /// symlinks as if dest were the root. `extra` adds open flags (O_NOFOLLOW).
    pub(super) fn resolve_dir(&self, comps: &[Vec<u8>], extra: libc::c_int) -> io::Result<OwnedFd> {
        let path = comps.join(&b'/');
        open_at_in_root(&self.root, Path::new(std::ffi::OsStr::from_bytes(&path)), libc::O_RDONLY | libc::O_DIRECTORY | extra)
    }

    /// Opens the parent dir `comps`, creating missing directories (0755).
    pub(super) fn open_parent(&self, comps: &[Vec<u8>]) -> Result<OwnedFd> {
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
    pub(super) fn remove_not_unpacked(&self, dir: &OwnedFd, prefix: &[u8]) -> io::Result<()> {
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
    pub(super) fn finish_dirs(&mut self) -> Result<()> {
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

pub(super) fn chown_error(e: io::Error, meta: &Meta) -> anyhow::Error {
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
pub(super) fn clean_path(raw: &[u8]) -> Result<Vec<Vec<u8>>> {
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

pub(super) fn read_meta<R: Read>(e: &mut tar::Entry<R>) -> Result<Meta> {
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
pub(super) fn numeric(raw: &[u8], parse: impl FnOnce() -> io::Result<u64>) -> io::Result<u64> {
    if raw.iter().all(|&b| b == 0 || b == b' ') {
        Ok(0)
    } else {
        parse()
    }
}

pub(super) fn is_overlay_xattr(name: &[u8]) -> bool {
    name.starts_with(b"trusted.overlay.") || name.starts_with(b"user.overlay.")
}

pub(super) fn ts(sec: i64, nsec: i64) -> libc::timespec {
    libc::timespec { tv_sec: sec as libc::time_t, tv_nsec: nsec as _ }
}

/// PAX time: decimal seconds with an optional fraction, possibly negative.
pub(super) fn parse_pax_time(v: &[u8]) -> Option<libc::timespec> {
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
pub(super) fn remove_existing(dir: &OwnedFd, name: &CStr) -> Result<()> {
    remove_at(dir.as_raw_fd(), name).with_context(|| format!("removing existing {:?}", name.to_string_lossy()))
}

/// Sets xattrs from the tar. Privileged namespaces (trusted., security.) may
/// be refused outside real root, and special files take no user. xattrs:
/// those failures are skipped, as docker and podman do.
pub(super) fn set_xattrs(target: XattrTarget, xattrs: &[(CString, Vec<u8>)], special: bool) -> Result<()> {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pax_times_parse() {
        let t = parse_pax_time(b"1700000000.5").unwrap();
        assert_eq!((t.tv_sec, t.tv_nsec), (1_700_000_000, 500_000_000));
        let t = parse_pax_time(b"-1.25").unwrap();
        assert_eq!((t.tv_sec, t.tv_nsec), (-2, 750_000_000));
        assert!(parse_pax_time(b"x").is_none());
        assert!(parse_pax_time(b".5").is_none());
    }
}
