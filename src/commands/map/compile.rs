//! `saslkit map compile [[TYPE:]FILE]`: one map, or every map of main.cf's smtp_sasl_password_maps
//! and sender_dependent_relayhost_maps.

use crate::cli::MapCompileArgs;
use crate::commands::map::{at_line, maps_to_use, open_source, resolve_folding};
use crate::commands::Ctx;
use crate::error::CliResult;
use crate::output::{count, Format};
use crate::postfix::config::MapRole;
use crate::postmap::compile::{compile, Compiled};
use crate::postmap::parse::ParseOptions;
use crate::postmap::runs::DuplicatePolicy;
use crate::postmap::MapName;

pub fn cmd_map_compile(ctx: &Ctx, args: &MapCompileArgs) -> CliResult {
    let (config, options) = resolve_folding(&args.postfix)?;
    let roles = MapRole::ALL;
    let mut reports = Vec::new();
    for (role, name) in maps_to_use(ctx, args.map.as_ref(), &config, &args.postfix.config, &roles)? {
        let mut report = compile_one(ctx, args, &name, options)?;
        report.list = args.map.is_none().then(|| role.parameter());
        reports.push(report);
    }
    match (args.output.format, args.map.is_some()) {
        (Format::Json, true) => ctx.printer.json(&reports[0]),
        // From main.cf: one object per map, in the lists' order.
        (Format::Json, false) => ctx.printer.json(&reports),
        (Format::Human, _) => {}
    }
    Ok(())
}

fn compile_one(
    ctx: &Ctx,
    args: &MapCompileArgs,
    name: &MapName,
    options: ParseOptions,
) -> CliResult<Compiled> {
    let (mut source, metadata) = open_source(name)?;
    if let Some(warning) = crate::postmap::check::compile_permission_warning(&metadata, name) {
        ctx.printer.warn(&warning);
    }
    let policy = DuplicatePolicy { last_wins: args.last_wins, quiet: args.quiet_duplicates };
    let report = compile(name, &mut source, &metadata, options, policy)?;
    if args.output.format == Format::Json {
        return Ok(report);
    }
    for warning in &report.warnings {
        ctx.printer.warn(&at_line(name, warning.line, &warning.message));
    }
    ctx.printer.status(&format!(
        "{}: {} written to {} ({})",
        name.display(),
        count(report.records, "record"),
        report.map,
        count(report.warnings.len(), "warning")
    ));
    Ok(report)
}
