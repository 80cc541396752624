//! Compose projects, the pure part: the typed model ([`model`]), loading
//! compose files ([`loader`]; interpolation in [`interpolate`], short →
//! long syntax and merging in `normalise`, the specification's shape in
//! `schema`, typing and validation in
//! `convert`), and the plan of what to do ([`planner`]). Nothing here
//! touches containers; `engine::compose` carries plans out through the
//! engine's own operations (never by running `dhow`).

mod convert;
pub mod deploy;
pub mod interpolate;
pub mod loader;
pub mod model;
mod normalise;
pub mod planner;
mod schema;
mod yaml;

#[cfg(test)]
mod tests;

/// `compose config`: the normalised project as YAML, written as docker
/// compose v2 (yaml.v3) writes it ([`yaml`]).
pub fn to_yaml(project: &model::Project) -> anyhow::Result<String> {
    Ok(yaml::emit(&serde_yaml_ng::to_value(project)?))
}

/// `compose config --format json`: compose-go's `Project.MarshalJSON`
/// puts the top-level keys in a Go map, so they come out sorted
/// (`configs`, `name`, `networks`, ...), indented by 2.
pub fn to_json(project: &model::Project) -> anyhow::Result<String> {
    let v = serde_json::to_value(project)?;
    let sorted: std::collections::BTreeMap<String, serde_json::Value> = v.as_object().map(|o| o.clone().into_iter().collect()).unwrap_or_default();
    Ok(serde_json::to_string_pretty(&sorted)?)
}
