//! Keeping dhow's own binary out of a container's reach (the CVE-2019-5736
//! family).
//!
//! Two kinds of dhow process live inside a container's namespaces: the
//! child of `dhow exec` until it `execve`s the command, and a container's
//! init, forked from the monitor. Through `/proc/PID/exe` such a process
//! shows the container dhow's executable, and a command file starting with
//! `#!/proc/self/exe` makes the kernel run dhow's binary *as* a process of
//! the container. A rootless container's root is the user, so a binary the
//! user owns (a `cargo install` in the home) is writable from inside: the
//! container could open it through that link and overwrite it. The kernel's
//! "text file busy" guard lasts only while some process runs the file, and
//! kernels differ in it.
//!
//! The defence is runc's "bindfd": such processes are started from a
//! read-only bind mount of the binary, made in a private mount namespace.
//! `/proc/PID/exe` then names a file on a read-only mount, and opening it for
//! writing fails with EROFS whichever path or descriptor leads to it. A
//! binary the user cannot write (installed by a package, owned by root) or
//! already on a read-only mount needs nothing and costs nothing.
//!
//! (The `exec` child is also kept non-dumpable until its `execve`, so the
//! container cannot open its `/proc/PID/{exe,cwd,fd}` at all; that is the
//! runtime's part, `runtime::exec`.)

use anyhow::{bail, Context, Result};
use std::ffi::{CString, OsString};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::MetadataExt;
use std::os::unix::process::CommandExt;

/// Set in the environment of a process re-executed from the read-only view,
/// so that a view that did not take effect is an error, not a loop.
const REEXEC_MARK: &str = "_DHOW_EXE_READONLY";

/// Whether this process's executable could be written by the user
/// namespace it is in: owned by the current effective user (a file of an
/// unmapped owner shows as the overflow ID) or writable by group or others,
/// and on a writable mount.
pub fn exposed() -> bool {
    let Ok(meta) = std::fs::metadata("/proc/self/exe") else { return false };
    // SAFETY: geteuid has no preconditions.
    let ours = meta.uid() == unsafe { libc::geteuid() };
    if !ours && meta.mode() & 0o022 == 0 {
        return false;
    }
    !on_readonly_mount()
}

fn on_readonly_mount() -> bool {
    nix::sys::statvfs::statvfs("/proc/self/exe").is_ok_and(|s| s.flags().contains(nix::sys::statvfs::FsFlags::ST_RDONLY))
}

/// What it takes to show the binary read-only at its own path, computed
/// before a `fork` so that [`ReadonlyView::apply`] allocates nothing.
pub struct ReadonlyView {
    path: CString,
    /// The mount flags the kernel locks on a mount seen from a user
    /// namespace (nosuid, nodev, noexec, atime): a remount must keep them.
    kept: libc::c_ulong,
}

impl ReadonlyView {
    /// `None` when the binary is not [`exposed`].
    pub fn prepare() -> Result<Option<ReadonlyView>> {
        if !exposed() {
            return Ok(None);
        }
        let path = std::fs::read_link("/proc/self/exe").context("reading /proc/self/exe")?;
        if !path.is_file() {
            bail!("dhow's executable {} is gone (replaced while running?): run the command again", path.display());
        }
        ReadonlyView::of(&path).map(Some)
    }

    /// The view of any file (`prepare` uses dhow's binary).
    fn of(path: &std::path::Path) -> Result<ReadonlyView> {
        let st = nix::sys::statvfs::statvfs(path).with_context(|| format!("statvfs {}", path.display()))?;
        let kept = crate::runtime::flags_of_statvfs(st.flags().bits() as libc::c_ulong).bits() as libc::c_ulong;
        let path = CString::new(path.as_os_str().as_bytes()).context("dhow's executable path has a NUL byte")?;
        Ok(ReadonlyView { path, kept })
    }

    /// Gives this process a private mount namespace in which dhow's binary
    /// is a read-only bind mount of itself; a program executed from it
    /// afterwards is out of reach. Only `unshare` and `mount` calls: safe
    /// between `fork` and `exec`. Needs `CAP_SYS_ADMIN` over the current
    /// user namespace.
    pub fn apply(&self) -> std::io::Result<()> {
        let none = std::ptr::null::<libc::c_char>();
        let p = self.path.as_ptr();
        // SAFETY: plain syscalls on NUL-terminated strings we own.
        unsafe {
            if libc::unshare(libc::CLONE_NEWNS) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            // Nothing mounted from here on may reach the caller's namespace.
            if libc::mount(none, c"/".as_ptr(), none, libc::MS_REC | libc::MS_PRIVATE, std::ptr::null()) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            if libc::mount(p, p, none, libc::MS_BIND, std::ptr::null()) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            let flags = libc::MS_BIND | libc::MS_REMOUNT | libc::MS_RDONLY | self.kept;
            if libc::mount(none, p, none, flags, std::ptr::null()) != 0 {
                return Err(std::io::Error::last_os_error());
            }
        }
        Ok(())
    }
}

/// Makes sure this process runs from a binary the container cannot write,
/// re-executing it (same arguments and environment) from a read-only view
/// when it is [`exposed`]. Call while single-threaded, after joining the
/// user namespace in which the view is made (the container's), before
/// anything that must not happen twice: the re-executed process starts over
/// from `main`.
pub fn reexec_if_exposed() -> Result<()> {
    let again = std::env::var_os(REEXEC_MARK).is_some();
    if again {
        std::env::remove_var(REEXEC_MARK);
    }
    let Some(view) = ReadonlyView::prepare()? else { return Ok(()) };
    if again {
        bail!("could not run dhow from a read-only view of its binary (it stayed writable): refusing to enter the container");
    }
    view.apply().context("showing dhow's binary read-only in a private mount namespace (needed because the binary is writable by the container's root)")?;
    let mut args = std::env::args_os();
    let arg0 = args.next().unwrap_or_else(|| OsString::from("dhow"));
    let path = std::ffi::OsStr::from_bytes(view.path.as_bytes());
    let err = std::process::Command::new(path).arg0(arg0).args(args).env(REEXEC_MARK, "1").exec();
    Err(err).with_context(|| format!("re-executing {} from its read-only view", path.to_string_lossy()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The view really is read-only, only in the namespace that made it.
    /// Needs CAP_SYS_ADMIN (CI runs the unit tests as root).
    #[test]
    fn the_view_refuses_writes_and_stays_private() {
        if unsafe { libc::geteuid() } != 0 {
            eprintln!("skipped: needs root to make a mount namespace");
            return;
        }
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("bin");
        std::fs::write(&file, b"payload").unwrap();
        let view = ReadonlyView::of(&file).unwrap();
        let opened = std::fs::OpenOptions::new().write(true).open(&file);
        assert!(opened.is_ok(), "writable before");
        // SAFETY: the child only makes syscalls and exits.
        match unsafe { nix::unistd::fork() }.unwrap() {
            nix::unistd::ForkResult::Child => {
                let code = match view.apply() {
                    Err(_) => 2,
                    Ok(()) => match std::fs::OpenOptions::new().write(true).open(&file) {
                        Err(e) if e.raw_os_error() == Some(libc::EROFS) => 0,
                        _ => 1,
                    },
                };
                unsafe { libc::_exit(code) }
            }
            nix::unistd::ForkResult::Parent { child } => {
                let status = nix::sys::wait::waitpid(child, None).unwrap();
                assert_eq!(status, nix::sys::wait::WaitStatus::Exited(child, 0), "0: EROFS in the view; 1: still writable; 2: view failed");
            }
        }
        std::fs::write(&file, b"still ours").expect("the caller's namespace is untouched");
    }
}
