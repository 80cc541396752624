//! OS plumbing: the rootless user namespace.
pub mod netlink;
pub mod userns;
pub mod inroot;
pub mod memory;
pub mod overlay;
