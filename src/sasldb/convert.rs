//! Copying a sasldb into another container, record for record: built aside, verified, renamed
//! into place; the source is only read.

use std::ops::ControlFlow;
use std::path::{Path, PathBuf};

use crate::sasldb::error::{DbError, DbResult};
use crate::sasldb::format::{self, FileFormat};
use crate::sasldb::open::{open, Backend};
use crate::sasldb::store::{Access, OpenOptions, RawRecords};

/// Copies every record of `source` (unknown properties and malformed keys included) into a new
/// `to` file at `target`. Returns the number of records. A target that exists (or the source
/// itself, converted in place) keeps its owner, group and mode; an LMDB `-lock` file left beside a
/// target that is no longer LMDB is removed.
pub fn convert(
    source: &Path,
    target: &Path,
    to: Backend,
    options: &OpenOptions,
    progress: &dyn Fn(u64),
) -> DbResult<usize> {
    let records = read_all(source, options)?;
    let keep = crate::fs_safe::attributes_to_keep(target)?;
    let was_lmdb = format::detect(target).is_ok_and(|found| found == FileFormat::Lmdb);
    let aside = crate::fs_safe::Aside::new(target)?;
    write_all(aside.path(), to, &records, progress)?;
    verify(aside.path(), to, &records)?;
    aside.commit(keep)?;
    if was_lmdb && to != Backend::Lmdb {
        let _ = std::fs::remove_file(lock_path(target));
    }
    Ok(records.len())
}

pub fn read_all(path: &Path, options: &OpenOptions) -> DbResult<RawRecords> {
    let store = open(path, Access::Read, options, Backend::Lmdb)?;
    let mut records = Vec::new();
    store.scan(&mut |key, value| {
        records.push((key.to_vec(), value.to_vec()));
        ControlFlow::Continue(())
    })?;
    records.sort();
    Ok(records)
}

fn write_all(temp: &Path, to: Backend, records: &RawRecords, progress: &dyn Fn(u64)) -> DbResult<()> {
    let store = open(temp, Access::Write, &OpenOptions::default(), to)?;
    store.write(&mut |txn| {
        for (n, (key, value)) in records.iter().enumerate() {
            txn.put(key, value)?;
            if n % 1024 == 0 {
                progress(n as u64);
            }
        }
        Ok(())
    })
}

fn verify(temp: &Path, to: Backend, records: &RawRecords) -> DbResult<()> {
    let written = read_all(temp, &OpenOptions::default())?;
    let _ = to;
    if &written != records {
        return Err(DbError::Invalid(format!(
            "{}: the copy does not read back the same records ({} written, {} read)",
            temp.display(),
            records.len(),
            written.len()
        )));
    }
    Ok(())
}

/// Copies every record of `source` into the SQL store `target` (a URL) in one transaction, then
/// reads it back and compares. A store that has users already is refused unless `replace`: then
/// they are deleted in the same transaction.
pub fn convert_to_sql(
    source: &Path,
    target: &Path,
    replace: bool,
    options: &OpenOptions,
    progress: &dyn Fn(u64),
) -> DbResult<usize> {
    let records = read_all(source, options)?;
    let store = open(target, Access::Write, options, Backend::Lmdb)?;
    store.write(&mut |txn| {
        let mut existing = Vec::new();
        txn.scan(&mut |key, _| {
            existing.push(key.to_vec());
            ControlFlow::Continue(())
        })?;
        if !existing.is_empty() && !replace {
            return Err(DbError::Server {
                target: target.display().to_string(),
                message: format!(
                    "holds {} records already; --force replaces them (in the same transaction)",
                    existing.len()
                ),
                kind: crate::error::Kind::CantCreate,
            });
        }
        for key in &existing {
            txn.delete(key)?;
        }
        for (n, (key, value)) in records.iter().enumerate() {
            txn.put(key, value)?;
            if n % 1024 == 0 {
                progress(n as u64);
            }
        }
        Ok(())
    })?;
    drop(store);
    let written = read_all(target, options)?;
    if written != records {
        return Err(DbError::Invalid(format!(
            "{}: the copy does not read back the same records ({} written, {} read)",
            target.display(),
            records.len(),
            written.len()
        )));
    }
    Ok(records.len())
}

fn lock_path(path: &Path) -> PathBuf {
    let mut lock = path.as_os_str().to_owned();
    lock.push("-lock");
    lock.into()
}
