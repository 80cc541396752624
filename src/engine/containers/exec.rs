//! `dhow exec`: one more process inside a running container.
//!
//! No monitor is involved: the CLI joins the user namespace of the
//! container's init as the plain user who owns it (never a fresh one, whose
//! IDs would not match), builds an OCI `Process` from the container's own
//! `config.json` (environment, capabilities, rlimits, no-new-privileges,
//! user), and asks the runtime to run it with the container's seccomp
//! filter. The new process is our direct child, so without a terminal it
//! simply gets our stdin/stdout/stderr and we wait for it; with `-t` we own
//! a pty and copy between it and our terminal; with `-d` a small detached
//! keeper process is its parent instead of us.

use super::ops;
use super::user;
use crate::container::{ContainerRecord, ContainerStore, Status};
use crate::engine::Engine;
use crate::error::Exit;
use anyhow::{Context, Result};
use nix::sys::wait::waitpid;
use nix::unistd::Pid;
use oci_spec::runtime::{Process, Spec};
use std::io::{Read, Write};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::path::PathBuf;
use std::sync::atomic::{AtomicI32, Ordering};

/// What `dhow exec` was asked to do.
#[derive(Debug, Clone, Default)]
pub struct ExecRequest {
    /// The command and its arguments (non-empty).
    pub command: Vec<String>,
    /// `-i`: give the process our stdin.
    pub interactive: bool,
    /// `-t`: give the process a terminal.
    pub tty: bool,
    /// `-d`: start it and return at once.
    pub detach: bool,
    /// `-e KEY=VALUE` or `-e KEY` (copied from our environment).
    pub env: Vec<String>,
    /// `--env-file`.
    pub env_files: Vec<PathBuf>,
    /// `-u NAME|UID[:GROUP|GID]`; the container's user when `None`.
    pub user: Option<String>,
    /// `-w DIR`; the container's working directory when `None`.
    pub workdir: Option<String>,
    /// `--privileged`: every capability.
    pub privileged: bool,
    /// The detach key sequence (`--detach-keys`), for `-it`.
    pub detach_keys: Vec<u8>,
    /// `--preserve-fds N`: our descriptors 3..3+N pass to the process.
    pub preserve_fds: u32,
}

/// `--preserve-fds N`: descriptors 3..3+N must have been passed to us
/// (open and inheritable; dhow's own are close-on-exec), as podman checks.
pub fn check_preserved_fds(n: u32) -> Result<()> {
    for fd in 3..3u32.saturating_add(n) {
        let passed = nix::fcntl::fcntl(fd as i32, nix::fcntl::FcntlArg::F_GETFD).is_ok_and(|f| f & libc::FD_CLOEXEC == 0);
        if !passed {
            anyhow::bail!("file descriptor {fd} is not available - the preserve-fds option requires that all file descriptors must be passed");
        }
    }
    Ok(())
}

/// The container must be running and not paused; docker's messages.
pub fn ensure_running(record: &ContainerRecord, status: Status) -> Result<()> {
    match status {
        Status::Running => Ok(()),
        Status::Paused => Err(Exit::with_code(
            crate::error::ENGINE_FAILURE,
            format!("container {} is paused, unpause the container before exec ('dhow unpause {}')", record.name, record.name),
        )
        .into()),
        // podman's code (255) and words for exec into a stopped container.
        _ => Err(Exit::with_code(
            255,
            format!("can only create exec sessions on running containers: container state improper (container {} is not running; start it with 'dhow start {}')", record.name, record.name),
        )
        .into()),
    }
}

/// The OCI spec the container was started with (written by its monitor).
pub fn load_spec(engine: &Engine, record: &ContainerRecord) -> Result<Spec> {
    read_spec(&ContainerStore::new(&engine.paths.root).dir(&record.id), record)
}

/// The OCI spec in the container directory `dir`.
pub fn read_spec(dir: &std::path::Path, record: &ContainerRecord) -> Result<Spec> {
    let path = dir.join("config.json");
    let text = std::fs::read_to_string(&path)
        .with_context(|| format!("reading the runtime spec of container {} ({})", record.name, path.display()))?;
    serde_json::from_str(&text).with_context(|| format!("parsing the runtime spec of container {} ({})", record.name, path.display()))
}

/// Runs `req` in container `query`; returns the process's exit code
/// (docker's: 128+N for a signal), or 0 after `-d` or a detach.
///
/// Must be called while the process is single-threaded: it joins the
/// container's user namespace.
pub fn exec(engine: &Engine, query: &str, req: &ExecRequest) -> Result<i32> {
    if req.command.is_empty() {
        return Err(Exit::with_code(crate::error::ENGINE_FAILURE, "no command given: 'dhow exec CONTAINER COMMAND [ARG...]'").into());
    }
    check_preserved_fds(req.preserve_fds)?;
    if let Some(w) = &req.workdir {
        if !w.starts_with('/') {
            return Err(Exit::with_code(
                crate::error::ENGINE_FAILURE,
                format!("the working directory '{w}' is invalid, it needs to be an absolute path"),
            )
            .into());
        }
    }
    let (record, state) = ops::find(engine, query)?;
    ensure_running(&record, state.status)?;
    let spec = load_spec(engine, &record)?;
    let mut changes = Vec::new();
    for f in &req.env_files {
        changes.extend(super::create::read_env_file(f)?);
    }
    changes.extend(req.env.iter().filter_map(|e| expand_env(e)));
    // Limited like the init: we join its cgroup (and CPU affinity) before
    // forking the process, which inherits them.
    let dir = ContainerStore::new(&engine.paths.root).dir(&record.id);
    if let Some(enf) = super::limits::Enforcement::load(&dir) {
        let cpus = super::limits::affinity(&record, &enf);
        super::limits::enter(&enf, cpus.as_deref()).map_err(runtime_error)?;
    }

    let init = Pid::from_raw(state.pid);
    // The monitor's user namespace (dhow's rootless one): the container's
    // own when it has none of its own; else its parent, where we may still
    // join what a pod shares before entering the container's (`keep-id`).
    let owner = if state.monitor_alive() { state.monitor_pid } else { state.pid };
    crate::sys::userns::join(owner).map_err(|e| {
        anyhow::Error::from(Exit::with_code(
            crate::error::ENGINE_FAILURE,
            format!("container {} is not running (cannot join its namespaces: {e:#})", record.name),
        ))
    })?;
    // Our binary must not be writable through the exec'd process (a
    // `#!/proc/self/exe` command runs it inside the container): when it is,
    // this starts over from a read-only view of it (see `sys::exe`).
    crate::sys::exe::reexec_if_exposed()?;
    let process = build_process(&record, &spec, init, req, &changes)?;
    let extra = crate::runtime::ExecOptions { preserve_fds: req.preserve_fds, ..crate::runtime::ExecOptions::from_spec(&spec) };
    if req.detach {
        return detached(init, &process, &extra, req.tty);
    }
    if req.tty {
        return with_terminal(init, &process, &extra, req);
    }
    plain(init, &process, &extra, req.interactive)
}

/// A health check's process: the container's own (user, environment,
/// working directory, capabilities) running `command`, as docker runs it.
pub(crate) fn check_process(record: &ContainerRecord, spec: &Spec, init: Pid, command: Vec<String>) -> Result<Process> {
    build_process(record, spec, init, &ExecRequest { command, ..Default::default() }, &[])
}

/// `-e K=V` stays; `-e K` takes K from our environment or is dropped.
fn expand_env(e: &str) -> Option<String> {
    if e.contains('=') {
        Some(e.to_string())
    } else {
        std::env::var(e).ok().map(|v| format!("{e}={v}"))
    }
}

fn has_key(env: &[String], key: &str) -> bool {
    env.iter().any(|e| e.split('=').next() == Some(key))
}

/// The process: the container's own (from its spec) with the command, the
/// extra environment, `-u`, `-w`, `-t` and `--privileged` applied.
fn build_process(record: &ContainerRecord, spec: &Spec, init: Pid, req: &ExecRequest, changes: &[String]) -> Result<Process> {
    let mut process = spec.process().clone().unwrap_or_default();
    process.set_args(Some(req.command.clone()));
    process.set_terminal(Some(req.tty));
    let mut env = process.env().clone().unwrap_or_default();
    if let Some(u) = &req.user {
        // Resolved in the container's live root, as it is now.
        let root = PathBuf::from(format!("/proc/{init}/root"));
        let max_id = crate::sys::userns::current_mappings().map(|m| m.max_uid()).unwrap_or(u32::MAX);
        let who = user::resolve(&root, u, max_id).map_err(|e| anyhow::Error::from(Exit::with_code(crate::error::ENGINE_FAILURE, format!("{e:#}"))))?;
        let mut pu = process.user().clone();
        pu.set_uid(who.uid);
        pu.set_gid(who.gid);
        pu.set_additional_gids(Some(who.additional_gids.clone()));
        pu.set_umask(None);
        process.set_user(pu);
        if !has_key(&record.config.env, "HOME") {
            env = super::create::merge_env(&env, &[format!("HOME={}", who.home)]);
        }
    }
    if req.tty && !has_key(&env, "TERM") {
        env.push("TERM=xterm".into());
    }
    process.set_env(Some(super::create::merge_env(&env, changes)));
    if let Some(w) = &req.workdir {
        process.set_cwd(PathBuf::from(w));
    }
    if req.privileged {
        process = privileged(process)?;
    }
    Ok(process)
}

/// Every capability in the bounding, effective and permitted sets (docker's
/// `exec --privileged`); the seccomp filter stays the container's.
fn privileged(process: Process) -> Result<Process> {
    let mut v = serde_json::to_value(&process).context("encoding the exec process")?;
    let all = serde_json::to_value(super::spec::all_caps())?;
    if let Some(obj) = v.as_object_mut() {
        let caps = obj.entry("capabilities").or_insert_with(|| serde_json::json!({}));
        if let Some(c) = caps.as_object_mut() {
            for set in ["bounding", "effective", "permitted"] {
                c.insert(set.to_string(), all.clone());
            }
        }
    }
    serde_json::from_value(v).context("building the privileged exec process")
}

/// Makes the container's pid namespace the one our children are born in.
///
/// The runtime would switch there around its `clone` and back, but going
/// back to the host's pid namespace needs privileges there that an
/// unprivileged user does not have. Staying is harmless: the caller forks
/// nothing else it needs outside the container afterwards.
pub(crate) fn children_in_pid_ns(init: Pid) -> Result<()> {
    let path = format!("/proc/{init}/ns/pid");
    let f = std::fs::File::open(&path).with_context(|| format!("opening the container's pid namespace ({path})"))?;
    nix::sched::setns(&f, nix::sched::CloneFlags::CLONE_NEWPID).with_context(|| format!("joining the container's pid namespace ({path})"))
}

fn runtime_error(e: crate::runtime::RuntimeError) -> anyhow::Error {
    Exit::with_code(e.exit_code(), e.to_string()).into()
}

fn dev_null() -> Result<OwnedFd> {
    Ok(std::fs::OpenOptions::new().read(true).write(true).open("/dev/null").context("opening /dev/null")?.into())
}

/// A close-on-exec duplicate of one of our standard descriptors.
fn dup_std(fd: RawFd) -> Result<OwnedFd> {
    // SAFETY: borrowing a descriptor that lives as long as the process.
    let b = unsafe { std::os::fd::BorrowedFd::borrow_raw(fd) };
    b.try_clone_to_owned().with_context(|| format!("duplicating file descriptor {fd}"))
}

pub(crate) fn wait_code(pid: Pid) -> Result<i32> {
    crate::util::wait::wait_exit_code(pid).map_err(|e| anyhow::anyhow!("waiting for the exec'd process: {e}"))
}

static CHILD: AtomicI32 = AtomicI32::new(0);

/// Passes signals that someone sent to dhow (kill, not the terminal: the
/// terminal's already reach the process, which shares our process group or
/// has its own terminal) on to the exec'd process.
extern "C" fn forward(sig: libc::c_int, info: *mut libc::siginfo_t, _: *mut libc::c_void) {
    let child = CHILD.load(Ordering::Relaxed);
    // SAFETY: the kernel passes a valid siginfo to an SA_SIGINFO handler.
    let code = if info.is_null() { 0 } else { unsafe { (*info).si_code } };
    if child > 0 && code <= 0 {
        // SAFETY: kill(2) is async-signal-safe.
        unsafe { libc::kill(child, sig) };
    }
}

fn forward_signals(child: Pid) {
    CHILD.store(child.as_raw(), Ordering::Relaxed);
    for s in [libc::SIGINT, libc::SIGTERM, libc::SIGHUP, libc::SIGQUIT, libc::SIGUSR1, libc::SIGUSR2] {
        // SAFETY: a zeroed sigaction with an SA_SIGINFO handler that only calls kill(2).
        unsafe {
            let mut sa: libc::sigaction = std::mem::zeroed();
            sa.sa_sigaction = forward as *const () as usize;
            sa.sa_flags = libc::SA_SIGINFO | libc::SA_RESTART;
            libc::sigemptyset(&mut sa.sa_mask);
            libc::sigaction(s, &sa, std::ptr::null_mut());
        }
    }
}

/// Without a terminal: the process gets our descriptors and we wait.
fn plain(init: Pid, process: &Process, extra: &crate::runtime::ExecOptions, interactive: bool) -> Result<i32> {
    let stdio = crate::runtime::Stdio {
        stdin: if interactive { dup_std(0)? } else { dev_null()? },
        stdout: dup_std(1)?,
        stderr: dup_std(2)?,
    };
    children_in_pid_ns(init)?;
    let pid = crate::runtime::exec_process(init, process, extra, stdio).map_err(runtime_error)?;
    forward_signals(pid);
    wait_code(pid)
}

fn set_cloexec(fd: RawFd) {
    // SAFETY: fcntl on a descriptor we own.
    unsafe { libc::fcntl(fd, libc::F_SETFD, libc::FD_CLOEXEC) };
}

/// A pty of the container's own devpts instance (so `tty` inside names it
/// `/dev/pts/N`, as with docker): its `ptmx`, reached through the init's
/// root, and the peer slave from `TIOCGPTPEER` (no path lookup needed).
fn container_pty(init: Pid) -> std::io::Result<(OwnedFd, OwnedFd)> {
    use std::os::unix::fs::OpenOptionsExt;
    let master: OwnedFd = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .custom_flags(libc::O_NOCTTY)
        .open(format!("/proc/{init}/root/dev/pts/ptmx"))?
        .into();
    let slave = crate::runtime::pty_peer(&master)?;
    Ok((master, slave))
}

/// A pty whose master stays with us (close-on-exec) and whose slave becomes
/// the process's stdin/stdout/stderr, sized like our terminal. The
/// container's devpts when possible, else one of ours.
fn open_pty(init: Pid) -> Result<(OwnedFd, crate::runtime::Stdio)> {
    let (master, slave) = match container_pty(init) {
        Ok(p) => p,
        Err(_) => {
            let pty = nix::pty::openpty(None, None).context("opening a pseudo-terminal")?;
            (pty.master, pty.slave)
        }
    };
    set_cloexec(master.as_raw_fd());
    set_cloexec(slave.as_raw_fd());
    if let Some((rows, cols)) = super::client::terminal_size() {
        set_size(master.as_raw_fd(), rows, cols);
    }
    let stdio = crate::runtime::Stdio { stdin: slave.try_clone()?, stdout: slave.try_clone()?, stderr: slave };
    Ok((master, stdio))
}

fn set_size(fd: RawFd, rows: u16, cols: u16) {
    let ws = libc::winsize { ws_row: rows, ws_col: cols, ws_xpixel: 0, ws_ypixel: 0 };
    // SAFETY: TIOCSWINSZ reads a winsize from a valid pointer.
    unsafe { libc::ioctl(fd, libc::TIOCSWINSZ, &ws) };
}

pub(crate) fn pidfd_open(pid: Pid) -> Result<OwnedFd> {
    // SAFETY: plain syscall; the result is checked.
    let fd = unsafe { libc::syscall(libc::SYS_pidfd_open, pid.as_raw(), 0) };
    if fd < 0 {
        return Err(std::io::Error::last_os_error()).context("watching the exec'd process (pidfd_open needs Linux 5.3+)");
    }
    // SAFETY: the kernel just returned this descriptor.
    Ok(unsafe { OwnedFd::from_raw_fd(fd as RawFd) })
}

/// Reads what is available; `None` at EOF or EIO (the last slave closed).
fn read_some(fd: RawFd, buf: &mut [u8]) -> Option<usize> {
    loop {
        // SAFETY: reading into a valid buffer of the given length.
        let n = unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) };
        if n > 0 {
            return Some(n as usize);
        }
        if n < 0 {
            match std::io::Error::last_os_error().raw_os_error() {
                Some(libc::EINTR) => continue,
                Some(libc::EAGAIN) => return Some(0),
                _ => return None,
            }
        }
        return None;
    }
}

fn write_all(fd: RawFd, mut data: &[u8]) -> bool {
    while !data.is_empty() {
        // SAFETY: writing from a valid slice.
        let n = unsafe { libc::write(fd, data.as_ptr().cast(), data.len()) };
        if n < 0 {
            if std::io::Error::last_os_error().raw_os_error() == Some(libc::EINTR) {
                continue;
            }
            return false;
        }
        data = &data[n as usize..];
    }
    true
}

/// Matches the detach key sequence in typed input: returns what to pass on
/// and whether the whole sequence was typed. A partial match that breaks is
/// passed on as typed.
pub struct DetachMatcher {
    keys: Vec<u8>,
    matched: usize,
}

impl DetachMatcher {
    pub fn new(keys: Vec<u8>) -> DetachMatcher {
        DetachMatcher { keys, matched: 0 }
    }

    pub fn feed(&mut self, input: &[u8]) -> (Vec<u8>, bool) {
        let mut out = Vec::with_capacity(input.len());
        for &b in input {
            if !self.keys.is_empty() && b == self.keys[self.matched] {
                self.matched += 1;
                if self.matched == self.keys.len() {
                    self.matched = 0;
                    return (out, true);
                }
                continue;
            }
            out.extend_from_slice(&self.keys[..self.matched]);
            self.matched = 0;
            if !self.keys.is_empty() && b == self.keys[0] {
                self.matched = 1;
                if self.keys.len() == 1 {
                    self.matched = 0;
                    return (out, true);
                }
                continue;
            }
            out.push(b);
        }
        (out, false)
    }
}

/// `-t`: copies between our terminal (raw) and the process's pty, follows
/// our window size, detaches on the detach keys, ends when it exits.
fn with_terminal(init: Pid, process: &Process, extra: &crate::runtime::ExecOptions, req: &ExecRequest) -> Result<i32> {
    let (master, stdio) = open_pty(init)?;
    children_in_pid_ns(init)?;
    let pid = crate::runtime::exec_process(init, process, extra, stdio).map_err(runtime_error)?;
    forward_signals(pid);
    let pidfd = pidfd_open(pid)?;
    let raw = super::client::RawMode::enter(true);
    let m = master.as_raw_fd();
    // SAFETY: fcntl on our own descriptor.
    unsafe { libc::fcntl(m, libc::F_SETFL, libc::fcntl(m, libc::F_GETFL) | libc::O_NONBLOCK) };
    let mut stdin_open = req.interactive;
    let mut master_open = true;
    let mut matcher = DetachMatcher::new(req.detach_keys.clone());
    let mut last_size = super::client::terminal_size();
    let mut buf = [0u8; 32768];
    loop {
        let mut fds = vec![
            libc::pollfd { fd: pidfd.as_raw_fd(), events: libc::POLLIN, revents: 0 },
            libc::pollfd { fd: if master_open { m } else { -1 }, events: libc::POLLIN, revents: 0 },
            libc::pollfd { fd: if stdin_open { 0 } else { -1 }, events: libc::POLLIN, revents: 0 },
        ];
        // SAFETY: a valid array of pollfd for the duration of the call.
        let n = unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as libc::nfds_t, 250) };
        if n < 0 && std::io::Error::last_os_error().raw_os_error() != Some(libc::EINTR) {
            return Err(std::io::Error::last_os_error()).context("waiting for terminal input");
        }
        let size = super::client::terminal_size();
        if size.is_some() && size != last_size {
            if let Some((rows, cols)) = size {
                set_size(m, rows, cols);
            }
            last_size = size;
        }
        if n <= 0 {
            continue;
        }
        if master_open && fds[1].revents != 0 {
            match read_some(m, &mut buf) {
                Some(0) => {}
                Some(k) => {
                    if !write_all(1, &buf[..k]) {
                        // Our terminal is gone: hang the process's up too.
                        drop(raw);
                        drop(master);
                        return wait_code(pid);
                    }
                }
                None => master_open = false,
            }
        }
        if stdin_open && fds[2].revents != 0 {
            match read_some(0, &mut buf) {
                Some(0) => {}
                Some(k) => {
                    let (out, detach) = matcher.feed(&buf[..k]);
                    if !out.is_empty() {
                        let _ = write_all(m, &out);
                    }
                    if detach {
                        drop(raw);
                        keep_pty(master);
                        return Ok(0);
                    }
                }
                // A terminal has no EOF of its own: pass ^D on.
                None => {
                    let _ = write_all(m, &[4]);
                    stdin_open = false;
                }
            }
        }
        if fds[0].revents != 0 {
            let code = wait_code(pid)?;
            // Output the process wrote just before it ended.
            while master_open {
                match read_some(m, &mut buf) {
                    Some(k) if k > 0 => {
                        let _ = write_all(1, &buf[..k]);
                    }
                    _ => master_open = false,
                }
            }
            drop(raw);
            return Ok(code);
        }
    }
}

/// After a detach the process must keep its terminal: a detached child of
/// ours holds the pty master (draining output nobody reads) until the
/// process is gone, as docker's daemon would. (It is born in the
/// container's pid namespace, see [`children_in_pid_ns`], and ends with it.)
fn keep_pty(master: OwnedFd) {
    // SAFETY: we are single-threaded (exec runs no threads), so the child may
    // run arbitrary code.
    match unsafe { nix::unistd::fork() } {
        Ok(nix::unistd::ForkResult::Child) => {
            let _ = nix::unistd::setsid();
            quiet_stdio();
            let m = master.as_raw_fd();
            // SAFETY: fcntl on our own descriptor.
            unsafe { libc::fcntl(m, libc::F_SETFL, libc::fcntl(m, libc::F_GETFL) & !libc::O_NONBLOCK) };
            let mut buf = [0u8; 8192];
            while read_some(m, &mut buf).is_some() {}
            // SAFETY: leave without running destructors of the parent's state.
            unsafe { libc::_exit(0) }
        }
        _ => drop(master),
    }
}

/// Points our own stdin/stdout/stderr at /dev/null (a background keeper
/// must not hold the user's terminal).
fn quiet_stdio() {
    if let Ok(null) = dev_null() {
        for fd in 0..3 {
            let _ = nix::unistd::dup2(null.as_raw_fd(), fd);
        }
    }
}

/// `-d`: a keeper process in its own session starts the process, reports
/// success or the error over a pipe, then stays its parent (and holds its
/// pty with `-t`) until it ends, so nothing is left a zombie.
fn detached(init: Pid, process: &Process, extra: &crate::runtime::ExecOptions, tty: bool) -> Result<i32> {
    let (r, w) = nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).context("creating a pipe")?;
    // SAFETY: single-threaded (see `exec`), so the child may run arbitrary code.
    match unsafe { nix::unistd::fork() }.context("forking the exec keeper")? {
        nix::unistd::ForkResult::Child => {
            drop(r);
            let _ = nix::unistd::setsid();
            let mut w = std::fs::File::from(w);
            let started = (|| -> std::result::Result<(Option<OwnedFd>, Pid), (i32, String)> {
                let (master, stdio) = if tty {
                    let (m, s) = open_pty(init).map_err(|e| (crate::error::ENGINE_FAILURE, format!("{e:#}")))?;
                    (Some(m), s)
                } else {
                    let null = || dev_null().map_err(|e| (crate::error::ENGINE_FAILURE, format!("{e:#}")));
                    (None, crate::runtime::Stdio { stdin: null()?, stdout: null()?, stderr: null()? })
                };
                children_in_pid_ns(init).map_err(|e| (crate::error::ENGINE_FAILURE, format!("{e:#}")))?;
                let pid = crate::runtime::exec_process(init, process, extra, stdio).map_err(|e| (e.exit_code(), e.to_string()))?;
                Ok((master, pid))
            })();
            match started {
                Ok((master, pid)) => {
                    quiet_stdio();
                    let _ = w.write_all(&0i32.to_le_bytes());
                    drop(w);
                    if let Some(m) = master {
                        let mut buf = [0u8; 8192];
                        while read_some(m.as_raw_fd(), &mut buf).is_some() {}
                    }
                    let _ = wait_code(pid);
                    // SAFETY: leave without running the parent's destructors.
                    unsafe { libc::_exit(0) }
                }
                Err((code, message)) => {
                    let _ = w.write_all(&code.to_le_bytes());
                    let _ = w.write_all(message.as_bytes());
                    drop(w);
                    // SAFETY: as above.
                    unsafe { libc::_exit(code) }
                }
            }
        }
        nix::unistd::ForkResult::Parent { child } => {
            drop(w);
            let mut report = Vec::new();
            let _ = std::fs::File::from(r).read_to_end(&mut report);
            let code = report.get(..4).and_then(|b| b.try_into().ok()).map(i32::from_le_bytes);
            match code {
                Some(0) => Ok(0),
                Some(code) => {
                    let _ = waitpid(child, None);
                    Err(Exit::with_code(code, String::from_utf8_lossy(&report[4..]).into_owned()).into())
                }
                None => {
                    let _ = waitpid(child, None);
                    Err(Exit::with_code(crate::error::ENGINE_FAILURE, "the exec keeper process died before starting the command").into())
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detach_keys_are_matched_across_reads() {
        let mut m = DetachMatcher::new(vec![16, 17]);
        assert_eq!(m.feed(b"ab"), (b"ab".to_vec(), false));
        assert_eq!(m.feed(&[b'x', 16]), (b"x".to_vec(), false));
        assert_eq!(m.feed(&[17, b'y']), (vec![], true));
        // A broken partial match is passed on as typed.
        let mut m = DetachMatcher::new(vec![16, 17]);
        assert_eq!(m.feed(&[16, b'z']), (vec![16, b'z'], false));
        // The first key repeated restarts the match.
        assert_eq!(m.feed(&[16, 16, 17]), (vec![16], true));
        // No keys: nothing detaches.
        let mut m = DetachMatcher::new(vec![]);
        assert_eq!(m.feed(&[16, 17]), (vec![16, 17], false));
    }

    #[test]
    fn privileged_sets_every_capability() {
        let p = privileged(Process::default()).unwrap();
        let caps = p.capabilities().clone().unwrap();
        let n = super::super::spec::all_caps().len();
        assert_eq!(caps.bounding().as_ref().map(|s| s.len()), Some(n));
        assert_eq!(caps.effective().as_ref().map(|s| s.len()), Some(n));
    }

    #[test]
    fn env_expansion() {
        assert_eq!(expand_env("A=1").as_deref(), Some("A=1"));
        assert_eq!(expand_env("DHOW_SURELY_UNSET_VAR_X"), None);
        assert!(has_key(&["HOME=/x".to_string()], "HOME"));
        assert!(!has_key(&["HOMEX=/x".to_string()], "HOME"));
    }
}
