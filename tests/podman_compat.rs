//! The same podman-style invocations run against dhow and, where rootless
//! podman works for the test user, against podman 4.x: the expectation of
//! every step comes from podman.
//!
//! Each family (secret, manifest, mount, cp between containers, container
//! clone, network reload) is a script of steps, as podman's and docker's
//! documentation write them. A step declares what podman does (exit code
//! class and key phrases of its output, `{TOOL}` standing for the
//! program's name). With podman present each step runs against both, in
//! separate stores; podman passes a step when it does what the table says,
//! and dhow must then do the same. Without podman (the probe fails) the
//! dhow side still runs against the table. The rate printed is dhow's
//! passes over podman's.

mod common;

use common::env::dhow_bin;
use common::TestEnv;

/// One invocation and what podman does with it.
struct Step {
    args: &'static [&'static str],
    /// Exit code: 0, 1, 125, ...
    code: i32,
    /// Phrases the output (stdout + stderr) contains.
    phrases: &'static [&'static str],
}

const fn step(args: &'static [&'static str], code: i32, phrases: &'static [&'static str]) -> Step {
    Step { args, code, phrases }
}

struct Family {
    name: &'static str,
    steps: &'static [Step],
}

const FAMILIES: &[Family] = &[
    Family {
        name: "secret",
        steps: &[
            step(&["secret", "create", "s1", "{SECRET_FILE}"], 0, &[]),
            step(&["secret", "ls"], 0, &["ID", "NAME", "DRIVER", "CREATED", "UPDATED", "s1", "file"]),
            step(&["secret", "ls", "--format", "{{.Name}}:{{.Driver}}"], 0, &["s1:file"]),
            step(&["secret", "create", "s1", "{SECRET_FILE}"], 125, &["Error: s1: secret name in use"]),
            step(&["secret", "inspect", "--format", "{{.Spec.Name}} {{.Spec.Driver.Name}}", "s1"], 0, &["s1 file"]),
            step(&["secret", "inspect", "nosuch"], 125, &["no secret with name or id \"nosuch\": no such secret"]),
            step(&["secret", "rm", "nosuch"], 125, &["no secret with name or id \"nosuch\": no such secret"]),
            step(&["run", "--rm", "--secret", "s1", "{IMG}", "cat", "/run/secrets/s1"], 0, &["topsecret"]),
            step(&["run", "--rm", "--secret", "s1,type=env,target=TOKEN", "{IMG}", "sh", "-c", "echo token=$TOKEN"], 0, &["token=topsecret"]),
            step(&["run", "--rm", "--secret", "s1,target=/etc/app.key", "{IMG}", "cat", "/etc/app.key"], 0, &["topsecret"]),
            step(&["secret", "ls", "--filter", "name=s1", "--format", "{{.Name}}"], 0, &["s1"]),
            step(&["secret", "ls", "-q"], 0, &[]),
            step(&["run", "--rm", "--secret", "nosuch", "{IMG}", "true"], 125, &["no such secret"]),
            step(&["secret", "rm", "s1"], 0, &[]),
            step(&["secret", "ls", "--noheading"], 0, &[]),
        ],
    },
    Family {
        name: "manifest",
        steps: &[
            step(&["manifest", "create", "ml"], 0, &[]),
            step(&["manifest", "inspect", "ml"], 0, &["\"schemaVersion\": 2", "application/vnd.docker.distribution.manifest.list.v2+json"]),
            step(&["manifest", "create", "ml"], 125, &["localhost/ml:latest", "that name is already in use"]),
            step(&["manifest", "exists", "ml"], 0, &[]),
            step(&["manifest", "exists", "nolist"], 1, &[]),
            step(&["manifest", "add", "--tls-verify=false", "ml", "docker://{IMG}"], 0, &[]),
            step(&["manifest", "inspect", "ml"], 0, &["{IMG_DIGEST}", "\"os\": \"linux\""]),
            step(&["manifest", "push", "--all", "--tls-verify=false", "ml", "docker://{REG}/compat/{TOOL}-list:v1"], 0, &[]),
            step(&["manifest", "inspect", "{REG}/compat/{TOOL}-list:v1"], 0, &["{IMG_DIGEST}"]),
            step(&["manifest", "add", "nolist", "docker://{IMG}"], 125, &["nolist: image not known"]),
            step(&["manifest", "rm", "ml"], 0, &["Untagged: localhost/ml:latest", "Deleted: "]),
            step(&["manifest", "rm", "ml"], 1, &["Error: ml: image not known"]),
        ],
    },
    Family {
        name: "mount",
        steps: &[
            step(&["create", "--name", "m1", "{IMG}", "true"], 0, &[]),
            step(&["mount", "m1"], 125, &["cannot run command \"{TOOL} mount\" in rootless mode, must execute `{TOOL} unshare` first"]),
            step(&["unshare", "sh", "-c", "d=$({BIN} mount m1) && test -x \"$d/bin/sh\" && echo MOUNTED-OK && {BIN} unmount m1"], 0, &["MOUNTED-OK"]),
            step(&["container", "mount", "m1"], 125, &["must execute `{TOOL} unshare` first"]),
            step(&["unmount", "m1"], 0, &["m1"]),
            step(&["unshare", "sh", "-c", "{BIN} mount m1 >/dev/null && {BIN} mount"], 0, &["/merged"]),
            step(&["unshare", "{BIN}", "mount", "nosuch"], 125, &["no such container"]),
        ],
    },
    Family {
        name: "cp between containers",
        steps: &[
            step(&["run", "-d", "--name", "c1", "{IMG}", "sleep", "1000"], 0, &[]),
            step(&["create", "--name", "c2", "{IMG}", "cat", "/tmp/copied"], 0, &[]),
            step(&["exec", "c1", "sh", "-c", "echo hello-between > /tmp/f"], 0, &[]),
            step(&["cp", "c1:/tmp/f", "c2:/tmp/copied"], 0, &[]),
            step(&["start", "-a", "c2"], 0, &["hello-between"]),
            step(&["cp", "c2:/tmp/copied", "c1:/tmp/"], 0, &[]),
            step(&["exec", "c1", "cat", "/tmp/copied"], 0, &["hello-between"]),
            step(&["cp", "c1:/nonexistent", "c2:/tmp/"], 125, &["no such file or directory"]),
            step(&["cp", "nosuch:/etc/hostname", "c2:/tmp/"], 125, &["nosuch"]),
            step(&["rm", "-f", "c1"], 0, &[]),
        ],
    },
    Family {
        name: "container clone",
        steps: &[
            step(&["create", "--name", "o1", "-e", "FOO=bar", "{IMG}", "sh", "-c", "echo foo=$FOO"], 0, &[]),
            step(&["container", "clone", "o1"], 0, &[]),
            step(&["start", "-a", "o1-clone"], 0, &["foo=bar"]),
            step(&["container", "clone", "--name", "o2", "o1"], 0, &[]),
            step(&["container", "exists", "o2"], 0, &[]),
            step(&["container", "clone", "--destroy", "o1", "o3"], 0, &[]),
            step(&["container", "exists", "o1"], 1, &[]),
            step(&["start", "-a", "o3"], 0, &["foo=bar"]),
            step(&["container", "clone", "o2", "o3"], 125, &["already in use"]),
            step(&["container", "clone", "nosuch"], 125, &["no such container"]),
        ],
    },
    Family {
        name: "network reload",
        steps: &[
            step(&["network", "create", "rnet"], 0, &[]),
            step(&["run", "-d", "--name", "n1", "--network", "rnet", "{IMG}", "sleep", "1000"], 0, &[]),
            step(&["network", "reload", "n1"], 0, &[]),
            step(&["create", "--name", "n2", "{IMG}", "true"], 0, &[]),
            step(&["network", "reload", "n2"], 125, &["container state improper"]),
            step(&["network", "reload", "nosuch"], 125, &["no such container"]),
            step(&["rm", "-f", "n1"], 0, &[]),
        ],
    },
    Family {
        name: "container lifecycle",
        steps: &[
            step(&["run", "--rm", "{IMG}", "echo", "hi"], 0, &["hi"]),
            step(&["run", "--rm", "{IMG}", "sh", "-c", "exit 3"], 3, &[]),
            step(&["run", "--rm", "{IMG}", "/nonexistent"], 127, &[]),
            step(&["run", "--rm", "{IMG}", "/etc"], 126, &[]),
            step(&["run", "--no-such-flag", "{IMG}"], 125, &["unknown flag: --no-such-flag"]),
            step(&["run", "-d", "--name", "dup", "{IMG}", "sleep", "1000"], 0, &[]),
            step(&["run", "--name", "dup", "{IMG}", "true"], 125, &["already in use"]),
            step(&["ps", "--format", "{{.Names}} {{.Status}}"], 0, &["dup Up"]),
            step(&["container", "exists", "dup"], 0, &[]),
            step(&["stop", "-t", "0", "dup"], 0, &["dup"]),
            step(&["kill", "dup"], 125, &["can only kill running containers", "container state improper"]),
            step(&["ps", "-a", "--filter", "name=dup", "--format", "{{.Names}}"], 0, &["dup"]),
            step(&["exec", "dup", "true"], 255, &["container state improper"]),
            step(&["rm", "dup"], 0, &["dup"]),
            step(&["rm", "dup"], 1, &["no such container"]),
            step(&["rm", "--ignore", "dup"], 0, &[]),
            step(&["rm", "-f", "dup"], 0, &[]),
            step(&["pod", "rm", "-f", "nopod"], 0, &[]),
            step(&["network", "rm", "-f", "nonet"], 0, &[]),
            step(&["rmi", "-f", "nosuch:latest"], 0, &[]),
            step(&["container", "exists", "dup"], 1, &[]),
            step(&["inspect", "dup"], 125, &["no such object"]),
            step(&["start", "dup"], 125, &["no such container"]),
            step(&["stop", "dup"], 125, &["no such container"]),
            step(&["kill", "dup"], 125, &["no such container"]),
            step(&["logs", "dup"], 125, &["no such container"]),
            step(&["create", "--name", "w1", "{IMG}", "sh", "-c", "exit 7"], 0, &[]),
            step(&["start", "w1"], 0, &["w1"]),
            step(&["wait", "w1"], 0, &["7"]),
            step(&["inspect", "--format", "{{.State.ExitCode}} {{.Name}}", "w1"], 0, &["7 w1"]),
            step(&["rm", "w1"], 0, &["w1"]),
        ],
    },
    Family {
        name: "images",
        steps: &[
            step(&["image", "exists", "{IMG}"], 0, &[]),
            step(&["image", "exists", "nosuch:latest"], 1, &[]),
            step(&["images", "--format", "{{.Repository}}:{{.Tag}}"], 0, &["{IMG}"]),
            step(&["inspect", "--format", "{{.Os}}/{{.Architecture}}", "{IMG}"], 0, &["linux/"]),
            step(&["tag", "{IMG}", "mytag:v1"], 0, &[]),
            step(&["images", "--format", "{{.Repository}}:{{.Tag}}", "mytag"], 0, &["localhost/mytag:v1"]),
            step(&["rmi", "mytag:v1"], 0, &["Untagged: localhost/mytag:v1"]),
            step(&["rmi", "mytag:v1"], 1, &["image not known"]),
            step(&["image", "inspect", "nosuch"], 125, &["image not known"]),
            step(&["history", "--format", "{{.ID}}", "{IMG}"], 0, &[]),
            step(&["history", "-q", "{IMG}"], 0, &["<missing>"]),
            step(&["pull", "-q", "nosuch.invalid/x:1"], 125, &["nosuch.invalid"]),
        ],
    },
    Family {
        name: "volumes",
        steps: &[
            step(&["volume", "create", "v1"], 0, &["v1"]),
            step(&["volume", "inspect", "--format", "{{.Name}} {{.Driver}}", "v1"], 0, &["v1 local"]),
            step(&["volume", "ls", "-q"], 0, &["v1"]),
            step(&["volume", "exists", "v1"], 0, &[]),
            step(&["inspect", "--type", "volume", "--format", "{{.Name}}", "v1"], 0, &["v1"]),
            step(&["inspect", "--format", "{{.Name}} {{.Driver}}", "v1"], 0, &["v1 local"]),
            step(&["volume", "inspect", "--format", "{{.Labels}} {{.Options}}", "v1"], 0, &["map[] map[]"]),
            step(&["run", "--rm", "-v", "v1:/data", "{IMG}", "sh", "-c", "echo kept > /data/f"], 0, &[]),
            step(&["run", "--rm", "-v", "v1:/data", "{IMG}", "cat", "/data/f"], 0, &["kept"]),
            step(&["volume", "rm", "v1"], 0, &["v1"]),
            step(&["volume", "rm", "v1"], 1, &["no such volume"]),
            step(&["volume", "inspect", "v1"], 125, &["no such volume"]),
            step(&["volume", "exists", "v1"], 1, &[]),
        ],
    },
    Family {
        name: "networks",
        steps: &[
            step(&["network", "create", "net1"], 0, &["net1"]),
            step(&["network", "create", "net1"], 125, &["already exists"]),
            step(&["network", "inspect", "--format", "{{.Name}}", "net1"], 0, &["net1"]),
            step(&["network", "ls", "--format", "{{.Name}}"], 0, &["net1"]),
            step(&["network", "ls", "-q", "--filter", "name=net1"], 0, &["net1"]),
            step(&["network", "exists", "net1"], 0, &[]),
            step(&["inspect", "--type", "network", "--format", "{{.Name}}", "net1"], 0, &["net1"]),
            step(&["network", "rm", "net1"], 0, &["net1"]),
            step(&["network", "rm", "net1"], 1, &["network not found"]),
            step(&["network", "inspect", "net1"], 125, &["network not found"]),
            step(&["network", "exists", "net1"], 1, &[]),
        ],
    },
    Family {
        name: "pods",
        steps: &[
            step(&["pod", "create", "--name", "p1"], 0, &[]),
            step(&["pod", "exists", "p1"], 0, &[]),
            step(&["pod", "ps", "--format", "{{.Name}}"], 0, &["p1"]),
            step(&["pod", "inspect", "--format", "{{.Name}}", "p1"], 0, &["p1"]),
            step(&["inspect", "--type", "pod", "--format", "{{.Name}}", "p1"], 0, &["p1"]),
            step(&["pod", "rm", "p1"], 0, &[]),
            step(&["pod", "rm", "p1"], 1, &["no such pod"]),
            step(&["pod", "exists", "p1"], 1, &[]),
        ],
    },
    Family {
        name: "container inspection",
        steps: &[
            step(&["run", "-d", "--name", "i1", "-p", "{PORT}:80", "-e", "K=V", "--label", "app=web", "-v", "vol-i1:/data", "{IMG}", "sleep", "1000"], 0, &[]),
            step(&["port", "i1"], 0, &["80/tcp -> 0.0.0.0:{PORT}"]),
            step(&["port", "i1", "80"], 0, &["0.0.0.0:{PORT}"]),
            step(&["inspect", "--format", "{{.Config.Labels.app}}", "i1"], 0, &["web"]),
            step(&["inspect", "--format", "[{{index .Config.Labels \"nosuch\"}}]", "i1"], 0, &["[]"]),
            step(&["top", "i1", "pid", "comm"], 0, &["PID", "COMMAND", "sleep"]),
            step(&["top", "i1", "pid,user,args"], 0, &["USER", "root", "sleep 1000"]),
            step(&["inspect", "--format", "{{range .Config.Env}}{{println .}}{{end}}", "i1"], 0, &["K=V"]),
            step(&["inspect", "--format", "{{.State.Running}} {{.State.Status}}", "i1"], 0, &["true running"]),
            step(&["container", "inspect", "--format", "{{.HostConfig.PortBindings}}", "i1"], 0, &["{PORT}"]),
            step(&["ps", "--filter", "label=app=web", "--format", "{{.Names}}"], 0, &["i1"]),
            step(&["ps", "--filter", "volume=vol-i1", "--format", "{{.Names}}"], 0, &["i1"]),
            step(&["ps", "-a", "--filter", "before=i1", "--format", "{{.Names}}"], 0, &[]),
            step(&["ps", "--filter", "status=running", "-q"], 0, &[]),
            step(&["ps", "-a", "--format", "{{.Image}}"], 0, &["{IMG}"]),
            step(&["top", "i1"], 0, &["sleep 1000"]),
            step(&["exec", "i1", "sh", "-c", "echo changed > /tmp/x"], 0, &[]),
            step(&["diff", "i1"], 0, &["A /tmp/x"]),
            step(&["exec", "-e", "E=1", "-w", "/tmp", "i1", "sh", "-c", "echo $E $(pwd)"], 0, &["1 /tmp"]),
            step(&["exec", "i1", "sh", "-c", "exit 4"], 4, &[]),
            step(&["exec", "i1", "nosuchcmd"], 127, &[]),
            step(&["rename", "i1", "i2"], 0, &[]),
            step(&["container", "exists", "i2"], 0, &[]),
            step(&["restart", "-t", "0", "i2"], 0, &["i2"]),
            step(&["kill", "i2"], 0, &["i2"]),
            step(&["rm", "i2"], 0, &["i2"]),
            step(&["volume", "rm", "vol-i1"], 0, &["vol-i1"]),
        ],
    },
    Family {
        name: "logs and commit",
        steps: &[
            step(&["run", "--name", "l1", "{IMG}", "sh", "-c", "echo one; echo two; echo three"], 0, &["one", "three"]),
            step(&["logs", "l1"], 0, &["one", "two", "three"]),
            step(&["logs", "--tail", "1", "l1"], 0, &["three"]),
            step(&["export", "-o", "{HOME}/l1.tar", "l1"], 0, &[]),
            step(&["import", "-q", "{HOME}/l1.tar", "imported:v1"], 0, &[]),
            step(&["run", "--rm", "imported:v1", "/bin/sh", "-c", "echo imported"], 0, &["imported"]),
            step(&["save", "-o", "{HOME}/img.tar", "{IMG}"], 0, &[]),
            step(&["load", "-i", "{HOME}/img.tar"], 0, &["Loaded image"]),
            step(&["container", "prune", "-f"], 0, &[]),
            step(&["ps", "-aq"], 0, &[]),
        ],
    },
    Family {
        name: "run flags",
        steps: &[
            step(&["run", "--rm", "-w", "/tmp", "{IMG}", "pwd"], 0, &["/tmp"]),
            step(&["run", "--rm", "-u", "1000:1000", "{IMG}", "id"], 0, &["uid=1000", "gid=1000"]),
            step(&["run", "--rm", "--hostname", "hh", "{IMG}", "hostname"], 0, &["hh"]),
            step(&["run", "--rm", "--entrypoint", "echo", "{IMG}", "via-entrypoint"], 0, &["via-entrypoint"]),
            step(&["run", "--rm", "--read-only", "{IMG}", "touch", "/x"], 1, &["Read-only file system"]),
            step(&["run", "--rm", "--tmpfs", "/scratch", "{IMG}", "sh", "-c", "touch /scratch/ok && echo tmpfs-ok"], 0, &["tmpfs-ok"]),
            step(&["run", "--rm", "--add-host", "myhost:10.1.2.3", "{IMG}", "cat", "/etc/hosts"], 0, &["10.1.2.3", "myhost"]),
            step(&["run", "--rm", "--dns", "10.9.9.9", "{IMG}", "cat", "/etc/resolv.conf"], 0, &["nameserver 10.9.9.9"]),
            step(&["run", "--rm", "-e", "A=1", "--env", "B=2", "{IMG}", "sh", "-c", "echo $A$B"], 0, &["12"]),
            step(&["run", "--rm", "--userns=keep-id", "{IMG}", "id", "-u"], 0, &["{UID}"]),
            step(&["run", "--rm", "--cap-drop", "all", "{IMG}", "sh", "-c", "grep CapEff /proc/self/status"], 0, &["0000000000000000"]),
            step(&["run", "--rm", "--network", "none", "{IMG}", "ip", "-o", "link"], 0, &["lo"]),
            step(&["run", "--rm", "--init", "{IMG}", "true"], 0, &[]),
            step(&["run", "--rm", "--pull", "never", "nosuch.invalid/x:1", "true"], 125, &["nosuch.invalid/x:1"]),
            step(&["create", "--name", "ro", "--restart", "on-failure:2", "{IMG}", "true"], 0, &[]),
            step(&["inspect", "--format", "{{.HostConfig.RestartPolicy.Name}} {{.HostConfig.RestartPolicy.MaximumRetryCount}}", "ro"], 0, &["on-failure 2"]),
            step(&["rm", "ro"], 0, &[]),
        ],
    },
    Family {
        name: "prune and disk usage",
        steps: &[
            step(&["volume", "create", "pv"], 0, &[]),
            step(&["volume", "prune", "-f"], 0, &["pv"]),
            step(&["volume", "exists", "pv"], 1, &[]),
            step(&["network", "create", "pn"], 0, &[]),
            step(&["network", "prune", "-f"], 0, &["pn"]),
            step(&["network", "create", "--label", "tier=a", "pfa"], 0, &[]),
            step(&["network", "create", "pfb"], 0, &[]),
            step(&["network", "prune", "-f", "--filter", "label=tier=a"], 0, &["pfa"]),
            step(&["network", "exists", "pfa"], 1, &[]),
            step(&["network", "exists", "pfb"], 0, &[]),
            step(&["network", "prune", "-f", "--filter", "label!=tier", "--filter", "until=1h"], 0, &[]),
            step(&["network", "exists", "pfb"], 0, &[]),
            step(&["network", "rm", "pfb"], 0, &["pfb"]),
            step(&["system", "df"], 0, &["Images", "Containers", "Local Volumes"]),
            step(&["image", "prune", "-f"], 0, &[]),
        ],
    },
    Family {
        name: "build",
        steps: &[
            step(&["build", "-q", "-t", "built:v1", "-f", "{HOME}/ctx/Containerfile", "{HOME}/ctx"], 0, &[]),
            step(&["run", "--rm", "built:v1"], 0, &["built-ok"]),
            step(&["inspect", "--format", "{{.Config.Labels.stage}}", "built:v1"], 0, &["final"]),
            step(&["build", "-q", "-t", "bad:v1", "-f", "{HOME}/ctx/Bad", "{HOME}/ctx"], 3, &[]),
            step(&["rmi", "built:v1"], 0, &["Untagged: localhost/built:v1"]),
        ],
    },
    Family {
        name: "healthcheck",
        steps: &[
            step(&["run", "-d", "--name", "h1", "--health-cmd", "true", "--health-interval", "1h", "{IMG}", "sleep", "1000"], 0, &[]),
            step(&["healthcheck", "run", "h1"], 0, &[]),
            step(&["inspect", "--format", "{{.State.Health.Status}}", "h1"], 0, &["healthy"]),
            step(&["run", "-d", "--name", "h2", "--health-cmd", "false", "--health-interval", "1h", "--health-retries", "1", "{IMG}", "sleep", "1000"], 0, &[]),
            step(&["healthcheck", "run", "h2"], 1, &["unhealthy"]),
            step(&["healthcheck", "run", "nosuch"], 125, &["no such container"]),
            step(&["rm", "-f", "h1", "h2"], 0, &["h1", "h2"]),
        ],
    },
    Family {
        name: "cp with the host",
        steps: &[
            step(&["run", "-d", "--name", "k1", "{IMG}", "sleep", "1000"], 0, &[]),
            step(&["cp", "{SECRET_FILE}", "k1:/tmp/in.txt"], 0, &[]),
            step(&["exec", "k1", "cat", "/tmp/in.txt"], 0, &["topsecret"]),
            step(&["cp", "k1:/etc/hostname", "{HOME}/hostname-out"], 0, &[]),
            step(&["cp", "k1:/nonexistent", "{HOME}/x"], 125, &["no such file or directory"]),
            step(&["rm", "-f", "k1"], 0, &[]),
        ],
    },
    Family {
        name: "busy objects",
        steps: &[
            step(&["run", "-d", "--name", "b1", "{IMG}", "sleep", "1000"], 0, &[]),
            step(&["rm", "b1"], 2, &["running"]),
            step(&["rmi", "{IMG}"], 2, &["in use"]),
            step(&["volume", "create", "bv"], 0, &[]),
            step(&["run", "-d", "--name", "b2", "-v", "bv:/v", "{IMG}", "sleep", "1000"], 0, &[]),
            step(&["volume", "rm", "bv"], 2, &["is being used"]),
            step(&["network", "create", "bn"], 0, &[]),
            step(&["run", "-d", "--name", "b3", "--network", "bn", "{IMG}", "sleep", "1000"], 0, &[]),
            step(&["network", "rm", "bn"], 2, &["network is being used"]),
            step(&["rm", "-f", "b1", "b2", "b3"], 0, &["b1", "b2", "b3"]),
            step(&["volume", "rm", "--force", "bv"], 0, &["bv"]),
            step(&["network", "rm", "bn"], 0, &["bn"]),
        ],
    },
    Family {
        name: "json and generators",
        steps: &[
            step(&["create", "--name", "g1", "-v", "{HOME}:/h:ro", "{IMG}", "ls", "/h"], 0, &[]),
            step(&["start", "-a", "g1"], 0, &["secret.txt"]),
            step(&["ps", "-a", "--format", "json"], 0, &["\"Names\"", "g1"]),
            step(&["images", "--format", "json"], 0, &["\"Id\""]),
            step(&["volume", "ls", "--format", "json"], 0, &[]),
            step(&["generate", "systemd", "--name", "g1"], 0, &["[Unit]", "[Service]", "[Install]"]),
            step(&["kube", "generate", "g1"], 0, &["apiVersion: v1", "kind: Pod"]),
            step(&["events", "--stream=false", "--since", "1h", "--filter", "event=create", "--format", "{{.Type}} {{.Status}}"], 0, &["container create"]),
            step(&["rm", "g1"], 0, &["g1"]),
        ],
    },
    Family {
        name: "pod members",
        steps: &[
            step(&["pod", "create", "--name", "pp"], 0, &[]),
            step(&["run", "-d", "--pod", "pp", "--name", "pm", "{IMG}", "sleep", "1000"], 0, &[]),
            step(&["pod", "ps", "--format", "{{.Name}} {{.NumberOfContainers}}"], 0, &["pp 2"]),
            step(&["pod", "stop", "-t", "0", "pp"], 0, &[]),
            step(&["pod", "rm", "pp"], 0, &[]),
            step(&["container", "exists", "pm"], 1, &[]),
        ],
    },
    Family {
        name: "system",
        steps: &[
            step(&["info", "--format", "{{.Host.Security.Rootless}}"], 0, &["true"]),
            step(&["info", "--format", "{{.Store.GraphDriverName}}"], 0, &["overlay"]),
            step(&["version", "--format", "{{.Client.Os}}"], 0, &["linux"]),
            step(&["nosuchcommand"], 125, &["unrecognized command"]),
            step(&["--no-such-global", "ps"], 125, &["unknown flag: --no-such-global"]),
        ],
    },
    Family {
        name: "network options",
        steps: &[
            step(&["network", "create", "--subnet", "10.123.0.0/24", "--ip-range", "10.123.0.128/25", "--opt", "mtu=1400", "nopt"], 0, &["nopt"]),
            step(&["network", "inspect", "--format", "{{range .Subnets}}{{.LeaseRange.StartIP}}-{{.LeaseRange.EndIP}}{{end}} {{.Options.mtu}}", "nopt"], 0, &["10.123.0.129-10.123.0.255 1400"]),
            step(&["run", "--rm", "--network", "nopt", "{IMG}", "cat", "/sys/class/net/eth0/mtu"], 0, &["1400"]),
            step(&["run", "--rm", "--network", "nopt", "{IMG}", "ip", "-o", "-4", "addr", "show", "eth0"], 0, &["10.123.0.129/24"]),
            step(&["network", "create", "--opt", "foo=bar", "nbad"], 125, &["Error: unsupported network option foo"]),
            step(&["network", "create", "--ip-range", "10.124.0.0/25", "nbad"], 125, &["Error: cannot set gateway or range without subnet"]),
            step(&["network", "create", "--disable-dns", "ndns"], 0, &["ndns"]),
            step(&["network", "inspect", "--format", "{{.DNSEnabled}}", "ndns"], 0, &["false"]),
            step(&["network", "create", "--ipv6", "n6"], 0, &["n6"]),
            step(&["network", "inspect", "--format", "{{.IPv6Enabled}}", "n6"], 0, &["true"]),
            step(&["network", "create", "--subnet", "10.125.0.0/24", "--subnet", "fd00:125::/64", "nd"], 0, &["nd"]),
            step(&["network", "inspect", "--format", "{{range .Subnets}}{{.Gateway}} {{end}}", "nd"], 0, &["10.125.0.1 fd00:125::1"]),
            step(&["run", "--rm", "--network", "nd", "--ip6", "fd00:125::10", "{IMG}", "ip", "-o", "-6", "addr", "show", "eth0"], 0, &["fd00:125::10/64"]),
            step(&["network", "rm", "nopt", "ndns", "n6", "nd"], 0, &["nopt", "ndns", "n6", "nd"]),
        ],
    },
    Family {
        name: "podman 4.3 flags",
        steps: &[
            step(&["pod", "create", "--name", "p43", "--label-file", "{HOME}/labels.txt", "--no-hosts", "--dns-option", "ndots:2"], 0, &[]),
            step(&["pod", "inspect", "--latest", "--format", "{{.Name}}"], 0, &["p43"]),
            step(&["pod", "ps", "--ctr-ids", "--ctr-status", "--sort", "name"], 0, &["IDS", "STATUS", "p43"]),
            step(&["pod", "rm", "-l"], 0, &[]),
            step(&["pod", "exists", "p43"], 1, &[]),
            step(&["run", "-d", "--name", "cpo", "-p", "{PORT}:80", "{IMG}", "sleep", "1000"], 0, &[]),
            step(&["port", "-a"], 0, &["80/tcp -> 0.0.0.0:{PORT}"]),
            step(&["rm", "-f", "-t", "0", "cpo"], 0, &[]),
            step(&["volume", "create", "va"], 0, &[]),
            step(&["volume", "inspect", "--all", "--format", "{{.Name}}"], 0, &["va"]),
            step(&["volume", "rm", "-f", "-t", "0", "va"], 0, &["va"]),
            step(&["search", "--list-tags", "--tls-verify=false", "{IMG_REPO}"], 0, &["NAME", "TAG", "{IMG_REPO}", "latest"]),
            step(&["pull", "--all-tags", "--tls-verify=false", "{IMG_REPO}"], 0, &[]),
            step(&["container", "checkpoint", "nosuch"], 125, &[]),
            step(&["update", "--blkio-weight", "5", "nosuch"], 125, &[]),
        ],
    },
    Family {
        name: "podman 4.3 image, cp, generate flags",
        steps: &[
            step(&["pull", "-q", "--tls-verify=false", "--cert-dir", "{HOME}", "{IMG}"], 0, &[]),
            step(&["image", "tree", "{IMG}"], 0, &["Image ID: ", "Tags:     [{IMG}]", "Image Layers\n", "── ID: ", " Top Layer of: [{IMG}]"]),
            step(&["image", "tree", "--whatrequires", "{IMG}"], 0, &["Top Layer of: [{IMG}]"]),
            step(&["image", "tree", "nosuchimage"], 125, &["image not known"]),
            step(&["image", "diff", "{IMG}"], 0, &["A /bin\n"]),
            step(&["image", "diff", "--format", "json", "{IMG}"], 0, &["\"added\": ["]),
            step(&["image", "diff", "{IMG}", "{IMG}"], 0, &[]),
            step(&["image", "diff", "{IMG}", "nosuchimage"], 125, &["nosuchimage not found: nosuchimage: image not known"]),
            step(&["image", "mount", "{IMG}"], 125, &["cannot run command \"{TOOL} image mount\" in rootless mode, must execute `{TOOL} unshare` first"]),
            step(&["create", "--name", "tpl", "{IMG}", "sleep", "100"], 0, &[]),
            step(&["generate", "systemd", "--template", "--name", "tpl"], 0, &["# container-tpl@.service\n", ".service for %I\n", "Environment=PODMAN_SYSTEMD_UNIT=%n-%i\n", "--name tpl-%i "]),
            step(&["rm", "tpl"], 0, &[]),
            step(&["run", "-d", "--name", "cpd", "{IMG}", "sh", "-c", "touch /tmp/ctx; sleep 1000"], 0, &[]),
            step(&["cp", "{HOME}/ctx", "cpd:/tmp/"], 125, &["file exists"]),
            step(&["cp", "{HOME}/ctx", "cpd:/tmp/ctx"], 125, &["destination must be a directory when copying a directory"]),
            step(&["cp", "{HOME}/ctx/Containerfile", "cpd:/tmp/ctx"], 0, &[]),
            step(&["cp", "{HOME}/secret-link", "cpd:/tmp/sl"], 0, &[]),
            step(&["exec", "cpd", "cat", "/tmp/sl"], 0, &["topsecret"]),
            step(&["cp", "{HOME}/nonexist", "cpd:/tmp/"], 125, &["could not be found on the host"]),
            step(&["rm", "-f", "-t", "0", "cpd"], 0, &[]),
        ],
    },
    Family {
        name: "pod, kube play and clone flags",
        steps: &[
            step(&["pod", "create", "--name", "pf", "-v", "{HOME}:/h:ro", "--sysctl", "kernel.shmmni=4242", "--security-opt", "no-new-privileges"], 0, &[]),
            step(&["run", "--rm", "--pod", "pf", "{IMG}", "cat", "/proc/sys/kernel/shmmni", "/h/secret.txt"], 0, &["4242", "topsecret"]),
            step(&["run", "--rm", "--pod", "pf", "{IMG}", "grep", "NoNewPrivs", "/proc/self/status"], 0, &["NoNewPrivs:\t0"]),
            step(&["pod", "create", "--name", "pd", "--device", "/dev/null:/dev/podnull", "--shm-size", "7m"], 0, &[]),
            step(&["run", "--rm", "--pod", "pd", "{IMG}", "sh", "-c", "test -c /dev/podnull && grep -o 'shm.*size=7168k' /proc/mounts"], 0, &["size=7168k"]),
            step(&["pod", "rm", "-f", "pd"], 0, &[]),
            step(&["pod", "clone", "--name", "pf2", "pf"], 0, &[]),
            step(&["pod", "exists", "pf2"], 0, &[]),
            step(&["create", "--name", "cc", "{IMG}", "cat", "/h/secret.txt"], 0, &[]),
            step(&["container", "clone", "--pod", "pf2", "cc", "cc2"], 0, &[]),
            step(&["pod", "ps", "--filter", "name=pf2", "--format", "{{.Name}} {{.NumberOfContainers}}"], 0, &["pf2 2"]),
            step(&["pod", "rm", "-f", "pf", "pf2"], 0, &[]),
            step(&["rm", "cc"], 0, &[]),
            step(&["pod", "create", "--name", "pu", "--userns", "auto"], 0, &[]),
            step(&["run", "--rm", "--pod", "pu", "{IMG}", "id", "-u"], 0, &["0"]),
            step(&["pod", "rm", "-f", "pu"], 0, &[]),
            step(&["kube", "play", "--annotation", "team=blue", "--log-driver", "json-file", "--no-hosts", "{HOME}/kp.yaml"], 0, &["Pod:"]),
            step(&["inspect", "--format", "{{.HostConfig.LogConfig.Type}}", "kp-app"], 0, &["json-file"]),
            step(&["kube", "down", "{HOME}/kp.yaml"], 0, &[]),
            step(&["kube", "play", "--cert-dir", "{HOME}", "{HOME}/kp.yaml"], 0, &["Pod:"]),
            step(&["kube", "down", "{HOME}/kp.yaml"], 0, &[]),
        ],
    },
];

/// Steps (by their exact arguments, unique in the table) where dhow
/// knowingly differs from podman, with the reason: they
/// count against the rate but do not fail the test; one that starts to
/// pass fails it, so the list only shrinks.
const KNOWN_GAPS: &[(&str, &str)] = &[
];

/// A program under test in its own store.
struct Tool {
    name: &'static str,
    bin: String,
    env: TestEnv,
    /// A host port of its own (both publish on the same host).
    port: u16,
}

/// What one run of a step gave.
struct Seen {
    code: Option<i32>,
    output: String,
}

impl Tool {
    fn subst(&self, s: &str) -> String {
        let fx = self.env.fx();
        s.replace("{TOOL}", self.name)
            .replace("{BIN}", &self.bin)
            .replace("{IMG_DIGEST}", &fx.busybox.digest)
            .replace("{IMG_REPO}", fx.busybox.reference.rsplit_once(':').map_or(fx.busybox.reference.as_str(), |(r, _)| r))
            .replace("{IMG}", &fx.busybox.reference)
            .replace("{REG}", &fx.registry.addr())
            .replace("{SECRET_FILE}", &self.env.home().join("secret.txt").display().to_string())
            .replace("{PORT}", &self.port.to_string())
            .replace("{HOME}", &self.env.home().display().to_string())
            .replace("{UID}", &self.env.user.uid.to_string())
    }

    fn run(&self, args: &[&str]) -> Seen {
        let args: Vec<String> = args.iter().map(|a| self.subst(a)).collect();
        let out = self.env.run_command(self.env.exec(&self.bin, &args));
        Seen { code: out.code(), output: format!("{}{}", out.stdout, out.stderr) }
    }

    /// Whether `seen` is what the step says podman does.
    fn matches(&self, s: &Step, seen: &Seen) -> Result<(), String> {
        if seen.code != Some(s.code) {
            return Err(format!("exit {:?}, podman's is {}", seen.code, s.code));
        }
        for p in s.phrases {
            let p = self.subst(p);
            if !seen.output.contains(&p) {
                return Err(format!("no {p:?} in the output"));
            }
        }
        Ok(())
    }

    fn prepare(&self) {
        self.env.write_home("secret.txt", "topsecret");
        // podman's cp copies the target of a host symlink given as the source.
        std::os::unix::fs::symlink(self.env.home().join("secret.txt"), self.env.home().join("secret-link")).expect("symlink in the test home");
        self.env.write_home("labels.txt", "# a comment\nteam=blue\n");
        let from = format!("FROM {}\n", self.env.fx().busybox.reference);
        self.env.write_home("ctx/Containerfile", &format!("{from}LABEL stage=final\nRUN echo built-ok > /msg\nCMD [\"cat\", \"/msg\"]\n"));
        self.env.write_home("ctx/Bad", &format!("{from}RUN exit 3\n"));
        let image = &self.env.fx().busybox.reference;
        self.env.write_home("kp.yaml", &format!("apiVersion: v1\nkind: Pod\nmetadata:\n  name: kp\nspec:\n  containers:\n  - name: app\n    image: {image}\n    command: [\"sleep\", \"1000\"]\n"));
    }
}

/// Rootless podman leaves a pause process holding its user namespace;
/// this test started it, so it ends it (by the PID podman recorded).
impl Drop for Tool {
    fn drop(&mut self) {
        let pidfile = self.env.runtime_dir().join("libpod/tmp/pause.pid");
        if let Some(pid) = std::fs::read_to_string(pidfile).ok().and_then(|s| s.trim().parse::<i32>().ok()) {
            // SAFETY: kill(2) on the pause process of this test's podman.
            unsafe { libc::kill(pid, libc::SIGTERM) };
        }
    }
}

fn dhow() -> Tool {
    let env = TestEnv::new();
    let f = &env.fx().busybox;
    env.ok(&["pull", "-q", &f.reference]);
    let t = Tool { name: "dhow", bin: dhow_bin().display().to_string(), env, port: common::http::free_port() };
    t.prepare();
    t
}

/// Rootless podman for the test user with the peer configuration of
/// bench/common.sh (runc, cgroupfs, file events, overlay), the fixture
/// image pulled; `None` with a note when it cannot run here.
fn podman() -> Option<Tool> {
    if !std::path::Path::new("/usr/bin/podman").exists() {
        eprintln!("podman_compat: podman is not installed; only dhow's side runs (apt-get install podman runc)");
        return None;
    }
    let env = TestEnv::new();
    env.write_config("containers/containers.conf", "[engine]\nruntime = \"runc\"\ncgroup_manager = \"cgroupfs\"\nevents_logger = \"file\"\n");
    env.write_config("containers/storage.conf", "[storage]\ndriver = \"overlay\"\n");
    let t = Tool { name: "podman", bin: "/usr/bin/podman".into(), env, port: common::http::free_port() };
    t.prepare();
    let image = t.env.fx().busybox.reference.clone();
    let probe = t.run(&["pull", "-q", "--tls-verify=false", &image]);
    let probe_run = t.run(&["run", "--rm", &image, "true"]);
    if probe.code != Some(0) || probe_run.code != Some(0) {
        eprintln!("podman_compat: rootless podman does not work for the test user here ({}{}); only dhow's side runs", probe.output, probe_run.output);
        return None;
    }
    Some(t)
}

#[test]
fn podman_invocations_give_podmans_results() {
    let dhow = dhow();
    let podman = podman();
    let (mut podman_passed, mut both_passed, mut total) = (0, 0, 0);
    let mut dhow_failures = Vec::new();
    let mut table_wrong = Vec::new();
    for family in FAMILIES {
        for (i, s) in family.steps.iter().enumerate() {
            total += 1;
            let what = format!("{} #{}: {}", family.name, i + 1, s.args.join(" "));
            let podman_ok = match &podman {
                Some(p) => {
                    let seen = p.run(s.args);
                    match p.matches(s, &seen) {
                        Ok(()) => true,
                        Err(why) => {
                            table_wrong.push(format!("{what}: podman: {why}\n{}", seen.output));
                            false
                        }
                    }
                }
                // Without the peer, the table (from podman's documentation) is the expectation.
                None => true,
            };
            let seen = dhow.run(s.args);
            let dhow_ok = dhow.matches(s, &seen);
            let gap = KNOWN_GAPS.iter().find(|(args, _)| *args == s.args.join(" "));
            if podman_ok {
                podman_passed += 1;
                match (dhow_ok, gap) {
                    (Ok(()), None) => both_passed += 1,
                    (Ok(()), Some(_)) => dhow_failures.push(format!("{what}: dhow now passes a step listed in KNOWN_GAPS: remove it there")),
                    (Err(why), Some((_, reason))) => eprintln!("podman_compat: known gap: {what}: {why} ({reason})"),
                    (Err(why), None) => dhow_failures.push(format!("{what}: dhow: {why}\n{}", seen.output)),
                }
            }
        }
    }
    let rate = 100.0 * both_passed as f64 / podman_passed.max(1) as f64;
    eprintln!(
        "podman_compat: {} steps; podman {}; dhow passed {both_passed} of the {podman_passed} podman passed ({rate:.1}%)",
        total,
        if podman.is_some() { format!("passed {podman_passed}") } else { "not run (table used)".into() },
    );
    for t in &table_wrong {
        eprintln!("podman_compat: the table says otherwise than podman: {t}");
    }
    assert!(podman_passed > total / 2, "podman itself failed most steps: the table or the peer set-up is wrong:\n{}", table_wrong.join("\n"));
    assert!(dhow_failures.is_empty(), "dhow differs from podman ({rate:.1}%):\n{}", dhow_failures.join("\n"));
}

/// The table of podman's flags that dhow's parser is checked against
/// (`src/cli/podman_flags.rs`, a unit test) is podman's own: every flag
/// the installed podman's `--help` lists for those commands is in it.
#[test]
fn the_podman_flag_table_is_podmans() {
    if !std::path::Path::new("/usr/bin/podman").exists() {
        eprintln!("podman_compat: podman is not installed; the flag table is not compared with it");
        return;
    }
    let table = include_str!("../src/cli/podman_flags.rs");
    let env = TestEnv::new();
    let mut missing = Vec::new();
    // Every row of the table: top-level commands and nested ones ("pod create").
    let commands: Vec<&str> = table
        .lines()
        .filter_map(|l| l.trim_start().strip_prefix("(\"")?.split_once("\", ").map(|(c, _)| c))
        .collect();
    assert!(commands.len() > 100, "the table lists only {} commands", commands.len());
    for cmd in commands {
        let mut words: Vec<&str> = cmd.split(' ').collect();
        words.push("--help");
        let out = env.run_command(env.exec("/usr/bin/podman", &words));
        assert!(out.success(), "podman {cmd} --help: {}", out.describe());
        let row = table.lines().find(|l| l.trim_start().starts_with(&format!("(\"{cmd}\", "))).unwrap_or_else(|| panic!("no row for {cmd} in the table"));
        // Option lines: "  -a, --attach ..." or "      --add-host ...".
        let flags: Vec<&str> = out
            .stdout
            .lines()
            .filter_map(|l| {
                let mut w = l.split_whitespace();
                match w.next() {
                    Some(f) if f.starts_with("--") => Some(f),
                    Some(s) if s.starts_with('-') && s.ends_with(',') => w.next().filter(|f| f.starts_with("--")),
                    _ => None,
                }
            })
            .collect();
        for f in flags {
            let listed = row.split(['"', ';']).any(|e| e == f || e.ends_with(&format!(" {f}")));
            if !listed {
                missing.push(format!("podman {cmd} {f}"));
            }
        }
    }
    assert!(missing.is_empty(), "flags of the installed podman missing from src/cli/podman_flags.rs:\n{}", missing.join("\n"));
}

/// podman flags and commands dhow takes but cannot carry out: each parses
/// (never "unknown flag") and is refused with the reason, exit 125, before
/// anything is made.
#[test]
fn what_dhow_cannot_honour_is_refused_with_the_reason() {
    let env = TestEnv::new();
    let cases: &[(&[&str], &str)] = &[
        (&["push", "--sign-by", "ABC", "x"], "--sign-by is not supported by dhow"),
        (&["unshare", "--rootless-netns", "true"], "--rootless-netns is not supported by dhow"),
        (&["container", "checkpoint", "--all", "--keep"], "'container checkpoint' is not supported by dhow: checkpointing needs CRIU"),
        (&["container", "restore", "-l"], "'container restore' is not supported by dhow"),
        (&["machine", "init", "--cpus", "2"], "'machine' is not supported by dhow"),
        (&["system", "service", "--time", "0"], "'system service' is not supported by dhow"),
        (&["image", "scp", "x", "y::"], "'image scp' is not supported by dhow"),
        (&["generate", "spec", "c"], "'generate spec' is not supported by dhow"),
    ];
    for (args, phrase) in cases {
        let err = env.fail(args, 125);
        assert!(err.starts_with("Error: ") && err.contains(phrase), "dhow {}: {err}", args.join(" "));
        assert!(!err.contains("unknown flag"), "dhow {}: {err}", args.join(" "));
    }
    env.fail(&["pod", "exists", "pr"], 1);
}

/// commit --iidfile writes the ID commit prints; --include-volumes makes
/// the container's volume targets VOLUMEs of the image.
#[test]
fn commit_writes_the_iidfile_and_includes_volumes() {
    let env = TestEnv::new();
    let img = &env.fx().busybox.reference;
    env.ok(&["pull", "-q", img]);
    env.ok(&["create", "--name", "cv", "-v", "cvol:/data", img, "true"]);
    let iid = env.home().join("iid");
    let id = env.ok(&["commit", "-q", "--include-volumes", "--iidfile", &iid.display().to_string(), "cv", "cvimg"]);
    let written = std::fs::read_to_string(&iid).expect("the iidfile");
    assert_eq!(written.trim(), id.trim());
    let vols = env.ok(&["image", "inspect", "--format", "{{json .Config.Volumes}}", "cvimg"]);
    assert!(vols.contains("/data"), "{vols}");
    let plain = env.ok(&["commit", "-q", "cv", "cvimg2"]);
    assert_ne!(plain.trim(), "");
    let vols = env.ok(&["image", "inspect", "--format", "{{json .Config.Volumes}}", "cvimg2"]);
    assert!(!vols.contains("/data"), "{vols}");
}

/// Pod commands on the latest pod (-l), container runlabel, cp --overwrite:
/// dhow alone (podman's commit fails in this test set-up). A directory
/// over a file is refused with podman's 125 and "file exists" (podman 4.3:
/// `copier: put: error creating "/tmp/ctx": mkdir /tmp/ctx: file exists`).
#[test]
fn latest_pod_runlabel_and_cp_overwrite() {
    let env = TestEnv::new();
    let img = &env.fx().busybox.reference;
    env.ok(&["pull", "-q", img]);
    env.ok(&["pod", "create", "--name", "pl"]);
    env.ok(&["pod", "start", "-l"]);
    let ps = env.ok(&["pod", "ps", "--ns", "--ctr-status", "--format", "{{.Name}} {{.Status}}", "-l"]);
    assert!(ps.contains("pl Running"), "{ps}");
    env.ok(&["pod", "stop", "-l", "-t", "0"]);
    env.ok(&["pod", "rm", "-l"]);
    env.fail(&["pod", "exists", "pl"], 1);

    env.ok(&["create", "--name", "rl", img, "true"]);
    env.ok(&["commit", "-q", "-c", "LABEL RUN=\"echo ran-label \\$NAME from \\$IMAGE\"", "rl", "rlimg"]);
    let out = env.ok(&["container", "runlabel", "--name", "xyz", "RUN", "rlimg", "extra"]);
    assert!(out.contains("ran-label xyz from rlimg extra"), "{out}");
    let shown = env.ok(&["container", "runlabel", "--display", "RUN", "rlimg"]);
    assert!(shown.contains("command: echo ran-label rlimg from rlimg"), "{shown}");
    let err = env.fail(&["container", "runlabel", "NOPE", "rlimg"], 125);
    assert!(err.contains("cannot find the value of label: NOPE in image: rlimg"), "{err}");

    // A directory copied into /tmp/ where /tmp/ctx is a file.
    env.ok(&["run", "-d", "--name", "cpo", img, "sh", "-c", "touch /tmp/ctx; sleep 1000"]);
    env.write_home("ctx/Containerfile", "FROM scratch\n");
    let ctx = format!("{}/ctx", env.home().display());
    let err = env.fail(&["cp", &ctx, "cpo:/tmp/"], 125);
    assert!(err.contains("cannot overwrite non-directory") && err.contains("file exists"), "{err}");
    env.ok(&["exec", "cpo", "test", "-f", "/tmp/ctx"]);
    env.ok(&["cp", "--overwrite", &ctx, "cpo:/tmp/"]);
    env.ok(&["exec", "cpo", "test", "-f", "/tmp/ctx/Containerfile"]);
    env.ok(&["rm", "-f", "-t", "0", "cpo"]);
}
