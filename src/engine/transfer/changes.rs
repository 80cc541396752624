//! The Dockerfile instructions `commit -c` and `import -c` accept (CMD,
//! ENTRYPOINT, ENV, EXPOSE, LABEL, USER, VOLUME, WORKDIR, STOPSIGNAL), applied
//! to an image configuration. Kept separate so a Dockerfile builder can reuse
//! the same parsing of arguments.

use crate::image::config::ContainerConfig;
use anyhow::{anyhow, bail, Result};
use serde_json::Value;

/// The instructions `--change` accepts, for error messages.
pub const SUPPORTED: &str =
    "CMD, ENTRYPOINT, ENV, EXPOSE, LABEL, ONBUILD, USER, VOLUME, WORKDIR, STOPSIGNAL";

/// Applies each `--change` line in order.
pub fn apply_all(config: &mut ContainerConfig, changes: &[String]) -> Result<()> {
    for c in changes {
        apply(config, c)?;
    }
    Ok(())
}

/// Applies one instruction such as `ENV X=1` or `CMD ["sh"]`.
pub fn apply(config: &mut ContainerConfig, line: &str) -> Result<()> {
    let line = line.trim();
    let (word, rest) = match line.split_once(|c: char| c.is_whitespace()) {
        Some((w, r)) => (w, r.trim()),
        None => (line, ""),
    };
    let instr = word.to_ascii_uppercase();
    let bad = |what: &str| anyhow!("invalid change {line:?}: {what}");
    match instr.as_str() {
        "CMD" => config.cmd = Some(command_form(rest)),
        "ENTRYPOINT" => config.entrypoint = Some(command_form(rest)),
        "ENV" => {
            for (k, v) in key_values(rest, true).map_err(|e| bad(&e))? {
                let env = config.env.get_or_insert_with(Vec::new);
                env.retain(|e| e.split('=').next() != Some(k.as_str()));
                env.push(format!("{k}={v}"));
            }
        }
        "LABEL" => {
            for (k, v) in key_values(rest, false).map_err(|e| bad(&e))? {
                config
                    .labels
                    .get_or_insert_with(Default::default)
                    .insert(k, v);
            }
        }
        "EXPOSE" => {
            let ports = words(rest).map_err(|e| bad(&e))?;
            if ports.is_empty() {
                return Err(bad("EXPOSE needs at least one port"));
            }
            for p in ports {
                let (num, proto) = p.split_once('/').unwrap_or((p.as_str(), "tcp"));
                let valid_num = !num.is_empty() && num.split('-').all(|n| n.parse::<u16>().is_ok());
                if !valid_num
                    || !matches!(proto.to_ascii_lowercase().as_str(), "tcp" | "udp" | "sctp")
                {
                    return Err(bad(&format!(
                        "invalid port {p:?} (expected PORT[/tcp|udp|sctp])"
                    )));
                }
                config
                    .exposed_ports
                    .get_or_insert_with(Default::default)
                    .insert(
                        format!("{num}/{}", proto.to_ascii_lowercase()),
                        Value::Object(Default::default()),
                    );
            }
        }
        "VOLUME" => {
            let vols = if rest.starts_with('[') {
                serde_json::from_str::<Vec<String>>(rest).map_err(|_| {
                    bad("VOLUME takes a JSON array of paths or paths separated by spaces")
                })?
            } else {
                words(rest).map_err(|e| bad(&e))?
            };
            if vols.is_empty() {
                return Err(bad("VOLUME needs at least one path"));
            }
            for v in vols {
                config
                    .volumes
                    .get_or_insert_with(Default::default)
                    .insert(v, Value::Object(Default::default()));
            }
        }
        "USER" => {
            if rest.is_empty() {
                return Err(bad("USER needs a user name or ID"));
            }
            config.user = Some(rest.to_string());
        }
        "WORKDIR" => {
            if rest.is_empty() {
                return Err(bad("WORKDIR needs a path"));
            }
            let dir = if rest.starts_with('/') {
                rest.to_string()
            } else {
                let base = config.working_dir.clone().unwrap_or_else(|| "/".into());
                format!("{}/{}", base.trim_end_matches('/'), rest)
            };
            config.working_dir = Some(dir);
        }
        "STOPSIGNAL" => {
            if rest.is_empty() {
                return Err(bad("STOPSIGNAL needs a signal"));
            }
            config.stop_signal = Some(rest.to_string());
        }
        "ONBUILD" => {
            let list = config
                .extra
                .entry("OnBuild")
                .or_insert_with(|| Value::Array(vec![]));
            if let Value::Array(a) = list {
                a.push(Value::String(rest.to_string()));
            }
        }
        "" => bail!("invalid change: empty instruction (expected one of {SUPPORTED})"),
        other => {
            bail!("invalid change {line:?}: {other} is not supported here (supported: {SUPPORTED})")
        }
    }
    Ok(())
}

/// `["a","b"]` (exec form) or anything else as `/bin/sh -c TEXT` (shell form).
pub fn command_form(rest: &str) -> Vec<String> {
    if rest.trim_start().starts_with('[') {
        if let Ok(v) = serde_json::from_str::<Vec<String>>(rest) {
            return v;
        }
    }
    if rest.is_empty() {
        return vec![];
    }
    vec!["/bin/sh".into(), "-c".into(), rest.to_string()]
}

/// Splits on unquoted whitespace; quotes group and are removed, backslash escapes.
pub fn words(s: &str) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut in_word = false;
    let mut quote: Option<char> = None;
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some('"'), '\\') | (None, '\\') => match chars.next() {
                Some(n) => cur.push(n),
                None => return Err("a trailing backslash escapes nothing".into()),
            },
            (Some(_), c) => cur.push(c),
            (None, '"') | (None, '\'') => {
                quote = Some(c);
                in_word = true;
            }
            (None, c) if c.is_whitespace() => {
                if in_word {
                    out.push(std::mem::take(&mut cur));
                    in_word = false;
                }
            }
            (None, c) => {
                cur.push(c);
                in_word = true;
            }
        }
        if quote.is_some() {
            in_word = true;
        }
    }
    if quote.is_some() {
        return Err("unterminated quote".into());
    }
    if in_word {
        out.push(cur);
    }
    Ok(out)
}

/// `K=V K2="V 2"`, or (when `legacy` allows it, as ENV does) `K V with spaces`.
fn key_values(rest: &str, legacy: bool) -> Result<Vec<(String, String)>, String> {
    let first = words(rest)?;
    if first.is_empty() {
        return Err("expected KEY=VALUE".into());
    }
    if !first[0].contains('=') {
        if !legacy {
            return Err(format!("expected KEY=VALUE, got {:?}", first[0]));
        }
        let (k, v) = rest
            .split_once(char::is_whitespace)
            .ok_or("expected KEY VALUE or KEY=VALUE")?;
        let v = words(v.trim())?.join(" ");
        return Ok(vec![(k.to_string(), v)]);
    }
    first
        .into_iter()
        .map(|w| match w.split_once('=') {
            Some((k, v)) if !k.is_empty() => Ok((k.to_string(), v.to_string())),
            _ => Err(format!("expected KEY=VALUE, got {w:?}")),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cfg(changes: &[&str]) -> Result<ContainerConfig> {
        let mut c = ContainerConfig {
            env: Some(vec!["PATH=/bin".into(), "X=0".into()]),
            ..Default::default()
        };
        apply_all(
            &mut c,
            &changes.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
        )?;
        Ok(c)
    }

    #[test]
    fn env_replaces_and_adds() {
        let c = cfg(&["ENV X=1 Y=\"a b\"", "env Z hello world"]).unwrap();
        assert_eq!(
            c.env.unwrap(),
            vec!["PATH=/bin", "X=1", "Y=a b", "Z=hello world"]
        );
    }

    #[test]
    fn cmd_forms() {
        let c = cfg(&["CMD [\"sh\",\"-c\",\"echo hi\"]", "ENTRYPOINT top -b"]).unwrap();
        assert_eq!(c.cmd.unwrap(), vec!["sh", "-c", "echo hi"]);
        assert_eq!(c.entrypoint.unwrap(), vec!["/bin/sh", "-c", "top -b"]);
    }

    #[test]
    fn ports_volumes_labels_workdir() {
        let c = cfg(&[
            "EXPOSE 80 53/udp",
            "VOLUME /data /logs",
            "LABEL a=b \"c d\"=e",
            "WORKDIR /app",
            "WORKDIR sub",
            "USER app",
            "STOPSIGNAL SIGINT",
        ])
        .unwrap();
        let ports: Vec<_> = c.exposed_ports.unwrap().keys().cloned().collect();
        assert_eq!(ports, vec!["53/udp", "80/tcp"]);
        assert_eq!(c.volumes.unwrap().len(), 2);
        assert_eq!(c.labels.as_ref().unwrap()["c d"], "e");
        assert_eq!(c.working_dir.as_deref(), Some("/app/sub"));
        assert_eq!(c.user.as_deref(), Some("app"));
        assert_eq!(c.stop_signal.as_deref(), Some("SIGINT"));
    }

    #[test]
    fn rejects_bad_input() {
        assert!(cfg(&["RUN echo"]).is_err());
        assert!(cfg(&["EXPOSE http"]).is_err());
        assert!(cfg(&["LABEL novalue"]).is_err());
        assert!(cfg(&["ENV X=\"unterminated"]).is_err());
        assert!(cfg(&[""]).is_err());
        assert!(cfg(&["USER"]).is_err());
    }
}
