//! `saslkit probe HOST[:PORT]`

use std::time::Duration;

use crate::cli::{ProbeArgs, ProbeProtocol};
use crate::commands::auth::read_auth_password;
use crate::commands::Ctx;
use crate::error::{CliError, CliResult};
use crate::output::Format;
use crate::probe::driver::{Target, Timeouts};
use crate::probe::machine::TlsMode;
use crate::probe::run::{probe, ProbeCredentials, ProbePlan};
use crate::probe::tls::TlsSettings;
use crate::sasldb::user::default_realm;
use crate::secrets::password::Password;

pub fn cmd_probe(ctx: &Ctx, args: &ProbeArgs) -> CliResult {
    let tls = TlsMode::from(args.tls);
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
    let target = parse_target(args, tls)?;
    let tls = crate::probe::target::effective_tls(&target, tls);
    let plan = ProbePlan {
        target,
        helo: args.helo.clone().unwrap_or_else(default_realm),
        lmtp: args.protocol == ProbeProtocol::Lmtp,
        tls,
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
    let report = probe(&plan)?;
    match args.output.format {
        Format::Json => ctx.printer.json(&report),
        Format::Human => crate::commands::render::probe::print(ctx, &report, args.transcript),
    }
    match report.kind() {
        None => Ok(()),
        Some(kind) => Err(CliError::new(kind, report.exit.message.clone())),
    }
}

/// EXTERNAL (the client certificate speaks) and ANONYMOUS need no password: none is asked for.
fn read_secret_unless_needless(ctx: &Ctx, args: &ProbeArgs) -> CliResult<Password> {
    match args.mech.as_deref().map(str::to_ascii_uppercase).as_deref() {
        Some("EXTERNAL" | "ANONYMOUS") => Ok(Password::from_bytes(b"")),
        _ => read_auth_password(ctx, &args.password),
    }
}

fn parse_target(args: &ProbeArgs, tls: TlsMode) -> CliResult<Target> {
    let family = match (args.ipv4, args.ipv6) {
        (true, _) => Some(4),
        (_, true) => Some(6),
        _ => None,
    };
    Ok(args.target.resolve(args.protocol == ProbeProtocol::Lmtp, tls, family)?)
}
