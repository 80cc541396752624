//! Entry points for the fuzz targets in `fuzz/` and for the corpus replay
//! test (`tests/fuzz_corpus.rs`): one function per parser that takes
//! arbitrary bytes and must never panic, loop or write outside its scratch
//! root. The same functions run under libFuzzer (`fuzz/run.sh`) and, on
//! every CI run, over the committed corpora, so a crash found once stays
//! fixed. Not part of dhow's interface.

use serde_json::{json, Value};
use std::path::Path;

/// A fuzz target: arbitrary bytes in, no panic out.
pub type Target = fn(&[u8]);

/// Every target by name, for the replay test and `fuzz/run.sh`.
pub const TARGETS: &[(&str, Target)] = &[
    ("reference", reference),
    ("registries_conf", registries_conf),
    ("auth_json", auth_json),
    ("manifest", manifest),
    ("image_config", image_config),
    ("template", template),
    ("dockerfile", dockerfile),
    ("dockerignore", dockerignore),
    ("layer", layer),
];

/// A scratch directory removed on drop (the library does not link `tempfile`).
struct Scratch(std::path::PathBuf);

impl Scratch {
    fn new() -> Option<Scratch> {
        static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("dhow-fuzz-{}-{n}", std::process::id()));
        std::fs::create_dir(&dir).ok().map(|_| Scratch(dir))
    }

    fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn text(data: &[u8]) -> &str {
    std::str::from_utf8(data).unwrap_or("")
}

/// Image references: parse, print, parse again; the printed form is stable.
pub fn reference(data: &[u8]) {
    use crate::image::reference::Reference;
    let s = text(data);
    if let Ok(r) = Reference::parse(s) {
        let printed = r.to_string();
        let again = Reference::parse(&printed).unwrap_or_else(|e| panic!("{s:?} printed as {printed:?}, which does not parse: {e}"));
        assert_eq!(again.to_string(), printed, "printing is not stable for {s:?}");
        let _ = r.familiar();
    }
    let _ = Reference::is_short_name(s);
}

/// registries.conf (TOML).
pub fn registries_conf(data: &[u8]) {
    let _ = crate::config::registries::RegistriesConf::parse(text(data), Path::new("fuzz/registries.conf"));
}

/// auth.json / ~/.docker/config.json, looked up for a registry.
pub fn auth_json(data: &[u8]) {
    let Some(dir) = Scratch::new() else { return };
    let file = dir.path().join("auth.json");
    if std::fs::write(&file, data).is_err() {
        return;
    }
    for (registry, repo) in [("docker.io", "library/busybox"), ("127.0.0.1:5000", "demo/x"), ("quay.io", "")] {
        let _ = crate::config::auth::lookup_in(std::slice::from_ref(&file), registry, repo);
    }
}

/// Manifests and indexes under each media type a registry may send.
pub fn manifest(data: &[u8]) {
    for ct in [
        "application/vnd.oci.image.manifest.v1+json",
        "application/vnd.oci.image.index.v1+json",
        "application/vnd.docker.distribution.manifest.v2+json",
        "application/vnd.docker.distribution.manifest.list.v2+json",
        "",
    ] {
        let _ = crate::image::manifest::parse(data, ct);
    }
    let _ = crate::image::manifest::Platform::parse(text(data));
}

/// Image configuration blobs.
pub fn image_config(data: &[u8]) {
    if let Ok(c) = crate::image::config::ImageConfig::parse(data) {
        let _ = serde_json::to_vec(&c);
    }
}

/// Go templates (`--format`) rendered over docker-shaped data. The first
/// line is the template, the rest (if JSON) the data.
pub fn template(data: &[u8]) {
    let s = text(data);
    let (tpl, rest) = s.split_once('\n').unwrap_or((s, ""));
    let value: Value = serde_json::from_str(rest).unwrap_or_else(|_| {
        json!({"ID": "abc", "Names": ["web"], "Config": {"Cmd": ["sh", "-c", "x"], "Env": ["A=1"], "Labels": {"k": "v"}}, "State": {"Pid": 42, "Running": true}, "Size": 1.5})
    });
    if let Ok(t) = crate::format::template::Template::parse(tpl) {
        let _ = t.render(&value);
    }
}

/// Dockerfiles: parse, split into stages, expand every instruction's words
/// and read every metadata instruction as the builder does.
pub fn dockerfile(data: &[u8]) {
    use crate::build::{instruction, parser, vars};
    let Ok(df) = parser::parse(text(data), "Dockerfile") else { return };
    let _ = df.stages("Dockerfile");
    let lookup = |n: &str| (n == "HOME").then(|| "/root".to_string());
    let config = crate::image::config::ImageConfig::default();
    for ins in &df.instructions {
        let raw = ins.raw_args();
        let _ = vars::process_words(&raw, &lookup, df.escape);
        let _ = vars::process_word(&raw, &lookup, df.escape);
        if instruction::is_meta(&ins.keyword) {
            let _ = instruction::prepare(ins, &instruction::Scope { lookup: &lookup, escape: df.escape }, &config);
        }
    }
}

/// `.dockerignore` rules: the first line is a path, the rest the rules.
pub fn dockerignore(data: &[u8]) {
    use crate::build::context;
    let s = text(data);
    let (path, rules) = s.split_once('\n').unwrap_or((s, ""));
    let rules = context::IgnoreRules::parse(rules);
    let _ = rules.is_excluded(path);
    let _ = rules.has_exceptions();
    let _ = context::glob(rules_first_line(s), path);
    let _ = context::clean(path);
}

fn rules_first_line(s: &str) -> &str {
    s.lines().nth(1).unwrap_or("")
}

/// A layer (tar, possibly compressed) extracted into a scratch root inside a
/// fence directory: nothing may appear in the fence outside the root.
pub fn layer(data: &[u8]) {
    use crate::image::layer;
    let Some(fence) = Scratch::new() else { return };
    let root = fence.path().join("root");
    if std::fs::create_dir(&root).is_err() {
        return;
    }
    if let Ok((_, r)) = layer::decompress(data) {
        let opts = layer::ApplyOptions { preserve_ownership: false, skip_devices: true, ..layer::ApplyOptions::for_current_user() };
        let _ = layer::apply_layer(r, &root, &opts);
    }
    let outside: Vec<_> = std::fs::read_dir(fence.path()).map(|d| d.flatten().map(|e| e.file_name()).filter(|n| n != "root").collect()).unwrap_or_default();
    assert!(outside.is_empty(), "layer extraction wrote outside its root: {outside:?}");
}
