//! The Postfix and Cyrus SASL configuration as Postfix really reads it: `main.cf` with its
//! expansion and defaults (from `postconf` where it is installed), `master.cf` services with their
//! `-o` overrides, and the Cyrus side smtpd reads (`smtpd.conf`, plugins, the sasldb container).
//! `doctor` judges it; `map` takes its map lists from it.

pub mod config;
pub mod cyrus;
pub mod effective;
mod error;
pub mod master;

pub use error::{ConfigError, ConfigResult};

use std::path::Path;

/// The longest configuration file read whole (main.cf, master.cf, smtpd.conf).
const MAX_CONFIG: u64 = 4 * 1024 * 1024;

/// A configuration file's text, opened without following a planted FIFO or device, bounded.
pub fn read_text(path: &Path) -> ConfigResult<String> {
    use std::io::Read;
    let file = crate::fs_safe::open_regular(path).map_err(|err| ConfigError::io(path, err))?;
    let mut bytes = Vec::new();
    file.take(MAX_CONFIG + 1).read_to_end(&mut bytes).map_err(|err| ConfigError::io(path, err))?;
    if bytes.len() as u64 > MAX_CONFIG {
        return Err(ConfigError::Syntax {
            path: path.to_path_buf(),
            line: 0,
            message: format!("longer than {} MiB; this is no configuration file", MAX_CONFIG >> 20),
        });
    }
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}
