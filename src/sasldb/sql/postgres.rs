//! PostgreSQL (`postgresql://…`, `sql_engine: pgsql`) through the `postgres` crate. Statements go
//! with their parameter types (all text), so each is one round trip, never a prepare first.
//! TLS is rustls with the system roots and `sslrootcert`/`--db-ca-file`, verified always: in
//! `prefer` mode a server that offers TLS must present a certificate that verifies.

use std::ops::ControlFlow;
use std::sync::Arc;
use std::time::Duration;

use postgres::fallible_iterator::FallibleIterator;
use postgres::types::Type;
use postgres::{Client, NoTls};

use crate::error::Kind;
use crate::sasldb::error::{DbError, DbResult};
use crate::sasldb::sql::config::{SqlConfig, TlsMode};
use crate::sasldb::sql::engine::{Engine, Row};
use crate::sasldb::sql::template::Dialect;

/// How long saslkit waits for each server to answer a connection.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

const CREATE_TABLE: &str =
    "CREATE TABLE IF NOT EXISTS users (\n  username TEXT NOT NULL,\n  realm TEXT NOT NULL,\n  \
userPassword TEXT,\n  authPassword TEXT,\n  cmusaslsecretOTP TEXT,\n  PRIMARY KEY (username, realm)\n)";

pub struct PgEngine {
    /// Never dropped: the connection is left to the process's exit. The postgres crate's close
    /// waits for the server to hang up (~4 ms, a fifth of a `user verify`), and PostgreSQL takes
    /// an end of connection outside a transaction as a normal one (logged at DEBUG1 only).
    /// saslkit opens one store per run, so nothing accumulates.
    client: std::mem::ManuallyDrop<Client>,
    label: String,
}

impl PgEngine {
    pub fn connect(config: &SqlConfig) -> DbResult<PgEngine> {
        let mut pg = postgres::Config::new();
        pg.application_name("saslkit").connect_timeout(CONNECT_TIMEOUT);
        for (host, port) in &config.hosts {
            if host.starts_with('/') {
                pg.host_path(host);
            } else {
                pg.host(host);
            }
            pg.port(port.unwrap_or(5432));
        }
        if config.hosts.is_empty() {
            pg.host_path("/var/run/postgresql").port(5432);
        }
        if let Some(user) = &config.user {
            pg.user(user);
        } else {
            pg.user(&current_user());
        }
        if let Some(password) = &config.password {
            pg.password(password.as_bytes());
        }
        if !config.database.is_empty() {
            pg.dbname(&config.database);
        }
        let label = config.label.clone();
        let client = match config.tls {
            TlsMode::Off => pg.ssl_mode(postgres::config::SslMode::Disable).connect(NoTls),
            mode => {
                let ssl_mode = if mode == TlsMode::Require {
                    postgres::config::SslMode::Require
                } else {
                    postgres::config::SslMode::Prefer
                };
                let tls = crate::sasldb::sql::tls_config(config)?;
                pg.ssl_mode(ssl_mode)
                    .connect(tokio_postgres_rustls::MakeRustlsConnect::new(Arc::unwrap_or_clone(tls)))
            }
        }
        .map_err(|err| connect_error(&label, &err))?;
        Ok(PgEngine { client: std::mem::ManuallyDrop::new(client), label })
    }

    fn error(&self, err: &postgres::Error) -> DbError {
        pg_error(&self.label, err)
    }
}

/// The user libpq would log in as: the process's own.
fn current_user() -> String {
    std::env::var("USER").unwrap_or_else(|_| "postgres".into())
}

/// A server that cannot be reached, or refuses who we are.
fn connect_error(label: &str, err: &postgres::Error) -> DbError {
    if err.as_db_error().is_some() {
        return pg_error(label, err);
    }
    DbError::Server {
        target: label.to_string(),
        message: format!("cannot connect to PostgreSQL: {}", full_message(err)),
        kind: if full_message(err).contains("certificate") { Kind::NoPerm } else { Kind::Unavailable },
    }
}

fn full_message(err: &dyn std::error::Error) -> String {
    let mut message = err.to_string();
    let mut source = err.source();
    while let Some(cause) = source {
        let text = cause.to_string();
        if !message.contains(&text) {
            message.push_str(": ");
            message.push_str(&text);
        }
        source = cause.source();
    }
    message
}

fn pg_error(label: &str, err: &postgres::Error) -> DbError {
    use postgres::error::SqlState;
    let Some(db) = err.as_db_error() else {
        // No answer from the server: the connection went away mid-operation.
        return DbError::Server {
            target: label.to_string(),
            message: format!("the PostgreSQL server went away: {}; nothing was changed", full_message(err)),
            kind: Kind::TempFail,
        };
    };
    let code = db.code();
    if [SqlState::UNIQUE_VIOLATION, SqlState::T_R_SERIALIZATION_FAILURE, SqlState::T_R_DEADLOCK_DETECTED]
        .contains(code)
    {
        return DbError::Conflict(label.to_string());
    }
    let kind = match code.code().get(..2) {
        Some("28") => Kind::NoPerm, // invalid authorization
        Some("42") if *code == SqlState::INSUFFICIENT_PRIVILEGE => Kind::NoPerm,
        Some("42") => Kind::Config, // syntax, unknown table or column
        Some("3D") => Kind::Config, // no such database
        Some("08" | "57" | "53") => Kind::TempFail, // connection, shutdown, resources
        _ => Kind::DataErr,
    };
    DbError::Server {
        target: label.to_string(),
        message: format!("PostgreSQL: {} ({})", db.message(), code.code()),
        kind,
    }
}

impl Dialect for PgEngine {
    fn placeholder(&self, n: usize) -> String {
        format!("${n}")
    }

    fn concat(&self, parts: &[String]) -> String {
        format!("({})", parts.join(" || "))
    }
}

fn typed<'a>(params: &'a [Option<&'a str>]) -> impl Iterator<Item = (&'a Option<&'a str>, Type)> {
    params.iter().map(|p| (p, Type::TEXT))
}

/// A column's bytes: text as it is, bytea raw, anything else not read.
fn column(row: &postgres::Row, i: usize) -> Option<&[u8]> {
    if let Ok(text) = row.try_get::<_, Option<&str>>(i) {
        return text.map(str::as_bytes);
    }
    row.try_get::<_, Option<&[u8]>>(i).ok().flatten()
}

impl Engine for PgEngine {
    fn as_dialect(&self) -> &dyn Dialect {
        self
    }

    fn execute(&mut self, sql: &str, params: &[Option<&str>]) -> DbResult<u64> {
        let label = self.label.clone();
        let mut rows =
            self.client.query_typed_raw(sql, typed(params)).map_err(|err| pg_error(&label, &err))?;
        while rows.next().map_err(|err| pg_error(&label, &err))?.is_some() {}
        Ok(rows.rows_affected().unwrap_or(0))
    }

    fn query(
        &mut self,
        sql: &str,
        params: &[Option<&str>],
        row: &mut dyn FnMut(&Row<'_>) -> ControlFlow<()>,
    ) -> DbResult<()> {
        let label = self.label.clone();
        let mut rows =
            self.client.query_typed_raw(sql, typed(params)).map_err(|err| pg_error(&label, &err))?;
        let mut stopped = false;
        while let Some(found) = rows.next().map_err(|err| pg_error(&label, &err))? {
            if stopped {
                continue;
            }
            let values: Vec<Option<&[u8]>> = (0..found.len()).map(|i| column(&found, i)).collect();
            stopped = row(&values).is_break();
        }
        Ok(())
    }

    fn begin(&mut self) -> DbResult<()> {
        self.client.batch_execute("BEGIN").map_err(|err| pg_error(&self.label, &err))
    }

    fn commit(&mut self) -> DbResult<()> {
        self.client.batch_execute("COMMIT").map_err(|err| pg_error(&self.label, &err))
    }

    fn rollback(&mut self) {
        let _ = self.client.batch_execute("ROLLBACK");
    }

    /// The columns the server describes for `SELECT *` (one parse, no execution; the
    /// information_schema view takes ~9 ms to answer).
    fn columns(&mut self) -> DbResult<Option<Vec<String>>> {
        match self.client.prepare("SELECT * FROM users WHERE false") {
            Ok(statement) => Ok(Some(statement.columns().iter().map(|c| c.name().to_string()).collect())),
            Err(err) if err.code() == Some(&postgres::error::SqlState::UNDEFINED_TABLE) => Ok(None),
            Err(err) => Err(self.error(&err)),
        }
    }

    fn create_table(&self) -> &'static str {
        CREATE_TABLE
    }

    fn describe(&self, config: &SqlConfig) -> String {
        let tls = match config.tls {
            TlsMode::Off => "no TLS",
            TlsMode::Prefer => "TLS when offered, verified",
            TlsMode::Require => "TLS required, verified",
        };
        format!("PostgreSQL (the users table of Cyrus's sql plugin; {tls})")
    }
}
