//! Whether a system user (smtpd's `mail_owner`, not root) can reach a file: the search (x) bit of
//! every folder above it and the read bit of the file, with the user's groups, as the kernel
//! decides (the owner class, else the group class, else others; the first class that matches
//! decides even when it denies). POSIX ACLs are not read.

use std::ffi::{CStr, CString};
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    pub name: String,
    pub uid: u32,
    pub gid: u32,
    pub groups: Vec<u32>,
}

/// The user `name` with its primary and supplementary groups; `None` when there is no such user.
pub fn account(name: &str) -> Option<Account> {
    let cname = CString::new(name).ok()?;
    let mut pwd: libc::passwd = unsafe { std::mem::zeroed() };
    let mut buf = vec![0u8; 16 * 1024];
    let mut result: *mut libc::passwd = std::ptr::null_mut();
    // SAFETY: every pointer is valid for the call; buf outlives the use of pwd's strings.
    let rc = unsafe {
        libc::getpwnam_r(cname.as_ptr(), &mut pwd, buf.as_mut_ptr().cast(), buf.len(), &mut result)
    };
    if rc != 0 || result.is_null() {
        return None;
    }
    let (uid, gid) = (pwd.pw_uid, pwd.pw_gid);
    let mut groups = vec![0 as libc::gid_t; 256];
    let mut count = groups.len() as libc::c_int;
    // SAFETY: groups has room for `count` entries; getgrouplist writes at most that many.
    let rc = unsafe { libc::getgrouplist(cname.as_ptr(), gid, groups.as_mut_ptr(), &mut count) };
    groups.truncate(if rc < 0 { 0 } else { count.max(0) as usize });
    if !groups.contains(&gid) {
        groups.push(gid);
    }
    Some(Account { name: name.to_string(), uid, gid, groups })
}

/// The name of group `gid`, or the number.
pub fn group_name(gid: u32) -> String {
    let mut grp: libc::group = unsafe { std::mem::zeroed() };
    let mut buf = vec![0u8; 16 * 1024];
    let mut result: *mut libc::group = std::ptr::null_mut();
    // SAFETY: as in `account`.
    let rc = unsafe { libc::getgrgid_r(gid, &mut grp, buf.as_mut_ptr().cast(), buf.len(), &mut result) };
    if rc != 0 || result.is_null() {
        return gid.to_string();
    }
    // SAFETY: gr_name points into buf, NUL-terminated, while buf lives.
    unsafe { CStr::from_ptr(grp.gr_name) }.to_string_lossy().into_owned()
}

/// What stops the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Denied {
    /// The folder that cannot be searched, or the file that cannot be read.
    pub path: PathBuf,
    pub is_folder: bool,
    pub mode: u32,
    pub owner: u32,
    pub group: u32,
    /// Which class of the mode applies to the user: `owner`, `group` or `others`.
    pub class: &'static str,
}

/// Checks that `account` can search every folder above `file` and read it. The file must exist.
pub fn can_read(file: &Path, account: &Account) -> Result<(), Denied> {
    can_reach(file, account, 0o4)
}

/// Checks that `account` can search every folder above `socket` and write it (connecting to a
/// UNIX socket needs write permission on it).
pub fn can_connect(socket: &Path, account: &Account) -> Result<(), Denied> {
    can_reach(socket, account, 0o2)
}

fn can_reach(file: &Path, account: &Account, bit: u32) -> Result<(), Denied> {
    let mut folders: Vec<&Path> = file.ancestors().skip(1).filter(|p| !p.as_os_str().is_empty()).collect();
    folders.reverse();
    for folder in folders {
        check(folder, account, 0o1, true)?;
    }
    check(file, account, bit, false)
}

fn check(path: &Path, account: &Account, bit: u32, is_folder: bool) -> Result<(), Denied> {
    let Ok(metadata) = std::fs::metadata(path) else { return Ok(()) };
    if account.uid == 0 {
        return Ok(());
    }
    let mode = metadata.mode() & 0o7777;
    let (class, shift) = if metadata.uid() == account.uid {
        ("owner", 6)
    } else if account.groups.contains(&metadata.gid()) {
        ("group", 3)
    } else {
        ("others", 0)
    };
    if mode >> shift & bit != 0 {
        return Ok(());
    }
    Err(Denied {
        path: path.to_path_buf(),
        is_folder,
        mode,
        owner: metadata.uid(),
        group: metadata.gid(),
        class,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn the_class_that_matches_decides() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("f");
        std::fs::write(&file, "x").unwrap();
        let me = std::fs::metadata(&file).unwrap();
        let stranger =
            Account { name: "s".into(), uid: me.uid() + 1, gid: me.gid() + 1, groups: vec![me.gid() + 1] };
        let member = Account { groups: vec![me.gid()], ..stranger.clone() };
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o640)).unwrap();
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o711)).unwrap();
        assert_eq!(can_read(&file, &member), Ok(()));
        let denied = can_read(&file, &stranger).unwrap_err();
        assert_eq!((denied.class, denied.is_folder, denied.path.clone()), ("others", false, file.clone()));
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o700)).unwrap();
        let denied = can_read(&file, &member).unwrap_err();
        assert!(denied.is_folder && denied.path == dir.path());
        // A group member whose group class denies is denied even when others may read.
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o604)).unwrap();
        assert_eq!(can_read(&file, &member).unwrap_err().class, "group");
        assert_eq!(can_read(&file, &stranger), Ok(()));
    }
}
