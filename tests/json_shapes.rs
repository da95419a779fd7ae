//! Every JSON shape in docs/json.md is the shape the command prints (issue 10): each command is run
//! on a small sasldb / map, and the set of field paths in its output must equal the set in the
//! documented example (a field printed but not documented, or documented but gone, fails).
//! `null` in the example stands for "absent or any value" at that path.
//!
//! Packages: none.
#![allow(clippy::unwrap_used)]

use std::collections::BTreeSet;
use std::path::Path;
use std::process::{Command, Stdio};

use serde_json::Value;

/// The field paths of a value: `a.b`, `a[].c`; array elements are merged.
fn paths(value: &Value, prefix: &str, out: &mut BTreeSet<String>, nullable: &mut BTreeSet<String>) {
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                let path = if prefix.is_empty() { key.clone() } else { format!("{prefix}.{key}") };
                out.insert(path.clone());
                paths(child, &path, out, nullable);
            }
        }
        Value::Array(items) => {
            for item in items {
                paths(item, &format!("{prefix}[]"), out, nullable);
            }
        }
        Value::Null => {
            nullable.insert(prefix.to_string());
        }
        _ => {}
    }
}

fn documented(id: &str) -> Value {
    let doc = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/json.md")).unwrap();
    let marker = format!("<!-- json: {id} -->");
    let after = doc.split(&marker).nth(1).unwrap_or_else(|| panic!("docs/json.md has no {marker}"));
    let block = after.split("```json").nth(1).unwrap().split("```").next().unwrap();
    // The examples may shorten long strings with "…"; they stay valid JSON.
    serde_json::from_str(block)
        .unwrap_or_else(|err| panic!("{id}: the documented example is not JSON: {err}"))
}

fn same_shape(id: &str, printed: &Value) {
    same_shape_of_all(id, std::slice::from_ref(printed), &[]);
}

/// The union of several outputs' paths against the documented example; paths under `unseen` may
/// be missing from all of them (what the test's server cannot produce, checked by type instead).
fn same_shape_of_all(id: &str, outputs: &[Value], unseen: &[&str]) {
    let (mut doc_paths, mut doc_null) = (BTreeSet::new(), BTreeSet::new());
    paths(&documented(id), "", &mut doc_paths, &mut doc_null);
    for prefix in unseen {
        doc_paths.retain(|p: &String| !p.starts_with(&format!("{prefix}.")));
    }
    let (mut out_paths, mut out_null) = (BTreeSet::new(), BTreeSet::new());
    for printed in outputs {
        paths(printed, "", &mut out_paths, &mut out_null);
    }
    let printed = Value::Array(outputs.to_vec());
    let under_null = |p: &String| {
        doc_null.iter().any(|n| p.starts_with(&format!("{n}.")) || p.starts_with(&format!("{n}[]")))
    };
    let undocumented: Vec<&String> = out_paths.difference(&doc_paths).filter(|p| !under_null(p)).collect();
    assert!(undocumented.is_empty(), "{id}: printed but not documented: {undocumented:?}\n{printed:#}");
    let missing: Vec<&String> = doc_paths.difference(&out_paths).filter(|p| !doc_null.contains(*p)).collect();
    assert!(missing.is_empty(), "{id}: documented but not printed: {missing:?}\n{printed:#}");
}

fn run(dir: &Path, args: &[&str], stdin: &str) -> Value {
    let out = output(dir, args, stdin);
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|err| panic!("{args:?}: not JSON ({err}): {}", String::from_utf8_lossy(&out.stdout)))
}

fn setup(dir: &Path, args: &[&str], stdin: &str) {
    let out = output(dir, args, stdin);
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
}

fn output(dir: &Path, args: &[&str], stdin: &str) -> std::process::Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_saslkit"))
        .args(args)
        .env_clear()
        .env("SASLKIT_DB", dir.join("sasldb2"))
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::io::Write::write_all(&mut child.stdin.take().unwrap(), stdin.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn every_documented_shape_is_the_printed_shape() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    // LMDB: db info's documented example has the lock file.
    setup(
        d,
        &["--backend", "lmdb", "user", "add", "alice@example.com", "--scram", "SHA-256", "--password-stdin"],
        "pw\n",
    );
    setup(d, &["user", "add", "eve", "-u", "localhost", "--password-stdin"], "pw\n");
    std::fs::write(d.join("u.tsv"), "carol@example.com\tpw\nbroken\n").unwrap();
    same_shape("user-import", &run(d, &["user", "import", "u.tsv", "--skip-bad", "--format", "json"], ""));
    same_shape("user-list", &run(d, &["user", "list", "--format", "json"], ""));
    same_shape("user-show", &run(d, &["user", "show", "alice@example.com", "--format", "json"], ""));
    same_shape("realm-list", &run(d, &["realm", "list", "--format", "json"], ""));
    same_shape("db-info", &run(d, &["db", "info", "--format", "json"], ""));
    same_shape("db-check", &run(d, &["db", "check", "--format", "json"], ""));

    let source = "[mail.example.com]:587 alice:secret\nrelay.example.net bob:\nRELAY.example.net carol:x\n";
    std::fs::write(d.join("sasl_passwd"), source).unwrap();
    let map = format!("lmdb:{}", d.join("sasl_passwd").display());
    same_shape("map-compile", &run(d, &["map", "compile", &map, "--format", "json"], ""));
    same_shape("map-dump", &run(d, &["map", "dump", &map, "--format", "json"], ""));
    same_shape(
        "map-lookup",
        &run(d, &["map", "lookup", &map, "--nexthop", "[mail.example.com]:587", "--format", "json"], ""),
    );
    same_shape("map-check", &run(d, &["map", "check", &map, "--format", "json"], ""));

    // doctor on a configuration folder of its own: the sasldb it names is missing.
    let conf = d.join("postfix");
    std::fs::create_dir_all(conf.join("sasl")).unwrap();
    std::fs::write(conf.join("main.cf"), "smtpd_sasl_auth_enable = yes\nsmtpd_tls_auth_only = yes\n")
        .unwrap();
    std::fs::write(conf.join("master.cf"), "smtp inet n - n - - smtpd\n").unwrap();
    std::fs::write(
        conf.join("sasl/smtpd.conf"),
        format!("pwcheck_method: auxprop\nauxprop_plugin: sasldb\nsasldb_path: {}/none\n", d.display()),
    )
    .unwrap();
    let doctor = run(d, &["doctor", "server", "-c", conf.to_str().unwrap(), "--format", "json"], "");
    assert!(doctor["findings"].as_array().is_some_and(|f| !f.is_empty()), "{doctor:#}");
    same_shape("doctor", &doctor);

    same_shape(
        "auth-plain",
        &run(d, &["auth", "plain", "tim", "--password-stdin", "--format", "json"], "pw\n"),
    );
    same_shape(
        "auth-decode",
        &run(d, &["auth", "decode", "dGVzdAB0ZXN0AHRlc3RwYXNz", "--format", "json"], ""),
    );
}

/// A scripted SMTP server for the probe's shape: AUTH PLAIN LOGIN without TLS, PLAIN with an
/// initial response authenticates, anything else is asked to continue and then cancelled.
fn smtp_server() -> (u16, std::sync::mpsc::Sender<()>) {
    use std::io::{BufRead, BufReader, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.set_nonblocking(true).unwrap();
    let port = listener.local_addr().unwrap().port();
    let (stop, stopped) = std::sync::mpsc::channel::<()>();
    std::thread::spawn(move || loop {
        if stopped.try_recv().is_ok() {
            return;
        }
        let Ok((stream, _)) = listener.accept() else {
            std::thread::sleep(std::time::Duration::from_millis(5));
            continue;
        };
        stream.set_nonblocking(false).unwrap();
        let mut out = stream.try_clone().unwrap();
        out.write_all(b"220 fake.example ESMTP\r\n").unwrap();
        for line in BufReader::new(stream).lines() {
            let Ok(line) = line else { break };
            let reply: &[u8] = match line.split(' ').collect::<Vec<_>>()[..] {
                ["EHLO", ..] => b"250-fake.example\r\n250-AUTH PLAIN LOGIN\r\n250 AUTH=PLAIN LOGIN\r\n",
                ["AUTH", "PLAIN", _] => b"235 2.7.0 Authentication successful\r\n",
                ["AUTH", ..] => b"334 \r\n",
                ["*"] => b"501 5.7.0 Authentication aborted\r\n",
                ["QUIT"] => b"221 2.0.0 Bye\r\n",
                _ => b"502 5.5.2 Error: command not recognized\r\n",
            };
            if out.write_all(reply).is_err() || line == "QUIT" {
                break;
            }
        }
    });
    (port, stop)
}

#[test]
fn the_probe_report_is_the_documented_shape() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let (port, stop) = smtp_server();
    let target = format!("127.0.0.1:{port}");
    let safe = run(d, &["probe", &target, "--format", "json"], "");
    assert!(!safe["safe_probe"].as_array().unwrap().is_empty(), "{safe:#}");
    let args =
        ["probe", &target, "--user", "tim", "--password-stdin", "--allow-plaintext", "--format", "json"];
    let authenticated = run(d, &args, "pw\n");
    assert_eq!(authenticated["attempts"][0]["result"], "authenticated", "{authenticated:#}");
    let login =
        ["probe", &target, "--user", "tim", "--mech", "LOGIN", "--password-stdin", "--allow-plaintext"];
    let refused = run(d, &[&login[..], &["--format", "json"]].concat(), "pw\n");
    assert_eq!(refused["attempts"][0]["result"], "mechanism_refused", "{refused:#}");
    // The scripted server speaks no TLS: the `tls` object is checked by type (next test).
    same_shape_of_all("probe", &[safe, authenticated, refused], &["tls"]);
    stop.send(()).unwrap();
}

#[test]
fn the_documented_probe_example_is_a_probe_report() {
    let report: saslkit::probe::report::ProbeReport = serde_json::from_value(documented("probe"))
        .unwrap_or_else(|err| panic!("docs/json.md's probe example is not a ProbeReport: {err}"));
    assert_eq!(report.attempts[0].result.kind(), Some(saslkit::error::Kind::Negative));
    assert_eq!(report.attempts[0].result.describe(), "rejected: 535 5.7.8 Error: authentication failed");
}

#[test]
fn the_documented_fleet_example_is_a_fleet() {
    let example = documented("probe-fleet");
    let targets: Vec<saslkit::probe::fleet::FleetEntry> = serde_json::from_value(example["targets"].clone())
        .unwrap_or_else(|err| panic!("docs/json.md's fleet targets are not FleetEntry: {err}"));
    let summary: saslkit::probe::fleet::FleetSummary = serde_json::from_value(example["summary"].clone())
        .unwrap_or_else(|err| panic!("docs/json.md's fleet summary is not a FleetSummary: {err}"));
    assert_eq!((targets.len(), summary.targets, summary.exit.code), (2, 2, 1));
    // The JSON lines are the same objects, tagged.
    let line = serde_json::to_value(saslkit::probe::fleet::FleetLine::Summary(summary)).unwrap();
    assert_eq!(line["type"], "summary");
}

/// Issue 13: with `--format json`, a failure still prints one JSON document on stdout, whose
/// exit code is the process's.
#[test]
fn every_failure_prints_a_json_error_document() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let closed = format!("127.0.0.1:{closed}");
    let missing = format!("lmdb:{}", d.join("missing").display());
    let cases: [&[&str]; 5] = [
        &["probe", "no-such-host.invalid", "--format", "json"],
        &["probe", &closed, "--format", "json"],
        &["user", "list", "--format", "json"],
        &["db", "info", "--format", "json"],
        &["map", "dump", &missing, "--format", "json"],
    ];
    for args in cases {
        let out = output(d, args, "");
        let printed: Value = serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|err| panic!("{args:?}: no JSON on stdout ({err}): {:?}", out.stdout));
        same_shape("error", &printed);
        let document: saslkit::error::ErrorDocument = serde_json::from_value(printed.clone()).unwrap();
        assert_eq!(Some(i32::from(document.error.exit_code)), out.status.code(), "{args:?} {printed:#}");
        assert_ne!(document.error.exit_code, 0, "{args:?}");
        assert!(!document.error.message.is_empty(), "{args:?}");
    }
}

#[test]
fn the_documented_error_example_and_kind_names_are_the_real_ones() {
    let document: saslkit::error::ErrorDocument = serde_json::from_value(documented("error")).unwrap();
    assert_eq!(document.error.kind, saslkit::error::Kind::NoHost.name());
    let doc = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/json.md")).unwrap();
    let doc = doc.split_whitespace().collect::<Vec<_>>().join(" ");
    for kind in saslkit::error::Kind::ALL.into_iter().filter(|k| k.exit_code() != 0) {
        let entry = format!("`{}` ({})", kind.name(), kind.exit_code());
        assert!(doc.contains(&entry), "docs/json.md does not list {entry}");
    }
}

/// Issue 13: a usage error found while parsing the command line still prints the document when
/// the line asked for JSON.
#[test]
fn a_usage_error_with_format_json_prints_the_document() {
    let dir = tempfile::tempdir().unwrap();
    let out = output(dir.path(), &["probe", "host:not-a-port", "--format", "json"], "");
    assert_eq!(out.status.code(), Some(64));
    let printed: Value = serde_json::from_slice(&out.stdout).unwrap();
    same_shape("error", &printed);
    assert!(printed["error"]["message"].as_str().unwrap().contains("not-a-port"), "{printed:#}");
    let plain = output(dir.path(), &["probe", "host:not-a-port"], "");
    assert!(plain.stdout.is_empty(), "no JSON unless asked for");
}
