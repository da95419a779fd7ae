//! Why a probe could not finish. Each variant says what happened in the library's words and
//! keeps its cause; the exit code comes from `kind()`, the advice from the CLI's hints.

use std::path::PathBuf;

use thiserror::Error;

use crate::error::{HasKind, Kind};

#[derive(Debug, Error)]
pub enum ProbeError {
    #[error("{0}: host unknown")]
    HostUnknown(String),
    #[error("cannot connect to {address}")]
    Connect { address: String, source: std::io::Error },
    #[error("timed out {0}")]
    Timeout(Waiting),
    #[error("TLS certificate verification failed: {0}")]
    TlsVerification(CertificateProblem),
    /// The TLS handshake met plaintext: an SMTP banner where a ServerHello belongs. (rustls'
    /// own words for it, "received corrupt message", would send the reader the wrong way.)
    #[error("the server did not answer the TLS handshake with TLS (it speaks plaintext on this port)")]
    NotTls,
    #[error("TLS failed")]
    Tls { source: Box<dyn std::error::Error + Send + Sync> },
    #[error("the server broke the protocol: {0}")]
    Protocol(Violation),
    #[error("{path}: {problem}")]
    File { path: PathBuf, problem: &'static str, source: Option<Box<dyn std::error::Error + Send + Sync>> },
    #[error("{0:?} is not a valid TLS server name")]
    NotAServerName(String),
    #[error("TLS over a UNIX socket is not supported")]
    TlsOverSocket,
    #[error("{mechanism}: {reason}")]
    Mechanism { mechanism: String, reason: String },
}

/// What the probe was waiting for when its time ran out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Waiting {
    /// The first reply: a server that expects TLS first says nothing here.
    Greeting,
    Reply,
    /// The server stopped reading what we sent.
    Write,
    TlsHandshake,
    /// The session's own time limit (four times `--timeout`), in seconds.
    SessionLimit(u64),
    /// `--deadline`, in seconds.
    Deadline(u64),
}

impl std::fmt::Display for Waiting {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Waiting::Greeting => write!(f, "waiting for the server's greeting (it sent nothing)"),
            Waiting::Reply => write!(f, "waiting for the server's reply"),
            Waiting::Write => write!(f, "writing to the server (it stopped reading)"),
            Waiting::TlsHandshake => write!(f, "during the TLS handshake"),
            Waiting::SessionLimit(secs) => write!(f, "at the session's time limit ({secs} s)"),
            Waiting::Deadline(secs) => write!(f, "at the probe's overall deadline (--deadline {secs} s)"),
        }
    }
}

/// Why the server's certificate was not accepted, in words rather than rustls' debug form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CertificateProblem {
    /// The certificate names other hosts than the one asked for.
    NameMismatch {
        expected: String,
        presented: Vec<String>,
    },
    Expired,
    NotYetValid,
    /// No trusted CA signed it (or the chain is incomplete).
    UnknownIssuer,
    Other(String),
}

impl std::fmt::Display for CertificateProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CertificateProblem::NameMismatch { expected, presented } if presented.is_empty() => {
                write!(f, "the certificate is not valid for {expected} (it names no host)")
            }
            CertificateProblem::NameMismatch { expected, presented } => write!(
                f,
                "the certificate is not valid for {expected}; it is valid for {}",
                presented.join(", ")
            ),
            CertificateProblem::Expired => write!(f, "the certificate has expired"),
            CertificateProblem::NotYetValid => write!(f, "the certificate is not valid yet"),
            CertificateProblem::UnknownIssuer => {
                write!(f, "the certificate is not signed by a trusted CA (unknown issuer)")
            }
            CertificateProblem::Other(reason) => write!(f, "{reason}"),
        }
    }
}

impl From<&rustls::CertificateError> for CertificateProblem {
    fn from(err: &rustls::CertificateError) -> CertificateProblem {
        use rustls::CertificateError as E;
        match err {
            E::NotValidForNameContext { expected, presented } => CertificateProblem::NameMismatch {
                expected: server_name_text(expected),
                presented: presented.clone(),
            },
            E::NotValidForName => CertificateProblem::NameMismatch {
                expected: "the name asked for".into(),
                presented: Vec::new(),
            },
            E::Expired | E::ExpiredContext { .. } => CertificateProblem::Expired,
            E::NotValidYet | E::NotValidYetContext { .. } => CertificateProblem::NotYetValid,
            E::UnknownIssuer => CertificateProblem::UnknownIssuer,
            other => CertificateProblem::Other(rustls::Error::InvalidCertificate(other.clone()).to_string()),
        }
    }
}

fn server_name_text(name: &rustls::pki_types::ServerName<'_>) -> String {
    match name {
        rustls::pki_types::ServerName::DnsName(dns) => dns.as_ref().to_string(),
        rustls::pki_types::ServerName::IpAddress(ip) => std::net::IpAddr::from(*ip).to_string(),
        other => format!("{other:?}"),
    }
}

/// How the server broke the protocol.
#[derive(Debug, Error)]
pub enum Violation {
    #[error("{0}")]
    Reply(#[from] crate::probe::protocol::ResponseError),
    #[error("the server closed the connection mid-exchange")]
    Closed,
    #[error("the connection failed")]
    Broken(#[source] std::io::Error),
    #[error("{0} bytes arrived after the STARTTLS reply and before the TLS handshake (STARTTLS injection)")]
    Injection(usize),
    #[error("TLS asked for twice")]
    TlsTwice,
}

impl HasKind for ProbeError {
    fn kind(&self) -> Kind {
        match self {
            ProbeError::HostUnknown(_) => Kind::NoHost,
            ProbeError::Connect { .. } | ProbeError::Tls { .. } | ProbeError::NotTls => Kind::Unavailable,
            ProbeError::Timeout(_) => Kind::TempFail,
            ProbeError::TlsVerification(_) => Kind::NoPerm,
            ProbeError::Protocol(_) => Kind::Protocol,
            ProbeError::File { .. }
            | ProbeError::NotAServerName(_)
            | ProbeError::TlsOverSocket
            | ProbeError::Mechanism { .. } => Kind::Usage,
        }
    }
}

impl ProbeError {
    pub fn tls(source: impl Into<Box<dyn std::error::Error + Send + Sync>>) -> ProbeError {
        ProbeError::Tls { source: source.into() }
    }

    pub fn file(
        path: &std::path::Path,
        problem: &'static str,
        source: Option<Box<dyn std::error::Error + Send + Sync>>,
    ) -> ProbeError {
        ProbeError::File { path: path.to_path_buf(), problem, source }
    }
}
