//! TLS for the probe, with rustls: the system's roots (plus `--ca-file`), or no verification at
//! all with `--insecure` (said so in the report); what was negotiated and who the server claims
//! to be.

use std::path::PathBuf;
use std::sync::Arc;

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{ClientConfig, DigitallySignedStruct, RootCertStore, SignatureScheme};
use serde::{Deserialize, Serialize};

use crate::probe::error::ProbeError;

#[derive(Debug, Clone, Default)]
pub struct TlsSettings {
    pub ca_file: Option<PathBuf>,
    pub insecure: bool,
    /// A client certificate chain and its key (PEM), for EXTERNAL.
    pub client_cert: Option<(PathBuf, PathBuf)>,
}

/// What the handshake negotiated and the server's certificate, for the report.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TlsInfo {
    pub protocol: String,
    pub cipher: String,
    /// `verified`, or `not checked (--insecure)`.
    pub verification: String,
    pub subject: String,
    pub issuer: String,
    pub subject_alt_names: Vec<String>,
    pub not_before: String,
    pub not_after: String,
}

pub fn client_config(settings: &TlsSettings) -> Result<Arc<ClientConfig>, ProbeError> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let builder = ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(ProbeError::tls)?;
    let builder = if settings.insecure {
        builder.dangerous().with_custom_certificate_verifier(Arc::new(AcceptAnything(provider)))
    } else {
        builder.with_root_certificates(roots(settings)?)
    };
    let config = match &settings.client_cert {
        None => builder.with_no_client_auth(),
        Some((cert, key)) => {
            let (chain, key) = client_identity(cert, key)?;
            builder.with_client_auth_cert(chain, key).map_err(|err| {
                ProbeError::file(cert, "the client certificate and key do not go together", Some(err.into()))
            })?
        }
    };
    Ok(Arc::new(config))
}

fn roots(settings: &TlsSettings) -> Result<RootCertStore, ProbeError> {
    let mut roots = RootCertStore::empty();
    for cert in rustls_native_certs::load_native_certs().certs {
        let _ = roots.add(cert);
    }
    if let Some(path) = &settings.ca_file {
        let certs = CertificateDer::pem_file_iter(path)
            .and_then(|iter| iter.collect::<Result<Vec<_>, _>>())
            .map_err(|err| ProbeError::file(path, "cannot read the CA file", Some(err.into())))?;
        if certs.is_empty() {
            return Err(ProbeError::file(path, "no PEM certificate in the CA file", None));
        }
        for cert in certs {
            roots.add(cert).map_err(|err| {
                ProbeError::file(path, "a certificate in the CA file is not usable", Some(err.into()))
            })?;
        }
    }
    Ok(roots)
}

fn client_identity(
    cert: &std::path::Path,
    key: &std::path::Path,
) -> Result<(Vec<CertificateDer<'static>>, rustls::pki_types::PrivateKeyDer<'static>), ProbeError> {
    let chain = CertificateDer::pem_file_iter(cert)
        .and_then(|iter| iter.collect::<Result<Vec<_>, _>>())
        .map_err(|err| ProbeError::file(cert, "cannot read the certificate", Some(err.into())))?;
    if chain.is_empty() {
        return Err(ProbeError::file(cert, "no PEM certificate in the file", None));
    }
    let key = rustls::pki_types::PrivateKeyDer::from_pem_file(key)
        .map_err(|err| ProbeError::file(key, "cannot read the private key", Some(err.into())))?;
    Ok((chain, key))
}

pub fn server_name(host: &str) -> Result<ServerName<'static>, ProbeError> {
    ServerName::try_from(host.trim_start_matches('[').trim_end_matches(']').to_string())
        .map_err(|_| ProbeError::NotAServerName(host.to_string()))
}

/// Reads the negotiated parameters and the leaf certificate.
pub fn describe(conn: &rustls::ClientConnection, insecure: bool) -> TlsInfo {
    let mut info = TlsInfo {
        protocol: conn.protocol_version().map(|v| format!("{v:?}")).unwrap_or_default(),
        cipher: conn.negotiated_cipher_suite().map(|s| format!("{:?}", s.suite())).unwrap_or_default(),
        verification: if insecure { "not checked (--insecure)".into() } else { "verified".into() },
        ..TlsInfo::default()
    };
    if let Some(leaf) = conn.peer_certificates().and_then(|c| c.first()) {
        if let Ok((_, cert)) = x509_parser::parse_x509_certificate(leaf) {
            info.subject = cert.subject().to_string();
            info.issuer = cert.issuer().to_string();
            info.not_before = cert.validity().not_before.to_string();
            info.not_after = cert.validity().not_after.to_string();
            if let Ok(Some(san)) = cert.subject_alternative_name() {
                info.subject_alt_names = san.value.general_names.iter().map(general_name).collect();
            }
        }
    }
    info
}

/// `DNS:mail.example.com`, `IP:127.0.0.1`, as openssl prints them.
fn general_name(name: &x509_parser::extensions::GeneralName) -> String {
    use x509_parser::extensions::GeneralName;
    match name {
        GeneralName::DNSName(dns) => format!("DNS:{dns}"),
        GeneralName::RFC822Name(mail) => format!("email:{mail}"),
        GeneralName::URI(uri) => format!("URI:{uri}"),
        GeneralName::IPAddress(bytes) => match <[u8; 4]>::try_from(*bytes) {
            Ok(v4) => format!("IP:{}", std::net::Ipv4Addr::from(v4)),
            Err(_) => match <[u8; 16]>::try_from(*bytes) {
                Ok(v6) => format!("IP:{}", std::net::Ipv6Addr::from(v6)),
                Err(_) => format!("IP:{bytes:02x?}"),
            },
        },
        other => other.to_string(),
    }
}

/// `--insecure`: every certificate accepted, signatures still checked so the session is real TLS.
#[derive(Debug)]
struct AcceptAnything(Arc<rustls::crypto::CryptoProvider>);

impl ServerCertVerifier for AcceptAnything {
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(message, cert, dss, &self.0.signature_verification_algorithms)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(message, cert, dss, &self.0.signature_verification_algorithms)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}
