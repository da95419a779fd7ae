//! `saslkit realm delete REALM`

use crate::cli::RealmDeleteArgs;
use crate::commands::{confirm, Ctx};
use crate::error::CliResult;
use crate::output::count;
use crate::sasldb::ops::delete_realm;
use crate::sasldb::store::Access;

pub fn cmd_realm_delete(ctx: &Ctx, args: &RealmDeleteArgs) -> CliResult {
    confirm(ctx, args.yes, &format!("Delete every user of realm {}?", args.realm))?;
    let db = ctx.open_db(Access::Write)?;
    let users = delete_realm(db.as_ref(), args.realm.as_bytes())?;
    ctx.printer.status(&format!("deleted realm {} ({})", args.realm, count(users, "user")));
    Ok(())
}
