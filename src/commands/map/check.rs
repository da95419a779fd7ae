//! `saslkit map check [lmdb:]FILE`: exit 0 clean, 1 with findings.

use std::ops::ControlFlow;

use serde::Serialize;

use crate::cli::MapCheckArgs;
use crate::commands::map::{read_source, resolve_folding};
use crate::commands::Ctx;
use crate::error::{CliError, CliResult, Kind};
use crate::output::{count, Format};
use crate::postmap::check::{entry_findings, map_freshness, nul_convention, source_permissions, Finding};
use crate::postmap::map::{DuplicatePolicy, MapReader, SortedRuns};
use crate::postmap::MapName;

#[derive(Serialize)]
struct CheckReport {
    source: String,
    map: String,
    findings: Vec<Finding>,
}

pub fn cmd_map_check(ctx: &Ctx, args: &MapCheckArgs) -> CliResult {
    let name = MapName::parse(&args.map)?;
    let (config, options) = resolve_folding(&args.postfix)?;
    let (bytes, metadata) = read_source(&name)?;
    let runs = SortedRuns::parse(&bytes, options, 1);
    let mut findings: Vec<Finding> =
        runs.warnings.iter().map(|w| Finding { line: Some(w.line), message: w.message.clone() }).collect();
    let entries: Vec<_> = runs.entries().cloned().collect();
    findings.extend(entry_findings(&entries, &config));
    let duplicates = runs.unique(DuplicatePolicy::default(), &mut |_| Ok(()))?;
    findings.extend(duplicates.into_iter().map(|w| Finding { line: Some(w.line), message: w.message }));
    findings.extend(source_permissions(&metadata));
    let map_metadata = std::fs::metadata(name.lmdb_path()).ok();
    findings.extend(map_freshness(&metadata, map_metadata.as_ref()));
    if map_metadata.is_some() {
        findings.extend(nul_mix(&name)?);
    }
    findings.sort_by_key(|f| f.line.unwrap_or(0));
    let report = CheckReport {
        source: name.source.display().to_string(),
        map: name.lmdb_path().display().to_string(),
        findings,
    };
    match args.format {
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

fn nul_mix(name: &MapName) -> CliResult<Option<Finding>> {
    let reader = MapReader::open(name)?;
    let (mut with, mut without) = (0, 0);
    reader.scan(&mut |key, _| {
        if key.ends_with(b"\0") {
            with += 1
        } else {
            without += 1
        }
        ControlFlow::Continue(())
    })?;
    Ok(nul_convention(with, without))
}
