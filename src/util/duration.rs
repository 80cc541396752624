//! Go's `time.ParseDuration`, the one duration syntax docker and podman
//! accept in flags (`--health-interval 1m30s`) and Dockerfiles
//! (`HEALTHCHECK --interval=30s`): an optional sign, then decimal numbers
//! each with a unit (ns, us, µs, ms, s, m, h); a bare `0` is the only
//! number allowed without a unit.

use anyhow::{bail, Result};

/// Parses `s` into signed nanoseconds, with Go's error messages
/// (`time: missing unit in duration "5"`).
pub fn parse_go(s: &str) -> Result<i64> {
    let (neg, mut rest) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    if rest == "0" {
        return Ok(0);
    }
    if rest.is_empty() {
        bail!("time: invalid duration {s:?}");
    }
    let mut total: f64 = 0.0;
    while !rest.is_empty() {
        let num_len = rest.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(rest.len());
        let num = &rest[..num_len];
        if num.is_empty() || num == "." || num.matches('.').count() > 1 {
            bail!("time: invalid duration {s:?}");
        }
        let n: f64 = num.parse().map_err(|_| anyhow::anyhow!("time: invalid duration {s:?}"))?;
        rest = &rest[num_len..];
        let unit_len = rest.find(|c: char| c.is_ascii_digit() || c == '.').unwrap_or(rest.len());
        let mult = match &rest[..unit_len] {
            "" => bail!("time: missing unit in duration {s:?}"),
            "ns" => 1.0,
            "us" | "µs" | "μs" => 1e3,
            "ms" => 1e6,
            "s" => 1e9,
            "m" => 60e9,
            "h" => 3600e9,
            u => bail!("time: unknown unit {u:?} in duration {s:?}"),
        };
        rest = &rest[unit_len..];
        total += n * mult;
    }
    if !total.is_finite() || total > i64::MAX as f64 {
        bail!("time: invalid duration {s:?}");
    }
    let ns = total.round() as i64;
    Ok(if neg { -ns } else { ns })
}

/// A duration that must not be negative (intervals, timeouts, `wait
/// --interval`, `--since 10m`).
pub fn parse(s: &str) -> Result<std::time::Duration> {
    let ns = parse_go(s)?;
    match u64::try_from(ns) {
        Ok(ns) => Ok(std::time::Duration::from_nanos(ns)),
        Err(_) => bail!("invalid duration {s:?}: it must not be negative"),
    }
}

/// A non-negative duration for `--since 10m`-style "that long ago"
/// arguments; None when `s` is not one.
pub fn parse_ago(s: &str) -> Option<chrono::Duration> {
    parse_go(s).ok().filter(|ns| *ns >= 0).map(chrono::Duration::nanoseconds)
}

/// Go's `Duration.String()`: `1m30s`, `500ms`, `0s`, as docker prints
/// durations back (for example in "Health check exceeded timeout (30s)").
pub fn format_go(ns: i64) -> String {
    if ns == 0 {
        return "0s".into();
    }
    let sign = if ns < 0 { "-" } else { "" };
    let u = ns.unsigned_abs();
    if u < 1_000 {
        return format!("{sign}{u}ns");
    }
    if u < 1_000_000 {
        return format!("{sign}{}µs", trim_frac(u, 1_000));
    }
    if u < 1_000_000_000 {
        return format!("{sign}{}ms", trim_frac(u, 1_000_000));
    }
    let secs = u / 1_000_000_000;
    let frac = u % 1_000_000_000;
    let (h, m, s) = (secs / 3600, secs / 60 % 60, secs % 60);
    let mut out = String::from(sign);
    if h > 0 {
        out.push_str(&format!("{h}h"));
    }
    if h > 0 || m > 0 {
        out.push_str(&format!("{m}m"));
    }
    out.push_str(&trim_frac(s * 1_000_000_000 + frac, 1_000_000_000));
    out.push('s');
    out
}

/// `v / unit` with the fraction's trailing zeros dropped.
fn trim_frac(v: u64, unit: u64) -> String {
    let whole = v / unit;
    let frac = v % unit;
    if frac == 0 {
        return whole.to_string();
    }
    let width = unit.to_string().len() - 1;
    let f = format!("{frac:0width$}");
    format!("{whole}.{}", f.trim_end_matches('0'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_like_go() {
        assert_eq!(parse_go("30s").unwrap(), 30_000_000_000);
        assert_eq!(parse_go("1m30s").unwrap(), 90_000_000_000);
        assert_eq!(parse_go("500ms").unwrap(), 500_000_000);
        assert_eq!(parse_go("1.5h").unwrap(), 5_400_000_000_000);
        assert_eq!(parse_go("0").unwrap(), 0);
        assert_eq!(parse_go("-1s").unwrap(), -1_000_000_000);
        assert_eq!(parse_go("+2us").unwrap(), 2_000);
        assert_eq!(parse_go("10").unwrap_err().to_string(), "time: missing unit in duration \"10\"");
        assert_eq!(parse_go("5y").unwrap_err().to_string(), "time: unknown unit \"y\" in duration \"5y\"");
        for bad in ["", "-", "s", ".s", "1..2s", "1s2"] {
            assert!(parse_go(bad).is_err(), "{bad}");
        }
        assert_eq!(parse_ago("1h30m"), Some(chrono::Duration::minutes(90)));
        assert_eq!(parse_ago("-5m"), None);
    }

    #[test]
    fn non_negative() {
        assert_eq!(parse("1m").unwrap(), std::time::Duration::from_secs(60));
        assert!(parse("-1s").unwrap_err().to_string().contains("negative"));
        assert!(parse("10").unwrap_err().to_string().contains("missing unit"));
    }

    #[test]
    fn formats_like_go() {
        assert_eq!(format_go(0), "0s");
        assert_eq!(format_go(30_000_000_000), "30s");
        assert_eq!(format_go(90_000_000_000), "1m30s");
        assert_eq!(format_go(500_000_000), "500ms");
        assert_eq!(format_go(1_500_000_000), "1.5s");
        assert_eq!(format_go(3_600_000_000_000), "1h0m0s");
        assert_eq!(format_go(1_500), "1.5µs");
    }
}
