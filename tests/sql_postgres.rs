//! Issue 15, PostgreSQL: users saslkit keeps in PostgreSQL 15 are the users Cyrus's sql plugin
//! finds (a private Postfix smtpd authenticates them; Cyrus's saslpasswd2 writes beside saslkit),
//! values are bound, never spliced, each operation is one transaction, a server that goes away
//! leaves the old state, and TLS to the database is verified.
//!
//! Packages: postgresql (initdb, postgres, psql), sasl2-bin (saslpasswd2), libsasl2-modules,
//! libsasl2-modules-sql (Cyrus's sql plugin, pgsql engine), postfix, openssl.

#![allow(clippy::unwrap_used)]

mod common;

use std::process::{Command, Stdio};
use std::time::Duration;

use common::smtpd::Smtpd;
use common::sqlservers::{self, cyrus_saslpasswd2, is_root, Postgres, DB_PASSWORD};
use tempfile::TempDir;

/// saslkit on `db`, with the database password in the environment (never argv).
fn saslkit(db: &str) -> assert_cmd::Command {
    sqlservers::saslkit(&["--db", db])
}

fn add(db: &str, user: &str, password: &str, extra: &[&str]) {
    sqlservers::add(&["--db", db], user, password, extra);
}

fn verifies(db: &str, user: &str, password: &str) -> bool {
    sqlservers::verifies(&["--db", db], user, password)
}

fn listed(db: &str) -> Vec<String> {
    sqlservers::listed(&["--db", db])
}

/// A folder with `saslpasswd.conf` reaching `server` with the recommended statements.
fn cyrus_conf(server: &Postgres) -> TempDir {
    let dir = TempDir::new().unwrap();
    std::fs::write(
        dir.path().join("saslpasswd.conf"),
        format!(
            "{}sql_select: SELECT %p FROM users WHERE username = '%u' AND realm = '%r'\n\
             sql_insert: INSERT INTO users (username, realm, %p) VALUES ('%u', '%r', '%v')\n\
             sql_update: UPDATE users SET %p = '%v' WHERE username = '%u' AND realm = '%r'\n",
            server.cyrus_lines()
        ),
    )
    .unwrap();
    dir
}

#[test]
fn saslkit_and_cyrus_saslpasswd2_share_the_users() {
    if !is_root() || common::peer("saslpasswd2").is_none() {
        return;
    }
    let Some(server) = Postgres::start("") else { return };
    let db = server.url();
    add(&db, "alice@example.com", "alice-pw", &[]);
    // The table saslkit made is the recommended one, with the row Cyrus's select reads.
    assert_eq!(
        server.psql("SELECT username, realm, userpassword FROM users"),
        "alice|example.com|alice-pw\n"
    );
    let conf = cyrus_conf(&server);
    let made = cyrus_saslpasswd2(conf.path(), &["-p", "-c", "-u", "example.com", "bob"], "bob-pw");
    assert!(made.status.success(), "{}", String::from_utf8_lossy(&made.stderr));
    let changed = cyrus_saslpasswd2(conf.path(), &["-p", "-u", "example.com", "alice"], "alice-new");
    assert!(changed.status.success(), "{}", String::from_utf8_lossy(&changed.stderr));
    // What Cyrus wrote, saslkit lists and verifies (Cyrus has no listing at all).
    assert_eq!(listed(&db), ["alice@example.com", "bob@example.com"]);
    assert!(verifies(&db, "bob@example.com", "bob-pw"));
    assert!(verifies(&db, "alice@example.com", "alice-new"));
    assert!(!verifies(&db, "alice@example.com", "alice-pw"));
    // A deleted user's row is gone, not left with NULLs (or Cyrus's string 'NULL').
    saslkit(&db).args(["user", "delete", "bob@example.com", "--yes"]).assert().success();
    assert_eq!(server.psql("SELECT count(*) FROM users WHERE username = 'bob'"), "0\n");
    // Cyrus's saslpasswd2 -d through the sql plugin "deletes" by storing the string NULL: the
    // user then logs in with the password NULL. db check says so; saslkit's delete removes it.
    let deleted = cyrus_saslpasswd2(conf.path(), &["-d", "-u", "example.com", "alice"], "");
    assert!(deleted.status.success(), "{}", String::from_utf8_lossy(&deleted.stderr));
    assert!(verifies(&db, "alice@example.com", "NULL"), "Cyrus's defect, as measured");
    let check = saslkit(&db).args(["db", "check", "--format", "json"]).output().unwrap();
    assert_eq!(check.status.code(), Some(1), "{}", String::from_utf8_lossy(&check.stderr));
    let findings: serde_json::Value = serde_json::from_slice(&check.stdout).unwrap();
    assert!(
        findings.as_array().unwrap().iter().any(|f| f["user"] == "alice@example.com"
            && f["message"].as_str().unwrap().contains("the string NULL")),
        "{findings:#}"
    );
    saslkit(&db).args(["user", "delete", "alice@example.com", "--yes"]).assert().success();
    assert_eq!(server.psql("SELECT count(*) FROM users WHERE username = 'alice'"), "0\n");
    // Cyrus's saslpasswd2 changes what saslkit wrote after the delete too.
    let again = cyrus_saslpasswd2(conf.path(), &["-p", "-c", "-u", "example.com", "bob"], "bob-2");
    assert!(again.status.success());
    assert!(verifies(&db, "bob@example.com", "bob-2"));
    // db info names the engine; a URL holding a password is refused before any connection.
    let info = saslkit(&db).args(["db", "info"]).output().unwrap();
    assert!(
        String::from_utf8_lossy(&info.stdout).contains("PostgreSQL"),
        "{}",
        String::from_utf8_lossy(&info.stdout)
    );
    let leaked = format!("postgresql://sasl:{DB_PASSWORD}@127.0.0.1:{}/mail", server.port);
    let out = saslkit(&leaked).args(["user", "list"]).output().unwrap();
    assert_eq!(out.status.code(), Some(64));
    assert!(!String::from_utf8_lossy(&out.stderr).contains(DB_PASSWORD));
}

#[test]
fn db_convert_moves_a_sasldb_to_postgresql_and_back() {
    if !is_root() {
        return;
    }
    let Some(server) = Postgres::start("") else { return };
    let dir = TempDir::new().unwrap();
    let sasldb = dir.path().join("sasldb2");
    let file = sasldb.to_str().unwrap();
    let local = |args: &[&str], stdin: &str| {
        common::saslkit(&sasldb).args(args).write_stdin(stdin.to_string()).assert().success();
    };
    local(&["user", "add", "alice@example.com", "--password-stdin", "--scram", "SHA-256"], "a-pw\n");
    local(&["user", "add", "bob@example.org", "--password-stdin"], "b-pw\n");
    let db = server.url();
    let out = saslkit(&db).args(["db", "convert", file, &db]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(listed(&db), ["alice@example.com", "bob@example.org"]);
    assert!(verifies(&db, "alice@example.com", "a-pw"));
    // A second convert into a store that has users needs --force, as for a file.
    let twice = saslkit(&db).args(["db", "convert", file, &db]).output().unwrap();
    assert_eq!(twice.status.code(), Some(73), "{}", String::from_utf8_lossy(&twice.stderr));
    let back = dir.path().join("back.db");
    let out =
        saslkit(&db).args(["db", "convert", &db, back.to_str().unwrap(), "--to", "lmdb"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let before = common::saslkit(&sasldb).args(["listusers"]).output().unwrap().stdout;
    let after = common::saslkit(&back).args(["listusers"]).output().unwrap().stdout;
    let (mut before, mut after) = (String::from_utf8(before).unwrap(), String::from_utf8(after).unwrap());
    let sorted = |s: &mut String| {
        let mut lines: Vec<&str> = s.lines().collect();
        lines.sort();
        lines.join("\n")
    };
    assert_eq!(sorted(&mut before), sorted(&mut after));
    // The realm commands work on the SQL store too, each one transaction.
    let realms = saslkit(&db).args(["realm", "list", "--format", "json"]).output().unwrap();
    assert!(
        String::from_utf8_lossy(&realms.stdout).contains("example.org"),
        "{}",
        String::from_utf8_lossy(&realms.stdout)
    );
    saslkit(&db).args(["realm", "rename", "example.org", "example.net"]).assert().success();
    assert_eq!(listed(&db), ["alice@example.com", "bob@example.net"]);
    assert!(verifies(&db, "bob@example.net", "b-pw"));
    assert_eq!(server.psql("SELECT count(*) FROM users WHERE realm = 'example.org'"), "0\n");
    saslkit(&db).args(["realm", "delete", "example.net", "--yes"]).assert().success();
    assert_eq!(listed(&db), ["alice@example.com"]);
}

#[test]
fn postfix_authenticates_the_users_saslkit_keeps_in_postgresql() {
    if !is_root() {
        return;
    }
    let Some(server) = Postgres::start("") else { return };
    let dir = TempDir::new().unwrap();
    std::fs::set_permissions(dir.path(), std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let smtpd_conf = format!(
        "pwcheck_method: auxprop\n{}sql_select: SELECT %p FROM users WHERE username = '%u' AND realm = '%r'\n\
         mech_list: PLAIN CRAM-MD5 SCRAM-SHA-256\n",
        server.cyrus_lines()
    );
    let Some(smtpd) = Smtpd::start(dir, &smtpd_conf) else { return };
    // saslkit takes the store from the very file smtpd reads.
    let conf_file = TempDir::new().unwrap();
    let conf_path = conf_file.path().join("smtpd.conf");
    std::fs::write(&conf_path, &smtpd_conf).unwrap();
    let by_conf = || {
        let mut cmd = assert_cmd::Command::new(common::saslkit_bin());
        cmd.env_clear().arg("--sasl-config").arg(&conf_path);
        cmd
    };
    by_conf()
        .args(["user", "add", "carol@example.com", "--password-stdin", "--scram", "SHA-256"])
        .write_stdin("carol-pw\n")
        .assert()
        .success();
    for mech in ["PLAIN", "CRAM-MD5", "SCRAM-SHA-256"] {
        assert!(smtpd.logs_in("carol", mech, "carol-pw"), "{mech}: {}", smtpd.log());
        assert!(!smtpd.logs_in("carol", mech, "wrong-pw"), "{mech} with a wrong password");
    }
    by_conf()
        .args(["user", "passwd", "carol@example.com", "--password-stdin"])
        .write_stdin("carol-new\n")
        .assert()
        .success();
    assert!(smtpd.logs_in("carol", "SCRAM-SHA-256", "carol-new"));
    assert!(!smtpd.logs_in("carol", "SCRAM-SHA-256", "carol-pw"), "a stale SCRAM secret");
    by_conf().args(["user", "delete", "carol@example.com", "--yes"]).assert().success();
    for mech in ["PLAIN", "CRAM-MD5", "SCRAM-SHA-256"] {
        assert!(!smtpd.logs_in("carol", mech, "carol-new"), "{mech} after the delete");
    }
    // What db check reports: a user "deleted" by Cyrus's own saslpasswd2 -d through the sql
    // plugin logs in to this smtpd with the password NULL, until saslkit deletes it.
    if common::peer("saslpasswd2").is_some() {
        by_conf()
            .args(["user", "add", "dave@example.com", "--password-stdin"])
            .write_stdin("dave-pw\n")
            .assert()
            .success();
        let cyrus = cyrus_conf(&server);
        let deleted = cyrus_saslpasswd2(cyrus.path(), &["-d", "-u", "example.com", "dave"], "");
        assert!(deleted.status.success(), "{}", String::from_utf8_lossy(&deleted.stderr));
        assert!(smtpd.logs_in("dave", "PLAIN", "NULL"), "Cyrus's defect, as smtpd sees it");
        by_conf().args(["user", "delete", "dave@example.com", "--yes"]).assert().success();
        assert!(!smtpd.logs_in("dave", "PLAIN", "NULL"));
    }
}

#[test]
fn hostile_names_and_passwords_are_data_never_sql() {
    if !is_root() {
        return;
    }
    let Some(server) = Postgres::start("") else { return };
    let db = server.url();
    let names = [
        "o'brien@example.com",
        "back\\slash@example.com",
        "per%cent%u@example.com",
        "x'); DROP TABLE users; --@example.com",
        "quote\"double@ex'ample.com",
    ];
    let passwords = ["it's", "back\\slash\\", "100%v%%", "'); DELETE FROM users; --", "\"; SELECT 1; --"];
    for (name, password) in names.iter().zip(passwords) {
        add(&db, name, password, &[]);
    }
    for (name, password) in names.iter().zip(passwords) {
        assert!(verifies(&db, name, password), "{name}");
        assert!(!verifies(&db, name, "other"), "{name}");
    }
    let mut sorted = names.map(str::to_string).to_vec();
    sorted.sort();
    assert_eq!(listed(&db), sorted);
    // Byte for byte in the table.
    let rows = server.psql("SELECT username || '@' || realm || '=' || userpassword FROM users ORDER BY 1");
    for (name, password) in names.iter().zip(passwords) {
        assert!(rows.lines().any(|l| l == format!("{name}={password}")), "{name}: {rows}");
    }
    // A NUL cannot be stored (Cyrus reads C strings): refused, nothing written.
    let out = saslkit(&db)
        .args(["user", "add", "nul@example.com", "--password-stdin"])
        .write_stdin("a\0b\n")
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert_eq!(server.psql("SELECT count(*) FROM users"), "5\n");
}

#[test]
fn concurrent_writers_lose_nothing() {
    if !is_root() || common::peer("saslpasswd2").is_none() {
        return;
    }
    let Some(server) = Postgres::start("") else { return };
    let db = server.url();
    add(&db, "seed@example.com", "pw", &[]);
    let conf = cyrus_conf(&server);
    std::thread::scope(|scope| {
        for writer in 0..2 {
            let db = db.clone();
            scope.spawn(move || {
                for n in 0..20 {
                    add(&db, &format!("k{writer}-{n}@example.com"), "pw", &[]);
                    // Both writers also change one shared user: the last one wins, whole.
                    saslkit(&db)
                        .args(["user", "passwd", "seed@example.com", "--password-stdin"])
                        .write_stdin(format!("pw-{writer}-{n}\n"))
                        .assert()
                        .success();
                }
            });
        }
        let conf = conf.path();
        scope.spawn(move || {
            for n in 0..20 {
                let out =
                    cyrus_saslpasswd2(conf, &["-p", "-c", "-u", "example.com", &format!("c-{n}")], "pw");
                assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
            }
        });
    });
    let users = listed(&db);
    assert_eq!(users.len(), 61, "{users:?}");
    for n in 0..20 {
        for who in [format!("k0-{n}"), format!("k1-{n}"), format!("c-{n}")] {
            assert!(users.contains(&format!("{who}@example.com")), "{who} lost");
        }
    }
    assert_eq!(server.psql("SELECT count(*) FROM users WHERE username = 'seed'"), "1\n");
}

#[test]
fn a_server_that_goes_away_leaves_the_old_state() {
    if !is_root() {
        return;
    }
    let Some(mut server) = Postgres::start("") else { return };
    let db = server.url();
    add(&db, "alice@example.com", "old-pw", &[]);
    // A transaction elsewhere holds the table: saslkit's change waits inside its own transaction;
    // then its connection is cut, which is what a crash or restart of the server does to it.
    let mut holder = server
        .psql_command(
            "mail",
            "BEGIN; LOCK TABLE users IN ACCESS EXCLUSIVE MODE; SELECT pg_sleep(30); COMMIT;",
        )
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let waiting = "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'saslkit' AND wait_event_type = 'Lock'";
    let locked =
        "SELECT count(*) FROM pg_locks WHERE mode = 'AccessExclusiveLock' AND relation = 'users'::regclass";
    while server.psql(locked) != "1\n" {
        std::thread::sleep(Duration::from_millis(50));
    }
    let mut changing = Command::new(common::saslkit_bin())
        .env_clear()
        .env("SASLKIT_DB_PASSWORD", DB_PASSWORD)
        .args(["--db", &db, "user", "passwd", "alice@example.com", "--password-stdin"])
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::io::Write::write_all(changing.stdin.as_mut().unwrap(), b"new-pw\n").unwrap();
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while server.psql(waiting) != "1\n" {
        assert!(std::time::Instant::now() < deadline, "saslkit never waited for the lock");
        std::thread::sleep(Duration::from_millis(50));
    }
    server.psql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'saslkit'");
    let out = changing.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(75), "{stderr}");
    assert!(stderr.contains("went away") || stderr.contains("terminat"), "{stderr}");
    let _ = holder.kill();
    let _ = holder.wait();
    server.psql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'BEGIN; LOCK%'");
    assert!(verifies(&db, "alice@example.com", "old-pw"), "the old state is kept");
    assert!(!verifies(&db, "alice@example.com", "new-pw"));
    // A server that is not there: unreachable, 69, named.
    server.kill();
    let out = saslkit(&db).args(["user", "list"]).output().unwrap();
    assert_eq!(out.status.code(), Some(69), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("127.0.0.1"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn tls_to_the_database_is_verified() {
    if !is_root() {
        return;
    }
    let Some(openssl) = common::peer("openssl") else { return };
    let certs_dir = TempDir::new().unwrap();
    let certs = common::make_certificates(certs_dir.path(), &openssl);
    let key = certs_dir.path().join("pg.key");
    std::fs::copy(&certs.leaf_key, &key).unwrap();
    Command::new("chown").arg("postgres").arg(&key).status().unwrap();
    std::fs::set_permissions(&key, std::os::unix::fs::PermissionsExt::from_mode(0o600)).unwrap();
    std::fs::set_permissions(certs_dir.path(), std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    std::fs::set_permissions(&certs.leaf, std::os::unix::fs::PermissionsExt::from_mode(0o644)).unwrap();
    let extra =
        format!("ssl = on\nssl_cert_file = '{}'\nssl_key_file = '{}'\n", certs.leaf.display(), key.display());
    let Some(server) = Postgres::start(&extra) else { return };
    let ca = certs.ca.to_str().unwrap();
    // Verified against the CA given: works, and the session is encrypted.
    let trusted = format!("{}?sslmode=require&sslrootcert={ca}", server.url());
    add(&trusted, "alice@example.com", "pw", &[]);
    let ssl = server.psql("SELECT count(*) FROM pg_stat_ssl s JOIN pg_stat_activity a USING (pid) WHERE s.ssl AND a.application_name = 'psql'");
    assert_eq!(ssl, "0\n", "psql over the socket is not TLS; the check below is saslkit's");
    // Without that CA the certificate does not verify: refused (77), never used unverified,
    // whether TLS is required or only preferred (the default).
    for url in [format!("{}?sslmode=require", server.url()), server.url()] {
        let out = saslkit(&url).args(["user", "list"]).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(77), "{url}: {stderr}");
        assert!(stderr.contains("certificate"), "{stderr}");
    }
    // The CA can also come from --db-ca-file.
    let out = saslkit(&server.url()).args(["--db-ca-file", ca, "user", "list"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}
