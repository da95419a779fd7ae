//! The LMDB container, opened the way Cyrus's `sasldb/db_lmdb.c` opens it: `MDB_NOSUBDIR` (the
//! data file is the path, the lock file is `PATH-lock`), the unnamed main database with flags 0,
//! mode 0660 minus the umask. This file is the only place that talks to LMDB.

use std::ops::ControlFlow;
use std::path::{Path, PathBuf};

use lmdb::{Cursor, Database, DatabaseFlags, Environment, EnvironmentFlags, Transaction, WriteFlags};

use crate::sasldb::error::{DbError, DbResult};
use crate::sasldb::format::FileFormat;
use crate::sasldb::store::{io_error, Access, ContainerInfo, OpenOptions, Store, Visit, WriteTxn};

/// Map size for a file saslkit creates: room for about a million users. LMDB keeps it in the file,
/// and Cyrus (without `sasldb_mapsize`) uses the stored size, so the file never needs to grow.
pub const NEW_FILE_MAP_SIZE: usize = 1 << 30;

pub struct LmdbStore {
    env: Environment,
    db: Database,
    path: PathBuf,
}

/// Opens the sasldb at `path`, whose format `sasldb::open` has detected as `found`. A missing or
/// zero-byte file is created for writing; for reading, a missing file is an error and a zero-byte
/// file an empty database.
pub fn open(
    path: &Path,
    found: FileFormat,
    access: Access,
    options: &OpenOptions,
) -> DbResult<Box<dyn Store>> {
    match (found, access) {
        (FileFormat::Lmdb, _) => {
            refuse_damaged(path)?;
            Ok(Box::new(LmdbStore::open(path, access, options, false)?))
        }
        (FileFormat::Missing | FileFormat::Empty, Access::Write) => {
            Ok(Box::new(LmdbStore::open(path, access, options, true)?))
        }
        (FileFormat::Missing, Access::Read) => Err(DbError::Missing(path.to_path_buf())),
        (FileFormat::Empty, Access::Read) => Ok(Box::new(EmptyStore)),
        (found, _) => Err(DbError::WrongFormat { path: path.to_path_buf(), found }),
    }
}

/// A damaged file would crash the process inside LMDB (SIGBUS, SIGSEGV): refuse it first.
pub fn refuse_damaged(path: &Path) -> DbResult<()> {
    match crate::lmdb_verify::verify(path).map_err(|err| io_error(path, err, "read"))? {
        Ok(()) => Ok(()),
        Err(problem) => Err(DbError::Invalid(format!("{}: damaged LMDB file: {problem}", path.display()))),
    }
}

impl LmdbStore {
    fn open(path: &Path, access: Access, options: &OpenOptions, new: bool) -> DbResult<LmdbStore> {
        let mut flags = EnvironmentFlags::NO_SUB_DIR;
        if access == Access::Read {
            flags |= EnvironmentFlags::READ_ONLY;
        }
        let mut builder = Environment::new();
        builder.set_flags(flags);
        if new {
            builder.set_map_size(options.map_size.unwrap_or(NEW_FILE_MAP_SIZE));
        }
        let env = builder
            .open_with_permissions(path, 0o660)
            .map_err(|err| lmdb_error(path, err, if access == Access::Read { "read" } else { "write" }))?;
        let store = LmdbStore { db: open_main_db(&env, path, access)?, env, path: path.to_path_buf() };
        if let (Some(size), false) = (options.map_size, new) {
            store.grow_map(size)?;
        }
        Ok(store)
    }

    fn grow_map(&self, size: usize) -> DbResult<()> {
        let current = self.map_size();
        if size < current {
            return Err(DbError::WouldShrink { path: self.path.clone(), asked: size, current });
        }
        self.env.set_map_size(size).map_err(|err| self.error(err))
    }

    pub fn map_size(&self) -> usize {
        self.env.info().map(|info| info.map_size()).unwrap_or(0)
    }

    fn error(&self, err: lmdb::Error) -> DbError {
        lmdb_error(&self.path, err, "write")
    }

    fn begin_rw(&self) -> DbResult<lmdb::RwTransaction<'_>> {
        self.retry_if_resized(|env| env.begin_rw_txn())
    }

    fn begin_ro(&self) -> DbResult<lmdb::RoTransaction<'_>> {
        self.retry_if_resized(|env| env.begin_ro_txn())
    }

    /// Another writer grew the map since we opened it: adopt the new size and try once more.
    fn retry_if_resized<'env, T>(
        &'env self,
        begin: impl Fn(&'env Environment) -> lmdb::Result<T>,
    ) -> DbResult<T> {
        match begin(&self.env) {
            Err(lmdb::Error::MapResized) => {
                self.env.set_map_size(0).map_err(|err| self.error(err))?;
                begin(&self.env).map_err(|err| self.error(err))
            }
            other => other.map_err(|err| self.error(err)),
        }
    }
}

fn open_main_db(env: &Environment, path: &Path, access: Access) -> DbResult<Database> {
    let db = match access {
        Access::Read => env.open_db(None),
        Access::Write => env.create_db(None, DatabaseFlags::empty()),
    };
    db.map_err(|err| lmdb_error(path, err, "open"))
}

fn lmdb_error(path: &Path, err: lmdb::Error, action: &'static str) -> DbError {
    let path = path.to_path_buf();
    match err {
        lmdb::Error::Other(code) => io_error(&path, std::io::Error::from_raw_os_error(code), action),
        lmdb::Error::Invalid => DbError::WrongFormat { path, found: FileFormat::Unknown },
        lmdb::Error::MapFull => DbError::MapFull { path, map_size: 0 },
        source => DbError::Lmdb { path, source },
    }
}

fn scan_txn(txn: &impl Transaction, db: Database, path: &Path, visit: &mut Visit<'_>) -> DbResult<()> {
    scan_txn_from(txn, db, path, b"", visit)
}

fn scan_txn_from(
    txn: &impl Transaction,
    db: Database,
    path: &Path,
    start: &[u8],
    visit: &mut Visit<'_>,
) -> DbResult<()> {
    let mut cursor = txn.open_ro_cursor(db).map_err(|err| lmdb_error(path, err, "read"))?;
    let items = if start.is_empty() { cursor.iter_start() } else { cursor.iter_from(start) };
    for item in items {
        let (key, value) = item.map_err(|err| lmdb_error(path, err, "read"))?;
        if visit(key, value).is_break() {
            break;
        }
    }
    Ok(())
}

fn get_txn(txn: &impl Transaction, db: Database, path: &Path, key: &[u8]) -> DbResult<Option<Vec<u8>>> {
    match txn.get(db, &key) {
        Ok(value) => Ok(Some(value.to_vec())),
        Err(lmdb::Error::NotFound) => Ok(None),
        Err(err) => Err(lmdb_error(path, err, "read")),
    }
}

impl Store for LmdbStore {
    fn describe(&self) -> ContainerInfo {
        let info = self.env.info().ok();
        let page = u64::from(self.env.stat().map(|s| s.page_size()).unwrap_or(4096));
        ContainerInfo {
            format: "LMDB".into(),
            map_size: info.as_ref().map(|i| i.map_size() as u64),
            map_used: info.as_ref().map(|i| (i.last_pgno() as u64 + 1) * page),
            ..ContainerInfo::default()
        }
    }

    fn scan(&self, visit: &mut Visit<'_>) -> DbResult<()> {
        let txn = self.begin_ro()?;
        scan_txn(&txn, self.db, &self.path, visit)
    }

    fn scan_from(&self, start: &[u8], visit: &mut Visit<'_>) -> DbResult<()> {
        let txn = self.begin_ro()?;
        scan_txn_from(&txn, self.db, &self.path, start, visit)
    }

    fn get(&self, key: &[u8]) -> DbResult<Option<Vec<u8>>> {
        let txn = self.begin_ro()?;
        get_txn(&txn, self.db, &self.path, key)
    }

    fn write(&self, work: &mut dyn FnMut(&mut dyn WriteTxn) -> DbResult<()>) -> DbResult<()> {
        let txn = self.begin_rw()?;
        let mut write = LmdbWrite { txn, db: self.db, path: &self.path };
        // On error the transaction is dropped, which aborts it: nothing of this operation lands.
        work(&mut write).map_err(|err| self.with_map_size(err))?;
        write.txn.commit().map_err(|err| self.with_map_size(self.error(err)))
    }
}

impl LmdbStore {
    fn with_map_size(&self, err: DbError) -> DbError {
        match err {
            DbError::MapFull { path, .. } => DbError::MapFull { path, map_size: self.map_size() },
            other => other,
        }
    }
}

struct LmdbWrite<'env, 'p> {
    txn: lmdb::RwTransaction<'env>,
    db: Database,
    path: &'p Path,
}

impl WriteTxn for LmdbWrite<'_, '_> {
    fn get(&self, key: &[u8]) -> DbResult<Option<Vec<u8>>> {
        get_txn(&self.txn, self.db, self.path, key)
    }

    fn put(&mut self, key: &[u8], value: &[u8]) -> DbResult<()> {
        self.txn
            .put(self.db, &key, &value, WriteFlags::empty())
            .map_err(|err| lmdb_error(self.path, err, "write"))
    }

    fn delete(&mut self, key: &[u8]) -> DbResult<bool> {
        match self.txn.del(self.db, &key, None) {
            Ok(()) => Ok(true),
            Err(lmdb::Error::NotFound) => Ok(false),
            Err(err) => Err(lmdb_error(self.path, err, "write")),
        }
    }

    fn keys_with_prefix(&self, prefix: &[u8]) -> DbResult<Vec<Vec<u8>>> {
        let mut keys = Vec::new();
        scan_txn_from(&self.txn, self.db, self.path, prefix, &mut |key, _| {
            if !key.starts_with(prefix) {
                return ControlFlow::Break(());
            }
            keys.push(key.to_vec());
            ControlFlow::Continue(())
        })?;
        Ok(keys)
    }

    fn scan(&self, visit: &mut Visit<'_>) -> DbResult<()> {
        scan_txn(&self.txn, self.db, self.path, visit)
    }
}

/// A zero-byte file read before anything was written to it: no records.
struct EmptyStore;

impl Store for EmptyStore {
    fn scan(&self, _visit: &mut Visit<'_>) -> DbResult<()> {
        Ok(())
    }

    fn get(&self, _key: &[u8]) -> DbResult<Option<Vec<u8>>> {
        Ok(None)
    }

    fn write(&self, _work: &mut dyn FnMut(&mut dyn WriteTxn) -> DbResult<()>) -> DbResult<()> {
        Err(DbError::Invalid("internal: write to a database opened for reading".into()))
    }
}

/// Collects a scan into memory; for small databases and tests.
pub fn collect(store: &dyn Store) -> DbResult<Vec<(Vec<u8>, Vec<u8>)>> {
    let mut records = Vec::new();
    store.scan(&mut |key, value| {
        records.push((key.to_vec(), value.to_vec()));
        ControlFlow::Continue(())
    })?;
    Ok(records)
}
