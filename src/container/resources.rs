//! Resource limits of a container (`-m`, `--cpus`, `--pids-limit`, ...):
//! the values as docker records them in `HostConfig`, parsed with docker's
//! units, ranges and error messages. Pure: the host facts the checks need
//! (CPU count, online CPUs and memory nodes) are passed in.

use serde::{Deserialize, Serialize};

/// docker's minimum for `--memory` and `--memory-reservation` (6 MiB).
pub const MIN_MEMORY: i64 = 6 * 1024 * 1024;
/// The CFS period used for `--cpus` (docker's, 100 ms).
pub const DEFAULT_CPU_PERIOD: i64 = 100_000;

/// The limits as recorded with the container; 0 / "" / `None` = not set
/// (docker's zero values). Field names follow docker's `HostConfig`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Resources {
    /// `-m`: bytes.
    pub memory: i64,
    /// `--memory-reservation`: bytes (a soft limit).
    pub memory_reservation: i64,
    /// `--memory-swap`: memory + swap in bytes; -1 = unlimited swap.
    pub memory_swap: i64,
    /// `--cpus` in billionths of a CPU.
    pub nano_cpus: i64,
    /// `-c`: relative weight (docker's 2..262144, 1024 = default).
    pub cpu_shares: i64,
    /// `--cpu-period` / `--cpu-quota`: CFS microseconds.
    pub cpu_period: i64,
    pub cpu_quota: i64,
    pub cpuset_cpus: String,
    pub cpuset_mems: String,
    /// `--pids-limit`: `None` = unlimited (docker's null).
    pub pids_limit: Option<i64>,
    /// `--oom-score-adj` (-1000..1000).
    pub oom_score_adj: i32,
    /// `--cgroup-parent` as given: absolute from each hierarchy's root,
    /// relative from dhow's own cgroup in each hierarchy.
    pub cgroup_parent: String,
    /// `--cgroups disabled`: never create a cgroup for this container.
    pub cgroups_disabled: bool,
}

/// The flags as typed (`None` = not given), for create and update.
#[derive(Debug, Clone, Default)]
pub struct ResourceFlags {
    pub memory: Option<String>,
    pub memory_reservation: Option<String>,
    pub memory_swap: Option<String>,
    pub cpus: Option<String>,
    pub cpu_shares: Option<i64>,
    pub cpu_period: Option<i64>,
    pub cpu_quota: Option<i64>,
    pub cpuset_cpus: Option<String>,
    pub cpuset_mems: Option<String>,
    pub pids_limit: Option<i64>,
    pub oom_score_adj: Option<i32>,
    pub cgroup_parent: Option<String>,
    pub cgroups: Option<String>,
}

impl ResourceFlags {
    /// Whether any limit flag was given (update needs at least one).
    pub fn any_limit(&self) -> bool {
        self.memory.is_some()
            || self.memory_reservation.is_some()
            || self.memory_swap.is_some()
            || self.cpus.is_some()
            || self.cpu_shares.is_some()
            || self.cpu_period.is_some()
            || self.cpu_quota.is_some()
            || self.cpuset_cpus.is_some()
            || self.cpuset_mems.is_some()
            || self.pids_limit.is_some()
    }
}

/// What the checks need to know about the host.
#[derive(Debug, Clone)]
pub struct HostCpus {
    /// Number of CPUs (docker's `sysinfo.NumCPU`).
    pub count: usize,
    /// Online CPUs and memory nodes as cpuset lists ("0-3").
    pub cpus: String,
    pub mems: String,
}

impl HostCpus {
    /// This machine.
    pub fn detect() -> HostCpus {
        let read = |p: &str| std::fs::read_to_string(p).map(|s| s.trim().to_string()).unwrap_or_default();
        let count = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
        let mut cpus = read("/sys/devices/system/cpu/online");
        if cpus.is_empty() {
            cpus = format!("0-{}", count.saturating_sub(1));
        }
        let mut mems = read("/sys/devices/system/node/online");
        if mems.is_empty() {
            mems = "0".into();
        }
        HostCpus { count, cpus, mems }
    }
}

/// docker's `units.RAMInBytes`: `N[.N][ ][kmgtp][i][b]`, binary multiples,
/// case-insensitive; errors read `invalid size: 'X'`.
pub fn ram_in_bytes(s: &str) -> Result<i64, String> {
    let bad = || format!("invalid size: '{s}'");
    let lower = s.to_ascii_lowercase();
    let digits_end = lower.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(lower.len());
    let (num, rest) = lower.split_at(digits_end);
    if num.is_empty() || !num.starts_with(|c: char| c.is_ascii_digit()) || num.ends_with('.') || num.contains("..") {
        return Err(bad());
    }
    let rest = rest.strip_prefix(' ').unwrap_or(rest);
    let mut chars = rest.chars().peekable();
    let mult: f64 = match chars.peek() {
        Some('k') => 1024f64,
        Some('m') => 1024f64.powi(2),
        Some('g') => 1024f64.powi(3),
        Some('t') => 1024f64.powi(4),
        Some('p') => 1024f64.powi(5),
        _ => 1.0,
    };
    if mult > 1.0 {
        chars.next();
    }
    if chars.peek() == Some(&'i') {
        chars.next();
    }
    if chars.peek() == Some(&'b') {
        chars.next();
    }
    if chars.next().is_some() {
        return Err(bad());
    }
    // docker's regexp takes "1.2.3" and ParseFloat then stops at the first
    // number; refuse it instead of guessing.
    let value: f64 = num.parse().map_err(|_| bad())?;
    Ok((value * mult) as i64)
}

/// `--memory-swap`: `-1` (unlimited) or a size.
fn mem_swap_bytes(s: &str) -> Result<i64, String> {
    if s == "-1" {
        Ok(-1)
    } else {
        ram_in_bytes(s)
    }
}

/// `--cpus`: a decimal number of CPUs → billionths, refusing more than 9
/// decimals as docker does ("value is too precise").
pub fn parse_nano_cpus(s: &str) -> Result<i64, String> {
    let bad = || format!("failed to parse {s} as a rational number");
    let t = s.trim();
    let (neg, t) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let (int, frac) = t.split_once('.').unwrap_or((t, ""));
    if (int.is_empty() && frac.is_empty()) || !int.chars().all(|c| c.is_ascii_digit()) || !frac.chars().all(|c| c.is_ascii_digit()) {
        return Err(bad());
    }
    let frac = frac.trim_end_matches('0');
    if frac.len() > 9 {
        return Err("value is too precise".into());
    }
    let int: i64 = if int.is_empty() { 0 } else { int.parse().map_err(|_| bad())? };
    let frac_nanos: i64 = if frac.is_empty() { 0 } else { format!("{frac:0<9}").parse().map_err(|_| bad())? };
    let n = int.checked_mul(1_000_000_000).and_then(|v| v.checked_add(frac_nanos)).ok_or_else(bad)?;
    Ok(if neg { -n } else { n })
}

/// A cpuset list ("0-3,5") → the numbers it names; `None` when malformed.
pub fn parse_list(s: &str) -> Option<Vec<u32>> {
    let mut out = Vec::new();
    if s.trim().is_empty() {
        return Some(out);
    }
    for part in s.split(',') {
        match part.split_once('-') {
            Some((a, b)) => {
                let (a, b): (u32, u32) = (a.trim().parse().ok()?, b.trim().parse().ok()?);
                if a > b || b - a > 65_536 {
                    return None;
                }
                out.extend(a..=b);
            }
            None => out.push(part.trim().parse().ok()?),
        }
    }
    out.sort_unstable();
    out.dedup();
    Some(out)
}

/// docker's message for CPU counts out of range.
fn cpus_range_error(count: usize) -> String {
    format!("range of CPUs is from 0.01 to {count}.00, as there are only {count} CPUs available")
}

/// Checks a cpuset list against what the host has.
fn check_cpuset(value: &str, available: &str, what: &str, flag: &str) -> Result<(), String> {
    let want = parse_list(value).ok_or_else(|| format!("invalid value {value:?} for {flag}: use a list like 0-3,5"))?;
    let have = parse_list(available).unwrap_or_default();
    if want.iter().any(|n| !have.contains(n)) {
        return Err(format!("Requested {what} are not available - requested {value}, available: {available}"));
    }
    Ok(())
}

impl Resources {
    /// Applies `flags` over `self` (the container's current limits for
    /// `update`, the defaults for `create`) and checks the result as
    /// docker's client and daemon do. Errors are docker's messages.
    pub fn apply(&self, flags: &ResourceFlags, host: &HostCpus) -> Result<Resources, String> {
        let mut r = self.clone();
        let flag_err = |flag: &str, v: &str, e: String| format!("invalid argument {v:?} for \"{flag}\" flag: {e}");
        if let Some(v) = &flags.memory {
            r.memory = ram_in_bytes(v).map_err(|e| flag_err("-m, --memory", v, e))?;
        }
        if let Some(v) = &flags.memory_reservation {
            r.memory_reservation = ram_in_bytes(v).map_err(|e| flag_err("--memory-reservation", v, e))?;
        }
        let swap_given = flags.memory_swap.is_some();
        if let Some(v) = &flags.memory_swap {
            r.memory_swap = mem_swap_bytes(v).map_err(|e| flag_err("--memory-swap", v, e))?;
        }
        if let Some(v) = &flags.cpus {
            r.nano_cpus = parse_nano_cpus(v).map_err(|e| flag_err("--cpus", v, e))?;
        }
        if let Some(v) = flags.cpu_shares {
            r.cpu_shares = v;
        }
        if let Some(v) = flags.cpu_period {
            r.cpu_period = v;
        }
        if let Some(v) = flags.cpu_quota {
            r.cpu_quota = v;
        }
        if let Some(v) = &flags.cpuset_cpus {
            r.cpuset_cpus = v.clone();
        }
        if let Some(v) = &flags.cpuset_mems {
            r.cpuset_mems = v.clone();
        }
        if let Some(v) = flags.pids_limit {
            // docker: 0 and negative values mean unlimited.
            r.pids_limit = (v > 0).then_some(v);
        }
        if let Some(v) = flags.oom_score_adj {
            r.oom_score_adj = v;
        }
        if let Some(v) = &flags.cgroup_parent {
            r.cgroup_parent = v.clone();
        }
        if let Some(v) = &flags.cgroups {
            r.cgroups_disabled = match v.as_str() {
                "enabled" => false,
                "disabled" => true,
                other => return Err(format!("invalid --cgroups {other:?}: use enabled or disabled")),
            };
        }
        // A new -m without --memory-swap: docker's default of twice the memory.
        if flags.memory.is_some() && !swap_given && r.memory > 0 && r.memory_swap != -1 {
            r.memory_swap = 2 * r.memory;
        }
        r.check(host)?;
        Ok(r)
    }

    /// docker's daemon-side checks (`verifyPlatformContainerResources`).
    pub fn check(&self, host: &HostCpus) -> Result<(), String> {
        if self.memory != 0 && self.memory < MIN_MEMORY {
            return Err("Minimum memory limit allowed is 6MB".into());
        }
        if self.memory_swap != 0 && self.memory_swap != -1 {
            if self.memory == 0 {
                return Err("You should always set the Memory limit when using Memoryswap limit, see usage".into());
            }
            if self.memory_swap < self.memory {
                return Err("Minimum memoryswap limit should be larger than memory limit, see usage".into());
            }
        }
        if self.memory_reservation != 0 && self.memory_reservation < MIN_MEMORY {
            return Err("Minimum memory reservation allowed is 6MB".into());
        }
        if self.memory > 0 && self.memory_reservation > 0 && self.memory < self.memory_reservation {
            return Err("Minimum memory limit can not be less than memory reservation limit, see usage".into());
        }
        if self.nano_cpus != 0 {
            if self.cpu_period != 0 {
                return Err("Conflicting options: Nano CPUs and CPU Period cannot both be set".into());
            }
            if self.cpu_quota != 0 {
                return Err("Conflicting options: Nano CPUs and CPU Quota cannot both be set".into());
            }
            if self.nano_cpus < 10_000_000 || self.nano_cpus > host.count as i64 * 1_000_000_000 {
                return Err(cpus_range_error(host.count));
            }
        }
        if self.cpu_shares < 0 {
            return Err(format!("invalid CPU shares {}: it must not be negative", self.cpu_shares));
        }
        if self.cpu_period != 0 && !(1000..=1_000_000).contains(&self.cpu_period) {
            return Err("CPU cfs period can not be less than 1ms (i.e. 1000) or larger than 1s (i.e. 1000000)".into());
        }
        if self.cpu_quota > 0 && self.cpu_quota < 1000 {
            return Err("CPU cfs quota can not be less than 1ms (i.e. 1000)".into());
        }
        if !self.cpuset_cpus.is_empty() {
            check_cpuset(&self.cpuset_cpus, &host.cpus, "CPUs", "--cpuset-cpus")?;
        }
        if !self.cpuset_mems.is_empty() {
            check_cpuset(&self.cpuset_mems, &host.mems, "memory nodes", "--cpuset-mems")?;
        }
        if !(-1000..=1000).contains(&self.oom_score_adj) {
            return Err(format!("Invalid value {}, range for oom score adj is [-1000, 1000]", self.oom_score_adj));
        }
        Ok(())
    }

    /// The CFS (quota, period) in microseconds to enforce, if any: from
    /// `--cpus` (period 100 ms) or `--cpu-quota`/`--cpu-period`.
    pub fn cfs(&self) -> Option<(i64, i64)> {
        if self.nano_cpus > 0 {
            return Some((self.nano_cpus * DEFAULT_CPU_PERIOD / 1_000_000_000, DEFAULT_CPU_PERIOD));
        }
        if self.cpu_quota > 0 || self.cpu_period > 0 {
            let period = if self.cpu_period > 0 { self.cpu_period } else { DEFAULT_CPU_PERIOD };
            return Some((self.cpu_quota, period));
        }
        None
    }

    /// docker clamps shares to 2..=262144 (the kernel's v1 range).
    pub fn effective_shares(&self) -> Option<u64> {
        (self.cpu_shares > 0).then(|| self.cpu_shares.clamp(2, 262_144) as u64)
    }

    /// Whether any limit that needs enforcing is set.
    pub fn any(&self) -> bool {
        !self.limits().is_empty()
    }

    /// The limits that are set, by the name the warnings and inspect use.
    pub fn limits(&self) -> Vec<Limit> {
        let mut out = Vec::new();
        if self.memory > 0 {
            out.push(Limit::Memory);
        }
        if self.memory_reservation > 0 {
            out.push(Limit::MemoryReservation);
        }
        if self.memory_swap > 0 {
            out.push(Limit::MemorySwap);
        }
        if self.cfs().is_some_and(|(q, _)| q > 0) {
            out.push(Limit::CpuQuota);
        }
        if self.cpu_shares > 0 {
            out.push(Limit::CpuShares);
        }
        if !self.cpuset_cpus.is_empty() {
            out.push(Limit::CpusetCpus);
        }
        if !self.cpuset_mems.is_empty() {
            out.push(Limit::CpusetMems);
        }
        if self.pids_limit.is_some() {
            out.push(Limit::Pids);
        }
        out
    }
}

/// One enforceable limit (a flag, or `--cpus`/`--cpu-quota` together).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Limit {
    Memory,
    MemoryReservation,
    MemorySwap,
    CpuQuota,
    CpuShares,
    CpusetCpus,
    CpusetMems,
    Pids,
}

impl Limit {
    /// The flag as the user typed it, for warnings.
    pub fn flag(self) -> &'static str {
        match self {
            Limit::Memory => "--memory",
            Limit::MemoryReservation => "--memory-reservation",
            Limit::MemorySwap => "--memory-swap",
            Limit::CpuQuota => "--cpus/--cpu-quota",
            Limit::CpuShares => "--cpu-shares",
            Limit::CpusetCpus => "--cpuset-cpus",
            Limit::CpusetMems => "--cpuset-mems",
            Limit::Pids => "--pids-limit",
        }
    }

    /// The cgroup v1 controller that enforces it.
    pub fn v1_controller(self) -> &'static str {
        match self {
            Limit::Memory | Limit::MemoryReservation | Limit::MemorySwap => "memory",
            Limit::CpuQuota | Limit::CpuShares => "cpu",
            Limit::CpusetCpus | Limit::CpusetMems => "cpuset",
            Limit::Pids => "pids",
        }
    }

    /// The cgroup v2 controller that enforces it.
    pub fn v2_controller(self) -> &'static str {
        self.v1_controller()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn host() -> HostCpus {
        HostCpus { count: 2, cpus: "0-1".into(), mems: "0".into() }
    }

    fn flags() -> ResourceFlags {
        ResourceFlags::default()
    }

    #[test]
    fn ram_units_like_docker() {
        assert_eq!(ram_in_bytes("2048m").unwrap(), 2048 << 20);
        assert_eq!(ram_in_bytes("1g").unwrap(), 1 << 30);
        assert_eq!(ram_in_bytes("1G").unwrap(), 1 << 30);
        assert_eq!(ram_in_bytes("1gb").unwrap(), 1 << 30);
        assert_eq!(ram_in_bytes("1GiB").unwrap(), 1 << 30);
        assert_eq!(ram_in_bytes("1.5k").unwrap(), 1536);
        assert_eq!(ram_in_bytes("32 m").unwrap(), 32 << 20);
        assert_eq!(ram_in_bytes("100").unwrap(), 100);
        assert_eq!(ram_in_bytes("100b").unwrap(), 100);
        assert_eq!(ram_in_bytes("1p").unwrap(), 1 << 50);
        for bad in ["", "x", "1x", "-1m", "1mm", "m", ".5m", "1.m", "1 2", "1kx"] {
            assert_eq!(ram_in_bytes(bad).unwrap_err(), format!("invalid size: '{bad}'"), "{bad}");
        }
    }

    #[test]
    fn cpus_parse_like_docker() {
        assert_eq!(parse_nano_cpus("1.5").unwrap(), 1_500_000_000);
        assert_eq!(parse_nano_cpus("0.01").unwrap(), 10_000_000);
        assert_eq!(parse_nano_cpus("2").unwrap(), 2_000_000_000);
        assert_eq!(parse_nano_cpus(".5").unwrap(), 500_000_000);
        assert_eq!(parse_nano_cpus("-1").unwrap(), -1_000_000_000);
        assert_eq!(parse_nano_cpus("0.0000000001").unwrap_err(), "value is too precise");
        assert_eq!(parse_nano_cpus("abc").unwrap_err(), "failed to parse abc as a rational number");
    }

    #[test]
    fn create_values_and_docker_defaults() {
        let f = ResourceFlags { memory: Some("32m".into()), cpus: Some("1.5".into()), pids_limit: Some(10), ..flags() };
        let r = Resources::default().apply(&f, &host()).unwrap();
        assert_eq!(r.memory, 32 << 20);
        assert_eq!(r.memory_swap, 64 << 20, "docker's default swap is twice the memory");
        assert_eq!(r.nano_cpus, 1_500_000_000);
        assert_eq!(r.cfs(), Some((150_000, 100_000)));
        assert_eq!(r.pids_limit, Some(10));
        let r = Resources::default().apply(&ResourceFlags { memory: Some("32m".into()), memory_swap: Some("-1".into()), ..flags() }, &host()).unwrap();
        assert_eq!(r.memory_swap, -1);
        for v in [0, -1] {
            let r = Resources::default().apply(&ResourceFlags { pids_limit: Some(v), ..flags() }, &host()).unwrap();
            assert_eq!(r.pids_limit, None, "{v} is unlimited");
        }
        assert_eq!(Resources::default().apply(&ResourceFlags { cpu_shares: Some(1), ..flags() }, &host()).unwrap().effective_shares(), Some(2));
    }

    #[test]
    fn errors_are_dockers() {
        let err = |f: ResourceFlags| Resources::default().apply(&f, &host()).unwrap_err();
        assert_eq!(err(ResourceFlags { memory: Some("1k".into()), ..flags() }), "Minimum memory limit allowed is 6MB");
        assert_eq!(err(ResourceFlags { memory: Some("1x".into()), ..flags() }), "invalid argument \"1x\" for \"-m, --memory\" flag: invalid size: '1x'");
        assert_eq!(err(ResourceFlags { cpus: Some("3".into()), ..flags() }), "range of CPUs is from 0.01 to 2.00, as there are only 2 CPUs available");
        assert_eq!(err(ResourceFlags { cpus: Some("-1".into()), ..flags() }), cpus_range_error(2));
        assert_eq!(err(ResourceFlags { cpus: Some("0.001".into()), ..flags() }), cpus_range_error(2));
        assert!(err(ResourceFlags { cpuset_cpus: Some("99".into()), ..flags() }).contains("requested 99, available: 0-1"));
        assert!(err(ResourceFlags { cpuset_cpus: Some("1-x".into()), ..flags() }).contains("--cpuset-cpus"));
        assert_eq!(
            err(ResourceFlags { memory: Some("64m".into()), memory_swap: Some("32m".into()), ..flags() }),
            "Minimum memoryswap limit should be larger than memory limit, see usage"
        );
        assert_eq!(err(ResourceFlags { memory_swap: Some("32m".into()), ..flags() }), "You should always set the Memory limit when using Memoryswap limit, see usage");
        assert_eq!(
            err(ResourceFlags { memory: Some("16m".into()), memory_reservation: Some("32m".into()), ..flags() }),
            "Minimum memory limit can not be less than memory reservation limit, see usage"
        );
        assert!(err(ResourceFlags { cpus: Some("1".into()), cpu_quota: Some(50000), ..flags() }).contains("Conflicting options"));
        assert!(err(ResourceFlags { cpu_period: Some(10), ..flags() }).contains("CPU cfs period"));
        assert!(err(ResourceFlags { cpu_quota: Some(10), ..flags() }).contains("CPU cfs quota"));
        assert_eq!(err(ResourceFlags { oom_score_adj: Some(1001), ..flags() }), "Invalid value 1001, range for oom score adj is [-1000, 1000]");
        assert!(err(ResourceFlags { cgroups: Some("split".into()), ..flags() }).contains("--cgroups"));
    }

    #[test]
    fn update_keeps_what_is_not_given() {
        let base = Resources::default().apply(&ResourceFlags { memory: Some("64m".into()), pids_limit: Some(10), ..flags() }, &host()).unwrap();
        let r = base.apply(&ResourceFlags { cpus: Some("0.5".into()), ..flags() }, &host()).unwrap();
        assert_eq!((r.memory, r.pids_limit, r.nano_cpus), (64 << 20, Some(10), 500_000_000));
        let r = base.apply(&ResourceFlags { memory: Some("256m".into()), ..flags() }, &host()).unwrap();
        assert_eq!((r.memory, r.memory_swap), (256 << 20, 512 << 20));
    }

    #[test]
    fn cpuset_lists() {
        assert_eq!(parse_list("0-2,5").unwrap(), vec![0, 1, 2, 5]);
        assert_eq!(parse_list("").unwrap(), Vec::<u32>::new());
        assert!(parse_list("2-1").is_none());
        assert!(parse_list("a").is_none());
    }
}
