//! A transient systemd user scope for a container, the way to a cgroup
//! when the user's own cgroup is not delegated (a login or SSH session
//! scope) but a systemd user manager runs: `systemd-run --user --scope`
//! starts the command in a new scope under the user's delegated
//! `user@UID.service`, with the limits as unit properties and
//! `Delegate=yes`, so the process may make cgroups below it.
//!
//! Pure planning ([`invocation`]) and detection ([`Manager::detect`]).
//! `engine::containers::limits` decides at each start whether the monitor
//! starts in a scope (cgroup v2, own cgroup not delegated, a user manager
//! with a delegated `user@UID.service`), records it in `limits.json`, and
//! `start` runs the monitor through `systemd-run`. The development host
//! (cgroup v1, no systemd) cannot run it end to end: the decision and the
//! command line are unit-tested against a fake cgroupfs tree.

use super::cgroups::Limits;
use std::path::{Path, PathBuf};

/// A reachable systemd user manager and the `systemd-run` to ask it with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Manager {
    pub systemd_run: PathBuf,
}

impl Manager {
    /// The manager of this process's user: `$XDG_RUNTIME_DIR/systemd/private`
    /// exists and `systemd-run` is on `$PATH`; `Err` says which is missing.
    pub fn detect() -> Result<Manager, String> {
        let runtime = std::env::var_os("XDG_RUNTIME_DIR").map(PathBuf::from);
        let path = std::env::var_os("PATH").unwrap_or_default();
        Manager::detect_at(runtime.as_deref(), &std::env::split_paths(&path).collect::<Vec<_>>())
    }

    pub fn detect_at(runtime_dir: Option<&Path>, path: &[PathBuf]) -> Result<Manager, String> {
        let Some(runtime) = runtime_dir else {
            return Err("XDG_RUNTIME_DIR is not set, so no systemd user manager can be reached".into());
        };
        let socket = runtime.join("systemd/private");
        if !socket.exists() {
            return Err(format!("no systemd user manager runs for this user ({} is missing)", socket.display()));
        }
        let systemd_run = path.iter().map(|d| d.join("systemd-run")).find(|p| p.is_file()).ok_or("systemd-run is not on PATH")?;
        Ok(Manager { systemd_run })
    }
}

/// The command line that runs `argv` in the transient scope
/// `dhow-<id>.scope` with `limits` as systemd properties.
pub fn invocation(manager: &Manager, id: &str, limits: &Limits, argv: &[String]) -> Vec<String> {
    let mut out = vec![
        manager.systemd_run.display().to_string(),
        "--user".into(),
        "--scope".into(),
        "--quiet".into(),
        "--collect".into(),
        format!("--unit=dhow-{id}.scope"),
        "--property=Delegate=yes".into(),
    ];
    out.extend(properties(limits).into_iter().map(|p| format!("--property={p}")));
    out.push("--".into());
    out.extend(argv.iter().cloned());
    out
}

/// systemd's resource properties for `limits` (cgroup v2 names).
pub fn properties(l: &Limits) -> Vec<String> {
    let bytes = |v: i64| if v < 0 { "infinity".to_string() } else { v.to_string() };
    let mut p = Vec::new();
    if let Some(m) = l.memory {
        p.push(format!("MemoryMax={}", bytes(m)));
    }
    if let Some(r) = l.memory_reservation {
        p.push(format!("MemoryLow={}", bytes(r)));
    }
    if let Some(s) = l.memory_swap {
        // OCI's swap is memory + swap; systemd's MemorySwapMax is swap alone.
        let swap = match (s, l.memory) {
            (s, _) if s < 0 => -1,
            (s, Some(m)) if m >= 0 => s.saturating_sub(m).max(0),
            (s, _) => s,
        };
        p.push(format!("MemorySwapMax={}", bytes(swap)));
    }
    if let Some(q) = l.cpu_quota.filter(|q| *q > 0) {
        let period = l.cpu_period.unwrap_or(100_000).max(1);
        // CPUQuota is a percentage of one CPU, at 1% granularity (at least 1%).
        let pct = (q as u64 * 100).div_ceil(period).max(1);
        p.push(format!("CPUQuota={pct}%"));
        if period != 100_000 {
            p.push(format!("CPUQuotaPeriodSec={}us", period));
        }
    }
    if let Some(s) = l.cpu_shares {
        p.push(format!("CPUWeight={}", super::cgroups::shares_to_weight(s)));
    }
    if let Some(c) = &l.cpuset_cpus {
        p.push(format!("AllowedCPUs={c}"));
    }
    if let Some(m) = &l.cpuset_mems {
        p.push(format!("AllowedMemoryNodes={m}"));
    }
    if let Some(n) = l.pids {
        p.push(format!("TasksMax={}", if n < 0 { "infinity".to_string() } else { n.to_string() }));
    }
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &[&str]) -> Vec<String> {
        s.iter().map(|w| w.to_string()).collect()
    }

    #[test]
    fn the_scope_invocation_carries_every_limit() {
        let m = Manager { systemd_run: "/usr/bin/systemd-run".into() };
        let limits = Limits {
            memory: Some(64 << 20),
            memory_reservation: Some(32 << 20),
            memory_swap: Some(96 << 20),
            cpu_quota: Some(50_000),
            cpu_period: Some(100_000),
            cpu_shares: Some(1024),
            cpuset_cpus: Some("0-1".into()),
            cpuset_mems: Some("0".into()),
            pids: Some(100),
        };
        let argv = invocation(&m, "abc", &limits, &words(&["/usr/bin/dhow", "__monitor", "abc"]));
        assert_eq!(
            argv,
            words(&[
                "/usr/bin/systemd-run",
                "--user",
                "--scope",
                "--quiet",
                "--collect",
                "--unit=dhow-abc.scope",
                "--property=Delegate=yes",
                "--property=MemoryMax=67108864",
                "--property=MemoryLow=33554432",
                "--property=MemorySwapMax=33554432",
                "--property=CPUQuota=50%",
                "--property=CPUWeight=39",
                "--property=AllowedCPUs=0-1",
                "--property=AllowedMemoryNodes=0",
                "--property=TasksMax=100",
                "--",
                "/usr/bin/dhow",
                "__monitor",
                "abc",
            ])
        );
        // Unlimited values, a quota above one CPU with its own period, and nothing at all.
        let p = properties(&Limits { memory: Some(-1), memory_swap: Some(-1), pids: Some(-1), cpu_quota: Some(300_000), cpu_period: Some(200_000), ..Default::default() });
        assert_eq!(p, words(&["MemoryMax=infinity", "MemorySwapMax=infinity", "CPUQuota=150%", "CPUQuotaPeriodSec=200000us", "TasksMax=infinity"]));
        assert!(properties(&Limits::default()).is_empty());
    }

    #[test]
    fn a_missing_manager_is_detected_and_named() {
        let dir = tempfile::tempdir().unwrap();
        let bin = dir.path().join("bin");
        std::fs::create_dir(&bin).unwrap();
        let e = Manager::detect_at(None, &[bin.clone()]).unwrap_err();
        assert!(e.contains("XDG_RUNTIME_DIR"), "{e}");
        let e = Manager::detect_at(Some(dir.path()), &[bin.clone()]).unwrap_err();
        assert!(e.contains("systemd/private is missing"), "{e}");
        std::fs::create_dir_all(dir.path().join("systemd")).unwrap();
        std::fs::write(dir.path().join("systemd/private"), "").unwrap();
        assert_eq!(Manager::detect_at(Some(dir.path()), &[bin.clone()]).unwrap_err(), "systemd-run is not on PATH");
        std::fs::write(bin.join("systemd-run"), "").unwrap();
        assert_eq!(Manager::detect_at(Some(dir.path()), &[bin.clone()]).unwrap(), Manager { systemd_run: bin.join("systemd-run") });
    }
}
