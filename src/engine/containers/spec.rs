//! The OCI runtime spec (`config.json`) for a container: the one place where
//! docker's run options become namespaces, mounts, capabilities, seccomp,
//! rlimits and the process to run. The runtime executes it and knows nothing
//! else; generated at each start so a changed rootfs path or user database is
//! picked up.

use crate::runtime::{defaults, seccomp};
use super::user::ExecUser;
use crate::container::ContainerRecord;
use anyhow::{bail, Context, Result};
use serde_json::{json, Value};
use std::path::Path;

/// Every capability the kernel knows, for `--privileged` and `--cap-add ALL`.
pub fn all_caps() -> Vec<String> {
    let mut all: Vec<String> = caps::all().into_iter().map(|c| c.to_string()).collect();
    all.sort();
    all
}

fn normalize_cap(c: &str) -> String {
    let up = c.trim().to_ascii_uppercase();
    if up == "ALL" || up.starts_with("CAP_") {
        up
    } else {
        format!("CAP_{up}")
    }
}

/// The bounding set: docker's defaults, `--cap-add`, `--cap-drop` (either
/// may say ALL), or everything with `--privileged`.
pub fn capabilities(privileged: bool, add: &[String], drop: &[String]) -> Result<Vec<String>> {
    let all = all_caps();
    if privileged {
        return Ok(all);
    }
    let add: Vec<String> = add.iter().map(|c| normalize_cap(c)).collect();
    let drop: Vec<String> = drop.iter().map(|c| normalize_cap(c)).collect();
    for c in add.iter().chain(drop.iter()) {
        if c != "ALL" && !all.contains(c) {
            bail!("unknown capability {c:?} (see 'man 7 capabilities' for the names)");
        }
    }
    let mut set: Vec<String> = if drop.iter().any(|c| c == "ALL") { vec![] } else { defaults::capabilities() };
    set.retain(|c| !drop.contains(c));
    if add.iter().any(|c| c == "ALL") {
        set = all.iter().filter(|c| !drop.contains(c)).cloned().collect();
    } else {
        for c in add {
            if !set.contains(&c) {
                set.push(c);
            }
        }
    }
    set.sort();
    Ok(set)
}

/// Files the engine prepares for the container and bind-mounts in.
pub struct PreparedFiles<'a> {
    pub hosts: &'a Path,
    pub hostname: &'a Path,
    pub resolv_conf: &'a Path,
}

/// Builds the spec. `env` is the final environment, `args` the final command.
pub fn generate(record: &ContainerRecord, rootfs: &Path, user: &ExecUser, files: &PreparedFiles<'_>) -> Result<oci_spec::runtime::Spec> {
    let host = &record.host;
    let caps = capabilities(host.privileged, &host.cap_add, &host.cap_drop)?;
    let mut no_new_privs = false;
    let mut seccomp_section: Option<Value> =
        if host.privileged { None } else { Some(serde_json::to_value(seccomp::default_profile(&caps)).context("encoding the seccomp profile")?) };
    for opt in &host.security_opt {
        let (key, value) = opt.split_once('=').or_else(|| opt.split_once(':')).unwrap_or((opt.as_str(), ""));
        match (key, value) {
            ("no-new-privileges", "" | "true") => no_new_privs = true,
            ("no-new-privileges", "false") => no_new_privs = false,
            ("seccomp", "unconfined") => seccomp_section = None,
            ("seccomp", file) if !file.is_empty() => {
                let text = std::fs::read_to_string(file).with_context(|| format!("reading seccomp profile {file}"))?;
                let profile = seccomp::from_docker_profile(&text, &caps).map_err(|e| anyhow::anyhow!("seccomp profile {file}: {e}"))?;
                seccomp_section = Some(serde_json::to_value(profile)?);
            }
            ("label" | "apparmor", _) => {} // no SELinux/AppArmor here, as podman on such a host
            ("mask" | "unmask", _) => {}
            _ => bail!("invalid --security-opt {opt:?}: use no-new-privileges, seccomp=unconfined or seccomp=FILE"),
        }
    }
    let env = environment(record, user);
    let cwd = if record.config.working_dir.is_empty() { "/".to_string() } else { record.config.working_dir.clone() };

    let (nofile_soft, nofile_hard) = nix::sys::resource::getrlimit(nix::sys::resource::Resource::RLIMIT_NOFILE).unwrap_or((1024, 1024));
    let (nproc_soft, nproc_hard) = nix::sys::resource::getrlimit(nix::sys::resource::Resource::RLIMIT_NPROC).unwrap_or((4096, 4096));
    let mut rlimits = vec![
        // As podman rootless: raise the soft limits to what the user may.
        json!({"type": "RLIMIT_NOFILE", "soft": nofile_hard.max(nofile_soft), "hard": nofile_hard}),
        json!({"type": "RLIMIT_NPROC", "soft": nproc_hard.max(nproc_soft), "hard": nproc_hard}),
    ];
    for u in &host.ulimits {
        let ty = format!("RLIMIT_{}", u.name.to_ascii_uppercase());
        rlimits.retain(|r| r["type"] != json!(ty));
        rlimits.push(json!({"type": ty, "soft": u.soft, "hard": u.hard}));
    }

    // docker's default mounts (devpts with gid=5: our mapping includes it).
    let mut mounts: Vec<Value> = defaults::default_mounts(false).iter().map(serde_json::to_value).collect::<Result<_, _>>()?;
    for (dest, src) in [("/etc/hosts", files.hosts), ("/etc/hostname", files.hostname), ("/etc/resolv.conf", files.resolv_conf)] {
        // A user's -v over one of these wins, as in docker; --no-hosts
        // leaves the image's /etc/hosts.
        if host.mounts.iter().any(|m| m.destination == dest) || (host.no_hosts && dest == "/etc/hosts") {
            continue;
        }
        mounts.push(json!({"destination": dest, "type": "bind", "source": src, "options": ["rbind", "rprivate", "nosuid", "nodev"]}));
    }
    for (dest, opts) in &host.tmpfs {
        let mut o: Vec<String> = vec!["nosuid".into(), "nodev".into()];
        o.extend(opts.split(',').filter(|s| !s.is_empty()).map(String::from));
        if !o.iter().any(|x| x.starts_with("mode=")) {
            o.push("mode=1777".into());
        }
        mounts.push(json!({"destination": dest, "type": "tmpfs", "source": "tmpfs", "options": o}));
    }
    mounts.extend(user_mounts(&host.mounts));
    mounts.extend(super::sdnotify::container_mount(record));

    let mut linux = json!({
        "namespaces": [{"type": "pid"}, {"type": "mount"}, {"type": "ipc"}, {"type": "uts"}, {"type": "network"}],
        "rootfsPropagation": "rprivate",
    });
    if !host.privileged {
        linux["maskedPaths"] = json!(defaults::masked_paths());
        linux["readonlyPaths"] = json!(defaults::readonly_paths());
    }
    if let Some(s) = seccomp_section {
        linux["seccomp"] = s;
    }
    let spec = json!({
        "ociVersion": "1.0.2",
        "process": {
            "terminal": record.config.tty,
            "user": {"uid": user.uid, "gid": user.gid, "additionalGids": user.additional_gids},
            "args": record.command,
            "env": env,
            "cwd": cwd,
            "capabilities": {"bounding": caps, "effective": caps, "permitted": caps},
            "rlimits": rlimits,
            "noNewPrivileges": no_new_privs,
        },
        "root": {"path": rootfs, "readonly": host.read_only},
        "hostname": record.config.hostname,
        "mounts": mounts,
        "linux": linux,
        "annotations": {(crate::runtime::reaper::ANNOTATION): if host.init { "true" } else { "false" }, "io.dhow.container.id": record.id},
    });
    serde_json::from_value(spec).context("building the OCI runtime spec")
}

/// `-v`/`--mount`/`--volumes-from` mounts (already parent-first): binds
/// and volumes are recursive binds, read-only by a remount; tmpfs as
/// `--tmpfs`.
fn user_mounts(list: &[crate::container::record::Mount]) -> Vec<Value> {
    list.iter()
        .map(|m| {
            if m.kind == "tmpfs" {
                let mut o: Vec<String> = vec!["nosuid".into(), "nodev".into()];
                o.extend(m.tmpfs_options.iter().cloned());
                if !o.iter().any(|x| x.starts_with("mode=")) {
                    o.push("mode=1777".into());
                }
                if m.read_only {
                    o.push("ro".into());
                }
                return json!({"destination": m.destination, "type": "tmpfs", "source": "tmpfs", "options": o});
            }
            let mut o = vec!["rbind".to_string(), if m.propagation.is_empty() { "rprivate".to_string() } else { m.propagation.clone() }];
            if m.read_only {
                o.push("ro".into());
            }
            json!({"destination": m.destination, "type": "bind", "source": m.source, "options": o})
        })
        .collect()
}

/// The environment: the record's (image env with `-e` applied), plus
/// PATH, HOSTNAME, HOME and TERM as docker adds them.
pub fn environment(record: &ContainerRecord, user: &ExecUser) -> Vec<String> {
    let mut env = record.config.env.clone();
    env.extend(super::sdnotify::container_env(record));
    let has = |env: &[String], k: &str| env.iter().any(|e| e.split('=').next() == Some(k));
    if !has(&env, "PATH") {
        env.insert(0, "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin".into());
    }
    if !has(&env, "HOSTNAME") {
        env.push(format!("HOSTNAME={}", record.config.hostname));
    }
    if !has(&env, "HOME") {
        env.push(format!("HOME={}", user.home));
    }
    if record.config.tty && !has(&env, "TERM") {
        env.push("TERM=xterm".into());
    }
    env
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capability_arithmetic() {
        let d = capabilities(false, &[], &[]).unwrap();
        assert_eq!(d.len(), defaults::capabilities().len());
        let c = capabilities(false, &["sys_admin".into()], &["NET_RAW".into()]).unwrap();
        assert!(c.contains(&"CAP_SYS_ADMIN".into()) && !c.contains(&"CAP_NET_RAW".into()));
        assert_eq!(capabilities(false, &["CAP_CHOWN".into()], &["ALL".into()]).unwrap(), vec!["CAP_CHOWN".to_string()]);
        assert!(capabilities(false, &["ALL".into()], &[]).unwrap().len() > d.len());
        assert!(capabilities(false, &["CAP_BOGUS".into()], &[]).unwrap_err().to_string().contains("unknown capability"));
        assert_eq!(capabilities(true, &[], &[]).unwrap(), all_caps());
    }
}
