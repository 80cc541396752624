//! A user's credentials for one registry: what the auth files
//! (`config::auth`) find and what the registry client (`image::registry`)
//! sends. Plain data, kept below both so neither has to copy it field by
//! field into its own struct.

use std::fmt;

/// A user's credentials for one registry.
#[derive(Clone, PartialEq, Eq)]
pub struct Credentials {
    pub username: String,
    pub password: String,
    /// An OAuth2 refresh token (docker's `identitytoken`), exchanged for
    /// bearer tokens instead of the password.
    pub identity_token: Option<String>,
}

/// Secrets never reach logs or error messages.
impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials")
            .field("username", &self.username)
            .field("password", &"<redacted>")
            .field(
                "identity_token",
                &self.identity_token.as_ref().map(|_| "<redacted>"),
            )
            .finish()
    }
}
