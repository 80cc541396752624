//! Process plumbing: bounded waits, and cleanup of what the harness started
//! when the test process exits.
//!
//! Rust never drops statics, so the shared registry would outlive a test
//! binary. Two nets catch it: `PR_SET_PDEATHSIG` in the child (fires when the
//! spawning *thread* dies, which is why long-lived children are spawned from a
//! thread that never ends, see [`spawn_from_keeper`]) and an `atexit` hook
//! that kills registered PIDs and removes registered directories.

use std::io::Read;
use std::os::unix::process::CommandExt;
use std::path::PathBuf;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::{mpsc, Arc, Mutex, Once};
use std::thread;
use std::time::{Duration, Instant};

/// The longest any single command of a test may take before it is killed and
/// the test fails: generous, because it exists only to turn a hang into a
/// failure (speed is measured by benchmarks, never here).
pub const COMMAND_TIMEOUT: Duration = Duration::from_secs(300);

static AT_EXIT: Once = Once::new();
static KILL_AT_EXIT: Mutex<Vec<i32>> = Mutex::new(Vec::new());
static REMOVE_AT_EXIT: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

extern "C" fn cleanup_at_exit() {
    // try_lock: never block process exit on a lock a dying thread may hold.
    if let Ok(pids) = KILL_AT_EXIT.try_lock() {
        for &pid in pids.iter() {
            // SAFETY: plain syscalls on PIDs this process spawned and still owns.
            unsafe {
                libc::kill(pid, libc::SIGKILL);
                libc::waitpid(pid, std::ptr::null_mut(), 0);
            }
        }
    }
    if let Ok(dirs) = REMOVE_AT_EXIT.try_lock() {
        for dir in dirs.iter() {
            let _ = std::fs::remove_dir_all(dir);
        }
    }
}

fn install_at_exit() {
    AT_EXIT.call_once(|| {
        // SAFETY: registers a plain extern "C" function with no arguments.
        unsafe {
            libc::atexit(cleanup_at_exit);
        }
    });
}

/// Kills `pid` (SIGKILL) when the test process exits.
pub fn kill_at_exit(pid: i32) {
    install_at_exit();
    KILL_AT_EXIT.lock().unwrap_or_else(|e| e.into_inner()).push(pid);
}

/// Forgets a PID registered with [`kill_at_exit`] (it was reaped already, and
/// the number may be reused).
pub fn forget_pid(pid: i32) {
    KILL_AT_EXIT.lock().unwrap_or_else(|e| e.into_inner()).retain(|&p| p != pid);
}

/// Removes `dir` recursively when the test process exits.
pub fn remove_at_exit(dir: PathBuf) {
    install_at_exit();
    REMOVE_AT_EXIT.lock().unwrap_or_else(|e| e.into_inner()).push(dir);
}

/// Makes the child die with SIGKILL when the thread that spawned it ends.
pub fn die_with_parent(cmd: &mut Command) {
    // SAFETY: prctl is async-signal-safe; nothing else runs between fork and exec.
    unsafe {
        cmd.pre_exec(|| {
            if libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL, 0, 0, 0) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
}

/// Spawns `cmd` from a thread that lives as long as the process, so that
/// `PR_SET_PDEATHSIG` fires when the test process ends and not when the test
/// thread that happened to start a shared service finishes.
pub fn spawn_from_keeper(mut cmd: Command) -> std::io::Result<Child> {
    let (tx, rx) = mpsc::channel();
    thread::Builder::new()
        .name("e2e-keeper".into())
        .spawn(move || {
            die_with_parent(&mut cmd);
            let _ = tx.send(cmd.spawn());
            loop {
                thread::park();
            }
        })?;
    rx.recv().map_err(|e| std::io::Error::other(format!("keeper thread died: {e}")))?
}

/// Result of [`run_bounded`].
pub struct Finished {
    pub status: ExitStatus,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
}

/// Runs `cmd` in its own process group with captured output and a timeout.
/// On timeout the whole group is killed and an error describing it returned.
/// Output is collected until EOF, or for at most [`PIPE_GRACE`] after the
/// process exits: a background process that kept the pipes open must not
/// hang the test.
pub fn run_bounded(mut cmd: Command, timeout: Duration) -> Result<Finished, String> {
    cmd.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped()).process_group(0);
    let mut child = cmd.spawn().map_err(|e| format!("cannot start {cmd:?}: {e}"))?;
    let out = Drain::start(child.stdout.take());
    let err = Drain::start(child.stderr.take());
    let status = wait_bounded(&mut child, timeout);
    let stdout = out.finish();
    let stderr = err.finish();
    match status {
        Some(status) => Ok(Finished { status, stdout, stderr }),
        None => Err(format!(
            "{cmd:?} did not finish within {timeout:?} and was killed\n--- stdout ---\n{}\n--- stderr ---\n{}",
            String::from_utf8_lossy(&stdout),
            String::from_utf8_lossy(&stderr)
        )),
    }
}

/// How long to keep reading a child's pipes after it exited.
pub const PIPE_GRACE: Duration = Duration::from_secs(5);

/// Waits for `child`; after `timeout` kills its process group and returns None.
pub fn wait_bounded(child: &mut Child, timeout: Duration) -> Option<ExitStatus> {
    let deadline = Instant::now() + timeout;
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return Some(status),
            Ok(None) if Instant::now() < deadline => thread::sleep(Duration::from_millis(10)),
            _ => {
                kill_group(child.id() as i32);
                let _ = child.kill();
                let _ = child.wait();
                return None;
            }
        }
    }
}

/// SIGKILLs process group `pgid` (a group this harness created for a child).
pub fn kill_group(pgid: i32) {
    if pgid > 1 {
        // SAFETY: plain syscall; a group that is gone yields ESRCH, ignored.
        unsafe {
            libc::kill(-pgid, libc::SIGKILL);
        }
    }
}

/// PIDs of live processes in process group `pgid` owned by `uid`.
/// Used to find what a killed `dhow` left running (its forked children stay in
/// the group) without touching anyone else's processes.
pub fn group_members(pgid: i32, uid: u32) -> Vec<i32> {
    let Ok(entries) = std::fs::read_dir("/proc") else { return Vec::new() };
    let mut found = Vec::new();
    for entry in entries.flatten() {
        let Some(pid) = entry.file_name().to_str().and_then(|s| s.parse::<i32>().ok()) else { continue };
        let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else { continue };
        // Fields after the parenthesised command name: state ppid pgrp ...
        let Some(rest) = stat.rsplit_once(')').map(|(_, r)| r) else { continue };
        let fields: Vec<&str> = rest.split_whitespace().collect();
        if fields.get(2).and_then(|g| g.parse::<i32>().ok()) != Some(pgid) || fields.first() == Some(&"Z") {
            continue;
        }
        let owner = std::fs::metadata(format!("/proc/{pid}")).map(|m| std::os::unix::fs::MetadataExt::uid(&m));
        if owner.ok() == Some(uid) {
            found.push(pid);
        }
    }
    found
}

/// Reads a pipe on a thread into a shared buffer that can be taken at any time.
struct Drain {
    buf: Arc<Mutex<Vec<u8>>>,
    done: mpsc::Receiver<()>,
}

impl Drain {
    fn start<R: Read + Send + 'static>(pipe: Option<R>) -> Drain {
        let buf = Arc::new(Mutex::new(Vec::new()));
        let (tx, done) = mpsc::channel();
        let shared = Arc::clone(&buf);
        thread::spawn(move || {
            if let Some(mut p) = pipe {
                let mut chunk = [0u8; 8192];
                while let Ok(n @ 1..) = p.read(&mut chunk) {
                    shared.lock().unwrap_or_else(|e| e.into_inner()).extend_from_slice(&chunk[..n]);
                }
            }
            let _ = tx.send(());
        });
        Drain { buf, done }
    }

    fn finish(self) -> Vec<u8> {
        let _ = self.done.recv_timeout(PIPE_GRACE);
        let mut buf = self.buf.lock().unwrap_or_else(|e| e.into_inner());
        std::mem::take(&mut *buf)
    }
}
