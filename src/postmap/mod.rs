//! Postfix's client password map (`sasl_passwd`): postmap's input rules, the `lmdb:` map format,
//! and the order in which the Postfix SMTP client looks credentials up.

pub mod check;
pub mod config;
pub mod error;
pub mod fold;
pub mod lookup;
pub mod map;
pub mod parse;

pub use error::{MapError, MapResult};

/// Postfix's table types: a prefix `TYPE:` names one of these; anything else is part of the
/// file name.
const TABLE_TYPES: [&str; 22] = [
    "lmdb",
    "hash",
    "btree",
    "cdb",
    "dbm",
    "sdbm",
    "texthash",
    "regexp",
    "pcre",
    "cidr",
    "inline",
    "static",
    "proxy",
    "ldap",
    "mysql",
    "pgsql",
    "sqlite",
    "memcache",
    "socketmap",
    "tcp",
    "unionmap",
    "pipemap",
];

/// A map argument as given, `[type:]FILE`: the type (if one was named) and the file, whose
/// bytes are kept as they are (a non-UTF-8 path works). Which types saslkit can handle is
/// decided by [`MapName::resolve`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MapSpec {
    pub kind: Option<String>,
    pub file: std::path::PathBuf,
}

impl MapSpec {
    pub fn parse(arg: &std::ffi::OsStr) -> MapSpec {
        use std::os::unix::ffi::OsStrExt;
        let bytes = arg.as_bytes();
        if let Some(colon) = bytes.iter().position(|&b| b == b':') {
            let kind = &bytes[..colon];
            if let Some(kind) = TABLE_TYPES.iter().find(|t| t.as_bytes() == kind) {
                let file = std::ffi::OsStr::from_bytes(&bytes[colon + 1..]);
                return MapSpec { kind: Some(kind.to_string()), file: file.into() };
            }
        }
        MapSpec { kind: None, file: arg.into() }
    }
}

/// A map saslkit handles: only `lmdb:` (the default here) for now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MapName {
    pub source: std::path::PathBuf,
}

impl MapName {
    /// `lmdb:FILE` or `FILE`; other Postfix table types are named in the error.
    pub fn resolve(spec: &MapSpec) -> MapResult<MapName> {
        match spec.kind.as_deref() {
            None | Some("lmdb") => Ok(MapName { source: spec.file.clone() }),
            Some(other) => Err(MapError::UnsupportedType(other.to_string())),
        }
    }

    /// [`MapSpec::parse`] then [`MapName::resolve`].
    pub fn parse(arg: &str) -> MapResult<MapName> {
        MapName::resolve(&MapSpec::parse(arg.as_ref()))
    }

    /// `FILE.lmdb`, as Postfix names it.
    pub fn lmdb_path(&self) -> std::path::PathBuf {
        let mut path = self.source.clone().into_os_string();
        path.push(".lmdb");
        path.into()
    }

    /// How postmap and Postfix name the table in messages: `lmdb:FILE`.
    pub fn display(&self) -> String {
        format!("lmdb:{}", self.source.display())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn map_names() {
        assert_eq!(
            MapName::parse("lmdb:/etc/postfix/sasl_passwd").unwrap().lmdb_path(),
            std::path::Path::new("/etc/postfix/sasl_passwd.lmdb")
        );
        assert_eq!(MapName::parse("sasl_passwd").unwrap().source, std::path::Path::new("sasl_passwd"));
        assert!(
            matches!(MapName::parse("hash:/etc/postfix/sasl_passwd"), Err(MapError::UnsupportedType(t)) if t == "hash")
        );
        assert!(MapName::parse("cdb:x").is_err());
        // A prefix that is no table type belongs to the file name, as in Postfix.
        assert_eq!(MapName::parse("./a:b").unwrap().source, std::path::Path::new("./a:b"));
        use std::os::unix::ffi::OsStrExt;
        let latin1 = MapSpec::parse(std::ffi::OsStr::from_bytes(b"lmdb:/tmp/caf\xe9"));
        assert_eq!(latin1.kind.as_deref(), Some("lmdb"));
        assert_eq!(latin1.file.as_os_str().as_bytes(), b"/tmp/caf\xe9");
    }
}
