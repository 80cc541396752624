//! Printing values as Go prints them: `fmt.Print` of lists and maps, Go's
//! float formatting, `%q` quoting and `printf` verbs.

use crate::util::quote::go_quote;
use serde_json::{Map, Number, Value};

/// Largest padding `pad` and printf widths add, so a typo cannot exhaust memory.
pub(super) const MAX_PAD: usize = 1 << 16;

/// A JSON number as an integer, when it is one (floats without a fraction too).
pub(super) fn as_int(v: &Value) -> Option<i128> {
    let Value::Number(n) = v else { return None };
    if let Some(i) = n.as_i64() {
        return Some(i128::from(i));
    }
    if let Some(u) = n.as_u64() {
        return Some(i128::from(u));
    }
    n.as_f64().filter(|f| f.fract() == 0.0 && f.abs() < 1e36).map(|f| f as i128)
}

/// The Go type docker's value would have, for error messages and `%T`.
pub(super) fn go_type(v: &Value) -> &'static str {
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

pub(super) fn sorted_entries(m: &Map<String, Value>) -> Vec<(&String, &Value)> {
    let mut entries: Vec<_> = m.iter().collect();
    entries.sort_by(|a, b| a.0.cmp(b.0));
    entries
}

/// Go's `%v`. `top` is true for the value of an action itself, where Go
/// prints a missing value as `<no value>`; inside lists and maps, and in
/// `print`, a nil prints as `<nil>`.
pub(super) fn display(v: &Value, top: bool) -> String {
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

pub(super) fn go_number(n: &Number) -> String {
    if n.is_f64() {
        n.as_f64().map(go_float).unwrap_or_else(|| n.to_string())
    } else {
        n.to_string()
    }
}

/// Shortest decimal digits of `f` and its decimal exponent: 1234.5 → ("12345", 3).
pub(super) fn float_digits(f: f64) -> (String, i32) {
    let e = format!("{:e}", f.abs());
    let (mantissa, exp) = e.split_once('e').unwrap_or((&e, "0"));
    (mantissa.replace('.', ""), exp.parse().unwrap_or(0))
}

/// Go's `%v` for a float64 (strconv 'g' with the shortest precision): plain
/// decimals for exponents in [-4, 6), else `1e+06`, as `fmt.Println(1e6)`.
pub(super) fn go_float(f: f64) -> String {
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
pub(super) fn place_digits(digits: &str, exp: i32, eprec: i32) -> String {
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

#[derive(Default)]
pub(super) struct Spec {
    pub(super) minus: bool,
    pub(super) plus: bool,
    pub(super) sharp: bool,
    pub(super) space: bool,
    pub(super) zero: bool,
    pub(super) width: Option<usize>,
    pub(super) prec: Option<usize>,
}

/// Go's fmt.Sprintf for the verbs scripts use: %v %s %d %q %t %x %X %o %b
/// %c %e %f %g %T %%, with flags, widths and precisions.
pub(super) fn sprintf(format: &str, args: &[Value]) -> String {
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

pub(super) fn format_arg(spec: &Spec, verb: char, arg: &Value) -> String {
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
pub(super) fn pad(body: String, spec: &Spec, numeric: bool) -> String {
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
}
