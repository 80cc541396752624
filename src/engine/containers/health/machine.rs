//! The timing and decision rules of health checks, as a pure state machine:
//! events in (time passes, a check ended), actions out (start a check, kill
//! it, record its result, report a new status, apply the on-failure
//! action). Times are offsets from the container's start, so every rule is
//! a unit test without a clock; the monitor's loop does the I/O.
//!
//! docker's rules: the first check runs one interval after the start
//! (the start interval while in the start period and still starting); the
//! next one an interval after the previous one ended; a check running past
//! its timeout is killed and fails; exit 0 is healthy and resets the
//! failing streak, anything else adds to it and `retries` failures in a row
//! make the container unhealthy, except failures of checks that began
//! within the start period while still starting, which do not count.

use crate::container::health::{self, HealthConfig, HealthStatus};
use std::time::Duration;

/// A healthcheck's timing with docker's defaults applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timing {
    pub interval: Duration,
    pub timeout: Duration,
    pub start_period: Duration,
    pub start_interval: Duration,
    pub retries: u32,
}

impl Timing {
    pub fn of(c: &HealthConfig) -> Timing {
        let d = |v: i64, default: i64| Duration::from_nanos(if v > 0 { v } else { default } as u64);
        Timing {
            interval: d(c.interval, health::DEFAULT_INTERVAL_NS),
            timeout: d(c.timeout, health::DEFAULT_TIMEOUT_NS),
            start_period: d(c.start_period, 0),
            start_interval: d(c.start_interval, health::DEFAULT_START_INTERVAL_NS),
            retries: if c.retries > 0 { c.retries.min(u32::MAX as i64) as u32 } else { health::DEFAULT_RETRIES },
        }
    }
}

/// What the monitor must do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Start the check process.
    StartCheck,
    /// The running check is past its timeout: kill it (its result is
    /// recorded by the `Record` that follows).
    KillCheck,
    /// A check ended: log its result and write the status file.
    Record { exit_code: i32, timed_out: bool },
    /// The status changed (a `health_status` event).
    StatusChanged(HealthStatus),
    /// A check failed and the container is unhealthy: `--health-on-failure`.
    OnFailure,
}

#[derive(Debug, Clone)]
pub struct Machine {
    timing: Timing,
    status: HealthStatus,
    failing_streak: u32,
    /// When the next check starts (None while one runs).
    next_check: Option<Duration>,
    /// When the running check started.
    running_since: Option<Duration>,
}

impl Machine {
    /// A container that just started: starting, first check one interval away.
    pub fn new(timing: Timing) -> Machine {
        let mut m = Machine { timing, status: HealthStatus::Starting, failing_streak: 0, next_check: None, running_since: None };
        m.next_check = Some(m.interval_after(Duration::ZERO));
        m
    }

    pub fn status(&self) -> HealthStatus {
        self.status
    }

    pub fn failing_streak(&self) -> u32 {
        self.failing_streak
    }

    pub fn running(&self) -> bool {
        self.running_since.is_some()
    }

    /// When the machine next needs a `tick`: the running check's timeout,
    /// else the next check.
    pub fn wake_at(&self) -> Option<Duration> {
        match self.running_since {
            Some(since) => Some(since + self.timing.timeout),
            None => self.next_check,
        }
    }

    /// The gap before the next check, decided at `now`: the start interval
    /// while within the start period and still starting.
    fn interval_after(&self, now: Duration) -> Duration {
        if now < self.timing.start_period && self.status == HealthStatus::Starting {
            self.timing.start_interval
        } else {
            self.timing.interval
        }
    }

    /// Time passed: start a due check, or time out the running one.
    pub fn tick(&mut self, now: Duration) -> Vec<Action> {
        if let Some(since) = self.running_since {
            if now >= since + self.timing.timeout {
                let mut out = vec![Action::KillCheck];
                out.extend(self.result(since, now, -1, true));
                return out;
            }
            return vec![];
        }
        match self.next_check {
            Some(t) if now >= t => self.start(now),
            _ => vec![],
        }
    }

    /// `dhow healthcheck run`: a check now, unless one is running already
    /// (whose result then answers).
    pub fn run_now(&mut self, now: Duration) -> Vec<Action> {
        if self.running_since.is_some() {
            return vec![];
        }
        self.start(now)
    }

    fn start(&mut self, now: Duration) -> Vec<Action> {
        self.running_since = Some(now);
        self.next_check = None;
        vec![Action::StartCheck]
    }

    /// The check process ended with `exit_code` (ignored when no check is
    /// running: one killed for its timeout is already recorded).
    pub fn finished(&mut self, now: Duration, exit_code: i32) -> Vec<Action> {
        match self.running_since {
            Some(since) => self.result(since, now, exit_code, false),
            None => vec![],
        }
    }

    fn result(&mut self, since: Duration, now: Duration, exit_code: i32, timed_out: bool) -> Vec<Action> {
        self.running_since = None;
        let old = self.status;
        if exit_code == 0 {
            self.failing_streak = 0;
            self.status = HealthStatus::Healthy;
        } else {
            let grace = self.status == HealthStatus::Starting && since < self.timing.start_period;
            if !grace {
                self.failing_streak += 1;
                if self.failing_streak >= self.timing.retries {
                    self.status = HealthStatus::Unhealthy;
                }
            }
        }
        let mut out = vec![Action::Record { exit_code, timed_out }];
        if self.status != old {
            out.push(Action::StatusChanged(self.status));
        }
        if exit_code != 0 && self.status == HealthStatus::Unhealthy {
            out.push(Action::OnFailure);
        }
        self.next_check = Some(now + self.interval_after(now));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Action::*;

    fn s(n: u64) -> Duration {
        Duration::from_secs(n)
    }

    fn timing(interval: u64, timeout: u64, start_period: u64, start_interval: u64, retries: u32) -> Timing {
        Timing { interval: s(interval), timeout: s(timeout), start_period: s(start_period), start_interval: s(start_interval), retries }
    }

    fn rec(exit_code: i32) -> Action {
        Record { exit_code, timed_out: false }
    }

    #[test]
    fn dockers_defaults() {
        let t = Timing::of(&HealthConfig { test: vec!["CMD".into(), "true".into()], ..Default::default() });
        assert_eq!(t, timing(30, 30, 0, 5, 3));
        let t = Timing::of(&HealthConfig { interval: 1_000_000_000, retries: 5, start_period: 2_000_000_000, ..Default::default() });
        assert_eq!(t, timing(1, 30, 2, 5, 5));
    }

    #[test]
    fn first_check_one_interval_after_start() {
        let mut m = Machine::new(timing(10, 5, 0, 1, 3));
        assert_eq!(m.wake_at(), Some(s(10)));
        assert_eq!(m.tick(s(9)), vec![]);
        assert_eq!(m.tick(s(10)), vec![StartCheck]);
        assert!(m.running());
        assert_eq!(m.status(), HealthStatus::Starting);
    }

    #[test]
    fn start_interval_during_start_period() {
        let mut m = Machine::new(timing(10, 5, 30, 2, 3));
        assert_eq!(m.wake_at(), Some(s(2)));
        m.tick(s(2));
        // Still starting and within the period: the start interval again.
        m.finished(s(3), 1);
        assert_eq!(m.wake_at(), Some(s(5)));
        // A success ends the start period: the normal interval.
        m.tick(s(5));
        assert_eq!(m.finished(s(6), 0), vec![rec(0), StatusChanged(HealthStatus::Healthy)]);
        assert_eq!(m.wake_at(), Some(s(16)));
    }

    #[test]
    fn next_check_one_interval_after_the_previous_ended() {
        let mut m = Machine::new(timing(10, 5, 0, 1, 3));
        m.tick(s(10));
        m.finished(s(13), 0);
        assert_eq!(m.wake_at(), Some(s(23)));
    }

    #[test]
    fn retries_failures_make_it_unhealthy_once() {
        let mut m = Machine::new(timing(1, 5, 0, 1, 3));
        let mut t = 1;
        let mut check = |m: &mut Machine, code| {
            assert_eq!(m.tick(s(t)), vec![StartCheck]);
            let out = m.finished(s(t), code);
            t += 1;
            out
        };
        assert_eq!(check(&mut m, 1), vec![rec(1)]);
        assert_eq!(m.failing_streak(), 1);
        assert_eq!(check(&mut m, 2), vec![rec(2)]);
        assert_eq!(check(&mut m, 1), vec![rec(1), StatusChanged(HealthStatus::Unhealthy), OnFailure]);
        // Still unhealthy: no new event, the on-failure action again.
        assert_eq!(check(&mut m, 1), vec![rec(1), OnFailure]);
        assert_eq!(m.failing_streak(), 4);
        // One success: healthy, streak reset.
        assert_eq!(check(&mut m, 0), vec![rec(0), StatusChanged(HealthStatus::Healthy)]);
        assert_eq!(m.failing_streak(), 0);
        assert_eq!(check(&mut m, 1), vec![rec(1)]);
        assert_eq!(m.status(), HealthStatus::Healthy);
    }

    #[test]
    fn failures_in_the_start_period_do_not_count() {
        let mut m = Machine::new(timing(10, 5, 10, 1, 1));
        for t in 1..10 {
            assert_eq!(m.tick(s(t)), vec![StartCheck]);
            assert_eq!(m.finished(s(t), 1), vec![rec(1)]);
            assert_eq!(m.failing_streak(), 0);
        }
        // The last check of the period ran at 9: the next one at 10 is
        // outside it and counts; after it, the normal interval.
        assert_eq!(m.wake_at(), Some(s(10)));
        m.tick(s(10));
        assert_eq!(m.finished(s(10), 1), vec![rec(1), StatusChanged(HealthStatus::Unhealthy), OnFailure]);
        assert_eq!(m.wake_at(), Some(s(20)));
    }

    #[test]
    fn a_check_started_in_the_period_is_judged_by_its_start() {
        let mut m = Machine::new(timing(10, 5, 3, 2, 1));
        m.tick(s(2));
        // Ends after the period, began within it: does not count.
        assert_eq!(m.finished(s(4), 1), vec![rec(1)]);
        assert_eq!(m.status(), HealthStatus::Starting);
    }

    #[test]
    fn after_a_success_failures_count_even_in_the_start_period() {
        let mut m = Machine::new(timing(1, 5, 100, 1, 1));
        m.tick(s(1));
        m.finished(s(1), 0);
        assert_eq!(m.wake_at(), Some(s(2)));
        m.tick(s(2));
        assert_eq!(m.finished(s(2), 1), vec![rec(1), StatusChanged(HealthStatus::Unhealthy), OnFailure]);
    }

    #[test]
    fn a_check_past_its_timeout_is_killed_and_fails() {
        let mut m = Machine::new(timing(10, 3, 0, 1, 1));
        m.tick(s(10));
        assert_eq!(m.wake_at(), Some(s(13)));
        assert_eq!(m.tick(s(12)), vec![]);
        assert_eq!(
            m.tick(s(13)),
            vec![KillCheck, Record { exit_code: -1, timed_out: true }, StatusChanged(HealthStatus::Unhealthy), OnFailure]
        );
        // The killed process's exit comes later and is not a second result.
        assert_eq!(m.finished(s(13), 137), vec![]);
        assert_eq!(m.wake_at(), Some(s(23)));
    }

    #[test]
    fn run_now_starts_at_once_unless_running() {
        let mut m = Machine::new(timing(30, 5, 0, 1, 3));
        assert_eq!(m.run_now(s(1)), vec![StartCheck]);
        assert_eq!(m.run_now(s(2)), vec![]);
        assert_eq!(m.finished(s(2), 0), vec![rec(0), StatusChanged(HealthStatus::Healthy)]);
        assert_eq!(m.wake_at(), Some(s(32)));
    }

    #[test]
    fn any_nonzero_exit_is_a_failure() {
        let mut m = Machine::new(timing(1, 5, 0, 1, 1));
        m.tick(s(1));
        assert_eq!(m.finished(s(1), 127), vec![rec(127), StatusChanged(HealthStatus::Unhealthy), OnFailure]);
    }
}
