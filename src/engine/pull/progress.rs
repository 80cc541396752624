//! Pull progress on stderr: indicatif bars per layer when stderr is a terminal,
//! docker/podman-like lines otherwise, nothing with `--quiet`. Progress never
//! goes to stdout, which carries only the image ID.

use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;

pub struct Progress {
    mode: Mode,
}

enum Mode {
    Quiet,
    Lines,
    Bars(MultiProgress),
}

/// Progress of one blob.
pub struct BlobProgress {
    bar: Option<ProgressBar>,
}

impl Progress {
    pub fn new(quiet: bool) -> Progress {
        let mode = if quiet {
            Mode::Quiet
        } else if std::io::stderr().is_terminal() {
            Mode::Bars(MultiProgress::with_draw_target(ProgressDrawTarget::stderr()))
        } else {
            Mode::Lines
        };
        Progress { mode }
    }

    /// A status line ("Trying to pull ...").
    pub fn line(&self, msg: &str) {
        match &self.mode {
            Mode::Quiet => {}
            Mode::Lines => eprintln!("{msg}"),
            Mode::Bars(m) => {
                let _ = m.println(msg);
            }
        }
    }

    /// Starts tracking a blob download of `total` bytes (if known).
    pub fn blob(&self, short_digest: &str, total: Option<u64>) -> BlobProgress {
        match &self.mode {
            Mode::Bars(m) => {
                let bar = m.add(ProgressBar::new(total.unwrap_or(0)));
                bar.set_style(
                    ProgressStyle::with_template("Copying blob {prefix} {bar:30.cyan/blue} {bytes}/{total_bytes} ({bytes_per_sec})")
                        .unwrap_or_else(|_| ProgressStyle::default_bar()),
                );
                bar.set_prefix(short_digest.to_string());
                BlobProgress { bar: Some(bar) }
            }
            _ => BlobProgress { bar: None },
        }
    }

    /// A blob finished (or was skipped because the store had it).
    pub fn blob_done(&self, short_digest: &str, blob: BlobProgress, skipped: bool) {
        let msg = if skipped {
            format!("Copying blob {short_digest} skipped: already exists")
        } else {
            format!("Copying blob {short_digest} done")
        };
        match (&self.mode, blob.bar) {
            (Mode::Bars(_), Some(bar)) => bar.finish_with_message(msg),
            (Mode::Bars(m), None) => {
                let _ = m.println(msg);
            }
            (Mode::Lines, _) => eprintln!("{msg}"),
            (Mode::Quiet, _) => {}
        }
    }
}

impl BlobProgress {
    pub fn advance(&self, n: u64) {
        if let Some(bar) = &self.bar {
            bar.inc(n);
        }
    }
    pub fn restart(&self) {
        if let Some(bar) = &self.bar {
            bar.set_position(0);
        }
    }
}
