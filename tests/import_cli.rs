//! `saslkit user import`: one transaction, every bad line reported, --dry-run, --skip-bad, CSV.
//!
//! Packages: none.

#![allow(clippy::unwrap_used)]

mod common;

use common::saslkit;
use predicates::prelude::*;
use tempfile::TempDir;

fn listing(db: &std::path::Path) -> String {
    String::from_utf8(saslkit(db).arg("listusers").output().unwrap().stdout).unwrap()
}

#[test]
fn bad_lines_stop_the_import_with_line_numbers() {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("sasldb2");
    let file = dir.path().join("users.tsv");
    std::fs::write(&file, "a@example.com\tpw\nno-tab-here\nb@example.com\t\nc@example.com\tpw\n").unwrap();
    let name = file.display().to_string();
    saslkit(&db).args(["user", "import"]).arg(&file).assert().code(65).stderr(
        predicate::str::contains(format!("{name}, line 2: no TAB"))
            .and(predicate::str::contains(format!("{name}, line 3: the password is empty")))
            .and(predicate::str::contains("nothing was written")),
    );
    assert!(!db.exists());
    saslkit(&db).args(["user", "import", "--skip-bad"]).arg(&file).assert().success();
    assert_eq!(listing(&db), "a@example.com: userPassword\nc@example.com: userPassword\n");
}

#[test]
fn dry_run_reports_and_writes_nothing() {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("sasldb2");
    saslkit(&db)
        .args(["user", "add", "a@example.com", "--password-stdin"])
        .write_stdin("old\n")
        .assert()
        .success();
    let out = saslkit(&db)
        .args(["user", "import", "-", "--dry-run", "--format", "json"])
        .write_stdin("a@example.com\tnew\nb@example.com\tpw\n")
        .output()
        .unwrap();
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json, serde_json::json!({"dry_run": true, "created": 1, "updated": 1, "bad": []}));
    assert_eq!(listing(&db), "a@example.com: userPassword\n");
    saslkit(&db)
        .args(["user", "verify", "a@example.com", "--password-stdin"])
        .write_stdin("old\n")
        .assert()
        .success();
}

#[test]
fn csv_import_with_scram_on_every_core() {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("sasldb2");
    let file = dir.path().join("users.csv");
    let mut csv = String::from("user,password\n");
    for n in 0..40 {
        csv.push_str(&format!("\"u{n}\",\"p,{n}\"\n"));
    }
    std::fs::write(&file, csv).unwrap();
    let out = saslkit(&db)
        .args(["user", "import", "--realm", "example.com", "--scram", "SHA-256", "--format", "json"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["created"], 40);
    assert_eq!(listing(&db).lines().count(), 80);
    saslkit(&db)
        .args(["user", "verify", "u39@example.com", "--password-stdin"])
        .write_stdin("p,39\n")
        .assert()
        .success();
    // Re-importing updates instead of creating.
    let out = saslkit(&db)
        .args(["user", "import", "--realm", "example.com", "--format", "json"])
        .arg(&file)
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!((json["created"].as_u64(), json["updated"].as_u64()), (Some(0), Some(40)));
    assert_eq!(listing(&db).lines().count(), 40, "stale SCRAM records were removed");
}

#[test]
fn missing_import_file_is_66() {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("sasldb2");
    saslkit(&db).args(["user", "import"]).arg(dir.path().join("nope.tsv")).assert().code(66);
}
