//! What the probe says when the administrator got the transport wrong (issue 13): each message
//! names what happened and what to do, never a library's debug form.
//!
//! Packages: openssl (certificates for the TLS servers; those tests skip without it unless
//! SASLKIT_REQUIRE_PEERS is set).

#![allow(clippy::unwrap_used, clippy::print_stderr)]

mod common;

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::sync::Arc;
use std::time::Duration;

use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};

fn probe(args: &[&str]) -> (Option<i32>, String) {
    let out = assert_cmd::Command::new(common::saslkit_bin())
        .arg("probe")
        .args(args)
        .env_clear()
        .timeout(Duration::from_secs(60))
        .output()
        .unwrap();
    (out.status.code(), String::from_utf8_lossy(&out.stderr).into_owned())
}

/// The next connection, or `None` after 20 s without one (a probe that gave up early must not
/// leave the test waiting).
fn accept(listener: &TcpListener) -> Option<std::net::TcpStream> {
    listener.set_nonblocking(true).unwrap();
    let until = std::time::Instant::now() + Duration::from_secs(20);
    while std::time::Instant::now() < until {
        if let Ok((tcp, _)) = listener.accept() {
            tcp.set_nonblocking(false).unwrap();
            tcp.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
            return Some(tcp);
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    None
}

/// Accepts one connection and runs `serve` on it in a thread.
fn one_connection(listener: TcpListener, serve: fn(std::net::TcpStream)) -> std::thread::JoinHandle<()> {
    std::thread::spawn(move || {
        if let Some(tcp) = accept(&listener) {
            serve(tcp);
        }
    })
}

#[test]
fn a_server_that_says_nothing_may_expect_tls_first() {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let server = one_connection(listener, |tcp| {
        // An implicit-TLS server waits for the ClientHello: it reads and never writes.
        let _ = std::io::Read::read(&mut &tcp, &mut [0u8; 64]);
    });
    let (code, stderr) = probe(&[&format!("127.0.0.1:{port}"), "--timeout", "1"]);
    server.join().unwrap();
    assert_eq!(code, Some(75), "{stderr}");
    assert!(stderr.contains("greeting"), "{stderr}");
    assert!(stderr.contains("--tls implicit"), "{stderr}");
}

#[test]
fn implicit_tls_against_a_plaintext_port_says_so() {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let server = one_connection(listener, |mut tcp| {
        let _ = tcp.write_all(b"220 plain.example ESMTP\r\n");
        let _ = std::io::Read::read(&mut tcp, &mut [0u8; 512]);
    });
    let (code, stderr) = probe(&[&format!("127.0.0.1:{port}"), "--tls", "implicit"]);
    server.join().unwrap();
    assert_eq!(code, Some(69), "{stderr}");
    assert!(stderr.contains("plaintext"), "{stderr}");
    assert!(stderr.contains("--tls starttls"), "{stderr}");
    assert!(!stderr.contains("InvalidContentType") && !stderr.contains("corrupt message"), "{stderr}");
}

/// A rustls server with the test leaf (IP:127.0.0.1, DNS:localhost) speaking implicit-TLS SMTP
/// (AUTH PLAIN offered, every AUTH cancelled) for `sessions` connections.
fn tls_smtp(
    listener: TcpListener,
    certs: &common::Certificates,
    sessions: usize,
) -> std::thread::JoinHandle<()> {
    let chain: Vec<CertificateDer> =
        CertificateDer::pem_file_iter(&certs.leaf).unwrap().map(|c| c.unwrap()).collect();
    let key = PrivateKeyDer::from_pem_file(&certs.leaf_key).unwrap();
    let config =
        rustls::ServerConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_no_client_auth()
            .with_single_cert(chain, key)
            .unwrap();
    let config = Arc::new(config);
    std::thread::spawn(move || {
        for _ in 0..sessions {
            let Some(tcp) = accept(&listener) else { return };
            let mut tls =
                rustls::StreamOwned::new(rustls::ServerConnection::new(config.clone()).unwrap(), tcp);
            if tls.write_all(b"220 tls.example ESMTP\r\n").is_err() {
                continue;
            }
            loop {
                let mut line = String::new();
                if BufReader::new(&mut tls).read_line(&mut line).unwrap_or(0) == 0 {
                    break;
                }
                let reply: &[u8] = match line.trim_end() {
                    l if l.starts_with("EHLO") => b"250-tls.example\r\n250 AUTH PLAIN\r\n",
                    l if l.starts_with("AUTH") => b"334 \r\n",
                    "*" => b"501 5.7.0 Authentication aborted\r\n",
                    _ => b"221 2.0.0 Bye\r\n",
                };
                if tls.write_all(reply).is_err() || reply.starts_with(b"221") {
                    break;
                }
            }
        }
    })
}

#[test]
fn a_certificate_for_other_names_says_which_names_it_has() {
    let Some(openssl) = common::peer("openssl") else { return };
    let dir = tempfile::tempdir().unwrap();
    let certs = common::make_certificates(dir.path(), &openssl);
    // Linux answers on all of 127/8: 127.0.0.2 reaches the server, but the leaf names only
    // 127.0.0.1 and localhost.
    let listener = TcpListener::bind("0.0.0.0:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let server = tls_smtp(listener, &certs, 1);
    let ca = certs.ca.to_str().unwrap();
    let (code, stderr) = probe(&[&format!("127.0.0.2:{port}"), "--tls", "implicit", "--ca-file", ca]);
    server.join().unwrap();
    assert_eq!(code, Some(77), "{stderr}");
    assert!(stderr.contains("not valid for 127.0.0.2"), "{stderr}");
    assert!(stderr.contains("127.0.0.1") && stderr.contains("localhost"), "{stderr}");
    assert!(!stderr.contains("NotValidForNameContext"), "{stderr}");
    // The CA is trusted already: adding one cannot help, so it is not suggested.
    assert!(!stderr.contains("--ca-file"), "{stderr}");
}

#[test]
fn port_465_is_implicit_tls_without_being_told() {
    let Some(openssl) = common::peer("openssl") else { return };
    let dir = tempfile::tempdir().unwrap();
    let certs = common::make_certificates(dir.path(), &openssl);
    // 465 needs root and a free port; elsewhere the unit test of effective_tls stands alone.
    let Ok(listener) = TcpListener::bind("127.0.0.1:465") else {
        eprintln!("SKIPPED: cannot listen on 127.0.0.1:465 (not root, or the port is in use)");
        return;
    };
    // A capabilities session, then the safe probe of PLAIN.
    let server = tls_smtp(listener, &certs, 2);
    let ca = certs.ca.to_str().unwrap();
    let out = assert_cmd::Command::new(common::saslkit_bin())
        .args(["probe", "127.0.0.1:465", "--ca-file", ca, "--timeout", "3", "--format", "json"])
        .env_clear()
        .timeout(Duration::from_secs(60))
        .output()
        .unwrap();
    server.join().unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_default();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(json["tls_mode"], "implicit", "{json}");
    assert_eq!(json["tls"]["verification"], "verified", "{json}");
}
