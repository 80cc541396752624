//! Writing an overlay upper dir as a layer tar: deterministic PAX output,
//! overlay whiteouts and opaque dirs turned back into OCI `.wh.` entries.

use anyhow::{anyhow, bail, Context, Result};
use std::collections::{BTreeMap, HashMap};
use std::ffi::{CStr, CString};
use std::io::{self, Read, Write};
use std::os::fd::{AsRawFd, OwnedFd};
use std::os::unix::ffi::OsStrExt;
use std::path::Path;
use std::rc::Rc;
use crate::util::fsat::{cstring, is_fmt, list_dir, list_xattrs, lstat_at, openat, readlink_at, XattrTarget};
use super::{WHITEOUT_PREFIX, OPAQUE_MARKER, USER_OPAQUE_XATTR, TRUSTED_OPAQUE_XATTR};
use super::apply::is_overlay_xattr;

/// How `write_layer` builds the tar.
#[derive(Debug, Clone, Default)]
pub struct WriteOptions {
    /// Clamp modification times to at most this (Unix seconds), as
    /// SOURCE_DATE_EPOCH does for reproducible builds.
    pub clamp_mtime: Option<i64>,
    /// Owners as the archive names them: (inside, outside, size) ranges for
    /// uids and gids; an owner found in the directory (outside) is written
    /// as its inside ID, an unmapped one as 65534 (nobody). For the upper
    /// dir of a container with its own ID mapping (`--uidmap`): its commit
    /// holds the IDs the container saw, as podman's does.
    pub owner_map: Option<[Vec<(u32, u32, u32)>; 2]>,
}

impl WriteOptions {
    fn owner(&self, which: usize, id: u32) -> u64 {
        let Some(maps) = &self.owner_map else { return u64::from(id) };
        let inside = maps[which].iter().find_map(|&(c, h, s)| id.checked_sub(h).filter(|off| *off < s).map(|off| u64::from(c) + u64::from(off)));
        inside.unwrap_or(65534)
    }
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
pub(super) fn push_children(stack: &mut Vec<(Rc<OwnedFd>, CString, Vec<u8>)>, dir: Rc<OwnedFd>, rel: &[u8]) -> io::Result<()> {
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

pub(super) struct CountingWriter<W> {
    pub(super) inner: W,
    pub(super) count: u64,
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

pub(super) struct TarWriter<'o, W> {
    pub(super) w: CountingWriter<W>,
    pub(super) opts: &'o WriteOptions,
    /// (dev, ino) of multiply-linked files already written -> their name.
    pub(super) links: HashMap<(u64, u64), Vec<u8>>,
}

/// One header to write.
pub(super) struct Hdr<'a> {
    pub(super) name: Vec<u8>,
    pub(super) kind: tar::EntryType,
    pub(super) mode: u32,
    pub(super) uid: u64,
    pub(super) gid: u64,
    pub(super) mtime: i64,
    pub(super) size: u64,
    pub(super) link: Option<&'a [u8]>,
    pub(super) dev: Option<(u32, u32)>,
    pub(super) xattrs: &'a [(Vec<u8>, Vec<u8>)],
}

pub(super) const USTAR_MAX_ID: u64 = 0o7777777;
pub(super) const USTAR_MAX_SIZE: u64 = 0o77777777777;

impl<W: Write> TarWriter<'_, W> {
    /// A header for `st` with everything but the type-specific parts.
    pub(super) fn base<'a>(&self, st: &libc::stat, rel: &[u8], xattrs: &'a [(Vec<u8>, Vec<u8>)]) -> Hdr<'a> {
        #[allow(clippy::useless_conversion)] // time_t is narrower on some targets
        let mtime = i64::from(st.st_mtime);
        Hdr {
            name: rel.to_vec(),
            kind: tar::EntryType::Regular,
            mode: st.st_mode & 0o7777,
            uid: self.opts.owner(0, st.st_uid),
            gid: self.opts.owner(1, st.st_gid),
            mtime: self.opts.clamp_mtime.map_or(mtime, |c| mtime.min(c)),
            size: 0,
            link: None,
            dev: None,
            xattrs,
        }
    }

    pub(super) fn dir(&mut self, fd: &OwnedFd, st: &libc::stat, rel: &[u8]) -> Result<()> {
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

    pub(super) fn non_dir(&mut self, parent: &OwnedFd, name: &CStr, st: &libc::stat, rel: &[u8]) -> Result<()> {
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

    pub(super) fn file(&mut self, parent: &OwnedFd, name: &CStr, st: &libc::stat, rel: &[u8]) -> Result<()> {
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
    pub(super) fn header(&mut self, h: &Hdr<'_>) -> Result<()> {
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
pub(super) fn split_ustar_name(name: &[u8], field: &mut [u8; 100], prefix: &mut [u8; 155]) -> bool {
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
pub(super) fn pax_record(out: &mut Vec<u8>, key: &[u8], value: &[u8]) {
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

pub(super) fn pad<W: Write>(w: &mut W, len: u64) -> io::Result<()> {
    let rem = (len % 512) as usize;
    if rem != 0 {
        w.write_all(&[0u8; 512][..512 - rem])?;
    }
    Ok(())
}

/// Which xattrs go into a layer: file capabilities and user attributes.
/// Overlay's own (opaque, redirect, origin...) describe this upper dir, not
/// the image; SELinux labels and other trusted./security. ones are host policy.
pub(super) fn keep_xattr(name: &[u8]) -> bool {
    name == b"security.capability" || (name.starts_with(b"user.") && !is_overlay_xattr(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pax_records_count_their_own_length() {
        let mut out = Vec::new();
        pax_record(&mut out, b"path", &[b'a'; 93]);
        let s = String::from_utf8(out).unwrap();
        let (len, _) = s.split_once(' ').unwrap();
        assert_eq!(len.parse::<usize>().unwrap(), s.len());
    }
}
