//! Variable interpolation in compose files, and the `.env` file format.
//!
//! Every string value of a compose file goes through [`interpolate`] before
//! merging: `$VAR`, `${VAR}`, `${VAR:-default}` / `${VAR-default}`,
//! `${VAR:?error}` / `${VAR?error}`, `${VAR:+alt}` / `${VAR+alt}` (defaults
//! and alternatives are interpolated themselves, so they nest), and `$$` for
//! a literal `$`. An unset variable is an empty string plus docker compose's
//! warning.

use std::collections::BTreeMap;

/// Where variables come from: the shell environment over the `.env` file.
pub trait Lookup {
    fn get(&self, name: &str) -> Option<String>;
}

impl Lookup for BTreeMap<String, String> {
    fn get(&self, name: &str) -> Option<String> {
        BTreeMap::get(self, name).cloned()
    }
}

/// A `${VAR?err}` whose variable is missing, or malformed syntax.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InterpolationError(pub String);

/// Interpolates `s`. Unset variables (without a default) are pushed to
/// `unset` so the caller can warn once per name.
pub fn interpolate(s: &str, vars: &dyn Lookup, unset: &mut Vec<String>) -> Result<String, InterpolationError> {
    let mut out = String::with_capacity(s.len());
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c != '$' {
            out.push(c);
            i += 1;
            continue;
        }
        match chars.get(i + 1) {
            Some('$') => {
                out.push('$');
                i += 2;
            }
            Some('{') => {
                let end = matching_brace(&chars, i + 2).ok_or_else(|| InterpolationError(format!("invalid interpolation format for {s:?}: missing closing brace")))?;
                let inner: String = chars[i + 2..end].iter().collect();
                out.push_str(&braced(&inner, s, vars, unset)?);
                i = end + 1;
            }
            Some(c2) if c2.is_ascii_alphabetic() || *c2 == '_' => {
                let start = i + 1;
                let mut j = start;
                while j < chars.len() && (chars[j].is_ascii_alphanumeric() || chars[j] == '_') {
                    j += 1;
                }
                let name: String = chars[start..j].iter().collect();
                out.push_str(&value_or_warn(&name, vars, unset));
                i = j;
            }
            _ => {
                // A lone `$` stays, as in docker compose.
                out.push('$');
                i += 1;
            }
        }
    }
    Ok(out)
}

/// The index of the `}` closing a `${` whose content starts at `from`.
fn matching_brace(chars: &[char], from: usize) -> Option<usize> {
    let mut depth = 1;
    let mut i = from;
    while i < chars.len() {
        match chars[i] {
            '$' if chars.get(i + 1) == Some(&'{') => {
                depth += 1;
                i += 2;
                continue;
            }
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

fn value_or_warn(name: &str, vars: &dyn Lookup, unset: &mut Vec<String>) -> String {
    match vars.get(name) {
        Some(v) => v,
        None => {
            if !unset.iter().any(|u| u == name) {
                unset.push(name.to_string());
            }
            String::new()
        }
    }
}

fn braced(inner: &str, whole: &str, vars: &dyn Lookup, unset: &mut Vec<String>) -> Result<String, InterpolationError> {
    let name_len = inner.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).unwrap_or(inner.len());
    let name = &inner[..name_len];
    if name.is_empty() || name.starts_with(|c: char| c.is_ascii_digit()) {
        return Err(InterpolationError(format!("invalid interpolation format for {whole:?}: ${{{inner}}} is not a variable name")));
    }
    let rest = &inner[name_len..];
    if rest.is_empty() {
        return Ok(value_or_warn(name, vars, unset));
    }
    let value = vars.get(name);
    let (colon, op, arg) = match rest.strip_prefix(':') {
        Some(r) => (true, r.chars().next(), r.get(1..).unwrap_or("")),
        None => (false, rest.chars().next(), rest.get(1..).unwrap_or("")),
    };
    // With a colon, an empty value counts as unset.
    let present = match &value {
        Some(v) => !(colon && v.is_empty()),
        None => false,
    };
    match op {
        Some('-') => {
            if present {
                Ok(value.unwrap_or_default())
            } else {
                interpolate(arg, vars, unset)
            }
        }
        Some('+') => {
            if present {
                interpolate(arg, vars, unset)
            } else {
                Ok(String::new())
            }
        }
        Some('?') => {
            if present {
                Ok(value.unwrap_or_default())
            } else {
                let msg = interpolate(arg, vars, unset)?;
                Err(InterpolationError(format!("required variable {name} is missing a value: {msg}")))
            }
        }
        _ => Err(InterpolationError(format!("invalid interpolation format for {whole:?}: unsupported ${{{inner}}}"))),
    }
}

/// Parses a compose `.env` file: `KEY=VALUE` lines, `#` comments, an
/// optional `export ` prefix, single quotes (literal) and double quotes
/// (with `\n`, `\"` escapes); an unquoted value loses a trailing ` # comment`.
/// Values may refer to variables defined above them or in `outer`.
pub fn parse_env_file(text: &str, outer: &BTreeMap<String, String>) -> Result<Vec<(String, String)>, String> {
    let mut out: Vec<(String, String)> = Vec::new();
    for (n, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let line = line.strip_prefix("export ").map(str::trim_start).unwrap_or(line);
        let (key, value) = match line.split_once('=') {
            Some((k, v)) => (k.trim(), v.trim()),
            None => (line, ""),
        };
        if key.is_empty() || !key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.' || c == '-') {
            return Err(format!("line {}: unexpected character in variable name {key:?}", n + 1));
        }
        let value = if let Some(v) = value.strip_prefix('\'') {
            v.strip_suffix('\'').ok_or_else(|| format!("line {}: unterminated single quote", n + 1))?.to_string()
        } else if let Some(v) = value.strip_prefix('"') {
            let v = v.strip_suffix('"').ok_or_else(|| format!("line {}: unterminated double quote", n + 1))?;
            let v = v.replace("\\n", "\n").replace("\\\"", "\"").replace("\\\\", "\\");
            expand_with(&v, &out, outer)?
        } else {
            let v = match value.find(" #") {
                Some(p) => value[..p].trim_end(),
                None => value,
            };
            expand_with(v, &out, outer)?
        };
        out.retain(|(k, _)| k != key);
        out.push((key.to_string(), value));
    }
    Ok(out)
}

fn expand_with(v: &str, so_far: &[(String, String)], outer: &BTreeMap<String, String>) -> Result<String, String> {
    let mut vars = outer.clone();
    for (k, val) in so_far {
        vars.entry(k.clone()).or_insert_with(|| val.clone());
    }
    let mut unset = Vec::new();
    interpolate(v, &vars, &mut unset).map_err(|e| e.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vars() -> BTreeMap<String, String> {
        BTreeMap::from([
            ("TAG".to_string(), "1.2".to_string()),
            ("EMPTY".to_string(), String::new()),
            ("PORT".to_string(), "8080".to_string()),
        ])
    }

    fn i(s: &str) -> Result<String, InterpolationError> {
        interpolate(s, &vars(), &mut Vec::new())
    }

    #[test]
    fn forms() {
        assert_eq!(i("img:$TAG").unwrap(), "img:1.2");
        assert_eq!(i("img:${TAG}-x").unwrap(), "img:1.2-x");
        assert_eq!(i("${NOPE:-dflt}").unwrap(), "dflt");
        assert_eq!(i("${EMPTY:-dflt}").unwrap(), "dflt");
        assert_eq!(i("${EMPTY-dflt}").unwrap(), "");
        assert_eq!(i("${NOPE-dflt}").unwrap(), "dflt");
        assert_eq!(i("${TAG:+alt}").unwrap(), "alt");
        assert_eq!(i("${EMPTY:+alt}").unwrap(), "");
        assert_eq!(i("${EMPTY+alt}").unwrap(), "alt");
        assert_eq!(i("${NOPE:-${PORT}}:80").unwrap(), "8080:80");
        assert_eq!(i("${NOPE:-${ALSO:-deep}}").unwrap(), "deep");
        assert_eq!(i("$$HOME and $$").unwrap(), "$HOME and $");
        assert_eq!(i("cost: 5$").unwrap(), "cost: 5$");
        assert_eq!(i("${TAG?must}").unwrap(), "1.2");
    }

    #[test]
    fn required_and_errors() {
        assert_eq!(i("${NOPE?set NOPE please}").unwrap_err().0, "required variable NOPE is missing a value: set NOPE please");
        assert!(i("${EMPTY:?x}").is_err());
        assert!(i("${EMPTY?x}").is_ok());
        assert!(i("${TAG").unwrap_err().0.contains("closing brace"));
        assert!(i("${1x}").is_err());
        assert!(i("${TAG/x}").is_err());
    }

    #[test]
    fn unset_is_reported_once() {
        let mut unset = Vec::new();
        assert_eq!(interpolate("$A ${A} $B", &vars(), &mut unset).unwrap(), "  ");
        assert_eq!(unset, vec!["A".to_string(), "B".to_string()]);
    }

    #[test]
    fn env_file() {
        let text = "# c\nexport A=1\nB = two words # comment\nC='lit $A'\nD=\"x${A}y\\n\"\nE\nF=${A}${G:-g}\n";
        let got = parse_env_file(text, &BTreeMap::new()).unwrap();
        let m: BTreeMap<_, _> = got.into_iter().collect();
        assert_eq!(m["A"], "1");
        assert_eq!(m["B"], "two words");
        assert_eq!(m["C"], "lit $A");
        assert_eq!(m["D"], "x1y\n");
        assert_eq!(m["E"], "");
        assert_eq!(m["F"], "1g");
        assert!(parse_env_file("A B=1", &BTreeMap::new()).is_err());
        assert!(parse_env_file("A='x", &BTreeMap::new()).is_err());
    }
}
