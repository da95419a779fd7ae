//! Drop-in modes: invoked as `saslpasswd2` or `sasldblistusers2` (a symlink to saslkit), the
//! binary takes those Cyrus tools' options, prompts, messages and exit codes. Differences, all
//! bug fixes, are listed in the README.

mod getopt;
pub mod sasldblistusers2;
pub mod saslpasswd2;

use std::path::Path;

/// The CMU notice Cyrus prints before its usage and version texts.
pub const CMU_NOTICE: &str = "\nThis product includes software developed by Computing Services\nat Carnegie Mellon University (http://www.cmu.edu/computing/).\n\n";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Saslpasswd2,
    Sasldblistusers2,
}

/// Which drop-in mode the program name asks for, if any.
pub fn mode_for(argv0: &std::ffi::OsStr) -> Option<Mode> {
    match progname(argv0).as_str() {
        "saslpasswd2" | "saslpasswd" => Some(Mode::Saslpasswd2),
        "sasldblistusers2" | "sasldblistusers" => Some(Mode::Sasldblistusers2),
        _ => None,
    }
}

/// The basename of argv[0], as Cyrus computes `progname`.
pub fn progname(argv0: &std::ffi::OsStr) -> String {
    Path::new(argv0).file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}

/// Runs the drop-in mode on argv as the system gave it. Cyrus's tools read names as C strings;
/// saslkit refuses an argument that is not UTF-8 rather than store a name with U+FFFD in it.
pub fn run_os(mode: Mode, args: &[std::ffi::OsString]) -> u8 {
    let mut text = Vec::with_capacity(args.len());
    for arg in args {
        match arg.to_str() {
            Some(arg) => text.push(arg.to_string()),
            None => {
                crate::output::Printer::new(false, crate::output::Format::Human).compat_error(&format!(
                    "{}: an argument is not valid UTF-8 ({}); saslkit does not guess what it means",
                    progname(&args[0]),
                    arg.to_string_lossy()
                ));
                return CYRUS_USAGE;
            }
        }
    }
    run(mode, &text)
}

/// Cyrus's tools exit 1 on a usage error.
const CYRUS_USAGE: u8 = 1;

/// Runs the drop-in mode; returns the exit code.
pub fn run(mode: Mode, args: &[String]) -> u8 {
    match mode {
        Mode::Saslpasswd2 => saslpasswd2::run(args),
        Mode::Sasldblistusers2 => sasldblistusers2::run(args),
    }
}

fn version_banner(progname: &str) -> String {
    format!(
        "saslkit {} acting as {progname} (Cyrus SASL 2.1.28 sasldb records, LMDB backend)\n",
        env!("CARGO_PKG_VERSION")
    )
}
