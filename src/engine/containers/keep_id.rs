//! `--userns keep-id`: the user's own uid and gid inside the container.
//!
//! dhow's user namespace maps container 0 to the user and 1..N to the
//! subordinate range. keep-id adds a nested user namespace whose mapping
//! swaps the user's ID into place: inside ID U (the user's host uid) is the
//! outer 0 (the user), inside 0..U-1 are the outer 1..U, and inside U+1..N
//! are the outer U+1..N. Files the container writes as U in a bind mount are
//! the user's own on the host, which is what keep-id is for.

use crate::sys::userns::IdMappings;
use anyhow::{bail, Context, Result};
use oci_spec::runtime::{LinuxIdMapping, LinuxIdMappingBuilder, LinuxNamespaceBuilder, LinuxNamespaceType, Spec};

/// The user's host uid and gid as seen in dhow's namespace (`outer`).
pub fn host_ids(outer: &IdMappings) -> Result<(u32, u32)> {
    let uid = outer.to_host_uid(0).context("reading dhow's user namespace mapping")?;
    let gid = outer.to_host_gid(0).context("reading dhow's user namespace mapping")?;
    if uid == 0 {
        bail!("--userns=keep-id only works rootless: as root, container IDs already are host IDs");
    }
    Ok((uid, gid))
}

/// The nested mapping for one kind of ID (uids or gids).
fn swap(user: u32, max: u32) -> Result<Vec<LinuxIdMapping>> {
    if user > max {
        bail!("--userns=keep-id: ID {user} is beyond the {max} IDs this user can map; give the user a larger range in /etc/subuid and /etc/subgid");
    }
    let m = |inside: u32, outside: u32, size: u32| LinuxIdMappingBuilder::default().container_id(inside).host_id(outside).size(size).build();
    let mut out = vec![];
    if user > 0 {
        out.push(m(0, 1, user)?);
    }
    out.push(m(user, 0, 1)?);
    if max > user {
        out.push(m(user + 1, user + 1, max - user)?);
    }
    Ok(out)
}

/// Adds the nested user namespace and its mappings to `spec`, and makes the
/// process run as the user unless `--user` named someone.
pub fn apply(spec: &mut Spec, outer: &IdMappings, explicit_user: bool, home: Option<String>) -> Result<()> {
    let (uid, gid) = host_ids(outer)?;
    let max_gid = outer.gids.iter().map(|m| m.container_id.saturating_add(m.size.saturating_sub(1))).max().unwrap_or(0);
    let uid_maps = swap(uid, outer.max_uid())?;
    let gid_maps = swap(gid, max_gid)?;
    let mut linux = spec.linux().clone().unwrap_or_default();
    let mut namespaces = linux.namespaces().clone().unwrap_or_default();
    if !namespaces.iter().any(|n| n.typ() == LinuxNamespaceType::User) {
        namespaces.push(LinuxNamespaceBuilder::default().typ(LinuxNamespaceType::User).build()?);
    }
    linux.set_namespaces(Some(namespaces));
    linux.set_uid_mappings(Some(uid_maps));
    linux.set_gid_mappings(Some(gid_maps));
    spec.set_linux(Some(linux));
    if !explicit_user {
        if let Some(mut process) = spec.process().clone() {
            let mut user = process.user().clone();
            user.set_uid(uid);
            user.set_gid(gid);
            user.set_additional_gids(None);
            process.set_user(user);
            let home = format!("HOME={}", home.unwrap_or_else(|| "/".into()));
            let mut env: Vec<String> = process.env().clone().unwrap_or_default().into_iter().filter(|e| !e.starts_with("HOME=")).collect();
            env.push(home);
            process.set_env(Some(env));
            spec.set_process(Some(process));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn triples(v: &[LinuxIdMapping]) -> Vec<(u32, u32, u32)> {
        v.iter().map(|m| (m.container_id(), m.host_id(), m.size())).collect()
    }

    #[test]
    fn the_users_id_is_swapped_into_place() {
        assert_eq!(triples(&swap(1000, 65536).unwrap()), [(0, 1, 1000), (1000, 0, 1), (1001, 1001, 64536)]);
        assert_eq!(triples(&swap(65536, 65536).unwrap()), [(0, 1, 65536), (65536, 0, 1)]);
        assert!(swap(70000, 65536).is_err());
    }
}
