//! The probe's report: what each session learned, put together, and the findings an
//! administrator should act on.
//!
//! These types are the JSON contract of `saslkit probe --format json` (docs/json.md): the state
//! machine's [`Outcome`] never reaches the output directly, it becomes a [`SessionResult`] here,
//! so renaming a variant inside the machine cannot change what a monitoring script reads.

use serde::{Deserialize, Serialize};

use crate::error::Kind;
use crate::probe::machine::{MechanismProbe, Outcome, PhaseRecord, Timing, TranscriptLine};
use crate::probe::tls::TlsInfo;

/// How a session (or one authentication attempt) ended, as reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Completed,
    Authenticated,
    Rejected,
    TemporaryFailure,
    NotOffered,
    Declined,
    StarttlsUnavailable,
    ProtocolError,
    Refused,
}

/// A verdict with what the server said (`code`, `text`) or why saslkit stopped (`reason`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SessionResult {
    pub result: Verdict,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<u16>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

impl From<&Outcome> for SessionResult {
    fn from(outcome: &Outcome) -> SessionResult {
        let of = |result| SessionResult { result, code: None, text: None, reason: None };
        let reply = |result, code: &u16, text: &String| SessionResult {
            code: Some(*code),
            text: Some(text.clone()),
            ..of(result)
        };
        let because = |result, reason: &String| SessionResult { reason: Some(reason.clone()), ..of(result) };
        match outcome {
            Outcome::Completed => of(Verdict::Completed),
            Outcome::Authenticated { code } => {
                SessionResult { code: Some(*code), ..of(Verdict::Authenticated) }
            }
            Outcome::Rejected { code, text } => reply(Verdict::Rejected, code, text),
            Outcome::TemporaryFailure { code, text } => reply(Verdict::TemporaryFailure, code, text),
            Outcome::Refused { code, text } => reply(Verdict::Refused, code, text),
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
            Verdict::Rejected if self.code == Some(535) => Some(Kind::Negative),
            Verdict::Rejected | Verdict::NotOffered | Verdict::Declined => Some(Kind::Unavailable),
            Verdict::StarttlsUnavailable | Verdict::Refused => Some(Kind::Unavailable),
            Verdict::TemporaryFailure => Some(Kind::TempFail),
            Verdict::ProtocolError => Some(Kind::Protocol),
        }
    }

    pub fn is_failure(&self) -> bool {
        self.kind().is_some()
    }

    /// One line for people: `authenticated (235)`, `rejected: 535 5.7.8 …`.
    pub fn describe(&self) -> String {
        let code = self.code.map(|c| c.to_string()).unwrap_or_default();
        let text = self.text.as_deref().unwrap_or_default();
        let reason = self.reason.as_deref().unwrap_or_default();
        match self.result {
            Verdict::Completed => "completed".into(),
            Verdict::Authenticated => format!("authenticated ({code})"),
            Verdict::Rejected => format!("rejected: {code} {text}"),
            Verdict::TemporaryFailure => format!("temporary failure: {code} {text}"),
            Verdict::NotOffered => format!("not offered: {reason}"),
            Verdict::Declined => format!("declined: {reason}"),
            Verdict::StarttlsUnavailable => format!("STARTTLS unavailable: {reason}"),
            Verdict::ProtocolError => format!("protocol error: {reason}"),
            Verdict::Refused => format!("the server refused the session: {code} {text}"),
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Attempt {
    pub mechanism: String,
    #[serde(flatten)]
    pub result: SessionResult,
    /// The enhanced status code (RFC 3463) of the final reply, e.g. `5.7.8`.
    pub enhanced_code: Option<String>,
    pub micros: u128,
}

impl Attempt {
    pub fn new(mechanism: String, outcome: &Outcome, micros: u128) -> Attempt {
        let result = SessionResult::from(outcome);
        let enhanced_code = match result.result {
            Verdict::Rejected | Verdict::TemporaryFailure => result
                .text
                .as_deref()
                .and_then(|t| t.split(' ').next())
                .filter(|c| is_enhanced_code(c))
                .map(str::to_string),
            _ => None,
        };
        Attempt { mechanism, result, enhanced_code, micros }
    }
}

fn is_enhanced_code(text: &str) -> bool {
    let parts: Vec<&str> = text.split('.').collect();
    parts.len() == 3
        && matches!(parts[0], "2" | "4" | "5")
        && parts.iter().all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProbeReport {
    pub target: String,
    pub address: String,
    /// `smtp` or `lmtp`.
    pub protocol: String,
    pub tls_mode: String,
    pub banner: Option<String>,
    /// EHLO/LHLO capabilities before and after STARTTLS.
    pub phases: Vec<PhaseRecord>,
    pub tls: Option<TlsInfo>,
    /// `AUTH <MECH>` + `*` without credentials, per TLS phase.
    pub safe_probe: Vec<MechanismProbe>,
    pub attempts: Vec<Attempt>,
    pub findings: Vec<String>,
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
        if self.offers_no_auth() && self.attempts.is_empty() && self.protocol != "lmtp" {
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
    pub fn compute_findings(&mut self, insecure: bool, starttls_refused: Option<String>, auth_250: bool) {
        let mut findings = Vec::new();
        if let Some(clear) = self.phases.iter().find(|p| !p.tls) {
            let caps = &clear.capabilities;
            let plain: Vec<String> =
                caps.all_mechanisms().into_iter().filter(|m| m == "PLAIN" || m == "LOGIN").collect();
            if !plain.is_empty() {
                findings.push(format!("plaintext mechanisms offered before TLS: {}", plain.join(" ")));
            }
            if !caps.all_mechanisms().is_empty() && !caps.starttls {
                findings.push("AUTH is offered on a connection that offers no STARTTLS".into());
            }
            if let Some(equals) = &caps.auth_equals {
                if caps.auth.is_empty() {
                    findings.push("only the non-standard AUTH= line lists mechanisms".into());
                } else if equals != &caps.auth {
                    findings.push(format!(
                        "the AUTH and AUTH= lists differ: {} / {}",
                        caps.auth.join(" "),
                        equals.join(" ")
                    ));
                }
            }
        }
        if let Some(difference) = self.phase_difference() {
            findings.push(difference);
        }
        for phase in &self.phases {
            if !phase.capabilities.lower_case_keywords.is_empty() {
                findings.push(format!(
                    "lower-case EHLO keywords: {}",
                    phase.capabilities.lower_case_keywords.join(" ")
                ));
            }
        }
        let early: Vec<&str> =
            self.safe_probe.iter().filter(|p| !p.tls && p.proceeds).map(|p| p.mechanism.as_str()).collect();
        if !early.is_empty() {
            findings.push(format!("the server proceeds with AUTH before TLS for: {}", early.join(" ")));
        }
        if insecure {
            findings.push("the server certificate was not verified (--insecure)".into());
        }
        if let Some(tls) = &self.tls {
            if tls.protocol.contains("TLSv1_0") || tls.protocol.contains("TLSv1_1") {
                findings.push(format!("weak TLS version {}", tls.protocol));
            }
        }
        if let Some(reason) = starttls_refused {
            findings.push(format!("STARTTLS is offered but did not work: {reason}"));
        }
        if auth_250 {
            findings.push("the server answered AUTH with 250, which is not an AUTH reply".into());
        }
        if self.offers_no_auth() {
            findings.push(self.no_auth_message());
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
        report.compute_findings(false, None, false);
        assert!(
            report
                .findings
                .contains(&"offered only before TLS: CRAM-MD5; only after TLS: SCRAM-SHA-256".to_string()),
            "{:?}",
            report.findings
        );
        assert!(report
            .findings
            .iter()
            .any(|f| f.starts_with("plaintext mechanisms offered before TLS: PLAIN")));
        let mut same = ProbeReport {
            phases: vec![phase(false, &["SCRAM-SHA-1"]), phase(true, &["SCRAM-SHA-1"])],
            ..Default::default()
        };
        same.compute_findings(false, None, false);
        assert!(same.findings.is_empty(), "{:?}", same.findings);
    }

    #[test]
    fn exit_kinds() {
        let attempt = |outcome| ProbeReport {
            attempts: vec![Attempt::new("PLAIN".into(), &outcome, 0)],
            ..Default::default()
        };
        assert_eq!(attempt(Outcome::Authenticated { code: 235 }).kind(), None);
        assert_eq!(
            attempt(Outcome::Rejected { code: 535, text: "5.7.8 no".into() }).kind(),
            Some(Kind::Negative)
        );
        assert_eq!(
            attempt(Outcome::TemporaryFailure { code: 454, text: "4.7.0".into() }).kind(),
            Some(Kind::TempFail)
        );
        assert_eq!(attempt(Outcome::Declined { reason: "x".into() }).kind(), Some(Kind::Unavailable));
        assert_eq!(attempt(Outcome::ProtocolError { reason: "x".into() }).kind(), Some(Kind::Protocol));
        assert_eq!(
            Attempt::new("X".into(), &Outcome::Rejected { code: 535, text: "5.7.8 Error".into() }, 0)
                .enhanced_code
                .as_deref(),
            Some("5.7.8")
        );
    }
}
