//! MariaDB and MySQL (`mysql://…`, `mariadb://…`, `sql_engine: mysql`) through the `mysql` crate.
//! Statements are prepared server-side (cached per connection) and values bound. The recommended
//! table keys users on binary strings: the server's default collation would take `Alice`,
//! `alice` and `alice ` for one user. TLS (`sslmode=require`, `sql_usessl: yes`) verifies the
//! certificate and name, with `sslrootcert`/`--db-ca-file` trusted beside the usual roots.

use std::ops::ControlFlow;
use std::time::Duration;

use mysql::consts::CapabilityFlags;
use mysql::prelude::Queryable;
use mysql::{Conn, OptsBuilder, Params, Value};

use crate::error::Kind;
use crate::sasldb::error::{DbError, DbResult};
use crate::sasldb::sql::config::{SqlConfig, TlsMode};
use crate::sasldb::sql::engine::{Engine, Row};
use crate::sasldb::sql::template::Dialect;
use crate::sasldb::sql::watchdog::{bounded, Watchdog};

const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// A server silent this long mid-operation is taken for gone.
const READ_TIMEOUT: Duration = Duration::from_secs(30);

const CREATE_TABLE: &str = "CREATE TABLE IF NOT EXISTS users (\n  username VARBINARY(255) NOT NULL,\n  \
realm VARBINARY(255) NOT NULL,\n  userPassword BLOB,\n  authPassword BLOB,\n  cmusaslsecretOTP BLOB,\n  \
PRIMARY KEY (username, realm)\n)";

pub struct MysqlEngine {
    /// Declared before `conn`: dropped first, while the socket it watches is still open.
    watchdog: Watchdog,
    conn: Conn,
    label: String,
}

/// How long one operation (a statement and its rows) may take, trickling server or not.
const ANSWER_TIMEOUT: Duration = Duration::from_secs(30);

impl MysqlEngine {
    pub fn connect(config: &SqlConfig) -> DbResult<MysqlEngine> {
        let label = config.label.clone();
        let mut last = None;
        let hosts = if config.hosts.is_empty() {
            vec![("/run/mysqld/mysqld.sock".to_string(), None)]
        } else {
            config.hosts.clone()
        };
        // Cyrus tries each of sql_hostnames in turn; so does saslkit.
        for (host, port) in &hosts {
            let mut opts = OptsBuilder::new()
                .user(config.user.clone())
                .pass(config.password.as_ref().map(|p| p.to_string()))
                .db_name(Some(config.database.clone()).filter(|d| !d.is_empty()))
                .tcp_connect_timeout(Some(CONNECT_TIMEOUT))
                .read_timeout(Some(READ_TIMEOUT))
                .prefer_socket(false)
                // An UPDATE reports the rows it matched, not only those it changed.
                .additional_capabilities(CapabilityFlags::CLIENT_FOUND_ROWS);
            opts = if host.starts_with('/') {
                opts.socket(Some(host.clone()))
            } else {
                opts.ip_or_hostname(Some(host.clone())).tcp_port(port.unwrap_or(3306))
            };
            if config.tls != TlsMode::Off {
                let mut ssl = mysql::SslOpts::default();
                if let Some(ca) = &config.ca_file {
                    ssl = ssl.with_root_cert_path(Some(ca.clone()));
                }
                opts = opts.ssl_opts(Some(ssl));
            }
            match bounded(CONNECT_TIMEOUT * 2, move || Conn::new(opts)) {
                Some(Ok(conn)) => {
                    let watchdog = Watchdog::new(std::os::unix::io::AsRawFd::as_raw_fd(&conn));
                    return Ok(MysqlEngine { watchdog, conn, label });
                }
                Some(Err(err)) => last = Some(connect_error(&label, err)),
                None => {
                    last = Some(DbError::Server {
                        target: label.clone(),
                        message: format!(
                            "{host} did not complete the MariaDB/MySQL login within {} s",
                            (CONNECT_TIMEOUT * 2).as_secs()
                        ),
                        kind: Kind::Unavailable,
                    })
                }
            }
        }
        Err(last.unwrap_or_else(|| DbError::Internal("no host to connect to".into())))
    }
}

impl MysqlEngine {
    /// Runs one operation under the watchdog: past [`ANSWER_TIMEOUT`] the socket is shut down
    /// and the operation ends as a server gone away (75).
    fn guarded<T>(&mut self, work: impl FnOnce(&mut Conn, &str) -> DbResult<T>) -> DbResult<T> {
        let (result, fired) = self.watchdog.within(ANSWER_TIMEOUT, || work(&mut self.conn, &self.label));
        if fired {
            return Err(DbError::Server {
                target: self.label.clone(),
                message: format!(
                    "the MariaDB/MySQL server did not answer within {} s; nothing was changed",
                    ANSWER_TIMEOUT.as_secs()
                ),
                kind: Kind::TempFail,
            });
        }
        result
    }
}

fn connect_error(label: &str, err: mysql::Error) -> DbError {
    if let mysql::Error::MySqlError(_) = err {
        return my_error(label, err);
    }
    let message = err.to_string();
    DbError::Server {
        target: label.to_string(),
        kind: if message.contains("certificate") || message.to_lowercase().contains("tls") {
            Kind::NoPerm
        } else {
            Kind::Unavailable
        },
        message: format!("cannot connect to MariaDB/MySQL: {message}"),
    }
}

fn my_error(label: &str, err: mysql::Error) -> DbError {
    let mysql::Error::MySqlError(server) = &err else {
        return DbError::Server {
            target: label.to_string(),
            message: format!("the MariaDB/MySQL server went away: {err}; nothing was changed"),
            kind: Kind::TempFail,
        };
    };
    let kind = match server.code {
        1062 | 1213 => return DbError::Conflict(label.to_string()),
        1044 | 1045 | 1142 | 1143 | 1227 => Kind::NoPerm,
        1049 | 1054 | 1064 | 1146 => Kind::Config,
        1205 | 1040 | 1053 | 2006 | 2013 => Kind::TempFail,
        _ => Kind::DataErr,
    };
    DbError::Server {
        target: label.to_string(),
        message: format!("MariaDB: {} ({})", server.message, server.code),
        kind,
    }
}

fn values(params: &[Option<&str>]) -> Params {
    if params.is_empty() {
        return Params::Empty;
    }
    Params::Positional(
        params.iter().map(|p| p.map_or(Value::NULL, |s| Value::Bytes(s.as_bytes().to_vec()))).collect(),
    )
}

impl Dialect for MysqlEngine {
    fn placeholder(&self, _n: usize) -> String {
        "?".into()
    }

    fn concat(&self, parts: &[String]) -> String {
        format!("CONCAT({})", parts.join(", "))
    }
}

impl Engine for MysqlEngine {
    fn execute(&mut self, sql: &str, params: &[Option<&str>]) -> DbResult<u64> {
        self.guarded(|conn, label| {
            let result = conn.exec_iter(sql, values(params)).map_err(|err| my_error(label, err))?;
            let changed = result.affected_rows();
            drop(result);
            Ok(changed)
        })
    }

    fn query(
        &mut self,
        sql: &str,
        params: &[Option<&str>],
        row: &mut dyn FnMut(&Row<'_>) -> ControlFlow<()>,
    ) -> DbResult<()> {
        self.guarded(|conn, label| {
            if params.is_empty() {
                // A listing: the text protocol streams rows without a prepare.
                let result = conn.query_iter(sql).map_err(|err| my_error(label, err))?;
                return stream(result, label, row);
            }
            let result = conn.exec_iter(sql, values(params)).map_err(|err| my_error(label, err))?;
            stream(result, label, row)
        })
    }

    fn begin(&mut self) -> DbResult<()> {
        self.guarded(|conn, label| conn.query_drop("START TRANSACTION").map_err(|err| my_error(label, err)))
    }

    fn commit(&mut self) -> DbResult<()> {
        self.guarded(|conn, label| conn.query_drop("COMMIT").map_err(|err| my_error(label, err)))
    }

    fn rollback(&mut self) {
        let _ =
            self.guarded(|conn, _| conn.query_drop("ROLLBACK").map_err(|_| DbError::Internal(String::new())));
    }

    fn columns(&mut self) -> DbResult<Option<Vec<String>>> {
        self.guarded(|conn, label| {
            let columns: Vec<String> = conn
                .query(
                    "SELECT column_name FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = 'users'",
                )
                .map_err(|err| my_error(label, err))?;
            Ok(if columns.is_empty() { None } else { Some(columns) })
        })
    }

    fn upsert(&self, columns: &[&str]) -> String {
        let marks = vec!["?"; columns.len() + 2].join(", ");
        let set: Vec<String> = columns.iter().map(|c| format!("{c} = VALUES({c})")).collect();
        format!(
            "INSERT INTO users (username, realm, {}) VALUES ({marks}) ON DUPLICATE KEY UPDATE {}",
            columns.join(", "),
            set.join(", ")
        )
    }

    fn create_table(&self) -> &'static str {
        CREATE_TABLE
    }

    fn describe(&self, config: &SqlConfig) -> String {
        let tls = if config.tls == TlsMode::Off { "no TLS" } else { "TLS required, verified" };
        format!("MariaDB/MySQL (the users table of Cyrus's sql plugin; {tls})")
    }
}

fn stream<P: mysql::prelude::Protocol>(
    result: mysql::QueryResult<'_, '_, '_, P>,
    label: &str,
    row: &mut dyn FnMut(&Row<'_>) -> ControlFlow<()>,
) -> DbResult<()> {
    let mut stopped = false;
    for found in result {
        let found = found.map_err(|err| my_error(label, err))?;
        if stopped {
            continue;
        }
        let cells: Vec<Option<&[u8]>> = (0..found.len())
            .map(|i| match found.as_ref(i) {
                Some(Value::Bytes(bytes)) => Some(bytes.as_slice()),
                _ => None,
            })
            .collect();
        stopped = row(&cells).is_break();
    }
    Ok(())
}
