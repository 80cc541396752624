//! The user-mode network helpers, slirp4netns and pasta, started for one
//! container as the monitor's child (they die with it, even on `kill -9`,
//! releasing the host ports): their arguments, logs and readiness.

use crate::container::ports::PortBinding;
use anyhow::{bail, Context, Result};
use std::io::Write;
use std::os::fd::{AsRawFd, OwnedFd};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub(crate) fn find_program(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")
        .unwrap_or_else(|| "/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin".into());
    std::env::split_paths(&path)
        .chain(["/usr/bin".into(), "/usr/sbin".into()])
        .map(|d| d.join(name))
        .find(|p| p.is_file())
}


/// The stderr log of the user-mode network helper.
fn helper_log(dir: &Path) -> Result<std::fs::File> {
    std::fs::OpenOptions::new()
        .create(true)
        .write(true)
        .truncate(true)
        .open(dir.join("network.log"))
        .context("opening the network helper's log")
}

fn last_log_line(dir: &Path) -> String {
    std::fs::read_to_string(dir.join("network.log"))
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.contains("syslog") && !l.trim().is_empty())
        .collect::<Vec<_>>()
        .iter()
        .rev()
        .take(3)
        .rev()
        .copied()
        .collect::<Vec<_>>()
        .join("; ")
}

/// The monitor's child dies with it.
fn die_with_parent(cmd: &mut Command) {
    use std::os::unix::process::CommandExt;
    // SAFETY: prctl is async-signal-safe.
    unsafe {
        cmd.pre_exec(|| {
            if libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL) < 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
}

/// pasta's `-t`/`-u` arguments for the bindings: UDP only, TCP ports are
/// the monitor's own ([`super::relay`]).
pub fn pasta_port_args(bindings: &[PortBinding]) -> Vec<String> {
    let mut args = vec!["-t".to_string(), "none".to_string()];
    let udp: Vec<&PortBinding> = bindings.iter().filter(|b| b.protocol == "udp").collect();
    if udp.is_empty() {
        args.extend(["-u", "none"].map(String::from));
    }
    for b in udp {
        let addr = if b.host_ip.is_empty() {
            String::new()
        } else {
            format!("{}/", b.host_ip)
        };
        args.extend(["-u".to_string(), format!("{addr}{}:{}", b.host_port, b.container_port)]);
    }
    args.extend(["-T", "none", "-U", "none"].map(String::from));
    args
}

pub(crate) fn start_pasta(pasta: &Path, ns: &Path, bindings: &[PortBinding], dir: &Path, ifname: &str) -> Result<Child> {
    let pidfile = dir.join("network.pid");
    let _ = std::fs::remove_file(&pidfile);
    let mut cmd = Command::new(pasta);
    cmd.args([
        "--config-net",
        "--foreground",
        "--quiet",
        "--ns-ifname",
        ifname,
        "--mtu",
        "65520",
    ]);
    cmd.arg("--netns").arg(ns).arg("--pid").arg(&pidfile);
    // As real root (rootful dhow) pasta would drop to "nobody", who cannot
    // open the namespace file under root's store: keep root.
    if nix::unistd::geteuid().is_root() && !crate::sys::userns::in_user_namespace() {
        cmd.args(["--runas", "0:0"]);
    }
    cmd.args(pasta_port_args(bindings));
    cmd.stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::from(helper_log(dir)?));
    die_with_parent(&mut cmd);
    let mut child = cmd
        .spawn()
        .with_context(|| format!("starting {}", pasta.display()))?;
    // pasta writes its PID file once the namespace is configured and the
    // ports are bound.
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        if std::fs::metadata(&pidfile)
            .map(|m| m.len() > 0)
            .unwrap_or(false)
        {
            return Ok(child);
        }
        if let Ok(Some(status)) = child.try_wait() {
            bail!(
                "setting up the container's network: pasta failed ({status}): {}",
                last_log_line(dir)
            );
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            bail!(
                "setting up the container's network: pasta did not get ready within 20s: {}",
                last_log_line(dir)
            );
        }
        std::thread::sleep(Duration::from_millis(2));
    }
}

pub(crate) fn start_slirp(
    slirp: &Path,
    ns: &Path,
    bindings: &[PortBinding],
    dir: &Path,
    api: &Path,
    ifname: &str,
) -> Result<(Child, OwnedFd)> {
    let (ready_r, ready_w) = nix::unistd::pipe().context("creating a pipe")?;
    let (exit_r, exit_w) =
        nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).context("creating a pipe")?;
    if let Some(parent) = api.parent() {
        std::fs::create_dir_all(parent)
            .with_context(|| format!("creating {}", parent.display()))?;
    }
    let _ = std::fs::remove_file(api);
    let mut cmd = Command::new(slirp);
    // The gateway (10.0.2.2) reaches the host's loopback, as pasta's does:
    // that is host.containers.internal.
    cmd.args(["--configure", "--mtu=65520", "--enable-ipv6", "--netns-type=path"]);
    cmd.arg(format!("--ready-fd={}", ready_w.as_raw_fd()));
    cmd.arg(format!("--exit-fd={}", exit_r.as_raw_fd()));
    cmd.arg("--api-socket").arg(api);
    cmd.arg(ns).arg(ifname);
    cmd.stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::from(helper_log(dir)?));
    let exit_raw = exit_r.as_raw_fd();
    {
        use std::os::unix::process::CommandExt;
        // SAFETY: fcntl and prctl are async-signal-safe.
        unsafe {
            cmd.pre_exec(move || {
                let fl = libc::fcntl(exit_raw, libc::F_GETFD);
                libc::fcntl(exit_raw, libc::F_SETFD, fl & !libc::FD_CLOEXEC);
                libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
                Ok(())
            });
        }
    }
    let mut child = cmd
        .spawn()
        .with_context(|| format!("starting {}", slirp.display()))?;
    drop(ready_w);
    drop(exit_r);
    let mut b = [0u8; 1];
    let n = nix::unistd::read(ready_r.as_raw_fd(), &mut b).unwrap_or(0);
    if n != 1 {
        let _ = child.kill();
        let _ = child.wait();
        bail!(
            "setting up the container's network: slirp4netns failed: {}",
            last_log_line(dir)
        );
    }
    for p in bindings.iter().filter(|p| p.protocol == "udp") {
        let host_addr = if p.host_ip.is_empty() {
            "0.0.0.0"
        } else {
            p.host_ip.as_str()
        };
        let req = serde_json::json!({"execute": "add_hostfwd", "arguments": {"proto": p.protocol, "host_addr": host_addr, "host_port": p.host_port, "guest_port": p.container_port}});
        let mut s = std::os::unix::net::UnixStream::connect(api)
            .context("connecting to the slirp4netns API socket")?;
        s.write_all(req.to_string().as_bytes())?;
        let _ = s.shutdown(std::net::Shutdown::Write);
        let mut resp = String::new();
        std::io::Read::read_to_string(&mut s, &mut resp)?;
        if resp.contains("\"error\"") {
            let _ = child.kill();
            let _ = child.wait();
            bail!(
                "publishing port {}->{}: slirp4netns: {}",
                p.host_addr(),
                p.private(),
                resp.trim()
            );
        }
    }
    Ok((child, exit_w))
}


#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pasta_arguments() {
        let b = vec![
            PortBinding {
                container_port: 80,
                protocol: "tcp".into(),
                host_ip: "127.0.0.1".into(),
                host_port: 8080,
            },
            PortBinding {
                container_port: 53,
                protocol: "udp".into(),
                host_ip: String::new(),
                host_port: 5353,
            },
        ];
        assert_eq!(
            pasta_port_args(&b),
            [
                "-t",
                "none",
                "-u",
                "5353:53",
                "-T",
                "none",
                "-U",
                "none"
            ]
        );
        assert_eq!(
            pasta_port_args(&[]),
            ["-t", "none", "-u", "none", "-T", "none", "-U", "none"]
        );
    }

}
