//! Issue 15: single-user changes to a big Berkeley DB sasldb cost what the change needs. A change
//! that fits on its bucket page is written there (the file keeps its inode, as with Debian's
//! saslpasswd2); one that does not rebuilds the file. Either way the real tools read the result,
//! and a process killed at any moment leaves a file db_verify accepts, holding the old user or the
//! new one.
//!
//! Packages: db-util (db_load, db_verify, db_dump), sasl2-bin (saslpasswd2, sasldblistusers2).

#![allow(clippy::unwrap_used)]

mod common;

use std::collections::BTreeSet;
use std::os::unix::fs::MetadataExt;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use common::{peer, run, saslkit_default};

/// A Berkeley DB sasldb of `n` users made by db_load, as Debian's tools make it.
fn big_file(dir: &Path, n: usize) -> Option<std::path::PathBuf> {
    let db_load = peer("db_load")?;
    let mut dump = String::from("VERSION=3\nformat=print\ntype=hash\ndb_pagesize=4096\nHEADER=END\n");
    for i in 0..n {
        dump.push_str(&format!(" user{i}\\00example.com\\00userPassword\n password-{i}\n"));
    }
    dump.push_str("DATA=END\n");
    let path = dir.join("sasldb2");
    let out = run(&db_load, &["-f", "/dev/stdin", path.to_str().unwrap()], dump.as_bytes());
    assert!(out.status.success(), "db_load: {}", String::from_utf8_lossy(&out.stderr));
    Some(path)
}

fn verify(db: &Path) {
    let db_verify = peer("db_verify").unwrap();
    let out = Command::new(db_verify).arg(db).output().unwrap();
    assert!(out.status.success(), "db_verify: {}", String::from_utf8_lossy(&out.stderr));
}

/// The users Cyrus's own sasldblistusers2 lists.
fn cyrus_users(db: &Path) -> BTreeSet<String> {
    let list = peer("sasldblistusers2").unwrap();
    let out = Command::new(list).arg("-f").arg(db).output().unwrap();
    assert!(out.status.success());
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .filter_map(|l| l.split(':').next().map(str::to_string))
        .collect()
}

fn add(db: &Path, user: &str, password: &str) {
    saslkit_default(db)
        .args(["user", "add", user, "--password-stdin"])
        .write_stdin(format!("{password}\n"))
        .assert()
        .success();
}

#[test]
fn small_changes_are_made_in_place_and_cyrus_reads_them() {
    let Some(_) = peer("saslpasswd2") else { return };
    let dir = tempfile::tempdir().unwrap();
    let Some(db) = big_file(dir.path(), 3000) else { return };
    let inode = std::fs::metadata(&db).unwrap().ino();
    add(&db, "new0@example.com", "pw0");
    assert_eq!(std::fs::metadata(&db).unwrap().ino(), inode, "one user added in place, no rebuild");
    let mut expected: BTreeSet<String> = (0..3000).map(|i| format!("user{i}@example.com")).collect();
    expected.insert("new0@example.com".into());
    // Many more: pages fill, and those changes rebuild the file; the rest stay in place.
    for i in 1..300 {
        add(&db, &format!("new{i}@example.com"), &format!("pw{i}"));
        expected.insert(format!("new{i}@example.com"));
    }
    for i in 0..100 {
        saslkit_default(&db)
            .args(["user", "delete", &format!("user{i}@example.com"), "--yes"])
            .assert()
            .success();
        expected.remove(&format!("user{i}@example.com"));
    }
    saslkit_default(&db)
        .args(["user", "passwd", "user500@example.com", "--password-stdin"])
        .write_stdin("changed\n")
        .assert()
        .success();
    verify(&db);
    assert_eq!(cyrus_users(&db), expected);
    // Cyrus's own tool writes into what saslkit left, and saslkit reads what it wrote.
    let saslpasswd2 = peer("saslpasswd2").unwrap();
    let out =
        run(&saslpasswd2, &["-p", "-f", db.to_str().unwrap(), "-u", "example.com", "fromcyrus"], b"cy\n");
    assert!(out.status.success());
    saslkit_default(&db)
        .args(["user", "verify", "fromcyrus@example.com", "--password-stdin"])
        .write_stdin("cy\n")
        .assert()
        .success();
    saslkit_default(&db)
        .args(["user", "verify", "new7@example.com", "--password-stdin"])
        .write_stdin("pw7\n")
        .assert()
        .success();
    saslkit_default(&db)
        .args(["user", "verify", "user500@example.com", "--password-stdin"])
        .write_stdin("changed\n")
        .assert()
        .success();
    verify(&db);
}

/// `user add` killed with SIGKILL at spread-out moments: every time, db_verify accepts the file
/// and it holds the user completely or not at all.
#[test]
fn a_killed_write_leaves_the_old_file_or_the_new_one() {
    let dir = tempfile::tempdir().unwrap();
    let Some(db) = big_file(dir.path(), 20_000) else { return };
    let mut mutator = common::Mutator(0x5eed);
    for round in 0..40 {
        let user = format!("k{round}@example.com");
        let mut child = Command::new(common::saslkit_bin())
            .args(["-q", "--db"])
            .arg(&db)
            .args(["user", "add", &user, "--password-stdin"])
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::io::Write::write_all(&mut child.stdin.take().unwrap(), b"pw\n").unwrap();
        std::thread::sleep(Duration::from_micros(mutator.below(30_000) as u64));
        let _ = child.kill();
        let _ = child.wait();
        verify(&db);
        let users = cyrus_users(&db);
        assert_eq!(
            users.len(),
            20_000 + (0..=round).filter(|r| users.contains(&format!("k{r}@example.com"))).count()
        );
        if users.contains(&user) {
            saslkit_default(&db)
                .args(["user", "verify", &user, "--password-stdin"])
                .write_stdin("pw\n")
                .assert()
                .success();
        }
    }
}
