//! Shell-style globs as Go's `filepath.Match` has them, for one name:
//! `.dockerignore` and COPY sources (`build::context`, which adds `**` on
//! top) and docker's `reference=` image filter (`engine::images`).

/// `filepath.Match` for one component: `*`, `?`, `[a-z]`, `[!x]`, `\x`.
pub fn glob(pattern: &str, name: &str) -> bool {
    let p: Vec<char> = pattern.chars().collect();
    let n: Vec<char> = name.chars().collect();
    glob_at(&p, &n)
}

fn glob_at(p: &[char], n: &[char]) -> bool {
    let Some(&c) = p.first() else {
        return n.is_empty();
    };
    match c {
        '*' => (0..=n.len()).any(|k| glob_at(&p[1..], &n[k..])),
        '?' => !n.is_empty() && glob_at(&p[1..], &n[1..]),
        '[' => {
            let Some(&ch) = n.first() else { return false };
            let mut i = 1;
            let negate = matches!(p.get(1), Some('!') | Some('^'));
            if negate {
                i += 1;
            }
            let mut matched = false;
            let mut first = true;
            while i < p.len() && (p[i] != ']' || first) {
                first = false;
                let lo = p[i];
                if i + 2 < p.len() && p[i + 1] == '-' && p[i + 2] != ']' {
                    if lo <= ch && ch <= p[i + 2] {
                        matched = true;
                    }
                    i += 3;
                } else {
                    if lo == ch {
                        matched = true;
                    }
                    i += 1;
                }
            }
            if i >= p.len() {
                return false; // unterminated class matches nothing
            }
            matched != negate && glob_at(&p[i + 1..], &n[1..])
        }
        '\\' if p.len() > 1 => !n.is_empty() && n[0] == p[1] && glob_at(&p[2..], &n[1..]),
        _ => !n.is_empty() && n[0] == c && glob_at(&p[1..], &n[1..]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs() {
        assert!(glob("*.jar", "app.jar"));
        assert!(!glob("*.jar", "app.jar.bak"));
        assert!(glob("[a-c]?", "b1"));
        assert!(!glob("[!a-c]?", "b1"));
        assert!(glob("a\\*", "a*"));
        // As the reference filter uses it: `*` also matches `/`.
        assert!(glob("busy*", "busybox"));
        assert!(glob("*/busybox:*", "demo/busybox:latest"));
        assert!(!glob("busy?", "busybox"));
        assert!(glob("", ""));
    }
}
