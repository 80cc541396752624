//! Per-registry TLS files as podman (containers/image) reads them: a
//! directory whose `*.crt` files are extra CAs trusted beside the system's,
//! and whose `NAME.cert` + `NAME.key` pair is the client identity sent to
//! a registry that asks for one. The directory is `--cert-dir DIR` when
//! given, else the first that exists of
//! `$XDG_CONFIG_HOME/containers/certs.d/HOST[:PORT]`,
//! `/etc/containers/certs.d/HOST[:PORT]` and `/etc/docker/certs.d/HOST[:PORT]`.

use super::error::RegistryError;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// `--cert-dir` of this invocation (one command per process).
static CERT_DIR: OnceLock<PathBuf> = OnceLock::new();

/// Makes `dir` the certificate directory of every registry this process
/// talks to, as `--cert-dir` does in podman.
pub fn set_cert_dir(dir: PathBuf) {
    let _ = CERT_DIR.set(dir);
}

/// What a certificate directory holds.
#[derive(Default)]
pub struct TlsFiles {
    /// Extra trusted CAs (`*.crt`, each possibly a bundle).
    pub cas: Vec<reqwest::Certificate>,
    /// The client certificate and key (`*.cert` + `*.key`), PEM together.
    pub identity: Option<reqwest::Identity>,
    /// Files read, for messages.
    pub read: Vec<PathBuf>,
}

/// The certificate directory for `registry` (`host[:port]`), if any.
pub fn dir_for(registry: &str) -> Option<PathBuf> {
    if let Some(d) = CERT_DIR.get() {
        return Some(d.clone());
    }
    let user = std::env::var_os("XDG_CONFIG_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".config")))
        .map(|c| c.join("containers/certs.d"));
    user.into_iter()
        .chain([PathBuf::from("/etc/containers/certs.d"), PathBuf::from("/etc/docker/certs.d")])
        .map(|base| base.join(registry))
        .find(|d| d.is_dir())
}

/// Reads `dir` as containers/image does: a missing directory is no
/// files; a `.cert` without its `.key` (or the reverse) is an error.
pub fn load(dir: &Path) -> Result<TlsFiles, RegistryError> {
    let bad = |what: String| RegistryError::Protocol(format!("certificate directory {}: {what}", dir.display()));
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(TlsFiles::default()),
        Err(e) => return Err(bad(format!("cannot read it: {e}"))),
    };
    let mut names: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    names.sort();
    let mut out = TlsFiles::default();
    let read = |p: &Path| std::fs::read(p).map_err(|e| bad(format!("reading {}: {e}", p.display())));
    for p in &names {
        match p.extension().and_then(|e| e.to_str()) {
            Some("crt") => {
                let certs = reqwest::Certificate::from_pem_bundle(&read(p)?).map_err(|e| bad(format!("{} is not a PEM certificate: {e}", p.display())))?;
                out.cas.extend(certs);
                out.read.push(p.clone());
            }
            Some("cert") => {
                let key = p.with_extension("key");
                if !key.exists() {
                    return Err(bad(format!("missing key {} for client certificate {}", file_name(&key), file_name(p))));
                }
                if out.identity.is_some() {
                    continue;
                }
                let mut pem = read(p)?;
                pem.push(b'\n');
                pem.extend(read(&key)?);
                out.identity = Some(reqwest::Identity::from_pem(&pem).map_err(|e| bad(format!("client certificate {} with key {}: {e}", file_name(p), file_name(&key))))?);
                out.read.extend([p.clone(), key]);
            }
            Some("key") if !p.with_extension("cert").exists() => {
                return Err(bad(format!("missing client certificate {} for key {}", file_name(&p.with_extension("cert")), file_name(p))));
            }
            _ => {}
        }
    }
    Ok(out)
}

fn file_name(p: &Path) -> String {
    p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A self-signed CA from openssl, when it is installed.
    fn openssl_ca(dir: &Path) -> bool {
        std::process::Command::new("openssl")
            .args(["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=dhow test CA"])
            .arg("-keyout")
            .arg(dir.join("ca.key.pem"))
            .arg("-out")
            .arg(dir.join("ca.pem"))
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    }

    #[test]
    fn reads_cas_and_the_client_pair_and_refuses_half_pairs() {
        let d = tempfile::tempdir().unwrap();
        assert!(load(&d.path().join("missing")).unwrap().cas.is_empty(), "a missing dir is no files");
        if !openssl_ca(d.path()) {
            eprintln!("openssl is missing: certificate loading not checked");
            return;
        }
        let dir = d.path().join("certs");
        std::fs::create_dir(&dir).unwrap();
        let ca = std::fs::read(d.path().join("ca.pem")).unwrap();
        let key = std::fs::read(d.path().join("ca.key.pem")).unwrap();
        std::fs::write(dir.join("ca.crt"), &ca).unwrap();
        std::fs::write(dir.join("notes.txt"), b"ignored").unwrap();
        let f = load(&dir).unwrap();
        assert_eq!(f.cas.len(), 1);
        assert!(f.identity.is_none());
        std::fs::write(dir.join("client.cert"), &ca).unwrap();
        let err = load(&dir).err().unwrap().to_string();
        assert!(err.contains("missing key client.key for client certificate client.cert"), "{err}");
        std::fs::write(dir.join("client.key"), &key).unwrap();
        let f = load(&dir).unwrap();
        assert!(f.identity.is_some());
        assert_eq!(f.read.len(), 3);
        std::fs::remove_file(dir.join("client.cert")).unwrap();
        let err = load(&dir).err().unwrap().to_string();
        assert!(err.contains("missing client certificate client.cert for key client.key"), "{err}");
        std::fs::write(dir.join("client.cert"), b"not pem").unwrap();
        assert!(load(&dir).is_err());
    }

    #[test]
    fn the_flag_wins_over_the_default_directories() {
        // Only this test sets the process-wide directory.
        set_cert_dir(PathBuf::from("/nonexistent/certs"));
        assert_eq!(dir_for("127.0.0.1:5000"), Some(PathBuf::from("/nonexistent/certs")));
    }
}
