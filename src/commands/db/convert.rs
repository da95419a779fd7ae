//! `saslkit db convert SRC DST --to lmdb|gdbm`

use crate::cli::DbConvertArgs;
use crate::commands::Ctx;
use crate::error::{CliError, CliResult, Kind};
use crate::output::count;
use crate::sasldb::convert::convert;

pub fn cmd_db_convert(ctx: &Ctx, args: &DbConvertArgs) -> CliResult {
    if args.target.exists() && !args.force {
        return Err(CliError::new(Kind::CantCreate, format!("{}: exists", args.target.display()))
            .with_hint("add --force to replace it (it is replaced atomically, after the copy is verified)"));
    }
    let bar = ctx.printer.progress(0, "copying");
    let records = convert(&args.source, &args.target, args.to.into(), &|n| bar.set_position(n))?;
    bar.finish_and_clear();
    ctx.printer.status(&format!(
        "{} copied from {} to {} ({}), verified",
        count(records, "record"),
        args.source.display(),
        args.target.display(),
        crate::sasldb::open::Backend::from(args.to).name()
    ));
    Ok(())
}
