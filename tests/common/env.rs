//! A private home for one test: its own HOME and XDG dirs (so its own dhow
//! store), a registries.conf pointing short names at the test registry, and
//! helpers that run `dhow` there as the test user.

use super::fixtures::{fixtures, Fixtures};
use super::proc;
use super::user::TestUser;
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::{Mutex, OnceLock};

/// What one command did.
#[derive(Debug)]
pub struct Output {
    pub status: ExitStatus,
    pub stdout: String,
    pub stderr: String,
    /// The command line, for failure messages.
    pub cmdline: String,
}

impl Output {
    /// Exit code; None when killed by a signal.
    pub fn code(&self) -> Option<i32> {
        self.status.code()
    }

    pub fn success(&self) -> bool {
        self.status.success()
    }

    /// Everything a failure message needs.
    pub fn describe(&self) -> String {
        format!(
            "`{}` exited with {}\n--- stdout ---\n{}\n--- stderr ---\n{}",
            self.cmdline, self.status, self.stdout, self.stderr
        )
    }
}

/// One test's environment; removed when dropped (set DHOW_E2E_KEEP=1 to keep
/// it for a post-mortem: its path is printed).
pub struct TestEnv {
    pub user: &'static TestUser,
    pub root: PathBuf,
    /// Process groups of commands started with [`TestEnv::spawn`], swept on drop.
    groups: Mutex<Vec<i32>>,
}

impl TestEnv {
    /// A fresh environment whose registries.conf points at the shared test
    /// registry (started, with every fixture pushed, on first use).
    pub fn new() -> TestEnv {
        let fx = fixtures();
        let user = TestUser::get();
        let root = tempfile::Builder::new()
            .prefix("dhow-e2e-env-")
            .tempdir_in("/tmp")
            .unwrap_or_else(|e| panic!("creating a test env under /tmp: {e}"))
            .keep();
        let env = TestEnv { user, root, groups: Mutex::new(Vec::new()) };
        env.mkdir(&env.root, 0o755);
        for (dir, mode) in [
            (env.home(), 0o755),
            (env.home().join(".local"), 0o755),
            (env.data_dir(), 0o755),
            (env.config_dir(), 0o755),
            (env.runtime_dir(), 0o700),
        ] {
            env.mkdir(&dir, mode);
        }
        let addr = fx.registry.addr();
        env.write_config(
            "containers/registries.conf",
            &format!(
                "# Written by the dhow e2e harness: short names resolve to the test registry.\n\
                 unqualified-search-registries = [\"{addr}\"]\n\n\
                 [[registry]]\nlocation = \"{addr}\"\ninsecure = true\n"
            ),
        );
        env
    }

    /// The shared fixtures (and their registry).
    pub fn fx(&self) -> &'static Fixtures {
        fixtures()
    }

    pub fn home(&self) -> PathBuf {
        self.root.join("home")
    }

    /// $XDG_DATA_HOME (`~/.local/share`, as on a real system): dhow's store
    /// is `store_dir()` below it.
    pub fn data_dir(&self) -> PathBuf {
        self.home().join(".local/share")
    }

    /// $XDG_CONFIG_HOME: `containers/registries.conf`, `containers/auth.json`.
    /// It is `~/.config`, so a tool reading `$HOME/.config` (as podman does
    /// for registries.conf) and one reading `$XDG_CONFIG_HOME` agree.
    pub fn config_dir(&self) -> PathBuf {
        self.home().join(".config")
    }

    /// $XDG_RUNTIME_DIR (0700, owned by the user).
    pub fn runtime_dir(&self) -> PathBuf {
        self.root.join("run")
    }

    /// `$XDG_DATA_HOME/dhow`.
    pub fn store_dir(&self) -> PathBuf {
        self.data_dir().join("dhow")
    }

    /// Writes `$XDG_CONFIG_HOME/<rel>` owned by the test user (mode 0600).
    pub fn write_config(&self, rel: &str, content: &str) -> PathBuf {
        self.write_owned(self.config_dir().join(rel), content, 0o600)
    }

    /// Writes `<home>/<rel>` readable by the test user (its parent dirs
    /// too): a build context, a Dockerfile, a file to bind-mount.
    pub fn write_home(&self, rel: &str, content: &str) -> PathBuf {
        self.write_owned(self.home().join(rel), content, 0o644)
    }

    /// Writes `path` (and its missing parent dirs) owned by the test user.
    fn write_owned(&self, path: PathBuf, content: &str, mode: u32) -> PathBuf {
        let mut missing = Vec::new();
        let mut dir = path.parent();
        while let Some(d) = dir.filter(|d| !d.exists()) {
            missing.push(d.to_path_buf());
            dir = d.parent();
        }
        for d in missing.iter().rev() {
            self.mkdir(d, 0o755);
        }
        fs::write(&path, content).unwrap_or_else(|e| panic!("writing {}: {e}", path.display()));
        fs::set_permissions(&path, fs::Permissions::from_mode(mode)).unwrap_or_else(|e| panic!("chmod {}: {e}", path.display()));
        self.user.chown(&path);
        path
    }

    fn mkdir(&self, dir: &Path, mode: u32) {
        fs::create_dir_all(dir).unwrap_or_else(|e| panic!("creating {}: {e}", dir.display()));
        fs::set_permissions(dir, fs::Permissions::from_mode(mode)).unwrap_or_else(|e| panic!("chmod {}: {e}", dir.display()));
        self.user.chown(dir);
    }

    /// `program args...` as the test user, with this env's variables, in its
    /// home, with stdin from /dev/null.
    pub fn exec<S: AsRef<std::ffi::OsStr>>(&self, program: impl AsRef<std::ffi::OsStr>, args: &[S]) -> Command {
        let mut cmd = Command::new(program);
        cmd.args(args)
            .env_clear()
            .env("HOME", self.home())
            .env("USER", &self.user.name)
            .env("LOGNAME", &self.user.name)
            .env("PATH", "/usr/sbin:/usr/bin:/sbin:/bin")
            .env("XDG_DATA_HOME", self.data_dir())
            .env("XDG_CONFIG_HOME", self.config_dir())
            .env("XDG_RUNTIME_DIR", self.runtime_dir())
            .env("RUST_BACKTRACE", "1")
            .current_dir(self.home())
            .stdin(Stdio::null());
        self.user.apply(&mut cmd);
        // As from a terminal: SIGINT and SIGQUIT at their defaults. A test
        // run started in the background (`tests/run &` in a script) inherits
        // them ignored, and the Ctrl-C tests would then wait forever.
        // SAFETY: signal(2) is async-signal-safe; nothing else runs between
        // fork and exec.
        unsafe {
            use std::os::unix::process::CommandExt;
            cmd.pre_exec(|| {
                libc::signal(libc::SIGINT, libc::SIG_DFL);
                libc::signal(libc::SIGQUIT, libc::SIG_DFL);
                Ok(())
            });
        }
        cmd
    }

    /// `dhow args...` as the test user (not started).
    pub fn command(&self, args: &[&str]) -> Command {
        self.exec(dhow_bin(), args)
    }

    /// Runs `dhow args...` to completion (bounded by [`proc::COMMAND_TIMEOUT`]).
    pub fn run(&self, args: &[&str]) -> Output {
        self.run_command(self.command(args))
    }

    /// Runs any prepared command (from [`TestEnv::exec`] or [`TestEnv::command`]).
    pub fn run_command(&self, cmd: Command) -> Output {
        let cmdline = describe(&cmd);
        match proc::run_bounded(cmd, proc::COMMAND_TIMEOUT) {
            Ok(f) => Output {
                status: f.status,
                stdout: String::from_utf8_lossy(&f.stdout).into_owned(),
                stderr: String::from_utf8_lossy(&f.stderr).into_owned(),
                cmdline,
            },
            Err(e) => panic!("{e}"),
        }
    }

    /// Runs `dhow args...`; panics with both streams unless it exits 0.
    /// Returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        if !out.success() {
            panic!("expected success: {}", out.describe());
        }
        out.stdout
    }

    /// Runs `dhow args...`; panics unless it exits with `code`. Returns stderr.
    pub fn fail(&self, args: &[&str], code: i32) -> String {
        let out = self.run(args);
        if out.code() != Some(code) {
            panic!("expected exit code {code}: {}", out.describe());
        }
        out.stderr
    }

    /// Starts `dhow args...` in its own process group with output discarded;
    /// whatever is left of the group is killed when the env is dropped.
    pub fn spawn(&self, args: &[&str]) -> Child {
        let mut cmd = self.command(args);
        cmd.stdout(Stdio::null()).stderr(Stdio::null());
        std::os::unix::process::CommandExt::process_group(&mut cmd, 0);
        let child = cmd.spawn().unwrap_or_else(|e| panic!("starting {}: {e}", describe(&cmd)));
        self.groups.lock().unwrap_or_else(|e| e.into_inner()).push(child.id() as i32);
        child
    }

    /// Files and dirs under the store (`$XDG_DATA_HOME/dhow`) whose path ends
    /// with `rel` (component-wise, e.g. `"home/app/owned"`), sorted. Symlinks
    /// are reported, never followed.
    pub fn find_in_store(&self, rel: &str) -> Vec<PathBuf> {
        let rel = Path::new(rel.trim_start_matches('/'));
        let mut found = Vec::new();
        walk(&self.store_dir(), &mut |p| {
            if p.ends_with(rel) {
                found.push(p.to_path_buf());
            }
        });
        found.sort();
        found
    }

    /// Every path under the env whose file name is `name` (for checking that
    /// nothing was written where it must not be).
    pub fn find_named(&self, name: &str) -> Vec<PathBuf> {
        let mut found = Vec::new();
        walk(&self.root, &mut |p| {
            if p.file_name().and_then(|n| n.to_str()) == Some(name) {
                found.push(p.to_path_buf());
            }
        });
        found
    }

    /// Kills processes this env started that are still running: the process
    /// groups of [`TestEnv::spawn`], and container monitors (detached in
    /// sessions of their own, found by the env's path on their command line;
    /// their containers die with them).
    fn sweep_processes(&self) {
        for pid in self.monitors() {
            // SAFETY: plain syscall on a monitor of this env's store.
            unsafe {
                libc::kill(pid, libc::SIGKILL);
            }
        }
        // podman (the interop peer) leaves a pause process per runtime dir.
        if let Some(pid) = fs::read_to_string(self.runtime_dir().join("libpod/tmp/pause.pid"))
            .ok()
            .and_then(|t| t.trim().parse::<i32>().ok())
        {
            let comm = fs::read_to_string(format!("/proc/{pid}/comm")).unwrap_or_default();
            if comm.trim() == "catatonit" || comm.trim() == "podman" {
                // SAFETY: plain syscall on the pause process podman recorded
                // in this env's runtime dir.
                unsafe {
                    libc::kill(pid, libc::SIGKILL);
                }
            }
        }
        let groups = self.groups.lock().unwrap_or_else(|e| e.into_inner());
        for &g in groups.iter() {
            for pid in proc::group_members(g, self.user.uid) {
                // SAFETY: plain syscall on a process of a group this env created.
                unsafe {
                    libc::kill(pid, libc::SIGKILL);
                }
            }
        }
    }

    /// PIDs of `dhow __monitor` processes working on this env's store.
    pub fn monitors(&self) -> Vec<i32> {
        let root = self.root.display().to_string();
        let Ok(entries) = fs::read_dir("/proc") else { return vec![] };
        entries
            .flatten()
            .filter_map(|e| e.file_name().to_str()?.parse::<i32>().ok())
            .filter(|pid| {
                let cmdline = fs::read(format!("/proc/{pid}/cmdline")).unwrap_or_default();
                let cmdline = String::from_utf8_lossy(&cmdline);
                cmdline.contains("__monitor") && cmdline.contains(&root)
            })
            .collect()
    }

    fn remove(&self) {
        let Err(first) = fs::remove_dir_all(&self.root) else { return };
        if !self.user.switch {
            // As a normal user, files extracted with sub-IDs belong to other
            // uids: delete them from inside the same ID mapping dhow uses.
            let u = self.user;
            let _ = Command::new("unshare")
                .arg("--map-root-user")
                .arg(format!("--map-users={},1,65536", u.subuid_start))
                .arg(format!("--map-groups={},1,65536", u.subgid_start))
                .args(["rm", "-rf", "--"])
                .arg(&self.root)
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status();
        }
        if self.root.exists() {
            eprintln!("note: could not remove test env {} ({first}); delete it by hand", self.root.display());
        }
    }
}

impl Default for TestEnv {
    fn default() -> Self {
        Self::new()
    }
}

impl Drop for TestEnv {
    fn drop(&mut self) {
        self.sweep_processes();
        if std::env::var_os("DHOW_E2E_KEEP").is_some() {
            eprintln!("note: DHOW_E2E_KEEP set, keeping test env {}", self.root.display());
            return;
        }
        self.remove();
    }
}

fn walk(dir: &Path, f: &mut dyn FnMut(&Path)) {
    let Ok(entries) = fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        f(&path);
        if entry.file_type().map(|t| t.is_dir()).unwrap_or(false) {
            walk(&path, f);
        }
    }
}

fn describe(cmd: &Command) -> String {
    std::iter::once(cmd.get_program())
        .chain(cmd.get_args())
        .map(|a| a.to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The dhow binary, where the test user can execute it: cargo's build dir
/// may sit under a home the test user cannot enter, so as root it is copied
/// once to /tmp/dhow-e2e-bin/ (named by size and mtime, so concurrent test
/// binaries of different builds never overwrite each other's copy).
pub fn dhow_bin() -> &'static Path {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| {
        let src = PathBuf::from(env!("CARGO_BIN_EXE_dhow"));
        if !TestUser::get().switch {
            return src;
        }
        let meta = fs::metadata(&src).unwrap_or_else(|e| panic!("dhow binary {}: {e}", src.display()));
        let mtime = meta.modified().ok().and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok()).unwrap_or_default();
        let dir = Path::new("/tmp/dhow-e2e-bin");
        fs::create_dir_all(dir).unwrap_or_else(|e| panic!("creating {}: {e}", dir.display()));
        fs::set_permissions(dir, fs::Permissions::from_mode(0o755)).unwrap_or_else(|e| panic!("chmod {}: {e}", dir.display()));
        let dest = dir.join(format!("dhow-{}-{}", meta.len(), mtime.as_nanos()));
        if !dest.exists() {
            let tmp = dir.join(format!(".dhow-{}", std::process::id()));
            let _ = fs::remove_file(&tmp);
            // A hard link costs no space while cargo's file exists (same
            // file system as a rule); a copy where linking is impossible.
            if fs::hard_link(&src, &tmp).is_err() {
                fs::copy(&src, &tmp).unwrap_or_else(|e| panic!("copying {} to {}: {e}", src.display(), tmp.display()));
            }
            fs::set_permissions(&tmp, fs::Permissions::from_mode(0o755)).unwrap_or_else(|e| panic!("chmod {}: {e}", tmp.display()));
            fs::rename(&tmp, &dest).unwrap_or_else(|e| panic!("renaming {} to {}: {e}", tmp.display(), dest.display()));
        }
        prune_old_copies(dir, &dest);
        dest
    })
}

/// Removes copies of other builds made more than three hours ago: every
/// rebuild adds one (~180 MB once cargo has replaced its own file), and a
/// busy day of test runs filled the disk when they were kept for a day. No
/// test run lasts three hours. Access times are no guide (relatime updates
/// them about once a day), so the build's own modification time is used.
fn prune_old_copies(dir: &Path, keep: &Path) {
    let Ok(entries) = fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let p = e.path();
        let old = e
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age.as_secs() > 3 * 3600);
        if p != keep && old {
            let _ = fs::remove_file(p);
        }
    }
}
