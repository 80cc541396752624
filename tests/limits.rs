//! Resource limits end to end (`-m`, `--cpus`, `--pids-limit`, `update`,
//! `stats`, `info`), as the unprivileged test user on the real kernel.
//!
//! Real enforcement needs a cgroup the user may write. This host has cgroup
//! v1 without delegation, so [`Delegation`] does what an administrator (or
//! systemd) would: as root it creates `dhow-e2e-<pid>-<n>` below the test
//! process's own cgroup in each v1 hierarchy, chowns it to the test user and
//! removes it afterwards. The tests name it with a relative
//! `--cgroup-parent`, which dhow resolves the same way. Cgroup mounts are
//! never changed. Without root (or on cgroup v2) those tests say why and
//! stop.

mod common;

use common::TestEnv;
use std::fs;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU32, Ordering};

const CONTROLLERS: [&str; 5] = ["memory", "cpu", "cpuacct", "cpuset", "pids"];

/// A cgroup subtree handed to the test user in every v1 controller.
struct Delegation {
    name: String,
    dirs: Vec<PathBuf>,
}

impl Delegation {
    /// None (with a note) when this host or user cannot delegate.
    fn new() -> Option<Delegation> {
        static N: AtomicU32 = AtomicU32::new(0);
        let user = common::TestUser::get();
        if !user.switch {
            eprintln!("note: not root: no cgroup can be delegated to the test user; skipping enforcement checks");
            return None;
        }
        if !PathBuf::from("/sys/fs/cgroup/pids/cgroup.procs").exists() {
            eprintln!("note: no cgroup v1 pids hierarchy; skipping enforcement checks");
            return None;
        }
        let own = fs::read_to_string("/proc/self/cgroup").unwrap_or_default();
        let name = format!("dhow-e2e-{}-{}", std::process::id(), N.fetch_add(1, Ordering::SeqCst));
        let mut dirs = Vec::new();
        for c in CONTROLLERS {
            let path = own
                .lines()
                .find_map(|l| {
                    let mut f = l.splitn(3, ':');
                    let (_, ctrls, path) = (f.next()?, f.next()?, f.next()?);
                    ctrls.split(',').any(|x| x == c).then(|| path.to_string())
                })
                .unwrap_or_else(|| "/".into());
            let parent = PathBuf::from(format!("/sys/fs/cgroup/{c}{}", path.trim_end_matches('/')));
            let dir = parent.join(&name);
            fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("creating {}: {e}", dir.display()));
            if c == "cpuset" {
                for f in ["cpuset.cpus", "cpuset.mems"] {
                    let v = fs::read_to_string(parent.join(f)).unwrap_or_default();
                    fs::write(dir.join(f), v.trim()).unwrap_or_else(|e| panic!("{}/{f}: {e}", dir.display()));
                }
            }
            // Delegation: the directory and its files belong to the user.
            user.chown(&dir);
            for e in fs::read_dir(&dir).unwrap().flatten() {
                user.chown(&e.path());
            }
            dirs.push(dir);
        }
        Some(Delegation { name, dirs })
    }

    /// The container's directory in `controller` (once it is running).
    fn container_dir(&self, controller: &str, id: &str) -> PathBuf {
        let i = CONTROLLERS.iter().position(|c| *c == controller).unwrap();
        self.dirs[i].join(format!("dhow-{id}"))
    }
}

impl Drop for Delegation {
    fn drop(&mut self) {
        // Containers' cgroups left by monitors the env killed: empty ones
        // go with rmdir once the kernel has reaped their processes.
        for dir in &self.dirs {
            for _ in 0..200 {
                let children: Vec<PathBuf> = fs::read_dir(dir).map(|r| r.flatten().map(|e| e.path()).filter(|p| p.is_dir()).collect()).unwrap_or_default();
                for c in &children {
                    let _ = fs::remove_dir(c);
                }
                if fs::remove_dir(dir).is_ok() || !dir.exists() {
                    break;
                }
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            if dir.exists() {
                eprintln!("note: could not remove test cgroup {}", dir.display());
            }
        }
    }
}

fn image(env: &TestEnv) -> String {
    let f = &env.fx().busybox;
    env.ok(&["pull", "-q", &f.reference]);
    f.reference.clone()
}

fn inspect(env: &TestEnv, ctr: &str, tmpl: &str) -> String {
    env.ok(&["inspect", "-f", tmpl, ctr]).trim().to_string()
}

/// Processes the shell can see in its pid namespace, counted without forking.
const COUNT_PROCS: &str = "n=0; for p in /proc/[0-9]*; do n=$((n+1)); done; echo $n";
/// Starts 20 background sleeps in a child shell (which dies at the first
/// failed fork), then counts what is running.
fn fork_loop() -> String {
    format!("sh -c 'for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do sleep 100 & done' 2>/dev/null; {COUNT_PROCS}")
}

#[test]
fn limits_are_recorded_and_shown_in_inspect() {
    let env = TestEnv::new();
    let img = image(&env);
    env.ok(&[
        "create", "--name", "c", "-m", "32m", "--memory-reservation", "16m", "--cpus", "1.5", "-c", "512", "--cpuset-cpus", "0",
        "--pids-limit", "10", "--oom-score-adj", "100", "--cgroup-parent", "some/parent", &img, "true",
    ]);
    let t = "{{.HostConfig.Memory}} {{.HostConfig.MemoryReservation}} {{.HostConfig.MemorySwap}} {{.HostConfig.NanoCpus}} {{.HostConfig.CpuShares}} {{.HostConfig.CpusetCpus}} {{.HostConfig.PidsLimit}} {{.HostConfig.OomScoreAdj}} {{.HostConfig.CgroupParent}}";
    assert_eq!(inspect(&env, "c", t), format!("{} {} {} 1500000000 512 0 10 100 some/parent", 32 << 20, 16 << 20, 64 << 20));
    // Nothing set: docker's zero values and a null PidsLimit.
    env.ok(&["create", "--name", "plain", &img, "true"]);
    assert_eq!(inspect(&env, "plain", "{{.HostConfig.Memory}} {{.HostConfig.NanoCpus}} {{json .HostConfig.PidsLimit}}"), "0 0 null");
    // docker's spellings: 2048m, 1g, --memory-swap -1, --pids-limit -1.
    env.ok(&["create", "--name", "units", "--memory=2048m", "--memory-swap", "-1", "--pids-limit", "-1", &img, "true"]);
    assert_eq!(inspect(&env, "units", "{{.HostConfig.Memory}} {{.HostConfig.MemorySwap}} {{json .HostConfig.PidsLimit}}"), format!("{} -1 null", 2048u64 << 20));
}

#[test]
fn bad_limits_fail_like_docker_and_leave_nothing() {
    let env = TestEnv::new();
    let img = image(&env);
    let cpus = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    let too_many = (cpus + 1).to_string();
    let cases: Vec<(Vec<&str>, String)> = vec![
        (vec!["-m", "1k"], "Minimum memory limit allowed is 6MB".into()),
        (vec!["-m", "12x"], "invalid size: '12x'".into()),
        (vec!["--cpus", &too_many], format!("range of CPUs is from 0.01 to {cpus}.00, as there are only {cpus} CPUs available")),
        (vec!["--cpus", "-1"], "range of CPUs is from 0.01".into()),
        (vec!["--cpuset-cpus", "99"], "Requested CPUs are not available - requested 99".into()),
        (vec!["-m", "64m", "--memory-swap", "32m"], "Minimum memoryswap limit should be larger than memory limit".into()),
        (vec!["--cgroups", "sometimes"], "--cgroups".into()),
    ];
    for (flags, msg) in cases {
        let mut args = vec!["run", "--rm"];
        args.extend(&flags);
        args.extend([img.as_str(), "true"]);
        let err = env.fail(&args, 125);
        assert!(err.contains(&msg), "{flags:?}: expected {msg:?} in: {err}");
    }
    assert_eq!(env.ok(&["ps", "-a", "-q"]).trim(), "", "no container is left behind");
}

#[test]
fn without_a_cgroup_each_unenforced_limit_is_named() {
    let env = TestEnv::new();
    let img = image(&env);
    // The test user's own cgroups are root's: nothing is delegated.
    let out = env.run(&["run", "--rm", "-m", "32m", "--cpus", "1", "--pids-limit", "10", &img, "sh", "-c", &fork_loop()]);
    assert!(out.success(), "{}", out.describe());
    for w in ["WARNING: --memory is not enforced", "WARNING: --memory-swap is not enforced", "WARNING: --cpus/--cpu-quota is not enforced", "WARNING: --pids-limit is enforced only approximately"] {
        assert!(out.stderr.contains(w), "expected {w:?}: {}", out.describe());
    }
    assert!(out.stderr.contains("RLIMIT_NPROC") && out.stderr.contains("--cgroup-parent"), "says how and the fix: {}", out.stderr);
    // RLIMIT_NPROC still stops the loop (it also counts the monitor).
    let n: u32 = out.stdout.trim().parse().unwrap_or(99);
    assert!((2..=10).contains(&n), "the rlimit stops the fork loop: {n} processes");
    let unlimited = env.ok(&["run", "--rm", &img, "sh", "-c", &fork_loop()]);
    assert_eq!(unlimited.trim(), "21", "all 20 start without a limit");
    // Recorded for inspect.
    env.ok(&["run", "--name", "w", "-m", "32m", &img, "true"]);
    assert_eq!(inspect(&env, "w", "{{range .DhowLimits.Limits}}{{.Flag}}={{.Enforcement}};{{end}}"), "--memory=not enforced;--memory-swap=not enforced;");
    // The strict setting makes them errors.
    let mut cmd = env.command(&["run", "--rm", "-m", "32m", &img, "true"]);
    cmd.env("DHOW_LIMITS_STRICT", "1");
    let out = env.run_command(cmd);
    assert_eq!(out.code(), Some(125), "{}", out.describe());
    assert!(out.stderr.contains("--memory"), "{}", out.describe());
}

#[test]
fn pids_limit_stops_a_fork_loop_in_a_cgroup() {
    let Some(cg) = Delegation::new() else { return };
    let env = TestEnv::new();
    let img = image(&env);
    let out = env.run(&["run", "--rm", "--cgroup-parent", &cg.name, "--pids-limit", "10", &img, "sh", "-c", &fork_loop()]);
    assert!(out.success(), "{}", out.describe());
    assert!(!out.stderr.contains("WARNING"), "enforced by the cgroup: {}", out.stderr);
    let n: u32 = out.stdout.trim().parse().unwrap_or(99);
    assert!((2..=10).contains(&n), "pids.max stops the loop: {n} processes");
    // The parent may come from the environment instead of the flag.
    let mut cmd = env.command(&["run", "--rm", "--pids-limit", "10", &img, "sh", "-c", &fork_loop()]);
    cmd.env("DHOW_CGROUP_PARENT", &cg.name);
    let out = env.run_command(cmd);
    assert!(out.success() && !out.stderr.contains("WARNING"), "{}", out.describe());
    let n: u32 = out.stdout.trim().parse().unwrap_or(99);
    assert!((2..=10).contains(&n), "pids.max stops the loop: {n} processes");
}

#[test]
fn cpuset_pins_with_a_cgroup_and_by_affinity_without() {
    let Some(cg) = Delegation::new() else { return };
    let env = TestEnv::new();
    let img = image(&env);
    let script = "grep Cpus_allowed_list /proc/self/status";
    let out = env.run(&["run", "--rm", "--cgroup-parent", &cg.name, "--cpuset-cpus", "0", "--cpus", "0.5", &img, "sh", "-c", script]);
    assert!(out.success() && !out.stderr.contains("WARNING"), "{}", out.describe());
    assert!(out.stdout.trim().ends_with("\t0") || out.stdout.trim().ends_with(" 0"), "{}", out.stdout);
    let out = env.run(&["run", "--rm", "--cpuset-cpus", "0", &img, "sh", "-c", script]);
    assert!(out.success() && out.stderr.contains("--cpuset-cpus is enforced only approximately") && out.stderr.contains("affinity"), "{}", out.describe());
    assert!(out.stdout.trim().ends_with("\t0") || out.stdout.trim().ends_with(" 0"), "{}", out.stdout);
}

#[test]
fn memory_hog_is_oom_killed() {
    let Some(cg) = Delegation::new() else { return };
    let env = TestEnv::new();
    let img = image(&env);
    // dd's 256 MiB buffer cannot fit in 32 MiB (+ 32 MiB swap).
    let since = (chrono::Utc::now().timestamp() - 1).to_string();
    let out = env.run(&["run", "--name", "hog", "--cgroup-parent", &cg.name, "-m", "32m", &img, "dd", "if=/dev/zero", "of=/dev/null", "bs=256M", "count=1"]);
    assert_eq!(out.code(), Some(137), "{}", out.describe());
    assert_eq!(inspect(&env, "hog", "{{.State.OOMKilled}} {{.State.ExitCode}} {{.State.Status}}"), "true 137 exited");
    let until = (chrono::Utc::now().timestamp() + 1).to_string();
    let events = env.ok(&["events", "--since", &since, "--until", &until, "--filter", "container=hog", "--format", "{{.Status}}"]);
    let actions: Vec<&str> = events.lines().collect();
    let oom = actions.iter().position(|a| *a == "oom");
    let die = actions.iter().position(|a| *a == "die");
    assert!(oom.is_some() && oom < die, "an oom event before die: {actions:?}");
    assert!(env.ok(&["ps", "-a", "--format", "{{.Status}}"]).contains("Exited (137)"));
    // The same program fits in 512 MiB.
    env.ok(&["run", "--rm", "--cgroup-parent", &cg.name, "-m", "512m", &img, "dd", "if=/dev/zero", "of=/dev/null", "bs=256M", "count=1"]);
}

#[test]
fn update_changes_a_running_containers_limits() {
    let Some(cg) = Delegation::new() else { return };
    let env = TestEnv::new();
    let img = image(&env);
    let id = env.ok(&["run", "-d", "--name", "u", "--cgroup-parent", &cg.name, "-m", "64m", "--pids-limit", "20", &img, "sleep", "300"]).trim().to_string();
    let read = |c: &str, f: &str| fs::read_to_string(cg.container_dir(c, &id).join(f)).unwrap_or_else(|e| panic!("{c}/{f}: {e}")).trim().to_string();
    assert_eq!(read("memory", "memory.limit_in_bytes"), (64u64 << 20).to_string());
    assert_eq!(read("pids", "pids.max"), "20");
    assert_eq!(read("pids", "cgroup.procs").lines().count(), 1, "the init is in its cgroup");
    assert_eq!(inspect(&env, "u", "{{.DhowLimits.Cgroup.Version}}"), "v1");
    // exec'd processes join the container's cgroup.
    let cgroups = env.ok(&["exec", "u", "cat", "/proc/self/cgroup"]);
    assert!(cgroups.lines().any(|l| l.contains(":pids:") && l.ends_with(&format!("/dhow-{id}"))), "{cgroups}");
    // The limit holds for exec'd processes; after the update the same
    // allocation fits (dd's 128 MiB buffer vs 64 MiB + 64 MiB swap, then 256 MiB).
    let dd = ["exec", "u", "dd", "if=/dev/zero", "of=/dev/null", "bs=128M", "count=1"];
    env.fail(&dd, 137);
    env.ok(&["update", "-m", "256m", "--cpus", "0.5", "--pids-limit", "50", "u"]);
    env.ok(&dd);
    assert_eq!(read("memory", "memory.limit_in_bytes"), (256u64 << 20).to_string());
    assert_eq!(read("pids", "pids.max"), "50");
    assert_eq!(read("cpu", "cpu.cfs_quota_us"), "50000");
    assert_eq!(read("cpu", "cpu.cfs_period_us"), "100000");
    assert_eq!(
        inspect(&env, "u", "{{.HostConfig.Memory}} {{.HostConfig.NanoCpus}} {{.HostConfig.PidsLimit}}"),
        format!("{} 500000000 50", 256u64 << 20)
    );
    // stats reads the same cgroup: the limit is the enforced one.
    let stats = env.ok(&["stats", "--no-stream", "--format", "{{.MemUsage}}|{{.PIDs}}", "u"]);
    assert!(stats.contains("/ 256MiB|1"), "{stats}");
    // Lifting a limit.
    env.ok(&["update", "--pids-limit", "-1", "u"]);
    assert_eq!(read("pids", "pids.max"), "max");
    // Bad values change nothing.
    let err = env.fail(&["update", "-m", "1k", "u"], 125);
    assert!(err.contains("Minimum memory limit allowed is 6MB"), "{err}");
    assert_eq!(read("memory", "memory.limit_in_bytes"), (256u64 << 20).to_string());
    env.ok(&["rm", "-f", "u"]);
    let err = env.fail(&["update", "-m", "64m", "nosuch"], 125);
    assert!(err.contains("nosuch"), "{err}");
}

#[test]
fn info_says_what_this_host_enforces() {
    let env = TestEnv::new();
    let out = env.ok(&["info", "--format", "{{json .Limits}}"]);
    let v: serde_json::Value = serde_json::from_str(out.trim()).unwrap_or_else(|e| panic!("{e}: {out}"));
    let version = if std::path::Path::new("/sys/fs/cgroup/cgroup.controllers").exists() { "v2" } else { "v1" };
    assert_eq!(v["cgroupVersion"], version, "{v}");
    if env.user.switch {
        assert_eq!(v["enforcement"]["--memory"], "not enforced", "the test user has no memory cgroup of its own: {v}");
        assert_eq!(v["enforcement"]["--pids-limit"], "rlimit", "{v}");
        assert!(v["controllers"]["pids"].as_str().is_some_and(|s| s.starts_with("not usable: ")), "{v}");
    }
    // No systemd user manager runs for the test user here.
    assert!(v["systemdScope"].as_str().is_some_and(|s| s.starts_with("not available: ") && s.contains("systemd/private")), "{v}");
}

/// "12.5MiB" → bytes.
fn parse_binary_size(s: &str) -> f64 {
    let s = s.trim();
    let split = s.find(|c: char| c.is_ascii_alphabetic()).unwrap_or(s.len());
    let n: f64 = s[..split].parse().unwrap_or(0.0);
    let mult = match &s[split..] {
        "KiB" => 1024.0,
        "MiB" => 1024.0 * 1024.0,
        "GiB" => 1024.0 * 1024.0 * 1024.0,
        _ => 1.0,
    };
    n * mult
}

#[test]
fn stats_come_from_the_cgroup_and_move() {
    let Some(cg) = Delegation::new() else { return };
    let env = TestEnv::new();
    let img = image(&env);
    // Holds ~24 MiB in a shell variable, then burns CPU.
    env.ok(&["run", "-d", "--name", "busy", "--cgroup-parent", &cg.name, "-m", "128m", &img, "sh", "-c", "x=$(head -c 24000000 /dev/zero | tr '\\0' a); while :; do :; done"]);
    let mut last = String::new();
    for _ in 0..100 {
        let out = env.ok(&["stats", "--no-stream", "--format", "json", "busy"]);
        let v: serde_json::Value = serde_json::from_str(out.trim()).unwrap_or_else(|e| panic!("stats --format json must parse: {e}: {out}"));
        let row = &v[0];
        let mem = row["MemUsage"].as_str().unwrap_or_default().to_string();
        let (used, limit) = mem.split_once(" / ").unwrap_or(("", ""));
        assert_eq!(limit, "128MiB", "MEM LIMIT is the cgroup's: {row}");
        let cpu: f64 = row["CPUPerc"].as_str().unwrap_or("0%").trim_end_matches('%').parse().unwrap_or(0.0);
        if parse_binary_size(used) > 16.0 * 1024.0 * 1024.0 && cpu > 1.0 {
            return;
        }
        last = row.to_string();
    }
    panic!("memory and CPU never moved: {last}");
}

#[test]
fn oom_score_adj_is_applied_or_the_user_is_told() {
    let env = TestEnv::new();
    let img = image(&env);
    let out = env.run(&["run", "--rm", "--oom-score-adj", "500", &img, "cat", "/proc/self/oom_score_adj"]);
    assert_eq!(out.stdout.trim(), "500", "{}", out.describe());
    assert!(!out.stderr.contains("WARNING"), "{}", out.describe());
    if env.user.switch {
        let out = env.run(&["run", "--rm", "--oom-score-adj", "-500", &img, "cat", "/proc/self/oom_score_adj"]);
        assert!(out.success(), "{}", out.describe());
        assert!(out.stderr.contains("--oom-score-adj -500 is not applied"), "{}", out.describe());
        assert_ne!(out.stdout.trim(), "-500", "{}", out.describe());
    }
    let err = env.fail(&["run", "--rm", "--oom-score-adj", "1001", &img, "true"], 125);
    assert!(err.contains("range for oom score adj is [-1000, 1000]"), "{err}");
}

#[test]
fn an_external_runtime_is_limited_the_same_way() {
    let runc = "/usr/sbin/runc";
    if !std::path::Path::new(runc).exists() {
        eprintln!("skipped: {runc} is not installed (apt-get install runc)");
        return;
    }
    let Some(cg) = Delegation::new() else { return };
    let env = TestEnv::new();
    let img = image(&env);
    let out = env.run(&["run", "--rm", "--runtime", runc, "--cgroup-parent", &cg.name, "-m", "32m", &img, "dd", "if=/dev/zero", "of=/dev/null", "bs=256M", "count=1"]);
    assert_eq!(out.code(), Some(137), "the memory limit holds under runc too: {}", out.describe());
    let out = env.run(&["run", "--rm", "--runtime", runc, "--cgroup-parent", &cg.name, "--pids-limit", "40", &img, "sh", "-c", "cat /proc/self/cgroup"]);
    assert!(out.success(), "{}", out.describe());
    assert!(out.stdout.lines().any(|l| l.contains(":pids:") && l.contains("/dhow-")), "{}", out.stdout);
}

#[test]
fn rm_removes_the_cgroup_a_killed_monitor_left() {
    let Some(cg) = Delegation::new() else { return };
    let env = TestEnv::new();
    let img = image(&env);
    let id = env.ok(&["run", "-d", "--cgroup-parent", &cg.name, "--pids-limit", "20", &img, "sleep", "300"]).trim().to_string();
    let dir = cg.container_dir("pids", &id);
    assert!(dir.exists(), "{}", dir.display());
    let monitors = env.monitors();
    assert_eq!(monitors.len(), 1, "one monitor runs");
    for pid in monitors {
        // SAFETY: plain syscall on a monitor of this env.
        unsafe {
            libc::kill(pid, libc::SIGKILL);
        }
    }
    env.ok(&["rm", "-f", &id]);
    assert!(!dir.exists(), "rm removes {}", dir.display());
}

#[test]
fn update_of_a_stopped_container_applies_at_its_next_start() {
    let Some(cg) = Delegation::new() else { return };
    let env = TestEnv::new();
    let img = image(&env);
    let id = env.ok(&["create", "--name", "s", "--cgroup-parent", &cg.name, &img, "sleep", "300"]).trim().to_string();
    let out = env.run(&["update", "-m", "48m", "--pids-limit", "30", "s"]);
    assert!(out.success() && !out.stderr.contains("WARNING"), "{}", out.describe());
    assert_eq!(inspect(&env, "s", "{{.HostConfig.Memory}} {{.HostConfig.PidsLimit}}"), format!("{} 30", 48u64 << 20));
    env.ok(&["start", "s"]);
    let read = |c: &str, f: &str| fs::read_to_string(cg.container_dir(c, &id).join(f)).unwrap_or_else(|e| panic!("{c}/{f}: {e}")).trim().to_string();
    assert_eq!(read("memory", "memory.limit_in_bytes"), (48u64 << 20).to_string());
    assert_eq!(read("pids", "pids.max"), "30");
    env.ok(&["rm", "-f", "s"]);
}

#[test]
fn stats_without_a_cgroup_and_its_output_modes() {
    let env = TestEnv::new();
    let img = image(&env);
    // No cgroup here: CPU and memory are summed from /proc. A busy loop's
    // first reading is its average since start, near one full CPU.
    env.ok(&["run", "-d", "--name", "busy", &img, "sh", "-c", "while :; do :; done"]);
    env.ok(&["run", "--name", "gone", &img, "true"]);
    let mut last = String::new();
    for _ in 0..100 {
        let out = env.ok(&["stats", "--no-stream", "--format", "json", "busy"]);
        let v: serde_json::Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"));
        let cpu: f64 = v[0]["CPUPerc"].as_str().unwrap().trim_end_matches('%').parse().unwrap();
        let mem = v[0]["MemUsage"].as_str().unwrap().to_string();
        if cpu > 20.0 && parse_binary_size(mem.split(" / ").next().unwrap()) > 0.0 {
            last.clear();
            break;
        }
        last = out;
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    assert!(last.is_empty(), "a busy loop never showed CPU use: {last}");
    // -a adds the exited container; --no-trunc shows whole IDs; a table template.
    let ids = env.ok(&["stats", "--no-stream", "-a", "--no-trunc", "--format", "{{.ID}} {{.Name}} {{.PIDs}}"]);
    let rows: Vec<&str> = ids.lines().collect();
    assert_eq!(rows.len(), 2, "{ids}");
    assert!(rows.iter().all(|r| r.split(' ').next().unwrap().len() == 64), "{ids}");
    assert!(rows.iter().any(|r| r.ends_with(" gone 0")), "{ids}");
    assert_eq!(env.ok(&["stats", "--no-stream", "--format", "{{.Name}}"]), "busy\n");
    let table = env.ok(&["stats", "--no-stream", "--format", "table {{.Name}}\t{{.PIDs}}"]);
    assert!(table.starts_with("NAME") && table.contains("PIDS") && table.lines().nth(1).unwrap().starts_with("busy "), "{table}");

    // Off a terminal: the header once, then one line per container per interval, no escapes.
    let mut cmd = env.command(&["stats", "busy"]);
    cmd.stdout(std::process::Stdio::piped()).stderr(std::process::Stdio::null());
    let mut child = cmd.spawn().unwrap();
    let mut lines = Vec::new();
    let mut reader = std::io::BufRead::lines(std::io::BufReader::new(child.stdout.take().unwrap()));
    while lines.len() < 4 {
        lines.push(reader.next().expect("stats ended").unwrap());
    }
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(lines[0].starts_with("CONTAINER ID"), "{lines:?}");
    assert!(lines[1..].iter().all(|l| l.contains(" busy ") && !l.contains('\x1b')), "{lines:?}");

    // On a terminal: redrawn in place, the header stays on the first line.
    let t = common::tmux::Tmux::start(&env, &["stats", "busy"]);
    t.wait_for("busy");
    let screen = t.screen();
    assert!(screen.starts_with("CONTAINER ID"), "{screen}");
    assert_eq!(screen.matches("CONTAINER ID").count(), 1, "{screen}");
    t.keys(&["C-c"]);
    assert!(t.wait_gone(), "stats did not end at Ctrl-C");
    env.ok(&["rm", "-f", "busy", "gone"]);
}

#[test]
fn a_pods_memory_limit_bounds_its_members_together() {
    let Some(cg) = Delegation::new() else { return };
    let env = TestEnv::new();
    let img = image(&env);
    let out = env.run(&["pod", "create", "--name", "p", "--cgroup-parent", &cg.name, "-m", "64m", "--memory-swap", "64m", "--cpus", "1.5", "--cpuset-cpus", "0"]);
    assert!(out.success() && !out.stderr.contains("WARNING: --memory is not"), "{}", out.describe());
    let pod = out.stdout.trim().to_string();
    // podman's names for the pod's limits, and how dhow enforces them.
    let t = "{{.MemoryLimit}} {{.CPUQuota}} {{.CPUPeriod}} {{.CPUSetCPUs}} {{.CgroupParent}} {{.DhowLimits.Cgroup.Version}}";
    assert_eq!(env.ok(&["pod", "inspect", "-f", t, "p"]).trim(), format!("{} 150000 100000 0 {} v1", 64 << 20, cg.name));
    // The pod's cgroup holds its limits.
    let pod_dir = |c: &str| cg.container_dir(c, &format!("pod-{pod}"));
    let read = |p: PathBuf| fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display())).trim().to_string();
    assert_eq!(read(pod_dir("memory").join("memory.limit_in_bytes")), (64u64 << 20).to_string());
    assert_eq!(read(pod_dir("cpu").join("cpu.cfs_quota_us")), "150000");
    assert_eq!(read(pod_dir("cpuset").join("cpuset.cpus")), "0");
    // A member's own cgroup is below the pod's (and inherits its cpuset).
    let a = env.ok(&["run", "-d", "--name", "a", "--pod", "p", &img, "sleep", "300"]).trim().to_string();
    let cgroups = env.ok(&["exec", "a", "cat", "/proc/self/cgroup"]);
    assert!(cgroups.lines().any(|l| l.contains(":memory:") && l.ends_with(&format!("/dhow-pod-{pod}/dhow-{a}"))), "{cgroups}");
    assert!(env.ok(&["exec", "a", "grep", "Cpus_allowed_list", "/proc/self/status"]).trim().ends_with('0'));
    // 40 MiB held by one member (tmpfs pages, charged to it, no swap to go
    // to), then 40 MiB more in another: together over the pod's 64 MiB.
    env.ok(&["exec", "a", "dd", "if=/dev/zero", "of=/dev/shm/fill", "bs=1M", "count=40"]);
    let dd = ["run", "--name", "b", "--pod", "p", &img, "dd", "if=/dev/zero", "of=/dev/null", "bs=40M", "count=1"];
    let out = env.run(&dd);
    assert_eq!(out.code(), Some(137), "the pod's limit stops the second member: {}", out.describe());
    assert_eq!(inspect(&env, "b", "{{.State.OOMKilled}}"), "true");
    // Alone it fits: the limit is the pod's, not the member's.
    env.ok(&["exec", "a", "rm", "/dev/shm/fill"]);
    env.ok(&["rm", "b"]);
    env.ok(&dd);
    // pod rm removes the pod's cgroup.
    env.ok(&["pod", "rm", "-f", "p"]);
    for c in ["memory", "cpu", "cpuset", "pids"] {
        assert!(!pod_dir(c).exists(), "pod rm removes {}", pod_dir(c).display());
    }
}

#[test]
fn a_pods_limits_without_a_cgroup_are_named_or_refused() {
    let env = TestEnv::new();
    // The test user's own cgroups are root's: nothing is delegated.
    let out = env.run(&["pod", "create", "--name", "w", "-m", "64m", "--cpuset-cpus", "0"]);
    assert!(out.success(), "{}", out.describe());
    for w in ["WARNING: --memory is not enforced", "WARNING: --cpuset-cpus is not enforced: the pod has no usable cpuset cgroup"] {
        assert!(out.stderr.contains(w), "expected {w:?}: {}", out.describe());
    }
    let t = "{{.MemoryLimit}} {{range .DhowLimits.Limits}}{{.Flag}}={{.Enforcement}};{{end}}";
    assert_eq!(env.ok(&["pod", "inspect", "-f", t, "w"]).trim(), format!("{} --memory=not enforced;--memory-swap=not enforced;--cpuset-cpus=not enforced;", 64 << 20));
    // Bad values fail like a container's; strict mode refuses; nothing is left.
    let err = env.fail(&["pod", "create", "--name", "bad", "-m", "1k"], 125);
    assert!(err.contains("Minimum memory limit allowed is 6MB"), "{err}");
    let mut cmd = env.command(&["pod", "create", "--name", "strict", "--cpus", "1"]);
    cmd.env("DHOW_LIMITS_STRICT", "1");
    let out = env.run_command(cmd);
    assert_eq!(out.code(), Some(125), "{}", out.describe());
    assert!(out.stderr.contains("--cpus"), "{}", out.describe());
    assert_eq!(env.ok(&["pod", "ps", "--format", "{{.Name}}"]).trim(), "w");
}
