//! `saslkit db …`: the sasldb file itself.

mod check;
mod convert;
mod info;

use crate::cli::DbCommand;
use crate::commands::Ctx;
use crate::error::CliResult;

pub fn run(ctx: &Ctx, command: DbCommand) -> CliResult {
    match command {
        DbCommand::Info(args) => info::cmd_db_info(ctx, &args),
        DbCommand::Convert(args) => convert::cmd_db_convert(ctx, &args),
        DbCommand::Check(args) => check::cmd_db_check(ctx, &args),
    }
}
