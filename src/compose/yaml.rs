//! `compose config`'s YAML, written the way docker compose v2 writes it:
//! compose-go's `Project.MarshalYAML` encodes with yaml.v3 (go-yaml) and
//! `SetIndent(2)` (compose-go `types/project.go`), so
//! * mappings indent by 2 and a sequence under a key is indented too
//!   (`ports:\n  - mode: ingress`), as docker compose's e2e tests expect
//!   (`pkg/e2e/config_test.go`: `    ports:\n      - mode: ingress`);
//! * a string that would read back as another type (`"8080"`, `"0440"`,
//!   `"true"`, `""`, `"1.5"`, YAML 1.1's `yes`/`no`/`on`/`off` and base 60
//!   numbers) is double-quoted (`published: "8080"` in the same test);
//!   one that cannot be plain for its characters (`a: b`, ` x`, `#x`) is
//!   single-quoted; one with a non-printable character double-quoted with
//!   escapes; a multi-line one is a literal block (`|`, `|-`, `|+`);
//! * no line folding (yaml.v3 writes long lines as they are);
//! * floats as Go's shortest float32 (`cpus: 0.5`).
//!
//! The input is the model serialised to a `serde_yaml_ng::Value`, whose
//! mappings keep the model's field order (compose-go's struct order).

use serde_yaml_ng::Value;

/// The document for `v`, ending with a newline.
pub fn emit(v: &Value) -> String {
    let mut out = String::new();
    match v {
        Value::Mapping(m) if !m.is_empty() => map(&mut out, m, 0, false),
        Value::Sequence(s) if !s.is_empty() => seq(&mut out, s, 0, false),
        Value::Tagged(t) => return emit(&t.value),
        other => after_indicator(&mut out, other, 0),
    }
    out
}

fn pad(out: &mut String, n: usize) {
    out.extend(std::iter::repeat(' ').take(n));
}

/// A block mapping whose keys are at column `indent`; with `inline` the
/// first key goes where the caller left off (after `- `).
fn map(out: &mut String, m: &serde_yaml_ng::Mapping, indent: usize, mut inline: bool) {
    for (k, v) in m {
        if !inline {
            pad(out, indent);
        }
        inline = false;
        out.push_str(&key(k));
        out.push(':');
        if !nested(out, v, indent, false) {
            after_indicator(out, v, indent);
        }
    }
}

/// A non-empty collection under `key:` (on the next lines) or `-` (from
/// the same line, `inline`), indented by 2; false for anything else.
fn nested(out: &mut String, v: &Value, indent: usize, inline: bool) -> bool {
    match v {
        Value::Mapping(c) if !c.is_empty() => {
            out.push(if inline { ' ' } else { '\n' });
            map(out, c, indent + 2, inline);
        }
        Value::Sequence(c) if !c.is_empty() => {
            out.push(if inline { ' ' } else { '\n' });
            seq(out, c, indent + 2, inline);
        }
        _ => return false,
    }
    true
}

/// A block sequence whose `-` are at column `indent`.
fn seq(out: &mut String, s: &[Value], indent: usize, mut inline: bool) {
    for item in s {
        if !inline {
            pad(out, indent);
        }
        inline = false;
        out.push('-');
        if !nested(out, item, indent, true) {
            after_indicator(out, item, indent);
        }
    }
}

/// A scalar (or empty collection) after `key:` or `-` at `indent`, with
/// its line end; a literal block's lines at `indent + 2`.
fn after_indicator(out: &mut String, v: &Value, indent: usize) {
    match v {
        Value::Tagged(t) => after_indicator(out, &t.value, indent),
        Value::String(s) if s.contains('\n') && block_allowed(s) => {
            out.push_str(" |");
            if s.starts_with([' ', '\n']) {
                out.push('2');
            }
            if !s.ends_with('\n') {
                out.push('-');
            } else if s.len() == 1 || s.ends_with("\n\n") {
                out.push('+');
            }
            out.push('\n');
            let body = s.strip_suffix('\n').unwrap_or(s);
            for line in body.split('\n') {
                if !line.is_empty() {
                    pad(out, indent + 2);
                    out.push_str(line);
                }
                out.push('\n');
            }
        }
        _ => {
            out.push(' ');
            out.push_str(&scalar(v));
            out.push('\n');
        }
    }
}

fn key(k: &Value) -> String {
    match k {
        Value::String(s) if s.contains('\n') => double_quoted(s),
        _ => scalar(k),
    }
}

fn scalar(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) if n.is_f64() => float(n.as_f64().unwrap_or_default()),
        Value::Number(n) => n.to_string(),
        Value::String(s) => string(s),
        Value::Sequence(_) => "[]".into(),
        Value::Mapping(_) => "{}".into(),
        Value::Tagged(t) => scalar(&t.value),
    }
}

/// Go's `strconv.FormatFloat(f, 'g', -1, 32)` as yaml.v3 writes a float32.
fn float(f: f64) -> String {
    let f = f as f32;
    if f.is_nan() {
        return ".nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "+.inf" } else { "-.inf" }.into();
    }
    let exp = if f == 0.0 { 0 } else { f.abs().log10().floor() as i32 };
    if f != 0.0 && (exp < -4 || exp >= 6) {
        let s = format!("{f:e}");
        let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
        let e: i32 = e.parse().unwrap_or(0);
        return format!("{m}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs());
    }
    format!("{f}")
}

/// One-line string: plain when yaml.v3 writes it plain, else quoted.
fn string(s: &str) -> String {
    if s.chars().any(|c| !printable(c)) || s.contains('\n') {
        return double_quoted(s);
    }
    if resolves_to_other_type(s) || base60_float(s) || old_bool(s) {
        return double_quoted(s);
    }
    if plain_allowed(s) {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', "''"))
    }
}

/// libyaml's printable set (yaml.v3 emits unicode).
fn printable(c: char) -> bool {
    matches!(c as u32, 0x0A | 0x20..=0x7E | 0x85 | 0xA0..=0xD7FF | 0x10000..=0x10FFFF) || (matches!(c as u32, 0xE000..=0xFFFD) && c != '\u{FEFF}')
}

fn block_allowed(s: &str) -> bool {
    !s.chars().any(|c| !printable(c)) && !s.contains(" \n") && !s.ends_with(' ')
}

fn double_quoted(s: &str) -> String {
    let mut o = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            '\n' => o.push_str("\\n"),
            '\t' => o.push_str("\\t"),
            '\r' => o.push_str("\\r"),
            '\0' => o.push_str("\\0"),
            c if printable(c) => o.push(c),
            c if (c as u32) <= 0xFF => o.push_str(&format!("\\x{:02X}", c as u32)),
            c if (c as u32) <= 0xFFFF => o.push_str(&format!("\\u{:04X}", c as u32)),
            c => o.push_str(&format!("\\U{:08X}", c as u32)),
        }
    }
    o.push('"');
    o
}

/// yaml.v3's `resolve("", s)` giving a tag other than `!!str`: null, bool,
/// int (Go's `ParseInt(s, 0, 64)` after removing `_`), float, timestamp.
fn resolves_to_other_type(s: &str) -> bool {
    const WORDS: &[&str] = &[
        "", "~", "null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE", ".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF", "<<",
    ];
    if WORDS.contains(&s) {
        return true;
    }
    match s.as_bytes()[0] {
        b'.' => yaml_float(s),
        b'0'..=b'9' | b'+' | b'-' => {
            let plain = s.replace('_', "");
            go_int(&plain) || yaml_float(&plain) || timestamp(s)
        }
        _ => false,
    }
}

fn go_int(s: &str) -> bool {
    let d = s.strip_prefix(['+', '-']).unwrap_or(s);
    let (digits, radix) = if let Some(r) = d.strip_prefix("0x").or_else(|| d.strip_prefix("0X")) {
        (r, 16)
    } else if let Some(r) = d.strip_prefix("0b").or_else(|| d.strip_prefix("0B")) {
        (r, 2)
    } else if let Some(r) = d.strip_prefix("0o").or_else(|| d.strip_prefix("0O")) {
        (r, 8)
    } else if d.len() > 1 && d.starts_with('0') {
        (&d[1..], 8)
    } else {
        (d, 10)
    };
    !digits.is_empty() && u64::from_str_radix(digits, radix).is_ok()
}

/// `^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`
fn yaml_float(s: &str) -> bool {
    let b = s.strip_prefix(['+', '-']).unwrap_or(s).as_bytes();
    let digits = |b: &[u8], i: &mut usize| {
        let st = *i;
        while *i < b.len() && b[*i].is_ascii_digit() {
            *i += 1;
        }
        *i - st
    };
    let mut i = 0;
    if b.first() == Some(&b'.') {
        i = 1;
        if digits(b, &mut i) == 0 {
            return false;
        }
    } else {
        if digits(b, &mut i) == 0 {
            return false;
        }
        if b.get(i) == Some(&b'.') {
            i += 1;
            digits(b, &mut i);
        }
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        if digits(b, &mut i) == 0 {
            return false;
        }
    }
    i == b.len()
}

/// yaml.v3 reads `2006-1-2` (optionally followed by a time) as a timestamp.
fn timestamp(s: &str) -> bool {
    let date = s.split(['T', 't', ' ']).next().unwrap_or("");
    let parts: Vec<&str> = date.split('-').collect();
    parts.len() == 3
        && parts[0].len() == 4
        && parts.iter().all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|c| c.is_ascii_digit()))
        && parts[1].len() <= 2
        && parts[2].len() <= 2
        && (date.len() == s.len() || chrono::DateTime::parse_from_rfc3339(s).is_ok() || chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S%.f").is_ok())
}

/// `^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$`, quoted by yaml.v3
/// for YAML 1.1 readers.
fn base60_float(s: &str) -> bool {
    let s = s.strip_prefix(['+', '-']).unwrap_or(s);
    let (s, frac) = match s.split_once('.') {
        Some((a, f)) => (a, Some(f)),
        None => (s, None),
    };
    if frac.is_some_and(|f| !f.bytes().all(|c| c.is_ascii_digit() || c == b'_')) {
        return false;
    }
    let mut parts = s.split(':');
    let head = parts.next().unwrap_or("");
    if !head.starts_with(|c: char| c.is_ascii_digit()) || !head.bytes().all(|c| c.is_ascii_digit() || c == b'_') {
        return false;
    }
    let rest: Vec<&str> = parts.collect();
    !rest.is_empty()
        && rest.iter().all(|p| match p.as_bytes() {
            [d] => d.is_ascii_digit(),
            [a, b] => (b'0'..=b'5').contains(a) && b.is_ascii_digit(),
            _ => false,
        })
}

fn old_bool(s: &str) -> bool {
    matches!(s, "y" | "Y" | "yes" | "Yes" | "YES" | "on" | "On" | "ON" | "n" | "N" | "no" | "No" | "NO" | "off" | "Off" | "OFF")
}

/// libyaml's `yaml_emitter_analyze_scalar` for a one-line string in block
/// context: no indicator where it would start a structure, no leading or
/// trailing space, no document marker.
fn plain_allowed(s: &str) -> bool {
    if s.starts_with("---") || s.starts_with("...") || s.starts_with(' ') || s.ends_with(' ') {
        return false;
    }
    let c: Vec<char> = s.chars().collect();
    let blank_at = |i: usize| i >= c.len() || c[i] == ' ' || c[i] == '\t';
    for (i, &ch) in c.iter().enumerate() {
        let followed_by_ws = blank_at(i + 1);
        if i == 0 {
            match ch {
                '#' | ',' | '[' | ']' | '{' | '}' | '&' | '*' | '!' | '|' | '>' | '\'' | '"' | '%' | '@' | '`' => return false,
                '?' | ':' | '-' if followed_by_ws => return false,
                _ => {}
            }
        } else {
            match ch {
                ':' if followed_by_ws => return false,
                '#' if c[i - 1] == ' ' || c[i - 1] == '\t' => return false,
                _ => {}
            }
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn y(src: &str) -> String {
        emit(&serde_yaml_ng::from_str(src).unwrap())
    }

    /// docker compose's e2e expectation (`pkg/e2e/config_test.go`): the
    /// sequence under `ports` indented, `published` double-quoted.
    #[test]
    fn sequences_indent_under_their_key_and_numeric_strings_are_double_quoted() {
        let got = y("services:\n  web:\n    ports:\n    - {mode: ingress, target: 80, published: '8080', protocol: tcp}\n    networks: {default: null}\n");
        assert_eq!(got, "services:\n  web:\n    ports:\n      - mode: ingress\n        target: 80\n        published: \"8080\"\n        protocol: tcp\n    networks:\n      default: null\n");
    }

    #[test]
    fn quoting_follows_yaml_v3() {
        for (s, want) in [
            ("0440", "\"0440\""),
            ("", "\"\""),
            ("true", "\"true\""),
            ("yes", "\"yes\""),
            ("1.5", "\"1.5\""),
            ("1e3", "\"1e3\""),
            ("0x1F", "\"0x1F\""),
            ("1_000", "\"1_000\""),
            ("2024-01-02", "\"2024-01-02\""),
            ("20:30", "\"20:30\""),
            ("null", "\"null\""),
            ("busybox", "busybox"),
            ("8080:80", "8080:80"),
            ("--port", "--port"),
            ("wget -q -O- http://localhost/ || exit 1", "wget -q -O- http://localhost/ || exit 1"),
            ("a: b", "'a: b'"),
            ("x #y", "'x #y'"),
            ("*", "'*'"),
            ("it's", "it's"),
            ("'q'", "'''q'''"),
            (" lead", "' lead'"),
            ("-", "'-'"),
            ("a\tb", "\"a\\tb\""),
            ("$5", "$5"),
            ("1m30s", "1m30s"),
        ] {
            assert_eq!(string(s), want, "{s:?}");
        }
    }

    #[test]
    fn literal_blocks_and_floats_and_empty_collections() {
        assert_eq!(y("a:\n  content: \"debug=true\\n\"\n"), "a:\n  content: |\n    debug=true\n");
        assert_eq!(y("- \"x\\ny\"\n"), "- |-\n  x\n  y\n");
        assert_eq!(y("c: 0.5\nd: 2.0\ne: {}\nf: []\n"), "c: 0.5\nd: 2\ne: {}\nf: []\n");
        assert_eq!(float(0.1f32 as f64), "0.1");
        assert_eq!(y("- [a, b]\n- {k: v, l: w}\n"), "- - a\n  - b\n- k: v\n  l: w\n");
    }
}
