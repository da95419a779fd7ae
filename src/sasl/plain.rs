//! PLAIN (RFC 4616): `[authzid] NUL authcid NUL passwd`, one initial response.

use zeroize::Zeroizing;

use crate::sasl::{check_field, Message, SaslError};

/// RFC 4616: servers MUST accept up to 255 octets in each field; longer ones may be refused.
pub const FIELD_LIMIT: usize = 255;

pub fn initial_response(authzid: &[u8], authcid: &[u8], password: &[u8]) -> Result<Message, SaslError> {
    check_field("authorization identity", authzid, Some(FIELD_LIMIT))?;
    check_field("user name", authcid, Some(FIELD_LIMIT))?;
    check_field("password", password, Some(FIELD_LIMIT))?;
    if authcid.is_empty() || password.is_empty() {
        return Err(SaslError::Invalid("PLAIN needs a non-empty user name and password".into()));
    }
    let mut bytes = Zeroizing::new(Vec::with_capacity(authzid.len() + authcid.len() + password.len() + 2));
    bytes.extend_from_slice(authzid);
    bytes.push(0);
    bytes.extend_from_slice(authcid);
    bytes.push(0);
    let start = bytes.len();
    bytes.extend_from_slice(password);
    Ok(Message { secret: Some(start..bytes.len()), bytes })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blob(authzid: &str, authcid: &str, password: &str) -> String {
        initial_response(authzid.as_bytes(), authcid.as_bytes(), password.as_bytes()).unwrap().base64()
    }

    #[test]
    fn rfc4616_and_postfix_howto_vectors() {
        assert_eq!(blob("", "tim", "tanstaaftanstaaf"), "AHRpbQB0YW5zdGFhZnRhbnN0YWFm");
        assert_eq!(blob("Ursel", "Kurt", "xipj3plmq"), "VXJzZWwAS3VydAB4aXBqM3BsbXE=");
        assert_eq!(blob("test", "test", "testpass"), "dGVzdAB0ZXN0AHRlc3RwYXNz");
    }

    #[test]
    fn refuses_nul_empty_and_long_fields() {
        assert!(initial_response(b"", b"a\0b", b"pw").is_err());
        assert!(initial_response(b"", b"a", b"").is_err());
        assert!(initial_response(b"", b"a", &[b'x'; 256]).is_err());
        assert!(initial_response(b"", b"a", &[b'x'; 255]).is_ok());
    }
}
