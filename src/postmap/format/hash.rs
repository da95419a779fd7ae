//! `hash:` maps: `FILE.db`, a Berkeley DB hash file with keys and values ending in one NUL, as
//! Debian's postmap (Berkeley DB 5.3) writes them. The sasldb's Berkeley DB hash writer and reader
//! do the pages; the file is built in memory and written aside, then renamed into place.

use std::collections::HashMap;
use std::io::Write;
use std::path::Path;

use crate::postmap::error::{io_error, MapError, MapResult};
use crate::postmap::format::{describe, MapFormat, MapRead};
use crate::postmap::parse::Warning;
use crate::postmap::runs::{DuplicatePolicy, SortedRuns};
use crate::sasldb::bdb::write::Record;
use crate::sasldb::format::{self, FileFormat};
use crate::sasldb::store::{RawRecords, Visit};

pub struct Hash;

impl MapFormat for Hash {
    fn build(
        &self,
        temp: &Path,
        runs: &SortedRuns,
        policy: DuplicatePolicy,
    ) -> MapResult<(usize, Vec<Warning>)> {
        // The records stay where the parser left them; the writer streams pages to the file.
        let mut records: Vec<Record> = Vec::new();
        let warnings = runs.unique(policy, &mut |entry| {
            records.push((entry.key(), entry.value()));
            Ok(())
        })?;
        let mut uid = [0u8; 20];
        getrandom::getrandom(&mut uid)
            .map_err(|err| io_error(temp, std::io::Error::other(err.to_string())))?;
        let file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(temp)
            .map_err(|e| io_error(temp, e))?;
        let mut out = std::io::BufWriter::with_capacity(1 << 20, file);
        crate::sasldb::bdb::write::write_streamed(&mut out, &records, true, uid)
            .map_err(|problem| MapError::BadInput(format!("{}: {problem}", temp.display())))?;
        out.flush().map_err(|e| io_error(temp, e))?;
        Ok((records.len(), warnings))
    }

    fn open(&self, path: &Path) -> MapResult<Box<dyn MapRead>> {
        match format::detect(path).map_err(|err| io_error(path, err))? {
            FileFormat::BerkeleyDb("hash") => {}
            FileFormat::Missing => return Err(MapError::Missing(path.to_path_buf())),
            found => {
                return Err(MapError::WrongType {
                    path: path.to_path_buf(),
                    what: describe(found),
                    kind: "hash",
                })
            }
        }
        let bytes = std::fs::read(path).map_err(|err| io_error(path, err))?;
        let records = crate::sasldb::bdb::page::read_bytes(&bytes).map_err(|problem| {
            MapError::BadInput(format!("{}: damaged Berkeley DB file: {problem}", path.display()))
        })?;
        let index = records.iter().enumerate().map(|(i, (k, _))| (k.clone(), i)).collect();
        Ok(Box::new(HashReader { records, index }))
    }

    fn replaces(&self, found: FileFormat) -> bool {
        matches!(found, FileFormat::Missing | FileFormat::Empty | FileFormat::BerkeleyDb("hash"))
    }
}

/// The whole file read once: a sasl_passwd map is small, and the reader is checked page by page.
struct HashReader {
    records: RawRecords,
    index: HashMap<Vec<u8>, usize>,
}

impl MapRead for HashReader {
    fn get(&self, stored_key: &[u8]) -> MapResult<Option<Vec<u8>>> {
        Ok(self.index.get(stored_key).map(|&i| self.records[i].1.clone()))
    }

    fn scan(&self, visit: &mut Visit<'_>) -> MapResult<()> {
        let mut sorted: Vec<&(Vec<u8>, Vec<u8>)> = self.records.iter().collect();
        sorted.sort();
        for (key, value) in sorted {
            if visit(key, value).is_break() {
                break;
            }
        }
        Ok(())
    }
}
