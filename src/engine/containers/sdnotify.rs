//! `--sdnotify`: who tells systemd (on `$NOTIFY_SOCKET`) that a container
//! started as a service is ready. The decisions are pure (mode + event →
//! message); the monitor only sends what they return.

use anyhow::{bail, Result};

/// The environment variable systemd sets for `Type=notify` services.
pub const NOTIFY_SOCKET: &str = "NOTIFY_SOCKET";

/// Where `--sdnotify=container` mounts the socket inside the container.
pub const CONTAINER_SOCKET: &str = "/run/notify/notify.sock";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    /// The monitor sends `MAINPID` and `READY=1` once the container runs.
    #[default]
    Conmon,
    /// The container's own process gets the socket and says when it is ready
    /// (the monitor still names itself as the main PID).
    Container,
    /// The monitor sends `READY=1` after the first healthy check.
    Healthy,
    /// Nobody notifies.
    Ignore,
}

/// What just happened in the monitor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    /// The container's process is running.
    Started,
    /// A health check passed (only the first one counts).
    Healthy,
}

impl Mode {
    pub fn parse(s: &str) -> Result<Mode> {
        Ok(match s {
            "" | "conmon" => Mode::Conmon,
            "container" => Mode::Container,
            "healthy" => Mode::Healthy,
            "ignore" => Mode::Ignore,
            _ => bail!("invalid --sdnotify {s:?}: use conmon, container, healthy or ignore"),
        })
    }

    /// The value kept in the record ("" for the default, conmon).
    pub fn as_recorded(self) -> &'static str {
        match self {
            Mode::Conmon => "",
            Mode::Container => "container",
            Mode::Healthy => "healthy",
            Mode::Ignore => "ignore",
        }
    }

    /// The notification for `event`, sent by the monitor whose PID is
    /// `monitor_pid`; None when this mode says nothing then. `first_healthy`
    /// is false once a healthy check was already announced.
    pub fn message(self, event: Event, monitor_pid: u32, first_healthy: bool) -> Option<String> {
        let main_pid = format!("MAINPID={monitor_pid}");
        match (self, event) {
            (Mode::Conmon, Event::Started) => Some(format!("{main_pid}\nREADY=1\n")),
            (Mode::Container | Mode::Healthy, Event::Started) => Some(format!("{main_pid}\n")),
            (Mode::Healthy, Event::Healthy) if first_healthy => Some("READY=1\n".to_string()),
            _ => None,
        }
    }
}

/// Sends `message` to the datagram socket `socket` (a path, or `@name` for
/// an abstract socket, as systemd writes it).
pub fn send(socket: &str, message: &str) -> std::io::Result<()> {
    use std::os::unix::net::UnixDatagram;
    let sock = UnixDatagram::unbound()?;
    if let Some(name) = socket.strip_prefix('@') {
        use std::os::linux::net::SocketAddrExt;
        let addr = std::os::unix::net::SocketAddr::from_abstract_name(name.as_bytes())?;
        sock.send_to_addr(message.as_bytes(), &addr)?;
    } else {
        sock.send_to(message.as_bytes(), socket)?;
    }
    Ok(())
}

/// Sends the notification for `event` if `$NOTIFY_SOCKET` is set and the
/// mode has one; a failure is only worth a line in the monitor's log.
pub fn notify(mode: Mode, event: Event, first_healthy: bool) {
    let Ok(socket) = std::env::var(NOTIFY_SOCKET) else { return };
    if socket.is_empty() {
        return;
    }
    if let Some(m) = mode.message(event, std::process::id(), first_healthy) {
        if let Err(e) = send(&socket, &m) {
            eprintln!("sd_notify to {socket}: {e}");
        }
    }
}

/// The host's socket when `--sdnotify=container` passes it in (a path;
/// an abstract socket cannot be mounted).
fn socket_for_container(record: &crate::container::ContainerRecord) -> Option<String> {
    let s = std::env::var(NOTIFY_SOCKET).ok()?;
    (Mode::parse(&record.config.sd_notify).ok()? == Mode::Container && s.starts_with('/')).then_some(s)
}

/// `--sdnotify=container`: the bind mount of the host's socket.
pub fn container_mount(record: &crate::container::ContainerRecord) -> Option<serde_json::Value> {
    let s = socket_for_container(record)?;
    Some(serde_json::json!({"destination": CONTAINER_SOCKET, "type": "bind", "source": s, "options": ["bind", "rprivate"]}))
}

/// `--sdnotify=container`: `NOTIFY_SOCKET` as the container sees it.
pub fn container_env(record: &crate::container::ContainerRecord) -> Option<String> {
    socket_for_container(record).map(|_| format!("{NOTIFY_SOCKET}={CONTAINER_SOCKET}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modes_parse_and_record() {
        for m in [Mode::Conmon, Mode::Container, Mode::Healthy, Mode::Ignore] {
            assert_eq!(Mode::parse(m.as_recorded()).unwrap(), m);
        }
        assert_eq!(Mode::parse("conmon").unwrap(), Mode::Conmon);
        assert!(Mode::parse("sometimes").unwrap_err().to_string().contains("conmon, container, healthy or ignore"));
    }

    #[test]
    fn messages() {
        assert_eq!(Mode::Conmon.message(Event::Started, 42, true).as_deref(), Some("MAINPID=42\nREADY=1\n"));
        assert_eq!(Mode::Conmon.message(Event::Healthy, 42, true), None);
        assert_eq!(Mode::Container.message(Event::Started, 42, true).as_deref(), Some("MAINPID=42\n"));
        assert_eq!(Mode::Container.message(Event::Healthy, 42, true), None);
        assert_eq!(Mode::Healthy.message(Event::Started, 7, true).as_deref(), Some("MAINPID=7\n"));
        assert_eq!(Mode::Healthy.message(Event::Healthy, 7, true).as_deref(), Some("READY=1\n"));
        assert_eq!(Mode::Healthy.message(Event::Healthy, 7, false), None);
        assert_eq!(Mode::Ignore.message(Event::Started, 7, true), None);
    }

    #[test]
    fn sends_datagrams() {
        let d = tempfile::tempdir().unwrap();
        let path = d.path().join("notify");
        let rx = std::os::unix::net::UnixDatagram::bind(&path).unwrap();
        send(path.to_str().unwrap(), "READY=1\n").unwrap();
        let mut buf = [0u8; 64];
        let n = rx.recv(&mut buf).unwrap();
        assert_eq!(&buf[..n], b"READY=1\n");
    }
}
