//! The storage seam: what the user operations need from a key/value container.
//!
//! LMDB is the first backend; Berkeley DB and GDBM come later behind the same traits.

use std::ops::ControlFlow;

use crate::sasldb::error::DbResult;

/// Visits one record; `Break` stops the scan.
pub type Visit<'a> = dyn FnMut(&[u8], &[u8]) -> ControlFlow<()> + 'a;

pub trait Store {
    /// Every record in storage order (LMDB: memcmp order of keys; GDBM: hash order).
    fn scan(&self, visit: &mut Visit<'_>) -> DbResult<()>;
    /// Like `scan`, but a sorted store may start at the first key `>= start` (LMDB seeks there);
    /// an unsorted one yields everything, so callers still check each key.
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
}
