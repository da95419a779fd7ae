//! End to end: a private Postfix on 127.0.0.1 relays a message to a local SMTP server that
//! requires AUTH, with credentials from a map saslkit compiled; `map lookup` predicted the key.
//!
//! Packages: postfix, postfix-lmdb, postfix-cdb, libsasl2-modules, python3-aiosmtpd (the AUTH sink).

#![allow(clippy::unwrap_used)]

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant, SystemTime};

use common::peer;
use tempfile::TempDir;

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// Stops the instance and the sink whatever happens to the test.
struct Running {
    postfix: PathBuf,
    conf: PathBuf,
    sink: Option<Child>,
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = Command::new(&self.postfix).arg("-c").arg(&self.conf).arg("stop").output();
        if let Some(mut sink) = self.sink.take() {
            drop(sink.stdin.take());
            let _ = sink.kill();
            let _ = sink.wait();
        }
    }
}

fn python_with_aiosmtpd() -> Option<PathBuf> {
    let python = PathBuf::from("/usr/bin/python3");
    let ok = Command::new(&python).args(["-c", "import aiosmtpd"]).output().is_ok_and(|o| o.status.success());
    if ok {
        return Some(python);
    }
    common::skip_or_fail("python3-aiosmtpd is not installed (apt-get install python3-aiosmtpd)");
    None
}

fn write_config(root: &Path, smtpd_port: u16, sink_port: u16, kind: &str, extra: &str) -> PathBuf {
    let conf = root.join("conf");
    for dir in ["conf", "queue", "data"] {
        std::fs::create_dir_all(root.join(dir)).unwrap();
    }
    let data = root.join("data");
    Command::new("chown").arg("postfix").arg(&data).status().unwrap();
    let root_s = root.display();
    let main_cf = format!(
        "compatibility_level = 3.6\nqueue_directory = {root_s}/queue\ndata_directory = {root_s}/data\n\
         inet_interfaces = 127.0.0.1\ninet_protocols = ipv4\nmyhostname = localhost.test\nmydomain = localhost.test\n\
         myorigin = localhost.test\nmydestination =\nlocal_recipient_maps =\nrelayhost = [127.0.0.1]:{sink_port}\n\
         smtp_sasl_auth_enable = yes\nsmtp_sasl_password_maps = {kind}:{root_s}/conf/sasl_passwd\n\
         smtp_sasl_security_options = noanonymous\nsmtp_tls_security_level = none\nmynetworks = 127.0.0.0/8\n\
         smtpd_relay_restrictions = permit_mynetworks, reject\nsyslog_name = saslkit-e2e-{smtpd_port}\n\
         maillog_file = {root_s}/maillog\nmaillog_file_prefixes = {root_s}\n{extra}"
    );
    let services = [
        ("pickup", "unix", "n", "60", "1", "pickup"),
        ("cleanup", "unix", "n", "-", "0", "cleanup"),
        ("qmgr", "unix", "n", "300", "1", "qmgr"),
        ("rewrite", "unix", "-", "-", "-", "trivial-rewrite"),
        ("bounce", "unix", "-", "-", "0", "bounce"),
        ("defer", "unix", "-", "-", "0", "bounce"),
        ("trace", "unix", "-", "-", "0", "bounce"),
        ("verify", "unix", "-", "-", "1", "verify"),
        ("smtp", "unix", "-", "-", "-", "smtp"),
        ("relay", "unix", "-", "-", "-", "smtp"),
        ("error", "unix", "-", "-", "-", "error"),
        ("retry", "unix", "-", "-", "-", "error"),
        ("anvil", "unix", "-", "-", "1", "anvil"),
        ("scache", "unix", "-", "-", "1", "scache"),
        ("proxymap", "unix", "-", "-", "-", "proxymap"),
        ("postlog", "unix-dgram", "n", "-", "1", "postlogd"),
    ];
    let mut master_cf = format!("127.0.0.1:{smtpd_port} inet n - n - - smtpd\n");
    for (name, kind, private, wakeup, limit, command) in services {
        master_cf.push_str(&format!("{name} {kind} {private} - n {wakeup} {limit} {command}\n"));
    }
    for (file, text) in [("main.cf", main_cf), ("master.cf", master_cf)] {
        let path = conf.join(file);
        std::fs::write(&path, text).unwrap();
        // Postfix waits for a main.cf younger than a second to "cool down".
        std::fs::File::options()
            .write(true)
            .open(&path)
            .unwrap()
            .set_modified(SystemTime::now() - Duration::from_secs(3600))
            .unwrap();
    }
    conf
}

fn start_sink(python: &Path, port: u16, log: &Path) -> Child {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/auth_sink.py");
    let mut sink = Command::new(python)
        .arg(script)
        .arg(port.to_string())
        .arg(log)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(sink.stdout.take().unwrap()).read_line(&mut line).unwrap();
    assert_eq!(line.trim(), "ready");
    sink
}

/// Postfix, Python with aiosmtpd, root, and a private folder others may traverse; `None` (the
/// test skips, or fails under SASLKIT_REQUIRE_PEERS) when one is missing.
fn prerequisites() -> Option<(PathBuf, PathBuf, TempDir)> {
    let postfix = peer("postfix")?;
    let python = python_with_aiosmtpd()?;
    if unsafe { libc::geteuid() } != 0 {
        common::skip_or_fail("starting a private Postfix needs root");
        return None;
    }
    let dir = TempDir::new().unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o711)).unwrap();
    Some((postfix, python, dir))
}

/// Starts the sink and the private Postfix, submits one mail and waits for its delivery; returns
/// the sink's record of how the relay authenticated. Both are stopped before it returns.
fn relay_one_mail(
    postfix: &Path,
    python: &Path,
    conf: &Path,
    root: &Path,
    (smtpd_port, sink_port): (u16, u16),
) -> serde_json::Value {
    let log = root.join("sink.log");
    let mut running = Running { postfix: postfix.to_path_buf(), conf: conf.to_path_buf(), sink: None };
    running.sink = Some(start_sink(python, sink_port, &log));
    let started = Command::new(postfix).arg("-c").arg(conf).arg("start").output().unwrap();
    assert!(started.status.success(), "postfix start: {}", String::from_utf8_lossy(&started.stderr));
    submit(smtpd_port);
    let events = wait_for_delivery(&log, &root.join("maillog"));
    events.into_iter().find(|e| e["event"] == "auth").expect("the relay authenticated")
}

/// A plain SMTP submission to the private smtpd.
fn submit(port: u16) {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    let reply = |stream: &mut TcpStream, send: &str| {
        if !send.is_empty() {
            stream.write_all(send.as_bytes()).unwrap();
        }
        let mut buf = [0u8; 4096];
        let n = stream.read(&mut buf).unwrap();
        let text = String::from_utf8_lossy(&buf[..n]).into_owned();
        assert!(text.starts_with('2') || text.starts_with('3'), "after {send:?}: {text}");
    };
    reply(&mut stream, "");
    for command in [
        "EHLO test.example\r\n",
        "MAIL FROM:<sender@localhost.test>\r\n",
        "RCPT TO:<rcpt@remote.example>\r\n",
        "DATA\r\n",
    ] {
        reply(&mut stream, command);
    }
    reply(&mut stream, "Subject: saslkit e2e\r\n\r\nhello\r\n.\r\n");
    let _ = stream.write_all(b"QUIT\r\n");
}

fn wait_for_delivery(log: &Path, maillog: &Path) -> Vec<serde_json::Value> {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let events: Vec<serde_json::Value> = std::fs::read_to_string(log)
            .unwrap_or_default()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        if events.iter().any(|e| e["event"] == "data") {
            return events;
        }
        assert!(
            Instant::now() < deadline,
            "no delivery; Postfix log:\n{}",
            std::fs::read_to_string(maillog).unwrap_or_default()
        );
        std::thread::sleep(Duration::from_millis(200));
    }
}

#[test]
fn postfix_relays_with_credentials_from_a_saslkit_map() {
    relays_with("lmdb");
}

/// Issue 12: the same relay with a hash:, a btree: and a cdb: map saslkit compiled.
#[test]
fn postfix_relays_with_credentials_from_a_saslkit_hash_map() {
    relays_with("hash");
}

#[test]
fn postfix_relays_with_credentials_from_a_saslkit_btree_map() {
    relays_with("btree");
}

#[test]
fn postfix_relays_with_credentials_from_a_saslkit_cdb_map() {
    relays_with("cdb");
}

fn relays_with(kind: &str) {
    let Some((postfix, python, dir)) = prerequisites() else { return };
    let root = dir.path();
    let (smtpd_port, sink_port) = (free_port(), free_port());
    let conf = write_config(root, smtpd_port, sink_port, kind, "");
    // Postfix tries the connected host's name (127.0.0.1) before the next hop ([127.0.0.1]:port).
    let source = conf.join("sasl_passwd");
    std::fs::write(
        &source,
        format!("[127.0.0.1]:{sink_port} nexthopuser:nexthop-pw\n127.0.0.1 hostuser:ho:st#pw\n"),
    )
    .unwrap();
    std::fs::set_permissions(&source, std::fs::Permissions::from_mode(0o600)).unwrap();
    let map = format!("{kind}:{}", source.display());
    let saslkit = || assert_cmd::Command::new(common::saslkit_bin());
    saslkit().args(["map", "compile", "-c"]).arg(&conf).arg(&map).assert().success();
    let prediction = saslkit()
        .args(["map", "lookup", "-c"])
        .arg(&conf)
        .args([&map, "--nexthop", &format!("[127.0.0.1]:{sink_port}"), "--format", "json"])
        .output()
        .unwrap();
    let prediction: serde_json::Value = serde_json::from_slice(&prediction.stdout).unwrap();
    assert_eq!(prediction["matched"]["key"], "127.0.0.1");

    let auth = relay_one_mail(&postfix, &python, &conf, root, (smtpd_port, sink_port));
    assert_eq!(auth["login"], prediction["matched"]["user"]);
    assert_eq!(auth["login"], "hostuser");
    assert_eq!(auth["password"], "ho:st#pw");
}

/// Issue 12: sender-dependent authentication from main.cf alone. relayhost points at a port where
/// nothing listens; sender_dependent_relayhost_maps (an lmdb: map) sends the sender's mail to the
/// sink, and smtp_sasl_password_maps (a hash: map) has credentials for the sender itself.
/// `saslkit map compile` with no file compiles both maps, `map lookup --sender` predicts the next
/// hop and the login, and the real Postfix relays with exactly those.
/// Packages: postfix, postfix-lmdb, python3-aiosmtpd.
#[test]
fn postfix_relays_with_sender_dependent_credentials_found_from_main_cf() {
    let Some((postfix, python, dir)) = prerequisites() else { return };
    let root = dir.path();
    let (smtpd_port, sink_port, dead_port) = (free_port(), free_port(), free_port());
    let extra = format!(
        "smtp_sender_dependent_authentication = yes\n\
         sender_dependent_relayhost_maps = lmdb:{}/conf/sender_relay\n",
        root.display()
    );
    let conf = write_config(root, smtpd_port, dead_port, "hash", &extra);
    std::fs::write(conf.join("sender_relay"), format!("@localhost.test [127.0.0.1]:{sink_port}\n")).unwrap();
    std::fs::write(
        conf.join("sasl_passwd"),
        format!(
            "[127.0.0.1]:{sink_port} nexthopuser:nexthop-pw\n127.0.0.1 hostuser:host-pw\n\
             sender@localhost.test senderuser:sender-pw\n"
        ),
    )
    .unwrap();
    for name in ["sender_relay", "sasl_passwd"] {
        std::fs::set_permissions(conf.join(name), std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    let saslkit = || assert_cmd::Command::new(common::saslkit_bin());
    saslkit().args(["map", "compile", "-c"]).arg(&conf).assert().success();
    assert!(conf.join("sasl_passwd.db").exists() && conf.join("sender_relay.lmdb").exists());
    let prediction = saslkit()
        .args(["map", "lookup", "-c"])
        .arg(&conf)
        .args(["--sender", "sender@localhost.test", "--format", "json"])
        .output()
        .unwrap();
    assert!(prediction.status.success(), "{}", String::from_utf8_lossy(&prediction.stderr));
    let prediction: serde_json::Value = serde_json::from_slice(&prediction.stdout).unwrap();
    assert_eq!(prediction["matched"]["key"], "sender@localhost.test", "{prediction}");
    assert!(prediction["notes"].to_string().contains("sender_dependent_relayhost_maps"), "{prediction}");
    // `map check` alone reads both lists; the relay map's values are no credentials to lint.
    let check = saslkit().args(["map", "check", "--format", "json", "-c"]).arg(&conf).output().unwrap();
    let reports: serde_json::Value = serde_json::from_slice(&check.stdout).unwrap();
    assert_eq!(reports.as_array().unwrap().len(), 2, "{reports}");
    assert_eq!(reports[1]["list"], "sender_dependent_relayhost_maps");
    assert_eq!(check.status.code(), Some(0), "{reports}");

    let auth = relay_one_mail(&postfix, &python, &conf, root, (smtpd_port, sink_port));
    assert_eq!(auth["login"], prediction["matched"]["user"]);
    assert_eq!(auth["login"], "senderuser");
    assert_eq!(auth["password"], "sender-pw");
}
