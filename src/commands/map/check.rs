//! `saslkit map check [lmdb:]FILE`: exit 0 clean, 1 with findings.

use serde::Serialize;

use crate::cli::MapCheckArgs;
use crate::commands::map::{read_source, resolve_folding};
use crate::commands::Ctx;
use crate::error::{CliError, CliResult, Kind};
use crate::output::{count, Format};
use crate::postmap::check::{check_map, Finding};
use crate::postmap::MapName;

#[derive(Serialize)]
struct CheckReport {
    source: String,
    map: String,
    findings: Vec<Finding>,
}

pub fn cmd_map_check(ctx: &Ctx, args: &MapCheckArgs) -> CliResult {
    let (config, options) = resolve_folding(&args.postfix)?;
    let name = MapName::resolve(&args.map, config.default_database_type())?;
    let (bytes, metadata) = read_source(&name)?;
    let findings = check_map(&name, &bytes, &metadata, options, &config)?;
    let report = CheckReport {
        source: name.source.display().to_string(),
        map: name.path().display().to_string(),
        findings,
    };
    match args.output.format {
        Format::Json => ctx.printer.json(&report),
        Format::Human => report.findings.iter().for_each(|f| match f.line {
            Some(line) => ctx.printer.line(&format!("{}, line {line}: {}", report.source, f.message)),
            None => ctx.printer.line(&format!("{}: {}", report.source, f.message)),
        }),
    }
    if report.findings.is_empty() {
        ctx.printer.status(&format!("{}: no findings", name.display()));
        return Ok(());
    }
    Err(CliError::new(
        Kind::Negative,
        format!("{}: {}", name.display(), count(report.findings.len(), "finding")),
    ))
}
