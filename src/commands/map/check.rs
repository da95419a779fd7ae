//! `saslkit map check [[TYPE:]FILE]`: exit 0 clean, 1 with findings. Without FILE, every map of
//! main.cf's smtp_sasl_password_maps and sender_dependent_relayhost_maps (the credential checks
//! only on the first).

use serde::Serialize;

use crate::cli::MapCheckArgs;
use crate::commands::map::{maps_to_use, read_source, resolve_folding};
use crate::commands::Ctx;
use crate::error::{CliError, CliResult, Kind};
use crate::output::{count, Format};
use crate::postfix::config::MapRole;
use crate::postmap::check::{check_map, Finding};

#[derive(Serialize)]
struct CheckReport {
    /// The main.cf list the map comes from (absent for a map named on the command line).
    #[serde(skip_serializing_if = "Option::is_none")]
    list: Option<&'static str>,
    source: String,
    map: String,
    findings: Vec<Finding>,
}

pub fn cmd_map_check(ctx: &Ctx, args: &MapCheckArgs) -> CliResult {
    let (config, options) = resolve_folding(&args.postfix)?;
    let names = maps_to_use(ctx, args.map.as_ref(), &config, &args.postfix.config, &MapRole::ALL)?;
    let mut reports = Vec::new();
    for (role, name) in &names {
        let (bytes, metadata) = read_source(name)?;
        let findings = check_map(name, *role, &bytes, &metadata, options, &config)?;
        let report = CheckReport {
            list: args.map.is_none().then(|| role.parameter()),
            source: name.source.display().to_string(),
            map: name.path().display().to_string(),
            findings,
        };
        if args.output.format == Format::Human {
            print_findings(ctx, &report);
        }
        reports.push(report);
    }
    match (args.output.format, args.map.is_some()) {
        (Format::Json, true) => ctx.printer.json(&reports[0]),
        // From main.cf: one object per map, in the list's order.
        (Format::Json, false) => ctx.printer.json(&reports),
        (Format::Human, _) => {}
    }
    let total: usize = reports.iter().map(|r| r.findings.len()).sum();
    let what = names.iter().map(|(_, n)| n.display()).collect::<Vec<_>>().join(", ");
    if total == 0 {
        ctx.printer.status(&format!("{what}: no findings"));
        return Ok(());
    }
    Err(CliError::new(Kind::Negative, format!("{what}: {}", count(total, "finding"))))
}

fn print_findings(ctx: &Ctx, report: &CheckReport) {
    for finding in &report.findings {
        match finding.line {
            Some(line) => ctx.printer.line(&format!("{}, line {line}: {}", report.source, finding.message)),
            None => ctx.printer.line(&format!("{}: {}", report.source, finding.message)),
        }
    }
}
