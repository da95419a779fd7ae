//! `saslkit map dump [lmdb:]FILE`: every entry, like `postmap -s`, passwords masked.

use std::ops::ControlFlow;

use serde::Serialize;

use crate::cli::MapDumpArgs;
use crate::commands::Ctx;
use crate::error::CliResult;
use crate::output::Format;
use crate::postmap::lookup::split_value;
use crate::postmap::map::MapReader;
use crate::sasl::mask;

#[derive(Serialize)]
pub struct EntryRow {
    pub key: String,
    pub user: String,
    pub password: String,
}

impl EntryRow {
    pub fn new(key: &[u8], value: &[u8], show_secrets: bool) -> EntryRow {
        let (user, password) = split_value(value);
        let password = if show_secrets || password.is_empty() {
            String::from_utf8_lossy(password).into_owned()
        } else {
            mask(password.len())
        };
        EntryRow {
            key: String::from_utf8_lossy(key).into_owned(),
            user: String::from_utf8_lossy(user).into_owned(),
            password,
        }
    }
}

pub fn cmd_map_dump(ctx: &Ctx, args: &MapDumpArgs) -> CliResult {
    let (name, _) = crate::commands::map::resolve_map(&args.map, &args.config)?;
    let reader = MapReader::open(&name)?;
    let mut rows = Vec::new();
    reader.scan(&mut |key, value| {
        let strip = |b: &[u8]| b.strip_suffix(b"\0").unwrap_or(b).to_vec();
        let row = EntryRow::new(&strip(key), &strip(value), args.show_secrets);
        match args.output.format {
            Format::Human if args.show_secrets => {
                ctx.printer.bytes(&[strip(key).as_slice(), b"\t", &strip(value), b"\n"].concat())
            }
            // A value without ':' is a user name alone (Postfix sends an empty password).
            Format::Human if !value.contains(&b':') => {
                ctx.printer.line(&format!("{}\t{}", row.key, row.user))
            }
            Format::Human => ctx.printer.line(&format!("{}\t{}:{}", row.key, row.user, row.password)),
            Format::Json => rows.push(row),
        }
        ControlFlow::Continue(())
    })?;
    if args.output.format == Format::Json {
        ctx.printer.json(&rows);
    }
    Ok(())
}
