//! `saslkit realm list`

use serde::Serialize;

use crate::cli::RealmListArgs;
use crate::commands::Ctx;
use crate::error::CliResult;
use crate::output::Format;
use crate::sasldb::ops::realm_counts;
use crate::sasldb::store::Access;

#[derive(Serialize)]
struct RealmRow {
    realm: String,
    users: usize,
}

pub fn cmd_realm_list(ctx: &Ctx, args: &RealmListArgs) -> CliResult {
    let db = ctx.open_db(Access::Read)?;
    let rows: Vec<RealmRow> = realm_counts(db.as_ref())?
        .into_iter()
        .map(|(realm, users)| RealmRow { realm: String::from_utf8_lossy(&realm).into_owned(), users })
        .collect();
    match args.output.format {
        Format::Json => ctx.printer.json(&rows),
        Format::Human => {
            let table: Vec<Vec<String>> =
                rows.iter().map(|r| vec![r.realm.clone(), r.users.to_string()]).collect();
            ctx.printer.table(&["realm", "users"], &table);
        }
    }
    Ok(())
}
