//! `kube generate`: a pod (or a lone container) as Kubernetes YAML that
//! `kubectl apply` takes — a `PersistentVolumeClaim` per named volume, the
//! `Pod` (or `Deployment`), and with `--service` a `NodePort` `Service` for
//! the published ports. Pure: the executor hands in the
//! records (and each image's environment, left out of `env`).

use super::model::*;
use crate::container::ports::PortBinding;
use crate::container::record::Mount;
use crate::container::ContainerRecord;
use anyhow::{bail, Result};
use std::collections::BTreeMap;

/// One container to write, with its image's environment (variables equal
/// to the image's are left out, as they come with the image).
#[derive(Debug, Clone)]
pub struct Member<'a> {
    pub record: &'a ContainerRecord,
    pub image_env: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Input<'a> {
    /// The pod's (or the container's) name.
    pub name: String,
    /// The pod's host name (a pod), else None.
    pub hostname: Option<String>,
    pub labels: BTreeMap<String, String>,
    pub members: Vec<Member<'a>>,
    /// Ports published on the pod (its infra's); a lone container's own.
    pub ports: Vec<PortBinding>,
    /// `--add-host` entries of the pod (NAME:IP).
    pub extra_hosts: Vec<String>,
    /// Add a Service.
    pub service: bool,
    /// `--type deployment --replicas N`: a Deployment of N replicas instead of a Pod.
    pub deployment: Option<u32>,
    /// The pod is on the host's network (`hostNetwork`).
    pub host_network: bool,
    /// The pod shares its PID namespace (`shareProcessNamespace`).
    pub share_pid: bool,
}

/// A Kubernetes object name (RFC 1123 label): lower case letters, digits
/// and '-', starting and ending alphanumeric, at most 63 characters.
pub fn dns_label(s: &str) -> String {
    let mut out: String = s
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '-' })
        .collect();
    out.truncate(63);
    let t = out.trim_matches('-').to_string();
    if t.is_empty() {
        "x".into()
    } else {
        t
    }
}

fn seconds(ns: i64) -> Option<i64> {
    (ns > 0).then(|| ((ns + 999_999_999) / 1_000_000_000).max(1))
}

fn probe(h: &crate::container::health::HealthConfig) -> Option<Probe> {
    let command = h.command()?;
    Some(Probe {
        exec: Some(ExecAction { command }),
        initial_delay_seconds: seconds(h.start_period),
        period_seconds: seconds(h.interval),
        timeout_seconds: seconds(h.timeout),
        failure_threshold: (h.retries > 0).then_some(h.retries),
        ..Default::default()
    })
}

fn restart_policy(name: &str) -> &'static str {
    match name {
        "always" | "unless-stopped" => "Always",
        "on-failure" => "OnFailure",
        _ => "Never",
    }
}

/// The volume a mount needs, named after what it mounts.
fn volume_for(m: &Mount) -> Volume {
    match m.kind.as_str() {
        "volume" => Volume { name: dns_label(&format!("{}-pvc", m.name)), persistent_volume_claim: Some(PvcVolume { claim_name: m.name.clone() }), ..Default::default() },
        "tmpfs" => Volume { name: dns_label(&format!("tmpfs{}", m.destination)), empty_dir: Some(EmptyDirVolume { medium: Some("Memory".into()) }), ..Default::default() },
        _ => {
            let kind = if std::path::Path::new(&m.source).is_file() { "File" } else { "Directory" };
            Volume { name: dns_label(&format!("host{}", m.source)), host_path: Some(HostPathVolume { path: m.source.clone(), kind: Some(kind.into()) }), ..Default::default() }
        }
    }
}

fn container(m: &Member, ports: &[PortBinding], volumes: &mut Vec<Volume>) -> Container {
    let r = m.record;
    let env = r
        .config
        .env
        .iter()
        .filter(|e| !m.image_env.contains(e))
        .filter_map(|e| e.split_once('=').map(|(k, v)| EnvVar { name: k.into(), value: v.into(), value_from: None }))
        .collect();
    let mut mounts = Vec::new();
    for mt in &r.host.mounts {
        let v = volume_for(mt);
        mounts.push(VolumeMount { name: v.name.clone(), mount_path: mt.destination.clone(), read_only: mt.read_only, sub_path: None });
        if !volumes.iter().any(|x| x.name == v.name) {
            volumes.push(v);
        }
    }
    for dest in r.host.tmpfs.keys() {
        let v = volume_for(&Mount { kind: "tmpfs".into(), destination: dest.clone(), ..Default::default() });
        mounts.push(VolumeMount { name: v.name.clone(), mount_path: dest.clone(), read_only: false, sub_path: None });
        if !volumes.iter().any(|x| x.name == v.name) {
            volumes.push(v);
        }
    }
    let caps = Capabilities { add: r.host.cap_add.clone(), drop: r.host.cap_drop.clone() };
    // `--user UID[:GID]` (numeric only: Kubernetes has no user names).
    let (uid, gid) = match r.config.user.split_once(':') {
        Some((u, g)) => (u.parse::<i64>().ok(), g.parse::<i64>().ok()),
        None => (r.config.user.parse::<i64>().ok(), None),
    };
    let security = (!caps.add.is_empty() || !caps.drop.is_empty() || r.host.privileged || r.host.read_only || uid.is_some() || gid.is_some()).then(|| SecurityContext {
        capabilities: (!caps.add.is_empty() || !caps.drop.is_empty()).then_some(caps),
        privileged: r.host.privileged.then_some(true),
        read_only_root_filesystem: r.host.read_only.then_some(true),
        run_as_user: uid,
        run_as_group: gid,
        ..Default::default()
    });
    let mut limits = BTreeMap::new();
    if r.host.resources.memory > 0 {
        limits.insert("memory".to_string(), r.host.resources.memory.to_string());
    }
    if r.host.resources.nano_cpus > 0 {
        limits.insert("cpu".to_string(), format!("{}m", r.host.resources.nano_cpus / 1_000_000));
    }
    Container {
        name: dns_label(&r.name),
        image: r.image_name.clone(),
        image_pull_policy: None,
        command: r.config.entrypoint.clone(),
        args: r.config.cmd.clone(),
        env,
        env_from: Vec::new(),
        working_dir: (!r.config.working_dir.is_empty() && r.config.working_dir != "/").then(|| r.config.working_dir.clone()),
        ports: ports
            .iter()
            .map(|p| ContainerPort {
                name: None,
                container_port: p.container_port,
                host_port: (p.host_port > 0).then_some(p.host_port),
                host_ip: (!p.host_ip.is_empty() && p.host_ip != "0.0.0.0").then(|| p.host_ip.clone()),
                protocol: (p.protocol != "tcp").then(|| p.protocol.to_uppercase()),
            })
            .collect(),
        volume_mounts: mounts,
        security_context: security,
        resources: (!limits.is_empty()).then_some(ResourceRequirements { limits }),
        liveness_probe: r.config.healthcheck.as_ref().and_then(probe),
        readiness_probe: None,
        startup_probe: None,
        stdin: r.config.open_stdin,
        tty: r.config.tty,
    }
}

fn host_aliases(extra_hosts: &[String]) -> Vec<HostAlias> {
    let mut out: Vec<HostAlias> = Vec::new();
    for h in extra_hosts {
        let Some((name, ip)) = h.split_once(':') else { continue };
        match out.iter_mut().find(|a| a.ip == ip) {
            Some(a) => a.hostnames.push(name.into()),
            None => out.push(HostAlias { ip: ip.into(), hostnames: vec![name.into()] }),
        }
    }
    out
}

/// The YAML: the Pod, then (with `service`) the Service, as one stream.
pub fn generate(input: &Input) -> Result<String> {
    if input.members.is_empty() {
        bail!("pod {} has no containers to generate", input.name);
    }
    let name = dns_label(&input.name);
    let mut labels = input.labels.clone();
    // dhow's own bookkeeping of a played pod is no Kubernetes label (a
    // workload's `Kind/name` is not even a valid label value).
    labels.retain(|k, _| k != super::play::PLAY_LABEL && k != super::play::WORKLOAD_LABEL);
    labels.insert("app".into(), name.clone());
    let mut volumes = Vec::new();
    let containers: Vec<Container> = input
        .members
        .iter()
        .enumerate()
        .map(|(i, m)| container(m, if i == 0 { &input.ports } else { &[] }, &mut volumes))
        .collect();
    let spec = PodSpec {
        init_containers: Vec::new(),
        containers,
        volumes,
        // A Deployment's pods can only be restarted always.
        restart_policy: Some(if input.deployment.is_some() { "Always" } else { restart_policy(&input.members[0].record.host.restart_policy.name) }.into()),
        hostname: input.hostname.as_ref().map(|h| dns_label(h)),
        host_aliases: host_aliases(&input.extra_hosts),
        host_network: input.host_network,
        share_process_namespace: input.share_pid.then_some(true),
        ..Default::default()
    };
    // A claim for each named volume, so `kubectl apply` of the stream
    // binds them (a local volume has no size: the usual 1Gi is asked).
    let mut out = String::new();
    for claim in spec.volumes.iter().filter_map(|v| v.persistent_volume_claim.as_ref()) {
        out.push_str(&serde_yaml_ng::to_string(&PersistentVolumeClaim {
            api_version: "v1".into(),
            kind: "PersistentVolumeClaim".into(),
            metadata: ObjectMeta { name: claim.claim_name.clone(), ..Default::default() },
            spec: PvcSpec { access_modes: vec!["ReadWriteOnce".into()], resources: PvcResources { requests: BTreeMap::from([("storage".to_string(), "1Gi".to_string())]) } },
        })?);
        out.push_str("---\n");
    }
    let meta = ObjectMeta { name: name.clone(), labels: labels.clone(), ..Default::default() };
    out.push_str(&match input.deployment {
        None => serde_yaml_ng::to_string(&Pod { api_version: "v1".into(), kind: "Pod".into(), metadata: meta, spec })?,
        Some(replicas) => serde_yaml_ng::to_string(&Deployment {
            api_version: "apps/v1".into(),
            kind: "Deployment".into(),
            metadata: meta,
            spec: DeploymentSpec {
                replicas,
                selector: LabelSelector { match_labels: BTreeMap::from([("app".to_string(), name.clone())]) },
                template: PodTemplate { metadata: ObjectMeta { labels: labels.clone(), ..Default::default() }, spec },
            },
        })?,
    });
    if input.service && !input.ports.is_empty() {
        let svc = Service {
            api_version: "v1".into(),
            kind: "Service".into(),
            metadata: ObjectMeta { name: name.clone(), labels: BTreeMap::from([("app".to_string(), name.clone())]), ..Default::default() },
            spec: ServiceSpec {
                selector: BTreeMap::from([("app".to_string(), name.clone())]),
                ports: input
                    .ports
                    .iter()
                    .map(|p| ServicePort { name: format!("{}-{}", p.container_port, p.protocol), port: p.container_port, target_port: p.container_port, protocol: p.protocol.to_uppercase() })
                    .collect(),
                kind: "NodePort".into(),
            },
        };
        out.push_str("---\n");
        out.push_str(&serde_yaml_ng::to_string(&svc)?);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::container::health::HealthConfig;
    use crate::container::record::{HostSettings, RestartPolicy, Settings};

    fn record(name: &str) -> ContainerRecord {
        ContainerRecord {
            id: "a".repeat(64),
            name: name.into(),
            image_name: "registry.example/app/web:1.0".into(),
            image_id: crate::image::digest::Digest::of(b"x"),
            layers: vec![],
            created: chrono::DateTime::from_timestamp(0, 0).unwrap(),
            command: vec![],
            config: Settings {
                env: vec!["PATH=/bin".into(), "MODE=prod".into()],
                entrypoint: vec!["httpd".into()],
                cmd: vec!["-f".into(), "-p".into(), "8080".into()],
                working_dir: "/www".into(),
                healthcheck: Some(HealthConfig { test: vec!["CMD-SHELL".into(), "wget -qO- localhost:8080".into()], interval: 30_000_000_000, timeout: 5_000_000_000, retries: 3, ..Default::default() }),
                ..Default::default()
            },
            host: HostSettings {
                restart_policy: RestartPolicy { name: "always".into(), maximum_retry_count: 0 },
                cap_add: vec!["NET_ADMIN".into()],
                cap_drop: vec!["MKNOD".into()],
                mounts: vec![
                    Mount { kind: "bind".into(), source: "/srv/www".into(), destination: "/www".into(), read_only: true, ..Default::default() },
                    Mount { kind: "volume".into(), name: "data".into(), source: "/x/data/_data".into(), destination: "/data".into(), ..Default::default() },
                ],
                tmpfs: BTreeMap::from([("/run".to_string(), String::new())]),
                resources: crate::container::resources::Resources { memory: 268_435_456, nano_cpus: 500_000_000, ..Default::default() },
                ..Default::default()
            },
        }
    }

    fn golden(name: &str, got: &str) {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/kube/testdata").join(name);
        if std::env::var_os("UPDATE_GOLDEN").is_some() {
            std::fs::write(&path, got).unwrap();
        }
        let want = std::fs::read_to_string(&path).unwrap_or_default();
        assert_eq!(got, want, "golden file {} (UPDATE_GOLDEN=1 rewrites it)", path.display());
    }

    fn input<'a>(records: &'a [ContainerRecord], service: bool) -> Input<'a> {
        Input {
            host_network: false,
            share_pid: true,
            name: "My_Pod".into(),
            hostname: Some("web".into()),
            labels: BTreeMap::from([("tier".to_string(), "front".to_string())]),
            members: records.iter().map(|r| Member { record: r, image_env: vec!["PATH=/bin".into()] }).collect(),
            ports: vec![PortBinding { container_port: 8080, protocol: "tcp".into(), host_ip: "127.0.0.1".into(), host_port: 18080 }],
            extra_hosts: vec!["db.local:10.0.0.5".into(), "cache.local:10.0.0.5".into()],
            service,
            deployment: None,
        }
    }

    #[test]
    fn pod_with_two_containers() {
        let mut side = record("side_car");
        side.config.healthcheck = None;
        side.host.mounts.clear();
        side.host.tmpfs.clear();
        side.host.cap_add.clear();
        side.host.cap_drop.clear();
        side.host.resources = Default::default();
        side.config.entrypoint = vec![];
        side.config.cmd = vec!["sleep".into(), "1000".into()];
        let records = [record("web"), side];
        let yaml = generate(&input(&records, false)).unwrap();
        golden("pod.yaml", &yaml);
        // It reads back as the same objects: the named volume's claim, the pod.
        let (claim, pod) = yaml.split_once("---\n").unwrap();
        let claim: PersistentVolumeClaim = serde_yaml_ng::from_str(claim).unwrap();
        assert_eq!(claim.metadata.name, "data");
        let pod: Pod = serde_yaml_ng::from_str(pod).unwrap();
        assert_eq!(pod.spec.containers.len(), 2);
        assert_eq!(pod.spec.volumes.len(), 3);
    }

    #[test]
    fn service() {
        let records = [record("web")];
        let yaml = generate(&input(&records, true)).unwrap();
        golden("pod_service.yaml", &yaml);
        // The claim, the pod, the service.
        assert_eq!(yaml.matches("---").count(), 2);
    }

    #[test]
    fn deployment() {
        let records = [record("web")];
        let yaml = generate(&Input { deployment: Some(2), ..input(&records, false) }).unwrap();
        golden("deployment_generated.yaml", &yaml);
        // kube play reads it back: two pods, the host port on the first.
        let plan = crate::kube::play::plan(&yaml).unwrap();
        let names: Vec<&str> = plan.pods.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["my-pod-pod", "my-pod-pod-1"]);
        assert!(!plan.pods[0].publish.is_empty() && plan.pods[1].publish.is_empty());
        assert_eq!(plan.warnings, ["Deployment my-pod: spec.replicas: hostPorts are published by the first replica only (one host port, one listener)"]);
    }

    #[test]
    fn names_are_dns_labels() {
        assert_eq!(dns_label("My_Pod.1"), "my-pod-1");
        assert_eq!(dns_label("__"), "x");
        assert_eq!(dns_label(&"a".repeat(80)).len(), 63);
    }

    /// The goldens pass Kubernetes' own schemas (strict: no unknown
    /// fields), when `kubernetes-validate` (PyPI) is installed.
    #[test]
    fn goldens_validate_against_kubernetes_schemas() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/kube/testdata");
        let files = [dir.join("pod.yaml"), dir.join("pod_service.yaml"), dir.join("deployment_generated.yaml")];
        let run = |program: &str, pre: &[&str]| std::process::Command::new(program).args(pre).arg("--strict").args(&files).output().ok().filter(|o| o.status.code() != Some(127));
        // The script, or the module when pip put the script off PATH.
        let Some(out) = run("kubernetes-validate", &[]).or_else(|| run("python3", &["-m", "kubernetes_validate"]).filter(|o| !String::from_utf8_lossy(&o.stderr).contains("No module named"))) else {
            eprintln!("kubernetes-validate is not installed: skipped (pip install kubernetes-validate)");
            return;
        };
        assert!(out.status.success(), "{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    }
}
