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
    let (mut doc_paths, mut doc_null) = (BTreeSet::new(), BTreeSet::new());
    paths(&documented(id), "", &mut doc_paths, &mut doc_null);
    let (mut out_paths, mut out_null) = (BTreeSet::new(), BTreeSet::new());
    paths(printed, "", &mut out_paths, &mut out_null);
    let under_null = |p: &String| {
        doc_null.iter().any(|n| p.starts_with(&format!("{n}.")) || p.starts_with(&format!("{n}[]")))
    };
    let undocumented: Vec<&String> = out_paths.difference(&doc_paths).filter(|p| !under_null(p)).collect();
    assert!(undocumented.is_empty(), "{id}: printed but not documented: {undocumented:?}\n{printed:#}");
    let missing: Vec<&String> = doc_paths.difference(&out_paths).collect();
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
    setup(d, &["user", "add", "alice@example.com", "--scram", "SHA-256", "--password-stdin"], "pw\n");
    setup(d, &["user", "add", "eve", "-u", "localhost", "--password-stdin"], "pw\n");
    std::fs::write(d.join("u.tsv"), "carol@example.com\tpw\nbroken\n").unwrap();
    same_shape("user-import", &run(d, &["user", "import", "u.tsv", "--skip-bad", "--format", "json"], ""));
    same_shape("user-list", &run(d, &["user", "list", "--format", "json"], ""));
    same_shape("user-show", &run(d, &["user", "show", "alice@example.com", "--format", "json"], ""));
    same_shape("realm-list", &run(d, &["realm", "list", "--format", "json"], ""));
    same_shape("db-info", &run(d, &["db", "info", "--format", "json"], ""));
    same_shape("db-check", &run(d, &["db", "check", "--format", "json"], ""));

    std::fs::write(d.join("sasl_passwd"), "[mail.example.com]:587 alice:secret\nrelay.example.net bob:\n")
        .unwrap();
    let map = format!("lmdb:{}", d.join("sasl_passwd").display());
    setup(d, &["map", "compile", &map], "");
    same_shape("map-dump", &run(d, &["map", "dump", &map, "--format", "json"], ""));
    same_shape(
        "map-lookup",
        &run(d, &["map", "lookup", &map, "--nexthop", "[mail.example.com]:587", "--format", "json"], ""),
    );
    same_shape("map-check", &run(d, &["map", "check", &map, "--format", "json"], ""));

    same_shape(
        "auth-plain",
        &run(d, &["auth", "plain", "tim", "--password-stdin", "--format", "json"], "pw\n"),
    );
    same_shape(
        "auth-decode",
        &run(d, &["auth", "decode", "dGVzdAB0ZXN0AHRlc3RwYXNz", "--format", "json"], ""),
    );
}
