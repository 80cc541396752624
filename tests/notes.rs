//! The user's Docker study notes (`shared/seeds/`), step by step, as the
//! unprivileged user: each test replays one lesson's commands (with the
//! test images in place of centos/tomcat/nginx) and asserts what docker
//! shows for them.

mod common;

use common::TestEnv;
use serde_json::Value;

fn inspect(env: &TestEnv, what: &[&str]) -> Value {
    let mut args = vec!["inspect"];
    args.extend_from_slice(what);
    let v: Value = serde_json::from_str(&env.ok(&args)).unwrap();
    v[0].clone()
}

/// 数据卷容器: `VOLUME ["volume01","volume02"]` in a Dockerfile, then
/// `--volumes-from docker01`; relative image volumes are mounted at
/// `/volume01`, `/volume02` (docker resolves them inside the root), in
/// `run`, `create`, a `commit`ted image, and shared by `--volumes-from`
/// even after docker01 is removed.
#[test]
fn dockerfile_volume_relative_paths_and_volumes_from() {
    let env = TestEnv::new();
    let df = format!(
        "FROM {}\n\nVOLUME [\"volume01\",\"volume02\"]\nVOLUME /abs\n\nCMD echo \"----end----\"\nCMD /bin/sh\n",
        env.fx().busybox.reference
    );
    let ctx = env.write_home("docker-test-volume/dockerfile1", &df);
    let ctx = ctx.parent().unwrap().display().to_string();
    env.ok(&["build", "-f", &format!("{ctx}/dockerfile1"), "-t", "kizai/centos", &ctx]);

    let mounted = "grep -o ' /volume0[12] \\| /abs ' /proc/mounts | sort | tr -d ' ' | tr '\\n' ,";
    let out = env.ok(&["run", "--name", "docker01", "kizai/centos", "sh", "-c", &format!("{mounted}; echo one > /volume01/f; echo abs > /abs/f")]);
    assert_eq!(out, "/abs,/volume01,/volume02,", "every image volume is a mount");
    let dests = |c: &str| -> Vec<String> {
        let mut d: Vec<String> = inspect(&env, &[c])["Mounts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["Destination"].as_str().unwrap().to_string())
            .collect();
        d.sort();
        d
    };
    assert_eq!(dests("docker01"), ["/abs", "/volume01", "/volume02"]);
    assert_eq!(env.ok(&["volume", "ls", "-q"]).lines().count(), 3, "three anonymous volumes");

    env.ok(&["create", "--name", "docker03", "kizai/centos"]);
    assert_eq!(dests("docker03"), ["/abs", "/volume01", "/volume02"]);

    let out = env.ok(&["run", "--name", "docker02", "--volumes-from", "docker01", "kizai/centos", "cat", "/volume01/f", "/abs/f"]);
    assert_eq!(out, "one\nabs\n");
    env.ok(&["rm", "-v", "docker01"]);
    assert_eq!(env.ok(&["start", "-a", "docker02"]), "one\nabs\n", "the data outlives docker01");

    // A committed image keeps the volumes, and the volume's content is not in its layer.
    env.ok(&["commit", "docker02", "committed"]);
    let out = env.ok(&["run", "--rm", "committed", "sh", "-c", &format!("{mounted}; ls /volume01 | wc -l")]);
    assert_eq!(out, "/abs,/volume01,/volume02,0\n");
}
