//! `commit -c` / `import -c`: Dockerfile instructions applied to an image
//! configuration. The instructions are read and applied by the same code as
//! in a Dockerfile (`build::instruction`), so a change line means what the
//! same line means in a build; this module only says which instructions a
//! change may be and reads each line.

use crate::build::instruction::{self, Scope};
use crate::build::parser;
use crate::image::config::ImageConfig;
use anyhow::{anyhow, bail, Result};

/// The instructions `--change` accepts (docker's and podman's list).
pub const SUPPORTED: &[&str] = &["CMD", "ENTRYPOINT", "ENV", "EXPOSE", "HEALTHCHECK", "LABEL", "ONBUILD", "STOPSIGNAL", "USER", "VOLUME", "WORKDIR"];

/// Applies each `--change` line in order. Variables (`$PATH`) expand from
/// the image's environment as it stands at that line, as docker does.
pub fn apply_all(image: &mut ImageConfig, changes: &[String]) -> Result<()> {
    // A change list's ENTRYPOINT keeps the image's CMD (commit keeps what
    // the container ran with unless the user says otherwise).
    let mut cmd_set = true;
    for c in changes {
        apply(image, c, &mut cmd_set)?;
    }
    Ok(())
}

fn apply(image: &mut ImageConfig, line: &str, cmd_set: &mut bool) -> Result<()> {
    let line = line.trim();
    let (word, rest) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
    let keyword = word.to_ascii_uppercase();
    let supported = SUPPORTED.join(", ");
    if keyword.is_empty() {
        bail!("invalid change: empty instruction (expected one of {supported})");
    }
    if !SUPPORTED.contains(&keyword.as_str()) {
        bail!("invalid change {line:?}: {keyword} is not supported here (supported: {supported})");
    }
    let bad = |e: &dyn std::fmt::Display| anyhow!("invalid change {line:?}: {e}");
    let ins = parser::parse_instruction(&keyword, rest, 1, '\\').map_err(|e| bad(&e))?;
    let env = image.config.env.clone().unwrap_or_default();
    let lookup = move |n: &str| env.iter().rev().find_map(|e| e.split_once('=').filter(|(k, _)| *k == n).map(|(_, v)| v.to_string()));
    let (_, meta) = instruction::prepare(&ins, &Scope { lookup: &lookup, escape: '\\' }, image).map_err(|e| bad(&e))?;
    instruction::apply(image, meta, cmd_set);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cfg(changes: &[&str]) -> Result<ImageConfig> {
        let mut c = ImageConfig::default();
        c.config.env = Some(vec!["PATH=/bin".into(), "X=0".into()]);
        c.config.cmd = Some(vec!["sh".into()]);
        apply_all(&mut c, &changes.iter().map(|s| s.to_string()).collect::<Vec<_>>())?;
        Ok(c)
    }

    #[test]
    fn env_replaces_adds_and_expands() {
        let c = cfg(&["ENV X=1 Y=\"a b\"", "env Z hello world", "ENV PATH=$PATH:/opt"]).unwrap();
        assert_eq!(c.config.env.unwrap(), vec!["X=1", "Y=a b", "Z=hello world", "PATH=/bin:/opt"]);
    }

    #[test]
    fn cmd_forms_and_entrypoint_keeps_cmd() {
        let c = cfg(&["ENTRYPOINT top -b"]).unwrap();
        assert_eq!(c.config.entrypoint.unwrap(), vec!["/bin/sh", "-c", "top -b"]);
        assert_eq!(c.config.cmd.unwrap(), vec!["sh"], "the image's CMD stays");
        let c = cfg(&["CMD [\"sh\",\"-c\",\"echo hi\"]"]).unwrap();
        assert_eq!(c.config.cmd.unwrap(), vec!["sh", "-c", "echo hi"]);
    }

    #[test]
    fn the_same_meaning_as_in_a_dockerfile() {
        let c = cfg(&["EXPOSE 8000-8002 53/udp", "VOLUME /data /logs", "LABEL a=b \"c d\"=e", "WORKDIR /app", "WORKDIR sub", "USER app", "STOPSIGNAL SIGINT"]).unwrap().config;
        let ports: Vec<_> = c.exposed_ports.unwrap().keys().cloned().collect();
        assert_eq!(ports, vec!["53/udp", "8000/tcp", "8001/tcp", "8002/tcp"], "a range is expanded as a build expands it");
        assert_eq!(c.volumes.unwrap().len(), 2);
        assert_eq!(c.labels.as_ref().unwrap()["c d"], "e");
        assert_eq!(c.working_dir.as_deref(), Some("/app/sub"));
        assert_eq!(c.user.as_deref(), Some("app"));
        assert_eq!(c.stop_signal.as_deref(), Some("SIGINT"));
    }

    #[test]
    fn rejects_bad_input() {
        for bad in ["RUN echo", "EXPOSE http", "LABEL novalue", "ENV X=\"unterminated", "", "USER", "FROM x", "STOPSIGNAL NOPE", "MAINTAINER me"] {
            let e = cfg(&[bad]).unwrap_err().to_string();
            assert!(e.contains("invalid change"), "{bad:?}: {e}");
        }
    }
}
