//! The seam of map formats: a format is a writer (build a new file from de-duplicated entries
//! in the order it asks for) and a reader (look a stored key up, walk every record). Nothing above this seam
//! names a container; a new table type is a new file here and a line in [`format_of`].

pub mod btree;
pub mod cdb;
pub mod hash;
pub mod lmdb;

use std::path::Path;

use crate::postmap::error::MapResult;
use crate::postmap::parse::Warning;
use crate::postmap::runs::{DuplicatePolicy, Order, SortedRuns};
use crate::postmap::MapType;
use crate::sasldb::format::FileFormat;
use crate::sasldb::store::Visit;

pub trait MapFormat: Sync {
    /// The order the writer wants the records in (key order unless it says otherwise).
    fn order(&self) -> Order {
        Order::Key
    }
    /// Writes one record per key (in `runs`' key order, duplicates resolved by `policy`) to the
    /// new file `temp`; returns how many it wrote and the duplicate warnings.
    fn build(
        &self,
        temp: &Path,
        runs: &SortedRuns,
        policy: DuplicatePolicy,
    ) -> MapResult<(usize, Vec<Warning>)>;
    /// Opens an existing map file for reading (checked first: a damaged file is an error, not a
    /// crash).
    fn open(&self, path: &Path) -> MapResult<Box<dyn MapRead>>;
    /// Whether a file `format::detect` found at the target may be replaced by a map of this type.
    fn replaces(&self, found: FileFormat) -> bool;
}

pub trait MapRead {
    /// The value stored under exactly these bytes.
    fn get(&self, stored_key: &[u8]) -> MapResult<Option<Vec<u8>>>;
    /// Every record as stored (NULs included).
    fn scan(&self, visit: &mut Visit<'_>) -> MapResult<()>;
}

pub fn format_of(kind: MapType) -> &'static dyn MapFormat {
    match kind {
        MapType::Lmdb => &lmdb::Lmdb,
        MapType::Hash => &hash::Hash,
        MapType::Btree => &btree::Btree,
        MapType::Cdb => &cdb::Cdb,
    }
}

/// The order a map type's writer wants its runs in: parse with this.
pub fn order_of(kind: MapType) -> Order {
    format_of(kind).order()
}

/// Postmap's records on Debian: `key NUL` → `value NUL` (hash, btree, lmdb), or without (cdb).
pub fn stored(bytes: &[u8], with_nul: bool, buf: &mut Vec<u8>) {
    buf.clear();
    buf.extend_from_slice(bytes);
    if with_nul {
        buf.push(0);
    }
}

/// What a file found where a map belongs is, for messages.
pub fn describe(found: FileFormat) -> String {
    match found {
        FileFormat::BerkeleyDb(kind) => format!("a Berkeley DB {kind} file"),
        FileFormat::Unknown => "a file of no known database type".into(),
        other => format!("a {} file", other.describe()),
    }
}

/// Checks that the file at `path` is what `is_kind` accepts; a missing file or one of another
/// type is the error that names it.
pub fn expect_kind(path: &Path, kind: &'static str, is_kind: fn(FileFormat) -> bool) -> MapResult<()> {
    use crate::postmap::error::{io_error, MapError};
    match crate::sasldb::format::detect(path).map_err(|err| io_error(path, err))? {
        found if is_kind(found) => Ok(()),
        FileFormat::Missing => Err(MapError::Missing(path.to_path_buf())),
        found => Err(MapError::WrongType { path: path.to_path_buf(), what: describe(found), kind }),
    }
}

/// [`expect_kind`], then the file opened (a regular file only).
pub fn open_if(path: &Path, kind: &'static str, is_kind: fn(FileFormat) -> bool) -> MapResult<std::fs::File> {
    expect_kind(path, kind, is_kind)?;
    crate::fs_safe::open_regular(path).map_err(|err| crate::postmap::error::io_error(path, err))
}
