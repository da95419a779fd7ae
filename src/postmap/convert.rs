//! `map convert`: the records of one map written as another type (e.g. `hash:` → `lmdb:` when a
//! distribution upgrade drops Berkeley DB), then read back and compared, record by record.

use crate::postmap::error::{io_error, MapError, MapResult};
use crate::postmap::map::{write_map, MapReader};
use crate::postmap::parse::Entry;
use crate::postmap::runs::{DuplicatePolicy, SortedRuns};
use crate::postmap::{MapName, MapType};

/// Converts `from` into a map of type `to` beside it (same source name); returns how many
/// records were written and verified. The new file gets the old map file's mode and owner rule.
pub fn convert(from: &MapName, to: MapType) -> MapResult<usize> {
    let reader = MapReader::open(from)?;
    let mut records: Vec<(Vec<u8>, Vec<u8>)> = Vec::new();
    reader.scan(&mut |key, value| {
        // Records are stored with or without a trailing NUL; each type adds its own convention.
        records.push((strip_nul(key).to_vec(), strip_nul(value).to_vec()));
        std::ops::ControlFlow::Continue(())
    })?;
    let entries = records.iter().enumerate().map(|(i, (k, v))| Entry::new(i + 1, k, v)).collect();
    let runs = SortedRuns::from_entries(entries, crate::postmap::format::order_of(to));
    let target = from.with_kind(to);
    let metadata = std::fs::metadata(from.path()).map_err(|err| io_error(&from.path(), err))?;
    let (written, _, _) =
        write_map(&target, &runs, DuplicatePolicy { last_wins: false, quiet: true }, &metadata)?;
    verify(&target, &records)?;
    Ok(written)
}

fn strip_nul(bytes: &[u8]) -> &[u8] {
    bytes.strip_suffix(b"\0").unwrap_or(bytes)
}

/// Every record of the source answers with the same value from the new map, and the new map has
/// no record more.
fn verify(target: &MapName, records: &[(Vec<u8>, Vec<u8>)]) -> MapResult<()> {
    let reader = MapReader::open(target)?;
    for (key, value) in records {
        if reader.get(key)?.as_deref() != Some(value.as_slice()) {
            return Err(MapError::BadInput(format!(
                "{}: the converted map does not answer {:?} as the original does",
                target.path().display(),
                String::from_utf8_lossy(key)
            )));
        }
    }
    let count = reader.keys()?.len();
    let mut unique: Vec<&Vec<u8>> = records.iter().map(|(k, _)| k).collect();
    unique.sort();
    unique.dedup();
    if count != unique.len() {
        return Err(MapError::BadInput(format!(
            "{}: {count} records, the original has {}",
            target.path().display(),
            unique.len()
        )));
    }
    Ok(())
}
