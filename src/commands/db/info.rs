//! `saslkit db info`

use std::os::unix::fs::MetadataExt;

use serde::Serialize;

use crate::cli::DbInfoArgs;
use crate::commands::Ctx;
use crate::error::{CliError, CliResult};
use crate::output::Format;
use crate::sasldb::ops::scan_users;
use crate::sasldb::store::Access;
use crate::sasldb::store::ContainerInfo;

#[derive(Serialize)]
struct DbInfo {
    path: String,
    #[serde(flatten)]
    container: ContainerInfo,
    mode: String,
    uid: u32,
    gid: u32,
    records: usize,
    users: usize,
    realms: usize,
    lock_file: Option<LockInfo>,
    warnings: Vec<String>,
}

#[derive(Serialize)]
struct LockInfo {
    path: String,
    mode: String,
}

pub fn cmd_db_info(ctx: &Ctx, args: &DbInfoArgs) -> CliResult {
    let path = &ctx.db_path();
    let db = ctx.open_db(Access::Read)?;
    let meta = std::fs::metadata(path).map_err(|err| {
        CliError::new(crate::error::Kind::of_io(&err), format!("{}: {err}", path.display()))
    })?;
    let (mut records, mut users, mut realms, mut malformed) = (0, 0, std::collections::BTreeSet::new(), 0);
    scan_users(
        db.as_ref(),
        &mut |user| {
            records += user.records.len();
            users += 1;
            realms.insert(user.user.realm);
        },
        &mut |_, _| malformed += 1,
    )?;
    records += malformed;
    let container = db.describe();
    let lock = lock_info(path, &container);
    let info = DbInfo {
        path: path.display().to_string(),
        mode: format!("{:04o}", meta.mode() & 0o7777),
        uid: meta.uid(),
        gid: meta.gid(),
        records,
        users,
        realms: realms.len(),
        warnings: lock_warnings(&meta, lock.as_ref()),
        lock_file: lock.map(|(path, mode)| LockInfo { path, mode: format!("{mode:04o}") }),
        container,
    };
    match args.format {
        Format::Json => ctx.printer.json(&info),
        Format::Human => print(ctx, &info),
    }
    Ok(())
}

/// LMDB's `PATH-lock`, which every reader must be able to write.
fn lock_info(path: &std::path::Path, container: &ContainerInfo) -> Option<(String, u32)> {
    if container.format != "LMDB" {
        return None;
    }
    let lock = format!("{}-lock", path.display());
    let mode = std::fs::metadata(&lock).ok()?.mode() & 0o7777;
    Some((lock, mode))
}

fn lock_warnings(data: &std::fs::Metadata, lock: Option<&(String, u32)>) -> Vec<String> {
    let Some((path, mode)) = lock else { return Vec::new() };
    let data_mode = data.mode();
    let mut warnings = Vec::new();
    if data_mode & 0o040 != 0 && mode & 0o020 == 0 {
        warnings.push(format!("the group may read the sasldb but not write {path}: LMDB readers in that group (saslauthd, smtpd) will fail"));
    }
    if data_mode & 0o004 != 0 && mode & 0o002 == 0 {
        warnings.push(format!(
            "others may read the sasldb but not write {path}: LMDB readers among them will fail"
        ));
    }
    warnings
}

fn print(ctx: &Ctx, info: &DbInfo) {
    let p = &ctx.printer;
    p.line(&format!("path:    {}", info.path));
    p.line(&format!("format:  {}", info.container.format));
    p.line(&format!("mode:    {} (uid {}, gid {})", info.mode, info.uid, info.gid));
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
