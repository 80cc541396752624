//! `kube play`'s planner: Kubernetes YAML (`Pod`, `Deployment`,
//! `DaemonSet`, `Job`, `PersistentVolumeClaim`, `ConfigMap`, `Secret`) in,
//! the volumes, pods and containers to create out, with a warning for every
//! field dhow does not honour. Pure; `engine::kube` creates what it plans.

use super::model::{Container, ObjectMeta, PodSpec, Probe};
use anyhow::{anyhow, bail, Context, Result};
use serde_yaml_ng::Value;
use std::collections::BTreeMap;

/// Label on pods `kube play` made: `kube down` removes only those.
pub const PLAY_LABEL: &str = "io.dhow.kube.play";
/// Label on a played pod naming the document that made it (`Deployment/web`):
/// `--replace` with fewer replicas and `kube down` find every replica by it.
pub const WORKLOAD_LABEL: &str = "io.dhow.kube.workload";

/// The value of [`WORKLOAD_LABEL`] for document `kind` `name`.
pub fn workload(kind: &str, name: &str) -> String {
    format!("{kind}/{name}")
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Plan {
    /// `PersistentVolumeClaim`s: named volumes to create (when missing).
    pub volumes: Vec<String>,
    pub pods: Vec<PodPlan>,
    pub warnings: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct PodPlan {
    pub name: String,
    pub labels: BTreeMap<String, String>,
    pub hostname: Option<String>,
    /// `--add-host NAME:IP`.
    pub add_hosts: Vec<String>,
    /// `-p [IP:]HOSTPORT:CTRPORT/PROTO` on the pod.
    pub publish: Vec<String>,
    /// `--restart` for every container.
    pub restart: Option<String>,
    /// `hostNetwork: true` → `host`.
    pub network: Option<String>,
    /// `--share`: `shareProcessNamespace` adds pid.
    pub share: Option<String>,
    /// `dnsConfig.nameservers` / `dnsConfig.searches`.
    pub dns: Vec<String>,
    pub dns_search: Vec<String>,
    /// `hostPath` volumes with a `type`: (path, type), checked or created
    /// before the containers are.
    pub host_paths: Vec<(String, String)>,
    /// `initContainers`: run to completion, in order, then removed, before
    /// `containers` start.
    pub init_containers: Vec<ContainerPlan>,
    /// ConfigMap and Secret volumes: volume name → file name → content.
    pub files: BTreeMap<String, BTreeMap<String, String>>,
    pub containers: Vec<ContainerPlan>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct ContainerPlan {
    /// `<pod>-<container>`, as podman names them.
    pub name: String,
    pub image: String,
    /// `command`: replaces the image's entrypoint (a JSON list for `--entrypoint`).
    pub entrypoint: Option<Vec<String>>,
    /// `args`: replace the image's cmd.
    pub cmd: Vec<String>,
    pub env: Vec<String>,
    pub workdir: Option<String>,
    /// `-v SRC:DST[:ro]` (host paths, named volumes) and anonymous `-v DST`.
    pub volumes: Vec<String>,
    /// (pod volume[/subPath], mount path): a ConfigMap or Secret volume of
    /// the pod's `files` (or one key of it), bind-mounted read-only from
    /// where the executor wrote it.
    pub file_mounts: Vec<(String, String)>,
    /// (claim, subPath, mount path, read-only): a directory inside a named
    /// volume, bind-mounted once the volume exists.
    pub volume_subpaths: Vec<(String, String, String, bool)>,
    /// `--user UID[:GID]` from `runAsUser`/`runAsGroup`.
    pub user: Option<String>,
    /// `--security-opt`: `allowPrivilegeEscalation: false` → no-new-privileges.
    pub security_opt: Vec<String>,
    /// `--pull` from `imagePullPolicy`: always, never, missing.
    pub pull: Option<String>,
    pub tmpfs: Vec<String>,
    pub cap_add: Vec<String>,
    pub cap_drop: Vec<String>,
    pub privileged: bool,
    pub read_only: bool,
    /// `-m` in bytes.
    pub memory: Option<String>,
    /// `--cpus`.
    pub cpus: Option<String>,
    /// `--health-cmd` (a JSON `["CMD", ...]`), interval, timeout, start period, retries.
    pub health_cmd: Option<String>,
    pub health_interval: Option<String>,
    pub health_timeout: Option<String>,
    pub health_start_period: Option<String>,
    pub health_retries: Option<String>,
    pub tty: bool,
    pub stdin: bool,
    /// The pod's `metadata.annotations` (seccomp's left out): `--annotation`.
    pub annotations: Vec<String>,
    /// The seccomp annotation for this container (its own, else the
    /// pod's): `runtime/default`, `unconfined` or `localhost/PATH` (a
    /// profile under `kube play --seccomp-profile-root`).
    pub seccomp: Option<String>,
}

/// The fields honoured per object part; `*` accepts anything below, a
/// `[part]` child is a list of `part`s, "" a scalar.
fn fields(part: &str) -> &'static [(&'static str, &'static str)] {
    match part {
        "Pod" => &[("apiVersion", ""), ("kind", ""), ("metadata", "meta"), ("spec", "podspec")],
        "Deployment" => &[("apiVersion", ""), ("kind", ""), ("metadata", "meta"), ("spec", "deployspec")],
        "deployspec" => &[("replicas", ""), ("selector", "*"), ("template", "template")],
        "DaemonSet" => &[("apiVersion", ""), ("kind", ""), ("metadata", "meta"), ("spec", "daemonspec")],
        "daemonspec" => &[("selector", "*"), ("template", "template")],
        "Job" => &[("apiVersion", ""), ("kind", ""), ("metadata", "meta"), ("spec", "jobspec")],
        "jobspec" => &[("template", "template")],
        "PersistentVolumeClaim" => &[("apiVersion", ""), ("kind", ""), ("metadata", "meta"), ("spec", "pvcspec")],
        // A local named volume has no size, class or access mode to enforce;
        // a request is a minimum, which a volume without a quota meets.
        "pvcspec" => &[("accessModes", "*"), ("volumeMode", ""), ("resources", "pvcresources")],
        "pvcresources" => &[("requests", "*")],
        "template" => &[("metadata", "meta"), ("spec", "podspec")],
        "meta" => &[("name", ""), ("labels", "*"), ("annotations", "*")],
        "podspec" => &[
            ("initContainers", "[container]"),
            ("containers", "[container]"),
            ("volumes", "[volume]"),
            ("restartPolicy", ""),
            ("hostname", ""),
            ("hostAliases", "[alias]"),
            ("hostNetwork", ""),
            ("shareProcessNamespace", ""),
            ("dnsConfig", "dnsconfig"),
            ("securityContext", "podsecurity"),
        ],
        "dnsconfig" => &[("nameservers", "*"), ("searches", "*")],
        "podsecurity" => &[("runAsUser", ""), ("runAsGroup", "")],
        "alias" => &[("ip", ""), ("hostnames", "*")],
        "container" => &[
            ("name", ""),
            ("image", ""),
            ("imagePullPolicy", ""),
            ("command", "*"),
            ("args", "*"),
            ("env", "[env]"),
            ("envFrom", "[envfrom]"),
            ("workingDir", ""),
            ("ports", "[port]"),
            ("volumeMounts", "[mount]"),
            ("securityContext", "security"),
            ("resources", "resources"),
            ("livenessProbe", "probe"),
            ("readinessProbe", "probe"),
            ("startupProbe", "probe"),
            ("stdin", ""),
            ("tty", ""),
        ],
        "env" => &[("name", ""), ("value", ""), ("valueFrom", "valuefrom")],
        "valuefrom" => &[("configMapKeyRef", "keyref"), ("secretKeyRef", "keyref"), ("fieldRef", "fieldref")],
        "keyref" => &[("name", ""), ("key", ""), ("optional", "")],
        "fieldref" => &[("fieldPath", ""), ("apiVersion", "")],
        "envfrom" => &[("configMapRef", "ref"), ("secretRef", "ref"), ("prefix", "")],
        "ref" => &[("name", ""), ("optional", "")],
        "ConfigMap" => &[("apiVersion", ""), ("kind", ""), ("metadata", "meta"), ("data", "*")],
        "Secret" => &[("apiVersion", ""), ("kind", ""), ("metadata", "meta"), ("data", "*"), ("stringData", "*"), ("type", "")],
        "port" => &[("name", ""), ("containerPort", ""), ("hostPort", ""), ("hostIP", ""), ("protocol", "")],
        "mount" => &[("name", ""), ("mountPath", ""), ("readOnly", ""), ("subPath", "")],
        "security" => &[("capabilities", "caps"), ("privileged", ""), ("readOnlyRootFilesystem", ""), ("runAsUser", ""), ("runAsGroup", ""), ("allowPrivilegeEscalation", "")],
        "caps" => &[("add", "*"), ("drop", "*")],
        "resources" => &[("limits", "limits")],
        "limits" => &[("memory", ""), ("cpu", "")],
        "probe" => &[("exec", "exec"), ("httpGet", "httpget"), ("tcpSocket", "tcpsocket"), ("initialDelaySeconds", ""), ("periodSeconds", ""), ("timeoutSeconds", ""), ("failureThreshold", "")],
        "exec" => &[("command", "*")],
        "httpget" => &[("path", ""), ("port", ""), ("host", ""), ("scheme", "")],
        "tcpsocket" => &[("port", ""), ("host", "")],
        "volume" => &[("name", ""), ("hostPath", "hostpath"), ("persistentVolumeClaim", "pvc"), ("emptyDir", "emptydir"), ("configMap", "cmvol"), ("secret", "secvol")],
        "cmvol" => &[("name", ""), ("optional", "")],
        "secvol" => &[("secretName", ""), ("optional", "")],
        "hostpath" => &[("path", ""), ("type", "")],
        "pvc" => &[("claimName", ""), ("readOnly", "")],
        "emptydir" => &[("medium", "")],
        _ => &[],
    }
}

/// A warning for each key of `v` (a `part`) that dhow does not honour.
fn unhonoured(v: &Value, part: &str, path: &str, out: &mut Vec<String>) {
    let Some(map) = v.as_mapping() else { return };
    let known = fields(part);
    for (k, child) in map {
        let key = k.as_str().unwrap_or("?");
        let at = if path.is_empty() { key.to_string() } else { format!("{path}.{key}") };
        match known.iter().find(|(n, _)| *n == key) {
            None => out.push(format!("{at}: not supported by dhow, ignored")),
            Some((_, "")) | Some((_, "*")) => {}
            Some((_, sub)) => match sub.strip_prefix('[').and_then(|s| s.strip_suffix(']')) {
                Some(item) => {
                    for (i, e) in child.as_sequence().into_iter().flatten().enumerate() {
                        unhonoured(e, item, &format!("{at}[{i}]"), out);
                    }
                }
                None => unhonoured(child, sub, &at, out),
            },
        }
    }
}

/// A Kubernetes quantity (`256Mi`, `1G`, `500m` CPUs) as a number.
fn quantity(s: &str) -> Result<f64> {
    const SUFFIXES: &[(&str, f64)] = &[
        ("Ki", 1024.0),
        ("Mi", 1_048_576.0),
        ("Gi", 1_073_741_824.0),
        ("Ti", 1_099_511_627_776.0),
        ("k", 1e3),
        ("M", 1e6),
        ("G", 1e9),
        ("T", 1e12),
        ("m", 1e-3),
    ];
    let (num, mult) = SUFFIXES.iter().find_map(|(suf, m)| s.strip_suffix(suf).map(|n| (n, *m))).unwrap_or((s, 1.0));
    let n: f64 = num.trim().parse().map_err(|_| anyhow!("invalid quantity {s:?}"))?;
    Ok(n * mult)
}

/// A probe's `port`: a number, or the name of one of the container's ports.
fn probe_port(v: Option<&serde_json::Value>, c: &Container) -> Result<u16> {
    match v {
        Some(serde_json::Value::Number(n)) => n.as_u64().and_then(|n| u16::try_from(n).ok()).ok_or_else(|| anyhow!("port {n} is out of range")),
        Some(serde_json::Value::String(name)) => match name.parse::<u16>() {
            Ok(n) => Ok(n),
            Err(_) => c.ports.iter().find(|p| p.name.as_deref() == Some(name.as_str())).map(|p| p.container_port).ok_or_else(|| anyhow!("port {name:?} names none of the container's ports")),
        },
        _ => bail!("port is required"),
    }
}

/// A probe as the command of a health check: `exec` as is; `httpGet` as a
/// `wget` (busybox) or `curl` request that fails on an HTTP error; a
/// `tcpSocket` as `nc -z`. They run inside the container, on the pod's
/// network, so `localhost` is the pod.
fn probe_command(p: &Probe, c: &Container) -> Result<Option<Vec<String>>> {
    if let Some(exec) = &p.exec {
        return Ok((!exec.command.is_empty()).then(|| [vec!["CMD".to_string()], exec.command.clone()].concat()));
    }
    let quote = |s: &str| format!("'{}'", s.replace('\'', "'\\''"));
    if let Some(h) = &p.http_get {
        let port = probe_port(h.get("port"), c)?;
        let host = h.get("host").and_then(|v| v.as_str()).unwrap_or("localhost");
        let scheme = h.get("scheme").and_then(|v| v.as_str()).unwrap_or("HTTP").to_ascii_lowercase();
        let path = h.get("path").and_then(|v| v.as_str()).unwrap_or("/");
        let path = if path.starts_with('/') { path.to_string() } else { format!("/{path}") };
        let url = quote(&format!("{scheme}://{host}:{port}{path}"));
        return Ok(Some(vec!["CMD-SHELL".into(), format!("if command -v wget >/dev/null; then wget -q -O /dev/null {url}; else curl -fsS -o /dev/null {url}; fi")]));
    }
    if let Some(t) = &p.tcp_socket {
        let port = probe_port(t.get("port"), c)?;
        let host = t.get("host").and_then(|v| v.as_str()).unwrap_or("localhost");
        return Ok(Some(vec!["CMD-SHELL".into(), format!("nc -z {} {port}", quote(host))]));
    }
    Ok(None)
}

fn health(p: &Probe, command: Vec<String>, c: &mut ContainerPlan) {
    c.health_cmd = Some(serde_json::to_string(&command).unwrap_or_default());
    c.health_interval = p.period_seconds.map(|s| format!("{s}s"));
    c.health_timeout = p.timeout_seconds.map(|s| format!("{s}s"));
    c.health_start_period = p.initial_delay_seconds.map(|s| format!("{s}s"));
    c.health_retries = p.failure_threshold.map(|n| n.to_string());
}

/// ConfigMap and Secret data by (kind, name).
type Data = BTreeMap<(&'static str, String), BTreeMap<String, String>>;

/// A `subPath`: relative, without `..`.
fn sub_path(s: &str) -> Result<&str> {
    let s = s.trim_start_matches("./");
    if s.is_empty() || s.starts_with('/') || s.split('/').any(|c| c == "..") {
        bail!("subPath {s:?} must be a relative path inside the volume");
    }
    Ok(s.trim_end_matches('/'))
}

fn container(pod: &str, c: &Container, spec: &PodSpec, data: &Data, warnings: &mut Vec<String>) -> Result<ContainerPlan> {
    let volumes = &spec.volumes;
    if c.image.is_empty() {
        bail!("container {:?} of {pod}: no image", c.name);
    }
    let mut p = ContainerPlan {
        name: format!("{pod}-{}", c.name),
        image: c.image.clone(),
        entrypoint: (!c.command.is_empty()).then(|| c.command.clone()),
        cmd: c.args.clone(),
        workdir: c.working_dir.clone(),
        tty: c.tty,
        stdin: c.stdin,
        pull: match c.image_pull_policy.as_deref() {
            None => None,
            Some("Always") => Some("always".into()),
            Some("Never") => Some("never".into()),
            Some("IfNotPresent") => Some("missing".into()),
            Some(other) => bail!("container {}: imagePullPolicy {other:?}: use Always, Never or IfNotPresent", c.name),
        },
        ..Default::default()
    };
    for from in &c.env_from {
        let prefix = from.get("prefix").and_then(|v| v.as_str()).unwrap_or_default();
        for (field, kind) in [("configMapRef", "ConfigMap"), ("secretRef", "Secret")] {
            let Some(r) = from.get(field) else { continue };
            let name = r.get("name").and_then(|v| v.as_str()).unwrap_or_default();
            let optional = r.get("optional").and_then(|v| v.as_bool()).unwrap_or(false);
            match data.get(&(kind, name.to_string())) {
                Some(d) => p.env.extend(d.iter().map(|(k, v)| format!("{prefix}{k}={v}"))),
                None if optional => {}
                None => bail!("container {}: envFrom: {kind} {name:?} is not in the YAML", c.name),
            }
        }
    }
    for e in &c.env {
        let Some(from) = &e.value_from else {
            p.env.push(format!("{}={}", e.name, e.value));
            continue;
        };
        let keyref = [("configMapKeyRef", "ConfigMap"), ("secretKeyRef", "Secret")].into_iter().find_map(|(f, kind)| from.get(f).map(|r| (kind, r)));
        if let Some((kind, r)) = keyref {
            let name = r.get("name").and_then(|v| v.as_str()).unwrap_or_default();
            let key = r.get("key").and_then(|v| v.as_str()).unwrap_or_default();
            let optional = r.get("optional").and_then(|v| v.as_bool()).unwrap_or(false);
            match data.get(&(kind, name.to_string())).and_then(|d| d.get(key)) {
                Some(v) => p.env.push(format!("{}={v}", e.name)),
                None if optional => {}
                None => bail!("container {}: env {}: key {key:?} of {kind} {name:?} is not in the YAML", c.name, e.name),
            }
        } else if from.pointer("/fieldRef/fieldPath").and_then(|v| v.as_str()) == Some("metadata.name") {
            p.env.push(format!("{}={pod}", e.name));
        } else {
            warnings.push(format!("container {}: env {}: only configMapKeyRef, secretKeyRef and fieldRef metadata.name are supported by dhow, the variable is not set", c.name, e.name));
        }
    }
    for m in &c.volume_mounts {
        let v = volumes.iter().find(|v| v.name == m.name).ok_or_else(|| anyhow!("container {}: volumeMount {:?} names no volume of the pod", c.name, m.name))?;
        let ro = if m.read_only { ":ro" } else { "" };
        let sub = m.sub_path.as_deref().filter(|s| !s.is_empty()).map(sub_path).transpose().with_context(|| format!("container {}: volumeMount {}", c.name, m.name))?;
        if let Some(h) = &v.host_path {
            let src = match sub {
                Some(s) => format!("{}/{s}", h.path.trim_end_matches('/')),
                None => h.path.clone(),
            };
            p.volumes.push(format!("{src}:{}{ro}", m.mount_path));
        } else if let Some(claim) = &v.persistent_volume_claim {
            match sub {
                Some(s) => p.volume_subpaths.push((claim.claim_name.clone(), s.to_string(), m.mount_path.clone(), m.read_only)),
                None => p.volumes.push(format!("{}:{}{ro}", claim.claim_name, m.mount_path)),
            }
        } else if v.config_map.is_some() || v.secret.is_some() {
            let src = match sub {
                Some(s) => format!("{}/{s}", v.name),
                None => v.name.clone(),
            };
            p.file_mounts.push((src, m.mount_path.clone()));
        } else if sub.is_some() {
            warnings.push(format!("container {}: volumeMount {}: subPath is supported on hostPath, persistentVolumeClaim, configMap and secret volumes, the whole volume is mounted", c.name, m.name));
            p.volumes.push(m.mount_path.clone());
        } else if v.empty_dir.as_ref().is_some_and(|e| e.medium.as_deref() == Some("Memory")) {
            p.tmpfs.push(m.mount_path.clone());
        } else if v.empty_dir.is_some() {
            p.volumes.push(m.mount_path.clone());
        } else {
            warnings.push(format!("volume {}: its kind is not supported by dhow, not mounted at {}", v.name, m.mount_path));
        }
    }
    if let Some(s) = &c.security_context {
        if let Some(caps) = &s.capabilities {
            p.cap_add = caps.add.clone();
            p.cap_drop = caps.drop.clone();
        }
        p.privileged = s.privileged.unwrap_or(false);
        p.read_only = s.read_only_root_filesystem.unwrap_or(false);
        if s.allow_privilege_escalation == Some(false) {
            p.security_opt.push("no-new-privileges".into());
        }
    }
    // runAsUser/runAsGroup: the container's own, else the pod's.
    let pod_sc = spec.security_context.as_ref();
    let uid = c.security_context.as_ref().and_then(|s| s.run_as_user).or(pod_sc.and_then(|s| s.run_as_user));
    let gid = c.security_context.as_ref().and_then(|s| s.run_as_group).or(pod_sc.and_then(|s| s.run_as_group));
    p.user = match (uid, gid) {
        (Some(u), Some(g)) => Some(format!("{u}:{g}")),
        (Some(u), None) => Some(u.to_string()),
        (None, Some(_)) => {
            warnings.push(format!("container {}: runAsGroup without runAsUser is not supported by dhow (the image's user is kept), ignored", c.name));
            None
        }
        (None, None) => None,
    };
    if let Some(r) = &c.resources {
        if let Some(m) = r.limits.get("memory") {
            p.memory = Some(format!("{}", quantity(m).with_context(|| format!("container {}: resources.limits.memory", c.name))?.round() as u64));
        }
        if let Some(cpu) = r.limits.get("cpu") {
            p.cpus = Some(format!("{}", quantity(cpu).with_context(|| format!("container {}: resources.limits.cpu", c.name))?));
        }
    }
    // One health check per container: the liveness probe, else the
    // readiness probe, else the startup probe; the others are warnings.
    let probes = [("livenessProbe", &c.liveness_probe), ("readinessProbe", &c.readiness_probe), ("startupProbe", &c.startup_probe)];
    for (field, probe) in probes.iter().filter_map(|(f, p)| p.as_ref().map(|p| (f, p))) {
        if p.health_cmd.is_some() {
            warnings.push(format!("container {}: {field}: dhow runs one health check per container (the first probe), ignored", c.name));
        } else {
            match probe_command(probe, c).with_context(|| format!("container {}: {field}", c.name))? {
                Some(command) => health(probe, command, &mut p),
                None => warnings.push(format!("container {}: {field}: no exec, httpGet or tcpSocket action, ignored", c.name)),
            }
        }
    }
    Ok(p)
}

fn pod(name: &str, meta: &ObjectMeta, spec: &PodSpec, data: &Data, warnings: &mut Vec<String>) -> Result<PodPlan> {
    if spec.containers.is_empty() {
        bail!("{name}: the pod has no containers");
    }
    let mut labels = meta.labels.clone();
    labels.insert(PLAY_LABEL.into(), "true".into());
    let mut p = PodPlan {
        name: name.to_string(),
        labels,
        hostname: spec.hostname.clone(),
        restart: spec.restart_policy.as_deref().map(|r| match r {
            "Always" => "always",
            "OnFailure" => "on-failure",
            _ => "no",
        }.to_string()),
        ..Default::default()
    };
    for v in &spec.volumes {
        let source = v.config_map.as_ref().map(|c| ("ConfigMap", c, "name")).or_else(|| v.secret.as_ref().map(|c| ("Secret", c, "secretName")));
        let Some((kind, r, field)) = source else { continue };
        let src = r.get(field).and_then(|x| x.as_str()).unwrap_or_default();
        let optional = r.get("optional").and_then(|x| x.as_bool()).unwrap_or(false);
        match data.get(&(kind, src.to_string())) {
            Some(d) => {
                if let Some(bad) = d.keys().find(|k| k.is_empty() || k.contains('/') || k.starts_with('.')) {
                    bail!("{name}: volume {}: key {bad:?} of {kind} {src} is not a file name", v.name);
                }
                p.files.insert(v.name.clone(), d.clone());
            }
            None if optional => {
                p.files.insert(v.name.clone(), BTreeMap::new());
            }
            None => bail!("{name}: volume {}: {kind} {src:?} is not in the YAML", v.name),
        }
    }
    for v in &spec.volumes {
        if let Some(h) = v.host_path.as_ref() {
            match h.kind.as_deref().unwrap_or("") {
                "" => {}
                k @ ("DirectoryOrCreate" | "Directory" | "FileOrCreate" | "File" | "Socket" | "CharDevice" | "BlockDevice") => p.host_paths.push((h.path.clone(), k.to_string())),
                k => bail!("{name}: volume {}: hostPath type {k:?} is not a Kubernetes hostPath type", v.name),
            }
        }
    }
    if spec.host_network {
        p.network = Some("host".into());
    }
    if spec.share_process_namespace == Some(true) {
        p.share = Some("net,ipc,uts,pid".into());
    }
    if let Some(d) = &spec.dns_config {
        let list = |f: &str| -> Vec<String> { d.get(f).and_then(|v| v.as_array()).into_iter().flatten().filter_map(|x| x.as_str().map(String::from)).collect() };
        p.dns = list("nameservers");
        p.dns_search = list("searches");
    }
    for a in &spec.host_aliases {
        for h in &a.hostnames {
            p.add_hosts.push(format!("{h}:{}", a.ip));
        }
    }
    for c in &spec.init_containers {
        if !c.ports.is_empty() {
            warnings.push(format!("init container {}: ports are not published for init containers, ignored", c.name));
        }
        p.init_containers.push(annotated(container(name, c, spec, data, warnings)?, meta, &c.name));
    }
    for c in &spec.containers {
        for port in &c.ports {
            if spec.host_network {
                continue;
            }
            if let Some(hp) = port.host_port {
                let ip = port.host_ip.as_deref().map(|i| format!("{i}:")).unwrap_or_default();
                let proto = port.protocol.as_deref().unwrap_or("TCP").to_ascii_lowercase();
                p.publish.push(format!("{ip}{hp}:{}/{proto}", port.container_port));
            }
        }
        p.containers.push(annotated(container(name, c, spec, data, warnings)?, meta, &c.name));
    }
    Ok(p)
}

/// The annotation that names the pod's seccomp profile, and (followed by
/// the container's name) one container's, as podman reads them.
pub const SECCOMP_POD_ANNOTATION: &str = "seccomp.security.alpha.kubernetes.io/pod";
pub const SECCOMP_CONTAINER_ANNOTATION: &str = "container.seccomp.security.alpha.kubernetes.io/";

/// The pod's annotations on container `name` (of the YAML): its seccomp
/// profile, and the others as the container's annotations.
fn annotated(mut c: ContainerPlan, meta: &ObjectMeta, name: &str) -> ContainerPlan {
    let own = format!("{SECCOMP_CONTAINER_ANNOTATION}{name}");
    c.seccomp = meta.annotations.get(&own).or_else(|| meta.annotations.get(SECCOMP_POD_ANNOTATION)).cloned();
    c.annotations = meta.annotations.iter().filter(|(k, _)| *k != SECCOMP_POD_ANNOTATION && !k.starts_with(SECCOMP_CONTAINER_ANNOTATION)).map(|(k, v)| format!("{k}={v}")).collect();
    c
}

/// The ConfigMaps' `data` and the Secrets' `data` (base64) and `stringData`.
fn config_data(docs: &[Value]) -> Result<Data> {
    use base64::Engine as _;
    let mut out = Data::new();
    for v in docs {
        let kind: &'static str = match v.get("kind").and_then(Value::as_str) {
            Some("ConfigMap") => "ConfigMap",
            Some("Secret") => "Secret",
            _ => continue,
        };
        let name = v.get("metadata").and_then(|m| m.get("name")).and_then(Value::as_str).unwrap_or_default().to_string();
        let strings = |field: &str| -> BTreeMap<String, String> { v.get(field).cloned().and_then(|d| serde_yaml_ng::from_value(d).ok()).unwrap_or_default() };
        let mut d = strings("data");
        if kind == "Secret" {
            for (k, val) in d.iter_mut() {
                let bytes = base64::engine::general_purpose::STANDARD.decode(val.trim()).map_err(|e| anyhow!("Secret {name}: data.{k}: not base64: {e}"))?;
                *val = String::from_utf8(bytes).map_err(|_| anyhow!("Secret {name}: data.{k}: not UTF-8 text"))?;
            }
            d.extend(strings("stringData"));
        }
        out.insert((kind, name), d);
    }
    Ok(out)
}

/// Plans every document of `yaml`.
pub fn plan(yaml: &str) -> Result<Plan> {
    let mut out = Plan::default();
    let mut docs = Vec::new();
    for (i, doc) in serde_yaml_ng::Deserializer::from_str(yaml).enumerate() {
        docs.push(Value::deserialize(doc).with_context(|| format!("document {}: invalid YAML", i + 1))?);
    }
    let data = config_data(&docs)?;
    for (i, v) in docs.into_iter().enumerate() {
        if v.is_null() {
            continue;
        }
        let kind = v.get("kind").and_then(Value::as_str).unwrap_or_default().to_string();
        let meta: ObjectMeta = serde_yaml_ng::from_value(v.get("metadata").cloned().unwrap_or(Value::Null)).unwrap_or_default();
        if meta.name.is_empty() {
            bail!("document {}: metadata.name is required", i + 1);
        }
        let mut warnings = Vec::new();
        let prefix = format!("{kind} {}", meta.name);
        match kind.as_str() {
            "Pod" => {
                unhonoured(&v, "Pod", "", &mut warnings);
                let spec: PodSpec = serde_yaml_ng::from_value(v.get("spec").cloned().unwrap_or(Value::Null)).with_context(|| format!("{prefix}: spec"))?;
                let mut p = pod(&meta.name, &meta, &spec, &data, &mut warnings)?;
                p.labels.insert(WORKLOAD_LABEL.into(), workload(&kind, &meta.name));
                out.pods.push(p);
            }
            "Deployment" | "DaemonSet" | "Job" => {
                unhonoured(&v, &kind, "", &mut warnings);
                let template = v.get("spec").and_then(|s| s.get("template")).ok_or_else(|| anyhow!("{prefix}: spec.template is required"))?;
                let mut spec: PodSpec = serde_yaml_ng::from_value(template.get("spec").cloned().unwrap_or(Value::Null)).with_context(|| format!("{prefix}: spec.template.spec"))?;
                if kind == "Job" && spec.restart_policy.is_none() {
                    bail!("{prefix}: spec.template.spec.restartPolicy is required for a Job (Never or OnFailure)");
                }
                if kind == "Job" && spec.restart_policy.as_deref() == Some("Always") {
                    bail!("{prefix}: spec.template.spec.restartPolicy Always is not allowed for a Job (Never or OnFailure)");
                }
                let mut tmeta: ObjectMeta = serde_yaml_ng::from_value(template.get("metadata").cloned().unwrap_or(Value::Null)).unwrap_or_default();
                tmeta.labels.extend(meta.labels.clone());
                tmeta.labels.insert(WORKLOAD_LABEL.into(), workload(&kind, &meta.name));
                for (i, name) in pod_names(&kind, &meta.name, &v).into_iter().enumerate() {
                    if i == 1 && spec.containers.iter().any(|c| c.ports.iter().any(|p| p.host_port.is_some())) {
                        warnings.push("spec.replicas: hostPorts are published by the first replica only (one host port, one listener)".into());
                        for c in spec.containers.iter_mut() {
                            for p in c.ports.iter_mut() {
                                p.host_port = None;
                            }
                        }
                    }
                    out.pods.push(pod(&name, &tmeta, &spec, &data, &mut warnings)?);
                }
            }
            "PersistentVolumeClaim" => {
                unhonoured(&v, &kind, "", &mut warnings);
                out.volumes.push(meta.name.clone());
            }
            "ConfigMap" | "Secret" => unhonoured(&v, &kind, "", &mut warnings),
            "Service" => warnings.push("kind Service is not played by dhow (the pods' hostPorts publish their ports), ignored".into()),
            "" => bail!("document {}: no kind", i + 1),
            k => bail!("document {} ({}): kind {k} is not supported by dhow (Pod, Deployment, DaemonSet, Job, PersistentVolumeClaim, ConfigMap, Secret and Service are)", i + 1, meta.name),
        }
        // Replicas repeat their pod's warnings: each once.
        for w in warnings {
            let w = format!("{prefix}: {w}");
            if !out.warnings.contains(&w) {
                out.warnings.push(w);
            }
        }
    }
    if out.pods.is_empty() && out.volumes.is_empty() {
        bail!("no Pod, Deployment, DaemonSet, Job or PersistentVolumeClaim in the YAML");
    }
    Ok(out)
}

/// The pods a workload document makes: a Pod its name; a Deployment,
/// DaemonSet or Job `<name>-pod` (as podman names it), a Deployment with
/// `replicas: N` then `<name>-pod-1` ... `<name>-pod-<N-1>` too.
fn pod_names(kind: &str, name: &str, v: &Value) -> Vec<String> {
    match kind {
        "Pod" => vec![name.to_string()],
        "Deployment" => {
            let replicas = v.get("spec").and_then(|s| s.get("replicas")).and_then(Value::as_u64).unwrap_or(1);
            (0..replicas).map(|i| if i == 0 { format!("{name}-pod") } else { format!("{name}-pod-{i}") }).collect()
        }
        "DaemonSet" | "Job" => vec![format!("{name}-pod")],
        _ => Vec::new(),
    }
}

/// What a YAML names, read without resolving ConfigMaps, Secrets or
/// fields (so a file played with `--configmap` comes down without it).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Names {
    /// The pods its workloads make, by name.
    pub pods: Vec<String>,
    /// Its PersistentVolumeClaims' volumes.
    pub volumes: Vec<String>,
    /// Its workloads as [`WORKLOAD_LABEL`] values: every pod labelled so is
    /// the YAML's, whatever replicas an earlier version of it asked for.
    pub workloads: Vec<String>,
}

/// What `kube down` removes: the pods, the workloads and the
/// PersistentVolumeClaims' volumes `yaml` names.
pub fn names(yaml: &str) -> Result<Names> {
    let mut out = Names::default();
    for (i, doc) in serde_yaml_ng::Deserializer::from_str(yaml).enumerate() {
        let v = Value::deserialize(doc).with_context(|| format!("document {}: invalid YAML", i + 1))?;
        let kind = v.get("kind").and_then(Value::as_str).unwrap_or_default();
        let Some(name) = v.get("metadata").and_then(|m| m.get("name")).and_then(Value::as_str) else { continue };
        if kind == "PersistentVolumeClaim" {
            out.volumes.push(name.to_string());
        }
        let pods = pod_names(kind, name, &v);
        if !pods.is_empty() {
            out.workloads.push(workload(kind, name));
        }
        out.pods.extend(pods);
    }
    Ok(out)
}

use serde::Deserialize;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deployment_with_unsupported_fields() {
        let yaml = include_str!("testdata/deployment.yaml");
        let plan = plan(yaml).unwrap();
        let got = format!("{plan:#?}\n");
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/kube/testdata/deployment.plan");
        if std::env::var_os("UPDATE_GOLDEN").is_some() {
            std::fs::write(&path, &got).unwrap();
        }
        assert_eq!(got, std::fs::read_to_string(&path).unwrap_or_default(), "golden {} (UPDATE_GOLDEN=1 rewrites it)", path.display());
    }

    /// What `kube generate` writes, `kube play` reads back without warnings.
    #[test]
    fn generated_yaml_plays_without_warnings() {
        let plan = plan(include_str!("testdata/pod.yaml")).unwrap();
        assert_eq!(plan.warnings, Vec::<String>::new());
        let p = &plan.pods[0];
        assert_eq!(p.name, "my-pod");
        assert_eq!(p.publish, ["127.0.0.1:18080:8080/tcp"]);
        assert_eq!(p.add_hosts, ["db.local:10.0.0.5", "cache.local:10.0.0.5"]);
        let web = &p.containers[0];
        assert_eq!(web.entrypoint.as_deref(), Some(&["httpd".to_string()][..]));
        assert_eq!(web.cmd, ["-f", "-p", "8080"]);
        assert_eq!(web.volumes, ["/srv/www:/www:ro", "data:/data"]);
        assert_eq!(web.tmpfs, ["/run"]);
        assert_eq!(web.memory.as_deref(), Some("268435456"));
        assert_eq!(web.cpus.as_deref(), Some("0.5"));
        assert_eq!(web.health_cmd.as_deref(), Some(r#"["CMD","/bin/sh","-c","wget -qO- localhost:8080"]"#));
        assert_eq!(web.health_interval.as_deref(), Some("30s"));
    }

    #[test]
    fn configmap_and_secret_env() {
        let yaml = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: cfg}\ndata: {LEVEL: debug, COLOR: blue}\n---\napiVersion: v1\nkind: Secret\nmetadata: {name: sec}\ntype: Opaque\ndata: {PASSWORD: czNjcjN0}\nstringData: {TOKEN: abc}\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: c\n    image: busybox\n    envFrom:\n    - configMapRef: {name: cfg}\n      prefix: CFG_\n    env:\n    - {name: PASS, valueFrom: {secretKeyRef: {name: sec, key: PASSWORD}}}\n    - {name: TOK, valueFrom: {secretKeyRef: {name: sec, key: TOKEN}}}\n    - {name: ME, valueFrom: {fieldRef: {fieldPath: metadata.name}}}\n    - {name: IP, valueFrom: {fieldRef: {fieldPath: status.podIP}}}\n    - {name: OPT, valueFrom: {configMapKeyRef: {name: cfg, key: NOPE, optional: true}}}\n";
        let plan = plan(yaml).unwrap();
        assert_eq!(plan.pods[0].containers[0].env, ["CFG_COLOR=blue", "CFG_LEVEL=debug", "PASS=s3cr3t", "TOK=abc", "ME=p"]);
        assert_eq!(plan.warnings, ["Pod p: container c: env IP: only configMapKeyRef, secretKeyRef and fieldRef metadata.name are supported by dhow, the variable is not set"]);
        let missing = yaml.replace("key: PASSWORD", "key: NONE");
        assert!(super::plan(&missing).unwrap_err().to_string().contains("NONE"));
    }

    #[test]
    fn configmap_volume() {
        let yaml = "kind: ConfigMap\nmetadata: {name: cfg}\ndata: {app.conf: port=80}\n---\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: c\n    image: busybox\n    volumeMounts: [{name: conf, mountPath: /etc/app}]\n  volumes:\n  - name: conf\n    configMap: {name: cfg}\n";
        let plan = plan(yaml).unwrap();
        assert_eq!(plan.pods[0].files["conf"]["app.conf"], "port=80");
        assert_eq!(plan.pods[0].containers[0].file_mounts, [("conf".to_string(), "/etc/app".to_string())]);
        assert!(super::plan(&yaml.replace("configMap: {name: cfg}", "configMap: {name: other}")).unwrap_err().to_string().contains("other"));
    }

    #[test]
    fn init_containers() {
        let yaml = "kind: Pod\nmetadata: {name: p}\nspec:\n  initContainers:\n  - {name: setup, image: busybox, command: [touch, /x]}\n  containers:\n  - {name: main, image: busybox}\n";
        let plan = plan(yaml).unwrap();
        assert_eq!(plan.pods[0].init_containers[0].name, "p-setup");
        assert_eq!(plan.pods[0].containers[0].name, "p-main");
        assert!(plan.warnings.is_empty(), "{:?}", plan.warnings);
    }

    #[test]
    fn workloads_volumes_and_pod_fields() {
        let yaml = "kind: PersistentVolumeClaim\napiVersion: v1\nmetadata: {name: data}\nspec: {accessModes: [ReadWriteOnce], storageClassName: fast, resources: {requests: {storage: 1Gi}, limits: {storage: 2Gi}}}\n---\nkind: Deployment\nmetadata: {name: web}\nspec:\n  replicas: 3\n  template:\n    spec:\n      hostNetwork: false\n      shareProcessNamespace: true\n      dnsConfig: {nameservers: [10.0.0.2], searches: [corp.local], options: [{name: ndots, value: '2'}]}\n      securityContext: {runAsUser: 1000, runAsGroup: 100, fsGroup: 100}\n      volumes:\n      - {name: data, persistentVolumeClaim: {claimName: data}}\n      - {name: host, hostPath: {path: /srv/app, type: DirectoryOrCreate}}\n      containers:\n      - name: c\n        image: busybox\n        imagePullPolicy: Never\n        ports: [{name: http, containerPort: 8080, hostPort: 18080}]\n        securityContext: {runAsUser: 0, allowPrivilegeEscalation: false}\n        volumeMounts:\n        - {name: data, mountPath: /var/lib/app, subPath: app}\n        - {name: host, mountPath: /logs, subPath: logs, readOnly: true}\n        livenessProbe: {httpGet: {path: healthz, port: http}, periodSeconds: 5}\n        readinessProbe: {tcpSocket: {port: 8080}}\n---\nkind: DaemonSet\nmetadata: {name: agent}\nspec: {selector: {matchLabels: {a: b}}, template: {spec: {containers: [{name: a, image: busybox}]}}}\n---\nkind: Job\nmetadata: {name: once}\nspec: {backoffLimit: 2, template: {spec: {restartPolicy: Never, containers: [{name: j, image: busybox, command: ['true']}]}}}\n";
        let plan = plan(yaml).unwrap();
        assert_eq!(plan.volumes, ["data"]);
        let names: Vec<&str> = plan.pods.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["web-pod", "web-pod-1", "web-pod-2", "agent-pod", "once-pod"]);
        let web = &plan.pods[0];
        assert_eq!(web.publish, ["18080:8080/tcp"]);
        assert!(plan.pods[1].publish.is_empty(), "one replica publishes the host port");
        assert_eq!(web.share.as_deref(), Some("net,ipc,uts,pid"));
        assert_eq!((web.dns.as_slice(), web.dns_search.as_slice()), (&["10.0.0.2".to_string()][..], &["corp.local".to_string()][..]));
        assert_eq!(web.host_paths, [("/srv/app".to_string(), "DirectoryOrCreate".to_string())]);
        let c = &web.containers[0];
        assert_eq!(c.user.as_deref(), Some("0:100"), "the container's runAsUser wins, the pod's group stays");
        assert_eq!(c.security_opt, ["no-new-privileges"]);
        assert_eq!(c.pull.as_deref(), Some("never"));
        assert_eq!(c.volume_subpaths, [("data".to_string(), "app".to_string(), "/var/lib/app".to_string(), false)]);
        assert_eq!(c.volumes, ["/srv/app/logs:/logs:ro"]);
        let cmd: Vec<String> = serde_json::from_str(c.health_cmd.as_deref().unwrap()).unwrap();
        assert_eq!(cmd[0], "CMD-SHELL");
        assert!(cmd[1].contains("wget -q -O /dev/null 'http://localhost:8080/healthz'") && cmd[1].contains("curl"), "{cmd:?}");
        assert_eq!(c.health_interval.as_deref(), Some("5s"));
        assert_eq!(plan.pods[4].restart.as_deref(), Some("no"));
        let w = plan.warnings.join("\n");
        for field in ["spec.storageClassName", "spec.resources.limits", "dnsConfig.options", "securityContext.fsGroup", "spec.backoffLimit", "hostPorts are published by the first replica", "readinessProbe: dhow runs one health check"] {
            assert!(w.contains(field), "no warning about {field}: {w}");
        }
        // A tcpSocket probe alone becomes nc -z.
        let tcp = super::plan("kind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: c, image: busybox, livenessProbe: {tcpSocket: {port: 5432, host: db}}}]}\n").unwrap();
        assert_eq!(tcp.pods[0].containers[0].health_cmd.as_deref(), Some(r#"["CMD-SHELL","nc -z 'db' 5432"]"#));
        // hostNetwork: the host's network, no ports to publish.
        let host = super::plan("kind: Pod\nmetadata: {name: p}\nspec: {hostNetwork: true, containers: [{name: c, image: busybox, ports: [{containerPort: 80, hostPort: 80}]}]}\n").unwrap();
        assert_eq!(host.pods[0].network.as_deref(), Some("host"));
        assert!(host.pods[0].publish.is_empty());
        assert_eq!(names_of(yaml), (vec!["web-pod".into(), "web-pod-1".into(), "web-pod-2".into(), "agent-pod".into(), "once-pod".into()], vec!["data".into()]));
        assert_eq!(super::names(yaml).unwrap().workloads, ["Deployment/web", "DaemonSet/agent", "Job/once"]);
        // Every replica carries its workload, for --replace and kube down.
        let planned = super::plan(yaml).unwrap();
        let labels: Vec<&str> = planned.pods.iter().map(|p| p.labels[WORKLOAD_LABEL].as_str()).collect();
        assert_eq!(labels, ["Deployment/web", "Deployment/web", "Deployment/web", "DaemonSet/agent", "Job/once"]);
    }

    fn names_of(yaml: &str) -> (Vec<String>, Vec<String>) {
        let n = names(yaml).unwrap();
        (n.pods, n.volumes)
    }

    #[test]
    fn configmap_subpath_and_bad_input() {
        let yaml = "kind: ConfigMap\nmetadata: {name: cfg}\ndata: {app.conf: port=80, other: x}\n---\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: c\n    image: busybox\n    volumeMounts: [{name: conf, mountPath: /etc/app.conf, subPath: app.conf}]\n  volumes:\n  - {name: conf, configMap: {name: cfg}}\n";
        let p = plan(yaml).unwrap();
        assert_eq!(p.pods[0].containers[0].file_mounts, [("conf/app.conf".to_string(), "/etc/app.conf".to_string())]);
        assert!(format!("{:#}", plan(&yaml.replace("subPath: app.conf", "subPath: ../x")).unwrap_err()).contains("subPath"));
        let job = "kind: Job\nmetadata: {name: j}\nspec: {template: {spec: {containers: [{name: c, image: busybox}]}}}\n";
        assert!(plan(job).unwrap_err().to_string().contains("restartPolicy"));
        let pull = "kind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: c, image: busybox, imagePullPolicy: Sometimes}]}\n";
        assert!(plan(pull).unwrap_err().to_string().contains("imagePullPolicy"));
        let hp = "kind: Pod\nmetadata: {name: p}\nspec: {volumes: [{name: h, hostPath: {path: /x, type: Weird}}], containers: [{name: c, image: busybox}]}\n";
        assert!(plan(hp).unwrap_err().to_string().contains("hostPath type"));
    }

    #[test]
    fn errors() {
        assert!(plan("kind: StatefulSet\nmetadata: {name: x}\n").unwrap_err().to_string().contains("not supported"));
        assert!(plan("kind: Service\nmetadata: {name: x}\n").unwrap_err().to_string().contains("no Pod"));
        let with_service = plan(include_str!("testdata/pod_service.yaml")).unwrap();
        assert_eq!(with_service.warnings, ["Service my-pod: kind Service is not played by dhow (the pods' hostPorts publish their ports), ignored"]);
        assert!(plan("kind: Pod\nmetadata: {}\n").unwrap_err().to_string().contains("metadata.name"));
        assert!(plan("kind: Pod\nmetadata: {name: x}\nspec: {containers: []}\n").unwrap_err().to_string().contains("no containers"));
        assert_eq!(quantity("256Mi").unwrap(), 268_435_456.0);
        assert_eq!(quantity("500m").unwrap(), 0.5);
        assert!(quantity("lots").is_err());
    }
}
