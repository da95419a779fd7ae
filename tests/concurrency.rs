//! Safety next to other writers: concurrent processes lose nothing, and a kill -9 in the middle
//! of a large import leaves the old content or the new, never a mix.
//!
//! Packages: none.

#![allow(clippy::unwrap_used)]

mod common;

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::Duration;

use common::{saslkit, saslkit_bin};
use tempfile::TempDir;

fn user_count(db: &std::path::Path) -> usize {
    let out = saslkit(db).arg("listusers").output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    out.stdout.iter().filter(|&&b| b == b'\n').count()
}

#[test]
fn eight_processes_adding_a_thousand_users_each_lose_nothing() {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("sasldb2");
    let workers: Vec<_> = (0..8)
        .map(|worker| {
            let db = db.clone();
            std::thread::spawn(move || {
                for n in 0..1000 {
                    let mut child = Command::new(saslkit_bin())
                        .args(["-q", "--backend", "lmdb", "--db"])
                        .arg(&db)
                        .args(["user", "add", &format!("w{worker}u{n}@example.com"), "--password-stdin"])
                        .stdin(Stdio::piped())
                        .stdout(Stdio::null())
                        .stderr(Stdio::piped())
                        .spawn()
                        .unwrap();
                    child.stdin.take().unwrap().write_all(format!("pw{worker}-{n}\n").as_bytes()).unwrap();
                    let out = child.wait_with_output().unwrap();
                    assert!(out.status.success(), "w{worker}u{n}: {}", String::from_utf8_lossy(&out.stderr));
                }
            })
        })
        .collect();
    for worker in workers {
        worker.join().unwrap();
    }
    assert_eq!(user_count(&db), 8000);
    saslkit(&db)
        .args(["user", "verify", "w7u999@example.com", "--password-stdin"])
        .write_stdin("pw7-999\n")
        .assert()
        .success();
}

#[test]
fn kill_9_during_a_large_import_leaves_old_or_new_content() {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("sasldb2");
    let seed = dir.path().join("seed.tsv");
    std::fs::write(&seed, (0..1000).map(|n| format!("old{n}@example.com\tpw{n}\n")).collect::<String>())
        .unwrap();
    saslkit(&db).args(["-q", "user", "import"]).arg(&seed).assert().success();
    let big = dir.path().join("big.tsv");
    std::fs::write(
        &big,
        (0..300_000).map(|n| format!("new{n}@example.com\tpassword-{n}\n")).collect::<String>(),
    )
    .unwrap();

    let mut killed = 0;
    for delay_ms in [50, 150, 300, 500, 800, 1200] {
        let mut child = Command::new(saslkit_bin())
            .args(["-q", "--backend", "lmdb", "--db"])
            .arg(&db)
            .args(["user", "import"])
            .arg(&big)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(delay_ms));
        if child.try_wait().unwrap().is_none() {
            child.kill().unwrap();
            killed += 1;
        }
        child.wait().unwrap();
        let count = user_count(&db);
        assert!(count == 1000 || count == 301_000, "after a kill at {delay_ms} ms: {count} users");
        if count == 301_000 {
            // The import finished; start again from the old content for the next round.
            saslkit(&db).args(["-q", "realm", "delete", "example.com", "--yes"]).assert().success();
            saslkit(&db).args(["-q", "user", "import"]).arg(&seed).assert().success();
        }
    }
    assert!(killed > 0, "no import was still running when killed; the test proved nothing");
}
