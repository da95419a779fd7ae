//! `saslkit user …`

mod add;
mod delete;
mod import;
mod list;
mod passwd;
mod show;
mod verify;

use crate::cli::UserCommand;
use crate::commands::Ctx;
use crate::error::CliResult;

pub fn run(ctx: &Ctx, command: UserCommand) -> CliResult {
    match command {
        UserCommand::Add(args) => add::cmd_user_add(ctx, &args),
        UserCommand::Passwd(args) => passwd::cmd_user_passwd(ctx, &args),
        UserCommand::Delete(args) => delete::cmd_user_delete(ctx, &args),
        UserCommand::List(args) => list::cmd_user_list(ctx, &args),
        UserCommand::Show(args) => show::cmd_user_show(ctx, &args),
        UserCommand::Verify(args) => verify::cmd_user_verify(ctx, &args),
        UserCommand::Import(args) => import::cmd_user_import(ctx, &args),
    }
}
