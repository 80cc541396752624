//! Kubernetes YAML: `kube generate` (a pod or container as a `Pod` and an
//! optional `Service`) and `kube play`/`kube down` (a `Pod` or `Deployment`
//! run as a dhow pod). Pure parts here (model, generator, planner, golden
//! tests); `engine::kube` executes.

pub mod generate;
pub mod model;
pub mod play;
