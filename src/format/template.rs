//! A subset of Go's `text/template`, evaluated over `serde_json::Value`.
//!
//! docker and podman users pass `--format '{{.Config.Cmd}}'`, and scripts depend
//! on the exact text Go produces, so this module follows Go's rules rather than
//! JSON's: a list prints as `[a b]`, an object as `map[k:v]` with sorted keys,
//! a missing field as `<no value>`. dhow's inspect and list data is already
//! JSON-shaped, so a field access is an object-key lookup and there are no
//! methods to call.
//!
//! The pipeline is the usual one: `lex` turns the source into tokens (text,
//! delimiters, operands), `Parser` builds a tree of `Node`s and checks what
//! Go checks at parse time (known functions, declared variables, balanced
//! `{{end}}`s), and `Exec` walks the tree against the data.

use serde_json::{Map, Number, Value};
use std::cmp::Ordering;
use std::fmt;

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

// ---------------------------------------------------------------------------
// Lexing

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Text(String),
    Open,
    Close,
    Field(String),
    Dot,
    Var(String),
    Ident(String),
    Str(String),
    Num(Number),
    Char(char),
    Pipe,
    LParen,
    RParen,
    Declare,
    Assign,
    Comma,
    /// The lexer stopped here; the parser reports it only if nothing earlier
    /// was wrong, so `{{.Name}` complains about the `}` as Go does.
    Error(String),
    Eof,
}

#[derive(Debug, Clone)]
struct Token {
    tok: Tok,
    pos: usize,
    /// Whitespace came right before this token (separates operands, and
    /// tells `.A.B` chains from `.A .B` arguments).
    spaced: bool,
}

fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\r' | '\n')
}

fn is_ident_start(c: char) -> bool {
    c == '_' || c.is_alphabetic()
}

fn is_ident_char(c: char) -> bool {
    c == '_' || c.is_alphanumeric()
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Splits the source into tokens. Never fails: a lexical error becomes a
/// final [`Tok::Error`] token.
fn lex(src: &str) -> Vec<Token> {
    let mut toks = Vec::new();
    let mut pos = 0;
    let mut trim_next = false;
    loop {
        let open = src[pos..].find("{{").map(|i| pos + i);
        let text_end = open.unwrap_or(src.len());
        let mut text = &src[pos..text_end];
        if trim_next {
            text = text.trim_start_matches(is_space);
        }
        let Some(open) = open else {
            if !text.is_empty() {
                toks.push(Token { tok: Tok::Text(text.to_string()), pos, spaced: false });
            }
            toks.push(Token { tok: Tok::Eof, pos: src.len(), spaced: false });
            return toks;
        };
        let mut inner = open + 2;
        // "{{- " trims the text before; "{{-3}}" is the number -3.
        if src[inner..].starts_with('-') && src[inner + 1..].starts_with(is_space) {
            text = text.trim_end_matches(is_space);
            inner += 1;
        }
        if !text.is_empty() {
            toks.push(Token { tok: Tok::Text(text.to_string()), pos, spaced: false });
        }
        // Comments: {{/* ... */}}, with optional trim markers.
        let after_ws = inner + (src[inner..].len() - src[inner..].trim_start_matches(is_space).len());
        if src[after_ws..].starts_with("/*") {
            let Some(end) = src[after_ws + 2..].find("*/").map(|i| after_ws + 2 + i + 2) else {
                toks.push(Token { tok: Tok::Error("unclosed comment".into()), pos: open, spaced: false });
                return toks;
            };
            let rest = &src[end..];
            let trimmed = rest.trim_start_matches(is_space);
            if trimmed.starts_with("-}}") && trimmed.len() < rest.len() {
                trim_next = true;
                pos = src.len() - trimmed.len() + 3;
            } else if rest.starts_with("}}") {
                trim_next = false;
                pos = end + 2;
            } else {
                let message = "comment ends before closing delimiter".to_string();
                toks.push(Token { tok: Tok::Error(message), pos: end, spaced: false });
                return toks;
            }
            continue;
        }
        toks.push(Token { tok: Tok::Open, pos: open, spaced: false });
        pos = inner;
        loop {
            let start = pos;
            pos += src[pos..].len() - src[pos..].trim_start_matches(is_space).len();
            let spaced = pos > start;
            let rest = &src[pos..];
            if rest.is_empty() {
                toks.push(Token { tok: Tok::Error("unclosed action".into()), pos: open, spaced });
                return toks;
            }
            if spaced && rest.starts_with("-}}") {
                toks.push(Token { tok: Tok::Close, pos, spaced });
                pos += 3;
                trim_next = true;
                break;
            }
            if rest.starts_with("}}") {
                toks.push(Token { tok: Tok::Close, pos, spaced });
                pos += 2;
                trim_next = false;
                break;
            }
            match lex_token(src, pos) {
                Ok((tok, next)) => {
                    toks.push(Token { tok, pos, spaced });
                    pos = next;
                }
                Err(message) => {
                    toks.push(Token { tok: Tok::Error(message), pos, spaced });
                    return toks;
                }
            }
        }
    }
}

/// Lexes one token inside an action starting at `pos` (not whitespace, not
/// the closing delimiter). Returns the token and where the next one starts.
fn lex_token(src: &str, pos: usize) -> Result<(Tok, usize), String> {
    let rest = &src[pos..];
    let mut chars = rest.chars();
    let c = chars.next().unwrap_or(' ');
    let next = chars.next();
    let simple = |t: Tok, n: usize| Ok((t, pos + n));
    match c {
        '|' => simple(Tok::Pipe, 1),
        '(' => simple(Tok::LParen, 1),
        ')' => simple(Tok::RParen, 1),
        ',' => simple(Tok::Comma, 1),
        ':' if next == Some('=') => simple(Tok::Declare, 2),
        '=' => simple(Tok::Assign, 1),
        '"' => {
            let mut escaped = false;
            for (i, ch) in rest.char_indices().skip(1) {
                match ch {
                    '\n' => break,
                    _ if escaped => escaped = false,
                    '\\' => escaped = true,
                    '"' => {
                        let s = unquote(&rest[1..i]).map_err(|e| format!("{e} in quoted string {}", &rest[..=i]))?;
                        return Ok((Tok::Str(s), pos + i + 1));
                    }
                    _ => {}
                }
            }
            Err("unterminated quoted string".into())
        }
        '`' => match rest[1..].find('`') {
            Some(i) => Ok((Tok::Str(rest[1..1 + i].to_string()), pos + i + 2)),
            None => Err("unterminated raw quoted string".into()),
        },
        '\'' => {
            let mut escaped = false;
            for (i, ch) in rest.char_indices().skip(1) {
                match ch {
                    '\n' => break,
                    _ if escaped => escaped = false,
                    '\\' => escaped = true,
                    '\'' => {
                        let s =
                            unquote(&rest[1..i]).map_err(|e| format!("{e} in character constant {}", &rest[..=i]))?;
                        let mut it = s.chars();
                        return match (it.next(), it.next()) {
                            (Some(ch), None) => Ok((Tok::Num(Number::from(ch as u32)), pos + i + 1)),
                            _ => Err(format!("malformed character constant: {}", &rest[..=i])),
                        };
                    }
                    _ => {}
                }
            }
            Err("unterminated character constant".into())
        }
        '$' => {
            let len = rest[1..].find(|ch: char| !is_ident_char(ch)).unwrap_or(rest.len() - 1);
            Ok((Tok::Var(rest[..1 + len].to_string()), pos + 1 + len))
        }
        '.' if next.is_some_and(|n| n.is_ascii_digit()) => lex_number(src, pos),
        '.' if next.is_some_and(is_ident_start) => {
            let len = rest[1..].find(|ch: char| !is_ident_char(ch)).unwrap_or(rest.len() - 1);
            Ok((Tok::Field(rest[1..1 + len].to_string()), pos + 1 + len))
        }
        '.' => simple(Tok::Dot, 1),
        '0'..='9' => lex_number(src, pos),
        '+' | '-' if next.is_some_and(|n| n.is_ascii_digit() || n == '.') => lex_number(src, pos),
        _ if is_ident_start(c) => {
            let len = rest.find(|ch: char| !is_ident_char(ch)).unwrap_or(rest.len());
            Ok((Tok::Ident(rest[..len].to_string()), pos + len))
        }
        _ => Ok((Tok::Char(c), pos + c.len_utf8())),
    }
}

/// Lexes a Go number literal: decimal, 0x/0o/0b integers, octal with a
/// leading 0, underscores, floats with exponents.
fn lex_number(src: &str, pos: usize) -> Result<(Tok, usize), String> {
    let rest = &src[pos..];
    let bytes = rest.as_bytes();
    let mut i = 0;
    if matches!(bytes.first(), Some(b'+' | b'-')) {
        i += 1;
    }
    let mut hex = false;
    if bytes.get(i) == Some(&b'0') && matches!(bytes.get(i + 1), Some(b'x' | b'X' | b'o' | b'O' | b'b' | b'B')) {
        hex = matches!(bytes.get(i + 1), Some(b'x' | b'X'));
        i += 2;
    }
    let digit = |b: u8| b.is_ascii_digit() || b == b'_' || (hex && b.is_ascii_hexdigit());
    while bytes.get(i).is_some_and(|&b| digit(b)) {
        i += 1;
    }
    if bytes.get(i) == Some(&b'.') {
        i += 1;
        while bytes.get(i).is_some_and(|&b| digit(b)) {
            i += 1;
        }
    }
    if !hex && matches!(bytes.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(bytes.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        while bytes.get(i).is_some_and(|b| b.is_ascii_digit()) {
            i += 1;
        }
    }
    let text = &rest[..i];
    if rest[i..].starts_with(is_ident_char) {
        let end = rest[i..].find(|c: char| !is_ident_char(c)).map(|e| i + e).unwrap_or(rest.len());
        return Err(format!("bad number syntax: {:?}", &rest[..end]));
    }
    parse_number(text).map(|n| (Tok::Num(n), pos + i)).ok_or_else(|| format!("bad number syntax: {text:?}"))
}

fn parse_number(text: &str) -> Option<Number> {
    let clean: String = text.chars().filter(|&c| c != '_').collect();
    let (neg, body) = match clean.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, clean.strip_prefix('+').unwrap_or(&clean)),
    };
    let radix_body = match body.get(..2) {
        Some("0x" | "0X") => Some((16, &body[2..])),
        Some("0o" | "0O") => Some((8, &body[2..])),
        Some("0b" | "0B") => Some((2, &body[2..])),
        _ if body.len() > 1 && body.starts_with('0') && body.bytes().all(|b| b.is_ascii_digit()) => {
            Some((8, &body[1..]))
        }
        _ if body.bytes().all(|b| b.is_ascii_digit()) => Some((10, body)),
        _ => None,
    };
    if let Some((radix, digits)) = radix_body {
        let v = i128::from_str_radix(digits, radix).ok()?;
        let v = if neg { -v } else { v };
        if let Ok(i) = i64::try_from(v) {
            return Some(Number::from(i));
        }
        if let Ok(u) = u64::try_from(v) {
            return Some(Number::from(u));
        }
        return Number::from_f64(v as f64);
    }
    let f: f64 = clean.parse().ok()?;
    if f.is_finite() {
        Number::from_f64(f)
    } else {
        None
    }
}

/// Decodes the escapes of a Go interpreted string literal (without quotes).
fn unquote(s: &str) -> Result<String, String> {
    let mut out: Vec<u8> = Vec::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            let mut buf = [0u8; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            continue;
        }
        let e = chars.next().ok_or("invalid escape")?;
        let simple = match e {
            'a' => Some(7u8),
            'b' => Some(8),
            'f' => Some(12),
            'n' => Some(b'\n'),
            'r' => Some(b'\r'),
            't' => Some(b'\t'),
            'v' => Some(11),
            '\\' => Some(b'\\'),
            '"' => Some(b'"'),
            '\'' => Some(b'\''),
            _ => None,
        };
        if let Some(b) = simple {
            out.push(b);
            continue;
        }
        let mut take = |n: usize, radix: u32| -> Result<u32, String> {
            let digits: String = chars.by_ref().take(n).collect();
            if digits.chars().count() != n {
                return Err("invalid escape".into());
            }
            u32::from_str_radix(&digits, radix).map_err(|_| "invalid escape".to_string())
        };
        match e {
            'x' => out.push(take(2, 16)? as u8),
            '0'..='7' => {
                let rest = take(2, 8)?;
                let v = (e as u32 - '0' as u32) * 64 + rest;
                out.push(u8::try_from(v).map_err(|_| "invalid escape")?);
            }
            'u' | 'U' => {
                let v = take(if e == 'u' { 4 } else { 8 }, 16)?;
                let ch = char::from_u32(v).ok_or("invalid escape")?;
                let mut buf = [0u8; 4];
                out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
            }
            _ => return Err("invalid escape".into()),
        }
    }
    Ok(String::from_utf8_lossy(&out).into_owned())
}

// ---------------------------------------------------------------------------
// Parsing

#[derive(Debug, Clone)]
enum Node {
    Text(String),
    /// `{{pipeline}}`: printed unless it declares or assigns a variable.
    Action(Pipeline),
    Block {
        kind: BlockKind,
        pipe: Pipeline,
        body: Vec<Node>,
        otherwise: Vec<Node>,
    },
    Break,
    Continue,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum BlockKind {
    If,
    Range,
    With,
}

impl BlockKind {
    fn name(self) -> &'static str {
        match self {
            BlockKind::If => "if",
            BlockKind::Range => "range",
            BlockKind::With => "with",
        }
    }
}

#[derive(Debug, Clone)]
struct Pipeline {
    /// Variables declared (`:=`) or assigned (`=`) by this pipeline.
    decl: Vec<String>,
    assign: bool,
    cmds: Vec<Command>,
}

#[derive(Debug, Clone)]
struct Command {
    /// Byte range of the command in the source, for error messages.
    start: usize,
    end: usize,
    args: Vec<Operand>,
}

#[derive(Debug, Clone)]
enum Operand {
    Dot,
    Nil,
    Literal(Value),
    Func(String),
    /// `.A.B`: fields of dot.
    Field(Vec<String>),
    /// `$x.A.B`
    Var(String, Vec<String>),
    /// `(pipeline).A.B`
    Pipe(Box<Pipeline>, Vec<String>),
}

/// What ended a list of nodes.
enum Term {
    Eof,
    End(usize),
    Else(usize),
}

/// Functions known to the parser; an unknown name is a parse error, as in Go.
const FUNCS: &[&str] = &[
    "and", "or", "not", "len", "index", "slice", "eq", "ne", "lt", "le", "gt", "ge", "print", "printf", "println",
    "json", "upper", "lower", "title", "join", "split", "truncate", "pad", "html", "urlquery", "js",
];

struct Parser<'a> {
    src: &'a str,
    tokens: Vec<Token>,
    i: usize,
    /// Variables in scope, for Go's "undefined variable" check.
    vars: Vec<String>,
    range_depth: usize,
    /// Nesting of blocks and parentheses, bounded so that a pathological
    /// template is an error rather than a stack overflow.
    depth: usize,
}

/// Deepest nesting of `{{if}}`/`{{range}}`/`{{with}}` blocks and parentheses.
const MAX_DEPTH: usize = 100;

fn describe(tok: &Tok) -> String {
    match tok {
        Tok::Text(t) => format!("text {t:?}"),
        Tok::Open => "\"{{\"".into(),
        Tok::Close => "\"}}\"".into(),
        Tok::Field(f) => format!("<.{f}>"),
        Tok::Dot => "<.>".into(),
        Tok::Var(v) => format!("<{v}>"),
        Tok::Ident(i) => format!("<{i}>"),
        Tok::Str(s) => format!("{s:?}"),
        Tok::Num(n) => format!("<{n}>"),
        Tok::Char(c) => format!("{:?}", c.to_string()),
        Tok::Pipe => "\"|\"".into(),
        Tok::LParen => "\"(\"".into(),
        Tok::RParen => "\")\"".into(),
        Tok::Declare => "\":=\"".into(),
        Tok::Assign => "\"=\"".into(),
        Tok::Comma => "\",\"".into(),
        Tok::Error(e) => e.clone(),
        Tok::Eof => "EOF".into(),
    }
}

impl Parser<'_> {
    fn err(&self, pos: usize, message: impl Into<String>) -> TemplateError {
        TemplateError::Parse { message: message.into(), at: Position::of(self.src, pos) }
    }

    fn peek(&self) -> &Token {
        // The lexer always ends with Eof or Error, and the parser never moves past either.
        &self.tokens[self.i.min(self.tokens.len() - 1)]
    }

    fn peek_at(&self, n: usize) -> &Tok {
        &self.tokens[(self.i + n).min(self.tokens.len() - 1)].tok
    }

    fn next(&mut self) -> Token {
        let t = self.peek().clone();
        if !matches!(t.tok, Tok::Eof | Tok::Error(_)) {
            self.i += 1;
        }
        t
    }

    /// An error for an unexpected token; a lexer error is reported as itself.
    fn unexpected(&self, t: &Token, context: &str) -> TemplateError {
        match &t.tok {
            Tok::Error(e) => self.err(t.pos, e.clone()),
            other => self.err(t.pos, format!("unexpected {} in {context}", describe(other))),
        }
    }

    fn expect_close(&mut self, context: &str) -> Result<(), TemplateError> {
        let t = self.next();
        match t.tok {
            Tok::Close => Ok(()),
            _ => Err(self.unexpected(&t, context)),
        }
    }

    fn parse_list(&mut self) -> Result<(Vec<Node>, Term), TemplateError> {
        let mut nodes = Vec::new();
        loop {
            let t = self.next();
            match t.tok {
                Tok::Text(s) => nodes.push(Node::Text(s)),
                Tok::Eof => return Ok((nodes, Term::Eof)),
                Tok::Open => {
                    let kw = match &self.peek().tok {
                        Tok::Ident(k) => k.clone(),
                        _ => String::new(),
                    };
                    match kw.as_str() {
                        "end" => {
                            self.next();
                            self.expect_close("end")?;
                            return Ok((nodes, Term::End(t.pos)));
                        }
                        "else" => {
                            self.next();
                            return Ok((nodes, Term::Else(t.pos)));
                        }
                        "if" | "range" | "with" => {
                            self.next();
                            let kind = match kw.as_str() {
                                "if" => BlockKind::If,
                                "range" => BlockKind::Range,
                                _ => BlockKind::With,
                            };
                            nodes.push(self.parse_block(kind, t.pos)?);
                        }
                        "break" | "continue" => {
                            self.next();
                            if self.range_depth == 0 {
                                return Err(self.err(t.pos, format!("{{{{{kw}}}}} outside {{{{range}}}}")));
                            }
                            self.expect_close(&kw)?;
                            nodes.push(if kw == "break" { Node::Break } else { Node::Continue });
                        }
                        "define" | "template" | "block" => {
                            return Err(self.err(t.pos, format!("{{{{{kw}}}}} is not supported in --format templates")));
                        }
                        _ => {
                            let pipe = self.parse_pipeline("command", false)?;
                            self.expect_close("command")?;
                            nodes.push(Node::Action(pipe));
                        }
                    }
                }
                _ => return Err(self.unexpected(&t, "input")),
            }
        }
    }

    fn parse_block(&mut self, kind: BlockKind, start: usize) -> Result<Node, TemplateError> {
        self.enter(start)?;
        let node = self.parse_block_inner(kind, start);
        self.depth -= 1;
        node
    }

    fn enter(&mut self, pos: usize) -> Result<(), TemplateError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            self.depth -= 1;
            return Err(self.err(pos, format!("template is nested more than {MAX_DEPTH} levels deep")));
        }
        Ok(())
    }

    fn parse_block_inner(&mut self, kind: BlockKind, start: usize) -> Result<Node, TemplateError> {
        if let Tok::Close = self.peek().tok {
            return Err(self.err(self.peek().pos, format!("missing value for {}", kind.name())));
        }
        let saved = self.vars.len();
        let pipe = self.parse_pipeline(kind.name(), kind == BlockKind::Range)?;
        self.expect_close(kind.name())?;
        if kind == BlockKind::Range {
            self.range_depth += 1;
        }
        let parsed = self.parse_list();
        if kind == BlockKind::Range {
            self.range_depth -= 1;
        }
        let (body, term) = parsed?;
        let unclosed =
            |p: &Self| p.err(start, format!("unexpected EOF: {{{{{}}}}} has no matching {{{{end}}}}", kind.name()));
        let otherwise = match term {
            Term::End(_) => Vec::new(),
            Term::Eof => return Err(unclosed(self)),
            Term::Else(else_pos) => {
                let t = self.peek().clone();
                match &t.tok {
                    Tok::Close => {
                        self.next();
                        let (other, term) = self.parse_list()?;
                        match term {
                            Term::End(_) => other,
                            Term::Else(p) => {
                                return Err(self.err(
                                    p,
                                    format!(
                                        "expected {{{{end}}}}; found a second {{{{else}}}} in {{{{{}}}}}",
                                        kind.name()
                                    ),
                                ))
                            }
                            Term::Eof => return Err(unclosed(self)),
                        }
                    }
                    // `{{else if ...}}` / `{{else with ...}}` share the outer `{{end}}`.
                    Tok::Ident(k) if k == kind.name() && kind != BlockKind::Range => {
                        self.next();
                        vec![self.parse_block(kind, else_pos)?]
                    }
                    _ => return Err(self.unexpected(&t, "else")),
                }
            }
        };
        self.vars.truncate(saved);
        Ok(Node::Block { kind, pipe, body, otherwise })
    }

    /// Parses `[$x :=] cmd | cmd ...` up to (not including) `}}` or `)`.
    fn parse_pipeline(&mut self, context: &str, allow_two: bool) -> Result<Pipeline, TemplateError> {
        let mut decl = Vec::new();
        let mut assign = false;
        if let Tok::Var(first) = self.peek_at(0).clone() {
            let decl_op = |t: &Tok| matches!(t, Tok::Declare | Tok::Assign);
            if decl_op(self.peek_at(1)) {
                decl.push(first);
                self.next();
            } else if let (Tok::Comma, Tok::Var(second)) = (self.peek_at(1).clone(), self.peek_at(2).clone()) {
                if decl_op(self.peek_at(3)) {
                    if !allow_two {
                        return Err(self.err(self.peek().pos, format!("too many declarations in {context}")));
                    }
                    decl.push(first);
                    decl.push(second);
                    self.next();
                    self.next();
                    self.next();
                }
            }
            if !decl.is_empty() {
                let op = self.next();
                assign = op.tok == Tok::Assign;
                for v in &decl {
                    if assign {
                        if !self.vars.contains(v) {
                            return Err(self.err(op.pos, format!("undefined variable {v:?}")));
                        }
                    } else {
                        self.vars.push(v.clone());
                    }
                }
            }
        }
        let mut cmds = Vec::new();
        loop {
            let cmd = self.parse_command()?;
            if !cmds.is_empty()
                && !matches!(cmd.args.first(), Some(Operand::Func(_) | Operand::Field(_) | Operand::Var(..)))
            {
                return Err(self.err(cmd.start, format!("non executable command in pipeline stage {}", cmds.len() + 1)));
            }
            cmds.push(cmd);
            match self.peek().tok {
                Tok::Pipe => {
                    self.next();
                }
                _ => break,
            }
        }
        Ok(Pipeline { decl, assign, cmds })
    }

    fn parse_command(&mut self) -> Result<Command, TemplateError> {
        let start = self.peek().pos;
        let mut args = Vec::new();
        let mut end = start;
        loop {
            let t = self.peek().clone();
            match t.tok {
                Tok::Pipe | Tok::Close | Tok::RParen => break,
                _ if !args.is_empty() && !t.spaced => return Err(self.unexpected(&t, "operand")),
                _ => {}
            }
            args.push(self.parse_operand()?);
            end = self.tokens.get(self.i).map(|t| t.pos).unwrap_or(self.src.len());
        }
        if args.is_empty() {
            return Err(self.err(start, "missing value for command"));
        }
        if args.len() == 1 && matches!(args[0], Operand::Nil) {
            return Err(self.err(start, "nil is not a command"));
        }
        let end = self.src[..end.min(self.src.len())].trim_end_matches(is_space).len().max(start);
        Ok(Command { start, end, args })
    }

    /// Collects `.A.B` written right after an operand, with no space between.
    fn parse_chain(&mut self) -> Vec<String> {
        let mut chain = Vec::new();
        while let Token { tok: Tok::Field(f), spaced: false, .. } = self.peek() {
            chain.push(f.clone());
            self.next();
        }
        chain
    }

    fn parse_operand(&mut self) -> Result<Operand, TemplateError> {
        let t = self.next();
        let op = match t.tok {
            Tok::Field(f) => {
                let mut chain = vec![f];
                chain.extend(self.parse_chain());
                return Ok(Operand::Field(chain));
            }
            Tok::Var(v) => {
                if !self.vars.contains(&v) {
                    return Err(self.err(t.pos, format!("undefined variable {v:?}")));
                }
                let chain = self.parse_chain();
                return Ok(Operand::Var(v, chain));
            }
            Tok::LParen => {
                self.enter(t.pos)?;
                let pipe = self.parse_pipeline("parenthesized pipeline", false);
                self.depth -= 1;
                let pipe = pipe?;
                let close = self.next();
                match close.tok {
                    Tok::RParen => {}
                    Tok::Close | Tok::Eof => return Err(self.err(t.pos, "unclosed left paren")),
                    _ => return Err(self.unexpected(&close, "parenthesized pipeline")),
                }
                let chain = self.parse_chain();
                return Ok(Operand::Pipe(Box::new(pipe), chain));
            }
            Tok::Dot => Operand::Dot,
            Tok::Str(s) => Operand::Literal(Value::String(s)),
            Tok::Num(n) => Operand::Literal(Value::Number(n)),
            Tok::Ident(id) => match id.as_str() {
                "true" => Operand::Literal(Value::Bool(true)),
                "false" => Operand::Literal(Value::Bool(false)),
                "nil" => Operand::Nil,
                f if FUNCS.contains(&f) => Operand::Func(id),
                "if" | "else" | "end" | "range" | "with" | "break" | "continue" | "define" | "template" | "block" => {
                    return Err(self.err(t.pos, format!("unexpected <{id}> in operand")))
                }
                _ => return Err(self.err(t.pos, format!("function {id:?} not defined"))),
            },
            _ => return Err(self.unexpected(&t, "operand")),
        };
        if let Token { tok: Tok::Field(f), spaced: false, pos } = self.peek() {
            return Err(self.err(*pos, format!("unexpected .{f} after term")));
        }
        Ok(op)
    }
}

fn collect_nodes(nodes: &[Node], dot_is_root: bool, out: &mut Vec<String>) {
    for node in nodes {
        match node {
            Node::Action(p) => collect_pipe(p, dot_is_root, out),
            Node::Block { kind, pipe, body, otherwise } => {
                collect_pipe(pipe, dot_is_root, out);
                collect_nodes(body, dot_is_root && *kind == BlockKind::If, out);
                collect_nodes(otherwise, dot_is_root, out);
            }
            Node::Text(_) | Node::Break | Node::Continue => {}
        }
    }
}

fn collect_pipe(pipe: &Pipeline, dot_is_root: bool, out: &mut Vec<String>) {
    for cmd in &pipe.cmds {
        for arg in &cmd.args {
            let name = match arg {
                Operand::Field(chain) if dot_is_root => chain.first(),
                Operand::Var(v, chain) if v == "$" => chain.first(),
                Operand::Pipe(p, _) => {
                    collect_pipe(p, dot_is_root, out);
                    None
                }
                _ => None,
            };
            if let Some(name) = name {
                if !out.contains(name) {
                    out.push(name.clone());
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------
// Execution

struct Exec<'a> {
    src: &'a str,
    vars: Vec<(String, Value)>,
    out: String,
}

/// How a list of nodes finished: normally, or at `{{break}}`/`{{continue}}`.
#[derive(PartialEq)]
enum Flow {
    Normal,
    Break,
    Continue,
}

impl Exec<'_> {
    fn err(&self, cmd: &Command, message: impl Into<String>) -> TemplateError {
        let context = self.src.get(cmd.start..cmd.end).unwrap_or("").to_string();
        TemplateError::Exec { message: message.into(), context, at: Position::of(self.src, cmd.start) }
    }

    fn walk(&mut self, dot: &Value, nodes: &[Node]) -> Result<Flow, TemplateError> {
        for node in nodes {
            match node {
                Node::Text(t) => self.out.push_str(t),
                Node::Action(pipe) => {
                    let v = self.eval_pipeline(dot, pipe)?;
                    if pipe.decl.is_empty() {
                        self.out.push_str(&display(&v, true));
                    }
                }
                Node::Break => return Ok(Flow::Break),
                Node::Continue => return Ok(Flow::Continue),
                Node::Block { kind, pipe, body, otherwise } => {
                    let saved = self.vars.len();
                    let flow = match kind {
                        BlockKind::If => {
                            let v = self.eval_pipeline(dot, pipe)?;
                            self.walk(dot, if truth(&v) { body } else { otherwise })?
                        }
                        BlockKind::With => {
                            let v = self.eval_pipeline(dot, pipe)?;
                            if truth(&v) {
                                self.walk(&v, body)?
                            } else {
                                self.walk(dot, otherwise)?
                            }
                        }
                        BlockKind::Range => self.range(dot, pipe, body, otherwise)?,
                    };
                    self.vars.truncate(saved);
                    if flow != Flow::Normal {
                        return Ok(flow);
                    }
                }
            }
        }
        Ok(Flow::Normal)
    }

    fn range(
        &mut self,
        dot: &Value,
        pipe: &Pipeline,
        body: &[Node],
        otherwise: &[Node],
    ) -> Result<Flow, TemplateError> {
        let v = self.eval_pipeline_value(dot, pipe)?;
        // Integers (Go 1.22's `range 3`) are counted lazily; lists and
        // objects are small enough to walk as pairs of (key, element).
        let (count, items): (u64, Vec<(Value, Value)>) = match v {
            Value::Array(a) => (a.len() as u64, a.into_iter().enumerate().map(|(i, e)| (Value::from(i), e)).collect()),
            Value::Object(m) => (
                m.len() as u64,
                sorted_entries(&m).into_iter().map(|(k, e)| (Value::String(k.clone()), e.clone())).collect(),
            ),
            Value::Null => (0, Vec::new()),
            Value::Number(ref n) if n.as_u64().is_some() || n.as_i64().is_some() => {
                (n.as_u64().unwrap_or(0), Vec::new())
            }
            other => {
                let cmd = &pipe.cmds[pipe.cmds.len() - 1];
                return Err(self.err(cmd, format!("range can't iterate over {}", display(&other, true))));
            }
        };
        if count == 0 {
            return self.walk(dot, otherwise);
        }
        let mut items = items.into_iter();
        for i in 0..count {
            let (key, elem) = items.next().unwrap_or_else(|| (Value::from(i), Value::from(i)));
            let saved = self.vars.len();
            match pipe.decl.as_slice() {
                [] => {}
                [e] => self.bind(e, elem.clone(), pipe.assign),
                [k, e, ..] => {
                    self.bind(k, key, pipe.assign);
                    self.bind(e, elem.clone(), pipe.assign);
                }
            }
            let flow = self.walk(&elem, body)?;
            self.vars.truncate(saved);
            if flow == Flow::Break {
                break;
            }
        }
        Ok(Flow::Normal)
    }

    fn bind(&mut self, name: &str, value: Value, assign: bool) {
        if assign {
            if let Some(slot) = self.vars.iter_mut().rev().find(|(n, _)| n == name) {
                slot.1 = value;
                return;
            }
        }
        self.vars.push((name.to_string(), value));
    }

    /// Evaluates a pipeline and performs its declaration or assignment.
    fn eval_pipeline(&mut self, dot: &Value, pipe: &Pipeline) -> Result<Value, TemplateError> {
        let v = self.eval_pipeline_value(dot, pipe)?;
        if let Some(name) = pipe.decl.first() {
            self.bind(name, v.clone(), pipe.assign);
        }
        Ok(v)
    }

    fn eval_pipeline_value(&mut self, dot: &Value, pipe: &Pipeline) -> Result<Value, TemplateError> {
        let mut last: Option<Value> = None;
        for cmd in &pipe.cmds {
            last = Some(self.eval_command(dot, cmd, last)?);
        }
        Ok(last.unwrap_or(Value::Null))
    }

    fn eval_command(&mut self, dot: &Value, cmd: &Command, piped: Option<Value>) -> Result<Value, TemplateError> {
        match &cmd.args[0] {
            Operand::Func(name) => self.call(dot, cmd, name, &cmd.args[1..], piped),
            first => {
                if cmd.args.len() > 1 || piped.is_some() {
                    let what = self.src.get(cmd.start..cmd.end).unwrap_or("");
                    return Err(self.err(cmd, format!("can't give argument to non-function {what}")));
                }
                self.eval_operand(dot, cmd, first)
            }
        }
    }

    fn eval_operand(&mut self, dot: &Value, cmd: &Command, op: &Operand) -> Result<Value, TemplateError> {
        match op {
            Operand::Dot => Ok(dot.clone()),
            Operand::Nil => Ok(Value::Null),
            Operand::Literal(v) => Ok(v.clone()),
            Operand::Func(name) => self.call(dot, cmd, name, &[], None),
            Operand::Field(chain) => self.fields(cmd, dot, chain),
            Operand::Var(name, chain) => {
                let v = self.vars.iter().rev().find(|(n, _)| n == name).map(|(_, v)| v.clone()).unwrap_or(Value::Null);
                self.fields(cmd, &v, chain)
            }
            Operand::Pipe(pipe, chain) => {
                let v = self.eval_pipeline(dot, pipe)?;
                self.fields(cmd, &v, chain)
            }
        }
    }

    /// Follows `.A.B.C`; a missing key (or a field of null) is null, as Go
    /// prints `<no value>` for a missing map key; a field of a string or
    /// number is an error naming the field.
    fn fields(&self, cmd: &Command, v: &Value, chain: &[String]) -> Result<Value, TemplateError> {
        let mut cur = v;
        for name in chain {
            cur = match cur {
                Value::Object(m) => match m.get(name) {
                    Some(next) => next,
                    None => return Ok(Value::Null),
                },
                Value::Null => return Ok(Value::Null),
                other => {
                    return Err(self.err(cmd, format!("can't evaluate field {name} in type {}", go_type(other))));
                }
            };
        }
        Ok(cur.clone())
    }

    fn call(
        &mut self,
        dot: &Value,
        cmd: &Command,
        name: &str,
        args: &[Operand],
        piped: Option<Value>,
    ) -> Result<Value, TemplateError> {
        // `and`/`or` stop at the first deciding argument, as Go 1.18+ does.
        if name == "and" || name == "or" {
            let count = args.len() + usize::from(piped.is_some());
            if count == 0 {
                return Err(self.err(cmd, format!("wrong number of args for {name}: want at least 1 got 0")));
            }
            let mut last = Value::Null;
            for arg in args {
                last = self.eval_operand(dot, cmd, arg)?;
                if truth(&last) == (name == "or") {
                    return Ok(last);
                }
            }
            return Ok(piped.unwrap_or(last));
        }
        let mut vals = Vec::with_capacity(args.len() + 1);
        for arg in args {
            vals.push(self.eval_operand(dot, cmd, arg)?);
        }
        vals.extend(piped);
        call_func(name, &vals).map_err(|e| self.err(cmd, e))
    }
}

// ---------------------------------------------------------------------------
// Functions

/// Largest padding `pad` and printf widths add, so a typo cannot exhaust memory.
const MAX_PAD: usize = 1 << 16;

fn want(name: &str, args: &[Value], n: usize) -> Result<(), String> {
    if args.len() == n {
        Ok(())
    } else {
        Err(format!("wrong number of args for {name}: want {n} got {}", args.len()))
    }
}

fn want_int(name: &str, v: &Value) -> Result<i64, String> {
    as_int(v)
        .and_then(|i| i64::try_from(i).ok())
        .ok_or_else(|| format!("error calling {name}: expected an integer; got {}", go_type(v)))
}

fn call_func(name: &str, args: &[Value]) -> Result<Value, String> {
    let s = |s: String| Ok(Value::String(s));
    match name {
        "not" => {
            want(name, args, 1)?;
            Ok(Value::Bool(!truth(&args[0])))
        }
        "len" => {
            want(name, args, 1)?;
            let n = match &args[0] {
                Value::String(t) => t.len(),
                Value::Array(a) => a.len(),
                Value::Object(m) => m.len(),
                Value::Null => 0,
                other => return Err(format!("error calling len: len of type {}", go_type(other))),
            };
            Ok(Value::from(n))
        }
        "index" => {
            let (first, keys) = args.split_first().ok_or("wrong number of args for index: want at least 1 got 0")?;
            let mut cur = first.clone();
            for key in keys {
                cur = index_one(&cur, key).map_err(|e| format!("error calling index: {e}"))?;
            }
            Ok(cur)
        }
        "slice" => {
            let (first, bounds) = args.split_first().ok_or("wrong number of args for slice: want at least 1 got 0")?;
            slice(first, bounds).map_err(|e| format!("error calling slice: {e}"))
        }
        "eq" => {
            let (first, rest) = args.split_first().ok_or("wrong number of args for eq: want at least 1 got 0")?;
            if rest.is_empty() {
                return Err("missing argument for comparison".into());
            }
            for other in rest {
                if equal(first, other).map_err(|e| format!("error calling eq: {e}"))? {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
        "ne" => {
            want(name, args, 2)?;
            Ok(Value::Bool(!equal(&args[0], &args[1]).map_err(|e| format!("error calling ne: {e}"))?))
        }
        "lt" | "le" | "gt" | "ge" => {
            want(name, args, 2)?;
            let ord = compare(&args[0], &args[1]).map_err(|e| format!("error calling {name}: {e}"))?;
            Ok(Value::Bool(match name {
                "lt" => ord == Ordering::Less,
                "le" => ord != Ordering::Greater,
                "gt" => ord == Ordering::Greater,
                _ => ord != Ordering::Less,
            }))
        }
        "print" => {
            let mut out = String::new();
            for (i, v) in args.iter().enumerate() {
                // Go's Sprint: a space between operands when neither is a string.
                if i > 0 && !args[i - 1].is_string() && !v.is_string() {
                    out.push(' ');
                }
                out.push_str(&display(v, false));
            }
            s(out)
        }
        "println" => {
            let parts: Vec<String> = args.iter().map(|v| display(v, false)).collect();
            s(parts.join(" ") + "\n")
        }
        "printf" => {
            let (f, rest) = args.split_first().ok_or("wrong number of args for printf: want at least 1 got 0")?;
            match f {
                Value::String(f) => s(sprintf(f, rest)),
                other => Err(format!("error calling printf: format must be a string, not {}", go_type(other))),
            }
        }
        "json" => {
            want(name, args, 1)?;
            serde_json::to_string(&args[0]).map(Value::String).map_err(|e| format!("error calling json: {e}"))
        }
        "upper" => {
            want(name, args, 1)?;
            s(text_of(&args[0]).to_uppercase())
        }
        "lower" => {
            want(name, args, 1)?;
            s(text_of(&args[0]).to_lowercase())
        }
        "title" => {
            want(name, args, 1)?;
            s(title(&text_of(&args[0])))
        }
        "join" => {
            want(name, args, 2)?;
            let sep = text_of(&args[1]);
            match &args[0] {
                Value::Array(a) => s(a.iter().map(text_of).collect::<Vec<_>>().join(&sep)),
                Value::Null => s(String::new()),
                other => s(text_of(other)),
            }
        }
        "split" => {
            want(name, args, 2)?;
            let text = text_of(&args[0]);
            let sep = text_of(&args[1]);
            let parts: Vec<Value> = if sep.is_empty() {
                text.chars().map(|c| Value::String(c.to_string())).collect()
            } else {
                text.split(sep.as_str()).map(|p| Value::String(p.to_string())).collect()
            };
            Ok(Value::Array(parts))
        }
        "truncate" => {
            want(name, args, 2)?;
            let n = want_int(name, &args[1])?;
            let text = text_of(&args[0]);
            s(text.chars().take(usize::try_from(n).unwrap_or(0)).collect())
        }
        "pad" => {
            want(name, args, 3)?;
            let text = text_of(&args[0]);
            if text.is_empty() {
                return s(text);
            }
            let before = usize::try_from(want_int(name, &args[1])?).unwrap_or(0).min(MAX_PAD);
            let after = usize::try_from(want_int(name, &args[2])?).unwrap_or(0).min(MAX_PAD);
            s(format!("{}{text}{}", " ".repeat(before), " ".repeat(after)))
        }
        "html" => s(args
            .iter()
            .map(text_of)
            .collect::<String>()
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&#34;")
            .replace('\'', "&#39;")),
        "js" => s(args
            .iter()
            .map(text_of)
            .collect::<String>()
            .chars()
            .map(|c| match c {
                '\\' | '\'' | '"' => format!("\\{c}"),
                '<' | '>' | '&' | '=' => format!("\\u{:04X}", c as u32),
                c if c.is_control() => format!("\\u{:04X}", c as u32),
                c => c.to_string(),
            })
            .collect()),
        "urlquery" => s(args
            .iter()
            .map(text_of)
            .collect::<String>()
            .bytes()
            .map(|b| match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => (b as char).to_string(),
                b' ' => "+".to_string(),
                _ => format!("%{b:02X}"),
            })
            .collect()),
        _ => Err(format!("function {name:?} not defined")),
    }
}

/// A value used as text by the string functions: a string as-is, null as "".
fn text_of(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        other => display(other, false),
    }
}

/// strings.Title: upper-case the first letter of every word, keep the rest.
fn title(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut prev: Option<char> = None;
    for c in s.chars() {
        if !matches!(prev, Some(p) if is_ident_char(p)) {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
        prev = Some(c);
    }
    out
}

fn index_one(v: &Value, key: &Value) -> Result<Value, String> {
    match v {
        Value::Array(a) => {
            let i = as_int(key).ok_or_else(|| format!("cannot index slice/array with type {}", go_type(key)))?;
            usize::try_from(i).ok().and_then(|i| a.get(i)).cloned().ok_or_else(|| format!("index out of range: {i}"))
        }
        Value::Object(m) => match key {
            Value::String(k) => Ok(m.get(k).cloned().unwrap_or(Value::Null)),
            other => Err(format!("value has type {}; should be string", go_type(other))),
        },
        Value::String(s) => {
            let i = as_int(key).ok_or_else(|| format!("cannot index string with type {}", go_type(key)))?;
            usize::try_from(i)
                .ok()
                .and_then(|i| s.as_bytes().get(i))
                .map(|b| Value::from(*b))
                .ok_or_else(|| format!("index out of range: {i}"))
        }
        Value::Null => Ok(Value::Null),
        other => Err(format!("can't index item of type {}", go_type(other))),
    }
}

fn slice(v: &Value, bounds: &[Value]) -> Result<Value, String> {
    if bounds.len() > 3 {
        return Err(format!("too many slice indexes: {}", bounds.len()));
    }
    let len = match v {
        Value::Array(a) => a.len(),
        Value::String(s) => {
            if bounds.len() == 3 {
                return Err("cannot 3-index slice a string".into());
            }
            s.len()
        }
        other => return Err(format!("can't slice item of type {}", go_type(other))),
    };
    let mut idx = Vec::new();
    for b in bounds {
        let i = as_int(b).ok_or_else(|| format!("cannot index slice/array with type {}", go_type(b)))?;
        let i = usize::try_from(i).ok().filter(|&i| i <= len).ok_or_else(|| format!("index out of range: {i}"))?;
        idx.push(i);
    }
    let lo = idx.first().copied().unwrap_or(0);
    let hi = idx.get(1).copied().unwrap_or(len);
    if lo > hi {
        return Err(format!("invalid slice index: {lo} > {hi}"));
    }
    match v {
        Value::Array(a) => Ok(Value::Array(a[lo..hi].to_vec())),
        Value::String(s) => s
            .get(lo..hi)
            .map(|p| Value::String(p.to_string()))
            .ok_or_else(|| format!("slice {lo}:{hi} splits a character")),
        other => Err(format!("can't slice item of type {}", go_type(other))),
    }
}

/// Go's truth: false, 0, null and empty strings, lists and objects are false.
fn truth(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_f64().is_some_and(|f| f != 0.0),
        Value::String(s) => !s.is_empty(),
        Value::Array(a) => !a.is_empty(),
        Value::Object(m) => !m.is_empty(),
    }
}

fn as_int(v: &Value) -> Option<i128> {
    let Value::Number(n) = v else { return None };
    if let Some(i) = n.as_i64() {
        return Some(i128::from(i));
    }
    if let Some(u) = n.as_u64() {
        return Some(i128::from(u));
    }
    n.as_f64().filter(|f| f.fract() == 0.0 && f.abs() < 1e36).map(|f| f as i128)
}

fn num_cmp(a: &Number, b: &Number) -> Option<Ordering> {
    match (as_int(&Value::Number(a.clone())), as_int(&Value::Number(b.clone()))) {
        (Some(x), Some(y)) if a.is_f64() == b.is_f64() || !(a.is_f64() || b.is_f64()) => Some(x.cmp(&y)),
        _ => a.as_f64()?.partial_cmp(&b.as_f64()?),
    }
}

fn equal(a: &Value, b: &Value) -> Result<bool, String> {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => Ok(num_cmp(x, y) == Some(Ordering::Equal)),
        (Value::String(x), Value::String(y)) => Ok(x == y),
        (Value::Bool(x), Value::Bool(y)) => Ok(x == y),
        (Value::Null, _) | (_, Value::Null) => Ok(a == b),
        (Value::Array(_) | Value::Object(_), _) | (_, Value::Array(_) | Value::Object(_)) => {
            Err(format!("non-comparable types {} and {}", go_type(a), go_type(b)))
        }
        _ => Err(format!("incompatible types for comparison: {} and {}", go_type(a), go_type(b))),
    }
}

fn compare(a: &Value, b: &Value) -> Result<Ordering, String> {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => {
            num_cmp(x, y).ok_or_else(|| "invalid number for comparison".to_string())
        }
        (Value::String(x), Value::String(y)) => Ok(x.cmp(y)),
        (Value::Number(_), Value::String(_)) | (Value::String(_), Value::Number(_)) => {
            Err(format!("incompatible types for comparison: {} and {}", go_type(a), go_type(b)))
        }
        _ => Err(format!("invalid type for comparison: {} and {}", go_type(a), go_type(b))),
    }
}

/// The Go type docker's value would have, for error messages and `%T`.
fn go_type(v: &Value) -> &'static str {
    match v {
        Value::Null => "<nil>",
        Value::Bool(_) => "bool",
        Value::Number(n) if n.is_f64() => "float64",
        Value::Number(_) => "int",
        Value::String(_) => "string",
        Value::Array(_) => "[]interface {}",
        Value::Object(_) => "map[string]interface {}",
    }
}

fn sorted_entries(m: &Map<String, Value>) -> Vec<(&String, &Value)> {
    let mut entries: Vec<_> = m.iter().collect();
    entries.sort_by(|a, b| a.0.cmp(b.0));
    entries
}

/// Go's `%v`. `top` is true for the value of an action itself, where Go
/// prints a missing value as `<no value>`; inside lists and maps, and in
/// `print`, a nil prints as `<nil>`.
fn display(v: &Value, top: bool) -> String {
    match v {
        Value::Null if top => "<no value>".into(),
        Value::Null => "<nil>".into(),
        Value::Bool(b) => b.to_string(),
        Value::String(s) => s.clone(),
        Value::Number(n) => go_number(n),
        Value::Array(a) => format!("[{}]", a.iter().map(|e| display(e, false)).collect::<Vec<_>>().join(" ")),
        Value::Object(m) => {
            let parts: Vec<String> =
                sorted_entries(m).into_iter().map(|(k, v)| format!("{k}:{}", display(v, false))).collect();
            format!("map[{}]", parts.join(" "))
        }
    }
}

fn go_number(n: &Number) -> String {
    if n.is_f64() {
        n.as_f64().map(go_float).unwrap_or_else(|| n.to_string())
    } else {
        n.to_string()
    }
}

/// Shortest decimal digits of `f` and its decimal exponent: 1234.5 → ("12345", 3).
fn float_digits(f: f64) -> (String, i32) {
    let e = format!("{:e}", f.abs());
    let (mantissa, exp) = e.split_once('e').unwrap_or((&e, "0"));
    (mantissa.replace('.', ""), exp.parse().unwrap_or(0))
}

/// Go's `%v` for a float64 (strconv 'g' with the shortest precision): plain
/// decimals for exponents in [-4, 6), else `1e+06`, as `fmt.Println(1e6)`.
fn go_float(f: f64) -> String {
    if f.is_nan() {
        return "NaN".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "+Inf".into() } else { "-Inf".into() };
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return format!("{sign}0");
    }
    let (digits, exp) = float_digits(f);
    format!("{sign}{}", place_digits(&digits, exp, 6))
}

/// Lays out significant `digits` with decimal exponent `exp` as Go's %g does:
/// exponent form when `exp < -4 || exp >= eprec`.
fn place_digits(digits: &str, exp: i32, eprec: i32) -> String {
    if exp < -4 || exp >= eprec {
        let (first, rest) = digits.split_at(1.min(digits.len()));
        let frac = if rest.is_empty() { String::new() } else { format!(".{rest}") };
        let esign = if exp < 0 { '-' } else { '+' };
        return format!("{first}{frac}e{esign}{:02}", exp.abs());
    }
    if exp < 0 {
        return format!("0.{}{digits}", "0".repeat((-exp - 1) as usize));
    }
    let int_len = (exp + 1) as usize;
    if digits.len() <= int_len {
        format!("{digits}{}", "0".repeat(int_len - digits.len()))
    } else {
        format!("{}.{}", &digits[..int_len], &digits[int_len..])
    }
}

/// strconv.Quote: a double-quoted Go string literal.
fn go_quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\u{7}' => out.push_str("\\a"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\u{b}' => out.push_str("\\v"),
            c if (c as u32) < 0x80 && c.is_control() => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if c.is_control() => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[derive(Default)]
struct Spec {
    minus: bool,
    plus: bool,
    sharp: bool,
    space: bool,
    zero: bool,
    width: Option<usize>,
    prec: Option<usize>,
}

/// Go's fmt.Sprintf for the verbs scripts use: %v %s %d %q %t %x %X %o %b
/// %c %e %f %g %T %%, with flags, widths and precisions.
fn sprintf(format: &str, args: &[Value]) -> String {
    let mut out = String::new();
    let mut next_arg = 0;
    let mut chars = format.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let mut spec = Spec::default();
        while let Some(&f) = chars.peek() {
            match f {
                '-' => spec.minus = true,
                '+' => spec.plus = true,
                '#' => spec.sharp = true,
                ' ' => spec.space = true,
                '0' => spec.zero = true,
                _ => break,
            }
            chars.next();
        }
        let mut star = |chars: &mut std::iter::Peekable<std::str::Chars>| -> Option<usize> {
            if chars.peek() == Some(&'*') {
                chars.next();
                let v = args.get(next_arg).and_then(as_int);
                next_arg += 1;
                return v.and_then(|v| usize::try_from(v).ok()).map(|v| v.min(MAX_PAD));
            }
            let mut n: Option<usize> = None;
            while let Some(d) = chars.peek().and_then(|c| c.to_digit(10)) {
                n = Some(n.unwrap_or(0).saturating_mul(10).saturating_add(d as usize).min(MAX_PAD));
                chars.next();
            }
            n
        };
        spec.width = star(&mut chars);
        if chars.peek() == Some(&'.') {
            chars.next();
            spec.prec = Some(star(&mut chars).unwrap_or(0));
        }
        let Some(verb) = chars.next() else {
            out.push_str("%!(NOVERB)");
            break;
        };
        if verb == '%' {
            out.push('%');
            continue;
        }
        match args.get(next_arg) {
            Some(arg) => out.push_str(&format_arg(&spec, verb, arg)),
            None => out.push_str(&format!("%!{verb}(MISSING)")),
        }
        next_arg += 1;
    }
    if next_arg < args.len() {
        let extra: Vec<String> =
            args[next_arg..].iter().map(|a| format!("{}={}", go_type(a), display(a, false))).collect();
        out.push_str(&format!("%!(EXTRA {})", extra.join(", ")));
    }
    out
}

fn format_arg(spec: &Spec, verb: char, arg: &Value) -> String {
    let bad = || match arg {
        Value::Null => format!("%!{verb}(<nil>)"),
        _ => format!("%!{verb}({}={})", go_type(arg), display(arg, false)),
    };
    let signed = |neg: bool, digits: String| -> (String, bool) {
        let sign = if neg {
            "-"
        } else if spec.plus {
            "+"
        } else if spec.space {
            " "
        } else {
            ""
        };
        (format!("{sign}{digits}"), true)
    };
    let int = as_int(arg).filter(|_| arg.is_number());
    let (body, numeric) = match verb {
        'v' => match arg {
            Value::Number(_) => match int.filter(|_| !arg.is_f64()) {
                Some(i) => signed(i < 0, i.unsigned_abs().to_string()),
                None => {
                    let f = arg.as_f64().unwrap_or(0.0);
                    let s = go_float(f.abs());
                    signed(f.is_sign_negative(), s)
                }
            },
            other => (display(other, false), false),
        },
        's' => {
            let s = display(arg, false);
            (
                match spec.prec {
                    Some(p) => s.chars().take(p).collect(),
                    None => s,
                },
                false,
            )
        }
        'q' => match (arg, int) {
            (Value::Number(_), Some(i)) => match u32::try_from(i).ok().and_then(char::from_u32) {
                Some(c) => (format!("'{}'", go_quote(&c.to_string()).trim_matches('"')), false),
                None => (bad(), false),
            },
            // Go applies the verb to each element: ["a" "b"].
            (Value::Array(a), _) => {
                let parts: Vec<String> = a.iter().map(|e| format_arg(&Spec::default(), 'q', e)).collect();
                (format!("[{}]", parts.join(" ")), false)
            }
            _ => (go_quote(&display(arg, false)), false),
        },
        'd' => match int {
            Some(i) => signed(i < 0, i.unsigned_abs().to_string()),
            None => (bad(), false),
        },
        't' => match arg {
            Value::Bool(b) => (b.to_string(), false),
            _ => (bad(), false),
        },
        'x' | 'X' | 'o' | 'O' | 'b' => match (arg, int) {
            (Value::Number(_), Some(i)) => {
                let a = i.unsigned_abs();
                let digits = match verb {
                    'x' => format!("{}{a:x}", if spec.sharp { "0x" } else { "" }),
                    'X' => format!("{}{a:X}", if spec.sharp { "0X" } else { "" }),
                    'o' => format!("{}{a:o}", if spec.sharp { "0" } else { "" }),
                    'O' => format!("0o{a:o}"),
                    _ => format!("{a:b}"),
                };
                signed(i < 0, digits)
            }
            (Value::String(s), _) if verb == 'x' || verb == 'X' => {
                let hex: String =
                    s.bytes().map(|b| if verb == 'x' { format!("{b:02x}") } else { format!("{b:02X}") }).collect();
                (hex, false)
            }
            _ => (bad(), false),
        },
        'c' => match int.and_then(|i| u32::try_from(i).ok()).and_then(char::from_u32) {
            Some(c) => (c.to_string(), false),
            None => (bad(), false),
        },
        'U' => match int {
            Some(i) if i >= 0 => (format!("U+{i:04X}"), false),
            _ => (bad(), false),
        },
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => match arg.as_f64() {
            Some(f) => {
                let a = f.abs();
                let s = match verb {
                    'f' | 'F' => format!("{a:.*}", spec.prec.unwrap_or(6)),
                    'e' | 'E' => {
                        let s = format!("{a:.*e}", spec.prec.unwrap_or(6));
                        let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
                        let e: i32 = e.parse().unwrap_or(0);
                        format!("{m}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs())
                    }
                    _ => match spec.prec {
                        None => go_float(a),
                        Some(p) => {
                            let p = p.max(1);
                            let (digits, exp) = float_digits(format!("{a:.*e}", p - 1).parse().unwrap_or(a));
                            place_digits(digits.trim_end_matches('0'), exp, p as i32)
                        }
                    },
                };
                let s = if verb.is_ascii_uppercase() { s.to_uppercase() } else { s };
                signed(f.is_sign_negative() && f != 0.0, s)
            }
            None => (bad(), false),
        },
        'T' => (go_type(arg).to_string(), false),
        _ => (bad(), false),
    };
    pad(body, spec, numeric)
}

/// Applies a printf width: spaces on the left (or right with `-`), or zeros
/// after the sign for numbers with the `0` flag. Widths count characters.
fn pad(body: String, spec: &Spec, numeric: bool) -> String {
    let Some(width) = spec.width else { return body };
    let len = body.chars().count();
    if len >= width {
        return body;
    }
    let fill = width - len;
    if spec.minus {
        format!("{body}{}", " ".repeat(fill))
    } else if spec.zero && numeric {
        let sign_len = usize::from(body.starts_with(['-', '+', ' ']));
        format!("{}{}{}", &body[..sign_len], "0".repeat(fill), &body[sign_len..])
    } else {
        format!("{}{body}", " ".repeat(fill))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn render(src: &str, data: &Value) -> String {
        match Template::parse(src) {
            Ok(t) => t.render(data).unwrap_or_else(|e| panic!("render {src:?}: {e}")),
            Err(e) => panic!("parse {src:?}: {e}"),
        }
    }

    fn parse_err(src: &str) -> String {
        match Template::parse(src) {
            Ok(t) => panic!("{src:?} parsed: {t:?}"),
            Err(e) => e.to_string(),
        }
    }

    fn exec_err(src: &str, data: &Value) -> String {
        match Template::parse(src).map(|t| t.render(data)) {
            Ok(Ok(s)) => panic!("{src:?} rendered {s:?}"),
            Ok(Err(e)) => e.to_string(),
            Err(e) => panic!("parse {src:?}: {e}"),
        }
    }

    fn inspect() -> Value {
        json!({
            "Id": "sha256:abc",
            "RepoTags": ["busybox:latest", "busybox:1.36"],
            "Size": 4261550,
            "Config": {
                "Cmd": ["sh", "-c", "x"],
                "Env": ["PATH=/usr/bin", "A=b c"],
                "Labels": {"a.b": "dotted", "foo": "bar", "Zed": "z"},
                "Entrypoint": null,
            },
            "State": {"Status": "running", "Pid": 42},
            "Name": "web",
            "Ratio": 0.5,
        })
    }

    #[test]
    fn docker_examples() {
        let d = inspect();
        assert_eq!(render("{{.Config.Cmd}}", &d), "[sh -c x]");
        assert_eq!(render("{{json .Config.Env}}", &d), r#"["PATH=/usr/bin","A=b c"]"#);
        assert_eq!(render("{{range .RepoTags}}{{.}} {{end}}", &d), "busybox:latest busybox:1.36 ");
        assert_eq!(render(r#"{{index .Config.Labels "a.b"}}"#, &d), "dotted");
        assert_eq!(render(r#"{{if eq .State.Status "running"}}up{{else}}down{{end}}"#, &d), "up");
        assert_eq!(render(r#"{{if eq .State.Status "exited"}}up{{else}}down{{end}}"#, &d), "down");
        assert_eq!(render(r#"{{printf "%-8s|" .Name}}"#, &d), "web     |");
    }

    #[test]
    fn text_and_fields() {
        let d = inspect();
        assert_eq!(render("plain text", &d), "plain text");
        assert_eq!(render("", &d), "");
        assert_eq!(render("id={{.Id}} size={{.Size}}", &d), "id=sha256:abc size=4261550");
        assert_eq!(render("{{.Config.Labels.foo}}", &d), "bar");
        assert_eq!(render("{{.Missing}}", &d), "<no value>");
        assert_eq!(render("{{.Missing.Deeper}}", &d), "<no value>");
        assert_eq!(render("{{.Config.Entrypoint}}", &d), "<no value>");
        assert_eq!(render("{{.Ratio}}", &d), "0.5");
        assert_eq!(render("{{.State}}", &d), "map[Pid:42 Status:running]");
        assert_eq!(render("{{.Config.Labels}}", &d), "map[Zed:z a.b:dotted foo:bar]");
        assert_eq!(render("{{.}}", &json!("just a string")), "just a string");
        assert_eq!(render("{{.}}", &json!([1, [true, null], {}])), "[1 [true <nil>] map[]]");
    }

    #[test]
    fn trimming_and_comments() {
        let d = json!({"A": "a", "B": "b"});
        assert_eq!(render("x  {{- .A -}}  \n y", &d), "xay");
        assert_eq!(render("{{.A}} {{- .B}}", &d), "ab");
        assert_eq!(render("{{.A -}}\n\t{{.B}}", &d), "ab");
        assert_eq!(render("{{-3}}", &d), "-3");
        assert_eq!(render("a{{/* note */}}b", &d), "ab");
        assert_eq!(render("a {{- /* note */ -}} b", &d), "ab");
    }

    #[test]
    fn variables() {
        let d = inspect();
        assert_eq!(render("{{$n := .Name}}{{$n}}-{{$n}}", &d), "web-web");
        assert_eq!(render("{{range .RepoTags}}{{$.Name}}:{{.}};{{end}}", &d), "web:busybox:latest;web:busybox:1.36;");
        assert_eq!(render("{{range $i, $e := .Config.Cmd}}{{$i}}={{$e}} {{end}}", &d), "0=sh 1=-c 2=x ");
        assert_eq!(render("{{range $e := .Config.Cmd}}{{$e}}{{end}}", &d), "sh-cx");
        assert_eq!(render("{{$x := 1}}{{if true}}{{$x = 2}}{{end}}{{$x}}", &d), "2");
        assert_eq!(render("{{with $s := .State}}{{$s.Pid}}{{end}}", &d), "42");
        assert_eq!(render("{{$.Config.Labels.foo}}", &d), "bar");
    }

    #[test]
    fn control_structures() {
        let d = inspect();
        assert_eq!(render("{{if .Missing}}a{{else if .Name}}b{{else}}c{{end}}", &d), "b");
        assert_eq!(render("{{if .Missing}}a{{else if .Nope}}b{{else}}c{{end}}", &d), "c");
        assert_eq!(render("{{range .Config.Entrypoint}}x{{else}}none{{end}}", &d), "none");
        assert_eq!(render("{{range .Empty}}x{{else}}none{{end}}", &json!({"Empty": []})), "none");
        // Objects iterate in sorted key order, as Go ranges over maps.
        assert_eq!(render("{{range $k, $v := .Config.Labels}}{{$k}}={{$v}},{{end}}", &d), "Zed=z,a.b=dotted,foo=bar,");
        assert_eq!(render("{{with .State}}{{.Status}}{{end}}", &d), "running");
        assert_eq!(render("{{with .Missing}}yes{{else}}no{{end}}", &d), "no");
        assert_eq!(render("{{range .Config.Cmd}}{{if eq . \"-c\"}}{{break}}{{end}}{{.}}{{end}}", &d), "sh");
        assert_eq!(render("{{range .Config.Cmd}}{{if eq . \"-c\"}}{{continue}}{{end}}{{.}}{{end}}", &d), "shx");
        assert_eq!(render("{{range 3}}{{.}}{{end}}", &d), "012");
    }

    #[test]
    fn literals_and_pipelines() {
        let d = inspect();
        assert_eq!(render(r#"{{"a\tb\n"}}"#, &d), "a\tb\n");
        assert_eq!(render(r#"{{`raw\t`}}"#, &d), "raw\\t");
        assert_eq!(render("{{1}} {{-2}} {{1.5}} {{0x1F}} {{1e6}} {{true}} {{'a'}}", &d), "1 -2 1.5 31 1e+06 true 97");
        assert_eq!(render("{{.Name | upper}}", &d), "WEB");
        assert_eq!(render(r#"{{.Name | printf "%s!"}}"#, &d), "web!");
        assert_eq!(render("{{(index .Config.Cmd 1) | len}}", &d), "2");
        assert_eq!(render("{{(.State).Status}}", &d), "running");
        assert_eq!(render("{{len (print .Name .Name)}}", &d), "6");
    }

    #[test]
    fn functions() {
        let d = inspect();
        assert_eq!(render("{{len .RepoTags}} {{len .Config.Labels}} {{len .Name}}", &d), "2 3 3");
        assert_eq!(render("{{index .Config.Cmd 2}}", &d), "x");
        assert_eq!(render(r#"{{index . "Config" "Labels" "foo"}}"#, &d), "bar");
        assert_eq!(
            render(
                "{{eq .Size 4261550}} {{ne .Name \"web\"}} {{lt 1 2}} {{le 2 2}} {{gt 1.5 2}} {{ge \"b\" \"a\"}}",
                &d
            ),
            "true false true true false true"
        );
        assert_eq!(render(r#"{{eq .Name "x" "y" "web"}}"#, &d), "true");
        assert_eq!(
            render("{{and 1 0 2}} {{and 1 2}} {{or 0 \"\" .Name}} {{or 0 false}} {{not .Missing}}", &d),
            "0 2 web false true"
        );
        assert_eq!(render("{{and .Missing .Missing.X.Y}}", &json!({"Missing": null})), "<no value>");
        assert_eq!(render(r#"{{print "a" "b" 1 2 "c"}}"#, &d), "ab1 2c");
        assert_eq!(render(r#"{{println "a" 1}}"#, &d), "a 1\n");
        assert_eq!(render("{{lower \"ABC\"}} {{title \"hello wide-world\"}}", &d), "abc Hello Wide-World");
        assert_eq!(render(r#"{{join .Config.Cmd ","}}"#, &d), "sh,-c,x");
        assert_eq!(render(r#"{{split "a:b:c" ":"}}"#, &d), "[a b c]");
        assert_eq!(render(r#"{{index (split .Id ":") 1}}"#, &d), "abc");
        assert_eq!(render(r#"{{truncate .Id 6}} {{truncate "ab" 6}}"#, &d), "sha256 ab");
        assert_eq!(render(r#"[{{pad .Name 2 1}}] [{{pad "" 2 1}}]"#, &d), "[  web ] []");
        assert_eq!(render("{{slice .Config.Cmd 1}} {{slice .Name 0 2}}", &d), "[-c x] we");
        assert_eq!(
            render("{{json .State}} {{json .Missing}} {{json .Name}}", &d),
            r#"{"Status":"running","Pid":42} null "web""#
        );
    }

    #[test]
    fn printf_verbs() {
        let d = inspect();
        assert_eq!(
            render(r#"{{printf "%s %d %v %q %t" .Name .Size .Config.Cmd .Name true}}"#, &d),
            r#"web 4261550 [sh -c x] "web" true"#
        );
        assert_eq!(
            render(r#"{{printf "%x %X %05d %+d %8.2f|%-4d|" 255 255 42 7 3.14159 5}}"#, &d),
            "ff FF 00042 +7     3.14|5   |"
        );
        assert_eq!(render(r#"{{printf "%10s|%.2s|%%|%e" "ab" "xyz" 1234.5}}"#, &d), "        ab|xy|%|1.234500e+03");
        assert_eq!(render(r#"{{printf "%d %s" 1}}"#, &d), "1 %!s(MISSING)");
        assert_eq!(render(r#"{{printf "%d" "x" }}"#, &d), "%!d(string=x)");
        assert_eq!(render(r#"{{printf "%q" .Config.Cmd}}"#, &d), r#"["sh" "-c" "x"]"#);
        assert_eq!(render(r#"{{printf "%s" 1 2}}"#, &d), "1%!(EXTRA int=2)");
        assert_eq!(render(r#"{{printf "%v %v" .Ratio 123456789.0}}"#, &d), "0.5 1.23456789e+08");
    }

    #[test]
    fn go_float_formatting() {
        assert_eq!(go_float(1.0), "1");
        assert_eq!(go_float(0.0001), "0.0001");
        assert_eq!(go_float(0.00001), "1e-05");
        assert_eq!(go_float(123456.0), "123456");
        assert_eq!(go_float(1e6), "1e+06");
        assert_eq!(go_float(-2.5), "-2.5");
        assert_eq!(go_float(1e21), "1e+21");
    }

    #[test]
    fn fields_lists_top_level_names() {
        let t = Template::parse("table {{.ID}}\t{{.Size | upper}}\t{{range .Names}}{{.Inner}}{{end}}{{if .Cond}}{{.InIf}}{{end}}{{$.ID}}{{$.Root}}").unwrap();
        assert_eq!(t.fields(), vec!["ID", "Size", "Names", "Cond", "InIf", "Root"]);
    }

    #[test]
    fn parse_errors() {
        assert_eq!(parse_err("{{.Name"), "template: unclosed action at column 1");
        assert_eq!(parse_err("abc {{.Name}"), r#"template: unexpected "}" in operand at column 12"#);
        assert_eq!(parse_err("{{nosuch .}}"), r#"template: function "nosuch" not defined at column 3"#);
        assert_eq!(parse_err("{{$x}}"), r#"template: undefined variable "$x" at column 3"#);
        assert!(parse_err("{{if .A}}x").contains("{{if}} has no matching {{end}}"));
        assert!(parse_err("x{{end}}").contains("unexpected {{end}} at column 2"));
        assert!(parse_err("{{else}}").contains("unexpected {{else}}"));
        assert!(parse_err("{{}}").contains("missing value for command"));
        assert!(parse_err("{{if}}x{{end}}").contains("missing value for if at column 5"));
        assert!(parse_err("{{\"abc}}").contains("unterminated quoted string"));
        assert!(parse_err("{{.A | \"x\"}}").contains("non executable command in pipeline stage 2"));
        assert!(parse_err("{{(.A}}").contains("unclosed left paren"));
        assert!(parse_err("{{break}}").contains("outside {{range}}"));
        assert!(parse_err("{{3x}}").contains("bad number syntax"));
        assert!(
            parse_err(&format!("{{{{{}.A{}}}}}", "(".repeat(500), ")".repeat(500))).contains("nested more than 100")
        );
        assert!(parse_err(&"{{if 1}}".repeat(500)).contains("nested more than 100"));
        assert!(parse_err("line one\n{{.A }\n").contains("at line 2, column 6"), "{}", parse_err("line one\n{{.A }\n"));
    }

    #[test]
    fn exec_errors() {
        let d = inspect();
        assert_eq!(
            exec_err("{{.Name.First}}", &d),
            "template: executing <.Name.First> at column 3: can't evaluate field First in type string"
        );
        assert!(exec_err("{{index .Config.Cmd 9}}", &d).contains("error calling index: index out of range: 9"));
        assert!(exec_err("{{len 3}}", &d).contains("len of type int"));
        assert!(exec_err("{{lt .Name 3}}", &d).contains("incompatible types for comparison"));
        assert!(exec_err("{{.Name 3}}", &d).contains("can't give argument to non-function"));
        assert!(exec_err("{{range .Name}}{{end}}", &d).contains("range can't iterate over web"));
        assert!(exec_err("{{not}}", &d).contains("wrong number of args for not: want 1 got 0"));
    }
}
