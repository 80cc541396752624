//! Parent/child synchronisation over pipes.
//!
//! A cloned child cannot return a `Result` to its parent, so every child has
//! an *error pipe*: both ends are close-on-exec, the child writes a small
//! message naming the failed step, or `execve` succeeds and the kernel
//! closes the pipe. The parent reads to end-of-file: nothing means the
//! user's command is running. A second pipe lets the parent tell the child
//! "go on" after it has written the child's user-namespace ID maps.

use std::os::fd::{AsFd, AsRawFd, OwnedFd};

use nix::errno::Errno;
use nix::fcntl::{fcntl, FcntlArg, OFlag};
use nix::unistd;

use super::RuntimeError;

/// Limit on a message, so a confused child cannot make the parent allocate
/// without bound.
const MAX_MESSAGE: usize = 64 * 1024;

/// A close-on-exec pipe whose two ends are both above the standard streams,
/// so that `dup2` onto 0/1/2 in the child can never clobber them.
pub(crate) fn cloexec_pipe() -> Result<(OwnedFd, OwnedFd), RuntimeError> {
    let (r, w) =
        unistd::pipe2(OFlag::O_CLOEXEC).map_err(|e| RuntimeError::setup("create pipe", e))?;
    Ok((above_stdio(r)?, above_stdio(w)?))
}

fn above_stdio(fd: OwnedFd) -> Result<OwnedFd, RuntimeError> {
    if fd.as_raw_fd() > 2 {
        return Ok(fd);
    }
    let new = fcntl(fd.as_raw_fd(), FcntlArg::F_DUPFD_CLOEXEC(3))
        .map_err(|e| RuntimeError::setup("create pipe", e))?;
    // SAFETY: F_DUPFD_CLOEXEC returned a new descriptor that we now own.
    Ok(unsafe { <OwnedFd as std::os::fd::FromRawFd>::from_raw_fd(new) })
}

/// Serialises `err` for the error pipe: one kind byte, then NUL-separated
/// fields.
pub(crate) fn encode(err: &RuntimeError) -> Vec<u8> {
    let (kind, a, b) = match err {
        RuntimeError::CommandNotFound { command } => (b'N', command.as_str(), ""),
        RuntimeError::NotExecutable { command, detail } => {
            (b'X', command.as_str(), detail.as_str())
        }
        RuntimeError::Setup { step, detail } => (b'S', step.as_str(), detail.as_str()),
        RuntimeError::InvalidSpec(detail) => (b'I', detail.as_str(), ""),
    };
    let mut out = Vec::with_capacity(2 + a.len() + b.len());
    out.push(kind);
    out.extend_from_slice(a.as_bytes());
    out.push(0);
    out.extend_from_slice(b.as_bytes());
    out.truncate(MAX_MESSAGE);
    out
}

/// Parses a message written by [`encode`]; garbage becomes a setup error
/// that says so rather than a panic.
pub(crate) fn decode(msg: &[u8]) -> RuntimeError {
    let Some((&kind, rest)) = msg.split_first() else {
        return RuntimeError::setup("child", "empty error message");
    };
    let text = String::from_utf8_lossy(rest);
    let (a, b) = text.split_once('\0').unwrap_or((&text, ""));
    match kind {
        b'N' => RuntimeError::CommandNotFound {
            command: a.to_string(),
        },
        b'X' => RuntimeError::NotExecutable {
            command: a.to_string(),
            detail: b.to_string(),
        },
        b'S' => RuntimeError::Setup {
            step: a.to_string(),
            detail: b.to_string(),
        },
        b'I' => RuntimeError::InvalidSpec(a.to_string()),
        _ => RuntimeError::setup("child", format!("unreadable error message {:?}", text)),
    }
}

/// Child side: reports `err` to the parent. Errors writing are ignored: the
/// parent then sees a child that exited without exec'ing, which it reports.
pub(crate) fn report(fd: &impl AsFd, err: &RuntimeError) {
    write_all(fd, &encode(err));
}

fn write_all(fd: &impl AsFd, mut buf: &[u8]) {
    while !buf.is_empty() {
        match unistd::write(fd, buf) {
            Ok(0) => return,
            Ok(n) => buf = &buf[n..],
            Err(Errno::EINTR) => continue,
            Err(_) => return,
        }
    }
}

/// Parent side: reads the error pipe to end-of-file. `Ok(None)`: the pipe
/// closed without a message, so `execve` succeeded (or the child died; the
/// caller checks).
pub(crate) fn read_report(fd: &impl AsFd) -> Result<Option<RuntimeError>, RuntimeError> {
    let mut msg = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        match unistd::read(fd.as_fd().as_raw_fd(), &mut buf) {
            Ok(0) => break,
            Ok(n) => {
                if msg.len() < MAX_MESSAGE {
                    msg.extend_from_slice(&buf[..n]);
                }
            }
            Err(Errno::EINTR) => continue,
            Err(e) => return Err(RuntimeError::setup("read child status", e)),
        }
    }
    Ok(if msg.is_empty() {
        None
    } else {
        Some(decode(&msg))
    })
}

/// Parent side: lets the child continue.
pub(crate) fn send_go(fd: &impl AsFd) {
    write_all(fd, b"G");
}

/// Child side: waits for the parent's go-ahead. End-of-file without it means
/// the parent gave up (it reports its own error).
pub(crate) fn wait_go(fd: &impl AsFd) -> Result<(), RuntimeError> {
    let mut b = [0u8; 1];
    loop {
        match unistd::read(fd.as_fd().as_raw_fd(), &mut b) {
            Ok(1) if b[0] == b'G' => return Ok(()),
            Ok(_) => return Err(RuntimeError::setup("wait for parent", "parent went away")),
            Err(Errno::EINTR) => continue,
            Err(e) => return Err(RuntimeError::setup("wait for parent", e)),
        }
    }
}

/// A close-on-exec Unix socket pair (above the standard streams) that
/// carries the container's terminal master from the child to the parent,
/// as runc's `--console-socket` does.
pub(crate) fn console_socketpair() -> Result<(OwnedFd, OwnedFd), RuntimeError> {
    use nix::sys::socket::{socketpair, AddressFamily, SockFlag, SockType};
    let (a, b) = socketpair(
        AddressFamily::Unix,
        SockType::SeqPacket,
        None,
        SockFlag::SOCK_CLOEXEC,
    )
    .map_err(|e| RuntimeError::setup("create the console socket", e))?;
    Ok((above_stdio(a)?, above_stdio(b)?))
}

/// Child side: passes `fd` to the other end of `sock` (`SCM_RIGHTS`).
pub(crate) fn send_fd(sock: &impl AsFd, fd: &impl AsRawFd) -> Result<(), RuntimeError> {
    use nix::sys::socket::{sendmsg, ControlMessage, MsgFlags};
    let fds = [fd.as_raw_fd()];
    let cmsg = [ControlMessage::ScmRights(&fds)];
    let iov = [std::io::IoSlice::new(b"T")];
    loop {
        match sendmsg::<()>(sock.as_fd().as_raw_fd(), &iov, &cmsg, MsgFlags::empty(), None) {
            Ok(_) => return Ok(()),
            Err(Errno::EINTR) => continue,
            Err(e) => return Err(RuntimeError::setup("send the terminal to the caller", e)),
        }
    }
}

/// Parent side: receives the descriptor sent by [`send_fd`], close-on-exec.
/// `Ok(None)`: the other end closed without sending one.
pub(crate) fn recv_fd(sock: &impl AsFd) -> Result<Option<OwnedFd>, RuntimeError> {
    use nix::sys::socket::{recvmsg, ControlMessageOwned, MsgFlags};
    let mut byte = [0u8; 1];
    let mut space = nix::cmsg_space!([std::os::fd::RawFd; 1]);
    loop {
        let mut iov = [std::io::IoSliceMut::new(&mut byte)];
        let msg = match recvmsg::<()>(
            sock.as_fd().as_raw_fd(),
            &mut iov,
            Some(&mut space),
            MsgFlags::MSG_CMSG_CLOEXEC,
        ) {
            Ok(m) => m,
            Err(Errno::EINTR) => continue,
            Err(e) => return Err(RuntimeError::setup("receive the container's terminal", e)),
        };
        let mut got = None;
        for c in msg.cmsgs().map_err(|e| RuntimeError::setup("receive the container's terminal", e))? {
            if let ControlMessageOwned::ScmRights(fds) = c {
                for fd in fds {
                    // SAFETY: the kernel installed these descriptors for us.
                    let owned = unsafe { <OwnedFd as std::os::fd::FromRawFd>::from_raw_fd(fd) };
                    if got.is_none() {
                        got = Some(owned);
                    }
                }
            }
        }
        return Ok(got);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn descriptor_passes_over_console_socket() {
        let (parent, child) = console_socketpair().unwrap();
        let (r, w) = cloexec_pipe().unwrap();
        send_fd(&child, &w).unwrap();
        drop(w);
        let got = recv_fd(&parent).unwrap().expect("a descriptor");
        // The received copy is the pipe's write end: what goes in comes out.
        unistd::write(&got, b"x").unwrap();
        drop(got);
        let mut b = [0u8; 2];
        assert_eq!(unistd::read(r.as_raw_fd(), &mut b).unwrap(), 1);
        assert_eq!(b[0], b'x');
        // Nothing more sent and the sender gone: None, not a hang.
        drop(child);
        assert!(recv_fd(&parent).unwrap().is_none());
    }

    #[test]
    fn messages_round_trip() {
        let cases = [
            RuntimeError::CommandNotFound {
                command: "foo".into(),
            },
            RuntimeError::NotExecutable {
                command: "/x".into(),
                detail: "permission denied".into(),
            },
            RuntimeError::setup("mount /proc", "EPERM: Operation not permitted"),
            RuntimeError::InvalidSpec("no process".into()),
        ];
        for c in cases {
            assert_eq!(decode(&encode(&c)).to_string(), c.to_string());
        }
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        assert!(matches!(decode(b""), RuntimeError::Setup { .. }));
        assert!(matches!(decode(b"Zxx"), RuntimeError::Setup { .. }));
    }

    #[test]
    fn pipe_reports_error_then_eof() {
        let (r, w) = cloexec_pipe().unwrap();
        assert!(r.as_raw_fd() > 2 && w.as_raw_fd() > 2);
        report(
            &w,
            &RuntimeError::CommandNotFound {
                command: "x".into(),
            },
        );
        drop(w);
        let got = read_report(&r).unwrap();
        assert!(matches!(got, Some(RuntimeError::CommandNotFound { .. })));
    }
}
