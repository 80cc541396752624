//! OS plumbing above the runtime: the rootless user namespace (`userns`),
//! overlay mounts (`overlay`), trimming a long-lived process's memory
//! (`memory`) and the rtnetlink requests of user-defined networks
//! (`netlink`). fd-relative file operations inside a root live in
//! `util::fsat`, below the runtime, which uses them too.
pub mod userns;
pub mod memory;
pub mod overlay;
