//! The storage seam: what the user operations need from a key/value container, and the types
//! every container shares. LMDB, GDBM and Berkeley DB live behind it (and an in-memory store for
//! tests); `open.rs` picks one by the file's magic.

use std::ops::ControlFlow;
use std::path::Path;

use crate::sasldb::error::{DbError, DbResult};

/// Every record of a store as (key, value) pairs.
pub type RawRecords = Vec<(Vec<u8>, Vec<u8>)>;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    Read,
    Write,
}

#[derive(Debug, Clone, Default)]
pub struct OpenOptions {
    /// LMDB: grow the map to this many bytes (never shrinks it).
    pub map_size: Option<usize>,
    /// SQL stores: the Cyrus file, listing query, database password file and CA.
    pub sql: SqlOptions,
}

/// What the command line adds to a `--db` or `--sasl-config`.
#[derive(Debug, Clone, Default)]
pub struct SqlOptions {
    /// The Cyrus file to take the store from.
    pub sasl_config: Option<std::path::PathBuf>,
    /// A query returning (user, realm) rows, for schemas other than the recommended one.
    pub list_query: Option<String>,
    /// The database password, in the first line of this file.
    pub password_file: Option<std::path::PathBuf>,
    /// Trust this CA for the database server's certificate, beside the system roots.
    pub ca_file: Option<std::path::PathBuf>,
}

/// An I/O error on a sasldb file, kinded: permission denied, a missing file on write, the rest.
pub fn io_error(path: &Path, err: std::io::Error, action: &'static str) -> DbError {
    let path = path.to_path_buf();
    match err.kind() {
        std::io::ErrorKind::PermissionDenied => DbError::PermissionDenied { path, action },
        std::io::ErrorKind::NotFound if action == "write" => DbError::CannotCreate { path, source: err },
        _ => DbError::Io { path, source: err },
    }
}

/// Visits one record; `Break` stops the scan.
pub type Visit<'a> = dyn FnMut(&[u8], &[u8]) -> ControlFlow<()> + 'a;

pub trait Store {
    /// Every record in storage order (LMDB: memcmp order of keys; GDBM: hash order).
    fn scan(&self, visit: &mut Visit<'_>) -> DbResult<()>;
    /// Like `scan`, but a sorted store may start at the first key `>= start` (LMDB seeks there),
    /// and a store that can ask for one user (SQL) yields only the keys that start with `start`;
    /// others yield everything, so callers still check each key.
    fn scan_from(&self, _start: &[u8], visit: &mut Visit<'_>) -> DbResult<()> {
        self.scan(visit)
    }
    /// Whether `scan` yields keys in memcmp order.
    fn is_sorted(&self) -> bool {
        true
    }
    /// The container's name and its own figures (LMDB: map size and use), for `db info`.
    fn describe(&self) -> ContainerInfo {
        ContainerInfo::default()
    }
    fn get(&self, key: &[u8]) -> DbResult<Option<Vec<u8>>>;
    /// The keys that start with `prefix` (in any order): one pass over the store, unless the
    /// store can ask for them (an SQL store asks for one user's properties).
    fn keys_with_prefix(&self, prefix: &[u8]) -> DbResult<Vec<Vec<u8>>> {
        let mut keys = Vec::new();
        self.scan(&mut |key, _| {
            if key.starts_with(prefix) {
                keys.push(key.to_vec());
            }
            ControlFlow::Continue(())
        })?;
        Ok(keys)
    }
    /// Runs `work` in one write transaction: committed when it returns Ok, rolled back otherwise.
    fn write(&self, work: &mut dyn FnMut(&mut dyn WriteTxn) -> DbResult<()>) -> DbResult<()>;
}

pub trait WriteTxn {
    fn get(&self, key: &[u8]) -> DbResult<Option<Vec<u8>>>;
    fn put(&mut self, key: &[u8], value: &[u8]) -> DbResult<()>;
    /// Returns whether the key was there.
    fn delete(&mut self, key: &[u8]) -> DbResult<bool>;
    /// The keys that start with `prefix`, in storage order.
    fn keys_with_prefix(&self, prefix: &[u8]) -> DbResult<Vec<Vec<u8>>>;
    fn scan(&self, visit: &mut Visit<'_>) -> DbResult<()>;
}

#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct ContainerInfo {
    pub format: String,
    /// LMDB: the map size in bytes (what the file may grow to).
    pub map_size: Option<u64>,
    /// LMDB: bytes of the map in use (pages used × page size).
    pub map_used: Option<u64>,
    /// Where the records are, when that is not the path the store was opened by.
    #[serde(skip)]
    pub location: Location,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Location {
    /// The path the store was opened by.
    #[default]
    Opened,
    /// A file named otherwise (an SQLite database reached through a Cyrus file).
    File(std::path::PathBuf),
    /// A database server, as messages name it: no file, owner or mode.
    Server(String),
}
