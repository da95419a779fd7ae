//! SCRAM-SHA-256-PLUS with channel binding. No Debian 12 server offers -PLUS over SMTP (Postfix
//! does not give Cyrus the binding data; Dovecot 2.3 has none), so this is a scripted server: a
//! rustls TLS endpoint that runs the server side of RFC 5802/9266 with saslkit's SCRAM key
//! functions and checks the client's `c=` against its own tls-exporter value.
//!
//! Packages: openssl (the certificates).

#![allow(clippy::unwrap_used)]

mod common;

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::sync::Arc;
use std::time::Duration;

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use saslkit::secrets::scram::{derive_keys, digest, hmac, ScramHash};
use tempfile::TempDir;

const PASSWORD: &[u8] = b"plus-pw";

/// Serves one implicit-TLS SMTP session offering SCRAM-SHA-256-PLUS. `tamper` changes the
/// server's view of the binding, as a man in the middle with his own TLS session would see it.
fn serve(
    listener: TcpListener,
    certs: &common::Certificates,
    tamper: bool,
    connections: usize,
) -> std::thread::JoinHandle<Vec<String>> {
    serve_with(listener, certs, tamper, connections, false)
}

/// `tls12`: TLS 1.2 only, where the binding is tls-server-end-point (the certificate's hash).
fn serve_with(
    listener: TcpListener,
    certs: &common::Certificates,
    tamper: bool,
    connections: usize,
    tls12: bool,
) -> std::thread::JoinHandle<Vec<String>> {
    let chain: Vec<CertificateDer> =
        CertificateDer::pem_file_iter(&certs.leaf).unwrap().map(|c| c.unwrap()).collect();
    let leaf_hash = <sha2::Sha256 as sha2::Digest>::digest(chain[0].as_ref()).to_vec();
    let key = PrivateKeyDer::from_pem_file(&certs.leaf_key).unwrap();
    let versions: &[&rustls::SupportedProtocolVersion] =
        if tls12 { &[&rustls::version::TLS12] } else { rustls::DEFAULT_VERSIONS };
    let config =
        rustls::ServerConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
            .with_protocol_versions(versions)
            .unwrap()
            .with_no_client_auth()
            .with_single_cert(chain, key)
            .unwrap();
    let config = Arc::new(config);
    let end_point = tls12.then_some(leaf_hash);
    std::thread::spawn(move || {
        (0..connections).flat_map(|_| session(&listener, &config, tamper, end_point.as_deref())).collect()
    })
}

fn session(
    listener: &TcpListener,
    config: &Arc<rustls::ServerConfig>,
    tamper: bool,
    end_point: Option<&[u8]>,
) -> Vec<String> {
    {
        let (tcp, _) = listener.accept().unwrap();
        tcp.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
        let conn = rustls::ServerConnection::new(config.clone()).unwrap();
        let mut tls = rustls::StreamOwned::new(conn, tcp);
        let mut log = Vec::new();
        tls.write_all(b"220 plus.example ESMTP\r\n").unwrap();
        let mut state = Exchange::default();
        loop {
            let mut line = String::new();
            let mut reader = BufReader::new(&mut tls);
            if reader.read_line(&mut line).unwrap_or(0) == 0 {
                break;
            }
            drop(reader);
            let line = line.trim_end().to_string();
            log.push(line.clone());
            let (name, mut binding) = match end_point {
                Some(hash) => ("tls-server-end-point", hash.to_vec()),
                None => {
                    let mut data = [0u8; 32];
                    tls.conn.export_keying_material(&mut data, b"EXPORTER-Channel-Binding", None).unwrap();
                    ("tls-exporter", data.to_vec())
                }
            };
            if tamper {
                binding[0] ^= 1;
            }
            let reply = state.answer(&line, name, &binding);
            tls.write_all(reply.as_bytes()).unwrap();
            if reply.starts_with("221") {
                break;
            }
        }
        log
    }
}

#[derive(Default)]
struct Exchange {
    client_first_bare: String,
    server_first: String,
    server_signature: Vec<u8>,
}

impl Exchange {
    fn answer(&mut self, line: &str, binding_name: &str, binding: &[u8]) -> String {
        let hash = ScramHash::Sha256;
        if line.starts_with("EHLO") {
            return "250-plus.example\r\n250 AUTH SCRAM-SHA-256-PLUS SCRAM-SHA-256\r\n".into();
        }
        if line == "QUIT" {
            return "221 bye\r\n".into();
        }
        if let Some(ir) = line.strip_prefix("AUTH SCRAM-SHA-256-PLUS ") {
            let first = String::from_utf8(STANDARD.decode(ir).unwrap()).unwrap();
            let Some(bare) = first.strip_prefix(&format!("p={binding_name},,")) else {
                return format!("535 5.7.8 expected p={binding_name}\r\n");
            };
            self.client_first_bare = bare.to_string();
            let nonce = bare.split(',').find_map(|a| a.strip_prefix("r=")).unwrap();
            self.server_first = format!("r={nonce}SERVER,s={},i=4096", STANDARD.encode(b"0123456789abcdef"));
            return format!("334 {}\r\n", STANDARD.encode(&self.server_first));
        }
        if line.is_empty() && !self.server_signature.is_empty() {
            return "235 2.7.0 ok\r\n".into();
        }
        let Ok(decoded) = STANDARD.decode(line) else { return "501 5.5.2 what\r\n".into() };
        let client_final = String::from_utf8(decoded).unwrap();
        let (without_proof, proof) = client_final.rsplit_once(",p=").unwrap();
        let expected_c = STANDARD.encode([format!("p={binding_name},,").as_bytes(), binding].concat());
        if without_proof.split(',').next() != Some(&format!("c={expected_c}")) {
            return "535 5.7.8 channel binding mismatch\r\n".into();
        }
        let keys = derive_keys(hash, PASSWORD, b"0123456789abcdef", 4096);
        let auth_message = format!("{},{},{without_proof}", self.client_first_bare, self.server_first);
        let signature = hmac(hash, &keys.stored_key, auth_message.as_bytes());
        let client_key: Vec<u8> =
            STANDARD.decode(proof).unwrap().iter().zip(&signature).map(|(p, s)| p ^ s).collect();
        if digest(hash, &client_key) != keys.stored_key {
            return "535 5.7.8 bad proof\r\n".into();
        }
        self.server_signature = hmac(hash, &keys.server_key, auth_message.as_bytes());
        format!("334 {}\r\n", STANDARD.encode(format!("v={}", STANDARD.encode(&self.server_signature))))
    }
}

fn probe(port: u16, certs: &common::Certificates, mech: Option<&str>) -> (Option<i32>, serde_json::Value) {
    let mut cmd = assert_cmd::Command::new(common::saslkit_bin());
    cmd.args([
        "probe",
        &format!("127.0.0.1:{port}"),
        "--tls",
        "implicit",
        "--user",
        "user",
        "--format",
        "json",
        "--transcript",
    ]);
    cmd.arg("--ca-file").arg(&certs.ca).args(["--password-env", "PW"]).env("PW", "plus-pw");
    if let Some(mech) = mech {
        cmd.args(["--mech", mech]);
    }
    let out = cmd.timeout(Duration::from_secs(30)).output().unwrap();
    (out.status.code(), serde_json::from_slice(&out.stdout).unwrap_or(serde_json::Value::Null))
}

#[test]
fn scram_plus_binds_to_the_tls_session() {
    let Some(openssl) = common::peer("openssl") else { return };
    let dir = TempDir::new().unwrap();
    let certs = common::make_certificates(dir.path(), &openssl);
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let server = serve(listener, &certs, false, 1);
    let (code, json) = probe(port, &certs, Some("SCRAM-SHA-256-PLUS"));
    let log = server.join().unwrap();
    assert_eq!(code, Some(0), "{json} {log:?}");
    assert_eq!(json["attempts"][0]["result"], "authenticated");

    // A server on another TLS session (a man in the middle) sees a different binding: refused.
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let server = serve(listener, &certs, true, 1);
    let (code, json) = probe(port, &certs, Some("SCRAM-SHA-256-PLUS"));
    server.join().unwrap();
    assert_eq!(code, Some(1), "{json}");
    assert_eq!(json["attempts"][0]["text"], "5.7.8 channel binding mismatch");
}

#[test]
fn plus_is_the_strongest_choice_over_tls() {
    let Some(openssl) = common::peer("openssl") else { return };
    let dir = TempDir::new().unwrap();
    let certs = common::make_certificates(dir.path(), &openssl);
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    // Without --mech: a capabilities session first, then the attempt.
    let server = serve(listener, &certs, false, 2);
    let (code, json) = probe(port, &certs, None);
    server.join().unwrap();
    assert_eq!(code, Some(0), "{json}");
    assert_eq!(json["attempts"][0]["mechanism"], "SCRAM-SHA-256-PLUS");
}

#[test]
fn tls_1_2_binds_with_the_server_certificate_hash() {
    let Some(openssl) = common::peer("openssl") else { return };
    let dir = TempDir::new().unwrap();
    let certs = common::make_certificates(dir.path(), &openssl);
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let server = serve_with(listener, &certs, false, 1, true);
    let (code, json) = probe(port, &certs, Some("SCRAM-SHA-256-PLUS"));
    server.join().unwrap();
    assert_eq!(code, Some(0), "{json}");
    assert_eq!(json["tls"]["protocol"], "TLSv1_2");
}
