//! Quadlet-style unit files (`.container`, `.volume`, `.network`, `.pod`) turned into
//! `.service` units, as podman's Quadlet translates them. Pure: files in,
//! units out; the CLI finds the files and writes (or prints) the units.
//!
//! Values of the `[Container]` keys are already in systemd's syntax (quotes,
//! `%` specifiers), so they are passed to `ExecStart=` word by word as
//! written; the other sections (`[Unit]`, `[Service]`, `[Install]`, ...)
//! are copied.

use super::quote::exec_word;
use super::systemd::Unit;
use anyhow::{bail, Result};
use std::collections::BTreeMap;

/// One source file: its name (`web.container`), where it was found (for
/// `SourcePath=` and errors), its text, and its drop-ins (`web.container.d/
/// *.conf`: path and text, applied in order after the file).
#[derive(Debug, Clone, Default)]
pub struct Source {
    pub name: String,
    pub path: String,
    pub text: String,
    pub dropins: Vec<(String, String)>,
}

/// One `Key=Value` line, with where it is (`FILE:LINE`, for errors).
#[derive(Debug, Clone)]
struct Entry {
    key: String,
    value: String,
    at: String,
}

/// A parsed unit file: sections in order, each with its entries.
#[derive(Debug, Clone, Default)]
struct UnitFile {
    sections: Vec<(String, Vec<Entry>)>,
}

impl UnitFile {
    /// systemd's unit syntax: `[Section]`, `Key=Value`, `#`/`;` comments,
    /// a trailing `\` continues the line.
    fn parse(path: &str, text: &str) -> Result<UnitFile> {
        let mut f = UnitFile::default();
        let mut lines = text.lines().enumerate();
        while let Some((n, raw)) = lines.next() {
            let mut line = raw.trim().to_string();
            while line.ends_with('\\') {
                line.pop();
                match lines.next() {
                    Some((_, more)) if !more.trim_start().starts_with(['#', ';']) => {
                        line.push(' ');
                        line.push_str(more.trim());
                    }
                    Some(_) => {}
                    None => break,
                }
            }
            let line = line.trim();
            if line.is_empty() || line.starts_with(['#', ';']) {
                continue;
            }
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                f.sections.push((name.to_string(), Vec::new()));
                continue;
            }
            let Some((key, value)) = line.split_once('=') else { bail!("{path}:{}: expected Key=Value or [Section], got {line:?}", n + 1) };
            let Some((_, entries)) = f.sections.last_mut() else { bail!("{path}:{}: {key} is outside any [Section]", n + 1) };
            entries.push(Entry { key: key.trim().to_string(), value: value.trim().to_string(), at: format!("{path}:{}", n + 1) });
        }
        Ok(f)
    }

    fn section<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Entry> + 'a {
        self.sections.iter().filter(move |(s, _)| s == name).flat_map(|(_, e)| e)
    }

    fn last<'a>(&'a self, section: &'a str, key: &str) -> Option<&'a str> {
        self.section(section).filter(|e| e.key == key).last().map(|e| e.value.as_str())
    }
}

/// The words of a value as systemd splits them, each kept as written
/// (quotes included), so specifiers and escapes reach `ExecStart=` intact.
fn raw_words(value: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut cur = String::new();
    let mut quote = None;
    let mut escaped = false;
    for c in value.chars() {
        cur.push(c);
        if escaped {
            escaped = false;
        } else if c == '\\' {
            escaped = true;
        } else if let Some(q) = quote {
            if c == q {
                quote = None;
            }
        } else if c == '"' || c == '\'' {
            quote = Some(c);
        } else if c.is_whitespace() {
            cur.pop();
            if !cur.is_empty() {
                words.push(std::mem::take(&mut cur));
            }
        }
    }
    if !cur.is_empty() {
        words.push(cur);
    }
    words
}

/// How each `[Container]` key becomes `run` flags.
enum Key {
    /// `--flag VALUE` with the whole value as one word.
    Flag(&'static str),
    /// `--flag WORD` for each word of the value.
    EachWord(&'static str),
    /// A boolean key: `--flag` when true.
    Switch(&'static str),
}

fn container_key(key: &str) -> Option<Key> {
    use Key::*;
    Some(match key {
        "ContainerName" | "Image" | "Exec" | "Notify" | "PodmanArgs" | "Volume" | "Network" | "AutoUpdate" | "Pod" => return None,
        "Entrypoint" => Flag("--entrypoint"),
        "Environment" => EachWord("--env"),
        "EnvironmentFile" => Flag("--env-file"),
        "PublishPort" => Flag("--publish"),
        "ExposeHostPort" => Flag("--expose"),
        "Mount" => Flag("--mount"),
        "NetworkAlias" => EachWord("--network-alias"),
        "Label" => EachWord("--label"),
        "User" => Flag("--user"),
        "UserNS" => Flag("--userns"),
        "WorkingDir" => Flag("--workdir"),
        "HostName" => Flag("--hostname"),
        "Tmpfs" => Flag("--tmpfs"),
        "AddCapability" => EachWord("--cap-add"),
        "DropCapability" => EachWord("--cap-drop"),
        "Ulimit" => Flag("--ulimit"),
        "DNS" => Flag("--dns"),
        "AddHost" => Flag("--add-host"),
        "StopTimeout" => Flag("--stop-timeout"),
        "Pull" => Flag("--pull"),
        "Memory" => Flag("--memory"),
        "PidsLimit" => Flag("--pids-limit"),
        "HealthCmd" => Flag("--health-cmd"),
        "HealthInterval" => Flag("--health-interval"),
        "HealthTimeout" => Flag("--health-timeout"),
        "HealthRetries" => Flag("--health-retries"),
        "HealthStartPeriod" => Flag("--health-start-period"),
        "HealthStartupInterval" => Flag("--health-start-interval"),
        "HealthOnFailure" => Flag("--health-on-failure"),
        "ReadOnly" => Switch("--read-only"),
        "RunInit" => Switch("--init"),
        "NoNewPrivileges" => Switch("--security-opt=no-new-privileges"),
        _ => return Option::None,
    })
}

/// Keys handled outside the table (they shape more than one flag).
const SPECIAL_KEYS: &[&str] = &["ContainerName", "Image", "Exec", "Notify", "PodmanArgs", "Volume", "Network", "AutoUpdate", "Pod"];

fn parse_bool(v: &str, at: &str, key: &str) -> Result<bool> {
    match v.to_ascii_lowercase().as_str() {
        "1" | "yes" | "true" | "on" => Ok(true),
        "0" | "no" | "false" | "off" => Ok(false),
        _ => bail!("{at}: invalid {key}={v:?}: use true or false"),
    }
}

/// The base name of a `.volume`/`.network` file (`data.volume` → `data`).
fn base(name: &str) -> &str {
    name.rsplit_once('.').map_or(name, |(b, _)| b)
}

/// The resources (volume and network) that `.volume`/`.network` files
/// define: the name a container refers to by file, and the unit creating it.
#[derive(Default)]
struct Resources {
    /// `data.volume` → (`systemd-data`, `data-volume.service`)
    by_file: BTreeMap<String, (String, String)>,
}

/// Translates every source; errors name the file and line.
pub fn translate(sources: &[Source], dhow: &str) -> Result<Vec<Unit>> {
    Ok(translate_with_install(sources, dhow)?.into_iter().map(|(u, _)| u).collect())
}

/// Each unit with the `.wants`/`.requires` directories it goes in
/// (`default.target.wants`): a generator's units cannot be `systemctl
/// enable`d, so the generator links them as `[Install]` says.
pub fn translate_with_install(sources: &[Source], dhow: &str) -> Result<Vec<(Unit, Vec<String>)>> {
    let dhow = exec_word(dhow);
    let mut parsed = Vec::new();
    let mut res = Resources::default();
    for s in sources {
        let mut f = UnitFile::parse(&s.path, &s.text)?;
        for (path, text) in &s.dropins {
            f.sections.extend(UnitFile::parse(path, text)?.sections);
        }
        let kind = s.name.rsplit_once('.').map(|(_, k)| k).unwrap_or_default();
        let (section, name_key) = match kind {
            "container" => ("Container", "ContainerName"),
            "volume" => ("Volume", "VolumeName"),
            "network" => ("Network", "NetworkName"),
            "kube" => ("Kube", "Yaml"),
            "pod" => ("Pod", "PodName"),
            _ => bail!("{}: not a .container, .volume, .network, .pod or .kube file", s.path),
        };
        if kind != "container" && kind != "kube" {
            let name = f.last(section, name_key).map_or_else(|| format!("systemd-{}", base(&s.name)), str::to_string);
            // `web.pod` → pod `systemd-web`, unit `web-pod.service`
            // (a pod's `ServiceName=X` makes it `X.service`).
            let unit = match f.last(section, "ServiceName").filter(|_| kind == "pod") {
                Some(n) => format!("{n}.service"),
                None => format!("{}-{kind}.service", base(&s.name)),
            };
            res.by_file.insert(s.name.clone(), (name, unit));
        }
        parsed.push((s, kind, section, f));
    }
    // A pod's unit wants the units of the containers that name it.
    let mut members: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for (s, kind, _, f) in &parsed {
        if let (&"container", Some(pod)) = (kind, f.last("Container", "Pod")) {
            members.entry(pod).or_default().push(format!("{}.service", base(&s.name)));
        }
    }
    let mut units = Vec::new();
    for (s, kind, section, f) in &parsed {
        let (name, [unit_extra, service_lines]) = match *kind {
            "container" => (format!("{}.service", base(&s.name)), container_service(s, f, &res, &dhow)?),
            "kube" => (format!("{}.service", base(&s.name)), super::quadlet_kube::kube_service(&s.path, f.section(section).map(|e| (e.key.as_str(), e.value.as_str(), e.at.as_str())), &dhow)?),
            "pod" => {
                let (pod, unit) = res.by_file[&s.name].clone();
                let wanted = members.get(s.name.as_str()).map_or(&[][..], Vec::as_slice);
                (unit, pod_service(f, &res, &pod, wanted, &dhow)?)
            }
            _ => {
                let (resource, unit) = res.by_file[&s.name].clone();
                (unit, resource_service(f, kind, section, &resource, &dhow)?)
            }
        };
        let mut text = format!("# Automatically generated by dhow quadlet from {}\n", s.path);
        text.push_str(&format!("\n[Unit]\nSourcePath={}\n{unit_extra}", s.path));
        push_entries(&mut text, f.section("Unit"));
        text.push_str(&format!("\n[Service]\n{service_lines}"));
        push_entries(&mut text, f.section("Service"));
        // Other sections ([Install], X-...) are copied as they are.
        for (sec, entries) in f.sections.iter().filter(|(sec, _)| !matches!(sec.as_str(), "Unit" | "Service") && sec != section) {
            text.push_str(&format!("\n[{sec}]\n"));
            push_entries(&mut text, entries.iter());
        }
        let mut install = Vec::new();
        for e in f.section("Install") {
            let dir = match e.key.as_str() {
                "WantedBy" => "wants",
                "RequiredBy" => "requires",
                _ => continue,
            };
            install.extend(raw_words(&e.value).into_iter().map(|t| format!("{t}.{dir}")));
        }
        units.push((Unit { name, text }, install));
    }
    Ok(units)
}

fn push_entries<'a>(text: &mut String, entries: impl Iterator<Item = &'a Entry>) {
    for e in entries {
        text.push_str(&format!("{}={}\n", e.key, e.value));
    }
}

/// `[Unit]` additions and `[Service]` lines of a `.container`.
fn container_service(s: &Source, f: &UnitFile, res: &Resources, dhow: &str) -> Result<[String; 2]> {
    let path = s.path.as_str();
    let mut args: Vec<String> = Vec::new();
    let mut deps: Vec<String> = Vec::new();
    let mut pod_unit = None;
    let mut image = None;
    let mut exec = None;
    let mut podman_args = Vec::new();
    let mut notify = "conmon";
    let mut name = "systemd-%N".to_string();
    for e in f.section("Container") {
        let v = e.value.as_str();
        match e.key.as_str() {
            "Image" => image = Some(v.to_string()),
            "ContainerName" => name = v.to_string(),
            "Exec" => exec = Some(v.to_string()),
            "PodmanArgs" => podman_args.extend(raw_words(v)),
            "Notify" => {
                notify = if v == "healthy" {
                    "healthy"
                } else if parse_bool(v, &e.at, "Notify")? {
                    "container"
                } else {
                    "conmon"
                }
            }
            "AutoUpdate" => args.extend(["--label".to_string(), format!("io.containers.autoupdate={v}")]),
            "Volume" => {
                let (src, rest) = v.split_once(':').unwrap_or((v, ""));
                let src = match res.by_file.get(src) {
                    Some((vol, unit)) => {
                        deps.push(unit.clone());
                        vol.clone()
                    }
                    None if src.ends_with(".volume") => bail!("{}: Volume={v}: there is no {src} next to this file", e.at),
                    None => src.to_string(),
                };
                let spec = if rest.is_empty() && !v.contains(':') { src } else { format!("{src}:{rest}") };
                args.extend(["--volume".to_string(), spec]);
            }
            "Network" => args.extend(["--network".to_string(), network(res, v, &e.at, &mut deps)?]),
            "Pod" => {
                let Some((_, unit)) = res.by_file.get(v).filter(|_| v.ends_with(".pod")) else {
                    bail!("{}: Pod={v}: name a .pod file next to this file (Pod=NAME.pod)", e.at)
                };
                // The pod's unit makes a new pod at each start: it is named by its ID file.
                args.extend(["--pod-id-file".to_string(), format!("%t/{}.pod-id", unit.trim_end_matches(".service"))]);
                pod_unit = Some(unit.clone());
            }
            key => match container_key(key) {
                Some(Key::Flag(flag)) => args.extend([flag.to_string(), v.to_string()]),
                Some(Key::EachWord(flag)) => {
                    for w in raw_words(v) {
                        args.extend([flag.to_string(), w]);
                    }
                }
                Some(Key::Switch(flag)) => {
                    if parse_bool(v, &e.at, key)? {
                        args.push(flag.to_string());
                    }
                }
                None => bail!("{}: unknown key {key} in [Container] (known: {}, PodmanArgs passes other run flags)", e.at, known_keys()),
            },
        }
    }
    let Some(image) = image else { bail!("{path}: [Container] has no Image= (the image to run)") };
    // Values are in systemd's syntax already: only words we add are quoted.
    let flags: Vec<String> = args.iter().map(|a| if a.starts_with("--") { a.clone() } else { raw_or_quoted(a) }).collect();
    let mut unit = String::from("Wants=network-online.target\nAfter=network-online.target\n");
    if !deps.is_empty() {
        deps.dedup();
        unit.push_str(&format!("Requires={}\nAfter={}\n", deps.join(" "), deps.join(" ")));
    }
    if let Some(pod) = pod_unit {
        unit.push_str(&format!("BindsTo={pod}\nAfter={pod}\n"));
    }
    let mut run = format!("{dhow} run --name={} --cidfile=%t/%N.cid --replace --rm --sdnotify={notify} -d", raw_or_quoted(&name));
    for w in flags.iter().chain(&podman_args) {
        run.push(' ');
        run.push_str(w);
    }
    run.push(' ');
    run.push_str(&raw_or_quoted(&image));
    if let Some(x) = exec {
        run.push(' ');
        run.push_str(&x);
    }
    let service = format!(
        "Environment=PODMAN_SYSTEMD_UNIT=%n\nEnvironment=DHOW_SYSTEMD_UNIT=%n\nKillMode=mixed\n\
         ExecStartPre=/bin/rm -f %t/%N.cid\n\
         ExecStart={run}\n\
         ExecStop={dhow} rm -v -f -i --cidfile=%t/%N.cid\n\
         ExecStopPost=-{dhow} rm -v -f -i --cidfile=%t/%N.cid\n\
         ExecStopPost=-/bin/rm -f %t/%N.cid\n\
         Type=notify\nNotifyAccess=all\nSyslogIdentifier=%N\n"
    );
    Ok([unit, service])
}

/// `Network=`: a `X.network` file's network (its unit becomes a
/// dependency), else the value as written.
fn network(res: &Resources, v: &str, at: &str, deps: &mut Vec<String>) -> Result<String> {
    Ok(match res.by_file.get(v) {
        Some((n, unit)) => {
            deps.push(unit.clone());
            n.clone()
        }
        None if v.ends_with(".network") => bail!("{at}: Network={v}: there is no {v} next to this file"),
        None => v.to_string(),
    })
}

/// `[Unit]` additions and `[Service]` lines of a `.pod`: `pod create
/// --replace` before the start (a new pod each time, named by its ID
/// file), the infra's monitor as the main PID (`PIDFile=`), and the
/// containers naming the pod (`wanted`) started after it.
fn pod_service(f: &UnitFile, res: &Resources, name: &str, wanted: &[String], dhow: &str) -> Result<[String; 2]> {
    let mut flags = Vec::new();
    let mut deps = Vec::new();
    let mut global = String::new();
    let mut warnings = String::new();
    for e in f.section("Pod") {
        let v = e.value.as_str();
        let flag = match e.key.as_str() {
            "PodName" | "ServiceName" => continue,
            "PodmanArgs" => {
                flags.extend(raw_words(v));
                continue;
            }
            "GlobalArgs" => {
                global.extend(raw_words(v).iter().map(|w| format!(" {w}")));
                continue;
            }
            key @ ("ContainersConfModule" | "DNSOption" | "IP6" | "NetworkAlias" | "Volume" | "ShmSize" | "StopTimeout" | "UIDMap" | "GIDMap" | "SubUIDMap" | "SubGIDMap") => {
                warnings.push_str(&format!("{WARNING}{}: {key}= is not supported by dhow's pods and is ignored{}\n", e.at, pod_key_hint(key)));
                continue;
            }
            "Network" => {
                flags.extend(["--network".to_string(), network(res, v, &e.at, &mut deps)?]);
                continue;
            }
            "PublishPort" => "--publish",
            "AddHost" => "--add-host",
            "DNS" => "--dns",
            "DNSSearch" => "--dns-search",
            "IP" => "--ip",
            "HostName" => "--hostname",
            "ExitPolicy" => "--exit-policy",
            "UserNS" => "--userns",
            "Label" => {
                for w in raw_words(v) {
                    flags.extend(["--label".to_string(), w]);
                }
                continue;
            }
            key => bail!("{}: unknown key {key} in [Pod] (known: PodName, ServiceName, PublishPort, Network, AddHost, DNS, DNSSearch, IP, HostName, Label, ExitPolicy, UserNS, PodmanArgs, GlobalArgs; ignored with a warning: ContainersConfModule, DNSOption, IP6, NetworkAlias, Volume, ShmSize, StopTimeout, UIDMap, GIDMap, SubUIDMap, SubGIDMap)", e.at),
        };
        flags.extend([flag.to_string(), raw_or_quoted(v)]);
    }
    let mut unit = warnings;
    unit.push_str("Wants=network-online.target\nAfter=network-online.target\n");
    if !deps.is_empty() {
        deps.dedup();
        unit.push_str(&format!("Requires={}\nAfter={}\n", deps.join(" "), deps.join(" ")));
    }
    if !wanted.is_empty() {
        unit.push_str(&format!("Wants={0}\nBefore={0}\n", wanted.join(" ")));
    }
    let flags: String = flags.iter().map(|w| format!(" {w}")).collect();
    let ids = "--pod-id-file=%t/%N.pod-id";
    // `GlobalArgs=` go before the command, in every command of the unit.
    let dhow = format!("{dhow}{global}");
    let service = format!(
        "Environment=PODMAN_SYSTEMD_UNIT=%n\nEnvironment=DHOW_SYSTEMD_UNIT=%n\n\
         ExecStartPre=/bin/rm -f %t/%N.pid %t/%N.pod-id\n\
         ExecStartPre={dhow} pod create --infra-conmon-pidfile=%t/%N.pid {ids} --replace --name={}{flags}\n\
         ExecStart={dhow} pod start {ids}\n\
         ExecStop={dhow} pod stop {ids} --ignore --time=10\n\
         ExecStopPost={dhow} pod rm {ids} --ignore --force\n\
         Type=forking\nPIDFile=%t/%N.pid\nSyslogIdentifier=%N\n",
        raw_or_quoted(name)
    );
    Ok([unit, service])
}

/// The comment that starts a warning in a generated unit; `dhow quadlet`
/// also prints each such line to stderr (the journal, as a generator).
pub const WARNING: &str = "# dhow quadlet warning: ";

/// What to do instead of a `[Pod]` key dhow ignores.
fn pod_key_hint(key: &str) -> &'static str {
    match key {
        "Volume" => " (give Volume= to each .container of the pod)",
        "DNSOption" => " (give DNSOption= to the containers, or use DNS=/DNSSearch=)",
        "NetworkAlias" => " (the pod is reached by its name and HostName= on its network)",
        "UIDMap" | "GIDMap" | "SubUIDMap" | "SubGIDMap" => " (use UserNS=keep-id, or none)",
        _ => "",
    }
}

/// A value taken whole into a command line: as written when it is one
/// word already (specifiers kept), else double-quoted.
fn raw_or_quoted(v: &str) -> String {
    if raw_words(v).len() == 1 {
        v.to_string()
    } else {
        crate::util::quote::go_quote(v)
    }
}

/// Every `[Container]` key that becomes a `run` flag, with that flag's
/// long name (`--env`, ...): the CLI's tests check `run` has each one.
pub fn translated_run_flags() -> Vec<(String, &'static str)> {
    known_keys()
        .split(", ")
        .filter_map(|key| match container_key(key)? {
            Key::Flag(f) | Key::EachWord(f) | Key::Switch(f) => Some((key.to_string(), f.split('=').next().unwrap_or(f))),
        })
        .collect()
}

fn known_keys() -> String {
    const TABLE: &[&str] = &[
        "Entrypoint", "Environment", "EnvironmentFile", "PublishPort", "ExposeHostPort", "Mount", "NetworkAlias", "Label", "User", "UserNS",
        "WorkingDir", "HostName", "Tmpfs", "AddCapability", "DropCapability", "Ulimit", "DNS", "AddHost", "StopTimeout", "Pull", "Memory",
        "PidsLimit", "HealthCmd", "HealthInterval", "HealthTimeout", "HealthRetries", "HealthStartPeriod", "HealthStartupInterval",
        "HealthOnFailure", "ReadOnly", "RunInit", "NoNewPrivileges",
    ];
    SPECIAL_KEYS.iter().chain(TABLE).copied().collect::<Vec<_>>().join(", ")
}

/// `[Unit]` additions and `[Service]` lines of a `.volume` or `.network`:
/// a oneshot that creates the resource.
fn resource_service(f: &UnitFile, kind: &str, section: &str, name: &str, dhow: &str) -> Result<[String; 2]> {
    let mut flags = Vec::new();
    for e in f.section(section) {
        let v = e.value.as_str();
        match (kind, e.key.as_str()) {
            (_, "VolumeName" | "NetworkName") => {}
            (_, "Label") => {
                for w in raw_words(v) {
                    flags.push(format!("--label {w}"));
                }
            }
            ("volume", "Options") => flags.push(format!("--opt {}", raw_or_quoted(v))),
            ("network", "Subnet") => flags.push(format!("--subnet {}", raw_or_quoted(v))),
            ("network", "Gateway") => flags.push(format!("--gateway {}", raw_or_quoted(v))),
            ("network", "Internal") => {
                if parse_bool(v, &e.at, "Internal")? {
                    flags.push("--internal".into());
                }
            }
            (_, key) => bail!("{}: unknown key {key} in [{section}]", e.at),
        }
    }
    let flags = if flags.is_empty() { String::new() } else { format!(" {}", flags.join(" ")) };
    // A volume that exists is fine for `volume create`; `network create`
    // fails on an existing network, which the `-` prefix accepts.
    let ignore = if kind == "network" { "-" } else { "" };
    let service = format!("ExecStart={ignore}{dhow} {kind} create{flags} {}\nType=oneshot\nRemainAfterExit=yes\nSyslogIdentifier=%N\n", raw_or_quoted(name));
    Ok([String::new(), service])
}

#[cfg(test)]
#[path = "quadlet_tests.rs"]
mod tests;
