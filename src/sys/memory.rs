//! Giving memory back once a long-lived process has finished its set-up.
//!
//! The monitor is the one dhow process that stays around (one per running
//! container), and it is the same binary as the CLI: starting a container
//! touches megabytes of code (spec generation, mounts, the runtime) that the
//! poll loop never runs again. Those pages are clean copies of the binary,
//! so dropping them from our page tables costs nothing but a re-read from
//! the page cache of the few pages the loop really uses, and keeps the
//! monitor's resident size small.
//!
//! `MADV_DONTNEED` on a private file mapping discards our copy of a page;
//! the next access maps the file's page again. That is only harmless for
//! pages we never wrote: a mapping with anonymous (copied-on-write) pages,
//! such as the relocated read-only data the dynamic linker wrote before
//! protecting it, is left alone. (`MADV_PAGEOUT` would keep the mapping
//! intact but is refused for files the user may not write, such as an
//! installed `/usr/bin/dhow`.)

use std::io::{BufRead, BufReader};

struct Mapping {
    start: usize,
    end: usize,
    droppable: bool,
}

/// Drops the process's clean, never-written file-backed pages and returns
/// freed heap to the kernel. Best effort: any failure leaves memory as it was.
pub fn trim() {
    // SAFETY: malloc_trim only releases free heap memory.
    unsafe {
        libc::malloc_trim(0);
    }
    for m in droppable_mappings() {
        // SAFETY: the range is one of our own file mappings that has no
        // private (written) pages, so discarding it loses nothing: the
        // kernel maps the file's pages again on the next access.
        unsafe {
            libc::madvise(m.start as *mut libc::c_void, m.end - m.start, libc::MADV_DONTNEED);
        }
    }
}

fn droppable_mappings() -> Vec<Mapping> {
    let Ok(f) = std::fs::File::open("/proc/self/smaps") else { return vec![] };
    let mut out = Vec::new();
    let mut current: Option<Mapping> = None;
    for line in BufReader::new(f).lines().map_while(Result::ok) {
        if let Some(rest) = line.strip_prefix("Anonymous:") {
            if let Some(mut m) = current.take() {
                let anon_kb: u64 = rest.split_whitespace().next().and_then(|n| n.parse().ok()).unwrap_or(1);
                m.droppable &= anon_kb == 0;
                if m.droppable {
                    out.push(m);
                }
            }
            continue;
        }
        let mut fields = line.split_whitespace();
        let (Some(range), Some(perms)) = (fields.next(), fields.next()) else { continue };
        let Some((start, end)) = range.split_once('-') else { continue };
        let (Ok(start), Ok(end)) = (usize::from_str_radix(start, 16), usize::from_str_radix(end, 16)) else { continue };
        // A mapping header: "start-end perms offset dev inode path".
        if perms.len() != 4 {
            continue;
        }
        let path = fields.nth(3).unwrap_or("");
        let droppable = path.starts_with('/') && perms.starts_with('r') && !perms.contains('w') && perms.ends_with('p');
        current = Some(Mapping { start, end, droppable });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_clean_private_file_mappings_are_dropped() {
        let maps = droppable_mappings();
        assert!(!maps.is_empty(), "the test binary's own code is a clean file mapping");
        // Trimming our own process must leave it working.
        trim();
        let v: Vec<u64> = (0..1000).collect();
        assert_eq!(v.iter().sum::<u64>(), 499_500);
        assert!(format!("{:?}", std::env::current_exe()).contains('/'));
    }
}
