//! Exit kinds and the error type the binary turns into an exit code.
//!
//! Library modules keep their own typed errors; each knows its [`Kind`]. The kind alone decides the
//! exit code, so the table in the README and the man page is this one enum.

use std::fmt;

/// sysexits.h codes, the mail ecosystem's convention.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Only for the tables: no error has this kind.
    Success,
    /// A negative answer: exists already, password does not verify, key not found.
    Negative,
    Usage,
    DataErr,
    NoInput,
    NoUser,
    NoHost,
    Unavailable,
    Software,
    CantCreate,
    IoErr,
    TempFail,
    Protocol,
    NoPerm,
    Config,
}

impl Kind {
    /// Every kind, in exit-code order: the one source of the tables in `--help`, the man page and
    /// (checked by a test) the README.
    pub const ALL: [Kind; 15] = [
        Kind::Success,
        Kind::Negative,
        Kind::Usage,
        Kind::DataErr,
        Kind::NoInput,
        Kind::NoUser,
        Kind::NoHost,
        Kind::Unavailable,
        Kind::Software,
        Kind::CantCreate,
        Kind::IoErr,
        Kind::TempFail,
        Kind::Protocol,
        Kind::NoPerm,
        Kind::Config,
    ];

    /// One line for the `--help` table.
    pub fn summary(self) -> &'static str {
        match self {
            Kind::Success => "success",
            Kind::Negative => "negative answer: user exists, password does not verify, not found, rejected",
            Kind::Usage => "usage error",
            Kind::DataErr => "bad input data (bad password or user id, damaged or foreign file)",
            Kind::NoInput => "input file missing",
            Kind::NoUser => "no such user or realm",
            Kind::NoHost => "host unknown",
            Kind::Unavailable => "service unavailable (connection refused, mechanism not offered)",
            Kind::Software => "internal error",
            Kind::CantCreate => "cannot create output (database full, disk full)",
            Kind::IoErr => "I/O error",
            Kind::TempFail => "temporary failure (4xx, time-out, lock held)",
            Kind::Protocol => "protocol error (the server broke the protocol)",
            Kind::NoPerm => "permission denied, TLS verification failed, unsafe folder",
            Kind::Config => "configuration error",
        }
    }

    /// The kind's name in JSON documents (`"kind"`): stable, like the exit code.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Success => "success",
            Kind::Negative => "negative",
            Kind::Usage => "usage",
            Kind::DataErr => "data_error",
            Kind::NoInput => "no_input",
            Kind::NoUser => "no_user",
            Kind::NoHost => "no_host",
            Kind::Unavailable => "unavailable",
            Kind::Software => "internal",
            Kind::CantCreate => "cannot_create",
            Kind::IoErr => "io_error",
            Kind::TempFail => "temporary_failure",
            Kind::Protocol => "protocol",
            Kind::NoPerm => "no_permission",
            Kind::Config => "configuration",
        }
    }

    pub fn exit_code(self) -> u8 {
        match self {
            Kind::Success => 0,
            Kind::Negative => 1,
            Kind::Usage => 64,
            Kind::DataErr => 65,
            Kind::NoInput => 66,
            Kind::NoUser => 67,
            Kind::NoHost => 68,
            Kind::Unavailable => 69,
            Kind::Software => 70,
            Kind::CantCreate => 73,
            Kind::IoErr => 74,
            Kind::TempFail => 75,
            Kind::Protocol => 76,
            Kind::NoPerm => 77,
            Kind::Config => 78,
        }
    }

    /// The kind an I/O error on a user-named file deserves.
    pub fn of_io(err: &std::io::Error) -> Kind {
        match err.kind() {
            std::io::ErrorKind::NotFound => Kind::NoInput,
            std::io::ErrorKind::PermissionDenied => Kind::NoPerm,
            // A FIFO or device where a file belongs, bytes that are not the expected text.
            std::io::ErrorKind::InvalidInput | std::io::ErrorKind::InvalidData => Kind::DataErr,
            _ => Kind::IoErr,
        }
    }
}

/// An error on its way to the user: a message, optional hints, and the kind that picks the exit code.
#[derive(Debug)]
pub struct CliError {
    pub kind: Kind,
    pub message: String,
    /// The chain of underlying errors, outermost first (`caused by:` lines).
    pub causes: Vec<String>,
    pub hints: Vec<String>,
    /// The library error this came from, for the edge to choose hints by its type.
    pub origin: Option<Box<dyn std::error::Error + Send + Sync>>,
}

impl CliError {
    pub fn new(kind: Kind, message: impl Into<String>) -> Self {
        CliError { kind, message: message.into(), causes: Vec::new(), hints: Vec::new(), origin: None }
    }

    pub fn usage(message: impl Into<String>) -> Self {
        CliError::new(Kind::Usage, message)
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hints.push(hint.into());
        self
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for CliError {}

/// Implemented by every library error so the edge can pick the exit code. (What to do next is
/// the edge's business too: `commands::hints`.)
pub trait HasKind: fmt::Display {
    fn kind(&self) -> Kind;
}

impl<E: HasKind + std::error::Error + Send + Sync + 'static> From<E> for CliError {
    fn from(err: E) -> Self {
        let message = err.to_string();
        let mut causes: Vec<String> = Vec::new();
        let mut source = err.source();
        while let Some(cause) = source {
            let text = cause.to_string();
            // A wrapper that already quotes its cause adds nothing as a separate line.
            if !message.contains(&text) && causes.last() != Some(&text) {
                causes.push(text);
            }
            source = cause.source();
        }
        CliError { kind: err.kind(), message, causes, hints: Vec::new(), origin: Some(Box::new(err)) }
    }
}

pub type CliResult<T = ()> = Result<T, CliError>;

/// What `--format json` prints on stdout when a command fails before it has printed its own
/// document, so a script always gets one JSON document (docs/json.md, "on failure").
#[derive(Debug, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ErrorDocument {
    pub error: ErrorBody,
}

#[derive(Debug, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ErrorBody {
    /// [`Kind::name`].
    pub kind: String,
    pub exit_code: u8,
    pub message: String,
    pub causes: Vec<String>,
    pub hints: Vec<String>,
}

impl From<&CliError> for ErrorDocument {
    fn from(err: &CliError) -> ErrorDocument {
        ErrorDocument {
            error: ErrorBody {
                kind: err.kind.name().to_string(),
                exit_code: err.kind.exit_code(),
                message: err.message.clone(),
                causes: err.causes.clone(),
                hints: err.hints.clone(),
            },
        }
    }
}

/// The exit-code table of `--help` and the man page, made from [`Kind::ALL`].
pub fn exit_code_help() -> String {
    let mut text = String::from("Exit codes (sysexits.h):\n");
    for kind in Kind::ALL {
        text.push_str(&format!("  {:<3} {}\n", kind.exit_code(), kind.summary()));
    }
    text.push_str(
        "\nInvoked as `saslpasswd2` or `sasldblistusers2` (a symlink), saslkit behaves as that Cyrus tool.",
    );
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cause_chain_is_kept_and_not_repeated() {
        let io = std::io::Error::from_raw_os_error(libc::ENOSPC);
        let err = CliError::from(crate::sasldb::DbError::Io { path: "/etc/sasldb2".into(), source: io });
        assert_eq!(err.message, "/etc/sasldb2: I/O error");
        assert_eq!(err.causes.len(), 1);
        assert!(err.causes[0].contains("No space left"), "{:?}", err.causes);
        // A message that already quotes its cause gets no second line for it.
        let quoted = CliError::from(crate::sasldb::DbError::Invalid("bad".into()));
        assert!(quoted.causes.is_empty());
    }
}
