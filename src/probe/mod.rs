//! Probing a live server's AUTH support: reply parser, capabilities, the sans-I/O session
//! machine, and the driver that does the sockets and TLS.

pub mod capabilities;
pub mod driver;
pub mod error;
pub mod machine;
pub mod reply;
pub mod report;
pub mod run;
pub mod target;
pub mod tls;
