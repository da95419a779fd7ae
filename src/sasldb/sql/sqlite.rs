//! SQLite (`--db sqlite:PATH`, `sql_engine: sqlite3`): the embedded engine, no server needed. A
//! write is `BEGIN IMMEDIATE`, so a second writer waits rather than failing at commit.

use std::ops::ControlFlow;
use std::path::{Path, PathBuf};

use rusqlite::types::ValueRef;
use rusqlite::{Connection, OpenFlags};

use crate::sasldb::error::{DbError, DbResult};
use crate::sasldb::sql::config::SqlConfig;
use crate::sasldb::sql::engine::{Engine, Row};
use crate::sasldb::sql::template::Dialect;
use crate::sasldb::store::Access;

/// How long a write waits for another writer's transaction.
const BUSY_WAIT: std::time::Duration = std::time::Duration::from_secs(10);

const CREATE_TABLE: &str =
    "CREATE TABLE IF NOT EXISTS users (\n  username TEXT NOT NULL,\n  realm TEXT NOT NULL,\n  \
userPassword TEXT,\n  authPassword TEXT,\n  cmusaslsecretOTP TEXT,\n  PRIMARY KEY (username, realm)\n)";

pub struct SqliteEngine {
    path: PathBuf,
    conn: Connection,
}

impl SqliteEngine {
    pub fn open(config: &SqlConfig, access: Access) -> DbResult<SqliteEngine> {
        let path = Path::new(&config.database);
        let flags = match access {
            Access::Read => OpenFlags::SQLITE_OPEN_READ_ONLY,
            Access::Write => OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE,
        } | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        if access == Access::Read && !path.exists() {
            return Err(DbError::Missing(path.to_path_buf()));
        }
        if access == Access::Write {
            create_private(path)?;
        }
        let conn = Connection::open_with_flags(path, flags).map_err(|err| sql_error(path, err))?;
        conn.busy_timeout(BUSY_WAIT).map_err(|err| sql_error(path, err))?;
        Ok(SqliteEngine { path: path.to_path_buf(), conn })
    }

    fn error(&self, err: rusqlite::Error) -> DbError {
        sql_error(&self.path, err)
    }
}

/// A new database file gets mode 0660 minus the umask, as a new sasldb does (SQLite's own default
/// is 0644: every local user could read the passwords); SQLite then takes the empty file as a new
/// database, and gives its journal the same mode.
fn create_private(path: &Path) -> DbResult<()> {
    use std::os::unix::fs::OpenOptionsExt;
    match std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o660)
        .custom_flags(libc::O_NOFOLLOW)
        .open(path)
    {
        Ok(_) => Ok(()),
        Err(err) if err.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(source) => Err(DbError::CannotCreate { path: path.to_path_buf(), source }),
    }
}

fn sql_error(path: &Path, err: rusqlite::Error) -> DbError {
    use rusqlite::ErrorCode;
    match err.sqlite_error_code() {
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => DbError::Busy(path.to_path_buf()),
        Some(ErrorCode::PermissionDenied | ErrorCode::ReadOnly) => {
            DbError::PermissionDenied { path: path.to_path_buf(), action: "write" }
        }
        Some(ErrorCode::CannotOpen) => {
            DbError::CannotCreate { path: path.to_path_buf(), source: std::io::Error::other(err.to_string()) }
        }
        Some(ErrorCode::NotADatabase) => {
            DbError::Invalid(format!("{}: not an SQLite database", path.display()))
        }
        Some(ErrorCode::ConstraintViolation) => DbError::Conflict(path.display().to_string()),
        _ => DbError::Invalid(format!("{}: SQLite: {err}", path.display())),
    }
}

impl Dialect for SqliteEngine {
    fn placeholder(&self, n: usize) -> String {
        format!("?{n}")
    }

    fn concat(&self, parts: &[String]) -> String {
        format!("({})", parts.join(" || "))
    }
}

impl Engine for SqliteEngine {
    fn execute(&mut self, sql: &str, params: &[Option<&str>]) -> DbResult<u64> {
        let mut statement = self.conn.prepare_cached(sql).map_err(|err| sql_error(&self.path, err))?;
        let changed = statement
            .execute(rusqlite::params_from_iter(params.iter()))
            .map_err(|err| sql_error(&self.path, err))?;
        Ok(changed as u64)
    }

    fn query(
        &mut self,
        sql: &str,
        params: &[Option<&str>],
        row: &mut dyn FnMut(&Row<'_>) -> ControlFlow<()>,
    ) -> DbResult<()> {
        let mut statement = self.conn.prepare_cached(sql).map_err(|err| sql_error(&self.path, err))?;
        let width = statement.column_count();
        let mut rows = statement
            .query(rusqlite::params_from_iter(params.iter()))
            .map_err(|err| sql_error(&self.path, err))?;
        let mut numbers: Vec<String> = vec![String::new(); width];
        while let Some(found) = rows.next().map_err(|err| sql_error(&self.path, err))? {
            let mut values: Vec<Option<&[u8]>> = Vec::with_capacity(width);
            // A number where text belongs: its digits, as SQLite's own text conversion.
            for (i, number) in numbers.iter_mut().enumerate() {
                match found.get_ref(i).map_err(|err| sql_error(&self.path, err))? {
                    ValueRef::Integer(n) => *number = n.to_string(),
                    ValueRef::Real(x) => *number = x.to_string(),
                    _ => number.clear(),
                }
            }
            for (i, number) in numbers.iter().enumerate() {
                values.push(match found.get_ref(i).map_err(|err| sql_error(&self.path, err))? {
                    ValueRef::Null => None,
                    ValueRef::Text(t) | ValueRef::Blob(t) => Some(t),
                    ValueRef::Integer(_) | ValueRef::Real(_) => Some(number.as_bytes()),
                });
            }
            if row(&values).is_break() {
                break;
            }
        }
        Ok(())
    }

    fn begin(&mut self) -> DbResult<()> {
        self.conn.execute_batch("BEGIN IMMEDIATE").map_err(|err| self.error(err))
    }

    fn commit(&mut self) -> DbResult<()> {
        self.conn.execute_batch("COMMIT").map_err(|err| self.error(err))
    }

    fn rollback(&mut self) {
        let _ = self.conn.execute_batch("ROLLBACK");
    }

    fn columns(&mut self) -> DbResult<Option<Vec<String>>> {
        let mut statement = self
            .conn
            .prepare("SELECT name FROM pragma_table_info('users')")
            .map_err(|err| self.error(err))?;
        let columns: Vec<String> = statement
            .query_map([], |row| row.get(0))
            .and_then(Iterator::collect)
            .map_err(|err| sql_error(&self.path, err))?;
        Ok(if columns.is_empty() { None } else { Some(columns) })
    }

    fn create_table(&self) -> &'static str {
        CREATE_TABLE
    }

    fn describe(&self, _config: &SqlConfig) -> String {
        "SQLite (the users table of Cyrus's sql plugin)".into()
    }
}
