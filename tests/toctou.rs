//! Symlink-swap races (TOCTOU) against `dhow cp` and `volume import/export`:
//! a process in the container (root there) swaps a directory for a symlink
//! to `/` in a tight loop while the copies run. The directory holds the same
//! relative path as a canary directory on the host, so an engine that
//! resolves container paths on the host, or checks a path and then opens it
//! by name, would read or overwrite the host canary. Nothing outside the
//! container may be touched or copied out. The test prints
//! `toctou: OPERATION contained (N attempts, M succeeded)` lines for
//! `bench/hardening-report.sh`.

mod common;

use common::{Output, TestEnv};
use std::collections::BTreeMap;
use std::fs;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::process::Stdio;

const CANARY: &str = "host canary: must never leave the host\n";
const PAYLOAD: &str = "PWNED by a copy\n";

/// A tar with `entries` (name, content) as regular files, owned by the test user.
fn tar_of(env: &TestEnv, path: &Path, entries: &[(String, &str)]) {
    let mut b = tar::Builder::new(Vec::new());
    for (name, content) in entries {
        let mut h = tar::Header::new_gnu();
        h.set_size(content.len() as u64);
        h.set_mode(0o644);
        h.set_uid(0);
        h.set_gid(0);
        h.set_mtime(1_700_000_000);
        h.set_entry_type(tar::EntryType::Regular);
        b.append_data(&mut h, name, content.as_bytes()).unwrap();
    }
    let bytes = b.into_inner().unwrap();
    fs::write(path, bytes).unwrap();
    env.user.chown(path);
}

fn with_stdin(env: &TestEnv, args: &[&str], input: &Path) -> Output {
    let mut cmd = env.command(args);
    cmd.stdin(Stdio::from(fs::File::open(input).unwrap()));
    env.run_command(cmd)
}

/// (content, mtime, names in the dir) of the canary directory.
fn canary_state(dir: &Path) -> (String, i64, i64, Vec<String>) {
    let f = dir.join("secret");
    let m = fs::symlink_metadata(&f).unwrap();
    let mut names: Vec<String> = fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    (fs::read_to_string(&f).unwrap(), m.mtime(), m.mtime_nsec(), names)
}

/// Every regular file under `dir` (not following symlinks) whose content
/// holds the canary text.
fn leaked(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        let m = fs::symlink_metadata(&p).unwrap();
        if m.is_dir() {
            out.extend(leaked(&p));
        } else if m.is_file() && fs::read(&p).unwrap().windows(CANARY.len()).any(|w| w == CANARY.as_bytes()) {
            out.push(p);
        }
    }
    out
}

#[test]
fn symlink_swaps_during_cp_and_volume_copies_stay_in_the_container() {
    let env = TestEnv::new();
    let f = &env.fx().busybox;
    env.ok(&["pull", "-q", &f.reference]);
    let img = f.reference.clone();

    // The canary on the host, owned by the test user (dhow could write it if
    // it were fooled), and the same relative path inside the container.
    env.write_home("canary/secret", CANARY);
    let canary = env.home().join("canary");
    let rel = canary.strip_prefix("/").unwrap().display().to_string();
    let before = canary_state(&canary);

    // Sources on the host.
    env.write_home("src/payload", PAYLOAD);
    env.write_home("src/tree/secret", PAYLOAD);
    env.write_home("src/tree/dropped", PAYLOAD);
    env.write_home("out/.keep", "");
    let src = env.home().join("src");
    let out = env.home().join("out");
    let stdin_tar = env.root.join("in.tar");
    tar_of(&env, &stdin_tar, &[("secret".into(), PAYLOAD), ("dropped".into(), PAYLOAD)]);
    let import_tar = env.root.join("import.tar");
    // Many entries: many windows between a check and a use.
    let mut entries = vec![(format!("d/{rel}/secret"), PAYLOAD)];
    entries.extend((0..30).map(|k| (format!("d/{rel}/dropped-{k}"), PAYLOAD)));
    tar_of(&env, &import_tar, &entries);

    // The racer: /data/d is a directory holding `<rel>/secret`, then a
    // symlink to `/`, then the directory again, as fast as it can.
    env.ok(&["volume", "create", "vol"]);
    let script = format!(
        "mkdir -p /data/d/{rel} && echo inside > /data/d/{rel}/secret && n=0 && \
         while :; do mv /data/d /data/x; ln -s / /data/d; rm /data/d; mv /data/x /data/d; n=$((n+1)); echo $n > /data/swaps.new; mv /data/swaps.new /data/swaps; done"
    );
    env.ok(&["run", "-d", "--name", "racer", "--network", "none", "-v", "vol:/data", &img, "sh", "-c", &script]);

    let dest = format!("racer:/data/d/{rel}/secret");
    let dest_dir = format!("racer:/data/d/{rel}/");
    let mut tally: BTreeMap<&str, (u32, u32, String)> = BTreeMap::new();
    let mut count = |op: &'static str, o: &Output| {
        let e = tally.entry(op).or_default();
        e.0 += 1;
        if o.success() {
            e.1 += 1;
        } else {
            e.2 = o.stderr.clone();
        }
        assert!(!o.stderr.contains("panicked"), "{}", o.describe());
    };
    let rounds = 40;
    for i in 0..rounds {
        let payload = src.join("payload").display().to_string();
        count("cp file in", &env.run(&["cp", &payload, &dest]));
        let tree = format!("{}/.", src.join("tree").display());
        count("cp dir in", &env.run(&["cp", &tree, &dest_dir]));
        count("cp - in", &with_stdin(&env, &["cp", "-", &dest_dir], &stdin_tar));
        let o = out.join(format!("file-{i}"));
        count("cp file out", &env.run(&["cp", &dest, o.to_str().unwrap()]));
        let o = out.join(format!("dir-{i}"));
        count("cp dir out", &env.run(&["cp", &dest_dir, o.to_str().unwrap()]));
        let o = out.join(format!("follow-{i}"));
        count("cp -L out", &env.run(&["cp", "-L", &dest, o.to_str().unwrap()]));
        let r = env.run(&["cp", &dest, "-"]);
        assert!(!r.stdout.contains(CANARY.trim()), "the canary was streamed out by cp to stdout");
        count("cp out -", &r);
        let o = out.join(format!("vol-{i}.tar"));
        let r = env.run(&["volume", "export", "vol", "-o", o.to_str().unwrap()]);
        count("volume export", &r);
        count("volume import", &env.run(&["volume", "import", "vol", import_tar.to_str().unwrap()]));
    }
    let swaps: u64 = env.ok(&["exec", "racer", "cat", "/data/swaps"]).trim().parse().unwrap();
    env.ok(&["rm", "-f", "-t", "0", "racer"]);

    assert_eq!(canary_state(&canary), before, "the host canary was written, replaced or added to");
    assert_eq!(leaked(&out), Vec::<PathBuf>::new(), "the host canary was copied out");
    assert!(swaps > 50, "the racer swapped only {swaps} times: the race did not run");
    for (op, (tried, ok, err)) in &tally {
        assert!(*ok > 0, "{op}: never succeeded in {tried} attempts, so it never raced with the swap; last error: {err}");
        println!("toctou: {op} contained ({tried} attempts, {ok} succeeded, {swaps} swaps)");
    }
}
