//! `--user` / the image's `User`: names resolved against the container's own
//! `/etc/passwd` and `/etc/group` (read inside its root), as docker does.

use crate::util::fsat::read_in_root;
use anyhow::{bail, Result};
use std::path::Path;

/// The identity the container's process runs as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExecUser {
    pub uid: u32,
    pub gid: u32,
    /// Supplementary groups: every group of `/etc/group` listing the user.
    pub additional_gids: Vec<u32>,
    /// The user's home from passwd (for `HOME`), `/` when unknown.
    pub home: String,
}

struct PasswdEntry {
    name: String,
    uid: u32,
    gid: u32,
    home: String,
}

fn passwd(root: &Path) -> Vec<PasswdEntry> {
    let text = read_in_root(root, Path::new("/etc/passwd")).ok().flatten().unwrap_or_default();
    String::from_utf8_lossy(&text)
        .lines()
        .filter_map(|l| {
            let f: Vec<&str> = l.split(':').collect();
            (f.len() >= 6).then(|| -> Option<PasswdEntry> {
                Some(PasswdEntry { name: f[0].to_string(), uid: f[2].parse().ok()?, gid: f[3].parse().ok()?, home: f[5].to_string() })
            })?
        })
        .collect()
}

/// uid → user name from the container's `/etc/passwd` (the first entry
/// of a uid wins, as getpwuid).
pub fn user_names(root: &Path) -> std::collections::HashMap<u32, String> {
    let mut names = std::collections::HashMap::new();
    for e in passwd(root) {
        names.entry(e.uid).or_insert(e.name);
    }
    names
}

/// gid → group name from the container's `/etc/group` (the first entry of
/// a gid wins, as getgrgid).
pub fn group_names(root: &Path) -> std::collections::HashMap<u32, String> {
    let mut names = std::collections::HashMap::new();
    for (name, gid, _) in groups(root) {
        names.entry(gid).or_insert(name);
    }
    names
}

/// (name, gid, members)
fn groups(root: &Path) -> Vec<(String, u32, Vec<String>)> {
    let text = read_in_root(root, Path::new("/etc/group")).ok().flatten().unwrap_or_default();
    String::from_utf8_lossy(&text)
        .lines()
        .filter_map(|l| {
            let f: Vec<&str> = l.split(':').collect();
            if f.len() < 3 {
                return None;
            }
            let members = f.get(3).map(|m| m.split(',').filter(|s| !s.is_empty()).map(String::from).collect()).unwrap_or_default();
            Some((f[0].to_string(), f[2].parse().ok()?, members))
        })
        .collect()
}

/// A group's gid by name from the container's `/etc/group` (`--group-add`).
pub fn group_id(root: &Path, name: &str) -> Option<u32> {
    groups(root).into_iter().find(|(n, _, _)| n == name).map(|(_, gid, _)| gid)
}

/// Resolves `spec` (`""`, `name`, `uid`, `name:group`, `uid:gid`, ...) in
/// the rootfs at `root`. A numeric uid need not exist in passwd (docker
/// allows it); a name must. IDs above `max_id` cannot be mapped rootless.
pub fn resolve(root: &Path, spec: &str, max_id: u32) -> Result<ExecUser> {
    let (user_part, group_part) = match spec.split_once(':') {
        Some((u, g)) => (u, Some(g)),
        None => (spec, None),
    };
    let users = passwd(root);
    let user_part = if user_part.is_empty() { "0" } else { user_part };
    let entry = match user_part.parse::<u32>() {
        Ok(uid) => users.iter().find(|u| u.uid == uid),
        Err(_) => Some(
            users
                .iter()
                .find(|u| u.name == user_part)
                .ok_or_else(|| anyhow::anyhow!("unable to find user {user_part}: no matching entries in passwd file"))?,
        ),
    };
    let uid = match entry {
        Some(e) => e.uid,
        None => user_part.parse::<u32>().unwrap_or(0),
    };
    let all_groups = groups(root);
    let gid = match group_part {
        None | Some("") => entry.map_or(0, |e| e.gid),
        Some(g) => match g.parse::<u32>() {
            Ok(gid) => gid,
            Err(_) => all_groups
                .iter()
                .find(|(n, _, _)| n == g)
                .map(|(_, gid, _)| *gid)
                .ok_or_else(|| anyhow::anyhow!("unable to find group {g}: no matching entries in group file"))?,
        },
    };
    for (what, id) in [("user", uid), ("group", gid)] {
        if id > max_id {
            bail!(
                "{what} ID {id} is outside the IDs this user can map ({max_id} is the highest); \
                 give the user a larger range in /etc/subuid and /etc/subgid, or run as another {what}"
            );
        }
    }
    let additional_gids = match (group_part, entry) {
        // An explicit group replaces the supplementary groups, as in docker.
        (None, Some(e)) => {
            let mut g: Vec<u32> =
                all_groups.iter().filter(|(_, gid, members)| *gid != e.gid && members.contains(&e.name)).map(|(_, gid, _)| *gid).collect();
            g.dedup();
            g
        }
        _ => vec![],
    };
    Ok(ExecUser { uid, gid, additional_gids, home: entry.map_or_else(|| "/".to_string(), |e| e.home.clone()) })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rootfs() -> tempfile::TempDir {
        let d = tempfile::tempdir().unwrap();
        std::fs::create_dir(d.path().join("etc")).unwrap();
        std::fs::write(d.path().join("etc/passwd"), "root:x:0:0:root:/root:/bin/sh\napp:x:1000:1000::/home/app:/bin/sh\nbroken line\n").unwrap();
        std::fs::write(d.path().join("etc/group"), "root:x:0:\napp:x:1000:\nwheel:x:10:app,other\n").unwrap();
        d
    }

    #[test]
    fn names_and_numbers() {
        let d = rootfs();
        let r = |s: &str| resolve(d.path(), s, 65536);
        assert_eq!(r("").unwrap(), ExecUser { uid: 0, gid: 0, additional_gids: vec![], home: "/root".into() });
        let app = r("app").unwrap();
        assert_eq!((app.uid, app.gid, app.additional_gids.clone(), app.home.as_str()), (1000, 1000, vec![10], "/home/app"));
        assert_eq!(r("1000").unwrap().gid, 1000, "a known uid takes its passwd group");
        let anon = r("4242").unwrap();
        assert_eq!((anon.uid, anon.gid, anon.home.as_str()), (4242, 0, "/"), "unknown numeric uid is allowed");
        assert_eq!(r("app:wheel").unwrap().gid, 10);
        assert_eq!(r("app:77").unwrap().additional_gids, Vec::<u32>::new());
        assert!(r("nobody").unwrap_err().to_string().contains("unable to find user nobody"));
        assert!(r("app:nogroup").unwrap_err().to_string().contains("unable to find group nogroup"));
        assert!(r("70000").unwrap_err().to_string().contains("outside the IDs"));
    }
}
