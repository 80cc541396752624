//! Compose projects, the pure part: the typed model ([`model`]), loading
//! compose files ([`loader`]; interpolation in [`interpolate`], short →
//! long syntax and merging in `normalise`, the specification's shape in
//! `schema`, typing and validation in
//! `convert`), and the plan of what to do ([`planner`]). Nothing here
//! touches containers; `engine::compose` carries plans out through the
//! engine's own operations (never by running `dhow`).

mod convert;
pub mod interpolate;
pub mod loader;
pub mod model;
mod normalise;
pub mod planner;
mod schema;

#[cfg(test)]
mod tests;

/// `compose config`: the normalised project as YAML.
pub fn to_yaml(project: &model::Project) -> anyhow::Result<String> {
    Ok(serde_yaml_ng::to_string(project)?)
}
