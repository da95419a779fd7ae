//! `saslkit db info`

use crate::cli::DbInfoArgs;
use crate::commands::Ctx;
use crate::error::CliResult;
use crate::output::Format;
use crate::sasldb::info::{describe, DbInfo};
use crate::sasldb::store::Access;

pub fn cmd_db_info(ctx: &Ctx, args: &DbInfoArgs) -> CliResult {
    let db = ctx.open_db(Access::Read)?;
    let opened = ctx.sasldb.sql.sasl_config.clone().unwrap_or_else(|| ctx.db_path());
    let info = describe(&opened, db.as_ref())?;
    match args.output.format {
        Format::Json => ctx.printer.json(&info),
        Format::Human => print(ctx, &info),
    }
    Ok(())
}

fn print(ctx: &Ctx, info: &DbInfo) {
    let p = &ctx.printer;
    p.line(&format!("path:    {}", info.path));
    p.line(&format!("format:  {}", info.container.format));
    if let (Some(mode), Some(uid), Some(gid)) = (&info.mode, info.uid, info.gid) {
        let name = |name: &Option<String>, id: u32| name.clone().unwrap_or_else(|| id.to_string());
        let (owner, group) = (name(&info.owner, uid), name(&info.group, gid));
        p.line(&format!("mode:    {mode} (owner {owner}, group {group}; uid {uid}, gid {gid})"));
    }
    p.line(&format!("records: {}  users: {}  realms: {}", info.records, info.users, info.realms));
    if let (Some(size), Some(used)) = (info.container.map_size, info.container.map_used) {
        p.line(&format!("map:     {} KiB used of {} KiB", used / 1024, size / 1024));
    }
    if let Some(lock) = &info.lock_file {
        p.line(&format!("lock:    {} (mode {})", lock.path, lock.mode));
    }
    for warning in &info.warnings {
        p.warn(warning);
    }
}
