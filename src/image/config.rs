//! The image configuration blob (docker's and OCI's shape are the same JSON).
//!
//! Fields dhow uses are typed; everything else is kept in `extra` so a config
//! read and written back is not silently stripped (image IDs are config digests,
//! and tools that re-serialise must not drop what they don't know).

use crate::image::digest::Digest;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::collections::BTreeMap;

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct ImageConfig {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    #[serde(default)]
    pub architecture: String,
    #[serde(default)]
    pub os: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub variant: Option<String>,
    #[serde(default)]
    pub config: ContainerConfig,
    #[serde(default)]
    pub rootfs: RootFs,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<History>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// The runtime defaults an image carries (`config` in the blob).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ContainerConfig {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exposed_ports: Option<BTreeMap<String, Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub env: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entrypoint: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cmd: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub volumes: Option<BTreeMap<String, Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub working_dir: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<BTreeMap<String, String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stop_signal: Option<String>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RootFs {
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default)]
    pub diff_ids: Vec<Digest>,
}

impl Default for RootFs {
    fn default() -> Self {
        RootFs { kind: "layers".into(), diff_ids: vec![] }
    }
}

/// One step of how the image was made (`docker history` rows).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct History {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub empty_layer: bool,
}

impl ImageConfig {
    /// Parses a config blob, with an error that says which image was bad.
    pub fn parse(bytes: &[u8]) -> anyhow::Result<ImageConfig> {
        serde_json::from_slice(bytes).map_err(|e| anyhow::anyhow!("image configuration is malformed: {e}"))
    }

    /// The creation time, if present and valid RFC 3339.
    pub fn created_time(&self) -> Option<chrono::DateTime<chrono::Utc>> {
        self.created
            .as_deref()
            .and_then(|c| chrono::DateTime::parse_from_rfc3339(c).ok())
            .map(|t| t.with_timezone(&chrono::Utc))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_unknown_fields() {
        let src = r#"{"architecture":"amd64","os":"linux","config":{"Cmd":["sh"],"Healthcheck":{"Test":["NONE"]}},"rootfs":{"type":"layers","diff_ids":[]},"container":"abc"}"#;
        let c = ImageConfig::parse(src.as_bytes()).unwrap();
        assert_eq!(c.config.cmd, Some(vec!["sh".to_string()]));
        let back = serde_json::to_value(&c).unwrap();
        assert_eq!(back["container"], "abc");
        assert_eq!(back["config"]["Healthcheck"]["Test"][0], "NONE");
    }

    #[test]
    fn null_fields_accepted() {
        let c = ImageConfig::parse(br#"{"architecture":"amd64","os":"linux","config":{"Entrypoint":null,"Cmd":null},"rootfs":{"type":"layers","diff_ids":[]}}"#).unwrap();
        assert!(c.config.entrypoint.is_none());
        assert!(ImageConfig::parse(b"[]").is_err());
    }
}
