//! `saslkit probe` of many targets: a fleet of scripted servers (good, refusing, hanging,
//! TLS-broken) within its deadline, `--fail-on`, and `--mx` through a real DNS server (dnsmasq
//! started by the test on a free port).
//!
//! Packages: dnsmasq (the MX test; the fleet's servers are threads of this test).

#![allow(clippy::unwrap_used)]

mod common;

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::time::{Duration, Instant};

use common::peer;

/// Serves every connection on its own thread with `serve`, for as long as the test runs.
fn server(address: &str, serve: fn(TcpStream)) -> u16 {
    let listener = TcpListener::bind(address).unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            std::thread::spawn(move || serve(stream));
        }
    });
    port
}

/// SMTP without TLS offering AUTH PLAIN; AUTH is continued, `*` cancels it.
fn good(stream: TcpStream) {
    let mut out = stream.try_clone().unwrap();
    let _ = out.write_all(b"220 good.example ESMTP\r\n");
    for line in BufReader::new(stream).lines() {
        let Ok(line) = line else { return };
        let reply: &[u8] = match line.split(' ').next().unwrap_or("") {
            "EHLO" => b"250-good.example\r\n250 AUTH PLAIN\r\n",
            "AUTH" => b"334 \r\n",
            "*" => b"501 5.7.0 cancelled\r\n",
            "QUIT" => b"221 bye\r\n",
            _ => b"502 what\r\n",
        };
        if out.write_all(reply).is_err() || line == "QUIT" {
            return;
        }
    }
}

/// Accepts and says nothing.
fn hanging(stream: TcpStream) {
    std::thread::sleep(Duration::from_secs(30));
    drop(stream);
}

/// Offers STARTTLS, agrees, then answers the handshake with text.
fn tls_broken(stream: TcpStream) {
    let mut out = stream.try_clone().unwrap();
    let _ = out.write_all(b"220 broken.example ESMTP\r\n");
    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    while reader.read_line(&mut line).unwrap_or(0) > 0 {
        let reply: &[u8] = match line.trim_end() {
            l if l.starts_with("EHLO") => b"250-broken.example\r\n250-STARTTLS\r\n250 AUTH PLAIN\r\n",
            "STARTTLS" => b"220 go ahead\r\n",
            _ => b"this is not TLS at all\r\n",
        };
        if out.write_all(reply).is_err() {
            return;
        }
        line.clear();
    }
}

fn refused_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

fn lines(stdout: &[u8]) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

#[test]
fn two_hundred_mixed_targets_are_all_reported_within_the_deadline() {
    let good = server("127.0.0.1:0", good);
    let hanging = server("127.0.0.1:0", hanging);
    let broken = server("127.0.0.1:0", tls_broken);
    let refused = refused_port();
    let dir = tempfile::tempdir().unwrap();
    let list = dir.path().join("targets");
    let mut text = String::from("# the fleet\n\n");
    for i in 0..200 {
        let port = [good, refused, hanging, broken][i % 4];
        text.push_str(&format!("127.0.0.1:{port}  # target {i}\n"));
    }
    std::fs::write(&list, text).unwrap();
    let started = Instant::now();
    let out = assert_cmd::Command::new(common::saslkit_bin())
        .args(["probe", "--targets"])
        .arg(&list)
        .args(["--timeout", "1", "--deadline", "30", "-j", "64", "--format", "jsonl"])
        .timeout(Duration::from_secs(60))
        .output()
        .unwrap();
    let took = started.elapsed();
    assert!(took < Duration::from_secs(31), "the fleet took {took:?}");
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stderr));
    let lines = lines(&out.stdout);
    assert_eq!(lines.len(), 201, "one line per target, then the summary");
    let summary = &lines[200];
    assert_eq!(summary["type"], "summary");
    assert_eq!(
        (summary["targets"].as_u64(), summary["reachable"].as_u64()),
        (Some(200), Some(150)),
        "{summary}"
    );
    assert_eq!(summary["failed"], 150, "{summary}");
    let of = |port: u16| {
        lines[..200].iter().filter(move |l| l["target"] == format!("127.0.0.1:{port}")).collect::<Vec<_>>()
    };
    for entry in of(good) {
        assert_eq!(
            (entry["failed"].as_bool(), entry["report"]["exit"]["code"].as_u64()),
            (Some(false), Some(0))
        );
    }
    for entry in of(refused) {
        assert_eq!((entry["reachable"].as_bool(), entry["error"]["code"].as_u64()), (Some(false), Some(69)));
    }
    for entry in of(hanging) {
        assert_eq!(
            (entry["reachable"].as_bool(), entry["error"]["code"].as_u64()),
            (Some(true), Some(75)),
            "{entry}"
        );
    }
    for entry in of(broken) {
        assert_eq!(entry["failed"], true, "{entry}");
        assert!(entry["error"]["message"].as_str().unwrap().contains("TLS"), "{entry}");
    }
    assert!(lines[..200].iter().all(|l| l["type"] == "target"));
}

#[test]
fn fail_on_turns_a_finding_into_a_failure_and_none_reachable_is_69() {
    let good = server("127.0.0.1:0", good);
    let probe = |args: &[&str]| {
        let out = assert_cmd::Command::new(common::saslkit_bin())
            .args(["probe", &format!("127.0.0.1:{good}"), &format!("127.0.0.1:{good}"), "--format", "json"])
            .args(args)
            .timeout(Duration::from_secs(60))
            .output()
            .unwrap();
        (out.status.code(), serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap())
    };
    let (code, json) = probe(&[]);
    assert_eq!(code, Some(0), "{json:#}");
    assert_eq!(json["summary"]["targets"], 2);
    let (code, json) = probe(&["--fail-on", "weak-tls,plaintext-before-tls"]);
    assert_eq!(code, Some(1), "{json:#}");
    assert_eq!(json["targets"][0]["failures"], serde_json::json!(["plaintext-before-tls"]));
    // An id that does not exist is refused before anything is probed.
    let out = assert_cmd::Command::new(common::saslkit_bin())
        .args(["probe", &format!("127.0.0.1:{good}"), "--fail-on", "no-such-thing"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(64));
    assert!(String::from_utf8_lossy(&out.stderr).contains("plaintext-before-tls"));
    let (a, b) = (refused_port(), refused_port());
    let out = assert_cmd::Command::new(common::saslkit_bin())
        .args(["probe", &format!("127.0.0.1:{a}"), &format!("127.0.0.1:{b}")])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(69), "{}", String::from_utf8_lossy(&out.stdout));
    // A bad line names its file and line.
    let dir = tempfile::tempdir().unwrap();
    let list = dir.path().join("targets");
    std::fs::write(&list, "127.0.0.1:25\nhost:notaport\n").unwrap();
    let out = assert_cmd::Command::new(common::saslkit_bin())
        .args(["probe", "--targets"])
        .arg(&list)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(65));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("targets:2:"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

struct Dnsmasq(std::process::Child);

impl Drop for Dnsmasq {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn mx_hosts_through_a_real_dns_server() {
    let Some(dnsmasq) = peer("dnsmasq") else { return };
    if unsafe { libc::geteuid() } != 0 {
        common::skip_or_fail("dnsmasq on a test port runs as root here");
        return;
    }
    let port = std::net::UdpSocket::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let _dns = Dnsmasq(
        std::process::Command::new(dnsmasq)
            .args([
                "--no-daemon",
                &format!("--port={port}"),
                "--listen-address=127.0.0.1",
                "--bind-interfaces",
            ])
            .args(["--no-resolv", "--no-hosts", "--conf-file=/dev/null", "--user=root", "--pid-file="])
            .args([
                "--local=/test/",
                "--mx-host=mx.test,mail.mx.test,10",
                "--mx-host=mx.test,gone.mx.test,20",
            ])
            .args(["--host-record=mail.mx.test,127.0.0.2", "--host-record=nomx.test,127.0.0.2"])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap(),
    );
    let smtp = server("127.0.0.2:0", good);
    let dns = format!("127.0.0.1:{port}");
    let probe = |domain: &str| {
        let mut last = None;
        // dnsmasq needs a moment to listen.
        for _ in 0..50 {
            let out = assert_cmd::Command::new(common::saslkit_bin())
                .args(["probe", "--mx", domain, "--dns-server", &dns, "--port", &smtp.to_string()])
                .args(["--timeout", "2", "--format", "jsonl"])
                .timeout(Duration::from_secs(60))
                .output()
                .unwrap();
            if !String::from_utf8_lossy(&out.stderr).contains("DNS server") {
                return (out.status.code(), lines(&out.stdout));
            }
            last = Some(out);
            std::thread::sleep(Duration::from_millis(100));
        }
        panic!("dnsmasq never answered: {:?}", last.map(|o| String::from_utf8_lossy(&o.stderr).into_owned()));
    };
    // Two MX hosts by preference: one resolves to the test's server, one has no address.
    let (code, lines) = probe("mx.test");
    assert_eq!(code, Some(1), "{lines:?}");
    let good = lines.iter().find(|l| l["target"] == format!("mail.mx.test:{smtp}")).unwrap();
    assert_eq!(
        (good["address"].as_str(), good["failed"].as_bool()),
        (Some(format!("127.0.0.2:{smtp}").as_str()), Some(false))
    );
    let gone = lines.iter().find(|l| l["target"] == format!("gone.mx.test:{smtp}")).unwrap();
    assert_eq!(
        (gone["reachable"].as_bool(), gone["error"]["code"].as_u64()),
        (Some(false), Some(68)),
        "{gone}"
    );
    // No MX: the domain itself, as SMTP does.
    let (code, lines) = probe("nomx.test");
    assert_eq!(code, Some(0), "{lines:?}");
    assert_eq!(lines[0]["target"], format!("nomx.test:{smtp}"));
    // NXDOMAIN: 68, and nothing probed.
    let (code, lines) = probe("nx.test");
    assert_eq!(code, Some(68), "{lines:?}");
    assert_eq!(lines[0]["error"]["kind"], "no_host");
}
