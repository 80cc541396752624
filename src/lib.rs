//! dhow: a daemonless, rootless container engine.
//!
//! Layers (dependencies point down only, checked by `tests/layering.rs`),
//! as in ARCHITECTURE.md:
//! - [`cli`]: clap definitions and output (tables, templates, JSON); no
//!   syscalls; `cli::userns` is the table of commands that enter the user
//!   namespace.
//! - [`engine`]: one module per operation (pull, images, containers, ...).
//! - [`network`]: networking (records, holder, veths, port relay, user-mode
//!   helpers, hosts/resolv.conf, inspect views); [`kube`]: Kubernetes YAML.
//! - [`container`]: container records; [`build`]: Dockerfiles;
//!   [`compose`]: compose files → plan; [`generate`]: systemd units (pure).
//! - [`config`]: paths, registries.conf, auth files.
//! - [`image`]: references, registry client, content store, layer apply;
//!   [`sys`]: the rootless user namespace, overlay mounts, memory trimming.
//! - [`format`]: Go-template rendering for `--format`; [`runtime`]: the
//!   built-in OCI runtime.
//! - [`util`]: atomic writes, locks, units, fd-relative file operations;
//!   [`error`]: exit codes.

pub mod build;
pub mod cli;
pub mod compose;
pub mod config;
pub mod container;
pub mod engine;
pub mod error;
pub mod format;
#[doc(hidden)]
pub mod fuzzing;
pub mod generate;
pub mod kube;
pub mod network;
pub mod image;
pub mod sys;
pub mod util;
pub mod runtime;
