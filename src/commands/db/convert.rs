//! `saslkit db convert SRC DST --to lmdb|gdbm|bdb|sqlite` (SRC and DST may be `sqlite:PATH`)

use crate::cli::DbConvertArgs;
use crate::commands::Ctx;
use crate::error::{CliError, CliResult, Kind};
use crate::output::count;
use crate::sasldb::convert::convert;
use crate::sasldb::open::Backend;
use crate::sasldb::sqlite::path_of;

pub fn cmd_db_convert(ctx: &Ctx, args: &DbConvertArgs) -> CliResult {
    let to = Backend::from(args.to);
    let target = match path_of(&args.target) {
        Some(_) if to != Backend::Sqlite => {
            return Err(CliError::usage(format!(
                "{}: an sqlite: target needs --to sqlite",
                args.target.display()
            )))
        }
        Some(file) => file,
        None => args.target.as_path(),
    };
    if target.exists() && !args.force {
        return Err(CliError::new(Kind::CantCreate, format!("{}: exists", target.display()))
            .with_hint("add --force to replace it (it is replaced atomically, after the copy is verified)"));
    }
    let bar = ctx.printer.progress(0, "copying");
    let records = convert(&args.source, target, to, &|n| bar.set_position(n))?;
    bar.finish_and_clear();
    ctx.printer.status(&format!(
        "{} copied from {} to {} ({}), verified",
        count(records, "record"),
        args.source.display(),
        args.target.display(),
        to.name()
    ));
    Ok(())
}
