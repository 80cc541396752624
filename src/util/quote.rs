//! Go's `strconv.Quote`, for `--format` templates (`printf "%q"`) and the
//! quoted COMMAND column of `ps --no-trunc`.

/// strconv.Quote: a double-quoted Go string literal, with `"` and `\`
/// escaped and control characters written as escapes.
pub fn go_quote(s: &str) -> String {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_like_go() {
        assert_eq!(go_quote("a \"b\" \\c"), r#""a \"b\" \\c""#);
        assert_eq!(go_quote("x\ny\t\u{7}\u{1}\u{7f}"), r#""x\ny\t\a\x01\x7f""#);
        assert_eq!(go_quote("\u{85}é"), "\"\\u0085é\"");
    }
}
