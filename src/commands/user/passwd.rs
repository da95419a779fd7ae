//! `saslkit user passwd USER`

use crate::cli::UserPasswdArgs;
use crate::commands::{build_records, check_secret_args, report_set, Ctx};
use crate::error::CliResult;
use crate::sasldb::ops::{get_user, set_user, SetMode};
use crate::sasldb::store::Access;
use crate::sasldb::DbError;

pub fn cmd_user_passwd(ctx: &Ctx, args: &UserPasswdArgs) -> CliResult {
    check_secret_args(ctx, &args.secrets)?;
    let user = ctx.resolve_user_arg(&args.user)?;
    ctx.warn_if_not_fqdn(&user.realm);
    // Fail before prompting when the user is not there.
    if get_user(ctx.open_db(Access::Read)?.as_ref(), &user)?.is_none() {
        return Err(DbError::NoSuchUser(user.to_string()).into());
    }
    let password = ctx.read_password(&args.password, true)?;
    let records = build_records(&password, &args.secrets)?;
    let db = ctx.open_db(Access::Write)?;
    let outcome = set_user(db.as_ref(), &user, &records, SetMode::Update)?;
    report_set(ctx, "changed", &user, &outcome);
    Ok(())
}
