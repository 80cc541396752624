//! Golden pod units (`testdata/pod-*.service`, `testdata/pod-member-*.service`).

use super::*;
use crate::generate::{assert_golden, test_host as host, words};

fn web() -> Pod {
    Pod {
        id: "7a".repeat(32),
        name: "web".into(),
        infra_id: "1f".repeat(32),
        infra_name: "7a7a7a7a7a7a-infra".into(),
        stop_timeout: 10,
        create_command: words(&["/usr/local/bin/dhow", "--root", "/srv/d", "pod", "create", "--name", "web", "-p", "8080:80", "--label", "a=b c", "--pod-id-file", "/tmp/old", "--replace"]),
        containers: vec![
            Container {
                id: "c1".repeat(32),
                name: "app".into(),
                stop_timeout: 5,
                sd_notify: String::new(),
                create_command: words(&["/usr/local/bin/dhow", "--root", "/srv/d", "run", "-d", "--pod", "web", "--name", "app", "-e", "A=1", "busybox", "httpd", "-f"]),
            },
            Container {
                id: "d2".repeat(32),
                name: "db".into(),
                stop_timeout: 10,
                sd_notify: String::new(),
                create_command: words(&["/usr/local/bin/dhow", "--root", "/srv/d", "create", "--pod-id-file=/tmp/old", "--name=db", "busybox", "sleep", "inf"]),
            },
        ],
    }
}

fn named() -> Options {
    Options { use_name: true, ..Default::default() }
}

#[test]
fn existing_pod_units_golden() {
    let units = generate(&web(), &named(), &host()).unwrap();
    let names: Vec<&str> = units.iter().map(|u| u.name.as_str()).collect();
    assert_eq!(names, ["pod-web.service", "container-app.service", "container-db.service"]);
    assert_golden("pod-web.service", &units[0].text);
    assert_golden("pod-member-existing.service", &units[1].text);
    assert!(units[0].text.contains("Wants=container-app.service container-db.service\nBefore=container-app.service container-db.service\n"));
    for u in &units[1..] {
        assert!(u.text.contains("BindsTo=pod-web.service\nAfter=pod-web.service\n"), "{}", u.text);
    }
}

#[test]
fn new_pod_units_golden() {
    let units = generate(&web(), &Options { new: true, ..named() }, &host()).unwrap();
    assert_golden("pod-web-new.service", &units[0].text);
    assert_golden("pod-member-new.service", &units[1].text);
    assert_golden("pod-member-new-db.service", &units[2].text);
    // The recorded --pod / --pod-id-file / --replace give way to the unit's.
    for u in &units {
        assert!(!u.text.contains("/tmp/old") && !u.text.contains("--pod web"), "{}", u.text);
        assert!(u.text.contains("%t/pod-web.pod-id"), "{}", u.text);
    }
    assert_eq!(units[0].text.matches("--replace").count(), 1);
}

#[test]
fn ids_prefixes_and_a_random_name() {
    let mut p = web();
    // A pod created without --name: the unit names it, or --replace could not find it.
    p.create_command = words(&["dhow", "pod", "create", "-p", "80"]);
    p.containers.truncate(1);
    let o = Options { new: true, pod_prefix: "pd".into(), container_prefix: "ct".into(), separator: "_".into(), no_header: true, ..Default::default() };
    let units = generate(&p, &o, &host()).unwrap();
    assert_eq!(units[0].name, format!("pd_{}.service", p.id));
    assert_eq!(units[1].name, format!("ct_{}.service", p.containers[0].id));
    assert!(units[0].text.contains("pod create \\\n\t--infra-conmon-pidfile %t/pd_7a7a"), "{}", units[0].text);
    assert!(units[0].text.contains("--name=web \\\n\t-p 80 \\\n\t--replace\n"), "{}", units[0].text);
    assert!(units[1].text.contains(&format!("BindsTo=pd_{}.service\n", p.id)));
    // Without --new the unit starts the infra by ID.
    let units = generate(&p, &Options { no_header: true, ..Default::default() }, &host()).unwrap();
    assert!(units[0].text.contains(&format!("ExecStart=/usr/bin/dhow start {}\n", p.infra_id)), "{}", units[0].text);
}

#[test]
fn pods_that_cannot_have_units_are_refused() {
    let mut p = web();
    p.create_command.clear();
    let e = generate(&p, &Options { new: true, ..named() }, &host()).unwrap_err();
    assert!(e.to_string().contains("no recorded create command"), "{e}");
    assert!(generate(&p, &named(), &host()).is_ok(), "without --new the create command is not needed");
    p.create_command = words(&["dhow", "run", "--pod", "new:web", "busybox"]);
    let e = generate(&p, &Options { new: true, ..named() }, &host()).unwrap_err();
    assert!(e.to_string().contains("not a 'pod create' command"), "{e}");
    let mut p = web();
    p.containers.clear();
    assert!(generate(&p, &named(), &host()).unwrap_err().to_string().contains("has no containers"));
    let mut p = web();
    p.infra_id.clear();
    assert!(generate(&p, &named(), &host()).unwrap_err().to_string().contains("no infra container"));
    let e = generate(&web(), &Options { restart_policy: "never".into(), ..named() }, &host()).unwrap_err();
    assert!(e.to_string().contains("--restart-policy"), "{e}");
}
