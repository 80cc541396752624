//! Loader and planner tests: golden files under `testdata/` (regenerate
//! with `DHOW_UPDATE_GOLDEN=1 cargo test --lib compose`) and focused cases.

use super::loader::{self, LoadOptions};
use super::model::*;
use super::planner::{self, Action, Existing, UpFlags};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn testdata(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src/compose/testdata").join(name)
}

fn opts(dir: &Path) -> LoadOptions {
    LoadOptions { cwd: dir.to_path_buf(), environ: BTreeMap::from([("HOME".to_string(), "/home/u".to_string())]), ..Default::default() }
}

/// Compares with (or with DHOW_UPDATE_GOLDEN=1 rewrites) a golden file.
/// The `expected.yaml` files are docker compose v2's `config` output for
/// the same files: yaml.v3 with `SetIndent(2)` (compose-go
/// `types/project.go` `MarshalYAML`), sequences indented under their key
/// and numeric strings double-quoted as docker compose's e2e tests expect
/// (`pkg/e2e/config_test.go`, `compose_test.go` `TestConfig`), keys in
/// compose-go's struct order (`types/types.go`), sizes in bytes
/// (`UnitBytes.MarshalYAML`), durations as Go prints them
/// (`Duration.MarshalYAML`), file modes as `"0440"` (`FileMode`), and
/// `build.dockerfile: Dockerfile` by default (`loader/normalize.go`).
fn golden(dir: &Path, file: &str, got: &str) {
    let got = got.replace(&dir.to_string_lossy().to_string(), "$PROJECT_DIR");
    let path = dir.join(file);
    if std::env::var_os("DHOW_UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, &got).unwrap();
        return;
    }
    let want = std::fs::read_to_string(&path).unwrap();
    assert_eq!(got, want, "golden file {} differs (DHOW_UPDATE_GOLDEN=1 to update)", path.display());
}

fn temp_project(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::Builder::new().prefix("My_Project.").tempdir().unwrap();
    for (n, c) in files {
        std::fs::write(dir.path().join(n), c).unwrap();
    }
    dir
}

#[test]
fn notes_project_golden() {
    let dir = testdata("notes");
    let p = loader::load(&opts(&dir)).unwrap();
    assert_eq!(p.name, "notes");
    assert!(p.warnings.iter().any(|w| w.contains("`version` is obsolete")), "{:?}", p.warnings);
    assert_eq!(p.services["web"].command.as_deref().unwrap(), ["python", "app.py", "--port", "5000"]);
    // REDIS_HOST is not set: it stays unset (null), not empty.
    assert_eq!(p.services["web"].environment["REDIS_HOST"], None);
    golden(&dir, "expected.yaml", &super::to_yaml(&p).unwrap());
    assert_eq!(planner::start_order(&p).unwrap(), ["redis", "web"]);
}

/// Secrets, configs and logging in short and long syntax, modes as YAML
/// 1.1 octal, decimal and `0o`: `compose config` prints docker compose
/// v2's canonical form (long syntax, absolute paths, `PROJECT_KEY` names,
/// modes as `0NNN` strings, a secret's value never, implied dependencies
/// of links and `ipc: service:` with `restart: true`).
#[test]
fn secrets_configs_logging_golden() {
    let dir = testdata("files");
    let p = loader::load(&opts(&dir)).unwrap();
    assert_eq!(p.secrets["api_token"].value.as_deref(), Some("from-dotenv"), "read from .env, never printed");
    golden(&dir, "expected.yaml", &super::to_yaml(&p).unwrap());
    let json = serde_json::to_value(&p).unwrap();
    assert_eq!(json["services"]["app"]["secrets"][1]["mode"], "0440", "the JSON form too");
}

/// Sizes, durations, cpus, ulimits, sysctls, a build and a network's ipam
/// in the forms compose-go prints them (see [`golden`]).
#[test]
fn typed_values_golden() {
    let dir = testdata("typed");
    let p = loader::load(&opts(&dir)).unwrap();
    golden(&dir, "expected.yaml", &super::to_yaml(&p).unwrap());
    let w = &p.services["web"];
    assert_eq!((w.mem_limit.as_deref(), w.stop_grace_period.as_deref()), (Some("536870912"), Some("1m30s")));
    let json = serde_json::to_value(&p).unwrap();
    assert_eq!((json["services"]["web"]["cpus"].as_f64(), json["services"]["web"]["mem_limit"].as_str()), (Some(1.5), Some("536870912")), "JSON: cpus a number, sizes strings of bytes");
}

#[test]
fn merge_interpolation_profiles_golden() {
    let dir = testdata("merge");
    let p = loader::load(&opts(&dir)).unwrap();
    assert_eq!(p.name, "shop");
    assert_eq!(p.config_files.len(), 2, "the override file is found next to compose.yaml");
    let api = &p.services["api"];
    // command replaced (string form split), not appended
    assert_eq!(api.command.as_deref().unwrap(), ["serve", "--debug"]);
    // ports: the same short port once, the range expanded, long syntax kept
    assert_eq!(api.ports.len(), 4, "{:?}", api.ports);
    assert_eq!(api.ports[0].publish_spec(), "8080:80/tcp");
    assert_eq!(api.ports[2].publish_spec(), "127.0.0.1:7000:7000/udp");
    // volumes merge by target: /data became a bind
    let data = api.volumes.iter().find(|v| v.target == "/data").unwrap();
    assert_eq!(data.kind, MountType::Bind);
    assert_eq!(data.source.as_deref().unwrap(), dir.join("override-data").to_str().unwrap());
    assert_eq!(api.volumes.len(), 2);
    // environment by key; `EXTRA` from .env; `$$` is a literal dollar
    assert_eq!(api.environment["LOG"].as_deref(), Some("debug"));
    assert_eq!(api.environment["EXTRA"].as_deref(), Some("from dotenv"));
    assert_eq!(api.environment["PRICE"].as_deref(), Some("$5"));
    assert_eq!(api.image.as_deref(), Some("registry.local/api:1.4"));
    assert!(api.labels.is_empty(), "!reset cleared the anchor's labels");
    assert_eq!(api.restart.as_deref(), Some("unless-stopped"));
    assert_eq!(api.scale, 2);
    // db has an inactive profile but api needs it; debug stays disabled
    assert!(p.services.contains_key("db"));
    assert!(p.disabled.contains_key("debug"));
    assert_eq!(api.links, ["db"], "links are kept (the alias is made when creating)");
    assert_eq!(api.cpus, None, "deploy.resources.limits stays in deploy");
    assert_eq!(api.limits().cpus.as_deref(), Some("0.5"), "and is what runs");
    assert_eq!(api.scale_key, None, "deploy.replicas is not the scale key");
    assert_eq!(planner::start_order(&p).unwrap(), ["db", "migrate", "api"]);
    golden(&dir, "expected.yaml", &super::to_yaml(&p).unwrap());
}

#[test]
fn required_variable_error_names_file_and_key() {
    let d = temp_project(&[("compose.yaml", "services:\n  web:\n    image: \"x:${TAG?need a tag}\"\n")]);
    let e = loader::load(&opts(d.path())).unwrap_err().to_string();
    assert!(e.contains("compose.yaml") && e.contains("services.web.image") && e.contains("need a tag"), "{e}");
}

#[test]
fn shell_environment_beats_dotenv_and_unset_warns() {
    let d = temp_project(&[("compose.yaml", "services:\n  web:\n    image: \"b:${TAG}\"\n    command: echo ${NOPE}\n"), (".env", "TAG=dotenv\n")]);
    let mut o = opts(d.path());
    let p = loader::load(&o).unwrap();
    assert_eq!(p.services["web"].image.as_deref(), Some("b:dotenv"));
    assert!(p.warnings.iter().any(|w| w == "The \"NOPE\" variable is not set. Defaulting to a blank string."));
    o.environ.insert("TAG".into(), "shell".into());
    assert_eq!(loader::load(&o).unwrap().services["web"].image.as_deref(), Some("b:shell"));
}

#[test]
fn env_file_flag_replaces_dotenv() {
    let d = temp_project(&[("compose.yaml", "services:\n  web:\n    image: \"b:${TAG}\"\n"), (".env", "TAG=dotenv\n"), ("other.env", "TAG=other\n")]);
    let mut o = opts(d.path());
    o.env_files = vec!["other.env".into()];
    assert_eq!(loader::load(&o).unwrap().services["web"].image.as_deref(), Some("b:other"));
}

#[test]
fn project_name_rules() {
    let d = temp_project(&[("docker-compose.yml", "services:\n  web:\n    image: busybox\n")]);
    let mut o = opts(d.path());
    let p = loader::load(&o).unwrap();
    // The directory name, lower-cased with the dot removed.
    let base = d.path().file_name().unwrap().to_string_lossy().to_lowercase().replace('.', "");
    assert_eq!(p.name, base);
    assert_eq!(p.networks["default"].name, format!("{base}_default"));
    o.environ.insert("COMPOSE_PROJECT_NAME".into(), "fromenv".into());
    assert_eq!(loader::load(&o).unwrap().name, "fromenv");
    o.project_name = Some("flag".into());
    assert_eq!(loader::load(&o).unwrap().name, "flag");
    o.project_name = Some("Bad Name".into());
    assert!(loader::load(&o).unwrap_err().to_string().contains("invalid project name"));
    assert_eq!(loader::normalize_project_name("-My.App_1"), "myapp_1");
}

#[test]
fn name_key_is_below_env_and_flag() {
    let d = temp_project(&[("compose.yml", "name: fromfile\nservices:\n  web:\n    image: busybox\n")]);
    let mut o = opts(d.path());
    assert_eq!(loader::load(&o).unwrap().name, "fromfile");
    o.environ.insert("COMPOSE_PROJECT_NAME".into(), "fromenv".into());
    assert_eq!(loader::load(&o).unwrap().name, "fromenv");
}

#[test]
fn discovery_prefers_compose_yaml_and_walks_up() {
    let d = temp_project(&[("compose.yaml", "services:\n  a:\n    image: busybox\n"), ("docker-compose.yml", "services:\n  b:\n    image: busybox\n")]);
    let sub = d.path().join("sub/dir");
    std::fs::create_dir_all(&sub).unwrap();
    let p = loader::load(&opts(&sub)).unwrap();
    assert!(p.services.contains_key("a") && !p.services.contains_key("b"));
    assert_eq!(p.working_dir, d.path());
    let e = loader::load(&opts(Path::new("/"))).unwrap_err().to_string();
    assert!(e.contains("no configuration file provided"), "{e}");
}

#[test]
fn repeated_files_merge_in_order() {
    let d = temp_project(&[
        ("a.yml", "services:\n  web:\n    image: busybox\n    entrypoint: [sh, -c]\n    environment: [A=1, B=2]\n    dns: 1.1.1.1\n"),
        ("b.yml", "services:\n  web:\n    image: busybox:2\n    entrypoint: /bin/init\n    environment: {B: 3}\n    dns: [8.8.8.8]\n    ports: !override ['1:1']\n"),
    ]);
    let mut o = opts(d.path());
    o.files = vec!["a.yml".into(), "b.yml".into()];
    let p = loader::load(&o).unwrap();
    let w = &p.services["web"];
    assert_eq!(w.image.as_deref(), Some("busybox:2"));
    assert_eq!(w.entrypoint.as_deref().unwrap(), ["/bin/init"]);
    assert_eq!(w.environment["A"].as_deref(), Some("1"));
    assert_eq!(w.environment["B"].as_deref(), Some("3"));
    assert_eq!(w.dns, ["1.1.1.1", "8.8.8.8"]);
    assert_eq!(w.ports.len(), 1);
}

#[test]
fn validation_errors_name_service_and_key() {
    let cases = [
        ("services:\n  web:\n    image: b\n    depends_on: [db]\n", "depends on undefined service \"db\""),
        ("services:\n  web:\n    image: b\n    volumes: [data:/d]\n", "refers to undefined volume data"),
        ("services:\n  web:\n    image: b\n    networks: [front]\n", "refers to undefined network front"),
        ("services:\n  web:\n    build: {}\n    ports: ['abc']\n", "services.web.ports[0]"),
        ("services:\n  web:\n    command: x\n", "neither an image nor a build context"),
        ("services:\n  web:\n    image: b\n    restart: sometimes\n", "services.web.restart"),
        ("services:\n  web:\n    image: b\n    depends_on: {a: {condition: service_ready}}\n  a:\n    image: b\n", "invalid condition"),
        ("services:\n  web:\n    image: b\n    ports: ['1:2:3:4']\n", "invalid port"),
        ("services:\n  web:\n    image: b\n    volumes: ['a:b:c:d']\n", "invalid volume"),
        ("services:\n  web:\n    image: [1]\n", "services.web.image must be a string"),
        ("services: [web]\n", "services must be a mapping"),
        ("services:\n  web:\n    image: b\n    healthcheck: {interval: soon}\n", "services.web.healthcheck.interval"),
        ("services:\n  web: {image: b, scale: 2, container_name: x}\n", "cannot be used with more than one replica"),
        ("services:\n  web:\n    image: b\n  bad name:\n    image: b\n", "invalid service name"),
        ("services:\n  web:\n    image: 'a\n", "compose.yaml"),
    ];
    for (yaml, want) in cases {
        let d = temp_project(&[("compose.yaml", yaml)]);
        let e = format!("{:#}", loader::load(&opts(d.path())).unwrap_err());
        assert!(e.contains(want), "{yaml}: got {e:?}, want {want:?}");
    }
}

#[test]
fn short_volumes_and_paths() {
    let d = temp_project(&[("compose.yaml", "services:\n  web:\n    image: b\n    volumes:\n      - ./data:/data:ro\n      - ~/cache:/cache\n      - /abs:/abs\n      - /anon\n      - type: tmpfs\n        target: /tmp\n")]);
    let p = loader::load(&opts(d.path())).unwrap();
    let v = &p.services["web"].volumes;
    assert_eq!(v[0].source.as_deref().unwrap(), d.path().join("data").to_str().unwrap());
    assert!(v[0].read_only && v[0].bind.as_ref().unwrap().create_host_path);
    assert_eq!(v[1].source.as_deref(), Some("/home/u/cache"));
    assert_eq!(v[2].source.as_deref(), Some("/abs"));
    assert_eq!((v[3].kind, v[3].source.as_deref()), (MountType::Volume, None));
    assert_eq!(v[4].kind, MountType::Tmpfs);
}

#[test]
fn env_file_then_environment() {
    let d = temp_project(&[("compose.yaml", "services:\n  web:\n    image: b\n    env_file: web.env\n    environment:\n      B: over\n"), ("web.env", "A=1\nB=2\n")]);
    let p = loader::load(&opts(d.path())).unwrap();
    let e = &p.services["web"].environment;
    assert_eq!((e["A"].as_deref(), e["B"].as_deref()), (Some("1"), Some("over")));
}

#[test]
fn split_command_like_a_shell() {
    assert_eq!(loader::split_command(r#"sh -c 'echo "a b"' x\ y "q\"z""#).unwrap(), ["sh", "-c", "echo \"a b\"", "x y", "q\"z"]);
    assert!(loader::split_command("echo 'x").is_err());
}

fn project(yaml: &str) -> Project {
    let d = temp_project(&[("compose.yaml", yaml)]);
    let mut o = opts(d.path());
    o.project_name = Some("p".into());
    loader::load(&o).unwrap()
}

#[test]
fn cycles_are_errors() {
    let p = project("services:\n  a: {image: b, depends_on: [b]}\n  b: {image: b, depends_on: [c]}\n  c: {image: b, depends_on: [a]}\n");
    let e = planner::start_order(&p).unwrap_err().to_string();
    assert!(e.contains("dependency cycle detected: a -> b -> c -> a"), "{e}");
}

fn existing(svc: &str, n: u32, hash: &str, running: bool) -> Existing {
    Existing { id: format!("id-{svc}-{n}"), name: format!("p-{svc}-{n}"), service: svc.into(), number: n, hash: hash.into(), running, oneoff: false }
}

#[test]
fn up_plan_golden() {
    let p = project("services:\n  web: {image: b, depends_on: [db], scale: 2}\n  db: {image: b}\n  cache: {image: b}\n  worker: {image: b, depends_on: {db: {condition: service_started, restart: true}}}\n");
    let hashes: BTreeMap<String, String> = p.services.keys().map(|k| (k.clone(), format!("h-{k}"))).collect();
    let ex = vec![
        existing("db", 1, "old", true),
        existing("web", 1, "h-web", true),
        existing("web", 3, "h-web", true),
        existing("cache", 1, "h-cache", false),
        existing("worker", 1, "h-worker", true),
        existing("gone", 1, "x", false),
    ];
    let plan = planner::plan_up(&p, &[], &ex, &hashes, UpFlags::default()).unwrap();
    let want = "cache: start p-cache-1\n\
                db: recreate p-db-1\n\
                web: keep p-web-1\n\
                web: create p-web-2\n\
                web: remove p-web-3\n\
                worker: recreate p-worker-1\n\
                orphan: p-gone-1\n";
    assert_eq!(plan.render(), want);

    // Only web (and its dependency db); --no-deps leaves db alone.
    let plan = planner::plan_up(&p, &["web".into()], &ex, &hashes, UpFlags { no_deps: true, ..Default::default() }).unwrap();
    assert_eq!(plan.services.len(), 1);
    let plan = planner::plan_up(&p, &["web".into()], &ex, &hashes, UpFlags::default()).unwrap();
    assert_eq!(plan.services.iter().map(|s| s.0.as_str()).collect::<Vec<_>>(), ["db", "web"]);
    // --force-recreate recreates unchanged ones; --no-recreate none.
    let plan = planner::plan_up(&p, &["cache".into()], &ex, &hashes, UpFlags { force_recreate: true, ..Default::default() }).unwrap();
    assert!(matches!(plan.services[0].1[0], Action::Recreate { .. }));
    let plan = planner::plan_up(&p, &["db".into()], &ex, &hashes, UpFlags { no_recreate: true, ..Default::default() }).unwrap();
    assert_eq!(plan.services[0].1[0], Action::Keep { name: "p-db-1".into() });
    // Joining a recreated container's network or volumes recreates too.
    let p = project("services:\n  db: {image: b}\n  side: {image: b, network_mode: 'service:db'}\n  copy: {image: b, volumes_from: ['db:ro']}\n  plain: {image: b, depends_on: [db]}\n");
    let ex = vec![existing("db", 1, "old", true), existing("side", 1, "h-side", true), existing("copy", 1, "h-copy", true), existing("plain", 1, "h-plain", true)];
    let hashes: BTreeMap<String, String> = p.services.keys().map(|k| (k.clone(), format!("h-{k}"))).collect();
    let plan = planner::plan_up(&p, &[], &ex, &hashes, UpFlags::default()).unwrap();
    assert_eq!(plan.render(), "db: recreate p-db-1\ncopy: recreate p-copy-1\nplain: keep p-plain-1\nside: recreate p-side-1\n");
}

#[test]
fn names_labels_and_hash() {
    let p = project("services:\n  web: {build: ., depends_on: {db: {condition: service_healthy}}}\n  db: {image: b, container_name: the-db}\n");
    let web = &p.services["web"];
    assert_eq!(planner::container_name(&p, web, 2), "p-web-2");
    assert_eq!(planner::container_name(&p, &p.services["db"], 1), "the-db");
    assert_eq!(planner::image_name(&p, web), "p-web");
    assert_eq!(planner::service_of_container(&p, "p-web-2"), Some("web"));
    assert_eq!(planner::service_of_container(&p, "p-web-run-1"), Some("web"));
    assert_eq!(planner::service_of_container(&p, "the-db"), Some("db"));
    assert_eq!(planner::service_of_container(&p, "p-other-1"), None);
    assert_eq!(planner::service_of_container(&p, "q-web-1"), None, "another project's");
    assert_eq!(planner::service_of_container(&p, "p-web-x"), None);
    let h = planner::config_hash(web, "sha256:aa");
    assert_eq!(h.len(), 64);
    assert_ne!(h, planner::config_hash(web, "sha256:bb"), "a new image changes the hash");
    assert_eq!(h, planner::config_hash(&Service { scale: 3, ..web.clone() }, "sha256:aa"), "scaling recreates nothing");
    let mut changed = web.clone();
    changed.environment.insert("X".into(), Some("1".into()));
    assert_ne!(h, planner::config_hash(&changed, "sha256:aa"));
    let l = planner::labels(&p, web, 2, &h, false);
    assert_eq!(l[planner::LABEL_PROJECT], "p");
    assert_eq!(l[planner::LABEL_SERVICE], "web");
    assert_eq!(l[planner::LABEL_NUMBER], "2");
    assert_eq!(l[planner::LABEL_ONEOFF], "False");
    assert_eq!(l[planner::LABEL_DEPENDS_ON], "db:service_healthy:false");
    assert_eq!(l[planner::LABEL_HASH], h);
    assert_eq!(planner::next_number(&[existing("web", 1, "", true), existing("web", 4, "", true)], "web"), 5);
}

#[test]
fn extends_in_the_same_file_and_another() {
    let d = temp_project(&[
        ("compose.yaml", "services:\n  base:\n    image: busybox\n    environment: {A: '1', B: '1'}\n    command: [sleep, '1']\n  web:\n    extends: base\n    environment: {B: '2'}\n  api:\n    extends: {file: common/common.yml, service: svc}\n    command: serve\n"),
    ]);
    std::fs::create_dir(d.path().join("common")).unwrap();
    std::fs::write(d.path().join("common/common.yml"), "services:\n  svc:\n    build: ./app\n    volumes: ['./data:/data']\n    env_file: [{path: missing.env, required: false}]\n").unwrap();
    let p = loader::load(&opts(d.path())).unwrap();
    let web = &p.services["web"];
    assert_eq!(web.image.as_deref(), Some("busybox"));
    assert_eq!((web.environment["A"].as_deref(), web.environment["B"].as_deref()), (Some("1"), Some("2")));
    assert_eq!(web.command.as_deref().unwrap(), ["sleep", "1"]);
    let api = &p.services["api"];
    assert_eq!(api.command.as_deref().unwrap(), ["serve"]);
    // Relative paths of the other file are relative to that file.
    assert_eq!(api.build.as_ref().unwrap().context, d.path().join("common/app").to_str().unwrap());
    assert_eq!(api.volumes[0].source.as_deref().unwrap(), d.path().join("common/data").to_str().unwrap());

    let c = temp_project(&[("compose.yaml", "services:\n  a: {extends: b, image: x}\n  b: {extends: a}\n")]);
    let e = format!("{:#}", loader::load(&opts(c.path())).unwrap_err());
    assert!(e.contains("circular extends"), "{e}");
}

#[test]
fn include_imports_another_files_services() {
    let d = temp_project(&[("compose.yaml", "include:\n  - db/compose.yaml\nservices:\n  web:\n    image: busybox\n    depends_on: [db]\n")]);
    std::fs::create_dir(d.path().join("db")).unwrap();
    std::fs::write(d.path().join("db/compose.yaml"), "name: ignored\nservices:\n  db:\n    build: .\n    volumes: [dbdata:/var/lib/db]\nvolumes:\n  dbdata:\n").unwrap();
    let p = loader::load(&opts(d.path())).unwrap();
    assert_ne!(p.name, "ignored");
    assert_eq!(p.services["db"].build.as_ref().unwrap().context, d.path().join("db").to_str().unwrap());
    assert!(p.volumes.contains_key("dbdata"));
    assert!(p.warnings.iter().all(|w| !w.contains("include")), "{:?}", p.warnings);
    std::fs::write(d.path().join("compose.yaml"), "include: [db/compose.yaml]\nservices:\n  db:\n    image: busybox\n").unwrap();
    let e = format!("{:#}", loader::load(&opts(d.path())).unwrap_err());
    assert!(e.contains("conflicts with the service imported"), "{e}");
}

#[test]
fn unquoted_ports_and_numbers() {
    let p = project("services:\n  web:\n    image: b\n    ports:\n      - 8080:80\n      - 53:53/udp\n      - 9000\n    environment:\n      N: 1\n      B: true\n    expose: [3000]\n");
    let w = &p.services["web"];
    let specs: Vec<String> = w.ports.iter().map(|x| x.publish_spec()).collect();
    assert_eq!(specs, ["8080:80/tcp", "53:53/udp", "9000/tcp"]);
    assert_eq!((w.environment["N"].as_deref(), w.environment["B"].as_deref()), (Some("1"), Some("true")));
    assert_eq!(w.expose, ["3000"]);
}

#[test]
fn limits_and_ulimits() {
    // (mem_limit beside deploy's limits without memory is an error in
    // compose-go, so the limit is deploy's here.)
    let p = project("services:\n  web:\n    image: b\n    ulimits:\n      nproc: 512\n      nofile: {soft: 1024, hard: 2048}\n    deploy:\n      resources:\n        limits: {cpus: '0.5', pids: 100, memory: 256m}\n        reservations: {memory: 1g, cpus: '0.25'}\n");
    let w = &p.services["web"];
    let l = w.limits();
    assert_eq!((l.memory.as_deref(), l.cpus.as_deref(), l.pids), (Some("268435456"), Some("0.5"), Some(100)), "sizes in bytes, as compose-go's UnitBytes");
    assert_eq!(w.ulimits, ["nproc=512", "nofile=1024:2048"]);
    assert_eq!(l.memory_reservation.as_deref(), Some("1073741824"), "a memory reservation is mem_reservation");
    assert!(p.warnings.iter().any(|x| x.contains("reservations: key \"cpus\"")), "{:?}", p.warnings);
    let p = project("services:\n  a: {image: b, deploy: {restart_policy: {condition: on-failure, max_attempts: 3, delay: 5s}}}\n  b: {image: b, restart: unless-stopped, deploy: {restart_policy: {condition: any}}}\n  c: {build: {context: ., dockerfile_inline: 'FROM b', network: host}}\n");
    assert_eq!(p.services["a"].restart_policy().as_deref(), Some("on-failure:3"));
    // docker compose's `getRestartPolicy` (pkg/compose/create.go) lets
    // deploy.restart_policy override `restart`.
    assert_eq!(p.services["b"].restart_policy().as_deref(), Some("always"), "deploy.restart_policy wins");
    assert_eq!(p.services["b"].restart.as_deref(), Some("unless-stopped"), "restart is printed as written");
    assert!(p.warnings.iter().any(|x| x.contains("\"delay\"")), "{:?}", p.warnings);
    let b = p.services["c"].build.as_ref().unwrap();
    assert_eq!((b.dockerfile_inline.as_deref(), b.network.as_deref()), (Some("FROM b"), Some("host")));
    let p = project("services:\n  a: {image: b, userns_mode: keep-id, platform: linux/s390x}\n  b: {image: b, platform: linux/amd64}\n");
    assert_eq!(p.services["a"].userns_mode.as_deref(), Some("keep-id"));
    let platform_warnings: Vec<&String> = p.warnings.iter().filter(|w| w.contains("platform")).collect();
    assert_eq!(platform_warnings.len(), usize::from(std::env::consts::ARCH != "s390x") + usize::from(std::env::consts::ARCH != "x86_64"), "{platform_warnings:?}");
    // Nested keys dhow does not honour are warned about too.
    let p = project("services:\n  a:\n    image: b\n    networks: {default: {ipv6_address: 'fd00::2'}}\n    volumes: [{type: bind, source: ., target: /x, bind: {propagation: rshared}}, {type: volume, target: /v, consistency: cached}]\n");
    for key in ["\"ipv6_address\"", "\"propagation\"", "\"consistency\""] {
        assert!(p.warnings.iter().any(|x| x.contains(key)), "{key}: {:?}", p.warnings);
    }
}

/// `deploy` printed as a block, as docker compose v2 prints it (compose-go's
/// `DeployConfig` field order, sizes as byte strings, cpus as floats, a
/// device request's default `count: -1`, `scale` filling `replicas`);
/// what runs takes deploy's limits, replicas and restart policy.
#[test]
fn deploy_block_golden_and_what_runs() {
    let dir = testdata("deploy");
    let p = loader::load(&opts(&dir)).unwrap();
    golden(&dir, "expected.yaml", &super::to_yaml(&p).unwrap());
    let (web, worker) = (&p.services["web"], &p.services["worker"]);
    assert_eq!((web.scale, worker.scale), (3, 2));
    let l = web.limits();
    assert_eq!((l.memory.as_deref(), l.cpus.as_deref(), l.pids, l.memory_reservation.as_deref()), (Some("536870912"), Some("0.5"), Some(64), Some("134217728")));
    assert_eq!(web.restart_policy().as_deref(), Some("on-failure:3"));
    assert_eq!(worker.limits().memory.as_deref(), Some("67108864"));
    for key in ["\"placement\"", "\"update_config\"", "\"devices\"", "\"window\""] {
        assert!(p.warnings.iter().any(|w| w.contains(key)), "{key}: {:?}", p.warnings);
    }
    let json = serde_json::to_value(&p).unwrap();
    assert_eq!(json["services"]["web"]["deploy"]["resources"]["limits"]["memory"], "536870912");
}

/// compose-go's consistency rules between the top-level keys and deploy's.
#[test]
fn deploy_and_top_level_keys_must_agree() {
    for (yaml, key) in [
        ("scale: 2\n    deploy: {replicas: 3}", "'scale' and 'deploy.replicas'"),
        ("mem_limit: 1g\n    deploy: {resources: {limits: {memory: 2g}}}", "'mem_limit' and 'deploy.resources.limits.memory'"),
        ("cpus: 1\n    deploy: {resources: {limits: {memory: 2g}}}", "'cpus' and 'deploy.resources.limits.cpus'"),
        ("pids_limit: 10\n    deploy: {resources: {limits: {pids: 20}}}", "'pids_limit' and 'deploy.resources.limits.pids'"),
        ("mem_reservation: 1g\n    deploy: {resources: {reservations: {memory: 2g}}}", "'mem_reservation' and 'deploy.resources.reservations.memory'"),
    ] {
        let d = temp_project(&[("compose.yaml", &format!("services:\n  web:\n    image: b\n    {yaml}\n"))]);
        let e = loader::load(&opts(d.path())).unwrap_err().to_string();
        assert!(e.contains(&format!("services.web: can't set distinct values on {key}")), "{e}");
    }
    let p = project("services:\n  web:\n    image: b\n    scale: 2\n    mem_limit: 1g\n    deploy: {replicas: 2, resources: {limits: {memory: 1024m}}}\n");
    assert_eq!(p.services["web"].scale, 2, "equal values are fine");
    let d = temp_project(&[("compose.yaml", "services:\n  web: {image: b, deploy: {restart_policy: {condition: sometimes}}}\n")]);
    assert!(loader::load(&opts(d.path())).unwrap_err().to_string().contains("invalid condition"));
}

/// IPv6 keys are accepted and checked; `ipam.config` keeps every pool,
/// printed as compose-go's `IPAMConfig`; `enable_ipv6` makes a dual-stack
/// network (the IPv6 pool's ip_range alone is warned about).
#[test]
fn ipv6_keys_are_accepted_and_checked() {
    let p = project("services:\n  w: {image: b, networks: [front]}\nnetworks:\n  front:\n    enable_ipv6: true\n    ipam:\n      config:\n        - subnet: 172.28.0.0/16\n          gateway: 172.28.0.1\n        - subnet: 'fd00:28::/64'\n          gateway: 'fd00:28::1'\n          ip_range: 'fd00:28::/80'\n  back:\n    enable_ipv6: false\n");
    let yaml = super::to_yaml(&p).unwrap();
    let want = "  front:\n    name: p_front\n    ipam:\n      config:\n        - subnet: 172.28.0.0/16\n          gateway: 172.28.0.1\n        - subnet: fd00:28::/64\n          gateway: fd00:28::1\n          ip_range: fd00:28::/80\n    enable_ipv6: true\n";
    assert!(yaml.contains(want), "{yaml}");
    assert!(yaml.contains("  back:\n    name: p_back\n    enable_ipv6: false\n"), "enable_ipv6: false is printed as written: {yaml}");
    let front = &p.networks["front"];
    assert_eq!(front.ipv4_pool().and_then(|x| x.subnet.as_deref()), Some("172.28.0.0/16"));
    assert_eq!(front.ipv6_pool().and_then(|x| x.gateway.as_deref()), Some("fd00:28::1"), "the hook for IPv6 networks");
    assert!(!p.warnings.iter().any(|w| w.contains("enable_ipv6")), "IPv6 networks exist now: {:?}", p.warnings);
    assert!(p.warnings.iter().any(|w| w.contains("networks.front.ipam.config: the IPv6 pool's ip_range is not supported")), "{:?}", p.warnings);
    let p = project("services:\n  w: {image: b}\nnetworks:\n  n: {ipam: {config: [{subnet: 'fd00::/64'}]}}\n");
    assert_eq!(p.networks["n"].ipv6_pool(), None);
    assert!(p.warnings.iter().any(|w| w.contains("IPv6 subnet is ignored without enable_ipv6: true")), "{:?}", p.warnings);
    for (cfg, err) in [
        ("{subnet: '10.1.0.0/33'}", "networks.n.ipam.config[0].subnet: invalid CIDR address"),
        ("{subnet: 'fd00::/64', gateway: 'fd01::1'}", "networks.n.ipam.config[0].gateway: fd01::1 is not in subnet fd00::/64"),
        ("{subnet: '10.1.0.0/16', gateway: 'fd00::1'}", "is not in subnet 10.1.0.0/16"),
        ("{subnet: '10.1.0.0/16', ip_range: '10.2.0.0/24'}", "ip_range: 10.2.0.0/24 is not inside subnet"),
        ("{gateway: '10.1.0.1'}", "a gateway or ip_range needs a subnet"),
        ("{subnet: '10.1.0.0/16'}, {subnet: '10.2.0.0/16'}", "more than one IPv4 subnet"),
    ] {
        let d = temp_project(&[("compose.yaml", &format!("services:\n  w: {{image: b}}\nnetworks:\n  n: {{enable_ipv6: true, ipam: {{config: [{cfg}]}}}}\n"))]);
        let e = loader::load(&opts(d.path())).unwrap_err().to_string();
        assert!(e.contains(err), "{cfg}: {e}");
    }
}

/// `restart db` restarts what depends on db with `restart: true` too
/// (transitively), not what merely depends on it; `--no-deps` only db.
#[test]
fn restart_takes_dependents_with_restart_true() {
    let p = project("services:\n  db: {image: b}\n  api: {image: b, depends_on: {db: {condition: service_started, restart: true}}}\n  web: {image: b, depends_on: {api: {condition: service_started, restart: true}}}\n  cron: {image: b, depends_on: [db]}\n");
    let names = |v: std::collections::BTreeSet<String>| v.into_iter().collect::<Vec<_>>();
    assert_eq!(names(planner::restart_selection(&p, &["db".into()], false).unwrap()), ["api", "db", "web"]);
    assert_eq!(names(planner::restart_selection(&p, &["db".into()], true).unwrap()), ["db"]);
    assert_eq!(planner::restart_selection(&p, &[], false).unwrap().len(), 4);
}
