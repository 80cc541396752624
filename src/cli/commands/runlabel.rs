//! `dhow container runlabel LABEL IMAGE [ARG...]`: runs the command an
//! image keeps in a label (e.g. `INSTALL`, `RUN`), as podman does: `$IMAGE`
//! and `$NAME` stand for the image and the container name, a leading
//! `podman` or `docker` is this dhow, extra arguments are appended.

use crate::engine::Engine;
use crate::error::Exit;
use anyhow::anyhow;
use clap::Args;

#[derive(Args, Debug)]
pub struct RunlabelArgs {
    /// The label whose value is the command (e.g. INSTALL, RUN)
    #[arg(value_name = "LABEL")]
    pub label: String,
    /// The image (pulled when it is not here)
    #[arg(value_name = "IMAGE")]
    pub image: String,
    /// Arguments appended to the command
    #[arg(value_name = "ARG", trailing_var_arg = true, allow_hyphen_values = true)]
    pub args: Vec<String>,
    /// Print the command instead of running it
    #[arg(long)]
    pub display: bool,
    /// The container name for $NAME (default: the image's name without registry and tag)
    #[arg(short, long, value_name = "NAME")]
    pub name: Option<String>,
    /// Print no pull progress
    #[arg(short, long)]
    pub quiet: bool,
    /// Remove a container named $NAME first
    #[arg(long)]
    pub replace: bool,
    #[command(flatten)]
    pub registry: crate::cli::args::RegistryArgs,
    #[command(flatten)]
    pub cert_dir: crate::cli::compat_args::CertDirArg,
}

/// `registry/path/name:tag` → `name`.
fn default_name(image: &str) -> String {
    let last = image.rsplit('/').next().unwrap_or(image);
    last.split(['@', ':']).next().unwrap_or(last).to_string()
}

/// The label's command with `$IMAGE`/`${IMAGE}`/`$NAME`/`${NAME}`
/// substituted and a leading podman/docker replaced by `dhow`.
fn command_line(label: &str, image: &str, name: &str, dhow: &str, extra: &[String]) -> String {
    let mut cmd = label.trim().to_string();
    for (k, v) in [("IMAGE", image), ("NAME", name)] {
        cmd = cmd.replace(&format!("${{{k}}}"), v).replace(&format!("${k}"), v);
    }
    for prefix in ["/usr/bin/podman ", "podman ", "/usr/bin/docker ", "docker "] {
        if let Some(rest) = cmd.strip_prefix(prefix) {
            cmd = format!("{dhow} {rest}");
            break;
        }
    }
    for a in extra {
        cmd.push(' ');
        cmd.push_str(&shell_quote(a));
    }
    cmd
}

fn shell_quote(s: &str) -> String {
    if !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || "-_./=:@,".contains(c)) {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', r"'\''"))
    }
}

pub fn exec(engine: &Engine, args: RunlabelArgs) -> anyhow::Result<()> {
    args.cert_dir.check()?;
    let inspect = match crate::engine::images::inspect(engine, &args.image)? {
        Some(v) => v,
        None => {
            let opts = crate::cli::args::pull_options(&args.image, &args.registry, &Default::default(), args.quiet)?;
            crate::engine::pull::pull(engine, &opts)?;
            crate::engine::images::inspect(engine, &args.image)?.ok_or_else(|| anyhow!("{}: image not known after pulling it", args.image))?
        }
    };
    let value = inspect["Config"]["Labels"][&args.label]
        .as_str()
        .or_else(|| inspect["Labels"][&args.label].as_str())
        .filter(|v| !v.trim().is_empty())
        .ok_or_else(|| anyhow!("cannot find the value of label: {} in image: {}", args.label, args.image))?;
    let name = args.name.clone().unwrap_or_else(|| default_name(&args.image));
    let dhow = std::env::current_exe().map(|p| p.display().to_string()).unwrap_or_else(|_| "dhow".into());
    let cmd = command_line(value, &args.image, &name, &dhow, &args.args);
    if args.display {
        println!("command: {cmd}");
        return Ok(());
    }
    if args.replace {
        if let Ok((r, _)) = crate::engine::containers::ops::find(engine, &name) {
            crate::engine::containers::ops::remove(engine, &r.id, true)?;
        }
    }
    let status = std::process::Command::new("/bin/sh").arg("-c").arg(&cmd).env("IMAGE", &args.image).env("NAME", &name).status().map_err(|e| anyhow!("running the {} label's command: {e}", args.label))?;
    match status.code() {
        Some(0) => Ok(()),
        Some(c) => Err(Exit::silent(c).into()),
        None => Err(Exit::with_code(crate::error::ENGINE_FAILURE, format!("the {} label's command was killed by a signal", args.label)).into()),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_label_command_is_substituted_as_podman_does() {
        let c = super::command_line("podman run --name $NAME ${IMAGE} echo hi", "localhost/app:1", "app", "/bin/dhow", &["a b".into()]);
        assert_eq!(c, "/bin/dhow run --name app localhost/app:1 echo hi 'a b'");
        assert_eq!(super::default_name("quay.io/x/app:1"), "app");
    }
}
