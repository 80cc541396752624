//! Resource-limit flags, defined once: [`LimitArgs`] are shared by
//! `create`/`run` and `update`; [`ResourceArgs`] adds the ones only
//! `create`/`run` take (docker's split).

use crate::container::resources::ResourceFlags;
use clap::Args;

/// Limits that `update` can change on a running container too.
#[derive(Args, Debug, Clone, Default)]
pub struct LimitArgs {
    /// Memory limit (e.g. 512m, 2g; minimum 6m)
    #[arg(short = 'm', long, value_name = "BYTES")]
    pub memory: Option<String>,
    /// Memory soft limit
    #[arg(long = "memory-reservation", value_name = "BYTES")]
    pub memory_reservation: Option<String>,
    /// Memory plus swap limit: BYTES, or -1 for unlimited swap (default: twice --memory)
    #[arg(long = "memory-swap", value_name = "BYTES", allow_hyphen_values = true)]
    pub memory_swap: Option<String>,
    /// Number of CPUs (e.g. 1.5)
    #[arg(long, value_name = "NUMBER", allow_hyphen_values = true)]
    pub cpus: Option<String>,
    /// CPU shares (relative weight; default 1024)
    #[arg(short = 'c', long = "cpu-shares", value_name = "SHARES", allow_negative_numbers = true)]
    pub cpu_shares: Option<i64>,
    /// Limit the CPU CFS period (microseconds)
    #[arg(long = "cpu-period", value_name = "MICROSECONDS", allow_negative_numbers = true)]
    pub cpu_period: Option<i64>,
    /// Limit the CPU CFS quota (microseconds per period; -1 unlimited)
    #[arg(long = "cpu-quota", value_name = "MICROSECONDS", allow_negative_numbers = true)]
    pub cpu_quota: Option<i64>,
    /// CPUs in which to allow execution (0-3, 0,1)
    #[arg(long = "cpuset-cpus", value_name = "LIST")]
    pub cpuset_cpus: Option<String>,
    /// Memory nodes in which to allow execution (0-3, 0,1)
    #[arg(long = "cpuset-mems", value_name = "LIST")]
    pub cpuset_mems: Option<String>,
    /// Maximum number of processes (0 or -1: unlimited)
    #[arg(long = "pids-limit", value_name = "N", allow_negative_numbers = true)]
    pub pids_limit: Option<i64>,
}

/// `create`/`run`: the limits plus the cgroup placement and OOM score.
#[derive(Args, Debug, Clone, Default)]
pub struct ResourceArgs {
    #[command(flatten)]
    pub limits: LimitArgs,
    /// Tune the host's OOM preferences for the container (-1000 to 1000)
    #[arg(long = "oom-score-adj", value_name = "N", allow_negative_numbers = true)]
    pub oom_score_adj: Option<i32>,
    /// Cgroup you own under which the container's cgroup is created: absolute from each hierarchy's root, or relative to your own cgroup (v2: to your delegated subtree); default $DHOW_CGROUP_PARENT
    #[arg(long = "cgroup-parent", value_name = "PATH")]
    pub cgroup_parent: Option<String>,
    /// Whether the container gets a cgroup: enabled or disabled
    #[arg(long, value_name = "MODE")]
    pub cgroups: Option<String>,
    #[command(flatten)]
    pub unenforced: UnenforcedArgs,
}

/// podman's block I/O, real-time CPU, swappiness, OOM-killer and raw
/// cgroup flags: checked as podman checks them, then a warning says they
/// are not enforced: dhow programs none of these controls (podman too
/// ignores them, with a warning, for rootless containers on cgroup v1).
#[derive(Args, Debug, Clone, Default)]
pub struct UnenforcedArgs {
    /// Block I/O weight, 10 to 1000 (not enforced: a warning says so)
    #[arg(long = "blkio-weight", value_name = "WEIGHT")]
    pub blkio_weight: Option<u64>,
    /// Block I/O weight of a device: DEVICE:WEIGHT (not enforced)
    #[arg(long = "blkio-weight-device", value_name = "DEVICE:WEIGHT")]
    pub blkio_weight_device: Vec<String>,
    /// Raw cgroup setting: KEY=VALUE (not enforced)
    #[arg(long = "cgroup-conf", value_name = "KEY=VALUE")]
    pub cgroup_conf: Vec<String>,
    /// Real-time CPU period in microseconds (not enforced)
    #[arg(long = "cpu-rt-period", value_name = "MICROSECONDS")]
    pub cpu_rt_period: Option<u64>,
    /// Real-time CPU runtime in microseconds (not enforced)
    #[arg(long = "cpu-rt-runtime", value_name = "MICROSECONDS", allow_negative_numbers = true)]
    pub cpu_rt_runtime: Option<i64>,
    /// Read rate limit of a device: DEVICE:RATE (e.g. /dev/sda:1mb; not enforced)
    #[arg(long = "device-read-bps", value_name = "DEVICE:RATE")]
    pub device_read_bps: Vec<String>,
    /// Read operations per second of a device: DEVICE:N (not enforced)
    #[arg(long = "device-read-iops", value_name = "DEVICE:N")]
    pub device_read_iops: Vec<String>,
    /// Write rate limit of a device: DEVICE:RATE (not enforced)
    #[arg(long = "device-write-bps", value_name = "DEVICE:RATE")]
    pub device_write_bps: Vec<String>,
    /// Write operations per second of a device: DEVICE:N (not enforced)
    #[arg(long = "device-write-iops", value_name = "DEVICE:N")]
    pub device_write_iops: Vec<String>,
    /// Memory swappiness, 0 to 100 (-1: the host's; not enforced)
    #[arg(long = "memory-swappiness", value_name = "N", allow_negative_numbers = true)]
    pub memory_swappiness: Option<i64>,
    /// Disable the OOM killer for the container (not enforced)
    #[arg(long = "oom-kill-disable")]
    pub oom_kill_disable: bool,
}

impl UnenforcedArgs {
    /// [`Self::check`], then a warning for each flag given; how many were.
    pub fn check_and_warn(&self) -> anyhow::Result<usize> {
        let given = self.check()?;
        for flag in &given {
            eprintln!("WARNING: {flag} is not enforced: dhow sets no block I/O, real-time CPU, swappiness, OOM-killer or raw cgroup limits (podman ignores them too for rootless containers on cgroup v1)");
        }
        Ok(given.len())
    }

    /// Checks the values as podman does; returns the flags given (each
    /// then gets a warning).
    pub fn check(&self) -> anyhow::Result<Vec<&'static str>> {
        use anyhow::bail;
        let mut given = Vec::new();
        let weight = |flag: &str, w: u64| -> anyhow::Result<()> {
            if !(10..=1000).contains(&w) {
                bail!("invalid {flag} {w}: the weight must be in range [10, 1000]");
            }
            Ok(())
        };
        let device = |flag: &str, v: &str| -> anyhow::Result<String> {
            match v.rsplit_once(':') {
                Some((d, n)) if d.starts_with('/') && !n.is_empty() => Ok(n.to_string()),
                _ => bail!("invalid {flag} {v:?}: expected DEVICE:VALUE with an absolute device path"),
            }
        };
        if let Some(w) = self.blkio_weight {
            weight("--blkio-weight", w)?;
            given.push("--blkio-weight");
        }
        for v in &self.blkio_weight_device {
            let n = device("--blkio-weight-device", v)?;
            weight("--blkio-weight-device", n.parse().map_err(|_| anyhow::anyhow!("invalid --blkio-weight-device {v:?}: the weight must be a number"))?)?;
        }
        for (flag, list, rate) in [
            ("--device-read-bps", &self.device_read_bps, true),
            ("--device-write-bps", &self.device_write_bps, true),
            ("--device-read-iops", &self.device_read_iops, false),
            ("--device-write-iops", &self.device_write_iops, false),
        ] {
            for v in list {
                let n = device(flag, v)?;
                let ok = if rate { crate::util::human::parse_size(&n).is_ok() } else { n.parse::<u64>().is_ok() };
                if !ok {
                    bail!("invalid {flag} {v:?}: {}", if rate { "the rate must be a size such as 1mb" } else { "the value must be a number" });
                }
            }
            if !list.is_empty() {
                given.push(flag);
            }
        }
        if !self.blkio_weight_device.is_empty() {
            given.push("--blkio-weight-device");
        }
        if let Some(c) = self.cgroup_conf.iter().find(|c| c.split_once('=').is_none_or(|(k, _)| k.is_empty())) {
            bail!("invalid --cgroup-conf {c:?}: expected KEY=VALUE");
        }
        if !self.cgroup_conf.is_empty() {
            given.push("--cgroup-conf");
        }
        if self.cpu_rt_period.is_some() {
            given.push("--cpu-rt-period");
        }
        if self.cpu_rt_runtime.is_some() {
            given.push("--cpu-rt-runtime");
        }
        if let Some(s) = self.memory_swappiness {
            if !(-1..=100).contains(&s) {
                bail!("invalid --memory-swappiness {s}: must be a value between 0 and 100 (or -1 for the host's)");
            }
            if s >= 0 {
                given.push("--memory-swappiness");
            }
        }
        if self.oom_kill_disable {
            given.push("--oom-kill-disable");
        }
        Ok(given)
    }
}

impl LimitArgs {
    pub fn flags(&self) -> ResourceFlags {
        ResourceFlags {
            memory: self.memory.clone(),
            memory_reservation: self.memory_reservation.clone(),
            memory_swap: self.memory_swap.clone(),
            cpus: self.cpus.clone(),
            cpu_shares: self.cpu_shares,
            cpu_period: self.cpu_period,
            cpu_quota: self.cpu_quota,
            cpuset_cpus: self.cpuset_cpus.clone(),
            cpuset_mems: self.cpuset_mems.clone(),
            pids_limit: self.pids_limit,
            ..Default::default()
        }
    }
}

impl ResourceArgs {
    pub fn flags(&self) -> ResourceFlags {
        ResourceFlags {
            oom_score_adj: self.oom_score_adj,
            cgroup_parent: self.cgroup_parent.clone(),
            cgroups: self.cgroups.clone(),
            ..self.limits.flags()
        }
    }
}
