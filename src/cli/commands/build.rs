//! `dhow build` / `dhow image build`

use crate::cli::args::{PlatformArgs, RegistryArgs};
use crate::engine::build::{BuildMore, BuildOptions, ContextSource, Output};
use crate::engine::containers::create::PullPolicy;
use crate::engine::Engine;
use anyhow::bail;
use clap::Args;
use std::path::PathBuf;

#[derive(Args, Debug)]
pub struct BuildArgs {
    /// Build context: a directory, or - for a tar on stdin
    #[arg(value_name = "CONTEXT", default_value = ".")]
    pub context: String,
    /// Name of the Dockerfile (default: CONTEXT/Containerfile or CONTEXT/Dockerfile; - reads stdin)
    #[arg(short = 'f', long = "file", value_name = "FILE")]
    pub file: Option<String>,
    /// Name and optionally a tag (NAME[:TAG]) for the image (repeatable)
    #[arg(short = 't', long = "tag", value_name = "NAME[:TAG]")]
    pub tags: Vec<String>,
    /// Set a build-time variable (KEY=VALUE, or KEY to take it from the environment)
    #[arg(long = "build-arg", value_name = "KEY=VALUE")]
    pub build_args: Vec<String>,
    /// Build only up to this stage
    #[arg(long, value_name = "STAGE")]
    pub target: Option<String>,
    /// Do not use the build cache
    #[arg(long)]
    pub no_cache: bool,
    /// Pull base images: always (also a bare --pull), missing, never, newer
    #[arg(long, value_name = "POLICY", num_args = 0..=1, require_equals = true, default_missing_value = "always")]
    pub pull: Option<String>,
    /// Same as --pull=always
    #[arg(long)]
    pub pull_always: bool,
    /// Same as --pull=never: use only images already stored
    #[arg(long)]
    pub pull_never: bool,
    /// Ignore file to use instead of the context's .containerignore or .dockerignore
    #[arg(long, value_name = "FILE")]
    pub ignorefile: Option<PathBuf>,
    /// OCI runtime for RUN steps (accepted for podman compatibility; RUN steps use dhow's built-in runtime)
    #[arg(long, value_name = "PATH")]
    pub runtime: Option<String>,
    /// Resource limits for RUN steps: NAME=SOFT[:HARD] (accepted for podman compatibility; RUN steps get docker's default limits)
    #[arg(long, value_name = "NAME=SOFT[:HARD]")]
    pub ulimit: Vec<String>,
    /// Cache and commit each step as its own layer (false: one layer per stage, no cache)
    #[arg(long, value_name = "BOOL", default_value_t = true, action = clap::ArgAction::Set, num_args = 0..=1, default_missing_value = "true")]
    pub layers: bool,
    /// Squash the layers each stage adds into one
    #[arg(long)]
    pub squash: bool,
    /// Set a label on the image (KEY=VALUE, repeatable)
    #[arg(long = "label", value_name = "KEY=VALUE")]
    pub labels: Vec<String>,
    /// Print only the image ID
    #[arg(short, long)]
    pub quiet: bool,
    /// Write the image ID to this file
    #[arg(long, value_name = "FILE")]
    pub iidfile: Option<PathBuf>,
    /// Network for RUN: none (default: a private namespace with only loopback) or host
    #[arg(long, value_name = "MODE")]
    pub network: Option<String>,
    #[command(flatten)]
    pub registry: RegistryArgs,
    #[command(flatten)]
    pub platform: PlatformArgs,
    #[command(flatten)]
    pub more: BuildMoreArgs,
}

/// podman 4.3's other `build` flags (RUN step settings, output, image
/// metadata); those that cannot apply here are refused by name.
#[derive(Args, Debug)]
pub struct BuildMoreArgs {
    /// Format of the built image's manifest and config: oci (default) or docker (BUILDAH_FORMAT sets the default)
    #[arg(long, value_name = "FORMAT", env = "BUILDAH_FORMAT")]
    pub format: Option<String>,
    /// Remove intermediate containers after a successful build (RUN steps never leave containers behind in dhow)
    #[arg(long, value_name = "BOOL", default_value_t = true, action = clap::ArgAction::Set, num_args = 0..=1, default_missing_value = "true")]
    pub rm: bool,
    /// Remove intermediate containers even when the build fails (dhow always does)
    #[arg(long, value_name = "BOOL", default_value_t = false, action = clap::ArgAction::Set, num_args = 0..=1, default_missing_value = "true")]
    pub force_rm: bool,
    /// Squash all layers, the base image's too, into one
    #[arg(long)]
    pub squash_all: bool,
    /// Set an environment variable in the built image (KEY=VALUE, or KEY to take dhow's own value; repeatable)
    #[arg(long = "env", value_name = "KEY=VALUE")]
    pub env: Vec<String>,
    /// Unset an environment variable in the built image (repeatable)
    #[arg(long = "unsetenv", value_name = "KEY")]
    pub unsetenv: Vec<String>,
    /// Image to use instead of the one named by the first FROM
    #[arg(long, value_name = "IMAGE")]
    pub from: Option<String>,
    /// Created time of the image and modification time of the files in its new layers (epoch seconds), for reproducible builds
    #[arg(long, value_name = "SECONDS")]
    pub timestamp: Option<i64>,
    /// Secret for RUN --mount=type=secret,id=ID (at /run/secrets/ID during that RUN only): id=ID,src=PATH or id=ID,env=VAR (repeatable)
    #[arg(long = "secret", value_name = "id=ID,src=PATH")]
    pub secrets: Vec<String>,
    /// Add a host-to-IP mapping (HOST:IP) to RUN steps' /etc/hosts (repeatable)
    #[arg(long = "add-host", value_name = "HOST:IP")]
    pub add_hosts: Vec<String>,
    /// DNS servers for RUN steps' /etc/resolv.conf (none: no resolv.conf)
    #[arg(long = "dns", value_name = "IP", value_delimiter = ',')]
    pub dns: Vec<String>,
    /// DNS search domains for RUN steps
    #[arg(long = "dns-search", value_name = "DOMAIN", value_delimiter = ',')]
    pub dns_search: Vec<String>,
    /// DNS options for RUN steps
    #[arg(long = "dns-option", value_name = "OPTION", value_delimiter = ',')]
    pub dns_options: Vec<String>,
    /// Do not make /etc/hosts for RUN steps: the image's own is used
    #[arg(long)]
    pub no_hosts: bool,
    /// Bind mount for RUN steps: /host/dir:/ctr/dir[:ro] (repeatable; not part of the image)
    #[arg(short = 'v', long = "volume", value_name = "SRC:DST[:OPTS]")]
    pub volumes: Vec<String>,
    /// Add a capability to RUN steps
    #[arg(long = "cap-add", value_name = "CAP", value_delimiter = ',')]
    pub cap_add: Vec<String>,
    /// Drop a capability from RUN steps
    #[arg(long = "cap-drop", value_name = "CAP", value_delimiter = ',')]
    pub cap_drop: Vec<String>,
    /// Security options for RUN steps (as run --security-opt)
    #[arg(long = "security-opt", value_name = "OPT")]
    pub security_opt: Vec<String>,
    /// Size of /dev/shm in RUN steps
    #[arg(long = "shm-size", value_name = "SIZE")]
    pub shm_size: Option<String>,
    /// Add a host device to RUN steps (HOST[:CONTAINER[:PERMS]])
    #[arg(long = "device", value_name = "DEVICE")]
    pub devices: Vec<String>,
    /// PID namespace for RUN steps: private, host or ns:PATH
    #[arg(long, value_name = "MODE")]
    pub pid: Option<String>,
    /// IPC namespace for RUN steps: private, host or ns:PATH
    #[arg(long, value_name = "MODE")]
    pub ipc: Option<String>,
    /// UTS namespace for RUN steps: private, host or ns:PATH
    #[arg(long, value_name = "MODE")]
    pub uts: Option<String>,
    /// Cgroup namespace for RUN steps: private or host
    #[arg(long, value_name = "MODE")]
    pub cgroupns: Option<String>,
    /// User namespace for RUN steps (rootless: RUN steps always run in the user's namespace)
    #[arg(long, value_name = "MODE")]
    pub userns: Option<String>,
    /// UID mapping for RUN steps (CONTAINER:HOST:LENGTH; not supported by dhow's builder)
    #[arg(long = "userns-uid-map", value_name = "MAP")]
    pub userns_uid_map: Vec<String>,
    /// GID mapping for RUN steps (CONTAINER:HOST:LENGTH; not supported by dhow's builder)
    #[arg(long = "userns-gid-map", value_name = "MAP")]
    pub userns_gid_map: Vec<String>,
    /// /etc/subuid name for RUN steps' mapping (not supported by dhow's builder)
    #[arg(long = "userns-uid-map-user", value_name = "NAME")]
    pub userns_uid_map_user: Option<String>,
    /// /etc/subgid name for RUN steps' mapping (not supported by dhow's builder)
    #[arg(long = "userns-gid-map-group", value_name = "NAME")]
    pub userns_gid_map_group: Option<String>,
    /// Isolation for RUN steps: oci, rootless or chroot (dhow always uses its built-in OCI runtime)
    #[arg(long, value_name = "TYPE", env = "BUILDAH_ISOLATION")]
    pub isolation: Option<String>,
    /// CPU CFS period for RUN steps (rootless on cgroup v1: not applied, warned)
    #[arg(long = "cpu-period", value_name = "N")]
    pub cpu_period: Option<u64>,
    /// CPU CFS quota for RUN steps (rootless on cgroup v1: not applied, warned)
    #[arg(long = "cpu-quota", value_name = "N", allow_hyphen_values = true)]
    pub cpu_quota: Option<i64>,
    /// CPU shares for RUN steps (rootless on cgroup v1: not applied, warned)
    #[arg(short = 'c', long = "cpu-shares", value_name = "N")]
    pub cpu_shares: Option<u64>,
    /// CPUs RUN steps may use (rootless on cgroup v1: not applied, warned)
    #[arg(long = "cpuset-cpus", value_name = "LIST")]
    pub cpuset_cpus: Option<String>,
    /// Memory nodes RUN steps may use (rootless on cgroup v1: not applied, warned)
    #[arg(long = "cpuset-mems", value_name = "LIST")]
    pub cpuset_mems: Option<String>,
    /// Memory limit for RUN steps (rootless on cgroup v1: not applied, warned)
    #[arg(short = 'm', long = "memory", value_name = "SIZE")]
    pub memory: Option<String>,
    /// Memory plus swap limit for RUN steps (rootless on cgroup v1: not applied, warned)
    #[arg(long = "memory-swap", value_name = "SIZE", allow_hyphen_values = true)]
    pub memory_swap: Option<String>,
    /// Parent cgroup for RUN steps (rootless on cgroup v1: not applied, warned)
    #[arg(long = "cgroup-parent", value_name = "PATH")]
    pub cgroup_parent: Option<String>,
    /// Stages to build in parallel (accepted; dhow builds stages one after another)
    #[arg(long, value_name = "N")]
    pub jobs: Option<u32>,
    /// Remote repository to take cached layers from (not supported by dhow: its build cache is local)
    #[arg(long = "cache-from", value_name = "REPO")]
    pub cache_from: Vec<String>,
    /// Remote repository to push cached layers to (not supported by dhow: its build cache is local)
    #[arg(long = "cache-to", value_name = "REPO")]
    pub cache_to: Vec<String>,
    /// Only reuse cached steps younger than this duration (e.g. 10m, 2h)
    #[arg(long = "cache-ttl", value_name = "DURATION")]
    pub cache_ttl: Option<String>,
    /// Also export the final root filesystem: type=local,dest=DIR, type=tar,dest=FILE, or a bare DIR
    #[arg(short = 'o', long = "output", value_name = "OUTPUT")]
    pub output: Option<String>,
    /// Times to retry pulling a base image
    #[arg(long, value_name = "N")]
    pub retry: Option<u32>,
    /// Delay between pull retries (e.g. 2s)
    #[arg(long = "retry-delay", value_name = "DURATION")]
    pub retry_delay: Option<String>,
    /// Leave the build history out of the image config
    #[arg(long)]
    pub omit_history: bool,
    /// Add the io.buildah.version identity label (accepted; dhow adds no identity label)
    #[arg(long, value_name = "BOOL", default_value_t = true, action = clap::ArgAction::Set, num_args = 0..=1, default_missing_value = "true")]
    pub identity_label: bool,
    /// Skip stages the target does not need (dhow always does)
    #[arg(long, value_name = "BOOL", default_value_t = true, action = clap::ArgAction::Set, num_args = 0..=1, default_missing_value = "true")]
    pub skip_unused_stages: bool,
    /// Legacy option without effect (as in podman)
    #[arg(long)]
    pub compress: bool,
    /// Do not compress new layers (accepted; dhow stores new layers gzip-compressed)
    #[arg(short = 'D', long = "disable-compression", value_name = "BOOL", default_value_t = true, action = clap::ArgAction::Set, num_args = 0..=1, default_missing_value = "true")]
    pub disable_compression: bool,
    /// Docker-specific option without effect (as in podman)
    #[arg(long)]
    pub disable_content_trust: bool,
    /// Write the build's output to this file instead of stdout/stderr
    #[arg(long, value_name = "FILE")]
    pub logfile: Option<PathBuf>,
    /// Split the logfile per platform (dhow builds one platform)
    #[arg(long)]
    pub logsplit: bool,
    /// Pass stdin into RUN steps
    #[arg(long)]
    pub stdin: bool,
    /// Add the built image to this manifest list (created if missing)
    #[arg(long, value_name = "LIST")]
    pub manifest: Option<String>,
    /// Annotation for the built image's manifest (KEY=VALUE, repeatable)
    #[arg(long = "annotation", value_name = "KEY=VALUE")]
    pub annotations: Vec<String>,
    /// Pass the host's proxy variables to RUN steps
    #[arg(long = "http-proxy", value_name = "BOOL", default_value_t = true, action = clap::ArgAction::Set, num_args = 0..=1, default_missing_value = "true")]
    pub http_proxy: bool,
    /// Use certificates at this path to access the registry
    #[arg(long = "cert-dir", value_name = "DIR")]
    pub cert_dir: Option<PathBuf>,
    /// Build for every platform of the base image (not supported by dhow)
    #[arg(long)]
    pub all_platforms: bool,
    /// Extra build context NAME=VALUE (not supported by dhow)
    #[arg(long = "build-context", value_name = "NAME=VALUE")]
    pub build_context: Vec<String>,
    /// Flag for the C preprocessor on Containerfile.in (not supported by dhow)
    #[arg(long = "cpp-flag", value_name = "FLAG")]
    pub cpp_flag: Vec<String>,
    /// Key to decrypt encrypted images (not supported by dhow)
    #[arg(long = "decryption-key", value_name = "KEY")]
    pub decryption_key: Vec<String>,
    /// OCI hooks directory (not supported by dhow)
    #[arg(long = "hooks-dir", value_name = "DIR")]
    pub hooks_dir: Vec<String>,
    /// Required OS feature (not supported by dhow)
    #[arg(long = "os-feature", value_name = "FEATURE")]
    pub os_feature: Vec<String>,
    /// Required OS version (not supported by dhow)
    #[arg(long = "os-version", value_name = "VERSION")]
    pub os_version: Option<String>,
    /// Sign the image with this GPG key (not supported by dhow)
    #[arg(long = "sign-by", value_name = "FINGERPRINT")]
    pub sign_by: Option<String>,
    /// SSH agent socket or keys for RUN --mount=type=ssh (not supported by dhow)
    #[arg(long = "ssh", value_name = "ID[=SOCKET|KEY]")]
    pub ssh: Vec<String>,
}

/// `dhow buildx build`: docker's buildx spelling of `build`.
#[derive(clap::Subcommand, Debug)]
#[command(defer = true)]
pub enum BuildxCommand {
    /// Build an image from a Containerfile or Dockerfile (same as dhow build)
    Build(Box<BuildArgs>),
}

pub fn exec(engine: &Engine, args: BuildArgs) -> anyhow::Result<()> {
    let network = args.network.clone().unwrap_or_default();
    if !matches!(
        network.as_str(),
        "" | "none" | "host" | "private" | "default"
    ) {
        bail!("invalid --network {network:?}: use none or host");
    }
    let context = if args.context == "-" {
        ContextSource::Stdin
    } else if args.context.starts_with("http://")
        || args.context.starts_with("https://")
        || args.context.starts_with("git@")
    {
        bail!(
            "building from a URL is not supported yet: download the context and give its directory"
        );
    } else {
        ContextSource::Dir(PathBuf::from(&args.context))
    };
    let pull = match args.pull.as_deref() {
        _ if args.pull_never => PullPolicy::Never,
        _ if args.pull_always => PullPolicy::Always,
        None => PullPolicy::Missing,
        Some(p) => PullPolicy::parse(p)?,
    };
    let opts = BuildOptions {
        context,
        file: args.file.clone(),
        tags: args.tags.clone(),
        build_args: args.build_args.clone(),
        target: args.target.clone(),
        no_cache: args.no_cache,
        pull,
        layers: args.layers,
        squash: args.squash,
        labels: args.labels.clone(),
        quiet: args.quiet,
        iidfile: args.iidfile.clone(),
        network: if network == "host" {
            "host".into()
        } else {
            String::new()
        },
        pull_options: crate::cli::args::pull_options("", &args.registry, &args.platform, args.quiet)?,
        ignorefile: args.ignorefile.clone(),
        more: more_options(&args.more)?,
    };
    if let Some(f) = &args.more.logfile {
        redirect_output(f)?;
    }
    let built = crate::engine::build::build(engine, &opts);
    // --secret id=ID,env=VAR files live only as long as the build.
    let _ = std::fs::remove_dir_all(secret_env_dir());
    let id = built?;
    println!("{}", id.hex());
    Ok(())
}

/// Refuses a flag dhow cannot honour, by name, with podman's exit code.
fn unsupported(flag: &str, why: &str) -> anyhow::Error {
    crate::error::Exit::with_code(125, format!("{flag} is not supported by dhow: {why}")).into()
}

/// The flags podman takes that make no sense for (or are not built into)
/// dhow's builder: refused by name, never ignored.
fn refuse_unsupported(m: &BuildMoreArgs) -> anyhow::Result<()> {
    let checks: [(&str, bool, &str); 13] = [
        ("--all-platforms", m.all_platforms, "dhow builds for one platform (give --platform)"),
        ("--build-context", !m.build_context.is_empty(), "extra named build contexts are not implemented; COPY from a stage or the main context"),
        ("--cpp-flag", !m.cpp_flag.is_empty(), "Containerfile.in preprocessing is not implemented"),
        ("--decryption-key", !m.decryption_key.is_empty(), "encrypted images are not supported"),
        ("--hooks-dir", !m.hooks_dir.is_empty(), "OCI hooks are not run by dhow's built-in runtime"),
        ("--os-feature", !m.os_feature.is_empty(), "OS features are only meaningful for Windows images"),
        ("--os-version", m.os_version.is_some(), "OS versions are only meaningful for Windows images"),
        ("--sign-by", m.sign_by.is_some(), "image signing is not implemented"),
        ("--ssh", !m.ssh.is_empty(), "RUN --mount=type=ssh is not implemented"),
        ("--cache-from", !m.cache_from.is_empty(), "dhow's build cache is local; a registry cache is not implemented"),
        ("--cache-to", !m.cache_to.is_empty(), "dhow's build cache is local; a registry cache is not implemented"),
        ("--userns-uid-map", !m.userns_uid_map.is_empty() || m.userns_uid_map_user.is_some(), "RUN steps run in the user's rootless namespace; ID maps for them are not implemented"),
        ("--userns-gid-map", !m.userns_gid_map.is_empty() || m.userns_gid_map_group.is_some(), "RUN steps run in the user's rootless namespace; ID maps for them are not implemented"),
    ];
    if let Some((flag, _, why)) = checks.iter().find(|(_, given, _)| *given) {
        return Err(unsupported(flag, why));
    }
    if let Some(d) = &m.cert_dir {
        // The base images' registries (podman's --cert-dir).
        crate::image::registry::certs::set_cert_dir(d.clone());
    }
    if let Some(u) = m.userns.as_deref() {
        if !matches!(u, "" | "container" | "host") {
            return Err(unsupported("--userns", &format!("{u:?}: RUN steps run in the user's rootless namespace (container or host)")));
        }
    }
    if let Some(i) = m.isolation.as_deref() {
        if !matches!(i, "" | "oci" | "rootless" | "chroot" | "default") {
            bail!("unrecognized isolation type {i:?}: use oci, rootless or chroot");
        }
    }
    Ok(())
}

/// podman's rootless cgroup v1 warning: RUN steps get no resource limits.
fn warn_limits(m: &BuildMoreArgs) {
    let given = [
        ("--cpu-period", m.cpu_period.is_some()),
        ("--cpu-quota", m.cpu_quota.is_some()),
        ("--cpu-shares", m.cpu_shares.is_some()),
        ("--cpuset-cpus", m.cpuset_cpus.is_some()),
        ("--cpuset-mems", m.cpuset_mems.is_some()),
        ("--memory", m.memory.is_some()),
        ("--memory-swap", m.memory_swap.is_some()),
        ("--cgroup-parent", m.cgroup_parent.is_some()),
    ];
    for (flag, _) in given.iter().filter(|(_, g)| *g) {
        eprintln!("Warning: {flag} is ignored for RUN steps: rootless builds cannot set resource limits on cgroup v1");
    }
}

fn more_options(m: &BuildMoreArgs) -> anyhow::Result<BuildMore> {
    refuse_unsupported(m)?;
    warn_limits(m);
    let docker_format = match m.format.as_deref().map(str::to_ascii_lowercase).as_deref() {
        None | Some("oci") | Some("") => false,
        Some("docker") => true,
        Some(f) => bail!("unrecognized image type {f:?}: use oci or docker"),
    };
    let env = m
        .env
        .iter()
        .filter_map(|e| match e.split_once('=') {
            Some(_) => Some(e.clone()),
            None => std::env::var(e).ok().map(|v| format!("{e}={v}")),
        })
        .collect();
    let mut secrets = Vec::new();
    for s in &m.secrets {
        let (mut id, mut src, mut env_name) = (None, None, None);
        for kv in s.split(',') {
            match kv.split_once('=') {
                Some(("id", v)) => id = Some(v.to_string()),
                Some(("src" | "source", v)) => src = Some(PathBuf::from(v)),
                Some(("env", v)) => env_name = Some(v.to_string()),
                Some(("type", "file" | "env")) => {}
                _ => bail!("invalid --secret {s:?}: use id=ID,src=PATH (or id=ID,env=VAR)"),
            }
        }
        let Some(id) = id.filter(|i| !i.is_empty() && !i.contains('/')) else {
            bail!("invalid --secret {s:?}: id=ID is required (a name without '/')");
        };
        let src = match (src, env_name) {
            (Some(p), _) => {
                if !p.is_file() {
                    bail!("--secret {s:?}: {} is not a readable file", p.display());
                }
                std::fs::canonicalize(&p)?
            }
            (None, Some(var)) => {
                let v = std::env::var(&var).map_err(|_| anyhow::anyhow!("--secret {s:?}: environment variable {var} is not set"))?;
                let dir = secret_env_dir();
                std::fs::create_dir_all(&dir)?;
                let f = dir.join(&id);
                crate::util::atomic::write_file(&f, v.as_bytes(), 0o400)?;
                f
            }
            (None, None) => bail!("invalid --secret {s:?}: give src=PATH"),
        };
        secrets.push((id, src));
    }
    for h in &m.add_hosts {
        match h.split_once(':') {
            Some((n, ip)) if !n.is_empty() && !ip.is_empty() => {}
            _ => bail!("invalid --add-host {h:?}: use HOST:IP"),
        }
    }
    if m.no_hosts && !m.add_hosts.is_empty() {
        bail!("--no-hosts and --add-host conflict: RUN steps keep the image's /etc/hosts with --no-hosts");
    }
    let mut mounts = Vec::new();
    for v in &m.volumes {
        let mount = crate::engine::volumes::mounts::parse_volume(v)?;
        if mount.kind != "bind" {
            return Err(unsupported("--volume", &format!("{v:?}: RUN steps take bind mounts of host paths only (/host/dir:/ctr/dir)")));
        }
        if !std::path::Path::new(&mount.source).exists() {
            bail!("--volume {v:?}: {} does not exist", mount.source);
        }
        mounts.push(mount);
    }
    if docker_format && !m.annotations.is_empty() {
        eprintln!("Warning: --annotation is ignored with --format docker: docker manifests have no annotations");
    }
    let output = match m.output.as_deref() {
        None => None,
        Some(o) if !o.contains('=') => Some(Output::Dir(PathBuf::from(o))),
        Some(o) => {
            let (mut kind, mut dest) = (None, None);
            for kv in o.split(',') {
                match kv.split_once('=') {
                    Some(("type", t)) => kind = Some(t.to_string()),
                    Some(("dest", d)) => dest = Some(PathBuf::from(d)),
                    _ => bail!("invalid --output {o:?}: use type=local,dest=DIR or type=tar,dest=FILE"),
                }
            }
            let Some(dest) = dest else { bail!("invalid --output {o:?}: dest= is required") };
            match kind.as_deref() {
                Some("local") => Some(Output::Dir(dest)),
                Some("tar") => Some(Output::Tar(dest)),
                _ => bail!("invalid --output {o:?}: type must be local or tar"),
            }
        }
    };
    if let Some(Output::Tar(d) | Output::Dir(d)) = &output {
        if d.as_os_str() == "-" {
            return Err(unsupported("--output to stdout", "the build's progress is written there; give type=tar,dest=FILE"));
        }
    }
    let duration = |flag: &str, s: &str| -> anyhow::Result<std::time::Duration> {
        let ns = crate::util::duration::parse_go(s).map_err(|e| anyhow::anyhow!("invalid {flag} {s:?}: {e}"))?;
        Ok(std::time::Duration::from_nanos(u64::try_from(ns).unwrap_or(0)))
    };
    let run_extras = crate::engine::containers::extras::ExtraOptions {
        pid: m.pid.clone(),
        ipc: m.ipc.clone(),
        uts: m.uts.clone(),
        cgroupns: m.cgroupns.clone(),
        devices: m.devices.clone(),
        shm_size: m.shm_size.clone(),
        http_proxy: Some(m.http_proxy),
        ..Default::default()
    };
    Ok(BuildMore {
        docker_format,
        env,
        unsetenv: m.unsetenv.clone(),
        from: m.from.clone(),
        timestamp: m.timestamp,
        secrets,
        add_hosts: m.add_hosts.clone(),
        dns: m.dns.clone(),
        dns_search: m.dns_search.clone(),
        dns_options: m.dns_options.clone(),
        no_hosts: m.no_hosts,
        mounts,
        cap_add: m.cap_add.clone(),
        cap_drop: m.cap_drop.clone(),
        security_opt: m.security_opt.clone(),
        run_extras,
        squash_all: m.squash_all,
        output,
        manifest: m.manifest.clone(),
        omit_history: m.omit_history,
        stdin: m.stdin,
        cache_ttl: m.cache_ttl.as_deref().map(|s| duration("--cache-ttl", s)).transpose()?,
        annotations: m.annotations.clone(),
        retry: m.retry.unwrap_or(3),
        retry_delay: duration("--retry-delay", m.retry_delay.as_deref().unwrap_or("2s"))?,
    })
}

/// Where `--secret id=ID,env=VAR` values are written for the build.
fn secret_env_dir() -> PathBuf {
    std::env::temp_dir().join(format!("dhow-build-secret-{}", std::process::id()))
}

/// `--logfile`: the build's output (stdout and stderr) goes to the file.
fn redirect_output(f: &std::path::Path) -> anyhow::Result<()> {
    use std::os::fd::AsRawFd;
    let file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(f)
        .map_err(|e| anyhow::anyhow!("--logfile {}: {e}", f.display()))?;
    for fd in [1, 2] {
        nix::unistd::dup2(file.as_raw_fd(), fd).map_err(|e| anyhow::anyhow!("--logfile {}: {e}", f.display()))?;
    }
    Ok(())
}
