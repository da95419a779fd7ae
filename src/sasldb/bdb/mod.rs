//! Berkeley DB 5.3 hash files (Debian and Ubuntu's sasldb): the store. The page format is read by
//! `page.rs`, one page at a time with `pread`: a listing holds a page and a record, a lookup reads
//! the key's bucket. A write that changes one bucket page is made on that page (`inplace.rs`);
//! any other rebuilds the file (`write.rs`).

// The Berkeley DB hash pages are shared with postmap's hash: maps.
mod inplace;
pub mod page;
pub mod write;

pub use page::read_bytes;
use page::{read_hash, scan_hash};

use std::cell::RefCell;
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};

use crate::sasldb::error::{DbError, DbResult};
use crate::sasldb::memory::MemoryTxn;
use crate::sasldb::overlay::{Changes, Overlay};
use crate::sasldb::store::{io_error, Access, ContainerInfo, RawRecords, Store, Visit, WriteTxn};

pub struct BdbStore {
    path: PathBuf,
    /// The records after this store's own write (or of a file not created yet); `None` while the
    /// file is read where it is.
    records: RefCell<Option<RawRecords>>,
}

impl BdbStore {
    /// A file that does not exist yet: written by the first write.
    pub fn create(path: &Path) -> BdbStore {
        BdbStore { path: path.to_path_buf(), records: RefCell::new(Some(Vec::new())) }
    }

    /// Opens the file. For reading, every page is walked once first (without keeping what it
    /// reads), so a damaged file is refused before anything of it is printed; a write reads what
    /// it needs and refuses damage where it meets it, before it writes.
    pub fn open(path: &Path, access: Access) -> DbResult<BdbStore> {
        let store = BdbStore { path: path.to_path_buf(), records: RefCell::new(None) };
        if access == Access::Read {
            store.walk(&mut |_, _| ControlFlow::Continue(()))?;
        } else {
            // The meta page at least: a file that is no hash database is named at once.
            let file = std::fs::File::open(path).map_err(|err| io_error(path, err, "read"))?;
            let meta = pread_page(&file, 0, 512).map_err(|reason| store.damaged(&reason))?;
            if !meta.get(12..16).is_some_and(|m| {
                let m: [u8; 4] = m.try_into().unwrap_or_default();
                u32::from_le_bytes(m) == page::HASH_MAGIC || u32::from_be_bytes(m) == page::HASH_MAGIC
            }) {
                return Err(store.damaged("not a hash database"));
            }
        }
        Ok(store)
    }

    /// Every record of the file as it is now, page by page.
    fn walk(&self, visit: &mut dyn FnMut(Vec<u8>, Vec<u8>) -> ControlFlow<()>) -> DbResult<()> {
        let file = std::fs::File::open(&self.path).map_err(|err| io_error(&self.path, err, "read"))?;
        let fetch = |pgno: u32, len: usize| pread_page(&file, pgno, len);
        scan_hash(&fetch, visit).map_err(|reason| self.damaged(&reason))
    }

    fn damaged(&self, reason: &str) -> DbError {
        DbError::Invalid(format!("{}: Berkeley DB: {reason}", self.path.display()))
    }
}

/// `len` bytes at page `pgno` (fewer at the end of the file: the caller says what is missing).
fn pread_page(file: &std::fs::File, pgno: u32, len: usize) -> Result<Vec<u8>, String> {
    use std::os::unix::fs::FileExt;
    let mut page = vec![0u8; len];
    let mut filled = 0;
    let offset = u64::from(pgno) * len as u64;
    while filled < len {
        match file.read_at(&mut page[filled..], offset + filled as u64) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(err) if err.kind() == std::io::ErrorKind::Interrupted => {}
            Err(err) => return Err(format!("page {pgno} cannot be read: {err}")),
        }
    }
    page.truncate(filled);
    if filled == 0 {
        return Err(format!("page {pgno} is past the end of the file"));
    }
    Ok(page)
}

impl Store for BdbStore {
    fn is_sorted(&self) -> bool {
        false
    }

    fn describe(&self) -> ContainerInfo {
        ContainerInfo { format: "Berkeley DB (hash)".into(), ..ContainerInfo::default() }
    }

    fn scan(&self, visit: &mut Visit<'_>) -> DbResult<()> {
        if let Some(records) = self.records.borrow().as_ref() {
            for (key, value) in records {
                if visit(key, value) == ControlFlow::Break(()) {
                    break;
                }
            }
            return Ok(());
        }
        self.walk(&mut |key, value| visit(&key, &value))
    }

    fn get(&self, key: &[u8]) -> DbResult<Option<Vec<u8>>> {
        if let Some(records) = self.records.borrow().as_ref() {
            return Ok(records.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone()));
        }
        let file = std::fs::File::open(&self.path).map_err(|err| io_error(&self.path, err, "read"))?;
        let fetch = |pgno: u32, len: usize| pread_page(&file, pgno, len);
        if !page::default_hash_function(&fetch(0, 512).map_err(|reason| self.damaged(&reason))?) {
            // Another hash function put the keys in other buckets: look at every record.
            let mut found = None;
            self.walk(&mut |k, v| {
                if k == key {
                    found = Some(v);
                    return ControlFlow::Break(());
                }
                ControlFlow::Continue(())
            })?;
            return Ok(found);
        }
        page::lookup(&fetch, key).map_err(|reason| self.damaged(&reason))
    }

    /// Berkeley DB as Cyrus uses it has no environment and no transactions: the operation's
    /// changes are applied to the records and the whole file is rebuilt aside and renamed into
    /// place, so readers see the old file or the new one.
    ///
    /// Cyrus's saslpasswd2 takes no lock and writes into the file in place. A write it makes
    /// before the rename is seen (the file no longer holds what was read) and the operation is
    /// redone; one it makes into the old file after the rename (it had opened it before) is read
    /// back from the old file once no other process holds it, and applied to the new one.
    fn write(&self, work: &mut dyn FnMut(&mut dyn WriteTxn) -> DbResult<()>) -> DbResult<()> {
        if self.write_in_place(work)? {
            return Ok(());
        }
        let mut change = |records: &mut Records| work(&mut MemoryTxn { records });
        let mut replaced = self.write_once(&mut change)?;
        for _ in 0..REDO_LIMIT {
            let late = match &replaced.old {
                Some(old) => self.late_changes(old, replaced.snapshot.as_deref())?,
                None => return Ok(()),
            };
            if late.is_empty() {
                return Ok(());
            }
            let mut apply = |records: &mut Records| {
                for (key, value) in &late {
                    match value {
                        Some(value) => records.insert(key.clone(), value.clone()),
                        None => records.remove(key),
                    };
                }
                Ok(())
            };
            replaced = self.write_once(&mut apply)?;
        }
        Err(DbError::Busy(self.path.clone()))
    }
}

type Records = std::collections::BTreeMap<Vec<u8>, Vec<u8>>;

/// Changes another writer made: `None` deletes the key.
type Delta = Vec<(Vec<u8>, Option<Vec<u8>>)>;

/// The file a rebuild replaced: still open (and locked), and the bytes it held when read.
struct Replaced {
    old: Option<std::fs::File>,
    snapshot: Option<Vec<u8>>,
}

impl BdbStore {
    /// Reads, changes and replaces the file once, redoing it while another writer changes the
    /// file before the rename.
    fn write_once(&self, change: &mut dyn FnMut(&mut Records) -> DbResult<()>) -> DbResult<Replaced> {
        for _ in 0..REDO_LIMIT {
            // Another saslkit may be rebuilding the file: take its lock and read what is there now.
            let lock = lock_current_file(&self.path, false)?;
            let snapshot = self.read_bytes()?;
            let current = match &snapshot {
                Some(bytes) => self.parse(bytes)?,
                None => Vec::new(),
            };
            let mut records: Records = current.into_iter().collect();
            change(&mut records)?;
            let records: RawRecords = records.into_iter().collect();
            let still_current = || Ok(self.read_bytes()? == snapshot);
            if write::replace_file(&self.path, &records, &still_current)? {
                *self.records.borrow_mut() = Some(records);
                return Ok(Replaced { old: lock, snapshot });
            }
        }
        Err(DbError::Busy(self.path.clone()))
    }

    /// What was written into the replaced file after it was read: waits (up to a bound) until no
    /// other process has it open, then compares.
    fn late_changes(&self, old: &std::fs::File, snapshot: Option<&[u8]>) -> DbResult<Delta> {
        crate::fs_safe::wait_until_unused(old, LATE_WRITER_WAIT);
        let mut now = Vec::new();
        std::io::Read::read_to_end(&mut &*old, &mut now).map_err(|err| io_error(&self.path, err, "read"))?;
        if Some(now.as_slice()) == snapshot {
            return Ok(Vec::new());
        }
        let before: Records = match snapshot {
            Some(bytes) => self.parse(bytes)?.into_iter().collect(),
            None => Records::new(),
        };
        let after: Records = self.parse(&now)?.into_iter().collect();
        let mut delta: Delta = after
            .iter()
            .filter(|(k, v)| before.get(*k) != Some(v))
            .map(|(k, v)| (k.clone(), Some(v.clone())))
            .collect();
        delta.extend(before.keys().filter(|k| !after.contains_key(*k)).map(|k| (k.clone(), None)));
        Ok(delta)
    }
}

impl BdbStore {
    /// Runs `work` over the file as it is (reads by bucket, changes kept aside) and, when its
    /// changes fall on one bucket page, writes that page in place, holding saslkit's lock.
    /// False when the file must be rebuilt instead (nothing was written then).
    fn write_in_place(&self, work: &mut dyn FnMut(&mut dyn WriteTxn) -> DbResult<()>) -> DbResult<bool> {
        if self.records.borrow().is_some() {
            return Ok(false);
        }
        let Some(file) = lock_current_file(&self.path, true)? else { return Ok(false) };
        let mut txn = Overlay::new(self);
        work(&mut txn)?;
        // Only what differs from the file: a delete of a missing key, a value put again, are none.
        let mut changes = Changes::new();
        for (key, value) in std::mem::take(&mut txn.changes) {
            if self.get(&key)? != value {
                changes.insert(key, value);
            }
        }
        for _ in 0..REDO_LIMIT {
            // A saslpasswd2 that wrote its page between apply's last read and its write would
            // lose its record to ours, unseen. A write lease keeps every other process from
            // opening the file until the page is written; without one (a file of another owner,
            // NFS) the write waits until no other process has the file open, which narrows that
            // window but cannot close it.
            let lease = crate::fs_safe::write_lease(&file, LATE_WRITER_WAIT);
            if lease.is_none() {
                crate::fs_safe::wait_until_unused(&file, LATE_WRITER_WAIT);
            }
            let applied = inplace::apply(&file, &changes);
            drop(lease);
            if applied.is_err() {
                return Ok(false);
            }
            // A saslpasswd2 that had the file open before the page was written may write its own
            // copy of the page when it closes the file: once no other process has it open, the
            // changes must all be there, or they are made again (on the page as it is now).
            crate::fs_safe::wait_until_unused(&file, LATE_WRITER_WAIT);
            let mut landed = true;
            for (key, value) in &changes {
                landed &= self.get(key)? == *value;
            }
            if landed {
                return Ok(true);
            }
        }
        Err(DbError::Busy(self.path.clone()))
    }
}

/// Times an operation is redone because another writer changed the file under it.
const REDO_LIMIT: usize = 20;

/// How long a rebuild waits for other processes to close the file it replaced.
const LATE_WRITER_WAIT: std::time::Duration = std::time::Duration::from_secs(2);

impl BdbStore {
    /// The file's bytes now (`None` for a file not created yet).
    fn read_bytes(&self) -> DbResult<Option<Vec<u8>>> {
        match std::fs::read(&self.path) {
            Ok(bytes) => Ok(Some(bytes)),
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(err) => Err(io_error(&self.path, err, "read")),
        }
    }

    fn parse(&self, bytes: &[u8]) -> DbResult<RawRecords> {
        read_hash(bytes)
            .map_err(|reason| DbError::Invalid(format!("{}: Berkeley DB: {reason}", self.path.display())))
    }
}

/// An exclusive `flock` on the file the path names now. A rebuild renames a new file over the old
/// one, so after waiting for the lock the inode is checked again (lock, then verify). Cyrus takes
/// no lock on Berkeley DB sasldb files: this orders saslkit's writers among themselves.
/// `write`: opened for writing too (the in-place writer writes through this descriptor, the only
/// one it holds, so that it can take a lease on it).
fn lock_current_file(path: &Path, write: bool) -> DbResult<Option<std::fs::File>> {
    use std::os::fd::AsRawFd;
    use std::os::unix::fs::MetadataExt;
    loop {
        let file = match std::fs::OpenOptions::new().read(true).write(write).open(path) {
            Ok(file) => file,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(err) => return Err(io_error(path, err, "lock")),
        };
        // SAFETY: flock on a descriptor this function owns.
        if unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX) } != 0 {
            return Err(io_error(path, std::io::Error::last_os_error(), "lock"));
        }
        let locked = file.metadata().map(|m| m.ino()).ok();
        if locked.is_some() && locked == std::fs::metadata(path).map(|m| m.ino()).ok() {
            return Ok(Some(file));
        }
    }
}
