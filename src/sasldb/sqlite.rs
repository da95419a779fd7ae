//! Users in an SQLite database (`--db sqlite:PATH`), in the schema Cyrus's sql auxprop plugin
//! reads with `sql_select: SELECT %p FROM users WHERE username = '%u' AND realm = '%r'` (the one
//! Cyrus's documentation recommends): one row per user, one column per property. What Cyrus's
//! sasldb keys say (`authid NUL realm NUL property`) maps onto (username, realm, column); values
//! are always bound, never spliced into SQL. Each operation is one `BEGIN IMMEDIATE`
//! transaction: readers see the old user or the new one.

use std::cell::Cell;
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};

use rusqlite::{params, Connection, OpenFlags, OptionalExtension};

use crate::sasldb::error::{DbError, DbResult};
use crate::sasldb::key::Key;
use crate::sasldb::overlay::Overlay;
use crate::sasldb::store::{Access, ContainerInfo, Store, Visit, WriteTxn};

/// The prefix of `--db` that names an SQLite store.
pub const SCHEME: &str = "sqlite:";

/// The properties Cyrus's tools store, each a column of `users`.
pub const PROPERTIES: [&str; 3] = ["authPassword", "cmusaslsecretOTP", "userPassword"];

/// The table saslkit creates in a new database (documented in the README with the smtpd.conf
/// lines that read it).
pub const SCHEMA: &str =
    "CREATE TABLE IF NOT EXISTS users (\n  username TEXT NOT NULL,\n  realm TEXT NOT NULL,\n  \
userPassword TEXT,\n  authPassword TEXT,\n  cmusaslsecretOTP TEXT,\n  PRIMARY KEY (username, realm)\n)";

/// How long a write waits for another writer's transaction.
const BUSY_WAIT: std::time::Duration = std::time::Duration::from_secs(10);

pub struct SqliteStore {
    path: PathBuf,
    conn: Connection,
    /// A write transaction is open: nested reads go through it.
    in_write: Cell<bool>,
}

/// The file an `sqlite:PATH` names, or `None` for another kind of `--db`.
pub fn path_of(db: &Path) -> Option<&Path> {
    db.to_str().and_then(|s| s.strip_prefix(SCHEME)).map(Path::new)
}

impl SqliteStore {
    pub fn open(path: &Path, access: Access) -> DbResult<SqliteStore> {
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
        let store = SqliteStore { path: path.to_path_buf(), conn, in_write: Cell::new(false) };
        if access == Access::Write {
            store.conn.execute_batch(SCHEMA).map_err(|err| store.error(err))?;
        }
        store.check_schema()?;
        Ok(store)
    }

    /// The `users` table with the columns saslkit reads and writes; another schema is named.
    fn check_schema(&self) -> DbResult<()> {
        let mut statement = self
            .conn
            .prepare("SELECT name FROM pragma_table_info('users')")
            .map_err(|err| self.error(err))?;
        let columns: Vec<String> = statement
            .query_map([], |row| row.get(0))
            .and_then(Iterator::collect)
            .map_err(|err| self.error(err))?;
        let missing: Vec<&str> = ["username", "realm"]
            .into_iter()
            .chain(PROPERTIES)
            .filter(|c| !columns.iter().any(|have| have.eq_ignore_ascii_case(c)))
            .collect();
        if missing.is_empty() {
            return Ok(());
        }
        Err(DbError::Invalid(format!(
            "{}: no table users with the columns {} (the schema saslkit reads is in the README: {})",
            self.path.display(),
            missing.join(", "),
            SCHEMA.replace('\n', " ")
        )))
    }

    fn error(&self, err: rusqlite::Error) -> DbError {
        sql_error(&self.path, err)
    }

    /// The column of a property, or `None` for one this schema has no column for.
    fn column(property: &[u8]) -> Option<&'static str> {
        PROPERTIES.into_iter().find(|p| p.as_bytes() == property)
    }

    fn apply(&self, key: &[u8], value: Option<&[u8]>) -> DbResult<()> {
        let key =
            Key::decode(key).map_err(|err| DbError::Invalid(format!("{}: {err}", self.path.display())))?;
        let Some(column) = SqliteStore::column(&key.property) else {
            return Err(DbError::Invalid(format!(
                "{}: the users table has no column for property {}",
                self.path.display(),
                String::from_utf8_lossy(&key.property)
            )));
        };
        let (user, realm) = (text(&key.authid)?, text(&key.realm)?);
        let run = |sql: &str, values: &[&dyn rusqlite::ToSql]| {
            self.conn.execute(sql, values).map_err(|err| self.error(err))
        };
        match value {
            Some(value) => {
                let value = text(value)?;
                run(
                    "INSERT INTO users (username, realm) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
                    &[&user, &realm],
                )?;
                // The column name is one of PROPERTIES, never text from outside.
                run(
                    &format!("UPDATE users SET {column} = ?3 WHERE username = ?1 AND realm = ?2"),
                    &[&user, &realm, &value],
                )?;
            }
            None => {
                run(
                    &format!("UPDATE users SET {column} = NULL WHERE username = ?1 AND realm = ?2"),
                    &[&user, &realm],
                )?;
                let empty = PROPERTIES.map(|p| format!("{p} IS NULL")).join(" AND ");
                run(
                    &format!("DELETE FROM users WHERE username = ?1 AND realm = ?2 AND {empty}"),
                    &[&user, &realm],
                )?;
            }
        }
        Ok(())
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

/// SQLite keeps what Cyrus reads as text; sasldb values are bytes without NUL.
fn text(bytes: &[u8]) -> DbResult<&str> {
    std::str::from_utf8(bytes).map_err(|_| {
        DbError::Invalid("a user name, realm or value that is not UTF-8 cannot go into the SQL store".into())
    })
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
        _ => DbError::Invalid(format!("{}: SQLite: {err}", path.display())),
    }
}

impl Store for SqliteStore {
    fn is_sorted(&self) -> bool {
        false
    }

    fn describe(&self) -> ContainerInfo {
        ContainerInfo {
            format: "SQLite (the users table of Cyrus's sql plugin)".into(),
            ..ContainerInfo::default()
        }
    }

    fn scan(&self, visit: &mut Visit<'_>) -> DbResult<()> {
        let mut statement = self
            .conn
            .prepare("SELECT username, realm, authPassword, cmusaslsecretOTP, userPassword FROM users ORDER BY username, realm")
            .map_err(|err| self.error(err))?;
        let mut rows = statement.query([]).map_err(|err| self.error(err))?;
        while let Some(row) = rows.next().map_err(|err| self.error(err))? {
            let bytes = |i: usize| -> DbResult<Option<Vec<u8>>> {
                let value: rusqlite::types::Value = row.get(i).map_err(|err| self.error(err))?;
                Ok(match value {
                    rusqlite::types::Value::Text(t) => Some(t.into_bytes()),
                    rusqlite::types::Value::Blob(b) => Some(b),
                    rusqlite::types::Value::Null => None,
                    // A number where text belongs: its digits, as SQLite's own text conversion.
                    rusqlite::types::Value::Integer(n) => Some(n.to_string().into_bytes()),
                    rusqlite::types::Value::Real(x) => Some(x.to_string().into_bytes()),
                })
            };
            let (Some(user), Some(realm)) = (bytes(0)?, bytes(1)?) else { continue };
            for (i, property) in PROPERTIES.iter().enumerate() {
                if let Some(value) = bytes(2 + i)? {
                    let key = [user.as_slice(), b"\0", realm.as_slice(), b"\0", property.as_bytes()].concat();
                    if visit(&key, &value) == ControlFlow::Break(()) {
                        return Ok(());
                    }
                }
            }
        }
        Ok(())
    }

    fn get(&self, key: &[u8]) -> DbResult<Option<Vec<u8>>> {
        let Ok(key) = Key::decode(key) else { return Ok(None) };
        let Some(column) = SqliteStore::column(&key.property) else { return Ok(None) };
        let (Ok(user), Ok(realm)) = (text(&key.authid), text(&key.realm)) else { return Ok(None) };
        let value: Option<Option<String>> = self
            .conn
            .query_row(
                &format!("SELECT {column} FROM users WHERE username = ?1 AND realm = ?2"),
                params![user, realm],
                |row| row.get(0),
            )
            .optional()
            .map_err(|err| self.error(err))?;
        Ok(value.flatten().map(String::into_bytes))
    }

    /// One `BEGIN IMMEDIATE` transaction: the operation reads and decides inside it, its changes
    /// are applied, and it commits; any error rolls everything back.
    fn write(&self, work: &mut dyn FnMut(&mut dyn WriteTxn) -> DbResult<()>) -> DbResult<()> {
        if self.in_write.replace(true) {
            return Err(DbError::Internal("nested SQL write".into()));
        }
        let result = (|| {
            self.conn.execute_batch("BEGIN IMMEDIATE").map_err(|err| self.error(err))?;
            let mut txn = Overlay::new(self);
            work(&mut txn)?;
            for (key, value) in &txn.changes {
                self.apply(key, value.as_deref())?;
            }
            self.conn.execute_batch("COMMIT").map_err(|err| self.error(err))
        })();
        if result.is_err() {
            let _ = self.conn.execute_batch("ROLLBACK");
        }
        self.in_write.set(false);
        result
    }
}
