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
    pub refused: PlayRefusedArgs,
}

/// podman's `kube play` flags dhow's play does not apply yet: taken and
/// refused when given (set the same in the YAML, or pull the images first
/// with 'dhow pull --authfile/--creds/--tls-verify').
#[derive(Args, Debug)]
pub struct PlayRefusedArgs {
    /// Not supported by dhow's kube play (refused): put annotations in the YAML's metadata
    #[arg(long, value_name = "KEY=VALUE")]
    pub annotation: Vec<String>,
    /// Not supported by dhow's kube play (refused): pull the images first with 'dhow pull --authfile'
    #[arg(long, value_name = "FILE")]
    pub authfile: Option<PathBuf>,
    /// Not supported by dhow's kube play (refused): pull the images first with 'dhow pull --creds'
    #[arg(long, value_name = "USER[:PASS]")]
    pub creds: Option<String>,
    /// Not supported by dhow's kube play (refused): pull the images first with 'dhow pull --tls-verify'
    #[arg(long = "tls-verify", value_name = "BOOL", num_args = 0..=1, default_missing_value = "true")]
    pub tls_verify: Option<String>,
    /// Not supported by dhow (refused): dhow uses the system's CA store
    #[arg(long = "cert-dir", value_name = "DIR")]
    pub cert_dir: Option<PathBuf>,
    /// Not supported by dhow's kube play (refused): pods get addresses in order from the network
    #[arg(long, value_name = "IP")]
    pub ip: Vec<String>,
    /// Not supported by dhow's kube play (refused)
    #[arg(long = "mac-address", value_name = "MAC")]
    pub mac_address: Vec<String>,
    /// Not supported by dhow's kube play (refused): containers log with dhow's default driver
    #[arg(long = "log-driver", value_name = "DRIVER")]
    pub log_driver: Option<String>,
    /// Not supported by dhow's kube play (refused)
    #[arg(long = "log-opt", value_name = "KEY=VALUE")]
    pub log_opt: Vec<String>,
    /// Not supported by dhow's kube play (refused)
    #[arg(long = "no-hosts")]
    pub no_hosts: bool,
    /// Not supported by dhow's kube play (refused): the pods get dhow's default user namespace
    #[arg(long, value_name = "MODE")]
    pub userns: Option<String>,
    /// Not supported by dhow (refused): dhow applies its own seccomp profile
    #[arg(long = "seccomp-profile-root", value_name = "DIR")]
    pub seccomp_profile_root: Option<PathBuf>,
}

impl PlayRefusedArgs {
    fn check(&self) -> anyhow::Result<()> {
        super::refuse_given(
            &[
                ("--annotation", !self.annotation.is_empty()),
                ("--authfile", self.authfile.is_some()),
                ("--creds", self.creds.is_some()),
                ("--tls-verify", self.tls_verify.is_some()),
                ("--cert-dir", self.cert_dir.is_some()),
                ("--ip", !self.ip.is_empty()),
                ("--mac-address", !self.mac_address.is_empty()),
                ("--log-driver", self.log_driver.is_some()),
                ("--log-opt", !self.log_opt.is_empty()),
                ("--no-hosts", self.no_hosts),
                ("--userns", self.userns.is_some()),
                ("--seccomp-profile-root", self.seccomp_profile_root.is_some()),
            ],
            "dhow's kube play does not apply it yet; set it in the YAML where Kubernetes has it, or pull the images first with 'dhow pull' and its registry flags",
        )
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
    let opts = crate::engine::kube::PlayOptions { replace: a.replace, start: a.start, quiet: a.quiet, network: a.network, build: a.build, context_dirs };
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
