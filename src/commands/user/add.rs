//! `saslkit user add USER`

use crate::cli::UserAddArgs;
use crate::commands::{build_records, check_secret_args, report_set, Ctx};
use crate::error::CliResult;
use crate::sasldb::ops::{set_user, SetMode};
use crate::sasldb::store::Access;

pub fn cmd_user_add(ctx: &Ctx, args: &UserAddArgs) -> CliResult {
    check_secret_args(ctx, &args.secrets)?;
    let user = ctx.resolve_user_arg(&args.user)?;
    ctx.warn_if_not_fqdn(&user.realm);
    let password = ctx.read_password(&args.password, true)?;
    let records = build_records(&password, &args.secrets)?;
    let db = ctx.open_db(Access::Write)?;
    let mode = if args.force { SetMode::Upsert } else { SetMode::Create };
    let outcome = set_user(db.as_ref(), &user, &records, mode)?;
    let verb = if outcome.created { "created" } else { "replaced" };
    report_set(ctx, verb, &user, &outcome);
    Ok(())
}
