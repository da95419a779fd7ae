//! A password in memory: zeroized on drop, never printed, checked against sasldb's limits.

use std::fmt;

use thiserror::Error;
use zeroize::Zeroizing;

/// Cyrus's readers use an 8192-byte buffer with an off-by-two: values must stay below this.
pub const MAX_LEN: usize = 8192;
/// `saslauthd -a sasldb` reads `userPassword` into 1024 bytes: longer ones never verify there.
pub const SASLAUTHD_LIMIT: usize = 1024;

pub struct Password(Zeroizing<Vec<u8>>);

#[derive(Debug, Error, PartialEq, Eq)]
pub enum PasswordError {
    #[error("the password is empty")]
    Empty,
    #[error("the password contains a NUL byte, which Cyrus would cut the password at")]
    Nul,
    #[error("the password is {0} bytes long; sasldb values must be shorter than {MAX_LEN} bytes")]
    TooLong(usize),
}

impl Password {
    pub fn new(bytes: Zeroizing<Vec<u8>>) -> Password {
        Password(bytes)
    }

    pub fn from_bytes(bytes: &[u8]) -> Password {
        Password(Zeroizing::new(bytes.to_vec()))
    }

    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The checks every sasldb write applies; returns warnings for what is legal but risky.
    pub fn validate(&self) -> Result<Vec<String>, PasswordError> {
        if self.0.is_empty() {
            return Err(PasswordError::Empty);
        }
        if self.0.contains(&0) {
            return Err(PasswordError::Nul);
        }
        if self.0.len() >= MAX_LEN {
            return Err(PasswordError::TooLong(self.0.len()));
        }
        let mut warnings = Vec::new();
        if self.0.len() >= SASLAUTHD_LIMIT {
            warnings.push(format!(
                "the password is {} bytes long: saslauthd -a sasldb never verifies passwords of {SASLAUTHD_LIMIT} bytes or more",
                self.0.len()
            ));
        }
        if self.0.last() == Some(&b'\r') {
            warnings.push("the password ends with a carriage return; if it came from a file with Windows line endings, convert the file first".into());
        }
        Ok(warnings)
    }
}

impl fmt::Debug for Password {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Password(<{} bytes hidden>)", self.0.len())
    }
}

/// Compares in time that depends only on the lengths, not on where the bytes differ.
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validate_limits() {
        assert_eq!(Password::from_bytes(b"").validate(), Err(PasswordError::Empty));
        assert_eq!(Password::from_bytes(b"ab\0cd").validate(), Err(PasswordError::Nul));
        assert_eq!(Password::from_bytes(&[b'x'; 8192]).validate(), Err(PasswordError::TooLong(8192)));
        assert_eq!(Password::from_bytes(&[b'x'; 8191]).validate().map(|w| w.len()), Ok(1));
        assert_eq!(Password::from_bytes(&[b'x'; 1023]).validate(), Ok(vec![]));
        assert_eq!(Password::from_bytes(b"pw\r").validate().map(|w| w.len()), Ok(1));
    }

    #[test]
    fn debug_hides_the_secret() {
        assert_eq!(format!("{:?}", Password::from_bytes(b"hunter2")), "Password(<7 bytes hidden>)");
    }

    #[test]
    fn constant_time_eq_compares() {
        assert!(constant_time_eq(b"abc", b"abc"));
        assert!(!constant_time_eq(b"abc", b"abd"));
        assert!(!constant_time_eq(b"abc", b"ab"));
    }
}
