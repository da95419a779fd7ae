//! An in-memory store: the records in a sorted map. The Berkeley DB store runs its writes on it
//! (the file is rebuilt from the result), and the user operations are unit-tested on it without
//! files or processes.

use std::cell::RefCell;
use std::collections::BTreeMap;

use crate::sasldb::error::DbResult;
use crate::sasldb::store::{Store, Visit, WriteTxn};

#[derive(Debug, Default)]
pub struct MemoryStore {
    records: RefCell<BTreeMap<Vec<u8>, Vec<u8>>>,
}

impl MemoryStore {
    pub fn new() -> MemoryStore {
        MemoryStore::default()
    }

    /// Every record, in key order.
    pub fn records(&self) -> Vec<(Vec<u8>, Vec<u8>)> {
        self.records.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect()
    }
}

impl Store for MemoryStore {
    fn scan(&self, visit: &mut Visit<'_>) -> DbResult<()> {
        MemoryTxn { records: &mut self.records.borrow_mut() }.scan(visit)
    }

    fn get(&self, key: &[u8]) -> DbResult<Option<Vec<u8>>> {
        Ok(self.records.borrow().get(key).cloned())
    }

    /// Runs `work` on a copy: kept when it returns Ok, dropped otherwise (a rollback).
    fn write(&self, work: &mut dyn FnMut(&mut dyn WriteTxn) -> DbResult<()>) -> DbResult<()> {
        let mut copy = self.records.borrow().clone();
        work(&mut MemoryTxn { records: &mut copy })?;
        *self.records.borrow_mut() = copy;
        Ok(())
    }
}

/// A write over an in-memory copy of the records.
pub struct MemoryTxn<'a> {
    pub records: &'a mut BTreeMap<Vec<u8>, Vec<u8>>,
}

impl WriteTxn for MemoryTxn<'_> {
    fn get(&self, key: &[u8]) -> DbResult<Option<Vec<u8>>> {
        Ok(self.records.get(key).cloned())
    }

    fn put(&mut self, key: &[u8], value: &[u8]) -> DbResult<()> {
        self.records.insert(key.to_vec(), value.to_vec());
        Ok(())
    }

    fn delete(&mut self, key: &[u8]) -> DbResult<bool> {
        Ok(self.records.remove(key).is_some())
    }

    fn keys_with_prefix(&self, prefix: &[u8]) -> DbResult<Vec<Vec<u8>>> {
        Ok(self
            .records
            .range(prefix.to_vec()..)
            .map(|(k, _)| k)
            .take_while(|k| k.starts_with(prefix))
            .cloned()
            .collect())
    }

    fn scan(&self, visit: &mut Visit<'_>) -> DbResult<()> {
        for (key, value) in self.records.iter() {
            if visit(key, value).is_break() {
                break;
            }
        }
        Ok(())
    }
}
