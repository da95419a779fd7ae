//! `saslkit auth decode BLOB|-`: explain captured blobs; exit 65 when one does not decode.
//! Standard input is streamed line by line: a transcript of any size runs in bounded memory.

use serde::Serialize;

use crate::cli::AuthDecodeArgs;
use crate::commands::Ctx;
use crate::error::{CliError, CliResult, Kind};
use crate::lines::{LineReader, ReadLine};
use crate::output::{count, Format};
use crate::sasl::decode::{blob_from_line, explain, Explanation};

#[derive(Serialize)]
struct DecodeReport {
    /// The blob as given; masked when it carries a secret (base64 is no disguise) unless
    /// --show-secrets.
    input: String,
    #[serde(flatten)]
    explanation: Option<Explanation>,
    error: Option<String>,
}

#[derive(Default)]
struct Tally {
    blobs: usize,
    failed: usize,
    skipped: usize,
}

pub fn cmd_auth_decode(ctx: &Ctx, args: &AuthDecodeArgs) -> CliResult {
    let mut tally = Tally::default();
    if args.blob != "-" {
        emit(ctx, args, &mut tally, None, args.blob.clone());
    } else {
        let mut lines = LineReader::new(std::io::stdin().lock(), MAX_LINE);
        while let Some(line) =
            lines.next_line().map_err(|err| CliError::new(Kind::IoErr, format!("standard input: {err}")))?
        {
            match line {
                ReadLine::Text(line) => {
                    if let Some((mech, blob)) = blob_from_line(&line) {
                        emit(ctx, args, &mut tally, mech, blob);
                    }
                }
                ReadLine::NotUtf8 | ReadLine::TooLong => tally.skipped += 1,
            }
        }
    }
    if args.output.format == Format::Json {
        ctx.printer.json_array_end(tally.blobs == 0);
    }
    if tally.skipped > 0 {
        ctx.printer.warn(&format!(
            "standard input: skipped {} (not UTF-8 text, or longer than {} KiB)",
            count(tally.skipped, "line"),
            MAX_LINE / 1024
        ));
    }
    if tally.blobs == 0 {
        return Err(CliError::new(Kind::DataErr, "standard input holds no blob"));
    }
    if tally.failed > 0 {
        return Err(CliError::new(
            Kind::DataErr,
            format!("{} of {} blobs could not be decoded", tally.failed, tally.blobs),
        ));
    }
    Ok(())
}

/// A blob longer than this is no SASL message (RFC 4954 lines are far shorter).
const MAX_LINE: usize = 1 << 20;

fn emit(ctx: &Ctx, args: &AuthDecodeArgs, tally: &mut Tally, mech: Option<String>, blob: String) {
    let mech = args.mech.clone().or(mech);
    let report = match explain(&blob, mech.as_deref(), args.show_secrets) {
        Ok(explanation) => {
            let input = if explanation.fields.iter().any(|f| f.secret) && !args.show_secrets {
                format!("<blob hidden, {} characters: it holds a secret>", blob.len())
            } else {
                blob
            };
            DecodeReport { input, explanation: Some(explanation), error: None }
        }
        Err(err) => {
            tally.failed += 1;
            // What does not decode may be a password typed in the clear: not echoed either.
            let input = if args.show_secrets {
                blob
            } else {
                format!("<{} characters that do not decode; --show-secrets shows them>", blob.chars().count())
            };
            DecodeReport { input, explanation: None, error: Some(err.to_string()) }
        }
    };
    match args.output.format {
        Format::Json => ctx.printer.json_array_item(&report, tally.blobs == 0),
        Format::Human => print_human(ctx, &report),
    }
    tally.blobs += 1;
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
