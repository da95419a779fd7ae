//! Real database servers for the SQL store tests, each started in a temporary folder on a free
//! loopback port as its own system user, and stopped when dropped.
//!
//! Packages: postgresql (PostgreSQL 15: initdb, postgres, psql), mariadb-server (mariadb-install-db,
//! mariadbd), mariadb-client (mariadb).

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use tempfile::TempDir;

/// The role and password the tests connect as; the database is `mail`.
pub const DB_USER: &str = "sasl";
pub const DB_PASSWORD: &str = "db-secret-pw";

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// The uid and gid of a system user.
pub fn ids_of(user: &str) -> (u32, u32) {
    let name = std::ffi::CString::new(user).unwrap();
    let entry = unsafe { libc::getpwnam(name.as_ptr()) };
    assert!(!entry.is_null(), "no system user {user}");
    unsafe { ((*entry).pw_uid, (*entry).pw_gid) }
}

/// A command run as the postgres user (its own process: signals reach the server itself).
fn as_postgres(program: &Path) -> Command {
    use std::os::unix::process::CommandExt;
    let (uid, gid) = ids_of("postgres");
    let mut cmd = Command::new(program);
    cmd.uid(uid).gid(gid).env("HOME", "/var/lib/postgresql");
    cmd
}

fn postgres_bin() -> Option<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path().join("bin")))
        .filter(|bin| bin.join("initdb").exists())
        .collect();
    found.sort();
    found.pop()
}

pub struct Postgres {
    pub dir: TempDir,
    pub port: u16,
    child: Child,
    bin: PathBuf,
}

impl Postgres {
    /// Starts PostgreSQL with `extra` lines in postgresql.conf; `None` (skipped, or failed under
    /// SASLKIT_REQUIRE_PEERS=1) when it is not installed.
    pub fn start(extra: &str) -> Option<Postgres> {
        let Some(bin) = postgres_bin() else {
            super::skip_or_fail("PostgreSQL is not installed (apt-get install postgresql)");
            return None;
        };
        let dir = TempDir::new().unwrap();
        let data = dir.path().join("data");
        Command::new("chown").arg("postgres").arg(dir.path()).status().unwrap();
        let init = as_postgres(&bin.join("initdb"))
            .args(["-D", data.to_str().unwrap(), "-U", "postgres", "--auth-local=trust"])
            .args(["--auth-host=scram-sha-256", "--no-sync"])
            .output()
            .unwrap();
        assert!(init.status.success(), "initdb: {}", String::from_utf8_lossy(&init.stderr));
        let port = free_port();
        let conf = format!(
            "listen_addresses = '127.0.0.1'\nport = {port}\nunix_socket_directories = '{}'\nfsync = off\n\
             synchronous_commit = off\nfull_page_writes = off\n{extra}\n",
            dir.path().display()
        );
        let mut file = std::fs::OpenOptions::new().append(true).open(data.join("postgresql.conf")).unwrap();
        std::io::Write::write_all(&mut file, conf.as_bytes()).unwrap();
        let child = as_postgres(&bin.join("postgres"))
            .arg("-D")
            .arg(&data)
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(dir.path().join("server.log")).unwrap())
            .spawn()
            .unwrap();
        let server = Postgres { dir, port, child, bin };
        server.wait_ready();
        server.psql_in("postgres", &format!("CREATE ROLE {DB_USER} LOGIN PASSWORD '{DB_PASSWORD}'"));
        server.psql_in("postgres", &format!("CREATE DATABASE mail OWNER {DB_USER}"));
        Some(server)
    }

    fn wait_ready(&self) {
        let deadline = Instant::now() + Duration::from_secs(30);
        while Instant::now() < deadline {
            let ok = Command::new(self.bin.join("pg_isready"))
                .args(["-h", "127.0.0.1", "-p", &self.port.to_string(), "-q"])
                .status()
                .is_ok_and(|s| s.success());
            if ok {
                return;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        panic!(
            "PostgreSQL did not start: {}",
            std::fs::read_to_string(self.dir.path().join("server.log")).unwrap_or_default()
        );
    }

    /// Runs SQL as the superuser in database `mail`; returns the rows as psql's unaligned output.
    pub fn psql(&self, sql: &str) -> String {
        self.psql_in("mail", sql)
    }

    /// psql as the superuser on the server's socket, for `sql` in database `db`.
    pub fn psql_command(&self, db: &str, sql: &str) -> Command {
        let mut cmd = as_postgres(&self.bin.join("psql"));
        cmd.args(["-h", self.dir.path().to_str().unwrap(), "-p", &self.port.to_string(), "-d", db]).args([
            "-v",
            "ON_ERROR_STOP=1",
            "-X",
            "-q",
            "-A",
            "-t",
            "-c",
            sql,
        ]);
        cmd
    }

    pub fn psql_in(&self, db: &str, sql: &str) -> String {
        let out = self.psql_command(db, sql).output().unwrap();
        assert!(out.status.success(), "psql {sql}: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    }

    /// The `--db` URL (the password goes in $SASLKIT_DB_PASSWORD).
    pub fn url(&self) -> String {
        format!("postgresql://{DB_USER}@127.0.0.1:{}/mail", self.port)
    }

    /// Cyrus's smtpd.conf / saslpasswd.conf lines that reach this database.
    pub fn cyrus_lines(&self) -> String {
        format!(
            "auxprop_plugin: sql\nsql_engine: pgsql\nsql_hostnames: 127.0.0.1:{}\nsql_user: {DB_USER}\n\
             sql_passwd: {DB_PASSWORD}\nsql_database: mail\n",
            self.port
        )
    }

    /// Stops the server at once (a server going away mid-operation).
    pub fn kill(&mut self) {
        unsafe { libc::kill(self.child.id() as i32, libc::SIGQUIT) };
        let _ = self.child.wait();
    }
}

impl Drop for Postgres {
    fn drop(&mut self) {
        // SIGINT: PostgreSQL's fast shutdown (its backends go too).
        unsafe { libc::kill(self.child.id() as i32, libc::SIGINT) };
        let _ = self.child.wait();
    }
}

pub struct Mariadb {
    pub dir: TempDir,
    pub port: u16,
    child: Child,
}

impl Mariadb {
    pub fn start() -> Option<Mariadb> {
        Mariadb::start_with(&[])
    }

    /// Starts MariaDB with `extra` server options (TLS files, say).
    pub fn start_with(extra: &[String]) -> Option<Mariadb> {
        let (Some(install), Some(server)) = (super::peer("mariadb-install-db"), super::peer("mariadbd"))
        else {
            return None;
        };
        let dir = TempDir::new().unwrap();
        // mariadbd (user mysql) makes its socket and pid file here.
        Command::new("chown").arg("mysql").arg(dir.path()).status().unwrap();
        let data = dir.path().join("data");
        // Its own temporary folder: the bootstrap's temporary tables in a shared /tmp were seen
        // to vanish under another test ("Could not remove temporary table … error: 2").
        let tmp = dir.path().join("tmp");
        std::fs::create_dir(&tmp).unwrap();
        Command::new("chown").arg("mysql").arg(&tmp).status().unwrap();
        let out = Command::new(install)
            .args([
                "--no-defaults",
                "--user=mysql",
                "--skip-test-db",
                "--auth-root-authentication-method=socket",
            ])
            .arg(format!("--datadir={}", data.display()))
            .arg(format!("--tmpdir={}", tmp.display()))
            .output()
            .unwrap();
        assert!(out.status.success(), "mariadb-install-db: {}", String::from_utf8_lossy(&out.stderr));
        let port = free_port();
        let socket = dir.path().join("mysqld.sock");
        let child = Command::new(server)
            .arg("--no-defaults")
            .arg(format!("--datadir={}", data.display()))
            .arg(format!("--tmpdir={}", tmp.display()))
            .arg(format!("--socket={}", socket.display()))
            .arg(format!("--pid-file={}", dir.path().join("mysqld.pid").display()))
            .arg(format!("--port={port}"))
            .args([
                "--bind-address=127.0.0.1",
                "--user=mysql",
                "--skip-log-bin",
                "--innodb-buffer-pool-size=32M",
            ])
            .args(["--innodb-flush-log-at-trx-commit=0", "--skip-name-resolve"])
            .args(extra)
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(dir.path().join("server.log")).unwrap())
            .spawn()
            .unwrap();
        let server = Mariadb { dir, port, child };
        let deadline = Instant::now() + Duration::from_secs(60);
        while !socket.exists() || server.try_sql("SELECT 1").is_none() {
            assert!(
                Instant::now() < deadline,
                "MariaDB did not start: {}",
                std::fs::read_to_string(server.dir.path().join("server.log")).unwrap_or_default()
            );
            std::thread::sleep(Duration::from_millis(200));
        }
        server.sql(&format!(
            "CREATE DATABASE mail; CREATE USER '{DB_USER}'@'127.0.0.1' IDENTIFIED BY '{DB_PASSWORD}'; \
             GRANT ALL ON mail.* TO '{DB_USER}'@'127.0.0.1';"
        ));
        Some(server)
    }

    fn try_sql(&self, sql: &str) -> Option<String> {
        let out = Command::new("mariadb")
            .args(["--no-defaults", "-u", "root", "-N", "-B", "-D", "mysql"])
            .arg(format!("--socket={}", self.dir.path().join("mysqld.sock").display()))
            .args(["-e", sql])
            .output()
            .ok()?;
        out.status.success().then(|| String::from_utf8_lossy(&out.stdout).into_owned())
    }

    /// Runs SQL as root; returns the rows, tab-separated.
    pub fn sql(&self, sql: &str) -> String {
        self.try_sql(sql).unwrap_or_else(|| panic!("mariadb: {sql} failed"))
    }

    pub fn url(&self) -> String {
        format!("mysql://{DB_USER}@127.0.0.1:{}/mail", self.port)
    }

    pub fn cyrus_lines(&self) -> String {
        format!(
            "auxprop_plugin: sql\nsql_engine: mysql\nsql_hostnames: 127.0.0.1:{}\nsql_user: {DB_USER}\n\
             sql_passwd: {DB_PASSWORD}\nsql_database: mail\n",
            self.port
        )
    }
}

impl Drop for Mariadb {
    fn drop(&mut self) {
        let _ = Command::new("kill").arg(self.child.id().to_string()).status();
        let _ = self.child.wait();
    }
}

/// Whether the test runs as root (the servers run as their own users); skipped or failed if not.
pub fn is_root() -> bool {
    if unsafe { libc::geteuid() } != 0 {
        super::skip_or_fail("starting a database server as its own user needs root");
        return false;
    }
    true
}

/// saslkit with `args` (the store options), the database password in the environment.
pub fn saslkit(args: &[&str]) -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::new(super::saslkit_bin());
    cmd.env_clear().env("SASLKIT_DB_PASSWORD", DB_PASSWORD).args(args);
    cmd
}

pub fn add(store: &[&str], user: &str, password: &str, extra: &[&str]) {
    saslkit(store)
        .args(["user", "add", user, "--password-stdin"])
        .args(extra)
        .write_stdin(format!("{password}\n"))
        .assert()
        .success();
}

pub fn verifies(store: &[&str], user: &str, password: &str) -> bool {
    let out = saslkit(store)
        .args(["user", "verify", user, "--password-stdin"])
        .write_stdin(format!("{password}\n"))
        .output()
        .unwrap();
    out.status.success()
}

/// The users `user list` shows.
pub fn listed(store: &[&str]) -> Vec<String> {
    let out = saslkit(store).args(["user", "list", "--format", "json"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let users: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    users.as_array().unwrap().iter().map(|u| u["user"].as_str().unwrap().to_string()).collect()
}

/// Cyrus's own saslpasswd2, writing through the sql plugin with the Cyrus file in `conf_dir`.
pub fn cyrus_saslpasswd2(conf_dir: &Path, args: &[&str], password: &str) -> std::process::Output {
    let mut child = Command::new(super::peer("saslpasswd2").unwrap())
        .env("SASL_CONF_PATH", conf_dir)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::io::Write::write_all(child.stdin.as_mut().unwrap(), format!("{password}\n").as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}
