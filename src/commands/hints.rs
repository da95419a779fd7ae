//! The hints printed under an error: what to do next, in the command line's own words. Library
//! errors say what went wrong; only here are they tied to saslkit's flags and commands.

use std::error::Error;

use crate::fs_safe::SafeError;
use crate::postmap::MapError;
use crate::probe::error::{CertificateProblem, ProbeError, Violation, Waiting};
use crate::probe::protocol::ResponseError;
use crate::probe::target::TargetError;
use crate::sasldb::format::FileFormat;
use crate::sasldb::DbError;
use crate::secrets::input::InputError;

/// The hints for an error, found by its type (and the errors it wraps).
pub fn for_error(err: &(dyn Error + 'static)) -> Vec<String> {
    if let Some(err) = err.downcast_ref::<DbError>() {
        return dberror_hints(err);
    }
    if let Some(err) = err.downcast_ref::<MapError>() {
        return maperror_hints(err);
    }
    if let Some(err) = err.downcast_ref::<ProbeError>() {
        return probeerror_hints(err);
    }
    if let Some(err) = err.downcast_ref::<TargetError>() {
        return targeterror_hints(err);
    }
    if let Some(err) = err.downcast_ref::<SafeError>() {
        return safeerror_hints(err);
    }
    if let Some(err) = err.downcast_ref::<InputError>() {
        return inputerror_hints(err);
    }
    Vec::new()
}

fn dberror_hints(err: &DbError) -> Vec<String> {
    let hint = |text: &str| vec![text.to_string()];
    match err {
        DbError::Unsafe(err) => safeerror_hints(err),
        DbError::Missing(_) => hint("create it with `saslkit user add USER`, or point --db at the right file"),
        DbError::WrongFormat { found: FileFormat::BerkeleyDb(_), .. } => hint(
            "Cyrus keeps sasldb in Berkeley DB hash files; saslkit reads and writes those, not other Berkeley DB types",
        ),
        DbError::WrongFormat { .. } => {
            hint("a sasldb is an LMDB, GDBM or Berkeley DB hash file; check the path given with --db")
        }
        DbError::PermissionDenied { .. } => hint(
            "run as a user that may write the file and its `-lock` file (readers need write access to the lock file too)",
        ),
        DbError::MapFull { map_size, .. } => vec![
            format!(
                "rerun with a larger map, e.g. --map-size {} (KiB, like Cyrus's sasldb_mapsize)",
                (map_size / 1024).max(1024) * 4
            ),
            "a Cyrus process that keeps the sasldb open (saslauthd, an smtpd) must be restarted after the map grows"
                .into(),
        ],
        DbError::UserExists(_) => {
            hint("use `saslkit user passwd` to change the password, or --force to replace the user")
        }
        DbError::NoSuchUser(_) => hint("`saslkit user list` shows the users and realms in this file"),
        DbError::WouldShrink { current, .. } => {
            vec![format!("give --map-size {} or more (KiB), or leave it out", current / 1024)]
        }
        DbError::Busy(_) => hint("try again when the other writer (saslpasswd2, saslkit) has finished"),
        _ => Vec::new(),
    }
}

fn maperror_hints(err: &MapError) -> Vec<String> {
    match err {
        MapError::Unsafe(err) => safeerror_hints(err),
        MapError::UnsupportedType(_) => vec![
            "saslkit compiles lmdb:, hash:, btree: and cdb: maps; use postmap for other types, or name the map as TYPE:FILE".into(),
        ],
        MapError::Missing(path) => {
            vec![format!("compile it first: saslkit map compile TYPE:SOURCE (it writes {})", path.display())]
        }
        _ => Vec::new(),
    }
}

fn probeerror_hints(err: &ProbeError) -> Vec<String> {
    let hint = |text: &str| vec![text.to_string()];
    match err {
        ProbeError::TlsVerification(CertificateProblem::NameMismatch { presented, .. }) if !presented.is_empty() => {
            hint("probe the server by a name its certificate has, or give it a certificate for this name; --insecure skips the check (and says so)")
        }
        ProbeError::TlsVerification(CertificateProblem::UnknownIssuer) => hint(
            "--ca-file adds the CA that signed the server's certificate; --insecure skips the check (and says so)",
        ),
        ProbeError::TlsVerification(_) => hint("--insecure skips the check (and says so)"),
        ProbeError::Timeout(Waiting::Greeting) => hint(
            "a server that sends nothing may expect TLS from the first byte (as on ports 465, 993, 995): try --tls implicit",
        ),
        ProbeError::NotTls => hint("this port speaks plaintext first: use --tls starttls (or --tls auto)"),
        ProbeError::Mechanism { .. } => hint("`saslkit probe HOST` without --user lists the mechanisms the server offers"),
        ProbeError::Protocol(Violation::Reply(ResponseError::Garbage { line, .. })) => {
            match crate::probe::protocol::Protocol::guess_from_greeting(line) {
                Some(protocol) => vec![format!("this server speaks {}: try --protocol {}", protocol.title(), protocol.name())],
                None => Vec::new(),
            }
        }
        _ => Vec::new(),
    }
}

fn targeterror_hints(err: &TargetError) -> Vec<String> {
    match err {
        TargetError::SocketWithTls => vec!["add --tls none".into()],
        TargetError::BadPort(_) => vec!["write HOST:PORT, or [IPv6]:PORT".into()],
        TargetError::InList { error, .. } => targeterror_hints(error),
    }
}

fn safeerror_hints(err: &SafeError) -> Vec<String> {
    match err {
        SafeError::UnsafeFolder(_) => vec![
            "keep the file in a folder only its owner can write to (or make the folder sticky: chmod +t)"
                .into(),
        ],
        SafeError::CannotKeepOwner { .. } => {
            vec!["run as root or as the file's owner; saslkit does not hand over a file with another owner"
                .into()]
        }
        SafeError::Io { .. } => Vec::new(),
    }
}

fn inputerror_hints(err: &InputError) -> Vec<String> {
    match err {
        InputError::NoTerminal => {
            vec!["give the password with --password-stdin, --password-file PATH or --password-env NAME".into()]
        }
        _ => Vec::new(),
    }
}
