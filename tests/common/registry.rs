//! A real OCI registry (Debian's `docker-registry`, the reference
//! distribution server) on 127.0.0.1 with its own storage directory.
//!
//! One shared registry serves every test of a test binary ([`Registry::shared`]);
//! a test that needs something special (authentication) starts its own with
//! [`Registry::start`], stopped when dropped.

use super::proc;
use std::fs;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Mutex, OnceLock};
use std::thread;
use std::time::{Duration, Instant};

const BINARY: &str = "docker-registry";
/// How long a fresh registry may take to answer `GET /v2/`.
const STARTUP: Duration = Duration::from_secs(20);

/// A running registry process.
pub struct Registry {
    child: Mutex<Child>,
    port: u16,
    dir: PathBuf,
    shared: bool,
}

/// Basic-auth credentials a registry requires.
#[derive(Debug, Clone)]
pub struct Credentials {
    pub user: String,
    pub password: String,
}

impl Registry {
    /// The registry shared by every test of this test process, started on
    /// first use and killed when the process exits.
    pub fn shared() -> &'static Registry {
        static SHARED: OnceLock<Result<Registry, String>> = OnceLock::new();
        match SHARED.get_or_init(|| Registry::launch(None, true, None)) {
            Ok(r) => r,
            Err(e) => panic!("cannot start the test registry: {e}"),
        }
    }

    /// Starts a private registry; with `auth`, every request needs those
    /// credentials (htpasswd, bcrypt: see [`htpasswd_available`]).
    pub fn start(auth: Option<&Credentials>) -> Result<Registry, String> {
        Registry::launch(auth, false, None)
    }

    /// Starts a private registry serving HTTPS only, with `tls`.
    pub fn start_tls(tls: &Tls) -> Result<Registry, String> {
        Registry::launch(None, false, Some(tls))
    }

    /// `127.0.0.1:PORT`, as it appears in image references.
    pub fn addr(&self) -> String {
        format!("127.0.0.1:{}", self.port)
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// Root of the filesystem storage driver (`rootdirectory`).
    pub fn storage_dir(&self) -> PathBuf {
        self.dir.join("storage")
    }

    /// Where the filesystem driver keeps the bytes of blob `digest`
    /// (`sha256:<hex>`), so a test can damage it behind the registry's back.
    pub fn blob_path(&self, digest: &str) -> PathBuf {
        let hex = digest.strip_prefix("sha256:").unwrap_or(digest);
        self.storage_dir()
            .join("docker/registry/v2/blobs/sha256")
            .join(&hex[..2.min(hex.len())])
            .join(hex)
            .join("data")
    }

    /// The registry's own log (stdout and stderr), for failure messages.
    pub fn log(&self) -> String {
        fs::read_to_string(self.dir.join("registry.log")).unwrap_or_default()
    }

    fn launch(auth: Option<&Credentials>, shared: bool, tls: Option<&Tls>) -> Result<Registry, String> {
        if which(BINARY).is_none() {
            return Err(format!("`{BINARY}` not found in PATH: install Debian's docker-registry package (tests/run does)"));
        }
        let dir = tempfile::Builder::new()
            .prefix("dhow-e2e-registry-")
            .tempdir_in("/tmp")
            .map_err(|e| format!("creating registry dir: {e}"))?
            .keep();
        if shared {
            proc::remove_at_exit(dir.clone());
        }
        let htpasswd = match auth {
            Some(c) => Some(write_htpasswd(&dir, c)?),
            None => None,
        };
        let mut last_err = String::new();
        // A free port can be taken between probing and binding: retry.
        for _ in 0..5 {
            let port = free_port().map_err(|e| format!("finding a free port: {e}"))?;
            let config = dir.join("config.yml");
            fs::write(&config, config_yaml(&dir.join("storage"), port, htpasswd.as_deref(), tls))
                .map_err(|e| format!("writing {}: {e}", config.display()))?;
            let log = fs::File::create(dir.join("registry.log")).map_err(|e| format!("creating registry log: {e}"))?;
            let log2 = log.try_clone().map_err(|e| format!("cloning log handle: {e}"))?;
            let mut cmd = Command::new(BINARY);
            cmd.arg("serve")
                .arg(&config)
                .env("REGISTRY_HTTP_SECRET", "dhow-e2e")
                .stdin(Stdio::null())
                .stdout(log)
                .stderr(log2);
            let child = if shared {
                proc::spawn_from_keeper(cmd)
            } else {
                proc::die_with_parent(&mut cmd);
                cmd.spawn()
            }
            .map_err(|e| format!("starting {BINARY}: {e}"))?;
            let pid = child.id() as i32;
            proc::kill_at_exit(pid);
            let reg = Registry { child: Mutex::new(child), port, dir: dir.clone(), shared };
            match reg.wait_ready() {
                Ok(()) => return Ok(reg),
                Err(e) => {
                    last_err = format!("{e}\nregistry log:\n{}", reg.log());
                    reg.stop();
                }
            }
        }
        if !shared {
            let _ = fs::remove_dir_all(&dir);
        }
        Err(last_err)
    }

    fn wait_ready(&self) -> Result<(), String> {
        let deadline = Instant::now() + STARTUP;
        loop {
            if let Ok(Some(status)) = self.child.lock().unwrap_or_else(|e| e.into_inner()).try_wait() {
                return Err(format!("{BINARY} exited early with {status}"));
            }
            match http_status(&self.addr(), "/v2/") {
                // 401: up, and asking for credentials; 400: up, and
                // speaking only TLS ("HTTP request to an HTTPS server").
                Ok(200) | Ok(401) | Ok(400) => return Ok(()),
                _ if Instant::now() < deadline => thread::sleep(Duration::from_millis(50)),
                other => return Err(format!("{BINARY} on {} not ready after {STARTUP:?}: {other:?}", self.addr())),
            }
        }
    }

    fn stop(&self) {
        let mut child = self.child.lock().unwrap_or_else(|e| e.into_inner());
        let _ = child.kill();
        let _ = child.wait();
        proc::forget_pid(child.id() as i32);
    }
}

impl Drop for Registry {
    fn drop(&mut self) {
        self.stop();
        if !self.shared {
            let _ = fs::remove_dir_all(&self.dir);
        }
    }
}

/// A registry's TLS set-up: its certificate and key, and the CA that must
/// have signed its clients' certificates (then one is required).
pub struct Tls {
    pub cert: PathBuf,
    pub key: PathBuf,
    pub client_ca: Option<PathBuf>,
}

fn config_yaml(storage: &Path, port: u16, htpasswd: Option<&Path>, tls: Option<&Tls>) -> String {
    let mut y = format!(
        "version: 0.1\n\
         log:\n  level: warn\n  accesslog:\n    disabled: true\n\
         storage:\n  filesystem:\n    rootdirectory: {}\n  delete:\n    enabled: true\n  \
         maintenance:\n    uploadpurging:\n      enabled: false\n\
         http:\n  addr: 127.0.0.1:{port}\n",
        storage.display()
    );
    if let Some(t) = tls {
        y.push_str(&format!("  tls:\n    certificate: {}\n    key: {}\n", t.cert.display(), t.key.display()));
        if let Some(ca) = &t.client_ca {
            y.push_str(&format!("    clientcas:\n      - {}\n", ca.display()));
        }
    }
    if let Some(p) = htpasswd {
        y.push_str(&format!("auth:\n  htpasswd:\n    realm: dhow-e2e\n    path: {}\n", p.display()));
    }
    y
}

/// Whether `htpasswd` (apache2-utils) is there; as root, tries to install it.
pub fn htpasswd_available() -> bool {
    if which("htpasswd").is_some() {
        return true;
    }
    if nix::unistd::geteuid().is_root() {
        let _ = Command::new("apt-get")
            .args(["install", "-y", "-q", "apache2-utils"])
            .env("DEBIAN_FRONTEND", "noninteractive")
            .stdin(Stdio::null())
            .output();
    }
    which("htpasswd").is_some()
}

fn write_htpasswd(dir: &Path, c: &Credentials) -> Result<PathBuf, String> {
    // The registry accepts only bcrypt entries (-B).
    let out = Command::new("htpasswd")
        .args(["-Bbn", &c.user, &c.password])
        .output()
        .map_err(|e| format!("running htpasswd: {e} (install apache2-utils)"))?;
    if !out.status.success() {
        return Err(format!("htpasswd failed: {}", String::from_utf8_lossy(&out.stderr)));
    }
    let path = dir.join("htpasswd");
    fs::write(&path, &out.stdout).map_err(|e| format!("writing {}: {e}", path.display()))?;
    Ok(path)
}

/// A TCP port on 127.0.0.1 that nothing listened on a moment ago.
pub fn free_port() -> std::io::Result<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

/// A port on 127.0.0.1 with nothing listening: connections are refused.
pub fn closed_port() -> u16 {
    free_port().expect("finding a free port on 127.0.0.1")
}

/// Status code of a plain `GET path` to `addr` (no TLS, no redirects).
pub fn http_status(addr: &str, path: &str) -> std::io::Result<u16> {
    let mut s = TcpStream::connect(addr)?;
    s.set_read_timeout(Some(Duration::from_secs(5)))?;
    write!(s, "GET {path} HTTP/1.0\r\nHost: {addr}\r\n\r\n")?;
    let mut head = [0u8; 12];
    s.read_exact(&mut head)?;
    // "HTTP/1.1 200"
    std::str::from_utf8(&head[9..12])
        .ok()
        .and_then(|c| c.parse().ok())
        .ok_or_else(|| std::io::Error::other(format!("bad status line {:?}", String::from_utf8_lossy(&head))))
}

/// Full path of `program` in PATH (or the standard system dirs).
pub fn which(program: &str) -> Option<PathBuf> {
    let path = std::env::var("PATH").unwrap_or_default();
    let found = path
        .split(':')
        .chain(["/usr/sbin", "/usr/bin", "/sbin", "/bin"])
        .map(|d| Path::new(d).join(program))
        .find(|p| p.is_file());
    found
}
