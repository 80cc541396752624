/* Escape attempts run as root inside a dhow container (tests/escape.rs).
 * Each subcommand tries one thing and prints "BLOCKED <what>: <errno>" or
 * "ALLOWED <what>"; the exit status is 0 when everything was blocked. Built
 * static by the test with the host's gcc, bind-mounted read-only. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/ptrace.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <dirent.h>
#include <time.h>
#include <unistd.h>

static int allowed;

static void verdict(const char *what, int rc) {
    if (rc < 0) {
        printf("BLOCKED %s: %s\n", what, strerror(errno));
    } else {
        printf("ALLOWED %s\n", what);
        allowed = 1;
    }
    fflush(stdout);
}

static int write_file(const char *path, const char *data) {
    int fd = open(path, O_WRONLY);
    if (fd < 0) return -1;
    int rc = write(fd, data, strlen(data));
    close(fd);
    return rc < 0 ? -1 : 0;
}

static int read_some(const char *path) {
    char buf[64];
    int fd = open(path, O_RDONLY);
    if (fd < 0) return -1;
    int rc = read(fd, buf, sizeof buf);
    close(fd);
    if (rc <= 0) { if (rc == 0) errno = ENODATA; return -1; }
    return 0;
}

/* Writes to the kernel's global knobs and masked files. */
static void kernel_files(void) {
    verdict("write /proc/sys/vm/drop_caches", write_file("/proc/sys/vm/drop_caches", "3"));
    verdict("write /proc/sys/kernel/core_pattern", write_file("/proc/sys/kernel/core_pattern", "|/pwned"));
    verdict("write /proc/sysrq-trigger", write_file("/proc/sysrq-trigger", "h"));
    verdict("write /sys/kernel/uevent_helper", write_file("/sys/kernel/uevent_helper", "/pwned"));
    verdict("write /sys/fs/cgroup/release_agent", write_file("/sys/fs/cgroup/release_agent", "/pwned"));
    verdict("read /proc/kcore", read_some("/proc/kcore"));
    verdict("read /proc/keys", read_some("/proc/keys"));
    verdict("read /sys/firmware", read_some("/sys/firmware/dmi/tables/DMI"));
}

/* Mount-table changes from the container's own namespaces. */
static void mounts(void) {
    mkdir("/tmp/m", 0755);
    verdict("mount tmpfs", mount("none", "/tmp/m", "tmpfs", 0, NULL));
    verdict("remount /proc/sys read-write", mount(NULL, "/proc/sys", NULL, MS_REMOUNT | MS_BIND, NULL));
    verdict("remount /sys read-write", mount(NULL, "/sys", NULL, MS_REMOUNT, NULL));
    verdict("umount /proc/kcore (unmask)", umount2("/proc/kcore", MNT_DETACH));
    verdict("umount /proc", umount2("/proc", MNT_DETACH));
    verdict("pivot_root", syscall(SYS_pivot_root, "/tmp", "/tmp/m"));
    verdict("mknod char 1:1 (/dev/mem)", mknod("/tmp/mem", S_IFCHR | 0600, makedev(1, 1)));
    verdict("mknod block 8:0", mknod("/tmp/sda", S_IFBLK | 0600, makedev(8, 0)));
    verdict("open_by_handle_at", syscall(SYS_open_by_handle_at, AT_FDCWD, "\0\0\0\0\0\0\0\0", O_RDONLY));
    verdict("keyctl join session keyring", syscall(SYS_keyctl, 1 /* KEYCTL_JOIN_SESSION_KEYRING */, "dhow-escape"));
    verdict("add_key to the user keyring", syscall(SYS_add_key, "user", "dhow-escape", "x", 1, -4 /* KEY_SPEC_USER_KEYRING */));
}

/* A nested user namespace gives full capabilities over new namespaces only:
 * it must not unmask, remount or reach what the container cannot. */
static void nested_userns(void) {
    pid_t pid = fork();
    if (pid == 0) {
        allowed = 0;
        if (unshare(CLONE_NEWUSER | CLONE_NEWNS) < 0) {
            printf("BLOCKED nested userns (unshare): %s\n", strerror(errno));
            fflush(stdout);
            _exit(0);
        }
        verdict("nested userns: umount /proc/kcore (unmask)", umount2("/proc/kcore", MNT_DETACH));
        verdict("nested userns: umount /proc/sys", umount2("/proc/sys", MNT_DETACH));
        verdict("nested userns: remount /proc/sys read-write", mount(NULL, "/proc/sys", NULL, MS_REMOUNT | MS_BIND, NULL));
        verdict("nested userns: write /proc/sys/vm/drop_caches", write_file("/proc/sys/vm/drop_caches", "3"));
        verdict("nested userns: write /proc/sysrq-trigger", write_file("/proc/sysrq-trigger", "h"));
        verdict("nested userns: mknod char 1:1", mknod("/tmp/mem2", S_IFCHR | 0600, makedev(1, 1)));
        verdict("nested userns: read /proc/kcore", read_some("/proc/kcore"));
        _exit(allowed);
    }
    int st = 0;
    waitpid(pid, &st, 0);
    if (!WIFEXITED(st) || WEXITSTATUS(st) != 0) allowed = 1;
}

/* Processes outside the container: not visible, not signalable, not traceable. */
static void outside(pid_t host_pid) {
    verdict("kill(0) a host PID", kill(host_pid, 0));
    verdict("ptrace attach a host PID", ptrace(PTRACE_ATTACH, host_pid, 0, 0));
    char path[64];
    snprintf(path, sizeof path, "/proc/%d/root/etc/shadow", host_pid);
    verdict("read a host PID's root", read_some(path));
    /* PID 1 is the container's own; tracing it is allowed by the kernel
     * and harmless, so it is not probed. */
}

/* A walk over /proc: each step gives a process other than us, the path of
 * its exe link and its target, or a NULL target (errno from readlink). */
struct walk {
    DIR *d;
    pid_t p;
    char path[64], buf[256];
    const char *target;
};

static int next_exe(struct walk *w) {
    struct dirent *e;
    while (w->d && (e = readdir(w->d))) {
        w->p = atoi(e->d_name);
        if (w->p <= 0 || w->p == getpid()) continue;
        snprintf(w->path, sizeof w->path, "/proc/%d/exe", w->p);
        ssize_t n = readlink(w->path, w->buf, sizeof w->buf - 1);
        w->target = n < 0 ? NULL : w->buf;
        if (n >= 0) w->buf[n] = 0;
        return 1;
    }
    if (w->d) closedir(w->d);
    w->d = NULL;
    return 0;
}

/* CVE-2019-5736 family: while `dhow exec` joins the container, find any
 * process whose executable is not from the image and try to open it for
 * writing (directly, and by re-opening an O_PATH fd after it exits). Runs
 * for `secs` seconds. */
static void exe_overwrite(int secs) {
    int held[256];
    int nheld = 0;
    time_t end = time(NULL) + secs;
    int tried = 0, hidden = 0, writable = 0;
    while (time(NULL) < end) {
        struct walk walk = {opendir("/proc")};
        while (next_exe(&walk)) {
            const char *path = walk.path, *target = walk.target;
            if (!target) {
                /* A process of the runtime that keeps itself closed to us. */
                if (errno == EACCES) hidden++;
                continue;
            }
            if (strncmp(target, "/bin/", 5) == 0 || strncmp(target, "/probe", 6) == 0) continue;
            tried++;
            int w = open(path, O_WRONLY);
            if (w >= 0) { printf("ALLOWED open %s (%s) for writing\n", path, target); allowed = 1; close(w); }
            int o = open(path, O_PATH);
            /* On a read-only mount the runtime's binary is out of reach
             * whatever else happens; on a writable one only "text file
             * busy" (while something runs it) stands in the way. */
            struct statvfs sv;
            if (o >= 0 && fstatvfs(o, &sv) == 0 && !(sv.f_flag & ST_RDONLY)) writable++;
            if (o >= 0 && nheld < 256) held[nheld++] = o; else if (o >= 0) close(o);
        }
        for (int i = 0; i < nheld; i++) {
            char fdp[64];
            snprintf(fdp, sizeof fdp, "/proc/self/fd/%d", held[i]);
            int w = open(fdp, O_WRONLY);
            if (w >= 0) { printf("ALLOWED re-open of a held runtime exe for writing\n"); allowed = 1; close(w); }
        }
        usleep(1000);
    }
    printf("%s exe overwrite (%d foreign executables seen, %d held, %d hidden, %d on writable mounts)\n", allowed ? "ALLOWED" : "BLOCKED", tried, nheld, hidden, writable);
}

/* Whether process `p` runs with our real and effective user ID. */
static int same_uid(pid_t p) {
    char path[64], buf[2048];
    snprintf(path, sizeof path, "/proc/%d/status", p);
    int fd = open(path, O_RDONLY);
    if (fd < 0) return 0;
    ssize_t n = read(fd, buf, sizeof buf - 1);
    close(fd);
    if (n <= 0) return 0;
    buf[n] = 0;
    char *u = strstr(buf, "\nUid:");
    unsigned r, e;
    return u && sscanf(u, "\nUid: %u %u", &r, &e) == 2 && r == getuid() && e == getuid();
}

/* A container's init being set up in a PID namespace this container shares
 * (a pod with `--share pid`, `--pid container:X`): until its execve it is
 * a runtime process holding the host's root, working directory, binary and
 * descriptors. Watches for processes whose executable is not the image's
 * (not under /bin, /sbin, /usr, /probe, nor the pod infra's /dhow-infra)
 * and tries to reach them through /proc, until /ctl/stop exists (at most
 * `secs` seconds). Each one reached is reported once; "watching" is printed
 * first. Counts the processes of our own user closed to us (non-dumpable:
 * the kernel also makes an init so once it drops capabilities). */
static void setup_watch(int secs) {
    time_t end = time(NULL) + secs;
    printf("watching\n");
    fflush(stdout);
    int foreign = 0, hidden = 0;
    pid_t reported[64];
    int nreported = 0;
    while (time(NULL) < end && access("/ctl/stop", F_OK) != 0) {
        struct walk walk = {opendir("/proc")};
        while (next_exe(&walk)) {
            pid_t p = walk.p;
            const char *target = walk.target;
            if (!target) {
                /* Closed to us although it runs as our own user: only
                 * being non-dumpable does that. */
                if (errno == EACCES && same_uid(p)) hidden++;
                continue;
            }
            if (!strncmp(target, "/bin/", 5) || !strncmp(target, "/sbin/", 6) || !strncmp(target, "/usr/", 5) || !strncmp(target, "/probe", 6) || !strcmp(target, "/dhow-infra")) continue;
            foreign++;
            int seen = 0;
            for (int i = 0; i < nreported; i++) seen |= reported[i] == p;
            if (seen) continue;
            const char *what[] = {"fd", "root", "cwd"};
            for (int i = 0; i < 3; i++) {
                char sub[64];
                snprintf(sub, sizeof sub, "/proc/%d/%s/", p, what[i]);
                int fd = open(sub, O_RDONLY | O_DIRECTORY);
                if (fd >= 0) {
                    printf("ALLOWED open %s of a process in setup (exe %s)\n", sub, target);
                    fflush(stdout);
                    allowed = 1;
                    close(fd);
                    if (nreported < 64) reported[nreported++] = p;
                }
            }
        }
    }
    printf("%s setup watch (%d foreign executables seen, %d of our user hidden)\n", allowed ? "ALLOWED" : "BLOCKED", foreign, hidden);
}

int main(int argc, char **argv) {
    if (argc < 2) return 2;
    if (!strcmp(argv[1], "kernel-files")) kernel_files();
    else if (!strcmp(argv[1], "mounts")) mounts();
    else if (!strcmp(argv[1], "nested-userns")) nested_userns();
    else if (!strcmp(argv[1], "outside") && argc > 2) outside(atoi(argv[2]));
    else if (!strcmp(argv[1], "exe-overwrite") && argc > 2) exe_overwrite(atoi(argv[2]));
    else if (!strcmp(argv[1], "setup-watch") && argc > 2) setup_watch(atoi(argv[2]));
    else return 2;
    return allowed;
}
