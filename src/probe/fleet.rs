//! Many targets at once: a bounded pool of threads, each running whole probes (`run.rs`) for
//! the next target, results handed back as each finishes. A target that hangs holds one worker
//! until its own time limits end it; the fleet's deadline bounds every probe, and a target not
//! started by then is reported as such.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Arc};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use crate::error::{CliError, HasKind, Kind};
use crate::probe::error::ProbeError;
use crate::probe::report::{ExitSummary, FindingId, ProbeReport};
use crate::probe::run::{probe_with, ProbePlan};
use crate::probe::target::Target;
use crate::probe::tls::client_config;

/// What happened to one target.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FleetEntry {
    /// `host:port` as given (an MX host by its name).
    pub target: String,
    /// The address connected to, when known.
    pub address: Option<String>,
    /// A TCP connection was made (the probe may still have failed after it).
    pub reachable: bool,
    pub failed: bool,
    /// Why it failed: `error`, `result` (a rejected or stopped probe), or the --fail-on ids found.
    pub failures: Vec<String>,
    pub micros: u128,
    pub report: Option<ProbeReport>,
    /// The probe could not finish: the exit code it would have had, its kind and why.
    pub error: Option<ExitSummary>,
}

impl FleetEntry {
    /// An `--mx` host without addresses: reported, not probed.
    pub fn unknown_host(host: &str, port: u16) -> FleetEntry {
        failed_entry(format!("{host}:{port}"), None, false, ProbeError::HostUnknown(host.to_string()), 0)
    }
}

/// The whole fleet's result.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FleetSummary {
    pub targets: usize,
    pub reachable: usize,
    pub failed: usize,
    pub micros: u128,
    pub exit: ExitSummary,
}

impl FleetSummary {
    /// The exit code's kind, `None` for success: 69 none was reachable, 1 some failed.
    pub fn kind(&self) -> Option<Kind> {
        if self.targets > 0 && self.reachable == 0 {
            Some(Kind::Unavailable)
        } else if self.failed > 0 {
            Some(Kind::Negative)
        } else {
            None
        }
    }
}

/// One line of `--format jsonl`: a target as it finishes, then the summary.
#[derive(Debug, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum FleetLine {
    Target(Box<FleetEntry>),
    Summary(FleetSummary),
}

pub struct Fleet<'a> {
    /// Every target's plan but the target (and its deadline, the fleet's).
    pub plan: &'a ProbePlan,
    pub targets: Vec<Target>,
    /// Targets that could not be resolved, already reported (an MX host without addresses).
    pub unresolved: Vec<FleetEntry>,
    pub jobs: usize,
    pub fail_on: Vec<FindingId>,
}

impl Fleet<'_> {
    /// Probes every target, `jobs` at a time, calling `each` as each finishes (in that order).
    pub fn run(self, mut each: impl FnMut(&FleetEntry)) -> Result<FleetSummary, ProbeError> {
        let started = Instant::now();
        let deadline = started + self.plan.timeouts.total;
        let config = client_config(&self.plan.tls_settings)?;
        let mut summary = Tally::default();
        for entry in &self.unresolved {
            summary.add(entry);
            each(entry);
        }
        let next = AtomicUsize::new(0);
        let (sender, receiver) = mpsc::channel::<FleetEntry>();
        let workers = self.jobs.clamp(1, self.targets.len().max(1));
        std::thread::scope(|scope| {
            for _ in 0..workers {
                let sender = sender.clone();
                let (next, config, this) = (&next, config.clone(), &self);
                scope.spawn(move || loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(target) = this.targets.get(i) else { return };
                    if sender.send(this.probe_one(target, &config, deadline)).is_err() {
                        return;
                    }
                });
            }
            drop(sender);
            for entry in receiver {
                summary.add(&entry);
                each(&entry);
            }
        });
        Ok(summary.finish(started.elapsed().as_micros()))
    }

    fn probe_one(
        &self,
        target: &Target,
        config: &Arc<rustls::ClientConfig>,
        deadline: Instant,
    ) -> FleetEntry {
        let started = Instant::now();
        let name = target.describe();
        let remaining = deadline.saturating_duration_since(started);
        if remaining < Duration::from_millis(10) {
            let error = ProbeError::Timeout(crate::probe::error::Waiting::Deadline(
                self.plan.timeouts.total.as_secs(),
            ));
            return failed_entry(name, target.address.map(|a| a.to_string()), false, error, 0);
        }
        let plan = self.plan.for_target(target.clone(), remaining);
        let micros = || started.elapsed().as_micros();
        match probe_with(&plan, config.clone()) {
            Ok(report) => {
                let mut failures: Vec<String> = report
                    .findings
                    .iter()
                    .filter(|f| self.fail_on.contains(&f.id))
                    .map(|f| f.id.name())
                    .collect();
                failures.dedup();
                // Without credentials a server that offers no AUTH is a finding (`no-auth`), not a
                // failure; a refused attempt or a stopped session is.
                if report.exit.code != 0 && (self.plan.credentials.is_some() || report.stopped.is_some()) {
                    failures.insert(0, "result".into());
                }
                FleetEntry {
                    target: name,
                    address: Some(report.address.clone()),
                    reachable: true,
                    failed: !failures.is_empty(),
                    failures,
                    micros: micros(),
                    report: Some(report),
                    error: None,
                }
            }
            Err(error) => {
                let reachable = !matches!(error, ProbeError::Connect { .. } | ProbeError::HostUnknown(_));
                failed_entry(name, target.address.map(|a| a.to_string()), reachable, error, micros())
            }
        }
    }
}

/// The entry of a target whose probe ended with `error`: its message and causes as the
/// command-line error would give them, on one line.
fn failed_entry<E: HasKind + std::error::Error + Send + Sync + 'static>(
    target: String,
    address: Option<String>,
    reachable: bool,
    error: E,
    micros: u128,
) -> FleetEntry {
    let error = CliError::from(error);
    let kind = error.kind;
    let message = std::iter::once(error.message).chain(error.causes).collect::<Vec<_>>().join(": ");
    FleetEntry {
        target,
        address,
        reachable,
        failed: true,
        failures: vec!["error".into()],
        micros,
        report: None,
        error: Some(ExitSummary { code: kind.exit_code(), kind: kind.name().into(), message }),
    }
}

#[derive(Default)]
struct Tally {
    targets: usize,
    reachable: usize,
    failed: usize,
}

impl Tally {
    fn add(&mut self, entry: &FleetEntry) {
        self.targets += 1;
        self.reachable += usize::from(entry.reachable);
        self.failed += usize::from(entry.failed);
    }

    fn finish(self, micros: u128) -> FleetSummary {
        let mut summary = FleetSummary {
            targets: self.targets,
            reachable: self.reachable,
            failed: self.failed,
            micros,
            exit: ExitSummary::default(),
        };
        let kind = summary.kind().unwrap_or(Kind::Success);
        let message = match kind {
            Kind::Unavailable => format!("none of {} targets was reachable", self.targets),
            Kind::Negative => format!("{} of {} targets failed", self.failed, self.targets),
            _ => format!("{} targets probed, none failed", self.targets),
        };
        summary.exit = ExitSummary { code: kind.exit_code(), kind: kind.name().into(), message };
        summary
    }
}
