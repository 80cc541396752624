//! The client side of an attached container (foreground `run`, `start -a`,
//! `attach`): copies output to our stdout/stderr, our stdin to the container,
//! forwards signals (`--sig-proxy`) and terminal size, detaches on the
//! detach keys, and returns the container's exit code.

use super::protocol::{self, Frame};
use super::start::StartFailed;
use anyhow::Result;
use std::io::{Read, Write};
use std::os::fd::AsRawFd;
use std::os::unix::net::UnixStream;
use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};
use std::sync::Arc;

#[derive(Debug, Clone)]
pub struct AttachOptions {
    /// Forward our stdin.
    pub stdin: bool,
    /// The container has a terminal: put ours in raw mode and follow its size.
    pub tty: bool,
    /// Forward SIGINT/SIGTERM/... to the container (non-tty only; with a tty
    /// Ctrl-C is just a byte).
    pub sig_proxy: bool,
    /// Key sequence that detaches (docker's default ctrl-p,ctrl-q).
    pub detach_keys: Vec<u8>,
}

/// docker's `--detach-keys` syntax: `ctrl-p,ctrl-q`, `a`, `ctrl-@`...
pub fn parse_detach_keys(s: &str) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    for part in s.split(',').filter(|p| !p.is_empty()) {
        if let Some(k) = part.strip_prefix("ctrl-") {
            let c = k.chars().next().filter(|_| k.chars().count() == 1);
            match c {
                Some(c @ 'a'..='z') => out.push(c as u8 - b'a' + 1),
                Some('@') => out.push(0),
                Some('[') => out.push(27),
                Some('\\') => out.push(28),
                Some(']') => out.push(29),
                Some('^') => out.push(30),
                Some('_') => out.push(31),
                _ => anyhow::bail!("invalid detach key {part:?}: use ctrl-<letter> or a single character"),
            }
        } else if part.len() == 1 {
            out.push(part.as_bytes()[0]);
        } else {
            anyhow::bail!("invalid detach key {part:?}: use ctrl-<letter> or a single character");
        }
    }
    Ok(out)
}

/// How an attachment ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ended {
    Exited(i32),
    Detached,
}

static SIGNAL_PIPE: AtomicI32 = AtomicI32::new(-1);

extern "C" fn on_signal(sig: libc::c_int) {
    let fd = SIGNAL_PIPE.load(Ordering::Relaxed);
    if fd >= 0 {
        let b = sig as u8;
        // SAFETY: write(2) is async-signal-safe.
        unsafe { libc::write(fd, (&b as *const u8).cast(), 1) };
    }
}

const PROXIED: &[libc::c_int] = &[libc::SIGINT, libc::SIGTERM, libc::SIGHUP, libc::SIGQUIT, libc::SIGUSR1, libc::SIGUSR2];

/// Restores the terminal mode when dropped.
pub struct RawMode(Option<nix::sys::termios::Termios>);

impl RawMode {
    /// Puts our stdin's terminal in raw mode when `on` and it is a terminal.
    pub fn enter(on: bool) -> RawMode {
        use nix::sys::termios;
        let stdin = std::io::stdin();
        if !on || !nix::unistd::isatty(stdin.as_raw_fd()).unwrap_or(false) {
            return RawMode(None);
        }
        let Ok(orig) = termios::tcgetattr(&stdin) else { return RawMode(None) };
        let mut raw = orig.clone();
        termios::cfmakeraw(&mut raw);
        let _ = termios::tcsetattr(&stdin, termios::SetArg::TCSANOW, &raw);
        RawMode(Some(orig))
    }
}

impl Drop for RawMode {
    fn drop(&mut self) {
        if let Some(t) = &self.0 {
            let _ = nix::sys::termios::tcsetattr(std::io::stdin(), nix::sys::termios::SetArg::TCSANOW, t);
        }
    }
}

/// Our terminal's (rows, cols), from stdout, stdin or stderr.
pub fn terminal_size() -> Option<(u16, u16)> {
    let mut ws: libc::winsize = unsafe { std::mem::zeroed() };
    for fd in [1, 0, 2] {
        // SAFETY: TIOCGWINSZ writes a winsize into a valid pointer.
        if unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut ws) } == 0 && ws.ws_row > 0 {
            return Some((ws.ws_row, ws.ws_col));
        }
    }
    None
}

/// Runs the attachment over `conn` until the container exits or we detach.
pub fn attach(conn: UnixStream, opts: &AttachOptions) -> Result<Ended> {
    attach_streams(conn, opts, Streams { stdout: true, stderr: true })
}

/// Which output streams an attachment shows (`run -a stdout`).
#[derive(Debug, Clone, Copy)]
pub struct Streams {
    pub stdout: bool,
    pub stderr: bool,
}

/// [`attach`], showing only `streams` (the other is read and dropped).
pub fn attach_streams(conn: UnixStream, opts: &AttachOptions, streams: Streams) -> Result<Ended> {
    let writer = Arc::new(std::sync::Mutex::new(conn.try_clone()?));
    let detached = Arc::new(AtomicBool::new(false));
    let _raw = RawMode::enter(opts.tty);

    if opts.tty {
        let w = writer.clone();
        std::thread::spawn(move || {
            let mut last = None;
            loop {
                let now = terminal_size();
                if now.is_some() && now != last {
                    let (rows, cols) = now.unwrap_or((24, 80));
                    if w.lock().map(|mut c| protocol::write_frame(&mut *c, &Frame::Resize { rows, cols })).is_err() {
                        return;
                    }
                    last = now;
                }
                std::thread::sleep(std::time::Duration::from_millis(200));
            }
        });
    }

    if opts.sig_proxy && !opts.tty {
        if let Ok((r, w)) = nix::unistd::pipe() {
            use std::os::fd::IntoRawFd;
            SIGNAL_PIPE.store(w.into_raw_fd(), Ordering::Relaxed);
            for &s in PROXIED {
                // SAFETY: the handler only calls write(2).
                unsafe { libc::signal(s, on_signal as *const () as libc::sighandler_t) };
            }
            let wr = writer.clone();
            std::thread::spawn(move || {
                let mut f = std::fs::File::from(r);
                let mut b = [0u8; 1];
                while f.read_exact(&mut b).is_ok() {
                    if let Ok(mut c) = wr.lock() {
                        let _ = protocol::write_frame(&mut *c, &Frame::Signal(i32::from(b[0])));
                    }
                }
            });
        }
    }

    if opts.stdin {
        let w = writer.clone();
        let d = detached.clone();
        let keys = opts.detach_keys.clone();
        let shutdown = conn.try_clone()?;
        std::thread::spawn(move || {
            let mut stdin = std::io::stdin().lock();
            let mut buf = [0u8; 8192];
            let mut matched = 0usize;
            loop {
                let n = match stdin.read(&mut buf) {
                    Ok(0) | Err(_) => {
                        if let Ok(mut c) = w.lock() {
                            let _ = protocol::write_frame(&mut *c, &Frame::StdinEof);
                        }
                        return;
                    }
                    Ok(n) => n,
                };
                let mut out = Vec::with_capacity(n);
                for &b in &buf[..n] {
                    if !keys.is_empty() && b == keys[matched] {
                        matched += 1;
                        if matched == keys.len() {
                            d.store(true, Ordering::SeqCst);
                            let _ = shutdown.shutdown(std::net::Shutdown::Both);
                            return;
                        }
                        continue;
                    }
                    // A partial match that breaks is passed on as typed.
                    out.extend_from_slice(&keys[..matched]);
                    matched = 0;
                    out.push(b);
                }
                if !out.is_empty() && w.lock().map(|mut c| protocol::write_frame(&mut *c, &Frame::Stdin(out))).map_or(true, |r| r.is_err()) {
                    return;
                }
            }
        });
    }

    let mut reader = conn;
    let stdout = std::io::stdout();
    let stderr = std::io::stderr();
    loop {
        match protocol::read_frame(&mut reader) {
            Ok(Some(Frame::Stdout(d))) if streams.stdout => {
                let mut o = stdout.lock();
                let _ = o.write_all(&d);
                let _ = o.flush();
            }
            Ok(Some(Frame::Stderr(d))) if streams.stderr => {
                let mut e = stderr.lock();
                let _ = e.write_all(&d);
                let _ = e.flush();
            }
            Ok(Some(Frame::Exit { code })) => return Ok(Ended::Exited(code)),
            Ok(Some(Frame::Error { code, message })) => return Err(StartFailed { code, message }.into()),
            Ok(Some(_)) => {}
            Ok(None) | Err(_) => {
                if detached.load(Ordering::SeqCst) {
                    return Ok(Ended::Detached);
                }
                anyhow::bail!("lost the connection to the container monitor (see 'dhow ps -a' and 'dhow logs')");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detach_keys() {
        assert_eq!(parse_detach_keys("ctrl-p,ctrl-q").unwrap(), vec![16, 17]);
        assert_eq!(parse_detach_keys("a,ctrl-@").unwrap(), vec![b'a', 0]);
        assert!(parse_detach_keys("ctrl-pp").is_err());
        assert!(parse_detach_keys("abc").is_err());
    }
}
