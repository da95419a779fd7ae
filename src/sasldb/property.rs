//! Property names as stored (without libsasl's leading `*`), and what a user's records say.

use serde::Serialize;

use crate::secrets::otp::OtpSecret;
use crate::secrets::scram::ScramSecret;

pub const USER_PASSWORD: &str = "userPassword";
pub const AUTH_PASSWORD: &str = "authPassword";
pub const OTP: &str = "cmusaslsecretOTP";
pub const SRP: &str = "cmusaslsecretSRP";
/// Pre-2.x secrets that Cyrus 2.1.28's saslpasswd2 deletes after every set or delete.
pub const LEGACY: [&str; 3] = ["cmusaslsecretCRAM-MD5", "cmusaslsecretDIGEST-MD5", "cmusaslsecretPLAIN"];

/// Every property that holds a password-derived secret: a password change must replace or remove
/// each of them, or the old password keeps working through the stale one.
pub fn is_secret(property: &[u8]) -> bool {
    [USER_PASSWORD, AUTH_PASSWORD, OTP, SRP].iter().chain(LEGACY.iter()).any(|p| p.as_bytes() == property)
}

/// What one user's records hold, for listings. Never carries a secret.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct SecretSummary {
    pub plaintext: bool,
    pub scram: Option<ScramInfo>,
    pub otp: Option<OtpInfo>,
    /// Other properties, by name.
    pub other: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ScramInfo {
    pub mechanism: String,
    pub iterations: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OtpInfo {
    pub algorithm: String,
    pub sequence: u32,
}

impl SecretSummary {
    pub fn add(&mut self, property: &[u8], value: &[u8]) {
        match property {
            p if p == USER_PASSWORD.as_bytes() => self.plaintext = true,
            p if p == AUTH_PASSWORD.as_bytes() => self.scram = Some(scram_info(value)),
            p if p == OTP.as_bytes() => {
                self.otp = Some(match OtpSecret::parse(value) {
                    Some(otp) => OtpInfo { algorithm: otp.algorithm, sequence: otp.sequence },
                    None => OtpInfo { algorithm: "unreadable".into(), sequence: 0 },
                })
            }
            other => self.other.push(String::from_utf8_lossy(other).into_owned()),
        }
    }

    /// Short human form: `plaintext, SCRAM-SHA-256 (4096), OTP md5`.
    pub fn describe(&self) -> String {
        let mut parts = Vec::new();
        if self.plaintext {
            parts.push("plaintext".to_string());
        }
        if let Some(scram) = &self.scram {
            match scram.iterations {
                Some(i) => parts.push(format!("{} ({i})", scram.mechanism)),
                None => parts.push(scram.mechanism.clone()),
            }
        }
        if let Some(otp) = &self.otp {
            parts.push(format!("OTP {}", otp.algorithm));
        }
        parts.extend(self.other.iter().cloned());
        parts.join(", ")
    }
}

/// What one record is, without revealing a secret or its length.
pub fn describe_record(property: &[u8], value: &[u8]) -> String {
    match std::str::from_utf8(property).unwrap_or_default() {
        USER_PASSWORD => "plaintext password".into(),
        AUTH_PASSWORD => match scram_info(value) {
            ScramInfo { mechanism, iterations: Some(i) } => format!("{mechanism}, {i} iterations"),
            ScramInfo { mechanism, .. } => mechanism,
        },
        OTP => match OtpSecret::parse(value) {
            Some(otp) => format!("OTP {}, sequence {}, seed {}", otp.algorithm, otp.sequence, otp.seed),
            None => "unreadable OTP record".into(),
        },
        SRP => "SRP verifier".into(),
        p if LEGACY.contains(&p) => "legacy secret (Cyrus 2.1.28's saslpasswd2 deletes it)".into(),
        _ => format!("{} bytes", value.len()),
    }
}

fn scram_info(value: &[u8]) -> ScramInfo {
    let text = String::from_utf8_lossy(value);
    match text.parse::<ScramSecret>() {
        Ok(secret) => {
            ScramInfo { mechanism: secret.hash.mechanism().into(), iterations: Some(secret.iterations) }
        }
        Err(_) => ScramInfo { mechanism: "unreadable authPassword".into(), iterations: None },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_describes_records() {
        let mut summary = SecretSummary::default();
        summary.add(b"userPassword", b"secret");
        summary.add(b"authPassword", b"SCRAM-SHA-1$4096:qXxGTsQKVIO0IxJ+B/J+Uw==$IBrIP3iovUXKYT5f4uxthLAfIME=:J2iT1QOlJhyvf+r+HQPR8nr/YVw=");
        summary.add(b"cmusaslsecretOTP", b"md5\t0499\tvm1336\tf2761af8fc2fb6ee\t00000000000000000000");
        summary.add(b"customProp", b"x");
        assert_eq!(summary.describe(), "plaintext, SCRAM-SHA-1 (4096), OTP md5, customProp");
    }

    #[test]
    fn secret_properties() {
        assert!(is_secret(b"userPassword"));
        assert!(is_secret(b"cmusaslsecretPLAIN"));
        assert!(!is_secret(b"customProp"));
    }
}
