//! Running a project's services concurrently, each once the services it
//! depends on are done, at most `limit` at a time (`--parallel`,
//! `COMPOSE_PARALLEL_LIMIT`): independent services start together, as with
//! docker compose. The scheduling is separate from the work so that its
//! rules (order, limit, a failure stops what has not begun) are unit tests.
//! (`util::parallel::map_in_order` is for independent jobs; here each job
//! waits on others, so it has a thread per job parked until its turn.)

use anyhow::{anyhow, Result};
use std::collections::BTreeSet;
use std::sync::{Condvar, Mutex};

#[derive(Default)]
struct State {
    done: BTreeSet<String>,
    running: usize,
    failed: bool,
}

/// Runs `work(name)` for each `(name, dependencies)`; dependencies not in
/// `jobs` are not waited for. `limit` 0 means no limit, 1 one at a time
/// in the given order. Returns the results in the order of `jobs`, or the
/// first error (jobs not yet begun are then skipped).
pub fn run<T: Send>(jobs: &[(String, Vec<String>)], limit: usize, work: impl Fn(&str) -> Result<T> + Sync) -> Result<Vec<T>> {
    let names: BTreeSet<&String> = jobs.iter().map(|(n, _)| n).collect();
    let state = Mutex::new(State::default());
    let changed = Condvar::new();
    let first_error: Mutex<Option<anyhow::Error>> = Mutex::new(None);
    let results: Vec<Mutex<Option<T>>> = jobs.iter().map(|_| Mutex::new(None)).collect();
    let lock = || state.lock().unwrap_or_else(|p| p.into_inner());
    std::thread::scope(|scope| {
        for (i, (name, deps)) in jobs.iter().enumerate() {
            let deps: Vec<&String> = deps.iter().filter(|d| names.contains(d)).collect();
            let (changed, first_error, results, work) = (&changed, &first_error, &results, &work);
            scope.spawn(move || {
                {
                    let mut s = lock();
                    // With a limit of 1 the jobs go strictly in order.
                    let ahead_done = |s: &State| limit != 1 || jobs[..i].iter().all(|(n, _)| s.done.contains(n));
                    while !s.failed && !(deps.iter().all(|d| s.done.contains(*d)) && (limit == 0 || s.running < limit) && ahead_done(&s)) {
                        s = changed.wait(s).unwrap_or_else(|p| p.into_inner());
                    }
                    if s.failed {
                        return;
                    }
                    s.running += 1;
                }
                let r = work(name);
                let mut s = lock();
                s.running -= 1;
                match r {
                    Ok(v) => {
                        *results[i].lock().unwrap_or_else(|p| p.into_inner()) = Some(v);
                        s.done.insert(name.clone());
                    }
                    Err(e) => {
                        s.failed = true;
                        first_error.lock().unwrap_or_else(|p| p.into_inner()).get_or_insert(e);
                    }
                }
                changed.notify_all();
            });
        }
    });
    if let Some(e) = first_error.into_inner().unwrap_or_else(|p| p.into_inner()) {
        return Err(e);
    }
    results.into_iter().map(|r| r.into_inner().unwrap_or_else(|p| p.into_inner()).ok_or_else(|| anyhow!("a service was not started"))).collect()
}

/// `--parallel N` (or `COMPOSE_PARALLEL_LIMIT`): -1 or 0 is no limit.
pub fn limit(flag: Option<i64>, env: Option<&str>) -> Result<usize> {
    let n = match (flag, env) {
        (Some(n), _) => n,
        (None, Some(s)) => s.trim().parse().map_err(|_| anyhow!("invalid COMPOSE_PARALLEL_LIMIT {s:?}: a number"))?,
        (None, None) => -1,
    };
    if n < -1 {
        return Err(anyhow!("invalid --parallel {n}: a number of operations, or -1 for no limit"));
    }
    Ok(n.max(0) as usize)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    fn jobs(spec: &[(&str, &[&str])]) -> Vec<(String, Vec<String>)> {
        spec.iter().map(|(n, d)| (n.to_string(), d.iter().map(|x| x.to_string()).collect())).collect()
    }

    #[test]
    fn dependencies_finish_first_and_results_keep_the_order() {
        let j = jobs(&[("db", &[]), ("cache", &[]), ("web", &["db", "cache"]), ("worker", &["db", "gone"])]);
        let log = Mutex::new(Vec::new());
        let out = run(&j, 0, |n| {
            log.lock().unwrap().push(format!("begin {n}"));
            log.lock().unwrap().push(format!("end {n}"));
            Ok(n.to_uppercase())
        })
        .unwrap();
        assert_eq!(out, ["DB", "CACHE", "WEB", "WORKER"]);
        let log = log.into_inner().unwrap();
        let at = |s: &str| log.iter().position(|x| x == s).unwrap();
        assert!(at("end db") < at("begin web") && at("end cache") < at("begin web"));
        assert!(at("end db") < at("begin worker"), "an unknown dependency is not waited for");
    }

    #[test]
    fn the_limit_holds_and_one_means_in_order() {
        let j = jobs(&[("a", &[]), ("b", &[]), ("c", &[]), ("d", &[]), ("e", &[])]);
        let (now, max) = (AtomicUsize::new(0), AtomicUsize::new(0));
        run(&j, 2, |_| {
            let n = now.fetch_add(1, Ordering::SeqCst) + 1;
            max.fetch_max(n, Ordering::SeqCst);
            std::thread::yield_now();
            now.fetch_sub(1, Ordering::SeqCst);
            Ok(())
        })
        .unwrap();
        assert!(max.load(Ordering::SeqCst) <= 2);
        let order = Mutex::new(Vec::new());
        run(&j, 1, |n| {
            order.lock().unwrap().push(n.to_string());
            Ok(())
        })
        .unwrap();
        assert_eq!(order.into_inner().unwrap(), ["a", "b", "c", "d", "e"]);
    }

    #[test]
    fn a_failure_skips_what_depends_on_it() {
        let j = jobs(&[("db", &[]), ("web", &["db"])]);
        let ran = Mutex::new(Vec::new());
        let e = run(&j, 0, |n| {
            ran.lock().unwrap().push(n.to_string());
            if n == "db" {
                anyhow::bail!("db failed")
            }
            Ok(())
        })
        .unwrap_err();
        assert_eq!(e.to_string(), "db failed");
        assert_eq!(ran.into_inner().unwrap(), ["db"]);
    }

    #[test]
    fn limits_from_flag_and_environment() {
        assert_eq!(limit(None, None).unwrap(), 0);
        assert_eq!(limit(Some(-1), Some("3")).unwrap(), 0);
        assert_eq!(limit(None, Some("3")).unwrap(), 3);
        assert_eq!(limit(Some(1), None).unwrap(), 1);
        assert!(limit(Some(-2), None).is_err() && limit(None, Some("x")).is_err());
    }
}
