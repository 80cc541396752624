//! `--format` support: Go text/template rendering over JSON values, and the
//! table/json output modes docker and podman offer.
pub mod output;
pub mod template;
