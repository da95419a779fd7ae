//! The Cyrus SASL user database: key codec, storage seam, LMDB backend, user operations.

pub mod bdb;
pub mod bdb_write;
pub mod check;
pub mod convert;
pub mod error;
pub mod format;
pub mod gdbm;
pub mod import;
pub mod key;
pub mod lmdb;
pub mod open;
pub mod ops;
pub mod property;
pub mod store;
pub mod user;
pub mod verify;

pub use error::{DbError, DbResult};
pub use user::UserId;
