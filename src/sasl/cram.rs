//! CRAM-MD5 (RFC 2195) and the non-standard CRAM-SHA1 / CRAM-SHA256 variants:
//! `user SP lowercase-hex(HMAC(password, challenge))`.

use hmac::{Hmac, Mac};

use crate::sasl::{check_field, Message, SaslError};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CramHash {
    Md5,
    Sha1,
    Sha256,
}

impl CramHash {
    pub fn mechanism(self) -> &'static str {
        match self {
            CramHash::Md5 => "CRAM-MD5",
            CramHash::Sha1 => "CRAM-SHA1",
            CramHash::Sha256 => "CRAM-SHA256",
        }
    }

    /// The mechanism a response's digest length points to.
    pub fn from_hex_len(len: usize) -> Option<CramHash> {
        match len {
            32 => Some(CramHash::Md5),
            40 => Some(CramHash::Sha1),
            64 => Some(CramHash::Sha256),
            _ => None,
        }
    }
}

pub fn response(
    hash: CramHash,
    user: &[u8],
    password: &[u8],
    challenge: &[u8],
) -> Result<Message, SaslError> {
    check_field("user name", user, None)?;
    check_field("password", password, None)?;
    if user.contains(&b' ') {
        return Err(SaslError::Invalid("a CRAM user name cannot contain a space".into()));
    }
    let digest = match hash {
        CramHash::Md5 => mac::<Hmac<md5::Md5>>(password, challenge),
        CramHash::Sha1 => mac::<Hmac<sha1::Sha1>>(password, challenge),
        CramHash::Sha256 => mac::<Hmac<sha2::Sha256>>(password, challenge),
    };
    let mut bytes = user.to_vec();
    bytes.push(b' ');
    bytes.extend(hex(&digest).bytes());
    Ok(Message::public(bytes))
}

fn mac<M: Mac + hmac::digest::KeyInit>(key: &[u8], data: &[u8]) -> Vec<u8> {
    let mut mac = <M as hmac::digest::KeyInit>::new_from_slice(key)
        .unwrap_or_else(|_| unreachable!("HMAC takes keys of any length"));
    mac.update(data);
    mac.finalize().into_bytes().to_vec()
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc2195_vector() {
        let challenge = b"<1896.697170952@postoffice.reston.mci.net>";
        let message = response(CramHash::Md5, b"tim", b"tanstaaftanstaaf", challenge).unwrap();
        assert_eq!(&*message.bytes, b"tim b913a602c7eda7a495b4e6e7334d3890");
        assert_eq!(message.base64(), "dGltIGI5MTNhNjAyYzdlZGE3YTQ5NWI0ZTZlNzMzNGQzODkw");
    }

    #[test]
    fn sha_variants_have_their_lengths() {
        let sha1 = response(CramHash::Sha1, b"tim", b"pw", b"<x@y>").unwrap();
        assert_eq!(sha1.bytes.len(), 4 + 40);
        let sha256 = response(CramHash::Sha256, b"tim", b"pw", b"<x@y>").unwrap();
        assert_eq!(sha256.bytes.len(), 4 + 64);
        assert!(response(CramHash::Md5, b"t m", b"pw", b"c").is_err());
    }
}
