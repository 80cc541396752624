//! System call names to numbers for the native architecture.
//!
//! Seccomp profiles (OCI `linux.seccomp`, docker profile files) name system
//! calls; the kernel filters numbers. The numbers come from the `libc` crate's
//! `SYS_*` constants, so they are right for the architecture dhow is built for
//! (x86_64 and aarch64 are supported; on aarch64 the legacy calls that the
//! architecture never had are simply unknown). The list was generated from the
//! constants libc exposes on both architectures.

/// Expands to a `match` from names to `libc::SYS_*` numbers.
macro_rules! table {
    (common: [$($c:ident),* $(,)?], x86_64: [$($x:ident),* $(,)?]) => {
        /// The number of system call `name` on this architecture, or `None`
        /// when the architecture has no such call (or dhow does not know it).
        pub fn number(name: &str) -> Option<i64> {
            paste_match!(name, [$($c),*], [$($x),*])
        }

        /// Every name this table knows on this architecture.
        #[allow(dead_code)]
        pub fn names() -> &'static [&'static str] {
            #[cfg(target_arch = "x86_64")]
            { &[$(stringify!($c),)* $(stringify!($x),)*] }
            #[cfg(not(target_arch = "x86_64"))]
            { &[$(stringify!($c),)*] }
        }
    };
}

/// Builds the match arms; x86_64-only names are compiled in on x86_64 only.
macro_rules! paste_match {
    ($name:expr, [$($c:ident),*], [$($x:ident),*]) => {{
        #[cfg(target_arch = "x86_64")]
        {
            match $name {
                $(stringify!($c) => Some(sys::$c as i64),)*
                $(stringify!($x) => Some(sys::$x as i64),)*
                _ => None,
            }
        }
        #[cfg(not(target_arch = "x86_64"))]
        {
            match $name {
                $(stringify!($c) => Some(sys::$c as i64),)*
                _ => None,
            }
        }
    }};
}

/// `libc`'s constants under their bare names, so the table can use
/// `stringify!` of the same identifier for the key.
#[allow(non_upper_case_globals)]
mod sys {
    #[cfg(target_arch = "x86_64")]
    pub const _sysctl: libc::c_long = libc::SYS__sysctl;
    pub const accept: libc::c_long = libc::SYS_accept;
    pub const accept4: libc::c_long = libc::SYS_accept4;
    #[cfg(target_arch = "x86_64")]
    pub const access: libc::c_long = libc::SYS_access;
    pub const acct: libc::c_long = libc::SYS_acct;
    pub const add_key: libc::c_long = libc::SYS_add_key;
    pub const adjtimex: libc::c_long = libc::SYS_adjtimex;
    #[cfg(target_arch = "x86_64")]
    pub const afs_syscall: libc::c_long = libc::SYS_afs_syscall;
    #[cfg(target_arch = "x86_64")]
    pub const alarm: libc::c_long = libc::SYS_alarm;
    #[cfg(target_arch = "x86_64")]
    pub const arch_prctl: libc::c_long = libc::SYS_arch_prctl;
    pub const bind: libc::c_long = libc::SYS_bind;
    pub const bpf: libc::c_long = libc::SYS_bpf;
    pub const brk: libc::c_long = libc::SYS_brk;
    pub const capget: libc::c_long = libc::SYS_capget;
    pub const capset: libc::c_long = libc::SYS_capset;
    pub const chdir: libc::c_long = libc::SYS_chdir;
    #[cfg(target_arch = "x86_64")]
    pub const chmod: libc::c_long = libc::SYS_chmod;
    #[cfg(target_arch = "x86_64")]
    pub const chown: libc::c_long = libc::SYS_chown;
    pub const chroot: libc::c_long = libc::SYS_chroot;
    pub const clock_adjtime: libc::c_long = libc::SYS_clock_adjtime;
    pub const clock_getres: libc::c_long = libc::SYS_clock_getres;
    pub const clock_gettime: libc::c_long = libc::SYS_clock_gettime;
    pub const clock_nanosleep: libc::c_long = libc::SYS_clock_nanosleep;
    pub const clock_settime: libc::c_long = libc::SYS_clock_settime;
    pub const clone: libc::c_long = libc::SYS_clone;
    pub const clone3: libc::c_long = libc::SYS_clone3;
    pub const close: libc::c_long = libc::SYS_close;
    pub const close_range: libc::c_long = libc::SYS_close_range;
    pub const connect: libc::c_long = libc::SYS_connect;
    pub const copy_file_range: libc::c_long = libc::SYS_copy_file_range;
    #[cfg(target_arch = "x86_64")]
    pub const creat: libc::c_long = libc::SYS_creat;
    pub const delete_module: libc::c_long = libc::SYS_delete_module;
    pub const dup: libc::c_long = libc::SYS_dup;
    #[cfg(target_arch = "x86_64")]
    pub const dup2: libc::c_long = libc::SYS_dup2;
    pub const dup3: libc::c_long = libc::SYS_dup3;
    #[cfg(target_arch = "x86_64")]
    pub const epoll_create: libc::c_long = libc::SYS_epoll_create;
    pub const epoll_create1: libc::c_long = libc::SYS_epoll_create1;
    pub const epoll_ctl: libc::c_long = libc::SYS_epoll_ctl;
    #[cfg(target_arch = "x86_64")]
    pub const epoll_ctl_old: libc::c_long = libc::SYS_epoll_ctl_old;
    pub const epoll_pwait: libc::c_long = libc::SYS_epoll_pwait;
    pub const epoll_pwait2: libc::c_long = libc::SYS_epoll_pwait2;
    #[cfg(target_arch = "x86_64")]
    pub const epoll_wait: libc::c_long = libc::SYS_epoll_wait;
    #[cfg(target_arch = "x86_64")]
    pub const epoll_wait_old: libc::c_long = libc::SYS_epoll_wait_old;
    #[cfg(target_arch = "x86_64")]
    pub const eventfd: libc::c_long = libc::SYS_eventfd;
    pub const eventfd2: libc::c_long = libc::SYS_eventfd2;
    pub const execve: libc::c_long = libc::SYS_execve;
    pub const execveat: libc::c_long = libc::SYS_execveat;
    pub const exit: libc::c_long = libc::SYS_exit;
    pub const exit_group: libc::c_long = libc::SYS_exit_group;
    pub const faccessat: libc::c_long = libc::SYS_faccessat;
    pub const faccessat2: libc::c_long = libc::SYS_faccessat2;
    pub const fadvise64: libc::c_long = libc::SYS_fadvise64;
    pub const fallocate: libc::c_long = libc::SYS_fallocate;
    pub const fanotify_init: libc::c_long = libc::SYS_fanotify_init;
    pub const fanotify_mark: libc::c_long = libc::SYS_fanotify_mark;
    pub const fchdir: libc::c_long = libc::SYS_fchdir;
    pub const fchmod: libc::c_long = libc::SYS_fchmod;
    pub const fchmodat: libc::c_long = libc::SYS_fchmodat;
    #[cfg(target_arch = "x86_64")]
    pub const fchmodat2: libc::c_long = libc::SYS_fchmodat2;
    pub const fchown: libc::c_long = libc::SYS_fchown;
    pub const fchownat: libc::c_long = libc::SYS_fchownat;
    pub const fcntl: libc::c_long = libc::SYS_fcntl;
    pub const fdatasync: libc::c_long = libc::SYS_fdatasync;
    pub const fgetxattr: libc::c_long = libc::SYS_fgetxattr;
    pub const finit_module: libc::c_long = libc::SYS_finit_module;
    pub const flistxattr: libc::c_long = libc::SYS_flistxattr;
    pub const flock: libc::c_long = libc::SYS_flock;
    #[cfg(target_arch = "x86_64")]
    pub const fork: libc::c_long = libc::SYS_fork;
    pub const fremovexattr: libc::c_long = libc::SYS_fremovexattr;
    pub const fsconfig: libc::c_long = libc::SYS_fsconfig;
    pub const fsetxattr: libc::c_long = libc::SYS_fsetxattr;
    pub const fsmount: libc::c_long = libc::SYS_fsmount;
    pub const fsopen: libc::c_long = libc::SYS_fsopen;
    pub const fspick: libc::c_long = libc::SYS_fspick;
    pub const fstat: libc::c_long = libc::SYS_fstat;
    pub const fstatfs: libc::c_long = libc::SYS_fstatfs;
    pub const fsync: libc::c_long = libc::SYS_fsync;
    pub const ftruncate: libc::c_long = libc::SYS_ftruncate;
    pub const futex: libc::c_long = libc::SYS_futex;
    pub const futex_waitv: libc::c_long = libc::SYS_futex_waitv;
    #[cfg(target_arch = "x86_64")]
    pub const futimesat: libc::c_long = libc::SYS_futimesat;
    pub const get_mempolicy: libc::c_long = libc::SYS_get_mempolicy;
    pub const get_robust_list: libc::c_long = libc::SYS_get_robust_list;
    #[cfg(target_arch = "x86_64")]
    pub const get_thread_area: libc::c_long = libc::SYS_get_thread_area;
    pub const getcpu: libc::c_long = libc::SYS_getcpu;
    pub const getcwd: libc::c_long = libc::SYS_getcwd;
    #[cfg(target_arch = "x86_64")]
    pub const getdents: libc::c_long = libc::SYS_getdents;
    pub const getdents64: libc::c_long = libc::SYS_getdents64;
    pub const getegid: libc::c_long = libc::SYS_getegid;
    pub const geteuid: libc::c_long = libc::SYS_geteuid;
    pub const getgid: libc::c_long = libc::SYS_getgid;
    pub const getgroups: libc::c_long = libc::SYS_getgroups;
    pub const getitimer: libc::c_long = libc::SYS_getitimer;
    pub const getpeername: libc::c_long = libc::SYS_getpeername;
    pub const getpgid: libc::c_long = libc::SYS_getpgid;
    #[cfg(target_arch = "x86_64")]
    pub const getpgrp: libc::c_long = libc::SYS_getpgrp;
    pub const getpid: libc::c_long = libc::SYS_getpid;
    #[cfg(target_arch = "x86_64")]
    pub const getpmsg: libc::c_long = libc::SYS_getpmsg;
    pub const getppid: libc::c_long = libc::SYS_getppid;
    pub const getpriority: libc::c_long = libc::SYS_getpriority;
    pub const getrandom: libc::c_long = libc::SYS_getrandom;
    pub const getresgid: libc::c_long = libc::SYS_getresgid;
    pub const getresuid: libc::c_long = libc::SYS_getresuid;
    pub const getrlimit: libc::c_long = libc::SYS_getrlimit;
    pub const getrusage: libc::c_long = libc::SYS_getrusage;
    pub const getsid: libc::c_long = libc::SYS_getsid;
    pub const getsockname: libc::c_long = libc::SYS_getsockname;
    pub const getsockopt: libc::c_long = libc::SYS_getsockopt;
    pub const gettid: libc::c_long = libc::SYS_gettid;
    pub const gettimeofday: libc::c_long = libc::SYS_gettimeofday;
    pub const getuid: libc::c_long = libc::SYS_getuid;
    pub const getxattr: libc::c_long = libc::SYS_getxattr;
    pub const init_module: libc::c_long = libc::SYS_init_module;
    pub const inotify_add_watch: libc::c_long = libc::SYS_inotify_add_watch;
    #[cfg(target_arch = "x86_64")]
    pub const inotify_init: libc::c_long = libc::SYS_inotify_init;
    pub const inotify_init1: libc::c_long = libc::SYS_inotify_init1;
    pub const inotify_rm_watch: libc::c_long = libc::SYS_inotify_rm_watch;
    pub const io_cancel: libc::c_long = libc::SYS_io_cancel;
    pub const io_destroy: libc::c_long = libc::SYS_io_destroy;
    pub const io_getevents: libc::c_long = libc::SYS_io_getevents;
    pub const io_setup: libc::c_long = libc::SYS_io_setup;
    pub const io_submit: libc::c_long = libc::SYS_io_submit;
    pub const io_uring_enter: libc::c_long = libc::SYS_io_uring_enter;
    pub const io_uring_register: libc::c_long = libc::SYS_io_uring_register;
    pub const io_uring_setup: libc::c_long = libc::SYS_io_uring_setup;
    pub const ioctl: libc::c_long = libc::SYS_ioctl;
    #[cfg(target_arch = "x86_64")]
    pub const ioperm: libc::c_long = libc::SYS_ioperm;
    #[cfg(target_arch = "x86_64")]
    pub const iopl: libc::c_long = libc::SYS_iopl;
    pub const ioprio_get: libc::c_long = libc::SYS_ioprio_get;
    pub const ioprio_set: libc::c_long = libc::SYS_ioprio_set;
    pub const kcmp: libc::c_long = libc::SYS_kcmp;
    pub const kexec_file_load: libc::c_long = libc::SYS_kexec_file_load;
    pub const kexec_load: libc::c_long = libc::SYS_kexec_load;
    pub const keyctl: libc::c_long = libc::SYS_keyctl;
    pub const kill: libc::c_long = libc::SYS_kill;
    pub const landlock_add_rule: libc::c_long = libc::SYS_landlock_add_rule;
    pub const landlock_create_ruleset: libc::c_long = libc::SYS_landlock_create_ruleset;
    pub const landlock_restrict_self: libc::c_long = libc::SYS_landlock_restrict_self;
    #[cfg(target_arch = "x86_64")]
    pub const lchown: libc::c_long = libc::SYS_lchown;
    pub const lgetxattr: libc::c_long = libc::SYS_lgetxattr;
    #[cfg(target_arch = "x86_64")]
    pub const link: libc::c_long = libc::SYS_link;
    pub const linkat: libc::c_long = libc::SYS_linkat;
    pub const listen: libc::c_long = libc::SYS_listen;
    pub const listxattr: libc::c_long = libc::SYS_listxattr;
    pub const llistxattr: libc::c_long = libc::SYS_llistxattr;
    pub const lookup_dcookie: libc::c_long = libc::SYS_lookup_dcookie;
    pub const lremovexattr: libc::c_long = libc::SYS_lremovexattr;
    pub const lseek: libc::c_long = libc::SYS_lseek;
    pub const lsetxattr: libc::c_long = libc::SYS_lsetxattr;
    #[cfg(target_arch = "x86_64")]
    pub const lstat: libc::c_long = libc::SYS_lstat;
    pub const madvise: libc::c_long = libc::SYS_madvise;
    pub const mbind: libc::c_long = libc::SYS_mbind;
    pub const membarrier: libc::c_long = libc::SYS_membarrier;
    pub const memfd_create: libc::c_long = libc::SYS_memfd_create;
    pub const memfd_secret: libc::c_long = libc::SYS_memfd_secret;
    pub const migrate_pages: libc::c_long = libc::SYS_migrate_pages;
    pub const mincore: libc::c_long = libc::SYS_mincore;
    #[cfg(target_arch = "x86_64")]
    pub const mkdir: libc::c_long = libc::SYS_mkdir;
    pub const mkdirat: libc::c_long = libc::SYS_mkdirat;
    #[cfg(target_arch = "x86_64")]
    pub const mknod: libc::c_long = libc::SYS_mknod;
    pub const mknodat: libc::c_long = libc::SYS_mknodat;
    pub const mlock: libc::c_long = libc::SYS_mlock;
    pub const mlock2: libc::c_long = libc::SYS_mlock2;
    pub const mlockall: libc::c_long = libc::SYS_mlockall;
    pub const mmap: libc::c_long = libc::SYS_mmap;
    #[cfg(target_arch = "x86_64")]
    pub const modify_ldt: libc::c_long = libc::SYS_modify_ldt;
    pub const mount: libc::c_long = libc::SYS_mount;
    pub const mount_setattr: libc::c_long = libc::SYS_mount_setattr;
    pub const move_mount: libc::c_long = libc::SYS_move_mount;
    pub const move_pages: libc::c_long = libc::SYS_move_pages;
    pub const mprotect: libc::c_long = libc::SYS_mprotect;
    pub const mq_getsetattr: libc::c_long = libc::SYS_mq_getsetattr;
    pub const mq_notify: libc::c_long = libc::SYS_mq_notify;
    pub const mq_open: libc::c_long = libc::SYS_mq_open;
    pub const mq_timedreceive: libc::c_long = libc::SYS_mq_timedreceive;
    pub const mq_timedsend: libc::c_long = libc::SYS_mq_timedsend;
    pub const mq_unlink: libc::c_long = libc::SYS_mq_unlink;
    pub const mremap: libc::c_long = libc::SYS_mremap;
    pub const mseal: libc::c_long = libc::SYS_mseal;
    pub const msgctl: libc::c_long = libc::SYS_msgctl;
    pub const msgget: libc::c_long = libc::SYS_msgget;
    pub const msgrcv: libc::c_long = libc::SYS_msgrcv;
    pub const msgsnd: libc::c_long = libc::SYS_msgsnd;
    pub const msync: libc::c_long = libc::SYS_msync;
    pub const munlock: libc::c_long = libc::SYS_munlock;
    pub const munlockall: libc::c_long = libc::SYS_munlockall;
    pub const munmap: libc::c_long = libc::SYS_munmap;
    pub const name_to_handle_at: libc::c_long = libc::SYS_name_to_handle_at;
    pub const nanosleep: libc::c_long = libc::SYS_nanosleep;
    pub const newfstatat: libc::c_long = libc::SYS_newfstatat;
    pub const nfsservctl: libc::c_long = libc::SYS_nfsservctl;
    #[cfg(target_arch = "x86_64")]
    pub const open: libc::c_long = libc::SYS_open;
    pub const open_by_handle_at: libc::c_long = libc::SYS_open_by_handle_at;
    pub const open_tree: libc::c_long = libc::SYS_open_tree;
    pub const openat: libc::c_long = libc::SYS_openat;
    pub const openat2: libc::c_long = libc::SYS_openat2;
    #[cfg(target_arch = "x86_64")]
    pub const pause: libc::c_long = libc::SYS_pause;
    pub const perf_event_open: libc::c_long = libc::SYS_perf_event_open;
    pub const personality: libc::c_long = libc::SYS_personality;
    pub const pidfd_getfd: libc::c_long = libc::SYS_pidfd_getfd;
    pub const pidfd_open: libc::c_long = libc::SYS_pidfd_open;
    pub const pidfd_send_signal: libc::c_long = libc::SYS_pidfd_send_signal;
    #[cfg(target_arch = "x86_64")]
    pub const pipe: libc::c_long = libc::SYS_pipe;
    pub const pipe2: libc::c_long = libc::SYS_pipe2;
    pub const pivot_root: libc::c_long = libc::SYS_pivot_root;
    pub const pkey_alloc: libc::c_long = libc::SYS_pkey_alloc;
    pub const pkey_free: libc::c_long = libc::SYS_pkey_free;
    pub const pkey_mprotect: libc::c_long = libc::SYS_pkey_mprotect;
    #[cfg(target_arch = "x86_64")]
    pub const poll: libc::c_long = libc::SYS_poll;
    pub const ppoll: libc::c_long = libc::SYS_ppoll;
    pub const prctl: libc::c_long = libc::SYS_prctl;
    pub const pread64: libc::c_long = libc::SYS_pread64;
    pub const preadv: libc::c_long = libc::SYS_preadv;
    pub const preadv2: libc::c_long = libc::SYS_preadv2;
    pub const prlimit64: libc::c_long = libc::SYS_prlimit64;
    pub const process_madvise: libc::c_long = libc::SYS_process_madvise;
    pub const process_mrelease: libc::c_long = libc::SYS_process_mrelease;
    pub const process_vm_readv: libc::c_long = libc::SYS_process_vm_readv;
    pub const process_vm_writev: libc::c_long = libc::SYS_process_vm_writev;
    pub const pselect6: libc::c_long = libc::SYS_pselect6;
    pub const ptrace: libc::c_long = libc::SYS_ptrace;
    #[cfg(target_arch = "x86_64")]
    pub const putpmsg: libc::c_long = libc::SYS_putpmsg;
    pub const pwrite64: libc::c_long = libc::SYS_pwrite64;
    pub const pwritev: libc::c_long = libc::SYS_pwritev;
    pub const pwritev2: libc::c_long = libc::SYS_pwritev2;
    pub const quotactl: libc::c_long = libc::SYS_quotactl;
    pub const quotactl_fd: libc::c_long = libc::SYS_quotactl_fd;
    pub const read: libc::c_long = libc::SYS_read;
    pub const readahead: libc::c_long = libc::SYS_readahead;
    #[cfg(target_arch = "x86_64")]
    pub const readlink: libc::c_long = libc::SYS_readlink;
    pub const readlinkat: libc::c_long = libc::SYS_readlinkat;
    pub const readv: libc::c_long = libc::SYS_readv;
    pub const reboot: libc::c_long = libc::SYS_reboot;
    pub const recvfrom: libc::c_long = libc::SYS_recvfrom;
    pub const recvmmsg: libc::c_long = libc::SYS_recvmmsg;
    pub const recvmsg: libc::c_long = libc::SYS_recvmsg;
    pub const remap_file_pages: libc::c_long = libc::SYS_remap_file_pages;
    pub const removexattr: libc::c_long = libc::SYS_removexattr;
    #[cfg(target_arch = "x86_64")]
    pub const rename: libc::c_long = libc::SYS_rename;
    pub const renameat: libc::c_long = libc::SYS_renameat;
    pub const renameat2: libc::c_long = libc::SYS_renameat2;
    pub const request_key: libc::c_long = libc::SYS_request_key;
    pub const restart_syscall: libc::c_long = libc::SYS_restart_syscall;
    #[cfg(target_arch = "x86_64")]
    pub const rmdir: libc::c_long = libc::SYS_rmdir;
    pub const rseq: libc::c_long = libc::SYS_rseq;
    pub const rt_sigaction: libc::c_long = libc::SYS_rt_sigaction;
    pub const rt_sigpending: libc::c_long = libc::SYS_rt_sigpending;
    pub const rt_sigprocmask: libc::c_long = libc::SYS_rt_sigprocmask;
    pub const rt_sigqueueinfo: libc::c_long = libc::SYS_rt_sigqueueinfo;
    pub const rt_sigreturn: libc::c_long = libc::SYS_rt_sigreturn;
    pub const rt_sigsuspend: libc::c_long = libc::SYS_rt_sigsuspend;
    pub const rt_sigtimedwait: libc::c_long = libc::SYS_rt_sigtimedwait;
    pub const rt_tgsigqueueinfo: libc::c_long = libc::SYS_rt_tgsigqueueinfo;
    pub const sched_get_priority_max: libc::c_long = libc::SYS_sched_get_priority_max;
    pub const sched_get_priority_min: libc::c_long = libc::SYS_sched_get_priority_min;
    pub const sched_getaffinity: libc::c_long = libc::SYS_sched_getaffinity;
    pub const sched_getattr: libc::c_long = libc::SYS_sched_getattr;
    pub const sched_getparam: libc::c_long = libc::SYS_sched_getparam;
    pub const sched_getscheduler: libc::c_long = libc::SYS_sched_getscheduler;
    pub const sched_rr_get_interval: libc::c_long = libc::SYS_sched_rr_get_interval;
    pub const sched_setaffinity: libc::c_long = libc::SYS_sched_setaffinity;
    pub const sched_setattr: libc::c_long = libc::SYS_sched_setattr;
    pub const sched_setparam: libc::c_long = libc::SYS_sched_setparam;
    pub const sched_setscheduler: libc::c_long = libc::SYS_sched_setscheduler;
    pub const sched_yield: libc::c_long = libc::SYS_sched_yield;
    pub const seccomp: libc::c_long = libc::SYS_seccomp;
    #[cfg(target_arch = "x86_64")]
    pub const security: libc::c_long = libc::SYS_security;
    #[cfg(target_arch = "x86_64")]
    pub const select: libc::c_long = libc::SYS_select;
    pub const semctl: libc::c_long = libc::SYS_semctl;
    pub const semget: libc::c_long = libc::SYS_semget;
    pub const semop: libc::c_long = libc::SYS_semop;
    pub const semtimedop: libc::c_long = libc::SYS_semtimedop;
    pub const sendfile: libc::c_long = libc::SYS_sendfile;
    pub const sendmmsg: libc::c_long = libc::SYS_sendmmsg;
    pub const sendmsg: libc::c_long = libc::SYS_sendmsg;
    pub const sendto: libc::c_long = libc::SYS_sendto;
    pub const set_mempolicy: libc::c_long = libc::SYS_set_mempolicy;
    pub const set_mempolicy_home_node: libc::c_long = libc::SYS_set_mempolicy_home_node;
    pub const set_robust_list: libc::c_long = libc::SYS_set_robust_list;
    #[cfg(target_arch = "x86_64")]
    pub const set_thread_area: libc::c_long = libc::SYS_set_thread_area;
    pub const set_tid_address: libc::c_long = libc::SYS_set_tid_address;
    pub const setdomainname: libc::c_long = libc::SYS_setdomainname;
    pub const setfsgid: libc::c_long = libc::SYS_setfsgid;
    pub const setfsuid: libc::c_long = libc::SYS_setfsuid;
    pub const setgid: libc::c_long = libc::SYS_setgid;
    pub const setgroups: libc::c_long = libc::SYS_setgroups;
    pub const sethostname: libc::c_long = libc::SYS_sethostname;
    pub const setitimer: libc::c_long = libc::SYS_setitimer;
    pub const setns: libc::c_long = libc::SYS_setns;
    pub const setpgid: libc::c_long = libc::SYS_setpgid;
    pub const setpriority: libc::c_long = libc::SYS_setpriority;
    pub const setregid: libc::c_long = libc::SYS_setregid;
    pub const setresgid: libc::c_long = libc::SYS_setresgid;
    pub const setresuid: libc::c_long = libc::SYS_setresuid;
    pub const setreuid: libc::c_long = libc::SYS_setreuid;
    pub const setrlimit: libc::c_long = libc::SYS_setrlimit;
    pub const setsid: libc::c_long = libc::SYS_setsid;
    pub const setsockopt: libc::c_long = libc::SYS_setsockopt;
    pub const settimeofday: libc::c_long = libc::SYS_settimeofday;
    pub const setuid: libc::c_long = libc::SYS_setuid;
    pub const setxattr: libc::c_long = libc::SYS_setxattr;
    pub const shmat: libc::c_long = libc::SYS_shmat;
    pub const shmctl: libc::c_long = libc::SYS_shmctl;
    pub const shmdt: libc::c_long = libc::SYS_shmdt;
    pub const shmget: libc::c_long = libc::SYS_shmget;
    pub const shutdown: libc::c_long = libc::SYS_shutdown;
    pub const sigaltstack: libc::c_long = libc::SYS_sigaltstack;
    #[cfg(target_arch = "x86_64")]
    pub const signalfd: libc::c_long = libc::SYS_signalfd;
    pub const signalfd4: libc::c_long = libc::SYS_signalfd4;
    pub const socket: libc::c_long = libc::SYS_socket;
    pub const socketpair: libc::c_long = libc::SYS_socketpair;
    pub const splice: libc::c_long = libc::SYS_splice;
    #[cfg(target_arch = "x86_64")]
    pub const stat: libc::c_long = libc::SYS_stat;
    pub const statfs: libc::c_long = libc::SYS_statfs;
    pub const statx: libc::c_long = libc::SYS_statx;
    pub const swapoff: libc::c_long = libc::SYS_swapoff;
    pub const swapon: libc::c_long = libc::SYS_swapon;
    #[cfg(target_arch = "x86_64")]
    pub const symlink: libc::c_long = libc::SYS_symlink;
    pub const symlinkat: libc::c_long = libc::SYS_symlinkat;
    pub const sync: libc::c_long = libc::SYS_sync;
    pub const sync_file_range: libc::c_long = libc::SYS_sync_file_range;
    pub const syncfs: libc::c_long = libc::SYS_syncfs;
    #[cfg(target_arch = "x86_64")]
    pub const sysfs: libc::c_long = libc::SYS_sysfs;
    pub const sysinfo: libc::c_long = libc::SYS_sysinfo;
    pub const syslog: libc::c_long = libc::SYS_syslog;
    pub const tee: libc::c_long = libc::SYS_tee;
    pub const tgkill: libc::c_long = libc::SYS_tgkill;
    #[cfg(target_arch = "x86_64")]
    pub const time: libc::c_long = libc::SYS_time;
    pub const timer_create: libc::c_long = libc::SYS_timer_create;
    pub const timer_delete: libc::c_long = libc::SYS_timer_delete;
    pub const timer_getoverrun: libc::c_long = libc::SYS_timer_getoverrun;
    pub const timer_gettime: libc::c_long = libc::SYS_timer_gettime;
    pub const timer_settime: libc::c_long = libc::SYS_timer_settime;
    pub const timerfd_create: libc::c_long = libc::SYS_timerfd_create;
    pub const timerfd_gettime: libc::c_long = libc::SYS_timerfd_gettime;
    pub const timerfd_settime: libc::c_long = libc::SYS_timerfd_settime;
    pub const times: libc::c_long = libc::SYS_times;
    pub const tkill: libc::c_long = libc::SYS_tkill;
    pub const truncate: libc::c_long = libc::SYS_truncate;
    #[cfg(target_arch = "x86_64")]
    pub const tuxcall: libc::c_long = libc::SYS_tuxcall;
    pub const umask: libc::c_long = libc::SYS_umask;
    pub const umount2: libc::c_long = libc::SYS_umount2;
    pub const uname: libc::c_long = libc::SYS_uname;
    #[cfg(target_arch = "x86_64")]
    pub const unlink: libc::c_long = libc::SYS_unlink;
    pub const unlinkat: libc::c_long = libc::SYS_unlinkat;
    pub const unshare: libc::c_long = libc::SYS_unshare;
    #[cfg(target_arch = "x86_64")]
    pub const uselib: libc::c_long = libc::SYS_uselib;
    pub const userfaultfd: libc::c_long = libc::SYS_userfaultfd;
    #[cfg(target_arch = "x86_64")]
    pub const ustat: libc::c_long = libc::SYS_ustat;
    #[cfg(target_arch = "x86_64")]
    pub const utime: libc::c_long = libc::SYS_utime;
    pub const utimensat: libc::c_long = libc::SYS_utimensat;
    #[cfg(target_arch = "x86_64")]
    pub const utimes: libc::c_long = libc::SYS_utimes;
    #[cfg(target_arch = "x86_64")]
    pub const vfork: libc::c_long = libc::SYS_vfork;
    pub const vhangup: libc::c_long = libc::SYS_vhangup;
    pub const vmsplice: libc::c_long = libc::SYS_vmsplice;
    #[cfg(target_arch = "x86_64")]
    pub const vserver: libc::c_long = libc::SYS_vserver;
    pub const wait4: libc::c_long = libc::SYS_wait4;
    pub const waitid: libc::c_long = libc::SYS_waitid;
    pub const write: libc::c_long = libc::SYS_write;
    pub const writev: libc::c_long = libc::SYS_writev;
}

table! {
    common: [
        accept,
        accept4,
        acct,
        add_key,
        adjtimex,
        bind,
        bpf,
        brk,
        capget,
        capset,
        chdir,
        chroot,
        clock_adjtime,
        clock_getres,
        clock_gettime,
        clock_nanosleep,
        clock_settime,
        clone,
        clone3,
        close,
        close_range,
        connect,
        copy_file_range,
        delete_module,
        dup,
        dup3,
        epoll_create1,
        epoll_ctl,
        epoll_pwait,
        epoll_pwait2,
        eventfd2,
        execve,
        execveat,
        exit,
        exit_group,
        faccessat,
        faccessat2,
        fadvise64,
        fallocate,
        fanotify_init,
        fanotify_mark,
        fchdir,
        fchmod,
        fchmodat,
        fchown,
        fchownat,
        fcntl,
        fdatasync,
        fgetxattr,
        finit_module,
        flistxattr,
        flock,
        fremovexattr,
        fsconfig,
        fsetxattr,
        fsmount,
        fsopen,
        fspick,
        fstat,
        fstatfs,
        fsync,
        ftruncate,
        futex,
        futex_waitv,
        get_mempolicy,
        get_robust_list,
        getcpu,
        getcwd,
        getdents64,
        getegid,
        geteuid,
        getgid,
        getgroups,
        getitimer,
        getpeername,
        getpgid,
        getpid,
        getppid,
        getpriority,
        getrandom,
        getresgid,
        getresuid,
        getrlimit,
        getrusage,
        getsid,
        getsockname,
        getsockopt,
        gettid,
        gettimeofday,
        getuid,
        getxattr,
        init_module,
        inotify_add_watch,
        inotify_init1,
        inotify_rm_watch,
        io_cancel,
        io_destroy,
        io_getevents,
        io_setup,
        io_submit,
        io_uring_enter,
        io_uring_register,
        io_uring_setup,
        ioctl,
        ioprio_get,
        ioprio_set,
        kcmp,
        kexec_file_load,
        kexec_load,
        keyctl,
        kill,
        landlock_add_rule,
        landlock_create_ruleset,
        landlock_restrict_self,
        lgetxattr,
        linkat,
        listen,
        listxattr,
        llistxattr,
        lookup_dcookie,
        lremovexattr,
        lseek,
        lsetxattr,
        madvise,
        mbind,
        membarrier,
        memfd_create,
        memfd_secret,
        migrate_pages,
        mincore,
        mkdirat,
        mknodat,
        mlock,
        mlock2,
        mlockall,
        mmap,
        mount,
        mount_setattr,
        move_mount,
        move_pages,
        mprotect,
        mq_getsetattr,
        mq_notify,
        mq_open,
        mq_timedreceive,
        mq_timedsend,
        mq_unlink,
        mremap,
        mseal,
        msgctl,
        msgget,
        msgrcv,
        msgsnd,
        msync,
        munlock,
        munlockall,
        munmap,
        name_to_handle_at,
        nanosleep,
        newfstatat,
        nfsservctl,
        open_by_handle_at,
        open_tree,
        openat,
        openat2,
        perf_event_open,
        personality,
        pidfd_getfd,
        pidfd_open,
        pidfd_send_signal,
        pipe2,
        pivot_root,
        pkey_alloc,
        pkey_free,
        pkey_mprotect,
        ppoll,
        prctl,
        pread64,
        preadv,
        preadv2,
        prlimit64,
        process_madvise,
        process_mrelease,
        process_vm_readv,
        process_vm_writev,
        pselect6,
        ptrace,
        pwrite64,
        pwritev,
        pwritev2,
        quotactl,
        quotactl_fd,
        read,
        readahead,
        readlinkat,
        readv,
        reboot,
        recvfrom,
        recvmmsg,
        recvmsg,
        remap_file_pages,
        removexattr,
        renameat,
        renameat2,
        request_key,
        restart_syscall,
        rseq,
        rt_sigaction,
        rt_sigpending,
        rt_sigprocmask,
        rt_sigqueueinfo,
        rt_sigreturn,
        rt_sigsuspend,
        rt_sigtimedwait,
        rt_tgsigqueueinfo,
        sched_get_priority_max,
        sched_get_priority_min,
        sched_getaffinity,
        sched_getattr,
        sched_getparam,
        sched_getscheduler,
        sched_rr_get_interval,
        sched_setaffinity,
        sched_setattr,
        sched_setparam,
        sched_setscheduler,
        sched_yield,
        seccomp,
        semctl,
        semget,
        semop,
        semtimedop,
        sendfile,
        sendmmsg,
        sendmsg,
        sendto,
        set_mempolicy,
        set_mempolicy_home_node,
        set_robust_list,
        set_tid_address,
        setdomainname,
        setfsgid,
        setfsuid,
        setgid,
        setgroups,
        sethostname,
        setitimer,
        setns,
        setpgid,
        setpriority,
        setregid,
        setresgid,
        setresuid,
        setreuid,
        setrlimit,
        setsid,
        setsockopt,
        settimeofday,
        setuid,
        setxattr,
        shmat,
        shmctl,
        shmdt,
        shmget,
        shutdown,
        sigaltstack,
        signalfd4,
        socket,
        socketpair,
        splice,
        statfs,
        statx,
        swapoff,
        swapon,
        symlinkat,
        sync,
        sync_file_range,
        syncfs,
        sysinfo,
        syslog,
        tee,
        tgkill,
        timer_create,
        timer_delete,
        timer_getoverrun,
        timer_gettime,
        timer_settime,
        timerfd_create,
        timerfd_gettime,
        timerfd_settime,
        times,
        tkill,
        truncate,
        umask,
        umount2,
        uname,
        unlinkat,
        unshare,
        userfaultfd,
        utimensat,
        vhangup,
        vmsplice,
        wait4,
        waitid,
        write,
        writev,
    ],
    x86_64: [
        _sysctl,
        access,
        afs_syscall,
        alarm,
        arch_prctl,
        chmod,
        chown,
        creat,
        dup2,
        epoll_create,
        epoll_ctl_old,
        epoll_wait,
        epoll_wait_old,
        eventfd,
        fchmodat2,
        fork,
        futimesat,
        get_thread_area,
        getdents,
        getpgrp,
        getpmsg,
        inotify_init,
        ioperm,
        iopl,
        lchown,
        link,
        lstat,
        mkdir,
        mknod,
        modify_ldt,
        open,
        pause,
        pipe,
        poll,
        putpmsg,
        readlink,
        rename,
        rmdir,
        security,
        select,
        set_thread_area,
        signalfd,
        stat,
        symlink,
        sysfs,
        time,
        tuxcall,
        unlink,
        uselib,
        ustat,
        utime,
        utimes,
        vfork,
        vserver,
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knows_common_calls() {
        assert_eq!(number("read"), Some(libc::SYS_read));
        assert_eq!(number("unshare"), Some(libc::SYS_unshare));
        assert_eq!(number("clone3"), Some(libc::SYS_clone3));
        assert_eq!(number("no_such_call"), None);
    }

    #[cfg(target_arch = "x86_64")]
    #[test]
    fn knows_x86_64_only_calls() {
        assert_eq!(number("open"), Some(2));
        assert_eq!(number("iopl"), Some(172));
        assert!(names().contains(&"_sysctl"));
    }
}
