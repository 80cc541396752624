//! `kube play` / `kube down` of real-world manifests (tests/fixtures/kube/),
//! rootless against the local registry: what is honoured works inside the
//! containers, every field that is not is named in a warning, and `kube
//! down` removes exactly what the play made.

mod common;

use common::http::{fetch, free_port};
use common::TestEnv;

/// The fixture with the test's image (and host port) filled in, written to
/// the test user's home.
fn fixture(env: &TestEnv, name: &str, port: u16) -> String {
    let f = &env.fx().busybox;
    env.ok(&["pull", "-q", &f.reference]);
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/kube").join(name);
    let yaml = std::fs::read_to_string(&path).unwrap().replace("IMAGE", &f.reference).replace("HOSTPORT", &port.to_string());
    env.write_home(name, &yaml).to_str().unwrap().to_string()
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
        "PersistentVolumeClaim webapp-data: spec.resources: not supported",
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
    assert_eq!(out.stderr.matches("WARN: ").count(), 9, "a warning for each unhonoured field, nothing else:\n{}", out.stderr);
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
