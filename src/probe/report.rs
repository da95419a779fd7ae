//! The probe's report: what each session learned, put together, and the findings an
//! administrator should act on. The JSON shape is documented in the README.

use serde::Serialize;

use crate::error::Kind;
use crate::probe::machine::{MechanismProbe, Outcome, PhaseRecord, Timing, TranscriptLine};
use crate::probe::tls::TlsInfo;

#[derive(Debug, Clone, Serialize)]
pub struct Attempt {
    pub mechanism: String,
    #[serde(flatten)]
    pub outcome: Outcome,
    /// The enhanced status code (RFC 3463) of the final reply, e.g. `5.7.8`.
    pub enhanced_code: Option<String>,
    pub micros: u128,
}

impl Attempt {
    pub fn new(mechanism: String, outcome: Outcome, micros: u128) -> Attempt {
        let enhanced_code = match &outcome {
            Outcome::Rejected { text, .. } | Outcome::TemporaryFailure { text, .. } => {
                text.split(' ').next().filter(|c| is_enhanced_code(c)).map(str::to_string)
            }
            _ => None,
        };
        Attempt { mechanism, outcome, enhanced_code, micros }
    }
}

fn is_enhanced_code(text: &str) -> bool {
    let parts: Vec<&str> = text.split('.').collect();
    parts.len() == 3
        && matches!(parts[0], "2" | "4" | "5")
        && parts.iter().all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct ProbeReport {
    pub target: String,
    pub address: String,
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
    pub stopped: Option<Outcome>,
}

impl ProbeReport {
    /// The exit code's kind: 0 when the probe completed or every attempt authenticated.
    pub fn kind(&self) -> Option<Kind> {
        if let Some(stopped) = &self.stopped {
            return outcome_kind(stopped);
        }
        self.attempts.iter().find_map(|a| outcome_kind(&a.outcome))
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

fn outcome_kind(outcome: &Outcome) -> Option<Kind> {
    match outcome {
        Outcome::Completed | Outcome::Authenticated { .. } => None,
        Outcome::Rejected { code: 535, .. } => Some(Kind::Negative),
        Outcome::Rejected { .. } | Outcome::NotOffered { .. } | Outcome::Declined { .. } => {
            Some(Kind::Unavailable)
        }
        Outcome::StarttlsUnavailable { .. } | Outcome::Refused { .. } => Some(Kind::Unavailable),
        Outcome::TemporaryFailure { .. } => Some(Kind::TempFail),
        Outcome::ProtocolError { .. } => Some(Kind::Protocol),
    }
}

pub fn is_failure(outcome: &Outcome) -> bool {
    outcome_kind(outcome).is_some()
}

/// One line for people: `authenticated (235)`, `rejected: 535 5.7.8 …`.
pub fn describe(outcome: &Outcome) -> String {
    match outcome {
        Outcome::Completed => "completed".into(),
        Outcome::Authenticated { code } => format!("authenticated ({code})"),
        Outcome::Rejected { code, text } => format!("rejected: {code} {text}"),
        Outcome::TemporaryFailure { code, text } => format!("temporary failure: {code} {text}"),
        Outcome::NotOffered { mechanism } => format!("not offered: {mechanism}"),
        Outcome::Declined { reason } => format!("declined: {reason}"),
        Outcome::StarttlsUnavailable { reason } => format!("STARTTLS unavailable: {reason}"),
        Outcome::ProtocolError { reason } => format!("protocol error: {reason}"),
        Outcome::Refused { code, text } => format!("the server refused the session: {code} {text}"),
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
            attempts: vec![Attempt::new("PLAIN".into(), outcome, 0)],
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
            Attempt::new("X".into(), Outcome::Rejected { code: 535, text: "5.7.8 Error".into() }, 0)
                .enhanced_code
                .as_deref(),
            Some("5.7.8")
        );
    }
}
