//! `dhow top`: the container's processes as the host's `ps` shows them.
//!
//! Like docker, the host's `ps` runs with the user's options (by default
//! the columns of `ps -ef`) and its lines are kept for the PIDs in the
//! container's pid namespace. `ps` runs inside the container's user
//! namespace, so it sees IDs as the container does (root is 0, not the host
//! user); the `UID`/`USER` columns then get the names of the container's
//! own `/etc/passwd` (`root`), as docker shows them. podman's format
//! descriptors (`top CTR pid user args`) are computed from `/proc` instead
//! (`top_descriptors`).

use super::ops;
use super::pause::container_pids;
use crate::engine::Engine;
use crate::error::Exit;
use anyhow::{anyhow, bail, Context, Result};
use nix::unistd::Pid;

/// `ps -ef`: every process, its columns, with the UID numeric.
const DEFAULT_ARGS: &[&str] = &["-e", "-o", "uid,pid,ppid,c,stime", "-o", "tty=TTY", "-o", "time,cmd"];

/// The table: column titles, then one row per container process.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Top {
    pub titles: Vec<String>,
    pub processes: Vec<Vec<String>>,
}

/// Runs `ps` for container `query`. Must be called single-threaded (joins
/// the container's user namespace).
pub fn top(engine: &Engine, query: &str, ps_args: &[String]) -> Result<Top> {
    let (record, state) = ops::find(engine, query)?;
    if !ops::is_running(&state) || state.pid <= 0 {
        return Err(Exit::with_code(crate::error::ENGINE_FAILURE, format!("container {} is not running", record.name)).into());
    }
    crate::sys::userns::join(state.pid)
        .map_err(|e| anyhow::Error::from(Exit::with_code(crate::error::ENGINE_FAILURE, format!("container {} is not running ({e:#})", record.name))))?;
    let pids = container_pids(Pid::from_raw(state.pid));
    let root = std::path::PathBuf::from(format!("/proc/{}/root", state.pid));
    if let Some(descriptors) = super::top_descriptors::parse(ps_args) {
        let names = super::top_descriptors::Names { users: super::user::user_names(&root), groups: super::user::group_names(&root) };
        return Ok(super::top_descriptors::table(&pids, &descriptors, &names, &root));
    }
    let args: Vec<String> = if ps_args.is_empty() { DEFAULT_ARGS.iter().map(|s| s.to_string()).collect() } else { ps_args.to_vec() };
    let out = std::process::Command::new("ps")
        .args(&args)
        .env("LC_ALL", "C")
        .output()
        .context("running ps (install procps)")?;
    if !out.status.success() {
        bail!("ps {}: {}", args.join(" "), String::from_utf8_lossy(&out.stderr).trim());
    }
    let mut top = parse_ps(&String::from_utf8_lossy(&out.stdout), &pids)?;
    name_users(&mut top, &super::user::user_names(&root));
    Ok(top)
}

/// Replaces numeric IDs in the `UID`/`USER` columns by the names in
/// `names`; IDs without a name stay numbers.
pub fn name_users(top: &mut Top, names: &std::collections::HashMap<u32, String>) {
    let cols: Vec<usize> = top.titles.iter().enumerate().filter(|(_, t)| *t == "UID" || *t == "USER").map(|(i, _)| i).collect();
    for row in &mut top.processes {
        for &c in &cols {
            if let Some(name) = row.get(c).and_then(|v| v.parse::<u32>().ok()).and_then(|uid| names.get(&uid)) {
                row[c] = name.clone();
            }
        }
    }
}

/// Splits `ps` output into columns (the last column keeps its spaces) and
/// keeps the rows whose PID is in `pids`, as docker does.
pub fn parse_ps(output: &str, pids: &[Pid]) -> Result<Top> {
    let mut lines = output.lines();
    let titles: Vec<String> = lines.next().unwrap_or_default().split_whitespace().map(String::from).collect();
    let pid_col = titles.iter().position(|t| t == "PID").ok_or_else(|| anyhow!("couldn't find PID field in ps output (add -o pid to the ps options)"))?;
    let n = titles.len();
    let mut processes = Vec::new();
    for line in lines {
        let mut fields: Vec<String> = Vec::with_capacity(n);
        let mut rest = line.trim_start();
        while fields.len() + 1 < n && !rest.is_empty() {
            let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
            fields.push(rest[..end].to_string());
            rest = rest[end..].trim_start();
        }
        fields.push(rest.trim_end().to_string());
        let Some(pid) = fields.get(pid_col).and_then(|p| p.parse::<i32>().ok()) else { continue };
        if pids.contains(&Pid::from_raw(pid)) {
            processes.push(fields);
        }
    }
    Ok(Top { titles, processes })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_container_rows() {
        let out = "  UID     PID    PPID  C STIME TTY          TIME CMD\n    0    4242    4200  0 10:00 ?        00:00:00 sh -c sleep 100\n 1000      17       1  0 10:00 ?        00:00:00 bash\n    0    4243    4242  0 10:00 pts/1    00:00:00 sleep 100\n";
        let t = parse_ps(out, &[Pid::from_raw(4242), Pid::from_raw(4243)]).unwrap();
        assert_eq!(t.titles, ["UID", "PID", "PPID", "C", "STIME", "TTY", "TIME", "CMD"]);
        assert_eq!(t.processes.len(), 2);
        assert_eq!(t.processes[0][7], "sh -c sleep 100");
        assert_eq!(t.processes[1][5], "pts/1");
        assert!(parse_ps("USER COMMAND\nroot sh\n", &[]).is_err());
    }

    #[test]
    fn uids_become_names() {
        let mut t = parse_ps("UID PID CMD\n0 1 sh\n1000 2 app\n42 3 x\n", &[Pid::from_raw(1), Pid::from_raw(2), Pid::from_raw(3)]).unwrap();
        let names = [(0, "root".to_string()), (1000, "app".to_string())].into_iter().collect();
        name_users(&mut t, &names);
        let users: Vec<&str> = t.processes.iter().map(|r| r[0].as_str()).collect();
        assert_eq!(users, ["root", "app", "42"]);
    }
}
