//! `saslkit user …` and `saslkit realm …` through the binary: behaviour, output, exit codes.
//!
//! Packages: lmdb-utils (mdb_dump).

#![allow(clippy::unwrap_used)]

mod common;

use common::{mdb_dump, saslkit};
use predicates::prelude::*;
use tempfile::TempDir;

fn add(db: &std::path::Path, user: &str, password: &str, extra: &[&str]) -> assert_cmd::assert::Assert {
    saslkit(db)
        .args(["user", "add", user, "--password-stdin"])
        .args(extra)
        .write_stdin(format!("{password}\n"))
        .assert()
}

fn records(db: &std::path::Path) -> Vec<(String, String)> {
    let out = saslkit(db).args(["user", "list", "--format", "sasldb"]).output().unwrap();
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| {
            let (u, p) = l.split_once(": ").unwrap();
            (u.to_string(), p.to_string())
        })
        .collect()
}

#[test]
fn add_list_show_verify_delete_round_trip() {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("sasldb2");
    add(&db, "alice@example.com", "secret1", &[])
        .success()
        .stderr(predicate::str::contains("created alice@example.com"));
    add(&db, "bob", "secret2", &["--realm", "example.org", "--scram", "SHA-256"]).success();

    let list = saslkit(&db).args(["user", "list", "--format", "json"]).output().unwrap();
    assert!(list.status.success());
    let json: serde_json::Value = serde_json::from_slice(&list.stdout).unwrap();
    assert_eq!(json[0]["user"], "alice@example.com");
    assert_eq!(json[0]["secrets"]["plaintext"], true);
    assert_eq!(json[1]["realm"], "example.org");
    assert_eq!(json[1]["secrets"]["scram"]["mechanism"], "SCRAM-SHA-256");
    assert_eq!(json[1]["secrets"]["scram"]["iterations"], 4096);

    saslkit(&db)
        .args(["user", "verify", "bob@example.org", "--password-stdin"])
        .write_stdin("secret2\n")
        .assert()
        .success();
    saslkit(&db)
        .args(["user", "verify", "bob@example.org", "--password-stdin"])
        .write_stdin("wrong\n")
        .assert()
        .code(1);
    saslkit(&db)
        .args(["user", "verify", "nobody@example.org", "--password-stdin"])
        .write_stdin("x\n")
        .assert()
        .code(67);

    let show = saslkit(&db).args(["user", "show", "bob@example.org", "--format", "json"]).output().unwrap();
    let json: serde_json::Value = serde_json::from_slice(&show.stdout).unwrap();
    assert_eq!(json["properties"][0]["property"], "authPassword");
    assert_eq!(json["properties"][0]["value"], "SCRAM-SHA-256, 4096 iterations");
    assert_eq!(json["properties"][1]["value"], "plaintext password");
    assert!(!String::from_utf8_lossy(&show.stdout).contains("secret2"), "show must not print secrets");

    saslkit(&db)
        .args(["user", "delete", "alice@example.com", "--yes"])
        .assert()
        .success()
        .stderr(predicate::str::contains("deleted alice@example.com (userPassword)"));
    assert_eq!(
        records(&db),
        [
            ("bob@example.org".into(), "authPassword".into()),
            ("bob@example.org".into(), "userPassword".into())
        ]
    );
}

#[test]
fn add_refuses_existing_user_unless_forced() {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("sasldb2");
    add(&db, "alice@example.com", "one", &[]).success();
    add(&db, "alice@example.com", "two", &[]).code(1).stderr(predicate::str::contains("already exists"));
    saslkit(&db)
        .args(["user", "verify", "alice@example.com", "--password-stdin"])
        .write_stdin("one\n")
        .assert()
        .success();
    add(&db, "alice@example.com", "two", &["--force"]).success().stderr(predicate::str::contains("replaced"));
    saslkit(&db)
        .args(["user", "verify", "alice@example.com", "--password-stdin"])
        .write_stdin("two\n")
        .assert()
        .success();
}

#[test]
fn passwd_changes_and_removes_stale_scram() {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("sasldb2");
    add(&db, "alice@example.com", "old", &["--scram", "sha-1"]).success();
    saslkit(&db)
        .args(["user", "passwd", "alice@example.com", "--password-stdin"])
        .write_stdin("new\n")
        .assert()
        .success()
        .stderr(predicate::str::contains("removed stale secrets: authPassword"));
    assert_eq!(records(&db), [("alice@example.com".into(), "userPassword".into())]);
    saslkit(&db)
        .args(["user", "verify", "alice@example.com", "--password-stdin"])
        .write_stdin("old\n")
        .assert()
        .code(1);
    saslkit(&db)
        .args(["user", "passwd", "ghost@example.com", "--password-stdin"])
        .write_stdin("x\n")
        .assert()
        .code(67);
}

#[test]
fn scram_only_user_verifies_by_scram() {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("sasldb2");
    add(&db, "s@example.com", "pw", &["--scram", "SHA-512", "--no-plaintext", "--iterations", "5000"])
        .success();
    let dump = mdb_dump(&db);
    if let Some(dump) = dump {
        assert_eq!(dump.len(), 1);
        assert_eq!(dump[0].0, b"s\0example.com\0authPassword");
        assert!(dump[0].1.starts_with(b"SCRAM-SHA-512$5000:"));
    }
    saslkit(&db)
        .args(["user", "verify", "s@example.com", "--password-stdin"])
        .write_stdin("pw\n")
        .assert()
        .success();
    add(&db, "t@example.com", "pw", &["--no-plaintext"])
        .code(64)
        .stderr(predicate::str::contains("no secret at all"));
}

#[test]
fn bad_passwords_are_refused_and_nothing_is_written() {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("sasldb2");
    for (input, reason) in
        [(&b"\n"[..], "empty"), (&b"ab\0cd\n"[..], "NUL"), (&[b'x'; 8192][..], "8192 bytes")]
    {
        saslkit(&db)
            .args(["user", "add", "u@example.com", "--password-stdin"])
            .write_stdin(input)
            .assert()
            .code(65)
            .stderr(predicate::str::contains(reason));
    }
    assert!(!db.exists(), "nothing may be created for refused input");
    saslkit(&db)
        .args(["user", "add", "u@example.com", "--password-stdin"])
        .write_stdin(vec![b'y'; 1500])
        .assert()
        .success()
        .stderr(predicate::str::contains("saslauthd"));
}

#[test]
fn bad_user_ids_are_refused() {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("sasldb2");
    add(&db, "trail@", "pw", &[]).code(65).stderr(predicate::str::contains("realm is empty"));
    add(&db, "@example.com", "pw", &[]).code(65).stderr(predicate::str::contains("user id is empty"));
    add(&db, "plain", "pw", &["--realm", "localdomain"])
        .success()
        .stderr(predicate::str::contains("not a fully qualified"));
    // Only writing a secret warns about the realm; reading does not.
    saslkit(&db)
        .args(["user", "show", "plain@localdomain"])
        .assert()
        .success()
        .stderr(predicate::str::is_empty());
    saslkit(&dir.path().join("no/such/dir/sasldb2"))
        .args(["user", "add", "a@example.com", "--password-stdin"])
        .write_stdin("pw\n")
        .assert()
        .code(73)
        .stderr(predicate::str::contains("cannot create"));
}

#[test]
fn password_sources_file_env_and_argv() {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("sasldb2");
    let file = dir.path().join("pw");
    std::fs::write(&file, "fromfile\nignored\n").unwrap();
    saslkit(&db).args(["user", "add", "f@example.com", "--password-file"]).arg(&file).assert().success();
    saslkit(&db)
        .args(["user", "add", "e@example.com", "--password-env", "PW_VAR"])
        .env("PW_VAR", "fromenv")
        .assert()
        .success();
    saslkit(&db).args(["user", "add", "e2@example.com", "--password-env", "UNSET_VAR_X"]).assert().code(64);
    saslkit(&db)
        .args(["user", "add", "a@example.com", "--password", "fromargv"])
        .assert()
        .success()
        .stderr(predicate::str::contains("visible to every user"));
    for (user, pw) in
        [("f@example.com", "fromfile"), ("e@example.com", "fromenv"), ("a@example.com", "fromargv")]
    {
        saslkit(&db)
            .args(["user", "verify", user, "--password-stdin"])
            .write_stdin(format!("{pw}\n"))
            .assert()
            .success();
    }
    // No terminal and no source: a usage error that says what to do. setsid drops the
    // controlling terminal, so this holds when the tests run from an interactive shell too.
    let mut detached = std::process::Command::new(common::saslkit_bin());
    detached.arg("--db").arg(&db);
    unsafe {
        std::os::unix::process::CommandExt::pre_exec(&mut detached, || {
            libc::setsid();
            Ok(())
        });
    }
    assert_cmd::Command::from_std(detached)
        .args(["user", "add", "n@example.com"])
        .assert()
        .code(64)
        .stderr(predicate::str::contains("--password-stdin"));
    saslkit(&db)
        .args(["user", "add", "x@example.com", "--password-stdin", "--password-env", "A"])
        .assert()
        .code(64);
}

#[test]
fn delete_is_atomic_and_needs_yes_without_a_terminal() {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("sasldb2");
    add(&db, "a@example.com", "pw", &[]).success();
    add(&db, "b@example.com", "pw", &[]).success();
    saslkit(&db)
        .args(["user", "delete", "a@example.com"])
        .assert()
        .code(64)
        .stderr(predicate::str::contains("--yes"));
    saslkit(&db).args(["user", "delete", "a@example.com", "ghost@example.com", "--yes"]).assert().code(67);
    assert_eq!(records(&db).len(), 2, "a failed delete removes nothing");
    saslkit(&db).args(["user", "delete", "a@example.com", "b@example.com", "--yes"]).assert().success();
    assert!(records(&db).is_empty());
}

#[test]
fn realms_list_rename_delete() {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("sasldb2");
    add(&db, "a@old.example", "pw", &["--scram", "SHA-256"]).success();
    add(&db, "b@old.example", "pw", &[]).success();
    add(&db, "c@other.example", "pw", &[]).success();
    let out = saslkit(&db).args(["realm", "list", "--format", "json"]).output().unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        json,
        serde_json::json!([{"realm": "old.example", "users": 2}, {"realm": "other.example", "users": 1}])
    );

    saslkit(&db).args(["realm", "rename", "old.example", "new.example"]).assert().success();
    saslkit(&db)
        .args(["user", "verify", "a@new.example", "--password-stdin"])
        .write_stdin("pw\n")
        .assert()
        .success();
    saslkit(&db).args(["realm", "rename", "new.example", "other.example"]).assert().success();
    add(&db, "c@new2.example", "pw", &[]).success();
    // c exists in both realms: the rename would merge two users, so nothing moves.
    saslkit(&db).args(["realm", "rename", "new2.example", "other.example"]).assert().code(65);
    saslkit(&db).args(["realm", "rename", "missing.example", "x.example"]).assert().code(67);
    saslkit(&db).args(["realm", "delete", "other.example", "--yes"]).assert().success();
    assert_eq!(records(&db), [("c@new2.example".into(), "userPassword".into())]);
}

#[test]
fn list_filters_by_realm_and_human_table_has_users() {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("sasldb2");
    add(&db, "a@one.example", "pw", &[]).success();
    add(&db, "b@two.example", "pw", &[]).success();
    saslkit(&db)
        .args(["user", "list", "--realm", "two.example"])
        .assert()
        .success()
        .stdout(predicate::str::contains("two.example").and(predicate::str::contains("one.example").not()));
    saslkit(&db)
        .args(["listusers"])
        .assert()
        .success()
        .stdout("a@one.example: userPassword\nb@two.example: userPassword\n");
}

#[test]
fn missing_and_foreign_files() {
    let dir = TempDir::new().unwrap();
    let missing = dir.path().join("nope");
    saslkit(&missing)
        .args(["user", "list"])
        .assert()
        .code(66)
        .stderr(predicate::str::contains("no such sasldb file"));
    saslkit(&missing).args(["listusers"]).assert().code(66);

    let cases: [(&str, Vec<u8>, &str); 3] = [
        ("garbage", b"this is a text file, not a database\n".repeat(100), "not a database"),
        ("bdb", bdb_hash_header(), "Berkeley DB"),
        ("gdbm", [0x13579acfu32.to_le_bytes().to_vec(), vec![0; 60]].concat(), "GDBM"),
    ];
    for (name, bytes, what) in cases {
        let path = dir.path().join(name);
        std::fs::write(&path, &bytes).unwrap();
        saslkit(&path).args(["listusers"]).assert().code(65).stderr(predicate::str::contains(what));
        add(&path, "a@example.com", "pw", &[]).code(65).stderr(predicate::str::contains(what));
        assert_eq!(std::fs::read(&path).unwrap(), bytes, "{name} must be left untouched");
        assert!(!dir.path().join(format!("{name}-lock")).exists(), "no lock file next to {name}");
    }
}

fn bdb_hash_header() -> Vec<u8> {
    let mut page = vec![0u8; 4096];
    page[12..16].copy_from_slice(&0x0006_1561u32.to_le_bytes());
    page
}

#[test]
fn new_file_mode_follows_umask_and_existing_mode_is_kept() {
    use std::os::unix::fs::PermissionsExt;
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("sasldb2");
    add(&db, "a@example.com", "pw", &[]).success();
    // The test process's umask (usually 022) gives 0640, as Cyrus's 0660 minus umask.
    let umask = unsafe {
        let old = libc::umask(0o022);
        libc::umask(old);
        old
    };
    let mode = std::fs::metadata(&db).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o660 & !(umask as u32));
    let lock_mode = std::fs::metadata(dir.path().join("sasldb2-lock")).unwrap().permissions().mode() & 0o777;
    assert_eq!(lock_mode, mode);
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o600)).unwrap();
    add(&db, "b@example.com", "pw", &[]).success();
    assert_eq!(std::fs::metadata(&db).unwrap().permissions().mode() & 0o777, 0o600);
}

#[test]
fn usage_errors_exit_64_and_help_exits_0() {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("sasldb2");
    saslkit(&db).args(["user", "frobnicate"]).assert().code(64);
    saslkit(&db).args(["user", "add", "a", "--scram", "MD5"]).assert().code(64);
    saslkit(&db).args(["--help"]).assert().success().stdout(predicate::str::contains("Exit codes"));
}
