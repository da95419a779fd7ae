//! The Berkeley DB 5.3 hash page format, read with bounds checks on every access: the meta
//! page's bucket map, each bucket's page chain, key/data items and overflow chains. Shared with
//! the writer (`write.rs`).

use std::cell::RefCell;
use std::ops::ControlFlow;

use crate::sasldb::store::RawRecords;

// The page format's constants, shared with the writer (`write.rs`).
pub(crate) const HASH_MAGIC: u32 = 0x0006_1561;
pub(crate) const PAGE_HEADER: usize = 26;
const P_HASH_UNSORTED: u8 = 2;
pub(crate) const P_OVERFLOW: u8 = 7;
pub(crate) const P_HASHMETA: u8 = 8;
pub(crate) const P_HASH: u8 = 13;
pub(crate) const H_KEYDATA: u8 = 1;
pub(crate) const H_OFFPAGE: u8 = 3;

/// `sizeof("%$sniglet^&")`, NUL included: the meta page records its hash to detect a foreign hash
/// function.
pub(crate) const CHARKEY: &[u8] = b"%$sniglet^&\0";

/// Whether the meta page's `h_charkey` says the file was built with the default hash function,
/// which [`lookup`] assumes.
pub fn default_hash_function(meta: &[u8]) -> bool {
    let Some(word) = meta.get(92..96).and_then(|w| <[u8; 4]>::try_from(w).ok()) else { return false };
    let expected = hash(CHARKEY);
    u32::from_le_bytes(word) == expected || u32::from_be_bytes(word) == expected
}

/// Berkeley DB's default hash function (`__ham_func5`, Fowler/Noll/Vo).
pub fn hash(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0u32, |h, &b| h.wrapping_mul(16_777_619) ^ u32::from(b))
}

/// Reads one page: `fetch(pgno, len)` gives `len` bytes at `pgno * len` (page 0 with any `len`
/// gives the meta page's first bytes), or says why not.
pub type Fetch<'a> = dyn Fn(u32, usize) -> Result<Vec<u8>, String> + 'a;

/// The file's pages, read one at a time through `fetch`, with bounds checks on every access and
/// the byte order of the meta page. Every page is visited at most once: a chain that points back
/// (a cycle) or two chains that share a page are damage, not a reason to loop or to grow memory.
struct Pages<'a> {
    fetch: &'a Fetch<'a>,
    page_size: usize,
    big_endian: bool,
    last_pgno: u32,
    visited: RefCell<std::collections::HashSet<u32>>,
}

impl Pages<'_> {
    fn u32_in(&self, bytes: &[u8], at: usize) -> Result<u32, String> {
        let word: [u8; 4] = bytes.get(at..at + 4).and_then(|w| w.try_into().ok()).ok_or("truncated page")?;
        Ok(if self.big_endian { u32::from_be_bytes(word) } else { u32::from_le_bytes(word) })
    }

    fn u16_in(&self, bytes: &[u8], at: usize) -> Result<usize, String> {
        let word: [u8; 2] = bytes.get(at..at + 2).and_then(|w| w.try_into().ok()).ok_or("truncated page")?;
        Ok(usize::from(if self.big_endian { u16::from_be_bytes(word) } else { u16::from_le_bytes(word) }))
    }

    fn page(&self, pgno: u32) -> Result<Vec<u8>, String> {
        if pgno == 0 || pgno > self.last_pgno {
            return Err(format!("page {pgno} is past the end of the file (last page {})", self.last_pgno));
        }
        if !self.visited.borrow_mut().insert(pgno) {
            return Err(format!("page {pgno} is reached twice: a page chain loops or pages are shared"));
        }
        let page = (self.fetch)(pgno, self.page_size)?;
        if page.len() != self.page_size {
            return Err(format!("page {pgno} is past the end of the file"));
        }
        Ok(page)
    }
}

/// Every key/data pair of a hash database's bytes, in bucket order.
pub fn read_bytes(bytes: &[u8]) -> Result<RawRecords, String> {
    read_hash(bytes)
}

/// Every key/data pair of a hash database, in bucket order.
pub(super) fn read_hash(bytes: &[u8]) -> Result<RawRecords, String> {
    let fetch = |pgno: u32, len: usize| -> Result<Vec<u8>, String> {
        let start = pgno as usize * len;
        let end = start.checked_add(len).ok_or("page past the end")?;
        match bytes.get(start..end) {
            Some(page) => Ok(page.to_vec()),
            None if pgno == 0 && !bytes.is_empty() => Ok(bytes.to_vec()),
            None => Err(format!("page {pgno} is past the end of the file")),
        }
    };
    let mut records = Vec::new();
    scan_hash(&fetch, &mut |key, value| {
        records.push((key, value));
        ControlFlow::Continue(())
    })?;
    Ok(records)
}

/// Walks every key/data pair of a hash database, in bucket order, reading one page at a time:
/// what is held at once is one page and one record, whatever the file's size.
pub fn scan_hash(
    fetch: &Fetch<'_>,
    visit: &mut dyn FnMut(Vec<u8>, Vec<u8>) -> ControlFlow<()>,
) -> Result<(), String> {
    let meta = fetch(0, 512)?;
    let magic = meta.get(12..16).ok_or("truncated file")?;
    let big_endian = match (
        u32::from_le_bytes(magic.try_into().unwrap_or_default()),
        u32::from_be_bytes(magic.try_into().unwrap_or_default()),
    ) {
        (HASH_MAGIC, _) => false,
        (_, HASH_MAGIC) => true,
        _ => return Err("not a hash database".into()),
    };
    let mut pages =
        Pages { fetch, page_size: 0, big_endian, last_pgno: 0, visited: RefCell::new(Default::default()) };
    pages.page_size = pages.u32_in(&meta, 20).map_err(|_| "truncated file")? as usize;
    if !(512..=65536).contains(&pages.page_size) || !pages.page_size.is_power_of_two() {
        return Err(format!("impossible page size {}", pages.page_size));
    }
    match (meta.get(24), meta.get(26)) {
        (Some(0), Some(flags)) if flags & 1 == 0 => {}
        (Some(_), Some(_)) => return Err("encrypted or checksummed files are not supported".into()),
        _ => return Err("truncated file".into()),
    }
    let field = |pages: &Pages, at: usize| pages.u32_in(&meta, at).map_err(|_| "truncated file".to_string());
    pages.last_pgno = field(&pages, 32)?;
    let max_bucket = field(&pages, 72)?;
    let spares: Vec<u32> = (0..32).map(|i| field(&pages, 96 + 4 * i)).collect::<Result<_, _>>()?;
    for bucket in 0..=max_bucket {
        let log2 = (u32::BITS - bucket.leading_zeros()) as usize; // smallest i with 2^i >= bucket + 1
        let first = bucket.checked_add(*spares.get(log2).ok_or("bad bucket map")?).ok_or("bad bucket map")?;
        if read_bucket(&pages, first, visit)? == ControlFlow::Break(()) {
            break;
        }
    }
    Ok(())
}

fn read_bucket(
    pages: &Pages,
    first: u32,
    visit: &mut dyn FnMut(Vec<u8>, Vec<u8>) -> ControlFlow<()>,
) -> Result<ControlFlow<()>, String> {
    let mut pgno = first;
    loop {
        let page = pages.page(pgno)?;
        // A bucket Berkeley DB never wrote to is an all-zero page: empty.
        if page[25] == 0 && page.iter().all(|&b| b == 0) {
            return Ok(ControlFlow::Continue(()));
        }
        if !matches!(page[25], P_HASH | P_HASH_UNSORTED) {
            return Err(format!("page {pgno} is not a hash page (type {})", page[25]));
        }
        let entries = pages.u16_in(&page, 20)?;
        let offsets: Vec<usize> =
            (0..entries).map(|i| pages.u16_in(&page, PAGE_HEADER + 2 * i)).collect::<Result<_, _>>()?;
        let item = |i: usize| -> Result<Vec<u8>, String> {
            let end = if i == 0 { pages.page_size } else { offsets[i - 1] };
            let raw = page
                .get(offsets[i]..end)
                .filter(|r| !r.is_empty())
                .ok_or_else(|| format!("bad item on page {pgno}"))?;
            match raw[0] {
                H_KEYDATA => Ok(raw[1..].to_vec()),
                H_OFFPAGE => overflow(pages, raw),
                other => Err(format!("item type {other} (duplicates) is not used by sasldb")),
            }
        };
        for pair in (0..entries).step_by(2).filter(|i| i + 1 < entries) {
            if visit(item(pair)?, item(pair + 1)?) == ControlFlow::Break(()) {
                return Ok(ControlFlow::Break(()));
            }
        }
        pgno = pages.u32_in(&page, 16)?;
        if pgno == 0 {
            return Ok(ControlFlow::Continue(()));
        }
    }
}

/// An H_OFFPAGE item: `type, 3 unused, pgno, total length`, the data on a chain of overflow pages.
fn overflow(pages: &Pages, item: &[u8]) -> Result<Vec<u8>, String> {
    let field = |at: usize| pages.u32_in(item, at).map_err(|_| "bad overflow item".to_string());
    let (mut pgno, total) = (field(4)?, field(8)? as usize);
    let mut data = Vec::with_capacity(total.min(1 << 20));
    loop {
        let page = pages.page(pgno)?;
        if page[25] != P_OVERFLOW {
            return Err(format!("page {pgno} is not an overflow page"));
        }
        let on_page = pages.u16_in(&page, 22)?;
        data.extend_from_slice(page.get(PAGE_HEADER..PAGE_HEADER + on_page).ok_or("bad overflow page")?);
        pgno = pages.u32_in(&page, 16)?;
        if pgno == 0 || data.len() >= total {
            break;
        }
    }
    if data.len() != total {
        return Err(format!("an overflow chain holds {} bytes, not {total}", data.len()));
    }
    Ok(data)
}

/// Looks one stored key up the way Berkeley DB does, reading only the meta page, the key's
/// bucket chain and the overflow pages it needs through `fetch(pgno)` (a `pread` of one page):
/// a lookup in a million-record map reads a few pages, not the file. Every bound is checked as
/// in [`read_bytes`], and every page is read at most once: a chain that loops is damage, found
/// at its first repeat (the meta page's page count is the file's word, not a bound to trust).
pub fn lookup(
    fetch: &dyn Fn(u32, usize) -> Result<Vec<u8>, String>,
    key: &[u8],
) -> Result<Option<Vec<u8>>, String> {
    let meta = fetch(0, 512)?;
    let magic: [u8; 4] = meta.get(12..16).and_then(|m| m.try_into().ok()).ok_or("truncated file")?;
    let big_endian = match (u32::from_le_bytes(magic), u32::from_be_bytes(magic)) {
        (HASH_MAGIC, _) => false,
        (_, HASH_MAGIC) => true,
        _ => return Err("not a hash database".into()),
    };
    let word = |bytes: &[u8], at: usize| -> Result<u32, String> {
        let w: [u8; 4] = bytes.get(at..at + 4).and_then(|w| w.try_into().ok()).ok_or("truncated page")?;
        Ok(if big_endian { u32::from_be_bytes(w) } else { u32::from_le_bytes(w) })
    };
    let half = |bytes: &[u8], at: usize| -> Result<usize, String> {
        let w: [u8; 2] = bytes.get(at..at + 2).and_then(|w| w.try_into().ok()).ok_or("truncated page")?;
        Ok(usize::from(if big_endian { u16::from_be_bytes(w) } else { u16::from_le_bytes(w) }))
    };
    let page_size = word(&meta, 20)? as usize;
    if !(512..=65536).contains(&page_size) || !page_size.is_power_of_two() {
        return Err(format!("impossible page size {page_size}"));
    }
    if meta.get(24) != Some(&0) || meta.get(26).is_none_or(|flags| flags & 1 != 0) {
        return Err("encrypted or checksummed files are not supported".into());
    }
    let (last_pgno, max_bucket, high_mask, low_mask) =
        (word(&meta, 32)?, word(&meta, 72)?, word(&meta, 76)?, word(&meta, 80)?);
    let h = hash(key);
    let mut bucket = h & high_mask;
    if bucket > max_bucket {
        bucket = h & low_mask;
    }
    let log2 = (u32::BITS - bucket.leading_zeros()) as usize;
    let spare = word(&meta, 96 + 4 * log2.min(31))?;
    let mut pgno = bucket.checked_add(spare).ok_or("bad bucket map")?;
    let visited = RefCell::new(std::collections::HashSet::new());
    let page_at = |pgno: u32| -> Result<Vec<u8>, String> {
        if pgno == 0 || pgno > last_pgno {
            return Err(format!("page {pgno} is outside the file (last page {last_pgno})"));
        }
        if !visited.borrow_mut().insert(pgno) {
            return Err(format!("page {pgno} is reached twice: a page chain loops or pages are shared"));
        }
        fetch(pgno, page_size)
    };
    loop {
        let page = page_at(pgno)?;
        if page[25] == 0 && page.iter().all(|&b| b == 0) {
            return Ok(None);
        }
        if !matches!(page[25], P_HASH | P_HASH_UNSORTED) {
            return Err(format!("page {pgno} is not a hash page (type {})", page[25]));
        }
        let entries = half(&page, 20)?;
        let offsets: Vec<usize> =
            (0..entries).map(|i| half(&page, PAGE_HEADER + 2 * i)).collect::<Result<_, _>>()?;
        let raw = |i: usize| -> Result<&[u8], String> {
            let end = if i == 0 { page_size } else { offsets[i - 1] };
            page.get(offsets[i]..end)
                .filter(|r| !r.is_empty())
                .ok_or_else(|| format!("bad item on page {pgno}"))
        };
        let value = |item: &[u8]| -> Result<Vec<u8>, String> {
            match item[0] {
                H_KEYDATA => Ok(item[1..].to_vec()),
                H_OFFPAGE => {
                    let (mut next, total) = (word(item, 4)?, word(item, 8)? as usize);
                    let mut data = Vec::with_capacity(total.min(1 << 20));
                    loop {
                        let over = page_at(next)?;
                        if over[25] != P_OVERFLOW {
                            return Err(format!("page {next} is not an overflow page"));
                        }
                        let on_page = half(&over, 22)?;
                        data.extend_from_slice(
                            over.get(PAGE_HEADER..PAGE_HEADER + on_page).ok_or("bad overflow page")?,
                        );
                        next = word(&over, 16)?;
                        if next == 0 || data.len() >= total {
                            break;
                        }
                    }
                    if data.len() != total {
                        return Err(format!("an overflow chain holds {} bytes, not {total}", data.len()));
                    }
                    Ok(data)
                }
                other => Err(format!("item type {other} (duplicates) is not used here")),
            }
        };
        for pair in (0..entries).step_by(2).filter(|i| i + 1 < entries) {
            if value(raw(pair)?)? == key {
                return Ok(Some(value(raw(pair + 1)?)?));
            }
        }
        pgno = word(&page, 16)?;
        if pgno == 0 {
            return Ok(None);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_what_is_not_a_hash_file() {
        assert!(read_hash(b"").is_err());
        assert!(read_hash(&[0u8; 4096]).unwrap_err().contains("not a hash"));
        let mut meta = vec![0u8; 4096];
        meta[12..16].copy_from_slice(&HASH_MAGIC.to_le_bytes());
        meta[20..24].copy_from_slice(&100u32.to_le_bytes());
        assert!(read_hash(&meta).unwrap_err().contains("page size"));
        meta[20..24].copy_from_slice(&4096u32.to_le_bytes());
        meta[96..100].copy_from_slice(&1u32.to_le_bytes());
        assert!(read_hash(&meta).unwrap_err().contains("past the end"));
    }

    #[test]
    fn lookup_finds_what_the_whole_read_finds() {
        let mut records: RawRecords = (0..3000)
            .map(|n| (format!("host{n}.example\0").into_bytes(), format!("u{n}:pw\0").into_bytes()))
            .collect();
        records.push((b"big.example\0".to_vec(), vec![b'x'; 9000]));
        let bytes = crate::sasldb::bdb::write::build(&records, [1; 20]).unwrap();
        let fetch = |pgno: u32, len: usize| -> Result<Vec<u8>, String> {
            let start = pgno as usize * if pgno == 0 { 0 } else { 1 } * len;
            bytes.get(start..start + len).map(<[u8]>::to_vec).ok_or_else(|| "past the end".to_string())
        };
        for (key, value) in &records {
            assert_eq!(lookup(&fetch, key).unwrap().as_ref(), Some(value));
        }
        assert_eq!(lookup(&fetch, b"absent\0").unwrap(), None);
    }

    /// A meta page claiming 2^32 pages and a bucket chain pointing at itself: the lookup must
    /// notice the loop at once, not follow it four billion times.
    #[test]
    fn lookup_stops_at_a_chain_that_loops() {
        let records: RawRecords =
            (0..50).map(|n| (format!("k{n}\0").into_bytes(), b"v\0".to_vec())).collect();
        let mut bytes = crate::sasldb::bdb::write::build(&records, [1; 20]).unwrap();
        bytes[32..36].copy_from_slice(&u32::MAX.to_le_bytes());
        for pgno in 1..bytes.len() / 4096 {
            bytes[pgno * 4096 + 16..pgno * 4096 + 20].copy_from_slice(&(pgno as u32).to_le_bytes());
        }
        let fetch = |pgno: u32, len: usize| -> Result<Vec<u8>, String> {
            let start = pgno as usize * if pgno == 0 { 0 } else { 1 } * len;
            bytes.get(start..start + len).map(<[u8]>::to_vec).ok_or_else(|| "past the end".to_string())
        };
        let started = std::time::Instant::now();
        assert!(lookup(&fetch, b"absent\0").unwrap_err().contains("twice"));
        assert!(started.elapsed() < std::time::Duration::from_secs(5));
    }

    proptest::proptest! {
        #[test]
        fn never_panics_on_damaged_files(noise in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..9000), page in 0usize..3) {
            let mut bytes = noise;
            if bytes.len() >= 100 {
                bytes[12..16].copy_from_slice(&HASH_MAGIC.to_le_bytes());
                bytes[20..24].copy_from_slice(&(512u32 << page).to_le_bytes());
                bytes[24] = 0;
                bytes[26] = 0;
            }
            let _ = read_hash(&bytes);
        }
    }
}
