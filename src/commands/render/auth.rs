//! The human forms of `auth MECH` and `auth decode`.

use crate::cli::{BlobFormat, BlobOutputArgs};
use crate::commands::Ctx;
use crate::sasl::decode::DecodeReport;
use crate::sasl::generated::Generated;

pub fn print_generated(ctx: &Ctx, generated: &Generated, output: &BlobOutputArgs) {
    match output.format {
        BlobFormat::Json => ctx.printer.json(&generated.report(output.show_secrets)),
        BlobFormat::Base64 if output.command => {
            generated.command_lines().iter().for_each(|l| ctx.printer.line(l))
        }
        // An empty response is `=` on the wire (RFC 4954), so that is what gets printed.
        BlobFormat::Base64 => generated.messages.iter().for_each(|(m, _)| match m.base64() {
            blob if blob.is_empty() => ctx.printer.line("="),
            blob => ctx.printer.line(&blob),
        }),
    }
}

pub fn print_decoded(ctx: &Ctx, report: &DecodeReport) {
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
