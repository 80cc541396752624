//! podman's manifest lists end to end, as the unprivileged test user:
//! create (and podman's "already in use"), inspect (podman's JSON, `null`
//! for no entries), add from the local store and from the registry (one
//! platform, or --all of an index), annotate, remove, push --all to the
//! registry and pull of what was pushed, rm's `Untagged:`/`Deleted:` lines,
//! exists' exit codes.

mod common;

use common::TestEnv;
use serde_json::Value;

fn json(s: &str) -> Value {
    serde_json::from_str(s).unwrap_or_else(|e| panic!("not JSON ({e}): {s}"))
}

#[test]
fn create_inspect_exists_rm_like_podman() {
    let env = TestEnv::new();
    let id = env.ok(&["manifest", "create", "mylist"]).trim().to_string();
    assert_eq!(id.len(), 64, "{id}");
    let v = json(&env.ok(&["manifest", "inspect", "mylist"]));
    assert_eq!(v["schemaVersion"], 2);
    assert_eq!(v["mediaType"], "application/vnd.docker.distribution.manifest.list.v2+json");
    assert_eq!(v["manifests"], Value::Null, "podman prints null for an empty list: {v}");
    let err = env.fail(&["manifest", "create", "mylist"], 125);
    assert!(err.contains("localhost/mylist:latest") && err.contains("that name is already in use"), "{err}");
    assert_eq!(env.ok(&["manifest", "create", "--amend", "mylist"]).trim(), id);
    env.ok(&["manifest", "exists", "mylist"]);
    env.ok(&["manifest", "exists", "localhost/mylist:latest"]);
    assert_eq!(env.fail(&["manifest", "exists", "nolist"], 1), "");
    let out = env.ok(&["manifest", "rm", "mylist"]);
    assert_eq!(out, format!("Untagged: localhost/mylist:latest\nDeleted: {id}\n"));
    let err = env.fail(&["manifest", "rm", "mylist"], 1);
    assert_eq!(err, "Error: mylist: image not known\n");
    let err = env.fail(&["manifest", "inspect", "nolist"], 125);
    assert!(err.contains("nolist: image not known"), "{err}");
}

#[test]
fn add_annotate_push_and_pull_back() {
    let env = TestEnv::new();
    let fx = env.fx();
    let bb = &fx.busybox;
    env.ok(&["pull", "-q", &bb.reference]);
    env.ok(&["manifest", "create", "multi"]);

    // A local image: its stored manifest, platform from its config.
    env.ok(&["manifest", "add", "--annotation", "org.example=yes", "multi", &bb.reference]);
    let v = json(&env.ok(&["manifest", "inspect", "multi"]));
    let m = v["manifests"].as_array().unwrap();
    assert_eq!(m.len(), 1, "{v}");
    assert_eq!(m[0]["digest"], bb.digest.as_str());
    assert_eq!(m[0]["platform"]["os"], "linux");
    assert_eq!(m[0]["platform"]["architecture"], common::host_arch());
    assert_eq!(m[0]["annotations"]["org.example"], "yes");

    // From the registry: --all takes every entry of an index.
    let ma = &fx.multiarch;
    env.ok(&["manifest", "add", "--all", "multi", &format!("docker://{}", ma.reference)]);
    let v = json(&env.ok(&["manifest", "inspect", "multi"]));
    assert_eq!(v["manifests"].as_array().unwrap().len(), 3, "{v}");

    // annotate by digest; remove by digest.
    env.ok(&["manifest", "annotate", "--arch", "arm", "--variant", "v7", "--os-version", "1", "multi", &bb.digest]);
    let v = json(&env.ok(&["manifest", "inspect", "multi"]));
    let e = v["manifests"].as_array().unwrap().iter().find(|e| e["digest"] == bb.digest.as_str()).unwrap().clone();
    assert_eq!(e["platform"]["architecture"], "arm");
    assert_eq!(e["platform"]["variant"], "v7");
    let other = v["manifests"][1]["digest"].as_str().unwrap().to_string();
    env.ok(&["manifest", "remove", "multi", &other]);
    assert_eq!(json(&env.ok(&["manifest", "inspect", "multi"]))["manifests"].as_array().unwrap().len(), 2);
    env.ok(&["manifest", "annotate", "--arch", common::host_arch(), "multi", &bb.digest]);

    // push --all: the images, then the list; the registry serves it back.
    let dest = format!("{}/podcmds/multi:v1", fx.registry.addr());
    env.ok(&["manifest", "push", "--all", "multi", &format!("docker://{dest}")]);
    let remote = json(&env.ok(&["manifest", "inspect", &dest]));
    assert_eq!(remote["manifests"].as_array().unwrap().len(), 2, "{remote}");
    assert!(remote["manifests"].as_array().unwrap().iter().any(|e| e["digest"] == bb.digest.as_str()), "{remote}");
    // Pulling the list picks this machine's image.
    env.ok(&["rmi", "-f", &bb.reference]);
    env.ok(&["pull", "-q", &dest]);
    assert_eq!(env.ok(&["run", "--rm", &dest, "echo", "from the list"]).trim(), "from the list");
}

/// podman's `--features` (add, annotate) and `--os-features` (annotate)
/// land in the entry's platform as `features` and `os.features`, and are
/// pushed with the list.
#[test]
fn features_and_os_features_are_recorded_in_the_entry() {
    let env = TestEnv::new();
    let bb = &env.fx().busybox;
    env.ok(&["pull", "-q", &bb.reference]);
    env.ok(&["manifest", "create", "feat"]);
    env.ok(&["manifest", "add", "--features", "sse4,avx", "feat", &bb.reference]);
    let v = json(&env.ok(&["manifest", "inspect", "feat"]));
    let entry = &v["manifests"][0];
    assert_eq!(entry["platform"]["features"], serde_json::json!(["sse4", "avx"]), "{v}");
    assert!(entry["platform"].get("os.features").is_none(), "{v}");
    let digest = entry["digest"].as_str().unwrap().to_string();
    env.ok(&["manifest", "annotate", "--os-features", "win32k", "--features", "neon", "feat", &digest]);
    let v = json(&env.ok(&["manifest", "inspect", "feat"]));
    let p = &v["manifests"][0]["platform"];
    assert_eq!(p["os.features"], serde_json::json!(["win32k"]), "{v}");
    assert_eq!(p["features"], serde_json::json!(["neon"]), "{v}");
    assert_eq!(p["architecture"], serde_json::json!(bb.image().arch), "the rest of the platform stays: {v}");

    // push --all --compression-format zstd: the image goes with zstd layers
    // (a new manifest digest in the list), the features with the entry.
    let dest = format!("{}/feat/list:v1", env.fx().registry.addr());
    env.ok(&["manifest", "push", "--all", "--compression-format", "zstd", "feat", &format!("docker://{dest}")]);
    let remote = json(&env.ok(&["manifest", "inspect", &dest]));
    let e = &remote["manifests"][0];
    assert_eq!(e["platform"]["os.features"], serde_json::json!(["win32k"]), "{remote}");
    let pushed = e["digest"].as_str().unwrap();
    assert_ne!(pushed, bb.digest.as_str(), "recompressed: {remote}");
    let image = json(&env.ok(&["manifest", "inspect", &format!("{}/feat/list@{pushed}", env.fx().registry.addr())]));
    assert!(image["layers"].as_array().unwrap().iter().all(|l| l["mediaType"].as_str().unwrap().contains("zstd")), "{image}");
    let err = env.fail(&["manifest", "push", "--all", "--compression-format", "lz4", "feat", &format!("docker://{dest}")], 125);
    assert!(err.contains("lz4"), "{err}");
}
