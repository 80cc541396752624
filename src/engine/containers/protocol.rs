//! The framed protocol spoken between a container's monitor and its clients
//! (a foreground `run`, `attach`, `stop`, `kill`) over a Unix stream socket.
//!
//! Each frame is `kind: u8`, `len: u32` (little endian), then `len` bytes.
//! Frames keep stdout and stderr apart on one connection (docker multiplexes
//! the same way), carry terminal resizes and signals from the client, and the
//! "started" / "exited" events from the monitor. The monitor reads from many
//! clients in one poll loop, so parsing is incremental ([`parse`]).

use std::io::{self, Read, Write};

/// Frames larger than this are refused: nothing legitimate is that big, and a
/// confused peer must not make the monitor allocate without bound.
const MAX_FRAME: usize = 1 << 20;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Frame {
    /// Client → monitor: bytes for the container's stdin.
    Stdin(Vec<u8>),
    /// Client → monitor: the client's stdin ended; close the container's.
    StdinEof,
    /// Client → monitor: the client's terminal size changed.
    Resize { rows: u16, cols: u16 },
    /// Client → monitor: deliver this signal to the container's main process.
    Signal(i32),
    /// Client → monitor: stop the container (stop signal, then SIGKILL after
    /// `timeout` seconds); answered with [`Frame::Exit`] once it is down.
    Stop { timeout: u32 },
    /// Client → monitor: send me the container's output (and take my stdin
    /// when `stdin`).
    Attach { stdin: bool },
    /// Monitor → client: container output.
    Stdout(Vec<u8>),
    Stderr(Vec<u8>),
    /// Monitor → client: the container's process runs, with this host PID.
    Started { pid: i32 },
    /// Monitor → client: the container could not start; `code` is docker's
    /// exit code for it (125 engine, 126 not executable, 127 not found).
    Error { code: i32, message: String },
    /// Monitor → client: the container's process ended with this code
    /// (128+N for signal N).
    Exit { code: i32 },
    /// Monitor → client: request done.
    Done,
    /// Client → monitor: SIGSTOP every process of the container and record
    /// it paused; answered with [`Frame::Done`] or [`Frame::Error`].
    Pause,
    /// Client → monitor: SIGCONT every process of a paused container.
    Unpause,
    /// Client → monitor: run the health check now; answered with
    /// [`Frame::Health`] when it has ended, or [`Frame::Error`].
    HealthCheck,
    /// Monitor → client: a health check ended; the health status now.
    Health(String),
}

impl Frame {
    fn kind(&self) -> u8 {
        match self {
            Frame::Stdin(_) => 0,
            Frame::Stdout(_) => 1,
            Frame::Stderr(_) => 2,
            Frame::StdinEof => 3,
            Frame::Resize { .. } => 4,
            Frame::Signal(_) => 5,
            Frame::Stop { .. } => 6,
            Frame::Attach { .. } => 7,
            Frame::Started { .. } => 8,
            Frame::Error { .. } => 9,
            Frame::Exit { .. } => 10,
            Frame::Done => 11,
            Frame::Pause => 12,
            Frame::Unpause => 13,
            Frame::HealthCheck => 14,
            Frame::Health(_) => 15,
        }
    }

    /// The frame as bytes on the wire.
    pub fn encode(&self) -> Vec<u8> {
        let payload: Vec<u8> = match self {
            Frame::Stdin(d) | Frame::Stdout(d) | Frame::Stderr(d) => d.clone(),
            Frame::StdinEof | Frame::Done | Frame::Pause | Frame::Unpause | Frame::HealthCheck => vec![],
            Frame::Health(status) => status.as_bytes().to_vec(),
            Frame::Resize { rows, cols } => [rows.to_le_bytes(), cols.to_le_bytes()].concat(),
            Frame::Signal(n) => n.to_le_bytes().to_vec(),
            Frame::Stop { timeout } => timeout.to_le_bytes().to_vec(),
            Frame::Attach { stdin } => vec![u8::from(*stdin)],
            Frame::Started { pid } => pid.to_le_bytes().to_vec(),
            Frame::Error { code, message } => [&code.to_le_bytes()[..], message.as_bytes()].concat(),
            Frame::Exit { code } => code.to_le_bytes().to_vec(),
        };
        let mut out = Vec::with_capacity(5 + payload.len());
        out.push(self.kind());
        out.extend_from_slice(&(payload.len() as u32).to_le_bytes());
        out.extend_from_slice(&payload);
        out
    }
}

fn bad(msg: &str) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, format!("monitor protocol: {msg}"))
}

fn i32_of(p: &[u8]) -> io::Result<i32> {
    p.try_into().map(i32::from_le_bytes).map_err(|_| bad("expected a 4-byte number"))
}

/// Parses one frame from the start of `buf`: `Ok(None)` when more bytes are
/// needed, else the frame and how many bytes it used.
pub fn parse(buf: &[u8]) -> io::Result<Option<(Frame, usize)>> {
    if buf.len() < 5 {
        return Ok(None);
    }
    let len = u32::from_le_bytes([buf[1], buf[2], buf[3], buf[4]]) as usize;
    if len > MAX_FRAME {
        return Err(bad("frame too large"));
    }
    if buf.len() < 5 + len {
        return Ok(None);
    }
    let p = &buf[5..5 + len];
    let frame = match buf[0] {
        0 => Frame::Stdin(p.to_vec()),
        1 => Frame::Stdout(p.to_vec()),
        2 => Frame::Stderr(p.to_vec()),
        3 => Frame::StdinEof,
        4 if len == 4 => Frame::Resize { rows: u16::from_le_bytes([p[0], p[1]]), cols: u16::from_le_bytes([p[2], p[3]]) },
        5 => Frame::Signal(i32_of(p)?),
        6 => Frame::Stop { timeout: i32_of(p)? as u32 },
        7 if len == 1 => Frame::Attach { stdin: p[0] != 0 },
        8 => Frame::Started { pid: i32_of(p)? },
        9 if len >= 4 => Frame::Error { code: i32_of(&p[..4])?, message: String::from_utf8_lossy(&p[4..]).into_owned() },
        10 => Frame::Exit { code: i32_of(p)? },
        11 => Frame::Done,
        12 => Frame::Pause,
        13 => Frame::Unpause,
        14 => Frame::HealthCheck,
        15 => Frame::Health(String::from_utf8_lossy(p).into_owned()),
        k => return Err(bad(&format!("unknown frame kind {k} (len {len})"))),
    };
    Ok(Some((frame, 5 + len)))
}

/// Blocking read of one frame; `Ok(None)` at a clean end of stream.
pub fn read_frame(r: &mut impl Read) -> io::Result<Option<Frame>> {
    let mut head = [0u8; 5];
    let mut got = 0;
    while got < 5 {
        match r.read(&mut head[got..]) {
            Ok(0) if got == 0 => return Ok(None),
            Ok(0) => return Err(io::ErrorKind::UnexpectedEof.into()),
            Ok(n) => got += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    let len = u32::from_le_bytes([head[1], head[2], head[3], head[4]]) as usize;
    if len > MAX_FRAME {
        return Err(bad("frame too large"));
    }
    let mut buf = head.to_vec();
    buf.resize(5 + len, 0);
    r.read_exact(&mut buf[5..])?;
    match parse(&buf)? {
        Some((f, _)) => Ok(Some(f)),
        None => Err(bad("short frame")),
    }
}

/// Blocking write of one frame.
pub fn write_frame(w: &mut impl Write, f: &Frame) -> io::Result<()> {
    w.write_all(&f.encode())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_frame_round_trips() {
        let frames = vec![
            Frame::Stdin(b"in".to_vec()),
            Frame::StdinEof,
            Frame::Resize { rows: 24, cols: 80 },
            Frame::Signal(15),
            Frame::Stop { timeout: 10 },
            Frame::Attach { stdin: true },
            Frame::Stdout(b"out\n".to_vec()),
            Frame::Stderr(vec![]),
            Frame::Started { pid: 4242 },
            Frame::Error { code: 127, message: "not found".into() },
            Frame::Exit { code: 137 },
            Frame::Done,
            Frame::Pause,
            Frame::Unpause,
            Frame::HealthCheck,
            Frame::Health("healthy".into()),
        ];
        let mut wire = Vec::new();
        for f in &frames {
            write_frame(&mut wire, f).unwrap();
        }
        // Incremental parse over the concatenation.
        let mut at = 0;
        let mut parsed = Vec::new();
        while let Some((f, used)) = parse(&wire[at..]).unwrap() {
            parsed.push(f);
            at += used;
        }
        assert_eq!(parsed, frames);
        // Blocking reader too.
        let mut r = &wire[..];
        let mut again = Vec::new();
        while let Some(f) = read_frame(&mut r).unwrap() {
            again.push(f);
        }
        assert_eq!(again, frames);
    }

    #[test]
    fn partial_and_bad_input() {
        let wire = Frame::Stdout(b"hello".to_vec()).encode();
        assert!(parse(&wire[..3]).unwrap().is_none());
        assert!(parse(&wire[..wire.len() - 1]).unwrap().is_none());
        assert!(parse(&[99, 0, 0, 0, 0]).is_err(), "unknown kind");
        assert!(parse(&[1, 0xff, 0xff, 0xff, 0x7f]).is_err(), "oversized");
        assert!(parse(&[5, 1, 0, 0, 0, 9]).is_err(), "signal needs 4 bytes");
        let mut trunc = &wire[..7];
        assert!(read_frame(&mut trunc).is_err());
    }
}
