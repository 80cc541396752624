//! Tests of applying and writing layers, and of the round trip.

use super::*;
use super::apply::ts;
use crate::util::fsat::{cvt, list_xattrs, XattrTarget};
use std::ffi::CString;
use std::fs;
use std::io::{self, Write};
use std::os::unix::ffi::OsStrExt;
use std::path::Path;
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
    ApplyOptions { preserve_ownership: preserve, opaque_xattr: USER_OPAQUE_XATTR, skip_devices: true, whiteouts: WhiteoutMode::Overlay, owner: None }
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
    let o = WriteOptions { clamp_mtime: Some(1_000), ..Default::default() };
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
fn write_names_owners_through_the_owner_map() {
    let upper = tempfile::tempdir().unwrap();
    fs::write(upper.path().join("f"), "x").unwrap();
    let me = (nix::unistd::getuid().as_raw(), nix::unistd::getgid().as_raw());
    // The file's owner is the outside ID `me`, inside 7 (uid) and 9 (gid).
    let o = WriteOptions { owner_map: Some([vec![(7, me.0, 1)], vec![(9, me.1, 1)]]), ..Default::default() };
    let mut a = Vec::new();
    write_layer(upper.path(), &mut a, &o).unwrap();
    let mut ar = tar::Archive::new(&a[..]);
    let e = ar.entries().unwrap().map(Result::unwrap).find(|e| e.path().unwrap() == Path::new("f")).unwrap();
    assert_eq!((e.header().uid().unwrap(), e.header().gid().unwrap()), (7, 9));
    // An owner outside every range is nobody.
    let o = WriteOptions { owner_map: Some([vec![(0, me.0 + 1, 1)], vec![]]), ..Default::default() };
    let mut b = Vec::new();
    write_layer(upper.path(), &mut b, &o).unwrap();
    let mut ar = tar::Archive::new(&b[..]);
    let e = ar.entries().unwrap().map(Result::unwrap).find(|e| e.path().unwrap() == Path::new("f")).unwrap();
    assert_eq!((e.header().uid().unwrap(), e.header().gid().unwrap()), (65534, 65534));
}

#[test]
fn write_rejects_a_file() {
    let tmp = tempfile::tempdir().unwrap();
    fs::write(tmp.path().join("f"), "").unwrap();
    assert!(write_layer(&tmp.path().join("f"), io::sink(), &WriteOptions::default()).is_err());
}

#[test]
fn padding_after_the_archive_is_accepted_a_bomb_of_it_refused() {
    let mut b = tar::Builder::new(Vec::new());
    file(&mut b, b"tiny", b"tiny\n");
    let tar = b.into_inner().unwrap();
    // A record's worth of zeros after the end marker, as tar writers pad.
    let padded = io::Read::chain(&tar[..], io::Read::take(io::repeat(0), 1 << 20));
    let tmp = tempfile::tempdir().unwrap();
    apply_layer(padded, tmp.path(), &opts(false)).unwrap();
    let bomb = io::Read::chain(&tar[..], io::Read::take(io::repeat(0), 17 << 20));
    let tmp = tempfile::tempdir().unwrap();
    let err = apply_layer(bomb, tmp.path(), &opts(false)).unwrap_err();
    assert!(format!("{err:#}").contains("decompression bomb"), "{err:#}");
}
