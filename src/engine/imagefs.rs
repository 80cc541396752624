//! An image's layers as files: `image tree` (podman's layer tree), `image
//! diff` (what an image's top layer changes over its parent, or one image
//! over another) and `image mount`/`unmount` (a read-only overlay of the
//! layers, inside `dhow unshare` as rootless podman requires).
//!
//! Its own module, not `images`: it uses the container side's diff walker
//! and mount helpers, and `images` may not import `containers`.

use crate::engine::containers::{diff, mount};
use crate::engine::images;
use crate::engine::Engine;
use crate::image::digest::Digest;
use crate::image::store::{ImageRecord, Store};
use anyhow::{Context, Result};
use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// containers/storage's layer IDs: the chain ID of each layer (the first
/// layer's diff ID, then sha256 of "PARENT-CHAIN DIFF-ID").
pub fn chain_ids(diff_ids: &[Digest]) -> Vec<Digest> {
    let mut out: Vec<Digest> = Vec::with_capacity(diff_ids.len());
    for d in diff_ids {
        let next = match out.last() {
            None => d.clone(),
            Some(parent) => Digest::of(format!("{parent} {d}").as_bytes()),
        };
        out.push(next);
    }
    out
}

fn layer_ids(img: &ImageRecord) -> Vec<Digest> {
    chain_ids(&img.layers.iter().map(|l| l.diff_id.clone()).collect::<Vec<_>>())
}

/// podman's tags list, as Go prints a string slice: `[a b]`.
fn go_list(names: &[String]) -> String {
    format!("[{}]", names.join(" "))
}

/// One line of the tree: `ID: <12> Size: <%7s>[ Top Layer of: [...]]`.
fn layer_line(id: &Digest, size: u64, top_of: &[String]) -> String {
    let mut s = format!("ID: {} Size: {:>7}", &id.hex()[..12], crate::util::human::size_with_precision(size, 3));
    if !top_of.is_empty() {
        let _ = write!(s, " Top Layer of: {}", go_list(top_of));
    }
    s
}

/// A node of the printed tree (gotree's shape).
struct Node {
    text: String,
    children: Vec<Node>,
}

fn render(nodes: &[Node], prefix: &str, out: &mut String) {
    for (i, n) in nodes.iter().enumerate() {
        let last = i + 1 == nodes.len();
        let _ = writeln!(out, "{prefix}{} {}", if last { "└──" } else { "├──" }, n.text);
        render(&n.children, &format!("{prefix}{}", if last { "    " } else { "│   " }), out);
    }
}

/// `image tree IMAGE [--whatrequires]` as podman 4.3 prints it (ending
/// with an empty line, as its Println of the tree does).
pub fn tree(engine: &Engine, name: &str, what_requires: bool) -> Result<String> {
    let store = engine.store_readonly();
    let img = images::resolve(engine, &store, name)?;
    let all = store.images()?;
    let ids = layer_ids(&img);
    // Names of the images whose top layer is the layer with this ID.
    let top_of = |id: &Digest| -> Vec<String> {
        all.iter().filter(|i| layer_ids(i).last() == Some(id)).flat_map(|i| i.names.iter().cloned()).collect()
    };
    let mut out = String::new();
    let _ = writeln!(out, "Image ID: {}", &img.id.hex()[..12]);
    let _ = writeln!(out, "Tags:     {}", go_list(&img.names));
    let _ = writeln!(out, "Size:     {}", crate::util::human::size(img.size));
    out.push_str(if img.layers.is_empty() { "No Image Layers\n" } else { "Image Layers\n" });
    let mut nodes = Vec::new();
    if what_requires {
        // From the image's top layer up through every image stacked on it.
        if let Some(top) = ids.last() {
            let sizes = layer_sizes(&all);
            children_tree(top, &all, &sizes, &top_of, &mut nodes);
        }
    } else {
        nodes = ids.iter().zip(&img.layers).map(|(id, l)| Node { text: layer_line(id, l.size, &top_of(id)), children: Vec::new() }).collect();
    }
    render(&nodes, "", &mut out);
    out.push('\n');
    Ok(out)
}

fn layer_sizes(all: &[ImageRecord]) -> HashMap<Digest, u64> {
    all.iter().flat_map(|i| layer_ids(i).into_iter().zip(i.layers.iter().map(|l| l.size))).collect()
}

/// Adds the layer `id` to `parent` and every layer some image stacks on
/// it, as podman does: a layer with one child has it as its next sibling,
/// one with several has them as its branches.
fn children_tree(id: &Digest, all: &[ImageRecord], sizes: &HashMap<Digest, u64>, top_of: &dyn Fn(&Digest) -> Vec<String>, parent: &mut Vec<Node>) {
    let mut kids: Vec<Digest> = Vec::new();
    for i in all {
        let ids = layer_ids(i);
        if let Some(next) = ids.iter().position(|x| x == id).and_then(|pos| ids.get(pos + 1)) {
            if !kids.contains(next) {
                kids.push(next.clone());
            }
        }
    }
    let mut node = Node { text: layer_line(id, sizes.get(id).copied().unwrap_or(0), &top_of(id)), children: Vec::new() };
    if kids.len() <= 1 {
        parent.push(node);
        for k in &kids {
            children_tree(k, all, sizes, top_of, parent);
        }
    } else {
        for k in &kids {
            children_tree(k, all, sizes, top_of, &mut node.children);
        }
        parent.push(node);
    }
}

/// podman 4.3's "not found" for `image diff`: `NAME not found: NAME: image not known`.
fn diff_image(engine: &Engine, store: &Store, name: &str) -> Result<ImageRecord> {
    images::resolve(engine, store, name).map_err(|e| {
        if images::is_not_found(&e) {
            crate::error::Exit::with_code(125, format!("{name} not found: {name}: image not known")).into()
        } else {
            e
        }
    })
}

/// `image diff IMAGE [FROM]`: the changes of IMAGE's top layer over the
/// layers below it, or of IMAGE over the image FROM (podman's order:
/// from the second to the first). Two images that do not share layers
/// are compared file by file. Single-threaded caller, not yet in a user
/// namespace (the layers belong to sub-IDs).
pub fn diff(engine: &Engine, name: &str, from: Option<&str>) -> Result<Vec<diff::Change>> {
    let store = engine.store_readonly();
    let img = diff_image(engine, &store, name)?;
    let base: Vec<Digest> = match from {
        None => img.layers.iter().rev().skip(1).rev().map(|l| l.diff_id.clone()).collect(),
        Some(f) => diff_image(engine, &store, f)?.layers.iter().map(|l| l.diff_id.clone()).collect(),
    };
    let layers: Vec<Digest> = img.layers.iter().map(|l| l.diff_id.clone()).collect();
    crate::sys::userns::enter()?;
    let layers_root = store.root().join("layers");
    let dir = |d: &Digest| layers_root.join(d.hex()).join("diff");
    if layers == base {
        return Ok(Vec::new());
    }
    // The usual case: one layer on top of the other image's.
    if layers.len() == base.len() + 1 && layers.starts_with(&base) {
        let lowers: Vec<PathBuf> = base.iter().rev().map(dir).collect();
        return diff::changes(&dir(&layers[layers.len() - 1]), &lowers);
    }
    // Otherwise: both trees mounted read-only and compared.
    crate::sys::overlay::private_mount_namespace()?;
    // Mount points of this process only (its private mount namespace).
    let tmp = engine.paths.runroot.join(format!("image-diff-{}", std::process::id()));
    let mount_one = |layers: &[Digest], n: &str| -> Result<PathBuf> {
        let target = tmp.join(n);
        std::fs::create_dir_all(&target).with_context(|| format!("creating {}", target.display()))?;
        let hexes: Vec<&str> = layers.iter().map(|d| d.hex()).collect();
        crate::sys::overlay::mount(&layers_root, &hexes, None, &target, &tmp.join(format!("{n}-empty")))?;
        Ok(target)
    };
    let compared = (|| -> Result<Vec<diff::Change>> {
        let to = mount_one(&layers, "to")?;
        let from_dir = mount_one(&base, "from")?;
        let mut out = Vec::new();
        compare(&from_dir, &to, "", &mut out)?;
        crate::sys::overlay::unmount(&to);
        crate::sys::overlay::unmount(&from_dir);
        Ok(out)
    })();
    let _ = std::fs::remove_dir_all(&tmp);
    let mut out = compared?;
    out.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(out)
}

/// File-by-file comparison of two trees: added, deleted, and changed
/// (type, mode, owner, size, modification time or link target).
fn compare(from: &Path, to: &Path, rel: &str, out: &mut Vec<diff::Change>) -> Result<()> {
    use std::os::unix::fs::MetadataExt;
    let names = |d: &Path| -> Result<std::collections::BTreeSet<std::ffi::OsString>> {
        Ok(match std::fs::read_dir(d) {
            Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.file_name())).collect(),
            Err(_) => Default::default(),
        })
    };
    let (a, b) = (names(from)?, names(to)?);
    for n in a.union(&b) {
        let path = format!("{rel}/{}", n.to_string_lossy());
        let (fa, fb) = (from.join(n), to.join(n));
        match (std::fs::symlink_metadata(&fa).ok(), std::fs::symlink_metadata(&fb).ok()) {
            (Some(_), None) => out.push(diff::Change { kind: 'D', path }),
            (None, Some(mb)) => {
                out.push(diff::Change { kind: 'A', path: path.clone() });
                if mb.is_dir() {
                    compare(&fa, &fb, &path, out)?;
                }
            }
            (Some(ma), Some(mb)) => {
                let changed = ma.file_type() != mb.file_type()
                    || ma.mode() != mb.mode()
                    || (ma.uid(), ma.gid()) != (mb.uid(), mb.gid())
                    || (!ma.is_dir() && (ma.size() != mb.size() || ma.mtime() != mb.mtime() || ma.mtime_nsec() != mb.mtime_nsec()))
                    || (ma.file_type().is_symlink() && std::fs::read_link(&fa).ok() != std::fs::read_link(&fb).ok());
                if changed {
                    out.push(diff::Change { kind: 'C', path: path.clone() });
                }
                if ma.is_dir() && mb.is_dir() {
                    compare(&fa, &fb, &path, out)?;
                } else if mb.is_dir() {
                    compare(&fa, &fb, &path, out)?;
                }
            }
            (None, None) => {}
        }
    }
    Ok(())
}

/// Where image `id` is mounted by `image mount`.
pub fn mount_point(engine: &Engine, id: &Digest) -> PathBuf {
    engine.paths.root.join("image-mounts").join(id.hex()).join("merged")
}

/// Mounts the image's layers read-only (once) and returns where.
pub fn mount_image(engine: &Engine, img: &ImageRecord) -> Result<PathBuf> {
    let target = mount_point(engine, &img.id);
    if mount::is_mounted(&target) {
        return Ok(target);
    }
    std::fs::create_dir_all(&target).with_context(|| format!("creating {}", target.display()))?;
    let layers_root = engine.store_readonly().root().join("layers");
    let hexes: Vec<&str> = img.layers.iter().map(|l| l.diff_id.hex()).collect();
    let empty = target.parent().map(|p| p.join("empty")).unwrap_or_default();
    let cwd = std::env::current_dir().ok();
    let r = crate::sys::overlay::mount(&layers_root, &hexes, None, &target, &empty);
    if let Some(cwd) = cwd {
        let _ = std::env::set_current_dir(cwd);
    }
    r.with_context(|| format!("mounting image {}", img.id.short()))?;
    Ok(target)
}

/// Unmounts the image if it is mounted here; whether it was.
pub fn unmount_image(engine: &Engine, img: &ImageRecord) -> Result<bool> {
    let target = mount_point(engine, &img.id);
    if !mount::is_mounted(&target) {
        return Ok(false);
    }
    nix::mount::umount2(&target, nix::mount::MntFlags::MNT_DETACH).with_context(|| format!("unmounting image {}", img.id.short()))?;
    Ok(true)
}

/// The images mounted in this mount namespace, with their mount points.
pub fn mounted_images(engine: &Engine) -> Result<Vec<(ImageRecord, PathBuf)>> {
    let store = engine.store_readonly();
    Ok(store
        .images()?
        .into_iter()
        .filter_map(|i| {
            let p = mount_point(engine, &i.id);
            mount::is_mounted(&p).then_some((i, p))
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chain_ids_are_containers_storage_layer_ids() {
        let a = Digest::of(b"a");
        let b = Digest::of(b"b");
        let ids = chain_ids(&[a.clone(), b.clone()]);
        assert_eq!(ids[0], a);
        assert_eq!(ids[1], Digest::of(format!("{a} {b}").as_bytes()));
    }

    #[test]
    fn the_tree_is_drawn_as_gotree_does() {
        let leaf = |t: &str| Node { text: t.into(), children: Vec::new() };
        let nodes = vec![leaf("a"), Node { text: "b".into(), children: vec![leaf("c"), leaf("d")] }];
        let mut out = String::new();
        render(&nodes, "", &mut out);
        assert_eq!(out, "├── a\n└── b\n    ├── c\n    └── d\n");
        let id = Digest::of(b"x");
        assert_eq!(layer_line(&id, 2_130_000, &["bb:latest".into()]), format!("ID: {} Size:  2.13MB Top Layer of: [bb:latest]", &id.hex()[..12]));
        assert_eq!(layer_line(&id, 0, &[]), format!("ID: {} Size:      0B", &id.hex()[..12]));
    }
}
