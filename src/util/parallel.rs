//! Running independent jobs on a few threads, results in input order.
//!
//! Layer work (extracting, verifying) is independent per layer and mostly
//! CPU and file-creation bound, so on a multi-core machine several layers at
//! once finish sooner; the order of the results must still be the layers'
//! order. After the first failure no new job starts, and the failure of the
//! earliest job is the one reported.

use anyhow::Result;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Mutex;

/// Runs `job(i)` for `i` in `0..count` on up to `threads` threads.
pub fn map_in_order<T: Send>(count: usize, threads: usize, job: impl Fn(usize) -> Result<T> + Sync) -> Result<Vec<T>> {
    let next = AtomicUsize::new(0);
    let failed = AtomicBool::new(false);
    let results: Mutex<Vec<Option<Result<T>>>> = Mutex::new((0..count).map(|_| None).collect());
    std::thread::scope(|scope| {
        for _ in 0..threads.clamp(1, count.max(1)) {
            scope.spawn(|| loop {
                if failed.load(Ordering::Relaxed) {
                    return;
                }
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= count {
                    return;
                }
                let r = job(i);
                if r.is_err() {
                    failed.store(true, Ordering::Relaxed);
                }
                if let Ok(mut all) = results.lock() {
                    all[i] = Some(r);
                }
            });
        }
    });
    let mut out = Vec::with_capacity(count);
    for r in results.into_inner().unwrap_or_default() {
        match r {
            Some(Ok(v)) => out.push(v),
            Some(Err(e)) => return Err(e),
            None => anyhow::bail!("stopped after an earlier error"),
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_keep_the_input_order() {
        let v = map_in_order(50, 4, |i| Ok(i * 2)).unwrap();
        assert_eq!(v, (0..50).map(|i| i * 2).collect::<Vec<_>>());
        assert!(map_in_order(0, 4, |_| Ok(1)).unwrap().is_empty());
    }

    #[test]
    fn the_first_failure_is_reported() {
        let err = map_in_order(20, 3, |i| if i == 5 { anyhow::bail!("job {i} failed") } else { Ok(i) }).unwrap_err();
        assert_eq!(err.to_string(), "job 5 failed", "the earliest job's error, not a later one's");
    }
}
