//! Containers as records on disk: the static settings fixed at create time
//! (`container.json`), the changing state written by the CLI and the monitor
//! (`state.json`), and name/ID lookup. One directory per container under
//! `<root>/containers/<id>/`; nothing is held in memory between commands.

pub mod uses;
pub mod extras;
pub mod health;
pub mod local_volume;
pub mod logs;
pub mod names;
pub mod pod;
pub mod ports;
pub mod record;
pub mod resources;
pub mod state;
pub mod store;

pub use record::ContainerRecord;
pub use state::{ContainerState, Status};
pub use store::ContainerStore;
