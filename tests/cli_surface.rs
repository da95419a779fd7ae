//! The command-line surface (issue 10): the sasldb options appear only on the commands that use a
//! sasldb, work before or after the command, and an explicit --db beats $SASLKIT_DB.
//!
//! Packages: none.
#![allow(clippy::unwrap_used)]

use std::process::Command;

fn saslkit(args: &[&str], env_db: Option<&std::path::Path>) -> std::process::Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_saslkit"));
    cmd.args(args).env_remove("SASLKIT_DB");
    if let Some(db) = env_db {
        cmd.env("SASLKIT_DB", db);
    }
    cmd.output().unwrap()
}

#[test]
fn sasldb_options_only_where_they_mean_something() {
    for command in [&["probe", "--help"][..], &["auth", "plain", "--help"], &["map", "compile", "--help"]] {
        let help = String::from_utf8(saslkit(command, None).stdout).unwrap();
        for flag in ["--db", "--map-size", "--backend"] {
            assert!(!help.contains(flag), "{command:?} offers {flag}");
        }
    }
    for command in [
        &["user", "add", "--help"][..],
        &["realm", "list", "--help"],
        &["listusers", "--help"],
        &["db", "info", "--help"],
    ] {
        let help = String::from_utf8(saslkit(command, None).stdout).unwrap();
        assert!(help.contains("--db"), "{command:?} lacks --db");
    }
}

#[test]
fn db_before_or_after_the_command_and_over_the_environment() {
    let dir = tempfile::tempdir().unwrap();
    let (one, two) = (dir.path().join("one"), dir.path().join("two"));
    let (one_arg, two_arg) = (one.to_str().unwrap(), two.to_str().unwrap());
    assert!(saslkit(&["--db", one_arg, "user", "add", "a@example.com", "--password", "pw"], None)
        .status
        .success());
    assert!(saslkit(&["user", "add", "b@example.com", "--db", two_arg, "--password", "pw"], None)
        .status
        .success());
    let listing = |out: std::process::Output| String::from_utf8(out.stdout).unwrap();
    assert_eq!(listing(saslkit(&["listusers"], Some(&one))), "a@example.com: userPassword\n");
    assert_eq!(
        listing(saslkit(&["--db", two_arg, "listusers"], Some(&one))),
        "b@example.com: userPassword\n"
    );
    assert_eq!(
        listing(saslkit(&["listusers", "--db", two_arg], Some(&one))),
        "b@example.com: userPassword\n"
    );
    assert_eq!(
        listing(saslkit(&["user", "list", "--db", one_arg, "--format", "json"], Some(&two)))
            .matches("a@example.com")
            .count(),
        1
    );
}
