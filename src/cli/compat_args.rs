//! podman flags dhow takes on several commands: `--cert-dir` (registry
//! certificates), and those it cannot honour (image signing), taken by the
//! parser so a script's command line parses, refused when given with the
//! reason, never silently ignored. `--disable-content-trust` is podman's own no-op
//! (docker compatibility) and is a no-op here too.

use clap::Args;
use std::path::PathBuf;

/// `--cert-dir`: podman's directory of registry certificates: `*.crt`
/// extra CAs, `*.cert` + `*.key` the client identity
/// (`image::registry::certs`).
#[derive(Args, Debug, Clone, Default)]
pub struct CertDirArg {
    /// Use certificates at DIR (*.crt, *.cert, *.key) to connect to the registry
    #[arg(long = "cert-dir", value_name = "DIR")]
    pub cert_dir: Option<PathBuf>,
}

impl CertDirArg {
    /// Makes the directory this invocation's (every registry it talks to).
    pub fn check(&self) -> anyhow::Result<()> {
        if let Some(d) = &self.cert_dir {
            crate::image::registry::certs::set_cert_dir(d.clone());
        }
        Ok(())
    }
}

/// `--disable-content-trust`: a no-op in podman (docker compatibility).
#[derive(Args, Debug, Clone, Default)]
pub struct ContentTrustArg {
    /// No-op, as in podman (docker compatibility)
    #[arg(long = "disable-content-trust", value_name = "BOOL", num_args = 0..=1, default_missing_value = "true")]
    pub disable_content_trust: Option<String>,
}

/// Image signing flags of `push` and `manifest push`.
#[derive(Args, Debug, Clone, Default)]
pub struct SignArgs {
    /// Not supported by dhow (refused): dhow does not sign images
    #[arg(long = "sign-by", value_name = "FINGERPRINT")]
    pub sign_by: Option<String>,
    /// Not supported by dhow (refused): dhow does not sign images
    #[arg(long = "sign-by-sigstore-private-key", value_name = "PATH")]
    pub sign_by_sigstore_private_key: Option<PathBuf>,
    /// Not supported by dhow (refused): dhow does not sign images
    #[arg(long = "sign-passphrase-file", value_name = "PATH")]
    pub sign_passphrase_file: Option<PathBuf>,
}

impl SignArgs {
    pub fn check(&self) -> anyhow::Result<()> {
        crate::cli::commands::refuse_given(
            &[
                ("--sign-by", self.sign_by.is_some()),
                ("--sign-by-sigstore-private-key", self.sign_by_sigstore_private_key.is_some()),
                ("--sign-passphrase-file", self.sign_passphrase_file.is_some()),
            ],
            "dhow does not sign images (no GPG or sigstore signing); push unsigned and sign with a separate tool (skopeo, cosign)",
        )
    }
}
