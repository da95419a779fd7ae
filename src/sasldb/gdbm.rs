//! The GDBM container (Fedora, RHEL, SUSE, Arch, Alpine, Gentoo), through the pure-Rust
//! gdbm-native crate: file-compatible with libgdbm, no C library. New files get mode 0600 minus
//! the umask, as Cyrus's `db_gdbm.c` creates them.
//!
//! GDBM has no transactions: a "write transaction" here collects its changes in memory and applies
//! them together at the end, so a refused operation changes nothing; a crash while applying can
//! leave part of one user operation, as with Cyrus itself.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};

use gdbm_native::{Gdbm, OpenOptions};

use crate::sasldb::error::{DbError, DbResult};
use crate::sasldb::lmdb::Access;
use crate::sasldb::store::{ContainerInfo, Store, Visit, WriteTxn};

pub struct GdbmStore {
    db: RefCell<Gdbm>,
    path: PathBuf,
}

impl GdbmStore {
    pub fn open(path: &Path, access: Access, create: bool) -> DbResult<GdbmStore> {
        let db = OpenOptions::new()
            .write(access == Access::Write)
            .create(create)
            .mode(0o600)
            .open(path)
            .map_err(|err| gdbm_error(path, err))?;
        Ok(GdbmStore { db: RefCell::new(db), path: path.to_path_buf() })
    }

    fn error(&self, err: gdbm_native::Error) -> DbError {
        gdbm_error(&self.path, err)
    }
}

fn gdbm_error(path: &Path, err: gdbm_native::Error) -> DbError {
    match err {
        gdbm_native::Error::Io(source) if source.kind() == std::io::ErrorKind::PermissionDenied => {
            DbError::PermissionDenied { path: path.to_path_buf(), action: "open" }
        }
        gdbm_native::Error::Io(source) => DbError::Io { path: path.to_path_buf(), source },
        other => DbError::Invalid(format!("{}: GDBM: {other}", path.display())),
    }
}

impl Store for GdbmStore {
    fn is_sorted(&self) -> bool {
        false
    }

    fn describe(&self) -> ContainerInfo {
        ContainerInfo { format: "GDBM".into(), ..ContainerInfo::default() }
    }

    fn scan(&self, visit: &mut Visit<'_>) -> DbResult<()> {
        let db = self.db.borrow();
        for item in db.iter::<Vec<u8>, Vec<u8>>() {
            let (key, value) = item.map_err(|err| self.error(err))?;
            if visit(&key, &value).is_break() {
                break;
            }
        }
        Ok(())
    }

    fn get(&self, key: &[u8]) -> DbResult<Option<Vec<u8>>> {
        self.db.borrow().get::<_, Vec<u8>>(key).map_err(|err| self.error(err))
    }

    fn write(&self, work: &mut dyn FnMut(&mut dyn WriteTxn) -> DbResult<()>) -> DbResult<()> {
        let changes = {
            let mut txn = Buffered { store: self, changes: BTreeMap::new() };
            work(&mut txn)?;
            txn.changes
        };
        let mut db = self.db.borrow_mut();
        for (key, value) in changes {
            match value {
                Some(value) => db.insert(&key, &value).map(drop),
                None => db.remove(&key).map(drop),
            }
            .map_err(|err| gdbm_error(&self.path, err))?;
        }
        db.sync().map_err(|err| gdbm_error(&self.path, err))
    }
}

/// Changes made so far in one operation (`None`: deleted), over the file's records.
struct Buffered<'s> {
    store: &'s GdbmStore,
    changes: BTreeMap<Vec<u8>, Option<Vec<u8>>>,
}

impl Buffered<'_> {
    /// Every record as this operation sees it, in key order.
    fn view(&self) -> DbResult<BTreeMap<Vec<u8>, Vec<u8>>> {
        let mut all = BTreeMap::new();
        self.store.scan(&mut |key, value| {
            all.insert(key.to_vec(), value.to_vec());
            ControlFlow::Continue(())
        })?;
        for (key, value) in &self.changes {
            match value {
                Some(value) => all.insert(key.clone(), value.clone()),
                None => all.remove(key),
            };
        }
        Ok(all)
    }
}

impl WriteTxn for Buffered<'_> {
    fn get(&self, key: &[u8]) -> DbResult<Option<Vec<u8>>> {
        match self.changes.get(key) {
            Some(change) => Ok(change.clone()),
            None => self.store.get(key),
        }
    }

    fn put(&mut self, key: &[u8], value: &[u8]) -> DbResult<()> {
        self.changes.insert(key.to_vec(), Some(value.to_vec()));
        Ok(())
    }

    fn delete(&mut self, key: &[u8]) -> DbResult<bool> {
        let existed = self.get(key)?.is_some();
        self.changes.insert(key.to_vec(), None);
        Ok(existed)
    }

    fn keys_with_prefix(&self, prefix: &[u8]) -> DbResult<Vec<Vec<u8>>> {
        Ok(self.view()?.into_keys().filter(|k| k.starts_with(prefix)).collect())
    }

    fn scan(&self, visit: &mut Visit<'_>) -> DbResult<()> {
        for (key, value) in self.view()? {
            if visit(&key, &value).is_break() {
                break;
            }
        }
        Ok(())
    }
}
