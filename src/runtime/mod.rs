//! Built-in OCI runtime (being written).
