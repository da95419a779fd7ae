//! A write over a store that has no transactions of its own (GDBM, Berkeley DB): reads go to the
//! store, changes are kept aside (`None`: deleted) until the operation ends, then the store
//! applies them its own way.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::ControlFlow;

use crate::sasldb::error::DbResult;
use crate::sasldb::store::{Store, Visit, WriteTxn};

/// The changes of one operation, by key.
pub type Changes = BTreeMap<Vec<u8>, Option<Vec<u8>>>;

pub struct Overlay<'s> {
    store: &'s dyn Store,
    pub changes: Changes,
}

impl<'s> Overlay<'s> {
    pub fn new(store: &'s dyn Store) -> Overlay<'s> {
        Overlay { store, changes: Changes::new() }
    }
}

impl WriteTxn for Overlay<'_> {
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

    /// The store's matching keys, then the changes.
    fn keys_with_prefix(&self, prefix: &[u8]) -> DbResult<Vec<Vec<u8>>> {
        let mut keys: BTreeSet<Vec<u8>> = self.store.keys_with_prefix(prefix)?.into_iter().collect();
        for (key, change) in self.changes.range(prefix.to_vec()..).take_while(|(k, _)| k.starts_with(prefix))
        {
            match change {
                Some(_) => keys.insert(key.clone()),
                None => keys.remove(key),
            };
        }
        Ok(keys.into_iter().collect())
    }

    /// The store's records not changed, in its order, then the changed ones still there.
    fn scan(&self, visit: &mut Visit<'_>) -> DbResult<()> {
        let mut stopped = false;
        self.store.scan(&mut |key, value| {
            if self.changes.contains_key(key) {
                return ControlFlow::Continue(());
            }
            let flow = visit(key, value);
            stopped = flow.is_break();
            flow
        })?;
        if stopped {
            return Ok(());
        }
        for (key, value) in &self.changes {
            if let Some(value) = value {
                if visit(key, value).is_break() {
                    break;
                }
            }
        }
        Ok(())
    }
}
