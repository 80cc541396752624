//! Manifests and indexes, in both the OCI and the Docker v2 schema 2 media
//! types (they share one JSON shape), and selection of the host's platform from
//! a multi-platform index.

use crate::image::digest::Digest;
use anyhow::{bail, Context, Result};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub const OCI_MANIFEST: &str = "application/vnd.oci.image.manifest.v1+json";
pub const OCI_INDEX: &str = "application/vnd.oci.image.index.v1+json";
pub const OCI_CONFIG: &str = "application/vnd.oci.image.config.v1+json";
pub const OCI_LAYER: &str = "application/vnd.oci.image.layer.v1.tar";
pub const OCI_LAYER_GZIP: &str = "application/vnd.oci.image.layer.v1.tar+gzip";
pub const OCI_LAYER_ZSTD: &str = "application/vnd.oci.image.layer.v1.tar+zstd";
pub const DOCKER_MANIFEST: &str = "application/vnd.docker.distribution.manifest.v2+json";
pub const DOCKER_LIST: &str = "application/vnd.docker.distribution.manifest.list.v2+json";
pub const DOCKER_CONFIG: &str = "application/vnd.docker.container.image.v1+json";
pub const DOCKER_LAYER_GZIP: &str = "application/vnd.docker.image.rootfs.diff.tar.gzip";
pub const DOCKER_SCHEMA1_SIGNED: &str = "application/vnd.docker.distribution.manifest.v1+prettyjws";

/// A content descriptor: what a manifest or index points at.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Descriptor {
    #[serde(default)]
    pub media_type: String,
    pub digest: Digest,
    pub size: u64,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub urls: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotations: Option<BTreeMap<String, String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform: Option<Platform>,
}

/// An OS/architecture pair as GOOS/GOARCH name them ("linux", "amd64", "arm64/v8").
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Default)]
pub struct Platform {
    pub architecture: String,
    pub os: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub variant: Option<String>,
    #[serde(rename = "os.version", default, skip_serializing_if = "Option::is_none")]
    pub os_version: Option<String>,
    /// Required OS features (`os.features`: podman's `manifest annotate --os-features`).
    #[serde(rename = "os.features", default, skip_serializing_if = "Vec::is_empty")]
    pub os_features: Vec<String>,
    /// Required CPU features (`features`: podman's `--features`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub features: Vec<String>,
}

impl Platform {
    /// The platform this dhow binary runs on, in Go's naming.
    pub fn host() -> Platform {
        let (arch, variant) = match std::env::consts::ARCH {
            "x86_64" => ("amd64", None),
            "x86" => ("386", None),
            "aarch64" => ("arm64", Some("v8")),
            "arm" => ("arm", Some("v7")),
            "powerpc64" => ("ppc64le", None),
            "s390x" => ("s390x", None),
            "riscv64" => ("riscv64", None),
            other => (other, None),
        };
        Platform { architecture: arch.into(), os: "linux".into(), variant: variant.map(Into::into), os_version: None, ..Default::default() }
    }

    /// Parses `os/arch[/variant]` as `--platform` takes it.
    pub fn parse(s: &str) -> Result<Platform> {
        let parts: Vec<&str> = s.split('/').collect();
        match parts.as_slice() {
            [os, arch] if !os.is_empty() && !arch.is_empty() => {
                Ok(Platform { os: os.to_string(), architecture: normalize_arch(arch), variant: None, os_version: None, ..Default::default() })
            }
            [os, arch, variant] if !os.is_empty() && !arch.is_empty() && !variant.is_empty() => Ok(Platform {
                os: os.to_string(),
                architecture: normalize_arch(arch),
                variant: Some(variant.to_string()),
                os_version: None,
                ..Default::default()
            }),
            _ => bail!("invalid platform {s:?}: expected os/arch[/variant], for example linux/amd64"),
        }
    }

    /// Whether an index entry's platform satisfies this wanted platform. A wanted
    /// platform without a variant accepts any variant; arm64's "v8" is the default
    /// and matches an entry without a variant.
    pub fn matches(&self, entry: &Platform) -> bool {
        if self.os != entry.os || self.architecture != entry.architecture {
            return false;
        }
        let norm = |v: &Option<String>| -> Option<String> {
            match (self.architecture.as_str(), v.as_deref()) {
                ("arm64", Some("v8")) | (_, None) | (_, Some("")) => None,
                (_, Some(x)) => Some(x.to_string()),
            }
        };
        match norm(&self.variant) {
            None => true,
            Some(v) => norm(&entry.variant).is_some_and(|e| e == v),
        }
    }
}

impl std::fmt::Display for Platform {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.os, self.architecture)?;
        if let Some(v) = &self.variant {
            write!(f, "/{v}")?;
        }
        Ok(())
    }
}

/// Maps uname-style names users type (x86_64, aarch64) to Go's.
pub fn normalize_arch(arch: &str) -> String {
    match arch {
        "x86_64" | "x86-64" => "amd64",
        "aarch64" => "arm64",
        "i386" | "i686" => "386",
        other => other,
    }
    .to_string()
}

/// A single-platform image manifest.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ImageManifest {
    pub schema_version: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub media_type: Option<String>,
    pub config: Descriptor,
    pub layers: Vec<Descriptor>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotations: Option<BTreeMap<String, String>>,
}

/// A multi-platform index (OCI) or manifest list (Docker).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ImageIndex {
    pub schema_version: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub media_type: Option<String>,
    pub manifests: Vec<Descriptor>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotations: Option<BTreeMap<String, String>>,
}

/// What a manifest fetch returned.
#[derive(Debug, Clone)]
pub enum Parsed {
    Image(ImageManifest),
    Index(ImageIndex),
}

/// The most layers an image may have. Far more than one overlay mount can
/// stack (see `sys::overlay`), and docker stops at 125; a manifest listing
/// thousands is refused before anything is fetched or extracted, rather
/// than costing thousands of requests and directories.
pub const MAX_LAYERS: usize = 500;

/// Refuses an image of more than [`MAX_LAYERS`] layers.
pub fn check_layer_count(n: usize) -> Result<()> {
    if n > MAX_LAYERS {
        bail!("the image has {n} layers, more than the {MAX_LAYERS} dhow accepts; squash it (e.g. build it with --squash) and try again");
    }
    Ok(())
}

/// Parses manifest bytes, deciding image vs index from the media type the
/// registry sent, else from the document's own `mediaType`, else its shape.
pub fn parse(bytes: &[u8], content_type: &str) -> Result<Parsed> {
    let value: serde_json::Value = serde_json::from_slice(bytes).context("manifest is not valid JSON")?;
    let declared = value.get("mediaType").and_then(|v| v.as_str()).unwrap_or("");
    let ct = content_type.split(';').next().unwrap_or("").trim();
    let kind = if !declared.is_empty() { declared } else { ct };
    if kind == DOCKER_SCHEMA1_SIGNED || kind == "application/vnd.docker.distribution.manifest.v1+json" || value.get("schemaVersion").and_then(|v| v.as_u64()) == Some(1) {
        bail!("the image uses the Docker schema 1 manifest format, which is deprecated and not supported; rebuild or re-push it with a current tool");
    }
    let is_index = kind == OCI_INDEX || kind == DOCKER_LIST || (kind != OCI_MANIFEST && kind != DOCKER_MANIFEST && value.get("manifests").is_some());
    if is_index {
        Ok(Parsed::Index(serde_json::from_value(value).context("malformed image index")?))
    } else {
        let m: ImageManifest = serde_json::from_value(value).context("malformed image manifest")?;
        check_layer_count(m.layers.len())?;
        Ok(Parsed::Image(m))
    }
}

impl ImageIndex {
    /// The entry for `wanted`, or an error listing what the index offers.
    pub fn select(&self, wanted: &Platform) -> Result<&Descriptor> {
        self.manifests
            .iter()
            .find(|d| d.platform.as_ref().is_some_and(|p| wanted.matches(p)))
            .ok_or_else(|| {
                let offered: Vec<String> =
                    self.manifests.iter().filter_map(|d| d.platform.as_ref()).map(|p| p.to_string()).collect();
                anyhow::anyhow!(
                    "no image found in manifest list for platform {wanted} (the image offers: {}); choose one with --platform",
                    if offered.is_empty() { "none".to_string() } else { offered.join(", ") }
                )
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn manifests_of_too_many_layers_are_refused() {
        let layers = |n: usize| -> Vec<serde_json::Value> {
            (0..n).map(|i| serde_json::json!({"mediaType": "application/vnd.oci.image.layer.v1.tar", "digest": Digest::of(&i.to_le_bytes()).to_string(), "size": 1})).collect()
        };
        let manifest = |n: usize| {
            serde_json::to_vec(&serde_json::json!({"schemaVersion": 2, "mediaType": OCI_MANIFEST, "config": {"mediaType": "application/vnd.oci.image.config.v1+json", "digest": Digest::of(b"c").to_string(), "size": 1}, "layers": layers(n)})).unwrap()
        };
        assert!(parse(&manifest(MAX_LAYERS), OCI_MANIFEST).is_ok());
        let err = parse(&manifest(MAX_LAYERS + 1), OCI_MANIFEST).unwrap_err();
        assert!(format!("{err:#}").contains("501 layers, more than the 500"), "{err:#}");
    }

    fn desc(arch: &str, variant: Option<&str>) -> Descriptor {
        Descriptor {
            media_type: OCI_MANIFEST.into(),
            digest: Digest::of(arch.as_bytes()),
            size: 1,
            urls: vec![],
            annotations: None,
            platform: Some(Platform { architecture: arch.into(), os: "linux".into(), variant: variant.map(Into::into), os_version: None, ..Default::default() }),
        }
    }

    #[test]
    fn selects_platform() {
        let idx = ImageIndex { schema_version: 2, media_type: None, manifests: vec![desc("amd64", None), desc("arm64", Some("v8")), desc("arm", Some("v6"))], annotations: None };
        assert_eq!(idx.select(&Platform::parse("linux/arm64").unwrap()).unwrap().digest, Digest::of(b"arm64"));
        assert_eq!(idx.select(&Platform::parse("linux/x86_64").unwrap()).unwrap().digest, Digest::of(b"amd64"));
        assert!(idx.select(&Platform::parse("linux/arm/v7").unwrap()).is_err());
        let err = idx.select(&Platform::parse("linux/s390x").unwrap()).unwrap_err().to_string();
        assert!(err.contains("linux/amd64"), "{err}");
    }

    #[test]
    fn parses_kinds() {
        let m = format!(r#"{{"schemaVersion":2,"config":{{"mediaType":"{OCI_CONFIG}","digest":"{}","size":2}},"layers":[]}}"#, Digest::of(b"{}"));
        assert!(matches!(parse(m.as_bytes(), OCI_MANIFEST).unwrap(), Parsed::Image(_)));
        let i = r#"{"schemaVersion":2,"manifests":[]}"#;
        assert!(matches!(parse(i.as_bytes(), "").unwrap(), Parsed::Index(_)));
        assert!(parse(b"{\"schemaVersion\":1}", "").is_err());
        assert!(parse(b"not json", "").is_err());
        assert!(Platform::parse("linux").is_err());
    }
}
