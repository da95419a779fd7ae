//! Issue 9's smaller classes, each with the command that showed it: exit classes (line breaks and
//! oversized names, a held GDBM lock, `/dev/null`), unbounded input (FIFOs, `/dev/zero`, huge or
//! non-UTF-8 transcripts), secrets on output (decoded blobs, map warnings) and in core dumps.
//!
//! Packages: none (root only for the dumpable check, which skips otherwise).
#![allow(clippy::unwrap_used)]

mod common;

use std::os::fd::AsRawFd;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use common::{run_bounded, saslkit, saslkit_bin, saslkit_default};
use predicates::prelude::*;
use tempfile::TempDir;

fn mkfifo(path: &Path) {
    let c = std::ffi::CString::new(path.to_str().unwrap()).unwrap();
    // SAFETY: a valid C string.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
}

fn bounded(args: &[&str], stdin: &[u8]) -> common::Bounded {
    let mut cmd = Command::new(saslkit_bin());
    cmd.args(args).env_clear();
    run_bounded(&mut cmd, stdin, 3 << 30, Duration::from_secs(30))
}

#[test]
fn a_line_break_in_a_user_name_is_refused_so_no_listing_line_can_be_forged() {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("sasldb2");
    saslkit(&db)
        .args(["user", "add", "eve\nroot@example.com: userPassword\nx@example.com", "--password-stdin"])
        .write_stdin("pw\n")
        .assert()
        .code(65)
        .stderr(predicate::str::contains("line break"));
    saslkit(&db)
        .args(["user", "add", "a@exa\rmple.com", "--password-stdin"])
        .write_stdin("pw\n")
        .assert()
        .code(65);
}

#[test]
fn an_oversized_user_name_is_bad_data_and_import_skips_it() {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("sasldb2");
    let long = format!("{}@example.com", "x".repeat(600));
    saslkit(&db).args(["user", "add", &long, "--password-stdin"]).write_stdin("pw\n").assert().code(65);
    let tsv = dir.path().join("u.tsv");
    std::fs::write(&tsv, format!("a@example.com\tpw\n{long}\tpw\nb@example.com\tpw\n")).unwrap();
    saslkit(&db).args(["user", "import"]).arg(&tsv).assert().code(65);
    saslkit(&db)
        .args(["user", "import", "--skip-bad"])
        .arg(&tsv)
        .assert()
        .success()
        .stderr(predicate::str::contains("line 2"));
    saslkit(&db)
        .arg("listusers")
        .assert()
        .stdout("a@example.com: userPassword\nb@example.com: userPassword\n");
}

#[test]
fn db_check_flags_names_cyrus_trims() {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("sasldb2");
    saslkit(&db)
        .args(["user", "add", " bob@example.com", "--password-stdin"])
        .write_stdin("pw\n")
        .assert()
        .success();
    saslkit(&db).args(["db", "check"]).assert().code(1).stdout(predicate::str::contains("whitespace"));
}

#[test]
fn special_files_are_refused_at_once_and_dev_null_gets_no_lock_file() {
    let dir = TempDir::new().unwrap();
    let fifo = dir.path().join("fifo");
    mkfifo(&fifo);
    let fifo_arg = fifo.to_str().unwrap();
    let map = format!("lmdb:{fifo_arg}");
    for args in [
        vec!["--db", fifo_arg, "listusers"],
        vec!["--db", fifo_arg, "user", "add", "a@example.com", "--password", "pw"],
        vec!["--db", "/dev/null", "user", "add", "a@example.com", "--password", "pw"],
        vec!["user", "import", fifo_arg],
        vec!["map", "compile", &map],
    ] {
        let outcome = bounded(&args, b"");
        assert_eq!(outcome.code, Some(65), "{args:?}: {}", outcome.stderr);
        assert!(outcome.stderr.contains("not a regular file"), "{args:?}: {}", outcome.stderr);
    }
    assert!(!Path::new("/dev/null-lock").exists());
}

#[test]
fn password_file_reads_are_bounded() {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("sasldb2");
    let db_arg = db.to_str().unwrap();
    // /dev/zero: at most 8192 bytes are read, then refused (a NUL byte, or too long).
    let outcome =
        bounded(&["--db", db_arg, "user", "add", "a@example.com", "--password-file", "/dev/zero"], b"");
    assert_eq!(outcome.code, Some(65), "{}", outcome.stderr);
    // A FIFO that gets its line: read (process substitution works).
    let fifo = dir.path().join("pw");
    mkfifo(&fifo);
    let writer = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::write(fifo, b"from-a-pipe\n").unwrap())
    };
    let outcome = bounded(
        &["--db", db_arg, "user", "add", "a@example.com", "--password-file", fifo.to_str().unwrap()],
        b"",
    );
    writer.join().unwrap();
    assert_eq!(outcome.code, Some(0), "{}", outcome.stderr);
    saslkit(&db)
        .args(["user", "verify", "a@example.com", "--password-stdin"])
        .write_stdin("from-a-pipe\n")
        .assert()
        .success();
    // A FIFO nobody writes to: given up on after the wait, not forever.
    let outcome = bounded(
        &["--db", db_arg, "user", "passwd", "a@example.com", "--password-file", fifo.to_str().unwrap()],
        b"",
    );
    assert_eq!(outcome.code, Some(74), "{}", outcome.stderr);
    assert!(outcome.stderr.contains("nothing to read"), "{}", outcome.stderr);
}

#[test]
fn auth_decode_hides_every_secret_including_the_blob_itself() {
    let b64 = |bytes: &[u8]| {
        use base64::Engine;
        base64::engine::general_purpose::STANDARD.encode(bytes)
    };
    let transcript = format!(
        "C: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: {}\nS: 334 UGFzc3dvcmQ6\nC: {}\nC: AUTH XOAUTH2 {}\nC: AUTH PLAIN {}\n",
        b64(b"alice"),
        b64(b"L0gin-S3cret"),
        b64(b"user=bob\x01auth=Bearer ya29.T0KEN\x01\x01"),
        b64(b"\0alice\0Pl4in-S3cret"),
    );
    for format in ["human", "json"] {
        let out = Command::new(saslkit_bin())
            .args(["auth", "decode", "-", "--format", format])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .and_then(|mut child| {
                use std::io::Write;
                child.stdin.take().unwrap().write_all(transcript.as_bytes())?;
                child.wait_with_output()
            })
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success(), "{text}");
        for secret in ["L0gin-S3cret", "ya29.T0KEN", "Pl4in-S3cret"] {
            assert!(!text.contains(secret), "{format}: {secret} shown");
            assert!(!text.contains(&b64(secret.as_bytes())[..12]), "{format}: {secret} shown in base64");
        }
        assert!(!text.contains(&b64(b"L0gin-S3cret")), "{format}: LOGIN password blob echoed");
        assert!(text.contains("alice") && text.contains("bob"), "{format}: {text}");
    }
    let out = saslkit(Path::new("unused"))
        .args(["auth", "decode", "-", "--show-secrets"])
        .write_stdin(transcript.clone())
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("L0gin-S3cret"));
}

#[test]
fn auth_decode_skips_bad_lines_and_streams_big_transcripts() {
    let mut input = b"AGFsaWNlAHNlY3JldA==\n\xff\xfe not text\n".to_vec();
    input.extend(std::iter::repeat_n(b'A', 3 << 20));
    input.extend(b"\nAGJvYgBwdw==\n");
    let out = saslkit(Path::new("unused")).args(["auth", "decode", "-"]).write_stdin(input).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(text.matches("mechanism: PLAIN").count(), 2, "{text}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("skipped 2 lines"));
    // 20 MB of blobs under a 300 MiB address-space limit: streamed, not collected.
    let line = "AGFsaWNlAHNlY3JldA==\n";
    let big = line.repeat(20_000_000 / line.len());
    let outcome = {
        let mut cmd = Command::new(saslkit_bin());
        cmd.args(["auth", "decode", "-", "--format", "json"]).env_clear();
        run_bounded(&mut cmd, big.as_bytes(), 300 << 20, Duration::from_secs(120))
    };
    assert_eq!(outcome.code, Some(0), "{}", outcome.stderr);
}

#[test]
fn map_warnings_never_quote_a_password() {
    let dir = TempDir::new().unwrap();
    let source = dir.path().join("sasl_passwd");
    std::fs::write(
        &source,
        b"  stray user:Str4y-pw\ngood.example.com user:ok\n\"open.example.com user:Qu0te-pw\nlatin.example.com user:L\xe4tin-pw\n",
    )
    .unwrap();
    let map = format!("lmdb:{}", source.display());
    for args in [vec!["map", "compile", "--smtputf8", &map], vec!["map", "check", "--format", "json", &map]] {
        let out = saslkit(Path::new("unused")).args(&args).output().unwrap();
        let all = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
        assert!(all.contains("line 1") || all.contains("\"line\": 1"), "{args:?}: {all}");
        for secret in ["Str4y-pw", "Qu0te-pw", "tin-pw"] {
            assert!(!all.contains(secret), "{args:?}: {secret} in {all}");
        }
    }
}

#[test]
fn a_process_holding_a_password_is_not_dumpable_and_writes_no_core() {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    use std::os::unix::process::CommandExt;
    let dir = TempDir::new().unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o1777)).unwrap();
    let db = dir.path().join("sasldb2");
    // SAFETY: geteuid has no preconditions.
    let root = unsafe { libc::geteuid() } == 0;
    let mut cmd = Command::new(saslkit_bin());
    cmd.arg("--db").arg(&db).args(["user", "add", "a@example.com", "--password-stdin"]);
    if root {
        // As another uid, so that "the /proc files belong to root" can only mean "not dumpable".
        // SAFETY: only async-signal-safe calls between fork and exec.
        unsafe {
            cmd.pre_exec(|| {
                if libc::setgid(65534) != 0 || libc::setuid(65534) != 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
    }
    // stdin stays open: saslkit waits in the password read, holding what it has read.
    let mut child = cmd.stdin(Stdio::piped()).stdout(Stdio::null()).stderr(Stdio::null()).spawn().unwrap();
    let mut stdin = child.stdin.take().unwrap();
    std::io::Write::write_all(&mut stdin, b"half-a-pass").unwrap();
    std::thread::sleep(Duration::from_millis(300));
    let limits = std::fs::read_to_string(format!("/proc/{}/limits", child.id())).unwrap();
    let core = limits.lines().find(|l| l.starts_with("Max core file size")).unwrap();
    assert!(core.split_whitespace().nth(4) == Some("0"), "{core}");
    // A process that is not dumpable has its /proc files owned by root, whoever runs it.
    let owner = std::fs::metadata(format!("/proc/{}/status", child.id())).unwrap().uid();
    if root {
        assert_eq!(owner, 0, "saslkit running as uid 65534 is still dumpable");
    }
    std::io::Write::write_all(&mut stdin, b"-rest\n").unwrap();
    drop(stdin);
    assert!(child.wait().unwrap().success());
}

#[test]
fn a_held_gdbm_lock_is_waited_for_then_reported_as_temporary() {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("g");
    saslkit_default(&db)
        .args(["--backend", "gdbm", "user", "add", "a@example.com", "--password-stdin"])
        .write_stdin("pw\n")
        .assert()
        .success();
    let holder = std::fs::File::open(&db).unwrap();
    // SAFETY: flock on a descriptor this test owns.
    assert_eq!(unsafe { libc::flock(holder.as_raw_fd(), libc::LOCK_EX) }, 0);
    let release = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(700));
        drop(holder);
    });
    // Released within the wait: the reader gets in.
    saslkit(&db).arg("listusers").assert().success().stdout("a@example.com: userPassword\n");
    release.join().unwrap();
    let holder = std::fs::File::open(&db).unwrap();
    // SAFETY: as above.
    assert_eq!(unsafe { libc::flock(holder.as_raw_fd(), libc::LOCK_EX) }, 0);
    saslkit(&db)
        .args(["user", "add", "b@example.com", "--password-stdin"])
        .write_stdin("pw\n")
        .assert()
        .code(75)
        .stderr(predicate::str::contains("lock"));
    drop(holder);
}

#[test]
fn argv_bytes_are_used_as_given_or_refused_never_replaced() {
    use std::os::unix::ffi::OsStrExt;
    let dir = TempDir::new().unwrap();
    // A Latin-1 path: the file gets exactly those bytes as its name.
    let latin1_db = dir.path().join(std::ffi::OsStr::from_bytes(b"sasldb-caf\xe9"));
    saslkit(&latin1_db)
        .args(["user", "add", "a@example.com", "--password-stdin"])
        .write_stdin("pw\n")
        .assert()
        .success();
    assert!(latin1_db.exists());
    assert!(!dir.path().join("sasldb-caf\u{fffd}").exists());
    // A Latin-1 user name: refused (64), not stored as "caf\u{fffd}".
    let mut cmd = saslkit(&latin1_db);
    cmd.args(["user", "add"])
        .arg(std::ffi::OsStr::from_bytes(b"caf\xe9@example.com"))
        .arg("--password-stdin");
    cmd.write_stdin("pw\n").assert().code(64);
    saslkit(&latin1_db).arg("listusers").assert().stdout("a@example.com: userPassword\n");
    // The drop-in mode refuses too (Cyrus's usage code).
    let link = common::compat_link(dir.path(), "saslpasswd2");
    let out = Command::new(&link)
        .args(["-f"])
        .arg(&latin1_db)
        .args(["-p", "-c"])
        .arg(std::ffi::OsStr::from_bytes(b"caf\xe9"))
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stderr));
    saslkit(&latin1_db).arg("listusers").assert().stdout("a@example.com: userPassword\n");
}

/// A transcript line that is not base64 may be a password typed in the clear: it is not echoed.
#[test]
fn auth_decode_does_not_echo_what_fails_to_decode() {
    let out = saslkit(Path::new("unused"))
        .args(["auth", "decode", "-"])
        .write_stdin("C: Cl3ar-t3xt!\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(65));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(!text.contains("Cl3ar-t3xt"), "{text}");
    assert!(text.contains("do not decode"), "{text}");
}
