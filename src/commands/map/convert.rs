//! `saslkit map convert [TYPE:]FILE --to TYPE`

use crate::cli::MapConvertArgs;
use crate::commands::map::resolve_map;
use crate::commands::Ctx;
use crate::error::{CliError, CliResult};
use crate::output::count;
use crate::postmap::MapType;

pub fn cmd_map_convert(ctx: &Ctx, args: &MapConvertArgs) -> CliResult {
    let (from, _) = resolve_map(&args.map, &args.config)?;
    let to = MapType::from(args.to);
    if from.kind == to {
        return Err(CliError::usage(format!("{} is a {}: map already", from.display(), to.name())));
    }
    let written = crate::postmap::convert::convert(&from, to)?;
    let target = from.with_kind(to);
    ctx.printer.status(&format!(
        "{}: {} written to {} and verified; point smtp_sasl_password_maps at {}",
        from.display(),
        count(written, "record"),
        target.path().display(),
        target.display()
    ));
    Ok(())
}
