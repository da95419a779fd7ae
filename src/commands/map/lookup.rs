//! `saslkit map lookup [lmdb:]FILE --nexthop NEXTHOP`: the keys Postfix tries, which one matches.

use serde::Serialize;

use crate::cli::MapLookupArgs;
use crate::commands::map::dump::EntryRow;
use crate::commands::map::resolve_folding;
use crate::commands::Ctx;
use crate::error::{CliError, CliResult, Kind};
use crate::output::Format;
use crate::postmap::fold::fold_key;
use crate::postmap::lookup::{candidate_keys, Candidate, LookupRequest};
use crate::postmap::map::MapReader;
use crate::postmap::MapName;

#[derive(Serialize)]
struct Tried {
    #[serde(flatten)]
    candidate: Candidate,
    found: bool,
}

#[derive(Serialize)]
struct LookupReport {
    tried: Vec<Tried>,
    matched: Option<EntryRow>,
    notes: Vec<String>,
}

pub fn cmd_map_lookup(ctx: &Ctx, args: &MapLookupArgs) -> CliResult {
    let name = MapName::parse(&args.map)?;
    let (config, options) = resolve_folding(&args.postfix)?;
    let sender_dependent = args.sender_dependent || config.sender_dependent_authentication();
    let mut notes = Vec::new();
    if args.sender.is_some() && !sender_dependent {
        notes.push("--sender is ignored: Postfix uses sender keys only with smtp_sender_dependent_authentication = yes (--sender-dependent)".into());
    }
    if args.host.is_none() && !args.nexthop.starts_with('[') {
        notes.push("without --host the connected host is taken to be the next hop's name; for an MX lookup give the MX host with --host".into());
    }
    let request = LookupRequest {
        nexthop: args.nexthop.clone(),
        host: args.host.clone(),
        sender: args.sender.clone(),
        sender_dependent,
        recipient_delimiter: config.recipient_delimiter().to_string(),
    };
    let reader = MapReader::open(&name)?;
    let mut report = LookupReport { tried: Vec::new(), matched: None, notes };
    for candidate in candidate_keys(&request) {
        if report.matched.is_some() {
            break;
        }
        let folded = fold_key(candidate.key.as_bytes(), options.utf8);
        let value = reader.get(&folded)?;
        if let Some(value) = &value {
            report.matched = Some(EntryRow::new(candidate.key.as_bytes(), value, false));
        }
        report.tried.push(Tried { candidate, found: value.is_some() });
    }
    print(ctx, args.format, &report);
    match report.matched {
        Some(_) => Ok(()),
        None => Err(CliError::new(Kind::Negative, "no key matches: Postfix sends this mail without AUTH")),
    }
}

fn print(ctx: &Ctx, format: Format, report: &LookupReport) {
    if format == Format::Json {
        return ctx.printer.json(report);
    }
    let rows: Vec<Vec<String>> = report
        .tried
        .iter()
        .enumerate()
        .map(|(i, t)| {
            vec![
                (i + 1).to_string(),
                t.candidate.key.clone(),
                t.candidate.source.to_string(),
                if t.found { "found" } else { "not found" }.to_string(),
            ]
        })
        .collect();
    ctx.printer.table(&["#", "key", "why Postfix tries it", "result"], &rows);
    if let Some(row) = &report.matched {
        ctx.printer.line(&format!("user:     {}", row.user));
        ctx.printer
            .line(&format!("password: {}", if row.password.is_empty() { "(empty)" } else { &row.password }));
    }
    for note in &report.notes {
        ctx.printer.status(&format!("note: {note}"));
    }
}
