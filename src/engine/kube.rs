//! `kube generate` / `kube play` / `kube down`: the thin executors over the
//! pure generator and planner in `crate::kube`.

use crate::container::ContainerStore;
use crate::engine::Engine;
use crate::kube::generate::{self, Input, Member};
use anyhow::Result;

/// The environment an image brings, to leave out of the generated `env`.
fn image_env(engine: &Engine, r: &crate::container::ContainerRecord) -> Vec<String> {
    (|| -> Result<Vec<String>> {
        let store = engine.store_readonly();
        let image = crate::engine::images::resolve(engine, &store, &r.image_id.to_string())?;
        Ok(store.image_config(&image)?.config.env.unwrap_or_default())
    })()
    .unwrap_or_default()
}

/// `kube generate NAME...`: each a pod or a container, as one YAML stream.
pub fn generate(engine: &Engine, names: &[String], service: bool) -> Result<String> {
    let containers = ContainerStore::new(&engine.paths.root);
    let mut docs = Vec::new();
    for name in names {
        let yaml = match crate::engine::pods::find(engine, name) {
            Ok(pod) => {
                let all = crate::engine::pods::containers(engine, &pod)?;
                let infra = all.iter().find(|(r, _)| r.id == pod.infra_id).map(|(r, _)| r.clone());
                let members: Vec<_> = all.into_iter().filter(|(r, _)| r.id != pod.infra_id).map(|(r, _)| r).collect();
                let envs: Vec<Vec<String>> = members.iter().map(|r| image_env(engine, r)).collect();
                generate::generate(&Input {
                    name: pod.name.clone(),
                    hostname: Some(pod.hostname.clone()),
                    labels: pod.labels.clone(),
                    members: members.iter().zip(envs).map(|(record, image_env)| Member { record, image_env }).collect(),
                    ports: infra.as_ref().map(|r| r.host.port_bindings.clone()).unwrap_or_default(),
                    extra_hosts: infra.as_ref().map(|r| r.host.extra_hosts.clone()).unwrap_or_default(),
                    service,
                })?
            }
            Err(e) if e.downcast_ref::<crate::container::pod::PodNotFound>().is_some() => {
                let (r, _) = containers.find(name).map_err(|_| anyhow::anyhow!("no such pod or container: {name:?}"))?;
                let env = image_env(engine, &r);
                generate::generate(&Input {
                    name: format!("{}-pod", r.name),
                    hostname: None,
                    labels: Default::default(),
                    members: vec![Member { record: &r, image_env: env }],
                    ports: r.host.port_bindings.clone(),
                    extra_hosts: r.host.extra_hosts.clone(),
                    service,
                })?
            }
            Err(e) => return Err(e),
        };
        docs.push(yaml);
    }
    Ok(docs.join("---\n"))
}
