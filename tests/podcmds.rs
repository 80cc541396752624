//! podman's container commands beyond docker's, end to end as the
//! unprivileged test user: `cp` between two containers (directories,
//! stopped and running ends, docker's destination rules), `container clone`
//! (configuration and `--secret` copies come along, the file system starts
//! fresh), `mount`/`unmount` inside `dhow unshare` (listing, --format json).

mod common;

use common::env::dhow_bin;
use common::TestEnv;

fn image(env: &TestEnv) -> String {
    let f = &env.fx().busybox;
    env.ok(&["pull", "-q", &f.reference]);
    f.reference.clone()
}

#[test]
fn cp_between_containers_follows_docker_destination_rules() {
    let env = TestEnv::new();
    let img = image(&env);
    env.ok(&["run", "-d", "--name", "src", &img, "sleep", "1000"]);
    env.ok(&["exec", "src", "sh", "-c", "mkdir -p /d/sub && echo deep > /d/sub/f && echo top > /d/t"]);
    // A stopped destination: its merged view is mounted by cp itself.
    env.ok(&["create", "--name", "dst", &img, "sleep", "1000"]);
    env.ok(&["cp", "src:/d", "dst:/copied"]);
    env.ok(&["cp", "src:/d", "dst:/tmp"]);
    env.ok(&["cp", "src:/d/.", "dst:/contents"]);
    env.ok(&["cp", "src:/d/t", "dst:/renamed"]);
    // A running destination and a stopped source.
    env.ok(&["start", "dst"]);
    env.ok(&["stop", "-t", "0", "src"]);
    env.ok(&["cp", "src:/d/sub/f", "dst:/from-stopped"]);
    let out = env.ok(&["exec", "dst", "sh", "-c", "cat /copied/sub/f /tmp/d/t /contents/sub/f /renamed /from-stopped"]);
    assert_eq!(out.lines().collect::<Vec<_>>(), ["deep", "top", "deep", "top", "deep"], "{out}");
    // docker's refusals and podman's codes.
    let err = env.fail(&["cp", "src:/d", "dst:/renamed"], 125);
    assert!(err.contains("destination must be a directory when copying a directory"), "podman's words: {err}");
    assert!(err.contains("cannot copy a directory to a file"), "{err}");
    let err = env.fail(&["cp", "src:/missing", "dst:/tmp"], 125);
    assert!(err.contains("Could not find the file /missing in container src: no such file or directory"), "{err}");
    let err = env.fail(&["cp", "src:/d/t", "nosuch:/tmp"], 125);
    assert!(err.contains("no such container"), "{err}");
    let err = env.fail(&["cp", "src:/d/t", "dst:/no/such/dir/"], 1);
    assert!(err.contains("does not exist"), "{err}");
    env.ok(&["rm", "-f", "src", "dst"]);
}

#[test]
fn clone_keeps_configuration_and_secrets_not_files() {
    let env = TestEnv::new();
    let img = image(&env);
    let file = env.write_home("pw", "cloned-secret");
    env.ok(&["secret", "create", "pw", file.to_str().unwrap()]);
    env.ok(&["run", "--name", "orig", "-e", "K=V", "--secret", "pw,mode=0400", "--label", "a=b", &img, "sh", "-c", "echo $K; cat /run/secrets/pw; echo; touch /made-in-orig"]);
    let id = env.ok(&["container", "clone", "orig"]).trim().to_string();
    assert_eq!(id.len(), 64, "{id}");
    assert_eq!(env.ok(&["inspect", "-f", "{{.Id}} {{.Config.Labels.a}}", "orig-clone"]).trim(), format!("{id} b"));
    let out = env.ok(&["start", "-a", "orig-clone"]);
    assert_eq!(out.lines().collect::<Vec<_>>(), ["V", "cloned-secret"], "{out}");
    // A fresh file system: the original's changes are not in the clone.
    let out = env.ok(&["container", "clone", "--name", "fresh", "orig"]);
    assert_eq!(out.trim().len(), 64);
    let diff = env.ok(&["diff", "fresh"]);
    assert!(!diff.contains("/made-in-orig"), "{diff}");
    assert!(env.ok(&["diff", "orig"]).contains("/made-in-orig"));
    // --run starts it; --destroy removes the original.
    env.ok(&["container", "clone", "--run", "--destroy", "orig", "last"]);
    env.fail(&["container", "exists", "orig"], 1);
    assert_eq!(env.ok(&["wait", "last"]).trim(), "0");
    assert_eq!(env.ok(&["logs", "last"]).lines().collect::<Vec<_>>(), ["V", "cloned-secret"]);
    let err = env.fail(&["container", "clone", "fresh", "last"], 125);
    assert!(err.contains("already in use"), "{err}");
}

#[test]
fn mount_inside_unshare_lists_and_unmounts() {
    let env = TestEnv::new();
    let img = image(&env);
    let id = env.ok(&["create", "--name", "m", &img, "true"]).trim().to_string();
    env.ok(&["create", "--name", "other", &img, "true"]);
    let bin = dhow_bin().display().to_string();
    let script = format!(
        "set -e; d=$({bin} mount m); echo path=$d; test -x $d/bin/sh; echo hi > $d/written; \
         {bin} mount; {bin} mount --no-trunc; {bin} mount --format json; {bin} umount m; \
         echo after=$({bin} mount | wc -l); test ! -e $d/written"
    );
    let out = env.ok(&["unshare", "sh", "-c", &script]);
    assert!(out.contains(&format!("{} {}", &id[..12], out.lines().next().unwrap().trim_start_matches("path="))), "{out}");
    assert!(out.contains(&id), "--no-trunc: {out}");
    assert!(out.contains("\"mountpoint\""), "json: {out}");
    assert!(out.contains("after=0"), "{out}");
    // What was written through the mount is the container's.
    env.ok(&["start", "m"]);
    assert!(env.ok(&["diff", "m"]).contains("/written"));
    // Outside unshare: podman's refusal, and nothing mounted on the host.
    let err = env.fail(&["mount", "m"], 125);
    assert_eq!(err.lines().next().unwrap(), "Error: cannot run command \"dhow mount\" in rootless mode, must execute `dhow unshare` first");
    assert_eq!(env.ok(&["unmount", "m"]).trim(), "m");
}
