//! `lmdb:` maps as Postfix reads them: `FILE.lmdb`, one LMDB file opened with
//! `MDB_NOSUBDIR | MDB_NOLOCK` (no lock file), unnamed main database, keys and values with one
//! trailing NUL.

use std::path::{Path, PathBuf};

use lmdb::{Cursor, Environment, EnvironmentFlags, Transaction};

use crate::lmdb_write::Builder;
use crate::postmap::error::{io_error, MapError, MapResult};
use crate::postmap::format::{expect_kind, stored, MapFormat, MapRead};
use crate::postmap::parse::Warning;
use crate::postmap::runs::{DuplicatePolicy, SortedRuns};
use crate::sasldb::format::FileFormat;
use crate::sasldb::store::Visit;

/// LMDB's 511-byte key limit includes the trailing NUL.
pub const MAX_KEY_LEN: usize = 510;

pub struct Lmdb;

impl MapFormat for Lmdb {
    fn build(
        &self,
        temp: &Path,
        runs: &SortedRuns,
        policy: DuplicatePolicy,
    ) -> MapResult<(usize, Vec<Warning>)> {
        build(temp, runs, policy)
    }

    fn open(&self, path: &Path) -> MapResult<Box<dyn MapRead>> {
        Ok(Box::new(LmdbReader::open(path)?))
    }

    fn replaces(&self, found: FileFormat) -> bool {
        matches!(found, FileFormat::Missing | FileFormat::Empty | FileFormat::Lmdb)
    }
}

fn build(temp: &Path, runs: &SortedRuns, policy: DuplicatePolicy) -> MapResult<(usize, Vec<Warning>)> {
    let fail = |err| io_error(temp, err);
    let file = std::fs::OpenOptions::new().write(true).create_new(true).open(temp).map_err(fail)?;
    let mut builder = Builder::new(file).map_err(fail)?;
    let (mut key, mut value) = (Vec::new(), Vec::new());
    let mut written = 0usize;
    let warnings = runs.unique(policy, &mut |record| {
        stored(record.key(), true, &mut key);
        stored(record.value(), true, &mut value);
        builder.append(&key, &value).map_err(fail)?;
        written += 1;
        Ok(())
    })?;
    builder.finish().map_err(fail)?;
    Ok((written, warnings))
}

fn open_error(path: &Path, err: lmdb::Error) -> MapError {
    match err {
        lmdb::Error::Other(code) => io_error(path, std::io::Error::from_raw_os_error(code)),
        source => MapError::Lmdb { path: path.to_path_buf(), source },
    }
}

/// An `lmdb:` map opened for reading. A lookup walks one path of the file in saslkit's own
/// checked reader (a few pages, whatever the size of the map); a scan checks the whole file
/// first, then reads it with liblmdb as Postfix does (read-only, no lock file).
pub struct LmdbReader {
    path: PathBuf,
}

impl LmdbReader {
    fn open(path: &Path) -> MapResult<LmdbReader> {
        let path = path.to_path_buf();
        expect_kind(&path, "lmdb", |found| matches!(found, FileFormat::Lmdb))?;
        Ok(LmdbReader { path })
    }

    fn damaged(&self, problem: String) -> MapError {
        MapError::BadInput(format!("{}: damaged LMDB file: {problem}", self.path.display()))
    }

    fn error(&self, source: lmdb::Error) -> MapError {
        MapError::Lmdb { path: self.path.clone(), source }
    }
}

impl MapRead for LmdbReader {
    fn get(&self, stored_key: &[u8]) -> MapResult<Option<Vec<u8>>> {
        crate::lmdb_verify::lookup(&self.path, stored_key)
            .map_err(|err| io_error(&self.path, err))?
            .map_err(|problem| self.damaged(problem))
    }

    fn scan(&self, visit: &mut Visit<'_>) -> MapResult<()> {
        let path = &self.path;
        crate::lmdb_verify::verify(path).map_err(|err| io_error(path, err))?.map_err(|p| self.damaged(p))?;
        let env = Environment::new()
            .set_flags(EnvironmentFlags::NO_SUB_DIR | EnvironmentFlags::NO_LOCK | EnvironmentFlags::READ_ONLY)
            .open(path)
            .map_err(|err| open_error(path, err))?;
        let db = env.open_db(None).map_err(|e| self.error(e))?;
        let txn = env.begin_ro_txn().map_err(|e| self.error(e))?;
        let mut cursor = txn.open_ro_cursor(db).map_err(|e| self.error(e))?;
        for item in cursor.iter_start() {
            let (key, value) = item.map_err(|e| self.error(e))?;
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
    use crate::postmap::parse::Entry;
    use crate::postmap::runs::Order;

    #[test]
    fn the_checked_lookup_answers_as_liblmdb_does() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("m.lmdb");
        let keys: Vec<String> = (0..60_000).map(|n| format!("host{n}.example")).collect();
        let big = "v".repeat(9000);
        let mut entries: Vec<Entry> =
            keys.iter().enumerate().map(|(n, k)| Entry::new(n + 1, k.as_bytes(), k.as_bytes())).collect();
        entries.push(Entry::new(0, b"big.example", big.as_bytes()));
        let runs = SortedRuns::from_entries(entries, Order::Key);
        build(&path, &runs, DuplicatePolicy::default()).unwrap();
        let reader = LmdbReader::open(&path).unwrap();
        let env = Environment::new()
            .set_flags(EnvironmentFlags::NO_SUB_DIR | EnvironmentFlags::NO_LOCK | EnvironmentFlags::READ_ONLY)
            .open(&path)
            .unwrap();
        let db = env.open_db(None).unwrap();
        let txn = env.begin_ro_txn().unwrap();
        let probes =
            keys.iter().step_by(7).map(String::as_str).chain(["big.example", "absent", "host", "zzz"]);
        for key in probes {
            let stored = [key.as_bytes(), b"\0"].concat();
            let theirs = txn.get(db, &stored).ok().map(<[u8]>::to_vec);
            assert_eq!(reader.get(&stored).unwrap(), theirs, "{key}");
        }
        assert_eq!(reader.get(b"big.example\0").unwrap().map(|v| v.len()), Some(9001));
    }
}
