//! Logs of several containers, each line prefixed `SERVICE-N  | ` as docker
//! compose prints them, and the foreground `up` loop: follow every
//! container until all have stopped, stopping them on Ctrl-C (a second
//! Ctrl-C kills what is left).

use crate::engine::containers::logs::LogsOptions;
use crate::engine::containers::logs_many::Shared;
use crate::engine::containers::ops;
use crate::engine::Engine;
use anyhow::Result;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex};

pub use crate::engine::containers::logs_many::Source;

/// docker compose's palette for prefixes, by position: cyan, yellow,
/// green, magenta, blue, then their bright forms.
const PALETTE: [&str; 10] = ["36", "33", "32", "35", "34", "36;1", "33;1", "32;1", "35;1", "34;1"];

/// docker compose's prefix column: names padded to the longest plus one,
/// with `colour` each `name  |` in the next colour of the palette.
pub fn prefixes(names: &[String], no_prefix: bool, colour: bool) -> Vec<String> {
    if no_prefix {
        return names.iter().map(|_| String::new()).collect();
    }
    let width = names.iter().map(|n| n.chars().count()).max().unwrap_or(0) + 1;
    names
        .iter()
        .enumerate()
        .map(|(i, n)| match colour {
            true => format!("\x1b[{}m{n:<width$} |\x1b[0m ", PALETTE[i % PALETTE.len()]),
            false => format!("{n:<width$} | "),
        })
        .collect()
}

/// Prints the logs of every source, stderr lines on stdout as docker
/// compose does; with `follow`, concurrently until each container stops.
/// One container without logs (driver none) does not hide the others'.
pub fn show(engine: &Engine, sources: &[Source], opts: &LogsOptions) -> Result<()> {
    let out: Shared = Arc::new(Mutex::new(std::io::stdout()));
    for e in crate::engine::containers::logs_many::show(engine, sources, opts, out.clone(), out) {
        eprintln!("WARN: {e:#}");
    }
    Ok(())
}

static INTERRUPTS: AtomicU32 = AtomicU32::new(0);

extern "C" fn on_interrupt(_: libc::c_int) {
    INTERRUPTS.fetch_add(1, Ordering::SeqCst);
}

/// How a foreground `up` ended.
#[derive(Debug, Clone, PartialEq)]
pub enum AttachEnd {
    /// Every container stopped by itself.
    AllStopped,
    /// Ctrl-C (or SIGTERM): the project was stopped.
    Interrupted,
    /// `--abort-on-container-exit`: this container (name) exited first and
    /// the project was stopped.
    Aborted(String),
}

/// Foreground `up`: follows the logs of `sources` until every container has
/// stopped. Ctrl-C (or SIGTERM) stops them, in `stop_order` (container
/// names); a second one kills them. With `abort`, the first container to
/// exit stops the others too.
/// When foreground `up` ends the project before every container stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Abort {
    #[default]
    Never,
    /// `--abort-on-container-exit`: once any container stopped.
    OnExit,
    /// `--abort-on-container-failure`: once one stopped with a non-zero code.
    OnFailure,
}

impl Abort {
    fn ended(self, s: &crate::container::ContainerState) -> bool {
        match self {
            Abort::Never => false,
            Abort::OnExit => !ops::is_running(s),
            Abort::OnFailure => !ops::is_running(s) && s.exit_code != 0,
        }
    }
}

pub fn attach_until_stopped(engine: &Engine, sources: &[Source], stop_order: &[String], timeout: Option<u32>, abort: Abort, timestamps: bool) -> Result<AttachEnd> {
    use nix::sys::signal::{sigaction, SaFlags, SigAction, SigHandler, SigSet, Signal};
    let action = SigAction::new(SigHandler::Handler(on_interrupt), SaFlags::SA_RESTART, SigSet::empty());
    // SAFETY: the handler only touches an atomic.
    unsafe {
        sigaction(Signal::SIGINT, &action)?;
        sigaction(Signal::SIGTERM, &action)?;
    }
    let opts = LogsOptions { follow: true, timestamps, ..Default::default() };
    std::thread::scope(|scope| -> Result<AttachEnd> {
        let reader = scope.spawn(|| show(engine, sources, &opts));
        let mut end = AttachEnd::AllStopped;
        let mut stopping = false;
        while !reader.is_finished() {
            let n = INTERRUPTS.load(Ordering::SeqCst);
            if !stopping && n >= 1 {
                end = AttachEnd::Interrupted;
                eprintln!("Gracefully stopping... (press Ctrl+C again to force)");
            } else if !stopping && abort != Abort::Never {
                if let Some(name) = stop_order.iter().find(|name| ops::find(engine, name).is_ok_and(|(_, s)| abort.ended(&s))) {
                    end = AttachEnd::Aborted(name.clone());
                    eprintln!("Aborting on container exit...");
                }
            }
            if !stopping && end != AttachEnd::AllStopped {
                stopping = true;
                let order: Vec<String> = stop_order.to_vec();
                scope.spawn(move || {
                    for name in &order {
                        if INTERRUPTS.load(Ordering::SeqCst) >= 2 {
                            continue;
                        }
                        if ops::find(engine, name).is_ok_and(|(_, s)| ops::is_running(&s)) && ops::stop(engine, name, timeout).is_ok() {
                            super::progress("Container", name, "Stopped");
                        }
                    }
                });
            }
            if n >= 2 {
                for name in stop_order {
                    if ops::find(engine, name).is_ok_and(|(_, s)| ops::is_running(&s)) {
                        let _ = ops::kill(engine, name, nix::sys::signal::Signal::SIGKILL);
                    }
                }
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        let _ = reader.join();
        // The attached containers may all have ended before the loop saw
        // one exit (a quick job with the others not attached): with
        // `abort` that exit still ends the project.
        if abort != Abort::Never && !stopping {
            if let Some(name) = stop_order.iter().find(|name| ops::find(engine, name).is_ok_and(|(_, s)| abort.ended(&s))) {
                end = AttachEnd::Aborted(name.clone());
                eprintln!("Aborting on container exit...");
                for other in stop_order {
                    if ops::find(engine, other).is_ok_and(|(_, s)| ops::is_running(&s)) && ops::stop(engine, other, timeout).is_ok() {
                        super::progress("Container", other, "Stopped");
                    }
                }
            }
        }
        Ok(end)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixed_lines() {
        assert_eq!(prefixes(&["web-1".into(), "redis-1".into()], false, false), ["web-1    | ", "redis-1  | "]);
        assert_eq!(prefixes(&["web-1".into(), "redis-1".into()], false, true), ["\x1b[36mweb-1    |\x1b[0m ", "\x1b[33mredis-1  |\x1b[0m "]);
        assert_eq!(prefixes(&["web-1".into()], true, true), [""]);
    }
}
