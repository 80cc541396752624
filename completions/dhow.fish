# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_dhow_global_optspecs
    string join \n root= runroot= log-level= h/help V/version
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
complete -c dhow -n "__fish_dhow_needs_command" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_needs_command" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_needs_command" -s V -l version -d 'Print version'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "pull" -d 'Pull an image from a registry'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "build" -d 'Build an image from a Containerfile or Dockerfile'
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
complete -c dhow -n "__fish_dhow_needs_command" -f -a "run" -d 'Run a command in a new container'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "create" -d 'Create a new container'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "start" -d 'Start one or more stopped containers'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "stop" -d 'Stop one or more running containers'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "kill" -d 'Kill one or more running containers with a signal'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "restart" -d 'Restart one or more containers'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "rm" -d 'Remove one or more containers'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "wait" -d 'Block until containers stop, then print their exit codes'
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
complete -c dhow -n "__fish_dhow_needs_command" -f -a "container" -d 'Manage containers'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "volume" -d 'Manage volumes'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "network" -d 'Manage networks'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "compose" -d 'Define and run multi-container applications (docker compose v2)'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "system" -d 'Manage dhow: disk usage and cleanup'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "__monitor" -d 'The per-container monitor (started by run/start; not for direct use)'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "__netns-holder" -d 'Holds a user-defined network\'s namespace (started on first use; not for direct use)'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "__generate-docs" -d 'Regenerate man pages and shell completions into a directory (maintainers)'
complete -c dhow -n "__fish_dhow_using_subcommand pull" -l tls-verify -d 'Require HTTPS and verify certificates (false allows plain HTTP and self-signed certificates)' -r -f -a "true\t''
false\t''"
complete -c dhow -n "__fish_dhow_using_subcommand pull" -l authfile -d 'Path of the authentication file (default: podman\'s auth.json, then ~/.docker/config.json)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pull" -l creds -d 'Credentials USER[:PASSWORD] for the registry' -r
complete -c dhow -n "__fish_dhow_using_subcommand pull" -l platform -d 'Platform OS/ARCH[/VARIANT] to pull (default: this machine\'s)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pull" -l arch -d 'Architecture to pull instead of this machine\'s' -r
complete -c dhow -n "__fish_dhow_using_subcommand pull" -l os -d 'OS to pull instead of linux' -r
complete -c dhow -n "__fish_dhow_using_subcommand pull" -l variant -d 'Architecture variant (e.g. v7 for arm)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pull" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pull" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pull" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pull" -s a -l all-tags -d 'Pull all tagged images in the repository (not supported yet)'
complete -c dhow -n "__fish_dhow_using_subcommand pull" -s q -l quiet -d 'Print only the image ID'
complete -c dhow -n "__fish_dhow_using_subcommand pull" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand build" -s f -l file -d 'Name of the Dockerfile (default: CONTEXT/Containerfile or CONTEXT/Dockerfile; - reads stdin)' -r
complete -c dhow -n "__fish_dhow_using_subcommand build" -s t -l tag -d 'Name and optionally a tag (NAME[:TAG]) for the image (repeatable)' -r
complete -c dhow -n "__fish_dhow_using_subcommand build" -l build-arg -d 'Set a build-time variable (KEY=VALUE, or KEY to take it from the environment)' -r
complete -c dhow -n "__fish_dhow_using_subcommand build" -l target -d 'Build only up to this stage' -r
complete -c dhow -n "__fish_dhow_using_subcommand build" -l pull -d 'Pull base images: always (also a bare --pull), missing, never, newer' -r
complete -c dhow -n "__fish_dhow_using_subcommand build" -l layers -d 'Cache and commit each step as its own layer (false: one layer per stage, no cache)' -r -f -a "true\t''
false\t''"
complete -c dhow -n "__fish_dhow_using_subcommand build" -l label -d 'Set a label on the image (KEY=VALUE, repeatable)' -r
complete -c dhow -n "__fish_dhow_using_subcommand build" -l iidfile -d 'Write the image ID to this file' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand build" -l network -d 'Network for RUN: none (default: a private namespace with only loopback) or host' -r
complete -c dhow -n "__fish_dhow_using_subcommand build" -l tls-verify -d 'Require HTTPS and verify certificates (false allows plain HTTP and self-signed certificates)' -r -f -a "true\t''
false\t''"
complete -c dhow -n "__fish_dhow_using_subcommand build" -l authfile -d 'Path of the authentication file (default: podman\'s auth.json, then ~/.docker/config.json)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand build" -l creds -d 'Credentials USER[:PASSWORD] for the registry' -r
complete -c dhow -n "__fish_dhow_using_subcommand build" -l platform -d 'Platform OS/ARCH[/VARIANT] to pull (default: this machine\'s)' -r
complete -c dhow -n "__fish_dhow_using_subcommand build" -l arch -d 'Architecture to pull instead of this machine\'s' -r
complete -c dhow -n "__fish_dhow_using_subcommand build" -l os -d 'OS to pull instead of linux' -r
complete -c dhow -n "__fish_dhow_using_subcommand build" -l variant -d 'Architecture variant (e.g. v7 for arm)' -r
complete -c dhow -n "__fish_dhow_using_subcommand build" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand build" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand build" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand build" -l no-cache -d 'Do not use the build cache'
complete -c dhow -n "__fish_dhow_using_subcommand build" -l squash -d 'Squash the layers each stage adds into one'
complete -c dhow -n "__fish_dhow_using_subcommand build" -s q -l quiet -d 'Print only the image ID'
complete -c dhow -n "__fish_dhow_using_subcommand build" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand push" -l tls-verify -d 'Require HTTPS and verify certificates (false allows plain HTTP and self-signed certificates)' -r -f -a "true\t''
false\t''"
complete -c dhow -n "__fish_dhow_using_subcommand push" -l authfile -d 'Path of the authentication file (default: podman\'s auth.json, then ~/.docker/config.json)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand push" -l creds -d 'Credentials USER[:PASSWORD] for the registry' -r
complete -c dhow -n "__fish_dhow_using_subcommand push" -s f -l format -d 'Manifest format: oci or v2s2 (default: the image\'s own)' -r
complete -c dhow -n "__fish_dhow_using_subcommand push" -l compression-format -d 'Compression for layers that need compressing: gzip or zstd' -r
complete -c dhow -n "__fish_dhow_using_subcommand push" -l digestfile -d 'Write the digest of the pushed manifest to this file' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand push" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand push" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand push" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand push" -s q -l quiet -d 'Do not print progress'
complete -c dhow -n "__fish_dhow_using_subcommand push" -l remove-signatures -d 'Accepted for compatibility; dhow never copies signatures'
complete -c dhow -n "__fish_dhow_using_subcommand push" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand login" -s u -l username -d 'Username' -r
complete -c dhow -n "__fish_dhow_using_subcommand login" -s p -l password -d 'Password (insecure: it shows in the process list; prefer --password-stdin)' -r
complete -c dhow -n "__fish_dhow_using_subcommand login" -l authfile -d 'Path of the authentication file (default: podman\'s auth.json)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand login" -l tls-verify -d 'Require HTTPS and verify certificates' -r -f -a "true\t''
false\t''"
complete -c dhow -n "__fish_dhow_using_subcommand login" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand login" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand login" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand login" -l password-stdin -d 'Read the password from standard input'
complete -c dhow -n "__fish_dhow_using_subcommand login" -l get-login -d 'Return the stored credentials\' user name instead of logging in'
complete -c dhow -n "__fish_dhow_using_subcommand login" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand logout" -l authfile -d 'Path of the authentication file (default: podman\'s auth.json)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand logout" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand logout" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand logout" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand logout" -s a -l all -d 'Remove the credentials of all registries'
complete -c dhow -n "__fish_dhow_using_subcommand logout" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand save" -s o -l output -d 'Write to a file (a directory for oci-dir) instead of standard output' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand save" -l format -d 'Archive format: docker-archive, oci-archive or oci-dir' -r
complete -c dhow -n "__fish_dhow_using_subcommand save" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand save" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand save" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand save" -s q -l quiet -d 'Accepted for compatibility (no progress is printed)'
complete -c dhow -n "__fish_dhow_using_subcommand save" -s m -l multi-image-archive -d 'Accepted for compatibility: several images always share one archive'
complete -c dhow -n "__fish_dhow_using_subcommand save" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand load" -s i -l input -d 'Read the archive from a file (or OCI layout directory) instead of standard input' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand load" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand load" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand load" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand load" -s q -l quiet -d 'Suppress progress output'
complete -c dhow -n "__fish_dhow_using_subcommand load" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand export" -s o -l output -d 'Write to a file instead of standard output' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand export" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand export" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand export" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand export" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand import" -s c -l change -d 'Apply a Dockerfile instruction to the image (CMD, ENTRYPOINT, ENV, EXPOSE, LABEL, USER, VOLUME, WORKDIR, STOPSIGNAL)' -r
complete -c dhow -n "__fish_dhow_using_subcommand import" -s m -l message -d 'Commit message for the imported image' -r
complete -c dhow -n "__fish_dhow_using_subcommand import" -l platform -d 'Platform OS/ARCH[/VARIANT] to record (default: this machine\'s)' -r
complete -c dhow -n "__fish_dhow_using_subcommand import" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand import" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand import" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand import" -s q -l quiet -d 'Do not print progress'
complete -c dhow -n "__fish_dhow_using_subcommand import" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand commit" -s a -l author -d 'Author (e.g. "Jane Doe <jane@example.com>")' -r
complete -c dhow -n "__fish_dhow_using_subcommand commit" -s m -l message -d 'Commit message' -r
complete -c dhow -n "__fish_dhow_using_subcommand commit" -s c -l change -d 'Apply a Dockerfile instruction to the image (CMD, ENTRYPOINT, ENV, EXPOSE, LABEL, USER, VOLUME, WORKDIR, STOPSIGNAL)' -r
complete -c dhow -n "__fish_dhow_using_subcommand commit" -s p -l pause -d 'Pause a running container while committing (default true, as in docker)' -r -f -a "true\t''
false\t''"
complete -c dhow -n "__fish_dhow_using_subcommand commit" -s f -l format -d 'Image format: oci or docker' -r
complete -c dhow -n "__fish_dhow_using_subcommand commit" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand commit" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand commit" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand commit" -s q -l quiet -d 'Do not print progress'
complete -c dhow -n "__fish_dhow_using_subcommand commit" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand search" -l limit -d 'Maximum number of results per registry' -r
complete -c dhow -n "__fish_dhow_using_subcommand search" -s f -l filter -d 'Filter output by key=value (repeatable)' -r
complete -c dhow -n "__fish_dhow_using_subcommand search" -l format -d 'Format output with a Go template (\'{{.ID}}\', \'table {{.ID}}\\t{{.Size}}\') or \'json\'' -r
complete -c dhow -n "__fish_dhow_using_subcommand search" -l tls-verify -d 'Require HTTPS and verify certificates' -r -f -a "true\t''
false\t''"
complete -c dhow -n "__fish_dhow_using_subcommand search" -l authfile -d 'Path of the authentication file' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand search" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand search" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand search" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand search" -l no-trunc -d 'Do not truncate descriptions'
complete -c dhow -n "__fish_dhow_using_subcommand search" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand images" -s f -l filter -d 'Filter output by key=value (repeatable)' -r
complete -c dhow -n "__fish_dhow_using_subcommand images" -l format -d 'Format output with a Go template (\'{{.ID}}\', \'table {{.ID}}\\t{{.Size}}\') or \'json\'' -r
complete -c dhow -n "__fish_dhow_using_subcommand images" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand images" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand images" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand images" -s a -l all -d 'Show all images (intermediate images included)'
complete -c dhow -n "__fish_dhow_using_subcommand images" -s q -l quiet -d 'Show only image IDs'
complete -c dhow -n "__fish_dhow_using_subcommand images" -l no-trunc -d 'Do not truncate output'
complete -c dhow -n "__fish_dhow_using_subcommand images" -l digests -d 'Show digests'
complete -c dhow -n "__fish_dhow_using_subcommand images" -s n -l noheading -d 'Do not print the header line'
complete -c dhow -n "__fish_dhow_using_subcommand images" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand inspect" -s f -l format -d 'Format the output with a Go template, e.g. \'{{.Config.Cmd}}\'' -r
complete -c dhow -n "__fish_dhow_using_subcommand inspect" -s t -l type -d 'Only inspect objects of this type' -r -f -a "image\t''
container\t''
all\t''"
complete -c dhow -n "__fish_dhow_using_subcommand inspect" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand inspect" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand inspect" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand inspect" -s s -l size -d 'Display total file sizes (containers: SizeRw and SizeRootFs)'
complete -c dhow -n "__fish_dhow_using_subcommand inspect" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand tag" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand tag" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand tag" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand tag" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand untag" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand untag" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand untag" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand untag" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand rmi" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand rmi" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand rmi" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand rmi" -s f -l force -d 'By ID: remove an image with several names (all of them go), or one a stopped container uses. By name: untag the last name even when a container uses the image (only that name goes while others remain)'
complete -c dhow -n "__fish_dhow_using_subcommand rmi" -s a -l all -d 'Remove all images'
complete -c dhow -n "__fish_dhow_using_subcommand rmi" -s i -l ignore -d 'Do not fail when an image does not exist'
complete -c dhow -n "__fish_dhow_using_subcommand rmi" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand history" -s H -l human -d 'Print sizes and dates in a machine-friendly way' -r -f -a "true\t''
false\t''"
complete -c dhow -n "__fish_dhow_using_subcommand history" -l format -d 'Format output with a Go template (\'{{.ID}}\', \'table {{.ID}}\\t{{.Size}}\') or \'json\'' -r
complete -c dhow -n "__fish_dhow_using_subcommand history" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand history" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand history" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand history" -l no-trunc -d 'Do not truncate output'
complete -c dhow -n "__fish_dhow_using_subcommand history" -s q -l quiet -d 'Only show image IDs'
complete -c dhow -n "__fish_dhow_using_subcommand history" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand image; and not __fish_seen_subcommand_from build pull ls list inspect tag untag rm remove prune history push save load import search" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and not __fish_seen_subcommand_from build pull ls list inspect tag untag rm remove prune history push save load import search" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and not __fish_seen_subcommand_from build pull ls list inspect tag untag rm remove prune history push save load import search" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and not __fish_seen_subcommand_from build pull ls list inspect tag untag rm remove prune history push save load import search" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand image; and not __fish_seen_subcommand_from build pull ls list inspect tag untag rm remove prune history push save load import search" -f -a "build" -d 'Build an image from a Containerfile or Dockerfile'
complete -c dhow -n "__fish_dhow_using_subcommand image; and not __fish_seen_subcommand_from build pull ls list inspect tag untag rm remove prune history push save load import search" -f -a "pull" -d 'Pull an image from a registry'
complete -c dhow -n "__fish_dhow_using_subcommand image; and not __fish_seen_subcommand_from build pull ls list inspect tag untag rm remove prune history push save load import search" -f -a "ls" -d 'List images'
complete -c dhow -n "__fish_dhow_using_subcommand image; and not __fish_seen_subcommand_from build pull ls list inspect tag untag rm remove prune history push save load import search" -f -a "list" -d 'List images'
complete -c dhow -n "__fish_dhow_using_subcommand image; and not __fish_seen_subcommand_from build pull ls list inspect tag untag rm remove prune history push save load import search" -f -a "inspect" -d 'Display detailed information on one or more images'
complete -c dhow -n "__fish_dhow_using_subcommand image; and not __fish_seen_subcommand_from build pull ls list inspect tag untag rm remove prune history push save load import search" -f -a "tag" -d 'Add a name to an image'
complete -c dhow -n "__fish_dhow_using_subcommand image; and not __fish_seen_subcommand_from build pull ls list inspect tag untag rm remove prune history push save load import search" -f -a "untag" -d 'Remove names from an image'
complete -c dhow -n "__fish_dhow_using_subcommand image; and not __fish_seen_subcommand_from build pull ls list inspect tag untag rm remove prune history push save load import search" -f -a "rm" -d 'Remove one or more images'
complete -c dhow -n "__fish_dhow_using_subcommand image; and not __fish_seen_subcommand_from build pull ls list inspect tag untag rm remove prune history push save load import search" -f -a "remove" -d 'Remove one or more images'
complete -c dhow -n "__fish_dhow_using_subcommand image; and not __fish_seen_subcommand_from build pull ls list inspect tag untag rm remove prune history push save load import search" -f -a "prune" -d 'Remove unused images'
complete -c dhow -n "__fish_dhow_using_subcommand image; and not __fish_seen_subcommand_from build pull ls list inspect tag untag rm remove prune history push save load import search" -f -a "history" -d 'Show the history of an image'
complete -c dhow -n "__fish_dhow_using_subcommand image; and not __fish_seen_subcommand_from build pull ls list inspect tag untag rm remove prune history push save load import search" -f -a "push" -d 'Push an image to a registry'
complete -c dhow -n "__fish_dhow_using_subcommand image; and not __fish_seen_subcommand_from build pull ls list inspect tag untag rm remove prune history push save load import search" -f -a "save" -d 'Save images to an archive'
complete -c dhow -n "__fish_dhow_using_subcommand image; and not __fish_seen_subcommand_from build pull ls list inspect tag untag rm remove prune history push save load import search" -f -a "load" -d 'Load images from an archive'
complete -c dhow -n "__fish_dhow_using_subcommand image; and not __fish_seen_subcommand_from build pull ls list inspect tag untag rm remove prune history push save load import search" -f -a "import" -d 'Import a filesystem tarball as an image'
complete -c dhow -n "__fish_dhow_using_subcommand image; and not __fish_seen_subcommand_from build pull ls list inspect tag untag rm remove prune history push save load import search" -f -a "search" -d 'Search registries for images'
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from build" -s f -l file -d 'Name of the Dockerfile (default: CONTEXT/Containerfile or CONTEXT/Dockerfile; - reads stdin)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from build" -s t -l tag -d 'Name and optionally a tag (NAME[:TAG]) for the image (repeatable)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from build" -l build-arg -d 'Set a build-time variable (KEY=VALUE, or KEY to take it from the environment)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from build" -l target -d 'Build only up to this stage' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from build" -l pull -d 'Pull base images: always (also a bare --pull), missing, never, newer' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from build" -l layers -d 'Cache and commit each step as its own layer (false: one layer per stage, no cache)' -r -f -a "true\t''
false\t''"
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from build" -l label -d 'Set a label on the image (KEY=VALUE, repeatable)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from build" -l iidfile -d 'Write the image ID to this file' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from build" -l network -d 'Network for RUN: none (default: a private namespace with only loopback) or host' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from build" -l tls-verify -d 'Require HTTPS and verify certificates (false allows plain HTTP and self-signed certificates)' -r -f -a "true\t''
false\t''"
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from build" -l authfile -d 'Path of the authentication file (default: podman\'s auth.json, then ~/.docker/config.json)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from build" -l creds -d 'Credentials USER[:PASSWORD] for the registry' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from build" -l platform -d 'Platform OS/ARCH[/VARIANT] to pull (default: this machine\'s)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from build" -l arch -d 'Architecture to pull instead of this machine\'s' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from build" -l os -d 'OS to pull instead of linux' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from build" -l variant -d 'Architecture variant (e.g. v7 for arm)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from build" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from build" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from build" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from build" -l no-cache -d 'Do not use the build cache'
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from build" -l squash -d 'Squash the layers each stage adds into one'
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from build" -s q -l quiet -d 'Print only the image ID'
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from build" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from pull" -l tls-verify -d 'Require HTTPS and verify certificates (false allows plain HTTP and self-signed certificates)' -r -f -a "true\t''
false\t''"
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from pull" -l authfile -d 'Path of the authentication file (default: podman\'s auth.json, then ~/.docker/config.json)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from pull" -l creds -d 'Credentials USER[:PASSWORD] for the registry' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from pull" -l platform -d 'Platform OS/ARCH[/VARIANT] to pull (default: this machine\'s)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from pull" -l arch -d 'Architecture to pull instead of this machine\'s' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from pull" -l os -d 'OS to pull instead of linux' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from pull" -l variant -d 'Architecture variant (e.g. v7 for arm)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from pull" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from pull" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from pull" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from pull" -s a -l all-tags -d 'Pull all tagged images in the repository (not supported yet)'
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from pull" -s q -l quiet -d 'Print only the image ID'
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from pull" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from ls" -s f -l filter -d 'Filter output by key=value (repeatable)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from ls" -l format -d 'Format output with a Go template (\'{{.ID}}\', \'table {{.ID}}\\t{{.Size}}\') or \'json\'' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from ls" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from ls" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from ls" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from ls" -s a -l all -d 'Show all images (intermediate images included)'
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Show only image IDs'
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from ls" -l no-trunc -d 'Do not truncate output'
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from ls" -l digests -d 'Show digests'
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from ls" -s n -l noheading -d 'Do not print the header line'
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from list" -s f -l filter -d 'Filter output by key=value (repeatable)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from list" -l format -d 'Format output with a Go template (\'{{.ID}}\', \'table {{.ID}}\\t{{.Size}}\') or \'json\'' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from list" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from list" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from list" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from list" -s a -l all -d 'Show all images (intermediate images included)'
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Show only image IDs'
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from list" -l no-trunc -d 'Do not truncate output'
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from list" -l digests -d 'Show digests'
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from list" -s n -l noheading -d 'Do not print the header line'
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Format the output with a Go template, e.g. \'{{.Config.Cmd}}\'' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from inspect" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from inspect" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from inspect" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from tag" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from tag" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from tag" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from tag" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from untag" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from untag" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from untag" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from untag" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from rm" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from rm" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from rm" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from rm" -s f -l force -d 'By ID: remove an image with several names (all of them go), or one a stopped container uses. By name: untag the last name even when a container uses the image (only that name goes while others remain)'
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from rm" -s a -l all -d 'Remove all images'
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from rm" -s i -l ignore -d 'Do not fail when an image does not exist'
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from remove" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from remove" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from remove" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from remove" -s f -l force -d 'By ID: remove an image with several names (all of them go), or one a stopped container uses. By name: untag the last name even when a container uses the image (only that name goes while others remain)'
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from remove" -s a -l all -d 'Remove all images'
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from remove" -s i -l ignore -d 'Do not fail when an image does not exist'
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from prune" -l filter -d 'Filter images to prune (until=, label=)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from prune" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from prune" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from prune" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from prune" -s a -l all -d 'Remove all images not used by containers, not just dangling ones'
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not ask for confirmation (dhow never asks; accepted for compatibility)'
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from history" -s H -l human -d 'Print sizes and dates in a machine-friendly way' -r -f -a "true\t''
false\t''"
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from history" -l format -d 'Format output with a Go template (\'{{.ID}}\', \'table {{.ID}}\\t{{.Size}}\') or \'json\'' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from history" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from history" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from history" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from history" -l no-trunc -d 'Do not truncate output'
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from history" -s q -l quiet -d 'Only show image IDs'
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from push" -l tls-verify -d 'Require HTTPS and verify certificates (false allows plain HTTP and self-signed certificates)' -r -f -a "true\t''
false\t''"
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from push" -l authfile -d 'Path of the authentication file (default: podman\'s auth.json, then ~/.docker/config.json)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from push" -l creds -d 'Credentials USER[:PASSWORD] for the registry' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from push" -s f -l format -d 'Manifest format: oci or v2s2 (default: the image\'s own)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from push" -l compression-format -d 'Compression for layers that need compressing: gzip or zstd' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from push" -l digestfile -d 'Write the digest of the pushed manifest to this file' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from push" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from push" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from push" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from push" -s q -l quiet -d 'Do not print progress'
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from push" -l remove-signatures -d 'Accepted for compatibility; dhow never copies signatures'
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from push" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from save" -s o -l output -d 'Write to a file (a directory for oci-dir) instead of standard output' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from save" -l format -d 'Archive format: docker-archive, oci-archive or oci-dir' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from save" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from save" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from save" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from save" -s q -l quiet -d 'Accepted for compatibility (no progress is printed)'
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from save" -s m -l multi-image-archive -d 'Accepted for compatibility: several images always share one archive'
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from save" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from load" -s i -l input -d 'Read the archive from a file (or OCI layout directory) instead of standard input' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from load" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from load" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from load" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from load" -s q -l quiet -d 'Suppress progress output'
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from load" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from import" -s c -l change -d 'Apply a Dockerfile instruction to the image (CMD, ENTRYPOINT, ENV, EXPOSE, LABEL, USER, VOLUME, WORKDIR, STOPSIGNAL)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from import" -s m -l message -d 'Commit message for the imported image' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from import" -l platform -d 'Platform OS/ARCH[/VARIANT] to record (default: this machine\'s)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from import" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from import" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from import" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Do not print progress'
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from search" -l limit -d 'Maximum number of results per registry' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from search" -s f -l filter -d 'Filter output by key=value (repeatable)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from search" -l format -d 'Format output with a Go template (\'{{.ID}}\', \'table {{.ID}}\\t{{.Size}}\') or \'json\'' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from search" -l tls-verify -d 'Require HTTPS and verify certificates' -r -f -a "true\t''
false\t''"
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from search" -l authfile -d 'Path of the authentication file' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from search" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from search" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from search" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from search" -l no-trunc -d 'Do not truncate descriptions'
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from search" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand version" -l format -d 'Format output with a Go template (\'{{.ID}}\', \'table {{.ID}}\\t{{.Size}}\') or \'json\'' -r
complete -c dhow -n "__fish_dhow_using_subcommand version" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand version" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand version" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand version" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand info" -l format -d 'Format output with a Go template (\'{{.ID}}\', \'table {{.ID}}\\t{{.Size}}\') or \'json\'' -r
complete -c dhow -n "__fish_dhow_using_subcommand info" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand info" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand info" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand info" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand run" -l sig-proxy -d 'Proxy received signals to the container (non-tty mode)' -r -f -a "true\t''
false\t''"
complete -c dhow -n "__fish_dhow_using_subcommand run" -l detach-keys -d 'Key sequence that detaches from the container' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l name -d 'Assign a name to the container' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -s e -l env -d 'Set environment variables (KEY=VALUE, or KEY to copy it from here)' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l env-file -d 'Read environment variables from a file' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand run" -s w -l workdir -d 'Working directory inside the container' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -s u -l user -d 'User to run as: NAME|UID[:GROUP|GID]' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l entrypoint -d 'Overwrite the image\'s ENTRYPOINT (\'\' clears it)' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -s h -l hostname -d 'Container host name' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -s l -l label -d 'Set metadata on the container (KEY=VALUE)' -r
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
complete -c dhow -n "__fish_dhow_using_subcommand run" -l tls-verify -d 'Require HTTPS and verify certificates (false allows plain HTTP and self-signed certificates)' -r -f -a "true\t''
false\t''"
complete -c dhow -n "__fish_dhow_using_subcommand run" -l authfile -d 'Path of the authentication file (default: podman\'s auth.json, then ~/.docker/config.json)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand run" -l creds -d 'Credentials USER[:PASSWORD] for the registry' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l platform -d 'Platform OS/ARCH[/VARIANT] to pull (default: this machine\'s)' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l arch -d 'Architecture to pull instead of this machine\'s' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l os -d 'OS to pull instead of linux' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l variant -d 'Architecture variant (e.g. v7 for arm)' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l network -d 'Connect the container to a network: none, host, container:NAME, slirp4netns, pasta, or a network NAME (default: a private slirp4netns network)' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -s p -l publish -d 'Publish a container\'s port to the host: [IP:][HOSTPORT:]CTRPORT[/PROTO]' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l expose -d 'Expose a port or a range of ports: PORT[-PORT][/PROTO]' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l dns -d 'Set custom DNS servers' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l dns-search -d 'Set custom DNS search domains' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l add-host -d 'Add a custom host-to-IP mapping: NAME:IP (IP may be host-gateway)' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l ip -d 'IPv4 address on a user-defined network' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l network-alias -d 'Add a network-scoped alias for the container' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand run" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand run" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand run" -s d -l detach -d 'Run in the background and print the container ID'
complete -c dhow -n "__fish_dhow_using_subcommand run" -s t -l tty -d 'Allocate a pseudo-terminal'
complete -c dhow -n "__fish_dhow_using_subcommand run" -s i -l interactive -d 'Keep STDIN open'
complete -c dhow -n "__fish_dhow_using_subcommand run" -l rm -d 'Remove the container when it exits'
complete -c dhow -n "__fish_dhow_using_subcommand run" -l init -d 'Run a tiny init as PID 1 that forwards signals and reaps zombies'
complete -c dhow -n "__fish_dhow_using_subcommand run" -l read-only -d 'Mount the container\'s root filesystem read-only'
complete -c dhow -n "__fish_dhow_using_subcommand run" -l privileged -d 'Give the container every capability and no seccomp filter or masked paths'
complete -c dhow -n "__fish_dhow_using_subcommand run" -s q -l quiet -d 'Suppress the pull progress output'
complete -c dhow -n "__fish_dhow_using_subcommand run" -s P -l publish-all -d 'Publish all exposed ports to random free host ports'
complete -c dhow -n "__fish_dhow_using_subcommand run" -l help -d 'Print help (-h is --hostname, as in docker)'
complete -c dhow -n "__fish_dhow_using_subcommand create" -l name -d 'Assign a name to the container' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -s e -l env -d 'Set environment variables (KEY=VALUE, or KEY to copy it from here)' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l env-file -d 'Read environment variables from a file' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand create" -s w -l workdir -d 'Working directory inside the container' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -s u -l user -d 'User to run as: NAME|UID[:GROUP|GID]' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l entrypoint -d 'Overwrite the image\'s ENTRYPOINT (\'\' clears it)' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -s h -l hostname -d 'Container host name' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -s l -l label -d 'Set metadata on the container (KEY=VALUE)' -r
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
complete -c dhow -n "__fish_dhow_using_subcommand create" -l tls-verify -d 'Require HTTPS and verify certificates (false allows plain HTTP and self-signed certificates)' -r -f -a "true\t''
false\t''"
complete -c dhow -n "__fish_dhow_using_subcommand create" -l authfile -d 'Path of the authentication file (default: podman\'s auth.json, then ~/.docker/config.json)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand create" -l creds -d 'Credentials USER[:PASSWORD] for the registry' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l platform -d 'Platform OS/ARCH[/VARIANT] to pull (default: this machine\'s)' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l arch -d 'Architecture to pull instead of this machine\'s' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l os -d 'OS to pull instead of linux' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l variant -d 'Architecture variant (e.g. v7 for arm)' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l network -d 'Connect the container to a network: none, host, container:NAME, slirp4netns, pasta, or a network NAME (default: a private slirp4netns network)' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -s p -l publish -d 'Publish a container\'s port to the host: [IP:][HOSTPORT:]CTRPORT[/PROTO]' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l expose -d 'Expose a port or a range of ports: PORT[-PORT][/PROTO]' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l dns -d 'Set custom DNS servers' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l dns-search -d 'Set custom DNS search domains' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l add-host -d 'Add a custom host-to-IP mapping: NAME:IP (IP may be host-gateway)' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l ip -d 'IPv4 address on a user-defined network' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l network-alias -d 'Add a network-scoped alias for the container' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand create" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand create" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand create" -s t -l tty -d 'Allocate a pseudo-terminal'
complete -c dhow -n "__fish_dhow_using_subcommand create" -s i -l interactive -d 'Keep STDIN open'
complete -c dhow -n "__fish_dhow_using_subcommand create" -l rm -d 'Remove the container when it exits'
complete -c dhow -n "__fish_dhow_using_subcommand create" -l init -d 'Run a tiny init as PID 1 that forwards signals and reaps zombies'
complete -c dhow -n "__fish_dhow_using_subcommand create" -l read-only -d 'Mount the container\'s root filesystem read-only'
complete -c dhow -n "__fish_dhow_using_subcommand create" -l privileged -d 'Give the container every capability and no seccomp filter or masked paths'
complete -c dhow -n "__fish_dhow_using_subcommand create" -s q -l quiet -d 'Suppress the pull progress output'
complete -c dhow -n "__fish_dhow_using_subcommand create" -s P -l publish-all -d 'Publish all exposed ports to random free host ports'
complete -c dhow -n "__fish_dhow_using_subcommand create" -l help -d 'Print help (-h is --hostname, as in docker)'
complete -c dhow -n "__fish_dhow_using_subcommand start" -l detach-keys -d 'Key sequence that detaches from the container' -r
complete -c dhow -n "__fish_dhow_using_subcommand start" -l sig-proxy -d 'Proxy received signals to the container' -r -f -a "true\t''
false\t''"
complete -c dhow -n "__fish_dhow_using_subcommand start" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand start" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand start" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand start" -s a -l attach -d 'Attach to the container\'s output and wait for it'
complete -c dhow -n "__fish_dhow_using_subcommand start" -s i -l interactive -d 'Attach the container\'s stdin'
complete -c dhow -n "__fish_dhow_using_subcommand start" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand stop" -s t -l time -l timeout -d 'Seconds to wait before killing the container' -r
complete -c dhow -n "__fish_dhow_using_subcommand stop" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand stop" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand stop" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand stop" -s a -l all -d 'Stop all running containers'
complete -c dhow -n "__fish_dhow_using_subcommand stop" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand kill" -s s -l signal -d 'Signal to send' -r
complete -c dhow -n "__fish_dhow_using_subcommand kill" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand kill" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand kill" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand kill" -s a -l all -d 'Kill all running containers'
complete -c dhow -n "__fish_dhow_using_subcommand kill" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand restart" -s t -l time -l timeout -d 'Seconds to wait before killing the container' -r
complete -c dhow -n "__fish_dhow_using_subcommand restart" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand restart" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand restart" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand restart" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand rm" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand rm" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand rm" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand rm" -s f -l force -d 'Force the removal of a running container (SIGKILL)'
complete -c dhow -n "__fish_dhow_using_subcommand rm" -s v -l volumes -d 'Remove anonymous volumes of the container'
complete -c dhow -n "__fish_dhow_using_subcommand rm" -s a -l all -d 'Remove all containers'
complete -c dhow -n "__fish_dhow_using_subcommand rm" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand wait" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand wait" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand wait" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand wait" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand ps" -s n -l last -d 'Show n last created containers (includes all states)' -r
complete -c dhow -n "__fish_dhow_using_subcommand ps" -s f -l filter -d 'Filter output by key=value (repeatable)' -r
complete -c dhow -n "__fish_dhow_using_subcommand ps" -l format -d 'Format output with a Go template (\'{{.ID}}\', \'table {{.ID}}\\t{{.Size}}\') or \'json\'' -r
complete -c dhow -n "__fish_dhow_using_subcommand ps" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand ps" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand ps" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand ps" -s a -l all -d 'Show all containers (default shows just running)'
complete -c dhow -n "__fish_dhow_using_subcommand ps" -s q -l quiet -d 'Only display container IDs'
complete -c dhow -n "__fish_dhow_using_subcommand ps" -s l -l latest -d 'Show the latest created container (includes all states)'
complete -c dhow -n "__fish_dhow_using_subcommand ps" -l no-trunc -d 'Don\'t truncate output'
complete -c dhow -n "__fish_dhow_using_subcommand ps" -s s -l size -d 'Display total file sizes'
complete -c dhow -n "__fish_dhow_using_subcommand ps" -l noheading -d 'Do not print the header line'
complete -c dhow -n "__fish_dhow_using_subcommand ps" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand logs" -s n -l tail -d 'Number of lines to show from the end of the logs ("all" for every line)' -r
complete -c dhow -n "__fish_dhow_using_subcommand logs" -l since -d 'Show logs since a timestamp (2024-01-02T15:04:05Z) or relative time (10m)' -r
complete -c dhow -n "__fish_dhow_using_subcommand logs" -l until -d 'Show logs before a timestamp (2024-01-02T15:04:05Z) or relative time (10m)' -r
complete -c dhow -n "__fish_dhow_using_subcommand logs" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand logs" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand logs" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand logs" -s f -l follow -d 'Follow log output until the container stops'
complete -c dhow -n "__fish_dhow_using_subcommand logs" -s t -l timestamps -d 'Show timestamps'
complete -c dhow -n "__fish_dhow_using_subcommand logs" -l details -d 'Show extra details (accepted for compatibility; there are none)'
complete -c dhow -n "__fish_dhow_using_subcommand logs" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand rename" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand rename" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand rename" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand rename" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand exec" -s e -l env -d 'Set environment variables (KEY=VALUE, or KEY to copy it from here)' -r
complete -c dhow -n "__fish_dhow_using_subcommand exec" -l env-file -d 'Read environment variables from a file' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand exec" -s u -l user -d 'User to run as: NAME|UID[:GROUP|GID]' -r
complete -c dhow -n "__fish_dhow_using_subcommand exec" -s w -l workdir -d 'Working directory inside the container' -r
complete -c dhow -n "__fish_dhow_using_subcommand exec" -l detach-keys -d 'Key sequence that detaches from the command (with -it)' -r
complete -c dhow -n "__fish_dhow_using_subcommand exec" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand exec" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand exec" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand exec" -s d -l detach -d 'Detached mode: run the command in the background'
complete -c dhow -n "__fish_dhow_using_subcommand exec" -s i -l interactive -d 'Keep STDIN open'
complete -c dhow -n "__fish_dhow_using_subcommand exec" -s t -l tty -d 'Allocate a pseudo-terminal'
complete -c dhow -n "__fish_dhow_using_subcommand exec" -l privileged -d 'Give extended privileges (every capability) to the command'
complete -c dhow -n "__fish_dhow_using_subcommand exec" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand attach" -l sig-proxy -d 'Proxy received signals to the container (non-tty mode)' -r -f -a "true\t''
false\t''"
complete -c dhow -n "__fish_dhow_using_subcommand attach" -l detach-keys -d 'Key sequence that detaches from the container' -r
complete -c dhow -n "__fish_dhow_using_subcommand attach" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand attach" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand attach" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand attach" -l no-stdin -d 'Do not attach STDIN'
complete -c dhow -n "__fish_dhow_using_subcommand attach" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand top" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand top" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand top" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand top" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand pause" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pause" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand pause" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand pause" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand unpause" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand unpause" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand unpause" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand unpause" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand port" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand port" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand port" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand port" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand update" -l restart -d 'Restart policy to apply when the container exits (no, always, on-failure[:N], unless-stopped)' -r
complete -c dhow -n "__fish_dhow_using_subcommand update" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand update" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand update" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand update" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand cp" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand cp" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand cp" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand cp" -s a -l archive -d 'Archive mode (copy all uid/gid information)'
complete -c dhow -n "__fish_dhow_using_subcommand cp" -s L -l follow-link -d 'Always follow symbol link in SRC_PATH'
complete -c dhow -n "__fish_dhow_using_subcommand cp" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand diff" -l format -d 'Format output with a Go template (\'{{.ID}}\', \'table {{.ID}}\\t{{.Size}}\') or \'json\'' -r
complete -c dhow -n "__fish_dhow_using_subcommand diff" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand diff" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand diff" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand diff" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand stats" -l format -d 'Format output with a Go template (\'{{.ID}}\', \'table {{.ID}}\\t{{.Size}}\') or \'json\'' -r
complete -c dhow -n "__fish_dhow_using_subcommand stats" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand stats" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand stats" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand stats" -s a -l all -d 'Show all containers (default shows just running)'
complete -c dhow -n "__fish_dhow_using_subcommand stats" -l no-stream -d 'Disable streaming stats and only pull the first result'
complete -c dhow -n "__fish_dhow_using_subcommand stats" -l no-trunc -d 'Do not truncate output'
complete -c dhow -n "__fish_dhow_using_subcommand stats" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand events" -l since -d 'Show all events created since timestamp (or duration, e.g. 10m)' -r
complete -c dhow -n "__fish_dhow_using_subcommand events" -l until -d 'Stream events until this timestamp (or duration); without it, follow live events' -r
complete -c dhow -n "__fish_dhow_using_subcommand events" -s f -l filter -d 'Filter output by key=value (repeatable)' -r
complete -c dhow -n "__fish_dhow_using_subcommand events" -l format -d 'Format the output with \'json\' or a Go template (\'{{.Status}} {{.Name}}\')' -r
complete -c dhow -n "__fish_dhow_using_subcommand events" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand events" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand events" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand events" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -f -a "create" -d 'Create a new container'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -f -a "run" -d 'Run a command in a new container'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -f -a "start" -d 'Start one or more stopped containers'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -f -a "stop" -d 'Stop one or more running containers'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -f -a "kill" -d 'Kill one or more running containers with a signal'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -f -a "restart" -d 'Restart one or more containers'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -f -a "rm" -d 'Remove one or more containers'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -f -a "remove" -d 'Remove one or more containers'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -f -a "wait" -d 'Block until containers stop, then print their exit codes'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -f -a "ls" -d 'List containers'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -f -a "ps" -d 'List containers'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -f -a "list" -d 'List containers'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -f -a "logs" -d 'Fetch the logs of a container'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -f -a "inspect" -d 'Display detailed information on one or more containers'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -f -a "rename" -d 'Rename a container'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -f -a "cp" -d 'Copy files/folders between a container and the local filesystem'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -f -a "diff" -d 'Inspect changes to files or directories on a container\'s filesystem'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -f -a "stats" -d 'Display a live stream of container(s) resource usage statistics'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -f -a "prune" -d 'Remove all stopped containers'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -f -a "exec" -d 'Run a command in a running container'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -f -a "attach" -d 'Attach local standard input, output, and error streams to a running container'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -f -a "top" -d 'Display the running processes of a container'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -f -a "pause" -d 'Pause all processes within one or more containers'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -f -a "unpause" -d 'Unpause all processes within one or more containers'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -f -a "port" -d 'List port mappings or a specific mapping for the container'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -f -a "update" -d 'Update configuration of one or more containers'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -f -a "commit" -d 'Create a new image from a container\'s changes'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait ls ps list logs inspect rename cp diff stats prune exec attach top pause unpause port update commit export" -f -a "export" -d 'Export a container\'s filesystem as a tar archive'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l name -d 'Assign a name to the container' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -s e -l env -d 'Set environment variables (KEY=VALUE, or KEY to copy it from here)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l env-file -d 'Read environment variables from a file' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -s w -l workdir -d 'Working directory inside the container' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -s u -l user -d 'User to run as: NAME|UID[:GROUP|GID]' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l entrypoint -d 'Overwrite the image\'s ENTRYPOINT (\'\' clears it)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -s h -l hostname -d 'Container host name' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -s l -l label -d 'Set metadata on the container (KEY=VALUE)' -r
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
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l tls-verify -d 'Require HTTPS and verify certificates (false allows plain HTTP and self-signed certificates)' -r -f -a "true\t''
false\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l authfile -d 'Path of the authentication file (default: podman\'s auth.json, then ~/.docker/config.json)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l creds -d 'Credentials USER[:PASSWORD] for the registry' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l platform -d 'Platform OS/ARCH[/VARIANT] to pull (default: this machine\'s)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l arch -d 'Architecture to pull instead of this machine\'s' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l os -d 'OS to pull instead of linux' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l variant -d 'Architecture variant (e.g. v7 for arm)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l network -d 'Connect the container to a network: none, host, container:NAME, slirp4netns, pasta, or a network NAME (default: a private slirp4netns network)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -s p -l publish -d 'Publish a container\'s port to the host: [IP:][HOSTPORT:]CTRPORT[/PROTO]' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l expose -d 'Expose a port or a range of ports: PORT[-PORT][/PROTO]' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l dns -d 'Set custom DNS servers' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l dns-search -d 'Set custom DNS search domains' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l add-host -d 'Add a custom host-to-IP mapping: NAME:IP (IP may be host-gateway)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l ip -d 'IPv4 address on a user-defined network' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l network-alias -d 'Add a network-scoped alias for the container' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -s t -l tty -d 'Allocate a pseudo-terminal'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -s i -l interactive -d 'Keep STDIN open'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l rm -d 'Remove the container when it exits'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l init -d 'Run a tiny init as PID 1 that forwards signals and reaps zombies'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l read-only -d 'Mount the container\'s root filesystem read-only'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l privileged -d 'Give the container every capability and no seccomp filter or masked paths'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Suppress the pull progress output'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -s P -l publish-all -d 'Publish all exposed ports to random free host ports'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l help -d 'Print help (-h is --hostname, as in docker)'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l sig-proxy -d 'Proxy received signals to the container (non-tty mode)' -r -f -a "true\t''
false\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l detach-keys -d 'Key sequence that detaches from the container' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l name -d 'Assign a name to the container' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -s e -l env -d 'Set environment variables (KEY=VALUE, or KEY to copy it from here)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l env-file -d 'Read environment variables from a file' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -s w -l workdir -d 'Working directory inside the container' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -s u -l user -d 'User to run as: NAME|UID[:GROUP|GID]' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l entrypoint -d 'Overwrite the image\'s ENTRYPOINT (\'\' clears it)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -s h -l hostname -d 'Container host name' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -s l -l label -d 'Set metadata on the container (KEY=VALUE)' -r
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
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l tls-verify -d 'Require HTTPS and verify certificates (false allows plain HTTP and self-signed certificates)' -r -f -a "true\t''
false\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l authfile -d 'Path of the authentication file (default: podman\'s auth.json, then ~/.docker/config.json)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l creds -d 'Credentials USER[:PASSWORD] for the registry' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l platform -d 'Platform OS/ARCH[/VARIANT] to pull (default: this machine\'s)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l arch -d 'Architecture to pull instead of this machine\'s' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l os -d 'OS to pull instead of linux' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l variant -d 'Architecture variant (e.g. v7 for arm)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l network -d 'Connect the container to a network: none, host, container:NAME, slirp4netns, pasta, or a network NAME (default: a private slirp4netns network)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -s p -l publish -d 'Publish a container\'s port to the host: [IP:][HOSTPORT:]CTRPORT[/PROTO]' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l expose -d 'Expose a port or a range of ports: PORT[-PORT][/PROTO]' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l dns -d 'Set custom DNS servers' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l dns-search -d 'Set custom DNS search domains' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l add-host -d 'Add a custom host-to-IP mapping: NAME:IP (IP may be host-gateway)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l ip -d 'IPv4 address on a user-defined network' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l network-alias -d 'Add a network-scoped alias for the container' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -s d -l detach -d 'Run in the background and print the container ID'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -s t -l tty -d 'Allocate a pseudo-terminal'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -s i -l interactive -d 'Keep STDIN open'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l rm -d 'Remove the container when it exits'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l init -d 'Run a tiny init as PID 1 that forwards signals and reaps zombies'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l read-only -d 'Mount the container\'s root filesystem read-only'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l privileged -d 'Give the container every capability and no seccomp filter or masked paths'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -s q -l quiet -d 'Suppress the pull progress output'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -s P -l publish-all -d 'Publish all exposed ports to random free host ports'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from run" -l help -d 'Print help (-h is --hostname, as in docker)'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from start" -l detach-keys -d 'Key sequence that detaches from the container' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from start" -l sig-proxy -d 'Proxy received signals to the container' -r -f -a "true\t''
false\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from start" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from start" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from start" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from start" -s a -l attach -d 'Attach to the container\'s output and wait for it'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from start" -s i -l interactive -d 'Attach the container\'s stdin'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from stop" -s t -l time -l timeout -d 'Seconds to wait before killing the container' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from stop" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from stop" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from stop" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from stop" -s a -l all -d 'Stop all running containers'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from stop" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from kill" -s s -l signal -d 'Signal to send' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from kill" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from kill" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from kill" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from kill" -s a -l all -d 'Kill all running containers'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from kill" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from restart" -s t -l time -l timeout -d 'Seconds to wait before killing the container' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from restart" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from restart" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from restart" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from restart" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from rm" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from rm" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from rm" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from rm" -s f -l force -d 'Force the removal of a running container (SIGKILL)'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from rm" -s v -l volumes -d 'Remove anonymous volumes of the container'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from rm" -s a -l all -d 'Remove all containers'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from remove" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from remove" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from remove" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from remove" -s f -l force -d 'Force the removal of a running container (SIGKILL)'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from remove" -s v -l volumes -d 'Remove anonymous volumes of the container'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from remove" -s a -l all -d 'Remove all containers'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from wait" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from wait" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from wait" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from wait" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ls" -s n -l last -d 'Show n last created containers (includes all states)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ls" -s f -l filter -d 'Filter output by key=value (repeatable)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ls" -l format -d 'Format output with a Go template (\'{{.ID}}\', \'table {{.ID}}\\t{{.Size}}\') or \'json\'' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ls" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ls" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ls" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ls" -s a -l all -d 'Show all containers (default shows just running)'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Only display container IDs'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ls" -s l -l latest -d 'Show the latest created container (includes all states)'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ls" -l no-trunc -d 'Don\'t truncate output'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ls" -s s -l size -d 'Display total file sizes'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ls" -l noheading -d 'Do not print the header line'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ps" -s n -l last -d 'Show n last created containers (includes all states)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ps" -s f -l filter -d 'Filter output by key=value (repeatable)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ps" -l format -d 'Format output with a Go template (\'{{.ID}}\', \'table {{.ID}}\\t{{.Size}}\') or \'json\'' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ps" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ps" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ps" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ps" -s a -l all -d 'Show all containers (default shows just running)'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ps" -s q -l quiet -d 'Only display container IDs'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ps" -s l -l latest -d 'Show the latest created container (includes all states)'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ps" -l no-trunc -d 'Don\'t truncate output'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ps" -s s -l size -d 'Display total file sizes'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ps" -l noheading -d 'Do not print the header line'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from ps" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from list" -s n -l last -d 'Show n last created containers (includes all states)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from list" -s f -l filter -d 'Filter output by key=value (repeatable)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from list" -l format -d 'Format output with a Go template (\'{{.ID}}\', \'table {{.ID}}\\t{{.Size}}\') or \'json\'' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from list" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from list" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from list" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from list" -s a -l all -d 'Show all containers (default shows just running)'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only display container IDs'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from list" -s l -l latest -d 'Show the latest created container (includes all states)'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from list" -l no-trunc -d 'Don\'t truncate output'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from list" -s s -l size -d 'Display total file sizes'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from list" -l noheading -d 'Do not print the header line'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from logs" -s n -l tail -d 'Number of lines to show from the end of the logs ("all" for every line)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from logs" -l since -d 'Show logs since a timestamp (2024-01-02T15:04:05Z) or relative time (10m)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from logs" -l until -d 'Show logs before a timestamp (2024-01-02T15:04:05Z) or relative time (10m)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from logs" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from logs" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from logs" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from logs" -s f -l follow -d 'Follow log output until the container stops'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from logs" -s t -l timestamps -d 'Show timestamps'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from logs" -l details -d 'Show extra details (accepted for compatibility; there are none)'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from logs" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Format the output with a Go template, e.g. \'{{.State.Pid}}\'' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from inspect" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from inspect" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from inspect" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from inspect" -s s -l size -d 'Display total file sizes (SizeRw and SizeRootFs)'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from rename" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from rename" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from rename" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from rename" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from cp" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from cp" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from cp" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from cp" -s a -l archive -d 'Archive mode (copy all uid/gid information)'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from cp" -s L -l follow-link -d 'Always follow symbol link in SRC_PATH'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from cp" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from diff" -l format -d 'Format output with a Go template (\'{{.ID}}\', \'table {{.ID}}\\t{{.Size}}\') or \'json\'' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from diff" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from diff" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from diff" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from diff" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from stats" -l format -d 'Format output with a Go template (\'{{.ID}}\', \'table {{.ID}}\\t{{.Size}}\') or \'json\'' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from stats" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from stats" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from stats" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from stats" -s a -l all -d 'Show all containers (default shows just running)'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from stats" -l no-stream -d 'Disable streaming stats and only pull the first result'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from stats" -l no-trunc -d 'Do not truncate output'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from stats" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from prune" -l filter -d 'Only prune containers matching: until=TIME (created before), label=KEY[=VALUE], label!=KEY[=VALUE]' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from prune" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from prune" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from prune" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not ask for confirmation (dhow never asks, like \'image prune\'; accepted for compatibility)'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from exec" -s e -l env -d 'Set environment variables (KEY=VALUE, or KEY to copy it from here)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from exec" -l env-file -d 'Read environment variables from a file' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from exec" -s u -l user -d 'User to run as: NAME|UID[:GROUP|GID]' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from exec" -s w -l workdir -d 'Working directory inside the container' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from exec" -l detach-keys -d 'Key sequence that detaches from the command (with -it)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from exec" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from exec" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from exec" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from exec" -s d -l detach -d 'Detached mode: run the command in the background'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from exec" -s i -l interactive -d 'Keep STDIN open'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from exec" -s t -l tty -d 'Allocate a pseudo-terminal'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from exec" -l privileged -d 'Give extended privileges (every capability) to the command'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from exec" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from attach" -l sig-proxy -d 'Proxy received signals to the container (non-tty mode)' -r -f -a "true\t''
false\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from attach" -l detach-keys -d 'Key sequence that detaches from the container' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from attach" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from attach" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from attach" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from attach" -l no-stdin -d 'Do not attach STDIN'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from attach" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from top" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from top" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from top" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from top" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from pause" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from pause" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from pause" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from pause" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from unpause" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from unpause" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from unpause" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from unpause" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from port" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from port" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from port" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from port" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from update" -l restart -d 'Restart policy to apply when the container exits (no, always, on-failure[:N], unless-stopped)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from update" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from update" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from update" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from commit" -s a -l author -d 'Author (e.g. "Jane Doe <jane@example.com>")' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from commit" -s m -l message -d 'Commit message' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from commit" -s c -l change -d 'Apply a Dockerfile instruction to the image (CMD, ENTRYPOINT, ENV, EXPOSE, LABEL, USER, VOLUME, WORKDIR, STOPSIGNAL)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from commit" -s p -l pause -d 'Pause a running container while committing (default true, as in docker)' -r -f -a "true\t''
false\t''"
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from commit" -s f -l format -d 'Image format: oci or docker' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from commit" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from commit" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from commit" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from commit" -s q -l quiet -d 'Do not print progress'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from commit" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from export" -s o -l output -d 'Write to a file instead of standard output' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from export" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from export" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from export" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune export import" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune export import" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune export import" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune export import" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune export import" -f -a "create" -d 'Create a volume'
complete -c dhow -n "__fish_dhow_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune export import" -f -a "ls" -d 'List volumes'
complete -c dhow -n "__fish_dhow_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune export import" -f -a "list" -d 'List volumes'
complete -c dhow -n "__fish_dhow_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune export import" -f -a "inspect" -d 'Display detailed information on one or more volumes'
complete -c dhow -n "__fish_dhow_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune export import" -f -a "rm" -d 'Remove one or more volumes'
complete -c dhow -n "__fish_dhow_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune export import" -f -a "remove" -d 'Remove one or more volumes'
complete -c dhow -n "__fish_dhow_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune export import" -f -a "prune" -d 'Remove all volumes no container uses'
complete -c dhow -n "__fish_dhow_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune export import" -f -a "export" -d 'Write a volume\'s content as a tar archive'
complete -c dhow -n "__fish_dhow_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune export import" -f -a "import" -d 'Unpack a tar archive into a volume'
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from create" -s l -l label -d 'Set metadata on the volume (KEY=VALUE)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from create" -s o -l opt -d 'Driver options (KEY=VALUE)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from create" -s d -l driver -d 'Volume driver (only "local")' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from create" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from create" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from create" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from ls" -s f -l filter -d 'Filter: dangling=true|false, name=NAME, label=KEY[=VALUE], driver=local' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from ls" -l format -d 'Format output with a Go template (\'{{.ID}}\', \'table {{.ID}}\\t{{.Size}}\') or \'json\'' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from ls" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from ls" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from ls" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Only display volume names'
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from list" -s f -l filter -d 'Filter: dangling=true|false, name=NAME, label=KEY[=VALUE], driver=local' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from list" -l format -d 'Format output with a Go template (\'{{.ID}}\', \'table {{.ID}}\\t{{.Size}}\') or \'json\'' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from list" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from list" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from list" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only display volume names'
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Format the output with a Go template, e.g. \'{{.Mountpoint}}\'' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from rm" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from rm" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from rm" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from rm" -s f -l force -d 'Remove the containers using the volumes too; a missing volume is not an error'
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from remove" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from remove" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from remove" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from remove" -s f -l force -d 'Remove the containers using the volumes too; a missing volume is not an error'
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from prune" -l filter -d 'Only prune volumes matching: label=KEY[=VALUE], label!=KEY[=VALUE], name=NAME' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from prune" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from prune" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from prune" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not ask for confirmation (dhow never asks, as its other prunes; accepted for compatibility)'
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from export" -s o -l output -d 'Write to this file instead of stdout' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from export" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from export" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from export" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from import" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from import" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from import" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand volume; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect" -f -a "create" -d 'Create a network'
complete -c dhow -n "__fish_dhow_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect" -f -a "ls" -d 'List networks'
complete -c dhow -n "__fish_dhow_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect" -f -a "list" -d 'List networks'
complete -c dhow -n "__fish_dhow_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect" -f -a "inspect" -d 'Display detailed information on one or more networks'
complete -c dhow -n "__fish_dhow_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect" -f -a "rm" -d 'Remove one or more networks'
complete -c dhow -n "__fish_dhow_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect" -f -a "remove" -d 'Remove one or more networks'
complete -c dhow -n "__fish_dhow_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect" -f -a "prune" -d 'Remove all networks no container uses'
complete -c dhow -n "__fish_dhow_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect" -f -a "connect" -d 'Connect a container to a network'
complete -c dhow -n "__fish_dhow_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune connect disconnect" -f -a "disconnect" -d 'Disconnect a container from a network'
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from create" -l subnet -d 'Subnet in CIDR format (default: the next free 10.89.N.0/24)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from create" -l gateway -d 'Gateway address of the subnet (default: its first address)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from create" -s l -l label -d 'Set metadata on the network (KEY=VALUE)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from create" -s d -l driver -d 'Driver (only "bridge")' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from create" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from create" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from create" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from create" -l internal -d 'Restrict external access from this network'
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from ls" -s f -l filter -d 'Filter: name=NAME, id=ID, driver=DRIVER, label=KEY[=VALUE]' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from ls" -l format -d 'Format output with a Go template (\'{{.ID}}\', \'table {{.ID}}\\t{{.Size}}\') or \'json\'' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from ls" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from ls" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from ls" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Only display network IDs'
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from list" -s f -l filter -d 'Filter: name=NAME, id=ID, driver=DRIVER, label=KEY[=VALUE]' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from list" -l format -d 'Format output with a Go template (\'{{.ID}}\', \'table {{.ID}}\\t{{.Size}}\') or \'json\'' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from list" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from list" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from list" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only display network IDs'
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Format the output with a Go template, e.g. \'{{.name}}\'' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from inspect" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from inspect" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from inspect" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from rm" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from rm" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from rm" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from rm" -s f -l force -d 'Remove the containers using the networks too'
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from remove" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from remove" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from remove" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from remove" -s f -l force -d 'Remove the containers using the networks too'
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from prune" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from prune" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from prune" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not ask for confirmation (dhow never asks; accepted for compatibility)'
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from connect" -l ip -d 'The container\'s IPv4 address on the network' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from connect" -l alias -d 'Add a network-scoped alias for the container' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from connect" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from connect" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from connect" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from connect" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from disconnect" -s f -l force -d 'Accepted for compatibility'
complete -c dhow -n "__fish_dhow_using_subcommand network; and __fish_seen_subcommand_from disconnect" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and not __fish_seen_subcommand_from up create down ps logs build pull push images start stop restart kill pause unpause ls port top wait cp rm exec run config version" -s f -l file -d 'Compose configuration files (repeatable; later ones override earlier ones)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and not __fish_seen_subcommand_from up create down ps logs build pull push images start stop restart kill pause unpause ls port top wait cp rm exec run config version" -s p -l project-name -d 'Project name (default: COMPOSE_PROJECT_NAME, then `name:`, then the directory name)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and not __fish_seen_subcommand_from up create down ps logs build pull push images start stop restart kill pause unpause ls port top wait cp rm exec run config version" -l project-directory -d 'Directory relative paths are resolved against (default: the first file\'s)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and not __fish_seen_subcommand_from up create down ps logs build pull push images start stop restart kill pause unpause ls port top wait cp rm exec run config version" -l env-file -d 'Environment files for interpolation (default: .env in the project directory)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and not __fish_seen_subcommand_from up create down ps logs build pull push images start stop restart kill pause unpause ls port top wait cp rm exec run config version" -l profile -d 'Enable services of a profile (repeatable)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and not __fish_seen_subcommand_from up create down ps logs build pull push images start stop restart kill pause unpause ls port top wait cp rm exec run config version" -l parallel -d 'Accepted for docker compose compatibility (operations run one at a time)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and not __fish_seen_subcommand_from up create down ps logs build pull push images start stop restart kill pause unpause ls port top wait cp rm exec run config version" -l ansi -d 'Accepted for docker compose compatibility (output is never coloured)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and not __fish_seen_subcommand_from up create down ps logs build pull push images start stop restart kill pause unpause ls port top wait cp rm exec run config version" -l progress -d 'Accepted for docker compose compatibility (progress is plain lines)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and not __fish_seen_subcommand_from up create down ps logs build pull push images start stop restart kill pause unpause ls port top wait cp rm exec run config version" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and not __fish_seen_subcommand_from up create down ps logs build pull push images start stop restart kill pause unpause ls port top wait cp rm exec run config version" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and not __fish_seen_subcommand_from up create down ps logs build pull push images start stop restart kill pause unpause ls port top wait cp rm exec run config version" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and not __fish_seen_subcommand_from up create down ps logs build pull push images start stop restart kill pause unpause ls port top wait cp rm exec run config version" -l dry-run -d 'Print what `up` would do (create, recreate, start, keep, remove) without doing it'
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
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from up" -l pull -d 'Pull images before running: always, missing, never' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from up" -s t -l timeout -d 'Shutdown timeout in seconds' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from up" -l scale -d 'Scale SERVICE to NUM instances (overrides scale/deploy.replicas; repeatable)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from up" -l wait-timeout -d 'Maximum seconds to wait with --wait' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from up" -l exit-code-from -d 'Return the exit code of the selected service\'s container (implies --abort-on-container-exit)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from up" -l attach -d 'Show the output of these services only (repeatable)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from up" -l no-attach -d 'Don\'t show the output of these services (repeatable)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from up" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from up" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from up" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from up" -s d -l detach -d 'Detached mode: run containers in the background'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from up" -l build -d 'Build images before starting containers'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from up" -l no-build -d 'Don\'t build an image, even if it\'s missing'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from up" -l force-recreate -d 'Recreate containers even if their configuration and image haven\'t changed'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from up" -l no-recreate -d 'If containers already exist, don\'t recreate them'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from up" -l no-deps -d 'Don\'t start linked services'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from up" -l remove-orphans -d 'Remove containers for services not defined in the compose file'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from up" -l no-start -d 'Don\'t start the services after creating them'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from up" -l no-log-prefix -d 'Don\'t print a prefix in logs'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from up" -l quiet-pull -d 'Pull without printing progress information'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from up" -l wait -d 'Wait for services to be running|healthy (implies --detach)'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from up" -l abort-on-container-exit -d 'Stop all containers if any container was stopped (incompatible with -d)'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from up" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from create" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from create" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from create" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from create" -l build -d 'Build images before creating containers'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from create" -l no-build -d 'Don\'t build an image, even if it\'s missing'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from create" -l force-recreate -d 'Recreate containers even if their configuration and image haven\'t changed'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from create" -l no-recreate -d 'If containers already exist, don\'t recreate them'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from create" -l remove-orphans -d 'Remove containers for services not defined in the compose file'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from down" -s t -l timeout -d 'Shutdown timeout in seconds' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from down" -l rmi -d 'Remove images used by services: "local" (built, without an image name) or "all"' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from down" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from down" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from down" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from down" -s v -l volumes -d 'Remove named volumes declared in the volumes section and anonymous volumes attached to containers'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from down" -l remove-orphans -d 'Remove containers for services not defined in the compose file'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from down" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from ps" -l format -d 'Format output: table, json, or a Go template' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from ps" -l status -d 'Filter by status: created, running, paused, restarting, exited' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from ps" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from ps" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from ps" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from ps" -s a -l all -d 'Show all stopped containers'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from ps" -s q -l quiet -d 'Only display IDs'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from ps" -l services -d 'Display services'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from ps" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from logs" -s n -l tail -d 'Number of lines to show from the end of the logs for each container ("all" for everything)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from logs" -l since -d 'Show logs since a timestamp or relative time (e.g. 42m)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from logs" -l until -d 'Show logs before a timestamp or relative time (e.g. 42m)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from logs" -l index -d 'Index of the container if the service has multiple replicas' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from logs" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from logs" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from logs" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from logs" -s f -l follow -d 'Follow log output'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from logs" -s t -l timestamps -d 'Show timestamps'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from logs" -l no-log-prefix -d 'Don\'t print a prefix in logs'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from logs" -l no-color -d 'Produce monochrome output (always the case)'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from logs" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from build" -l build-arg -d 'Set build-time variables for services (KEY=VALUE)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from build" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from build" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from build" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from build" -l no-cache -d 'Do not use the cache when building the image'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from build" -s q -l quiet -d 'Don\'t print anything to stdout'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from build" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from pull" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from pull" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from pull" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from pull" -s q -l quiet -d 'Pull without printing progress information'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from pull" -l ignore-pull-failures -d 'Pull what it can and ignore images with pull failures'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from pull" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from push" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from push" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from push" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from push" -l ignore-push-failures -d 'Push what it can and ignore images with push failures'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from push" -s q -l quiet -d 'Push without printing progress information'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from push" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from images" -l format -d 'Format the output: table, json, or a Go template' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from images" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from images" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from images" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from images" -s q -l quiet -d 'Only display IDs'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from images" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from start" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from start" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from start" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from stop" -s t -l timeout -d 'Shutdown timeout in seconds' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from stop" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from stop" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from stop" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from stop" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from restart" -s t -l timeout -d 'Shutdown timeout in seconds' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from restart" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from restart" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from restart" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from restart" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from kill" -s s -l signal -d 'Signal to send to the container' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from kill" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from kill" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from kill" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from kill" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from pause" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from pause" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from pause" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from pause" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from unpause" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from unpause" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from unpause" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from unpause" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from ls" -l format -d 'Format the output: table, json, or a Go template' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from ls" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from ls" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from ls" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from ls" -s a -l all -d 'Show all stopped Compose projects'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Only display project names'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from port" -l index -d 'Index of the container if the service has multiple replicas' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from port" -l protocol -d 'tcp or udp' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from port" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from port" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from port" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from port" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from top" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from top" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from top" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from top" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from wait" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from wait" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from wait" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from wait" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from cp" -l index -d 'Index of the container if the service has multiple replicas' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from cp" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from cp" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from cp" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from cp" -s a -l archive -d 'Archive mode (copy all uid/gid information)'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from cp" -s L -l follow-link -d 'Always follow symbol link in SRC_PATH'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from cp" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from rm" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from rm" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from rm" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from rm" -s f -l force -d 'Don\'t ask to confirm removal'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from rm" -s s -l stop -d 'Stop the containers, if required, before removing'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from rm" -s v -l volumes -d 'Remove any anonymous volumes attached to containers'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from exec" -s e -l env -d 'Set environment variables' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from exec" -s u -l user -d 'Run the command as this user' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from exec" -s w -l workdir -d 'Path to workdir directory for this command' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from exec" -l index -d 'Index of the container if the service has multiple replicas' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from exec" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from exec" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from exec" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from exec" -s d -l detach -d 'Detached mode: run the command in the background'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from exec" -s T -l no-TTY -d 'Disable pseudo-TTY allocation (by default one is allocated when stdin is a terminal)'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from exec" -l privileged -d 'Give extended privileges to the process'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from exec" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from run" -s e -l env -d 'Set environment variables' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from run" -l entrypoint -d 'Override the entrypoint of the image' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from run" -l name -d 'Assign a name to the container' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from run" -s p -l publish -d 'Publish a container\'s port to the host' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from run" -s u -l user -d 'Run as this user' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from run" -s w -l workdir -d 'Working directory inside the container' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from run" -s v -l volume -d 'Bind mount a volume' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from run" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from run" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from run" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from run" -s d -l detach -d 'Run the container in the background and print its ID'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from run" -l rm -d 'Automatically remove the container when it exits'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from run" -l no-deps -d 'Don\'t start linked services'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from run" -l service-ports -d 'Run with the service\'s ports published'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from run" -s T -l no-TTY -d 'Disable pseudo-TTY allocation (by default one is allocated when stdin is a terminal)'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from run" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from config" -l format -d 'Format the output: yaml or json' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from config" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from config" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from config" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from config" -s q -l quiet -d 'Only validate the configuration, don\'t print anything'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from config" -l services -d 'Print the service names, one per line'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from config" -l volumes -d 'Print the volume names, one per line'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from config" -l images -d 'Print the image names, one per line'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from config" -l profiles -d 'Print the profile names, one per line'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from config" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from version" -s f -l format -d 'Format the output: pretty or json' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from version" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from version" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from version" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from version" -l short -d 'Shows only the version number'
complete -c dhow -n "__fish_dhow_using_subcommand compose; and __fish_seen_subcommand_from version" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand system; and not __fish_seen_subcommand_from df prune" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand system; and not __fish_seen_subcommand_from df prune" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand system; and not __fish_seen_subcommand_from df prune" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and not __fish_seen_subcommand_from df prune" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand system; and not __fish_seen_subcommand_from df prune" -f -a "df" -d 'Show disk usage of images, containers, volumes and build cache'
complete -c dhow -n "__fish_dhow_using_subcommand system; and not __fish_seen_subcommand_from df prune" -f -a "prune" -d 'Remove stopped containers, dangling images (and unused volumes with --volumes)'
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from df" -l format -d 'Format the output with a Go template ({{.Type}} {{.TotalCount}} {{.Active}} {{.Size}} {{.Reclaimable}}) or \'json\'' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from df" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from df" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from df" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from df" -s v -l verbose -d 'Show detailed information on space usage'
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from df" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from prune" -l filter -d 'Only prune objects matching: until=TIME, label=KEY[=VALUE] (containers)' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from prune" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from prune" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from prune" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from prune" -s a -l all -d 'Remove all unused images, not just dangling ones'
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from prune" -l volumes -d 'Prune volumes no container uses too'
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not ask for confirmation (dhow never asks, as its other prunes; accepted for compatibility)'
complete -c dhow -n "__fish_dhow_using_subcommand system; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand __monitor" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand __monitor" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand __monitor" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand __monitor" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand __netns-holder" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand __netns-holder" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand __netns-holder" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand __netns-holder" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand __generate-docs" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand __generate-docs" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand __generate-docs" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand __generate-docs" -s h -l help -d 'Print help'
