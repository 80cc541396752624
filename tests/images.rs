//! Image commands end to end: pull, images/image ls, inspect, tag, untag,
//! rmi, image prune, history, version, info — real binary, real registry,
//! unprivileged user, output shaped like docker/podman's.

mod common;

use common::output::{last_line, lines};
use common::{is_hex, table_rows, Fixture, TestEnv};
use serde_json::Value;

/// `dhow pull REF --tls-verify=false`; returns stdout.
fn pull(env: &TestEnv, f: &Fixture) -> String {
    env.ok(&["pull", &f.reference, "--tls-verify=false"])
}

fn json(stdout: &str) -> Value {
    serde_json::from_str(stdout).unwrap_or_else(|e| panic!("not JSON ({e}):\n{stdout}"))
}

fn ids(env: &TestEnv) -> Vec<String> {
    lines(&env.ok(&["images", "-q"])).into_iter().map(String::from).collect()
}

fn strip_sha(s: &str) -> &str {
    s.strip_prefix("sha256:").unwrap_or(s)
}

#[test]
fn pull_prints_the_image_id() {
    let env = TestEnv::new();
    let f = &env.fx().busybox;
    let out = pull(&env, f);
    let id = last_line(&out);
    assert!(is_hex(id, 64), "last line of pull output must be the 64-hex image ID, got:\n{out}");
    assert_eq!(id, f.id(), "image ID is the config digest");
}

#[test]
fn pull_twice_is_harmless() {
    let env = TestEnv::new();
    let f = &env.fx().busybox;
    pull(&env, f);
    let again = pull(&env, f);
    assert_eq!(last_line(&again), f.id());
    assert_eq!(ids(&env), [f.short_id()]);
}

#[test]
fn images_lists_the_pulled_image() {
    let env = TestEnv::new();
    let f = &env.fx().busybox;
    pull(&env, f);
    let (header, rows) = table_rows(&env.ok(&["images"]));
    assert_eq!(header, "REPOSITORY TAG IMAGE ID CREATED SIZE");
    assert_eq!(rows.len(), 1, "one image: {rows:?}");
    assert_eq!(rows[0][..3], [f.repo.clone(), "latest".into(), f.short_id()], "row: {rows:?}");
}

#[test]
fn image_ls_is_images() {
    let env = TestEnv::new();
    pull(&env, &env.fx().busybox);
    let images = env.ok(&["images"]);
    assert!(images.contains(&env.fx().busybox.repo), "{images}");
    assert_eq!(env.ok(&["image", "ls"]), images);
    assert_eq!(env.ok(&["image", "list"]), env.ok(&["images"]));
}

#[test]
fn images_quiet_no_trunc_digests() {
    let env = TestEnv::new();
    let f = &env.fx().busybox;
    pull(&env, f);

    let quiet = env.ok(&["images", "-q"]);
    assert_eq!(lines(&quiet), [f.short_id()], "-q prints 12-hex IDs only");

    let full = env.ok(&["images", "--no-trunc"]);
    assert!(full.contains(&format!("sha256:{}", f.id())), "--no-trunc shows sha256:<64 hex>:\n{full}");

    let (header, rows) = table_rows(&env.ok(&["images", "--digests"]));
    assert_eq!(header, "REPOSITORY TAG DIGEST IMAGE ID CREATED SIZE");
    assert_eq!(rows[0][..4], [f.repo.clone(), "latest".into(), f.digest.clone(), f.short_id()], "{rows:?}");
}

#[test]
fn images_format_template_and_json() {
    let env = TestEnv::new();
    let f = &env.fx().busybox;
    pull(&env, f);

    let out = env.ok(&["images", "--format", "{{.Repository}}:{{.Tag}}"]);
    assert_eq!(lines(&out), [f.reference.as_str()]);

    let list = json(&env.ok(&["images", "--format", "json"]));
    let list = list.as_array().unwrap_or_else(|| panic!("--format json prints an array: {list}"));
    assert_eq!(list.len(), 1, "{list:?}");
    let id = list[0]["Id"].as_str().unwrap_or_else(|| panic!("object has Id: {}", list[0]));
    assert_eq!(strip_sha(id), f.id());
}

#[test]
fn pull_short_name_uses_registries_conf() {
    let env = TestEnv::new();
    let f = &env.fx().busybox_short;
    // No --tls-verify: registries.conf marks the test registry insecure.
    let out = env.ok(&["pull", "busybox"]);
    assert_eq!(last_line(&out), f.id());
    let (_, rows) = table_rows(&env.ok(&["images"]));
    assert_eq!(rows[0][..3], [f.repo.clone(), "latest".into(), f.short_id()], "{rows:?}");

    // A short name with a path component is still a short name.
    env.ok(&["pull", "demo/busybox"]);
    let repos = env.ok(&["images", "--format", "{{.Repository}}"]);
    assert!(lines(&repos).contains(&env.fx().busybox.repo.as_str()), "{repos}");
}

#[test]
fn image_inspect_has_docker_shape() {
    let env = TestEnv::new();
    let f = &env.fx().busybox;
    pull(&env, f);
    for cmd in [&["image", "inspect", &f.reference][..], &["inspect", &f.reference][..]] {
        let v = json(&env.ok(cmd));
        let arr = v.as_array().unwrap_or_else(|| panic!("inspect prints a JSON array: {v}"));
        assert_eq!(arr.len(), 1);
        let img = &arr[0];
        assert_eq!(strip_sha(img["Id"].as_str().unwrap_or_default()), f.id(), "{img}");
        assert_eq!(img["RepoTags"], serde_json::json!([f.reference]), "{img}");
        assert_eq!(img["RepoDigests"], serde_json::json!([f.repo_digest()]), "{img}");
        assert_eq!(img["Config"]["Cmd"], serde_json::json!(["sh"]), "{img}");
        assert_eq!(img["RootFS"]["Layers"], serde_json::json!(f.image().diff_ids), "{img}");
        assert_eq!(img["Architecture"], common::host_arch(), "{img}");
        assert_eq!(img["Os"], "linux", "{img}");
    }
}

#[test]
fn inspect_format_template() {
    let env = TestEnv::new();
    let f = &env.fx().busybox;
    pull(&env, f);
    assert_eq!(env.ok(&["inspect", "-f", "{{.Config.Cmd}}", &f.reference]).trim(), "[sh]");
    assert_eq!(env.ok(&["image", "inspect", "--format", "{{.Os}}", &f.short_id()]).trim(), "linux");
}

#[test]
fn tag_and_untag() {
    let env = TestEnv::new();
    let f = &env.fx().busybox;
    pull(&env, f);
    env.ok(&["tag", &f.reference, "other:1"]);
    let (_, rows) = table_rows(&env.ok(&["images"]));
    let other: Vec<_> = rows.iter().filter(|r| r[0] == "localhost/other").collect();
    assert_eq!(other.len(), 1, "a name without a registry gets localhost/: {rows:?}");
    assert_eq!(other[0][1..3], ["1".to_string(), f.short_id()]);
    let mut quiet = ids(&env);
    quiet.dedup();
    assert_eq!(quiet, [f.short_id()], "two names, one image");

    env.ok(&["untag", &f.reference, "localhost/other:1"]);
    let names = env.ok(&["images", "--format", "{{.Repository}}:{{.Tag}}"]);
    assert_eq!(lines(&names), [f.reference.as_str()], "only the named tag is removed");

    env.ok(&["untag", &f.short_id()]);
    let names = env.ok(&["images", "--format", "{{.Repository}}:{{.Tag}}"]);
    assert_eq!(lines(&names), ["<none>:<none>"], "an image without names stays, as <none>");
    assert_eq!(ids(&env), [f.short_id()]);
}

#[test]
fn rmi_removes_the_image() {
    let env = TestEnv::new();
    let f = &env.fx().busybox;
    pull(&env, f);
    assert_eq!(ids(&env), [f.short_id()]);
    env.ok(&["rmi", &f.reference]);
    assert!(ids(&env).is_empty(), "no image left after rmi");
    assert!(env.find_in_store("bin/busybox").is_empty(), "rmi removes the unused layer");
}

#[test]
fn rmi_missing_image_fails() {
    let env = TestEnv::new();
    // podman and docker exit 1 when the image to remove is not there.
    let err = env.fail(&["rmi", "missing"], 1);
    assert!(err.contains("missing"), "error names the image: {err}");
}

#[test]
fn image_prune_all_removes_unused_images() {
    let env = TestEnv::new();
    let fx = env.fx();
    pull(&env, &fx.busybox);
    pull(&env, &fx.layers);
    let mut want = vec![fx.busybox.short_id(), fx.layers.short_id()];
    want.sort();
    let mut got = ids(&env);
    got.sort();
    assert_eq!(got, want);
    env.ok(&["image", "prune", "-a", "-f"]);
    assert!(ids(&env).is_empty(), "prune -a removes every image no container uses");
}

#[test]
fn history_lists_layers() {
    let env = TestEnv::new();
    let f = &env.fx().busybox;
    pull(&env, f);
    let (header, rows) = table_rows(&env.ok(&["history", &f.reference]));
    assert_eq!(header, "IMAGE CREATED CREATED BY SIZE COMMENT");
    assert_eq!(rows.len(), f.image().history_len, "one row per history entry: {rows:?}");
    assert_eq!(rows[0][0], f.short_id(), "the top row is the image itself");
    assert_eq!(env.ok(&["image", "history", &f.reference]), env.ok(&["history", &f.reference]));
}

#[test]
fn version_and_info() {
    let env = TestEnv::new();
    let version = env.ok(&["version"]);
    assert!(version.contains(env!("CARGO_PKG_VERSION")), "version shows {}:\n{version}", env!("CARGO_PKG_VERSION"));
    let info = env.ok(&["info"]);
    assert!(info.contains(&env.store_dir().display().to_string()), "info shows the graph root {}:\n{info}", env.store_dir().display());
    assert!(info.contains("overlay"), "info names the storage driver:\n{info}");
}
