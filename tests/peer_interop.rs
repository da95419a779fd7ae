//! Interoperability with the real peers: LMDB's own tools (the same liblmdb 0.9.24 Cyrus links)
//! and Debian's Cyrus saslpasswd2 / sasldblistusers2 (Berkeley DB), through db_dump → mdb_load.
//!
//! Packages: sasl2-bin, db-util, lmdb-utils.

#![allow(clippy::unwrap_used)]

mod common;

use std::path::Path;

use common::{dump_records, mdb_dump, mdb_load, peer, printable_dump, run, saslkit};
use saslkit::secrets::password::Password;
use saslkit::secrets::scram::ScramSecret;
use tempfile::TempDir;

fn add(db: &Path, user: &str, password: &str, extra: &[&str]) {
    saslkit(db)
        .args(["user", "add", user, "--password-stdin"])
        .args(extra)
        .write_stdin(format!("{password}\n"))
        .assert()
        .success();
}

#[test]
fn file_written_by_saslkit_dumps_to_exact_records() {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("sasldb2");
    add(&db, "alice@example.com", "secret1", &[]);
    add(&db, "bob", "secret2", &["--realm", "example.org", "--scram", "SHA-256"]);
    add(&db, "Erin@example.com", "secret5", &["--scram", "SHA-1", "--no-plaintext"]);
    add(&db, "ÜnïcødeUser", "pw", &["-u", "Dom.example"]);
    let Some(records) = mdb_dump(&db) else { return };
    let keys: Vec<&[u8]> = records.iter().map(|(k, _)| k.as_slice()).collect();
    assert_eq!(
        keys,
        [
            &b"Erin\0example.com\0authPassword"[..],
            b"alice\0example.com\0userPassword",
            b"bob\0example.org\0authPassword",
            b"bob\0example.org\0userPassword",
            "ÜnïcødeUser\0Dom.example\0userPassword".as_bytes(),
        ],
        "memcmp order, two NULs, no trailing NUL"
    );
    assert_eq!(records[1].1, b"secret1");
    assert_eq!(records[3].1, b"secret2");
    assert_eq!(records[4].1, b"pw");
    for (index, password, mech) in
        [(0, "secret5", "SCRAM-SHA-1$4096:"), (2, "secret2", "SCRAM-SHA-256$4096:")]
    {
        let value = String::from_utf8(records[index].1.clone()).unwrap();
        assert!(value.starts_with(mech), "{value}");
        let secret: ScramSecret = value.parse().unwrap();
        assert_eq!(secret.salt.len(), 16);
        assert!(secret.verify(&Password::from_bytes(password.as_bytes())));
    }
}

#[test]
fn new_file_has_a_map_for_a_million_users() {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("sasldb2");
    add(&db, "a@example.com", "pw", &[]);
    let Some(mdb_stat) = peer("mdb_stat") else {
        return;
    };
    let out = run(&mdb_stat, &["-n", "-e", db.to_str().unwrap()], b"");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Map size: 1073741824"), "{text}");
}

#[test]
fn reads_records_another_lmdb_writer_made() {
    // reference §14.6: a file written by mdb_load, with a SCRAM-SHA-256 record computed elsewhere.
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("sasldb2");
    let secret = ScramSecret::derive(
        saslkit::secrets::scram::ScramHash::Sha256,
        &Password::from_bytes(b"pw-yan"),
        b"0123456789abcdef",
        4096,
    )
    .to_string();
    let dump = printable_dump(&[
        (b"yan\0example.net\0authPassword", secret.as_bytes()),
        (b"zoe\0example.net\0userPassword", b"pw-zoe"),
    ]);
    if mdb_load(&db, &dump).is_none() {
        return;
    }
    saslkit(&db)
        .arg("listusers")
        .assert()
        .success()
        .stdout("yan@example.net: authPassword\nzoe@example.net: userPassword\n");
    saslkit(&db)
        .args(["user", "verify", "yan@example.net", "--password-stdin"])
        .write_stdin("pw-yan\n")
        .assert()
        .success();
    saslkit(&db)
        .args(["user", "verify", "zoe@example.net", "--password-stdin"])
        .write_stdin("pw-zoe\n")
        .assert()
        .success();
    // And saslkit can then add to the same file.
    add(&db, "new@example.net", "pw", &[]);
    assert_eq!(mdb_dump(&db).unwrap().len(), 3);
}

#[test]
fn malformed_key_is_reported_and_skipped_not_looped_on() {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("sasldb2");
    let dump = printable_dump(&[
        (b"alice\0vm\0userPassword", b"pw"),
        (b"zzz\0onlyonenul", b"x"),
        (b"zzzz\0vm\0userPassword", b"pw"),
    ]);
    if mdb_load(&db, &dump).is_none() {
        return;
    }
    let out = saslkit(&db).arg("listusers").timeout(std::time::Duration::from_secs(20)).output().unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout), "alice@vm: userPassword\nzzzz@vm: userPassword\n");
    assert!(String::from_utf8_lossy(&out.stderr).contains("malformed key"));
    let list = common::compat_link(dir.path(), "sasldblistusers2");
    let out = run(&list, &["-f", db.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "alice@vm: userPassword\nzzzz@vm: userPassword\n");
}

/// Records written by Debian's saslpasswd2 (Berkeley DB), dumped with db_dump, loaded into LMDB
/// with mdb_load: saslkit lists them exactly as sasldblistusers2 lists the original.
#[test]
fn cyrus_records_list_like_sasldblistusers2() {
    let (Some(saslpasswd2), Some(listusers), Some(db_dump)) =
        (peer("saslpasswd2"), peer("sasldblistusers2"), peer("db_dump"))
    else {
        return;
    };
    let dir = TempDir::new().unwrap();
    let bdb = dir.path().join("sasldb2.bdb");
    let bdb_arg = bdb.to_str().unwrap();
    for (args, password) in [
        (vec!["-c", "alice"], "secret1"),
        (vec!["-c", "-u", "example.com", "bob"], "secret2"),
        (vec!["-c", "a@b@c"], "pw3"),
        (vec!["-c", "sp ace"], "pw4"),
        (vec!["-c", "-u", "Example.COM", "Upper"], "pw5"),
        (vec!["-c", "-u", "Dom", "ÜnïcødeUser"], "pw6"),
        (vec!["-c", "trail@"], "pw7"),
    ] {
        let mut full = vec!["-p", "-f", bdb_arg];
        full.extend(args);
        let out = run(&saslpasswd2, &full, format!("{password}\n").as_bytes());
        assert!(out.status.success(), "saslpasswd2 {full:?}: {}", String::from_utf8_lossy(&out.stderr));
    }
    let cyrus = run(&listusers, &["-f", bdb_arg], b"");
    let dump = run(&db_dump, &["-p", bdb_arg], b"");
    let dump = String::from_utf8(dump.stdout).unwrap();
    let lmdb_dump: String = dump
        .lines()
        .filter(|l| !l.starts_with("h_nelem=") && !l.starts_with("db_pagesize="))
        .map(|l| if l == "type=hash" { "type=btree\n".to_string() } else { format!("{l}\n") })
        .collect();
    let db = dir.path().join("sasldb2");
    mdb_load(&db, &lmdb_dump).unwrap();

    let ours = saslkit(&db).arg("listusers").output().unwrap();
    assert!(ours.status.success());
    let mut cyrus_lines: Vec<&[u8]> = cyrus.stdout.split_inclusive(|&b| b == b'\n').collect();
    let our_lines: Vec<&[u8]> = ours.stdout.split_inclusive(|&b| b == b'\n').collect();
    assert_eq!(our_lines.len(), 7);
    // Berkeley DB lists in hash order, LMDB in key order: the same lines, in another order.
    let mut sorted_ours = our_lines.clone();
    sorted_ours.sort();
    cyrus_lines.sort();
    assert_eq!(sorted_ours, cyrus_lines);
    // And every value came across: the passwords verify.
    let records = dump_records(&lmdb_dump);
    assert_eq!(records.len(), 7);
    saslkit(&db)
        .args(["user", "verify", "bob@example.com", "--password-stdin"])
        .write_stdin("secret2\n")
        .assert()
        .success();
}
