//! The `lmdb:` map file as Postfix reads it: `FILE.lmdb`, one LMDB file opened with
//! `MDB_NOSUBDIR | MDB_NOLOCK` (no lock file), unnamed main database, keys and values with one
//! trailing NUL. Built aside and renamed into place, so readers see the old map or the new one.

use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

use lmdb::{Cursor, Database, DatabaseFlags, Environment, EnvironmentFlags, Transaction, WriteFlags};

use crate::fs_safe::{Aside, Attributes};
use crate::postmap::error::{io_error, MapError, MapResult};
use crate::postmap::parse::{parse_from, split_at_logical_lines, Entry, ParseOptions, Parsed, Warning};
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

/// A parsed source as sorted runs (one per thread that parsed a piece of it). Merged on the fly
/// while writing, so the entries are held once, however many threads there were.
#[derive(Debug, Default)]
pub struct SortedRuns<'a> {
    runs: Vec<Vec<Entry<'a>>>,
    /// The parser's warnings, in line order.
    pub warnings: Vec<Warning>,
}

impl<'a> SortedRuns<'a> {
    /// Parses `input` on up to `threads` threads, each sorting what it parsed.
    pub fn parse(input: &'a [u8], options: ParseOptions, threads: usize) -> SortedRuns<'a> {
        let pieces = split_at_logical_lines(input, threads);
        let parsed: Vec<Parsed<'a>> = std::thread::scope(|scope| {
            let workers: Vec<_> = pieces
                .into_iter()
                .map(|(first_line, piece)| {
                    scope.spawn(move || {
                        let mut parsed = parse_from(piece, first_line, options);
                        sort(&mut parsed.entries);
                        parsed
                    })
                })
                .collect();
            // A parser thread cannot panic on any input (property-tested); if one did, fail loudly.
            workers.into_iter().map(|w| w.join().unwrap_or_else(|e| std::panic::resume_unwind(e))).collect()
        });
        let mut runs = SortedRuns::default();
        for piece in parsed {
            runs.warnings.extend(piece.warnings);
            runs.runs.push(piece.entries);
        }
        runs
    }

    pub fn from_entries(mut entries: Vec<Entry<'a>>) -> SortedRuns<'a> {
        sort(&mut entries);
        SortedRuns { runs: vec![entries], warnings: Vec::new() }
    }

    /// Every entry, duplicates included, in no particular order.
    pub fn entries(&self) -> impl Iterator<Item = &Entry<'a>> {
        self.runs.iter().flatten()
    }

    /// Refuses keys LMDB cannot store, naming the line.
    pub fn check_key_lengths(&self, file: &str) -> MapResult<()> {
        match self.entries().filter(|e| e.key().len() > MAX_KEY_LEN).min_by_key(|e| e.line) {
            Some(long) => Err(MapError::BadInput(format!(
                "{file}, line {}: the key is {} bytes; an lmdb: map key is at most {MAX_KEY_LEN} bytes",
                long.line,
                long.key().len()
            ))),
            None => Ok(()),
        }
    }

    /// Visits one entry per key, in key order: the first in the file, or the last with
    /// `last_wins`. Returns a warning for each duplicate dropped (unless `quiet` or `last_wins`).
    pub fn unique(
        &self,
        policy: DuplicatePolicy,
        visit: &mut dyn FnMut(&Entry<'a>) -> MapResult<()>,
    ) -> MapResult<Vec<Warning>> {
        let mut warnings = Vec::new();
        let mut heads = vec![0usize; self.runs.len()];
        let mut pending: Option<&Entry<'a>> = None;
        while let Some(next) = self.pop_smallest(&mut heads) {
            match pending {
                Some(kept) if kept.key() == next.key() => {
                    if policy.last_wins {
                        pending = Some(next);
                    } else if !policy.quiet {
                        let key = String::from_utf8_lossy(next.key());
                        let message =
                            format!("duplicate entry: \"{key}\" (the entry on line {} wins)", kept.line);
                        warnings.push(Warning { line: next.line, message });
                    }
                }
                Some(kept) => {
                    visit(kept)?;
                    pending = Some(next);
                }
                None => pending = Some(next),
            }
        }
        if let Some(kept) = pending {
            visit(kept)?;
        }
        warnings.sort_by_key(|w| w.line);
        Ok(warnings)
    }

    /// The smallest (key, line) among the runs' heads.
    fn pop_smallest(&self, heads: &mut [usize]) -> Option<&Entry<'a>> {
        let (run, _) = heads
            .iter()
            .enumerate()
            .filter_map(|(run, &at)| Some((run, self.runs[run].get(at)?)))
            .min_by(|(_, a), (_, b)| order(a, b))?;
        heads[run] += 1;
        self.runs[run].get(heads[run] - 1)
    }

    fn byte_size(&self) -> usize {
        self.entries().map(|e| node_size(e.key().len(), e.value().len())).sum()
    }
}

fn order(a: &Entry, b: &Entry) -> std::cmp::Ordering {
    a.key().cmp(b.key()).then(a.line.cmp(&b.line))
}

fn sort(entries: &mut [Entry]) {
    entries.sort_unstable_by(order);
}

/// Writes one entry per key to `FILE.lmdb` through a temporary file in the same folder, and
/// returns how many records it wrote and the duplicate warnings. The new map gets mode `0600 | (source & 0044)` and, when run
/// as root, the source's owner.
pub fn write_map(
    name: &MapName,
    runs: &SortedRuns,
    policy: DuplicatePolicy,
    source: &std::fs::Metadata,
) -> MapResult<(usize, Vec<Warning>)> {
    let target = name.lmdb_path();
    refuse_foreign_target(&target)?;
    let aside = Aside::new(&target)?;
    let built = build(aside.path(), runs, policy)?;
    aside.commit(Some(map_attributes(source)))?;
    Ok(built)
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

fn refuse_foreign_target(target: &Path) -> MapResult<()> {
    match format::detect(target).map_err(|err| io_error(target, err))? {
        FileFormat::Missing | FileFormat::Empty | FileFormat::Lmdb => Ok(()),
        found => Err(MapError::NotLmdb { path: target.to_path_buf(), what: describe(found) }),
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

fn build(temp: &Path, runs: &SortedRuns, policy: DuplicatePolicy) -> MapResult<(usize, Vec<Warning>)> {
    let lmdb_error = |source| MapError::Lmdb { path: temp.to_path_buf(), source };
    let env = Environment::new()
        // NO_SYNC: nothing reads the file before `finish` syncs it once and renames it into place.
        .set_flags(EnvironmentFlags::NO_SUB_DIR | EnvironmentFlags::NO_LOCK | EnvironmentFlags::NO_SYNC)
        .set_map_size(map_size_for(runs.byte_size()))
        .open_with_permissions(temp, 0o600)
        .map_err(|err| open_error(temp, err))?;
    let db = env.create_db(None, DatabaseFlags::empty()).map_err(lmdb_error)?;
    let (mut key, mut value) = (Vec::new(), Vec::new());
    let mut txn = Some(env.begin_rw_txn().map_err(lmdb_error)?);
    let mut written = 0usize;
    // The file is private until it is renamed into place, so it is committed in chunks: that
    // bounds the dirty pages LMDB keeps in memory, whatever the size of the map.
    let warnings = runs.unique(policy, &mut |record| {
        let open = match txn.as_mut() {
            Some(open) => open,
            None => txn.insert(env.begin_rw_txn().map_err(lmdb_error)?),
        };
        with_nul(&mut key, record.key());
        with_nul(&mut value, record.value());
        open.put(db, &key, &value, WriteFlags::APPEND).map_err(lmdb_error)?;
        written += 1;
        if written % COMMIT_EVERY == 0 {
            txn.take().map_or(Ok(()), |t| t.commit()).map_err(lmdb_error)?;
        }
        Ok(())
    })?;
    txn.take().map_or(Ok(()), |t| t.commit()).map_err(lmdb_error)?;
    Ok((written, warnings))
}

/// Records per write transaction while building.
const COMMIT_EVERY: usize = 10_000;

fn with_nul(buf: &mut Vec<u8>, bytes: &[u8]) {
    buf.clear();
    buf.extend_from_slice(bytes);
    buf.push(0);
}

fn open_error(path: &Path, err: lmdb::Error) -> MapError {
    match err {
        lmdb::Error::Other(code) => io_error(path, std::io::Error::from_raw_os_error(code)),
        source => MapError::Lmdb { path: path.to_path_buf(), source },
    }
}

/// The bytes one record takes on a leaf page, or the overflow pages of a big value.
fn node_size(key_len: usize, value_len: usize) -> usize {
    let node = 8 + key_len + 1 + value_len + 1 + 2;
    if node > 2000 {
        (value_len / PAGE + 2) * PAGE
    } else {
        node
    }
}

const PAGE: usize = 4096;

/// A map size no build can outgrow: the records on full pages, doubled, plus room for the
/// tree's upper levels. Only address space; the file holds what is written.
fn map_size_for(record_bytes: usize) -> usize {
    (record_bytes * 2 + 64 * PAGE).next_multiple_of(1 << 20)
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
            FileFormat::Lmdb => {
                if let Err(problem) = crate::lmdb_verify::verify(&path).map_err(|err| io_error(&path, err))? {
                    return Err(MapError::BadInput(format!(
                        "{}: damaged LMDB file: {problem}",
                        path.display()
                    )));
                }
            }
            FileFormat::Missing => return Err(missing(name, path)),
            found => return Err(MapError::NotLmdb { path, what: describe(found) }),
        }
        let env = Environment::new()
            .set_flags(EnvironmentFlags::NO_SUB_DIR | EnvironmentFlags::NO_LOCK | EnvironmentFlags::READ_ONLY)
            .open(&path)
            .map_err(|err| open_error(&path, err))?;
        let db = env.open_db(None).map_err(|source| MapError::Lmdb { path: path.clone(), source })?;
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

    /// Every key as text, without the trailing NUL some writers store.
    pub fn keys(&self) -> MapResult<Vec<String>> {
        let mut keys = Vec::new();
        self.scan(&mut |key, _| {
            keys.push(String::from_utf8_lossy(key.strip_suffix(b"\0").unwrap_or(key)).into_owned());
            std::ops::ControlFlow::Continue(())
        })?;
        Ok(keys)
    }

    fn error(&self, source: lmdb::Error) -> MapError {
        MapError::Lmdb { path: self.path.clone(), source }
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
    use std::os::unix::fs::PermissionsExt;

    fn entry<'a>(line: usize, key: &'a str, value: &'a str) -> Entry<'a> {
        Entry::new(line, key.as_bytes(), value.as_bytes())
    }

    fn unique_values(runs: &SortedRuns, policy: DuplicatePolicy) -> (Vec<Vec<u8>>, Vec<Warning>) {
        let mut kept = Vec::new();
        let warnings = runs
            .unique(policy, &mut |e| {
                kept.push(e.value().to_vec());
                Ok(())
            })
            .unwrap();
        (kept, warnings)
    }

    #[test]
    fn first_wins_by_default_and_last_with_r() {
        let runs = SortedRuns::from_entries(vec![entry(1, "b", "1"), entry(2, "a", "2"), entry(3, "b", "3")]);
        let (kept, warnings) = unique_values(&runs, DuplicatePolicy::default());
        assert_eq!(kept, [b"2".to_vec(), b"1".to_vec()]);
        let expected = "duplicate entry: \"b\" (the entry on line 1 wins)";
        assert_eq!(warnings, [Warning { line: 3, message: expected.into() }]);
        let (kept, warnings) = unique_values(&runs, DuplicatePolicy { last_wins: true, quiet: false });
        assert_eq!(kept, [b"2".to_vec(), b"3".to_vec()]);
        assert!(warnings.is_empty());
        let (_, warnings) = unique_values(&runs, DuplicatePolicy { last_wins: false, quiet: true });
        assert!(warnings.is_empty());
    }

    #[test]
    fn runs_from_threads_merge_like_one() {
        let input: String = (0..500).map(|n| format!("host{}.example v{n}:pw\n", n % 37)).collect();
        let options = ParseOptions { utf8: false, fold: true };
        let one = unique_values(&SortedRuns::parse(input.as_bytes(), options, 1), DuplicatePolicy::default());
        for threads in 2..5 {
            let many = unique_values(
                &SortedRuns::parse(input.as_bytes(), options, threads),
                DuplicatePolicy::default(),
            );
            assert_eq!(many, one, "{threads} threads");
        }
        assert_eq!(one.0.len(), 37);
        assert_eq!(one.1.len(), 500 - 37);
    }

    #[test]
    fn refuses_long_keys() {
        let long = "k".repeat(511);
        let runs = SortedRuns::from_entries(vec![entry(7, &long, "v"), entry(9, &long, "v")]);
        assert!(runs.check_key_lengths("sp").unwrap_err().to_string().contains("sp, line 7"));
        assert!(SortedRuns::from_entries(vec![entry(7, &long[..510], "v")]).check_key_lengths("sp").is_ok());
    }

    #[test]
    fn write_then_read_round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let source = dir.path().join("sp");
        std::fs::write(&source, "x").unwrap();
        std::fs::set_permissions(&source, std::fs::Permissions::from_mode(0o640)).unwrap();
        let name = MapName { source: source.clone() };
        let runs = SortedRuns::from_entries(vec![entry(1, "a", "u:p"), entry(2, "b", "v")]);
        write_map(&name, &runs, DuplicatePolicy::default(), &std::fs::metadata(&source).unwrap()).unwrap();
        let mode = std::fs::metadata(name.lmdb_path()).unwrap().permissions().mode() & 0o777;
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
