//! Scripts written for podman run unchanged: pflag's parsing rules (the last
//! value of a repeated flag wins, `--bool=false`, unknown flags named),
//! podman's global options, and the housekeeping flags scripts use, as a
//! script would type them.

mod common;

use common::{TestEnv, TestUser};

/// The busybox fixture, pulled into `env`; returns its reference.
fn image(env: &TestEnv) -> String {
    let f = &env.fx().busybox;
    env.ok(&["pull", "-q", &f.reference]);
    f.reference.clone()
}

/// Every visible command path (`["image", "ls"]`, ...), parents included.
fn command_paths(cmd: &clap::Command, prefix: &[String], out: &mut Vec<Vec<String>>) {
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        let mut path = prefix.to_vec();
        path.push(sub.get_name().to_string());
        out.push(path.clone());
        command_paths(sub, &path, out);
    }
}

#[test]
fn every_command_names_an_unknown_flag() {
    let env = TestEnv::new();
    let mut paths = Vec::new();
    command_paths(&dhow::cli::command(), &[], &mut paths);
    assert!(paths.len() > 40, "walked the whole tree: {paths:?}");
    for path in paths {
        let mut args: Vec<&str> = path.iter().map(String::as_str).collect();
        args.push("--no-such-flag");
        let err = env.fail(&args, 125);
        assert!(err.starts_with("Error: unknown flag: --no-such-flag\n"), "dhow {}: {err}", path.join(" "));
        assert!(err.contains(&format!("See 'dhow {} --help'", path.join(" "))), "dhow {}: {err}", path.join(" "));
    }
}

#[test]
fn unknown_run_flag_before_the_image_is_an_error_not_the_image() {
    let env = TestEnv::new();
    let img = image(&env);
    // (docker's --gpus, which neither podman 4.3 nor dhow takes.)
    for flag in ["--gpus", "--no-such-option"] {
        let err = env.fail(&["run", flag, "x", &img, "true"], 125);
        assert!(err.starts_with(&format!("Error: unknown flag: {flag}\n")), "{err}");
        let err = env.fail(&["create", &format!("{flag}=x"), &img], 125);
        assert!(err.starts_with(&format!("Error: unknown flag: {flag}\n")), "{err}");
    }
    let err = env.fail(&["run", "-Z", &img], 125);
    assert!(err.contains("unknown shorthand flag: 'Z'"), "{err}");
    assert_eq!(env.ok(&["ps", "-aq"]).trim(), "", "nothing was created");
}

#[test]
fn everything_after_the_image_belongs_to_the_command() {
    let env = TestEnv::new();
    let img = image(&env);
    assert_eq!(env.ok(&["run", "--rm", &img, "echo", "--help", "-d", "--rm=false", "--pod"]), "--help -d --rm=false --pod\n");
    assert_eq!(env.ok(&["run", "--rm", &img, "sh", "-c", "echo $0 $1", "a", "-b"]), "a -b\n");
    env.ok(&["run", "-d", "--name", "c", &img, "sleep", "100"]);
    assert_eq!(env.ok(&["exec", "c", "echo", "-n", "--x"]), "--x");
    env.ok(&["rm", "-f", "c"]);
}

#[test]
fn repeated_flags_the_last_value_wins() {
    let env = TestEnv::new();
    let img = image(&env);
    env.ok(&["create", "--name", "a", "--name", "b", &img]);
    let name = env.ok(&["inspect", "--format", "{{.Id}}", "--format", "{{.Name}}", "b"]);
    assert_eq!(name, "b\n", "podman's .Name, without docker's leading /");
    // A value that would be refused is overridden by the next one.
    let uid = TestUser::get().uid.to_string();
    assert_eq!(env.ok(&["run", "--rm", "--userns=bogus", "--userns=keep-id", &img, "id", "-u"]).trim(), uid);
    assert_eq!(env.ok(&["run", "--rm", "--userns=keep-id", "--userns=host", &img, "id", "-u"]).trim(), "0");
    // List flags still accumulate.
    let out = env.ok(&["run", "--rm", "-e", "A=1", "--env", "B=2", "-e", "A=3", &img, "sh", "-c", "echo $A$B"]);
    assert_eq!(out, "32\n");
}

#[test]
fn boolean_flags_take_true_and_false() {
    let env = TestEnv::new();
    let img = image(&env);
    // --rm=false keeps the container, --detach=false stays in the foreground.
    assert_eq!(env.ok(&["run", "--rm=false", "--detach=false", "--name", "kept", &img, "echo", "hi"]), "hi\n");
    assert_eq!(env.ok(&["ps", "-a", "--format", "{{.Names}}"]).trim(), "kept");
    // --rm=true removes, the last value winning over an earlier --rm=false.
    assert_eq!(env.ok(&["run", "--rm=false", "--rm=true", &img, "echo", "hi"]), "hi\n");
    assert_eq!(env.ok(&["ps", "-a", "--format", "{{.Names}}"]).trim(), "kept");
    // -d=true and the bundle -dit.
    let id = env.ok(&["run", "-d=true", "--name", "d", &img, "sleep", "100"]);
    assert_eq!(id.trim().len(), 64, "-d=true prints the ID: {id}");
    let id = env.ok(&["run", "-dit", "--name", "dit", &img, "sh"]);
    assert_eq!(id.trim().len(), 64, "-dit prints the ID: {id}");
    let tty = env.ok(&["inspect", "-f", "{{.Config.Tty}} {{.Config.OpenStdin}}", "dit"]);
    assert_eq!(tty.trim(), "true true");
    // A bare boolean never takes the next word: `--rm IMAGE` is not --rm=IMAGE.
    assert_eq!(env.ok(&["run", "--rm", "--sig-proxy", &img, "echo", "ok"]), "ok\n");
    // Go's spellings, and a clear error for anything else.
    assert_eq!(env.ok(&["run", "--rm=1", "--init=F", &img, "echo", "ok"]), "ok\n");
    let err = env.fail(&["run", "--rm=maybe", &img], 125);
    assert!(err.starts_with("Error: ") && err.contains("maybe"), "{err}");
    env.ok(&["rm", "-f", "d", "dit", "kept"]);
}

#[test]
fn podmans_global_options_are_accepted() {
    let env = TestEnv::new();
    let img = image(&env);
    let globals = [
        "--storage-driver", "overlay", "--storage-opt", "overlay.mount_program=/usr/bin/fuse-overlayfs",
        "--events-backend=file", "--cgroup-manager", "cgroupfs", "--runtime-flag", "debug",
        "--default-mounts-file", "/dev/null", "--tmpdir", "/tmp", "--network-cmd-path", "/usr/bin/slirp4netns",
        "--log-level=error", "--syslog",
    ];
    let mut args: Vec<&str> = globals.to_vec();
    args.extend(["run", "--rm", &img, "echo", "ok"]);
    assert_eq!(env.ok(&args), "ok\n");
    // After the command too, as pflag's persistent flags.
    let mut args = vec!["images", "-q"];
    args.extend(globals);
    assert!(!env.ok(&args).trim().is_empty());
    // Values that make no sense are refused, naming the flag.
    let err = env.fail(&["--log-level", "loud", "ps"], 125);
    assert!(err.contains("loud") && err.contains("--log-level"), "{err}");
    let err = env.fail(&["--cgroup-manager", "other", "ps"], 125);
    assert!(err.contains("--cgroup-manager"), "{err}");
    let err = env.fail(&["--storage-driver", "btrfs", "ps"], 125);
    assert!(err.starts_with("Error: ") && err.contains("btrfs") && err.contains("overlay"), "{err}");
    // vfs: the same store, with a warning saying so.
    let out = env.run(&["--storage-driver=vfs", "images", "-q"]);
    assert!(out.success() && out.stderr.contains("overlay"), "{}", out.describe());
}

#[test]
fn noout_silences_standard_output_only() {
    let env = TestEnv::new();
    let img = image(&env);
    assert_eq!(env.ok(&["--noout", "run", "--name", "n", &img, "echo", "hi"]), "");
    assert_eq!(env.ok(&["rm", "--noout", "n"]), "");
    let err = env.fail(&["--noout", "rm", "n"], 1);
    assert!(err.contains("no such container"), "errors still show: {err}");
}

#[test]
fn remote_connections_are_refused_clearly() {
    let env = TestEnv::new();
    for args in [
        &["--remote", "ps"][..],
        &["-r", "ps"],
        &["--url", "unix:///run/podman/podman.sock", "ps"],
        &["ps", "--url=tcp://h:8080"],
        &["--connection", "prod", "images"],
        &["-c", "prod", "images"],
        &["--identity", "/root/.ssh/id", "ps"],
    ] {
        let err = env.fail(args, 125);
        assert!(err.starts_with("Error: remote connections are not supported by dhow"), "{args:?}: {err}");
    }
}

#[test]
fn global_runtime_applies_to_run_and_create() {
    let Some(runc) = common::runc("the global --runtime test") else { return };
    let env = TestEnv::new();
    env.ok(&["--runtime", runc, "create", "--name", "g", &image(&env)]);
    assert_eq!(env.ok(&["inspect", "-f", "{{.HostConfig.Runtime}}", "g"]).trim(), runc);
    // run's own --runtime wins over the global one.
    assert_eq!(env.ok(&["--runtime", "/nonexistent", "run", "--rm", "--runtime", runc, &image(&env), "echo", "ok"]), "ok\n");
    env.ok(&["rm", "g"]);
}

/// Names in `ps -a`, sorted, for comparing sets.
fn names(env: &TestEnv, filter: &[&str]) -> Vec<String> {
    let mut args = vec!["ps", "-a", "--format", "{{.Names}}"];
    args.extend(filter);
    let mut v: Vec<String> = env.ok(&args).lines().map(String::from).collect();
    v.sort();
    v
}

#[test]
fn rm_time_and_ignore() {
    let env = TestEnv::new();
    let img = image(&env);
    // The shell traps TERM and exits 7: rm -f -t gives the stop signal first.
    env.ok(&["run", "-d", "--name", "t", &img, "sh", "-c", "trap 'exit 7' TERM; while :; do sleep 0.1; done"]);
    env.ok(&["run", "-d", "--name", "k", &img, "sleep", "100"]);
    assert_eq!(env.ok(&["rm", "-f", "-t", "5", "t", "--time=2"]), "t\n");
    assert_eq!(env.ok(&["rm", "--force", "k"]), "k\n");
    // --ignore: a missing container is no error, other errors still are.
    assert_eq!(env.ok(&["rm", "--ignore", "nope"]), "");
    assert_eq!(env.ok(&["rm", "-i", "nope", "--ignore=false", "-i"]), "");
    // podman and docker exit 1 when the container to remove is not there.
    let err = env.fail(&["rm", "nope"], 1);
    assert!(err.contains("no such container"), "{err}");
    // podman's -f on something missing: success and nothing printed (cleanup
    // scripts run `rm -f NAME` unconditionally); docker's fails.
    assert_eq!(env.ok(&["rm", "-f", "nope"]), "");
    assert_eq!(env.ok(&["rmi", "-f", "nope:latest"]), "");
    assert_eq!(env.ok(&["network", "rm", "-f", "nonet"]), "");
    assert_eq!(env.ok(&["pod", "rm", "-f", "nopod"]), "");
    assert_eq!(env.ok(&["volume", "rm", "-f", "novol"]), "");
    env.ok(&["run", "-d", "--name", "busy", &img, "sleep", "100"]);
    let err = env.fail(&["rm", "-i", "busy"], 2);
    assert!(err.contains("running"), "--ignore does not hide other failures: {err}");
    assert_eq!(env.ok(&["stop", "--ignore", "-t", "0", "nope", "busy"]), "busy\n");
    env.ok(&["rm", "busy"]);
}

#[test]
fn lifecycle_commands_take_all_latest_filter_and_cidfile() {
    let env = TestEnv::new();
    let img = image(&env);
    env.ok(&["create", "--name", "a", "--label", "grp=x", &img, "sleep", "100"]);
    env.ok(&["create", "--name", "b", "--label", "grp=y", &img, "sleep", "100"]);
    let cid = env.root.join("home/c.cid");
    env.ok(&["create", "--name", "c", "--cidfile", cid.to_str().unwrap(), &img, "sleep", "100"]);
    // start --filter picks by label, start --cidfile by file, --latest the newest.
    env.ok(&["start", "--filter", "label=grp=x"]);
    assert_eq!(names(&env, &["--filter", "status=running"]), ["a"]);
    env.ok(&["start", "--cidfile", cid.to_str().unwrap()]);
    assert_eq!(names(&env, &["--filter", "status=running"]), ["a", "c"]);
    env.ok(&["pause", "--latest"]);
    assert_eq!(names(&env, &["--filter", "status=paused"]), ["c"]);
    env.ok(&["unpause", "--all"]);
    // start --all starts what is not running; stop --all stops everything.
    env.ok(&["start", "--all"]);
    assert_eq!(names(&env, &["--filter", "status=running"]), ["a", "b", "c"]);
    env.ok(&["stop", "-a", "-t", "0"]);
    assert_eq!(names(&env, &["--filter", "status=running"]), Vec::<String>::new());
    env.ok(&["restart", "--all", "--running"]);
    assert_eq!(names(&env, &["--filter", "status=running"]), Vec::<String>::new(), "--running: none was running");
    env.ok(&["rm", "--filter", "label=grp=y"]);
    assert_eq!(names(&env, &[]), ["a", "c"]);
    env.ok(&["rm", "--cidfile", cid.to_str().unwrap()]);
    env.ok(&["rm", "-l"]);
    assert_eq!(names(&env, &[]), Vec::<String>::new());
}

#[test]
fn wait_condition() {
    let env = TestEnv::new();
    let img = image(&env);
    env.ok(&["create", "--name", "w", &img, "sh", "-c", "sleep 1; exit 3"]);
    assert_eq!(env.ok(&["wait", "--condition", "created", "w"]), "-1\n");
    let waiter = env.spawn(&["wait", "--condition=running", "--interval", "50ms", "w"]);
    env.ok(&["start", "w"]);
    let out = waiter.wait_with_output().expect("waiting for wait");
    assert!(out.status.success(), "wait --condition running ended once it ran");
    assert_eq!(env.ok(&["wait", "--condition", "stopped", "w"]), "3\n");
    assert_eq!(env.ok(&["wait", "--ignore", "nope", "w"]), "3\n");
    let err = env.fail(&["wait", "--condition", "bogus", "w"], 125);
    assert!(err.contains("bogus"), "{err}");
}

#[test]
fn ps_and_images_sort_and_hide_headings() {
    let env = TestEnv::new();
    let img = image(&env);
    for n in ["b", "c", "a"] {
        env.ok(&["create", "--name", n, &img]);
    }
    let ps = |args: &[&str]| {
        let mut v = vec!["ps", "-a", "--format", "{{.Names}}"];
        v.extend(args);
        env.ok(&v)
    };
    assert_eq!(ps(&[]), "a\nc\nb\n", "newest first by default");
    assert_eq!(ps(&["--sort", "names"]), "a\nb\nc\n");
    assert_eq!(ps(&["--sort=created"]), "a\nc\nb\n");
    let err = env.fail(&["ps", "--sort", "bogus"], 125);
    assert!(err.contains("bogus"), "{err}");
    let table = env.ok(&["ps", "-a", "--noheading", "--external"]);
    assert_eq!(table.lines().count(), 3, "no header:\n{table}");
    // images: --sort repository/tag order the rows; --noheading drops the header.
    env.ok(&["tag", &img, "localhost/zz:1"]);
    env.ok(&["tag", &img, "localhost/aa:2"]);
    let repos = env.ok(&["images", "--sort", "repository", "--format", "{{.Repository}}"]);
    let mut sorted: Vec<&str> = repos.lines().collect();
    sorted.sort();
    assert_eq!(repos.lines().collect::<Vec<_>>(), sorted);
    assert!(repos.contains("localhost/aa\nlocalhost/zz\n"), "{repos}");
    let tags = env.ok(&["images", "--sort=tag", "--noheading", "--format", "{{.Tag}}"]);
    assert!(tags.starts_with("1\n2\n"), "{tags}");
    assert!(!env.ok(&["images", "-n", "--sort", "size"]).contains("REPOSITORY"));
}

#[test]
fn volume_and_network_listings_filter_and_hide_headings() {
    let env = TestEnv::new();
    env.ok(&["volume", "create", "--label", "app=web", "v1"]);
    env.ok(&["volume", "create", "v2"]);
    assert_eq!(env.ok(&["volume", "ls", "--filter", "label=app=web", "-q"]), "v1\n");
    let table = env.ok(&["volume", "ls", "--noheading"]);
    assert_eq!(table.lines().count(), 2, "{table}");
    env.ok(&["network", "create", "--label", "app=web", "n1"]);
    assert_eq!(env.ok(&["network", "ls", "--filter", "name=n1", "--format", "{{.Name}}"]), "n1\n");
    let table = env.ok(&["network", "ls", "--noheading", "--filter", "label=app=web"]);
    assert!(table.starts_with(|c: char| c.is_ascii_hexdigit()) && table.lines().count() == 1, "{table}");
    // podman's -q prints names, with or without --no-trunc (docker's prints IDs).
    assert_eq!(env.ok(&["network", "ls", "-q", "--no-trunc", "--filter", "name=n1"]), "n1\n");
    let id = env.ok(&["network", "ls", "--no-trunc", "--format", "{{.ID}}", "--filter", "name=n1"]);
    assert_eq!(id.trim().len(), 64, "{id}");
    env.ok(&["network", "rm", "n1"]);
}

#[test]
fn logs_of_several_containers_are_prefixed() {
    let env = TestEnv::new();
    let img = image(&env);
    env.ok(&["run", "--name", "one", &img, "echo", "hello"]);
    env.ok(&["run", "--name", "two", &img, "echo", "world"]);
    assert_eq!(env.ok(&["logs", "one"]), "hello\n", "one container: no prefix");
    assert_eq!(env.ok(&["logs", "--names", "one", "two"]), "one hello\ntwo world\n");
    assert_eq!(env.ok(&["logs", "-n", "--color", "one", "two"]), "one hello\ntwo world\n");
    // Following several: both read at once, ended when both have ended.
    let mut followed: Vec<String> = env.ok(&["logs", "-f", "-n", "one", "two"]).lines().map(String::from).collect();
    followed.sort();
    assert_eq!(followed, ["one hello", "two world"]);
    let id = env.ok(&["inspect", "-f", "{{.Id}}", "one"]);
    assert_eq!(env.ok(&["logs", "one", "two"]).lines().next(), Some(format!("{} hello", &id[..12]).as_str()));
    assert_eq!(env.ok(&["logs", "--latest", "--tail", "1"]), "world\n");
}

#[test]
fn build_flags_scripts_use() {
    let env = TestEnv::new();
    let img = image(&env);
    let ctx = env.home().join("ctx");
    std::fs::create_dir_all(&ctx).unwrap();
    for (name, content) in [
        ("Containerfile", format!("FROM {img}\nCOPY . /ctx/\n")),
        ("keep.txt", "k".into()),
        ("skip.txt", "s".into()),
        ("my.ignore", "skip.txt\n".into()),
    ] {
        std::fs::write(ctx.join(name), content).unwrap();
        env.user.chown(&ctx.join(name));
    }
    env.user.chown(&ctx);
    let c = ctx.to_str().unwrap();
    env.ok(&[
        "build", "-q", "--pull-never", "--ignorefile", &format!("{c}/my.ignore"), "--ulimit", "nofile=1024:1024",
        "--runtime", "crun", "-t", "localhost/one", "-t", "localhost/two:2", "--tag=localhost/three", c,
    ]);
    for name in ["localhost/one", "localhost/two:2", "localhost/three"] {
        env.ok(&["image", "inspect", name]);
    }
    let files = env.ok(&["run", "--rm", "localhost/one", "ls", "/ctx"]);
    assert!(files.contains("keep.txt") && !files.contains("skip.txt"), "--ignorefile applies:\n{files}");
    // --pull-never: a missing base is an error, not a pull.
    std::fs::write(ctx.join("Containerfile"), format!("FROM {}/never/pulled:x\n", env.fx().registry.addr())).unwrap();
    let err = env.fail(&["build", "--pull-never", c], 125);
    assert!(err.contains("never/pulled"), "{err}");
}

#[test]
fn save_commit_events_and_cleanup_flags() {
    let env = TestEnv::new();
    let img = image(&env);
    let tar = env.home().join("img.tar");
    env.ok(&["save", "--uncompressed", "-o", tar.to_str().unwrap(), &img]);
    assert!(tar.metadata().unwrap().len() > 0);
    env.ok(&["run", "-d", "--name", "c", &img, "sleep", "100"]);
    env.ok(&["commit", "--pause=false", "-q", "c", "localhost/committed"]);
    env.ok(&["commit", "-p", "c", "localhost/committed2"]);
    let err = env.fail(&["container", "cleanup", "c"], 125);
    assert!(err.contains("running"), "{err}");
    env.ok(&["stop", "-t", "0", "c"]);
    let id = env.ok(&["inspect", "-f", "{{.Id}}", "c"]);
    assert_eq!(env.ok(&["container", "cleanup", "c"]), id);
    assert_eq!(env.ok(&["container", "cleanup", "--rm", "c"]), id);
    assert_eq!(env.ok(&["ps", "-aq"]), "");
    // events --stream=false prints what happened and exits.
    let events = env.ok(&["events", "--stream=false", "--filter", "event=remove", "--format", "{{.Status}}"]);
    assert_eq!(events, "remove\n");
}

#[test]
fn exists_answers_with_the_exit_code() {
    let env = TestEnv::new();
    let img = image(&env);
    env.ok(&["create", "--name", "c", &img]);
    env.ok(&["volume", "create", "vol"]);
    env.ok(&["network", "create", "net"]);
    for (kind, name) in [("container", "c"), ("image", img.as_str()), ("volume", "vol"), ("network", "net"), ("network", "podman")] {
        assert_eq!(env.ok(&[kind, "exists", name]), "", "{kind} {name}");
        let out = env.run(&[kind, "exists", "no-such-thing"]);
        assert_eq!(out.code(), Some(1), "{}", out.describe());
        assert!(out.stdout.is_empty() && out.stderr.is_empty(), "a miss prints nothing: {}", out.describe());
    }
    env.ok(&["container", "exists", "--external", "c"]);
    env.ok(&["network", "rm", "net"]);
}

#[test]
fn create_ignore_and_buildx() {
    let env = TestEnv::new();
    env.ok(&["network", "create", "net"]);
    assert_eq!(env.ok(&["network", "create", "--ignore", "net"]), "net\n");
    assert_eq!(env.ok(&["network", "create", "--ignore", "podman"]), "podman\n");
    let err = env.fail(&["network", "create", "net"], 125);
    assert!(err.contains("already exists"), "{err}");
    env.ok(&["volume", "create", "vol"]);
    assert_eq!(env.ok(&["volume", "create", "--ignore", "vol"]), "vol\n");
    env.ok(&["network", "rm", "net"]);
    // docker's buildx spelling of build.
    let img = image(&env);
    let ctx = env.home().join("bx");
    std::fs::create_dir_all(&ctx).unwrap();
    std::fs::write(ctx.join("Dockerfile"), format!("FROM {img}\nLABEL via=buildx\n")).unwrap();
    env.user.chown(&ctx.join("Dockerfile"));
    env.user.chown(&ctx);
    env.ok(&["buildx", "build", "-q", "-t", "localhost/bx", ctx.to_str().unwrap()]);
    assert_eq!(env.ok(&["inspect", "-f", "{{.Config.Labels.via}}", "localhost/bx"]), "buildx\n");
}

#[test]
fn info_format_uses_podmans_field_tree() {
    let env = TestEnv::new();
    let img = image(&env);
    env.ok(&["create", &img]);
    let t = "{{.Host.OCIRuntime.Name}}|{{.Store.GraphDriverName}}|{{.Host.Security.Rootless}}|{{.Host.OS}}|{{.Store.ContainerStore.Number}}|{{.Store.ImageStore.Number}}|{{.Store.GraphRoot}}|{{.Version.Version}}";
    let out = env.ok(&["info", "--format", t]);
    let want = format!("dhow|overlay|true|linux|1|1|{}|{}\n", env.store_dir().display(), env!("CARGO_PKG_VERSION"));
    assert_eq!(out, want);
    for field in ["{{.Host.NetworkBackend}}", "{{.Host.CgroupsVersion}}", "{{.Host.Arch}}", "{{.Host.Kernel}}", "{{.Host.MemTotal}}"] {
        let v = env.ok(&["info", "-f", field]);
        assert!(!v.trim().is_empty() && !v.contains("no value"), "{field}: {v:?}");
    }
    let json: serde_json::Value = serde_json::from_str(&env.ok(&["info", "--format", "json"])).unwrap();
    assert_eq!(json["host"]["ociRuntime"]["name"], "dhow", "json keeps podman's camelCase keys");
}

#[test]
fn errors_carry_the_phrases_scripts_grep_for() {
    let env = TestEnv::new();
    // Removing what is not there exits 1, as podman and docker do.
    for (args, phrase, code) in [
        (&["rmi", "nope"][..], "image not known", 1),
        (&["rmi", "nope"], "no such image", 1),
        (&["image", "inspect", "nope"], "image not known", 125),
        (&["rm", "nope"], "no such container", 1),
        (&["volume", "rm", "nope"], "no such volume", 1),
        (&["network", "rm", "nope"], "network not found", 1),
        (&["network", "inspect", "nope"], "network not found", 125),
        (&["inspect", "nope"], "no such object", 125),
    ] {
        let err = env.fail(args, code);
        assert!(err.starts_with("Error: ") && err.contains(phrase), "{args:?}: {err}");
    }
}

#[test]
fn system_reset_migrate_renumber_and_info() {
    let env = TestEnv::new();
    let img = image(&env);
    env.ok(&["run", "-d", "--name", "r", "-v", "data:/data", &img, "sleep", "100"]);
    env.ok(&["network", "create", "net"]);
    env.ok(&["create", "--network", "net", &img]);
    // Without --force it asks; end of input declines.
    let out = env.ok(&["system", "reset"]);
    assert!(out.contains("Are you sure"), "{out}");
    assert!(!env.ok(&["images", "-q"]).is_empty(), "declined: nothing removed");
    assert_eq!(env.ok(&["system", "migrate"]), "");
    assert_eq!(env.ok(&["system", "renumber"]), "");
    assert_eq!(env.ok(&["system", "info", "--format", "{{.Store.GraphDriverName}}"]), "overlay\n");
    env.ok(&["system", "reset", "--force"]);
    assert_eq!(env.ok(&["ps", "-aq"]), "");
    assert_eq!(env.ok(&["images", "-q"]), "");
    assert_eq!(env.ok(&["volume", "ls", "-q"]), "");
    assert_eq!(env.ok(&["network", "ls", "--format", "{{.Name}}"]), "podman\nhost\nnone\n", "only the built-in networks are left");
    assert!(env.monitors().is_empty(), "no monitor left running");
    // And dhow works on from empty.
    assert_eq!(env.ok(&["run", "--rm", &image(&env), "echo", "again"]), "again\n");
}

#[test]
fn run_replace_label_file_env_host_and_rmi() {
    let env = TestEnv::new();
    let img = image(&env);
    env.ok(&["run", "-d", "--name", "web", &img, "sleep", "100"]);
    let first = env.ok(&["inspect", "-f", "{{.Id}}", "web"]);
    env.ok(&["run", "-d", "--replace", "--name", "web", &img, "sleep", "100"]);
    let second = env.ok(&["inspect", "-f", "{{.Id}}", "web"]);
    assert_ne!(first, second, "--replace made a new container");
    assert_eq!(env.ok(&["ps", "-aq"]).lines().count(), 1);
    env.ok(&["create", "--replace", "--name", "fresh", &img]);
    let err = env.fail(&["create", "--name", "web", &img], 125);
    assert!(err.contains("already"), "without --replace the name is taken: {err}");
    // --label-file, then -l.
    let lf = env.home().join("labels");
    std::fs::write(&lf, "# comment\napp=web\ntier=front\n").unwrap();
    env.user.chown(&lf);
    env.ok(&["create", "--name", "lab", "--label-file", lf.to_str().unwrap(), "-l", "tier=back", &img]);
    assert_eq!(env.ok(&["inspect", "-f", "{{.Config.Labels.app}} {{.Config.Labels.tier}}", "lab"]), "web back\n");
    // --env-host passes dhow's environment (HOME here), -e still wins.
    let out = env.ok(&["run", "--rm", "--env-host", "-e", "USER=override", &img, "sh", "-c", "echo $HOME $USER"]);
    assert_eq!(out, format!("{} override\n", env.home().display()));
    // --rmi removes the container and its image once it exits.
    env.ok(&["tag", &img, "localhost/throwaway"]);
    assert_eq!(env.ok(&["run", "--rmi", "localhost/throwaway", "echo", "bye"]), "bye\n");
    let out = env.run(&["image", "exists", "localhost/throwaway"]);
    assert_eq!(out.code(), Some(1), "the image is gone: {}", out.describe());
    env.ok(&["rm", "-fa"]);
}

#[test]
fn unshare_runs_in_the_rootless_namespace() {
    let env = TestEnv::new();
    let img = image(&env);
    assert_eq!(env.ok(&["unshare", "id", "-u"]), "0\n", "root inside the namespace");
    let map = env.ok(&["unshare", "cat", "/proc/self/uid_map"]);
    assert!(map.lines().count() >= 1 && map.split_whitespace().nth(1) == Some(&TestUser::get().uid.to_string()), "{map}");
    let root = env.ok(&["unshare", "sh", "-c", "echo $CONTAINERS_GRAPHROOT"]);
    assert_eq!(root.trim(), env.store_dir().display().to_string());
    // Volume files of a container user can be fixed from there.
    env.ok(&["run", "--rm", "-v", "data:/data", &img, "sh", "-c", "touch /data/f && chown 1000:1000 /data/f"]);
    let path = env.ok(&["volume", "inspect", "-f", "{{.Mountpoint}}", "data"]);
    let f = format!("{}/f", path.trim());
    assert_eq!(env.ok(&["unshare", "stat", "-c", "%u", &f]), "1000\n");
    env.ok(&["unshare", "chown", "0:0", &f]);
    assert_eq!(env.ok(&["unshare", "stat", "-c", "%u", &f]), "0\n");
    // The command's exit code and 127 for a missing command.
    assert_eq!(env.run(&["unshare", "sh", "-c", "exit 4"]).code(), Some(4));
    env.fail(&["unshare", "no-such-command"], 127);
}

#[test]
fn latest_picks_the_newest_container() {
    let env = TestEnv::new();
    let img = image(&env);
    env.ok(&["run", "-d", "--name", "old", &img, "sleep", "100"]);
    env.ok(&["run", "-d", "--name", "new", "-p", "8080", &img, "sh", "-c", "touch /made; sleep 100"]);
    assert_eq!(env.ok(&["inspect", "-l", "-f", "{{.Name}}"]).trim().trim_start_matches('/'), "new");
    assert_eq!(env.ok(&["container", "inspect", "--latest", "-f", "{{.Name}}"]).trim().trim_start_matches('/'), "new");
    assert_eq!(env.ok(&["exec", "-l", "echo", "-n", "in-new"]), "in-new");
    assert_eq!(env.ok(&["exec", "--latest", "cat", "/etc/hostname"]), env.ok(&["exec", "new", "cat", "/etc/hostname"]));
    assert!(env.ok(&["top", "-l"]).contains("sleep"));
    assert!(env.ok(&["port", "-l", "8080"]).contains(':'));
    for _ in 0..50 {
        if env.ok(&["diff", "-l"]).contains("/made") {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    assert!(env.ok(&["diff", "-l"]).contains("A /made"));
    assert_eq!(env.ok(&["stop", "-l", "-t", "0"]), format!("{}\n", env.ok(&["inspect", "-f", "{{.Id}}", "new"]).trim()));
    env.ok(&["rm", "-fa"]);
    let err = env.fail(&["inspect", "-l"], 125);
    assert!(err.contains("--latest"), "{err}");
}

#[test]
fn volume_rm_all_rmi_no_prune_and_init() {
    let env = TestEnv::new();
    let img = image(&env);
    env.ok(&["volume", "create", "v1"]);
    env.ok(&["volume", "create", "v2"]);
    env.ok(&["create", "--name", "user", "-v", "v2:/d", &img]);
    // podman's code for a volume in use: 2.
    let err = env.fail(&["volume", "rm", "--all"], 2);
    assert!(err.contains("v2") && err.contains("volume is being used"), "a volume in use needs --force: {err}");
    assert_eq!(env.ok(&["volume", "ls", "-q"]), "v2\n", "the unused one went");
    assert_eq!(env.ok(&["init", "user"]), "user\n");
    assert_eq!(env.ok(&["container", "init", "--latest"]).trim().len(), 64);
    env.ok(&["volume", "rm", "-a", "-f"]);
    assert_eq!(env.ok(&["volume", "ls", "-q"]), "");
    env.ok(&["run", "-d", "--name", "up", &img, "sleep", "100"]);
    let err = env.fail(&["init", "up"], 125);
    assert!(err.contains("running"), "{err}");
    env.ok(&["rm", "-fa"]);
    env.ok(&["tag", &img, "localhost/np"]);
    env.ok(&["rmi", "--no-prune", "localhost/np"]);
}

#[test]
fn a_command_group_without_its_command_says_so() {
    let env = TestEnv::new();
    let err = env.fail(&["image"], 125);
    assert!(err.contains("Error: missing command 'dhow image COMMAND'"), "{err}");
    assert!(err.contains("Usage:"), "the group's help comes with it: {err}");
    let err = env.fail(&["no-such-command"], 125);
    assert!(err.starts_with("Error: ") && err.contains("no-such-command"), "{err}");
}

/// The flags of podman 4.3's run/create/ps/images/rm that dhow took last
/// (see src/cli/podman_flags.rs): each acts, or says why it cannot.
#[test]
fn podmans_last_flags_act_or_say_why_not() {
    let env = TestEnv::new();
    let img = image(&env);
    // Limits dhow does not program: taken, checked, and a warning per flag.
    let out = env.run(&[
        "run", "--rm", "--blkio-weight", "100", "--device-read-bps", "/dev/null:1mb", "--device-write-iops", "/dev/null:10", "--memory-swappiness", "10",
        "--oom-kill-disable", "--cpu-rt-period", "1000", "--cgroup-conf", "memory.high=1000000", &img, "echo", "ran",
    ]);
    assert!(out.success() && out.stdout == "ran\n", "{}", out.describe());
    for flag in ["--blkio-weight", "--device-read-bps", "--device-write-iops", "--memory-swappiness", "--oom-kill-disable", "--cpu-rt-period", "--cgroup-conf"] {
        assert!(out.stderr.contains(&format!("WARNING: {flag} is not enforced")), "{flag}: {}", out.stderr);
    }
    let err = env.fail(&["run", "--rm", "--blkio-weight", "5", &img, "true"], 125);
    assert!(err.contains("[10, 1000]"), "{err}");
    let err = env.fail(&["run", "--rm", "--device-read-bps", "sda:1mb", &img, "true"], 125);
    assert!(err.contains("invalid --device-read-bps"), "{err}");
    // Refused, saying why.
    let err = env.fail(&["run", "--rm", "--ip6", "fd00::5", &img, "true"], 125);
    assert!(err.contains("not supported: --ip6"), "{err}");
    let err = env.fail(&["create", "--init-ctr", "always", &img], 125);
    assert!(err.contains("must specify pod value with init-ctr"), "{err}");
    env.ok(&["pod", "create", "--name", "ipod"]);
    let err = env.fail(&["create", "--pod", "ipod", "--init-ctr", "once", &img], 125);
    assert!(err.contains("not supported: --init-ctr"), "{err}");
    env.ok(&["pod", "rm", "ipod"]);

    // ps --ns: the namespaces the container's process is in; -p, --sync.
    env.ok(&["run", "-d", "--name", "base", &img, "sleep", "1000"]);
    let net = env.ok(&["exec", "base", "readlink", "/proc/self/ns/net"]);
    let net = net.trim().trim_start_matches("net:[").trim_end_matches(']');
    assert_eq!(env.ok(&["ps", "--ns", "--format", "{{.Names}} {{.NET}}"]), format!("base {net}\n"));
    let table = env.ok(&["ps", "--ns"]);
    assert!(table.lines().next().is_some_and(|h| ["PID", "CGROUPNS", "IPC", "MNT", "NET", "PIDNS", "USERNS", "UTS"].iter().all(|c| h.contains(c))), "{table}");
    assert!(table.contains(net), "{table}");
    assert_eq!(env.ok(&["ps", "-p", "--sync", "--format", "{{.Names}}"]), "base\n");
    let err = env.fail(&["ps", "--watch", "0"], 125);
    assert!(err.contains("--watch"), "{err}");

    // rm --depend: the dependents first, recursively; without it, refused while running.
    env.ok(&["run", "-d", "--name", "dep", "--network", "container:base", &img, "sleep", "1000"]);
    env.ok(&["create", "--name", "dep2", "--requires", "dep", &img, "true"]);
    env.fail(&["rm", "base"], 2);
    assert_eq!(env.ok(&["rm", "-f", "--depend", "base"]), "dep2\ndep\nbase\n");
    assert_eq!(env.ok(&["ps", "-aq"]), "");

    // images --history: podman's HISTORY column (the image's names).
    let history = env.ok(&["images", "--history", "--format", "{{.History}}"]);
    assert!(history.contains(&img), "{history}");
    assert!(env.ok(&["images", "--history"]).lines().next().is_some_and(|h| h.contains("HISTORY")));
}
