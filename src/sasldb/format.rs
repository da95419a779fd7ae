//! Recognise what kind of database file a path holds before LMDB touches it, so a Berkeley DB or
//! GDBM sasldb is named as such (and no `-lock` file is left next to it).

use std::io::Read;
use std::path::Path;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileFormat {
    Missing,
    /// A zero-byte file: Cyrus (and LMDB) set it up as a new environment.
    Empty,
    Lmdb,
    BerkeleyDb(&'static str),
    Gdbm,
    Unknown,
}

impl FileFormat {
    pub fn describe(self) -> &'static str {
        match self {
            FileFormat::Missing => "missing",
            FileFormat::Empty => "empty",
            FileFormat::Lmdb => "LMDB",
            FileFormat::BerkeleyDb(_) => "Berkeley DB",
            FileFormat::Gdbm => "GDBM",
            FileFormat::Unknown => "not a database",
        }
    }
}

const LMDB_MAGIC: u32 = 0xBEEF_C0DE;
const GDBM_MAGICS: [u32; 5] = [0x1357_9ace, 0x1357_9acd, 0x1357_9acf, 0x1357_9ad0, 0x1357_9ad1];
const BDB_MAGICS: [(u32, &str); 4] =
    [(0x0006_1561, "hash"), (0x0005_3162, "btree"), (0x0004_2253, "queue"), (0x0007_4582, "heap")];

/// Reads the first bytes of `path` and names its format. I/O errors other than "missing" are returned.
pub fn detect(path: &Path) -> std::io::Result<FileFormat> {
    let mut file = match std::fs::File::open(path) {
        Ok(file) => file,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(FileFormat::Missing),
        Err(err) => return Err(err),
    };
    let mut head = Vec::with_capacity(64);
    file.by_ref().take(64).read_to_end(&mut head)?;
    Ok(classify(&head))
}

pub fn classify(head: &[u8]) -> FileFormat {
    if head.is_empty() {
        return FileFormat::Empty;
    }
    let word = |at: usize| -> Option<[u8; 4]> { head.get(at..at + 4)?.try_into().ok() };
    let matches =
        |bytes: [u8; 4], magic: u32| u32::from_le_bytes(bytes) == magic || u32::from_be_bytes(bytes) == magic;
    // LMDB meta page: 16-byte page header, then mm_magic.
    if word(16).is_some_and(|w| matches(w, LMDB_MAGIC)) {
        return FileFormat::Lmdb;
    }
    if let Some(w) = word(0) {
        if GDBM_MAGICS.iter().any(|&m| matches(w, m)) {
            return FileFormat::Gdbm;
        }
    }
    if let Some(w) = word(12) {
        if let Some((_, kind)) = BDB_MAGICS.iter().find(|(m, _)| matches(w, *m)) {
            return FileFormat::BerkeleyDb(kind);
        }
    }
    FileFormat::Unknown
}

/// LMDB maps the whole file and would die of SIGBUS reading a page past its end: before opening,
/// the newest meta page's last used page must lie inside the file.
pub fn check_lmdb_length(path: &Path) -> std::io::Result<Result<(), String>> {
    let mut verdict = Ok(());
    // A writer in another process may be committing: the meta page is read before the length (which
    // only grows), and a torn read of a meta page being rewritten is given two more chances.
    for attempt in 0..3 {
        if attempt > 0 {
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        let mut file = std::fs::File::open(path)?;
        let mut head = vec![0u8; 2 * 65536];
        let read = read_up_to(&mut file, &mut head)?;
        head.truncate(read);
        let bytes_on_disk = std::fs::metadata(path)?.len();
        verdict = lmdb_length_problem(&head, bytes_on_disk);
        if verdict.is_ok() {
            break;
        }
    }
    Ok(verdict)
}

fn read_up_to(file: &mut std::fs::File, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut filled = 0;
    while filled < buf.len() {
        match file.read(&mut buf[filled..])? {
            0 => break,
            n => filled += n,
        }
    }
    Ok(filled)
}

/// Meta pages 0 and 1: page header (16), magic, version, address, map size, two 48-byte database
/// records (the first's pad is the page size), last used page, transaction id.
fn lmdb_length_problem(head: &[u8], bytes_on_disk: u64) -> Result<(), String> {
    let u32_at =
        |at: usize| head.get(at..at + 4).map(|b| u32::from_le_bytes(b.try_into().unwrap_or_default()));
    let u64_at =
        |at: usize| head.get(at..at + 8).map(|b| u64::from_le_bytes(b.try_into().unwrap_or_default()));
    let page_size = u64::from(u32_at(40).ok_or("truncated in the first meta page")?);
    if !(512..=65536).contains(&page_size) || !page_size.is_power_of_two() {
        return Err(format!("impossible page size {page_size} in the meta page"));
    }
    let meta = |n: u64| -> Option<(u64, u64)> {
        let base = (n * page_size) as usize;
        (u32_at(base + 16)? == LMDB_MAGIC).then_some(())?;
        Some((u64_at(base + 144)?, u64_at(base + 136)?))
    };
    let newest = [meta(0), meta(1)].into_iter().flatten().max().ok_or("no valid meta page")?;
    let needed = (newest.1 + 1).saturating_mul(page_size);
    if bytes_on_disk < needed {
        return Err(format!("truncated: the file has {bytes_on_disk} bytes, its last page ends at {needed}"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncated_lmdb_is_caught_before_lmdb_maps_it() {
        let mut head = vec![0u8; 8192];
        for (page, txnid, last_pg) in [(0usize, 0u64, 1u64), (1, 5, 9)] {
            let base = page * 4096;
            head[base + 16..base + 20].copy_from_slice(&LMDB_MAGIC.to_le_bytes());
            head[base + 40..base + 44].copy_from_slice(&4096u32.to_le_bytes());
            head[base + 136..base + 144].copy_from_slice(&last_pg.to_le_bytes());
            head[base + 144..base + 152].copy_from_slice(&txnid.to_le_bytes());
        }
        assert_eq!(lmdb_length_problem(&head, 10 * 4096), Ok(()));
        assert!(lmdb_length_problem(&head, 9 * 4096).unwrap_err().contains("truncated"));
        assert!(lmdb_length_problem(&head[..30], 10 * 4096).is_err());
    }

    #[test]
    fn recognises_magics() {
        let mut lmdb = vec![0u8; 32];
        lmdb[16..20].copy_from_slice(&LMDB_MAGIC.to_le_bytes());
        assert_eq!(classify(&lmdb), FileFormat::Lmdb);

        let mut bdb = vec![0u8; 32];
        bdb[12..16].copy_from_slice(&0x0006_1561u32.to_le_bytes());
        assert_eq!(classify(&bdb), FileFormat::BerkeleyDb("hash"));
        bdb[12..16].copy_from_slice(&0x0005_3162u32.to_be_bytes());
        assert_eq!(classify(&bdb), FileFormat::BerkeleyDb("btree"));

        assert_eq!(classify(&0x1357_9acfu32.to_le_bytes()), FileFormat::Gdbm);
        assert_eq!(classify(b""), FileFormat::Empty);
        assert_eq!(classify(b"hello, this is just text and not a database at all"), FileFormat::Unknown);
        assert_eq!(classify(b"x"), FileFormat::Unknown);
    }
}
