//! Builds OCI images from scratch: layer tars (including the hostile ones a
//! registry may serve), image configs, manifests, indexes, and the OCI image
//! layout directory that `skopeo copy oci:DIR:TAG` reads.
//!
//! Everything is deterministic (fixed mtimes, owners, order), so a fixture
//! has the same digests on every run.

use flate2::write::GzEncoder;
use serde_json::{json, Value};
use sha2::{Digest as _, Sha256};
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

pub const MT_MANIFEST: &str = "application/vnd.oci.image.manifest.v1+json";
pub const MT_INDEX: &str = "application/vnd.oci.image.index.v1+json";
pub const MT_CONFIG: &str = "application/vnd.oci.image.config.v1+json";
pub const MT_LAYER_TAR: &str = "application/vnd.oci.image.layer.v1.tar";
pub const MT_LAYER_GZIP: &str = "application/vnd.oci.image.layer.v1.tar+gzip";
pub const MT_LAYER_ZSTD: &str = "application/vnd.oci.image.layer.v1.tar+zstd";

/// 2024-01-01T00:00:00Z: the mtime of every entry and the images' `created`.
pub const EPOCH: u64 = 1_704_067_200;
pub const CREATED: &str = "2024-01-01T00:00:00Z";

/// `sha256:<hex>` of `bytes`.
pub fn sha256(bytes: &[u8]) -> String {
    format!("sha256:{}", hex::encode(Sha256::digest(bytes)))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compression {
    None,
    Gzip,
    Zstd,
}

impl Compression {
    pub fn media_type(self) -> &'static str {
        match self {
            Compression::None => MT_LAYER_TAR,
            Compression::Gzip => MT_LAYER_GZIP,
            Compression::Zstd => MT_LAYER_ZSTD,
        }
    }
}

/// Accumulates tar entries for one layer. Paths are given without a leading
/// `/` (`"bin/sh"`), as image tars have them.
pub struct LayerBuilder {
    tar: tar::Builder<Vec<u8>>,
}

impl Default for LayerBuilder {
    fn default() -> Self {
        Self::new()
    }
}

impl LayerBuilder {
    pub fn new() -> LayerBuilder {
        LayerBuilder { tar: tar::Builder::new(Vec::new()) }
    }

    fn header(kind: tar::EntryType, mode: u32, uid: u64, gid: u64, size: u64) -> tar::Header {
        let mut h = tar::Header::new_gnu();
        h.set_entry_type(kind);
        h.set_mode(mode);
        h.set_uid(uid);
        h.set_gid(gid);
        h.set_size(size);
        h.set_mtime(EPOCH);
        h
    }

    pub fn dir(&mut self, path: &str, mode: u32) -> &mut Self {
        self.dir_owned(path, mode, 0, 0)
    }

    pub fn dir_owned(&mut self, path: &str, mode: u32, uid: u64, gid: u64) -> &mut Self {
        let mut h = Self::header(tar::EntryType::Directory, mode, uid, gid, 0);
        let path = format!("{}/", path.trim_end_matches('/'));
        self.tar.append_data(&mut h, path, std::io::empty()).expect("tar dir entry");
        self
    }

    pub fn file(&mut self, path: &str, mode: u32, data: &[u8]) -> &mut Self {
        self.file_owned(path, mode, 0, 0, data)
    }

    pub fn file_owned(&mut self, path: &str, mode: u32, uid: u64, gid: u64, data: &[u8]) -> &mut Self {
        let mut h = Self::header(tar::EntryType::Regular, mode, uid, gid, data.len() as u64);
        self.tar.append_data(&mut h, path, data).expect("tar file entry");
        self
    }

    pub fn symlink(&mut self, path: &str, target: &str) -> &mut Self {
        let mut h = Self::header(tar::EntryType::Symlink, 0o777, 0, 0, 0);
        self.tar.append_link(&mut h, path, target).expect("tar symlink entry");
        self
    }

    /// Hard link `path` to the earlier entry `target` (a path in the layer).
    pub fn hardlink(&mut self, path: &str, target: &str) -> &mut Self {
        let mut h = Self::header(tar::EntryType::Link, 0o644, 0, 0, 0);
        self.tar.append_link(&mut h, path, target).expect("tar hardlink entry");
        self
    }

    /// A regular file whose name is written into the header verbatim, `..`
    /// and all: the tar crate refuses such names, a hostile registry does not.
    pub fn raw_file(&mut self, name: &str, data: &[u8]) -> &mut Self {
        let mut h = Self::header(tar::EntryType::Regular, 0o644, 0, 0, data.len() as u64);
        let field = &mut h.as_old_mut().name;
        assert!(name.len() < field.len(), "raw tar name too long: {name}");
        field.fill(0);
        field[..name.len()].copy_from_slice(name.as_bytes());
        h.set_cksum();
        self.tar.append(&h, data).expect("raw tar entry");
        self
    }

    /// A symlink (`kind` `b'2'`) or hard link (`b'1'`) whose name and
    /// target are written verbatim, `..` and absolute paths included.
    pub fn raw_link(&mut self, kind: u8, name: &str, target: &str) -> &mut Self {
        let entry = if kind == b'1' { tar::EntryType::Link } else { tar::EntryType::Symlink };
        let mut h = Self::header(entry, 0o777, 0, 0, 0);
        let old = h.as_old_mut();
        assert!(name.len() < old.name.len() && target.len() < old.linkname.len(), "raw tar names too long");
        old.name.fill(0);
        old.name[..name.len()].copy_from_slice(name.as_bytes());
        old.linkname.fill(0);
        old.linkname[..target.len()].copy_from_slice(target.as_bytes());
        h.set_cksum();
        self.tar.append(&h, std::io::empty()).expect("raw tar link");
        self
    }

    /// A char (`b'c'`), block (`b'b'`) device or FIFO (`b'p'`) entry.
    pub fn special(&mut self, path: &str, kind: u8, major: u32, minor: u32) -> &mut Self {
        let kind = match kind {
            b'c' => tar::EntryType::Char,
            b'b' => tar::EntryType::Block,
            _ => tar::EntryType::Fifo,
        };
        let mut h = Self::header(kind, 0o666, 0, 0, 0);
        h.set_device_major(major).expect("device major");
        h.set_device_minor(minor).expect("device minor");
        self.tar.append_data(&mut h, path, std::io::empty()).expect("tar special entry");
        self
    }

    /// A PAX extended header (applies to the next entry).
    pub fn pax(&mut self, records: &[(&str, &[u8])]) -> &mut Self {
        self.tar.append_pax_extensions(records.iter().map(|(k, v)| (*k, *v))).expect("pax header");
        self
    }

    /// A regular-file header whose size field says `declared` while `data`
    /// follows (padded to 512): a lie a hostile tar may tell.
    pub fn lying_file(&mut self, name: &str, declared: u64, data: &[u8]) -> &mut Self {
        let mut h = Self::header(tar::EntryType::Regular, 0o644, 0, 0, declared);
        h.set_path(name).expect("tar path");
        h.set_cksum();
        let mut raw = h.as_bytes().to_vec();
        raw.extend_from_slice(data);
        raw.resize(raw.len().div_ceil(512) * 512, 0);
        self.tar.get_mut().extend_from_slice(&raw);
        self
    }

    /// The tar so far, closed (two zero blocks), uncompressed.
    pub fn into_tar(self) -> Vec<u8> {
        self.tar.into_inner().expect("finishing tar")
    }

    /// Closes the tar and compresses it.
    pub fn finish(self, compression: Compression) -> Layer {
        let tar = self.tar.into_inner().expect("finishing tar");
        Layer::from_tar(tar, compression)
    }
}

/// One finished layer: the blob as pushed plus what the config records.
#[derive(Debug, Clone)]
pub struct Layer {
    pub blob: Vec<u8>,
    pub media_type: &'static str,
    /// Digest of the blob (as in the manifest).
    pub digest: String,
    /// Digest of the uncompressed tar (as in the config's rootfs.diff_ids).
    pub diff_id: String,
    /// History line for the config.
    pub created_by: String,
}

impl Layer {
    pub fn from_tar(tar: Vec<u8>, compression: Compression) -> Layer {
        let diff_id = sha256(&tar);
        let blob = match compression {
            Compression::None => tar,
            Compression::Gzip => {
                let mut gz = GzEncoder::new(Vec::new(), flate2::Compression::fast());
                gz.write_all(&tar).expect("gzip layer");
                gz.finish().expect("gzip layer")
            }
            Compression::Zstd => zstd::encode_all(&tar[..], 3).expect("zstd layer"),
        };
        Layer {
            digest: sha256(&blob),
            blob,
            media_type: compression.media_type(),
            created_by: format!("/bin/sh -c #(nop) ADD file:{} in / ", &diff_id[7..19]),
            diff_id,
        }
    }

    pub fn created_by(mut self, text: &str) -> Layer {
        self.created_by = text.to_string();
        self
    }
}

/// A content descriptor (`mediaType`, `digest`, `size`).
#[derive(Debug, Clone)]
pub struct Descriptor {
    pub media_type: String,
    pub digest: String,
    pub size: u64,
}

impl Descriptor {
    pub fn json(&self) -> Value {
        json!({"mediaType": self.media_type, "digest": self.digest, "size": self.size})
    }
}

/// What the harness knows about one built image manifest.
#[derive(Debug, Clone)]
pub struct BuiltImage {
    pub manifest: Descriptor,
    pub config: Descriptor,
    pub arch: String,
    pub diff_ids: Vec<String>,
    pub layers: Vec<Descriptor>,
    pub history_len: usize,
}

impl BuiltImage {
    /// Image ID as docker and podman show it: the config digest's hex.
    pub fn id(&self) -> String {
        self.config.digest.trim_start_matches("sha256:").to_string()
    }
}

/// An image config plus its layers, ready to be written into a layout.
pub struct ImageSpec {
    pub arch: String,
    pub os: String,
    pub cmd: Vec<String>,
    pub env: Vec<String>,
    pub layers: Vec<Layer>,
}

impl ImageSpec {
    pub fn new(arch: &str, layers: Vec<Layer>) -> ImageSpec {
        ImageSpec {
            arch: arch.to_string(),
            os: "linux".into(),
            cmd: vec!["sh".into()],
            env: vec!["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin".into()],
            layers,
        }
    }

    fn config_json(&self) -> Value {
        let mut history: Vec<Value> =
            self.layers.iter().map(|l| json!({"created": CREATED, "created_by": l.created_by})).collect();
        history.push(json!({
            "created": CREATED,
            "created_by": format!("/bin/sh -c #(nop)  CMD {}", serde_json::to_string(&self.cmd).unwrap_or_default()),
            "empty_layer": true
        }));
        json!({
            "created": CREATED,
            "architecture": self.arch,
            "os": self.os,
            "config": {"Env": self.env, "Cmd": self.cmd},
            "rootfs": {"type": "layers", "diff_ids": self.layers.iter().map(|l| l.diff_id.clone()).collect::<Vec<_>>()},
            "history": history
        })
    }
}

/// An OCI image layout directory (`oci-layout`, `index.json`, `blobs/`).
pub struct Layout {
    pub dir: PathBuf,
    refs: Vec<Value>,
}

impl Layout {
    pub fn create(dir: &Path) -> Layout {
        fs::create_dir_all(dir.join("blobs/sha256")).expect("creating OCI layout");
        fs::write(dir.join("oci-layout"), br#"{"imageLayoutVersion":"1.0.0"}"#).expect("writing oci-layout");
        let layout = Layout { dir: dir.to_path_buf(), refs: Vec::new() };
        layout.write_index();
        layout
    }

    /// Stores `bytes` as a blob and describes it.
    pub fn blob(&self, media_type: &str, bytes: &[u8]) -> Descriptor {
        let digest = sha256(bytes);
        let path = self.dir.join("blobs/sha256").join(&digest[7..]);
        fs::write(&path, bytes).unwrap_or_else(|e| panic!("writing {}: {e}", path.display()));
        Descriptor { media_type: media_type.to_string(), digest, size: bytes.len() as u64 }
    }

    /// Writes the layers, config and manifest of `spec`.
    pub fn image(&self, spec: &ImageSpec) -> BuiltImage {
        let layers: Vec<Descriptor> = spec.layers.iter().map(|l| self.blob(l.media_type, &l.blob)).collect();
        let config_bytes = serde_json::to_vec(&spec.config_json()).expect("config json");
        let config = self.blob(MT_CONFIG, &config_bytes);
        let manifest = json!({
            "schemaVersion": 2,
            "mediaType": MT_MANIFEST,
            "config": config.json(),
            "layers": layers.iter().map(Descriptor::json).collect::<Vec<_>>()
        });
        let manifest = self.blob(MT_MANIFEST, &serde_json::to_vec(&manifest).expect("manifest json"));
        BuiltImage {
            manifest,
            config,
            arch: spec.arch.clone(),
            diff_ids: spec.layers.iter().map(|l| l.diff_id.clone()).collect(),
            layers,
            history_len: spec.layers.len() + 1,
        }
    }

    /// Writes an image index over `images` (each with its platform).
    pub fn index(&self, images: &[BuiltImage], os: &str) -> Descriptor {
        let manifests: Vec<Value> = images
            .iter()
            .map(|img| {
                let mut d = img.manifest.json();
                d["platform"] = json!({"architecture": img.arch, "os": os});
                d
            })
            .collect();
        let index = json!({"schemaVersion": 2, "mediaType": MT_INDEX, "manifests": manifests});
        self.blob(MT_INDEX, &serde_json::to_vec(&index).expect("index json"))
    }

    /// Names `desc` `tag` in the layout's index.json (`oci:DIR:TAG`).
    pub fn tag(&mut self, desc: &Descriptor, tag: &str) {
        let mut d = desc.json();
        d["annotations"] = json!({"org.opencontainers.image.ref.name": tag});
        self.refs.push(d);
        self.write_index();
    }

    fn write_index(&self) {
        let index = json!({"schemaVersion": 2, "mediaType": MT_INDEX, "manifests": self.refs});
        fs::write(self.dir.join("index.json"), serde_json::to_vec(&index).expect("index json")).expect("writing index.json");
    }
}
