//! The Dockerfile lexer and instruction model.
//!
//! Handles what docker's parser does before any instruction runs: the
//! `# escape=` and `# syntax=` parser directives (only at the very top),
//! comments, line continuations (comment and blank lines inside a
//! continuation are dropped, as docker does), heredocs (`RUN <<EOF`,
//! `COPY <<EOF /dest`), `--flag=value` options of FROM/RUN/COPY/ADD/
//! HEALTHCHECK, and the JSON (exec) form versus the shell form. Variable
//! substitution happens later, in the builder, because its values depend on
//! the stage's ENV and ARG state at that point.

use std::fmt;

/// A Dockerfile error that points at its line, printed as
/// `Dockerfile:3: unknown instruction: FOO`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub file: String,
    pub line: usize,
    pub message: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

impl std::error::Error for ParseError {}

/// Every instruction docker knows.
pub const KEYWORDS: &[&str] = &[
    "ADD",
    "ARG",
    "CMD",
    "COPY",
    "ENTRYPOINT",
    "ENV",
    "EXPOSE",
    "FROM",
    "HEALTHCHECK",
    "LABEL",
    "MAINTAINER",
    "ONBUILD",
    "RUN",
    "SHELL",
    "STOPSIGNAL",
    "USER",
    "VOLUME",
    "WORKDIR",
];

/// Instructions whose leading `--name=value` words are options.
const FLAGGED: &[&str] = &["FROM", "RUN", "COPY", "ADD", "HEALTHCHECK"];
/// Instructions that may be written as a JSON array.
const JSON_CAPABLE: &[&str] = &["RUN", "CMD", "ENTRYPOINT", "COPY", "ADD", "SHELL", "VOLUME"];

/// The argument part of an instruction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Args {
    /// `["a", "b"]`: used as is (no shell, no substitution for RUN/CMD/ENTRYPOINT).
    Exec(Vec<String>),
    /// Everything after the keyword and flags, continuations joined.
    Shell(String),
}

/// One `<<NAME` document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heredoc {
    pub name: String,
    /// The body, with a trailing newline (as the shell gives it).
    pub content: String,
    /// `<<"EOF"` / `<<'EOF'`: no variable expansion in the body.
    pub quoted: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Instruction {
    /// 1-based line of the keyword.
    pub line: usize,
    /// Upper-case keyword.
    pub keyword: String,
    /// `--name=value` options (value None for a bare `--name`).
    pub flags: Vec<(String, Option<String>)>,
    pub args: Args,
    pub heredocs: Vec<Heredoc>,
    /// The instruction text as written (continuations joined), for messages.
    pub original: String,
}

impl Instruction {
    pub fn flag(&self, name: &str) -> Option<&str> {
        self.flags
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_deref().unwrap_or("true"))
    }

    /// The raw argument text (shell form), or the JSON array re-encoded.
    pub fn raw_args(&self) -> String {
        match &self.args {
            Args::Shell(s) => s.clone(),
            Args::Exec(v) => serde_json::to_string(v).unwrap_or_default(),
        }
    }
}

/// A parsed Dockerfile.
#[derive(Debug, Clone)]
pub struct Dockerfile {
    pub escape: char,
    /// `# syntax=` (recorded; dhow has a single built-in frontend).
    pub syntax: Option<String>,
    pub instructions: Vec<Instruction>,
}

/// One build stage: its FROM and the instructions up to the next FROM.
#[derive(Debug, Clone)]
pub struct Stage {
    pub index: usize,
    /// `FROM image AS name`, lower-cased as docker compares stage names.
    pub name: Option<String>,
    /// The base as written (substituted later with the global ARGs).
    pub base: String,
    pub from: Instruction,
    pub instructions: Vec<Instruction>,
}

impl Dockerfile {
    /// The ARGs before the first FROM (visible to FROM lines only) and the stages.
    pub fn stages(&self, file: &str) -> Result<(Vec<Instruction>, Vec<Stage>), ParseError> {
        let mut global = Vec::new();
        let mut stages: Vec<Stage> = Vec::new();
        for ins in &self.instructions {
            if ins.keyword == "FROM" {
                let words: Vec<&str> = match &ins.args {
                    Args::Shell(s) => s.split_whitespace().collect(),
                    Args::Exec(_) => vec![],
                };
                let err = |m: &str| ParseError {
                    file: file.to_string(),
                    line: ins.line,
                    message: m.to_string(),
                };
                let (base, name) = match words.as_slice() {
                    [b] => (b.to_string(), None),
                    [b, as_kw, n] if as_kw.eq_ignore_ascii_case("as") => {
                        let n = n.to_ascii_lowercase();
                        let valid = n.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
                            && n.chars()
                                .all(|c| c.is_ascii_alphanumeric() || "_.-".contains(c));
                        if !valid {
                            return Err(err(&format!("invalid name for build stage: {n:?}, name can't start with a number or contain symbols")));
                        }
                        if stages.iter().any(|s| s.name.as_deref() == Some(n.as_str())) {
                            return Err(err(&format!("duplicate name for build stage: {n:?}")));
                        }
                        (b.to_string(), Some(n))
                    }
                    _ => return Err(err(
                        "FROM requires either one argument, or three: FROM <source> [AS <name>]",
                    )),
                };
                stages.push(Stage {
                    index: stages.len(),
                    name,
                    base,
                    from: ins.clone(),
                    instructions: vec![],
                });
            } else if let Some(s) = stages.last_mut() {
                s.instructions.push(ins.clone());
            } else if ins.keyword == "ARG" {
                global.push(ins.clone());
            } else {
                return Err(ParseError {
                    file: file.to_string(),
                    line: ins.line,
                    message: format!("{} before the first FROM: a Dockerfile must start with FROM (only ARG may come before it)", ins.keyword),
                });
            }
        }
        if stages.is_empty() {
            return Err(ParseError {
                file: file.to_string(),
                line: self.instructions.last().map_or(1, |i| i.line),
                message: "no FROM instruction: a Dockerfile needs at least one FROM".into(),
            });
        }
        Ok((global, stages))
    }
}

/// Parses a Dockerfile's text; `file` names it in errors.
pub fn parse(text: &str, file: &str) -> Result<Dockerfile, ParseError> {
    let lines: Vec<&str> = text
        .split('\n')
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
        .collect();
    let err = |line: usize, message: String| ParseError {
        file: file.to_string(),
        line,
        message,
    };
    // Parser directives: only at the top, before any comment or instruction.
    let mut escape = '\\';
    let mut syntax = None;
    let mut i = 0;
    let mut seen = Vec::new();
    while i < lines.len() {
        let Some(body) = lines[i].trim().strip_prefix('#') else {
            break;
        };
        let Some((k, v)) = body.split_once('=') else {
            break;
        };
        let key = k.trim().to_ascii_lowercase();
        if key.is_empty() || key.contains(char::is_whitespace) {
            break;
        }
        let value = v.trim();
        match key.as_str() {
            "escape" => {
                escape = match value {
                    "\\" => '\\',
                    "`" => '`',
                    _ => {
                        return Err(err(
                            i + 1,
                            format!("invalid escape token {value:?}: it must be ` or \\"),
                        ))
                    }
                }
            }
            "syntax" => syntax = Some(value.to_string()),
            "check" => {}
            _ => break,
        }
        if seen.contains(&key) {
            return Err(err(
                i + 1,
                format!("only one {key} parser directive can be used"),
            ));
        }
        seen.push(key);
        i += 1;
    }

    let mut instructions = Vec::new();
    while i < lines.len() {
        let first = lines[i].trim();
        if first.is_empty() || first.starts_with('#') {
            i += 1;
            continue;
        }
        let start = i;
        // Join continuation lines.
        let mut logical = String::new();
        loop {
            let raw = lines[i];
            let trimmed_end = raw.trim_end();
            i += 1;
            if let Some(body) = trimmed_end.strip_suffix(escape) {
                logical.push_str(body);
                // Skip comment and empty lines inside the continuation.
                while i < lines.len()
                    && (lines[i].trim().is_empty() || lines[i].trim_start().starts_with('#'))
                {
                    i += 1;
                }
                if i >= lines.len() {
                    break;
                }
            } else {
                logical.push_str(raw);
                break;
            }
        }
        let logical = logical.trim().to_string();
        let (kw, rest) = match logical.split_once(char::is_whitespace) {
            Some((k, r)) => (k, r.trim_start()),
            None => (logical.as_str(), ""),
        };
        let keyword = kw.to_ascii_uppercase();
        if !KEYWORDS.contains(&keyword.as_str()) {
            return Err(err(start + 1, format!("unknown instruction: {kw}")));
        }
        let mut ins =
            parse_instruction(&keyword, rest, start + 1, escape).map_err(|m| err(start + 1, m))?;
        // Heredoc bodies follow the instruction's line.
        if matches!(keyword.as_str(), "RUN" | "COPY" | "ADD") {
            for (name, strip_tabs, quoted) in heredoc_markers(&ins.raw_args()) {
                let mut content = String::new();
                let mut closed = false;
                while i < lines.len() {
                    let l = lines[i];
                    i += 1;
                    let l = if strip_tabs {
                        l.trim_start_matches('\t')
                    } else {
                        l
                    };
                    if l == name {
                        closed = true;
                        break;
                    }
                    content.push_str(l);
                    content.push('\n');
                }
                if !closed {
                    return Err(err(
                        start + 1,
                        format!("unterminated heredoc: no line {name:?} closes <<{name}"),
                    ));
                }
                ins.heredocs.push(Heredoc {
                    name,
                    content,
                    quoted,
                });
            }
        }
        ins.original = format!("{keyword} {rest}").trim_end().to_string();
        instructions.push(ins);
    }
    Ok(Dockerfile {
        escape,
        syntax,
        instructions,
    })
}

/// Parses one instruction's argument text (also used for ONBUILD triggers).
pub fn parse_instruction(
    keyword: &str,
    rest: &str,
    line: usize,
    _escape: char,
) -> Result<Instruction, String> {
    let mut rest = rest.trim();
    let mut flags = Vec::new();
    if FLAGGED.contains(&keyword) {
        while let Some(f) = rest.strip_prefix("--") {
            let end = f.find(char::is_whitespace).unwrap_or(f.len());
            let token = &f[..end];
            let (name, value) = match token.split_once('=') {
                Some((n, v)) => (n.to_string(), Some(v.to_string())),
                None => (token.to_string(), None),
            };
            if name.is_empty() {
                return Err(format!("{keyword}: invalid option \"--\""));
            }
            flags.push((name, value));
            rest = f[end..].trim_start();
        }
    }
    let args = if JSON_CAPABLE.contains(&keyword) && rest.starts_with('[') {
        match serde_json::from_str::<Vec<String>>(rest) {
            Ok(v) => Args::Exec(v),
            // docker treats a bracketed text that is not a JSON string array
            // as the shell form, except where only JSON makes sense.
            Err(e) if keyword == "SHELL" => return Err(format!(
                "SHELL requires the arguments to be in JSON form (a JSON array of strings): {e}"
            )),
            Err(_) => Args::Shell(rest.to_string()),
        }
    } else {
        if keyword == "SHELL" {
            return Err("SHELL requires the arguments to be in JSON form, e.g. SHELL [\"/bin/bash\", \"-c\"]".into());
        }
        Args::Shell(rest.to_string())
    };
    let needs_args = !matches!(keyword, "CMD" | "ENTRYPOINT" | "RUN");
    if needs_args && matches!(&args, Args::Shell(s) if s.is_empty()) {
        return Err(format!("{keyword} requires at least one argument"));
    }
    if keyword == "RUN" && matches!(&args, Args::Shell(s) if s.is_empty()) {
        return Err("RUN requires at least one argument".into());
    }
    Ok(Instruction {
        line,
        keyword: keyword.to_string(),
        flags,
        args,
        heredocs: vec![],
        original: String::new(),
    })
}

/// `<<EOF`, `<<-EOF`, `<<"EOF"`, `<<'EOF'` markers in order: (name, strip tabs, quoted).
fn heredoc_markers(text: &str) -> Vec<(String, bool, bool)> {
    let mut out = Vec::new();
    let b = text.as_bytes();
    let mut i = 0;
    while i + 2 < b.len() + 1 {
        if b.get(i) == Some(&b'<')
            && b.get(i + 1) == Some(&b'<')
            && b.get(i + 2) != Some(&b'<')
            && (i == 0 || b[i - 1] != b'<')
        {
            let mut j = i + 2;
            let strip = b.get(j) == Some(&b'-');
            if strip {
                j += 1;
            }
            let quote = b.get(j).copied().filter(|c| *c == b'"' || *c == b'\'');
            if quote.is_some() {
                j += 1;
            }
            let s = j;
            while j < b.len() && (b[j].is_ascii_alphanumeric() || b[j] == b'_') {
                j += 1;
            }
            if j > s && (b[s].is_ascii_alphabetic() || b[s] == b'_') {
                let name = text[s..j].to_string();
                if let Some(q) = quote {
                    if b.get(j) != Some(&q) {
                        i = j;
                        continue;
                    }
                    j += 1;
                }
                out.push((name, strip, quote.is_some()));
            }
            i = j.max(i + 2);
        } else {
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn continuations_comments_and_forms() {
        let text = "# syntax=docker/dockerfile:1\n# a comment\nFROM busybox AS Base\nRUN echo a \\\n  # inner comment\n\n  && echo b\nCMD [\"ls\", \"-a\"]\nentrypoint echo hi\nCOPY --chown=1:2 --from=base a b\n";
        let d = parse(text, "Dockerfile").unwrap();
        assert_eq!(d.syntax.as_deref(), Some("docker/dockerfile:1"));
        assert_eq!(d.instructions.len(), 5);
        assert_eq!(
            d.instructions[1].args,
            Args::Shell("echo a   && echo b".into())
        );
        assert_eq!(d.instructions[1].line, 4);
        assert_eq!(
            d.instructions[2].args,
            Args::Exec(vec!["ls".into(), "-a".into()])
        );
        assert_eq!(d.instructions[3].keyword, "ENTRYPOINT");
        assert_eq!(d.instructions[4].flag("chown"), Some("1:2"));
        assert_eq!(d.instructions[4].flag("from"), Some("base"));
        assert_eq!(d.instructions[4].args, Args::Shell("a b".into()));
        let (global, stages) = d.stages("Dockerfile").unwrap();
        assert!(global.is_empty());
        assert_eq!(stages[0].name.as_deref(), Some("base"));
        assert_eq!(stages[0].instructions.len(), 4);
    }

    #[test]
    fn escape_directive() {
        let d = parse(
            "# escape=`\nFROM scratch\nRUN dir `\n  c:\\\n",
            "Dockerfile",
        )
        .unwrap();
        assert_eq!(d.escape, '`');
        assert_eq!(d.instructions[1].args, Args::Shell("dir   c:\\".into()));
        // Not a directive once an instruction was seen.
        let d = parse("FROM scratch\n# escape=`\n", "Dockerfile").unwrap();
        assert_eq!(d.escape, '\\');
    }

    #[test]
    fn errors_point_at_lines() {
        let e = parse("FROM busybox\n\nFOO bar\n", "Dockerfile").unwrap_err();
        assert_eq!(e.line, 3);
        assert_eq!(e.to_string(), "Dockerfile:3: unknown instruction: FOO");
        let e = parse("FROM a\nSHELL /bin/sh\n", "x").unwrap_err();
        assert_eq!(e.line, 2);
        let e = parse("FROM a\nENV\n", "x").unwrap_err();
        assert!(e.message.contains("requires"), "{e}");
        let d = parse("RUN true\n", "Dockerfile").unwrap();
        assert!(d.stages("Dockerfile").unwrap_err().message.contains("FROM"));
        let d = parse("ARG V=1\nFROM a:$V\nFROM b AS x\nFROM c AS x\n", "f").unwrap();
        assert!(d.stages("f").unwrap_err().message.contains("duplicate"));
    }

    #[test]
    fn heredocs() {
        let d = parse("FROM a\nRUN <<EOF\necho one\necho two\nEOF\nCOPY <<-\"A\" <<B /dst/\n\tx $y\n\tA\nb\nB\nCMD x\n", "f").unwrap();
        assert_eq!(d.instructions.len(), 4);
        assert_eq!(
            d.instructions[1].heredocs[0].content,
            "echo one\necho two\n"
        );
        let h = &d.instructions[2].heredocs;
        assert_eq!(
            (h[0].name.as_str(), h[0].content.as_str(), h[0].quoted),
            ("A", "x $y\n", true)
        );
        assert_eq!((h[1].name.as_str(), h[1].content.as_str()), ("B", "b\n"));
        assert_eq!(d.instructions[3].line, 11);
        assert!(parse("FROM a\nRUN <<EOF\nno end\n", "f")
            .unwrap_err()
            .message
            .contains("unterminated"));
        assert!(heredoc_markers("echo a<<<b").is_empty());
    }

    #[test]
    fn json_fallback_to_shell() {
        let d = parse("FROM a\nRUN [not json]\nCMD [\"a\",1]\n", "f").unwrap();
        assert_eq!(d.instructions[1].args, Args::Shell("[not json]".into()));
        assert_eq!(d.instructions[2].args, Args::Shell("[\"a\",1]".into()));
    }
}
