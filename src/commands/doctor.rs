//! `saslkit doctor [server|client]`: exit 0 nothing fails, 1 something fails, 78/77 when the
//! configuration cannot be read.

use std::time::Duration;

use crate::cli::{DoctorArgs, DoctorSide};
use crate::commands::Ctx;
use crate::doctor::{diagnose, Options, Report, Side};
use crate::error::{CliError, CliResult, Kind};
use crate::output::{count, Format};
use crate::secrets::input::read_password;

pub fn cmd_doctor(ctx: &Ctx, args: &DoctorArgs) -> CliResult {
    let options = Options {
        config_dir: args.config.config_dir.clone(),
        sasl_config: args.sasl_config.clone(),
        side: match args.side {
            Some(DoctorSide::Server) => Side::Server,
            Some(DoctorSide::Client) => Side::Client,
            None => Side::Both,
        },
        live: args.live,
        // SASLKIT_POSTCONF names another postconf (a second Postfix build), or none when empty.
        postconf: match std::env::var_os("SASLKIT_POSTCONF") {
            Some(path) if path.is_empty() => None,
            Some(path) => Some(path.into()),
            None => crate::postfix::effective::find_postconf(),
        },
        timeout: Duration::from_secs(args.timeout.max(1)),
        credentials: match &args.user {
            Some(user) => Some((user.clone(), read_password(&(&args.password).into(), false)?)),
            None => None,
        },
    };
    if options.postconf.is_none() {
        ctx.printer
            .warn("postconf is not installed: main.cf is read with saslkit's table of Postfix's defaults");
    }
    let report = diagnose(&options)?;
    match args.output.format {
        Format::Json => ctx.printer.json(&report),
        Format::Human => print_human(ctx, &report),
    }
    let s = &report.summary;
    if s.fail > 0 {
        return Err(CliError::new(
            Kind::Negative,
            format!(
                "{} fail, {}: AUTH breaks until they are fixed",
                count(s.fail, "finding"),
                count(s.warn, "warning")
            ),
        ));
    }
    ctx.printer.status(&format!("nothing fails ({})", count(s.warn, "warning")));
    Ok(())
}

/// One table per service, failing findings first, each fix spelled out.
fn print_human(ctx: &Ctx, report: &Report) {
    ctx.printer.line(&format!("configuration: {} (values from {})", report.config_dir, report.values_from));
    let mut services: Vec<&str> = Vec::new();
    for finding in &report.findings {
        if !services.contains(&finding.service.as_str()) {
            services.push(&finding.service);
        }
    }
    for service in services {
        ctx.printer.line("");
        ctx.printer.line(service);
        let rows: Vec<Vec<String>> = report
            .findings
            .iter()
            .filter(|f| f.service == service)
            .map(|f| {
                let fix = match &f.command {
                    Some(command) => format!("{}\n$ {command}", f.fix),
                    None => f.fix.clone(),
                };
                vec![
                    f.severity.name().to_string(),
                    f.id.to_string(),
                    format!("{}: {}", f.subject, f.message),
                    fix,
                ]
            })
            .collect();
        ctx.printer.table(&["", "id", "finding", "fix"], &rows);
    }
}
