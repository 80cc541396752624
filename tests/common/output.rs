//! Small helpers for reading `dhow`'s output in assertions.

/// This machine's architecture in OCI/Go spelling (`amd64`, `arm64`, ...).
pub fn host_arch() -> &'static str {
    match std::env::consts::ARCH {
        "x86_64" => "amd64",
        "aarch64" => "arm64",
        "x86" => "386",
        "powerpc64" => "ppc64le",
        "loongarch64" => "loong64",
        other => other,
    }
}

/// An architecture other than this machine's, for multi-platform tests.
pub fn other_arch() -> &'static str {
    if host_arch() == "arm64" {
        "amd64"
    } else {
        "arm64"
    }
}

/// True when `s` is exactly `len` lowercase hex digits.
pub fn is_hex(s: &str, len: usize) -> bool {
    s.len() == len && s.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// A table printed by `dhow images`, `history`, ...: the header with its
/// whitespace normalised (`"REPOSITORY TAG IMAGE ID CREATED SIZE"`) and the
/// rows split on whitespace (so a multi-word cell such as `2 years ago`
/// spans several fields: compare leading columns only).
pub fn table_rows(stdout: &str) -> (String, Vec<Vec<String>>) {
    let mut lines = stdout.lines().filter(|l| !l.trim().is_empty());
    let header = lines.next().unwrap_or("").split_whitespace().collect::<Vec<_>>().join(" ");
    let rows = lines.map(|l| l.split_whitespace().map(str::to_string).collect()).collect();
    (header, rows)
}

/// Last non-empty line of `s`, trimmed.
pub fn last_line(s: &str) -> &str {
    s.lines().rev().map(str::trim).find(|l| !l.is_empty()).unwrap_or("")
}

/// Non-empty trimmed lines of `s`.
pub fn lines(s: &str) -> Vec<&str> {
    s.lines().map(str::trim).filter(|l| !l.is_empty()).collect()
}
