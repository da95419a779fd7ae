//! Checking a password against a user's stored secrets.

use crate::sasldb::ops::UserRecords;
use crate::sasldb::property::{AUTH_PASSWORD, USER_PASSWORD};
use crate::secrets::password::{constant_time_eq, Password};
use crate::secrets::scram::ScramSecret;

#[derive(Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Matches; names the record that proved it.
    Match(String),
    Mismatch,
    NoSecret,
}

/// Checks `userPassword` (constant time) and the SCRAM record. Every secret present must agree:
/// a stale record that disagrees is a mismatch, since some mechanism would then refuse the login.
pub fn verify_password(records: &UserRecords, password: &Password) -> Verdict {
    let mut proved = Vec::new();
    for (property, value) in &records.records {
        let ok = if property == USER_PASSWORD.as_bytes() {
            constant_time_eq(value, password.as_bytes())
        } else if property == AUTH_PASSWORD.as_bytes() {
            match String::from_utf8_lossy(value).parse::<ScramSecret>() {
                Ok(secret) => secret.verify(password),
                Err(_) => false,
            }
        } else {
            continue;
        };
        if !ok {
            return Verdict::Mismatch;
        }
        proved.push(String::from_utf8_lossy(property).into_owned());
    }
    if proved.is_empty() {
        Verdict::NoSecret
    } else {
        Verdict::Match(proved.join(", "))
    }
}
