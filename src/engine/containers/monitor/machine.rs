//! The monitor's decisions, without I/O: what to do when a client asks for
//! something, when a deadline passes, when a health check ends and when the
//! container's process has exited. The poll loop in `monitor/mod.rs` feeds
//! it events and carries out the [`Action`]s it returns (signals, state
//! writes, replies, notifications), so every rule here is unit-tested
//! without a container.

use super::super::sdnotify;
use crate::container::health::{HealthStatus, OnFailure};
use crate::container::record::RestartPolicy;
use crate::container::Status;
use crate::engine::containers::protocol::Frame;
use nix::sys::signal::Signal;
use std::time::{Duration, Instant};

/// How long after the start the monitor gives back its set-up memory.
pub const TRIM_DELAY: Duration = Duration::from_secs(1);

/// The first wait before a restart; doubled each time, up to [`MAX_BACKOFF`].
pub const FIRST_BACKOFF: Duration = Duration::from_millis(100);
pub const MAX_BACKOFF: Duration = Duration::from_secs(10);

/// A client's request that is a decision (stdin, resizes and attaches are
/// plain I/O and stay in the loop).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Request {
    /// `kill -s N`.
    Signal(i32),
    /// `stop -t SECONDS`.
    Stop { timeout: u32 },
    Pause,
    Unpause,
}

/// What the I/O loop has to do, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Send a signal to the container's init.
    Kill(Signal),
    /// Send a signal to every process of the container (pause, unpause).
    SignalAll(Signal),
    /// Write `state.json` with the machine's status and `stopped_by_user`.
    Save,
    /// Answer the client that asked.
    Reply(Frame),
    /// The client that asked wants the Exit frame when the container stops.
    Wait,
    /// Give the set-up code's memory back.
    Trim,
    /// Tell systemd (per `--sdnotify`); the flag says whether this is the
    /// first healthy check announced.
    Notify(sdnotify::Event, bool),
    /// Answer the clients waiting for the running health check.
    HealthDone(HealthStatus),
}

/// The monitor's decision state over its whole life (several runs when the
/// container restarts).
#[derive(Debug)]
pub struct Machine {
    /// The container's status as this run sees it (Running or Paused).
    pub status: Status,
    /// `stop` (or `--health-on-failure stop`) asked: no restart.
    pub stopped_by_user: bool,
    /// `--health-on-failure restart` stopped the container: start it again.
    pub health_restart: bool,
    stop_signal: Signal,
    /// The record's stop timeout (for `--health-on-failure stop/restart`).
    stop_timeout: u32,
    sd_mode: sdnotify::Mode,
    /// READY was announced for a healthy check already.
    sd_ready_sent: bool,
    kill_at: Option<Instant>,
    trim_at: Option<Instant>,
    /// `--health-on-failure` acted in this run already (once per run).
    health_acted: bool,
}

impl Machine {
    pub fn new(sd_mode: sdnotify::Mode) -> Machine {
        Machine {
            status: Status::Created,
            stopped_by_user: false,
            health_restart: false,
            stop_signal: Signal::SIGTERM,
            stop_timeout: 10,
            sd_mode,
            sd_ready_sent: false,
            kill_at: None,
            trim_at: None,
            health_acted: false,
        }
    }

    /// The container's process runs (again): a new run's deadlines, and the
    /// start notification. The stop signal and timeout are the record's as
    /// of this run (`update` may change the record between runs).
    pub fn started(&mut self, now: Instant, stopped_by_user: bool, stop_signal: Signal, stop_timeout: u32) -> Vec<Action> {
        self.status = Status::Running;
        self.stopped_by_user = stopped_by_user;
        self.stop_signal = stop_signal;
        self.stop_timeout = stop_timeout;
        self.kill_at = None;
        // Once the start is over (and the CLI that shared our code pages has
        // gone), give the set-up code's memory back.
        self.trim_at = Some(now + TRIM_DELAY);
        self.health_acted = false;
        vec![Action::Notify(sdnotify::Event::Started, !self.sd_ready_sent)]
    }

    /// `run --timeout SECS`: SIGKILL once this run has lasted `secs`
    /// (0: no limit).
    pub fn kill_after(&mut self, now: Instant, secs: u64) {
        if secs > 0 {
            self.kill_at = Some(now + Duration::from_secs(secs));
        }
    }

    /// How this container tells systemd it is ready.
    pub fn sd_mode(&self) -> sdnotify::Mode {
        self.sd_mode
    }

    /// The next time [`Machine::timers`] has something to do.
    pub fn deadline(&self) -> Option<Instant> {
        [self.kill_at, self.trim_at].into_iter().flatten().min()
    }

    /// Deadlines that have passed at `now`.
    pub fn timers(&mut self, now: Instant) -> Vec<Action> {
        let mut out = Vec::new();
        if self.kill_at.is_some_and(|t| now >= t) {
            self.kill_at = None;
            out.push(Action::Kill(Signal::SIGKILL));
        }
        if self.trim_at.is_some_and(|t| now >= t) {
            self.trim_at = None;
            out.push(Action::Trim);
        }
        out
    }

    /// A health check ran: handling it mapped code the loop never needs
    /// otherwise, so give memory back at the next turn.
    pub fn trim_soon(&mut self, now: Instant) {
        self.trim_at = Some(now);
    }

    /// A client's request; `name` is the container's, for refusals.
    pub fn request(&mut self, r: Request, now: Instant, name: &str) -> Vec<Action> {
        match r {
            Request::Signal(n) => {
                let mut out = Vec::new();
                if let Ok(sig) = Signal::try_from(n) {
                    out.push(Action::Kill(sig));
                }
                out.push(Action::Reply(Frame::Done));
                out
            }
            Request::Stop { timeout } => {
                self.stopped_by_user = true;
                let mut out = vec![Action::Save, Action::Kill(self.stop_signal)];
                out.extend(self.resume_if_paused());
                self.kill_by(now + Duration::from_secs(u64::from(timeout)));
                if timeout == 0 {
                    out.push(Action::Kill(Signal::SIGKILL));
                }
                out.push(Action::Wait);
                out
            }
            Request::Pause | Request::Unpause => {
                let pause = r == Request::Pause;
                if let Some(refused) = super::super::pause::refusal(name, self.status, pause) {
                    return vec![Action::Reply(refused)];
                }
                self.status = if pause { Status::Paused } else { Status::Running };
                let sig = if pause { Signal::SIGSTOP } else { Signal::SIGCONT };
                vec![Action::SignalAll(sig), Action::Save, Action::Reply(Frame::Done)]
            }
        }
    }

    /// A health check ended (`finished`) and/or asks for `--health-on-failure`
    /// (`on_failure`): kill acts as if the process died (the restart policy
    /// applies), stop as `dhow stop`, restart stops and starts again whatever
    /// the policy. The action is taken once per run.
    pub fn health(&mut self, finished: Option<HealthStatus>, on_failure: Option<OnFailure>, now: Instant) -> Vec<Action> {
        let mut out = Vec::new();
        if finished == Some(HealthStatus::Healthy) {
            let first = !std::mem::replace(&mut self.sd_ready_sent, true);
            out.push(Action::Notify(sdnotify::Event::Healthy, first));
        }
        if let Some(status) = finished {
            out.push(Action::HealthDone(status));
        }
        let Some(action) = on_failure else { return out };
        if std::mem::replace(&mut self.health_acted, true) {
            return out;
        }
        match action {
            OnFailure::Kill => {
                out.push(Action::Kill(Signal::SIGKILL));
                return out;
            }
            OnFailure::Stop => {
                self.stopped_by_user = true;
                out.push(Action::Save);
            }
            OnFailure::Restart => self.health_restart = true,
            OnFailure::None => return out,
        }
        out.extend(self.resume_if_paused());
        out.push(Action::Kill(self.stop_signal));
        self.kill_by(now + Duration::from_secs(u64::from(self.stop_timeout)));
        out
    }

    /// Stopped processes must run to act on a stop signal.
    fn resume_if_paused(&mut self) -> Vec<Action> {
        if self.status != Status::Paused {
            return vec![];
        }
        self.status = Status::Running;
        vec![Action::SignalAll(Signal::SIGCONT), Action::Save]
    }

    fn kill_by(&mut self, t: Instant) {
        self.kill_at = Some(self.kill_at.map_or(t, |k| k.min(t)));
    }

    /// The process exited with `code`: start it again? Takes the
    /// `--health-on-failure restart` request of this run.
    pub fn restart_after(&mut self, code: i32, policy: &RestartPolicy, auto_remove: bool, restart_count: u32) -> bool {
        let health_restart = std::mem::take(&mut self.health_restart) && !self.stopped_by_user;
        health_restart || should_restart(policy, self.stopped_by_user || auto_remove, restart_count, code)
    }
}

/// The restart policy's answer for an exit with `code` (`held` when the user
/// stopped the container or it is `--rm`).
pub fn should_restart(p: &RestartPolicy, held: bool, restart_count: u32, code: i32) -> bool {
    if held {
        return false;
    }
    match p.name.as_str() {
        "always" | "unless-stopped" => true,
        "on-failure" => code != 0 && (p.maximum_retry_count == 0 || restart_count < p.maximum_retry_count),
        _ => false,
    }
}

/// The wait before the restart after one that waited `prev`.
pub fn next_backoff(prev: Duration) -> Duration {
    (prev * 2).min(MAX_BACKOFF)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn machine() -> (Machine, Instant) {
        let mut m = Machine::new(sdnotify::Mode::Conmon);
        let now = Instant::now();
        assert_eq!(m.started(now, false, Signal::SIGTERM, 10), vec![Action::Notify(sdnotify::Event::Started, true)]);
        (m, now)
    }

    fn policy(name: &str, max: u32) -> RestartPolicy {
        RestartPolicy { name: name.into(), maximum_retry_count: max }
    }

    #[test]
    fn stop_signals_then_kills_at_the_deadline_once() {
        let (mut m, now) = machine();
        let a = m.request(Request::Stop { timeout: 5 }, now, "c");
        assert_eq!(a, vec![Action::Save, Action::Kill(Signal::SIGTERM), Action::Wait]);
        assert!(m.stopped_by_user);
        let at = now + Duration::from_secs(5);
        assert_eq!(m.deadline(), Some(now + TRIM_DELAY));
        assert_eq!(m.timers(now + TRIM_DELAY), vec![Action::Trim]);
        assert_eq!(m.deadline(), Some(at));
        assert_eq!(m.timers(at - Duration::from_millis(1)), vec![]);
        assert_eq!(m.timers(at), vec![Action::Kill(Signal::SIGKILL)]);
        assert_eq!(m.timers(at + Duration::from_secs(1)), vec![]);
        assert_eq!(m.deadline(), None);
    }

    #[test]
    fn a_second_stop_keeps_the_earlier_deadline_and_zero_kills_at_once() {
        let (mut m, now) = machine();
        m.request(Request::Stop { timeout: 3 }, now, "c");
        m.request(Request::Stop { timeout: 30 }, now, "c");
        m.timers(now + TRIM_DELAY);
        assert_eq!(m.deadline(), Some(now + Duration::from_secs(3)));
        let a = m.request(Request::Stop { timeout: 0 }, now, "c");
        assert_eq!(a, vec![Action::Save, Action::Kill(Signal::SIGTERM), Action::Kill(Signal::SIGKILL), Action::Wait]);
    }

    #[test]
    fn stopping_a_paused_container_resumes_it_first() {
        let (mut m, now) = machine();
        assert_eq!(m.request(Request::Pause, now, "c"), vec![Action::SignalAll(Signal::SIGSTOP), Action::Save, Action::Reply(Frame::Done)]);
        assert_eq!(m.status, Status::Paused);
        let a = m.request(Request::Stop { timeout: 10 }, now, "c");
        assert_eq!(a, vec![Action::Save, Action::Kill(Signal::SIGTERM), Action::SignalAll(Signal::SIGCONT), Action::Save, Action::Wait]);
        assert_eq!(m.status, Status::Running);
    }

    #[test]
    fn pause_and_unpause_are_refused_in_the_wrong_state() {
        let (mut m, now) = machine();
        let refused = |a: Vec<Action>| matches!(a.as_slice(), [Action::Reply(Frame::Error { .. })]);
        assert!(refused(m.request(Request::Unpause, now, "c")));
        m.request(Request::Pause, now, "c");
        assert!(refused(m.request(Request::Pause, now, "c")));
        assert_eq!(m.request(Request::Unpause, now, "c"), vec![Action::SignalAll(Signal::SIGCONT), Action::Save, Action::Reply(Frame::Done)]);
        assert_eq!(m.status, Status::Running);
    }

    #[test]
    fn signals_are_passed_on_and_answered() {
        let (mut m, now) = machine();
        assert_eq!(m.request(Request::Signal(10), now, "c"), vec![Action::Kill(Signal::SIGUSR1), Action::Reply(Frame::Done)]);
        // An unknown number is not sent, but still answered.
        assert_eq!(m.request(Request::Signal(999), now, "c"), vec![Action::Reply(Frame::Done)]);
    }

    #[test]
    fn health_on_failure_acts_once_per_run() {
        let (mut m, now) = machine();
        let a = m.health(Some(HealthStatus::Unhealthy), Some(OnFailure::Kill), now);
        assert_eq!(a, vec![Action::HealthDone(HealthStatus::Unhealthy), Action::Kill(Signal::SIGKILL)]);
        assert_eq!(m.health(None, Some(OnFailure::Kill), now), vec![]);
        // A new run may act again.
        m.started(now, false, Signal::SIGTERM, 10);
        assert_eq!(m.health(None, Some(OnFailure::Kill), now), vec![Action::Kill(Signal::SIGKILL)]);
    }

    #[test]
    fn health_on_failure_stop_is_a_user_stop_with_the_records_timeout() {
        let (mut m, now) = machine();
        m.timers(now + TRIM_DELAY);
        let a = m.health(None, Some(OnFailure::Stop), now);
        assert_eq!(a, vec![Action::Save, Action::Kill(Signal::SIGTERM)]);
        assert!(m.stopped_by_user);
        assert_eq!(m.deadline(), Some(now + Duration::from_secs(10)));
        assert!(!m.restart_after(143, &policy("always", 0), false, 0));
    }

    #[test]
    fn health_on_failure_restart_restarts_whatever_the_policy() {
        let (mut m, now) = machine();
        m.request(Request::Pause, now, "c");
        let a = m.health(None, Some(OnFailure::Restart), now);
        assert_eq!(a, vec![Action::SignalAll(Signal::SIGCONT), Action::Save, Action::Kill(Signal::SIGTERM)]);
        assert!(m.restart_after(143, &policy("no", 0), false, 0));
        // Taken: the next exit follows the policy again.
        assert!(!m.restart_after(143, &policy("no", 0), false, 0));
    }

    #[test]
    fn healthy_announces_ready_once_and_answers_waiters() {
        let (mut m, now) = machine();
        let a = m.health(Some(HealthStatus::Healthy), None, now);
        assert_eq!(a, vec![Action::Notify(sdnotify::Event::Healthy, true), Action::HealthDone(HealthStatus::Healthy)]);
        let a = m.health(Some(HealthStatus::Healthy), None, now);
        assert_eq!(a, vec![Action::Notify(sdnotify::Event::Healthy, false), Action::HealthDone(HealthStatus::Healthy)]);
        // After a restart, the start notification is no longer the first READY.
        assert_eq!(m.started(now, false, Signal::SIGTERM, 10), vec![Action::Notify(sdnotify::Event::Started, false)]);
    }

    #[test]
    fn restart_policy() {
        let always = policy("always", 0);
        assert!(should_restart(&always, false, 5, 0));
        assert!(should_restart(&policy("unless-stopped", 0), false, 0, 1));
        assert!(!should_restart(&always, true, 0, 1));
        assert!(!should_restart(&policy("no", 0), false, 0, 1));
        assert!(!should_restart(&policy("", 0), false, 0, 1));
        let on_failure = policy("on-failure", 2);
        assert!(!should_restart(&on_failure, false, 0, 0));
        assert!(should_restart(&on_failure, false, 1, 3));
        assert!(!should_restart(&on_failure, false, 2, 3));
        assert!(should_restart(&policy("on-failure", 0), false, 100, 3));
        let (mut m, now) = machine();
        m.request(Request::Stop { timeout: 1 }, now, "c");
        assert!(!m.restart_after(137, &always, false, 0));
        let (mut m, _) = machine();
        assert!(!m.restart_after(1, &always, true, 0), "--rm containers are not restarted");
        assert!(m.restart_after(1, &always, false, 0));
    }

    #[test]
    fn backoff_doubles_up_to_the_cap() {
        assert_eq!(next_backoff(FIRST_BACKOFF), Duration::from_millis(200));
        assert_eq!(next_backoff(Duration::from_secs(8)), MAX_BACKOFF);
        assert_eq!(next_backoff(MAX_BACKOFF), MAX_BACKOFF);
    }

    #[test]
    fn a_run_timeout_kills_once_it_has_passed() {
        let (mut m, now) = machine();
        m.kill_after(now, 0);
        assert_eq!(m.deadline(), Some(now + TRIM_DELAY), "no limit: only the trim");
        m.kill_after(now, 5);
        assert!(m.timers(now + Duration::from_secs(4)).iter().all(|a| *a != Action::Kill(Signal::SIGKILL)));
        assert!(m.timers(now + Duration::from_secs(5)).contains(&Action::Kill(Signal::SIGKILL)));
    }

}
