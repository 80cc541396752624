//! podman's less common `create`/`run` flags (namespaces, devices,
//! sysctls, time zone, umask, ...), defined once and flattened into
//! `CreateArgs`; the engine side is `engine/containers/extras.rs`.

use crate::engine::containers::extras::ExtraOptions;
use clap::Args;

#[derive(Args, Debug, Clone, Default)]
pub struct ExtraArgs {
    /// PID namespace: private, host, container:NAME or ns:PATH
    #[arg(long, value_name = "MODE")]
    pub pid: Option<String>,
    /// IPC namespace: private, shareable, none, host, container:NAME or ns:PATH
    #[arg(long, value_name = "MODE")]
    pub ipc: Option<String>,
    /// UTS namespace (host and domain name): private, host, container:NAME or ns:PATH
    #[arg(long, value_name = "MODE")]
    pub uts: Option<String>,
    /// Cgroup namespace: host or private
    #[arg(long, value_name = "MODE")]
    pub cgroupns: Option<String>,
    /// Add a host device: HOST[:CONTAINER][:PERMISSIONS] (bind-mounted; without w read-only)
    #[arg(long, value_name = "DEVICE")]
    pub device: Vec<String>,
    /// Add a rule to the container's allowed-devices cgroup list: TYPE MAJOR:MINOR ACCESS (e.g. 'c 1:3 rwm'); recorded, enforced only where a devices cgroup is writable
    #[arg(long = "device-cgroup-rule", value_name = "RULE")]
    pub device_cgroup_rule: Vec<String>,
    /// Add a supplementary group (name, GID, or keep-groups)
    #[arg(long = "group-add", value_name = "GROUP")]
    pub group_add: Vec<String>,
    /// Set a namespaced kernel parameter: KEY=VALUE (kernel.msg*, kernel.sem, kernel.shm*, fs.mqueue.*, net.*)
    #[arg(long, value_name = "KEY=VALUE")]
    pub sysctl: Vec<String>,
    /// Size of /dev/shm (e.g. 128m; default 64m)
    #[arg(long = "shm-size", value_name = "SIZE")]
    pub shm_size: Option<String>,
    /// Set an environment variable from the image's value: KEY=VALUE with ${KEY} for the image's
    #[arg(long = "env-merge", value_name = "KEY=VALUE")]
    pub env_merge: Vec<String>,
    /// Add an annotation to the container (KEY=VALUE), passed to the OCI runtime
    #[arg(long, value_name = "KEY=VALUE")]
    pub annotation: Vec<String>,
    /// Run in a new user namespace with this UID map: CONTAINER:HOST:SIZE (HOST in the rootless namespace)
    #[arg(long, value_name = "CONTAINER:HOST:SIZE")]
    pub uidmap: Vec<String>,
    /// Run in a new user namespace with this GID map: CONTAINER:HOST:SIZE
    #[arg(long, value_name = "CONTAINER:HOST:SIZE")]
    pub gidmap: Vec<String>,
    /// Add an /etc/passwd entry for a --user the image does not know (default true)
    #[arg(long, value_name = "BOOL")]
    pub passwd: Option<bool>,
    /// Add a host user's /etc/passwd entry to the container
    #[arg(long, value_name = "NAME")]
    pub hostuser: Vec<String>,
    /// Time zone of the container: a zone name (Europe/Paris) or local
    #[arg(long, value_name = "TZ")]
    pub tz: Option<String>,
    /// File mode creation mask of the container's process (octal, default 0022)
    #[arg(long, value_name = "MASK")]
    pub umask: Option<String>,
    /// Kill the container after this many seconds
    #[arg(long, value_name = "SECONDS")]
    pub timeout: Option<u64>,
    /// systemd mode (tmpfs on /run, /tmp, ...; container=dhow): true (when the command is init or systemd), false, always
    #[arg(long, value_name = "MODE")]
    pub systemd: Option<String>,
    /// Containers to start before this one (names, comma separated)
    #[arg(long, value_name = "CONTAINERS")]
    pub requires: Vec<String>,
    /// With --read-only, mount tmpfs on /run, /tmp and /var/tmp (default true)
    #[arg(long = "read-only-tmpfs", value_name = "BOOL")]
    pub read_only_tmpfs: Option<bool>,
    /// What the image's VOLUMEs become: bind (a volume), tmpfs or ignore
    #[arg(long = "image-volume", value_name = "MODE")]
    pub image_volume: Option<String>,
    /// Pass the host's proxy variables (http_proxy, ...) into the container (default true)
    #[arg(long = "http-proxy", value_name = "BOOL")]
    pub http_proxy: Option<bool>,
    /// Leave a variable of the image (or PATH, HOSTNAME, HOME, TERM) unset
    #[arg(long, value_name = "KEY")]
    pub unsetenv: Vec<String>,
    /// Only the -e and --env-file variables: none of the image's or dhow's defaults
    #[arg(long = "unsetenv-all")]
    pub unsetenv_all: bool,
    /// Write the container's PID to this file at each start
    #[arg(long, value_name = "FILE")]
    pub pidfile: Option<std::path::PathBuf>,
    /// Write the container monitor's PID to this file at each start (podman's conmon)
    #[arg(long = "conmon-pidfile", value_name = "FILE")]
    pub conmon_pidfile: Option<std::path::PathBuf>,
    /// Template of the /etc/passwd line added for an unknown user ($USERNAME, $UID, $GID, $NAME, $HOME)
    #[arg(long = "passwd-entry", value_name = "ENTRY")]
    pub passwd_entry: Option<String>,
    /// Read the pod to run in from this file (as --pod)
    #[arg(long = "pod-id-file", value_name = "FILE")]
    pub pod_id_file: Option<std::path::PathBuf>,
    /// Execution domain of the container's process: LINUX or LINUX32 (uname -m says i686)
    #[arg(long, value_name = "DOMAIN")]
    pub personality: Option<String>,
    /// With --init: the init binary to run as PID 1 (e.g. catatonit, tini), instead of dhow's own
    #[arg(long = "init-path", value_name = "PATH")]
    pub init_path: Option<std::path::PathBuf>,
    /// Whose seccomp profile applies: default, or image (the image's io.containers.seccomp.profile label)
    #[arg(long = "seccomp-policy", value_name = "POLICY")]
    pub seccomp_policy: Option<String>,
    /// Directories inside the container (comma separated) that also get /etc/hosts, /etc/hostname and /etc/resolv.conf
    #[arg(long, value_name = "PATH")]
    pub chrootdirs: Vec<String>,
    /// Run in a user namespace mapped from this /etc/subuid name (within your own range when rootless)
    #[arg(long, value_name = "NAME")]
    pub subuidname: Option<String>,
    /// Run in a user namespace mapped from this /etc/subgid name (within your own range when rootless)
    #[arg(long, value_name = "NAME")]
    pub subgidname: Option<String>,
    /// docker's image signing check; ignored, as podman ignores it
    #[arg(long = "disable-content-trust")]
    pub disable_content_trust: bool,
}

impl ExtraArgs {
    /// `--pod-id-file` read, or `pod` as given.
    pub fn pod(&self, pod: &Option<String>) -> anyhow::Result<Option<String>> {
        match (&self.pod_id_file, pod) {
            (None, p) => Ok(p.clone()),
            (Some(_), Some(_)) => anyhow::bail!("cannot specify both --pod and --pod-id-file"),
            (Some(f), None) => {
                let id = std::fs::read_to_string(f).map_err(|e| anyhow::anyhow!("reading the pod ID file {}: {e}", f.display()))?;
                Ok(Some(id.trim().to_string()))
            }
        }
    }

    pub fn options(&self) -> ExtraOptions {
        ExtraOptions {
            pid: self.pid.clone(),
            ipc: self.ipc.clone(),
            uts: self.uts.clone(),
            cgroupns: self.cgroupns.clone(),
            devices: self.device.clone(),
            device_cgroup_rules: self.device_cgroup_rule.clone(),
            group_add: self.group_add.clone(),
            sysctls: self.sysctl.clone(),
            shm_size: self.shm_size.clone(),
            annotations: self.annotation.clone(),
            uidmap: self.uidmap.clone(),
            gidmap: self.gidmap.clone(),
            passwd: self.passwd,
            hostuser: self.hostuser.clone(),
            tz: self.tz.clone(),
            umask: self.umask.clone(),
            timeout: self.timeout,
            systemd: self.systemd.clone(),
            requires: self.requires.clone(),
            read_only_tmpfs: self.read_only_tmpfs,
            image_volume: self.image_volume.clone(),
            env_merge: self.env_merge.clone(),
            http_proxy: self.http_proxy,
            unsetenv: self.unsetenv.clone(),
            unsetenv_all: self.unsetenv_all,
            pidfile: self.pidfile.clone(),
            conmon_pidfile: self.conmon_pidfile.clone(),
            passwd_entry: self.passwd_entry.clone(),
            personality: self.personality.clone(),
            init_path: self.init_path.clone(),
            seccomp_policy: self.seccomp_policy.clone(),
            chroot_dirs: self.chrootdirs.clone(),
            subuidname: self.subuidname.clone(),
            subgidname: self.subgidname.clone(),
            attach: Vec::new(),
        }
    }
}
