//! A whole probe: the sessions it takes (capabilities, the safe probe per TLS phase, one
//! session per authentication attempt) and the report they add up to.

use std::sync::Arc;

use crate::probe::driver::{self, Finished, Target, Timeouts};
use crate::probe::error::ProbeError;
use crate::probe::machine::{Goal, Options, Outcome, Session, TlsMode};
use crate::probe::protocol::Protocol;
use crate::probe::report::{Attempt, Finding, FindingId, ProbeReport};
use crate::probe::tls::{client_config, TlsSettings};
use crate::sasl::client::{client_for, Credentials, BY_STRENGTH};
use crate::secrets::password::Password;

pub struct ProbePlan {
    pub target: Target,
    pub protocol: Protocol,
    /// The name SMTP and LMTP greet with.
    pub helo: String,
    pub tls: TlsMode,
    pub tls_settings: TlsSettings,
    pub timeouts: Timeouts,
    pub allow_plaintext: bool,
    pub show_secrets: bool,
    pub credentials: Option<ProbeCredentials>,
}

impl ProbePlan {
    /// The same probe of another target, ending within `total`; `auto` TLS becomes implicit on
    /// the implicit-TLS ports, as for one target.
    pub fn for_target(&self, target: Target, total: std::time::Duration) -> ProbePlan {
        ProbePlan {
            tls: crate::probe::target::effective_tls(&target, self.tls),
            target,
            protocol: self.protocol,
            helo: self.helo.clone(),
            tls_settings: self.tls_settings.clone(),
            timeouts: Timeouts { total, ..self.timeouts },
            allow_plaintext: self.allow_plaintext,
            show_secrets: self.show_secrets,
            credentials: self.credentials.as_ref().map(|c| ProbeCredentials {
                user: c.user.clone(),
                secret: Password::from_bytes(c.secret.as_bytes()),
                authzid: c.authzid.clone(),
                mechanism: c.mechanism.clone(),
                all: c.all,
            }),
        }
    }
}

pub struct ProbeCredentials {
    pub user: String,
    pub secret: Password,
    pub authzid: String,
    /// One mechanism, or every advertised one (`None` with `all`), or the strongest (`None`).
    pub mechanism: Option<String>,
    pub all: bool,
}

/// Mechanisms probed per TLS phase (safe probe) or tried (`--all-mechs`). Real servers offer
/// fewer than twenty; a server advertising thousands would otherwise cost a session per eight.
pub const MAX_MECHANISMS: usize = 64;

/// One probe's fixed inputs: the plan, the TLS configuration, and when every session must end.
struct Run<'a> {
    plan: &'a ProbePlan,
    config: Arc<rustls::ClientConfig>,
    deadline: std::time::Instant,
}

pub fn probe(plan: &ProbePlan) -> Result<ProbeReport, ProbeError> {
    probe_with(plan, client_config(&plan.tls_settings)?)
}

/// [`probe`] with a TLS configuration built once for many probes (a fleet).
pub fn probe_with(plan: &ProbePlan, config: Arc<rustls::ClientConfig>) -> Result<ProbeReport, ProbeError> {
    let run = Run { plan, config, deadline: std::time::Instant::now() + plan.timeouts.total };
    // With one named mechanism, one session does it all: capabilities, TLS and the attempt.
    if let Some(creds) = plan.credentials.as_ref().filter(|c| c.mechanism.is_some() && !c.all) {
        return authenticate_in_one_session(&run, creds);
    }
    // A safe probe's first session learns the capabilities and probes the first mechanisms of
    // the last phase too: one session (and its greeting, EHLO and TLS handshake) fewer.
    let goal = match plan.credentials {
        Some(_) => Goal::Capabilities,
        None => Goal::CapabilitiesThenProbe(plan.protocol.probes_per_session()),
    };
    let first = session(&run, plan.tls, goal)?;
    let probed_first = first.record.probes.len();
    let mut report = ProbeReport {
        target: plan.target.describe(),
        address: first.address.clone(),
        protocol: plan.protocol.name().to_string(),
        tls_mode: plan.tls.name().to_string(),
        banner: first.record.banner.clone(),
        phases: first.record.phases.clone(),
        tls: first.tls.clone(),
        timings: first.record.timings.clone(),
        safe_probe: first.record.probes.clone(),
        ..ProbeReport::default()
    };
    let mut starttls_refused = first.record.starttls_refused.clone();
    let mut odd_auth_reply = first.record.odd_auth_reply.clone();
    report.transcripts.push(first.record.transcript.clone());
    if let Some(outcome) = first.record.outcome.clone().filter(|o| *o != Outcome::Completed) {
        report.stopped = Some((&outcome).into());
    } else if let Some(creds) = &plan.credentials {
        authenticate(&run, creds, &mut report, &mut odd_auth_reply)?;
    } else {
        safe_probe(&run, &mut report, probed_first, &mut odd_auth_reply, &mut starttls_refused)?;
    }
    report.compute_findings(plan.tls_settings.insecure, starttls_refused, odd_auth_reply);
    if let Some(most) = report.phases.iter().map(|p| p.capabilities.all_mechanisms().len()).max() {
        if most > MAX_MECHANISMS {
            report.findings.push(Finding {
                id: FindingId::TooManyMechanisms,
                message: format!(
                    "the server advertises {most} mechanisms; only the first {MAX_MECHANISMS} were probed"
                ),
            });
        }
    }
    report.conclude();
    Ok(report)
}

fn authenticate_in_one_session(run: &Run<'_>, creds: &ProbeCredentials) -> Result<ProbeReport, ProbeError> {
    let plan = run.plan;
    let name = creds.mechanism.as_deref().unwrap_or_default().to_ascii_uppercase();
    let client = client_for(&name, credentials(plan, creds))
        .map_err(|e| ProbeError::Mechanism { mechanism: name.clone(), reason: e.to_string() })?
        .ok_or_else(|| ProbeError::Mechanism {
            mechanism: name.clone(),
            reason: "not a mechanism saslkit speaks".into(),
        })?;
    let started = std::time::Instant::now();
    let finished = session(run, plan.tls, Goal::Authenticate(client))?;
    let micros = started.elapsed().as_micros();
    let record = finished.record;
    let mut report = ProbeReport {
        target: plan.target.describe(),
        address: finished.address.clone(),
        protocol: plan.protocol.name().to_string(),
        tls_mode: plan.tls.name().to_string(),
        banner: record.banner.clone(),
        phases: record.phases.clone(),
        tls: finished.tls,
        timings: record.timings.clone(),
        transcripts: vec![record.transcript.clone()],
        ..ProbeReport::default()
    };
    match record.outcome.clone() {
        Some(stopped @ (Outcome::StarttlsUnavailable { .. } | Outcome::Refused { .. })) => {
            report.stopped = Some((&stopped).into())
        }
        outcome => {
            let outcome =
                outcome.unwrap_or(Outcome::ProtocolError { reason: "the session ended early".into() });
            report.attempts.push(Attempt::new(name, &outcome, micros));
        }
    }
    report.compute_findings(
        plan.tls_settings.insecure,
        record.starttls_refused.clone(),
        record.odd_auth_reply.clone(),
    );
    report.conclude();
    Ok(report)
}

fn credentials(plan: &ProbePlan, creds: &ProbeCredentials) -> Credentials {
    Credentials {
        user: creds.user.clone(),
        secret: Password::from_bytes(creds.secret.as_bytes()),
        authzid: creds.authzid.clone(),
        host: plan.target.host.clone(),
        port: plan.target.port,
    }
}

fn session(run: &Run<'_>, tls: TlsMode, goal: Goal) -> Result<Finished, ProbeError> {
    let plan = run.plan;
    let options = Options {
        protocol: plan.protocol,
        helo: plan.helo.clone(),
        tls,
        allow_plaintext: plan.allow_plaintext,
        show_secrets: plan.show_secrets,
    };
    let session = Session::new(options, goal);
    driver::run(&plan.target, session, &run.config, plan.tls_settings.insecure, plan.timeouts, run.deadline)
}

/// Each mechanism of every phase started and cancelled, in sessions of that phase; the first
/// session probed the first `probed_first` of the last phase already.
fn safe_probe(
    run: &Run<'_>,
    report: &mut ProbeReport,
    probed_first: usize,
    odd_auth_reply: &mut Option<String>,
    starttls_refused: &mut Option<String>,
) -> Result<(), ProbeError> {
    let plan = run.plan;
    for phase in report.phases.clone() {
        let tls = match (phase.tls, plan.tls) {
            (false, TlsMode::Implicit) => continue,
            (false, _) => TlsMode::None,
            (true, TlsMode::Implicit) => TlsMode::Implicit,
            (true, _) => TlsMode::Starttls,
        };
        let mut mechanisms = phase.capabilities.all_mechanisms();
        mechanisms.truncate(MAX_MECHANISMS);
        if Some(&phase) == report.phases.last() {
            mechanisms.drain(..probed_first.min(mechanisms.len()));
        }
        for chunk in mechanisms.chunks(plan.protocol.probes_per_session()) {
            let finished = session(run, tls, Goal::SafeProbe(chunk.to_vec()))?;
            report.safe_probe.extend(finished.record.probes);
            if odd_auth_reply.is_none() {
                *odd_auth_reply = finished.record.odd_auth_reply;
            }
            if starttls_refused.is_none() {
                *starttls_refused = finished.record.starttls_refused;
            }
            report.transcripts.push(finished.record.transcript);
        }
    }
    // Phase order: what was probed before TLS first.
    report.safe_probe.sort_by_key(|p| p.tls);
    Ok(())
}

fn authenticate(
    run: &Run<'_>,
    creds: &ProbeCredentials,
    report: &mut ProbeReport,
    odd_auth_reply: &mut Option<String>,
) -> Result<(), ProbeError> {
    let plan = run.plan;
    let offered = report.phases.last().map(|p| p.capabilities.all_mechanisms()).unwrap_or_default();
    // The -PLUS variants need the TLS session: without TLS they are not candidates.
    let tls = report.phases.last().is_some_and(|p| p.tls);
    let offered: Vec<String> = offered.into_iter().filter(|m| tls || !m.ends_with("-PLUS")).collect();
    let mechanisms: Vec<String> = match (&creds.mechanism, creds.all) {
        (Some(mech), _) => vec![mech.to_ascii_uppercase()],
        (None, true) => offered
            .iter()
            .filter(|m| BY_STRENGTH.contains(&m.as_str()))
            .take(MAX_MECHANISMS)
            .cloned()
            .collect(),
        (None, false) => BY_STRENGTH
            .iter()
            .find(|m| offered.iter().any(|o| o == *m))
            .map(|m| vec![m.to_string()])
            .unwrap_or_default(),
    };
    if mechanisms.is_empty() {
        let (mechanism, reason) = if !offered.is_empty() {
            let any = format!("any of {}", offered.join(" "));
            (any.clone(), any)
        } else if report.offers_no_auth() {
            ("AUTH".to_string(), report.no_auth_message())
        } else {
            ("AUTH".to_string(), "AUTH".to_string())
        };
        report.attempts.push(Attempt::new(mechanism, &Outcome::NotOffered { mechanism: reason }, 0));
        return Ok(());
    }
    for name in mechanisms {
        let credentials = credentials(plan, creds);
        let Some(client) = client_for(&name, credentials)
            .map_err(|e| ProbeError::Mechanism { mechanism: name.clone(), reason: e.to_string() })?
        else {
            let outcome =
                Outcome::NotOffered { mechanism: format!("{name} (not a mechanism saslkit speaks)") };
            report.attempts.push(Attempt::new(name.clone(), &outcome, 0));
            continue;
        };
        let started = std::time::Instant::now();
        let finished = session(run, plan.tls, Goal::Authenticate(client))?;
        let outcome = finished
            .record
            .outcome
            .clone()
            .unwrap_or(Outcome::ProtocolError { reason: "the session ended early".into() });
        if odd_auth_reply.is_none() {
            *odd_auth_reply = finished.record.odd_auth_reply.clone();
        }
        report.attempts.push(Attempt::new(name, &outcome, started.elapsed().as_micros()));
        report.transcripts.push(finished.record.transcript);
    }
    Ok(())
}
