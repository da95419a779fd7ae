//! The server side: every smtpd listener of master.cf, judged with its own `-o` overrides. The
//! Cyrus checks run once per distinct (SASL type, `smtpd_sasl_path`, realm, chroot) and name every
//! service they concern; the TLS checks run per service.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

mod sasldb;
mod sockets;
mod tls;

use crate::doctor::access::{self, Account};
use crate::doctor::finding::{quote, Finding, Severity};
use crate::doctor::fixes::{set_cyrus_option, set_on_service};
use crate::doctor::mechanisms::installed_mechanisms;
use crate::postfix::cyrus::{self, CyrusConf};
use crate::postfix::effective::Settings;
use crate::postfix::master::Service;
use crate::postfix::ConfigResult;
use crate::sasldb::installed;

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
                tls::checks(input.settings, listener, &mechanisms, &mut findings);
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
        // Only this service: turning AUTH on in main.cf would offer it on port 25 too.
        .command(set_on_service(main, service, "smtpd_sasl_auth_enable", "yes"))
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
    if sasldb::uses_sasldb(&conf, &plugins) {
        sasldb::checks(group, &conf, &plugins, &mechanisms, out);
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
/// reading works, but writing through Cyrus's tools corrupts or cannot add users.
fn sql_checks(group: &Group<'_>, conf: &CyrusConf, out: &mut Vec<Finding>) {
    for defect in crate::sasldb::sql::config::cyrus_defects(conf) {
        out.push(
            Finding::new("sql-config", Severity::Warn, group.label, conf.path.display().to_string())
                .message(format!("line {}: {}", defect.line, defect.message))
                .fix(defect.fix),
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
