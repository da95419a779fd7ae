//! `saslkit realm …`

mod delete;
mod list;
mod rename;

use crate::cli::RealmCommand;
use crate::commands::Ctx;
use crate::error::CliResult;

pub fn run(ctx: &Ctx, command: RealmCommand) -> CliResult {
    match command {
        RealmCommand::List(args) => list::cmd_realm_list(ctx, &args),
        RealmCommand::Rename(args) => rename::cmd_realm_rename(ctx, &args),
        RealmCommand::Delete(args) => delete::cmd_realm_delete(ctx, &args),
    }
}
