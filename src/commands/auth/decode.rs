//! `saslkit auth decode BLOB|-`: explain captured blobs; exit 65 when one does not decode.

use std::io::BufRead;

use serde::Serialize;

use crate::cli::AuthDecodeArgs;
use crate::commands::Ctx;
use crate::error::{CliError, CliResult, Kind};
use crate::output::Format;
use crate::sasl::decode::{blob_from_line, explain, Explanation};

#[derive(Serialize)]
struct DecodeReport {
    input: String,
    #[serde(flatten)]
    explanation: Option<Explanation>,
    error: Option<String>,
}

pub fn cmd_auth_decode(ctx: &Ctx, args: &AuthDecodeArgs) -> CliResult {
    let inputs = read_inputs(args)?;
    let reports: Vec<DecodeReport> = inputs
        .into_iter()
        .map(|(mech, blob)| {
            let mech = args.mech.clone().or(mech);
            match explain(&blob, mech.as_deref(), args.show_secrets) {
                Ok(explanation) => DecodeReport { input: blob, explanation: Some(explanation), error: None },
                Err(err) => DecodeReport { input: blob, explanation: None, error: Some(err.to_string()) },
            }
        })
        .collect();
    match args.format {
        Format::Json => ctx.printer.json(&reports),
        Format::Human => reports.iter().for_each(|r| print_human(ctx, r)),
    }
    let failed = reports.iter().filter(|r| r.error.is_some()).count();
    if failed > 0 {
        return Err(CliError::new(
            Kind::DataErr,
            format!("{failed} of {} blobs could not be decoded", reports.len()),
        ));
    }
    Ok(())
}

/// One blob from the argument, or one per line from stdin (`-`).
fn read_inputs(args: &AuthDecodeArgs) -> CliResult<Vec<(Option<String>, String)>> {
    if args.blob != "-" {
        return Ok(vec![(None, args.blob.clone())]);
    }
    let mut inputs = Vec::new();
    for line in std::io::stdin().lock().lines() {
        let line = line.map_err(|err| CliError::new(Kind::IoErr, format!("standard input: {err}")))?;
        inputs.extend(blob_from_line(&line));
    }
    if inputs.is_empty() {
        return Err(CliError::new(Kind::DataErr, "standard input holds no blob"));
    }
    Ok(inputs)
}

fn print_human(ctx: &Ctx, report: &DecodeReport) {
    ctx.printer.line(&report.input);
    match (&report.explanation, &report.error) {
        (Some(e), _) => {
            let guessed = if e.guessed { " (guessed)" } else { "" };
            ctx.printer.line(&format!("  mechanism: {}{guessed}", e.mechanism));
            let width = e.fields.iter().map(|f| f.name.len()).max().unwrap_or(0);
            for field in &e.fields {
                let value = if field.value.is_empty() { "(empty)" } else { &field.value };
                ctx.printer.line(&format!("  {:width$}  {value}", field.name));
            }
            for lint in &e.lints {
                ctx.printer.line(&format!("  lint: {lint}"));
            }
        }
        (None, Some(error)) => ctx.printer.line(&format!("  error: {error}")),
        (None, None) => {}
    }
}
