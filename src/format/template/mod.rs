//! A subset of Go's `text/template`, evaluated over `serde_json::Value`.
//!
//! docker and podman users pass `--format '{{.Config.Cmd}}'`, and scripts depend
//! on the exact text Go produces, so this module follows Go's rules rather than
//! JSON's: a list prints as `[a b]`, an object as `map[k:v]` with sorted keys,
//! a missing field as `<no value>`. dhow's inspect and list data is already
//! JSON-shaped, so a field access is an object-key lookup and there are no
//! methods to call.
//!
//! The pipeline is the usual one, one file per stage: `lex` turns the source
//! into tokens (text, delimiters, operands), `parse::Parser` builds a tree of
//! `Node`s and checks what Go checks at parse time (known functions, declared
//! variables, balanced `{{end}}`s), and `exec::Exec` walks the tree against
//! the data, calling `funcs` for the template functions; `value` prints
//! values as Go's `fmt` does (`%v`, floats, `%q`, `printf` verbs).

mod lex;
mod parse;
mod exec;
mod funcs;
mod value;
#[cfg(test)]
mod tests;

use serde_json::Value;
use std::fmt;
use lex::{floor_char_boundary, lex};
use parse::{Node, Term, Parser, collect_nodes};
use exec::Exec;
use value::display;

/// Where in the template source something went wrong, 1-based, in characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

impl Position {
    fn of(src: &str, byte: usize) -> Position {
        let before = &src[..floor_char_boundary(src, byte)];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map(|i| i + 1).unwrap_or(0);
        Position { line, column: before[line_start..].chars().count() + 1 }
    }
}

impl fmt::Display for Position {
    /// Single-line templates (nearly all `--format` values) need only a column.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 1 {
            write!(f, "column {}", self.column)
        } else {
            write!(f, "line {}, column {}", self.line, self.column)
        }
    }
}

/// A template that could not be parsed, or failed while rendering.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TemplateError {
    /// The source is malformed: what was found, what was expected, and where.
    #[error("template: {message} at {at}")]
    Parse { message: String, at: Position },
    /// The source is fine but does not fit the data (a field on a string,
    /// a function given the wrong kind of value, ...).
    #[error("template: executing <{context}> at {at}: {message}")]
    Exec { message: String, context: String, at: Position },
}

/// A parsed template, ready to render any number of values.
#[derive(Debug, Clone)]
pub struct Template {
    src: String,
    nodes: Vec<Node>,
}

impl Template {
    /// Parses `src`, reporting the first syntax error as Go would (unclosed
    /// actions, unknown functions, undefined variables, missing `{{end}}`).
    pub fn parse(src: &str) -> Result<Template, TemplateError> {
        let tokens = lex(src);
        let mut parser = Parser { src, tokens, i: 0, vars: vec!["$".to_string()], range_depth: 0, depth: 0 };
        let (nodes, term) = parser.parse_list()?;
        match term {
            Term::Eof => Ok(Template { src: src.to_string(), nodes }),
            Term::End(pos) => Err(parser.err(pos, "unexpected {{end}}")),
            Term::Else(pos) => Err(parser.err(pos, "unexpected {{else}}")),
        }
    }

    /// Renders the template with `data` as both `.` and `$`.
    pub fn render(&self, data: &Value) -> Result<String, TemplateError> {
        let mut exec = Exec { src: &self.src, vars: vec![("$".to_string(), data.clone())], out: String::new() };
        exec.walk(data, &self.nodes)?;
        Ok(exec.out)
    }

    /// The top-level field names the template reads from `.` (or `$`), in
    /// order of first use: `{{.ID}}\t{{.Size}}` gives `["ID", "Size"]`.
    /// Tables use these to build their header row. Fields read inside
    /// `range`/`with` bodies through `.` are relative to another value and are
    /// left out.
    pub fn fields(&self) -> Vec<String> {
        let mut out = Vec::new();
        collect_nodes(&self.nodes, true, &mut out);
        out
    }
}

/// Formats `value` the way Go's `fmt.Print` formats the value docker would
/// hold: strings as-is, `[a b]` for lists, `map[k:v]` for objects, and
/// `<no value>` for a missing or null value.
pub fn go_string(value: &Value) -> String {
    display(value, true)
}
