//! LOGIN (draft-murchison-sasl-login): the user name, then the password, each answering a prompt
//! whose text clients ignore.

use crate::sasl::{check_field, Message, SaslError};

/// The two client messages, in order.
pub fn responses(user: &[u8], password: &[u8]) -> Result<[Message; 2], SaslError> {
    check_field("user name", user, None)?;
    check_field("password", password, None)?;
    if user.is_empty() || password.is_empty() {
        return Err(SaslError::Invalid("LOGIN needs a non-empty user name and password".into()));
    }
    let secret =
        Message { bytes: zeroize::Zeroizing::new(password.to_vec()), secret: Some(0..password.len()) };
    Ok([Message::public(user.to_vec()), secret])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_then_password() {
        let [user, password] = responses(b"alice", b"s3cret").unwrap();
        assert_eq!(user.base64(), "YWxpY2U=");
        assert_eq!(password.base64(), "czNjcmV0");
        assert!(responses(b"alice", b"").is_err());
    }
}
