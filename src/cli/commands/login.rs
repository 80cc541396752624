//! `dhow login` and `dhow logout`

use crate::engine::transfer::login::{self, LoginOptions};
use crate::engine::Engine;
use anyhow::{bail, Context};
use clap::Args;
use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;

#[derive(Args, Debug)]
pub struct LoginArgs {
    /// Registry to log in to (HOST[:PORT])
    #[arg(value_name = "REGISTRY")]
    pub registry: String,
    /// Username
    #[arg(short, long)]
    pub username: Option<String>,
    /// Password (insecure: it shows in the process list; prefer --password-stdin)
    #[arg(short, long)]
    pub password: Option<String>,
    /// Read the password from standard input
    #[arg(long)]
    pub password_stdin: bool,
    /// Path of the authentication file (default: podman's auth.json)
    #[arg(long, value_name = "FILE", env = "REGISTRY_AUTH_FILE")]
    pub authfile: Option<PathBuf>,
    /// Require HTTPS and verify certificates
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true", action = clap::ArgAction::Set)]
    pub tls_verify: Option<bool>,
    /// Return the stored credentials' user name instead of logging in
    #[arg(long)]
    pub get_login: bool,
    /// Print the authentication file used
    #[arg(short, long)]
    pub verbose: bool,
    #[command(flatten)]
    pub cert_dir: crate::cli::compat_args::CertDirArg,
}

#[derive(Args, Debug)]
pub struct LogoutArgs {
    /// Registry to log out of
    #[arg(value_name = "REGISTRY", required_unless_present = "all")]
    pub registry: Option<String>,
    /// Remove the credentials of all registries
    #[arg(short, long)]
    pub all: bool,
    /// Path of the authentication file (default: podman's auth.json)
    #[arg(long, value_name = "FILE", env = "REGISTRY_AUTH_FILE")]
    pub authfile: Option<PathBuf>,
}

pub fn exec(_engine: &Engine, args: LoginArgs) -> anyhow::Result<()> {
    args.cert_dir.check()?;
    if args.get_login {
        let (key, _) = login::registry_key(&args.registry)?;
        let found = match &args.authfile {
            Some(f) => crate::config::auth::lookup_in(&[f.clone()], &key, "")?,
            None => crate::config::auth::lookup(&key, "")?,
        };
        match found {
            Some(c) => println!("{}", c.username),
            None => bail!("not logged into {key}"),
        }
        return Ok(());
    }
    if args.password.is_some() && args.password_stdin {
        bail!("--password and --password-stdin are mutually exclusive");
    }
    if args.password_stdin && args.username.is_none() {
        bail!("--password-stdin needs --username");
    }
    let stdin = std::io::stdin();
    let username = match args.username {
        Some(u) => u,
        None => {
            eprint!("Username: ");
            std::io::stderr().flush()?;
            let mut line = String::new();
            stdin
                .lock()
                .read_line(&mut line)
                .context("reading the username")?;
            line.trim().to_string()
        }
    };
    let password = match (args.password, args.password_stdin) {
        (Some(p), _) => p,
        (None, true) => {
            let mut line = String::new();
            stdin
                .lock()
                .read_line(&mut line)
                .context("reading the password from standard input")?;
            line.trim_end_matches(['\n', '\r']).to_string()
        }
        (None, false) => read_password()?,
    };
    let used = login::login(&LoginOptions {
        registry: args.registry,
        username,
        password,
        authfile: args.authfile,
        tls_verify: args.tls_verify,
    })?;
    if args.verbose {
        println!("Used: {}", used.display());
    }
    println!("Login Succeeded!");
    Ok(())
}

/// Prompts for the password with echo off when stdin is a terminal.
fn read_password() -> anyhow::Result<String> {
    use nix::sys::termios::{tcgetattr, tcsetattr, LocalFlags, SetArg};
    let stdin = std::io::stdin();
    eprint!("Password: ");
    std::io::stderr().flush()?;
    let saved = if stdin.is_terminal() {
        tcgetattr(&stdin).ok()
    } else {
        None
    };
    if let Some(t) = &saved {
        let mut quiet = t.clone();
        quiet.local_flags.remove(LocalFlags::ECHO);
        let _ = tcsetattr(&stdin, SetArg::TCSANOW, &quiet);
    }
    let mut line = String::new();
    let r = stdin.lock().read_line(&mut line);
    if let Some(t) = &saved {
        let _ = tcsetattr(&stdin, SetArg::TCSANOW, t);
        eprintln!();
    }
    r.context("reading the password")?;
    Ok(line.trim_end_matches(['\n', '\r']).to_string())
}

pub fn exec_logout(_engine: &Engine, args: LogoutArgs) -> anyhow::Result<()> {
    let registry = if args.all {
        None
    } else {
        args.registry.as_deref()
    };
    let msg = login::logout(registry, args.authfile.as_deref())?;
    println!("{msg}");
    Ok(())
}
