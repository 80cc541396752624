//! The rootfs plan unit-tested without privileges: [`mounts::prepare_with`]
//! and [`mounts::finish_with`] run against a recording [`Syscall`] double
//! on a temporary directory as the rootfs. Mount points are created for
//! real inside it (that needs no privilege); every mount, pivot and mknod
//! is recorded as one line instead of being made.
//!
//! A line reads `mount SOURCE TARGET type=FSTYPE FLAGS DATA`, with `-` for
//! nothing. `ROOT` stands for the rootfs: before `pivot_root` a handle
//! inside it, after it an absolute path of the container. A call the
//! double was told to fail ends in `= ERRNO`.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::ffi::CStr;
use std::os::fd::{AsRawFd, BorrowedFd, OwnedFd};
use std::path::{Path, PathBuf};

use nix::errno::Errno;
use nix::mount::{MntFlags, MsFlags};
use oci_spec::runtime::{
    LinuxBuilder, LinuxDevice, LinuxDeviceBuilder, LinuxDeviceType, Mount, RootBuilder, Spec,
    SpecBuilder,
};

use super::defaults::mount;
use super::mounts::{self, Rootfs};
use super::syscall::{Node, Syscall};
use super::{defaults, RuntimeError};

/// The recording double.
struct Double {
    /// The rootfs, canonical.
    root: PathBuf,
    /// What the host has, for paths outside the rootfs.
    host: HashMap<PathBuf, Node>,
    /// Calls whose line contains the text fail with the errno.
    fail: Vec<(String, Errno)>,
    /// Flags the kernel locked on the mount at a rendered path.
    locked: HashMap<String, MsFlags>,
    calls: RefCell<Vec<String>>,
    pivoted: Cell<bool>,
    _dir: tempfile::TempDir,
}

impl Double {
    /// A double with an empty rootfs and a host with docker's default
    /// device nodes, `/sys`, `/proc` and `/dev/mqueue`.
    fn new() -> Double {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("rootfs");
        std::fs::create_dir(&root).unwrap();
        let root = root.canonicalize().unwrap();
        let mut host = HashMap::new();
        for d in defaults::default_devices() {
            let dev = libc::makedev(d.major() as u32, d.minor() as u32);
            host.insert(d.path().clone(), Node::Char(dev));
        }
        for p in ["/sys", "/proc", "/dev/mqueue"] {
            host.insert(PathBuf::from(p), Node::Dir);
        }
        Double {
            root,
            host,
            fail: Vec::new(),
            locked: HashMap::new(),
            calls: RefCell::new(Vec::new()),
            pivoted: Cell::new(false),
            _dir: dir,
        }
    }

    fn failing(mut self, text: &str, e: Errno) -> Double {
        self.fail.push((text.to_string(), e));
        self
    }

    fn calls(&self) -> Vec<String> {
        self.calls.borrow().clone()
    }

    /// The recorded mounts (without the pivot's chdirs and detach).
    fn mounts(&self) -> Vec<String> {
        self.calls()
            .into_iter()
            .filter(|c| c.starts_with("mount "))
            .collect()
    }

    /// The host path that `p` names: a container path after the pivot.
    fn real(&self, p: &Path) -> PathBuf {
        if self.pivoted.get() && p.is_absolute() {
            self.root.join(super::paths::relative(p))
        } else {
            p.to_path_buf()
        }
    }

    /// `p` as a line shows it.
    fn render(&self, p: &Path) -> String {
        // A handle names the same file before and after the pivot.
        let real = if p.starts_with("/proc/self/fd") {
            std::fs::read_link(p).unwrap()
        } else {
            self.real(p)
        };
        match real.strip_prefix(&self.root) {
            Ok(rel) if rel.as_os_str().is_empty() => "ROOT".into(),
            Ok(rel) => format!("ROOT/{}", rel.display()),
            Err(_) => real.display().to_string(),
        }
    }

    /// Records `line`; fails it when a rule says so.
    fn call(&self, line: String) -> Result<(), Errno> {
        let failed = self.fail.iter().find(|(t, _)| line.contains(t.as_str()));
        let mut calls = self.calls.borrow_mut();
        match failed {
            Some((_, e)) => {
                calls.push(format!("{line} = {e:?}"));
                Err(*e)
            }
            None => {
                calls.push(line);
                Ok(())
            }
        }
    }
}

/// Mount flags in `mount(8)`'s words, in a fixed order.
fn flag_names(f: MsFlags) -> String {
    let names = [
        (MsFlags::MS_BIND, "bind"),
        (MsFlags::MS_REMOUNT, "remount"),
        (MsFlags::MS_REC, "rec"),
        (MsFlags::MS_PRIVATE, "private"),
        (MsFlags::MS_SLAVE, "slave"),
        (MsFlags::MS_SHARED, "shared"),
        (MsFlags::MS_UNBINDABLE, "unbindable"),
        (MsFlags::MS_RDONLY, "ro"),
        (MsFlags::MS_NOSUID, "nosuid"),
        (MsFlags::MS_NODEV, "nodev"),
        (MsFlags::MS_NOEXEC, "noexec"),
        (MsFlags::MS_NOATIME, "noatime"),
        (MsFlags::MS_NODIRATIME, "nodiratime"),
        (MsFlags::MS_RELATIME, "relatime"),
        (MsFlags::MS_STRICTATIME, "strictatime"),
        (MsFlags::MS_SYNCHRONOUS, "sync"),
    ];
    let out: Vec<&str> = names
        .iter()
        .filter(|(flag, _)| f.contains(*flag))
        .map(|(_, n)| *n)
        .collect();
    if out.is_empty() {
        "-".into()
    } else {
        out.join(",")
    }
}

impl Syscall for Double {
    fn mount(
        &self,
        source: Option<&Path>,
        target: &Path,
        fstype: Option<&str>,
        flags: MsFlags,
        data: Option<&str>,
    ) -> Result<(), Errno> {
        let line = format!(
            "mount {} {} type={} {} {}",
            source.map_or("-".into(), |s| self.render(s)),
            self.render(target),
            fstype.unwrap_or("-"),
            flag_names(flags),
            data.unwrap_or("-"),
        );
        // The kernel's answer for a path the container does not have.
        if self.pivoted.get() && std::fs::symlink_metadata(self.real(target)).is_err() {
            self.calls.borrow_mut().push(format!("{line} = ENOENT"));
            return Err(Errno::ENOENT);
        }
        self.call(line)
    }

    fn umount2(&self, target: &Path, flags: MntFlags) -> Result<(), Errno> {
        let detach = if flags.contains(MntFlags::MNT_DETACH) {
            " detach"
        } else {
            ""
        };
        self.call(format!("umount {}{detach}", self.render(target)))
    }

    fn pivot_root(&self, new_root: &Path, put_old: &Path) -> Result<(), Errno> {
        let r = self.call(format!(
            "pivot_root {} {}",
            new_root.display(),
            put_old.display()
        ));
        if r.is_ok() {
            self.pivoted.set(true);
        }
        r
    }

    fn chdir(&self, path: &Path) -> Result<(), Errno> {
        self.call(format!("chdir {}", self.render(path)))
    }

    fn mount_flags(&self, fd: BorrowedFd<'_>) -> MsFlags {
        let at = self.render(Path::new(&format!("/proc/self/fd/{}", fd.as_raw_fd())));
        self.locked.get(&at).copied().unwrap_or(MsFlags::empty())
    }

    fn stat(&self, path: &Path) -> std::io::Result<Node> {
        if self.pivoted.get() {
            return super::syscall::Linux.stat(&self.real(path));
        }
        self.host
            .get(path)
            .copied()
            .ok_or_else(|| std::io::Error::from(std::io::ErrorKind::NotFound))
    }

    fn lstat(&self, path: &Path) -> std::io::Result<Node> {
        if self.pivoted.get() {
            return super::syscall::Linux.lstat(&self.real(path));
        }
        self.stat(path)
    }

    fn open_path(&self, path: &Path) -> Result<OwnedFd, Errno> {
        super::syscall::Linux.open_path(&self.real(path))
    }

    fn mknodat(
        &self,
        dir: BorrowedFd<'_>,
        name: &CStr,
        mode: libc::mode_t,
        dev: libc::dev_t,
    ) -> Result<(), Errno> {
        let at = self.render(Path::new(&format!("/proc/self/fd/{}", dir.as_raw_fd())));
        let kind = match mode & libc::S_IFMT {
            libc::S_IFBLK => "b",
            libc::S_IFIFO => "p",
            _ => "c",
        };
        self.call(format!(
            "mknod {at}/{} {kind} {}:{} {:o}",
            name.to_string_lossy(),
            libc::major(dev),
            libc::minor(dev),
            mode & 0o7777
        ))
    }

    fn mkdir(&self, path: &Path) -> std::io::Result<()> {
        self.call(format!("mkdir {}", self.render(path)))?;
        std::fs::create_dir(self.real(path))
    }

    fn lchown(&self, path: &Path, uid: u32, gid: u32) -> std::io::Result<()> {
        Ok(self.call(format!("chown {} {uid}:{gid}", self.render(path)))?)
    }

    fn lchownat(&self, dir: BorrowedFd<'_>, name: &CStr, uid: u32, gid: u32) -> Result<(), Errno> {
        let at = self.render(Path::new(&format!("/proc/self/fd/{}", dir.as_raw_fd())));
        self.call(format!("chown {at}/{} {uid}:{gid}", name.to_string_lossy()))
    }
}

fn device(path: &str, typ: LinuxDeviceType, major: i64, minor: i64) -> LinuxDevice {
    LinuxDeviceBuilder::default()
        .path(PathBuf::from(path))
        .typ(typ)
        .major(major)
        .minor(minor)
        .file_mode(0o660u32)
        .uid(0u32)
        .gid(0u32)
        .build()
        .unwrap()
}

/// A spec for the double's writable rootfs with these mounts and `linux`
/// section.
fn spec(d: &Double, mounts: Vec<Mount>, linux: LinuxBuilder) -> Spec {
    let root = RootBuilder::default().path(d.root.clone()).readonly(false);
    SpecBuilder::default()
        .root(root.build().unwrap())
        .mounts(mounts)
        .linux(linux.build().unwrap())
        .build()
        .unwrap()
}

/// Runs phase one and returns its result.
fn prepare(d: &Double, s: &Spec) -> Result<Rootfs, RuntimeError> {
    mounts::prepare_with(d, s, None)
}

/// Runs phase one with `mounts` and no devices of its own; returns the
/// lines of the spec's mounts, between the rootfs bind and the device
/// binds.
fn spec_mounts(d: &Double, mounts: Vec<Mount>) -> Vec<String> {
    prepare(d, &spec(d, mounts, no_linux())).unwrap();
    let all = d.mounts();
    assert_eq!(
        all[..2],
        [
            "mount - / type=- rec,slave -",
            "mount ROOT ROOT type=- bind,rec -"
        ]
    );
    let devices = all.len() - DEVICE_BINDS.len() - 1;
    assert_eq!(all[devices..all.len() - 1], DEVICE_BINDS);
    all[2..devices].to_vec()
}

/// Runs both phases and returns the lines of phase two.
fn both(d: &Double, s: &Spec) -> Vec<String> {
    let rootfs = prepare(d, s).unwrap();
    let before = d.calls().len();
    mounts::finish_with(d, s, &rootfs, None).unwrap();
    d.calls()[before..].to_vec()
}

/// A `linux` section without masked or read-only paths or devices (the
/// builder's defaults would bring docker's lists).
fn no_linux() -> LinuxBuilder {
    LinuxBuilder::default()
        .masked_paths(Vec::<String>::new())
        .readonly_paths(Vec::<String>::new())
        .devices(Vec::<LinuxDevice>::new())
}

const DEVICE_BINDS: [&str; 6] = [
    "mount /dev/full ROOT/dev/full type=- bind -",
    "mount /dev/null ROOT/dev/null type=- bind -",
    "mount /dev/random ROOT/dev/random type=- bind -",
    "mount /dev/tty ROOT/dev/tty type=- bind -",
    "mount /dev/urandom ROOT/dev/urandom type=- bind -",
    "mount /dev/zero ROOT/dev/zero type=- bind -",
];

#[test]
fn docker_default_spec_plan() {
    let d = Double::new();
    let linux = LinuxBuilder::default()
        .masked_paths(defaults::masked_paths())
        .readonly_paths(defaults::readonly_paths());
    let s = spec(&d, defaults::default_mounts(false), linux);
    let rootfs = prepare(&d, &s).unwrap();
    assert!(rootfs.shared_after.is_none() && rootfs.console.is_none());
    let mut want = vec![
        "mount - / type=- rec,slave -".to_string(),
        "mount ROOT ROOT type=- bind,rec -".into(),
        "mount proc ROOT/proc type=proc nosuid,nodev,noexec -".into(),
        "mount tmpfs ROOT/dev type=tmpfs nosuid,strictatime mode=755,size=65536k".into(),
        "mount devpts ROOT/dev/pts type=devpts nosuid,noexec newinstance,ptmxmode=0666,mode=0620,gid=5"
            .into(),
        "mount shm ROOT/dev/shm type=tmpfs nosuid,nodev,noexec mode=1777,size=65536k".into(),
        "mount mqueue ROOT/dev/mqueue type=mqueue nosuid,nodev,noexec -".into(),
        "mount sysfs ROOT/sys type=sysfs ro,nosuid,nodev,noexec -".into(),
    ];
    want.extend(DEVICE_BINDS.iter().map(|s| s.to_string()));
    want.extend(
        [
            "chdir ROOT",
            "pivot_root . .",
            "mount - . type=- rec,slave -",
            "umount . detach",
            "chdir ROOT",
        ]
        .map(String::from),
    );
    assert_eq!(d.calls(), want);
    // Mount points were made inside the rootfs, devices as empty files.
    assert!(d.root.join("dev/pts").is_dir() && d.root.join("sys").is_dir());
    assert!(d.root.join("dev/null").is_file());
    // The /dev links, relative to the container.
    let fd = std::fs::read_link(d.root.join("dev/fd")).unwrap();
    assert_eq!(fd, Path::new("/proc/self/fd"));
    assert_eq!(
        std::fs::read_link(d.root.join("dev/ptmx")).unwrap(),
        Path::new("pts/ptmx")
    );
    assert!(
        std::fs::symlink_metadata(d.root.join("dev/core")).is_err(),
        "no kcore link when the host has no /proc/kcore"
    );
}

#[test]
fn masked_paths_hide_dirs_with_tmpfs_and_files_with_null() {
    let d = Double::new();
    for dir in ["proc/acpi", "sys/firmware", "dev"] {
        std::fs::create_dir_all(d.root.join(dir)).unwrap();
    }
    std::fs::write(d.root.join("proc/kcore"), b"").unwrap();
    std::fs::write(d.root.join("dev/null"), b"").unwrap();
    let masked = [
        "/proc/acpi",
        "/proc/kcore",
        "/proc/not-on-this-kernel",
        "/sys/firmware",
    ];
    let linux = no_linux().masked_paths(masked.map(String::from).to_vec());
    let s = spec(&d, vec![], linux);
    assert_eq!(
        both(&d, &s),
        [
            "mount tmpfs ROOT/proc/acpi type=tmpfs ro -",
            "mount ROOT/dev/null ROOT/proc/kcore type=- bind -",
            "mount tmpfs ROOT/sys/firmware type=tmpfs ro -",
        ]
    );
}

/// A spec masking `/proc/timer_list`, which the rootfs has.
fn timer_list_masked(d: &Double) -> Spec {
    std::fs::create_dir_all(d.root.join("proc")).unwrap();
    std::fs::write(d.root.join("proc/timer_list"), b"").unwrap();
    let linux = no_linux().masked_paths(vec!["/proc/timer_list".into()]);
    spec(d, vec![], linux)
}

#[test]
fn masked_path_gone_before_the_mount_is_skipped() {
    let d = Double::new().failing("ROOT/proc/timer_list", Errno::ENOENT);
    let lines = both(&d, &timer_list_masked(&d));
    assert_eq!(lines.len(), 1);
    assert!(lines[0].ends_with("= ENOENT"));
    // Any other error stops the start.
    let d = Double::new().failing("ROOT/proc/timer_list", Errno::EACCES);
    let s = timer_list_masked(&d);
    let rootfs = prepare(&d, &s).unwrap();
    let e = mounts::finish_with(&d, &s, &rootfs, None).unwrap_err();
    assert!(e.to_string().contains("mask /proc/timer_list"), "{e}");
}

#[test]
fn readonly_paths_are_bound_onto_themselves_and_remounted_keeping_locked_flags() {
    let mut d = Double::new();
    std::fs::create_dir_all(d.root.join("proc/sys")).unwrap();
    std::fs::write(d.root.join("proc/sysrq-trigger"), b"").unwrap();
    let locked = MsFlags::MS_NOSUID | MsFlags::MS_NODEV | MsFlags::MS_NOEXEC;
    d.locked.insert("ROOT/proc/sys".into(), locked);
    let paths = ["/proc/sys", "/proc/sysrq-trigger", "/proc/bus"];
    let linux = no_linux().readonly_paths(paths.map(String::from).to_vec());
    let s = spec(&d, vec![], linux);
    assert_eq!(
        both(&d, &s),
        [
            "mount ROOT/proc/sys ROOT/proc/sys type=- bind,rec -",
            "mount - ROOT/proc/sys type=- bind,remount,ro,nosuid,nodev,noexec -",
            "mount ROOT/proc/sysrq-trigger ROOT/proc/sysrq-trigger type=- bind,rec -",
            "mount - ROOT/proc/sysrq-trigger type=- bind,remount,ro -",
            // A path the kernel does not have is skipped.
            "mount ROOT/proc/bus ROOT/proc/bus type=- bind,rec - = ENOENT",
        ]
    );
}

#[test]
fn bind_options_become_a_bind_a_remount_and_a_propagation() {
    let mut d = Double::new();
    d.host.insert("/srv/data".into(), Node::Dir);
    d.locked.insert("ROOT/data".into(), MsFlags::MS_NOEXEC);
    let options = ["rbind", "ro", "nosuid", "nodev", "rprivate"];
    assert_eq!(
        spec_mounts(&d, vec![mount("/data", "bind", "/srv/data", &options)]),
        [
            "mount /srv/data ROOT/data type=- bind,rec -",
            "mount - ROOT/data type=- bind,remount,ro,nosuid,nodev,noexec -",
            "mount - ROOT/data type=- rec,private -",
        ]
    );
    assert!(d.root.join("data").is_dir());
}

#[test]
fn plain_bind_without_options_is_one_mount_and_a_file_source_gets_a_file() {
    let mut d = Double::new();
    d.host.insert("/etc/resolv.conf".into(), Node::File);
    let m = mount("/etc/resolv.conf", "none", "/etc/resolv.conf", &["bind"]);
    assert_eq!(
        spec_mounts(&d, vec![m]),
        ["mount /etc/resolv.conf ROOT/etc/resolv.conf type=- bind -"],
        "no remount, no propagation"
    );
    assert!(d.root.join("etc/resolv.conf").is_file());
}

#[test]
fn remount_for_an_atime_option_replaces_the_locked_atime_mode() {
    let mut d = Double::new();
    d.host.insert("/srv".into(), Node::Dir);
    let locked = MsFlags::MS_RELATIME | MsFlags::MS_NOSUID;
    d.locked.insert("ROOT/srv".into(), locked);
    let m = mount("/srv", "bind", "/srv", &["bind", "noatime"]);
    assert_eq!(
        spec_mounts(&d, vec![m]),
        [
            "mount /srv ROOT/srv type=- bind -",
            "mount - ROOT/srv type=- bind,remount,nosuid,noatime -",
        ]
    );
}

#[test]
fn a_missing_bind_source_is_an_error_naming_it() {
    let d = Double::new();
    let m = mount("/x", "bind", "/nowhere", &["rbind"]);
    let e = prepare(&d, &spec(&d, vec![m], no_linux())).err().unwrap();
    assert!(e.to_string().contains("bind source /nowhere"), "{e}");
    assert!(!d.root.join("x").exists());
}

#[test]
fn tmpfs_options_split_into_flags_and_data_then_propagation() {
    let d = Double::new();
    let options = [
        "rw",
        "noexec",
        "nosuid",
        "size=1m",
        "mode=1777",
        "U",
        "rshared",
    ];
    assert_eq!(
        spec_mounts(&d, vec![mount("/run", "tmpfs", "tmpfs", &options)]),
        [
            "mount tmpfs ROOT/run type=tmpfs nosuid,noexec size=1m,mode=1777",
            "mount - ROOT/run type=- rec,shared -",
        ]
    );
}

#[test]
fn symlinks_in_mount_targets_resolve_inside_the_rootfs() {
    let mut d = Double::new();
    d.host.insert("/srv/a".into(), Node::Dir);
    std::os::unix::fs::symlink("/", d.root.join("abs")).unwrap();
    std::os::unix::fs::symlink("../../../..", d.root.join("up")).unwrap();
    std::fs::create_dir(d.root.join("real")).unwrap();
    std::os::unix::fs::symlink("/real", d.root.join("via")).unwrap();
    let mounts = vec![
        mount("/abs/one", "bind", "/srv/a", &["rbind"]),
        mount("/up/two", "tmpfs", "tmpfs", &[]),
        mount("/via/three", "tmpfs", "tmpfs", &[]),
    ];
    assert_eq!(
        spec_mounts(&d, mounts),
        [
            "mount /srv/a ROOT/one type=- bind,rec -",
            "mount tmpfs ROOT/two type=tmpfs - -",
            "mount tmpfs ROOT/real/three type=tmpfs - -",
        ]
    );
    let outer = d.root.parent().unwrap();
    assert!(!outer.join("one").exists() && !outer.join("two").exists());
}

#[test]
fn a_dangling_symlink_in_a_target_is_refused_not_followed_out() {
    let d = Double::new();
    let away = d.root.parent().unwrap().join("away");
    std::os::unix::fs::symlink(&away, d.root.join("link")).unwrap();
    let m = mount("/link/x", "tmpfs", "tmpfs", &[]);
    let e = prepare(&d, &spec(&d, vec![m], no_linux())).err().unwrap();
    assert!(e.to_string().contains("mount /link/x"), "{e}");
    assert!(!away.exists(), "nothing created outside the rootfs");
    assert_eq!(d.mounts().len(), 2, "only the rootfs setup was mounted");
}

#[test]
fn relative_destination_and_source_less_bind_are_invalid_specs() {
    let d = Double::new();
    let s = spec(&d, vec![mount("data", "tmpfs", "tmpfs", &[])], no_linux());
    assert!(matches!(prepare(&d, &s), Err(RuntimeError::InvalidSpec(_))));
    let mut m = mount("/data", "bind", "x", &["bind"]);
    m.set_source(None);
    let s = spec(&d, vec![m], no_linux());
    assert!(matches!(prepare(&d, &s), Err(RuntimeError::InvalidSpec(_))));
}

#[test]
fn cgroup_mounts_are_skipped() {
    let d = Double::new();
    let mounts = vec![
        mount("/sys/fs/cgroup", "cgroup", "cgroup", &["ro"]),
        mount("/sys/fs/cgroup", "cgroup2", "cgroup2", &["ro"]),
    ];
    assert_eq!(spec_mounts(&d, mounts), Vec::<String>::new());
    assert!(!d.calls().iter().any(|c| c.contains("cgroup")));
}

#[test]
fn sysfs_and_proc_fall_back_to_read_only_binds_of_the_hosts() {
    let d = Double::new()
        .failing("type=sysfs", Errno::EPERM)
        .failing("type=proc", Errno::EPERM);
    let options = ["nosuid", "noexec", "nodev"];
    let mounts = vec![
        mount("/proc", "proc", "proc", &options),
        mount("/sys", "sysfs", "sysfs", &options),
    ];
    assert_eq!(
        spec_mounts(&d, mounts),
        [
            "mount proc ROOT/proc type=proc nosuid,nodev,noexec - = EPERM",
            "mount /proc ROOT/proc type=- bind,rec -",
            "mount - ROOT/proc type=- bind,remount,nosuid,nodev,noexec -",
            "mount sysfs ROOT/sys type=sysfs nosuid,nodev,noexec - = EPERM",
            "mount /sys ROOT/sys type=- bind,rec -",
            "mount - ROOT/sys type=- bind,remount,ro,nosuid,nodev,noexec -",
        ]
    );
}

#[test]
fn mqueue_falls_back_to_the_hosts_or_goes_without() {
    let d = Double::new().failing("type=mqueue", Errno::EPERM);
    let m = mount("/dev/mqueue", "mqueue", "mqueue", &["nosuid"]);
    let failed = "mount mqueue ROOT/dev/mqueue type=mqueue nosuid - = EPERM";
    assert_eq!(
        spec_mounts(&d, vec![m.clone()]),
        [
            failed,
            "mount /dev/mqueue ROOT/dev/mqueue type=- bind -",
            "mount - ROOT/dev/mqueue type=- bind,remount,nosuid -",
        ]
    );
    let mut d = Double::new().failing("type=mqueue", Errno::EPERM);
    d.host.remove(Path::new("/dev/mqueue"));
    assert_eq!(spec_mounts(&d, vec![m]), [failed]);
}

#[test]
fn other_mount_errors_name_the_filesystem_and_target() {
    let d = Double::new().failing("type=tmpfs", Errno::ENOSPC);
    let s = spec(&d, vec![mount("/run", "tmpfs", "tmpfs", &[])], no_linux());
    let e = prepare(&d, &s).err().unwrap().to_string();
    assert!(
        e.contains("mount /run") && e.contains("tmpfs on /run"),
        "{e}"
    );
}

#[test]
fn devpts_is_retried_without_gid_when_group_5_is_unmapped() {
    let d = Double::new().failing("gid=5", Errno::EINVAL);
    let options = ["nosuid", "newinstance", "gid=5"];
    assert_eq!(
        spec_mounts(&d, vec![mount("/dev/pts", "devpts", "devpts", &options)]),
        [
            "mount devpts ROOT/dev/pts type=devpts nosuid newinstance,gid=5 = EINVAL",
            "mount devpts ROOT/dev/pts type=devpts nosuid newinstance",
        ]
    );
}

#[test]
fn devices_bind_the_hosts_node_or_are_made_with_mknod() {
    let mut d = Double::new();
    d.host
        .insert("/dev/fuse".into(), Node::Char(libc::makedev(10, 229)));
    // The host's /dev/sda has another number than asked: not shared.
    d.host
        .insert("/dev/sda".into(), Node::Block(libc::makedev(8, 1)));
    let linux = no_linux().devices(vec![
        device("/dev/fuse", LinuxDeviceType::C, 10, 229),
        device("/dev/sda", LinuxDeviceType::B, 8, 0),
        device("/dev/net/tun", LinuxDeviceType::C, 10, 200),
    ]);
    let s = spec(&d, vec![], linux);
    prepare(&d, &s).unwrap();
    let calls = d.calls();
    let devs: Vec<&str> = calls[2..]
        .iter()
        .take_while(|c| !c.starts_with("chdir"))
        .map(String::as_str)
        .collect();
    assert_eq!(
        devs,
        [
            DEVICE_BINDS[0],
            "mount /dev/fuse ROOT/dev/fuse type=- bind -",
            "mknod ROOT/dev/net/tun c 10:200 660",
            "chown ROOT/dev/net/tun 0:0",
            DEVICE_BINDS[1],
            DEVICE_BINDS[2],
            "mknod ROOT/dev/sda b 8:0 660",
            "chown ROOT/dev/sda 0:0",
            DEVICE_BINDS[3],
            DEVICE_BINDS[4],
            DEVICE_BINDS[5],
        ]
    );
}

#[test]
fn a_device_that_needs_mknod_rootless_fails_saying_why() {
    let d = Double::new().failing("mknod", Errno::EPERM);
    let linux = no_linux().devices(vec![device("/dev/kvm", LinuxDeviceType::C, 10, 232)]);
    let s = spec(&d, vec![], linux);
    let e = prepare(&d, &s).err().unwrap().to_string();
    assert!(
        e.contains("/dev/kvm") && e.contains("needs real root"),
        "{e}"
    );
}

#[test]
fn a_device_outside_dev_is_an_invalid_spec() {
    let d = Double::new();
    let linux = no_linux().devices(vec![device("/etc/null", LinuxDeviceType::C, 1, 3)]);
    let s = spec(&d, vec![], linux);
    assert!(matches!(prepare(&d, &s), Err(RuntimeError::InvalidSpec(_))));
}

#[test]
fn dev_links_include_core_when_the_host_has_kcore() {
    let mut d = Double::new();
    d.host.insert("/proc/kcore".into(), Node::File);
    std::fs::create_dir(d.root.join("dev")).unwrap();
    // An entry the image already has is kept.
    std::fs::write(d.root.join("dev/stdin"), b"mine").unwrap();
    prepare(&d, &spec(&d, vec![], no_linux())).unwrap();
    let link = |n: &str| std::fs::read_link(d.root.join("dev").join(n)).unwrap();
    assert_eq!(link("core"), Path::new("/proc/kcore"));
    assert_eq!(link("stderr"), Path::new("/proc/self/fd/2"));
    assert_eq!(std::fs::read(d.root.join("dev/stdin")).unwrap(), b"mine");
}

#[test]
fn shared_rootfs_propagation_is_set_after_the_pivot() {
    let d = Double::new();
    let s = spec(&d, vec![], no_linux().rootfs_propagation("rshared"));
    let lines = both(&d, &s);
    assert_eq!(d.calls()[0], "mount - / type=- rec,slave -");
    assert_eq!(lines, ["mount - ROOT type=- rec,shared -"]);

    let d = Double::new();
    let s = spec(&d, vec![], no_linux().rootfs_propagation("private"));
    assert_eq!(both(&d, &s), Vec::<String>::new());
    assert_eq!(d.calls()[0], "mount - / type=- private -");

    let d = Double::new();
    let s = spec(&d, vec![], no_linux().rootfs_propagation("sideways"));
    assert!(matches!(prepare(&d, &s), Err(RuntimeError::InvalidSpec(_))));
}

#[test]
fn readonly_root_is_remounted_last() {
    let mut d = Double::new();
    std::fs::create_dir_all(d.root.join("proc/sys")).unwrap();
    d.locked.insert("ROOT".into(), MsFlags::MS_NODEV);
    let mut s = spec(
        &d,
        vec![],
        no_linux().readonly_paths(vec!["/proc/sys".into()]),
    );
    let mut root = s.root().clone().unwrap();
    root.set_readonly(Some(true));
    s.set_root(Some(root));
    let lines = both(&d, &s);
    assert_eq!(
        lines.last().unwrap(),
        "mount - ROOT type=- bind,remount,ro,nodev -"
    );
    assert_eq!(lines.len(), 3);
}

#[test]
fn a_missing_working_directory_is_made_for_the_user_before_root_turns_read_only() {
    let d = Double::new();
    std::fs::create_dir_all(d.root.join("srv")).unwrap();
    let mut s = spec(&d, vec![], no_linux());
    let mut root = s.root().clone().unwrap();
    root.set_readonly(Some(true));
    s.set_root(Some(root));
    let rootfs = prepare(&d, &s).unwrap();
    let before = d.calls().len();
    let cwd = Path::new("/srv/app/data");
    mounts::finish_with(&d, &s, &rootfs, Some((cwd, 1000, 100))).unwrap();
    assert_eq!(
        d.calls()[before..],
        [
            "mkdir ROOT/srv/app",
            "mkdir ROOT/srv/app/data",
            "chown ROOT/srv/app 1000:100",
            "chown ROOT/srv/app/data 1000:100",
            "mount - ROOT type=- bind,remount,ro -",
        ]
    );
    assert!(d.root.join("srv/app/data").is_dir());
    // An existing one is left as it is.
    let before = d.calls().len();
    mounts::finish_with(&d, &s, &rootfs, Some((Path::new("/srv"), 1000, 100))).unwrap();
    assert_eq!(
        d.calls()[before..],
        ["mount - ROOT type=- bind,remount,ro -"]
    );
}

#[test]
fn a_terminal_without_devpts_at_dev_pts_is_refused_before_the_pivot() {
    // No /dev/pts/ptmx at all.
    let d = Double::new();
    let e = mounts::prepare_with(&d, &spec(&d, vec![], no_linux()), Some(1000))
        .err()
        .unwrap()
        .to_string();
    assert!(
        e.contains("a terminal needs devpts mounted at /dev/pts"),
        "{e}"
    );
    // A ptmx that the image planted is not a devpts instance's.
    let d = Double::new();
    std::fs::create_dir_all(d.root.join("dev/pts")).unwrap();
    std::fs::write(d.root.join("dev/pts/ptmx"), b"").unwrap();
    let e = mounts::prepare_with(&d, &spec(&d, vec![], no_linux()), Some(1000))
        .err()
        .unwrap()
        .to_string();
    assert!(e.contains("/dev/pts is not a devpts mount"), "{e}");
    assert!(!d.calls().iter().any(|c| c.starts_with("pivot_root")));
}

#[test]
fn a_relative_root_path_is_an_invalid_spec() {
    let d = Double::new();
    let mut s = spec(&d, vec![], no_linux());
    s.set_root(Some(
        RootBuilder::default()
            .path(PathBuf::from("rootfs"))
            .build()
            .unwrap(),
    ));
    assert!(matches!(prepare(&d, &s), Err(RuntimeError::InvalidSpec(_))));
    assert!(d.calls().is_empty(), "nothing mounted before the check");
}
