//! Docker's word processing for Dockerfile arguments: quote removal,
//! `$VAR` / `${VAR}` substitution with the `${VAR:-default}`, `${VAR:+alt}`,
//! `${VAR-default}`, `${VAR+alt}`, `${VAR:?msg}` modifiers, and splitting into
//! words. RUN/CMD/ENTRYPOINT in shell form are left to the container's shell;
//! every other instruction goes through here (as docker's shell lexer does),
//! so `ENV A="x y"` stores `x y` and `WORKDIR $HOME/app` is expanded.

use anyhow::{bail, Result};

/// Looks a variable up: `None` when it is not set at all.
pub trait Lookup {
    fn get(&self, name: &str) -> Option<String>;
}

impl<F: Fn(&str) -> Option<String>> Lookup for F {
    fn get(&self, name: &str) -> Option<String> {
        self(name)
    }
}

/// Expands `text` as one word (quotes removed, whitespace kept).
pub fn process_word(text: &str, env: &dyn Lookup, escape: char) -> Result<String> {
    let words = lex(text, env, escape, false)?;
    Ok(words.into_iter().next().unwrap_or_default())
}

/// Expands `text` and splits it into words at unquoted whitespace.
pub fn process_words(text: &str, env: &dyn Lookup, escape: char) -> Result<Vec<String>> {
    lex(text, env, escape, true)
}

fn lex(text: &str, env: &dyn Lookup, escape: char, split: bool) -> Result<Vec<String>> {
    let chars: Vec<char> = text.chars().collect();
    let mut words = Vec::new();
    let mut cur = String::new();
    let mut in_word = false;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if split && c.is_whitespace() {
            if in_word {
                words.push(std::mem::take(&mut cur));
                in_word = false;
            }
            i += 1;
            continue;
        }
        in_word = true;
        if c == escape {
            if i + 1 < chars.len() {
                cur.push(chars[i + 1]);
                i += 2;
            } else {
                cur.push(c);
                i += 1;
            }
            continue;
        }
        match c {
            '\'' => {
                i += 1;
                while i < chars.len() && chars[i] != '\'' {
                    cur.push(chars[i]);
                    i += 1;
                }
                if i >= chars.len() {
                    bail!("unexpected end of statement while looking for matching single-quote");
                }
                i += 1;
            }
            '"' => {
                i += 1;
                loop {
                    if i >= chars.len() {
                        bail!(
                            "unexpected end of statement while looking for matching double-quote"
                        );
                    }
                    let d = chars[i];
                    if d == '"' {
                        i += 1;
                        break;
                    }
                    if d == escape && i + 1 < chars.len() && matches!(chars[i + 1], '"' | '$')
                        || d == escape && i + 1 < chars.len() && chars[i + 1] == escape
                    {
                        cur.push(chars[i + 1]);
                        i += 2;
                    } else if d == '$' {
                        i = expand_at(&chars, i, env, escape, &mut cur)?;
                    } else {
                        cur.push(d);
                        i += 1;
                    }
                }
            }
            '$' => {
                i = expand_at(&chars, i, env, escape, &mut cur)?;
            }
            _ => {
                cur.push(c);
                i += 1;
            }
        }
    }
    if in_word || !split {
        words.push(cur);
    }
    Ok(words)
}

fn is_name_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// Expands the `$...` at `chars[i]`; returns the index after it.
fn expand_at(
    chars: &[char],
    i: usize,
    env: &dyn Lookup,
    escape: char,
    out: &mut String,
) -> Result<usize> {
    let mut j = i + 1;
    if j >= chars.len() {
        out.push('$');
        return Ok(j);
    }
    if chars[j] == '{' {
        j += 1;
        let start = j;
        while j < chars.len() && is_name_char(chars[j]) {
            j += 1;
        }
        let name: String = chars[start..j].iter().collect();
        if name.is_empty() {
            bail!("bad substitution: missing variable name after ${{");
        }
        if j >= chars.len() {
            bail!("bad substitution: missing '}}' in ${{{name}");
        }
        if chars[j] == '}' {
            out.push_str(&env.get(&name).unwrap_or_default());
            return Ok(j + 1);
        }
        // A modifier: read it and the word up to the matching brace.
        let colon = chars[j] == ':';
        if colon {
            j += 1;
        }
        let Some(&op) = chars.get(j) else {
            bail!("bad substitution: missing '}}' in ${{{name}")
        };
        if !matches!(op, '-' | '+' | '?') {
            bail!("unsupported modifier ({op}) in substitution ${{{name}...}}: use ${{VAR:-default}} or ${{VAR:+alternative}}");
        }
        j += 1;
        let wstart = j;
        let mut depth = 0;
        while j < chars.len() {
            match chars[j] {
                '{' => depth += 1,
                '}' if depth == 0 => break,
                '}' => depth -= 1,
                c if c == escape => j += 1,
                _ => {}
            }
            j += 1;
        }
        if j >= chars.len() {
            bail!("bad substitution: missing '}}' in ${{{name}");
        }
        let word_text: String = chars[wstart..j].iter().collect();
        let value = env.get(&name);
        let set = if colon {
            value.as_deref().is_some_and(|v| !v.is_empty())
        } else {
            value.is_some()
        };
        match op {
            '-' => {
                if set {
                    out.push_str(&value.unwrap_or_default());
                } else {
                    out.push_str(&process_word(&word_text, env, escape)?);
                }
            }
            '+' => {
                if set {
                    out.push_str(&process_word(&word_text, env, escape)?);
                }
            }
            _ => {
                if set {
                    out.push_str(&value.unwrap_or_default());
                } else {
                    let msg = process_word(&word_text, env, escape)?;
                    bail!(
                        "{name}: {}",
                        if msg.is_empty() {
                            "is not allowed to be unset".to_string()
                        } else {
                            msg
                        }
                    );
                }
            }
        }
        return Ok(j + 1);
    }
    let start = j;
    while j < chars.len() && is_name_char(chars[j]) {
        j += 1;
    }
    if j == start {
        out.push('$');
        return Ok(start);
    }
    let name: String = chars[start..j].iter().collect();
    out.push_str(&env.get(&name).unwrap_or_default());
    Ok(j)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(name: &str) -> Option<String> {
        match name {
            "A" => Some("apple".into()),
            "E" => Some(String::new()),
            "SP" => Some("x y".into()),
            _ => None,
        }
    }

    #[test]
    fn substitution_forms() {
        let w = |s: &str| process_word(s, &env, '\\').unwrap();
        assert_eq!(w("$A/${A}-x"), "apple/apple-x");
        assert_eq!(w("${NOPE:-def}"), "def");
        assert_eq!(w("${E:-def}"), "def");
        assert_eq!(w("${E-def}"), "");
        assert_eq!(w("${A:+alt}"), "alt");
        assert_eq!(w("${NOPE:+alt}"), "");
        assert_eq!(w("${NOPE:-$A}"), "apple");
        assert_eq!(w("'$A'"), "$A");
        assert_eq!(w("\"$A b\""), "apple b");
        assert_eq!(w("\\$A"), "$A");
        assert_eq!(w("cost $"), "cost $");
        assert!(process_word("${NOPE:?must be set}", &env, '\\')
            .unwrap_err()
            .to_string()
            .contains("must be set"));
        assert!(process_word("${A", &env, '\\').is_err());
        assert!(process_word("${A:=x}", &env, '\\').is_err());
    }

    #[test]
    fn splitting_and_quotes() {
        let ws = |s: &str| process_words(s, &env, '\\').unwrap();
        assert_eq!(ws("a=\"1 2\" b=$SP"), vec!["a=1 2", "b=x y"]);
        assert_eq!(ws("  one   two "), vec!["one", "two"]);
        assert_eq!(ws("x\\ y"), vec!["x y"]);
        assert_eq!(process_words("a `$A", &env, '`').unwrap(), vec!["a", "$A"]);
        assert!(process_words("'open", &env, '\\').is_err());
    }
}
