//! completions/ and man/ are generated from the clap definitions and committed; this fails when
//! they are stale. Fix: `cargo run -- generate`, then commit.
//!
//! Packages: none.

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

/// Issue 13: the README's main command leaves nothing in the repository: it is run as written
/// (with the built binary for `cargo run --release --`) and must write where it says, outside.
#[test]
fn the_readmes_main_command_writes_outside_the_repository() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let line = readme.lines().find(|l| l.contains("cargo run --release --")).unwrap();
    let command = line.split("cargo run --release --").nth(1).unwrap();
    let scratch = tempfile::tempdir().unwrap();
    let work = tempfile::tempdir().unwrap();
    let script = format!("printf 'secret1\\n' | \"$SASLKIT\" {command}");
    let out = std::process::Command::new("sh")
        .args(["-c", &script])
        .env_clear()
        .env("SASLKIT", env!("CARGO_BIN_EXE_saslkit"))
        .env("TMPDIR", scratch.path())
        .current_dir(work.path())
        .output()
        .unwrap();
    assert!(out.status.success(), "{script}: {}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(std::fs::read_dir(work.path()).unwrap().count(), 0, "it wrote into the folder it ran in");
    assert!(std::fs::read_dir(scratch.path()).unwrap().count() > 0, "it did not write under $TMPDIR");
}

/// Issue 13: every page a man page refers to (`saslkit-…(1)`) exists; saslkit.1 used to point at
/// a saslkit-help(1) that was never generated.
#[test]
fn every_referenced_man_page_exists() {
    let man = Path::new(env!("CARGO_MANIFEST_DIR")).join("man");
    for entry in std::fs::read_dir(&man).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap().replace("\\-", "-");
        for (at, _) in text.match_indices("(1)") {
            let start =
                text[..at].rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '-')).map_or(0, |i| i + 1);
            let name = &text[start..at];
            if name.starts_with("saslkit") {
                assert!(
                    man.join(format!("{name}.1")).exists(),
                    "{} refers to {name}(1), which does not exist",
                    path.display()
                );
            }
        }
    }
}
