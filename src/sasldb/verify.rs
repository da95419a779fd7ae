//! Checking a password against a user's stored secrets, the way Cyrus decides a login.

use crate::sasldb::ops::UserRecords;
use crate::sasldb::property::{AUTH_PASSWORD, USER_PASSWORD};
use crate::secrets::password::{constant_time_eq, Password};
use crate::secrets::scram::ScramSecret;

#[derive(Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Matches: the record that proved it, and records that disagree but that Cyrus ignores
    /// (a stale `authPassword` beside a newer `userPassword`).
    Match {
        proved: String,
        stale: Vec<String>,
    },
    Mismatch,
    NoSecret,
}

/// Cyrus decides with `userPassword` when it is there — for PLAIN, LOGIN, CRAM, DIGEST and SCRAM
/// alike (its SCRAM plugin derives from `userPassword` when present) — and falls back to the
/// `authPassword` SCRAM record only without one. A SCRAM record that disagrees with a matching
/// `userPassword` is stale: reported, not a mismatch.
pub fn verify_password(records: &UserRecords, password: &Password) -> Verdict {
    let find = |name: &str| records.records.iter().find(|(p, _)| p == name.as_bytes()).map(|(_, v)| v);
    let scram_ok = |value: &Vec<u8>| {
        String::from_utf8_lossy(value).parse::<ScramSecret>().is_ok_and(|secret| secret.verify(password))
    };
    match (find(USER_PASSWORD), find(AUTH_PASSWORD)) {
        (Some(plain), scram) => {
            if !constant_time_eq(plain, password.as_bytes()) {
                return Verdict::Mismatch;
            }
            let stale =
                scram.filter(|v| !scram_ok(v)).map(|_| AUTH_PASSWORD.to_string()).into_iter().collect();
            Verdict::Match { proved: USER_PASSWORD.to_string(), stale }
        }
        (None, Some(scram)) if scram_ok(scram) => {
            Verdict::Match { proved: AUTH_PASSWORD.to_string(), stale: Vec::new() }
        }
        (None, Some(_)) => Verdict::Mismatch,
        (None, None) => Verdict::NoSecret,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sasldb::UserId;
    use crate::secrets::scram::ScramHash;

    fn records(pairs: &[(&str, Vec<u8>)]) -> UserRecords {
        UserRecords {
            user: UserId::new("alice", "example.com"),
            records: pairs.iter().map(|(p, v)| (p.as_bytes().to_vec(), v.clone())).collect(),
        }
    }

    fn scram_of(password: &str) -> Vec<u8> {
        ScramSecret::derive(
            ScramHash::Sha256,
            &Password::from_bytes(password.as_bytes()),
            b"0123456789abcdef",
            4096,
        )
        .to_string()
        .into_bytes()
    }

    #[test]
    fn decides_like_cyrus() {
        let pw = |s: &str| Password::from_bytes(s.as_bytes());
        // Cyrus's saslpasswd2 changed userPassword and left the old SCRAM record behind.
        let stale = records(&[("userPassword", b"new".to_vec()), ("authPassword", scram_of("old"))]);
        assert_eq!(
            verify_password(&stale, &pw("new")),
            Verdict::Match { proved: "userPassword".into(), stale: vec!["authPassword".into()] }
        );
        assert_eq!(verify_password(&stale, &pw("old")), Verdict::Mismatch);
        let scram_only = records(&[("authPassword", scram_of("s"))]);
        assert!(matches!(verify_password(&scram_only, &pw("s")), Verdict::Match { .. }));
        assert_eq!(verify_password(&scram_only, &pw("x")), Verdict::Mismatch);
        assert_eq!(
            verify_password(&records(&[("cmusaslsecretOTP", b"x".to_vec())]), &pw("x")),
            Verdict::NoSecret
        );
    }
}
