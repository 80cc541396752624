//! Flags shared by several commands, defined once.

use clap::Args;
use std::path::PathBuf;

/// Options every command accepts.
#[derive(Args, Debug, Clone)]
pub struct GlobalArgs {
    /// Storage root for images, layers, containers and volumes
    #[arg(long, global = true, env = "DHOW_ROOT", value_name = "DIR")]
    pub root: Option<PathBuf>,
    /// Directory for volatile state (pids, sockets, locks)
    #[arg(long, global = true, env = "DHOW_RUNROOT", value_name = "DIR")]
    pub runroot: Option<PathBuf>,
    /// Log level (accepted for podman compatibility; dhow logs only errors and warnings)
    #[arg(long, global = true, value_name = "LEVEL", default_value = "warn", hide_default_value = true)]
    pub log_level: String,
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

/// `--filter key=value`, repeatable.
#[derive(Args, Debug, Clone, Default)]
pub struct FilterArg {
    /// Filter output by key=value (repeatable)
    #[arg(short = 'f', long = "filter", value_name = "KEY=VALUE")]
    pub filters: Vec<String>,
}
