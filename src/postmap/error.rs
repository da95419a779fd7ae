//! Errors of the map layer; each names the file and, where there is one, the fix.

use std::path::PathBuf;

use thiserror::Error;

use crate::error::{HasKind, Kind};

#[derive(Debug, Error)]
pub enum MapError {
    #[error("{0}: tables of this type are not handled; saslkit reads and writes lmdb:, hash:, btree: and cdb: maps")]
    UnsupportedType(String),
    #[error("{}: no such file", .0.display())]
    Missing(PathBuf),
    #[error("{}: permission denied", .0.display())]
    PermissionDenied(PathBuf),
    #[error("{}: I/O error", path.display())]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{}: this is {what}, not {} {kind}: map", path.display(), article(kind))]
    WrongType { path: PathBuf, what: String, kind: &'static str },
    #[error("{}: the scratch files of a big map cannot be written or read there; free space, or set TMPDIR to a folder with room", dir.display())]
    Scratch { dir: PathBuf, source: std::io::Error },
    #[error("{}: no such file; {} is there, {} {other}: map: name the map {other}:{}", path.display(), found.display(), article(other), source_file.display())]
    OtherTypeThere { path: PathBuf, found: PathBuf, other: &'static str, source_file: PathBuf },
    #[error("{}: LMDB refused the operation", path.display())]
    Lmdb { path: PathBuf, source: lmdb::Error },
    #[error("{0}")]
    BadInput(String),
    #[error("{0}")]
    Config(String),
    #[error(transparent)]
    Unsafe(#[from] crate::fs_safe::SafeError),
}

impl HasKind for MapError {
    fn kind(&self) -> Kind {
        match self {
            MapError::UnsupportedType(_) => Kind::Usage,
            MapError::Missing(_) => Kind::NoInput,
            MapError::PermissionDenied(_) => Kind::NoPerm,
            MapError::Io { source, .. } => match source.kind() {
                std::io::ErrorKind::StorageFull => Kind::CantCreate,
                _ => Kind::of_io(source),
            },
            MapError::WrongType { .. } | MapError::OtherTypeThere { .. } | MapError::BadInput(_) => {
                Kind::DataErr
            }
            MapError::Scratch { source, .. } => match source.kind() {
                std::io::ErrorKind::StorageFull => Kind::CantCreate,
                _ => Kind::of_io(source),
            },
            MapError::Lmdb { .. } => Kind::IoErr,
            MapError::Config(_) => Kind::Config,
            MapError::Unsafe(err) => err.kind(),
        }
    }
}

pub type MapResult<T> = Result<T, MapError>;

/// "an lmdb:", "a hash:".
fn article(kind: &str) -> &'static str {
    if kind.starts_with('l') {
        "an"
    } else {
        "a"
    }
}

/// An error of the scratch files in `$TMPDIR`.
pub fn scratch_error(source: std::io::Error) -> MapError {
    MapError::Scratch { dir: std::env::temp_dir(), source }
}

pub fn io_error(path: &std::path::Path, source: std::io::Error) -> MapError {
    match source.kind() {
        std::io::ErrorKind::NotFound => MapError::Missing(path.to_path_buf()),
        std::io::ErrorKind::PermissionDenied => MapError::PermissionDenied(path.to_path_buf()),
        _ => MapError::Io { path: path.to_path_buf(), source },
    }
}
