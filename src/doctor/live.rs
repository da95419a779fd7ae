//! `doctor client --live`: the next hop asked, at the TLS level Postfix would use, what it offers;
//! the mechanisms Postfix may choose from that (its filter, its security options, the installed
//! client plugins); and whether the credentials of the map are taken.

use std::path::Path;
use std::time::Duration;

use crate::doctor::finding::{Finding, Severity};
use crate::doctor::fixes::set_param;
use crate::doctor::mechanisms::{is_plaintext, permitted};
use crate::postfix::effective::Settings;
use crate::postmap::lookup::host_of_nexthop;
use crate::probe::driver::Timeouts;
use crate::probe::machine::TlsMode;
use crate::probe::protocol::Protocol;
use crate::probe::report::{ProbeReport, Verdict};
use crate::probe::run::{probe, ProbeCredentials, ProbePlan};
use crate::probe::target::Target;
use crate::probe::tls::TlsSettings;
use crate::sasl::client::BY_STRENGTH;
use crate::sasldb::installed;
use crate::secrets::password::Password;

/// How findings of the Postfix SMTP client name their service.
pub const SERVICE: &str = "smtp client";

pub struct LiveInput<'a> {
    pub settings: &'a Settings,
    pub nexthop: &'a str,
    /// The map key that gave the credentials.
    pub key: &'a str,
    pub user: String,
    pub password: &'a [u8],
    /// `smtp_tls_security_level` (legacy settings resolved).
    pub level: &'a str,
    pub timeout: Duration,
    pub plugin_dir: Option<&'a Path>,
}

pub fn check(input: &LiveInput<'_>) -> Vec<Finding> {
    let s = input.settings;
    let hop = input.nexthop;
    let target = target_of(hop);
    // Both phases are looked at (Auto: STARTTLS when offered), then judged at Postfix's level.
    let report = match probe(&plan(input, &target, TlsMode::Auto, None)) {
        Ok(report) => report,
        Err(err) => {
            return vec![Finding::new("client-unreachable", Severity::Warn, SERVICE, hop.to_string())
                .message(format!("{} could not be asked: {err}", target.describe()))
                .fix("check that the relay host is right and reachable from here")]
        }
    };
    let clear = mechanisms(&report, false);
    let secured = report.phases.iter().any(|p| p.tls).then(|| mechanisms(&report, true));
    let uses_tls = input.level != "none" && secured.is_some();
    let offered = if uses_tls { secured.clone().unwrap_or_default() } else { clear.clone() };
    if !uses_tls && clear.is_empty() && secured.as_ref().is_some_and(|m| !m.is_empty()) {
        return vec![plaintext_finding(
            s,
            hop,
            Severity::Fail,
            &format!(
                "{hop} offers AUTH only after STARTTLS, and Postfix does not use TLS (smtp_tls_security_level = {}): it sends the mail without credentials and the relay refuses it",
                input.level
            ),
        )];
    }
    if offered.is_empty() {
        return vec![Finding::new("client-no-mechanism", Severity::Fail, SERVICE, hop.to_string())
            .message(format!("{hop} offers no AUTH{}", if uses_tls { " after STARTTLS" } else { "" }))
            .fix(
                "ask the relay's operator which port and TLS mode take AUTH (often [host]:587 with STARTTLS)",
            )];
    }
    let options_parameter =
        if uses_tls { "smtp_sasl_tls_security_options" } else { "smtp_sasl_security_options" };
    let filter = s.list("smtp_sasl_mechanism_filter");
    let filtered: Vec<String> = offered
        .iter()
        .filter(|m| filter.is_empty() || filter.contains(&m.to_ascii_lowercase()))
        .cloned()
        .collect();
    let permitted = permitted(&filtered, &s.list(options_parameter));
    let usable: Vec<String> =
        permitted.iter().filter(|m| has_client_plugin(input.plugin_dir, m)).cloned().collect();
    if usable.is_empty() {
        return vec![no_mechanism(input, &offered, &filtered, &permitted, options_parameter)];
    }
    let chosen = BY_STRENGTH
        .iter()
        .find(|m| usable.iter().any(|u| u == *m))
        .map(|m| m.to_string())
        .unwrap_or_else(|| usable[0].clone());
    let mut findings = Vec::new();
    if !uses_tls && is_plaintext(&chosen) {
        findings.push(plaintext_finding(
            s,
            hop,
            Severity::Warn,
            &format!("Postfix would send them with {chosen} without TLS: the password crosses the network readable"),
        ));
    }
    findings.push(authenticate(input, &target, uses_tls, &chosen));
    findings
}

fn target_of(nexthop: &str) -> Target {
    let host = host_of_nexthop(nexthop);
    let port = nexthop.rsplit_once(':').filter(|(h, _)| !h.ends_with(':')).and_then(|(_, p)| p.parse().ok());
    Target { host, port: port.unwrap_or(25), socket: None, family: None, address: None }
}

fn plan(
    input: &LiveInput<'_>,
    target: &Target,
    tls: TlsMode,
    credentials: Option<ProbeCredentials>,
) -> ProbePlan {
    let verify = matches!(input.level, "verify" | "secure");
    ProbePlan {
        target: target.clone(),
        protocol: Protocol::Smtp,
        helo: input.settings.get("myhostname").to_string(),
        tls,
        tls_settings: TlsSettings { ca_file: None, insecure: !verify, client_cert: None },
        timeouts: Timeouts { step: input.timeout, session: input.timeout * 4, total: input.timeout * 8 },
        allow_plaintext: true,
        show_secrets: false,
        credentials,
    }
}

/// The mechanisms of the phase with or without TLS, upper-cased.
fn mechanisms(report: &ProbeReport, tls: bool) -> Vec<String> {
    report
        .phases
        .iter()
        .filter(|p| p.tls == tls)
        .flat_map(|p| p.capabilities.all_mechanisms())
        .map(|m| m.to_ascii_uppercase())
        .collect()
}

/// Postfix authenticates through the Cyrus client library: a mechanism needs its plugin.
fn has_client_plugin(dir: Option<&Path>, mechanism: &str) -> bool {
    match (dir, installed::mechanism_plugin(mechanism)) {
        (Some(dir), Some(plugin)) => installed::has_plugin(dir, plugin),
        _ => false,
    }
}

fn no_mechanism(
    input: &LiveInput<'_>,
    offered: &[String],
    filtered: &[String],
    permitted: &[String],
    options_parameter: &str,
) -> Finding {
    let s = input.settings;
    let hop = input.nexthop;
    let finding = Finding::new("client-no-mechanism", Severity::Fail, SERVICE, hop.to_string());
    let offered_text = offered.join(" ");
    if filtered.is_empty() {
        return finding
            .message(format!(
                "{hop} offers {offered_text}; smtp_sasl_mechanism_filter ({}) keeps none of them: \"no mechanism available\"",
                s.get("smtp_sasl_mechanism_filter")
            ))
            .fix(format!("let one through: smtp_sasl_mechanism_filter = {}", offered_text))
            .command(set_param(s, None, "smtp_sasl_mechanism_filter", &offered.join(", ")));
    }
    if permitted.is_empty() {
        return finding
            .message(format!(
                "{hop} offers {offered_text}; {options_parameter} = {} rules out every one of them, so Postfix logs \"no mechanism available\" and defers the mail",
                s.get(options_parameter)
            ))
            .fix(format!("allow plaintext mechanisms: {options_parameter} = noanonymous"))
            .command(set_param(s, None, options_parameter, "noanonymous"));
    }
    finding
        .message(format!(
            "{hop} offers {offered_text}, but no Cyrus client plugin for {} is installed: \"no mechanism available\"",
            permitted.join(" ")
        ))
        .fix("install the client plugins: apt-get install libsasl2-modules")
        .command("apt-get install -y libsasl2-modules")
}

fn authenticate(input: &LiveInput<'_>, target: &Target, uses_tls: bool, mechanism: &str) -> Finding {
    let hop = input.nexthop;
    let credentials = ProbeCredentials {
        user: input.user.clone(),
        secret: Password::from_bytes(input.password),
        authzid: String::new(),
        mechanism: Some(mechanism.to_string()),
        all: false,
    };
    let tls = if uses_tls { TlsMode::Starttls } else { TlsMode::None };
    let result = probe(&plan(input, target, tls, Some(credentials)));
    let attempt = result.as_ref().ok().and_then(|r| r.attempts.first().cloned());
    match (&result, attempt) {
        (_, Some(a)) if a.result.result == Verdict::Authenticated => {
            Finding::new("client-auth-ok", Severity::Ok, SERVICE, hop.to_string())
                .message(format!("{} authenticates to {hop} with {mechanism} (key {})", input.user, input.key))
        }
        (_, Some(a)) if matches!(a.result.result, Verdict::Rejected | Verdict::MechanismRefused) => {
            Finding::new("client-auth-rejected", Severity::Fail, SERVICE, hop.to_string())
                .message(format!(
                    "{hop} rejects the credentials of key {} (user {}) with {mechanism}: {}; Postfix defers the mail with \"SASL authentication failed\"",
                    input.key,
                    input.user,
                    a.result.describe()
                ))
                .fix(format!("correct the password of {} in the map's source, then compile it again", input.key))
        }
        (_, Some(a)) => Finding::new("client-live", Severity::Warn, SERVICE, hop.to_string())
            .message(format!("authenticating to {hop} with {mechanism}: {}", a.result.describe())),
        (Err(err), None) => Finding::new("client-unreachable", Severity::Warn, SERVICE, hop.to_string())
            .message(format!("{hop}: {err}")),
        (Ok(report), None) => Finding::new("client-live", Severity::Warn, SERVICE, hop.to_string())
            .message(format!("{hop}: {}", report.exit.message)),
    }
}

pub fn plaintext_finding(s: &Settings, nexthop: &str, severity: Severity, why: &str) -> Finding {
    Finding::new("client-plaintext-no-tls", severity, SERVICE, nexthop.to_string())
        .message(format!("credentials for {nexthop}: {why}"))
        .fix("have Postfix use TLS to its relay: smtp_tls_security_level = encrypt")
        .command(set_param(s, None, "smtp_tls_security_level", "encrypt"))
}
