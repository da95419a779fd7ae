//! `saslkit auth decode BLOB|-`: explain captured blobs; exit 65 when one does not decode.
//! Standard input is streamed line by line (bounded memory); only the lines of an AUTH exchange
//! are blobs (`sasl::transcript`).

use crate::cli::AuthDecodeArgs;
use crate::commands::Ctx;
use crate::error::{CliError, CliResult, Kind};
use crate::lines::{LineReader, ReadLine};
use crate::output::{count, Format};
use crate::sasl::decode::DecodeReport;
use crate::sasl::transcript::BlobScanner;

#[derive(Default)]
struct Tally {
    blobs: usize,
    failed: usize,
    /// Not UTF-8, or too long.
    unreadable: usize,
    /// Lines outside an AUTH exchange (greetings, EHLO lists, QUIT…).
    other: usize,
}

/// A blob longer than this is no SASL message (RFC 4954 lines are far shorter).
const MAX_LINE: usize = 1 << 20;

pub fn cmd_auth_decode(ctx: &Ctx, args: &AuthDecodeArgs) -> CliResult {
    let mut tally = Tally::default();
    if args.blob != "-" {
        emit(ctx, args, &mut tally, None, args.blob.clone());
    } else {
        let (mut lines, mut scanner) =
            (LineReader::new(std::io::stdin().lock(), MAX_LINE), BlobScanner::default());
        let stdin_error = |err: std::io::Error| CliError::new(Kind::IoErr, format!("standard input: {err}"));
        while let Some(line) = lines.next_line().map_err(stdin_error)? {
            match line {
                ReadLine::Text(line) => match scanner.feed(&line) {
                    Some(found) => emit(ctx, args, &mut tally, found.mechanism, found.blob),
                    None => tally.other += usize::from(!line.trim().is_empty()),
                },
                ReadLine::NotUtf8 | ReadLine::TooLong => tally.unreadable += 1,
            }
        }
    }
    if args.output.format == Format::Json {
        ctx.printer.json_array_end(tally.blobs == 0);
    }
    report_tally(ctx, &tally)
}

fn report_tally(ctx: &Ctx, tally: &Tally) -> CliResult {
    if tally.other > 0 {
        ctx.printer.status(&format!("skipped {} outside an AUTH exchange", count(tally.other, "line")));
    }
    if tally.unreadable > 0 {
        let what = format!(
            "skipped {} (not UTF-8 text, or longer than {} KiB)",
            count(tally.unreadable, "line"),
            MAX_LINE / 1024
        );
        ctx.printer.warn(&format!("standard input: {what}"));
    }
    match (tally.blobs, tally.failed) {
        (0, _) => Err(CliError::new(Kind::DataErr, "standard input holds no blob")),
        (_, 0) => Ok(()),
        (blobs, failed) => {
            Err(CliError::new(Kind::DataErr, format!("{failed} of {blobs} blobs could not be decoded")))
        }
    }
}

fn emit(ctx: &Ctx, args: &AuthDecodeArgs, tally: &mut Tally, mech: Option<String>, blob: String) {
    let report = match &args.mech {
        Some(given) => DecodeReport::new(blob, Some(given), args.show_secrets),
        None => DecodeReport::with_hint(blob, mech.as_deref(), args.show_secrets),
    };
    tally.failed += usize::from(report.error.is_some());
    match args.output.format {
        Format::Json => ctx.printer.json_array_item(&report, tally.blobs == 0),
        Format::Human => crate::commands::render::auth::print_decoded(ctx, &report),
    }
    tally.blobs += 1;
}
