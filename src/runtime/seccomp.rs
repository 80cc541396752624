//! Seccomp: docker's default policy, docker profile files, and compiling the
//! OCI `linux.seccomp` section into kernel filters.
//!
//! The runtime honours only the spec: `linux.seccomp` absent means no filter
//! (OCI semantics), and `{"defaultAction": "SCMP_ACT_ALLOW"}` with no rules
//! also means no filter (that is how the engine says `seccomp=unconfined`).
//! The engine fills `linux.seccomp` with [`default_profile`] (docker's
//! default) or with [`from_docker_profile`] for `--security-opt seccomp=FILE`.
//!
//! Docker's default profile is an allowlist of ~370 calls; its effect on a
//! current kernel is to refuse a known set of dangerous calls with `EPERM`
//! unless the process holds the capability that makes them legitimate. We
//! express exactly that as a denylist ([`default_profile`]), which is much
//! smaller, and keeps working when new harmless system calls appear.
//!
//! A `LinuxSeccomp` may mix actions per call (errno, kill, trap, log...), but
//! a `seccompiler` filter has one on-match action. We therefore compile to a
//! *stack* of filters and rely on the kernel's rule for stacked filters:
//! the most severe result wins (kill > trap > errno > trace > log > allow).
//! One filter returns the default action for every call not named in the
//! profile and allows the named ones; one filter per other action returns
//! that action for its calls and allows everything else.

use std::collections::BTreeMap;

use oci_spec::runtime::{
    LinuxSeccomp, LinuxSeccompAction, LinuxSeccompArg, LinuxSeccompArgBuilder, LinuxSeccompBuilder,
    LinuxSeccompOperator, LinuxSyscall, LinuxSyscallBuilder,
};
use seccompiler::{
    BpfProgram, SeccompAction, SeccompCmpArgLen, SeccompCmpOp, SeccompCondition, SeccompFilter,
    SeccompRule, TargetArch,
};

use super::syscalls;

/// A seccomp problem: a profile that cannot be read or compiled.
#[derive(Debug, thiserror::Error)]
pub enum SeccompError {
    #[error("seccomp profile is not valid JSON: {0}")]
    Json(#[from] serde_json::Error),
    #[error("seccomp profile: {0}")]
    Invalid(String),
    #[error("seccomp: cannot build the filter: {0}")]
    Compile(String),
    #[error(
        "seccomp: this architecture ({0}) is not supported; use --security-opt seccomp=unconfined"
    )]
    UnsupportedArch(String),
}

/// Calls docker's default profile refuses to a process without special
/// capabilities, as `(name, capability that lifts the refusal)`.
/// `None` means always refused.
const DEFAULT_DENIED: &[(&str, Option<&str>)] = &[
    ("acct", Some("CAP_SYS_PACCT")),
    ("add_key", None),
    ("bpf", Some("CAP_SYS_ADMIN")),
    ("clock_adjtime", Some("CAP_SYS_TIME")),
    ("clock_settime", Some("CAP_SYS_TIME")),
    ("create_module", None),
    ("delete_module", Some("CAP_SYS_MODULE")),
    ("finit_module", Some("CAP_SYS_MODULE")),
    ("get_kernel_syms", None),
    ("get_mempolicy", Some("CAP_SYS_NICE")),
    ("init_module", Some("CAP_SYS_MODULE")),
    ("ioperm", Some("CAP_SYS_RAWIO")),
    ("iopl", Some("CAP_SYS_RAWIO")),
    ("kcmp", Some("CAP_SYS_PTRACE")),
    ("kexec_file_load", Some("CAP_SYS_BOOT")),
    ("kexec_load", Some("CAP_SYS_BOOT")),
    ("keyctl", None),
    ("lookup_dcookie", Some("CAP_SYS_ADMIN")),
    ("mbind", Some("CAP_SYS_NICE")),
    ("mount", Some("CAP_SYS_ADMIN")),
    ("move_pages", Some("CAP_SYS_NICE")),
    ("name_to_handle_at", Some("CAP_SYS_ADMIN")),
    ("nfsservctl", None),
    ("open_by_handle_at", Some("CAP_DAC_READ_SEARCH")),
    ("perf_event_open", Some("CAP_SYS_ADMIN")),
    ("pivot_root", Some("CAP_SYS_ADMIN")),
    ("process_vm_readv", Some("CAP_SYS_PTRACE")),
    ("process_vm_writev", Some("CAP_SYS_PTRACE")),
    ("query_module", None),
    ("quotactl", Some("CAP_SYS_ADMIN")),
    ("reboot", Some("CAP_SYS_BOOT")),
    ("request_key", None),
    ("set_mempolicy", Some("CAP_SYS_NICE")),
    ("setns", Some("CAP_SYS_ADMIN")),
    ("settimeofday", Some("CAP_SYS_TIME")),
    ("swapon", Some("CAP_SYS_ADMIN")),
    ("swapoff", Some("CAP_SYS_ADMIN")),
    ("sysfs", None),
    ("_sysctl", None),
    ("umount2", Some("CAP_SYS_ADMIN")),
    ("unshare", Some("CAP_SYS_ADMIN")),
    ("uselib", None),
    ("userfaultfd", None),
    ("ustat", None),
    ("vm86", None),
    ("vm86old", None),
    ("fsopen", Some("CAP_SYS_ADMIN")),
    ("fsmount", Some("CAP_SYS_ADMIN")),
    ("fsconfig", Some("CAP_SYS_ADMIN")),
    ("fspick", Some("CAP_SYS_ADMIN")),
    ("move_mount", Some("CAP_SYS_ADMIN")),
    ("open_tree", Some("CAP_SYS_ADMIN")),
    ("syslog", Some("CAP_SYSLOG")),
    ("vhangup", Some("CAP_SYS_TTY_CONFIG")),
];

/// Namespace flags that `clone` may not carry without `CAP_SYS_ADMIN`.
const CLONE_NAMESPACE_FLAGS: &[u64] = &[
    libc::CLONE_NEWNS as u64,
    libc::CLONE_NEWUTS as u64,
    libc::CLONE_NEWIPC as u64,
    libc::CLONE_NEWUSER as u64,
    libc::CLONE_NEWPID as u64,
    libc::CLONE_NEWNET as u64,
    libc::CLONE_NEWCGROUP as u64,
];

fn has_cap(capabilities: &[String], cap: &str) -> bool {
    capabilities.iter().any(|c| normalize_cap(c) == cap)
}

/// `sys_admin`, `SYS_ADMIN` and `CAP_SYS_ADMIN` all name the same capability.
fn normalize_cap(c: &str) -> String {
    let up = c.trim().to_ascii_uppercase();
    if up.starts_with("CAP_") {
        up
    } else {
        format!("CAP_{up}")
    }
}

fn errno_rule(names: &[&str], errno: i32, args: Vec<LinuxSeccompArg>) -> Option<LinuxSyscall> {
    let mut b = LinuxSyscallBuilder::default()
        .names(names.iter().map(|s| s.to_string()).collect::<Vec<_>>())
        .action(LinuxSeccompAction::ScmpActErrno)
        .errno_ret(errno as u32);
    if !args.is_empty() {
        b = b.args(args);
    }
    b.build().ok()
}

/// docker's default seccomp policy for a process whose bounding set is
/// `capabilities` (names like `CAP_SYS_ADMIN`), as a `linux.seccomp` section.
///
/// Denied calls fail with `EPERM`. `clone` with a namespace flag fails with
/// `EPERM` and `clone3` with `ENOSYS`, so that C libraries fall back to
/// `clone`, whose flags a filter can see. With `CAP_SYS_ADMIN` all of those
/// are allowed, as in docker.
pub fn default_profile(capabilities: &[String]) -> LinuxSeccomp {
    let denied: Vec<&str> = DEFAULT_DENIED
        .iter()
        .filter(|(_, cap)| cap.is_none_or(|c| !has_cap(capabilities, c)))
        .map(|(name, _)| *name)
        .collect();
    let mut rules: Vec<LinuxSyscall> = Vec::new();
    rules.extend(errno_rule(&denied, libc::EPERM, vec![]));
    if !has_cap(capabilities, "CAP_SYS_ADMIN") {
        for &flag in CLONE_NAMESPACE_FLAGS {
            // The flags are argument 0 of clone on x86_64 and aarch64.
            let arg = LinuxSeccompArgBuilder::default()
                .index(0usize)
                .value(flag)
                .value_two(flag)
                .op(LinuxSeccompOperator::ScmpCmpMaskedEq)
                .build();
            if let Ok(arg) = arg {
                rules.extend(errno_rule(&["clone"], libc::EPERM, vec![arg]));
            }
        }
        rules.extend(errno_rule(&["clone3"], libc::ENOSYS, vec![]));
    }
    let mut seccomp = LinuxSeccomp::default();
    seccomp.set_default_action(LinuxSeccompAction::ScmpActAllow);
    seccomp.set_syscalls(Some(rules));
    seccomp
}

/// [`default_profile`] compiled for this machine.
pub fn default_filter(capabilities: &[String]) -> Result<Vec<BpfProgram>, SeccompError> {
    compile(&default_profile(capabilities))
}

/// A docker/moby seccomp profile file (`--security-opt seccomp=FILE`).
#[derive(serde::Deserialize)]
#[serde(rename_all = "camelCase")]
struct DockerProfile {
    default_action: LinuxSeccompAction,
    #[serde(default)]
    default_errno_ret: Option<u32>,
    #[serde(default)]
    syscalls: Vec<DockerSyscall>,
}

#[derive(serde::Deserialize)]
#[serde(rename_all = "camelCase")]
struct DockerSyscall {
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    names: Vec<String>,
    action: LinuxSeccompAction,
    #[serde(default)]
    errno_ret: Option<u32>,
    #[serde(default)]
    args: Option<Vec<DockerArg>>,
    #[serde(default)]
    includes: DockerFilter,
    #[serde(default)]
    excludes: DockerFilter,
}

#[derive(serde::Deserialize, Default)]
#[serde(rename_all = "camelCase")]
struct DockerFilter {
    #[serde(default)]
    caps: Vec<String>,
    #[serde(default)]
    arches: Vec<String>,
    #[serde(default)]
    min_kernel: Option<String>,
}

#[derive(serde::Deserialize)]
#[serde(rename_all = "camelCase")]
struct DockerArg {
    index: usize,
    value: u64,
    #[serde(default)]
    value_two: u64,
    op: LinuxSeccompOperator,
}

/// docker's architecture names for this machine (its `includes.arches`
/// use Go's names, with the libseccomp names also seen in the wild).
fn native_arch_names() -> &'static [&'static str] {
    #[cfg(target_arch = "x86_64")]
    {
        &["amd64", "x86_64", "SCMP_ARCH_X86_64"]
    }
    #[cfg(target_arch = "aarch64")]
    {
        &["arm64", "aarch64", "SCMP_ARCH_AARCH64"]
    }
    #[cfg(not(any(target_arch = "x86_64", target_arch = "aarch64")))]
    {
        &[]
    }
}

/// `(major, minor)` of a kernel release string like `6.18.44-foo`.
fn parse_kernel_version(s: &str) -> Option<(u32, u32)> {
    let mut it = s.split(|c: char| !c.is_ascii_digit());
    let major = it.next()?.parse().ok()?;
    let minor = it.next().and_then(|m| m.parse().ok()).unwrap_or(0);
    Some((major, minor))
}

fn running_kernel() -> Option<(u32, u32)> {
    let uts = nix::sys::utsname::uname().ok()?;
    parse_kernel_version(&uts.release().to_string_lossy())
}

/// Translates a docker seccomp profile for a process whose bounding set is
/// `capabilities` into a `linux.seccomp` section, evaluating docker's
/// `includes`/`excludes` (capabilities, architectures, minimum kernel) the
/// way docker does when it generates its OCI spec.
pub fn from_docker_profile(
    json: &str,
    capabilities: &[String],
) -> Result<LinuxSeccomp, SeccompError> {
    let profile: DockerProfile = serde_json::from_str(json)?;
    let kernel = running_kernel();
    let arches = native_arch_names();
    let mut out = Vec::new();
    for call in profile.syscalls {
        let inc = &call.includes;
        if !inc
            .caps
            .iter()
            .all(|c| has_cap(capabilities, &normalize_cap(c)))
        {
            continue;
        }
        if !inc.arches.is_empty() && !inc.arches.iter().any(|a| arches.contains(&a.as_str())) {
            continue;
        }
        if let (Some(min), Some(running)) = (&inc.min_kernel, kernel) {
            let min = parse_kernel_version(min)
                .ok_or_else(|| SeccompError::Invalid(format!("bad minKernel {min:?}")))?;
            if running < min {
                continue;
            }
        }
        let exc = &call.excludes;
        if exc
            .caps
            .iter()
            .any(|c| has_cap(capabilities, &normalize_cap(c)))
        {
            continue;
        }
        if exc.arches.iter().any(|a| arches.contains(&a.as_str())) {
            continue;
        }
        let mut names = call.names;
        if let Some(n) = call.name {
            names.push(n);
        }
        if names.is_empty() {
            continue;
        }
        let mut b = LinuxSyscallBuilder::default()
            .names(names)
            .action(call.action);
        if let Some(e) = call.errno_ret {
            b = b.errno_ret(e);
        }
        if let Some(args) = call.args {
            let mut oci_args = Vec::new();
            for a in args {
                let arg = LinuxSeccompArgBuilder::default()
                    .index(a.index)
                    .value(a.value)
                    .value_two(a.value_two)
                    .op(a.op)
                    .build()
                    .map_err(|e| SeccompError::Invalid(e.to_string()))?;
                oci_args.push(arg);
            }
            if !oci_args.is_empty() {
                b = b.args(oci_args);
            }
        }
        out.push(
            b.build()
                .map_err(|e| SeccompError::Invalid(e.to_string()))?,
        );
    }
    let mut b = LinuxSeccompBuilder::default()
        .default_action(profile.default_action)
        .syscalls(out);
    if let Some(e) = profile.default_errno_ret {
        b = b.default_errno_ret(e);
    }
    b.build().map_err(|e| SeccompError::Invalid(e.to_string()))
}

fn native_arch() -> Result<TargetArch, SeccompError> {
    TargetArch::try_from(std::env::consts::ARCH)
        .map_err(|_| SeccompError::UnsupportedArch(std::env::consts::ARCH.to_string()))
}

/// The kernel action for an OCI action. `errno` defaults to `EPERM`, as in
/// runc and libseccomp's users.
fn action(a: LinuxSeccompAction, errno: Option<u32>) -> Result<SeccompAction, SeccompError> {
    Ok(match a {
        LinuxSeccompAction::ScmpActAllow => SeccompAction::Allow,
        LinuxSeccompAction::ScmpActErrno => {
            SeccompAction::Errno(errno.unwrap_or(libc::EPERM as u32))
        }
        LinuxSeccompAction::ScmpActKill | LinuxSeccompAction::ScmpActKillThread => {
            SeccompAction::KillThread
        }
        LinuxSeccompAction::ScmpActKillProcess => SeccompAction::KillProcess,
        LinuxSeccompAction::ScmpActTrap => SeccompAction::Trap,
        LinuxSeccompAction::ScmpActLog => SeccompAction::Log,
        LinuxSeccompAction::ScmpActTrace => {
            SeccompAction::Trace(errno.unwrap_or(libc::EPERM as u32))
        }
        LinuxSeccompAction::ScmpActNotify => {
            return Err(SeccompError::Invalid(
                "SCMP_ACT_NOTIFY needs a seccomp agent, which dhow does not provide".into(),
            ))
        }
    })
}

fn condition(arg: &LinuxSeccompArg) -> Result<SeccompCondition, SeccompError> {
    let op = match arg.op() {
        LinuxSeccompOperator::ScmpCmpNe => SeccompCmpOp::Ne,
        LinuxSeccompOperator::ScmpCmpLt => SeccompCmpOp::Lt,
        LinuxSeccompOperator::ScmpCmpLe => SeccompCmpOp::Le,
        LinuxSeccompOperator::ScmpCmpEq => SeccompCmpOp::Eq,
        LinuxSeccompOperator::ScmpCmpGe => SeccompCmpOp::Ge,
        LinuxSeccompOperator::ScmpCmpGt => SeccompCmpOp::Gt,
        // OCI/libseccomp: (arg & value) == valueTwo.
        LinuxSeccompOperator::ScmpCmpMaskedEq => SeccompCmpOp::MaskedEq(arg.value()),
    };
    let value = match arg.op() {
        LinuxSeccompOperator::ScmpCmpMaskedEq => arg.value_two().unwrap_or(0),
        _ => arg.value(),
    };
    let index = u8::try_from(arg.index())
        .ok()
        .filter(|i| *i < 6)
        .ok_or_else(|| {
            SeccompError::Invalid(format!("argument index {} out of range 0..5", arg.index()))
        })?;
    SeccompCondition::new(index, SeccompCmpArgLen::Qword, op, value)
        .map_err(|e| SeccompError::Compile(e.to_string()))
}

/// Rules of one call: `None` = matches whatever the arguments.
type Rules = BTreeMap<i64, Option<Vec<SeccompRule>>>;

fn add_rule(rules: &mut Rules, nr: i64, rule: Option<&SeccompRule>) {
    match (rules.get_mut(&nr), rule) {
        (Some(None), _) => {}
        (Some(slot), None) => *slot = None,
        (Some(Some(v)), Some(r)) => v.push(r.clone()),
        (None, r) => {
            rules.insert(nr, r.map(|r| vec![r.clone()]));
        }
    }
}

/// x86_64 kernels may accept the x32 ABI: the same calls with bit 30 set in
/// the number, under the same audit architecture. A denylist must name both.
#[cfg(target_arch = "x86_64")]
const X32_SYSCALL_BIT: i64 = 0x4000_0000;

fn with_x32(rules: Rules) -> Rules {
    #[cfg(target_arch = "x86_64")]
    {
        let mut out = rules.clone();
        for (nr, r) in rules {
            out.insert(nr | X32_SYSCALL_BIT, r);
        }
        out
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        rules
    }
}

fn build(
    rules: Rules,
    mismatch: SeccompAction,
    on_match: SeccompAction,
    arch: TargetArch,
) -> Result<BpfProgram, SeccompError> {
    let rules = rules
        .into_iter()
        .map(|(nr, r)| (nr, r.unwrap_or_default()))
        .collect();
    let filter = SeccompFilter::new(rules, mismatch, on_match, arch)
        .map_err(|e| SeccompError::Compile(e.to_string()))?;
    BpfProgram::try_from(filter).map_err(|e| SeccompError::Compile(e.to_string()))
}

/// Compiles `linux.seccomp` into the filters to install, in order. An empty
/// list means nothing to install (everything allowed). Calls unknown on
/// this architecture are skipped, as libseccomp does.
pub fn compile(seccomp: &LinuxSeccomp) -> Result<Vec<BpfProgram>, SeccompError> {
    let arch = native_arch()?;
    let default = action(seccomp.default_action(), seccomp.default_errno_ret())?;
    let mut named = Rules::new();
    let mut by_action: Vec<(SeccompAction, Rules)> = Vec::new();
    for call in seccomp.syscalls().as_deref().unwrap_or(&[]) {
        let act = action(call.action(), call.errno_ret())?;
        if act == default {
            continue;
        }
        let rule = match call.args().as_deref() {
            None | Some([]) => None,
            Some(args) => {
                let conds = args.iter().map(condition).collect::<Result<Vec<_>, _>>()?;
                Some(SeccompRule::new(conds).map_err(|e| SeccompError::Compile(e.to_string()))?)
            }
        };
        let idx = match by_action.iter().position(|(a, _)| *a == act) {
            Some(i) => i,
            None => {
                by_action.push((act.clone(), Rules::new()));
                by_action.len() - 1
            }
        };
        for name in call.names() {
            let Some(nr) = syscalls::number(name) else {
                continue;
            };
            add_rule(&mut named, nr, rule.as_ref());
            add_rule(&mut by_action[idx].1, nr, rule.as_ref());
        }
    }
    let mut out = Vec::new();
    if default != SeccompAction::Allow {
        out.push(build(named, default, SeccompAction::Allow, arch)?);
    }
    for (act, rules) in by_action {
        if act == SeccompAction::Allow || rules.is_empty() {
            continue;
        }
        out.push(build(with_x32(rules), SeccompAction::Allow, act, arch)?);
    }
    Ok(out)
}

#[repr(C)]
struct SockFprog {
    len: libc::c_ushort,
    filter: *const seccompiler::sock_filter,
}

/// Installs `filters` on the calling thread. Unlike `seccompiler`'s helper
/// this does not force `no_new_privs`: without it the caller needs
/// `CAP_SYS_ADMIN`, which is why the runtime installs filters before
/// dropping capabilities when `noNewPrivileges` is false (as runc does), so
/// setuid programs keep working in such containers.
pub fn install(filters: &[BpfProgram]) -> Result<(), std::io::Error> {
    for f in filters {
        if f.is_empty() {
            continue;
        }
        let len = libc::c_ushort::try_from(f.len()).map_err(|_| {
            std::io::Error::new(std::io::ErrorKind::InvalidInput, "filter too long")
        })?;
        let prog = SockFprog {
            len,
            filter: f.as_ptr(),
        };
        // SAFETY: `prog` points at a live, correctly sized instruction array;
        // the kernel copies it.
        let rc = unsafe {
            libc::syscall(
                libc::SYS_seccomp,
                libc::SECCOMP_SET_MODE_FILTER,
                0 as libc::c_ulong,
                &prog as *const SockFprog,
            )
        };
        if rc != 0 {
            return Err(std::io::Error::last_os_error());
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn caps(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    fn denied_names(s: &LinuxSeccomp) -> Vec<String> {
        s.syscalls()
            .as_deref()
            .unwrap_or(&[])
            .iter()
            .filter(|c| c.args().is_none())
            .flat_map(|c| c.names().clone())
            .collect()
    }

    #[test]
    fn default_denies_dangerous_calls() {
        let p = default_profile(&crate::runtime::defaults::capabilities());
        let names = denied_names(&p);
        for n in [
            "unshare",
            "mount",
            "keyctl",
            "bpf",
            "setns",
            "reboot",
            "open_tree",
        ] {
            assert!(names.iter().any(|x| x == n), "{n} should be denied");
        }
        assert!(!names.iter().any(|x| x == "read"));
        assert_eq!(p.default_action(), LinuxSeccompAction::ScmpActAllow);
        let clone_rules = p
            .syscalls()
            .as_deref()
            .unwrap()
            .iter()
            .filter(|c| c.names() == &["clone".to_string()])
            .count();
        assert_eq!(clone_rules, CLONE_NAMESPACE_FLAGS.len());
    }

    #[test]
    fn capabilities_lift_denials() {
        let p = default_profile(&caps(&["CAP_SYS_ADMIN", "sys_time"]));
        let names = denied_names(&p);
        for n in ["unshare", "mount", "setns", "clone3", "settimeofday"] {
            assert!(!names.iter().any(|x| x == n), "{n} should be allowed");
        }
        assert!(names.iter().any(|x| x == "keyctl"));
        assert!(names.iter().any(|x| x == "reboot"));
    }

    #[test]
    fn default_compiles_to_deny_filters() {
        let filters = default_filter(&crate::runtime::defaults::capabilities()).unwrap();
        // Default allow: one filter for EPERM, one for clone3's ENOSYS.
        assert_eq!(filters.len(), 2);
        assert!(filters.iter().all(|f| !f.is_empty() && f.len() < 4096));
    }

    #[test]
    fn unconfined_compiles_to_nothing() {
        let mut s = LinuxSeccomp::default();
        s.set_default_action(LinuxSeccompAction::ScmpActAllow);
        assert!(compile(&s).unwrap().is_empty());
    }

    #[test]
    fn allowlist_profile_compiles() {
        let json = r#"{
            "defaultAction": "SCMP_ACT_ERRNO",
            "defaultErrnoRet": 1,
            "syscalls": [
                {"names": ["read", "write", "exit_group", "no_such_call"], "action": "SCMP_ACT_ALLOW"},
                {"names": ["mount"], "action": "SCMP_ACT_ALLOW", "includes": {"caps": ["CAP_SYS_ADMIN"]}},
                {"names": ["personality"], "action": "SCMP_ACT_ALLOW",
                 "args": [{"index": 0, "value": 0, "op": "SCMP_CMP_EQ"}]},
                {"names": ["ptrace"], "action": "SCMP_ACT_KILL_PROCESS", "excludes": {"arches": ["amd64", "arm64"]}},
                {"names": ["kill"], "action": "SCMP_ACT_LOG"}
            ]
        }"#;
        let s = from_docker_profile(json, &caps(&["CAP_CHOWN"])).unwrap();
        let all: Vec<String> = s
            .syscalls()
            .as_deref()
            .unwrap()
            .iter()
            .flat_map(|c| c.names().clone())
            .collect();
        assert!(all.contains(&"read".to_string()));
        assert!(
            !all.contains(&"mount".to_string()),
            "mount needs CAP_SYS_ADMIN"
        );
        assert!(
            !all.contains(&"ptrace".to_string()),
            "excluded on this arch"
        );
        assert_eq!(s.default_action(), LinuxSeccompAction::ScmpActErrno);
        let filters = compile(&s).unwrap();
        // The default-errno filter plus one for the LOG action.
        assert_eq!(filters.len(), 2);
        let with_admin = from_docker_profile(json, &caps(&["CAP_SYS_ADMIN"])).unwrap();
        assert!(with_admin
            .syscalls()
            .as_deref()
            .unwrap()
            .iter()
            .any(|c| c.names().contains(&"mount".to_string())));
    }

    #[test]
    fn bad_profiles_are_errors() {
        assert!(matches!(
            from_docker_profile("{", &[]),
            Err(SeccompError::Json(_))
        ));
        assert!(from_docker_profile(r#"{"defaultAction": "SCMP_ACT_NOPE"}"#, &[]).is_err());
        let mut s = LinuxSeccomp::default();
        s.set_default_action(LinuxSeccompAction::ScmpActNotify);
        assert!(matches!(compile(&s), Err(SeccompError::Invalid(_))));
        let arg = LinuxSeccompArgBuilder::default()
            .index(7usize)
            .value(0u64)
            .build()
            .unwrap();
        let call = LinuxSyscallBuilder::default()
            .names(vec!["read".to_string()])
            .action(LinuxSeccompAction::ScmpActErrno)
            .args(vec![arg])
            .build()
            .unwrap();
        s.set_default_action(LinuxSeccompAction::ScmpActAllow);
        s.set_syscalls(Some(vec![call]));
        assert!(compile(&s).is_err());
    }

    #[test]
    fn kernel_versions_parse() {
        assert_eq!(parse_kernel_version("6.18.44-fc"), Some((6, 18)));
        assert_eq!(parse_kernel_version("5"), Some((5, 0)));
        assert_eq!(parse_kernel_version("x"), None);
    }
}
