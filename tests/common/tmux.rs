//! Terminal tests: runs `dhow ARGS` in a detached tmux session as the test
//! user, so the command gets a real terminal, and reads the screen back.

use super::env::{dhow_bin, Output, TestEnv};
use std::sync::atomic::{AtomicUsize, Ordering};

static SESSIONS: AtomicUsize = AtomicUsize::new(0);

/// One tmux session (a terminal window 100x30) running one dhow command.
pub struct Tmux<'a> {
    env: &'a TestEnv,
    pub session: String,
}

impl<'a> Tmux<'a> {
    pub fn start(env: &'a TestEnv, args: &[&str]) -> Tmux<'a> {
        // Several sessions may share an env (a second terminal).
        let session = format!(
            "dhow{}-{}",
            std::process::id(),
            SESSIONS.fetch_add(1, Ordering::SeqCst)
        );
        let mut cmdline = dhow_bin().display().to_string();
        for a in args {
            cmdline.push_str(&format!(" '{a}'"));
        }
        let mut cmd = env.exec(
            "tmux",
            &[
                "new-session",
                "-d",
                "-s",
                &session,
                "-x",
                "100",
                "-y",
                "30",
                &cmdline,
            ],
        );
        cmd.env("TMUX_TMPDIR", env.runtime_dir());
        let out = env.run_command(cmd);
        assert!(out.success(), "tmux: {}", out.describe());
        Tmux { env, session }
    }

    pub fn tmux(&self, args: &[&str]) -> Output {
        let mut cmd = self.env.exec("tmux", args);
        cmd.env("TMUX_TMPDIR", self.env.runtime_dir());
        self.env.run_command(cmd)
    }

    pub fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", &self.session];
        args.extend_from_slice(keys);
        self.tmux(&args);
    }

    pub fn screen(&self) -> String {
        self.tmux(&["capture-pane", "-p", "-t", &self.session])
            .stdout
    }

    /// Waits until the screen contains `text` (or the session ended).
    pub fn wait_for(&self, text: &str) -> String {
        for _ in 0..100 {
            let s = self.screen();
            if s.contains(text) {
                return s;
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        panic!(
            "{text:?} never appeared on the terminal:\n{}",
            self.screen()
        );
    }

    pub fn alive(&self) -> bool {
        self.tmux(&["has-session", "-t", &self.session]).success()
    }

    /// Waits (up to 5 s) for the command to end; returns whether it did.
    pub fn wait_gone(&self) -> bool {
        for _ in 0..50 {
            if !self.alive() {
                return true;
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        !self.alive()
    }
}

impl Drop for Tmux<'_> {
    fn drop(&mut self) {
        // The server ends with its last session.
        self.tmux(&["kill-session", "-t", &self.session]);
    }
}
