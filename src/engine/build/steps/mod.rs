//! One Dockerfile instruction at a time: substitution, the cache key, and
//! carrying it out (config change, RUN in the runtime, COPY/ADD into the
//! stage's overlay). RUN lives in `run`, COPY/ADD in `copy`; this file
//! prepares each instruction (words, cache key) and applies metadata ones.

mod copy;
pub(crate) mod mounts;
mod run;

use super::cache::Cache;
use crate::image::store::CachedStep;
use super::fsops;
use super::{commit_config, short, Builder, State};
use crate::build::instruction::{self, Meta};
use crate::build::parser::{Args, Instruction};
use crate::build::vars::{self, Lookup};
use crate::image::config::ImageConfig;
use crate::image::store::TempDir;
use anyhow::{anyhow, bail, Result};
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
        /// `RUN --mount=...`.
        mounts: Vec<mounts::StepMount>,
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
                let mut step_mounts = Vec::new();
                let mut mount_text = String::new();
                for (f, v) in &ins.flags {
                    match (f.as_str(), v) {
                        ("mount", Some(v)) => {
                            let lookup = |n: &str| state.lookup(n);
                            let v = vars::process_word(v, &lookup, self.escape).map_err(|e| self.err(ins, e))?;
                            step_mounts.push(mounts::parse(&v).map_err(|e| self.err(ins, e))?);
                            mount_text.push_str(&format!("--mount={v} "));
                        }
                        _ => return Err(self.err(ins, format!("--{f} is not supported yet (of RUN's options only --mount is implemented)"))),
                    }
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
                    desc: format!("RUN {mount_text}{}", serde_json::to_string(&argv)?),
                    created_by,
                    kind: Kind::Run { argv, mounts: step_mounts },
                    sources_hash: None,
                }
            }
            "COPY" | "ADD" => self.prepare_copy(state, ins)?,
            other => return Err(self.err(ins, format!("unknown instruction {other}"))),
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
        // --timestamp changes what a step makes (created times, mtimes).
        let desc = match super::more::timestamp() {
            Some(t) => format!("{}\0timestamp={t}", prep.desc),
            None => prep.desc.clone(),
        };
        let key = Cache::key(
            &state.id,
            &desc,
            &state.arg_values(),
            prep.sources_hash.as_deref(),
        );
        if self.use_cache() && self.fresh_enough(&key) {
            if let Some(hit) = self.store.cached_step(&key) {
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
            self.store.put_cached_step(
                &key,
                &CachedStep {
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
    /// `--cache-ttl`: whether the cached step `key` is young enough.
    fn fresh_enough(&self, key: &str) -> bool {
        let Some(ttl) = self.opts.more.cache_ttl else { return true };
        let path = self.store.build_cache_dir().join(format!("{key}.json"));
        std::fs::metadata(path)
            .and_then(|m| m.modified())
            .is_ok_and(|t| t.elapsed().map_or(true, |age| age <= ttl))
    }

    fn overlay_work_dir(&self) -> Result<TempDir> {
        let tmp = self.store.temp_dir()?;
        for d in ["upper", "work", "merged"] {
            std::fs::create_dir(tmp.path().join(d))?;
        }
        Ok(tmp)
    }

    /// Stores a step's (or a squashed stage's) upper dir as the stage's next
    /// layer, without the mount points the runtime left that the lower
    /// layers do not have.
    fn commit_upper(&self, state: &mut State, upper: &Path) -> Result<()> {
        let lowers = &state.layers;
        fsops::prune_runtime_artifacts(upper, |rel| lowers.iter().any(|l| std::fs::symlink_metadata(self.store.layer_diff(&l.diff_id).join(rel)).is_ok()));
        if let Some(ts) = super::more::timestamp() {
            super::more::set_mtimes(upper, ts);
        }
        let layer = fsops::commit_layer(&self.store, upper)?;
        state.layers.push(layer);
        Ok(())
    }

    pub(crate) fn finish_pending(&mut self, mut state: State, p: Pending) -> Result<State> {
        let Some(idx) = p.history_idx else {
            return Ok(state);
        };
        let upper = p.upper();
        self.commit_upper(&mut state, &upper)?;
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
        if let Kind::Meta(m) = prep.kind {
            if let Some(m) = m {
                instruction::apply(&mut state.config, m, &mut state.cmd_set);
            }
            return commit_config(&self.store, state, prep.created_by, true);
        }
        // RUN and COPY/ADD write into the squashed stage's upper dir, or a
        // fresh one of their own.
        let fresh;
        let work_tmp: &TempDir = match pending {
            Some(p) => &p.tmp,
            None => {
                fresh = self.overlay_work_dir()?;
                &fresh
            }
        };
        match prep.kind {
            Kind::Meta(_) => unreachable!("handled above"),
            Kind::Run { argv, mounts } => {
                let step_mounts = mounts::resolve(self, &mounts)?;
                self.run_in(&state, &argv, &step_mounts, work_tmp, &prep.desc)?
            }
            Kind::Copy { sources, dest, dest_is_dir, chown, chmod, add } => {
                self.copy_in(&state, work_tmp, &sources, &dest, dest_is_dir, chown.as_deref(), chmod, add)?
            }
        }
        self.finish_fs_step(state, work_tmp, pending.is_some(), prep.created_by)
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
        self.commit_upper(&mut state, &upper)?;
        commit_config(&self.store, state, created_by, false)
    }
}
