//! `saslkit doctor server` against a real private Postfix with real Cyrus SASL, each test broken in
//! exactly one way: (1) a real client (saslkit probe, checked against swaks in the baseline) fails,
//! (2) doctor reports that finding id and nothing else fails, (3) after running the fix command
//! doctor printed (and `postfix reload`), the client succeeds and doctor exits 0.
//!
//! Packages: postfix, sasl2-bin (saslpasswd2), libsasl2-modules (PLAIN, LOGIN, CRAM-MD5, SCRAM),
//! libsasl2-modules-db (the sasldb plugin, Berkeley DB), openssl, swaks, libauthen-sasl-perl,
//! libnet-ssleay-perl (swaks' AUTH over STARTTLS), util-linux (runuser), sasl2-bin (saslauthd), passwd
//! (useradd for saslauthd's shadow user), dovecot-core (the Dovecot auth service).

#![allow(clippy::unwrap_used)]

mod common;

use std::net::TcpListener;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{peer, run};
use serde_json::Value;
use tempfile::TempDir;

const PASSWORD: &str = "right-pw";

/// What a test changes before the instance starts.
struct Setup {
    /// main.cf lines appended after the working base (the last setting wins).
    main: Vec<String>,
    /// The submission listener's `-o` overrides.
    overrides: Vec<String>,
    /// master.cf column 5 of the listener.
    chroot: bool,
    /// smtpd.conf lines; `None` writes no smtpd.conf.
    smtpd_conf: Option<Vec<String>>,
    /// Extra arguments for the user's `saslkit user add` (the sasldb is made by saslpasswd2 when
    /// empty).
    saslkit_user: Option<Vec<&'static str>>,
    /// The realm the user is stored in.
    user_realm: &'static str,
    /// Who the client logs in as.
    login: String,
}

struct Lab {
    _dir: TempDir,
    root: PathBuf,
    conf: PathBuf,
    sasldb: PathBuf,
    ca: PathBuf,
    postfix: PathBuf,
    port: u16,
    login: String,
}

impl Drop for Lab {
    fn drop(&mut self) {
        let _ = Command::new(&self.postfix).arg("-c").arg(&self.conf).arg("stop").output();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

impl Setup {
    fn working(lab_root: &Path) -> Setup {
        Setup {
            main: Vec::new(),
            overrides: vec!["syslog_name=postfix/submission".into(), "smtpd_sasl_auth_enable=yes".into()],
            chroot: false,
            smtpd_conf: Some(vec![
                "pwcheck_method: auxprop".into(),
                "auxprop_plugin: sasldb".into(),
                format!("sasldb_path: {}", lab_root.join("sasldb2").display()),
                "mech_list: PLAIN LOGIN CRAM-MD5 SCRAM-SHA-256".into(),
            ]),
            saslkit_user: None,
            user_realm: "example.com",
            login: "alice".into(),
        }
    }

    fn set_conf(&mut self, option: &str, value: &str) {
        let lines = self.smtpd_conf.as_mut().unwrap();
        lines.retain(|l| !l.starts_with(&format!("{option}:")));
        lines.push(format!("{option}: {value}"));
    }
}

impl Lab {
    /// A private Postfix with one submission listener (STARTTLS, AUTH after TLS, Cyrus with a
    /// Berkeley DB sasldb made by Debian's saslpasswd2), changed by `change`, started.
    fn start(change: impl FnOnce(&mut Setup, &Path)) -> Option<Lab> {
        let postfix = peer("postfix")?;
        let saslpasswd2 = peer("saslpasswd2")?;
        let openssl = peer("openssl")?;
        if unsafe { libc::geteuid() } != 0 {
            common::skip_or_fail("starting a private Postfix needs root");
            return None;
        }
        let dir = TempDir::new().unwrap();
        let root = dir.path().to_path_buf();
        std::fs::set_permissions(&root, std::fs::Permissions::from_mode(0o711)).unwrap();
        for sub in ["conf/sasl", "queue", "data"] {
            std::fs::create_dir_all(root.join(sub)).unwrap();
        }
        Command::new("chown").arg("postfix").arg(root.join("data")).status().unwrap();
        let certs = common::make_certificates(&root, &openssl);
        let mut setup = Setup::working(&root);
        change(&mut setup, &root);
        let sasldb = root.join("sasldb2");
        match &setup.saslkit_user {
            None => {
                let args = ["-p", "-c", "-f", sasldb.to_str().unwrap(), "-u", setup.user_realm, "alice"];
                assert!(run(&saslpasswd2, &args, format!("{PASSWORD}\n").as_bytes()).status.success());
            }
            Some(extra) => {
                let user = format!("alice@{}", setup.user_realm);
                let mut cmd = common::saslkit_default(&sasldb);
                cmd.args(["user", "add", &user, "--password-stdin"])
                    .args(extra)
                    .write_stdin(format!("{PASSWORD}\n"));
                cmd.assert().success();
            }
        }
        Command::new("chgrp").arg("postfix").arg(&sasldb).status().unwrap();
        std::fs::set_permissions(&sasldb, std::fs::Permissions::from_mode(0o640)).unwrap();
        let conf = root.join("conf");
        if let Some(lines) = &setup.smtpd_conf {
            std::fs::write(conf.join("sasl/smtpd.conf"), lines.join("\n") + "\n").unwrap();
        }
        let port = free_port();
        let r = root.display();
        let mut main = format!(
            "compatibility_level = 3.6\nqueue_directory = {r}/queue\ndata_directory = {r}/data\ninet_interfaces = 127.0.0.1\n\
             inet_protocols = ipv4\nmyhostname = localhost.test\nmydestination =\nsyslog_name = saslkit-doctor-{port}\n\
             maillog_file = {r}/maillog\nmaillog_file_prefixes = {r}\nsmtpd_sasl_local_domain = example.com\n\
             smtpd_sasl_security_options = noanonymous\nsmtpd_tls_security_level = may\nsmtpd_tls_auth_only = yes\n\
             smtpd_tls_cert_file = {}\nsmtpd_tls_key_file = {}\n",
            certs.leaf.display(),
            certs.leaf_key.display()
        );
        for line in &setup.main {
            main.push_str(line);
            main.push('\n');
        }
        std::fs::write(conf.join("main.cf"), main).unwrap();
        let overrides: String = setup.overrides.iter().map(|o| format!(" -o {o}")).collect();
        let chroot = if setup.chroot { "y" } else { "n" };
        let mut master = format!("127.0.0.1:{port} inet n - {chroot} - - smtpd{overrides}\n");
        master.push_str(&common::postfix_services());
        std::fs::write(conf.join("master.cf"), master).unwrap();
        let lab =
            Lab { _dir: dir, root, conf, sasldb, ca: certs.ca, postfix, port, login: setup.login.clone() };
        lab.date_back();
        let started = Command::new(&lab.postfix).arg("-c").arg(&lab.conf).arg("start").output().unwrap();
        assert!(started.status.success(), "postfix start: {}", String::from_utf8_lossy(&started.stderr));
        for _ in 0..100 {
            if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
                return Some(lab);
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("the private Postfix did not listen on {port}");
    }

    fn date_back(&self) {
        common::date_back(&self.conf.join("main.cf"));
        common::date_back(&self.conf.join("master.cf"));
    }

    /// alice logs in with saslkit probe over STARTTLS (`mech`: the strongest offered if `None`).
    fn logs_in(&self, mech: Option<&str>) -> bool {
        self.probe(mech, &["--tls", "starttls"]) == Some(0)
    }

    fn probe(&self, mech: Option<&str>, extra: &[&str]) -> Option<i32> {
        let mut cmd = assert_cmd::Command::new(common::saslkit_bin());
        cmd.arg("probe")
            .arg(format!("127.0.0.1:{}", self.port))
            .arg("--ca-file")
            .arg(&self.ca)
            .args(["--timeout", "10", "--user", &self.login, "--password-stdin"])
            .args(extra)
            .write_stdin(format!("{PASSWORD}\n"));
        if let Some(mech) = mech {
            cmd.args(["--mech", mech]);
        }
        cmd.output().unwrap().status.code()
    }

    /// After a reload, the new smtpd processes come up in a moment: try for a few seconds.
    fn logs_in_soon(&self, mech: Option<&str>) -> bool {
        let deadline = Instant::now() + Duration::from_secs(8);
        loop {
            if self.logs_in(mech) {
                return true;
            }
            if Instant::now() > deadline {
                return false;
            }
            std::thread::sleep(Duration::from_millis(300));
        }
    }

    fn doctor(&self, args: &[&str]) -> (Option<i32>, Value, String) {
        self.doctor_with(args, "")
    }

    fn doctor_env(&self, args: &[&str], name: &str, value: &str) -> (Option<i32>, Value, String) {
        let out = Command::new(common::saslkit_bin())
            .args(["doctor", "server", "-c"])
            .arg(&self.conf)
            .args(["--format", "json"])
            .args(args)
            .env_clear()
            .env(name, value)
            .output()
            .unwrap();
        let json = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
        (out.status.code(), json, String::from_utf8_lossy(&out.stderr).into_owned())
    }

    fn doctor_with(&self, args: &[&str], stdin: &str) -> (Option<i32>, Value, String) {
        let out = assert_cmd::Command::new(common::saslkit_bin())
            .args(["doctor", "server", "-c"])
            .arg(&self.conf)
            .args(["--format", "json", "--timeout", "5"])
            .args(args)
            .env_clear()
            .write_stdin(stdin)
            .output()
            .unwrap();
        let json = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
        (out.status.code(), json, String::from_utf8_lossy(&out.stderr).into_owned())
    }

    /// doctor exits 1 and exactly `ids` fail or warn (in any order; `warnings` may also warn);
    /// returns those findings.
    fn diagnosed(&self, failing: &[&str], warnings: &[&str]) -> Vec<Value> {
        let (code, json, stderr) = self.doctor(&[]);
        let findings = json["findings"].as_array().cloned().unwrap_or_default();
        let with = |severity: &str| -> Vec<String> {
            findings
                .iter()
                .filter(|f| f["severity"] == severity)
                .map(|f| f["id"].as_str().unwrap().to_string())
                .collect()
        };
        let mut fails = with("fail");
        fails.sort();
        let mut expected: Vec<String> = failing.iter().map(|s| s.to_string()).collect();
        expected.sort();
        assert_eq!(fails, expected, "failing findings: {json:#} {stderr}");
        for warned in with("warn") {
            assert!(warnings.contains(&warned.as_str()), "unexpected warning {warned}: {json:#}");
        }
        assert_eq!(code, Some(if failing.is_empty() { 0 } else { 1 }), "{stderr}");
        findings.into_iter().filter(|f| f["severity"] == "fail" || f["severity"] == "warn").collect()
    }

    /// Runs the command of each finding with one of `ids`, as an administrator would paste it,
    /// then reloads Postfix.
    fn apply(&self, findings: &[Value], ids: &[&str]) {
        let bin_dir = common::saslkit_bin().parent().unwrap().to_path_buf();
        for finding in findings.iter().filter(|f| ids.contains(&f["id"].as_str().unwrap())) {
            let command = finding["command"].as_str().unwrap_or_else(|| panic!("no command: {finding:#}"));
            let out = Command::new("sh")
                .args(["-c", command])
                .env("PATH", format!("{}:/usr/sbin:/usr/bin:/sbin:/bin", bin_dir.display()))
                .output()
                .unwrap();
            assert!(out.status.success(), "{command}: {}", String::from_utf8_lossy(&out.stderr));
        }
        self.reload();
    }

    fn reload(&self) {
        self.date_back();
        let out = Command::new(&self.postfix).arg("-c").arg(&self.conf).arg("reload").output().unwrap();
        assert!(out.status.success(), "postfix reload: {}", String::from_utf8_lossy(&out.stderr));
    }

    fn maillog(&self) -> String {
        std::fs::read_to_string(self.root.join("maillog")).unwrap_or_default()
    }

    /// The fix cured it: the client logs in and doctor exits 0 (warnings allowed).
    fn cured(&self, mech: Option<&str>, warnings: &[&str]) {
        assert!(self.logs_in_soon(mech), "still no login after the fix; log:\n{}", self.maillog());
        self.diagnosed(&[], warnings);
    }
}

fn finding<'a>(findings: &'a [Value], id: &str) -> &'a Value {
    findings.iter().find(|f| f["id"] == id).unwrap_or_else(|| panic!("no {id} in {findings:#?}"))
}

/// The working setup: swaks and saslkit log in; doctor exits 0 with nothing to say but ok.
#[test]
fn a_working_setup_passes() {
    let Some(lab) = Lab::start(|_, _| {}) else { return };
    assert!(
        lab.logs_in(Some("PLAIN")) && lab.logs_in(Some("CRAM-MD5")) && lab.logs_in(Some("SCRAM-SHA-256"))
    );
    let Some(swaks) = peer("swaks") else { return };
    let port = lab.port.to_string();
    let out = Command::new(swaks)
        .args(["--server", "127.0.0.1", "--port", &port, "--tls", "--quit-after", "AUTH"])
        .args(["--auth", "PLAIN", "--auth-user", "alice", "--auth-password", PASSWORD])
        .output()
        .unwrap();
    assert!(out.status.success(), "swaks: {}", String::from_utf8_lossy(&out.stdout));
    let (code, json, stderr) = lab.doctor(&[]);
    assert_eq!(code, Some(0), "{json:#} {stderr}");
    assert_eq!(json["summary"]["fail"], 0);
    assert!(json["values_from"].as_str().unwrap().starts_with("postconf"));
    // --sasl-config judges another Cyrus file than the one smtpd finds.
    let other = lab.root.join("other.conf");
    let (code, json, _) = lab.doctor(&["--sasl-config", other.to_str().unwrap()]);
    assert_eq!(code, Some(1));
    assert_eq!(json["findings"][0]["id"], "cyrus-conf-missing");
    assert!(json["findings"][0]["message"].as_str().unwrap().contains(other.to_str().unwrap()));
    // Without postconf, main.cf over saslkit's defaults gives the same verdict.
    let (code, json, stderr) = lab.doctor_env(&[], "SASLKIT_POSTCONF", "");
    assert_eq!(code, Some(0), "{json:#} {stderr}");
    assert!(json["values_from"].as_str().unwrap().starts_with("files"), "{json:#}");
    assert!(stderr.contains("postconf is not installed"), "{stderr}");
    // The human report says the same, with the same exit.
    let human =
        Command::new(common::saslkit_bin()).args(["doctor", "server", "-c"]).arg(&lab.conf).output().unwrap();
    assert_eq!(human.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&human.stderr).contains("nothing fails"));
}

#[test]
fn smtpd_auth_disabled_on_submission() {
    let Some(lab) = Lab::start(|s, _| s.overrides.retain(|o| !o.starts_with("smtpd_sasl_auth_enable")))
    else {
        return;
    };
    assert!(!lab.logs_in(Some("PLAIN")));
    let findings = lab.diagnosed(&["smtpd-auth-disabled"], &[]);
    assert!(finding(&findings, "smtpd-auth-disabled")["command"].as_str().unwrap().contains(" -P "));
    let (code, json, _) = lab.doctor_env(&[], "SASLKIT_POSTCONF", "");
    assert_eq!(code, Some(1));
    assert_eq!(json["findings"][0]["id"], "smtpd-auth-disabled", "{json:#}");
    lab.apply(&findings, &["smtpd-auth-disabled"]);
    lab.cured(Some("PLAIN"), &[]);
}

#[test]
fn cyrus_conf_missing() {
    let Some(lab) = Lab::start(|s, _| s.smtpd_conf = None) else { return };
    assert!(!lab.logs_in(Some("PLAIN")));
    let findings = lab.diagnosed(&["cyrus-conf-missing"], &[]);
    let message = finding(&findings, "cyrus-conf-missing")["message"].as_str().unwrap().to_string();
    assert!(message.contains(&lab.conf.join("sasl/smtpd.conf").display().to_string()), "{message}");
    assert!(message.contains("/usr/lib/sasl/smtpd.conf"), "{message}");
    lab.apply(&findings, &["cyrus-conf-missing"]);
    // The file it wrote names no sasldb_path: the test's sasldb is not /etc/sasldb2, so doctor
    // now names that; the file made by its fix is Cyrus's standard one.
    let conf = std::fs::read_to_string(lab.conf.join("sasl/smtpd.conf")).unwrap();
    assert!(conf.contains("pwcheck_method: auxprop") && conf.contains("mech_list: PLAIN LOGIN"), "{conf}");
    std::fs::write(
        lab.conf.join("sasl/smtpd.conf"),
        format!("{conf}sasldb_path: {}\n", lab.sasldb.display()),
    )
    .unwrap();
    lab.reload();
    lab.cured(Some("PLAIN"), &[]);
}

#[test]
fn pwcheck_method_names_no_plugin() {
    let Some(lab) = Lab::start(|s, _| s.set_conf("auxprop_plugin", "sasldb2")) else { return };
    assert!(!lab.logs_in(Some("PLAIN")));
    let findings = lab.diagnosed(&["pwcheck-method"], &[]);
    lab.apply(&findings, &["pwcheck-method"]);
    lab.cured(Some("PLAIN"), &[]);
}

#[test]
fn sasldb_missing() {
    let Some(lab) =
        Lab::start(|s, root| s.set_conf("sasldb_path", &root.join("users/sasldb2").display().to_string()))
    else {
        return;
    };
    assert!(!lab.logs_in(Some("PLAIN")));
    let findings = lab.diagnosed(&["sasldb-missing"], &[]);
    let new = lab.root.join("users/sasldb2");
    let fix = finding(&findings, "sasldb-missing")["fix"].as_str().unwrap().to_string();
    assert!(fix.contains(&new.display().to_string()), "{fix}");
    // The fix's own words: create it with saslkit (no --backend: the installed Cyrus decides the
    // container), then let smtpd's group read it.
    std::fs::create_dir_all(new.parent().unwrap()).unwrap();
    std::fs::set_permissions(new.parent().unwrap(), std::fs::Permissions::from_mode(0o755)).unwrap();
    common::saslkit_default(&new)
        .args(["user", "add", "alice@example.com", "--password-stdin"])
        .write_stdin(format!("{PASSWORD}\n"))
        .assert()
        .success();
    let findings = lab.diagnosed(&["sasldb-unreadable"], &[]);
    lab.apply(&findings, &["sasldb-unreadable"]);
    lab.cured(Some("PLAIN"), &[]);
}

#[test]
fn sasldb_unreadable_by_postfix() {
    let Some(lab) = Lab::start(|_, _| {}) else { return };
    Command::new("chgrp").arg("root").arg(&lab.sasldb).status().unwrap();
    std::fs::set_permissions(&lab.sasldb, std::fs::Permissions::from_mode(0o600)).unwrap();
    assert!(!lab.logs_in(Some("PLAIN")));
    let findings = lab.diagnosed(&["sasldb-unreadable"], &[]);
    let command = finding(&findings, "sasldb-unreadable")["command"].as_str().unwrap().to_string();
    assert!(command.starts_with("chgrp postfix ") && command.contains("chmod g+r"), "{command}");
    lab.apply(&findings, &["sasldb-unreadable"]);
    lab.cured(Some("PLAIN"), &[]);
    // A folder above it that postfix cannot search is named as the place to fix.
    std::fs::set_permissions(&lab.root, std::fs::Permissions::from_mode(0o700)).unwrap();
    let findings = lab.diagnosed(&["sasldb-unreadable"], &[]);
    let command = finding(&findings, "sasldb-unreadable")["command"].as_str().unwrap().to_string();
    assert_eq!(command, format!("chmod o+x {}", lab.root.display()));
    std::fs::set_permissions(&lab.root, std::fs::Permissions::from_mode(0o711)).unwrap();
}

#[test]
fn sasldb_outside_chroot() {
    let Some(lab) = Lab::start(|s, _| s.chroot = true) else { return };
    assert!(!lab.logs_in(Some("PLAIN")));
    let findings = lab.diagnosed(&["sasldb-outside-chroot"], &[]);
    lab.apply(&findings, &["sasldb-outside-chroot"]);
    lab.cured(Some("PLAIN"), &[]);
    // A user added outside afterwards is missing from the copy: a stale copy.
    common::saslkit_default(&lab.sasldb)
        .args(["user", "add", "bob@example.com", "--password-stdin"])
        .write_stdin("bob-pw\n")
        .assert()
        .success();
    let findings = lab.diagnosed(&["sasldb-outside-chroot"], &[]);
    assert!(finding(&findings, "sasldb-outside-chroot")["message"].as_str().unwrap().contains("stale"));
    lab.apply(&findings, &["sasldb-outside-chroot"]);
    lab.diagnosed(&[], &[]);
}

#[test]
fn sasldb_format_is_not_what_cyrus_reads() {
    let Some(lab) = Lab::start(|s, _| s.saslkit_user = Some(vec!["--backend", "lmdb"])) else { return };
    assert!(!lab.logs_in(Some("PLAIN")));
    let findings = lab.diagnosed(&["sasldb-format"], &[]);
    lab.apply(&findings, &["sasldb-format"]);
    lab.cured(Some("PLAIN"), &[]);
}

#[test]
fn realm_mismatch_and_a_realm_without_a_dot() {
    let Some(lab) = Lab::start(|s, _| s.user_realm = "mailhost") else { return };
    assert!(!lab.logs_in(Some("PLAIN")));
    // smtpd uses example.com; the users are in "mailhost" only.
    let findings = lab.diagnosed(&["realm-mismatch"], &[]);
    lab.apply(&findings, &["realm-mismatch"]);
    // Now smtpd uses the users' realm, which is no FQDN: a warning, logins work.
    assert!(lab.logs_in_soon(Some("PLAIN")));
    let findings = lab.diagnosed(&[], &["realm-not-fqdn"]);
    assert_eq!(finding(&findings, "realm-not-fqdn")["subject"], "mailhost");
}

#[test]
fn mech_no_secret_for_cram_md5() {
    let Some(lab) = Lab::start(|s, _| {
        s.saslkit_user = Some(vec!["--backend", "bdb", "--scram", "SHA-256", "--no-plaintext"]);
        s.set_conf("mech_list", "CRAM-MD5 SCRAM-SHA-256");
    }) else {
        return;
    };
    assert!(!lab.logs_in(Some("CRAM-MD5")));
    let findings = lab.diagnosed(&["mech-no-secret"], &[]);
    let found = finding(&findings, "mech-no-secret");
    assert_eq!(found["subject"], "CRAM-MD5");
    assert!(found["message"].as_str().unwrap().contains("0 of 1 users"));
    lab.apply(&findings, &["mech-no-secret"]);
    lab.cured(None, &[]);
}

#[test]
fn mech_plugin_missing() {
    // smtpd loads plugins from a folder without the CRAM-MD5 plugin (import_environment sets
    // SASL_PATH, which libsasl2 honours in smtpd).
    let plugins = tempfile::tempdir().unwrap();
    std::fs::set_permissions(plugins.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let installed = saslkit::sasldb::installed::plugin_dir().expect("libsasl2-modules is installed");
    for entry in std::fs::read_dir(&installed).unwrap().flatten() {
        if !entry.file_name().to_string_lossy().starts_with("libcrammd5") {
            std::fs::copy(entry.path(), plugins.path().join(entry.file_name())).unwrap();
        }
    }
    let dir = plugins.path().display().to_string();
    let Some(lab) = Lab::start(|s, _| {
        s.main.push(format!(
            "import_environment = MAIL_CONFIG MAIL_DEBUG MAIL_LOGTAG TZ LANG=C SASL_PATH={dir}"
        ))
    }) else {
        return;
    };
    assert!(lab.logs_in(Some("PLAIN")));
    assert!(!lab.logs_in(Some("CRAM-MD5")));
    let findings = lab.diagnosed(&[], &["mech-plugin-missing"]);
    let found = finding(&findings, "mech-plugin-missing");
    assert!(found["message"].as_str().unwrap().contains("CRAM-MD5"));
    assert_eq!(found["command"], "apt-get install -y libsasl2-modules");
    // What the package would install, installed by hand into the folder smtpd loads from.
    for entry in std::fs::read_dir(&installed).unwrap().flatten() {
        if entry.file_name().to_string_lossy().starts_with("libcrammd5") {
            std::fs::copy(entry.path(), plugins.path().join(entry.file_name())).unwrap();
        }
    }
    lab.reload();
    lab.cured(Some("CRAM-MD5"), &[]);
}

#[test]
fn plaintext_before_tls() {
    let Some(lab) = Lab::start(|s, _| s.main.push("smtpd_tls_auth_only = no".into())) else { return };
    // The exposure itself: the password goes over the wire unencrypted, and is taken.
    assert_eq!(lab.probe(Some("PLAIN"), &["--tls", "none", "--allow-plaintext"]), Some(0));
    let findings = lab.diagnosed(&[], &["plaintext-before-tls"]);
    lab.apply(&findings, &["plaintext-before-tls"]);
    assert!(lab.logs_in_soon(Some("PLAIN")));
    assert_ne!(lab.probe(Some("PLAIN"), &["--tls", "none", "--allow-plaintext"]), Some(0));
    lab.diagnosed(&[], &[]);
}

#[test]
fn no_mech_offered() {
    // STARTTLS is off (no security level) while AUTH waits for TLS: AUTH is never offered.
    let Some(lab) = Lab::start(|s, _| s.main.push("smtpd_tls_security_level =".into())) else { return };
    assert!(!lab.logs_in(Some("PLAIN")));
    let findings = lab.diagnosed(&["no-mech-offered"], &[]);
    lab.apply(&findings, &["no-mech-offered"]);
    lab.cured(Some("PLAIN"), &[]);
}

#[test]
fn no_mech_offered_by_the_security_options() {
    let Some(lab) = Lab::start(|s, _| {
        s.set_conf("mech_list", "PLAIN LOGIN");
        s.main.push("smtpd_sasl_security_options = noanonymous, noplaintext".into());
    }) else {
        return;
    };
    assert!(!lab.logs_in(Some("PLAIN")));
    let findings = lab.diagnosed(&["no-mech-offered"], &[]);
    lab.apply(&findings, &["no-mech-offered"]);
    lab.cured(Some("PLAIN"), &[]);
}

#[test]
fn unreadable_and_broken_main_cf() {
    let Some(runuser) = peer("runuser") else { return };
    if unsafe { libc::geteuid() } != 0 {
        common::skip_or_fail("running doctor as another user needs root");
        return;
    }
    let dir = TempDir::new().unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let main_cf = dir.path().join("main.cf");
    std::fs::write(&main_cf, "smtpd_sasl_auth_enable = yes\n").unwrap();
    std::fs::write(dir.path().join("master.cf"), "smtp inet n - n - - smtpd\n").unwrap();
    common::date_back(&main_cf);
    std::fs::set_permissions(&main_cf, std::fs::Permissions::from_mode(0o600)).unwrap();
    let out = Command::new(runuser)
        .args(["-u", "nobody", "--"])
        .arg(common::saslkit_bin())
        .args(["doctor", "-c"])
        .arg(dir.path())
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(77), "{}", String::from_utf8_lossy(&out.stderr));
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(json["error"]["message"].as_str().unwrap().contains("main.cf"), "{json:#}");
    std::fs::write(&main_cf, "smtpd_sasl_auth_enable = yes\nthis line is garbage\n").unwrap();
    common::date_back(&main_cf);
    let out = Command::new(common::saslkit_bin()).args(["doctor", "-c"]).arg(dir.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(78));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("main.cf, line 2: missing '='"), "{stderr}");
}

/// A system user for saslauthd's shadow mechanism, removed again when dropped.
struct SystemUser(String);

impl SystemUser {
    fn create(password: &str) -> Option<SystemUser> {
        let name = format!("skdoc{}", std::process::id() % 100_000);
        let _ = Command::new("userdel").arg(&name).output();
        let made =
            Command::new("useradd").args(["-M", "-N", "-s", "/usr/sbin/nologin", &name]).output().ok()?;
        assert!(made.status.success(), "useradd: {}", String::from_utf8_lossy(&made.stderr));
        let user = SystemUser(name);
        assert!(run(Path::new("/usr/sbin/chpasswd"), &[], format!("{}:{password}\n", user.0).as_bytes())
            .status
            .success());
        Some(user)
    }
}

impl Drop for SystemUser {
    fn drop(&mut self) {
        let _ = Command::new("userdel").arg(&self.0).output();
    }
}

/// A saslauthd started by the test, stopped when dropped.
struct Saslauthd(PathBuf);

impl Drop for Saslauthd {
    fn drop(&mut self) {
        if let Ok(pid) = std::fs::read_to_string(self.0.join("saslauthd.pid")) {
            if let Ok(pid) = pid.trim().parse::<i32>() {
                unsafe { libc::kill(pid, libc::SIGTERM) };
            }
        }
    }
}

#[test]
fn saslauthd_socket() {
    let Some(saslauthd) = peer("saslauthd") else { return };
    if unsafe { libc::geteuid() } != 0 {
        return common::skip_or_fail("a system user for saslauthd needs root");
    }
    let Some(user) = SystemUser::create(PASSWORD) else { return };
    let Some(lab) = Lab::start(|s, root| {
        s.login = user.0.clone();
        s.smtpd_conf = Some(vec![
            "pwcheck_method: saslauthd".into(),
            format!("saslauthd_path: {}", root.join("saslauthd/mux").display()),
            "mech_list: PLAIN LOGIN".into(),
        ]);
    }) else {
        return;
    };
    let folder = lab.root.join("saslauthd");
    // (1) No saslauthd: no login.
    assert!(!lab.logs_in(Some("PLAIN")));
    let findings = lab.diagnosed(&["saslauthd-socket"], &[]);
    let fix = finding(&findings, "saslauthd-socket")["fix"].as_str().unwrap().to_string();
    assert!(fix.contains(&format!("-m {}", folder.display())), "{fix}");
    // The fix: saslauthd listening where smtpd.conf says.
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o755)).unwrap();
    let started =
        Command::new(saslauthd).args(["-a", "shadow", "-n", "1", "-m"]).arg(&folder).output().unwrap();
    assert!(started.status.success(), "saslauthd: {}", String::from_utf8_lossy(&started.stderr));
    let _running = Saslauthd(folder.clone());
    let deadline = Instant::now() + Duration::from_secs(5);
    while !folder.join("mux").exists() {
        assert!(Instant::now() < deadline, "saslauthd made no socket");
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(lab.logs_in_soon(Some("PLAIN")), "log:\n{}", lab.maillog());
    lab.diagnosed(&[], &[]);
    // --user speaks the protocol with a password, as testsaslauthd does.
    let (code, json, _) = lab.doctor_with(&["--user", &user.0, "--password-stdin"], &format!("{PASSWORD}\n"));
    assert_eq!(code, Some(0), "{json:#}");
    let ok =
        json["findings"].as_array().unwrap().iter().find(|f| f["id"] == "saslauthd-socket").unwrap().clone();
    assert_eq!(ok["severity"], "ok");
    assert!(ok["message"].as_str().unwrap().contains("accepts"), "{ok:#}");
    let (code, json, _) = lab.doctor_with(&["--user", &user.0, "--password-stdin"], "wrong\n");
    assert_eq!(code, Some(1), "{json:#}");
    assert!(json.to_string().contains("saslauthd refuses"), "{json:#}");
    // (2) The folder smtpd's user cannot search.
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o700)).unwrap();
    assert!(!lab.logs_in(Some("PLAIN")));
    let findings = lab.diagnosed(&["saslauthd-socket"], &[]);
    assert_eq!(finding(&findings, "saslauthd-socket")["command"], format!("chmod o+x {}", folder.display()));
    lab.apply(&findings, &["saslauthd-socket"]);
    lab.cured(Some("PLAIN"), &[]);
}

/// A Dovecot auth service started by the test, stopped when dropped.
struct Dovecot {
    binary: PathBuf,
    config: PathBuf,
}

impl Drop for Dovecot {
    fn drop(&mut self) {
        let _ = Command::new(&self.binary).arg("-c").arg(&self.config).arg("stop").output();
    }
}

#[test]
fn dovecot_auth_socket() {
    let Some(binary) = peer("dovecot") else { return };
    let Some(lab) = Lab::start(|s, _| {
        s.main.push("smtpd_sasl_type = dovecot".into());
        s.main.push("smtpd_sasl_path = private/auth".into());
    }) else {
        return;
    };
    assert!(!lab.logs_in(Some("PLAIN")));
    let findings = lab.diagnosed(&["dovecot-auth-socket"], &[]);
    let socket = lab.root.join("queue/private/auth");
    let fix = finding(&findings, "dovecot-auth-socket")["fix"].as_str().unwrap().to_string();
    assert!(fix.contains(&format!("unix_listener {}", socket.display())), "{fix}");
    // The fix: Dovecot's auth service listening there for postfix.
    let d = lab.root.join("dovecot");
    for sub in ["run", "state", "home"] {
        std::fs::create_dir_all(d.join(sub)).unwrap();
    }
    std::fs::write(d.join("users"), format!("alice:{{PLAIN}}{PASSWORD}\n")).unwrap();
    let config = d.join("dovecot.conf");
    let t = d.display();
    std::fs::write(
        &config,
        format!(
            "base_dir = {t}/run\nstate_dir = {t}/state\nlog_path = {t}/dovecot.log\nprotocols = none\nssl = no\n\
             auth_mechanisms = plain login\npassdb {{\n  driver = passwd-file\n  args = {t}/users\n}}\n\
             userdb {{\n  driver = static\n  args = uid=nobody gid=nogroup home={t}/home\n}}\n\
             service auth {{\n  unix_listener {} {{\n    mode = 0660\n    user = postfix\n    group = postfix\n  }}\n}}\n",
            socket.display()
        ),
    )
    .unwrap();
    let status = Command::new(&binary)
        .arg("-c")
        .arg(&config)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(d.join("start.err")).unwrap())
        .status()
        .unwrap();
    assert!(
        status.success(),
        "dovecot: {}",
        std::fs::read_to_string(d.join("start.err")).unwrap_or_default()
    );
    let _dovecot = Dovecot { binary, config };
    let deadline = Instant::now() + Duration::from_secs(10);
    while !socket.exists() {
        assert!(Instant::now() < deadline, "Dovecot made no auth socket");
        std::thread::sleep(Duration::from_millis(50));
    }
    lab.reload();
    lab.cured(Some("PLAIN"), &[]);
    let (code, json, _) = lab.doctor_with(&["--user", "alice", "--password-stdin"], &format!("{PASSWORD}\n"));
    assert_eq!(code, Some(0), "{json:#}");
    let ok = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == "dovecot-auth-socket")
        .unwrap()
        .clone();
    assert!(
        ok["message"].as_str().unwrap().contains("accepts alice")
            && ok["message"].as_str().unwrap().contains("PLAIN LOGIN"),
        "{ok:#}"
    );
    let (code, _, _) = lab.doctor_with(&["--user", "alice", "--password-stdin"], "wrong\n");
    assert_eq!(code, Some(1));
}
