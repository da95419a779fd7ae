//! Copying a sasldb into another container, record for record: built aside, verified, renamed
//! into place; the source is only read.

use std::ops::ControlFlow;
use std::path::{Path, PathBuf};

use crate::sasldb::error::{DbError, DbResult};
use crate::sasldb::lmdb::{Access, OpenOptions};
use crate::sasldb::open::{open, Backend};

pub type RawRecords = Vec<(Vec<u8>, Vec<u8>)>;

/// Copies every record of `source` (unknown properties and malformed keys included) into a new
/// `to` file at `target`. Returns the number of records.
pub fn convert(source: &Path, target: &Path, to: Backend, progress: &dyn Fn(u64)) -> DbResult<usize> {
    let records = read_all(source, Backend::Lmdb)?;
    let temp = temp_path(target);
    remove_with_lock(&temp);
    let result = write_all(&temp, to, &records, progress).and_then(|()| verify(&temp, to, &records));
    if let Err(err) = result {
        remove_with_lock(&temp);
        return Err(err);
    }
    std::fs::rename(&temp, target).map_err(|source| DbError::Io { path: target.to_path_buf(), source })?;
    let _ = std::fs::remove_file(lock_path(&temp));
    Ok(records.len())
}

pub fn read_all(path: &Path, backend: Backend) -> DbResult<RawRecords> {
    let store = open(path, Access::Read, &OpenOptions::default(), backend)?;
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
    let written = read_all(temp, to)?;
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

/// `.NAME.saslkit-PID.tmp` beside `target`: the same folder, so the final rename is atomic.
pub fn temp_path(target: &Path) -> PathBuf {
    let name = target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    target.with_file_name(format!(".{name}.saslkit-{}.tmp", std::process::id()))
}

fn lock_path(path: &Path) -> PathBuf {
    let mut lock = path.as_os_str().to_owned();
    lock.push("-lock");
    lock.into()
}

fn remove_with_lock(path: &Path) {
    let _ = std::fs::remove_file(path);
    let _ = std::fs::remove_file(lock_path(path));
}
