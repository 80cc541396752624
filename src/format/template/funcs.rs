//! The template functions (`json`, `join`, `printf`, `index`, comparisons,
//! ...) and Go's truth and comparison rules they rely on.

use serde_json::{Number, Value};
use std::cmp::Ordering;
use super::lex::is_ident_char;
use super::value::{as_int, go_type, display, sprintf, MAX_PAD};

pub(super) fn want(name: &str, args: &[Value], n: usize) -> Result<(), String> {
    if args.len() == n {
        Ok(())
    } else {
        Err(format!("wrong number of args for {name}: want {n} got {}", args.len()))
    }
}

pub(super) fn want_int(name: &str, v: &Value) -> Result<i64, String> {
    as_int(v)
        .and_then(|i| i64::try_from(i).ok())
        .ok_or_else(|| format!("error calling {name}: expected an integer; got {}", go_type(v)))
}

pub(super) fn call_func(name: &str, args: &[Value]) -> Result<Value, String> {
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
pub(super) fn text_of(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        other => display(other, false),
    }
}

/// strings.Title: upper-case the first letter of every word, keep the rest.
pub(super) fn title(s: &str) -> String {
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

pub(super) fn index_one(v: &Value, key: &Value) -> Result<Value, String> {
    match v {
        Value::Array(a) => {
            let i = as_int(key).ok_or_else(|| format!("cannot index slice/array with type {}", go_type(key)))?;
            usize::try_from(i).ok().and_then(|i| a.get(i)).cloned().ok_or_else(|| format!("index out of range: {i}"))
        }
        Value::Object(m) => match key {
            // The maps scripts index (labels, annotations, options) are Go
            // map[string]string in podman and docker: a missing key is the
            // zero value "", not `<no value>`.
            Value::String(k) => Ok(m.get(k).cloned().unwrap_or_else(|| if m.values().all(Value::is_string) { Value::from("") } else { Value::Null })),
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
        // A nil map (no labels at all) indexes to the zero value too.
        Value::Null if key.is_string() => Ok(Value::from("")),
        Value::Null => Ok(Value::Null),
        other => Err(format!("can't index item of type {}", go_type(other))),
    }
}

pub(super) fn slice(v: &Value, bounds: &[Value]) -> Result<Value, String> {
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
pub(super) fn truth(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_f64().is_some_and(|f| f != 0.0),
        Value::String(s) => !s.is_empty(),
        Value::Array(a) => !a.is_empty(),
        Value::Object(m) => !m.is_empty(),
    }
}

pub(super) fn num_cmp(a: &Number, b: &Number) -> Option<Ordering> {
    match (as_int(&Value::Number(a.clone())), as_int(&Value::Number(b.clone()))) {
        (Some(x), Some(y)) if a.is_f64() == b.is_f64() || !(a.is_f64() || b.is_f64()) => Some(x.cmp(&y)),
        _ => a.as_f64()?.partial_cmp(&b.as_f64()?),
    }
}

pub(super) fn equal(a: &Value, b: &Value) -> Result<bool, String> {
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

pub(super) fn compare(a: &Value, b: &Value) -> Result<Ordering, String> {
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
