//! The changing part of a container (`state.json`), written atomically by the
//! CLI and by the container's monitor. A record that says "running" is only
//! believed while its monitor is alive with the same start time, so a
//! `kill -9`, a reused PID or a reboot never shows a dead container as running.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    #[default]
    Created,
    Running,
    Paused,
    Restarting,
    Exited,
    Removing,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Created => "created",
            Status::Running => "running",
            Status::Paused => "paused",
            Status::Restarting => "restarting",
            Status::Exited => "exited",
            Status::Removing => "removing",
        }
    }
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct ContainerState {
    pub status: Status,
    /// Container init PID in the host's PID namespace (0 when not running).
    pub pid: i32,
    /// The monitor's PID and its start time (clock ticks since boot, from
    /// /proc/PID/stat) to detect PID reuse.
    pub monitor_pid: i32,
    pub monitor_start: u64,
    pub exit_code: i32,
    pub started_at: Option<DateTime<Utc>>,
    pub finished_at: Option<DateTime<Utc>>,
    pub oom_killed: bool,
    pub error: String,
    pub restart_count: u32,
    /// Set by `stop`/`kill` so the restart policy does not bring it back.
    pub stopped_by_user: bool,
    /// The boot this state was written in; a different boot means the
    /// container cannot be running any more.
    #[serde(default)]
    pub boot_id: String,
}

/// This boot's ID (`/proc/sys/kernel/random/boot_id`).
pub fn boot_id() -> String {
    std::fs::read_to_string("/proc/sys/kernel/random/boot_id").map(|s| s.trim().to_string()).unwrap_or_default()
}

/// The start time of a process in clock ticks since boot, or None when it does
/// not exist.
pub fn process_start_time(pid: i32) -> Option<u64> {
    if pid <= 0 {
        return None;
    }
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command name may contain spaces and parentheses: fields start after the last ')'.
    let rest = &stat[stat.rfind(')')? + 2..];
    // A zombie (or dying) process is dead for our purposes: a killed
    // monitor whose parent does not reap it must not look alive.
    if matches!(rest.chars().next(), Some('Z' | 'X' | 'x')) {
        return None;
    }
    rest.split_whitespace().nth(19)?.parse().ok()
}

impl ContainerState {
    /// Whether the monitor that owns this container is still alive.
    pub fn monitor_alive(&self) -> bool {
        self.monitor_pid > 0
            && self.boot_id == boot_id()
            && process_start_time(self.monitor_pid).is_some_and(|t| t == self.monitor_start)
    }

    /// Whether the container is up (running, paused or between restarts), as
    /// recorded; call on [`ContainerState::effective`] to see through a dead
    /// monitor.
    pub fn is_running(&self) -> bool {
        matches!(self.status, Status::Running | Status::Paused | Status::Restarting)
    }

    /// The state as it really is: a running/paused record whose monitor is gone
    /// is reported as exited (docker shows such containers as exited too).
    pub fn effective(mut self) -> ContainerState {
        if matches!(self.status, Status::Running | Status::Paused | Status::Restarting) && !self.monitor_alive() {
            self.status = Status::Exited;
            self.pid = 0;
            if self.exit_code == 0 {
                self.exit_code = 137;
            }
            if self.finished_at.is_none() {
                self.finished_at = Some(Utc::now());
            }
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn own_start_time_is_readable() {
        let me = std::process::id() as i32;
        assert!(process_start_time(me).is_some());
        assert!(process_start_time(-1).is_none());
    }
    #[test]
    fn dead_monitor_means_exited() {
        let s = ContainerState { status: Status::Running, pid: 5, monitor_pid: i32::MAX - 1, monitor_start: 1, boot_id: boot_id(), ..Default::default() };
        let e = s.effective();
        assert_eq!(e.status, Status::Exited);
        assert_eq!(e.pid, 0);
    }
}
