//! The human forms of the reports: tables and lines for people. The JSON forms are the report
//! types themselves; these only lay them out.

pub mod auth;
pub mod probe;
