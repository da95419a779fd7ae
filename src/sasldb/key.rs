//! The sasldb record key: `authid 0x00 realm 0x00 property`, no trailing NUL (Cyrus `allockey.c`).

use thiserror::Error;

/// One decoded sasldb key. Parts are raw bytes: Cyrus stores whatever the caller passed.
///
/// ```
/// use saslkit::sasldb::key::Key;
///
/// let key = Key::new(b"alice", b"vm", b"userPassword").unwrap();
/// assert_eq!(key.encode(), b"alice\0vm\0userPassword");
/// assert_eq!(Key::decode(b"alice\0vm\0userPassword").unwrap(), key);
/// assert!(Key::decode(b"zzz\0onlyonenul").is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Key {
    pub authid: Vec<u8>,
    pub realm: Vec<u8>,
    pub property: Vec<u8>,
}

#[derive(Debug, Error, PartialEq, Eq)]
pub enum KeyError {
    #[error("key has {0} NUL separators, a sasldb key has exactly 2")]
    WrongSeparators(usize),
    #[error("{0} contains a NUL byte")]
    Nul(&'static str),
}

impl Key {
    pub fn new(authid: &[u8], realm: &[u8], property: &[u8]) -> Result<Key, KeyError> {
        for (name, part) in [("user id", authid), ("realm", realm), ("property", property)] {
            if part.contains(&0) {
                return Err(KeyError::Nul(name));
            }
        }
        Ok(Key { authid: authid.to_vec(), realm: realm.to_vec(), property: property.to_vec() })
    }

    pub fn encode(&self) -> Vec<u8> {
        encode_parts(&self.authid, &self.realm, &self.property)
    }

    /// Splits a stored key; like Cyrus's `_sasldb_parse_key`, anything but exactly two NULs is refused.
    pub fn decode(raw: &[u8]) -> Result<Key, KeyError> {
        let nuls = raw.iter().filter(|&&b| b == 0).count();
        if nuls != 2 {
            return Err(KeyError::WrongSeparators(nuls));
        }
        let mut parts = raw.splitn(3, |&b| b == 0);
        let mut next = || parts.next().unwrap_or_default().to_vec();
        Ok(Key { authid: next(), realm: next(), property: next() })
    }

    /// `authid@realm`, the form Cyrus prints; lossy where the bytes are not UTF-8.
    pub fn user_display(&self) -> String {
        format!("{}@{}", String::from_utf8_lossy(&self.authid), String::from_utf8_lossy(&self.realm))
    }
}

pub fn encode_parts(authid: &[u8], realm: &[u8], property: &[u8]) -> Vec<u8> {
    let mut key = Vec::with_capacity(authid.len() + realm.len() + property.len() + 2);
    key.extend_from_slice(authid);
    key.push(0);
    key.extend_from_slice(realm);
    key.push(0);
    key.extend_from_slice(property);
    key
}

/// The prefix shared by every record of one user: `authid 0x00 realm 0x00`.
pub fn user_prefix(authid: &[u8], realm: &[u8]) -> Vec<u8> {
    encode_parts(authid, realm, b"")
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn encodes_cyrus_reference_key() {
        // reference §2: alice / vm / userPassword is these 21 bytes.
        let key = Key::new(b"alice", b"vm", b"userPassword").unwrap();
        assert_eq!(
            key.encode(),
            b"\x61\x6c\x69\x63\x65\x00\x76\x6d\x00\x75\x73\x65\x72\x50\x61\x73\x73\x77\x6f\x72\x64"
        );
    }

    #[test]
    fn no_trailing_nul_and_empty_parts_kept() {
        assert_eq!(Key::new(b"", b"", b"p").unwrap().encode(), b"\0\0p");
        assert_eq!(Key::decode(b"trail\0\0userPassword").unwrap().realm, b"");
    }

    #[test]
    fn decode_refuses_wrong_nul_count() {
        assert_eq!(Key::decode(b"zzz\0onlyonenul"), Err(KeyError::WrongSeparators(1)));
        assert_eq!(Key::decode(b"a\0b\0c\0d"), Err(KeyError::WrongSeparators(3)));
        assert_eq!(Key::decode(b""), Err(KeyError::WrongSeparators(0)));
    }

    #[test]
    fn new_refuses_nul_in_parts() {
        assert_eq!(Key::new(b"a\0b", b"r", b"p"), Err(KeyError::Nul("user id")));
        assert_eq!(Key::new(b"a", b"r\0", b"p"), Err(KeyError::Nul("realm")));
    }

    #[test]
    fn user_prefix_is_a_prefix_of_every_property_key() {
        let key = Key::new(b"bob", b"example.com", b"authPassword").unwrap().encode();
        assert!(key.starts_with(&user_prefix(b"bob", b"example.com")));
        assert!(!key.starts_with(&user_prefix(b"bo", b"b")));
    }

    proptest! {
        #[test]
        fn round_trips(a in "[^\0]*", r in "[^\0]*", p in "[^\0]+") {
            let key = Key::new(a.as_bytes(), r.as_bytes(), p.as_bytes()).unwrap();
            prop_assert_eq!(Key::decode(&key.encode()).unwrap(), key);
        }

        #[test]
        fn decode_never_panics(raw in proptest::collection::vec(any::<u8>(), 0..64)) {
            let _ = Key::decode(&raw);
        }
    }
}
