//! Go's `time.ParseDuration`, the one duration syntax docker and podman take
//! everywhere (`--health-interval`, `--since 10m`, `HEALTHCHECK --timeout`,
//! `stop -t` aside): a signed sequence of decimal numbers, each with a unit.
//! One parser so that every flag accepts and refuses the same texts.

use std::time::Duration;

/// Parses `300ms`, `-1.5h`, `2h45m`, `0` into signed nanoseconds.
/// A number without a unit (other than `0`) is an error, as in Go.
pub fn parse_nanos(s: &str) -> Result<i64, String> {
    let invalid = |why: &str| format!("invalid duration {s:?}: {why} (use e.g. 30s, 1m30s, 500ms)");
    let (negative, mut rest) = match s.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    if rest == "0" {
        return Ok(0);
    }
    if rest.is_empty() {
        return Err(invalid("empty"));
    }
    let mut total: f64 = 0.0;
    while !rest.is_empty() {
        let num_len = rest.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(rest.len());
        let number = &rest[..num_len];
        if number.is_empty() || number == "." {
            return Err(invalid("expected a number"));
        }
        let n: f64 = number.parse().map_err(|_| invalid("bad number"))?;
        rest = &rest[num_len..];
        let unit_len = rest.find(|c: char| c.is_ascii_digit() || c == '.').unwrap_or(rest.len());
        let mult = match &rest[..unit_len] {
            "ns" => 1.0,
            "us" | "µs" | "μs" => 1e3,
            "ms" => 1e6,
            "s" => 1e9,
            "m" => 60e9,
            "h" => 3600e9,
            "" => return Err(invalid("missing unit")),
            u => return Err(invalid(&format!("unknown unit {u:?}"))),
        };
        rest = &rest[unit_len..];
        total += n * mult;
    }
    if !total.is_finite() || total > i64::MAX as f64 {
        return Err(invalid("out of range"));
    }
    let ns = total.round() as i64;
    Ok(if negative { -ns } else { ns })
}

/// A duration that must not be negative (intervals, timeouts, `--since`).
pub fn parse(s: &str) -> Result<Duration, String> {
    let ns = parse_nanos(s)?;
    u64::try_from(ns).map(Duration::from_nanos).map_err(|_| format!("invalid duration {s:?}: it must not be negative"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn go_syntax() {
        assert_eq!(parse_nanos("30s"), Ok(30_000_000_000));
        assert_eq!(parse_nanos("1m30s"), Ok(90_000_000_000));
        assert_eq!(parse_nanos("500ms"), Ok(500_000_000));
        assert_eq!(parse_nanos("1.5h"), Ok(5_400_000_000_000));
        assert_eq!(parse_nanos("2h45m0.5s"), Ok(9_900_500_000_000));
        assert_eq!(parse_nanos("10us"), Ok(10_000));
        assert_eq!(parse_nanos("10µs"), Ok(10_000));
        assert_eq!(parse_nanos("7ns"), Ok(7));
        assert_eq!(parse_nanos("-1s"), Ok(-1_000_000_000));
        assert_eq!(parse_nanos("+2s"), Ok(2_000_000_000));
        assert_eq!(parse_nanos("0"), Ok(0));
        assert_eq!(parse_nanos(".5s"), Ok(500_000_000));
    }

    #[test]
    fn refuses_what_go_refuses() {
        for bad in ["", "10", "5y", "s", "1.2.3s", "-", "1s2", "ms", ".s", "1e3s", " 1s"] {
            let e = parse_nanos(bad).unwrap_err();
            assert!(e.contains("invalid duration"), "{bad:?}: {e}");
        }
        assert!(parse_nanos("10").unwrap_err().contains("missing unit"));
        assert!(parse_nanos("99999999999h").is_err());
    }

    #[test]
    fn non_negative() {
        assert_eq!(parse("1m"), Ok(Duration::from_secs(60)));
        assert!(parse("-1s").unwrap_err().contains("negative"));
    }
}
