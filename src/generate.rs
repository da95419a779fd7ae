//! Shell completions and man pages, generated from the clap definitions in [`crate::cli`].
//! The outputs are committed under `completions/` and `man/`; a test fails when they are stale.

use std::path::PathBuf;

use clap_complete::Shell;

/// Every generated file: (path relative to the repository root, contents).
pub fn render_all() -> Vec<(PathBuf, Vec<u8>)> {
    let mut files = completions();
    files.extend(man_pages());
    files
}

fn completions() -> Vec<(PathBuf, Vec<u8>)> {
    let shells = [
        (Shell::Bash, "saslkit.bash"),
        (Shell::Zsh, "_saslkit"),
        (Shell::Fish, "saslkit.fish"),
        (Shell::Elvish, "saslkit.elv"),
        (Shell::PowerShell, "_saslkit.ps1"),
    ];
    shells
        .into_iter()
        .map(|(shell, file)| {
            let mut out = Vec::new();
            clap_complete::generate(shell, &mut crate::cli::command(), "saslkit", &mut out);
            (PathBuf::from("completions").join(file), out)
        })
        .collect()
}

fn man_pages() -> Vec<(PathBuf, Vec<u8>)> {
    let mut root = crate::cli::command();
    root.build();
    let mut pages = Vec::new();
    collect_pages(&root, "saslkit", &mut pages);
    pages
}

fn collect_pages(cmd: &clap::Command, name: &str, pages: &mut Vec<(PathBuf, Vec<u8>)>) {
    // clap's `help` subcommand has no page of its own: listing it would point at a missing
    // saslkit-help(1).
    let mut page = cmd.clone().name(name.to_string());
    if page.find_subcommand("help").is_some() {
        page = page.mut_subcommand("help", |help| help.hide(true));
    }
    let mut out = Vec::new();
    if clap_mangen::Man::new(page).render(&mut out).is_ok() {
        pages.push((PathBuf::from("man").join(format!("{name}.1")), out));
    }
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set() && s.get_name() != "help") {
        collect_pages(sub, &format!("{name}-{}", sub.get_name()), pages);
    }
}
