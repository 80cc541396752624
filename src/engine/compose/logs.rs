//! Logs of several containers, each line prefixed `SERVICE-N  | ` as docker
//! compose prints them, and the foreground `up` loop: follow every
//! container until all have stopped, stopping them on Ctrl-C (a second
//! Ctrl-C kills what is left).

use crate::engine::containers::logs::{self, LogsOptions};
use crate::engine::containers::ops;
use crate::engine::Engine;
use anyhow::Result;
use std::io::Write;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex};

/// A container to show, with its prefix (`web-1`).
#[derive(Debug, Clone)]
pub struct Source {
    pub id: String,
    pub prefix: String,
}

/// Writes whole lines to a shared output, each behind a prefix.
pub struct PrefixWriter {
    prefix: String,
    pending: Vec<u8>,
    out: Arc<Mutex<dyn Write + Send>>,
}

impl PrefixWriter {
    pub fn new(prefix: String, out: Arc<Mutex<dyn Write + Send>>) -> PrefixWriter {
        PrefixWriter { prefix, pending: Vec::new(), out }
    }

    fn emit(&mut self, line: &[u8]) -> std::io::Result<()> {
        let mut o = self.out.lock().unwrap_or_else(|p| p.into_inner());
        o.write_all(self.prefix.as_bytes())?;
        o.write_all(line)?;
        o.write_all(b"\n")?;
        o.flush()
    }
}

impl Write for PrefixWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.pending.extend_from_slice(buf);
        while let Some(p) = self.pending.iter().position(|b| *b == b'\n') {
            let line: Vec<u8> = self.pending.drain(..=p).collect();
            self.emit(&line[..line.len() - 1])?;
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Drop for PrefixWriter {
    fn drop(&mut self) {
        if !self.pending.is_empty() {
            let rest = std::mem::take(&mut self.pending);
            let _ = self.emit(&rest);
        }
    }
}

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

/// Prints the logs of every source; with `follow`, concurrently until each
/// container stops.
pub fn show(engine: &Engine, sources: &[Source], opts: &LogsOptions) -> Result<()> {
    let out: Arc<Mutex<dyn Write + Send>> = Arc::new(Mutex::new(std::io::stdout()));
    if !opts.follow {
        for s in sources {
            let mut w = PrefixWriter::new(s.prefix.clone(), out.clone());
            let mut e = PrefixWriter::new(s.prefix.clone(), out.clone());
            // One container without logs (driver none) does not hide the others'.
            if let Err(err) = logs::logs(engine, &s.id, opts, &mut w, &mut e) {
                eprintln!("WARN: {err:#}");
            }
        }
        return Ok(());
    }
    std::thread::scope(|scope| {
        let handles: Vec<_> = sources
            .iter()
            .map(|s| {
                let out = out.clone();
                scope.spawn(move || {
                    let mut w = PrefixWriter::new(s.prefix.clone(), out.clone());
                    let mut e = PrefixWriter::new(s.prefix.clone(), out);
                    logs::logs(engine, &s.id, opts, &mut w, &mut e)
                })
            })
            .collect();
        for h in handles {
            match h.join() {
                Ok(Err(e)) => eprintln!("WARN: {e:#}"),
                Err(_) => eprintln!("WARN: a log reader panicked"),
                Ok(Ok(())) => {}
            }
        }
    });
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
pub fn attach_until_stopped(engine: &Engine, sources: &[Source], stop_order: &[String], timeout: Option<u32>, abort: bool) -> Result<AttachEnd> {
    use nix::sys::signal::{sigaction, SaFlags, SigAction, SigHandler, SigSet, Signal};
    let action = SigAction::new(SigHandler::Handler(on_interrupt), SaFlags::SA_RESTART, SigSet::empty());
    // SAFETY: the handler only touches an atomic.
    unsafe {
        sigaction(Signal::SIGINT, &action)?;
        sigaction(Signal::SIGTERM, &action)?;
    }
    let opts = LogsOptions { follow: true, ..Default::default() };
    std::thread::scope(|scope| -> Result<AttachEnd> {
        let reader = scope.spawn(|| show(engine, sources, &opts));
        let mut end = AttachEnd::AllStopped;
        let mut stopping = false;
        while !reader.is_finished() {
            let n = INTERRUPTS.load(Ordering::SeqCst);
            if !stopping && n >= 1 {
                end = AttachEnd::Interrupted;
                eprintln!("Gracefully stopping... (press Ctrl+C again to force)");
            } else if !stopping && abort {
                if let Some(name) = stop_order.iter().find(|name| ops::find(engine, name).is_ok_and(|(_, s)| !ops::is_running(&s))) {
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
        if abort && !stopping {
            if let Some(name) = stop_order.iter().find(|name| ops::find(engine, name).is_ok_and(|(_, s)| !ops::is_running(&s))) {
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
        let buf: Arc<Mutex<Vec<u8>>> = Arc::new(Mutex::new(Vec::new()));
        {
            let out: Arc<Mutex<dyn Write + Send>> = buf.clone();
            let mut w = PrefixWriter::new("web-1  | ".into(), out);
            w.write_all(b"a\nb").unwrap();
            w.write_all(b"c\nd").unwrap();
        }
        assert_eq!(String::from_utf8(buf.lock().unwrap().clone()).unwrap(), "web-1  | a\nweb-1  | bc\nweb-1  | d\n");
        assert_eq!(prefixes(&["web-1".into(), "redis-1".into()], false, false), ["web-1    | ", "redis-1  | "]);
        assert_eq!(prefixes(&["web-1".into(), "redis-1".into()], false, true), ["\x1b[36mweb-1    |\x1b[0m ", "\x1b[33mredis-1  |\x1b[0m "]);
        assert_eq!(prefixes(&["web-1".into()], true, true), [""]);
    }
}
