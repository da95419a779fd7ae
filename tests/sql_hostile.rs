//! Issue 15, the network path to a database server: scripted servers that stay silent, trickle a
//! byte at a time, answer garbage, or log in and then stop answering. saslkit ends every one with
//! a documented code (69 unreachable, 75 gone mid-operation) under an address-space limit and a
//! deadline: never a hang, a signal or an unbounded allocation (tokio-postgres reserves what a
//! message header announces: a server announcing 2 GiB aborted the process before
//! `sql/guard.rs`).
//!
//! Packages: none (the servers are scripted here).

#![allow(clippy::unwrap_used)]

mod common;

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::Command;
use std::time::Duration;

/// A server that runs `script` on every connection.
fn serve(script: fn(TcpStream)) -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            std::thread::spawn(move || script(stream));
        }
    });
    port
}

/// Reads what the client sends until it hangs up.
fn drain(mut stream: TcpStream) {
    let mut buf = [0u8; 4096];
    while matches!(stream.read(&mut buf), Ok(n) if n > 0) {}
}

fn silent(stream: TcpStream) {
    drain(stream);
}

fn trickle(mut stream: TcpStream) {
    // An authentication request whose bytes come one a second.
    for byte in b"R\0\0\0\x08\0\0\0\0".iter().cycle() {
        if stream.write_all(&[*byte]).is_err() {
            return;
        }
        std::thread::sleep(Duration::from_secs(1));
    }
}

fn flood(mut stream: TcpStream) {
    // A message that says it is 2 GiB long, then bytes as fast as the socket takes them.
    let _ = stream.write_all(b"R\x7f\xff\xff\xff");
    let chunk = vec![b'x'; 1 << 16];
    while stream.write_all(&chunk).is_ok() {}
}

fn flood_of_messages(mut stream: TcpStream) {
    // Authentication requests of an unknown kind, as fast as the socket takes them.
    let chunk = b"R\0\0\0\x08\0\0\0\x63".repeat(4096);
    while stream.write_all(&chunk).is_ok() {}
}

fn logs_in_then_stops(mut stream: TcpStream) {
    let mut startup = [0u8; 4096];
    let _ = stream.read(&mut startup);
    // AuthenticationOk, then ReadyForQuery (idle): then nothing, whatever is asked.
    let _ = stream.write_all(b"R\0\0\0\x08\0\0\0\0Z\0\0\0\x05I");
    drain(stream);
}

fn garbage(mut stream: TcpStream) {
    let _ = stream.write_all(b"HTTP/1.1 400 Bad Request\r\n\r\n");
    drain(stream);
}

fn run(scheme: &str, port: u16, deadline: Duration) -> common::Bounded {
    let url = match scheme {
        "postgresql" => format!("postgresql://sasl@127.0.0.1:{port}/mail?sslmode=disable"),
        _ => format!("{scheme}://sasl@127.0.0.1:{port}/mail"),
    };
    let mut cmd = Command::new(common::saslkit_bin());
    cmd.env_clear().env("SASLKIT_DB_PASSWORD", "pw").args(["--db", &url, "user", "list"]);
    common::run_bounded(&mut cmd, b"", 1 << 30, deadline)
}

/// A scripted server's name, its script, the exit code saslkit must end with, and the deadline.
type Case = (&'static str, fn(TcpStream), i32, Duration);

fn mysql_flood(mut stream: TcpStream) {
    // Packets of the largest size, each saying another follows, as fast as the socket takes them.
    let mut packet = vec![0xff, 0xff, 0xff, 0];
    packet.extend(vec![b'x'; 0xff_ffff]);
    while stream.write_all(&packet).is_ok() {
        packet[3] = packet[3].wrapping_add(1);
    }
}

/// Serves each case to saslkit at once and checks how each ended.
fn check_all(scheme: &'static str, cases: Vec<Case>) {
    let handles: Vec<_> = cases
        .into_iter()
        .map(|(name, script, code, deadline)| {
            let port = serve(script);
            std::thread::spawn(move || (name, code, run(scheme, port, deadline)))
        })
        .collect();
    for handle in handles {
        let (name, code, out) = handle.join().unwrap();
        assert!(!out.timed_out, "{scheme}, {name}: saslkit hung");
        assert_eq!(out.signal, None, "{scheme}, {name}: killed by a signal: {}", out.stderr);
        assert_eq!(out.code, Some(code), "{scheme}, {name}: {}", out.stderr);
        assert!(out.stderr.contains("127.0.0.1"), "{scheme}, {name}: the server is named: {}", out.stderr);
    }
}

#[test]
fn hostile_postgresql_servers_end_with_documented_codes() {
    check_all(
        "postgresql",
        vec![
            ("silent", silent, 69, Duration::from_secs(40)),
            ("trickle", trickle, 69, Duration::from_secs(40)),
            ("flood", flood, 69, Duration::from_secs(40)),
            ("flood of messages", flood_of_messages, 69, Duration::from_secs(40)),
            ("garbage", garbage, 69, Duration::from_secs(40)),
            ("logs in, then silent", logs_in_then_stops, 75, Duration::from_secs(60)),
        ],
    );
}

#[test]
fn hostile_mariadb_servers_end_with_documented_codes() {
    check_all(
        "mysql",
        vec![
            ("silent", silent, 69, Duration::from_secs(60)),
            ("trickle", trickle, 69, Duration::from_secs(60)),
            ("flood", mysql_flood, 69, Duration::from_secs(60)),
            ("garbage", garbage, 69, Duration::from_secs(60)),
        ],
    );
}
