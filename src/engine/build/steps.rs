//! One Dockerfile instruction at a time: substitution, the cache key, and
//! carrying it out (config change, RUN in the runtime, COPY/ADD into the
//! stage's overlay).

use super::cache::{Cache, Entry};
use super::fsops::{self, Attrs, Root};
use super::{commit_config, short, Builder, State};
use crate::build::context::{self, EntryKind};
use crate::build::instruction::{self, Meta};
use crate::build::parser::{Args, Instruction};
use crate::build::vars::{self, Lookup};
use crate::image::config::ImageConfig;
use crate::image::store::TempDir;
use anyhow::{anyhow, bail, Context, Result};

use std::collections::HashMap;
use std::os::fd::OwnedFd;
use std::path::{Path, PathBuf};

/// A stage built with `--layers=false`/`--squash`: every change goes into
/// one upper dir, stored as a single layer when the stage ends.
pub(crate) struct Pending {
    tmp: TempDir,
    /// History index of the last entry that changed files.
    history_idx: Option<usize>,
}

impl Pending {
    fn upper(&self) -> PathBuf {
        self.tmp.path().join("upper")
    }
}

/// Where a COPY source comes from.
#[derive(Debug, Clone)]
enum Source {
    Context(String),
    Heredoc {
        name: String,
        content: String,
    },
    /// A path inside an earlier stage (index) or an image (name).
    Stage(usize, String),
    Image(String, String),
    Url(String),
}

enum Kind {
    /// A metadata instruction (`None` for ARG, which changes only the build's variables).
    Meta(Option<Meta>),
    Run {
        argv: Vec<String>,
    },
    Copy {
        sources: Vec<Source>,
        dest: String,
        dest_is_dir: bool,
        chown: Option<String>,
        chmod: Option<u32>,
        add: bool,
    },
}

struct Prepared {
    /// The instruction after substitution: part of the cache key.
    desc: String,
    /// The history entry's created_by.
    created_by: String,
    kind: Kind,
    /// A digest of COPY/ADD sources.
    sources_hash: Option<String>,
}

/// `ARG a b=1`: names with their defaults (after substitution).
pub(crate) fn parse_arg(
    ins: &Instruction,
    lookup: &dyn Lookup,
    escape: char,
    file: &str,
) -> Result<Vec<(String, Option<String>)>> {
    let words = vars::process_words(&ins.raw_args(), lookup, escape)
        .map_err(|e| anyhow!("{file}:{}: {e}", ins.line))?;
    let mut out = Vec::new();
    for w in words {
        let (k, v) = match w.split_once('=') {
            Some((k, v)) => (k.to_string(), Some(v.to_string())),
            None => (w.clone(), None),
        };
        if k.is_empty() || !k.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            bail!("{file}:{}: invalid ARG name {k:?}", ins.line);
        }
        out.push((k, v));
    }
    Ok(out)
}

impl Builder<'_> {
    fn err(&self, ins: &Instruction, msg: impl std::fmt::Display) -> anyhow::Error {
        anyhow!("{}:{}: {}: {msg}", self.file_name, ins.line, ins.keyword)
    }

    fn words(&self, state: &State, ins: &Instruction) -> Result<Vec<String>> {
        let lookup = |n: &str| state.lookup(n);
        match &ins.args {
            Args::Exec(v) => v
                .iter()
                .map(|w| vars::process_word(w, &lookup, self.escape).map_err(|e| self.err(ins, e)))
                .collect(),
            Args::Shell(s) => {
                vars::process_words(s, &lookup, self.escape).map_err(|e| self.err(ins, e))
            }
        }
    }

    fn prepare(&mut self, state: &mut State, ins: &Instruction) -> Result<Prepared> {
        let nop = |s: &str| format!("/bin/sh -c #(nop)  {s}");
        let kw = ins.keyword.as_str();
        Ok(match kw {
            "ARG" => {
                let lookup = |n: &str| state.lookup(n);
                let list = parse_arg(ins, &lookup, self.escape, &self.file_name)?;
                let mut desc = String::from("ARG");
                for (k, default) in list {
                    let global = self
                        .global_args
                        .iter()
                        .rev()
                        .find(|(g, _)| *g == k)
                        .and_then(|(_, v)| v.clone());
                    let v = self.build_args.get(&k).cloned().or(default).or(global);
                    self.used_args.push(k.clone());
                    desc.push_str(&format!(" {k}"));
                    if let Some(v) = &v {
                        desc.push_str(&format!("={v}"));
                    }
                    state.args.push((k, v));
                }
                Prepared { created_by: nop(&desc), desc, kind: Kind::Meta(None), sources_hash: None }
            }
            kw if instruction::is_meta(kw) => {
                let lookup = |n: &str| state.lookup(n);
                let scope = instruction::Scope { lookup: &lookup, escape: self.escape };
                let (desc, m) = instruction::prepare(ins, &scope, &state.config).map_err(|e| self.err(ins, e))?;
                Prepared { created_by: nop(&desc), desc, kind: Kind::Meta(Some(m)), sources_hash: None }
            }
            "RUN" => {
                if let Some((f, _)) = ins.flags.first() {
                    return Err(self.err(ins, format!("--{f} is not supported yet (RUN options such as --mount and --network are not implemented)")));
                }
                let argv = match &ins.args {
                    Args::Exec(v) => v.clone(),
                    Args::Shell(s) => {
                        let mut a = instruction::shell_of(&state.config.config);
                        let script = if let (Some(h), true) = (
                            ins.heredocs.first(),
                            s.trim().starts_with("<<")
                                && ins.heredocs.len() == 1
                                && s.split_whitespace().count() == 1,
                        ) {
                            h.content.clone()
                        } else if ins.heredocs.is_empty() {
                            s.clone()
                        } else {
                            let mut t = s.clone();
                            for h in &ins.heredocs {
                                t.push('\n');
                                t.push_str(&h.content);
                                t.push_str(&h.name);
                            }
                            t
                        };
                        a.push(script);
                        a
                    }
                };
                let created_by = match &ins.args {
                    Args::Exec(v) => format!("RUN {}", serde_json::to_string(v)?),
                    Args::Shell(_) => format!("RUN {}", argv.join(" ")),
                };
                Prepared {
                    desc: format!("RUN {}", serde_json::to_string(&argv)?),
                    created_by,
                    kind: Kind::Run { argv },
                    sources_hash: None,
                }
            }
            "COPY" | "ADD" => self.prepare_copy(state, ins)?,
            other => return Err(self.err(ins, format!("unknown instruction {other}"))),
        })
    }

    fn prepare_copy(&mut self, state: &State, ins: &Instruction) -> Result<Prepared> {
        let add = ins.keyword == "ADD";
        for (f, _) in &ins.flags {
            if !matches!(f.as_str(), "from" | "chown" | "chmod" | "link") {
                return Err(self.err(ins, format!("unknown flag --{f}")));
            }
        }
        let mut words = self.words(state, ins)?;
        if words.len() < 2 {
            return Err(self.err(
                ins,
                format!(
                    "{} requires at least two arguments: {} <src>... <dest>",
                    ins.keyword, ins.keyword
                ),
            ));
        }
        let dest_raw = words.pop().unwrap_or_default();
        let lookup = |n: &str| state.lookup(n);
        let from = ins
            .flag("from")
            .map(|f| vars::process_word(f, &lookup, self.escape))
            .transpose()
            .map_err(|e| self.err(ins, e))?;
        let chown = ins
            .flag("chown")
            .map(|f| vars::process_word(f, &lookup, self.escape))
            .transpose()
            .map_err(|e| self.err(ins, e))?;
        let chmod = match ins.flag("chmod") {
            Some(m) => Some(
                u32::from_str_radix(m, 8)
                    .ok()
                    .filter(|m| *m <= 0o7777)
                    .ok_or_else(|| {
                        self.err(
                            ins,
                            format!("invalid --chmod {m:?}: give an octal mode like 755"),
                        )
                    })?,
            ),
            None => None,
        };
        let mut sources = Vec::new();
        use sha2::{Digest as _, Sha256};
        let mut h = Sha256::new();
        let from_stage = match &from {
            Some(f) => match self.stage_index(f, usize::MAX) {
                Some(i) => Some(Ok(i)),
                None => {
                    if f.parse::<usize>().is_ok() {
                        return Err(self.err(
                            ins,
                            format!("--from={f}: there is no stage {f} before this one"),
                        ));
                    }
                    Some(Err(f.clone()))
                }
            },
            None => None,
        };
        for w in &words {
            if let Some(name) = w.strip_prefix("<<").map(|n| {
                n.trim_start_matches('-')
                    .trim_matches(|c| c == '"' || c == '\'')
            }) {
                if let Some(hd) = ins.heredocs.iter().find(|h| h.name == name) {
                    let content = if hd.quoted {
                        hd.content.clone()
                    } else {
                        vars::process_word(&hd.content, &lookup, self.escape)
                            .unwrap_or_else(|_| hd.content.clone())
                    };
                    h.update(format!("heredoc\0{name}\0{content}\0"));
                    sources.push(Source::Heredoc {
                        name: name.to_string(),
                        content,
                    });
                    continue;
                }
            }
            match &from_stage {
                Some(Ok(i)) => {
                    let id = self
                        .results
                        .get(i)
                        .map(|r| r.state.id.to_string())
                        .unwrap_or_default();
                    h.update(format!("stage\0{id}\0{w}\0"));
                    sources.push(Source::Stage(*i, w.clone()));
                }
                Some(Err(image)) => {
                    let st = self.image_state(image)?;
                    h.update(format!("image\0{}\0{w}\0", st.id));
                    sources.push(Source::Image(image.clone(), w.clone()));
                }
                None if add && (w.starts_with("http://") || w.starts_with("https://")) => {
                    h.update(format!("url\0{w}\0"));
                    sources.push(Source::Url(w.clone()));
                }
                None => {
                    let resolved = self.ctx.resolve(w).map_err(|e| self.err(ins, e))?;
                    let hash = self
                        .ctx
                        .hash_sources(&resolved, &mut self.cache.file_hashes)?;
                    h.update(format!("ctx\0{w}\0{hash}\0"));
                    sources.extend(resolved.into_iter().map(Source::Context));
                }
            }
        }
        let workdir = state
            .config
            .config
            .working_dir
            .clone()
            .unwrap_or_else(|| "/".into());
        let dest_abs = if dest_raw.starts_with('/') {
            dest_raw.clone()
        } else {
            format!("{}/{}", workdir.trim_end_matches('/'), dest_raw)
        };
        let dest_is_dir = dest_raw.ends_with('/') || dest_raw == "." || sources.len() > 1;
        if sources.len() > 1 && !(dest_raw.ends_with('/') || dest_raw == ".") && words.len() > 1 {
            return Err(self.err(ins, format!("when using {} with more than one source file, the destination must be a directory and end with a /", ins.keyword)));
        }
        let hash = hex::encode(h.finalize());
        let desc = format!(
            "{} from={} chown={} chmod={:?} {} {dest_abs}",
            ins.keyword,
            from.clone().unwrap_or_default(),
            chown.clone().unwrap_or_default(),
            chmod,
            words.join(" ")
        );
        let created_by = format!(
            "/bin/sh -c #(nop) {} {}:{} in {dest_raw} ",
            ins.keyword,
            if sources.len() == 1 { "file" } else { "multi" },
            &hash[..16]
        );
        let dest = format!("/{}", context::clean(&dest_abs));
        Ok(Prepared {
            desc,
            created_by,
            kind: Kind::Copy {
                sources,
                dest,
                dest_is_dir,
                chown,
                chmod,
                add,
            },
            sources_hash: Some(hash),
        })
    }

    /// Runs one instruction with the build cache; returns the new state and
    /// whether it came from the cache.
    pub(crate) fn step(
        &mut self,
        mut state: State,
        ins: &Instruction,
        silent: bool,
    ) -> Result<(State, bool)> {
        let prep = self.prepare(&mut state, ins)?;
        let key = Cache::key(
            &state.id,
            &prep.desc,
            &state.arg_values(),
            prep.sources_hash.as_deref(),
        );
        if self.use_cache() {
            if let Some(hit) = self.cache.get(&self.store, &key) {
                let bytes = self.store.read_blob(&hit.config)?;
                let config = ImageConfig::parse(&bytes)?;
                if !silent {
                    self.out
                        .line(&format!("--> Using cache {}", hit.config.hex()));
                    self.out.line(&format!("--> {}", &hit.config.hex()[..12]));
                }
                let cmd_set = state.cmd_set || matches!(prep.kind, Kind::Meta(Some(Meta::Cmd(_))));
                return Ok((
                    State {
                        config,
                        layers: hit.layers,
                        id: hit.config,
                        args: state.args,
                        cmd_set,
                    },
                    true,
                ));
            }
        }
        let new = self.apply(state, prep, None)?;
        if self.opts.layers && !self.opts.squash {
            self.cache.put(
                &key,
                &Entry {
                    config: new.id.clone(),
                    layers: new.layers.clone(),
                },
            )?;
        }
        if !silent {
            self.out.line(&format!("--> {}", short(&new.id)));
        }
        Ok((new, false))
    }

    pub(crate) fn step_with_pending(
        &mut self,
        state: State,
        ins: &Instruction,
        pending: Option<Pending>,
    ) -> Result<(State, Option<Pending>)> {
        if self.opts.layers && !self.opts.squash {
            return Ok((self.step(state, ins, false)?.0, None));
        }
        let mut state = state;
        let prep = self.prepare(&mut state, ins)?;
        let mut pending = match pending {
            Some(p) => p,
            None => Pending {
                tmp: self.overlay_work_dir()?,
                history_idx: None,
            },
        };
        let changes_files = !matches!(prep.kind, Kind::Meta(_));
        let new = self.apply(state, prep, Some(&pending))?;
        if changes_files {
            pending.history_idx = Some(new.config.history.len() - 1);
        }
        self.out.line(&format!("--> {}", short(&new.id)));
        Ok((new, Some(pending)))
    }

    /// Stores a `--layers=false`/`--squash` stage's changes as one layer.
    /// A store temp dir with the overlay's `upper`, `work` and `merged`.
    fn overlay_work_dir(&self) -> Result<TempDir> {
        let tmp = self.store.temp_dir()?;
        for d in ["upper", "work", "merged"] {
            std::fs::create_dir(tmp.path().join(d))?;
        }
        Ok(tmp)
    }

    pub(crate) fn finish_pending(&mut self, mut state: State, p: Pending) -> Result<State> {
        let Some(idx) = p.history_idx else {
            return Ok(state);
        };
        let upper = p.upper();
        let lowers = state.layers.clone();
        fsops::prune_runtime_artifacts(&upper, |rel| {
            lowers.iter().any(|l| {
                std::fs::symlink_metadata(self.store.layer_diff(&l.diff_id).join(rel)).is_ok()
            })
        });
        let layer = fsops::commit_layer(&self.store, &upper)?;
        state.layers.push(layer);
        if let Some(h) = state.config.history.get_mut(idx) {
            h.empty_layer = false;
        }
        state.config.rootfs.diff_ids = state.layers.iter().map(|l| l.diff_id.clone()).collect();
        state.id = self
            .store
            .put_blob(&serde_json::to_vec(&state.config)?, None)?;
        Ok(state)
    }

    fn apply(
        &mut self,
        mut state: State,
        prep: Prepared,
        pending: Option<&Pending>,
    ) -> Result<State> {
        match prep.kind {
            Kind::Meta(m) => {
                if let Some(m) = m {
                    instruction::apply(&mut state.config, m, &mut state.cmd_set);
                }
                commit_config(&self.store, state, prep.created_by, true)
            }
            Kind::Run { argv } => {
                let fresh;
                let work_tmp: &TempDir = match pending {
                    Some(p) => &p.tmp,
                    None => {
                        fresh = self.overlay_work_dir()?;
                        &fresh
                    }
                };
                self.run_in(&state, &argv, work_tmp, &prep.desc)?;
                self.finish_fs_step(state, work_tmp, pending.is_some(), prep.created_by)
            }
            Kind::Copy {
                sources,
                dest,
                dest_is_dir,
                chown,
                chmod,
                add,
            } => {
                let fresh;
                let work_tmp: &TempDir = match pending {
                    Some(p) => &p.tmp,
                    None => {
                        fresh = self.overlay_work_dir()?;
                        &fresh
                    }
                };
                self.copy_in(
                    &state,
                    work_tmp,
                    &sources,
                    &dest,
                    dest_is_dir,
                    chown.as_deref(),
                    chmod,
                    add,
                )?;
                self.finish_fs_step(state, work_tmp, pending.is_some(), prep.created_by)
            }
        }
    }

    fn finish_fs_step(
        &mut self,
        mut state: State,
        tmp: &TempDir,
        pending: bool,
        created_by: String,
    ) -> Result<State> {
        if pending {
            return commit_config(&self.store, state, created_by, true);
        }
        let upper = tmp.path().join("upper");
        let lowers = state.layers.clone();
        fsops::prune_runtime_artifacts(&upper, |rel| {
            lowers.iter().any(|l| {
                std::fs::symlink_metadata(self.store.layer_diff(&l.diff_id).join(rel)).is_ok()
            })
        });
        let layer = fsops::commit_layer(&self.store, &upper)?;
        state.layers.push(layer);
        commit_config(&self.store, state, created_by, false)
    }

    fn ensure_mount_ns(&mut self) -> Result<()> {
        if !self.mount_ns {
            fsops::private_mount_namespace()?;
            self.mount_ns = true;
        }
        Ok(())
    }

    fn mount_stage(&mut self, state: &State, tmp: &TempDir) -> Result<PathBuf> {
        self.ensure_mount_ns()?;
        let merged = tmp.path().join("merged");
        let ids: Vec<_> = state.layers.iter().map(|l| l.diff_id.clone()).collect();
        fsops::mount_overlay(
            &self.store,
            &ids,
            Some((&tmp.path().join("upper"), &tmp.path().join("work"))),
            &merged,
            &tmp.path().join("empty"),
        )?;
        Ok(merged)
    }

    /// Runs `argv` in the stage's overlay with the built-in runtime.
    fn run_in(&mut self, state: &State, argv: &[String], tmp: &TempDir, desc: &str) -> Result<()> {
        let merged = self.mount_stage(state, tmp)?;
        let r = self.run_mounted(state, argv, tmp, &merged, desc);
        fsops::unmount(&merged);
        r
    }

    fn run_mounted(
        &mut self,
        state: &State,
        argv: &[String],
        tmp: &TempDir,
        merged: &Path,
        desc: &str,
    ) -> Result<()> {
        use crate::container::record::{HostSettings, Settings};
        let c = &state.config.config;
        let workdir = c
            .working_dir
            .clone()
            .filter(|w| !w.is_empty())
            .unwrap_or_else(|| "/".into());
        Root::open(merged)?.ensure_dir(&workdir, None)?;
        let max_id = crate::sys::userns::current_mappings()
            .map(|m| m.max_uid())
            .unwrap_or(u32::MAX);
        let user = crate::engine::containers::user::resolve(
            merged,
            c.user.as_deref().unwrap_or(""),
            max_id,
        )?;
        let mut env = c.env.clone().unwrap_or_default();
        for (k, v) in state.arg_values() {
            if !env.iter().any(|e| e.split('=').next() == Some(k.as_str())) {
                env.push(format!("{k}={v}"));
            }
        }
        let id = format!(
            "{:016x}{:016x}{:016x}{:016x}",
            rand::random::<u64>(),
            rand::random::<u64>(),
            rand::random::<u64>(),
            rand::random::<u64>()
        );
        let hostname = id[..12].to_string();
        let hosts = tmp.path().join("hosts");
        let hostname_file = tmp.path().join("hostname");
        let resolv = tmp.path().join("resolv.conf");
        std::fs::write(&hosts, format!("127.0.0.1\tlocalhost localhost.localdomain\n::1\tlocalhost ip6-localhost ip6-loopback\n127.0.1.1\t{hostname}\n"))?;
        std::fs::write(&hostname_file, format!("{hostname}\n"))?;
        let host_resolv = std::fs::read_to_string("/etc/resolv.conf").unwrap_or_default();
        std::fs::write(&resolv, host_resolv)?;
        let record = crate::container::ContainerRecord {
            id: id.clone(),
            name: format!("build-{hostname}"),
            image_name: String::new(),
            image_id: state.id.clone(),
            layers: vec![],
            created: chrono::Utc::now(),
            command: argv.to_vec(),
            config: Settings {
                hostname,
                user: c.user.clone().unwrap_or_default(),
                env,
                cmd: argv.to_vec(),
                working_dir: workdir,
                stop_signal: "SIGTERM".into(),
                stop_timeout: 10,
                ..Default::default()
            },
            host: HostSettings {
                log_driver: "k8s-file".into(),
                ..Default::default()
            },
        };
        let pf = crate::engine::containers::spec::PreparedFiles {
            hosts: &hosts,
            hostname: &hostname_file,
            resolv_conf: &resolv,
        };
        let spec = crate::engine::containers::spec::generate(&record, merged, &user, &pf)?;
        let spec = if self.opts.network == "host" {
            let mut v = serde_json::to_value(&spec)?;
            if let Some(ns) = v
                .pointer_mut("/linux/namespaces")
                .and_then(|n| n.as_array_mut())
            {
                ns.retain(|n| n["type"] != "network");
            }
            serde_json::from_value(v).context("building the RUN spec")?
        } else {
            spec
        };
        let devnull = || -> Result<OwnedFd> {
            Ok(OwnedFd::from(
                std::fs::OpenOptions::new()
                    .read(true)
                    .write(true)
                    .open("/dev/null")?,
            ))
        };
        let (stdout, stderr) = if self.opts.quiet {
            (devnull()?, devnull()?)
        } else {
            (
                std::io::stdout().as_fd_owned()?,
                std::io::stderr().as_fd_owned()?,
            )
        };
        let stdio = crate::runtime::Stdio {
            stdin: devnull()?,
            stdout,
            stderr,
        };
        let step_name = desc.to_string();
        let pid = crate::runtime::spawn(&spec, stdio).map_err(|e| {
            let code = e.exit_code();
            anyhow::Error::new(crate::error::Exit::with_code(
                code,
                format!("building at STEP \"{step_name}\": {e}"),
            ))
        })?;
        let code = wait(pid)?;
        if code != 0 {
            return Err(crate::error::Exit::with_code(
                code,
                format!(
                    "building at STEP \"{}\": while running runtime: exit status {code}",
                    argv_display(argv)
                ),
            )
            .into());
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn copy_in(
        &mut self,
        state: &State,
        tmp: &TempDir,
        sources: &[Source],
        dest: &str,
        dest_is_dir: bool,
        chown: Option<&str>,
        chmod: Option<u32>,
        add: bool,
    ) -> Result<()> {
        let merged = self.mount_stage(state, tmp)?;
        let mut from_mounts: Vec<PathBuf> = Vec::new();
        let r = self.copy_mounted(
            state,
            tmp,
            &merged,
            sources,
            dest,
            dest_is_dir,
            chown,
            chmod,
            add,
            &mut from_mounts,
        );
        for m in from_mounts {
            fsops::unmount(&m);
        }
        fsops::unmount(&merged);
        r
    }

    #[allow(clippy::too_many_arguments)]
    fn copy_mounted(
        &mut self,
        _state: &State,
        tmp: &TempDir,
        merged: &Path,
        sources: &[Source],
        dest: &str,
        dest_is_dir: bool,
        chown: Option<&str>,
        chmod: Option<u32>,
        add: bool,
        from_mounts: &mut Vec<PathBuf>,
    ) -> Result<()> {
        let root = Root::open(merged)?;
        let attrs = match chown {
            Some(spec) => {
                let max_id = crate::sys::userns::current_mappings()
                    .map(|m| m.max_uid())
                    .unwrap_or(u32::MAX);
                let u = crate::engine::containers::user::resolve(merged, spec, max_id)?;
                // docker: a user without a group uses the same number as the GID.
                let gid = if spec.contains(':') { u.gid } else { u.uid };
                Attrs {
                    uid: u.uid,
                    gid,
                    chmod,
                }
            }
            None => Attrs {
                uid: 0,
                gid: 0,
                chmod,
            },
        };
        // Directories COPY has to create get the --chown owner (mode 0755).
        let created = Attrs {
            chmod: None,
            ..attrs
        };
        let dest_exists_dir = root.is_dir(dest);
        let into_dir = dest_is_dir || dest_exists_dir;
        for src in sources {
            match src {
                Source::Heredoc { name, content } => {
                    let (dir, file) = if into_dir {
                        (dest.to_string(), name.clone())
                    } else {
                        split_parent(dest)
                    };
                    let fd = root.ensure_dir(&dir, Some(created))?;
                    fsops::write_bytes(&fd, file.as_bytes(), content.as_bytes(), 0o644, attrs)?;
                }
                Source::Url(url) => {
                    let name = url
                        .rsplit('/')
                        .next()
                        .filter(|n| !n.is_empty())
                        .unwrap_or("index.html")
                        .to_string();
                    let (dir, file) = if into_dir {
                        (dest.to_string(), name)
                    } else {
                        split_parent(dest)
                    };
                    let body = reqwest::blocking::get(url)
                        .and_then(|r| r.error_for_status())
                        .with_context(|| format!("downloading {url}"))?
                        .bytes()
                        .with_context(|| format!("downloading {url}"))?;
                    let fd = root.ensure_dir(&dir, Some(created))?;
                    fsops::write_bytes(&fd, file.as_bytes(), &body, 0o600, attrs)?;
                }
                Source::Context(rel) => {
                    let kind = self
                        .ctx
                        .entry(rel)
                        .cloned()
                        .ok_or_else(|| anyhow!("{rel}: not in the build context"))?;
                    match kind {
                        EntryKind::Dir { .. } => {
                            let base = self.ctx.root().to_path_buf();
                            let items: Vec<(String, PathBuf, EntryKind)> = self
                                .ctx
                                .tree(rel)
                                .into_iter()
                                .filter(|(p, _)| *p != rel.as_str())
                                .map(|(p, k)| {
                                    let sub = if rel.is_empty() {
                                        p.to_string()
                                    } else {
                                        p[rel.len() + 1..].to_string()
                                    };
                                    (sub, base.join(p), k.clone())
                                })
                                .collect();
                            copy_tree(&root, dest, &items, attrs, created)?;
                        }
                        EntryKind::File { mode, .. } => {
                            let path = self.ctx.root().join(rel);
                            let name = rel.rsplit('/').next().unwrap_or(rel).to_string();
                            if add && is_archive(&path)? {
                                let fd = root.ensure_dir(dest, Some(created))?;
                                extract_archive(&path, &fsops::fd_path(&fd)?)?;
                                continue;
                            }
                            let (dir, file) = if into_dir {
                                (dest.to_string(), name)
                            } else {
                                split_parent(dest)
                            };
                            let fd = root.ensure_dir(&dir, Some(created))?;
                            let mut f = self.ctx.open_file(rel)?;
                            fsops::write_file(
                                &fd,
                                file.as_bytes(),
                                &mut f,
                                mode,
                                attrs,
                                mtime_of(&path),
                            )?;
                        }
                        EntryKind::Symlink { target } => {
                            let name = rel.rsplit('/').next().unwrap_or(rel).to_string();
                            let (dir, file) = if into_dir {
                                (dest.to_string(), name)
                            } else {
                                split_parent(dest)
                            };
                            let fd = root.ensure_dir(&dir, Some(created))?;
                            fsops::write_symlink(&fd, file.as_bytes(), &target, attrs)?;
                        }
                    }
                }
                Source::Stage(_, path) | Source::Image(_, path) => {
                    let layers = match src {
                        Source::Stage(i, _) => self
                            .results
                            .get(i)
                            .map(|r| r.state.layers.clone())
                            .unwrap_or_default(),
                        Source::Image(name, _) => self.image_state(name)?.layers,
                        _ => vec![],
                    };
                    let mount = tmp.path().join(format!("from{}", from_mounts.len()));
                    std::fs::create_dir_all(&mount)?;
                    let ids: Vec<_> = layers.iter().map(|l| l.diff_id.clone()).collect();
                    fsops::mount_overlay(
                        &self.store,
                        &ids,
                        None,
                        &mount,
                        &tmp.path().join("empty-from"),
                    )?;
                    from_mounts.push(mount.clone());
                    let srcs = resolve_in_root(&mount, path)?;
                    let multi = srcs.len() > 1;
                    for (name, host) in srcs {
                        let meta = std::fs::symlink_metadata(&host)?;
                        if meta.is_dir() {
                            let items = walk_host(&host)?;
                            copy_tree(&root, dest, &items, attrs, created)?;
                        } else {
                            let (dir, file) = if into_dir || multi {
                                (dest.to_string(), name)
                            } else {
                                split_parent(dest)
                            };
                            let fd = root.ensure_dir(&dir, Some(created))?;
                            if meta.file_type().is_symlink() {
                                fsops::write_symlink(
                                    &fd,
                                    file.as_bytes(),
                                    &std::fs::read_link(&host)?,
                                    attrs,
                                )?;
                            } else {
                                use std::os::unix::fs::PermissionsExt;
                                let mut f = std::fs::File::open(&host)?;
                                fsops::write_file(
                                    &fd,
                                    file.as_bytes(),
                                    &mut f,
                                    meta.permissions().mode(),
                                    attrs,
                                    mtime_of(&host),
                                )?;
                            }
                        }
                    }
                }
            }
        }
        Ok(())
    }
}

fn argv_display(argv: &[String]) -> String {
    format!("RUN {}", argv.last().map(String::as_str).unwrap_or(""))
}

fn split_parent(p: &str) -> (String, String) {
    match p.rsplit_once('/') {
        Some((d, f)) => (
            if d.is_empty() {
                "/".into()
            } else {
                d.to_string()
            },
            f.to_string(),
        ),
        None => ("/".into(), p.to_string()),
    }
}

fn mtime_of(p: &Path) -> Option<(i64, i64)> {
    use std::os::unix::fs::MetadataExt;
    std::fs::symlink_metadata(p)
        .ok()
        .map(|m| (m.mtime(), m.mtime_nsec()))
}

/// Copies `items` (sub-path, host path, kind; parents before children) under `dest`.
fn copy_tree(
    root: &Root,
    dest: &str,
    items: &[(String, PathBuf, EntryKind)],
    attrs: Attrs,
    created: Attrs,
) -> Result<()> {
    let mut dirs: HashMap<String, OwnedFd> = HashMap::new();
    dirs.insert(String::new(), root.ensure_dir(dest, Some(created))?);
    for (sub, host, kind) in items {
        let (parent, name) = match sub.rsplit_once('/') {
            Some((p, n)) => (p.to_string(), n.to_string()),
            None => (String::new(), sub.clone()),
        };
        if !dirs.contains_key(&parent) {
            let fd = root.ensure_dir(&format!("{dest}/{parent}"), Some(created))?;
            dirs.insert(parent.clone(), fd);
        }
        let pfd = dirs
            .get(&parent)
            .ok_or_else(|| anyhow!("internal: missing parent {parent}"))?;
        match kind {
            EntryKind::Dir { mode } => {
                let fd = fsops::make_dir(pfd, name.as_bytes(), *mode, attrs)?;
                dirs.insert(sub.clone(), fd);
            }
            EntryKind::File { mode, .. } => {
                let mut f = std::fs::OpenOptions::new()
                    .read(true)
                    .custom_flags_nofollow()
                    .open(host)
                    .with_context(|| format!("reading {}", host.display()))?;
                fsops::write_file(pfd, name.as_bytes(), &mut f, *mode, attrs, mtime_of(host))?;
            }
            EntryKind::Symlink { target } => {
                fsops::write_symlink(pfd, name.as_bytes(), target, attrs)?
            }
        }
    }
    Ok(())
}

trait NoFollow {
    fn custom_flags_nofollow(&mut self) -> &mut Self;
}

impl NoFollow for std::fs::OpenOptions {
    fn custom_flags_nofollow(&mut self) -> &mut Self {
        use std::os::unix::fs::OpenOptionsExt;
        self.custom_flags(libc::O_NOFOLLOW)
    }
}

/// Lists a host tree (no symlinks followed), parents first.
fn walk_host(top: &Path) -> Result<Vec<(String, PathBuf, EntryKind)>> {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let mut out = Vec::new();
    let mut stack = vec![(String::new(), top.to_path_buf())];
    while let Some((sub, dir)) = stack.pop() {
        let mut entries: Vec<_> = std::fs::read_dir(&dir)?.flatten().collect();
        entries.sort_by_key(|e| e.file_name());
        for e in entries {
            let name = e.file_name().to_string_lossy().into_owned();
            let s = if sub.is_empty() {
                name
            } else {
                format!("{sub}/{name}")
            };
            let m = std::fs::symlink_metadata(e.path())?;
            let kind = if m.is_dir() {
                stack.push((s.clone(), e.path()));
                EntryKind::Dir {
                    mode: m.permissions().mode() & 0o7777,
                }
            } else if m.file_type().is_symlink() {
                EntryKind::Symlink {
                    target: std::fs::read_link(e.path())?,
                }
            } else if m.is_file() {
                EntryKind::File {
                    size: m.len(),
                    mode: m.permissions().mode() & 0o7777,
                    mtime_ns: 0,
                    ino: m.ino(),
                }
            } else {
                continue;
            };
            out.push((s, e.path(), kind));
        }
    }
    // Parents before children.
    out.sort_by(|a, b| {
        a.0.split('/')
            .count()
            .cmp(&b.0.split('/').count())
            .then(a.0.cmp(&b.0))
    });
    Ok(out)
}

/// Resolves a `COPY --from` source (a path, or a glob in its last part)
/// inside a mounted root: (name, host path) pairs.
fn resolve_in_root(root: &Path, src: &str) -> Result<Vec<(String, PathBuf)>> {
    let clean = context::clean(src.trim_start_matches('/'));
    let rootf = std::fs::File::open(root)?;
    let (parent, last) = split_parent(&format!("/{clean}"));
    let open = |p: &str| -> Result<PathBuf> {
        let fd = crate::util::fsat::open_at_in_root(&rootf, Path::new(p), libc::O_PATH)
            .map_err(|e| anyhow!("{src:?}: {e} in the source stage or image"))?;
        let p = std::fs::read_link(crate::util::fsat::fd_path(&fd))?;
        Ok(p)
    };
    if clean.is_empty() {
        return Ok(vec![(String::new(), open("/")?)]);
    }
    if last.contains(['*', '?', '[']) {
        let dir = open(&parent)?;
        let mut out = Vec::new();
        let mut names: Vec<String> = std::fs::read_dir(&dir)?
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        for n in names {
            if crate::util::glob::glob(&last, &n) {
                out.push((n.clone(), dir.join(&n)));
            }
        }
        if out.is_empty() {
            bail!("no source files were specified: {src:?} matches nothing");
        }
        return Ok(out);
    }
    let host = open(&format!("/{clean}"))?;
    if !host.starts_with(root) {
        return Err(context::outside_error(src));
    }
    Ok(vec![(last, host)])
}

/// Whether ADD should unpack this file: a tar, possibly gzip/zstd/xz/bzip2 compressed.
fn is_archive(p: &Path) -> Result<bool> {
    use std::io::Read;
    let mut head = [0u8; 6];
    let mut f = std::fs::File::open(p)?;
    let n = f.read(&mut head)?;
    let head = &head[..n];
    let xz = head.starts_with(&[0xfd, b'7', b'z', b'X', b'Z', 0]);
    let bz = head.starts_with(b"BZh");
    if xz || bz {
        bail!(
            "ADD cannot unpack {}: {} archives are not supported yet; unpack it with RUN, or use a gzip or zstd tar",
            p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(),
            if xz { "xz" } else { "bzip2" }
        );
    }
    let f = std::fs::File::open(p)?;
    let (_, mut r) = crate::image::layer::decompress(f)?;
    let mut block = vec![0u8; 512];
    let mut got = 0;
    while got < 512 {
        match r.read(&mut block[got..]) {
            Ok(0) => break,
            Ok(k) => got += k,
            Err(_) => return Ok(false),
        }
    }
    Ok(got == 512 && &block[257..262] == b"ustar")
}

fn extract_archive(p: &Path, dest: &Path) -> Result<()> {
    let f = std::fs::File::open(p)?;
    let (_, r) = crate::image::layer::decompress(f)?;
    let mut opts = crate::image::layer::ApplyOptions::for_current_user();
    opts.whiteouts = crate::image::layer::WhiteoutMode::Remove;
    crate::image::layer::apply_layer(r, dest, &opts)
        .with_context(|| format!("unpacking {}", p.display()))?;
    Ok(())
}

fn wait(pid: nix::unistd::Pid) -> Result<i32> {
    crate::util::wait::wait_exit_code(pid).map_err(|e| anyhow!("waiting for the RUN process: {e}"))
}

trait DupFd {
    fn as_fd_owned(&self) -> Result<OwnedFd>;
}

impl<T: std::os::fd::AsFd> DupFd for T {
    fn as_fd_owned(&self) -> Result<OwnedFd> {
        Ok(self.as_fd().try_clone_to_owned()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parents() {
        assert_eq!(split_parent("/a/b"), ("/a".to_string(), "b".to_string()));
        assert_eq!(split_parent("/b"), ("/".to_string(), "b".to_string()));
    }
}
