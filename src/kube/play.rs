//! `kube play`'s planner: Kubernetes YAML (`Pod`, `Deployment`) in, the
//! pods and containers to create out, with a warning for every field dhow
//! does not honour. Pure; `engine::kube` creates what it plans.

use super::model::{Container, ObjectMeta, PodSpec, Probe, Volume};
use anyhow::{anyhow, bail, Context, Result};
use serde_yaml_ng::Value;
use std::collections::BTreeMap;

/// Label on pods `kube play` made: `kube down` removes only those.
pub const PLAY_LABEL: &str = "io.dhow.kube.play";

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Plan {
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
    /// (pod volume, mount path): a ConfigMap or Secret volume of the pod's
    /// `files`, bind-mounted read-only from where the executor wrote it.
    pub file_mounts: Vec<(String, String)>,
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
}

/// The fields honoured per object part; `*` accepts anything below, a
/// `[part]` child is a list of `part`s, "" a scalar.
fn fields(part: &str) -> &'static [(&'static str, &'static str)] {
    match part {
        "Pod" => &[("apiVersion", ""), ("kind", ""), ("metadata", "meta"), ("spec", "podspec")],
        "Deployment" => &[("apiVersion", ""), ("kind", ""), ("metadata", "meta"), ("spec", "deployspec")],
        "deployspec" => &[("replicas", ""), ("selector", "*"), ("template", "template")],
        "template" => &[("metadata", "meta"), ("spec", "podspec")],
        "meta" => &[("name", ""), ("labels", "*")],
        "podspec" => &[("initContainers", "[container]"), ("containers", "[container]"), ("volumes", "[volume]"), ("restartPolicy", ""), ("hostname", ""), ("hostAliases", "[alias]")],
        "alias" => &[("ip", ""), ("hostnames", "*")],
        "container" => &[
            ("name", ""),
            ("image", ""),
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
        "mount" => &[("name", ""), ("mountPath", ""), ("readOnly", "")],
        "security" => &[("capabilities", "caps"), ("privileged", ""), ("readOnlyRootFilesystem", "")],
        "caps" => &[("add", "*"), ("drop", "*")],
        "resources" => &[("limits", "limits")],
        "limits" => &[("memory", ""), ("cpu", "")],
        "probe" => &[("exec", "exec"), ("initialDelaySeconds", ""), ("periodSeconds", ""), ("timeoutSeconds", ""), ("failureThreshold", "")],
        "exec" => &[("command", "*")],
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

fn health(p: &Probe, c: &mut ContainerPlan) {
    let Some(exec) = &p.exec else { return };
    if exec.command.is_empty() {
        return;
    }
    c.health_cmd = Some(serde_json::to_string(&[vec!["CMD".to_string()], exec.command.clone()].concat()).unwrap_or_default());
    c.health_interval = p.period_seconds.map(|s| format!("{s}s"));
    c.health_timeout = p.timeout_seconds.map(|s| format!("{s}s"));
    c.health_start_period = p.initial_delay_seconds.map(|s| format!("{s}s"));
    c.health_retries = p.failure_threshold.map(|n| n.to_string());
}

/// ConfigMap and Secret data by (kind, name).
type Data = BTreeMap<(&'static str, String), BTreeMap<String, String>>;

fn container(pod: &str, c: &Container, volumes: &[Volume], data: &Data, warnings: &mut Vec<String>) -> Result<ContainerPlan> {
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
        if let Some(h) = &v.host_path {
            p.volumes.push(format!("{}:{}{ro}", h.path, m.mount_path));
        } else if let Some(c) = &v.persistent_volume_claim {
            p.volumes.push(format!("{}:{}{ro}", c.claim_name, m.mount_path));
        } else if v.empty_dir.as_ref().is_some_and(|e| e.medium.as_deref() == Some("Memory")) {
            p.tmpfs.push(m.mount_path.clone());
        } else if v.empty_dir.is_some() {
            p.volumes.push(m.mount_path.clone());
        } else if v.config_map.is_some() || v.secret.is_some() {
            p.file_mounts.push((v.name.clone(), m.mount_path.clone()));
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
    }
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
        } else if probe.exec.is_none() {
            warnings.push(format!("container {}: {field}: only exec probes become health checks, ignored", c.name));
        } else {
            health(probe, &mut p);
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
    for a in &spec.host_aliases {
        for h in &a.hostnames {
            p.add_hosts.push(format!("{h}:{}", a.ip));
        }
    }
    for c in &spec.init_containers {
        if !c.ports.is_empty() {
            warnings.push(format!("init container {}: ports are not published for init containers, ignored", c.name));
        }
        p.init_containers.push(container(name, c, &spec.volumes, data, warnings)?);
    }
    for c in &spec.containers {
        for port in &c.ports {
            if let Some(hp) = port.host_port {
                let ip = port.host_ip.as_deref().map(|i| format!("{i}:")).unwrap_or_default();
                let proto = port.protocol.as_deref().unwrap_or("TCP").to_ascii_lowercase();
                p.publish.push(format!("{ip}{hp}:{}/{proto}", port.container_port));
            }
        }
        p.containers.push(container(name, c, &spec.volumes, data, warnings)?);
    }
    Ok(p)
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
                out.pods.push(pod(&meta.name, &meta, &spec, &data, &mut warnings)?);
            }
            "Deployment" => {
                unhonoured(&v, "Deployment", "", &mut warnings);
                let replicas = v.get("spec").and_then(|s| s.get("replicas")).and_then(Value::as_u64).unwrap_or(1);
                if replicas != 1 {
                    warnings.push(format!("spec.replicas: {replicas} asked, dhow runs one pod"));
                }
                let template = v.get("spec").and_then(|s| s.get("template")).ok_or_else(|| anyhow!("{prefix}: spec.template is required"))?;
                let spec: PodSpec = serde_yaml_ng::from_value(template.get("spec").cloned().unwrap_or(Value::Null)).with_context(|| format!("{prefix}: spec.template.spec"))?;
                let mut tmeta: ObjectMeta = serde_yaml_ng::from_value(template.get("metadata").cloned().unwrap_or(Value::Null)).unwrap_or_default();
                tmeta.labels.extend(meta.labels.clone());
                out.pods.push(pod(&format!("{}-pod", meta.name), &tmeta, &spec, &data, &mut warnings)?);
            }
            "ConfigMap" | "Secret" => unhonoured(&v, &kind, "", &mut warnings),
            "Service" => warnings.push("kind Service is not played by dhow (the pods' hostPorts publish their ports), ignored".into()),
            "" => bail!("document {}: no kind", i + 1),
            k => bail!("document {} ({}): kind {k} is not supported by dhow (Pod, Deployment, ConfigMap, Secret and Service are)", i + 1, meta.name),
        }
        out.warnings.extend(warnings.into_iter().map(|w| format!("{prefix}: {w}")));
    }
    if out.pods.is_empty() {
        bail!("no Pod or Deployment in the YAML");
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
    fn errors() {
        assert!(plan("kind: DaemonSet\nmetadata: {name: x}\n").unwrap_err().to_string().contains("not supported"));
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
