//! Bounded growth of container logs and of the event log, end to end as the
//! unprivileged test user: `--log-opt max-size/max-file` (docker's
//! json-file semantics), the default cap, and the event log's rotation at
//! `DHOW_EVENTS_LOGFILE_MAX_SIZE` with `events --since` (and a follower)
//! reading across it.

mod common;

use common::{proc, TestEnv};
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

fn image(env: &TestEnv) -> String {
    let f = &env.fx().busybox;
    env.ok(&["pull", "-q", &f.reference]);
    f.reference.clone()
}

/// The container's log file and its rotated files that exist, with sizes.
fn log_files(env: &TestEnv, name: &str) -> Vec<(PathBuf, u64)> {
    let live = PathBuf::from(env.ok(&["inspect", "-f", "{{.LogPath}}", name]).trim());
    assert!(live.is_absolute(), "{live:?}");
    let mut out = vec![(live.clone(), std::fs::metadata(&live).map_or(0, |m| m.len()))];
    for k in 1..10 {
        let p = PathBuf::from(format!("{}.{k}", live.display()));
        if let Ok(m) = std::fs::metadata(&p) {
            out.push((p, m.len()));
        }
    }
    out
}

#[test]
fn max_size_and_max_file_keep_the_newest_lines_across_files() {
    let env = TestEnv::new();
    let img = image(&env);
    let script = "i=0; while [ $i -lt 1000 ]; do echo line-$i; i=$((i+1)); done";
    env.ok(&["run", "--name", "big", "--log-opt", "max-size=4k", "--log-opt", "max-file=3", &img, "sh", "-c", script]);
    let files = log_files(&env, "big");
    let names: Vec<String> = files.iter().map(|(p, _)| p.file_name().unwrap().to_string_lossy().into_owned()).collect();
    assert_eq!(names, ["ctr.log", "ctr.log.1", "ctr.log.2"], "max-file=3 keeps three files");
    for (p, n) in &files {
        assert!(*n <= 4096, "{} has {n} bytes, over max-size", p.display());
    }

    let logs = env.ok(&["logs", "big"]);
    let got: Vec<u32> = logs.lines().map(|l| l.strip_prefix("line-").and_then(|n| n.parse().ok()).unwrap_or_else(|| panic!("bad line {l:?}"))).collect();
    assert_eq!(got.last(), Some(&999), "the newest line is shown");
    assert!(got[0] > 0, "the oldest lines are rotated away");
    let want: Vec<u32> = (got[0]..1000).collect();
    assert_eq!(got, want, "the kept lines come back in order, across the three files");
    assert!(got.len() > 4096 * 2 / 60, "more than the live file is shown: {} lines", got.len());
    assert_eq!(env.ok(&["logs", "--tail", "2", "big"]), "line-998\nline-999\n");

    // max-size alone: docker's max-file=1, the live file is started afresh.
    env.ok(&["run", "--name", "one", "--log-opt", "max-size=2k", &img, "sh", "-c", script]);
    let files = log_files(&env, "one");
    assert_eq!(files.len(), 1, "{files:?}");
    assert!(files[0].1 <= 2048);
    assert!(env.ok(&["logs", "one"]).ends_with("line-999\n"));
}

#[test]
fn logs_are_capped_by_default() {
    let env = TestEnv::new();
    let img = image(&env);
    // 34 MiB on one line, then a short one: past the default 10 MiB × 3.
    let script = "dd if=/dev/zero bs=1048576 count=34 2>/dev/null | tr '\\0' a; echo; echo END";
    env.ok(&["run", "--name", "flood", &img, "sh", "-c", script]);
    let files = log_files(&env, "flood");
    assert_eq!(files.len(), 3, "10m × 3 by default: {files:?}");
    let total: u64 = files.iter().map(|(_, n)| n).sum();
    assert!(total <= 30 << 20, "the log takes {total} bytes, more than the default cap");
    assert!(total > 20 << 20, "the rotated files are kept: {total} bytes");
    assert_eq!(env.ok(&["logs", "--tail", "1", "flood"]), "END\n");
    let v = env.ok(&["inspect", "-f", "{{json .HostConfig.LogConfig}}", "flood"]);
    assert!(v.contains("k8s-file"), "{v}");
}

#[test]
fn bad_log_opts_are_refused_at_create() {
    let env = TestEnv::new();
    let img = image(&env);
    for (opt, word) in [("max-file=0", "max-file"), ("max-size=lots", "max-size"), ("max-size=0", "max-size")] {
        let err = env.fail(&["create", "--log-opt", opt, &img, "true"], 125);
        assert!(err.contains(word) && err.contains("--log-opt"), "{opt}: {err}");
    }
    let err = env.fail(&["create", "--log-opt", "max-size=-1", "--log-opt", "max-file=2", &img, "true"], 125);
    assert!(err.contains("max-size"), "{err}");
    assert_eq!(env.ok(&["ps", "-aq"]), "", "nothing was created");
}

/// `dhow ARGS` with the event log rotated at `max`.
fn with_events_max(env: &TestEnv, max: &str, args: &[&str]) -> String {
    let mut cmd = env.command(args);
    cmd.env("DHOW_EVENTS_LOGFILE_MAX_SIZE", max);
    let out = env.run_command(cmd);
    assert!(out.success(), "{}", out.describe());
    out.stdout
}

fn events_file(env: &TestEnv, name: &str) -> PathBuf {
    env.runtime_dir().join("dhow").join(name)
}

fn created_names(text: &str) -> Vec<String> {
    text.lines().filter_map(|l| l.strip_prefix("create ")).map(str::to_string).collect()
}

#[test]
fn event_log_rotates_and_since_reads_across() {
    let env = TestEnv::new();
    let img = image(&env);
    let since = chrono::Utc::now().timestamp().to_string();

    // A follower from the start: it must see every event once, though the
    // file it reads is moved aside under it.
    let out_path = env.root.join("follow.out");
    let out_file = std::fs::File::create(&out_path).unwrap();
    let mut cmd = env.command(&["events", "--since", &since, "--filter", "event=create", "--format", "{{.Status}} {{.Name}}"]);
    cmd.env("DHOW_EVENTS_LOGFILE_MAX_SIZE", "4k").stdout(out_file).stderr(Stdio::null());
    std::os::unix::process::CommandExt::process_group(&mut cmd, 0);
    let mut follower = cmd.spawn().expect("starting events");
    proc::kill_at_exit(follower.id() as i32);

    let n = 40;
    for i in 0..n {
        with_events_max(&env, "4k", &["create", "--name", &format!("c{i:02}"), &img, "true"]);
    }
    let live = events_file(&env, "events.log");
    let old = events_file(&env, "events.log.1");
    let size = |p: &Path| std::fs::metadata(p).map_or(0, |m| m.len());
    assert!(old.exists(), "40 creates are more than 4k of events: the log was rotated");
    assert!(size(&live) <= 4096 + 1024 && size(&old) <= 4096 + 1024, "live {} rotated {}", size(&live), size(&old));
    assert!(!events_file(&env, "events.log.2").exists());

    let until = (chrono::Utc::now().timestamp() + 1).to_string();
    let shown = with_events_max(&env, "4k", &["events", "--since", &since, "--until", &until, "--filter", "event=create", "--format", "{{.Status}} {{.Name}}"]);
    let names = created_names(&shown);
    assert_eq!(names.last().map(String::as_str), Some("c39"), "{shown}");
    let in_old = String::from_utf8_lossy(&std::fs::read(&old).unwrap()).into_owned();
    let first_kept = names.first().unwrap().clone();
    assert!(in_old.contains(&format!("\"{first_kept}\"")), "the oldest event shown is read from the rotated file ({first_kept})");
    let first: usize = first_kept[1..].parse().unwrap();
    let want: Vec<String> = (first..n).map(|i| format!("c{i:02}")).collect();
    assert_eq!(names, want, "events come in order, across the rotation, none twice");

    // The follower catches up with everything (it polls; give it time).
    let deadline = Instant::now() + Duration::from_secs(60);
    let seen = loop {
        let text = std::fs::read_to_string(&out_path).unwrap_or_default();
        if text.contains("create c39\n") || Instant::now() > deadline {
            break created_names(&text);
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    let _ = follower.kill();
    let _ = follower.wait();
    let want: Vec<String> = (0..n).map(|i| format!("c{i:02}")).collect();
    assert_eq!(seen, want, "a follower sees every event once across rotations");
}
