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
