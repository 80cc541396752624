//! The committed man pages and shell completions match the CLI: regenerate
//! them into a temp dir and compare with `man/` and `completions/`.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::process::Command;

const HINT: &str = "run `cargo run -- __generate-docs .` to regenerate, and commit the result";

/// File name → content for every file directly in `dir` (empty if missing).
fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let Ok(entries) = fs::read_dir(dir) else { return BTreeMap::new() };
    entries
        .flatten()
        .filter(|e| e.file_type().map(|t| t.is_file()).unwrap_or(false))
        .map(|e| (e.file_name().to_string_lossy().into_owned(), fs::read(e.path()).unwrap_or_default()))
        .collect()
}

#[test]
fn man_pages_and_completions_are_up_to_date() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let out = Command::new(env!("CARGO_BIN_EXE_dhow"))
        .arg("__generate-docs")
        .arg(tmp.path())
        .output()
        .expect("running dhow __generate-docs");
    assert!(
        out.status.success(),
        "dhow __generate-docs failed: {}\n{}",
        String::from_utf8_lossy(&out.stderr),
        String::from_utf8_lossy(&out.stdout)
    );
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut problems = Vec::new();
    for sub in ["man", "completions"] {
        let fresh = files(&tmp.path().join(sub));
        let committed = files(&repo.join(sub));
        if fresh.is_empty() {
            problems.push(format!("__generate-docs wrote nothing into {sub}/"));
        }
        for (name, content) in &fresh {
            match committed.get(name) {
                None => problems.push(format!("{sub}/{name} is missing")),
                Some(c) if c != content => problems.push(format!("{sub}/{name} is out of date")),
                Some(_) => {}
            }
        }
        for name in committed.keys().filter(|n| !fresh.contains_key(*n)) {
            problems.push(format!("{sub}/{name} is no longer generated (remove it)"));
        }
    }
    assert!(problems.is_empty(), "man pages / completions differ from the CLI:\n  {}\n{HINT}", problems.join("\n  "));
}
