//! Golden translations (`testdata/quadlet/*`) and errors with file:line.

use super::*;
use crate::generate::assert_golden;

fn source(name: &str, text: &str) -> Source {
    Source { name: name.into(), path: format!("/home/u/.config/containers/systemd/{name}"), text: text.into(), dropins: vec![] }
}

const WEB: &str = "\
# A web server.
[Unit]
Description=The web server

[Container]
Image=docker.io/library/busybox:latest
ContainerName=web
Exec=httpd -f -p 8080 -h \"/srv/my site\"
Entrypoint=/bin/sh
Environment=A=1 \"B=two words\" C=%h
EnvironmentFile=%h/web.env
PublishPort=8080:8080
PublishPort=127.0.0.1:8443:443
Volume=data.volume:/srv:Z
Volume=%h/conf:/etc/web:ro
Network=backend.network
NetworkAlias=web www
Label=app=web tier=front
User=1000:1000
WorkingDir=/srv
Notify=healthy
HealthCmd=wget -q -O- http://localhost:8080/
HealthInterval=10s
HealthRetries=3
HealthStartPeriod=5s
HealthTimeout=2s
HealthOnFailure=restart
Memory=64m
PidsLimit=100
ReadOnly=true
AutoUpdate=registry
PodmanArgs=--stop-signal SIGINT --tmpfs /tmp

[Service]
Restart=always
TimeoutStartSec=900

[Install]
WantedBy=default.target
";

#[test]
fn container_volume_and_network_golden() {
    let units = translate(
        &[
            source("web.container", WEB),
            source("data.volume", "[Volume]\nLabel=keep=yes\n"),
            source("backend.network", "[Network]\nNetworkName=back\nSubnet=10.90.0.0/24\nGateway=10.90.0.1\nInternal=true\n"),
        ],
        "/usr/bin/dhow",
    )
    .unwrap();
    let names: Vec<&str> = units.iter().map(|u| u.name.as_str()).collect();
    assert_eq!(names, ["web.service", "data-volume.service", "backend-network.service"]);
    for u in &units {
        assert_golden(&format!("quadlet/{}", u.name), &u.text);
    }
}

#[test]
fn install_sections_become_links() {
    let units = translate_with_install(&[source("a.container", "[Container]\nImage=x\n[Install]\nWantedBy=default.target multi-user.target\nRequiredBy=b.service\n")], "/d").unwrap();
    assert_eq!(units[0].1, ["default.target.wants", "multi-user.target.wants", "b.service.requires"]);
}

#[test]
fn minimal_container_golden() {
    let units = translate(&[source("hello.container", "[Container]\nImage=busybox\nExec=sleep 600\n")], "/opt/my dhow/dhow").unwrap();
    assert_golden("quadlet/hello.service", &units[0].text);
}

#[test]
fn errors_name_file_and_line() {
    let err = |name: &str, text: &str| translate(&[source(name, text)], "/d").unwrap_err().to_string();
    let e = err("a.container", "[Container]\nImage=x\n\nBogus=1\n");
    assert!(e.contains("a.container:4: unknown key Bogus in [Container]"), "{e}");
    assert!(err("a.container", "[Container]\nExec=true\n").contains("has no Image="));
    assert!(err("a.container", "[Container]\nImage=x\nReadOnly=maybe\n").contains("a.container:3: invalid ReadOnly"));
    assert!(err("a.container", "[Container]\nImage=x\nVolume=gone.volume:/d\n").contains("a.container:3: Volume=gone.volume:/d: there is no gone.volume"));
    assert!(err("a.container", "Image=x\n").contains("a.container:1: Image is outside any [Section]"));
    assert!(err("a.container", "[Container]\nnonsense\n").contains("a.container:2: expected Key=Value"));
    assert!(err("v.volume", "[Volume]\nSubnet=1\n").contains("v.volume:2: unknown key Subnet in [Volume]"));
    assert!(err("x.image", "").contains("not a .container"));
    assert!(err("x.kube", "[Kube]\n").contains("no Yaml="));
}

#[test]
fn dropins_add_and_override_and_templates_keep_their_at() {
    let mut s = source("web@.container", "[Container]\nImage=old\nLabel=a=1\n");
    s.dropins.push(("/etc/containers/systemd/web@.container.d/10-new.conf".into(), "[Container]\nImage=new\nLabel=b=2\n".into()));
    let units = translate(&[s.clone()], "/d").unwrap();
    assert_eq!(units[0].name, "web@.service");
    assert!(units[0].text.contains("--label a=1 --label b=2 new\n"), "{}", units[0].text);
    s.dropins.push(("/x/20-bad.conf".into(), "[Container]\n\nWrong=1\n".into()));
    let e = translate(&[s], "/d").unwrap_err().to_string();
    assert!(e.starts_with("/x/20-bad.conf:3: unknown key Wrong"), "{e}");
}

#[test]
fn continuation_lines_and_words() {
    let f = UnitFile::parse("f", "[Container]\nExec=a \\\n  b\n").unwrap();
    // systemd: the backslash becomes a space.
    assert_eq!(f.last("Container", "Exec"), Some("a  b"));
    assert_eq!(raw_words("A=1 \"B=x y\" 'c d'  e\\ f"), ["A=1", "\"B=x y\"", "'c d'", "e\\ f"]);
}

#[test]
fn every_other_container_key_golden() {
    let text = "\
[Container]
Image=registry.example/app:1
Notify=true
Mount=type=tmpfs,destination=/cache
UserNS=keep-id
HostName=app.local
Tmpfs=/run:rw,size=64m
AddCapability=NET_ADMIN SYS_TIME
DropCapability=MKNOD
Ulimit=nofile=1024:2048
DNS=192.0.2.53
AddHost=db.local:192.0.2.10
StopTimeout=20
Pull=newer
HealthCmd=true
HealthStartupInterval=2s
RunInit=true
NoNewPrivileges=true
ExposeHostPort=9090
Network=host
Volume=/srv/data:/data:ro
";
    let units = translate(&[source("all.container", text)], "/usr/bin/dhow").unwrap();
    assert_golden("quadlet/all.service", &units[0].text);
}

#[test]
fn template_golden_and_dependency_order() {
    let units = translate(
        &[
            source("worker@.container", "[Container]\nImage=busybox\nExec=sh -c 'echo %i; sleep 600'\nVolume=cache.volume:/cache\nNetwork=jobs.network\n"),
            source("cache.volume", "[Volume]\n"),
            source("jobs.network", "[Network]\n"),
        ],
        "/usr/bin/dhow",
    )
    .unwrap();
    assert_eq!(units[0].name, "worker@.service");
    // Both resources are required and started first.
    assert!(units[0].text.contains("Requires=cache-volume.service jobs-network.service\nAfter=cache-volume.service jobs-network.service\n"), "{}", units[0].text);
    assert_golden("quadlet/worker@.service", &units[0].text);
    assert_golden("quadlet/cache-volume.service", &units[1].text);
    assert_golden("quadlet/jobs-network.service", &units[2].text);
}

#[test]
fn pod_and_its_containers_golden() {
    let units = translate(
        &[
            source("shop.pod", "[Pod]\nPodName=shop\nPublishPort=8080:80\nNetwork=front.network\nLabel=app=shop\nAddHost=db.local:192.0.2.10\n\n[Install]\nWantedBy=default.target\n"),
            source("shop-web.container", "[Container]\nImage=busybox\nPod=shop.pod\nExec=httpd -f -p 80\n"),
            source("shop-cache.container", "[Container]\nImage=busybox\nPod=shop.pod\nExec=sleep inf\n"),
            source("front.network", "[Network]\n"),
        ],
        "/usr/bin/dhow",
    )
    .unwrap();
    let names: Vec<&str> = units.iter().map(|u| u.name.as_str()).collect();
    assert_eq!(names, ["shop-pod.service", "shop-web.service", "shop-cache.service", "front-network.service"]);
    let pod = &units[0].text;
    assert!(pod.contains("Requires=front-network.service\nAfter=front-network.service\nWants=shop-web.service shop-cache.service\nBefore=shop-web.service shop-cache.service\n"), "{pod}");
    assert!(pod.contains("--name=shop --publish 8080:80 --network systemd-front --label app=shop --add-host db.local:192.0.2.10\n"), "{pod}");
    for u in &units[1..3] {
        assert!(u.text.contains("BindsTo=shop-pod.service\nAfter=shop-pod.service\n") && u.text.contains(" --pod-id-file %t/shop-pod.pod-id "), "{}", u.text);
    }
    assert_golden("quadlet/shop-pod.service", pod);
    assert_golden("quadlet/shop-web.service", &units[1].text);
    assert_golden("quadlet/front-network.service", &units[3].text);
    let err = |name: &str, text: &str| translate(&[source(name, text)], "/d").unwrap_err().to_string();
    assert!(err("a.container", "[Container]\nImage=x\nPod=gone.pod\n").contains("a.container:3: Pod=gone.pod: name a .pod file"));
    assert!(err("p.pod", "[Pod]\n\nBogus=1g\n").contains("p.pod:3: unknown key Bogus in [Pod]"));
}

/// podman 5's `[Pod]` keys: those dhow honours become `pod create` flags
/// (`GlobalArgs` go before the command in every line, `ServiceName` names
/// the unit), the others a warning naming file:line in the unit.
#[test]
fn podman_5_pod_keys_golden() {
    let pod = "[Pod]\nServiceName=kitchen\nExitPolicy=stop\nUserNS=keep-id\nGlobalArgs=--log-level=info\nHostName=kitchen.local\nVolume=data:/data\nDNSOption=ndots:1\nIP6=2001:db8::1\nNetworkAlias=k\nContainersConfModule=/etc/nvd.conf\nShmSize=1g\n";
    let units = translate(&[source("kitchen.pod", pod), source("kitchen-app.container", "[Container]\nImage=busybox\nPod=kitchen.pod\nExec=sleep inf\n")], "/usr/bin/dhow").unwrap();
    let names: Vec<&str> = units.iter().map(|u| u.name.as_str()).collect();
    assert_eq!(names, ["kitchen.service", "kitchen-app.service"]);
    let text = &units[0].text;
    assert!(text.contains("ExecStartPre=/usr/bin/dhow --log-level=info pod create --infra-conmon-pidfile=%t/%N.pid --pod-id-file=%t/%N.pod-id --replace --name=systemd-kitchen --exit-policy stop --userns keep-id --hostname kitchen.local\n"), "{text}");
    for cmd in ["ExecStart=", "ExecStop=", "ExecStopPost="] {
        assert!(text.contains(&format!("{cmd}/usr/bin/dhow --log-level=info pod ")), "{cmd}: {text}");
    }
    let warnings: Vec<&str> = text.lines().filter_map(|l| l.strip_prefix(WARNING)).collect();
    assert_eq!(warnings.len(), 6, "{text}");
    assert!(warnings[0].starts_with("/home/u/.config/containers/systemd/kitchen.pod:7: Volume= is not supported") && warnings[0].contains("each .container"), "{warnings:?}");
    assert!(warnings[5].contains("kitchen.pod:12: ShmSize="), "{warnings:?}");
    let app = &units[1].text;
    assert!(app.contains("BindsTo=kitchen.service\nAfter=kitchen.service\n") && app.contains(" --pod-id-file %t/kitchen.pod-id "), "{app}");
    assert_golden("quadlet/kitchen.service", text);
}
