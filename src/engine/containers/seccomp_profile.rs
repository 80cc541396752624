//! The default seccomp profile as an OCI `linux.seccomp` section, so the
//! same `config.json` means the same thing to the built-in runtime and to an
//! external one (`--runtime runc`).
//!
//! docker's default profile is an allow-list of about 350 syscalls; what it
//! leaves out is the set below (kernel modules, clocks, keyrings, mounts,
//! namespaces, tracing other processes' memory, kexec, ...). Expressed as a
//! deny-list it blocks the same calls while keeping binaries that use new,
//! harmless syscalls working, and it stays readable in `config.json`. Calls
//! that docker permits when the matching capability is granted are left out
//! of the list when that capability is in the container's bounding set.

use serde_json::{json, Value};

/// (syscall, capability that lifts the block, if any).
const BLOCKED: &[(&str, Option<&str>)] = &[
    ("acct", Some("CAP_SYS_PACCT")),
    ("add_key", None),
    ("bpf", Some("CAP_SYS_ADMIN")),
    ("clock_adjtime", Some("CAP_SYS_TIME")),
    ("clock_settime", Some("CAP_SYS_TIME")),
    ("create_module", Some("CAP_SYS_MODULE")),
    ("delete_module", Some("CAP_SYS_MODULE")),
    ("finit_module", Some("CAP_SYS_MODULE")),
    ("fsconfig", Some("CAP_SYS_ADMIN")),
    ("fsmount", Some("CAP_SYS_ADMIN")),
    ("fsopen", Some("CAP_SYS_ADMIN")),
    ("fspick", Some("CAP_SYS_ADMIN")),
    ("get_kernel_syms", Some("CAP_SYS_MODULE")),
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
    ("mount_setattr", Some("CAP_SYS_ADMIN")),
    ("move_mount", Some("CAP_SYS_ADMIN")),
    ("move_pages", Some("CAP_SYS_NICE")),
    ("name_to_handle_at", Some("CAP_SYS_ADMIN")),
    ("nfsservctl", None),
    ("open_by_handle_at", Some("CAP_DAC_READ_SEARCH")),
    ("open_tree", Some("CAP_SYS_ADMIN")),
    ("perf_event_open", Some("CAP_SYS_ADMIN")),
    ("pivot_root", Some("CAP_SYS_ADMIN")),
    ("process_vm_readv", Some("CAP_SYS_PTRACE")),
    ("process_vm_writev", Some("CAP_SYS_PTRACE")),
    ("query_module", Some("CAP_SYS_MODULE")),
    ("quotactl", Some("CAP_SYS_ADMIN")),
    ("reboot", Some("CAP_SYS_BOOT")),
    ("request_key", None),
    ("set_mempolicy", Some("CAP_SYS_NICE")),
    ("setns", Some("CAP_SYS_ADMIN")),
    ("settimeofday", Some("CAP_SYS_TIME")),
    ("swapoff", Some("CAP_SYS_ADMIN")),
    ("swapon", Some("CAP_SYS_ADMIN")),
    ("sysfs", None),
    ("_sysctl", None),
    ("umount2", Some("CAP_SYS_ADMIN")),
    ("unshare", Some("CAP_SYS_ADMIN")),
    ("uselib", None),
    ("userfaultfd", Some("CAP_SYS_PTRACE")),
    ("ustat", None),
    ("vm86", None),
    ("vm86old", None),
];

/// Namespace flags docker refuses in `clone` without CAP_SYS_ADMIN.
const CLONE_NS_FLAGS: &[u64] = &[
    0x0002_0000, // CLONE_NEWNS
    0x0200_0000, // CLONE_NEWCGROUP
    0x0400_0000, // CLONE_NEWUTS
    0x0800_0000, // CLONE_NEWIPC
    0x1000_0000, // CLONE_NEWUSER
    0x2000_0000, // CLONE_NEWPID
    0x4000_0000, // CLONE_NEWNET
];

/// The default profile for a container whose bounding set is `caps`.
pub fn default_profile(caps: &[String]) -> Value {
    let has = |c: &str| caps.iter().any(|x| x == c);
    let names: Vec<&str> = BLOCKED.iter().filter(|(_, cap)| !cap.is_some_and(|c| has(c))).map(|(n, _)| *n).collect();
    let mut syscalls = vec![json!({"names": names, "action": "SCMP_ACT_ERRNO", "errnoRet": 1})];
    if !has("CAP_SYS_ADMIN") {
        for flag in CLONE_NS_FLAGS {
            syscalls.push(json!({
                "names": ["clone"],
                "action": "SCMP_ACT_ERRNO",
                "errnoRet": 1,
                "args": [{"index": 0, "value": flag, "valueTwo": flag, "op": "SCMP_CMP_MASKED_EQ"}]
            }));
        }
        // clone3 passes its flags in memory seccomp cannot read: docker
        // answers ENOSYS so that libc falls back to clone.
        syscalls.push(json!({"names": ["clone3"], "action": "SCMP_ACT_ERRNO", "errnoRet": 38}));
    }
    json!({
        "defaultAction": "SCMP_ACT_ALLOW",
        "architectures": ["SCMP_ARCH_X86_64", "SCMP_ARCH_X86", "SCMP_ARCH_X32", "SCMP_ARCH_AARCH64", "SCMP_ARCH_ARM"],
        "syscalls": syscalls
    })
}

/// A profile file in docker's JSON format (`--security-opt seccomp=FILE`):
/// its fields are the OCI ones plus docker's `archMap`, `includes` and
/// `excludes` conditions, which are applied here against `caps`.
pub fn from_docker_profile(text: &str, caps: &[String]) -> anyhow::Result<Value> {
    let v: Value = serde_json::from_str(text).map_err(|e| anyhow::anyhow!("the seccomp profile is not valid JSON: {e}"))?;
    let default = v.get("defaultAction").and_then(Value::as_str).ok_or_else(|| anyhow::anyhow!("the seccomp profile has no defaultAction"))?;
    let mut syscalls = Vec::new();
    for s in v.get("syscalls").and_then(Value::as_array).into_iter().flatten() {
        let cond_caps = |key: &str| -> Vec<String> {
            s.get(key).and_then(|c| c.get("caps")).and_then(Value::as_array).map(|a| a.iter().filter_map(|x| x.as_str().map(String::from)).collect()).unwrap_or_default()
        };
        let inc = cond_caps("includes");
        let exc = cond_caps("excludes");
        if !inc.iter().all(|c| caps.contains(c)) || exc.iter().any(|c| caps.contains(c)) {
            continue;
        }
        let mut names: Vec<Value> = s.get("names").and_then(Value::as_array).cloned().unwrap_or_default();
        if let Some(n) = s.get("name").and_then(Value::as_str) {
            names.push(json!(n));
        }
        let mut rule = json!({"names": names, "action": s.get("action").cloned().unwrap_or(json!("SCMP_ACT_ALLOW"))});
        for key in ["args", "errnoRet"] {
            if let Some(x) = s.get(key).filter(|x| !x.is_null()) {
                rule[key] = x.clone();
            }
        }
        syscalls.push(rule);
    }
    let mut out = json!({"defaultAction": default, "syscalls": syscalls});
    if let Some(e) = v.get("defaultErrnoRet") {
        out["defaultErrnoRet"] = e.clone();
    }
    if let Some(a) = v.get("architectures") {
        out["architectures"] = a.clone();
    } else if let Some(m) = v.get("archMap").and_then(Value::as_array) {
        let archs: Vec<Value> = m.iter().flat_map(|e| {
            e.get("architecture").into_iter().cloned().chain(e.get("subArchitectures").and_then(Value::as_array).cloned().unwrap_or_default())
        }).collect();
        out["architectures"] = json!(archs);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_profile_follows_capabilities() {
        let p = default_profile(&["CAP_CHOWN".into()]);
        let denied = p["syscalls"][0]["names"].as_array().unwrap();
        assert!(denied.contains(&json!("mount")) && denied.contains(&json!("keyctl")));
        assert!(p["syscalls"].as_array().unwrap().iter().any(|s| s["names"] == json!(["clone"])));
        let admin = default_profile(&["CAP_SYS_ADMIN".into()]);
        let denied = admin["syscalls"][0]["names"].as_array().unwrap();
        assert!(!denied.contains(&json!("mount")), "CAP_SYS_ADMIN lifts the mount block");
        assert!(denied.contains(&json!("keyctl")), "keyctl stays blocked");
        assert!(!admin["syscalls"].as_array().unwrap().iter().any(|s| s["names"] == json!(["clone"])));
        // It deserialises as an OCI seccomp section.
        let _: oci_spec::runtime::LinuxSeccomp = serde_json::from_value(p).unwrap();
    }

    #[test]
    fn docker_profile_conditions() {
        let text = r#"{"defaultAction":"SCMP_ACT_ERRNO","archMap":[{"architecture":"SCMP_ARCH_X86_64","subArchitectures":["SCMP_ARCH_X86"]}],
          "syscalls":[{"names":["read","write"],"action":"SCMP_ACT_ALLOW"},
                      {"names":["mount"],"action":"SCMP_ACT_ALLOW","includes":{"caps":["CAP_SYS_ADMIN"]}},
                      {"names":["chmod"],"action":"SCMP_ACT_ALLOW","excludes":{"caps":["CAP_FOWNER"]}}]}"#;
        let p = from_docker_profile(text, &["CAP_FOWNER".into()]).unwrap();
        assert_eq!(p["syscalls"].as_array().unwrap().len(), 1, "{p}");
        assert_eq!(p["architectures"], json!(["SCMP_ARCH_X86_64", "SCMP_ARCH_X86"]));
        let _: oci_spec::runtime::LinuxSeccomp = serde_json::from_value(p).unwrap();
        assert!(from_docker_profile("{", &[]).is_err());
        assert!(from_docker_profile("{}", &[]).unwrap_err().to_string().contains("defaultAction"));
    }
}
