//! What `rmi`, `rmi -f`, `untag`, `image prune`, `system prune` and
//! `rm -v` remove, end to end as the unprivileged user: docker's rules,
//! under which nothing the user did not name (or that something still
//! names or uses) is ever lost.

mod common;

use common::output::lines;
use common::TestEnv;

/// Pulls the busybox fixture and gives it two more names; returns its reference.
fn three_names(env: &TestEnv) -> String {
    let f = &env.fx().busybox;
    env.ok(&["pull", "-q", &f.reference]);
    env.ok(&["tag", &f.reference, "a:1"]);
    env.ok(&["tag", &f.reference, "b:1"]);
    f.reference.clone()
}

/// `REPOSITORY:TAG` of every image, sorted.
fn names(env: &TestEnv) -> Vec<String> {
    let mut n: Vec<String> = lines(&env.ok(&["images", "--format", "{{.Repository}}:{{.Tag}}"])).into_iter().map(String::from).collect();
    n.sort();
    n
}

fn sorted(v: &[&str]) -> Vec<String> {
    let mut v: Vec<String> = v.iter().map(|s| s.to_string()).collect();
    v.sort();
    v
}

/// podman's `Deleted: ` line: the bare 64-hex image ID (docker adds `sha256:`).
fn is_deleted_line(l: &str) -> bool {
    l.strip_prefix("Deleted: ").is_some_and(|id| id.len() == 64 && id.bytes().all(|b| b.is_ascii_hexdigit()))
}

fn ids(env: &TestEnv) -> Vec<String> {
    let mut v: Vec<String> = lines(&env.ok(&["images", "-q"])).into_iter().map(String::from).collect();
    v.dedup();
    v
}

#[test]
fn rmi_by_name_untags_only_that_name_with_or_without_force() {
    let env = TestEnv::new();
    let reference = three_names(&env);
    let out = env.ok(&["rmi", "-f", "a:1"]);
    assert_eq!(out, "Untagged: localhost/a:1\n", "only the named tag goes");
    assert_eq!(names(&env), sorted(&["localhost/b:1", &reference]));
    let out = env.ok(&["rmi", "b:1"]);
    assert_eq!(out, "Untagged: localhost/b:1\n");
    assert_eq!(names(&env), std::slice::from_ref(&reference));
    assert!(!env.find_in_store("bin/busybox").is_empty(), "the layers stay while a name does");
    // The last name takes the image with it.
    let out = env.ok(&["rmi", "-f", &reference]);
    let l = lines(&out);
    assert_eq!(l[0], format!("Untagged: {reference}"), "{out}");
    assert!(is_deleted_line(l[1]), "{out}");
    assert!(ids(&env).is_empty());
    assert!(env.find_in_store("bin/busybox").is_empty(), "the unused layer goes with the last name");
}

#[test]
fn rmi_by_id_with_several_names_needs_force_and_then_removes_all() {
    let env = TestEnv::new();
    three_names(&env);
    let id = env.fx().busybox.short_id();
    let err = env.fail(&["rmi", &id], 125);
    assert!(err.contains("must be forced") && err.contains("multiple repositories"), "{err}");
    assert_eq!(names(&env).len(), 3, "nothing removed by a refused rmi");
    let out = env.ok(&["rmi", "-f", &id]);
    assert_eq!(lines(&out).iter().filter(|l| l.starts_with("Untagged: ")).count(), 3, "{out}");
    let l = lines(&out);
    assert!(l[..3].iter().all(|l| l.starts_with("Untagged: ")), "podman prints every Untagged line first: {out}");
    assert!(is_deleted_line(l[3]) && l.len() == 4, "{out}");
    assert!(ids(&env).is_empty());
}

#[test]
fn an_image_a_stopped_container_uses_needs_force_and_keeps_the_containers_layers() {
    let env = TestEnv::new();
    let f = &env.fx().busybox;
    env.ok(&["pull", "-q", &f.reference]);
    env.ok(&["create", "--name", "user", &f.reference, "cat", "/bin/busybox"]);
    // podman exits 2 for an image in use ("image is in use by a container").
    let err = env.fail(&["rmi", &f.reference], 2);
    assert!(err.contains("must force") && err.contains("image is in use by a container"), "{err}");
    let err = env.fail(&["rmi", &f.short_id()], 2);
    assert!(err.contains("must be forced") && err.contains("stopped container"), "{err}");
    assert_eq!(ids(&env), [f.short_id()], "nothing removed by a refused rmi");

    // -f removes the image, as docker does, but not what the container runs on.
    let out = env.ok(&["rmi", "-f", &f.reference]);
    assert!(lines(&out).iter().any(|l| is_deleted_line(l)), "{out}");
    assert!(!env.find_in_store("bin/busybox").is_empty(), "the container's layers stay");
    env.ok(&["start", "user"]);
    assert_eq!(env.ok(&["wait", "user"]).trim(), "0", "the container still runs after its image went");
    env.ok(&["rm", "user"]);
    env.ok(&["image", "prune", "-f"]);
    assert!(env.find_in_store("bin/busybox").is_empty(), "the layers go with their last user");
}

#[test]
fn an_image_a_running_container_uses_keeps_existing_under_force() {
    let env = TestEnv::new();
    let reference = three_names(&env);
    let id = env.fx().busybox.short_id();
    env.ok(&["run", "-d", "--name", "busy", &reference, "sleep", "1000"]);
    let err = env.fail(&["rmi", "-f", &id], 2);
    assert!(err.contains("cannot be forced") && err.contains("running container"), "{err}");
    env.ok(&["rmi", "-f", "a:1"]);
    env.ok(&["rmi", "-f", "b:1"]);
    // The last name: refused without -f; with -f only the name goes.
    let err = env.fail(&["rmi", &reference], 2);
    assert!(err.contains("must force"), "{err}");
    assert_eq!(env.ok(&["rmi", "-f", &reference]), format!("Untagged: {reference}\n"));
    assert_eq!(ids(&env), std::slice::from_ref(&id), "the image stays, dangling, while the container runs");
    assert_eq!(names(&env), ["<none>:<none>"]);

    // Pruning dangling images leaves the one a container uses.
    env.ok(&["image", "prune", "-f"]);
    assert_eq!(ids(&env), std::slice::from_ref(&id));
    env.ok(&["system", "prune", "-f"]);
    assert_eq!(ids(&env), std::slice::from_ref(&id), "system prune leaves an image a running container uses");
    assert_eq!(env.ok(&["exec", "busy", "echo", "alive"]), "alive\n");
    env.ok(&["rm", "-f", "busy"]);
    env.ok(&["image", "prune", "-f"]);
    assert!(ids(&env).is_empty());
}

#[test]
fn untag_removes_names_only_and_prune_keeps_named_images() {
    let env = TestEnv::new();
    let reference = three_names(&env);
    env.ok(&["untag", &reference, "a:1"]);
    assert_eq!(names(&env), sorted(&["localhost/b:1", &reference]));
    env.ok(&["image", "prune", "-f"]);
    assert_eq!(names(&env).len(), 2, "prune without -a keeps named images");
    env.ok(&["system", "prune", "-f"]);
    assert_eq!(names(&env).len(), 2, "system prune without -a keeps named images");
    // podman's rule: untag with no name removes every name, never the image.
    env.ok(&["untag", "b:1"]);
    assert_eq!(names(&env), ["<none>:<none>"], "untag never deletes the image");
    assert_eq!(ids(&env), [env.fx().busybox.short_id()]);
}

#[test]
fn rm_v_removes_anonymous_volumes_only() {
    let env = TestEnv::new();
    let f = &env.fx().busybox;
    env.ok(&["pull", "-q", &f.reference]);
    env.ok(&["volume", "create", "named"]);
    env.ok(&["create", "--name", "c", "-v", "named:/n", "-v", "/anon", &f.reference, "true"]);
    let vols = lines(&env.ok(&["volume", "ls", "-q"])).len();
    assert_eq!(vols, 2, "one named, one anonymous volume");
    env.ok(&["rm", "-v", "c"]);
    assert_eq!(lines(&env.ok(&["volume", "ls", "-q"])), ["named"], "rm -v keeps the named volume");
}
