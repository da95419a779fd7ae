//! `saslkit realm rename OLD NEW`

use crate::cli::RealmRenameArgs;
use crate::commands::Ctx;
use crate::error::{CliError, CliResult};
use crate::output::count;
use crate::sasldb::ops::rename_realm;
use crate::sasldb::store::Access;
use crate::sasldb::user::is_fqdn;

pub fn cmd_realm_rename(ctx: &Ctx, args: &RealmRenameArgs) -> CliResult {
    if args.new.is_empty() || args.new.contains('\0') {
        return Err(CliError::new(
            crate::error::Kind::DataErr,
            "the new realm must be non-empty and contain no NUL byte",
        ));
    }
    if !is_fqdn(args.new.as_bytes()) {
        ctx.printer.warn(&format!("realm {:?} is not a fully qualified domain name", args.new));
    }
    let db = ctx.open_db(Access::Write)?;
    let users = rename_realm(db.as_ref(), args.old.as_bytes(), args.new.as_bytes())?;
    ctx.printer.status(&format!("moved {} from realm {} to {}", count(users, "user"), args.old, args.new));
    Ok(())
}
