//! Moving images in and out, checked against the real peer tools (podman,
//! skopeo) and the real registry: save/load both ways with the same image
//! ID, push/pull both ways with stable digests, login against an htpasswd
//! registry, commit, export/import, and bad input.

mod common;

use common::registry::{closed_port, htpasswd_available, Credentials};
use common::{is_hex, Registry, TestEnv};
use serde_json::Value;
use std::path::{Path, PathBuf};

/// The busybox fixture pulled into `env`; returns its reference.
fn image(env: &TestEnv) -> String {
    let f = &env.fx().busybox;
    env.ok(&["pull", "-q", &f.reference]);
    f.reference.clone()
}

/// podman as the test user, in the env's own storage, with the settings a
/// rootless podman needs in this sandbox.
fn podman(env: &TestEnv, args: &[&str]) -> common::Output {
    env.write_config(
        "containers/containers.conf",
        "[engine]\nruntime = \"runc\"\ncgroup_manager = \"cgroupfs\"\nevents_logger = \"file\"\n",
    );
    env.write_config(
        "containers/storage.conf",
        "[storage]\ndriver = \"overlay\"\n",
    );
    let out = env.run_command(env.exec("podman", args));
    assert!(out.success(), "podman failed: {}", out.describe());
    out
}

fn skopeo(env: &TestEnv, args: &[&str]) -> common::Output {
    let out = env.run_command(env.exec("skopeo", args));
    assert!(out.success(), "skopeo failed: {}", out.describe());
    out
}

fn inspect(env: &TestEnv, img: &str) -> Value {
    let v: Value =
        serde_json::from_str(&env.ok(&["image", "inspect", img])).expect("inspect prints JSON");
    v[0].clone()
}

/// A path in the env readable and writable by the test user.
fn file(env: &TestEnv, name: &str) -> PathBuf {
    env.home().join(name)
}

fn s(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

#[test]
fn save_loads_in_podman_and_skopeo_with_the_same_id() {
    let env = TestEnv::new();
    let img = image(&env);
    let id = env.fx().busybox.id();
    let archive = file(&env, "bb.tar");
    env.ok(&["save", "-o", s(&archive), &img]);
    let out = skopeo(
        &env,
        &["inspect", &format!("docker-archive:{}", s(&archive))],
    );
    let info: Value = serde_json::from_str(&out.stdout).expect("skopeo prints JSON");
    let layers = inspect(&env, &img)["RootFS"]["Layers"].clone();
    assert_eq!(info["Layers"], layers, "skopeo sees the image's layers");
    let out = podman(&env, &["load", "-i", s(&archive)]);
    assert!(out.stdout.contains("Loaded image"), "{}", out.describe());
    let ids = podman(&env, &["images", "--no-trunc", "--format", "{{.ID}}"]).stdout;
    assert!(ids.contains(&id), "podman has image {id}: {ids}");
}

#[test]
fn podman_archives_load_into_dhow_with_the_same_id_and_run() {
    let env = TestEnv::new();
    let f = &env.fx().busybox;
    podman(&env, &["pull", "-q", "--tls-verify=false", &f.reference]);
    for format in ["docker-archive", "oci-archive"] {
        let archive = file(&env, &format!("{format}.tar"));
        podman(
            &env,
            &["save", "--format", format, "-o", s(&archive), &f.reference],
        );
        let other = TestEnv::new();
        let copy = file(&other, "in.tar");
        std::fs::copy(&archive, &copy).unwrap();
        other.user.chown(&copy);
        let out = other.ok(&["load", "-i", s(&copy)]);
        assert!(out.contains("Loaded image"), "{format}: {out}");
        let ids = other.ok(&["images", "-q", "--no-trunc"]);
        assert!(
            ids.contains(&f.id()),
            "{format}: same image ID {}: {ids}",
            f.id()
        );
        other.ok(&["run", "--rm", &f.id(), "true"]);
    }
}

#[test]
fn dhow_save_load_round_trip_multiple_images_and_compressed() {
    let env = TestEnv::new();
    let img = image(&env);
    env.ok(&["tag", &img, "localhost/second:1"]);
    let archive = file(&env, "two.tar");
    env.ok(&["save", "-o", s(&archive), &img, "localhost/second:1"]);
    let gz = file(&env, "two.tar.gz");
    let status = std::process::Command::new("sh")
        .args(["-c", &format!("gzip -c {} > {}", s(&archive), s(&gz))])
        .status()
        .unwrap();
    assert!(status.success());
    env.user.chown(&gz);
    let other = TestEnv::new();
    let out = other.ok(&["load", "-i", s(&gz)]);
    assert!(out.contains("Loaded image: localhost/second:1"), "{out}");
    assert_eq!(
        other
            .ok(&["images", "-q", "--no-trunc"])
            .lines()
            .filter(|l| !l.is_empty())
            .count(),
        1,
        "one image with two names"
    );
    assert!(other
        .ok(&["images", "-q", "--no-trunc"])
        .contains(&env.fx().busybox.id()));
    // oci-archive round trip keeps the ID too.
    let oci = file(&env, "bb-oci.tar");
    env.ok(&["save", "--format", "oci-archive", "-o", s(&oci), &img]);
    let third = TestEnv::new();
    third.ok(&["load", "-i", s(&oci)]);
    assert!(third
        .ok(&["images", "-q", "--no-trunc"])
        .contains(&env.fx().busybox.id()));
    // A loaded archive's layers become blobs as they were unpacked (hard
    // links): saving again reproduces the same archive members.
    let again = file(&env, "bb-oci-again.tar");
    third.ok(&["save", "--format", "oci-archive", "-o", s(&again), &img]);
    let fourth = TestEnv::new();
    fourth.ok(&["load", "-i", s(&again)]);
    assert!(fourth.ok(&["images", "-q", "--no-trunc"]).contains(&env.fx().busybox.id()));
    // An OCI layout directory of the user's is read, never linked into the
    // store: its files keep a single link.
    let dir = file(&env, "bb-oci-dir");
    env.ok(&["save", "--format", "oci-dir", "-o", s(&dir), &img]);
    let fifth = TestEnv::new();
    fifth.ok(&["load", "-i", s(&dir)]);
    assert!(fifth.ok(&["images", "-q", "--no-trunc"]).contains(&env.fx().busybox.id()));
    for e in std::fs::read_dir(dir.join("blobs/sha256")).unwrap().flatten() {
        use std::os::unix::fs::MetadataExt;
        assert_eq!(e.metadata().unwrap().nlink(), 1, "{} was linked into a store", e.path().display());
    }
}

#[test]
fn push_keeps_digests_and_interoperates_with_skopeo() {
    let env = TestEnv::new();
    let img = image(&env);
    let f = &env.fx().busybox;
    let addr = env.fx().registry.addr();
    let dest = format!("{addr}/xfer/copy-{}:1", std::process::id());
    let digestfile = file(&env, "digest");
    let out = env.run(&["push", "--digestfile", s(&digestfile), &img, &dest]);
    assert!(out.success(), "{}", out.describe());
    let pushed = std::fs::read_to_string(&digestfile).unwrap();
    assert_eq!(
        pushed, f.digest,
        "an unchanged pulled image keeps its manifest digest"
    );
    let info: Value = serde_json::from_str(
        &skopeo(
            &env,
            &["inspect", "--tls-verify=false", &format!("docker://{dest}")],
        )
        .stdout,
    )
    .unwrap();
    assert_eq!(info["Digest"], f.digest.as_str());
    // Pushing again uploads nothing new.
    let again = env.run(&["push", &img, &dest]);
    assert!(
        again.success() && again.stderr.contains("skipped: already exists"),
        "{}",
        again.describe()
    );

    // The other way: skopeo pushes an archive dhow saved, dhow pulls and runs it.
    let archive = file(&env, "bb.tar");
    env.ok(&["save", "-o", s(&archive), &img]);
    let from_skopeo = format!("{addr}/xfer/from-skopeo-{}:1", std::process::id());
    skopeo(
        &env,
        &[
            "copy",
            "--dest-tls-verify=false",
            &format!("docker-archive:{}", s(&archive)),
            &format!("docker://{from_skopeo}"),
        ],
    );
    let other = TestEnv::new();
    let id = other.ok(&["pull", "-q", &from_skopeo]);
    assert_eq!(id.trim(), f.id());
    other.ok(&["run", "--rm", &from_skopeo, "true"]);
}

#[test]
fn commit_keeps_changes_config_and_history_and_pushes() {
    let env = TestEnv::new();
    let img = image(&env);
    env.ok(&[
        "run",
        "--name",
        "c1",
        &img,
        "sh",
        "-c",
        "echo hi > /added; rm /etc/passwd",
    ]);
    let id = env.ok(&[
        "commit",
        "-a",
        "Jane <j@example.com>",
        "-m",
        "my change",
        "-c",
        "ENV X=1",
        "-c",
        "EXPOSE 8000-8002",
        "c1",
        "committed:1",
    ]);
    assert!(is_hex(id.trim(), 64), "prints the hex ID: {id}");
    let out = env.ok(&[
        "run",
        "--rm",
        "committed:1",
        "sh",
        "-c",
        "cat /added; test -e /etc/passwd || echo gone; echo $X",
    ]);
    assert_eq!(out, "hi\ngone\n1\n");
    let info = inspect(&env, "committed:1");
    assert_eq!(info["Id"], format!("sha256:{}", id.trim()));
    assert_eq!(info["Author"], "Jane <j@example.com>");
    assert_eq!(info["Comment"], "my change");
    assert!(
        info["Config"]["Env"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e == "X=1"),
        "{info}"
    );
    let ports: Vec<&String> = info["Config"]["ExposedPorts"].as_object().expect("ExposedPorts").keys().collect();
    assert_eq!(ports, ["8000/tcp", "8001/tcp", "8002/tcp"], "a port range is expanded, as a build expands it");
    let base_layers = inspect(&env, &img)["RootFS"]["Layers"]
        .as_array()
        .unwrap()
        .len();
    assert_eq!(
        info["RootFS"]["Layers"].as_array().unwrap().len(),
        base_layers + 1
    );
    // Pushed, it is a valid image for skopeo, and pulls back with the same ID.
    let dest = format!(
        "{}/xfer/committed-{}:1",
        env.fx().registry.addr(),
        std::process::id()
    );
    env.ok(&["push", "committed:1", &dest]);
    skopeo(
        &env,
        &["inspect", "--tls-verify=false", &format!("docker://{dest}")],
    );
    let other = TestEnv::new();
    assert_eq!(other.ok(&["pull", "-q", &dest]).trim(), id.trim());
    assert_eq!(other.ok(&["run", "--rm", &dest, "cat", "/added"]), "hi\n");
}

#[test]
fn export_import_round_trip() {
    let env = TestEnv::new();
    let img = image(&env);
    env.ok(&[
        "run",
        "--name",
        "c2",
        &img,
        "sh",
        "-c",
        "echo data > /exported; rm /etc/passwd",
    ]);
    let archive = file(&env, "fs.tar");
    env.ok(&["export", "-o", s(&archive), "c2"]);
    let id = env.ok(&[
        "import",
        "-c",
        "CMD [\"sh\"]",
        "-m",
        "imported",
        s(&archive),
        "imported:1",
    ]);
    assert!(is_hex(id.trim(), 64), "{id}");
    let info = inspect(&env, "imported:1");
    assert_eq!(
        info["RootFS"]["Layers"].as_array().unwrap().len(),
        1,
        "one layer"
    );
    assert_eq!(info["Config"]["Cmd"][0], "sh");
    let out = env.ok(&[
        "run",
        "--rm",
        "imported:1",
        "sh",
        "-c",
        "cat /exported; test -e /etc/passwd || echo gone; ls -ld /home/app | awk '{print $3}'",
    ]);
    assert_eq!(out, "data\ngone\n1000\n");
    // The export holds what the container sees: compare file lists.
    let listing = |img: &str| env.ok(&["run", "--rm", img, "sh", "-c", "find / -xdev | sort"]);
    let list_imported = listing("imported:1");
    assert!(
        list_imported.contains("/exported") && list_imported.contains("/bin/busybox"),
        "{list_imported}"
    );
    // From stdin too.
    // (The harness gives commands /dev/null as stdin, so redirect in a shell.)
    let script = format!(
        "{} import - fromstdin < {}",
        common::env::dhow_bin().display(),
        s(&archive)
    );
    let out = env.run_command(env.exec("sh", &["-c", &script]));
    assert!(out.success(), "{}", out.describe());
    assert!(
        is_hex(out.stdout.trim(), 64),
        "prints an ID: {}",
        out.describe()
    );
}

#[test]
fn login_checks_credentials_and_stores_them_0600() {
    if !htpasswd_available() {
        eprintln!("skipping: htpasswd is not installed");
        return;
    }
    let env = TestEnv::new();
    let creds = Credentials {
        user: "alice".into(),
        password: "s3cret".into(),
    };
    let reg = Registry::start(Some(&creds)).expect("starting an authenticated registry");
    let auth = env.runtime_dir().join("containers/auth.json");
    let err = env.fail(&["login", "-u", "alice", "-p", "wrong", &reg.addr()], 125);
    assert!(err.contains("invalid username/password"), "{err}");
    assert!(!auth.exists(), "nothing stored after a failed login");
    let out = env.ok(&["login", "-u", "alice", "-p", "s3cret", &reg.addr()]);
    assert_eq!(out, "Login Succeeded!\n");
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(&auth)
        .expect("auth.json written")
        .permissions()
        .mode()
        & 0o777;
    assert_eq!(mode, 0o600);
    assert!(std::fs::read_to_string(&auth)
        .unwrap()
        .contains(&reg.addr()));
    // The stored credentials are used by push.
    let img = image(&env);
    env.ok(&["push", &img, &format!("{}/auth/bb:1", reg.addr())]);
    assert!(env
        .ok(&["logout", &reg.addr()])
        .contains("Removed login credentials"));
    let err = env.fail(&["push", &img, &format!("{}/auth/bb:2", reg.addr())], 125);
    assert!(err.to_lowercase().contains("auth"), "{err}");
    env.fail(&["logout", &reg.addr()], 125);
}

#[test]
fn bad_input_fails_cleanly() {
    let env = TestEnv::new();
    let garbage = file(&env, "garbage.tar");
    std::fs::write(&garbage, vec![0x42u8; 4096]).unwrap();
    env.user.chown(&garbage);
    let err = env.fail(&["load", "-i", s(&garbage)], 125);
    assert!(err.contains("supported image formats"), "{err}");
    let err = env.fail(&["import", s(&garbage), "junk"], 125);
    assert!(err.contains("tar"), "{err}");
    assert_eq!(env.ok(&["images", "-q"]).trim(), "", "nothing stored");
    let err = env.fail(&["commit", "no-such-ctr", "x"], 125);
    assert!(err.contains("no such container"), "{err}");
    let img = image(&env);
    let err = env.fail(
        &["push", &img, &format!("127.0.0.1:{}/x/y:1", closed_port())],
        125,
    );
    assert!(err.contains("connection refused"), "{err}");
    let err = env.fail(
        &["save", "-o", s(&file(&env, "x.tar")), "no-such-image"],
        125,
    );
    assert!(err.to_lowercase().contains("no-such-image"), "{err}");
    assert!(!file(&env, "x.tar").exists(), "no partial archive");
}

#[test]
fn export_of_a_running_container_and_search() {
    let env = TestEnv::new();
    let img = image(&env);
    env.ok(&["run", "-d", "--name", "live", &img, "sleep", "1000"]);
    let archive = file(&env, "live.tar");
    env.ok(&["export", "-o", s(&archive), "live"]);
    let list = std::process::Command::new("tar")
        .args(["-tf", s(&archive)])
        .output()
        .unwrap();
    let names = String::from_utf8_lossy(&list.stdout);
    assert!(
        names
            .lines()
            .any(|l| l.trim_start_matches("./") == "bin/busybox"),
        "{names}"
    );
    env.ok(&["rm", "-f", "live"]);

    let addr = env.fx().registry.addr();
    let out = env.ok(&["search", &format!("{addr}/busy")]);
    let mut lines = out.lines();
    assert!(
        lines
            .next()
            .is_some_and(|h| h.starts_with("NAME") && h.contains("DESCRIPTION")),
        "{out}"
    );
    assert!(out.contains(&format!("{addr}/demo/busybox")), "{out}");
    assert!(
        !out.contains("multiarch"),
        "only matching repositories: {out}"
    );
    let out = env.ok(&[
        "search",
        "--format",
        "{{.Name}}",
        "--limit",
        "1",
        &format!("{addr}/busy"),
    ]);
    assert_eq!(out.lines().count(), 1, "{out}");
}
