//! systemd helpers for end-to-end tests: a notify socket the test owns,
//! `generate systemd`, `systemd-analyze verify`, running a unit's command
//! lines as systemd would, and a real `systemd --user` manager.

use super::TestEnv;
use std::os::unix::net::UnixDatagram;
use std::time::{Duration, Instant};

/// A datagram socket in the env's runtime dir that the test user may send to.
pub fn notify_socket(env: &TestEnv) -> (UnixDatagram, std::path::PathBuf) {
    let path = env.runtime_dir().join("notify.sock");
    let sock = UnixDatagram::bind(&path).unwrap();
    env.user.chown(&path);
    sock.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
    (sock, path)
}

/// Messages received on `sock` until one contains `want` (or the deadline).
pub fn receive_until(sock: &UnixDatagram, want: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut all = String::new();
    let mut buf = [0u8; 4096];
    while !all.contains(want) {
        assert!(Instant::now() < deadline, "no {want:?} on the notify socket; got {all:?}");
        if let Ok(n) = sock.recv(&mut buf) {
            all.push_str(&String::from_utf8_lossy(&buf[..n]));
        }
    }
    all
}

/// `dhow generate systemd args...` (stdout), with the linger warning checked.
pub fn generate(env: &TestEnv, args: &[&str]) -> String {
    let mut all = vec!["generate", "systemd"];
    all.extend_from_slice(args);
    let out = env.run(&all);
    assert!(out.success(), "{}", out.describe());
    if !std::path::Path::new("/var/lib/systemd/linger").join(&env.user.name).exists() {
        assert!(out.stderr.contains("loginctl enable-linger"), "no linger warning: {}", out.stderr);
    }
    out.stdout
}

/// `systemd-analyze verify --man=no` of `text` (as `name`, written in the
/// env's home) must pass with an empty stderr; skipped without systemd-analyze.
pub fn verify_unit(env: &TestEnv, name: &str, text: &str) {
    let Some(analyze) = ["/usr/bin/systemd-analyze", "/bin/systemd-analyze"].into_iter().find(|p| std::path::Path::new(p).exists()) else {
        eprintln!("systemd-analyze is missing: unit {name} not verified");
        return;
    };
    let path = env.write_home(&format!("units/{name}"), text);
    let out = env.run_command(env.exec(analyze, &["verify", "--man=no", path.to_str().unwrap()]));
    assert!(out.success() && out.stderr.is_empty(), "systemd-analyze verify {name}:\n{text}\n{}", out.describe());
}

/// The words of a unit's command line as systemd splits them (double and
/// single quotes, C escapes), with `%t`, `%n`, `%%` and `$$` replaced.
pub fn unit_command(line: &str, runtime_dir: &str, unit: &str) -> Vec<String> {
    let prefix = unit.trim_end_matches(".service");
    let line = line.replace("%%", "\u{1}").replace("%t", runtime_dir).replace("%n", unit).replace("%N", prefix);
    let line = line.replace('\u{1}', "%").replace("$$", "$");
    let mut words = Vec::new();
    let mut chars = line.chars().peekable();
    while let Some(&c) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
            continue;
        }
        let mut w = String::new();
        while let Some(c) = chars.next() {
            match c {
                c if c.is_whitespace() => break,
                '"' | '\'' => {
                    while let Some(q) = chars.next() {
                        match q {
                            _ if q == c => break,
                            '\\' => match chars.next() {
                                Some('n') => w.push('\n'),
                                Some('t') => w.push('\t'),
                                Some(e) => w.push(e),
                                None => {}
                            },
                            _ => w.push(q),
                        }
                    }
                }
                _ => w.push(c),
            }
        }
        words.push(w);
    }
    words
}

/// The value of each `Key=` line of a unit (continuation lines joined).
pub fn unit_values(text: &str, key: &str) -> Vec<String> {
    let joined = text.replace("\\\n", " ");
    joined.lines().filter_map(|l| l.strip_prefix(&format!("{key}="))).map(str::to_string).collect()
}

/// Runs the `key=` command lines of `unit` (named `name`) as systemd
/// would: specifiers replaced, the unit's environment set, and
/// `NOTIFY_SOCKET` when the unit is `Type=notify` or sets `NotifyAccess=`;
/// a `-` prefix lets the command fail.
pub fn run_unit_lines(env: &TestEnv, unit: &str, name: &str, key: &str, socket: &std::path::Path) {
    let runtime = env.runtime_dir().display().to_string();
    for line in unit_values(unit, key) {
        let (may_fail, line) = match line.strip_prefix('-') {
            Some(l) => (true, l.to_string()),
            None => (false, line),
        };
        let words = unit_command(&line, &runtime, name);
        let mut cmd = env.exec(&words[0], &words[1..]);
        if unit.contains("\nType=notify\n") || unit.contains("\nNotifyAccess=") {
            cmd.env("NOTIFY_SOCKET", socket);
        }
        cmd.env("PODMAN_SYSTEMD_UNIT", name).env("DHOW_SYSTEMD_UNIT", name);
        let out = env.run_command(cmd);
        assert!(may_fail || out.success(), "{key}: {}", out.describe());
    }
}

/// A real `systemd --user` manager for the test user, on this host without
/// systemd as PID 1: it runs in a private mount namespace whose
/// `/run/systemd/system` exists (the "booted with systemd" check) and in
/// cgroups the test creates and hands to the user (unified and
/// `name=systemd`, as the hybrid layout has). `None` (with the reason on
/// stderr) when systemd is not installed or the cgroups cannot be made.
pub struct UserManager<'a> {
    env: &'a TestEnv,
    child: std::process::Child,
    cgroups: Vec<std::path::PathBuf>,
}

impl<'a> UserManager<'a> {
    pub fn start(env: &'a TestEnv) -> Option<UserManager<'a>> {
        Self::start_with_generator(env, None)
    }

    /// As [`start`](Self::start), with `generator` installed as a user
    /// generator named `dhow-user-generator` in the private
    /// `/run/systemd/user-generators` (a directory systemd reads them from).
    pub fn start_with_generator(env: &'a TestEnv, generator: Option<&std::path::Path>) -> Option<UserManager<'a>> {
        let systemd = std::path::Path::new("/lib/systemd/systemd");
        if !systemd.exists() {
            eprintln!("{} is missing: no real systemd --user test", systemd.display());
            return None;
        }
        let unique = env.root.file_name().unwrap().to_string_lossy().replace(|c: char| !c.is_ascii_alphanumeric(), "");
        let hierarchies: Vec<&str> = if std::path::Path::new("/sys/fs/cgroup/cgroup.controllers").exists() {
            vec![""]
        } else {
            ["unified", "systemd"].into_iter().filter(|h| std::path::Path::new("/sys/fs/cgroup").join(h).join("cgroup.procs").exists()).collect()
        };
        let mut cgroups = Vec::new();
        for h in hierarchies {
            let dir = std::path::Path::new("/sys/fs/cgroup").join(h).join(format!("dhow-test-{unique}"));
            if let Err(e) = std::fs::create_dir(&dir) {
                eprintln!("cannot create the cgroup {}: {e}: no real systemd --user test", dir.display());
                remove_cgroups(&cgroups);
                return None;
            }
            for f in ["", "cgroup.procs", "cgroup.subtree_control", "cgroup.threads"] {
                let p = dir.join(f);
                if p.exists() {
                    env.user.chown(&p);
                }
            }
            cgroups.push(dir);
        }
        let join: String = cgroups.iter().map(|d| format!("echo $$ > {}/cgroup.procs && ", d.display())).collect();
        let vars = [
            ("HOME", env.home()),
            ("XDG_RUNTIME_DIR", env.runtime_dir()),
            ("XDG_DATA_HOME", env.data_dir()),
            ("XDG_CONFIG_HOME", env.config_dir()),
        ];
        let vars: String = vars.iter().map(|(k, v)| format!("{k}={} ", v.display())).collect();
        let install = generator.map_or(String::new(), |g| format!("mkdir /run/systemd/user-generators && ln -s {} /run/systemd/user-generators/dhow-user-generator && ", g.display()));
        let script = format!(
            "{join}mount -t tmpfs tmpfs /run/systemd && mkdir /run/systemd/system && {install}exec runuser -u {user} -- env -i {vars}USER={user} LOGNAME={user} PATH=/usr/sbin:/usr/bin:/sbin:/bin {systemd} --user",
            user = env.user.name,
            systemd = systemd.display()
        );
        let mut cmd = std::process::Command::new("unshare");
        cmd.args(["-m", "--propagation", "private", "sh", "-c", &script]).stdin(std::process::Stdio::null()).stdout(std::process::Stdio::null());
        std::os::unix::process::CommandExt::process_group(&mut cmd, 0);
        let child = cmd.spawn().expect("starting unshare");
        let mut manager = UserManager { env, child, cgroups };
        let private = env.runtime_dir().join("systemd/private");
        let deadline = Instant::now() + Duration::from_secs(60);
        while !private.exists() {
            if let Ok(Some(status)) = manager.child.try_wait() {
                eprintln!("systemd --user exited ({status}) before it listened: no real systemd --user test");
                return None;
            }
            assert!(Instant::now() < deadline, "systemd --user did not create {}", private.display());
            std::thread::sleep(Duration::from_millis(50));
        }
        manager.systemctl(&["daemon-reload"]);
        Some(manager)
    }

    /// `systemctl --user args...` as the test user.
    pub fn run(&self, args: &[&str]) -> super::Output {
        let mut all = vec!["--user"];
        all.extend_from_slice(args);
        self.env.run_command(self.env.exec("systemctl", &all))
    }

    pub fn systemctl(&self, args: &[&str]) -> String {
        let out = self.run(args);
        let log = std::fs::read_to_string(self.env.home().join("unit.log")).unwrap_or_default();
        assert!(out.success(), "{}\nunit output:\n{log}", out.describe());
        out.stdout
    }

    pub fn show(&self, unit: &str, property: &str) -> String {
        self.systemctl(&["show", "-p", property, "--value", unit]).trim().to_string()
    }
}

impl Drop for UserManager<'_> {
    fn drop(&mut self) {
        let _ = self.run(&["exit"]);
        if super::proc::wait_bounded(&mut self.child, Duration::from_secs(60)).is_none() {
            eprintln!("systemd --user did not exit; killed");
        }
        remove_cgroups(&self.cgroups);
    }
}

/// Removes the test's cgroups, children first.
pub fn remove_cgroups(dirs: &[std::path::PathBuf]) {
    fn remove(dir: &std::path::Path) {
        if let Ok(entries) = std::fs::read_dir(dir) {
            for e in entries.flatten() {
                if e.file_type().is_ok_and(|t| t.is_dir()) {
                    remove(&e.path());
                }
            }
        }
        let _ = std::fs::remove_dir(dir);
    }
    for d in dirs {
        remove(d);
    }
}
