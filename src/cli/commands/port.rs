//! `dhow port`: the published ports of a container.
//!
//! Read straight from `container.json` (`host.port_bindings`), so the
//! command works with whatever records the networking code writes: a
//! docker-style map (`{"80/tcp": [{"HostIp": "", "HostPort": "8080"}]}`) or
//! a list of bindings with container/host port fields. Without networking
//! nothing is published and nothing is printed, as docker does for a
//! container without ports.

use crate::engine::containers::ops;
use crate::engine::Engine;
use crate::error::{Exit, ENGINE_FAILURE};
use anyhow::Context;
use clap::Args;
use serde_json::Value;

#[derive(Args, Debug)]
pub struct PortArgs {
    #[arg(value_name = "CONTAINER", required_unless_present = "latest")]
    pub container: Option<String>,
    /// The most recently created container (the first word is then the port)
    #[arg(short, long)]
    pub latest: bool,
    /// Only this private port: PORT[/PROTO]
    #[arg(value_name = "PRIVATE_PORT[/PROTO]")]
    pub private: Option<String>,
}

/// One published port: `80/tcp` → `0.0.0.0:8080`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Binding {
    pub private: String,
    pub host_ip: String,
    pub host_port: String,
}

fn text(v: Option<&Value>) -> String {
    match v {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        _ => String::new(),
    }
}

fn field<'a>(o: &'a Value, names: &[&str]) -> Option<&'a Value> {
    names.iter().find_map(|n| o.get(*n))
}

fn with_proto(port: String, proto: &str) -> String {
    if port.contains('/') {
        port
    } else {
        format!("{port}/{}", if proto.is_empty() { "tcp" } else { proto })
    }
}

/// The bindings in a record's `host.port_bindings`, in record order.
pub fn bindings(record: &Value) -> Vec<Binding> {
    let Some(pb) = record.get("host").and_then(|h| h.get("port_bindings")) else { return Vec::new() };
    let mut out = Vec::new();
    let host_of = |b: &Value| {
        (text(field(b, &["HostIp", "host_ip", "hostIp"])), text(field(b, &["HostPort", "host_port", "hostPort"])))
    };
    match pb {
        Value::Object(map) => {
            for (private, list) in map {
                for b in list.as_array().map(|a| a.as_slice()).unwrap_or_default() {
                    let (host_ip, host_port) = host_of(b);
                    out.push(Binding { private: with_proto(private.clone(), ""), host_ip, host_port });
                }
            }
        }
        Value::Array(list) => {
            for b in list {
                let port = text(field(b, &["container_port", "ContainerPort", "private_port", "port"]));
                let proto = text(field(b, &["protocol", "Protocol", "proto"]));
                let (host_ip, host_port) = host_of(b);
                out.push(Binding { private: with_proto(port, &proto), host_ip, host_port });
            }
        }
        _ => {}
    }
    out
}

/// docker's `0.0.0.0:8080` / `[::]:8080`.
fn host_addr(b: &Binding) -> String {
    let ip = if b.host_ip.is_empty() { "0.0.0.0" } else { b.host_ip.as_str() };
    if ip.contains(':') {
        format!("[{ip}]:{}", b.host_port)
    } else {
        format!("{ip}:{}", b.host_port)
    }
}

pub fn exec(engine: &Engine, mut args: PortArgs) -> anyhow::Result<()> {
    let mut rest: Vec<String> = args.private.take().into_iter().collect();
    let container = super::targets::one_container(engine, args.latest, args.container.take(), &mut rest)?;
    args.private = rest.into_iter().next();
    let (record, state) = ops::find(engine, &container)?;
    let dir = ops::containers(engine).dir(&record.id);
    // The ports in use now (host ports picked at start for `-p 80` and
    // `-P`), from the running container's network record.
    let running = ops::is_running(&state.effective());
    let live = crate::network::attach::effective_ports(&record, &dir, running);
    let all: Vec<Binding> = if live.is_empty() && running {
        let path = dir.join("container.json");
        let raw: Value = serde_json::from_str(&std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?)
            .with_context(|| format!("parsing {}", path.display()))?;
        bindings(&raw).into_iter().filter(|b| !b.host_port.is_empty() && b.host_port != "0").collect()
    } else {
        live.iter().map(|b| Binding { private: b.private(), host_ip: b.host_ip.clone(), host_port: b.host_port.to_string() }).collect()
    };
    match args.private {
        None => {
            for b in &all {
                println!("{} -> {}", b.private, host_addr(b));
            }
        }
        Some(p) => {
            let want = with_proto(p, "");
            let found: Vec<&Binding> = all.iter().filter(|b| b.private == want).collect();
            if found.is_empty() {
                return Err(Exit::with_code(ENGINE_FAILURE, format!("no public port '{want}' published for {}", record.name)).into());
            }
            for b in found {
                println!("{}", host_addr(b));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn both_record_shapes() {
        let m = json!({"host": {"port_bindings": {"80/tcp": [{"HostIp": "", "HostPort": "8080"}, {"HostIp": "::", "HostPort": "8080"}]}}});
        let b = bindings(&m);
        assert_eq!(b.len(), 2);
        assert_eq!(host_addr(&b[0]), "0.0.0.0:8080");
        assert_eq!(host_addr(&b[1]), "[::]:8080");
        assert_eq!(b[0].private, "80/tcp");
        let l = json!({"host": {"port_bindings": [{"container_port": 53, "protocol": "udp", "host_ip": "127.0.0.1", "host_port": 5353}]}});
        let b = bindings(&l);
        assert_eq!(b, vec![Binding { private: "53/udp".into(), host_ip: "127.0.0.1".into(), host_port: "5353".into() }]);
        assert!(bindings(&json!({"host": {}})).is_empty());
    }
}
