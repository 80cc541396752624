//! docker's `--since`/`--until` times (logs, events, prune filters): a Go
//! duration before now, Unix seconds with an optional fraction, RFC 3339, or
//! a date/time without a zone, which is **local time** (docker's rule). One
//! parser so that `logs --since X` and `events --since X` mean the same time.

use anyhow::{anyhow, Result};
use chrono::{DateTime, Local, NaiveDate, NaiveDateTime, TimeZone, Utc};

/// Parses `s` relative to `now`.
pub fn parse(s: &str, now: DateTime<Utc>) -> Result<DateTime<Utc>> {
    let s = s.trim();
    let invalid = || anyhow!("invalid time {s:?}: use a duration (10m, 1h30m), a Unix timestamp, or an RFC 3339 date (2024-01-02T15:04:05Z)");
    if s.is_empty() {
        return Err(invalid());
    }
    if let Ok(d) = super::duration::parse(s) {
        let d = chrono::Duration::from_std(d).map_err(|_| invalid())?;
        return now.checked_sub_signed(d).ok_or_else(invalid);
    }
    if s.chars().all(|c| c.is_ascii_digit() || c == '.') && s.chars().filter(|c| *c == '.').count() <= 1 {
        let (secs, frac) = s.split_once('.').unwrap_or((s, ""));
        let secs: i64 = secs.parse().map_err(|_| invalid())?;
        let nanos: u32 = if frac.is_empty() {
            0
        } else {
            let digits: String = frac.chars().chain(std::iter::repeat('0')).take(9).collect();
            digits.parse().map_err(|_| invalid())?
        };
        return DateTime::from_timestamp(secs, nanos).ok_or_else(invalid);
    }
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Ok(t.with_timezone(&Utc));
    }
    let local = |t: NaiveDateTime| Local.from_local_datetime(&t).earliest().map(|t| t.with_timezone(&Utc)).ok_or_else(invalid);
    for f in ["%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S"] {
        if let Ok(t) = NaiveDateTime::parse_from_str(s, f) {
            return local(t);
        }
    }
    if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        return local(d.and_hms_opt(0, 0, 0).ok_or_else(invalid)?);
    }
    Err(invalid())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2026-12-01T12:00:00Z").unwrap().with_timezone(&Utc)
    }

    #[test]
    fn since_takes_durations_timestamps_and_dates() {
        assert_eq!(parse("10m", now()).unwrap(), now() - chrono::Duration::minutes(10));
        assert_eq!(parse("1h30m", now()).unwrap(), now() - chrono::Duration::minutes(90));
        assert_eq!(
            parse("2.5s", now()).unwrap(),
            now() - chrono::Duration::milliseconds(2500)
        );
        assert_eq!(
            parse("1700000000", now()).unwrap().timestamp(),
            1_700_000_000
        );
        assert_eq!(
            parse("1700000000.5", now())
                .unwrap()
                .timestamp_subsec_millis(),
            500
        );
        assert_eq!(
            parse("2024-01-02T03:04:05Z", now())
                .unwrap()
                .timestamp(),
            1_704_164_645
        );
        assert_eq!(
            parse("2024-01-02T03:04:05.123456789+01:00", now())
                .unwrap()
                .timestamp(),
            1_704_161_045
        );
        assert!(parse("2024-01-02", now()).is_ok());
        for bad in ["", "yesterday", "10x", "1.2.3", "m"] {
            assert!(parse(bad, now()).is_err(), "{bad}");
        }
    }

    #[test]
    fn durations_before_now() {
        assert_eq!(parse("10m", now()).unwrap(), now() - chrono::Duration::minutes(10));
        assert_eq!(parse("1h30m", now()).unwrap(), now() - chrono::Duration::minutes(90));
    }

    #[test]
    fn unix_and_rfc3339() {
        assert_eq!(parse("1700000000", now()).unwrap().timestamp(), 1_700_000_000);
        assert_eq!(parse("1700000000.5", now()).unwrap().timestamp_subsec_millis(), 500);
        assert_eq!(parse("2026-12-01T10:00:00Z", now()).unwrap().to_rfc3339(), "2026-12-01T10:00:00+00:00");
        assert_eq!(parse("2026-12-01T10:00:00+02:00", now()).unwrap().to_rfc3339(), "2026-12-01T08:00:00+00:00");
    }

    #[test]
    fn a_time_without_a_zone_is_local_time() {
        let want = Local.with_ymd_and_hms(2026, 12, 1, 10, 0, 0).unwrap().with_timezone(&Utc);
        assert_eq!(parse("2026-12-01T10:00:00", now()).unwrap(), want);
        assert_eq!(parse("2026-12-01 10:00:00", now()).unwrap(), want);
        let midnight = Local.with_ymd_and_hms(2026, 12, 1, 0, 0, 0).unwrap().with_timezone(&Utc);
        assert_eq!(parse("2026-12-01", now()).unwrap(), midnight);
    }

    #[test]
    fn bad_times() {
        for bad in ["", "yesterday", "10", "-1s", "2026-13-01"] {
            if bad == "10" {
                // Plain digits are Unix seconds, as in docker.
                assert!(parse(bad, now()).is_ok());
                continue;
            }
            assert!(parse(bad, now()).is_err(), "{bad:?}");
        }
    }
}
