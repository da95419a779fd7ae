//! Small changes to a Berkeley DB hash file made where they are, as Cyrus's saslpasswd2 makes
//! them, but only when the whole operation lands on one bucket page: that page is rewritten with
//! one `pwrite`, so a process killed at any moment leaves the old page or the new one (then the
//! meta page's record count, a hint Berkeley DB and db_verify do not hold against the file). Any
//! other change (a full page, an overflow item, keys on several pages, another hash function)
//! says so, and the caller rebuilds the file.

use std::os::unix::fs::FileExt;

use crate::sasldb::bdb::page::{default_hash_function, hash, HASH_MAGIC, H_KEYDATA, PAGE_HEADER, P_HASH};
use crate::sasldb::overlay::Changes;

/// Where a change cannot be made in place; the caller rebuilds.
#[derive(Debug, PartialEq, Eq)]
pub struct NotInPlace(pub String);

/// What the meta page says about the file.
struct Meta {
    big_endian: bool,
    page_size: usize,
    last_pgno: u32,
    max_bucket: u32,
    high_mask: u32,
    low_mask: u32,
    spares: Vec<u32>,
    nelem: u32,
}

impl Meta {
    fn read(file: &std::fs::File) -> Result<Meta, NotInPlace> {
        let mut meta = vec![0u8; 512];
        file.read_exact_at(&mut meta, 0).map_err(|e| NotInPlace(format!("meta page: {e}")))?;
        let magic: [u8; 4] = meta[12..16].try_into().unwrap_or_default();
        let big_endian = match (u32::from_le_bytes(magic), u32::from_be_bytes(magic)) {
            (HASH_MAGIC, _) => false,
            (_, HASH_MAGIC) => true,
            _ => return Err(NotInPlace("not a hash database".into())),
        };
        if !default_hash_function(&meta) || meta[24] != 0 || meta[26] & 1 != 0 {
            return Err(NotInPlace("another hash function, encryption or checksums".into()));
        }
        let word = |at: usize| -> u32 {
            let w: [u8; 4] = meta[at..at + 4].try_into().unwrap_or_default();
            if big_endian {
                u32::from_be_bytes(w)
            } else {
                u32::from_le_bytes(w)
            }
        };
        let page_size = word(20) as usize;
        if !(512..=65536).contains(&page_size) || !page_size.is_power_of_two() {
            return Err(NotInPlace(format!("page size {page_size}")));
        }
        Ok(Meta {
            big_endian,
            page_size,
            last_pgno: word(32),
            max_bucket: word(72),
            high_mask: word(76),
            low_mask: word(80),
            spares: (0..32).map(|i| word(96 + 4 * i)).collect(),
            nelem: word(88),
        })
    }

    /// The first page of the bucket Berkeley DB puts `key` in.
    fn bucket_page(&self, key: &[u8]) -> Result<u32, NotInPlace> {
        let h = hash(key);
        let mut bucket = h & self.high_mask;
        if bucket > self.max_bucket {
            bucket = h & self.low_mask;
        }
        let log2 = (u32::BITS - bucket.leading_zeros()) as usize;
        self.spares
            .get(log2)
            .and_then(|spare| bucket.checked_add(*spare))
            .ok_or_else(|| NotInPlace("bad bucket map".into()))
    }

    fn u16(&self, bytes: &[u8], at: usize) -> Option<usize> {
        let w: [u8; 2] = bytes.get(at..at + 2)?.try_into().ok()?;
        Some(usize::from(if self.big_endian { u16::from_be_bytes(w) } else { u16::from_le_bytes(w) }))
    }

    fn u32(&self, bytes: &[u8], at: usize) -> Option<u32> {
        let w: [u8; 4] = bytes.get(at..at + 4)?.try_into().ok()?;
        Some(if self.big_endian { u32::from_be_bytes(w) } else { u32::from_le_bytes(w) })
    }

    fn put_u16(&self, bytes: &mut [u8], at: usize, value: usize) {
        let v = value as u16;
        bytes[at..at + 2].copy_from_slice(&if self.big_endian { v.to_be_bytes() } else { v.to_le_bytes() });
    }
}

/// A bucket page's key/data pairs, as stored (type byte included).
struct Page {
    pgno: u32,
    bytes: Vec<u8>,
    pairs: Vec<(Vec<u8>, Vec<u8>)>,
}

fn read_page(file: &std::fs::File, meta: &Meta, pgno: u32) -> Result<Page, NotInPlace> {
    let damaged = |what: &str| NotInPlace(format!("page {pgno}: {what}"));
    if pgno == 0 || pgno > meta.last_pgno {
        return Err(damaged("outside the file"));
    }
    let mut bytes = vec![0u8; meta.page_size];
    file.read_exact_at(&mut bytes, u64::from(pgno) * meta.page_size as u64)
        .map_err(|e| damaged(&e.to_string()))?;
    if bytes[25] != P_HASH {
        return Err(damaged("not a sorted hash page"));
    }
    let entries = meta.u16(&bytes, 20).ok_or_else(|| damaged("header"))?;
    if entries % 2 != 0 {
        return Err(damaged("an odd number of items"));
    }
    let mut offsets = Vec::with_capacity(entries);
    for i in 0..entries {
        offsets.push(meta.u16(&bytes, PAGE_HEADER + 2 * i).ok_or_else(|| damaged("item index"))?);
    }
    let item = |i: usize| -> Result<Vec<u8>, NotInPlace> {
        let end = if i == 0 { meta.page_size } else { offsets[i - 1] };
        bytes
            .get(offsets[i]..end)
            .filter(|r| !r.is_empty())
            .map(<[u8]>::to_vec)
            .ok_or_else(|| damaged("bad item"))
    };
    let mut pairs = Vec::with_capacity(entries / 2);
    for i in (0..entries).step_by(2) {
        pairs.push((item(i)?, item(i + 1)?));
    }
    Ok(Page { pgno, bytes, pairs })
}

/// The key of a stored key item, when it is on the page.
fn inline(item: &[u8]) -> Option<&[u8]> {
    (item.first() == Some(&H_KEYDATA)).then(|| &item[1..])
}

/// Applies every change on one page of `file` in place. `Ok(true)`: done; `Ok(false)`: nothing
/// to do; `Err(NotInPlace)`: nothing was written, rebuild instead.
///
/// Cyrus's saslpasswd2 writes into the file without a lock: the page is read again right before
/// the write, and when it changed meanwhile the change is worked out again from the new page.
pub fn apply(file: &std::fs::File, changes: &Changes) -> Result<bool, NotInPlace> {
    if changes.is_empty() {
        return Ok(false);
    }
    for _ in 0..RETRIES {
        let meta = Meta::read(file)?;
        let Some((page, delta)) = plan(file, &meta, changes)? else { return Ok(false) };
        let bytes = serialize(&meta, &page)?;
        let offset = u64::from(page.pgno) * meta.page_size as u64;
        let mut now = vec![0u8; meta.page_size];
        file.read_exact_at(&mut now, offset).map_err(|e| NotInPlace(format!("page read: {e}")))?;
        if now != page.bytes {
            continue;
        }
        file.write_all_at(&bytes, offset).map_err(|e| NotInPlace(format!("page write: {e}")))?;
        if delta != 0 {
            let nelem = (i64::from(meta.nelem) + delta).clamp(0, i64::from(u32::MAX)) as u32;
            let word = if meta.big_endian { nelem.to_be_bytes() } else { nelem.to_le_bytes() };
            // Only a hint: a process killed before this write leaves a count off by the change.
            let _ = file.write_all_at(&word, 88);
        }
        file.sync_data().map_err(|e| NotInPlace(format!("sync: {e}")))?;
        return Ok(true);
    }
    Err(NotInPlace("the page kept changing under another writer".into()))
}

/// How often a change is worked out again when another writer changed its page meanwhile.
const RETRIES: usize = 8;

/// The page the changes land on, with them made, and the change in the record count; `None`
/// when there is nothing to change.
fn plan(file: &std::fs::File, meta: &Meta, changes: &Changes) -> Result<Option<(Page, i64)>, NotInPlace> {
    let mut target: Option<Page> = None;
    let mut delta: i64 = 0;
    for (key, value) in changes {
        let (page, at) = locate(file, meta, key)?;
        let page = match &mut target {
            Some(t) if t.pgno == page.pgno => t,
            Some(_) => return Err(NotInPlace("the changes fall on several pages".into())),
            None => target.insert(page),
        };
        let at = match at {
            Some(at) if page.pairs.get(at).is_some_and(|(k, _)| inline(k) == Some(key)) => Some(at),
            Some(_) | None => page.pairs.iter().position(|(k, _)| inline(k) == Some(key.as_slice())),
        };
        match (at, value) {
            (Some(at), Some(value)) => page.pairs[at].1 = encode(value, meta.page_size)?,
            (Some(at), None) => {
                page.pairs.remove(at);
                delta -= 1;
            }
            (None, Some(value)) => {
                let position =
                    page.pairs.partition_point(|(k, _)| inline(k).is_some_and(|k| k < key.as_slice()));
                page.pairs.insert(position, (encode(key, meta.page_size)?, encode(value, meta.page_size)?));
                delta += 1;
            }
            (None, None) => {}
        }
    }
    Ok(target.map(|page| (page, delta)))
}

/// The page of `key`'s bucket chain that holds it (with its pair index), or, for a new key, the
/// first page of the chain with room for it; every page of the chain must be plain (no overflow
/// keys) for the answer to be sure.
fn locate(file: &std::fs::File, meta: &Meta, key: &[u8]) -> Result<(Page, Option<usize>), NotInPlace> {
    let mut pgno = meta.bucket_page(key)?;
    let mut first: Option<Page> = None;
    for _ in 0..=meta.last_pgno.min(1 << 20) {
        let page = read_page(file, meta, pgno)?;
        if page.pairs.iter().any(|(k, _)| inline(k).is_none()) {
            return Err(NotInPlace("a key on an overflow page".into()));
        }
        let next = meta.u32(&page.bytes, 16).ok_or_else(|| NotInPlace("header".into()))?;
        if let Some(at) = page.pairs.iter().position(|(k, _)| inline(k) == Some(key)) {
            return Ok((page, Some(at)));
        }
        if first.is_none() {
            first = Some(page);
        }
        if next == 0 {
            // A new key goes on the chain's first page; a full page is found when it is written.
            return first.map(|p| (p, None)).ok_or_else(|| NotInPlace("empty chain".into()));
        }
        pgno = next;
    }
    Err(NotInPlace("a bucket chain that does not end".into()))
}

/// An item stored on the page: Berkeley DB moves items over a quarter page to overflow pages.
fn encode(bytes: &[u8], page_size: usize) -> Result<Vec<u8>, NotInPlace> {
    if 1 + bytes.len() > page_size / 4 {
        return Err(NotInPlace("an item that goes on overflow pages".into()));
    }
    Ok([&[H_KEYDATA][..], bytes].concat())
}

/// The page with its pairs packed from the end, in order, the header kept (next/prev pages, LSN).
fn serialize(meta: &Meta, page: &Page) -> Result<Vec<u8>, NotInPlace> {
    let entries = page.pairs.len() * 2;
    let items: usize = page.pairs.iter().map(|(k, v)| k.len() + v.len()).sum();
    if PAGE_HEADER + 2 * entries + items > meta.page_size {
        return Err(NotInPlace("the page is full".into()));
    }
    let mut bytes = vec![0u8; meta.page_size];
    bytes[..PAGE_HEADER].copy_from_slice(&page.bytes[..PAGE_HEADER]);
    let mut offset = meta.page_size;
    for (i, item) in page.pairs.iter().flat_map(|(k, v)| [k, v]).enumerate() {
        offset -= item.len();
        bytes[offset..offset + item.len()].copy_from_slice(item);
        meta.put_u16(&mut bytes, PAGE_HEADER + 2 * i, offset);
    }
    meta.put_u16(&mut bytes, 20, entries);
    meta.put_u16(&mut bytes, 22, offset);
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sasldb::store::RawRecords;

    fn file_with(records: &RawRecords) -> (tempfile::TempDir, std::fs::File, std::path::PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db");
        std::fs::write(&path, crate::sasldb::bdb::write::build(records, [7; 20]).unwrap()).unwrap();
        let file = std::fs::OpenOptions::new().read(true).write(true).open(&path).unwrap();
        (dir, file, path)
    }

    fn read_sorted(path: &std::path::Path) -> RawRecords {
        let mut records = crate::sasldb::bdb::page::read_bytes(&std::fs::read(path).unwrap()).unwrap();
        records.sort();
        records
    }

    #[test]
    fn put_replace_and_delete_on_one_page() {
        let mut records: RawRecords = (0..200)
            .map(|n| (format!("user{n}\0example.com\0userPassword").into_bytes(), b"pw".to_vec()))
            .collect();
        let (_dir, file, path) = file_with(&records);
        let new = b"new\0example.com\0userPassword".to_vec();
        let changes: Changes = [(new.clone(), Some(b"secret".to_vec()))].into();
        assert_eq!(apply(&file, &changes), Ok(true));
        records.push((new.clone(), b"secret".to_vec()));
        records.sort();
        assert_eq!(read_sorted(&path), records);
        let changes: Changes = [(new.clone(), Some(b"other".to_vec()))].into();
        assert_eq!(apply(&file, &changes), Ok(true));
        let changes: Changes = [(new.clone(), None)].into();
        assert_eq!(apply(&file, &changes), Ok(true));
        records.retain(|(k, _)| *k != new);
        assert_eq!(read_sorted(&path), records);
        let lookup = |key: &[u8]| {
            let fetch = |pgno: u32, len: usize| -> Result<Vec<u8>, String> {
                let mut page = vec![0u8; len];
                file.read_exact_at(&mut page, u64::from(pgno) * if pgno == 0 { 0 } else { len as u64 })
                    .map_err(|e| e.to_string())?;
                Ok(page)
            };
            crate::sasldb::bdb::page::lookup(&fetch, key).unwrap()
        };
        assert_eq!(lookup(b"user7\0example.com\0userPassword"), Some(b"pw".to_vec()));
    }

    #[test]
    fn what_does_not_fit_is_left_to_a_rebuild() {
        let records: RawRecords = (0..20).map(|n| (format!("k{n}").into_bytes(), b"v".to_vec())).collect();
        let (_dir, file, path) = file_with(&records);
        let before = std::fs::read(&path).unwrap();
        let big: Changes = [(b"big".to_vec(), Some(vec![b'x'; 3000]))].into();
        assert!(apply(&file, &big).is_err());
        let many: Changes =
            (0..400).map(|n| (format!("new{n}").into_bytes(), Some(vec![b'y'; 100]))).collect();
        assert!(apply(&file, &many).is_err());
        assert_eq!(std::fs::read(&path).unwrap(), before, "nothing written");
    }
}
