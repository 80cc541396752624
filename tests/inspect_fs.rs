//! Looking into containers from the host: `cp` (both directions, docker's
//! destination rules, tar streams, containment, ownership), `diff`, `stats`
//! and `events`. Every command runs as the unprivileged test user.

mod common;

use common::TestEnv;
use std::os::unix::fs::MetadataExt;
use std::path::Path;

fn image(env: &TestEnv) -> String {
    let f = &env.fx().busybox;
    env.ok(&["pull", "-q", &f.reference]);
    f.reference.clone()
}

/// `sh -c SCRIPT` as the test user in its home.
fn host_sh(env: &TestEnv, script: &str) {
    let out = env.run_command(env.exec("sh", &["-c", script]));
    assert!(out.success(), "{}", out.describe());
}

/// A running container `name` (sleeping) with a few files made inside.
fn running(env: &TestEnv, img: &str, name: &str) {
    env.ok(&["run", "-d", "--name", name, img, "sh", "-c", "mkdir -p /data/sub && echo one > /data/a && echo two > /data/sub/b && ln -s / /evil && touch /ready && sleep 1000"]);
    for _ in 0..200 {
        // Probed with cp itself, which reads the running container's view.
        let out = env.run(&["cp", &format!("{name}:/ready"), "-"]);
        if out.success() {
            return;
        }
        if !out.stderr.contains("Could not find the file") {
            panic!("{}", out.describe());
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    panic!("container {name} did not get ready");
}

#[test]
fn cp_out_of_a_running_container_follows_docker_rules() {
    let env = TestEnv::new();
    let img = image(&env);
    running(&env, &img, "c1");
    let h = env.home();
    host_sh(&env, "mkdir -p out");
    // A file into an existing directory, and to a new name.
    env.ok(&["cp", "c1:/data/a", "out"]);
    assert_eq!(std::fs::read_to_string(h.join("out/a")).unwrap(), "one\n");
    env.ok(&["cp", "c1:/data/a", "out/renamed"]);
    assert_eq!(
        std::fs::read_to_string(h.join("out/renamed")).unwrap(),
        "one\n"
    );
    // A directory into an existing one keeps its name; /. copies contents.
    env.ok(&["cp", "c1:/data", "out"]);
    assert_eq!(
        std::fs::read_to_string(h.join("out/data/sub/b")).unwrap(),
        "two\n"
    );
    host_sh(&env, "mkdir -p contents");
    env.ok(&["cp", "c1:/data/.", "contents"]);
    assert_eq!(
        std::fs::read_to_string(h.join("contents/sub/b")).unwrap(),
        "two\n"
    );
    // A file to a missing DIR/ is an error; so is a missing source.
    let err = env.fail(&["cp", "c1:/data/a", "nodir/"], 1);
    assert!(err.contains("nodir"), "{err}");
    assert!(!h.join("nodir").exists());
    // podman's code for a missing source (docker exits 1).
    let err = env.fail(&["cp", "c1:/no/such", "out"], 125);
    assert!(err.contains("/no/such"), "{err}");
    // Copied out without -a: the host user's; modes kept.
    let owner = std::fs::metadata(&h).unwrap().uid();
    assert_eq!(std::fs::metadata(h.join("out/a")).unwrap().uid(), owner);
    env.ok(&["rm", "-f", "c1"]);
}

#[test]
fn cp_never_leaves_the_container_root() {
    let env = TestEnv::new();
    let img = image(&env);
    running(&env, &img, "c2");
    host_sh(&env, "mkdir -p out");
    // /evil -> / resolves to the container's own /, so this is its passwd.
    env.ok(&["cp", "c2:/evil/etc/passwd", "out/passwd"]);
    let got = std::fs::read_to_string(env.home().join("out/passwd")).unwrap();
    let host = std::fs::read_to_string("/etc/passwd").unwrap();
    assert!(got.contains("app:"), "the container's passwd: {got}");
    assert_ne!(got, host);
    // Writing through the link lands inside the container too.
    host_sh(&env, "echo mine > f");
    env.ok(&["cp", "f", "c2:/evil/tmp/"]);
    env.ok(&["cp", "c2:/tmp/f", "back"]);
    assert_eq!(
        std::fs::read_to_string(env.home().join("back")).unwrap(),
        "mine\n"
    );
    env.ok(&["rm", "-f", "c2"]);
}

#[test]
fn cp_into_a_stopped_container_lands_in_its_upper_dir() {
    let env = TestEnv::new();
    let img = image(&env);
    env.ok(&[
        "create",
        "--name",
        "c3",
        &img,
        "sh",
        "-c",
        "cat /tmp/hello.txt; stat -c %u /tmp/hello.txt; ls /tmp/dir",
    ]);
    host_sh(&env, "echo hi > hello.txt && mkdir -p dir && touch dir/x");
    env.ok(&["cp", "hello.txt", "c3:/tmp/"]);
    env.ok(&["cp", "dir", "c3:/tmp/"]);
    let out = env.ok(&["start", "-a", "c3"]);
    assert_eq!(
        out, "hi\n0\nx\n",
        "copied files are the container root's by default"
    );
    let d = env.ok(&["diff", "c3"]);
    assert!(d.lines().any(|l| l == "A /tmp/hello.txt"), "{d}");
    assert!(d.lines().any(|l| l == "C /tmp"), "{d}");
}

#[test]
fn cp_keeps_ownership_with_archive() {
    let env = TestEnv::new();
    let img = image(&env);
    env.ok(&["create", "--name", "c4", &img, "true"]);
    host_sh(&env, "mkdir -p plain keep");
    env.ok(&["cp", "c4:/home/app", "plain"]);
    env.ok(&["cp", "-a", "c4:/home/app", "keep"]);
    let owner = std::fs::metadata(env.home()).unwrap().uid();
    assert_eq!(
        std::fs::metadata(env.home().join("plain/app"))
            .unwrap()
            .uid(),
        owner
    );
    let kept = std::fs::metadata(env.home().join("keep/app"))
        .unwrap()
        .uid();
    assert_ne!(
        kept, owner,
        "-a keeps the container uid 1000 (a sub-uid on the host)"
    );
}

#[test]
fn cp_streams_tar_both_ways() {
    let env = TestEnv::new();
    let img = image(&env);
    running(&env, &img, "c5");
    let out = env.command(&["cp", "c5:/data", "-"]).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut names: Vec<String> = tar::Archive::new(&out.stdout[..])
        .entries()
        .unwrap()
        .map(|e| e.unwrap().path().unwrap().display().to_string())
        .collect();
    names.sort();
    assert_eq!(names, ["data", "data/a", "data/sub", "data/sub/b"]);
    // A tar from stdin; an entry trying to climb out stays inside.
    let mut b = tar::Builder::new(Vec::new());
    let mut h = tar::Header::new_gnu();
    h.set_size(3);
    h.set_mode(0o640);
    b.append_data(&mut h, "in.txt", &b"abc"[..]).unwrap();
    let bytes = b.into_inner().unwrap();
    let tarfile = env.home().join("in.tar");
    std::fs::write(&tarfile, &bytes).unwrap();
    let mut cmd = env.command(&["cp", "-", "c5:/data"]);
    cmd.stdin(std::fs::File::open(&tarfile).unwrap());
    // (run_command would replace stdin with /dev/null.)
    let o = cmd.output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    env.ok(&["cp", "c5:/data/in.txt", "back.txt"]);
    let m = std::fs::metadata(env.home().join("back.txt")).unwrap();
    assert_eq!((m.mode() & 0o777, m.len()), (0o640, 3));
    // Not a directory: refused.
    let mut cmd = env.command(&["cp", "-", "c5:/data/a"]);
    cmd.stdin(std::fs::File::open(&tarfile).unwrap());
    assert_eq!(cmd.output().unwrap().status.code(), Some(1));
    assert!(!Path::new("/in.txt").exists());
    env.ok(&["rm", "-f", "c5"]);
}

#[test]
fn diff_shows_added_changed_deleted() {
    let env = TestEnv::new();
    let img = image(&env);
    env.ok(&["run", "--name", "d1", &img, "sh", "-c", "echo x >> /etc/passwd; rm /etc/group 2>/dev/null || rm /bin/ls; mkdir /newdir; touch /newdir/f"]);
    let out = env.ok(&["diff", "d1"]);
    let lines: Vec<&str> = out.lines().collect();
    assert!(lines.contains(&"C /etc"), "{out}");
    assert!(lines.contains(&"C /etc/passwd"), "{out}");
    assert!(lines.contains(&"A /newdir"), "{out}");
    assert!(lines.contains(&"A /newdir/f"), "{out}");
    assert!(
        lines
            .iter()
            .any(|l| *l == "D /etc/group" || *l == "D /bin/ls"),
        "{out}"
    );
    let mut sorted = lines.clone();
    sorted.sort_by_key(|l| &l[2..]);
    assert_eq!(lines, sorted, "sorted by path");
}

#[test]
fn stats_no_stream_shows_the_container() {
    let env = TestEnv::new();
    let img = image(&env);
    running(&env, &img, "s1");
    let out = env.ok(&["stats", "--no-stream"]);
    let mut lines = out.lines();
    let header = lines.next().unwrap();
    for col in [
        "CONTAINER ID",
        "NAME",
        "CPU %",
        "MEM USAGE / LIMIT",
        "MEM %",
        "NET I/O",
        "BLOCK I/O",
        "PIDS",
    ] {
        assert!(header.contains(col), "{header}");
    }
    let row = lines
        .find(|l| l.contains("s1"))
        .unwrap_or_else(|| panic!("{out}"));
    let pids: u64 = row.split_whitespace().last().unwrap().parse().unwrap();
    assert!(pids >= 1, "{row}");
    let json = env.ok(&["stats", "--no-stream", "--format", "json", "s1"]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v[0]["Name"], "s1");
    assert!(v[0]["MemUsage"].as_str().unwrap().contains(" / "));
    env.ok(&["rm", "-f", "s1"]);
}

#[test]
fn events_record_a_run_rm() {
    let env = TestEnv::new();
    let img = image(&env);
    let since = chrono::Utc::now().timestamp().to_string();
    env.ok(&["run", "--rm", "--name", "e1", &img, "true"]);
    // The monitor records "remove" as it exits, just after the CLI returns.
    let until = (chrono::Utc::now().timestamp() + 5).to_string();
    let mut actions = Vec::new();
    for _ in 0..100 {
        let out = env.ok(&[
            "events",
            "--since",
            &since,
            "--until",
            &until,
            "--filter",
            "type=container",
            "--format",
            "{{.Status}}",
        ]);
        actions = out.lines().map(str::to_string).collect();
        if actions.iter().any(|a| a == "remove") {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    assert_eq!(actions, ["create", "start", "die", "remove"]);
    let human = env.ok(&[
        "events",
        "--since",
        &since,
        "--until",
        &until,
        "--filter",
        "event=die",
    ]);
    assert!(
        human.contains("container die ")
            && human.contains("name=e1")
            && human.contains("exitCode=0"),
        "{human}"
    );
    let err = env.fail(&["events", "--filter", "bogus=1", "--until", &until], 125);
    assert!(err.contains("bogus"), "{err}");
}
