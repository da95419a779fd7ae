//! Writes a new LMDB file (LMDB 0.9 data format 1, 64-bit, 4096-byte pages) from records given
//! in key order: the file liblmdb makes of one transaction of appends, built page by page and
//! written front to back in large writes. liblmdb's `put` searches the tree, copies and tracks
//! dirty pages for every record; here a record costs one copy.
//!
//! Layout: two meta pages (the first as a new environment has it, the second naming the tree),
//! the leaf pages in key order with a large value's overflow pages just before the leaf that
//! points to them, then the branch levels bottom up, the root last. Every branch page has at
//! least two children (liblmdb asserts it). The free-page database is empty: nothing was freed.
//! [`crate::lmdb_verify`] reads these files as it reads liblmdb's.

use std::io::{BufWriter, Write};
use std::ops::Range;
use std::os::unix::fs::FileExt;

use crate::lmdb_verify::{
    DATA_VERSION, F_BIGDATA, MAGIC, MDB_INTEGERKEY, NODE_HEADER, PAGE_HEADER, P_BRANCH, P_INVALID, P_LEAF,
    P_META, P_OVERFLOW,
};

/// The page size liblmdb picks on x86-64 and most other systems (it uses the OS page size for a
/// new file; readers take it from the meta page, whatever their own).
pub const PAGE: usize = 4096;
/// liblmdb's `me_nodemax` for 4096-byte pages: a leaf node (header, key, value) larger than this
/// has its value on overflow pages.
const NODE_MAX: usize = (((PAGE - PAGE_HEADER) / 2) & !1) - 2;
/// The longest key liblmdb stores (`mdb_env_get_maxkeysize`).
pub const MAX_KEY: usize = 511;
/// Postfix's default `lmdb_map_size`: the smallest map size a new file names.
const MIN_MAP_SIZE: u64 = 16 << 20;
/// The environment flags liblmdb records in the first meta page of a file opened with
/// MDB_NOSUBDIR, as Postfix and Cyrus open theirs.
const ENV_NOSUBDIR: u16 = 0x4000;

/// A new LMDB file being written; [`Builder::finish`] makes it valid.
pub struct Builder {
    out: BufWriter<std::fs::File>,
    next_pgno: u64,
    leaf: Page,
    /// The finished leaf pages: each one's first key and its number.
    leaves: Vec<(Vec<u8>, u64)>,
    last_key: Vec<u8>,
    main: DbStats,
}

#[derive(Debug, Clone, Copy, Default)]
struct DbStats {
    depth: u16,
    branch_pages: u64,
    leaf_pages: u64,
    overflow_pages: u64,
    entries: u64,
    root: u64,
}

impl Builder {
    /// Starts a file in `file`, which must be new and empty.
    pub fn new(file: std::fs::File) -> std::io::Result<Builder> {
        let mut out = BufWriter::with_capacity(1 << 20, file);
        // The meta pages are written last, over these, once the tree is known.
        out.write_all(&[0u8; 2 * PAGE])?;
        Ok(Builder {
            out,
            next_pgno: 2,
            leaf: Page::new(),
            leaves: Vec::new(),
            last_key: Vec::new(),
            main: DbStats::default(),
        })
    }

    /// Adds a record; keys must come in strictly increasing byte order.
    pub fn append(&mut self, key: &[u8], value: &[u8]) -> std::io::Result<()> {
        if key.is_empty() || key.len() > MAX_KEY {
            return Err(invalid(format!("an LMDB key is 1 to {MAX_KEY} bytes, not {}", key.len())));
        }
        if self.main.entries > 0 && key <= self.last_key.as_slice() {
            return Err(invalid("records must come in increasing key order".into()));
        }
        let size = u32::try_from(value.len()).map_err(|_| invalid("an LMDB value is under 4 GiB".into()))?;
        let big = NODE_HEADER + key.len() + value.len() > NODE_MAX;
        let stored = if big { 8 } else { value.len() };
        if !self.leaf.fits(NODE_HEADER + key.len() + stored) {
            self.finish_leaf()?;
        }
        let mut header = [0u8; NODE_HEADER];
        header[..4].copy_from_slice(&size.to_le_bytes());
        header[4..6].copy_from_slice(&(if big { F_BIGDATA } else { 0 }).to_le_bytes());
        header[6..8].copy_from_slice(&(key.len() as u16).to_le_bytes());
        if big {
            let first = self.write_overflow(value)?;
            self.leaf.add(&header, key, &first.to_le_bytes());
        } else {
            self.leaf.add(&header, key, value);
        }
        if self.leaf.count == 1 {
            self.leaf.first_key.extend_from_slice(key);
        }
        self.last_key.clear();
        self.last_key.extend_from_slice(key);
        self.main.entries += 1;
        Ok(())
    }

    /// Writes the branch levels and the meta pages; returns the file, complete but not synced.
    pub fn finish(mut self) -> std::io::Result<std::fs::File> {
        if self.leaf.count > 0 {
            self.finish_leaf()?;
        }
        self.main.root = P_INVALID;
        let mut level = std::mem::take(&mut self.leaves);
        if !level.is_empty() {
            self.main.depth = 1;
            while level.len() > 1 {
                level = self.write_branch_level(&level)?;
                self.main.depth += 1;
            }
            self.main.root = level[0].1;
        }
        let file = self.out.into_inner().map_err(|err| err.into_error())?;
        let last_pg = self.next_pgno - 1;
        let empty = DbStats { root: P_INVALID, ..DbStats::default() };
        file.write_all_at(&meta(0, 0, 1, &empty, map_size(last_pg)), 0)?;
        file.write_all_at(&meta(1, 1, last_pg, &self.main, map_size(last_pg)), PAGE as u64)?;
        Ok(file)
    }

    fn take_pgno(&mut self, pages: u64) -> u64 {
        let pgno = self.next_pgno;
        self.next_pgno += pages;
        pgno
    }

    fn finish_leaf(&mut self) -> std::io::Result<()> {
        let pgno = self.take_pgno(1);
        self.out.write_all(self.leaf.seal(pgno, P_LEAF))?;
        self.leaves.push((std::mem::take(&mut self.leaf.first_key), pgno));
        self.leaf.clear();
        self.main.leaf_pages += 1;
        Ok(())
    }

    /// Writes `value` on pages of its own; returns the first one's number.
    fn write_overflow(&mut self, value: &[u8]) -> std::io::Result<u64> {
        let pages = (PAGE_HEADER - 1 + value.len()) / PAGE + 1;
        let pgno = self.take_pgno(pages as u64);
        let mut header = [0u8; PAGE_HEADER];
        header[..8].copy_from_slice(&pgno.to_le_bytes());
        header[10..12].copy_from_slice(&P_OVERFLOW.to_le_bytes());
        header[12..16].copy_from_slice(&(pages as u32).to_le_bytes());
        self.out.write_all(&header)?;
        self.out.write_all(value)?;
        // Less than a page: the rest of the last page.
        let padding = pages * PAGE - PAGE_HEADER - value.len();
        self.out.write_all(&[0u8; PAGE][..padding])?;
        self.main.overflow_pages += pages as u64;
        Ok(pgno)
    }

    /// Writes one branch level over `children`; returns its pages as the next level's children.
    fn write_branch_level(&mut self, children: &[(Vec<u8>, u64)]) -> std::io::Result<Vec<(Vec<u8>, u64)>> {
        let mut parents = Vec::new();
        let mut page = Page::new();
        for range in branch_pages(children) {
            for (i, (key, child)) in children[range.clone()].iter().enumerate() {
                // A branch page's first key is never compared: liblmdb stores it empty.
                let key: &[u8] = if i == 0 { &[] } else { key };
                let mut header = [0u8; NODE_HEADER];
                header[..6].copy_from_slice(&child.to_le_bytes()[..6]);
                header[6..8].copy_from_slice(&(key.len() as u16).to_le_bytes());
                page.add(&header, key, &[]);
            }
            let pgno = self.take_pgno(1);
            self.out.write_all(page.seal(pgno, P_BRANCH))?;
            page.clear();
            parents.push((children[range.start].0.clone(), pgno));
            self.main.branch_pages += 1;
        }
        Ok(parents)
    }
}

/// How a level's children are cut into branch pages: each page filled, but never one child
/// alone on the last page (it takes one from the page before, which keeps at least six: a
/// page holds at least seven of the longest keys).
fn branch_pages(children: &[(Vec<u8>, u64)]) -> Vec<Range<usize>> {
    let mut pages = Vec::new();
    let (mut start, mut used) = (0, 0);
    for (i, (key, _)) in children.iter().enumerate() {
        let key_len = if i == start { 0 } else { key.len() };
        let size = even(NODE_HEADER + key_len) + 2;
        if used + size > PAGE - PAGE_HEADER {
            pages.push(start..i);
            start = i;
            used = even(NODE_HEADER) + 2;
        } else {
            used += size;
        }
    }
    pages.push(start..children.len());
    let n = pages.len();
    if n > 1 && pages[n - 1].len() == 1 {
        pages[n - 2].end -= 1;
        pages[n - 1].start -= 1;
    }
    pages
}

fn even(n: usize) -> usize {
    (n + 1) & !1
}

/// One page being filled: node offsets from the header down, nodes from the end up.
struct Page {
    bytes: Vec<u8>,
    count: usize,
    upper: usize,
    first_key: Vec<u8>,
}

impl Page {
    fn new() -> Page {
        Page { bytes: vec![0; PAGE], count: 0, upper: PAGE, first_key: Vec::new() }
    }

    fn lower(&self) -> usize {
        PAGE_HEADER + 2 * self.count
    }

    fn fits(&self, node: usize) -> bool {
        even(node) + 2 <= self.upper - self.lower()
    }

    fn add(&mut self, header: &[u8; NODE_HEADER], key: &[u8], data: &[u8]) {
        let size = even(NODE_HEADER + key.len() + data.len());
        self.upper -= size;
        let mut at = self.upper;
        for part in [&header[..], key, data] {
            self.bytes[at..at + part.len()].copy_from_slice(part);
            at += part.len();
        }
        // The byte that makes a node's size even.
        self.bytes[at..self.upper + size].fill(0);
        let slot = self.lower();
        self.bytes[slot..slot + 2].copy_from_slice(&(self.upper as u16).to_le_bytes());
        self.count += 1;
    }

    /// The page with its header, the unused middle zeroed.
    fn seal(&mut self, pgno: u64, flags: u16) -> &[u8] {
        let (lower, upper) = (self.lower(), self.upper);
        self.bytes[..8].copy_from_slice(&pgno.to_le_bytes());
        self.bytes[8..10].fill(0);
        self.bytes[10..12].copy_from_slice(&flags.to_le_bytes());
        self.bytes[12..14].copy_from_slice(&(lower as u16).to_le_bytes());
        self.bytes[14..16].copy_from_slice(&(upper as u16).to_le_bytes());
        self.bytes[lower..upper].fill(0);
        &self.bytes
    }

    fn clear(&mut self) {
        self.count = 0;
        self.upper = PAGE;
        self.first_key.clear();
    }
}

/// A map size a reader can open the file with: Postfix's default, or the file rounded up to
/// whole MiB.
fn map_size(last_pg: u64) -> u64 {
    let bytes = (last_pg + 1) * PAGE as u64;
    bytes.next_multiple_of(1 << 20).max(MIN_MAP_SIZE)
}

/// A meta page: page `pgno` (0 or 1) of transaction `txnid`, the empty free-page database and
/// `main`.
fn meta(pgno: u64, txnid: u64, last_pg: u64, main: &DbStats, map_size: u64) -> Vec<u8> {
    let mut page = vec![0u8; PAGE];
    let mut put = |at: usize, bytes: &[u8]| page[at..at + bytes.len()].copy_from_slice(bytes);
    put(0, &pgno.to_le_bytes());
    put(10, &P_META.to_le_bytes());
    put(16, &MAGIC.to_le_bytes());
    put(20, &DATA_VERSION.to_le_bytes());
    put(32, &map_size.to_le_bytes());
    // The free-page database; its padding holds the page size, its flags the environment's.
    put(40, &(PAGE as u32).to_le_bytes());
    put(44, &(MDB_INTEGERKEY | ENV_NOSUBDIR).to_le_bytes());
    put(80, &P_INVALID.to_le_bytes());
    put(94, &main.depth.to_le_bytes());
    put(96, &main.branch_pages.to_le_bytes());
    put(104, &main.leaf_pages.to_le_bytes());
    put(112, &main.overflow_pages.to_le_bytes());
    put(120, &main.entries.to_le_bytes());
    put(128, &main.root.to_le_bytes());
    put(136, &last_pg.to_le_bytes());
    put(144, &txnid.to_le_bytes());
    page
}

fn invalid(message: String) -> std::io::Error {
    std::io::Error::new(std::io::ErrorKind::InvalidInput, message)
}

#[cfg(test)]
mod tests {
    use super::*;
    use lmdb::{Cursor, Environment, EnvironmentFlags, Transaction};

    fn build(records: &[(Vec<u8>, Vec<u8>)]) -> tempfile::NamedTempFile {
        let file = tempfile::NamedTempFile::new().unwrap();
        let mut builder = Builder::new(file.reopen().unwrap()).unwrap();
        for (key, value) in records {
            builder.append(key, value).unwrap();
        }
        builder.finish().unwrap();
        file
    }

    /// What liblmdb reads back, every record by a cursor and each by a lookup.
    fn read_back(path: &std::path::Path, records: &[(Vec<u8>, Vec<u8>)]) -> Vec<(Vec<u8>, Vec<u8>)> {
        let flags = EnvironmentFlags::NO_SUB_DIR | EnvironmentFlags::NO_LOCK | EnvironmentFlags::READ_ONLY;
        let env = Environment::new().set_flags(flags).open(path).unwrap();
        let db = env.open_db(None).unwrap();
        let txn = env.begin_ro_txn().unwrap();
        for (key, value) in records {
            assert_eq!(txn.get(db, key).unwrap(), value.as_slice());
        }
        let mut cursor = txn.open_ro_cursor(db).unwrap();
        cursor.iter_start().map(|item| item.unwrap()).map(|(k, v)| (k.to_vec(), v.to_vec())).collect()
    }

    fn check(records: Vec<(Vec<u8>, Vec<u8>)>) {
        let file = build(&records);
        assert_eq!(crate::lmdb_verify::verify(file.path()).unwrap(), Ok(()));
        assert_eq!(read_back(file.path(), &records), records);
        for (key, value) in &records {
            assert_eq!(crate::lmdb_verify::lookup(file.path(), key).unwrap(), Ok(Some(value.clone())));
        }
    }

    #[test]
    fn empty_file_is_valid() {
        check(Vec::new());
        let file = build(&[]);
        assert_eq!(std::fs::metadata(file.path()).unwrap().len(), 2 * PAGE as u64);
    }

    #[test]
    fn deep_trees_long_keys_and_overflow_values() {
        // 510-byte keys make seven children per branch page: 3,000 of them need three levels.
        let records: Vec<_> = (0..3000u32)
            .map(|n| {
                let key = format!("{n:08}{}", "k".repeat(502)).into_bytes();
                let value =
                    if n % 97 == 0 { vec![b'v'; 5000 + n as usize] } else { n.to_le_bytes().to_vec() };
                (key, value)
            })
            .collect();
        check(records);
    }

    #[test]
    fn branch_levels_never_leave_one_child_alone() {
        for children in 2..400 {
            let level: Vec<_> = (0..children).map(|n| (vec![b'k'; 400], n as u64)).collect();
            let pages = branch_pages(&level);
            assert!(pages.iter().all(|p| p.len() >= 2), "{children}: {pages:?}");
            assert_eq!(pages.iter().map(|p| p.len()).sum::<usize>(), children);
        }
    }

    #[test]
    fn refuses_what_liblmdb_would_not_store() {
        let file = tempfile::NamedTempFile::new().unwrap();
        let mut builder = Builder::new(file.reopen().unwrap()).unwrap();
        assert!(builder.append(b"", b"v").is_err());
        assert!(builder.append(&[b'k'; MAX_KEY + 1], b"v").is_err());
        builder.append(b"b", b"v").unwrap();
        assert!(builder.append(b"a", b"v").is_err(), "out of order");
        assert!(builder.append(b"b", b"v").is_err(), "a duplicate");
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]
        #[test]
        fn any_sorted_records_read_back(
            records in proptest::collection::btree_map(
                proptest::collection::vec(proptest::prelude::any::<u8>(), 1..MAX_KEY),
                proptest::collection::vec(proptest::prelude::any::<u8>(), 0..6000),
                0..120,
            )
        ) {
            check(records.into_iter().collect());
        }
    }
}
