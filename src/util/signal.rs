//! Signal names as docker takes them (`TERM`, `SIGKILL`, `sigint`, `9`), for
//! `kill -s`, `--stop-signal`, STOPSIGNAL and the monitor's stop.

use anyhow::{anyhow, Result};
use nix::sys::signal::Signal;
use std::str::FromStr;

/// Parses a signal name (with or without `SIG`, any case) or number.
pub fn parse(s: &str) -> Result<Signal> {
    let up = s.trim().to_ascii_uppercase();
    if let Ok(n) = up.parse::<i32>() {
        return Signal::try_from(n).map_err(|_| anyhow!("invalid signal {s:?}"));
    }
    let name = if up.starts_with("SIG") { up } else { format!("SIG{up}") };
    Signal::from_str(&name).map_err(|_| anyhow!("invalid signal {s:?}: use a name like SIGTERM or a number"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_numbers() {
        assert_eq!(parse("TERM").unwrap(), Signal::SIGTERM);
        assert_eq!(parse("sigkill").unwrap(), Signal::SIGKILL);
        assert_eq!(parse("2").unwrap(), Signal::SIGINT);
        assert!(parse("SIGNOPE").is_err());
        assert!(parse("999").is_err());
    }
}
