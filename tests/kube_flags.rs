//! podman's `kube play` flags, rootless: `--annotation`, `--log-driver`,
//! `--log-opt`, `--no-hosts`, `--userns`, `--ip`/`--mac-address` (one per
//! pod, in order), `--seccomp-profile-root` with the YAML's seccomp
//! annotation, and the registry flags of the play's pulls.

mod common;

use common::TestEnv;

fn image(env: &TestEnv) -> String {
    let f = &env.fx().busybox;
    env.ok(&["pull", "-q", &f.reference]);
    f.reference.clone()
}

fn pod_yaml(name: &str, img: &str, annotations: &str) -> String {
    format!(
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: {name}\n{annotations}spec:\n  containers:\n  - name: app\n    image: {img}\n    command: [\"sleep\", \"1000\"]\n"
    )
}

#[test]
fn play_flags_reach_every_container_and_pod() {
    let env = TestEnv::new();
    let img = image(&env);
    env.ok(&["network", "create", "knet", "--subnet", "10.99.0.0/24"]);
    let yaml = format!("{}---\n{}", pod_yaml("one", &img, "  annotations:\n    team: blue\n"), pod_yaml("two", &img, ""));
    let file = env.write_home("two-pods.yaml", &yaml);
    let file = file.to_str().unwrap();
    env.ok(&[
        "kube", "play", "--network", "knet", "--ip", "10.99.0.5", "--ip", "10.99.0.6", "--mac-address", "92:d0:c6:0a:29:33", "--annotation", "k=v",
        "--log-driver", "json-file", "--log-opt", "max-size=1m", "--no-hosts", file,
    ]);
    // --ip and --mac-address: the Nth for the Nth pod.
    let one = env.ok(&["exec", "one-app", "sh", "-c", "ip -4 addr show eth0; cat /sys/class/net/eth0/address"]);
    assert!(one.contains("10.99.0.5/24") && one.contains("92:d0:c6:0a:29:33"), "{one}");
    let two = env.ok(&["exec", "two-app", "ip", "-4", "addr", "show", "eth0"]);
    assert!(two.contains("10.99.0.6/24"), "{two}");
    // --annotation joins the YAML's; the log driver and its options are every container's.
    let a = env.ok(&["inspect", "--format", "{{json .Config.Annotations}}", "one-app"]);
    assert!(a.contains("\"k\":\"v\"") && a.contains("\"team\":\"blue\""), "{a}");
    let a = env.ok(&["inspect", "--format", "{{json .Config.Annotations}}", "two-app"]);
    assert!(a.contains("\"k\":\"v\"") && !a.contains("team"), "{a}");
    assert_eq!(env.ok(&["inspect", "--format", "{{.HostConfig.LogConfig.Type}}", "two-app"]).trim(), "json-file");
    let opts = env.ok(&["inspect", "--format", "{{json .HostConfig.LogConfig}}", "two-app"]);
    assert!(opts.contains("1m"), "{opts}");
    // --no-hosts: the image's /etc/hosts, without the pod's names.
    // (the fixture image has none: without --no-hosts it would name the pod's address).
    let hosts = env.ok(&["exec", "one-app", "sh", "-c", "cat /etc/hosts 2>&1; true"]);
    assert!(!hosts.contains("10.99.0.5"), "{hosts}");
    env.ok(&["kube", "down", file]);

    // One address per pod: more addresses than pods is an error, before anything is made.
    let err = env.fail(&["kube", "play", "--network", "knet", "--ip", "10.99.0.7", "--ip", "10.99.0.8", "--ip", "10.99.0.9", file], 125);
    assert!(err.contains("one address per pod"), "{err}");
    let err = env.fail(&["kube", "play", "--log-driver", "no-such-driver", file], 125);
    assert!(err.contains("no-such-driver"), "{err}");
    let err = env.fail(&["kube", "play", "--annotation", "novalue", file], 125);
    assert!(err.contains("--annotation"), "{err}");
    assert_eq!(env.ok(&["pod", "ps", "-q"]).trim(), "");
}

#[test]
fn play_userns_keep_id_and_auto() {
    let env = TestEnv::new();
    let img = image(&env);
    let file = env.write_home("p.yaml", &pod_yaml("k", &img, ""));
    let file = file.to_str().unwrap();
    env.ok(&["kube", "play", "--userns", "keep-id", file]);
    let uid = env.ok(&["exec", "k-app", "id", "-u"]);
    assert_eq!(uid.trim(), env.user.uid.to_string());
    env.ok(&["kube", "down", file]);

    env.ok(&["kube", "play", "--userns", "auto:size=2000", file]);
    let map = env.ok(&["exec", "k-app", "cat", "/proc/self/uid_map"]);
    let fields: Vec<&str> = map.split_whitespace().collect();
    assert_eq!((fields[0], fields[2]), ("0", "2000"), "{map}");
    assert_eq!(env.ok(&["exec", "k-app", "id", "-u"]).trim(), "0");
    // A second auto pod gets a range of its own.
    env.ok(&["pod", "create", "--name", "other", "--userns", "auto:size=2000"]);
    let other = env.ok(&["run", "--rm", "--pod", "other", &img, "cat", "/proc/self/uid_map"]);
    assert_ne!(other.split_whitespace().nth(1), Some(fields[1]), "{map} / {other}");
    env.ok(&["kube", "down", file]);

    let err = env.fail(&["kube", "play", "--userns", "bogus", file], 125);
    assert!(err.contains("invalid --userns"), "{err}");
}

#[test]
fn seccomp_profile_root_and_registry_flags() {
    let env = TestEnv::new();
    let img = image(&env);
    let profile = r#"{"defaultAction":"SCMP_ACT_ALLOW","syscalls":[{"names":["mkdir","mkdirat"],"action":"SCMP_ACT_ERRNO"}]}"#;
    let p = env.write_home("seccomp/deny-mkdir.json", profile);
    let root = p.parent().unwrap().to_str().unwrap().to_string();
    let yaml = pod_yaml("sec", &img, "  annotations:\n    seccomp.security.alpha.kubernetes.io/pod: localhost/deny-mkdir.json\n");
    let file = env.write_home("sec.yaml", &yaml);
    let file = file.to_str().unwrap();
    let out = env.run(&["kube", "play", "--seccomp-profile-root", &root, file]);
    assert!(out.success(), "{}", out.describe());
    assert!(!out.stderr.contains("annotations"), "annotations are honoured, not warned about: {}", out.stderr);
    let out = env.run(&["exec", "sec-app", "mkdir", "/made"]);
    assert!(!out.success() && out.stderr.contains("not permitted"), "{}", out.describe());
    env.ok(&["exec", "sec-app", "touch", "/touched"]);
    env.ok(&["kube", "down", file]);
    // Without the root the profile is looked for under podman's default, and not found.
    let err = env.fail(&["kube", "play", file], 125);
    assert!(err.contains("/var/lib/kubelet/seccomp/deny-mkdir.json"), "{err}");

    // --tls-verify=true makes the play's pull insist on HTTPS, which the
    // local registry does not speak; --tls-verify=false pulls.
    let fresh = TestEnv::new();
    let file = fresh.write_home("p.yaml", &pod_yaml("t", &img, ""));
    let file = file.to_str().unwrap();
    let err = fresh.fail(&["kube", "play", "--tls-verify=true", file], 125);
    assert!(err.contains("pulling image"), "{err}");
    // --authfile is the pull's: a broken one fails it.
    let auth = fresh.write_home("bad-auth.json", "{not json");
    let err = fresh.fail(&["kube", "play", "--tls-verify=false", "--authfile", auth.to_str().unwrap(), file], 125);
    assert!(err.contains("bad-auth.json"), "{err}");
    fresh.ok(&["kube", "play", "--tls-verify=false", "--creds", "u:p", file]);
    assert_eq!(fresh.ok(&["exec", "t-app", "echo", "pulled"]).trim(), "pulled");
}
