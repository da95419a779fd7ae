//! Berkeley DB 5.3 hash files (Debian and Ubuntu's sasldb), read with a small pure-Rust reader of
//! the page format: the meta page's bucket map, each bucket's page chain, key/data items and
//! overflow chains. Writes rebuild the file (`bdb_write.rs`).

use std::cell::RefCell;
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};

use crate::sasldb::convert::RawRecords;
use crate::sasldb::error::{DbError, DbResult};
use crate::sasldb::store::{ContainerInfo, Store, Visit, WriteTxn};

// The page format's constants, shared with the writer (`bdb_write.rs`).
pub(crate) const HASH_MAGIC: u32 = 0x0006_1561;
pub(crate) const PAGE_HEADER: usize = 26;
const P_HASH_UNSORTED: u8 = 2;
pub(crate) const P_OVERFLOW: u8 = 7;
pub(crate) const P_HASHMETA: u8 = 8;
pub(crate) const P_HASH: u8 = 13;
pub(crate) const H_KEYDATA: u8 = 1;
pub(crate) const H_OFFPAGE: u8 = 3;

pub struct BdbStore {
    path: PathBuf,
    records: RefCell<RawRecords>,
}

impl BdbStore {
    /// A file that does not exist yet: written by the first write.
    pub fn create(path: &Path) -> BdbStore {
        BdbStore { path: path.to_path_buf(), records: RefCell::new(Vec::new()) }
    }

    pub fn open(path: &Path) -> DbResult<BdbStore> {
        let bytes = std::fs::read(path).map_err(|err| crate::sasldb::lmdb::io_error(path, err, "read"))?;
        let records = read_hash(&bytes)
            .map_err(|reason| DbError::Invalid(format!("{}: Berkeley DB: {reason}", path.display())))?;
        Ok(BdbStore { path: path.to_path_buf(), records: RefCell::new(records) })
    }
}

/// The file's pages, with bounds checks on every read and the byte order of the meta page. Every
/// page is visited at most once: a chain that points back (a cycle) or two chains that share a page
/// are damage, not a reason to loop or to grow memory.
struct Pages<'a> {
    bytes: &'a [u8],
    page_size: usize,
    big_endian: bool,
    visited: RefCell<Vec<bool>>,
}

impl Pages<'_> {
    fn u32_at(&self, at: usize) -> Result<u32, String> {
        let word: [u8; 4] =
            self.bytes.get(at..at + 4).and_then(|w| w.try_into().ok()).ok_or("truncated file")?;
        Ok(if self.big_endian { u32::from_be_bytes(word) } else { u32::from_le_bytes(word) })
    }

    fn u16_at(&self, at: usize) -> Result<usize, String> {
        let word: [u8; 2] =
            self.bytes.get(at..at + 2).and_then(|w| w.try_into().ok()).ok_or("truncated file")?;
        Ok(usize::from(if self.big_endian { u16::from_be_bytes(word) } else { u16::from_le_bytes(word) }))
    }

    fn page(&self, pgno: u32) -> Result<&[u8], String> {
        let start = pgno as usize * self.page_size;
        let page = self
            .bytes
            .get(start..start + self.page_size)
            .ok_or_else(|| format!("page {pgno} is past the end of the file"))?;
        let mut visited = self.visited.borrow_mut();
        match visited.get_mut(pgno as usize) {
            Some(seen) if !*seen => *seen = true,
            _ => return Err(format!("page {pgno} is reached twice: a page chain loops or pages are shared")),
        }
        Ok(page)
    }

    fn page_u32(&self, pgno: u32, at: usize) -> Result<u32, String> {
        self.u32_at(pgno as usize * self.page_size + at)
    }
}

/// Every key/data pair of a hash database's bytes, in bucket order.
pub fn read_bytes(bytes: &[u8]) -> Result<RawRecords, String> {
    read_hash(bytes)
}

/// Every key/data pair of a hash database, in bucket order.
fn read_hash(bytes: &[u8]) -> Result<RawRecords, String> {
    let magic = bytes.get(12..16).ok_or("truncated file")?;
    let big_endian = match (
        u32::from_le_bytes(magic.try_into().unwrap_or_default()),
        u32::from_be_bytes(magic.try_into().unwrap_or_default()),
    ) {
        (HASH_MAGIC, _) => false,
        (_, HASH_MAGIC) => true,
        _ => return Err("not a hash database".into()),
    };
    let mut pages = Pages { bytes, page_size: 0, big_endian, visited: RefCell::new(Vec::new()) };
    pages.page_size = pages.u32_at(20)? as usize;
    if !(512..=65536).contains(&pages.page_size) || !pages.page_size.is_power_of_two() {
        return Err(format!("impossible page size {}", pages.page_size));
    }
    // The meta page (0) is read by offset, never as a chain member.
    let mut visited = vec![false; bytes.len() / pages.page_size];
    if let Some(meta) = visited.first_mut() {
        *meta = true;
    }
    pages.visited = RefCell::new(visited);
    match (bytes.get(24), bytes.get(26)) {
        (Some(0), Some(flags)) if flags & 1 == 0 => {}
        (Some(_), Some(_)) => return Err("encrypted or checksummed files are not supported".into()),
        _ => return Err("truncated file".into()),
    }
    let last_pgno = pages.u32_at(32)?;
    let max_bucket = pages.u32_at(72)?;
    let spares: Vec<u32> = (0..32).map(|i| pages.u32_at(96 + 4 * i)).collect::<Result<_, _>>()?;
    let mut records = Vec::new();
    for bucket in 0..=max_bucket {
        let log2 = (u32::BITS - bucket.leading_zeros()) as usize; // smallest i with 2^i >= bucket + 1
        let first = bucket.checked_add(*spares.get(log2).ok_or("bad bucket map")?).ok_or("bad bucket map")?;
        read_bucket(&pages, first, last_pgno, &mut records)?;
    }
    Ok(records)
}

fn read_bucket(pages: &Pages, first: u32, last_pgno: u32, records: &mut RawRecords) -> Result<(), String> {
    let mut pgno = first;
    loop {
        if pgno > last_pgno {
            return Err(format!("page {pgno} is past the end of the file (last page {last_pgno})"));
        }
        let page = pages.page(pgno)?;
        // A bucket Berkeley DB never wrote to is an all-zero page: empty.
        if page[25] == 0 && page.iter().all(|&b| b == 0) {
            return Ok(());
        }
        if !matches!(page[25], P_HASH | P_HASH_UNSORTED) {
            return Err(format!("page {pgno} is not a hash page (type {})", page[25]));
        }
        let entries = pages.u16_at(pgno as usize * pages.page_size + 20)?;
        let offsets: Vec<usize> = (0..entries)
            .map(|i| pages.u16_at(pgno as usize * pages.page_size + PAGE_HEADER + 2 * i))
            .collect::<Result<_, _>>()?;
        let item = |i: usize| -> Result<Vec<u8>, String> {
            let end = if i == 0 { pages.page_size } else { offsets[i - 1] };
            let raw = page
                .get(offsets[i]..end)
                .filter(|r| !r.is_empty())
                .ok_or_else(|| format!("bad item on page {pgno}"))?;
            match raw[0] {
                H_KEYDATA => Ok(raw[1..].to_vec()),
                H_OFFPAGE => overflow(pages, raw, last_pgno),
                other => Err(format!("item type {other} (duplicates) is not used by sasldb")),
            }
        };
        for pair in (0..entries).step_by(2).filter(|i| i + 1 < entries) {
            records.push((item(pair)?, item(pair + 1)?));
        }
        pgno = pages.page_u32(pgno, 16)?;
        if pgno == 0 {
            return Ok(());
        }
    }
}

/// An H_OFFPAGE item: `type, 3 unused, pgno, total length`, the data on a chain of overflow pages.
fn overflow(pages: &Pages, item: &[u8], last_pgno: u32) -> Result<Vec<u8>, String> {
    let field = |at: usize| -> Result<u32, String> {
        let word: [u8; 4] =
            item.get(at..at + 4).and_then(|w| w.try_into().ok()).ok_or("bad overflow item")?;
        Ok(if pages.big_endian { u32::from_be_bytes(word) } else { u32::from_le_bytes(word) })
    };
    let (mut pgno, total) = (field(4)?, field(8)? as usize);
    let mut data = Vec::with_capacity(total.min(1 << 20));
    loop {
        if pgno > last_pgno {
            return Err(format!("page {pgno} is past the end of the file (last page {last_pgno})"));
        }
        let page = pages.page(pgno)?;
        if page[25] != P_OVERFLOW {
            return Err(format!("page {pgno} is not an overflow page"));
        }
        let on_page = pages.u16_at(pgno as usize * pages.page_size + 22)?;
        data.extend_from_slice(page.get(PAGE_HEADER..PAGE_HEADER + on_page).ok_or("bad overflow page")?);
        pgno = pages.page_u32(pgno, 16)?;
        if pgno == 0 || data.len() >= total {
            break;
        }
    }
    if data.len() != total {
        return Err(format!("an overflow chain holds {} bytes, not {total}", data.len()));
    }
    Ok(data)
}

impl Store for BdbStore {
    fn is_sorted(&self) -> bool {
        false
    }

    fn describe(&self) -> ContainerInfo {
        ContainerInfo { format: "Berkeley DB (hash)".into(), ..ContainerInfo::default() }
    }

    fn scan(&self, visit: &mut Visit<'_>) -> DbResult<()> {
        for (key, value) in self.records.borrow().iter() {
            if visit(key, value) == ControlFlow::Break(()) {
                break;
            }
        }
        Ok(())
    }

    fn get(&self, key: &[u8]) -> DbResult<Option<Vec<u8>>> {
        Ok(self.records.borrow().iter().find(|(k, _)| k == key).map(|(_, v)| v.clone()))
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
        let mut change = |records: &mut Records| work(&mut MemoryTxn { records });
        let (mut replaced, mut snapshot) = self.write_once(&mut change)?;
        for _ in 0..REDO_LIMIT {
            let late = match replaced.take() {
                Some(old) => self.late_changes(&old, snapshot.as_deref())?,
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
            (replaced, snapshot) = self.write_once(&mut apply)?;
        }
        Err(DbError::Busy(self.path.clone()))
    }
}

type Records = std::collections::BTreeMap<Vec<u8>, Vec<u8>>;

/// Changes another writer made: `None` deletes the key.
type Delta = Vec<(Vec<u8>, Option<Vec<u8>>)>;

impl BdbStore {
    /// Reads, changes and replaces the file once, redoing it while another writer changes the
    /// file before the rename. Returns the replaced file (still open, locked) and what it held.
    #[allow(clippy::type_complexity)]
    fn write_once(
        &self,
        change: &mut dyn FnMut(&mut Records) -> DbResult<()>,
    ) -> DbResult<(Option<std::fs::File>, Option<Vec<u8>>)> {
        for _ in 0..REDO_LIMIT {
            // Another saslkit may be rebuilding the file: take its lock and read what is there now.
            let lock = lock_current_file(&self.path)?;
            let snapshot = self.read_bytes()?;
            if let Some(bytes) = &snapshot {
                *self.records.borrow_mut() = self.parse(bytes)?;
            }
            let mut records: Records = self.records.borrow().iter().cloned().collect();
            change(&mut records)?;
            let records: RawRecords = records.into_iter().collect();
            let still_current = || Ok(self.read_bytes()? == snapshot);
            if crate::sasldb::bdb_write::replace_file(&self.path, &records, &still_current)? {
                *self.records.borrow_mut() = records;
                return Ok((lock, snapshot));
            }
        }
        Err(DbError::Busy(self.path.clone()))
    }

    /// What was written into the replaced file after it was read: waits (up to a bound) until no
    /// other process has it open, then compares.
    fn late_changes(&self, old: &std::fs::File, snapshot: Option<&[u8]>) -> DbResult<Delta> {
        crate::fs_safe::wait_until_unused(old, LATE_WRITER_WAIT);
        let mut now = Vec::new();
        std::io::Read::read_to_end(&mut &*old, &mut now)
            .map_err(|err| crate::sasldb::lmdb::io_error(&self.path, err, "read"))?;
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
            Err(err) => Err(crate::sasldb::lmdb::io_error(&self.path, err, "read")),
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
fn lock_current_file(path: &Path) -> DbResult<Option<std::fs::File>> {
    use std::os::fd::AsRawFd;
    use std::os::unix::fs::MetadataExt;
    loop {
        let file = match std::fs::File::open(path) {
            Ok(file) => file,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(err) => return Err(crate::sasldb::lmdb::io_error(path, err, "lock")),
        };
        // SAFETY: flock on a descriptor this function owns.
        if unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX) } != 0 {
            return Err(crate::sasldb::lmdb::io_error(path, std::io::Error::last_os_error(), "lock"));
        }
        let locked = file.metadata().map(|m| m.ino()).ok();
        if locked.is_some() && locked == std::fs::metadata(path).map(|m| m.ino()).ok() {
            return Ok(Some(file));
        }
    }
}

/// A write over an in-memory copy of the records.
struct MemoryTxn<'a> {
    records: &'a mut std::collections::BTreeMap<Vec<u8>, Vec<u8>>,
}

impl WriteTxn for MemoryTxn<'_> {
    fn get(&self, key: &[u8]) -> DbResult<Option<Vec<u8>>> {
        Ok(self.records.get(key).cloned())
    }

    fn put(&mut self, key: &[u8], value: &[u8]) -> DbResult<()> {
        self.records.insert(key.to_vec(), value.to_vec());
        Ok(())
    }

    fn delete(&mut self, key: &[u8]) -> DbResult<bool> {
        Ok(self.records.remove(key).is_some())
    }

    fn keys_with_prefix(&self, prefix: &[u8]) -> DbResult<Vec<Vec<u8>>> {
        Ok(self
            .records
            .range(prefix.to_vec()..)
            .map(|(k, _)| k)
            .take_while(|k| k.starts_with(prefix))
            .cloned()
            .collect())
    }

    fn scan(&self, visit: &mut Visit<'_>) -> DbResult<()> {
        for (key, value) in self.records.iter() {
            if visit(key, value).is_break() {
                break;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_what_is_not_a_hash_file() {
        assert!(read_hash(b"").is_err());
        assert!(read_hash(&[0u8; 4096]).unwrap_err().contains("not a hash"));
        let mut meta = vec![0u8; 4096];
        meta[12..16].copy_from_slice(&HASH_MAGIC.to_le_bytes());
        meta[20..24].copy_from_slice(&100u32.to_le_bytes());
        assert!(read_hash(&meta).unwrap_err().contains("page size"));
        meta[20..24].copy_from_slice(&4096u32.to_le_bytes());
        meta[96..100].copy_from_slice(&1u32.to_le_bytes());
        assert!(read_hash(&meta).unwrap_err().contains("past the end"));
    }

    proptest::proptest! {
        #[test]
        fn never_panics_on_damaged_files(noise in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..9000), page in 0usize..3) {
            let mut bytes = noise;
            if bytes.len() >= 100 {
                bytes[12..16].copy_from_slice(&HASH_MAGIC.to_le_bytes());
                bytes[20..24].copy_from_slice(&(512u32 << page).to_le_bytes());
                bytes[24] = 0;
                bytes[26] = 0;
            }
            let _ = read_hash(&bytes);
        }
    }
}
