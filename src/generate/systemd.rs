//! `dhow generate systemd`: a `.service` unit for one container, shaped like
//! podman 4.3's. Without `--new` the unit starts and stops the existing
//! container; with `--new` it re-runs the container's recorded create
//! command (`run --cidfile=%t/%n.ctr-id --rm --sdnotify=conmon --replace -d
//! ...`) and removes the container when it stops. `--template` makes a
//! template unit (`container-web@.service`) of the `--new` kind: each
//! instance (`container-web@a.service`) runs a container `web-a`.

use super::quote::{environment_word, escape_specifiers, exec_word};
use anyhow::{bail, Result};
use std::collections::HashSet;

/// The flags of `generate systemd` that shape the unit.
#[derive(Debug, Clone)]
pub struct Options {
    pub new: bool,
    /// Name the unit (and the commands) after the container's name, not its ID.
    pub use_name: bool,
    pub container_prefix: String,
    pub separator: String,
    /// systemd's `Restart=` (podman's default: on-failure).
    pub restart_policy: String,
    pub restart_sec: Option<u32>,
    /// Seconds `stop` waits before killing; default: the container's.
    pub stop_timeout: Option<u32>,
    pub start_timeout: Option<u32>,
    pub after: Vec<String>,
    pub wants: Vec<String>,
    pub requires: Vec<String>,
    pub no_header: bool,
    /// `KEY=VALUE` lines for the service's environment.
    pub env: Vec<String>,
    /// Prefix of a pod's unit name (podman's `--pod-prefix`).
    pub pod_prefix: String,
    /// podman's `--template`: a template unit (`NAME@.service`) whose
    /// instances each run their own container, named `NAME-%i`; implies `new`.
    pub template: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            new: false,
            use_name: false,
            container_prefix: "container".into(),
            separator: "-".into(),
            restart_policy: "on-failure".into(),
            restart_sec: None,
            stop_timeout: None,
            start_timeout: None,
            after: vec![],
            wants: vec![],
            requires: vec![],
            no_header: false,
            env: vec![],
            pod_prefix: "pod".into(),
            template: false,
        }
    }
}

/// What the generator needs of a container.
#[derive(Debug, Clone, Default)]
pub struct Container {
    pub id: String,
    pub name: String,
    pub stop_timeout: u32,
    /// `--sdnotify` as recorded ("" = conmon).
    pub sd_notify: String,
    /// podman's `CreateCommand` (argv, program first).
    pub create_command: Vec<String>,
}

/// Facts about the host the unit is written on.
#[derive(Debug, Clone, Default)]
pub struct Host {
    /// The absolute path of the dhow binary.
    pub dhow: String,
    pub version: String,
    /// When the unit was generated, for the header.
    pub date: String,
    /// Flags of dhow (global and `run`) that take a value, as `--long` and
    /// `-s`, to find the image in a recorded command line.
    pub value_flags: HashSet<String>,
}

/// A generated unit: file name (`container-web.service`) and text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unit {
    pub name: String,
    pub text: String,
}

/// systemd's `Restart=` values.
pub const RESTART_POLICIES: &[&str] = &["no", "on-success", "on-failure", "on-abnormal", "on-watchdog", "on-abort", "always"];

/// podman adds this to the stop timeout for `TimeoutStopSec=`: the time to
/// stop and remove beyond the container's own grace period.
const STOP_MARGIN_SECS: u32 = 60;

/// A recorded create command cut in its parts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CreateCommand {
    /// Global flags (before the command), e.g. `--root DIR`.
    pub global: Vec<String>,
    /// The flags of `run`/`create`.
    pub options: Vec<String>,
    /// The image, then the command and its arguments.
    pub image_and_command: Vec<String>,
}

/// Splits `argv` (`dhow [GLOBAL] run|create|container create [OPTIONS]
/// IMAGE [CMD...]`): flags end at the first word that is neither a flag nor
/// a flag's value, or after `--`.
pub fn split_create_command(argv: &[String], value_flags: &HashSet<String>) -> Result<CreateCommand> {
    let mut i = 1;
    let mut global = Vec::new();
    take_flags(argv, &mut i, value_flags, &mut global);
    match argv.get(i).map(String::as_str) {
        Some("run" | "create") => i += 1,
        Some("container") if matches!(argv.get(i + 1).map(String::as_str), Some("run" | "create")) => i += 2,
        _ => bail!("the recorded create command {argv:?} is not a run or create command"),
    }
    let mut options = Vec::new();
    take_flags(argv, &mut i, value_flags, &mut options);
    if argv.get(i).map(String::as_str) == Some("--") {
        i += 1;
    }
    let image_and_command = argv.get(i..).unwrap_or_default().to_vec();
    if image_and_command.is_empty() {
        bail!("the recorded create command {argv:?} names no image");
    }
    Ok(CreateCommand { global, options, image_and_command })
}

/// The command line (after the program) that recreates the container
/// `name` from its recorded create command `argv`, as auto-update does
/// without a unit: `[GLOBAL] run -d --replace OPTIONS IMAGE [CMD...]`, or
/// `create --replace ...` when `start` is false; `--name` is added when the
/// recorded command had none (`--replace` needs it). Also returns the
/// recorded `--cidfile`, which the caller removes first.
pub fn recreate_command(argv: &[String], value_flags: &HashSet<String>, name: &str, start: bool) -> Result<(Vec<String>, Option<String>)> {
    let cmd = split_create_command(argv, value_flags)?;
    let options = strip_flags(&cmd.options, value_flags, &["--detach", "--replace"]);
    let mut cidfile = None;
    for (k, o) in options.iter().enumerate() {
        if let Some(v) = o.strip_prefix("--cidfile=") {
            cidfile = Some(v.to_string());
        } else if o == "--cidfile" {
            cidfile = options.get(k + 1).cloned();
        }
    }
    let mut out = cmd.global;
    out.extend(if start { ["run", "-d"].as_slice() } else { ["create"].as_slice() }.iter().map(|s| s.to_string()));
    out.push("--replace".into());
    if !options.iter().any(|o| o == "--name" || o.starts_with("--name=")) {
        out.push(format!("--name={name}"));
    }
    out.extend(options);
    out.extend(cmd.image_and_command);
    Ok((out, cidfile))
}

/// Moves the flags starting at `argv[*i]` (each with its value) to `out`.
pub(super) fn take_flags(argv: &[String], i: &mut usize, value_flags: &HashSet<String>, out: &mut Vec<String>) {
    while let Some(a) = argv.get(*i) {
        if a == "--" || !a.starts_with('-') || a == "-" {
            return;
        }
        out.push(a.clone());
        *i += 1;
        if flag_wants_next(a, value_flags) {
            if let Some(v) = argv.get(*i) {
                out.push(v.clone());
                *i += 1;
            }
        }
    }
}

/// Whether the flag word `a` takes the next word as its value: `--name`
/// (not `--name=x`), or a cluster of short flags (`-dp`) ending in one that
/// takes a value with nothing after it.
fn flag_wants_next(a: &str, value_flags: &HashSet<String>) -> bool {
    if let Some(long) = a.strip_prefix("--") {
        return !long.contains('=') && value_flags.contains(a);
    }
    for (k, c) in a.char_indices().skip(1) {
        if value_flags.contains(&format!("-{c}")) {
            return k + c.len_utf8() == a.len();
        }
    }
    false
}

/// The `run` flags of the recorded options that the unit sets itself
/// (detach, removal, the ID file, replacement, notification, restart: a
/// unit restarts through systemd), removed with their values.
fn strip_unit_flags(options: &[String], value_flags: &HashSet<String>) -> Vec<String> {
    strip_flags(options, value_flags, &["--detach", "--rm", "--replace", "--cidfile", "--sdnotify", "--restart"])
}

/// `options` without the long flags `long` (with their values) and
/// without `-d` (also inside a cluster of short flags); `--detach` should
/// be in `long`.
pub(super) fn strip_flags(options: &[String], value_flags: &HashSet<String>, long_flags: &[&str]) -> Vec<String> {
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(a) = options.get(i) {
        i += 1;
        let wants_value = flag_wants_next(a, value_flags);
        let long = a.split('=').next().unwrap_or_default();
        if a.starts_with("--") {
            if long_flags.contains(&long) {
                i += usize::from(wants_value);
                continue;
            }
        } else if a.starts_with('-') && short_flags(a, value_flags).contains('d') {
            // `-d` inside a cluster of short flags (`-dit`) goes alone.
            let rest: String = short_flags(a, value_flags).chars().filter(|&c| c != 'd').collect();
            let tail = &a[1 + short_flags(a, value_flags).len()..];
            if rest.is_empty() && tail.is_empty() {
                continue;
            }
            out.push(format!("-{rest}{tail}"));
            if wants_value {
                out.extend(options.get(i).cloned());
                i += 1;
            }
            continue;
        }
        out.push(a.clone());
        if wants_value {
            out.extend(options.get(i).cloned());
            i += 1;
        }
    }
    out
}

/// The boolean short flags at the start of a cluster, up to (not
/// including) the first that takes a value.
fn short_flags<'a>(a: &'a str, value_flags: &HashSet<String>) -> &'a str {
    let body = &a[1..];
    let end = body.char_indices().find(|(_, c)| value_flags.contains(&format!("-{c}"))).map_or(body.len(), |(k, _)| k);
    &body[..end]
}

/// A container unit's tie to its pod's unit (`generate systemd POD`).
#[derive(Debug, Clone)]
pub(super) struct PodBinding {
    /// The pod's unit (`pod-web.service`): `BindsTo=` and `After=` it.
    pub unit: String,
    /// With `--new`: the pod's ID file (`%t/pod-web.pod-id`), replacing
    /// the recorded `--pod`.
    pub id_file: String,
}

/// `PREFIX SEP IDENT` (just `IDENT` without a prefix): a unit's name without `.service`.
pub(super) fn service_name(prefix: &str, separator: &str, ident: &str) -> String {
    if prefix.is_empty() {
        ident.to_string()
    } else {
        format!("{prefix}{separator}{ident}")
    }
}

pub(super) fn check_restart_policy(o: &Options) -> Result<()> {
    if !RESTART_POLICIES.contains(&o.restart_policy.as_str()) {
        bail!("invalid --restart-policy {:?}: use one of {}", o.restart_policy, RESTART_POLICIES.join(", "));
    }
    Ok(())
}

/// The header comment and the start of `[Unit]` every generated unit has.
pub(super) fn unit_head(unit_name: &str, o: &Options, host: &Host) -> String {
    let mut t = String::new();
    if !o.no_header {
        t.push_str(&format!("# {unit_name}\n# autogenerated by dhow {}\n# {}\n\n", host.version, host.date));
    }
    t.push_str("[Unit]\n");
    t.push_str(&format!("Description=dhow {}", escape_specifiers(&unit_name.replace("@.service", ".service"))));
    // podman's template description names the instance.
    t.push_str(if o.template { " for %I\n" } else { "\n" });
    t.push_str("Documentation=man:dhow-generate-systemd(1)\n");
    t.push_str("Wants=network-online.target\n");
    t.push_str("After=network-online.target\n");
    t
}

/// The user's `--wants`, `--after` and `--requires` lines.
pub(super) fn user_dependencies(o: &Options) -> String {
    let mut t = String::new();
    let list = |extra: &[String]| extra.iter().map(|u| escape_specifiers(u)).collect::<Vec<_>>().join(" ");
    for (key, units) in [("Wants", &o.wants), ("After", &o.after), ("Requires", &o.requires)] {
        if !units.is_empty() {
            t.push_str(&format!("{key}={}\n", list(units)));
        }
    }
    t
}

/// The start of `[Service]`: the unit's environment, restart and timeouts.
pub(super) fn service_head(o: &Options, stop: u32) -> String {
    let mut t = String::from("\n[Service]\n");
    // A template's instances: podman's `%n-%i`.
    let unit = if o.template { "%n-%i" } else { "%n" };
    t.push_str(&format!("Environment=PODMAN_SYSTEMD_UNIT={unit}\n"));
    t.push_str(&format!("Environment=DHOW_SYSTEMD_UNIT={unit}\n"));
    for e in &o.env {
        t.push_str(&format!("Environment={}\n", environment_word(e)));
    }
    t.push_str(&format!("Restart={}\n", o.restart_policy));
    if let Some(s) = o.restart_sec {
        t.push_str(&format!("RestartSec={s}\n"));
    }
    if let Some(s) = o.start_timeout {
        t.push_str(&format!("TimeoutStartSec={s}\n"));
    }
    t.push_str(&format!("TimeoutStopSec={}\n", stop + STOP_MARGIN_SECS));
    t
}

/// Generates the unit of `c`.
pub fn generate(c: &Container, o: &Options, host: &Host) -> Result<Unit> {
    container_unit(c, o, host, None)
}

/// The unit of `c`, bound to its pod's unit when `pod` is given.
pub(super) fn container_unit(c: &Container, o: &Options, host: &Host, pod: Option<&PodBinding>) -> Result<Unit> {
    check_restart_policy(o)?;
    let ident = if o.use_name { &c.name } else { &c.id };
    let service = service_name(&o.container_prefix, &o.separator, ident);
    let unit_name = if o.template { format!("{service}@.service") } else { format!("{service}.service") };
    let stop = o.stop_timeout.unwrap_or(c.stop_timeout);
    let dhow = exec_word(&host.dhow);
    // `--sdnotify` as recorded: "" is conmon (the monitor says READY).
    let sd_mode = if c.sd_notify.is_empty() { "conmon" } else { c.sd_notify.as_str() };
    let notify = sd_mode != "ignore";

    let mut t = unit_head(&unit_name, o, host);
    if let Some(p) = pod {
        // Stopped with the pod, started after it (it holds the namespaces).
        t.push_str(&format!("BindsTo={0}\nAfter={0}\n", escape_specifiers(&p.unit)));
    }
    t.push_str(&user_dependencies(o));
    t.push_str(&service_head(o, stop));
    if o.new || o.template {
        if c.create_command.is_empty() {
            bail!(
                "container {} has no recorded create command (it was created before dhow kept it, or by compose): recreate it with 'dhow create' or 'dhow run', or generate without --new",
                c.name
            );
        }
        let cmd = split_create_command(&c.create_command, &host.value_flags)?;
        let mut options = strip_unit_flags(&cmd.options, &host.value_flags);
        if pod.is_some() {
            // The pod is named by its ID file: a new pod at each start.
            options = strip_flags(&options, &host.value_flags, &["--pod", "--pod-id-file"]);
        }
        // --replace needs a name: the container's, when it was random.
        // A template's instances each name theirs NAME-INSTANCE, as podman.
        let template_name = o.template.then(|| format!("--name {}-%i", exec_word(&c.name)));
        if template_name.is_some() {
            options = strip_flags(&options, &host.value_flags, &["--name"]);
        } else if !options.iter().any(|o| o == "--name" || o.starts_with("--name=")) {
            options.insert(0, format!("--name={}", c.name));
        }
        let global: Vec<String> = cmd.global.iter().map(|w| exec_word(w)).collect();
        let global = if global.is_empty() { String::new() } else { format!(" {}", global.join(" ")) };
        let sd = exec_word(sd_mode);
        let rest: Vec<String> = template_name.into_iter().chain(options.iter().chain(&cmd.image_and_command).map(|w| exec_word(w))).collect();
        t.push_str("ExecStartPre=/bin/rm -f %t/%n.ctr-id\n");
        let in_pod = pod.map(|p| format!("--pod-id-file {} \\\n\t", p.id_file)).unwrap_or_default();
        t.push_str(&format!(
            "ExecStart={dhow}{global} run \\\n\t--cidfile=%t/%n.ctr-id \\\n\t--rm \\\n\t{in_pod}--sdnotify={sd} \\\n\t--replace \\\n\t-d \\\n\t{}\n",
            rest.join(" ")
        ));
        t.push_str(&format!("ExecStop={dhow}{global} stop \\\n\t--ignore -t {stop} \\\n\t--cidfile=%t/%n.ctr-id\n"));
        t.push_str(&format!("ExecStopPost={dhow}{global} rm \\\n\t-f \\\n\t--ignore -t {stop} \\\n\t--cidfile=%t/%n.ctr-id\n"));
    } else {
        let target = exec_word(ident);
        t.push_str(&format!("ExecStart={dhow} start {target}\n"));
        t.push_str(&format!("ExecStop={dhow} stop \\\n\t-t {stop} {target}\n"));
        t.push_str(&format!("ExecStopPost={dhow} stop \\\n\t-t {stop} {target}\n"));
    }
    if notify {
        t.push_str("Type=notify\nNotifyAccess=all\n");
    } else {
        // Nobody says READY: systemd takes `start`'s exit as started.
        t.push_str("Type=forking\n");
    }
    t.push_str("\n[Install]\nWantedBy=default.target\n");
    Ok(Unit { name: unit_name, text: t })
}

/// The warning for a user without linger (`/var/lib/systemd/linger/USER`
/// missing): their user services stop when they log out.
pub fn linger_warning(user: &str) -> String {
    format!(
        "Warning: user {user} has no lingering enabled: the user's systemd services, these containers too, stop when the user logs out and only start at the next login.\n\
         Enable it with 'loginctl enable-linger {user}' (root may be needed) to start them at boot and keep them running."
    )
}

#[cfg(test)]
#[path = "systemd_tests.rs"]
mod tests;
