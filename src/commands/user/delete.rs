//! `saslkit user delete USER...`

use crate::cli::UserDeleteArgs;
use crate::commands::{confirm, Ctx};
use crate::error::CliResult;
use crate::sasldb::ops::delete_users;
use crate::sasldb::store::Access;

pub fn cmd_user_delete(ctx: &Ctx, args: &UserDeleteArgs) -> CliResult {
    let users = args
        .users
        .iter()
        .map(|u| ctx.resolve_user(u, args.realm.as_deref()))
        .collect::<CliResult<Vec<_>>>()?;
    let names: Vec<String> = users.iter().map(ToString::to_string).collect();
    confirm(ctx, args.yes, &format!("Delete {} and all their records?", names.join(", ")))?;
    let db = ctx.open_db(Access::Write)?;
    for (user, properties) in delete_users(db.as_ref(), &users)? {
        ctx.printer.status(&format!("deleted {user} ({})", properties.join(", ")));
    }
    Ok(())
}
