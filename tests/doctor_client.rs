//! `saslkit doctor client` against a real private Postfix relaying to a local SMTP server that
//! requires AUTH, each test broken in exactly one way: (1) Postfix really defers the mail, with the
//! log line that says why (`soft_bounce = yes` turns the relay's 5xx into a deferral, so the mail
//! waits in the queue), (2) doctor reports that finding id and nothing else fails, (3) after the
//! fix doctor printed, the queued mail is delivered on a flush and doctor exits 0.
//!
//! Packages: postfix, libsasl2-modules (the Cyrus client's PLAIN and LOGIN), python3-aiosmtpd (the
//! relay), openssl (its certificate).

#![allow(clippy::unwrap_used)]

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant, SystemTime};

use common::peer;
use serde_json::Value;
use tempfile::TempDir;

const RIGHT: &str = "right-pw";

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

fn dated(path: &Path, age: Duration) {
    if let Ok(file) = std::fs::File::options().write(true).open(path) {
        let _ = file.set_modified(SystemTime::now() - age);
    }
}

/// How the relay and the client are set up before Postfix starts.
struct Setup {
    main: Vec<String>,
    /// The source of the password map; `{relay}` stands for `[127.0.0.1]:PORT`.
    passwd: String,
    compile: bool,
    /// The relay accepts only this password.
    relay_password: Option<&'static str>,
    /// The relay offers STARTTLS and AUTH only after it.
    relay_tls: bool,
}

struct Lab {
    _dir: TempDir,
    root: PathBuf,
    conf: PathBuf,
    postfix: PathBuf,
    sink: Child,
    sink_log: PathBuf,
    relay: String,
}

impl Drop for Lab {
    fn drop(&mut self) {
        let _ = Command::new(&self.postfix).arg("-c").arg(&self.conf).arg("stop").output();
        drop(self.sink.stdin.take());
        let _ = self.sink.kill();
        let _ = self.sink.wait();
    }
}

impl Lab {
    fn start(change: impl FnOnce(&mut Setup)) -> Option<Lab> {
        let postfix = peer("postfix")?;
        let openssl = peer("openssl")?;
        let python = PathBuf::from("/usr/bin/python3");
        if !Command::new(&python).args(["-c", "import aiosmtpd"]).output().is_ok_and(|o| o.status.success()) {
            common::skip_or_fail("python3-aiosmtpd is not installed (apt-get install python3-aiosmtpd)");
            return None;
        }
        if unsafe { libc::geteuid() } != 0 {
            common::skip_or_fail("starting a private Postfix needs root");
            return None;
        }
        let mut setup = Setup {
            main: Vec::new(),
            passwd: format!("{{relay}} alice:{RIGHT}\n"),
            compile: true,
            relay_password: Some(RIGHT),
            relay_tls: false,
        };
        change(&mut setup);
        let dir = TempDir::new().unwrap();
        let root = dir.path().to_path_buf();
        std::fs::set_permissions(&root, std::fs::Permissions::from_mode(0o711)).unwrap();
        for sub in ["conf", "queue", "data"] {
            std::fs::create_dir_all(root.join(sub)).unwrap();
        }
        Command::new("chown").arg("postfix").arg(root.join("data")).status().unwrap();
        let (smtpd_port, sink_port) = (free_port(), free_port());
        let relay = format!("[127.0.0.1]:{sink_port}");
        let sink_log = root.join("sink.log");
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/auth_sink.py");
        let mut sink = Command::new(&python);
        sink.arg(script).arg(sink_port.to_string()).arg(&sink_log);
        if let Some(password) = setup.relay_password {
            sink.args(["--password", password]);
        }
        if setup.relay_tls {
            let certs = common::make_certificates(&root, &openssl);
            sink.arg("--tls").arg(&certs.leaf).arg(&certs.leaf_key);
        }
        let mut sink =
            sink.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::null()).spawn().unwrap();
        let mut line = String::new();
        BufReader::new(sink.stdout.take().unwrap()).read_line(&mut line).unwrap();
        assert_eq!(line.trim(), "ready");
        let conf = root.join("conf");
        let r = root.display();
        let mut main = format!(
            "compatibility_level = 3.6\nqueue_directory = {r}/queue\ndata_directory = {r}/data\n\
             inet_interfaces = 127.0.0.1\ninet_protocols = ipv4\nmyhostname = localhost.test\nmydomain = localhost.test\n\
             myorigin = localhost.test\nmydestination =\nlocal_recipient_maps =\nrelayhost = {relay}\n\
             smtp_sasl_auth_enable = yes\nsmtp_sasl_password_maps = hash:{r}/conf/sasl_passwd\n\
             smtp_sasl_security_options = noanonymous\nsmtp_tls_security_level = none\nmynetworks = 127.0.0.0/8\n\
             smtpd_relay_restrictions = permit_mynetworks, reject\nsyslog_name = saslkit-doctor-client-{smtpd_port}\n\
             maillog_file = {r}/maillog\nmaillog_file_prefixes = {r}\nsoft_bounce = yes\ntransport_retry_time = 1s\n"
        );
        for extra in &setup.main {
            main.push_str(extra);
            main.push('\n');
        }
        let mut master = format!("127.0.0.1:{smtpd_port} inet n - n - - smtpd\n");
        master.push_str(&common::postfix_services());
        std::fs::write(conf.join("main.cf"), main).unwrap();
        std::fs::write(conf.join("master.cf"), master).unwrap();
        let source = conf.join("sasl_passwd");
        std::fs::write(&source, setup.passwd.replace("{relay}", &relay)).unwrap();
        std::fs::set_permissions(&source, std::fs::Permissions::from_mode(0o600)).unwrap();
        let lab = Lab { _dir: dir, root, conf, postfix, sink, sink_log, relay };
        if setup.compile {
            lab.compile();
        }
        lab.date_back();
        let started = Command::new(&lab.postfix).arg("-c").arg(&lab.conf).arg("start").output().unwrap();
        assert!(started.status.success(), "postfix start: {}", String::from_utf8_lossy(&started.stderr));
        for _ in 0..100 {
            if TcpStream::connect(("127.0.0.1", smtpd_port)).is_ok() {
                lab.submit(smtpd_port);
                return Some(lab);
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("the private Postfix did not listen on {smtpd_port}");
    }

    fn source(&self) -> PathBuf {
        self.conf.join("sasl_passwd")
    }

    fn compile(&self) {
        let map = format!("hash:{}", self.source().display());
        let out = Command::new(common::saslkit_bin())
            .args(["map", "compile", "-c"])
            .arg(&self.conf)
            .arg(&map)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }

    fn date_back(&self) {
        dated(&self.conf.join("main.cf"), Duration::from_secs(3600));
        dated(&self.conf.join("master.cf"), Duration::from_secs(3600));
    }

    /// One mail for the relay, submitted to the private smtpd.
    fn submit(&self, port: u16) {
        let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
        stream.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
        let mut reply = |send: &str| {
            if !send.is_empty() {
                stream.write_all(send.as_bytes()).unwrap();
            }
            let mut buf = [0u8; 4096];
            let n = stream.read(&mut buf).unwrap();
            let text = String::from_utf8_lossy(&buf[..n]).into_owned();
            assert!(text.starts_with('2') || text.starts_with('3'), "after {send:?}: {text}");
        };
        for command in [
            "",
            "EHLO test.example\r\n",
            "MAIL FROM:<sender@localhost.test>\r\n",
            "RCPT TO:<rcpt@remote.example>\r\n",
            "DATA\r\n",
        ] {
            reply(command);
        }
        reply("Subject: doctor\r\n\r\nhello\r\n.\r\n");
        let _ = stream.write_all(b"QUIT\r\n");
    }

    fn maillog(&self) -> String {
        std::fs::read_to_string(self.root.join("maillog")).unwrap_or_default()
    }

    fn delivered(&self) -> bool {
        std::fs::read_to_string(&self.sink_log)
            .unwrap_or_default()
            .lines()
            .any(|l| l.contains("\"event\": \"data\""))
    }

    /// The mail is deferred with a log line containing `why`, and not delivered.
    fn deferred_because(&self, why: &str) {
        let deadline = Instant::now() + Duration::from_secs(30);
        while !self
            .maillog()
            .lines()
            .any(|l| (l.contains("status=deferred") || l.contains("status=SOFTBOUNCE")) && l.contains(why))
        {
            assert!(Instant::now() < deadline, "no deferral with {why:?}; log:\n{}", self.maillog());
            std::thread::sleep(Duration::from_millis(200));
        }
        assert!(!self.delivered());
    }

    /// After a fix: flush the queue; the mail is delivered.
    fn delivered_after_flush(&self) {
        self.date_back();
        let reload = Command::new(&self.postfix).arg("-c").arg(&self.conf).arg("reload").output().unwrap();
        assert!(reload.status.success(), "{}", String::from_utf8_lossy(&reload.stderr));
        let deadline = Instant::now() + Duration::from_secs(40);
        let mut next_flush = Instant::now();
        while !self.delivered() {
            if Instant::now() >= next_flush {
                let _ = Command::new("postqueue").arg("-c").arg(&self.conf).arg("-f").output();
                next_flush = Instant::now() + Duration::from_secs(3);
            }
            assert!(Instant::now() < deadline, "not delivered after the fix; log:\n{}", self.maillog());
            std::thread::sleep(Duration::from_millis(200));
        }
    }

    fn doctor(&self, live: bool) -> (Option<i32>, Value, String) {
        let mut cmd = Command::new(common::saslkit_bin());
        cmd.args(["doctor", "client", "-c"])
            .arg(&self.conf)
            .args(["--format", "json", "--timeout", "5"])
            .env_clear();
        if live {
            cmd.arg("--live");
        }
        let out = cmd.output().unwrap();
        let json = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
        (out.status.code(), json, String::from_utf8_lossy(&out.stderr).into_owned())
    }

    /// Exactly `failing` fail; any warning is in `warnings`; exit 1 (0 when none fails).
    fn diagnosed(&self, live: bool, failing: &[&str], warnings: &[&str]) -> Vec<Value> {
        let (code, json, stderr) = self.doctor(live);
        let findings = json["findings"].as_array().cloned().unwrap_or_default();
        let mut fails: Vec<&str> =
            findings.iter().filter(|f| f["severity"] == "fail").map(|f| f["id"].as_str().unwrap()).collect();
        fails.sort();
        let mut expected = failing.to_vec();
        expected.sort();
        assert_eq!(fails, expected, "{json:#} {stderr}");
        for warned in findings.iter().filter(|f| f["severity"] == "warn") {
            assert!(warnings.contains(&warned["id"].as_str().unwrap()), "unexpected warning: {json:#}");
        }
        assert_eq!(code, Some(if failing.is_empty() { 0 } else { 1 }), "{json:#} {stderr}");
        findings
    }

    /// Runs the printed command of the finding `id`.
    fn apply(&self, findings: &[Value], id: &str) {
        let finding =
            findings.iter().find(|f| f["id"] == id).unwrap_or_else(|| panic!("no {id}: {findings:#?}"));
        let command =
            finding["command"].as_str().unwrap_or_else(|| panic!("{id} has no command: {finding:#}"));
        let bin_dir = common::saslkit_bin().parent().unwrap().to_path_buf();
        let out = Command::new("sh")
            .args(["-c", command])
            .env("PATH", format!("{}:/usr/sbin:/usr/bin:/sbin:/bin", bin_dir.display()))
            .output()
            .unwrap();
        assert!(out.status.success(), "{command}: {}", String::from_utf8_lossy(&out.stderr));
    }
}

fn finding<'a>(findings: &'a [Value], id: &str) -> &'a Value {
    findings.iter().find(|f| f["id"] == id).unwrap_or_else(|| panic!("no {id} in {findings:#?}"))
}

#[test]
fn a_working_relay_passes_and_live_authenticates() {
    let Some(lab) = Lab::start(|_| {}) else { return };
    let deadline = Instant::now() + Duration::from_secs(30);
    while !lab.delivered() {
        assert!(Instant::now() < deadline, "not delivered; log:\n{}", lab.maillog());
        std::thread::sleep(Duration::from_millis(200));
    }
    // Without TLS to the relay: a warning, not a failure.
    let findings = lab.diagnosed(false, &[], &["client-plaintext-no-tls"]);
    assert_eq!(finding(&findings, "client-plaintext-no-tls")["subject"], lab.relay.as_str());
    let findings = lab.diagnosed(true, &[], &["client-plaintext-no-tls"]);
    assert_eq!(finding(&findings, "client-auth-ok")["severity"], "ok");
}

#[test]
fn client_auth_disabled() {
    let Some(lab) = Lab::start(|s| s.main.push("smtp_sasl_auth_enable = no".into())) else { return };
    lab.deferred_because("Authentication required");
    let findings = lab.diagnosed(false, &["client-auth-disabled"], &["client-plaintext-no-tls"]);
    lab.apply(&findings, "client-auth-disabled");
    lab.delivered_after_flush();
    lab.diagnosed(false, &[], &["client-plaintext-no-tls"]);
}

#[test]
fn client_map_missing() {
    let Some(lab) = Lab::start(|s| s.compile = false) else { return };
    lab.deferred_because("");
    assert!(lab.maillog().contains("sasl_passwd.db"), "{}", lab.maillog());
    let findings = lab.diagnosed(false, &["client-map-missing"], &[]);
    lab.apply(&findings, "client-map-missing");
    lab.delivered_after_flush();
    lab.diagnosed(false, &[], &["client-plaintext-no-tls"]);
}

#[test]
fn client_map_stale() {
    let Some(lab) = Lab::start(|s| s.passwd = "{relay} alice:old-pw\n".into()) else { return };
    lab.deferred_because("SASL authentication failed");
    // The password was corrected in the source, and never compiled.
    std::fs::write(lab.source(), format!("{} alice:{RIGHT}\n", lab.relay)).unwrap();
    dated(Path::new(&format!("{}.db", lab.source().display())), Duration::from_secs(600));
    let findings = lab.diagnosed(false, &["client-map-stale"], &["client-plaintext-no-tls"]);
    lab.apply(&findings, "client-map-stale");
    lab.delivered_after_flush();
    lab.diagnosed(false, &[], &["client-plaintext-no-tls"]);
}

/// A source put back with an old date (a restore, `cp -p`): older than the map, yet not what it
/// holds. The records are compared, never shown.
#[test]
fn client_map_stale_records_differ() {
    let Some(lab) = Lab::start(|s| s.passwd = "{relay} alice:old-pw\n".into()) else { return };
    lab.deferred_because("SASL authentication failed");
    std::fs::write(lab.source(), format!("{} alice:{RIGHT}\n", lab.relay)).unwrap();
    dated(&lab.source(), Duration::from_secs(7200));
    let findings = lab.diagnosed(false, &["client-map-stale"], &["client-plaintext-no-tls"]);
    let message = finding(&findings, "client-map-stale")["message"].as_str().unwrap().to_string();
    assert!(message.contains("line 1 differs") && !message.contains(RIGHT), "{message}");
    lab.apply(&findings, "client-map-stale");
    lab.delivered_after_flush();
    lab.diagnosed(false, &[], &["client-plaintext-no-tls"]);
}

#[test]
fn client_map_perms() {
    let Some(lab) = Lab::start(|_| {}) else { return };
    let map = PathBuf::from(format!("{}.db", lab.source().display()));
    for file in [lab.source(), map.clone()] {
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
    }
    // Postfix relays all the same: the passwords are merely exposed.
    let deadline = Instant::now() + Duration::from_secs(30);
    while !lab.delivered() {
        assert!(Instant::now() < deadline, "not delivered; log:\n{}", lab.maillog());
        std::thread::sleep(Duration::from_millis(200));
    }
    let findings = lab.diagnosed(false, &[], &["client-map-perms", "client-plaintext-no-tls"]);
    let message = finding(&findings, "client-map-perms")["message"].as_str().unwrap().to_string();
    assert!(message.contains("0644"), "{message}");
    lab.apply(&findings, "client-map-perms");
    use std::os::unix::fs::MetadataExt;
    assert_eq!(std::fs::metadata(&map).unwrap().mode() & 0o777, 0o600);
    let findings = lab.diagnosed(false, &[], &["client-plaintext-no-tls"]);
    assert!(findings.iter().all(|f| f["id"] != "client-map-perms"));
}

#[test]
fn client_no_entry() {
    let Some(lab) = Lab::start(|s| s.passwd = format!("[smtp.other.example]:587 alice:{RIGHT}\n")) else {
        return;
    };
    lab.deferred_because("Authentication required");
    let findings = lab.diagnosed(false, &["client-no-entry"], &[]);
    let fix = finding(&findings, "client-no-entry")["fix"].as_str().unwrap().to_string();
    assert!(fix.contains(&format!("`{} USER:PASSWORD`", lab.relay)), "{fix}");
    // The line the fix names, with the real credentials, then compiled.
    let mut source = std::fs::read_to_string(lab.source()).unwrap();
    source.push_str(&format!("{} alice:{RIGHT}\n", lab.relay));
    std::fs::write(lab.source(), source).unwrap();
    lab.compile();
    lab.delivered_after_flush();
    lab.diagnosed(false, &[], &["client-plaintext-no-tls"]);
}

#[test]
fn client_no_mechanism() {
    // Postfix's default security options forbid PLAIN and LOGIN, all the relay offers.
    let Some(lab) =
        Lab::start(|s| s.main.push("smtp_sasl_security_options = noplaintext, noanonymous".into()))
    else {
        return;
    };
    lab.deferred_because("no mechanism available");
    let findings = lab.diagnosed(true, &["client-no-mechanism"], &[]);
    lab.apply(&findings, "client-no-mechanism");
    lab.delivered_after_flush();
    lab.diagnosed(true, &[], &["client-plaintext-no-tls"]);
}

#[test]
fn client_plaintext_no_tls() {
    // The relay takes AUTH only after STARTTLS; Postfix never starts TLS.
    let Some(lab) = Lab::start(|s| s.relay_tls = true) else { return };
    lab.deferred_because("Authentication required");
    let findings = lab.diagnosed(true, &["client-plaintext-no-tls"], &[]);
    lab.apply(&findings, "client-plaintext-no-tls");
    lab.delivered_after_flush();
    lab.diagnosed(true, &[], &[]);
}

#[test]
fn client_auth_rejected() {
    let Some(lab) = Lab::start(|s| s.passwd = "{relay} alice:wrong-pw\n".into()) else { return };
    lab.deferred_because("SASL authentication failed");
    let findings = lab.diagnosed(true, &["client-auth-rejected"], &["client-plaintext-no-tls"]);
    let message = finding(&findings, "client-auth-rejected")["message"].as_str().unwrap().to_string();
    assert!(message.contains("535") && !message.contains("wrong-pw"), "{message}");
    std::fs::write(lab.source(), format!("{} alice:{RIGHT}\n", lab.relay)).unwrap();
    lab.compile();
    lab.delivered_after_flush();
    lab.diagnosed(true, &[], &["client-plaintext-no-tls"]);
}
