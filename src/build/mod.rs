//! Dockerfile front end: the parser (`parser`), docker's word processing and
//! variable substitution (`vars`), the metadata instructions applied to an
//! image config (`instruction`, shared by the builder and `commit`/`import
//! --change`), and the build context with its ignore rules (`context`). No
//! runtime or store knowledge here: the builder in `engine::build` drives these.

pub mod context;
pub mod instruction;
pub mod parser;
pub mod vars;
