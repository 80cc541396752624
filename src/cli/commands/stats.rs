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
    /// The most recently created container
    #[arg(short, long)]
    pub latest: bool,
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
    /// Seconds between readings when streaming
    #[arg(short, long, value_name = "SECONDS", default_value_t = 1, value_parser = clap::value_parser!(u64).range(1..))]
    pub interval: u64,
    /// Do not redraw the screen in place when streaming: print each reading below the last
    #[arg(long)]
    pub no_reset: bool,
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

pub fn exec(engine: &Engine, mut args: StatsArgs) -> anyhow::Result<()> {
    if args.latest {
        args.containers.push(super::targets::latest(engine)?);
    }
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
    let live = !args.display.no_stream && !args.display.no_reset && tty;
    let mut prev: std::collections::HashMap<String, Sample> = Default::default();
    let mut warned = false;
    let mut first = true;
    if live {
        // The alternate screen, as top does: the shell's screen comes back after.
        print!("\x1b[?1049h\x1b[?25l");
        ctrlc_restores_screen();
    }
    loop {
        // One /proc walk per round for all containers; the first reading's
        // CPU % is the average since each container started.
        let table = stats::ProcTable::read();
        let mut rows = Vec::new();
        for (r, s) in targets()? {
            let now = stats::sample(engine, &r, &s, &table);
            let before = prev.remove(&r.id).unwrap_or_else(|| stats::at_start(&s, &now));
            let st = stats::compute((&r.id, &r.name), &before, &now, mem);
            if st.block.is_none() && !warned {
                eprintln!("WARN: block I/O is unavailable for some containers: /proc/<pid>/io of their processes is not readable");
                warned = true;
            }
            rows.push(row(&st, args.display.no_trunc));
            prev.insert(r.id.clone(), now);
        }
        let mut buf = Vec::new();
        // Not on a terminal, the header comes once, then the rows of each interval.
        let shown = match (&format, first || live) {
            (OutputFormat::Table, false) if !args.display.no_reset || !tty => OutputFormat::TableNoHeader,
            (f, _) => f.clone(),
        };
        render_rows(&shown, &TABLE, &rows, &mut buf)?;
        let stdout = std::io::stdout();
        let mut out = stdout.lock();
        if live {
            out.write_all(&redraw(&buf))?;
        } else {
            out.write_all(&buf)?;
        }
        out.flush()?;
        if args.display.no_stream {
            return Ok(());
        }
        drop(out);
        first = false;
        std::thread::sleep(Duration::from_secs(args.display.interval));
    }
}

/// A frame that replaces the previous one in place, without clearing the
/// screen first (no flicker): cursor home, each line followed by "erase to
/// the end of the line", then "erase below" for rows that went away.
fn redraw(frame: &[u8]) -> Vec<u8> {
    let mut out = b"\x1b[H".to_vec();
    for line in frame.split_inclusive(|&b| b == b'\n') {
        let (text, nl) = match line.strip_suffix(b"\n") {
            Some(t) => (t, true),
            None => (line, false),
        };
        out.extend_from_slice(text);
        out.extend_from_slice(b"\x1b[K");
        if nl {
            out.push(b'\n');
        }
    }
    out.extend_from_slice(b"\x1b[J");
    out
}

/// On Ctrl-C (or SIGTERM), leave the alternate screen and show the cursor.
fn ctrlc_restores_screen() {
    extern "C" fn restore(_: libc::c_int) {
        let seq = b"\x1b[?25h\x1b[?1049l";
        // SAFETY: write(2) and _exit(2) are async-signal-safe.
        unsafe {
            libc::write(1, seq.as_ptr().cast(), seq.len());
            libc::_exit(0);
        }
    }
    for sig in [nix::sys::signal::Signal::SIGINT, nix::sys::signal::Signal::SIGTERM] {
        // SAFETY: the handler only calls async-signal-safe functions.
        let _ = unsafe { nix::sys::signal::signal(sig, nix::sys::signal::SigHandler::Handler(restore)) };
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn redraw_erases_each_line_and_below() {
        assert_eq!(super::redraw(b"A  B\nx\n"), b"\x1b[HA  B\x1b[K\nx\x1b[K\n\x1b[J".to_vec());
    }
}
