//! Flags shared by several commands, defined once.

use crate::engine::pull::PullOptions;
use crate::image::manifest::{self, Platform};
use anyhow::{bail, Result};
use clap::Args;
use std::path::PathBuf;

/// Options every command accepts.
#[derive(Args, Debug, Clone)]
#[command(next_help_heading = "Global Options")]
pub struct GlobalArgs {
    /// Storage root for images, layers, containers and volumes
    #[arg(long, global = true, env = "DHOW_ROOT", value_name = "DIR")]
    pub root: Option<PathBuf>,
    /// Directory for volatile state (pids, sockets, locks)
    #[arg(long, global = true, env = "DHOW_RUNROOT", value_name = "DIR")]
    pub runroot: Option<PathBuf>,
    /// Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)
    #[arg(long, global = true, value_name = "LEVEL", default_value = "warn", hide_default_value = true, value_parser = LOG_LEVELS, hide_possible_values = true)]
    pub log_level: String,
    #[command(flatten)]
    pub podman: PodmanGlobalArgs,
}

const LOG_LEVELS: [&str; 8] = ["trace", "debug", "info", "warn", "warning", "error", "fatal", "panic"];

/// podman's global options, so scripts written for podman run unchanged.
/// Each says what it does in dhow; none silently does something else.
#[derive(Args, Debug, Clone, Default)]
#[command(next_help_heading = "Global Options")]
pub struct PodmanGlobalArgs {
    /// Storage driver: overlay (dhow's only one); vfs is accepted with a warning and overlay is used
    #[arg(long, global = true, value_name = "DRIVER", env = "STORAGE_DRIVER")]
    pub storage_driver: Option<String>,
    /// Storage driver option (accepted for podman compatibility; dhow's overlay store takes no options)
    #[arg(long, global = true, value_name = "OPT")]
    pub storage_opt: Vec<String>,
    /// Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)
    #[arg(long, global = true, value_name = "BACKEND", value_parser = ["file", "journald", "none"])]
    pub events_backend: Option<String>,
    /// Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)
    #[arg(long, global = true, value_name = "MANAGER", value_parser = ["systemd", "cgroupfs"])]
    pub cgroup_manager: Option<String>,
    /// Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)
    #[arg(long, global = true, value_name = "FLAG")]
    pub runtime_flag: Vec<String>,
    /// Do not print anything on standard output
    #[arg(long, global = true)]
    pub noout: bool,
    /// File of default mounts (accepted for podman compatibility; dhow adds no default mounts)
    #[arg(long, global = true, value_name = "FILE")]
    pub default_mounts_file: Option<PathBuf>,
    /// Directory for podman's temporary state (accepted for podman compatibility; dhow keeps it under --runroot)
    #[arg(long, global = true, value_name = "DIR")]
    pub tmpdir: Option<PathBuf>,
    /// Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)
    #[arg(long, global = true, value_name = "PATH")]
    pub network_cmd_path: Option<PathBuf>,
    /// Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)
    #[arg(long, global = true)]
    pub syslog: bool,
    /// Remote podman service (not supported: dhow has no service, it runs containers on this machine)
    #[arg(long, global = true)]
    pub remote: bool,
    /// URL of a remote podman service (not supported: dhow has no service)
    #[arg(long, global = true, value_name = "URL", visible_alias = "host")]
    pub url: Option<String>,
    /// Remote connection name (not supported: dhow has no service)
    #[arg(long, global = true, value_name = "NAME", visible_alias = "context")]
    pub connection: Option<String>,
    /// SSH identity for a remote connection (not supported: dhow has no service)
    #[arg(long, global = true, value_name = "FILE")]
    pub identity: Option<PathBuf>,
}

impl PodmanGlobalArgs {
    /// Refuses what dhow cannot do (remote connections, storage drivers
    /// other than overlay) and warns where a podman option is replaced.
    pub fn check(&self) -> anyhow::Result<()> {
        let remote = [
            (self.remote, "--remote"),
            (self.url.is_some(), "--url"),
            (self.connection.is_some(), "--connection"),
            (self.identity.is_some(), "--identity"),
        ];
        if let Some((_, flag)) = remote.iter().find(|(given, _)| *given) {
            anyhow::bail!("remote connections are not supported by dhow ({flag}): dhow has no service and runs containers on this machine; drop {flag} and run dhow where the containers should run");
        }
        match self.storage_driver.as_deref() {
            None | Some("overlay" | "overlay2" | "") => {}
            Some("vfs") => eprintln!("Warning: dhow stores images only with the overlay driver; --storage-driver vfs uses overlay"),
            Some(d) => anyhow::bail!("unsupported storage driver {d:?}: dhow supports only overlay (drop --storage-driver or use --storage-driver overlay)"),
        }
        Ok(())
    }
}

/// How to reach a registry.
#[derive(Args, Debug, Clone, Default)]
pub struct RegistryArgs {
    /// Require HTTPS and verify certificates (false allows plain HTTP and self-signed certificates)
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true", action = clap::ArgAction::Set)]
    pub tls_verify: Option<bool>,
    /// Path of the authentication file (default: podman's auth.json, then ~/.docker/config.json)
    #[arg(long, value_name = "FILE", env = "REGISTRY_AUTH_FILE")]
    pub authfile: Option<PathBuf>,
    /// Credentials USER[:PASSWORD] for the registry
    #[arg(long, value_name = "USER[:PASS]")]
    pub creds: Option<String>,
}

/// Which platform to pick from a multi-platform image.
#[derive(Args, Debug, Clone, Default)]
pub struct PlatformArgs {
    /// Platform OS/ARCH[/VARIANT] to pull (default: this machine's)
    #[arg(long, value_name = "OS/ARCH[/VARIANT]")]
    pub platform: Option<String>,
    /// Architecture to pull instead of this machine's
    #[arg(long, value_name = "ARCH")]
    pub arch: Option<String>,
    /// OS to pull instead of linux
    #[arg(long, value_name = "OS")]
    pub os: Option<String>,
    /// Architecture variant (e.g. v7 for arm)
    #[arg(long, value_name = "VARIANT")]
    pub variant: Option<String>,
}

/// `--format` as docker and podman take it.
#[derive(Args, Debug, Clone, Default)]
pub struct FormatArg {
    /// Format output with a Go template ('{{.ID}}', 'table {{.ID}}\t{{.Size}}') or 'json'
    #[arg(long, value_name = "TEMPLATE")]
    pub format: Option<String>,
}

/// podman's `--noheading` for listings.
#[derive(Args, Debug, Clone, Default)]
pub struct NoHeadingArg {
    /// Do not print the header line
    #[arg(long)]
    pub noheading: bool,
}

impl NoHeadingArg {
    /// `format` without its header line when asked.
    pub fn apply(&self, format: crate::format::output::OutputFormat) -> crate::format::output::OutputFormat {
        if self.noheading {
            format.without_header()
        } else {
            format
        }
    }
}

/// `--filter key=value`, repeatable.
#[derive(Args, Debug, Clone, Default)]
pub struct FilterArg {
    /// Filter output by key=value (repeatable)
    #[arg(short = 'f', long = "filter", value_name = "KEY=VALUE")]
    pub filters: Vec<String>,
}

/// `pull`'s options from the registry and platform flags (of `pull`, `run`,
/// `create`, `build`).
pub fn pull_options(image: &str, reg: &RegistryArgs, plat: &PlatformArgs, quiet: bool) -> Result<PullOptions> {
        Ok(PullOptions {
            image: image.to_string(),
            tls_verify: reg.tls_verify,
            authfile: reg.authfile.clone(),
            creds: reg.creds.as_deref().map(parse_creds).transpose()?,
            platform: platform_from_args(plat)?,
            quiet,
        })
}

/// `--creds USER[:PASS]`.
pub fn parse_creds(s: &str) -> Result<(String, String)> {
    match s.split_once(':') {
        Some((u, p)) if !u.is_empty() => Ok((u.to_string(), p.to_string())),
        None if !s.is_empty() => Ok((s.to_string(), String::new())),
        _ => bail!("invalid --creds {s:?}: expected USER[:PASSWORD]"),
    }
}

/// The platform wanted: `--platform`, else the host's with `--os/--arch/--variant` applied.
fn platform_from_args(p: &PlatformArgs) -> Result<Platform> {
    if let Some(spec) = &p.platform {
        return Platform::parse(spec);
    }
    let mut platform = Platform::host();
    if let Some(os) = &p.os {
        platform.os = os.clone();
    }
    if let Some(arch) = &p.arch {
        platform.architecture = manifest::normalize_arch(arch);
        platform.variant = None;
    }
    if let Some(v) = &p.variant {
        platform.variant = Some(v.clone());
    }
    Ok(platform)
}


#[cfg(test)]
mod tests {
    #[test]
    fn creds_parse() {
        assert_eq!(parse_creds("a:b:c").unwrap(), ("a".into(), "b:c".into()));
        assert!(parse_creds(":x").is_err());
    }

    use super::{parse_creds, PodmanGlobalArgs};

    #[test]
    fn remote_options_are_refused_naming_the_flag() {
        let a = PodmanGlobalArgs { url: Some("tcp://h".into()), ..Default::default() };
        let e = a.check().unwrap_err().to_string();
        assert!(e.contains("not supported by dhow") && e.contains("--url"), "{e}");
        let a = PodmanGlobalArgs { remote: true, ..Default::default() };
        assert!(a.check().unwrap_err().to_string().contains("--remote"));
    }

    #[test]
    fn only_overlay_storage() {
        for ok in [None, Some("overlay"), Some("overlay2"), Some("vfs")] {
            let a = PodmanGlobalArgs { storage_driver: ok.map(String::from), ..Default::default() };
            assert!(a.check().is_ok(), "{ok:?}");
        }
        let a = PodmanGlobalArgs { storage_driver: Some("zfs".into()), ..Default::default() };
        assert!(a.check().unwrap_err().to_string().contains("only overlay"));
    }
}
