//! Where the users are and how to reach them: from a `--db` URL (`postgresql://`, `mysql://`,
//! `sqlite:PATH`) or from the Cyrus file the servers read (`--sasl-config smtpd.conf`: its
//! `sql_engine`, `sql_hostnames`, `sql_user`, `sql_passwd`, `sql_database`, `sql_select`,
//! `sql_insert`, `sql_update`, `sql_usessl`), so that saslkit writes what Cyrus will find.

use std::path::{Path, PathBuf};

use zeroize::Zeroizing;

use crate::postfix::cyrus::CyrusConf;
use crate::sasldb::error::{DbError, DbResult};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EngineKind {
    Sqlite,
    Postgres,
    Mysql,
}

impl EngineKind {
    /// The name Cyrus's `sql_engine` option gives it.
    pub fn cyrus_name(self) -> &'static str {
        match self {
            EngineKind::Sqlite => "sqlite3",
            EngineKind::Postgres => "pgsql",
            EngineKind::Mysql => "mysql",
        }
    }
}

/// Cyrus's statements, with their macros unexpanded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Templates {
    pub select: String,
    /// `None`: the configuration gives no way to add or change a user.
    pub insert: Option<String>,
    pub update: Option<String>,
}

/// The schema saslkit recommends (Cyrus's documented one: one row per user, one column per
/// property) and the statements that read and write it.
pub const RECOMMENDED_SELECT: &str = "SELECT %p FROM users WHERE username = '%u' AND realm = '%r'";
pub const RECOMMENDED_INSERT: &str = "INSERT INTO users (username, realm, %p) VALUES ('%u', '%r', '%v')";
pub const RECOMMENDED_UPDATE: &str = "UPDATE users SET %p = '%v' WHERE username = '%u' AND realm = '%r'";

impl Templates {
    pub fn recommended() -> Templates {
        Templates {
            select: RECOMMENDED_SELECT.into(),
            insert: Some(RECOMMENDED_INSERT.into()),
            update: Some(RECOMMENDED_UPDATE.into()),
        }
    }

    /// Whether these are the recommended statements (spacing, case and a final `;` aside): then
    /// saslkit may create the table, list users in one query and delete emptied rows.
    pub fn are_recommended(&self) -> bool {
        let same = |a: &str, b: &str| normalize(a) == normalize(b);
        same(&self.select, RECOMMENDED_SELECT)
            && self.insert.as_deref().is_some_and(|i| same(i, RECOMMENDED_INSERT))
            && self.update.as_deref().is_some_and(|u| same(u, RECOMMENDED_UPDATE))
    }
}

fn normalize(statement: &str) -> String {
    let words: Vec<&str> = statement.trim().trim_end_matches(';').split_whitespace().collect();
    words.join(" ").to_ascii_lowercase().replace(" = ", "=").replace(" =", "=").replace("= ", "=")
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TlsMode {
    Off,
    /// TLS when the server offers it (PostgreSQL), verified.
    Prefer,
    /// TLS or no connection, verified.
    Require,
}

pub use crate::sasldb::store::SqlOptions;

/// The environment variable that may hold the database password (never argv).
pub const PASSWORD_ENV: &str = "SASLKIT_DB_PASSWORD";

pub struct SqlConfig {
    pub engine: EngineKind,
    /// `host[:port]` (or a socket path) in the order tried; empty: the engine's local default.
    pub hosts: Vec<(String, Option<u16>)>,
    pub user: Option<String>,
    pub password: Option<Zeroizing<String>>,
    /// The database name; for SQLite, the file.
    pub database: String,
    pub templates: Templates,
    pub list_query: Option<String>,
    pub tls: TlsMode,
    pub ca_file: Option<PathBuf>,
    /// How messages name the store: the URL (no password in it) or the Cyrus file.
    pub label: String,
}

const SCHEMES: [(&str, EngineKind); 5] = [
    ("postgresql://", EngineKind::Postgres),
    ("postgres://", EngineKind::Postgres),
    ("mysql://", EngineKind::Mysql),
    ("mariadb://", EngineKind::Mysql),
    ("sqlite:", EngineKind::Sqlite),
];

/// Whether a `--db` names an SQL store rather than a sasldb file.
pub fn is_sql_target(db: &Path) -> bool {
    db.to_str().is_some_and(|s| SCHEMES.iter().any(|(scheme, _)| s.starts_with(scheme)))
}

impl SqlConfig {
    /// A store named by `--db`.
    pub fn from_url(db: &Path, options: &SqlOptions) -> DbResult<SqlConfig> {
        let text = db.to_str().ok_or_else(|| invalid(db.display(), "not UTF-8"))?;
        let (scheme, engine) = SCHEMES
            .into_iter()
            .find(|(scheme, _)| text.starts_with(scheme))
            .ok_or_else(|| invalid(text, "no SQL URL"))?;
        let rest = &text[scheme.len()..];
        let mut config = SqlConfig::new(engine, text.to_string(), options);
        if engine == EngineKind::Sqlite {
            config.database = rest.to_string();
            return Ok(config);
        }
        let (rest, query) = rest.split_once('?').unwrap_or((rest, ""));
        let (authority, database) = rest.split_once('/').unwrap_or((rest, ""));
        let (user, hosts) = match authority.rsplit_once('@') {
            Some((user, hosts)) => (Some(user), hosts),
            None => (None, authority),
        };
        if user.is_some_and(|u| u.contains(':')) {
            return Err(DbError::Server {
                target: "--db".into(),
                message: "the URL holds a password, which every local user can read on the command line: put it in $SASLKIT_DB_PASSWORD or a file named by --db-password-file".into(),
                kind: crate::error::Kind::Usage,
            });
        }
        config.user = user.map(percent_decode).filter(|u| !u.is_empty());
        config.database = percent_decode(database);
        config.hosts = parse_hosts(&percent_decode(hosts), text)?;
        config.tls = if engine == EngineKind::Postgres { TlsMode::Prefer } else { TlsMode::Off };
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            match pair.split_once('=').unwrap_or((pair, "")) {
                ("sslmode", "disable") => config.tls = TlsMode::Off,
                ("sslmode", "prefer") => config.tls = TlsMode::Prefer,
                ("sslmode", "require" | "verify-ca" | "verify-full") => config.tls = TlsMode::Require,
                ("sslrootcert", file) => config.ca_file = Some(PathBuf::from(percent_decode(file))),
                (name, _) => {
                    return Err(invalid(
                        text,
                        &format!(
                        "unknown parameter {name} (known: sslmode=disable|prefer|require, sslrootcert=FILE)"
                    ),
                    ))
                }
            }
        }
        config.label = redact_query(text);
        config.password_from(options, None)?;
        Ok(config)
    }

    /// The SQL store a Cyrus file configures, or `None` when it does not use the sql plugin.
    pub fn from_cyrus(conf: &CyrusConf, options: &SqlOptions) -> DbResult<Option<SqlConfig>> {
        let uses_sql = conf.get("auxprop_plugin").is_some_and(|p| p.split_whitespace().any(|p| p == "sql"));
        if !uses_sql {
            return Ok(None);
        }
        let file = conf.path.display().to_string();
        let at = |option: &str| format!("{file}, line {}", conf.line_of(option).unwrap_or(0));
        let engine = match conf.get("sql_engine").unwrap_or("mysql") {
            "pgsql" => EngineKind::Postgres,
            "mysql" => EngineKind::Mysql,
            "sqlite3" => EngineKind::Sqlite,
            other => {
                return Err(invalid(
                    at("sql_engine"),
                    &format!("sql_engine {other} is none saslkit speaks (pgsql, mysql, sqlite3)"),
                ))
            }
        };
        let select = conf.get("sql_select").or(conf.get("sql_statement")).ok_or_else(|| {
            invalid(&file, &format!("no sql_select: Cyrus finds no user either (the recommended one: sql_select: {RECOMMENDED_SELECT})"))
        })?;
        let mut templates = Templates {
            select: select.to_string(),
            insert: conf.get("sql_insert").map(str::to_string),
            update: conf.get("sql_update").map(str::to_string),
        };
        // The recommended select implies its insert and update: Cyrus's own sqlite3 writes are
        // unsafe, so a site may leave them out of the file and write with saslkit only.
        if normalize(select) == normalize(RECOMMENDED_SELECT)
            && templates.insert.is_none()
            && templates.update.is_none()
        {
            templates = Templates::recommended();
        }
        let mut config = SqlConfig::new(engine, file.clone(), options);
        config.templates = templates;
        config.database = conf.get("sql_database").unwrap_or_default().to_string();
        if engine != EngineKind::Sqlite {
            config.hosts = parse_hosts(conf.get("sql_hostnames").unwrap_or(""), &at("sql_hostnames"))?;
            config.user = conf.get("sql_user").map(str::to_string);
            let usessl = conf.get("sql_usessl").is_some_and(|v| matches!(v, "yes" | "on" | "true" | "1"));
            config.tls = if usessl { TlsMode::Require } else { TlsMode::Off };
        }
        config.label = format!("{file} (sql_engine {})", engine.cyrus_name());
        config.password_from(options, conf.get("sql_passwd"))?;
        Ok(Some(config))
    }

    fn new(engine: EngineKind, label: String, options: &SqlOptions) -> SqlConfig {
        SqlConfig {
            engine,
            hosts: Vec::new(),
            user: None,
            password: None,
            database: String::new(),
            templates: Templates::recommended(),
            list_query: options.list_query.clone(),
            tls: TlsMode::Off,
            ca_file: options.ca_file.clone(),
            label,
        }
    }

    /// `--db-password-file`, else `$SASLKIT_DB_PASSWORD`, else the Cyrus file's `sql_passwd`.
    fn password_from(&mut self, options: &SqlOptions, in_conf: Option<&str>) -> DbResult<()> {
        if let Some(path) = &options.password_file {
            let file =
                std::fs::File::open(path).map_err(|err| crate::sasldb::store::io_error(path, err, "read"))?;
            let line = crate::secrets::input::read_first_line(file)
                .map_err(|err| crate::sasldb::store::io_error(path, err, "read"))?;
            let text = String::from_utf8(line.to_vec())
                .map_err(|_| invalid(path.display(), "the database password is not UTF-8"))?;
            self.password = Some(Zeroizing::new(text));
        } else if let Some(value) = std::env::var_os(PASSWORD_ENV) {
            let text = value.into_string().map_err(|_| invalid(PASSWORD_ENV, "not UTF-8"))?;
            self.password = Some(Zeroizing::new(text));
        } else if let Some(value) = in_conf {
            self.password = Some(Zeroizing::new(value.to_string()));
        }
        Ok(())
    }

    /// Whether saslkit may create the table, list in one query and delete emptied rows.
    pub fn recommended_schema(&self) -> bool {
        self.templates.are_recommended() && self.list_query.is_none()
    }
}

/// Cyrus's `sql_hostnames`: `host[:port]` separated by commas; a socket path stays whole.
fn parse_hosts(list: &str, origin: &str) -> DbResult<Vec<(String, Option<u16>)>> {
    let mut hosts = Vec::new();
    for entry in list.split(',').map(str::trim).filter(|h| !h.is_empty()) {
        if entry.starts_with('/') {
            // A socket folder (PostgreSQL) or file (MariaDB), with the port that names the socket.
            match entry.rsplit_once(':') {
                Some((path, port)) if !port.is_empty() && port.bytes().all(|b| b.is_ascii_digit()) => {
                    let port = port
                        .parse::<u16>()
                        .map_err(|_| invalid(origin, &format!("{entry}: the port is no number")))?;
                    hosts.push((path.to_string(), Some(port)));
                }
                _ => hosts.push((entry.to_string(), None)),
            }
            continue;
        }
        let (host, port) = match entry.rsplit_once(':') {
            Some((host, port)) if !host.contains(':') || host.starts_with('[') => {
                let port = port
                    .parse::<u16>()
                    .map_err(|_| invalid(origin, &format!("{entry}: the port is no number")))?;
                (host.trim_matches(['[', ']']), Some(port))
            }
            _ => (entry.trim_matches(['[', ']']), None),
        };
        hosts.push((host.to_string(), port));
    }
    Ok(hosts)
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes.get(i + 1..i + 3).and_then(|h| std::str::from_utf8(h).ok());
        match (bytes[i], hex.and_then(|h| u8::from_str_radix(h, 16).ok())) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The URL as messages show it: without its parameters (a certificate path is no secret, but
/// keeps messages short).
fn redact_query(url: &str) -> String {
    url.split('?').next().unwrap_or(url).to_string()
}

fn invalid(origin: impl std::fmt::Display, message: &str) -> DbError {
    DbError::Invalid(format!("{origin}: {message}"))
}

/// What Cyrus's own sql plugin does wrong with a configuration (found while preparing issue
/// 15): reading works, but writing through Cyrus's tools corrupts or cannot add users.
pub struct Defect {
    pub line: usize,
    pub message: String,
    pub fix: String,
}

pub fn cyrus_defects(conf: &CyrusConf) -> Vec<Defect> {
    let mut defects = Vec::new();
    let select = conf.get("sql_select").or(conf.get("sql_statement")).unwrap_or("");
    if !select.contains("%p") {
        defects.push(Defect {
            line: conf.line_of("sql_select").or(conf.line_of("sql_statement")).unwrap_or(0),
            message: "sql_select does not name the property (%p): Cyrus's saslpasswd2, writing through this plugin, stores the string NULL as the password".into(),
            fix: format!("use one column per property: sql_select: {RECOMMENDED_SELECT}, and manage users with saslkit --sasl-config {}", conf.path.display()),
        });
    }
    if conf.get("sql_update").is_some_and(|update| update.contains("'%v'")) {
        defects.push(Defect {
            line: conf.line_of("sql_update").unwrap_or(0),
            message: "sql_update quotes %v: Cyrus's saslpasswd2 -d, writing through this plugin, stores the string NULL as the password, and the \"deleted\" user logs in with the password NULL".into(),
            fix: format!(
                "delete users with saslkit --sasl-config {} user delete, never Cyrus's saslpasswd2 -d; saslkit db check lists users left with NULL",
                conf.path.display()
            ),
        });
    }
    if conf.get("sql_engine").is_some_and(|e| e.trim() == "sqlite3")
        && (conf.get("sql_insert").is_some() || conf.get("sql_update").is_some())
    {
        defects.push(Defect {
            line: conf.line_of("sql_insert").or(conf.line_of("sql_update")).unwrap_or(0),
            message: "Cyrus's sqlite3 engine escapes a quote as \\' (SQLite does not honour it: a user name can inject SQL) and never inserts a new row (its \"row exists\" test is always true): do not let Cyrus's tools write with sql_insert/sql_update".into(),
            fix: format!(
                "remove sql_insert and sql_update, and manage the users with saslkit --db sqlite:{}",
                conf.get("sql_database").unwrap_or("PATH")
            ),
        });
    }
    defects
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_url_names_engine_hosts_user_and_database() {
        let c = SqlConfig::from_url(
            Path::new("postgresql://sasl@db1:5433,db2/mail?sslmode=require&sslrootcert=/etc/ca.pem"),
            &SqlOptions::default(),
        )
        .unwrap();
        assert_eq!(c.engine, EngineKind::Postgres);
        assert_eq!(c.hosts, vec![("db1".to_string(), Some(5433)), ("db2".to_string(), None)]);
        assert_eq!((c.user.as_deref(), c.database.as_str()), (Some("sasl"), "mail"));
        assert_eq!(c.tls, TlsMode::Require);
        assert_eq!(c.ca_file, Some(PathBuf::from("/etc/ca.pem")));
        assert!(c.recommended_schema());
        let socket = SqlConfig::from_url(
            Path::new("mysql://u@%2Frun%2Fmysqld%2Fmysqld.sock/mail"),
            &SqlOptions::default(),
        )
        .unwrap();
        assert_eq!(socket.hosts, vec![("/run/mysqld/mysqld.sock".to_string(), None)]);
        let folder = SqlConfig::from_url(
            Path::new("postgresql://u@%2Frun%2Fpostgresql:5433/mail"),
            &SqlOptions::default(),
        )
        .unwrap();
        assert_eq!(folder.hosts, vec![("/run/postgresql".to_string(), Some(5433))]);
    }

    #[test]
    fn a_password_in_the_url_is_refused() {
        let err = SqlConfig::from_url(Path::new("postgresql://u:secret@h/db"), &SqlOptions::default())
            .err()
            .unwrap();
        assert!(err.to_string().contains("SASLKIT_DB_PASSWORD"), "{err}");
        assert!(!err.to_string().contains("secret"), "{err}");
    }

    #[test]
    fn a_cyrus_file_gives_engine_statements_and_password() {
        let conf = CyrusConf::parse(
            Path::new("/etc/postfix/sasl/smtpd.conf"),
            "auxprop_plugin: sql\nsql_engine: pgsql\nsql_hostnames: 127.0.0.1:5432\nsql_user: sasl\nsql_passwd: pw\nsql_database: mail\nsql_select: select %p from users where username='%u' and realm='%r';\nsql_usessl: yes\n",
        )
        .unwrap();
        let c = SqlConfig::from_cyrus(&conf, &SqlOptions::default()).unwrap().unwrap();
        assert_eq!(c.engine, EngineKind::Postgres);
        assert_eq!(c.password.as_deref().map(String::as_str), Some("pw"));
        assert_eq!(c.tls, TlsMode::Require);
        assert!(c.templates.are_recommended(), "{:?}", c.templates);
        let sasldb = CyrusConf::parse(Path::new("x.conf"), "auxprop_plugin: sasldb\n").unwrap();
        assert!(SqlConfig::from_cyrus(&sasldb, &SqlOptions::default()).unwrap().is_none());
    }

    #[test]
    fn custom_statements_without_insert_cannot_write() {
        let conf = CyrusConf::parse(
            Path::new("smtpd.conf"),
            "auxprop_plugin: sql\nsql_engine: mysql\nsql_select: SELECT password FROM accounts WHERE login = '%u@%r'\n",
        )
        .unwrap();
        let c = SqlConfig::from_cyrus(&conf, &SqlOptions::default()).unwrap().unwrap();
        assert_eq!((c.templates.insert, c.templates.update), (None, None));
        assert_eq!(cyrus_defects(&conf).len(), 1);
    }

    proptest::proptest! {
        /// Any `--db` text: a config or an error, never a panic, and a password never echoed.
        #[test]
        fn any_url_parses_or_is_refused(url in "(postgresql|mysql|sqlite)://[ -~]{0,60}") {
            match SqlConfig::from_url(Path::new(&url), &SqlOptions::default()) {
                Ok(config) if config.engine != EngineKind::Sqlite => proptest::prop_assert!(!config.label.contains('?')),
                Ok(_) => {}
                Err(err) => proptest::prop_assert!(!err.to_string().is_empty()),
            }
        }
    }
}
