//! Replays every committed fuzz input (`fuzz/corpus/TARGET/*` seeds and
//! `fuzz/regressions/TARGET/*`, the inputs that once crashed) through the
//! same entry points the libFuzzer targets call. Fast, so CI runs it on
//! every change; `fuzz/run.sh` does the actual fuzzing.

use std::path::Path;

fn inputs(dir: &Path) -> Vec<std::path::PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else { return vec![] };
    let mut v: Vec<_> = entries.flatten().map(|e| e.path()).filter(|p| p.is_file()).collect();
    v.sort();
    v
}

#[test]
fn every_target_replays_its_corpus_without_a_crash() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut failures = Vec::new();
    for (name, target) in dhow::fuzzing::TARGETS {
        let seeds = inputs(&root.join("corpus").join(name));
        assert!(!seeds.is_empty(), "fuzz/corpus/{name} has no seed inputs");
        let all = seeds.into_iter().chain(inputs(&root.join("regressions").join(name)));
        for file in all {
            let data = std::fs::read(&file).unwrap();
            if let Err(p) = std::panic::catch_unwind(|| target(&data)) {
                let msg = p.downcast_ref::<String>().cloned().or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string())).unwrap_or_default();
                failures.push(format!("{}: {msg}", file.display()));
            }
        }
    }
    assert!(failures.is_empty(), "inputs that crash:\n  {}", failures.join("\n  "));
}

#[test]
fn every_target_has_a_cargo_fuzz_binary() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let manifest = std::fs::read_to_string(root.join("Cargo.toml")).unwrap();
    for (name, _) in dhow::fuzzing::TARGETS {
        let src = std::fs::read_to_string(root.join("fuzz_targets").join(format!("{name}.rs"))).unwrap_or_default();
        assert!(src.contains(&format!("dhow::fuzzing::{name}(")), "fuzz/fuzz_targets/{name}.rs must call dhow::fuzzing::{name}");
        assert!(manifest.contains(&format!("name = \"{name}\"")), "fuzz/Cargo.toml lacks the [[bin]] {name}");
    }
}
