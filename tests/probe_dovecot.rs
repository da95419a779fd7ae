//! `saslkit probe` over LMTP on a UNIX socket, against Debian's Dovecot LMTP server started by the
//! test with its own configuration and stopped after it.

#![allow(clippy::unwrap_used)]

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use common::peer;
use tempfile::TempDir;

struct Dovecot {
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

fn start(dir: &Path) -> Option<Dovecot> {
    let binary = peer("dovecot")?;
    if unsafe { libc::geteuid() } != 0 {
        common::skip_or_fail("starting a private Dovecot needs root");
        return None;
    }
    let t = dir.display();
    let config = dir.join("dovecot.conf");
    std::fs::write(
        &config,
        format!(
            "base_dir = {t}/run\nstate_dir = {t}/state\nlog_path = {t}/dovecot.log\nprotocols = lmtp\nssl = no\n\
             mail_location = maildir:{t}/mail/%u\npassdb {{\n  driver = static\n  args = password=pw\n}}\n\
             userdb {{\n  driver = static\n  args = uid=nobody gid=nogroup home={t}/home/%u\n}}\n\
             service lmtp {{\n  unix_listener lmtp {{\n    mode = 0666\n  }}\n}}\n"
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
        if dir.join("run/lmtp").exists() {
            return Some(dovecot);
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("Dovecot did not create its LMTP socket");
}

#[test]
fn lmtp_over_a_unix_socket() {
    let dir = TempDir::new().unwrap();
    std::fs::set_permissions(dir.path(), std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let Some(_dovecot) = start(dir.path()) else { return };
    let socket = dir.path().join("run/lmtp");
    let out = assert_cmd::Command::new(common::saslkit_bin())
        .arg("probe")
        .arg(&socket)
        .args(["--protocol", "lmtp", "--tls", "none", "--format", "json", "--transcript"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(json["banner"].as_str().unwrap().contains("Dovecot"), "{json}");
    assert_eq!(json["address"], socket.display().to_string());
    let transcript = json["transcripts"][0].to_string();
    assert!(transcript.contains("LHLO"), "{transcript}");
    assert!(json["phases"][0]["capabilities"]["keywords"].to_string().contains("PIPELINING"), "{json}");
    // LMTP offers no AUTH: asking to authenticate is "not offered", 69.
    assert_eq!(
        assert_cmd::Command::new(common::saslkit_bin())
            .arg("probe")
            .arg(&socket)
            .args([
                "--protocol",
                "lmtp",
                "--tls",
                "none",
                "--user",
                "u",
                "--mech",
                "PLAIN",
                "--password-env",
                "PW"
            ])
            .env("PW", "pw")
            .output()
            .unwrap()
            .status
            .code(),
        Some(69)
    );
    // A socket with TLS asked for is a usage error.
    assert_eq!(
        assert_cmd::Command::new(common::saslkit_bin())
            .arg("probe")
            .arg(&socket)
            .output()
            .unwrap()
            .status
            .code(),
        Some(64)
    );
}
