//! `dhow stats`: a live table of resource usage, or one reading with
//! `--no-stream`.

use crate::cli::args::FormatArg;
use crate::engine::containers::stats::{self, binary_size, decimal_size, Sample, Stats};
use crate::engine::Engine;
use crate::format::output::{render_rows, Column, OutputFormat};
use clap::Args;
use serde_json::{json, Value};
use std::io::{IsTerminal, Write};
use std::time::Duration;

#[derive(Args, Debug)]
pub struct StatsArgs {
    /// Show all containers (default shows just running)
    #[arg(short, long)]
    pub all: bool,
    #[command(flatten)]
    pub display: StatsDisplay,
    /// Containers (name or ID); all running ones when none is given
    #[arg(value_name = "CONTAINER")]
    pub containers: Vec<String>,
}

/// How the readings show: shared by `stats` and `pod stats`.
#[derive(Args, Debug)]
pub struct StatsDisplay {
    /// Disable streaming stats and only pull the first result
    #[arg(long)]
    pub no_stream: bool,
    /// Do not truncate output
    #[arg(long)]
    pub no_trunc: bool,
    #[command(flatten)]
    pub format: FormatArg,
}

const TABLE: [Column; 8] = [
    Column {
        header: "CONTAINER ID",
        field: "ID",
    },
    Column {
        header: "NAME",
        field: "Name",
    },
    Column {
        header: "CPU %",
        field: "CPUPerc",
    },
    Column {
        header: "MEM USAGE / LIMIT",
        field: "MemUsage",
    },
    Column {
        header: "MEM %",
        field: "MemPerc",
    },
    Column {
        header: "NET I/O",
        field: "NetIO",
    },
    Column {
        header: "BLOCK I/O",
        field: "BlockIO",
    },
    Column {
        header: "PIDS",
        field: "PIDs",
    },
];

fn row(s: &Stats, no_trunc: bool) -> Value {
    let id = if no_trunc {
        s.id.clone()
    } else {
        s.id.chars().take(12).collect()
    };
    let block = match s.block {
        Some((r, w)) => format!("{} / {}", decimal_size(r), decimal_size(w)),
        None => "--".into(),
    };
    json!({
        "ID": id,
        "Container": id,
        "Name": s.name,
        "CPUPerc": format!("{:.2}%", s.cpu_percent),
        "MemUsage": format!("{} / {}", binary_size(s.mem_usage), binary_size(s.mem_limit)),
        "MemPerc": format!("{:.2}%", s.mem_percent),
        "NetIO": format!("{} / {}", decimal_size(s.net_rx), decimal_size(s.net_tx)),
        "BlockIO": block,
        "PIDs": s.pids.to_string(),
    })
}

pub fn exec(engine: &Engine, args: StatsArgs) -> anyhow::Result<()> {
    let format = OutputFormat::parse(args.display.format.format.as_deref())?;
    let ops = crate::engine::containers::ops::containers(engine);
    let targets = || -> anyhow::Result<Vec<_>> {
        if args.containers.is_empty() {
            let mut all: Vec<_> = ops
                .list()?
                .into_iter()
                .map(|(r, s)| (r, s.effective()))
                .collect();
            if !args.all {
                all.retain(|(_, s)| crate::engine::containers::ops::is_running(s));
            }
            all.sort_by(|a, b| b.0.created.cmp(&a.0.created));
            Ok(all)
        } else {
            args.containers
                .iter()
                .map(|q| crate::engine::containers::ops::find(engine, q))
                .collect()
        }
    };
    let mem = stats::host_memory();
    let tty = std::io::stdout().is_terminal();
    let mut prev: std::collections::HashMap<String, Sample> = Default::default();
    let mut warned = false;
    // The first reading needs a short interval to compute CPU %.
    for (r, s) in targets()? {
        prev.insert(r.id.clone(), stats::sample(engine, &r, &s));
    }
    std::thread::sleep(Duration::from_millis(500));
    loop {
        let mut rows = Vec::new();
        for (r, s) in targets()? {
            let now = stats::sample(engine, &r, &s);
            let before = prev.get(&r.id).cloned().unwrap_or_default();
            let st = stats::compute(&r, &before, &now, mem);
            if st.block.is_none() && !warned {
                eprintln!("WARN: block I/O is unavailable for some containers: /proc/<pid>/io of their processes is not readable");
                warned = true;
            }
            rows.push(row(&st, args.display.no_trunc));
            prev.insert(r.id.clone(), now);
        }
        let mut buf = Vec::new();
        render_rows(&format, &TABLE, &rows, &mut buf)?;
        let stdout = std::io::stdout();
        let mut out = stdout.lock();
        if !args.display.no_stream && tty {
            // Clear the screen and go home, as docker does.
            out.write_all(b"\x1b[2J\x1b[H")?;
        }
        out.write_all(&buf)?;
        out.flush()?;
        if args.display.no_stream {
            return Ok(());
        }
        drop(out);
        std::thread::sleep(Duration::from_secs(1));
    }
}
