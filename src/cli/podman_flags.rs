//! podman 4.3's flags of the commands scripts use most, as its `--help`
//! lists them (read off `podman CMD --help` on this project's machine),
//! checked against dhow's parser: every one must be a flag dhow takes,
//! under the same long name and short letter. A flag dhow cannot honour
//! is still taken and then refused with "not supported" or warned about,
//! never reported as unknown.

/// (command, podman's flags: `-x --long` or `--long`).
const PODMAN_4_3: &[(&str, &str)] = &[
    ("run", "--add-host;--annotation;--arch;-a --attach;--authfile;--blkio-weight;--blkio-weight-device;--cap-add;--cap-drop;--cgroup-conf;--cgroup-parent;--cgroupns;--cgroups;--chrootdirs;--cidfile;--conmon-pidfile;--cpu-period;--cpu-quota;--cpu-rt-period;--cpu-rt-runtime;-c --cpu-shares;--cpus;--cpuset-cpus;--cpuset-mems;-d --detach;--detach-keys;--device;--device-cgroup-rule;--device-read-bps;--device-read-iops;--device-write-bps;--device-write-iops;--disable-content-trust;--dns;--dns-option;--dns-search;--entrypoint;-e --env;--env-file;--env-host;--env-merge;--expose;--gidmap;--group-add;--health-cmd;--health-interval;--health-on-failure;--health-retries;--health-start-period;--health-timeout;--help;-h --hostname;--hostuser;--http-proxy;--image-volume;--init;--init-path;-i --interactive;--ip;--ip6;--ipc;-l --label;--label-file;--log-driver;--log-opt;--mac-address;-m --memory;--memory-reservation;--memory-swap;--memory-swappiness;--mount;--name;--network;--network-alias;--no-healthcheck;--no-hosts;--oom-kill-disable;--oom-score-adj;--os;--passwd;--passwd-entry;--personality;--pid;--pidfile;--pids-limit;--platform;--pod;--pod-id-file;--preserve-fds;--privileged;-p --publish;-P --publish-all;--pull;-q --quiet;--read-only;--read-only-tmpfs;--replace;--requires;--restart;--rm;--rmi;--rootfs;--sdnotify;--seccomp-policy;--secret;--security-opt;--shm-size;--sig-proxy;--stop-signal;--stop-timeout;--subgidname;--subuidname;--sysctl;--systemd;--timeout;--tls-verify;--tmpfs;-t --tty;--tz;--uidmap;--ulimit;--umask;--unsetenv;--unsetenv-all;-u --user;--userns;--uts;--variant;-v --volume;--volumes-from;-w --workdir"),
    ("create", "--add-host;--annotation;--arch;-a --attach;--authfile;--blkio-weight;--blkio-weight-device;--cap-add;--cap-drop;--cgroup-conf;--cgroup-parent;--cgroupns;--cgroups;--chrootdirs;--cidfile;--conmon-pidfile;--cpu-period;--cpu-quota;--cpu-rt-period;--cpu-rt-runtime;-c --cpu-shares;--cpus;--cpuset-cpus;--cpuset-mems;--device;--device-cgroup-rule;--device-read-bps;--device-read-iops;--device-write-bps;--device-write-iops;--disable-content-trust;--dns;--dns-option;--dns-search;--entrypoint;-e --env;--env-file;--env-host;--env-merge;--expose;--gidmap;--group-add;--health-cmd;--health-interval;--health-on-failure;--health-retries;--health-start-period;--health-timeout;--help;-h --hostname;--hostuser;--http-proxy;--image-volume;--init;--init-ctr;--init-path;-i --interactive;--ip;--ip6;--ipc;-l --label;--label-file;--log-driver;--log-opt;--mac-address;-m --memory;--memory-reservation;--memory-swap;--memory-swappiness;--mount;--name;--network;--network-alias;--no-healthcheck;--no-hosts;--oom-kill-disable;--oom-score-adj;--os;--passwd-entry;--personality;--pid;--pidfile;--pids-limit;--platform;--pod;--pod-id-file;--privileged;-p --publish;-P --publish-all;--pull;-q --quiet;--read-only;--read-only-tmpfs;--replace;--requires;--restart;--rm;--rootfs;--sdnotify;--seccomp-policy;--secret;--security-opt;--shm-size;--stop-signal;--stop-timeout;--subgidname;--subuidname;--sysctl;--systemd;--timeout;--tls-verify;--tmpfs;-t --tty;--tz;--uidmap;--ulimit;--umask;--unsetenv;--unsetenv-all;-u --user;--userns;--uts;--variant;-v --volume;--volumes-from;-w --workdir"),
    ("exec", "-d --detach;--detach-keys;-e --env;--env-file;-i --interactive;-l --latest;--preserve-fds;--privileged;-t --tty;-u --user;-w --workdir"),
    ("ps", "-a --all;--external;-f --filter;--format;-n --last;-l --latest;--no-trunc;--noheading;--ns;-p --pod;-q --quiet;-s --size;--sort;--sync;-w --watch"),
    ("images", "-a --all;--digests;-f --filter;--format;--history;--no-trunc;-n --noheading;-q --quiet;--sort"),
    ("rm", "-a --all;--cidfile;--depend;--filter;-f --force;-i --ignore;-l --latest;-t --time;-v --volumes"),
    ("rmi", "-a --all;-f --force;-i --ignore;--no-prune"),
    ("logs", "--color;-f --follow;-l --latest;-n --names;--since;--tail;-t --timestamps;--until"),
    ("inspect", "-f --format;-l --latest;-s --size;-t --type"),
    ("build", "--add-host;--all-platforms;--annotation;--arch;--authfile;--build-arg;--build-context;--cache-from;--cache-to;--cache-ttl;--cap-add;--cap-drop;--cert-dir;--cgroup-parent;--cgroupns;--compress;--cpp-flag;--cpu-period;--cpu-quota;-c --cpu-shares;--cpuset-cpus;--cpuset-mems;--creds;--decryption-key;--device;-D --disable-compression;--disable-content-trust;--dns;--dns-option;--dns-search;--env;-f --file;--force-rm;--format;--from;--hooks-dir;--http-proxy;--identity-label;--ignorefile;--iidfile;--ipc;--isolation;--jobs;--label;--layers;--logfile;--logsplit;--manifest;-m --memory;--memory-swap;--network;--no-cache;--no-hosts;--omit-history;--os;--os-feature;--os-version;-o --output;--pid;--platform;--pull;-q --quiet;--retry;--retry-delay;--rm;--runtime-flag;--secret;--security-opt;--shm-size;--sign-by;--skip-unused-stages;--squash;--squash-all;--ssh;--stdin;-t --tag;--target;--timestamp;--tls-verify;--ulimit;--unsetenv;--userns;--userns-gid-map;--userns-gid-map-group;--userns-uid-map;--userns-uid-map-user;--uts;--variant;-v --volume"),
];

/// `-x --long` or `--long` → (short, long).
fn parse(entry: &str) -> (Option<char>, &str) {
    match entry.split_once(' ') {
        Some((short, long)) => (short.strip_prefix('-').and_then(|s| s.chars().next()), long.trim_start_matches("--")),
        None => (None, entry.trim_start_matches("--")),
    }
}

#[test]
fn dhow_takes_every_flag_podman_lists_for_its_common_commands() {
    let mut root = super::command();
    root.build(); // global flags (--runtime-flag) then show in each command

    let mut missing = Vec::new();
    for (name, flags) in PODMAN_4_3 {
        let cmd = root.find_subcommand(name).unwrap_or_else(|| panic!("dhow has no {name} command"));
        for entry in flags.split(';') {
            let (short, long) = parse(entry);
            if long == "help" {
                continue;
            }
            let arg = cmd.get_arguments().find(|a| a.get_long() == Some(long) || a.get_all_aliases().is_some_and(|al| al.contains(&long)));
            match arg {
                None => missing.push(format!("{name} --{long}")),
                Some(a) => {
                    if let Some(s) = short {
                        if a.get_short() != Some(s) && !a.get_all_short_aliases().is_some_and(|al| al.contains(&s)) {
                            missing.push(format!("{name} -{s} (as --{long})"));
                        }
                    }
                }
            }
        }
    }
    assert!(missing.is_empty(), "podman 4.3 flags dhow's parser does not take:\n{}", missing.join("\n"));
}

#[test]
fn the_entries_parse() {
    assert_eq!(parse("-a --attach"), (Some('a'), "attach"));
    assert_eq!(parse("--rootfs"), (None, "rootfs"));
}
