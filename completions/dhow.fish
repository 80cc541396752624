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
complete -c dhow -n "__fish_dhow_needs_command" -f -a "container" -d 'Manage containers'
complete -c dhow -n "__fish_dhow_needs_command" -f -a "__monitor" -d 'The per-container monitor (started by run/start; not for direct use)'
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
complete -c dhow -n "__fish_dhow_using_subcommand rmi" -s f -l force -d 'Remove the image even when it has several names, removing all of them'
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
complete -c dhow -n "__fish_dhow_using_subcommand image; and not __fish_seen_subcommand_from pull ls list inspect tag untag rm remove prune history" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and not __fish_seen_subcommand_from pull ls list inspect tag untag rm remove prune history" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and not __fish_seen_subcommand_from pull ls list inspect tag untag rm remove prune history" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and not __fish_seen_subcommand_from pull ls list inspect tag untag rm remove prune history" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand image; and not __fish_seen_subcommand_from pull ls list inspect tag untag rm remove prune history" -f -a "pull" -d 'Pull an image from a registry'
complete -c dhow -n "__fish_dhow_using_subcommand image; and not __fish_seen_subcommand_from pull ls list inspect tag untag rm remove prune history" -f -a "ls" -d 'List images'
complete -c dhow -n "__fish_dhow_using_subcommand image; and not __fish_seen_subcommand_from pull ls list inspect tag untag rm remove prune history" -f -a "list" -d 'List images'
complete -c dhow -n "__fish_dhow_using_subcommand image; and not __fish_seen_subcommand_from pull ls list inspect tag untag rm remove prune history" -f -a "inspect" -d 'Display detailed information on one or more images'
complete -c dhow -n "__fish_dhow_using_subcommand image; and not __fish_seen_subcommand_from pull ls list inspect tag untag rm remove prune history" -f -a "tag" -d 'Add a name to an image'
complete -c dhow -n "__fish_dhow_using_subcommand image; and not __fish_seen_subcommand_from pull ls list inspect tag untag rm remove prune history" -f -a "untag" -d 'Remove names from an image'
complete -c dhow -n "__fish_dhow_using_subcommand image; and not __fish_seen_subcommand_from pull ls list inspect tag untag rm remove prune history" -f -a "rm" -d 'Remove one or more images'
complete -c dhow -n "__fish_dhow_using_subcommand image; and not __fish_seen_subcommand_from pull ls list inspect tag untag rm remove prune history" -f -a "remove" -d 'Remove one or more images'
complete -c dhow -n "__fish_dhow_using_subcommand image; and not __fish_seen_subcommand_from pull ls list inspect tag untag rm remove prune history" -f -a "prune" -d 'Remove unused images'
complete -c dhow -n "__fish_dhow_using_subcommand image; and not __fish_seen_subcommand_from pull ls list inspect tag untag rm remove prune history" -f -a "history" -d 'Show the history of an image'
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
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from rm" -s f -l force -d 'Remove the image even when it has several names, removing all of them'
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from rm" -s a -l all -d 'Remove all images'
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from rm" -s i -l ignore -d 'Do not fail when an image does not exist'
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from remove" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from remove" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from remove" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand image; and __fish_seen_subcommand_from remove" -s f -l force -d 'Remove the image even when it has several names, removing all of them'
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
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait ls ps list logs inspect rename prune" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait ls ps list logs inspect rename prune" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait ls ps list logs inspect rename prune" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait ls ps list logs inspect rename prune" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait ls ps list logs inspect rename prune" -f -a "create" -d 'Create a new container'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait ls ps list logs inspect rename prune" -f -a "run" -d 'Run a command in a new container'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait ls ps list logs inspect rename prune" -f -a "start" -d 'Start one or more stopped containers'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait ls ps list logs inspect rename prune" -f -a "stop" -d 'Stop one or more running containers'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait ls ps list logs inspect rename prune" -f -a "kill" -d 'Kill one or more running containers with a signal'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait ls ps list logs inspect rename prune" -f -a "restart" -d 'Restart one or more containers'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait ls ps list logs inspect rename prune" -f -a "rm" -d 'Remove one or more containers'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait ls ps list logs inspect rename prune" -f -a "remove" -d 'Remove one or more containers'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait ls ps list logs inspect rename prune" -f -a "wait" -d 'Block until containers stop, then print their exit codes'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait ls ps list logs inspect rename prune" -f -a "ls" -d 'List containers'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait ls ps list logs inspect rename prune" -f -a "ps" -d 'List containers'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait ls ps list logs inspect rename prune" -f -a "list" -d 'List containers'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait ls ps list logs inspect rename prune" -f -a "logs" -d 'Fetch the logs of a container'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait ls ps list logs inspect rename prune" -f -a "inspect" -d 'Display detailed information on one or more containers'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait ls ps list logs inspect rename prune" -f -a "rename" -d 'Rename a container'
complete -c dhow -n "__fish_dhow_using_subcommand container; and not __fish_seen_subcommand_from create run start stop kill restart rm remove wait ls ps list logs inspect rename prune" -f -a "prune" -d 'Remove all stopped containers'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l name -d 'Assign a name to the container' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -s e -l env -d 'Set environment variables (KEY=VALUE, or KEY to copy it from here)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l env-file -d 'Read environment variables from a file' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -s w -l workdir -d 'Working directory inside the container' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -s u -l user -d 'User to run as: NAME|UID[:GROUP|GID]' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l entrypoint -d 'Overwrite the image\'s ENTRYPOINT (\'\' clears it)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -s h -l hostname -d 'Container host name' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -s l -l label -d 'Set metadata on the container (KEY=VALUE)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from create" -l tmpfs -d 'Mount a tmpfs: PATH[:OPTIONS]' -r
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
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from prune" -l filter -d 'Only prune containers matching: until=TIME (created before), label=KEY[=VALUE], label!=KEY[=VALUE]' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from prune" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from prune" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from prune" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not ask for confirmation (dhow never asks, like \'image prune\'; accepted for compatibility)'
complete -c dhow -n "__fish_dhow_using_subcommand container; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand __monitor" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand __monitor" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand __monitor" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand __monitor" -s h -l help -d 'Print help'
complete -c dhow -n "__fish_dhow_using_subcommand __generate-docs" -l root -d 'Storage root for images, layers, containers and volumes' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand __generate-docs" -l runroot -d 'Directory for volatile state (pids, sockets, locks)' -r -F
complete -c dhow -n "__fish_dhow_using_subcommand __generate-docs" -l log-level -d 'Log level (accepted for podman compatibility; dhow logs only errors and warnings)' -r
complete -c dhow -n "__fish_dhow_using_subcommand __generate-docs" -s h -l help -d 'Print help'
