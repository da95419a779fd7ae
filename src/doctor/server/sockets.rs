//! The password services smtpd talks to over a UNIX socket at every AUTH: saslauthd (Cyrus's
//! `pwcheck_method: saslauthd`) and Dovecot's auth service (`smtpd_sasl_type = dovecot`). Each is
//! looked for where smtpd will look (inside the chroot when chrooted), checked for smtpd's user,
//! and spoken to.

use std::os::unix::fs::FileTypeExt;
use std::path::{Path, PathBuf};

use crate::doctor::access;
use crate::doctor::dovecot::{self, Verdict};
use crate::doctor::finding::{Finding, Severity};
use crate::doctor::saslauthd::{self, Answer};
use crate::doctor::server::{denied_finding, denied_reason, Group, ServerInput};
use crate::postfix::cyrus::CyrusConf;

/// libsasl2's compiled-in saslauthd socket (Debian and upstream).
const SASLAUTHD_DEFAULT: &str = "/var/run/saslauthd/mux";

/// The user name sent when no `--user` is given: any answer, OK or NO, shows saslauthd is there.
const PROBE_USER: &str = "saslkit-doctor-probe";

/// Where smtpd finds `path`: inside the queue folder when chrooted (or, for a relative path, as
/// Postfix resolves it, from the queue folder).
fn as_smtpd_sees(group: &Group<'_>, path: &Path) -> PathBuf {
    let queue = Path::new(group.first.settings.get("queue_directory"));
    if path.is_relative() {
        queue.join(path)
    } else if group.chroot {
        queue.join(path.strip_prefix("/").unwrap_or(path))
    } else {
        path.to_path_buf()
    }
}

/// The socket exists, is a socket, and smtpd's user may connect; false (with the finding) if not.
fn reachable(
    id: &'static str,
    group: &Group<'_>,
    socket: &Path,
    what: &str,
    start: &str,
    out: &mut Vec<Finding>,
) -> bool {
    let finding = || Finding::new(id, Severity::Fail, group.label, socket.display().to_string());
    let chroot =
        if group.chroot { " (smtpd is chrooted: the socket must be inside its queue folder)" } else { "" };
    match std::fs::metadata(socket) {
        Err(_) => {
            out.push(
                finding()
                    .message(format!(
                        "no {what} socket at {}{chroot}: {what} is not running, or listens elsewhere; every login fails",
                        socket.display()
                    ))
                    .fix(start.to_string()),
            );
            return false;
        }
        Ok(meta) if !meta.file_type().is_socket() => {
            out.push(
                finding()
                    .message(format!("{} is not a socket, so {what} cannot be there", socket.display()))
                    .fix(start.to_string()),
            );
            return false;
        }
        Ok(_) => {}
    }
    let owner = group.first.settings.get("mail_owner").trim().to_string();
    if let Some(account) = access::account(&owner) {
        if let Err(denied) = access::can_connect(socket, &account) {
            out.push(denied_finding(id, "write", group, socket, &account, &denied).message(format!(
                "smtpd runs as {} (mail_owner) and {}: it cannot connect to {what}, every login fails",
                account.name,
                denied_reason(&denied, &account, "connect to")
            )));
            return false;
        }
    }
    true
}

/// `pwcheck_method: saslauthd`.
pub fn saslauthd(input: &ServerInput<'_>, group: &Group<'_>, conf: &CyrusConf, out: &mut Vec<Finding>) {
    let configured = conf.get("saslauthd_path").filter(|p| !p.is_empty()).unwrap_or(SASLAUTHD_DEFAULT);
    let socket = as_smtpd_sees(group, Path::new(configured));
    let folder = socket.parent().unwrap_or(&socket).display().to_string();
    let start = format!(
        "start saslauthd listening there: saslauthd -a MECHANISM -m {folder} (Debian: START=yes and OPTIONS=\"-c -m {folder}\" in /etc/default/saslauthd), or point saslauthd_path in {} at its socket",
        conf.path.display()
    );
    if !reachable("saslauthd-socket", group, &socket, "saslauthd", &start, out) {
        return;
    }
    let (user, password) = input.credentials.unwrap_or((PROBE_USER, b""));
    let Some(request) = saslauthd::request(user.as_bytes(), password, b"smtp", group.realm.as_bytes()) else {
        return;
    };
    let finding =
        |severity| Finding::new("saslauthd-socket", severity, group.label, socket.display().to_string());
    match saslauthd::ask(&socket, &request, input.timeout) {
        Err(err) => out.push(
            finding(Severity::Fail)
                .message(format!("saslauthd does not answer at {}: {err} (a socket left by a saslauthd that is gone?)", socket.display()))
                .fix(start),
        ),
        Ok(Err(garbage)) => out.push(
            finding(Severity::Fail)
                .message(format!("what answers at {} is not saslauthd: {garbage}", socket.display()))
                .fix(start),
        ),
        Ok(Ok(answer)) => out.push(match (input.credentials, answer) {
            (None, _) => finding(Severity::Ok).message("saslauthd answers"),
            (Some((user, _)), Answer::Ok) => {
                finding(Severity::Ok).message(format!("saslauthd accepts {user} in realm {} (service smtp)", group.realm))
            }
            (Some((user, _)), Answer::No(reason)) => finding(Severity::Fail)
                .message(format!(
                    "saslauthd refuses {user} in realm {} (service smtp): NO \"{reason}\", the answer testsaslauthd gives; smtpd refuses the login the same way",
                    group.realm
                ))
                .fix("check the password, and the mechanism saslauthd runs with (-a) and its realm handling (-r)"),
        }),
    }
}

/// `smtpd_sasl_type = dovecot`: the mechanisms Dovecot offers, which smtpd offers on.
pub fn dovecot(input: &ServerInput<'_>, group: &Group<'_>, out: &mut Vec<Finding>) -> Option<Vec<String>> {
    if group.app.starts_with("inet:") {
        out.push(
            Finding::new("dovecot-auth-socket", Severity::Info, group.label, group.app.to_string())
                .message("Dovecot's auth service over TCP is not examined by this version"),
        );
        return None;
    }
    let socket = as_smtpd_sees(group, Path::new(group.app));
    let start = format!(
        "let Dovecot listen there for Postfix: service auth {{ unix_listener {} {{ mode = 0660 user = postfix group = postfix }} }} in its configuration, then start or reload Dovecot",
        socket.display()
    );
    if !reachable("dovecot-auth-socket", group, &socket, "Dovecot's auth service", &start, out) {
        return None;
    }
    let finding =
        |severity| Finding::new("dovecot-auth-socket", severity, group.label, socket.display().to_string());
    match dovecot::ask(&socket, input.credentials, input.timeout) {
        Err(err) => {
            out.push(
                finding(Severity::Fail)
                    .message(format!("Dovecot's auth service does not answer at {}: {err}", socket.display()))
                    .fix(start),
            );
            None
        }
        Ok(Err(garbage)) => {
            out.push(finding(Severity::Fail).message(format!("{}: {garbage}", socket.display())).fix(start));
            None
        }
        Ok(Ok((handshake, verdict))) => {
            let names: Vec<String> = handshake.mechanisms.iter().map(|(m, _)| m.clone()).collect();
            let listed = if names.is_empty() { "none".to_string() } else { names.join(" ") };
            out.push(match (input.credentials, verdict) {
                (Some((user, _)), Some(Verdict::Fail(reason))) => finding(Severity::Fail)
                    .message(format!("Dovecot refuses {user} with PLAIN: {reason}; it offers {listed}"))
                    .fix("check the user's password in Dovecot's passdb"),
                (Some((user, _)), Some(Verdict::Ok)) => {
                    finding(Severity::Ok).message(format!("Dovecot accepts {user}; it offers {listed}"))
                }
                _ => finding(Severity::Ok)
                    .message(format!("Dovecot's auth service answers and offers {listed}")),
            });
            Some(names)
        }
    }
}
