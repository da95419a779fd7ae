//! `saslkit db convert SRC DST --to lmdb|gdbm|bdb|sqlite` (SRC and DST may be `sqlite:PATH`)

use crate::cli::DbConvertArgs;
use crate::commands::Ctx;
use crate::error::{CliError, CliResult, Kind};
use crate::output::count;
use crate::sasldb::convert::{convert, convert_to_sql};
use crate::sasldb::open::Backend;
use crate::sasldb::sql::is_sql_target;
use crate::sasldb::sql::sqlite_path as path_of;

pub fn cmd_db_convert(ctx: &Ctx, args: &DbConvertArgs) -> CliResult {
    let options = ctx.open_options();
    if is_sql_target(&args.target) && path_of(&args.target).is_none() {
        let bar = ctx.printer.progress(0, "copying");
        let records =
            convert_to_sql(&args.source, &args.target, args.force, &options, &|n| bar.set_position(n))?;
        bar.finish_and_clear();
        return report(ctx, args, records, "sql");
    }
    let to = match (args.to, path_of(&args.target)) {
        (Some(to), _) => Backend::from(to),
        (None, Some(_)) => Backend::Sqlite,
        (None, None) => {
            return Err(CliError::usage(format!(
                "{}: which container? Add --to lmdb|gdbm|bdb|sqlite",
                args.target.display()
            )))
        }
    };
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
    let records = convert(&args.source, target, to, &options, &|n| bar.set_position(n))?;
    bar.finish_and_clear();
    report(ctx, args, records, to.name())
}

fn report(ctx: &Ctx, args: &DbConvertArgs, records: usize, to: &str) -> CliResult {
    ctx.printer.status(&format!(
        "{} copied from {} to {} ({to}), verified",
        count(records, "record"),
        args.source.display(),
        args.target.display(),
    ));
    Ok(())
}
