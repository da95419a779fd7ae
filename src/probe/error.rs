//! Why a probe could not finish; each maps to the exit code the table gives it.

use thiserror::Error;

use crate::error::{HasKind, Kind};

#[derive(Debug, Error)]
pub enum ProbeError {
    #[error("{0}: host unknown")]
    HostUnknown(String),
    #[error("cannot connect to {address}")]
    Connect { address: String, source: std::io::Error },
    #[error("{0}: timed out")]
    Timeout(String),
    #[error("TLS certificate verification failed: {0}")]
    TlsVerification(String),
    #[error("TLS failed")]
    Tls { source: Box<dyn std::error::Error + Send + Sync> },
    #[error("the server broke the protocol: {0}")]
    Protocol(String),
    #[error("{0}")]
    Io(String),
    #[error("{0}")]
    Config(String),
}

impl HasKind for ProbeError {
    fn kind(&self) -> Kind {
        match self {
            ProbeError::HostUnknown(_) => Kind::NoHost,
            ProbeError::Connect { .. } | ProbeError::Tls { .. } => Kind::Unavailable,
            ProbeError::Timeout(_) => Kind::TempFail,
            ProbeError::TlsVerification(_) => Kind::NoPerm,
            ProbeError::Protocol(_) => Kind::Protocol,
            ProbeError::Io(_) => Kind::IoErr,
            ProbeError::Config(_) => Kind::Usage,
        }
    }
}

impl ProbeError {
    pub fn tls(source: impl Into<Box<dyn std::error::Error + Send + Sync>>) -> ProbeError {
        ProbeError::Tls { source: source.into() }
    }
}
