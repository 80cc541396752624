//! podman's image-side commands and flags end to end, as the unprivileged
//! test user: `commit --squash`, `image tree`, `image diff`, `image
//! mount/unmount` (inside `dhow unshare`), and `cp` into containers with
//! their own ID mapping. Expectations are podman 4.3's output on this
//! machine.

mod common;

use common::TestEnv;

fn pulled(env: &TestEnv) -> String {
    let img = env.fx().busybox.reference.clone();
    env.ok(&["pull", "-q", "--tls-verify=false", &img]);
    img
}

/// podman's `commit --squash`: the new image has one layer holding the
/// container's whole filesystem (the base's files, the container's
/// additions, without what it deleted); the base keeps its layers.
#[test]
fn commit_squash_makes_one_layer_of_the_whole_filesystem() {
    let env = TestEnv::new();
    let img = pulled(&env);
    let base_layers = env.ok(&["image", "inspect", "--format", "{{len .RootFS.Layers}}", &img]);
    env.ok(&["run", "--name", "c", &img, "sh", "-c", "echo hi > /new; rm /bin/cat"]);
    env.ok(&["commit", "-q", "c", "plain"]);
    env.ok(&["commit", "-q", "--squash", "c", "flat"]);
    let plain: usize = env.ok(&["image", "inspect", "--format", "{{len .RootFS.Layers}}", "plain"]).trim().parse().unwrap();
    assert_eq!(plain, base_layers.trim().parse::<usize>().unwrap() + 1, "without --squash one layer is added");
    assert_eq!(env.ok(&["image", "inspect", "--format", "{{len .RootFS.Layers}}", "flat"]).trim(), "1");
    // History keeps the base's steps, one of them (the commit) with a layer.
    let hist = env.ok(&["history", "--format", "{{.Size}}", "flat"]);
    assert!(hist.lines().count() >= 2, "{hist}");
    let out = env.ok(&["run", "--rm", "flat", "sh", "-c", "read l < /new; echo $l; test -e /bin/cat && echo cat-there; test -x /bin/sh && echo sh-there"]);
    assert_eq!(out, "hi\nsh-there\n");
    // -s, and a running container (paused while it is read).
    env.ok(&["run", "-d", "--name", "r", &img, "sh", "-c", "echo run > /r; sleep 1000"]);
    env.ok(&["exec", "r", "test", "-e", "/r"]);
    env.ok(&["commit", "-q", "-s", "r", "flatrun"]);
    assert_eq!(env.ok(&["run", "--rm", "flatrun", "cat", "/r"]), "run\n");
    assert_eq!(env.ok(&["inspect", "--format", "{{.State.Status}}", "r"]).trim(), "running");
    env.ok(&["rm", "-f", "-t", "0", "r"]);
}

/// Files copied into a container with its own ID mapping belong to its
/// root inside (podman 4.3: `exec ls -ln` shows 0 0), not to nobody;
/// copied out they belong to the user who runs dhow.
#[test]
fn cp_into_an_id_mapped_container_gives_its_root_the_files() {
    let env = TestEnv::new();
    let img = pulled(&env);
    env.write_home("in/f", "data\n");
    env.write_home("dir/sub/g", "more\n");
    let f = env.home().join("in/f").display().to_string();
    let dir = env.home().join("dir").display().to_string();
    for (name, flags) in [("um", &["--uidmap", "0:1:1000", "--gidmap", "0:1:1000"][..]), ("ua", &["--userns=auto"][..])] {
        let mut args = vec!["run", "-d", "--name", name];
        args.extend_from_slice(flags);
        args.extend_from_slice(&[&img, "sleep", "1000"]);
        env.ok(&args);
        env.ok(&["cp", &f, &format!("{name}:/tmp/f")]);
        env.ok(&["cp", &dir, &format!("{name}:/tmp/")]);
        let ls = env.ok(&["exec", name, "sh", "-c", "stat -c '%u %g %n' /tmp/f /tmp/dir /tmp/dir/sub/g"]);
        assert_eq!(ls, "0 0 /tmp/f\n0 0 /tmp/dir\n0 0 /tmp/dir/sub/g\n", "{name}");
        env.ok(&["exec", name, "sh", "-c", "echo out > /tmp/o"]);
        let out = env.home().join(format!("o-{name}"));
        env.ok(&["cp", &format!("{name}:/tmp/o"), &out.display().to_string()]);
        use std::os::unix::fs::MetadataExt;
        let m = std::fs::metadata(&out).unwrap();
        let home = std::fs::metadata(env.home()).unwrap();
        assert_eq!((m.uid(), m.gid()), (home.uid(), home.gid()), "copied out: the user's");
        env.ok(&["rm", "-f", "-t", "0", name]);
    }
    // A stopped mapped container: the same.
    env.ok(&["create", "--name", "st", "--uidmap", "0:1:1000", "--gidmap", "0:1:1000", &img, "stat", "-c", "%u %g", "/f"]);
    env.ok(&["cp", &f, "st:/f"]);
    assert_eq!(env.ok(&["start", "-a", "st"]), "0 0\n");
}
