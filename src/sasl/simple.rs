//! EXTERNAL (RFC 4422 appendix A) and ANONYMOUS (RFC 4505): one optional initial response.

use crate::sasl::{check_field, Message, SaslError};

/// EXTERNAL: the authorization identity, or nothing (sent as `=` in SMTP).
pub fn external(authzid: &[u8]) -> Result<Message, SaslError> {
    check_field("authorization identity", authzid, None)?;
    Ok(Message::public(authzid.to_vec()))
}

/// ANONYMOUS: trace information (an email address or token), at most 255 characters.
pub fn anonymous(trace: &str) -> Result<Message, SaslError> {
    check_field("trace", trace.as_bytes(), None)?;
    if trace.chars().count() > 255 {
        return Err(SaslError::Invalid("ANONYMOUS trace information is limited to 255 characters".into()));
    }
    Ok(Message::public(trace.as_bytes().to_vec()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn external_and_anonymous() {
        assert_eq!(external(b"").unwrap().base64(), "");
        assert_eq!(external(b"alice").unwrap().base64(), "YWxpY2U=");
        assert_eq!(anonymous("sirhc").unwrap().base64(), "c2lyaGM=");
        assert!(anonymous(&"x".repeat(256)).is_err());
    }
}
