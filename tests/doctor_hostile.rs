//! `saslkit doctor` against hostile input: main.cf, master.cf and smtpd.conf mutated in bounded,
//! seeded ways (bit flips, truncation at every length, huge lines, `$name` cycles), a FIFO where
//! the sasldb should be, and saslauthd and Dovecot auth sockets served by scripted servers that
//! stay silent, flood, or answer garbage. Each run ends with a documented exit code, under an
//! address-space limit and a deadline: never a signal, a panic, a hang or unbounded memory.
//!
//! Packages: none (with postconf installed, it is used; without it, the files are read alone).

#![allow(clippy::unwrap_used)]

mod common;

use std::io::{Read, Write};
use std::os::unix::net::UnixListener;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use common::{run_bounded, saslkit_bin, Mutator};

const MEMORY: u64 = 1 << 30;
const DEADLINE: Duration = Duration::from_secs(20);

fn doctor(conf: &Path, extra: &[&str]) -> common::Bounded {
    let mut cmd = Command::new(saslkit_bin());
    cmd.args(["doctor", "-c"]).arg(conf).args(["--format", "json", "--timeout", "2"]).args(extra).env_clear();
    run_bounded(&mut cmd, b"", MEMORY, DEADLINE)
}

/// A configuration folder with a main.cf, a master.cf and a Cyrus smtpd.conf naming `sasldb`.
fn config(dir: &Path, smtpd_conf: &str) -> PathBuf {
    let conf = dir.join("conf");
    std::fs::create_dir_all(conf.join("sasl")).unwrap();
    write_dated(
        &conf.join("main.cf"),
        b"smtpd_sasl_auth_enable = yes\nsmtpd_sasl_local_domain = $mydomain\nmydomain = example.com\n\
         smtpd_tls_auth_only = yes\nsmtp_sasl_auth_enable = yes\nrelayhost = [127.0.0.1]:1\n",
    );
    std::fs::write(
        conf.join("master.cf"),
        "smtp inet n - n - - smtpd\nsubmission inet n - n - - smtpd\n  -o syslog_name=postfix/submission\n  -o smtpd_sasl_auth_enable=yes\n",
    )
    .unwrap();
    std::fs::write(conf.join("sasl/smtpd.conf"), smtpd_conf).unwrap();
    conf
}

/// Mutants of one text file: bit flips, overwritten bytes, every truncation, a huge line.
fn text_mutants(base: &[u8], seed: u64) -> Vec<(String, Vec<u8>)> {
    let mut m = Mutator(seed);
    let mut out = Vec::new();
    for i in 0..40 {
        let mut bytes = base.to_vec();
        for _ in 0..1 + m.below(6) {
            let at = m.below(bytes.len());
            bytes[at] ^= 1 << m.below(8);
        }
        out.push((format!("bit flips #{i}"), bytes));
    }
    for i in 0..20 {
        let mut bytes = base.to_vec();
        let at = m.below(bytes.len());
        bytes[at] = [b'\n', b' ', b'=', b'$', b'{', b'}', b':', b'\0', 0xff][m.below(9)];
        out.push((format!("byte overwritten #{i}"), bytes));
    }
    for len in 0..base.len() {
        out.push((format!("truncated to {len}"), base[..len].to_vec()));
    }
    let mut huge = base.to_vec();
    huge.extend(std::iter::repeat_n(b'a', 2 << 20));
    out.push(("a 2 MiB line".into(), huge));
    out
}

/// Writes a file dated an hour back: postconf waits for a main.cf younger than a second.
fn write_dated(path: &Path, bytes: &[u8]) {
    std::fs::write(path, bytes).unwrap();
    let file = std::fs::File::options().write(true).open(path).unwrap();
    file.set_modified(std::time::SystemTime::now() - Duration::from_secs(3600)).unwrap();
}

fn campaign(file: &Path, conf: &Path, mutants: Vec<(String, Vec<u8>)>) -> usize {
    let original = std::fs::read(file).unwrap();
    let count = mutants.len();
    for (label, bytes) in mutants {
        write_dated(file, &bytes);
        doctor(conf, &[]).assert_orderly(&format!("{} {label}", file.display()));
    }
    std::fs::write(file, original).unwrap();
    count
}

#[test]
fn mutated_configuration_files_never_crash_doctor() {
    let dir = tempfile::tempdir().unwrap();
    let sasldb = dir.path().join("sasldb2");
    common::saslkit(&sasldb)
        .args(["user", "add", "alice@example.com", "--password-stdin"])
        .write_stdin("pw\n")
        .assert()
        .success();
    let conf = config(
        dir.path(),
        &format!(
            "pwcheck_method: auxprop\nauxprop_plugin: sasldb\nsasldb_path: {}\nmech_list: PLAIN CRAM-MD5\n",
            sasldb.display()
        ),
    );
    let mut total = 0;
    for (name, seed) in [("main.cf", 1), ("master.cf", 2), ("sasl/smtpd.conf", 3)] {
        let file = conf.join(name);
        let base = std::fs::read(&file).unwrap();
        total += campaign(&file, &conf, text_mutants(&base, seed));
    }
    assert!(total > 300, "{total} mutants");
}

#[test]
fn expansion_cycles_and_a_garbage_main_cf_end_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let conf = config(dir.path(), "pwcheck_method: auxprop\n");
    for main in [
        "a = $b\nb = $a\nsmtpd_sasl_local_domain = $a\nsmtpd_sasl_auth_enable = yes\n",
        "a = $a$a$a$a$a$a$a$a\nsmtpd_sasl_local_domain = ${a}\n",
        "\u{0}\u{1}\u{2} = \u{ff}\n",
        "=\n",
    ] {
        write_dated(&conf.join("main.cf"), main.as_bytes());
        let run = doctor(&conf, &[]);
        run.assert_orderly(&format!("main.cf {main:?}"));
    }
    // A FIFO as main.cf is refused, not waited on.
    std::fs::remove_file(conf.join("main.cf")).unwrap();
    let fifo = std::ffi::CString::new(conf.join("main.cf").to_str().unwrap()).unwrap();
    assert_eq!(unsafe { libc::mkfifo(fifo.as_ptr(), 0o644) }, 0);
    let run = doctor(&conf, &[]);
    run.assert_orderly("FIFO main.cf");
    assert_ne!(run.code, Some(0));
}

/// A FIFO where the sasldb should be: named, never opened for a blocking read.
#[test]
fn a_fifo_sasldb_is_named_not_waited_on() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("sasldb2");
    let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0);
    let conf = config(
        dir.path(),
        &format!("pwcheck_method: auxprop\nauxprop_plugin: sasldb\nsasldb_path: {}\n", fifo.display()),
    );
    let run = doctor(&conf, &["server"]);
    run.assert_orderly("FIFO sasldb");
    assert_eq!(run.code, Some(1), "{}", run.stderr);
}

/// How a scripted server treats a client.
type Behaviour = fn(std::os::unix::net::UnixStream);

/// A scripted server on a UNIX socket: `answer` gets the stream once a client connects.
fn serve(socket: &Path, answer: Behaviour) {
    let listener = UnixListener::bind(socket).unwrap();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            std::thread::spawn(move || answer(stream));
        }
    });
}

fn silent(stream: std::os::unix::net::UnixStream) {
    std::thread::sleep(Duration::from_secs(30));
    drop(stream);
}

fn flood(mut stream: std::os::unix::net::UnixStream) {
    let line = vec![b'x'; 64 * 1024];
    while stream.write_all(&line).is_ok() {}
}

fn garbage(mut stream: std::os::unix::net::UnixStream) {
    let mut buf = [0u8; 64];
    let _ = stream.read(&mut buf);
    let _ = stream.write_all(b"\xff\xffNO\n220 not saslauthd\r\n");
}

fn lines_forever(mut stream: std::os::unix::net::UnixStream) {
    while stream.write_all(b"MECH\tPLAIN\tplaintext\n").is_ok() {}
}

#[test]
fn hostile_saslauthd_and_dovecot_sockets_never_hang_doctor() {
    let servers: [(&str, Behaviour); 4] =
        [("silent", silent), ("flood", flood), ("garbage", garbage), ("lines", lines_forever)];
    for (name, answer) in servers {
        let dir = tempfile::tempdir().unwrap();
        let socket = dir.path().join("mux");
        serve(&socket, answer);
        let conf = config(
            dir.path(),
            &format!("pwcheck_method: saslauthd\nsaslauthd_path: {}\nmech_list: PLAIN\n", socket.display()),
        );
        let run = doctor(&conf, &["server"]);
        run.assert_orderly(&format!("saslauthd {name}"));
        assert_eq!(run.code, Some(1), "saslauthd {name}: {}", run.stderr);
        // The same server as Dovecot's auth service.
        let main = std::fs::read_to_string(conf.join("main.cf")).unwrap();
        write_dated(
            &conf.join("main.cf"),
            format!("{main}smtpd_sasl_type = dovecot\nsmtpd_sasl_path = {}\n", socket.display()).as_bytes(),
        );
        let run = doctor(&conf, &["server"]);
        run.assert_orderly(&format!("dovecot {name}"));
        assert_eq!(run.code, Some(1), "dovecot {name}: {}", run.stderr);
    }
}
