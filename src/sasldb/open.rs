//! Opening a sasldb whatever its container: the file's magic decides; `backend` only says what a
//! new file becomes.

use std::path::Path;

use crate::sasldb::bdb::BdbStore;
use crate::sasldb::error::DbResult;
use crate::sasldb::format::{self, FileFormat};
use crate::sasldb::gdbm::GdbmStore;
use crate::sasldb::lmdb;
use crate::sasldb::sql::{self, SqlConfig, SqlStore};
use crate::sasldb::store::Store;
use crate::sasldb::store::{Access, OpenOptions};

/// The container a new file becomes (`--backend`, `db convert --to`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Backend {
    #[default]
    Lmdb,
    Gdbm,
    Bdb,
    /// The users table of Cyrus's sql plugin, in an SQLite file.
    Sqlite,
}

impl Backend {
    /// How people call the container.
    pub fn describe(self) -> &'static str {
        match self {
            Backend::Lmdb => "LMDB",
            Backend::Gdbm => "GDBM",
            Backend::Bdb => "Berkeley DB",
            Backend::Sqlite => "SQLite",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Backend::Lmdb => "lmdb",
            Backend::Gdbm => "gdbm",
            Backend::Bdb => "bdb",
            Backend::Sqlite => "sqlite",
        }
    }
}

pub fn open(
    path: &Path,
    access: Access,
    options: &OpenOptions,
    new_file: Backend,
) -> DbResult<Box<dyn Store>> {
    if sql::is_sql_target(path) {
        return Ok(Box::new(SqlStore::open(SqlConfig::from_url(path, &options.sql)?, access)?));
    }
    refuse_special_file(path)?;
    let found = format::detect(path).map_err(|err| crate::sasldb::store::io_error(path, err, "read"))?;
    match (found, access, new_file) {
        (FileFormat::Gdbm, _, _) => Ok(Box::new(GdbmStore::open(path, access, false)?)),
        (FileFormat::Sqlite, access, _)
        | (FileFormat::Missing | FileFormat::Empty, access @ Access::Write, Backend::Sqlite) => {
            let url = std::path::PathBuf::from(format!("sqlite:{}", path.display()));
            Ok(Box::new(SqlStore::open(SqlConfig::from_url(&url, &options.sql)?, access)?))
        }
        // Reads work; a write is refused by the store itself, with the way out.
        (FileFormat::BerkeleyDb("hash"), access, _) => Ok(Box::new(BdbStore::open(path, access)?)),
        (FileFormat::Missing, Access::Write, Backend::Bdb) => Ok(Box::new(BdbStore::create(path))),
        (FileFormat::Missing, Access::Write, Backend::Gdbm) => {
            Ok(Box::new(GdbmStore::open(path, access, true)?))
        }
        (found, _, _) => lmdb::open(path, found, access, options),
    }
}

/// A FIFO would block the read forever and a device (`/dev/null`) would get an LMDB `-lock` file
/// beside it: a sasldb is a regular file.
fn refuse_special_file(path: &Path) -> DbResult<()> {
    match std::fs::metadata(path) {
        Ok(metadata) if !metadata.is_file() => Err(crate::sasldb::DbError::Invalid(format!(
            "{}: not a regular file (a FIFO, a device or a folder), so not a sasldb",
            path.display()
        ))),
        _ => Ok(()),
    }
}
