//! RUN: mounting the stage's overlay in the builder's private mount
//! namespace and running the command there with the built-in runtime.

use super::super::fsops::{self, Root};
use super::super::{Builder, State};
use crate::container::record::Mount;
use crate::image::store::TempDir;
use anyhow::{anyhow, Context, Result};
use std::os::fd::OwnedFd;
use std::path::{Path, PathBuf};

impl Builder<'_> {
    pub(crate) fn ensure_mount_ns(&mut self) -> Result<()> {
        if !self.mount_ns {
            fsops::private_mount_namespace()?;
            self.mount_ns = true;
        }
        Ok(())
    }

    pub(super) fn mount_stage(&mut self, state: &State, tmp: &TempDir) -> Result<PathBuf> {
        self.ensure_mount_ns()?;
        let merged = tmp.path().join("merged");
        let ids: Vec<_> = state.layers.iter().map(|l| l.diff_id.clone()).collect();
        fsops::mount_overlay(
            &self.store,
            &ids,
            Some((&tmp.path().join("upper"), &tmp.path().join("work"))),
            &merged,
            &tmp.path().join("empty"),
        )?;
        Ok(merged)
    }

    /// Runs `argv` in the stage's overlay with the built-in runtime.
    pub(super) fn run_in(&mut self, state: &State, argv: &[String], step_mounts: &[Mount], tmp: &TempDir, desc: &str) -> Result<()> {
        let merged = self.mount_stage(state, tmp)?;
        // -v binds, then the step's own --mounts.
        let mut mounts = self.opts.more.mounts.clone();
        mounts.extend(step_mounts.iter().cloned());
        let r = self.run_mounted(state, argv, &mounts, tmp, &merged, desc);
        fsops::unmount(&merged);
        // The mount points made for secrets, -v and devices are no part
        // of the layer.
        let more = &self.opts.more;
        let mut dests: Vec<String> = mounts.iter().map(|m| m.destination.clone()).collect();
        dests.extend(more.run_extras.devices.iter().map(|d| {
            let parts: Vec<&str> = d.split(':').collect();
            parts.get(1).filter(|p| p.starts_with('/')).unwrap_or(&parts[0]).to_string()
        }));
        let store = &self.store;
        super::super::more::prune_mount_points(&tmp.path().join("upper"), &dests, |rel| {
            state.layers.iter().any(|l| std::fs::symlink_metadata(store.layer_diff(&l.diff_id).join(rel)).is_ok())
        });
        r
    }

    pub(super) fn run_mounted(
        &mut self,
        state: &State,
        argv: &[String],
        mounts: &[Mount],
        tmp: &TempDir,
        merged: &Path,
        desc: &str,
    ) -> Result<()> {
        use crate::container::record::{HostSettings, Settings};
        let c = &state.config.config;
        let workdir = c
            .working_dir
            .clone()
            .filter(|w| !w.is_empty())
            .unwrap_or_else(|| "/".into());
        Root::open(merged)?.ensure_dir(&workdir, None)?;
        let max_id = crate::sys::userns::current_mappings()
            .map(|m| m.max_uid())
            .unwrap_or(u32::MAX);
        let user = crate::engine::containers::user::resolve(
            merged,
            c.user.as_deref().unwrap_or(""),
            max_id,
        )?;
        let mut env = c.env.clone().unwrap_or_default();
        // Build args, then (--http-proxy, default true) dhow's proxy
        // variables: RUN's environment only, never the image's.
        let proxies = crate::engine::containers::extras::proxy_env(&self.opts.more.run_extras);
        let proxies = proxies.iter().filter_map(|e| e.split_once('=')).map(|(k, v)| (k.to_string(), v.to_string()));
        for (k, v) in state.arg_values().into_iter().chain(proxies) {
            if !env.iter().any(|e| e.split('=').next() == Some(k.as_str())) {
                env.push(format!("{k}={v}"));
            }
        }
        let id = format!(
            "{:016x}{:016x}{:016x}{:016x}",
            rand::random::<u64>(),
            rand::random::<u64>(),
            rand::random::<u64>(),
            rand::random::<u64>()
        );
        let hostname = id[..12].to_string();
        let hosts = tmp.path().join("hosts");
        let hostname_file = tmp.path().join("hostname");
        let resolv = tmp.path().join("resolv.conf");
        let more = &self.opts.more;
        std::fs::write(&hosts, super::super::more::hosts_file(&hostname, more))?;
        std::fs::write(&hostname_file, format!("{hostname}\n"))?;
        std::fs::write(&resolv, super::super::more::resolv_conf(more))?;
        let extras = crate::engine::containers::extras::resolve(self.engine, &more.run_extras, "")?;
        let record = crate::container::ContainerRecord {
            id: id.clone(),
            name: format!("build-{hostname}"),
            image_name: String::new(),
            image_id: state.id.clone(),
            layers: vec![],
            created: chrono::Utc::now(),
            command: argv.to_vec(),
            config: Settings {
                hostname,
                user: c.user.clone().unwrap_or_default(),
                env,
                cmd: argv.to_vec(),
                working_dir: workdir,
                stop_signal: "SIGTERM".into(),
                stop_timeout: 10,
                ..Default::default()
            },
            host: HostSettings {
                log_driver: "k8s-file".into(),
                mounts: mounts.to_vec(),
                cap_add: more.cap_add.clone(),
                cap_drop: more.cap_drop.clone(),
                security_opt: more.security_opt.clone(),
                no_hosts: more.no_hosts,
                extras,
                ..Default::default()
            },
        };
        let pf = crate::engine::containers::spec::PreparedFiles {
            hosts: &hosts,
            hostname: &hostname_file,
            resolv_conf: &resolv,
        };
        let mut spec = crate::engine::containers::spec::generate(&record, merged, &user, &pf)?;
        crate::engine::containers::extras::apply_to_spec(&self.engine.paths.root, &record, merged, tmp.path(), &mut spec)?;
        let spec = if self.opts.network == "host" {
            let mut v = serde_json::to_value(&spec)?;
            if let Some(ns) = v
                .pointer_mut("/linux/namespaces")
                .and_then(|n| n.as_array_mut())
            {
                ns.retain(|n| n["type"] != "network");
            }
            serde_json::from_value(v).context("building the RUN spec")?
        } else {
            spec
        };
        let devnull = || -> Result<OwnedFd> {
            Ok(OwnedFd::from(
                std::fs::OpenOptions::new()
                    .read(true)
                    .write(true)
                    .open("/dev/null")?,
            ))
        };
        let (stdout, stderr) = if self.opts.quiet {
            (devnull()?, devnull()?)
        } else {
            (
                std::io::stdout().as_fd_owned()?,
                std::io::stderr().as_fd_owned()?,
            )
        };
        let stdio = crate::runtime::Stdio {
            stdin: if more.stdin { std::io::stdin().as_fd_owned()? } else { devnull()? },
            stdout,
            stderr,
        };
        let step_name = desc.to_string();
        let pid = crate::runtime::spawn(&spec, stdio).map_err(|e| {
            let code = e.exit_code();
            anyhow::Error::new(crate::error::Exit::with_code(
                code,
                format!("building at STEP \"{step_name}\": {e}"),
            ))
        })?;
        let code = wait(pid)?;
        if code != 0 {
            return Err(crate::error::Exit::with_code(
                code,
                format!(
                    "building at STEP \"{}\": while running runtime: exit status {code}",
                    argv_display(argv)
                ),
            )
            .into());
        }
        Ok(())
    }

}
pub(super) fn argv_display(argv: &[String]) -> String {
    format!("RUN {}", argv.last().map(String::as_str).unwrap_or(""))
}

pub(super) fn wait(pid: nix::unistd::Pid) -> Result<i32> {
    crate::util::wait::wait_exit_code(pid).map_err(|e| anyhow!("waiting for the RUN process: {e}"))
}

pub(super) trait DupFd {
    fn as_fd_owned(&self) -> Result<OwnedFd>;
}

impl<T: std::os::fd::AsFd> DupFd for T {
    fn as_fd_owned(&self) -> Result<OwnedFd> {
        Ok(self.as_fd().try_clone_to_owned()?)
    }
}
