# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_dhow_global_optspecs
    string join \n root= runroot= log-level= storage-driver= storage-opt= events-backend= cgroup-manager= runtime-flag= noout= default-mounts-file= tmpdir= network-cmd-path= syslog= remote= url= connection= identity= runtime= r= c= h/help V/version
end

function __fish_dhow_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_dhow_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_dhow_using_subcommand
    set -l cmd (__fish_dhow_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c dhow -n "__fish_dhow_needs_command" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_needs_command" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_needs_command" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_needs_command" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_needs_command" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_needs_command" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_needs_command" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_needs_command" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_needs_command" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_needs_command" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_needs_command" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_needs_command" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_needs_command" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_needs_command" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_needs_command" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_needs_command" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_needs_command" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_needs_command" -l runtime -d 'OCI runtime for run/create: runc, crun or a path (as podman\'s global --runtime; run --runtime overrides it)' -r
complete -c dhow -n "__fish_dhow_needs_command" -s r -d 'Same as --remote (not supported)' -r
complete -c dhow -n "__fish_dhow_needs_command" -s c -d 'Same as --connection (not supported)' -r
complete -c dhow -n "__fish_dhow_needs_command" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_needs_command" -s V -l version -d 'Print version'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "pull" -d 'Pull an image from a registry'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "build" -d 'Build an image from a Containerfile or Dockerfile'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "buildx" -d 'Build images (docker\'s buildx spelling: dhow buildx build = dhow build)'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "push" -d 'Push an image to a registry'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "login" -d 'Log in to a registry'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "logout" -d 'Log out of a registry'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "save" -d 'Save images to an archive'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "load" -d 'Load images from an archive'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "export" -d 'Export a container\'s filesystem as a tar archive'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "import" -d 'Import a filesystem tarball as an image'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "commit" -d 'Create a new image from a container\'s changes'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "search" -d 'Search registries for images'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "images" -d 'List images'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "inspect" -d 'Display detailed information on containers and images'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "tag" -d 'Add a name to an image'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "untag" -d 'Remove names from an image'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "rmi" -d 'Remove one or more images'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "history" -d 'Show the history of an image'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "image" -d 'Manage images'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "version" -d 'Show version information'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "info" -d 'Display system-wide information'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "doctor" -d 'Check this host\'s rootless set-up and tell how to fix what is wrong'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "run" -d 'Run a command in a new container'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "create" -d 'Create a new container'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "start" -d 'Start one or more stopped containers'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "stop" -d 'Stop one or more running containers'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "kill" -d 'Kill one or more running containers with a signal'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "restart" -d 'Restart one or more containers'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "rm" -d 'Remove one or more containers'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "wait" -d 'Block until containers stop, then print their exit codes'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "init" -d 'Initialize containers without starting them (dhow prepares a container when it starts: this checks it is not running)'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "ps" -d 'List containers'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "logs" -d 'Fetch the logs of a container'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "rename" -d 'Rename a container'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "exec" -d 'Run a command in a running container'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "attach" -d 'Attach local standard input, output, and error streams to a running container'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "top" -d 'Display the running processes of a container'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "pause" -d 'Pause all processes within one or more containers'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "unpause" -d 'Unpause all processes within one or more containers'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "port" -d 'List port mappings or a specific mapping for the container'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "update" -d 'Update configuration of one or more containers'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "cp" -d 'Copy files/folders between a container and the local filesystem'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "diff" -d 'Inspect changes to files or directories on a container\'s filesystem'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "stats" -d 'Display a live stream of container(s) resource usage statistics'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "events" -d 'Get real time events from dhow'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "healthcheck" -d 'Run container health checks'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "unshare" -d 'Run a command in dhow\'s rootless user namespace (default: a shell), e.g. to chown volume files'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "container" -d 'Manage containers'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "volume" -d 'Manage volumes'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "network" -d 'Manage networks'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "pod" -d 'Manage pods: containers sharing a network namespace'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "kube" -d 'Kubernetes YAML: generate it from pods, play it, take it down'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "play" -d 'Play Kubernetes YAML (podman\'s \'play kube\')'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "compose" -d 'Define and run multi-container applications (docker compose v2)'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "generate" -d 'Generate systemd units or Kubernetes YAML for containers and pods'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "auto-update" -d 'Report containers whose image has a newer version (--dry-run)'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "quadlet" -d 'Turn Quadlet .container/.volume/.network files into systemd services (a systemd generator)'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "system" -d 'Manage dhow: disk usage and cleanup'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "__monitor" -d 'The per-container monitor (started by run/start; not for direct use)'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "__netns-holder" -d 'Holds a user-defined network\'s namespace (started on first use; not for direct use)'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "__generate-docs" -d 'Regenerate man pages and shell completions into a directory (maintainers)'
complete -c dhow -n "__fish_dhow_using_subcommand pull" -l tls-verify -d 'Require HTTPS and verify certificates (false allows plain HTTP and self-signed certificates)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pull" -l authfile -d 'Path of the authentication file (default: podman\'s auth.json, then ~/.docker/config.json)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pull" -l creds -d 'Credentials USER[:PASSWORD] for the registry' -r
complete -c dhow -n "__fish_dhow_using_subcommand pull" -l platform -d 'Platform OS/ARCH[/VARIANT] to pull (default: this machine\'s)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pull" -l arch -d 'Architecture to pull instead of this machine\'s' -r
complete -c dhow -n "__fish_dhow_using_subcommand pull" -l os -d 'OS to pull instead of linux' -r
complete -c dhow -n "__fish_dhow_using_subcommand pull" -l variant -d 'Architecture variant (e.g. v7 for arm)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pull" -s a -l all-tags -d 'Pull all tagged images in the repository (not supported yet)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pull" -s q -l quiet -d 'Print only the image ID' -r
complete -c dhow -n "__fish_dhow_using_subcommand pull" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pull" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pull" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand pull" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand pull" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pull" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand pull" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand pull" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pull" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand pull" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pull" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pull" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pull" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pull" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pull" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pull" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pull" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pull" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand build" -s f -l file -d 'Name of the Dockerfile (default: CONTEXT/Containerfile or CONTEXT/Dockerfile; - reads stdin)' -r
complete -c dhow -n "__fish_dhow_using_subcommand build" -s t -l tag -d 'Name and optionally a tag (NAME[:TAG]) for the image (repeatable)' -r
complete -c dhow -n "__fish_dhow_using_subcommand build" -l build-arg -d 'Set a build-time variable (KEY=VALUE, or KEY to take it from the environment)' -r
complete -c dhow -n "__fish_dhow_using_subcommand build" -l target -d 'Build only up to this stage' -r
complete -c dhow -n "__fish_dhow_using_subcommand build" -l no-cache -d 'Do not use the build cache' -r
complete -c dhow -n "__fish_dhow_using_subcommand build" -l pull -d 'Pull base images: always (also a bare --pull), missing, never, newer' -r
complete -c dhow -n "__fish_dhow_using_subcommand build" -l pull-always -d 'Same as --pull=always' -r
complete -c dhow -n "__fish_dhow_using_subcommand build" -l pull-never -d 'Same as --pull=never: use only images already stored' -r
complete -c dhow -n "__fish_dhow_using_subcommand build" -l ignorefile -d 'Ignore file to use instead of the context\'s .containerignore or .dockerignore' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand build" -l runtime -d 'OCI runtime for RUN steps (accepted for podman compatibility; RUN steps use dhow\'s built-in runtime)' -r
complete -c dhow -n "__fish_dhow_using_subcommand build" -l ulimit -d 'Resource limits for RUN steps: NAME=SOFT[:HARD] (accepted for podman compatibility; RUN steps get docker\'s default limits)' -r
complete -c dhow -n "__fish_dhow_using_subcommand build" -l layers -d 'Cache and commit each step as its own layer (false: one layer per stage, no cache)' -r
complete -c dhow -n "__fish_dhow_using_subcommand build" -l squash -d 'Squash the layers each stage adds into one' -r
complete -c dhow -n "__fish_dhow_using_subcommand build" -l label -d 'Set a label on the image (KEY=VALUE, repeatable)' -r
complete -c dhow -n "__fish_dhow_using_subcommand build" -s q -l quiet -d 'Print only the image ID' -r
complete -c dhow -n "__fish_dhow_using_subcommand build" -l iidfile -d 'Write the image ID to this file' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand build" -l network -d 'Network for RUN: none (default: a private namespace with only loopback) or host' -r
complete -c dhow -n "__fish_dhow_using_subcommand build" -l tls-verify -d 'Require HTTPS and verify certificates (false allows plain HTTP and self-signed certificates)' -r
complete -c dhow -n "__fish_dhow_using_subcommand build" -l authfile -d 'Path of the authentication file (default: podman\'s auth.json, then ~/.docker/config.json)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand build" -l creds -d 'Credentials USER[:PASSWORD] for the registry' -r
complete -c dhow -n "__fish_dhow_using_subcommand build" -l platform -d 'Platform OS/ARCH[/VARIANT] to pull (default: this machine\'s)' -r
complete -c dhow -n "__fish_dhow_using_subcommand build" -l arch -d 'Architecture to pull instead of this machine\'s' -r
complete -c dhow -n "__fish_dhow_using_subcommand build" -l os -d 'OS to pull instead of linux' -r
complete -c dhow -n "__fish_dhow_using_subcommand build" -l variant -d 'Architecture variant (e.g. v7 for arm)' -r
complete -c dhow -n "__fish_dhow_using_subcommand build" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand build" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand build" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand build" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand build" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand build" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand build" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand build" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand build" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand build" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand build" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand build" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand build" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand build" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand build" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand build" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand build" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand build" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand buildx; and not __fish_seen_subcommand_from build" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand buildx; and not __fish_seen_subcommand_from build" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand buildx; and not __fish_seen_subcommand_from build" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand buildx; and not __fish_seen_subcommand_from build" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand buildx; and not __fish_seen_subcommand_from build" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand buildx; and not __fish_seen_subcommand_from build" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand buildx; and not __fish_seen_subcommand_from build" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand buildx; and not __fish_seen_subcommand_from build" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand buildx; and not __fish_seen_subcommand_from build" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand buildx; and not __fish_seen_subcommand_from build" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand buildx; and not __fish_seen_subcommand_from build" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand buildx; and not __fish_seen_subcommand_from build" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand buildx; and not __fish_seen_subcommand_from build" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand buildx; and not __fish_seen_subcommand_from build" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand buildx; and not __fish_seen_subcommand_from build" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand buildx; and not __fish_seen_subcommand_from build" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand buildx; and not __fish_seen_subcommand_from build" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand buildx; and not __fish_seen_subcommand_from build" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand buildx; and not __fish_seen_subcommand_from build" -f -a "build" -d 'Build an image from a Containerfile or Dockerfile (same as dhow build)'
complete -c dhow -n "__fish_dhow_using_subcommand buildx; and __fish_seen_subcommand_from build" -s f -l file -d 'Name of the Dockerfile (default: CONTEXT/Containerfile or CONTEXT/Dockerfile; - reads stdin)' -r
complete -c dhow -n "__fish_dhow_using_subcommand buildx; and __fish_seen_subcommand_from build" -s t -l tag -d 'Name and optionally a tag (NAME[:TAG]) for the image (repeatable)' -r
complete -c dhow -n "__fish_dhow_using_subcommand buildx; and __fish_seen_subcommand_from build" -l build-arg -d 'Set a build-time variable (KEY=VALUE, or KEY to take it from the environment)' -r
complete -c dhow -n "__fish_dhow_using_subcommand buildx; and __fish_seen_subcommand_from build" -l target -d 'Build only up to this stage' -r
complete -c dhow -n "__fish_dhow_using_subcommand buildx; and __fish_seen_subcommand_from build" -l no-cache -d 'Do not use the build cache' -r
complete -c dhow -n "__fish_dhow_using_subcommand buildx; and __fish_seen_subcommand_from build" -l pull -d 'Pull base images: always (also a bare --pull), missing, never, newer' -r
complete -c dhow -n "__fish_dhow_using_subcommand buildx; and __fish_seen_subcommand_from build" -l pull-always -d 'Same as --pull=always' -r
complete -c dhow -n "__fish_dhow_using_subcommand buildx; and __fish_seen_subcommand_from build" -l pull-never -d 'Same as --pull=never: use only images already stored' -r
complete -c dhow -n "__fish_dhow_using_subcommand buildx; and __fish_seen_subcommand_from build" -l ignorefile -d 'Ignore file to use instead of the context\'s .containerignore or .dockerignore' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand buildx; and __fish_seen_subcommand_from build" -l runtime -d 'OCI runtime for RUN steps (accepted for podman compatibility; RUN steps use dhow\'s built-in runtime)' -r
complete -c dhow -n "__fish_dhow_using_subcommand buildx; and __fish_seen_subcommand_from build" -l ulimit -d 'Resource limits for RUN steps: NAME=SOFT[:HARD] (accepted for podman compatibility; RUN steps get docker\'s default limits)' -r
complete -c dhow -n "__fish_dhow_using_subcommand buildx; and __fish_seen_subcommand_from build" -l layers -d 'Cache and commit each step as its own layer (false: one layer per stage, no cache)' -r
complete -c dhow -n "__fish_dhow_using_subcommand buildx; and __fish_seen_subcommand_from build" -l squash -d 'Squash the layers each stage adds into one' -r
complete -c dhow -n "__fish_dhow_using_subcommand buildx; and __fish_seen_subcommand_from build" -l label -d 'Set a label on the image (KEY=VALUE, repeatable)' -r
complete -c dhow -n "__fish_dhow_using_subcommand buildx; and __fish_seen_subcommand_from build" -s q -l quiet -d 'Print only the image ID' -r
complete -c dhow -n "__fish_dhow_using_subcommand buildx; and __fish_seen_subcommand_from build" -l iidfile -d 'Write the image ID to this file' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand buildx; and __fish_seen_subcommand_from build" -l network -d 'Network for RUN: none (default: a private namespace with only loopback) or host' -r
complete -c dhow -n "__fish_dhow_using_subcommand buildx; and __fish_seen_subcommand_from build" -l tls-verify -d 'Require HTTPS and verify certificates (false allows plain HTTP and self-signed certificates)' -r
complete -c dhow -n "__fish_dhow_using_subcommand buildx; and __fish_seen_subcommand_from build" -l authfile -d 'Path of the authentication file (default: podman\'s auth.json, then ~/.docker/config.json)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand buildx; and __fish_seen_subcommand_from build" -l creds -d 'Credentials USER[:PASSWORD] for the registry' -r
complete -c dhow -n "__fish_dhow_using_subcommand buildx; and __fish_seen_subcommand_from build" -l platform -d 'Platform OS/ARCH[/VARIANT] to pull (default: this machine\'s)' -r
complete -c dhow -n "__fish_dhow_using_subcommand buildx; and __fish_seen_subcommand_from build" -l arch -d 'Architecture to pull instead of this machine\'s' -r
complete -c dhow -n "__fish_dhow_using_subcommand buildx; and __fish_seen_subcommand_from build" -l os -d 'OS to pull instead of linux' -r
complete -c dhow -n "__fish_dhow_using_subcommand buildx; and __fish_seen_subcommand_from build" -l variant -d 'Architecture variant (e.g. v7 for arm)' -r
complete -c dhow -n "__fish_dhow_using_subcommand buildx; and __fish_seen_subcommand_from build" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand buildx; and __fish_seen_subcommand_from build" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand buildx; and __fish_seen_subcommand_from build" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand buildx; and __fish_seen_subcommand_from build" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand buildx; and __fish_seen_subcommand_from build" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand buildx; and __fish_seen_subcommand_from build" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand buildx; and __fish_seen_subcommand_from build" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand buildx; and __fish_seen_subcommand_from build" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand buildx; and __fish_seen_subcommand_from build" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand buildx; and __fish_seen_subcommand_from build" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand buildx; and __fish_seen_subcommand_from build" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand buildx; and __fish_seen_subcommand_from build" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand buildx; and __fish_seen_subcommand_from build" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand buildx; and __fish_seen_subcommand_from build" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand buildx; and __fish_seen_subcommand_from build" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand buildx; and __fish_seen_subcommand_from build" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand buildx; and __fish_seen_subcommand_from build" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand buildx; and __fish_seen_subcommand_from build" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand push" -l tls-verify -d 'Require HTTPS and verify certificates (false allows plain HTTP and self-signed certificates)' -r
complete -c dhow -n "__fish_dhow_using_subcommand push" -l authfile -d 'Path of the authentication file (default: podman\'s auth.json, then ~/.docker/config.json)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand push" -l creds -d 'Credentials USER[:PASSWORD] for the registry' -r
complete -c dhow -n "__fish_dhow_using_subcommand push" -s f -l format -d 'Manifest format: oci or v2s2 (default: the image\'s own)' -r
complete -c dhow -n "__fish_dhow_using_subcommand push" -l compression-format -d 'Compression for layers that need compressing: gzip or zstd' -r
complete -c dhow -n "__fish_dhow_using_subcommand push" -l digestfile -d 'Write the digest of the pushed manifest to this file' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand push" -s q -l quiet -d 'Do not print progress' -r
complete -c dhow -n "__fish_dhow_using_subcommand push" -l remove-signatures -d 'Accepted for compatibility; dhow never copies signatures' -r
complete -c dhow -n "__fish_dhow_using_subcommand push" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand push" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand push" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand push" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand push" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand push" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand push" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand push" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand push" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand push" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand push" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand push" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand push" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand push" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand push" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand push" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand push" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand push" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand login" -s u -l username -d 'Username' -r
complete -c dhow -n "__fish_dhow_using_subcommand login" -s p -l password -d 'Password (insecure: it shows in the process list; prefer --password-stdin)' -r
complete -c dhow -n "__fish_dhow_using_subcommand login" -l password-stdin -d 'Read the password from standard input' -r
complete -c dhow -n "__fish_dhow_using_subcommand login" -l authfile -d 'Path of the authentication file (default: podman\'s auth.json)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand login" -l tls-verify -d 'Require HTTPS and verify certificates' -r
complete -c dhow -n "__fish_dhow_using_subcommand login" -l get-login -d 'Return the stored credentials\' user name instead of logging in' -r
complete -c dhow -n "__fish_dhow_using_subcommand login" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand login" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand login" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand login" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand login" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand login" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand login" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand login" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand login" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand login" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand login" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand login" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand login" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand login" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand login" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand login" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand login" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand login" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand logout" -s a -l all -d 'Remove the credentials of all registries' -r
complete -c dhow -n "__fish_dhow_using_subcommand logout" -l authfile -d 'Path of the authentication file (default: podman\'s auth.json)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand logout" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand logout" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand logout" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand logout" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand logout" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand logout" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand logout" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand logout" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand logout" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand logout" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand logout" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand logout" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand logout" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand logout" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand logout" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand logout" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand logout" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand logout" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand save" -s o -l output -d 'Write to a file (a directory for oci-dir) instead of standard output' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand save" -l format -d 'Archive format: docker-archive, oci-archive or oci-dir' -r
complete -c dhow -n "__fish_dhow_using_subcommand save" -s q -l quiet -d 'Accepted for compatibility (no progress is printed)' -r
complete -c dhow -n "__fish_dhow_using_subcommand save" -s m -l multi-image-archive -d 'Accepted for compatibility: several images always share one archive' -r
complete -c dhow -n "__fish_dhow_using_subcommand save" -l uncompressed -d 'Keep layers uncompressed in oci-dir output (accepted for podman compatibility; dhow writes the stored layers unchanged)' -r
complete -c dhow -n "__fish_dhow_using_subcommand save" -l compress -d 'Compress layers of directory formats (accepted for podman compatibility; dhow writes the stored layers unchanged)' -r
complete -c dhow -n "__fish_dhow_using_subcommand save" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand save" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand save" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand save" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand save" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand save" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand save" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand save" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand save" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand save" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand save" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand save" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand save" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand save" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand save" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand save" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand save" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand save" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand load" -s i -l input -d 'Read the archive from a file (or OCI layout directory) instead of standard input' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand load" -s q -l quiet -d 'Suppress progress output' -r
complete -c dhow -n "__fish_dhow_using_subcommand load" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand load" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand load" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand load" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand load" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand load" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand load" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand load" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand load" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand load" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand load" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand load" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand load" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand load" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand load" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand load" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand load" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand load" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand export" -s o -l output -d 'Write to a file instead of standard output' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand export" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand export" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand export" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand export" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand export" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand export" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand export" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand export" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand export" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand export" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand export" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand export" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand export" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand export" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand export" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand export" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand export" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand export" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand import" -s c -l change -d 'Apply a Dockerfile instruction to the image (CMD, ENTRYPOINT, ENV, EXPOSE, LABEL, USER, VOLUME, WORKDIR, STOPSIGNAL)' -r
complete -c dhow -n "__fish_dhow_using_subcommand import" -s m -l message -d 'Commit message for the imported image' -r
complete -c dhow -n "__fish_dhow_using_subcommand import" -l platform -d 'Platform OS/ARCH[/VARIANT] to record (default: this machine\'s)' -r
complete -c dhow -n "__fish_dhow_using_subcommand import" -s q -l quiet -d 'Do not print progress' -r
complete -c dhow -n "__fish_dhow_using_subcommand import" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand import" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand import" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand import" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand import" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand import" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand import" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand import" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand import" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand import" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand import" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand import" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand import" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand import" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand import" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand import" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand import" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand import" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand commit" -s a -l author -d 'Author (e.g. "Jane Doe <jane@example.com>")' -r
complete -c dhow -n "__fish_dhow_using_subcommand commit" -s m -l message -d 'Commit message' -r
complete -c dhow -n "__fish_dhow_using_subcommand commit" -s c -l change -d 'Apply a Dockerfile instruction to the image (CMD, ENTRYPOINT, ENV, EXPOSE, LABEL, USER, VOLUME, WORKDIR, STOPSIGNAL)' -r
complete -c dhow -n "__fish_dhow_using_subcommand commit" -s p -l pause -d 'Pause a running container while committing (default true, as in docker)' -r
complete -c dhow -n "__fish_dhow_using_subcommand commit" -s f -l format -d 'Image format: oci or docker' -r
complete -c dhow -n "__fish_dhow_using_subcommand commit" -s q -l quiet -d 'Do not print progress' -r
complete -c dhow -n "__fish_dhow_using_subcommand commit" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand commit" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand commit" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand commit" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand commit" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand commit" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand commit" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand commit" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand commit" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand commit" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand commit" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand commit" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand commit" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand commit" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand commit" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand commit" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand commit" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand commit" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand search" -l limit -d 'Maximum number of results per registry' -r
complete -c dhow -n "__fish_dhow_using_subcommand search" -s f -l filter -d 'Filter output by key=value (repeatable)' -r
complete -c dhow -n "__fish_dhow_using_subcommand search" -l format -d 'Format output with a Go template (\'{{.ID}}\', \'table {{.ID}}\\t{{.Size}}\') or \'json\'' -r
complete -c dhow -n "__fish_dhow_using_subcommand search" -l no-trunc -d 'Do not truncate descriptions' -r
complete -c dhow -n "__fish_dhow_using_subcommand search" -l tls-verify -d 'Require HTTPS and verify certificates' -r
complete -c dhow -n "__fish_dhow_using_subcommand search" -l authfile -d 'Path of the authentication file' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand search" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand search" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand search" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand search" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand search" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand search" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand search" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand search" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand search" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand search" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand search" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand search" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand search" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand search" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand search" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand search" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand search" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand search" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand images" -s a -l all -d 'Show all images (intermediate images included)' -r
complete -c dhow -n "__fish_dhow_using_subcommand images" -s q -l quiet -d 'Show only image IDs' -r
complete -c dhow -n "__fish_dhow_using_subcommand images" -l no-trunc -d 'Do not truncate output' -r
complete -c dhow -n "__fish_dhow_using_subcommand images" -l digests -d 'Show digests' -r
complete -c dhow -n "__fish_dhow_using_subcommand images" -s n -l noheading -d 'Do not print the header line' -r
complete -c dhow -n "__fish_dhow_using_subcommand images" -l sort -d 'Sort by created (newest first, the default), id, repository, size or tag' -r -f -a "created\t''
id\t''
repository\t''
size\t''
tag\t''"
complete -c dhow -n "__fish_dhow_using_subcommand images" -s f -l filter -d 'Filter output by key=value (repeatable)' -r
complete -c dhow -n "__fish_dhow_using_subcommand images" -l format -d 'Format output with a Go template (\'{{.ID}}\', \'table {{.ID}}\\t{{.Size}}\') or \'json\'' -r
complete -c dhow -n "__fish_dhow_using_subcommand images" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand images" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand images" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand images" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand images" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand images" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand images" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand images" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand images" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand images" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand images" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand images" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand images" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand images" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand images" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand images" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand images" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand images" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand inspect" -s l -l latest -d 'Inspect the most recently created container too' -r
complete -c dhow -n "__fish_dhow_using_subcommand inspect" -s f -l format -d 'Format the output with a Go template, e.g. \'{{.Config.Cmd}}\'' -r
complete -c dhow -n "__fish_dhow_using_subcommand inspect" -s t -l type -d 'Only inspect objects of this type' -r -f -a "image\t''
container\t''
all\t''"
complete -c dhow -n "__fish_dhow_using_subcommand inspect" -s s -l size -d 'Display total file sizes (containers: SizeRw and SizeRootFs)' -r
complete -c dhow -n "__fish_dhow_using_subcommand inspect" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand inspect" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand inspect" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand inspect" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand inspect" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand inspect" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand inspect" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand inspect" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand inspect" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand inspect" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand inspect" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand inspect" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand inspect" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand inspect" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand inspect" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand inspect" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand inspect" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand inspect" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand tag" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand tag" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand tag" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand tag" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand tag" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand tag" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand tag" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand tag" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand tag" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand tag" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand tag" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand tag" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand tag" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand tag" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand tag" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand tag" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand tag" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand tag" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand untag" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand untag" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand untag" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand untag" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand untag" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand untag" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand untag" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand untag" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand untag" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand untag" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand untag" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand untag" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand untag" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand untag" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand untag" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand untag" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand untag" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand untag" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand rmi" -s f -l force -d 'By ID: remove an image with several names (all of them go), or one a stopped container uses. By name: untag the last name even when a container uses the image (only that name goes while others remain)' -r
complete -c dhow -n "__fish_dhow_using_subcommand rmi" -s a -l all -d 'Remove all images' -r
complete -c dhow -n "__fish_dhow_using_subcommand rmi" -s i -l ignore -d 'Do not fail when an image does not exist' -r
complete -c dhow -n "__fish_dhow_using_subcommand rmi" -l no-prune -d 'Do not remove dangling parent images (accepted for podman compatibility: dhow images have no parent images)' -r
complete -c dhow -n "__fish_dhow_using_subcommand rmi" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand rmi" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand rmi" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand rmi" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand rmi" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand rmi" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand rmi" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand rmi" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand rmi" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand rmi" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand rmi" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand rmi" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand rmi" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand rmi" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand rmi" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand rmi" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand rmi" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand rmi" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand history" -s H -l human -d 'Print sizes and dates in a machine-friendly way' -r
complete -c dhow -n "__fish_dhow_using_subcommand history" -l no-trunc -d 'Do not truncate output' -r
complete -c dhow -n "__fish_dhow_using_subcommand history" -s q -l quiet -d 'Only show image IDs' -r
complete -c dhow -n "__fish_dhow_using_subcommand history" -l format -d 'Format output with a Go template (\'{{.ID}}\', \'table {{.ID}}\\t{{.Size}}\') or \'json\'' -r
complete -c dhow -n "__fish_dhow_using_subcommand history" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand history" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand history" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand history" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand history" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand history" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand history" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand history" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand history" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand history" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand history" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand history" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand history" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand history" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand history" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand history" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand history" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand history" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand image; and not __fish_seen_subcommand_from build pull ls list inspect tag untag rm remove prune history push save load import search exists" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and not __fish_seen_subcommand_from build pull ls list inspect tag untag rm remove prune history push save load import search exists" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and not __fish_seen_subcommand_from build pull ls list inspect tag untag rm remove prune history push save load import search exists" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand image; and not __fish_seen_subcommand_from build pull ls list inspect tag untag rm remove prune history push save load import search exists" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and not __fish_seen_subcommand_from build pull ls list inspect tag untag rm remove prune history push save load import search exists" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and not __fish_seen_subcommand_from build pull ls list inspect tag untag rm remove prune history push save load import search exists" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand image; and not __fish_seen_subcommand_from build pull ls list inspect tag untag rm remove prune history push save load import search exists" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand image; and not __fish_seen_subcommand_from build pull ls list inspect tag untag rm remove prune history push save load import search exists" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and not __fish_seen_subcommand_from build pull ls list inspect tag untag rm remove prune history push save load import search exists" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and not __fish_seen_subcommand_from build pull ls list inspect tag untag rm remove prune history push save load import search exists" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and not __fish_seen_subcommand_from build pull ls list inspect tag untag rm remove prune history push save load import search exists" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and not __fish_seen_subcommand_from build pull ls list inspect tag untag rm remove prune history push save load import search exists" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and not __fish_seen_subcommand_from build pull ls list inspect tag untag rm remove prune history push save load import search exists" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and not __fish_seen_subcommand_from build pull ls list inspect tag untag rm remove prune history push save load import search exists" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and not __fish_seen_subcommand_from build pull ls list inspect tag untag rm remove prune history push save load import search exists" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and not __fish_seen_subcommand_from build pull ls list inspect tag untag rm remove prune history push save load import search exists" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and not __fish_seen_subcommand_from build pull ls list inspect tag untag rm remove prune history push save load import search exists" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and not __fish_seen_subcommand_from build pull ls list inspect tag untag rm remove prune history push save load import search exists" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand image; and not __fish_seen_subcommand_from build pull ls list inspect tag untag rm remove prune history push save load import search exists" -f -a "build" -d 'Build an image from a Containerfile or Dockerfile'
complete -c dhow -n "__fish_dhow_using_subcommand image; and not __fish_seen_subcommand_from build pull ls list inspect tag untag rm remove prune history push save load import search exists" -f -a "pull" -d 'Pull an image from a registry'
complete -c dhow -n "__fish_dhow_using_subcommand image; and not __fish_seen_subcommand_from build pull ls list inspect tag untag rm remove prune history push save load import search exists" -f -a "ls" -d 'List images'
complete -c dhow -n "__fish_dhow_using_subcommand image; and not __fish_seen_subcommand_from build pull ls list inspect tag untag rm remove prune history push save load import search exists" -f -a "list" -d 'List images'
complete -c dhow -n "__fish_dhow_using_subcommand image; and not __fish_seen_subcommand_from build pull ls list inspect tag untag rm remove prune history push save load import search exists" -f -a "inspect" -d 'Display detailed information on one or more images'
complete -c dhow -n "__fish_dhow_using_subcommand image; and not __fish_seen_subcommand_from build pull ls list inspect tag untag rm remove prune history push save load import search exists" -f -a "tag" -d 'Add a name to an image'
complete -c dhow -n "__fish_dhow_using_subcommand image; and not __fish_seen_subcommand_from build pull ls list inspect tag untag rm remove prune history push save load import search exists" -f -a "untag" -d 'Remove names from an image'
complete -c dhow -n "__fish_dhow_using_subcommand image; and not __fish_seen_subcommand_from build pull ls list inspect tag untag rm remove prune history push save load import search exists" -f -a "rm" -d 'Remove one or more images'
complete -c dhow -n "__fish_dhow_using_subcommand image; and not __fish_seen_subcommand_from build pull ls list inspect tag untag rm remove prune history push save load import search exists" -f -a "remove" -d 'Remove one or more images'
complete -c dhow -n "__fish_dhow_using_subcommand image; and not __fish_seen_subcommand_from build pull ls list inspect tag untag rm remove prune history push save load import search exists" -f -a "prune" -d 'Remove unused images'
complete -c dhow -n "__fish_dhow_using_subcommand image; and not __fish_seen_subcommand_from build pull ls list inspect tag untag rm remove prune history push save load import search exists" -f -a "history" -d 'Show the history of an image'
complete -c dhow -n "__fish_dhow_using_subcommand image; and not __fish_seen_subcommand_from build pull ls list inspect tag untag rm remove prune history push save load import search exists" -f -a "push" -d 'Push an image to a registry'
complete -c dhow -n "__fish_dhow_using_subcommand image; and not __fish_seen_subcommand_from build pull ls list inspect tag untag rm remove prune history push save load import search exists" -f -a "save" -d 'Save images to an archive'
complete -c dhow -n "__fish_dhow_using_subcommand image; and not __fish_seen_subcommand_from build pull ls list inspect tag untag rm remove prune history push save load import search exists" -f -a "load" -d 'Load images from an archive'
complete -c dhow -n "__fish_dhow_using_subcommand image; and not __fish_seen_subcommand_from build pull ls list inspect tag untag rm remove prune history push save load import search exists" -f -a "import" -d 'Import a filesystem tarball as an image'
complete -c dhow -n "__fish_dhow_using_subcommand image; and not __fish_seen_subcommand_from build pull ls list inspect tag untag rm remove prune history push save load import search exists" -f -a "search" -d 'Search registries for images'
complete -c dhow -n "__fish_dhow_using_subcommand image; and not __fish_seen_subcommand_from build pull ls list inspect tag untag rm remove prune history push save load import search exists" -f -a "exists" -d 'Exit 0 if the image exists, 1 if not'
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from build" -s f -l file -d 'Name of the Dockerfile (default: CONTEXT/Containerfile or CONTEXT/Dockerfile; - reads stdin)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from build" -s t -l tag -d 'Name and optionally a tag (NAME[:TAG]) for the image (repeatable)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from build" -l build-arg -d 'Set a build-time variable (KEY=VALUE, or KEY to take it from the environment)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from build" -l target -d 'Build only up to this stage' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from build" -l no-cache -d 'Do not use the build cache' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from build" -l pull -d 'Pull base images: always (also a bare --pull), missing, never, newer' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from build" -l pull-always -d 'Same as --pull=always' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from build" -l pull-never -d 'Same as --pull=never: use only images already stored' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from build" -l ignorefile -d 'Ignore file to use instead of the context\'s .containerignore or .dockerignore' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from build" -l runtime -d 'OCI runtime for RUN steps (accepted for podman compatibility; RUN steps use dhow\'s built-in runtime)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from build" -l ulimit -d 'Resource limits for RUN steps: NAME=SOFT[:HARD] (accepted for podman compatibility; RUN steps get docker\'s default limits)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from build" -l layers -d 'Cache and commit each step as its own layer (false: one layer per stage, no cache)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from build" -l squash -d 'Squash the layers each stage adds into one' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from build" -l label -d 'Set a label on the image (KEY=VALUE, repeatable)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from build" -s q -l quiet -d 'Print only the image ID' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from build" -l iidfile -d 'Write the image ID to this file' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from build" -l network -d 'Network for RUN: none (default: a private namespace with only loopback) or host' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from build" -l tls-verify -d 'Require HTTPS and verify certificates (false allows plain HTTP and self-signed certificates)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from build" -l authfile -d 'Path of the authentication file (default: podman\'s auth.json, then ~/.docker/config.json)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from build" -l creds -d 'Credentials USER[:PASSWORD] for the registry' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from build" -l platform -d 'Platform OS/ARCH[/VARIANT] to pull (default: this machine\'s)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from build" -l arch -d 'Architecture to pull instead of this machine\'s' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from build" -l os -d 'OS to pull instead of linux' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from build" -l variant -d 'Architecture variant (e.g. v7 for arm)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from build" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from build" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from build" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from build" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from build" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from build" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from build" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from build" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from build" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from build" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from build" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from build" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from build" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from build" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from build" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from build" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from build" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from build" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from pull" -l tls-verify -d 'Require HTTPS and verify certificates (false allows plain HTTP and self-signed certificates)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from pull" -l authfile -d 'Path of the authentication file (default: podman\'s auth.json, then ~/.docker/config.json)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from pull" -l creds -d 'Credentials USER[:PASSWORD] for the registry' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from pull" -l platform -d 'Platform OS/ARCH[/VARIANT] to pull (default: this machine\'s)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from pull" -l arch -d 'Architecture to pull instead of this machine\'s' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from pull" -l os -d 'OS to pull instead of linux' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from pull" -l variant -d 'Architecture variant (e.g. v7 for arm)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from pull" -s a -l all-tags -d 'Pull all tagged images in the repository (not supported yet)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from pull" -s q -l quiet -d 'Print only the image ID' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from pull" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from pull" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from pull" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from pull" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from pull" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from pull" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from pull" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from pull" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from pull" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from pull" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from pull" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from pull" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from pull" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from pull" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from pull" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from pull" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from pull" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from pull" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from ls" -s a -l all -d 'Show all images (intermediate images included)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Show only image IDs' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from ls" -l no-trunc -d 'Do not truncate output' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from ls" -l digests -d 'Show digests' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from ls" -s n -l noheading -d 'Do not print the header line' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from ls" -l sort -d 'Sort by created (newest first, the default), id, repository, size or tag' -r -f -a "created\t''
id\t''
repository\t''
size\t''
tag\t''"
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from ls" -s f -l filter -d 'Filter output by key=value (repeatable)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from ls" -l format -d 'Format output with a Go template (\'{{.ID}}\', \'table {{.ID}}\\t{{.Size}}\') or \'json\'' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from ls" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from ls" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from ls" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from ls" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from ls" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from ls" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from ls" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from ls" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from ls" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from ls" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from ls" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from ls" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from ls" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from ls" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from ls" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from ls" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from ls" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from list" -s a -l all -d 'Show all images (intermediate images included)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Show only image IDs' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from list" -l no-trunc -d 'Do not truncate output' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from list" -l digests -d 'Show digests' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from list" -s n -l noheading -d 'Do not print the header line' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from list" -l sort -d 'Sort by created (newest first, the default), id, repository, size or tag' -r -f -a "created\t''
id\t''
repository\t''
size\t''
tag\t''"
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from list" -s f -l filter -d 'Filter output by key=value (repeatable)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from list" -l format -d 'Format output with a Go template (\'{{.ID}}\', \'table {{.ID}}\\t{{.Size}}\') or \'json\'' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from list" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from list" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from list" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from list" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from list" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from list" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from list" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from list" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from list" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from list" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from list" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from list" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from list" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from list" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from list" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from list" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from list" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Format the output with a Go template, e.g. \'{{.Config.Cmd}}\'' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from inspect" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from inspect" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from inspect" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from inspect" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from inspect" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from inspect" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from inspect" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from inspect" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from inspect" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from inspect" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from inspect" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from inspect" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from inspect" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from inspect" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from inspect" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from inspect" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from inspect" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from tag" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from tag" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from tag" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from tag" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from tag" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from tag" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from tag" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from tag" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from tag" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from tag" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from tag" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from tag" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from tag" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from tag" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from tag" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from tag" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from tag" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from tag" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from untag" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from untag" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from untag" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from untag" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from untag" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from untag" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from untag" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from untag" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from untag" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from untag" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from untag" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from untag" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from untag" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from untag" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from untag" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from untag" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from untag" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from untag" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from rm" -s f -l force -d 'By ID: remove an image with several names (all of them go), or one a stopped container uses. By name: untag the last name even when a container uses the image (only that name goes while others remain)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from rm" -s a -l all -d 'Remove all images' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from rm" -s i -l ignore -d 'Do not fail when an image does not exist' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from rm" -l no-prune -d 'Do not remove dangling parent images (accepted for podman compatibility: dhow images have no parent images)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from rm" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from rm" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from rm" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from rm" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from rm" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from rm" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from rm" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from rm" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from rm" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from rm" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from rm" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from rm" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from rm" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from rm" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from rm" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from rm" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from rm" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from remove" -s f -l force -d 'By ID: remove an image with several names (all of them go), or one a stopped container uses. By name: untag the last name even when a container uses the image (only that name goes while others remain)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from remove" -s a -l all -d 'Remove all images' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from remove" -s i -l ignore -d 'Do not fail when an image does not exist' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from remove" -l no-prune -d 'Do not remove dangling parent images (accepted for podman compatibility: dhow images have no parent images)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from remove" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from remove" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from remove" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from remove" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from remove" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from remove" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from remove" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from remove" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from remove" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from remove" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from remove" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from remove" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from remove" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from remove" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from remove" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from remove" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from remove" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from prune" -s a -l all -d 'Remove all images not used by containers, not just dangling ones' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not ask for confirmation (dhow never asks; accepted for compatibility)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from prune" -l filter -d 'Filter images to prune (until=, label=)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from prune" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from prune" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from prune" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from prune" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from prune" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from prune" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from prune" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from prune" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from prune" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from prune" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from prune" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from prune" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from prune" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from prune" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from prune" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from prune" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from prune" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from history" -s H -l human -d 'Print sizes and dates in a machine-friendly way' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from history" -l no-trunc -d 'Do not truncate output' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from history" -s q -l quiet -d 'Only show image IDs' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from history" -l format -d 'Format output with a Go template (\'{{.ID}}\', \'table {{.ID}}\\t{{.Size}}\') or \'json\'' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from history" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from history" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from history" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from history" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from history" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from history" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from history" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from history" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from history" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from history" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from history" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from history" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from history" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from history" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from history" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from history" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from history" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from push" -l tls-verify -d 'Require HTTPS and verify certificates (false allows plain HTTP and self-signed certificates)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from push" -l authfile -d 'Path of the authentication file (default: podman\'s auth.json, then ~/.docker/config.json)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from push" -l creds -d 'Credentials USER[:PASSWORD] for the registry' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from push" -s f -l format -d 'Manifest format: oci or v2s2 (default: the image\'s own)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from push" -l compression-format -d 'Compression for layers that need compressing: gzip or zstd' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from push" -l digestfile -d 'Write the digest of the pushed manifest to this file' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from push" -s q -l quiet -d 'Do not print progress' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from push" -l remove-signatures -d 'Accepted for compatibility; dhow never copies signatures' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from push" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from push" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from push" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from push" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from push" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from push" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from push" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from push" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from push" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from push" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from push" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from push" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from push" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from push" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from push" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from push" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from push" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from push" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from save" -s o -l output -d 'Write to a file (a directory for oci-dir) instead of standard output' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from save" -l format -d 'Archive format: docker-archive, oci-archive or oci-dir' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from save" -s q -l quiet -d 'Accepted for compatibility (no progress is printed)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from save" -s m -l multi-image-archive -d 'Accepted for compatibility: several images always share one archive' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from save" -l uncompressed -d 'Keep layers uncompressed in oci-dir output (accepted for podman compatibility; dhow writes the stored layers unchanged)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from save" -l compress -d 'Compress layers of directory formats (accepted for podman compatibility; dhow writes the stored layers unchanged)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from save" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from save" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from save" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from save" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from save" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from save" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from save" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from save" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from save" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from save" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from save" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from save" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from save" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from save" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from save" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from save" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from save" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from save" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from load" -s i -l input -d 'Read the archive from a file (or OCI layout directory) instead of standard input' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from load" -s q -l quiet -d 'Suppress progress output' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from load" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from load" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from load" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from load" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from load" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from load" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from load" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from load" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from load" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from load" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from load" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from load" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from load" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from load" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from load" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from load" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from load" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from load" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from import" -s c -l change -d 'Apply a Dockerfile instruction to the image (CMD, ENTRYPOINT, ENV, EXPOSE, LABEL, USER, VOLUME, WORKDIR, STOPSIGNAL)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from import" -s m -l message -d 'Commit message for the imported image' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from import" -l platform -d 'Platform OS/ARCH[/VARIANT] to record (default: this machine\'s)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Do not print progress' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from import" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from import" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from import" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from import" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from import" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from import" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from import" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from import" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from import" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from import" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from import" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from import" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from import" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from import" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from import" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from import" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from import" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from search" -l limit -d 'Maximum number of results per registry' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from search" -s f -l filter -d 'Filter output by key=value (repeatable)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from search" -l format -d 'Format output with a Go template (\'{{.ID}}\', \'table {{.ID}}\\t{{.Size}}\') or \'json\'' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from search" -l no-trunc -d 'Do not truncate descriptions' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from search" -l tls-verify -d 'Require HTTPS and verify certificates' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from search" -l authfile -d 'Path of the authentication file' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from search" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from search" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from search" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from search" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from search" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from search" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from search" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from search" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from search" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from search" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from search" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from search" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from search" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from search" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from search" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from search" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from search" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from search" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from exists" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from exists" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from exists" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from exists" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from exists" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from exists" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from exists" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from exists" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from exists" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from exists" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from exists" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from exists" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from exists" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from exists" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from exists" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from exists" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from exists" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from exists" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand version" -s f -l format -d 'Format output with a Go template (\'{{.ID}}\', \'table {{.ID}}\\t{{.Size}}\') or \'json\'' -r
complete -c dhow -n "__fish_dhow_using_subcommand version" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand version" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand version" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand version" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand version" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand version" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand version" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand version" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand version" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand version" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand version" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand version" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand version" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand version" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand version" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand version" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand version" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand version" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand info" -s f -l format -d 'Format output with a Go template (\'{{.ID}}\', \'table {{.ID}}\\t{{.Size}}\') or \'json\'' -r
complete -c dhow -n "__fish_dhow_using_subcommand info" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand info" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand info" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand info" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand info" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand info" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand info" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand info" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand info" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand info" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand info" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand info" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand info" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand info" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand info" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand info" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand info" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand info" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand doctor" -l format -d 'Format output with a Go template (\'{{.ID}}\', \'table {{.ID}}\\t{{.Size}}\') or \'json\'' -r
complete -c dhow -n "__fish_dhow_using_subcommand doctor" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand doctor" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand doctor" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand doctor" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand doctor" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand doctor" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand doctor" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand doctor" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand doctor" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand doctor" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand doctor" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand doctor" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand doctor" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand doctor" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand doctor" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand doctor" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand doctor" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand doctor" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand run" -s d -l detach -d 'Run in the background and print the container ID' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l sig-proxy -d 'Proxy received signals to the container (non-tty mode)' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l detach-keys -d 'Key sequence that detaches from the container' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l rmi -d 'Remove the container and then its image when the container exits (unless other containers use the image)' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l name -d 'Assign a name to the container' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -s e -l env -d 'Set environment variables (KEY=VALUE, or KEY to copy it from here)' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l env-file -d 'Read environment variables from a file' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand run" -l env-host -d 'Pass dhow\'s whole environment into the container (before -e and --env-file)' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l label-file -d 'Read labels (KEY=VALUE lines; # starts a comment) from a file' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand run" -s w -l workdir -d 'Working directory inside the container' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -s u -l user -d 'User to run as: NAME|UID[:GROUP|GID]' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l entrypoint -d 'Overwrite the image\'s ENTRYPOINT (\'\' clears it)' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -s h -l hostname -d 'Container host name' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -s l -l label -d 'Set metadata on the container (KEY=VALUE)' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -s t -l tty -d 'Allocate a pseudo-terminal' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -s i -l interactive -d 'Keep STDIN open' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l rm -d 'Remove the container when it exits' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l init -d 'Run a tiny init as PID 1 that forwards signals and reaps zombies' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l read-only -d 'Mount the container\'s root filesystem read-only' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l privileged -d 'Give the container every capability and no seccomp filter or masked paths' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l tmpfs -d 'Mount a tmpfs: PATH[:OPTIONS]' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -s v -l volume -d 'Bind mount or volume: /HOST:/CTR[:OPTS], NAME:/CTR[:OPTS] or /CTR (OPTS: ro, rw, z, Z, U, O, nocopy, propagation)' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l mount -d 'Attach a filesystem mount: type=bind|volume|tmpfs,source=..,target=..[,readonly]' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l volumes-from -d 'Mount the volumes of another container: CONTAINER[:ro|rw]' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l cap-add -d 'Add Linux capabilities' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l cap-drop -d 'Drop Linux capabilities' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l security-opt -d 'Security options: no-new-privileges, seccomp=unconfined, seccomp=FILE' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l ulimit -d 'Resource limits: NAME=SOFT[:HARD]' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l stop-signal -d 'Signal that stops the container (default: the image\'s, else SIGTERM)' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l stop-timeout -d 'Seconds to wait for the stop signal before SIGKILL (default 10)' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l restart -d 'Restart policy: no, on-failure[:N], always, unless-stopped' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l userns -d 'User namespace mode: keep-id' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l pull -d 'Pull policy: always, missing, never, newer' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l log-driver -d 'Logging driver: k8s-file, json-file, none' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l log-opt -d 'Logging driver options (max-size=SIZE)' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l cidfile -d 'Write the container ID to this file' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand run" -l runtime -d 'Path of an external OCI runtime (runc, crun) instead of the built-in one' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -s q -l quiet -d 'Suppress the pull progress output' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l pod -d 'Run the container in a pod: NAME, or new:NAME to create the pod' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l tls-verify -d 'Require HTTPS and verify certificates (false allows plain HTTP and self-signed certificates)' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l authfile -d 'Path of the authentication file (default: podman\'s auth.json, then ~/.docker/config.json)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand run" -l creds -d 'Credentials USER[:PASSWORD] for the registry' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l platform -d 'Platform OS/ARCH[/VARIANT] to pull (default: this machine\'s)' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l arch -d 'Architecture to pull instead of this machine\'s' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l os -d 'OS to pull instead of linux' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l variant -d 'Architecture variant (e.g. v7 for arm)' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l network -d 'Connect the container to a network: none, host, container:NAME, slirp4netns, pasta, or a network NAME (default: a private slirp4netns network)' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -s p -l publish -d 'Publish a container\'s port to the host: [IP:][HOSTPORT:]CTRPORT[/PROTO]' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -s P -l publish-all -d 'Publish all exposed ports to random free host ports' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l expose -d 'Expose a port or a range of ports: PORT[-PORT][/PROTO]' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l dns -d 'Set custom DNS servers' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l dns-search -d 'Set custom DNS search domains' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l add-host -d 'Add a custom host-to-IP mapping: NAME:IP (IP may be host-gateway)' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l ip -d 'IPv4 address on a user-defined network' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l network-alias -d 'Add a network-scoped alias for the container' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l dns-option -d 'Set custom DNS options (resolv.conf `options`, replacing the host\'s)' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l mac-address -d 'Container MAC address on its network (e.g. 92:d0:c6:0a:29:33)' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l no-hosts -d 'Do not create /etc/hosts for the container: the image\'s is used as it is' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -s m -l memory -d 'Memory limit (e.g. 512m, 2g; minimum 6m)' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l memory-reservation -d 'Memory soft limit' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l memory-swap -d 'Memory plus swap limit: BYTES, or -1 for unlimited swap (default: twice --memory)' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l cpus -d 'Number of CPUs (e.g. 1.5)' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -s c -l cpu-shares -d 'CPU shares (relative weight; default 1024)' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l cpu-period -d 'Limit the CPU CFS period (microseconds)' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l cpu-quota -d 'Limit the CPU CFS quota (microseconds per period; -1 unlimited)' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l cpuset-cpus -d 'CPUs in which to allow execution (0-3, 0,1)' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l cpuset-mems -d 'Memory nodes in which to allow execution (0-3, 0,1)' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l pids-limit -d 'Maximum number of processes (0 or -1: unlimited)' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l oom-score-adj -d 'Tune the host\'s OOM preferences for the container (-1000 to 1000)' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l cgroup-parent -d 'Cgroup you own under which the container\'s cgroup is created: absolute from each hierarchy\'s root, or relative to your own cgroup (v2: to your delegated subtree); default $DHOW_CGROUP_PARENT' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l cgroups -d 'Whether the container gets a cgroup: enabled or disabled' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l health-cmd -d 'Command to run to check health: a shell command, or a JSON array (["CMD","ARG"...])' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l health-interval -d 'Time between running the check (ms|s|m|h) (default 30s)' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l health-timeout -d 'Maximum time to allow one check to run (ms|s|m|h) (default 30s)' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l health-retries -d 'Consecutive failures needed to report unhealthy (default 3)' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l health-start-period -d 'Start period for the container to initialize before failures count (ms|s|m|h) (default 0s)' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l health-start-interval -d 'Time between running the check during the start period (ms|s|m|h) (default 5s)' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l no-healthcheck -d 'Disable any container-specified HEALTHCHECK' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l health-on-failure -d 'Action when the container turns unhealthy: none, kill, restart, stop' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l replace -d 'Remove an existing container of the same name first (stopping it if it runs)' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l sdnotify -d 'How a systemd service learns the container is ready: conmon (the monitor sends READY once it runs), container (the container gets NOTIFY_SOCKET), healthy (READY after the first healthy check), ignore' -r -f -a "conmon\t''
container\t''
healthy\t''
ignore\t''"
complete -c dhow -n "__fish_dhow_using_subcommand run" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand run" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand run" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand run" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand run" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand run" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand run" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand run" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand run" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand run" -l help -d 'Print help (-h is --hostname, as in docker)'
complete -c dhow -n "__fish_dhow_using_subcommand create" -l name -d 'Assign a name to the container' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -s e -l env -d 'Set environment variables (KEY=VALUE, or KEY to copy it from here)' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l env-file -d 'Read environment variables from a file' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand create" -l env-host -d 'Pass dhow\'s whole environment into the container (before -e and --env-file)' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l label-file -d 'Read labels (KEY=VALUE lines; # starts a comment) from a file' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand create" -s w -l workdir -d 'Working directory inside the container' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -s u -l user -d 'User to run as: NAME|UID[:GROUP|GID]' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l entrypoint -d 'Overwrite the image\'s ENTRYPOINT (\'\' clears it)' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -s h -l hostname -d 'Container host name' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -s l -l label -d 'Set metadata on the container (KEY=VALUE)' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -s t -l tty -d 'Allocate a pseudo-terminal' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -s i -l interactive -d 'Keep STDIN open' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l rm -d 'Remove the container when it exits' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l init -d 'Run a tiny init as PID 1 that forwards signals and reaps zombies' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l read-only -d 'Mount the container\'s root filesystem read-only' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l privileged -d 'Give the container every capability and no seccomp filter or masked paths' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l tmpfs -d 'Mount a tmpfs: PATH[:OPTIONS]' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -s v -l volume -d 'Bind mount or volume: /HOST:/CTR[:OPTS], NAME:/CTR[:OPTS] or /CTR (OPTS: ro, rw, z, Z, U, O, nocopy, propagation)' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l mount -d 'Attach a filesystem mount: type=bind|volume|tmpfs,source=..,target=..[,readonly]' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l volumes-from -d 'Mount the volumes of another container: CONTAINER[:ro|rw]' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l cap-add -d 'Add Linux capabilities' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l cap-drop -d 'Drop Linux capabilities' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l security-opt -d 'Security options: no-new-privileges, seccomp=unconfined, seccomp=FILE' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l ulimit -d 'Resource limits: NAME=SOFT[:HARD]' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l stop-signal -d 'Signal that stops the container (default: the image\'s, else SIGTERM)' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l stop-timeout -d 'Seconds to wait for the stop signal before SIGKILL (default 10)' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l restart -d 'Restart policy: no, on-failure[:N], always, unless-stopped' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l userns -d 'User namespace mode: keep-id' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l pull -d 'Pull policy: always, missing, never, newer' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l log-driver -d 'Logging driver: k8s-file, json-file, none' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l log-opt -d 'Logging driver options (max-size=SIZE)' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l cidfile -d 'Write the container ID to this file' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand create" -l runtime -d 'Path of an external OCI runtime (runc, crun) instead of the built-in one' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -s q -l quiet -d 'Suppress the pull progress output' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l pod -d 'Run the container in a pod: NAME, or new:NAME to create the pod' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l tls-verify -d 'Require HTTPS and verify certificates (false allows plain HTTP and self-signed certificates)' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l authfile -d 'Path of the authentication file (default: podman\'s auth.json, then ~/.docker/config.json)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand create" -l creds -d 'Credentials USER[:PASSWORD] for the registry' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l platform -d 'Platform OS/ARCH[/VARIANT] to pull (default: this machine\'s)' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l arch -d 'Architecture to pull instead of this machine\'s' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l os -d 'OS to pull instead of linux' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l variant -d 'Architecture variant (e.g. v7 for arm)' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l network -d 'Connect the container to a network: none, host, container:NAME, slirp4netns, pasta, or a network NAME (default: a private slirp4netns network)' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -s p -l publish -d 'Publish a container\'s port to the host: [IP:][HOSTPORT:]CTRPORT[/PROTO]' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -s P -l publish-all -d 'Publish all exposed ports to random free host ports' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l expose -d 'Expose a port or a range of ports: PORT[-PORT][/PROTO]' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l dns -d 'Set custom DNS servers' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l dns-search -d 'Set custom DNS search domains' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l add-host -d 'Add a custom host-to-IP mapping: NAME:IP (IP may be host-gateway)' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l ip -d 'IPv4 address on a user-defined network' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l network-alias -d 'Add a network-scoped alias for the container' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l dns-option -d 'Set custom DNS options (resolv.conf `options`, replacing the host\'s)' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l mac-address -d 'Container MAC address on its network (e.g. 92:d0:c6:0a:29:33)' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l no-hosts -d 'Do not create /etc/hosts for the container: the image\'s is used as it is' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -s m -l memory -d 'Memory limit (e.g. 512m, 2g; minimum 6m)' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l memory-reservation -d 'Memory soft limit' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l memory-swap -d 'Memory plus swap limit: BYTES, or -1 for unlimited swap (default: twice --memory)' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l cpus -d 'Number of CPUs (e.g. 1.5)' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -s c -l cpu-shares -d 'CPU shares (relative weight; default 1024)' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l cpu-period -d 'Limit the CPU CFS period (microseconds)' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l cpu-quota -d 'Limit the CPU CFS quota (microseconds per period; -1 unlimited)' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l cpuset-cpus -d 'CPUs in which to allow execution (0-3, 0,1)' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l cpuset-mems -d 'Memory nodes in which to allow execution (0-3, 0,1)' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l pids-limit -d 'Maximum number of processes (0 or -1: unlimited)' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l oom-score-adj -d 'Tune the host\'s OOM preferences for the container (-1000 to 1000)' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l cgroup-parent -d 'Cgroup you own under which the container\'s cgroup is created: absolute from each hierarchy\'s root, or relative to your own cgroup (v2: to your delegated subtree); default $DHOW_CGROUP_PARENT' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l cgroups -d 'Whether the container gets a cgroup: enabled or disabled' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l health-cmd -d 'Command to run to check health: a shell command, or a JSON array (["CMD","ARG"...])' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l health-interval -d 'Time between running the check (ms|s|m|h) (default 30s)' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l health-timeout -d 'Maximum time to allow one check to run (ms|s|m|h) (default 30s)' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l health-retries -d 'Consecutive failures needed to report unhealthy (default 3)' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l health-start-period -d 'Start period for the container to initialize before failures count (ms|s|m|h) (default 0s)' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l health-start-interval -d 'Time between running the check during the start period (ms|s|m|h) (default 5s)' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l no-healthcheck -d 'Disable any container-specified HEALTHCHECK' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l health-on-failure -d 'Action when the container turns unhealthy: none, kill, restart, stop' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l replace -d 'Remove an existing container of the same name first (stopping it if it runs)' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l sdnotify -d 'How a systemd service learns the container is ready: conmon (the monitor sends READY once it runs), container (the container gets NOTIFY_SOCKET), healthy (READY after the first healthy check), ignore' -r -f -a "conmon\t''
container\t''
healthy\t''
ignore\t''"
complete -c dhow -n "__fish_dhow_using_subcommand create" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand create" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand create" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand create" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand create" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand create" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand create" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand create" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand create" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand create" -l help -d 'Print help (-h is --hostname, as in docker)'
complete -c dhow -n "__fish_dhow_using_subcommand start" -s l -l latest -d 'The most recently created container' -r
complete -c dhow -n "__fish_dhow_using_subcommand start" -l cidfile -d 'Read the container ID from FILE (repeatable)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand start" -l filter -d 'Only the containers matching KEY=VALUE (ps\'s filters; repeatable)' -r
complete -c dhow -n "__fish_dhow_using_subcommand start" -s a -l attach -d 'Attach to the container\'s output and wait for it' -r
complete -c dhow -n "__fish_dhow_using_subcommand start" -s i -l interactive -d 'Attach the container\'s stdin' -r
complete -c dhow -n "__fish_dhow_using_subcommand start" -l detach-keys -d 'Key sequence that detaches from the container' -r
complete -c dhow -n "__fish_dhow_using_subcommand start" -l sig-proxy -d 'Proxy received signals to the container' -r
complete -c dhow -n "__fish_dhow_using_subcommand start" -l all -d 'Start all containers that are not running' -r
complete -c dhow -n "__fish_dhow_using_subcommand start" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand start" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand start" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand start" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand start" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand start" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand start" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand start" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand start" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand start" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand start" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand start" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand start" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand start" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand start" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand start" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand start" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand start" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand stop" -s l -l latest -d 'The most recently created container' -r
complete -c dhow -n "__fish_dhow_using_subcommand stop" -l cidfile -d 'Read the container ID from FILE (repeatable)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand stop" -l filter -d 'Only the containers matching KEY=VALUE (ps\'s filters; repeatable)' -r
complete -c dhow -n "__fish_dhow_using_subcommand stop" -s t -l time -l timeout -d 'Seconds to wait before killing the container' -r
complete -c dhow -n "__fish_dhow_using_subcommand stop" -s i -l ignore -d 'Ignore containers that do not exist' -r
complete -c dhow -n "__fish_dhow_using_subcommand stop" -s a -l all -d 'Stop all running containers' -r
complete -c dhow -n "__fish_dhow_using_subcommand stop" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand stop" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand stop" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand stop" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand stop" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand stop" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand stop" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand stop" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand stop" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand stop" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand stop" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand stop" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand stop" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand stop" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand stop" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand stop" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand stop" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand stop" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand kill" -s l -l latest -d 'The most recently created container' -r
complete -c dhow -n "__fish_dhow_using_subcommand kill" -l cidfile -d 'Read the container ID from FILE (repeatable)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand kill" -l filter -d 'Only the containers matching KEY=VALUE (ps\'s filters; repeatable)' -r
complete -c dhow -n "__fish_dhow_using_subcommand kill" -s s -l signal -d 'Signal to send' -r
complete -c dhow -n "__fish_dhow_using_subcommand kill" -s a -l all -d 'Kill all running containers' -r
complete -c dhow -n "__fish_dhow_using_subcommand kill" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand kill" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand kill" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand kill" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand kill" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand kill" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand kill" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand kill" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand kill" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand kill" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand kill" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand kill" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand kill" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand kill" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand kill" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand kill" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand kill" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand kill" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand restart" -s l -l latest -d 'The most recently created container' -r
complete -c dhow -n "__fish_dhow_using_subcommand restart" -l cidfile -d 'Read the container ID from FILE (repeatable)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand restart" -l filter -d 'Only the containers matching KEY=VALUE (ps\'s filters; repeatable)' -r
complete -c dhow -n "__fish_dhow_using_subcommand restart" -s t -l time -l timeout -d 'Seconds to wait before killing the container' -r
complete -c dhow -n "__fish_dhow_using_subcommand restart" -l running -d 'With --all, only the running containers' -r
complete -c dhow -n "__fish_dhow_using_subcommand restart" -s a -l all -d 'Restart all containers (with --running: the running ones)' -r
complete -c dhow -n "__fish_dhow_using_subcommand restart" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand restart" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand restart" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand restart" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand restart" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand restart" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand restart" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand restart" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand restart" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand restart" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand restart" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand restart" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand restart" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand restart" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand restart" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand restart" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand restart" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand restart" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand rm" -s l -l latest -d 'The most recently created container' -r
complete -c dhow -n "__fish_dhow_using_subcommand rm" -l cidfile -d 'Read the container ID from FILE (repeatable)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand rm" -l filter -d 'Only the containers matching KEY=VALUE (ps\'s filters; repeatable)' -r
complete -c dhow -n "__fish_dhow_using_subcommand rm" -s f -l force -d 'Force the removal of a running container (stopped with SIGKILL, or after --time)' -r
complete -c dhow -n "__fish_dhow_using_subcommand rm" -s t -l time -d 'With --force: seconds to wait for the stop signal before killing a running container (default: kill at once)' -r
complete -c dhow -n "__fish_dhow_using_subcommand rm" -s v -l volumes -d 'Remove anonymous volumes of the container' -r
complete -c dhow -n "__fish_dhow_using_subcommand rm" -s i -l ignore -d 'Ignore containers that do not exist' -r
complete -c dhow -n "__fish_dhow_using_subcommand rm" -s a -l all -d 'Remove all containers' -r
complete -c dhow -n "__fish_dhow_using_subcommand rm" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand rm" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand rm" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand rm" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand rm" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand rm" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand rm" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand rm" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand rm" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand rm" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand rm" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand rm" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand rm" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand rm" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand rm" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand rm" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand rm" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand rm" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand wait" -s l -l latest -d 'The most recently created container' -r
complete -c dhow -n "__fish_dhow_using_subcommand wait" -l cidfile -d 'Read the container ID from FILE (repeatable)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand wait" -l filter -d 'Only the containers matching KEY=VALUE (ps\'s filters; repeatable)' -r
complete -c dhow -n "__fish_dhow_using_subcommand wait" -l condition -d 'State to wait for: stopped or exited (default; prints the exit code), created, running, paused, healthy, unhealthy (print -1 as podman); repeatable, any of them ends the wait' -r -f -a "stopped\t''
exited\t''
created\t''
running\t''
paused\t''
healthy\t''
unhealthy\t''"
complete -c dhow -n "__fish_dhow_using_subcommand wait" -s i -l interval -d 'How often to check the state for a --condition other than stopped, e.g. 250ms or 1s' -r
complete -c dhow -n "__fish_dhow_using_subcommand wait" -l ignore -d 'Ignore containers that do not exist' -r
complete -c dhow -n "__fish_dhow_using_subcommand wait" -s a -l all -d 'Wait for all containers' -r
complete -c dhow -n "__fish_dhow_using_subcommand wait" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand wait" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand wait" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand wait" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand wait" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand wait" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand wait" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand wait" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand wait" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand wait" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand wait" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand wait" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand wait" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand wait" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand wait" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand wait" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand wait" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand wait" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand init" -s l -l latest -d 'The most recently created container' -r
complete -c dhow -n "__fish_dhow_using_subcommand init" -l cidfile -d 'Read the container ID from FILE (repeatable)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand init" -l filter -d 'Only the containers matching KEY=VALUE (ps\'s filters; repeatable)' -r
complete -c dhow -n "__fish_dhow_using_subcommand init" -s a -l all -d 'All containers that are not running' -r
complete -c dhow -n "__fish_dhow_using_subcommand init" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand init" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand init" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand init" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand init" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand init" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand init" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand init" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand init" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand init" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand init" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand init" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand init" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand init" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand init" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand init" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand init" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand init" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand ps" -s a -l all -d 'Show all containers (default shows just running)' -r
complete -c dhow -n "__fish_dhow_using_subcommand ps" -s q -l quiet -d 'Only display container IDs' -r
complete -c dhow -n "__fish_dhow_using_subcommand ps" -s l -l latest -d 'Show the latest created container (includes all states)' -r
complete -c dhow -n "__fish_dhow_using_subcommand ps" -s n -l last -d 'Show n last created containers (includes all states)' -r
complete -c dhow -n "__fish_dhow_using_subcommand ps" -l no-trunc -d 'Don\'t truncate output' -r
complete -c dhow -n "__fish_dhow_using_subcommand ps" -s s -l size -d 'Display total file sizes' -r
complete -c dhow -n "__fish_dhow_using_subcommand ps" -l noheading -d 'Do not print the header line' -r
complete -c dhow -n "__fish_dhow_using_subcommand ps" -l sort -d 'Sort by command, created (newest first, the default), id, image, names, runningfor, size or status' -r -f -a "command\t''
created\t''
id\t''
image\t''
names\t''
runningfor\t''
size\t''
status\t''"
complete -c dhow -n "__fish_dhow_using_subcommand ps" -l pod -d 'Show the pod of each container (POD ID and PODNAME columns)' -r
complete -c dhow -n "__fish_dhow_using_subcommand ps" -l external -d 'Show containers of other tools too (accepted for podman compatibility: dhow has no such containers to add)' -r
complete -c dhow -n "__fish_dhow_using_subcommand ps" -s f -l filter -d 'Filter output by key=value (repeatable)' -r
complete -c dhow -n "__fish_dhow_using_subcommand ps" -l format -d 'Format output with a Go template (\'{{.ID}}\', \'table {{.ID}}\\t{{.Size}}\') or \'json\'' -r
complete -c dhow -n "__fish_dhow_using_subcommand ps" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand ps" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand ps" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand ps" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand ps" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand ps" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand ps" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand ps" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand ps" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand ps" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand ps" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand ps" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand ps" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand ps" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand ps" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand ps" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand ps" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand ps" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand logs" -s l -l latest -d 'The most recently created container' -r
complete -c dhow -n "__fish_dhow_using_subcommand logs" -s n -l names -d 'With several containers, start each line with the container\'s name instead of its ID' -r
complete -c dhow -n "__fish_dhow_using_subcommand logs" -l color -d 'Color the prefixes of several containers (accepted for podman compatibility; dhow prints no colors)' -r
complete -c dhow -n "__fish_dhow_using_subcommand logs" -s f -l follow -d 'Follow log output until the container stops' -r
complete -c dhow -n "__fish_dhow_using_subcommand logs" -s t -l timestamps -d 'Show timestamps' -r
complete -c dhow -n "__fish_dhow_using_subcommand logs" -l tail -d 'Number of lines to show from the end of the logs ("all" for every line; -n is podman\'s --names)' -r
complete -c dhow -n "__fish_dhow_using_subcommand logs" -l since -d 'Show logs since a timestamp (2024-01-02T15:04:05Z) or relative time (10m)' -r
complete -c dhow -n "__fish_dhow_using_subcommand logs" -l until -d 'Show logs before a timestamp (2024-01-02T15:04:05Z) or relative time (10m)' -r
complete -c dhow -n "__fish_dhow_using_subcommand logs" -l details -d 'Show extra details (accepted for compatibility; there are none)' -r
complete -c dhow -n "__fish_dhow_using_subcommand logs" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand logs" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand logs" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand logs" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand logs" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand logs" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand logs" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand logs" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand logs" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand logs" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand logs" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand logs" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand logs" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand logs" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand logs" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand logs" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand logs" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand logs" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand rename" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand rename" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand rename" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand rename" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand rename" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand rename" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand rename" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand rename" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand rename" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand rename" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand rename" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand rename" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand rename" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand rename" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand rename" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand rename" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand rename" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand rename" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand exec" -s d -l detach -d 'Detached mode: run the command in the background' -r
complete -c dhow -n "__fish_dhow_using_subcommand exec" -s i -l interactive -d 'Keep STDIN open' -r
complete -c dhow -n "__fish_dhow_using_subcommand exec" -s t -l tty -d 'Allocate a pseudo-terminal' -r
complete -c dhow -n "__fish_dhow_using_subcommand exec" -s e -l env -d 'Set environment variables (KEY=VALUE, or KEY to copy it from here)' -r
complete -c dhow -n "__fish_dhow_using_subcommand exec" -l env-file -d 'Read environment variables from a file' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand exec" -s u -l user -d 'User to run as: NAME|UID[:GROUP|GID]' -r
complete -c dhow -n "__fish_dhow_using_subcommand exec" -s w -l workdir -d 'Working directory inside the container' -r
complete -c dhow -n "__fish_dhow_using_subcommand exec" -l privileged -d 'Give extended privileges (every capability) to the command' -r
complete -c dhow -n "__fish_dhow_using_subcommand exec" -l detach-keys -d 'Key sequence that detaches from the command (with -it)' -r
complete -c dhow -n "__fish_dhow_using_subcommand exec" -s l -l latest -d 'Run in the most recently created container (the first word is then the command)' -r
complete -c dhow -n "__fish_dhow_using_subcommand exec" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand exec" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand exec" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand exec" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand exec" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand exec" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand exec" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand exec" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand exec" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand exec" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand exec" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand exec" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand exec" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand exec" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand exec" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand exec" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand exec" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand exec" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand attach" -l no-stdin -d 'Do not attach STDIN' -r
complete -c dhow -n "__fish_dhow_using_subcommand attach" -l sig-proxy -d 'Proxy received signals to the container (non-tty mode)' -r
complete -c dhow -n "__fish_dhow_using_subcommand attach" -l detach-keys -d 'Key sequence that detaches from the container' -r
complete -c dhow -n "__fish_dhow_using_subcommand attach" -s l -l latest -d 'The most recently created container' -r
complete -c dhow -n "__fish_dhow_using_subcommand attach" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand attach" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand attach" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand attach" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand attach" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand attach" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand attach" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand attach" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand attach" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand attach" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand attach" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand attach" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand attach" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand attach" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand attach" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand attach" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand attach" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand attach" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand top" -s l -l latest -d 'The most recently created container (the first word is then a ps option)' -r
complete -c dhow -n "__fish_dhow_using_subcommand top" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand top" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand top" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand top" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand top" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand top" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand top" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand top" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand top" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand top" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand top" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand top" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand top" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand top" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand top" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand top" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand top" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand top" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand pause" -s l -l latest -d 'The most recently created container' -r
complete -c dhow -n "__fish_dhow_using_subcommand pause" -l cidfile -d 'Read the container ID from FILE (repeatable)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pause" -l filter -d 'Only the containers matching KEY=VALUE (ps\'s filters; repeatable)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pause" -s a -l all -d 'All running containers (pause) or all paused ones (unpause)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pause" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pause" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pause" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand pause" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand pause" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pause" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand pause" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand pause" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pause" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand pause" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pause" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pause" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pause" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pause" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pause" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pause" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pause" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pause" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand unpause" -s l -l latest -d 'The most recently created container' -r
complete -c dhow -n "__fish_dhow_using_subcommand unpause" -l cidfile -d 'Read the container ID from FILE (repeatable)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand unpause" -l filter -d 'Only the containers matching KEY=VALUE (ps\'s filters; repeatable)' -r
complete -c dhow -n "__fish_dhow_using_subcommand unpause" -s a -l all -d 'All running containers (pause) or all paused ones (unpause)' -r
complete -c dhow -n "__fish_dhow_using_subcommand unpause" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand unpause" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand unpause" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand unpause" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand unpause" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand unpause" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand unpause" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand unpause" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand unpause" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand unpause" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand unpause" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand unpause" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand unpause" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand unpause" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand unpause" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand unpause" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand unpause" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand unpause" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand port" -s l -l latest -d 'The most recently created container (the first word is then the port)' -r
complete -c dhow -n "__fish_dhow_using_subcommand port" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand port" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand port" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand port" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand port" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand port" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand port" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand port" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand port" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand port" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand port" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand port" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand port" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand port" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand port" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand port" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand port" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand port" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand update" -l restart -d 'Restart policy to apply when the container exits (no, always, on-failure[:N], unless-stopped)' -r
complete -c dhow -n "__fish_dhow_using_subcommand update" -s m -l memory -d 'Memory limit (e.g. 512m, 2g; minimum 6m)' -r
complete -c dhow -n "__fish_dhow_using_subcommand update" -l memory-reservation -d 'Memory soft limit' -r
complete -c dhow -n "__fish_dhow_using_subcommand update" -l memory-swap -d 'Memory plus swap limit: BYTES, or -1 for unlimited swap (default: twice --memory)' -r
complete -c dhow -n "__fish_dhow_using_subcommand update" -l cpus -d 'Number of CPUs (e.g. 1.5)' -r
complete -c dhow -n "__fish_dhow_using_subcommand update" -s c -l cpu-shares -d 'CPU shares (relative weight; default 1024)' -r
complete -c dhow -n "__fish_dhow_using_subcommand update" -l cpu-period -d 'Limit the CPU CFS period (microseconds)' -r
complete -c dhow -n "__fish_dhow_using_subcommand update" -l cpu-quota -d 'Limit the CPU CFS quota (microseconds per period; -1 unlimited)' -r
complete -c dhow -n "__fish_dhow_using_subcommand update" -l cpuset-cpus -d 'CPUs in which to allow execution (0-3, 0,1)' -r
complete -c dhow -n "__fish_dhow_using_subcommand update" -l cpuset-mems -d 'Memory nodes in which to allow execution (0-3, 0,1)' -r
complete -c dhow -n "__fish_dhow_using_subcommand update" -l pids-limit -d 'Maximum number of processes (0 or -1: unlimited)' -r
complete -c dhow -n "__fish_dhow_using_subcommand update" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand update" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand update" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand update" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand update" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand update" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand update" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand update" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand update" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand update" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand update" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand update" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand update" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand update" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand update" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand update" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand update" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand update" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand cp" -s a -l archive -d 'Archive mode (copy all uid/gid information)' -r
complete -c dhow -n "__fish_dhow_using_subcommand cp" -s L -l follow-link -d 'Always follow symbol link in SRC_PATH' -r
complete -c dhow -n "__fish_dhow_using_subcommand cp" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand cp" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand cp" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand cp" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand cp" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand cp" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand cp" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand cp" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand cp" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand cp" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand cp" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand cp" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand cp" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand cp" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand cp" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand cp" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand cp" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand cp" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand diff" -s l -l latest -d 'The most recently created container' -r
complete -c dhow -n "__fish_dhow_using_subcommand diff" -l format -d 'Format output with a Go template (\'{{.ID}}\', \'table {{.ID}}\\t{{.Size}}\') or \'json\'' -r
complete -c dhow -n "__fish_dhow_using_subcommand diff" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand diff" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand diff" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand diff" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand diff" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand diff" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand diff" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand diff" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand diff" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand diff" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand diff" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand diff" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand diff" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand diff" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand diff" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand diff" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand diff" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand diff" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand stats" -s a -l all -d 'Show all containers (default shows just running)' -r
complete -c dhow -n "__fish_dhow_using_subcommand stats" -l no-stream -d 'Disable streaming stats and only pull the first result' -r
complete -c dhow -n "__fish_dhow_using_subcommand stats" -l no-trunc -d 'Do not truncate output' -r
complete -c dhow -n "__fish_dhow_using_subcommand stats" -l format -d 'Format output with a Go template (\'{{.ID}}\', \'table {{.ID}}\\t{{.Size}}\') or \'json\'' -r
complete -c dhow -n "__fish_dhow_using_subcommand stats" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand stats" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand stats" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand stats" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand stats" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand stats" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand stats" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand stats" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand stats" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand stats" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand stats" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand stats" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand stats" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand stats" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand stats" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand stats" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand stats" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand stats" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand events" -l since -d 'Show all events created since timestamp (or duration, e.g. 10m)' -r
complete -c dhow -n "__fish_dhow_using_subcommand events" -l until -d 'Stream events until this timestamp (or duration); without it, follow live events' -r
complete -c dhow -n "__fish_dhow_using_subcommand events" -s f -l filter -d 'Filter output by key=value (repeatable)' -r
complete -c dhow -n "__fish_dhow_using_subcommand events" -l format -d 'Format the output with \'json\' or a Go template (\'{{.Status}} {{.Name}}\')' -r
complete -c dhow -n "__fish_dhow_using_subcommand events" -l stream -d 'Keep following new events (--stream=false: print the past ones and exit)' -r
complete -c dhow -n "__fish_dhow_using_subcommand events" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand events" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand events" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand events" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand events" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand events" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand events" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand events" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand events" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand events" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand events" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand events" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand events" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand events" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand events" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand events" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand events" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand events" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand healthcheck; and not __fish_seen_subcommand_from run" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand healthcheck; and not __fish_seen_subcommand_from run" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand healthcheck; and not __fish_seen_subcommand_from run" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand healthcheck; and not __fish_seen_subcommand_from run" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand healthcheck; and not __fish_seen_subcommand_from run" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand healthcheck; and not __fish_seen_subcommand_from run" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand healthcheck; and not __fish_seen_subcommand_from run" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand healthcheck; and not __fish_seen_subcommand_from run" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand healthcheck; and not __fish_seen_subcommand_from run" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand healthcheck; and not __fish_seen_subcommand_from run" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand healthcheck; and not __fish_seen_subcommand_from run" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand healthcheck; and not __fish_seen_subcommand_from run" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand healthcheck; and not __fish_seen_subcommand_from run" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand healthcheck; and not __fish_seen_subcommand_from run" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand healthcheck; and not __fish_seen_subcommand_from run" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand healthcheck; and not __fish_seen_subcommand_from run" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand healthcheck; and not __fish_seen_subcommand_from run" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand healthcheck; and not __fish_seen_subcommand_from run" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand healthcheck; and not __fish_seen_subcommand_from run" -f -a "run" -d 'Run a container\'s health check now: exit 0 when healthy, 1 when not'
complete -c dhow -n "__fish_dhow_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand unshare" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand unshare" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand unshare" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand unshare" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand unshare" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand unshare" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand unshare" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand unshare" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand unshare" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand unshare" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand unshare" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand unshare" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand unshare" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand unshare" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand unshare" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand unshare" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand unshare" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand unshare" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait cleanup exists init ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait cleanup exists init ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait cleanup exists init ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait cleanup exists init ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait cleanup exists init ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait cleanup exists init ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait cleanup exists init ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait cleanup exists init ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait cleanup exists init ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait cleanup exists init ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait cleanup exists init ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait cleanup exists init ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait cleanup exists init ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait cleanup exists init ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait cleanup exists init ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait cleanup exists init ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait cleanup exists init ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait cleanup exists init ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait cleanup exists init ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -f -a "create" -d 'Create a new container'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait cleanup exists init ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -f -a "run" -d 'Run a command in a new container'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait cleanup exists init ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -f -a "start" -d 'Start one or more stopped containers'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait cleanup exists init ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -f -a "stop" -d 'Stop one or more running containers'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait cleanup exists init ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -f -a "kill" -d 'Kill one or more running containers with a signal'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait cleanup exists init ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -f -a "restart" -d 'Restart one or more containers'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait cleanup exists init ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -f -a "rm" -d 'Remove one or more containers'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait cleanup exists init ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -f -a "remove" -d 'Remove one or more containers'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait cleanup exists init ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -f -a "wait" -d 'Block until containers stop, then print their exit codes'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait cleanup exists init ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -f -a "cleanup" -d 'Clean up after stopped containers (dhow\'s monitors already did; --rm removes them)'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait cleanup exists init ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -f -a "exists" -d 'Exit 0 if the container exists, 1 if not'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait cleanup exists init ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -f -a "init" -d 'Initialize containers without starting them (dhow prepares a container when it starts: this checks it is not running)'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait cleanup exists init ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -f -a "ls" -d 'List containers'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait cleanup exists init ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -f -a "ps" -d 'List containers'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait cleanup exists init ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -f -a "list" -d 'List containers'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait cleanup exists init ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -f -a "logs" -d 'Fetch the logs of a container'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait cleanup exists init ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -f -a "inspect" -d 'Display detailed information on one or more containers'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait cleanup exists init ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -f -a "rename" -d 'Rename a container'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait cleanup exists init ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -f -a "cp" -d 'Copy files/folders between a container and the local filesystem'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait cleanup exists init ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -f -a "diff" -d 'Inspect changes to files or directories on a container\'s filesystem'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait cleanup exists init ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -f -a "stats" -d 'Display a live stream of container(s) resource usage statistics'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait cleanup exists init ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -f -a "prune" -d 'Remove all stopped containers'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait cleanup exists init ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -f -a "exec" -d 'Run a command in a running container'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait cleanup exists init ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -f -a "attach" -d 'Attach local standard input, output, and error streams to a running container'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait cleanup exists init ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -f -a "top" -d 'Display the running processes of a container'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait cleanup exists init ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -f -a "pause" -d 'Pause all processes within one or more containers'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait cleanup exists init ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -f -a "unpause" -d 'Unpause all processes within one or more containers'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait cleanup exists init ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -f -a "port" -d 'List port mappings or a specific mapping for the container'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait cleanup exists init ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -f -a "update" -d 'Update configuration of one or more containers'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait cleanup exists init ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -f -a "commit" -d 'Create a new image from a container\'s changes'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait cleanup exists init ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -f -a "export" -d 'Export a container\'s filesystem as a tar archive'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l name -d 'Assign a name to the container' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -s e -l env -d 'Set environment variables (KEY=VALUE, or KEY to copy it from here)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l env-file -d 'Read environment variables from a file' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l env-host -d 'Pass dhow\'s whole environment into the container (before -e and --env-file)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l label-file -d 'Read labels (KEY=VALUE lines; # starts a comment) from a file' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -s w -l workdir -d 'Working directory inside the container' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -s u -l user -d 'User to run as: NAME|UID[:GROUP|GID]' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l entrypoint -d 'Overwrite the image\'s ENTRYPOINT (\'\' clears it)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -s h -l hostname -d 'Container host name' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -s l -l label -d 'Set metadata on the container (KEY=VALUE)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -s t -l tty -d 'Allocate a pseudo-terminal' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -s i -l interactive -d 'Keep STDIN open' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l rm -d 'Remove the container when it exits' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l init -d 'Run a tiny init as PID 1 that forwards signals and reaps zombies' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l read-only -d 'Mount the container\'s root filesystem read-only' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l privileged -d 'Give the container every capability and no seccomp filter or masked paths' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l tmpfs -d 'Mount a tmpfs: PATH[:OPTIONS]' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -s v -l volume -d 'Bind mount or volume: /HOST:/CTR[:OPTS], NAME:/CTR[:OPTS] or /CTR (OPTS: ro, rw, z, Z, U, O, nocopy, propagation)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l mount -d 'Attach a filesystem mount: type=bind|volume|tmpfs,source=..,target=..[,readonly]' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l volumes-from -d 'Mount the volumes of another container: CONTAINER[:ro|rw]' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l cap-add -d 'Add Linux capabilities' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l cap-drop -d 'Drop Linux capabilities' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l security-opt -d 'Security options: no-new-privileges, seccomp=unconfined, seccomp=FILE' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l ulimit -d 'Resource limits: NAME=SOFT[:HARD]' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l stop-signal -d 'Signal that stops the container (default: the image\'s, else SIGTERM)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l stop-timeout -d 'Seconds to wait for the stop signal before SIGKILL (default 10)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l restart -d 'Restart policy: no, on-failure[:N], always, unless-stopped' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l userns -d 'User namespace mode: keep-id' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l pull -d 'Pull policy: always, missing, never, newer' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l log-driver -d 'Logging driver: k8s-file, json-file, none' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l log-opt -d 'Logging driver options (max-size=SIZE)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l cidfile -d 'Write the container ID to this file' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l runtime -d 'Path of an external OCI runtime (runc, crun) instead of the built-in one' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Suppress the pull progress output' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l pod -d 'Run the container in a pod: NAME, or new:NAME to create the pod' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l tls-verify -d 'Require HTTPS and verify certificates (false allows plain HTTP and self-signed certificates)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l authfile -d 'Path of the authentication file (default: podman\'s auth.json, then ~/.docker/config.json)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l creds -d 'Credentials USER[:PASSWORD] for the registry' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l platform -d 'Platform OS/ARCH[/VARIANT] to pull (default: this machine\'s)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l arch -d 'Architecture to pull instead of this machine\'s' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l os -d 'OS to pull instead of linux' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l variant -d 'Architecture variant (e.g. v7 for arm)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l network -d 'Connect the container to a network: none, host, container:NAME, slirp4netns, pasta, or a network NAME (default: a private slirp4netns network)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -s p -l publish -d 'Publish a container\'s port to the host: [IP:][HOSTPORT:]CTRPORT[/PROTO]' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -s P -l publish-all -d 'Publish all exposed ports to random free host ports' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l expose -d 'Expose a port or a range of ports: PORT[-PORT][/PROTO]' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l dns -d 'Set custom DNS servers' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l dns-search -d 'Set custom DNS search domains' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l add-host -d 'Add a custom host-to-IP mapping: NAME:IP (IP may be host-gateway)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l ip -d 'IPv4 address on a user-defined network' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l network-alias -d 'Add a network-scoped alias for the container' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l dns-option -d 'Set custom DNS options (resolv.conf `options`, replacing the host\'s)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l mac-address -d 'Container MAC address on its network (e.g. 92:d0:c6:0a:29:33)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l no-hosts -d 'Do not create /etc/hosts for the container: the image\'s is used as it is' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -s m -l memory -d 'Memory limit (e.g. 512m, 2g; minimum 6m)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l memory-reservation -d 'Memory soft limit' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l memory-swap -d 'Memory plus swap limit: BYTES, or -1 for unlimited swap (default: twice --memory)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l cpus -d 'Number of CPUs (e.g. 1.5)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -s c -l cpu-shares -d 'CPU shares (relative weight; default 1024)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l cpu-period -d 'Limit the CPU CFS period (microseconds)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l cpu-quota -d 'Limit the CPU CFS quota (microseconds per period; -1 unlimited)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l cpuset-cpus -d 'CPUs in which to allow execution (0-3, 0,1)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l cpuset-mems -d 'Memory nodes in which to allow execution (0-3, 0,1)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l pids-limit -d 'Maximum number of processes (0 or -1: unlimited)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l oom-score-adj -d 'Tune the host\'s OOM preferences for the container (-1000 to 1000)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l cgroup-parent -d 'Cgroup you own under which the container\'s cgroup is created: absolute from each hierarchy\'s root, or relative to your own cgroup (v2: to your delegated subtree); default $DHOW_CGROUP_PARENT' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l cgroups -d 'Whether the container gets a cgroup: enabled or disabled' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l health-cmd -d 'Command to run to check health: a shell command, or a JSON array (["CMD","ARG"...])' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l health-interval -d 'Time between running the check (ms|s|m|h) (default 30s)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l health-timeout -d 'Maximum time to allow one check to run (ms|s|m|h) (default 30s)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l health-retries -d 'Consecutive failures needed to report unhealthy (default 3)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l health-start-period -d 'Start period for the container to initialize before failures count (ms|s|m|h) (default 0s)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l health-start-interval -d 'Time between running the check during the start period (ms|s|m|h) (default 5s)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l no-healthcheck -d 'Disable any container-specified HEALTHCHECK' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l health-on-failure -d 'Action when the container turns unhealthy: none, kill, restart, stop' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l replace -d 'Remove an existing container of the same name first (stopping it if it runs)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l sdnotify -d 'How a systemd service learns the container is ready: conmon (the monitor sends READY once it runs), container (the container gets NOTIFY_SOCKET), healthy (READY after the first healthy check), ignore' -r -f -a "conmon\t''
container\t''
healthy\t''
ignore\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l help -d 'Print help (-h is --hostname, as in docker)'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -s d -l detach -d 'Run in the background and print the container ID' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l sig-proxy -d 'Proxy received signals to the container (non-tty mode)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l detach-keys -d 'Key sequence that detaches from the container' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l rmi -d 'Remove the container and then its image when the container exits (unless other containers use the image)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l name -d 'Assign a name to the container' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -s e -l env -d 'Set environment variables (KEY=VALUE, or KEY to copy it from here)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l env-file -d 'Read environment variables from a file' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l env-host -d 'Pass dhow\'s whole environment into the container (before -e and --env-file)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l label-file -d 'Read labels (KEY=VALUE lines; # starts a comment) from a file' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -s w -l workdir -d 'Working directory inside the container' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -s u -l user -d 'User to run as: NAME|UID[:GROUP|GID]' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l entrypoint -d 'Overwrite the image\'s ENTRYPOINT (\'\' clears it)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -s h -l hostname -d 'Container host name' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -s l -l label -d 'Set metadata on the container (KEY=VALUE)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -s t -l tty -d 'Allocate a pseudo-terminal' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -s i -l interactive -d 'Keep STDIN open' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l rm -d 'Remove the container when it exits' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l init -d 'Run a tiny init as PID 1 that forwards signals and reaps zombies' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l read-only -d 'Mount the container\'s root filesystem read-only' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l privileged -d 'Give the container every capability and no seccomp filter or masked paths' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l tmpfs -d 'Mount a tmpfs: PATH[:OPTIONS]' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -s v -l volume -d 'Bind mount or volume: /HOST:/CTR[:OPTS], NAME:/CTR[:OPTS] or /CTR (OPTS: ro, rw, z, Z, U, O, nocopy, propagation)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l mount -d 'Attach a filesystem mount: type=bind|volume|tmpfs,source=..,target=..[,readonly]' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l volumes-from -d 'Mount the volumes of another container: CONTAINER[:ro|rw]' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l cap-add -d 'Add Linux capabilities' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l cap-drop -d 'Drop Linux capabilities' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l security-opt -d 'Security options: no-new-privileges, seccomp=unconfined, seccomp=FILE' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l ulimit -d 'Resource limits: NAME=SOFT[:HARD]' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l stop-signal -d 'Signal that stops the container (default: the image\'s, else SIGTERM)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l stop-timeout -d 'Seconds to wait for the stop signal before SIGKILL (default 10)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l restart -d 'Restart policy: no, on-failure[:N], always, unless-stopped' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l userns -d 'User namespace mode: keep-id' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l pull -d 'Pull policy: always, missing, never, newer' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l log-driver -d 'Logging driver: k8s-file, json-file, none' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l log-opt -d 'Logging driver options (max-size=SIZE)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l cidfile -d 'Write the container ID to this file' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l runtime -d 'Path of an external OCI runtime (runc, crun) instead of the built-in one' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -s q -l quiet -d 'Suppress the pull progress output' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l pod -d 'Run the container in a pod: NAME, or new:NAME to create the pod' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l tls-verify -d 'Require HTTPS and verify certificates (false allows plain HTTP and self-signed certificates)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l authfile -d 'Path of the authentication file (default: podman\'s auth.json, then ~/.docker/config.json)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l creds -d 'Credentials USER[:PASSWORD] for the registry' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l platform -d 'Platform OS/ARCH[/VARIANT] to pull (default: this machine\'s)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l arch -d 'Architecture to pull instead of this machine\'s' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l os -d 'OS to pull instead of linux' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l variant -d 'Architecture variant (e.g. v7 for arm)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l network -d 'Connect the container to a network: none, host, container:NAME, slirp4netns, pasta, or a network NAME (default: a private slirp4netns network)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -s p -l publish -d 'Publish a container\'s port to the host: [IP:][HOSTPORT:]CTRPORT[/PROTO]' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -s P -l publish-all -d 'Publish all exposed ports to random free host ports' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l expose -d 'Expose a port or a range of ports: PORT[-PORT][/PROTO]' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l dns -d 'Set custom DNS servers' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l dns-search -d 'Set custom DNS search domains' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l add-host -d 'Add a custom host-to-IP mapping: NAME:IP (IP may be host-gateway)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l ip -d 'IPv4 address on a user-defined network' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l network-alias -d 'Add a network-scoped alias for the container' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l dns-option -d 'Set custom DNS options (resolv.conf `options`, replacing the host\'s)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l mac-address -d 'Container MAC address on its network (e.g. 92:d0:c6:0a:29:33)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l no-hosts -d 'Do not create /etc/hosts for the container: the image\'s is used as it is' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -s m -l memory -d 'Memory limit (e.g. 512m, 2g; minimum 6m)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l memory-reservation -d 'Memory soft limit' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l memory-swap -d 'Memory plus swap limit: BYTES, or -1 for unlimited swap (default: twice --memory)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l cpus -d 'Number of CPUs (e.g. 1.5)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -s c -l cpu-shares -d 'CPU shares (relative weight; default 1024)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l cpu-period -d 'Limit the CPU CFS period (microseconds)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l cpu-quota -d 'Limit the CPU CFS quota (microseconds per period; -1 unlimited)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l cpuset-cpus -d 'CPUs in which to allow execution (0-3, 0,1)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l cpuset-mems -d 'Memory nodes in which to allow execution (0-3, 0,1)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l pids-limit -d 'Maximum number of processes (0 or -1: unlimited)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l oom-score-adj -d 'Tune the host\'s OOM preferences for the container (-1000 to 1000)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l cgroup-parent -d 'Cgroup you own under which the container\'s cgroup is created: absolute from each hierarchy\'s root, or relative to your own cgroup (v2: to your delegated subtree); default $DHOW_CGROUP_PARENT' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l cgroups -d 'Whether the container gets a cgroup: enabled or disabled' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l health-cmd -d 'Command to run to check health: a shell command, or a JSON array (["CMD","ARG"...])' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l health-interval -d 'Time between running the check (ms|s|m|h) (default 30s)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l health-timeout -d 'Maximum time to allow one check to run (ms|s|m|h) (default 30s)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l health-retries -d 'Consecutive failures needed to report unhealthy (default 3)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l health-start-period -d 'Start period for the container to initialize before failures count (ms|s|m|h) (default 0s)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l health-start-interval -d 'Time between running the check during the start period (ms|s|m|h) (default 5s)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l no-healthcheck -d 'Disable any container-specified HEALTHCHECK' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l health-on-failure -d 'Action when the container turns unhealthy: none, kill, restart, stop' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l replace -d 'Remove an existing container of the same name first (stopping it if it runs)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l sdnotify -d 'How a systemd service learns the container is ready: conmon (the monitor sends READY once it runs), container (the container gets NOTIFY_SOCKET), healthy (READY after the first healthy check), ignore' -r -f -a "conmon\t''
container\t''
healthy\t''
ignore\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l help -d 'Print help (-h is --hostname, as in docker)'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from start" -s l -l latest -d 'The most recently created container' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from start" -l cidfile -d 'Read the container ID from FILE (repeatable)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from start" -l filter -d 'Only the containers matching KEY=VALUE (ps\'s filters; repeatable)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from start" -s a -l attach -d 'Attach to the container\'s output and wait for it' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from start" -s i -l interactive -d 'Attach the container\'s stdin' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from start" -l detach-keys -d 'Key sequence that detaches from the container' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from start" -l sig-proxy -d 'Proxy received signals to the container' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from start" -l all -d 'Start all containers that are not running' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from start" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from start" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from start" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from start" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from start" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from start" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from start" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from start" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from start" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from start" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from start" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from start" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from start" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from start" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from start" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from start" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from start" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from stop" -s l -l latest -d 'The most recently created container' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from stop" -l cidfile -d 'Read the container ID from FILE (repeatable)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from stop" -l filter -d 'Only the containers matching KEY=VALUE (ps\'s filters; repeatable)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from stop" -s t -l time -l timeout -d 'Seconds to wait before killing the container' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from stop" -s i -l ignore -d 'Ignore containers that do not exist' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from stop" -s a -l all -d 'Stop all running containers' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from stop" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from stop" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from stop" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from stop" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from stop" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from stop" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from stop" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from stop" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from stop" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from stop" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from stop" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from stop" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from stop" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from stop" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from stop" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from stop" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from stop" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from stop" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from kill" -s l -l latest -d 'The most recently created container' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from kill" -l cidfile -d 'Read the container ID from FILE (repeatable)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from kill" -l filter -d 'Only the containers matching KEY=VALUE (ps\'s filters; repeatable)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from kill" -s s -l signal -d 'Signal to send' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from kill" -s a -l all -d 'Kill all running containers' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from kill" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from kill" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from kill" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from kill" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from kill" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from kill" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from kill" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from kill" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from kill" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from kill" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from kill" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from kill" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from kill" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from kill" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from kill" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from kill" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from kill" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from kill" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from restart" -s l -l latest -d 'The most recently created container' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from restart" -l cidfile -d 'Read the container ID from FILE (repeatable)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from restart" -l filter -d 'Only the containers matching KEY=VALUE (ps\'s filters; repeatable)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from restart" -s t -l time -l timeout -d 'Seconds to wait before killing the container' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from restart" -l running -d 'With --all, only the running containers' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from restart" -s a -l all -d 'Restart all containers (with --running: the running ones)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from restart" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from restart" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from restart" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from restart" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from restart" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from restart" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from restart" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from restart" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from restart" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from restart" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from restart" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from restart" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from restart" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from restart" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from restart" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from restart" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from restart" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from restart" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from rm" -s l -l latest -d 'The most recently created container' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from rm" -l cidfile -d 'Read the container ID from FILE (repeatable)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from rm" -l filter -d 'Only the containers matching KEY=VALUE (ps\'s filters; repeatable)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from rm" -s f -l force -d 'Force the removal of a running container (stopped with SIGKILL, or after --time)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from rm" -s t -l time -d 'With --force: seconds to wait for the stop signal before killing a running container (default: kill at once)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from rm" -s v -l volumes -d 'Remove anonymous volumes of the container' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from rm" -s i -l ignore -d 'Ignore containers that do not exist' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from rm" -s a -l all -d 'Remove all containers' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from rm" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from rm" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from rm" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from rm" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from rm" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from rm" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from rm" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from rm" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from rm" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from rm" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from rm" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from rm" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from rm" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from rm" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from rm" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from rm" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from rm" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from remove" -s l -l latest -d 'The most recently created container' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from remove" -l cidfile -d 'Read the container ID from FILE (repeatable)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from remove" -l filter -d 'Only the containers matching KEY=VALUE (ps\'s filters; repeatable)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from remove" -s f -l force -d 'Force the removal of a running container (stopped with SIGKILL, or after --time)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from remove" -s t -l time -d 'With --force: seconds to wait for the stop signal before killing a running container (default: kill at once)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from remove" -s v -l volumes -d 'Remove anonymous volumes of the container' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from remove" -s i -l ignore -d 'Ignore containers that do not exist' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from remove" -s a -l all -d 'Remove all containers' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from remove" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from remove" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from remove" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from remove" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from remove" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from remove" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from remove" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from remove" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from remove" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from remove" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from remove" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from remove" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from remove" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from remove" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from remove" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from remove" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from remove" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from wait" -s l -l latest -d 'The most recently created container' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from wait" -l cidfile -d 'Read the container ID from FILE (repeatable)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from wait" -l filter -d 'Only the containers matching KEY=VALUE (ps\'s filters; repeatable)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from wait" -l condition -d 'State to wait for: stopped or exited (default; prints the exit code), created, running, paused, healthy, unhealthy (print -1 as podman); repeatable, any of them ends the wait' -r -f -a "stopped\t''
exited\t''
created\t''
running\t''
paused\t''
healthy\t''
unhealthy\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from wait" -s i -l interval -d 'How often to check the state for a --condition other than stopped, e.g. 250ms or 1s' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from wait" -l ignore -d 'Ignore containers that do not exist' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from wait" -s a -l all -d 'Wait for all containers' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from wait" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from wait" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from wait" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from wait" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from wait" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from wait" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from wait" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from wait" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from wait" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from wait" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from wait" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from wait" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from wait" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from wait" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from wait" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from wait" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from wait" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from wait" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from cleanup" -s l -l latest -d 'The most recently created container' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from cleanup" -l cidfile -d 'Read the container ID from FILE (repeatable)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from cleanup" -l filter -d 'Only the containers matching KEY=VALUE (ps\'s filters; repeatable)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from cleanup" -l rm -d 'Remove the container after cleaning up' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from cleanup" -s a -l all -d 'Clean up all stopped containers' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from cleanup" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from cleanup" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from cleanup" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from cleanup" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from cleanup" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from cleanup" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from cleanup" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from cleanup" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from cleanup" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from cleanup" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from cleanup" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from cleanup" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from cleanup" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from cleanup" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from cleanup" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from cleanup" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from cleanup" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from cleanup" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from exists" -l external -d 'Also look for containers of other tools (accepted for podman compatibility: dhow has none to add)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from exists" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from exists" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from exists" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from exists" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from exists" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from exists" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from exists" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from exists" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from exists" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from exists" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from exists" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from exists" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from exists" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from exists" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from exists" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from exists" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from exists" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from exists" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from init" -s l -l latest -d 'The most recently created container' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from init" -l cidfile -d 'Read the container ID from FILE (repeatable)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from init" -l filter -d 'Only the containers matching KEY=VALUE (ps\'s filters; repeatable)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from init" -s a -l all -d 'All containers that are not running' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from init" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from init" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from init" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from init" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from init" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from init" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from init" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from init" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from init" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from init" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from init" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from init" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from init" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from init" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from init" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from init" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from init" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from init" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ls" -s a -l all -d 'Show all containers (default shows just running)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Only display container IDs' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ls" -s l -l latest -d 'Show the latest created container (includes all states)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ls" -s n -l last -d 'Show n last created containers (includes all states)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ls" -l no-trunc -d 'Don\'t truncate output' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ls" -s s -l size -d 'Display total file sizes' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ls" -l noheading -d 'Do not print the header line' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ls" -l sort -d 'Sort by command, created (newest first, the default), id, image, names, runningfor, size or status' -r -f -a "command\t''
created\t''
id\t''
image\t''
names\t''
runningfor\t''
size\t''
status\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ls" -l pod -d 'Show the pod of each container (POD ID and PODNAME columns)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ls" -l external -d 'Show containers of other tools too (accepted for podman compatibility: dhow has no such containers to add)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ls" -s f -l filter -d 'Filter output by key=value (repeatable)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ls" -l format -d 'Format output with a Go template (\'{{.ID}}\', \'table {{.ID}}\\t{{.Size}}\') or \'json\'' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ls" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ls" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ls" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ls" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ls" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ls" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ls" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ls" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ls" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ls" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ls" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ls" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ls" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ls" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ls" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ls" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ls" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ps" -s a -l all -d 'Show all containers (default shows just running)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ps" -s q -l quiet -d 'Only display container IDs' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ps" -s l -l latest -d 'Show the latest created container (includes all states)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ps" -s n -l last -d 'Show n last created containers (includes all states)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ps" -l no-trunc -d 'Don\'t truncate output' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ps" -s s -l size -d 'Display total file sizes' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ps" -l noheading -d 'Do not print the header line' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ps" -l sort -d 'Sort by command, created (newest first, the default), id, image, names, runningfor, size or status' -r -f -a "command\t''
created\t''
id\t''
image\t''
names\t''
runningfor\t''
size\t''
status\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ps" -l pod -d 'Show the pod of each container (POD ID and PODNAME columns)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ps" -l external -d 'Show containers of other tools too (accepted for podman compatibility: dhow has no such containers to add)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ps" -s f -l filter -d 'Filter output by key=value (repeatable)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ps" -l format -d 'Format output with a Go template (\'{{.ID}}\', \'table {{.ID}}\\t{{.Size}}\') or \'json\'' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ps" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ps" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ps" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ps" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ps" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ps" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ps" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ps" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ps" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ps" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ps" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ps" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ps" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ps" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ps" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ps" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ps" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ps" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from list" -s a -l all -d 'Show all containers (default shows just running)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only display container IDs' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from list" -s l -l latest -d 'Show the latest created container (includes all states)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from list" -s n -l last -d 'Show n last created containers (includes all states)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from list" -l no-trunc -d 'Don\'t truncate output' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from list" -s s -l size -d 'Display total file sizes' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from list" -l noheading -d 'Do not print the header line' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from list" -l sort -d 'Sort by command, created (newest first, the default), id, image, names, runningfor, size or status' -r -f -a "command\t''
created\t''
id\t''
image\t''
names\t''
runningfor\t''
size\t''
status\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from list" -l pod -d 'Show the pod of each container (POD ID and PODNAME columns)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from list" -l external -d 'Show containers of other tools too (accepted for podman compatibility: dhow has no such containers to add)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from list" -s f -l filter -d 'Filter output by key=value (repeatable)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from list" -l format -d 'Format output with a Go template (\'{{.ID}}\', \'table {{.ID}}\\t{{.Size}}\') or \'json\'' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from list" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from list" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from list" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from list" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from list" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from list" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from list" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from list" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from list" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from list" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from list" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from list" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from list" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from list" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from list" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from list" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from list" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from logs" -s l -l latest -d 'The most recently created container' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from logs" -s n -l names -d 'With several containers, start each line with the container\'s name instead of its ID' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from logs" -l color -d 'Color the prefixes of several containers (accepted for podman compatibility; dhow prints no colors)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from logs" -s f -l follow -d 'Follow log output until the container stops' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from logs" -s t -l timestamps -d 'Show timestamps' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from logs" -l tail -d 'Number of lines to show from the end of the logs ("all" for every line; -n is podman\'s --names)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from logs" -l since -d 'Show logs since a timestamp (2024-01-02T15:04:05Z) or relative time (10m)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from logs" -l until -d 'Show logs before a timestamp (2024-01-02T15:04:05Z) or relative time (10m)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from logs" -l details -d 'Show extra details (accepted for compatibility; there are none)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from logs" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from logs" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from logs" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from logs" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from logs" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from logs" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from logs" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from logs" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from logs" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from logs" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from logs" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from logs" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from logs" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from logs" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from logs" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from logs" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from logs" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from logs" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from inspect" -s l -l latest -d 'Inspect the most recently created container too' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Format the output with a Go template, e.g. \'{{.State.Pid}}\'' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from inspect" -s s -l size -d 'Display total file sizes (SizeRw and SizeRootFs)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from inspect" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from inspect" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from inspect" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from inspect" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from inspect" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from inspect" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from inspect" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from inspect" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from inspect" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from inspect" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from inspect" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from inspect" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from inspect" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from inspect" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from inspect" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from inspect" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from inspect" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from rename" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from rename" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from rename" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from rename" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from rename" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from rename" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from rename" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from rename" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from rename" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from rename" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from rename" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from rename" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from rename" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from rename" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from rename" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from rename" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from rename" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from rename" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from cp" -s a -l archive -d 'Archive mode (copy all uid/gid information)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from cp" -s L -l follow-link -d 'Always follow symbol link in SRC_PATH' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from cp" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from cp" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from cp" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from cp" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from cp" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from cp" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from cp" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from cp" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from cp" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from cp" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from cp" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from cp" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from cp" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from cp" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from cp" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from cp" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from cp" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from cp" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from diff" -s l -l latest -d 'The most recently created container' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from diff" -l format -d 'Format output with a Go template (\'{{.ID}}\', \'table {{.ID}}\\t{{.Size}}\') or \'json\'' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from diff" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from diff" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from diff" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from diff" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from diff" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from diff" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from diff" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from diff" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from diff" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from diff" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from diff" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from diff" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from diff" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from diff" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from diff" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from diff" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from diff" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from diff" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from stats" -s a -l all -d 'Show all containers (default shows just running)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from stats" -l no-stream -d 'Disable streaming stats and only pull the first result' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from stats" -l no-trunc -d 'Do not truncate output' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from stats" -l format -d 'Format output with a Go template (\'{{.ID}}\', \'table {{.ID}}\\t{{.Size}}\') or \'json\'' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from stats" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from stats" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from stats" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from stats" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from stats" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from stats" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from stats" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from stats" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from stats" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from stats" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from stats" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from stats" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from stats" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from stats" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from stats" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from stats" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from stats" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from stats" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not ask for confirmation (dhow never asks, like \'image prune\'; accepted for compatibility)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from prune" -l filter -d 'Only prune containers matching: until=TIME (created before), label=KEY[=VALUE], label!=KEY[=VALUE]' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from prune" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from prune" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from prune" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from prune" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from prune" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from prune" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from prune" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from prune" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from prune" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from prune" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from prune" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from prune" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from prune" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from prune" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from prune" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from prune" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from prune" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from exec" -s d -l detach -d 'Detached mode: run the command in the background' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from exec" -s i -l interactive -d 'Keep STDIN open' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from exec" -s t -l tty -d 'Allocate a pseudo-terminal' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from exec" -s e -l env -d 'Set environment variables (KEY=VALUE, or KEY to copy it from here)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from exec" -l env-file -d 'Read environment variables from a file' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from exec" -s u -l user -d 'User to run as: NAME|UID[:GROUP|GID]' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from exec" -s w -l workdir -d 'Working directory inside the container' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from exec" -l privileged -d 'Give extended privileges (every capability) to the command' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from exec" -l detach-keys -d 'Key sequence that detaches from the command (with -it)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from exec" -s l -l latest -d 'Run in the most recently created container (the first word is then the command)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from exec" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from exec" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from exec" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from exec" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from exec" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from exec" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from exec" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from exec" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from exec" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from exec" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from exec" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from exec" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from exec" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from exec" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from exec" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from exec" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from exec" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from exec" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from attach" -l no-stdin -d 'Do not attach STDIN' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from attach" -l sig-proxy -d 'Proxy received signals to the container (non-tty mode)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from attach" -l detach-keys -d 'Key sequence that detaches from the container' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from attach" -s l -l latest -d 'The most recently created container' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from attach" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from attach" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from attach" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from attach" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from attach" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from attach" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from attach" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from attach" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from attach" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from attach" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from attach" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from attach" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from attach" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from attach" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from attach" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from attach" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from attach" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from attach" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from top" -s l -l latest -d 'The most recently created container (the first word is then a ps option)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from top" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from top" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from top" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from top" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from top" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from top" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from top" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from top" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from top" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from top" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from top" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from top" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from top" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from top" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from top" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from top" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from top" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from top" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from pause" -s l -l latest -d 'The most recently created container' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from pause" -l cidfile -d 'Read the container ID from FILE (repeatable)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from pause" -l filter -d 'Only the containers matching KEY=VALUE (ps\'s filters; repeatable)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from pause" -s a -l all -d 'All running containers (pause) or all paused ones (unpause)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from pause" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from pause" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from pause" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from pause" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from pause" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from pause" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from pause" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from pause" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from pause" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from pause" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from pause" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from pause" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from pause" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from pause" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from pause" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from pause" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from pause" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from pause" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from unpause" -s l -l latest -d 'The most recently created container' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from unpause" -l cidfile -d 'Read the container ID from FILE (repeatable)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from unpause" -l filter -d 'Only the containers matching KEY=VALUE (ps\'s filters; repeatable)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from unpause" -s a -l all -d 'All running containers (pause) or all paused ones (unpause)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from unpause" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from unpause" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from unpause" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from unpause" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from unpause" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from unpause" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from unpause" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from unpause" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from unpause" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from unpause" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from unpause" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from unpause" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from unpause" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from unpause" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from unpause" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from unpause" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from unpause" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from unpause" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from port" -s l -l latest -d 'The most recently created container (the first word is then the port)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from port" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from port" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from port" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from port" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from port" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from port" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from port" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from port" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from port" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from port" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from port" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from port" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from port" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from port" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from port" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from port" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from port" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from port" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from update" -l restart -d 'Restart policy to apply when the container exits (no, always, on-failure[:N], unless-stopped)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from update" -s m -l memory -d 'Memory limit (e.g. 512m, 2g; minimum 6m)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from update" -l memory-reservation -d 'Memory soft limit' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from update" -l memory-swap -d 'Memory plus swap limit: BYTES, or -1 for unlimited swap (default: twice --memory)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from update" -l cpus -d 'Number of CPUs (e.g. 1.5)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from update" -s c -l cpu-shares -d 'CPU shares (relative weight; default 1024)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from update" -l cpu-period -d 'Limit the CPU CFS period (microseconds)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from update" -l cpu-quota -d 'Limit the CPU CFS quota (microseconds per period; -1 unlimited)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from update" -l cpuset-cpus -d 'CPUs in which to allow execution (0-3, 0,1)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from update" -l cpuset-mems -d 'Memory nodes in which to allow execution (0-3, 0,1)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from update" -l pids-limit -d 'Maximum number of processes (0 or -1: unlimited)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from update" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from update" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from update" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from update" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from update" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from update" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from update" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from update" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from update" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from update" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from update" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from update" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from update" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from update" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from update" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from update" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from update" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from commit" -s a -l author -d 'Author (e.g. "Jane Doe <jane@example.com>")' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from commit" -s m -l message -d 'Commit message' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from commit" -s c -l change -d 'Apply a Dockerfile instruction to the image (CMD, ENTRYPOINT, ENV, EXPOSE, LABEL, USER, VOLUME, WORKDIR, STOPSIGNAL)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from commit" -s p -l pause -d 'Pause a running container while committing (default true, as in docker)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from commit" -s f -l format -d 'Image format: oci or docker' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from commit" -s q -l quiet -d 'Do not print progress' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from commit" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from commit" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from commit" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from commit" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from commit" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from commit" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from commit" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from commit" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from commit" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from commit" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from commit" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from commit" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from commit" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from commit" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from commit" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from commit" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from commit" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from commit" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from export" -s o -l output -d 'Write to a file instead of standard output' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from export" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from export" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from export" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from export" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from export" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from export" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from export" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from export" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from export" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from export" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from export" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from export" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from export" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from export" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from export" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from export" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from export" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune export import exists" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune export import exists" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune export import exists" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune export import exists" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune export import exists" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune export import exists" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune export import exists" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune export import exists" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune export import exists" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune export import exists" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune export import exists" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune export import exists" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune export import exists" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune export import exists" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune export import exists" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune export import exists" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune export import exists" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune export import exists" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune export import exists" -f -a "create" -d 'Create a volume'
complete -c dhow -n "__fish_dhow_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune export import exists" -f -a "ls" -d 'List volumes'
complete -c dhow -n "__fish_dhow_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune export import exists" -f -a "list" -d 'List volumes'
complete -c dhow -n "__fish_dhow_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune export import exists" -f -a "inspect" -d 'Display detailed information on one or more volumes'
complete -c dhow -n "__fish_dhow_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune export import exists" -f -a "rm" -d 'Remove one or more volumes'
complete -c dhow -n "__fish_dhow_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune export import exists" -f -a "remove" -d 'Remove one or more volumes'
complete -c dhow -n "__fish_dhow_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune export import exists" -f -a "prune" -d 'Remove all volumes no container uses'
complete -c dhow -n "__fish_dhow_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune export import exists" -f -a "export" -d 'Write a volume\'s content as a tar archive'
complete -c dhow -n "__fish_dhow_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune export import exists" -f -a "import" -d 'Unpack a tar archive into a volume'
complete -c dhow -n "__fish_dhow_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune export import exists" -f -a "exists" -d 'Exit 0 if the volume exists, 1 if not'
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from create" -s l -l label -d 'Set metadata on the volume (KEY=VALUE)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from create" -s o -l opt -d 'Driver options (KEY=VALUE)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from create" -s d -l driver -d 'Volume driver (only "local")' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from create" -l ignore -d 'Do not fail when the volume already exists (accepted for podman compatibility: dhow, as docker, returns an existing volume anyway)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from create" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from create" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from create" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from create" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from create" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from create" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from create" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from create" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from create" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from create" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from create" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from create" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from create" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from create" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from create" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from create" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from create" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Only display volume names' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from ls" -s f -l filter -d 'Filter: dangling=true|false, name=NAME, label=KEY[=VALUE], driver=local' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from ls" -l format -d 'Format output with a Go template (\'{{.ID}}\', \'table {{.ID}}\\t{{.Size}}\') or \'json\'' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from ls" -l noheading -d 'Do not print the header line' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from ls" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from ls" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from ls" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from ls" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from ls" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from ls" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from ls" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from ls" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from ls" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from ls" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from ls" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from ls" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from ls" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from ls" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from ls" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from ls" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from ls" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only display volume names' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from list" -s f -l filter -d 'Filter: dangling=true|false, name=NAME, label=KEY[=VALUE], driver=local' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from list" -l format -d 'Format output with a Go template (\'{{.ID}}\', \'table {{.ID}}\\t{{.Size}}\') or \'json\'' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from list" -l noheading -d 'Do not print the header line' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from list" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from list" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from list" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from list" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from list" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from list" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from list" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from list" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from list" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from list" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from list" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from list" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from list" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from list" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from list" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from list" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from list" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Format the output with a Go template, e.g. \'{{.Mountpoint}}\'' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from rm" -s f -l force -d 'Remove the containers using the volumes too; a missing volume is not an error' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from rm" -s a -l all -d 'Remove all volumes (those in use only with --force)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from rm" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from rm" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from rm" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from rm" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from rm" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from rm" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from rm" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from rm" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from rm" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from rm" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from rm" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from rm" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from rm" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from rm" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from rm" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from rm" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from rm" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from remove" -s f -l force -d 'Remove the containers using the volumes too; a missing volume is not an error' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from remove" -s a -l all -d 'Remove all volumes (those in use only with --force)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from remove" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from remove" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from remove" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from remove" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from remove" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from remove" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from remove" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from remove" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from remove" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from remove" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from remove" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from remove" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from remove" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from remove" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from remove" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from remove" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from remove" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not ask for confirmation (dhow never asks, as its other prunes; accepted for compatibility)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from prune" -l filter -d 'Only prune volumes matching: label=KEY[=VALUE], label!=KEY[=VALUE], name=NAME' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from prune" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from prune" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from prune" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from prune" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from prune" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from prune" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from prune" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from prune" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from prune" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from prune" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from prune" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from prune" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from prune" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from prune" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from prune" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from prune" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from prune" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from export" -s o -l output -d 'Write to this file instead of stdout' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from export" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from export" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from export" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from export" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from export" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from export" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from export" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from export" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from export" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from export" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from export" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from export" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from export" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from export" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from export" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from export" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from export" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from import" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from import" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from import" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from import" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from import" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from import" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from import" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from import" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from import" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from import" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from import" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from import" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from import" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from import" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from import" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from import" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from import" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from exists" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from exists" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from exists" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from exists" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from exists" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from exists" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from exists" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from exists" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from exists" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from exists" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from exists" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from exists" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from exists" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from exists" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from exists" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from exists" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from exists" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from exists" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect exists" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect exists" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect exists" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect exists" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect exists" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect exists" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect exists" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect exists" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect exists" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect exists" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect exists" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect exists" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect exists" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect exists" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect exists" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect exists" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect exists" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect exists" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect exists" -f -a "create" -d 'Create a network'
complete -c dhow -n "__fish_dhow_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect exists" -f -a "ls" -d 'List networks'
complete -c dhow -n "__fish_dhow_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect exists" -f -a "list" -d 'List networks'
complete -c dhow -n "__fish_dhow_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect exists" -f -a "inspect" -d 'Display detailed information on one or more networks'
complete -c dhow -n "__fish_dhow_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect exists" -f -a "rm" -d 'Remove one or more networks'
complete -c dhow -n "__fish_dhow_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect exists" -f -a "remove" -d 'Remove one or more networks'
complete -c dhow -n "__fish_dhow_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect exists" -f -a "prune" -d 'Remove all networks no container uses'
complete -c dhow -n "__fish_dhow_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect exists" -f -a "connect" -d 'Connect a container to a network'
complete -c dhow -n "__fish_dhow_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect exists" -f -a "disconnect" -d 'Disconnect a container from a network'
complete -c dhow -n "__fish_dhow_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect exists" -f -a "exists" -d 'Exit 0 if the network exists, 1 if not'
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from create" -l subnet -d 'Subnet in CIDR format (default: the next free 10.89.N.0/24)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from create" -l gateway -d 'Gateway address of the subnet (default: its first address)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from create" -l internal -d 'Restrict external access from this network' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from create" -s l -l label -d 'Set metadata on the network (KEY=VALUE)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from create" -s d -l driver -d 'Driver (only "bridge")' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from create" -l ignore -d 'Do not fail when the network already exists (it is left as it is)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from create" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from create" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from create" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from create" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from create" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from create" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from create" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from create" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from create" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from create" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from create" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from create" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from create" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from create" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from create" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from create" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from create" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Only display network IDs' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from ls" -s f -l filter -d 'Filter: name=NAME, id=ID, driver=DRIVER, label=KEY[=VALUE]' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from ls" -l format -d 'Format output with a Go template (\'{{.ID}}\', \'table {{.ID}}\\t{{.Size}}\') or \'json\'' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from ls" -l noheading -d 'Do not print the header line' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from ls" -l no-trunc -d 'Do not truncate the network IDs' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from ls" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from ls" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from ls" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from ls" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from ls" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from ls" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from ls" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from ls" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from ls" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from ls" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from ls" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from ls" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from ls" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from ls" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from ls" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from ls" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from ls" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only display network IDs' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from list" -s f -l filter -d 'Filter: name=NAME, id=ID, driver=DRIVER, label=KEY[=VALUE]' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from list" -l format -d 'Format output with a Go template (\'{{.ID}}\', \'table {{.ID}}\\t{{.Size}}\') or \'json\'' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from list" -l noheading -d 'Do not print the header line' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from list" -l no-trunc -d 'Do not truncate the network IDs' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from list" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from list" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from list" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from list" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from list" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from list" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from list" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from list" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from list" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from list" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from list" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from list" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from list" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from list" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from list" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from list" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from list" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Format the output with a Go template, e.g. \'{{.name}}\'' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from inspect" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from inspect" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from inspect" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from inspect" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from inspect" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from inspect" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from inspect" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from inspect" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from inspect" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from inspect" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from inspect" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from inspect" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from inspect" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from inspect" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from inspect" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from inspect" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from inspect" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from rm" -s f -l force -d 'Remove the containers using the networks too' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from rm" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from rm" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from rm" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from rm" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from rm" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from rm" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from rm" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from rm" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from rm" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from rm" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from rm" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from rm" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from rm" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from rm" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from rm" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from rm" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from rm" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from remove" -s f -l force -d 'Remove the containers using the networks too' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from remove" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from remove" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from remove" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from remove" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from remove" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from remove" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from remove" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from remove" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from remove" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from remove" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from remove" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from remove" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from remove" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from remove" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from remove" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from remove" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from remove" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not ask for confirmation (dhow never asks; accepted for compatibility)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from prune" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from prune" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from prune" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from prune" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from prune" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from prune" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from prune" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from prune" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from prune" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from prune" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from prune" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from prune" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from prune" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from prune" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from prune" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from prune" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from prune" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from connect" -l ip -d 'The container\'s IPv4 address on the network' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from connect" -l alias -d 'Add a network-scoped alias for the container' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from connect" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from connect" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from connect" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from connect" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from connect" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from connect" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from connect" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from connect" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from connect" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from connect" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from connect" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from connect" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from connect" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from connect" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from connect" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from connect" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from connect" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from connect" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from disconnect" -s f -l force -d 'Accepted for compatibility' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from disconnect" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from exists" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from exists" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from exists" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from exists" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from exists" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from exists" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from exists" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from exists" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from exists" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from exists" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from exists" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from exists" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from exists" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from exists" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from exists" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from exists" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from exists" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from exists" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm remove exists prune" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm remove exists prune" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm remove exists prune" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm remove exists prune" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm remove exists prune" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm remove exists prune" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm remove exists prune" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm remove exists prune" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm remove exists prune" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm remove exists prune" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm remove exists prune" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm remove exists prune" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm remove exists prune" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm remove exists prune" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm remove exists prune" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm remove exists prune" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm remove exists prune" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm remove exists prune" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm remove exists prune" -f -a "create" -d 'Create a new, empty pod'
complete -c dhow -n "__fish_dhow_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm remove exists prune" -f -a "ps" -d 'List pods'
complete -c dhow -n "__fish_dhow_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm remove exists prune" -f -a "ls" -d 'List pods'
complete -c dhow -n "__fish_dhow_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm remove exists prune" -f -a "list" -d 'List pods'
complete -c dhow -n "__fish_dhow_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm remove exists prune" -f -a "inspect" -d 'Display detailed information on one or more pods'
complete -c dhow -n "__fish_dhow_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm remove exists prune" -f -a "start" -d 'Start one or more pods'
complete -c dhow -n "__fish_dhow_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm remove exists prune" -f -a "stop" -d 'Stop one or more pods'
complete -c dhow -n "__fish_dhow_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm remove exists prune" -f -a "restart" -d 'Restart one or more pods'
complete -c dhow -n "__fish_dhow_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm remove exists prune" -f -a "kill" -d 'Send a signal to the containers of one or more pods'
complete -c dhow -n "__fish_dhow_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm remove exists prune" -f -a "pause" -d 'Pause the containers of one or more pods'
complete -c dhow -n "__fish_dhow_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm remove exists prune" -f -a "unpause" -d 'Unpause the containers of one or more pods'
complete -c dhow -n "__fish_dhow_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm remove exists prune" -f -a "rm" -d 'Remove one or more pods and their containers'
complete -c dhow -n "__fish_dhow_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm remove exists prune" -f -a "remove" -d 'Remove one or more pods and their containers'
complete -c dhow -n "__fish_dhow_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm remove exists prune" -f -a "exists" -d 'Exit 0 if the pod exists, 1 if not'
complete -c dhow -n "__fish_dhow_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect start stop restart kill pause unpause rm remove exists prune" -f -a "prune" -d 'Remove all stopped pods and their containers'
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from create" -s n -l name -d 'Name of the pod (default: a random one)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from create" -s p -l publish -d 'Publish a port of the pod to the host: [IP:][HOSTPORT:]CTRPORT[/PROTO]' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from create" -l network -d 'The pod\'s network: a network NAME, none, host, slirp4netns, pasta (default: the default network)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from create" -l share -d 'Namespaces the pod\'s containers share: net, ipc, uts (comma-separated)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from create" -l infra -d 'Create an infra container holding the pod\'s namespaces' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from create" -l no-infra -d 'Do not create an infra container (the containers share nothing)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from create" -s l -l label -d 'Set metadata on the pod (KEY=VALUE)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from create" -l hostname -d 'The pod\'s host name (default: the pod\'s name)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from create" -l add-host -d 'Add a custom host-to-IP mapping: NAME:IP' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from create" -l dns -d 'Set custom DNS servers' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from create" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from create" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from create" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from create" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from create" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from create" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from create" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from create" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from create" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from create" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from create" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from create" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from create" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from create" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from create" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from create" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from create" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from ps" -s q -l quiet -d 'Only print the pod IDs' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from ps" -s f -l filter -d 'Filter: name=NAME, id=ID, label=KEY[=VALUE], status=STATUS' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from ps" -l ctr-names -d 'Show the names of the pod\'s containers' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from ps" -l no-trunc -d 'Do not truncate the pod IDs' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from ps" -l format -d 'Format output with a Go template (\'{{.ID}}\', \'table {{.ID}}\\t{{.Size}}\') or \'json\'' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from ps" -l noheading -d 'Do not print the header line' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from ps" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from ps" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from ps" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from ps" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from ps" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from ps" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from ps" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from ps" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from ps" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from ps" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from ps" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from ps" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from ps" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from ps" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from ps" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from ps" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from ps" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from ps" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Only print the pod IDs' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from ls" -s f -l filter -d 'Filter: name=NAME, id=ID, label=KEY[=VALUE], status=STATUS' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from ls" -l ctr-names -d 'Show the names of the pod\'s containers' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from ls" -l no-trunc -d 'Do not truncate the pod IDs' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from ls" -l format -d 'Format output with a Go template (\'{{.ID}}\', \'table {{.ID}}\\t{{.Size}}\') or \'json\'' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from ls" -l noheading -d 'Do not print the header line' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from ls" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from ls" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from ls" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from ls" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from ls" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from ls" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from ls" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from ls" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from ls" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from ls" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from ls" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from ls" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from ls" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from ls" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from ls" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from ls" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from ls" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only print the pod IDs' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from list" -s f -l filter -d 'Filter: name=NAME, id=ID, label=KEY[=VALUE], status=STATUS' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from list" -l ctr-names -d 'Show the names of the pod\'s containers' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from list" -l no-trunc -d 'Do not truncate the pod IDs' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from list" -l format -d 'Format output with a Go template (\'{{.ID}}\', \'table {{.ID}}\\t{{.Size}}\') or \'json\'' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from list" -l noheading -d 'Do not print the header line' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from list" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from list" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from list" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from list" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from list" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from list" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from list" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from list" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from list" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from list" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from list" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from list" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from list" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from list" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from list" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from list" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from list" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l format -d 'Format output with a Go template (\'{{.ID}}\', \'table {{.ID}}\\t{{.Size}}\') or \'json\'' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from start" -s a -l all -d 'Act on every pod' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from start" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from start" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from start" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from start" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from start" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from start" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from start" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from start" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from start" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from start" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from start" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from start" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from start" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from start" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from start" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from start" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from start" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from stop" -s a -l all -d 'Act on every pod' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from stop" -s t -l time -d 'Seconds to wait for each container to stop before killing it' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from stop" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from stop" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from stop" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from stop" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from stop" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from stop" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from stop" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from stop" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from stop" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from stop" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from stop" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from stop" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from stop" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from stop" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from stop" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from stop" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from stop" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from stop" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from restart" -s a -l all -d 'Act on every pod' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from restart" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from restart" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from restart" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from restart" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from restart" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from restart" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from restart" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from restart" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from restart" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from restart" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from restart" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from restart" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from restart" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from restart" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from restart" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from restart" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from restart" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from restart" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from kill" -s a -l all -d 'Act on every pod' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from kill" -s s -l signal -d 'Signal to send' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from kill" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from kill" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from kill" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from kill" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from kill" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from kill" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from kill" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from kill" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from kill" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from kill" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from kill" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from kill" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from kill" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from kill" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from kill" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from kill" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from kill" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from kill" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from pause" -s a -l all -d 'Act on every pod' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from pause" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from pause" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from pause" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from pause" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from pause" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from pause" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from pause" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from pause" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from pause" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from pause" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from pause" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from pause" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from pause" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from pause" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from pause" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from pause" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from pause" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from pause" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from unpause" -s a -l all -d 'Act on every pod' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from unpause" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from rm" -s a -l all -d 'Act on every pod' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from rm" -s f -l force -d 'Stop and remove running pods' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from rm" -s i -l ignore -d 'Do not fail when a pod does not exist' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from rm" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from rm" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from rm" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from rm" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from rm" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from rm" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from rm" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from rm" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from rm" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from rm" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from rm" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from rm" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from rm" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from rm" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from rm" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from rm" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from rm" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from remove" -s a -l all -d 'Act on every pod' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from remove" -s f -l force -d 'Stop and remove running pods' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from remove" -s i -l ignore -d 'Do not fail when a pod does not exist' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from remove" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from remove" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from remove" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from remove" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from remove" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from remove" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from remove" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from remove" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from remove" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from remove" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from remove" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from remove" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from remove" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from remove" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from remove" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from remove" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from remove" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from exists" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from exists" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from exists" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from exists" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from exists" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from exists" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from exists" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from exists" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from exists" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from exists" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from exists" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from exists" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from exists" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from exists" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from exists" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from exists" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from exists" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from exists" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not ask for confirmation' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from prune" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from prune" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from prune" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from prune" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from prune" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from prune" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from prune" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from prune" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from prune" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from prune" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from prune" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from prune" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from prune" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from prune" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from prune" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from prune" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from prune" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pod; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand kube; and not __fish_seen_subcommand_from generate play down" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand kube; and not __fish_seen_subcommand_from generate play down" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand kube; and not __fish_seen_subcommand_from generate play down" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand kube; and not __fish_seen_subcommand_from generate play down" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand kube; and not __fish_seen_subcommand_from generate play down" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand kube; and not __fish_seen_subcommand_from generate play down" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand kube; and not __fish_seen_subcommand_from generate play down" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand kube; and not __fish_seen_subcommand_from generate play down" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand kube; and not __fish_seen_subcommand_from generate play down" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand kube; and not __fish_seen_subcommand_from generate play down" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand kube; and not __fish_seen_subcommand_from generate play down" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand kube; and not __fish_seen_subcommand_from generate play down" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand kube; and not __fish_seen_subcommand_from generate play down" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand kube; and not __fish_seen_subcommand_from generate play down" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand kube; and not __fish_seen_subcommand_from generate play down" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand kube; and not __fish_seen_subcommand_from generate play down" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand kube; and not __fish_seen_subcommand_from generate play down" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand kube; and not __fish_seen_subcommand_from generate play down" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand kube; and not __fish_seen_subcommand_from generate play down" -f -a "generate" -d 'Generate Kubernetes YAML from pods or containers'
complete -c dhow -n "__fish_dhow_using_subcommand kube; and not __fish_seen_subcommand_from generate play down" -f -a "play" -d 'Create pods and containers from Kubernetes YAML (Pod, Deployment)'
complete -c dhow -n "__fish_dhow_using_subcommand kube; and not __fish_seen_subcommand_from generate play down" -f -a "down" -d 'Remove the pods that \'kube play\' created from Kubernetes YAML'
complete -c dhow -n "__fish_dhow_using_subcommand kube; and __fish_seen_subcommand_from generate" -s s -l service -d 'Also generate a Service for the published ports' -r
complete -c dhow -n "__fish_dhow_using_subcommand kube; and __fish_seen_subcommand_from generate" -s t -l type -d 'Kind of object to generate: pod or deployment' -r -f -a "pod\t''
deployment\t''"
complete -c dhow -n "__fish_dhow_using_subcommand kube; and __fish_seen_subcommand_from generate" -s r -l replicas -d 'Replicas of a generated Deployment' -r
complete -c dhow -n "__fish_dhow_using_subcommand kube; and __fish_seen_subcommand_from generate" -s f -l filename -d 'Write the YAML to this file instead of stdout' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand kube; and __fish_seen_subcommand_from generate" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand kube; and __fish_seen_subcommand_from generate" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand kube; and __fish_seen_subcommand_from generate" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand kube; and __fish_seen_subcommand_from generate" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand kube; and __fish_seen_subcommand_from generate" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand kube; and __fish_seen_subcommand_from generate" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand kube; and __fish_seen_subcommand_from generate" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand kube; and __fish_seen_subcommand_from generate" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand kube; and __fish_seen_subcommand_from generate" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand kube; and __fish_seen_subcommand_from generate" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand kube; and __fish_seen_subcommand_from generate" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand kube; and __fish_seen_subcommand_from generate" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand kube; and __fish_seen_subcommand_from generate" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand kube; and __fish_seen_subcommand_from generate" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand kube; and __fish_seen_subcommand_from generate" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand kube; and __fish_seen_subcommand_from generate" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand kube; and __fish_seen_subcommand_from generate" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand kube; and __fish_seen_subcommand_from generate" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand kube; and __fish_seen_subcommand_from play" -l replace -d 'Remove pods of the same names that an earlier play created first' -r
complete -c dhow -n "__fish_dhow_using_subcommand kube; and __fish_seen_subcommand_from play" -l start -d 'Start the pods after creating them' -r
complete -c dhow -n "__fish_dhow_using_subcommand kube; and __fish_seen_subcommand_from play" -s q -l quiet -d 'Suppress the pull progress output' -r
complete -c dhow -n "__fish_dhow_using_subcommand kube; and __fish_seen_subcommand_from play" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand kube; and __fish_seen_subcommand_from play" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand kube; and __fish_seen_subcommand_from play" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand kube; and __fish_seen_subcommand_from play" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand kube; and __fish_seen_subcommand_from play" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand kube; and __fish_seen_subcommand_from play" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand kube; and __fish_seen_subcommand_from play" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand kube; and __fish_seen_subcommand_from play" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand kube; and __fish_seen_subcommand_from play" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand kube; and __fish_seen_subcommand_from play" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand kube; and __fish_seen_subcommand_from play" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand kube; and __fish_seen_subcommand_from play" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand kube; and __fish_seen_subcommand_from play" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand kube; and __fish_seen_subcommand_from play" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand kube; and __fish_seen_subcommand_from play" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand kube; and __fish_seen_subcommand_from play" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand kube; and __fish_seen_subcommand_from play" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand kube; and __fish_seen_subcommand_from play" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand kube; and __fish_seen_subcommand_from down" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand kube; and __fish_seen_subcommand_from down" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand kube; and __fish_seen_subcommand_from down" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand kube; and __fish_seen_subcommand_from down" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand kube; and __fish_seen_subcommand_from down" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand kube; and __fish_seen_subcommand_from down" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand kube; and __fish_seen_subcommand_from down" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand kube; and __fish_seen_subcommand_from down" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand kube; and __fish_seen_subcommand_from down" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand kube; and __fish_seen_subcommand_from down" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand kube; and __fish_seen_subcommand_from down" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand kube; and __fish_seen_subcommand_from down" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand kube; and __fish_seen_subcommand_from down" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand kube; and __fish_seen_subcommand_from down" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand kube; and __fish_seen_subcommand_from down" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand kube; and __fish_seen_subcommand_from down" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand kube; and __fish_seen_subcommand_from down" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand kube; and __fish_seen_subcommand_from down" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand play; and not __fish_seen_subcommand_from kube" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand play; and not __fish_seen_subcommand_from kube" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand play; and not __fish_seen_subcommand_from kube" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand play; and not __fish_seen_subcommand_from kube" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand play; and not __fish_seen_subcommand_from kube" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand play; and not __fish_seen_subcommand_from kube" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand play; and not __fish_seen_subcommand_from kube" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand play; and not __fish_seen_subcommand_from kube" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand play; and not __fish_seen_subcommand_from kube" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand play; and not __fish_seen_subcommand_from kube" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand play; and not __fish_seen_subcommand_from kube" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand play; and not __fish_seen_subcommand_from kube" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand play; and not __fish_seen_subcommand_from kube" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand play; and not __fish_seen_subcommand_from kube" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand play; and not __fish_seen_subcommand_from kube" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand play; and not __fish_seen_subcommand_from kube" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand play; and not __fish_seen_subcommand_from kube" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand play; and not __fish_seen_subcommand_from kube" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand play; and not __fish_seen_subcommand_from kube" -f -a "kube" -d 'Create pods and containers from Kubernetes YAML (same as \'kube play\')'
complete -c dhow -n "__fish_dhow_using_subcommand play; and __fish_seen_subcommand_from kube" -l replace -d 'Remove pods of the same names that an earlier play created first' -r
complete -c dhow -n "__fish_dhow_using_subcommand play; and __fish_seen_subcommand_from kube" -l start -d 'Start the pods after creating them' -r
complete -c dhow -n "__fish_dhow_using_subcommand play; and __fish_seen_subcommand_from kube" -s q -l quiet -d 'Suppress the pull progress output' -r
complete -c dhow -n "__fish_dhow_using_subcommand play; and __fish_seen_subcommand_from kube" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand play; and __fish_seen_subcommand_from kube" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand play; and __fish_seen_subcommand_from kube" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand play; and __fish_seen_subcommand_from kube" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand play; and __fish_seen_subcommand_from kube" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand play; and __fish_seen_subcommand_from kube" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand play; and __fish_seen_subcommand_from kube" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand play; and __fish_seen_subcommand_from kube" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand play; and __fish_seen_subcommand_from kube" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand play; and __fish_seen_subcommand_from kube" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand play; and __fish_seen_subcommand_from kube" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand play; and __fish_seen_subcommand_from kube" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand play; and __fish_seen_subcommand_from kube" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand play; and __fish_seen_subcommand_from kube" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand play; and __fish_seen_subcommand_from kube" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand play; and __fish_seen_subcommand_from kube" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand play; and __fish_seen_subcommand_from kube" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand play; and __fish_seen_subcommand_from kube" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and not __fish_seen_subcommand_from up create down ps logs build pull push images start stop restart kill pause unpause ls port top wait cp rm exec run config version" -s f -l file -d 'Compose configuration files (repeatable; later ones override earlier ones)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and not __fish_seen_subcommand_from up create down ps logs build pull push images start stop restart kill pause unpause ls port top wait cp rm exec run config version" -s p -l project-name -d 'Project name (default: COMPOSE_PROJECT_NAME, then `name:`, then the directory name)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and not __fish_seen_subcommand_from up create down ps logs build pull push images start stop restart kill pause unpause ls port top wait cp rm exec run config version" -l project-directory -d 'Directory relative paths are resolved against (default: the first file\'s)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and not __fish_seen_subcommand_from up create down ps logs build pull push images start stop restart kill pause unpause ls port top wait cp rm exec run config version" -l env-file -d 'Environment files for interpolation (default: .env in the project directory)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and not __fish_seen_subcommand_from up create down ps logs build pull push images start stop restart kill pause unpause ls port top wait cp rm exec run config version" -l profile -d 'Enable services of a profile (repeatable)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and not __fish_seen_subcommand_from up create down ps logs build pull push images start stop restart kill pause unpause ls port top wait cp rm exec run config version" -l parallel -d 'Accepted for docker compose compatibility (operations run one at a time)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and not __fish_seen_subcommand_from up create down ps logs build pull push images start stop restart kill pause unpause ls port top wait cp rm exec run config version" -l ansi -d 'Accepted for docker compose compatibility (output is never coloured)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and not __fish_seen_subcommand_from up create down ps logs build pull push images start stop restart kill pause unpause ls port top wait cp rm exec run config version" -l progress -d 'Accepted for docker compose compatibility (progress is plain lines)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and not __fish_seen_subcommand_from up create down ps logs build pull push images start stop restart kill pause unpause ls port top wait cp rm exec run config version" -l dry-run -d 'Print what `up` would do (create, recreate, start, keep, remove) without doing it' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and not __fish_seen_subcommand_from up create down ps logs build pull push images start stop restart kill pause unpause ls port top wait cp rm exec run config version" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and not __fish_seen_subcommand_from up create down ps logs build pull push images start stop restart kill pause unpause ls port top wait cp rm exec run config version" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and not __fish_seen_subcommand_from up create down ps logs build pull push images start stop restart kill pause unpause ls port top wait cp rm exec run config version" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and not __fish_seen_subcommand_from up create down ps logs build pull push images start stop restart kill pause unpause ls port top wait cp rm exec run config version" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and not __fish_seen_subcommand_from up create down ps logs build pull push images start stop restart kill pause unpause ls port top wait cp rm exec run config version" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and not __fish_seen_subcommand_from up create down ps logs build pull push images start stop restart kill pause unpause ls port top wait cp rm exec run config version" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and not __fish_seen_subcommand_from up create down ps logs build pull push images start stop restart kill pause unpause ls port top wait cp rm exec run config version" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and not __fish_seen_subcommand_from up create down ps logs build pull push images start stop restart kill pause unpause ls port top wait cp rm exec run config version" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and not __fish_seen_subcommand_from up create down ps logs build pull push images start stop restart kill pause unpause ls port top wait cp rm exec run config version" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and not __fish_seen_subcommand_from up create down ps logs build pull push images start stop restart kill pause unpause ls port top wait cp rm exec run config version" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and not __fish_seen_subcommand_from up create down ps logs build pull push images start stop restart kill pause unpause ls port top wait cp rm exec run config version" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and not __fish_seen_subcommand_from up create down ps logs build pull push images start stop restart kill pause unpause ls port top wait cp rm exec run config version" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and not __fish_seen_subcommand_from up create down ps logs build pull push images start stop restart kill pause unpause ls port top wait cp rm exec run config version" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and not __fish_seen_subcommand_from up create down ps logs build pull push images start stop restart kill pause unpause ls port top wait cp rm exec run config version" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and not __fish_seen_subcommand_from up create down ps logs build pull push images start stop restart kill pause unpause ls port top wait cp rm exec run config version" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and not __fish_seen_subcommand_from up create down ps logs build pull push images start stop restart kill pause unpause ls port top wait cp rm exec run config version" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and not __fish_seen_subcommand_from up create down ps logs build pull push images start stop restart kill pause unpause ls port top wait cp rm exec run config version" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and not __fish_seen_subcommand_from up create down ps logs build pull push images start stop restart kill pause unpause ls port top wait cp rm exec run config version" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and not __fish_seen_subcommand_from up create down ps logs build pull push images start stop restart kill pause unpause ls port top wait cp rm exec run config version" -f -a "up" -d 'Create and start containers'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and not __fish_seen_subcommand_from up create down ps logs build pull push images start stop restart kill pause unpause ls port top wait cp rm exec run config version" -f -a "create" -d 'Create containers for services without starting them'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and not __fish_seen_subcommand_from up create down ps logs build pull push images start stop restart kill pause unpause ls port top wait cp rm exec run config version" -f -a "down" -d 'Stop and remove containers and networks'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and not __fish_seen_subcommand_from up create down ps logs build pull push images start stop restart kill pause unpause ls port top wait cp rm exec run config version" -f -a "ps" -d 'List containers'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and not __fish_seen_subcommand_from up create down ps logs build pull push images start stop restart kill pause unpause ls port top wait cp rm exec run config version" -f -a "logs" -d 'View output from containers'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and not __fish_seen_subcommand_from up create down ps logs build pull push images start stop restart kill pause unpause ls port top wait cp rm exec run config version" -f -a "build" -d 'Build or rebuild services'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and not __fish_seen_subcommand_from up create down ps logs build pull push images start stop restart kill pause unpause ls port top wait cp rm exec run config version" -f -a "pull" -d 'Pull service images'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and not __fish_seen_subcommand_from up create down ps logs build pull push images start stop restart kill pause unpause ls port top wait cp rm exec run config version" -f -a "push" -d 'Push service images'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and not __fish_seen_subcommand_from up create down ps logs build pull push images start stop restart kill pause unpause ls port top wait cp rm exec run config version" -f -a "images" -d 'List images used by the created containers'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and not __fish_seen_subcommand_from up create down ps logs build pull push images start stop restart kill pause unpause ls port top wait cp rm exec run config version" -f -a "start" -d 'Start services'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and not __fish_seen_subcommand_from up create down ps logs build pull push images start stop restart kill pause unpause ls port top wait cp rm exec run config version" -f -a "stop" -d 'Stop services'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and not __fish_seen_subcommand_from up create down ps logs build pull push images start stop restart kill pause unpause ls port top wait cp rm exec run config version" -f -a "restart" -d 'Restart service containers'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and not __fish_seen_subcommand_from up create down ps logs build pull push images start stop restart kill pause unpause ls port top wait cp rm exec run config version" -f -a "kill" -d 'Force stop service containers'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and not __fish_seen_subcommand_from up create down ps logs build pull push images start stop restart kill pause unpause ls port top wait cp rm exec run config version" -f -a "pause" -d 'Pause services'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and not __fish_seen_subcommand_from up create down ps logs build pull push images start stop restart kill pause unpause ls port top wait cp rm exec run config version" -f -a "unpause" -d 'Unpause services'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and not __fish_seen_subcommand_from up create down ps logs build pull push images start stop restart kill pause unpause ls port top wait cp rm exec run config version" -f -a "ls" -d 'List running compose projects'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and not __fish_seen_subcommand_from up create down ps logs build pull push images start stop restart kill pause unpause ls port top wait cp rm exec run config version" -f -a "port" -d 'Print the public port for a port binding'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and not __fish_seen_subcommand_from up create down ps logs build pull push images start stop restart kill pause unpause ls port top wait cp rm exec run config version" -f -a "top" -d 'Display the running processes'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and not __fish_seen_subcommand_from up create down ps logs build pull push images start stop restart kill pause unpause ls port top wait cp rm exec run config version" -f -a "wait" -d 'Block until the first service container stops, printing exit codes'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and not __fish_seen_subcommand_from up create down ps logs build pull push images start stop restart kill pause unpause ls port top wait cp rm exec run config version" -f -a "cp" -d 'Copy files/folders between a service container and the local filesystem'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and not __fish_seen_subcommand_from up create down ps logs build pull push images start stop restart kill pause unpause ls port top wait cp rm exec run config version" -f -a "rm" -d 'Remove stopped service containers'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and not __fish_seen_subcommand_from up create down ps logs build pull push images start stop restart kill pause unpause ls port top wait cp rm exec run config version" -f -a "exec" -d 'Execute a command in a running container'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and not __fish_seen_subcommand_from up create down ps logs build pull push images start stop restart kill pause unpause ls port top wait cp rm exec run config version" -f -a "run" -d 'Run a one-off command on a service'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and not __fish_seen_subcommand_from up create down ps logs build pull push images start stop restart kill pause unpause ls port top wait cp rm exec run config version" -f -a "config" -d 'Parse, resolve and render the compose file in canonical format'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and not __fish_seen_subcommand_from up create down ps logs build pull push images start stop restart kill pause unpause ls port top wait cp rm exec run config version" -f -a "version" -d 'Show the Docker Compose version information'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from up" -s d -l detach -d 'Detached mode: run containers in the background' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from up" -l build -d 'Build images before starting containers' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from up" -l no-build -d 'Don\'t build an image, even if it\'s missing' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from up" -l pull -d 'Pull images before running: always, missing, never' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from up" -l force-recreate -d 'Recreate containers even if their configuration and image haven\'t changed' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from up" -l no-recreate -d 'If containers already exist, don\'t recreate them' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from up" -l no-deps -d 'Don\'t start linked services' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from up" -l remove-orphans -d 'Remove containers for services not defined in the compose file' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from up" -l no-start -d 'Don\'t start the services after creating them' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from up" -s t -l timeout -d 'Shutdown timeout in seconds' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from up" -l no-log-prefix -d 'Don\'t print a prefix in logs' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from up" -l quiet-pull -d 'Pull without printing progress information' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from up" -l scale -d 'Scale SERVICE to NUM instances (overrides scale/deploy.replicas; repeatable)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from up" -l wait -d 'Wait for services to be running|healthy (implies --detach)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from up" -l wait-timeout -d 'Maximum seconds to wait with --wait' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from up" -l abort-on-container-exit -d 'Stop all containers if any container was stopped (incompatible with -d)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from up" -l exit-code-from -d 'Return the exit code of the selected service\'s container (implies --abort-on-container-exit)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from up" -l attach -d 'Show the output of these services only (repeatable)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from up" -l no-attach -d 'Don\'t show the output of these services (repeatable)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from up" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from up" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from up" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from up" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from up" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from up" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from up" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from up" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from up" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from up" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from up" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from up" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from up" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from up" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from up" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from up" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from up" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from up" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from create" -l build -d 'Build images before creating containers' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from create" -l no-build -d 'Don\'t build an image, even if it\'s missing' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from create" -l force-recreate -d 'Recreate containers even if their configuration and image haven\'t changed' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from create" -l no-recreate -d 'If containers already exist, don\'t recreate them' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from create" -l remove-orphans -d 'Remove containers for services not defined in the compose file' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from create" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from create" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from create" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from create" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from create" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from create" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from create" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from create" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from create" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from create" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from create" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from create" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from create" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from create" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from create" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from create" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from create" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from down" -s v -l volumes -d 'Remove named volumes declared in the volumes section and anonymous volumes attached to containers' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from down" -l remove-orphans -d 'Remove containers for services not defined in the compose file' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from down" -s t -l timeout -d 'Shutdown timeout in seconds' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from down" -l rmi -d 'Remove images used by services: "local" (built, without an image name) or "all"' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from down" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from down" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from down" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from down" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from down" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from down" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from down" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from down" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from down" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from down" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from down" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from down" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from down" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from down" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from down" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from down" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from down" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from down" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from ps" -s a -l all -d 'Show all stopped containers' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from ps" -s q -l quiet -d 'Only display IDs' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from ps" -l services -d 'Display services' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from ps" -l format -d 'Format output: table, json, or a Go template' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from ps" -l status -d 'Filter by status: created, running, paused, restarting, exited' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from ps" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from ps" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from ps" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from ps" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from ps" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from ps" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from ps" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from ps" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from ps" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from ps" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from ps" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from ps" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from ps" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from ps" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from ps" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from ps" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from ps" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from ps" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from logs" -s f -l follow -d 'Follow log output' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from logs" -s n -l tail -d 'Number of lines to show from the end of the logs for each container ("all" for everything)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from logs" -s t -l timestamps -d 'Show timestamps' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from logs" -l since -d 'Show logs since a timestamp or relative time (e.g. 42m)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from logs" -l until -d 'Show logs before a timestamp or relative time (e.g. 42m)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from logs" -l index -d 'Index of the container if the service has multiple replicas' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from logs" -l no-log-prefix -d 'Don\'t print a prefix in logs' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from logs" -l no-color -d 'Produce monochrome output (always the case)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from logs" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from logs" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from logs" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from logs" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from logs" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from logs" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from logs" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from logs" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from logs" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from logs" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from logs" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from logs" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from logs" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from logs" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from logs" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from logs" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from logs" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from logs" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from build" -l no-cache -d 'Do not use the cache when building the image' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from build" -l build-arg -d 'Set build-time variables for services (KEY=VALUE)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from build" -s q -l quiet -d 'Don\'t print anything to stdout' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from build" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from build" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from build" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from build" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from build" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from build" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from build" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from build" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from build" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from build" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from build" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from build" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from build" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from build" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from build" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from build" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from build" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from build" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from pull" -s q -l quiet -d 'Pull without printing progress information' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from pull" -l ignore-pull-failures -d 'Pull what it can and ignore images with pull failures' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from pull" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from pull" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from pull" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from pull" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from pull" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from pull" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from pull" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from pull" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from pull" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from pull" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from pull" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from pull" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from pull" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from pull" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from pull" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from pull" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from pull" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from pull" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from push" -l ignore-push-failures -d 'Push what it can and ignore images with push failures' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from push" -s q -l quiet -d 'Push without printing progress information' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from push" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from push" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from push" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from push" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from push" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from push" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from push" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from push" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from push" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from push" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from push" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from push" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from push" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from push" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from push" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from push" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from push" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from push" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from images" -s q -l quiet -d 'Only display IDs' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from images" -l format -d 'Format the output: table, json, or a Go template' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from images" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from images" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from images" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from images" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from images" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from images" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from images" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from images" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from images" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from images" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from images" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from images" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from images" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from images" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from images" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from images" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from images" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from images" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from start" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from start" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from start" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from start" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from start" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from start" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from start" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from start" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from start" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from start" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from start" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from start" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from start" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from start" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from start" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from start" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from start" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from stop" -s t -l timeout -d 'Shutdown timeout in seconds' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from stop" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from stop" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from stop" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from stop" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from stop" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from stop" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from stop" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from stop" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from stop" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from stop" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from stop" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from stop" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from stop" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from stop" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from stop" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from stop" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from stop" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from stop" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from restart" -s t -l timeout -d 'Shutdown timeout in seconds' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from restart" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from restart" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from restart" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from restart" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from restart" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from restart" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from restart" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from restart" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from restart" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from restart" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from restart" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from restart" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from restart" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from restart" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from restart" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from restart" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from restart" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from restart" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from kill" -s s -l signal -d 'Signal to send to the container' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from kill" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from kill" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from kill" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from kill" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from kill" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from kill" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from kill" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from kill" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from kill" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from kill" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from kill" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from kill" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from kill" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from kill" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from kill" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from kill" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from kill" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from kill" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from pause" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from pause" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from pause" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from pause" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from pause" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from pause" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from pause" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from pause" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from pause" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from pause" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from pause" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from pause" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from pause" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from pause" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from pause" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from pause" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from pause" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from pause" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from unpause" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from unpause" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from unpause" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from unpause" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from unpause" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from unpause" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from unpause" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from unpause" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from unpause" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from unpause" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from unpause" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from unpause" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from unpause" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from unpause" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from unpause" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from unpause" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from unpause" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from unpause" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from ls" -s a -l all -d 'Show all stopped Compose projects' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Only display project names' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from ls" -l format -d 'Format the output: table, json, or a Go template' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from ls" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from ls" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from ls" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from ls" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from ls" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from ls" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from ls" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from ls" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from ls" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from ls" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from ls" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from ls" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from ls" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from ls" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from ls" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from ls" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from ls" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from port" -l index -d 'Index of the container if the service has multiple replicas' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from port" -l protocol -d 'tcp or udp' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from port" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from port" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from port" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from port" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from port" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from port" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from port" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from port" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from port" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from port" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from port" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from port" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from port" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from port" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from port" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from port" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from port" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from port" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from top" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from top" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from top" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from top" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from top" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from top" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from top" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from top" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from top" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from top" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from top" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from top" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from top" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from top" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from top" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from top" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from top" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from top" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from wait" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from wait" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from wait" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from wait" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from wait" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from wait" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from wait" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from wait" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from wait" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from wait" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from wait" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from wait" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from wait" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from wait" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from wait" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from wait" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from wait" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from wait" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from cp" -l index -d 'Index of the container if the service has multiple replicas' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from cp" -s a -l archive -d 'Archive mode (copy all uid/gid information)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from cp" -s L -l follow-link -d 'Always follow symbol link in SRC_PATH' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from cp" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from cp" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from cp" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from cp" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from cp" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from cp" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from cp" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from cp" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from cp" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from cp" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from cp" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from cp" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from cp" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from cp" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from cp" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from cp" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from cp" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from cp" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from rm" -s f -l force -d 'Don\'t ask to confirm removal' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from rm" -s s -l stop -d 'Stop the containers, if required, before removing' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from rm" -s v -l volumes -d 'Remove any anonymous volumes attached to containers' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from rm" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from rm" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from rm" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from rm" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from rm" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from rm" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from rm" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from rm" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from rm" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from rm" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from rm" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from rm" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from rm" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from rm" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from rm" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from rm" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from rm" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from exec" -s d -l detach -d 'Detached mode: run the command in the background' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from exec" -s T -l no-TTY -d 'Disable pseudo-TTY allocation (by default one is allocated when stdin is a terminal)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from exec" -s e -l env -d 'Set environment variables' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from exec" -s u -l user -d 'Run the command as this user' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from exec" -s w -l workdir -d 'Path to workdir directory for this command' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from exec" -l index -d 'Index of the container if the service has multiple replicas' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from exec" -l privileged -d 'Give extended privileges to the process' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from exec" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from exec" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from exec" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from exec" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from exec" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from exec" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from exec" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from exec" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from exec" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from exec" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from exec" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from exec" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from exec" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from exec" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from exec" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from exec" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from exec" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from exec" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from run" -s d -l detach -d 'Run the container in the background and print its ID' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from run" -l rm -d 'Automatically remove the container when it exits' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from run" -s e -l env -d 'Set environment variables' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from run" -l entrypoint -d 'Override the entrypoint of the image' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from run" -l name -d 'Assign a name to the container' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from run" -l no-deps -d 'Don\'t start linked services' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from run" -s p -l publish -d 'Publish a container\'s port to the host' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from run" -l service-ports -d 'Run with the service\'s ports published' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from run" -s T -l no-TTY -d 'Disable pseudo-TTY allocation (by default one is allocated when stdin is a terminal)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from run" -s u -l user -d 'Run as this user' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from run" -s w -l workdir -d 'Working directory inside the container' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from run" -s v -l volume -d 'Bind mount a volume' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from run" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from run" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from run" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from run" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from run" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from run" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from run" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from run" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from run" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from run" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from run" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from run" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from run" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from run" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from run" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from run" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from run" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from run" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from config" -s q -l quiet -d 'Only validate the configuration, don\'t print anything' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from config" -l services -d 'Print the service names, one per line' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from config" -l volumes -d 'Print the volume names, one per line' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from config" -l images -d 'Print the image names, one per line' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from config" -l profiles -d 'Print the profile names, one per line' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from config" -l format -d 'Format the output: yaml or json' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from config" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from config" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from config" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from config" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from config" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from config" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from config" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from config" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from config" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from config" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from config" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from config" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from config" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from config" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from config" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from config" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from config" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from config" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from version" -l short -d 'Shows only the version number' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from version" -s f -l format -d 'Format the output: pretty or json' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from version" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from version" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from version" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from version" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from version" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from version" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from version" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from version" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from version" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from version" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from version" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from version" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from version" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from version" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from version" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from version" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from version" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from version" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand generate; and not __fish_seen_subcommand_from systemd kube" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand generate; and not __fish_seen_subcommand_from systemd kube" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand generate; and not __fish_seen_subcommand_from systemd kube" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand generate; and not __fish_seen_subcommand_from systemd kube" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand generate; and not __fish_seen_subcommand_from systemd kube" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand generate; and not __fish_seen_subcommand_from systemd kube" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand generate; and not __fish_seen_subcommand_from systemd kube" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand generate; and not __fish_seen_subcommand_from systemd kube" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand generate; and not __fish_seen_subcommand_from systemd kube" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand generate; and not __fish_seen_subcommand_from systemd kube" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand generate; and not __fish_seen_subcommand_from systemd kube" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand generate; and not __fish_seen_subcommand_from systemd kube" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand generate; and not __fish_seen_subcommand_from systemd kube" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand generate; and not __fish_seen_subcommand_from systemd kube" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand generate; and not __fish_seen_subcommand_from systemd kube" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand generate; and not __fish_seen_subcommand_from systemd kube" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand generate; and not __fish_seen_subcommand_from systemd kube" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand generate; and not __fish_seen_subcommand_from systemd kube" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand generate; and not __fish_seen_subcommand_from systemd kube" -f -a "systemd" -d 'Generate a systemd unit file that runs a container as a service'
complete -c dhow -n "__fish_dhow_using_subcommand generate; and not __fish_seen_subcommand_from systemd kube" -f -a "kube" -d 'Generate Kubernetes YAML from pods or containers (same as \'kube generate\')'
complete -c dhow -n "__fish_dhow_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l new -d 'Create a new container at each start (from its recorded create command) and remove it at stop' -r
complete -c dhow -n "__fish_dhow_using_subcommand generate; and __fish_seen_subcommand_from systemd" -s n -l name -d 'Use the container\'s name instead of its ID in the unit\'s name and commands' -r
complete -c dhow -n "__fish_dhow_using_subcommand generate; and __fish_seen_subcommand_from systemd" -s f -l files -d 'Write the unit to <UNIT>.service in the current directory and print its path' -r
complete -c dhow -n "__fish_dhow_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l format -d 'Print JSON (unit name → text, or → path with --files) instead of the unit' -r -f -a "json\t''"
complete -c dhow -n "__fish_dhow_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l restart-policy -d 'systemd restart policy: no, on-success, on-failure, on-abnormal, on-watchdog, on-abort, always' -r
complete -c dhow -n "__fish_dhow_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l restart-sec -d 'Seconds systemd waits before restarting the service (RestartSec)' -r
complete -c dhow -n "__fish_dhow_using_subcommand generate; and __fish_seen_subcommand_from systemd" -s t -l time -l stop-timeout -d 'Seconds to wait for the container to stop before killing it (default: the container\'s stop timeout)' -r
complete -c dhow -n "__fish_dhow_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l start-timeout -d 'Seconds systemd waits for the service to start (TimeoutStartSec)' -r
complete -c dhow -n "__fish_dhow_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l container-prefix -d 'Prefix of the unit\'s name' -r
complete -c dhow -n "__fish_dhow_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l separator -d 'Separator between the prefix and the name or ID' -r
complete -c dhow -n "__fish_dhow_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l after -d 'Add an After= dependency on this unit (repeatable)' -r
complete -c dhow -n "__fish_dhow_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l wants -d 'Add a Wants= dependency on this unit (repeatable)' -r
complete -c dhow -n "__fish_dhow_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l requires -d 'Add a Requires= dependency on this unit (repeatable)' -r
complete -c dhow -n "__fish_dhow_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l no-header -d 'Leave out the header comment (name, generator, date)' -r
complete -c dhow -n "__fish_dhow_using_subcommand generate; and __fish_seen_subcommand_from systemd" -s e -l env -d 'Set an environment variable of the service: KEY=VALUE' -r
complete -c dhow -n "__fish_dhow_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand generate; and __fish_seen_subcommand_from systemd" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand generate; and __fish_seen_subcommand_from kube" -s s -l service -d 'Also generate a Service for the published ports' -r
complete -c dhow -n "__fish_dhow_using_subcommand generate; and __fish_seen_subcommand_from kube" -s t -l type -d 'Kind of object to generate: pod or deployment' -r -f -a "pod\t''
deployment\t''"
complete -c dhow -n "__fish_dhow_using_subcommand generate; and __fish_seen_subcommand_from kube" -s r -l replicas -d 'Replicas of a generated Deployment' -r
complete -c dhow -n "__fish_dhow_using_subcommand generate; and __fish_seen_subcommand_from kube" -s f -l filename -d 'Write the YAML to this file instead of stdout' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand generate; and __fish_seen_subcommand_from kube" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand generate; and __fish_seen_subcommand_from kube" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand generate; and __fish_seen_subcommand_from kube" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand generate; and __fish_seen_subcommand_from kube" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand generate; and __fish_seen_subcommand_from kube" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand generate; and __fish_seen_subcommand_from kube" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand generate; and __fish_seen_subcommand_from kube" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand generate; and __fish_seen_subcommand_from kube" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand generate; and __fish_seen_subcommand_from kube" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand generate; and __fish_seen_subcommand_from kube" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand generate; and __fish_seen_subcommand_from kube" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand generate; and __fish_seen_subcommand_from kube" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand generate; and __fish_seen_subcommand_from kube" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand generate; and __fish_seen_subcommand_from kube" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand generate; and __fish_seen_subcommand_from kube" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand generate; and __fish_seen_subcommand_from kube" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand generate; and __fish_seen_subcommand_from kube" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand generate; and __fish_seen_subcommand_from kube" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand auto-update" -l dry-run -d 'Only report which containers have a newer image (UPDATED: pending); nothing is pulled or restarted' -r
complete -c dhow -n "__fish_dhow_using_subcommand auto-update" -l format -d 'Print json, or a Go template over each report (.Unit .Container .Image .Policy .Updated)' -r
complete -c dhow -n "__fish_dhow_using_subcommand auto-update" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand auto-update" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand auto-update" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand auto-update" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand auto-update" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand auto-update" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand auto-update" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand auto-update" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand auto-update" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand auto-update" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand auto-update" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand auto-update" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand auto-update" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand auto-update" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand auto-update" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand auto-update" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand auto-update" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand auto-update" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand quadlet" -l user -d 'Read the user\'s unit files (as a user generator) instead of the system\'s' -r
complete -c dhow -n "__fish_dhow_using_subcommand quadlet" -l dryrun -d 'Print the units instead of writing them' -r
complete -c dhow -n "__fish_dhow_using_subcommand quadlet" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand quadlet" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand quadlet" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand quadlet" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand quadlet" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand quadlet" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand quadlet" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand quadlet" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand quadlet" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand quadlet" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand quadlet" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand quadlet" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand quadlet" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand quadlet" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand quadlet" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand quadlet" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand quadlet" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand quadlet" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand system; and not __fish_seen_subcommand_from df prune check reset info migrate renumber" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand system; and not __fish_seen_subcommand_from df prune check reset info migrate renumber" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand system; and not __fish_seen_subcommand_from df prune check reset info migrate renumber" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand system; and not __fish_seen_subcommand_from df prune check reset info migrate renumber" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and not __fish_seen_subcommand_from df prune check reset info migrate renumber" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and not __fish_seen_subcommand_from df prune check reset info migrate renumber" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand system; and not __fish_seen_subcommand_from df prune check reset info migrate renumber" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand system; and not __fish_seen_subcommand_from df prune check reset info migrate renumber" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and not __fish_seen_subcommand_from df prune check reset info migrate renumber" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and not __fish_seen_subcommand_from df prune check reset info migrate renumber" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand system; and not __fish_seen_subcommand_from df prune check reset info migrate renumber" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand system; and not __fish_seen_subcommand_from df prune check reset info migrate renumber" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand system; and not __fish_seen_subcommand_from df prune check reset info migrate renumber" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and not __fish_seen_subcommand_from df prune check reset info migrate renumber" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and not __fish_seen_subcommand_from df prune check reset info migrate renumber" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and not __fish_seen_subcommand_from df prune check reset info migrate renumber" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and not __fish_seen_subcommand_from df prune check reset info migrate renumber" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand system; and not __fish_seen_subcommand_from df prune check reset info migrate renumber" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand system; and not __fish_seen_subcommand_from df prune check reset info migrate renumber" -f -a "df" -d 'Show disk usage of images, containers, volumes and build cache'
complete -c dhow -n "__fish_dhow_using_subcommand system; and not __fish_seen_subcommand_from df prune check reset info migrate renumber" -f -a "prune" -d 'Remove stopped containers, dangling images (and unused volumes with --volumes)'
complete -c dhow -n "__fish_dhow_using_subcommand system; and not __fish_seen_subcommand_from df prune check reset info migrate renumber" -f -a "check" -d 'Verify the store (images, layers, blobs, containers, volumes) and repair it with --repair'
complete -c dhow -n "__fish_dhow_using_subcommand system; and not __fish_seen_subcommand_from df prune check reset info migrate renumber" -f -a "reset" -d 'Remove every container, image, volume, network and the build cache: back to an empty dhow'
complete -c dhow -n "__fish_dhow_using_subcommand system; and not __fish_seen_subcommand_from df prune check reset info migrate renumber" -f -a "info" -d 'Display system-wide information (same as dhow info)'
complete -c dhow -n "__fish_dhow_using_subcommand system; and not __fish_seen_subcommand_from df prune check reset info migrate renumber" -f -a "migrate" -d 'Migrate containers to a new dhow version (nothing to do: dhow\'s records need no migration)'
complete -c dhow -n "__fish_dhow_using_subcommand system; and not __fish_seen_subcommand_from df prune check reset info migrate renumber" -f -a "renumber" -d 'Renumber container locks (nothing to do: dhow\'s locks are per container, not numbered)'
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from df" -s v -l verbose -d 'Show detailed information on space usage' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from df" -l format -d 'Format the output with a Go template ({{.Type}} {{.TotalCount}} {{.Active}} {{.Size}} {{.Reclaimable}}) or \'json\'' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from df" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from df" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from df" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from df" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from df" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from df" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from df" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from df" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from df" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from df" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from df" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from df" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from df" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from df" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from df" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from df" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from df" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from df" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from prune" -s a -l all -d 'Remove all unused images, not just dangling ones' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from prune" -l volumes -d 'Prune volumes no container uses too' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not ask for confirmation (dhow never asks, as its other prunes; accepted for compatibility)' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from prune" -l filter -d 'Only prune objects matching: until=TIME, label=KEY[=VALUE] (containers)' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from prune" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from prune" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from prune" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from prune" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from prune" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from prune" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from prune" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from prune" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from prune" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from prune" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from prune" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from prune" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from prune" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from prune" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from prune" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from prune" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from prune" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from check" -s r -l repair -d 'Remove what is inconsistent (damaged images, incomplete layers, garbage, leftovers); never touches what is sound' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from check" -s q -l quick -d 'Skip verifying the digest of every blob' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from check" -s f -l force -d 'Accepted for podman compatibility (dhow\'s repair never removes containers)' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from check" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from check" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from check" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from check" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from check" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from check" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from check" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from check" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from check" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from check" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from check" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from check" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from check" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from check" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from check" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from check" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from check" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from reset" -s f -l force -d 'Do not ask for confirmation' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from reset" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from reset" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from reset" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from reset" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from reset" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from reset" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from reset" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from reset" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from reset" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from reset" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from reset" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from reset" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from reset" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from reset" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from reset" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from reset" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from reset" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from reset" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from info" -s f -l format -d 'Format output with a Go template (\'{{.ID}}\', \'table {{.ID}}\\t{{.Size}}\') or \'json\'' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from info" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from info" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from info" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from info" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from info" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from info" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from info" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from info" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from info" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from info" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from info" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from info" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from info" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from info" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from info" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from info" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from info" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from migrate" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from migrate" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from migrate" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from migrate" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from migrate" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from migrate" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from migrate" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from migrate" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from migrate" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from migrate" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from migrate" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from migrate" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from migrate" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from migrate" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from migrate" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from migrate" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from migrate" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from migrate" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from renumber" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from renumber" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from renumber" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from renumber" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from renumber" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from renumber" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from renumber" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from renumber" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from renumber" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from renumber" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from renumber" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from renumber" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from renumber" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from renumber" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from renumber" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from renumber" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from renumber" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from renumber" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand __monitor" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand __monitor" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand __monitor" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand __monitor" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand __monitor" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand __monitor" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand __monitor" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand __monitor" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand __monitor" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand __monitor" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand __monitor" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand __monitor" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand __monitor" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand __monitor" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand __monitor" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand __monitor" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand __monitor" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand __monitor" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand __netns-holder" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand __netns-holder" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand __netns-holder" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand __netns-holder" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand __netns-holder" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand __netns-holder" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand __netns-holder" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand __netns-holder" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand __netns-holder" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand __netns-holder" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand __netns-holder" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand __netns-holder" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand __netns-holder" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand __netns-holder" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand __netns-holder" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand __netns-holder" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand __netns-holder" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand __netns-holder" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand __generate-docs" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand __generate-docs" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand __generate-docs" -l log-level -d 'Log level: trace, debug, info, warn, error, fatal, panic (accepted for podman compatibility; dhow logs only errors and warnings)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c dhow -n "__fish_dhow_using_subcommand __generate-docs" -l storage-driver -d 'Storage driver: overlay (dhow\'s only one); vfs is accepted with a warning and overlay is used' -r
complete -c dhow -n "__fish_dhow_using_subcommand __generate-docs" -l storage-opt -d 'Storage driver option (accepted for podman compatibility; dhow\'s overlay store takes no options)' -r
complete -c dhow -n "__fish_dhow_using_subcommand __generate-docs" -l events-backend -d 'Events backend: file, journald, none (accepted for podman compatibility; dhow always logs events to its own file)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c dhow -n "__fish_dhow_using_subcommand __generate-docs" -l cgroup-manager -d 'Cgroup manager: systemd, cgroupfs (accepted for podman compatibility; dhow does not manage cgroups)' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c dhow -n "__fish_dhow_using_subcommand __generate-docs" -l runtime-flag -d 'Flag for the OCI runtime, without its dashes (accepted for podman compatibility; dhow passes no extra flags to runtimes)' -r
complete -c dhow -n "__fish_dhow_using_subcommand __generate-docs" -l noout -d 'Do not print anything on standard output' -r
complete -c dhow -n "__fish_dhow_using_subcommand __generate-docs" -l default-mounts-file -d 'File of default mounts (accepted for podman compatibility; dhow adds no default mounts)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand __generate-docs" -l tmpdir -d 'Directory for podman\'s temporary state (accepted for podman compatibility; dhow keeps it under --runroot)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand __generate-docs" -l network-cmd-path -d 'Path of the slirp4netns program (accepted for podman compatibility; dhow runs slirp4netns or pasta from PATH)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand __generate-docs" -l syslog -d 'Log to syslog as well (accepted for podman compatibility; dhow logs only to standard error)' -r
complete -c dhow -n "__fish_dhow_using_subcommand __generate-docs" -l remote -d 'Remote podman service (not supported: dhow has no service, it runs containers on this machine)' -r
complete -c dhow -n "__fish_dhow_using_subcommand __generate-docs" -l url -l host -d 'URL of a remote podman service (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand __generate-docs" -l connection -l context -d 'Remote connection name (not supported: dhow has no service)' -r
complete -c dhow -n "__fish_dhow_using_subcommand __generate-docs" -l identity -d 'SSH identity for a remote connection (not supported: dhow has no service)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand __generate-docs" -s h -l help -d 'Print help'
