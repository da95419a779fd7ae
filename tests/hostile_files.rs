//! Mutation campaigns against every file format saslkit reads (issue 9): LMDB sasldb files, `lmdb:`
//! maps, Berkeley DB and GDBM sasldb files, damaged in bounded, seeded ways (every page zeroed and
//! filled with 0xff, bit flips, overwritten 16/32-bit fields, truncation across the first pages,
//! pages and chains pointing back at themselves). Each mutant goes to the real binary, run as a
//! child under an address-space limit and a deadline: it must end with a documented exit code —
//! never a signal, a panic (101), a hang or unbounded memory — and a write that fails must leave
//! the file byte for byte as it was.
//!
//! Packages: none (the files are made by saslkit; the real peers are compared elsewhere).
#![allow(clippy::unwrap_used)]

mod common;

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use common::{run_bounded, saslkit_bin, Mutator};

/// LMDB maps the whole map (1 GiB for files saslkit creates) into the address space.
const ADDRESS_SPACE: u64 = 3 << 30;
const DEADLINE: Duration = Duration::from_secs(20);

fn saslkit_cmd(args: &[&str]) -> Command {
    let mut cmd = Command::new(saslkit_bin());
    cmd.args(args).env_clear();
    cmd
}

fn users_tsv(dir: &Path, n: usize) -> std::path::PathBuf {
    let path = dir.join("users.tsv");
    let text: String = (0..n).map(|i| format!("user{i}@example.com\tpassword-{i}\n")).collect();
    std::fs::write(&path, text).unwrap();
    path
}

/// A sasldb of `backend` with `n` users, some deleted again (so LMDB has free-page lists).
fn make_sasldb(dir: &Path, backend: &str, n: usize) -> Vec<u8> {
    let db = dir.join(format!("base-{backend}"));
    let db_arg = db.to_str().unwrap();
    let tsv = users_tsv(dir, n);
    let out = saslkit_cmd(&["--db", db_arg, "--backend", backend, "user", "import", tsv.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let victims: Vec<String> = (0..n / 8).map(|i| format!("user{}@example.com", i * 7)).collect();
    let mut args = vec!["--db", db_arg, "user", "delete", "--yes"];
    args.extend(victims.iter().map(String::as_str));
    assert!(saslkit_cmd(&args).output().unwrap().status.success());
    std::fs::read(&db).unwrap()
}

/// Runs every read command and every write command on each mutant.
fn campaign(dir: &Path, mutants: Vec<(String, Vec<u8>)>, reads: &[&[&str]], writes: &[&[&str]]) -> usize {
    let db = dir.join("mutant");
    let lock = dir.join("mutant-lock");
    let mut runs = 0;
    for (label, bytes) in &mutants {
        for args in reads.iter().chain(writes) {
            std::fs::write(&db, bytes).unwrap();
            let _ = std::fs::remove_file(&lock);
            let mut full = vec!["--db", db.to_str().unwrap()];
            full.extend_from_slice(args);
            let outcome = run_bounded(&mut saslkit_cmd(&full), b"pw-new\n", ADDRESS_SPACE, DEADLINE);
            outcome.assert_orderly(&format!("{label}: saslkit {}", args.join(" ")));
            if writes.contains(args) && outcome.code != Some(0) {
                assert!(&std::fs::read(&db).unwrap() == bytes, "{label}: a failed write changed the file");
            }
            runs += 1;
        }
    }
    runs
}

const SASLDB_READS: &[&[&str]] =
    &[&["listusers"], &["db", "check"], &["user", "verify", "user9@example.com", "--password-stdin"]];
const SASLDB_WRITES: &[&[&str]] = &[&["user", "add", "new@example.com", "--password-stdin"]];

/// LMDB pages whose flags say branch: every child pointer aimed at the page itself (a cycle).
fn lmdb_cycles(base: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for p in 2..base.len() / 4096 {
        let page = &base[p * 4096..(p + 1) * 4096];
        if u16::from_le_bytes([page[10], page[11]]) & 1 == 0 {
            continue;
        }
        let lower = u16::from_le_bytes([page[12], page[13]]) as usize;
        let mut m = base.to_vec();
        for slot in (16..lower).step_by(2) {
            let at = p * 4096 + u16::from_le_bytes([page[slot], page[slot + 1]]) as usize;
            m[at..at + 4].copy_from_slice(&(p as u32).to_le_bytes());
            m[at + 4..at + 6].fill(0);
        }
        out.push((format!("branch page {p} points at itself"), m));
    }
    assert!(!out.is_empty(), "the base file should have a branch page");
    out
}

#[test]
fn damaged_lmdb_sasldb_never_crashes_and_is_never_changed() {
    let dir = tempfile::tempdir().unwrap();
    let base = make_sasldb(dir.path(), "lmdb", 400);
    let mut mutants = Mutator(0x5a51_0001).mutants(&base, 4096, 120, 120, 30);
    mutants.extend(lmdb_cycles(&base));
    mutants.push(("undamaged".into(), base.clone()));
    let runs = campaign(dir.path(), mutants, SASLDB_READS, SASLDB_WRITES);
    assert!(runs > 1000, "{runs} runs");
}

#[test]
fn every_truncation_of_the_first_lmdb_pages_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let base = make_sasldb(dir.path(), "lmdb", 400);
    let path = dir.path().join("cut");
    // In-process, every length: the check that stands before liblmdb refuses each one.
    for len in 0..3 * 4096 {
        std::fs::write(&path, &base[..len]).unwrap();
        match saslkit::lmdb_verify::verify(&path).unwrap() {
            Err(_) => {}
            Ok(()) => panic!("a file cut to {len} bytes was accepted"),
        }
    }
    std::fs::write(&path, &base).unwrap();
    assert_eq!(saslkit::lmdb_verify::verify(&path).unwrap(), Ok(()));
}

#[test]
fn damaged_lmdb_map_never_crashes() {
    let dir = tempfile::tempdir().unwrap();
    let source = dir.path().join("sasl_passwd");
    let mut text: String =
        (0..300).map(|i| format!("[relay{i}.example.com]:587 user{i}:pass{i}\n")).collect();
    // Values past a quarter page go to overflow pages.
    for i in 0..3 {
        text.push_str(&format!("big{i}.example.com user:{}\n", "x".repeat(5000)));
    }
    std::fs::write(&source, text).unwrap();
    let map = format!("lmdb:{}", source.display());
    let out = saslkit_cmd(&["map", "compile", &map]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let compiled = dir.path().join("sasl_passwd.lmdb");
    let base = std::fs::read(&compiled).unwrap();
    let mut mutants = Mutator(0x5a51_0002).mutants(&base, 4096, 100, 100, 20);
    mutants.extend(lmdb_cycles(&base));
    for (label, bytes) in &mutants {
        std::fs::write(&compiled, bytes).unwrap();
        for args in [vec!["map", "dump", &map], vec!["map", "query", &map, "big1.example.com"]] {
            let outcome = run_bounded(&mut saslkit_cmd(&args), b"", ADDRESS_SPACE, DEADLINE);
            outcome.assert_orderly(&format!("{label}: saslkit {}", args.join(" ")));
        }
    }
}

/// cdb files whose numbers lie: every header pair pointing past the end or with a huge slot
/// count, every hash table full (no empty slot to end a probe), records longer than the file.
fn cdb_lies(base: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let mut far = base.to_vec();
    for pair in 0..256 {
        far[pair * 8..pair * 8 + 4].copy_from_slice(&u32::MAX.to_le_bytes());
    }
    out.push(("every table past the end".into(), far));
    let mut huge = base.to_vec();
    for pair in 0..256 {
        huge[pair * 8 + 4..pair * 8 + 8].copy_from_slice(&0x4000_0000u32.to_le_bytes());
    }
    out.push(("every table with 2^30 slots".into(), huge));
    let mut full = base.to_vec();
    let first_table = u32::from_le_bytes(base[0..4].try_into().unwrap()) as usize;
    for slot in (first_table..base.len()).step_by(8) {
        full[slot + 4..slot + 8].copy_from_slice(&2048u32.to_le_bytes());
    }
    out.push(("no empty slot in any table".into(), full));
    let mut long = base.to_vec();
    long[2048..2052].copy_from_slice(&u32::MAX.to_le_bytes());
    out.push(("the first record claims a 4 GiB key".into(), long));
    out
}

/// Issue 12: hash:, btree: and cdb: maps under the same campaign as lmdb: maps.
#[test]
fn damaged_hash_btree_and_cdb_maps_never_crash() {
    for kind in ["hash", "btree", "cdb"] {
        let dir = tempfile::tempdir().unwrap();
        let source = dir.path().join("sasl_passwd");
        let mut text: String =
            (0..300).map(|i| format!("[relay{i}.example.com]:587 user{i}:pass{i}\n")).collect();
        text.push_str(&format!("big.example.com user:{}\n", "x".repeat(5000)));
        std::fs::write(&source, text).unwrap();
        let map = format!("{kind}:{}", source.display());
        let out = saslkit_cmd(&["map", "compile", &map]).output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let compiled = dir.path().join(if kind == "cdb" { "sasl_passwd.cdb" } else { "sasl_passwd.db" });
        let base = std::fs::read(&compiled).unwrap();
        let mut mutants = Mutator(0x5a51_0012).mutants(&base, 4096, 80, 80, 20);
        match kind {
            "cdb" => mutants.extend(cdb_lies(&base)),
            "btree" => {
                mutants.extend(bdb_cycles(&base));
                mutants.extend(btree_lies(&base));
            }
            _ => mutants.extend(bdb_cycles(&base)),
        }
        for (label, bytes) in &mutants {
            std::fs::write(&compiled, bytes).unwrap();
            for args in [vec!["map", "dump", &map], vec!["map", "query", &map, "big.example.com"]] {
                let outcome = run_bounded(&mut saslkit_cmd(&args), b"", ADDRESS_SPACE, DEADLINE);
                outcome.assert_orderly(&format!("{kind} {label}: saslkit {}", args.join(" ")));
            }
        }
    }
}

/// B-tree files whose numbers lie: the root's children all aimed at the root (a cycle) or past the
/// end, a root past the end, a page claiming 65535 items, every overflow item 4 GiB long.
fn btree_lies(base: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let root = &base[4096..8192];
    assert_eq!(root[25], 3, "the test map's root must be an internal page");
    let entries = u16::from_le_bytes([root[20], root[21]]) as usize;
    for (label, child) in [("the root", 1u32), ("past the end", u32::MAX)] {
        let mut m = base.to_vec();
        for i in 0..entries {
            let at = 4096 + u16::from_le_bytes([root[26 + 2 * i], root[27 + 2 * i]]) as usize;
            m[at + 4..at + 8].copy_from_slice(&child.to_le_bytes());
        }
        out.push((format!("every child of the root is {label}"), m));
    }
    let mut m = base.to_vec();
    m[88..92].copy_from_slice(&u32::MAX.to_le_bytes());
    out.push(("the root is past the end".into(), m));
    let mut m = base.to_vec();
    m[4096 + 20..4096 + 22].copy_from_slice(&u16::MAX.to_le_bytes());
    out.push(("the root claims 65535 items".into(), m));
    let mut m = base.to_vec();
    for page in (4096..base.len()).step_by(4096).filter(|&p| base[p + 25] == 5) {
        let items = u16::from_le_bytes([base[page + 20], base[page + 21]]) as usize;
        for i in 0..items {
            let at = page + u16::from_le_bytes([base[page + 26 + 2 * i], base[page + 27 + 2 * i]]) as usize;
            if base[at + 2] == 3 {
                m[at + 8..at + 12].copy_from_slice(&u32::MAX.to_le_bytes());
            }
        }
    }
    out.push(("every overflow item claims 4 GiB".into(), m));
    out
}

/// Berkeley DB pages: the next-page field (offset 16) of every page aimed at itself and at page 1.
fn bdb_cycles(base: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for p in 1..base.len() / 4096 {
        for to in [p as u32, 1] {
            let mut m = base.to_vec();
            m[p * 4096 + 16..p * 4096 + 20].copy_from_slice(&to.to_le_bytes());
            out.push((format!("page {p}'s next page set to {to}"), m));
        }
    }
    out
}

#[test]
fn damaged_berkeley_db_sasldb_never_crashes_or_grows() {
    let dir = tempfile::tempdir().unwrap();
    let base = make_sasldb(dir.path(), "bdb", 200);
    let mut mutants = Mutator(0x5a51_0003).mutants(&base, 4096, 120, 120, 40);
    mutants.extend(bdb_cycles(&base));
    // The 24–26-byte files that used to panic (exit 101).
    for len in 0..64 {
        mutants.push((format!("cut to {len} bytes"), base[..len].to_vec()));
    }
    campaign(dir.path(), mutants, SASLDB_READS, SASLDB_WRITES);
}

#[test]
fn damaged_gdbm_sasldb_never_crashes_or_grows() {
    let dir = tempfile::tempdir().unwrap();
    let base = make_sasldb(dir.path(), "gdbm", 200);
    let mutants = Mutator(0x5a51_0004).mutants(&base, 4096, 120, 120, 40);
    campaign(dir.path(), mutants, SASLDB_READS, SASLDB_WRITES);
}

#[test]
fn gdbm_header_pointing_far_past_the_end_is_refused_before_writing() {
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = make_sasldb(dir.path(), "gdbm", 20);
    // 64-bit layout: next_block at offset 32.
    assert_eq!(
        &bytes[0..4],
        &0x1357_9acfu32.to_le_bytes(),
        "saslkit writes the standard (non-numsync) format"
    );
    bytes[32..40].copy_from_slice(&(4u64 << 30).to_le_bytes());
    let db = dir.path().join("far");
    std::fs::write(&db, &bytes).unwrap();
    let outcome = run_bounded(
        &mut saslkit_cmd(&["--db", db.to_str().unwrap(), "user", "add", "x@example.com", "--password-stdin"]),
        b"pw\n",
        ADDRESS_SPACE,
        DEADLINE,
    );
    assert_eq!(outcome.code, Some(65), "{}", outcome.stderr);
    assert!(outcome.stderr.contains("next free block"), "{}", outcome.stderr);
    assert_eq!(std::fs::read(&db).unwrap(), bytes, "the file is untouched");
}
