//! `dhow images` / `dhow image ls`

use crate::cli::args::{FilterArg, FormatArg};
use crate::engine::images::{ImageSummary, ListOptions};
use crate::engine::Engine;
use crate::format::output::{print_json, render_rows, Column, OutputFormat};
use crate::util::human;
use clap::Args;
use serde_json::{json, Value};

#[derive(Args, Debug)]
pub struct ImagesArgs {
    /// Show only images matching REPOSITORY[:TAG]
    #[arg(value_name = "REPOSITORY[:TAG]")]
    pub reference: Option<String>,
    /// Show all images (intermediate images included)
    #[arg(short, long)]
    pub all: bool,
    /// Show only image IDs
    #[arg(short, long)]
    pub quiet: bool,
    /// Do not truncate output
    #[arg(long)]
    pub no_trunc: bool,
    /// Show digests
    #[arg(long)]
    pub digests: bool,
    /// Do not print the header line
    #[arg(short = 'n', long)]
    pub noheading: bool,
    /// Add podman's HISTORY column: the image's names (dhow keeps no record of names it no longer has, so only the current ones)
    #[arg(long)]
    pub history: bool,
    /// Sort by created (newest first, the default), id, repository, size or tag
    #[arg(long, value_name = "KEY", default_value = "created", value_parser = ["created", "id", "repository", "size", "tag"], hide_possible_values = true)]
    pub sort: String,
    #[command(flatten)]
    pub filter: FilterArg,
    #[command(flatten)]
    pub format: FormatArg,
}

pub fn exec(engine: &Engine, args: ImagesArgs) -> anyhow::Result<()> {
    let mut filters = args.filter.filters.clone();
    if let Some(r) = &args.reference {
        filters.push(format!("reference={r}"));
    }
    let opts = ListOptions { all: args.all, filters };
    let mut images = crate::engine::images::list(engine, &opts)?;
    match args.sort.as_str() {
        "id" => images.sort_by(|a, b| a.id.hex().cmp(b.id.hex())),
        "size" => images.sort_by_key(|i| i.size),
        _ => images.sort_by_key(|i| std::cmp::Reverse(i.created)),
    }
    let out = &mut std::io::stdout().lock();
    let format = OutputFormat::parse(args.format.format.as_deref())?;
    if args.quiet {
        let mut seen = std::collections::HashSet::new();
        for img in &images {
            if seen.insert(img.id.clone()) {
                use std::io::Write;
                writeln!(out, "{}", short_id(img, args.no_trunc))?;
            }
        }
        return Ok(());
    }
    if let OutputFormat::Json = format {
        let list: Vec<Value> = images.iter().map(podman_json).collect();
        return print_json(&list, out);
    }
    let mut rows: Vec<Value> = images.iter().flat_map(|img| rows_for(img, args.no_trunc)).collect();
    if let Some(field) = match args.sort.as_str() {
        "repository" => Some("Repository"),
        "tag" => Some("Tag"),
        _ => None,
    } {
        rows.sort_by(|a, b| a[field].as_str().cmp(&b[field].as_str()));
    }
    let mut columns = vec![Column { header: "REPOSITORY", field: "Repository" }, Column { header: "TAG", field: "Tag" }];
    if args.digests {
        columns.push(Column { header: "DIGEST", field: "Digest" });
    }
    columns.extend([
        Column { header: "IMAGE ID", field: "ID" },
        Column { header: "CREATED", field: "CreatedSince" },
        Column { header: "SIZE", field: "Size" },
    ]);
    if args.history {
        columns.push(Column { header: "HISTORY", field: "History" });
    }
    let format = if args.noheading { format.without_header() } else { format };
    render_rows(&format, &columns, &rows, out)
}

fn short_id(img: &ImageSummary, no_trunc: bool) -> String {
    if no_trunc {
        img.id.to_string()
    } else {
        img.id.short().to_string()
    }
}

/// One row per name, as docker lists them; `<none>` for an untagged image.
fn rows_for(img: &ImageSummary, no_trunc: bool) -> Vec<Value> {
    let created_at = img.created.map(|c| c.format("%Y-%m-%d %H:%M:%S %z UTC").to_string()).unwrap_or_default();
    let since = img.created.map(human::since).unwrap_or_else(|| "N/A".into());
    let digest = img.digest.as_ref().map(|d| d.to_string()).unwrap_or_else(|| "<none>".into());
    let row = |repo: &str, tag: &str| {
        json!({
            "Containers": "N/A",
            "CreatedAt": created_at,
            "CreatedSince": since,
            "Digest": digest,
            "History": img.names.join(", "),
            "ID": short_id(img, no_trunc),
            "Repository": repo,
            "SharedSize": "N/A",
            "Size": human::size(img.size),
            "Tag": tag,
            "UniqueSize": "N/A",
            "VirtualSize": human::size(img.size),
        })
    };
    if img.names.is_empty() {
        return vec![row("<none>", "<none>")];
    }
    img.names
        .iter()
        .map(|name| match split_name(name) {
            (repo, Some(tag)) => row(repo, tag),
            (repo, None) => row(repo, "<none>"),
        })
        .collect()
}

/// "reg/repo:tag" → ("reg/repo", Some("tag")); a ':' before the last '/' is a port.
fn split_name(name: &str) -> (&str, Option<&str>) {
    match name.rfind(':') {
        Some(i) if !name[i..].contains('/') => (&name[..i], Some(&name[i + 1..])),
        _ => (name, None),
    }
}

/// The object `podman images --format json` prints.
fn podman_json(img: &ImageSummary) -> Value {
    json!({
        "Id": img.id.hex(),
        "ParentId": "",
        "RepoTags": img.names,
        "RepoDigests": img.repo_digests,
        "Size": img.size,
        "SharedSize": 0,
        "VirtualSize": img.size,
        "Labels": img.labels,
        "Containers": img.containers,
        "Names": img.names,
        "Digest": img.digest.as_ref().map(|d| d.to_string()).unwrap_or_default(),
        "Created": img.created.map(|c| c.timestamp()).unwrap_or(0),
        "CreatedAt": img.created.map(|c| c.to_rfc3339()).unwrap_or_default(),
        "Dangling": img.names.is_empty(),
    })
}

#[cfg(test)]
mod tests {
    use super::split_name;
    #[test]
    fn splits_names_with_ports() {
        assert_eq!(split_name("127.0.0.1:5000/a/b:1"), ("127.0.0.1:5000/a/b", Some("1")));
        assert_eq!(split_name("127.0.0.1:5000/a/b"), ("127.0.0.1:5000/a/b", None));
        assert_eq!(split_name("docker.io/library/busybox:latest"), ("docker.io/library/busybox", Some("latest")));
    }
}
