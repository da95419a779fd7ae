//! The seam between the SQL store and one database engine: run a statement with bound text
//! values, stream a query's rows, transactions, and the recommended table in the engine's types.

use std::ops::ControlFlow;

use crate::sasldb::error::DbResult;
use crate::sasldb::sql::config::SqlConfig;
use crate::sasldb::sql::template::Dialect;

/// One row: each column's bytes, `None` for NULL.
pub type Row<'a> = [Option<&'a [u8]>];

pub trait Engine: Dialect {
    /// Runs a statement; returns the rows it changed.
    fn execute(&mut self, sql: &str, params: &[Option<&str>]) -> DbResult<u64>;
    /// Streams a query's rows to `row` until it breaks.
    fn query(
        &mut self,
        sql: &str,
        params: &[Option<&str>],
        row: &mut dyn FnMut(&Row<'_>) -> ControlFlow<()>,
    ) -> DbResult<()>;
    fn begin(&mut self) -> DbResult<()>;
    fn commit(&mut self) -> DbResult<()>;
    /// Best effort: the connection may be gone, and then so is the transaction.
    fn rollback(&mut self);
    /// The columns of table `users`, or `None` when there is no such table.
    fn columns(&mut self) -> DbResult<Option<Vec<String>>>;
    /// Insert or update one user's row of the recommended schema: placeholders for username,
    /// realm, then `columns` in order.
    fn upsert(&self, columns: &[&str]) -> String {
        let marks: Vec<String> = (1..=columns.len() + 2).map(|i| self.placeholder(i)).collect();
        let set: Vec<String> = columns.iter().map(|c| format!("{c} = excluded.{c}")).collect();
        format!(
            "INSERT INTO users (username, realm, {}) VALUES ({}) ON CONFLICT (username, realm) DO UPDATE SET {}",
            columns.join(", "),
            marks.join(", "),
            set.join(", ")
        )
    }
    /// `CREATE TABLE users …` of the recommended schema, in this engine's types.
    fn create_table(&self) -> &'static str;
    /// The engine and server, for `db info`.
    fn describe(&self, config: &SqlConfig) -> String;
}
