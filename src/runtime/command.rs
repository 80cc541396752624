//! Finding and executing the container's command, like `execvpe(3)`.
//!
//! The lookup is done by hand rather than by libc because it must use the
//! `PATH` of the *container's* environment (not ours) and must tell "not
//! found" (exit 127) from "found but cannot run" (exit 126), as docker does.

use std::ffi::CString;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use nix::errno::Errno;

use super::RuntimeError;

/// `PATH` used when the process environment has none (runc's and docker's).
pub const DEFAULT_PATH: &str = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

fn not_executable(command: &str, detail: &str) -> RuntimeError {
    RuntimeError::NotExecutable {
        command: command.to_string(),
        detail: detail.to_string(),
    }
}

/// Why `path` cannot be executed, or `None` if it can.
fn check_executable(command: &str, path: &Path) -> Result<(), RuntimeError> {
    let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => RuntimeError::CommandNotFound {
            command: command.to_string(),
        },
        _ => not_executable(command, &e.to_string()),
    })?;
    if meta.is_dir() {
        return Err(not_executable(command, "is a directory"));
    }
    if meta.permissions().mode() & 0o111 == 0 || !access_x(path) {
        return Err(not_executable(command, "permission denied"));
    }
    Ok(())
}

/// Whether the current credentials may execute `path`.
fn access_x(path: &Path) -> bool {
    let Ok(c) = CString::new(path.as_os_str().as_bytes()) else {
        return false;
    };
    // SAFETY: valid C string.
    unsafe { libc::faccessat(libc::AT_FDCWD, c.as_ptr(), libc::X_OK, libc::AT_EACCESS) == 0 }
}

/// The value of `PATH` in `env` (`KEY=value` strings).
fn path_var(env: &[String]) -> &str {
    env.iter()
        .rev()
        .find_map(|e| e.strip_prefix("PATH="))
        .unwrap_or(DEFAULT_PATH)
}

/// Resolves `command` (`args[0]`) as `execvpe` would with the environment
/// `env`: names with a `/` are used as they are, others are searched in
/// `PATH`. A file found in `PATH` that cannot be executed is skipped, but
/// reported (126) when nothing executable is found.
pub fn resolve_command(command: &str, env: &[String]) -> Result<PathBuf, RuntimeError> {
    if command.is_empty() {
        return Err(RuntimeError::CommandNotFound {
            command: String::new(),
        });
    }
    if command.contains('/') {
        let p = PathBuf::from(command);
        check_executable(command, &p)?;
        return Ok(p);
    }
    let mut denied: Option<RuntimeError> = None;
    for dir in path_var(env).split(':') {
        let dir = if dir.is_empty() { "." } else { dir };
        let candidate = Path::new(dir).join(command);
        match check_executable(command, &candidate) {
            Ok(()) => return Ok(candidate),
            Err(RuntimeError::CommandNotFound { .. }) => {}
            // A directory of that name is not a match (execvp skips it).
            Err(RuntimeError::NotExecutable { ref detail, .. }) if detail == "is a directory" => {}
            Err(e) => {
                denied.get_or_insert(e);
            }
        }
    }
    Err(denied.unwrap_or_else(|| RuntimeError::CommandNotFound {
        command: command.to_string(),
    }))
}

fn cstrings(items: &[String], what: &str) -> Result<Vec<CString>, RuntimeError> {
    items
        .iter()
        .map(|s| {
            CString::new(s.as_bytes())
                .map_err(|_| RuntimeError::InvalidSpec(format!("{what} {s:?} contains a NUL byte")))
        })
        .collect()
}

/// Executes `path` with exactly `args` and `env`. Only returns on failure.
pub(crate) fn execve(path: &Path, args: &[String], env: &[String]) -> RuntimeError {
    let command = args.first().map(String::as_str).unwrap_or("");
    let prepared = (|| {
        let p = CString::new(path.as_os_str().as_bytes()).map_err(|_| {
            RuntimeError::InvalidSpec(format!("command path {path:?} contains a NUL byte"))
        })?;
        Ok::<_, RuntimeError>((
            p,
            cstrings(args, "argument")?,
            cstrings(env, "environment entry")?,
        ))
    })();
    let (p, a, e) = match prepared {
        Ok(v) => v,
        Err(e) => return e,
    };
    let errno = match nix::unistd::execve(&p, &a, &e) {
        Err(errno) => errno,
        Ok(never) => match never {},
    };
    match errno {
        Errno::ENOENT => RuntimeError::CommandNotFound {
            command: command.to_string(),
        },
        Errno::EACCES => not_executable(command, "permission denied"),
        Errno::ENOEXEC => not_executable(command, "exec format error"),
        Errno::EISDIR => not_executable(command, "is a directory"),
        e => not_executable(command, e.desc()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    fn env_with_path(p: &Path) -> Vec<String> {
        vec![
            format!("PATH={}:/nonexistent", p.display()),
            "HOME=/".into(),
        ]
    }

    #[test]
    fn finds_in_path() {
        let d = tempfile::tempdir().unwrap();
        let f = d.path().join("tool");
        fs::write(&f, "#!/bin/sh\n").unwrap();
        fs::set_permissions(&f, fs::Permissions::from_mode(0o755)).unwrap();
        assert_eq!(
            resolve_command("tool", &env_with_path(d.path())).unwrap(),
            f
        );
    }

    #[test]
    fn missing_is_127() {
        let d = tempfile::tempdir().unwrap();
        let e = resolve_command("nope", &env_with_path(d.path())).unwrap_err();
        assert_eq!(e.exit_code(), 127);
        assert_eq!(
            e.to_string(),
            "exec: \"nope\": executable file not found in $PATH"
        );
        assert_eq!(
            resolve_command("/no/such/file", &[])
                .unwrap_err()
                .exit_code(),
            127
        );
    }

    #[test]
    fn not_executable_is_126() {
        let d = tempfile::tempdir().unwrap();
        let f = d.path().join("data");
        fs::write(&f, "x").unwrap();
        fs::set_permissions(&f, fs::Permissions::from_mode(0o644)).unwrap();
        assert_eq!(
            resolve_command("data", &env_with_path(d.path()))
                .unwrap_err()
                .exit_code(),
            126
        );
        let abs = resolve_command(f.to_str().unwrap(), &[]).unwrap_err();
        assert_eq!(abs.exit_code(), 126);
        let dir = resolve_command(d.path().to_str().unwrap(), &[]).unwrap_err();
        assert!(dir.to_string().contains("is a directory"), "{dir}");
    }

    #[test]
    fn directories_in_path_are_skipped() {
        let d = tempfile::tempdir().unwrap();
        fs::create_dir(d.path().join("sub")).unwrap();
        assert_eq!(
            resolve_command("sub", &env_with_path(d.path()))
                .unwrap_err()
                .exit_code(),
            127
        );
    }

    #[test]
    fn default_path_without_env() {
        assert_eq!(path_var(&["A=b".into()]), DEFAULT_PATH);
        assert_eq!(path_var(&["PATH=/x".into()]), "/x");
    }
}
