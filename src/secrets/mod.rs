//! Secrets: passwords in memory, SCRAM records, OTP records, and reading a password from the user.

pub mod input;
pub mod otp;
pub mod password;
pub mod scram;
