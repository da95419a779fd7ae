//! The Cyrus SASL user database: key codec, the storage seam (`store`) and its containers
//! (`lmdb`, `gdbm`, `bdb/`, `memory`), opening by magic (`open`), and the user operations over
//! the seam (`ops`, `import`, `verify`, `check`, `convert`).

pub mod bdb;
pub mod check;
pub mod configured;
pub mod convert;
pub mod error;
pub mod format;
pub mod gdbm;
pub mod import;
pub mod info;
pub mod installed;
pub mod key;
pub mod lmdb;
pub mod memory;
pub mod open;
pub mod ops;
pub mod overlay;
pub mod property;
pub mod sql;
pub mod store;
pub mod user;
pub mod verify;

pub use error::{DbError, DbResult};
pub use user::UserId;

/// Where Cyrus keeps the sasldb: `/etc/sasldb2` (Debian, Ubuntu, Arch, SUSE, upstream), or
/// `/etc/sasl2/sasldb2` (Fedora, RHEL, Alpine, Gentoo) where that exists and the former does not.
pub fn default_path() -> std::path::PathBuf {
    pick_default_path(std::path::Path::new("/etc"))
}

fn pick_default_path(etc: &std::path::Path) -> std::path::PathBuf {
    let (upstream, rhel) = (etc.join("sasldb2"), etc.join("sasl2/sasldb2"));
    if !upstream.exists() && rhel.exists() {
        rhel
    } else {
        upstream
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn default_path_follows_the_distribution_layout() {
        let etc = tempfile::tempdir().unwrap();
        assert_eq!(super::pick_default_path(etc.path()), etc.path().join("sasldb2"));
        std::fs::create_dir(etc.path().join("sasl2")).unwrap();
        std::fs::write(etc.path().join("sasl2/sasldb2"), b"").unwrap();
        assert_eq!(super::pick_default_path(etc.path()), etc.path().join("sasl2/sasldb2"));
        std::fs::write(etc.path().join("sasldb2"), b"").unwrap();
        assert_eq!(super::pick_default_path(etc.path()), etc.path().join("sasldb2"));
    }
}
