//! `cdb:` maps: `FILE.cdb` in D. J. Bernstein's constant database format, as Debian's postmap
//! (tinycdb) writes them: keys and values without a NUL. Layout: 256 (position, slots) pairs,
//! the records (`klen`, `dlen`, key, value), then 256 open-addressing hash tables of
//! (hash, position) slots, twice as many slots as records in each. All numbers little-endian u32.

use std::io::{BufWriter, Seek, SeekFrom, Write};
use std::os::unix::fs::FileExt;
use std::path::Path;

use crate::postmap::error::{io_error, MapError, MapResult};
use crate::postmap::format::{open_if, stored, MapFormat, MapRead};
use crate::postmap::parse::Warning;
use crate::postmap::runs::{DuplicatePolicy, SortedRuns};
use crate::sasldb::format::FileFormat;
use crate::sasldb::store::Visit;

const HEADER: u64 = 2048;

/// cdb's hash: h = 5381, then h = (h * 33) ^ byte.
pub fn hash(bytes: &[u8]) -> u32 {
    bytes.iter().fold(5381u32, |h, &b| (h << 5).wrapping_add(h) ^ u32::from(b))
}

pub struct Cdb;

impl MapFormat for Cdb {
    fn build(
        &self,
        temp: &Path,
        runs: &SortedRuns,
        policy: DuplicatePolicy,
    ) -> MapResult<(usize, Vec<Warning>)> {
        let fail = |err| io_error(temp, err);
        let file = std::fs::OpenOptions::new().write(true).create_new(true).open(temp).map_err(fail)?;
        let mut out = BufWriter::with_capacity(256 << 10, file);
        out.write_all(&[0u8; HEADER as usize]).map_err(fail)?;
        let (mut position, mut slots): (u64, Vec<(u32, u32)>) =
            (HEADER, Vec::with_capacity(runs.stats.entries));
        let (mut key, mut value) = (Vec::new(), Vec::new());
        let too_big = || MapError::BadInput(format!("{}: a cdb file cannot exceed 4 GiB", temp.display()));
        let warnings = runs.unique(policy, &mut |entry| {
            stored(entry.key(), false, &mut key);
            stored(entry.value(), false, &mut value);
            let at = u32::try_from(position).map_err(|_| too_big())?;
            slots.push((hash(&key), at));
            let (klen, dlen) = (
                u32::try_from(key.len()).map_err(|_| too_big())?,
                u32::try_from(value.len()).map_err(|_| too_big())?,
            );
            out.write_all(&klen.to_le_bytes()).map_err(fail)?;
            out.write_all(&dlen.to_le_bytes()).map_err(fail)?;
            out.write_all(&key).map_err(fail)?;
            out.write_all(&value).map_err(fail)?;
            position += 8 + key.len() as u64 + value.len() as u64;
            Ok(())
        })?;
        let mut header = Vec::with_capacity(HEADER as usize);
        // The slots by table, in record order within each (positions are unique: an in-place
        // unstable sort keeps that order and allocates nothing).
        slots.sort_unstable_by_key(|&(h, at)| (h & 255, at));
        let mut rest = slots.as_slice();
        let (mut cells, mut table_bytes) = (Vec::new(), Vec::new());
        for table in 0..256u32 {
            let count = rest.iter().take_while(|(h, _)| h & 255 == table).count();
            let (members, after) = rest.split_at(count);
            rest = after;
            let size = members.len() * 2;
            cells.clear();
            cells.resize(size, (0u32, 0u32));
            for &(h, at) in members {
                let mut i = (h >> 8) as usize % size;
                while cells[i].1 != 0 {
                    i = (i + 1) % size;
                }
                cells[i] = (h, at);
            }
            header.extend_from_slice(&u32::try_from(position).map_err(|_| too_big())?.to_le_bytes());
            header.extend_from_slice(&(size as u32).to_le_bytes());
            table_bytes.clear();
            for &(h, at) in &cells {
                table_bytes.extend_from_slice(&h.to_le_bytes());
                table_bytes.extend_from_slice(&at.to_le_bytes());
            }
            out.write_all(&table_bytes).map_err(fail)?;
            position += size as u64 * 8;
        }
        u32::try_from(position).map_err(|_| too_big())?;
        let mut file = out.into_inner().map_err(|err| fail(err.into_error()))?;
        file.seek(SeekFrom::Start(0)).map_err(fail)?;
        file.write_all(&header).map_err(fail)?;
        Ok((slots.len(), warnings))
    }

    fn open(&self, path: &Path) -> MapResult<Box<dyn MapRead>> {
        let file = open_if(path, "cdb", |found| matches!(found, FileFormat::Unknown))?;
        let len = file.metadata().map_err(|err| io_error(path, err))?.len();
        let reader = CdbReader { file, len, path: path.to_path_buf() };
        reader.records_end()?;
        Ok(Box::new(reader))
    }

    fn replaces(&self, found: FileFormat) -> bool {
        // cdb has no magic number: whatever `detect` does not recognise may be one.
        matches!(found, FileFormat::Missing | FileFormat::Empty | FileFormat::Unknown)
    }
}

/// Reads with `pread`, every position checked against the file's length: a damaged or hostile
/// file gives an error, never a read outside it or an endless probe.
struct CdbReader {
    file: std::fs::File,
    len: u64,
    path: std::path::PathBuf,
}

impl CdbReader {
    fn damaged(&self, what: &str) -> MapError {
        MapError::BadInput(format!("{}: damaged cdb file: {what}", self.path.display()))
    }

    fn read(&self, at: u64, len: usize) -> MapResult<Vec<u8>> {
        if at.checked_add(len as u64).is_none_or(|end| end > self.len) {
            return Err(self.damaged("a position points past the end of the file"));
        }
        let mut buf = vec![0u8; len];
        self.file.read_exact_at(&mut buf, at).map_err(|err| io_error(&self.path, err))?;
        Ok(buf)
    }

    fn u32_pair(&self, at: u64) -> MapResult<(u32, u32)> {
        let bytes = self.read(at, 8)?;
        let word = |i: usize| u32::from_le_bytes([bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3]]);
        Ok((word(0), word(4)))
    }

    /// Where the records end: the first hash table, which every writer puts right after them.
    fn records_end(&self) -> MapResult<u64> {
        if self.len < HEADER {
            return Err(self.damaged("shorter than its 2048-byte header"));
        }
        let (first_table, _) = self.u32_pair(0)?;
        let end = u64::from(first_table);
        if end < HEADER || end > self.len {
            return Err(self.damaged("the first hash table lies outside the file"));
        }
        Ok(end)
    }
}

impl MapRead for CdbReader {
    fn get(&self, stored_key: &[u8]) -> MapResult<Option<Vec<u8>>> {
        let h = hash(stored_key);
        let (table, size) = self.u32_pair(u64::from(h & 255) * 8)?;
        if size == 0 {
            return Ok(None);
        }
        let start = (h >> 8) % size;
        // At most `size` slots: a table with no empty slot cannot make this loop forever.
        for i in 0..size {
            let slot = u64::from(table) + u64::from((start + i) % size) * 8;
            let (slot_hash, at) = self.u32_pair(slot)?;
            if at == 0 {
                return Ok(None);
            }
            if slot_hash != h {
                continue;
            }
            let (klen, dlen) = self.u32_pair(u64::from(at))?;
            if klen as usize == stored_key.len() && self.read(u64::from(at) + 8, klen as usize)? == stored_key
            {
                return Ok(Some(self.read(u64::from(at) + 8 + u64::from(klen), dlen as usize)?));
            }
        }
        Ok(None)
    }

    fn scan(&self, visit: &mut Visit<'_>) -> MapResult<()> {
        let end = self.records_end()?;
        let mut at = HEADER;
        while at < end {
            let (klen, dlen) = self.u32_pair(at)?;
            let record_end = at + 8 + u64::from(klen) + u64::from(dlen);
            if record_end > end {
                return Err(self.damaged("a record runs into the hash tables"));
            }
            let key = self.read(at + 8, klen as usize)?;
            let value = self.read(at + 8 + u64::from(klen), dlen as usize)?;
            if visit(&key, &value).is_break() {
                break;
            }
            at = record_end;
        }
        Ok(())
    }
}
