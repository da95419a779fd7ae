//! Issue 15, MariaDB: users saslkit keeps in MariaDB are the users Cyrus's sql plugin (mysql
//! engine) finds and writes, byte for byte (the recommended table keys users on binary strings,
//! so `Alice`, `alice` and `alice ` stay three users, as in a sasldb); another schema works
//! through the Cyrus file's own statements and a listing query.
//!
//! Packages: mariadb-server (mariadb-install-db, mariadbd), mariadb-client (mariadb), sasl2-bin
//! (saslpasswd2), libsasl2-modules, libsasl2-modules-sql (Cyrus's sql plugin, mysql engine),
//! postfix, openssl.

#![allow(clippy::unwrap_used)]

mod common;

use std::process::Command;

use common::smtpd::Smtpd;
use common::sqlservers::{add, cyrus_saslpasswd2, is_root, listed, saslkit, verifies, Mariadb};
use tempfile::TempDir;

const RECOMMENDED: &str = "sql_select: SELECT %p FROM users WHERE username = '%u' AND realm = '%r'\n\
sql_insert: INSERT INTO users (username, realm, %p) VALUES ('%u', '%r', '%v')\n\
sql_update: UPDATE users SET %p = '%v' WHERE username = '%u' AND realm = '%r'\n";

#[test]
fn saslkit_cyrus_and_postfix_share_the_users_in_mariadb() {
    if !is_root() || common::peer("saslpasswd2").is_none() {
        return;
    }
    let Some(server) = Mariadb::start() else { return };
    let url = server.url();
    let db = ["--db", url.as_str()];
    add(&db, "alice@example.com", "alice-pw", &[]);
    add(&db, "Alice@example.com", "other-pw", &[]);
    add(&db, "alice @example.com", "third-pw", &[]);
    assert_eq!(listed(&db).len(), 3, "three users, as in a sasldb");
    assert!(verifies(&db, "alice@example.com", "alice-pw"));
    assert!(!verifies(&db, "alice@example.com", "other-pw"));
    let conf = TempDir::new().unwrap();
    std::fs::write(conf.path().join("saslpasswd.conf"), format!("{}{RECOMMENDED}", server.cyrus_lines()))
        .unwrap();
    let made = cyrus_saslpasswd2(conf.path(), &["-p", "-c", "-u", "example.com", "bob"], "bob\\'pw");
    assert!(made.status.success(), "{}", String::from_utf8_lossy(&made.stderr));
    assert!(verifies(&db, "bob@example.com", "bob\\'pw"), "what Cyrus wrote, saslkit reads");
    let changed = cyrus_saslpasswd2(conf.path(), &["-p", "-u", "example.com", "alice"], "alice-new");
    assert!(changed.status.success());
    assert!(verifies(&db, "alice@example.com", "alice-new"));
    // Backslashes and quotes are data (MariaDB's default escapes backslashes in literals).
    let tricky = "back\\slash'q\"uote%u@example.com";
    add(&db, tricky, "p\\'w\"; DROP TABLE users; --", &[]);
    assert!(verifies(&db, tricky, "p\\'w\"; DROP TABLE users; --"));
    assert_eq!(server.sql("SELECT count(*) FROM mail.users").trim(), "5");
    // smtpd finds a user saslkit keeps there.
    let dir = TempDir::new().unwrap();
    std::fs::set_permissions(dir.path(), std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let smtpd_conf =
        format!("pwcheck_method: auxprop\n{}{RECOMMENDED}mech_list: PLAIN CRAM-MD5\n", server.cyrus_lines());
    let Some(smtpd) = Smtpd::start(dir, &smtpd_conf) else { return };
    assert!(smtpd.logs_in("alice", "PLAIN", "alice-new"), "{}", smtpd.log());
    assert!(smtpd.logs_in("alice", "CRAM-MD5", "alice-new"));
    assert!(!smtpd.logs_in("alice", "PLAIN", "alice-pw"));
    saslkit(&db).args(["user", "delete", "alice@example.com", "--yes"]).assert().success();
    assert!(!smtpd.logs_in("alice", "PLAIN", "alice-new"));
    assert_eq!(server.sql("SELECT count(*) FROM mail.users WHERE username = 'alice'").trim(), "0");
}

#[test]
fn another_schema_through_the_cyrus_statements_and_a_listing_query() {
    if !is_root() || common::peer("saslpasswd2").is_none() {
        return;
    }
    let Some(server) = Mariadb::start() else { return };
    server.sql(
        "CREATE TABLE mail.props (user VARBINARY(64) NOT NULL, realm VARBINARY(64) NOT NULL, \
         attr VARCHAR(64) NOT NULL, value BLOB, PRIMARY KEY (user, realm, attr))",
    );
    let conf_dir = TempDir::new().unwrap();
    let conf = format!(
        "{}sql_select: SELECT value FROM props WHERE user = '%u' AND realm = '%r' AND attr = '%p'\n\
         sql_insert: INSERT INTO props (user, realm, attr, value) VALUES ('%u', '%r', '%p', '%v')\n\
         sql_update: UPDATE props SET value = '%v' WHERE user = '%u' AND realm = '%r' AND attr = '%p'\n",
        server.cyrus_lines()
    );
    std::fs::write(conf_dir.path().join("saslpasswd.conf"), &conf).unwrap();
    let conf_file = conf_dir.path().join("saslpasswd.conf");
    let conf_arg = conf_file.to_str().unwrap();
    let db = ["--sasl-config", conf_arg, "--sql-list", "SELECT DISTINCT user, realm FROM props"];
    add(&db, "carol@example.com", "carol-pw", &[]);
    saslkit(&db)
        .args(["user", "passwd", "carol@example.com", "--password-stdin", "--scram", "SHA-256"])
        .write_stdin("carol-2\n")
        .assert()
        .success();
    assert!(verifies(&db, "carol@example.com", "carol-2"));
    assert!(!verifies(&db, "carol@example.com", "carol-pw"));
    let made = cyrus_saslpasswd2(conf_dir.path(), &["-p", "-c", "-u", "example.com", "dave"], "dave-pw");
    assert!(made.status.success(), "{}", String::from_utf8_lossy(&made.stderr));
    assert!(verifies(&db, "dave@example.com", "dave-pw"));
    assert_eq!(listed(&db), ["carol@example.com", "dave@example.com"]);
    // Without a listing query, this schema cannot be listed: said, with the way out.
    let out = saslkit(&["--sasl-config", conf_arg, "user", "list"]).output().unwrap();
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("--sql-list"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    saslkit(&db).args(["user", "delete", "carol@example.com", "--yes"]).assert().success();
    assert_eq!(listed(&db), ["dave@example.com"]);
}

#[test]
fn tls_to_mariadb_is_verified() {
    if !is_root() {
        return;
    }
    let Some(openssl) = common::peer("openssl") else { return };
    let certs_dir = TempDir::new().unwrap();
    std::fs::set_permissions(certs_dir.path(), std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let certs = common::make_certificates(certs_dir.path(), &openssl);
    for file in [&certs.leaf, &certs.leaf_key, &certs.ca] {
        Command::new("chown").arg("mysql").arg(file).status().unwrap();
    }
    let extra = [
        format!("--ssl-cert={}", certs.leaf.display()),
        format!("--ssl-key={}", certs.leaf_key.display()),
        format!("--ssl-ca={}", certs.ca.display()),
    ];
    let Some(server) = Mariadb::start_with(&extra) else { return };
    let ca = certs.ca.to_str().unwrap();
    // Required and verified against the CA given: works, and the session is encrypted.
    let trusted = format!("{}?sslmode=require&sslrootcert={ca}", server.url());
    add(&["--db", &trusted], "alice@example.com", "pw", &[]);
    assert!(verifies(&["--db", &trusted], "alice@example.com", "pw"));
    // Without that CA the certificate does not verify: refused (77), never used unverified.
    let untrusted = format!("{}?sslmode=require", server.url());
    let out = saslkit(&["--db", &untrusted, "user", "list"]).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(77), "{stderr}");
    assert!(stderr.contains("certificate") || stderr.contains("Certificate"), "{stderr}");
    // The CA can also come from --db-ca-file.
    let out = saslkit(&["--db", &untrusted, "--db-ca-file", ca, "user", "list"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}
