//! Volumes and mounts end to end: named volumes that outlive containers,
//! docker's copy-up, anonymous volumes and `rm -v`/`--rm`, bind mounts
//! written by root and by a non-root container user (owned by the right
//! host IDs), read-only mounts, `:U`, `--mount`, `--volumes-from`, the
//! `volume` and `system` commands, and bad input that leaves nothing behind.

mod common;

use common::output::lines;
use common::{is_hex, TestEnv};
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::PathBuf;

fn image(env: &TestEnv) -> String {
    let f = &env.fx().busybox;
    env.ok(&["pull", "-q", &f.reference]);
    f.reference.clone()
}

/// A host directory owned by the test user, with `mode`.
fn host_dir(env: &TestEnv, name: &str, mode: u32) -> PathBuf {
    let d = env.root.join(name);
    std::fs::create_dir_all(&d).unwrap();
    std::fs::set_permissions(&d, std::fs::Permissions::from_mode(mode)).unwrap();
    env.user.chown(&d);
    d
}

fn volume_names(env: &TestEnv) -> Vec<String> {
    lines(&env.ok(&["volume", "ls", "-q"])).into_iter().map(String::from).collect()
}

fn mountpoint(env: &TestEnv, name: &str) -> PathBuf {
    PathBuf::from(env.ok(&["volume", "inspect", "--format", "{{.Mountpoint}}", name]).trim())
}

#[test]
fn named_volume_outlives_its_container() {
    let env = TestEnv::new();
    let img = image(&env);
    // Root and a non-root user (uid 1000) of the container write into it.
    env.ok(&["run", "--name", "writer", "-v", "data:/data", &img, "sh", "-c", "echo kept > /data/file && mkdir /data/app && chown 1000:1000 /data/app"]);
    env.ok(&["run", "--rm", "-u", "1000", "-v", "data:/data", &img, "sh", "-c", "echo mine > /data/app/own"]);
    assert_eq!(volume_names(&env), ["data"]);

    // In use: refused, naming the container; nothing removed.
    let err = env.fail(&["volume", "rm", "data"], 2);
    assert!(err.contains("volume is in use") && err.contains("volume is being used") && err.contains("writer"), "{err}");
    assert_eq!(volume_names(&env), ["data"]);

    env.ok(&["rm", "-f", "writer"]);
    assert_eq!(volume_names(&env), ["data"], "rm (even -v) never removes a named volume");
    let out = env.ok(&["run", "--rm", "-v", "data:/data", &img, "sh", "-c", "cat /data/file; stat -c %u:%g /data/app/own"]);
    assert_eq!(out, "kept\n1000:1000\n");

    // On the host the files belong to the mapped IDs.
    let mp = mountpoint(&env, "data");
    assert_eq!(std::fs::metadata(mp.join("file")).unwrap().uid(), env.user.host_uid(0));
    assert_eq!(std::fs::metadata(mp.join("app/own")).unwrap().uid(), env.user.host_uid(1000));

    // Files owned by sub-IDs are removed by dhow.
    assert_eq!(env.ok(&["volume", "rm", "data"]).trim(), "data");
    assert!(volume_names(&env).is_empty());
    assert!(!mp.exists());
}

#[test]
fn named_volume_is_prefilled_from_the_image() {
    let env = TestEnv::new();
    let img = image(&env);
    // /home holds app/ owned by 1000 in the image: docker's copy-up.
    let out = env.ok(&["run", "--rm", "-v", "homes:/home", &img, "stat", "-c", "%u %n", "/home/app"]);
    assert_eq!(out, "1000 /home/app\n");
    let mp = mountpoint(&env, "homes");
    assert_eq!(std::fs::metadata(mp.join("app")).unwrap().uid(), env.user.host_uid(1000));
    // nocopy: an empty volume stays empty.
    let out = env.ok(&["run", "--rm", "-v", "empty:/home:nocopy", &img, "ls", "-A", "/home"]);
    assert_eq!(out, "", "a nocopy volume stays empty");
}

#[test]
fn anonymous_volumes_go_with_rm_v_and_rm() {
    let env = TestEnv::new();
    let img = image(&env);
    env.ok(&["create", "--name", "c", "-v", "/anon", "-v", "named:/named", &img, "true"]);
    let names = volume_names(&env);
    assert_eq!(names.len(), 2, "{names:?}");
    let anon = names.iter().find(|n| *n != "named").unwrap().clone();
    assert!(is_hex(&anon, 64), "anonymous volume name {anon}");
    env.ok(&["rm", "-v", "c"]);
    assert_eq!(volume_names(&env), ["named"]);

    env.ok(&["run", "--rm", "-v", "/tmpdata", &img, "sh", "-c", "echo x > /tmpdata/f"]);
    assert_eq!(volume_names(&env), ["named"], "--rm removes the anonymous volume");

    // Without -v the anonymous volume stays (dangling), as docker.
    env.ok(&["create", "--name", "d", "-v", "/anon", &img, "true"]);
    env.ok(&["rm", "d"]);
    assert_eq!(volume_names(&env).len(), 2);
    let dangling = env.ok(&["volume", "ls", "-q", "--filter", "dangling=true"]);
    assert_eq!(lines(&dangling).len(), 2);
}

#[test]
fn bind_mounts_owners_readonly_and_chown() {
    let env = TestEnv::new();
    let img = image(&env);
    let dir = host_dir(&env, "shared", 0o777);
    let spec = format!("{}:/mnt", dir.display());
    env.ok(&["run", "--rm", "-v", &spec, &img, "sh", "-c", "echo root > /mnt/by-root"]);
    env.ok(&["run", "--rm", "-u", "1000", "-v", &spec, &img, "sh", "-c", "echo app > /mnt/by-app"]);
    assert_eq!(std::fs::read_to_string(dir.join("by-root")).unwrap(), "root\n");
    assert_eq!(std::fs::metadata(dir.join("by-root")).unwrap().uid(), env.user.host_uid(0));
    assert_eq!(std::fs::metadata(dir.join("by-app")).unwrap().uid(), env.user.host_uid(1000));

    // A single file can be bind-mounted too.
    let out = env.ok(&["run", "--rm", "-v", &format!("{}:/motd:ro", dir.join("by-root").display()), &img, "cat", "/motd"]);
    assert_eq!(out, "root\n");

    // Read-only means EROFS inside.
    let out = env.run(&["run", "--rm", "-v", &format!("{spec}:ro"), &img, "sh", "-c", "touch /mnt/x"]);
    assert!(!out.success(), "{}", out.describe());
    assert!(out.describe().contains("Read-only file system"), "{}", out.describe());
    assert!(!dir.join("x").exists());

    // :U chowns the source to the container user (from inside the userns).
    let own = host_dir(&env, "owned", 0o755);
    let out = env.ok(&["run", "--rm", "-u", "1000", "-v", &format!("{}:/o:U", own.display()), &img, "sh", "-c", "touch /o/f && stat -c %u /o"]);
    assert_eq!(out, "1000\n");
    assert_eq!(std::fs::metadata(&own).unwrap().uid(), env.user.host_uid(1000));

    // :O: writes land in a throw-away overlay, never in the host dir.
    let out = env.ok(&["run", "--rm", "-v", &format!("{spec}:O"), &img, "sh", "-c", "echo tmp > /mnt/overlay-only && cat /mnt/by-root"]);
    assert_eq!(out, "root\n");
    assert!(!dir.join("overlay-only").exists());

    // -v creates a missing host directory, as docker.
    let missing = env.root.join("created-by-v");
    env.ok(&["run", "--rm", "-v", &format!("{}:/c", missing.display()), &img, "true"]);
    assert!(missing.is_dir());
}

#[test]
fn mount_flag_and_tmpfs() {
    let env = TestEnv::new();
    let img = image(&env);
    let dir = host_dir(&env, "m", 0o755);
    std::fs::write(dir.join("hello"), "hi\n").unwrap();
    env.user.chown(&dir.join("hello"));
    let out = env.ok(&[
        "run",
        "--rm",
        "--mount",
        &format!("type=bind,source={},target=/b,readonly", dir.display()),
        "--mount",
        "type=tmpfs,target=/t,tmpfs-size=1m",
        "--mount",
        "type=volume,source=mv,target=/v",
        &img,
        "sh",
        "-c",
        "cat /b/hello; touch /b/x 2>/dev/null || echo ro; grep ' /t ' /proc/mounts | cut -d' ' -f3; touch /v/ok && echo vol",
    ]);
    assert_eq!(out, "hi\nro\ntmpfs\nvol\n");
    assert_eq!(volume_names(&env), ["mv"]);

    let err = env.fail(&["run", "--rm", "--mount", "type=bind,source=/no/such/dir,target=/x", &img, "true"], 125);
    assert!(err.contains("bind source path does not exist: /no/such/dir"), "{err}");
    assert!(!std::path::Path::new("/no/such/dir").exists());
    let err = env.fail(&["run", "--rm", "--mount", "type=volume,target=/x,bogus=1", &img, "true"], 125);
    assert!(err.contains("unexpected key 'bogus'"), "{err}");
}

#[test]
fn volumes_from_shares_mounts() {
    let env = TestEnv::new();
    let img = image(&env);
    env.ok(&["run", "--name", "docker01", "-v", "/volume01", "-v", "named:/volume02", &img, "sh", "-c", "echo one > /volume01/f; echo two > /volume02/f"]);
    let out = env.ok(&["run", "--name", "docker02", "--volumes-from", "docker01", &img, "sh", "-c", "cat /volume01/f /volume02/f"]);
    assert_eq!(out, "one\ntwo\n");
    let out = env.run(&["run", "--rm", "--volumes-from", "docker01:ro", &img, "touch", "/volume01/x"]);
    assert!(!out.success() && out.describe().contains("Read-only file system"), "{}", out.describe());
    // The first container goes; the data stays for the second.
    env.ok(&["rm", "-v", "docker01"]);
    assert_eq!(volume_names(&env).len(), 2, "a shared anonymous volume is kept while docker02 uses it");
    env.ok(&["start", "-a", "docker02"]);

    let before = volume_names(&env);
    let err = env.fail(&["run", "--rm", "-v", "/fresh", "--volumes-from", "nope", &img, "true"], 125);
    assert!(err.contains("nope") && err.contains("no such container"), "{err}");
    assert_eq!(volume_names(&env), before, "nothing created");
}

#[test]
fn inspect_shows_docker_mounts() {
    let env = TestEnv::new();
    let img = image(&env);
    let dir = host_dir(&env, "b", 0o755);
    env.ok(&["create", "--name", "c", "-v", "nginxconfig:/etc/nginx:ro", "-v", &format!("{}:/b", dir.display()), &img, "true"]);
    let v: serde_json::Value = serde_json::from_str(&env.ok(&["inspect", "c"])).unwrap();
    let mounts = v[0]["Mounts"].as_array().unwrap();
    assert_eq!(mounts.len(), 2);
    let vol = mounts.iter().find(|m| m["Type"] == "volume").unwrap();
    assert_eq!(vol["Name"], "nginxconfig");
    assert_eq!(vol["Destination"], "/etc/nginx");
    assert_eq!(vol["Driver"], "local");
    assert_eq!(vol["RW"], false);
    assert_eq!(vol["Mode"], "ro");
    assert_eq!(vol["Source"].as_str().unwrap(), mountpoint(&env, "nginxconfig").to_str().unwrap());
    let bind = mounts.iter().find(|m| m["Type"] == "bind").unwrap();
    assert_eq!(bind["Source"], dir.to_str().unwrap());
    assert_eq!(bind["RW"], true);
    assert_eq!(bind["Propagation"], "rprivate");
    assert_eq!(
        env.ok(&["ps", "-a", "--format", "{{.Mounts}}"]).trim(),
        format!("{}…,nginxconfig", &dir.to_str().unwrap()[..15]),
        "parents first: /b before /etc/nginx"
    );

    // volume inspect: docker's fields.
    let vi: serde_json::Value = serde_json::from_str(&env.ok(&["volume", "inspect", "nginxconfig"])).unwrap();
    for k in ["Name", "Driver", "Mountpoint", "CreatedAt", "Labels", "Options", "Scope"] {
        assert!(vi[0].get(k).is_some(), "volume inspect has {k}: {vi}");
    }
    assert_eq!(vi[0]["Scope"], "local");
    let err = env.fail(&["volume", "inspect", "nope"], 125);
    assert!(err.contains("no such volume"), "{err}");
}

#[test]
fn volume_commands() {
    let env = TestEnv::new();
    let img = image(&env);
    let name = env.ok(&["volume", "create"]);
    assert!(is_hex(name.trim(), 64), "{name}");
    assert_eq!(env.ok(&["volume", "create", "--label", "env=prod", "myvol"]), "myvol\n");
    assert_eq!(env.ok(&["volume", "create", "myvol"]), "myvol\n", "idempotent, as docker");
    let ls = env.ok(&["volume", "ls"]);
    assert_eq!(lines(&ls)[0], "DRIVER    VOLUME NAME");
    assert!(ls.contains("local     myvol"), "{ls}");
    assert_eq!(env.ok(&["volume", "ls", "-q", "--filter", "label=env=prod"]), "myvol\n");
    assert_eq!(env.ok(&["volume", "ls", "--filter", "name=myv", "--format", "{{.Name}} {{.Driver}}"]), "myvol local\n");
    let err = env.fail(&["volume", "ls", "--filter", "color=red"], 125);
    assert!(err.contains("invalid filter"), "{err}");
    let err = env.fail(&["volume", "create", "bad/name"], 125);
    assert!(err.contains("includes invalid characters for a local volume name"), "{err}");

    // export / import round trip, owners kept.
    env.ok(&["run", "--rm", "-v", "myvol:/d", &img, "sh", "-c", "echo data > /d/f && chown 1000 /d/f"]);
    let tar = env.root.join("vol.tar");
    env.ok(&["volume", "export", "myvol", "-o", tar.to_str().unwrap()]);
    env.ok(&["volume", "create", "copy"]);
    env.ok(&["volume", "import", "copy", tar.to_str().unwrap()]);
    assert_eq!(env.ok(&["run", "--rm", "-v", "copy:/d", &img, "stat", "-c", "%u %s", "/d/f"]), "1000 5\n");

    // prune: unused only.
    env.ok(&["create", "--name", "user", "-v", "myvol:/d", &img, "true"]);
    let pruned = env.ok(&["volume", "prune", "-f"]);
    assert!(pruned.contains("copy") && pruned.contains(name.trim()) && !pruned.contains("myvol"), "{pruned}");
    assert_eq!(volume_names(&env), ["myvol"]);
    env.ok(&["volume", "rm", "-f", "myvol"]);
    assert!(volume_names(&env).is_empty());
    assert_eq!(env.ok(&["ps", "-a", "-q"]).trim(), "", "volume rm -f removes the containers using it (podman)");
    env.ok(&["volume", "rm", "-f", "never-existed"]);
    // podman and docker exit 1 when the volume to remove is not there.
    let err = env.fail(&["volume", "rm", "never-existed"], 1);
    assert!(err.contains("no such volume"), "{err}");
}

#[test]
fn system_df_and_prune() {
    let env = TestEnv::new();
    let img = image(&env);
    env.ok(&["run", "--name", "stopped", "-v", "kept:/k", &img, "sh", "-c", "echo 1234567 > /k/f"]);
    env.ok(&["volume", "create", "unused"]);
    let df = env.ok(&["system", "df"]);
    let l = lines(&df);
    assert_eq!(l[0].split_whitespace().collect::<Vec<_>>(), ["TYPE", "TOTAL", "ACTIVE", "SIZE", "RECLAIMABLE"], "{df}");
    let vols: Vec<&str> = l.iter().find(|x| x.starts_with("Local Volumes")).unwrap().split_whitespace().collect();
    assert_eq!(&vols[2..5], ["2", "1", "8B"], "{df}");
    assert!(l.iter().any(|x| x.starts_with("Images ")) && l.iter().any(|x| x.starts_with("Build Cache")), "{df}");
    let v = env.ok(&["system", "df", "-v"]);
    assert!(v.contains("Local Volumes space usage:") && v.contains("VOLUME NAME"), "{v}");

    let out = env.ok(&["system", "prune", "-f", "--volumes"]);
    assert!(out.contains("Deleted Containers:") && out.contains("Total reclaimed space:"), "{out}");
    assert!(env.ok(&["ps", "-a", "-q"]).trim().is_empty());
    assert!(volume_names(&env).is_empty(), "both volumes were unused after the container went");
}

#[test]
fn bad_input_exits_125_and_leaves_nothing() {
    let env = TestEnv::new();
    let img = image(&env);
    let cases: &[(&[&str], &str)] = &[
        (&["-v", "relative/dir:/x"], "includes invalid characters for a local volume name"),
        (&["-v", "/tmp:/x:bogus"], "invalid mode: bogus"),
        (&["-v", "vol:relative"], "mount path must be absolute"),
        (&["-v", "/a:/x", "-v", "bb:/x"], "Duplicate mount point: /x"),
        (&["--volumes-from", "missing"], "no such container"),
        (&["--mount", "type=nfs,target=/x"], "invalid mount type"),
    ];
    for (flags, want) in cases {
        let mut args = vec!["run", "--rm", "-v", "/anon"];
        args.extend_from_slice(flags);
        args.extend_from_slice(&[&img, "true"]);
        let err = env.fail(&args, 125);
        assert!(err.contains(want), "{flags:?}: {err}");
    }
    assert_eq!(env.ok(&["ps", "-a", "-q"]).trim(), "");
    assert!(volume_names(&env).is_empty());
    assert!(!std::path::Path::new("/a").exists());
}

/// `cp` sees a running container as its processes do: files in its volumes
/// and bind mounts too (docker's behaviour), in both directions.
#[test]
fn cp_reaches_into_volumes_of_a_running_container() {
    let env = TestEnv::new();
    let img = image(&env);
    env.ok(&["run", "-d", "--name", "c", "-v", "data:/data", &img, "sh", "-c", "echo in-volume > /data/f; exec sleep 1000"]);
    let out_dir = host_dir(&env, "out", 0o755);
    let dest = out_dir.join("f");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    loop {
        if env.run(&["cp", "c:/data/f", dest.to_str().unwrap()]).success() {
            break;
        }
        assert!(std::time::Instant::now() < deadline, "cp c:/data/f never worked");
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    assert_eq!(std::fs::read_to_string(&dest).unwrap(), "in-volume\n");
    let src = out_dir.join("g");
    std::fs::write(&src, "from-host\n").unwrap();
    env.ok(&["cp", src.to_str().unwrap(), "c:/data/g"]);
    assert_eq!(env.ok(&["exec", "c", "cat", "/data/g"]), "from-host\n");
    assert_eq!(std::fs::read_to_string(mountpoint(&env, "data").join("g")).unwrap(), "from-host\n", "it landed in the volume");
    env.ok(&["rm", "-f", "c"]);
}

/// docker's local driver options outside compose: `-o type=tmpfs` mounts
/// a tmpfs with `o`'s options (one per container in dhow, with a warning),
/// `-o type=none -o o=bind -o device=DIR` binds a host directory; both
/// keep the volume's name (in use while a container has it) and `volume
/// inspect` shows the options as docker does. Other types need root.
#[test]
fn local_driver_options_tmpfs_and_bind() {
    let env = TestEnv::new();
    let img = image(&env);
    let out = env.run(&["volume", "create", "-o", "type=tmpfs", "-o", "device=tmpfs", "-o", "o=size=64m,mode=1770", "scratch"]);
    assert!(out.success(), "{}", out.describe());
    assert!(out.stderr.contains("its own tmpfs"), "the difference from docker is said: {}", out.describe());
    let opts = env.ok(&["volume", "inspect", "--format", "{{json .Options}}", "scratch"]);
    assert_eq!(opts.trim(), r#"{"device":"tmpfs","o":"size=64m,mode=1770","type":"tmpfs"}"#);
    let m = env.ok(&["run", "--rm", "-v", "scratch:/s", &img, "sh", "-c", "grep ' /s ' /proc/mounts; echo hi > /s/f && cat /s/f"]);
    assert!(m.starts_with("tmpfs /s tmpfs ") && m.contains("size=65536k") && m.contains("mode=1770"), "{m}");
    assert!(m.ends_with("hi\n"), "{m}");
    env.ok(&["volume", "rm", "scratch"]);

    let d = host_dir(&env, "hostdata", 0o755);
    std::fs::write(d.join("hello.txt"), "from the host\n").unwrap();
    env.user.chown(&d.join("hello.txt"));
    let dev = format!("device={}", d.display());
    env.ok(&["volume", "create", "-o", "type=none", "-o", "o=bind", "-o", &dev, "hb"]);
    let opts = env.ok(&["volume", "inspect", "--format", "{{.Options.type}} {{.Options.o}} {{.Options.device}}", "hb"]);
    assert_eq!(opts.trim(), format!("none bind {}", d.display()));
    env.ok(&["run", "--name", "user", "-v", "hb:/h", &img, "sh", "-c", "cat /h/hello.txt > /h/copy"]);
    assert_eq!(std::fs::read_to_string(d.join("copy")).unwrap(), "from the host\n", "the container wrote into the host directory");
    assert_eq!(std::fs::metadata(d.join("copy")).unwrap().uid(), env.user.host_uid(0));
    let err = env.fail(&["volume", "rm", "hb"], 2);
    assert!(err.contains("user"), "a container using the bind volume keeps it: {err}");
    env.ok(&["rm", "user"]);
    env.ok(&["volume", "rm", "hb"]);
    assert!(d.join("hello.txt").exists(), "removing the volume leaves the host directory alone");

    let err = env.fail(&["volume", "create", "-o", "type=nfs", "-o", "o=addr=10.0.0.1", "-o", "device=:/export", "nfsvol"], 125);
    assert!(err.contains("cannot be mounted by rootless dhow"), "{err}");
    let err = env.fail(&["volume", "create", "-o", "type=none", "-o", "o=bind", "-o", "device=relative", "relvol"], 125);
    assert!(err.contains("absolute path"), "{err}");
    assert!(volume_names(&env).is_empty());
}
