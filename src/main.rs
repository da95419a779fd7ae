//! The saslkit binary: pick the mode, parse, dispatch, turn the outcome into an exit code.

use std::process::ExitCode;

fn main() -> ExitCode {
    saslkit::secrets::protect_process();
    // argv stays bytes: clap hands paths and map keys over as they are and refuses text
    // arguments that are not UTF-8 (64) instead of substituting U+FFFD for the bad bytes.
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    if let Some(mode) = args.first().and_then(|a| saslkit::compat::mode_for(a)) {
        return ExitCode::from(saslkit::compat::run_os(mode, &args));
    }
    let (cli, format) = match saslkit::cli::parse(&args) {
        Ok(parsed) => parsed,
        Err(err) => return ExitCode::from(saslkit::output::print_clap_error(&err, &args)),
    };
    match saslkit::commands::run(cli, format) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => ExitCode::from(err.kind.exit_code()),
    }
}
