//! Images: names, registries, the content store and layers.
pub mod config;
pub mod digest;
pub mod layer;
pub mod manifest;
pub mod reference;
pub mod registry;
pub mod store;

pub use digest::Digest;
pub use reference::Reference;
