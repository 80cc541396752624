//! Human-readable sizes and durations as docker prints them ("5.27MB", "2 hours ago").

use chrono::{DateTime, Utc};

/// Decimal units like docker's `units.HumanSize` ("1.24MB", "4.1kB", "0B"):
/// four significant digits ("%.4g").
pub fn size(bytes: u64) -> String {
    size_with_precision(bytes, 4)
}

/// docker's `units.HumanSizeWithPrecision(n, digits)`: decimal units with
/// `digits` significant digits ("%.{digits}g"); `ps -s` uses 3.
pub fn size_with_precision(bytes: u64, digits: usize) -> String {
    const UNITS: [&str; 7] = ["B", "kB", "MB", "GB", "TB", "PB", "EB"];
    let mut v = bytes as f64;
    let mut i = 0;
    while v >= 1000.0 && i < UNITS.len() - 1 {
        v /= 1000.0;
        i += 1;
    }
    let before = if v >= 100.0 {
        3
    } else if v >= 10.0 {
        2
    } else {
        1
    };
    let s = format!("{:.*}", digits.saturating_sub(before), v);
    let s = if s.contains('.') { s.trim_end_matches('0').trim_end_matches('.').to_string() } else { s };
    format!("{s}{}", UNITS[i])
}

/// "About an hour ago", "3 days ago": docker's `units.HumanDuration` + " ago".
pub fn since(t: DateTime<Utc>) -> String {
    let secs = (Utc::now() - t).num_seconds().max(0);
    format!("{} ago", duration(secs))
}

/// docker's `units.HumanDuration`.
pub fn duration(secs: i64) -> String {
    let mins = secs / 60;
    let hours = mins / 60;
    let days = hours / 24;
    match () {
        _ if secs < 1 => "Less than a second".into(),
        _ if secs == 1 => "1 second".into(),
        _ if secs < 60 => format!("{secs} seconds"),
        _ if mins == 1 => "About a minute".into(),
        _ if mins < 60 => format!("{mins} minutes"),
        _ if hours == 1 => "About an hour".into(),
        _ if hours < 48 => format!("{hours} hours"),
        _ if hours < 24 * 7 * 2 => format!("{days} days"),
        _ if hours < 24 * 30 * 2 => format!("{} weeks", days / 7),
        _ if hours < 24 * 365 * 2 => format!("{} months", days / 30),
        _ => format!("{} years", days / 365),
    }
}

/// Parses a size as docker takes it (`--log-opt max-size=10m`, `--tmpfs
/// size=64m`, `--memory 1g`): a number with an optional b/k/m/g/t suffix,
/// binary multiples, case-insensitive, optional trailing "b" ("10mb").
pub fn parse_size(s: &str) -> anyhow::Result<u64> {
    let t = s.trim().to_ascii_lowercase();
    let t = t.strip_suffix('b').filter(|r| r.ends_with(|c: char| c.is_ascii_alphabetic())).unwrap_or(&t);
    let (num, mult) = match t.char_indices().find(|(_, c)| c.is_ascii_alphabetic()) {
        Some((i, _)) => {
            let m: u64 = match &t[i..] {
                "b" => 1,
                "k" | "kb" | "ki" => 1 << 10,
                "m" | "mb" | "mi" => 1 << 20,
                "g" | "gb" | "gi" => 1 << 30,
                "t" | "tb" | "ti" => 1 << 40,
                _ => anyhow::bail!("invalid size {s:?}: use a number with an optional unit b, k, m, g or t"),
            };
            (&t[..i], m)
        }
        None => (t, 1),
    };
    let n: f64 = num.trim().parse().map_err(|_| anyhow::anyhow!("invalid size {s:?}: use a number with an optional unit b, k, m, g or t"))?;
    if !(n >= 0.0) || !n.is_finite() {
        anyhow::bail!("invalid size {s:?}: it must be a positive number");
    }
    Ok((n * mult as f64) as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_parse() {
        assert_eq!(parse_size("10m").unwrap(), 10 << 20);
        assert_eq!(parse_size("1.5k").unwrap(), 1536);
        assert_eq!(parse_size("64MB").unwrap(), 64 << 20);
        assert_eq!(parse_size("512").unwrap(), 512);
        assert!(parse_size("ten").is_err());
        assert!(parse_size("-1m").is_err());
        assert!(parse_size("5x").is_err());
    }
    #[test]
    fn sizes_like_docker() {
        assert_eq!(size(0), "0B");
        assert_eq!(size(999), "999B");
        assert_eq!(size(1_240_000), "1.24MB");
        assert_eq!(size(4_100), "4.1kB");
        assert_eq!(size(123_456_789), "123.5MB");
        // `ps -s`: three significant digits.
        assert_eq!(size_with_precision(123_456, 3), "123kB");
        assert_eq!(size_with_precision(1_000, 3), "1kB");
        assert_eq!(size_with_precision(4_260_000, 3), "4.26MB");
    }
    #[test]
    fn durations_like_docker() {
        assert_eq!(duration(0), "Less than a second");
        assert_eq!(duration(45), "45 seconds");
        assert_eq!(duration(3600), "About an hour");
        assert_eq!(duration(3 * 86400), "3 days");
    }

}
