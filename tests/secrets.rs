//! podman's secrets end to end, as the unprivileged test user: create from
//! a file, stdin and an environment variable; ls (table, -q, --format,
//! --filter), inspect (podman's JSON, --format, --showsecret), exists, rm
//! (-a, missing names), and `run --secret` as a read-only file under
//! /run/secrets (target, uid, gid, mode) or as an environment variable.

mod common;

use common::TestEnv;
use std::os::unix::fs::PermissionsExt;

fn image(env: &TestEnv) -> String {
    let f = &env.fx().busybox;
    env.ok(&["pull", "-q", &f.reference]);
    f.reference.clone()
}

#[test]
fn create_list_inspect_remove_like_podman() {
    let env = TestEnv::new();
    let file = env.write_home("token.txt", "s3cret\n");
    let id = env.ok(&["secret", "create", "tok", file.to_str().unwrap()]).trim().to_string();
    assert_eq!(id.len(), 25, "podman's 25-hex IDs: {id}");
    assert!(id.chars().all(|c| c.is_ascii_hexdigit()));

    // The value is stored 0600 in a 0700 directory under the data dir.
    let stored = env.find_in_store(&format!("secrets/filedriver/{id}"));
    assert_eq!(stored.len(), 1, "{stored:?}");
    assert_eq!(std::fs::metadata(&stored[0]).unwrap().permissions().mode() & 0o777, 0o600);
    assert_eq!(std::fs::metadata(stored[0].parent().unwrap()).unwrap().permissions().mode() & 0o777, 0o700);

    let err = env.fail(&["secret", "create", "tok", file.to_str().unwrap()], 125);
    assert!(err.starts_with("Error: tok: secret name in use"), "{err}");

    // From stdin and from the environment.
    let mut cmd = env.command(&["secret", "create", "fromstdin", "-"]);
    cmd.stdin(std::process::Stdio::piped()).stdout(std::process::Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    use std::io::Write;
    child.stdin.take().unwrap().write_all(b"piped").unwrap();
    assert!(child.wait_with_output().unwrap().status.success());
    let mut cmd = env.command(&["secret", "create", "--env", "fromenv", "MY_TOKEN"]);
    cmd.env("MY_TOKEN", "from-the-env");
    let out = env.run_command(cmd);
    assert!(out.success(), "{}", out.describe());

    let ls = env.ok(&["secret", "ls"]);
    let header = ls.lines().next().unwrap();
    for h in ["ID", "NAME", "DRIVER", "CREATED", "UPDATED"] {
        assert!(header.contains(h), "{ls}");
    }
    assert_eq!(ls.lines().count(), 4, "{ls}");
    assert!(ls.contains(&id) && ls.contains("file"), "{ls}");
    let q = env.ok(&["secret", "ls", "-q", "--filter", "name=tok"]);
    assert_eq!(q.trim(), id);
    let names = env.ok(&["secret", "ls", "--format", "{{.Name}} {{.Driver}}"]);
    let mut names: Vec<&str> = names.lines().collect();
    names.sort();
    assert_eq!(names, ["fromenv file", "fromstdin file", "tok file"]);

    let v: serde_json::Value = serde_json::from_str(&env.ok(&["secret", "inspect", "tok"])).unwrap();
    assert_eq!(v[0]["ID"], id.as_str());
    assert_eq!(v[0]["Spec"]["Name"], "tok");
    assert_eq!(v[0]["Spec"]["Driver"]["Name"], "file");
    assert!(v[0].get("SecretData").is_none(), "the value only with --showsecret");
    assert_eq!(env.ok(&["secret", "inspect", "--format", "{{.Spec.Name}}", &id[..8]]).trim(), "tok");
    assert_eq!(env.ok(&["secret", "inspect", "--showsecret", "--format", "{{.SecretData}}", "fromenv"]).trim(), "from-the-env");
    let err = env.fail(&["secret", "inspect", "nosuch"], 125);
    assert!(err.contains("no such secret"), "{err}");

    env.ok(&["secret", "exists", "tok"]);
    assert_eq!(env.fail(&["secret", "exists", "nosuch"], 1), "");

    assert_eq!(env.ok(&["secret", "rm", "tok"]).trim(), id);
    let err = env.fail(&["secret", "rm", "tok"], 125);
    assert!(err.contains("no secret with name or id \"tok\": no such secret"), "{err}");
    assert!(env.find_in_store(&format!("secrets/filedriver/{id}")).is_empty(), "the value is gone with the record");
    env.ok(&["secret", "rm", "--ignore", "tok"]);
    assert_eq!(env.ok(&["secret", "rm", "-a"]).lines().count(), 2);
    assert_eq!(env.ok(&["secret", "ls", "-q"]), "");
}

#[test]
fn run_secret_as_file_and_as_env() {
    let env = TestEnv::new();
    let img = image(&env);
    let file = env.write_home("pw", "hunter2");
    env.ok(&["secret", "create", "pw", file.to_str().unwrap()]);

    // Default: /run/secrets/NAME, read-only, root-owned 0444.
    let out = env.ok(&["run", "--rm", "--secret", "pw", &img, "sh", "-c", "cat /run/secrets/pw; echo; stat -c '%a %u %g' /run/secrets/pw; echo x > /run/secrets/pw || echo refused"]);
    assert_eq!(out.lines().collect::<Vec<_>>(), ["hunter2", "444 0 0", "refused"], "{out}");

    // target, uid, gid, mode.
    let out = env.ok(&["run", "--rm", "--secret", "pw,type=mount,target=db/pass,uid=1000,gid=1001,mode=0400", &img, "stat", "-c", "%a %u %g", "/run/secrets/db/pass"]);
    assert_eq!(out.trim(), "400 1000 1001");

    // As an environment variable.
    let out = env.ok(&["run", "--rm", "--secret", "pw,type=env,target=DB_PASS", &img, "sh", "-c", "echo $DB_PASS"]);
    assert_eq!(out.trim(), "hunter2");

    let err = env.fail(&["run", "--rm", "--secret", "nosuch", &img, "true"], 125);
    assert!(err.contains("no such secret"), "{err}");
    let err = env.fail(&["create", "--secret", "pw,type=bogus", &img], 125);
    assert!(err.contains("invalid --secret"), "{err}");
    assert_eq!(env.ok(&["ps", "-aq"]).trim(), "", "nothing was created");
}
