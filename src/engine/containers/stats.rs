//! `dhow stats`: resource usage of running containers.
//!
//! A container with a cgroup (see [`super::limits`]) is measured by it, the
//! same place its limits are enforced: memory (docker's usage: minus the
//! inactive page cache) and its limit, CPU time (cpuacct / cpu.stat) and
//! the number of tasks. Whatever the cgroup does not give comes from
//! `/proc` of the container's processes (the init the monitor started and
//! all its descendants):
//!
//! * CPU %: `utime + stime` of all processes, as a share of one CPU over the
//!   sampling interval (docker's scale: 200% = two busy CPUs);
//! * memory: the sum of RSS (shared pages counted per process), limit = the
//!   host's `MemTotal` (there is no cgroup limit to read);
//! * PIDs: the number of processes;
//! * NET I/O: `/proc/<init>/net/dev` (the container's network namespace),
//!   loopback excluded;
//! * BLOCK I/O: `read_bytes`/`write_bytes` of `/proc/<pid>/io`, which only
//!   the processes' owner may read: for processes of sub-IDs a forked helper
//!   joins the monitor's user namespace to read them; if that fails too the
//!   value is unavailable (`None`).

use crate::container::{ContainerRecord, ContainerState};
use std::collections::HashMap;
use std::time::Instant;

/// One reading of a container's counters.
#[derive(Debug, Clone, Default)]
pub struct Sample {
    /// utime + stime of every process, in clock ticks.
    pub cpu_ticks: u64,
    pub mem_bytes: u64,
    pub pids: u64,
    pub net_rx: u64,
    pub net_tx: u64,
    /// (read, written) bytes; `None` when `/proc/<pid>/io` is unreadable.
    pub block: Option<(u64, u64)>,
    pub taken: Option<Instant>,
    /// CPU time from the cgroup, in nanoseconds (preferred over ticks).
    pub cpu_ns: Option<u64>,
    /// The memory limit the cgroup enforces.
    pub mem_limit: Option<u64>,
}

/// A row of `dhow stats`.
#[derive(Debug, Clone, PartialEq)]
pub struct Stats {
    pub id: String,
    pub name: String,
    pub cpu_percent: f64,
    pub mem_usage: u64,
    pub mem_limit: u64,
    pub mem_percent: f64,
    pub net_rx: u64,
    pub net_tx: u64,
    pub block: Option<(u64, u64)>,
    pub pids: u64,
}

/// `MemTotal` of the host in bytes.
pub fn host_memory() -> u64 {
    std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|t| parse_meminfo(&t))
        .unwrap_or(0)
}

fn parse_meminfo(text: &str) -> Option<u64> {
    let line = text.lines().find(|l| l.starts_with("MemTotal:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

/// Fields of `/proc/<pid>/stat` we need: (ppid, utime + stime, rss pages).
fn parse_stat(text: &str) -> Option<(i32, u64, u64)> {
    // The command name may hold spaces and parentheses: split after the last ')'.
    let rest = &text[text.rfind(')')? + 2..];
    let f: Vec<&str> = rest.split_whitespace().collect();
    // rest starts at field 3 (state): ppid = 4, utime = 14, stime = 15, rss = 24.
    let ppid = f.get(1)?.parse().ok()?;
    let utime: u64 = f.get(11)?.parse().ok()?;
    let stime: u64 = f.get(12)?.parse().ok()?;
    let rss: u64 = f.get(21)?.parse().ok()?;
    Some((ppid, utime + stime, rss))
}

/// Received and transmitted bytes of all interfaces but `lo`.
fn parse_net_dev(text: &str) -> (u64, u64) {
    let mut rx = 0;
    let mut tx = 0;
    for line in text.lines().skip(2) {
        let Some((iface, rest)) = line.split_once(':') else {
            continue;
        };
        if iface.trim() == "lo" {
            continue;
        }
        let f: Vec<u64> = rest
            .split_whitespace()
            .filter_map(|x| x.parse().ok())
            .collect();
        if f.len() >= 9 {
            rx += f[0];
            tx += f[8];
        }
    }
    (rx, tx)
}

fn parse_io(text: &str) -> Option<(u64, u64)> {
    let get = |k: &str| {
        text.lines()
            .find_map(|l| l.strip_prefix(k))
            .and_then(|v| v.trim().parse::<u64>().ok())
    };
    Some((get("read_bytes:")?, get("write_bytes:")?))
}

/// Every process of the host: pid → (ppid, utime + stime, rss pages), read
/// once per round and shared by all the containers of that round.
#[derive(Debug, Default)]
pub struct ProcTable {
    procs: HashMap<i32, (i32, u64, u64)>,
    children: HashMap<i32, Vec<i32>>,
}

impl ProcTable {
    /// Reads `/proc/*/stat`.
    pub fn read() -> ProcTable {
        let mut t = ProcTable::default();
        if let Ok(rd) = std::fs::read_dir("/proc") {
            for e in rd.flatten() {
                let Some(pid) = e.file_name().to_str().and_then(|s| s.parse::<i32>().ok()) else {
                    continue;
                };
                if let Some(s) = std::fs::read_to_string(format!("/proc/{pid}/stat"))
                    .ok()
                    .and_then(|t| parse_stat(&t))
                {
                    t.procs.insert(pid, s);
                    t.children.entry(s.0).or_default().push(pid);
                }
            }
        }
        t
    }

    /// `init` and its descendants: (pid, ticks, rss pages).
    fn tree(&self, init: i32) -> Vec<(i32, u64, u64)> {
        let mut out = Vec::new();
        let mut queue = vec![init];
        while let Some(p) = queue.pop() {
            if let Some(&(_, ticks, rss)) = self.procs.get(&p) {
                out.push((p, ticks, rss));
                queue.extend(self.children.get(&p).into_iter().flatten());
            }
        }
        out
    }
}

fn read_io_sum(pids: &[i32]) -> Option<(u64, u64)> {
    let mut sum = (0, 0);
    for p in pids {
        match std::fs::read_to_string(format!("/proc/{p}/io")) {
            Ok(t) => {
                let (r, w) = parse_io(&t)?;
                sum.0 += r;
                sum.1 += w;
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(_) => return None,
        }
    }
    Some(sum)
}

/// Reads `/proc/<pid>/io` from a forked child that joined the monitor's
/// user namespace (where the container's processes are ours to inspect).
fn read_io_joined(monitor: i32, pids: &[i32]) -> Option<(u64, u64)> {
    use nix::unistd::{fork, ForkResult};
    use std::io::{Read, Write};
    let (r, w) = nix::unistd::pipe().ok()?;
    // SAFETY: the CLI is single-threaded here; the child only makes syscalls
    // and exits with _exit.
    match unsafe { fork() }.ok()? {
        ForkResult::Child => {
            drop(r);
            let mut w = std::fs::File::from(w);
            if crate::sys::userns::join(monitor).is_ok() {
                if let Some((rb, wb)) = read_io_sum(pids) {
                    let _ = write!(w, "{rb} {wb}");
                }
            }
            // SAFETY: leaving the forked child without running destructors.
            unsafe { libc::_exit(0) }
        }
        ForkResult::Parent { child } => {
            drop(w);
            let mut s = String::new();
            let _ = std::fs::File::from(r).read_to_string(&mut s);
            let _ = nix::sys::wait::waitpid(child, None);
            let mut it = s.split_whitespace().map(|x| x.parse::<u64>());
            match (it.next(), it.next()) {
                (Some(Ok(a)), Some(Ok(b))) => Some((a, b)),
                _ => None,
            }
        }
    }
}

/// Reads the counters of a running container (an empty sample otherwise),
/// from its cgroup when it has one.
pub fn sample(engine: &crate::engine::Engine, record: &ContainerRecord, state: &ContainerState, table: &ProcTable) -> Sample {
    let mut s = sample_proc(state, table);
    if s.pids == 0 {
        return s;
    }
    let dir = crate::container::ContainerStore::new(&engine.paths.root).dir(&record.id);
    if let Some(cg) = super::limits::Enforcement::load(&dir).and_then(|e| e.cgroup) {
        let u = cg.usage();
        s.mem_bytes = u.memory.unwrap_or(s.mem_bytes);
        s.pids = u.pids.unwrap_or(s.pids);
        s.cpu_ns = u.cpu_ns;
        s.mem_limit = u.memory_limit;
    }
    s
}

/// The counters from `/proc` alone.
fn sample_proc(state: &ContainerState, table: &ProcTable) -> Sample {
    let mut s = Sample {
        taken: Some(Instant::now()),
        ..Default::default()
    };
    if state.pid <= 0 || !super::ops::is_running(state) {
        s.block = Some((0, 0));
        return s;
    }
    let procs = table.tree(state.pid);
    let page = nix::unistd::sysconf(nix::unistd::SysconfVar::PAGE_SIZE)
        .ok()
        .flatten()
        .unwrap_or(4096) as u64;
    for &(_, ticks, rss) in &procs {
        s.cpu_ticks += ticks;
        s.mem_bytes += rss * page;
    }
    s.pids = procs.len() as u64;
    if let Ok(t) = std::fs::read_to_string(format!("/proc/{}/net/dev", state.pid)) {
        (s.net_rx, s.net_tx) = parse_net_dev(&t);
    }
    let pids: Vec<i32> = procs.iter().map(|p| p.0).collect();
    s.block = read_io_sum(&pids).or_else(|| {
        if state.monitor_pid > 0 {
            read_io_joined(state.monitor_pid, &pids)
        } else {
            None
        }
    });
    s
}

/// The sample to compare a container's first reading with: nothing used
/// at its start, so CPU % is the average since then (as podman's first
/// reading; `--no-stream` then needs no second sample).
pub fn at_start(state: &ContainerState, now: &Sample) -> Sample {
    let since = state
        .started_at
        .and_then(|t| (chrono::Utc::now() - t).to_std().ok())
        .filter(|_| super::ops::is_running(state));
    Sample {
        taken: since.and_then(|d| now.taken.and_then(|t| t.checked_sub(d))),
        cpu_ns: now.cpu_ns.map(|_| 0),
        ..Default::default()
    }
}

/// Computes a row from two samples of the same container.
pub fn compute(record: (&str, &str), prev: &Sample, now: &Sample, mem_limit: u64) -> Stats {
    let hz = nix::unistd::sysconf(nix::unistd::SysconfVar::CLK_TCK)
        .ok()
        .flatten()
        .unwrap_or(100) as f64;
    let secs = match (prev.taken, now.taken) {
        (Some(a), Some(b)) => b.saturating_duration_since(a).as_secs_f64(),
        _ => 0.0,
    };
    let cpu = match (secs > 0.0, prev.cpu_ns, now.cpu_ns) {
        (false, _, _) => 0.0,
        (true, Some(a), Some(b)) => b.saturating_sub(a) as f64 / 1e9 / secs * 100.0,
        (true, _, _) => now.cpu_ticks.saturating_sub(prev.cpu_ticks) as f64 / hz / secs * 100.0,
    };
    // MEM LIMIT: the enforced limit, the host's memory when none (or more).
    let mem_limit = now.mem_limit.filter(|l| *l > 0 && (mem_limit == 0 || *l < mem_limit)).unwrap_or(mem_limit);
    let mem_percent = if mem_limit > 0 {
        now.mem_bytes as f64 / mem_limit as f64 * 100.0
    } else {
        0.0
    };
    Stats {
        id: record.0.to_string(),
        name: record.1.to_string(),
        cpu_percent: cpu,
        mem_usage: now.mem_bytes,
        mem_limit,
        mem_percent,
        net_rx: now.net_rx,
        net_tx: now.net_tx,
        block: now.block,
        pids: now.pids,
    }
}

/// Go's `%.<prec>g` without the exponent form, trailing zeros trimmed.
fn sig(v: f64, prec: usize) -> String {
    if v == 0.0 {
        return "0".into();
    }
    let digits = v.abs().log10().floor() as i64 + 1;
    let decimals = (prec as i64 - digits).max(0) as usize;
    let s = format!("{v:.decimals$}");
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

fn scaled(mut v: f64, base: f64, units: &[&str], prec: usize) -> String {
    let mut i = 0;
    while v >= base && i + 1 < units.len() {
        v /= base;
        i += 1;
    }
    format!("{}{}", sig(v, prec), units[i])
}

/// docker's `units.BytesSize`: `1.5MiB`.
pub fn binary_size(b: u64) -> String {
    scaled(
        b as f64,
        1024.0,
        &["B", "KiB", "MiB", "GiB", "TiB", "PiB"],
        4,
    )
}

/// docker's `units.HumanSizeWithPrecision(x, 3)`: `1.2kB`.
pub fn decimal_size(b: u64) -> String {
    scaled(b as f64, 1000.0, &["B", "kB", "MB", "GB", "TB", "PB"], 3)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_proc_files() {
        let stat = "1234 (my (odd) cmd) S 1 1234 1234 0 -1 4194560 100 0 0 0 7 3 0 0 20 0 1 0 100 5000000 250 18446744073709551615";
        assert_eq!(parse_stat(stat), Some((1, 10, 250)));
        let net = "Inter-|   Receive                                                |  Transmit\n face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets errs drop fifo colls carrier compressed\n    lo:    500       5    0    0    0     0          0         0      500       5    0    0    0     0       0          0\n  eth0:   1000      10    0    0    0     0          0         0     2000      20    0    0    0     0       0          0\n";
        assert_eq!(parse_net_dev(net), (1000, 2000));
        assert_eq!(
            parse_io("rchar: 1\nwchar: 2\nread_bytes: 4096\nwrite_bytes: 8192\n"),
            Some((4096, 8192))
        );
        assert_eq!(
            parse_meminfo("MemTotal:       16000 kB\nMemFree: 1 kB\n"),
            Some(16000 * 1024)
        );
    }

    #[test]
    fn sizes_like_docker() {
        assert_eq!(binary_size(0), "0B");
        assert_eq!(binary_size(1536 * 1024), "1.5MiB");
        assert_eq!(binary_size(16_694_468_608), "15.55GiB");
        assert_eq!(decimal_size(1234), "1.23kB");
        assert_eq!(decimal_size(0), "0B");
        assert_eq!(decimal_size(999), "999B");
    }

    #[test]
    fn finds_own_process() {
        let mut child = std::process::Command::new("sleep").arg("30").spawn().unwrap();
        let procs = ProcTable::read().tree(std::process::id() as i32);
        child.kill().unwrap();
        child.wait().unwrap();
        assert_eq!(procs[0].0, std::process::id() as i32);
        assert!(procs[0].2 > 0, "rss of a live process is positive");
        assert!(procs.iter().any(|p| p.0 == child.id() as i32), "the child is a descendant: {procs:?}");
    }

    #[test]
    fn first_reading_is_the_average_since_start() {
        let state = ContainerState {
            status: crate::container::Status::Running,
            pid: 1,
            started_at: Some(chrono::Utc::now() - chrono::Duration::seconds(10)),
            ..Default::default()
        };
        // 5 s of CPU in 10 s: 50 %.
        let now = Sample { taken: Some(Instant::now()), cpu_ns: Some(5_000_000_000), ..Default::default() };
        let record = ("id", "name");
        let st = compute(record, &at_start(&state, &now), &now, 1 << 30);
        assert!((st.cpu_percent - 50.0).abs() < 1.0, "{}", st.cpu_percent);
        // A memory limit above the host's memory is shown as the host's.
        let limited = Sample { mem_limit: Some(2 << 30), mem_bytes: 1 << 29, ..now.clone() };
        assert_eq!(compute(record, &at_start(&state, &limited), &limited, 1 << 30).mem_limit, 1 << 30);
        let limited = Sample { mem_limit: Some(1 << 29), ..limited };
        let st = compute(record, &at_start(&state, &limited), &limited, 1 << 30);
        assert_eq!((st.mem_limit, st.mem_percent.round() as u64), (1 << 29, 100));
    }
}
