//! `dhow kube generate|play|down` (and podman's older spellings `generate
//! kube`, `play kube`) over `engine::kube`.

use crate::engine::Engine;
use anyhow::Context;
use clap::{Args, Subcommand};
use std::io::Read;
use std::path::PathBuf;

#[derive(Subcommand, Debug)]
#[command(defer = true)]
pub enum KubeCommand {
    /// Generate Kubernetes YAML from pods or containers
    Generate(GenerateArgs),
    /// Create pods and containers from Kubernetes YAML (Pod, Deployment, DaemonSet, Job, PVC, ConfigMap, Secret)
    Play(PlayArgs),
    /// Remove the pods that 'kube play' created from Kubernetes YAML
    Down(DownArgs),
}

/// `dhow play kube` (podman's older spelling).
#[derive(Subcommand, Debug)]
#[command(defer = true)]
pub enum PlayCommand {
    /// Create pods and containers from Kubernetes YAML (same as 'kube play')
    Kube(PlayArgs),
}

impl KubeCommand {
    pub fn exec(self, engine: &Engine) -> anyhow::Result<()> {
        match self {
            KubeCommand::Generate(a) => exec_generate(engine, a),
            KubeCommand::Play(a) => exec_play(engine, a),
            KubeCommand::Down(a) => exec_down(engine, a),
        }
    }
}

#[derive(Args, Debug)]
pub struct GenerateArgs {
    /// Pods or containers (names or IDs)
    #[arg(value_name = "POD|CONTAINER", required = true)]
    pub names: Vec<String>,
    /// Also generate a Service for the published ports
    #[arg(short = 's', long)]
    pub service: bool,
    /// Kind of object to generate: pod or deployment
    #[arg(short = 't', long = "type", value_name = "KIND", default_value = "pod", value_parser = ["pod", "deployment"])]
    pub kind: String,
    /// Replicas of a generated Deployment
    #[arg(short = 'r', long, value_name = "N", default_value_t = 1)]
    pub replicas: u32,
    /// Write the YAML to this file instead of stdout
    #[arg(short = 'f', long = "filename", value_name = "FILE")]
    pub file: Option<PathBuf>,
}

pub fn exec_generate(engine: &Engine, a: GenerateArgs) -> anyhow::Result<()> {
    if a.kind != "deployment" && a.replicas != 1 {
        anyhow::bail!("--replicas needs --type deployment");
    }
    let deployment = (a.kind == "deployment").then_some(a.replicas);
    let yaml = crate::engine::kube::generate(engine, &a.names, a.service, deployment)?;
    match &a.file {
        Some(f) => crate::util::atomic::write_file(f, yaml.as_bytes(), 0o644).with_context(|| format!("writing {}", f.display())),
        None => {
            print!("{yaml}");
            Ok(())
        }
    }
}

#[derive(Args, Debug)]
pub struct PlayArgs {
    /// The YAML file ('-' reads stdin)
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Remove pods of the same names that an earlier play created first
    #[arg(long)]
    pub replace: bool,
    /// Start the pods after creating them
    #[arg(long, default_value_t = true, num_args = 0..=1, default_missing_value = "true", action = clap::ArgAction::Set, value_name = "BOOL")]
    pub start: bool,
    /// Suppress the pull progress output
    #[arg(short = 'q', long)]
    pub quiet: bool,
    /// A YAML file of ConfigMaps the played YAML refers to (repeatable)
    #[arg(long = "configmap", value_name = "FILE", value_delimiter = ',')]
    pub configmap: Vec<PathBuf>,
    /// The pods' network: a network NAME (pods reach each other by pod name on it), none, host, slirp4netns, pasta
    #[arg(long = "network", alias = "net", value_name = "NETWORK")]
    pub network: Option<String>,
    /// Build every image that has a build directory (NAME/Containerfile or NAME/Dockerfile beside the YAML), even when it exists; --build=false never builds (default: build the missing ones)
    #[arg(long, num_args = 0..=1, default_missing_value = "true", action = clap::ArgAction::Set, value_name = "BOOL")]
    pub build: Option<bool>,
    /// Look for the images' build directories here instead of beside the YAML and in the current directory
    #[arg(long = "context-dir", value_name = "DIR")]
    pub context_dir: Option<PathBuf>,
    #[command(flatten)]
    pub registry: crate::cli::args::RegistryArgs,
    /// Add an annotation to every container of the played pods: KEY=VALUE
    #[arg(long, value_name = "KEY=VALUE")]
    pub annotation: Vec<String>,
    /// Static IPv4 address of a played pod on its network (repeat: one per pod, in the YAML's order)
    #[arg(long, value_name = "IP")]
    pub ip: Vec<String>,
    /// Static MAC address of a played pod (repeat: one per pod, in the YAML's order)
    #[arg(long = "mac-address", value_name = "MAC")]
    pub mac_address: Vec<String>,
    /// Logging driver of the played containers (k8s-file, json-file, journald, none, passthrough)
    #[arg(long = "log-driver", value_name = "DRIVER")]
    pub log_driver: Option<String>,
    /// Logging driver options of the played containers: KEY=VALUE (max-size, max-file, path, tag)
    #[arg(long = "log-opt", value_name = "KEY=VALUE")]
    pub log_opt: Vec<String>,
    /// Do not write /etc/hosts into the played pods' containers
    #[arg(long = "no-hosts")]
    pub no_hosts: bool,
    /// User namespace of the played pods: keep-id, auto[:size=N], nomap, host, private (each pod's containers share one mapping)
    #[arg(long, value_name = "MODE")]
    pub userns: Option<String>,
    /// Directory of the seccomp profiles that localhost/NAME refers to in the YAML (default: /var/lib/kubelet/seccomp)
    #[arg(long = "seccomp-profile-root", value_name = "DIR")]
    pub seccomp_profile_root: Option<PathBuf>,
    #[command(flatten)]
    pub refused: PlayRefusedArgs,
}

/// `kube play --cert-dir`: the registry certificates for the images it
/// pulls (as `pull --cert-dir`). The struct keeps its old name; nothing in
/// it is refused any more.
#[derive(Args, Debug)]
pub struct PlayRefusedArgs {
    /// Certificates for the registries of the images play pulls: DIR/*.crt as extra CAs, *.cert + *.key as the client certificate
    #[arg(long = "cert-dir", value_name = "DIR")]
    pub cert_dir: Option<PathBuf>,
}

impl PlayRefusedArgs {
    fn check(&self) -> anyhow::Result<()> {
        if let Some(d) = &self.cert_dir {
            crate::image::registry::certs::set_cert_dir(d.clone());
        }
        Ok(())
    }
}

fn read_yaml(file: &std::path::Path) -> anyhow::Result<String> {
    if file.as_os_str() == "-" {
        let mut s = String::new();
        std::io::stdin().read_to_string(&mut s).context("reading the YAML from stdin")?;
        return Ok(s);
    }
    std::fs::read_to_string(file).with_context(|| format!("reading {}", file.display()))
}

pub fn exec_play(engine: &Engine, a: PlayArgs) -> anyhow::Result<()> {
    a.refused.check()?;
    let mut yaml = read_yaml(&a.file)?;
    // `--configmap FILE`: ConfigMap documents the YAML's references may use.
    for f in &a.configmap {
        let extra = read_yaml(f)?;
        let names = crate::kube::play::names(&extra).with_context(|| format!("--configmap {}", f.display()))?;
        if !names.pods.is_empty() || !names.volumes.is_empty() {
            anyhow::bail!("--configmap {}: the file must hold only ConfigMap documents", f.display());
        }
        yaml = format!("{yaml}\n---\n{extra}");
    }
    // podman looks in the current directory; a YAML played from elsewhere
    // finds the directories beside it first.
    let context_dirs = match a.context_dir {
        Some(d) => vec![d],
        None => {
            let beside = a.file.parent().filter(|p| a.file.as_os_str() != "-" && !p.as_os_str().is_empty()).map(std::path::Path::to_path_buf);
            beside.into_iter().chain([PathBuf::from(".")]).collect()
        }
    };
    let pull = crate::cli::args::pull_options("", &a.registry, &Default::default(), a.quiet)?;
    let opts = crate::engine::kube::PlayOptions {
        replace: a.replace,
        start: a.start,
        quiet: a.quiet,
        network: a.network,
        build: a.build,
        context_dirs,
        pull,
        annotations: a.annotation,
        ips: a.ip,
        macs: a.mac_address,
        log_driver: a.log_driver,
        log_opts: a.log_opt,
        no_hosts: a.no_hosts,
        userns: a.userns,
        seccomp_profile_root: a.seccomp_profile_root,
    };
    let played = crate::engine::kube::play(engine, &yaml, &opts)?;
    for p in played {
        println!("Pod:\n{}\nContainers:", p.pod.id);
        for c in p.containers {
            println!("{c}");
        }
    }
    Ok(())
}

#[derive(Args, Debug)]
pub struct DownArgs {
    /// The YAML file that was played ('-' reads stdin)
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Also remove the volumes of the YAML's PersistentVolumeClaims that 'kube play' created
    #[arg(long)]
    pub force: bool,
}

fn exec_down(engine: &Engine, a: DownArgs) -> anyhow::Result<()> {
    let yaml = read_yaml(&a.file)?;
    let (removed, volumes) = crate::engine::kube::down(engine, &yaml, a.force)?;
    if !removed.is_empty() {
        println!("Pods removed:");
        for n in removed {
            println!("{n}");
        }
    }
    if !volumes.is_empty() {
        println!("Volumes removed:");
        for n in volumes {
            println!("{n}");
        }
    }
    Ok(())
}
