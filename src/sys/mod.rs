//! OS plumbing: the rootless user namespace.
