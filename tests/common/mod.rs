//! Shared test helpers: the binary, real peers (skipped or required), LMDB dumps.
#![allow(dead_code, clippy::unwrap_used, clippy::print_stderr)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

pub fn saslkit_bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_saslkit"))
}

/// `saslkit --db DB args…`
pub fn saslkit(db: &Path) -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::new(saslkit_bin());
    cmd.arg("--db").arg(db).env_remove("SASLKIT_DB");
    cmd
}

/// A real peer program (Cyrus, LMDB or Berkeley DB tools). When it is missing the test is skipped
/// with a printed reason, unless SASLKIT_REQUIRE_PEERS=1, which makes it fail.
pub fn peer(name: &str) -> Option<PathBuf> {
    for dir in ["/usr/sbin", "/usr/bin", "/sbin", "/bin", "/usr/local/bin"] {
        let path = Path::new(dir).join(name);
        if path.exists() {
            return Some(path);
        }
    }
    let package = match name {
        "mdb_dump" | "mdb_load" | "mdb_stat" => "lmdb-utils",
        "saslpasswd2" | "sasldblistusers2" | "gen-auth" => "sasl2-bin",
        "gsasl" => "gsasl",
        "runuser" => "util-linux",
        "gdbm_dump" | "gdbm_load" => "gdbmtool",
        "dovecot" => "dovecot-core dovecot-lmtpd",
        "postfix" | "postmap" => "postfix postfix-lmdb",
        "swaks" => "swaks libauthen-sasl-perl",
        "db_dump" | "db_load" | "db_verify" => "db-util",
        _ => "its package",
    };
    skip_or_fail(&format!("peer {name} is not installed (apt-get install {package})"));
    None
}

/// A test that cannot run here: skipped with the reason, or failed when SASLKIT_REQUIRE_PEERS=1.
pub fn skip_or_fail(reason: &str) {
    if std::env::var("SASLKIT_REQUIRE_PEERS").as_deref() == Ok("1") {
        panic!("{reason}, and SASLKIT_REQUIRE_PEERS=1");
    }
    eprintln!("SKIPPED: {reason}");
}

/// Runs a peer with `stdin` and returns its output.
pub fn run(program: &Path, args: &[&str], stdin: &[u8]) -> Output {
    use std::io::Write;
    let mut child = Command::new(program)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|err| panic!("cannot run {}: {err}", program.display()));
    let mut input = child.stdin.take().unwrap();
    input.write_all(stdin).unwrap();
    drop(input);
    child.wait_with_output().unwrap()
}

/// A link named `name` to the saslkit binary, for the drop-in modes.
pub fn compat_link(dir: &Path, name: &str) -> PathBuf {
    let link = dir.join(name);
    if !link.exists() {
        std::os::unix::fs::symlink(saslkit_bin(), &link).unwrap();
    }
    link
}

/// Decodes the `-p` (printable) form that mdb_dump and db_dump write: `\xx` hex escapes; db_dump
/// writes a backslash as `\\`, mdb_dump 0.9.24 writes it as it is.
pub fn unprintable(line: &str) -> Vec<u8> {
    let bytes = line.as_bytes();
    let hex = |at: usize| bytes.get(at..at + 2).filter(|h| h.iter().all(u8::is_ascii_hexdigit));
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match (bytes[i], hex(i + 1), bytes.get(i + 1)) {
            (b'\\', Some(h), _) => {
                out.push(u8::from_str_radix(std::str::from_utf8(h).unwrap(), 16).unwrap());
                i += 3;
            }
            (b'\\', None, Some(b'\\')) => {
                out.push(b'\\');
                i += 2;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    out
}

/// The (key, value) records of a `-p` dump (mdb_dump or db_dump), in dump order.
pub fn dump_records(text: &str) -> Vec<(Vec<u8>, Vec<u8>)> {
    let body = text.split("HEADER=END\n").nth(1).expect("dump has a header");
    let lines: Vec<&str> =
        body.lines().take_while(|l| *l != "DATA=END").map(|l| l.strip_prefix(' ').unwrap_or(l)).collect();
    lines.chunks(2).map(|pair| (unprintable(pair[0]), unprintable(pair[1]))).collect()
}

pub fn mdb_dump(db: &Path) -> Option<Vec<(Vec<u8>, Vec<u8>)>> {
    let mdb_dump = peer("mdb_dump")?;
    let out = run(&mdb_dump, &["-n", "-p", db.to_str().unwrap()], b"");
    assert!(out.status.success(), "mdb_dump failed: {}", String::from_utf8_lossy(&out.stderr));
    Some(dump_records(&String::from_utf8(out.stdout).unwrap()))
}

/// Loads `-p` dump text into a new LMDB file with the real mdb_load.
pub fn mdb_load(db: &Path, dump: &str) -> Option<()> {
    let mdb_load = peer("mdb_load")?;
    let out = run(&mdb_load, &["-n", "-f", "/dev/stdin", db.to_str().unwrap()], dump.as_bytes());
    assert!(out.status.success(), "mdb_load failed: {}", String::from_utf8_lossy(&out.stderr));
    Some(())
}

/// A `-p` dump text with these records, as mdb_load reads it.
pub fn printable_dump(records: &[(&[u8], &[u8])]) -> String {
    let mut text = String::from("VERSION=3\nformat=print\ntype=btree\nHEADER=END\n");
    for (key, value) in records {
        for part in [key, value] {
            text.push(' ');
            for &b in part.iter() {
                if b.is_ascii_graphic() && b != b'\\' || b == b' ' {
                    text.push(b as char);
                } else {
                    text.push_str(&format!("\\{b:02x}"));
                }
            }
            text.push('\n');
        }
    }
    text.push_str("DATA=END\n");
    text
}

pub fn hostname_realm() -> String {
    saslkit::sasldb::user::default_realm()
}

/// Certificates for TLS tests: a CA, a server leaf for 127.0.0.1/localhost and a client leaf
/// (CN=alice) signed by it. rustls refuses a self-signed server certificate with CA:TRUE, which
/// `openssl req -x509` makes by default, hence the separate CA.
pub struct Certificates {
    pub ca: PathBuf,
    pub leaf: PathBuf,
    pub leaf_key: PathBuf,
    pub client: PathBuf,
    pub client_key: PathBuf,
}

pub fn make_certificates(dir: &Path, openssl: &Path) -> Certificates {
    let p = |name: &str| dir.join(name).to_str().unwrap().to_string();
    let sh = |args: &[&str]| {
        let out = Command::new(openssl).args(args).output().unwrap();
        assert!(out.status.success(), "openssl {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    };
    let ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"];
    let key_and_request = |subject: &str, name: &str| {
        let (key, csr) = (p(&format!("{name}.key")), p(&format!("{name}.csr")));
        let mut args = vec!["req", "-subj", subject, "-keyout", key.as_str(), "-out", csr.as_str()];
        args.extend(ec);
        sh(&args);
    };
    let (ca_key, ca_pem, serial) = (p("ca.key"), p("ca.pem"), p("ca.srl"));
    let mut ca = vec![
        "req",
        "-x509",
        "-days",
        "2",
        "-subj",
        "/CN=saslkit test CA",
        "-keyout",
        ca_key.as_str(),
        "-out",
        ca_pem.as_str(),
    ];
    ca.extend(ec);
    sh(&ca);
    let sign = |name: &str, extensions: &str| {
        let ext = p(&format!("{name}.ext"));
        std::fs::write(&ext, extensions).unwrap();
        let (csr, pem) = (p(&format!("{name}.csr")), p(&format!("{name}.pem")));
        sh(&[
            "x509",
            "-req",
            "-days",
            "2",
            "-in",
            &csr,
            "-CA",
            &ca_pem,
            "-CAkey",
            &ca_key,
            "-CAcreateserial",
            "-CAserial",
            &serial,
            "-out",
            &pem,
            "-extfile",
            &ext,
        ]);
    };
    key_and_request("/CN=localhost", "leaf");
    sign(
        "leaf",
        "subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n",
    );
    key_and_request("/CN=alice", "client");
    sign("client", "basicConstraints=CA:FALSE\nextendedKeyUsage=clientAuth\n");
    Certificates {
        ca: dir.join("ca.pem"),
        leaf: dir.join("leaf.pem"),
        leaf_key: dir.join("leaf.key"),
        client: dir.join("client.pem"),
        client_key: dir.join("client.key"),
    }
}

/// How many `*.tmp` files (saslkit's unfinished writes) stand in `dir`.
pub fn temp_files(dir: &Path) -> usize {
    std::fs::read_dir(dir)
        .unwrap()
        .filter(|e| e.as_ref().unwrap().file_name().to_string_lossy().ends_with(".tmp"))
        .count()
}
