//! podman's `top` format descriptors: `podman top CTR pid user args` (also
//! comma-separated, and the AIX codes `%p %u %a`...). podman computes these
//! columns itself from `/proc` (psgo) instead of running `ps`, and shows
//! the container's own view: PIDs in its PID namespace, users and groups by
//! the names of its `/etc/passwd` and `/etc/group`. When every word of a
//! `top` line is a descriptor, dhow does the same; otherwise the words are
//! options for the host's `ps`, as docker's.

use super::top::Top;
use nix::unistd::Pid;
use std::collections::HashMap;
use std::path::Path;

/// One column: the descriptor podman's docs name, its AIX code, its title.
struct Descriptor {
    name: &'static str,
    aix: &'static str,
    title: &'static str,
}

/// psgo's descriptors, with podman's column titles.
const DESCRIPTORS: &[Descriptor] = &[
    Descriptor { name: "args", aix: "%a", title: "COMMAND" },
    Descriptor { name: "capamb", aix: "", title: "AMBIENT CAPS" },
    Descriptor { name: "capbnd", aix: "", title: "BOUNDING CAPS" },
    Descriptor { name: "capeff", aix: "", title: "EFFECTIVE CAPS" },
    Descriptor { name: "capinh", aix: "", title: "INHERITED CAPS" },
    Descriptor { name: "capprm", aix: "", title: "PERMITTED CAPS" },
    Descriptor { name: "comm", aix: "%c", title: "COMMAND" },
    Descriptor { name: "etime", aix: "%t", title: "ELAPSED" },
    Descriptor { name: "group", aix: "%G", title: "GROUP" },
    Descriptor { name: "hgroup", aix: "", title: "HGROUP" },
    Descriptor { name: "hpid", aix: "", title: "HPID" },
    Descriptor { name: "huser", aix: "", title: "HUSER" },
    Descriptor { name: "label", aix: "", title: "LABEL" },
    Descriptor { name: "nice", aix: "%n", title: "NI" },
    Descriptor { name: "pcpu", aix: "%C", title: "%CPU" },
    Descriptor { name: "pgid", aix: "%r", title: "PGID" },
    Descriptor { name: "pid", aix: "%p", title: "PID" },
    Descriptor { name: "ppid", aix: "%P", title: "PPID" },
    Descriptor { name: "rgroup", aix: "%g", title: "RGROUP" },
    Descriptor { name: "ruser", aix: "%u", title: "RUSER" },
    Descriptor { name: "seccomp", aix: "", title: "SECCOMP" },
    Descriptor { name: "state", aix: "", title: "STATE" },
    Descriptor { name: "stime", aix: "", title: "STIME" },
    Descriptor { name: "time", aix: "%x", title: "TIME" },
    Descriptor { name: "tty", aix: "%y", title: "TTY" },
    Descriptor { name: "user", aix: "%U", title: "USER" },
    Descriptor { name: "vsz", aix: "%z", title: "VSZ" },
];

/// The descriptors of a `top` line when every word (split at commas) is
/// one; `None` means the words are `ps` options.
pub fn parse(words: &[String]) -> Option<Vec<&'static str>> {
    let mut out = Vec::new();
    for w in words.iter().flat_map(|w| w.split(',')).filter(|w| !w.is_empty()) {
        out.push(DESCRIPTORS.iter().find(|d| d.name == w || (!d.aix.is_empty() && d.aix == w))?.name);
    }
    (!out.is_empty()).then_some(out)
}

/// What `/proc/PID` says of one process, read once.
struct Proc {
    host_pid: i32,
    ns_pid: i32,
    host_ppid: i32,
    status: HashMap<String, String>,
    stat: Vec<String>,
    cmdline: String,
    comm: String,
}

fn read_proc(pid: Pid) -> Option<Proc> {
    let dir = format!("/proc/{pid}");
    let status: HashMap<String, String> = std::fs::read_to_string(format!("{dir}/status"))
        .ok()?
        .lines()
        .filter_map(|l| l.split_once(':').map(|(k, v)| (k.to_string(), v.trim().to_string())))
        .collect();
    let raw_stat = std::fs::read_to_string(format!("{dir}/stat")).ok()?;
    // The fields after the command name (which may hold spaces and parens).
    let stat: Vec<String> = raw_stat.rsplit_once(')')?.1.split_whitespace().map(String::from).collect();
    let cmdline = std::fs::read(format!("{dir}/cmdline")).unwrap_or_default();
    let cmdline = cmdline.split(|b| *b == 0).filter(|a| !a.is_empty()).map(|a| String::from_utf8_lossy(a).into_owned()).collect::<Vec<_>>().join(" ");
    let comm = std::fs::read_to_string(format!("{dir}/comm")).unwrap_or_default().trim_end().to_string();
    let ns_pid = status.get("NSpid").and_then(|v| v.split_whitespace().last()?.parse().ok()).unwrap_or(pid.as_raw());
    let host_ppid = status.get("PPid").and_then(|v| v.parse().ok()).unwrap_or(0);
    Some(Proc { host_pid: pid.as_raw(), ns_pid, host_ppid, status, stat, cmdline, comm })
}

/// The container's view of the IDs: names from its own files.
pub struct Names {
    pub users: HashMap<u32, String>,
    pub groups: HashMap<u32, String>,
}

/// One table for `pids` (the container's processes, host PIDs) with the
/// `descriptors` as columns. Must run inside the container's user
/// namespace so that `/proc/PID/status` shows the container's IDs.
pub fn table(pids: &[Pid], descriptors: &[&str], names: &Names, root: &Path) -> Top {
    let procs: Vec<Proc> = pids.iter().filter_map(|p| read_proc(*p)).collect();
    let ns_of: HashMap<i32, i32> = procs.iter().map(|p| (p.host_pid, p.ns_pid)).collect();
    let titles = descriptors.iter().map(|d| DESCRIPTORS.iter().find(|x| x.name == *d).map_or("", |x| x.title).to_string()).collect();
    let hz = nix::unistd::sysconf(nix::unistd::SysconfVar::CLK_TCK).ok().flatten().unwrap_or(100) as f64;
    let uptime = std::fs::read_to_string("/proc/uptime").ok().and_then(|u| u.split_whitespace().next()?.parse::<f64>().ok()).unwrap_or(0.0);
    // `root` is /proc/PID/root: the container's ID maps, for huser/hgroup.
    let pid = root.parent().and_then(Path::file_name).and_then(|p| p.to_str()).unwrap_or("self");
    let maps = crate::sys::userns::mappings_of(pid).unwrap_or_default();
    let processes = procs
        .iter()
        .map(|p| descriptors.iter().map(|d| column(p, d, names, &ns_of, hz, uptime, &maps)).collect())
        .collect();
    Top { titles, processes }
}

/// The n-th ID of a `Uid:`/`Gid:` status line (0 real, 1 effective).
fn id(p: &Proc, key: &str, n: usize) -> Option<u32> {
    p.status.get(key)?.split_whitespace().nth(n)?.parse().ok()
}

/// A field of /proc/PID/stat counted from 1 as proc(5) does (3 = state).
fn stat(p: &Proc, field: usize) -> &str {
    p.stat.get(field.wrapping_sub(3)).map_or("", String::as_str)
}

fn column(p: &Proc, d: &str, names: &Names, ns_of: &HashMap<i32, i32>, hz: f64, uptime: f64, maps: &crate::sys::userns::IdMappings) -> String {
    let name = |map: &HashMap<u32, String>, id: Option<u32>| id.map_or_else(|| "?".into(), |i| map.get(&i).cloned().unwrap_or_else(|| i.to_string()));
    let ticks = |f: usize| stat(p, f).parse::<f64>().unwrap_or(0.0);
    let started = ticks(22) / hz;
    match d {
        "args" => if p.cmdline.is_empty() { format!("[{}]", p.comm) } else { p.cmdline.clone() },
        "comm" => p.comm.clone(),
        "pid" => p.ns_pid.to_string(),
        "hpid" => p.host_pid.to_string(),
        // A parent outside the container (the runtime) shows as 0, as podman's.
        "ppid" => ns_of.get(&p.host_ppid).copied().unwrap_or(0).to_string(),
        "pgid" => stat(p, 5).to_string(),
        "nice" => stat(p, 19).to_string(),
        "state" => stat(p, 3).to_string(),
        "user" => name(&names.users, id(p, "Uid", 1)),
        "ruser" => name(&names.users, id(p, "Uid", 0)),
        "group" => name(&names.groups, id(p, "Gid", 1)),
        "rgroup" => name(&names.groups, id(p, "Gid", 0)),
        "huser" => id(p, "Uid", 1).map_or_else(|| "?".into(), |i| maps.to_host_uid(i).unwrap_or(i).to_string()),
        "hgroup" => id(p, "Gid", 1).map_or_else(|| "?".into(), |i| maps.to_host_gid(i).unwrap_or(i).to_string()),
        "vsz" => (stat(p, 23).parse::<u64>().unwrap_or(0) / 1024).to_string(),
        "tty" => tty(stat(p, 7).parse().unwrap_or(0)),
        "etime" => go_duration((uptime - started).max(0.0)),
        "time" => go_duration(((ticks(14) + ticks(15)) / hz).floor()),
        "pcpu" => {
            let elapsed = uptime - started;
            let cpu = if elapsed > 0.0 { (ticks(14) + ticks(15)) / hz / elapsed * 100.0 } else { 0.0 };
            format!("{cpu:.3}")
        }
        "stime" => {
            let boot = chrono::Utc::now() - chrono::Duration::milliseconds((uptime * 1000.0) as i64);
            (boot + chrono::Duration::milliseconds((started * 1000.0) as i64)).format("%Y-%m-%d %H:%M:%S %z %Z").to_string()
        }
        "seccomp" => match p.status.get("Seccomp").map(String::as_str) {
            Some("1") => "strict".into(),
            Some("2") => "filter".into(),
            _ => "disabled".into(),
        },
        "label" => std::fs::read_to_string(format!("/proc/{}/attr/current", p.host_pid)).map(|l| l.trim_end_matches(['\0', '\n']).to_string()).ok().filter(|l| !l.is_empty()).unwrap_or_else(|| "-".into()),
        "capamb" => caps(p, "CapAmb"),
        "capbnd" => caps(p, "CapBnd"),
        "capeff" => caps(p, "CapEff"),
        "capinh" => caps(p, "CapInh"),
        "capprm" => caps(p, "CapPrm"),
        _ => String::new(),
    }
}

/// A capability mask as psgo shows it: `none`, `full`, or the names.
fn caps(p: &Proc, key: &str) -> String {
    let Some(mask) = p.status.get(key).and_then(|m| u64::from_str_radix(m, 16).ok()) else { return "?".into() };
    if mask == 0 {
        return "none".into();
    }
    let all: Vec<caps::Capability> = caps::all().into_iter().collect();
    let mut held: Vec<&caps::Capability> = all.iter().filter(|c| mask & c.bitmask() != 0).collect();
    if held.len() == all.len() {
        return "full".into();
    }
    held.sort_by_key(|c| c.index());
    held.iter().map(|c| c.to_string().trim_start_matches("CAP_").to_string()).collect::<Vec<_>>().join(",")
}

/// The controlling terminal's name from its device number.
fn tty(dev: u64) -> String {
    if dev == 0 {
        return "?".into();
    }
    let (major, minor) = (nix::sys::stat::major(dev), nix::sys::stat::minor(dev));
    match major {
        136..=143 => format!("pts/{}", (major - 136) * 256 + minor),
        4 => format!("tty{minor}"),
        _ => format!("{major}:{minor}"),
    }
}

/// Seconds as Go's `time.Duration.String()` (`8.98s`, `2m3s`), as psgo prints times.
fn go_duration(secs: f64) -> String {
    crate::util::duration::format_go((secs.max(0.0) * 1e9).round() as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn descriptors_or_ps_options() {
        let w = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(parse(&w(&["pid", "comm"])), Some(vec!["pid", "comm"]));
        assert_eq!(parse(&w(&["pid,user,args"])), Some(vec!["pid", "user", "args"]));
        assert_eq!(parse(&w(&["%p", "%C", "seccomp"])), Some(vec!["pid", "pcpu", "seccomp"]));
        assert_eq!(parse(&w(&["-eo", "pid,comm"])), None, "ps options stay ps options");
        assert_eq!(parse(&w(&["pid", "nosuch"])), None);
        assert_eq!(parse(&w(&[])), None);
    }

    #[test]
    fn durations_as_go_prints_them() {
        assert_eq!(go_duration(-1.0), "0s");
        assert_eq!(go_duration(8.985726528), "8.985726528s");
        assert_eq!(go_duration(123.0), "2m3s");
    }

    #[test]
    fn this_process_as_a_table() {
        let me = Pid::this();
        let names = Names { users: [(nix::unistd::geteuid().as_raw(), "me".to_string())].into(), groups: HashMap::new() };
        let t = table(&[me], &["pid", "hpid", "user", "comm", "state", "seccomp", "tty"], &names, Path::new("/proc/self/root"));
        assert_eq!(t.titles, ["PID", "HPID", "USER", "COMMAND", "STATE", "SECCOMP", "TTY"]);
        let row = &t.processes[0];
        assert_eq!(row[1], me.to_string());
        assert_eq!(row[2], "me");
        assert!(!row[3].is_empty() && row[4].len() == 1, "{row:?}");
    }
}
