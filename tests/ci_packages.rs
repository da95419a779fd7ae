//! `.ci/run` installs every Debian package a test names (issue 13: a fresh clone on a fresh
//! machine failed because one was missing). Every test file says `Packages: a (why), b.` in
//! its doc comments; each name must be in `.ci/run`'s `apt-get install` list.
//!
//! Packages: none.

#![allow(clippy::unwrap_used)]

use std::collections::BTreeSet;
use std::path::Path;

/// The package names of every `Packages:` note in `text`: up to the first `.` outside
/// parentheses, parenthesised remarks dropped, names separated by commas.
fn named_packages(text: &str) -> Vec<String> {
    let doc: String = text
        .lines()
        .filter_map(|l| l.trim_start().strip_prefix("//!").or_else(|| l.trim_start().strip_prefix("///")))
        .collect::<Vec<_>>()
        .join(" ");
    let mut names = Vec::new();
    // A note starts at `Packages:` not quoted in backticks (this file's own prose quotes it).
    let notes = doc.match_indices("Packages:").filter(|(at, _)| !doc[..*at].ends_with('`'));
    for note in notes.map(|(at, _)| &doc[at + "Packages:".len()..]) {
        let (mut depth, mut list) = (0, String::new());
        for c in note.chars() {
            match c {
                '(' => depth += 1,
                ')' => depth -= 1,
                '.' if depth == 0 => break,
                _ if depth == 0 => list.push(c),
                _ => {}
            }
        }
        for name in list.split(',').map(str::trim).filter(|n| *n != "none" && !n.is_empty()) {
            assert!(
                name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"+-.".contains(&b)),
                "{name:?} is not a Debian package name: write `Packages: name (why), name.`"
            );
            names.push(name.to_string());
        }
    }
    names
}

fn installed_by_ci(root: &Path) -> BTreeSet<String> {
    let run = std::fs::read_to_string(root.join(".ci/run")).unwrap();
    let joined = run.replace("\\\n", " ");
    let line =
        joined.lines().find(|l| l.contains("apt-get install")).expect(".ci/run has no apt-get install line");
    line.split_whitespace()
        .skip_while(|w| *w != "install")
        .skip(1)
        .filter(|w| !w.starts_with('-'))
        .map(String::from)
        .collect()
}

#[test]
fn ci_installs_every_package_a_test_names() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let installed = installed_by_ci(root);
    let mut missing = Vec::new();
    for entry in std::fs::read_dir(root.join("tests")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(
            text.contains("Packages:"),
            "{}: no `Packages:` note (write `Packages: none.`)",
            path.display()
        );
        for name in named_packages(&text) {
            if !installed.contains(&name) {
                missing.push(format!("{} names {name}", path.display()));
            }
        }
    }
    assert!(missing.is_empty(), ".ci/run does not install: {missing:?}");
}

#[test]
fn notes_are_read_as_lists_of_names() {
    let text = "//! Packages: postfix, sasl2-bin (saslpasswd2, gen-auth), libsasl2-modules (PLAIN,\n\
                //! SCRAM). More text, postfix-lmdb.\n/// Packages: none.\n";
    assert_eq!(named_packages(text), ["postfix", "sasl2-bin", "libsasl2-modules"]);
}
