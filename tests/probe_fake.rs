//! The probe against scripted servers on 127.0.0.1, for the quirks and failures real servers
//! will not produce on demand.
//!
//! Packages: none (the servers are threads of this test).

#![allow(clippy::unwrap_used)]

mod common;

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

/// What the scripted server does with each line the client sends.
enum Answer {
    Send(&'static [u8]),
    SendOwned(Vec<u8>),
    /// One byte every 100 ms.
    TrickleSlowly(Vec<u8>),
    /// Write the bytes one at a time, flushing each: replies split at every byte.
    Trickle(&'static [u8]),
    Close,
    /// Say nothing (the client must time out).
    Silence,
}

struct Fake {
    port: u16,
    received: Arc<Mutex<Vec<String>>>,
    thread: Option<JoinHandle<()>>,
}

impl Drop for Fake {
    fn drop(&mut self) {
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Serves every connection (one at a time) until none comes for two seconds: `banner`, then
/// `script(line)` for every line received.
fn fake(banner: fn() -> Answer, script: fn(&str) -> Answer) -> Fake {
    fake_on(TcpListener::bind("127.0.0.1:0").unwrap(), banner, script)
}

fn fake_on(listener: TcpListener, banner: fn() -> Answer, script: fn(&str) -> Answer) -> Fake {
    listener.set_nonblocking(true).unwrap();
    let port = listener.local_addr().unwrap().port();
    let received = Arc::new(Mutex::new(Vec::new()));
    let log = received.clone();
    let thread = std::thread::spawn(move || {
        let mut idle = std::time::Instant::now();
        while idle.elapsed() < Duration::from_secs(2) {
            match listener.accept() {
                Ok((stream, _)) => {
                    serve(stream, banner(), script, &log);
                    idle = std::time::Instant::now();
                }
                Err(_) => std::thread::sleep(Duration::from_millis(10)),
            }
        }
    });
    Fake { port, received, thread: Some(thread) }
}

fn serve(stream: TcpStream, banner: Answer, script: fn(&str) -> Answer, log: &Mutex<Vec<String>>) {
    stream.set_nonblocking(false).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let mut writer = stream.try_clone().unwrap();
    if !answer(&mut writer, banner) {
        return;
    }
    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    while reader.read_line(&mut line).unwrap_or(0) > 0 {
        let text = line.trim_end().to_string();
        log.lock().unwrap().push(text.clone());
        if !answer(&mut writer, script(&text)) {
            return;
        }
        line.clear();
    }
}

fn answer(writer: &mut TcpStream, answer: Answer) -> bool {
    match answer {
        Answer::Send(bytes) => writer.write_all(bytes).is_ok(),
        Answer::SendOwned(bytes) => writer.write_all(&bytes).is_ok(),
        Answer::TrickleSlowly(bytes) => bytes.iter().all(|b| {
            std::thread::sleep(Duration::from_millis(100));
            writer.write_all(&[*b]).and_then(|()| writer.flush()).is_ok()
        }),
        Answer::Trickle(bytes) => {
            bytes.iter().all(|b| writer.write_all(&[*b]).and_then(|()| writer.flush()).is_ok())
        }
        Answer::Close => false,
        Answer::Silence => {
            std::thread::sleep(Duration::from_secs(3));
            false
        }
    }
}

fn probe(fake: &Fake, args: &[&str]) -> (Option<i32>, serde_json::Value, String) {
    let out = assert_cmd::Command::new(common::saslkit_bin())
        .args(["probe", &format!("127.0.0.1:{}", fake.port), "--format", "json", "--timeout", "1"])
        .args(args)
        .write_stdin("pw\n")
        .timeout(Duration::from_secs(30))
        .output()
        .unwrap();
    let json = serde_json::from_slice(&out.stdout).unwrap_or(serde_json::Value::Null);
    (out.status.code(), json, String::from_utf8_lossy(&out.stderr).into_owned())
}

const CAPS: &[u8] = b"250-fake.example\r\n250-auth=login plain\r\n250 AUTH LOGIN\r\n";

fn login_server(line: &str) -> Answer {
    match line {
        l if l.starts_with("EHLO") => Answer::Trickle(CAPS),
        "AUTH LOGIN" => Answer::Send(b"334 VXNlcm5hbWU6\r\n"),
        "YWxpY2U=" => Answer::Send(b"334\r\n"),
        "cHc=" => Answer::Send(b"235 2.7.0 ok\r\n"),
        "QUIT" => Answer::Send(b"221 bye\r\n"),
        _ => Answer::Send(b"500 what\r\n"),
    }
}

#[test]
fn replies_split_at_every_byte_and_334_without_space() {
    let server = fake(|| Answer::Trickle(b"220 fake ESMTP\r\n"), login_server);
    let (code, json, stderr) = probe(
        &server,
        &["--tls", "none", "--user", "alice", "--mech", "LOGIN", "--allow-plaintext", "--password-stdin"],
    );
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(json["attempts"][0]["result"], "authenticated");
    let findings = json["findings"].to_string();
    assert!(findings.contains("lower-case EHLO keywords"), "{findings}");
    assert!(findings.contains("AUTH and AUTH= lists differ"), "{findings}");
}

#[test]
fn undecodable_challenge_is_cancelled_with_star() {
    let server = fake(
        || Answer::Send(b"220 fake\r\n"),
        |line| match line {
            l if l.starts_with("EHLO") => Answer::Send(b"250-fake\r\n250 AUTH CRAM-MD5\r\n"),
            "AUTH CRAM-MD5" => Answer::Send(b"334 %%%not-base64%%%\r\n"),
            "*" => Answer::Send(b"501 5.7.0 cancelled\r\n"),
            _ => Answer::Send(b"221 bye\r\n"),
        },
    );
    let (code, json, _) =
        probe(&server, &["--tls", "none", "--user", "alice", "--mech", "CRAM-MD5", "--password-stdin"]);
    assert_eq!(code, Some(76));
    assert_eq!(json["attempts"][0]["result"], "protocol_error");
    drop(json);
    let received = server.received.lock().unwrap().clone();
    assert!(received.contains(&"*".to_string()), "{received:?}");
}

#[test]
fn auth_answered_with_250_is_flagged_not_success() {
    let server = fake(
        || Answer::Send(b"220 fake\r\n"),
        |line| match line {
            l if l.starts_with("EHLO") => Answer::Send(b"250-fake\r\n250 AUTH PLAIN\r\n"),
            l if l.starts_with("AUTH") => Answer::Send(b"250 sure\r\n"),
            _ => Answer::Send(b"221 bye\r\n"),
        },
    );
    let (code, json, _) =
        probe(&server, &["--tls", "none", "--user", "alice", "--allow-plaintext", "--password-stdin"]);
    assert_eq!(code, Some(76));
    assert!(json["findings"].to_string().contains("answered AUTH with 250"));
}

#[test]
fn temporary_failure_is_75() {
    let server = fake(
        || Answer::Send(b"220 fake\r\n"),
        |line| match line {
            l if l.starts_with("EHLO") => Answer::Send(b"250-fake\r\n250 AUTH PLAIN\r\n"),
            l if l.starts_with("AUTH") => Answer::Send(b"454 4.7.0 Temporary authentication failure\r\n"),
            _ => Answer::Send(b"221 bye\r\n"),
        },
    );
    let (code, json, _) =
        probe(&server, &["--tls", "none", "--user", "alice", "--allow-plaintext", "--password-stdin"]);
    assert_eq!(code, Some(75));
    assert_eq!(json["attempts"][0]["status"], "454");
}

#[test]
fn starttls_injection_is_refused() {
    let server = fake(
        || Answer::Send(b"220 fake\r\n"),
        |line| match line {
            l if l.starts_with("EHLO") => Answer::Send(b"250-fake\r\n250 STARTTLS\r\n"),
            "STARTTLS" => Answer::Send(b"220 go ahead\r\n250 injected\r\n"),
            _ => Answer::Close,
        },
    );
    let (code, _, stderr) = probe(&server, &[]);
    assert_eq!(code, Some(76), "{stderr}");
    assert!(stderr.contains("STARTTLS injection"), "{stderr}");
}

#[test]
fn garbage_long_lines_closing_and_silence() {
    let garbage = fake(|| Answer::Send(b"HTTP/1.1 400 Bad Request\r\n\r\n"), |_| Answer::Close);
    let (code, _, stderr) = probe(&garbage, &[]);
    assert_eq!(code, Some(76), "{stderr}");
    assert!(stderr.contains("answer is not SMTP"), "{stderr}");

    let server = fake(
        || Answer::SendOwned([b"220 ".as_slice(), &[b'x'; 10_000], b"\r\n"].concat()),
        |_| Answer::Close,
    );
    let (code, _, stderr) = probe(&server, &[]);
    assert_eq!(code, Some(76), "{stderr}");
    assert!(stderr.contains("longer than"), "{stderr}");

    let closing = fake(|| Answer::Send(b"220 fake\r\n"), |_| Answer::Close);
    let (code, _, stderr) = probe(&closing, &[]);
    assert_eq!(code, Some(76));
    assert!(stderr.contains("closed the connection"), "{stderr}");

    let silent = fake(|| Answer::Silence, |_| Answer::Close);
    let started = std::time::Instant::now();
    let (code, _, stderr) = probe(&silent, &[]);
    assert_eq!(code, Some(75), "{stderr}");
    assert!(started.elapsed() < Duration::from_secs(10));
}

#[test]
fn starttls_required_but_not_offered_is_69() {
    let server = fake(
        || Answer::Send(b"220 fake\r\n"),
        |line| match line {
            l if l.starts_with("EHLO") => Answer::Send(b"250-fake\r\n250 AUTH PLAIN\r\n"),
            _ => Answer::Send(b"221 bye\r\n"),
        },
    );
    let (code, json, _) = probe(&server, &["--tls", "starttls"]);
    assert_eq!(code, Some(69));
    assert_eq!(json["stopped"]["result"], "starttls_unavailable");
}

#[test]
fn a_server_that_trickles_forever_hits_the_session_timeout() {
    // A reply line that never ends, one byte every 100 ms: no single read times out, the session does.
    let server = fake(
        || {
            let endless: Vec<u8> = std::iter::once(b"220-".to_vec())
                .chain(std::iter::repeat_n(vec![b'x'], 100))
                .flatten()
                .collect();
            Answer::TrickleSlowly(endless)
        },
        |_| Answer::Close,
    );
    let started = std::time::Instant::now();
    let (code, _, stderr) = probe(&server, &[]);
    assert_eq!(code, Some(75), "{stderr}");
    assert!(started.elapsed() < Duration::from_secs(9), "{:?}", started.elapsed());
}

#[test]
fn ipv6_loopback_with_dash_6() {
    let Ok(listener) = TcpListener::bind("[::1]:0") else {
        common::skip_or_fail("this machine has no IPv6 loopback");
        return;
    };
    let server = fake_on(
        listener,
        || Answer::Send(b"220 fake6\r\n"),
        |line| match line {
            l if l.starts_with("EHLO") => Answer::Send(b"250-fake6\r\n250 AUTH PLAIN\r\n"),
            _ => Answer::Send(b"221 bye\r\n"),
        },
    );
    let out = assert_cmd::Command::new(common::saslkit_bin())
        .args(["probe", &format!("[::1]:{}", server.port), "-6", "--tls", "none", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["address"], format!("[::1]:{}", server.port));
    assert_eq!(json["banner"], "fake6");
}

/// Dovecot's submission server may close the connection after a successful AUTH (its relay failed)
/// before it answers QUIT: the outcome is known by then, so the probe still reports success.
#[test]
fn a_close_instead_of_the_quit_reply_keeps_the_outcome() {
    let server = fake(
        || Answer::Send(b"220 fake\r\n"),
        |line| match line {
            l if l.starts_with("EHLO") => Answer::Send(b"250-fake\r\n250 AUTH CRAM-MD5\r\n"),
            "AUTH CRAM-MD5" => Answer::Send(b"334 PDEyMzQ1QGV4YW1wbGU+\r\n"),
            "QUIT" => Answer::Close,
            _ => Answer::Send(b"235 2.7.0 ok\r\n"),
        },
    );
    let (code, json, stderr) =
        probe(&server, &["--tls", "none", "--user", "alice", "--mech", "CRAM-MD5", "--password-stdin"]);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(json["attempts"][0]["result"], "authenticated");
}

/// Issue 13: `--all-mechs` with some mechanisms accepted and some refused reports each one and
/// says how many failed, instead of a bare "rejected: 535".
#[test]
fn all_mechs_with_a_mixed_result_reports_the_matrix() {
    let server = fake(
        || Answer::Send(b"220 fake\r\n"),
        |line| match line {
            l if l.starts_with("EHLO") => Answer::Send(b"250-fake\r\n250 AUTH PLAIN CRAM-MD5\r\n"),
            l if l.starts_with("AUTH PLAIN ") => Answer::Send(b"235 2.7.0 ok\r\n"),
            "AUTH CRAM-MD5" => Answer::Send(b"334 PDEyMy40NTZAZmFrZT4=\r\n"),
            "QUIT" => Answer::Send(b"221 bye\r\n"),
            _ => Answer::Send(b"535 5.7.8 Error: authentication failed\r\n"),
        },
    );
    let args = ["--tls", "none", "--user", "alice", "--all-mechs", "--allow-plaintext", "--password-stdin"];
    let (code, json, stderr) = probe(&server, &args);
    assert_eq!(code, Some(1), "{stderr}");
    let results: Vec<(String, String)> = json["attempts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| (a["mechanism"].as_str().unwrap().into(), a["result"].as_str().unwrap().into()))
        .collect();
    assert!(results.contains(&("PLAIN".into(), "authenticated".into())), "{results:?}");
    assert!(results.contains(&("CRAM-MD5".into(), "rejected".into())), "{results:?}");
    assert_eq!(json["exit"]["code"], 1, "{json}");
    assert_eq!(json["exit"]["kind"], "negative", "{json}");
    let message = json["exit"]["message"].as_str().unwrap();
    assert!(message.starts_with("1 of 2 mechanisms failed: CRAM-MD5 rejected: 535"), "{message}");
    assert!(stderr.contains("1 of 2 mechanisms failed"), "{stderr}");
}

/// Issue 13: a server that offers no AUTH is not a success, and with STARTTLS on offer under
/// `--tls none` the message says where AUTH usually is.
#[test]
fn a_server_without_auth_is_69_with_a_finding() {
    let server = fake(
        || Answer::Send(b"220 fake\r\n"),
        |line| match line {
            l if l.starts_with("EHLO") => Answer::Send(b"250-fake\r\n250-STARTTLS\r\n250 8BITMIME\r\n"),
            _ => Answer::Send(b"221 bye\r\n"),
        },
    );
    let (code, json, stderr) = probe(&server, &["--tls", "none"]);
    assert_eq!(code, Some(69), "{stderr}");
    let findings = json["findings"].to_string();
    assert!(findings.contains("offers no AUTH before TLS"), "{findings}");
    assert!(findings.contains("STARTTLS"), "{findings}");
    let (code, json, stderr) = probe(&server, &["--tls", "none", "--user", "alice", "--password-stdin"]);
    assert_eq!(code, Some(69), "{stderr}");
    assert_eq!(json["attempts"][0]["mechanism"], "AUTH", "{json}");
    assert!(json["attempts"][0]["reason"].as_str().unwrap().contains("STARTTLS"), "{json}");
    assert!(stderr.contains("STARTTLS"), "{stderr}");
}

/// IMAP quirks: no capabilities in the greeting, a literal inside the CAPABILITY line, no
/// SASL-IR (the initial response waits for the continuation), a `+` without its space.
#[test]
fn imap_literals_and_a_bare_continuation() {
    let server = fake(
        || Answer::Send(b"* OK fake IMAP\r\n"),
        |line| match line {
            "a1 CAPABILITY" => Answer::Send(b"* CAPABILITY IMAP4rev1 {10}\r\nAUTH=PLAIN\r\na1 OK done\r\n"),
            "a2 AUTHENTICATE PLAIN" => Answer::Trickle(b"+\r\n"),
            "AGFsaWNlAHB3" => Answer::Send(b"a2 OK [CAPABILITY IMAP4rev1] welcome\r\n"),
            l if l.ends_with("LOGOUT") => Answer::Send(b"* BYE bye\r\na3 OK done\r\n"),
            _ => Answer::Send(b"* BAD what\r\n"),
        },
    );
    let args =
        ["--protocol", "imap", "--tls", "none", "--allow-plaintext", "--user", "alice", "--mech", "PLAIN"];
    let (code, json, stderr) = probe(&server, &[&args[..], &["--password-stdin"]].concat());
    assert_eq!(code, Some(0), "{stderr} {json:#}");
    assert_eq!(json["phases"][0]["capabilities"]["auth"], serde_json::json!(["PLAIN"]));
    assert_eq!(json["attempts"][0]["result"], "authenticated");
    let received = server.received.lock().unwrap().clone();
    assert_eq!(received[..3], ["a1 CAPABILITY", "a2 AUTHENTICATE PLAIN", "AGFsaWNlAHB3"]);
}

/// An untagged BYE in the middle of AUTHENTICATE ends the session: refused (69), not a hang.
#[test]
fn imap_bye_mid_authenticate() {
    let server = fake(
        || Answer::Send(b"* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=CRAM-MD5] fake\r\n"),
        |line| match line {
            "a1 AUTHENTICATE CRAM-MD5" => Answer::Send(b"+ PDEyMzRAZmFrZT4=\r\n"),
            _ => Answer::Send(b"* BYE [UNAVAILABLE] shutting down\r\n"),
        },
    );
    let args =
        ["--protocol", "imap", "--tls", "none", "--user", "alice", "--mech", "CRAM-MD5", "--password-stdin"];
    let (code, json, stderr) = probe(&server, &args);
    assert_eq!(code, Some(69), "{stderr} {json:#}");
    assert_eq!(json["stopped"]["result"], "refused", "{json:#}");
    assert_eq!(json["stopped"]["status"], "BYE");
    let (code, _, stderr) = probe(
        &fake(|| Answer::Send(b"HTTP/1.1 400 Bad Request\r\n"), |_| Answer::Close),
        &["--protocol", "imap"],
    );
    assert_eq!(code, Some(76), "{stderr}");
    assert!(stderr.contains("answer is not IMAP"), "{stderr}");
    // An IMAP server probed as SMTP: the error names the protocol to ask for.
    let imap = fake(|| Answer::Send(b"* OK [CAPABILITY IMAP4rev1] ready\r\n"), |_| Answer::Close);
    let (code, _, stderr) = probe(&imap, &[]);
    assert_eq!(code, Some(76), "{stderr}");
    assert!(stderr.contains("try --protocol imap"), "{stderr}");
}

/// POP3: replies split at every byte, a `+` without its space, and `-ERR [SYS/TEMP]` (75).
#[test]
fn pop3_trickled_replies_and_a_temporary_failure() {
    let server = fake(
        || Answer::Trickle(b"+OK fake POP3\r\n"),
        |line| match line {
            "CAPA" => Answer::Trickle(b"+OK\r\nUSER\r\nSASL LOGIN\r\n.\r\n"),
            "AUTH LOGIN" => Answer::Trickle(b"+\r\n"),
            "YWxpY2U=" => Answer::Trickle(b"+ UGFzc3dvcmQ6\r\n"),
            "cHc=" => Answer::Trickle(b"-ERR [SYS/TEMP] backend down\r\n"),
            _ => Answer::Send(b"+OK bye\r\n"),
        },
    );
    let args =
        ["--protocol", "pop3", "--tls", "none", "--allow-plaintext", "--user", "alice", "--password-stdin"];
    let (code, json, stderr) = probe(&server, &args);
    assert_eq!(code, Some(75), "{stderr} {json:#}");
    assert_eq!(json["attempts"][0]["result"], "temporary_failure");
    assert_eq!(json["attempts"][0]["code"], "SYS/TEMP");
    assert_eq!(json["phases"][0]["capabilities"]["plaintext_login"], "USER");
    assert!(json["findings"].to_string().contains("the USER command"), "{json:#}");
}

/// ManageSieve: a challenge sent as a literal, then `NO (TRYLATER)`; and a safe probe sends one
/// AUTHENTICATE per session (Dovecot refuses a second after a cancelled one).
#[test]
fn sieve_literal_challenges_and_one_probe_per_session() {
    let server = fake(
        || Answer::Send(b"\"IMPLEMENTATION\" \"fake\"\r\n\"SASL\" \"LOGIN CRAM-MD5\"\r\nOK \"ready\"\r\n"),
        |line| match line {
            "AUTHENTICATE \"LOGIN\"" => Answer::Send(b"{12}\r\nVXNlcm5hbWU6\r\n"),
            "\"YWxpY2U=\"" => Answer::Send(b"\"UGFzc3dvcmQ6\"\r\n"),
            "\"cHc=\"" => Answer::Send(b"NO (TRYLATER) \"later\"\r\n"),
            "AUTHENTICATE \"CRAM-MD5\"" => Answer::Send(b"\"PDEyMzRAZmFrZT4=\"\r\n"),
            "\"*\"" => Answer::Send(b"NO \"cancelled\"\r\n"),
            _ => Answer::Send(b"OK \"bye\"\r\n"),
        },
    );
    let args =
        ["--protocol", "sieve", "--tls", "none", "--allow-plaintext", "--user", "alice", "--mech", "LOGIN"];
    let (code, json, stderr) = probe(&server, &[&args[..], &["--password-stdin"]].concat());
    assert_eq!(code, Some(75), "{stderr} {json:#}");
    assert_eq!(json["attempts"][0]["code"], "TRYLATER");
    server.received.lock().unwrap().clear();
    let (code, json, stderr) = probe(&server, &["--protocol", "sieve", "--tls", "none"]);
    assert_eq!(code, Some(0), "{stderr} {json:#}");
    assert_eq!(json["safe_probe"].as_array().unwrap().len(), 2, "{json:#}");
    // The first session learns the capabilities and probes the first mechanism; one more for the
    // second: never two AUTHENTICATE in one session.
    let transcripts = json["transcripts"].as_array().unwrap();
    assert_eq!(transcripts.len(), 2, "{json:#}");
    for transcript in transcripts {
        let lines = transcript.as_array().unwrap();
        let starts = lines.iter().filter(|l| l["text"].as_str().unwrap().starts_with("AUTHENTICATE"));
        assert_eq!(starts.count(), 1, "{transcript}");
    }
}
