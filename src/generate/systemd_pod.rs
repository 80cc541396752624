//! `dhow generate systemd POD`: a unit for the pod (`pod-NAME.service`)
//! and one per container of it, shaped like podman 4.3's. The pod's unit
//! `Wants` the containers' units and comes `Before` them; each container
//! unit `BindsTo` the pod's and comes `After` it, so starting the pod's
//! unit starts everything and stopping it stops everything.
//!
//! Without `--new` the pod's unit starts and stops the existing infra
//! container (`Type=notify`: its monitor says READY, as for a container).
//! With `--new` it re-runs the pod's recorded `pod create` with
//! `--infra-conmon-pidfile %t/pod-NAME.pid --pod-id-file %t/pod-NAME.pod-id
//! --replace`, starts the pod by its ID file, and is `Type=forking` with
//! that PID file (the infra's monitor is the main PID); the containers'
//! units run their recorded commands with `--pod-id-file` instead of `--pod`.

use super::quote::exec_word;
use super::systemd::{check_restart_policy, container_unit, service_head, service_name, strip_flags, take_flags, unit_head, user_dependencies, Container, Host, Options, PodBinding, Unit};
use anyhow::{bail, Result};

/// What the generator needs of a pod.
#[derive(Debug, Clone, Default)]
pub struct Pod {
    pub id: String,
    pub name: String,
    /// The infra container's ID and name ("" without an infra).
    pub infra_id: String,
    pub infra_name: String,
    /// The infra's stop timeout.
    pub stop_timeout: u32,
    /// The recorded `pod create` command (argv, program first).
    pub create_command: Vec<String>,
    /// The pod's containers, the infra left out.
    pub containers: Vec<Container>,
}

/// The flags of the recorded `pod create` a unit sets itself.
const UNIT_FLAGS: &[&str] = &["--infra-conmon-pidfile", "--pod-id-file", "--replace"];

/// The pod's unit, then its containers' units (in the order given).
pub fn generate(p: &Pod, o: &Options, host: &Host) -> Result<Vec<Unit>> {
    check_restart_policy(o)?;
    if p.infra_id.is_empty() {
        bail!("pod {} has no infra container: a pod's unit runs its infra, so only pods created with an infra (the default) get units", p.name);
    }
    if p.containers.is_empty() {
        bail!("pod {} has no containers: add one ('dhow create --pod {} ...') before generating its units", p.name, p.name);
    }
    let service = service_name(&o.pod_prefix, &o.separator, if o.use_name { &p.name } else { &p.id });
    let unit_name = format!("{service}.service");
    let binding = PodBinding { unit: unit_name.clone(), id_file: format!("%t/{service}.pod-id") };
    let mut members = Vec::new();
    for c in &p.containers {
        members.push(container_unit(c, o, host, Some(&binding))?);
    }
    let mut wanted: Vec<&str> = members.iter().map(|u| u.name.as_str()).collect();
    wanted.sort_unstable();
    let wanted = wanted.join(" ");

    let stop = o.stop_timeout.unwrap_or(p.stop_timeout);
    let mut t = unit_head(&unit_name, o, host);
    t.push_str(&format!("Wants={wanted}\nBefore={wanted}\n"));
    t.push_str(&user_dependencies(o));
    t.push_str(&service_head(o, stop));
    let dhow = exec_word(&host.dhow);
    if o.new {
        if p.create_command.is_empty() {
            bail!("pod {} has no recorded create command (it was made by 'run --pod new:', 'kube play' or an older dhow): recreate it with 'dhow pod create', or generate without --new", p.name);
        }
        let (global, options) = split_pod_create(&p.create_command, host)?;
        let mut options = strip_flags(&options, &host.value_flags, UNIT_FLAGS);
        if !options.iter().any(|o| o == "--name" || o == "-n" || o.starts_with("--name=")) {
            options.insert(0, format!("--name={}", p.name));
        }
        options.push("--replace".into());
        let global: String = global.iter().map(|w| format!(" {}", exec_word(w))).collect();
        let pid_file = format!("%t/{service}.pid");
        let id_file = &binding.id_file;
        // One flag (with its value) a line, as podman writes them.
        let mut lines = String::new();
        for w in &options {
            lines.push_str(if w.starts_with('-') { " \\\n\t" } else { " " });
            lines.push_str(&exec_word(w));
        }
        t.push_str(&format!("ExecStartPre=/bin/rm -f {pid_file} {id_file}\n"));
        t.push_str(&format!("ExecStartPre={dhow}{global} pod create \\\n\t--infra-conmon-pidfile {pid_file} \\\n\t--pod-id-file {id_file}{lines}\n"));
        t.push_str(&format!("ExecStart={dhow}{global} pod start \\\n\t--pod-id-file {id_file}\n"));
        t.push_str(&format!("ExecStop={dhow}{global} pod stop \\\n\t--ignore \\\n\t--pod-id-file {id_file} \\\n\t-t {stop}\n"));
        t.push_str(&format!("ExecStopPost={dhow}{global} pod rm \\\n\t--ignore \\\n\t-f \\\n\t--pod-id-file {id_file}\n"));
        t.push_str(&format!("PIDFile={pid_file}\nType=forking\n"));
    } else {
        let infra = exec_word(if o.use_name { &p.infra_name } else { &p.infra_id });
        t.push_str(&format!("ExecStart={dhow} start {infra}\n"));
        t.push_str(&format!("ExecStop={dhow} stop \\\n\t-t {stop} {infra}\n"));
        t.push_str(&format!("ExecStopPost={dhow} stop \\\n\t-t {stop} {infra}\n"));
        // The infra's monitor says READY and MAINPID, as a container's does.
        t.push_str("Type=notify\nNotifyAccess=all\n");
    }
    t.push_str("\n[Install]\nWantedBy=default.target\n");
    let mut units = vec![Unit { name: unit_name, text: t }];
    units.extend(members);
    Ok(units)
}

/// Cuts `dhow [GLOBAL] pod create [OPTIONS]` into the global flags and
/// the options of `pod create`.
fn split_pod_create(argv: &[String], host: &Host) -> Result<(Vec<String>, Vec<String>)> {
    let mut i = 1;
    let mut global = Vec::new();
    take_flags(argv, &mut i, &host.value_flags, &mut global);
    if argv.get(i).map(String::as_str) != Some("pod") || argv.get(i + 1).map(String::as_str) != Some("create") {
        bail!("the recorded create command {argv:?} is not a 'pod create' command");
    }
    Ok((global, argv.get(i + 2..).unwrap_or_default().to_vec()))
}

#[cfg(test)]
#[path = "systemd_pod_tests.rs"]
mod tests;
