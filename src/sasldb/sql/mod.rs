//! Users in an SQL database, the way Cyrus's sql auxprop plugin reads them: PostgreSQL, MariaDB /
//! MySQL or SQLite (`engine`), reached as `config` says (a `--db` URL or the Cyrus file itself),
//! with Cyrus's statements expanded safely (`template`). What Cyrus's sasldb keys say
//! (`authid NUL realm NUL property`) maps onto (user, realm, property); values are always bound.
//!
//! Each operation is one database transaction: the operation reads and decides inside it, its
//! changes are applied and it commits; any error rolls it back. Two writers that both add the
//! same new row make one of them fail on the table's key: that one is run again from the start.

pub mod config;
mod engine;
mod guard;
mod mysql;
mod postgres;
mod sqlite;
pub mod template;
mod watchdog;

use std::cell::{Cell, RefCell};
use std::ops::ControlFlow;

use crate::sasldb::error::{DbError, DbResult};
use crate::sasldb::key::Key;
use crate::sasldb::overlay::{Changes, Overlay};
use crate::sasldb::store::{Access, ContainerInfo, Location, Store, Visit, WriteTxn};

pub use config::{is_sql_target, EngineKind, SqlConfig, SqlOptions};
pub use engine::Engine;
use template::{expand, Macros};

/// The file an `sqlite:PATH` names, or `None` for another kind of `--db`.
pub fn sqlite_path(db: &std::path::Path) -> Option<&std::path::Path> {
    db.to_str().and_then(|s| s.strip_prefix("sqlite:")).map(std::path::Path::new)
}

/// The properties Cyrus's tools store: the columns of the recommended schema.
pub const PROPERTIES: [&str; 3] = ["authPassword", "cmusaslsecretOTP", "userPassword"];

/// One user's changed columns (`None`: removed).
type RowChanges<'a> = Vec<(&'static str, Option<&'a [u8]>)>;

/// How often an operation that lost a race for a new row is run again.
const RETRIES: usize = 5;

pub struct SqlStore {
    config: SqlConfig,
    /// `config.recommended_schema()`, worked out once: it decides every read and write.
    recommended: bool,
    engine: RefCell<Box<dyn Engine>>,
    /// A write transaction is open: nested reads go through it.
    in_write: Cell<bool>,
}

impl SqlStore {
    pub fn open(config: SqlConfig, access: Access) -> DbResult<SqlStore> {
        let mut engine: Box<dyn Engine> = match config.engine {
            EngineKind::Sqlite => Box::new(sqlite::SqliteEngine::open(&config, access)?),
            EngineKind::Postgres => Box::new(postgres::PgEngine::connect(&config)?),
            EngineKind::Mysql => Box::new(mysql::MysqlEngine::connect(&config)?),
        };
        let recommended = config.recommended_schema();
        if recommended {
            check_schema(engine.as_mut(), &config, access)?;
        }
        Ok(SqlStore { config, recommended, engine: RefCell::new(engine), in_write: Cell::new(false) })
    }

    fn expand<'a>(&self, template: &str, macros: &Macros<'a>) -> DbResult<template::Statement<'a>> {
        let engine = self.engine.borrow();
        expand(template, macros, &**engine).map_err(|why| {
            DbError::Invalid(format!("{}: the statement {template:?}: {why}", self.config.label))
        })
    }

    /// The first column of the first row `statement` returns (Cyrus reads no more).
    fn first_value(&self, statement: &template::Statement<'_>) -> DbResult<Option<Vec<u8>>> {
        let mut found = None;
        self.engine.borrow_mut().query(&statement.sql, &statement.params, &mut |row| {
            found = row.first().copied().flatten().map(<[u8]>::to_vec);
            ControlFlow::Break(())
        })?;
        Ok(found)
    }

    /// Whether `sql_select` for this property returns a row (a NULL value too): then
    /// `sql_update` changes it. Cyrus asks with `%p` as `*`, which for a schema with one row per
    /// property never finds the row, so its second write of a property fails on the key.
    fn row_exists(&self, user: &str, realm: &str, property: &str) -> DbResult<bool> {
        let statement =
            self.expand(&self.config.templates.select, &Macros { user, realm, property, value: None })?;
        let mut exists = false;
        self.engine.borrow_mut().query(&statement.sql, &statement.params, &mut |_| {
            exists = true;
            ControlFlow::Break(())
        })?;
        Ok(exists)
    }

    fn write_once(&self, work: &mut dyn FnMut(&mut dyn WriteTxn) -> DbResult<()>) -> DbResult<()> {
        self.engine.borrow_mut().begin()?;
        let result = (|| {
            let mut txn = Overlay::new(self);
            work(&mut txn)?;
            if self.recommended {
                self.apply_by_row(&txn.changes)?;
            } else {
                for (key, value) in &txn.changes {
                    self.apply_by_template(key, value.as_deref())?;
                }
            }
            self.engine.borrow_mut().commit()
        })();
        if result.is_err() {
            self.engine.borrow_mut().rollback();
        }
        result
    }

    /// Cyrus's way, for any schema: per property, `sql_select` for that property says whether
    /// there is a row, then `sql_update` or `sql_insert` runs; a removed property is updated to
    /// NULL (bound, not Cyrus's string).
    fn apply_by_template(&self, key: &[u8], value: Option<&[u8]>) -> DbResult<()> {
        let (key, property) = self.decode(key)?;
        let (user, realm, value) = (text(&key.authid)?, text(&key.realm)?, value.map(text).transpose()?);
        let templates = &self.config.templates;
        let (Some(insert), Some(update)) = (&templates.insert, &templates.update) else {
            return Err(DbError::Invalid(format!(
                "{}: no sql_insert and sql_update, so no way to write a user (Cyrus has none either); add them, or use the recommended schema (sql_select: {})",
                self.config.label,
                config::RECOMMENDED_SELECT
            )));
        };
        let exists = self.row_exists(user, realm, property)?;
        if value.is_none() && !exists {
            return Ok(());
        }
        let template = if exists { update } else { insert };
        let statement = self.expand(template, &Macros { user, realm, property, value })?;
        self.engine.borrow_mut().execute(&statement.sql, &statement.params)?;
        Ok(())
    }

    /// The recommended schema: one upsert per user given values; a user losing properties gets
    /// an UPDATE (an INSERT when it has no row yet), and a row left empty is deleted.
    fn apply_by_row(&self, changes: &Changes) -> DbResult<()> {
        let mut rows: Vec<(Key, RowChanges<'_>)> = Vec::new();
        for (key, value) in changes {
            let (key, property) = self.decode(key)?;
            let column = PROPERTIES.into_iter().find(|p| *p == property).unwrap_or_default();
            let mut row_key = key;
            row_key.property.clear();
            match rows.last_mut() {
                Some((last, columns)) if *last == row_key => columns.push((column, value.as_deref())),
                _ => rows.push((row_key, vec![(column, value.as_deref())])),
            }
        }
        let mut engine = self.engine.borrow_mut();
        for (key, columns) in &rows {
            let (user, realm) = (text(&key.authid)?, text(&key.realm)?);
            let values: Vec<Option<&str>> =
                columns.iter().map(|(_, v)| v.map(text).transpose()).collect::<DbResult<_>>()?;
            if values.iter().all(Option::is_some) {
                let names: Vec<&str> = columns.iter().map(|(c, _)| *c).collect();
                let mut params = vec![Some(user), Some(realm)];
                params.extend(values.iter().copied());
                let upsert = engine.upsert(&names);
                engine.execute(&upsert, &params)?;
                continue;
            }
            let set: Vec<String> = columns
                .iter()
                .enumerate()
                .map(|(i, (c, _))| format!("{c} = {}", engine.placeholder(i + 1)))
                .collect();
            let n = columns.len();
            let mut params = values.clone();
            params.extend([Some(user), Some(realm)]);
            let update = format!(
                "UPDATE users SET {} WHERE username = {} AND realm = {}",
                set.join(", "),
                engine.placeholder(n + 1),
                engine.placeholder(n + 2)
            );
            let updated = engine.execute(&update, &params)?;
            if updated == 0 && values.iter().any(Option::is_some) {
                let names: Vec<&str> = columns.iter().map(|(c, _)| *c).collect();
                let marks: Vec<String> = (1..=n + 2).map(|i| engine.placeholder(i)).collect();
                let insert = format!(
                    "INSERT INTO users (username, realm, {}) VALUES ({})",
                    names.join(", "),
                    marks.join(", ")
                );
                let mut params = vec![Some(user), Some(realm)];
                params.extend(values.iter().copied());
                engine.execute(&insert, &params)?;
            }
            if values.iter().any(Option::is_none) {
                let empty = PROPERTIES.map(|p| format!("{p} IS NULL")).join(" AND ");
                let delete = format!(
                    "DELETE FROM users WHERE username = {} AND realm = {} AND {empty}",
                    engine.placeholder(1),
                    engine.placeholder(2)
                );
                engine.execute(&delete, &[Some(user), Some(realm)])?;
            }
        }
        Ok(())
    }

    /// A key the SQL store can hold: its property must be one Cyrus's tools write.
    fn decode(&self, key: &[u8]) -> DbResult<(Key, &'static str)> {
        let key =
            Key::decode(key).map_err(|err| DbError::Invalid(format!("{}: {err}", self.config.label)))?;
        let kept = self.properties();
        let Some(property) = kept.iter().copied().find(|p| p.as_bytes() == key.property) else {
            let why = if kept.len() == 1 {
                " (sql_select has no %p: every property would be one value)"
            } else {
                ""
            };
            return Err(DbError::Invalid(format!(
                "{}: the SQL store keeps only {}{why}, not property {}",
                self.config.label,
                kept.join(", "),
                String::from_utf8_lossy(&key.property)
            )));
        };
        Ok((key, property))
    }

    /// The properties this schema can hold apart: a `sql_select` without `%p` reads one value
    /// whatever the property, so it holds the password only (Cyrus would store every property
    /// into that one value, and the string NULL over it when one is removed).
    fn properties(&self) -> &'static [&'static str] {
        if self.config.templates.select.contains("%p") {
            &PROPERTIES
        } else {
            &[PROPERTIES[2]]
        }
    }

    /// One user of the recommended schema (`prefix` is `user NUL realm NUL`), in one query.
    fn scan_one_row(&self, prefix: &[u8], visit: &mut Visit<'_>) -> DbResult<()> {
        let Ok(key) = Key::decode(&[prefix, b"x"].concat()) else { return Ok(()) };
        let (Ok(user), Ok(realm)) = (text(&key.authid), text(&key.realm)) else { return Ok(()) };
        let mut engine = self.engine.borrow_mut();
        let sql = format!(
            "SELECT {} FROM users WHERE username = {} AND realm = {}",
            PROPERTIES.join(", "),
            engine.placeholder(1),
            engine.placeholder(2)
        );
        engine.query(&sql, &[Some(user), Some(realm)], &mut |row| {
            for (property, value) in PROPERTIES.iter().zip(row) {
                if let Some(value) = value {
                    visit(&[prefix, property.as_bytes()].concat(), value)?;
                }
            }
            ControlFlow::Break(())
        })
    }

    /// Every user of the recommended schema, in one query.
    fn scan_recommended(&self, visit: &mut Visit<'_>) -> DbResult<()> {
        let sql =
            format!("SELECT username, realm, {} FROM users ORDER BY username, realm", PROPERTIES.join(", "));
        self.engine.borrow_mut().query(&sql, &[], &mut |row| {
            let (Some(Some(user)), Some(Some(realm))) = (row.first(), row.get(1)) else {
                return ControlFlow::Continue(());
            };
            for (i, property) in PROPERTIES.iter().enumerate() {
                if let Some(Some(value)) = row.get(2 + i) {
                    let key = [user, &b"\0"[..], realm, b"\0", property.as_bytes()].concat();
                    visit(&key, value)?;
                }
            }
            ControlFlow::Continue(())
        })
    }

    /// Another schema: the listing query's (user, realm) rows, then each property by `sql_select`.
    fn scan_listed(&self, query: &str, visit: &mut Visit<'_>) -> DbResult<()> {
        let mut users = Vec::new();
        self.engine.borrow_mut().query(query, &[], &mut |row| {
            if let (Some(Some(user)), Some(Some(realm))) = (row.first(), row.get(1)) {
                users.push((user.to_vec(), realm.to_vec()));
            }
            ControlFlow::Continue(())
        })?;
        for (user, realm) in users {
            for property in self.properties() {
                let key = [&user[..], b"\0", &realm, b"\0", property.as_bytes()].concat();
                if let Some(value) = self.get(&key)? {
                    if visit(&key, &value).is_break() {
                        return Ok(());
                    }
                }
            }
        }
        Ok(())
    }
}

/// The recommended schema's table: created by the first write, checked on every open.
fn check_schema(engine: &mut dyn Engine, config: &SqlConfig, access: Access) -> DbResult<()> {
    let columns = match engine.columns()? {
        Some(columns) => columns,
        None if access == Access::Write => {
            engine.execute(engine.create_table(), &[])?;
            return Ok(());
        }
        None => {
            return Err(DbError::Server {
                target: config.label.clone(),
                message: format!(
                    "no table users yet (the first `saslkit user add` creates it: {})",
                    engine.create_table().replace('\n', " ")
                ),
                kind: crate::error::Kind::DataErr,
            })
        }
    };
    let missing: Vec<&str> = ["username", "realm"]
        .into_iter()
        .chain(PROPERTIES)
        .filter(|c| !columns.iter().any(|have| have.eq_ignore_ascii_case(c)))
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    Err(DbError::Invalid(format!(
        "{}: the table users has no column {} (the schema saslkit reads is in the README: {}); for another schema, give the statements with --sasl-config and a listing query with --sql-list",
        config.label,
        missing.join(", "),
        engine.create_table().replace('\n', " ")
    )))
}

/// Whether a key prefix names exactly one user: `user NUL realm NUL`.
fn is_one_user(prefix: &[u8]) -> bool {
    prefix.ends_with(b"\0") && prefix.iter().filter(|&&b| b == 0).count() == 2
}

/// SQL text columns hold what Cyrus reads; sasldb values are bytes without NUL.
fn text(bytes: &[u8]) -> DbResult<&str> {
    let text = std::str::from_utf8(bytes).map_err(|_| {
        DbError::Invalid("a user name, realm or value that is not UTF-8 cannot go into the SQL store".into())
    })?;
    if text.contains('\0') {
        return Err(DbError::Invalid(
            "a NUL byte cannot go into the SQL store (Cyrus reads C strings)".into(),
        ));
    }
    Ok(text)
}

impl Store for SqlStore {
    fn is_sorted(&self) -> bool {
        false
    }

    fn describe(&self) -> ContainerInfo {
        let location = match self.config.engine {
            EngineKind::Sqlite => Location::File(self.config.database.clone().into()),
            _ => Location::Server(self.config.label.clone()),
        };
        ContainerInfo {
            format: self.engine.borrow().describe(&self.config),
            location,
            ..ContainerInfo::default()
        }
    }

    fn scan(&self, visit: &mut Visit<'_>) -> DbResult<()> {
        match &self.config.list_query {
            Some(query) => self.scan_listed(query, visit),
            None if self.recommended => self.scan_recommended(visit),
            None => Err(DbError::Invalid(format!(
                "{}: Cyrus has no listing query, and this schema is not the recommended one: give one with --sql-list 'SELECT user, realm FROM …'",
                self.config.label
            ))),
        }
    }

    fn get(&self, key: &[u8]) -> DbResult<Option<Vec<u8>>> {
        let Ok((key, property)) = self.decode(key) else { return Ok(None) };
        let (Ok(user), Ok(realm)) = (text(&key.authid), text(&key.realm)) else { return Ok(None) };
        let statement =
            self.expand(&self.config.templates.select, &Macros { user, realm, property, value: None })?;
        self.first_value(&statement)
    }

    /// One user (`start` is `user NUL realm NUL`): one select per property this schema holds,
    /// not a listing of every user (which another schema may not even have).
    fn scan_from(&self, start: &[u8], visit: &mut Visit<'_>) -> DbResult<()> {
        if !is_one_user(start) {
            return self.scan(visit);
        }
        if self.recommended {
            return self.scan_one_row(start, visit);
        }
        for property in self.properties() {
            let key = [start, property.as_bytes()].concat();
            if let Some(value) = self.get(&key)? {
                if visit(&key, &value).is_break() {
                    break;
                }
            }
        }
        Ok(())
    }

    fn keys_with_prefix(&self, prefix: &[u8]) -> DbResult<Vec<Vec<u8>>> {
        let mut keys = Vec::new();
        self.scan_from(prefix, &mut |key, _| {
            if key.starts_with(prefix) {
                keys.push(key.to_vec());
            }
            ControlFlow::Continue(())
        })?;
        Ok(keys)
    }

    fn write(&self, work: &mut dyn FnMut(&mut dyn WriteTxn) -> DbResult<()>) -> DbResult<()> {
        if self.in_write.replace(true) {
            return Err(DbError::Internal("nested SQL write".into()));
        }
        let mut result = self.write_once(work);
        for _ in 0..RETRIES {
            match result {
                Err(DbError::Conflict(_)) => result = self.write_once(work),
                _ => break,
            }
        }
        self.in_write.set(false);
        result
    }
}

/// TLS to a database server: verified as the probe verifies a mail server (its one verifier:
/// the system roots, read only when a certificate is presented and only as far as needed, plus
/// the CA file named by `sslrootcert`/`--db-ca-file`; the server's name checked).
pub(crate) fn tls_config(config: &SqlConfig) -> DbResult<std::sync::Arc<rustls::ClientConfig>> {
    let settings = crate::probe::tls::TlsSettings { ca_file: config.ca_file.clone(), ..Default::default() };
    crate::probe::tls::client_config(&settings).map_err(|err| {
        use crate::error::HasKind;
        DbError::Server { target: config.label.clone(), kind: err.kind(), message: format!("TLS: {err}") }
    })
}
