//! The sasldb smtpd opens at every AUTH (auxprop_plugin sasldb): where it is (inside the chroot
//! when chrooted), whether smtpd's user can read it, its container, and what its users hold: the
//! realm smtpd looks them up in, and the secrets each offered mechanism needs.

use std::collections::BTreeMap;
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};

use crate::doctor::access::{self, Account};
use crate::doctor::finding::{quote, Finding, Severity};
use crate::doctor::fixes::{set_cyrus_option, set_param};
use crate::doctor::server::{denied_finding, denied_reason, Group};
use crate::postfix::cyrus::CyrusConf;
use crate::postfix::effective::Settings;
use crate::sasldb::format::{self, FileFormat};
use crate::sasldb::installed;
use crate::sasldb::key::Key;
use crate::sasldb::open::{open, Backend};
use crate::sasldb::store::{Access, OpenOptions};

pub(super) fn uses_sasldb(conf: &CyrusConf, plugins: &Path) -> bool {
    let auxprop = conf.get("pwcheck_method").unwrap_or("auxprop").split_whitespace().any(|m| m == "auxprop");
    let sasldb = match conf.get("auxprop_plugin") {
        Some(named) => named.split_whitespace().any(|p| p == "sasldb"),
        None => installed::has_plugin(plugins, "sasldb"),
    };
    auxprop && sasldb
}

/// The sasldb as the smtpd of this group opens it: inside the chroot when chrooted.
pub(super) fn checks(
    group: &Group<'_>,
    conf: &CyrusConf,
    plugins: &Path,
    mechanisms: &[String],
    out: &mut Vec<Finding>,
) {
    let settings = &group.first.settings;
    let configured = conf
        .get("sasldb_path")
        .filter(|p| !p.is_empty())
        .map(PathBuf::from)
        .unwrap_or_else(crate::sasldb::default_path);
    let path = if group.chroot {
        let inside = Path::new(settings.get("queue_directory"))
            .join(configured.strip_prefix("/").unwrap_or(&configured));
        if !chroot_copy_ok(group, settings, &configured, &inside, out) {
            return;
        }
        inside
    } else {
        configured
    };
    if let Some(meta) = std::fs::metadata(&path).ok().filter(|m| !m.is_file()) {
        out.push(
            Finding::new("sasldb-format", Severity::Fail, group.label, path.display().to_string())
                .message(format!(
                    "{} is not a regular file ({}): Cyrus cannot open it as a sasldb, every login is refused",
                    path.display(),
                    if meta.is_dir() { "a folder" } else { "a FIFO, socket or device" }
                ))
                .fix("point sasldb_path at the sasldb file"),
        );
        return;
    }
    if !path.exists() {
        out.push(
            Finding::new("sasldb-missing", Severity::Fail, group.label, path.display().to_string())
                .message(format!(
                    "the sasldb {} (sasldb_path in {}) does not exist: every login is refused",
                    path.display(),
                    conf.path.display()
                ))
                .fix(format!(
                    "create it with the users (saslkit --db {} user add USER@{}), or point sasldb_path at the real file",
                    path.display(),
                    group.realm
                )),
        );
        return;
    }
    let owner = settings.get("mail_owner").trim().to_string();
    if let Some(account) = access::account(&owner) {
        if let Err(denied) = access::can_read(&path, &account) {
            out.push(unreadable(group, &path, &account, &denied));
            return;
        }
    }
    format_check(group, &path, plugins, out);
    let Some(users) = read_users(&path) else { return };
    realm_checks(group, settings, &users, out);
    secret_checks(group, conf, mechanisms, &users, out);
}

/// For a chrooted smtpd: the copy inside the queue folder must exist and match the one outside.
fn chroot_copy_ok(
    group: &Group<'_>,
    settings: &Settings,
    outside: &Path,
    inside: &Path,
    out: &mut Vec<Finding>,
) -> bool {
    let queue = settings.get("queue_directory");
    let copy = format!(
        "mkdir -p {} && cp -p {} {}",
        quote(&inside.parent().unwrap_or(inside).display().to_string()),
        quote(&outside.display().to_string()),
        quote(&inside.display().to_string())
    );
    let finding =
        || Finding::new("sasldb-outside-chroot", Severity::Fail, group.label, inside.display().to_string());
    match (outside.exists(), inside.exists()) {
        (true, false) => {
            out.push(
                finding()
                    .message(format!(
                        "smtpd runs chrooted in {queue} (master.cf column 5), so it opens {} at every AUTH; \
                         the sasldb is at {} outside the chroot: every login is refused",
                        inside.display(),
                        outside.display()
                    ))
                    .fix(format!(
                        "copy the sasldb into the chroot (and again after every change), or run the service without chroot (column 5 = n): {copy}"
                    ))
                    .command(copy),
            );
            false
        }
        (true, true) if is_file(outside) && is_file(inside) && !same_content(outside, inside) => {
            out.push(
                finding()
                    .message(format!(
                        "smtpd runs chrooted in {queue} and reads {}, a stale copy that differs from {}: \
                         users added or changed since the copy cannot log in as they should",
                        inside.display(),
                        outside.display()
                    ))
                    .fix(format!("copy the sasldb into the chroot again: {copy}"))
                    .command(copy),
            );
            false
        }
        _ => true,
    }
}

fn is_file(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| m.is_file())
}

fn same_content(a: &Path, b: &Path) -> bool {
    use std::io::Read;
    let (Ok(fa), Ok(fb)) = (std::fs::File::open(a), std::fs::File::open(b)) else { return false };
    let (mut ra, mut rb) = (std::io::BufReader::new(fa), std::io::BufReader::new(fb));
    let (mut ba, mut bb) = ([0u8; 8192], [0u8; 8192]);
    loop {
        let (Ok(na), Ok(nb)) = (read_full(&mut ra, &mut ba), read_full(&mut rb, &mut bb)) else {
            return false;
        };
        if na != nb || ba[..na] != bb[..nb] {
            return false;
        }
        if na == 0 {
            return true;
        }
    }
    fn read_full(reader: &mut impl Read, buf: &mut [u8]) -> std::io::Result<usize> {
        let mut filled = 0;
        while filled < buf.len() {
            match reader.read(&mut buf[filled..])? {
                0 => break,
                n => filled += n,
            }
        }
        Ok(filled)
    }
}

fn unreadable(group: &Group<'_>, path: &Path, account: &Account, denied: &access::Denied) -> Finding {
    denied_finding("sasldb-unreadable", "read", group, path, account, denied)
        .message(format!(
            "smtpd runs as {} (mail_owner) and {}: every login is refused (\"unable to open Berkeley db\" / \"no secret in database\" in the log)",
            account.name,
            denied_reason(denied, account, "read")
        ))
}

fn format_check(group: &Group<'_>, path: &Path, plugins: &Path, out: &mut Vec<Finding>) {
    let Some(wanted) = installed::sasldb_backend(plugins) else { return };
    let Ok(found) = format::detect(path) else { return };
    let matches = matches!(
        (found, wanted),
        (FileFormat::Lmdb, Backend::Lmdb)
            | (FileFormat::Gdbm, Backend::Gdbm)
            | (FileFormat::BerkeleyDb(_), Backend::Bdb)
    );
    if matches || found == FileFormat::Empty {
        return;
    }
    let file = path.display().to_string();
    out.push(
        Finding::new("sasldb-format", Severity::Fail, group.label, file.clone())
            .message(format!(
                "the sasldb is {}, but the installed Cyrus sasldb plugin ({}) reads {} files: every login is refused",
                found.describe(),
                plugins.join("libsasldb.so").display(),
                wanted.describe()
            ))
            .fix(format!("convert it in place, keeping its owner and mode: saslkit db convert {file} {file} --to {} --force", wanted.name()))
            .command(format!("saslkit db convert {0} {0} --to {1} --force", quote(&file), wanted.name())),
    );
}

/// Per user (authid, realm): which secrets are stored.
#[derive(Default)]
struct Secrets {
    plaintext: bool,
    /// The SCRAM variant of the authPassword record (`SCRAM-SHA-256`).
    scram: Option<String>,
}

/// Every user (authid, realm) of a sasldb with the secrets stored for it.
type Users = BTreeMap<(Vec<u8>, Vec<u8>), Secrets>;

fn read_users(path: &Path) -> Option<Users> {
    let store = open(path, Access::Read, &OpenOptions::default(), Backend::Lmdb).ok()?;
    let mut users = Users::new();
    store
        .scan(&mut |key, value| {
            if let Ok(key) = Key::decode(key) {
                let entry = users.entry((key.authid, key.realm)).or_default();
                match key.property.as_slice() {
                    b"userPassword" => entry.plaintext = true,
                    b"authPassword" => {
                        let text = String::from_utf8_lossy(value);
                        entry.scram = text.split('$').next().map(str::to_ascii_uppercase);
                    }
                    _ => {}
                }
            }
            ControlFlow::Continue(())
        })
        .ok()?;
    Some(users)
}

fn realm_checks(group: &Group<'_>, settings: &Settings, users: &Users, out: &mut Vec<Finding>) {
    let mut per_realm: BTreeMap<String, usize> = BTreeMap::new();
    for (_, realm) in users.keys() {
        *per_realm.entry(String::from_utf8_lossy(realm).into_owned()).or_default() += 1;
    }
    let realm = group.realm;
    let source = if settings.get("smtpd_sasl_local_domain").trim().is_empty() {
        "myhostname, as smtpd_sasl_local_domain is empty"
    } else {
        "smtpd_sasl_local_domain"
    };
    if per_realm.is_empty() {
        out.push(
            Finding::new("sasldb-empty", Severity::Warn, group.label, "sasldb")
                .message("the sasldb holds no user: no one can log in")
                .fix(format!("add users: saslkit user add USER@{realm}")),
        );
        return;
    }
    if !per_realm.contains_key(realm) {
        let others = per_realm.iter().map(|(r, n)| format!("{r} ({n})")).collect::<Vec<_>>().join(", ");
        let mut finding =
            Finding::new("realm-mismatch", Severity::Fail, group.label, "smtpd_sasl_local_domain").message(
                format!(
            "smtpd looks a bare user name up in realm {realm} ({source}), but the sasldb has no user there, \
                 only in: {others}; a client that logs in as \"alice\" instead of \"alice@REALM\" is refused"
        ),
            );
        if per_realm.len() == 1 {
            let only = per_realm.keys().next().map(String::as_str).unwrap_or_default();
            finding = finding
                .fix(format!("set smtpd_sasl_local_domain = {only} in main.cf, then postfix reload"))
                .command(set_param(settings, Some(group.first.service), "smtpd_sasl_local_domain", only));
        } else {
            finding = finding.fix("set smtpd_sasl_local_domain to the realm your users are in, or move them with saslkit realm rename");
        }
        out.push(finding);
    }
    if !crate::sasldb::user::is_fqdn(realm.as_bytes()) {
        let better = per_realm.keys().find(|r| crate::sasldb::user::is_fqdn(r.as_bytes())).cloned();
        let mut finding = Finding::new("realm-not-fqdn", Severity::Warn, group.label, realm.to_string()).message(format!(
            "the realm smtpd uses, {realm} ({source}), is not a fully qualified domain name; the Cyrus and Postfix \
             howtos want one, and a short host name differs between hosts"
        ));
        finding = match better {
            Some(fqdn) if per_realm.len() == 1 => finding
                .fix(format!("set smtpd_sasl_local_domain = {fqdn}"))
                .command(set_param(settings, Some(group.first.service), "smtpd_sasl_local_domain", &fqdn)),
            _ => finding
                .fix("set smtpd_sasl_local_domain to your mail domain (and keep the users in that realm)"),
        };
        out.push(finding);
    }
}

/// The secret a mechanism needs, and whether a user has it.
fn can_use(mechanism: &str, secrets: &Secrets) -> Option<bool> {
    match mechanism {
        "PLAIN" | "LOGIN" | "CRAM-MD5" | "DIGEST-MD5" | "NTLM" => Some(secrets.plaintext),
        m if m.starts_with("SCRAM-") => Some(
            secrets.plaintext || secrets.scram.as_deref().is_some_and(|s| s == m.trim_end_matches("-PLUS")),
        ),
        _ => None,
    }
}

fn secret_checks(
    group: &Group<'_>,
    conf: &CyrusConf,
    mechanisms: &[String],
    users: &Users,
    out: &mut Vec<Finding>,
) {
    let total = users.len();
    let mut serving_all = Vec::new();
    let mut lacking = Vec::new();
    for mechanism in mechanisms {
        let Some(able) = users.values().map(|s| can_use(mechanism, s)).collect::<Option<Vec<bool>>>() else {
            continue;
        };
        let count = able.iter().filter(|a| **a).count();
        if count == total {
            serving_all.push(mechanism.clone());
        } else {
            lacking.push((mechanism.clone(), count));
        }
    }
    for (mechanism, count) in lacking {
        let needs = if mechanism.starts_with("SCRAM-") {
            format!("userPassword or an authPassword record for {mechanism}")
        } else {
            "the plaintext userPassword".to_string()
        };
        let severity = if count == 0 { Severity::Fail } else { Severity::Warn };
        let mut finding = Finding::new("mech-no-secret", severity, group.label, mechanism.clone()).message(format!(
            "mech_list offers {mechanism}, which needs {needs}; {count} of {total} users have it: the others are refused with {mechanism}"
        ));
        if !serving_all.is_empty() && conf.get("mech_list").is_some() {
            let keep: Vec<&str> =
                mechanisms.iter().filter(|m| serving_all.contains(m)).map(String::as_str).collect();
            finding = finding
                .fix(format!(
                    "offer only what every user can use (mech_list: {}), or set the users' passwords again with the plaintext stored",
                    keep.join(" ")
                ))
                .command(set_cyrus_option(conf, "mech_list", &keep.join(" ")));
        } else {
            finding = finding
                .fix("set the users' passwords again with the plaintext stored (saslkit user passwd USER)");
        }
        out.push(finding);
    }
}
