//! Imports only point down (issue 12, item 5): every `crate::MODULE` path in
//! `src/` names a top-level module of a lower layer than the file's own.
//! The layers, top first, are the table below (ARCHITECTURE.md draws the
//! same picture); modules of one layer do not import each other, so there
//! is no cycle between top-level modules. Comments are not code and are
//! skipped.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Top-level module → layer (higher imports lower, never the reverse).
const LAYERS: &[(&str, u8)] = &[
    ("main", 9),
    ("lib", 9),
    ("cli", 9),
    ("engine", 8),
    // fuzz entry points call the parsers of the layers below.
    ("fuzzing", 8),
    // network reads container records; kube turns them into YAML; compose
    // checks a file's log drivers against the container layer's.
    ("network", 7),
    ("kube", 7),
    ("compose", 7),
    ("container", 6),
    ("build", 6),
    ("generate", 6),
    // registries.conf names images: config reads image references.
    ("config", 5),
    ("image", 4),
    ("sys", 4),
    ("format", 3),
    ("runtime", 3),
    ("util", 2),
    ("error", 1),
];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The top-level modules named by `crate::` paths in one line of code.
fn crate_paths(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(i) = rest.find("crate::") {
        rest = &rest[i + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            // crate::{a::X, b} names several.
            let end = group.find('}').unwrap_or(group.len());
            for item in group[..end].split(',') {
                let name: String = item.trim().chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
                if !name.is_empty() {
                    out.push(name);
                }
            }
        } else {
            let name: String = rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
            if !name.is_empty() {
                out.push(name);
            }
        }
    }
    out
}

/// The violations of the rule in the tree at `src`.
fn violations(src: &Path) -> Vec<String> {
    let layer: BTreeMap<&str, u8> = LAYERS.iter().copied().collect();
    let mut files = Vec::new();
    rust_files(src, &mut files);
    files.sort();
    let mut bad = Vec::new();
    for f in files {
        let rel = f.strip_prefix(src).unwrap();
        let first = rel.components().next().unwrap().as_os_str().to_string_lossy().to_string();
        let module = first.strip_suffix(".rs").unwrap_or(&first).to_string();
        let Some(&mine) = layer.get(module.as_str()) else {
            bad.push(format!("{}: top-level module {module} is not in the table of layers (tests/layering.rs)", rel.display()));
            continue;
        };
        let text = std::fs::read_to_string(&f).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for target in crate_paths(code) {
                if target == module {
                    continue;
                }
                match layer.get(target.as_str()) {
                    Some(&t) if t < mine => {}
                    Some(&t) => bad.push(format!(
                        "src/{}:{}: {module} (layer {mine}) imports {target} (layer {t}): imports must point down",
                        rel.display(),
                        n + 1
                    )),
                    None => bad.push(format!("src/{}:{}: crate::{target} is not a known top-level module", rel.display(), n + 1)),
                }
            }
        }
    }
    bad
}

#[test]
fn imports_only_point_down() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let bad = violations(&src);
    assert!(bad.is_empty(), "{} import(s) against the layering:\n{}", bad.len(), bad.join("\n"));
}

#[test]
fn the_check_sees_an_upward_import() {
    // A tree with one file per direction: the check must flag exactly the
    // upward one (and the grouped form), or it could never fail.
    let dir = std::env::temp_dir().join(format!("dhow-layering-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("network")).unwrap();
    std::fs::create_dir_all(dir.join("container")).unwrap();
    std::fs::write(dir.join("network/a.rs"), "use crate::container::ContainerStore;\n").unwrap();
    std::fs::write(
        dir.join("container/b.rs"),
        "// crate::engine in a comment is fine\nuse crate::{util::x, network::attach};\nfn f() { crate::engine::go(); }\n",
    )
    .unwrap();
    let bad = violations(&dir);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(bad.len(), 2, "{bad:#?}");
    assert!(bad[0].contains("container/b.rs:2") && bad[0].contains("imports network"), "{bad:#?}");
    assert!(bad[1].contains("container/b.rs:3") && bad[1].contains("imports engine"), "{bad:#?}");
}

/// Inside the engine the same rule, where it has been made one-way:
/// (files of the lower engine module, engine modules it may not name).
const ENGINE_ONE_WAY: &[(&str, &[&str])] = &[
    // Containers mount, prepare and remove volumes; volumes only read
    // container records (crate::container), never container operations.
    ("volumes", &["containers"]),
    // Containers resolve and pull images; images read container records
    // (which images are in use) from crate::container only.
    ("images", &["containers"]),
    // Build resolves, pulls and tags images; the image GC keeps what cached
    // build steps name by reading their records from the content store
    // (image::store::CachedStep), never from the builder.
    ("images", &["build"]),
    // Pods are made of containers: pods create, start, stop and remove
    // containers; a container's side of being a member (options from its
    // pod, the infra started first, shared namespaces joined) is
    // containers/pod_member.rs over the records of crate::container::pod.
    ("containers", &["pods"]),
];

/// The lines of the engine module `module` (`engine/M.rs` and `engine/M/`)
/// that name one of `forbidden` as an engine module.
fn engine_violations(src: &Path, module: &str, forbidden: &[&str]) -> Vec<String> {
    let engine = src.join("engine");
    let mut files = Vec::new();
    if engine.join(module).is_dir() {
        rust_files(&engine.join(module), &mut files);
    }
    let single = engine.join(format!("{module}.rs"));
    if single.exists() {
        files.push(single);
    }
    files.sort();
    let mut bad = Vec::new();
    for f in files {
        let here = module_path(&engine, &f);
        let text = std::fs::read_to_string(&f).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for other in forbidden {
                if targets(code, &here, "engine").any(|t| t == *other) {
                    bad.push(format!("{}:{}: engine::{module} names engine::{other}", f.display(), n + 1));
                }
            }
        }
    }
    bad
}

/// A file's module path below `engine`: engine/a/b.rs is [a, b], engine/a/mod.rs [a].
fn module_path(engine: &Path, file: &Path) -> Vec<String> {
    let mut path: Vec<String> =
        file.strip_prefix(engine).unwrap().components().map(|c| c.as_os_str().to_string_lossy().trim_end_matches(".rs").to_string()).collect();
    if path.last().is_some_and(|l| l == "mod") {
        path.pop();
    }
    path
}

/// The modules of `top` one line of code names (from the file at `here`).
fn targets<'a>(code: &str, here: &'a [String], top: &str) -> impl Iterator<Item = String> + 'a {
    relative_paths(code, here, top).into_iter().flat_map(|(base, names)| match base.first() {
        Some(first) => vec![first.clone()],
        None => names,
    })
}

#[test]
fn engine_dependencies_made_one_way_stay_one_way() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut bad = Vec::new();
    for (module, forbidden) in ENGINE_ONE_WAY {
        let found = engine_violations(&src, module, forbidden);
        bad.extend(found);
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn the_engine_check_sees_a_call_back_up() {
    let dir = std::env::temp_dir().join(format!("dhow-layering-engine-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("engine/volumes")).unwrap();
    std::fs::write(dir.join("engine/volumes.rs"), "use crate::container::ContainerStore;\n// engine::containers::x in a comment\n").unwrap();
    std::fs::write(
        dir.join("engine/volumes/m.rs"),
        "fn f() { crate::engine::containers::ops::remove(); }\nuse crate::engine::containers;\nuse crate::engine::{images, containers::ops as o};\nuse crate::engine::{images::{a, b}, events};\nuse crate::engine::containers_x::y;\n",
    )
    .unwrap();
    let bad = engine_violations(&dir, "volumes", &["containers"]);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(bad.len(), 3, "{bad:#?}");
    for (i, line) in [1, 2, 3].into_iter().enumerate() {
        assert!(bad[i].contains(&format!("volumes/m.rs:{line}")), "{bad:#?}");
    }
}

/// Every `top::X → top::Y` dependency (X ≠ Y, modules of `src/top`, as
/// `engine` or `network`), with the first place that makes it: paths
/// written from `crate::top::`, `super::` (resolved from the file's module)
/// or `self::`, single or grouped.
fn module_edges(src: &Path, top: &str) -> BTreeMap<(String, String), String> {
    let base = src.join(top);
    let modules: std::collections::BTreeSet<String> = std::fs::read_dir(&base)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().trim_end_matches(".rs").to_string())
        .filter(|m| m != "mod")
        .collect();
    let mut files = Vec::new();
    rust_files(&base, &mut files);
    files.sort();
    let mut edges = BTreeMap::new();
    for f in files {
        let path = module_path(&base, &f);
        let Some(me) = path.first().cloned() else { continue };
        let text = std::fs::read_to_string(&f).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for target in targets(code, &path, top) {
                if target != me && modules.contains(&target) {
                    let place = format!("{}:{}", f.strip_prefix(src).unwrap().display(), n + 1);
                    edges.entry((me.clone(), target)).or_insert(place);
                }
            }
        }
    }
    edges
}

/// The paths into `top` one line names: (the module path below `top` a
/// path starts from, the first names after it).
fn relative_paths(code: &str, here: &[String], top: &str) -> Vec<(Vec<String>, Vec<String>)> {
    let from_top = format!("crate::{}::", top.replace('/', "::"));
    let ident = |t: &str| -> String { t.trim_start().chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect() };
    let mut out = Vec::new();
    let mut at = 0;
    while at < code.len() {
        let rest = &code[at..];
        let before = code[..at].chars().next_back();
        let starts_path = !before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == ':');
        let (base, len) = if !starts_path {
            (None, 0)
        } else if rest.starts_with(&from_top) {
            (Some(Vec::new()), from_top.len())
        } else if rest.starts_with("self::") {
            (Some(here.to_vec()), "self::".len())
        } else if rest.starts_with("super::") {
            let mut k = 0;
            while rest[k * 7..].starts_with("super::") {
                k += 1;
            }
            // Past the engine's root the path leaves the engine.
            ((k <= here.len()).then(|| here[..here.len() - k].to_vec()), k * 7)
        } else {
            (None, 0)
        };
        let Some(base) = base else {
            at += rest.chars().next().map_or(1, char::len_utf8);
            continue;
        };
        at += len;
        let tail = &code[at..];
        let mut names = Vec::new();
        if let Some(group) = tail.strip_prefix('{') {
            let (mut depth, mut item) = (0, 0);
            for (j, c) in group.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' if depth > 0 => depth -= 1,
                    '}' | ',' if depth == 0 => {
                        names.push(ident(&group[item..j]));
                        item = j + 1;
                        if c == '}' {
                            break;
                        }
                    }
                    _ => {}
                }
            }
        } else {
            names.push(ident(tail));
        }
        names.retain(|n| !n.is_empty());
        out.push((base, names));
    }
    out
}

/// One cycle of the graph, if it has one (as `a → b → a`).
fn a_cycle(edges: &BTreeMap<(String, String), String>) -> Option<Vec<String>> {
    fn visit(v: &str, edges: &BTreeMap<(String, String), String>, stack: &mut Vec<String>, done: &mut Vec<String>) -> Option<Vec<String>> {
        if let Some(i) = stack.iter().position(|s| s == v) {
            let mut cycle = stack[i..].to_vec();
            cycle.push(v.to_string());
            return Some(cycle);
        }
        if done.iter().any(|d| d == v) {
            return None;
        }
        stack.push(v.to_string());
        for (a, b) in edges.keys() {
            if a == v {
                if let Some(c) = visit(b, edges, stack, done) {
                    return Some(c);
                }
            }
        }
        stack.pop();
        done.push(v.to_string());
        None
    }
    let mut done = Vec::new();
    for (a, _) in edges.keys() {
        if let Some(c) = visit(a, edges, &mut Vec::new(), &mut done) {
            return Some(c);
        }
    }
    None
}

#[test]
fn no_cycle_between_engine_modules() {
    no_cycle_in("engine", 20);
}

/// The network layer's files too (issue 12: one layer, no import circle),
/// and the parts of the files split along their seams.
#[test]
fn no_cycle_between_network_modules() {
    no_cycle_in("network", 20);
}

#[test]
fn no_cycle_between_the_parts_of_split_modules() {
    no_cycle_in("format/template", 5);
    no_cycle_in("image/registry", 2);
}

fn no_cycle_in(top: &str, at_least: usize) {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let edges = module_edges(&src, top);
    assert!(edges.len() > at_least, "the dependencies of {top} were not found: {edges:#?}");
    if let Some(cycle) = a_cycle(&edges) {
        let places: Vec<String> = cycle.windows(2).map(|w| format!("{top}::{} → {top}::{} at {}", w[0], w[1], edges[&(w[0].clone(), w[1].clone())])).collect();
        panic!("{top} modules call each other in a circle ({}):\n{}", cycle.join(" → "), places.join("\n"));
    }
}

#[test]
fn the_cycle_check_sees_a_circle() {
    let dir = std::env::temp_dir().join(format!("dhow-layering-cycle-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("engine/b")).unwrap();
    std::fs::create_dir_all(dir.join("engine/c")).unwrap();
    let write = |p: &str, t: &str| std::fs::write(dir.join(p), t).unwrap();
    write("engine/mod.rs", "pub mod a;\n");
    write("engine/a.rs", "use crate::engine::b::x;\n// crate::engine::d in a comment\n");
    write("engine/b/mod.rs", "fn f() { super::c::g(); }\n");
    write("engine/d.rs", "use super::a;\n");
    write("engine/c/m.rs", "use super::super::{d, a::y};\nuse self::inner::z;\n");
    let edges = module_edges(&dir, "engine");
    let pairs: Vec<(&str, &str)> = edges.keys().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    assert_eq!(pairs, [("a", "b"), ("b", "c"), ("c", "a"), ("c", "d"), ("d", "a")]);
    let cycle = a_cycle(&edges).expect("a → b → c → a is a circle");
    assert_eq!(cycle.first(), cycle.last());
    for m in ["a", "b", "c"] {
        assert!(cycle.iter().any(|x| x == m), "{cycle:?}");
    }
    write("engine/c/m.rs", "use self::inner::{d, a};\n");
    let edges = module_edges(&dir, "engine");
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(a_cycle(&edges), None, "{edges:#?}");
}
