//! What a client is offered before and after TLS on one smtpd listener: plaintext mechanisms
//! before TLS, and nothing at all.

use crate::doctor::finding::{Finding, Severity};
use crate::doctor::fixes::set_param;
use crate::doctor::mechanisms::{is_plaintext, permitted};
use crate::doctor::server::Listener;
use crate::postfix::effective::Settings;
use crate::postfix::master::Service;

/// What a client is offered before and after TLS on one listener.
pub(super) fn checks(
    main: &Settings,
    listener: &Listener<'_>,
    mechanisms: &[String],
    out: &mut Vec<Finding>,
) {
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
