//! `saslkit map …` against Postfix's own postmap (Debian's postfix + postfix-lmdb): the same
//! records, the same lookups, the same lines flagged; and the behaviour postmap lacks.
//!
//! Packages: postfix, postfix-lmdb, postfix-cdb (postmap, to compare with), tinycdb (cdb -d),
//! db-util (db_dump, db_verify).

#![allow(clippy::unwrap_used)]

mod common;

use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use common::{mdb_dump, peer, run};
use predicates::prelude::*;
use tempfile::TempDir;

fn saslkit() -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::new(common::saslkit_bin());
    cmd.env_clear();
    cmd
}

/// main.cf for the tests of lmdb: files named without a type (Postfix's default is hash).
const LMDB_DEFAULT: &str = "default_database_type = lmdb\n";

/// A Postfix config folder whose main.cf is dated back: Postfix waits ~2 s for a fresh main.cf.
fn confdir(dir: &Path, main_cf: &str) -> PathBuf {
    let conf = dir.join("conf");
    std::fs::create_dir_all(&conf).unwrap();
    let main = conf.join("main.cf");
    std::fs::write(&main, main_cf).unwrap();
    let file = std::fs::File::options().write(true).open(&main).unwrap();
    file.set_modified(SystemTime::now() - Duration::from_secs(3600)).unwrap();
    conf
}

/// Tricky inputs: reference §2.5's scratch file and more.
fn corpus() -> Vec<u8> {
    let long_value = format!("longuser:{}", "p".repeat(5000));
    let key_510 = format!("{}.example", "k".repeat(502));
    let lines: Vec<Vec<u8>> = vec![
        b"# SASL client password map test (comment at column 0)".to_vec(),
        b"   # indented comment line".to_vec(),
        b"".to_vec(),
        b"[smtp.example.com]:587    alice@example.com:s3cr3t".to_vec(),
        b"Mail.Example.ORG  Bob@Example.ORG:pa:ss:w0rd   ".to_vec(),
        b"relay.example.net user-only".to_vec(),
        b"[Relay2.Example.NET]:465 carol:first".to_vec(),
        b"[relay2.example.net]:465 carol:second".to_vec(),
        b"nodata.example.com".to_vec(),
        b"nodata2.example.com   ".to_vec(),
        b"multi.example.com dave:part1".to_vec(),
        b"    part2".to_vec(),
        b"# comment between continuation lines".to_vec(),
        b"".to_vec(),
        b"\tpart3".to_vec(),
        b"latin1.example.com eve:p\xe9ss".to_vec(),
        b"caf\xe9.example.com fay:pw".to_vec(),
        b"hash.example.com frank:pass#notacomment x  ".to_vec(),
        b"crlf.example.com crlf:pw\r".to_vec(),
        b"alias-style: value".to_vec(),
        b"@sender.example.com sender:pw".to_vec(),
        b"\"quoted key.example\" q:pw".to_vec(),
        "utf8.example.com günter:päss".as_bytes().to_vec(),
        "UTF8KEY.ÜBER.example grace:pw".as_bytes().to_vec(),
        "STRAẞE.example strasse:pw".as_bytes().to_vec(),
        b"[mail.isp.example]:submission sub:pw:with:colons#hash".to_vec(),
        b"gg\\ hh escaped:pw".to_vec(),
        b"\"unbalanced.example.com q:pw".to_vec(),
        b"tabs.example.com\t\tuser:\tpass word\t".to_vec(),
        b"DUP.example.com first:1".to_vec(),
        b"dup.EXAMPLE.com second:2".to_vec(),
        b"long.example.com ".iter().copied().chain(long_value.bytes()).collect(),
        key_510.bytes().chain(b" kk:pw".iter().copied()).collect(),
    ];
    let mut input = lines.join(&b"\n"[..]);
    input.extend_from_slice(b"\nlast.example.com no-newline-at-eof");
    input
}

struct Built {
    dir: TempDir,
    conf: PathBuf,
}

impl Built {
    fn ours(&self) -> PathBuf {
        self.dir.path().join("ours")
    }
    fn theirs(&self) -> PathBuf {
        self.dir.path().join("theirs")
    }
}

/// Compiles the same source with postmap and with saslkit; returns their stderr.
fn build_both(main_cf: &str, input: &[u8]) -> Option<(Built, String, String)> {
    let postmap = peer("postmap")?;
    let dir = TempDir::new().unwrap();
    let conf = confdir(dir.path(), main_cf);
    let built = Built { dir, conf };
    std::fs::write(built.ours(), input).unwrap();
    std::fs::write(built.theirs(), input).unwrap();
    let theirs = run(
        &postmap,
        &["-c", built.conf.to_str().unwrap(), &format!("lmdb:{}", built.theirs().display())],
        b"",
    );
    assert!(theirs.status.success(), "postmap: {}", String::from_utf8_lossy(&theirs.stderr));
    let ours = saslkit()
        .args(["map", "compile", "-c"])
        .arg(&built.conf)
        .arg(format!("lmdb:{}", built.ours().display()))
        .output()
        .unwrap();
    assert!(ours.status.success(), "saslkit: {}", String::from_utf8_lossy(&ours.stderr));
    let text = |o: &std::process::Output| String::from_utf8_lossy(&o.stderr).into_owned();
    Some((built, text(&theirs), text(&ours)))
}

fn lmdb(path: &Path) -> PathBuf {
    PathBuf::from(format!("{}.lmdb", path.display()))
}

/// Line numbers flagged in warnings (`FILE, line N:`).
fn flagged_lines(stderr: &str) -> Vec<usize> {
    let mut lines: Vec<usize> = stderr
        .lines()
        .filter_map(|l| l.split(", line ").nth(1))
        .filter_map(|rest| rest.split(':').next()?.parse().ok())
        .collect();
    lines.sort();
    lines.dedup();
    lines
}

fn same_as_postmap(main_cf: &str) {
    let Some((built, theirs_err, ours_err)) = build_both(main_cf, &corpus()) else {
        return;
    };
    let theirs = mdb_dump(&lmdb(&built.theirs())).unwrap();
    let ours = mdb_dump(&lmdb(&built.ours())).unwrap();
    assert_eq!(ours, theirs, "records differ from postmap's");
    assert!(ours.iter().all(|(k, v)| k.ends_with(b"\0") && v.ends_with(b"\0")));
    // postmap flags these lines; saslkit flags them too (and names the duplicate's line as well).
    let ours_lines = flagged_lines(&ours_err);
    for line in flagged_lines(&theirs_err) {
        assert!(ours_lines.contains(&line), "postmap flags line {line}, saslkit does not:\n{ours_err}");
    }
    assert!(theirs_err.contains("duplicate entry") == ours_err.contains("duplicate entry"));
    // Every key answers the same from both maps, through postmap -q and saslkit map query.
    let postmap = peer("postmap").unwrap();
    let conf = built.conf.to_str().unwrap();
    for (key, value) in &theirs {
        // Keys as bytes: a non-UTF-8 key (a Latin-1 source) is queried as postmap -q queries it.
        let key = std::ffi::OsStr::from_bytes(&key[..key.len() - 1]);
        let expected = [&value[..value.len() - 1], b"\n"].concat();
        for map in [built.theirs(), built.ours()] {
            let lmdb_map = format!("lmdb:{}", map.display());
            let out = std::process::Command::new(&postmap)
                .args(["-c", conf, "-q"])
                .arg(key)
                .arg(&lmdb_map)
                .output()
                .unwrap();
            assert_eq!(out.stdout, expected, "postmap -q {key:?} {lmdb_map}");
            let out = saslkit().args(["map", "query", "-c", conf, &lmdb_map]).arg(key).output().unwrap();
            assert_eq!(out.stdout, expected, "saslkit map query {key:?} {lmdb_map}");
        }
    }
}

#[test]
fn same_records_and_lookups_as_postmap_ascii_mode() {
    same_as_postmap("");
}

#[test]
fn same_records_and_lookups_as_postmap_smtputf8_mode() {
    same_as_postmap("compatibility_level = 3.6\n");
}

#[test]
fn query_folds_like_postmap_and_exits_1_when_not_found() {
    let Some((built, _, _)) = build_both("", b"[smtp.example.com]:587 alice:pw\nMail.Example.ORG bob:pw\n")
    else {
        return;
    };
    let conf = built.conf.to_str().unwrap();
    let theirs = format!("lmdb:{}", built.theirs().display());
    saslkit()
        .args(["map", "query", "-c", conf, &theirs, "[SMTP.Example.COM]:587"])
        .assert()
        .success()
        .stdout("alice:pw\n");
    saslkit().args(["map", "query", "-c", conf, &theirs, "nope.example.com"]).assert().code(1).stdout("");
    saslkit().args(["map", "query", "-c", conf, "-f", &theirs, "MAIL.EXAMPLE.ORG"]).assert().code(1);
    saslkit()
        .args(["map", "query", "-c", conf, &theirs, "mail.example.org", "[smtp.example.com]:587"])
        .assert()
        .success()
        .stdout("mail.example.org\tbob:pw\n[smtp.example.com]:587\talice:pw\n");
}

#[test]
fn reads_maps_built_with_and_without_trailing_nul() {
    let Some(postmap) = peer("postmap") else {
        return;
    };
    let dir = TempDir::new().unwrap();
    let conf = confdir(dir.path(), "");
    let source = dir.path().join("sp");
    std::fs::write(&source, "host.example u:p\n").unwrap();
    let map = format!("lmdb:{}", source.display());
    for flag in ["-n", "-N"] {
        let out = run(&postmap, &[flag, "-c", conf.to_str().unwrap(), &map], b"");
        assert!(out.status.success());
        saslkit()
            .args(["map", "query", "-c"])
            .arg(&conf)
            .args([&map, "host.example"])
            .assert()
            .success()
            .stdout("u:p\n");
    }
}

#[test]
fn bad_input_and_foreign_files() {
    let dir = TempDir::new().unwrap();
    let conf = confdir(dir.path(), LMDB_DEFAULT);
    let source = dir.path().join("sp");
    let compile = |extra: &str| saslkit().args(["map", "compile", "-c"]).arg(&conf).arg(extra).assert();
    compile(source.to_str().unwrap()).code(66);
    std::fs::write(&source, "ok.example u:p\n").unwrap();
    compile(source.to_str().unwrap()).success();
    // A key over 510 bytes: 65 with the line, the old map intact.
    std::fs::write(&source, format!("ok.example u:new\n{} u:p\n", "k".repeat(511))).unwrap();
    compile(source.to_str().unwrap()).code(65).stderr(predicate::str::contains("line 2"));
    saslkit()
        .args(["map", "query", "-c"])
        .arg(&conf)
        .args([source.to_str().unwrap(), "ok.example"])
        .assert()
        .stdout("u:p\n");
    // Types saslkit does not handle are named.
    compile(&format!("pcre:{}", source.display())).code(64).stderr(predicate::str::contains("pcre"));
    // An existing .lmdb that is not LMDB is left alone.
    let other = dir.path().join("other");
    std::fs::write(&other, "ok.example u:p\n").unwrap();
    std::fs::write(lmdb(&other), b"not a database at all, just text".repeat(10)).unwrap();
    compile(other.to_str().unwrap()).code(65).stderr(predicate::str::contains("not an lmdb: map"));
    assert!(std::fs::read(lmdb(&other)).unwrap().starts_with(b"not a database"));
    saslkit()
        .args(["map", "query", "-c"])
        .arg(&conf)
        .args([other.to_str().unwrap(), "ok.example"])
        .assert()
        .code(65);
    // A hash: map where an lmdb: one is expected.
    let hashed = dir.path().join("hashed");
    std::fs::write(format!("{}.db", hashed.display()), b"x").unwrap();
    saslkit()
        .args(["map", "query", "-c"])
        .arg(&conf)
        .args([hashed.to_str().unwrap(), "k"])
        .assert()
        .code(65)
        .stderr(predicate::str::contains("hash: map"));
    // No FILE.lmdb, but FILE.db is there: the message says how to name the map.
    let only_db = format!("lmdb:{}", hashed.display());
    saslkit().args(["map", "query", "-c"]).arg(&conf).args([only_db.as_str(), "k"]).assert().code(65).stderr(
        predicate::str::contains(format!(
            "hashed.db is there, a hash: map: name the map hash:{}",
            hashed.display()
        )),
    );
}

#[test]
fn new_map_mode_follows_the_source() {
    use std::os::unix::fs::PermissionsExt;
    let dir = TempDir::new().unwrap();
    let conf = confdir(dir.path(), LMDB_DEFAULT);
    for (source_mode, map_mode) in
        [(0o600, 0o600), (0o640, 0o640), (0o644, 0o644), (0o666, 0o644), (0o660, 0o640), (0o400, 0o600)]
    {
        let source = dir.path().join(format!("sp{source_mode:o}"));
        std::fs::write(&source, "ok.example u:p\n").unwrap();
        std::fs::set_permissions(&source, std::fs::Permissions::from_mode(source_mode)).unwrap();
        saslkit().args(["map", "compile", "-c"]).arg(&conf).arg(&source).assert().success();
        let mode = std::fs::metadata(lmdb(&source)).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, map_mode, "source {source_mode:o}");
    }
    assert_eq!(common::temp_files(dir.path()), 0);
}

/// For every type: a reader re-opening the map during recompiles sees the old or the new
/// content, never a mix or a missing key; one that kept the old map open keeps reading it.
#[test]
fn replace_is_atomic_for_readers() {
    use saslkit::postmap::MapType;
    for kind in MapType::ALL {
        readers_see_old_or_new(kind);
    }
}

fn readers_see_old_or_new(kind: saslkit::postmap::MapType) {
    let dir = TempDir::new().unwrap();
    let conf = confdir(dir.path(), &format!("default_database_type = {}\n", kind.name()));
    let source = dir.path().join("sp");
    let write = |tag: &str| {
        let text: String = (0..20_000).map(|n| format!("host{n}.example user{n}:{tag}\n")).collect();
        std::fs::write(&source, text).unwrap();
    };
    write("old");
    saslkit().args(["map", "compile", "-c"]).arg(&conf).arg(&source).assert().success();
    let name = saslkit::postmap::MapName { kind, source: source.clone() };
    let held = saslkit::postmap::map::MapReader::open(&name).unwrap();
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let watcher = {
        let (name, stop) = (name.clone(), stop.clone());
        std::thread::spawn(move || {
            let mut seen = std::collections::BTreeSet::new();
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                let reader = saslkit::postmap::map::MapReader::open(&name).unwrap();
                for key in [&b"host0.example"[..], b"host19999.example"] {
                    let value = reader.get(key).unwrap().expect("every key is always there");
                    seen.insert(String::from_utf8(value).unwrap().split(':').nth(1).unwrap().to_string());
                }
            }
            seen
        })
    };
    for tag in ["new", "newer", "old"] {
        write(tag);
        saslkit().args(["map", "compile", "-c"]).arg(&conf).arg(&source).assert().success();
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let seen = watcher.join().unwrap();
    assert!(seen.iter().all(|tag| ["old", "new", "newer"].contains(&tag.as_str())), "{kind:?}: {seen:?}");
    // A reader that had the old map open keeps reading the old content.
    assert_eq!(held.get(b"host5.example").unwrap(), Some(b"user5:old".to_vec()));
}

#[test]
fn dump_masks_and_lookup_explains() {
    let dir = TempDir::new().unwrap();
    let conf = confdir(dir.path(), "recipient_delimiter = +\n");
    let source = dir.path().join("sp");
    std::fs::write(&source, "[smtp.example.com]:587 alice@example.com:s3cr3t\nsmtp.example.com host:pw\nbob@sender.example bob:bobpw\n").unwrap();
    saslkit().args(["map", "compile", "-c"]).arg(&conf).arg(&source).assert().success();
    let map = source.to_str().unwrap();
    saslkit().args(["map", "dump", map]).assert().success().stdout(
        predicate::str::contains("[smtp.example.com]:587\talice@example.com:<hidden, 6 bytes>")
            .and(predicate::str::contains("s3cr3t").not()),
    );
    saslkit()
        .args(["map", "dump", map, "--show-secrets"])
        .assert()
        .success()
        .stdout(predicate::str::contains("alice@example.com:s3cr3t"));
    // The connected host's name comes before the next hop.
    let out = saslkit()
        .args(["map", "lookup", "-c"])
        .arg(&conf)
        .args([map, "--nexthop", "[smtp.example.com]:587", "--format", "json"])
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        json["tried"][0],
        serde_json::json!({"key": "smtp.example.com", "source": "connected host name", "found": true})
    );
    assert_eq!(json["matched"]["user"], "host");
    assert_eq!(json["matched"]["password"], "<hidden, 2 bytes>");
    // --sender is ignored without --sender-dependent, and said so.
    saslkit()
        .args(["map", "lookup", "-c"])
        .arg(&conf)
        .args([map, "--nexthop", "[other.example]", "--sender", "bob+x@sender.example"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("--sender is ignored"));
    let out = saslkit()
        .args(["map", "lookup", "-c"])
        .arg(&conf)
        .args([
            map,
            "--nexthop",
            "[other.example]",
            "--sender",
            "bob+x@sender.example",
            "--sender-dependent",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["tried"][1]["key"], "bob@sender.example");
    assert_eq!(json["matched"]["user"], "bob");
}

#[test]
fn check_reports_what_bites() {
    use std::os::unix::fs::PermissionsExt;
    let dir = TempDir::new().unwrap();
    let conf = confdir(dir.path(), "");
    let source = dir.path().join("sp");
    std::fs::write(&source, "[smtp.example.com]:587 alice:pw\n").unwrap();
    std::fs::set_permissions(&source, std::fs::Permissions::from_mode(0o600)).unwrap();
    let check = || {
        saslkit()
            .args(["map", "check", "-c"])
            .arg(&conf)
            .arg(&source)
            .arg("--format")
            .arg("json")
            .output()
            .unwrap()
    };
    let out = check();
    assert_eq!(out.status.code(), Some(1), "no map yet");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(json["findings"][0]["message"].as_str().unwrap().contains("does not exist"));
    saslkit().args(["map", "compile", "-c"]).arg(&conf).arg(&source).assert().success();
    assert_eq!(check().status.code(), Some(0));
    std::thread::sleep(Duration::from_millis(20));
    std::fs::write(
        &source,
        "[smtp.example.com]:587 alice:pw\nuseronly.example user\nDup.example a:b\ndup.example c:d\n",
    )
    .unwrap();
    std::fs::set_permissions(&source, std::fs::Permissions::from_mode(0o644)).unwrap();
    let out = check();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    for expected in
        ["older than its source", "readable by group or others", "empty password", "duplicate entry"]
    {
        assert!(text.contains(expected), "{expected}: {text}");
    }
}

/// For every type (chosen by main.cf's default_database_type).
#[test]
fn kill_9_during_compile_leaves_the_old_map() {
    for main_cf in [LMDB_DEFAULT, "default_database_type = hash\n", "default_database_type = cdb\n"] {
        killed_builds_leave_the_old_map(main_cf);
    }
}

fn killed_builds_leave_the_old_map(main_cf: &str) {
    let dir = TempDir::new().unwrap();
    let conf = confdir(dir.path(), main_cf);
    let source = dir.path().join("sp");
    std::fs::write(&source, "keep.example old:pw\n").unwrap();
    saslkit().args(["map", "compile", "-c"]).arg(&conf).arg(&source).assert().success();
    let big: String = (0..300_000).map(|n| format!("host{n}.example user{n}:new\n")).collect();
    std::fs::write(&source, format!("keep.example new:pw\n{big}")).unwrap();
    let (mut killed, mut old_after_kill) = (0, 0);
    for delay_ms in [30, 100, 250, 500, 800] {
        let mut child = std::process::Command::new(common::saslkit_bin())
            .args(["-q", "map", "compile", "-c"])
            .arg(&conf)
            .arg(&source)
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(delay_ms));
        if child.try_wait().unwrap().is_none() {
            child.kill().unwrap();
            killed += 1;
        }
        let finished = child.wait().unwrap().success();
        let out = saslkit()
            .args(["map", "query", "-c"])
            .arg(&conf)
            .arg(&source)
            .arg("keep.example")
            .output()
            .unwrap();
        let value = String::from_utf8(out.stdout).unwrap();
        if finished {
            assert_eq!(value, "new:pw\n");
            break;
        }
        assert!(common::temp_files(dir.path()) <= killed);
        // A kill that lands after the rename but before the exit leaves the new map: atomic too.
        if value == "new:pw\n" {
            break;
        }
        assert_eq!(value, "old:pw\n", "{main_cf}: after a kill at {delay_ms} ms the old map must answer");
        old_after_kill += 1;
    }
    assert!(old_after_kill > 0, "{main_cf}: no kill landed mid-build; the test proved nothing");
    saslkit().args(["map", "compile", "-c"]).arg(&conf).arg(&source).assert().success();
    assert_eq!(common::temp_files(dir.path()), 0, "the next build removes what killed builds left");
}

#[test]
fn a_truncated_map_is_an_error_not_a_crash() {
    let dir = TempDir::new().unwrap();
    let conf = confdir(dir.path(), LMDB_DEFAULT);
    let source = dir.path().join("sp");
    std::fs::write(&source, (0..5000).map(|n| format!("host{n}.example u:p{n}\n")).collect::<String>())
        .unwrap();
    saslkit().args(["map", "compile", "-c"]).arg(&conf).arg(&source).assert().success();
    let map = lmdb(&source);
    let bytes = std::fs::read(&map).unwrap();
    std::fs::write(&map, &bytes[..bytes.len() / 2]).unwrap();
    saslkit()
        .args(["map", "query", "-c"])
        .arg(&conf)
        .arg(&source)
        .arg("host1.example")
        .assert()
        .code(65)
        .stderr(predicate::str::contains("truncated"));
}

/// Issue 10: a map whose file name is not UTF-8 (a Latin-1 folder) is compiled and queried under
/// that very name, not a mangled one. Packages: none.
#[test]
fn a_non_utf8_map_path_is_kept_byte_for_byte() {
    let dir = tempfile::tempdir().unwrap();
    let source = dir.path().join(std::ffi::OsStr::from_bytes(b"sasl_passwd.caf\xe9"));
    std::fs::write(&source, "[mail.example.com]:587 alice:secret\n").unwrap();
    let mut spec = std::ffi::OsString::from("lmdb:");
    spec.push(&source);
    let out = saslkit().args(["map", "compile"]).arg(&spec).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let mut compiled = source.clone().into_os_string();
    compiled.push(".lmdb");
    assert!(std::path::Path::new(&compiled).exists(), "{compiled:?} was not written");
    let out = saslkit().args(["map", "query"]).arg(&spec).arg("[mail.example.com]:587").output().unwrap();
    assert_eq!(out.stdout, b"alice:secret\n", "{}", String::from_utf8_lossy(&out.stderr));
}

/// Issue 13: `map lookup` takes the next hop from main.cf's relayhost (main.cf found through
/// MAIL_CONFIG, as Postfix's tools find it), and a key that names the same port by number says
/// which key Postfix tries instead of a bare "no key matches". Packages: none.
#[test]
fn lookup_takes_relayhost_from_mail_config_and_names_the_port_spelling() {
    let dir = TempDir::new().unwrap();
    let conf = confdir(dir.path(), "relayhost = [mail.isp.example]:submission\n");
    let source = dir.path().join("sasl_passwd");
    std::fs::write(&source, "[mail.isp.example]:587 alice:secret\n").unwrap();
    std::fs::set_permissions(&source, std::os::unix::fs::PermissionsExt::from_mode(0o600)).unwrap();
    let map = format!("lmdb:{}", source.display());
    saslkit().args(["map", "compile", &map]).env("MAIL_CONFIG", &conf).assert().success();
    let out = saslkit()
        .args(["map", "lookup", &map, "--format", "json"])
        .env("MAIL_CONFIG", &conf)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let tried: Vec<&str> =
        json["tried"].as_array().unwrap().iter().map(|t| t["key"].as_str().unwrap()).collect();
    assert!(tried.contains(&"[mail.isp.example]:submission"), "{json}");
    let notes = json["notes"].to_string();
    assert!(notes.contains("write the key as [mail.isp.example]:submission"), "{notes}");
    assert!(notes.contains("relayhost"), "{notes}");
    // Without relayhost and without --nexthop: a usage error that says what to give.
    let empty = TempDir::new().unwrap();
    let bare = confdir(empty.path(), "");
    let out = saslkit().args(["map", "lookup", &map]).env("MAIL_CONFIG", &bare).output().unwrap();
    assert_eq!(out.status.code(), Some(64));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--nexthop"));
}

/// Issue 13: an indented line silently joins the entry before it (postmap's rule): `map check`
/// names it; and compiling a source others may read warns that the map inherits its mode.
/// Packages: none.
#[test]
fn check_names_an_indented_line_and_compile_warns_about_a_readable_source() {
    let dir = TempDir::new().unwrap();
    let conf = confdir(dir.path(), "");
    let source = dir.path().join("sasl_passwd");
    std::fs::write(&source, "relay.example.com alice:secret\n  smtp.example.net bob:pw\n").unwrap();
    std::fs::set_permissions(&source, std::os::unix::fs::PermissionsExt::from_mode(0o644)).unwrap();
    let map = format!("lmdb:{}", source.display());
    let conf = conf.to_str().unwrap();
    let out = saslkit().args(["map", "compile", "-c", conf, &map]).output().unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("mode 0644") && stderr.contains("the map gets the same mode"), "{stderr}");
    let out = saslkit().args(["map", "check", "-c", conf, &map, "--format", "json"]).output().unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let indented = json["findings"].as_array().unwrap().iter().find(|f| f["line"] == 2);
    assert!(
        indented.is_some_and(|f| f["message"].as_str().unwrap().contains("starts with whitespace")),
        "{json}"
    );
}

/// The records of a hash: or btree: (db_dump -p) or cdb: (tinycdb's `cdb -d`) map file, sorted.
fn records_of(kind: &str, map: &Path) -> Option<Vec<(Vec<u8>, Vec<u8>)>> {
    let mut records = match kind {
        "hash" | "btree" => {
            let out = run(&peer("db_dump")?, &["-p", map.to_str().unwrap()], b"");
            assert!(out.status.success(), "db_dump: {}", String::from_utf8_lossy(&out.stderr));
            common::dump_records(&String::from_utf8(out.stdout).unwrap())
        }
        _ => {
            let out = run(&peer("cdb")?, &["-d", map.to_str().unwrap()], b"");
            assert!(out.status.success(), "cdb -d: {}", String::from_utf8_lossy(&out.stderr));
            parse_cdb_dump(&out.stdout)
        }
    };
    records.sort();
    Some(records)
}

/// `+klen,dlen:key->data\n` records, ended by an empty line.
fn parse_cdb_dump(mut dump: &[u8]) -> Vec<(Vec<u8>, Vec<u8>)> {
    let mut records = Vec::new();
    while let Some(rest) = dump.strip_prefix(b"+") {
        let comma = rest.iter().position(|&b| b == b',').unwrap();
        let colon = rest.iter().position(|&b| b == b':').unwrap();
        let klen: usize = std::str::from_utf8(&rest[..comma]).unwrap().parse().unwrap();
        let dlen: usize = std::str::from_utf8(&rest[comma + 1..colon]).unwrap().parse().unwrap();
        let body = &rest[colon + 1..];
        records.push((body[..klen].to_vec(), body[klen + 2..klen + 2 + dlen].to_vec()));
        dump = &body[klen + 2 + dlen + 1..];
    }
    records
}

/// Issue 12: hash:, btree: and cdb: maps hold exactly postmap's records (Berkeley DB keys and
/// values with one NUL, cdb without), Berkeley DB's db_verify accepts ours, and every key answers
/// the same through `postmap -q` and `saslkit map query` on both maps, in both SMTPUTF8 modes.
/// Packages: postfix, postfix-cdb, tinycdb (cdb -d), db-util (db_dump, db_verify).
#[test]
fn hash_btree_and_cdb_maps_are_postmaps_records() {
    let Some(postmap) = peer("postmap") else { return };
    for main_cf in ["", "compatibility_level = 3.6\n"] {
        for kind in ["hash", "btree", "cdb"] {
            let dir = TempDir::new().unwrap();
            let conf = confdir(dir.path(), main_cf);
            let conf = conf.to_str().unwrap();
            let (ours, theirs) = (dir.path().join("ours"), dir.path().join("theirs"));
            std::fs::write(&ours, corpus()).unwrap();
            std::fs::write(&theirs, corpus()).unwrap();
            let out = run(&postmap, &["-c", conf, &format!("{kind}:{}", theirs.display())], b"");
            assert!(out.status.success(), "postmap {kind}: {}", String::from_utf8_lossy(&out.stderr));
            let ours_map = format!("{kind}:{}", ours.display());
            let out = saslkit().args(["map", "compile", "-c", conf, &ours_map]).output().unwrap();
            assert!(out.status.success(), "saslkit {kind}: {}", String::from_utf8_lossy(&out.stderr));
            let ext = if kind == "cdb" { "cdb" } else { "db" };
            let file = |p: &Path| PathBuf::from(format!("{}.{ext}", p.display()));
            let Some(expected) = records_of(kind, &file(&theirs)) else { return };
            let got = records_of(kind, &file(&ours)).unwrap();
            assert_eq!(got, expected, "{kind} ({main_cf:?}): records differ from postmap's");
            if kind != "cdb" {
                if let Some(db_verify) = peer("db_verify") {
                    let out = run(&db_verify, &[file(&ours).to_str().unwrap()], b"");
                    assert!(out.status.success(), "db_verify: {}", String::from_utf8_lossy(&out.stderr));
                }
            }
            for (key, value) in &expected {
                let key = std::ffi::OsStr::from_bytes(key.strip_suffix(b"\0").unwrap_or(key));
                let value = value.strip_suffix(b"\0").unwrap_or(value);
                let expected = [value, b"\n"].concat();
                for map in [&ours, &theirs] {
                    let map = format!("{kind}:{}", map.display());
                    let out = std::process::Command::new(&postmap)
                        .args(["-c", conf, "-q"])
                        .arg(key)
                        .arg(&map)
                        .output()
                        .unwrap();
                    assert_eq!(out.stdout, expected, "postmap -q {key:?} {map}");
                    let out = saslkit().args(["map", "query", "-c", conf, &map]).arg(key).output().unwrap();
                    assert_eq!(out.stdout, expected, "saslkit map query {key:?} {map}");
                }
            }
        }
    }
}

/// Issue 12: without a file, `map compile`, `map check` and `map lookup` work on every map of
/// main.cf's smtp_sasl_password_maps (`$config_directory` expanded), in the list's order.
/// Packages: none.
#[test]
fn the_maps_main_cf_names_are_compiled_checked_and_looked_up() {
    let dir = TempDir::new().unwrap();
    let conf = confdir(
        dir.path(),
        "smtp_sasl_password_maps = hash:$config_directory/first, lmdb:${config_directory}/second\n\
         relayhost = [relay.example.net]:587\n",
    );
    std::fs::write(conf.join("first"), "other.example.com a:b\n").unwrap();
    std::fs::write(conf.join("second"), "[relay.example.net]:587 alice:secret\nother2.example.com bob:\n")
        .unwrap();
    for name in ["first", "second"] {
        std::fs::set_permissions(conf.join(name), std::os::unix::fs::PermissionsExt::from_mode(0o600))
            .unwrap();
    }
    saslkit().args(["map", "compile"]).env("MAIL_CONFIG", &conf).assert().success();
    assert!(conf.join("first.db").exists() && conf.join("second.lmdb").exists());
    let out =
        saslkit().args(["map", "check", "--format", "json"]).env("MAIL_CONFIG", &conf).output().unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stderr));
    let reports: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let maps: Vec<&str> = reports.as_array().unwrap().iter().map(|r| r["map"].as_str().unwrap()).collect();
    assert!(maps[0].ends_with("first.db") && maps[1].ends_with("second.lmdb"), "{maps:?}");
    assert!(reports[1]["findings"].to_string().contains("password after ':' is empty"), "{reports}");
    let out =
        saslkit().args(["map", "lookup", "--format", "json"]).env("MAIL_CONFIG", &conf).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["matched"]["user"], "alice", "{json}");
}

/// Issue 12: `map convert` turns postmap's own hash: map into the lmdb: map postmap would have
/// written from the same source (and cdb: back into hash:), records verified equal.
/// Packages: postfix, postfix-lmdb, postfix-cdb, lmdb-utils (mdb_dump), db-util (db_dump).
#[test]
fn convert_between_types_gives_postmaps_records() {
    let Some(postmap) = peer("postmap") else { return };
    let dir = TempDir::new().unwrap();
    let conf = confdir(dir.path(), "");
    let conf = conf.to_str().unwrap();
    let (source, reference) = (dir.path().join("sasl_passwd"), dir.path().join("reference"));
    std::fs::write(&source, corpus()).unwrap();
    std::fs::write(&reference, corpus()).unwrap();
    for kind in ["hash", "cdb"] {
        let out = run(&postmap, &["-c", conf, &format!("{kind}:{}", source.display())], b"");
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }
    let out = run(&postmap, &["-c", conf, &format!("lmdb:{}", reference.display())], b"");
    assert!(out.status.success());
    let hash_map = format!("hash:{}", source.display());
    let out = saslkit().args(["map", "convert", &hash_map, "--to", "lmdb", "-c", conf]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stderr).contains("verified"));
    let Some(converted) = mdb_dump(&lmdb(&source)) else { return };
    assert_eq!(converted, mdb_dump(&lmdb(&reference)).unwrap(), "hash: → lmdb: differs from postmap's lmdb:");
    // cdb: (no NULs) → hash: (NULs): the records of postmap's own hash: map.
    let Some(expected) = records_of("hash", &PathBuf::from(format!("{}.db", source.display()))) else {
        return;
    };
    std::fs::remove_file(format!("{}.db", source.display())).unwrap();
    let cdb_map = format!("cdb:{}", source.display());
    let out = saslkit().args(["map", "convert", &cdb_map, "--to", "hash", "-c", conf]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let got = records_of("hash", &PathBuf::from(format!("{}.db", source.display()))).unwrap();
    assert_eq!(got, expected, "cdb: → hash: differs from postmap's hash:");
    // hash: → btree: (the file name is the same, FILE.db): postmap's own btree: records.
    let out = run(&postmap, &["-c", conf, &format!("btree:{}", reference.display())], b"");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let expected = records_of("btree", &PathBuf::from(format!("{}.db", reference.display()))).unwrap();
    // A hash file where the btree: map belongs is refused untouched; gone, the btree is written.
    let out = saslkit().args(["map", "convert", &cdb_map, "--to", "btree", "-c", conf]).output().unwrap();
    assert_eq!(out.status.code(), Some(65), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stderr).contains("Berkeley DB hash file"));
    std::fs::remove_file(format!("{}.db", source.display())).unwrap();
    let out = saslkit().args(["map", "convert", &cdb_map, "--to", "btree", "-c", conf]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let got = records_of("btree", &PathBuf::from(format!("{}.db", source.display()))).unwrap();
    assert_eq!(got, expected, "cdb: → btree: differs from postmap's btree:");
}

/// Issue 12: a btree: map deep enough for three levels of pages, with keys so long that the
/// separators between leaves need overflow pages, passes db_verify, holds postmap's records and
/// answers `postmap -q` as postmap's own map does.
/// Packages: postfix (postmap), db-util (db_verify, db_dump).
#[test]
fn a_deep_btree_map_with_long_keys_is_postmaps() {
    let Some(postmap) = peer("postmap") else { return };
    let Some(db_verify) = peer("db_verify") else { return };
    let dir = TempDir::new().unwrap();
    let conf = confdir(dir.path(), "");
    let conf = conf.to_str().unwrap();
    let long = "p".repeat(1200);
    let mut text: String = (0..120_000).map(|i| format!("host{i}.example.com user{i}:pw{i}\n")).collect();
    text.extend((0..200).map(|i| format!("{long}{i:05} v{i}:x\n")));
    let (ours, theirs) = (dir.path().join("ours"), dir.path().join("theirs"));
    std::fs::write(&ours, &text).unwrap();
    std::fs::write(&theirs, &text).unwrap();
    let out = saslkit()
        .args(["map", "compile", "-c", conf, &format!("btree:{}", ours.display())])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let out = run(&postmap, &["-c", conf, &format!("btree:{}", theirs.display())], b"");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let (ours_db, theirs_db) = (dir.path().join("ours.db"), dir.path().join("theirs.db"));
    let out = run(&db_verify, &[ours_db.to_str().unwrap()], b"");
    assert!(out.status.success(), "db_verify: {}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(records_of("btree", &ours_db), records_of("btree", &theirs_db));
    let keys = ["host0.example.com", "host119999.example.com", "host65432.example.com", "absent.example"];
    let long_keys: Vec<String> = [0, 100, 199].iter().map(|i| format!("{long}{i:05}")).collect();
    for key in keys.iter().copied().chain(long_keys.iter().map(String::as_str)) {
        let query = |map: &Path| {
            let map = format!("btree:{}", map.display());
            let out = run(&postmap, &["-c", conf, "-q", key, &map], b"");
            let mine = saslkit().args(["map", "query", "-c", conf, &map, key]).output().unwrap();
            assert_eq!(mine.stdout, out.stdout, "saslkit map query {key:.40}");
            (out.status.code(), out.stdout)
        };
        assert_eq!(query(&ours), query(&theirs), "postmap -q {key:.40}");
    }
}

/// A source of `lines` lines (about 75 bytes each) with duplicates after folding, quoted keys
/// and continuation lines spread through it, so that pieces and runs cut through all of them.
fn big_source(lines: usize) -> String {
    (0..lines)
        .map(|n| match n % 7 {
            0 => format!(
                "[Relay{}.Example.NET]:587 user{n}@example.org:pw-{n}-xxxxxxxxxxxxxxxxxxxx\n",
                n % 5000
            ),
            1 => format!("host{n}.example.com user{n}:pw-{n}-yyyyyyyyyyyyyyyyyyyy\n  continued{n}\n"),
            2 => format!("# comment {n}\n\"quoted {n}\".example user{n}:pw-{n}-zzzzzzzzzzzzzzzz\n"),
            _ => format!("host{n}.example.net user{n}@example.net:pw-{n}-wwwwwwwwwwwwwwwwwwwwww\n"),
        })
        .collect()
}

/// Issue 12: a source bigger than saslkit keeps in memory (its sorted runs go to scratch files
/// and are merged while the map is written) gives postmap's records for every type, with the
/// first duplicate winning and, with `-r`, the last; the Berkeley DB files pass db_verify.
/// Packages: postfix, postfix-lmdb, postfix-cdb, tinycdb, lmdb-utils (mdb_dump), db-util.
#[test]
fn a_source_too_big_to_hold_gives_postmaps_records_for_every_type() {
    let Some(postmap) = peer("postmap") else { return };
    let dir = TempDir::new().unwrap();
    let conf = confdir(dir.path(), "");
    let conf = conf.to_str().unwrap();
    let text = big_source(130_000);
    assert!(text.len() > 9 << 20, "bigger than the in-memory limit: {}", text.len());
    for (kind, flags) in [("lmdb", ""), ("hash", ""), ("btree", "-r"), ("cdb", "-r"), ("cdb", "")] {
        let (ours, theirs) = (dir.path().join("ours"), dir.path().join("theirs"));
        std::fs::write(&ours, &text).unwrap();
        std::fs::write(&theirs, &text).unwrap();
        let ext = match kind {
            "lmdb" => "lmdb",
            "cdb" => "cdb",
            _ => "db",
        };
        let file = |p: &Path| PathBuf::from(format!("{}.{ext}", p.display()));
        let _ = (std::fs::remove_file(file(&ours)), std::fs::remove_file(file(&theirs)));
        let mut args = vec!["-c", conf];
        args.extend(Some(flags).filter(|f| !f.is_empty()));
        let theirs_map = format!("{kind}:{}", theirs.display());
        let out = run(&postmap, &[args.clone(), vec![theirs_map.as_str()]].concat(), b"");
        assert!(out.status.success(), "postmap {kind}: {}", String::from_utf8_lossy(&out.stderr));
        let ours_map = format!("{kind}:{}", ours.display());
        let out = saslkit().args(["-q", "map", "compile"]).args(&args).arg(&ours_map).output().unwrap();
        assert!(out.status.success(), "saslkit {kind}: {}", String::from_utf8_lossy(&out.stderr));
        let (got, expected) = if kind == "lmdb" {
            let Some(got) = mdb_dump(&file(&ours)) else { return };
            (got, mdb_dump(&file(&theirs)).unwrap())
        } else {
            let Some(got) = records_of(kind, &file(&ours)) else { return };
            (got, records_of(kind, &file(&theirs)).unwrap())
        };
        assert!(got == expected, "{kind} {flags}: records differ from postmap's");
        if ext == "db" {
            if let Some(db_verify) = peer("db_verify") {
                let out = run(&db_verify, &[file(&ours).to_str().unwrap()], b"");
                assert!(out.status.success(), "db_verify: {}", String::from_utf8_lossy(&out.stderr));
            }
        }
    }
}

/// A tmpfs of `size` mounted at `dir/small` (root only), unmounted when dropped: a disk that
/// fills up.
struct SmallDisk(PathBuf);

impl SmallDisk {
    fn mount(dir: &Path, size: &str) -> SmallDisk {
        let path = dir.join("small");
        std::fs::create_dir(&path).unwrap();
        let mounted = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(&path)
            .status()
            .unwrap();
        assert!(mounted.success(), "mount tmpfs");
        SmallDisk(path)
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount").arg(&self.0).status();
    }
}

/// Issue 12: the scratch files of a big source go to TMPDIR; a TMPDIR with no room left is named
/// with the fix (exit 73), and the map compiled before stays as it was.
/// Packages: util-linux (mount, umount; root).
#[test]
fn a_full_scratch_folder_is_named_and_the_old_map_is_kept() {
    if unsafe { libc::geteuid() } != 0 {
        common::skip_or_fail("mounting a small tmpfs needs root");
        return;
    }
    let dir = TempDir::new().unwrap();
    let conf = confdir(dir.path(), "");
    let source = dir.path().join("sasl_passwd");
    std::fs::write(&source, big_source(130_000)).unwrap();
    std::fs::set_permissions(&source, std::os::unix::fs::PermissionsExt::from_mode(0o600)).unwrap();
    let map = format!("cdb:{}", source.display());
    saslkit().args(["-q", "map", "compile", "-c", conf.to_str().unwrap(), &map]).assert().success();
    let before = std::fs::read(dir.path().join("sasl_passwd.cdb")).unwrap();
    let small = SmallDisk::mount(dir.path(), "512k");
    let small = &small.0;
    std::fs::write(&source, big_source(131_000)).unwrap();
    let out = saslkit()
        .args(["map", "compile", "-c", conf.to_str().unwrap(), &map])
        .env("TMPDIR", small)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(73), "{stderr}");
    assert!(stderr.contains(small.to_str().unwrap()) && stderr.contains("set TMPDIR"), "{stderr}");
    assert_eq!(std::fs::read(dir.path().join("sasl_passwd.cdb")).unwrap(), before, "the old map is kept");
}

/// A map that does not fit its folder's disk: saslkit writes the `lmdb:` file itself, and a full
/// disk mid-write is named (exit 73), the old map is kept and nothing is left behind.
/// Packages: util-linux (mount, umount; root).
#[test]
fn an_lmdb_map_that_does_not_fit_its_disk_leaves_the_old_one() {
    if unsafe { libc::geteuid() } != 0 {
        common::skip_or_fail("mounting a small tmpfs needs root");
        return;
    }
    let dir = TempDir::new().unwrap();
    let conf = confdir(dir.path(), "");
    let small = SmallDisk::mount(dir.path(), "2560k");
    let small = &small.0;
    let source = small.join("sasl_passwd");
    std::fs::write(&source, big_source(100)).unwrap();
    let map = format!("lmdb:{}", source.display());
    saslkit().args(["-q", "map", "compile", "-c", conf.to_str().unwrap(), &map]).assert().success();
    let before = std::fs::read(small.join("sasl_passwd.lmdb")).unwrap();
    std::fs::write(&source, big_source(20_000)).unwrap();
    let out = saslkit().args(["map", "compile", "-c", conf.to_str().unwrap(), &map]).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(73), "{stderr}");
    assert!(stderr.contains(small.to_str().unwrap()) && stderr.contains("space"), "{stderr}");
    assert_eq!(std::fs::read(small.join("sasl_passwd.lmdb")).unwrap(), before, "the old map is kept");
    let mut left: Vec<_> = std::fs::read_dir(small).unwrap().map(|e| e.unwrap().file_name()).collect();
    left.sort();
    assert_eq!(left, ["sasl_passwd", "sasl_passwd.lmdb"], "nothing left behind");
}

/// Issue 16: a hash: map's buckets are about three quarters full, and a bucket its share
/// overfills continues on chained pages, as Berkeley DB's own files do (sizing by the fullest
/// bucket made a million-key map twice postmap's size). Large values make many such buckets
/// here; Berkeley DB's db_stat counts them, db_verify accepts the file, the records are
/// postmap's, and every key answers through `postmap -q` and `saslkit map query`.
/// Packages: postfix, db-util (db_stat, db_verify, db_dump).
#[test]
fn hash_buckets_that_overflow_continue_on_chained_pages_postfix_reads() {
    let Some(postmap) = peer("postmap") else { return };
    let Some(db_stat) = peer("db_stat") else { return };
    let dir = TempDir::new().unwrap();
    let conf = confdir(dir.path(), "");
    let conf = conf.to_str().unwrap();
    let source: String = (0..300)
        .map(|n| format!("relay{n}.example.net user{n}:{}\n", format!("{n:04}").repeat(240)))
        .collect();
    let (ours, theirs) = (dir.path().join("ours"), dir.path().join("theirs"));
    std::fs::write(&ours, &source).unwrap();
    std::fs::write(&theirs, &source).unwrap();
    let out = run(&postmap, &["-c", conf, &format!("hash:{}", theirs.display())], b"");
    assert!(out.status.success(), "postmap: {}", String::from_utf8_lossy(&out.stderr));
    saslkit()
        .args(["-q", "map", "compile", "-c", conf, &format!("hash:{}", ours.display())])
        .assert()
        .success();
    let db = |p: &Path| PathBuf::from(format!("{}.db", p.display()));
    let stat = run(&db_stat, &["-d", db(&ours).to_str().unwrap()], b"");
    let stat = String::from_utf8_lossy(&stat.stdout).into_owned();
    let chained = stat
        .lines()
        .find(|l| l.ends_with("Number of bucket overflow pages"))
        .and_then(|l| l.split_whitespace().next()?.parse::<u32>().ok());
    assert!(chained.is_some_and(|n| n > 0), "no chained bucket pages:\n{stat}");
    if let Some(db_verify) = peer("db_verify") {
        let out = run(&db_verify, &[db(&ours).to_str().unwrap()], b"");
        assert!(out.status.success(), "db_verify: {}", String::from_utf8_lossy(&out.stderr));
    }
    let Some(expected) = records_of("hash", &db(&theirs)) else { return };
    assert_eq!(records_of("hash", &db(&ours)).unwrap(), expected);
    let map = format!("hash:{}", ours.display());
    for n in 0..300 {
        let key = format!("relay{n}.example.net");
        let want = format!("user{n}:{}\n", format!("{n:04}").repeat(240));
        let out = run(&postmap, &["-c", conf, "-q", &key, &map], b"");
        assert_eq!(String::from_utf8_lossy(&out.stdout), want, "postmap -q {key}");
        let out = saslkit().args(["map", "query", "-c", conf, &map, &key]).output().unwrap();
        assert_eq!(String::from_utf8_lossy(&out.stdout), want, "saslkit map query {key}");
    }
}
