//! What `db info` reports about a sasldb file: its container, owner and mode, its counts, LMDB's
//! map use, and whether the readers can use LMDB's lock file.

use std::os::unix::fs::MetadataExt;
use std::path::Path;

use serde::Serialize;

use crate::sasldb::error::DbResult;
use crate::sasldb::ops::scan_users;
use crate::sasldb::store::{io_error, ContainerInfo, Location, Store};

#[derive(Serialize)]
pub struct DbInfo {
    pub path: String,
    #[serde(flatten)]
    pub container: ContainerInfo,
    /// `null` (with uid, gid, owner and group) for a store on a database server.
    pub mode: Option<String>,
    pub uid: Option<u32>,
    pub gid: Option<u32>,
    /// The owner's and group's names, `null` when the system has none for the id.
    pub owner: Option<String>,
    pub group: Option<String>,
    pub records: usize,
    pub users: usize,
    pub realms: usize,
    pub lock_file: Option<LockInfo>,
    pub warnings: Vec<String>,
}

#[derive(Serialize)]
pub struct LockInfo {
    pub path: String,
    pub mode: String,
}

/// Describes the sasldb at `path`, opened as `store`.
pub fn describe(path: &Path, store: &dyn Store) -> DbResult<DbInfo> {
    let container = store.describe();
    // An `sqlite:PATH` store: the mode and owner are the database file's; a server has none.
    let file = match &container.location {
        Location::Opened => Some(crate::sasldb::sql::sqlite_path(path).unwrap_or(path)),
        Location::File(file) => Some(file.as_path()),
        Location::Server(_) => None,
    };
    let meta =
        file.map(|file| std::fs::metadata(file).map_err(|err| io_error(file, err, "read"))).transpose()?;
    let (mut records, mut users, mut realms, mut malformed) = (0, 0, std::collections::BTreeSet::new(), 0);
    scan_users(
        store,
        &mut |user| {
            records += user.records.len();
            users += 1;
            realms.insert(user.user.realm);
        },
        &mut |_, _| malformed += 1,
    )?;
    records += malformed;
    let lock = lock_info(path, &container);
    let path = match (&container.location, file) {
        (Location::Server(label), _) => label.clone(),
        (_, Some(file)) => file.display().to_string(),
        (_, None) => path.display().to_string(),
    };
    Ok(DbInfo {
        path,
        mode: meta.as_ref().map(|m| format!("{:04o}", m.mode() & 0o7777)),
        uid: meta.as_ref().map(MetadataExt::uid),
        gid: meta.as_ref().map(MetadataExt::gid),
        owner: meta.as_ref().and_then(|m| user_name(m.uid())),
        group: meta.as_ref().and_then(|m| group_name(m.gid())),
        records,
        users,
        realms: realms.len(),
        warnings: meta.as_ref().map(|m| lock_warnings(m, lock.as_ref())).unwrap_or_default(),
        lock_file: lock.map(|(path, mode)| LockInfo { path, mode: format!("{mode:04o}") }),
        container,
    })
}

/// The name of user `uid` (`getpwuid_r`), as `ls -l` shows it.
pub fn user_name(uid: u32) -> Option<String> {
    let mut buf = vec![0 as libc::c_char; 16 * 1024];
    // SAFETY: pwd and result are owned here; buf outlives the call and its length is passed.
    unsafe {
        let mut pwd: libc::passwd = std::mem::zeroed();
        let mut result = std::ptr::null_mut();
        let rc = libc::getpwuid_r(uid, &mut pwd, buf.as_mut_ptr(), buf.len(), &mut result);
        (rc == 0 && !result.is_null())
            .then(|| std::ffi::CStr::from_ptr(pwd.pw_name).to_string_lossy().into_owned())
    }
}

/// The name of group `gid` (`getgrgid_r`).
pub fn group_name(gid: u32) -> Option<String> {
    let mut buf = vec![0 as libc::c_char; 64 * 1024];
    // SAFETY: as in user_name.
    unsafe {
        let mut grp: libc::group = std::mem::zeroed();
        let mut result = std::ptr::null_mut();
        let rc = libc::getgrgid_r(gid, &mut grp, buf.as_mut_ptr(), buf.len(), &mut result);
        (rc == 0 && !result.is_null())
            .then(|| std::ffi::CStr::from_ptr(grp.gr_name).to_string_lossy().into_owned())
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn readers_that_cannot_write_the_lock_file_are_named() {
        let dir = tempfile::tempdir().unwrap();
        let (data, lock) = (dir.path().join("db"), dir.path().join("db-lock"));
        std::fs::write(&data, b"").unwrap();
        std::fs::write(&lock, b"").unwrap();
        std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o640)).unwrap();
        std::fs::set_permissions(&lock, std::fs::Permissions::from_mode(0o600)).unwrap();
        let lmdb = ContainerInfo { format: "LMDB".into(), ..ContainerInfo::default() };
        let found = lock_info(&data, &lmdb);
        assert_eq!(found.as_ref().map(|(_, mode)| *mode), Some(0o600));
        let warnings = lock_warnings(&std::fs::metadata(&data).unwrap(), found.as_ref());
        assert_eq!(warnings.len(), 1);
        assert!(warnings[0].contains("group"));
        std::fs::set_permissions(&lock, std::fs::Permissions::from_mode(0o660)).unwrap();
        assert!(
            lock_warnings(&std::fs::metadata(&data).unwrap(), lock_info(&data, &lmdb).as_ref()).is_empty()
        );
        let gdbm = ContainerInfo { format: "GDBM".into(), ..ContainerInfo::default() };
        assert!(lock_info(&data, &gdbm).is_none());
    }
}
