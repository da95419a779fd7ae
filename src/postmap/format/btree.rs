//! `btree:` maps: `FILE.db`, a Berkeley DB 5.3 B-tree with keys and values ending in one NUL, as
//! Debian's postmap writes them (4 KiB pages, minkey 2, byte-wise key order). Built bottom-up
//! from keys in order: leaves filled as the records stream past, then the internal levels, the
//! root on page 1 where Berkeley DB keeps it. Internal pages hold the shortest prefix that
//! separates two leaves, as Berkeley DB's default `bt_prefix` makes them.

use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};

use crate::postmap::error::{io_error, MapError, MapResult};
use crate::postmap::format::{open_if, stored, MapFormat, MapRead};
use crate::postmap::parse::Warning;
use crate::postmap::runs::{DuplicatePolicy, SortedRuns};
use crate::sasldb::bdb::page::{PAGE_HEADER as HEADER, P_OVERFLOW};
use crate::sasldb::format::FileFormat;
use crate::sasldb::store::Visit;

const PAGE: usize = 4096;
const BTREE_MAGIC: u32 = 0x0005_3162;
const P_IBTREE: u8 = 3;
const P_LBTREE: u8 = 5;
const P_BTREEMETA: u8 = 9;
const B_KEYDATA: u8 = 1;
const B_OVERFLOW: u8 = 3;
/// Berkeley DB's B_MINKEY_TO_OVFLSIZE for 4 KiB pages and minkey 2: longer items go to a chain
/// of overflow pages, so that every page holds at least two pairs.
const LONGEST_INLINE: usize = (PAGE - HEADER) / 4 - 10;
/// Meta flags for duplicates, record numbers and compression: postmap sets none of them.
const UNSUPPORTED_FLAGS: u32 = 0x01 | 0x02 | 0x04 | 0x08 | 0x40 | 0x80;

pub struct Btree;

impl MapFormat for Btree {
    fn build(
        &self,
        temp: &Path,
        runs: &SortedRuns,
        policy: DuplicatePolicy,
    ) -> MapResult<(usize, Vec<Warning>)> {
        let file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(temp)
            .map_err(|e| io_error(temp, e))?;
        let mut uid = [0u8; 20];
        getrandom::getrandom(&mut uid)
            .map_err(|err| io_error(temp, std::io::Error::other(err.to_string())))?;
        let mut writer = Writer::new(&file);
        let (mut key, mut value) = (Vec::new(), Vec::new());
        let warnings = runs.unique(policy, &mut |entry| {
            stored(entry.key(), true, &mut key);
            stored(entry.value(), true, &mut value);
            writer.push(&key, &value).map_err(|e| io_error(temp, e))
        })?;
        let count = writer.count;
        writer.finish(uid).map_err(|e| io_error(temp, e))?;
        Ok((count, warnings))
    }

    fn open(&self, path: &Path) -> MapResult<Box<dyn MapRead>> {
        let file = open_if(path, "btree", |found| matches!(found, FileFormat::BerkeleyDb("btree")))?;
        Ok(Box::new(BtreeReader::new(file, path)?))
    }

    fn replaces(&self, found: FileFormat) -> bool {
        matches!(found, FileFormat::Missing | FileFormat::Empty | FileFormat::BerkeleyDb("btree"))
    }
}

fn align4(n: usize) -> usize {
    n.div_ceil(4) * 4
}

/// The bytes an item takes on a leaf page, its index slot included.
fn leaf_item_size(len: usize) -> usize {
    2 + if len > LONGEST_INLINE { 12 } else { align4(3 + len) }
}

/// The bytes a separator takes on an internal page, its index slot included.
fn internal_item_size(len: usize) -> usize {
    2 + if len > LONGEST_INLINE { 24 } else { align4(12 + len) }
}

/// One page being filled: items are placed from the end down, their offsets from the header up.
struct Page {
    bytes: Vec<u8>,
    entries: usize,
    offset: usize,
}

impl Page {
    fn new() -> Page {
        Page { bytes: vec![0; PAGE], entries: 0, offset: PAGE }
    }

    fn room(&self) -> usize {
        self.offset - HEADER - 2 * self.entries
    }

    /// Places `parts` (already laid out) as one item, padded to 4 bytes.
    fn put(&mut self, parts: &[&[u8]]) {
        let len: usize = parts.iter().map(|p| p.len()).sum();
        self.offset -= align4(len);
        let mut at = self.offset;
        for part in parts {
            self.bytes[at..at + part.len()].copy_from_slice(part);
            at += part.len();
        }
        let slot = HEADER + 2 * self.entries;
        self.bytes[slot..slot + 2].copy_from_slice(&(self.offset as u16).to_le_bytes());
        self.entries += 1;
    }

    /// Fills in the header and hands the bytes out, leaving an empty page behind.
    fn seal(&mut self, pgno: u32, links: (u32, u32), level: u8, kind: u8) -> Vec<u8> {
        let mut bytes = std::mem::replace(&mut self.bytes, vec![0; PAGE]);
        header(&mut bytes, pgno, links, self.entries as u16, self.offset as u16, level, kind);
        self.entries = 0;
        self.offset = PAGE;
        bytes
    }
}

fn header(
    page: &mut [u8],
    pgno: u32,
    (prev, next): (u32, u32),
    entries: u16,
    offset: u16,
    level: u8,
    kind: u8,
) {
    page[4..8].copy_from_slice(&1u32.to_le_bytes()); // LSN {0, 1}, as db_load leaves it
    page[8..12].copy_from_slice(&pgno.to_le_bytes());
    page[12..16].copy_from_slice(&prev.to_le_bytes());
    page[16..20].copy_from_slice(&next.to_le_bytes());
    page[20..22].copy_from_slice(&entries.to_le_bytes());
    page[22..24].copy_from_slice(&offset.to_le_bytes());
    page[24] = level;
    page[25] = kind;
}

/// An overflow reference: where the chain starts and how long the item is.
fn overflow_ref(pgno: u32, len: usize) -> [u8; 12] {
    let mut item = [0u8; 12];
    item[2] = B_OVERFLOW;
    item[4..8].copy_from_slice(&pgno.to_le_bytes());
    item[8..12].copy_from_slice(&(len as u32).to_le_bytes());
    item
}

/// Streams a B-tree to a file from records in key order, holding two leaf pages and one
/// separator per leaf. Page 1 is kept for the root; a leaf is written once the next leaf's page
/// number (its `next` link) is known.
struct Writer<'f> {
    file: &'f std::fs::File,
    next_pgno: u32,
    leaf: Page,
    /// The first separator of the leaf being filled (empty for the first leaf).
    leaf_separator: Vec<u8>,
    /// The previous full leaf and its page number, waiting for its `next` link.
    held: Option<(u32, Vec<u8>)>,
    /// Each written leaf's separator and page number, for the level above.
    children: Vec<(Vec<u8>, u32)>,
    last_key: Option<Vec<u8>>,
    count: usize,
}

impl<'f> Writer<'f> {
    fn new(file: &'f std::fs::File) -> Writer<'f> {
        Writer {
            file,
            next_pgno: 2,
            leaf: Page::new(),
            leaf_separator: Vec::new(),
            held: None,
            children: Vec::new(),
            last_key: None,
            count: 0,
        }
    }

    fn write_page(&self, pgno: u32, page: &[u8]) -> std::io::Result<()> {
        self.file.write_all_at(page, u64::from(pgno) * PAGE as u64)
    }

    fn allocate(&mut self, pages: usize) -> std::io::Result<u32> {
        let first = self.next_pgno;
        self.next_pgno = u32::try_from(pages)
            .ok()
            .and_then(|n| first.checked_add(n))
            .ok_or_else(|| std::io::Error::other("a Berkeley DB file holds at most 2^32 pages"))?;
        Ok(first)
    }

    /// Writes `data` to a new chain of overflow pages; returns its first page.
    fn chain(&mut self, data: &[u8]) -> std::io::Result<u32> {
        let room = PAGE - HEADER;
        let count = data.len().div_ceil(room);
        let first = self.allocate(count)?;
        let mut page = vec![0u8; PAGE];
        for (n, chunk) in data.chunks(room).enumerate() {
            let pgno = first + n as u32;
            page.fill(0);
            let prev = if n == 0 { 0 } else { pgno - 1 };
            let next = if n + 1 == count { 0 } else { pgno + 1 };
            // On overflow pages `entries` is the reference count and `offset` the bytes held.
            header(&mut page, pgno, (prev, next), 1, chunk.len() as u16, 0, P_OVERFLOW);
            page[HEADER..HEADER + chunk.len()].copy_from_slice(chunk);
            self.write_page(pgno, &page)?;
        }
        Ok(first)
    }

    fn put_leaf_item(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        if bytes.len() > LONGEST_INLINE {
            let first = self.chain(bytes)?;
            self.leaf.put(&[&overflow_ref(first, bytes.len())]);
        } else {
            let len = (bytes.len() as u16).to_le_bytes();
            self.leaf.put(&[&len, &[B_KEYDATA], bytes]);
        }
        Ok(())
    }

    fn push(&mut self, key: &[u8], value: &[u8]) -> std::io::Result<()> {
        if let Some(last) = &self.last_key {
            if key <= last.as_slice() {
                return Err(std::io::Error::other("internal: B-tree keys out of order"));
            }
            let needed = leaf_item_size(key.len()) + leaf_item_size(value.len());
            if self.leaf.entries > 0 && self.leaf.room() < needed {
                let next_separator = separator(last, key);
                self.flush_leaf(false)?;
                self.leaf_separator = next_separator;
            }
        }
        self.put_leaf_item(key)?;
        self.put_leaf_item(value)?;
        self.last_key = Some(key.to_vec());
        self.count += 1;
        Ok(())
    }

    /// Gives the full leaf its page number, writes the one before it (now that its `next` is
    /// known) and holds this one; the last leaf is written at once.
    fn flush_leaf(&mut self, last: bool) -> std::io::Result<()> {
        let pgno = self.allocate(1)?;
        let prev = match self.held.take() {
            Some((prev, mut page)) => {
                page[16..20].copy_from_slice(&pgno.to_le_bytes());
                self.write_page(prev, &page)?;
                prev
            }
            None => 0,
        };
        let page = self.leaf.seal(pgno, (prev, 0), 1, P_LBTREE);
        self.children.push((std::mem::take(&mut self.leaf_separator), pgno));
        if last {
            self.write_page(pgno, &page)
        } else {
            self.held = Some((pgno, page));
            Ok(())
        }
    }

    /// Writes the last leaf, the internal levels (the root on page 1) and the meta page.
    fn finish(mut self, uid: [u8; 20]) -> std::io::Result<()> {
        if self.held.is_none() {
            // One leaf (perhaps empty): it is the root.
            let page = self.leaf.seal(1, (0, 0), 1, P_LBTREE);
            self.write_page(1, &page)?;
        } else {
            self.flush_leaf(true)?;
            let mut children = std::mem::take(&mut self.children);
            let mut level = 2u8;
            loop {
                let groups = group(children);
                let root = groups.len() == 1;
                let mut parents = Vec::with_capacity(groups.len());
                for members in groups {
                    let pgno = if root { 1 } else { self.allocate(1)? };
                    let mut page = Page::new();
                    for (separator, child) in &members {
                        self.put_internal_item(&mut page, separator, *child)?;
                    }
                    self.write_page(pgno, &page.seal(pgno, (0, 0), level, P_IBTREE))?;
                    parents.push((members.into_iter().next().map(|(s, _)| s).unwrap_or_default(), pgno));
                }
                if root {
                    break;
                }
                children = parents;
                level = level.saturating_add(1);
            }
        }
        let last_pgno = self.next_pgno - 1;
        self.write_page(0, &meta_page(last_pgno, uid))
    }

    fn put_internal_item(&mut self, page: &mut Page, separator: &[u8], child: u32) -> std::io::Result<()> {
        let child = child.to_le_bytes();
        if separator.len() > LONGEST_INLINE {
            let first = self.chain(separator)?;
            let len = 12u16.to_le_bytes();
            page.put(&[&len, &[B_OVERFLOW, 0], &child, &[0; 4], &overflow_ref(first, separator.len())]);
        } else {
            let len = (separator.len() as u16).to_le_bytes();
            page.put(&[&len, &[B_KEYDATA, 0], &child, &[0; 4], separator]);
        }
        Ok(())
    }
}

/// The shortest prefix of `next` that sorts after `last` (`next` > `last`).
fn separator(last: &[u8], next: &[u8]) -> Vec<u8> {
    let common = last.iter().zip(next).take_while(|(a, b)| a == b).count();
    next[..(common + 1).min(next.len())].to_vec()
}

/// Children packed into internal pages in order; a last page with one child takes one more
/// from the page before, so that no internal page but the root is a mere pointer.
fn group(children: Vec<(Vec<u8>, u32)>) -> Vec<Vec<(Vec<u8>, u32)>> {
    let mut groups: Vec<Vec<(Vec<u8>, u32)>> = Vec::new();
    let mut room = 0;
    for child in children {
        let size = internal_item_size(child.0.len());
        if groups.is_empty() || room < size {
            groups.push(Vec::new());
            room = PAGE - HEADER;
        }
        room -= size;
        if let Some(last) = groups.last_mut() {
            last.push(child);
        }
    }
    let n = groups.len();
    if n > 1 && groups[n - 1].len() == 1 {
        if let Some(moved) = groups[n - 2].pop() {
            groups[n - 1].insert(0, moved);
        }
    }
    groups
}

fn meta_page(last_pgno: u32, uid: [u8; 20]) -> Vec<u8> {
    let mut meta = vec![0u8; PAGE];
    let mut put = |at: usize, value: u32| meta[at..at + 4].copy_from_slice(&value.to_le_bytes());
    put(4, 1);
    put(12, BTREE_MAGIC);
    put(16, 9);
    put(20, PAGE as u32);
    put(32, last_pgno);
    put(76, 2); // minkey
    put(84, 0x20); // re_pad, Berkeley DB's default
    put(88, 1); // root
    meta[25] = P_BTREEMETA;
    meta[52..72].copy_from_slice(&uid);
    meta
}

/// Reads pages with `pread`, every offset checked against the page and every page number against
/// the file: a lookup descends from the root, a scan walks the leaves' `next` links, and neither
/// visits a page twice (a damaged file's loop is an error, not a hang).
struct BtreeReader {
    file: std::fs::File,
    path: PathBuf,
    page_size: usize,
    pages: u64,
    big_endian: bool,
    root: u32,
}

/// An item on a page: inline bytes, or an overflow chain (first page, total length). On an
/// internal page it also names a child page.
struct Item<'p> {
    bytes: Result<&'p [u8], (u32, u32)>,
    child: u32,
}

impl BtreeReader {
    fn new(file: std::fs::File, path: &Path) -> MapResult<BtreeReader> {
        let damaged = |problem: &str| damaged(path, problem);
        let mut meta = [0u8; 512];
        file.read_exact_at(&mut meta, 0).map_err(|_| damaged("shorter than its meta page"))?;
        let word = |at: usize, big: bool| {
            let w = [meta[at], meta[at + 1], meta[at + 2], meta[at + 3]];
            if big {
                u32::from_be_bytes(w)
            } else {
                u32::from_le_bytes(w)
            }
        };
        let big_endian = word(12, true) == BTREE_MAGIC;
        if word(12, big_endian) != BTREE_MAGIC || meta[25] != P_BTREEMETA {
            return Err(damaged("not a B-tree meta page"));
        }
        if meta[24] != 0 || meta[26] & 1 != 0 {
            return Err(damaged("encrypted or checksummed files are not supported"));
        }
        if word(48, big_endian) & UNSUPPORTED_FLAGS != 0 {
            return Err(damaged("duplicates, record numbers or compression: not a map postmap writes"));
        }
        let page_size = word(20, big_endian) as usize;
        if !(512..=65536).contains(&page_size) || !page_size.is_power_of_two() {
            return Err(damaged(&format!("impossible page size {page_size}")));
        }
        let len = file.metadata().map_err(|e| io_error(path, e))?.len();
        let reader = BtreeReader {
            file,
            path: path.to_path_buf(),
            page_size,
            pages: len / page_size as u64,
            big_endian,
            root: word(88, big_endian),
        };
        if reader.root == 0 || u64::from(reader.root) >= reader.pages {
            return Err(damaged(&format!("the root page {} is not in the file", reader.root)));
        }
        Ok(reader)
    }

    fn damaged(&self, problem: &str) -> MapError {
        damaged(&self.path, problem)
    }

    fn u16_at(&self, page: &[u8], at: usize) -> usize {
        let w = [page[at], page[at + 1]];
        usize::from(if self.big_endian { u16::from_be_bytes(w) } else { u16::from_le_bytes(w) })
    }

    fn u32_at(&self, bytes: &[u8], at: usize) -> u32 {
        let w = [bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]];
        if self.big_endian {
            u32::from_be_bytes(w)
        } else {
            u32::from_le_bytes(w)
        }
    }

    /// Reads page `pgno`, marking it in `seen` (a page met twice is damage).
    fn page(&self, pgno: u32, seen: &mut std::collections::HashSet<u32>) -> MapResult<Vec<u8>> {
        if pgno == 0 || u64::from(pgno) >= self.pages {
            return Err(self.damaged(&format!("page {pgno} is not in the file")));
        }
        if !seen.insert(pgno) {
            return Err(self.damaged(&format!("page {pgno} is reached twice: the tree or a chain loops")));
        }
        let mut page = vec![0u8; self.page_size];
        self.file
            .read_exact_at(&mut page, u64::from(pgno) * self.page_size as u64)
            .map_err(|e| io_error(&self.path, e))?;
        Ok(page)
    }

    /// The number of items on a B-tree page of type `kind`.
    fn entries(&self, page: &[u8], pgno: u32, kind: u8) -> MapResult<usize> {
        if page[25] != kind {
            return Err(self.damaged(&format!("page {pgno} has type {}, not {kind}", page[25])));
        }
        let entries = self.u16_at(page, 20);
        if HEADER + 2 * entries > self.page_size {
            return Err(self.damaged(&format!("page {pgno} claims {entries} items")));
        }
        Ok(entries)
    }

    /// Item `i` of a page (`internal`: a B-tree internal page, else a leaf).
    fn item<'p>(&self, page: &'p [u8], i: usize, internal: bool) -> MapResult<Item<'p>> {
        let bad = || self.damaged(&format!("item {i} of page {} lies outside it", self.u32_at(page, 8)));
        let at = self.u16_at(page, HEADER + 2 * i);
        let fixed = if internal { 12 } else { 3 };
        if at + fixed > page.len() {
            return Err(bad());
        }
        let (kind, child) = (page[at + 2], if internal { self.u32_at(page, at + 4) } else { 0 });
        let body = at + fixed;
        let bytes = match kind {
            B_KEYDATA => {
                let len = self.u16_at(page, at);
                Ok(page.get(body..body + len).ok_or_else(bad)?)
            }
            B_OVERFLOW => {
                // A leaf's overflow item is the 12-byte reference itself; an internal item holds one.
                let reference = if internal { body } else { at };
                let fields = page.get(reference..reference + 12).ok_or_else(bad)?;
                Err((self.u32_at(fields, 4), self.u32_at(fields, 8)))
            }
            other => return Err(self.damaged(&format!("item type {other}: not a map postmap writes"))),
        };
        Ok(Item { bytes, child })
    }

    /// The item's bytes, read from its overflow chain if it has one.
    fn bytes(&self, item: &Item) -> MapResult<Vec<u8>> {
        let (mut pgno, total) = match item.bytes {
            Ok(bytes) => return Ok(bytes.to_vec()),
            Err(chain) => chain,
        };
        let total = total as usize;
        if total as u64 > self.pages * self.page_size as u64 {
            return Err(self.damaged("an overflow item is longer than the file"));
        }
        let mut data = Vec::with_capacity(total);
        // A chain of its own: Berkeley DB may share one chain between a leaf and an internal page.
        let mut seen = std::collections::HashSet::new();
        while data.len() < total {
            let page = self.page(pgno, &mut seen)?;
            let held = self.u16_at(&page, 22);
            if page[25] != P_OVERFLOW || held == 0 || HEADER + held > page.len() {
                return Err(self.damaged(&format!("overflow page {pgno} is damaged")));
            }
            data.extend_from_slice(&page[HEADER..HEADER + held.min(total - data.len())]);
            pgno = self.u32_at(&page, 16);
            if data.len() < total && pgno == 0 {
                return Err(self.damaged("an overflow chain ends early"));
            }
        }
        Ok(data)
    }

    /// The leaf whose key range holds `key` (`None`: the leftmost leaf), with its page number.
    fn leaf_for(
        &self,
        key: Option<&[u8]>,
        seen: &mut std::collections::HashSet<u32>,
    ) -> MapResult<(u32, Vec<u8>)> {
        let mut pgno = self.root;
        loop {
            let page = self.page(pgno, seen)?;
            if page[25] == P_LBTREE {
                return Ok((pgno, page));
            }
            let entries = self.entries(&page, pgno, P_IBTREE)?;
            if entries == 0 {
                return Err(self.damaged(&format!("internal page {pgno} is empty")));
            }
            // The first item's key is below every key; find the last one not above `key`.
            let (mut low, mut high) = (1, entries);
            if let Some(key) = key {
                while low < high {
                    let middle = (low + high) / 2;
                    if self.bytes(&self.item(&page, middle, true)?)?.as_slice() <= key {
                        low = middle + 1;
                    } else {
                        high = middle;
                    }
                }
            }
            pgno = self.item(&page, low - 1, true)?.child;
        }
    }
}

fn damaged(path: &Path, problem: &str) -> MapError {
    MapError::BadInput(format!("{}: damaged Berkeley DB B-tree: {problem}", path.display()))
}

impl MapRead for BtreeReader {
    fn get(&self, stored_key: &[u8]) -> MapResult<Option<Vec<u8>>> {
        let mut seen = std::collections::HashSet::new();
        let (pgno, page) = self.leaf_for(Some(stored_key), &mut seen)?;
        let pairs = self.entries(&page, pgno, P_LBTREE)? / 2;
        let (mut low, mut high) = (0, pairs);
        while low < high {
            let middle = (low + high) / 2;
            let key = self.bytes(&self.item(&page, 2 * middle, false)?)?;
            match key.as_slice().cmp(stored_key) {
                std::cmp::Ordering::Less => low = middle + 1,
                std::cmp::Ordering::Greater => high = middle,
                std::cmp::Ordering::Equal => {
                    return Ok(Some(self.bytes(&self.item(&page, 2 * middle + 1, false)?)?));
                }
            }
        }
        Ok(None)
    }

    fn scan(&self, visit: &mut Visit<'_>) -> MapResult<()> {
        let mut seen = std::collections::HashSet::new();
        let (mut pgno, mut page) = self.leaf_for(None, &mut seen)?;
        loop {
            let entries = self.entries(&page, pgno, P_LBTREE)?;
            for pair in 0..entries / 2 {
                let key = self.bytes(&self.item(&page, 2 * pair, false)?)?;
                let value = self.bytes(&self.item(&page, 2 * pair + 1, false)?)?;
                if visit(&key, &value).is_break() {
                    return Ok(());
                }
            }
            pgno = self.u32_at(&page, 16);
            if pgno == 0 {
                return Ok(());
            }
            page = self.page(pgno, &mut seen)?;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separators_are_the_shortest_prefix_above_the_left_page() {
        assert_eq!(separator(b"host1339.example\0", b"host134.example\0"), b"host134");
        assert_eq!(separator(b"a\0", b"ab\0"), b"ab");
        assert_eq!(separator(b"a", b"b"), b"b");
    }

    #[test]
    fn a_three_level_tree_reads_back_every_key_in_order() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.db");
        let file = std::fs::File::create(&path).unwrap();
        let mut keys: Vec<Vec<u8>> = (0..60_000).map(|n| format!("host{n}.example\0").into_bytes()).collect();
        keys.extend((0..50).map(|n| format!("{}{n:03}\0", "q".repeat(1100)).into_bytes()));
        keys.sort();
        let mut writer = Writer::new(&file);
        for key in &keys {
            writer.push(key, &[key.as_slice(), b"=v\0"].concat()).unwrap();
        }
        assert!(writer.push(b"a\0", b"v\0").is_err(), "a key out of order is refused");
        writer.finish([1; 20]).unwrap();
        let reader = Btree.open(&path).unwrap();
        let mut scanned = Vec::new();
        reader
            .scan(&mut |key, value| {
                assert_eq!(value, [key, b"=v\0"].concat());
                scanned.push(key.to_vec());
                std::ops::ControlFlow::Continue(())
            })
            .unwrap();
        assert_eq!(scanned, keys);
        for key in keys.iter().step_by(97).chain(keys.last()) {
            assert_eq!(reader.get(key).unwrap(), Some([key.as_slice(), b"=v\0"].concat()));
        }
        assert_eq!(reader.get(b"host\0").unwrap(), None);
        assert_eq!(reader.get(b"zzz\0").unwrap(), None);
        let root = std::fs::read(&path).unwrap()[PAGE..2 * PAGE].to_vec();
        assert!(root[25] == P_IBTREE && root[24] == 3, "the root is an internal page at level 3");
    }

    #[test]
    fn an_empty_map_is_one_empty_leaf() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.db");
        let file = std::fs::File::create(&path).unwrap();
        Writer::new(&file).finish([1; 20]).unwrap();
        assert_eq!(std::fs::metadata(&path).unwrap().len(), 2 * PAGE as u64);
        let reader = Btree.open(&path).unwrap();
        assert_eq!(reader.get(b"a\0").unwrap(), None);
        reader.scan(&mut |_, _| panic!("no records")).unwrap();
    }
}
