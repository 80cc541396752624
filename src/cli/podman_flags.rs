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
    // Every other command (and subcommand, "pod create") dhow and podman 4.3 both have.
    ("attach", "--detach-keys;-l --latest;--no-stdin;--sig-proxy"),
    ("auto-update", "--authfile;--dry-run;--format;--rollback"),
    ("commit", "-a --author;-c --change;-f --format;--iidfile;--include-volumes;-m --message;-p --pause;-q --quiet;-s --squash"),
    ("container attach", "--detach-keys;-l --latest;--no-stdin;--sig-proxy"),
    ("container cleanup", "-a --all;--exec;-l --latest;--rm;--rmi"),
    ("container clone", "--blkio-weight;--blkio-weight-device;--cpu-period;--cpu-quota;--cpu-rt-period;--cpu-rt-runtime;-c --cpu-shares;--cpus;--cpuset-cpus;--cpuset-mems;--destroy;--device-read-bps;--device-write-bps;-f --force;-m --memory;--memory-reservation;--memory-swap;--memory-swappiness;--name;--pod;--run"),
    ("container commit", "-a --author;-c --change;-f --format;--iidfile;--include-volumes;-m --message;-p --pause;-q --quiet;-s --squash"),
    ("container cp", "-a --archive;--overwrite"),
    ("container create", "--help;--add-host;--annotation;--arch;-a --attach;--authfile;--blkio-weight;--blkio-weight-device;--cap-add;--cap-drop;--cgroup-conf;--cgroup-parent;--cgroupns;--cgroups;--chrootdirs;--cidfile;--conmon-pidfile;--cpu-period;--cpu-quota;--cpu-rt-period;--cpu-rt-runtime;-c --cpu-shares;--cpus;--cpuset-cpus;--cpuset-mems;--device;--device-cgroup-rule;--device-read-bps;--device-read-iops;--device-write-bps;--device-write-iops;--disable-content-trust;--dns;--dns-option;--dns-search;--entrypoint;-e --env;--env-file;--env-host;--env-merge;--expose;--gidmap;--group-add;--health-cmd;--health-interval;--health-on-failure;--health-retries;--health-start-period;--health-timeout;-h --hostname;--hostuser;--http-proxy;--image-volume;--init;--init-ctr;--init-path;-i --interactive;--ip;--ip6;--ipc;-l --label;--label-file;--log-driver;--log-opt;--mac-address;-m --memory;--memory-reservation;--memory-swap;--memory-swappiness;--mount;--name;--network;--network-alias;--no-healthcheck;--no-hosts;--oom-kill-disable;--oom-score-adj;--os;--passwd-entry;--personality;--pid;--pidfile;--pids-limit;--platform;--pod;--pod-id-file;--privileged;-p --publish;-P --publish-all;--pull;-q --quiet;--read-only;--read-only-tmpfs;--replace;--requires;--restart;--rm;--rootfs;--sdnotify;--seccomp-policy;--secret;--security-opt;--shm-size;--stop-signal;--stop-timeout;--subgidname;--subuidname;--sysctl;--systemd;--timeout;--tls-verify;--tmpfs;-t --tty;--tz;--uidmap;--ulimit;--umask;--unsetenv;--unsetenv-all;-u --user;--userns;--uts;--variant;-v --volume;--volumes-from;-w --workdir"),
    ("container diff", "--format;-l --latest"),
    ("container exec", "-d --detach;--detach-keys;-e --env;--env-file;-i --interactive;-l --latest;--preserve-fds;--privileged;-t --tty;-u --user;-w --workdir"),
    ("container exists", "--external"),
    ("container export", "-o --output"),
    ("container init", "-a --all;-l --latest"),
    ("container inspect", "-f --format;-l --latest;-s --size"),
    ("container kill", "-a --all;--cidfile;-l --latest;-s --signal"),
    ("container list", "-a --all;--external;-f --filter;--format;-n --last;-l --latest;--no-trunc;--noheading;--ns;-p --pod;-q --quiet;-s --size;--sort;--sync;-w --watch"),
    ("container logs", "--color;-f --follow;-l --latest;-n --names;--since;--tail;-t --timestamps;--until"),
    ("container mount", "-a --all;--format;-l --latest;--no-trunc"),
    ("container pause", "-a --all;--cidfile;-f --filter;-l --latest"),
    ("container port", "-a --all;-l --latest"),
    ("container prune", "--filter;-f --force"),
    ("container ps", "-a --all;--external;-f --filter;--format;-n --last;-l --latest;--no-trunc;--noheading;--ns;-p --pod;-q --quiet;-s --size;--sort;--sync;-w --watch"),
    ("container restart", "-a --all;--cidfile;-f --filter;-l --latest;--running;-t --time"),
    ("container rm", "-a --all;--cidfile;--depend;--filter;-f --force;-i --ignore;-l --latest;-t --time;-v --volumes"),
    ("container run", "--help;--add-host;--annotation;--arch;-a --attach;--authfile;--blkio-weight;--blkio-weight-device;--cap-add;--cap-drop;--cgroup-conf;--cgroup-parent;--cgroupns;--cgroups;--chrootdirs;--cidfile;--conmon-pidfile;--cpu-period;--cpu-quota;--cpu-rt-period;--cpu-rt-runtime;-c --cpu-shares;--cpus;--cpuset-cpus;--cpuset-mems;-d --detach;--detach-keys;--device;--device-cgroup-rule;--device-read-bps;--device-read-iops;--device-write-bps;--device-write-iops;--disable-content-trust;--dns;--dns-option;--dns-search;--entrypoint;-e --env;--env-file;--env-host;--env-merge;--expose;--gidmap;--group-add;--health-cmd;--health-interval;--health-on-failure;--health-retries;--health-start-period;--health-timeout;-h --hostname;--hostuser;--http-proxy;--image-volume;--init;--init-path;-i --interactive;--ip;--ip6;--ipc;-l --label;--label-file;--log-driver;--log-opt;--mac-address;-m --memory;--memory-reservation;--memory-swap;--memory-swappiness;--mount;--name;--network;--network-alias;--no-healthcheck;--no-hosts;--oom-kill-disable;--oom-score-adj;--os;--passwd;--passwd-entry;--personality;--pid;--pidfile;--pids-limit;--platform;--pod;--pod-id-file;--preserve-fds;--privileged;-p --publish;-P --publish-all;--pull;-q --quiet;--read-only;--read-only-tmpfs;--replace;--requires;--restart;--rm;--rmi;--rootfs;--sdnotify;--seccomp-policy;--secret;--security-opt;--shm-size;--sig-proxy;--stop-signal;--stop-timeout;--subgidname;--subuidname;--sysctl;--systemd;--timeout;--tls-verify;--tmpfs;-t --tty;--tz;--uidmap;--ulimit;--umask;--unsetenv;--unsetenv-all;-u --user;--userns;--uts;--variant;-v --volume;--volumes-from;-w --workdir"),
    ("container start", "--all;-a --attach;--detach-keys;-f --filter;-i --interactive;-l --latest;--sig-proxy"),
    ("container stats", "-a --all;--format;-i --interval;-l --latest;--no-reset;--no-stream;--no-trunc"),
    ("container stop", "-a --all;--cidfile;-f --filter;-i --ignore;-l --latest;-t --time"),
    ("container top", "-l --latest"),
    ("container unmount", "-a --all;-f --force;-l --latest"),
    ("container unpause", "-a --all;--cidfile;-f --filter;-l --latest"),
    ("container update", "--blkio-weight;--blkio-weight-device;--cpu-period;--cpu-quota;--cpu-rt-period;--cpu-rt-runtime;-c --cpu-shares;--cpus;--cpuset-cpus;--cpuset-mems;--device-read-bps;--device-read-iops;--device-write-bps;--device-write-iops;-m --memory;--memory-reservation;--memory-swap;--memory-swappiness"),
    ("container wait", "--condition;-i --interval;-l --latest"),
    ("cp", "-a --archive;--overwrite"),
    ("diff", "--format;-l --latest"),
    ("events", "-f --filter;--format;--no-trunc;--since;--until"),
    ("export", "-o --output"),
    ("generate kube", "-f --filename;-s --service"),
    ("generate systemd", "--after;--container-prefix;-e --env;-f --files;--format;-n --name;--new;--no-header;--pod-prefix;--requires;--restart-policy;--restart-sec;--separator;--start-timeout;--stop-timeout;--template;--wants"),
    ("history", "--format;-H --human;--no-trunc;-q --quiet"),
    ("image history", "--format;-H --human;--no-trunc;-q --quiet"),
    ("image import", "--arch;-c --change;-m --message;--os;-q --quiet;--variant"),
    ("image inspect", "-f --format"),
    ("image list", "-a --all;--digests;-f --filter;--format;--history;--no-trunc;-n --noheading;-q --quiet;--sort"),
    ("image load", "-i --input;-q --quiet"),
    ("image prune", "-a --all;--external;--filter;-f --force"),
    ("image pull", "-a --all-tags;--arch;--authfile;--cert-dir;--creds;--disable-content-trust;--os;--platform;-q --quiet;--tls-verify;--variant"),
    ("image push", "--authfile;--cert-dir;--compress;--compression-format;--creds;--digestfile;--disable-content-trust;-f --format;-q --quiet;--remove-signatures;--sign-by;--sign-by-sigstore-private-key;--sign-passphrase-file;--tls-verify"),
    ("image rm", "-a --all;-f --force;-i --ignore;--no-prune"),
    ("image save", "--compress;--format;-m --multi-image-archive;-o --output;-q --quiet;--uncompressed"),
    ("image search", "--authfile;--compatible;-f --filter;--format;--limit;--list-tags;--no-trunc;--tls-verify"),
    ("import", "--arch;-c --change;-m --message;--os;-q --quiet;--variant"),
    ("info", "-f --format"),
    ("init", "-a --all;-l --latest"),
    ("kill", "-a --all;--cidfile;-l --latest;-s --signal"),
    ("kube generate", "-f --filename;-s --service"),
    ("kube play", "--annotation;--authfile;--build;--cert-dir;--configmap;--context-dir;--creds;--ip;--log-driver;--log-opt;--mac-address;--network;--no-hosts;-q --quiet;--replace;--seccomp-profile-root;--start;--tls-verify;--userns"),
    ("load", "-i --input;-q --quiet"),
    ("login", "--authfile;--cert-dir;--get-login;-p --password;--password-stdin;--tls-verify;-u --username;-v --verbose"),
    ("logout", "-a --all;--authfile"),
    ("manifest add", "--all;--annotation;--arch;--authfile;--cert-dir;--creds;--features;--os;--os-version;--tls-verify;--variant"),
    ("manifest annotate", "--annotation;--arch;--features;--os;--os-features;--os-version;--variant"),
    ("manifest create", "--all;-a --amend;--tls-verify"),
    ("manifest push", "--all;--authfile;--cert-dir;--compression-format;--creds;--digestfile;-f --format;-q --quiet;--remove-signatures;--rm;--sign-by;--sign-by-sigstore-private-key;--sign-passphrase-file;--tls-verify"),
    ("mount", "-a --all;--format;-l --latest;--no-trunc"),
    ("network connect", "--alias;--ip;--ip6;--mac-address"),
    ("network create", "--disable-dns;-d --driver;--gateway;--internal;--ip-range;--ipam-driver;--ipv6;--label;-o --opt;--subnet"),
    ("network disconnect", "-f --force"),
    ("network inspect", "-f --format"),
    ("network ls", "-f --filter;--format;--no-trunc;--noheading;-q --quiet"),
    ("network prune", "--filter;-f --force"),
    ("network reload", "-a --all;-l --latest"),
    ("network rm", "-f --force;-t --time"),
    ("pause", "-a --all;--cidfile;-f --filter;-l --latest"),
    ("pod create", "--help;--add-host;--blkio-weight;--blkio-weight-device;--cgroup-parent;-c --cpu-shares;--cpus;--cpuset-cpus;--cpuset-mems;--device;--device-read-bps;--device-write-bps;--dns;--dns-option;--dns-search;--exit-policy;--gidmap;-h --hostname;--infra;--infra-command;--infra-conmon-pidfile;--infra-image;--infra-name;--ip;--ip6;-l --label;--label-file;--mac-address;-m --memory;--memory-swap;-n --name;--network;--network-alias;--no-hosts;--pid;--pod-id-file;-p --publish;--replace;--security-opt;--share;--share-parent;--shm-size;--subgidname;--subuidname;--sysctl;--uidmap;--userns;--uts;-v --volume;--volumes-from"),
    ("pod inspect", "-f --format;-l --latest"),
    ("pod kill", "-a --all;-l --latest;-s --signal"),
    ("pod logs", "--color;-c --container;-f --follow;-l --latest;-n --names;--since;--tail;-t --timestamps;--until"),
    ("pod pause", "-a --all;-l --latest"),
    ("pod prune", "-f --force"),
    ("pod ps", "--ctr-ids;--ctr-names;--ctr-status;-f --filter;--format;-l --latest;--no-trunc;--noheading;--ns;-q --quiet;--sort"),
    ("pod restart", "-a --all;-l --latest"),
    ("pod rm", "-a --all;-f --force;-i --ignore;-l --latest;--pod-id-file;-t --time"),
    ("pod start", "-a --all;-l --latest;--pod-id-file"),
    ("pod stats", "-a --all;--format;-l --latest;--no-reset;--no-stream"),
    ("pod stop", "-a --all;-i --ignore;-l --latest;--pod-id-file;-t --time"),
    ("pod top", "-l --latest"),
    ("pod unpause", "-a --all;-l --latest"),
    ("port", "-a --all;-l --latest"),
    ("pull", "-a --all-tags;--arch;--authfile;--cert-dir;--creds;--disable-content-trust;--os;--platform;-q --quiet;--tls-verify;--variant"),
    ("push", "--authfile;--cert-dir;--compress;--compression-format;--creds;--digestfile;--disable-content-trust;-f --format;-q --quiet;--remove-signatures;--sign-by;--sign-by-sigstore-private-key;--sign-passphrase-file;--tls-verify"),
    ("restart", "-a --all;--cidfile;-f --filter;-l --latest;--running;-t --time"),
    ("save", "--compress;--format;-m --multi-image-archive;-o --output;-q --quiet;--uncompressed"),
    ("search", "--authfile;--compatible;-f --filter;--format;--limit;--list-tags;--no-trunc;--tls-verify"),
    ("secret create", "-d --driver;--driver-opts;--env;-l --label"),
    ("secret inspect", "-f --format;--pretty"),
    ("secret ls", "-f --filter;--format;--noheading;-q --quiet"),
    ("secret rm", "-a --all"),
    ("start", "--all;-a --attach;--detach-keys;-f --filter;-i --interactive;-l --latest;--sig-proxy"),
    ("stats", "-a --all;--format;-i --interval;-l --latest;--no-reset;--no-stream;--no-trunc"),
    ("stop", "-a --all;--cidfile;-f --filter;-i --ignore;-l --latest;-t --time"),
    ("system df", "--format;-v --verbose"),
    ("system info", "-f --format"),
    ("system migrate", "--new-runtime"),
    ("system prune", "-a --all;--filter;-f --force;--volumes"),
    ("system reset", "-f --force"),
    ("top", "-l --latest"),
    ("unmount", "-a --all;-f --force;-l --latest"),
    ("unpause", "-a --all;--cidfile;-f --filter;-l --latest"),
    ("unshare", "--rootless-netns"),
    ("update", "--blkio-weight;--blkio-weight-device;--cpu-period;--cpu-quota;--cpu-rt-period;--cpu-rt-runtime;-c --cpu-shares;--cpus;--cpuset-cpus;--cpuset-mems;--device-read-bps;--device-read-iops;--device-write-bps;--device-write-iops;-m --memory;--memory-reservation;--memory-swap;--memory-swappiness"),
    ("version", "-f --format"),
    ("volume create", "--driver;-l --label;-o --opt"),
    ("volume export", "-o --output"),
    ("volume inspect", "-a --all;-f --format"),
    ("volume ls", "-f --filter;--format;--noheading;-q --quiet"),
    ("volume prune", "--filter;-f --force"),
    ("volume rm", "-a --all;-f --force;-t --time"),
    ("wait", "--condition;-i --interval;-l --latest"),

    ("image tree", "--whatrequires"),
    ("image diff", "--format"),
    ("image mount", "-a --all;--format"),
    ("image unmount", "-a --all;-f --force"),
    ("pod clone", "--blkio-weight;--blkio-weight-device;--cgroup-parent;-c --cpu-shares;--cpus;--cpuset-cpus;--cpuset-mems;--destroy;--device;--device-read-bps;--device-write-bps;--gidmap;--help;-h --hostname;--infra-command;--infra-conmon-pidfile;--infra-name;-l --label;--label-file;-m --memory;--memory-swap;-n --name;--pid;--security-opt;--shm-size;--start;--subgidname;--subuidname;--sysctl;--uidmap;--userns;--uts;-v --volume;--volumes-from"),
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
        let cmd = name
            .split(' ')
            .try_fold(&root, |c, word| c.find_subcommand(word))
            .unwrap_or_else(|| panic!("dhow has no {name} command"));
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
