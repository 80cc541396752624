//! Execution: walks the `Node` tree against the JSON data (dot, variables,
//! `range`/`with`/`if` scopes, pipelines).

use serde_json::Value;
use super::{Position, TemplateError};
use super::parse::{Node, BlockKind, Pipeline, Command, Operand};
use super::funcs::{call_func, truth};
use super::value::{go_type, sorted_entries, display};

pub(super) struct Exec<'a> {
    pub(super) src: &'a str,
    pub(super) vars: Vec<(String, Value)>,
    pub(super) out: String,
}

/// How a list of nodes finished: normally, or at `{{break}}`/`{{continue}}`.
#[derive(PartialEq)]
pub(super) enum Flow {
    Normal,
    Break,
    Continue,
}

impl Exec<'_> {
    pub(super) fn err(&self, cmd: &Command, message: impl Into<String>) -> TemplateError {
        let context = self.src.get(cmd.start..cmd.end).unwrap_or("").to_string();
        TemplateError::Exec { message: message.into(), context, at: Position::of(self.src, cmd.start) }
    }

    pub(super) fn walk(&mut self, dot: &Value, nodes: &[Node]) -> Result<Flow, TemplateError> {
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

    pub(super) fn range(
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

    pub(super) fn bind(&mut self, name: &str, value: Value, assign: bool) {
        if assign {
            if let Some(slot) = self.vars.iter_mut().rev().find(|(n, _)| n == name) {
                slot.1 = value;
                return;
            }
        }
        self.vars.push((name.to_string(), value));
    }

    /// Evaluates a pipeline and performs its declaration or assignment.
    pub(super) fn eval_pipeline(&mut self, dot: &Value, pipe: &Pipeline) -> Result<Value, TemplateError> {
        let v = self.eval_pipeline_value(dot, pipe)?;
        if let Some(name) = pipe.decl.first() {
            self.bind(name, v.clone(), pipe.assign);
        }
        Ok(v)
    }

    pub(super) fn eval_pipeline_value(&mut self, dot: &Value, pipe: &Pipeline) -> Result<Value, TemplateError> {
        let mut last: Option<Value> = None;
        for cmd in &pipe.cmds {
            last = Some(self.eval_command(dot, cmd, last)?);
        }
        Ok(last.unwrap_or(Value::Null))
    }

    pub(super) fn eval_command(&mut self, dot: &Value, cmd: &Command, piped: Option<Value>) -> Result<Value, TemplateError> {
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

    pub(super) fn eval_operand(&mut self, dot: &Value, cmd: &Command, op: &Operand) -> Result<Value, TemplateError> {
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
    pub(super) fn fields(&self, cmd: &Command, v: &Value, chain: &[String]) -> Result<Value, TemplateError> {
        let mut cur = v;
        for name in chain {
            cur = match cur {
                Value::Object(m) => match m.get(name).or_else(|| go_field(m, name)) {
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

    pub(super) fn call(
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

/// podman's templates name Go struct fields (`.Name`, `.NetworkInterface`)
/// where its JSON says `name`, `network_interface`: when `.Field` is not a
/// key, the key that is the same word, ignoring case and underscores.
fn go_field<'a>(m: &'a serde_json::Map<String, Value>, name: &str) -> Option<&'a Value> {
    if !name.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let norm = |s: &str| s.chars().filter(|c| *c != '_').flat_map(char::to_lowercase).collect::<String>();
    let want = norm(name);
    m.iter().find(|(k, _)| norm(k) == want).map(|(_, v)| v)
}
