//! podman's less common `run`/`create` flags end to end, as the
//! unprivileged test user: each flag's effect is observed from inside the
//! container (namespace inodes, /proc files, mounts, `id`, `umask`,
//! `date`), its `inspect` field checked, and a bad value refused with
//! exit 125.

mod common;

use common::TestEnv;

/// The busybox fixture, pulled into `env`; returns its reference.
fn image(env: &TestEnv) -> String {
    let f = &env.fx().busybox;
    env.ok(&["pull", "-q", &f.reference]);
    f.reference.clone()
}

fn inspect(env: &TestEnv, name: &str, template: &str) -> String {
    env.ok(&["inspect", "-f", template, name]).trim().to_string()
}

/// `readlink /proc/self/ns/KIND` as the test user on the host.
fn host_ns(env: &TestEnv, kind: &str) -> String {
    let out = env.run_command(env.exec("readlink", &[format!("/proc/self/ns/{kind}")]));
    assert!(out.success(), "{}", out.describe());
    out.stdout.trim().to_string()
}

/// `run --rm FLAGS IMG readlink /proc/self/ns/KIND`.
fn ctr_ns(env: &TestEnv, img: &str, flags: &[&str], kind: &str) -> String {
    let path = format!("/proc/self/ns/{kind}");
    let mut args = vec!["run", "--rm"];
    args.extend_from_slice(flags);
    args.extend_from_slice(&[img, "readlink", &path]);
    env.ok(&args).trim().to_string()
}

/// `run --rm FLAGS IMG sh -c SCRIPT`, stdout trimmed.
fn sh(env: &TestEnv, img: &str, flags: &[&str], script: &str) -> String {
    let mut args = vec!["run", "--rm"];
    args.extend_from_slice(flags);
    args.extend_from_slice(&[img, "sh", "-c", script]);
    env.ok(&args).trim().to_string()
}

#[test]
fn pid_ipc_uts_and_cgroup_namespaces() {
    let env = TestEnv::new();
    let img = image(&env);
    env.ok(&["run", "-d", "--name", "a", &img, "sleep", "1000"]);
    let a_pid = inspect(&env, "a", "{{.State.Pid}}");
    for kind in ["pid", "ipc", "uts"] {
        let host = host_ns(&env, kind);
        let own = ctr_ns(&env, &img, &[], kind);
        assert_ne!(own, host, "{kind}: a container has its own namespace");
        let flag = format!("--{kind}");
        assert_eq!(ctr_ns(&env, &img, &[&flag, "host"], kind), host, "{kind}=host");
        let of_a = env.ok(&["exec", "a", "readlink", &format!("/proc/self/ns/{kind}")]).trim().to_string();
        assert_ne!(of_a, host);
        assert_eq!(ctr_ns(&env, &img, &[&flag, "container:a"], kind), of_a, "{kind}=container:a");
        let path = format!("ns:/proc/{a_pid}/ns/{kind}");
        assert_eq!(ctr_ns(&env, &img, &[&format!("{flag}={path}")], kind), of_a, "{kind}={path}");
        assert_ne!(ctr_ns(&env, &img, &[&flag, "private"], kind), host);
    }
    // Sharing a's pid namespace: a's sleep is visible.
    assert!(sh(&env, &img, &["--pid", "container:a"], "ps -o comm").contains("sleep"));
    // --uts host: the host's name, and no --hostname of our own.
    let host_name = env.run_command(env.exec("hostname", &[] as &[&str])).stdout.trim().to_string();
    assert_eq!(sh(&env, &img, &["--uts", "host"], "hostname"), host_name);
    // --ipc none: no /dev/shm; the default has one.
    assert_eq!(sh(&env, &img, &["--ipc", "none"], "test -d /dev/shm && echo yes || echo no"), "no");
    assert_eq!(sh(&env, &img, &[], "test -d /dev/shm && echo yes || echo no"), "yes");
    // cgroup namespace: the host's by default (cgroup v1), a new one when private.
    let host_cg = host_ns(&env, "cgroup");
    assert_eq!(ctr_ns(&env, &img, &[], "cgroup"), host_cg);
    assert_ne!(ctr_ns(&env, &img, &["--cgroupns", "private"], "cgroup"), host_cg);
    env.ok(&["create", "--name", "modes", "--pid", "host", "--ipc", "container:a", "--uts", "private", "--cgroupns", "private", &img]);
    assert_eq!(inspect(&env, "modes", "{{.HostConfig.PidMode}} {{.HostConfig.UTSMode}} {{.HostConfig.CgroupnsMode}} {{.HostConfig.CgroupMode}}"), "host private private private");
    assert!(inspect(&env, "modes", "{{.HostConfig.IpcMode}}").starts_with("container:"));
    // Bad values: exit 125 with what to use.
    assert!(env.fail(&["run", "--rm", "--pid", "shareable", &img, "true"], 125).contains("--pid"));
    assert!(env.fail(&["run", "--rm", "--ipc", "container:nosuch", &img, "true"], 125).contains("no such container"));
    assert!(env.fail(&["run", "--rm", "--uts", "ns:/nonexistent/uts", &img, "true"], 125).contains("does not exist"));
    // Joining a stopped container's namespace: a clear start error.
    env.ok(&["stop", "-t", "0", "a"]);
    assert!(env.fail(&["run", "--rm", "--pid", "container:a", &img, "true"], 125).contains("must be running"));
}

#[test]
fn devices_groups_sysctls_and_shm() {
    let env = TestEnv::new();
    let img = image(&env);
    // --device: the host's node, at the path asked.
    let ls = sh(&env, &img, &["--device", "/dev/null:/dev/xnull:rw"], "ls -l /dev/xnull; echo hi > /dev/xnull && echo written");
    assert!(ls.starts_with('c'), "{ls}");
    assert!(ls.contains("1,") && ls.ends_with("written"), "{ls}");
    assert!(sh(&env, &img, &["--device", "/dev/full"], "ls -l /dev/full").starts_with('c'));
    env.ok(&["create", "--name", "dev", "--device", "/dev/null:/dev/xnull:r", &img]);
    assert_eq!(
        inspect(&env, "dev", "{{range .HostConfig.Devices}}{{.PathOnHost}} {{.PathInContainer}} {{.CgroupPermissions}}{{end}}"),
        "/dev/null /dev/xnull r"
    );
    assert!(env.fail(&["run", "--rm", "--device", "/dev/nosuch", &img, "true"], 125).contains("/dev/nosuch"));
    assert!(env.fail(&["run", "--rm", "--device", "/etc/passwd", &img, "true"], 125).contains("not a device"));

    // --group-add: by GID and by the container's group name.
    let ids = sh(&env, &img, &["--group-add", "1234", "--group-add", "app"], "id -G");
    let ids: Vec<&str> = ids.split_whitespace().collect();
    assert!(ids.contains(&"1234") && ids.contains(&"1000"), "{ids:?}");
    assert!(env.fail(&["run", "--rm", "--group-add", "nosuchgroup", &img, "true"], 125).contains("nosuchgroup"));

    // --sysctl: namespaced ones are set, others refused as docker does.
    let out = sh(&env, &img, &["--sysctl", "net.ipv4.ip_forward=1", "--sysctl", "kernel.shmmni=1234"], "cat /proc/sys/net/ipv4/ip_forward /proc/sys/kernel/shmmni");
    assert_eq!(out.split_whitespace().collect::<Vec<_>>(), ["1", "1234"]);
    assert!(env.fail(&["run", "--rm", "--sysctl", "vm.swappiness=1", &img, "true"], 125).contains("not allowed"));
    assert!(env.fail(&["run", "--rm", "--network", "host", "--sysctl", "net.ipv4.ip_forward=1", &img, "true"], 125).contains("--network=host"));
    assert!(env.fail(&["run", "--rm", "--sysctl", "kernel.shmmni", &img, "true"], 125).contains("KEY=VALUE"));
    env.ok(&["create", "--name", "sys", "--sysctl", "kernel.msgmax=9000", &img]);
    assert_eq!(inspect(&env, "sys", "{{index .HostConfig.Sysctls \"kernel.msgmax\"}}"), "9000");

    // --shm-size: the size of /dev/shm.
    let df = sh(&env, &img, &["--shm-size", "128m"], "df -k /dev/shm | tail -1");
    assert_eq!(df.split_whitespace().nth(1), Some("131072"), "{df}");
    env.ok(&["create", "--name", "shm", "--shm-size", "128m", &img]);
    assert_eq!(inspect(&env, "shm", "{{.HostConfig.ShmSize}}"), "134217728");
    assert_eq!(inspect(&env, "dev", "{{.HostConfig.ShmSize}}"), "65536000");
    assert!(env.fail(&["run", "--rm", "--shm-size", "lots", &img, "true"], 125).contains("--shm-size"));
}

#[test]
fn environment_annotations_timezone_and_umask() {
    let env = TestEnv::new();
    let img = image(&env);
    // --env-merge: the image's PATH with a prefix.
    let path = sh(&env, &img, &["--env-merge", "PATH=/opt/bin:${PATH}"], "echo $PATH");
    assert!(path.starts_with("/opt/bin:/") && path.len() > "/opt/bin:/".len(), "{path}");
    // --http-proxy: the host's proxy variables pass in unless =false.
    let mut cmd = env.command(&["run", "--rm", &img, "sh", "-c", "echo ${http_proxy:-none}"]);
    cmd.env("http_proxy", "http://proxy.example:3128");
    assert_eq!(env.run_command(cmd).stdout.trim(), "http://proxy.example:3128");
    let mut cmd = env.command(&["run", "--rm", "--http-proxy=false", &img, "sh", "-c", "echo ${http_proxy:-none}"]);
    cmd.env("http_proxy", "http://proxy.example:3128");
    assert_eq!(env.run_command(cmd).stdout.trim(), "none");
    // --annotation: in inspect and in the runtime spec.
    env.ok(&["run", "--name", "ann", "--annotation", "io.example/team=web", "--annotation", "empty=", &img, "true"]);
    assert_eq!(inspect(&env, "ann", "{{index .Config.Annotations \"io.example/team\"}}"), "web");
    assert!(env.fail(&["run", "--rm", "--annotation", "nokey", &img, "true"], 125).contains("--annotation"));
    // --tz: the zone's /etc/localtime.
    assert_eq!(sh(&env, &img, &["--tz", "Asia/Tokyo"], "date +%Z"), "JST");
    assert_eq!(sh(&env, &img, &[], "date +%Z"), "UTC");
    assert!(env.fail(&["run", "--rm", "--tz", "Nowhere/City", &img, "true"], 125).contains("--tz"));
    assert!(env.fail(&["run", "--rm", "--tz", "../../etc/passwd", &img, "true"], 125).contains("--tz"));
    env.ok(&["create", "--name", "tz", "--tz", "Asia/Tokyo", "--umask", "0077", &img]);
    assert_eq!(inspect(&env, "tz", "{{.Config.Timezone}} {{.Config.Umask}}"), "Asia/Tokyo 0077");
    // --umask: the process's mask, and the mode of a new file.
    assert_eq!(sh(&env, &img, &["--umask", "0027"], "umask"), "0027");
    assert!(sh(&env, &img, &["--umask", "0077"], "touch /tmp/f; ls -l /tmp/f").starts_with("-rw-------"));
    assert_eq!(sh(&env, &img, &[], "umask"), "0022");
    assert!(env.fail(&["run", "--rm", "--umask", "9", &img, "true"], 125).contains("--umask"));
}

#[test]
fn mounts_for_systemd_read_only_and_image_volumes() {
    let env = TestEnv::new();
    let img = image(&env);
    let mounted = |flags: &[&str], dest: &str| sh(&env, &img, flags, &format!("grep -q ' {dest} tmpfs ' /proc/mounts && echo tmpfs || echo none"));
    // --systemd=always: tmpfs on /run and /tmp, container= set.
    assert_eq!(mounted(&["--systemd", "always"], "/run"), "tmpfs");
    assert_eq!(mounted(&["--systemd", "always"], "/tmp"), "tmpfs");
    assert_eq!(sh(&env, &img, &["--systemd", "always"], "echo $container"), "dhow");
    // true (the default) only for init or systemd; false never.
    assert_eq!(mounted(&[], "/run"), "none");
    assert_eq!(mounted(&["--systemd", "false"], "/run"), "none");
    assert!(env.fail(&["run", "--rm", "--systemd", "maybe", &img, "true"], 125).contains("--systemd"));
    // --read-only: writable tmpfs on /tmp, /run, /var/tmp unless --read-only-tmpfs=false.
    assert_eq!(sh(&env, &img, &["--read-only"], "touch /tmp/x /run/y /var/tmp/z && echo ok; touch /etc/x 2>/dev/null || echo ro"), "ok\nro");
    assert_eq!(sh(&env, &img, &["--read-only", "--read-only-tmpfs=false"], "touch /tmp/x 2>/dev/null && echo ok || echo ro"), "ro");
    // --image-volume: an image VOLUME as a volume, a tmpfs, or nothing.
    let ctx = env.home().join("volctx");
    std::fs::create_dir_all(&ctx).unwrap();
    let profile = r#"{\"defaultAction\":\"SCMP_ACT_ALLOW\",\"syscalls\":[{\"names\":[\"mkdir\",\"mkdirat\"],\"action\":\"SCMP_ACT_ERRNO\"}]}"#;
    env.write_home("volctx/Dockerfile", &format!("FROM {img}\nVOLUME /data\nLABEL io.containers.seccomp.profile=\"{profile}\"\n"));
    env.ok(&["build", "-q", "-t", "withvol", ctx.to_str().unwrap()]);
    let where_data = |flags: &[&str]| sh(&env, "withvol", flags, "grep ' /data ' /proc/mounts | cut -d' ' -f3; echo end");
    assert_eq!(where_data(&["--image-volume", "tmpfs"]), "tmpfs\nend");
    assert_eq!(where_data(&["--image-volume", "ignore"]), "end");
    assert_ne!(where_data(&[]), "end", "the default binds a volume at /data");
    assert!(env.fail(&["run", "--rm", "--image-volume", "copy", "withvol", "true"], 125).contains("--image-volume"));
    // --seccomp-policy image: the image's profile (mkdir refused) instead of the default.
    let mk = |flags: &[&str]| sh(&env, "withvol", flags, "mkdir /tmp/d 2>/dev/null && echo made || echo refused");
    assert_eq!(mk(&["--seccomp-policy", "image"]), "refused");
    assert_eq!(mk(&["--seccomp-policy", "default"]), "made");
    assert_eq!(mk(&[]), "made");
    assert!(env.fail(&["run", "--rm", "--seccomp-policy", "mine", "withvol", "true"], 125).contains("--seccomp-policy"));
    // --init-path: that init as PID 1 (catatonit, installed with podman), the command after "--".
    if std::path::Path::new("/usr/bin/catatonit").exists() {
        let pid1 = sh(&env, &img, &["--init", "--init-path", "/usr/bin/catatonit"], "tr '\\0' ' ' </proc/1/cmdline");
        assert!(pid1.starts_with("/run/dhow-init -- sh -c"), "{pid1}");
    }
    assert!(env.fail(&["run", "--rm", "--init", "--init-path", "/no/such/init", &img, "true"], 125).contains("--init-path"));
}

#[test]
fn user_namespace_modes() {
    let env = TestEnv::new();
    let img = image(&env);
    let map = |flags: &[&str]| sh(&env, &img, flags, "cat /proc/self/uid_map").split_whitespace().collect::<Vec<_>>().join(" ");
    // keep-id: a nested user namespace of its own, shown in inspect.
    env.ok(&["run", "-d", "--name", "kid", "--userns", "keep-id", "--network", "none", &img, "sleep", "1000"]);
    let kid = env.ok(&["exec", "kid", "cat", "/proc/self/uid_map"]).split_whitespace().collect::<Vec<_>>().join(" ");
    assert_ne!(kid, map(&[]), "keep-id has a mapping of its own");
    assert_eq!(inspect(&env, "kid", "{{.HostConfig.UsernsMode}}"), "keep-id");
    // ns:PATH is opened at start: a missing file is named.
    assert!(env.fail(&["run", "--rm", "--userns", "ns:/nonexistent", &img, "true"], 125).contains("/nonexistent"));
    assert!(env.fail(&["run", "--rm", "--userns", "ns:relative", &img, "true"], 125).contains("--userns"));
    assert!(env.fail(&["run", "--rm", "--userns", "bogus", &img, "true"], 125).contains("--userns"));
    // Bad maps are refused before anything is created (good ones, and
    // auto/nomap: tests/userns_maps.rs).
    assert!(env.fail(&["run", "--rm", "--uidmap", "0:1", &img, "true"], 125).contains("--uidmap"));
    assert!(env.fail(&["run", "--rm", "--userns", "auto:size=0", &img, "true"], 125).contains("--userns"));
    assert!(env.fail(&["run", "--rm", "--userns", "keep-id", "--uidmap", "0:1:10", &img, "true"], 125).contains("--uidmap"));
}

#[test]
fn requires_starts_the_required_containers_first() {
    let env = TestEnv::new();
    let img = image(&env);
    env.ok(&["create", "--name", "db", &img, "sleep", "1000"]);
    env.ok(&["create", "--name", "cache", &img, "sleep", "1000"]);
    env.ok(&["run", "-d", "--name", "web", "--requires", "db,cache", &img, "sleep", "1000"]);
    assert_eq!(inspect(&env, "db", "{{.State.Status}}"), "running");
    assert_eq!(inspect(&env, "cache", "{{.State.Status}}"), "running");
    assert!(env.fail(&["create", "--requires", "nosuch", &img], 125).contains("no such container"));
}

#[test]
fn passwd_hostuser_keep_groups_and_timeout() {
    let env = TestEnv::new();
    let img = image(&env);
    // --passwd (default): a numeric --user the image lacks gets an entry.
    assert_eq!(sh(&env, &img, &["-u", "4321", "-w", "/tmp"], "grep ^4321: /etc/passwd"), "4321:*:4321:4321:container user:/tmp:/bin/sh");
    assert_eq!(sh(&env, &img, &["-u", "4321", "--passwd=false"], "grep -c ^4321: /etc/passwd || true"), "0");
    assert_eq!(sh(&env, &img, &["-u", "1000"], "grep -c :x:1000: /etc/passwd"), "1", "a known user is not added twice");
    // --hostuser: the host's entry of that user.
    let me = &env.user.name;
    let line = sh(&env, &img, &["--hostuser", me], &format!("grep ^{me}: /etc/passwd"));
    assert!(line.starts_with(&format!("{me}:x:{}:", env.user.uid)), "{line}");
    assert!(env.fail(&["run", "--rm", "--hostuser", "no-such-user-here", &img, "true"], 125).contains("--hostuser"));
    // --group-add keep-groups: the supplementary groups dhow runs with
    // stay (host group 100 is not mapped: nobody's 65534 inside, as with
    // podman); by default the container has none.
    let groups = |flags: &[&str]| {
        let base = env.command(&[]);
        let mut cmd = std::process::Command::new("setpriv");
        cmd.args(["--reuid", &env.user.uid.to_string(), "--regid", &env.user.gid.to_string(), "--groups", &format!("{},100", env.user.gid), "--"]);
        cmd.arg(base.get_program()).args(["run", "--rm"]).args(flags).args([&img, "sh", "-c", "grep ^Groups: /proc/self/status | cut -f2"]);
        cmd.env_clear().envs(base.get_envs().filter_map(|(k, v)| v.map(|v| (k, v)))).current_dir(env.home()).stdin(std::process::Stdio::null());
        let out = env.run_command(cmd);
        assert!(out.success(), "{}", out.describe());
        out.stdout.split_whitespace().map(String::from).collect::<Vec<_>>()
    };
    if env.user.switch {
        assert!(groups(&[]).is_empty());
        assert!(groups(&["--group-add", "keep-groups"]).contains(&"65534".to_string()));
    }
    assert!(env.fail(&["run", "--rm", "--group-add", "keep-groups", "--group-add", "12", &img, "true"], 125).contains("keep-groups"));
    // --timeout: killed after it (SIGKILL: 137).
    let out = env.run(&["run", "--name", "slow", "--timeout", "1", &img, "sleep", "1000"]);
    assert_eq!(out.code(), Some(137), "{}", out.describe());
    assert_eq!(inspect(&env, "slow", "{{.Config.Timeout}}"), "1");
}

#[test]
fn attach_streams_and_exec_preserve_fds() {
    let env = TestEnv::new();
    let img = image(&env);
    // -a stdout / -a stderr: only that stream reaches us.
    let out = env.run(&["run", "--rm", "-a", "stdout", &img, "sh", "-c", "echo out; echo err >&2"]);
    assert!(out.success() && out.stdout.trim() == "out" && !out.stderr.contains("err"), "{}", out.describe());
    let out = env.run(&["run", "--rm", "--attach", "stderr", &img, "sh", "-c", "echo out; echo err >&2"]);
    assert!(out.success() && out.stdout.is_empty() && out.stderr.trim() == "err", "{}", out.describe());
    assert!(env.fail(&["run", "--rm", "-a", "stdweird", &img, "true"], 125).contains("--attach"));
    assert!(env.fail(&["run", "-d", "-a", "stdout", &img, "true"], 125).contains("--detach"));
    // create -a: start -a shows those streams; inspect says which.
    env.ok(&["create", "--name", "errs", "-a", "stderr", &img, "sh", "-c", "echo out; echo err >&2"]);
    assert_eq!(inspect(&env, "errs", "{{.Config.AttachStdout}} {{.Config.AttachStderr}}"), "false true");
    let out = env.run(&["start", "-a", "errs"]);
    assert!(out.success() && out.stdout.is_empty() && out.stderr.trim() == "err", "{}", out.describe());
    assert!(env.fail(&["create", "-a", "stdweird", &img], 125).contains("--attach"));
    // exec --preserve-fds: our fd 3 is the process's fd 3.
    env.ok(&["run", "-d", "--name", "c", &img, "sleep", "1000"]);
    let file = env.write_home("passed.txt", "through fd 3\n");
    let dhow = env.command(&[]).get_program().to_owned();
    let with_fd3 = |args: &str| {
        let script = format!("exec 3<{}; exec {} {args}", file.display(), dhow.to_string_lossy());
        env.run_command(env.exec("sh", &["-c", &script]))
    };
    let out = with_fd3("exec --preserve-fds 1 c sh -c 'cat <&3'");
    assert!(out.success() && out.stdout == "through fd 3\n", "{}", out.describe());
    let out = with_fd3("exec c sh -c 'cat <&3'");
    assert!(!out.success() && !out.stdout.contains("through"), "without --preserve-fds fd 3 stays out: {}", out.describe());
    let out = with_fd3("exec --preserve-fds 2 c true");
    assert_eq!(out.code(), Some(125), "{}", out.describe());
    assert!(out.stderr.contains("file descriptor 4 is not available"), "{}", out.describe());
    // run --preserve-fds: the same for the container's process.
    let run = format!("run --rm --preserve-fds 1 {img} sh -c 'cat <&3'");
    let out = with_fd3(&run);
    assert!(out.success() && out.stdout == "through fd 3\n", "{}", out.describe());
    let out = with_fd3(&format!("run --rm {img} sh -c 'cat <&3'"));
    assert!(!out.success() && !out.stdout.contains("through"), "without --preserve-fds fd 3 stays out: {}", out.describe());
    let out = with_fd3(&format!("run --rm --preserve-fds 3 {img} true"));
    assert_eq!(out.code(), Some(125), "{}", out.describe());
    // exec -w and --env-file.
    let envf = env.write_home("vars.env", "GREETING=hi\n");
    let out = env.ok(&["exec", "-w", "/etc", "--env-file", envf.to_str().unwrap(), "c", "sh", "-c", "echo $PWD $GREETING"]);
    assert_eq!(out.trim(), "/etc hi");
}

#[test]
fn unsetenv_pid_files_passwd_entry_and_pod_id_file() {
    let env = TestEnv::new();
    let img = image(&env);
    // --unsetenv: neither the image's nor dhow's default; -e still sets it.
    let vars = |flags: &[&str]| {
        let mut args = vec!["run", "--rm"];
        args.extend_from_slice(flags);
        args.extend_from_slice(&[&img, "/bin/env"]);
        env.ok(&args)
    };
    assert!(vars(&[]).contains("HOSTNAME="));
    assert!(!vars(&["--unsetenv", "HOSTNAME"]).contains("HOSTNAME="));
    assert!(vars(&["--unsetenv", "HOSTNAME", "-e", "HOSTNAME=mine"]).contains("HOSTNAME=mine"));
    assert_eq!(vars(&["--unsetenv-all", "-e", "ONLY=1"]).trim(), "ONLY=1");
    // --pidfile / --conmon-pidfile: the container's and the monitor's PIDs.
    let pf = env.home().join("ctr.pid");
    let mf = env.home().join("mon.pid");
    env.ok(&["run", "-d", "--name", "p", "--pidfile", pf.to_str().unwrap(), "--conmon-pidfile", mf.to_str().unwrap(), &img, "sleep", "1000"]);
    assert_eq!(std::fs::read_to_string(&pf).unwrap(), inspect(&env, "p", "{{.State.Pid}}"));
    let mon: i32 = std::fs::read_to_string(&mf).unwrap().parse().unwrap();
    assert!(env.monitors().contains(&mon), "{mon} is a monitor");
    assert_eq!(inspect(&env, "p", "{{.HostConfig.PidFile}}"), pf.display().to_string());
    // --passwd-entry: podman's template for the added line.
    let line = sh(&env, &img, &["-u", "4321:55", "--passwd-entry", "$USERNAME:x:$UID:$GID:$NAME:$HOME:/bin/false"], "grep ^4321: /etc/passwd");
    assert_eq!(line, "4321:x:4321:55:container user:/:/bin/false");
    // --pod-id-file: as --pod with the file's ID.
    let pod_id = env.ok(&["pod", "create", "--name", "pp"]).trim().to_string();
    let idf = env.write_home("pod.id", &format!("{pod_id}\n"));
    env.ok(&["create", "--name", "inpod", "--pod-id-file", idf.to_str().unwrap(), &img]);
    assert_eq!(inspect(&env, "inpod", "{{.Pod}}"), pod_id);
    assert!(env.fail(&["create", "--pod", "pp", "--pod-id-file", idf.to_str().unwrap(), &img], 125).contains("--pod-id-file"));
    // --personality LINUX32: a 32-bit execution domain.
    if std::env::consts::ARCH == "x86_64" {
        assert_eq!(sh(&env, &img, &["--personality", "LINUX32"], "uname -m"), "i686");
        assert_eq!(sh(&env, &img, &[], "uname -m"), "x86_64");
    }
    assert!(env.fail(&["run", "--rm", "--personality", "WIN32", &img, "true"], 125).contains("--personality"));
    // --chrootdirs: a chroot inside the container gets the same hosts files.
    let out = sh(&env, &img, &["--chrootdirs", "/jail", "-h", "jailhost"], "cat /jail/etc/hostname; cmp /etc/hosts /jail/etc/hosts && echo same");
    assert_eq!(out, "jailhost\nsame");
    assert!(env.fail(&["run", "--rm", "--chrootdirs", "jail", &img, "true"], 125).contains("--chrootdirs"));
    assert!(env.fail(&["run", "--rm", "--subuidname", "someone", &img, "true"], 125).contains("--subuidname someone"));
    // --disable-content-trust: docker's, accepted and ignored as by podman.
    env.ok(&["run", "--rm", "--disable-content-trust", &img, "true"]);
}

#[test]
fn hosts_file_bases_and_no_hosts() {
    let env = TestEnv::new();
    let img = image(&env);
    let base = env.write_home("hosts.base", "23.45.67.89 file.example.com\n").display().to_string();
    // A host file as the base: its lines, then the localhost lines and dhow's entries.
    let flags = ["--hostname", "hosts-test.dev", "--name", "ht", "--hosts-file", &base, "--add-host", "add.example.com:34.56.78.90"];
    let out = sh(&env, &img, &flags, "cat /etc/hosts");
    for want in ["23.45.67.89 file.example.com", "34.56.78.90\tadd.example.com", "127.0.0.1\tlocalhost", "::1\tlocalhost", "hosts-test.dev ht", "host.containers.internal"] {
        assert!(out.contains(want), "{want:?} missing from the /etc/hosts of --hosts-file PATH:\n{out}");
    }
    assert!(out.starts_with("23.45.67.89 file.example.com\n"), "the base comes first:\n{out}");

    // An image with an /etc/hosts of its own (written with --no-hosts, which leaves the image's file in place).
    env.ok(&["run", "--name", "maker", "--no-hosts", &img, "sh", "-c", "echo '56.78.12.34 image.example.com' > /etc/hosts"]);
    env.ok(&["commit", "-q", "maker", "hosts-img:v1"]);
    let of = |flags: &[&str]| sh(&env, "hosts-img:v1", flags, "cat /etc/hosts");
    let image_based = of(&["--hosts-file", "image"]);
    assert!(image_based.contains("56.78.12.34 image.example.com") && image_based.contains("127.0.0.1\tlocalhost"), "--hosts-file=image:\n{image_based}");
    for (flags, what) in [(&["--hosts-file", "none"][..], "--hosts-file=none"), (&[][..], "the default")] {
        let out = of(flags);
        assert!(!out.contains("image.example.com") && out.contains("127.0.0.1\tlocalhost") && out.contains("::1\tlocalhost"), "{what}:\n{out}");
    }
    assert_eq!(of(&["--no-hosts"]), "56.78.12.34 image.example.com", "--no-hosts: the image's file untouched");

    // podman's refusals.
    let err = env.fail(&["run", "--rm", "--no-hosts", "--hosts-file", &base, &img, "true"], 125);
    assert!(err.contains("--no-hosts and --hosts-file cannot be set together"), "{err}");
    let err = env.fail(&["run", "--rm", "--hosts-file", "/nonexistent/hosts", &img, "true"], 125);
    assert!(err.contains("--hosts-file") && err.contains("no such file"), "{err}");
}

#[test]
fn device_cgroup_rules_are_checked_recorded_and_honestly_not_enforced() {
    let env = TestEnv::new();
    let img = image(&env);
    let out = env.run(&["run", "-d", "--name", "dc", "--cap-add", "mknod", "--device-cgroup-rule", "c 42:* rwm", "--device-cgroup-rule=b 8:1 r", &img, "sleep", "1000"]);
    assert!(out.success(), "{}", out.describe());
    assert!(out.stderr.contains("Warning: --device-cgroup-rule is recorded") && out.stderr.contains("not enforced"), "the warning says the rule does not take effect: {}", out.stderr);
    assert_eq!(inspect(&env, "dc", "{{json .HostConfig.DeviceCgroupRules}}"), r#"["c 42:* rwm","b 8:1 r"]"#);
    // The runtime spec carries the rules as OCI allow entries.
    let id = inspect(&env, "dc", "{{.Id}}");
    let spec = env.find_in_store(&format!("containers/{id}/config.json"));
    let spec: serde_json::Value = serde_json::from_slice(&std::fs::read(&spec[0]).unwrap()).unwrap();
    assert_eq!(
        spec["linux"]["resources"]["devices"],
        serde_json::json!([{"allow": true, "type": "c", "major": 42, "access": "rwm"}, {"allow": true, "type": "b", "major": 8, "minor": 1, "access": "r"}])
    );
    // Inside, as the warning says: the rule grants nothing the user namespace forbids.
    let made = env.run(&["exec", "dc", "mknod", "/tmp/dev42", "c", "42", "1"]);
    assert!(!made.success() && made.stderr.contains("not permitted"), "rootless, mknod stays refused: {}", made.describe());
    env.ok(&["rm", "-f", "dc"]);
    for bad in ["c 1:3 rwx", "c 1 rwm", "z 1:3 r"] {
        let err = env.fail(&["run", "--rm", "--device-cgroup-rule", bad, &img, "true"], 125);
        assert!(err.contains("invalid --device-cgroup-rule"), "{bad}: {err}");
    }
}

#[test]
fn rootfs_runs_a_directory_in_place_or_under_an_overlay() {
    let env = TestEnv::new();
    let img = image(&env);
    // An exploded root, owned by the test user: the fixture's files and a marker.
    let tar = env.home().join("rootfs.tar").display().to_string();
    env.ok(&["create", "--name", "src", &img, "true"]);
    env.ok(&["export", "-o", &tar, "src"]);
    let dir = env.write_home("exploded/marker", "from-the-host\n").parent().unwrap().to_path_buf();
    let d = dir.display().to_string();
    let out = env.run_command(env.exec("tar", &["-x", "-C", &d, "-f", &tar]));
    assert!(out.success(), "{}", out.describe());

    // In place: the container sees the directory as / and writes into it.
    let out = env.ok(&["run", "--name", "rf", "--rootfs", &d, "sh", "-c", "cat /marker; id -u; echo written > /in-place"]);
    assert_eq!(out, "from-the-host\n0\n");
    assert_eq!(std::fs::read_to_string(dir.join("in-place")).unwrap(), "written\n", "the write landed in the directory");
    assert_eq!(inspect(&env, "rf", "{{.Rootfs}}|{{.Image}}|{{.ImageName}}"), format!("{d}||"), "podman's fields: the directory, no image");
    assert_eq!(env.ok(&["start", "-a", "rf"]), "from-the-host\n0\n", "it starts again from the same directory");

    // With :O an overlay keeps the directory unchanged.
    let over = format!("{d}:O");
    assert_eq!(sh(&env, &over, &["--rootfs"], "echo overlay > /over; cat /over /marker"), "overlay\nfrom-the-host");
    assert!(!dir.join("over").exists(), "with :O the directory is not written");

    // In a pod: the member joins the pod's namespaces and takes the pod's
    // --hosts-file (podman 5) as the base of its /etc/hosts; its own wins.
    let base = env.write_home("pod.hosts", "23.45.67.89 pod-file.example.com\n").display().to_string();
    env.ok(&["pod", "create", "--name", "rp", "--hosts-file", &base, "--hostname", "podhost"]);
    let out = env.ok(&["run", "--rm", "--pod", "rp", "--rootfs", &over, "sh", "-c", "hostname; cat /marker /etc/hosts"]);
    assert!(out.starts_with("podhost\nfrom-the-host\n23.45.67.89 pod-file.example.com\n"), "{out}");
    let out = sh(&env, &img, &["--pod", "rp", "--hosts-file", "none"], "cat /etc/hosts");
    assert!(!out.contains("pod-file") && out.contains("127.0.0.1\tlocalhost"), "{out}");
    env.ok(&["pod", "rm", "-f", "rp"]);
    let err = env.fail(&["pod", "create", "--no-infra", "--hosts-file", &base], 125);
    assert!(err.contains("--hosts-file"), "{err}");

    // podman's refusals; removing the container leaves the directory.
    let err = env.fail(&["commit", "rf", "x:v1"], 125);
    assert!(err.contains("exploded rootfs"), "{err}");
    env.ok(&["rm", "rf"]);
    assert!(dir.join("marker").exists() && dir.join("in-place").exists(), "rm leaves the user's directory alone");
    let err = env.fail(&["run", "--rm", "--rootfs", "/nonexistent-root", "true"], 125);
    assert!(err.contains("no such directory"), "{err}");
}
