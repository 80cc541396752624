//! Waiting on `depends_on` conditions before a service starts:
//! `service_started` needs nothing more, `service_healthy` waits for the
//! health status the monitor records (docker's `State.Health.Status`, read
//! through `inspect`'s data), `service_completed_successfully` waits for
//! the dependency to exit 0. The wait is written against [`HealthSource`]
//! so its rules are tested with a fake.

use crate::compose::model::{Condition, Project, Service};
use crate::engine::Engine;
use anyhow::{bail, Result};
use std::time::Duration;

/// What the wait needs to know about a container.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Observed {
    pub running: bool,
    /// Exited (not just created): its exit code counts.
    pub exited: bool,
    pub exit_code: i32,
    /// `State.Health.Status` (`starting`, `healthy`, `unhealthy`), if the
    /// container has a health check.
    pub health: Option<String>,
}

pub trait HealthSource {
    fn observe(&self, container: &str) -> Result<Observed>;
    /// Pauses between observations.
    fn pause(&self) {
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// Reads `inspect`'s JSON, so the monitor's health record is used as soon as
/// it is there.
pub struct EngineHealth<'a> {
    pub engine: &'a Engine,
}

impl HealthSource for EngineHealth<'_> {
    fn observe(&self, container: &str) -> Result<Observed> {
        let v = crate::engine::containers::inspect::inspect(self.engine, container, false)?.ok_or_else(|| anyhow::anyhow!("no such container: {container}"))?;
        let state = &v["State"];
        Ok(Observed {
            running: state["Running"].as_bool().unwrap_or(false),
            exited: state["Status"].as_str() == Some("exited"),
            exit_code: state["ExitCode"].as_i64().unwrap_or(0) as i32,
            health: state["Health"]["Status"].as_str().map(str::to_string),
        })
    }
}

/// Waits until every dependency of `svc` meets its condition.
/// `container_of` names a dependency's container.
pub fn wait_for_dependencies(project: &Project, svc: &Service, src: &dyn HealthSource, container_of: &dyn Fn(&str) -> Option<String>) -> Result<()> {
    for (dep, d) in &svc.depends_on {
        if d.condition == Condition::ServiceStarted {
            continue;
        }
        let Some(ctr) = container_of(dep) else {
            if d.required {
                bail!("dependency failed to start: service {dep:?} has no container");
            }
            continue;
        };
        let dep_has_check = project.services.get(dep).and_then(|s| s.healthcheck.as_ref()).is_some_and(|h| !h.disable);
        wait_one(&ctr, d.condition, dep_has_check, src)?;
    }
    Ok(())
}

fn wait_one(ctr: &str, cond: Condition, declared_check: bool, src: &dyn HealthSource) -> Result<()> {
    loop {
        let o = src.observe(ctr)?;
        match cond {
            Condition::ServiceStarted => return Ok(()),
            Condition::ServiceCompletedSuccessfully => {
                if o.exited && !o.running {
                    if o.exit_code == 0 {
                        return Ok(());
                    }
                    bail!("service {ctr:?} didn't complete successfully: exit {}", o.exit_code);
                }
            }
            Condition::ServiceHealthy => match o.health.as_deref() {
                Some("healthy") => return Ok(()),
                Some("unhealthy") => bail!("dependency failed to start: container {ctr} is unhealthy"),
                Some(_) => {
                    if o.exited && !o.running {
                        bail!("dependency failed to start: container {ctr} exited ({})", o.exit_code);
                    }
                }
                // Declared, but no status yet: the container is not
                // running yet (the monitor records one from the start).
                None if declared_check => {
                    if o.exited && !o.running {
                        bail!("dependency failed to start: container {ctr} exited ({})", o.exit_code);
                    }
                }
                None => bail!("dependency failed to start: container {ctr} has no healthcheck configured"),
            },
        }
        src.pause();
    }
}

/// `up --wait`: every container running, and healthy where it has a health
/// status; a container that exited 0 counts when `may_exit` says its
/// service is a one-shot others wait on. Fails naming the first that did
/// not make it, or at `deadline`.
pub fn wait_ready(containers: &[String], src: &dyn HealthSource, may_exit: &dyn Fn(&str) -> bool, deadline: Option<std::time::Instant>) -> Result<()> {
    for ctr in containers {
        loop {
            let o = src.observe(ctr)?;
            match o.health.as_deref() {
                Some("healthy") => break,
                Some("unhealthy") => bail!("container {ctr} is unhealthy"),
                None if o.running => break,
                _ => {}
            }
            if o.exited && !o.running {
                if o.exit_code == 0 && may_exit(ctr) {
                    break;
                }
                bail!("container {ctr} exited ({})", o.exit_code);
            }
            if deadline.is_some_and(|d| std::time::Instant::now() > d) {
                bail!("timeout waiting for container {ctr} to be running and healthy");
            }
            src.pause();
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compose::model::{Dependency, Healthcheck};
    use std::cell::RefCell;

    /// Plays back a sequence of observations.
    struct Fake(RefCell<Vec<Observed>>);

    impl HealthSource for Fake {
        fn observe(&self, _: &str) -> Result<Observed> {
            let mut v = self.0.borrow_mut();
            Ok(if v.len() > 1 { v.remove(0) } else { v[0].clone() })
        }
        fn pause(&self) {}
    }

    fn health(s: &str) -> Observed {
        Observed { running: true, health: Some(s.into()), ..Default::default() }
    }

    fn project(cond: Condition, check: bool) -> (Project, Service) {
        let mut p = Project::default();
        let db = Service { name: "db".into(), healthcheck: check.then(Healthcheck::default), ..Default::default() };
        let mut web = Service { name: "web".into(), ..Default::default() };
        web.depends_on.insert("db".into(), Dependency { condition: cond, required: true, restart: false });
        p.services.insert("db".into(), db);
        p.services.insert("web".into(), web.clone());
        (p, web)
    }

    fn wait(cond: Condition, check: bool, seq: Vec<Observed>) -> Result<()> {
        let (p, web) = project(cond, check);
        wait_for_dependencies(&p, &web, &Fake(RefCell::new(seq)), &|_| Some("p-db-1".into()))
    }

    #[test]
    fn healthy_waits_through_starting() {
        assert!(wait(Condition::ServiceHealthy, true, vec![health("starting"), health("starting"), health("healthy")]).is_ok());
        let e = wait(Condition::ServiceHealthy, true, vec![health("starting"), health("unhealthy")]).unwrap_err();
        assert!(e.to_string().contains("is unhealthy"), "{e}");
        let exited = Observed { exited: true, exit_code: 3, health: Some("starting".into()), ..Default::default() };
        assert!(wait(Condition::ServiceHealthy, true, vec![exited]).unwrap_err().to_string().contains("exited (3)"));
    }

    #[test]
    fn healthy_without_any_check_is_an_error() {
        let e = wait(Condition::ServiceHealthy, false, vec![Observed { running: true, ..Default::default() }]).unwrap_err();
        assert!(e.to_string().contains("no healthcheck configured"), "{e}");
        // Declared in the file, no status recorded yet: wait for one.
        assert!(wait(Condition::ServiceHealthy, true, vec![Observed::default(), health("starting"), health("healthy")]).is_ok());
        let exited = Observed { exited: true, exit_code: 1, ..Default::default() };
        assert!(wait(Condition::ServiceHealthy, true, vec![Observed::default(), exited]).unwrap_err().to_string().contains("exited (1)"));
    }

    #[test]
    fn wait_ready_rules() {
        let fake = |seq: Vec<Observed>| Fake(RefCell::new(seq));
        let names = ["p-a-1".to_string()];
        let running = Observed { running: true, ..Default::default() };
        assert!(wait_ready(&names, &fake(vec![Observed::default(), running]), &|_| false, None).is_ok());
        assert!(wait_ready(&names, &fake(vec![health("starting"), health("healthy")]), &|_| false, None).is_ok());
        assert!(wait_ready(&names, &fake(vec![health("unhealthy")]), &|_| false, None).is_err());
        let done = Observed { exited: true, ..Default::default() };
        assert!(wait_ready(&names, &fake(vec![done.clone()]), &|_| true, None).is_ok());
        assert!(wait_ready(&names, &fake(vec![done]), &|_| false, None).unwrap_err().to_string().contains("exited (0)"));
        let past = std::time::Instant::now() - Duration::from_secs(1);
        assert!(wait_ready(&names, &fake(vec![Observed::default()]), &|_| false, Some(past)).unwrap_err().to_string().contains("timeout"));
    }

    #[test]
    fn completed_successfully_needs_exit_zero() {
        let running = Observed { running: true, ..Default::default() };
        let ok = Observed { exited: true, ..Default::default() };
        let bad = Observed { exited: true, exit_code: 2, ..Default::default() };
        assert!(wait(Condition::ServiceCompletedSuccessfully, false, vec![running.clone(), ok]).is_ok());
        assert!(wait(Condition::ServiceCompletedSuccessfully, false, vec![running, bad]).unwrap_err().to_string().contains("exit 2"));
        assert!(wait(Condition::ServiceStarted, false, vec![Observed::default()]).is_ok());
    }
}
