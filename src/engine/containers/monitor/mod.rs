//! The per-container monitor: the only long-lived dhow process.
//!
//! Started detached (own session) by `run`/`start` through
//! `dhow __monitor ID`, inside the same rootless user namespace as the CLI
//! that started it. It mounts the overlay rootfs in a private mount
//! namespace (so nothing is left mounted when it dies), asks the runtime to
//! create the container, then sits in one poll loop: container output to the
//! log and to attached clients, client input and signals to the container,
//! `stop` deadlines, and the container's exit (seen through a pidfd). On
//! exit it records the code atomically, restarts per policy, or removes an
//! `--rm` container. If it is killed, `ps` notices through its PID + start
//! time in `state.json` and shows the container as exited.

mod machine;

use super::protocol::{self, Frame};
use super::spec::{self, PreparedFiles};
use super::user;
use machine::{Action, Machine, Request};
use crate::container::logs::{Driver, LogWriter, Stream};
use crate::container::{ContainerRecord, ContainerState, ContainerStore, Status};
use crate::engine::Engine;
use anyhow::{anyhow, Context, Result};
use nix::sys::signal::{kill, Signal};
use nix::unistd::Pid;
use std::io::{Read, Write};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// Entry point of `dhow __monitor`; returns the process exit code.
pub fn main(engine: &Engine, id: &str, attach_fd: Option<RawFd>) -> i32 {
    // A monitor must outlive terminals and Ctrl-C aimed at the CLI.
    for s in [Signal::SIGHUP, Signal::SIGINT, Signal::SIGPIPE, Signal::SIGTTOU, Signal::SIGTTIN] {
        // SAFETY: installing SIG_IGN has no handler code to be unsafe about.
        let _ = unsafe { nix::sys::signal::signal(s, nix::sys::signal::SigHandler::SigIgn) };
    }
    let first = attach_fd.map(|fd| {
        // SAFETY: fd 3 was set up for us by the CLI that started the monitor.
        unsafe { UnixStream::from_raw_fd(fd) }
    });
    match Monitor::new(engine, id, first).and_then(|m| m.run()) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("dhow monitor {id}: {e:#}");
            crate::error::ENGINE_FAILURE
        }
    }
}

/// `dhow --root R --runroot RR __monitor ID` exactly as [`super::start`]
/// spawns it: runs the monitor without the CLI's argument parsing and
/// returns its exit code; None for any other command line (the CLI parses
/// it, `__monitor` with other flags included).
pub fn direct_entry(mut args: impl Iterator<Item = std::ffi::OsString>) -> Option<i32> {
    let mut next = || args.next();
    let (root_flag, root, runroot_flag, runroot, cmd, id) = (next()?, next()?, next()?, next()?, next()?, next()?);
    if next().is_some() || root_flag != "--root" || runroot_flag != "--runroot" || cmd != "__monitor" {
        return None;
    }
    let id = id.into_string().ok()?;
    let paths = match crate::config::paths::Paths::resolve(Some(root.into()), Some(runroot.into())) {
        Ok(p) => p,
        Err(e) => return Some(crate::error::report(&e)),
    };
    if let Err(e) = crate::sys::userns::enter() {
        return Some(crate::error::report(&e));
    }
    // The container's init is forked from us: run from a read-only view of
    // our binary when `start` could not give us one (see `sys::exe`).
    // Before dropping the malloc tunables, which a re-execution needs again.
    if let Err(e) = crate::sys::exe::reexec_if_exposed() {
        return Some(crate::error::report(&e));
    }
    crate::sys::memory::drop_malloc_tunables();
    // The socket follows the descriptors `run --preserve-fds` passes on.
    let sock = super::extras::monitor_socket_fd();
    let fd = (nix::fcntl::fcntl(sock, nix::fcntl::FcntlArg::F_GETFD).is_ok()).then_some(sock);
    Some(main(&Engine::new(paths), &id, fd))
}

struct Client {
    stream: UnixStream,
    buf: Vec<u8>,
    /// Receives output.
    attached: bool,
    /// Its Stdin frames go to the container.
    stdin: bool,
    /// Wants an Exit frame when the container stops.
    waiting: bool,
    /// Wants a Health frame when the running health check ends.
    health_waiting: bool,
}

impl Client {
    fn new(stream: UnixStream, attached: bool, stdin: bool) -> Client {
        let _ = stream.set_write_timeout(Some(Duration::from_secs(5)));
        Client { stream, buf: Vec::new(), attached, stdin, waiting: attached, health_waiting: false }
    }

    fn send(&mut self, f: &Frame) -> bool {
        protocol::write_frame(&mut self.stream, f).is_ok()
    }
}

/// The container's end of stdio, as the monitor holds it.
struct Io {
    stdin: Option<OwnedFd>,
    stdout: Option<OwnedFd>,
    stderr: Option<OwnedFd>,
    /// With a terminal, stdout is the pty master (also used for stdin and resizes).
    tty: bool,
}

impl Io {
    /// Takes the master of the terminal the runtime made in the container:
    /// non-blocking for the poll loop, close-on-exec (as received).
    fn use_console(&mut self, master: OwnedFd) {
        set_nonblocking(master.as_raw_fd());
        // SAFETY: FD_CLOEXEC on our own descriptor.
        unsafe { libc::fcntl(master.as_raw_fd(), libc::F_SETFD, libc::FD_CLOEXEC) };
        self.stdin = master.try_clone().ok();
        self.stdout = Some(master);
    }
}

struct Monitor {
    containers: ContainerStore,
    id: String,
    dir: PathBuf,
    record: ContainerRecord,
    state: ContainerState,
    listener: UnixListener,
    socket: PathBuf,
    clients: Vec<Client>,
    log: LogWriter,
    rootfs: PathBuf,
    layers_root: PathBuf,
    /// For the event log.
    paths: crate::config::paths::Paths,
    /// The network of the current run (user-mode helper, namespace).
    net: Option<crate::network::attach::Attached>,
    /// The cgroup of the current run, if the container has one.
    cgroup: Option<crate::runtime::cgroups::Cgroup>,
    /// The decisions (requests, deadlines, health actions, restarts).
    machine: Machine,
}

impl Monitor {
    fn new(engine: &Engine, id: &str, first: Option<UnixStream>) -> Result<Monitor> {
        let containers = ContainerStore::new(&engine.paths.root);
        let (record, state) = containers.load(id)?;
        let dir = containers.dir(id);
        let socket = super::socket_path(&engine.paths, id);
        if let Some(parent) = socket.parent() {
            std::fs::create_dir_all(parent).with_context(|| format!("creating {}", parent.display()))?;
        }
        let _ = std::fs::remove_file(&socket);
        let listener = UnixListener::bind(&socket).with_context(|| format!("listening on {}", socket.display()))?;
        listener.set_nonblocking(true)?;
        let driver = Driver::parse(&record.host.log_driver).map_err(|e| anyhow!(e))?;
        let limits = crate::container::logs::LogLimits::from_opts(&record.host.log_opts)?;
        let log = LogWriter::open(&dir.join("ctr.log"), driver, limits)?;
        let mut clients = Vec::new();
        if let Some(s) = first {
            clients.push(Client::new(s, true, record.config.open_stdin));
        }
        let store = crate::image::store::Store::open_readonly(&engine.paths);
        Ok(Monitor {
            containers,
            id: id.to_string(),
            rootfs: dir.join("merged"),
            layers_root: store.root().join("layers"),
            paths: engine.paths.clone(),
            net: None,
            cgroup: None,
            machine: Machine::new(super::sdnotify::Mode::parse(&record.config.sd_notify).unwrap_or_default()),
            dir,
            record,
            state,
            listener,
            socket,
            clients,
            log,
        })
    }

    fn run(mut self) -> Result<i32> {
        if let Err(e) = self.mount_rootfs() {
            return Ok(self.fail_start(crate::error::ENGINE_FAILURE, &format!("{e:#}")));
        }
        let mut backoff = machine::FIRST_BACKOFF;
        loop {
            let (pid, io) = match self.spawn() {
                Ok(x) => x,
                Err((code, msg)) => return Ok(self.fail_start(code, &msg)),
            };
            let code = self.supervise(pid, io)?;
            // Release the published ports now; a restart sets up anew.
            if let Some(n) = self.net.take() {
                n.detach();
            }
            // `dhow update --restart` may have changed the policy meanwhile.
            self.reload_record();
            let (policy, auto_remove) = (&self.record.host.restart_policy, self.record.host.auto_remove);
            if self.machine.restart_after(code, policy, auto_remove, self.state.restart_count) {
                self.state.restart_count += 1;
                self.state.status = Status::Restarting;
                self.save();
                self.broadcast_exit(code);
                std::thread::sleep(backoff);
                backoff = machine::next_backoff(backoff);
                continue;
            }
            self.finish(code);
            // A pod with `--exit-policy stop` ends with its last member.
            crate::engine::containers::pod_member::after_member_exit(&crate::engine::Engine::new(self.paths.clone()), &self.record);
            // The monitor is a unit's main PID: a container stopped on
            // purpose (`dhow stop`, the unit's ExecStop) ends the unit
            // cleanly; any other exit keeps its code, so `Restart=on-failure`
            // restarts a crashed one.
            return Ok(if self.state.stopped_by_user { 0 } else { code });
        }
    }

    /// The container's root (see `rootfs::mount_rootfs`), in a mount
    /// namespace of our own.
    fn mount_rootfs(&self) -> Result<()> {
        super::rootfs::private_mount_namespace().context("creating the monitor's mount namespace")?;
        super::rootfs::mount_rootfs(&self.layers_root, &self.record, &self.dir, &self.rootfs, self.record.host.auto_remove)
    }

    /// Writes hosts/hostname/resolv.conf, the spec, and starts the process.
    fn spawn(&mut self) -> std::result::Result<(Pid, Io), (i32, String)> {
        let engine_err = |e: anyhow::Error| (crate::error::ENGINE_FAILURE, format!("{e:#}"));
        if let Some(n) = self.net.take() {
            n.detach();
        }
        self.net = Some(crate::network::attach::attach(&self.record, &self.dir, &self.paths).map_err(engine_err)?);
        let files = self.prepare_files().map_err(engine_err)?;
        let max_id = crate::sys::userns::current_mappings().map(|m| m.max_uid()).unwrap_or(u32::MAX);
        let user = user::resolve(&self.rootfs, &self.record.config.user, max_id).map_err(engine_err)?;
        let pf = PreparedFiles { hosts: &files[0], hostname: &files[1], resolv_conf: &files[2] };
        // Volumes: copy-up from the image, `:U` chown, `:O` overlays (their
        // sources exist only in this mount namespace, hence a copy).
        let mut prepared = self.record.clone();
        crate::engine::volumes::prepare::prepare(&mut prepared, &self.rootfs, &self.dir, user.uid, user.gid).map_err(engine_err)?;
        let mut spec = spec::generate(&prepared, &self.rootfs, &user, &pf).map_err(engine_err)?;
        if self.record.host.userns == "keep-id" {
            let outer = crate::sys::userns::current_mappings().map_err(engine_err)?;
            let home = super::keep_id::host_ids(&outer).ok().and_then(|(uid, _)| user::resolve(&self.rootfs, &uid.to_string(), u32::MAX).ok()).map(|u| u.home);
            super::keep_id::apply(&mut spec, &outer, !self.record.config.user.is_empty(), home).map_err(engine_err)?;
        }
        super::extras::apply_to_spec(&self.paths.root, &self.record, &self.rootfs, &self.dir, &mut spec).map_err(engine_err)?;
        if let Some(n) = &self.net {
            n.apply_to_spec(&mut spec).map_err(engine_err)?;
        }
        crate::engine::containers::pod_member::join_shared_namespaces(&self.paths.root, &self.record, &mut spec).map_err(engine_err)?;
        // Limits as the CLI decided at start (`limits.json`).
        let mut enforcement = super::limits::Enforcement::load(&self.dir).unwrap_or_default();
        super::limits::apply_to_spec(&mut spec, &self.record, &enforcement).map_err(engine_err)?;
        if let Err(e) = super::limits::prepare(&enforcement, &spec) {
            // A cgroup only for stats is not worth failing the start.
            if self.record.host.resources.any() {
                return Err(engine_err(e));
            }
            eprintln!("dhow monitor: running {} without a cgroup: {e:#}", self.id);
            if let Some(c) = enforcement.cgroup.take() {
                c.remove();
            }
        }
        let cpus = super::limits::affinity(&self.record, &enforcement);
        self.cgroup = enforcement.cgroup.clone();
        if self.record.host.runtime.is_some() {
            // dhow places the external runtime's process itself (see
            // external::run); rootless runc would refuse limits it cannot
            // write into a cgroup of its own.
            if let Some(l) = spec.linux_mut() {
                l.set_resources(None);
                l.set_cgroups_path(None);
            }
        }
        if let Ok(bytes) = serde_json::to_vec_pretty(&spec) {
            let _ = crate::util::atomic::write_file_volatile(&self.dir.join("config.json"), &bytes, 0o644);
        }
        // The built-in runtime makes a terminal in the container's own devpts
        // and hands us its master; an external one gets a pty of ours.
        let external = self.record.host.runtime.is_some();
        let (mut io, stdio) = make_stdio(self.record.config.tty, self.record.config.open_stdin, !external).map_err(engine_err)?;
        // `pid` is the process to wait for; `init` the container's PID 1 (the
        // same, except under an external runtime, which stays in between).
        let started = match (&self.record.host.runtime, stdio) {
            (Some(rt), Some(stdio)) => super::limits::Placement::new(&enforcement, cpus.as_deref())
                .map_err(|e| crate::runtime::RuntimeError::setup("open the container's cgroup", e))
                .and_then(|p| super::external::run(rt, &self.dir, &self.id, &self.paths.runroot, stdio, p)),
            (Some(_), None) => Err(crate::runtime::RuntimeError::setup("set up the container's streams", "no streams for the external runtime")),
            (None, stdio) => {
                let how = match stdio {
                    Some(s) => crate::runtime::InitStdio::Streams(s),
                    None => crate::runtime::InitStdio::Terminal,
                };
                // The init moves itself into its cgroup (cheaper than
                // being moved, see `Cgroup::join_files`).
                super::limits::Placement::new(&enforcement, cpus.as_deref())
                    .map_err(|e| crate::runtime::RuntimeError::setup("open the container's cgroup", e))
                    .and_then(|p| crate::runtime::start_with(&spec, how, &mut |_| Ok(()), Some(&|| p.enter_self())))
                    .map(|s| {
                        if let Some(master) = s.console {
                            io.use_console(master);
                        }
                        (s.pid, s.pid)
                    })
            }
        };
        match started {
            Ok((pid, init)) => {
                super::health::probe::reset(&self.record, &self.dir);
                self.state.status = Status::Running;
                self.state.pid = init.as_raw();
                self.state.monitor_pid = std::process::id() as i32;
                self.state.monitor_start = crate::container::state::process_start_time(self.state.monitor_pid).unwrap_or(0);
                self.state.boot_id = crate::container::state::boot_id();
                self.state.started_at = Some(chrono::Utc::now());
                self.state.finished_at = None;
                self.state.exit_code = 0;
                self.state.error.clear();
                self.save();
                crate::engine::events::emit(&self.paths, crate::engine::events::Event::container("start", &self.record));
                let stop_signal = super::create::parse_signal(&self.record.config.stop_signal).unwrap_or(Signal::SIGTERM);
                let now = Instant::now();
                let mut actions = self.machine.started(now, self.state.stopped_by_user, stop_signal, self.record.config.stop_timeout);
                // `--timeout`: SIGKILL once the container has run that long (podman's conmon does the same).
                self.machine.kill_after(now, self.record.host.extras.timeout);
                // Notify before the CLI hears Started and exits: systemd must
                // have MAINPID before the process it started (`dhow run -d`)
                // ends, or a Type=notify unit fails as "protocol".
                let notify: Vec<_> = actions.iter().filter(|a| matches!(a, machine::Action::Notify(..))).cloned().collect();
                actions.retain(|a| !matches!(a, machine::Action::Notify(..)));
                self.apply(notify, init, None);
                self.broadcast(&Frame::Started { pid: init.as_raw() }, false);
                self.apply(actions, init, None);
                Ok((pid, io))
            }
            Err(e) => Err((e.exit_code(), e.to_string())),
        }
    }

    fn prepare_files(&self) -> Result<[PathBuf; 3]> {
        let c = &self.record.config;
        let hosts = self.dir.join("hosts");
        let hostname = self.dir.join("hostname");
        let resolv = self.dir.join("resolv.conf");
        let base = crate::network::hosts::hosts_base(&self.record, &self.rootfs)?;
        crate::network::hosts::write_hosts_file(&self.paths.root, &self.record, self.net.as_ref(), &base, &hosts)?;
        crate::util::atomic::write_file_volatile(&hostname, format!("{}\n", c.hostname).as_bytes(), 0o644)?;
        let host_resolv = std::fs::read_to_string("/etc/resolv.conf").unwrap_or_default();
        let text = crate::network::hosts::resolv_file(&self.record, self.net.as_ref(), &host_resolv);
        crate::util::atomic::write_file_volatile(&resolv, text.as_bytes(), 0o644)?;
        Ok([hosts, hostname, resolv])
    }

    /// Runs the poll loop until the container's process has exited; returns
    /// its docker-style exit code. The loop does the I/O; what to do about
    /// requests, deadlines and health checks is the [`Machine`]'s decision.
    fn supervise(&mut self, pid: Pid, mut io: Io) -> Result<i32> {
        let pidfd = pidfd_open(pid)?;
        // Signals go to the container's init itself (an external runtime's
        // process would not pass SIGKILL on).
        let target = Pid::from_raw(self.state.pid);
        let mut exited: Option<i32> = None;
        // Health checks run on this loop's timer (None without a healthcheck).
        let mut checker = super::health::probe::Checker::new(&self.record, &self.dir);
        while exited.is_none() {
            let mut fds: Vec<libc::pollfd> = Vec::new();
            let mut push = |fd: RawFd| {
                fds.push(libc::pollfd { fd, events: libc::POLLIN, revents: 0 });
                fds.len() - 1
            };
            let i_pid = push(pidfd.as_raw_fd());
            let i_out = io.stdout.as_ref().map(|f| push(f.as_raw_fd()));
            let i_err = io.stderr.as_ref().map(|f| push(f.as_raw_fd()));
            let i_listen = push(self.listener.as_raw_fd());
            let [h_pid, h_out] = checker.as_ref().map_or([None, None], |c| c.fds());
            let i_health_pid = h_pid.map(&mut push);
            let i_health_out = h_out.map(&mut push);
            let first_client = fds.len();
            for c in &self.clients {
                fds.push(libc::pollfd { fd: c.stream.as_raw_fd(), events: libc::POLLIN, revents: 0 });
            }
            let next = [self.machine.deadline(), checker.as_ref().and_then(|c| c.deadline())].into_iter().flatten().min();
            let timeout = next.map_or(-1, |t| t.saturating_duration_since(Instant::now()).as_millis().min(i32::MAX as u128) as i32);
            // SAFETY: fds is a valid array of pollfd for the duration of the call.
            let n = unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as libc::nfds_t, timeout) };
            if n < 0 {
                let err = std::io::Error::last_os_error();
                if err.kind() == std::io::ErrorKind::Interrupted {
                    continue;
                }
                return Err(err).context("waiting for container events");
            }
            let due = self.machine.timers(Instant::now());
            self.apply(due, target, None);
            let ready = |i: usize| fds[i].revents != 0;
            if i_out.is_some_and(ready) && !self.pump(&mut io.stdout, Stream::Stdout) {
                io.stdout = None;
            }
            if i_err.is_some_and(ready) && !self.pump(&mut io.stderr, Stream::Stderr) {
                io.stderr = None;
            }
            if ready(i_listen) {
                while let Ok((s, _)) = self.listener.accept() {
                    let _ = s.set_nonblocking(false);
                    self.clients.push(Client::new(s, false, false));
                }
            }
            let ready_clients: Vec<usize> = (0..self.clients.len()).filter(|k| first_client + k < fds.len() && fds[first_client + k].revents != 0).collect();
            let mut dead = Vec::new();
            for k in ready_clients {
                if !self.serve_client(k, &mut io, target, &mut checker) {
                    dead.push(k);
                }
            }
            for k in dead.into_iter().rev() {
                self.clients.remove(k);
            }
            if let Some(c) = &mut checker {
                let ctx = super::health::probe::Container { record: &self.record, init: target, paths: &self.paths };
                let outcome = c.step(&ctx, i_health_pid.is_some_and(ready), i_health_out.is_some_and(ready));
                if outcome.finished.is_some() {
                    // Handling a check maps code the loop never needs
                    // otherwise (fork, JSON, the state file): give it back.
                    self.machine.trim_soon(Instant::now());
                }
                self.on_health(outcome, target);
            }
            if ready(i_pid) {
                exited = Some(reap(pid)?);
            }
        }
        // The pid namespace is gone with its init, so every writer of the
        // pipes is too: drain what is left.
        for _ in 0..200 {
            let more_out = io.stdout.is_some() && self.pump(&mut io.stdout, Stream::Stdout);
            let more_err = io.stderr.is_some() && self.pump(&mut io.stderr, Stream::Stderr);
            if !more_out {
                io.stdout = None;
            }
            if !more_err {
                io.stderr = None;
            }
            if io.stdout.is_none() && io.stderr.is_none() {
                break;
            }
        }
        let code = exited.unwrap_or(crate::error::ENGINE_FAILURE);
        // Killed by its memory limit: docker's OOMKilled and `oom` event.
        self.state.oom_killed = self.cgroup.as_ref().is_some_and(|c| c.oom_kills() > 0);
        if self.state.oom_killed {
            crate::engine::events::emit(&self.paths, crate::engine::events::Event::container("oom", &self.record));
        }
        if let Some(c) = self.cgroup.take() {
            c.remove();
        }
        self.state.status = Status::Exited;
        self.state.pid = 0;
        self.state.exit_code = code;
        self.state.finished_at = Some(chrono::Utc::now());
        self.save();
        crate::engine::events::emit(&self.paths, crate::engine::events::Event::container("die", &self.record).with("exitCode", code));
        Ok(code)
    }

    /// Reads what client `k` sent and acts on its complete frames; false
    /// when the client is gone (or spoke nonsense) and is to be dropped.
    fn serve_client(&mut self, k: usize, io: &mut Io, target: Pid, checker: &mut Option<super::health::probe::Checker>) -> bool {
        let mut chunk = [0u8; 16384];
        let n = match self.clients[k].stream.read(&mut chunk) {
            Ok(0) | Err(_) => {
                if self.clients[k].stdin && !io.tty {
                    // The attached client went away: its stdin ended.
                    io.stdin = None;
                }
                return false;
            }
            Ok(n) => n,
        };
        self.clients[k].buf.extend_from_slice(&chunk[..n]);
        loop {
            let (frame, used) = match protocol::parse(&self.clients[k].buf) {
                Ok(Some(x)) => x,
                Ok(None) => return true,
                Err(_) => return false,
            };
            self.clients[k].buf.drain(..used);
            let request = match frame {
                Frame::Stdin(data) if self.clients[k].stdin => {
                    if let Some(fd) = &io.stdin {
                        let _ = write_all_fd(fd.as_raw_fd(), &data);
                    }
                    continue;
                }
                Frame::StdinEof if self.clients[k].stdin => {
                    if io.tty {
                        // A terminal has no EOF of its own: send ^D.
                        if let Some(fd) = &io.stdin {
                            let _ = write_all_fd(fd.as_raw_fd(), &[4]);
                        }
                    } else {
                        io.stdin = None;
                    }
                    continue;
                }
                Frame::Resize { rows, cols } => {
                    if let (true, Some(fd)) = (io.tty, &io.stdout) {
                        let ws = libc::winsize { ws_row: rows, ws_col: cols, ws_xpixel: 0, ws_ypixel: 0 };
                        // SAFETY: TIOCSWINSZ reads a winsize from a valid pointer.
                        unsafe { libc::ioctl(fd.as_raw_fd(), libc::TIOCSWINSZ, &ws) };
                    }
                    continue;
                }
                Frame::Attach { stdin } => {
                    let open_stdin = self.record.config.open_stdin;
                    let c = &mut self.clients[k];
                    c.attached = true;
                    c.waiting = true;
                    c.stdin = stdin && open_stdin;
                    continue;
                }
                Frame::HealthCheck => {
                    match checker {
                        Some(c) => {
                            self.clients[k].health_waiting = true;
                            let ctx = super::health::probe::Container { record: &self.record, init: target, paths: &self.paths };
                            let outcome = c.run_now(&ctx);
                            self.on_health(outcome, target);
                        }
                        None => {
                            let message = format!("container {} has no defined healthcheck", self.record.name);
                            self.clients[k].send(&Frame::Error { code: crate::error::ENGINE_FAILURE, message });
                        }
                    }
                    continue;
                }
                Frame::Signal(n) => Request::Signal(n),
                Frame::Stop { timeout } => Request::Stop { timeout },
                Frame::Pause => Request::Pause,
                Frame::Unpause => Request::Unpause,
                _ => continue,
            };
            let actions = self.machine.request(request, Instant::now(), &self.record.name);
            self.apply(actions, target, Some(k));
        }
    }

    /// After a health check step: the machine decides (answers to
    /// `healthcheck run`, sd_notify, `--health-on-failure`).
    fn on_health(&mut self, o: super::health::probe::Outcome, target: Pid) {
        let actions = self.machine.health(o.finished, o.on_failure, Instant::now());
        self.apply(actions, target, None);
    }

    /// Carries out the machine's decisions; `client` is the one that asked.
    fn apply(&mut self, actions: Vec<Action>, target: Pid, client: Option<usize>) {
        for a in actions {
            match a {
                Action::Kill(sig) => {
                    let _ = kill(target, sig);
                }
                Action::SignalAll(sig) => super::pause::signal_all(target, sig),
                Action::Save => {
                    self.state.status = self.machine.status;
                    self.state.stopped_by_user = self.machine.stopped_by_user;
                    self.save();
                }
                Action::Reply(f) => {
                    if let Some(c) = client.and_then(|k| self.clients.get_mut(k)) {
                        c.send(&f);
                    }
                }
                Action::Wait => {
                    if let Some(c) = client.and_then(|k| self.clients.get_mut(k)) {
                        c.waiting = true;
                    }
                }
                Action::Trim => crate::sys::memory::trim(),
                Action::Notify(event, first) => super::sdnotify::notify(self.machine.sd_mode(), event, first),
                Action::HealthDone(status) => {
                    let frame = Frame::Health(status.as_str().to_string());
                    for c in self.clients.iter_mut().filter(|c| c.health_waiting) {
                        c.health_waiting = false;
                        c.send(&frame);
                    }
                }
            }
        }
    }

    /// Moves available output to the log and attached clients; false at EOF.
    fn pump(&mut self, fd: &mut Option<OwnedFd>, stream: Stream) -> bool {
        let Some(f) = fd else { return false };
        let mut buf = [0u8; 32768];
        // SAFETY: reading into a stack buffer of the given length.
        let n = unsafe { libc::read(f.as_raw_fd(), buf.as_mut_ptr().cast(), buf.len()) };
        if n > 0 {
            let data = &buf[..n as usize];
            let _ = self.log.write(stream, data);
            let frame = match stream {
                Stream::Stdout => Frame::Stdout(data.to_vec()),
                Stream::Stderr => Frame::Stderr(data.to_vec()),
            };
            self.broadcast(&frame, true);
            return true;
        }
        if n < 0 && std::io::Error::last_os_error().kind() == std::io::ErrorKind::WouldBlock {
            return true;
        }
        // 0 = EOF; EIO = the pty's last slave closed.
        false
    }

    fn broadcast(&mut self, f: &Frame, output: bool) {
        let encoded = f.encode();
        self.clients.retain_mut(|c| {
            if output && !c.attached {
                return true;
            }
            if !output && !c.waiting {
                return true;
            }
            c.stream.write_all(&encoded).is_ok()
        });
    }

    fn broadcast_exit(&mut self, code: i32) {
        self.broadcast(&Frame::Exit { code }, false);
        // Attached clients of this run are done.
        self.clients.clear();
    }

    /// The container could not start: record why, tell the clients.
    fn fail_start(&mut self, code: i32, message: &str) -> i32 {
        // docker leaves such a container "created", with the error and code.
        self.state.status = Status::Created;
        self.state.pid = 0;
        self.state.exit_code = code;
        self.state.error = message.to_string();
        self.save();
        let trash = self.cleanup();
        self.broadcast(&Frame::Error { code, message: message.to_string() }, false);
        for c in &mut self.clients {
            c.send(&Frame::Error { code, message: message.to_string() });
        }
        self.empty(trash);
        code
    }

    /// The container is done: clients hear the code as soon as an `--rm`
    /// container is gone from the store (renamed away, name free), not after
    /// its files are deleted, which happens after it.
    fn finish(&mut self, code: i32) {
        let trash = self.cleanup();
        self.broadcast(&Frame::Exit { code }, false);
        self.empty(trash);
    }

    /// Deletes the files of a removed `--rm` container (see [`Self::cleanup`]).
    fn empty(&self, trash: Option<crate::container::store::Trash>) {
        if let Some(Err(e)) = trash.map(|t| t.delete()) {
            eprintln!("dhow monitor: removing --rm container {}: {e:#}", self.id);
        }
    }

    /// Unmounts, removes the socket, and an `--rm` container: it leaves the
    /// store here (with its anonymous volumes); its files come back to be
    /// deleted once the clients know (a kill before that leaves them for
    /// `system check --repair`, as any interrupted removal).
    fn cleanup(&mut self) -> Option<crate::container::store::Trash> {
        if let Some(n) = self.net.take() {
            n.detach();
        }
        if let Some(c) = self.cgroup.take() {
            c.remove();
        }
        let _ = nix::mount::umount2(&self.rootfs, nix::mount::MntFlags::MNT_DETACH);
        let _ = std::fs::remove_file(&self.socket);
        if !self.record.host.auto_remove {
            return None;
        }
        let trash = match self.containers.discard(&self.id) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("dhow monitor: removing --rm container {}: {e:#}", self.id);
                return None;
            }
        };
        crate::engine::events::emit(&self.paths, crate::engine::events::Event::container("remove", &self.record));
        // `--rm` takes the container's anonymous volumes with it, as
        // docker (the store root is two levels above its directory).
        if let Some(root) = self.dir.parent().and_then(|p| p.parent()) {
            if let Err(e) = crate::engine::volumes::remove_anonymous_at(root, &self.record) {
                eprintln!("dhow monitor: removing the anonymous volumes of {}: {e:#}", self.id);
            }
        }
        Some(trash)
    }

    /// Re-reads `container.json` (kept as is if it cannot be read).
    fn reload_record(&mut self) {
        if let Ok((record, _)) = self.containers.load(&self.id) {
            self.record = record;
        }
    }

    fn save(&self) {
        if self.record.host.auto_remove && !self.dir.exists() {
            return;
        }
        // An `--rm` container's state only lives as long as its run: no fsync
        // on the start's (and the exit's) hot path.
        let saved = if self.record.host.auto_remove {
            self.containers.save_state_volatile(&self.id, &self.state)
        } else {
            self.containers.save_state(&self.id, &self.state)
        };
        if let Err(e) = saved {
            eprintln!("dhow monitor: saving the state of {}: {e:#}", self.id);
        }
    }
}

fn pidfd_open(pid: Pid) -> Result<OwnedFd> {
    // SAFETY: plain syscall; the result is checked.
    let fd = unsafe { libc::syscall(libc::SYS_pidfd_open, pid.as_raw(), 0) };
    if fd < 0 {
        return Err(std::io::Error::last_os_error()).context("watching the container process (pidfd_open needs Linux 5.3+)");
    }
    // SAFETY: the kernel just returned this descriptor.
    Ok(unsafe { OwnedFd::from_raw_fd(fd as RawFd) })
}

/// Reaps the container's init; docker's code: exit status, or 128+signal.
fn reap(pid: Pid) -> Result<i32> {
    crate::util::wait::wait_exit_code(pid).map_err(|e| anyhow!("waiting for the container process: {e}"))
}

fn write_all_fd(fd: RawFd, mut data: &[u8]) -> std::io::Result<()> {
    while !data.is_empty() {
        // SAFETY: writing from a valid slice.
        let n = unsafe { libc::write(fd, data.as_ptr().cast(), data.len()) };
        if n < 0 {
            let e = std::io::Error::last_os_error();
            if e.kind() == std::io::ErrorKind::Interrupted {
                continue;
            }
            return Err(e);
        }
        data = &data[n as usize..];
    }
    Ok(())
}

fn set_nonblocking(fd: RawFd) {
    // SAFETY: fcntl on a descriptor we own.
    unsafe {
        let fl = libc::fcntl(fd, libc::F_GETFL);
        libc::fcntl(fd, libc::F_SETFL, fl | libc::O_NONBLOCK);
    }
}

fn pipe() -> Result<(OwnedFd, OwnedFd)> {
    nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).context("creating a pipe")
}

/// The container's stdio: a pty (for -t) or pipes; stdin is /dev/null unless -i.
/// With `runtime_console` a -t container gets no streams (`None`): the
/// runtime creates the terminal and its master goes in with [`Io::use_console`].
fn make_stdio(tty: bool, open_stdin: bool, runtime_console: bool) -> Result<(Io, Option<crate::runtime::Stdio>)> {
    if tty && runtime_console {
        return Ok((Io { stdin: None, stdout: None, stderr: None, tty: true }, None));
    }
    if tty {
        let pty = nix::pty::openpty(None, None).context("opening a pseudo-terminal")?;
        let master = pty.master;
        set_nonblocking(master.as_raw_fd());
        // SAFETY: FD_CLOEXEC on our own descriptor.
        unsafe { libc::fcntl(master.as_raw_fd(), libc::F_SETFD, libc::FD_CLOEXEC) };
        let slave = pty.slave;
        let stdio = crate::runtime::Stdio { stdin: slave.try_clone()?, stdout: slave.try_clone()?, stderr: slave };
        let stdin_fd = master.try_clone()?;
        return Ok((Io { stdin: Some(stdin_fd), stdout: Some(master), stderr: None, tty: true }, Some(stdio)));
    }
    let (out_r, out_w) = pipe()?;
    let (err_r, err_w) = pipe()?;
    set_nonblocking(out_r.as_raw_fd());
    set_nonblocking(err_r.as_raw_fd());
    let (stdin_ours, stdin_theirs) = if open_stdin {
        let (r, w) = pipe()?;
        (Some(w), r)
    } else {
        (None, OwnedFd::from(std::fs::File::open("/dev/null")?))
    };
    Ok((
        Io { stdin: stdin_ours, stdout: Some(out_r), stderr: Some(err_r), tty: false },
        Some(crate::runtime::Stdio { stdin: stdin_theirs, stdout: out_w, stderr: err_w }),
    ))
}

#[cfg(test)]
mod tests {
    use super::direct_entry;

    #[test]
    fn direct_entry_takes_only_the_command_line_start_spawns() {
        let args = |v: &[&str]| v.iter().map(std::ffi::OsString::from).collect::<Vec<_>>().into_iter();
        assert_eq!(direct_entry(args(&[])), None);
        assert_eq!(direct_entry(args(&["ps", "-a"])), None);
        assert_eq!(direct_entry(args(&["--root", "/r", "--runroot", "/rr", "__monitor", "id", "extra"])), None);
        assert_eq!(direct_entry(args(&["--runroot", "/r", "--root", "/rr", "__monitor", "id"])), None);
        assert_eq!(direct_entry(args(&["--root", "/r", "--runroot", "/rr", "ps", "id"])), None);
        assert_eq!(direct_entry(args(&["--root", "/r", "--runroot", "/rr", "__monitor"])), None);
    }
}
