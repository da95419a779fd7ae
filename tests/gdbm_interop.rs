//! GDBM sasldb files (Fedora, RHEL, SUSE, Arch, Alpine), against libgdbm 1.23's own tools from
//! Debian's gdbmtool package: gdbm_dump reads what saslkit writes, saslkit reads what gdbm_load
//! writes, and changes made by saslkit show in the dump.
//!
//! Packages: gdbmtool (gdbm_dump, gdbm_load).

#![allow(clippy::unwrap_used)]

mod common;

use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use common::{peer, run, saslkit, saslkit_default};
use tempfile::TempDir;

type Records = Vec<(Vec<u8>, Vec<u8>)>;

/// The records of a GDBM ASCII dump (`#:len=N` then base64, possibly over several lines), sorted.
fn parse_dump(text: &str) -> Records {
    let mut parts: Vec<Vec<u8>> = Vec::new();
    let mut current: Option<String> = None;
    for line in text.lines() {
        if line.starts_with("#:len=") {
            if let Some(b64) = current.take() {
                parts.push(STANDARD.decode(b64).unwrap());
            }
            current = Some(String::new());
        } else if !line.starts_with('#') {
            if let Some(b64) = current.as_mut() {
                b64.push_str(line);
            }
        }
    }
    if let Some(b64) = current {
        parts.push(STANDARD.decode(b64).unwrap());
    }
    let mut records: Records = parts.chunks(2).map(|kv| (kv[0].clone(), kv[1].clone())).collect();
    records.sort();
    records
}

fn gdbm_dump(db: &Path) -> Option<Records> {
    let tool = peer("gdbm_dump")?;
    let out = run(&tool, &[db.to_str().unwrap()], b"");
    assert!(out.status.success(), "gdbm_dump: {}", String::from_utf8_lossy(&out.stderr));
    Some(parse_dump(&String::from_utf8(out.stdout).unwrap()))
}

fn add(db: &Path, user: &str, password: &str, extra: &[&str]) {
    saslkit_default(db)
        .args(["--backend", "gdbm", "user", "add", user, "--password-stdin"])
        .args(extra)
        .write_stdin(format!("{password}\n"))
        .assert()
        .success();
}

#[test]
fn files_saslkit_writes_are_read_by_libgdbm() {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("sasldb2");
    add(&db, "alice@example.com", "pw1", &[]);
    add(&db, "bob@example.org", "pw2", &["--scram", "SHA-256"]);
    let Some(records) = gdbm_dump(&db) else { return };
    let keys: Vec<&[u8]> = records.iter().map(|(k, _)| k.as_slice()).collect();
    assert_eq!(
        keys,
        [
            &b"alice\0example.com\0userPassword"[..],
            b"bob\0example.org\0authPassword",
            b"bob\0example.org\0userPassword"
        ]
    );
    assert_eq!(records[0].1, b"pw1");
    assert!(records[1].1.starts_with(b"SCRAM-SHA-256$4096:"));
    // Cyrus's db_gdbm.c creates the file 0600 (minus the umask).
    assert_eq!(std::fs::metadata(&db).unwrap().permissions().mode() & 0o077, 0);
    // A change, then a delete, show in libgdbm's view.
    saslkit(&db)
        .args(["user", "passwd", "bob@example.org", "--password-stdin"])
        .write_stdin("pw3\n")
        .assert()
        .success();
    saslkit(&db).args(["user", "delete", "alice@example.com", "--yes"]).assert().success();
    let records = gdbm_dump(&db).unwrap();
    assert_eq!(records, vec![(b"bob\0example.org\0userPassword".to_vec(), b"pw3".to_vec())]);
}

#[test]
fn files_libgdbm_writes_are_read_by_saslkit() {
    let Some(gdbm_load) = peer("gdbm_load") else { return };
    let dir = TempDir::new().unwrap();
    let dump = dir.path().join("in.dump");
    let mut text =
        String::from("# GDBM dump file made by the saslkit tests\n#:version=1.1\n# End of header\n");
    let mut records: Records = Vec::new();
    for n in 0..50 {
        records.push((
            format!("user{n}\0example.net\0userPassword").into_bytes(),
            format!("pw-{n}").into_bytes(),
        ));
        records.push((format!("user{n}\0example.net\0customProp").into_bytes(), b"kept".to_vec()));
    }
    for (key, value) in &records {
        for part in [key, value] {
            text.push_str(&format!("#:len={}\n{}\n", part.len(), STANDARD.encode(part)));
        }
    }
    std::fs::write(&dump, text).unwrap();
    let db = dir.path().join("sasldb2");
    let out = run(&gdbm_load, &[dump.to_str().unwrap(), db.to_str().unwrap()], b"");
    assert!(out.status.success(), "gdbm_load: {}", String::from_utf8_lossy(&out.stderr));

    // Records of one user are scattered in hash order; the listing still groups them.
    let list = saslkit(&db).args(["user", "list", "--format", "json"]).output().unwrap();
    let json: serde_json::Value = serde_json::from_slice(&list.stdout).unwrap();
    assert_eq!(json.as_array().unwrap().len(), 50);
    assert!(json
        .as_array()
        .unwrap()
        .iter()
        .all(|u| u["secrets"]["plaintext"] == true
            && u["secrets"]["other"] == serde_json::json!(["customProp"])));
    saslkit(&db)
        .args(["user", "verify", "user7@example.net", "--password-stdin"])
        .write_stdin("pw-7\n")
        .assert()
        .success();
    let listed = saslkit(&db).arg("listusers").output().unwrap();
    assert_eq!(listed.stdout.iter().filter(|&&b| b == b'\n').count(), 100);
    // The drop-in saslpasswd2 works on the GDBM file too (it opens what the file is).
    let link = common::compat_link(dir.path(), "saslpasswd2");
    let out = run(&link, &["-p", "-f", db.to_str().unwrap(), "-d", "user7@example.net"], b"");
    assert!(out.status.success());
    let after = gdbm_dump(&db).unwrap();
    assert_eq!(after.len(), 99, "-d removed the password and kept customProp");
    assert!(after.iter().any(|(k, _)| k == b"user7\0example.net\0customProp"));
}

/// RHEL/Alma/Rocky 8 and 9 ship libgdbm 1.18 and 1.19, whose header check accepts the magics
/// GDBM_OMAGIC, GDBM_MAGIC32 and GDBM_MAGIC64 and nothing else: the "numsync" extension
/// (magics 0x13579ad0/0x13579ad1, a longer header) came with 1.21, and 1.19 answers a numsync file
/// with "bad magic number". The rest of the header (block size, directory, bucket and avail
/// fields) has kept its layout since 1.9, so a file that carries GDBM_MAGIC64 in this machine's
/// byte order and that libgdbm 1.23 reads (gdbm_dump, below) is a file 1.19 reads: checking these
/// bytes is enough without building 1.19 here.
/// Packages: gdbmtool (gdbm_dump).
#[test]
fn new_gdbm_files_use_the_format_libgdbm_before_1_21_reads() {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("sasldb2");
    saslkit_default(&db)
        .args(["--backend", "gdbm", "user", "add", "a@example.com", "--password-stdin"])
        .write_stdin("pw\n")
        .assert()
        .success();
    let bytes = std::fs::read(&db).unwrap();
    assert_eq!(&bytes[0..4], &0x1357_9acfu32.to_ne_bytes(), "GDBM_MAGIC64, not a numsync magic");
    let Some(gdbm_dump) = peer("gdbm_dump") else {
        return;
    };
    let out = run(&gdbm_dump, &[db.to_str().unwrap()], b"");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("#:count=1"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}
