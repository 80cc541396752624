//! Quadlet's `.kube` unit: a `[Kube]` section naming a Kubernetes YAML file
//! becomes a service that runs `dhow kube play --replace` on start and
//! `dhow kube down` on stop. dhow has no service container (podman's way
//! of keeping the unit alive), so the unit is a oneshot that remains
//! active; the pods' monitors supervise the containers.

use super::quote::exec_word;
use anyhow::{bail, Result};

/// `Yaml=` and `ConfigMap=` paths: relative ones are relative to the
/// directory of the unit file, as Quadlet reads them.
fn resolve(unit_path: &str, file: &str) -> String {
    if file.starts_with('/') || file.starts_with('%') {
        return file.to_string();
    }
    match unit_path.rsplit_once('/') {
        Some((dir, _)) if !dir.is_empty() => format!("{dir}/{file}"),
        _ => file.to_string(),
    }
}

/// The `[Unit]` additions and `[Service]` lines of a `.kube` file from its
/// `[Kube]` entries (key, value, `FILE:LINE`).
pub fn kube_service<'a>(unit_path: &str, entries: impl Iterator<Item = (&'a str, &'a str, &'a str)>, dhow: &str) -> Result<[String; 2]> {
    let mut yaml = None;
    let mut flags = String::new();
    for (key, value, at) in entries {
        match key {
            "Yaml" => yaml = Some(resolve(unit_path, value.trim())),
            "ConfigMap" => flags.push_str(&format!(" --configmap {}", exec_word(&resolve(unit_path, value.trim())))),
            _ => bail!("{at}: unsupported key {key} in [Kube] (dhow takes Yaml and ConfigMap)"),
        }
    }
    let Some(yaml) = yaml else { bail!("{unit_path}: no Yaml= in [Kube]: name the Kubernetes YAML file to play") };
    let yaml = exec_word(&yaml);
    let unit = "Wants=network-online.target\nAfter=network-online.target\n".to_string();
    let service = format!(
        "Environment=PODMAN_SYSTEMD_UNIT=%n\nType=oneshot\nRemainAfterExit=yes\nExecStart={dhow} kube play --replace{flags} {yaml}\nExecStop={dhow} kube down {yaml}\nSyslogIdentifier=%N\n"
    );
    Ok([unit, service])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kube_unit() {
        let entries = [("Yaml", "web.yaml", "f:2"), ("ConfigMap", "/etc/app/cm.yaml", "f:3")];
        let [unit, service] = kube_service("/home/u/.config/containers/systemd/web.kube", entries.into_iter(), "/usr/bin/dhow").unwrap();
        assert!(unit.contains("After=network-online.target"));
        assert_eq!(
            service,
            "Environment=PODMAN_SYSTEMD_UNIT=%n\nType=oneshot\nRemainAfterExit=yes\nExecStart=/usr/bin/dhow kube play --replace --configmap /etc/app/cm.yaml /home/u/.config/containers/systemd/web.yaml\nExecStop=/usr/bin/dhow kube down /home/u/.config/containers/systemd/web.yaml\nSyslogIdentifier=%N\n"
        );
        let err = kube_service("x.kube", [("PublishPort", "80:80", "x.kube:4")].into_iter(), "dhow").unwrap_err();
        assert!(err.to_string().contains("x.kube:4") && err.to_string().contains("PublishPort"), "{err}");
        assert!(kube_service("x.kube", std::iter::empty(), "dhow").unwrap_err().to_string().contains("Yaml"));
    }
}
