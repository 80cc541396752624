//! Dockerfile front end: the parser (`parser`), docker's word processing and
//! variable substitution (`vars`), and the build context with its ignore
//! rules (`context`). No image or runtime knowledge here: the builder in
//! `engine::build` drives these.

pub mod context;
pub mod parser;
pub mod vars;
