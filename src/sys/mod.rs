//! OS plumbing above the runtime: the rootless user namespace (`userns`),
//! dhow's binary kept read-only for processes that enter containers (`exe`),
//! overlay mounts (`overlay`) and trimming a long-lived process's memory
//! (`memory`). The rtnetlink requests are in `network::netlink`. fd-relative file operations inside a root live in
//! `util::fsat`, below the runtime, which uses them too.
pub mod userns;
pub mod memory;
pub mod overlay;
pub mod treecopy;
pub mod exe;
