//! The logs of several containers at once, each line behind its
//! container's prefix: `logs A B`, `pod logs` and `compose logs`. With
//! `follow` every container is read concurrently (one reader each, whole
//! lines written under a lock so lines never interleave mid-way) until each
//! has stopped; Ctrl-C ends the command as it does `logs -f`.

use super::logs::{self, LogsOptions};
use crate::engine::Engine;
use anyhow::Result;
use std::io::Write;
use std::sync::{Arc, Mutex};

/// A container to show, with its prefix (`web-1  | `, `3f2a9c1b0d4e `).
#[derive(Debug, Clone)]
pub struct Source {
    pub id: String,
    pub prefix: String,
}

/// A shared output stream.
pub type Shared = Arc<Mutex<dyn Write + Send>>;

/// Writes whole lines to a shared output, each behind a prefix; an
/// unterminated last line is completed when the writer is dropped (so the
/// next container's first line starts on its own line).
pub struct PrefixWriter {
    prefix: String,
    pending: Vec<u8>,
    out: Shared,
}

impl PrefixWriter {
    pub fn new(prefix: String, out: Shared) -> PrefixWriter {
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

/// Prints the logs of every source, stdout lines to `out` and stderr lines
/// to `err` (the same stream for compose). Without `follow` one container
/// after the other; with it all at once, until every container has stopped.
/// A container that cannot be read (driver none, removed) does not hide the
/// others': each failure is returned, in the order of `sources`, after all
/// readers ended.
pub fn show(engine: &Engine, sources: &[Source], opts: &LogsOptions, out: Shared, err: Shared) -> Vec<anyhow::Error> {
    let read = |s: &Source| -> Result<()> {
        let mut o = PrefixWriter::new(s.prefix.clone(), out.clone());
        let mut e = PrefixWriter::new(s.prefix.clone(), err.clone());
        logs::logs(engine, &s.id, opts, &mut o, &mut e)
    };
    if !opts.follow {
        return sources.iter().filter_map(|s| read(s).err()).collect();
    }
    std::thread::scope(|scope| {
        let readers: Vec<_> = sources.iter().map(|s| scope.spawn(move || read(s))).collect();
        readers
            .into_iter()
            .filter_map(|h| match h.join() {
                Ok(r) => r.err(),
                Err(_) => Some(anyhow::anyhow!("a log reader panicked")),
            })
            .collect()
    })
}

/// The process's stdout and stderr as [`Shared`] streams.
pub fn stdio() -> (Shared, Shared) {
    (Arc::new(Mutex::new(std::io::stdout())), Arc::new(Mutex::new(std::io::stderr())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixed_whole_lines() {
        let buf: Arc<Mutex<Vec<u8>>> = Arc::new(Mutex::new(Vec::new()));
        {
            let out: Shared = buf.clone();
            let mut w = PrefixWriter::new("web-1  | ".into(), out);
            w.write_all(b"a\nb").unwrap();
            w.write_all(b"c\n\nd").unwrap();
        }
        assert_eq!(String::from_utf8(buf.lock().unwrap().clone()).unwrap(), "web-1  | a\nweb-1  | bc\nweb-1  | \nweb-1  | d\n");
    }

    #[test]
    fn concurrent_writers_never_split_a_line() {
        let buf: Arc<Mutex<Vec<u8>>> = Arc::new(Mutex::new(Vec::new()));
        std::thread::scope(|s| {
            for p in ["x ", "y "] {
                let out: Shared = buf.clone();
                s.spawn(move || {
                    let mut w = PrefixWriter::new(p.into(), out);
                    for _ in 0..200 {
                        // Each line in two writes: the lock is taken per line, not per write.
                        w.write_all(b"abc").unwrap();
                        w.write_all(b"def\n").unwrap();
                    }
                });
            }
        });
        let text = String::from_utf8(buf.lock().unwrap().clone()).unwrap();
        assert_eq!(text.lines().count(), 400);
        assert!(text.lines().all(|l| l == "x abcdef" || l == "y abcdef"), "{text}");
    }
}
