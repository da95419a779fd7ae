//! saslkit: SASL authentication tooling for mail administrators.
//!
//! The binary is a thin shell over this library: [`cli`] holds every clap type, [`commands`]
//! orchestrates one subcommand per file, and the subsystems ([`sasldb`], [`secrets`]) take plain
//! typed options. Only [`output`] writes to the terminal.

pub mod cli;
pub mod commands;
pub mod compat;
pub mod doctor;
pub mod error;
pub mod fs_safe;
pub mod generate;
pub mod lines;
pub mod lmdb_verify;
pub mod lmdb_write;
pub mod output;
pub mod parallel;
pub mod postfix;
pub mod postmap;
pub mod probe;
pub mod sasl;
pub mod sasldb;
pub mod secrets;
