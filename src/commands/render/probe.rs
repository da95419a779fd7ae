//! The human form of a probe report.

use crate::commands::Ctx;
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
    let phases: Vec<Vec<String>> = report
        .phases
        .iter()
        .map(|ph| {
            let caps = &ph.capabilities;
            vec![
                if ph.tls { "after TLS" } else { "before TLS" }.to_string(),
                caps.auth.join(" "),
                caps.auth_equals.as_ref().map(|m| m.join(" ")).unwrap_or_else(|| "-".into()),
                if caps.starttls { "yes" } else { "no" }.to_string(),
            ]
        })
        .collect();
    p.table(&["phase", "AUTH", "AUTH=", "STARTTLS"], &phases);
    if !report.safe_probe.is_empty() {
        let rows: Vec<Vec<String>> = report
            .safe_probe
            .iter()
            .map(|pr| {
                let phase = if pr.tls { "after TLS" } else { "before TLS" };
                let answer =
                    if pr.proceeds { "proceeds (334)".to_string() } else { format!("refuses ({})", pr.code) };
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
                let code = a.result.code.map(|c| c.to_string()).unwrap_or_else(|| "-".into());
                let enhanced = a.enhanced_code.clone().unwrap_or_else(|| "-".into());
                vec![
                    a.mechanism.clone(),
                    a.result.describe(),
                    code,
                    enhanced,
                    format!("{:.1} ms", a.micros as f64 / 1000.0),
                ]
            })
            .collect();
        p.table(&["mechanism", "result", "code", "enhanced", "time"], &rows);
    }
    if let Some(stopped) = &report.stopped {
        p.line(&format!("stopped: {}", stopped.describe()));
    }
    for finding in &report.findings {
        p.line(&format!("finding: {finding}"));
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
