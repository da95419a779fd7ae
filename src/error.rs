//! Exit kinds and the error type the binary turns into an exit code.
//!
//! Library modules keep their own typed errors; each knows its [`Kind`]. The kind alone decides the
//! exit code, so the table in the README and the man page is this one enum.

use std::fmt;

/// sysexits.h codes, the mail ecosystem's convention.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
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
    pub fn exit_code(self) -> u8 {
        match self {
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
    pub hints: Vec<String>,
}

impl CliError {
    pub fn new(kind: Kind, message: impl Into<String>) -> Self {
        CliError { kind, message: message.into(), hints: Vec::new() }
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

/// Implemented by every library error so the edge can pick the exit code.
pub trait HasKind: fmt::Display {
    fn kind(&self) -> Kind;
    fn hints(&self) -> Vec<String> {
        Vec::new()
    }
}

impl<E: HasKind> From<E> for CliError {
    fn from(err: E) -> Self {
        CliError { kind: err.kind(), message: err.to_string(), hints: err.hints() }
    }
}

pub type CliResult<T = ()> = Result<T, CliError>;
