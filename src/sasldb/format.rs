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
    /// An SQLite database (`--db sqlite:PATH` stores, or such a file named without the prefix).
    Sqlite,
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
            FileFormat::Sqlite => "SQLite",
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
    if head.starts_with(b"SQLite format 3\0") {
        return FileFormat::Sqlite;
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

#[cfg(test)]
mod tests {
    use super::*;

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
