//! completions/ and man/ are generated from the clap definitions and committed; this fails when
//! they are stale. Fix: `cargo run -- generate`, then commit.

#![allow(clippy::unwrap_used)]

use std::path::Path;

#[test]
fn completions_and_man_pages_are_fresh() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut stale = Vec::new();
    for (path, contents) in saslkit::generate::render_all() {
        if std::fs::read(root.join(&path)).ok().as_deref() != Some(contents.as_slice()) {
            stale.push(path.display().to_string());
        }
    }
    assert!(stale.is_empty(), "stale generated files {stale:?}: run `cargo run -- generate` and commit");
}

#[test]
fn every_visible_subcommand_has_a_man_page() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for page in [
        "saslkit.1",
        "saslkit-user-add.1",
        "saslkit-user-import.1",
        "saslkit-realm-rename.1",
        "saslkit-listusers.1",
    ] {
        assert!(root.join("man").join(page).exists(), "{page}");
    }
    assert!(!root.join("man/saslkit-generate.1").exists(), "hidden commands get no page");
    for file in ["saslkit.bash", "_saslkit", "saslkit.fish", "saslkit.elv", "_saslkit.ps1"] {
        assert!(root.join("completions").join(file).exists(), "{file}");
    }
}

/// One source for the exit codes: the README's table lists exactly the codes of `Kind::ALL`, in
/// order, and `--help` prints the table made from it (issue 10: 68 was missing from both).
#[test]
fn the_readme_and_help_exit_code_tables_come_from_kind() {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let section = readme.split("## Exit codes").nth(1).unwrap().split("\n## ").next().unwrap();
    let listed: Vec<u8> = section
        .lines()
        .filter_map(|l| l.strip_prefix("| "))
        .filter_map(|l| l.split(' ').next()?.parse().ok())
        .collect();
    let kinds: Vec<u8> = saslkit::error::Kind::ALL.iter().map(|k| k.exit_code()).collect();
    assert_eq!(listed, kinds, "README's exit-code table");
    let help = assert_cmd::Command::new(env!("CARGO_BIN_EXE_saslkit")).arg("--help").output().unwrap();
    let help = String::from_utf8(help.stdout).unwrap();
    for kind in saslkit::error::Kind::ALL {
        let line = format!("  {:<3} {}", kind.exit_code(), kind.summary());
        assert!(help.contains(&line), "--help lacks {line:?}");
    }
}
