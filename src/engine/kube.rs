//! `kube generate` / `kube play` / `kube down`: the thin executors over the
//! pure generator and planner in `crate::kube`.

use crate::container::ContainerStore;
use crate::engine::Engine;
use crate::kube::generate::{self, Input, Member};
use anyhow::{Context, Result};
use std::os::fd::AsFd;

/// The environment an image brings, to leave out of the generated `env`.
fn image_env(engine: &Engine, r: &crate::container::ContainerRecord) -> Vec<String> {
    (|| -> Result<Vec<String>> {
        let store = engine.store_readonly();
        let image = crate::engine::images::resolve(engine, &store, &r.image_id.to_string())?;
        Ok(store.image_config(&image)?.config.env.unwrap_or_default())
    })()
    .unwrap_or_default()
}

/// `kube generate NAME...`: each a pod or a container, as one YAML stream.
pub fn generate(engine: &Engine, names: &[String], service: bool, deployment: Option<u32>) -> Result<String> {
    let containers = ContainerStore::new(&engine.paths.root);
    let mut docs = Vec::new();
    for name in names {
        let yaml = match crate::engine::pods::find(engine, name) {
            Ok(pod) => {
                let all = crate::engine::pods::containers(engine, &pod)?;
                let infra = all.iter().find(|(r, _)| r.id == pod.infra_id).map(|(r, _)| r.clone());
                let members: Vec<_> = all.into_iter().filter(|(r, _)| r.id != pod.infra_id).map(|(r, _)| r).collect();
                let envs: Vec<Vec<String>> = members.iter().map(|r| image_env(engine, r)).collect();
                generate::generate(&Input {
                    name: pod.name.clone(),
                    hostname: Some(pod.hostname.clone()),
                    labels: pod.labels.clone(),
                    members: members.iter().zip(envs).map(|(record, image_env)| Member { record, image_env }).collect(),
                    ports: infra.as_ref().map(|r| r.host.port_bindings.clone()).unwrap_or_default(),
                    extra_hosts: infra.as_ref().map(|r| r.host.extra_hosts.clone()).unwrap_or_default(),
                    service,
                    deployment,
                    host_network: infra.as_ref().is_some_and(|r| r.host.network_mode == "host"),
                    share_pid: pod.shares("pid"),
                })?
            }
            Err(e) if e.downcast_ref::<crate::container::pod::PodNotFound>().is_some() => {
                let (r, _) = containers.find(name).map_err(|_| anyhow::anyhow!("no such pod or container: {name:?}"))?;
                let env = image_env(engine, &r);
                generate::generate(&Input {
                    name: format!("{}-pod", r.name),
                    hostname: None,
                    labels: Default::default(),
                    members: vec![Member { record: &r, image_env: env }],
                    ports: r.host.port_bindings.clone(),
                    extra_hosts: r.host.extra_hosts.clone(),
                    service,
                    deployment,
                    host_network: r.host.network_mode == "host",
                    share_pid: false,
                })?
            }
            Err(e) => return Err(e),
        };
        docs.push(yaml);
    }
    Ok(docs.join("---\n"))
}

/// `kube play`'s flags.
#[derive(Debug, Clone)]
pub struct PlayOptions {
    /// Remove pods of the same names (made by an earlier play) first.
    pub replace: bool,
    /// Start the pods (`--start`, default true).
    pub start: bool,
    pub quiet: bool,
    /// `--network`: the pods' network (a pod with `hostNetwork` keeps the host's).
    pub network: Option<String>,
    /// `--build`: `Some(true)` builds every image that has a build
    /// directory, `None` only those missing locally, `Some(false)` none.
    pub build: Option<bool>,
    /// Where build directories are looked for, in order (the YAML's
    /// directory, then the current one; or `--context-dir`).
    pub context_dirs: Vec<std::path::PathBuf>,
    /// `--tls-verify`, `--authfile`, `--creds` for every pull (its `image` unused).
    pub pull: crate::engine::pull::PullOptions,
    /// `--annotation KEY=VALUE`: on every container.
    pub annotations: Vec<String>,
    /// `--ip`, `--mac-address`: the Nth for the Nth pod, in the plan's order.
    pub ips: Vec<String>,
    pub macs: Vec<String>,
    /// `--log-driver`, `--log-opt`: of every container.
    pub log_driver: Option<String>,
    pub log_opts: Vec<String>,
    /// `--no-hosts`: no /etc/hosts written in the pods.
    pub no_hosts: bool,
    /// `--userns`: each pod's (its containers share one mapping).
    pub userns: Option<String>,
    /// `--seccomp-profile-root` (default /var/lib/kubelet/seccomp, as podman):
    /// where a `localhost/PATH` seccomp annotation's profile is.
    pub seccomp_profile_root: Option<std::path::PathBuf>,
}

impl Default for PlayOptions {
    fn default() -> PlayOptions {
        PlayOptions {
            replace: false,
            start: false,
            quiet: false,
            network: None,
            build: None,
            context_dirs: Vec::new(),
            pull: crate::engine::pull::PullOptions::new("", false),
            annotations: Vec::new(),
            ips: Vec::new(),
            macs: Vec::new(),
            log_driver: None,
            log_opts: Vec::new(),
            no_hosts: false,
            userns: None,
            seccomp_profile_root: None,
        }
    }
}

impl PlayOptions {
    /// How to pull `image`: the play's registry flags.
    fn pull_options(&self, image: &str) -> crate::engine::pull::PullOptions {
        crate::engine::pull::PullOptions { image: image.to_string(), quiet: self.quiet, ..self.pull.clone() }
    }

    /// podman's kubelet default for `--seccomp-profile-root`.
    fn seccomp_root(&self) -> std::path::PathBuf {
        self.seccomp_profile_root.clone().unwrap_or_else(|| "/var/lib/kubelet/seccomp".into())
    }
}

/// A seccomp annotation's value as `--security-opt` (None: dhow's default profile).
fn seccomp_option(value: &str, root: &std::path::Path) -> Result<Option<String>> {
    Ok(match value {
        "" | "runtime/default" | "docker/default" => None,
        "unconfined" => Some("seccomp=unconfined".into()),
        v => match v.strip_prefix("localhost/") {
            Some(p) if !p.is_empty() && !p.split('/').any(|c| c == "..") => Some(format!("seccomp={}", root.join(p.trim_start_matches('/')).display())),
            _ => anyhow::bail!("invalid seccomp annotation {v:?}: use runtime/default, unconfined or localhost/PATH (a profile under --seccomp-profile-root)"),
        },
    })
}

/// What `kube play` made: each pod with its containers' IDs.
#[derive(Debug, Clone)]
pub struct Played {
    pub pod: crate::container::pod::PodRecord,
    pub containers: Vec<String>,
}

fn kv(m: &std::collections::BTreeMap<String, String>) -> Vec<String> {
    m.iter().map(|(k, v)| format!("{k}={v}")).collect()
}

/// The options `create` gets for one planned container of pod `pod`.
/// An image `kube play` built is used as it is, whatever `imagePullPolicy` says.
fn create_options(c: &crate::kube::play::ContainerPlan, pod: &str, restart: Option<&str>, opts: &PlayOptions, built: &[String]) -> Result<crate::engine::containers::create::CreateOptions> {
    use crate::engine::containers::create::{CreateOptions, PullPolicy};
    let mut security_opt = c.security_opt.clone();
    security_opt.extend(seccomp_option(c.seccomp.as_deref().unwrap_or(""), &opts.seccomp_root()).with_context(|| format!("container {}", c.name))?);
    let mut annotations = c.annotations.clone();
    annotations.extend(opts.annotations.iter().cloned());
    Ok(CreateOptions {
        image: c.image.clone(),
        command: c.cmd.clone(),
        name: Some(c.name.clone()),
        env: c.env.clone(),
        workdir: c.workdir.clone(),
        // A JSON list keeps every element, as `create` reads `--entrypoint`.
        entrypoint: c.entrypoint.as_ref().map(|e| serde_json::to_string(e).unwrap_or_default()),
        tty: c.tty,
        interactive: c.stdin,
        read_only: c.read_only,
        privileged: c.privileged,
        tmpfs: c.tmpfs.clone(),
        cap_add: c.cap_add.clone(),
        cap_drop: c.cap_drop.clone(),
        restart: restart.map(str::to_string),
        volumes: c.volumes.clone(),
        user: c.user.clone(),
        security_opt,
        log_driver: opts.log_driver.clone(),
        log_opts: opts.log_opts.clone(),
        pull: PullPolicy::parse(if built.contains(&c.image) { "missing" } else { c.pull.as_deref().unwrap_or("missing") })?,
        pull_options: Some(opts.pull_options(&c.image)),
        resources: crate::container::resources::ResourceFlags { memory: c.memory.clone(), cpus: c.cpus.clone(), ..Default::default() },
        health: crate::container::health::HealthOptions {
            cmd: c.health_cmd.clone(),
            interval: c.health_interval.clone(),
            timeout: c.health_timeout.clone(),
            start_period: c.health_start_period.clone(),
            retries: c.health_retries.clone(),
            ..Default::default()
        },
        pod: Some(pod.to_string()),
        extras: crate::engine::containers::extras::ExtraOptions { annotations, ..Default::default() },
        ..Default::default()
    })
}

/// A `hostPath` volume's `type`: the `...OrCreate` kinds are created
/// (empty), the others must exist as that kind of file.
fn host_path(path: &str, kind: &str) -> Result<()> {
    use std::os::unix::fs::FileTypeExt;
    let p = std::path::Path::new(path);
    let meta = std::fs::metadata(p);
    let ok = match (kind, &meta) {
        ("DirectoryOrCreate", Err(_)) => {
            std::fs::create_dir_all(p).with_context(|| format!("hostPath {path}: creating the directory"))?;
            true
        }
        ("FileOrCreate", Err(_)) => {
            if let Some(parent) = p.parent() {
                std::fs::create_dir_all(parent).with_context(|| format!("hostPath {path}: creating {}", parent.display()))?;
            }
            std::fs::OpenOptions::new().create(true).append(true).open(p).with_context(|| format!("hostPath {path}: creating the file"))?;
            true
        }
        (_, Err(_)) => false,
        ("DirectoryOrCreate" | "Directory", Ok(m)) => m.is_dir(),
        ("FileOrCreate" | "File", Ok(m)) => m.is_file(),
        ("Socket", Ok(m)) => m.file_type().is_socket(),
        ("CharDevice", Ok(m)) => m.file_type().is_char_device(),
        ("BlockDevice", Ok(m)) => m.file_type().is_block_device(),
        _ => true,
    };
    if !ok {
        anyhow::bail!("hostPath {path} is not a {kind} (hostPath type {kind}): create it, or change the type");
    }
    Ok(())
}

/// Creates a PersistentVolumeClaim's named volume unless it exists
/// (labelled, so `kube down --force` removes only volumes a play made).
fn claim_volume(engine: &Engine, name: &str) -> Result<()> {
    let store = crate::engine::volumes::VolumeStore::for_engine(engine);
    store.create(&crate::engine::volumes::CreateOptions { name: Some(name.to_string()), labels: vec![format!("{}=true", crate::kube::play::PLAY_LABEL)], ..Default::default() })?;
    Ok(())
}

/// podman's build directory of an image: its last path component without
/// tag or digest (`registry:5000/team/web:1.0` → `web`).
fn build_dir_name(image: &str) -> &str {
    let image = image.split('@').next().unwrap_or(image);
    let last = image.rsplit('/').next().unwrap_or(image);
    last.split(':').next().unwrap_or(last)
}

/// The build file of `image` (podman's rule): `DIR/NAME/Containerfile`,
/// else `DIR/NAME/Dockerfile`, in the first of `dirs` that has one.
fn build_file(image: &str, dirs: &[std::path::PathBuf]) -> Option<std::path::PathBuf> {
    let name = build_dir_name(image);
    if name.is_empty() || name == "." || name == ".." {
        return None;
    }
    dirs.iter().flat_map(|d| ["Containerfile", "Dockerfile"].map(|f| d.join(name).join(f))).find(|f| f.is_file())
}

/// `--build`: builds each image of the plan that has a build directory
/// (podman's rule, see [`build_file`]), tagged with the image's name, when
/// it is missing locally or `--build` asks for every one. Returns the
/// images built.
fn build_images(engine: &Engine, plan: &crate::kube::play::Plan, opts: &PlayOptions) -> Result<Vec<String>> {
    let mut built: Vec<String> = Vec::new();
    if opts.build == Some(false) {
        return Ok(built);
    }
    let images = plan.pods.iter().flat_map(|p| p.init_containers.iter().chain(&p.containers)).map(|c| c.image.clone());
    for image in images {
        if built.contains(&image) {
            continue;
        }
        let Some(file) = build_file(&image, &opts.context_dirs) else { continue };
        if opts.build.is_none() && crate::engine::images::local_id(engine, &image)?.is_some() {
            continue;
        }
        let context = file.parent().map(std::path::Path::to_path_buf).unwrap_or_default();
        if !opts.quiet {
            eprintln!("Building {image} from {}", context.display());
        }
        let bo = crate::engine::build::BuildOptions {
            context: crate::engine::build::ContextSource::Dir(context),
            file: Some(file.to_string_lossy().into_owned()),
            tags: vec![image.clone()],
            build_args: Vec::new(),
            target: None,
            no_cache: false,
            pull: crate::engine::containers::create::PullPolicy::Missing,
            layers: true,
            squash: false,
            labels: Vec::new(),
            quiet: opts.quiet,
            iidfile: None,
            network: String::new(),
            pull_options: opts.pull_options(""),
            ignorefile: None,
            more: Default::default(),
        };
        // The play's stdout is its result (podman's "Pod:" lines): the
        // build's steps and its RUN output go to stderr.
        let _stdout = StdoutToStderr::new();
        // The play fails as an engine error (125), not with the failed step's code.
        crate::engine::build::build(engine, &bo).map_err(|e| anyhow::anyhow!("building image {image} from {}: {}", file.display(), crate::error::message(&e)))?;
        built.push(image);
    }
    Ok(built)
}

/// While it lives, the process's stdout (fd 1) is its stderr; the old
/// stdout comes back when it is dropped.
struct StdoutToStderr(Option<std::os::fd::OwnedFd>);

impl StdoutToStderr {
    fn new() -> StdoutToStderr {
        use std::io::Write;
        let _ = std::io::stdout().flush();
        let saved = std::io::stdout().as_fd().try_clone_to_owned().ok();
        if saved.is_some() && nix::unistd::dup2(2, 1).is_err() {
            return StdoutToStderr(None);
        }
        StdoutToStderr(saved)
    }
}

impl Drop for StdoutToStderr {
    fn drop(&mut self) {
        use std::io::Write;
        use std::os::fd::AsRawFd;
        let _ = std::io::stdout().flush();
        if let Some(fd) = &self.0 {
            let _ = nix::unistd::dup2(fd.as_raw_fd(), 1);
        }
    }
}

/// Pods an earlier play of the plan's workloads made that the plan no
/// longer has (a Deployment scaled down): `--replace` removes them.
fn remove_surplus(engine: &Engine, plan: &crate::kube::play::Plan) -> Result<()> {
    use crate::kube::play::{PLAY_LABEL, WORKLOAD_LABEL};
    let workloads: Vec<&String> = plan.pods.iter().filter_map(|p| p.labels.get(WORKLOAD_LABEL)).collect();
    for pod in crate::engine::pods::list(engine)? {
        let theirs = pod.labels.contains_key(PLAY_LABEL) && pod.labels.get(WORKLOAD_LABEL).is_some_and(|w| workloads.contains(&w));
        if theirs && !plan.pods.iter().any(|p| p.name == pod.name) {
            crate::engine::pods::remove(engine, &pod, true).with_context(|| format!("removing pod {} (no longer in the YAML)", pod.name))?;
        }
    }
    Ok(())
}

/// The pod of `p`'s name an earlier play made, which `--replace` removes;
/// an error when it exists and may not be replaced.
fn replaced_pod(engine: &Engine, p: &crate::kube::play::PodPlan, replace: bool) -> Result<Option<crate::container::pod::PodRecord>> {
    let existing = match crate::engine::pods::find(engine, &p.name) {
        Ok(e) if e.name == p.name => e,
        Ok(_) => return Ok(None),
        Err(e) if e.downcast_ref::<crate::container::pod::PodNotFound>().is_some() => return Ok(None),
        Err(e) => return Err(e),
    };
    if !replace {
        anyhow::bail!("pod {} already exists: remove it ('dhow kube down FILE' or 'dhow pod rm -f {}') or play with --replace", p.name, p.name);
    }
    if !existing.labels.contains_key(crate::kube::play::PLAY_LABEL) {
        anyhow::bail!("pod {} exists and was not made by 'kube play': --replace leaves it alone; remove it yourself ('dhow pod rm -f {}')", p.name, p.name);
    }
    Ok(Some(existing))
}

/// The image of one planned container, made ready before anything is
/// removed or created: pulled when its policy asks (`Always`) or it is
/// missing (`IfNotPresent`), present with `Never`. Images in `ready` are
/// not looked at again (and their containers are created without pulling).
fn ready_image(engine: &Engine, c: &crate::kube::play::ContainerPlan, opts: &PlayOptions, ready: &mut Vec<String>) -> Result<()> {
    use crate::engine::containers::create::PullPolicy;
    if ready.contains(&c.image) {
        return Ok(());
    }
    let policy = PullPolicy::parse(c.pull.as_deref().unwrap_or("missing"))?;
    let present = crate::engine::images::local_id(engine, &c.image)?.is_some();
    match policy {
        PullPolicy::Never if !present => anyhow::bail!("container {}: image {} is not here and imagePullPolicy Never forbids pulling it (pull it first with 'dhow pull {}')", c.name, c.image, c.image),
        PullPolicy::Always => {}
        _ if present => {
            ready.push(c.image.clone());
            return Ok(());
        }
        _ => {}
    }
    crate::engine::pull::pull(engine, &opts.pull_options(&c.image)).map_err(|e| e.context(format!("container {}: pulling image {}", c.name, c.image)))?;
    ready.push(c.image.clone());
    Ok(())
}

/// Everything about the plan that can be checked before a pod is removed
/// or created, so that a play that would fail (`--replace` above all)
/// leaves the pods it would replace running: pod names, networks and
/// ports, images (pulled now), each container's options, hostPath types,
/// subPath keys, and container names taken outside the replaced pods.
/// Returns the pods `--replace` removes, in plan order.
fn prepare(engine: &Engine, plan: &crate::kube::play::Plan, opts: &PlayOptions, ready: &mut Vec<String>) -> Result<Vec<crate::container::pod::PodRecord>> {
    let mut replaced = Vec::new();
    if opts.ips.len() > plan.pods.len() || opts.macs.len() > plan.pods.len() {
        anyhow::bail!("--ip and --mac-address give one address per pod, in the YAML's order: {} given for {} pods", opts.ips.len().max(opts.macs.len()), plan.pods.len());
    }
    for (i, p) in plan.pods.iter().enumerate() {
        crate::container::names::validate(&p.name).map_err(|e| anyhow::anyhow!("pod {}: {e}", p.name))?;
        if let Some(old) = replaced_pod(engine, p, opts.replace)? {
            replaced.push(old);
        }
        if let Some(u) = &opts.userns {
            let share: Vec<String> = crate::engine::pods::parse_share(p.share.as_deref())?.into_iter().filter(|s| s != "pid").collect();
            crate::engine::pods::check_pod_userns(u, &share).with_context(|| format!("pod {}", p.name))?;
        }
        crate::network::plan::plan(&engine.paths, &pod_network(p, i, opts)).with_context(|| format!("pod {}", p.name))?;
        for (path, kind) in &p.host_paths {
            host_path(path, kind)?;
        }
    }
    let containers = ContainerStore::new(&engine.paths.root);
    for p in &plan.pods {
        for c in p.init_containers.iter().chain(&p.containers) {
            ready_image(engine, c, opts, ready)?;
            let o = create_options(c, &p.name, p.restart.as_deref(), opts, ready)?;
            check_options(&o).with_context(|| format!("container {}", c.name))?;
            for (vol, _) in &c.file_mounts {
                let (v, key) = vol.split_once('/').unwrap_or((vol, ""));
                if !p.files.get(v).is_some_and(|f| key.is_empty() || f.contains_key(key)) {
                    anyhow::bail!("container {}: subPath {vol:?}: no such key in the volume", c.name);
                }
            }
            if let Some((r, _)) = containers.named(&c.name)? {
                if !replaced.iter().any(|old| old.id == r.host.pod) {
                    anyhow::bail!("container {}: the name is in use by container {} (not of a pod this play replaces): remove or rename it first", c.name, &r.id[..12]);
                }
            }
        }
    }
    Ok(replaced)
}

/// The checks of `create` that need nothing but the options (the image is
/// ready, names and the pod are checked by [`prepare`]).
fn check_options(o: &crate::engine::containers::create::CreateOptions) -> Result<()> {
    crate::container::resources::Resources::default().apply(&o.resources, &crate::container::resources::HostCpus::detect()).map_err(|e| anyhow::anyhow!(e))?;
    crate::engine::containers::spec::capabilities(o.privileged, &o.cap_add, &o.cap_drop)?;
    o.health.parse()?;
    if let Some(d) = &o.log_driver {
        crate::container::logs::Driver::parse(d).map_err(|e| anyhow::anyhow!(e))?;
    }
    if let Some(bad) = o.log_opts.iter().find(|x| !x.contains('=')) {
        anyhow::bail!("invalid --log-opt {bad:?}: expected KEY=VALUE");
    }
    if let Some(bad) = o.extras.annotations.iter().find(|a| !a.split_once('=').is_some_and(|(k, _)| !k.is_empty())) {
        anyhow::bail!("invalid --annotation {bad:?}: expected KEY=VALUE");
    }
    let tmpfs: Vec<String> = o.tmpfs.iter().map(|t| t.split_once(':').map_or(t.as_str(), |(d, _)| d).to_string()).collect();
    crate::engine::volumes::mounts::parse_all(&o.volumes, &o.mounts, &tmpfs)?;
    if let Some(w) = o.workdir.as_deref().filter(|w| !w.starts_with('/')) {
        anyhow::bail!("invalid working directory {w:?}: it must be an absolute path");
    }
    Ok(())
}

/// A planned pod's network options (`--network` unless the YAML says).
fn pod_network(p: &crate::kube::play::PodPlan, index: usize, opts: &PlayOptions) -> crate::network::plan::NetworkOptions {
    crate::network::plan::NetworkOptions {
        ip: opts.ips.get(index).cloned(),
        mac_address: opts.macs.get(index).cloned(),
        no_hosts: opts.no_hosts,
        network: p.network.clone().or_else(|| opts.network.clone()),
        publish: p.publish.clone(),
        add_host: p.add_hosts.clone(),
        dns: p.dns.clone(),
        dns_search: p.dns_search.clone(),
        ..Default::default()
    }
}

/// `kube play`: plans `yaml`, prints the warnings (stderr), builds and
/// pulls the images and checks what can be checked ([`prepare`]), and only
/// then removes what `--replace` replaces, creates the claimed volumes,
/// and creates (and starts) each pod; a pod whose creation fails is
/// removed again.
pub fn play(engine: &Engine, yaml: &str, opts: &PlayOptions) -> Result<Vec<Played>> {
    let plan = crate::kube::play::plan(yaml)?;
    for w in &plan.warnings {
        eprintln!("WARN: {w}");
    }
    let mut built = build_images(engine, &plan, opts)?;
    let replaced = prepare(engine, &plan, opts, &mut built)?;
    for v in &plan.volumes {
        claim_volume(engine, v).with_context(|| format!("PersistentVolumeClaim {v}"))?;
    }
    if opts.replace {
        remove_surplus(engine, &plan)?;
    }
    for old in &replaced {
        crate::engine::pods::remove(engine, old, true).with_context(|| format!("replacing pod {}", old.name))?;
    }
    let mut out = Vec::new();
    for (i, p) in plan.pods.iter().enumerate() {
        let pod = crate::engine::pods::create(
            engine,
            &crate::engine::pods::PodOptions {
                name: Some(p.name.clone()),
                labels: kv(&p.labels),
                hostname: p.hostname.clone(),
                infra: true,
                share: p.share.clone(),
                network: pod_network(p, i, opts),
                userns: opts.userns.clone(),
                ..Default::default()
            },
        )?;
        let made = (|| -> Result<Vec<String>> {
            // ConfigMap and Secret volumes: files under the pod's own
            // directory (removed with the pod), bind-mounted read-only.
            let files_dir = crate::engine::pods::files_dir(engine, &pod);
            for (vol, files) in &p.files {
                let d = files_dir.join(vol);
                std::fs::create_dir_all(&d).with_context(|| format!("creating {}", d.display()))?;
                for (name, content) in files {
                    crate::util::atomic::write_file(&d.join(name), content.as_bytes(), 0o644)?;
                }
            }
            let mount_files = |c: &crate::kube::play::ContainerPlan, o: &mut crate::engine::containers::create::CreateOptions| -> Result<()> {
                for (vol, target) in &c.file_mounts {
                    let src = files_dir.join(vol);
                    if !src.exists() {
                        anyhow::bail!("container {}: subPath {vol:?}: no such key in the volume", c.name);
                    }
                    o.volumes.push(format!("{}:{target}:ro", src.display()));
                }
                // A directory inside a named volume: the volume first.
                for (claim, sub, target, ro) in &c.volume_subpaths {
                    claim_volume(engine, claim)?;
                    let dir = crate::engine::volumes::VolumeStore::for_engine(engine).mountpoint(claim).join(sub);
                    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
                    o.volumes.push(format!("{}:{target}{}", dir.display(), if *ro { ":ro" } else { "" }));
                }
                Ok(())
            };
            if !p.init_containers.is_empty() && !opts.start {
                eprintln!("WARN: pod {}: init containers run only when the pod is started (--start=false)", p.name);
            } else if !p.init_containers.is_empty() {
                crate::engine::pods::start_infra(engine, &pod)?;
            }
            // Init containers: in order, each to completion, then removed.
            for c in p.init_containers.iter().filter(|_| opts.start) {
                let mut o = create_options(c, &pod.id, None, opts, &built)?;
                mount_files(c, &mut o)?;
                let id = crate::engine::containers::create::create(engine, &o).map_err(|e| e.context(format!("creating init container {}", c.name)))?.id;
                let ran = crate::engine::containers::start::start(engine, &id).and_then(|_| crate::engine::containers::ops::wait(engine, &id));
                crate::engine::containers::ops::remove(engine, &id, true)?;
                match ran.map_err(|e| e.context(format!("running init container {}", c.name)))? {
                    0 => {}
                    code => anyhow::bail!("init container {} exited with {code}", c.name),
                }
            }
            let mut ids = Vec::new();
            for c in &p.containers {
                let mut o = create_options(c, &pod.id, p.restart.as_deref(), opts, &built)?;
                mount_files(c, &mut o)?;
                ids.push(crate::engine::containers::create::create(engine, &o).map_err(|e| e.context(format!("creating container {}", c.name)))?.id);
            }
            if opts.start {
                crate::engine::pods::start(engine, &pod)?;
            }
            Ok(ids)
        })();
        match made {
            Ok(containers) => out.push(Played { pod, containers }),
            Err(e) => {
                let _ = crate::engine::pods::remove(engine, &pod, true);
                return Err(e);
            }
        }
    }
    Ok(out)
}

/// `kube down`: removes the pods `yaml` names that `kube play` made (with
/// their containers); with `volumes`, also the PersistentVolumeClaims'
/// volumes a play created (others stay). Returns the removed pods' and
/// volumes' names.
pub fn down(engine: &Engine, yaml: &str, volumes: bool) -> Result<(Vec<String>, Vec<String>)> {
    let names = crate::kube::play::names(yaml)?;
    let (mut pods, claims) = (names.pods, names.volumes);
    // Replicas of an earlier, larger version of the YAML are its too.
    for pod in crate::engine::pods::list(engine)? {
        let w = pod.labels.get(crate::kube::play::WORKLOAD_LABEL);
        if w.is_some_and(|w| names.workloads.contains(w)) && !pods.contains(&pod.name) {
            pods.push(pod.name);
        }
    }
    let mut removed = Vec::new();
    for name in &pods {
        match crate::engine::pods::find(engine, name) {
            Ok(pod) if pod.labels.contains_key(crate::kube::play::PLAY_LABEL) => {
                crate::engine::pods::remove(engine, &pod, true)?;
                removed.push(pod.name);
            }
            Ok(pod) => eprintln!("WARN: pod {} was not made by 'kube play': left alone", pod.name),
            Err(e) if e.downcast_ref::<crate::container::pod::PodNotFound>().is_some() => {}
            Err(e) => return Err(e),
        }
    }
    let mut gone = Vec::new();
    for v in claims.iter().filter(|_| volumes) {
        match crate::engine::volumes::inspect(engine, v)? {
            Some(r) if r.labels.contains_key(crate::kube::play::PLAY_LABEL) => {
                crate::engine::volumes::remove(engine, v, false)?;
                gone.push(v.clone());
            }
            Some(_) => eprintln!("WARN: volume {v} was not made by 'kube play': left alone"),
            None => {}
        }
    }
    Ok((removed, gone))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn build_directories_as_podman_names_them() {
        assert_eq!(build_dir_name("webimg"), "webimg");
        assert_eq!(build_dir_name("localhost/webimg:1.0"), "webimg");
        assert_eq!(build_dir_name("registry:5000/team/web:1.0"), "web");
        assert_eq!(build_dir_name("team/web@sha256:abc"), "web");
        let d = tempfile::tempdir().unwrap();
        let (a, b) = (d.path().join("a"), d.path().join("b"));
        std::fs::create_dir_all(a.join("web")).unwrap();
        std::fs::create_dir_all(b.join("web")).unwrap();
        std::fs::write(b.join("web/Dockerfile"), "FROM x\n").unwrap();
        assert_eq!(build_file("web:1", &[a.clone(), b.clone()]), Some(b.join("web/Dockerfile")), "the first directory that has one");
        std::fs::write(a.join("web/Dockerfile"), "FROM x\n").unwrap();
        std::fs::write(a.join("web/Containerfile"), "FROM x\n").unwrap();
        assert_eq!(build_file("web", &[a.clone(), b]), Some(a.join("web/Containerfile")), "Containerfile before Dockerfile");
        assert_eq!(build_file("other", &[a.clone()]), None);
        assert_eq!(build_file("..", &[a]), None);
    }
}
