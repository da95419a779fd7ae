//! `saslkit listusers`: sasldblistusers2's output, with honest exit codes.

use crate::commands::Ctx;
use crate::error::CliResult;
use crate::sasldb::ops::{scan_entries, Entry};
use crate::sasldb::store::Access;
use crate::sasldb::store::Store;

pub fn cmd_listusers(ctx: &Ctx) -> CliResult {
    let db = ctx.open_db(Access::Read)?;
    print_sasldb_lines(ctx, db.as_ref(), None)
}

/// One `authid@realm: property` line per record, in storage order; malformed keys are reported
/// on stderr and skipped.
pub fn print_sasldb_lines(ctx: &Ctx, db: &dyn Store, realm: Option<&str>) -> CliResult {
    let mut line = Vec::with_capacity(256);
    scan_entries(db, &mut |entry| match entry {
        Entry::Record(key, _) => {
            if realm.is_some_and(|r| r.as_bytes() != key.realm) {
                return;
            }
            line.clear();
            sasldb_line(&mut line, &key.authid, &key.realm, &key.property);
            ctx.printer.bytes(&line);
        }
        Entry::Malformed(key, err) => ctx
            .printer
            .warn(&format!("skipping malformed key {}: {err}", String::from_utf8_lossy(key).escape_debug())),
    })?;
    Ok(())
}

/// `printf("%s@%s: %s\n", authid, realm, property)`, as Cyrus's `_sasldb_listusers` prints.
pub fn sasldb_line(out: &mut Vec<u8>, authid: &[u8], realm: &[u8], property: &[u8]) {
    out.extend_from_slice(authid);
    out.push(b'@');
    out.extend_from_slice(realm);
    out.extend_from_slice(b": ");
    out.extend_from_slice(property);
    out.push(b'\n');
}
