//! Loading a project: find the files, read `.env`, interpolate and
//! normalise each file (`normalise`), resolve `include` and `extends`, merge
//! the files with the compose spec's rules, pick the project name, then
//! convert to the typed [`Project`] with validation (`convert`).
//!
//! Pure apart from reading the files: the environment is passed in, so
//! every rule is a unit test.

use super::convert::{apply_profiles, convert, opt_str, str_list, str_of, validate};
use super::interpolate::parse_env_file;
use super::model::*;
pub use super::normalise::{merge_mapping, parse_port, short_volume};
use super::normalise::{interpolate_value, key_str, normalise_service, untagged_mut, untagged_value};
use anyhow::{anyhow, bail, Context, Result};
use serde_yaml_ng::{Mapping, Value};
use std::collections::BTreeMap;
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
    super::schema::check(&doc).map_err(|e| anyhow!("validating {}: {e}", file.display()))?;
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
pub(super) fn resolve_path(p: &str, dir: &Path, vars: &BTreeMap<String, String>) -> String {
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

