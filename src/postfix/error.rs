//! Errors of reading the configuration; each names the file (and the line) it comes from.

use std::path::{Path, PathBuf};

use thiserror::Error;

use crate::error::{HasKind, Kind};

#[derive(Debug, Error)]
pub enum ConfigError {
    #[error("{}: no such file", .0.display())]
    Missing(PathBuf),
    #[error("{}: permission denied", .0.display())]
    PermissionDenied(PathBuf),
    #[error("{}: cannot be read", path.display())]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{}, line {line}: {message}", path.display())]
    Syntax { path: PathBuf, line: usize, message: String },
    #[error("postconf -c {}: {message}", dir.display())]
    Postconf { dir: PathBuf, message: String },
}

impl ConfigError {
    pub fn io(path: &Path, source: std::io::Error) -> ConfigError {
        match source.kind() {
            std::io::ErrorKind::NotFound => ConfigError::Missing(path.to_path_buf()),
            std::io::ErrorKind::PermissionDenied => ConfigError::PermissionDenied(path.to_path_buf()),
            _ => ConfigError::Io { path: path.to_path_buf(), source },
        }
    }
}

impl HasKind for ConfigError {
    fn kind(&self) -> Kind {
        match self {
            ConfigError::PermissionDenied(_) => Kind::NoPerm,
            ConfigError::Io { source, .. } => Kind::of_io(source),
            ConfigError::Missing(_) | ConfigError::Syntax { .. } | ConfigError::Postconf { .. } => {
                Kind::Config
            }
        }
    }
}

pub type ConfigResult<T> = Result<T, ConfigError>;
