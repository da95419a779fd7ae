//! Errors of the sasldb layer. Each names the file and says what to do next where there is a fix.

use std::path::PathBuf;

use thiserror::Error;

use crate::error::{HasKind, Kind};
use crate::sasldb::format::FileFormat;

#[derive(Debug, Error)]
pub enum DbError {
    #[error("{}: no such sasldb file", .0.display())]
    Missing(PathBuf),
    #[error("{}: this is a {} file, not a sasldb", path.display(), found.describe())]
    WrongFormat { path: PathBuf, found: FileFormat },
    #[error("{}: permission denied ({action})", path.display())]
    PermissionDenied { path: PathBuf, action: &'static str },
    #[error("{}: I/O error", path.display())]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{}: cannot create the database", path.display())]
    CannotCreate { path: PathBuf, source: std::io::Error },
    #[error("{}: the database is full (map size {} KiB)", path.display(), map_size / 1024)]
    MapFull { path: PathBuf, map_size: usize },
    #[error("{}: LMDB refused the operation", path.display())]
    Lmdb { path: PathBuf, source: lmdb::Error },
    #[error("user {0} already exists")]
    UserExists(String),
    #[error("no such user: {0}")]
    NoSuchUser(String),
    #[error("no such realm: {0}")]
    NoSuchRealm(String),
    #[error("{0}")]
    Invalid(String),
    #[error("{}: another process holds the database lock", .0.display())]
    Busy(PathBuf),
    #[error(transparent)]
    Unsafe(#[from] crate::fs_safe::SafeError),
}

impl HasKind for DbError {
    fn kind(&self) -> Kind {
        match self {
            DbError::Missing(_) => Kind::NoInput,
            DbError::WrongFormat { .. } | DbError::Invalid(_) => Kind::DataErr,
            DbError::PermissionDenied { .. } => Kind::NoPerm,
            DbError::Io { source, .. } => Kind::of_io(source),
            DbError::MapFull { .. } | DbError::CannotCreate { .. } => Kind::CantCreate,
            DbError::Lmdb {
                source: lmdb::Error::Corrupted | lmdb::Error::Invalid | lmdb::Error::BadValSize,
                ..
            } => Kind::DataErr,
            DbError::Lmdb { .. } => Kind::IoErr,
            DbError::UserExists(_) => Kind::Negative,
            DbError::Busy(_) => Kind::TempFail,
            DbError::Unsafe(err) => err.kind(),
            DbError::NoSuchUser(_) | DbError::NoSuchRealm(_) => Kind::NoUser,
        }
    }

    fn hints(&self) -> Vec<String> {
        match self {
            DbError::Unsafe(err) => err.hints(),
            DbError::Missing(_) => vec!["create it with `saslkit user add USER`, or point --db at the right file".into()],
            DbError::WrongFormat { found: FileFormat::BerkeleyDb(_), .. } => vec![
                "Cyrus keeps sasldb in Berkeley DB hash files; saslkit reads and writes those, not other Berkeley DB types".into(),
            ],
            DbError::WrongFormat { .. } => {
                vec!["a sasldb is an LMDB, GDBM or Berkeley DB hash file; check the path given with --db".into()]
            }
            DbError::PermissionDenied { .. } => vec![
                "run as a user that may write the file and its `-lock` file (readers need write access to the lock file too)".into(),
            ],
            DbError::MapFull { map_size, .. } => vec![
                format!("rerun with a larger map, e.g. --map-size {} (KiB, like Cyrus's sasldb_mapsize)", (map_size / 1024).max(1024) * 4),
                "a Cyrus process that keeps the sasldb open (saslauthd, an smtpd) must be restarted after the map grows".into(),
            ],
            DbError::UserExists(_) => vec!["use `saslkit user passwd` to change the password, or --force to replace the user".into()],
            DbError::NoSuchUser(_) => vec!["`saslkit user list` shows the users and realms in this file".into()],
            DbError::Busy(_) => vec!["try again when the other writer (saslpasswd2, saslkit) has finished".into()],
            _ => Vec::new(),
        }
    }
}

pub type DbResult<T> = Result<T, DbError>;
