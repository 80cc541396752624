//! `dhow secret create|ls|inspect|rm|exists`: podman's secrets, given to
//! containers with `run --secret` (see `engine::secrets`).

use crate::cli::args::{FormatArg, NoHeadingArg};
use crate::engine::secrets::{SecretNotFound, SecretStore};
use crate::engine::Engine;
use crate::error::Exit;
use crate::format::output::{render_rows, Column, OutputFormat};
use anyhow::{anyhow, Context};
use clap::{Args, Subcommand};
use serde_json::Value;
use std::io::{Read, Write};

#[derive(Subcommand, Debug)]
#[command(defer = true)]
pub enum SecretCommand {
    /// Create a secret from a file, standard input (-) or an environment variable (--env)
    Create(CreateArgs),
    /// List secrets
    #[command(visible_alias = "list")]
    Ls(LsArgs),
    /// Display detailed information on one or more secrets
    Inspect(InspectArgs),
    /// Remove one or more secrets
    #[command(visible_alias = "remove")]
    Rm(RmArgs),
    /// Exit 0 if the secret exists, 1 if not
    Exists(super::exists::ExistsArgs),
}

impl SecretCommand {
    pub fn exec(self, engine: &Engine) -> anyhow::Result<()> {
        let store = SecretStore::new(&engine.paths.root);
        match self {
            SecretCommand::Create(a) => exec_create(&store, a),
            SecretCommand::Ls(a) => exec_ls(&store, a),
            SecretCommand::Inspect(a) => exec_inspect(&store, a),
            SecretCommand::Rm(a) => exec_rm(&store, a),
            SecretCommand::Exists(a) => match store.find(&a.name) {
                Ok(_) => Ok(()),
                Err(e) if e.is::<SecretNotFound>() => Err(Exit::silent(1).into()),
                Err(e) => Err(e),
            },
        }
    }
}

#[derive(Args, Debug)]
pub struct CreateArgs {
    /// Name of the secret
    #[arg(value_name = "NAME")]
    pub name: String,
    /// File with the secret's value, - for standard input, or with --env the variable's name
    #[arg(value_name = "FILE|-")]
    pub source: String,
    /// Secret driver (only "file")
    #[arg(short = 'd', long, default_value = "file")]
    pub driver: String,
    /// Driver options (accepted for podman compatibility: the file driver takes none)
    #[arg(long = "driver-opts", value_name = "KEY=VALUE")]
    pub driver_opts: Vec<String>,
    /// Read the secret's value from the environment variable named by the second argument
    #[arg(long)]
    pub env: bool,
    /// Set metadata on the secret (KEY=VALUE)
    #[arg(short = 'l', long = "label", value_name = "KEY=VALUE")]
    pub label: Vec<String>,
    /// Replace an existing secret of the same name, keeping its ID
    #[arg(long)]
    pub replace: bool,
}

fn exec_create(store: &SecretStore, args: CreateArgs) -> anyhow::Result<()> {
    if args.driver != "file" {
        anyhow::bail!("secret driver {:?} is not supported: dhow has only the file driver", args.driver);
    }
    let value = if args.env {
        std::env::var(&args.source).map_err(|_| anyhow!("cannot create store secret data: environment variable {} is not set", args.source))?.into_bytes()
    } else if args.source == "-" {
        let mut v = Vec::new();
        std::io::stdin().lock().read_to_end(&mut v).context("reading the secret from standard input")?;
        v
    } else {
        std::fs::read(&args.source).with_context(|| format!("reading the secret file {}", args.source))?
    };
    let labels = crate::engine::containers::create::parse_labels(&args.label)?;
    let r = store.create(&args.name, &value, labels, args.replace)?;
    println!("{}", r.id);
    Ok(())
}

#[derive(Args, Debug)]
pub struct LsArgs {
    /// Print only the secret IDs
    #[arg(short, long)]
    pub quiet: bool,
    /// Filter: name=NAME, id=ID, label=KEY[=VALUE]
    #[arg(short = 'f', long = "filter", value_name = "KEY=VALUE")]
    pub filter: Vec<String>,
    #[command(flatten)]
    pub format: FormatArg,
    #[command(flatten)]
    pub noheading: NoHeadingArg,
}

const COLUMNS: &[Column] = &[
    Column { header: "ID", field: "ID" },
    Column { header: "NAME", field: "Name" },
    Column { header: "DRIVER", field: "Driver" },
    Column { header: "CREATED", field: "CreatedAt" },
    Column { header: "UPDATED", field: "UpdatedAt" },
];

fn exec_ls(store: &SecretStore, args: LsArgs) -> anyhow::Result<()> {
    let mut list = Vec::new();
    for s in store.list()? {
        if s.matches(&args.filter)? {
            list.push(s);
        }
    }
    let out = &mut std::io::stdout().lock();
    if args.quiet {
        for s in &list {
            writeln!(out, "{}", s.id)?;
        }
        return Ok(());
    }
    let format = OutputFormat::parse(args.format.format.as_deref())?;
    if let OutputFormat::Json = format {
        let all: Vec<Value> = list.iter().map(|s| s.to_json(store, None)).collect();
        return crate::format::output::print_json(&all, out);
    }
    let rows: Vec<Value> = list.iter().map(|s| s.row()).collect();
    render_rows(&args.noheading.apply(format), COLUMNS, &rows, out)
}

#[derive(Args, Debug)]
pub struct InspectArgs {
    /// Secrets to inspect
    #[arg(value_name = "SECRET", required = true)]
    pub names: Vec<String>,
    /// Format the output with a Go template, e.g. '{{.Spec.Name}}'
    #[arg(short, long, value_name = "TEMPLATE")]
    pub format: Option<String>,
    /// Show the secret's value (SecretData)
    #[arg(long)]
    pub showsecret: bool,
    /// Print in a human-readable way (accepted for podman compatibility: the JSON is already indented)
    #[arg(long)]
    pub pretty: bool,
}

fn exec_inspect(store: &SecretStore, args: InspectArgs) -> anyhow::Result<()> {
    let missing = super::inspect::print_found(args.format.as_deref(), &args.names, |n| match store.find(n) {
        Ok(r) => {
            let value = if args.showsecret { Some(store.value(&r)?) } else { None };
            Ok(Some(r.to_json(store, value.as_deref())))
        }
        Err(e) if e.is::<SecretNotFound>() => Ok(None),
        Err(e) => Err(e),
    })?;
    match missing.as_slice() {
        [] => Ok(()),
        [n, ..] => Err(anyhow!(SecretNotFound(n.clone())).context("inspecting secret")),
    }
}

#[derive(Args, Debug)]
pub struct RmArgs {
    /// Secrets to remove
    #[arg(value_name = "SECRET", required_unless_present = "all")]
    pub names: Vec<String>,
    /// Remove all secrets
    #[arg(short, long)]
    pub all: bool,
    /// Ignore errors when a secret does not exist
    #[arg(short, long)]
    pub ignore: bool,
}

fn exec_rm(store: &SecretStore, mut args: RmArgs) -> anyhow::Result<()> {
    if args.all {
        args.names.extend(store.list()?.into_iter().map(|s| s.id));
    }
    super::for_each_name(&args.names, |n| match store.remove(n) {
        Ok(id) => Ok(Some(id)),
        Err(e) if args.ignore && e.is::<SecretNotFound>() => Ok(None),
        Err(e) => Err(e),
    })
}
