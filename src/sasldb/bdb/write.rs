//! Writing a Berkeley DB 5.3 hash file from a set of records, laid out as a fresh `db_load` would:
//! meta page, 2^k bucket pages (sorted), then overflow pages for items over a quarter page. A
//! sasldb is rebuilt whole with each bucket on one page ([`build`]); a `hash:` map is streamed
//! bucket by bucket ([`HashFileWriter`]), its pages about three quarters full and a bucket that
//! overfills its page continued on chained pages. Either file is renamed into place.

use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;

use crate::sasldb::error::{DbError, DbResult};
use crate::sasldb::store::RawRecords;

use crate::sasldb::bdb::page::{hash, CHARKEY};
use crate::sasldb::bdb::page::{
    HASH_MAGIC, H_KEYDATA, H_OFFPAGE, PAGE_HEADER as HEADER, P_HASH, P_HASHMETA, P_OVERFLOW,
};

const PAGE_SIZE: usize = 4096;
/// One record: (key, value).
type Pair = (Vec<u8>, Vec<u8>);

/// An item on a bucket page: the bytes themselves, or a pointer to an overflow chain.
enum Item<'a> {
    Inline(&'a [u8]),
    Offpage(&'a [u8]),
}

impl Item<'_> {
    fn new(bytes: &[u8]) -> Item<'_> {
        if bytes.len() > PAGE_SIZE / 4 {
            Item::Offpage(bytes)
        } else {
            Item::Inline(bytes)
        }
    }

    fn size(&self) -> usize {
        match self {
            Item::Inline(bytes) => 1 + bytes.len(),
            Item::Offpage(_) => 12,
        }
    }
}

/// Whether the rebuild may go ahead: false when the file changed since its records were read.
pub type StillCurrent<'a> = &'a dyn Fn() -> DbResult<bool>;

/// Rebuilds `path` with `records`: written to a temporary file in the same folder, read back and
/// compared, then renamed over the old file, keeping its mode and owner (new files: 0660 minus the
/// umask, as Cyrus's db_berkeley.c creates them). Returns false, replacing nothing, when
/// `still_current` says another writer changed the file meanwhile.
pub fn replace_file(path: &Path, records: &RawRecords, still_current: StillCurrent<'_>) -> DbResult<bool> {
    let mut uid = [0u8; 20];
    getrandom::getrandom(&mut uid).map_err(|err| DbError::Invalid(format!("no random numbers: {err}")))?;
    let bytes =
        build(records, uid).map_err(|reason| DbError::Invalid(format!("{}: {reason}", path.display())))?;
    let mut check = crate::sasldb::bdb::page::read_bytes(&bytes).map_err(DbError::Invalid)?;
    check.sort();
    let mut expected = records.clone();
    expected.sort();
    if check != expected {
        return Err(DbError::Invalid(format!(
            "{}: internal: the rebuilt file does not read back",
            path.display()
        )));
    }
    let keep = crate::fs_safe::attributes_to_keep(path)?;
    let aside = crate::fs_safe::Aside::new(path)?;
    let io = |source| DbError::Io { path: path.to_path_buf(), source };
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o660)
        .open(aside.path())
        .map_err(io)?;
    std::io::Write::write_all(&mut file, &bytes).map_err(io)?;
    drop(file);
    // Cyrus's saslpasswd2 takes no lock and writes into the file in place: right before the
    // rename, the file must still hold what the records were read from, or its write would be lost.
    if !still_current()? {
        return Ok(false);
    }
    aside.commit(keep)?;
    Ok(true)
}

/// The file's bytes; `uid` is the 20-byte file id Berkeley DB keeps in the meta page.
pub fn build(records: &RawRecords, uid: [u8; 20]) -> Result<Vec<u8>, String> {
    let mut sorted: Vec<&Pair> = records.iter().collect();
    sorted.sort_by(|a, b| a.0.cmp(&b.0));
    let (bits, buckets) = spread(&sorted)?;
    let nbuckets = 1usize << bits;
    let mut pages = vec![0u8; PAGE_SIZE * (1 + nbuckets)];
    for (bucket, pairs) in buckets.iter().enumerate() {
        write_bucket(&mut pages, bucket + 1, pairs);
    }
    write_meta(&mut pages, bits, records.len(), uid);
    Ok(pages)
}

/// The fewest buckets (a power of two) with every bucket fitting on one page.
/// Every pair fits a page alone, so only keys whose 32-bit hashes collide in bulk could keep a
/// bucket full: past 2^24 buckets that is an error, not an endless loop.
fn spread<'a>(sorted: &[&'a Pair]) -> Result<(u32, Vec<Vec<&'a Pair>>), String> {
    let mut bits = 0;
    loop {
        let mask = (1u32 << bits) - 1;
        let mut buckets: Vec<Vec<&Pair>> = vec![Vec::new(); 1 << bits];
        for &record in sorted {
            buckets[(hash(&record.0) & mask) as usize].push(record);
        }
        let fits = |pairs: &Vec<&Pair>| {
            let used: usize = pairs.iter().map(|(k, v)| 4 + Item::new(k).size() + Item::new(v).size()).sum();
            HEADER + used <= PAGE_SIZE
        };
        if buckets.iter().all(fits) {
            return Ok((bits, buckets));
        }
        bits += 1;
        if bits > 24 {
            return Err("too many keys share one hash value to lay out hash buckets".into());
        }
    }
}

/// The hash Berkeley DB files a record under: of the key, with the trailing NUL postmap stores
/// when `nul`.
pub fn stored_hash(key: &[u8], nul: bool) -> u32 {
    let h = hash(key);
    if nul {
        h.wrapping_mul(16_777_619)
    } else {
        h
    }
}

/// The bytes a record takes on a bucket page (two items and their index slots).
#[cfg(test)]
fn pair_size(key_len: usize, value_len: usize, nul: bool) -> u32 {
    (4 + item_size(key_len, nul) + item_size(value_len, nul)) as u32
}

/// At least the bytes `records` records of these key and value totals take on bucket pages:
/// every item counted inline (an item moved to overflow pages takes less).
pub fn pairs_size_bound(records: u64, key_bytes: u64, value_bytes: u64, nul: bool) -> u64 {
    key_bytes + value_bytes + records * (4 + 2 * (1 + u64::from(nul)))
}

fn item_size(len: usize, nul: bool) -> usize {
    let len = len + usize::from(nul);
    if len > PAGE_SIZE / 4 {
        12
    } else {
        1 + len
    }
}

/// Writes a hash file without holding it: the bucket count is fixed first ([`bucket_bits`] of
/// the records' total size), then each bucket's records are given once, buckets in any order;
/// pages go to their place with `pwrite`.
pub struct HashFileWriter<'f> {
    file: &'f std::fs::File,
    bits: u32,
    nul: bool,
    next_overflow: usize,
    written: Vec<bool>,
    page: Vec<u8>,
    data: Vec<u8>,
}

impl<'f> HashFileWriter<'f> {
    pub fn new(file: &'f std::fs::File, bits: u32, nul: bool) -> HashFileWriter<'f> {
        let nbuckets = 1usize << bits;
        HashFileWriter {
            file,
            bits,
            nul,
            next_overflow: 1 + nbuckets,
            written: vec![false; nbuckets],
            page: vec![0; PAGE_SIZE],
            data: Vec::new(),
        }
    }

    pub fn bucket_of(&self, key: &[u8]) -> usize {
        (stored_hash(key, self.nul) & ((1u32 << self.bits) - 1)) as usize
    }

    fn write_page(&self, pgno: usize, page: &[u8]) -> std::io::Result<()> {
        std::os::unix::fs::FileExt::write_all_at(self.file, page, (pgno * PAGE_SIZE) as u64)
    }

    /// Writes bucket `bucket`: its records sorted by key (Berkeley DB keeps bucket pages sorted),
    /// long items on overflow chains. Records that do not fit the bucket's page go on to pages
    /// of their own chained from it (Berkeley DB's bucket overflow pages), each page sorted.
    pub fn bucket(&mut self, bucket: usize, records: &mut [(Vec<u8>, Vec<u8>)]) -> std::io::Result<()> {
        if self.written.get(bucket) != Some(&false) {
            // Writing a bucket twice would drop the first write's records.
            return Err(std::io::Error::other(format!(
                "internal: bucket {bucket} given twice or out of range"
            )));
        }
        records.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let nul = self.nul;
        let mut page = std::mem::take(&mut self.page);
        page.fill(0);
        let (mut pgno, mut prev) = (bucket + 1, 0);
        let (mut offset, mut entries) = (PAGE_SIZE, 0);
        for (key, value) in records.iter() {
            let items = item_size(key.len(), nul) + item_size(value.len(), nul);
            if HEADER + 2 * (entries + 2) + items > offset {
                let next = self.next_overflow;
                self.next_overflow += 1;
                page_header(&mut page, 0, prev, next, entries, offset, P_HASH);
                put_u32(&mut page, 8, pgno as u32);
                self.write_page(pgno, &page)?;
                page.fill(0);
                (prev, pgno, offset, entries) = (pgno, next, PAGE_SIZE, 0);
            }
            for bytes in [key, value] {
                let len = bytes.len() + usize::from(nul);
                offset -= item_size(bytes.len(), nul);
                if len > PAGE_SIZE / 4 {
                    let first = self.chain(bytes)?;
                    page[offset] = H_OFFPAGE;
                    page[offset + 4..offset + 8].copy_from_slice(&(first as u32).to_le_bytes());
                    page[offset + 8..offset + 12].copy_from_slice(&(len as u32).to_le_bytes());
                } else {
                    page[offset] = H_KEYDATA;
                    page[offset + 1..offset + 1 + bytes.len()].copy_from_slice(bytes);
                }
                put_u16(&mut page, HEADER + 2 * entries, offset);
                entries += 1;
            }
        }
        page_header(&mut page, 0, prev, 0, entries, offset, P_HASH);
        put_u32(&mut page, 8, pgno as u32);
        self.write_page(pgno, &page)?;
        self.page = page;
        self.written[bucket] = true;
        Ok(())
    }

    /// Writes `bytes` (and the NUL) to the next overflow pages; returns the first one's number.
    fn chain(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        let room = PAGE_SIZE - HEADER;
        let mut data = std::mem::take(&mut self.data);
        data.clear();
        data.extend_from_slice(bytes);
        data.extend(std::iter::repeat_n(0u8, usize::from(self.nul)));
        let first = self.next_overflow;
        let count = data.len().div_ceil(room);
        let mut page = vec![0u8; PAGE_SIZE];
        for (n, chunk) in data.chunks(room).enumerate() {
            let pgno = first + n;
            page.fill(0);
            let prev = if n == 0 { 0 } else { pgno - 1 };
            let next = if n + 1 == count { 0 } else { pgno + 1 };
            page_header(&mut page, 0, prev, next, 1, chunk.len(), P_OVERFLOW);
            put_u32(&mut page, 8, pgno as u32);
            page[HEADER..HEADER + chunk.len()].copy_from_slice(chunk);
            self.write_page(pgno, &page)?;
        }
        self.next_overflow += count;
        self.data = data;
        Ok(first)
    }

    /// Writes the buckets no record went to (empty pages) and the meta page.
    pub fn finish(mut self, records: usize, uid: [u8; 20]) -> std::io::Result<()> {
        let mut page = vec![0u8; PAGE_SIZE];
        for bucket in 0..self.written.len() {
            if !self.written[bucket] {
                page.fill(0);
                page_header(&mut page, 0, 0, 0, 0, PAGE_SIZE, P_HASH);
                put_u32(&mut page, 8, (bucket + 1) as u32);
                self.write_page(bucket + 1, &page)?;
            }
        }
        page.fill(0);
        write_meta_page(&mut page, self.bits, records, uid, self.next_overflow - 1);
        self.write_page(0, &page)?;
        self.written.clear();
        Ok(())
    }
}

/// The bucket count for [`HashFileWriter`] from the bytes the records take on bucket pages:
/// the fewest bucket bits that leave the pages three quarters full on average (Berkeley DB's
/// own hash files are about that full). A bucket its share overfills continues on chained
/// pages, so the file is not sized by its fullest bucket (which took twice the buckets, at 30%
/// fill, for a million keys).
pub fn bucket_bits(total: u64) -> Result<u32, String> {
    let room = (PAGE_SIZE - HEADER) as u64;
    let mut bits = 0;
    while (1u64 << bits) * room * 3 < total * 4 {
        bits += 1;
    }
    if bits > 24 {
        return Err("too many records for one hash file".into());
    }
    Ok(bits)
}

fn put_u32(pages: &mut [u8], at: usize, value: u32) {
    pages[at..at + 4].copy_from_slice(&value.to_le_bytes());
}

fn put_u16(pages: &mut [u8], at: usize, value: usize) {
    pages[at..at + 2].copy_from_slice(&(value as u16).to_le_bytes());
}

fn page_header(
    pages: &mut [u8],
    pgno: usize,
    prev: usize,
    next: usize,
    entries: usize,
    hf_offset: usize,
    kind: u8,
) {
    let base = pgno * PAGE_SIZE;
    put_u32(pages, base + 4, 1); // LSN {0, 1}, as db_load leaves it
    put_u32(pages, base + 8, pgno as u32);
    put_u32(pages, base + 12, prev as u32);
    put_u32(pages, base + 16, next as u32);
    put_u16(pages, base + 20, entries);
    put_u16(pages, base + 22, hf_offset);
    pages[base + 25] = kind;
}

fn write_bucket(pages: &mut Vec<u8>, pgno: usize, pairs: &[&Pair]) {
    let mut offset = PAGE_SIZE;
    let mut entries = 0;
    for (key, value) in pairs {
        for bytes in [key, value] {
            let encoded = match Item::new(bytes) {
                Item::Inline(data) => [&[H_KEYDATA][..], data].concat(),
                Item::Offpage(data) => {
                    let first = overflow_chain(pages, data);
                    let mut item = vec![H_OFFPAGE, 0, 0, 0];
                    item.extend_from_slice(&(first as u32).to_le_bytes());
                    item.extend_from_slice(&(data.len() as u32).to_le_bytes());
                    item
                }
            };
            offset -= encoded.len();
            let base = pgno * PAGE_SIZE;
            pages[base + offset..base + offset + encoded.len()].copy_from_slice(&encoded);
            put_u16(pages, base + HEADER + 2 * entries, offset);
            entries += 1;
        }
    }
    page_header(pages, pgno, 0, 0, entries, offset, P_HASH);
}

/// Appends overflow pages holding `data`; returns the first page's number.
fn overflow_chain(pages: &mut Vec<u8>, data: &[u8]) -> usize {
    let room = PAGE_SIZE - HEADER;
    let first = pages.len() / PAGE_SIZE;
    let chunks: Vec<&[u8]> = data.chunks(room).collect();
    for (i, chunk) in chunks.iter().enumerate() {
        let pgno = first + i;
        pages.resize(pages.len() + PAGE_SIZE, 0);
        let prev = if i == 0 { 0 } else { pgno - 1 };
        let next = if i + 1 == chunks.len() { 0 } else { pgno + 1 };
        // On overflow pages `entries` is the reference count and `hf_offset` the bytes held.
        page_header(pages, pgno, prev, next, 1, chunk.len(), P_OVERFLOW);
        pages[pgno * PAGE_SIZE + HEADER..pgno * PAGE_SIZE + HEADER + chunk.len()].copy_from_slice(chunk);
    }
    first
}

fn write_meta(pages: &mut [u8], bits: u32, nelem: usize, uid: [u8; 20]) {
    let last_pgno = pages.len() / PAGE_SIZE - 1;
    write_meta_page(pages, bits, nelem, uid, last_pgno);
}

fn write_meta_page(pages: &mut [u8], bits: u32, nelem: usize, uid: [u8; 20], last_pgno: usize) {
    put_u32(pages, 4, 1);
    put_u32(pages, 12, HASH_MAGIC);
    put_u32(pages, 16, 9);
    put_u32(pages, 20, PAGE_SIZE as u32);
    pages[25] = P_HASHMETA;
    put_u32(pages, 32, last_pgno as u32);
    pages[52..72].copy_from_slice(&uid);
    let max_bucket = (1u32 << bits) - 1;
    put_u32(pages, 72, max_bucket);
    put_u32(pages, 76, max_bucket);
    // Berkeley DB's own arithmetic: half the buckets, minus one (so all ones for a single bucket).
    put_u32(pages, 80, ((1u32 << bits) >> 1).wrapping_sub(1));
    put_u32(pages, 88, nelem as u32);
    put_u32(pages, 92, hash(CHARKEY));
    // Bucket b is on page b + spares[log2(b + 1)]: pages 1 ..= 2^bits, in order.
    for i in 0..=bits as usize {
        put_u32(pages, 96 + 4 * i, 1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_matches_berkeley_db() {
        // The h_charkey Debian's libdb 5.3 wrote into a real sasldb file.
        assert_eq!(hash(CHARKEY), 0x5e68_8dd1);
    }

    /// The streaming writer's file holds exactly the records, with the bucket count
    /// [`bucket_bits`] picks (pages about three quarters full) and with a quarter of it, where
    /// most buckets continue on chained pages.
    #[test]
    fn the_file_written_bucket_by_bucket_reads_back_with_chained_buckets() {
        for nul in [false, true] {
            let mut keys: Vec<(Vec<u8>, Vec<u8>)> = (0..3000)
                .map(|n| (format!("host{n}.example").into_bytes(), format!("u{n}:pw{n}").into_bytes()))
                .collect();
            keys.push((b"big.example".to_vec(), vec![b'x'; 9000]));
            keys.push((vec![b'k'; 1500], b"long key".to_vec()));
            keys.sort();
            let with = |b: &[u8]| if nul { [b, b"\0"].concat() } else { b.to_vec() };
            let mut records: RawRecords = keys.iter().map(|(k, v)| (with(k), with(v))).collect();
            records.sort();
            let total: u64 = keys.iter().map(|(k, v)| u64::from(pair_size(k.len(), v.len(), nul))).sum();
            let (key_bytes, value_bytes) =
                keys.iter().fold((0, 0), |(kb, vb), (k, v)| (kb + k.len(), vb + v.len()));
            let bound = pairs_size_bound(keys.len() as u64, key_bytes as u64, value_bytes as u64, nul);
            assert!(bound >= total, "nul {nul}: the bound {bound} is below the bytes {total}");
            let picked = bucket_bits(total).unwrap();
            let fill = total as f64 / (((1usize << picked) * (PAGE_SIZE - HEADER)) as f64);
            assert!((0.37..=0.75).contains(&fill), "nul {nul}: {fill:.2} full on average");
            for bits in [picked, picked - 2] {
                let dir = tempfile::tempdir().unwrap();
                let file = std::fs::File::create_new(dir.path().join("h")).unwrap();
                let mut writer = HashFileWriter::new(&file, bits, nul);
                let mut buckets: Vec<Vec<(Vec<u8>, Vec<u8>)>> = vec![Vec::new(); 1 << bits];
                for (k, v) in keys.iter().rev() {
                    buckets[writer.bucket_of(k)].push((k.clone(), v.clone()));
                }
                for (bucket, records) in buckets.iter_mut().enumerate().filter(|(_, r)| !r.is_empty()) {
                    writer.bucket(bucket, records).unwrap();
                }
                writer.finish(keys.len(), [9; 20]).unwrap();
                let streamed = std::fs::read(dir.path().join("h")).unwrap();
                let mut read = crate::sasldb::bdb::page::read_bytes(&streamed).unwrap();
                read.sort();
                assert_eq!(read, records, "nul {nul}, {bits} bits");
                let next_of = |pgno: usize| {
                    let at = pgno * PAGE_SIZE + 16;
                    u32::from_le_bytes([streamed[at], streamed[at + 1], streamed[at + 2], streamed[at + 3]])
                };
                let chained = (1..=1usize << bits).filter(|&pgno| next_of(pgno) != 0).count();
                assert_eq!(chained > 0, bits < picked, "nul {nul}, {bits} bits: {chained} chained buckets");
            }
        }
    }

    #[test]
    fn built_files_read_back() {
        let mut records: RawRecords = (0..2000)
            .map(|n| (format!("u{n}\0r\0userPassword").into_bytes(), format!("pw{n}").into_bytes()))
            .collect();
        records.push((b"big\0r\0userPassword".to_vec(), vec![b'x'; 9000]));
        let bytes = build(&records, [7; 20]).unwrap();
        let mut read = crate::sasldb::bdb::page::read_bytes(&bytes).unwrap();
        read.sort();
        records.sort();
        assert_eq!(read, records);
    }
}
