//! `container prune`: removes every container that is not running (created
//! or exited), optionally only those created before `until=`, or with/without
//! a label, as docker's prune filters allow.

use crate::container::{ContainerRecord, ContainerState};
use crate::engine::Engine;
use anyhow::{bail, Result};
use chrono::{DateTime, Utc};

#[derive(Debug, Clone, PartialEq)]
enum PruneFilter {
    Until(DateTime<Utc>),
    Label(String, Option<String>),
    NotLabel(String, Option<String>),
}

fn parse_filters(raw: &[String], now: DateTime<Utc>) -> Result<Vec<PruneFilter>> {
    raw.iter()
        .map(|f| {
            let Some((k, v)) = f.split_once('=') else {
                bail!("invalid filter {f:?}: expected KEY=VALUE, for example until=24h");
            };
            let label = || match v.split_once('=') {
                Some((a, b)) => (a.to_string(), Some(b.to_string())),
                None => (v.to_string(), None),
            };
            Ok(match k {
                "until" => PruneFilter::Until(crate::util::timestamp::parse(v, now)?),
                "label" => {
                    let (a, b) = label();
                    PruneFilter::Label(a, b)
                }
                "label!" => {
                    let (a, b) = label();
                    PruneFilter::NotLabel(a, b)
                }
                _ => {
                    bail!("invalid filter {k:?}: container prune supports until, label and label!")
                }
            })
        })
        .collect()
}

fn matches(f: &PruneFilter, r: &ContainerRecord) -> bool {
    let has = |k: &str, v: &Option<String>| {
        r.config
            .labels
            .get(k)
            .is_some_and(|x| v.as_ref().is_none_or(|v| v == x))
    };
    match f {
        PruneFilter::Until(t) => r.created < *t,
        PruneFilter::Label(k, v) => has(k, v),
        PruneFilter::NotLabel(k, v) => !has(k, v),
    }
}

/// Which of `containers` a prune removes: not running, and matching every filter.
fn selected<'a>(
    containers: &'a [(ContainerRecord, ContainerState)],
    filters: &[PruneFilter],
) -> Vec<&'a ContainerRecord> {
    containers
        .iter()
        .filter(|(r, s)| {
            // A pod's infra goes with its pod (`pod rm`, `pod prune`).
            !super::ops::is_running(&s.clone().effective()) && !crate::container::pod::is_infra(r) && filters.iter().all(|f| matches(f, r))
        })
        .map(|(r, _)| r)
        .collect()
}

/// Removes the stopped containers; returns the IDs removed. A container
/// started meanwhile is left alone (its removal fails and is skipped).
pub fn prune(engine: &Engine, filters: &[String]) -> Result<Vec<String>> {
    let filters = parse_filters(filters, Utc::now())?;
    let store = super::ops::containers(engine);
    let all = store.list()?;
    let mut removed = Vec::new();
    for r in selected(&all, &filters) {
        match super::ops::remove(engine, &r.id, false) {
            Ok(_) => removed.push(r.id.clone()),
            Err(e)
                if super::ops::find(engine, &r.id)
                    .is_ok_and(|(_, s)| super::ops::is_running(&s)) =>
            {
                drop(e)
            }
            Err(e) => return Err(e.context(format!("removing container {}", r.short_id()))),
        }
    }
    store.sweep();
    Ok(removed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::container::Status;

    fn ctr(name: &str, status: Status, age_hours: i64) -> (ContainerRecord, ContainerState) {
        let record = ContainerRecord {
            id: format!("{:0>64}", name.len()),
            name: name.into(),
            image_name: "busybox".into(),
            image_id: crate::image::digest::Digest::of(b"x"),
            layers: vec![],
            created: Utc::now() - chrono::Duration::hours(age_hours),
            command: vec!["true".into()],
            config: crate::container::record::Settings {
                labels: [("keep".to_string(), name.to_string())]
                    .into_iter()
                    .collect(),
                ..Default::default()
            },
            host: Default::default(),
        };
        (
            record,
            ContainerState {
                status,
                ..Default::default()
            },
        )
    }

    #[test]
    fn selects_stopped_containers_matching_filters() {
        let all = vec![
            ctr("old", Status::Exited, 48),
            ctr("new", Status::Created, 1),
            ctr("other", Status::Exited, 48),
        ];
        let names = |f: &[&str]| -> Vec<String> {
            let f: Vec<String> = f.iter().map(|s| s.to_string()).collect();
            selected(&all, &parse_filters(&f, Utc::now()).unwrap())
                .iter()
                .map(|r| r.name.clone())
                .collect()
        };
        assert_eq!(names(&[]), ["old", "new", "other"]);
        assert_eq!(names(&["until=24h"]), ["old", "other"]);
        assert_eq!(names(&["label=keep=new"]), ["new"]);
        assert_eq!(names(&["label!=keep=new"]), ["old", "other"]);
        assert!(parse_filters(&["status=exited".into()], Utc::now()).is_err());
        assert!(parse_filters(&["until=soon".into()], Utc::now()).is_err());
    }

    #[test]
    fn running_records_with_a_live_monitor_are_kept() {
        let (r, mut s) = ctr("me", Status::Running, 1);
        // Our own process stands in for a live monitor.
        s.monitor_pid = std::process::id() as i32;
        s.monitor_start = crate::container::state::process_start_time(s.monitor_pid).unwrap();
        s.boot_id = crate::container::state::boot_id();
        let all = vec![(r, s)];
        assert!(selected(&all, &[]).is_empty());
    }
}
