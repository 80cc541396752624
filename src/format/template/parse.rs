//! Parsing: tokens → a tree of `Node`s, checking what Go checks at parse
//! time (known functions, declared variables, balanced `{{end}}`s).

use serde_json::Value;
use super::{Position, TemplateError};
use super::lex::{Tok, Token, is_space};

#[derive(Debug, Clone)]
pub(super) enum Node {
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
pub(super) enum BlockKind {
    If,
    Range,
    With,
}

impl BlockKind {
    pub(super) fn name(self) -> &'static str {
        match self {
            BlockKind::If => "if",
            BlockKind::Range => "range",
            BlockKind::With => "with",
        }
    }
}

#[derive(Debug, Clone)]
pub(super) struct Pipeline {
    /// Variables declared (`:=`) or assigned (`=`) by this pipeline.
    pub(super) decl: Vec<String>,
    pub(super) assign: bool,
    pub(super) cmds: Vec<Command>,
}

#[derive(Debug, Clone)]
pub(super) struct Command {
    /// Byte range of the command in the source, for error messages.
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) args: Vec<Operand>,
}

#[derive(Debug, Clone)]
pub(super) enum Operand {
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
pub(super) enum Term {
    Eof,
    End(usize),
    Else(usize),
}

/// Functions known to the parser; an unknown name is a parse error, as in Go.
pub(super) const FUNCS: &[&str] = &[
    "and", "or", "not", "len", "index", "slice", "eq", "ne", "lt", "le", "gt", "ge", "print", "printf", "println",
    "json", "upper", "lower", "title", "join", "split", "truncate", "pad", "html", "urlquery", "js",
];

pub(super) struct Parser<'a> {
    pub(super) src: &'a str,
    pub(super) tokens: Vec<Token>,
    pub(super) i: usize,
    /// Variables in scope, for Go's "undefined variable" check.
    pub(super) vars: Vec<String>,
    pub(super) range_depth: usize,
    /// Nesting of blocks and parentheses, bounded so that a pathological
    /// template is an error rather than a stack overflow.
    pub(super) depth: usize,
}

/// Deepest nesting of `{{if}}`/`{{range}}`/`{{with}}` blocks and parentheses.
pub(super) const MAX_DEPTH: usize = 100;

pub(super) fn describe(tok: &Tok) -> String {
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
    pub(super) fn err(&self, pos: usize, message: impl Into<String>) -> TemplateError {
        TemplateError::Parse { message: message.into(), at: Position::of(self.src, pos) }
    }

    pub(super) fn peek(&self) -> &Token {
        // The lexer always ends with Eof or Error, and the parser never moves past either.
        &self.tokens[self.i.min(self.tokens.len() - 1)]
    }

    pub(super) fn peek_at(&self, n: usize) -> &Tok {
        &self.tokens[(self.i + n).min(self.tokens.len() - 1)].tok
    }

    pub(super) fn next(&mut self) -> Token {
        let t = self.peek().clone();
        if !matches!(t.tok, Tok::Eof | Tok::Error(_)) {
            self.i += 1;
        }
        t
    }

    /// An error for an unexpected token; a lexer error is reported as itself.
    pub(super) fn unexpected(&self, t: &Token, context: &str) -> TemplateError {
        match &t.tok {
            Tok::Error(e) => self.err(t.pos, e.clone()),
            other => self.err(t.pos, format!("unexpected {} in {context}", describe(other))),
        }
    }

    pub(super) fn expect_close(&mut self, context: &str) -> Result<(), TemplateError> {
        let t = self.next();
        match t.tok {
            Tok::Close => Ok(()),
            _ => Err(self.unexpected(&t, context)),
        }
    }

    pub(super) fn parse_list(&mut self) -> Result<(Vec<Node>, Term), TemplateError> {
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

    pub(super) fn parse_block(&mut self, kind: BlockKind, start: usize) -> Result<Node, TemplateError> {
        self.enter(start)?;
        let node = self.parse_block_inner(kind, start);
        self.depth -= 1;
        node
    }

    pub(super) fn enter(&mut self, pos: usize) -> Result<(), TemplateError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            self.depth -= 1;
            return Err(self.err(pos, format!("template is nested more than {MAX_DEPTH} levels deep")));
        }
        Ok(())
    }

    pub(super) fn parse_block_inner(&mut self, kind: BlockKind, start: usize) -> Result<Node, TemplateError> {
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
    pub(super) fn parse_pipeline(&mut self, context: &str, allow_two: bool) -> Result<Pipeline, TemplateError> {
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

    pub(super) fn parse_command(&mut self) -> Result<Command, TemplateError> {
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
    pub(super) fn parse_chain(&mut self) -> Vec<String> {
        let mut chain = Vec::new();
        while let Token { tok: Tok::Field(f), spaced: false, .. } = self.peek() {
            chain.push(f.clone());
            self.next();
        }
        chain
    }

    pub(super) fn parse_operand(&mut self) -> Result<Operand, TemplateError> {
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

pub(super) fn collect_nodes(nodes: &[Node], dot_is_root: bool, out: &mut Vec<String>) {
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

pub(super) fn collect_pipe(pipe: &Pipeline, dot_is_root: bool, out: &mut Vec<String>) {
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
