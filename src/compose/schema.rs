//! The compose specification's shape, checked on each file as parsed
//! (before interpolation and merging) the way docker compose validates
//! against its JSON schema: a key the specification does not know is an
//! error naming its path (`services.web Additional property foo is not
//! allowed`), except `x-` extension keys; a value of the wrong kind is an
//! error (`services.web.ports must be a list`). Keys the specification
//! knows but dhow does not honour pass here and are warned about in
//! `convert`. Values are checked only as far as their kind: scalars may
//! still be `${VAR}` strings at this point.

use super::normalise::key_str;
use anyhow::{bail, Result};
use serde_yaml_ng::Value;

/// What a value must be.
#[derive(Clone, Copy)]
enum Ty {
    /// Anything (the key's content is not checked further).
    Any,
    /// A string, number or boolean.
    Scalar,
    /// A mapping with these keys (and `x-` keys).
    Obj(Obj),
    /// A mapping with free keys.
    FreeMap,
    /// A mapping from names to [`Ty::Obj`] (or null).
    NamedObjs(Obj),
    /// A list; mapping items have these keys.
    ListOf(Obj),
    /// A list of scalars.
    Strings,
    /// A string, or a list of scalars.
    StrOrList,
    /// A mapping or a list of `KEY=VALUE` strings.
    MapOrList,
    /// A string, or a mapping with these keys.
    StrOrObj(Obj),
    /// A list of names, or a mapping from names to these keys.
    NamesOrObjs(Obj),
    /// `ulimits`: names to a number or `{soft, hard}`.
    Ulimits,
}

type Obj = &'static [(&'static str, Ty)];

use Ty::*;

const TOP: Obj = &[
    ("version", Scalar),
    ("name", Scalar),
    ("include", ListOf(INCLUDE)),
    ("services", NamedObjs(SERVICE)),
    ("networks", NamedObjs(NETWORK)),
    ("volumes", NamedObjs(VOLUME)),
    ("secrets", NamedObjs(SECRET)),
    ("configs", NamedObjs(CONFIG)),
    ("models", FreeMap),
];

const INCLUDE: Obj = &[("path", StrOrList), ("env_file", StrOrList), ("project_directory", Scalar)];

const SERVICE: Obj = &[
    ("annotations", MapOrList),
    ("attach", Scalar),
    ("blkio_config", Any),
    ("build", StrOrObj(BUILD)),
    ("cap_add", Strings),
    ("cap_drop", Strings),
    ("cgroup", Scalar),
    ("cgroup_parent", Scalar),
    ("command", StrOrList),
    ("configs", ListOf(FILE_REF)),
    ("container_name", Scalar),
    ("cpu_count", Scalar),
    ("cpu_percent", Scalar),
    ("cpu_shares", Scalar),
    ("cpu_quota", Scalar),
    ("cpu_period", Scalar),
    ("cpu_rt_period", Scalar),
    ("cpu_rt_runtime", Scalar),
    ("cpus", Scalar),
    ("cpuset", Scalar),
    ("credential_spec", Any),
    ("depends_on", NamesOrObjs(DEPENDS_ON)),
    ("deploy", Obj(DEPLOY)),
    ("develop", Any),
    ("device_cgroup_rules", Strings),
    ("devices", Any),
    ("dns", StrOrList),
    ("dns_opt", Strings),
    ("dns_search", StrOrList),
    ("domainname", Scalar),
    ("entrypoint", StrOrList),
    ("env_file", Any),
    ("label_file", StrOrList),
    ("environment", MapOrList),
    ("expose", Strings),
    ("extends", StrOrObj(EXTENDS)),
    ("external_links", Strings),
    // A mapping's values may be lists of addresses (newer spec).
    ("extra_hosts", Any),
    ("gpus", Any),
    ("group_add", Strings),
    ("healthcheck", Obj(HEALTHCHECK)),
    ("hostname", Scalar),
    ("image", Scalar),
    ("init", Scalar),
    ("ipc", Scalar),
    ("isolation", Scalar),
    ("labels", MapOrList),
    ("links", Strings),
    ("logging", Obj(LOGGING)),
    ("mac_address", Scalar),
    ("mem_limit", Scalar),
    ("mem_reservation", Scalar),
    ("mem_swappiness", Scalar),
    ("memswap_limit", Scalar),
    ("models", Any),
    ("network_mode", Scalar),
    ("networks", NamesOrObjs(SERVICE_NETWORK)),
    ("oom_kill_disable", Scalar),
    ("oom_score_adj", Scalar),
    ("pid", Scalar),
    ("pids_limit", Scalar),
    ("platform", Scalar),
    ("ports", ListOf(PORT)),
    ("post_start", Any),
    ("pre_stop", Any),
    ("privileged", Scalar),
    ("profiles", Strings),
    ("provider", Any),
    ("pull_policy", Scalar),
    ("pull_refresh_after", Scalar),
    ("read_only", Scalar),
    ("restart", Scalar),
    ("runtime", Scalar),
    ("scale", Scalar),
    ("secrets", ListOf(FILE_REF)),
    ("security_opt", Strings),
    ("shm_size", Scalar),
    ("stdin_open", Scalar),
    ("stop_grace_period", Scalar),
    ("stop_signal", Scalar),
    ("storage_opt", FreeMap),
    ("sysctls", MapOrList),
    ("tmpfs", StrOrList),
    ("tty", Scalar),
    ("ulimits", Ulimits),
    ("use_api_socket", Scalar),
    ("user", Scalar),
    ("userns_mode", Scalar),
    ("uts", Scalar),
    ("volumes", ListOf(SERVICE_VOLUME)),
    ("volumes_from", Strings),
    ("working_dir", Scalar),
];

const BUILD: Obj = &[
    ("context", Scalar),
    ("dockerfile", Scalar),
    ("dockerfile_inline", Scalar),
    ("entitlements", Strings),
    ("args", MapOrList),
    ("ssh", MapOrList),
    ("labels", MapOrList),
    ("cache_from", Strings),
    ("cache_to", Strings),
    ("no_cache", Scalar),
    ("additional_contexts", MapOrList),
    ("network", Scalar),
    ("provenance", Scalar),
    ("sbom", Scalar),
    ("pull", Scalar),
    ("target", Scalar),
    ("shm_size", Scalar),
    ("extra_hosts", MapOrList),
    ("isolation", Scalar),
    ("privileged", Scalar),
    ("secrets", ListOf(FILE_REF)),
    ("tags", Strings),
    ("ulimits", Ulimits),
    ("platforms", Strings),
];

const EXTENDS: Obj = &[("service", Scalar), ("file", Scalar)];
const DEPENDS_ON: Obj = &[("condition", Scalar), ("restart", Scalar), ("required", Scalar)];
const LOGGING: Obj = &[("driver", Scalar), ("options", FreeMap)];
const ULIMIT: Obj = &[("soft", Scalar), ("hard", Scalar)];
const FILE_REF: Obj = &[("source", Scalar), ("target", Scalar), ("uid", Scalar), ("gid", Scalar), ("mode", Scalar)];
const HEALTHCHECK: Obj = &[
    ("disable", Scalar),
    ("interval", Scalar),
    ("retries", Scalar),
    ("test", StrOrList),
    ("timeout", Scalar),
    ("start_period", Scalar),
    ("start_interval", Scalar),
];
const DEPLOY: Obj = &[
    ("mode", Scalar),
    ("endpoint_mode", Scalar),
    ("replicas", Scalar),
    ("labels", MapOrList),
    ("rollback_config", Any),
    ("update_config", Any),
    ("resources", Obj(RESOURCES)),
    ("restart_policy", Obj(RESTART_POLICY)),
    ("placement", Any),
];
const RESOURCES: Obj = &[("limits", Obj(LIMITS)), ("reservations", Obj(RESERVATIONS))];
const LIMITS: Obj = &[("cpus", Scalar), ("memory", Scalar), ("pids", Scalar)];
const RESERVATIONS: Obj = &[("cpus", Scalar), ("memory", Scalar), ("generic_resources", Any), ("devices", Any)];
const RESTART_POLICY: Obj = &[("condition", Scalar), ("delay", Scalar), ("max_attempts", Scalar), ("window", Scalar)];
const SERVICE_NETWORK: Obj = &[
    ("aliases", Strings),
    ("interface_name", Scalar),
    ("ipv4_address", Scalar),
    ("ipv6_address", Scalar),
    ("link_local_ips", Strings),
    ("mac_address", Scalar),
    ("driver_opts", FreeMap),
    ("priority", Scalar),
    ("gw_priority", Scalar),
];
const PORT: Obj = &[
    ("name", Scalar),
    ("mode", Scalar),
    ("host_ip", Scalar),
    ("target", Scalar),
    ("published", Scalar),
    ("protocol", Scalar),
    ("app_protocol", Scalar),
];
const SERVICE_VOLUME: Obj = &[
    ("type", Scalar),
    ("source", Scalar),
    ("target", Scalar),
    ("read_only", Scalar),
    ("consistency", Scalar),
    ("bind", Obj(&[("propagation", Scalar), ("create_host_path", Scalar), ("recursive", Scalar), ("selinux", Scalar)])),
    ("volume", Obj(&[("nocopy", Scalar), ("subpath", Scalar)])),
    ("tmpfs", Obj(&[("size", Scalar), ("mode", Scalar)])),
    ("image", Obj(&[("subpath", Scalar)])),
];
const NETWORK: Obj = &[
    ("name", Scalar),
    ("driver", Scalar),
    ("driver_opts", FreeMap),
    ("ipam", Obj(IPAM)),
    ("external", Any),
    ("internal", Scalar),
    ("enable_ipv4", Scalar),
    ("enable_ipv6", Scalar),
    ("attachable", Scalar),
    ("labels", MapOrList),
];
const IPAM: Obj = &[("driver", Scalar), ("config", ListOf(&[("subnet", Scalar), ("ip_range", Scalar), ("gateway", Scalar), ("aux_addresses", FreeMap)])), ("options", FreeMap)];
const VOLUME: Obj = &[("name", Scalar), ("driver", Scalar), ("driver_opts", FreeMap), ("external", Any), ("labels", MapOrList)];
const SECRET: Obj = &[
    ("name", Scalar),
    ("environment", Scalar),
    ("file", Scalar),
    ("external", Any),
    ("labels", MapOrList),
    ("driver", Scalar),
    ("driver_opts", FreeMap),
    ("template_driver", Scalar),
];
const CONFIG: Obj = &[
    ("name", Scalar),
    ("content", Scalar),
    ("environment", Scalar),
    ("file", Scalar),
    ("external", Any),
    ("labels", MapOrList),
    ("template_driver", Scalar),
];

/// Checks one parsed file (anchors and merge keys resolved, not yet
/// interpolated). The error is docker compose's text without the
/// `validating FILE: ` prefix, which the caller adds.
pub(super) fn check(doc: &Value) -> Result<()> {
    check_value(doc, Obj(TOP), "(root)", "")
}

fn untag(v: &Value) -> &Value {
    match v {
        Value::Tagged(t) => untag(&t.value),
        other => other,
    }
}

fn is_scalar(v: &Value) -> bool {
    matches!(v, Value::String(_) | Value::Number(_) | Value::Bool(_))
}

fn kind_error(path: &str, what: &str) -> anyhow::Error {
    anyhow::anyhow!("{path} must be {what}")
}

/// `path` is the JSON-schema style path docker compose prints: `(root)` at
/// the top, then `services.web.ports` (list items as `.0`). `child` is the
/// prefix for keys below (empty at the root).
fn check_value(v: &Value, ty: Ty, path: &str, child: &str) -> Result<()> {
    let v = untag(v);
    // `!reset` leaves null; null also stands for "empty" everywhere.
    if matches!(v, Value::Null) {
        return Ok(());
    }
    let join = |k: &str| if child.is_empty() { k.to_string() } else { format!("{child}.{k}") };
    match ty {
        Any => Ok(()),
        Scalar if is_scalar(v) => Ok(()),
        Scalar => Err(kind_error(path, "a string, number or boolean")),
        Obj(keys) => {
            let Value::Mapping(m) = v else { return Err(kind_error(path, "a mapping")) };
            for (k, x) in m {
                let key = key_str(k);
                if key.starts_with("x-") {
                    continue;
                }
                match keys.iter().find(|(name, _)| *name == key) {
                    Some((_, t)) => check_value(x, *t, &join(&key), &join(&key))?,
                    None => bail!("{path} Additional property {key} is not allowed"),
                }
            }
            Ok(())
        }
        FreeMap => match v {
            Value::Mapping(_) => Ok(()),
            _ => Err(kind_error(path, "a mapping")),
        },
        NamedObjs(keys) => {
            let Value::Mapping(m) = v else { return Err(kind_error(path, "a mapping")) };
            for (k, x) in m {
                let p = join(&key_str(k));
                check_value(x, Obj(keys), &p, &p)?;
            }
            Ok(())
        }
        ListOf(keys) => {
            let Value::Sequence(s) = v else { return Err(kind_error(path, "a list")) };
            for (i, x) in s.iter().enumerate() {
                let p = join(&i.to_string());
                if !is_scalar(untag(x)) {
                    check_value(x, Obj(keys), &p, &p)?;
                }
            }
            Ok(())
        }
        Strings => match v {
            Value::Sequence(s) => {
                for (i, x) in s.iter().enumerate() {
                    if !is_scalar(untag(x)) {
                        return Err(kind_error(&join(&i.to_string()), "a string"));
                    }
                }
                Ok(())
            }
            _ => Err(kind_error(path, "a list")),
        },
        StrOrList => match v {
            Value::Sequence(_) => check_value(v, Strings, path, child),
            x if is_scalar(x) => Ok(()),
            _ => Err(kind_error(path, "a string or a list")),
        },
        MapOrList => match v {
            Value::Mapping(m) => {
                for (k, x) in m {
                    let x = untag(x);
                    if !is_scalar(x) && !matches!(x, Value::Null) {
                        return Err(kind_error(&join(&key_str(k)), "a string, number, boolean or null"));
                    }
                }
                Ok(())
            }
            Value::Sequence(_) => check_value(v, Strings, path, child),
            _ => Err(kind_error(path, "a mapping or a list")),
        },
        StrOrObj(keys) => match v {
            x if is_scalar(x) => Ok(()),
            Value::Mapping(_) => check_value(v, Obj(keys), path, child),
            _ => Err(kind_error(path, "a string or a mapping")),
        },
        NamesOrObjs(keys) => match v {
            Value::Sequence(_) => check_value(v, Strings, path, child),
            Value::Mapping(_) => check_value(v, NamedObjs(keys), path, child),
            _ => Err(kind_error(path, "a list or a mapping")),
        },
        Ulimits => {
            let Value::Mapping(m) = v else { return Err(kind_error(path, "a mapping")) };
            for (k, x) in m {
                let p = join(&key_str(k));
                if !is_scalar(untag(x)) {
                    check_value(x, Obj(ULIMIT), &p, &p)?;
                }
            }
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::check;

    fn err(yaml: &str) -> String {
        let v: serde_yaml_ng::Value = serde_yaml_ng::from_str(yaml).unwrap();
        check(&v).map(|_| "ok".to_string()).unwrap_or_else(|e| e.to_string())
    }

    #[test]
    fn unknown_keys_name_their_path() {
        assert_eq!(err("services:\n  web: {image: b, foo: 1}\n"), "services.web Additional property foo is not allowed");
        assert_eq!(err("servces: {}\n"), "(root) Additional property servces is not allowed");
        assert_eq!(err("services:\n  web: {image: b, healthcheck: {test: x, intervall: 1s}}\n"), "services.web.healthcheck Additional property intervall is not allowed");
        assert_eq!(err("services:\n  web: {image: b, ports: [{target: 80, publish: 8}]}\n"), "services.web.ports.0 Additional property publish is not allowed");
        assert_eq!(err("services:\n  web: {image: b, deploy: {resources: {limits: {memroy: 1g}}}}\n"), "services.web.deploy.resources.limits Additional property memroy is not allowed");
        assert_eq!(err("networks:\n  n: {drvier: bridge}\n"), "networks.n Additional property drvier is not allowed");
        assert_eq!(err("volumes:\n  v: {extrnal: true}\n"), "volumes.v Additional property extrnal is not allowed");
        assert_eq!(err("secrets:\n  s: {fille: x}\n"), "secrets.s Additional property fille is not allowed");
        assert_eq!(err("services:\n  web: {image: b, networks: {n: {alias: [a]}}}\n"), "services.web.networks.n Additional property alias is not allowed");
    }

    #[test]
    fn extension_keys_and_known_keys_pass() {
        let ok = "x-common: &c {image: b}\nname: p\nservices:\n  web:\n    <<: *c\n    x-note: hi\n    build: {context: ., x-any: 1}\n    environment: [A=1]\n    labels: {a: b}\n    ulimits: {nofile: {soft: 1, hard: 2}, nproc: 3}\n    depends_on: [db]\n    volumes: [/a:/b, {type: bind, source: ., target: /c, bind: {create_host_path: true}}]\n    logging: {driver: none, options: {a: b}}\n    secrets: [s, {source: s, target: t}]\n  db: {image: b, depends_on: {web: {condition: service_started}}}\nsecrets:\n  s: {file: ./s}\nconfigs:\n  c: {content: hi}\n";
        let mut v: serde_yaml_ng::Value = serde_yaml_ng::from_str(ok).unwrap();
        v.apply_merge().unwrap();
        assert_eq!(check(&v).map_err(|e| e.to_string()), Ok(()));
    }

    #[test]
    fn wrong_kinds_are_errors() {
        assert_eq!(err("services: [web]\n"), "services must be a mapping");
        assert_eq!(err("services:\n  web: image\n"), "services.web must be a mapping");
        assert_eq!(err("services:\n  web: {image: b, ports: '80'}\n"), "services.web.ports must be a list");
        assert_eq!(err("services:\n  web: {image: [b]}\n"), "services.web.image must be a string, number or boolean");
        assert_eq!(err("services:\n  web: {image: b, environment: x}\n"), "services.web.environment must be a mapping or a list");
        assert_eq!(err("services:\n  web: {image: b, cap_add: [{a: b}]}\n"), "services.web.cap_add.0 must be a string");
        assert_eq!(err("services:\n  web: {image: b, depends_on: db}\n"), "services.web.depends_on must be a list or a mapping");
    }
}
