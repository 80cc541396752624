//! dhow: a daemonless, rootless container engine.
//!
//! Layers (dependencies point down only), as in ARCHITECTURE.md:
//! - [`cli`]: clap definitions and output (tables, templates, JSON); no syscalls.
//! - [`engine`]: one module per operation (pull, images, ...).
//! - [`compose`]: compose files → a typed project → a plan (pure).
//! - [`image`]: references, registry client, content store, layer apply.
//! - [`config`]: paths, registries.conf, auth files.
//! - [`sys`]: the rootless user namespace and other OS plumbing.
//! - [`format`]: Go-template rendering for `--format`.
//! - [`util`]: atomic writes, locks, human-readable units.

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
