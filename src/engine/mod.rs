//! Operations, one module each. The CLI builds an options struct and calls one
//! function here; these functions use the layers below (image store and
//! registry client, container records, `network`, the runtime) and return
//! data for the CLI to print.

pub mod autoupdate;
pub mod build;
pub mod check;
pub mod compose;
pub mod containers;
pub mod doctor;
pub mod events;
pub mod images;
pub mod imagefs;
pub mod info;
pub mod kube;
pub mod manifests;
pub mod network;
pub mod pods;
pub mod pull;
pub mod reset;
pub mod secrets;
pub mod system;
pub mod transfer;
pub mod volumes;

use crate::config::paths::Paths;
use crate::config::registries::RegistriesConf;
use crate::image::store::Store;
use anyhow::Result;
use std::sync::OnceLock;

/// What every operation needs: where state lives and the loaded configuration.
/// Configuration is loaded on first use so commands that don't need it (like
/// `images`) don't pay for reading it.
pub struct Engine {
    pub paths: Paths,
    registries: OnceLock<RegistriesConf>,
}

impl Engine {
    pub fn new(paths: Paths) -> Engine {
        Engine { paths, registries: OnceLock::new() }
    }

    /// The store, created on disk if missing (for commands that write).
    pub fn store(&self) -> Result<Store> {
        self.paths.ensure()?;
        let store = Store::open(&self.paths)?;
        Ok(store)
    }

    /// The store without creating anything (for commands that only read).
    pub fn store_readonly(&self) -> Store {
        Store::open_readonly(&self.paths)
    }

    /// registries.conf as podman reads it.
    pub fn registries(&self) -> Result<&RegistriesConf> {
        if let Some(r) = self.registries.get() {
            return Ok(r);
        }
        let loaded = RegistriesConf::load()?;
        Ok(self.registries.get_or_init(|| loaded))
    }
}
