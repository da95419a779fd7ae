//! A private Dovecot started with its own configuration in a test's folder, stopped when dropped.
//!
//! Packages: dovecot-core (plus the protocol's package: dovecot-imapd, dovecot-pop3d,
//! dovecot-managesieved, dovecot-lmtpd, dovecot-submissiond).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use super::peer;

pub struct Dovecot {
    binary: PathBuf,
    config: PathBuf,
}

impl Drop for Dovecot {
    fn drop(&mut self) {
        let _ = Command::new(&self.binary)
            .arg("-c")
            .arg(&self.config)
            .arg("stop")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
    }
}

/// Starts Dovecot on `dir` with the common settings plus `extra`, and waits for `ready`.
pub fn start(dir: &Path, extra: &str, ready: &dyn Fn() -> bool) -> Option<Dovecot> {
    let binary = peer("dovecot")?;
    if unsafe { libc::geteuid() } != 0 {
        super::skip_or_fail("starting a private Dovecot needs root");
        return None;
    }
    let t = dir.display();
    for sub in ["mail", "home"] {
        std::fs::create_dir_all(dir.join(sub)).unwrap();
        std::fs::set_permissions(dir.join(sub), std::os::unix::fs::PermissionsExt::from_mode(0o1777))
            .unwrap();
    }
    let config = dir.join("dovecot.conf");
    std::fs::write(
        &config,
        format!(
            "base_dir = {t}/run\nstate_dir = {t}/state\nlog_path = {t}/dovecot.log\nhostname = localhost\n\
             mail_location = maildir:{t}/mail/%u\n\
             userdb {{\n  driver = static\n  args = uid=nobody gid=nogroup home={t}/home/%u\n}}\n{extra}"
        ),
    )
    .unwrap();
    // Dovecot goes to the background keeping whatever it was given: no pipes, or `output()`
    // would wait for the daemon to exit.
    let log = dir.join("start.log");
    let status = Command::new(&binary)
        .arg("-c")
        .arg(&config)
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&log).unwrap())
        .stderr(std::fs::File::create(dir.join("start.err")).unwrap())
        .status()
        .unwrap();
    assert!(
        status.success(),
        "dovecot: {}",
        std::fs::read_to_string(dir.join("start.err")).unwrap_or_default()
    );
    let dovecot = Dovecot { binary, config };
    for _ in 0..100 {
        if ready() {
            return Some(dovecot);
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("Dovecot did not start: {}", std::fs::read_to_string(dir.join("dovecot.log")).unwrap_or_default());
}
