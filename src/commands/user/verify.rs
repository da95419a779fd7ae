//! `saslkit user verify USER`: exit 0 when the password matches, 1 when not.

use crate::cli::UserVerifyArgs;
use crate::commands::Ctx;
use crate::error::{CliError, CliResult, Kind};
use crate::sasldb::ops::get_user;
use crate::sasldb::store::Access;
use crate::sasldb::verify::{verify_password, Verdict};
use crate::sasldb::DbError;

pub fn cmd_user_verify(ctx: &Ctx, args: &UserVerifyArgs) -> CliResult {
    let user = ctx.resolve_user_arg(&args.user)?;
    let db = ctx.open_db(Access::Read)?;
    let records = get_user(db.as_ref(), &user)?.ok_or_else(|| DbError::NoSuchUser(user.to_string()))?;
    let password = ctx.read_password(&args.password, false)?;
    match verify_password(&records, &password) {
        Verdict::Match { proved, stale } => {
            for record in stale {
                ctx.printer.warn(&format!(
                    "{user}: the {record} record is of an older password; Cyrus ignores it while userPassword is there (`saslkit user passwd` rewrites both)"
                ));
            }
            ctx.printer.status(&format!("{user}: password verifies ({proved})"));
            Ok(())
        }
        Verdict::Mismatch => Err(CliError::new(Kind::Negative, format!("{user}: password does not verify"))),
        Verdict::NoSecret => Err(CliError::new(
            Kind::Negative,
            format!("{user}: has no userPassword or SCRAM record to check against"),
        )),
    }
}
