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
