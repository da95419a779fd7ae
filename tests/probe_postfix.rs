//! `saslkit probe` against a real Postfix smtpd with Cyrus SASL (users made with Debian's
//! saslpasswd2), STARTTLS and implicit TLS with a certificate the test makes, started on
//! 127.0.0.1 by the test and stopped after it.
//!
//! Packages: postfix, sasl2-bin (saslpasswd2), libsasl2-modules (PLAIN, LOGIN, CRAM-MD5,
//! DIGEST-MD5, SCRAM), openssl, swaks (compared), libauthen-sasl-perl (swaks' AUTH),
//! libdigest-hmac-perl (swaks' DIGEST-MD5), libnet-ssleay-perl (swaks' TLS), gsasl (compared).

#![allow(clippy::unwrap_used)]

mod common;

use std::net::TcpListener;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, SystemTime};

use common::{peer, run};
use tempfile::TempDir;

const MECHANISMS: [&str; 6] = ["PLAIN", "LOGIN", "CRAM-MD5", "DIGEST-MD5", "SCRAM-SHA-1", "SCRAM-SHA-256"];

struct Server {
    _dir: TempDir,
    sasldb: PathBuf,
    postfix: PathBuf,
    conf: PathBuf,
    ca: PathBuf,
    starttls_port: u16,
    implicit_port: u16,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = Command::new(&self.postfix).arg("-c").arg(&self.conf).arg("stop").output();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

fn write_dated(path: &Path, text: &str) {
    std::fs::write(path, text).unwrap();
    // Postfix waits for a main.cf younger than a second to "cool down".
    std::fs::File::options()
        .write(true)
        .open(path)
        .unwrap()
        .set_modified(SystemTime::now() - Duration::from_secs(3600))
        .unwrap();
}

fn start() -> Option<Server> {
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
    let (ca, cert, key) = (certs.ca, certs.leaf, certs.leaf_key);
    let sasldb = root.join("sasldb2");
    let out = run(
        &saslpasswd2,
        &["-p", "-c", "-f", sasldb.to_str().unwrap(), "-u", "example.com", "alice"],
        b"right-pw\n",
    );
    assert!(out.status.success());
    Command::new("chgrp").arg("postfix").arg(&sasldb).status().unwrap();
    std::fs::set_permissions(&sasldb, std::fs::Permissions::from_mode(0o640)).unwrap();
    let conf = root.join("conf");
    std::fs::write(
        conf.join("sasl/smtpd.conf"),
        format!(
            "pwcheck_method: auxprop\nauxprop_plugin: sasldb\nsasldb_path: {}\nmech_list: {}\n",
            sasldb.display(),
            MECHANISMS.join(" ")
        ),
    )
    .unwrap();
    let (starttls_port, implicit_port) = (free_port(), free_port());
    let r = root.display();
    write_dated(
        &conf.join("main.cf"),
        &format!(
            "compatibility_level = 3.6\nqueue_directory = {r}/queue\ndata_directory = {r}/data\ninet_interfaces = 127.0.0.1\n\
             inet_protocols = ipv4\nmyhostname = localhost.test\nmydestination =\nsyslog_name = saslkit-probe-{starttls_port}\n\
             maillog_file = {r}/maillog\nmaillog_file_prefixes = {r}\nsmtpd_sasl_auth_enable = yes\n\
             smtpd_sasl_local_domain = example.com\nsmtpd_sasl_security_options = noanonymous\nbroken_sasl_auth_clients = yes\n\
             smtpd_tls_security_level = may\nsmtpd_tls_cert_file = {}\nsmtpd_tls_key_file = {}\n",
            cert.display(),
            key.display()
        ),
    );
    let services = [
        "pickup unix n - n 60 1 pickup",
        "cleanup unix n - n - 0 cleanup",
        "qmgr unix n - n 300 1 qmgr",
        "rewrite unix - - n - - trivial-rewrite",
        "bounce unix - - n - 0 bounce",
        "defer unix - - n - 0 bounce",
        "trace unix - - n - 0 bounce",
        "verify unix - - n - 1 verify",
        "smtp unix - - n - - smtp",
        "error unix - - n - - error",
        "anvil unix - - n - 1 anvil",
        "scache unix - - n - 1 scache",
        "proxymap unix - - n - - proxymap",
        "tlsmgr unix - - n 1000? 1 tlsmgr",
        "postlog unix-dgram n - n - 1 postlogd",
    ];
    let master = format!(
        "127.0.0.1:{starttls_port} inet n - n - - smtpd\n127.0.0.1:{implicit_port} inet n - n - - smtpd -o smtpd_tls_wrappermode=yes\n{}\n",
        services.join("\n")
    );
    write_dated(&conf.join("master.cf"), &master);
    let started = Command::new(&postfix).arg("-c").arg(&conf).arg("start").output().unwrap();
    assert!(started.status.success(), "postfix start: {}", String::from_utf8_lossy(&started.stderr));
    let server =
        Server { _dir: dir, sasldb: sasldb.clone(), postfix, conf, ca, starttls_port, implicit_port };
    wait_for_port(server.starttls_port);
    Some(server)
}

fn wait_for_port(port: u16) {
    for _ in 0..100 {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("the private Postfix did not listen on {port}");
}

/// One Postfix for every check (starting one takes a while), stopped when the test ends, even
/// when a check fails.
#[test]
fn probe_a_private_postfix_with_cyrus_sasl() {
    let Some(server) = start() else { return };
    safe_probe_sees_both_phases_and_both_auth_lists(&server);
    every_mechanism_right_and_wrong_password(&server);
    all_mechs_matrix_and_implicit_tls(&server);
    tls_verification_policy_and_plaintext_policy(&server);
    swaks_and_gsasl_agree(&server);
    a_user_saslkit_adds_to_the_berkeley_db_file_logs_in(&server);
}

/// saslkit writes the Berkeley DB sasldb that Debian's Cyrus reads: the new user authenticates
/// through Postfix's smtpd with PLAIN and CRAM-MD5.
fn a_user_saslkit_adds_to_the_berkeley_db_file_logs_in(server: &Server) {
    common::saslkit(&server.sasldb)
        .args(["user", "add", "bob@example.com", "--password-stdin"])
        .write_stdin("bob-pw\n")
        .assert()
        .success();
    // Postfix reads the file as group postfix: the rebuilt file kept its group and mode.
    use std::os::unix::fs::MetadataExt;
    assert_eq!(std::fs::metadata(&server.sasldb).unwrap().mode() & 0o777, 0o640);
    for mech in ["PLAIN", "CRAM-MD5"] {
        let (code, json, stderr) = probe(
            server,
            server.starttls_port,
            &["--user", "bob", "--mech", mech, "--password-stdin"],
            "bob-pw",
        );
        assert_eq!(code, Some(0), "{mech}: {stderr} {json}");
    }
}

fn probe(
    server: &Server,
    port: u16,
    args: &[&str],
    password: &str,
) -> (Option<i32>, serde_json::Value, String) {
    let out = assert_cmd::Command::new(common::saslkit_bin())
        .arg("probe")
        .arg(format!("127.0.0.1:{port}"))
        .arg("--ca-file")
        .arg(&server.ca)
        .args(["--format", "json", "--timeout", "10"])
        .args(args)
        .write_stdin(format!("{password}\n"))
        .output()
        .unwrap();
    let json = serde_json::from_slice(&out.stdout).unwrap_or(serde_json::Value::Null);
    (out.status.code(), json, String::from_utf8_lossy(&out.stderr).into_owned())
}

fn safe_probe_sees_both_phases_and_both_auth_lists(server: &Server) {
    let (code, json, stderr) = probe(server, server.starttls_port, &[], "");
    assert_eq!(code, Some(0), "{stderr}");
    let phases = json["phases"].as_array().unwrap();
    assert_eq!(phases.len(), 2);
    assert_eq!(phases[0]["tls"], false);
    assert_eq!(phases[1]["tls"], true);
    let auth: Vec<&str> =
        phases[1]["capabilities"]["auth"].as_array().unwrap().iter().map(|m| m.as_str().unwrap()).collect();
    for mech in MECHANISMS {
        assert!(auth.contains(&mech), "{mech} not in {auth:?}");
    }
    assert!(phases[0]["capabilities"]["auth_equals"].is_array(), "broken_sasl_auth_clients gives AUTH=");
    assert_eq!(json["tls"]["verification"], "verified");
    assert_eq!(json["tls"]["subject_alt_names"], serde_json::json!(["IP:127.0.0.1", "DNS:localhost"]));
    let probes = json["safe_probe"].as_array().unwrap();

    assert!(probes
        .iter()
        .any(|p| p["tls"] == true && p["mechanism"] == "SCRAM-SHA-256" && p["proceeds"] == true));
    assert!(json["findings"].to_string().contains("plaintext mechanisms offered before TLS"));
}

fn every_mechanism_right_and_wrong_password(server: &Server) {
    // Without --mech, the strongest offered.
    let (code, json, stderr) =
        probe(server, server.starttls_port, &["--user", "alice", "--password-stdin"], "right-pw");
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(json["attempts"][0]["mechanism"], "SCRAM-SHA-256");
    for mech in MECHANISMS {
        let args = ["--user", "alice", "--mech", mech, "--password-stdin"];
        let (code, json, stderr) = probe(server, server.starttls_port, &args, "right-pw");
        assert_eq!(code, Some(0), "{mech} with the right password: {stderr} {json}");
        assert_eq!(json["attempts"][0]["result"], "authenticated", "{mech}");
        let (code, json, _) = probe(server, server.starttls_port, &args, "wrong-pw");
        assert_eq!(code, Some(1), "{mech} with a wrong password: {json}");
        assert_eq!(json["attempts"][0]["status"], "535", "{mech}");
        assert_eq!(json["attempts"][0]["code"], "5.7.8", "{mech}");
    }
}

fn all_mechs_matrix_and_implicit_tls(server: &Server) {
    let (code, json, stderr) = probe(
        server,
        server.implicit_port,
        &["--tls", "implicit", "--user", "alice", "--all-mechs", "--password-stdin"],
        "right-pw",
    );
    assert_eq!(code, Some(0), "{stderr}");
    let attempts = json["attempts"].as_array().unwrap();
    assert_eq!(attempts.len(), MECHANISMS.len(), "{json}");
    assert!(attempts.iter().all(|a| a["result"] == "authenticated"), "{json}");
    assert!(json["tls"]["protocol"].as_str().unwrap().starts_with("TLS"));
}

fn tls_verification_policy_and_plaintext_policy(server: &Server) {
    // Without the test CA the certificate does not verify: 77.
    let out = assert_cmd::Command::new(common::saslkit_bin())
        .args(["probe", &format!("127.0.0.1:{}", server.starttls_port), "--timeout", "10"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(77), "{}", String::from_utf8_lossy(&out.stderr));
    let out = assert_cmd::Command::new(common::saslkit_bin())
        .args(["probe", &format!("127.0.0.1:{}", server.starttls_port), "--insecure", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("not checked (--insecure)"));
    // The system's roots are read when a certificate is verified, the bundle file first and the
    // certificate folders only when the issuer is not in it: a CA found only in a folder
    // (SSL_CERT_DIR, beside Debian's bundle) or only in the bundle (SSL_CERT_FILE) verifies.
    let folder = server.ca.parent().unwrap().join("roots");
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::copy(&server.ca, folder.join("test-ca.pem")).unwrap();
    for (variable, value) in [("SSL_CERT_DIR", &folder), ("SSL_CERT_FILE", &server.ca)] {
        let out = assert_cmd::Command::new(common::saslkit_bin())
            .args(["probe", &format!("127.0.0.1:{}", server.starttls_port), "--format", "json"])
            .env(variable, value)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{variable}: {}", String::from_utf8_lossy(&out.stderr));
        assert!(String::from_utf8_lossy(&out.stdout).contains("\"verified\""), "{variable}");
    }
    // PLAIN without TLS is declined before anything is sent: 69.
    let (code, json, _) = probe(
        server,
        server.starttls_port,
        &["--tls", "none", "--user", "alice", "--mech", "PLAIN", "--password-stdin"],
        "right-pw",
    );
    assert_eq!(code, Some(69));
    assert_eq!(json["attempts"][0]["result"], "declined");
}

/// The same server, the same credentials: swaks (PLAIN, LOGIN, CRAM-MD5, DIGEST-MD5) and gsasl
/// (SCRAM, without channel binding) agree with saslkit on what works.
fn swaks_and_gsasl_agree(server: &Server) {
    let (Some(swaks), Some(gsasl)) = (peer("swaks"), peer("gsasl")) else { return };
    let support =
        String::from_utf8_lossy(&Command::new(&swaks).arg("--support").output().unwrap().stdout).into_owned();
    let mechanisms: Vec<&str> = ["PLAIN", "LOGIN", "CRAM-MD5", "DIGEST-MD5"]
        .into_iter()
        .filter(|mech| match swaks_lacks(&support, mech) {
            Some(reason) => {
                common::skip_or_fail(&format!("swaks cannot do {mech} here ({reason}): not compared"));
                false
            }
            None => true,
        })
        .collect();
    let port = server.starttls_port.to_string();
    for password in ["right-pw", "wrong-pw"] {
        for &mech in &mechanisms {
            let theirs = Command::new(&swaks)
                .args([
                    "--server",
                    &format!("127.0.0.1:{port}"),
                    "--tls",
                    "--auth",
                    mech,
                    "--auth-user",
                    "alice",
                ])
                .args(["--auth-password", password, "--quit-after", "AUTH", "--silent", "2"])
                .output()
                .unwrap();
            let ours = saslkit_authenticates(server, mech, password);
            assert_eq!(theirs.status.success(), ours, "swaks and saslkit disagree on {mech} with {password}");
        }
        for mech in ["SCRAM-SHA-1", "SCRAM-SHA-256"] {
            let ca = format!("--x509-ca-file={}", server.ca.display());
            let theirs = Command::new(&gsasl)
                .args([
                    "--smtp",
                    &format!("--connect=127.0.0.1:{port}"),
                    "--no-cb",
                    &ca,
                    "-a",
                    "alice",
                    "-p",
                    password,
                    "-m",
                    mech,
                    "--quiet",
                ])
                .stdin(std::process::Stdio::null())
                .output()
                .unwrap();
            let ours = saslkit_authenticates(server, mech, password);
            assert_eq!(
                theirs.status.success(),
                ours,
                "gsasl and saslkit disagree on {mech} with {password}: {}",
                String::from_utf8_lossy(&theirs.stderr)
            );
        }
    }
}

/// Why swaks cannot do `mech`, from `swaks --support`: its DIGEST-MD5 needs Digest::HMAC_MD5
/// (libdigest-hmac-perl), which libauthen-sasl-perl only suggests. `None` when it can.
fn swaks_lacks(support: &str, mech: &str) -> Option<String> {
    let name = match mech {
        "PLAIN" | "LOGIN" => "Basic AUTH".to_string(),
        other => format!("AUTH {other}"),
    };
    if support.lines().any(|l| l.trim() == format!("=== {name} supported")) {
        return None;
    }
    let line = support.lines().find(|l| l.contains(&format!("{name} not available")));
    Some(
        line.map(|l| l.trim_start_matches("*** ").to_string())
            .unwrap_or_else(|| format!("{name} is not listed")),
    )
}

/// A swaks without Digest::HMAC_MD5 makes the comparison skip DIGEST-MD5, not fail (issue 13).
#[test]
fn a_mechanism_swaks_cannot_do_is_skipped_with_the_reason() {
    let support =
        "=== AUTH CRAM-MD5 supported\n*** AUTH DIGEST-MD5 not available: requires Digest::HMAC_MD5\n\
                   === Basic AUTH supported\n";
    assert_eq!(swaks_lacks(support, "PLAIN"), None);
    assert_eq!(swaks_lacks(support, "CRAM-MD5"), None);
    assert_eq!(
        swaks_lacks(support, "DIGEST-MD5").as_deref(),
        Some("AUTH DIGEST-MD5 not available: requires Digest::HMAC_MD5")
    );
}

/// Whether saslkit's STARTTLS probe authenticates alice with `mech` and `password` (exit 0).
fn saslkit_authenticates(server: &Server, mech: &str, password: &str) -> bool {
    let (code, _, _) = probe(
        server,
        server.starttls_port,
        &["--user", "alice", "--mech", mech, "--password-stdin"],
        password,
    );
    code == Some(0)
}
