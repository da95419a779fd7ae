//! `saslkit auth …` through the binary: every reference vector, the real peers (gen-auth, gsasl),
//! JSON shapes and errors.
//!
//! Packages: sasl2-bin (gen-auth), gsasl, swaks, libauthen-sasl-perl.

#![allow(clippy::unwrap_used)]

mod common;

use common::{peer, run};
use predicates::prelude::*;

fn saslkit() -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::new(common::saslkit_bin());
    cmd.env_clear();
    cmd
}

fn b64(text: &str) -> String {
    saslkit::sasl::b64::encode(text.as_bytes())
}

/// Runs `saslkit auth ARGS --password-stdin` with `password` and returns stdout.
fn auth(args: &[&str], password: &str) -> String {
    let out = saslkit()
        .arg("auth")
        .args(args)
        .arg("--password-stdin")
        .write_stdin(format!("{password}\n"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn plain_vectors() {
    assert_eq!(auth(&["plain", "test", "--authzid", "test"], "testpass"), "dGVzdAB0ZXN0AHRlc3RwYXNz\n");
    assert_eq!(auth(&["plain", "tim"], "tanstaaftanstaaf"), "AHRpbQB0YW5zdGFhZnRhbnN0YWFm\n");
    assert_eq!(auth(&["plain", "Kurt", "--authzid", "Ursel"], "xipj3plmq"), "VXJzZWwAS3VydAB4aXBqM3BsbXE=\n");
    assert_eq!(
        auth(&["plain", "tim", "--command"], "tanstaaftanstaaf"),
        "AUTH PLAIN AHRpbQB0YW5zdGFhZnRhbnN0YWFm\n"
    );
}

#[test]
fn login_and_cram_vectors() {
    assert_eq!(auth(&["login", "alice"], "s3cret"), "YWxpY2U=\nczNjcmV0\n");
    let challenge = "PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UucmVzdG9uLm1jaS5uZXQ+";
    assert_eq!(
        auth(&["cram-md5", "tim", "--challenge", challenge], "tanstaaftanstaaf"),
        "dGltIGI5MTNhNjAyYzdlZGE3YTQ5NWI0ZTZlNzMzNGQzODkw\n"
    );
    assert_eq!(
        auth(
            &["cram-md5", "tim", "--challenge", "<1896.697170952@postoffice.reston.mci.net>"],
            "tanstaaftanstaaf"
        ),
        "dGltIGI5MTNhNjAyYzdlZGE3YTQ5NWI0ZTZlNzMzNGQzODkw\n"
    );
    let sha1 = auth(&["cram-sha1", "tim", "--challenge", challenge], "pw");
    let sha256 = auth(&["cram-sha256", "tim", "--challenge", challenge], "pw");
    assert_eq!(saslkit::sasl::b64::decode(sha1.trim()).unwrap().len(), 4 + 40);
    assert_eq!(saslkit::sasl::b64::decode(sha256.trim()).unwrap().len(), 4 + 64);
}

#[test]
fn digest_md5_rfc2831_vector() {
    let challenge = b64("realm=\"elwood.innosoft.com\",nonce=\"OA6MG9tEQGm2hh\",qop=\"auth\",algorithm=md5-sess,charset=utf-8");
    let args =
        ["digest-md5", "chris", "--challenge", &challenge, "--service", "imap", "--cnonce", "OA6MHXh6VqTrRk"];
    let response = auth(&args, "secret");
    let decoded = String::from_utf8(saslkit::sasl::b64::decode(response.trim()).unwrap()).unwrap();
    assert!(decoded.contains("response=d388dad90d4bbd760a152321f2143af7"), "{decoded}");
    assert!(decoded.contains("digest-uri=\"imap/elwood.innosoft.com\""), "{decoded}");
    let good = b64("rspauth=ea40f60335c427b5527b84dbabcdfffd");
    saslkit()
        .arg("auth")
        .args(args)
        .args(["--server-final", &good, "--password-stdin"])
        .write_stdin("secret\n")
        .assert()
        .success()
        .stderr(predicate::str::contains("rspauth verified"));
    let bad = b64("rspauth=00000000000000000000000000000000");
    saslkit()
        .arg("auth")
        .args(args)
        .args(["--server-final", &bad, "--password-stdin"])
        .write_stdin("secret\n")
        .assert()
        .code(1);
    let malformed = b64("realm=\"open");
    saslkit()
        .args(["auth", "digest-md5", "chris", "--challenge", &malformed, "--password-stdin"])
        .write_stdin("secret\n")
        .assert()
        .code(65)
        .stderr(predicate::str::contains("malformed DIGEST-MD5"));
}

fn scram_exchange(mech: &str, nonce: &str, server_first: &str, client_final: &str, server_final: &str) {
    let first = saslkit().args(["auth", mech, "user", "--nonce", nonce]).output().unwrap();
    assert_eq!(
        String::from_utf8(first.stdout).unwrap(),
        format!("{}\n", b64(&format!("n,,n=user,r={nonce}")))
    );
    let args = ["auth", mech, "user", "--nonce", nonce, "--server-first", &b64(server_first)];
    let out = saslkit().args(args).arg("--password-stdin").write_stdin("pencil\n").output().unwrap();
    assert_eq!(String::from_utf8(out.stdout).unwrap(), format!("{}\n", b64(client_final)));
    saslkit()
        .args(args)
        .args(["--server-final", &b64(server_final), "--password-stdin"])
        .write_stdin("pencil\n")
        .assert()
        .success()
        .stderr(predicate::str::contains("server signature verified"));
    saslkit()
        .args(args)
        .args(["--server-final", &b64("v=AAAA"), "--password-stdin"])
        .write_stdin("pencil\n")
        .assert()
        .code(1)
        .stderr(predicate::str::contains("does not match"));
}

#[test]
fn scram_rfc5802_and_rfc7677_exchanges() {
    scram_exchange(
        "scram-sha-1",
        "fyko+d2lbbFgONRv9qkxdawL",
        "r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096",
        "c=biws,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,p=v0X8v3Bz2T0CJGbJQyF0X+HI4Ts=",
        "v=rmF9pqV8S7suAoZWja4dJRkFsKQ=",
    );
    scram_exchange(
        "scram-sha-256",
        "rOprNGfwEbeRWgbNEkqO",
        "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096",
        "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=",
        "v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=",
    );
}

#[test]
fn scram_sha_512_round_trip_against_our_own_server_side() {
    // The server side of the exchange, computed from the stored keys as a server would.
    use saslkit::secrets::scram::{hmac, ScramHash, ScramSecret};
    let secret = ScramSecret::derive(
        ScramHash::Sha512,
        &saslkit::secrets::password::Password::from_bytes(b"pw"),
        b"0123456789abcdef",
        4096,
    );
    let server_first = format!("r=clientnonceSERVER,s={},i=4096", saslkit::sasl::b64::encode(&secret.salt));
    let args =
        ["auth", "scram-sha-512", "user", "--nonce", "clientnonce", "--server-first", &b64(&server_first)];
    let out = saslkit().args(args).arg("--password-stdin").write_stdin("pw\n").output().unwrap();
    let client_final =
        String::from_utf8(saslkit::sasl::b64::decode(String::from_utf8(out.stdout).unwrap().trim()).unwrap())
            .unwrap();
    let without_proof = client_final.rsplit_once(",p=").unwrap().0;
    let auth_message = format!("n=user,r=clientnonce,{server_first},{without_proof}");
    let verifier =
        saslkit::sasl::b64::encode(&hmac(ScramHash::Sha512, &secret.server_key, auth_message.as_bytes()));
    saslkit()
        .args(args)
        .args(["--server-final", &b64(&format!("v={verifier}")), "--password-stdin"])
        .write_stdin("pw\n")
        .assert()
        .success();
}

#[test]
fn scram_refuses_weak_or_foreign_server_first() {
    let weak = b64("r=abcdef,s=QSXCR+Q6sek8bf92,i=1000");
    let args = ["auth", "scram-sha-256", "user", "--nonce", "abc", "--server-first", &weak];
    saslkit()
        .args(args)
        .arg("--password-stdin")
        .write_stdin("pw\n")
        .assert()
        .code(65)
        .stderr(predicate::str::contains("--allow-weak"));
    saslkit()
        .args(args)
        .args(["--allow-weak", "--password-stdin"])
        .write_stdin("pw\n")
        .assert()
        .success()
        .stderr(predicate::str::contains("1000 iterations"));
    let foreign = b64("r=zzz123,s=QSXCR+Q6sek8bf92,i=4096");
    saslkit()
        .args([
            "auth",
            "scram-sha-256",
            "user",
            "--nonce",
            "abc",
            "--server-first",
            &foreign,
            "--password-stdin",
        ])
        .write_stdin("pw\n")
        .assert()
        .code(65)
        .stderr(predicate::str::contains("does not extend"));
    saslkit().args(["auth", "scram-sha-256", "user", "--server-first", &foreign]).assert().code(64);
}

#[test]
fn oauth_vectors_and_token_sources() {
    let out = saslkit()
        .args([
            "auth",
            "oauthbearer",
            "user@example.com",
            "--host",
            "server.example.com",
            "--port",
            "143",
            "--token-env",
            "TOK",
        ])
        .env("TOK", "vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg==")
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "bixhPXVzZXJAZXhhbXBsZS5jb20sAWhvc3Q9c2VydmVyLmV4YW1wbGUuY29tAXBvcnQ9MTQzAWF1dGg9QmVhcmVyIHZGOWRmdDRxbVRjMk52YjNSbGNrQmhiSFJoZG1semRHRXVZMjl0Q2c9PQEB\n"
    );
    saslkit()
        .args(["auth", "xoauth2", "someuser@example.com", "--token-stdin"])
        .write_stdin("ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg\n")
        .assert()
        .success()
        .stdout("dXNlcj1zb21ldXNlckBleGFtcGxlLmNvbQFhdXRoPUJlYXJlciB5YTI5LnZGOWRmdDRxbVRjMk52YjNSbGNrQmhkSFJoZG1semRHRXVZMjl0Q2cBAQ==\n");
}

#[test]
fn external_and_anonymous() {
    saslkit().args(["auth", "external"]).assert().success().stdout("=\n");
    saslkit().args(["auth", "external", "--command"]).assert().success().stdout("AUTH EXTERNAL =\n");
    saslkit().args(["auth", "external", "alice"]).assert().success().stdout("YWxpY2U=\n");
    saslkit().args(["auth", "anonymous", "sirhc"]).assert().success().stdout("c2lyaGM=\n");
}

#[test]
fn json_shape_masks_secrets_unless_asked() {
    let out = saslkit()
        .args(["auth", "plain", "tim", "--format", "json", "--password-stdin"])
        .write_stdin("tanstaaftanstaaf\n")
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["mechanism"], "PLAIN");
    assert_eq!(json["messages"][0]["base64"], "AHRpbQB0YW5zdGFhZnRhbnN0YWFm");
    assert_eq!(json["messages"][0]["raw"], "\\0tim\\0<hidden, 16 bytes>");
    assert_eq!(
        json["messages"][0]["fields"][1],
        serde_json::json!({"name": "authcid", "value": "tim", "secret": false})
    );
    assert_eq!(json["messages"][0]["fields"][2]["value"], "<hidden, 16 bytes>");
    assert_eq!(json["command"], serde_json::json!(["AUTH PLAIN AHRpbQB0YW5zdGFhZnRhbnN0YWFm"]));
    assert!(!String::from_utf8_lossy(&out.stdout).contains("tanstaaf"));
    let shown = saslkit()
        .args(["auth", "plain", "tim", "--format", "json", "--show-secrets", "--password-stdin"])
        .write_stdin("tanstaaftanstaaf\n")
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&shown.stdout).unwrap();
    assert_eq!(json["messages"][0]["raw"], "\\0tim\\0tanstaaftanstaaf");
}

#[test]
fn bad_input_is_65_with_the_reason() {
    saslkit()
        .args(["auth", "cram-md5", "tim", "--challenge", "not base64!", "--password-stdin"])
        .write_stdin("pw\n")
        .assert()
        .code(65)
        .stderr(predicate::str::contains("outside the base64 alphabet"));
    saslkit()
        .args(["auth", "plain", "tim", "--password-stdin"])
        .write_stdin("a\0b\n")
        .assert()
        .code(65)
        .stderr(predicate::str::contains("NUL"));
    saslkit()
        .args(["auth", "plain", &"u".repeat(256), "--password-stdin"])
        .write_stdin("pw\n")
        .assert()
        .code(65)
        .stderr(predicate::str::contains("255"));
}

#[test]
fn decode_explains_and_reads_transcripts() {
    saslkit().args(["auth", "decode", "dGVzdAB0ZXN0AHRlc3RwYXNz"]).assert().success().stdout(
        predicate::str::contains("mechanism: PLAIN (guessed)")
            .and(predicate::str::contains("<hidden, 8 bytes>")),
    );
    let transcript = "C: AUTH PLAIN AHRpbQB0YW5zdGFhZnRhbnN0YWFm\nS: 334 VXNlcm5hbWU6\nC: dGltIGI5MTNhNjAyYzdlZGE3YTQ5NWI0ZTZlNzMzNGQzODkw\n";
    let out =
        saslkit().args(["auth", "decode", "-", "--format", "json"]).write_stdin(transcript).output().unwrap();
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json[0]["mechanism"], "PLAIN");
    assert_eq!(json[0]["guessed"], false);
    assert_eq!(json[1]["mechanism"], "LOGIN server prompt");
    assert_eq!(json[2]["mechanism"], "CRAM-MD5 response");
    assert_eq!(json[2]["fields"][0]["value"], "tim");
    saslkit()
        .args(["auth", "decode", "-"])
        .write_stdin("AHRpbQB0YW5zdGFhZnRhbnN0YWFm\n%%%%\n")
        .assert()
        .code(65)
        .stdout(predicate::str::contains("error: not base64"));
}

/// gen-auth (Debian's sasl2-bin) and gsasl make the same blobs for the same inputs, and
/// `auth decode` reads what they make.
#[test]
fn same_blobs_as_gen_auth_and_gsasl() {
    let challenge = "PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UucmVzdG9uLm1jaS5uZXQ+";
    if let Some(gen_auth) = peer("gen-auth") {
        let plain = run(&gen_auth, &["plain", "alice", "s3cret"], b"");
        assert_eq!(
            String::from_utf8(plain.stdout).unwrap(),
            format!("Auth String: {}", auth(&["plain", "alice"], "s3cret"))
        );
        let login = String::from_utf8(run(&gen_auth, &["login", "alice", "s3cret"], b"").stdout).unwrap();
        let ours: Vec<String> = auth(&["login", "alice"], "s3cret").lines().map(String::from).collect();
        assert_eq!(login, format!("Username: {}\nPassword: {}\n", ours[0], ours[1]));
        let cram = run(&gen_auth, &["cram-md5", "tim", "tanstaaftanstaaf", challenge], b"");
        assert_eq!(
            String::from_utf8(cram.stdout).unwrap(),
            auth(&["cram-md5", "tim", "--challenge", challenge], "tanstaaftanstaaf")
        );
    }
    let Some(gsasl) = peer("gsasl") else { return };
    let gsasl_blobs = |mech: &str, extra: &[&str], stdin: &[u8]| -> Vec<String> {
        let mut args = vec!["--client", "--mechanism", mech];
        args.extend(extra);
        let out = run(&gsasl, &args, stdin);
        String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .skip(1)
            .filter(|l| !l.is_empty())
            .map(String::from)
            .collect()
    };
    let plain = gsasl_blobs("PLAIN", &["-a", "alice", "-p", "s3cret", "-z", "shared@example.test"], b"");
    assert_eq!(plain, [auth(&["plain", "alice", "--authzid", "shared@example.test"], "s3cret").trim()]);
    let login = gsasl_blobs("LOGIN", &["-a", "alice", "-p", "s3cret"], b"\n\n");
    assert_eq!(login.join("\n") + "\n", auth(&["login", "alice"], "s3cret"));
    let cram = gsasl_blobs(
        "CRAM-MD5",
        &["-a", "tim", "-p", "tanstaaftanstaaf"],
        format!("{challenge}\n").as_bytes(),
    );
    assert_eq!(cram, [auth(&["cram-md5", "tim", "--challenge", challenge], "tanstaaftanstaaf").trim()]);
    // And decode reads what gsasl made.
    saslkit()
        .args(["auth", "decode", &plain[0], "--show-secrets"])
        .assert()
        .success()
        .stdout(predicate::str::contains("shared@example.test").and(predicate::str::contains("s3cret")));
}

/// Issue 13: a whole swaks log holds one AUTH exchange; `QUIT`, `CHUNKING` and the other lines
/// are valid base64 but no blobs: skipped and counted, not decoded as LOGIN values.
/// Packages: swaks.
#[test]
fn decode_of_a_real_swaks_log_finds_only_the_auth_exchange() {
    use std::io::{BufRead, BufReader, Write};
    let Some(swaks) = peer("swaks") else { return };
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let server = std::thread::spawn(move || {
        let (tcp, _) = listener.accept().unwrap();
        tcp.set_read_timeout(Some(std::time::Duration::from_secs(10))).unwrap();
        let mut out = tcp.try_clone().unwrap();
        out.write_all(b"220 fake.example ESMTP\r\n").unwrap();
        let mut step = 0;
        for line in BufReader::new(tcp).lines() {
            let Ok(line) = line else { break };
            let reply: &[u8] = match line.as_str() {
                l if l.starts_with("EHLO") => {
                    b"250-fake.example\r\n250-AUTH LOGIN PLAIN\r\n250-CHUNKING\r\n250 SMTPUTF8\r\n"
                }
                "QUIT" => b"221 2.0.0 Bye\r\n",
                _ => {
                    step += 1;
                    match step {
                        1 => b"334 VXNlcm5hbWU6\r\n",
                        2 => b"334 UGFzc3dvcmQ6\r\n",
                        _ => b"235 2.7.0 Authentication successful\r\n",
                    }
                }
            };
            out.write_all(reply).unwrap();
            if line == "QUIT" {
                break;
            }
        }
    });
    let server_arg = format!("127.0.0.1:{port}");
    let log = run(
        &swaks,
        &[
            "--server",
            &server_arg,
            "--auth",
            "LOGIN",
            "--auth-user",
            "alice",
            "--auth-password",
            "pw",
            "--quit-after",
            "AUTH",
        ],
        b"",
    );
    server.join().unwrap();
    let log = String::from_utf8_lossy(&log.stdout).into_owned();
    assert!(log.contains("CHUNKING") && log.contains("QUIT"), "{log}");
    let out = saslkit()
        .args(["auth", "decode", "-", "--format", "json", "--show-secrets"])
        .write_stdin(log.clone())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}\n{log}", String::from_utf8_lossy(&out.stderr));
    let blobs: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    let values: Vec<String> =
        blobs.iter().map(|b| b["fields"][0]["value"].as_str().unwrap_or_default().to_string()).collect();
    assert_eq!(values, ["Username:", "alice", "Password:", "pw"], "{blobs:?}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("outside an AUTH exchange"));
}
