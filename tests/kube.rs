//! `kube play` / `kube down` of real-world manifests (tests/fixtures/kube/),
//! rootless against the local registry: what is honoured works inside the
//! containers, every field that is not is named in a warning, and `kube
//! down` removes exactly what the play made.

mod common;

use common::http::{fetch, free_port};
use common::kube::validate;
use common::TestEnv;

/// The fixture with the test's image (and host port) filled in, written to
/// the test user's home.
fn fixture(env: &TestEnv, name: &str, port: u16) -> String {
    let f = &env.fx().busybox;
    env.ok(&["pull", "-q", &f.reference]);
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/kube").join(name);
    let yaml = std::fs::read_to_string(&path).unwrap().replace("IMAGE", &f.reference).replace("HOSTPORT", &port.to_string());
    let file = env.write_home(name, &yaml);
    // Real-world manifests: Kubernetes takes them as they are.
    validate(&file);
    file.to_str().unwrap().to_string()
}

#[test]
fn webapp_deployment_with_config_secret_claim_init_and_probes() {
    let env = TestEnv::new();
    let port = free_port();
    let file = fixture(&env, "webapp.yaml", port);
    let out = env.run(&["kube", "play", &file]);
    assert!(out.success(), "{}", out.describe());
    for w in [
        "PersistentVolumeClaim webapp-data: spec.storageClassName: not supported",
        "spec.template.spec.serviceAccountName: not supported",
        "spec.template.spec.nodeSelector: not supported",
        "spec.template.spec.tolerations: not supported",
        "containers[0].resources.requests: not supported",
        "containers[1].terminationMessagePolicy: not supported",
        "container server: readinessProbe: dhow runs one health check per container",
        "kind Service is not played",
    ] {
        assert!(out.stderr.contains(w), "no warning {w:?}:\n{}", out.stderr);
    }
    assert_eq!(out.stderr.matches("WARN: ").count(), 8, "a warning for each unhonoured field, nothing else:\n{}", out.stderr);
    assert_eq!(env.ok(&["pod", "ps", "--format", "{{.Name}} {{.Status}}"]).trim(), "webapp-pod Running");

    // The init container filled the claimed volume before the server started.
    assert!(fetch(port).contains("seeded-by-init"));
    // The sidecar reaches the server on the pod's localhost.
    let got = env.ok(&["exec", "webapp-pod-sidecar", "sh", "-c", "for i in $(seq 1 100); do wget -qO- http://localhost:8080/ && exit 0; sleep 0.1; done; exit 1"]);
    assert!(got.contains("seeded-by-init"), "{got}");
    // Environment from the ConfigMap, the Secret and the pod's name.
    let e = env.ok(&["exec", "webapp-pod-server", "sh", "-c", "echo $LEVEL $PASSWORD $POD_NAME $CFG_COLOR"]);
    assert_eq!(e.trim(), "debug s3cr3t webapp-pod blue");
    // One key of the ConfigMap as a file (subPath), the Secret as files, read-only.
    assert_eq!(env.ok(&["exec", "webapp-pod-server", "cat", "/etc/app/app.conf"]), "listen=8080\ngreeting=hello\n");
    assert_eq!(env.ok(&["exec", "webapp-pod-server", "cat", "/etc/secret/PASSWORD"]), "s3cr3t");
    env.fail(&["exec", "webapp-pod-server", "sh", "-c", "echo x > /etc/secret/PASSWORD"], 1);
    // The httpGet liveness probe is the server's health check, and passes.
    let test = env.ok(&["inspect", "--format", "{{json .Config.Healthcheck.Test}}", "webapp-pod-server"]);
    assert!(test.contains("http://localhost:8080/index.html"), "{test}");
    env.ok(&["healthcheck", "run", "webapp-pod-server"]);
    let mem = env.ok(&["inspect", "--format", "{{.HostConfig.Memory}}", "webapp-pod-server"]);
    assert_eq!(mem.trim(), (128u64 << 20).to_string());
    // The claim is a named volume, labelled as the play's.
    assert_eq!(env.ok(&["volume", "ls", "-q"]).trim(), "webapp-data");

    // A second play needs --replace; the volume and its data stay.
    env.fail(&["kube", "play", &file], 125);
    env.ok(&["kube", "play", "--replace", &file]);
    assert!(fetch(port).contains("seeded-by-init"));

    // down: the pods go, the volume stays unless asked.
    let down = env.ok(&["kube", "down", &file]);
    assert!(down.contains("webapp-pod") && !down.contains("webapp-data"), "{down}");
    assert_eq!(env.ok(&["ps", "-a", "-q"]).trim(), "");
    assert_eq!(env.ok(&["volume", "ls", "-q"]).trim(), "webapp-data");
    let down = env.ok(&["kube", "down", "--force", &file]);
    assert!(down.contains("Volumes removed:\nwebapp-data"), "{down}");
    assert_eq!(env.ok(&["volume", "ls", "-q"]).trim(), "");
    assert!(env.monitors().is_empty(), "monitors left: {:?}", env.monitors());
}

#[test]
fn job_runs_to_completion_and_pod_fields_apply() {
    let env = TestEnv::new();
    let file = fixture(&env, "batch.yaml", 0);
    let out = env.run(&["kube", "play", &file]);
    assert!(out.success(), "{}", out.describe());
    for w in ["Job migrate: spec.backoffLimit: not supported", "Pod tools: spec.dnsConfig.options: not supported", "Pod tools: spec.securityContext.fsGroup: not supported"] {
        assert!(out.stderr.contains(w), "no warning {w:?}:\n{}", out.stderr);
    }
    // The Job's pod ran its container to completion (restartPolicy Never).
    assert_eq!(env.ok(&["wait", "migrate-pod-migrate"]).trim(), "0");
    assert_eq!(env.ok(&["logs", "migrate-pod-migrate"]).trim(), "migrated as 0");
    assert_eq!(env.ok(&["inspect", "--format", "{{.HostConfig.RestartPolicy.Name}}", "migrate-pod-migrate"]).trim(), "no");

    // shareProcessNamespace: each container sees the other's process.
    let ps = env.ok(&["exec", "tools-worker", "ps", "-o", "args"]);
    assert!(ps.contains("sleep 100002"), "{ps}");
    // securityContext: the pod's user, no-new-privileges on the watcher.
    assert_eq!(env.ok(&["exec", "tools-worker", "id", "-u"]).trim(), "1000");
    assert_eq!(env.ok(&["exec", "tools-watcher", "sh", "-c", "grep NoNewPrivs /proc/self/status"]).split_whitespace().last(), Some("1"));
    // hostname, hostAliases, dnsConfig.
    assert_eq!(env.ok(&["exec", "tools-worker", "hostname"]).trim(), "toolbox");
    let hosts = env.ok(&["exec", "tools-worker", "cat", "/etc/hosts"]);
    assert!(hosts.contains("10.1.2.3") && hosts.contains("db.internal"), "{hosts}");
    let resolv = env.ok(&["exec", "tools-worker", "cat", "/etc/resolv.conf"]);
    assert!(resolv.contains("nameserver 10.1.2.53") && resolv.contains("corp.example"), "{resolv}");

    let down = env.ok(&["kube", "down", &file]);
    assert!(down.contains("migrate-pod") && down.contains("tools"), "{down}");
    assert_eq!(env.ok(&["ps", "-a", "-q"]).trim(), "");
    assert_eq!(env.ok(&["pod", "ps", "-q"]).trim(), "");
}

/// The fields `kube play` of `kube generate`'s YAML must give back.
fn summary(env: &TestEnv, name: &str) -> serde_json::Value {
    let v: serde_json::Value = serde_json::from_str(&env.ok(&["inspect", name])).unwrap();
    let c = &v[0];
    let mut mounts: Vec<String> = c["Mounts"].as_array().unwrap().iter().filter(|m| m["Destination"] != "/dhow-infra").map(|m| format!("{} {} {}", m["Type"], m["Name"].as_str().unwrap_or(""), m["Destination"])).collect();
    mounts.sort();
    let env_vars: Vec<&serde_json::Value> = c["Config"]["Env"].as_array().unwrap().iter().filter(|e| e.as_str().is_some_and(|e| e.starts_with("MODE="))).collect();
    serde_json::json!({
        "image": c["ImageName"], "entrypoint": c["Config"]["Entrypoint"], "cmd": c["Config"]["Cmd"], "env": env_vars,
        "user": c["Config"]["User"], "workdir": c["Config"]["WorkingDir"], "memory": c["HostConfig"]["Memory"], "cpus": c["HostConfig"]["NanoCpus"],
        "capdrop": c["HostConfig"]["CapDrop"], "tmpfs": c["HostConfig"]["Tmpfs"], "mounts": mounts,
    })
}

/// `kube play (kube generate POD)` gives back an equivalent pod: images,
/// commands, env, user, limits, ports, named volumes (with their claims),
/// binds and tmpfs; the YAML (Pod, Deployment, Service) is valid
/// Kubernetes; a generated Deployment of 2 replicas plays as 2 pods.
#[test]
fn generate_then_play_gives_an_equivalent_pod() {
    let env = TestEnv::new();
    let img = env.fx().busybox.reference.clone();
    env.ok(&["pull", "-q", &img]);
    let port = free_port();
    let host_dir = env.home().join("site");
    env.write_home("site/index.html", "from-the-host\n");
    let bind = format!("{}:/www:ro", host_dir.display());
    env.ok(&["pod", "create", "--name", "rt", "--share", "+pid", "-p", &format!("127.0.0.1:{port}:8080"), "--add-host", "db.local:10.9.8.7"]);
    env.ok(&["run", "-d", "--pod", "rt", "--name", "web", "-e", "MODE=rt", "-m", "96m", "--cpus", "0.5", "--cap-drop", "MKNOD", "-w", "/www", "-v", &bind, "-v", "rtdata:/data", "--tmpfs", "/scratch", &img, "httpd", "-f", "-p", "8080", "-h", "/www"]);
    env.ok(&["run", "-d", "--pod", "rt", "--name", "side", "--user", "1000:1000", &img, "sleep", "1000"]);
    assert!(fetch(port).contains("from-the-host"));
    let before = (summary(&env, "web"), summary(&env, "side"));
    // The summary holds what it compares.
    let (w, sd) = &before;
    assert_eq!((w["memory"].as_u64(), w["cpus"].as_u64(), sd["user"].as_str()), (Some(96 << 20), Some(500_000_000), Some("1000:1000")), "{before:?}");
    assert!(w["image"].as_str().is_some_and(|i| i.contains("busybox")) && w["env"][0] == "MODE=rt" && w["workdir"] == "/www", "{before:?}");
    assert_eq!(w["mounts"].as_array().map(Vec::len), Some(2), "{before:?}");
    assert!(w["tmpfs"].get("/scratch").is_some() && w["capdrop"][0] == "MKNOD" && w["cmd"][0] == "httpd", "{before:?}");

    let yaml = env.ok(&["kube", "generate", "-s", "rt"]);
    assert!(yaml.starts_with("apiVersion: v1\nkind: PersistentVolumeClaim") && yaml.contains("claimName: rtdata"), "{yaml}");
    assert!(yaml.contains("runAsUser: 1000") && yaml.contains("medium: Memory") && yaml.contains("type: Directory"), "{yaml}");
    let file = env.write_home("rt.yaml", &yaml);
    validate(&file);
    let deployment = env.ok(&["kube", "generate", "--type", "deployment", "-r", "2", "rt"]);
    let deployment_file = env.write_home("rt-deploy.yaml", &deployment);
    validate(&deployment_file);
    env.ok(&["pod", "rm", "-f", "rt"]);

    let out = env.run(&["kube", "play", file.to_str().unwrap()]);
    assert!(out.success(), "{}", out.describe());
    // Only the Service is not played; the claim's volume exists already.
    assert_eq!(out.stderr.matches("WARN: ").count(), 1, "{}", out.stderr);
    assert!(fetch(port).contains("from-the-host"));
    let after = (summary(&env, "rt-web"), summary(&env, "rt-side"));
    assert_eq!(before, after);
    let shared = env.ok(&["pod", "inspect", "--format", "{{json .SharedNamespaces}}", "rt"]);
    assert_eq!(shared.trim(), r#"["net","ipc","uts","pid"]"#);
    let hosts = env.ok(&["exec", "rt-side", "cat", "/etc/hosts"]);
    assert!(hosts.contains("10.9.8.7\tdb.local"), "{hosts}");
    env.ok(&["kube", "down", "--force", file.to_str().unwrap()]);
    // rtdata was made by run -v, not by the play: it stays.
    assert_eq!(env.ok(&["volume", "ls", "-q"]).trim(), "rtdata");

    let out = env.run(&["kube", "play", deployment_file.to_str().unwrap()]);
    assert!(out.success(), "{}", out.describe());
    let mut pods: Vec<String> = env.ok(&["pod", "ps", "--format", "{{.Name}} {{.Status}}"]).lines().map(String::from).collect();
    pods.sort();
    assert_eq!(pods, ["rt-pod Running", "rt-pod-1 Running"]);
    assert!(fetch(port).contains("from-the-host"), "the first replica publishes the port");
    env.ok(&["kube", "down", deployment_file.to_str().unwrap()]);
    assert_eq!(env.ok(&["ps", "-a", "-q"]).trim(), "");
}

/// `--configmap FILE` supplies the ConfigMap the YAML refers to;
/// `--start=false` creates without starting; `hostNetwork` is the host's
/// network namespace; `kube down` needs no --configmap.
#[test]
fn configmap_file_start_false_and_host_network() {
    let env = TestEnv::new();
    let img = env.fx().busybox.reference.clone();
    env.ok(&["pull", "-q", &img]);
    let cm = env.write_home("cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings}\ndata: {GREETING: hi-from-file}\n");
    let yaml = format!(
        "apiVersion: v1\nkind: Pod\nmetadata: {{name: hostnet}}\nspec:\n  hostNetwork: true\n  containers:\n  - name: c\n    image: {img}\n    command: [sleep, '1000']\n    env:\n    - {{name: GREETING, valueFrom: {{configMapKeyRef: {{name: settings, key: GREETING}}}}}}\n"
    );
    let file = env.write_home("hostnet.yaml", &yaml);
    let (cm, file) = (cm.to_str().unwrap(), file.to_str().unwrap());
    let err = env.fail(&["kube", "play", file], 125);
    assert!(err.contains("settings"), "{err}");
    env.ok(&["kube", "play", "--start=false", "--configmap", cm, file]);
    assert_eq!(env.ok(&["pod", "ps", "--format", "{{.Name}} {{.Status}}"]).trim(), "hostnet Created");
    env.ok(&["pod", "start", "hostnet"]);
    assert_eq!(env.ok(&["exec", "hostnet-c", "sh", "-c", "echo $GREETING"]).trim(), "hi-from-file");
    let inside = env.ok(&["exec", "hostnet-c", "stat", "-L", "-c", "%i", "/proc/self/ns/net"]);
    let host = std::fs::metadata("/proc/self/ns/net").map(|m| std::os::unix::fs::MetadataExt::ino(&m)).unwrap();
    assert_eq!(inside.trim(), host.to_string(), "the host's network namespace");
    env.ok(&["kube", "down", file]);
    assert_eq!(env.ok(&["ps", "-a", "-q"]).trim(), "");
}

/// A Deployment played again with `--replace` and fewer replicas keeps only
/// as many pods; `kube down` of the larger version removes every replica
/// it made, even those the smaller YAML no longer names.
#[test]
fn replace_with_fewer_replicas_removes_the_surplus() {
    let env = TestEnv::new();
    let img = env.fx().busybox.reference.clone();
    env.ok(&["pull", "-q", &img]);
    let deployment = |replicas: u32| format!(
        "apiVersion: apps/v1\nkind: Deployment\nmetadata: {{name: fleet}}\nspec:\n  replicas: {replicas}\n  selector:\n    matchLabels: {{app: fleet}}\n  template:\n    metadata:\n      labels: {{app: fleet}}\n    spec:\n      containers:\n      - {{name: c, image: {img}, command: [sleep, '1000']}}\n"
    );
    let pods = |env: &TestEnv| {
        let mut p: Vec<String> = env.ok(&["pod", "ps", "--format", "{{.Name}}"]).lines().map(String::from).collect();
        p.sort();
        p
    };
    let three = env.write_home("fleet3.yaml", &deployment(3));
    validate(&three);
    let three = three.to_str().unwrap();
    env.ok(&["kube", "play", three]);
    assert_eq!(pods(&env), ["fleet-pod", "fleet-pod-1", "fleet-pod-2"]);
    // A pod of the same name pattern that no play made is not the YAML's.
    env.ok(&["pod", "create", "--name", "fleet-pod-7"]);

    let one = env.write_home("fleet1.yaml", &deployment(1));
    let one = one.to_str().unwrap();
    env.ok(&["kube", "play", "--replace", one]);
    assert_eq!(pods(&env), ["fleet-pod", "fleet-pod-7"]);
    let members = env.ok(&["ps", "-a", "--format", "{{.Names}}"]);
    assert!(!members.contains("fleet-pod-1") && !members.contains("fleet-pod-2"), "the surplus pods' containers went with them: {members}");

    // Grown again, then brought down by the one-replica YAML: all replicas go.
    env.ok(&["kube", "play", "--replace", three]);
    assert_eq!(pods(&env), ["fleet-pod", "fleet-pod-1", "fleet-pod-2", "fleet-pod-7"]);
    let down = env.ok(&["kube", "down", one]);
    assert!(down.contains("fleet-pod-2"), "{down}");
    assert_eq!(pods(&env), ["fleet-pod-7"]);
    env.ok(&["pod", "rm", "-f", "fleet-pod-7"]);
    assert_eq!(env.ok(&["ps", "-a", "-q"]).trim(), "");
}

/// `--network NET`: the pods of one play join a user network and reach each
/// other by pod name.
#[test]
fn play_on_a_user_network_pods_reach_each_other_by_name() {
    let env = TestEnv::new();
    let img = env.fx().busybox.reference.clone();
    env.ok(&["pull", "-q", &img]);
    env.ok(&["network", "create", "kn"]);
    let pod = |name: &str| format!(
        "apiVersion: v1\nkind: Pod\nmetadata: {{name: {name}}}\nspec:\n  containers:\n  - name: web\n    image: {img}\n    command: [sh, -c, 'mkdir -p /www && echo i-am-{name} > /www/index.html && exec httpd -f -p 8080 -h /www']\n"
    );
    let file = env.write_home("net.yaml", &format!("{}---\n{}", pod("alpha"), pod("beta")));
    validate(&file);
    let file = file.to_str().unwrap();
    env.ok(&["kube", "play", "--network", "kn", file]);
    assert_eq!(env.ok(&["pod", "inspect", "--format", "{{.InfraConfig.NetworkMode}}", "alpha"]).trim(), "kn");
    let get = |from: &str, to: &str| {
        let script = format!("for i in $(seq 1 100); do wget -qO- http://{to}:8080/ && exit 0; sleep 0.1; done; exit 1");
        let out = env.run(&["exec", from, "sh", "-c", &script]);
        assert!(out.success(), "{}\n{from}'s /etc/hosts:\n{}", out.describe(), env.ok(&["exec", from, "cat", "/etc/hosts"]));
        out.stdout
    };
    assert_eq!(get("alpha-web", "beta").trim(), "i-am-beta");
    assert_eq!(get("beta-web", "alpha").trim(), "i-am-alpha");
    // A pod's own name is its own address too.
    assert_eq!(get("alpha-web", "alpha").trim(), "i-am-alpha");
    let err = env.fail(&["kube", "play", "--replace", "--network", "nosuchnet", file], 125);
    assert!(err.contains("nosuchnet"), "{err}");
    env.ok(&["kube", "down", file]);
    env.ok(&["network", "rm", "kn"]);
    assert_eq!(env.ok(&["ps", "-a", "-q"]).trim(), "");
}

/// `--build`: an image named in the YAML whose directory (NAME/Containerfile)
/// is beside the YAML is built first when it is missing; `--build` rebuilds
/// it when it exists, `--build=false` never builds.
#[test]
fn play_builds_images_from_directories_beside_the_yaml() {
    let env = TestEnv::new();
    let img = env.fx().busybox.reference.clone();
    env.ok(&["pull", "-q", &img]);
    env.write_home("app/webimg/Containerfile", &format!("FROM {img}\nRUN echo first-build > /built\n"));
    let yaml = "apiVersion: v1\nkind: Pod\nmetadata: {name: built}\nspec:\n  containers:\n  - {name: c, image: webimg, command: [sleep, '1000']}\n";
    let file = env.write_home("app/built.yaml", yaml);
    let file = file.to_str().unwrap();
    // Played from the home directory: the build directory is found beside the YAML.
    env.ok(&["kube", "play", "-q", file]);
    assert_eq!(env.ok(&["exec", "built-c", "cat", "/built"]).trim(), "first-build");
    assert!(env.ok(&["images", "--format", "{{.Repository}}"]).contains("webimg"));

    env.write_home("app/webimg/Containerfile", &format!("FROM {img}\nRUN echo second-build > /built && echo run-said-hello\n"));
    // The image exists: not built again without --build, nor with --build=false.
    env.ok(&["kube", "play", "--replace", file]);
    assert_eq!(env.ok(&["exec", "built-c", "cat", "/built"]).trim(), "first-build");
    env.ok(&["kube", "play", "--replace", "--build=false", file]);
    assert_eq!(env.ok(&["exec", "built-c", "cat", "/built"]).trim(), "first-build");
    // The build's output goes to stderr: stdout is only the play's result.
    let played = env.run(&["kube", "play", "--replace", "--build", file]);
    assert!(played.success(), "{}", played.describe());
    assert!(played.stderr.contains("STEP 2/2") && played.stderr.contains("run-said-hello"), "{}", played.describe());
    assert!(played.stdout.starts_with("Pod:\n") && played.stdout.lines().count() == 4, "{}", played.describe());
    assert_eq!(env.ok(&["exec", "built-c", "cat", "/built"]).trim(), "second-build");

    // A failing build fails the play and names the image.
    env.write_home("app/webimg/Containerfile", &format!("FROM {img}\nRUN exit 3\n"));
    let err = env.fail(&["kube", "play", "--replace", "--build", file], 125);
    assert!(err.contains("building image webimg"), "{err}");
    env.ok(&["kube", "down", file]);
    assert_eq!(env.ok(&["ps", "-a", "-q"]).trim(), "");
}

/// `--replace` checks the new YAML (images pulled, hostPath types, names in
/// use) before it removes anything: a play that would fail leaves the pod
/// it would have replaced running, its container untouched.
#[test]
fn a_failing_replace_leaves_the_old_pod_running() {
    let env = TestEnv::new();
    let img = env.fx().busybox.reference.clone();
    env.ok(&["pull", "-q", &img]);
    let missing = img.replace("/busybox:", "/no-such-image:");
    let pod = |image: &str, extra: &str| format!(
        "apiVersion: v1\nkind: Pod\nmetadata: {{name: keep}}\nspec:\n  containers:\n  - {{name: c, image: {image}, command: [sleep, '1000']}}\n{extra}"
    );
    let good = env.write_home("keep.yaml", &pod(&img, ""));
    let good = good.to_str().unwrap();
    env.ok(&["kube", "play", good]);
    // The running containers, the pod's infra with them.
    let running = |env: &TestEnv| env.ok(&["ps", "--format", "{{.ID}} {{.Names}}"]);
    let before = running(&env);
    assert_eq!(before.lines().filter(|l| l.ends_with(" keep-c")).count(), 1, "{before}");
    let state = |env: &TestEnv| env.ok(&["pod", "inspect", "--format", "{{.State}}", "keep"]).trim().to_string();
    assert_eq!(state(&env), "Running");

    // An image the registry does not have.
    let bad = env.write_home("bad-image.yaml", &pod(&missing, ""));
    let err = env.fail(&["kube", "play", "--replace", bad.to_str().unwrap()], 125);
    assert!(err.contains("no-such-image"), "{err}");
    assert_eq!((state(&env), running(&env)), ("Running".to_string(), before.clone()), "the old pod runs on, its container untouched");
    // A hostPath that must exist and does not.
    let volume = "  - {name: c2, image: IMG, command: [sleep, '1000'], volumeMounts: [{name: d, mountPath: /d}]}\n  volumes:\n  - {name: d, hostPath: {path: /nonexistent/dir, type: Directory}}\n".replace("IMG", &img);
    let bad = env.write_home("bad-path.yaml", &pod(&img, &volume));
    let err = env.fail(&["kube", "play", "--replace", bad.to_str().unwrap()], 125);
    assert!(err.contains("/nonexistent/dir"), "{err}");
    assert_eq!((state(&env), running(&env)), ("Running".to_string(), before.clone()));
    // A container name taken by a container outside the pod.
    env.ok(&["create", "--name", "keep-c2", &img, "true"]);
    let second = format!("  - {{name: c2, image: {img}, command: [sleep, '1000']}}\n");
    let taken = env.write_home("taken.yaml", &pod(&img, &second));
    let err = env.fail(&["kube", "play", "--replace", taken.to_str().unwrap()], 125);
    assert!(err.contains("keep-c2") && err.contains("in use"), "{err}");
    assert_eq!((state(&env), running(&env)), ("Running".to_string(), before.clone()));

    // Once the YAML can be played, --replace replaces.
    env.ok(&["rm", "keep-c2"]);
    env.ok(&["kube", "play", "--replace", taken.to_str().unwrap()]);
    let after = running(&env);
    assert_eq!(after.lines().filter(|l| l.ends_with(" keep-c") || l.ends_with(" keep-c2")).count(), 2, "{after}");
    let old_id = before.lines().find(|l| l.ends_with(" keep-c")).unwrap().split(' ').next().unwrap();
    assert!(!after.contains(old_id), "the old container was replaced: {after}");
    env.ok(&["kube", "down", good]);
    assert_eq!(env.ok(&["ps", "-a", "-q"]).trim(), "");
}
