//! `saslkit probe` over LMTP on a UNIX socket, against Debian's Dovecot LMTP server started by the
//! test with its own configuration and stopped after it.
//!
//! Packages: dovecot-core, dovecot-lmtpd, dovecot-submissiond, openssl.

#![allow(clippy::unwrap_used)]

mod common;

use common::dovecot::start;
use common::peer;
use tempfile::TempDir;

#[test]
fn lmtp_over_a_unix_socket() {
    let dir = TempDir::new().unwrap();
    std::fs::set_permissions(dir.path(), std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let socket = dir.path().join("run/lmtp");
    let extra = "protocols = lmtp\nssl = no\npassdb {\n  driver = static\n  args = password=pw\n}\n\
                 service lmtp {\n  unix_listener lmtp {\n    mode = 0666\n  }\n}\n";
    let Some(_dovecot) = start(dir.path(), extra, &|| socket.exists()) else { return };
    let out = assert_cmd::Command::new(common::saslkit_bin())
        .arg("probe")
        .arg(&socket)
        .args(["--protocol", "lmtp", "--tls", "none", "--format", "json", "--transcript"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(json["banner"].as_str().unwrap().contains("Dovecot"), "{json}");
    assert_eq!(json["address"], socket.display().to_string());
    let transcript = json["transcripts"][0].to_string();
    assert!(transcript.contains("LHLO"), "{transcript}");
    assert!(json["phases"][0]["capabilities"]["keywords"].to_string().contains("PIPELINING"), "{json}");
    // LMTP offers no AUTH: asking to authenticate is "not offered", 69.
    assert_eq!(
        assert_cmd::Command::new(common::saslkit_bin())
            .arg("probe")
            .arg(&socket)
            .args([
                "--protocol",
                "lmtp",
                "--tls",
                "none",
                "--user",
                "u",
                "--mech",
                "PLAIN",
                "--password-env",
                "PW"
            ])
            .env("PW", "pw")
            .output()
            .unwrap()
            .status
            .code(),
        Some(69)
    );
    // A socket with TLS asked for is a usage error.
    assert_eq!(
        assert_cmd::Command::new(common::saslkit_bin())
            .arg("probe")
            .arg(&socket)
            .output()
            .unwrap()
            .status
            .code(),
        Some(64)
    );
}

/// EXTERNAL with a client certificate, against Dovecot's submission server: the certificate's CN
/// is the user; without a certificate the same request is refused.
#[test]
fn external_with_a_client_certificate() {
    let Some(openssl) = peer("openssl") else { return };
    if peer("dovecot").is_none() {
        return;
    }
    let dir = TempDir::new().unwrap();
    std::fs::set_permissions(dir.path(), std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let certs = common::make_certificates(dir.path(), &openssl);
    std::fs::set_permissions(&certs.leaf_key, std::os::unix::fs::PermissionsExt::from_mode(0o644)).unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let extra = format!(
        "protocols = submission\nssl = yes\nssl_cert = <{}\nssl_key = <{}\nssl_ca = <{}\nssl_verify_client_cert = yes\n\
         ssl_require_crl = no\nauth_mechanisms = external plain\nauth_ssl_username_from_cert = yes\n\
         submission_relay_host = 127.0.0.1\nsubmission_relay_port = 9\n\
         passdb {{\n  driver = static\n  args = nopassword=y\n}}\n\
         service submission-login {{\n  inet_listener submission {{\n    address = 127.0.0.1\n    port = {port}\n  }}\n}}\n",
        certs.leaf.display(),
        certs.leaf_key.display(),
        certs.ca.display()
    );
    let listening = || std::net::TcpStream::connect(("127.0.0.1", port)).is_ok();
    let Some(_dovecot) = start(dir.path(), &extra, &listening) else { return };
    let probe = |with_cert: bool| {
        let mut cmd = assert_cmd::Command::new(common::saslkit_bin());
        cmd.args([
            "probe",
            &format!("127.0.0.1:{port}"),
            "--user",
            "alice",
            "--mech",
            "EXTERNAL",
            "--format",
            "json",
        ]);
        cmd.arg("--ca-file").arg(&certs.ca);
        if with_cert {
            cmd.arg("--cert").arg(&certs.client).arg("--key").arg(&certs.client_key);
        }
        let out = cmd.output().unwrap();
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or(serde_json::Value::Null);
        (out.status.code(), json)
    };
    let (code, json) = probe(true);
    assert_eq!(code, Some(0), "{json}");
    assert_eq!(json["attempts"][0]["result"], "authenticated");
    let (code, json) = probe(false);
    assert_eq!(code, Some(1), "{json}");
    assert_eq!(json["attempts"][0]["status"], "535");
}
