//! `hash:` maps: `FILE.db`, a Berkeley DB hash file with keys and values ending in one NUL, as
//! Debian's postmap (Berkeley DB 5.3) writes them. The sasldb's Berkeley DB hash code does the
//! pages: the writer streams them to the file built aside, a lookup reads only its bucket.

use std::path::Path;

use crate::postmap::error::{io_error, MapError, MapResult};
use crate::postmap::format::{open_if, MapFormat, MapRead};
use crate::postmap::parse::Warning;
use crate::postmap::runs::{DuplicatePolicy, Order, SortedRuns};
use crate::sasldb::bdb::write::{bucket_bits, pairs_size_bound, stored_hash, HashFileWriter};
use crate::sasldb::format::FileFormat;
use crate::sasldb::store::Visit;

pub struct Hash;

/// Records grouped by bucket whatever the bucket count: the bucket is the hash's low bits, so
/// ordering by the bit-reversed hash puts each bucket's records next to each other.
fn bucket_rank(key: &[u8]) -> u32 {
    stored_hash(key, true).reverse_bits()
}

impl MapFormat for Hash {
    fn order(&self) -> Order {
        Order::Ranked(bucket_rank)
    }

    /// One merge of the runs: the bucket count comes from the parse's totals, then the buckets
    /// are written one at a time.
    fn build(
        &self,
        temp: &Path,
        runs: &SortedRuns,
        policy: DuplicatePolicy,
    ) -> MapResult<(usize, Vec<Warning>)> {
        let fail = |e| io_error(temp, e);
        let stats = &runs.stats;
        // Duplicates are counted too: a little more room, never less.
        let total = pairs_size_bound(stats.entries as u64, stats.key_bytes, stats.value_bytes, true);
        let bits = bucket_bits(total)
            .map_err(|problem| MapError::BadInput(format!("{}: {problem}", temp.display())))?;
        let mut uid = [0u8; 20];
        getrandom::getrandom(&mut uid).map_err(|err| fail(std::io::Error::other(err.to_string())))?;
        let file = std::fs::OpenOptions::new().write(true).create_new(true).open(temp).map_err(fail)?;
        let mut writer = HashFileWriter::new(&file, bits, true);
        let mut bucket: Vec<(Vec<u8>, Vec<u8>)> = Vec::new();
        let mut current = None;
        let mut count = 0;
        let warnings = runs.unique(policy, &mut |entry| {
            let here = writer.bucket_of(entry.key());
            if let Some(done) = current.filter(|&b| b != here) {
                writer.bucket(done, &mut bucket).map_err(fail)?;
                bucket.clear();
            }
            current = Some(here);
            bucket.push((entry.key().to_vec(), entry.value().to_vec()));
            count += 1;
            Ok(())
        })?;
        if let Some(last) = current {
            writer.bucket(last, &mut bucket).map_err(fail)?;
        }
        writer.finish(count, uid).map_err(fail)?;
        Ok((count, warnings))
    }

    fn open(&self, path: &Path) -> MapResult<Box<dyn MapRead>> {
        let file = open_if(path, "hash", |found| matches!(found, FileFormat::BerkeleyDb("hash")))?;
        Ok(Box::new(HashReader { file, path: path.to_path_buf() }))
    }

    fn replaces(&self, found: FileFormat) -> bool {
        matches!(found, FileFormat::Missing | FileFormat::Empty | FileFormat::BerkeleyDb("hash"))
    }
}

/// Lookups read the key's bucket pages with `pread` (a few pages, whatever the map's size);
/// a scan reads the file once, checked page by page.
struct HashReader {
    file: std::fs::File,
    path: std::path::PathBuf,
}

impl HashReader {
    fn damaged(&self, problem: String) -> MapError {
        MapError::BadInput(format!("{}: damaged Berkeley DB file: {problem}", self.path.display()))
    }
}

impl MapRead for HashReader {
    fn get(&self, stored_key: &[u8]) -> MapResult<Option<Vec<u8>>> {
        use std::os::unix::fs::FileExt;
        let fetch = |pgno: u32, len: usize| -> Result<Vec<u8>, String> {
            let mut page = vec![0u8; len];
            let at = u64::from(pgno) * len as u64;
            self.file.read_exact_at(&mut page, at).map_err(|err| format!("page {pgno}: {err}"))?;
            Ok(page)
        };
        crate::sasldb::bdb::page::lookup(&fetch, stored_key).map_err(|problem| self.damaged(problem))
    }

    fn scan(&self, visit: &mut Visit<'_>) -> MapResult<()> {
        use std::os::unix::fs::FileExt;
        // From offset 0 whatever an earlier scan left the file position at.
        let len = self.file.metadata().map_err(|err| io_error(&self.path, err))?.len();
        let mut bytes = vec![0u8; usize::try_from(len).map_err(|_| self.damaged("too large".into()))?];
        self.file.read_exact_at(&mut bytes, 0).map_err(|err| io_error(&self.path, err))?;
        let mut records =
            crate::sasldb::bdb::page::read_bytes(&bytes).map_err(|problem| self.damaged(problem))?;
        records.sort();
        for (key, value) in &records {
            if visit(key, value).is_break() {
                break;
            }
        }
        Ok(())
    }
}
