//! Giving memory back once a long-lived process has finished its set-up.
//!
//! The monitor is the one dhow process that stays around (one per running
//! container), and it is the same binary as the CLI: starting a container
//! touches megabytes of code (spec generation, mounts, the runtime) that the
//! poll loop never runs again. Those pages are clean copies of the binary, so
//! asking the kernel to page them out costs nothing but a re-read of the few
//! pages the loop really uses, and keeps the monitor's resident size small.

use std::io::{BufRead, BufReader};

/// Pages out the process's clean file-backed mappings and returns freed heap
/// to the kernel. Best effort: any failure just leaves memory as it was.
pub fn trim() {
    // SAFETY: malloc_trim only releases free heap memory.
    unsafe {
        libc::malloc_trim(0);
    }
    let Ok(maps) = std::fs::File::open("/proc/self/maps") else { return };
    for line in BufReader::new(maps).lines().map_while(Result::ok) {
        let mut fields = line.split_whitespace();
        let (Some(range), Some(perms)) = (fields.next(), fields.next()) else { continue };
        let path = fields.nth(3).unwrap_or("");
        // Only file-backed, non-writable mappings (code and read-only data):
        // dropping them loses nothing.
        if !path.starts_with('/') || perms.contains('w') {
            continue;
        }
        let Some((start, end)) = range.split_once('-') else { continue };
        let (Ok(start), Ok(end)) = (usize::from_str_radix(start, 16), usize::from_str_radix(end, 16)) else { continue };
        // SAFETY: advising the kernel about our own mapping; MADV_PAGEOUT
        // never changes its contents.
        unsafe {
            libc::madvise(start as *mut libc::c_void, end - start, libc::MADV_PAGEOUT);
        }
    }
}
