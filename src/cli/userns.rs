//! The one table of which commands run inside dhow's rootless user
//! namespace: those that create or delete files owned by the image's or a
//! container's users (layers, container roots, volume content). Read-only
//! commands and those that only talk to a monitor (`ps`, `logs`, `stop`,
//! `kill`, ...) stay outside, which keeps them fast. `compose` decides per
//! subcommand itself (`cli/commands/compose`).
//!
//! Keys are command paths as clap names them (aliases resolve to these);
//! the longest key that is a prefix of the invoked path decides, so a
//! group can be listed once with its read-only verbs as exceptions.

const TABLE: &[(&str, bool)] = &[
    ("pull", true),
    ("build", true),
    ("buildx", true),
    ("unshare", true),
    ("rmi", true),
    ("run", true),
    ("create", true),
    ("start", true),
    ("restart", true),
    ("rm", true),
    ("load", true),
    ("import", true),
    ("play", true),
    ("__monitor", true),
    ("__netns-holder", true),
    ("image build", true),
    ("image pull", true),
    ("image rm", true),
    ("image prune", true),
    ("image load", true),
    ("image import", true),
    ("container run", true),
    ("container create", true),
    ("container start", true),
    ("container restart", true),
    ("container rm", true),
    ("container cleanup", true),
    ("container prune", true),
    ("container clone", true),
    ("volume", true),
    ("volume ls", false),
    ("volume inspect", false),
    ("volume exists", false),
    // connect/disconnect change a running container's interfaces (in the
    // networks' user namespace); rm -f removes containers.
    ("network connect", true),
    ("network disconnect", true),
    ("network rm", true),
    // `pod create` only writes records: the infra's directories belong to
    // the user either way (dhow's root is the user), and entering the
    // namespace (newuidmap, newgidmap) was about a third of its time.
    ("pod start", true),
    ("pod restart", true),
    ("pod rm", true),
    ("pod prune", true),
    ("pod clone", true),
    ("kube play", true),
    ("kube down", true),
    ("system", true),
    ("system info", false),
    ("system migrate", false),
    ("system renumber", false),
];

/// Whether the command at `path` (e.g. `["volume", "create"]`) enters the
/// user namespace.
pub fn needed(path: &[&str]) -> bool {
    let mut best: Option<(usize, bool)> = None;
    for (key, enter) in TABLE {
        let words: Vec<&str> = key.split(' ').collect();
        if words.len() <= path.len() && path[..words.len()] == words[..] && best.is_none_or(|(n, _)| words.len() > n) {
            best = Some((words.len(), *enter));
        }
    }
    best.is_some_and(|(_, enter)| enter)
}

/// The subcommand path of parsed arguments: `dhow volume create x` gives
/// `["volume", "create"]`.
pub fn command_path(m: &clap::ArgMatches) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = m;
    while let Some((name, sub)) = cur.subcommand() {
        out.push(name.to_string());
        cur = sub;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every key names a command of the CLI: a renamed command cannot
    /// silently leave the table.
    #[test]
    fn every_key_is_a_command() {
        let root = crate::cli::command();
        for (key, _) in TABLE {
            let mut cmd = &root;
            for word in key.split(' ') {
                cmd = cmd
                    .get_subcommands()
                    .find(|c| c.get_name() == word)
                    .unwrap_or_else(|| panic!("{key:?} in the user namespace table is not a dhow command"));
            }
        }
    }

    #[test]
    fn longest_key_decides() {
        assert!(needed(&["volume", "create"]));
        assert!(!needed(&["volume", "ls"]));
        assert!(needed(&["system", "prune"]));
        assert!(!needed(&["system", "info"]));
        assert!(needed(&["container", "run"]));
        assert!(!needed(&["container", "ps"]));
        assert!(!needed(&["ps"]));
        assert!(!needed(&["stop"]));
        assert!(!needed(&["pod", "create"]));
        assert!(needed(&["pod", "start"]));
        assert!(!needed(&["compose", "up"]));
        assert!(!needed(&[]));
    }

    #[test]
    fn parsed_aliases_resolve_to_the_table() {
        let path = |args: &[&str]| {
            let m = crate::cli::command().try_get_matches_from(args).unwrap();
            command_path(&m)
        };
        assert_eq!(path(&["dhow", "volume", "create", "v"]), ["volume", "create"]);
        assert_eq!(path(&["dhow", "container", "ls"]), ["container", "ls"]);
        let p = path(&["dhow", "image", "rm", "x"]);
        assert!(needed(&p.iter().map(String::as_str).collect::<Vec<_>>()));
    }
}
