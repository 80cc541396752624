//! Shared end-to-end harness: every e2e test file starts with `mod common;`.
//!
//! The tests run the real `dhow` binary as an unprivileged user (see [`user`])
//! against a real registry (Debian's `docker-registry`, see [`registry`]),
//! holding fixture images the harness builds itself (see [`fixtures`]).
//! Each test makes its own [`TestEnv`], so tests are independent and run in
//! parallel; the registry and its fixtures are shared per test process.
//!
//! Not every test file uses every helper.
#![allow(dead_code, unused_imports)]

pub mod env;
pub mod fixtures;
pub mod http;
pub mod kube;
pub mod oci;
pub mod output;
pub mod proc;
pub mod registry;
pub mod systemd;
pub mod tmux;
pub mod user;

pub use env::{Output, TestEnv};
pub use fixtures::{fixtures, Fixture, Fixtures};
pub use output::{host_arch, is_hex, table_rows};
pub use registry::Registry;
pub use user::TestUser;

/// runc's path; None, with a note that `what` was skipped, when it is not
/// installed (apt-get install runc).
pub fn runc(what: &str) -> Option<&'static str> {
    let runc = "/usr/sbin/runc";
    if std::path::Path::new(runc).exists() {
        Some(runc)
    } else {
        eprintln!("skipped {what}: {runc} is not installed (apt-get install runc)");
        None
    }
}
