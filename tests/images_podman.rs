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
    // keep-id: the user's own ID inside, as podman shows (the files are the user's).
    env.ok(&["run", "-d", "--name", "kid", "--userns=keep-id", &img, "sleep", "1000"]);
    env.ok(&["cp", &f, "kid:/tmp/f"]);
    let me = env.ok(&["exec", "kid", "sh", "-c", "echo $(id -u) $(id -g)"]);
    assert_eq!(env.ok(&["exec", "kid", "stat", "-c", "%u %g", "/tmp/f"]), me);
    env.ok(&["rm", "-f", "-t", "0", "kid"]);
    // A stopped mapped container: the same.
    env.ok(&["create", "--name", "st", "--uidmap", "0:1:1000", "--gidmap", "0:1:1000", &img, "stat", "-c", "%u %g", "/f"]);
    env.ok(&["cp", &f, "st:/f"]);
    assert_eq!(env.ok(&["start", "-a", "st"]), "0 0\n");
}

/// podman 4.3's `image tree`: header, layers bottom first with
/// containers/storage layer IDs (chain IDs), `Top Layer of:` for the
/// layers that are some image's top; `--whatrequires` the images built on it.
#[test]
fn image_tree_draws_layers_as_podman() {
    let env = TestEnv::new();
    let img = pulled(&env);
    let id = env.ok(&["image", "inspect", "--format", "{{.Id}}", &img]).trim().trim_start_matches("sha256:").to_string();
    let layer = env.ok(&["image", "inspect", "--format", "{{index .RootFS.Layers 0}}", &img]).trim().trim_start_matches("sha256:").to_string();
    let tree = env.ok(&["image", "tree", &img]);
    let lines: Vec<&str> = tree.lines().collect();
    assert_eq!(lines[0], format!("Image ID: {}", &id[..12]), "{tree}");
    assert_eq!(lines[1], format!("Tags:     [{img}]"), "{tree}");
    assert!(lines[2].starts_with("Size:     ") && lines[2].ends_with("B"), "{tree}");
    assert_eq!(lines[3], "Image Layers");
    assert!(lines[4].starts_with(&format!("└── ID: {} Size: ", &layer[..12])) && lines[4].ends_with(&format!(" Top Layer of: [{img}]")), "{tree}");
    assert!(tree.ends_with("\n\n"), "podman ends with an empty line: {tree:?}");

    env.ok(&["run", "--name", "c", &img, "sh", "-c", "echo hi > /new"]);
    env.ok(&["commit", "-q", "c", "child"]);
    let tree = env.ok(&["image", "tree", "child"]);
    let rows: Vec<&str> = tree.lines().skip(4).filter(|l| !l.is_empty()).collect();
    assert_eq!(rows.len(), 2, "{tree}");
    assert!(rows[0].starts_with(&format!("├── ID: {}", &layer[..12])) && rows[0].ends_with(&format!("Top Layer of: [{img}]")), "{tree}");
    assert!(rows[1].starts_with("└── ID: ") && rows[1].ends_with("Top Layer of: [localhost/child:latest]"), "{tree}");
    let req = env.ok(&["image", "tree", "--whatrequires", &img]);
    assert!(req.contains("Top Layer of: [localhost/child:latest]"), "{req}");
    let plain = env.ok(&["image", "tree", "--whatrequires", "child"]);
    assert!(!plain.contains(&format!("[{img}]")), "only what is built on child: {plain}");
    let err = env.fail(&["image", "tree", "nosuch"], 125);
    assert!(err.contains("image not known"), "{err}");
}

/// `image diff IMAGE`: its top layer over its parent (A/C/D); `image diff A
/// B`: from B to A; `--format json` podman's object without empty lists.
#[test]
fn image_diff_shows_what_the_top_layer_changes() {
    let env = TestEnv::new();
    let img = pulled(&env);
    env.ok(&["run", "--name", "c", &img, "sh", "-c", "echo hi > /new; mkdir /d; rm /bin/cat"]);
    env.ok(&["commit", "-q", "c", "child"]);
    assert_eq!(env.ok(&["image", "diff", "child"]), "C /bin\nD /bin/cat\nA /d\nA /new\n");
    assert_eq!(env.ok(&["image", "diff", "child", &img]), "C /bin\nD /bin/cat\nA /d\nA /new\n");
    let json: serde_json::Value = serde_json::from_str(&env.ok(&["image", "diff", "--format", "json", "child"])).unwrap();
    assert_eq!(json, serde_json::json!({"changed": ["/bin"], "added": ["/d", "/new"], "deleted": ["/bin/cat"]}));
    assert_eq!(env.ok(&["image", "diff", "child", "child"]), "");
    // The other way round (no shared top): the trees are compared.
    let back = env.ok(&["image", "diff", &img, "child"]);
    assert!(back.contains("A /bin/cat\n") && back.contains("D /d\n") && back.contains("D /new\n"), "{back}");
    // A squashed image shares no layer with its base.
    env.ok(&["commit", "-q", "--squash", "c", "flat"]);
    let flat = env.ok(&["image", "diff", "flat", &img]);
    assert!(flat.contains("D /bin/cat\n") && flat.contains("A /new\n") && !flat.contains(" /bin/sh\n"), "{flat}");
    let all = env.ok(&["image", "diff", &img]);
    assert!(all.lines().any(|l| l == "A /bin/sh"), "a one-layer image: all its files are added: {all}");
    let err = env.fail(&["image", "diff", "child", "nosuch"], 125);
    assert!(err.contains("nosuch not found: nosuch: image not known"), "{err}");
}

/// `image mount` inside `dhow unshare`: a read-only view of the layers;
/// no argument lists the mounted images, `--format json`, `unmount` prints
/// the ID; outside unshare podman's refusal.
#[test]
fn image_mount_inside_unshare_is_read_only() {
    let env = TestEnv::new();
    let img = pulled(&env);
    let id = env.ok(&["image", "inspect", "--format", "{{.Id}}", &img]).trim().trim_start_matches("sha256:").to_string();
    let bin = common::env::dhow_bin().display().to_string();
    let script = format!(
        "set -e; d=$({bin} image mount {img}); echo path=$d; test -x $d/bin/sh; \
         if touch $d/x 2>/dev/null; then echo writable; fi; \
         {bin} image mount; {bin} image mount --format json; {bin} image unmount {img}; \
         echo after=$({bin} image mount | wc -l); test ! -e $d/bin/sh; \
         {bin} image mount --all >/dev/null; {bin} image unmount --all"
    );
    let out = env.ok(&["unshare", "sh", "-c", &script]);
    let path = out.lines().next().unwrap().trim_start_matches("path=").to_string();
    assert!(!out.contains("writable"), "{out}");
    assert!(out.contains(&format!("{img}  {path}\n")), "{out}");
    assert!(out.contains("\"mountpoint\"") && out.contains(&format!("\"id\": \"{id}\"")), "json: {out}");
    assert!(out.contains("after=0"), "{out}");
    assert_eq!(out.lines().filter(|l| *l == id).count(), 2, "unmount and unmount --all print the ID: {out}");
    let err = env.fail(&["image", "mount", &img], 125);
    assert!(err.contains("cannot run command \"dhow image mount\" in rootless mode, must execute `dhow unshare` first"), "{err}");
    assert_eq!(env.ok(&["image", "unmount", &img]).trim(), id);
}

/// A test CA, a certificate for 127.0.0.1 and a client certificate, made
/// with openssl (X.509 v3, as rustls and Go's TLS want them) in `dir`.
fn make_certs(dir: &std::path::Path) {
    std::fs::create_dir_all(dir).unwrap();
    let run = |args: &[&str]| {
        let out = std::process::Command::new("openssl").args(args).current_dir(dir).output().expect("openssl is installed");
        assert!(out.status.success(), "openssl {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    };
    run(&["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=dhow test CA", "-keyout", "ca.key", "-out", "ca.pem",
        "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign"]);
    for (name, ext) in [("server", "subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n"), ("client", "extendedKeyUsage=clientAuth\n")] {
        std::fs::write(dir.join(format!("{name}.ext")), format!("basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\n{ext}")).unwrap();
        run(&["req", "-newkey", "rsa:2048", "-nodes", "-subj", &format!("/CN=dhow {name}"), "-keyout", &format!("{name}.key"), "-out", &format!("{name}.csr")]);
        run(&["x509", "-req", "-in", &format!("{name}.csr"), "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial", "-days", "2",
            "-out", &format!("{name}.pem"), "-extfile", &format!("{name}.ext")]);
    }
}

/// podman's `--cert-dir DIR` and `certs.d/HOST:PORT`: `*.crt` are CAs
/// trusted beside the system's, `*.cert` + `*.key` the client identity, here
/// against a registry serving only TLS and requiring a client certificate.
#[test]
fn cert_dir_trusts_its_ca_and_sends_its_client_certificate() {
    let env = TestEnv::new();
    let img = pulled(&env);
    let pki = env.home().join("pki");
    make_certs(&pki);
    let reg = common::Registry::start_tls(&common::registry::Tls { cert: pki.join("server.pem"), key: pki.join("server.key"), client_ca: Some(pki.join("ca.pem")) }).expect("a TLS registry");
    let read = |f: &str| std::fs::read_to_string(pki.join(f)).unwrap();
    env.write_home("ca-only/ca.crt", &read("ca.pem"));
    env.write_home("full/ca.crt", &read("ca.pem"));
    env.write_home("full/client.cert", &read("client.pem"));
    env.write_home("full/client.key", &read("client.key"));
    env.write_home("half/ca.crt", &read("ca.pem"));
    env.write_home("half/client.cert", &read("client.pem"));
    let dir = |d: &str| env.home().join(d).display().to_string();
    let remote = format!("{}/certs/bb:latest", reg.addr());
    env.ok(&["tag", &img, &remote]);

    // The registry's CA is unknown to the system (verified: a loopback
    // registry is otherwise taken as insecure).
    let err = env.fail(&["push", "--tls-verify=true", &remote], 125);
    assert!(err.to_lowercase().contains("certificate"), "{err}");
    // The CA alone: the registry wants a client certificate.
    let err = env.fail(&["push", "--tls-verify=true", "--cert-dir", &dir("ca-only"), &remote], 125);
    assert!(!err.contains("unknown flag") && !err.contains("not supported"), "{err}");
    let err = env.fail(&["push", "--tls-verify=true", "--cert-dir", &dir("half"), &remote], 125);
    assert!(err.contains("missing key client.key for client certificate client.cert"), "{err}");
    env.ok(&["push", "-q", "--tls-verify=true", "--cert-dir", &dir("full"), &remote]);
    env.ok(&["rmi", &remote]);
    env.ok(&["pull", "-q", "--tls-verify=true", "--cert-dir", &dir("full"), &remote]);
    env.ok(&["rmi", &remote]);
    // The user's certs.d/HOST:PORT without the flag.
    let certs_d = format!(".config/containers/certs.d/{}", reg.addr());
    for f in ["ca.crt", "client.cert", "client.key"] {
        env.write_home(&format!("{certs_d}/{f}"), &std::fs::read_to_string(env.home().join("full").join(f)).unwrap());
    }
    env.ok(&["pull", "-q", "--tls-verify=true", &remote]);
    assert!(env.ok(&["images", "--format", "{{.Repository}}"]).contains(&format!("{}/certs/bb", reg.addr())));
}
