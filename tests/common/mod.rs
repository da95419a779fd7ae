//! Shared test helpers: the binary, real peers (skipped or required), LMDB dumps.
#![allow(dead_code, clippy::unwrap_used, clippy::print_stderr)]

pub mod dovecot;
pub mod smtpd;
pub mod sqlservers;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

pub fn saslkit_bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_saslkit"))
}

/// `saslkit --db DB --backend lmdb args…`, with a cleared environment: nothing of the test
/// runner's environment (SASLKIT_DB, a locale, a HOME) can change what saslkit does. A new file
/// is LMDB, whatever Cyrus is installed (the tests of LMDB's own behaviour); tests of the
/// default container use [`saslkit_default`].
pub fn saslkit(db: &Path) -> assert_cmd::Command {
    let mut cmd = saslkit_default(db);
    cmd.args(["--backend", "lmdb"]);
    cmd
}

/// `saslkit --db DB args…`: a new file becomes what the installed Cyrus reads.
pub fn saslkit_default(db: &Path) -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::new(saslkit_bin());
    cmd.arg("--db").arg(db).env_clear();
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
        "mariadb-install-db" | "mariadbd" | "mariadb" => "mariadb-server mariadb-client",
        "script" => "bsdutils",
        "gdbm_dump" | "gdbm_load" => "gdbmtool",
        "dovecot" => "dovecot-core dovecot-lmtpd",
        "postfix" | "postmap" => "postfix postfix-lmdb",
        "swaks" => "swaks libauthen-sasl-perl",
        "db_dump" | "db_load" | "db_verify" => "db-util",
        "cdb" => "tinycdb",
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

/// The internal services a private Postfix needs in master.cf, after its own listeners (none
/// chrooted; the relay and retry transports, flush and tlsmgr included).
pub fn postfix_services() -> String {
    [
        "pickup unix n - n 60 1 pickup",
        "cleanup unix n - n - 0 cleanup",
        "qmgr unix n - n 300 1 qmgr",
        "rewrite unix - - n - - trivial-rewrite",
        "bounce unix - - n - 0 bounce",
        "defer unix - - n - 0 bounce",
        "trace unix - - n - 0 bounce",
        "verify unix - - n - 1 verify",
        "flush unix n - n 1000? 0 flush",
        "smtp unix - - n - - smtp",
        "relay unix - - n - - smtp",
        "error unix - - n - - error",
        "retry unix - - n - - error",
        "anvil unix - - n - 1 anvil",
        "scache unix - - n - 1 scache",
        "proxymap unix - - n - - proxymap",
        "tlsmgr unix - - n 1000? 1 tlsmgr",
        "postlog unix-dgram n - n - 1 postlogd",
    ]
    .iter()
    .map(|line| format!("{line}\n"))
    .collect()
}

/// Dates a file an hour back: Postfix programs wait for a main.cf younger than a second to
/// "cool down".
pub fn date_back(path: &Path) {
    if let Ok(file) = std::fs::File::options().write(true).open(path) {
        let _ = file.set_modified(std::time::SystemTime::now() - std::time::Duration::from_secs(3600));
    }
}

pub fn hostname_realm() -> String {
    saslkit::sasldb::user::default_realm()
}

/// Certificates for TLS tests: a CA, a server leaf for 127.0.0.1 and localhost and a client leaf
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
    make_certificates_for(dir, openssl, "IP:127.0.0.1,DNS:localhost")
}

/// [`make_certificates`] with the server leaf valid for `names` (`IP:…,DNS:…`).
pub fn make_certificates_for(dir: &Path, openssl: &Path, names: &str) -> Certificates {
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
        &format!("subjectAltName={names}\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n"),
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

/// How a child run under limits ended.
#[derive(Debug)]
pub struct Bounded {
    pub code: Option<i32>,
    pub signal: Option<i32>,
    pub timed_out: bool,
    pub stderr: String,
}

/// The exit codes saslkit documents (README "Exit codes").
pub const DOCUMENTED_EXITS: [i32; 15] = [0, 1, 64, 65, 66, 67, 68, 69, 70, 73, 74, 75, 76, 77, 78];

impl Bounded {
    /// Ended by itself, with a documented code: no signal, no panic (101), no hang.
    pub fn assert_orderly(&self, what: &str) {
        assert!(!self.timed_out, "{what}: still running at the deadline");
        assert_eq!(self.signal, None, "{what}: killed by signal {:?}: {}", self.signal, self.stderr);
        let code = self.code.unwrap_or(-1);
        assert!(DOCUMENTED_EXITS.contains(&code), "{what}: exit {code} is not documented: {}", self.stderr);
    }
}

/// Runs `cmd` with `stdin`, an address-space limit (`RLIMIT_AS`, so unbounded growth ends in a
/// failed allocation, not in the machine's memory), no core dumps, and a deadline after which it
/// is killed.
pub fn run_bounded(
    cmd: &mut Command,
    stdin: &[u8],
    address_space: u64,
    deadline: std::time::Duration,
) -> Bounded {
    use std::io::{Read, Write};
    use std::os::unix::process::{CommandExt, ExitStatusExt};
    let limit = libc::rlimit { rlim_cur: address_space, rlim_max: address_space };
    // SAFETY: setrlimit is async-signal-safe; the closure touches nothing else.
    unsafe {
        cmd.pre_exec(move || {
            if libc::setrlimit(libc::RLIMIT_AS, &limit) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            let none = libc::rlimit { rlim_cur: 0, rlim_max: 0 };
            libc::setrlimit(libc::RLIMIT_CORE, &none);
            Ok(())
        });
    }
    let mut child = cmd.stdin(Stdio::piped()).stdout(Stdio::null()).stderr(Stdio::piped()).spawn().unwrap();
    let mut input = child.stdin.take().unwrap();
    let _ = input.write_all(stdin);
    drop(input);
    let mut stderr = child.stderr.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut text = Vec::new();
        let _ = stderr.by_ref().take(64 * 1024).read_to_end(&mut text);
        String::from_utf8_lossy(&text).into_owned()
    });
    let start = std::time::Instant::now();
    let (status, timed_out) = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break (status, false);
        }
        if start.elapsed() > deadline {
            let _ = child.kill();
            break (child.wait().unwrap(), true);
        }
        std::thread::sleep(std::time::Duration::from_millis(2));
    };
    Bounded { code: status.code(), signal: status.signal(), timed_out, stderr: reader.join().unwrap() }
}

/// A small deterministic generator for mutation campaigns (xorshift64*), so a failure can be
/// replayed from its seed.
pub struct Mutator(pub u64);

impl Mutator {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    /// Mutants of `base`, each with a label: every page set to 0x00 and to 0xff, `flips` random
    /// bit-flip sets, `words` random 16/32-bit fields overwritten with 0, 0xff… or noise, and
    /// truncations at `cuts` lengths spread over the first pages.
    pub fn mutants(
        &mut self,
        base: &[u8],
        page: usize,
        flips: usize,
        words: usize,
        cuts: usize,
    ) -> Vec<(String, Vec<u8>)> {
        let mut out = Vec::new();
        for p in 0..base.len() / page {
            for fill in [0x00u8, 0xff] {
                let mut m = base.to_vec();
                m[p * page..(p + 1) * page].fill(fill);
                out.push((format!("page {p} filled with {fill:#04x}"), m));
            }
        }
        for i in 0..flips {
            let mut m = base.to_vec();
            for _ in 0..1 + self.below(4) {
                let at = self.below(m.len());
                m[at] ^= 1 << self.below(8);
            }
            out.push((format!("bit flips #{i}"), m));
        }
        for i in 0..words {
            let mut m = base.to_vec();
            let width = if self.below(2) == 0 { 2 } else { 4 };
            let at = self.below(m.len() - width) & !1;
            let value: [u8; 4] = match self.below(3) {
                0 => [0; 4],
                1 => [0xff; 4],
                _ => (self.next() as u32).to_le_bytes(),
            };
            m[at..at + width].copy_from_slice(&value[..width]);
            out.push((format!("field at {at} overwritten #{i}"), m));
        }
        let span = base.len().min(3 * page);
        for i in 0..cuts {
            let len = i * span / cuts.max(1);
            out.push((format!("truncated to {len} bytes"), base[..len].to_vec()));
        }
        out
    }
}
