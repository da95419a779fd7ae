//! Postfix's client password map (`sasl_passwd`): postmap's input rules, the `lmdb:` map format,
//! and the order in which the Postfix SMTP client looks credentials up.

pub mod check;
pub mod compile;
pub mod convert;
pub mod error;
pub mod fold;
pub mod format;
pub mod lookup;
pub mod map;
pub mod parse;
pub mod runs;

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

/// The table types saslkit reads and writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MapType {
    Lmdb,
    Hash,
    Btree,
    Cdb,
}

impl MapType {
    pub const ALL: [MapType; 4] = [MapType::Lmdb, MapType::Hash, MapType::Btree, MapType::Cdb];

    /// The name in `TYPE:FILE` and main.cf.
    pub fn name(self) -> &'static str {
        match self {
            MapType::Lmdb => "lmdb",
            MapType::Hash => "hash",
            MapType::Btree => "btree",
            MapType::Cdb => "cdb",
        }
    }

    /// The suffix Postfix adds to the source's name for the map file.
    pub fn extension(self) -> &'static str {
        match self {
            MapType::Lmdb => "lmdb",
            MapType::Hash | MapType::Btree => "db",
            MapType::Cdb => "cdb",
        }
    }

    /// The longest key the type stores: LMDB's 511 bytes, NUL included; the others have no limit.
    pub fn max_key_len(self) -> Option<usize> {
        match self {
            MapType::Lmdb => Some(format::lmdb::MAX_KEY_LEN),
            MapType::Hash | MapType::Btree | MapType::Cdb => None,
        }
    }

    pub fn from_name(name: &str) -> Option<MapType> {
        MapType::ALL.into_iter().find(|k| k.name() == name)
    }
}

/// A map saslkit handles: its type and its source file (the map file is the source's name plus
/// the type's suffix).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MapName {
    pub kind: MapType,
    pub source: std::path::PathBuf,
}

impl MapName {
    /// `TYPE:FILE`, or `FILE` with `default_type` (main.cf's `default_database_type`); types
    /// saslkit does not handle are named in the error.
    pub fn resolve(spec: &MapSpec, default_type: &str) -> MapResult<MapName> {
        let name = spec.kind.as_deref().unwrap_or(default_type);
        match MapType::from_name(name) {
            Some(kind) => Ok(MapName { kind, source: spec.file.clone() }),
            None => Err(MapError::UnsupportedType(name.to_string())),
        }
    }

    /// [`MapSpec::parse`] then [`MapName::resolve`], `lmdb` when no type is named (tests; the
    /// commands take the default from main.cf).
    #[cfg(test)]
    pub fn parse(arg: &str) -> MapResult<MapName> {
        MapName::resolve(&MapSpec::parse(arg.as_ref()), "lmdb")
    }

    pub fn with_kind(&self, kind: MapType) -> MapName {
        MapName { kind, source: self.source.clone() }
    }

    /// `FILE.lmdb`, `FILE.db`, `FILE.cdb`, as Postfix names it.
    pub fn path(&self) -> std::path::PathBuf {
        let mut path = self.source.clone().into_os_string();
        path.push(".");
        path.push(self.kind.extension());
        path.into()
    }

    /// How postmap and Postfix name the table in messages: `hash:FILE`.
    pub fn display(&self) -> String {
        format!("{}:{}", self.kind.name(), self.source.display())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn map_names() {
        assert_eq!(
            MapName::parse("lmdb:/etc/postfix/sasl_passwd").unwrap().path(),
            std::path::Path::new("/etc/postfix/sasl_passwd.lmdb")
        );
        assert_eq!(MapName::parse("sasl_passwd").unwrap().source, std::path::Path::new("sasl_passwd"));
        assert_eq!(
            MapName::parse("hash:/etc/postfix/sasl_passwd").unwrap().path(),
            std::path::Path::new("/etc/postfix/sasl_passwd.db")
        );
        assert_eq!(MapName::parse("cdb:x").unwrap().path(), std::path::Path::new("x.cdb"));
        assert!(matches!(MapName::parse("pcre:x"), Err(MapError::UnsupportedType(t)) if t == "pcre"));
        let spec = MapSpec::parse("sasl_passwd".as_ref());
        assert_eq!(MapName::resolve(&spec, "hash").unwrap().kind, MapType::Hash);
        // A prefix that is no table type belongs to the file name, as in Postfix.
        assert_eq!(MapName::parse("./a:b").unwrap().source, std::path::Path::new("./a:b"));
        use std::os::unix::ffi::OsStrExt;
        let latin1 = MapSpec::parse(std::ffi::OsStr::from_bytes(b"lmdb:/tmp/caf\xe9"));
        assert_eq!(latin1.kind.as_deref(), Some("lmdb"));
        assert_eq!(latin1.file.as_os_str().as_bytes(), b"/tmp/caf\xe9");
    }
}
