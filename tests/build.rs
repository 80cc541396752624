//! `dhow build` end to end: every Dockerfile instruction, CMD/ENTRYPOINT
//! semantics as docker has them, the context rules (.dockerignore, no
//! escapes), multi-stage builds, the build cache, and bad input. Builds use
//! the busybox fixture from the test registry as their base.

mod common;

use common::{is_hex, TestEnv};
use std::path::{Path, PathBuf};

/// Writes a context dir under the env's home with `files` (path, content);
/// returns its path.
fn context(env: &TestEnv, name: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = env.home().join(name);
    std::fs::create_dir_all(&dir).unwrap();
    for (p, content) in files {
        let path = dir.join(p);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, content).unwrap();
    }
    make_readable(&dir);
    dir
}

/// The harness runs as root and dhow as the test user: let it read everything.
fn make_readable(dir: &Path) {
    use std::os::unix::fs::PermissionsExt;
    for e in walk(dir) {
        let m = std::fs::symlink_metadata(&e).unwrap();
        if m.file_type().is_symlink() {
            continue;
        }
        let mode = if m.is_dir() {
            0o755
        } else {
            m.permissions().mode() | 0o644
        };
        std::fs::set_permissions(&e, std::fs::Permissions::from_mode(mode)).unwrap();
    }
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = vec![dir.to_path_buf()];
    if std::fs::symlink_metadata(dir)
        .map(|m| m.is_dir())
        .unwrap_or(false)
    {
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            out.extend(walk(&e.path()));
        }
    }
    out
}

fn base(env: &TestEnv) -> String {
    env.fx().busybox.reference.clone()
}

/// Builds `ctx` with extra args; returns stdout.
fn build(env: &TestEnv, ctx: &Path, extra: &[&str]) -> String {
    let c = ctx.display().to_string();
    let mut args = vec!["build"];
    args.extend_from_slice(extra);
    args.push(&c);
    env.ok(&args)
}

fn last_line(s: &str) -> String {
    s.lines().last().unwrap_or("").to_string()
}

#[test]
fn build_run_and_metadata_instructions() {
    let env = TestEnv::new();
    let df = format!(
        "FROM {}\nMAINTAINER someone <a@b.c>\nENV MYPATH=/usr/local GREETING=\"hello world\"\nWORKDIR $MYPATH\nRUN echo built > marker && echo step-output\nLABEL version=\"1.0\" team=dev\nEXPOSE 80 53/udp\nUSER app\nVOLUME /data\nSTOPSIGNAL SIGINT\nCMD echo $MYPATH\n",
        base(&env)
    );
    let ctx = context(&env, "ctx", &[("Dockerfile", &df)]);
    let out = build(&env, &ctx, &["-t", "mycentos:0.1"]);
    assert!(out.contains("STEP 1/11: FROM"), "{out}");
    assert!(
        out.contains("STEP 5/11: RUN echo built > marker && echo step-output"),
        "{out}"
    );
    assert!(out.contains("step-output"), "RUN output is shown: {out}");
    assert!(out.contains("COMMIT mycentos:0.1"), "{out}");
    assert!(
        out.contains("Successfully tagged localhost/mycentos:0.1"),
        "{out}"
    );
    let id = last_line(&out);
    assert!(is_hex(&id, 64), "{out}");
    // ENV, WORKDIR, USER visible at run; the RUN's file is in the image.
    assert_eq!(env.ok(&["run", "--rm", "mycentos:0.1"]), "/usr/local\n");
    assert_eq!(
        env.ok(&[
            "run",
            "--rm",
            "mycentos:0.1",
            "sh",
            "-c",
            "pwd; id -u; echo $GREETING; cat marker"
        ]),
        "/usr/local\n1000\nhello world\nbuilt\n"
    );
    let f = |t: &str| {
        env.ok(&["image", "inspect", "-f", t, "mycentos:0.1"])
            .trim()
            .to_string()
    };
    assert_eq!(
        f("{{.Config.Labels.version}} {{.Config.Labels.team}}"),
        "1.0 dev"
    );
    assert_eq!(f("{{.Author}}"), "someone <a@b.c>");
    assert_eq!(f("{{.Config.StopSignal}}"), "SIGINT");
    assert!(f("{{json .Config.ExposedPorts}}").contains("53/udp"));
    assert!(f("{{json .Config.Volumes}}").contains("/data"));
    assert_eq!(
        f("{{json .Config.Cmd}}"),
        r#"["/bin/sh","-c","echo $MYPATH"]"#
    );
    // One history row per instruction on top of the base's.
    let base_rows = env.ok(&["history", "-q", &base(&env)]).lines().count();
    let rows = env.ok(&[
        "history",
        "--no-trunc",
        "--format",
        "{{.CreatedBy}}",
        "mycentos:0.1",
    ]);
    assert_eq!(rows.lines().count(), base_rows + 10, "{rows}");
    assert!(rows.lines().next().unwrap().contains("CMD"), "{rows}");
    assert!(rows.contains("RUN /bin/sh -c echo built"), "{rows}");
}

#[test]
fn cmd_versus_entrypoint_as_in_docker() {
    let env = TestEnv::new();
    let b = base(&env);
    let ctx = context(
        &env,
        "cmd",
        &[("Dockerfile", &format!("FROM {b}\nCMD [\"ls\",\"-a\"]\n"))],
    );
    build(&env, &ctx, &["-t", "cmdtest"]);
    assert!(
        env.ok(&["run", "--rm", "cmdtest"]).contains(".."),
        "CMD runs ls -a"
    );
    // Arguments replace CMD: `l` is not a command. (The seed's `-l` would be
    // read as a flag of dhow's `run` itself.)
    env.fail(&["run", "--rm", "cmdtest", "l"], 127);
    let ctx = context(
        &env,
        "ep",
        &[(
            "Dockerfile",
            &format!("FROM {b}\nENTRYPOINT [\"ls\",\"-a\"]\n"),
        )],
    );
    build(&env, &ctx, &["-t", "eptest"]);
    // Arguments are appended to ENTRYPOINT (and the base's CMD ["sh"] is dropped).
    let out = env.ok(&["run", "--rm", "eptest", "/etc/passwd"]);
    assert_eq!(out, "/etc/passwd\n", "ls -a /etc/passwd");
    assert_eq!(
        env.ok(&["image", "inspect", "-f", "{{json .Config.Cmd}}", "eptest"])
            .trim(),
        "null"
    );
    // ENTRYPOINT + CMD: CMD gives default arguments.
    let ctx = context(
        &env,
        "both",
        &[(
            "Dockerfile",
            &format!("FROM {b}\nCMD [\"hello\"]\nENTRYPOINT [\"echo\"]\n"),
        )],
    );
    build(&env, &ctx, &["-t", "both"]);
    assert_eq!(env.ok(&["run", "--rm", "both"]), "hello\n");
    assert_eq!(env.ok(&["run", "--rm", "both", "bye"]), "bye\n");
}

#[test]
fn copy_globs_chown_chmod_and_dockerignore() {
    let env = TestEnv::new();
    let df = format!(
        "FROM {}\nCOPY *.jar /app/\nCOPY --chown=app:app conf /etc/conf\nCOPY --chmod=700 run.sh /usr/local/bin/\nCOPY . /all/\nCOPY <<EOF /inline.txt\nfrom a heredoc\nEOF\nRUN <<EOS\necho one > /script-out\necho two >> /script-out\nEOS\n",
        base(&env)
    );
    let ctx = context(
        &env,
        "copy",
        &[
            ("Dockerfile", &df),
            ("a.jar", "A"),
            ("b.jar", "B"),
            ("c.txt", "C"),
            ("conf/x.conf", "x"),
            ("conf/sub/y.conf", "y"),
            ("run.sh", "#!/bin/sh\necho ran\n"),
            ("notes.md", "secret notes"),
            ("README.md", "readme"),
            ("tmp/junk", "junk"),
            (".dockerignore", "*.md\n!README.md\ntmp\n"),
        ],
    );
    build(&env, &ctx, &["-t", "copytest"]);
    let sh = |s: &str| env.ok(&["run", "--rm", "copytest", "sh", "-c", s]);
    assert_eq!(sh("ls /app"), "a.jar\nb.jar\n");
    assert_eq!(
        sh("stat -c '%u:%g %n' /etc/conf /etc/conf/x.conf /etc/conf/sub/y.conf"),
        "1000:1000 /etc/conf\n1000:1000 /etc/conf/x.conf\n1000:1000 /etc/conf/sub/y.conf\n"
    );
    assert_eq!(
        sh("stat -c '%a' /usr/local/bin/run.sh; run.sh"),
        "700\nran\n"
    );
    assert_eq!(
        sh("ls -A /all | sort"),
        ".dockerignore\nDockerfile\nREADME.md\na.jar\nb.jar\nc.txt\nconf\nrun.sh\n"
    );
    assert_eq!(
        sh("cat /inline.txt /script-out"),
        "from a heredoc\none\ntwo\n"
    );
}

/// A gzip tar made with busybox-free Rust: one file and one dir.
fn targz(path: &Path) {
    let f = std::fs::File::create(path).unwrap();
    let gz = flate2::write::GzEncoder::new(f, flate2::Compression::default());
    let mut t = tar::Builder::new(gz);
    let mut h = tar::Header::new_gnu();
    h.set_size(8);
    h.set_mode(0o644);
    h.set_uid(1000);
    h.set_gid(1000);
    h.set_cksum();
    t.append_data(&mut h, "pkg/file.txt", &b"unpacked"[..])
        .unwrap();
    t.into_inner().unwrap().finish().unwrap();
}

#[test]
fn add_extracts_local_archives_and_copy_does_not() {
    let env = TestEnv::new();
    let df = format!(
        "FROM {}\nADD app.tar.gz /opt/\nCOPY app.tar.gz /copied/\n",
        base(&env)
    );
    let ctx = context(&env, "add", &[("Dockerfile", &df)]);
    targz(&ctx.join("app.tar.gz"));
    make_readable(&ctx);
    build(&env, &ctx, &["-t", "addtest"]);
    let out = env.ok(&[
        "run",
        "--rm",
        "addtest",
        "sh",
        "-c",
        "cat /opt/pkg/file.txt; stat -c %u /opt/pkg/file.txt; ls /copied",
    ]);
    assert_eq!(out, "unpacked1000\napp.tar.gz\n");
}

#[test]
fn multi_stage_copies_from_earlier_stages_and_skips_unused_ones() {
    let env = TestEnv::new();
    let b = base(&env);
    let df = format!(
        "ARG BASE={b}\nFROM $BASE AS builder\nRUN echo compiled > /artifact\n\nFROM $BASE AS unused\nRUN echo THIS-STAGE-RAN\n\nFROM $BASE\nCOPY --from=builder /artifact /final\nCOPY --from=0 /artifact /by-index\n"
    );
    let ctx = context(&env, "multi", &[("Dockerfile", &df)]);
    let out = build(&env, &ctx, &["-t", "multi"]);
    assert!(
        !out.contains("THIS-STAGE-RAN"),
        "unused stage skipped: {out}"
    );
    assert!(
        out.contains("[1/2] STEP 1/2: FROM $BASE AS builder"),
        "{out}"
    );
    assert_eq!(
        env.ok(&["run", "--rm", "multi", "cat", "/final", "/by-index"]),
        "compiled\ncompiled\n"
    );
    // --target builds only up to that stage.
    let out = build(&env, &ctx, &["--target", "unused", "-t", "unusedstage"]);
    assert!(out.contains("THIS-STAGE-RAN"), "{out}");
    let err = env.fail(
        &["build", "--target", "nope", &ctx.display().to_string()],
        125,
    );
    assert!(err.contains("nope"), "{err}");
}

#[test]
fn cache_reuses_steps_and_rebuilds_from_the_first_change() {
    let env = TestEnv::new();
    let df = format!("FROM {}\nRUN echo run-$((40+2)) > /r && echo run-$((40+2))\nCOPY early.txt /early\nENV A=1\nCOPY late.txt /late\nCMD [\"cat\", \"/late\"]\n", base(&env));
    let ctx = context(
        &env,
        "cache",
        &[("Dockerfile", &df), ("early.txt", "e"), ("late.txt", "v1")],
    );
    let first = build(&env, &ctx, &["-t", "cached"]);
    assert!(!first.contains("Using cache"), "{first}");
    let second = build(&env, &ctx, &["-t", "cached"]);
    assert_eq!(
        second.matches("--> Using cache").count(),
        5,
        "every step after FROM: {second}"
    );
    assert!(
        first.contains("run-42") && !second.contains("run-42"),
        "RUN not run again: {second}"
    );
    assert_eq!(last_line(&first), last_line(&second), "same image ID");
    // Editing the file of the last COPY rebuilds only that step (and CMD after it).
    std::fs::write(ctx.join("late.txt"), "v2").unwrap();
    let third = build(&env, &ctx, &["-t", "cached"]);
    assert_eq!(third.matches("--> Using cache").count(), 3, "{third}");
    assert_ne!(last_line(&third), last_line(&first));
    assert_eq!(env.ok(&["run", "--rm", "cached"]), "v2");
    // --no-cache ignores it.
    let fourth = build(&env, &ctx, &["--no-cache", "-t", "cached"]);
    assert!(
        !fourth.contains("Using cache") && fourth.contains("run-42"),
        "{fourth}"
    );
    // -q prints only the ID.
    let q = build(&env, &ctx, &["-q"]);
    assert_eq!(q.lines().count(), 1, "{q}");
    assert!(is_hex(q.trim(), 64), "{q}");
}

#[test]
fn build_args_and_substitution() {
    let env = TestEnv::new();
    let df = format!(
        "FROM {}\nARG NAME=default\nARG EMPTY\nENV GREETING=\"hi ${{NAME}}\" OTHER=${{EMPTY:-fallback}} ALT=${{NAME:+set}}\nRUN echo \"$NAME\" > /name\n",
        base(&env)
    );
    let ctx = context(&env, "args", &[("Dockerfile", &df)]);
    build(&env, &ctx, &["-t", "args1"]);
    assert_eq!(
        env.ok(&[
            "run",
            "--rm",
            "args1",
            "sh",
            "-c",
            "echo $GREETING $OTHER $ALT; cat /name"
        ]),
        "hi default fallback set\ndefault\n"
    );
    build(&env, &ctx, &["--build-arg", "NAME=given", "-t", "args2"]);
    assert_eq!(
        env.ok(&[
            "run",
            "--rm",
            "args2",
            "sh",
            "-c",
            "echo $GREETING; cat /name; echo ${NAME:-unset-at-run}"
        ]),
        "hi given\ngiven\nunset-at-run\n"
    );
}

#[test]
fn context_escapes_are_refused() {
    let env = TestEnv::new();
    let b = base(&env);
    let ctx = context(
        &env,
        "esc1",
        &[("Dockerfile", &format!("FROM {b}\nCOPY ../secret /x\n"))],
    );
    std::fs::write(env.home().join("secret"), "s").unwrap();
    let err = env.fail(&["build", "-t", "esc", &ctx.display().to_string()], 125);
    assert!(err.contains("outside the build context"), "{err}");
    let ctx = context(
        &env,
        "esc2",
        &[("Dockerfile", &format!("FROM {b}\nCOPY link /x\n"))],
    );
    std::os::unix::fs::symlink("/etc/shadow", ctx.join("link")).unwrap();
    let err = env.fail(&["build", "-t", "esc", &ctx.display().to_string()], 125);
    assert!(err.contains("outside the build context"), "{err}");
    assert!(
        env.ok(&["images", "-q"]).trim().is_empty() || !env.ok(&["images"]).contains("esc"),
        "nothing tagged"
    );
}

#[test]
fn bad_dockerfiles_fail_with_the_line() {
    let env = TestEnv::new();
    let b = base(&env);
    let ctx = context(
        &env,
        "bad1",
        &[("Dockerfile", &format!("FROM {b}\n\nRUN true\nFOO bar\n"))],
    );
    let err = env.fail(&["build", &ctx.display().to_string()], 125);
    assert!(
        err.contains("Dockerfile:4") && err.contains("unknown instruction: FOO"),
        "{err}"
    );
    let ctx = context(&env, "bad2", &[("Dockerfile", "RUN true\n")]);
    let err = env.fail(&["build", &ctx.display().to_string()], 125);
    assert!(err.contains("FROM"), "{err}");
    let ctx = context(
        &env,
        "bad3",
        &[("Dockerfile", &format!("FROM {b}\nCOPY missing.txt /\n"))],
    );
    let err = env.fail(&["build", &ctx.display().to_string()], 125);
    assert!(err.contains("missing.txt"), "{err}");
    // A failing RUN stops the build with its exit code; nothing is tagged.
    let ctx = context(
        &env,
        "bad4",
        &[(
            "Dockerfile",
            &format!("FROM {b}\nRUN exit 3\nRUN echo never\n"),
        )],
    );
    let out = env.run(&["build", "-t", "failed", &ctx.display().to_string()]);
    assert_eq!(out.code(), Some(3), "{}", out.describe());
    assert!(out.stderr.contains("exit status 3"), "{}", out.describe());
    assert!(!out.stdout.contains("never"));
    assert!(!env.ok(&["images"]).contains("failed"));
}

#[test]
fn squash_stdin_iidfile_onbuild_shell_healthcheck() {
    let env = TestEnv::new();
    let b = base(&env);
    let df = format!(
        "FROM {b}\nSHELL [\"/bin/sh\", \"-ec\"]\nRUN echo one > /one\nRUN echo two > /two\nHEALTHCHECK --interval=30s --retries=2 CMD true\nONBUILD RUN echo triggered > /onbuild\n"
    );
    let ctx = context(&env, "sq", &[("Containerfile", &df)]);
    env.ok(&["pull", "-q", &b]);
    let base_layers = env
        .ok(&["image", "inspect", "-f", "{{len .RootFS.Layers}}", &b])
        .trim()
        .parse::<usize>()
        .unwrap_or(0);
    let iid = env.home().join("iid");
    let iid_s = iid.display().to_string();
    let out = env.ok(&[
        "image",
        "build",
        "--layers=false",
        "--iidfile",
        &iid_s,
        "-t",
        "parent",
        &ctx.display().to_string(),
    ]);
    let id = std::fs::read_to_string(&iid).unwrap();
    assert_eq!(id, format!("sha256:{}", last_line(&out)));
    let layers: usize = env
        .ok(&["image", "inspect", "-f", "{{len .RootFS.Layers}}", "parent"])
        .trim()
        .parse()
        .unwrap();
    assert_eq!(
        layers,
        base_layers + 1,
        "--layers=false: one layer for the stage"
    );
    assert_eq!(
        env.ok(&["run", "--rm", "parent", "cat", "/one", "/two"]),
        "one\ntwo\n"
    );
    let hc = env.ok(&[
        "image",
        "inspect",
        "-f",
        "{{json .Config.Healthcheck}}",
        "parent",
    ]);
    assert!(
        hc.contains(r#"["CMD-SHELL","true"]"#)
            && hc.contains("30000000000")
            && hc.contains("\"Retries\":2"),
        "{hc}"
    );
    // The child build runs the parent's ONBUILD trigger; the Dockerfile comes from stdin.
    let mut cmd = env.command(&[
        "build",
        "-f",
        "-",
        "-t",
        "child",
        &ctx.display().to_string(),
    ]);
    cmd.stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"FROM localhost/parent\nRUN true\n")
        .unwrap();
    let o = child.wait_with_output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(
        env.ok(&["run", "--rm", "child", "cat", "/onbuild"]),
        "triggered\n"
    );
    assert_eq!(
        env.ok(&[
            "image",
            "inspect",
            "-f",
            "{{json .Config.OnBuild}}",
            "child"
        ])
        .trim(),
        "null",
        "triggers are not inherited twice"
    );
}

#[test]
fn context_tar_on_stdin() {
    let env = TestEnv::new();
    let df = format!("FROM {}\nCOPY hello.txt /\n", base(&env));
    let tarball = env.home().join("ctx.tar");
    {
        let mut t = tar::Builder::new(std::fs::File::create(&tarball).unwrap());
        for (name, data) in [
            ("Dockerfile", df.as_bytes()),
            ("hello.txt", b"from a tar".as_slice()),
        ] {
            let mut h = tar::Header::new_gnu();
            h.set_size(data.len() as u64);
            h.set_mode(0o644);
            h.set_cksum();
            t.append_data(&mut h, name, data).unwrap();
        }
        t.finish().unwrap();
    }
    let mut cmd = env.command(&["build", "-t", "fromtar", "-"]);
    cmd.stdin(std::fs::File::open(&tarball).unwrap())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let out = cmd.spawn().unwrap().wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        env.ok(&["run", "--rm", "fromtar", "cat", "/hello.txt"]),
        "from a tar"
    );
}

#[test]
fn build_cache_survives_image_gc_until_pruned_and_shows_in_df() {
    let env = TestEnv::new();
    // A builder stage whose layer no tagged image keeps.
    let df = format!(
        "FROM {b} AS builder\nRUN echo built > /artifact\nFROM {b}\nCOPY --from=builder /artifact /artifact\n",
        b = base(&env)
    );
    let ctx = context(&env, "gc", &[("Dockerfile", &df)]);
    build(&env, &ctx, &["-t", "gc-test"]);
    // Garbage collection (any rmi/prune) must not drop the cached steps.
    env.ok(&["tag", "gc-test", "other:1"]);
    env.ok(&["rmi", "other:1"]);
    env.ok(&["image", "prune", "-f"]);
    let again = build(&env, &ctx, &["-t", "gc-test"]);
    assert_eq!(again.matches("--> Using cache").count(), 2, "the builder's RUN and the COPY come from the cache: {again}");
    let df_out = env.ok(&["system", "df"]);
    let row = df_out.lines().find(|l| l.starts_with("Build Cache")).unwrap_or_default().to_string();
    let total: usize = row.split_whitespace().nth(2).and_then(|t| t.parse().ok()).unwrap_or(0);
    assert!(total >= 2, "system df counts the cached steps: {df_out}");
    // system prune clears it: the next build runs every step again.
    let pruned = env.ok(&["system", "prune", "-f"]);
    assert!(pruned.contains("build cache"), "{pruned}");
    let cold = build(&env, &ctx, &["-t", "gc-test"]);
    assert!(!cold.contains("Using cache"), "{cold}");
}

#[test]
fn bad_stage_references_and_json_forms() {
    let env = TestEnv::new();
    let b = base(&env);
    // COPY --from a stage that does not exist (and is not an image either).
    let ctx = context(&env, "badfrom", &[("Dockerfile", &format!("FROM {b}\nCOPY --from=nosuchstage /x /x\n"))]);
    let out = env.run(&["build", "-t", "badfrom", &ctx.display().to_string()]);
    assert_eq!(out.code(), Some(125), "{}", out.describe());
    assert!(out.stderr.contains("nosuchstage"), "{}", out.describe());
    // A malformed exec form (unterminated JSON array).
    let ctx = context(&env, "badjson", &[("Dockerfile", &format!("FROM {b}\nCMD [\"sh\", \"-c\"\n"))]);
    let out = env.run(&["build", "-t", "badjson", &ctx.display().to_string()]);
    // docker treats a line that is not valid JSON as the shell form.
    assert_eq!(out.code(), Some(0), "{}", out.describe());
    let cmd = env.ok(&["inspect", "-f", "{{json .Config.Cmd}}", "badjson"]);
    assert_eq!(cmd.trim(), r#"["/bin/sh","-c","[\"sh\", \"-c\""]"#, "shell form, as docker");
    // A target stage that does not exist.
    let ctx = context(&env, "badtarget", &[("Dockerfile", &format!("FROM {b} AS one\nRUN true\n"))]);
    let err = env.fail(&["build", "--target", "two", &ctx.display().to_string()], 125);
    assert!(err.contains("two"), "{err}");
    assert!(!env.ok(&["images"]).contains("badfrom"), "nothing tagged");
}

// ---- podman 4.3's other build flags (issue 18) ----

fn inspect(env: &TestEnv, image: &str, template: &str) -> String {
    env.ok(&["image", "inspect", "-f", template, image]).trim().to_string()
}

#[test]
fn build_format_docker_env_and_unsetenv() {
    let env = TestEnv::new();
    let df = format!("FROM {}\nENV KEEP=1 DROP=2\nRUN echo hi > /f\n", base(&env));
    let ctx = context(&env, "ctx", &[("Dockerfile", &df)]);
    // The default is OCI, as podman's.
    build(&env, &ctx, &["-q", "-t", "fmt-oci"]);
    assert_eq!(inspect(&env, "fmt-oci", "{{.ManifestType}}"), "application/vnd.oci.image.manifest.v1+json");
    build(&env, &ctx, &["-q", "--format", "docker", "--env", "FOO=bar baz", "--unsetenv", "DROP", "-t", "fmt-docker"]);
    assert_eq!(inspect(&env, "fmt-docker", "{{.ManifestType}}"), "application/vnd.docker.distribution.manifest.v2+json");
    let envs = inspect(&env, "fmt-docker", "{{json .Config.Env}}");
    assert!(envs.contains("\"FOO=bar baz\"") && envs.contains("\"KEEP=1\""), "{envs}");
    assert!(!envs.contains("DROP="), "{envs}");
    // Pushed without --format, the registry gets the docker manifest.
    let dest = format!("{}/buildflags/fmt:docker", env.fx().registry.addr());
    env.ok(&["push", "-q", "fmt-docker", &dest]);
    let remote: serde_json::Value = serde_json::from_str(&env.ok(&["manifest", "inspect", &dest])).unwrap();
    assert_eq!(remote["mediaType"], "application/vnd.docker.distribution.manifest.v2+json", "{remote}");
    assert_eq!(remote["config"]["mediaType"], "application/vnd.docker.container.image.v1+json", "{remote}");
    // A bad format is refused by name.
    let err = env.fail(&["build", "--format", "rpm", &ctx.display().to_string()], 125);
    assert!(err.contains("unrecognized image type"), "{err}");
}

#[test]
fn build_from_replaces_the_first_from() {
    let env = TestEnv::new();
    let df = "FROM no-such-registry.invalid/nothing:1\nRUN echo replaced > /f\n";
    let ctx = context(&env, "ctx", &[("Dockerfile", df)]);
    env.ok(&["pull", "-q", &base(&env)]);
    // --pull=never: the first FROM's image is not even looked up.
    build(&env, &ctx, &["-q", "--pull=never", "--from", &base(&env), "-t", "fromflag"]);
    assert_eq!(env.ok(&["run", "--rm", "fromflag", "cat", "/f"]).trim(), "replaced");
}

#[test]
fn build_timestamp_sets_created_and_file_times_reproducibly() {
    let env = TestEnv::new();
    let df = format!("FROM {}\nRUN echo x > /stamped\nCOPY a.txt /a.txt\n", base(&env));
    let ctx = context(&env, "ctx", &[("Dockerfile", &df), ("a.txt", "a\n")]);
    let first = last_line(&build(&env, &ctx, &["--no-cache", "--timestamp", "1000000000", "-t", "ts1"]));
    let created = inspect(&env, "ts1", "{{.Created}}");
    assert!(created.starts_with("2001-09-09") && created.contains("01:46:40"), "{created}");
    let times = env.ok(&["run", "--rm", "ts1", "stat", "-c", "%Y", "/stamped", "/a.txt"]);
    assert_eq!(times.split_whitespace().collect::<Vec<_>>(), ["1000000000", "1000000000"], "{times}");
    // The same inputs and timestamp: the same image.
    let second = last_line(&build(&env, &ctx, &["--no-cache", "--timestamp", "1000000000", "-t", "ts2"]));
    assert_eq!(first, second);
    // Without it, the files keep their real times.
    build(&env, &ctx, &["-q", "-t", "nots"]);
    assert_ne!(env.ok(&["run", "--rm", "nots", "stat", "-c", "%Y", "/stamped"]).trim(), "1000000000");
}

#[test]
fn build_secret_is_seen_by_run_only() {
    let env = TestEnv::new();
    let df = format!(
        "FROM {}\nRUN --mount=type=secret,id=token test \"$(cat /run/secrets/token)\" = s3cret && echo seen > /seen\nRUN test ! -e /run/secrets/token\n",
        base(&env)
    );
    let ctx = context(&env, "ctx", &[("Dockerfile", &df), ("token.txt", "s3cret")]);
    let secret = format!("id=token,src={}", ctx.join("token.txt").display());
    build(&env, &ctx, &["-q", "--secret", &secret, "-t", "withsecret"]);
    let out = env.ok(&["run", "--rm", "withsecret", "sh", "-c", "cat /seen; test -e /run/secrets/token && echo LEAKED || echo absent"]);
    assert_eq!(out.split_whitespace().collect::<Vec<_>>(), ["seen", "absent"], "{out}");
    // From an environment variable of dhow's.
    let mut cmd = env.command(&["build", "-q", "--no-cache", "--secret", "id=token,env=MY_TOKEN", &ctx.display().to_string()]);
    cmd.env("MY_TOKEN", "s3cret");
    let out = env.run_command(cmd);
    assert!(out.success(), "{}", out.describe());
    // Without the secret the same RUN fails.
    env.fail(&["build", "-q", "--no-cache", &ctx.display().to_string()], 1);
    let err = env.fail(&["build", "--secret", "src=/nonexistent", &ctx.display().to_string()], 125);
    assert!(err.contains("--secret"), "{err}");
}

#[test]
fn build_run_mounts_bind_cache_tmpfs_and_secret_targets() {
    let env = TestEnv::new();
    let df = format!(
        "FROM {}\n\
         RUN --mount=type=bind,source=src,target=/src cat /src/input > /copied\n\
         RUN --mount=type=cache,target=/cache sh -c 'echo run >> /cache/log; wc -l < /cache/log > /runs'\n\
         RUN --mount=type=tmpfs,target=/scratch sh -c 'echo t > /scratch/f && grep -q \" /scratch tmpfs\" /proc/mounts && echo tmpfs > /tmpfs-seen'\n\
         RUN --mount=type=secret,id=token,target=/etc/app.key,required cat /etc/app.key > /dev/null && echo ok > /key-seen\n",
        base(&env)
    );
    let ctx = context(&env, "ctx", &[("Dockerfile", &df), ("src/input", "from context\n"), ("token.txt", "k")]);
    let secret = format!("id=token,src={}", ctx.join("token.txt").display());
    build(&env, &ctx, &["-q", "--secret", &secret, "-t", "mounts1"]);
    build(&env, &ctx, &["-q", "--no-cache", "--secret", &secret, "-t", "mounts2"]);
    let check = "cat /copied /runs /tmpfs-seen /key-seen; for p in /src /cache /scratch /etc/app.key; do test -e $p && echo LEAKED $p; done; true";
    assert_eq!(env.ok(&["run", "--rm", "mounts1", "sh", "-c", check]), "from context\n1\ntmpfs\nok\n");
    // The cache dir outlives the first build.
    assert_eq!(env.ok(&["run", "--rm", "mounts2", "cat", "/runs"]).trim(), "2");
    // system prune empties it, with the build cache.
    env.ok(&["system", "prune", "-f"]);
    build(&env, &ctx, &["-q", "--no-cache", "--secret", &secret, "-t", "mounts3"]);
    assert_eq!(env.ok(&["run", "--rm", "mounts3", "cat", "/runs"]).trim(), "1");
    // A required secret that was not given fails the build by name.
    let err = env.fail(&["build", "-q", "--no-cache", &ctx.display().to_string()], 125);
    assert!(err.contains("--secret id=token"), "{err}");
    // RUN --mount=type=ssh is refused by name.
    let ctx2 = context(&env, "ctx2", &[("Dockerfile", &format!("FROM {}\nRUN --mount=type=ssh true\n", base(&env)))]);
    let err = env.fail(&["build", &ctx2.display().to_string()], 125);
    assert!(err.contains("type=ssh is not supported by dhow"), "{err}");
}

#[test]
fn build_add_host_dns_and_volume_reach_run_steps() {
    let env = TestEnv::new();
    let df = format!(
        "FROM {}\nRUN grep myhost.example /etc/hosts > /hosts-line && grep -E '^(nameserver|search)' /etc/resolv.conf > /resolv && cat /mnt/in/data > /from-bind\n",
        base(&env)
    );
    let ctx = context(&env, "ctx", &[("Dockerfile", &df), ("bind/data", "bound\n")]);
    let bind = format!("{}:/mnt/in:ro", ctx.join("bind").display());
    build(&env, &ctx, &[
        "-q", "--add-host", "myhost.example:10.1.2.3", "--dns", "192.0.2.53", "--dns-search", "corp.example",
        "-v", &bind, "-t", "runsettings",
    ]);
    let out = env.ok(&["run", "--rm", "runsettings", "sh", "-c", "cat /hosts-line /resolv /from-bind; test -e /mnt/in && echo LEAKED || echo absent"]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines, ["10.1.2.3\tmyhost.example", "search corp.example", "nameserver 192.0.2.53", "bound", "absent"], "{out}");
}

#[test]
fn build_output_squash_all_and_manifest() {
    let env = TestEnv::new();
    let df = format!("FROM {}\nRUN echo out > /exported && rm /bin/true\n", base(&env));
    let ctx = context(&env, "ctx", &[("Dockerfile", &df)]);
    let dest = env.home().join("rootfs");
    let tar = env.home().join("rootfs.tar");
    let c = ctx.display().to_string();
    build(&env, &ctx, &["-q", "-o", &format!("type=local,dest={}", dest.display()), "-t", "outimg"]);
    assert_eq!(std::fs::read_to_string(dest.join("exported")).unwrap(), "out\n");
    assert!(dest.join("bin/sh").exists() || dest.join("bin/busybox").exists());
    assert!(std::fs::symlink_metadata(dest.join("bin/true")).is_err(), "a deleted file is not exported");
    env.ok(&["build", "-q", "--output", &format!("type=tar,dest={}", tar.display()), &c]);
    let list = std::process::Command::new("tar").arg("tf").arg(&tar).output().unwrap();
    let list = String::from_utf8_lossy(&list.stdout);
    assert!(list.lines().any(|l| l.trim_start_matches("./") == "exported"), "{list}");

    let layers = inspect(&env, "outimg", "{{len .RootFS.Layers}}");
    assert_ne!(layers, "1");
    build(&env, &ctx, &["-q", "--squash-all", "-t", "flat"]);
    assert_eq!(inspect(&env, "flat", "{{len .RootFS.Layers}}"), "1");
    assert_eq!(env.ok(&["run", "--rm", "flat", "sh", "-c", "cat /exported; test -e /bin/true || echo gone"]), "out\ngone\n");

    build(&env, &ctx, &["-q", "--manifest", "mylist"]);
    let v: serde_json::Value = serde_json::from_str(&env.ok(&["manifest", "inspect", "mylist"])).unwrap();
    assert_eq!(v["manifests"].as_array().map(|a| a.len()), Some(1), "{v}");
}

#[test]
fn build_flags_that_cannot_apply_are_refused_by_name() {
    let env = TestEnv::new();
    let df = format!("FROM {}\n", base(&env));
    let ctx = context(&env, "ctx", &[("Dockerfile", &df)]);
    let c = ctx.display().to_string();
    for (flag, value) in [("--sign-by", "ABCD"), ("--ssh", "default"), ("--cache-to", "reg/x"), ("--decryption-key", "k")] {
        let err = env.fail(&["build", flag, value, &c], 125);
        assert!(err.contains(&format!("Error: {flag} is not supported by dhow")), "{flag}: {err}");
    }
    let err = env.fail(&["build", "--all-platforms", &c], 125);
    assert!(err.contains("Error: --all-platforms is not supported by dhow"), "{err}");
    // Flags podman accepts without effect for a rootless build are taken.
    let out = env.ok(&["build", "-q", "--rm=false", "--force-rm", "--jobs", "2", "--compress", "--identity-label=false",
        "--skip-unused-stages", "--disable-compression=false", "--memory", "64m", "--isolation", "chroot", "--layers", "-t", "accepted", &c]);
    assert!(is_hex(out.trim(), 64), "{out}");
}

#[test]
fn build_http_proxy_and_logfile() {
    let env = TestEnv::new();
    let df = format!("FROM {}\nRUN echo \"proxy=$http_proxy\" > /p\n", base(&env));
    let ctx = context(&env, "ctx", &[("Dockerfile", &df)]);
    let c = ctx.display().to_string();
    let with_proxy = |extra: &[&str], tag: &str| {
        let mut args = vec!["build", "-q", "--no-cache"];
        args.extend_from_slice(extra);
        args.extend_from_slice(&["-t", tag, &c]);
        let mut cmd = env.command(&args);
        cmd.env("http_proxy", "http://proxy.example:3128");
        let out = env.run_command(cmd);
        assert!(out.success(), "{}", out.describe());
    };
    env.ok(&["pull", "-q", &base(&env)]);
    // RUN steps see dhow's proxy variables (podman's --http-proxy default)...
    with_proxy(&[], "proxied");
    assert_eq!(env.ok(&["run", "--rm", "proxied", "cat", "/p"]).trim(), "proxy=http://proxy.example:3128");
    // ...which stay out of the image.
    assert!(!inspect(&env, "proxied", "{{json .Config.Env}}").contains("proxy"));
    with_proxy(&["--http-proxy=false"], "unproxied");
    assert_eq!(env.ok(&["run", "--rm", "unproxied", "cat", "/p"]).trim(), "proxy=");

    // --logfile: the progress goes to the file, not stdout.
    let log = env.home().join("build.log");
    let out = env.ok(&["build", "--no-cache", "--logfile", &log.display().to_string(), &c]);
    assert!(!out.contains("STEP 1/"), "{out}");
    let logged = std::fs::read_to_string(&log).unwrap();
    assert!(logged.contains("STEP 1/2: FROM") && logged.contains("COMMIT"), "{logged}");
}
