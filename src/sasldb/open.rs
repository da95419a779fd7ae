//! Opening a sasldb whatever its container: the file's magic decides; `backend` only says what a
//! new file becomes.

use std::path::Path;

use crate::sasldb::bdb::BdbStore;
use crate::sasldb::error::DbResult;
use crate::sasldb::format::{self, FileFormat};
use crate::sasldb::gdbm::GdbmStore;
use crate::sasldb::lmdb::{self, Access, OpenOptions};
use crate::sasldb::store::Store;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Backend {
    /// LMDB, Cyrus SASL's choice for its future (`--with-dblib=lmdb`).
    #[default]
    Lmdb,
    /// GDBM, what Fedora, RHEL, SUSE, Arch, Alpine and Gentoo build Cyrus with.
    Gdbm,
    /// Berkeley DB 5.3 hash, what Debian and Ubuntu build Cyrus with.
    Bdb,
}

pub fn open(
    path: &Path,
    access: Access,
    options: &OpenOptions,
    new_file: Backend,
) -> DbResult<Box<dyn Store>> {
    refuse_special_file(path)?;
    let found = format::detect(path).map_err(|err| lmdb::io_error(path, err, "read"))?;
    match (found, access, new_file) {
        (FileFormat::Gdbm, _, _) => Ok(Box::new(GdbmStore::open(path, access, false)?)),
        // Reads work; a write is refused by the store itself, with the way out.
        (FileFormat::BerkeleyDb("hash"), _, _) => Ok(Box::new(BdbStore::open(path)?)),
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
