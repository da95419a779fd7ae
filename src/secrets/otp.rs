//! The OTP record Cyrus's OTP plugin writes (`cmusaslsecretOTP`, reference §8.1):
//! `alg \t seq \t seed \t 16 hex \t timeout`. saslkit reads it to report it; it does not write it.

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OtpSecret {
    pub algorithm: String,
    pub sequence: u32,
    pub seed: String,
}

impl OtpSecret {
    pub fn parse(value: &[u8]) -> Option<OtpSecret> {
        let text = std::str::from_utf8(value).ok()?;
        let mut fields = text.split('\t');
        let algorithm = fields.next()?.to_string();
        let sequence = fields.next()?.parse().ok()?;
        let seed = fields.next()?.to_string();
        let otp = fields.next()?;
        if otp.len() != 16 || !otp.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        Some(OtpSecret { algorithm, sequence, seed })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_cyrus_record() {
        let otp = OtpSecret::parse(b"md5\t0499\tvm1336\tf2761af8fc2fb6ee\t00000000000000000000").unwrap();
        assert_eq!(otp, OtpSecret { algorithm: "md5".into(), sequence: 499, seed: "vm1336".into() });
        assert_eq!(OtpSecret::parse(b"md5\t0499\tvm1336\tnothex\t0"), None);
        assert_eq!(OtpSecret::parse(b"garbage"), None);
    }
}
