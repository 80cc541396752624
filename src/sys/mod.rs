//! OS plumbing: the rootless user namespace.
pub mod userns;
pub mod inroot;
pub mod memory;
pub mod overlay;
