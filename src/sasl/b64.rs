//! Base64 as SASL uses it: standard alphabet, canonical padding, nothing else (RFC 4954 says
//! both sides MUST reject characters outside the alphabet and misplaced `=`).

use base64::engine::general_purpose::STANDARD;
use base64::Engine;

use crate::sasl::SaslError;

pub fn encode(bytes: &[u8]) -> String {
    STANDARD.encode(bytes)
}

/// Strict decoding, with the reason in words when it fails.
pub fn decode(text: &str) -> Result<Vec<u8>, SaslError> {
    STANDARD.decode(text.as_bytes()).map_err(|err| SaslError::Undecodable(reason(text, err)))
}

fn reason(text: &str, err: base64::DecodeError) -> String {
    match err {
        base64::DecodeError::InvalidByte(at, b'=') => {
            format!("not base64: misplaced padding `=` at offset {at}")
        }
        base64::DecodeError::InvalidByte(at, byte) => {
            format!("not base64: {:?} at offset {at} is outside the base64 alphabet", byte as char)
        }
        base64::DecodeError::InvalidLength(len) => {
            format!("not base64: {len} characters is not a whole number of 4-character groups")
        }
        base64::DecodeError::InvalidLastSymbol(at, _) => {
            format!("not base64: the last symbol at offset {at} has bits set that no encoder sets")
        }
        base64::DecodeError::InvalidPadding => {
            format!(
                "not base64: wrong padding ({} characters; `=` must fill the last group exactly)",
                text.len()
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strict_decoding_with_reasons() {
        assert_eq!(decode("AHRpbQB0YW5zdGFhZnRhbnN0YWFm").unwrap(), b"\0tim\0tanstaaftanstaaf");
        assert!(decode("AHRpbQ!0").unwrap_err().to_string().contains("outside the base64 alphabet"));
        assert!(decode("AHRpb").unwrap_err().to_string().contains("4-character groups"));
        assert!(decode("AA=A").is_err());
        assert!(decode("AB==").unwrap_err().to_string().contains("bits set"));
        assert_eq!(decode("").unwrap(), b"");
    }
}
