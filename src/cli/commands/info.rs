//! `dhow info`: podman-style YAML report of the host, the store and the registries.

use crate::cli::args::FormatArg;
use crate::engine::Engine;
use crate::format::output::OutputFormat;
use clap::Args;
use serde_json::Value;
use std::io::Write;

#[derive(Args, Debug)]
#[command(mut_arg("format", |a| a.short('f')))]
pub struct InfoArgs {
    #[command(flatten)]
    pub format: FormatArg,
}

pub fn exec(engine: &Engine, args: InfoArgs) -> anyhow::Result<()> {
    let info = crate::engine::info::info(engine)?;
    let out = &mut std::io::stdout().lock();
    match OutputFormat::parse(args.format.format.as_deref())? {
        OutputFormat::Json => crate::format::output::print_json(&info, out),
        OutputFormat::Table => {
            out.write_all(serde_yaml_ng::to_string(&info)?.as_bytes())?;
            Ok(())
        }
        other => crate::format::output::render_one(&other, &go_names(&info), out),
    }
}

/// podman's `info --format` sees Go struct fields (`{{.Host.OCIRuntime.Name}}`,
/// `{{.Store.GraphDriverName}}`), while its JSON has camelCase keys: the
/// report with each key renamed to its Go field. Maps stay as they are
/// (`{{.Registries.search}}`).
fn go_names(v: &Value) -> Value {
    const SPECIAL: [(&str, &str); 16] = [
        ("cgroupVersion", "CgroupsVersion"),
        ("cpus", "CPUs"),
        ("idMappings", "IDMappings"),
        ("uidmap", "UIDMap"),
        ("gidmap", "GIDMap"),
        ("container_id", "ContainerID"),
        ("host_id", "HostID"),
        ("ociRuntime", "OCIRuntime"),
        ("os", "OS"),
        ("apparmorEnabled", "AppArmorEnabled"),
        ("capabilities", "DefaultCapabilities"),
        ("seccompEnabled", "SECCOMPEnabled"),
        ("seccompProfilePath", "SECCOMPProfilePath"),
        ("selinuxEnabled", "SELinuxEnabled"),
        ("slirp4netns", "Slirp4NetNS"),
        ("registries", "Registries"),
    ];
    // dhow's own `limits` section keeps its keys (flag names, cgroupVersion).
    const MAPS: [&str; 4] = ["registries", "graphStatus", "graphOptions", "limits"];
    match v {
        Value::Object(m) => Value::Object(
            m.iter()
                .map(|(k, v)| {
                    let name = SPECIAL.iter().find(|(j, _)| j == k).map(|(_, g)| g.to_string()).unwrap_or_else(|| upper_first(k));
                    (name, if MAPS.contains(&k.as_str()) { v.clone() } else { go_names(v) })
                })
                .collect(),
        ),
        Value::Array(a) => Value::Array(a.iter().map(go_names).collect()),
        other => other.clone(),
    }
}

fn upper_first(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    #[test]
    fn keys_become_podmans_go_fields() {
        let v = json!({"host": {"ociRuntime": {"name": "dhow"}, "security": {"rootless": true}, "os": "linux"},
                       "registries": {"search": ["a"]}, "store": {"graphDriverName": "overlay"}});
        let g = super::go_names(&v);
        assert_eq!(g["Host"]["OCIRuntime"]["Name"], "dhow");
        assert_eq!(g["Host"]["Security"]["Rootless"], true);
        assert_eq!(g["Host"]["OS"], "linux");
        assert_eq!(g["Registries"]["search"][0], "a");
        assert_eq!(g["Store"]["GraphDriverName"], "overlay");
    }
}
