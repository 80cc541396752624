//! podman's `pod create` flags that every container of the pod gets (`-v`,
//! `--volumes-from`, `--device`, `--sysctl`, `--shm-size`, `--pid`,
//! `--uts`, the ID mapping; `--security-opt` is the infra's), `--infra-image`,
//! `pod clone` and `container clone --pod`, rootless, each checked from
//! inside a member.

mod common;

use common::TestEnv;

fn image(env: &TestEnv) -> String {
    let f = &env.fx().busybox;
    env.ok(&["pull", "-q", &f.reference]);
    f.reference.clone()
}

fn inspect(env: &TestEnv, pod: &str) -> serde_json::Value {
    let v: serde_json::Value = serde_json::from_str(&env.ok(&["pod", "inspect", pod])).unwrap();
    v[0].clone()
}

#[test]
fn members_get_the_pods_volumes_devices_sysctls_and_shm_the_infra_its_security_options() {
    let env = TestEnv::new();
    let img = image(&env);
    let file = env.write_home("shared/hello.txt", "hello-from-the-pod\n");
    let dir = file.parent().unwrap().display().to_string();
    env.ok(&["create", "--name", "src", "-v", "fromvol:/fromvol", &img, "sh", "-c", "echo in-volume > /fromvol/f"]);
    env.ok(&["start", "-a", "src"]);
    env.ok(&[
        "pod", "create", "--name", "p", "-v", &format!("{dir}:/shared:ro"), "--volumes-from", "src", "--device", "/dev/null:/dev/podnull",
        "--sysctl", "kernel.shmmni=4242", "--shm-size", "7m", "--security-opt", "no-new-privileges",
    ]);
    let script = "cat /shared/hello.txt; cat /fromvol/f; test -c /dev/podnull && echo device; cat /proc/sys/kernel/shmmni; \
                  grep ' /dev/shm ' /proc/mounts | grep -o 'size=[0-9]*k'; grep NoNewPrivs /proc/self/status; touch /shared/x 2>/dev/null || echo read-only";
    let out = env.ok(&["run", "--rm", "--pod", "p", &img, "sh", "-c", script]);
    let lines: Vec<&str> = out.lines().map(str::trim).collect();
    // --security-opt is the infra's (as podman 4.3), not the members'.
    assert_eq!(lines, ["hello-from-the-pod", "in-volume", "device", "4242", "size=7168k", "NoNewPrivs:\t0", "read-only"], "{out}");
    let infra = inspect(&env, "p")["InfraContainerID"].as_str().unwrap().to_string();
    assert_eq!(env.ok(&["inspect", "--format", "{{json .HostConfig.SecurityOpt}}", &infra]).trim(), r#"["no-new-privileges"]"#);

    // A member's own mount at the same place wins over the pod's.
    let own = env.write_home("own/hello.txt", "the-members-own\n");
    let own_dir = own.parent().unwrap().display().to_string();
    let out = env.ok(&["run", "--rm", "--pod", "p", "-v", &format!("{own_dir}:/shared"), "--shm-size", "3m", &img, "sh", "-c", "cat /shared/hello.txt; grep ' /dev/shm ' /proc/mounts | grep -o 'size=[0-9]*k'"]);
    assert_eq!(out.lines().collect::<Vec<_>>(), ["the-members-own", "size=3072k"], "{out}");

    // pod inspect shows them under podman's keys.
    let v = inspect(&env, "p");
    assert_eq!(v["mounts"][0]["Destination"], "/shared", "{v}");
    assert_eq!(v["mounts"][0]["Source"], dir.as_str(), "{v}");
    assert_eq!(v["mounts"][0]["RW"], false, "{v}");
    assert_eq!(v["security_opt"], serde_json::json!(["no-new-privileges"]), "{v}");
    assert_eq!(v["volumes_from"], serde_json::json!(["src"]), "{v}");
    assert_eq!(v["devices"][0]["PathInContainer"], "/dev/podnull", "{v}");
    assert_eq!(v["shm_size"], 7 * 1024 * 1024, "{v}");
    assert_eq!(v["InfraConfig"]["pid_ns"], "private", "{v}");

    // Bad settings fail the pod's create, not each member's later.
    let err = env.fail(&["pod", "create", "--name", "bad", "--sysctl", "kernel.panic=1"], 125);
    assert!(err.contains("not allowed"), "{err}");
    let err = env.fail(&["pod", "create", "--name", "bad", "--device", "/dev/no-such-device"], 125);
    assert!(err.contains("/dev/no-such-device"), "{err}");
    let err = env.fail(&["pod", "create", "--name", "bad", "--volumes-from", "no-such-ctr"], 125);
    assert!(err.contains("no-such-ctr"), "{err}");
    let err = env.fail(&["pod", "create", "--name", "bad", "--pid", "container:src"], 125);
    assert!(err.contains("--pid"), "{err}");
    env.fail(&["pod", "exists", "bad"], 1);
}

#[test]
fn pod_pid_and_uts_host() {
    let env = TestEnv::new();
    let img = image(&env);
    env.ok(&["pod", "create", "--name", "h", "--pid", "host", "--uts", "host", "--share", "+pid"]);
    let v = inspect(&env, "h");
    assert_eq!(v["InfraConfig"]["pid_ns"], "host", "{v}");
    assert_eq!(v["InfraConfig"]["uts_ns"], "host", "{v}");
    // This test's own process is visible in the member, and its host name is the host's.
    let me = std::process::id();
    let host = std::fs::read_to_string("/proc/sys/kernel/hostname").unwrap();
    let out = env.ok(&["run", "--rm", "--pod", "h", &img, "sh", "-c", &format!("test -d /proc/{me} && echo sees-host-pids; hostname")]);
    assert_eq!(out, format!("sees-host-pids\n{}", host), "{out}");
    // Without --pid host the pod's members do not see it.
    env.ok(&["pod", "create", "--name", "private", "--share", "+pid"]);
    let out = env.ok(&["run", "--rm", "--pod", "private", &img, "sh", "-c", &format!("test -d /proc/{me} && echo sees-host-pids; hostname")]);
    assert_eq!(out.trim(), "private", "{out}");
}

#[test]
fn infra_image_is_pulled_and_recorded_and_share_parent_accepted() {
    let env = TestEnv::new();
    let img = env.fx().busybox.reference.clone();
    // Not pulled first: pod create pulls it, as podman would to run it.
    env.ok(&["pod", "create", "--name", "i", "--infra-image", &img, "--infra-command", "sleep 1000", "--share-parent=false"]);
    let v = inspect(&env, "i");
    assert!(v["InfraConfig"]["InfraImage"].as_str().unwrap().contains("busybox"), "{v}");
    assert_eq!(v["InfraConfig"]["InfraCommand"], serde_json::json!(["sleep", "1000"]), "{v}");
    assert_eq!(v["ShareParent"], false, "{v}");
    assert!(env.ok(&["images", "--format", "{{.Repository}}"]).contains("busybox"));
    // The pod works: dhow's binary holds its namespaces.
    let out = env.ok(&["run", "--rm", "--pod", "i", &img, "echo", "member-ran"]);
    assert_eq!(out.trim(), "member-ran");
    let err = env.fail(&["pod", "create", "--name", "j", "--infra-image", "127.0.0.1:1/none/such:latest"], 125);
    assert!(err.contains("--infra-image"), "{err}");
    env.fail(&["pod", "exists", "j"], 1);
    let err = env.fail(&["pod", "create", "--name", "j", "--no-infra", "--infra-image", &img], 125);
    assert!(err.contains("infra container"), "{err}");
}

#[test]
fn pod_uidmap_is_every_members_mapping() {
    let env = TestEnv::new();
    let img = image(&env);
    env.ok(&["pod", "create", "--name", "m", "--uidmap", "0:1:1000", "--gidmap", "0:1:1000"]);
    let out = env.ok(&["run", "--rm", "--pod", "m", &img, "sh", "-c", "id -u; cat /proc/self/uid_map; stat -c %u /bin/busybox"]);
    let lines: Vec<Vec<&str>> = out.lines().map(|l| l.split_whitespace().collect()).collect();
    assert_eq!(lines, [vec!["0"], vec!["0", "1", "1000"], vec!["0"]], "{out}");
    let v = inspect(&env, "m");
    assert_eq!(v["InfraConfig"]["userns"], "private", "{v}");
    assert_eq!(v["IDMappings"]["UIDMap"], serde_json::json!(["0:1:1000"]), "{v}");
    let err = env.fail(&["run", "--rm", "--pod", "m", "--userns", "keep-id", &img, "true"], 125);
    assert!(err.contains("maps IDs"), "{err}");
    // Sharing PIDs, the infra runs with the mapping and members join its
    // user namespace: the pod's /proc shows the infra's and the member's
    // processes only.
    env.ok(&["pod", "create", "--name", "mp", "--uidmap", "0:1:1000", "--gidmap", "0:1:1000", "--share", "+pid"]);
    env.ok(&["run", "-d", "--pod", "mp", "--name", "sleeper", &img, "sleep", "1000"]);
    let out = env.ok(&["run", "--rm", "--pod", "mp", &img, "sh", "-c", "cat /proc/self/uid_map; ls /proc | grep -c '^[0-9]'; cat /proc/1/cmdline | tr '\\0' ' '"]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0].split_whitespace().collect::<Vec<_>>(), ["0", "1", "1000"], "{out}");
    let n: usize = lines[1].trim().parse().unwrap();
    assert!(n <= 6, "only the pod's processes: {out}");
    assert!(lines[2].contains("__pod-infra"), "the infra is PID 1: {out}");
    // --subuidname: resolved as a member's create does (pod create does not
    // enter dhow's namespace); sharing PIDs, the infra's mapping is the members'.
    let user = common::user::TEST_USER;
    env.ok(&["pod", "create", "--name", "sn", "--subuidname", user, "--share", "+pid"]);
    let out = env.ok(&["run", "--rm", "--pod", "sn", &img, "sh", "-c", "cat /proc/self/uid_map; cat /proc/1/cmdline"]);
    assert_eq!(out.lines().next().unwrap().split_whitespace().collect::<Vec<_>>(), ["0", "1", "65536"], "{out}");
    assert!(out.contains("__pod-infra"), "{out}");
    let err = env.fail(&["pod", "create", "--name", "n", "--uidmap", "0:1:10", "--userns", "keep-id"], 125);
    assert!(err.contains("cannot be used together"), "{err}");
}

#[test]
fn pod_clone_copies_the_pod_and_its_containers_and_container_clone_joins_a_pod() {
    use common::http::{fetch, free_port};
    let env = TestEnv::new();
    let img = image(&env);
    let file = env.write_home("www/index.html", "served-by-the-clone\n");
    let dir = file.parent().unwrap().display().to_string();
    let port = free_port();
    env.ok(&["pod", "create", "--name", "src", "-p", &format!("127.0.0.1:{port}:8080"), "--label", "app=web", "-v", &format!("{dir}:/www:ro")]);
    env.ok(&["create", "--pod", "src", "--name", "web", &img, "httpd", "-f", "-p", "8080", "-h", "/www"]);

    // A copy of the pod and its member, started; the original goes.
    let id = env.ok(&["pod", "clone", "--destroy", "--start", "src"]);
    assert_eq!(id.trim().len(), 64, "{id}");
    env.fail(&["pod", "exists", "src"], 1);
    env.fail(&["container", "exists", "web"], 1);
    let v = inspect(&env, "src-clone");
    assert_eq!(v["Id"], id.trim(), "{v}");
    assert_eq!(v["Labels"]["app"], "web", "{v}");
    assert_eq!(v["State"], "Running", "{v}");
    assert_eq!(v["mounts"][0]["Destination"], "/www", "{v}");
    assert_eq!(env.ok(&["inspect", "--format", "{{.Pod}}", "web-clone"]).trim(), id.trim());
    assert!(fetch(port).contains("served-by-the-clone"));

    // pod create flags replace the original's settings: a host name, a label;
    // the published port is the original's (the first clone stops to free it).
    env.ok(&["pod", "clone", "--name", "second", "--hostname", "h2", "--label", "app=other", "src-clone"]);
    env.ok(&["pod", "stop", "-t", "0", "src-clone"]);
    env.ok(&["pod", "start", "second"]);
    assert!(fetch(port).contains("served-by-the-clone"));
    assert_eq!(env.ok(&["exec", "web-clone-clone", "hostname"]).trim(), "h2");
    assert_eq!(inspect(&env, "second")["Labels"]["app"], "other");
    let err = env.fail(&["pod", "clone", "no-such-pod"], 125);
    assert!(err.contains("no such pod"), "{err}");

    // container clone --pod: the clone is a member of the pod (its host name, its localhost).
    env.ok(&["create", "--name", "solo", &img, "sh", "-c", "hostname; wget -qO- http://localhost:8080/"]);
    env.ok(&["container", "clone", "--pod", "second", "solo", "solo-in-pod"]);
    assert_eq!(env.ok(&["start", "-a", "solo-in-pod"]), "h2\nserved-by-the-clone\n");
    let pod_id = inspect(&env, "second")["Id"].as_str().unwrap().to_string();
    assert_eq!(env.ok(&["inspect", "--format", "{{.Pod}}", "solo-in-pod"]).trim(), pod_id);
    env.ok(&["create", "--name", "published", "-p", "8081:80", &img, "true"]);
    let err = env.fail(&["container", "clone", "--pod", "second", "published"], 125);
    assert!(err.contains("publishes ports"), "{err}");
    env.ok(&["pod", "rm", "-f", "second", "src-clone"]);
}

/// `pod create --ip6` gives the pod (its infra, whose network the members
/// share) that IPv6 address on an `--ipv6` network; block I/O flags are
/// checked and warned about as a container's are (podman ignores them too
/// for rootless pods on cgroup v1), never refused.
#[test]
fn pod_ip6_and_unenforced_block_io_flags() {
    let env = TestEnv::new();
    let img = image(&env);
    env.ok(&["network", "create", "--ipv6", "--subnet", "10.131.0.0/24", "--subnet", "fd00:131::/64", "dual"]);
    let out = env.run(&["pod", "create", "--name", "p6", "--network", "dual", "--ip6", "fd00:131::42", "--blkio-weight", "100", "--device-read-bps", "/dev/null:1mb"]);
    assert!(out.success(), "{}", out.describe());
    assert!(out.stderr.contains("--blkio-weight is not enforced") && out.stderr.contains("--device-read-bps is not enforced"), "{}", out.stderr);
    let addrs = env.ok(&["run", "--rm", "--pod", "p6", &img, "ip", "-6", "addr", "show", "scope", "global"]);
    assert!(addrs.contains("fd00:131::42"), "{addrs}");
    let err = env.fail(&["pod", "create", "--name", "bad", "--blkio-weight", "5"], 125);
    assert!(err.contains("invalid --blkio-weight 5"), "{err}");
    let err = env.fail(&["pod", "clone", "--ip6", "fd00:131::43", "p6"], 125);
    assert!(err.contains("--ip6 is not supported by dhow"), "{err}");
    env.ok(&["pod", "rm", "-f", "p6"]);
    env.ok(&["network", "rm", "dual"]);
}
