//! The `lmdb:` map file as Postfix reads it: `FILE.lmdb`, one LMDB file opened with
//! `MDB_NOSUBDIR | MDB_NOLOCK` (no lock file), unnamed main database, keys and values with one
//! trailing NUL. Built aside and renamed into place, so readers see the old map or the new one.

use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};

use lmdb::{
    Cursor, Database, DatabaseFlags, Environment, EnvironmentFlags, Transaction, WriteFlags,
};

use crate::postmap::error::{io_error, MapError, MapResult};
use crate::postmap::parse::{Entry, Warning};
use crate::postmap::MapName;
use crate::sasldb::format::{self, FileFormat};
use crate::sasldb::store::Visit;

/// LMDB's 511-byte key limit includes the trailing NUL.
pub const MAX_KEY_LEN: usize = 510;

#[derive(Debug, Clone, Copy, Default)]
pub struct DuplicatePolicy {
    /// postmap `-r`: the last occurrence wins.
    pub last_wins: bool,
    /// postmap `-w`: no warning for duplicates.
    pub quiet: bool,
}

/// Sorts the entries by key and keeps one per key (the first, or the last), warning about the
/// others with both line numbers. Refuses keys LMDB cannot store.
pub fn prepare(
    mut entries: Vec<Entry>,
    policy: DuplicatePolicy,
    file: &str,
) -> MapResult<(Vec<Entry>, Vec<Warning>)> {
    if let Some(long) = entries.iter().find(|e| e.key.len() > MAX_KEY_LEN) {
        return Err(MapError::BadInput(format!(
            "{file}, line {}: the key is {} bytes; an lmdb: map key is at most {MAX_KEY_LEN} bytes",
            long.line,
            long.key.len()
        )));
    }
    entries.sort_by(|a, b| a.key.cmp(&b.key)); // stable: source order within one key
    let mut kept: Vec<Entry> = Vec::with_capacity(entries.len());
    let mut warnings = Vec::new();
    for entry in entries {
        match kept.last_mut() {
            Some(last) if last.key == entry.key => {
                let (winner, loser) = if policy.last_wins {
                    (&entry, &*last)
                } else {
                    (&*last, &entry)
                };
                if !policy.quiet && !policy.last_wins {
                    warnings.push(Warning {
                        line: loser.line,
                        message: format!(
                            "duplicate entry: \"{}\" (the entry on line {} wins)",
                            String::from_utf8_lossy(&loser.key),
                            winner.line
                        ),
                    });
                }
                if policy.last_wins {
                    *last = entry;
                }
            }
            _ => kept.push(entry),
        }
    }
    warnings.sort_by_key(|w| w.line);
    Ok((kept, warnings))
}

/// Writes `records` (sorted, unique) to `FILE.lmdb` through a temporary file in the same folder.
/// The new map gets mode `0600 | (source & 0044)` and, when run as root, the source's owner.
pub fn write_map(name: &MapName, records: &[Entry], source: &std::fs::Metadata) -> MapResult<()> {
    let target = name.lmdb_path();
    refuse_foreign_target(&target)?;
    let temp = temp_path(&target);
    let _ = std::fs::remove_file(&temp);
    let result = build(&temp, records).and_then(|()| finish(&temp, &target, source));
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    result
}

fn refuse_foreign_target(target: &Path) -> MapResult<()> {
    match format::detect(target).map_err(|err| io_error(target, err))? {
        FileFormat::Missing | FileFormat::Empty | FileFormat::Lmdb => Ok(()),
        found => Err(MapError::NotLmdb {
            path: target.to_path_buf(),
            what: describe(found),
        }),
    }
}

fn describe(found: FileFormat) -> String {
    match found {
        FileFormat::BerkeleyDb(kind) => {
            format!("a Berkeley DB {kind} file (a hash: or btree: map?)")
        }
        other => format!("a {} file", other.describe()),
    }
}

fn temp_path(target: &Path) -> PathBuf {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    target.with_file_name(format!(".{name}.saslkit-{}.tmp", std::process::id()))
}

fn build(temp: &Path, records: &[Entry]) -> MapResult<()> {
    let lmdb_error = |source| MapError::Lmdb {
        path: temp.to_path_buf(),
        source,
    };
    let env = Environment::new()
        .set_flags(EnvironmentFlags::NO_SUB_DIR | EnvironmentFlags::NO_LOCK)
        .set_map_size(map_size_for(records))
        .open_with_permissions(temp, 0o600)
        .map_err(|err| open_error(temp, err))?;
    let db = env
        .create_db(None, DatabaseFlags::empty())
        .map_err(lmdb_error)?;
    let mut txn = env.begin_rw_txn().map_err(lmdb_error)?;
    let mut key = Vec::new();
    let mut value = Vec::new();
    for record in records {
        with_nul(&mut key, &record.key);
        with_nul(&mut value, &record.value);
        txn.put(db, &key, &value, WriteFlags::APPEND)
            .map_err(lmdb_error)?;
    }
    txn.commit().map_err(lmdb_error)
}

fn with_nul(buf: &mut Vec<u8>, bytes: &[u8]) {
    buf.clear();
    buf.extend_from_slice(bytes);
    buf.push(0);
}

fn open_error(path: &Path, err: lmdb::Error) -> MapError {
    match err {
        lmdb::Error::Other(code) => io_error(path, std::io::Error::from_raw_os_error(code)),
        source => MapError::Lmdb {
            path: path.to_path_buf(),
            source,
        },
    }
}

/// A map size no build can outgrow: every node on a full page, overflow pages for big values,
/// then doubled. Only address space; the file holds what is written.
fn map_size_for(records: &[Entry]) -> usize {
    const PAGE: usize = 4096;
    let bytes: usize = records
        .iter()
        .map(|r| {
            let node = 8 + r.key.len() + 1 + r.value.len() + 1 + 2;
            if node > 2000 {
                (r.value.len() / PAGE + 2) * PAGE
            } else {
                node
            }
        })
        .sum();
    (bytes * 2 + 64 * PAGE).next_multiple_of(1 << 20)
}

fn finish(temp: &Path, target: &Path, source: &std::fs::Metadata) -> MapResult<()> {
    let file = std::fs::File::open(temp).map_err(|err| io_error(temp, err))?;
    file.sync_all().map_err(|err| io_error(temp, err))?;
    let mode = 0o600 | (source.mode() & 0o044);
    std::fs::set_permissions(temp, std::fs::Permissions::from_mode(mode))
        .map_err(|err| io_error(temp, err))?;
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } == 0 {
        std::os::unix::fs::chown(temp, Some(source.uid()), Some(source.gid()))
            .map_err(|err| io_error(temp, err))?;
    }
    std::fs::rename(temp, target).map_err(|err| io_error(target, err))?;
    if let Some(dir) = target.parent().filter(|d| !d.as_os_str().is_empty()) {
        let _ = std::fs::File::open(dir).and_then(|d| d.sync_all());
    }
    Ok(())
}

/// An `lmdb:` map opened for reading, as Postfix opens it (read-only, no lock file).
pub struct MapReader {
    env: Environment,
    db: Database,
    path: PathBuf,
}

impl MapReader {
    pub fn open(name: &MapName) -> MapResult<MapReader> {
        let path = name.lmdb_path();
        match format::detect(&path).map_err(|err| io_error(&path, err))? {
            FileFormat::Lmdb => {}
            FileFormat::Missing => return Err(missing(name, path)),
            found => {
                return Err(MapError::NotLmdb {
                    path,
                    what: describe(found),
                })
            }
        }
        let env = Environment::new()
            .set_flags(
                EnvironmentFlags::NO_SUB_DIR
                    | EnvironmentFlags::NO_LOCK
                    | EnvironmentFlags::READ_ONLY,
            )
            .open(&path)
            .map_err(|err| open_error(&path, err))?;
        let db = env.open_db(None).map_err(|source| MapError::Lmdb {
            path: path.clone(),
            source,
        })?;
        Ok(MapReader { env, db, path })
    }

    /// Postfix's lookup: `key NUL` first, then `key`; the value without its trailing NUL.
    pub fn get(&self, folded_key: &[u8]) -> MapResult<Option<Vec<u8>>> {
        if folded_key.is_empty() {
            return Ok(None);
        }
        let txn = self.env.begin_ro_txn().map_err(|e| self.error(e))?;
        let mut with_nul = folded_key.to_vec();
        with_nul.push(0);
        for key in [with_nul.as_slice(), folded_key] {
            match txn.get(self.db, &key) {
                Ok(value) => return Ok(Some(value.strip_suffix(b"\0").unwrap_or(value).to_vec())),
                Err(lmdb::Error::NotFound) => continue,
                Err(err) => return Err(self.error(err)),
            }
        }
        Ok(None)
    }

    /// Every record as stored (NULs included), in key order.
    pub fn scan(&self, visit: &mut Visit<'_>) -> MapResult<()> {
        let txn = self.env.begin_ro_txn().map_err(|e| self.error(e))?;
        let mut cursor = txn.open_ro_cursor(self.db).map_err(|e| self.error(e))?;
        for item in cursor.iter_start() {
            let (key, value) = item.map_err(|e| self.error(e))?;
            if visit(key, value).is_break() {
                break;
            }
        }
        Ok(())
    }

    fn error(&self, source: lmdb::Error) -> MapError {
        MapError::Lmdb {
            path: self.path.clone(),
            source,
        }
    }
}

/// A missing `FILE.lmdb`; names a `hash:` or `cdb:` map found in its place.
fn missing(name: &MapName, path: PathBuf) -> MapError {
    for (ext, kind) in [("db", "hash:"), ("cdb", "cdb:")] {
        let mut other = name.source.clone().into_os_string();
        other.push(format!(".{ext}"));
        if Path::new(&other).exists() {
            return MapError::NotLmdb {
                path,
                what: format!(
                    "missing; {} exists, a {kind} map that saslkit does not read",
                    Path::new(&other).display()
                ),
            };
        }
    }
    MapError::Missing(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(line: usize, key: &str, value: &str) -> Entry {
        Entry {
            line,
            key: key.into(),
            value: value.into(),
        }
    }

    #[test]
    fn first_wins_by_default_and_last_with_r() {
        let entries = vec![entry(1, "b", "1"), entry(2, "a", "2"), entry(3, "b", "3")];
        let (kept, warnings) = prepare(entries.clone(), DuplicatePolicy::default(), "sp").unwrap();
        assert_eq!(
            kept.iter().map(|e| e.value.as_slice()).collect::<Vec<_>>(),
            [&b"2"[..], b"1"]
        );
        assert_eq!(
            warnings,
            [Warning {
                line: 3,
                message: "duplicate entry: \"b\" (the entry on line 1 wins)".into()
            }]
        );
        let (kept, warnings) = prepare(
            entries,
            DuplicatePolicy {
                last_wins: true,
                quiet: false,
            },
            "sp",
        )
        .unwrap();
        assert_eq!(kept[1].value, b"3");
        assert!(warnings.is_empty());
    }

    #[test]
    fn refuses_long_keys() {
        let long = "k".repeat(511);
        assert!(
            prepare(vec![entry(7, &long, "v")], DuplicatePolicy::default(), "sp")
                .unwrap_err()
                .to_string()
                .contains("line 7")
        );
        assert!(prepare(
            vec![entry(7, &long[..510], "v")],
            DuplicatePolicy::default(),
            "sp"
        )
        .is_ok());
    }

    #[test]
    fn write_then_read_round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let source = dir.path().join("sp");
        std::fs::write(&source, "x").unwrap();
        std::fs::set_permissions(&source, std::fs::Permissions::from_mode(0o640)).unwrap();
        let name = MapName {
            source: source.clone(),
        };
        let records = vec![entry(1, "a", "u:p"), entry(2, "b", "v")];
        write_map(&name, &records, &std::fs::metadata(&source).unwrap()).unwrap();
        let mode = std::fs::metadata(name.lmdb_path())
            .unwrap()
            .permissions()
            .mode()
            & 0o777;
        assert_eq!(mode, 0o640);
        assert!(!dir.path().join("sp.lmdb-lock").exists());
        let reader = MapReader::open(&name).unwrap();
        assert_eq!(reader.get(b"a").unwrap(), Some(b"u:p".to_vec()));
        assert_eq!(reader.get(b"c").unwrap(), None);
        assert_eq!(reader.get(b"").unwrap(), None);
        let leftovers: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .filter_map(|e| e.ok())
            .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
            .collect();
        assert!(leftovers.is_empty());
    }
}
