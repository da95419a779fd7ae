//! `saslkit probe HOST[:PORT] [--protocol smtp|lmtp|imap|pop3|sieve]`, and fleets: several
//! targets, `--targets FILE`, `--mx DOMAIN`.

use std::time::Duration;

use crate::cli::{ProbeArgs, ProbeFormat};
use crate::commands::auth::read_auth_password;
use crate::commands::Ctx;
use crate::error::{CliError, CliResult, Kind};
use crate::probe::driver::{Target, Timeouts};
use crate::probe::fleet::{Fleet, FleetEntry, FleetLine};
use crate::probe::machine::TlsMode;
use crate::probe::mx::Resolver;
use crate::probe::run::{probe, ProbeCredentials, ProbePlan};
use crate::probe::target::{TargetError, TargetSpec};
use crate::probe::tls::TlsSettings;
use crate::sasldb::user::default_realm;
use crate::secrets::password::Password;

pub fn cmd_probe(ctx: &Ctx, args: &ProbeArgs) -> CliResult {
    if args.output.format == ProbeFormat::Jsonl {
        ctx.printer.use_json_lines();
    }
    let fleet = args.targets.len() > 1 || args.targets_file.is_some() || args.mx.is_some();
    let credentials = match &args.user {
        Some(user) => Some(ProbeCredentials {
            user: user.clone(),
            secret: read_secret_unless_needless(ctx, args)?,
            authzid: args.authzid.clone(),
            mechanism: args.mech.clone(),
            all: args.all_mechs,
        }),
        None => None,
    };
    let requested = TlsMode::from(args.tls);
    let first = match args.targets.first() {
        Some(spec) => resolve(args, spec)?,
        None => Target { host: String::new(), port: 0, socket: None, family: family(args), address: None },
    };
    let plan = ProbePlan {
        tls: if fleet { requested } else { crate::probe::target::effective_tls(&first, requested) },
        target: first,
        protocol: args.protocol.into(),
        helo: args.helo.clone().unwrap_or_else(default_realm),
        tls_settings: TlsSettings {
            ca_file: args.ca_file.clone(),
            insecure: args.insecure,
            client_cert: args.cert.clone().zip(args.key.clone()),
        },
        timeouts: Timeouts {
            step: Duration::from_secs(args.timeout.max(1)),
            session: Duration::from_secs(args.timeout.max(1) * 4),
            total: Duration::from_secs(args.deadline.max(1)),
        },
        allow_plaintext: args.allow_plaintext,
        show_secrets: args.show_secrets,
        credentials,
    };
    if fleet {
        return cmd_probe_fleet(ctx, args, &plan);
    }
    let report = probe(&plan)?;
    match args.output.format {
        ProbeFormat::Json | ProbeFormat::Jsonl => ctx.printer.json(&report),
        ProbeFormat::Human => crate::commands::render::probe::print(ctx, &report, args.transcript),
    }
    match report.kind() {
        None => Ok(()),
        Some(kind) => Err(CliError::new(kind, report.exit.message.clone())),
    }
}

/// Many targets: each probed as one would be, results as they finish, then the summary.
fn cmd_probe_fleet(ctx: &Ctx, args: &ProbeArgs, plan: &ProbePlan) -> CliResult {
    let mut targets = Vec::new();
    for spec in &args.targets {
        targets.push(resolve(args, spec)?);
    }
    if let Some(path) = &args.targets_file {
        if path.as_os_str() == "-" && args.password.password_stdin {
            return Err(CliError::usage("--targets - and --password-stdin both read standard input"));
        }
        for spec in read_targets(path)? {
            targets.push(resolve(args, &spec)?);
        }
    }
    let mut unresolved = Vec::new();
    if let Some(domain) = &args.mx {
        let (found, missing) = mail_targets(args, domain)?;
        targets.extend(found);
        unresolved.extend(missing);
    }
    if targets.is_empty() && unresolved.is_empty() {
        return Err(
            CliError::usage("no targets to probe").with_hint("list HOST[:PORT] targets, one per line")
        );
    }
    let total = (targets.len() + unresolved.len()) as u64;
    let progress = ctx.printer.progress(total, "probing");
    let fleet =
        Fleet { plan, targets, unresolved, jobs: usize::from(args.jobs), fail_on: args.fail_on.clone() };
    let mut entries: Vec<FleetEntry> = Vec::new();
    let summary = fleet.run(|entry| {
        progress.inc(1);
        if args.output.format == ProbeFormat::Jsonl {
            ctx.printer.json_line(&FleetLine::Target(Box::new(entry.clone())));
        } else {
            entries.push(entry.clone());
        }
    })?;
    progress.finish_and_clear();
    match args.output.format {
        ProbeFormat::Jsonl => ctx.printer.json_line(&FleetLine::Summary(summary.clone())),
        ProbeFormat::Json => ctx.printer.json(&serde_json::json!({ "targets": entries, "summary": summary })),
        ProbeFormat::Human => crate::commands::render::probe::print_fleet(ctx, &entries, &summary),
    }
    match summary.kind() {
        None => Ok(()),
        Some(kind) => Err(CliError::new(kind, summary.exit.message)),
    }
}

/// The MX hosts' addresses as targets; a host without addresses is an entry of its own.
fn mail_targets(args: &ProbeArgs, domain: &str) -> CliResult<(Vec<Target>, Vec<FleetEntry>)> {
    let resolver = Resolver::new(args.dns_server.as_deref(), Duration::from_secs(args.timeout.max(1)))?;
    let protocol: crate::probe::protocol::Protocol = args.protocol.into();
    let port = args.port.unwrap_or_else(|| protocol.default_port(args.tls == crate::cli::ProbeTls::Implicit));
    let (targets, unresolved) = crate::probe::mx::mail_targets(&resolver, domain, port, family(args))?;
    let missing = unresolved.iter().map(|host| FleetEntry::unknown_host(host, port)).collect();
    Ok((targets, missing))
}

/// The `--targets` list, from a file or standard input.
fn read_targets(path: &std::path::Path) -> CliResult<Vec<TargetSpec>> {
    let mut text = String::new();
    if path.as_os_str() == "-" {
        std::io::Read::read_to_string(&mut std::io::stdin(), &mut text)
            .map_err(|err| CliError::new(Kind::IoErr, format!("standard input: {err}")))?;
    } else {
        let file = crate::fs_safe::open_regular(path)
            .map_err(|err| CliError::new(Kind::NoInput, format!("{}: {err}", path.display())))?;
        std::io::Read::read_to_string(&mut std::io::Read::take(file, 64 << 20), &mut text)
            .map_err(|err| CliError::new(Kind::DataErr, format!("{}: {err}", path.display())))?;
    }
    crate::probe::target::parse_list(&text).map_err(|err| match err {
        TargetError::InList { line, error } => {
            CliError::new(Kind::DataErr, format!("{}:{line}: {error}", path.display()))
        }
        other => other.into(),
    })
}

/// EXTERNAL (the client certificate speaks) and ANONYMOUS need no password: none is asked for.
fn read_secret_unless_needless(ctx: &Ctx, args: &ProbeArgs) -> CliResult<Password> {
    match args.mech.as_deref().map(str::to_ascii_uppercase).as_deref() {
        Some("EXTERNAL" | "ANONYMOUS") => Ok(Password::from_bytes(b"")),
        _ => read_auth_password(ctx, &args.password),
    }
}

fn family(args: &ProbeArgs) -> Option<u8> {
    match (args.ipv4, args.ipv6) {
        (true, _) => Some(4),
        (_, true) => Some(6),
        _ => None,
    }
}

/// The target of a spec: --port for one given without a port, else the protocol's.
fn resolve(args: &ProbeArgs, spec: &TargetSpec) -> CliResult<Target> {
    let mut target = spec.resolve(args.protocol.into(), TlsMode::from(args.tls), family(args))?;
    if let (Some(port), false, None) = (args.port, spec.has_port(), &target.socket) {
        target.port = port;
    }
    Ok(target)
}
