//! The server side: every smtpd listener of master.cf, judged with its own `-o` overrides. The
//! Cyrus checks run once per distinct (SASL type, `smtpd_sasl_path`, realm, chroot) and name every
//! service they concern; the TLS checks run per service.

use std::collections::BTreeMap;
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};

mod sockets;

use crate::doctor::access::{self, Account};
use crate::doctor::finding::{quote, Finding, Severity};
use crate::doctor::fixes::{set_cyrus_option, set_param};
use crate::doctor::mechanisms::{installed_mechanisms, is_plaintext, permitted};
use crate::postfix::cyrus::{self, CyrusConf};
use crate::postfix::effective::Settings;
use crate::postfix::master::Service;
use crate::postfix::ConfigResult;
use crate::sasldb::format::{self, FileFormat};
use crate::sasldb::installed;
use crate::sasldb::key::Key;
use crate::sasldb::open::{open, Backend};
use crate::sasldb::store::{Access, OpenOptions};

/// What the server checks are given.
pub struct ServerInput<'a> {
    pub settings: &'a Settings,
    pub services: &'a [Service],
    /// `--sasl-config`: the Cyrus file to judge instead of the one smtpd would find.
    pub sasl_config: Option<&'a Path>,
    /// The folder smtpd loads Cyrus plugins from.
    pub plugin_dir: Option<PathBuf>,
    /// `--user` and its password: tried against saslauthd or Dovecot's auth service.
    pub credentials: Option<(&'a str, &'a [u8])>,
    pub timeout: std::time::Duration,
}

/// One smtpd listener with its effective settings.
pub(crate) struct Listener<'a> {
    pub service: &'a Service,
    pub settings: Settings,
}

pub fn check(input: &ServerInput<'_>) -> ConfigResult<Vec<Finding>> {
    let mut findings = Vec::new();
    let mut groups: BTreeMap<(String, String, String, bool), Vec<Listener<'_>>> = BTreeMap::new();
    for service in input.services.iter().filter(|s| s.is_smtpd_listener()) {
        let settings = input.settings.for_service(service);
        if !settings.yes("smtpd_sasl_auth_enable") {
            if is_submission(service, &settings) {
                findings.push(auth_disabled(input.settings, service));
            }
            continue;
        }
        let key = (
            settings.get("smtpd_sasl_type").trim().to_ascii_lowercase(),
            settings.get("smtpd_sasl_path").trim().to_string(),
            realm_of(&settings),
            service.chroot,
        );
        groups.entry(key).or_default().push(Listener { service, settings });
    }
    for ((kind, app, realm, chroot), listeners) in &groups {
        let label = listeners.iter().map(|l| l.service.id()).collect::<Vec<_>>().join(", ");
        let group = Group { label: &label, app, realm, chroot: *chroot, first: &listeners[0] };
        let mechanisms = match kind.as_str() {
            "cyrus" => cyrus_checks(input, &group, &mut findings)?,
            "dovecot" => sockets::dovecot(input, &group, &mut findings),
            other => {
                findings.push(
                    Finding::new("sasl-type", Severity::Info, &label, format!("smtpd_sasl_type = {other}"))
                        .message(format!("SASL type {other} is not examined by this version of doctor")),
                );
                None
            }
        };
        if let Some(mechanisms) = mechanisms {
            for listener in listeners {
                tls_checks(input.settings, listener, &mechanisms, &mut findings);
            }
        }
    }
    Ok(findings)
}

/// Submission (587) and smtps (465) are where clients authenticate: by port, by implicit TLS, or
/// by the `syslog_name` override Postfix's own master.cf gives them.
fn is_submission(service: &Service, settings: &Settings) -> bool {
    let port = service.name.rsplit(':').next().unwrap_or(&service.name);
    let syslog = service.override_value("syslog_name").unwrap_or("");
    matches!(port, "submission" | "submissions" | "smtps" | "587" | "465")
        || settings.yes("smtpd_tls_wrappermode")
        || ["/submission", "/smtps", "/submissions"].iter().any(|s| syslog.ends_with(s))
}

fn auth_disabled(main: &Settings, service: &Service) -> Finding {
    Finding::new("smtpd-auth-disabled", Severity::Fail, &service.id(), "smtpd_sasl_auth_enable")
        .message(format!(
            "{} (master.cf line {}) is a submission service, but smtpd_sasl_auth_enable is not yes there: \
             it offers no AUTH, so mail clients cannot log in",
            service.id(),
            service.line
        ))
        .fix(format!(
            "set -o smtpd_sasl_auth_enable=yes on {} in master.cf, then postfix reload",
            service.id()
        ))
        .command(set_param(main, Some(service), "smtpd_sasl_auth_enable", "yes"))
}

/// The realm Cyrus gives a bare user name: `smtpd_sasl_local_domain`, else the host name.
fn realm_of(settings: &Settings) -> String {
    let local = settings.get("smtpd_sasl_local_domain").trim();
    if local.is_empty() {
        settings.get("myhostname").trim().to_string()
    } else {
        local.to_string()
    }
}

pub(crate) struct Group<'a> {
    pub label: &'a str,
    /// `smtpd_sasl_path`: the Cyrus application name, or Dovecot's socket.
    pub app: &'a str,
    pub realm: &'a str,
    pub chroot: bool,
    pub first: &'a Listener<'a>,
}

/// The Cyrus checks of one group; returns the mechanisms Cyrus can offer (before the security
/// options), or `None` when that cannot be known.
fn cyrus_checks(
    input: &ServerInput<'_>,
    group: &Group<'_>,
    out: &mut Vec<Finding>,
) -> ConfigResult<Option<Vec<String>>> {
    let settings = &group.first.settings;
    let (found, tried) = match input.sasl_config {
        Some(path) => (path.exists().then(|| path.to_path_buf()), vec![path.to_path_buf()]),
        None => cyrus::find(&cyrus::search_path(settings), group.app),
    };
    let Some(path) = found else {
        out.push(conf_missing(group, &tried));
        return Ok(None);
    };
    let conf = CyrusConf::load(&path)?;
    let Some(plugins) = input.plugin_dir.clone() else {
        out.push(
            Finding::new("mech-plugin-missing", Severity::Fail, group.label, "libsasl2-modules")
                .message("no Cyrus SASL plugin folder was found: smtpd can offer no mechanism")
                .fix("install the plugins: apt-get install libsasl2-modules libsasl2-modules-db")
                .command("apt-get install -y libsasl2-modules libsasl2-modules-db"),
        );
        return Ok(None);
    };
    let mechanisms = mechanism_checks(group, &conf, &plugins, out);
    if !password_check(group, &conf, &plugins, out) {
        return Ok(Some(mechanisms));
    }
    if conf.get("pwcheck_method").unwrap_or("auxprop").split_whitespace().any(|m| m == "saslauthd") {
        sockets::saslauthd(input, group, &conf, out);
    }
    if uses_sasldb(&conf, &plugins) {
        sasldb_checks(group, &conf, &plugins, &mechanisms, out);
    }
    if uses_plugin(&conf, "sql") {
        sql_checks(group, &conf, out);
    }
    Ok(Some(mechanisms))
}

fn uses_plugin(conf: &CyrusConf, plugin: &str) -> bool {
    conf.get("auxprop_plugin").is_some_and(|named| named.split_whitespace().any(|p| p == plugin))
}

/// What Cyrus's sql plugin does wrong with some configurations (found while preparing issue 15):
/// reading works, but writing through Cyrus's own tools corrupts or cannot add users.
fn sql_checks(group: &Group<'_>, conf: &CyrusConf, out: &mut Vec<Finding>) {
    let file = conf.path.display().to_string();
    let select = conf.get("sql_select").or(conf.get("sql_statement")).unwrap_or("");
    if !select.contains("%p") {
        out.push(
            Finding::new("sql-config", Severity::Warn, group.label, file.clone())
                .message(format!(
                    "sql_select (line {}) does not name the property (%p): Cyrus's saslpasswd2, writing through this plugin, stores the string NULL as the password",
                    conf.line_of("sql_select").or(conf.line_of("sql_statement")).unwrap_or(0)
                ))
                .fix("use one column per property: sql_select: SELECT %p FROM users WHERE username = '%u' AND realm = '%r', and manage users with saslkit --db (sqlite:PATH)"),
        );
    }
    if conf.get("sql_engine").is_some_and(|e| e.trim() == "sqlite3")
        && (conf.get("sql_insert").is_some() || conf.get("sql_update").is_some())
    {
        out.push(
            Finding::new("sql-config", Severity::Warn, group.label, file)
                .message(
                    "Cyrus's sqlite3 engine escapes a quote as \\' (SQLite does not honour it: a user name can inject SQL) and never inserts a new row (its \"row exists\" test is always true): do not let Cyrus's tools write with sql_insert/sql_update",
                )
                .fix(format!(
                    "remove sql_insert and sql_update, and manage the users with saslkit --db sqlite:{}",
                    conf.get("sql_database").unwrap_or("PATH")
                )),
        );
    }
}

fn conf_missing(group: &Group<'_>, tried: &[PathBuf]) -> Finding {
    let tried_text = tried.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ");
    let target = tried.first().cloned().unwrap_or_else(|| PathBuf::from(format!("{}.conf", group.app)));
    let folder = target.parent().map(Path::to_path_buf).unwrap_or_default();
    let lines = ["pwcheck_method: auxprop", "auxprop_plugin: sasldb", "mech_list: PLAIN LOGIN"];
    Finding::new("cyrus-conf-missing", Severity::Fail, group.label, target.display().to_string())
        .message(format!(
            "no {}.conf where this smtpd looks ({tried_text}): Cyrus runs on its built-in defaults \
             (every installed mechanism, the sasldb at {}), which is rarely what was meant",
            group.app,
            crate::sasldb::default_path().display()
        ))
        .fix(format!("create {} with: {}", target.display(), lines.join("; ")))
        .command(format!(
            "mkdir -p {} && printf '%s\\n' {} > {}",
            quote(&folder.display().to_string()),
            lines.iter().map(|l| quote(l)).collect::<Vec<_>>().join(" "),
            quote(&target.display().to_string())
        ))
}

/// `mech_list` against the installed plugins; returns what Cyrus can offer.
fn mechanism_checks(
    group: &Group<'_>,
    conf: &CyrusConf,
    plugins: &Path,
    out: &mut Vec<Finding>,
) -> Vec<String> {
    let installed = installed_mechanisms(plugins);
    let Some(listed) = conf.mech_list() else { return installed };
    let (available, missing): (Vec<String>, Vec<String>) =
        listed.into_iter().partition(|m| installed.contains(m) || m == "EXTERNAL");
    if missing.is_empty() {
        return available;
    }
    let packages: Vec<&str> = {
        let mut p: Vec<&str> = missing
            .iter()
            .map(|m| {
                installed::mechanism_plugin(m).map(installed::plugin_package).unwrap_or("libsasl2-modules")
            })
            .collect();
        p.dedup();
        p
    };
    let severity = if available.is_empty() { Severity::Fail } else { Severity::Warn };
    let consequence = if available.is_empty() {
        "nothing is left to offer: smtpd announces no AUTH at all".to_string()
    } else {
        format!("clients that use {} are refused; smtpd offers {}", missing.join(" or "), available.join(" "))
    };
    out.push(
        Finding::new("mech-plugin-missing", severity, group.label, conf.path.display().to_string())
            .message(format!(
                "mech_list (line {}) names {} but no plugin for it is installed in {}: {consequence}",
                conf.line_of("mech_list").unwrap_or(0),
                missing.join(" "),
                plugins.display()
            ))
            .fix(format!(
                "install the plugin (apt-get install {}), or remove {} from mech_list",
                packages.join(" "),
                missing.join(" ")
            ))
            .command(format!("apt-get install -y {}", packages.join(" "))),
    );
    available
}

const AUXPROP_PLUGINS: [&str; 3] = ["sasldb", "sql", "ldapdb"];

/// `pwcheck_method` and `auxprop_plugin`; false when the password check cannot work at all.
fn password_check(group: &Group<'_>, conf: &CyrusConf, plugins: &Path, out: &mut Vec<Finding>) -> bool {
    let methods: Vec<String> =
        conf.get("pwcheck_method").unwrap_or("auxprop").split_whitespace().map(String::from).collect();
    let file = conf.path.display().to_string();
    let known = ["auxprop", "saslauthd", "authdaemond", "pwcheck", "alwaystrue"];
    if let Some(bad) = methods.iter().find(|m| !known.contains(&m.as_str())) {
        out.push(
            Finding::new("pwcheck-method", Severity::Fail, group.label, file)
                .message(format!(
                    "pwcheck_method (line {}) is {bad}, which Cyrus does not know: every password check fails",
                    conf.line_of("pwcheck_method").unwrap_or(0)
                ))
                .fix("set pwcheck_method: auxprop (users in the sasldb) or saslauthd")
                .command(set_cyrus_option(conf, "pwcheck_method", "auxprop")),
        );
        return false;
    }
    if !methods.iter().any(|m| m == "auxprop") {
        return true;
    }
    let Some(named) = conf.get("auxprop_plugin") else { return true };
    for plugin in named.split_whitespace() {
        if AUXPROP_PLUGINS.contains(&plugin) && installed::has_plugin(plugins, plugin) {
            continue;
        }
        let line = conf.line_of("auxprop_plugin").unwrap_or(0);
        let finding =
            Finding::new("pwcheck-method", Severity::Fail, group.label, conf.path.display().to_string());
        let finding = if AUXPROP_PLUGINS.contains(&plugin) {
            let package = installed::plugin_package(plugin);
            finding
                .message(format!(
                    "auxprop_plugin (line {line}) is {plugin}, whose plugin is not installed in {}: no user is found",
                    plugins.display()
                ))
                .fix(format!("install it: apt-get install {package}"))
                .command(format!("apt-get install -y {package}"))
        } else {
            finding
                .message(format!(
                    "auxprop_plugin (line {line}) is {plugin}, which is no Cyrus auxprop plugin (sasldb, sql, ldapdb): no user is found"
                ))
                .fix("set auxprop_plugin: sasldb")
                .command(set_cyrus_option(conf, "auxprop_plugin", "sasldb"))
        };
        out.push(finding);
        return false;
    }
    true
}

fn uses_sasldb(conf: &CyrusConf, plugins: &Path) -> bool {
    let auxprop = conf.get("pwcheck_method").unwrap_or("auxprop").split_whitespace().any(|m| m == "auxprop");
    let sasldb = match conf.get("auxprop_plugin") {
        Some(named) => named.split_whitespace().any(|p| p == "sasldb"),
        None => installed::has_plugin(plugins, "sasldb"),
    };
    auxprop && sasldb
}

/// The sasldb as the smtpd of this group opens it: inside the chroot when chrooted.
fn sasldb_checks(
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

/// Why `account` cannot `verb` (read, connect to) the file: the folder or the mode in the way.
pub(crate) fn denied_reason(denied: &access::Denied, account: &Account, verb: &str) -> String {
    let target = denied.path.display();
    if denied.is_folder {
        format!(
            "cannot search the folder {target} (mode {:04o}, the {} bits apply)",
            denied.mode, denied.class
        )
    } else if account.groups.contains(&denied.group) || denied.group == 0 {
        format!(
            "cannot {verb} it (mode {:04o}, owner {}, group {})",
            denied.mode,
            denied.owner,
            access::group_name(denied.group)
        )
    } else {
        format!(
            "cannot {verb} it (mode {:04o}, group {}, which {} is not in)",
            denied.mode,
            access::group_name(denied.group),
            account.name
        )
    }
}

/// A finding for a file smtpd's user cannot reach, with the fix: search permission on the
/// folder, or the file given to smtpd's group (`bit`: `r` or `w`), or smtpd's user added to the
/// file's group. The caller sets the message.
pub(crate) fn denied_finding(
    id: &'static str,
    verb: &str,
    group: &Group<'_>,
    path: &Path,
    account: &Account,
    denied: &access::Denied,
) -> Finding {
    let target = denied.path.display().to_string();
    let group_name = access::group_name(denied.group);
    let own_group = access::group_name(account.gid);
    let bit = if verb == "read" { "r" } else { "w" };
    let (fix, command) = if denied.is_folder {
        (format!("let it be searched: chmod o+x {target}"), format!("chmod o+x {}", quote(&target)))
    } else if account.groups.contains(&denied.group) || denied.group == 0 {
        (
            format!("give it to group {own_group} and let the group {verb} it"),
            format!("chgrp {own_group} {0} && chmod g+{bit} {0}", quote(&target)),
        )
    } else {
        (
            format!(
                "let the group {verb} it and add {} to group {group_name}, then restart Postfix",
                account.name
            ),
            format!("chmod g+{bit} {} && usermod -a -G {group_name} {}", quote(&target), account.name),
        )
    };
    Finding::new(id, Severity::Fail, group.label, path.display().to_string()).fix(fix).command(command)
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

/// What a client is offered before and after TLS on one listener.
fn tls_checks(main: &Settings, listener: &Listener<'_>, mechanisms: &[String], out: &mut Vec<Finding>) {
    let s = &listener.settings;
    let service = listener.service;
    let has_cert = ["smtpd_tls_cert_file", "smtpd_tls_chain_files", "smtpd_tls_eccert_file"]
        .iter()
        .any(|p| !s.get(p).trim().is_empty());
    let level = s.get("smtpd_tls_security_level").trim().to_ascii_lowercase();
    let level_on = match level.as_str() {
        "may" | "encrypt" => true,
        "" => s.yes("smtpd_use_tls") || s.yes("smtpd_enforce_tls"),
        _ => false,
    };
    let wrapper = s.yes("smtpd_tls_wrappermode");
    let starttls = has_cert && level_on && !wrapper;
    let auth_only = s.yes("smtpd_tls_auth_only") || level == "encrypt" || s.yes("smtpd_enforce_tls");
    let before = if wrapper || auth_only {
        Vec::new()
    } else {
        permitted(mechanisms, &s.list("smtpd_sasl_security_options"))
    };
    let after = if (wrapper && has_cert) || starttls {
        permitted(mechanisms, &s.list("smtpd_sasl_tls_security_options"))
    } else {
        Vec::new()
    };
    let id = service.id();
    let plain: Vec<&str> = before.iter().filter(|m| is_plaintext(m)).map(String::as_str).collect();
    if !plain.is_empty() {
        let mut finding = Finding::new("plaintext-before-tls", Severity::Warn, &id, "smtpd_tls_auth_only")
            .message(format!(
            "{} offered before TLS (smtpd_tls_auth_only = no): a client may send its password unencrypted",
            plain.join(" and ")
        ));
        finding = if starttls {
            finding.fix("offer AUTH only after STARTTLS: smtpd_tls_auth_only = yes").command(set_param(
                main,
                Some(service),
                "smtpd_tls_auth_only",
                "yes",
            ))
        } else {
            finding.fix("give smtpd a certificate (smtpd_tls_cert_file, smtpd_tls_key_file, smtpd_tls_security_level = may), then set smtpd_tls_auth_only = yes")
        };
        out.push(finding);
    }
    if before.is_empty() && after.is_empty() && !mechanisms.is_empty() {
        out.push(no_mechanism(main, service, s, auth_only, starttls || wrapper, has_cert, mechanisms));
    }
}

fn no_mechanism(
    main: &Settings,
    service: &Service,
    s: &Settings,
    auth_only: bool,
    tls: bool,
    has_cert: bool,
    mechanisms: &[String],
) -> Finding {
    let finding = Finding::new("no-mech-offered", Severity::Fail, &service.id(), "AUTH");
    if auth_only && !tls {
        let why = if has_cert {
            "smtpd_tls_security_level does not enable STARTTLS"
        } else {
            "no certificate is configured (smtpd_tls_cert_file)"
        };
        let finding = finding.message(format!(
            "AUTH is offered only after TLS (smtpd_tls_auth_only = yes), but {why}: STARTTLS is never offered, so AUTH never is"
        ));
        return if has_cert {
            finding.fix("enable STARTTLS: smtpd_tls_security_level = may").command(set_param(
                main,
                Some(service),
                "smtpd_tls_security_level",
                "may",
            ))
        } else {
            finding.fix(
                "configure smtpd_tls_cert_file and smtpd_tls_key_file with smtpd_tls_security_level = may",
            )
        };
    }
    finding
        .message(format!(
            "the security options (smtpd_sasl_security_options = {}; after TLS: {}) rule out every mechanism Cyrus offers ({})",
            s.get("smtpd_sasl_security_options"),
            s.get("smtpd_sasl_tls_security_options"),
            mechanisms.join(" ")
        ))
        .fix("allow them: smtpd_sasl_security_options = noanonymous")
        .command(set_param(main, Some(service), "smtpd_sasl_security_options", "noanonymous"))
}
