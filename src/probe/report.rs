//! The probe's report: what each session learned, put together, and the findings an
//! administrator should act on.
//!
//! These types are the JSON contract of `saslkit probe --format json` (docs/json.md): the state
//! machine's [`Outcome`] never reaches the output directly, it becomes a [`SessionResult`] here,
//! so renaming a variant inside the machine cannot change what a monitoring script reads.

use serde::{Deserialize, Serialize};

use crate::error::Kind;
use crate::probe::machine::{MechanismProbe, Outcome, PhaseRecord, Timing, TranscriptLine};
use crate::probe::protocol::{Protocol, ServerReply};
use crate::probe::tls::TlsInfo;

/// What a probe can find, by a stable id (`--fail-on ID` in a fleet, `findings[].id` in JSON).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FindingId {
    /// PLAIN or LOGIN offered before TLS.
    PlaintextBeforeTls,
    /// The protocol's own password command (IMAP LOGIN, POP3 USER) accepted before TLS.
    PlaintextLoginBeforeTls,
    /// A cleartext connection that offers no STARTTLS.
    NoStarttls,
    /// AUTH offered on a connection without STARTTLS.
    AuthWithoutStarttls,
    /// The server goes on with AUTH before TLS.
    AuthBeforeTls,
    /// STARTTLS offered but refused or failed.
    StarttlsFailed,
    /// The mechanisms differ before and after TLS.
    MechanismsDifferByTls,
    /// SMTP's pre-standard AUTH= line alone, or differing from AUTH.
    AuthEquals,
    /// EHLO keywords in lower case.
    LowerCaseKeywords,
    /// The certificate was not verified (--insecure).
    CertificateNotVerified,
    /// The certificate's validity has ended.
    CertificateExpired,
    /// TLS 1.0 or 1.1.
    WeakTls,
    /// A positive answer to AUTH that is no AUTH reply.
    OddAuthReply,
    /// No AUTH offered at all.
    NoAuth,
    /// More mechanisms advertised than are probed.
    TooManyMechanisms,
}

impl FindingId {
    pub const ALL: [FindingId; 15] = [
        FindingId::PlaintextBeforeTls,
        FindingId::PlaintextLoginBeforeTls,
        FindingId::NoStarttls,
        FindingId::AuthWithoutStarttls,
        FindingId::AuthBeforeTls,
        FindingId::StarttlsFailed,
        FindingId::MechanismsDifferByTls,
        FindingId::AuthEquals,
        FindingId::LowerCaseKeywords,
        FindingId::CertificateNotVerified,
        FindingId::CertificateExpired,
        FindingId::WeakTls,
        FindingId::OddAuthReply,
        FindingId::NoAuth,
        FindingId::TooManyMechanisms,
    ];

    /// The id as written (`plaintext-before-tls`): its JSON form, the one source of the names.
    pub fn name(self) -> String {
        serde_json::to_value(self).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default()
    }

    pub fn from_name(name: &str) -> Option<FindingId> {
        FindingId::ALL.into_iter().find(|id| id.name() == name)
    }
}

/// One finding: its id and what it says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Finding {
    pub id: FindingId,
    pub message: String,
}

/// How a session (or one authentication attempt) ended, as reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Completed,
    Authenticated,
    /// The server said the credentials were wrong.
    Rejected,
    /// The server refused the mechanism or the command (not the credentials).
    MechanismRefused,
    TemporaryFailure,
    NotOffered,
    Declined,
    StarttlsUnavailable,
    ProtocolError,
    Refused,
}

/// A verdict with what the server said (`status`, `code`, `text`) or why saslkit stopped
/// (`reason`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SessionResult {
    pub result: Verdict,
    /// The server's status as its protocol spells it: `535`, `NO`, `-ERR`, `BYE`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The finer code: `5.7.8` (RFC 3463), `AUTHENTICATIONFAILED`, `SYS/TEMP`, `TRYLATER`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

impl From<&Outcome> for SessionResult {
    fn from(outcome: &Outcome) -> SessionResult {
        let of = |result| SessionResult { result, status: None, code: None, text: None, reason: None };
        let reply = |result, reply: &ServerReply| SessionResult {
            status: Some(reply.status.clone()),
            code: reply.code.clone(),
            text: Some(reply.text.clone()),
            ..of(result)
        };
        let because = |result, reason: &String| SessionResult { reason: Some(reason.clone()), ..of(result) };
        match outcome {
            Outcome::Completed => of(Verdict::Completed),
            Outcome::Authenticated { reply: r } => reply(Verdict::Authenticated, r),
            Outcome::Rejected { reply: r, credentials: true } => reply(Verdict::Rejected, r),
            Outcome::Rejected { reply: r, credentials: false } => reply(Verdict::MechanismRefused, r),
            Outcome::TemporaryFailure { reply: r } => reply(Verdict::TemporaryFailure, r),
            Outcome::Refused { reply: r } => reply(Verdict::Refused, r),
            Outcome::NotOffered { mechanism } => because(Verdict::NotOffered, mechanism),
            Outcome::Declined { reason } => because(Verdict::Declined, reason),
            Outcome::StarttlsUnavailable { reason } => because(Verdict::StarttlsUnavailable, reason),
            Outcome::ProtocolError { reason } => because(Verdict::ProtocolError, reason),
        }
    }
}

impl SessionResult {
    /// The exit code's kind, `None` for success.
    pub fn kind(&self) -> Option<Kind> {
        match self.result {
            Verdict::Completed | Verdict::Authenticated => None,
            Verdict::Rejected => Some(Kind::Negative),
            Verdict::MechanismRefused | Verdict::NotOffered | Verdict::Declined => Some(Kind::Unavailable),
            Verdict::StarttlsUnavailable | Verdict::Refused => Some(Kind::Unavailable),
            Verdict::TemporaryFailure => Some(Kind::TempFail),
            Verdict::ProtocolError => Some(Kind::Protocol),
        }
    }

    pub fn is_failure(&self) -> bool {
        self.kind().is_some()
    }

    /// What the server said, in its words: `535 5.7.8 …`, `NO [AUTHENTICATIONFAILED] …`.
    pub fn server_said(&self) -> String {
        let status = self.status.as_deref().unwrap_or_default();
        let text = self.text.as_deref().unwrap_or_default();
        match self.code.as_deref() {
            Some(code) if !text.starts_with(code) => format!("{status} [{code}] {text}"),
            _ => format!("{status} {text}"),
        }
        .trim_end()
        .to_string()
    }

    /// One line for people: `authenticated (235)`, `rejected: 535 5.7.8 …`.
    pub fn describe(&self) -> String {
        let said = self.server_said();
        let reason = self.reason.as_deref().unwrap_or_default();
        match self.result {
            Verdict::Completed => "completed".into(),
            Verdict::Authenticated => {
                format!("authenticated ({})", self.status.as_deref().unwrap_or_default())
            }
            Verdict::Rejected => format!("rejected: {said}"),
            Verdict::MechanismRefused => format!("mechanism refused: {said}"),
            Verdict::TemporaryFailure => format!("temporary failure: {said}"),
            Verdict::NotOffered => format!("not offered: {reason}"),
            Verdict::Declined => format!("declined: {reason}"),
            Verdict::StarttlsUnavailable => format!("STARTTLS unavailable: {reason}"),
            Verdict::ProtocolError => format!("protocol error: {reason}"),
            Verdict::Refused => format!("the server refused the session: {said}"),
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Attempt {
    pub mechanism: String,
    #[serde(flatten)]
    pub result: SessionResult,
    pub micros: u128,
}

impl Attempt {
    pub fn new(mechanism: String, outcome: &Outcome, micros: u128) -> Attempt {
        Attempt { mechanism, result: SessionResult::from(outcome), micros }
    }
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProbeReport {
    pub target: String,
    pub address: String,
    /// `smtp`, `lmtp`, `imap`, `pop3` or `sieve`.
    pub protocol: String,
    pub tls_mode: String,
    pub banner: Option<String>,
    /// Capabilities before and after STARTTLS (EHLO, CAPABILITY, CAPA…).
    pub phases: Vec<PhaseRecord>,
    pub tls: Option<TlsInfo>,
    /// Each mechanism started and cancelled without credentials, per TLS phase.
    pub safe_probe: Vec<MechanismProbe>,
    pub attempts: Vec<Attempt>,
    pub findings: Vec<Finding>,
    pub timings: Vec<Timing>,
    /// One transcript per session, secrets redacted unless asked for.
    pub transcripts: Vec<Vec<TranscriptLine>>,
    /// Set when a session could not go on (STARTTLS required but missing, refused banner…).
    pub stopped: Option<SessionResult>,
    /// How the probe ends: the exit code, its kind and one line saying why.
    pub exit: ExitSummary,
}

/// The probe's overall result, inside the report so a script reads it with the rest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExitSummary {
    pub code: u8,
    /// `Kind::name`: `success`, `negative`, `unavailable`, …
    pub kind: String,
    pub message: String,
}

impl Default for ExitSummary {
    fn default() -> ExitSummary {
        ExitSummary { code: 0, kind: Kind::Success.name().into(), message: "completed".into() }
    }
}

impl ProbeReport {
    /// The exit code's kind: 0 when the probe completed or every attempt authenticated.
    pub fn kind(&self) -> Option<Kind> {
        if let Some(stopped) = &self.stopped {
            return stopped.kind();
        }
        // LMTP delivery without AUTH is normal (RFC 2033 makes it optional): a finding, not a failure.
        if self.offers_no_auth() && self.attempts.is_empty() && self.protocol != Protocol::Lmtp.name() {
            return Some(Kind::Unavailable);
        }
        self.attempts.iter().find_map(|a| a.result.kind())
    }

    /// Fills [`ProbeReport::exit`]. With several attempts (`--all-mechs`) the probe succeeds
    /// only if every one authenticated; otherwise it takes the code of the first that failed,
    /// in the order tried, and the message names every failure.
    pub fn conclude(&mut self) {
        let kind = self.kind().unwrap_or(Kind::Success);
        let failed: Vec<&Attempt> = self.attempts.iter().filter(|a| a.result.is_failure()).collect();
        let message = match (&self.stopped, failed.as_slice()) {
            (Some(stopped), _) => stopped.describe(),
            (None, []) if self.offers_no_auth() => self.no_auth_message(),
            (None, []) if self.attempts.is_empty() => "completed".into(),
            (None, []) => {
                let names: Vec<&str> = self.attempts.iter().map(|a| a.mechanism.as_str()).collect();
                format!("authenticated with {}", names.join(", "))
            }
            (None, [only]) if self.attempts.len() == 1 => only.result.describe(),
            (None, failed) => format!(
                "{} of {} mechanisms failed: {}",
                failed.len(),
                self.attempts.len(),
                failed
                    .iter()
                    .map(|a| format!("{} {}", a.mechanism, a.result.describe()))
                    .collect::<Vec<_>>()
                    .join("; ")
            ),
        };
        self.exit = ExitSummary { code: kind.exit_code(), kind: kind.name().into(), message };
    }

    /// The server answered EHLO but named no mechanism in any phase it was asked in.
    pub fn offers_no_auth(&self) -> bool {
        !self.phases.is_empty() && self.phases.iter().all(|p| p.capabilities.all_mechanisms().is_empty())
    }

    /// Says whether STARTTLS might change that: servers usually offer AUTH only after it.
    pub fn no_auth_message(&self) -> String {
        let starttls_untried =
            self.phases.iter().all(|p| !p.tls) && self.phases.iter().any(|p| p.capabilities.starttls);
        if starttls_untried {
            "the server offers no AUTH before TLS; it offers STARTTLS, after which servers usually offer AUTH (probe without --tls none)".into()
        } else {
            "the server offers no AUTH".into()
        }
    }

    /// What an administrator should look at, computed from what the sessions saw.
    pub fn compute_findings(
        &mut self,
        insecure: bool,
        starttls_refused: Option<String>,
        odd_auth_reply: Option<String>,
    ) {
        let mut findings = Vec::new();
        let mut add = |id, message: String| findings.push(Finding { id, message });
        if let Some(clear) = self.phases.iter().find(|p| !p.tls) {
            let caps = &clear.capabilities;
            if let Some(command) = &caps.plaintext_login {
                add(
                    FindingId::PlaintextLoginBeforeTls,
                    format!("the {command} command (the password in the clear, outside SASL) is accepted before TLS"),
                );
            }
            let plain: Vec<String> =
                caps.all_mechanisms().into_iter().filter(|m| m == "PLAIN" || m == "LOGIN").collect();
            if !plain.is_empty() {
                add(
                    FindingId::PlaintextBeforeTls,
                    format!("plaintext mechanisms offered before TLS: {}", plain.join(" ")),
                );
            }
            if !caps.starttls && self.tls_mode != "none" {
                add(FindingId::NoStarttls, "the server offers no STARTTLS".into());
            }
            if !caps.all_mechanisms().is_empty() && !caps.starttls {
                add(
                    FindingId::AuthWithoutStarttls,
                    "AUTH is offered on a connection that offers no STARTTLS".into(),
                );
            }
            if let Some(equals) = &caps.auth_equals {
                if caps.auth.is_empty() {
                    add(FindingId::AuthEquals, "only the non-standard AUTH= line lists mechanisms".into());
                } else if equals != &caps.auth {
                    let message = format!(
                        "the AUTH and AUTH= lists differ: {} / {}",
                        caps.auth.join(" "),
                        equals.join(" ")
                    );
                    add(FindingId::AuthEquals, message);
                }
            }
        }
        if let Some(difference) = self.phase_difference() {
            add(FindingId::MechanismsDifferByTls, difference);
        }
        for phase in &self.phases {
            if !phase.capabilities.lower_case_keywords.is_empty() {
                let keywords = phase.capabilities.lower_case_keywords.join(" ");
                add(FindingId::LowerCaseKeywords, format!("lower-case EHLO keywords: {keywords}"));
            }
        }
        let early: Vec<&str> =
            self.safe_probe.iter().filter(|p| !p.tls && p.proceeds).map(|p| p.mechanism.as_str()).collect();
        if !early.is_empty() {
            add(
                FindingId::AuthBeforeTls,
                format!("the server proceeds with AUTH before TLS for: {}", early.join(" ")),
            );
        }
        if insecure {
            add(
                FindingId::CertificateNotVerified,
                "the server certificate was not verified (--insecure)".into(),
            );
        }
        if let Some(tls) = &self.tls {
            if tls.expired {
                add(
                    FindingId::CertificateExpired,
                    format!("the server certificate expired on {}", tls.not_after),
                );
            }
            if tls.protocol.contains("TLSv1_0") || tls.protocol.contains("TLSv1_1") {
                add(FindingId::WeakTls, format!("weak TLS version {}", tls.protocol));
            }
        }
        if let Some(reason) = starttls_refused {
            add(FindingId::StarttlsFailed, format!("STARTTLS is offered but did not work: {reason}"));
        }
        if let Some(odd) = odd_auth_reply {
            add(FindingId::OddAuthReply, odd);
        }
        if self.offers_no_auth() {
            add(FindingId::NoAuth, self.no_auth_message());
        }
        findings.dedup();
        self.findings = findings;
    }
}

impl ProbeReport {
    /// Mechanisms offered in only one of the two phases (before and after STARTTLS).
    fn phase_difference(&self) -> Option<String> {
        let (Some(before), Some(after)) =
            (self.phases.iter().find(|p| !p.tls), self.phases.iter().find(|p| p.tls))
        else {
            return None;
        };
        let (before, after) = (before.capabilities.all_mechanisms(), after.capabilities.all_mechanisms());
        let only = |a: &[String], b: &[String]| {
            a.iter().filter(|m| !b.contains(m)).cloned().collect::<Vec<_>>().join(" ")
        };
        let (only_before, only_after) = (only(&before, &after), only(&after, &before));
        match (only_before.is_empty(), only_after.is_empty()) {
            (true, true) => None,
            (false, true) => Some(format!("offered only before TLS: {only_before}")),
            (true, false) => Some(format!("offered only after TLS: {only_after}")),
            (false, false) => {
                Some(format!("offered only before TLS: {only_before}; only after TLS: {only_after}"))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::probe::capabilities::Capabilities;

    fn phase(tls: bool, auth: &[&str]) -> PhaseRecord {
        let capabilities = Capabilities {
            auth: auth.iter().map(|m| m.to_string()).collect(),
            starttls: !tls,
            ..Default::default()
        };
        PhaseRecord { tls, capabilities }
    }

    #[test]
    fn findings_name_what_differs_between_phases() {
        let mut report = ProbeReport {
            phases: vec![phase(false, &["PLAIN", "CRAM-MD5"]), phase(true, &["PLAIN", "SCRAM-SHA-256"])],
            ..Default::default()
        };
        report.compute_findings(false, None, None);
        let message = "offered only before TLS: CRAM-MD5; only after TLS: SCRAM-SHA-256".to_string();
        let difference = Finding { id: FindingId::MechanismsDifferByTls, message };
        assert!(report.findings.contains(&difference), "{:?}", report.findings);
        assert!(report.findings.iter().any(|f| f.id == FindingId::PlaintextBeforeTls
            && f.message.starts_with("plaintext mechanisms offered before TLS: PLAIN")));
        assert_eq!(FindingId::PlaintextBeforeTls.name(), "plaintext-before-tls");
        let mut same = ProbeReport {
            phases: vec![phase(false, &["SCRAM-SHA-1"]), phase(true, &["SCRAM-SHA-1"])],
            ..Default::default()
        };
        same.compute_findings(false, None, None);
        assert!(same.findings.is_empty(), "{:?}", same.findings);
    }

    #[test]
    fn exit_kinds_and_what_the_server_said() {
        let attempt = |outcome| ProbeReport {
            attempts: vec![Attempt::new("PLAIN".into(), &outcome, 0)],
            ..Default::default()
        };
        let said = |status: &str, code: Option<&str>, text: &str| ServerReply {
            status: status.into(),
            code: code.map(str::to_string),
            text: text.into(),
        };
        let ok = said("235", Some("2.7.0"), "2.7.0 ok");
        assert_eq!(attempt(Outcome::Authenticated { reply: ok }).kind(), None);
        let smtp = said("535", Some("5.7.8"), "5.7.8 no");
        let rejected = attempt(Outcome::Rejected { reply: smtp, credentials: true });
        assert_eq!(rejected.kind(), Some(Kind::Negative));
        assert_eq!(rejected.attempts[0].result.describe(), "rejected: 535 5.7.8 no");
        let imap = said("NO", Some("AUTHENTICATIONFAILED"), "Authentication failed.");
        let rejected = attempt(Outcome::Rejected { reply: imap.clone(), credentials: true });
        assert_eq!(
            rejected.attempts[0].result.describe(),
            "rejected: NO [AUTHENTICATIONFAILED] Authentication failed."
        );
        let refused = attempt(Outcome::Rejected { reply: imap, credentials: false });
        assert_eq!(refused.kind(), Some(Kind::Unavailable));
        let later = said("454", Some("4.7.0"), "4.7.0 later");
        assert_eq!(attempt(Outcome::TemporaryFailure { reply: later }).kind(), Some(Kind::TempFail));
        assert_eq!(attempt(Outcome::Declined { reason: "x".into() }).kind(), Some(Kind::Unavailable));
        assert_eq!(attempt(Outcome::ProtocolError { reason: "x".into() }).kind(), Some(Kind::Protocol));
    }

    #[test]
    fn finding_ids_have_one_name_each() {
        let names: std::collections::BTreeSet<String> = FindingId::ALL.iter().map(|id| id.name()).collect();
        assert_eq!(names.len(), FindingId::ALL.len());
        for id in FindingId::ALL {
            assert_eq!(FindingId::from_name(&id.name()), Some(id));
        }
        assert_eq!(FindingId::from_name("no-such-finding"), None);
    }

    #[test]
    fn a_plaintext_login_before_tls_is_a_finding() {
        let mut clear = phase(false, &[]);
        clear.capabilities.plaintext_login = Some("USER".into());
        let mut report = ProbeReport { phases: vec![clear, phase(true, &["PLAIN"])], ..Default::default() };
        report.compute_findings(false, None, None);
        assert!(
            report.findings.iter().any(|f| f.message.starts_with("the USER command")),
            "{:?}",
            report.findings
        );
    }
}
