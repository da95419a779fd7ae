//! `saslkit user show USER`

use serde::Serialize;

use crate::cli::UserShowArgs;
use crate::commands::user::list::UserRow;
use crate::commands::Ctx;
use crate::error::CliResult;
use crate::output::Format;
use crate::sasldb::ops::get_user;
use crate::sasldb::property::describe_record;
use crate::sasldb::store::Access;
use crate::sasldb::DbError;

#[derive(Serialize)]
struct ShowReport {
    #[serde(flatten)]
    user: UserRow,
    properties: Vec<PropertyRow>,
}

#[derive(Serialize)]
struct PropertyRow {
    property: String,
    /// What the record is; never the secret, nor its length.
    value: String,
}

pub fn cmd_user_show(ctx: &Ctx, args: &UserShowArgs) -> CliResult {
    let user = ctx.resolve_user_arg(&args.user)?;
    let db = ctx.open_db(Access::Read)?;
    let records = get_user(db.as_ref(), &user)?.ok_or_else(|| DbError::NoSuchUser(user.to_string()))?;
    let properties = records
        .records
        .iter()
        .map(|(p, v)| PropertyRow {
            property: String::from_utf8_lossy(p).into_owned(),
            value: describe_record(p, v),
        })
        .collect();
    let report = ShowReport { user: UserRow::from(&records), properties };
    match args.output.format {
        Format::Json => ctx.printer.json(&report),
        Format::Human => {
            ctx.printer.line(&format!("user:    {}", report.user.user));
            ctx.printer.line(&format!("secrets: {}", records.summary().describe()));
            let rows: Vec<Vec<String>> =
                report.properties.iter().map(|p| vec![p.property.clone(), p.value.clone()]).collect();
            ctx.printer.table(&["property", "value"], &rows);
        }
    }
    Ok(())
}
