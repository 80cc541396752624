//! Containers with their own ID mapping, as the unprivileged test user:
//! `--uidmap/--gidmap`, `--userns=auto` and `nomap`, `--subuidname`. The
//! container's root is some ID of dhow's namespace other than the user,
//! yet owns the image's files (an ID-shifted copy of the image), can write
//! its rootfs and its new named volumes; a bind-mounted file of the user
//! shows as nobody under nomap; a commit holds the IDs the container saw.

mod common;

use common::TestEnv;

/// The busybox fixture, pulled into `env`; returns its reference.
fn image(env: &TestEnv) -> String {
    let f = &env.fx().busybox;
    env.ok(&["pull", "-q", &f.reference]);
    f.reference.clone()
}

/// `run --rm FLAGS IMG sh -c SCRIPT`, stdout's lines, each with its
/// whitespace runs squeezed to one space.
fn sh(env: &TestEnv, img: &str, flags: &[&str], script: &str) -> Vec<String> {
    let mut args = vec!["run", "--rm"];
    args.extend_from_slice(flags);
    args.extend_from_slice(&[img, "sh", "-c", script]);
    squeeze(&env.ok(&args))
}

fn squeeze(out: &str) -> Vec<String> {
    out.lines().map(|l| l.split_whitespace().collect::<Vec<_>>().join(" ")).collect()
}

/// The (outside start, size) ranges of a `/proc/self/uid_map` text.
fn ranges(lines: &[String]) -> Vec<(u64, u64)> {
    lines
        .iter()
        .map(|l| {
            let f: Vec<u64> = l.split(' ').map(|n| n.parse().unwrap()).collect();
            (f[1], f[2])
        })
        .collect()
}

#[test]
fn uidmap_root_owns_the_image_files_and_writes_its_rootfs_and_volumes() {
    let env = TestEnv::new();
    let img = image(&env);
    let flags = ["--uidmap", "0:1:1000", "--gidmap", "0:1:1000"];
    // The user's own 0700 directory above the store (Debian makes homes
    // 0700) becomes 0711, as podman does: the container's root must pass.
    use std::os::unix::fs::PermissionsExt;
    let local = env.home().join(".local");
    std::fs::set_permissions(&local, std::fs::Permissions::from_mode(0o700)).unwrap();
    let out = sh(
        &env,
        &img,
        &flags,
        "id -u; cat /proc/self/uid_map /proc/self/gid_map; stat -c '%u:%g' /bin/busybox /etc; echo hi > /etc/new && stat -c '%u:%g' /etc/new; touch /bin/busybox && echo touched",
    );
    assert_eq!(out, ["0", "0 1 1000", "0 1 1000", "0:0", "0:0", "0:0", "touched"]);
    assert_eq!(std::fs::metadata(&local).unwrap().permissions().mode() & 0o7777, 0o711);
    // A new named volume belongs to the container's root.
    let out = sh(&env, &img, &[&flags[..], &["-v", "mapped:/data"]].concat(), "touch /data/x && stat -c '%u' /data /data/x");
    assert_eq!(out, ["0", "0"]);
    // inspect shows the mapping as podman does.
    env.ok(&["create", "--name", "m", "--uidmap", "0:1:1000", &img, "sh", "-c", "id -u >> /log; cat /log"]);
    let maps = env.ok(&["inspect", "-f", "{{json .HostConfig.IDMappings.UidMap}} {{json .HostConfig.IDMappings.GidMap}}", "m"]);
    assert_eq!(maps.trim(), r#"["0:1:1000"] ["0:1:1000"]"#);
    // The copy is made once; a second start keeps what the first wrote.
    assert_eq!(env.ok(&["start", "-a", "m"]), "0\n");
    assert_eq!(env.ok(&["start", "-a", "m"]), "0\n0\n");
    // exec enters the container's own user namespace.
    env.ok(&["run", "-d", "--name", "d", "--uidmap", "0:1:1000", "--network", "none", &img, "sleep", "1000"]);
    let out = squeeze(&env.ok(&["exec", "d", "sh", "-c", "id -u; cat /proc/self/uid_map; touch /x && stat -c %u /x"]));
    assert_eq!(out, ["0", "0 1 1000", "0"]);
    env.ok(&["rm", "-f", "d"]);
    // Things that cannot go together are refused before anything is made.
    let err = env.fail(&["run", "--rm", "--uidmap", "0:1:10", "--rootfs", &env.home().display().to_string(), "true"], 125);
    assert!(err.contains("--rootfs cannot be used with --uidmap"), "{err}");
    env.ok(&["rm", "m"]);
}

#[test]
fn commit_of_a_mapped_container_holds_the_ids_it_saw() {
    let env = TestEnv::new();
    let img = image(&env);
    env.ok(&["run", "--name", "c", "--uidmap", "0:1:1000", "--gidmap", "0:1:1000", &img, "sh", "-c", "echo hi > /rootfile; touch /u5; chown 5:7 /u5"]);
    env.ok(&["commit", "-q", "c", "localhost/mapped:1"]);
    let out = sh(&env, "localhost/mapped:1", &[], "stat -c '%u:%g %n' /rootfile /u5 /bin/busybox");
    assert_eq!(out, ["0:0 /rootfile", "5:7 /u5", "0:0 /bin/busybox"]);
    // export too.
    let tar = env.home().join("c.tar").display().to_string();
    env.ok(&["export", "-o", &tar, "c"]);
    let out = env.run_command(env.exec("tar", &["--numeric-owner", "-tvf", &tar, "u5", "bin/busybox"]));
    assert!(out.success(), "{}", out.describe());
    let owners: Vec<&str> = out.stdout.lines().map(|l| l.split_whitespace().nth(1).unwrap_or("")).collect();
    assert_eq!(owners, ["0/0", "5/7"], "{}", out.stdout);
}

#[test]
fn userns_auto_gives_disjoint_ranges_and_nomap_hides_the_user() {
    let env = TestEnv::new();
    let img = image(&env);
    for name in ["a1", "a2"] {
        env.ok(&["create", "--name", name, "--userns=auto", &img, "sh", "-c", "id -u; stat -c %u /bin/busybox; cat /proc/self/uid_map"]);
    }
    let (a1, a2) = (squeeze(&env.ok(&["start", "-a", "a1"])), squeeze(&env.ok(&["start", "-a", "a2"])));
    assert_eq!(a1[..2], ["0", "0"], "{a1:?}");
    assert_eq!(a2[..2], ["0", "0"], "{a2:?}");
    let (r1, r2) = (ranges(&a1[2..]), ranges(&a2[2..]));
    assert_eq!((r1.len(), r2.len()), (1, 1), "{a1:?} {a2:?}");
    let ((s1, n1), (s2, n2)) = (r1[0], r2[0]);
    assert!(s1 + n1 <= s2 || s2 + n2 <= s1, "overlapping ranges {r1:?} {r2:?}");
    assert!(s1 > 0 && s2 > 0, "the user's own ID is not in an auto range");
    assert_eq!(env.ok(&["inspect", "-f", "{{.HostConfig.UsernsMode}}", "a1"]).trim(), "auto");
    // A clone gets a range of its own too.
    env.ok(&["container", "clone", "a1", "a3"]);
    let r3 = ranges(&squeeze(&env.ok(&["start", "-a", "a3"]))[2..]);
    let (s3, n3) = r3[0];
    for (s, n) in [(s1, n1), (s2, n2)] {
        assert!(s + n <= s3 || s3 + n3 <= s, "the clone's range {r3:?} overlaps {s}+{n}");
    }
    env.ok(&["rm", "a1", "a2", "a3"]);

    // nomap: no ID maps to the user's own (dhow's 0); a file of the user
    // shows as nobody.
    env.write_home("nomap/f", "x");
    let bind = format!("{}:/h", env.home().join("nomap").display());
    let out = sh(&env, &img, &["--userns=nomap", "-v", &bind], "id -u; stat -c %u /bin/busybox /h/f; cat /proc/self/uid_map");
    assert_eq!(out[..3], ["0", "0", "65534"], "{out:?}");
    assert!(ranges(&out[3..]).iter().all(|(start, _)| *start > 0), "{out:?}");
}

#[test]
fn subuidname_maps_a_range_of_the_users_own() {
    let env = TestEnv::new();
    let img = image(&env);
    // The test user's own /etc/subuid range is dhow's IDs 1..=65536.
    let user = common::user::TEST_USER;
    let out = sh(&env, &img, &["--subuidname", user], "id -u; stat -c %u /bin/busybox; cat /proc/self/uid_map /proc/self/gid_map");
    assert_eq!(out, ["0", "0", "0 1 65536", "0 1 65536"]);
    let err = env.fail(&["run", "--rm", "--subuidname", "no-such-name-here", &img, "true"], 125);
    assert!(err.contains("/etc/subuid has no range"), "{err}");
    let err = env.fail(&["run", "--rm", "--subuidname", user, "--uidmap", "0:1:10", &img, "true"], 125);
    assert!(err.contains("cannot be used together"), "{err}");
}
