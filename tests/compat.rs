//! The drop-in modes compared with Debian's saslpasswd2 / sasldblistusers2 on the same inputs:
//! same stdout, stderr and exit code, and the same records in the file (Berkeley DB for Cyrus,
//! LMDB for saslkit, compared as dumps).
//!
//! Packages: sasl2-bin (saslpasswd2, sasldblistusers2), db-util, lmdb-utils.

#![allow(clippy::unwrap_used)]

mod common;

use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use common::{compat_link, dump_records, mdb_dump, peer};
use tempfile::TempDir;

type Records = Vec<(Vec<u8>, Vec<u8>)>;

struct Pair {
    dir: TempDir,
    cyrus_passwd: PathBuf,
    cyrus_list: PathBuf,
    db_dump: PathBuf,
}

impl Pair {
    fn new() -> Option<Pair> {
        Some(Pair {
            cyrus_passwd: peer("saslpasswd2")?,
            cyrus_list: peer("sasldblistusers2")?,
            db_dump: peer("db_dump")?,
            dir: TempDir::new().unwrap(),
        })
    }

    fn cyrus_db(&self) -> PathBuf {
        self.dir.path().join("cyrus.db")
    }

    fn our_db(&self) -> PathBuf {
        self.dir.path().join("ours.db")
    }

    /// Runs the same saslpasswd2 arguments (with `DB` replaced by each side's file) on both.
    fn passwd(&self, args: &[&str], stdin: &[u8]) -> (Output, Output) {
        let ours = compat_link(self.dir.path(), "saslpasswd2");
        (
            invoke(&self.cyrus_passwd, "saslpasswd2", &subst(args, &self.cyrus_db()), stdin),
            invoke(&ours, "saslpasswd2", &subst(args, &self.our_db()), stdin),
        )
    }

    fn list(&self, args: &[&str]) -> (Output, Output) {
        let ours = compat_link(self.dir.path(), "sasldblistusers2");
        (
            invoke(&self.cyrus_list, "sasldblistusers2", &subst(args, &self.cyrus_db()), b""),
            invoke(&ours, "sasldblistusers2", &subst(args, &self.our_db()), b""),
        )
    }

    /// Both files' records, sorted (Berkeley DB hash order differs from LMDB key order).
    fn records(&self) -> (Records, Records) {
        (sorted(self.dump(&self.cyrus_db())), sorted(self.dump(&self.our_db())))
    }

    /// A file's records with the real tool of its container (issue 11: the drop-in makes the
    /// container the installed Cyrus reads, so on Debian both files are Berkeley DB).
    fn dump(&self, db: &Path) -> Records {
        use saslkit::sasldb::format::{detect, FileFormat};
        match detect(db).unwrap() {
            FileFormat::Missing => Vec::new(),
            FileFormat::Lmdb => mdb_dump(db).unwrap(),
            _ => {
                let out = Command::new(&self.db_dump).arg("-p").arg(db).output().unwrap();
                assert!(
                    out.status.success(),
                    "db_dump {}: {}",
                    db.display(),
                    String::from_utf8_lossy(&out.stderr)
                );
                dump_records(&String::from_utf8(out.stdout).unwrap())
            }
        }
    }
}

fn sorted(mut records: Records) -> Records {
    records.sort();
    records
}

fn subst(args: &[&str], db: &Path) -> Vec<String> {
    args.iter().map(|a| if *a == "DB" { db.to_str().unwrap().to_string() } else { a.to_string() }).collect()
}

/// Runs `program` with argv[0] = `name` (so messages name the tool the same way on both sides).
fn invoke(program: &Path, name: &str, args: &[String], stdin: &[u8]) -> Output {
    use std::io::Write;
    let mut child = Command::new(program)
        .arg0(name)
        .args(args)
        .env_remove("SASL_CONF_PATH")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

fn assert_same(what: &str, (cyrus, ours): &(Output, Output)) {
    let show = |o: &Output| {
        format!(
            "exit {:?}\nstdout {:?}\nstderr {:?}",
            o.status.code(),
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        )
    };
    assert_eq!(show(ours), show(cyrus), "{what}: saslkit (left) differs from Cyrus (right)");
}

fn assert_same_exit(what: &str, (cyrus, ours): &(Output, Output)) {
    assert_eq!(ours.status.code(), cyrus.status.code(), "{what}: exit codes differ");
}

#[test]
fn saslpasswd2_sets_users_like_cyrus() {
    let Some(pair) = Pair::new() else { return };
    let steps: [(&[&str], &[u8]); 8] = [
        (&["-p", "-f", "DB", "-c", "alice"], b"secret1\n"),
        (&["-f", "DB", "-c", "-u", "example.com", "bob"], b"secret2\n"),
        (&["-p", "-f", "DB", "a@b@c"], b"pw3\n"),
        (&["-p", "-f", "DB", "trail@"], b"pw4\n"),
        (&["-f", "DB", "-u", "ignored.example", "zed@realm.example"], b"pw5\n"),
        (&["-f", "DB", "-u", "Example.COM", "Upper"], b"crlf\r\n"),
        (&["-p", "-f", "DB", "multi"], b"l1\nl2\n"),
        (&["-f", "DB", "alice"], b"newpw\n"),
    ];
    for (args, stdin) in steps {
        assert_same(&format!("saslpasswd2 {args:?}"), &pair.passwd(args, stdin));
    }
    let (cyrus, ours) = pair.records();
    assert_eq!(ours, cyrus);
    assert_eq!(ours.len(), 7);
    // The drop-in made the container the installed Cyrus reads, as the real one did.
    use saslkit::sasldb::format::detect;
    assert_eq!(detect(&pair.our_db()).unwrap(), detect(&pair.cyrus_db()).unwrap());
}

#[test]
fn saslpasswd2_deletes_like_cyrus() {
    let Some(pair) = Pair::new() else { return };
    assert_same("create", &pair.passwd(&["-p", "-f", "DB", "-c", "alice"], b"pw\n"));
    assert_same("create", &pair.passwd(&["-p", "-f", "DB", "-c", "bob"], b"pw\n"));
    assert_same("delete", &pair.passwd(&["-f", "DB", "-d", "alice"], b""));
    assert_same("delete missing user", &pair.passwd(&["-f", "DB", "-d", "nosuchuser"], b""));
    assert_same(
        "delete missing user in realm",
        &pair.passwd(&["-f", "DB", "-u", "example.com", "-d", "x"], b""),
    );
    let (cyrus, ours) = pair.records();
    assert_eq!(ours, cyrus);
    assert_eq!(ours.len(), 1);
}

#[test]
fn saslpasswd2_errors_like_cyrus() {
    let Some(pair) = Pair::new() else { return };
    let cases: [(&[&str], &[u8]); 9] = [
        (&["-p", "-f", "DB", "empty"], b"\n"),
        (&["-c", "-d", "x"], b""),
        (&["-d", "-c", "x"], b""),
        (&["-z", "x"], b""),
        (&[], b""),
        (&["-h"], b""),
        (&["-f", "DB", "a", "b"], b""),
        (&["-a", "a/b", "x"], b""),
        (&["-f"], b""),
    ];
    for (args, stdin) in cases {
        assert_same(&format!("saslpasswd2 {args:?}"), &pair.passwd(args, stdin));
    }
    // -n writes nothing on a default install; saslkit says so on stderr, with the same exit code.
    let out = pair.passwd(&["-p", "-n", "-f", "DB", "carol"], b"pw\n");
    assert_same_exit("-n", &out);
    let (cyrus, ours) = pair.records();
    assert_eq!(ours, cyrus);
}

#[test]
fn sasldblistusers2_lists_like_cyrus() {
    let Some(pair) = Pair::new() else { return };
    for (args, stdin) in [
        (&["-p", "-f", "DB", "-c", "alice"][..], &b"pw\n"[..]),
        (&["-p", "-f", "DB", "bob@example.com"], b"pw\n"),
    ] {
        assert_same("setup", &pair.passwd(args, stdin));
    }
    for args in [&["-f", "DB"][..], &["DB"]] {
        let (cyrus, ours) = pair.list(args);
        assert_same_exit("list", &(cyrus.clone(), ours.clone()));
        let lines = |o: &Output| {
            let mut l: Vec<String> = String::from_utf8_lossy(&o.stdout).lines().map(String::from).collect();
            l.sort();
            l
        };
        assert_eq!(lines(&ours), lines(&cyrus));
        assert_eq!(ours.stderr, cyrus.stderr);
    }
    for args in [&["-z"][..], &["-h"], &["-f", "a", "b"], &["-f"]] {
        assert_same(&format!("sasldblistusers2 {args:?}"), &pair.list(args));
    }
    let version = pair.list(&["-v"]);
    assert_same_exit("-v", &version);
}

#[test]
fn sasldblistusers2_failure_exits_0_like_cyrus() {
    let Some(pair) = Pair::new() else { return };
    let (cyrus, ours) = pair.list(&["-f", "DB"]);
    assert_eq!(ours.status.code(), Some(0));
    assert_eq!(cyrus.status.code(), Some(0));
    assert!(ours.stdout.is_empty());
    let last_line = |o: &Output| String::from_utf8_lossy(&o.stderr).lines().last().map(String::from);
    assert_eq!(last_line(&ours), last_line(&cyrus));
    assert_eq!(last_line(&ours).as_deref(), Some("listusers failed"));
}
