//! Image layers: applying OCI layer tarballs to a directory, and writing them
//! from an overlay upper dir.
//!
//! A layer is a tar changeset (OCI image-spec "layer"): added or changed
//! files, plus whiteouts (`.wh.NAME` deletes NAME from lower layers,
//! `.wh..wh..opq` hides a whole lower directory). Layers are stored extracted,
//! one per directory, and stacked by overlayfs, so whiteouts are written in
//! overlay's own form: a 0/0 character device and an "opaque" xattr. We mount
//! overlay with `userxattr`, hence `user.overlay.opaque`.
//!
//! Extraction handles untrusted input. Every file operation is relative to a
//! directory fd inside `dest`: parent directories are resolved with
//! `openat2(RESOLVE_IN_ROOT)`, so a symlink planted by an earlier entry
//! resolves inside `dest` just as it would inside the container, and the last
//! component is never followed. Paths with `..` are refused outright.
//!
//! `compress` sniffs and decompresses blobs, `apply` extracts a tar into a
//! directory, `write` archives an upper dir; the fd-relative calls they use
//! are the shared ones of [`crate::util::fsat`].

mod compress;
mod apply;
mod write;
#[cfg(test)]
mod tests;

pub use compress::{decompress, sniff, Compression, Sniffed};
pub use apply::{apply_layer, ApplyOptions, LayerStats, WhiteoutMode};
pub use write::{write_layer, WriteOptions};

/// Prefix of a whiteout entry: `.wh.NAME` deletes NAME.
const WHITEOUT_PREFIX: &[u8] = b".wh.";
/// Prefix of aufs bookkeeping entries (`.wh..wh.plnk` ...): never extracted.
const WHITEOUT_META_PREFIX: &[u8] = b".wh..wh.";
/// Marks its directory as opaque: lower layers' content is hidden.
const OPAQUE_MARKER: &[u8] = b".wh..wh..opq";
/// The opaque xattr overlay reads when mounted with `userxattr` (rootless).
pub const USER_OPAQUE_XATTR: &str = "user.overlay.opaque";
/// The opaque xattr of a privileged overlay mount.
pub const TRUSTED_OPAQUE_XATTR: &str = "trusted.overlay.opaque";
/// Copy buffer for file contents: large enough to keep syscalls off the profile.
const COPY_BUF: usize = 256 * 1024;
