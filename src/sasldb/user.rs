//! Who a record belongs to: the authid and realm, chosen the way Cyrus's `saslpasswd2` chooses them.

use crate::sasldb::error::DbError;

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct UserId {
    pub authid: Vec<u8>,
    pub realm: Vec<u8>,
}

/// LMDB's largest key (`mdb_env_get_maxkeysize`, 511 bytes with 4 KiB pages).
const MAX_KEY: usize = 511;
/// `cmusaslsecretOTP`, the longest property name Cyrus writes.
const LONGEST_PROPERTY: usize = 16;

impl UserId {
    pub fn new(authid: impl Into<Vec<u8>>, realm: impl Into<Vec<u8>>) -> UserId {
        UserId { authid: authid.into(), realm: realm.into() }
    }

    /// Cyrus's rule (`_plug_parseuser`): `name@realm` splits at the first `@` and wins over
    /// `realm`; otherwise a non-empty `realm`; otherwise `default_realm`.
    pub fn resolve(user: &str, realm: Option<&str>, default_realm: &str) -> UserId {
        match user.split_once('@') {
            Some((authid, realm)) => UserId::new(authid, realm),
            None => UserId::new(user, realm.filter(|r| !r.is_empty()).unwrap_or(default_realm)),
        }
    }

    /// Refuses what would corrupt the key layout or what no login can use.
    pub fn validate(&self) -> Result<(), DbError> {
        let shown = self.to_string();
        if self.authid.contains(&0) || self.realm.contains(&0) {
            return Err(DbError::Invalid(format!(
                "{shown:?}: a user id or realm must not contain a NUL byte"
            )));
        }
        // A newline would forge lines in listusers output (and in every log that quotes a user).
        if self.authid.iter().chain(&self.realm).any(|&b| b == b'\n' || b == b'\r') {
            return Err(DbError::Invalid(format!(
                "{shown:?}: a user id or realm must not contain a line break"
            )));
        }
        if self.authid.is_empty() {
            return Err(DbError::Invalid(format!("{shown:?}: the user id is empty")));
        }
        let key_len = self.authid.len() + self.realm.len() + 2 + LONGEST_PROPERTY;
        if key_len > MAX_KEY {
            return Err(DbError::Invalid(format!(
                "{shown:?}: the user id and realm are {} bytes together; an LMDB sasldb key holds at most {} (Cyrus could not store this user either)",
                self.authid.len() + self.realm.len(),
                MAX_KEY - 2 - LONGEST_PROPERTY
            )));
        }
        if self.realm.is_empty() {
            return Err(DbError::Invalid(format!(
                "{shown:?}: the realm is empty; give name@realm or --realm"
            )));
        }
        Ok(())
    }
}

impl std::fmt::Display for UserId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}@{}", String::from_utf8_lossy(&self.authid), String::from_utf8_lossy(&self.realm))
    }
}

/// The realm Cyrus uses when none is given: `gethostname()`, lower-cased.
pub fn default_realm() -> String {
    let mut buf = [0u8; 1025];
    // SAFETY: the buffer is valid for its whole length and gethostname NUL-terminates within it.
    let rc = unsafe { libc::gethostname(buf.as_mut_ptr().cast(), buf.len() - 1) };
    if rc != 0 {
        return "localhost".into();
    }
    let end = buf.iter().position(|&b| b == 0).unwrap_or(buf.len());
    String::from_utf8_lossy(&buf[..end]).to_lowercase()
}

/// Postfix's sasldb realm (`smtpd_sasl_local_domain`) is expected to be a fully qualified name.
pub fn is_fqdn(realm: &[u8]) -> bool {
    let Ok(text) = std::str::from_utf8(realm) else {
        return false;
    };
    let labels: Vec<&str> = text.trim_end_matches('.').split('.').collect();
    labels.len() >= 2 && labels.iter().all(|l| !l.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_like_cyrus() {
        assert_eq!(UserId::resolve("a@b@c", Some("x"), "vm"), UserId::new("a", "b@c"));
        assert_eq!(UserId::resolve("trail@", None, "vm"), UserId::new("trail", ""));
        assert_eq!(UserId::resolve("alice", Some("example.com"), "vm"), UserId::new("alice", "example.com"));
        assert_eq!(UserId::resolve("alice", Some(""), "vm"), UserId::new("alice", "vm"));
        assert_eq!(UserId::resolve("alice", None, "vm"), UserId::new("alice", "vm"));
        assert_eq!(UserId::resolve("Upper", Some("Example.COM"), "vm"), UserId::new("Upper", "Example.COM"));
    }

    #[test]
    fn validate_refuses_empty_and_nul() {
        assert!(UserId::new("", "r").validate().is_err());
        assert!(UserId::new("a", "").validate().is_err());
        assert!(UserId::new("a\0b", "r").validate().is_err());
        assert!(UserId::new("a", "r\0").validate().is_err());
        assert!(UserId::new("sp ace", "example.com").validate().is_ok());
        assert!(UserId::new("a\nforged@example.com: userPassword", "r").validate().is_err());
        assert!(UserId::new("a", "r\r").validate().is_err());
        assert!(UserId::new("x".repeat(480), "example.com").validate().is_ok());
        assert!(UserId::new("x".repeat(490), "example.com").validate().is_err());
    }

    #[test]
    fn fqdn_check() {
        assert!(is_fqdn(b"example.com"));
        assert!(is_fqdn(b"mail.example.com."));
        assert!(!is_fqdn(b"vm"));
        assert!(!is_fqdn(b"a..b"));
        assert!(!is_fqdn(b""));
    }

    #[test]
    fn default_realm_is_lower_case() {
        let realm = default_realm();
        assert_eq!(realm, realm.to_lowercase());
        assert!(!realm.is_empty());
    }
}
