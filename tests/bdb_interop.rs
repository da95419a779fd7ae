//! Berkeley DB hash sasldb files (Debian, Ubuntu), read by saslkit exactly as Debian's
//! sasldblistusers2 reads them; writes refused with the way out; conversion to LMDB.
//!
//! Packages: sasl2-bin (saslpasswd2, sasldblistusers2), db-util (db_dump, db_load, db_verify).

#![allow(clippy::unwrap_used)]

mod common;

use std::path::Path;

use common::{dump_records, mdb_dump, peer, run, saslkit, saslkit_default};
use predicates::prelude::*;
use tempfile::TempDir;

#[test]
fn users_made_by_debians_saslpasswd2_are_read() {
    let (Some(saslpasswd2), Some(listusers)) = (peer("saslpasswd2"), peer("sasldblistusers2")) else {
        return;
    };
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("sasldb2");
    for (user, password) in
        [("alice", "pw-a"), ("bob@example.org", "pw-b"), ("ÜnïcødeUser", "pw-u"), ("sp ace", "pw-s")]
    {
        let out = run(
            &saslpasswd2,
            &["-p", "-c", "-f", db.to_str().unwrap(), "-u", "example.com", user],
            format!("{password}\n").as_bytes(),
        );
        assert!(out.status.success());
    }
    let theirs = run(&listusers, &["-f", db.to_str().unwrap()], b"");
    // Both walk the buckets in order: the same lines in the same order.
    saslkit(&db).arg("listusers").assert().success().stdout(theirs.stdout);
    saslkit(&db)
        .args(["user", "verify", "bob@example.org", "--password-stdin"])
        .write_stdin("pw-b\n")
        .assert()
        .success();
    saslkit(&db)
        .args(["user", "verify", "alice@example.com", "--password-stdin"])
        .write_stdin("wrong\n")
        .assert()
        .code(1);
    // saslkit writes the file; Debian's tools read the result, and db_verify accepts it.
    saslkit(&db)
        .args(["user", "add", "new@example.com", "--password-stdin"])
        .write_stdin("pw\n")
        .assert()
        .success();
    let after = run(&listusers, &["-f", db.to_str().unwrap()], b"");
    assert!(String::from_utf8_lossy(&after.stdout).contains("new@example.com: userPassword"));
    db_verify(&db);
    // Changed and deleted by saslkit; Debian's tools see both.
    saslkit(&db)
        .args(["user", "passwd", "alice@example.com", "--password-stdin"])
        .write_stdin("changed\n")
        .assert()
        .success();
    saslkit(&db).args(["user", "delete", "bob@example.org", "--yes"]).assert().success();
    db_verify(&db);
    let after = String::from_utf8(run(&listusers, &["-f", db.to_str().unwrap()], b"").stdout).unwrap();
    assert!(!after.contains("bob@example.org"), "{after}");
    let checked = run(
        &saslpasswd2,
        &["-p", "-f", db.to_str().unwrap(), "-u", "example.com", "alice"],
        b"changed-again\n",
    );
    assert!(checked.status.success());
    saslkit(&db)
        .args(["user", "verify", "alice@example.com", "--password-stdin"])
        .write_stdin("changed-again\n")
        .assert()
        .success();
    saslkit(&db)
        .args(["db", "info", "--format", "json"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Berkeley DB (hash)"));
}

#[test]
fn large_file_with_splits_and_overflow_pages_converts_to_lmdb() {
    let (Some(db_load), Some(db_dump), Some(listusers)) =
        (peer("db_load"), peer("db_dump"), peer("sasldblistusers2"))
    else {
        return;
    };
    let dir = TempDir::new().unwrap();
    let mut dump = String::from("VERSION=3\nformat=print\ntype=hash\nHEADER=END\n");
    for n in 0..3000 {
        dump.push_str(&format!(" user{n}\\00example.com\\00userPassword\n pw-{n}\n"));
    }
    dump.push_str(&format!(" big\\00example.com\\00userPassword\n {}\n", "B".repeat(9000)));
    dump.push_str("DATA=END\n");
    let source = dir.path().join("dump.txt");
    std::fs::write(&source, dump).unwrap();
    let db = dir.path().join("sasldb2");
    let out = run(&db_load, &["-f", source.to_str().unwrap(), db.to_str().unwrap()], b"");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let theirs = run(&listusers, &["-f", db.to_str().unwrap()], b"");
    saslkit(&db).arg("listusers").assert().success().stdout(theirs.stdout);
    saslkit(&db)
        .args(["user", "verify", "user2999@example.com", "--password-stdin"])
        .write_stdin("pw-2999\n")
        .assert()
        .success();

    let lmdb = dir.path().join("sasldb2.lmdb");
    saslkit(&db).args(["db", "convert"]).arg(&db).arg(&lmdb).args(["--to", "lmdb"]).assert().success();
    let mut expected =
        dump_records(&String::from_utf8(run(&db_dump, &["-p", db.to_str().unwrap()], b"").stdout).unwrap());
    expected.sort();
    let Some(converted) = mdb_dump(&lmdb) else { return };
    assert_eq!(converted.len(), 3001);
    assert_eq!(converted, expected);
}

#[test]
fn damaged_files_give_a_clear_error() {
    let Some(saslpasswd2) = peer("saslpasswd2") else { return };
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("sasldb2");
    run(&saslpasswd2, &["-p", "-c", "-f", db.to_str().unwrap(), "alice"], b"pw\n");
    let bytes = std::fs::read(&db).unwrap();
    let truncated = dir.path().join("truncated");
    std::fs::write(&truncated, &bytes[..5000]).unwrap();
    saslkit(&truncated).arg("listusers").assert().code(65).stderr(predicate::str::contains("Berkeley DB"));
    let mut corrupt = bytes.clone();
    corrupt[4096 + 25] = 99; // the first bucket page's type
    let corrupted = dir.path().join("corrupted");
    std::fs::write(&corrupted, &corrupt).unwrap();
    saslkit(&corrupted)
        .arg("listusers")
        .assert()
        .code(65)
        .stderr(predicate::str::contains("not a hash page"));
    assert_eq!(std::fs::read(&corrupted).unwrap(), corrupt, "never written");
}

fn db_verify(db: &Path) {
    let Some(tool) = peer("db_verify") else { return };
    let out = run(&tool, &[db.to_str().unwrap()], b"");
    assert!(out.status.success(), "db_verify {}: {}", db.display(), String::from_utf8_lossy(&out.stderr));
}

/// Files saslkit writes from scratch: db_verify accepts them after every change, and saslkit and
/// Debian's saslpasswd2 can take turns writing the same file.
#[test]
fn saslkit_and_debians_saslpasswd2_take_turns() {
    let (Some(saslpasswd2), Some(listusers)) = (peer("saslpasswd2"), peer("sasldblistusers2")) else {
        return;
    };
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("sasldb2");
    saslkit_default(&db)
        .args(["--backend", "bdb", "user", "add", "a@example.com", "--password-stdin"])
        .write_stdin("pw-a\n")
        .assert()
        .success();
    db_verify(&db);
    let users: String = (0..300).map(|n| format!("u{n}@example.com\tpw-{n}\n")).collect();
    saslkit(&db).args(["user", "import", "-", "--scram", "SHA-256"]).write_stdin(users).assert().success();
    db_verify(&db);
    let out = run(
        &saslpasswd2,
        &["-p", "-f", db.to_str().unwrap(), "-u", "example.com", "a"],
        b"changed-by-cyrus\n",
    );
    assert!(out.status.success());
    db_verify(&db);
    saslkit(&db)
        .args(["user", "verify", "a@example.com", "--password-stdin"])
        .write_stdin("changed-by-cyrus\n")
        .assert()
        .success();
    saslkit(&db).args(["user", "delete", "u7@example.com", "--yes"]).assert().success();
    db_verify(&db);
    let theirs = run(&listusers, &["-f", db.to_str().unwrap()], b"");
    saslkit(&db).arg("listusers").assert().success().stdout(theirs.stdout.clone());
    let text = String::from_utf8(theirs.stdout).unwrap();
    assert_eq!(text.lines().count(), 1 + 299 * 2);
    assert!(!text.contains("u7@example.com"));
    // A new file gets Cyrus's mode: 0660 minus the umask.
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(std::fs::metadata(&db).unwrap().permissions().mode() & 0o117, 0);
}

#[test]
fn lmdb_to_bdb_and_back_keeps_every_record() {
    let dir = TempDir::new().unwrap();
    let lmdb = dir.path().join("original");
    let records: Vec<(&[u8], Vec<u8>)> = vec![
        (b"alice\0example.com\0userPassword", b"pw".to_vec()),
        (b"alice\0example.com\0customProp", b"kept".to_vec()),
        ("ÜnïcødeUser\0Dom.example\0userPassword".as_bytes(), "päss".as_bytes().to_vec()),
        (b"big\0example.com\0userPassword", vec![b'b'; 9000]),
    ];
    let pairs: Vec<(&[u8], &[u8])> = records.iter().map(|(k, v)| (*k, v.as_slice())).collect();
    if common::mdb_load(&lmdb, &common::printable_dump(&pairs)).is_none() {
        return;
    }
    let (bdb, back) = (dir.path().join("copy.bdb"), dir.path().join("back"));
    saslkit(&lmdb).args(["db", "convert"]).arg(&lmdb).arg(&bdb).args(["--to", "bdb"]).assert().success();
    db_verify(&bdb);
    saslkit(&lmdb).args(["db", "convert"]).arg(&bdb).arg(&back).args(["--to", "lmdb"]).assert().success();
    let mut before = mdb_dump(&lmdb).unwrap();
    before.sort();
    assert_eq!(mdb_dump(&back).unwrap(), before);
}

/// Found against Postfix: with one user, Debian's libdb leaves the other bucket's page all zeros.
#[test]
fn a_single_user_file_with_an_unwritten_bucket_page() {
    let (Some(saslpasswd2), Some(listusers)) = (peer("saslpasswd2"), peer("sasldblistusers2")) else {
        return;
    };
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("sasldb2");
    run(&saslpasswd2, &["-p", "-c", "-f", db.to_str().unwrap(), "-u", "example.com", "alice"], b"pw\n");
    let theirs = run(&listusers, &["-f", db.to_str().unwrap()], b"");
    saslkit(&db).arg("listusers").assert().success().stdout(theirs.stdout);
    saslkit(&db)
        .args(["user", "add", "bob@example.com", "--password-stdin"])
        .write_stdin("pw\n")
        .assert()
        .success();
    db_verify(&db);
}

/// Four saslkit processes writing one Berkeley DB file at once lose nothing (they take turns on
/// the file's lock; each rebuild is renamed into place).
#[test]
fn concurrent_saslkit_writers_lose_nothing() {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("sasldb2");
    saslkit_default(&db)
        .args(["--backend", "bdb", "user", "add", "first@example.com", "--password-stdin"])
        .write_stdin("pw\n")
        .assert()
        .success();
    let workers: Vec<_> = (0..4)
        .map(|w| {
            let db = db.clone();
            std::thread::spawn(move || {
                for n in 0..40 {
                    saslkit(&db)
                        .args(["-q", "user", "add", &format!("w{w}u{n}@example.com"), "--password-stdin"])
                        .write_stdin("pw\n")
                        .assert()
                        .success();
                }
            })
        })
        .collect();
    for worker in workers {
        worker.join().unwrap();
    }
    let listed = saslkit(&db).arg("listusers").output().unwrap();
    assert_eq!(listed.stdout.iter().filter(|&&b| b == b'\n').count(), 161);
    db_verify(&db);
}

/// Debian's saslpasswd2 changes userPassword and leaves saslkit's SCRAM record of the old password:
/// Cyrus then accepts the new password with every mechanism (its SCRAM derives from userPassword),
/// so `user verify` answers yes and warns about the stale record (it used to answer no).
/// Packages: sasl2-bin.
#[test]
fn a_stale_scram_record_beside_cyrus_newer_password_verifies_like_cyrus() {
    let Some(saslpasswd2) = peer("saslpasswd2") else {
        return;
    };
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("sasldb2");
    saslkit_default(&db)
        .args([
            "--backend",
            "bdb",
            "user",
            "add",
            "alice@example.com",
            "--scram",
            "SHA-256",
            "--password-stdin",
        ])
        .write_stdin("old-pw\n")
        .assert()
        .success();
    let out = run(&saslpasswd2, &["-p", "-f", db.to_str().unwrap(), "-u", "example.com", "alice"], b"new-pw");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    saslkit(&db)
        .args(["user", "verify", "alice@example.com", "--password-stdin"])
        .write_stdin("new-pw\n")
        .assert()
        .success()
        .stderr(predicate::str::contains("authPassword record is of an older password"));
    saslkit(&db)
        .args(["user", "verify", "alice@example.com", "--password-stdin"])
        .write_stdin("old-pw\n")
        .assert()
        .code(1);
}

/// Debian's saslpasswd2 takes no lock and writes into the file in place, while saslkit rebuilds
/// it aside and renames: each saslkit write must keep what saslpasswd2 wrote before its rename
/// (redone) and after it, into the old file (read back and applied). Before this, a third of
/// saslpasswd2's users were lost in this run. Packages: sasl2-bin, db-util.
#[test]
fn debians_saslpasswd2_writing_at_the_same_time_loses_nothing() {
    let Some(saslpasswd2) = peer("saslpasswd2") else {
        return;
    };
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("sasldb2");
    saslkit_default(&db)
        .args(["--backend", "bdb", "user", "add", "seed@example.com", "--password-stdin"])
        .write_stdin("pw\n")
        .assert()
        .success();
    let debian = {
        let db = db.clone();
        std::thread::spawn(move || {
            for i in 0..50 {
                let out = run(
                    &saslpasswd2,
                    &["-p", "-c", "-f", db.to_str().unwrap(), "-u", "example.com", &format!("d{i}")],
                    b"pw",
                );
                assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
            }
        })
    };
    for i in 0..50 {
        saslkit(&db)
            .args(["-q", "user", "add", &format!("s{i}@example.com"), "--password-stdin"])
            .write_stdin("pw\n")
            .assert()
            .success();
    }
    debian.join().unwrap();
    let out = saslkit(&db).arg("listusers").output().unwrap();
    let listing = String::from_utf8_lossy(&out.stdout);
    for i in 0..50 {
        assert!(listing.contains(&format!("d{i}@example.com: userPassword")), "Debian's d{i} was lost");
        assert!(listing.contains(&format!("s{i}@example.com: userPassword")), "saslkit's s{i} was lost");
    }
    db_verify(&db);
}
