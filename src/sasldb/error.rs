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
    #[error("{}: a map of {} KiB is smaller than the current one ({} KiB), and a map never shrinks", path.display(), asked / 1024, current / 1024)]
    WouldShrink { path: PathBuf, asked: usize, current: usize },
    #[error("{}: another process holds the database lock", .0.display())]
    Busy(PathBuf),
    #[error(transparent)]
    Unsafe(#[from] crate::fs_safe::SafeError),
    /// A database server's answer (or its silence), with the exit code it means: unreachable
    /// (69), gone mid-operation (75), refused credentials or rights (77), a bad statement (78).
    #[error("{target}: {message}")]
    Server { target: String, message: String, kind: Kind },
    /// Another writer won a race for the same row; the operation is run again.
    #[error("{0}: another writer changed the same user at the same time")]
    Conflict(String),
    #[error("internal: {0}")]
    Internal(String),
}

impl HasKind for DbError {
    fn kind(&self) -> Kind {
        match self {
            DbError::Missing(_) => Kind::NoInput,
            DbError::WrongFormat { .. } | DbError::Invalid(_) | DbError::WouldShrink { .. } => Kind::DataErr,
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
            DbError::Internal(_) => Kind::Software,
            DbError::Server { kind, .. } => *kind,
            DbError::Conflict(_) => Kind::TempFail,
            DbError::NoSuchUser(_) | DbError::NoSuchRealm(_) => Kind::NoUser,
        }
    }
}

pub type DbResult<T> = Result<T, DbError>;
