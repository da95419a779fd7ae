//! Tables on a real terminal (a pty made by `script`), issue 13: a pty that does not say its
//! size printed one character per column, and at 40 columns names split inside words.
//!
//! Packages: bsdutils (script).

#![allow(clippy::unwrap_used)]

mod common;

use std::process::Command;

/// Runs `saslkit ARGS` on a pty `cols` columns wide (`None`: the size is left unset, 0).
fn on_terminal(db: &std::path::Path, cols: Option<u16>, args: &str) -> String {
    let bin = common::saslkit_bin();
    let size = cols.map(|c| format!("stty cols {c} rows 50; ")).unwrap_or_default();
    let inner = format!("{size}'{}' --db '{}' {args}", bin.display(), db.display());
    let out = Command::new("script").args(["-qec", &inner, "/dev/null"]).env_clear().output().unwrap();
    assert!(out.status.success(), "{inner}: {}", String::from_utf8_lossy(&out.stdout));
    String::from_utf8_lossy(&out.stdout).replace('\r', "")
}

#[test]
fn tables_fit_the_terminal_without_splitting_words() {
    if common::peer("script").is_none() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("sasldb2");
    common::saslkit(&db)
        .args(["user", "add", "alice@example.com", "--scram", "SHA-256", "--password-stdin"])
        .write_stdin("pw\n")
        .assert()
        .success();
    let no_size = on_terminal(&db, None, "realm list");
    assert!(no_size.contains("realm") && no_size.contains("example.com"), "{no_size}");
    for cols in [80, 40] {
        let table = on_terminal(&db, Some(cols), "user list");
        assert!(table.contains("SCRAM-SHA-256") && table.contains("example.com"), "{cols} columns:\n{table}");
        assert!(table.lines().all(|l| l.chars().count() <= usize::from(cols)), "{cols} columns:\n{table}");
    }
    let lines = on_terminal(&db, Some(30), "user list");
    assert!(lines.contains("secrets: plaintext, SCRAM-SHA-256 (4096)"), "{lines}");
}
