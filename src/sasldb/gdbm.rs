//! The GDBM container (Fedora, RHEL, SUSE, Arch, Alpine, Gentoo), through the pure-Rust
//! gdbm-native crate: file-compatible with libgdbm, no C library. New files get mode 0600 minus
//! the umask, as Cyrus's `db_gdbm.c` creates them.
//!
//! GDBM has no transactions: a "write transaction" here collects its changes in memory and applies
//! them together at the end, so a refused operation changes nothing; a crash while applying can
//! leave part of one user operation, as with Cyrus itself.

use std::cell::RefCell;
use std::path::{Path, PathBuf};

use gdbm_native::{Gdbm, OpenOptions};

use crate::sasldb::error::{DbError, DbResult};
use crate::sasldb::overlay::Overlay;
use crate::sasldb::store::Access;
use crate::sasldb::store::{ContainerInfo, Store, Visit, WriteTxn};

pub struct GdbmStore {
    db: RefCell<Gdbm>,
    path: PathBuf,
}

/// How long a reader or writer waits for another process's GDBM lock before giving up with 75.
const LOCK_WAIT: std::time::Duration = std::time::Duration::from_secs(10);

/// How far `next_block` may lie past the end of the file: GDBM allocates whole blocks ahead of
/// writing them, never megabytes. A larger gap is a damaged header that would make a write extend
/// the file to that offset.
const NEXT_BLOCK_SLACK: u64 = 1 << 20;

impl GdbmStore {
    pub fn open(path: &Path, access: Access, create: bool) -> DbResult<GdbmStore> {
        if access == Access::Write && !create {
            check_before_write(path)?;
        }
        let db = OpenOptions::new()
            .write(access == Access::Write)
            .create(create)
            .mode(0o600)
            // libgdbm before 1.21 (RHEL 8 and 9 ship 1.18 and 1.19) cannot open the numsync format.
            .numsync(false)
            .lock_wait(LOCK_WAIT)
            .open(path)
            .map_err(|err| gdbm_error(path, err))?;
        if access == Access::Write && !create {
            db.verify().map_err(|err| gdbm_error(path, err))?;
        }
        Ok(GdbmStore { db: RefCell::new(db), path: path.to_path_buf() })
    }

    fn error(&self, err: gdbm_native::Error) -> DbError {
        gdbm_error(&self.path, err)
    }
}

/// The header's `next_block` (where the next allocation starts) must lie near the end of the file.
fn check_before_write(path: &Path) -> DbResult<()> {
    let io = |err| crate::sasldb::store::io_error(path, err, "read");
    let mut head = [0u8; 40];
    let file = std::fs::File::open(path).map_err(io)?;
    let size = file.metadata().map_err(io)?.len();
    let read = std::os::unix::fs::FileExt::read_at(&file, &mut head, 0).map_err(io)?;
    let Some(next_block) = header_next_block(&head[..read]) else {
        return Err(DbError::Invalid(format!("{}: GDBM: damaged header", path.display())));
    };
    if next_block > size.saturating_add(NEXT_BLOCK_SLACK) {
        return Err(DbError::Invalid(format!(
            "{}: GDBM: damaged header: the next free block is at {next_block}, the file has {size} bytes",
            path.display()
        )));
    }
    Ok(())
}

/// `next_block` of a GDBM header in either byte order: after magic, block size, directory offset,
/// directory size and bits, bucket size and elements; offsets are 32 or 64 bits by the magic.
pub(crate) fn header_next_block(head: &[u8]) -> Option<u64> {
    let word = head.get(0..4)?;
    let (magic, big) = match u32::from_le_bytes(word.try_into().ok()?) {
        m @ 0x1357_9ace..=0x1357_9ad1 => (m, false),
        _ => (u32::from_be_bytes(word.try_into().ok()?), true),
    };
    let wide = match magic {
        0x1357_9acf | 0x1357_9ad1 => true,
        0x1357_9ace | 0x1357_9acd | 0x1357_9ad0 => false,
        _ => return None,
    };
    let (at, len) = if wide { (32, 8) } else { (28, 4) };
    let bytes = head.get(at..at + len)?;
    let mut value = [0u8; 8];
    if big {
        value[8 - len..].copy_from_slice(bytes);
        Some(u64::from_be_bytes(value))
    } else {
        value[..len].copy_from_slice(bytes);
        Some(u64::from_le_bytes(value))
    }
}

fn gdbm_error(path: &Path, err: gdbm_native::Error) -> DbError {
    match err {
        gdbm_native::Error::Locked => DbError::Busy(path.to_path_buf()),
        gdbm_native::Error::Io(source) if source.kind() == std::io::ErrorKind::PermissionDenied => {
            DbError::PermissionDenied { path: path.to_path_buf(), action: "open" }
        }
        gdbm_native::Error::Io(source) => DbError::Io { path: path.to_path_buf(), source },
        other => DbError::Invalid(format!("{}: GDBM: {other}", path.display())),
    }
}

impl Store for GdbmStore {
    fn is_sorted(&self) -> bool {
        false
    }

    fn describe(&self) -> ContainerInfo {
        ContainerInfo { format: "GDBM".into(), ..ContainerInfo::default() }
    }

    fn scan(&self, visit: &mut Visit<'_>) -> DbResult<()> {
        let db = self.db.borrow();
        for item in db.iter::<Vec<u8>, Vec<u8>>() {
            let (key, value) = item.map_err(|err| self.error(err))?;
            if visit(&key, &value).is_break() {
                break;
            }
        }
        Ok(())
    }

    fn get(&self, key: &[u8]) -> DbResult<Option<Vec<u8>>> {
        self.db.borrow().get::<_, Vec<u8>>(key).map_err(|err| self.error(err))
    }

    fn write(&self, work: &mut dyn FnMut(&mut dyn WriteTxn) -> DbResult<()>) -> DbResult<()> {
        let changes = {
            let mut txn = Overlay::new(self);
            work(&mut txn)?;
            txn.changes
        };
        let mut db = self.db.borrow_mut();
        for (key, value) in changes {
            match value {
                Some(value) => db.insert(&key, &value).map(drop),
                None => db.remove(&key).map(drop),
            }
            .map_err(|err| gdbm_error(&self.path, err))?;
        }
        db.sync().map_err(|err| gdbm_error(&self.path, err))
    }
}
