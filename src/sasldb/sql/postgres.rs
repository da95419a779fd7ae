//! PostgreSQL (`postgresql://…`, `sql_engine: pgsql`) through `tokio-postgres` on a one-thread
//! runtime of its own, so that every wait for the server has a deadline: a server that stops
//! answering (or answers a byte at a time) ends the operation with exit 75, never a hang.
//! Statements go with their parameter types (all text), so each is one round trip, never a
//! prepare first. TLS is rustls with the system roots and `sslrootcert`/`--db-ca-file`, verified
//! always: in `prefer` mode a server that offers TLS must present a certificate that verifies.

use std::future::Future;
use std::ops::ControlFlow;
use std::sync::Arc;
use std::time::Duration;

use futures_util::StreamExt;
use tokio_postgres::types::Type;
use tokio_postgres::{Client, NoTls};

use crate::error::Kind;
use crate::sasldb::error::{DbError, DbResult};
use crate::sasldb::sql::config::{SqlConfig, TlsMode};
use crate::sasldb::sql::engine::{Engine, Row};
use crate::sasldb::sql::guard::Guarded;
use crate::sasldb::sql::template::Dialect;

/// How long saslkit waits for each server to accept a connection and complete the login.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// How long saslkit waits for the server's next message (rows stream in messages, so a long
/// listing is many waits).
const ANSWER_TIMEOUT: Duration = Duration::from_secs(30);

const CREATE_TABLE: &str =
    "CREATE TABLE IF NOT EXISTS users (\n  username TEXT NOT NULL,\n  realm TEXT NOT NULL,\n  \
userPassword TEXT,\n  authPassword TEXT,\n  cmusaslsecretOTP TEXT,\n  PRIMARY KEY (username, realm)\n)";

pub struct PgEngine {
    client: Client,
    /// Drives the connection while saslkit waits. Dropping it ends the connection at once:
    /// waiting for the server to hang up costs ~4 ms (a fifth of a `user verify`), and
    /// PostgreSQL takes an end of connection outside a transaction as a normal one (logged at
    /// DEBUG1 only).
    runtime: tokio::runtime::Runtime,
    label: String,
}

impl PgEngine {
    pub fn connect(config: &SqlConfig) -> DbResult<PgEngine> {
        let mut pg = tokio_postgres::Config::new();
        pg.application_name("saslkit");
        pg.user(config.user.clone().unwrap_or_else(current_user));
        if let Some(password) = &config.password {
            pg.password(password.as_bytes());
        }
        if !config.database.is_empty() {
            pg.dbname(&config.database);
        }
        let label = config.label.clone();
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|err| DbError::Internal(format!("the PostgreSQL client's runtime: {err}")))?;
        let tls = match config.tls {
            TlsMode::Off => None,
            _ => Some(tokio_postgres_rustls::MakeRustlsConnect::new(Arc::unwrap_or_clone(
                crate::sasldb::sql::tls_config(config)?,
            ))),
        };
        let hosts = if config.hosts.is_empty() {
            vec![("/var/run/postgresql".to_string(), None)]
        } else {
            config.hosts.clone()
        };
        // Cyrus tries each of sql_hostnames in turn; so does saslkit.
        let mut last = None;
        for (host, port) in &hosts {
            let port = port.unwrap_or(5432);
            let attempt = runtime.block_on(async {
                tokio::time::timeout(CONNECT_TIMEOUT, login(&pg, host, port, config.tls, tls.clone())).await
            });
            match attempt {
                Ok(Ok(client)) => return Ok(PgEngine { client, runtime, label }),
                Ok(Err(err)) => last = Some(err.into_db_error(&label, host)),
                Err(_) => {
                    last = Some(DbError::Server {
                        target: label.clone(),
                        message: format!(
                            "{host}:{port} did not complete the PostgreSQL login within {} s",
                            CONNECT_TIMEOUT.as_secs()
                        ),
                        kind: Kind::Unavailable,
                    })
                }
            }
        }
        Err(last.unwrap_or_else(|| DbError::Internal("no host to connect to".into())))
    }

    fn error(&self, err: &tokio_postgres::Error) -> DbError {
        pg_error(&self.label, err)
    }

    /// Waits for `work` at most [`ANSWER_TIMEOUT`]; a server that stays silent ends it (75).
    fn wait<T>(&self, work: impl Future<Output = Result<T, tokio_postgres::Error>>) -> DbResult<T> {
        self.runtime
            .block_on(async { tokio::time::timeout(ANSWER_TIMEOUT, work).await })
            .map_err(|_| self.silent())?
            .map_err(|err| self.error(&err))
    }

    fn silent(&self) -> DbError {
        DbError::Server {
            target: self.label.clone(),
            message: format!(
                "the PostgreSQL server did not answer within {} s; nothing was changed",
                ANSWER_TIMEOUT.as_secs()
            ),
            kind: Kind::TempFail,
        }
    }

    /// Runs a statement and hands each row to `row` (all of them are read, so the connection
    /// is ready for the next statement); returns the rows it changed.
    fn run(
        &mut self,
        sql: &str,
        params: &[Option<&str>],
        row: &mut dyn FnMut(&Row<'_>) -> ControlFlow<()>,
    ) -> DbResult<u64> {
        let stream = self.wait(self.client.query_typed_raw(sql, typed(params)))?;
        let mut stream = std::pin::pin!(stream);
        let mut stopped = false;
        loop {
            let next = self
                .runtime
                .block_on(async { tokio::time::timeout(ANSWER_TIMEOUT, stream.next()).await })
                .map_err(|_| self.silent())?;
            let Some(found) = next.transpose().map_err(|err| self.error(&err))? else { break };
            if !stopped {
                let values: Vec<Option<&[u8]>> = (0..found.len()).map(|i| column(&found, i)).collect();
                stopped = row(&values).is_break();
            }
        }
        Ok(stream.rows_affected().unwrap_or(0))
    }
}

/// Why one host could not be logged in to.
enum LoginError {
    Socket(std::io::Error),
    Postgres(tokio_postgres::Error),
    Tls(String),
}

impl LoginError {
    fn into_db_error(self, label: &str, host: &str) -> DbError {
        match self {
            LoginError::Postgres(err) => connect_error(label, &err),
            LoginError::Socket(err) => DbError::Server {
                target: label.to_string(),
                message: format!("cannot connect to PostgreSQL at {host}: {err}"),
                kind: Kind::Unavailable,
            },
            LoginError::Tls(err) => DbError::Server {
                target: label.to_string(),
                message: format!("TLS to {host}: {err}"),
                kind: Kind::NoPerm,
            },
        }
    }
}

/// Connects to one host (a socket folder when it starts with `/`) through [`Guarded`] and logs
/// in; the connection is driven by a task on the current runtime.
async fn login(
    pg: &tokio_postgres::Config,
    host: &str,
    port: u16,
    mode: TlsMode,
    tls: Option<tokio_postgres_rustls::MakeRustlsConnect>,
) -> Result<Client, LoginError> {
    use tokio_postgres::config::SslMode;
    use tokio_postgres::tls::MakeTlsConnect;
    let mut pg = pg.clone();
    if host.starts_with('/') {
        // libpq speaks no TLS over a local socket either.
        pg.ssl_mode(SslMode::Disable);
        let path = format!("{host}/.s.PGSQL.{port}");
        let stream = tokio::net::UnixStream::connect(&path).await.map_err(LoginError::Socket)?;
        let (client, connection) =
            pg.connect_raw(Guarded::new(stream), NoTls).await.map_err(LoginError::Postgres)?;
        tokio::spawn(connection);
        return Ok(client);
    }
    let stream = tokio::net::TcpStream::connect((host, port)).await.map_err(LoginError::Socket)?;
    let _ = stream.set_nodelay(true);
    let stream = Guarded::new(stream);
    match (mode, tls) {
        (TlsMode::Off, _) | (_, None) => {
            pg.ssl_mode(SslMode::Disable);
            let (client, connection) = pg.connect_raw(stream, NoTls).await.map_err(LoginError::Postgres)?;
            tokio::spawn(connection);
            Ok(client)
        }
        (mode, Some(mut make)) => {
            pg.ssl_mode(if mode == TlsMode::Require { SslMode::Require } else { SslMode::Prefer });
            let tls = <tokio_postgres_rustls::MakeRustlsConnect as MakeTlsConnect<
                Guarded<tokio::net::TcpStream>,
            >>::make_tls_connect(&mut make, host)
            .map_err(|err| LoginError::Tls(err.to_string()))?;
            let (client, connection) = pg.connect_raw(stream, tls).await.map_err(LoginError::Postgres)?;
            tokio::spawn(connection);
            Ok(client)
        }
    }
}

/// The user libpq would log in as: the process's own.
fn current_user() -> String {
    std::env::var("USER").unwrap_or_else(|_| "postgres".into())
}

/// A server that cannot be reached, or refuses who we are.
fn connect_error(label: &str, err: &tokio_postgres::Error) -> DbError {
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

fn pg_error(label: &str, err: &tokio_postgres::Error) -> DbError {
    use tokio_postgres::error::SqlState;
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
fn column(row: &tokio_postgres::Row, i: usize) -> Option<&[u8]> {
    if let Ok(text) = row.try_get::<_, Option<&str>>(i) {
        return text.map(str::as_bytes);
    }
    row.try_get::<_, Option<&[u8]>>(i).ok().flatten()
}

impl Engine for PgEngine {
    fn execute(&mut self, sql: &str, params: &[Option<&str>]) -> DbResult<u64> {
        self.run(sql, params, &mut |_| ControlFlow::Continue(()))
    }

    fn query(
        &mut self,
        sql: &str,
        params: &[Option<&str>],
        row: &mut dyn FnMut(&Row<'_>) -> ControlFlow<()>,
    ) -> DbResult<()> {
        self.run(sql, params, row).map(drop)
    }

    fn begin(&mut self) -> DbResult<()> {
        self.wait(self.client.batch_execute("BEGIN"))
    }

    fn commit(&mut self) -> DbResult<()> {
        self.wait(self.client.batch_execute("COMMIT"))
    }

    fn rollback(&mut self) {
        let _ = self.wait(self.client.batch_execute("ROLLBACK"));
    }

    /// The columns the server describes for `SELECT *` (one parse, no execution; the
    /// information_schema view takes ~9 ms to answer).
    fn columns(&mut self) -> DbResult<Option<Vec<String>>> {
        let prepared = self
            .runtime
            .block_on(async {
                tokio::time::timeout(ANSWER_TIMEOUT, self.client.prepare("SELECT * FROM users WHERE false"))
                    .await
            })
            .map_err(|_| self.silent())?;
        match prepared {
            Ok(statement) => Ok(Some(statement.columns().iter().map(|c| c.name().to_string()).collect())),
            Err(err) if err.code() == Some(&tokio_postgres::error::SqlState::UNDEFINED_TABLE) => Ok(None),
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
