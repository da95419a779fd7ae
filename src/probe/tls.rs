//! TLS for the probe, with rustls: the system's roots (plus `--ca-file`), or no verification at
//! all with `--insecure` (said so in the report); what was negotiated and who the server claims
//! to be.

use std::path::PathBuf;
use std::sync::Arc;

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::client::WebPkiServerVerifier;
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
    /// The leaf's validity has ended (seen with --insecure; verification refuses it otherwise).
    #[serde(default)]
    pub expired: bool,
}

pub fn client_config(settings: &TlsSettings) -> Result<Arc<ClientConfig>, ProbeError> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let builder = ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(ProbeError::tls)?;
    let roots = if settings.insecure { None } else { Some(ca_file_certs(settings)?) };
    let verifier = Arc::new(Verifier::new(roots, provider));
    let builder = builder.dangerous().with_custom_certificate_verifier(verifier);
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

/// The certificates of `--ca-file`, read before connecting so that a bad file is named at once.
fn ca_file_certs(settings: &TlsSettings) -> Result<Vec<CertificateDer<'static>>, ProbeError> {
    let Some(path) = &settings.ca_file else { return Ok(Vec::new()) };
    let certs = CertificateDer::pem_file_iter(path)
        .and_then(|iter| iter.collect::<Result<Vec<_>, _>>())
        .map_err(|err| ProbeError::file(path, "cannot read the CA file", Some(err.into())))?;
    if certs.is_empty() {
        return Err(ProbeError::file(path, "no PEM certificate in the CA file", None));
    }
    let mut check = RootCertStore::empty();
    for cert in &certs {
        check.add(cert.clone()).map_err(|err| {
            ProbeError::file(path, "a certificate in the CA file is not usable", Some(err.into()))
        })?;
    }
    Ok(certs)
}

/// Verification against the system's roots plus `--ca-file` (or, with `--insecure`, none:
/// every certificate accepted, signatures still checked so the session is real TLS). Roots are
/// read only when a certificate is to be verified and only as far as needed, in tiers: the
/// `--ca-file` roots alone, then with the system's bundle file (one file), then with every root
/// the system has (bundle and certificate folders, `SSL_CERT_FILE`/`SSL_CERT_DIR` honoured). A
/// chain one tier verifies, the full set verifies too; a chain no tier verifies gets the full
/// set's answer. So the outcome is the one of reading everything up front, which took ~6 ms and
/// 150 files on every probe.
#[derive(Debug)]
struct Verifier {
    /// `None` with `--insecure`.
    ca_file: Option<Vec<CertificateDer<'static>>>,
    provider: Arc<rustls::crypto::CryptoProvider>,
    tiers: [std::sync::OnceLock<Option<Arc<WebPkiServerVerifier>>>; 3],
}

impl Verifier {
    fn new(
        ca_file: Option<Vec<CertificateDer<'static>>>,
        provider: Arc<rustls::crypto::CryptoProvider>,
    ) -> Verifier {
        Verifier { ca_file, provider, tiers: Default::default() }
    }

    /// Tier `n`'s verifier (`None` when it has no root at all).
    fn tier(&self, n: usize) -> Option<&Arc<WebPkiServerVerifier>> {
        self.tiers[n]
            .get_or_init(|| {
                let system = match n {
                    0 => Vec::new(),
                    1 => {
                        let file = openssl_probe::probe().cert_file;
                        rustls_native_certs::load_certs_from_paths(file.as_deref(), None).certs
                    }
                    _ => rustls_native_certs::load_native_certs().certs,
                };
                let mut roots = RootCertStore::empty();
                roots.add_parsable_certificates(system);
                roots.add_parsable_certificates(self.ca_file.iter().flatten().cloned());
                WebPkiServerVerifier::builder_with_provider(Arc::new(roots), self.provider.clone())
                    .build()
                    .ok()
            })
            .as_ref()
    }
}

impl ServerCertVerifier for Verifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        let Some(ca_file) = &self.ca_file else { return Ok(ServerCertVerified::assertion()) };
        let mut outcome = Err(rustls::Error::InvalidCertificate(rustls::CertificateError::UnknownIssuer));
        // Without --ca-file, tier 0 has no root: start at the bundle.
        for n in usize::from(ca_file.is_empty())..self.tiers.len() {
            if let Some(verifier) = self.tier(n) {
                outcome = verifier.verify_server_cert(end_entity, intermediates, server_name, ocsp, now);
                if outcome.is_ok() {
                    break;
                }
            }
        }
        outcome
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.provider.signature_verification_algorithms.supported_schemes()
    }
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
            info.subject = name_text(cert.subject());
            info.issuer = name_text(cert.issuer());
            info.not_before = cert.validity().not_before.to_string();
            info.not_after = cert.validity().not_after.to_string();
            info.expired = cert.validity().not_after.timestamp() < now_unix();
            if let Ok(Some(san)) = cert.subject_alternative_name() {
                info.subject_alt_names = san.value.general_names.iter().map(general_name).collect();
            }
        }
    }
    info
}

/// A name as x509-parser prints it (`CN=mx.example.org, O=Example`). Its printer first builds
/// a registry of every OID it knows (hundreds of allocations, a tenth of a probe's own CPU time);
/// the attribute types certificates use are named here, anything else goes to it.
fn name_text(name: &x509_parser::x509::X509Name<'_>) -> String {
    known_name_text(name).unwrap_or_else(|| name.to_string())
}

fn known_name_text(name: &x509_parser::x509::X509Name<'_>) -> Option<String> {
    use x509_parser::oid_registry::*;
    let abbreviations = [
        (OID_X509_COMMON_NAME, "CN"),
        (OID_X509_COUNTRY_NAME, "C"),
        (OID_X509_LOCALITY_NAME, "L"),
        (OID_X509_STATE_OR_PROVINCE_NAME, "ST"),
        (OID_X509_ORGANIZATION_NAME, "O"),
        (OID_X509_ORGANIZATIONAL_UNIT, "OU"),
        (OID_DOMAIN_COMPONENT, "DC"),
        (OID_PKCS9_EMAIL_ADDRESS, "Email"),
    ];
    let mut rdns = Vec::new();
    for rdn in name.iter() {
        let mut attributes = Vec::new();
        for attribute in rdn.iter() {
            let (_, abbreviation) = abbreviations.iter().find(|(oid, _)| oid == attribute.attr_type())?;
            attributes.push(format!("{abbreviation}={}", attribute.as_str().ok()?));
        }
        rdns.push(attributes.join(" + "));
    }
    Some(rdns.join(", "))
}

fn now_unix() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
        .unwrap_or(0)
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Two certificates made by openssl: one with every attribute type named here (a
    /// multi-valued RDN too), one with types only x509-parser's registry names.
    fn fixture_names() -> Vec<Vec<u8>> {
        let pem = include_bytes!("../../tests/fixtures/certificates/names.pem");
        CertificateDer::pem_slice_iter(pem).map(|der| der.unwrap().to_vec()).collect()
    }

    #[test]
    fn names_print_as_x509_parser_prints_them() {
        let [common, rare] = <[Vec<u8>; 2]>::try_from(fixture_names()).unwrap();
        let (_, cert) = x509_parser::parse_x509_certificate(&common).unwrap();
        let printed = known_name_text(cert.subject()).expect("named here");
        assert_eq!(printed, cert.subject().to_string());
        assert!(
            printed.contains(" + ") && printed.contains("DC=") && printed.contains("Email="),
            "{printed}"
        );
        let (_, cert) = x509_parser::parse_x509_certificate(&rare).unwrap();
        assert_eq!(known_name_text(cert.subject()), None, "left to x509-parser");
        assert_eq!(name_text(cert.subject()), cert.subject().to_string());
        assert!(name_text(cert.subject()).contains("title"), "{}", name_text(cert.subject()));
    }
}
