//! Configuration read from disk: storage paths, registries.conf, auth files.
pub mod auth;
pub mod paths;
pub mod registries;
