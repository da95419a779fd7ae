//! Probing a live server's AUTH support: the sans-I/O session machine, one dialect per
//! protocol behind the seam of `protocol.rs`, and the driver that does the sockets and TLS.

pub mod capabilities;
pub mod dns;
pub mod driver;
pub mod error;
pub mod fleet;
pub mod imap;
pub mod machine;
pub mod mx;
pub mod pop3;
pub mod protocol;
pub mod reply;
pub mod report;
pub mod run;
pub mod sieve;
pub mod smtp;
pub mod target;
pub mod tls;
pub mod wire;
