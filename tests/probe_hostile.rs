//! The probe against hostile scripted servers on 127.0.0.1 (issue 9): a TLS handshake trickled a
//! byte at a time, a `334` flood, a server that stops reading, a slow but valid server across many
//! sessions, and thousands of advertised mechanisms. Each run is a child under an address-space
//! limit and a deadline: it must end within its time-outs, with bounded memory and output.
//!
//! Packages: none (the servers are threads of this test).
#![allow(clippy::unwrap_used)]

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::{run_bounded, saslkit_bin};

const ADDRESS_SPACE: u64 = 1 << 30;

/// Accepts connections until `stop` is set (or 60 s pass), each served by `serve` on its own thread.
struct Server {
    port: u16,
    connections: Arc<AtomicUsize>,
    stop: Arc<std::sync::atomic::AtomicBool>,
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

fn server(serve: fn(TcpStream)) -> Server {
    server_on(TcpListener::bind("127.0.0.1:0").unwrap(), serve)
}

fn server_on(listener: TcpListener, serve: fn(TcpStream)) -> Server {
    listener.set_nonblocking(true).unwrap();
    let port = listener.local_addr().unwrap().port();
    let connections = Arc::new(AtomicUsize::new(0));
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let (count, halt) = (connections.clone(), stop.clone());
    std::thread::spawn(move || {
        let started = Instant::now();
        while !halt.load(Ordering::Relaxed) && started.elapsed() < Duration::from_secs(60) {
            match listener.accept() {
                Ok((stream, _)) => {
                    count.fetch_add(1, Ordering::Relaxed);
                    stream.set_nonblocking(false).unwrap();
                    std::thread::spawn(move || serve(stream));
                }
                Err(_) => std::thread::sleep(Duration::from_millis(5)),
            }
        }
    });
    Server { port, connections, stop }
}

fn probe(server: &Server, args: &[&str], deadline: Duration) -> (common::Bounded, Duration) {
    let mut cmd = Command::new(saslkit_bin());
    cmd.args(["probe", &format!("127.0.0.1:{}", server.port), "--timeout", "1"]).args(args).env_clear();
    let started = Instant::now();
    let outcome = run_bounded(&mut cmd, b"pw\n", ADDRESS_SPACE, deadline);
    (outcome, started.elapsed())
}

/// Reads lines and answers them with `answer` until the client goes away.
fn smtp(stream: TcpStream, answer: impl Fn(&str, &mut TcpStream) -> bool) {
    let mut writer = stream.try_clone().unwrap();
    let _ = stream.set_read_timeout(Some(Duration::from_secs(30)));
    if writer.write_all(b"220 hostile.example ESMTP\r\n").is_err() {
        return;
    }
    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    while reader.read_line(&mut line).unwrap_or(0) > 0 {
        if !answer(line.trim_end(), &mut writer) {
            return;
        }
        line.clear();
    }
}

#[test]
fn a_trickled_tls_handshake_ends_at_the_session_deadline() {
    let server = server(|mut stream| {
        let mut hello = [0u8; 512];
        let _ = stream.read(&mut hello);
        // A handshake record that announces 16 KiB, then one byte every 100 ms: every read returns
        // quickly, and the handshake never completes.
        let _ = stream.write_all(&[0x16, 0x03, 0x03, 0x40, 0x00, 0x02]);
        for _ in 0..600 {
            std::thread::sleep(Duration::from_millis(100));
            if stream.write_all(&[0]).is_err() {
                return;
            }
        }
    });
    let (outcome, took) = probe(&server, &["--tls", "implicit"], Duration::from_secs(30));
    outcome.assert_orderly("trickled handshake");
    assert_eq!(outcome.code, Some(75), "{}", outcome.stderr);
    assert!(took < Duration::from_secs(8), "took {took:?} (the session gets 4 s)");
}

/// Lines the flood server received from clients.
static FLOOD_RECEIVED: AtomicUsize = AtomicUsize::new(0);

#[test]
fn a_334_flood_is_cancelled_and_the_report_stays_small() {
    let server = server(|stream| {
        smtp(stream, |line, out| {
            FLOOD_RECEIVED.fetch_add(1, Ordering::Relaxed);
            let reply: Vec<u8> = if line.starts_with("EHLO") {
                b"250-hostile.example\r\n250 AUTH LOGIN PLAIN\r\n".to_vec()
            } else if line == "QUIT" {
                b"221 bye\r\n".to_vec()
            } else {
                // A thousand challenges for every line, without waiting for answers.
                b"334 VXNlcm5hbWU6\r\n".repeat(1000)
            };
            out.write_all(&reply).is_ok()
        })
    });
    // PLAIN answers any challenge with its credentials: only a cap ends the exchange.
    let args =
        ["--user", "alice", "--mech", "PLAIN", "--password-stdin", "--allow-plaintext", "--tls", "none"];
    let (outcome, took) = probe(&server, &args, Duration::from_secs(30));
    outcome.assert_orderly("334 flood");
    assert_ne!(outcome.code, Some(0), "a flood is not a success: {}", outcome.stderr);
    assert!(took < Duration::from_secs(8), "took {took:?}");
    let received = FLOOD_RECEIVED.load(Ordering::Relaxed);
    assert!(received <= 16, "the client answered {received} lines of the flood");
}

#[test]
fn a_server_that_stops_reading_cannot_hold_the_client() {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    {
        use std::os::fd::AsRawFd;
        let small: libc::c_int = 1024;
        // SAFETY: a valid socket and option value.
        unsafe {
            libc::setsockopt(
                listener.as_raw_fd(),
                libc::SOL_SOCKET,
                libc::SO_RCVBUF,
                (&small as *const libc::c_int).cast(),
                std::mem::size_of::<libc::c_int>() as libc::socklen_t,
            );
        }
    }
    let server = server_on(listener, |mut stream| {
        // Every reply at once, challenges without end, and never a read: each 10 kB answer
        // piles up in the buffers until a write blocks.
        let mut script = b"220 hostile.example ESMTP\r\n250-hostile.example\r\n250 AUTH PLAIN\r\n".to_vec();
        script.extend(b"334 \r\n".repeat(2000));
        let _ = stream.write_all(&script);
        std::thread::sleep(Duration::from_secs(30));
    });
    let password = format!("{}\n", "p".repeat(8000));
    let mut cmd = Command::new(saslkit_bin());
    cmd.args(["probe", &format!("127.0.0.1:{}", server.port), "--timeout", "1", "--tls", "none"])
        .args(["--user", "alice", "--mech", "PLAIN", "--password-stdin", "--allow-plaintext"])
        .env_clear();
    let started = Instant::now();
    let outcome = run_bounded(&mut cmd, password.as_bytes(), ADDRESS_SPACE, Duration::from_secs(40));
    let took = started.elapsed();
    outcome.assert_orderly("stopped reading");
    assert_ne!(outcome.code, Some(0), "{}", outcome.stderr);
    assert!(took < Duration::from_secs(8), "took {took:?}");
}

#[test]
fn a_slow_server_cannot_stretch_a_safe_probe_past_the_deadline() {
    let server = server(|stream| {
        smtp(stream, |line, out| {
            std::thread::sleep(Duration::from_millis(150));
            let reply: Vec<u8> = if line.starts_with("EHLO") {
                let mechs: Vec<String> = (0..40).map(|i| format!("X-SLOW{i}")).collect();
                format!("250-slow.example\r\n250 AUTH {}\r\n", mechs.join(" ")).into_bytes()
            } else if line.starts_with("AUTH") {
                b"334 \r\n".to_vec()
            } else if line == "*" {
                b"501 cancelled\r\n".to_vec()
            } else {
                b"221 bye\r\n".to_vec()
            };
            out.write_all(&reply).is_ok()
        })
    });
    let (outcome, took) = probe(&server, &["--tls", "none", "--deadline", "3"], Duration::from_secs(60));
    outcome.assert_orderly("slow server");
    assert_eq!(outcome.code, Some(75), "{}", outcome.stderr);
    assert!(outcome.stderr.contains("deadline"), "{}", outcome.stderr);
    assert!(took < Duration::from_secs(6), "took {took:?}");
}

#[test]
fn thousands_of_mechanisms_are_capped_and_said_so() {
    let server = server(|stream| {
        smtp(stream, |line, out| {
            let reply: Vec<u8> = if line.starts_with("EHLO") {
                let mut reply = b"250-many.example\r\n".to_vec();
                let mechs: Vec<String> = (0..3000).map(|i| format!("X{i}")).collect();
                for chunk in mechs.chunks(400) {
                    reply.extend(format!("250-AUTH {}\r\n", chunk.join(" ")).bytes());
                }
                reply.extend(b"250 8BITMIME\r\n");
                reply
            } else if line.starts_with("AUTH") {
                b"504 no\r\n".to_vec()
            } else {
                b"221 bye\r\n".to_vec()
            };
            out.write_all(&reply).is_ok()
        })
    });
    let mut cmd = Command::new(saslkit_bin());
    cmd.args([
        "probe",
        &format!("127.0.0.1:{}", server.port),
        "--timeout",
        "2",
        "--tls",
        "none",
        "--format",
        "json",
    ])
    .env_clear();
    let out = cmd.output().unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_default();
    let findings = json["findings"].to_string();
    assert!(
        findings.contains("advertises 3000 mechanisms"),
        "{findings} {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(json["safe_probe"].as_array().map_or(0, Vec::len) <= 64);
    assert!(
        server.connections.load(Ordering::Relaxed) <= 1 + 64 / 8,
        "{} sessions",
        server.connections.load(Ordering::Relaxed)
    );
    assert!(out.stdout.len() < 1 << 20, "{} bytes of JSON", out.stdout.len());
}
