//! podman's less common `run`/`create` flags, end to end: checked and
//! resolved at create ([`resolve`]: `container:NAME` to an ID, devices
//! looked at, sysctls validated), turned into the OCI spec at each start
//! ([`apply_to_spec`]: namespaces joined or shared with the host, device
//! binds, sysctls, `/dev/shm` size, groups, umask, time zone, systemd and
//! read-only tmpfs mounts, nested user namespaces), and shown by `inspect`
//! under docker's and podman's names ([`inspect_host_config`]).

use crate::container::extras::{self, Device, NsKind, NsMode, RunExtras};
use crate::container::{ContainerRecord, ContainerStore, Status};
use crate::engine::Engine;
use anyhow::{anyhow, bail, Context, Result};
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::os::unix::fs::FileTypeExt;
use std::path::Path;

/// The flags as typed (`CreateOptions::extras`).
#[derive(Debug, Clone, Default)]
pub struct ExtraOptions {
    pub pid: Option<String>,
    pub ipc: Option<String>,
    pub uts: Option<String>,
    pub cgroupns: Option<String>,
    pub devices: Vec<String>,
    /// `--device-cgroup-rule`, as typed.
    pub device_cgroup_rules: Vec<String>,
    pub group_add: Vec<String>,
    pub sysctls: Vec<String>,
    pub shm_size: Option<String>,
    pub annotations: Vec<String>,
    pub uidmap: Vec<String>,
    pub gidmap: Vec<String>,
    pub passwd: Option<bool>,
    pub hostuser: Vec<String>,
    pub tz: Option<String>,
    pub umask: Option<String>,
    pub timeout: Option<u64>,
    pub systemd: Option<String>,
    pub requires: Vec<String>,
    pub read_only_tmpfs: Option<bool>,
    pub image_volume: Option<String>,
    /// `--env-merge KEY=VALUE` with `${KEY}` standing for the image's value.
    pub env_merge: Vec<String>,
    /// `--http-proxy` (default true): the host's proxy variables pass in.
    pub http_proxy: Option<bool>,
    pub unsetenv: Vec<String>,
    pub unsetenv_all: bool,
    pub pidfile: Option<std::path::PathBuf>,
    pub conmon_pidfile: Option<std::path::PathBuf>,
    pub passwd_entry: Option<String>,
    pub personality: Option<String>,
    pub init_path: Option<std::path::PathBuf>,
    pub seccomp_policy: Option<String>,
    pub chroot_dirs: Vec<String>,
    /// `--subuidname`/`--subgidname`: the /etc/subuid and /etc/subgid
    /// names whose ranges become the container's mapping.
    pub subuidname: Option<String>,
    pub subgidname: Option<String>,
    /// `-a/--attach` streams (checked by the CLI).
    pub attach: Vec<String>,
}

/// Where `--init-path`'s binary is bound in the container (podman: /run/podman-init).
const INIT_TARGET: &str = "/run/dhow-init";

/// The image label that holds a seccomp profile (`--seccomp-policy image`).
const SECCOMP_LABEL: &str = "io.containers.seccomp.profile";

/// The image's environment as `--unsetenv`/`--unsetenv-all` leave it.
pub fn image_env(image: &[String], o: &ExtraOptions) -> Vec<String> {
    if o.unsetenv_all {
        return vec![];
    }
    image.iter().filter(|e| !o.unsetenv.iter().any(|k| e.split('=').next() == Some(k.as_str()))).cloned().collect()
}

/// An absolute form of a pid file path given relative to our directory.
fn absolute(p: &Option<std::path::PathBuf>) -> Result<String> {
    Ok(match p {
        None => String::new(),
        Some(p) => std::path::absolute(p).with_context(|| format!("resolving {}", p.display()))?.to_string_lossy().into_owned(),
    })
}

/// The proxy variables `--http-proxy` copies from dhow's environment.
const PROXY_VARS: &[&str] = &["http_proxy", "https_proxy", "ftp_proxy", "no_proxy", "HTTP_PROXY", "HTTPS_PROXY", "FTP_PROXY", "NO_PROXY"];

/// `--http-proxy` (true unless `=false`): the host's proxy variables,
/// before `-e` so that `-e` overrides them.
pub fn proxy_env(o: &ExtraOptions) -> Vec<String> {
    if o.http_proxy == Some(false) {
        return vec![];
    }
    PROXY_VARS.iter().filter_map(|k| std::env::var(k).ok().map(|v| format!("{k}={v}"))).collect()
}

/// `--env-merge`: each `KEY=VALUE` with `${KEY}` (or `$KEY`) replaced by
/// the value `KEY` has in `env` (the image's with `-e` applied).
pub fn env_merge(env: &[String], merges: &[String]) -> Result<Vec<String>> {
    let mut out = Vec::new();
    for m in merges {
        let (k, v) = m.split_once('=').ok_or_else(|| anyhow!("invalid --env-merge {m:?}: expected KEY=VALUE"))?;
        if k.is_empty() {
            bail!("invalid --env-merge {m:?}: expected KEY=VALUE");
        }
        let old = env.iter().find_map(|e| e.strip_prefix(&format!("{k}="))).unwrap_or_default();
        out.push(format!("{k}={}", v.replace(&format!("${{{k}}}"), old).replace(&format!("${k}"), old)));
    }
    Ok(out)
}

/// How `run --preserve-fds N` reaches the monitor: N in its environment,
/// the descriptors at 3..3+N, its socket right after them.
pub const PRESERVE_FDS_ENV: &str = "DHOW_PRESERVE_FDS";

fn preserved_by_caller() -> u32 {
    std::env::var(PRESERVE_FDS_ENV).ok().and_then(|v| v.parse().ok()).unwrap_or(0)
}

/// The monitor's end of the socket to the CLI that started it.
pub fn monitor_socket_fd() -> i32 {
    3 + preserved_by_caller() as i32
}

/// Checks and resolves the flags at create. `network_mode` is the
/// resolved `--network` (a sysctl of `net.*` needs a network of its own).
pub fn resolve(engine: &Engine, o: &ExtraOptions, network_mode: &str) -> Result<RunExtras> {
    let store = ContainerStore::new(&engine.paths.root);
    let ns = |kind: NsKind, v: &Option<String>| -> Result<String> {
        match extras::parse_ns_mode(kind, v.as_deref().unwrap_or("")).map_err(|e| anyhow!(e))? {
            NsMode::Plain(m) => Ok(m),
            NsMode::Container(c) => {
                let (r, _) = store.find(&c).with_context(|| format!("{} container:{c}", kind.flag()))?;
                Ok(format!("container:{}", r.id))
            }
            NsMode::Path(p) => {
                if !Path::new(&p).exists() {
                    bail!("{} ns:{p}: the namespace file does not exist", kind.flag());
                }
                Ok(format!("ns:{p}"))
            }
        }
    };
    let mut x = RunExtras {
        pid_mode: ns(NsKind::Pid, &o.pid)?,
        ipc_mode: ns(NsKind::Ipc, &o.ipc)?,
        uts_mode: ns(NsKind::Uts, &o.uts)?,
        cgroupns_mode: ns(NsKind::Cgroup, &o.cgroupns)?,
        group_add: o.group_add.clone(),
        no_passwd: o.passwd == Some(false),
        host_users: o.hostuser.clone(),
        timeout: o.timeout.unwrap_or(0),
        no_read_only_tmpfs: o.read_only_tmpfs == Some(false),
        unsetenv: o.unsetenv.clone(),
        unsetenv_all: o.unsetenv_all,
        pidfile: absolute(&o.pidfile)?,
        conmon_pidfile: absolute(&o.conmon_pidfile)?,
        passwd_entry: o.passwd_entry.clone().unwrap_or_default(),
        attach: o.attach.clone(),
        ..Default::default()
    };
    if let Some(p) = &o.personality {
        x.personality = p.to_ascii_uppercase();
        if !matches!(x.personality.as_str(), "LINUX" | "LINUX32") {
            bail!("invalid --personality {p:?}: use LINUX or LINUX32");
        }
    }
    if let Some(p) = &o.init_path {
        if !p.is_file() {
            bail!("--init-path {}: no such file", p.display());
        }
        x.init_path = absolute(&o.init_path)?;
    }
    match o.seccomp_policy.as_deref() {
        None | Some("default") => {}
        Some("image") => x.seccomp_policy = "image".into(),
        Some(p) => bail!("invalid --seccomp-policy {p:?}: use default or image"),
    }
    if let Some(d) = o.chroot_dirs.iter().flat_map(|d| d.split(',')).find(|d| !d.starts_with('/') || d.split('/').any(|p| p == "..")) {
        bail!("invalid --chrootdirs {d:?}: give absolute paths inside the container");
    }
    x.chroot_dirs = o.chroot_dirs.iter().flat_map(|d| d.split(',')).filter(|d| !d.is_empty()).map(|d| d.trim_end_matches('/').to_string()).collect();
    if let Some(k) = o.unsetenv.iter().find(|k| k.is_empty() || k.contains('=')) {
        bail!("invalid --unsetenv {k:?}: give a variable name");
    }
    for d in &o.devices {
        x.devices.push(check_device(extras::parse_device(d).map_err(|e| anyhow!(e))?)?);
    }
    for r in &o.device_cgroup_rules {
        extras::parse_device_cgroup_rule(r).map_err(|e| anyhow!(e))?;
        x.device_cgroup_rules.push(r.clone());
    }
    if !x.device_cgroup_rules.is_empty() {
        eprintln!(
            "Warning: --device-cgroup-rule is recorded (inspect's HostConfig.DeviceCgroupRules, the runtime spec's linux.resources.devices) but not enforced here: {}",
            device_rules_unenforced()
        );
    }
    if let Some(g) = o.group_add.iter().find(|g| g.is_empty() || g.contains(':')) {
        bail!("invalid --group-add {g:?}: give a group name, a GID or keep-groups");
    }
    if o.group_add.iter().any(|g| g == "keep-groups") && o.group_add.len() > 1 {
        bail!("the keep-groups option is not allowed with any other --group-add values");
    }
    for s in &o.sysctls {
        let (k, v) = extras::parse_sysctl(s, x.ipc_mode == "host", network_mode == "host", x.uts_mode == "host").map_err(|e| anyhow!(e))?;
        x.sysctls.insert(k, v);
    }
    if let Some(s) = &o.shm_size {
        let n = crate::util::human::parse_size(s).map_err(|e| anyhow!("invalid --shm-size {s:?}: {e}"))?;
        if n == 0 {
            bail!("invalid --shm-size {s:?}: the size must be greater than 0");
        }
        x.shm_size = n;
    }
    for a in &o.annotations {
        let (k, v) = a.split_once('=').ok_or_else(|| anyhow!("invalid --annotation {a:?}: expected KEY=VALUE"))?;
        if k.is_empty() {
            bail!("invalid --annotation {a:?}: expected KEY=VALUE");
        }
        x.annotations.insert(k.to_string(), v.to_string());
    }
    x.uid_maps = o.uidmap.iter().map(|m| extras::parse_id_map("--uidmap", m)).collect::<Result<_, _>>().map_err(|e| anyhow!(e))?;
    x.gid_maps = o.gidmap.iter().map(|m| extras::parse_id_map("--gidmap", m)).collect::<Result<_, _>>().map_err(|e| anyhow!(e))?;
    // podman: one of the two given, the other is the same.
    if o.subuidname.is_some() || o.subgidname.is_some() {
        if !x.uid_maps.is_empty() || !x.gid_maps.is_empty() {
            bail!("--subuidname/--subgidname and --uidmap/--gidmap cannot be used together: give one of them");
        }
        // As podman: one name given serves for both.
        let (u, g) = (o.subuidname.as_ref().or(o.subgidname.as_ref()).unwrap(), o.subgidname.as_ref().or(o.subuidname.as_ref()).unwrap());
        // dhow's namespace's, also from outside it (`pod create` does not enter it).
        let outer = crate::sys::userns::rootless_mappings().map(|(m, _)| m).context("reading dhow's user namespace mapping")?;
        x.uid_maps = vec![subid_map("--subuidname", "/etc/subuid", u, |h| outer.to_container_uid(h))?];
        x.gid_maps = vec![subid_map("--subgidname", "/etc/subgid", g, |h| outer.to_container_gid(h))?];
    }
    if x.gid_maps.is_empty() {
        x.gid_maps = x.uid_maps.clone();
    } else if x.uid_maps.is_empty() {
        x.uid_maps = x.gid_maps.clone();
    }
    if let Some(tz) = &o.tz {
        if tz != "local" {
            extras::check_timezone(tz).map_err(|e| anyhow!(e))?;
            if !Path::new("/usr/share/zoneinfo").join(tz).is_file() {
                bail!("invalid --tz {tz:?}: no such time zone in /usr/share/zoneinfo");
            }
        }
        x.timezone = tz.clone();
    }
    if let Some(u) = &o.umask {
        extras::parse_umask(u).map_err(|e| anyhow!(e))?;
        x.umask = u.clone();
    }
    x.systemd = extras::parse_systemd(o.systemd.as_deref().unwrap_or("")).map_err(|e| anyhow!(e))?;
    x.image_volume = extras::parse_image_volume(o.image_volume.as_deref().unwrap_or("")).map_err(|e| anyhow!(e))?;
    for r in &o.requires {
        for name in r.split(',').filter(|n| !n.is_empty()) {
            let (rec, _) = store.find(name).with_context(|| format!("--requires {name}"))?;
            x.requires.push(rec.id);
        }
    }
    for u in &o.hostuser {
        if nix::unistd::User::from_name(u).ok().flatten().is_none() && u.parse::<u32>().ok().and_then(|n| nix::unistd::User::from_uid(n.into()).ok().flatten()).is_none() {
            bail!("invalid --hostuser {u:?}: no such user on the host");
        }
    }
    Ok(x)
}

/// A `--device`: the host's node must exist and be a device.
fn check_device(d: Device) -> Result<Device> {
    let meta = std::fs::metadata(&d.path_on_host).map_err(|e| anyhow!("--device: stat {}: {e}", d.path_on_host))?;
    let ft = meta.file_type();
    if !ft.is_char_device() && !ft.is_block_device() {
        bail!("--device: {} is not a device node", d.path_on_host);
    }
    Ok(d)
}

/// `--requires`: starts each required container that is not running, as
/// podman does before the container itself.
pub fn before_start(engine: &Engine, id: &str) -> Result<()> {
    let store = ContainerStore::new(&engine.paths.root);
    let (record, _) = store.load(id)?;
    for req in &record.host.extras.requires {
        let (r, s) = store.load(req).map_err(|_| anyhow!("container {} requires a container ({req}) that no longer exists", record.name))?;
        if !matches!(s.effective().status, Status::Running | Status::Paused | Status::Restarting) {
            super::start::start(engine, &r.id).with_context(|| format!("starting {}, which {} requires", r.name, record.name))?;
        }
    }
    Ok(())
}

/// `--pidfile`/`--conmon-pidfile`: written after each start.
pub fn write_pid_files(record: &ContainerRecord, pid: i32, monitor_pid: u32) -> Result<()> {
    for (path, n) in [(&record.host.extras.pidfile, pid.to_string()), (&record.host.extras.conmon_pidfile, monitor_pid.to_string())] {
        if !path.is_empty() {
            crate::util::atomic::write_file(Path::new(path), n.as_bytes(), 0o644).with_context(|| format!("writing the PID file {path}"))?;
        }
    }
    Ok(())
}

/// A running container's namespace file, for `container:ID` modes.
fn container_ns(root: &Path, id: &str, kind: &str) -> Result<String> {
    let (r, s) = ContainerStore::new(root).load(id).map_err(|_| anyhow!("the container {id} whose {kind} namespace this one joins no longer exists"))?;
    let s = s.effective();
    if s.status != Status::Running || s.pid <= 0 {
        bail!("container {} must be running to join its {kind} namespace (start it first)", r.name);
    }
    Ok(format!("/proc/{}/ns/{kind}", s.pid))
}

/// Applies the record's extras to the spec generated for it. `root` is
/// dhow's storage root, `rootfs` the mounted root filesystem.
pub fn apply_to_spec(root: &Path, record: &ContainerRecord, rootfs: &Path, dir: &Path, spec: &mut oci_spec::runtime::Spec) -> Result<()> {
    let x = &record.host.extras;
    let passwd = passwd_file(record, rootfs, dir)?;
    let mut v = serde_json::to_value(&*spec).context("encoding the runtime spec")?;
    for (kind, mode) in [(NsKind::Pid, &x.pid_mode), (NsKind::Ipc, &x.ipc_mode), (NsKind::Uts, &x.uts_mode), (NsKind::Cgroup, &x.cgroupns_mode)] {
        let name = kind.proc_name();
        let entry = match mode.as_str() {
            "host" => None,
            "" if kind == NsKind::Cgroup => None, // cgroup v1 hosts: docker's default is the host's
            "" | "private" | "shareable" | "none" => Some(json!({"type": name})),
            m => match m.split_once(':') {
                Some(("container", id)) => Some(json!({"type": name, "path": container_ns(root, id, name)?})),
                Some(("ns", p)) => Some(json!({"type": name, "path": p})),
                _ => bail!("unknown {} mode {m:?} in the record", kind.flag()),
            },
        };
        if let Some(list) = v.pointer_mut("/linux/namespaces").and_then(Value::as_array_mut) {
            list.retain(|n| n["type"] != name);
            list.extend(entry.clone());
        }
        if kind == NsKind::Uts && !matches!(mode.as_str(), "" | "private") {
            // The host's or the joined namespace's name stays.
            if let Some(o) = v.as_object_mut() {
                o.remove("hostname");
            }
        }
    }
    let mounts = v.pointer_mut("/mounts").and_then(Value::as_array_mut).ok_or_else(|| anyhow!("the runtime spec has no mounts"))?;
    shm_mount(mounts, x);
    for d in &x.devices {
        let mut o = vec!["bind", "nosuid"];
        if !d.cgroup_permissions.contains('w') {
            o.push("ro");
        }
        mounts.push(json!({"destination": d.path_in_container, "type": "bind", "source": d.path_on_host, "options": o}));
    }
    let has_mount = |mounts: &Vec<Value>, dest: &str| mounts.iter().any(|m| m["destination"] == dest) || record.host.mounts.iter().any(|m| m.destination == dest) || record.host.tmpfs.contains_key(dest);
    let systemd = extras::systemd_mode(&x.systemd, &record.command);
    let mut tmpfs: Vec<(&str, &str)> = Vec::new();
    if systemd {
        tmpfs.extend([("/run", "mode=755"), ("/run/lock", "mode=1777"), ("/tmp", "mode=1777"), ("/var/log/journal", "mode=755")]);
    }
    if record.host.read_only && !x.no_read_only_tmpfs {
        tmpfs.extend([("/run", "mode=755"), ("/tmp", "mode=1777"), ("/var/tmp", "mode=1777")]);
    }
    for (dest, mode) in tmpfs {
        if !has_mount(mounts, dest) {
            mounts.push(json!({"destination": dest, "type": "tmpfs", "source": "tmpfs", "options": ["nosuid", "nodev", mode]}));
        }
    }
    if !x.timezone.is_empty() && !has_mount(mounts, "/etc/localtime") {
        let src = if x.timezone == "local" {
            std::fs::canonicalize("/etc/localtime").context("--tz local: reading the host's /etc/localtime")?
        } else {
            Path::new("/usr/share/zoneinfo").join(&x.timezone)
        };
        mounts.push(json!({"destination": "/etc/localtime", "type": "bind", "source": src, "options": ["rbind", "ro", "nosuid", "nodev"]}));
    }
    if let Some(p) = passwd {
        if !has_mount(mounts, "/etc/passwd") {
            mounts.push(json!({"destination": "/etc/passwd", "type": "bind", "source": p, "options": ["rbind", "nosuid", "nodev"]}));
        }
    }
    for d in &x.chroot_dirs {
        for f in ["hosts", "hostname", "resolv.conf"] {
            let dest = format!("{d}/etc/{f}");
            if !has_mount(mounts, &dest) {
                mounts.push(json!({"destination": dest, "type": "bind", "source": dir.join(f), "options": ["rbind", "rprivate", "nosuid", "nodev"]}));
            }
        }
    }
    if record.host.init && !x.init_path.is_empty() {
        mounts.push(json!({"destination": INIT_TARGET, "type": "bind", "source": x.init_path, "options": ["bind", "ro", "nosuid", "nodev"]}));
        if let Some(args) = v["process"]["args"].as_array_mut() {
            args.splice(0..0, [json!(INIT_TARGET), json!("--")]);
        }
        v["annotations"][crate::runtime::reaper::ANNOTATION] = json!("false");
    }
    if x.seccomp_policy == "image" && !record.host.privileged {
        if let Some(text) = record.config.labels.get(SECCOMP_LABEL) {
            let caps: Vec<String> = serde_json::from_value(v["process"]["capabilities"]["bounding"].clone()).unwrap_or_default();
            let profile = crate::runtime::seccomp::from_docker_profile(text, &caps).map_err(|e| anyhow!("the image's seccomp profile ({SECCOMP_LABEL}): {e}"))?;
            v["linux"]["seccomp"] = serde_json::to_value(profile)?;
        }
    }
    if !x.personality.is_empty() {
        v["linux"]["personality"] = json!({"domain": x.personality});
    }
    // The uts names are set with sethostname/setdomainname (allowed to
    // the namespace's owner), not through /proc/sys, whose uts files only
    // the host's root may write.
    let mut sysctls = x.sysctls.clone();
    for (key, field) in [("kernel.domainname", "domainname"), ("kernel.hostname", "hostname")] {
        if let Some(val) = sysctls.remove(key) {
            v[field] = json!(val);
        }
    }
    if !sysctls.is_empty() {
        v["linux"]["sysctl"] = json!(sysctls);
    }
    if let Some(a) = v["annotations"].as_object_mut() {
        a.extend(x.annotations.iter().map(|(k, val)| (k.clone(), json!(val))));
        if x.group_add.iter().any(|g| g == "keep-groups") {
            a.insert("run.oci.keep_original_groups".into(), json!("1"));
        }
        let preserved = preserved_by_caller();
        if preserved > 0 {
            a.insert(crate::runtime::PRESERVE_FDS_ANNOTATION.into(), json!(preserved.to_string()));
        }
    }
    let process = v.pointer_mut("/process").ok_or_else(|| anyhow!("the runtime spec has no process"))?;
    if !x.umask.is_empty() {
        process["user"]["umask"] = json!(extras::parse_umask(&x.umask).map_err(|e| anyhow!(e))?);
    }
    if let Some(env) = process["env"].as_array_mut() {
        // What dhow adds (PATH, HOSTNAME, HOME, TERM) goes too, unless -e set it.
        let given = |k: &str| record.config.env.iter().any(|e| e.split('=').next() == Some(k));
        env.retain(|e| {
            let k = e.as_str().and_then(|e| e.split('=').next()).unwrap_or_default();
            given(k) || !(x.unsetenv_all || x.unsetenv.iter().any(|u| u == k))
        });
    }
    if systemd {
        if let Some(env) = process["env"].as_array_mut() {
            if !env.iter().any(|e| e.as_str().is_some_and(|e| e.starts_with("container="))) {
                env.push(json!("container=dhow"));
            }
        }
    }
    let mut gids: Vec<u32> = serde_json::from_value(process["user"]["additionalGids"].clone()).unwrap_or_default();
    for g in x.group_add.iter().filter(|g| *g != "keep-groups") {
        let gid = match g.parse::<u32>() {
            Ok(n) => n,
            Err(_) => super::user::group_id(rootfs, g).ok_or_else(|| anyhow!("--group-add {g}: no such group in the container's /etc/group"))?,
        };
        if !gids.contains(&gid) {
            gids.push(gid);
        }
    }
    process["user"]["additionalGids"] = json!(gids);
    if !x.uid_maps.is_empty() {
        let maps = |m: &[(u32, u32, u32)]| m.iter().map(|(c, h, s)| json!({"containerID": c, "hostID": h, "size": s})).collect::<Vec<_>>();
        v["linux"]["uidMappings"] = json!(maps(&x.uid_maps));
        v["linux"]["gidMappings"] = json!(maps(&x.gid_maps));
        if let Some(list) = v.pointer_mut("/linux/namespaces").and_then(Value::as_array_mut) {
            list.retain(|n| n["type"] != "user");
            list.push(json!({"type": "user"}));
        }
    }
    if let Some(p) = record.host.userns.strip_prefix("ns:") {
        if let Some(list) = v.pointer_mut("/linux/namespaces").and_then(Value::as_array_mut) {
            list.retain(|n| n["type"] != "user");
            list.push(json!({"type": "user", "path": p}));
        }
    }
    *spec = serde_json::from_value(v).context("building the runtime spec")?;
    Ok(())
}

/// `--passwd` (default true) and `--hostuser`: the image's `/etc/passwd`
/// with a line for a numeric `--user` it does not know (home: the working
/// directory, as podman) and the host users' lines, written to
/// `<dir>/passwd`; None when nothing is added.
fn passwd_file(record: &ContainerRecord, rootfs: &Path, dir: &Path) -> Result<Option<std::path::PathBuf>> {
    let x = &record.host.extras;
    let text = crate::util::fsat::read_in_root(rootfs, Path::new("/etc/passwd")).ok().flatten().unwrap_or_default();
    let mut text = String::from_utf8_lossy(&text).into_owned();
    let has = |text: &str, field: usize, v: &str| text.lines().any(|l| l.split(':').nth(field) == Some(v));
    let mut added = Vec::new();
    let (uid, gid) = record.config.user.split_once(':').unwrap_or((&record.config.user, ""));
    if !x.no_passwd && uid.parse::<u32>().is_ok() && !has(&text, 2, uid) {
        let gid = if gid.parse::<u32>().is_ok() { gid } else { uid };
        let home = if record.config.working_dir.is_empty() { "/" } else { &record.config.working_dir };
        let template = if x.passwd_entry.is_empty() { "$USERNAME:*:$UID:$GID:$NAME:$HOME:/bin/sh" } else { &x.passwd_entry };
        // podman's variables; longest names first so $USERNAME is not read as $USER...
        let line = template.replace("$USERNAME", uid).replace("$UID", uid).replace("$GID", gid).replace("$NAME", "container user").replace("$HOME", home);
        added.push(line);
    }
    for u in &x.host_users {
        let user = match u.parse::<u32>() {
            Ok(n) => nix::unistd::User::from_uid(n.into()),
            Err(_) => nix::unistd::User::from_name(u),
        };
        let user = user.ok().flatten().ok_or_else(|| anyhow!("--hostuser {u}: no such user on the host"))?;
        if !has(&text, 0, &user.name) {
            added.push(format!("{}:x:{}:{}:{}:{}:{}", user.name, user.uid, user.gid, user.gecos.to_string_lossy(), user.dir.display(), user.shell.display()));
        }
    }
    if added.is_empty() {
        return Ok(None);
    }
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    for l in added {
        text.push_str(&l);
        text.push('\n');
    }
    let path = dir.join("passwd");
    crate::util::atomic::write_file_volatile(&path, text.as_bytes(), 0o644)?;
    Ok(Some(path))
}

/// `/dev/shm`: `--shm-size`, none with `--ipc none`, the host's with
/// `--ipc host`.
fn shm_mount(mounts: &mut Vec<Value>, x: &RunExtras) {
    let Some(i) = mounts.iter().position(|m| m["destination"] == "/dev/shm") else { return };
    match x.ipc_mode.as_str() {
        "none" => {
            mounts.remove(i);
        }
        "host" => mounts[i] = json!({"destination": "/dev/shm", "type": "bind", "source": "/dev/shm", "options": ["rbind", "nosuid", "noexec", "nodev"]}),
        _ if x.shm_size > 0 => {
            if let Some(o) = mounts[i]["options"].as_array_mut() {
                o.retain(|o| !o.as_str().is_some_and(|s| s.starts_with("size=")));
                o.push(json!(format!("size={}k", x.shm_size.div_ceil(1024))));
            }
        }
        _ => {}
    }
}

/// `--subuidname NAME` (`flag`): the first range `file` grants NAME, as a
/// mapping of container IDs 0.. relative to dhow's namespace (`inner`
/// turns a host ID into dhow's), which must hold the whole range: a
/// rootless user can only hand out the IDs of its own subordinate range.
fn subid_map(flag: &str, file: &str, name: &str, inner: impl Fn(u32) -> Option<u32>) -> Result<(u32, u32, u32)> {
    let text = std::fs::read_to_string(file).with_context(|| format!("{flag} {name}: reading {file}"))?;
    let Some(&(start, count)) = crate::sys::userns::parse_subid_file(&text, name, u32::MAX).first() else {
        bail!("{flag} {name}: {file} has no range for {name:?}; give a name listed there");
    };
    match (inner(start), inner(start + (count - 1))) {
        (Some(a), Some(b)) if b.checked_sub(a) == Some(count - 1) => Ok((0, a, count)),
        _ => bail!("{flag} {name}: its range {start}:{count} in {file} is not inside the IDs you may map (your own ID and your own range in {file}); name a range within yours, or use --uidmap/--userns=auto"),
    }
}

/// `--userns` modes beyond keep-id: `auto[:size=N]` becomes a range of
/// dhow's namespace no other auto container uses (uid_maps), `nomap` a
/// mapping without the user's own ID; returns the mode to record.
pub fn resolve_userns(engine: &Engine, mode: &str, x: &mut RunExtras) -> Result<String> {
    let outer = || crate::sys::userns::rootless_mappings().map(|(m, _)| m).context("reading dhow's user namespace mapping");
    let (base, opts) = mode.split_once(':').unwrap_or((mode, ""));
    match base {
        "" | "keep-id" | "host" | "private" => Ok(mode.to_string()),
        "ns" => {
            // Opened at start (by the monitor, which may see more than we do).
            if !opts.starts_with('/') {
                bail!("invalid --userns {mode:?}: ns: needs the absolute path of a user namespace file");
            }
            Ok(mode.to_string())
        }
        "nomap" => {
            let max = outer()?.max_uid();
            if max == 0 {
                bail!("--userns=nomap needs subordinate IDs (/etc/subuid and /etc/subgid) for this user");
            }
            x.uid_maps = vec![(0, 1, max)];
            x.gid_maps = vec![(0, 1, max)];
            Ok(mode.to_string())
        }
        "auto" => {
            let mut size = 1024u32;
            for o in opts.split(',').filter(|o| !o.is_empty()) {
                match o.split_once('=') {
                    Some(("size", n)) => size = n.parse().ok().filter(|n| *n > 0).ok_or_else(|| anyhow!("invalid --userns {mode:?}: size must be a positive number"))?,
                    Some(("uidmapping" | "gidmapping", _)) => {}
                    _ => bail!("invalid --userns {mode:?}: options are size=N, uidmapping=..., gidmapping=..."),
                }
            }
            let max = outer()?.max_uid();
            let used: Vec<(u32, u32)> = ContainerStore::new(&engine.paths.root)
                .list()?
                .into_iter()
                .filter(|(r, _)| r.host.userns.starts_with("auto"))
                .flat_map(|(r, _)| r.host.extras.uid_maps.into_iter().map(|(_, h, s)| (h, s)))
                .chain(auto_pod_ranges(engine))
                .collect();
            let mut start = 1u32;
            while let Some(&(h, s)) = used.iter().find(|(h, s)| start < h + s && *h < start + size) {
                start = h + s;
            }
            if start.saturating_add(size - 1) > max {
                bail!("--userns=auto: no free range of {size} IDs left among the {max} this user can map; remove containers or give the user a larger range in /etc/subuid");
            }
            x.uid_maps = vec![(0, start, size)];
            x.gid_maps = vec![(0, start, size)];
            Ok(mode.to_string())
        }
        _ => bail!("invalid --userns {mode:?}: use keep-id, auto, nomap, host, private or ns:PATH"),
    }
}

/// The ranges pods made with `--userns auto` hold for their members
/// (`pod create` recorded them as the pod's `--uidmap`).
fn auto_pod_ranges(engine: &Engine) -> Vec<(u32, u32)> {
    let pods = crate::container::pod::PodStore::new(&engine.paths.root).list().unwrap_or_default();
    pods.into_iter()
        .filter(|p| p.userns.starts_with("auto"))
        .flat_map(|p| p.members.uidmap.into_iter())
        .filter_map(|m| extras::parse_id_map("--uidmap", &m).ok().map(|(_, h, s)| (h, s)))
        .collect()
}

/// Why `--device-cgroup-rule` does not take effect here: only a writable
/// devices cgroup (cgroup v1's `devices` hierarchy, or root for v2's eBPF
/// device filter) could enforce it, and dhow does not program one even
/// then. Rootless, the user namespace already keeps the
/// container from creating device nodes.
fn device_rules_unenforced() -> String {
    let own = std::fs::read_to_string("/proc/self/cgroup").unwrap_or_default();
    let v1_dir = own.lines().find_map(|l| {
        let mut f = l.splitn(3, ':');
        let (_, ctrls, path) = (f.next()?, f.next()?, f.next()?);
        ctrls.split(',').any(|c| c == "devices").then(|| Path::new("/sys/fs/cgroup/devices").join(path.trim_matches('/')))
    });
    let writable = match &v1_dir {
        Some(d) => nix::unistd::access(d, nix::unistd::AccessFlags::W_OK).is_ok(),
        None => nix::unistd::geteuid().is_root() && std::fs::read_to_string("/proc/self/uid_map").is_ok_and(|m| m.split_whitespace().collect::<Vec<_>>() == ["0", "0", "4294967295"]),
    };
    if !writable {
        let what = match &v1_dir {
            Some(d) => format!("the devices cgroup {} is not writable by you (rootless)", d.display()),
            None => "cgroup v2 device filters need root (rootless)".to_string(),
        };
        return format!("{what}; the user namespace still keeps the container from creating device nodes");
    }
    "dhow does not program a devices cgroup (its built-in runtime has no devices controller, and an external --runtime is given no cgroup resources)".to_string()
}

/// The OCI `linux.resources.devices` allow entries of the container's
/// `--device-cgroup-rule`s.
pub fn device_rule_entries(r: &ContainerRecord) -> Vec<Value> {
    r.host
        .extras
        .device_cgroup_rules
        .iter()
        .filter_map(|s| extras::parse_device_cgroup_rule(s).ok())
        .map(|d| {
            let mut e = json!({"allow": true, "type": d.kind.to_string(), "access": d.access});
            if let Some(m) = d.major {
                e["major"] = json!(m);
            }
            if let Some(m) = d.minor {
                e["minor"] = json!(m);
            }
            e
        })
        .collect()
}

/// podman's `HostConfig` entries of these flags.
pub fn inspect_host_config(r: &ContainerRecord) -> Value {
    let x = &r.host.extras;
    let or = |m: &str, d: &str| if m.is_empty() { d.to_string() } else { m.to_string() };
    let devices: Vec<Value> =
        x.devices.iter().map(|d| json!({"PathOnHost": d.path_on_host, "PathInContainer": d.path_in_container, "CgroupPermissions": d.cgroup_permissions})).collect();
    let map = |m: &[(u32, u32, u32)]| m.iter().map(|(c, h, s)| format!("{c}:{h}:{s}")).collect::<Vec<_>>();
    json!({
        "PidMode": or(&x.pid_mode, "private"),
        "IpcMode": or(&x.ipc_mode, "shareable"),
        "UTSMode": or(&x.uts_mode, "private"),
        // docker's name, and podman's.
        "CgroupnsMode": or(&x.cgroupns_mode, "host"),
        "CgroupMode": or(&x.cgroupns_mode, "host"),
        "Devices": devices,
        "DeviceCgroupRules": x.device_cgroup_rules,
        "GroupAdd": x.group_add,
        "Sysctls": x.sysctls,
        "ShmSize": if x.shm_size > 0 { x.shm_size } else { 65_536_000 },
        "IDMappings": {"UidMap": map(&x.uid_maps), "GidMap": map(&x.gid_maps)},
        "Annotations": x.annotations,
        "ContainerIDFile": "",
        "PidFile": x.pidfile,
        "Personality": x.personality,
        "InitPath": x.init_path,
        "ConmonPidFile": x.conmon_pidfile,
    })
}

/// podman's `Config` entries of these flags.
pub fn inspect_config(r: &ContainerRecord) -> BTreeMap<String, Value> {
    let x = &r.host.extras;
    let mut out = BTreeMap::new();
    out.insert("Annotations".into(), json!(x.annotations));
    out.insert("Domainname".into(), json!(x.sysctls.get("kernel.domainname").cloned().unwrap_or_default()));
    out.insert("Timezone".into(), json!(x.timezone));
    out.insert("Umask".into(), json!(if x.umask.is_empty() { "0022" } else { &x.umask }));
    out.insert("Timeout".into(), json!(x.timeout));
    out.insert("Systemd".into(), json!(if x.systemd.is_empty() { "true" } else { &x.systemd }));
    out.insert("Passwd".into(), json!(!x.no_passwd));
    out.insert("HostUsers".into(), json!(x.host_users));
    if !x.passwd_entry.is_empty() {
        out.insert("PasswdEntry".into(), json!(x.passwd_entry));
    }
    if !x.attach.is_empty() {
        for (key, stream) in [("AttachStdin", "stdin"), ("AttachStdout", "stdout"), ("AttachStderr", "stderr")] {
            out.insert(key.into(), json!(x.attach.iter().any(|s| s == stream)));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subid_names_map_a_range_inside_dhows_namespace_or_are_refused() {
        let d = tempfile::tempdir().unwrap();
        let file = d.path().join("subuid");
        std::fs::write(&file, "me:100000:65536\nsub:100100:50\nother:500000:10\n").unwrap();
        let f = file.to_str().unwrap();
        // dhow's namespace: 0 → 1000, 1..=65536 → 100000..
        let inner = |h: u32| (100_000..165_536).contains(&h).then(|| h - 99_999).or((h == 1000).then_some(0));
        assert_eq!(subid_map("--subuidname", f, "sub", inner).unwrap(), (0, 101, 50));
        let err = subid_map("--subuidname", f, "other", inner).unwrap_err().to_string();
        assert!(err.contains("500000:10") && err.contains("not inside"), "{err}");
        let err = subid_map("--subuidname", f, "nobody", inner).unwrap_err().to_string();
        assert!(err.contains("has no range"), "{err}");
    }

    #[test]
    fn env_merge_uses_the_image_value() {
        let env = vec!["PATH=/bin".to_string()];
        assert_eq!(env_merge(&env, &["PATH=/opt:${PATH}".into(), "NEW=$NEW-x".into()]).unwrap(), ["PATH=/opt:/bin", "NEW=-x"]);
        assert!(env_merge(&env, &["nokey".into()]).is_err());
    }

    #[test]
    fn shm_size_replaces_the_default() {
        let mut m = vec![json!({"destination": "/dev/shm", "type": "tmpfs", "options": ["nosuid", "size=65536k"]})];
        shm_mount(&mut m, &RunExtras { shm_size: 128 << 20, ..Default::default() });
        assert_eq!(m[0]["options"], json!(["nosuid", "size=131072k"]));
        shm_mount(&mut m, &RunExtras { ipc_mode: "none".into(), ..Default::default() });
        assert!(m.is_empty());
    }
}
