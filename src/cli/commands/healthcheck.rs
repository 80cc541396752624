//! The health check flags of `create`/`run`, and `dhow healthcheck run`.

use crate::container::health::HealthOptions;
use crate::engine::Engine;
use clap::{Args, Subcommand};

/// `--health-*` flags shared by `create` and `run` (docker's, plus podman's
/// `--health-on-failure`). Values are strings so bad input gets docker's
/// messages (`--health-retries cannot be negative`).
#[derive(Args, Debug, Clone, Default)]
pub struct HealthArgs {
    /// Command to run to check health: a shell command, or a JSON array (["CMD","ARG"...])
    #[arg(long = "health-cmd", value_name = "COMMAND", allow_hyphen_values = true)]
    pub health_cmd: Option<String>,
    /// Time between running the check (ms|s|m|h) (default 30s)
    #[arg(long = "health-interval", value_name = "DURATION", allow_hyphen_values = true)]
    pub health_interval: Option<String>,
    /// Maximum time to allow one check to run (ms|s|m|h) (default 30s)
    #[arg(long = "health-timeout", value_name = "DURATION", allow_hyphen_values = true)]
    pub health_timeout: Option<String>,
    /// Consecutive failures needed to report unhealthy (default 3)
    #[arg(long = "health-retries", value_name = "N", allow_hyphen_values = true)]
    pub health_retries: Option<String>,
    /// Start period for the container to initialize before failures count (ms|s|m|h) (default 0s)
    #[arg(long = "health-start-period", value_name = "DURATION", allow_hyphen_values = true)]
    pub health_start_period: Option<String>,
    /// Time between running the check during the start period (ms|s|m|h) (default 5s)
    #[arg(long = "health-start-interval", value_name = "DURATION", allow_hyphen_values = true)]
    pub health_start_interval: Option<String>,
    /// Disable any container-specified HEALTHCHECK
    #[arg(long = "no-healthcheck")]
    pub no_healthcheck: bool,
    /// Action when the container turns unhealthy: none, kill, restart, stop
    #[arg(long = "health-on-failure", value_name = "ACTION")]
    pub health_on_failure: Option<String>,
}

impl HealthArgs {
    pub fn options(&self) -> HealthOptions {
        HealthOptions {
            cmd: self.health_cmd.clone(),
            interval: self.health_interval.clone(),
            timeout: self.health_timeout.clone(),
            start_period: self.health_start_period.clone(),
            start_interval: self.health_start_interval.clone(),
            retries: self.health_retries.clone(),
            no_healthcheck: self.no_healthcheck,
            on_failure: self.health_on_failure.clone(),
        }
    }
}

#[derive(Subcommand, Debug)]
#[command(defer = true)]
pub enum HealthcheckCommand {
    /// Run a container's health check now: exit 0 when healthy, 1 when not
    Run(RunArgs),
}

#[derive(Args, Debug)]
pub struct RunArgs {
    #[arg(value_name = "CONTAINER")]
    pub container: String,
}

impl HealthcheckCommand {
    pub fn exec(self, engine: &Engine) -> anyhow::Result<()> {
        match self {
            HealthcheckCommand::Run(a) => {
                let status = crate::engine::containers::health::run_now(engine, &a.container)?;
                if status == crate::container::health::HealthStatus::Healthy {
                    return Ok(());
                }
                println!("{}", status.as_str());
                Err(crate::error::Exit::silent(1).into())
            }
        }
    }
}
