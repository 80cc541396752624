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
//!
//! The set-up also ran deep: the main stack's pages below where the caller
//! now is hold only dead frames. Discarding them (zero pages on the next
//! touch) gives back what would otherwise stay private to the process for
//! its whole life.

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
    let (maps, stack) = mappings();
    let marker = 0u8;
    let here = std::hint::black_box(&marker) as *const u8 as usize;
    // SAFETY: sysconf has no memory effects.
    let page = usize::try_from(unsafe { libc::sysconf(libc::_SC_PAGESIZE) }).unwrap_or(4096);
    if let Some((start, len)) = stack.and_then(|s| dead_stack(s, here, page)) {
        // SAFETY: the range is the main stack's below our own frame (and a
        // margin): no live frame is there; a later call maps zero pages.
        unsafe {
            libc::madvise(start as *mut libc::c_void, len, libc::MADV_DONTNEED);
        }
    }
    for m in maps {
        // SAFETY: the range is one of our own file mappings that has no
        // private (written) pages, so discarding it loses nothing: the
        // kernel maps the file's pages again on the next access.
        unsafe {
            libc::madvise(m.start as *mut libc::c_void, m.end - m.start, libc::MADV_DONTNEED);
        }
    }
}

/// How far below the caller's frame the stack is kept (the red zone, and
/// the frames of `trim` and `madvise` themselves).
const STACK_MARGIN: usize = 16 * 1024;

/// The part of the main stack `(start, end)` that is below the frame at
/// `here` by more than [`STACK_MARGIN`], as (start, length) in whole pages;
/// None when `here` is not on that stack (another thread's) or nothing is.
fn dead_stack((start, end): (usize, usize), here: usize, page: usize) -> Option<(usize, usize)> {
    if here < start || here >= end {
        return None;
    }
    let limit = here.checked_sub(STACK_MARGIN)? & !(page - 1);
    (limit > start).then(|| (start, limit - start))
}

/// The droppable file mappings, and the main thread's stack.
fn mappings() -> (Vec<Mapping>, Option<(usize, usize)>) {
    let Ok(f) = std::fs::File::open("/proc/self/smaps") else { return (vec![], None) };
    let mut out = Vec::new();
    let mut stack = None;
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
        if path == "[stack]" {
            stack = Some((start, end));
        }
        let droppable = path.starts_with('/') && perms.starts_with('r') && !perms.contains('w') && perms.ends_with('p');
        current = Some(Mapping { start, end, droppable });
    }
    (out, stack)
}


/// The environment variable glibc reads its allocator settings from.
const TUNABLES_VAR: &str = "GLIBC_TUNABLES";

/// The allocator settings `start` gives the monitor (unless the user set
/// their own): no per-thread cache of freed chunks (each cached chunk would
/// pin a page of the set-up's heap that `malloc_trim` cannot give back: a
/// few hundred KiB per container), one arena for the set-up's short-lived
/// threads, and no cache of their stacks. The monitor is idle in `poll`
/// almost always, so the slower allocation costs nothing that matters.
const MALLOC_TUNABLES: &str = "glibc.malloc.tcache_count=0:glibc.malloc.arena_max=1:glibc.pthread.stack_cache_size=0";

/// Gives a long-lived dhow process about to be spawned (a monitor, a
/// network's namespace holder) [`MALLOC_TUNABLES`], unless the user set
/// tunables of their own.
pub fn give_malloc_tunables(cmd: &mut std::process::Command) {
    if std::env::var_os(TUNABLES_VAR).is_none() {
        cmd.env(TUNABLES_VAR, MALLOC_TUNABLES);
    }
}

/// In the process that got them: glibc read them at its start; the
/// container, network helpers and health checks' processes get the user's
/// environment, not ours. Call while single-threaded.
pub fn drop_malloc_tunables() {
    if std::env::var_os(TUNABLES_VAR).is_some_and(|v| v == MALLOC_TUNABLES) {
        std::env::remove_var(TUNABLES_VAR);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_clean_private_file_mappings_are_dropped() {
        let (maps, stack) = mappings();
        assert!(stack.is_some(), "every process has a main stack");
        assert!(!maps.is_empty(), "the test binary's own code is a clean file mapping");
        // Trimming our own process must leave it working.
        trim();
        let v: Vec<u64> = (0..1000).collect();
        assert_eq!(v.iter().sum::<u64>(), 499_500);
        assert!(format!("{:?}", std::env::current_exe()).contains('/'));
    }

    #[test]
    fn only_the_stack_well_below_the_caller_is_dropped() {
        let (start, end) = (0x7000_0000, 0x7010_0000);
        let here = 0x700f_8123;
        let (s, len) = dead_stack((start, end), here, 4096).unwrap();
        assert_eq!(s, start);
        assert_eq!(s + len, (here - STACK_MARGIN) & !4095);
        assert!(s + len + STACK_MARGIN <= here);
        // Not on the main stack (another thread's frame): nothing.
        assert_eq!(dead_stack((start, end), 0x6000_0000, 4096), None);
        assert_eq!(dead_stack((start, end), end, 4096), None);
        // Too close to the bottom: nothing.
        assert_eq!(dead_stack((start, end), start + 100, 4096), None);
        assert_eq!(dead_stack((start, end), start + STACK_MARGIN + 10, 4096), None);
    }
}
