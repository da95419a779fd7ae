//! Client sides of the SASL mechanisms mail servers offer, as pure functions and small state
//! machines: bytes in, bytes out, no I/O. The `auth` commands print what they produce; the live
//! probe will drive the same code.

pub mod b64;
pub mod client;
pub mod command;
pub mod cram;
pub mod decode;
pub mod digest_md5;
pub mod generated;
pub mod login;
pub mod oauth;
pub mod plain;
pub mod scram;
pub mod simple;
pub mod transcript;

use std::ops::Range;

use thiserror::Error;
use zeroize::Zeroizing;

use crate::error::{HasKind, Kind};

/// One client message, with the byte range that holds a secret (masked in explanations).
pub struct Message {
    pub bytes: Zeroizing<Vec<u8>>,
    pub secret: Option<Range<usize>>,
}

impl Message {
    pub fn public(bytes: Vec<u8>) -> Message {
        Message { bytes: Zeroizing::new(bytes), secret: None }
    }

    pub fn base64(&self) -> String {
        b64::encode(&self.bytes)
    }

    /// The bytes as text with control bytes escaped (`\0`, `\x01`), secrets masked unless `show`.
    pub fn escaped(&self, show_secrets: bool) -> String {
        let mut out = String::new();
        let mut at = 0;
        while at < self.bytes.len() {
            if let Some(range) = self.secret.iter().find(|r| r.start == at).filter(|_| !show_secrets) {
                out.push_str(&mask(range.len()));
                at = range.end.max(at + 1);
                continue;
            }
            out.push_str(&escape_bytes(&self.bytes[at..at + 1]));
            at += 1;
        }
        out
    }
}

/// `\0`, `\x01`, `\\`; printable ASCII and UTF-8 as they are.
pub fn escape_bytes(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\0' => out.push_str("\\0"),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

/// What a hidden secret looks like on screen.
pub fn mask(len: usize) -> String {
    format!("<hidden, {len} bytes>")
}

#[derive(Debug, Error, PartialEq, Eq)]
pub enum SaslError {
    /// The input (a challenge, a blob) cannot be decoded.
    #[error("{0}")]
    Undecodable(String),
    /// A value the mechanism cannot carry (NUL, too long, empty).
    #[error("{0}")]
    Invalid(String),
    /// The server's proof does not match: it does not know the password, or the exchange was altered.
    #[error("{0}")]
    Mismatch(String),
}

impl HasKind for SaslError {
    fn kind(&self) -> Kind {
        match self {
            SaslError::Undecodable(_) | SaslError::Invalid(_) => Kind::DataErr,
            SaslError::Mismatch(_) => Kind::Negative,
        }
    }
}

/// Refuses NUL (every mechanism here separates or terminates with it) and, when given, a length.
pub fn check_field(name: &str, value: &[u8], max: Option<usize>) -> Result<(), SaslError> {
    if value.contains(&0) {
        return Err(SaslError::Invalid(format!("the {name} contains a NUL byte")));
    }
    if let Some(max) = max.filter(|&m| value.len() > m) {
        return Err(SaslError::Invalid(format!("the {name} is {} bytes; the limit is {max}", value.len())));
    }
    Ok(())
}

/// RFC 5802 saslname (also the gs2 authzid of OAUTHBEARER): `=` → `=3D`, `,` → `=2C`.
pub fn escape_saslname(name: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(name.len());
    for &b in name {
        match b {
            b'=' => out.extend_from_slice(b"=3D"),
            b',' => out.extend_from_slice(b"=2C"),
            b => out.push(b),
        }
    }
    out
}

/// The reverse of [`escape_saslname`]; `None` when an `=` is not followed by `2C` or `3D`.
pub fn unescape_saslname(name: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(name.len());
    let mut at = 0;
    while at < name.len() {
        match (name[at], name.get(at + 1..at + 3)) {
            (b'=', Some(b"3D")) => out.push(b'='),
            (b'=', Some(b"2C")) => out.push(b','),
            (b'=', _) => return None,
            (b, _) => {
                out.push(b);
                at += 1;
                continue;
            }
        }
        at += 3;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saslname_escaping_round_trips() {
        assert_eq!(escape_saslname(b"a=b,c"), b"a=3Db=2Cc");
        assert_eq!(unescape_saslname(b"a=3Db=2Cc").unwrap(), b"a=b,c");
        assert_eq!(unescape_saslname(b"a=4"), None);
        assert_eq!(unescape_saslname(b"a="), None);
    }

    #[test]
    fn escaped_masks_secret_ranges() {
        let message = Message { bytes: Zeroizing::new(b"\0tim\0pw".to_vec()), secret: Some(5..7) };
        assert_eq!(message.escaped(false), "\\0tim\\0<hidden, 2 bytes>");
        assert_eq!(message.escaped(true), "\\0tim\\0pw");
    }
}
