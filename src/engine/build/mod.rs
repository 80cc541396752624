//! `build`: runs a Dockerfile's stages into an image.
//!
//! Each stage starts from its base (an image, pulled as `--pull` says, an
//! earlier stage, or `scratch`) and each instruction moves a [`State`] (the
//! image config, its layers, and the config digest that names it) forward:
//! metadata instructions change only the config and add a history entry,
//! RUN runs the command with the built-in runtime on an overlay of the
//! layers so far and stores the upper dir as a new layer, COPY/ADD write
//! into that overlay the same way. Every step's result is recorded in the
//! build cache (see [`cache`]) under a key of its inputs, so an unchanged
//! step is reused and a build is only as slow as its first changed step.
//! Only the stages the target needs are built.

pub mod cache;
mod fsops;
mod more;
mod steps;

use more::{add_to_manifest, finish_image, layer_media_type};

use crate::build::context::BuildContext;
use crate::build::parser::{self, Instruction, Stage};
use crate::build::vars;
use crate::engine::containers::create::PullPolicy;
use crate::engine::pull::PullOptions;
use crate::engine::Engine;
use crate::image::config::{History, ImageConfig};
use crate::image::digest::Digest;
use crate::image::store::{ImageRecord, LayerRecord, Store, TempDir};
use anyhow::{anyhow, bail, Context, Result};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;

/// Where the context comes from.
#[derive(Debug, Clone)]
pub enum ContextSource {
    Dir(PathBuf),
    /// A tar (optionally compressed) on stdin.
    Stdin,
}

/// Everything `build` takes, built by the CLI from its flags.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    pub context: ContextSource,
    /// `-f`: a path (relative to the current dir), or `-` for stdin.
    pub file: Option<String>,
    pub tags: Vec<String>,
    /// `--build-arg K=V` (a bare `K` takes dhow's own environment value).
    pub build_args: Vec<String>,
    pub target: Option<String>,
    pub no_cache: bool,
    pub pull: PullPolicy,
    pub layers: bool,
    pub squash: bool,
    pub labels: Vec<String>,
    pub quiet: bool,
    pub iidfile: Option<PathBuf>,
    /// `none`, `host`, or empty (a private network namespace with only lo).
    pub network: String,
    pub pull_options: PullOptions,
    /// `--ignorefile`: used instead of the context's `.dockerignore`.
    pub ignorefile: Option<PathBuf>,
    /// podman's other build flags (`--format`, `--env`, `--secret`, …).
    pub more: BuildMore,
}

/// Where `--output` exports the final root filesystem.
#[derive(Debug, Clone)]
pub enum Output {
    /// `type=local,dest=DIR`: the files, into DIR.
    Dir(PathBuf),
    /// `type=tar,dest=FILE`: one tar.
    Tar(PathBuf),
}

/// podman 4.3's build flags beyond the basic ones, checked by the CLI.
#[derive(Debug, Clone, Default)]
pub struct BuildMore {
    /// `--format docker`: a docker v2s2 manifest and config media type.
    pub docker_format: bool,
    /// `--env K=V`, added to the final image's config.
    pub env: Vec<String>,
    /// `--unsetenv K`, removed from the final image's config.
    pub unsetenv: Vec<String>,
    /// `--from`: replaces the first FROM's image.
    pub from: Option<String>,
    /// `--timestamp`: created times and new files' mtimes (epoch seconds).
    pub timestamp: Option<i64>,
    /// `--secret id=ID,src=PATH`: (id, host file) at /run/secrets/ID in RUN.
    pub secrets: Vec<(String, PathBuf)>,
    /// RUN steps' /etc/hosts additions (`--add-host HOST:IP`).
    pub add_hosts: Vec<String>,
    pub dns: Vec<String>,
    pub dns_search: Vec<String>,
    pub dns_options: Vec<String>,
    /// `--no-hosts`: RUN steps see the image's /etc/hosts.
    pub no_hosts: bool,
    /// `-v`: bind mounts for RUN steps.
    pub mounts: Vec<crate::container::record::Mount>,
    pub cap_add: Vec<String>,
    pub cap_drop: Vec<String>,
    pub security_opt: Vec<String>,
    /// `--pid/--ipc/--uts/--cgroupns/--device/--shm-size` for RUN steps.
    pub run_extras: crate::engine::containers::extras::ExtraOptions,
    /// `--squash-all`: the image is one layer.
    pub squash_all: bool,
    pub output: Option<Output>,
    /// `--manifest LIST`: the image is added to this list.
    pub manifest: Option<String>,
    /// `--omit-history`: no history in the image config.
    pub omit_history: bool,
    /// `--stdin`: RUN steps read dhow's stdin.
    pub stdin: bool,
    /// `--cache-ttl`: older cached steps are not reused.
    pub cache_ttl: Option<std::time::Duration>,
    /// `--annotation K=V` on the image's (OCI) manifest.
    pub annotations: Vec<String>,
    /// `--retry`/`--retry-delay` for pulling base images.
    pub retry: u32,
    pub retry_delay: std::time::Duration,
}

/// Args docker lets through without an ARG line.
const PREDEFINED_ARGS: &[&str] = &[
    "HTTP_PROXY",
    "http_proxy",
    "HTTPS_PROXY",
    "https_proxy",
    "FTP_PROXY",
    "ftp_proxy",
    "NO_PROXY",
    "no_proxy",
    "ALL_PROXY",
    "all_proxy",
];

/// The image as it stands after a step.
#[derive(Debug, Clone)]
pub(crate) struct State {
    pub config: ImageConfig,
    pub layers: Vec<LayerRecord>,
    /// The digest of the config blob (an image ID); for scratch, a fixed digest.
    pub id: Digest,
    /// ARGs declared in the stage so far, with their values.
    pub args: Vec<(String, Option<String>)>,
    /// CMD was set in this stage (ENTRYPOINT then keeps it).
    pub cmd_set: bool,
}

impl State {
    /// Variables for substitution: the config's ENV wins over ARG.
    pub fn lookup(&self, name: &str) -> Option<String> {
        if let Some(env) = &self.config.config.env {
            for e in env.iter().rev() {
                if let Some((k, v)) = e.split_once('=') {
                    if k == name {
                        return Some(v.to_string());
                    }
                }
            }
        }
        self.args
            .iter()
            .rev()
            .find(|(k, _)| k == name)
            .and_then(|(_, v)| v.clone())
    }

    /// The args in scope with a value, for cache keys and RUN's environment.
    pub fn arg_values(&self) -> Vec<(String, String)> {
        let mut m = BTreeMap::new();
        for (k, v) in &self.args {
            if let Some(v) = v {
                m.insert(k.clone(), v.clone());
            }
        }
        m.into_iter().collect()
    }
}

/// Progress output: podman's step lines on stdout, nothing with `-q`.
pub(crate) struct Out {
    quiet: bool,
}

impl Out {
    pub fn line(&self, s: &str) {
        if !self.quiet {
            let mut o = std::io::stdout().lock();
            let _ = writeln!(o, "{s}");
            let _ = o.flush();
        }
    }
}

/// The result of one built stage.
#[derive(Clone)]
pub(crate) struct StageResult {
    pub state: State,
}

/// Builds the image; returns its ID.
pub fn build(engine: &Engine, opts: &BuildOptions) -> Result<Digest> {
    let store = engine.store()?;
    store.sweep();
    more::set_timestamp(opts.more.timestamp);
    let out = Out { quiet: opts.quiet };

    // The context, read once.
    let mut _ctx_tmp: Option<TempDir> = None;
    let ctx = match &opts.context {
        ContextSource::Dir(d) => BuildContext::open_with_ignorefile(d, opts.ignorefile.as_deref())?,
        ContextSource::Stdin => {
            if opts.file.as_deref() == Some("-") {
                bail!("cannot read both the Dockerfile and the build context from stdin: give the context as a directory");
            }
            let tmp = store.temp_dir()?;
            let dir = tmp.path().join("context");
            std::fs::create_dir(&dir)?;
            crate::build::context::unpack_tar(std::io::stdin().lock(), &dir)?;
            let c = BuildContext::open_with_ignorefile(&dir, opts.ignorefile.as_deref())?;
            _ctx_tmp = Some(tmp);
            c
        }
    };
    let (file_name, text) = read_dockerfile(opts, &ctx)?;
    let df = parser::parse(&text, &file_name)?;
    let (global, stages) = df.stages(&file_name)?;

    let mut build_args: BTreeMap<String, String> = BTreeMap::new();
    for a in &opts.build_args {
        match a.split_once('=') {
            Some((k, v)) => build_args.insert(k.to_string(), v.to_string()),
            None => match std::env::var(a) {
                Ok(v) => build_args.insert(a.clone(), v),
                Err(_) => None,
            },
        };
    }
    let mut used_args: Vec<String> = Vec::new();

    // Global ARGs (before the first FROM): visible to FROM lines.
    let mut global_args: Vec<(String, Option<String>)> = Vec::new();
    for ins in &global {
        let lookup = |n: &str| {
            global_args
                .iter()
                .rev()
                .find(|(k, _)| k == n)
                .and_then(|(_, v)| v.clone())
        };
        for (k, v) in steps::parse_arg(ins, &lookup, df.escape, &file_name)? {
            let v = build_args.get(&k).cloned().or(v);
            used_args.push(k.clone());
            global_args.push((k, v));
        }
    }
    let global_lookup = |n: &str| {
        global_args
            .iter()
            .rev()
            .find(|(k, _)| k == n)
            .and_then(|(_, v)| v.clone())
    };

    // Which stages the target needs.
    let target = match &opts.target {
        Some(t) => {
            let t = t.to_ascii_lowercase();
            stages
                .iter()
                .position(|s| s.name.as_deref() == Some(t.as_str()))
                .ok_or_else(|| anyhow!("target stage {t:?} not found in {file_name}"))?
        }
        None => stages.len() - 1,
    };
    let mut bases: Vec<String> = Vec::new();
    for s in &stages {
        let b = vars::process_word(&s.base, &global_lookup, df.escape)
            .map_err(|e| anyhow!("{file_name}:{}: {e}", s.from.line))?;
        if b.is_empty() {
            bail!("{file_name}:{}: FROM names no image (an ARG used in it has no value; pass it with --build-arg)", s.from.line);
        }
        bases.push(b);
    }
    // --from replaces the first FROM's image, as podman does.
    if let (Some(f), Some(first)) = (&opts.more.from, bases.first_mut()) {
        *first = f.clone();
    }
    let needed = needed_stages(&stages, &bases, target, df.escape, &file_name)?;

    let mut b = Builder {
        engine,
        store: store.clone(),
        ctx: &ctx,
        out: &out,
        opts,
        cache: cache::Cache::open(&store),
        build_args: &build_args,
        used_args: &mut used_args,
        global_args: global_args.clone(),
        escape: df.escape,
        file_name: file_name.clone(),
        results: BTreeMap::new(),
        mount_ns: false,
        images: BTreeMap::new(),
        stage_names: stages.iter().map(|s| s.name.clone()).collect(),
    };
    let total_stages = needed.len();
    for (n, &si) in needed.iter().enumerate() {
        let prefix = if total_stages > 1 {
            format!("[{}/{}] ", n + 1, total_stages)
        } else {
            String::new()
        };
        let last = si == target;
        let result = b.build_stage(&stages[si], &bases[si], &prefix, last)?;
        b.results.insert(si, result);
    }
    let mut state = b
        .results
        .get(&target)
        .map(|r| r.state.clone())
        .ok_or_else(|| anyhow!("the target stage was not built"))?;
    // --label: one more (cached) metadata step on the final image.
    if !opts.labels.is_empty() {
        let mut text = String::from("LABEL");
        for l in &opts.labels {
            let (k, v) = l.split_once('=').unwrap_or((l.as_str(), ""));
            text.push_str(&format!(" {k}={v:?}"));
        }
        let ins =
            parser::parse_instruction("LABEL", text.trim_start_matches("LABEL").trim(), 0, '\\')
                .map_err(|e| anyhow!("--label: {e}"))?;
        state = b.step(state, &ins, true)?.0;
    }
    // --env: one more (cached) ENV step, as podman adds them to the image.
    if !opts.more.env.is_empty() {
        let text: Vec<String> = opts
            .more
            .env
            .iter()
            .map(|e| {
                let (k, v) = e.split_once('=').unwrap_or((e.as_str(), ""));
                format!("{k}={v:?}")
            })
            .collect();
        let ins = parser::parse_instruction("ENV", &text.join(" "), 0, '\\')
            .map_err(|e| anyhow!("--env: {e}"))?;
        state = b.step(state, &ins, true)?.0;
    }
    state = finish_image(&store, state, &opts.more, &mut b)?;
    let unused: Vec<&String> = build_args
        .keys()
        .filter(|k| !b.used_args.contains(k) && !PREDEFINED_ARGS.contains(&k.as_str()))
        .collect();
    if !unused.is_empty() {
        eprintln!(
            "[Warning] one or more build args were not consumed: {:?}",
            unused
        );
    }
    b.cache.save_file_hashes();

    // The image record.
    let names: Vec<String> = opts
        .tags
        .iter()
        .map(|t| crate::engine::images::normalize_new_name(t))
        .collect::<Result<_>>()?;
    if let Some(first) = opts.tags.first() {
        out.line(&format!("COMMIT {first}"));
    } else {
        out.line("COMMIT");
    }
    let record = image_record(&store, &state, names.clone(), opts.more.docker_format, &opts.more.annotations)?;
    {
        let _guard = store.lock("images-gc")?;
        for l in &record.layers {
            if !store.has_layer(&l.diff_id) {
                bail!(
                    "layer {} was removed by another dhow command during the build; build again",
                    l.diff_id
                );
            }
        }
        store.add_image(record.clone())?;
    }
    out.line(&format!("--> {}", &record.id.hex()[..12]));
    for n in &names {
        out.line(&format!("Successfully tagged {n}"));
    }
    if let Some(list) = &opts.more.manifest {
        add_to_manifest(engine, list, &record.id)?;
    }
    if let Some(f) = &opts.iidfile {
        crate::util::atomic::write_file(f, record.id.to_string().as_bytes(), 0o644)
            .with_context(|| format!("writing --iidfile {}", f.display()))?;
    }
    Ok(record.id)
}

fn read_dockerfile(opts: &BuildOptions, ctx: &BuildContext) -> Result<(String, String)> {
    match opts.file.as_deref() {
        Some("-") => {
            let mut s = String::new();
            std::io::Read::read_to_string(&mut std::io::stdin().lock(), &mut s)
                .context("reading the Dockerfile from stdin")?;
            Ok(("Dockerfile".into(), s))
        }
        Some(f) => {
            let p = match &opts.context {
                ContextSource::Stdin => ctx.root().join(f),
                ContextSource::Dir(_) => PathBuf::from(f),
            };
            let text = std::fs::read_to_string(&p)
                .with_context(|| format!("reading the Dockerfile {}", p.display()))?;
            Ok((f.to_string(), text))
        }
        None => {
            for name in ["Containerfile", "Dockerfile"] {
                let p = ctx.root().join(name);
                if p.is_file() {
                    let text = std::fs::read_to_string(&p)
                        .with_context(|| format!("reading {}", p.display()))?;
                    return Ok((name.to_string(), text));
                }
            }
            bail!("no Containerfile or Dockerfile in the build context {}: create one or name it with -f", ctx.root().display())
        }
    }
}

/// The stages the target depends on (FROM <stage>, COPY --from), in order.
fn needed_stages(
    stages: &[Stage],
    bases: &[String],
    target: usize,
    escape: char,
    file: &str,
) -> Result<Vec<usize>> {
    let find = |name: &str, before: usize| -> Option<usize> {
        let lname = name.to_ascii_lowercase();
        if let Some(i) = stages[..before]
            .iter()
            .position(|s| s.name.as_deref() == Some(lname.as_str()))
        {
            return Some(i);
        }
        name.parse::<usize>().ok().filter(|i| *i < before)
    };
    let mut needed = vec![false; stages.len()];
    let mut todo = vec![target];
    while let Some(i) = todo.pop() {
        if needed[i] {
            continue;
        }
        needed[i] = true;
        if let Some(d) = find(&bases[i], i) {
            todo.push(d);
        }
        for ins in &stages[i].instructions {
            if ins.keyword == "COPY" || ins.keyword == "ADD" {
                if let Some(from) = ins.flag("from") {
                    let from = vars::process_word(from, &|_: &str| None, escape)
                        .unwrap_or_else(|_| from.to_string());
                    if let Some(d) = find(&from, i) {
                        todo.push(d);
                    } else if stages
                        .iter()
                        .any(|s| s.name.as_deref() == Some(from.to_ascii_lowercase().as_str()))
                    {
                        bail!("{file}:{}: COPY --from={from} names a stage defined later; a stage can only copy from earlier stages", ins.line);
                    }
                }
            }
        }
    }
    Ok((0..stages.len()).filter(|i| needed[*i]).collect())
}

/// The final image's manifest and record.
fn image_record(store: &Store, state: &State, names: Vec<String>, docker: bool, annotations: &[String]) -> Result<ImageRecord> {
    let config_bytes = store.read_blob(&state.id)?;
    use crate::image::manifest as m;
    let (manifest_type, config_type) = if docker {
        (m::DOCKER_MANIFEST, m::DOCKER_CONFIG)
    } else {
        (m::OCI_MANIFEST, "application/vnd.oci.image.config.v1+json")
    };
    let layers: Vec<serde_json::Value> = state
        .layers
        .iter()
        .map(|l| {
            let t = if l.media_type.is_empty() { fsops::LAYER_MEDIA_TYPE } else { l.media_type.as_str() };
            serde_json::json!({
                "mediaType": layer_media_type(t, docker),
                "digest": l.blob.as_ref().map(|b| b.to_string()).unwrap_or_else(|| l.diff_id.to_string()),
                "size": l.blob_size,
            })
        })
        .collect();
    let mut manifest = serde_json::json!({
        "schemaVersion": 2,
        "mediaType": manifest_type,
        "config": {"mediaType": config_type, "digest": state.id.to_string(), "size": config_bytes.len()},
        "layers": layers,
    });
    if !annotations.is_empty() && !docker {
        let a: serde_json::Map<String, serde_json::Value> = annotations
            .iter()
            .map(|a| {
                let (k, v) = a.split_once('=').unwrap_or((a.as_str(), ""));
                (k.to_string(), serde_json::Value::String(v.to_string()))
            })
            .collect();
        manifest["annotations"] = serde_json::Value::Object(a);
    }
    let bytes = serde_json::to_vec(&manifest)?;
    let mdigest = store.put_blob(&bytes, None)?;
    Ok(ImageRecord {
        id: state.id.clone(),
        names,
        repo_digests: vec![],
        manifest: mdigest,
        manifest_media_type: manifest_type.into(),
        size: state.layers.iter().map(|l| l.size).sum(),
        layers: state.layers.clone(),
        created: state.config.created_time(),
        architecture: state.config.architecture.clone(),
        os: state.config.os.clone(),
        added: chrono::Utc::now(),
        names_history: vec![],
    })
}

/// The builder's state across stages.
pub(crate) struct Builder<'a> {
    pub engine: &'a Engine,
    pub store: Store,
    pub ctx: &'a BuildContext,
    pub out: &'a Out,
    pub opts: &'a BuildOptions,
    pub cache: cache::Cache,
    pub build_args: &'a BTreeMap<String, String>,
    pub used_args: &'a mut Vec<String>,
    pub global_args: Vec<(String, Option<String>)>,
    pub escape: char,
    pub file_name: String,
    pub results: BTreeMap<usize, StageResult>,
    /// Whether the private mount namespace was made.
    pub mount_ns: bool,
    /// Images resolved for FROM / COPY --from, by name.
    pub images: BTreeMap<String, State>,
    /// Each stage's `AS` name, by index.
    pub stage_names: Vec<Option<String>>,
}

impl Builder<'_> {
    pub fn use_cache(&self) -> bool {
        !self.opts.no_cache && self.opts.layers && !self.opts.squash
    }

    /// An image by name as a starting state (pulled as `--pull` says).
    pub fn image_state(&mut self, name: &str) -> Result<State> {
        if let Some(s) = self.images.get(name) {
            return Ok(s.clone());
        }
        let local = crate::engine::images::resolve(self.engine, &self.store, name);
        let record = match (self.opts.pull, local) {
            (PullPolicy::Always, _) => self.pull(name)?,
            (_, Ok(r)) => r,
            (PullPolicy::Never, Err(e)) if crate::engine::images::is_not_found(&e) => {
                bail!("{name}: image not known, and --pull=never forbids pulling it (pull it first with 'dhow pull {name}')")
            }
            (_, Err(e)) if crate::engine::images::is_not_found(&e) => self.pull(name)?,
            (_, Err(e)) => return Err(e),
        };
        let mut config = self.store.image_config(&record)?;
        config.config.extra.remove("OnBuild");
        let state = State {
            config,
            layers: record.layers.clone(),
            id: record.id.clone(),
            args: vec![],
            cmd_set: false,
        };
        self.images.insert(name.to_string(), state.clone());
        Ok(state)
    }

    fn pull(&self, name: &str) -> Result<ImageRecord> {
        let mut p = self.opts.pull_options.clone();
        p.image = name.to_string();
        p.quiet = p.quiet || self.opts.quiet;
        // --retry: a pull that failed on the network (not a refusal) is
        // tried again after --retry-delay.
        let mut tries = 0;
        let pulled = loop {
            match crate::engine::pull::pull(self.engine, &p) {
                Ok(x) => break x,
                Err(e) if tries < self.opts.more.retry && crate::engine::pull::is_transient(&e) => {
                    tries += 1;
                    eprintln!("Warning: pulling {name} failed ({e:#}); retrying in {:?} ({tries}/{})", self.opts.more.retry_delay, self.opts.more.retry);
                    std::thread::sleep(self.opts.more.retry_delay);
                }
                Err(e) => return Err(e),
            }
        };
        crate::engine::images::resolve(self.engine, &self.store, &pulled.id.to_string())
    }

    fn build_stage(
        &mut self,
        stage: &Stage,
        base: &str,
        prefix: &str,
        _last: bool,
    ) -> Result<StageResult> {
        // ONBUILD triggers of the base image run first.
        let mut triggers: Vec<Instruction> = Vec::new();
        let total = 1 + stage.instructions.len();
        self.out
            .line(&format!("{prefix}STEP 1/{total}: {}", stage.from.original));
        let mut state = if base == "scratch" {
            let platform = crate::image::manifest::Platform::host();
            let config = ImageConfig {
                architecture: platform.architecture,
                os: platform.os,
                variant: platform.variant,
                ..Default::default()
            };
            State {
                config,
                layers: vec![],
                id: Digest::of(b"scratch"),
                args: vec![],
                cmd_set: false,
            }
        } else if let Some(i) = self.stage_index(base, stage.index) {
            let r = self
                .results
                .get(&i)
                .ok_or_else(|| anyhow!("stage {base} was not built"))?;
            State {
                args: vec![],
                cmd_set: false,
                ..r.state.clone()
            }
        } else {
            let s = self.image_state(base)?;
            if let Ok(cfg) = self
                .store
                .read_blob(&s.id)
                .and_then(|b| ImageConfig::parse(&b))
            {
                if let Some(serde_json::Value::Array(list)) = cfg.config.extra.get("OnBuild") {
                    for t in list.iter().filter_map(|v| v.as_str()) {
                        let (kw, rest) = t.split_once(char::is_whitespace).unwrap_or((t, ""));
                        let kw = kw.to_ascii_uppercase();
                        let mut ins =
                            parser::parse_instruction(&kw, rest, stage.from.line, self.escape)
                                .map_err(|e| {
                                    anyhow!(
                                        "{}:{}: ONBUILD trigger of {base}: {e}",
                                        self.file_name,
                                        stage.from.line
                                    )
                                })?;
                        ins.original = format!("{kw} {rest}");
                        triggers.push(ins);
                    }
                }
            }
            s
        };
        if let Some(p) = &stage.from.flag("platform") {
            let _ = p; // single-platform builds: the host's (or the pulled image's) platform
        }
        self.out.line(&format!("--> {}", short(&state.id)));
        let mut pending: Option<steps::Pending> = None;
        for ins in &triggers {
            self.out.line(&format!("{prefix}ONBUILD: {}", ins.original));
            let (s, p) = self.step_with_pending(state, ins, pending)?;
            state = s;
            pending = p;
        }
        for (k, ins) in stage.instructions.iter().enumerate() {
            self.out
                .line(&format!("{prefix}STEP {}/{total}: {}", k + 2, ins.original));
            let (s, p) = self.step_with_pending(state, ins, pending)?;
            state = s;
            pending = p;
        }
        if let Some(p) = pending {
            state = self.finish_pending(state, p)?;
        }
        Ok(StageResult { state })
    }

    /// The index of an earlier stage named (or numbered) `name`.
    pub fn stage_index(&self, name: &str, before: usize) -> Option<usize> {
        let l = name.to_ascii_lowercase();
        if let Some(i) = self.results.keys().copied().find(|i| {
            *i < before
                && self
                    .stage_names
                    .get(*i)
                    .is_some_and(|n| n.as_deref() == Some(l.as_str()))
        }) {
            return Some(i);
        }
        name.parse::<usize>()
            .ok()
            .filter(|i| *i < before && self.results.contains_key(i))
    }
}

pub(crate) fn short(d: &Digest) -> &str {
    &d.hex()[..12]
}

/// Appends a history entry and stores the new config; returns the new state.
pub(crate) fn commit_config(
    store: &Store,
    mut state: State,
    created_by: String,
    empty_layer: bool,
) -> Result<State> {
    let now = more::created_now();
    state.config.created = Some(now.clone());
    state.config.history.push(History {
        created: Some(now),
        created_by: Some(created_by),
        author: None,
        comment: None,
        empty_layer,
    });
    state.config.rootfs.kind = "layers".into();
    state.config.rootfs.diff_ids = state.layers.iter().map(|l| l.diff_id.clone()).collect();
    let bytes = serde_json::to_vec(&state.config)?;
    state.id = store.put_blob(&bytes, None)?;
    Ok(state)
}
