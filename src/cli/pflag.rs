//! pflag's parsing rules (what podman and docker scripts rely on), applied
//! once to the whole clap tree instead of flag by flag:
//!
//! * a repeated flag is not an error: the last value wins (`--name a --name
//!   b`); list flags (`-e`, `-v`, `-p`, `--filter`) still accumulate, since
//!   clap's override only applies to single-value actions;
//! * a boolean flag takes an optional `=true|false` (`--rm=false`,
//!   `-d=true`), never a separate word, so `--rm IMAGE` and `-dit` keep
//!   their meaning;
//! * an unknown flag is reported as `unknown flag: --foo` (exit 125), as
//!   pflag words it, and not as clap's "unexpected argument".

use clap::builder::{ArgAction, ValueParser};
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, Command};

/// `cmd` and all its subcommands with pflag's rules (see the module docs).
/// `cmd` may be built already (as `cli::command` builds it, to add the
/// commands' deferred flags first): a boolean flag's rewrite sets every
/// field that clap's build derives from the flag's action.
pub fn apply(cmd: Command) -> Command {
    cmd.args_override_self(true).mut_args(bool_flag).mut_subcommands(apply)
}

/// A boolean flag as pflag has it: bare means true, `=VALUE` sets it.
fn bool_flag(arg: Arg) -> Arg {
    let takes_bool = match arg.get_action() {
        ArgAction::SetTrue | ArgAction::SetFalse => true,
        ArgAction::Set => arg.get_value_parser().type_id() == clap::builder::ValueParser::bool().type_id(),
        _ => false,
    };
    if !takes_bool {
        return arg;
    }
    let bare = if matches!(arg.get_action(), ArgAction::SetFalse) { "false" } else { "true" };
    let default = match arg.get_action() {
        ArgAction::SetTrue => Some("false"),
        ArgAction::SetFalse => Some("true"),
        _ => None,
    };
    let arg = arg
        .action(ArgAction::Set)
        .value_parser(ValueParser::new(parse_bool))
        .num_args(0..=1)
        .require_equals(true)
        .default_missing_value(bare)
        .value_name("BOOL")
        .hide_possible_values(true);
    match default {
        Some(d) => arg.default_value(d).hide_default_value(true),
        None => arg,
    }
}

/// The spellings Go's `strconv.ParseBool` (and so pflag) accepts.
pub fn parse_bool(s: &str) -> Result<bool, String> {
    match s {
        "1" | "t" | "T" | "true" | "TRUE" | "True" => Ok(true),
        "0" | "f" | "F" | "false" | "FALSE" | "False" => Ok(false),
        _ => Err(format!("invalid boolean value {s:?}: use true or false")),
    }
}

/// The message for a command-line error, pflag's wording where scripts
/// look for it, without clap's `error: ` prefix (the caller adds `Error: `).
pub fn usage_message(err: &clap::Error) -> String {
    let invalid_arg = || match err.get(ContextKind::InvalidArg) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        _ => None,
    };
    if let (ErrorKind::InvalidSubcommand, Some(ContextValue::String(sub))) = (err.kind(), err.get(ContextKind::InvalidSubcommand)) {
        let path = match err.get(ContextKind::Usage) {
            Some(ContextValue::StyledStr(usage)) => command_path(&usage.to_string()),
            _ => None,
        };
        return format!("unrecognized command `{} {sub}`", path.unwrap_or_else(|| "dhow".into()));
    }
    match (err.kind(), invalid_arg()) {
        (ErrorKind::UnknownArgument, Some(flag)) if flag.starts_with("--") => {
            format!("unknown flag: {}", flag.split('=').next().unwrap_or(&flag))
        }
        (ErrorKind::UnknownArgument, Some(flag)) if flag.starts_with('-') && flag.len() > 1 => {
            format!("unknown shorthand flag: '{}' in {flag}", &flag[1..2])
        }

        _ => {
            // clap's message is the paragraph before its usage and tips.
            let rendered = err.render().to_string();
            let lines = rendered.lines().map(str::trim).take_while(|l| !l.is_empty() && !l.starts_with("Usage:"));
            let message = lines.filter(|l| !l.starts_with("tip:")).collect::<Vec<_>>().join(" ");
            message.strip_prefix("error: ").unwrap_or(&message).to_string()
        }
    }
}

/// podman's second line after a usage error: `See 'dhow run --help'`,
/// naming the command whose flags were wrong.
pub fn help_hint(err: &clap::Error) -> Option<String> {
    let Some(ContextValue::StyledStr(usage)) = err.get(ContextKind::Usage) else { return None };
    command_path(&usage.to_string()).map(|path| format!("See '{path} --help'"))
}

/// podman's error for a command group given without its command
/// (`dhow image`): `missing command 'dhow image COMMAND'`.
pub fn missing_command(err: &clap::Error) -> String {
    let path = command_path(&err.render().to_string()).unwrap_or_else(|| "dhow".into());
    format!("missing command '{path} COMMAND'")
}

/// The command words of a usage line (`Usage: dhow image ls [OPTIONS]` →
/// `dhow image ls`).
fn command_path(text: &str) -> Option<String> {
    let words = text.split_whitespace().skip_while(|w| *w != "Usage:").skip(1);
    let path: Vec<&str> = words.take_while(|w| w.starts_with(|c: char| c.is_ascii_lowercase()) && w.chars().all(|c| c.is_ascii_lowercase() || c == '-')).collect();
    (!path.is_empty()).then(|| path.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::FromArgMatches;

    #[derive(clap::Parser, Debug)]
    struct T {
        #[arg(short, long)]
        detach: bool,
        #[arg(short, long)]
        interactive: bool,
        #[arg(short, long)]
        tty: bool,
        #[arg(long)]
        name: Option<String>,
        #[arg(short = 'e', long)]
        env: Vec<String>,
        #[arg(long, default_value_t = true, action = clap::ArgAction::Set)]
        sig_proxy: bool,
        #[arg(trailing_var_arg = true)]
        rest: Vec<String>,
    }

    /// `args` parsed with pflag's rules applied before clap builds the
    /// command and (as `cli::command` applies them) after: both read the
    /// same.
    fn parse(args: &[&str]) -> Result<T, clap::Error> {
        let line = || std::iter::once("t").chain(args.iter().copied());
        let before = apply(<T as clap::CommandFactory>::command());
        let mut built = <T as clap::CommandFactory>::command();
        built.build();
        let after = apply(built);
        let read = |cmd: Command| cmd.try_get_matches_from(line()).and_then(|m| T::from_arg_matches(&m));
        let (b, a) = (read(before), read(after));
        let show = |r: &Result<T, clap::Error>| match r {
            Ok(t) => format!("{t:?}"),
            Err(e) => format!("{:?} {}", e.kind(), e.render()),
        };
        assert_eq!(show(&a), show(&b), "{args:?}");
        b
    }

    #[test]
    fn last_value_wins_and_lists_accumulate() {
        let t = parse(&["--name", "a", "--name=b", "-e", "A=1", "-e", "B=2"]).unwrap();
        assert_eq!(t.name.as_deref(), Some("b"));
        assert_eq!(t.env, ["A=1", "B=2"]);
    }

    #[test]
    fn booleans_take_optional_equals_values() {
        let t = parse(&["--detach=true", "-i=false", "--tty"]).unwrap();
        assert!(t.detach && !t.interactive && t.tty);
        let t = parse(&["-d", "--detach=false"]).unwrap();
        assert!(!t.detach, "the last value wins for booleans too");
        let t = parse(&["--sig-proxy=false"]).unwrap();
        assert!(!t.sig_proxy);
        let t = parse(&["--sig-proxy", "img"]).unwrap();
        assert!(t.sig_proxy, "a bare bool never takes the next word");
        assert_eq!(t.rest, ["img"]);
    }

    #[test]
    fn bundles_still_work() {
        let t = parse(&["-dit", "img"]).unwrap();
        assert!(t.detach && t.interactive && t.tty);
        assert_eq!(t.rest, ["img"]);
        let t = parse(&["-di=false"]).unwrap();
        assert!(t.detach && !t.interactive);
    }

    #[test]
    fn a_bare_bool_does_not_swallow_the_next_word() {
        let t = parse(&["-d", "false"]).unwrap();
        assert!(t.detach);
        assert_eq!(t.rest, ["false"]);
    }

    #[test]
    fn bad_boolean_is_an_error() {
        let e = parse(&["--detach=maybe"]).unwrap_err();
        assert!(usage_message(&e).contains("maybe"), "{}", usage_message(&e));
    }

    #[test]
    fn unknown_flags_are_named_as_pflag_does() {
        let e = parse(&["--pod", "x"]).unwrap_err();
        assert_eq!(usage_message(&e), "unknown flag: --pod");
        let e = parse(&["--pod=x"]).unwrap_err();
        assert_eq!(usage_message(&e), "unknown flag: --pod");
        let e = parse(&["-z"]).unwrap_err();
        assert_eq!(usage_message(&e), "unknown shorthand flag: 'z' in -z");
        assert_eq!(help_hint(&e).as_deref(), Some("See 't --help'"));
        assert_eq!(command_path("Usage: dhow image ls [OPTIONS]").as_deref(), Some("dhow image ls"));
        assert_eq!(command_path("Usage: dhow image <COMMAND>").as_deref(), Some("dhow image"));
    }

    /// Every boolean flag of every dhow command takes `=true|false` and
    /// never the next word; every command lets a repeated flag override.
    #[test]
    fn the_whole_tree_follows_pflag() {
        fn walk(cmd: &Command, path: &str) {
            for arg in cmd.get_arguments().filter(|a| !a.is_positional()) {
                assert!(!matches!(arg.get_action(), ArgAction::SetTrue | ArgAction::SetFalse), "{path} --{:?}", arg.get_id());
                if arg.get_action().takes_values() && arg.get_value_parser().type_id() == ValueParser::bool().type_id() {
                    let n = arg.get_num_args().expect("built");
                    assert!(arg.is_require_equals_set() && n.min_values() == 0 && n.max_values() == 1, "{path} {}", arg.get_id());
                }
            }
            for sub in cmd.get_subcommands() {
                walk(sub, &format!("{path} {}", sub.get_name()));
            }
        }
        let mut cmd = crate::cli::command();
        cmd.build();
        walk(&cmd, "dhow");
        let m = cmd.try_get_matches_from(["dhow", "ps", "--format", "a", "--format", "b", "--last=1", "--last=2"]);
        assert!(m.is_ok(), "{m:?}");
    }

    #[test]
    fn go_bool_spellings() {
        for t in ["1", "t", "T", "true", "TRUE", "True"] {
            assert_eq!(parse_bool(t), Ok(true));
        }
        for f in ["0", "f", "F", "false", "FALSE", "False"] {
            assert_eq!(parse_bool(f), Ok(false));
        }
        assert!(parse_bool("yes").is_err());
    }
}
