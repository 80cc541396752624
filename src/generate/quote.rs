//! Quoting for systemd unit files (systemd.service(5), "Command lines";
//! systemd.unit(5), "Specifiers").

/// `%` starts a specifier in every unit setting: a literal one is `%%`.
pub fn escape_specifiers(s: &str) -> String {
    s.replace('%', "%%")
}

/// One word of an `ExecStart=`-style command line: `%` and `$` (systemd
/// expands `$VAR` there) doubled, and the word double-quoted with C-style
/// escapes when it is empty, holds whitespace, quotes or backslashes, or is
/// a lone `;` (which would separate commands).
pub fn exec_word(s: &str) -> String {
    let s = escape_specifiers(s).replace('$', "$$");
    if !s.is_empty() && s != ";" && !needs_quotes(&s) {
        return s;
    }
    // Go's quoting writes the C escapes systemd reads inside quotes.
    crate::util::quote::go_quote(&s)
}

/// One assignment of an `Environment=` line (`KEY=value`), quoted as a
/// whole when it holds whitespace or quotes; `%` doubled.
pub fn environment_word(s: &str) -> String {
    let s = escape_specifiers(s);
    if !needs_quotes(&s) {
        return s;
    }
    crate::util::quote::go_quote(&s)
}

/// Whitespace, quotes, backslashes and control characters only survive
/// systemd's word splitting inside quotes.
fn needs_quotes(s: &str) -> bool {
    s.chars().any(|c| c.is_whitespace() || c.is_control() || matches!(c, '"' | '\'' | '\\'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exec_words() {
        assert_eq!(exec_word("busybox"), "busybox");
        assert_eq!(exec_word("100%"), "100%%");
        assert_eq!(exec_word("$HOME"), "$$HOME");
        assert_eq!(exec_word("a b"), "\"a b\"");
        assert_eq!(exec_word(""), "\"\"");
        assert_eq!(exec_word(";"), "\";\"");
        assert_eq!(exec_word("say \"hi\"\\"), "\"say \\\"hi\\\"\\\\\"");
        assert_eq!(exec_word("it's"), "\"it's\"");
        assert_eq!(exec_word("a\nb"), "\"a\\nb\"");
    }

    #[test]
    fn environment_words() {
        assert_eq!(environment_word("A=1"), "A=1");
        assert_eq!(environment_word("A=b c"), "\"A=b c\"");
        assert_eq!(environment_word("P=50%"), "P=50%%");
    }
}
