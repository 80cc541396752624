//! Golden units (`testdata/*.service`) and the command-line surgery of `--new`.

use super::*;
use crate::generate::{assert_golden, test_host as host, words};

fn web() -> Container {
    Container {
        id: "4f1c0e6a9b2d".repeat(5) + "abcd",
        name: "web".into(),
        stop_timeout: 10,
        sd_notify: String::new(),
        create_command: words(&[
            "/usr/local/bin/dhow", "run", "-d", "--name", "web", "--rm", "--cidfile=/tmp/x", "-p", "8080:80", "-e", "MSG=hello world",
            "--restart", "always", "busybox", "sh", "-c", "echo 100% $HOME \"q\"; sleep 600",
        ]),
    }
}

#[test]
fn existing_container_unit_golden() {
    let u = generate(&web(), &Options { use_name: true, ..Default::default() }, &host()).unwrap();
    assert_eq!(u.name, "container-web.service");
    assert_golden("existing.service", &u.text);
}

#[test]
fn new_unit_golden() {
    let u = generate(&web(), &Options { new: true, use_name: true, ..Default::default() }, &host()).unwrap();
    assert_golden("new.service", &u.text);
}

/// podman 4.3's `--template`: `NAME@.service`, "for %I", `%n-%i`, and
/// the container named `NAME-%i` (the recorded `--name` replaced).
#[test]
fn template_unit_golden() {
    let u = generate(&web(), &Options { template: true, use_name: true, ..Default::default() }, &host()).unwrap();
    assert_eq!(u.name, "container-web@.service");
    assert_golden("template@.service", &u.text);
    let by_id = generate(&web(), &Options { template: true, new: true, ..Default::default() }, &host()).unwrap();
    assert_eq!(by_id.name, format!("container-{}@.service", web().id));
    assert!(by_id.text.contains("\t--name web-%i -p 8080:80 "), "{}", by_id.text);
}

#[test]
fn new_unit_with_every_option_golden() {
    let o = Options {
        new: true,
        use_name: false,
        container_prefix: "app".into(),
        separator: "_".into(),
        restart_policy: "always".into(),
        restart_sec: Some(5),
        stop_timeout: Some(3),
        start_timeout: Some(90),
        after: words(&["db.service"]),
        wants: words(&["db.service", "cache.service"]),
        requires: words(&["db.service"]),
        no_header: true,
        env: words(&["A=1", "B=two words"]),
        pod_prefix: "pod".into(),
        template: false,
    };
    let mut c = web();
    // No --name in the command: the container's (random) name is added.
    c.create_command = words(&["/x/dhow", "--root", "/srv/dhow store", "container", "create", "-dit", "--sdnotify", "healthy", "busybox"]);
    c.sd_notify = "healthy".into();
    let u = generate(&c, &o, &host()).unwrap();
    assert_eq!(u.name, format!("app_{}.service", c.id));
    assert_golden("options.service", &u.text);
}

#[test]
fn ignore_mode_is_forking_and_bad_input_is_refused() {
    let mut c = web();
    c.sd_notify = "ignore".into();
    let u = generate(&c, &Options { new: true, use_name: true, no_header: true, ..Default::default() }, &host()).unwrap();
    assert!(u.text.contains("Type=forking\n") && !u.text.contains("NotifyAccess"));
    assert_golden("ignore.service", &u.text);
    let e = generate(&web(), &Options { restart_policy: "sometimes".into(), ..Default::default() }, &host()).unwrap_err();
    assert!(e.to_string().contains("on-failure"), "{e}");
    c.create_command.clear();
    let e = generate(&c, &Options { new: true, ..Default::default() }, &host()).unwrap_err();
    assert!(e.to_string().contains("no recorded create command"), "{e}");
}

#[test]
fn create_commands_split_at_the_image() {
    let h = host();
    let c = split_create_command(&words(&["dhow", "--root", "/r", "run", "-e", "-x", "--name=a", "-dp", "80", "img", "-d", "--rm"]), &h.value_flags).unwrap();
    assert_eq!(c.global, ["--root", "/r"]);
    assert_eq!(c.options, ["-e", "-x", "--name=a", "-dp", "80"]);
    assert_eq!(c.image_and_command, ["img", "-d", "--rm"]);
    let c = split_create_command(&words(&["dhow", "create", "--", "img"]), &h.value_flags).unwrap();
    assert_eq!(c.image_and_command, ["img"]);
    assert!(split_create_command(&words(&["dhow", "ps"]), &h.value_flags).is_err());
    assert!(split_create_command(&words(&["dhow", "run", "-d"]), &h.value_flags).is_err());
}

#[test]
fn unit_flags_are_stripped_with_their_values() {
    let h = host();
    let strip = |o: &[&str]| strip_unit_flags(&words(o), &h.value_flags);
    assert_eq!(strip(&["-d", "--rm", "--replace", "--cidfile", "f", "--sdnotify=container", "--restart=always", "--name", "-d"]), ["--name", "-d"]);
    assert_eq!(strip(&["-dit", "-dp", "80", "-pd"]), ["-it", "-p", "80", "-pd"]);
    assert_eq!(strip(&["--detach=true", "-e", "--rm"]), ["-e", "--rm"]);
}

#[test]
fn recreate_command_keeps_the_flags_but_detach_and_replace() {
    let h = host();
    let argv = words(&["/x/dhow", "--root", "/r", "run", "-dit", "--rm", "--cidfile=/run/c.id", "--replace", "-l", "a=b", "img", "sleep", "9"]);
    let (cmd, cidfile) = recreate_command(&argv, &h.value_flags, "web", true).unwrap();
    assert_eq!(cmd, words(&["--root", "/r", "run", "-d", "--replace", "--name=web", "-it", "--rm", "--cidfile=/run/c.id", "-l", "a=b", "img", "sleep", "9"]));
    assert_eq!(cidfile.as_deref(), Some("/run/c.id"));
    let argv = words(&["dhow", "container", "create", "--name", "db", "--cidfile", "f", "img"]);
    let (cmd, cidfile) = recreate_command(&argv, &h.value_flags, "db", false).unwrap();
    assert_eq!(cmd, words(&["create", "--replace", "--name", "db", "--cidfile", "f", "img"]));
    assert_eq!(cidfile.as_deref(), Some("f"));
}
