//! A bounds-checked walk over an LMDB file (LMDB 0.9 data format 1, 64-bit), run before liblmdb
//! maps it. liblmdb trusts every page number, offset and length it reads; a damaged file (a page
//! overwritten with 0xff, a zeroed branch page, a bad 32-bit size in a leaf) makes it read outside its
//! map and die of SIGBUS or SIGSEGV. A root tool must not die on a file, so the sasldb and the
//! `lmdb:` map readers hand LMDB only files this walk accepts.
//!
//! What is checked: both meta pages, the page size, the file length; for the main and the free-page
//! trees, every reachable page once (no cycles, no page shared), its header, its node offsets and
//! sizes against the page, key order inside and between pages, depth against LMDB's cursor stack,
//! overflow runs inside the file, the entry counts, and that listed free pages lie inside the file.
//! Pages are read with `pread`, never mapped.

use std::fs::File;
use std::os::unix::fs::FileExt;
use std::path::Path;

pub(crate) const MAGIC: u32 = 0xBEEF_C0DE;
pub(crate) const DATA_VERSION: u32 = 1;
pub(crate) const PAGE_HEADER: usize = 16;
pub(crate) const NODE_HEADER: usize = 8;
pub(crate) const P_INVALID: u64 = u64::MAX;
/// LMDB's cursor stack (CURSOR_STACK): a deeper tree overflows it.
const MAX_DEPTH: u16 = 32;

pub(crate) const P_BRANCH: u16 = 0x01;
pub(crate) const P_LEAF: u16 = 0x02;
pub(crate) const P_OVERFLOW: u16 = 0x04;
pub(crate) const P_META: u16 = 0x08;
/// Flags that say what a page is; the others (dirty, loose, keep) are in-memory bookkeeping.
const KIND_FLAGS: u16 = 0x01 | 0x02 | 0x04 | 0x08 | 0x20 | 0x40;

pub(crate) const F_BIGDATA: u16 = 0x01;
pub(crate) const MDB_INTEGERKEY: u16 = 0x08;
/// REVERSEKEY, DUPSORT, INTEGERKEY, DUPFIXED, INTEGERDUP, REVERSEDUP.
const ORDER_FLAGS: u16 = 0x7e;

/// What is wrong with a file, in words for an administrator.
pub type Problem = String;

/// Checks the LMDB file at `path`. The outer error is an I/O failure; the inner one says how the
/// file is damaged. A writer committing in another process while the walk runs can reuse pages it
/// walks, so a damaged verdict is only given if the newest transaction did not move meanwhile.
pub fn verify(path: &Path) -> std::io::Result<Result<(), Problem>> {
    walk_retrying(path, |walk, meta| {
        walk.check_tree(&meta.main, "main", false)
            .and_then(|()| walk.check_tree(&meta.free, "free-page", true))
    })
}

/// Looks `key` up in the main database of the LMDB file at `path`, checking every page on the way
/// down as [`verify`] checks it (and only those: a lookup reads a few pages, whatever the size of
/// the file). The outer error is an I/O failure, the inner one the damage found. As with
/// [`verify`], damage is only reported if no writer committed during the walk.
pub fn lookup(path: &Path, key: &[u8]) -> std::io::Result<Result<Option<Vec<u8>>, Problem>> {
    walk_retrying(path, |walk, meta| walk.find(&meta.main, key))
}

/// Runs `walk` over the file's pages, again (up to 20 times, backing off) while it finds damage
/// and a writer has committed since its meta page was read.
fn walk_retrying<T>(
    path: &Path,
    mut walk: impl FnMut(&mut Walk<'_>, &Meta) -> Walked<T>,
) -> std::io::Result<Walked<T>> {
    let mut verdict = damaged("not walked".to_string());
    for attempt in 0..20 {
        if attempt > 0 {
            std::thread::sleep(std::time::Duration::from_millis(5 * attempt));
        }
        let file = File::open(path)?;
        let walked_txnid;
        (walked_txnid, verdict) = walk_once(&file, &mut walk)?;
        if verdict.is_ok() || read_metas(&file).ok().map(|m| m.txnid) == walked_txnid {
            break;
        }
    }
    Ok(verdict)
}

/// One walk; also returns the transaction id of the meta page it walked from (`None` when the
/// meta pages themselves are damaged), for the caller's check for a concurrent commit.
fn walk_once<T>(
    file: &File,
    walk: &mut impl FnMut(&mut Walk<'_>, &Meta) -> Walked<T>,
) -> std::io::Result<(Option<u64>, Walked<T>)> {
    let meta = match read_metas(file) {
        Ok(meta) => meta,
        Err(problem) => return Ok((None, Err(problem))),
    };
    let len = file.metadata()?.len();
    let needed = (meta.last_pg + 1).saturating_mul(meta.psize as u64);
    if len < needed {
        let problem = format!("truncated: the file has {len} bytes, its last page ends at {needed}");
        return Ok((Some(meta.txnid), Err(problem)));
    }
    let map = Mapped::new(file, needed as usize)?;
    let verdict = walk(&mut Walk::new(map.bytes(), &meta), &meta);
    Ok((Some(meta.txnid), verdict))
}

#[derive(Debug, Clone)]
struct Db {
    flags: u16,
    depth: u16,
    entries: u64,
    root: u64,
}

#[derive(Debug, Clone)]
struct Meta {
    psize: usize,
    last_pg: u64,
    txnid: u64,
    free: Db,
    main: Db,
}

fn u16_at(buf: &[u8], at: usize) -> u16 {
    buf.get(at..at + 2).map_or(0, |b| u16::from_le_bytes([b[0], b[1]]))
}

fn u32_at(buf: &[u8], at: usize) -> u32 {
    buf.get(at..at + 4).map_or(0, |b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
}

fn u64_at(buf: &[u8], at: usize) -> u64 {
    let mut word = [0u8; 8];
    if let Some(b) = buf.get(at..at + 8) {
        word.copy_from_slice(b);
    }
    u64::from_le_bytes(word)
}

/// Both meta pages must be valid (liblmdb refuses the file otherwise); the newer one is used.
fn read_metas(file: &File) -> Result<Meta, Problem> {
    let mut first = vec![0u8; 256];
    file.read_exact_at(&mut first, 0).map_err(|_| "shorter than its first meta page".to_string())?;
    let psize = u32_at(&first, 40) as usize;
    if !(512..=65536).contains(&psize) || !psize.is_power_of_two() {
        return Err(format!("impossible page size {psize} in the meta page"));
    }
    let mut second = vec![0u8; 256];
    file.read_exact_at(&mut second, psize as u64)
        .map_err(|_| "shorter than its second meta page".to_string())?;
    let metas = [parse_meta(&first, 0, psize)?, parse_meta(&second, 1, psize)?];
    let [a, b] = metas;
    Ok(if b.txnid > a.txnid { b } else { a })
}

fn parse_meta(page: &[u8], n: u64, psize: usize) -> Result<Meta, Problem> {
    if u16_at(page, 10) & KIND_FLAGS != P_META || u32_at(page, 16) != MAGIC {
        return Err(format!("meta page {n} is damaged (no LMDB meta header)"));
    }
    if u32_at(page, 20) != DATA_VERSION {
        return Err(format!("meta page {n} has data format {}, not 1", u32_at(page, 20)));
    }
    let db = |at: usize| Db {
        flags: u16_at(page, at + 4),
        depth: u16_at(page, at + 6),
        entries: u64_at(page, at + 32),
        root: u64_at(page, at + 40),
    };
    let meta =
        Meta { psize, last_pg: u64_at(page, 136), txnid: u64_at(page, 144), free: db(40), main: db(88) };
    if meta.last_pg < 1 || meta.last_pg > (1 << 40) {
        return Err(format!("meta page {n} names an impossible last page {}", meta.last_pg));
    }
    Ok(meta)
}

/// The walk reads a mapping, so it can only find damage, never an I/O error.
type Walked<T> = Result<T, Problem>;

fn damaged<T>(message: String) -> Walked<T> {
    Err(message)
}

/// The file's pages mapped read-only for the walk: one mapping instead of a `pread` per page
/// (28,000 of them for a 117 MB file took 90 ms). Only the length already checked against the
/// file is mapped. A file truncated by another process during the walk would fault here just as
/// it would in liblmdb's own mapping a moment later: truncation needs write access to the file.
struct Mapped {
    ptr: *mut libc::c_void,
    len: usize,
}

impl Mapped {
    fn new(file: &File, len: usize) -> std::io::Result<Mapped> {
        use std::os::fd::AsRawFd;
        // SAFETY: a read-only shared mapping of a file descriptor this function borrows; checked
        // for failure below and unmapped in Drop.
        let ptr = unsafe {
            libc::mmap(std::ptr::null_mut(), len, libc::PROT_READ, libc::MAP_SHARED, file.as_raw_fd(), 0)
        };
        if ptr == libc::MAP_FAILED {
            return Err(std::io::Error::last_os_error());
        }
        Ok(Mapped { ptr, len })
    }

    fn bytes(&self) -> &[u8] {
        // SAFETY: the mapping is `len` readable bytes and lives as long as `self`.
        unsafe { std::slice::from_raw_parts(self.ptr.cast::<u8>(), self.len) }
    }
}

impl Drop for Mapped {
    fn drop(&mut self) {
        // SAFETY: unmaps exactly what `new` mapped.
        unsafe { libc::munmap(self.ptr, self.len) };
    }
}

struct Walk<'a> {
    file: &'a [u8],
    psize: usize,
    last_pg: u64,
    /// One bit per page: reached from a tree or listed free.
    used: Vec<u64>,
}

/// The key range a page's keys must lie in: at least `low` (when known), below `high` (when known).
struct Range<'k> {
    low: Option<&'k [u8]>,
    high: Option<&'k [u8]>,
}

impl<'a> Walk<'a> {
    fn new(file: &'a [u8], meta: &Meta) -> Walk<'a> {
        let words = (meta.last_pg as usize + 1).div_ceil(64);
        Walk { file, psize: meta.psize, last_pg: meta.last_pg, used: vec![0; words] }
    }

    fn claim(&mut self, pgno: u64, what: &str) -> Walked<()> {
        if pgno < 2 || pgno > self.last_pg {
            return damaged(format!(
                "{what} points at page {pgno}, outside the file's pages 2..={}",
                self.last_pg
            ));
        }
        let (word, bit) = ((pgno / 64) as usize, pgno % 64);
        if self.used[word] & (1 << bit) != 0 {
            return damaged(format!("page {pgno} is reached twice ({what}): a cycle or a shared page"));
        }
        self.used[word] |= 1 << bit;
        Ok(())
    }

    fn read_page(&self, pgno: u64) -> Walked<&'a [u8]> {
        let start = pgno as usize * self.psize;
        let Some(page) = self.file.get(start..start + self.psize) else {
            return damaged(format!("page {pgno} lies past the end of the file"));
        };
        if u64_at(page, 0) != pgno {
            return damaged(format!("page {pgno} carries the number {} in its header", u64_at(page, 0)));
        }
        Ok(page)
    }

    fn check_tree(&mut self, db: &Db, name: &str, free_tree: bool) -> Walked<()> {
        // Key-order and duplicate-key flags change how pages are read; the others are bookkeeping.
        let expected = if free_tree { MDB_INTEGERKEY } else { 0 };
        if db.flags & ORDER_FLAGS != expected {
            return damaged(format!(
                "the {name} database has flags {:#x}, which saslkit does not read",
                db.flags
            ));
        }
        if db.root == P_INVALID {
            return if db.depth == 0 && db.entries == 0 {
                Ok(())
            } else {
                damaged(format!("the {name} database has no root page but claims {} entries", db.entries))
            };
        }
        if db.depth == 0 || db.depth > MAX_DEPTH {
            return damaged(format!("the {name} database claims an impossible depth {}", db.depth));
        }
        let mut entries = 0u64;
        let range = Range { low: None, high: None };
        self.check_page(db.root, db.depth, &range, free_tree, &mut entries)?;
        if entries != db.entries {
            return damaged(format!("the {name} database claims {} entries but holds {entries}", db.entries));
        }
        Ok(())
    }

    fn check_page(
        &mut self,
        pgno: u64,
        levels: u16,
        range: &Range<'_>,
        free_tree: bool,
        entries: &mut u64,
    ) -> Walked<()> {
        self.claim(pgno, "a tree page")?;
        let page = self.read_page(pgno)?;
        let (kind, expected) = (u16_at(page, 10) & KIND_FLAGS, if levels > 1 { P_BRANCH } else { P_LEAF });
        if kind != expected {
            return damaged(format!(
                "page {pgno} has flags {kind:#x} where a {} page belongs",
                kind_name(expected)
            ));
        }
        let nodes = self.node_offsets(page, pgno, if levels > 1 { 2 } else { 1 })?;
        let mut previous: Option<&[u8]> = None;
        for (i, &at) in nodes.iter().enumerate() {
            let ksize = u16_at(page, at + 6) as usize;
            let key_end = at + NODE_HEADER + ksize;
            if key_end > self.psize {
                return damaged(format!("page {pgno}: node {i}'s key runs past the page"));
            }
            let key = &page[at + NODE_HEADER..key_end];
            // A branch page's first key is implicit (the range's low end).
            let key = if levels > 1 && i == 0 { None } else { Some(key) };
            if let Some(key) = key {
                check_order(pgno, i, key, previous.or(range.low), range.high, free_tree, previous.is_none())?;
                previous = Some(key);
            }
            if levels > 1 {
                let child = u64::from(u16_at(page, at))
                    | u64::from(u16_at(page, at + 2)) << 16
                    | u64::from(u16_at(page, at + 4)) << 32;
                let high = nodes.get(i + 1).map(|&next| {
                    let size = u16_at(page, next + 6) as usize;
                    page.get(next + NODE_HEADER..next + NODE_HEADER + size).unwrap_or(&[])
                });
                let child_range = Range { low: key.or(range.low), high: high.or(range.high) };
                self.check_page(child, levels - 1, &child_range, free_tree, entries)?;
            } else {
                let data = self.leaf_data(page, pgno, i, at, key_end, free_tree)?;
                if free_tree {
                    self.note_free_list(pgno, &data)?;
                }
                *entries += 1;
            }
        }
        Ok(())
    }

    /// The value of `key` in `db`: one path from the root, each page checked as `check_page`
    /// checks it (flags, node bounds, key order inside the page and the parent's range).
    fn find(&mut self, db: &Db, key: &[u8]) -> Walked<Option<Vec<u8>>> {
        if db.flags & ORDER_FLAGS != 0 {
            return damaged(format!(
                "the main database has flags {:#x}, which saslkit does not read",
                db.flags
            ));
        }
        if db.root == P_INVALID {
            return Ok(None);
        }
        if db.depth == 0 || db.depth > MAX_DEPTH {
            return damaged(format!("the main database claims an impossible depth {}", db.depth));
        }
        let (mut pgno, mut range) = (db.root, Range { low: None, high: None });
        for levels in (1..=db.depth).rev() {
            self.claim(pgno, "a tree page")?;
            let page = self.read_page(pgno)?;
            let expected = if levels > 1 { P_BRANCH } else { P_LEAF };
            if u16_at(page, 10) & KIND_FLAGS != expected {
                return damaged(format!(
                    "page {pgno} has flags {:#x} where a {} page belongs",
                    u16_at(page, 10),
                    kind_name(expected)
                ));
            }
            let nodes = self.node_offsets(page, pgno, if levels > 1 { 2 } else { 1 })?;
            let mut keys = Vec::with_capacity(nodes.len());
            for (i, &at) in nodes.iter().enumerate() {
                let end = at + NODE_HEADER + u16_at(page, at + 6) as usize;
                let Some(node_key) = page.get(at + NODE_HEADER..end) else {
                    return damaged(format!("page {pgno}: node {i}'s key runs past the page"));
                };
                // A branch page's first key is implicit (the range's low end).
                if levels == 1 || i > 0 {
                    let previous = keys.last().copied().flatten();
                    check_order(
                        pgno,
                        i,
                        node_key,
                        previous.or(range.low),
                        range.high,
                        false,
                        previous.is_none(),
                    )?;
                }
                keys.push((levels == 1 || i > 0).then_some(node_key));
            }
            if levels == 1 {
                let Some(i) = keys.iter().position(|k| *k == Some(key)) else { return Ok(None) };
                let at = nodes[i];
                let key_end = at + NODE_HEADER + key.len();
                let data = self.leaf_data(page, pgno, i, at, key_end, false)?;
                if u16_at(page, at + 4) & F_BIGDATA == 0 {
                    return Ok(Some(data));
                }
                // Bounds-checked by leaf_data: size fits the overflow pages, which lie in the file.
                let size = (u64::from(u16_at(page, at)) | u64::from(u16_at(page, at + 2)) << 16) as usize;
                let start = u64_at(page, key_end) as usize * self.psize + PAGE_HEADER;
                return match self.file.get(start..start + size) {
                    Some(value) => Ok(Some(value.to_vec())),
                    None => damaged(format!("page {pgno}: node {i}'s overflow value runs past the file")),
                };
            }
            // The last branch whose key is not above `key` (the first's is implicit).
            let i = keys.iter().rposition(|k| k.is_none_or(|k| k <= key)).unwrap_or(0);
            let at = nodes[i];
            pgno = u64::from(u16_at(page, at))
                | u64::from(u16_at(page, at + 2)) << 16
                | u64::from(u16_at(page, at + 4)) << 32;
            range =
                Range { low: keys[i].or(range.low), high: keys.get(i + 1).copied().flatten().or(range.high) };
        }
        damaged("the tree is deeper than its database claims".to_string())
    }

    /// The node offsets of a page, each checked to lie in the node area with room for its header.
    fn node_offsets(&self, page: &[u8], pgno: u64, min_keys: usize) -> Walked<Vec<usize>> {
        let (lower, upper) = (u16_at(page, 12) as usize, u16_at(page, 14) as usize);
        if lower < PAGE_HEADER || lower % 2 != 0 || lower > upper || upper > self.psize {
            return damaged(format!("page {pgno} has impossible free-space bounds {lower}..{upper}"));
        }
        let count = (lower - PAGE_HEADER) / 2;
        if count < min_keys {
            return damaged(format!("page {pgno} holds {count} keys, fewer than LMDB ever leaves"));
        }
        (0..count)
            .map(|i| {
                let at = u16_at(page, PAGE_HEADER + 2 * i) as usize;
                if at < upper || !at.is_multiple_of(2) || at + NODE_HEADER > self.psize {
                    return damaged(format!(
                        "page {pgno}: node {i} at offset {at} lies outside the node area"
                    ));
                }
                Ok(at)
            })
            .collect()
    }

    /// A leaf node's value: in the page, or in a run of overflow pages (read only for the free
    /// tree, whose values are page lists; the main tree's overflow pages are only bounds-checked).
    fn leaf_data(
        &mut self,
        page: &[u8],
        pgno: u64,
        i: usize,
        at: usize,
        key_end: usize,
        want_value: bool,
    ) -> Walked<Vec<u8>> {
        let flags = u16_at(page, at + 4);
        let size = u64::from(u16_at(page, at)) | u64::from(u16_at(page, at + 2)) << 16;
        if flags & !F_BIGDATA != 0 {
            return damaged(format!(
                "page {pgno}: node {i} has flags {flags:#x} (sub-databases are not used here)"
            ));
        }
        if flags & F_BIGDATA == 0 {
            let end = key_end as u64 + size;
            if end > self.psize as u64 {
                return damaged(format!("page {pgno}: node {i}'s value ({size} bytes) runs past the page"));
            }
            return Ok(page[key_end..end as usize].to_vec());
        }
        if key_end + 8 > self.psize {
            return damaged(format!("page {pgno}: node {i}'s overflow page number runs past the page"));
        }
        let first = u64_at(page, key_end);
        self.claim(first, "an overflow value")?;
        let head = self.read_page(first)?;
        let pages = u64::from(u32_at(head, 12));
        if u16_at(head, 10) & KIND_FLAGS != P_OVERFLOW || pages == 0 {
            return damaged(format!("page {first} should start an overflow value but does not"));
        }
        if first + pages - 1 > self.last_pg {
            return damaged(format!("the overflow value at page {first} ({pages} pages) runs past the file"));
        }
        if size > pages * self.psize as u64 - PAGE_HEADER as u64 {
            return damaged(format!(
                "page {pgno}: node {i}'s value ({size} bytes) exceeds its {pages} overflow pages"
            ));
        }
        for next in first + 1..first + pages {
            self.claim(next, "an overflow value")?;
        }
        // Free-page lists never exceed the file's page count; anything larger is damage.
        if !want_value {
            return Ok(Vec::new());
        }
        if size > (self.last_pg + 2) * 8 {
            return damaged(format!("page {pgno}: a free-page list of {size} bytes is larger than the file"));
        }
        let start = first as usize * self.psize + PAGE_HEADER;
        match self.file.get(start..start + size as usize) {
            Some(data) => Ok(data.to_vec()),
            None => damaged(format!("the overflow value at page {first} runs past the file")),
        }
    }

    /// A free-page list: a count, then that many page numbers.
    fn note_free_list(&mut self, pgno: u64, data: &[u8]) -> Walked<()> {
        let count = u64_at(data, 0);
        if !data.len().is_multiple_of(8) || count != (data.len() / 8) as u64 - 1 {
            return damaged(format!(
                "page {pgno}: a free-page list of {} bytes claims {count} pages",
                data.len()
            ));
        }
        // A listed free page past the last page would be written outside LMDB's map. (Free pages
        // are not checked to be disjoint from the trees: LMDB 0.9 can leave a page listed that the
        // tree still uses, and a false alarm would lock users out of a working database.)
        match (0..count as usize).map(|i| u64_at(data, 8 + 8 * i)).find(|&p| p < 2 || p > self.last_pg) {
            Some(bad) => {
                damaged(format!("page {pgno}: the free-page list names page {bad}, outside the file"))
            }
            None => Ok(()),
        }
    }
}

fn kind_name(flags: u16) -> &'static str {
    if flags == P_BRANCH {
        "branch"
    } else {
        "leaf"
    }
}

/// Keys strictly increase inside a page and stay inside the range the parent gave the page.
/// Free-tree keys are native (little-endian) 64-bit transaction ids.
fn check_order(
    pgno: u64,
    i: usize,
    key: &[u8],
    low: Option<&[u8]>,
    high: Option<&[u8]>,
    integer: bool,
    first_in_page: bool,
) -> Walked<()> {
    let cmp = |a: &[u8], b: &[u8]| if integer { u64_at(a, 0).cmp(&u64_at(b, 0)) } else { a.cmp(b) };
    if integer && key.len() != 8 {
        return damaged(format!("page {pgno}: key {i} of the free-page tree is {} bytes, not 8", key.len()));
    }
    let in_order = match low {
        // The first key of a page may equal its parent's separator; later keys must exceed the previous.
        Some(low) if first_in_page => cmp(key, low).is_ge(),
        Some(low) => cmp(key, low).is_gt(),
        None => true,
    };
    if !in_order || high.is_some_and(|high| cmp(key, high).is_ge()) {
        return damaged(format!("page {pgno}: key {i} is out of order"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A file with two valid-looking meta pages and noise after them.
    fn with_metas(noise: &[u8], last_pg: u64, root: u64) -> Vec<u8> {
        let mut bytes = vec![0u8; 2 * 4096];
        for (page, txnid) in [(0usize, 1u64), (1, 2)] {
            let base = page * 4096;
            bytes[base + 10..base + 12].copy_from_slice(&P_META.to_le_bytes());
            bytes[base + 16..base + 20].copy_from_slice(&MAGIC.to_le_bytes());
            bytes[base + 20..base + 24].copy_from_slice(&DATA_VERSION.to_le_bytes());
            bytes[base + 40..base + 44].copy_from_slice(&4096u32.to_le_bytes());
            bytes[base + 44..base + 46].copy_from_slice(&MDB_INTEGERKEY.to_le_bytes());
            bytes[base + 80..base + 88].copy_from_slice(&P_INVALID.to_le_bytes());
            bytes[base + 94..base + 96].copy_from_slice(&1u16.to_le_bytes());
            bytes[base + 128..base + 136].copy_from_slice(&root.to_le_bytes());
            bytes[base + 136..base + 144].copy_from_slice(&last_pg.to_le_bytes());
            bytes[base + 144..base + 152].copy_from_slice(&txnid.to_le_bytes());
        }
        bytes.extend_from_slice(noise);
        bytes
    }

    fn verdict(bytes: &[u8]) -> Result<(), Problem> {
        let file = tempfile::NamedTempFile::new().unwrap();
        std::fs::write(file.path(), bytes).unwrap();
        verify(file.path()).unwrap()
    }

    #[test]
    fn names_what_is_wrong() {
        assert!(verdict(&with_metas(&[], 1, P_INVALID)).unwrap_err().contains("claims"));
        let problem = verdict(&with_metas(&[0u8; 4096], 2, 2)).unwrap_err();
        assert!(problem.contains("page 2"), "{problem}");
        assert!(verdict(&with_metas(&[], 9, 2)).unwrap_err().contains("truncated"));
        assert!(verdict(b"short").unwrap_err().contains("meta"));
    }

    proptest::proptest! {
        #[test]
        fn never_panics_on_noise(
            noise in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..3 * 4096),
            last_pg in 0u64..6,
            root in 0u64..6,
        ) {
            let _ = verdict(&with_metas(&noise, last_pg, root));
        }
    }
}
