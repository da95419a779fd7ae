//! `saslkit map lookup [lmdb:]FILE --nexthop NEXTHOP`: the keys Postfix tries, which one matches.

use serde::Serialize;

use crate::cli::ConfigDirArg;
use crate::cli::MapLookupArgs;
use crate::commands::map::dump::EntryRow;
use crate::commands::map::{main_cf_maps, maps_to_use, resolve_folding};
use crate::commands::Ctx;
use crate::error::{CliError, CliResult, Kind};
use crate::output::Format;
use crate::postfix::config::{MapRole, PostfixConfig};
use crate::postmap::lookup::{notes as lookup_notes, port_spelling_notes, trace, LookupRequest, Tried};
use crate::postmap::map::{get_in_list, MapReader};

#[derive(Serialize)]
struct LookupReport {
    tried: Vec<Tried>,
    matched: Option<EntryRow>,
    notes: Vec<String>,
}

pub fn cmd_map_lookup(ctx: &Ctx, args: &MapLookupArgs) -> CliResult {
    let (config, options) = resolve_folding(&args.postfix)?;
    let names = maps_to_use(ctx, args.map.as_ref(), &config, &args.postfix.config, &[MapRole::Passwords])?;
    let mut notes = Vec::new();
    let sender_relay = match (&args.nexthop, &args.sender) {
        (None, Some(sender)) => sender_relayhost(ctx, &config, &args.postfix.config, sender, options.utf8)?,
        _ => None,
    };
    let nexthop = match (&args.nexthop, sender_relay, config.relayhost()) {
        (Some(nexthop), _, _) => nexthop.clone(),
        (None, Some((key, relayhost)), _) => {
            notes.push(format!(
                "the next hop is {relayhost}: sender_dependent_relayhost_maps has it for {key}"
            ));
            relayhost
        }
        (None, None, Some(relayhost)) => {
            notes.push(format!("the next hop is main.cf's relayhost, {relayhost}"));
            relayhost.to_string()
        }
        (None, None, None) => {
            let main_cf = args.postfix.config.config_dir.join("main.cf");
            return Err(CliError::usage(format!(
                "no --nexthop, and {} sets no relayhost",
                main_cf.display()
            ))
            .with_hint(
                "give the next hop as Postfix has it configured, e.g. --nexthop [smtp.example.com]:587",
            ));
        }
    };
    let request = LookupRequest {
        nexthop,
        host: args.host.clone(),
        sender: args.sender.clone(),
        sender_dependent: args.sender_dependent || config.sender_dependent_authentication(),
        recipient_delimiter: config.recipient_delimiter().to_string(),
    };
    let readers = names.iter().map(|(_, name)| MapReader::open(name)).collect::<Result<Vec<_>, _>>()?;
    // Postfix's map lists: each key is looked for in every map, in order, before the next key.
    let trace = trace(&request, options.utf8, |key| get_in_list(&readers, key))?;
    notes.extend(lookup_notes(&request, args.sender.is_some(), args.host.is_some()));
    if trace.matched.is_none() {
        let mut keys = Vec::new();
        for reader in &readers {
            keys.extend(reader.keys()?);
        }
        notes.extend(port_spelling_notes(&trace.tried, &keys));
    }
    let report = LookupReport {
        tried: trace.tried,
        matched: trace.matched.map(|(key, value)| EntryRow::new(key.as_bytes(), &value, false)),
        notes,
    };
    print(ctx, args.output.format, &report);
    match report.matched {
        Some(_) => Ok(()),
        None => Err(CliError::new(Kind::Negative, "no key matches: Postfix sends this mail without AUTH")),
    }
}

/// The sender's relay host from main.cf's sender_dependent_relayhost_maps, with the key that
/// found it.
fn sender_relayhost(
    ctx: &Ctx,
    config: &PostfixConfig,
    dir: &ConfigDirArg,
    sender: &str,
    fold_utf8: bool,
) -> CliResult<Option<(String, String)>> {
    let names = main_cf_maps(ctx, config, dir, &[MapRole::SenderRelayhosts]);
    let readers = names.iter().map(|(_, name)| MapReader::open(name)).collect::<Result<Vec<_>, _>>()?;
    if readers.is_empty() {
        return Ok(None);
    }
    let delimiter = config.recipient_delimiter();
    Ok(crate::postmap::lookup::sender_relayhost(sender, delimiter, fold_utf8, |key| {
        get_in_list(&readers, key)
    })?)
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
