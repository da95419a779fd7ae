//! The drop-in `saslpasswd2` on a terminal, compared with Debian's: prompts on stdout, echo off,
//! confirmation, and the mismatch message with exit 7.
//!
//! Packages: sasl2-bin (saslpasswd2), bsdutils (script, for the terminal).

#![allow(clippy::unwrap_used)]

mod common;

use std::fs::File;
use std::io::{Read, Write};
use std::os::fd::{FromRawFd, OwnedFd};
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use common::{compat_link, peer};
use tempfile::TempDir;

fn open_pty() -> (File, OwnedFd) {
    let (mut master, mut slave) = (0, 0);
    let rc = unsafe {
        libc::openpty(&mut master, &mut slave, std::ptr::null_mut(), std::ptr::null(), std::ptr::null())
    };
    assert_eq!(rc, 0, "openpty: {}", std::io::Error::last_os_error());
    unsafe { (File::from_raw_fd(master), OwnedFd::from_raw_fd(slave)) }
}

/// Waits (up to `deadline`) until the terminal no longer echoes what is typed.
fn wait_for_echo_off(master: &std::fs::File, deadline: Instant) {
    use std::os::fd::AsRawFd;
    loop {
        let mut modes: libc::termios = unsafe { std::mem::zeroed() };
        let read = unsafe { libc::tcgetattr(master.as_raw_fd(), &mut modes) } == 0;
        if !read || modes.c_lflag & libc::ECHO == 0 || Instant::now() > deadline {
            return;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// Runs `program` on a new pseudo-terminal, answering each prompt (output ending in ": ") with the
/// next answer; returns everything the terminal showed and the exit code.
fn on_terminal(program: &Path, args: &[&str], answers: &[&str]) -> (String, Option<i32>) {
    let (master, slave) = open_pty();
    let mut command = Command::new(program);
    command
        .arg0("saslpasswd2")
        .args(args)
        .env_remove("SASL_CONF_PATH")
        .stdin(Stdio::from(slave.try_clone().unwrap()))
        .stdout(Stdio::from(slave.try_clone().unwrap()))
        .stderr(Stdio::from(slave.try_clone().unwrap()));
    unsafe {
        command.pre_exec(|| {
            libc::setsid();
            libc::ioctl(0, libc::TIOCSCTTY, 0);
            Ok(())
        });
    }
    let mut child = command.spawn().unwrap();
    drop(command);
    drop(slave);

    let (tx, rx) = mpsc::channel::<Vec<u8>>();
    let mut reader = master.try_clone().unwrap();
    let pump = std::thread::spawn(move || {
        let mut buf = [0u8; 1024];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                break;
            }
        }
    });
    let mut writer = master;
    let mut seen = Vec::new();
    for answer in answers {
        let deadline = Instant::now() + Duration::from_secs(10);
        while !seen.ends_with(b": ") {
            let left = deadline.saturating_duration_since(Instant::now());
            match rx.recv_timeout(left) {
                Ok(chunk) => seen.extend(chunk),
                Err(_) => panic!("no prompt; terminal showed {:?}", String::from_utf8_lossy(&seen)),
            }
        }
        // Type once the program has switched echo off, as a person would see it do (a fixed
        // pause was not always enough on a loaded machine); on Linux the master reports the
        // terminal's modes.
        wait_for_echo_off(&writer, deadline);
        writer.write_all(answer.as_bytes()).unwrap();
        seen.extend(rx.recv_timeout(Duration::from_secs(10)).unwrap_or_default());
    }
    let status = child.wait().unwrap();
    drop(writer);
    while let Ok(chunk) = rx.recv_timeout(Duration::from_millis(500)) {
        seen.extend(chunk);
    }
    drop(rx);
    let _ = pump.join();
    (String::from_utf8_lossy(&seen).into_owned(), status.code())
}

#[test]
fn terminal_prompts_match_cyrus() {
    let Some(cyrus) = peer("saslpasswd2") else {
        return;
    };
    let dir = TempDir::new().unwrap();
    let ours = compat_link(dir.path(), "saslpasswd2");
    for (answers, expected_code) in [(["tty-secret\n", "tty-secret\n"], 0), (["one\n", "two\n"], 7)] {
        let run = |program: &Path, db: &str| {
            let db = dir.path().join(db);
            on_terminal(program, &["-f", db.to_str().unwrap(), "-c", "ttyuser"], &answers)
        };
        let theirs = run(&cyrus, "cyrus.db");
        let mine = run(&ours, "ours.db");
        assert_eq!(mine, theirs, "terminal transcript (left: saslkit, right: Cyrus)");
        assert_eq!(mine.1, Some(expected_code));
        assert!(
            !mine.0.contains("secret") && !mine.0.contains("two"),
            "the password was echoed: {:?}",
            mine.0
        );
    }
    let listed = common::saslkit(&dir.path().join("ours.db"))
        .args(["user", "verify", "ttyuser", "--password-stdin"])
        .write_stdin("tty-secret\n")
        .assert();
    listed.success();
}
