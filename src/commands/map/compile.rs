//! `saslkit map compile [lmdb:]FILE`

use crate::cli::MapCompileArgs;
use crate::commands::map::{at_line, read_source, resolve_folding};
use crate::commands::Ctx;
use crate::error::CliResult;
use crate::output::count;
use crate::postmap::map::{prepare, write_map, DuplicatePolicy};
use crate::postmap::MapName;

pub fn cmd_map_compile(ctx: &Ctx, args: &MapCompileArgs) -> CliResult {
    let name = MapName::parse(&args.map)?;
    let (_, options) = resolve_folding(&args.postfix)?;
    let (parsed, metadata) = read_source(&name, options)?;
    let policy = DuplicatePolicy {
        last_wins: args.last_wins,
        quiet: args.quiet_duplicates,
    };
    let (records, duplicates) =
        prepare(parsed.entries, policy, &name.source.display().to_string())?;
    let mut warnings = parsed.warnings;
    warnings.extend(duplicates);
    warnings.sort_by_key(|w| w.line);
    for warning in &warnings {
        ctx.printer
            .warn(&at_line(&name, warning.line, &warning.message));
    }
    write_map(&name, &records, &metadata)?;
    ctx.printer.status(&format!(
        "{}: {} written to {} ({})",
        name.display(),
        count(records.len(), "record"),
        name.lmdb_path().display(),
        count(warnings.len(), "warning")
    ));
    Ok(())
}
