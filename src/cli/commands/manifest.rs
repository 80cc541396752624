//! `dhow manifest create|add|annotate|remove|inspect|push|rm|exists`:
//! podman's manifest lists (see `engine::manifests`).

use crate::cli::args::RegistryArgs;
use crate::engine::manifests::{self, AddOptions, ListNotFound, PushOptions, RegistryAccess};
use crate::engine::Engine;
use crate::error::Exit;
use clap::{Args, Subcommand};

#[derive(Subcommand, Debug)]
#[command(defer = true)]
pub enum ManifestCommand {
    /// Create a manifest list, optionally with images in it
    Create(CreateArgs),
    /// Add an image (local, or from a registry) to a manifest list
    Add(AddArgs),
    /// Set the platform and annotations of an entry of a manifest list
    Annotate(AnnotateArgs),
    /// Remove an entry (by digest) from a manifest list
    Remove(RemoveArgs),
    /// Print a manifest list, or the manifest a registry has under a name
    Inspect(InspectArgs),
    /// Push a manifest list (and with --all its images) to a registry
    Push(PushArgs),
    /// Delete manifest lists
    Rm(RmArgs),
    /// Exit 0 if the manifest list exists, 1 if not
    Exists(super::exists::ExistsArgs),
}

/// Platform and annotation flags shared by add and annotate.
#[derive(Args, Debug, Clone)]
pub struct EntryArgs {
    /// Architecture of the entry
    #[arg(long, value_name = "ARCH")]
    pub arch: Option<String>,
    /// Operating system of the entry
    #[arg(long, value_name = "OS")]
    pub os: Option<String>,
    /// Architecture variant of the entry
    #[arg(long, value_name = "VARIANT")]
    pub variant: Option<String>,
    /// Operating system version of the entry
    #[arg(long = "os-version", value_name = "VERSION")]
    pub os_version: Option<String>,
    /// Annotation of the entry (KEY=VALUE)
    #[arg(long = "annotation", value_name = "KEY=VALUE")]
    pub annotation: Vec<String>,
    /// Required CPU features of the entry (recorded as its platform's "features")
    #[arg(long, value_name = "FEATURE", value_delimiter = ',')]
    pub features: Vec<String>,
}

/// `--tls-verify`, `--authfile`, `--creds` for the engine.
fn access(r: &RegistryArgs) -> anyhow::Result<RegistryAccess> {
    Ok(RegistryAccess { tls_verify: r.tls_verify, authfile: r.authfile.clone(), creds: r.creds.as_deref().map(crate::cli::args::parse_creds).transpose()? })
}

impl EntryArgs {
    fn options(&self, all: bool, access: RegistryAccess) -> anyhow::Result<AddOptions> {
        Ok(AddOptions {
            all,
            arch: self.arch.clone(),
            os: self.os.clone(),
            variant: self.variant.clone(),
            os_version: self.os_version.clone(),
            features: self.features.clone(),
            os_features: Vec::new(),
            annotations: self.annotation.clone(),
            access,
        })
    }
}

#[derive(Args, Debug)]
pub struct CreateArgs {
    /// Name of the list
    #[arg(value_name = "LIST")]
    pub name: String,
    /// Images to put in it
    #[arg(value_name = "IMAGE")]
    pub images: Vec<String>,
    /// Add every image of the lists given as images
    #[arg(long)]
    pub all: bool,
    /// Use the existing list of that name instead of failing
    #[arg(short, long)]
    pub amend: bool,
    #[command(flatten)]
    pub registry: RegistryArgs,
}

#[derive(Args, Debug)]
pub struct AddArgs {
    #[arg(value_name = "LIST")]
    pub list: String,
    /// A local image, or one in a registry (docker://IMAGE, containers-storage:IMAGE choose)
    #[arg(value_name = "IMAGE")]
    pub image: String,
    /// Add every image of a list (else the one for this platform)
    #[arg(long)]
    pub all: bool,
    #[command(flatten)]
    pub entry: EntryArgs,
    #[command(flatten)]
    pub registry: RegistryArgs,
    #[command(flatten)]
    pub cert_dir: crate::cli::compat_args::CertDirArg,
}

#[derive(Args, Debug)]
pub struct AnnotateArgs {
    #[arg(value_name = "LIST")]
    pub list: String,
    /// The entry: its digest, or a local image in the list
    #[arg(value_name = "DIGEST|IMAGE")]
    pub entry_ref: String,
    #[command(flatten)]
    pub entry: EntryArgs,
    /// Required OS features of the entry (recorded as its platform's "os.features")
    #[arg(long = "os-features", value_name = "FEATURE", value_delimiter = ',')]
    pub os_features: Vec<String>,
}

#[derive(Args, Debug)]
pub struct RemoveArgs {
    #[arg(value_name = "LIST")]
    pub list: String,
    #[arg(value_name = "DIGEST")]
    pub digest: String,
}

#[derive(Args, Debug)]
pub struct InspectArgs {
    #[arg(value_name = "LIST|IMAGE")]
    pub name: String,
    #[command(flatten)]
    pub registry: RegistryArgs,
}

#[derive(Args, Debug)]
pub struct PushArgs {
    #[arg(value_name = "LIST")]
    pub list: String,
    /// Where to push (default: the list's name)
    #[arg(value_name = "DESTINATION")]
    pub destination: Option<String>,
    /// Push the images in the list too
    #[arg(long, value_name = "BOOL", default_value_t = true, num_args = 0..=1, default_missing_value = "true", action = clap::ArgAction::Set)]
    pub all: bool,
    /// Delete the local list after pushing it
    #[arg(long)]
    pub rm: bool,
    /// Write the list's digest to this file
    #[arg(long, value_name = "FILE")]
    pub digestfile: Option<std::path::PathBuf>,
    /// Print no progress
    #[arg(short, long)]
    pub quiet: bool,
    #[command(flatten)]
    pub registry: RegistryArgs,
    /// Format of the pushed list: v2s2 (docker's manifest list, what dhow's lists are); oci is refused
    #[arg(short, long, value_name = "FORMAT")]
    pub format: Option<String>,
    /// Compression of the local images' layers pushed with --all: gzip or zstd
    #[arg(long = "compression-format", value_name = "FORMAT")]
    pub compression_format: Option<String>,
    /// No-op: dhow never copies signatures
    #[arg(long = "remove-signatures")]
    pub remove_signatures: bool,
    #[command(flatten)]
    pub cert_dir: crate::cli::compat_args::CertDirArg,
    #[command(flatten)]
    pub sign: crate::cli::compat_args::SignArgs,
}

#[derive(Args, Debug)]
pub struct RmArgs {
    /// Lists to delete
    #[arg(value_name = "LIST", required = true)]
    pub names: Vec<String>,
    /// A missing list is not an error
    #[arg(short, long)]
    pub ignore: bool,
}

impl ManifestCommand {
    pub fn exec(self, engine: &Engine) -> anyhow::Result<()> {
        match self {
            ManifestCommand::Create(a) => {
                let opts = AddOptions { all: a.all, access: access(&a.registry)?, ..Default::default() };
                println!("{}", manifests::create(engine, &a.name, &a.images, &opts, a.amend)?);
                Ok(())
            }
            ManifestCommand::Add(a) => {
                println!("{}", manifests::add(engine, &a.list, &a.image, &{
                    a.cert_dir.check()?;
                    a.entry.options(a.all, access(&a.registry)?)?
                })?);
                Ok(())
            }
            ManifestCommand::Annotate(a) => {
                println!("{}", manifests::annotate(engine, &a.list, &a.entry_ref, &AddOptions {
                    os_features: a.os_features.clone(),
                    ..a.entry.options(false, RegistryAccess::default())?
                })?);
                Ok(())
            }
            ManifestCommand::Remove(a) => {
                println!("{}", manifests::remove_entry(engine, &a.list, &a.digest)?);
                Ok(())
            }
            ManifestCommand::Inspect(a) => {
                let v = manifests::inspect(engine, &a.name, &access(&a.registry)?)?;
                crate::format::output::print_json(&v, &mut std::io::stdout().lock())
            }
            ManifestCommand::Push(a) => {
                a.cert_dir.check()?;
                a.sign.check()?;
                match a.format.as_deref() {
                    None | Some("v2s2") => {}
                    Some(f) => return Err(super::unsupported("--format", &format!("dhow's manifest lists are docker manifest lists (v2s2) and are pushed as they are; {f:?} would need converting"))),
                }
                let dest = a.destination.clone().unwrap_or_else(|| manifests::find(engine, &a.list).map(|l| l.name).unwrap_or_else(|_| a.list.clone()));
                let compression = a.compression_format.as_deref().map(crate::engine::transfer::push::parse_compression).transpose()?;
                let opts = PushOptions { all: a.all, access: access(&a.registry)?, quiet: a.quiet, rm: a.rm, compression };
                let digest = manifests::push(engine, &a.list, &dest, &opts)?;
                if let Some(f) = &a.digestfile {
                    crate::util::atomic::write_file(f, digest.to_string().as_bytes(), 0o644)?;
                }
                Ok(())
            }
            ManifestCommand::Rm(a) => super::for_each_name(&a.names, |n| match manifests::remove(engine, n) {
                Ok((name, id)) => Ok(Some(format!("Untagged: {name}\nDeleted: {id}"))),
                Err(e) if a.ignore && e.is::<ListNotFound>() => Ok(None),
                // podman exits 1 when a list to delete is not there.
                Err(e) if e.is::<ListNotFound>() => Err(Exit::with_code(1, e.to_string()).into()),
                Err(e) => Err(e),
            }),
            ManifestCommand::Exists(a) => match manifests::find(engine, &a.name) {
                Ok(_) => Ok(()),
                Err(e) if e.is::<ListNotFound>() => Err(Exit::silent(1).into()),
                Err(e) => Err(e),
            },
        }
    }
}
