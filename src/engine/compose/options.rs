//! A service (one replica of it) as the engine's [`CreateOptions`]: the
//! same options `dhow run` builds from its flags. Pure, so each mapping
//! (entrypoint lists, volume kinds, networks, ports) is a unit test.

use crate::compose::model::{LocalMount, MountType, Project, Service};
use crate::compose::planner;
use crate::engine::containers::create::{CreateOptions, PullPolicy};
use crate::network::plan::NetworkOptions;
use crate::container::health::HealthOptions;
use crate::container::resources::ResourceFlags;
use anyhow::{anyhow, Result};

/// Where a replica is connected: the network given at create, and the
/// others to connect before it starts (full names, IP, aliases).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ExtraNetwork {
    pub name: String,
    pub ip: Option<String>,
    pub aliases: Vec<String>,
}

/// What [`create_options`] needs besides the service.
#[derive(Clone)]
pub struct Replica<'a> {
    pub number: u32,
    pub hash: &'a str,
    pub oneoff: bool,
    /// The services of `network_mode`/`ipc`/`pid: service:X`, each with
    /// the name of X's first container.
    pub joined: std::collections::BTreeMap<String, String>,
    /// Tmpfs volumes shared through [`super::tmpfs`]: key → the directory
    /// to bind. A tmpfs volume missing here is a tmpfs of the container's own.
    pub shared_tmpfs: std::collections::BTreeMap<String, String>,
    /// `run --use-aliases`: a one-off container gets the service's network
    /// aliases too (else only its name resolves, as in docker compose).
    pub use_aliases: bool,
}

impl Replica<'_> {
    /// `service:X` → `container:NAME` of X's container; other modes as
    /// they are.
    fn mode(&self, m: &Option<String>) -> Option<String> {
        let m = m.as_ref()?;
        Some(match m.strip_prefix("service:") {
            Some(x) => format!("container:{}", self.joined.get(x).cloned().unwrap_or_else(|| x.to_string())),
            None => m.clone(),
        })
    }
}

/// The service's networks in the order they are joined: by key, with
/// `default` first (the first is the one given at create).
pub fn networks(project: &Project, svc: &Service) -> Vec<ExtraNetwork> {
    svc.network_keys()
        .into_iter()
        .map(|k| {
            let sn = svc.networks[k].clone().unwrap_or_default();
            let mut aliases = vec![svc.name.clone()];
            aliases.extend(sn.aliases.into_iter().filter(|a| a != &svc.name));
            // `links: [THIS:ALIAS]` in another service: ALIAS names this one.
            for other in project.services.values() {
                for l in &other.links {
                    if let Some((target, alias)) = l.split_once(':') {
                        if target == svc.name && !aliases.iter().any(|a| a == alias) {
                            aliases.push(alias.to_string());
                        }
                    }
                }
            }
            ExtraNetwork { name: project.networks.get(k).map(|n| n.name.clone()).unwrap_or_else(|| format!("{}_{k}", project.name)), ip: sn.ipv4_address, aliases }
        })
        .collect()
}

/// The create options of one replica, and the networks to connect after
/// create.
pub fn create_options(project: &Project, svc: &Service, r: &Replica) -> Result<(CreateOptions, Vec<ExtraNetwork>)> {
    let mut volumes = Vec::new();
    let mut tmpfs = svc.tmpfs.clone();
    for v in &svc.volumes {
        let ro = if v.read_only { "ro" } else { "" };
        match v.kind {
            MountType::Tmpfs => {
                let o = v.tmpfs.clone().unwrap_or_default();
                let opts: Vec<String> = [o.size.map(|s| format!("size={s}")), o.mode.map(|m| format!("mode={m}"))].into_iter().flatten().collect();
                tmpfs.push(if opts.is_empty() { v.target.clone() } else { format!("{}:{}", v.target, opts.join(",")) });
            }
            MountType::Bind => {
                let src = v.source.clone().unwrap_or_default();
                volumes.push(join_spec(&[&src, &v.target], &[ro]));
            }
            MountType::Volume => match &v.source {
                None => volumes.push(v.target.clone()),
                Some(key) => {
                    let vol = project.volumes.get(key).ok_or_else(|| anyhow!("service {:?} refers to undefined volume {key}", svc.name))?;
                    match vol.local_mount().map_err(|e| anyhow!("volumes.{key}.driver_opts: {e}"))? {
                        Some(LocalMount::Bind(dir)) => volumes.push(join_spec(&[&dir, &v.target], &[ro])),
                        Some(LocalMount::Tmpfs(_)) if r.shared_tmpfs.contains_key(key) => volumes.push(join_spec(&[&r.shared_tmpfs[key], &v.target], &[ro])),
                        Some(LocalMount::Tmpfs(mut o)) => {
                            if v.read_only {
                                o.push("ro".into());
                            }
                            tmpfs.push(if o.is_empty() { v.target.clone() } else { format!("{}:{}", v.target, o.join(",")) });
                        }
                        None => {
                            let nocopy = if v.volume.as_ref().is_some_and(|o| o.nocopy) { "nocopy" } else { "" };
                            volumes.push(join_spec(&[&vol.name, &v.target], &[ro, nocopy]));
                        }
                    }
                }
            },
        }
    }
    let mut nets = networks(project, svc);
    if r.oneoff && !r.use_aliases {
        nets.iter_mut().for_each(|n| n.aliases.clear());
    }
    let (mode, first) = match &svc.network_mode {
        Some(_) => (r.mode(&svc.network_mode), None),
        None if nets.is_empty() => (None, None),
        None => {
            let first = nets.remove(0);
            (Some(first.name.clone()), Some(first))
        }
    };
    let limits = svc.limits();
    let stop_timeout = match &svc.stop_grace_period {
        Some(d) => Some(crate::util::duration::parse(d).map_err(|e| anyhow!("service {:?}: stop_grace_period: {e}", svc.name))?.as_secs() as u32),
        None => None,
    };
    let labels = planner::labels(project, svc, r.number, r.hash, r.oneoff);
    let opts = CreateOptions {
        image: planner::image_name(project, svc),
        command: svc.command.clone().unwrap_or_default(),
        name: Some(if r.oneoff { format!("{}-{}-run-{}", project.name, svc.name, r.number) } else { planner::container_name(project, svc, r.number) }),
        env: svc.environment.iter().filter_map(|(k, v)| v.as_ref().map(|v| format!("{k}={v}"))).collect(),
        workdir: svc.working_dir.clone(),
        user: svc.user.clone(),
        userns: svc.userns_mode.clone(),
        // A JSON list keeps every element of the entrypoint, as `create` reads it.
        entrypoint: svc.entrypoint.as_ref().map(|e| if e.is_empty() { String::new() } else { serde_json::to_string(e).unwrap_or_default() }),
        hostname: svc.hostname.clone(),
        labels: labels.iter().map(|(k, v)| format!("{k}={v}")).collect(),
        tty: svc.tty,
        interactive: svc.stdin_open,
        init: svc.init,
        read_only: svc.read_only,
        privileged: svc.privileged,
        tmpfs,
        cap_add: svc.cap_add.clone(),
        cap_drop: svc.cap_drop.clone(),
        ulimits: svc.ulimits.clone(),
        security_opt: svc.security_opt.clone(),
        stop_signal: svc.stop_signal.clone(),
        stop_timeout,
        restart: if r.oneoff { None } else { svc.restart_policy() },
        // Images are built or pulled before any container is created.
        pull: PullPolicy::Never,
        health: svc.healthcheck.as_ref().map(health_options).unwrap_or_default(),
        resources: ResourceFlags {
            memory: limits.memory,
            memory_reservation: limits.memory_reservation,
            cpus: limits.cpus,
            pids_limit: limits.pids,
            oom_score_adj: svc.oom_score_adj,
            cgroup_parent: svc.cgroup_parent.clone(),
            ..Default::default()
        },
        runtime: svc.runtime.clone(),
        volumes,
        volumes_from: volumes_from(project, svc),
        extras: crate::engine::containers::extras::ExtraOptions {
            shm_size: svc.shm_size.clone(),
            // docker's `--domainname` is the uts namespace's NIS domain.
            sysctls: svc.sysctls.iter().cloned().chain(svc.domainname.iter().map(|d| format!("kernel.domainname={d}"))).collect(),
            devices: svc.devices.clone(),
            ipc: r.mode(&svc.ipc),
            pid: r.mode(&svc.pid),
            uts: r.mode(&svc.uts),
            group_add: svc.group_add.clone(),
            ..Default::default()
        },
        log_driver: svc.logging.as_ref().and_then(|l| l.driver.clone()),
        log_opts: svc.logging.iter().flat_map(|l| l.options.iter().map(|(k, v)| format!("{k}={v}"))).collect(),
        network: NetworkOptions {
            network: mode,
            publish: if r.oneoff { vec![] } else { svc.ports.iter().map(|p| p.publish_spec()).collect() },
            expose: svc.expose.clone(),
            dns: svc.dns.clone(),
            dns_search: svc.dns_search.clone(),
            add_host: svc.extra_hosts.iter().map(|h| h.replacen('=', ":", 1)).collect(),
            ip: first.as_ref().and_then(|f| f.ip.clone()),
            // The service's own, else its first network's (compose 2.23's spelling).
            mac_address: svc.mac_address.clone().or_else(|| svc.network_keys().first().and_then(|k| svc.networks[*k].as_ref()).and_then(|n| n.mac_address.clone())),
            aliases: first.map(|f| f.aliases).unwrap_or_default(),
            ..Default::default()
        },
        ..Default::default()
    };
    Ok((opts, nets))
}

/// `volumes_from`: a service means its first replica's container.
fn volumes_from(project: &Project, svc: &Service) -> Vec<String> {
    svc.volumes_from
        .iter()
        .map(|v| match v.strip_prefix("container:") {
            Some(c) => c.to_string(),
            None => {
                let (name, mode) = v.split_once(':').map(|(n, m)| (n, Some(m))).unwrap_or((v.as_str(), None));
                let ctr = project.services.get(name).map(|o| planner::container_name(project, o, 1)).unwrap_or_else(|| name.to_string());
                mode.map(|m| format!("{ctr}:{m}")).unwrap_or(ctr)
            }
        })
        .collect()
}

/// Where a secret or config whose content is not a host file (an
/// `environment` or `content` source) is written: under the engine's
/// root, per project, so it outlives the command and goes with `down`.
pub fn files_dir(root: &std::path::Path, project: &str) -> std::path::PathBuf {
    root.join("compose").join(project)
}

/// The read-only bind mounts (`-v SRC:DST:ro`) of a service's secrets (at
/// `/run/secrets/NAME`, or the target under it) and configs (at `/NAME`
/// or the target), with the host file of each: its `file`, else
/// `files_dir/KIND/KEY`. Also the warnings for what a bind mount cannot
/// honour (uid, gid, mode).
pub fn file_mounts(project: &Project, svc: &Service, files_dir: &std::path::Path) -> (Vec<String>, Vec<String>) {
    let mut mounts = Vec::new();
    let mut warnings = Vec::new();
    for (kind, refs, objs) in [("secrets", &svc.secrets, &project.secrets), ("configs", &svc.configs, &project.configs)] {
        for r in refs {
            let Some(o) = objs.get(&r.source) else { continue };
            let src = o.file.clone().unwrap_or_else(|| files_dir.join(kind).join(&r.source).to_string_lossy().to_string());
            let target = match (kind, r.target.as_deref()) {
                (_, Some(t)) if t.starts_with('/') => t.to_string(),
                ("secrets", t) => format!("/run/secrets/{}", t.unwrap_or(&r.source)),
                (_, t) => format!("/{}", t.unwrap_or(&r.source)),
            };
            if r.uid.is_some() || r.gid.is_some() || r.mode.is_some() {
                warnings.push(format!("service {:?}: {kind} {:?}: uid, gid and mode are not supported for a bind-mounted file and are ignored", svc.name, r.source));
            }
            mounts.push(format!("{src}:{target}:ro"));
        }
    }
    (mounts, warnings)
}

/// A service's `healthcheck` as `run`'s `--health-*` flags give it to the
/// engine (`--health-cmd` takes a shell string or a JSON array);
/// `disable: true` or `test: ["NONE"]` is `--no-healthcheck`.
pub fn health_options(h: &crate::compose::model::Healthcheck) -> HealthOptions {
    let test = h.test.clone().unwrap_or_default();
    let disabled = h.disable || test.first().map(String::as_str) == Some("NONE");
    let cmd = match test.first().map(String::as_str) {
        _ if disabled => None,
        Some("CMD-SHELL") => Some(test[1..].join(" ")),
        Some("CMD") => Some(serde_json::to_string(&test).unwrap_or_default()),
        // A bare list is a command, as docker reads `["ls"]`.
        Some(_) => Some(serde_json::to_string(&[vec!["CMD".to_string()], test.clone()].concat()).unwrap_or_default()),
        None => None,
    };
    if disabled {
        return HealthOptions { no_healthcheck: true, ..Default::default() };
    }
    HealthOptions {
        cmd,
        interval: h.interval.clone(),
        timeout: h.timeout.clone(),
        start_period: h.start_period.clone(),
        start_interval: h.start_interval.clone(),
        retries: h.retries.map(|r| r.to_string()),
        no_healthcheck: false,
        on_failure: None,
    }
}

fn join_spec(parts: &[&str], opts: &[&str]) -> String {
    let mut s = parts.join(":");
    let o: Vec<&str> = opts.iter().copied().filter(|o| !o.is_empty()).collect();
    if !o.is_empty() {
        s.push(':');
        s.push_str(&o.join(","));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compose::loader::{load, LoadOptions};

    fn project(yaml: &str) -> Project {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("compose.yaml"), yaml).unwrap();
        let o = LoadOptions { cwd: dir.path().to_path_buf(), project_name: Some("p".into()), ..Default::default() };
        load(&o).unwrap()
    }

    #[test]
    fn service_to_create_options() {
        let p = project(
            "services:\n  web:\n    image: busybox\n    entrypoint: [sh, -c]\n    command: 'echo hi'\n    environment: [A=1, UNSET_HERE]\n    ports: ['8080:80']\n    volumes: [data:/data:ro, /host:/h, /anon, {type: tmpfs, target: /t}, {type: tmpfs, target: /s, tmpfs: {size: 1m, mode: '1777'}}]\n    networks:\n      back: {aliases: [api]}\n      default:\n    stop_grace_period: 1m30s\n    restart: always\nvolumes:\n  data: {}\nnetworks:\n  back: {}\n",
        );
        let svc = &p.services["web"];
        let (o, extra) = create_options(&p, svc, &Replica { number: 2, hash: "h", oneoff: false, joined: Default::default(), shared_tmpfs: Default::default(), use_aliases: false }).unwrap();
        assert_eq!(o.name.as_deref(), Some("p-web-2"));
        assert_eq!(o.entrypoint.as_deref(), Some(r#"["sh","-c"]"#));
        assert_eq!(o.command, ["echo", "hi"]);
        assert_eq!(o.env, ["A=1"]);
        assert_eq!(o.volumes, ["p_data:/data:ro", "/host:/h", "/anon"]);
        assert_eq!(o.tmpfs, ["/t", "/s:size=1048576,mode=1777"]);
        assert_eq!(o.network.network.as_deref(), Some("p_default"));
        assert_eq!(o.network.aliases, ["web"]);
        assert_eq!(o.network.publish, ["8080:80/tcp"]);
        assert_eq!(extra, [ExtraNetwork { name: "p_back".into(), ip: None, aliases: vec!["web".into(), "api".into()] }]);
        assert_eq!(o.stop_timeout, Some(90));
        assert_eq!(o.restart.as_deref(), Some("always"));
        assert!(o.labels.contains(&"com.docker.compose.container-number=2".to_string()));
        assert!(o.labels.contains(&"com.docker.compose.project=p".to_string()));
        let (run, _) = create_options(&p, svc, &Replica { number: 1, hash: "h", oneoff: true, joined: Default::default(), shared_tmpfs: Default::default(), use_aliases: false }).unwrap();
        assert_eq!(run.name.as_deref(), Some("p-web-run-1"));
        assert!(run.network.publish.is_empty() && run.restart.is_none());
        assert!(run.network.aliases.is_empty(), "a one-off container does not answer to the service's name: {:?}", run.network.aliases);
        let (with, _) = create_options(&p, svc, &Replica { number: 1, hash: "h", oneoff: true, joined: Default::default(), shared_tmpfs: Default::default(), use_aliases: true }).unwrap();
        assert!(with.network.aliases.contains(&"web".to_string()), "run --use-aliases: {:?}", with.network.aliases);
    }

    #[test]
    fn healthcheck_as_health_options() {
        use crate::compose::model::Healthcheck;
        let shell = Healthcheck { test: Some(vec!["CMD-SHELL".into(), "wget -q localhost || exit 1".into()]), interval: Some("2s".into()), retries: Some(3), ..Default::default() };
        let f = health_options(&shell);
        assert_eq!((f.cmd.as_deref(), f.interval.as_deref(), f.retries.as_deref(), f.no_healthcheck), (Some("wget -q localhost || exit 1"), Some("2s"), Some("3"), false));
        let exec = Healthcheck { test: Some(vec!["CMD".into(), "ls".into(), "/".into()]), ..Default::default() };
        assert_eq!(health_options(&exec).cmd.as_deref(), Some(r#"["CMD","ls","/"]"#));
        let none = Healthcheck { test: Some(vec!["NONE".into()]), ..Default::default() };
        assert!(health_options(&none).no_healthcheck && health_options(&none).cmd.is_none());
        assert!(health_options(&Healthcheck { disable: true, ..Default::default() }).no_healthcheck);
    }

    #[test]
    fn secrets_configs_volumes_from_links_logging() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("pw.txt"), "s3cret").unwrap();
        std::fs::write(
            dir.path().join("compose.yaml"),
            "services:\n  db:\n    image: b\n    volumes: [/data]\n  web:\n    image: b\n    secrets: [pw, {source: tok, target: token, mode: 0400}]\n    configs: [{source: conf, target: /etc/app.conf}, plain]\n    volumes_from: ['db:ro', 'container:other']\n    links: ['db:database']\n    logging: {driver: none}\n    dns_search: [example.org]\nsecrets:\n  pw: {file: ./pw.txt}\n  tok: {environment: TOKEN}\nconfigs:\n  conf: {content: 'a=1'}\n  plain: {file: ./pw.txt}\n",
        )
        .unwrap();
        let environ = [("TOKEN".to_string(), "t0k".to_string())].into();
        let o = LoadOptions { cwd: dir.path().to_path_buf(), project_name: Some("p".into()), environ, ..Default::default() };
        let p = load(&o).unwrap();
        assert_eq!(p.secrets["tok"].value.as_deref(), Some("t0k"));
        let web = &p.services["web"];
        assert!(web.depends_on.contains_key("db"), "volumes_from and links imply depends_on");
        let (mounts, warnings) = file_mounts(&p, web, std::path::Path::new("/files"));
        let pw = dir.path().join("pw.txt").to_string_lossy().to_string();
        assert_eq!(mounts, [format!("{pw}:/run/secrets/pw:ro"), "/files/secrets/tok:/run/secrets/token:ro".into(), "/files/configs/conf:/etc/app.conf:ro".into(), format!("{pw}:/plain:ro")]);
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        let r = Replica { number: 1, hash: "", oneoff: false, joined: Default::default(), shared_tmpfs: Default::default(), use_aliases: false };
        let (o, _) = create_options(&p, web, &r).unwrap();
        assert_eq!(o.volumes_from, ["p-db-1:ro", "other"]);
        assert_eq!((o.log_driver.as_deref(), o.network.dns_search.clone()), (Some("none"), vec!["example.org".to_string()]));
        let (db, _) = create_options(&p, &p.services["db"], &r).unwrap();
        assert_eq!(db.network.aliases, ["db", "database"]);
    }

    /// Keys that were once only warned about, each as the run flag of the
    /// same meaning; a tmpfs or bind volume of `driver_opts` mounted
    /// straight in; `ipc`/`pid: service:X` join X's container.
    #[test]
    fn more_keys_become_run_flags() {
        let p = project(
            "services:\n  a: {image: b}\n  web:\n    image: b\n    oom_score_adj: 200\n    mac_address: '02:42:ac:11:00:09'\n    domainname: example.org\n    cgroup_parent: mine\n    deploy: {resources: {reservations: {memory: 64m}}}\n    runtime: runc\n    ipc: 'service:a'\n    pid: 'service:a'\n    uts: 'service:a'\n    volumes: [scratch:/s, {type: volume, source: host, target: /h, read_only: true}]\nvolumes:\n  scratch: {driver_opts: {type: tmpfs, device: tmpfs, o: 'size=1m,mode=1777'}}\n  host: {driver: local, driver_opts: {type: none, o: bind, device: /srv/data}}\n",
        );
        let web = &p.services["web"];
        assert!(p.warnings.is_empty(), "{:?}", p.warnings);
        let r = Replica { number: 1, hash: "", oneoff: false, joined: [("a".to_string(), "p-a-1".to_string())].into(), shared_tmpfs: Default::default(), use_aliases: false };
        let (o, _) = create_options(&p, web, &r).unwrap();
        assert_eq!((o.resources.oom_score_adj, o.resources.memory_reservation.as_deref(), o.resources.cgroup_parent.as_deref()), (Some(200), Some("67108864"), Some("mine")));
        assert_eq!(o.network.mac_address.as_deref(), Some("02:42:ac:11:00:09"));
        assert_eq!(o.extras.sysctls, ["kernel.domainname=example.org"]);
        assert_eq!(o.runtime.as_deref(), Some("runc"));
        assert_eq!((o.extras.ipc.as_deref(), o.extras.pid.as_deref(), o.extras.uts.as_deref()), (Some("container:p-a-1"), Some("container:p-a-1"), Some("container:p-a-1")));
        assert_eq!(o.tmpfs, ["/s:size=1m,mode=1777"]);
        assert_eq!(o.volumes, ["/srv/data:/h:ro"]);
        assert!(web.depends_on.contains_key("a"), "ipc/pid service:a imply depends_on a");
        let nfs = tempfile::tempdir().unwrap();
        std::fs::write(nfs.path().join("compose.yaml"), "services:\n  w: {image: b}\nvolumes:\n  n: {driver_opts: {type: nfs, o: 'addr=1.2.3.4', device: ':/x'}}\n").unwrap();
        let e = load(&LoadOptions { cwd: nfs.path().to_path_buf(), project_name: Some("p".into()), ..Default::default() }).unwrap_err();
        assert!(format!("{e:#}").contains("volumes.n.driver_opts: type \"nfs\" cannot be mounted by rootless dhow"), "{e:#}");
        std::fs::write(nfs.path().join("compose.yaml"), "services:\n  w: {image: b, pid: 'service:x'}\n").unwrap();
        let e = load(&LoadOptions { cwd: nfs.path().to_path_buf(), project_name: Some("p".into()), ..Default::default() }).unwrap_err();
        assert!(format!("{e:#}").contains("pid \"service:x\" refers to undefined service"), "{e:#}");
        let per_net = project("services:\n  w:\n    image: b\n    networks:\n      back: {mac_address: '02:42:ac:11:00:0a'}\n      front: {mac_address: '02:42:ac:11:00:0b'}\nnetworks:\n  back: {}\n  front: {}\n");
        let (o, _) = create_options(&per_net, &per_net.services["w"], &Replica { number: 1, hash: "", oneoff: false, joined: Default::default(), shared_tmpfs: Default::default(), use_aliases: false }).unwrap();
        assert_eq!(o.network.mac_address.as_deref(), Some("02:42:ac:11:00:0a"), "the first network's MAC");
        assert!(per_net.warnings.iter().any(|w| w.contains("services.w.networks.front.mac_address: dhow fixes the MAC address on the service's first network only")), "{:?}", per_net.warnings);
        let shared = project("services:\n  a: {image: b, volumes: [t:/t]}\n  b: {image: b, volumes: [t:/t]}\nvolumes:\n  t: {driver_opts: {type: tmpfs, device: tmpfs}}\n");
        assert!(!shared.warnings.iter().any(|w| w.contains("volumes.t")), "one tmpfs is shared now: {:?}", shared.warnings);
        // Shared (see `tmpfs`): a bind of the volume's tmpfs; else a tmpfs of its own.
        let r = Replica { number: 1, hash: "", oneoff: false, joined: Default::default(), shared_tmpfs: [("t".to_string(), "/run/x/tmpfs/t".to_string())].into(), use_aliases: false };
        let (o, _) = create_options(&shared, &shared.services["b"], &r).unwrap();
        assert_eq!((o.volumes.as_slice(), o.tmpfs.len()), (["/run/x/tmpfs/t:/t".to_string()].as_slice(), 0));
        let (o, _) = create_options(&shared, &shared.services["b"], &Replica { shared_tmpfs: Default::default(), ..r }).unwrap();
        assert_eq!((o.volumes.len(), o.tmpfs.as_slice()), (0, ["/t".to_string()].as_slice()));
        let v6 = project("services:\n  w: {image: b}\nnetworks:\n  n: {enable_ipv6: true, driver_opts: {com.docker.network.driver.mtu: '1400'}}\n");
        // enable_ipv6 is honoured (tests/user_networks.rs has IPv6 networks).
        assert!(!v6.warnings.iter().any(|w| w.contains("enable_ipv6")), "{:?}", v6.warnings);
        assert!(v6.warnings.iter().any(|w| w.contains("\"com.docker.network.driver.mtu\" is not supported")), "{:?}", v6.warnings);
    }

    #[test]
    fn network_modes() {
        let p = project("services:\n  a: {image: b, network_mode: host}\n  b: {image: b, network_mode: 'service:a'}\n");
        let (o, extra) = create_options(&p, &p.services["a"], &Replica { number: 1, hash: "", oneoff: false, joined: Default::default(), shared_tmpfs: Default::default(), use_aliases: false }).unwrap();
        assert_eq!((o.network.network.as_deref(), extra.len()), (Some("host"), 0));
        let r = Replica { number: 1, hash: "", oneoff: false, joined: [("a".to_string(), "p-a-1".to_string())].into(), shared_tmpfs: Default::default(), use_aliases: false };
        let (o, _) = create_options(&p, &p.services["b"], &r).unwrap();
        assert_eq!(o.network.network.as_deref(), Some("container:p-a-1"));
        assert!(!p.networks.contains_key("default"), "no service uses the default network");
        assert!(p.services["b"].depends_on.contains_key("a"), "network_mode service:a implies depends_on a");
    }
}
