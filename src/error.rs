//! Exit codes and the top-level error report.
//!
//! dhow follows docker's contract: 125 when dhow itself fails, 126 when the
//! container command cannot be invoked, 127 when it is not found, otherwise the
//! container's own exit code. Engine code returns `anyhow::Error`; an
//! [`Exit`] inside the chain carries a code other than 125.

use std::fmt;

/// docker's exit code for a failure of the engine itself.
pub const ENGINE_FAILURE: i32 = 125;
/// The container command exists but cannot be invoked.
pub const CANNOT_INVOKE: i32 = 126;
/// The container command was not found.
pub const NOT_FOUND: i32 = 127;

/// An error (or a plain exit) that must end the process with a specific code.
/// With an empty message nothing is printed: used to pass a container's exit
/// code through.
#[derive(Debug)]
pub struct Exit {
    pub code: i32,
    pub message: String,
}

impl Exit {
    pub fn with_code(code: i32, message: impl Into<String>) -> Self {
        Exit { code, message: message.into() }
    }
    pub fn silent(code: i32) -> Self {
        Exit { code, message: String::new() }
    }
}

impl fmt::Display for Exit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Exit {}

/// An object that cannot be removed (or acted on) in its present state: a
/// running container, an image or volume or network a container uses.
/// podman calls these "container state improper" / "is being used" and its
/// removal commands (`rm`, `rmi`, `volume rm`, `network rm`) exit 2 for
/// them; the CLI maps this marker to that code where podman does.
#[derive(Debug)]
pub struct Busy(pub String);

impl fmt::Display for Busy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Busy {}

/// Prints `err` as `Error: outer: cause: cause` on stderr (docker's and podman's
/// style) and returns the exit code it stands for.
pub fn report(err: &anyhow::Error) -> i32 {
    if let Some(exit) = err.downcast_ref::<Exit>() {
        if !exit.message.is_empty() {
            eprintln!("Error: {}", exit.message);
        }
        return exit.code;
    }
    eprintln!("Error: {}", message(err));
    ENGINE_FAILURE
}

/// `outer: cause: cause`, each cause once.
pub fn message(err: &anyhow::Error) -> String {
    let mut msg = err.to_string();
    for cause in err.chain().skip(1) {
        let c = cause.to_string();
        if !msg.contains(&c) {
            msg.push_str(": ");
            msg.push_str(&c);
        }
    }
    msg
}
