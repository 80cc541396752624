//! Lexing: template source → tokens (text, delimiters with their trim
//! markers, operands), with Go's rules for numbers, strings and raw strings.

use serde_json::Number;

#[derive(Debug, Clone, PartialEq)]
pub(super) enum Tok {
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
pub(super) struct Token {
    pub(super) tok: Tok,
    pub(super) pos: usize,
    /// Whitespace came right before this token (separates operands, and
    /// tells `.A.B` chains from `.A .B` arguments).
    pub(super) spaced: bool,
}

pub(super) fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\r' | '\n')
}

pub(super) fn is_ident_start(c: char) -> bool {
    c == '_' || c.is_alphabetic()
}

pub(super) fn is_ident_char(c: char) -> bool {
    c == '_' || c.is_alphanumeric()
}

pub(super) fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Splits the source into tokens. Never fails: a lexical error becomes a
/// final [`Tok::Error`] token.
pub(super) fn lex(src: &str) -> Vec<Token> {
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
pub(super) fn lex_token(src: &str, pos: usize) -> Result<(Tok, usize), String> {
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
pub(super) fn lex_number(src: &str, pos: usize) -> Result<(Tok, usize), String> {
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

pub(super) fn parse_number(text: &str) -> Option<Number> {
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
pub(super) fn unquote(s: &str) -> Result<String, String> {
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
