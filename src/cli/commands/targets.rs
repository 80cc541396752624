//! Which containers a lifecycle command (`stop`, `kill`, `rm`, `start`,
//! `restart`, `pause`, `unpause`, `wait`, `container cleanup`) acts on:
//! the names given, or podman's `--all`, `--latest`, `--filter` and
//! `--cidfile`, defined once.

use crate::container::store::ContainerNotFound;
use crate::container::ContainerState;
use crate::engine::containers::list::{self, ListOptions};
use crate::engine::Engine;
use anyhow::Context;
use clap::Args;
use std::path::PathBuf;

#[derive(Args, Debug, Clone, Default)]
pub struct Targets {
    /// Containers (names, IDs or unique ID prefixes)
    #[arg(value_name = "CONTAINER", required_unless_present_any = ["all", "latest", "cidfile", "filter"])]
    pub containers: Vec<String>,
    /// All containers this command applies to
    #[arg(short, long)]
    pub all: bool,
    /// The most recently created container
    #[arg(short = 'l', long)]
    pub latest: bool,
    /// Read the container ID from FILE (repeatable)
    #[arg(long, value_name = "FILE")]
    pub cidfile: Vec<PathBuf>,
    /// Only the containers matching KEY=VALUE (ps's filters; repeatable)
    #[arg(long = "filter", value_name = "KEY=VALUE")]
    pub filter: Vec<String>,
}

impl Targets {
    /// The containers to act on, as the user named them (IDs for `--all`,
    /// `--latest`, `--filter` without names). `--all` takes those for which
    /// `in_scope` holds (e.g. the running ones for `stop`).
    pub fn resolve(&self, engine: &Engine, in_scope: impl Fn(&ContainerState) -> bool) -> anyhow::Result<Vec<String>> {
        let mut names = self.containers.clone();
        for f in &self.cidfile {
            let id = std::fs::read_to_string(f).with_context(|| format!("reading the container ID file {}", f.display()))?;
            names.push(id.trim().to_string());
        }
        let listed = |filters: &[String]| list::list(engine, &ListOptions { all: true, filters: filters.to_vec(), ..Default::default() });
        if self.latest {
            names.push(latest(engine)?);
        }
        if self.all {
            names.extend(listed(&self.filter)?.into_iter().filter(|c| in_scope(&c.state)).map(|c| c.record.id));
        } else if !self.filter.is_empty() {
            let matching: Vec<String> = listed(&self.filter)?.into_iter().map(|c| c.record.id).collect();
            if names.is_empty() {
                names = matching;
            } else {
                // With names, the filter picks among them.
                names.retain(|n| {
                    crate::engine::containers::ops::find(engine, n).is_ok_and(|(r, _)| matching.contains(&r.id))
                });
            }
        }
        Ok(names)
    }
}

/// The most recently created container's ID (podman's `--latest`).
pub fn latest(engine: &Engine) -> anyhow::Result<String> {
    let newest = list::list(engine, &ListOptions { all: true, last: Some(1), ..Default::default() })?;
    newest.into_iter().next().map(|c| c.record.id).ok_or_else(|| anyhow::anyhow!("no containers to use with --latest (see 'dhow ps -a')"))
}

/// The container of a command that takes one container and then more
/// words (`exec CTR CMD`, `top CTR OPTS`, `port CTR PORT`): with `--latest`
/// the newest one, and the word parsed as the container goes back in front
/// of the rest (`exec -l ls`).
pub fn one_container(engine: &Engine, latest_flag: bool, container: Option<String>, rest: &mut Vec<String>) -> anyhow::Result<String> {
    if !latest_flag {
        return container.ok_or_else(|| anyhow::anyhow!("give a container, or --latest"));
    }
    if let Some(word) = container {
        rest.insert(0, word);
    }
    latest(engine)
}

/// `--ignore`: a container that does not exist is not an error.
pub fn ignore_missing<T>(ignore: bool, r: anyhow::Result<T>) -> anyhow::Result<Option<T>> {
    match r {
        Err(e) if ignore && e.downcast_ref::<ContainerNotFound>().is_some() => Ok(None),
        r => r.map(Some),
    }
}
