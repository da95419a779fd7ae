//! A private Postfix on a free loopback port whose smtpd authenticates through Cyrus with the
//! `smtpd.conf` a test gives (the sql plugin, for the SQL store tests); stopped when dropped.
//!
//! Packages: postfix, libsasl2-modules (PLAIN, CRAM-MD5, SCRAM), libsasl2-modules-sql, openssl.

use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

use tempfile::TempDir;

pub struct Smtpd {
    _dir: TempDir,
    postfix: PathBuf,
    conf: PathBuf,
    pub ca: PathBuf,
    pub port: u16,
}

impl Drop for Smtpd {
    fn drop(&mut self) {
        let _ = Command::new(&self.postfix).arg("-c").arg(&self.conf).arg("stop").output();
    }
}

impl Smtpd {
    /// Starts Postfix in `dir` with `smtpd_conf` as its Cyrus configuration; `None` when a peer
    /// is missing (skipped, or failed under SASLKIT_REQUIRE_PEERS=1).
    pub fn start(dir: TempDir, smtpd_conf: &str) -> Option<Smtpd> {
        let postfix = super::peer("postfix")?;
        let openssl = super::peer("openssl")?;
        let plugins = saslkit::sasldb::installed::plugin_dir()?;
        if !saslkit::sasldb::installed::has_plugin(&plugins, "sql") {
            super::skip_or_fail("Cyrus's sql plugin is not installed (apt-get install libsasl2-modules-sql)");
            return None;
        }
        let root = dir.path().to_path_buf();
        for sub in ["conf/sasl", "queue", "data"] {
            std::fs::create_dir_all(root.join(sub)).unwrap();
        }
        Command::new("chown").arg("postfix").arg(root.join("data")).status().unwrap();
        let certs = super::make_certificates(&root, &openssl);
        let conf = root.join("conf");
        std::fs::write(conf.join("sasl/smtpd.conf"), smtpd_conf).unwrap();
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let r = root.display();
        std::fs::write(
            conf.join("main.cf"),
            format!(
                "compatibility_level = 3.6\nqueue_directory = {r}/queue\ndata_directory = {r}/data\ninet_interfaces = 127.0.0.1\n\
                 inet_protocols = ipv4\nmyhostname = localhost.test\nmydestination =\nsyslog_name = saslkit-sql-{port}\n\
                 maillog_file = {r}/maillog\nmaillog_file_prefixes = {r}\nsmtpd_sasl_auth_enable = yes\n\
                 smtpd_sasl_local_domain = example.com\nsmtpd_tls_security_level = may\nsmtpd_tls_auth_only = yes\n\
                 smtpd_tls_cert_file = {}\nsmtpd_tls_key_file = {}\n",
                certs.leaf.display(),
                certs.leaf_key.display()
            ),
        )
        .unwrap();
        std::fs::write(
            conf.join("master.cf"),
            format!("127.0.0.1:{port} inet n - n - - smtpd\n{}", super::postfix_services()),
        )
        .unwrap();
        super::date_back(&conf.join("main.cf"));
        super::date_back(&conf.join("master.cf"));
        let started = Command::new(&postfix).arg("-c").arg(&conf).arg("start").output().unwrap();
        assert!(started.status.success(), "postfix start: {}", String::from_utf8_lossy(&started.stderr));
        let server = Smtpd { _dir: dir, postfix, conf, ca: certs.ca, port };
        let deadline = Instant::now() + Duration::from_secs(5);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "the private Postfix did not listen");
            std::thread::sleep(Duration::from_millis(50));
        }
        Some(server)
    }

    /// Whether `user` logs in with `mech` and `password` over STARTTLS (saslkit probe; the
    /// baseline tests check the probe against swaks).
    pub fn logs_in(&self, user: &str, mech: &str, password: &str) -> bool {
        assert_cmd::Command::new(super::saslkit_bin())
            .arg("probe")
            .arg(format!("127.0.0.1:{}", self.port))
            .arg("--ca-file")
            .arg(&self.ca)
            .args([
                "--tls",
                "starttls",
                "--timeout",
                "10",
                "--user",
                user,
                "--mech",
                mech,
                "--password-stdin",
            ])
            .write_stdin(format!("{password}\n"))
            .output()
            .unwrap()
            .status
            .success()
    }

    /// Postfix's log, for messages when a login fails.
    pub fn log(&self) -> String {
        std::fs::read_to_string(self.conf.parent().unwrap().join("maillog")).unwrap_or_default()
    }
}
