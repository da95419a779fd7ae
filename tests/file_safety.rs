//! The file under stress: a full map, permissions, and what is left behind on failure.
//!
//! Packages: util-linux (runuser, for the other-uid cases).

#![allow(clippy::unwrap_used)]

mod common;

use std::os::unix::fs::PermissionsExt;

use common::{peer, saslkit};
use predicates::prelude::*;
use tempfile::TempDir;

#[test]
fn full_map_is_reported_with_the_fix_and_nothing_is_half_written() {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("sasldb2");
    // A new file with Cyrus's default 1 MiB map.
    saslkit(&db)
        .args(["--map-size", "1024", "user", "add", "first@example.com", "--password-stdin"])
        .write_stdin("pw\n")
        .assert()
        .success();
    let input = dir.path().join("users.tsv");
    std::fs::write(
        &input,
        (0..5000).map(|n| format!("u{n}@example.com\t{}\n", "p".repeat(400))).collect::<String>(),
    )
    .unwrap();
    saslkit(&db)
        .args(["user", "import"])
        .arg(&input)
        .assert()
        .code(73)
        .stderr(predicate::str::contains("database is full").and(predicate::str::contains("--map-size")));
    let listed = saslkit(&db).arg("listusers").output().unwrap();
    assert_eq!(
        String::from_utf8_lossy(&listed.stdout),
        "first@example.com: userPassword\n",
        "the failed import left nothing"
    );

    saslkit(&db)
        .args(["--map-size", "16384", "user", "import"])
        .arg(&input)
        .assert()
        .success()
        .stderr(predicate::str::contains("restart"));
    let listed = saslkit(&db).arg("listusers").output().unwrap();
    assert_eq!(listed.stdout.iter().filter(|&&b| b == b'\n').count(), 5001);
    // Never shrinks.
    saslkit(&db)
        .args(["--map-size", "1024", "user", "add", "x@example.com", "--password-stdin"])
        .write_stdin("pw\n")
        .assert()
        .code(65);
}

#[test]
fn permission_denied_is_77_and_names_the_file() {
    let dir = TempDir::new().unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let db = dir.path().join("sasldb2");
    saslkit(&db)
        .args(["user", "add", "a@example.com", "--password-stdin"])
        .write_stdin("pw\n")
        .assert()
        .success();
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o640)).unwrap();
    let is_root = unsafe { libc::geteuid() } == 0;
    let mut command = if is_root {
        let Some(runuser) = peer("runuser") else {
            return;
        };
        let mut c = std::process::Command::new(runuser);
        c.args(["-u", "nobody", "--"]).arg(common::saslkit_bin());
        c
    } else {
        std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o000)).unwrap();
        std::process::Command::new(common::saslkit_bin())
    };
    let out = command.arg("--db").arg(&db).arg("listusers").output().unwrap();
    assert_eq!(out.status.code(), Some(77), "{}", String::from_utf8_lossy(&out.stderr));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("permission denied") && stderr.contains(db.to_str().unwrap()), "{stderr}");
}

#[test]
fn zero_byte_file_is_set_up_as_a_new_database() {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("sasldb2");
    std::fs::write(&db, b"").unwrap();
    saslkit(&db).arg("listusers").assert().success().stdout("");
    saslkit(&db)
        .args(["user", "add", "a@example.com", "--password-stdin"])
        .write_stdin("pw\n")
        .assert()
        .success();
    saslkit(&db).arg("listusers").assert().success().stdout("a@example.com: userPassword\n");
}
