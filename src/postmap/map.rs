//! Building and reading a map of any type: the source parsed into sorted runs on every core,
//! merged once while the format writes (`format/`), the new file built aside and renamed into
//! place, so readers see the old map or the new one; and Postfix's lookup rule over any reader.

use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

use crate::fs_safe::{Aside, Attributes};
use crate::postmap::error::{io_error, MapError, MapResult};
use crate::postmap::format::{describe, format_of, MapRead};
use crate::postmap::parse::Warning;
use crate::postmap::runs::{DuplicatePolicy, SortedRuns};
use crate::postmap::MapName;
use crate::sasldb::format;
use crate::sasldb::store::Visit;

/// Writes one entry per key to the map file (`FILE.lmdb`, `FILE.db`, `FILE.cdb`) through a
/// temporary file in a private folder beside it, and returns how many records it wrote, the
/// duplicate warnings and how long writing and committing took. The new map gets mode
/// `0600 | (source & 0044)` and, when run as root, the source's owner.
pub fn write_map(
    name: &MapName,
    runs: &SortedRuns,
    policy: DuplicatePolicy,
    source: &std::fs::Metadata,
) -> MapResult<(usize, Vec<Warning>, WriteTimes)> {
    let started = std::time::Instant::now();
    let target = name.path();
    refuse_foreign_target(name, &target)?;
    let aside = Aside::new(&target)?;
    let (records, duplicates) = format_of(name.kind).build(aside.path(), runs, policy)?;
    let written = std::time::Instant::now();
    aside.commit(Some(map_attributes(source)))?;
    let times = WriteTimes { write: written - started, commit: written.elapsed() };
    Ok((records, duplicates, times))
}

/// How long [`write_map`] took to write the new file and to commit it.
#[derive(Debug, Default, Clone, Copy)]
pub struct WriteTimes {
    pub write: std::time::Duration,
    pub commit: std::time::Duration,
}

/// Postfix's rule for a new map: mode `0600 | (source & 0044)`; as root, the source's owner.
fn map_attributes(source: &std::fs::Metadata) -> Attributes {
    let mode = 0o600 | (source.mode() & 0o044);
    // SAFETY: geteuid and getegid have no preconditions.
    let (euid, egid) = unsafe { (libc::geteuid(), libc::getegid()) };
    if euid == 0 {
        Attributes { uid: source.uid(), gid: source.gid(), mode }
    } else {
        Attributes { uid: euid, gid: egid, mode }
    }
}

fn refuse_foreign_target(name: &MapName, target: &Path) -> MapResult<()> {
    let found = format::detect(target).map_err(|err| io_error(target, err))?;
    if format_of(name.kind).replaces(found) {
        return Ok(());
    }
    Err(MapError::WrongType { path: target.to_path_buf(), what: describe(found), kind: name.kind.name() })
}

/// A map opened for reading, of whatever type its name says, with Postfix's lookup rule.
pub struct MapReader {
    inner: Box<dyn MapRead>,
}

impl MapReader {
    pub fn open(name: &MapName) -> MapResult<MapReader> {
        let path = name.path();
        match format_of(name.kind).open(&path) {
            Err(MapError::Missing(_)) => Err(missing(name, path)),
            other => Ok(MapReader { inner: other? }),
        }
    }

    /// Postfix's lookup: `key NUL` first, then `key`; the value without its trailing NUL.
    pub fn get(&self, folded_key: &[u8]) -> MapResult<Option<Vec<u8>>> {
        if folded_key.is_empty() {
            return Ok(None);
        }
        let mut with_nul = folded_key.to_vec();
        with_nul.push(0);
        for key in [with_nul.as_slice(), folded_key] {
            if let Some(value) = self.inner.get(key)? {
                return Ok(Some(value.strip_suffix(b"\0").unwrap_or(&value).to_vec()));
            }
        }
        Ok(None)
    }

    /// Every record as stored (NULs included).
    pub fn scan(&self, visit: &mut Visit<'_>) -> MapResult<()> {
        self.inner.scan(visit)
    }

    /// Every key as text, without the trailing NUL some writers store.
    pub fn keys(&self) -> MapResult<Vec<String>> {
        let mut keys = Vec::new();
        self.scan(&mut |key, _| {
            keys.push(String::from_utf8_lossy(key.strip_suffix(b"\0").unwrap_or(key)).into_owned());
            std::ops::ControlFlow::Continue(())
        })?;
        Ok(keys)
    }
}

/// A map list as Postfix searches it: the first map that has the key answers.
pub fn get_in_list(readers: &[MapReader], folded_key: &[u8]) -> MapResult<Option<Vec<u8>>> {
    for reader in readers {
        if let Some(value) = reader.get(folded_key)? {
            return Ok(Some(value));
        }
    }
    Ok(None)
}

/// A missing map file; names a map of another type found in its place.
fn missing(name: &MapName, path: PathBuf) -> MapError {
    for other in crate::postmap::MapType::ALL.into_iter().filter(|k| *k != name.kind) {
        let candidate = name.with_kind(other).path();
        if candidate.exists() {
            return MapError::OtherTypeThere {
                path,
                found: candidate,
                other: other.name(),
                source_file: name.source.clone(),
            };
        }
    }
    MapError::Missing(path)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::postmap::parse::Entry;
    use crate::postmap::runs::{DuplicatePolicy, SortedRuns};
    use std::os::unix::fs::PermissionsExt;

    fn entry<'a>(line: usize, key: &'a str, value: &'a str) -> Entry<'a> {
        Entry::new(line, key.as_bytes(), value.as_bytes())
    }

    #[test]
    fn write_then_read_round_trip_for_every_type() {
        for kind in crate::postmap::MapType::ALL {
            round_trip(kind);
        }
    }

    fn round_trip(kind: crate::postmap::MapType) {
        let dir = tempfile::tempdir().unwrap();
        let source = dir.path().join("sp");
        std::fs::write(&source, "x").unwrap();
        std::fs::set_permissions(&source, std::fs::Permissions::from_mode(0o640)).unwrap();
        let name = MapName { kind, source: source.clone() };
        let big = "v".repeat(5000);
        let entries = vec![entry(1, "a", "u:p"), entry(2, "b", "v"), entry(3, "c", &big)];
        let runs = SortedRuns::from_entries(entries, crate::postmap::format::order_of(kind));
        write_map(&name, &runs, DuplicatePolicy::default(), &std::fs::metadata(&source).unwrap()).unwrap();
        let mode = std::fs::metadata(name.path()).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o640, "{kind:?}");
        assert!(!dir.path().join("sp.lmdb-lock").exists());
        let reader = MapReader::open(&name).unwrap();
        assert_eq!(reader.get(b"a").unwrap(), Some(b"u:p".to_vec()), "{kind:?}");
        assert_eq!(reader.get(b"c").unwrap(), Some(big.as_bytes().to_vec()), "{kind:?}");
        assert_eq!(reader.get(b"d").unwrap(), None);
        assert_eq!(reader.get(b"").unwrap(), None);
        assert_eq!(reader.keys().unwrap(), ["a", "b", "c"], "{kind:?}");
        let leftovers: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .filter_map(|e| e.ok())
            .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
            .collect();
        assert!(leftovers.is_empty());
    }
}
