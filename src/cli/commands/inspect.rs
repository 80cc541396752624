//! `dhow inspect`, `dhow image inspect` and `dhow container inspect`:
//! docker-shaped JSON, or a template per object. A bare `inspect` looks for
//! a container first, then an image, as docker does.

use crate::engine::Engine;
use crate::format::template::Template;
use anyhow::Context;
use clap::Args;
use serde_json::Value;
use std::io::Write;

#[derive(Args, Debug)]
pub struct InspectArgs {
    /// Objects to inspect (names or IDs)
    #[arg(value_name = "NAME|ID", required_unless_present = "latest")]
    pub names: Vec<String>,
    /// Inspect the most recently created container too
    #[arg(short, long)]
    pub latest: bool,
    /// Format the output with a Go template, e.g. '{{.Config.Cmd}}'
    #[arg(short, long, value_name = "TEMPLATE")]
    pub format: Option<String>,
    /// Only inspect objects of this type: container, image, volume, network, pod or all (podman's order: containers, images, volumes, networks, pods)
    #[arg(short = 't', long = "type", value_name = "TYPE", value_parser = ["image", "container", "volume", "network", "pod", "all"], default_value = "all")]
    pub kind: String,
    /// Display total file sizes (containers: SizeRw and SizeRootFs)
    #[arg(short, long)]
    pub size: bool,
}

#[derive(Args, Debug)]
pub struct ContainerInspectArgs {
    /// Containers to inspect (names or IDs)
    #[arg(value_name = "CONTAINER", required_unless_present = "latest")]
    pub names: Vec<String>,
    /// Inspect the most recently created container too
    #[arg(short, long)]
    pub latest: bool,
    /// Format the output with a Go template, e.g. '{{.State.Pid}}'
    #[arg(short, long, value_name = "TEMPLATE")]
    pub format: Option<String>,
    /// Display total file sizes (SizeRw and SizeRootFs)
    #[arg(short, long)]
    pub size: bool,
}

#[derive(Args, Debug)]
pub struct ImageInspectArgs {
    /// Images to inspect (names or IDs)
    #[arg(value_name = "IMAGE", required = true)]
    pub names: Vec<String>,
    /// Format the output with a Go template, e.g. '{{.Config.Cmd}}'
    #[arg(short, long, value_name = "TEMPLATE")]
    pub format: Option<String>,
}

pub fn exec(engine: &Engine, mut args: InspectArgs) -> anyhow::Result<()> {
    if args.latest {
        args.names.push(super::targets::latest(engine)?);
    }
    let kind = args.kind.as_str();
    let wanted = |k: &str| kind == "all" || kind == k;
    let what = match kind {
        "container" => Missing::Container,
        "image" => Missing::Image,
        "volume" => Missing::Volume,
        "network" => Missing::Network,
        "pod" => Missing::Pod,
        _ => Missing::Object,
    };
    print(args.format.as_deref(), &args.names, what, |name| {
        if wanted("container") {
            if let Some(v) = crate::engine::containers::inspect::inspect(engine, name, args.size)? {
                return Ok(Some(v));
            }
        }
        if wanted("image") {
            if let Some(v) = crate::engine::images::inspect(engine, name)? {
                return Ok(Some(v));
            }
        }
        if wanted("volume") {
            if let Some(v) = crate::engine::volumes::inspect(engine, name)? {
                return Ok(Some(v.to_json()));
            }
        }
        if wanted("network") {
            match crate::network::record::find_or_default(&engine.paths.root, name) {
                Ok(r) => return Ok(Some(crate::network::inspect::network_json(&engine.paths.root, &r))),
                Err(e) if e.is::<crate::network::record::NetworkNotFound>() => {}
                Err(e) => return Err(e),
            }
        }
        if wanted("pod") {
            match crate::engine::pods::find(engine, name) {
                Ok(p) => return crate::engine::pods::inspect(engine, &p).map(Some),
                Err(e) if e.is::<crate::container::pod::PodNotFound>() => {}
                Err(e) => return Err(e),
            }
        }
        Ok(None)
    })
}

pub fn exec_image(engine: &Engine, args: ImageInspectArgs) -> anyhow::Result<()> {
    print(args.format.as_deref(), &args.names, Missing::Image, |name| crate::engine::images::inspect(engine, name))
}

pub fn exec_container(engine: &Engine, mut args: ContainerInspectArgs) -> anyhow::Result<()> {
    if args.latest {
        args.names.push(super::targets::latest(engine)?);
    }
    print(args.format.as_deref(), &args.names, Missing::Container, |name| {
        crate::engine::containers::inspect::inspect(engine, name, args.size)
    })
}

/// What kind of thing was not found, for docker's wording.
#[derive(Clone, Copy)]
enum Missing {
    Object,
    Image,
    Container,
    Volume,
    Network,
    Pod,
}

/// Looks up every name and prints what was found — a `--format` template
/// per object, else one JSON array — before anything fails; returns the
/// names not found, for the caller's docker-style error (shared by
/// `inspect`, `network inspect` and `volume inspect`).
pub(super) fn print_found(
    format: Option<&str>,
    names: &[String],
    mut lookup: impl FnMut(&str) -> anyhow::Result<Option<Value>>,
) -> anyhow::Result<Vec<String>> {
    let template = match format {
        Some(f) if f != "json" => Some(Template::parse(f).map_err(|e| anyhow::anyhow!("invalid --format template: {e}"))?),
        _ => None,
    };
    let mut found: Vec<Value> = Vec::new();
    let mut missing: Vec<String> = Vec::new();
    for name in names {
        match lookup(name)? {
            Some(v) => found.push(v),
            None => missing.push(name.clone()),
        }
    }
    let out = &mut std::io::stdout().lock();
    match &template {
        Some(t) => {
            for v in &found {
                let s = t.render(v).map_err(|e| anyhow::anyhow!("rendering --format template: {e}"))?;
                writeln!(out, "{s}")?;
            }
        }
        None => crate::format::output::print_json(&found, out).context("writing output")?,
    }
    Ok(missing)
}

/// Inspects every name, printing what was found even when some are missing
/// (docker prints the found ones, then fails).
fn print(
    format: Option<&str>,
    names: &[String],
    what: Missing,
    lookup: impl FnMut(&str) -> anyhow::Result<Option<Value>>,
) -> anyhow::Result<()> {
    let missing = print_found(format, names, lookup)?;
    let (one, many, hint) = match what {
        Missing::Object => ("object", "objects", "'dhow images' and 'dhow ps -a'"),
        Missing::Image => ("image", "images", "'dhow images'"),
        Missing::Container => ("container", "containers", "'dhow ps -a'"),
        Missing::Volume => ("volume", "volumes", "'dhow volume ls'"),
        Missing::Network => ("network", "networks", "'dhow network ls'"),
        Missing::Pod => ("pod", "pods", "'dhow pod ps'"),
    };
    match missing.as_slice() {
        [] => Ok(()),
        // podman's phrase for a missing image, which scripts look for.
        [name] if matches!(what, Missing::Image) => anyhow::bail!("no such image: {name:?}: image not known (see {hint})"),
        [name] => anyhow::bail!("no such {one}: {name:?} (see {hint})"),
        names => anyhow::bail!("no such {many}: {} (see {hint})", names.join(", ")),
    }
}
