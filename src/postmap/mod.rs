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

/// A map argument: `[type:]FILE`. Only `lmdb:` (the default here) is handled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MapName {
    pub source: std::path::PathBuf,
}

impl MapName {
    /// Parses `lmdb:FILE` or `FILE`; other Postfix table types are named in the error.
    pub fn parse(arg: &str) -> MapResult<MapName> {
        match arg.split_once(':') {
            Some(("lmdb", file)) => Ok(MapName { source: file.into() }),
            Some((
                kind @ ("hash" | "btree" | "cdb" | "dbm" | "sdbm" | "texthash" | "regexp" | "pcre" | "cidr"
                | "inline" | "static" | "proxy" | "ldap" | "mysql" | "pgsql" | "sqlite" | "memcache"
                | "socketmap" | "tcp" | "unionmap" | "pipemap"),
                _,
            )) => Err(MapError::UnsupportedType(kind.to_string())),
            _ => Ok(MapName { source: arg.into() }),
        }
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
    }
}
