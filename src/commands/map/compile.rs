//! `saslkit map compile [[TYPE:]FILE]`: one map, or every map of main.cf's smtp_sasl_password_maps
//! and sender_dependent_relayhost_maps.

use crate::cli::MapCompileArgs;
use crate::commands::map::{at_line, maps_to_use, open_source, resolve_folding};
use crate::commands::Ctx;
use crate::error::CliResult;
use crate::output::count;
use crate::postfix::config::MapRole;
use crate::postmap::format::order_of;
use crate::postmap::map::write_map;
use crate::postmap::parse::ParseOptions;
use crate::postmap::runs::{DuplicatePolicy, RunOptions, SortedRuns};
use crate::postmap::MapName;

pub fn cmd_map_compile(ctx: &Ctx, args: &MapCompileArgs) -> CliResult {
    let (config, options) = resolve_folding(&args.postfix)?;
    let roles = MapRole::ALL;
    for (_, name) in maps_to_use(ctx, args.map.as_ref(), &config, &args.postfix.config, &roles)? {
        compile(ctx, args, &name, options)?;
    }
    Ok(())
}

fn compile(ctx: &Ctx, args: &MapCompileArgs, name: &MapName, options: ParseOptions) -> CliResult {
    let (mut source, metadata) = open_source(name)?;
    if let Some(warning) = crate::postmap::check::compile_permission_warning(&metadata, name) {
        ctx.printer.warn(&warning);
    }
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let options = RunOptions {
        parse: options,
        order: order_of(name.kind),
        max_key_len: name.kind.max_key_len(),
        threads,
    };
    let runs = SortedRuns::parse_stream(&mut source, metadata.len(), options, &name.source)?;
    let file = name.source.display().to_string();
    runs.check_key_lengths(&file, name.kind)?;
    let policy = DuplicatePolicy { last_wins: args.last_wins, quiet: args.quiet_duplicates };
    let (written, duplicates) = write_map(name, &runs, policy, &metadata)?;
    let mut warnings = runs.warnings.clone();
    warnings.extend(duplicates);
    warnings.sort_by_key(|w| w.line);
    for warning in &warnings {
        ctx.printer.warn(&at_line(name, warning.line, &warning.message));
    }
    ctx.printer.status(&format!(
        "{}: {} written to {} ({})",
        name.display(),
        count(written, "record"),
        name.path().display(),
        count(warnings.len(), "warning")
    ));
    Ok(())
}
