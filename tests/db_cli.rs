//! `saslkit db info|convert|check`.
//!
//! Packages: lmdb-utils (mdb_dump, mdb_load).

#![allow(clippy::unwrap_used)]

mod common;

use common::{mdb_dump, mdb_load, printable_dump, saslkit, saslkit_default};
use predicates::prelude::*;
use tempfile::TempDir;

fn tricky_records() -> Vec<(Vec<u8>, Vec<u8>)> {
    vec![
        (b"alice\0example.com\0userPassword".to_vec(), b"pw1".to_vec()),
        (b"alice\0example.com\0customProp".to_vec(), b"kept".to_vec()),
        ("ÜnïcødeUser\0Dom.example\0userPassword".as_bytes().to_vec(), "päss".as_bytes().to_vec()),
        (b"carol\0example.org\0authPassword".to_vec(), b"SCRAM-SHA-1$4096:qXxGTsQKVIO0IxJ+B/J+Uw==$IBrIP3iovUXKYT5f4uxthLAfIME=:J2iT1QOlJhyvf+r+HQPR8nr/YVw=".to_vec()),
        (b"zzz\0onlyonenul".to_vec(), b"x".to_vec()),
        (b"nosecret\0vm\0customProp".to_vec(), b"y".to_vec()),
        (b"big\0example.com\0userPassword".to_vec(), vec![b'b'; 9000]),
    ]
}

fn load(db: &std::path::Path, records: &[(Vec<u8>, Vec<u8>)]) -> Option<()> {
    let pairs: Vec<(&[u8], &[u8])> = records.iter().map(|(k, v)| (k.as_slice(), v.as_slice())).collect();
    mdb_load(db, &printable_dump(&pairs))
}

#[test]
fn convert_round_trip_keeps_every_record() {
    let dir = TempDir::new().unwrap();
    let original = dir.path().join("original");
    if load(&original, &tricky_records()).is_none() {
        return;
    }
    let (gdbm, back) = (dir.path().join("copy.gdbm"), dir.path().join("back.lmdb"));
    saslkit(&original)
        .args(["db", "convert"])
        .arg(&original)
        .arg(&gdbm)
        .args(["--to", "gdbm"])
        .assert()
        .success();
    saslkit(&original)
        .args(["db", "convert"])
        .arg(&gdbm)
        .arg(&back)
        .args(["--to", "lmdb"])
        .assert()
        .success()
        .stderr(predicate::str::contains("verified"));
    let (mut before, after) = (mdb_dump(&original).unwrap(), mdb_dump(&back).unwrap());
    before.sort();
    assert_eq!(after, before, "LMDB → GDBM → LMDB changed records");
    // The source is never written; an existing target needs --force.
    saslkit(&original).args(["db", "convert"]).arg(&gdbm).arg(&back).args(["--to", "lmdb"]).assert().code(73);
    saslkit(&original)
        .args(["db", "convert"])
        .arg(&gdbm)
        .arg(&back)
        .args(["--to", "lmdb", "--force"])
        .assert()
        .success();
    assert_eq!(common::temp_files(dir.path()), 0);
}

#[test]
fn check_reports_what_breaks_cyrus() {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("sasldb2");
    if load(&db, &tricky_records()).is_none() {
        return;
    }
    let out = saslkit(&db)
        .args(["db", "check", "--mech-list", "PLAIN SCRAM-SHA-256", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    for expected in
        ["loops forever", "9000 bytes", "nobody can log in", "SCRAM-SHA-1 record", "realm \\\"vm\\\""]
    {
        assert!(text.contains(expected), "{expected} missing from {text}");
    }
    let clean = dir.path().join("clean");
    saslkit(&clean)
        .args(["user", "add", "a@example.com", "--password-stdin"])
        .write_stdin("pw\n")
        .assert()
        .success();
    saslkit(&clean).args(["db", "check"]).assert().success().stdout("");
}

#[test]
fn info_describes_the_file() {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("sasldb2");
    saslkit(&db)
        .args(["user", "add", "a@example.com", "--password-stdin"])
        .write_stdin("pw\n")
        .assert()
        .success();
    saslkit(&db)
        .args(["user", "add", "b@example.org", "--password-stdin", "--scram", "SHA-256"])
        .write_stdin("pw\n")
        .assert()
        .success();
    let out = saslkit(&db).args(["db", "info", "--format", "json"]).output().unwrap();
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["format"], "LMDB");
    assert_eq!(
        (json["records"].as_u64(), json["users"].as_u64(), json["realms"].as_u64()),
        (Some(3), Some(2), Some(2))
    );
    assert_eq!(json["map_size"], 1u64 << 30);
    assert!(json["lock_file"]["path"].as_str().unwrap().ends_with("sasldb2-lock"));
    let gdbm = dir.path().join("g");
    saslkit_default(&gdbm)
        .args(["--backend", "gdbm", "user", "add", "a@example.com", "--password-stdin"])
        .write_stdin("pw\n")
        .assert()
        .success();
    let out = saslkit(&gdbm).args(["db", "info", "--format", "json"]).output().unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["format"], "GDBM");
    assert_eq!(json["mode"], "0600");
}

#[test]
fn lmdb_to_bdb_to_gdbm_to_lmdb_keeps_every_record() {
    let dir = TempDir::new().unwrap();
    let original = dir.path().join("original");
    let records: Vec<(Vec<u8>, Vec<u8>)> =
        tricky_records().into_iter().filter(|(k, _)| k.iter().filter(|&&b| b == 0).count() == 2).collect();
    if load(&original, &records).is_none() {
        return;
    }
    let (bdb, gdbm, back) = (dir.path().join("a.bdb"), dir.path().join("b.gdbm"), dir.path().join("c.lmdb"));
    for (from, to, kind) in [(&original, &bdb, "bdb"), (&bdb, &gdbm, "gdbm"), (&gdbm, &back, "lmdb")] {
        saslkit(from).args(["db", "convert"]).arg(from).arg(to).args(["--to", kind]).assert().success();
    }
    let mut before = mdb_dump(&original).unwrap();
    before.sort();
    assert_eq!(mdb_dump(&back).unwrap(), before);
}

#[test]
fn damaged_lmdb_and_gdbm_files_give_a_clear_error_and_stay_untouched() {
    let dir = TempDir::new().unwrap();
    for backend in ["lmdb", "gdbm"] {
        let db = dir.path().join(format!("good.{backend}"));
        for n in 0..200 {
            saslkit_default(&db)
                .args([
                    "-q",
                    "--backend",
                    backend,
                    "user",
                    "add",
                    &format!("u{n}@example.com"),
                    "--password-stdin",
                ])
                .write_stdin("pw\n")
                .assert()
                .success();
        }
        let bytes = std::fs::read(&db).unwrap();
        let truncated = dir.path().join(format!("truncated.{backend}"));
        std::fs::write(&truncated, &bytes[..bytes.len() / 3]).unwrap();
        let out = saslkit(&truncated).arg("listusers").output().unwrap();
        assert!(
            matches!(out.status.code(), Some(65 | 74)),
            "{backend}: {:?} {}",
            out.status.code(),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
        saslkit(&truncated)
            .args(["user", "add", "x@example.com", "--password-stdin"])
            .write_stdin("pw\n")
            .assert()
            .failure();
        assert_eq!(
            std::fs::read(&truncated).unwrap(),
            &bytes[..bytes.len() / 3],
            "{backend}: a damaged file is never written"
        );
    }
}

/// Issue 13: `db info` names the owner and group, as `ls -l` does, not only their numbers.
#[test]
fn info_names_the_owner_and_group() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("sasldb2");
    saslkit(&db)
        .args(["user", "add", "alice@example.com", "--password-stdin"])
        .write_stdin("pw\n")
        .assert()
        .success();
    let id = |flag: &str| {
        let out = std::process::Command::new("id").arg(flag).output().unwrap();
        String::from_utf8(out.stdout).unwrap().trim().to_string()
    };
    let out = saslkit(&db).args(["db", "info", "--format", "json"]).output().unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["owner"], id("-un"), "{json}");
    assert_eq!(json["group"], id("-gn"), "{json}");
    let human = saslkit(&db).args(["db", "info"]).output().unwrap();
    let text = String::from_utf8_lossy(&human.stdout);
    assert!(text.contains(&format!("owner {}, group {}", id("-un"), id("-gn"))), "{text}");
}
