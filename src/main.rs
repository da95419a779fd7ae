//! The saslkit binary: pick the mode, parse, dispatch, turn the outcome into an exit code.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    saslkit::secrets::protect_process();
    let args: Vec<String> = std::env::args_os().map(|a| a.to_string_lossy().into_owned()).collect();
    if let Some(mode) = args.first().and_then(|a| saslkit::compat::mode_for(a.as_ref())) {
        return ExitCode::from(saslkit::compat::run(mode, &args));
    }
    let cli = match saslkit::cli::Cli::try_parse_from(&args) {
        Ok(cli) => cli,
        Err(err) => return ExitCode::from(saslkit::output::print_clap_error(&err)),
    };
    match saslkit::commands::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => ExitCode::from(err.kind.exit_code()),
    }
}
