//! Dockerfile metadata instructions (ENV, LABEL, CMD, ENTRYPOINT, EXPOSE,
//! USER, WORKDIR, VOLUME, STOPSIGNAL, SHELL, HEALTHCHECK, ONBUILD,
//! MAINTAINER): the one place that reads their arguments and applies them to
//! an image configuration. The builder and `commit -c` / `import -c` both
//! come here, so a `--change` line means exactly what the same line means in
//! a Dockerfile (EXPOSE ranges, WORKDIR joining, ENV forms, ...).

use super::context;
use super::parser::{self, Args, Instruction};
use super::vars::{self, Lookup};
use crate::image::config::{ContainerConfig, ImageConfig};
use anyhow::{anyhow, bail, Result};
use serde_json::{json, Value};

/// A metadata instruction after variable substitution, ready to apply.
#[derive(Debug, Clone, PartialEq)]
pub enum Meta {
    Env(Vec<(String, String)>),
    Labels(Vec<(String, String)>),
    Cmd(Vec<String>),
    Entrypoint(Vec<String>),
    /// `PORT/proto` keys, ranges expanded.
    Expose(Vec<String>),
    User(String),
    /// An absolute, cleaned path.
    Workdir(String),
    Volume(Vec<String>),
    StopSignal(String),
    Shell(Vec<String>),
    /// docker's `Healthcheck` object (`Test`, durations in nanoseconds, `Retries`).
    Healthcheck(Value),
    OnBuild(String),
    Maintainer(String),
}

/// What a metadata instruction needs to read its arguments: the variables
/// in scope and the Dockerfile's escape character.
pub struct Scope<'a> {
    pub lookup: &'a dyn Lookup,
    pub escape: char,
}

/// Whether `keyword` (upper case) is a metadata instruction handled here.
pub fn is_meta(keyword: &str) -> bool {
    matches!(
        keyword,
        "ENV" | "LABEL" | "CMD" | "ENTRYPOINT" | "EXPOSE" | "USER" | "WORKDIR" | "VOLUME" | "STOPSIGNAL" | "SHELL" | "HEALTHCHECK" | "ONBUILD" | "MAINTAINER"
    )
}

/// Reads a metadata instruction; returns its canonical text (the build
/// cache key and history entry) and what it does. `config` is the image the
/// instruction applies to (SHELL and WORKDIR depend on it). Errors carry no
/// location: the caller adds the file and line.
pub fn prepare(ins: &Instruction, scope: &Scope, config: &ImageConfig) -> Result<(String, Meta)> {
    let kw = ins.keyword.as_str();
    Ok(match kw {
        "ENV" | "LABEL" => {
            let p = pairs(ins, scope, kw == "ENV")?;
            let desc = format!("{kw} {}", p.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join(" "));
            (desc, if kw == "ENV" { Meta::Env(p) } else { Meta::Labels(p) })
        }
        "CMD" | "ENTRYPOINT" => {
            let argv = match &ins.args {
                Args::Exec(v) => v.clone(),
                Args::Shell(s) if s.is_empty() => vec![],
                Args::Shell(s) => {
                    let mut a = shell_of(&config.config);
                    a.push(s.clone());
                    a
                }
            };
            let desc = format!("{kw} {}", serde_json::to_string(&argv)?);
            (desc, if kw == "CMD" { Meta::Cmd(argv) } else { Meta::Entrypoint(argv) })
        }
        "EXPOSE" => {
            let mut ports = Vec::new();
            for w in words(ins, scope)? {
                ports.extend(expose_ports(&w)?);
            }
            (format!("EXPOSE {}", ports.join(" ")), Meta::Expose(ports))
        }
        "USER" => {
            let u = word(ins, scope)?;
            (format!("USER {u}"), Meta::User(u))
        }
        "WORKDIR" => {
            let w = word(ins, scope)?;
            let base = config.config.working_dir.clone().unwrap_or_else(|| "/".into());
            let joined = if w.starts_with('/') { w } else { format!("{}/{w}", base.trim_end_matches('/')) };
            let clean = format!("/{}", context::clean(&joined));
            (format!("WORKDIR {clean}"), Meta::Workdir(clean))
        }
        "VOLUME" => {
            let v = words(ins, scope)?;
            if v.iter().any(|x| x.is_empty()) {
                bail!("VOLUME specified can not be an empty string");
            }
            (format!("VOLUME {}", serde_json::to_string(&v)?), Meta::Volume(v))
        }
        "STOPSIGNAL" => {
            let s = word(ins, scope)?;
            crate::util::signal::parse(&s)?;
            (format!("STOPSIGNAL {s}"), Meta::StopSignal(s))
        }
        "SHELL" => {
            let Args::Exec(v) = &ins.args else { bail!("SHELL requires the JSON form") };
            if v.is_empty() {
                bail!("SHELL requires at least one argument");
            }
            (format!("SHELL {}", serde_json::to_string(v)?), Meta::Shell(v.clone()))
        }
        "MAINTAINER" => {
            let m = word(ins, scope)?;
            (format!("MAINTAINER {m}"), Meta::Maintainer(m))
        }
        "ONBUILD" => {
            let t = ins.raw_args();
            let first = t.split_whitespace().next().unwrap_or("").to_ascii_uppercase();
            if matches!(first.as_str(), "ONBUILD" | "FROM" | "MAINTAINER") {
                bail!("{first} isn't allowed as an ONBUILD trigger");
            }
            if !parser::KEYWORDS.contains(&first.as_str()) {
                bail!("unknown instruction in trigger: {first}");
            }
            (format!("ONBUILD {t}"), Meta::OnBuild(t))
        }
        "HEALTHCHECK" => {
            let v = healthcheck(ins)?;
            (format!("HEALTHCHECK {v}"), Meta::Healthcheck(v))
        }
        other => bail!("{other} is not a metadata instruction"),
    })
}

/// Applies `meta` to `image`. `cmd_set` says whether CMD was set earlier in
/// the same stage (or change list): docker's ENTRYPOINT drops an inherited
/// CMD but keeps one set alongside it.
pub fn apply(image: &mut ImageConfig, meta: Meta, cmd_set: &mut bool) {
    let c = &mut image.config;
    match meta {
        Meta::Env(p) => {
            let env = c.env.get_or_insert_with(Vec::new);
            for (k, v) in p {
                env.retain(|e| e.split('=').next() != Some(k.as_str()));
                env.push(format!("{k}={v}"));
            }
        }
        Meta::Labels(p) => c.labels.get_or_insert_with(Default::default).extend(p),
        Meta::Cmd(v) => {
            c.cmd = Some(v);
            *cmd_set = true;
        }
        Meta::Entrypoint(v) => {
            c.entrypoint = if v.is_empty() { None } else { Some(v) };
            if !*cmd_set {
                c.cmd = None;
            }
        }
        Meta::Expose(ports) => {
            let e = c.exposed_ports.get_or_insert_with(Default::default);
            for p in ports {
                e.insert(p, json!({}));
            }
        }
        Meta::User(u) => c.user = Some(u),
        Meta::Workdir(w) => c.working_dir = Some(w),
        Meta::Volume(v) => {
            let vols = c.volumes.get_or_insert_with(Default::default);
            for p in v {
                vols.insert(p, json!({}));
            }
        }
        Meta::StopSignal(s) => c.stop_signal = Some(s),
        Meta::Shell(v) => {
            c.extra.insert("Shell".into(), json!(v));
        }
        Meta::Healthcheck(v) => {
            c.extra.insert("Healthcheck".into(), v);
        }
        Meta::OnBuild(t) => {
            let list = c.extra.entry("OnBuild").or_insert_with(|| Value::Array(vec![]));
            match list {
                Value::Array(a) => a.push(json!(t)),
                other => *other = json!([t]),
            }
        }
        Meta::Maintainer(m) => image.author = Some(m),
    }
}

/// The shell that runs shell-form commands: the image's SHELL, else `/bin/sh -c`.
pub fn shell_of(config: &ContainerConfig) -> Vec<String> {
    config
        .extra
        .get("Shell")
        .and_then(|v| serde_json::from_value::<Vec<String>>(v.clone()).ok())
        .filter(|v| !v.is_empty())
        .unwrap_or_else(|| vec!["/bin/sh".into(), "-c".into()])
}

/// `80`, `53/udp`, `8000-8002/tcp` → one `PORT/proto` key per port, as docker stores them.
fn expose_ports(w: &str) -> Result<Vec<String>> {
    let (p, proto) = w.split_once('/').unwrap_or((w, "tcp"));
    let proto = proto.to_ascii_lowercase();
    if !matches!(proto.as_str(), "tcp" | "udp" | "sctp") {
        bail!("invalid protocol {proto:?} in {w:?} (expected PORT[-PORT][/tcp|udp|sctp])");
    }
    let (lo, hi) = p.split_once('-').unwrap_or((p, p));
    let port = |s: &str| s.parse::<u16>().map_err(|_| anyhow!("invalid port {w:?} (expected PORT[-PORT][/tcp|udp|sctp])"));
    let (lo, hi) = (port(lo)?, port(hi)?);
    if hi < lo {
        bail!("invalid port range {w:?}: the end is below the start");
    }
    Ok((lo..=hi).map(|n| format!("{n}/{proto}")).collect())
}

/// `HEALTHCHECK [--interval=D ...] CMD ...` or `HEALTHCHECK NONE`.
fn healthcheck(ins: &Instruction) -> Result<Value> {
    let raw = ins.raw_args();
    let (first, rest) = raw.split_once(char::is_whitespace).map(|(a, b)| (a, b.trim())).unwrap_or((raw.as_str(), ""));
    let mut hc = serde_json::Map::new();
    for (f, _) in &ins.flags {
        if !matches!(f.as_str(), "interval" | "timeout" | "start-period" | "start-interval" | "retries") {
            bail!("unknown flag --{f}");
        }
    }
    match first.to_ascii_uppercase().as_str() {
        "NONE" => {
            hc.insert("Test".into(), json!(["NONE"]));
        }
        "CMD" => {
            let test = match serde_json::from_str::<Vec<String>>(rest) {
                Ok(v) if rest.starts_with('[') => std::iter::once("CMD".to_string()).chain(v).collect::<Vec<_>>(),
                _ => vec!["CMD-SHELL".to_string(), rest.to_string()],
            };
            hc.insert("Test".into(), json!(test));
            for (flag, key) in [("interval", "Interval"), ("timeout", "Timeout"), ("start-period", "StartPeriod"), ("start-interval", "StartInterval")] {
                if let Some(v) = ins.flag(flag) {
                    let d = crate::util::duration::parse(v).map_err(|e| anyhow!("--{flag}: {e}"))?;
                    hc.insert(key.into(), json!(d.as_nanos() as u64));
                }
            }
            if let Some(r) = ins.flag("retries") {
                let n = r.parse::<u32>().map_err(|_| anyhow!("invalid --retries {r:?} (expected a number of at least 0)"))?;
                hc.insert("Retries".into(), json!(n));
            }
        }
        _ => bail!("expected NONE or CMD"),
    }
    Ok(Value::Object(hc))
}

fn words(ins: &Instruction, scope: &Scope) -> Result<Vec<String>> {
    match &ins.args {
        Args::Exec(v) => v.iter().map(|w| vars::process_word(w, scope.lookup, scope.escape)).collect(),
        Args::Shell(s) => vars::process_words(s, scope.lookup, scope.escape),
    }
}

fn word(ins: &Instruction, scope: &Scope) -> Result<String> {
    vars::process_word(&ins.raw_args(), scope.lookup, scope.escape)
}

/// `k=v k2="v 2"`, or the legacy `k v w` (ENV only).
fn pairs(ins: &Instruction, scope: &Scope, legacy: bool) -> Result<Vec<(String, String)>> {
    let raw = ins.raw_args();
    let first = raw.split_whitespace().next().unwrap_or("");
    if legacy && !first.contains('=') {
        let rest = raw[first.len()..].trim_start();
        if rest.is_empty() {
            bail!("ENV {first} needs a value (ENV KEY=VALUE or ENV KEY VALUE)");
        }
        return Ok(vec![(first.to_string(), vars::process_word(rest, scope.lookup, scope.escape)?)]);
    }
    words(ins, scope)?
        .into_iter()
        .map(|w| match w.split_once('=') {
            Some(("", _)) => Err(anyhow!("{w:?}: the key is empty")),
            Some((k, v)) => Ok((k.to_string(), v.to_string())),
            None => Err(anyhow!("{w:?} is not KEY=VALUE")),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(lines: &[&str]) -> Result<ImageConfig> {
        let mut image = ImageConfig::default();
        image.config.env = Some(vec!["PATH=/bin".into(), "X=0".into()]);
        let mut cmd_set = false;
        for l in lines {
            let (kw, rest) = l.split_once(' ').unwrap_or((l, ""));
            let ins = parser::parse_instruction(&kw.to_ascii_uppercase(), rest, 1, '\\').map_err(|e| anyhow!(e))?;
            let env = image.config.env.clone().unwrap_or_default();
            let lookup = move |n: &str| env.iter().rev().find_map(|e| e.split_once('=').filter(|(k, _)| *k == n).map(|(_, v)| v.to_string()));
            let (_, meta) = prepare(&ins, &Scope { lookup: &lookup, escape: '\\' }, &image)?;
            apply(&mut image, meta, &mut cmd_set);
        }
        Ok(image)
    }

    #[test]
    fn env_forms_and_substitution() {
        let c = run(&["ENV X=1 Y=\"a b\"", "ENV Z hello world", "ENV P=$PATH:/x"]).unwrap().config;
        assert_eq!(c.env.unwrap(), vec!["PATH=/bin", "X=1", "Y=a b", "Z=hello world", "P=/bin:/x"]);
    }

    #[test]
    fn expose_ranges_expand() {
        let c = run(&["EXPOSE 8000-8002 53/udp"]).unwrap().config;
        let ports: Vec<_> = c.exposed_ports.unwrap().keys().cloned().collect();
        assert_eq!(ports, ["53/udp", "8000/tcp", "8001/tcp", "8002/tcp"]);
        for bad in ["EXPOSE http", "EXPOSE 80/xtp", "EXPOSE 90-80", "EXPOSE 70000"] {
            assert!(run(&[bad]).is_err(), "{bad}");
        }
    }

    #[test]
    fn cmd_entrypoint_and_shell() {
        let c = run(&["CMD [\"sh\",\"-c\",\"echo hi\"]", "ENTRYPOINT top -b"]).unwrap().config;
        assert_eq!(c.cmd.unwrap(), ["sh", "-c", "echo hi"]);
        assert_eq!(c.entrypoint.unwrap(), ["/bin/sh", "-c", "top -b"]);
        let c = run(&["SHELL [\"/bin/ash\",\"-e\",\"-c\"]", "CMD echo hi"]).unwrap().config;
        assert_eq!(c.cmd.unwrap(), ["/bin/ash", "-e", "-c", "echo hi"]);
    }

    #[test]
    fn entrypoint_drops_an_inherited_cmd_only() {
        let mut image = ImageConfig::default();
        image.config.cmd = Some(vec!["inherited".into()]);
        let mut cmd_set = false;
        apply(&mut image, Meta::Entrypoint(vec!["e".into()]), &mut cmd_set);
        assert_eq!(image.config.cmd, None);
        apply(&mut image, Meta::Cmd(vec!["c".into()]), &mut cmd_set);
        apply(&mut image, Meta::Entrypoint(vec!["e2".into()]), &mut cmd_set);
        assert_eq!(image.config.cmd, Some(vec!["c".into()]));
    }

    #[test]
    fn workdir_volume_user_labels_signal() {
        let c = run(&["WORKDIR /app", "WORKDIR sub/../lib", "VOLUME /data /logs", "VOLUME [\"/x\"]", "USER app", "LABEL a=b \"c d\"=e", "STOPSIGNAL SIGINT"]).unwrap().config;
        assert_eq!(c.working_dir.as_deref(), Some("/app/lib"));
        assert_eq!(c.volumes.unwrap().len(), 3);
        assert_eq!(c.user.as_deref(), Some("app"));
        assert_eq!(c.labels.as_ref().unwrap()["c d"], "e");
        assert_eq!(c.stop_signal.as_deref(), Some("SIGINT"));
        assert!(run(&["STOPSIGNAL SIGNOPE"]).is_err());
        assert!(run(&["LABEL novalue"]).is_err());
        assert!(run(&["ENV X=\"unterminated"]).is_err());
    }

    #[test]
    fn healthcheck_and_onbuild() {
        let c = run(&["HEALTHCHECK --interval=5s --retries=2 CMD wget -q localhost", "ONBUILD RUN echo hi"]).unwrap().config;
        let hc = &c.extra["Healthcheck"];
        assert_eq!(hc["Test"], json!(["CMD-SHELL", "wget -q localhost"]));
        assert_eq!(hc["Interval"], json!(5_000_000_000u64));
        assert_eq!(hc["Retries"], json!(2));
        assert_eq!(c.extra["OnBuild"], json!(["RUN echo hi"]));
        assert_eq!(run(&["HEALTHCHECK NONE"]).unwrap().config.extra["Healthcheck"]["Test"], json!(["NONE"]));
        for bad in ["HEALTHCHECK --interval=5 CMD true", "HEALTHCHECK --interval=-1s CMD true", "HEALTHCHECK --retries=-1 CMD true", "HEALTHCHECK --bogus=1 CMD true", "HEALTHCHECK true", "ONBUILD FROM x", "ONBUILD NOPE x"] {
            assert!(run(&[bad]).is_err(), "{bad}");
        }
    }
}
