//! Loading a project: find the files, read `.env`, interpolate, normalise
//! each file's short forms to long ones, merge the files with the compose
//! spec's rules, then convert to the typed [`Project`] with validation.
//!
//! Pure apart from reading the files: the environment is passed in, so
//! every rule is a unit test.

use super::interpolate::{interpolate, parse_env_file};
use super::model::*;
use anyhow::{anyhow, bail, Context, Result};
use serde_yaml_ng::{Mapping, Value};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Component, Path, PathBuf};

/// The file names looked for, in docker compose's order of preference.
pub const DEFAULT_FILES: [&str; 4] = ["compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml"];

/// What the global `compose` flags and the environment say.
#[derive(Debug, Clone, Default)]
pub struct LoadOptions {
    /// `-f`, in order (later files override earlier ones).
    pub files: Vec<PathBuf>,
    /// `-p`.
    pub project_name: Option<String>,
    /// `--project-directory`.
    pub project_directory: Option<PathBuf>,
    /// `--env-file` (default: `.env` in the project directory, if present).
    pub env_files: Vec<PathBuf>,
    /// `--profile`.
    pub profiles: Vec<String>,
    /// Services named on the command line: enabled whatever their profiles.
    pub enable_services: Vec<String>,
    pub cwd: PathBuf,
    /// The process environment (it wins over `.env`).
    pub environ: BTreeMap<String, String>,
}

/// Loads and validates the project.
pub fn load(opts: &LoadOptions) -> Result<Project> {
    let files = config_files(opts)?;
    let project_dir = match &opts.project_directory {
        Some(d) => normalize(&opts.cwd.join(d)),
        None => files[0].parent().map(Path::to_path_buf).unwrap_or_else(|| opts.cwd.clone()),
    };
    let vars = variables(opts, &project_dir)?;
    let mut warnings = Vec::new();
    let mut merged = Mapping::new();
    let mut unset = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).with_context(|| format!("reading {}", f.display()))?;
        let mut doc = parse_file(&text, f, &vars, &mut unset)?;
        apply_includes(&mut doc, f, &vars, &mut unset, &mut merged, 0)?;
        if doc.contains_key("version") {
            warnings.push(format!("{}: the attribute `version` is obsolete, it will be ignored, please remove it to avoid potential confusion", f.display()));
        }
        merge_mapping(&mut merged, doc, "");
    }
    for u in unset {
        warnings.insert(0, format!("The \"{u}\" variable is not set. Defaulting to a blank string."));
    }
    let explicit_name = opts
        .project_name
        .clone()
        .or_else(|| vars.get("COMPOSE_PROJECT_NAME").cloned().filter(|s| !s.is_empty()))
        .or_else(|| merged.get("name").and_then(Value::as_str).map(str::to_string));
    let name = match explicit_name {
        Some(n) => {
            check_project_name(&n)?;
            n
        }
        None => {
            let base = project_dir.file_name().map(|s| s.to_string_lossy().to_string()).unwrap_or_default();
            let n = normalize_project_name(&base);
            if n.is_empty() {
                bail!("project name {base:?} (from the directory name) has no usable characters: name the project with -p or a top-level `name:`");
            }
            n
        }
    };
    let mut profiles: Vec<String> = opts.profiles.clone();
    if let Some(p) = vars.get("COMPOSE_PROFILES") {
        profiles.extend(p.split(',').map(str::trim).filter(|s| !s.is_empty()).map(str::to_string));
    }
    let mut project = Project { name, working_dir: project_dir.clone(), config_files: files, warnings, ..Default::default() };
    convert(&mut project, &merged, &vars)?;
    apply_profiles(&mut project, &profiles, &opts.enable_services)?;
    validate(&mut project)?;
    Ok(project)
}

/// The compose files: `-f`, else `COMPOSE_FILE`, else the first directory
/// upward from the working directory holding one of [`DEFAULT_FILES`] (with
/// its `.override` file).
pub fn config_files(opts: &LoadOptions) -> Result<Vec<PathBuf>> {
    if !opts.files.is_empty() {
        return Ok(opts.files.iter().map(|f| normalize(&opts.cwd.join(f))).collect());
    }
    if let Some(cf) = opts.environ.get("COMPOSE_FILE").filter(|s| !s.is_empty()) {
        let sep = opts.environ.get("COMPOSE_PATH_SEPARATOR").map(String::as_str).unwrap_or(":");
        return Ok(cf.split(sep).filter(|s| !s.is_empty()).map(|f| normalize(&opts.cwd.join(f))).collect());
    }
    let mut dir = Some(opts.cwd.as_path());
    while let Some(d) = dir {
        if let Some(found) = DEFAULT_FILES.iter().map(|n| d.join(n)).find(|p| p.is_file()) {
            let mut out = vec![found.clone()];
            let name = found.file_name().unwrap_or_default().to_string_lossy().to_string();
            let (stem, ext) = name.rsplit_once('.').unwrap_or((&name, "yml"));
            let over = d.join(format!("{stem}.override.{ext}"));
            if over.is_file() {
                out.push(over);
            }
            return Ok(out);
        }
        dir = d.parent();
    }
    bail!("no configuration file provided: not found (looked for {} in {} and its parents)", DEFAULT_FILES.join(", "), opts.cwd.display())
}

/// `.env` (or `--env-file`) under the process environment.
fn variables(opts: &LoadOptions, project_dir: &Path) -> Result<BTreeMap<String, String>> {
    let mut vars = BTreeMap::new();
    let files: Vec<PathBuf> = if opts.env_files.is_empty() {
        let p = project_dir.join(".env");
        if p.is_file() {
            vec![p]
        } else {
            vec![]
        }
    } else {
        opts.env_files.iter().map(|f| opts.cwd.join(f)).collect()
    };
    for f in files {
        let text = std::fs::read_to_string(&f).with_context(|| format!("reading env file {}", f.display()))?;
        for (k, v) in parse_env_file(&text, &opts.environ).map_err(|e| anyhow!("env file {}: {e}", f.display()))? {
            vars.insert(k, v);
        }
    }
    for (k, v) in &opts.environ {
        vars.insert(k.clone(), v.clone());
    }
    Ok(vars)
}

/// One file: YAML (anchors and `<<` merge keys resolved), interpolated,
/// short forms turned into long ones.
pub fn parse_file(text: &str, file: &Path, vars: &BTreeMap<String, String>, unset: &mut Vec<String>) -> Result<Mapping> {
    parse_file_at(text, file, vars, unset, 0)
}

fn parse_file_at(text: &str, file: &Path, vars: &BTreeMap<String, String>, unset: &mut Vec<String>, depth: usize) -> Result<Mapping> {
    if depth > 8 {
        bail!("{}: extends nested too deeply (is there a cycle between files?)", file.display());
    }
    let mut doc: Value = serde_yaml_ng::from_str(text).map_err(|e| anyhow!("{}: {e}", file.display()))?;
    doc.apply_merge().map_err(|e| anyhow!("{}: {e}", file.display()))?;
    let mut doc = match doc {
        Value::Mapping(m) => m,
        Value::Null => Mapping::new(),
        _ => bail!("{}: the top level must be a mapping (services:, volumes:, ...)", file.display()),
    };
    for (k, v) in doc.iter_mut() {
        let key = key_str(k);
        if key.starts_with("x-") {
            continue;
        }
        interpolate_value(v, &key, vars, unset).map_err(|e| anyhow!("{}: {e}", file.display()))?;
    }
    if let Some(services) = doc.get_mut("services").map(untagged_mut) {
        match services {
            Value::Mapping(m) => {
                for (name, svc) in m.iter_mut() {
                    let name = key_str(name);
                    normalise_service(untagged_mut(svc), &name).map_err(|e| anyhow!("{}: {e}", file.display()))?;
                }
            }
            Value::Null => {}
            _ => bail!("{}: services must be a mapping", file.display()),
        }
    }
    resolve_extends(&mut doc, file, vars, unset, depth)?;
    Ok(doc)
}

/// `include: [PATH | {path: PATH | [PATH...]}]`: each included file is
/// loaded on its own (its relative paths against its own directory) and its
/// services, networks and volumes are added to the project before the
/// including file; the including file may not redefine them.
fn apply_includes(doc: &mut Mapping, file: &Path, vars: &BTreeMap<String, String>, unset: &mut Vec<String>, merged: &mut Mapping, depth: usize) -> Result<()> {
    let Some(inc) = doc.remove("include") else { return Ok(()) };
    if depth > 8 {
        bail!("{}: include nested too deeply (is there a cycle?)", file.display());
    }
    let dir = file.parent().unwrap_or(Path::new("/")).to_path_buf();
    let entries = match inc {
        Value::Sequence(s) => s,
        Value::Null => vec![],
        _ => bail!("{}: include must be a list", file.display()),
    };
    for (i, e) in entries.iter().enumerate() {
        let at = format!("include[{i}]");
        let paths: Vec<String> = match e {
            Value::Mapping(m) => m.get("path").map(|p| str_list(p, &at)).transpose()?.ok_or_else(|| anyhow!("{}: {at}: path is required", file.display()))?,
            other => vec![str_of(other, &at)?],
        };
        for p in paths {
            let path = normalize(&dir.join(&p));
            let text = std::fs::read_to_string(&path).with_context(|| format!("{}: {at}: reading {}", file.display(), path.display()))?;
            let mut sub = parse_file(&text, &path, vars, unset)?;
            apply_includes(&mut sub, &path, vars, unset, merged, depth + 1)?;
            let sub_dir = path.parent().unwrap_or(Path::new("/")).to_path_buf();
            if let Some(Value::Mapping(svcs)) = sub.get_mut("services") {
                for (k, svc) in svcs.iter_mut() {
                    if doc.get("services").and_then(|s| s.get(k)).is_some() {
                        bail!("{}: services.{} conflicts with the service imported from {}", file.display(), key_str(k), path.display());
                    }
                    rebase_paths(svc, &sub_dir);
                }
            }
            sub.remove("name");
            merge_mapping(merged, sub, "");
        }
    }
    Ok(())
}

/// `extends: NAME` / `extends: {service: NAME, file: PATH}`: the base
/// service, with this one merged over it by the usual rules. Relative paths
/// of a base from another file are made absolute against that file's
/// directory.
fn resolve_extends(doc: &mut Mapping, file: &Path, vars: &BTreeMap<String, String>, unset: &mut Vec<String>, depth: usize) -> Result<()> {
    let Some(Value::Mapping(services)) = doc.get("services").cloned() else { return Ok(()) };
    let mut out = Mapping::new();
    for (k, _) in &services {
        let name = key_str(k);
        let svc = extended(&services, &name, file, vars, unset, depth, &mut Vec::new())?;
        out.insert(k.clone(), svc);
    }
    doc.insert("services".into(), Value::Mapping(out));
    Ok(())
}

fn extended(services: &Mapping, name: &str, file: &Path, vars: &BTreeMap<String, String>, unset: &mut Vec<String>, depth: usize, chain: &mut Vec<String>) -> Result<Value> {
    let mut svc = services.get(name).map(untagged_value).ok_or_else(|| anyhow!("{}: cannot extend service {name:?}: no such service", file.display()))?;
    let Some(ext) = svc.as_mapping_mut().and_then(|m| m.remove("extends")) else { return Ok(svc) };
    if chain.iter().any(|c| c == name) {
        bail!("{}: circular extends: {} -> {name}", file.display(), chain.join(" -> "));
    }
    chain.push(name.to_string());
    let (base_name, base_file) = match &ext {
        Value::String(s) => (s.clone(), None),
        Value::Mapping(m) => (
            opt_str(m, "service", &format!("services.{name}.extends"))?.ok_or_else(|| anyhow!("{}: services.{name}.extends: service is required", file.display()))?,
            opt_str(m, "file", &format!("services.{name}.extends"))?,
        ),
        _ => bail!("{}: services.{name}.extends must be a service name or a mapping", file.display()),
    };
    let base = match base_file {
        None => extended(services, &base_name, file, vars, unset, depth, chain)?,
        Some(f) => {
            let dir = file.parent().unwrap_or(Path::new("/"));
            let path = normalize(&dir.join(&f));
            let text = std::fs::read_to_string(&path).with_context(|| format!("{}: services.{name}.extends: reading {}", file.display(), path.display()))?;
            let other = parse_file_at(&text, &path, vars, unset, depth + 1)?;
            let mut base = other
                .get("services")
                .and_then(|s| s.get(base_name.as_str()))
                .cloned()
                .ok_or_else(|| anyhow!("{}: services.{name}.extends: no service {base_name:?} in {}", file.display(), path.display()))?;
            rebase_paths(&mut base, path.parent().unwrap_or(Path::new("/")));
            base
        }
    };
    chain.pop();
    let wrap = |v: Value| {
        let mut inner = Mapping::new();
        inner.insert(Value::String(name.to_string()), v);
        let mut outer = Mapping::new();
        outer.insert("services".into(), Value::Mapping(inner));
        outer
    };
    let mut merged = wrap(base);
    merge_mapping(&mut merged, wrap(svc), "");
    Ok(merged.get("services").and_then(|s| s.get(name)).cloned().unwrap_or(Value::Null))
}

/// Makes a service's relative build context, bind sources and env files
/// absolute against `dir`.
fn rebase_paths(svc: &mut Value, dir: &Path) {
    let fix = |v: &mut Value| {
        if let Value::String(s) = v {
            if s.starts_with('.') || (!s.starts_with('/') && !s.starts_with('~') && !s.contains("://")) {
                *s = normalize(&dir.join(&*s)).to_string_lossy().to_string();
            }
        }
    };
    if let Some(ctx) = svc.get_mut("build").and_then(|b| b.get_mut("context")) {
        fix(ctx);
    }
    if let Some(Value::Sequence(vols)) = svc.get_mut("volumes") {
        for v in vols {
            if v.get("type").and_then(Value::as_str) == Some("bind") {
                if let Some(src) = v.get_mut("source") {
                    fix(src);
                }
            }
        }
    }
    if let Some(Value::Sequence(files)) = svc.get_mut("env_file") {
        files.iter_mut().for_each(fix);
    }
}

fn key_str(k: &Value) -> String {
    match k {
        Value::String(s) => s.clone(),
        other => scalar_string(other).unwrap_or_default(),
    }
}

fn untagged_mut(v: &mut Value) -> &mut Value {
    match v {
        Value::Tagged(t) => untagged_mut(&mut t.value),
        other => other,
    }
}

fn interpolate_value(v: &mut Value, path: &str, vars: &BTreeMap<String, String>, unset: &mut Vec<String>) -> Result<()> {
    match v {
        Value::String(s) => {
            *s = interpolate(s, vars, unset).map_err(|e| anyhow!("{path}: {}", e.0))?;
        }
        Value::Sequence(seq) => {
            for (i, x) in seq.iter_mut().enumerate() {
                interpolate_value(x, &format!("{path}[{i}]"), vars, unset)?;
            }
        }
        Value::Mapping(m) => {
            for (k, x) in m.iter_mut() {
                let key = key_str(k);
                if !key.starts_with("x-") {
                    interpolate_value(x, &format!("{path}.{key}"), vars, unset)?;
                }
            }
        }
        Value::Tagged(t) => interpolate_value(&mut t.value, path, vars, unset)?,
        _ => {}
    }
    Ok(())
}

/// A scalar as a string (numbers and booleans as YAML writes them).
fn scalar_string(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// `[K=V, K]` → `{K: V, K: null}`; a mapping stays.
fn list_to_map(v: &mut Value, what: &str) -> Result<()> {
    if let Value::Sequence(seq) = v {
        let mut m = Mapping::new();
        for item in seq.iter() {
            let s = scalar_string(item).ok_or_else(|| anyhow!("{what}: entries must be strings (KEY=VALUE)"))?;
            match s.split_once('=') {
                Some((k, val)) => m.insert(Value::String(k.to_string()), Value::String(val.to_string())),
                None => m.insert(Value::String(s), Value::Null),
            };
        }
        *v = Value::Mapping(m);
    }
    Ok(())
}

fn string_to_list(v: &mut Value) {
    if let Value::String(s) = v {
        *v = Value::Sequence(vec![Value::String(s.clone())]);
    }
}

/// Short syntax → long syntax for the keys whose merge depends on it.
fn normalise_service(svc: &mut Value, name: &str) -> Result<()> {
    let m = match svc {
        Value::Mapping(m) => m,
        Value::Null => {
            *svc = Value::Mapping(Mapping::new());
            return Ok(());
        }
        _ => bail!("services.{name} must be a mapping"),
    };
    for (k, v) in m.iter_mut() {
        let key = key_str(k);
        let path = format!("services.{name}.{key}");
        let v = untagged_mut(v);
        match key.as_str() {
            "build" => {
                if let Value::String(s) = v {
                    let mut b = Mapping::new();
                    b.insert("context".into(), Value::String(s.clone()));
                    *v = Value::Mapping(b);
                }
                if let Some(args) = v.get_mut("args") {
                    list_to_map(untagged_mut(args), &format!("{path}.args"))?;
                }
                if let Some(labels) = v.get_mut("labels") {
                    list_to_map(untagged_mut(labels), &format!("{path}.labels"))?;
                }
            }
            "environment" | "labels" => list_to_map(v, &path)?,
            "depends_on" => {
                if let Value::Sequence(seq) = v {
                    let mut out = Mapping::new();
                    for s in seq.iter() {
                        let dep = scalar_string(s).ok_or_else(|| anyhow!("{path}: entries must be service names"))?;
                        let mut c = Mapping::new();
                        c.insert("condition".into(), "service_started".into());
                        out.insert(Value::String(dep), Value::Mapping(c));
                    }
                    *v = Value::Mapping(out);
                }
            }
            "networks" => {
                if let Value::Sequence(seq) = v {
                    let mut out = Mapping::new();
                    for s in seq.iter() {
                        let n = scalar_string(s).ok_or_else(|| anyhow!("{path}: entries must be network names"))?;
                        out.insert(Value::String(n), Value::Null);
                    }
                    *v = Value::Mapping(out);
                }
            }
            "env_file" | "dns" | "tmpfs" | "profiles" | "expose" => string_to_list(v),
            "extra_hosts" => {
                if let Value::Mapping(hm) = v {
                    let list = hm
                        .iter()
                        .map(|(h, ip)| Value::String(format!("{}:{}", key_str(h), scalar_string(ip).unwrap_or_default())))
                        .collect();
                    *v = Value::Sequence(list);
                }
            }
            "ports" => {
                if let Value::Sequence(seq) = v {
                    let mut out = Vec::new();
                    for (i, p) in seq.iter().enumerate() {
                        let p = untagged_value(p);
                        match p {
                            Value::Mapping(_) => out.push(p.clone()),
                            _ => {
                                let s = scalar_string(&p).ok_or_else(|| anyhow!("{path}[{i}]: expected a port string or mapping"))?;
                                for port in parse_port(&s).map_err(|e| anyhow!("{path}[{i}]: {e}"))? {
                                    out.push(serde_yaml_ng::to_value(port)?);
                                }
                            }
                        }
                    }
                    *v = Value::Sequence(out);
                }
            }
            "volumes" => {
                if let Value::Sequence(seq) = v {
                    for (i, item) in seq.iter_mut().enumerate() {
                        if let Value::String(s) = untagged_mut(item) {
                            *item = short_volume(s).map_err(|e| anyhow!("{path}[{i}]: {e}"))?;
                        }
                    }
                }
            }
            _ => {}
        }
    }
    Ok(())
}

fn untagged_value(v: &Value) -> Value {
    match v {
        Value::Tagged(t) => untagged_value(&t.value),
        other => other.clone(),
    }
}

/// Ports in short syntax: `[HOST_IP:][HOST:]CONTAINER[/PROTO]`, with
/// ranges (`8000-8001:80-81`) expanded to one entry per port.
pub fn parse_port(s: &str) -> Result<Vec<Port>> {
    let (spec, proto) = match s.rsplit_once('/') {
        Some((a, p)) => (a, p.to_string()),
        None => (s, "tcp".to_string()),
    };
    if !matches!(proto.as_str(), "tcp" | "udp" | "sctp") {
        bail!("invalid protocol {proto:?} in port {s:?}: use tcp, udp or sctp");
    }
    let (ip, rest) = if let Some(r) = spec.strip_prefix('[') {
        let (ip, rest) = r.split_once("]:").ok_or_else(|| anyhow!("invalid port {s:?}: unterminated IPv6 address"))?;
        (Some(ip.to_string()), rest)
    } else {
        let parts: Vec<&str> = spec.split(':').collect();
        match parts.len() {
            1 | 2 => (None, spec),
            3 => (Some(parts[0].to_string()), &spec[parts[0].len() + 1..]),
            _ => bail!("invalid port {s:?}: expected [HOST_IP:][HOST_PORT:]CONTAINER_PORT[/PROTOCOL]"),
        }
    };
    let (published, target) = match rest.split_once(':') {
        Some((h, c)) => (Some(h).filter(|h| !h.is_empty()), c),
        None => (None, rest),
    };
    let range = |r: &str| -> Result<(u16, u16)> {
        let bad = || anyhow!("invalid port {s:?}: {r:?} is not a port number or range");
        let (a, b) = r.split_once('-').unwrap_or((r, r));
        let a: u16 = a.parse().map_err(|_| bad())?;
        let b: u16 = b.parse().map_err(|_| bad())?;
        if a == 0 || b < a {
            return Err(bad());
        }
        Ok((a, b))
    };
    let (t0, t1) = range(target)?;
    let host = published.map(range).transpose()?;
    let mut out = Vec::new();
    for (i, t) in (t0..=t1).enumerate() {
        let published = match host {
            None => None,
            Some((h0, h1)) if t0 == t1 && h0 != h1 => Some(format!("{h0}-{h1}")),
            Some((h0, h1)) => {
                if h1 - h0 != t1 - t0 {
                    bail!("invalid port {s:?}: host and container port ranges differ in length");
                }
                Some((h0 + i as u16).to_string())
            }
        };
        out.push(Port { mode: "ingress".into(), host_ip: ip.clone(), target: t, published, protocol: proto.clone() });
    }
    Ok(out)
}

/// Volumes in short syntax: `SRC:DST[:MODE]` or `DST`; a source starting
/// with `.`, `/` or `~` is a bind, anything else a named volume.
pub fn short_volume(s: &str) -> Result<Value> {
    let parts: Vec<&str> = s.split(':').collect();
    let (src, dst, mode) = match parts.as_slice() {
        [d] => (None, *d, ""),
        [src, d] => (Some(*src), *d, ""),
        [src, d, m] => (Some(*src), *d, *m),
        _ => bail!("invalid volume {s:?}: expected [SOURCE:]TARGET[:MODE]"),
    };
    if dst.is_empty() || src == Some("") {
        bail!("invalid volume {s:?}: empty source or target");
    }
    let opts: Vec<&str> = mode.split(',').filter(|o| !o.is_empty()).collect();
    for o in &opts {
        if !matches!(*o, "ro" | "rw" | "z" | "Z" | "nocopy" | "U" | "O" | "shared" | "slave" | "private" | "rshared" | "rslave" | "rprivate" | "cached" | "delegated" | "consistent") {
            bail!("invalid volume {s:?}: unknown mode {o:?}");
        }
    }
    let mut m = Mapping::new();
    let is_bind = src.is_some_and(|p| p.starts_with('.') || p.starts_with('/') || p.starts_with('~'));
    m.insert("type".into(), if is_bind { "bind" } else { "volume" }.into());
    if let Some(src) = src {
        m.insert("source".into(), src.into());
    }
    m.insert("target".into(), dst.into());
    if opts.contains(&"ro") {
        m.insert("read_only".into(), true.into());
    }
    if is_bind {
        let mut b = Mapping::new();
        b.insert("create_host_path".into(), true.into());
        m.insert("bind".into(), Value::Mapping(b));
    } else if opts.contains(&"nocopy") {
        let mut b = Mapping::new();
        b.insert("nocopy".into(), true.into());
        m.insert("volume".into(), Value::Mapping(b));
    }
    Ok(Value::Mapping(m))
}

// ---- merging ----

/// Merges `over` into `base` with the compose spec's rules: mappings merge
/// key by key; `command`, `entrypoint` and `healthcheck.test` are replaced;
/// a service's `volumes` merge by target; other sequences append what is
/// not already there; `!reset` removes a key and `!override` replaces it.
pub fn merge_mapping(base: &mut Mapping, over: Mapping, path: &str) {
    for (k, v) in over {
        let key = key_str(&k);
        let child = if path.is_empty() { key.clone() } else { format!("{path}.{key}") };
        if let Value::Tagged(t) = &v {
            let tag = t.tag.to_string();
            if tag == "!reset" {
                base.remove(&k);
                continue;
            }
            if tag == "!override" {
                base.insert(k, strip_tags(t.value.clone()));
                continue;
            }
        }
        // Only this level's tag goes: deeper ones are for the recursion.
        let v = match v {
            Value::Tagged(t) => t.value,
            v => v,
        };
        match (base.get_mut(&k), v) {
            (Some(Value::Mapping(b)), Value::Mapping(o)) => merge_mapping(b, o, &child),
            (Some(Value::Sequence(b)), Value::Sequence(o)) => merge_sequence(b, o.into_iter().map(strip_tags).collect(), &child),
            (_, v) => {
                base.insert(k, strip_tags(v));
            }
        }
    }
}

fn merge_sequence(base: &mut Vec<Value>, over: Vec<Value>, path: &str) {
    let parts: Vec<&str> = path.split('.').collect();
    let in_service = parts.len() >= 3 && parts[0] == "services";
    let last = *parts.last().unwrap_or(&"");
    if in_service && (matches!(last, "command" | "entrypoint") || path.ends_with("healthcheck.test")) {
        *base = over;
        return;
    }
    if in_service && parts.len() == 3 && last == "volumes" {
        for v in over {
            let target = v.get("target").cloned();
            match base.iter_mut().find(|b| target.is_some() && b.get("target") == target.as_ref()) {
                Some(slot) => *slot = v,
                None => base.push(v),
            }
        }
        return;
    }
    for v in over {
        if !base.contains(&v) {
            base.push(v);
        }
    }
}

fn strip_tags(v: Value) -> Value {
    match v {
        Value::Tagged(t) => strip_tags(t.value),
        Value::Sequence(s) => Value::Sequence(s.into_iter().map(strip_tags).collect()),
        Value::Mapping(m) => Value::Mapping(m.into_iter().map(|(k, v)| (k, strip_tags(v))).collect()),
        other => other,
    }
}

// ---- project names and paths ----

/// docker compose's rule for explicit names (`-p`, `name:`, the variable).
pub fn check_project_name(n: &str) -> Result<()> {
    let ok = n.chars().next().is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        && n.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
    if !ok {
        bail!("invalid project name {n:?}: must consist only of lowercase alphanumeric characters, hyphens, and underscores as well as start with a letter or number");
    }
    Ok(())
}

/// A directory name made into a project name: lower case, only
/// `[a-z0-9_-]`, starting with a letter or digit.
pub fn normalize_project_name(s: &str) -> String {
    let lowered: String = s.to_lowercase().chars().filter(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-' || *c == '_').collect();
    lowered.trim_start_matches(['-', '_']).to_string()
}

/// `.` and `..` resolved lexically (the path need not exist).
pub fn normalize(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other.as_os_str()),
        }
    }
    out
}

/// A relative path (or `~/...`) made absolute against the project.
fn resolve_path(p: &str, dir: &Path, vars: &BTreeMap<String, String>) -> String {
    if let Some(rest) = p.strip_prefix("~/").or_else(|| (p == "~").then_some("")) {
        if let Some(home) = vars.get("HOME") {
            return normalize(&Path::new(home).join(rest)).to_string_lossy().to_string();
        }
    }
    normalize(&dir.join(p)).to_string_lossy().to_string()
}

/// Splits a command string into words as a POSIX shell would (quotes and
/// backslashes; no expansion), as docker compose does for `command: STRING`.
pub fn split_command(s: &str) -> Result<Vec<String>> {
    let mut words = Vec::new();
    let mut cur = String::new();
    let mut in_word = false;
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        match c {
            '\'' => {
                in_word = true;
                loop {
                    match chars.next() {
                        Some('\'') => break,
                        Some(c) => cur.push(c),
                        None => bail!("unterminated single quote in {s:?}"),
                    }
                }
            }
            '"' => {
                in_word = true;
                loop {
                    match chars.next() {
                        Some('"') => break,
                        Some('\\') => match chars.next() {
                            Some(c @ ('"' | '\\' | '$' | '`')) => cur.push(c),
                            Some(c) => {
                                cur.push('\\');
                                cur.push(c);
                            }
                            None => bail!("unterminated double quote in {s:?}"),
                        },
                        Some(c) => cur.push(c),
                        None => bail!("unterminated double quote in {s:?}"),
                    }
                }
            }
            '\\' => {
                in_word = true;
                if let Some(c) = chars.next() {
                    cur.push(c);
                }
            }
            c if c.is_whitespace() => {
                if in_word {
                    words.push(std::mem::take(&mut cur));
                    in_word = false;
                }
            }
            c => {
                in_word = true;
                cur.push(c);
            }
        }
    }
    if in_word {
        words.push(cur);
    }
    Ok(words)
}

// ---- conversion to the typed model ----

struct Conv<'a> {
    dir: &'a Path,
    vars: &'a BTreeMap<String, String>,
    warnings: Vec<String>,
}

const TOP_KEYS: [&str; 5] = ["name", "services", "networks", "volumes", "version"];

fn convert(project: &mut Project, doc: &Mapping, vars: &BTreeMap<String, String>) -> Result<()> {
    let dir = project.working_dir.clone();
    let mut c = Conv { dir: &dir, vars, warnings: Vec::new() };
    for (k, _) in doc {
        let key = key_str(k);
        if !TOP_KEYS.contains(&key.as_str()) && !key.starts_with("x-") {
            c.warnings.push(format!("top-level key {key:?} is not supported by dhow and is ignored"));
        }
    }
    let pname = project.name.clone();
    if let Some(Value::Mapping(nets)) = doc.get("networks") {
        for (k, v) in nets {
            let key = key_str(k);
            project.networks.insert(key.clone(), c.network(&pname, &key, v)?);
        }
    }
    if let Some(Value::Mapping(vols)) = doc.get("volumes") {
        for (k, v) in vols {
            let key = key_str(k);
            project.volumes.insert(key.clone(), c.volume(&pname, &key, v)?);
        }
    }
    match doc.get("services") {
        Some(Value::Mapping(svcs)) => {
            for (k, v) in svcs {
                let name = key_str(k);
                check_service_name(&name)?;
                project.services.insert(name.clone(), c.service(&name, v)?);
            }
        }
        Some(Value::Null) | None => {}
        Some(_) => bail!("services must be a mapping"),
    }
    project.warnings.extend(c.warnings);
    Ok(())
}

fn check_service_name(n: &str) -> Result<()> {
    if n.is_empty() || !n.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-')) || !n.starts_with(|c: char| c.is_ascii_alphanumeric()) {
        bail!("invalid service name {n:?}: use letters, digits, '_', '.' and '-', starting with a letter or digit");
    }
    Ok(())
}

fn str_of(v: &Value, path: &str) -> Result<String> {
    scalar_string(v).ok_or_else(|| anyhow!("{path} must be a string"))
}

fn opt_str(m: &Mapping, key: &str, path: &str) -> Result<Option<String>> {
    match m.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(v) => str_of(v, &format!("{path}.{key}")).map(Some),
    }
}

fn bool_of(v: &Value, path: &str) -> Result<bool> {
    match v {
        Value::Bool(b) => Ok(*b),
        Value::String(s) if s == "true" || s == "false" => Ok(s == "true"),
        Value::Null => Ok(false),
        _ => bail!("{path} must be a boolean"),
    }
}

fn str_list(v: &Value, path: &str) -> Result<Vec<String>> {
    match v {
        Value::Sequence(s) => s.iter().enumerate().map(|(i, x)| str_of(x, &format!("{path}[{i}]"))).collect(),
        Value::Null => Ok(vec![]),
        other => Ok(vec![str_of(other, path)?]),
    }
}

fn str_map(v: &Value, path: &str) -> Result<BTreeMap<String, Option<String>>> {
    let mut out = BTreeMap::new();
    match v {
        Value::Mapping(m) => {
            for (k, x) in m {
                let key = key_str(k);
                let val = match x {
                    Value::Null => None,
                    other => Some(str_of(other, &format!("{path}.{key}"))?),
                };
                out.insert(key, val);
            }
        }
        Value::Null => {}
        _ => bail!("{path} must be a mapping or a list of KEY=VALUE"),
    }
    Ok(out)
}

fn labels_of(v: &Value, path: &str) -> Result<BTreeMap<String, String>> {
    Ok(str_map(v, path)?.into_iter().map(|(k, v)| (k, v.unwrap_or_default())).collect())
}

fn mapping<'v>(v: &'v Value, path: &str) -> Result<Option<&'v Mapping>> {
    match v {
        Value::Mapping(m) => Ok(Some(m)),
        Value::Null => Ok(None),
        _ => bail!("{path} must be a mapping"),
    }
}

fn command_of(v: &Value, path: &str) -> Result<Option<Vec<String>>> {
    match v {
        Value::Null => Ok(None),
        Value::String(s) => Ok(Some(split_command(s).map_err(|e| anyhow!("{path}: {e}"))?)),
        Value::Sequence(_) => Ok(Some(str_list(v, path)?)),
        _ => bail!("{path} must be a string or a list of strings"),
    }
}

impl Conv<'_> {
    fn network(&mut self, project: &str, key: &str, v: &Value) -> Result<Network> {
        let path = format!("networks.{key}");
        let mut n = Network::default();
        if let Some(m) = mapping(v, &path)? {
            for (k, x) in m {
                let k = key_str(k);
                let p = format!("{path}.{k}");
                match k.as_str() {
                    "name" => n.name = str_of(x, &p)?,
                    "driver" => n.driver = Some(str_of(x, &p)?),
                    "external" => n.external = bool_of(x, &p)?,
                    "internal" => n.internal = bool_of(x, &p)?,
                    "labels" => n.labels = labels_of(x, &p)?,
                    "ipam" => {
                        if let Some(cfg) = mapping(x, &p)?.and_then(|m| m.get("config")).and_then(Value::as_sequence).and_then(|s| s.first()) {
                            if let Some(m) = mapping(cfg, &p)? {
                                n.subnet = opt_str(m, "subnet", &p)?;
                                n.gateway = opt_str(m, "gateway", &p)?;
                            }
                        }
                    }
                    k if k.starts_with("x-") => {}
                    _ => self.warnings.push(format!("{path}: key {k:?} is not supported by dhow and is ignored")),
                }
            }
        }
        if let Some(d) = &n.driver {
            if d != "bridge" {
                bail!("{path}.driver: unsupported network driver {d:?}: dhow supports only bridge");
            }
        }
        if n.name.is_empty() {
            n.name = if n.external { key.to_string() } else { format!("{project}_{key}") };
        }
        Ok(n)
    }

    fn volume(&mut self, project: &str, key: &str, v: &Value) -> Result<Volume> {
        let path = format!("volumes.{key}");
        let mut vol = Volume::default();
        if let Some(m) = mapping(v, &path)? {
            for (k, x) in m {
                let k = key_str(k);
                let p = format!("{path}.{k}");
                match k.as_str() {
                    "name" => vol.name = str_of(x, &p)?,
                    "driver" => vol.driver = Some(str_of(x, &p)?),
                    "external" => vol.external = bool_of(x, &p)?,
                    "labels" => vol.labels = labels_of(x, &p)?,
                    k if k.starts_with("x-") => {}
                    _ => self.warnings.push(format!("{path}: key {k:?} is not supported by dhow and is ignored")),
                }
            }
        }
        if let Some(d) = &vol.driver {
            if d != "local" {
                bail!("{path}.driver: unsupported volume driver {d:?}: dhow supports only local");
            }
        }
        if vol.name.is_empty() {
            vol.name = if vol.external { key.to_string() } else { format!("{project}_{key}") };
        }
        Ok(vol)
    }

    fn service(&mut self, name: &str, v: &Value) -> Result<Service> {
        let path = format!("services.{name}");
        let m = mapping(v, &path)?.cloned().unwrap_or_default();
        let mut s = Service { name: name.to_string(), scale: 1, ..Default::default() };
        let mut env_files: Vec<String> = Vec::new();
        let mut environment = BTreeMap::new();
        for (k, x) in &m {
            let key = key_str(k);
            let p = format!("{path}.{key}");
            match key.as_str() {
                "image" => s.image = Some(str_of(x, &p)?),
                "build" => s.build = Some(self.build(x, &p)?),
                "command" => s.command = command_of(x, &p)?,
                "entrypoint" => s.entrypoint = command_of(x, &p)?,
                "environment" => environment = str_map(x, &p)?,
                "env_file" => env_files.extend(str_list_or_paths(x, &p, self.dir)?),
                "ports" => {
                    for (i, item) in x.as_sequence().ok_or_else(|| anyhow!("{p} must be a list"))?.iter().enumerate() {
                        s.ports.push(port_long(item, &format!("{p}[{i}]"))?);
                    }
                }
                "expose" => s.expose = str_list(x, &p)?,
                "volumes" => {
                    for (i, item) in x.as_sequence().ok_or_else(|| anyhow!("{p} must be a list"))?.iter().enumerate() {
                        s.volumes.push(self.service_volume(item, &format!("{p}[{i}]"))?);
                    }
                }
                "tmpfs" => s.tmpfs = str_list(x, &p)?,
                "depends_on" => {
                    if let Some(deps) = mapping(x, &p)? {
                        for (d, dv) in deps {
                            let dname = key_str(d);
                            s.depends_on.insert(dname.clone(), dependency(dv, &format!("{p}.{dname}"))?);
                        }
                    }
                }
                "restart" => {
                    let r = str_of(x, &p)?;
                    let base = r.split(':').next().unwrap_or_default();
                    if !matches!(base, "no" | "always" | "on-failure" | "unless-stopped") {
                        bail!("{p}: invalid restart policy {r:?}: use no, always, on-failure[:N] or unless-stopped");
                    }
                    s.restart = Some(r);
                }
                "networks" => {
                    if let Some(nets) = mapping(x, &p)? {
                        for (n, nv) in nets {
                            let nname = key_str(n);
                            let np = format!("{p}.{nname}");
                            let sn = match mapping(nv, &np)? {
                                None => None,
                                Some(nm) => Some(ServiceNetwork {
                                    aliases: nm.get("aliases").map(|a| str_list(a, &format!("{np}.aliases"))).transpose()?.unwrap_or_default(),
                                    ipv4_address: opt_str(nm, "ipv4_address", &np)?,
                                }),
                            };
                            s.networks.insert(nname, sn);
                        }
                    }
                }
                "network_mode" => s.network_mode = Some(str_of(x, &p)?),
                "container_name" => s.container_name = Some(str_of(x, &p)?),
                "hostname" => s.hostname = Some(str_of(x, &p)?),
                "working_dir" => s.working_dir = Some(str_of(x, &p)?),
                "user" => s.user = Some(str_of(x, &p)?),
                "labels" => s.labels = labels_of(x, &p)?,
                "healthcheck" => s.healthcheck = Some(healthcheck(x, &p)?),
                "profiles" => s.profiles = str_list(x, &p)?,
                "scale" => s.scale = u32_of(x, &p)?,
                "deploy" => {
                    if let Some(dm) = mapping(x, &p)? {
                        for (dk, dv) in dm {
                            let dk = key_str(dk);
                            if dk == "replicas" {
                                s.scale = u32_of(dv, &format!("{p}.replicas"))?;
                            } else if !dk.starts_with("x-") {
                                self.warnings.push(format!("{p}: key {dk:?} is not supported by dhow and is ignored"));
                            }
                        }
                    }
                }
                "cap_add" => s.cap_add = str_list(x, &p)?,
                "cap_drop" => s.cap_drop = str_list(x, &p)?,
                "dns" => s.dns = str_list(x, &p)?,
                "extra_hosts" => s.extra_hosts = str_list(x, &p)?,
                "security_opt" => s.security_opt = str_list(x, &p)?,
                "init" => s.init = bool_of(x, &p)?,
                "privileged" => s.privileged = bool_of(x, &p)?,
                "read_only" => s.read_only = bool_of(x, &p)?,
                "tty" => s.tty = bool_of(x, &p)?,
                "stdin_open" => s.stdin_open = bool_of(x, &p)?,
                "stop_signal" => s.stop_signal = Some(str_of(x, &p)?),
                "stop_grace_period" => s.stop_grace_period = Some(str_of(x, &p)?),
                "pull_policy" => {
                    let pp = str_of(x, &p)?;
                    if !matches!(pp.as_str(), "always" | "never" | "missing" | "if_not_present" | "build") {
                        bail!("{p}: invalid pull policy {pp:?}: use always, never, missing or build");
                    }
                    s.pull_policy = Some(pp);
                }
                k if k.starts_with("x-") => {}
                _ => self.warnings.push(format!("{path}: key {key:?} is not supported by dhow and is ignored")),
            }
        }
        // env_file first, environment over it; `KEY` alone takes the
        // variable from the environment compose runs in.
        let mut env: BTreeMap<String, Option<String>> = BTreeMap::new();
        for f in &env_files {
            let fp = resolve_path(f, self.dir, self.vars);
            let text = std::fs::read_to_string(&fp).with_context(|| format!("{path}.env_file: reading {fp}"))?;
            for (k, v) in parse_env_file(&text, &BTreeMap::new()).map_err(|e| anyhow!("{path}.env_file {fp}: {e}"))? {
                env.insert(k, Some(v));
            }
        }
        for (k, v) in environment {
            let v = v.or_else(|| self.vars.get(&k).cloned());
            env.insert(k, v);
        }
        s.environment = env;
        if s.image.is_none() && s.build.is_none() {
            bail!("service {name:?} has neither an image nor a build context specified: invalid compose project");
        }
        Ok(s)
    }

    fn build(&mut self, v: &Value, path: &str) -> Result<Build> {
        let m = mapping(v, path)?.cloned().unwrap_or_default();
        let mut b = Build::default();
        let mut context = ".".to_string();
        for (k, x) in &m {
            let key = key_str(k);
            let p = format!("{path}.{key}");
            match key.as_str() {
                "context" => context = str_of(x, &p)?,
                "dockerfile" => b.dockerfile = Some(str_of(x, &p)?),
                "args" => b.args = str_map(x, &p)?,
                "target" => b.target = Some(str_of(x, &p)?),
                "labels" => b.labels = labels_of(x, &p)?,
                k if k.starts_with("x-") => {}
                _ => self.warnings.push(format!("{path}: key {key:?} is not supported by dhow and is ignored")),
            }
        }
        if context.contains("://") || context.starts_with("git@") {
            bail!("{path}.context: remote build contexts ({context}) are not supported: clone it and give the directory");
        }
        b.context = resolve_path(&context, self.dir, self.vars);
        Ok(b)
    }

    fn service_volume(&mut self, v: &Value, path: &str) -> Result<ServiceVolume> {
        let m = mapping(v, path)?.ok_or_else(|| anyhow!("{path}: empty volume"))?;
        let kind = match opt_str(m, "type", path)?.as_deref() {
            Some("bind") => MountType::Bind,
            Some("volume") | None => MountType::Volume,
            Some("tmpfs") => MountType::Tmpfs,
            Some(t) => bail!("{path}.type: unsupported mount type {t:?}: use bind, volume or tmpfs"),
        };
        let target = opt_str(m, "target", path)?.ok_or_else(|| anyhow!("{path}: target is required"))?;
        if !target.starts_with('/') {
            bail!("{path}: the target {target:?} must be an absolute path");
        }
        let mut source = opt_str(m, "source", path)?.filter(|s| !s.is_empty());
        if kind == MountType::Bind {
            let src = source.ok_or_else(|| anyhow!("{path}: a bind mount needs a source"))?;
            source = Some(resolve_path(&src, self.dir, self.vars));
        }
        let read_only = m.get("read_only").map(|x| bool_of(x, &format!("{path}.read_only"))).transpose()?.unwrap_or(false);
        let bind = match (kind, m.get("bind").map(|b| mapping(b, path)).transpose()?.flatten()) {
            (MountType::Bind, Some(b)) => Some(BindOptions { create_host_path: b.get("create_host_path").map(|x| bool_of(x, path)).transpose()?.unwrap_or(false) }),
            (MountType::Bind, None) => Some(BindOptions { create_host_path: false }),
            _ => None,
        };
        let volume = match m.get("volume").map(|b| mapping(b, path)).transpose()?.flatten() {
            Some(vm) => Some(VolumeOptions { nocopy: vm.get("nocopy").map(|x| bool_of(x, path)).transpose()?.unwrap_or(false) }),
            None => None,
        };
        Ok(ServiceVolume { kind, source, target, read_only, bind, volume })
    }
}

fn str_list_or_paths(v: &Value, path: &str, dir: &Path) -> Result<Vec<String>> {
    match v {
        Value::Sequence(s) => {
            let mut out = Vec::new();
            for (i, x) in s.iter().enumerate() {
                match x {
                    Value::Mapping(m) => {
                        let required = m.get("required").map(|r| bool_of(r, path)).transpose()?.unwrap_or(true);
                        let p = opt_str(m, "path", path)?.ok_or_else(|| anyhow!("{path}[{i}]: path is required"))?;
                        if required || dir.join(&p).exists() {
                            out.push(p);
                        }
                    }
                    other => out.push(str_of(other, &format!("{path}[{i}]"))?),
                }
            }
            Ok(out)
        }
        other => str_list(other, path),
    }
}

fn u32_of(v: &Value, path: &str) -> Result<u32> {
    match v {
        Value::Number(n) => n.as_u64().and_then(|n| u32::try_from(n).ok()).ok_or_else(|| anyhow!("{path} must be a non-negative integer")),
        Value::String(s) => s.parse().map_err(|_| anyhow!("{path} must be a non-negative integer")),
        _ => bail!("{path} must be a non-negative integer"),
    }
}

fn port_long(v: &Value, path: &str) -> Result<Port> {
    let m = mapping(v, path)?.ok_or_else(|| anyhow!("{path}: empty port"))?;
    let target = m.get("target").ok_or_else(|| anyhow!("{path}: target is required"))?;
    let target: u16 = scalar_string(target).and_then(|t| t.parse().ok()).filter(|t| *t > 0).ok_or_else(|| anyhow!("{path}.target must be a port number"))?;
    let protocol = opt_str(m, "protocol", path)?.unwrap_or_else(|| "tcp".into());
    if !matches!(protocol.as_str(), "tcp" | "udp" | "sctp") {
        bail!("{path}.protocol: invalid protocol {protocol:?}");
    }
    Ok(Port {
        mode: opt_str(m, "mode", path)?.unwrap_or_else(|| "ingress".into()),
        host_ip: opt_str(m, "host_ip", path)?,
        target,
        published: opt_str(m, "published", path)?,
        protocol,
    })
}

fn dependency(v: &Value, path: &str) -> Result<Dependency> {
    let mut d = Dependency { condition: Condition::ServiceStarted, required: true, restart: false };
    if let Some(m) = mapping(v, path)? {
        if let Some(c) = opt_str(m, "condition", path)? {
            d.condition = match c.as_str() {
                "service_started" => Condition::ServiceStarted,
                "service_healthy" => Condition::ServiceHealthy,
                "service_completed_successfully" => Condition::ServiceCompletedSuccessfully,
                _ => bail!("{path}.condition: invalid condition {c:?}: use service_started, service_healthy or service_completed_successfully"),
            };
        }
        if let Some(r) = m.get("required") {
            d.required = bool_of(r, &format!("{path}.required"))?;
        }
        if let Some(r) = m.get("restart") {
            d.restart = bool_of(r, &format!("{path}.restart"))?;
        }
    }
    Ok(d)
}

fn healthcheck(v: &Value, path: &str) -> Result<Healthcheck> {
    let m = mapping(v, path)?.cloned().unwrap_or_default();
    let mut h = Healthcheck::default();
    for (k, x) in &m {
        let key = key_str(k);
        let p = format!("{path}.{key}");
        match key.as_str() {
            "test" => {
                h.test = Some(match x {
                    Value::String(s) => vec!["CMD-SHELL".to_string(), s.clone()],
                    _ => str_list(x, &p)?,
                })
            }
            "interval" | "timeout" | "start_period" | "start_interval" => {
                let d = str_of(x, &p)?;
                crate::util::duration::parse(&d).map_err(|e| anyhow!("{p}: {e}"))?;
                match key.as_str() {
                    "interval" => h.interval = Some(d),
                    "timeout" => h.timeout = Some(d),
                    "start_period" => h.start_period = Some(d),
                    _ => h.start_interval = Some(d),
                }
            }
            "retries" => h.retries = Some(u32_of(x, &p)? as u64),
            "disable" => h.disable = bool_of(x, &p)?,
            _ => bail!("{path}: unknown key {key:?}"),
        }
    }
    Ok(h)
}

/// Services whose profiles are not active move to `disabled`, unless named
/// on the command line or needed by an enabled service.
fn apply_profiles(p: &mut Project, profiles: &[String], named: &[String]) -> Result<()> {
    let all = profiles.iter().any(|x| x == "*");
    let mut enabled: BTreeSet<String> = p
        .services
        .values()
        .filter(|s| s.profiles.is_empty() || all || s.profiles.iter().any(|x| profiles.contains(x)) || named.contains(&s.name))
        .map(|s| s.name.clone())
        .collect();
    // Dependencies of enabled services are enabled too.
    let mut queue: Vec<String> = enabled.iter().cloned().collect();
    while let Some(n) = queue.pop() {
        if let Some(s) = p.services.get(&n) {
            for d in s.depends_on.keys() {
                if p.services.contains_key(d) && enabled.insert(d.clone()) {
                    queue.push(d.clone());
                }
            }
        }
    }
    let names: Vec<String> = p.services.keys().cloned().collect();
    for n in names {
        if !enabled.contains(&n) {
            if let Some(s) = p.services.remove(&n) {
                p.disabled.insert(n, s);
            }
        }
    }
    for n in named {
        if !p.services.contains_key(n) {
            bail!("no such service: {n}");
        }
    }
    Ok(())
}

/// References between services, networks and volumes.
fn validate(p: &mut Project) -> Result<()> {
    let mut uses_default = false;
    let names: Vec<String> = p.services.keys().cloned().collect();
    for n in &names {
        let s = p.services.get_mut(n).expect("listed");
        let mut dropped = Vec::new();
        for (d, dep) in &s.depends_on {
            if d == n {
                bail!("service {n:?} depends on itself");
            }
            if !names.contains(d) {
                if dep.required {
                    bail!("service {n:?} depends on undefined service {d:?}: invalid compose project");
                }
                dropped.push(d.clone());
            }
        }
        for d in dropped {
            s.depends_on.remove(&d);
            p.warnings.push(format!("service {n:?}: optional dependency {d:?} is not enabled, ignored"));
        }
        if s.network_mode.is_some() && !s.networks.is_empty() {
            bail!("service {n:?} declares both network_mode and networks: they are mutually exclusive");
        }
        if let Some(mode) = s.network_mode.clone() {
            if let Some(other) = mode.strip_prefix("service:") {
                if !names.iter().any(|x| x == other) {
                    bail!("service {n:?}: network_mode {mode:?} refers to undefined service {other:?}");
                }
                // It joins that service's container: an implicit dependency.
                s.depends_on.entry(other.to_string()).or_insert(Dependency { condition: Condition::ServiceStarted, required: true, restart: false });
            }
        } else if s.networks.is_empty() {
            uses_default = true;
        }
        for net in s.networks.keys() {
            if net == "default" {
                uses_default = true;
            } else if !p.networks.contains_key(net) {
                bail!("service {n:?} refers to undefined network {net}: invalid compose project");
            }
        }
        for v in &s.volumes {
            if v.kind == MountType::Volume {
                if let Some(src) = &v.source {
                    if !p.volumes.contains_key(src) {
                        bail!("service {n:?} refers to undefined volume {src}: invalid compose project");
                    }
                }
            }
        }
        if s.scale > 1 && s.container_name.is_some() {
            bail!("service {n:?}: container_name {:?} cannot be used with more than one replica (scale {})", s.container_name.as_deref().unwrap_or_default(), s.scale);
        }
    }
    if uses_default && !p.networks.contains_key("default") {
        let name = format!("{}_default", p.name);
        p.networks.insert("default".into(), Network { name, ..Default::default() });
    }
    // Services on the default network list it, as `compose config` does.
    for s in p.services.values_mut() {
        if s.network_mode.is_none() && s.networks.is_empty() {
            s.networks.insert("default".into(), None);
        }
    }
    Ok(())
}
