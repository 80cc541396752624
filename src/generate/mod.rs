//! Unit files from containers: pure planning (input → text), tested with
//! golden files; the CLI only loads records and writes the results.
//!
//! - [`systemd`]: `dhow generate systemd`, shaped like podman 4.3's units.
//! - [`quadlet`]: `.container`/`.volume`/`.network`/`.pod` files → `.service` units.
//! - [`quadlet_kube`]: `.kube` files → a service playing the YAML.
//! - [`quote`]: arguments and values as systemd's unit parser reads them.

pub mod quadlet;
pub mod quadlet_kube;
pub mod quote;
pub mod systemd;
pub mod systemd_pod;

/// Compares `got` with the golden file `testdata/<file>` (or rewrites it
/// with DHOW_UPDATE_GOLDEN=1 cargo test --lib generate).
#[cfg(test)]
pub(crate) fn assert_golden(file: &str, got: &str) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/generate/testdata").join(file);
    if std::env::var_os("DHOW_UPDATE_GOLDEN").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, got).unwrap();
        return;
    }
    let want = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e} (DHOW_UPDATE_GOLDEN=1 writes it)", path.display()));
    assert_eq!(got, want, "golden file {} differs (DHOW_UPDATE_GOLDEN=1 to update)", path.display());
}

/// The words of a command line, as owned strings.
#[cfg(test)]
pub(crate) fn words(s: &[&str]) -> Vec<String> {
    s.iter().map(|w| w.to_string()).collect()
}

/// The host of the golden units: dhow at /usr/bin/dhow, a fixed version
/// and date, and the value-taking flags the test commands use.
#[cfg(test)]
pub(crate) fn test_host() -> systemd::Host {
    let value_flags = [
        "--root", "--runroot", "--name", "-n", "-e", "--env", "-p", "--publish", "-v", "--cidfile", "--sdnotify", "--restart", "-u", "--pull", "-l", "--label",
        "--pod", "--pod-id-file", "--network", "--infra-conmon-pidfile",
    ];
    systemd::Host {
        dhow: "/usr/bin/dhow".into(),
        version: "1.2.3".into(),
        date: "Mon Dec  7 12:00:00 UTC 2026".into(),
        value_flags: value_flags.iter().map(|f| f.to_string()).collect(),
    }
}
