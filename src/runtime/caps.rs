//! Switching to the process user and its capability sets.
//!
//! The order matters and follows runc: first shrink the bounding set (needs
//! `CAP_SETPCAP`, which we still have), then change groups and IDs with
//! `PR_SET_KEEPCAPS` so a switch away from uid 0 does not wipe the permitted
//! set, then set inheritable, effective and permitted exactly as the spec
//! says, and finally raise the ambient capabilities (which must be both
//! permitted and inheritable).

use ::caps::{CapSet, Capability as KCap, CapsHashSet};
use nix::errno::Errno;
use nix::unistd::{Gid, Uid};
use oci_spec::runtime::{Capabilities, LinuxCapabilities, User};

use super::RuntimeError;

fn err(step: &str, e: impl std::fmt::Display) -> RuntimeError {
    RuntimeError::setup(step, e)
}

/// Converts OCI capability names to the kernel's. Capabilities this build
/// does not know are skipped: they cannot be granted anyway.
pub(crate) fn to_kernel(set: Option<&Capabilities>) -> CapsHashSet {
    let mut out = CapsHashSet::new();
    for c in set.into_iter().flatten() {
        if let Ok(k) = format!("CAP_{c}").parse::<KCap>() {
            out.insert(k);
        }
    }
    out
}

/// Drops every capability not in the spec's bounding set. Capabilities
/// the running kernel does not have are left alone.
pub(crate) fn limit_bounding(caps: Option<&LinuxCapabilities>) -> Result<(), RuntimeError> {
    let keep = to_kernel(caps.and_then(|c| c.bounding().as_ref()));
    for c in ::caps::runtime::thread_all_supported() {
        if !keep.contains(&c) {
            ::caps::drop(None, CapSet::Bounding, c)
                .map_err(|e| err("drop bounding capabilities", e))?;
        }
    }
    Ok(())
}

fn keepcaps(on: bool) -> Result<(), RuntimeError> {
    // SAFETY: plain prctl with integer arguments.
    let rc = unsafe { libc::prctl(libc::PR_SET_KEEPCAPS, on as libc::c_ulong, 0, 0, 0) };
    if rc != 0 {
        return Err(err("set keep-capabilities", Errno::last()));
    }
    Ok(())
}

// The ID changes below are the raw system calls, which change only the
// calling thread, instead of libc's wrappers, which broadcast the change to
// every thread the process had (a signal to each, then a wait). A child
// cloned from a multithreaded parent has one thread but inherits libc's
// list of the parent's: libc's setresgid would wait forever for threads
// that do not exist in it. The child is single-threaded, so the thread's
// IDs are the process's.

/// setgroups(2) for this thread.
pub(crate) fn thread_setgroups(groups: &[Gid]) -> Result<(), Errno> {
    let raw: Vec<libc::gid_t> = groups.iter().map(|g| g.as_raw()).collect();
    // SAFETY: a valid pointer to `raw.len()` gids.
    Errno::result(unsafe { libc::syscall(libc::SYS_setgroups, raw.len(), raw.as_ptr()) }).map(drop)
}

/// setresgid(2) for this thread: real, effective and saved to `gid`.
pub(crate) fn thread_setresgid(gid: Gid) -> Result<(), Errno> {
    let g = gid.as_raw();
    // SAFETY: plain integer arguments.
    Errno::result(unsafe { libc::syscall(libc::SYS_setresgid, g, g, g) }).map(drop)
}

/// setresuid(2) for this thread: real, effective and saved to `uid`.
pub(crate) fn thread_setresuid(uid: Uid) -> Result<(), Errno> {
    let u = uid.as_raw();
    // SAFETY: plain integer arguments.
    Errno::result(unsafe { libc::syscall(libc::SYS_setresuid, u, u, u) }).map(drop)
}

/// crun's annotation for podman's `--group-add keep-groups`: the process
/// keeps the supplementary groups the runtime was started with.
pub(crate) const KEEP_GROUPS_ANNOTATION: &str = "run.oci.keep_original_groups";

/// Set once in the cloned child (a process of its own) from the spec.
static KEEP_GROUPS: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Reads [`KEEP_GROUPS_ANNOTATION`] of `spec` for [`switch_user`].
pub(crate) fn keep_original_groups(spec: &oci_spec::runtime::Spec) {
    let keep = spec.annotations().as_ref().is_some_and(|a| a.get(KEEP_GROUPS_ANNOTATION).is_some_and(|v| v == "1"));
    KEEP_GROUPS.store(keep, std::sync::atomic::Ordering::Relaxed);
}

/// Sets supplementary groups, then gid, then uid (in that order: after the
/// uid change we could no longer change groups), keeping the permitted
/// capabilities across the uid change.
pub(crate) fn switch_user(user: &User) -> Result<(), RuntimeError> {
    keepcaps(true)?;
    let groups: Vec<Gid> = user
        .additional_gids()
        .as_deref()
        .unwrap_or(&[])
        .iter()
        .map(|g| Gid::from_raw(*g))
        .collect();
    let keep = KEEP_GROUPS.load(std::sync::atomic::Ordering::Relaxed);
    match if keep { Ok(()) } else { thread_setgroups(&groups) } {
        Ok(()) => {}
        // A user namespace with `setgroups` denied (single-ID rootless
        // mapping): nothing to do if no groups were asked for.
        Err(Errno::EPERM) if groups.is_empty() => {}
        Err(e) => {
            return Err(err(
                "set supplementary groups",
                format!(
                    "{e} (groups {:?} may not be mapped in the user namespace)",
                    user.additional_gids()
                ),
            ))
        }
    }
    let gid = Gid::from_raw(user.gid());
    thread_setresgid(gid).map_err(|e| {
        err(
            "set group ID",
            format!(
                "gid {}: {e} (is it mapped in the user namespace?)",
                user.gid()
            ),
        )
    })?;
    let uid = Uid::from_raw(user.uid());
    thread_setresuid(uid).map_err(|e| {
        err(
            "set user ID",
            format!(
                "uid {}: {e} (is it mapped in the user namespace?)",
                user.uid()
            ),
        )
    })?;
    keepcaps(false)?;
    if let Some(mask) = user.umask() {
        nix::sys::stat::umask(nix::sys::stat::Mode::from_bits_truncate(
            mask as libc::mode_t,
        ));
    }
    Ok(())
}

/// Sets the inheritable, effective, permitted and ambient sets to the
/// spec's. Missing sets are empty, as in the OCI spec.
pub(crate) fn apply_sets(caps: Option<&LinuxCapabilities>) -> Result<(), RuntimeError> {
    let get = |f: fn(&LinuxCapabilities) -> &Option<Capabilities>| {
        to_kernel(caps.and_then(|c| f(c).as_ref()))
    };
    let inheritable = get(LinuxCapabilities::inheritable);
    let effective = get(LinuxCapabilities::effective);
    let permitted = get(LinuxCapabilities::permitted);
    let ambient = get(LinuxCapabilities::ambient);
    // Inheritable first, while permitted is still full; effective before
    // permitted shrinks, since effective must stay within permitted.
    ::caps::set(None, CapSet::Inheritable, &inheritable)
        .map_err(|e| err("set inheritable capabilities", e))?;
    ::caps::set(None, CapSet::Effective, &effective)
        .map_err(|e| err("set effective capabilities", e))?;
    ::caps::set(None, CapSet::Permitted, &permitted)
        .map_err(|e| err("set permitted capabilities", e))?;
    ::caps::clear(None, CapSet::Ambient).ok();
    for c in ambient {
        // Ambient needs the cap in both permitted and inheritable; docker
        // specs often list ambient caps that are not, which runc ignores.
        if permitted.contains(&c) && inheritable.contains(&c) {
            ::caps::raise(None, CapSet::Ambient, c)
                .map_err(|e| err("raise ambient capabilities", e))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use oci_spec::runtime::Capability;

    #[test]
    fn oci_names_map_to_kernel_names() {
        let set: Capabilities = [
            Capability::SysAdmin,
            Capability::Chown,
            Capability::NetBindService,
        ]
        .into_iter()
        .collect();
        let k = to_kernel(Some(&set));
        assert_eq!(k.len(), 3);
        assert!(k.contains(&KCap::CAP_SYS_ADMIN));
        assert!(k.contains(&KCap::CAP_NET_BIND_SERVICE));
        assert!(to_kernel(None).is_empty());
    }
}
