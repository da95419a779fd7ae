//! File safety in one place: every file saslkit replaces (a compiled map, a rebuilt Berkeley DB
//! sasldb, a converted sasldb) is built aside and renamed into place through [`Aside`].
//!
//! The file is built inside a private folder (mode 0700, random name, created with `mkdir`, which
//! never follows a link) in the target's own folder, so the final rename is atomic and nobody else
//! can plant a link or a file where the build writes — not even at a name they predicted. Libraries
//! that open paths themselves (LMDB, GDBM) get a path inside that folder. A folder that every user
//! may write to and that is not sticky is refused: anyone there could swap the result afterwards.

use std::ffi::OsString;
use std::os::unix::fs::{DirBuilderExt, MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};

/// The owner, group and mode a replacement gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Attributes {
    pub uid: u32,
    pub gid: u32,
    pub mode: u32,
}

impl Attributes {
    pub fn of(metadata: &std::fs::Metadata) -> Attributes {
        Attributes { uid: metadata.uid(), gid: metadata.gid(), mode: metadata.mode() & 0o7777 }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum SafeError {
    #[error("{}: cannot write the file aside and rename it into place", path.display())]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{}: every user may write to this folder and it is not sticky, so another user could replace the file saslkit writes", .0.display())]
    UnsafeFolder(PathBuf),
    #[error("{}: cannot keep its owner (uid {uid}) and group (gid {gid}) as uid {euid}", path.display())]
    CannotKeepOwner { path: PathBuf, uid: u32, gid: u32, euid: u32 },
}

impl SafeError {
    pub fn io(path: &Path, source: std::io::Error) -> SafeError {
        SafeError::Io { path: path.to_path_buf(), source }
    }
}

impl crate::error::HasKind for SafeError {
    fn kind(&self) -> crate::error::Kind {
        match self {
            SafeError::Io { source, .. } if source.raw_os_error() == Some(libc::ENOSPC) => {
                crate::error::Kind::CantCreate
            }
            SafeError::Io { source, .. } => crate::error::Kind::of_io(source),
            SafeError::UnsafeFolder(_) | SafeError::CannotKeepOwner { .. } => crate::error::Kind::NoPerm,
        }
    }
}

pub type SafeResult<T> = Result<T, SafeError>;

/// A private build folder beside a target; removed with everything in it when dropped.
#[derive(Debug)]
pub struct Aside {
    dir: PathBuf,
    file: PathBuf,
    target: PathBuf,
}

const MARK: &str = ".saslkit-";

impl Aside {
    /// Makes the private folder beside `target` (after removing those of dead saslkit processes).
    pub fn new(target: &Path) -> SafeResult<Aside> {
        let parent = parent_of(target);
        refuse_unsafe_folder(parent)?;
        remove_stale(target);
        let name = target.file_name().map(|n| n.to_os_string()).unwrap_or_else(|| OsString::from("file"));
        for _ in 0..16 {
            let dir = parent.join(aside_name(&name, &random_suffix()));
            match std::fs::DirBuilder::new().mode(0o700).create(&dir) {
                Ok(()) => {
                    let file = dir.join(&name);
                    return Ok(Aside { dir, file, target: target.to_path_buf() });
                }
                // Someone took the name (by chance or on purpose): draw another.
                Err(err) if err.kind() == std::io::ErrorKind::AlreadyExists => continue,
                Err(err) => return Err(SafeError::io(parent, err)),
            }
        }
        Err(SafeError::io(
            parent,
            std::io::Error::other("no free name for a temporary folder after 16 tries"),
        ))
    }

    /// Where to build the file.
    pub fn path(&self) -> &Path {
        &self.file
    }

    /// Gives the built file `attributes` (when given), flushes it to disk and renames it over the
    /// target, then flushes the folder so the rename survives a crash.
    pub fn commit(self, attributes: Option<Attributes>) -> SafeResult<()> {
        let file = std::fs::File::open(&self.file).map_err(|err| SafeError::io(&self.file, err))?;
        if let Some(attr) = attributes {
            apply(&file, &self.target, attr)?;
        }
        file.sync_all().map_err(|err| SafeError::io(&self.file, err))?;
        std::fs::rename(&self.file, &self.target).map_err(|err| SafeError::io(&self.target, err))?;
        let _ = std::fs::File::open(parent_of(&self.target)).and_then(|dir| dir.sync_all());
        Ok(())
    }
}

impl Drop for Aside {
    fn drop(&mut self) {
        // remove_dir_all does not follow links inside the folder.
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// The attributes to keep when replacing `target`, checked before any work is done: a process
/// that could not give the new file the old owner and group must not replace it.
pub fn attributes_to_keep(target: &Path) -> SafeResult<Option<Attributes>> {
    let metadata = match std::fs::metadata(target) {
        Ok(metadata) => metadata,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(err) => return Err(SafeError::io(target, err)),
    };
    let attr = Attributes::of(&metadata);
    let euid = effective_uid();
    if euid != 0 && (attr.uid != euid || !in_group(attr.gid)) {
        return Err(SafeError::CannotKeepOwner {
            path: target.to_path_buf(),
            uid: attr.uid,
            gid: attr.gid,
            euid,
        });
    }
    Ok(Some(attr))
}

fn apply(file: &std::fs::File, target: &Path, attr: Attributes) -> SafeResult<()> {
    // An owner may "give" the file to itself and to any of its groups; anything else needs root.
    std::os::unix::fs::fchown(file, Some(attr.uid), Some(attr.gid)).map_err(|err| match err.kind() {
        std::io::ErrorKind::PermissionDenied => SafeError::CannotKeepOwner {
            path: target.to_path_buf(),
            uid: attr.uid,
            gid: attr.gid,
            euid: effective_uid(),
        },
        _ => SafeError::io(target, err),
    })?;
    // After chown, which clears set-id bits.
    file.set_permissions(std::fs::Permissions::from_mode(attr.mode)).map_err(|err| SafeError::io(target, err))
}

fn effective_uid() -> u32 {
    // SAFETY: geteuid has no preconditions.
    unsafe { libc::geteuid() }
}

/// Whether this process may give a file group `gid` (its effective or a supplementary group).
fn in_group(gid: u32) -> bool {
    // SAFETY: getegid has no preconditions.
    if unsafe { libc::getegid() } == gid {
        return true;
    }
    // SAFETY: with a size of 0, getgroups only counts the groups.
    let count = unsafe { libc::getgroups(0, std::ptr::null_mut()) };
    let mut groups = vec![0 as libc::gid_t; count.max(0) as usize];
    // SAFETY: the buffer holds as many entries as the size passed.
    let n = unsafe { libc::getgroups(groups.len() as libc::c_int, groups.as_mut_ptr()) };
    n > 0 && groups[..n as usize].contains(&gid)
}

fn parent_of(target: &Path) -> &Path {
    target.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."))
}

fn refuse_unsafe_folder(dir: &Path) -> SafeResult<()> {
    let metadata = std::fs::metadata(dir).map_err(|err| SafeError::io(dir, err))?;
    let mode = metadata.mode();
    if mode & 0o002 != 0 && mode & 0o1000 == 0 {
        return Err(SafeError::UnsafeFolder(dir.to_path_buf()));
    }
    Ok(())
}

fn aside_name(name: &std::ffi::OsStr, suffix: &str) -> OsString {
    let mut dir = OsString::from(".");
    dir.push(name);
    dir.push(format!("{MARK}{}-{suffix}.tmp", std::process::id()));
    dir
}

fn random_suffix() -> String {
    let mut bytes = [0u8; 8];
    if getrandom::getrandom(&mut bytes).is_err() {
        // Never reached on Linux; the name still differs per attempt through the clock.
        let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
        bytes = (nanos.as_nanos() as u64).to_le_bytes();
    }
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A scratch file in `$TMPDIR` (or /tmp) that has no name: nothing is left behind when the
/// process is killed, and no other user can plant a link where it is made. Where the file system
/// has no unnamed files, a new name with a random suffix is created exclusively and unlinked.
pub fn scratch_file() -> std::io::Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    let dir = std::env::temp_dir();
    let unnamed = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .mode(0o600)
        .custom_flags(libc::O_TMPFILE)
        .open(&dir);
    match unnamed {
        Ok(file) => Ok(file),
        Err(err) if matches!(err.raw_os_error(), Some(libc::EOPNOTSUPP | libc::EISDIR | libc::EINVAL)) => {
            let path = dir.join(format!(".saslkit-scratch-{}", random_suffix()));
            let file = std::fs::OpenOptions::new()
                .read(true)
                .write(true)
                .create_new(true)
                .mode(0o600)
                .custom_flags(libc::O_NOFOLLOW)
                .open(&path)?;
            std::fs::remove_file(&path)?;
            Ok(file)
        }
        Err(err) => Err(err),
    }
}

/// Removes the build folders that saslkit processes killed before they could clean up left beside
/// `target`: only folders this user owns, whose process is gone.
pub fn remove_stale(target: &Path) {
    let Some(name) = target.file_name() else {
        return;
    };
    let mut prefix = OsString::from(".");
    prefix.push(name);
    prefix.push(MARK);
    let prefix = prefix.to_string_lossy().into_owned();
    let Ok(entries) = std::fs::read_dir(parent_of(target)) else {
        return;
    };
    for entry in entries.flatten() {
        let file = entry.file_name().to_string_lossy().into_owned();
        let pid = file
            .strip_prefix(&prefix)
            .and_then(|rest| rest.strip_suffix(".tmp"))
            .and_then(|rest| rest.split('-').next())
            .and_then(|p| p.parse::<i32>().ok());
        let ours = entry.metadata().is_ok_and(|m| m.is_dir() && m.uid() == effective_uid());
        // SAFETY: kill with signal 0 only checks whether the process exists.
        if ours && pid.is_some_and(|pid| pid > 0 && unsafe { libc::kill(pid, 0) } != 0) {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

/// Waits, at most `limit`, until no other process has `file`'s inode open (read from /proc: a
/// process of another user is seen only by root). For writers that take no lock: once they have
/// closed the file, what they wrote is all there is. Other saslkit processes (the same program)
/// are not waited for: they write only under the lock this one holds.
pub fn wait_until_unused(file: &std::fs::File, limit: std::time::Duration) {
    let Ok(metadata) = file.metadata() else {
        return;
    };
    let wanted = (metadata.dev(), metadata.ino());
    let started = std::time::Instant::now();
    while started.elapsed() < limit && held_elsewhere(wanted) {
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
}

fn held_by_another_program(file: &std::fs::File) -> bool {
    file.metadata().is_ok_and(|m| held_elsewhere((m.dev(), m.ino())))
}

fn held_elsewhere(wanted: (u64, u64)) -> bool {
    let me = std::process::id().to_string();
    let program = std::env::current_exe().ok();
    let Ok(processes) = std::fs::read_dir("/proc") else {
        return false;
    };
    // Only numeric entries: /proc/self and /proc/thread-self are this process again.
    let others = processes.flatten().filter(|p| {
        let name = p.file_name();
        name != me.as_str() && name.to_str().is_some_and(|n| n.bytes().all(|b| b.is_ascii_digit()))
    });
    others.into_iter().any(|process| {
        if program.is_some() && std::fs::read_link(process.path().join("exe")).ok() == program {
            return false;
        }
        let Ok(fds) = std::fs::read_dir(process.path().join("fd")) else {
            return false;
        };
        fds.flatten().any(|fd| std::fs::metadata(fd.path()).is_ok_and(|m| (m.dev(), m.ino()) == wanted))
    })
}

/// A write lease on a file (`fcntl(F_SETLEASE, F_WRLCK)`): while it is held, any other process's
/// `open` of the file waits until it is released. Writers that take no lock (Cyrus's saslpasswd2
/// on Berkeley DB) are kept out of a read-compare-write that must not interleave with theirs.
pub struct Lease<'a> {
    file: &'a std::fs::File,
}

impl Drop for Lease<'_> {
    fn drop(&mut self) {
        use std::os::fd::AsRawFd;
        // SAFETY: fcntl on a descriptor the borrowed file keeps open.
        unsafe { libc::fcntl(self.file.as_raw_fd(), libc::F_SETLEASE, libc::F_UNLCK) };
    }
}

/// Takes a write lease on `file` (its only descriptor: another one, even this process's, refuses
/// it), retrying while a process of another program has the file open, at most `limit`. `None`
/// when it cannot be had: a file of another owner without CAP_LEASE, a file system without leases
/// (NFS), a file kept open elsewhere, or one only other saslkit processes hold (waiting for the
/// lock this one has: they would never let go).
pub fn write_lease(file: &std::fs::File, limit: std::time::Duration) -> Option<Lease<'_>> {
    use std::os::fd::AsRawFd;
    // The kernel tells the holder that an opener waits with SIGIO, whose default ends the process;
    // the lease is held for microseconds and released on its own, so the signal is not needed.
    // SAFETY: setting a signal's disposition to "ignore" has no handler to be unsafe in.
    unsafe { libc::signal(libc::SIGIO, libc::SIG_IGN) };
    let started = std::time::Instant::now();
    let mut only_saslkit = 0;
    loop {
        // SAFETY: fcntl on a descriptor the borrowed file keeps open.
        if unsafe { libc::fcntl(file.as_raw_fd(), libc::F_SETLEASE, libc::F_WRLCK) } == 0 {
            return Some(Lease { file });
        }
        let busy = std::io::Error::last_os_error().raw_os_error() == Some(libc::EAGAIN);
        if !busy || started.elapsed() >= limit {
            return None;
        }
        // A writer that closed the file between the refusal and the look at /proc is gone: ask
        // again at once. Only when saslkit processes alone keep refusing is there no lease to have.
        if held_by_another_program(file) {
            std::thread::sleep(std::time::Duration::from_millis(2));
        } else {
            only_saslkit += 1;
            if only_saslkit > 3 {
                return None;
            }
        }
    }
}

/// Opens a file saslkit reads whole (a map source, an import file, a password file) and refuses
/// anything but a regular file: a FIFO or a device would block or never end.
pub fn open_regular(path: &Path) -> std::io::Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    let file = std::fs::OpenOptions::new().read(true).custom_flags(libc::O_NONBLOCK).open(path)?;
    if !file.metadata()?.is_file() {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            "not a regular file (a FIFO, a device or a folder); give a file, or `-` for standard input",
        ));
    }
    Ok(file)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_in_a_private_folder_and_replaces_atomically() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("map.lmdb");
        std::fs::write(&target, b"old").unwrap();
        let aside = Aside::new(&target).unwrap();
        let folder = aside.path().parent().unwrap().to_path_buf();
        assert_eq!(std::fs::metadata(&folder).unwrap().mode() & 0o777, 0o700);
        std::fs::write(aside.path(), b"new").unwrap();
        aside
            .commit(Some(Attributes { uid: effective_uid(), gid: unsafe { libc::getegid() }, mode: 0o640 }))
            .unwrap();
        assert_eq!(std::fs::read(&target).unwrap(), b"new");
        assert_eq!(std::fs::metadata(&target).unwrap().mode() & 0o777, 0o640);
        assert!(!folder.exists(), "the build folder is removed");
    }

    #[test]
    fn a_dropped_build_leaves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("x");
        let aside = Aside::new(&target).unwrap();
        std::fs::write(aside.path(), b"half").unwrap();
        drop(aside);
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[test]
    fn refuses_a_world_writable_folder_unless_sticky() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o777)).unwrap();
        assert!(matches!(Aside::new(&dir.path().join("x")), Err(SafeError::UnsafeFolder(_))));
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o1777)).unwrap();
        assert!(Aside::new(&dir.path().join("x")).is_ok());
    }

    #[test]
    fn stale_folders_of_dead_processes_are_removed() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("x");
        // PID 0x7ffffffe does not exist.
        let stale = dir.path().join(".x.saslkit-2147483646-00.tmp");
        std::fs::create_dir(&stale).unwrap();
        std::fs::write(stale.join("x"), b"half").unwrap();
        let live = dir.path().join(aside_name(std::ffi::OsStr::new("x"), "11"));
        std::fs::create_dir(&live).unwrap();
        remove_stale(&target);
        assert!(!stale.exists());
        assert!(live.exists(), "this process is alive: its folder stays");
    }

    #[test]
    fn fifo_is_refused_without_blocking() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("fifo");
        let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
        // SAFETY: a valid C string.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        assert_eq!(open_regular(&fifo).unwrap_err().kind(), std::io::ErrorKind::InvalidInput);
        std::fs::write(dir.path().join("f"), b"x").unwrap();
        assert!(open_regular(&dir.path().join("f")).is_ok());
    }
}
