//! The human form of a probe report.

use crate::commands::Ctx;
use crate::probe::fleet::{FleetEntry, FleetSummary};
use crate::probe::report::ProbeReport;

pub fn print(ctx: &Ctx, report: &ProbeReport, transcript: bool) {
    let p = &ctx.printer;
    p.line(&format!("target:  {} ({})", report.target, report.address));
    p.line(&format!("banner:  {}", report.banner.as_deref().unwrap_or("-")));
    if let Some(tls) = &report.tls {
        p.line(&format!("TLS:     {} {}, certificate {}", tls.protocol, tls.cipher, tls.verification));
        p.line(&format!("         subject {}; issuer {}", tls.subject, tls.issuer));
        p.line(&format!(
            "         names {}; valid {} to {}",
            tls.subject_alt_names.join(", "),
            tls.not_before,
            tls.not_after
        ));
    }
    // The pre-standard AUTH= list exists only in SMTP: its column only when a server sent one.
    let auth_equals = report.phases.iter().any(|ph| ph.capabilities.auth_equals.is_some());
    let phases: Vec<Vec<String>> = report
        .phases
        .iter()
        .map(|ph| {
            let caps = &ph.capabilities;
            let mut row = vec![
                if ph.tls { "after TLS" } else { "before TLS" }.to_string(),
                caps.auth.join(" "),
                if caps.starttls { "yes" } else { "no" }.to_string(),
                caps.plaintext_login.clone().unwrap_or_else(|| "-".into()),
            ];
            if auth_equals {
                row.insert(2, caps.auth_equals.as_ref().map(|m| m.join(" ")).unwrap_or_else(|| "-".into()));
            }
            row
        })
        .collect();
    let mut header = vec!["phase", "mechanisms", "STARTTLS", "password login"];
    if auth_equals {
        header.insert(2, "AUTH=");
    }
    p.table(&header, &phases);
    if !report.safe_probe.is_empty() {
        let rows: Vec<Vec<String>> = report
            .safe_probe
            .iter()
            .map(|pr| {
                let phase = if pr.tls { "after TLS" } else { "before TLS" };
                let answer = if pr.proceeds {
                    format!("proceeds ({})", pr.status)
                } else {
                    format!("refuses ({})", pr.status)
                };
                vec![pr.mechanism.clone(), phase.into(), answer]
            })
            .collect();
        p.table(&["mechanism", "phase", "server"], &rows);
    }
    if !report.attempts.is_empty() {
        let rows: Vec<Vec<String>> = report
            .attempts
            .iter()
            .map(|a| {
                let status = a.result.status.clone().unwrap_or_else(|| "-".into());
                let code = a.result.code.clone().unwrap_or_else(|| "-".into());
                vec![
                    a.mechanism.clone(),
                    a.result.describe(),
                    status,
                    code,
                    format!("{:.1} ms", a.micros as f64 / 1000.0),
                ]
            })
            .collect();
        p.table(&["mechanism", "result", "status", "code", "time"], &rows);
    }
    if let Some(stopped) = &report.stopped {
        p.line(&format!("stopped: {}", stopped.describe()));
    }
    for finding in &report.findings {
        p.line(&format!("finding: {} [{}]", finding.message, finding.id.name()));
    }
    if transcript {
        for (n, session) in report.transcripts.iter().enumerate() {
            p.line(&format!("--- session {}", n + 1));
            for line in session {
                p.line(&format!("{}: {}", line.from, line.text));
            }
        }
    }
}

/// A fleet: one row per target, in the order they finished, then the summary line.
pub fn print_fleet(ctx: &Ctx, entries: &[FleetEntry], summary: &FleetSummary) {
    let rows: Vec<Vec<String>> = entries.iter().map(fleet_row).collect();
    ctx.printer.table(
        &["target", "reachable", "TLS", "before TLS", "after TLS", "result", "findings", "time"],
        &rows,
    );
    ctx.printer.line(&format!(
        "{} targets, {} reachable, {} failed, {:.1} s: {}",
        summary.targets,
        summary.reachable,
        summary.failed,
        summary.micros as f64 / 1e6,
        summary.exit.message
    ));
}

fn fleet_row(entry: &FleetEntry) -> Vec<String> {
    let target = match &entry.address {
        Some(address) if !entry.target.ends_with(address.as_str()) => format!("{} ({address})", entry.target),
        _ => entry.target.clone(),
    };
    let reachable = if entry.reachable { "yes" } else { "no" }.to_string();
    let time = format!("{:.1} ms", entry.micros as f64 / 1000.0);
    let Some(report) = &entry.report else {
        let error = entry.error.as_ref().map(|e| e.message.clone()).unwrap_or_default();
        return vec![target, reachable, "-".into(), "-".into(), "-".into(), error, "-".into(), time];
    };
    let tls = match &report.tls {
        Some(tls) => format!("{} {}", tls.protocol, tls.verification),
        None => "none".into(),
    };
    let mechanisms = |tls: bool| {
        report
            .phases
            .iter()
            .find(|p| p.tls == tls)
            .map(|p| p.capabilities.all_mechanisms().join(" "))
            .unwrap_or_else(|| "-".into())
    };
    let findings: Vec<String> = report.findings.iter().map(|f| f.id.name()).collect();
    let result = if entry.failed && !entry.failures.is_empty() {
        format!("{} (failed: {})", report.exit.message, entry.failures.join(", "))
    } else {
        report.exit.message.clone()
    };
    vec![target, reachable, tls, mechanisms(false), mechanisms(true), result, findings.join(" "), time]
}
