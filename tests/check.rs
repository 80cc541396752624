//! `dhow system check [--repair] [--quick]` end to end as the unprivileged
//! user: each kind of damage a crash or a full disk leaves is made by hand
//! in the store, reported, repaired without touching what is sound, and the
//! store works again afterwards.

mod common;

use common::output::lines;
use common::TestEnv;
use std::fs;
use std::path::PathBuf;

fn pull(env: &TestEnv) -> String {
    let f = &env.fx().busybox;
    env.ok(&["pull", "-q", &f.reference]);
    f.reference.clone()
}

fn blob(env: &TestEnv, digest_hex: &str) -> PathBuf {
    env.store_dir().join("blobs/sha256").join(digest_hex)
}

#[test]
fn a_sound_store_is_clean() {
    let env = TestEnv::new();
    assert_eq!(env.ok(&["system", "check"]), "The store is consistent.\n", "an empty store");
    let img = pull(&env);
    env.ok(&["create", "--name", "c", &img, "true"]);
    env.ok(&["volume", "create", "vol"]);
    assert_eq!(env.ok(&["system", "check"]), "The store is consistent.\n");
    assert_eq!(env.ok(&["system", "check", "--repair"]), "The store is consistent.\n");
    assert_eq!(lines(&env.ok(&["images", "-q"])).len(), 1, "repair of a sound store removes nothing");
    assert_eq!(lines(&env.ok(&["ps", "-aq"])).len(), 1);
    assert_eq!(lines(&env.ok(&["volume", "ls", "-q"])), ["vol"]);
}

#[test]
fn a_damaged_blob_is_found_and_its_image_removed_by_repair() {
    let env = TestEnv::new();
    let img = pull(&env);
    let config = blob(&env, &env.fx().busybox.id());
    fs::write(&config, b"{\"tampered\": true}").unwrap();

    // --quick does not hash blobs: it sees nothing wrong here.
    env.ok(&["system", "check", "--quick"]);
    let out = env.fail(&["system", "check"], 1);
    assert!(out.is_empty(), "problems go to stdout: {out}");
    let report = env.run(&["system", "check"]).stdout;
    assert!(report.contains(&format!("blob sha256:{} is damaged", env.fx().busybox.id())), "{report}");
    assert!(report.contains("is damaged: its config blob is missing or damaged"), "{report}");
    assert!(report.contains("not repaired (run 'dhow system check --repair')"), "{report}");

    let repaired = env.ok(&["system", "check", "--repair"]);
    assert!(repaired.contains("image record removed; pull it again"), "{repaired}");
    assert!(repaired.contains("repaired; the store is consistent"), "{repaired}");
    assert_eq!(env.ok(&["system", "check"]), "The store is consistent.\n");
    assert!(env.ok(&["images", "-q"]).trim().is_empty());
    // Pulling again brings a working image back.
    pull(&env);
    assert_eq!(env.ok(&["run", "--rm", &img, "echo", "back"]), "back\n");
}

#[test]
fn an_incomplete_layer_and_leftovers_are_removed_and_containers_kept() {
    let env = TestEnv::new();
    let img = pull(&env);
    env.ok(&["create", "--name", "keep", &img, "true"]);
    // Leftovers of processes killed mid-work.
    let tmp = env.store_dir().join("tmp/0123456789abcdef");
    fs::create_dir_all(tmp.join("junk")).unwrap();
    let half_layer = env.store_dir().join("layers").join("ab".repeat(32));
    fs::create_dir_all(half_layer.join("diff")).unwrap();
    let half_ctr = env.store_dir().join("containers").join("cd".repeat(32));
    fs::create_dir_all(&half_ctr).unwrap();
    // An orphan blob (it hashes right: garbage, not damage).
    let empty = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    fs::write(blob(&env, empty), b"").unwrap();
    for p in [tmp.clone(), tmp.join("junk"), half_layer.clone(), half_layer.join("diff"), half_ctr.clone(), blob(&env, empty)] {
        env.user.chown(&p);
    }

    let report = env.run(&["system", "check"]).stdout;
    for want in ["work directory of a dead process", "is incomplete (no layer.json)", "interrupted container create", &format!("blob sha256:{empty} is not used")] {
        assert!(report.contains(want), "{want:?} in:\n{report}");
    }
    env.ok(&["system", "check", "--repair"]);
    assert_eq!(env.ok(&["system", "check"]), "The store is consistent.\n");
    for p in [&tmp, &half_layer, &half_ctr] {
        assert!(!p.exists(), "{} removed", p.display());
    }
    assert_eq!(env.ok(&["start", "-a", "keep"]), "", "the container still starts");
}

#[test]
fn a_running_state_without_its_monitor_is_set_to_exited() {
    let env = TestEnv::new();
    let img = pull(&env);
    env.ok(&["run", "-d", "--name", "orphan", &img, "sleep", "1000"]);
    for pid in env.monitors() {
        // SAFETY: plain syscall on this env's monitor.
        unsafe {
            libc::kill(pid, libc::SIGKILL);
        }
    }
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while !env.monitors().is_empty() && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let report = env.run(&["system", "check"]).stdout;
    assert!(report.contains("is recorded as running but its monitor is gone"), "{report}");
    let repaired = env.ok(&["system", "check", "--repair"]);
    assert!(repaired.contains("state set to exited"), "{repaired}");
    assert_eq!(env.ok(&["system", "check"]), "The store is consistent.\n");
    assert_eq!(env.ok(&["inspect", "-f", "{{.State.Status}}", "orphan"]).trim(), "exited");
    env.ok(&["rm", "orphan"]);
}

/// `run --rm` returns once the container has left the store; its monitor
/// deletes the files after that. A deletion under way is not damage (check
/// and repair leave it alone), one whose monitor was killed is a leftover
/// that repair deletes.
#[test]
fn a_run_rm_deletion_under_way_is_left_alone_and_a_killed_one_repaired() {
    let env = TestEnv::new();
    let img = pull(&env);
    let signal = |pid: i32, sig: i32| {
        // SAFETY: plain syscall on this env's monitor.
        unsafe {
            libc::kill(pid, sig);
        }
    };
    // Enough files that their deletion is still going on when `run` returns.
    let script = "mkdir /d && cd /d && i=0 && while [ $i -lt 30000 ]; do : > f$i; i=$((i+1)); done";
    env.ok(&["run", "--rm", &img, "sh", "-c", script]);
    let monitors = env.monitors();
    assert_eq!(monitors.len(), 1, "the monitor is still deleting the container's files");
    signal(monitors[0], libc::SIGSTOP);
    let containers = env.store_dir().join("containers");
    let trash: Vec<PathBuf> = fs::read_dir(&containers)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.file_name().unwrap().to_string_lossy().starts_with(".removing-"))
        .collect();
    assert_eq!(trash.len(), 1, "the container's files wait in the trash: {trash:?}");
    assert!(env.ok(&["ps", "-aq"]).trim().is_empty(), "the container is gone from the store");

    // Its monitor still holds it: nothing to report or repair.
    assert_eq!(env.ok(&["system", "check"]), "The store is consistent.\n");
    assert_eq!(env.ok(&["system", "check", "--repair"]), "The store is consistent.\n");
    assert!(trash[0].exists(), "repair leaves a deletion under way alone");

    // Killed mid-deletion: a leftover, which repair deletes.
    signal(monitors[0], libc::SIGKILL);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while !env.monitors().is_empty() && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let check = env.run(&["system", "check"]);
    assert_eq!(check.code(), Some(1), "{}", check.describe());
    let report = check.stdout;
    assert!(report.contains("interrupted container create or removal"), "{report}");
    env.ok(&["system", "check", "--repair"]);
    assert_eq!(env.ok(&["system", "check"]), "The store is consistent.\n");
    assert!(!trash[0].exists(), "{} removed", trash[0].display());
}

/// The index of what containers use (`containers/.uses/`): a lost
/// entry (a volume in use would look unused) is reported and written back
/// by `--repair`; a stale one (a killed create or rm) is reported and
/// removed; the in-use checks of `volume rm`, `volume ls --filter
/// dangling`, `volume prune` and `rmi` answer from it.
#[test]
fn the_index_of_what_containers_use_is_checked_and_repaired() {
    let env = TestEnv::new();
    let img = pull(&env);
    env.ok(&["create", "--name", "c", "-v", "vol:/data", &img, "true"]);
    env.ok(&["volume", "create", "free"]);
    let id = env.ok(&["inspect", "-f", "{{.Id}}", "c"]).trim().to_string();
    let uses = env.store_dir().join("containers/.uses");
    let entry = uses.join("volume/vol").join(&id);
    assert!(entry.is_file(), "create wrote {}", entry.display());
    assert_eq!(lines(&env.ok(&["volume", "ls", "-q", "--filter", "dangling=true"])), ["free"]);
    assert!(env.fail(&["volume", "rm", "vol"], 2).contains("volume is in use - [c]"));
    assert!(env.fail(&["rmi", &img], 2).contains("in use"), "rmi refuses an image a container uses");

    fs::remove_file(&entry).unwrap();
    let stale = uses.join("volume/free").join("ab".repeat(32));
    fs::create_dir_all(stale.parent().unwrap()).unwrap();
    fs::write(&stale, b"").unwrap();
    env.user.chown(stale.parent().unwrap());
    env.user.chown(&stale);
    let report = env.run(&["system", "check"]);
    assert_eq!(report.code(), Some(1), "{}", report.describe());
    assert!(report.stdout.contains(&format!("misses container {} using volume vol", &id[..12])), "{}", report.stdout);
    assert!(report.stdout.contains("says container abababababab uses volume free"), "{}", report.stdout);
    assert!(lines(&env.ok(&["volume", "ls", "-q", "--filter", "dangling=true"])).contains(&"free"), "a stale entry makes no user");

    let repaired = env.ok(&["system", "check", "--repair"]);
    assert!(repaired.contains("entry written") && repaired.contains("entry removed"), "{repaired}");
    assert_eq!(env.ok(&["system", "check"]), "The store is consistent.\n");
    assert!(entry.is_file() && !stale.exists());
    assert!(env.fail(&["volume", "rm", "vol"], 2).contains("volume is in use - [c]"), "the written-back entry counts");
    let pruned = env.ok(&["volume", "prune", "-f"]);
    assert!(lines(&pruned).contains(&"free") && !lines(&pruned).contains(&"vol"), "{pruned}");
    env.ok(&["rm", "c"]);
    assert!(!uses.join("volume/vol").exists(), "rm drops the entries");
    env.ok(&["volume", "rm", "vol"]);
    env.ok(&["rmi", &img]);
    assert_eq!(env.ok(&["system", "check"]), "The store is consistent.\n");
}
