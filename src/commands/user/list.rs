//! `saslkit user list`

use serde::Serialize;

use crate::cli::{ListFormat, UserListArgs};
use crate::commands::listusers::print_sasldb_lines;
use crate::commands::Ctx;
use crate::error::CliResult;
use crate::sasldb::ops::{scan_users, UserRecords};
use crate::sasldb::property::SecretSummary;
use crate::sasldb::store::Access;

/// One user in listings; the documented JSON shape.
#[derive(Serialize)]
pub struct UserRow {
    pub user: String,
    pub authid: String,
    pub realm: String,
    pub secrets: SecretSummary,
}

impl From<&UserRecords> for UserRow {
    fn from(records: &UserRecords) -> UserRow {
        UserRow {
            user: records.user.to_string(),
            authid: String::from_utf8_lossy(&records.user.authid).into_owned(),
            realm: String::from_utf8_lossy(&records.user.realm).into_owned(),
            secrets: records.summary(),
        }
    }
}

pub fn cmd_user_list(ctx: &Ctx, args: &UserListArgs) -> CliResult {
    let db = ctx.open_db(Access::Read)?;
    if args.format == ListFormat::Sasldb {
        return print_sasldb_lines(ctx, db.as_ref(), args.realm.as_deref());
    }
    let mut rows = Vec::new();
    let wanted =
        |records: &UserRecords| args.realm.as_ref().is_none_or(|r| r.as_bytes() == records.user.realm);
    scan_users(
        db.as_ref(),
        &mut |records| {
            if wanted(&records) {
                rows.push(UserRow::from(&records));
            }
        },
        &mut |key, err| {
            ctx.printer.warn(&format!(
                "skipping malformed key {}: {err}",
                String::from_utf8_lossy(key).escape_debug()
            ))
        },
    )?;
    match args.format {
        ListFormat::Json => ctx.printer.json(&rows),
        _ => {
            let table: Vec<Vec<String>> =
                rows.iter().map(|r| vec![r.authid.clone(), r.realm.clone(), r.secrets.describe()]).collect();
            ctx.printer.table(&["user", "realm", "secrets"], &table);
        }
    }
    Ok(())
}
