//! OAUTHBEARER (RFC 7628) and Google/Microsoft's XOAUTH2: a bearer token in one initial response.

use zeroize::Zeroizing;

use crate::sasl::{check_field, escape_saslname, Message, SaslError};

fn check_token(token: &[u8]) -> Result<(), SaslError> {
    check_field("token", token, None)?;
    if token.is_empty() || token.contains(&1) || token.iter().any(|&b| b <= b' ') {
        return Err(SaslError::Invalid(
            "a bearer token must be non-empty printable text without spaces".into(),
        ));
    }
    Ok(())
}

/// `n,a=<authzid>,^Ahost=<h>^Aport=<p>^Aauth=Bearer <token>^A^A`
pub fn oauthbearer(
    authzid: &[u8],
    host: Option<&str>,
    port: Option<u16>,
    token: &[u8],
) -> Result<Message, SaslError> {
    check_field("authorization identity", authzid, None)?;
    check_token(token)?;
    let mut bytes = Zeroizing::new(b"n,".to_vec());
    if !authzid.is_empty() {
        bytes.extend_from_slice(b"a=");
        bytes.extend(escape_saslname(authzid));
    }
    bytes.extend_from_slice(b",\x01");
    if let Some(host) = host {
        bytes.extend_from_slice(format!("host={host}\x01").as_bytes());
    }
    if let Some(port) = port {
        bytes.extend_from_slice(format!("port={port}\x01").as_bytes());
    }
    Ok(with_bearer(bytes, token))
}

/// `user=<user>^Aauth=Bearer <token>^A^A`
pub fn xoauth2(user: &[u8], token: &[u8]) -> Result<Message, SaslError> {
    check_field("user name", user, None)?;
    if user.contains(&1) {
        return Err(SaslError::Invalid("the user name contains a ^A (0x01) byte".into()));
    }
    check_token(token)?;
    let mut bytes = Zeroizing::new(b"user=".to_vec());
    bytes.extend_from_slice(user);
    bytes.push(1);
    Ok(with_bearer(bytes, token))
}

fn with_bearer(mut bytes: Zeroizing<Vec<u8>>, token: &[u8]) -> Message {
    bytes.extend_from_slice(b"auth=Bearer ");
    let start = bytes.len();
    bytes.extend_from_slice(token);
    let end = bytes.len();
    bytes.extend_from_slice(b"\x01\x01");
    Message { bytes, secret: Some(start..end) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc7628_example() {
        let message = oauthbearer(
            b"user@example.com",
            Some("server.example.com"),
            Some(143),
            b"vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg==",
        )
        .unwrap();
        assert_eq!(
            message.base64(),
            "bixhPXVzZXJAZXhhbXBsZS5jb20sAWhvc3Q9c2VydmVyLmV4YW1wbGUuY29tAXBvcnQ9MTQzAWF1dGg9QmVhcmVyIHZGOWRmdDRxbVRjMk52YjNSbGNrQmhiSFJoZG1semRHRXVZMjl0Q2c9PQEB"
        );
    }

    #[test]
    fn google_xoauth2_example() {
        let message =
            xoauth2(b"someuser@example.com", b"ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg").unwrap();
        assert_eq!(
            message.base64(),
            "dXNlcj1zb21ldXNlckBleGFtcGxlLmNvbQFhdXRoPUJlYXJlciB5YTI5LnZGOWRmdDRxbVRjMk52YjNSbGNrQmhkSFJoZG1semRHRXVZMjl0Q2cBAQ=="
        );
    }

    #[test]
    fn tokens_are_checked() {
        assert!(xoauth2(b"u", b"").is_err());
        assert!(xoauth2(b"u", b"a b").is_err());
        assert!(oauthbearer(b"", None, None, b"tok\x01").is_err());
        assert_eq!(&*oauthbearer(b"", None, None, b"t").unwrap().bytes, b"n,,\x01auth=Bearer t\x01\x01");
    }
}
