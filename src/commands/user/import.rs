//! `saslkit user import FILE|-`: all users in one write transaction; nothing written when a line
//! is bad (unless --skip-bad).

use std::io::Read;
use std::os::unix::fs::PermissionsExt;

use zeroize::Zeroizing;

use crate::cli::{ImportFormat, UserImportArgs};
use crate::commands::{check_secret_args, secret_choice, Ctx};
use crate::error::{CliError, CliResult, Kind};
use crate::output::{count, Format};
use crate::sasldb::import::{count_existing, derive_all, parse, write_all, ImportReport, InputFormat};
use crate::sasldb::store::Access;
use crate::sasldb::user::default_realm;

pub fn cmd_user_import(ctx: &Ctx, args: &UserImportArgs) -> CliResult {
    check_secret_args(ctx, &args.secrets)?;
    let (name, input) = read_input(ctx, args)?;
    let parsed = parse(&input, input_format(args), args.realm.as_deref(), &default_realm());
    for bad in &parsed.bad {
        ctx.printer.warn(&format!("{name}, line {}: {}", bad.line, bad.reason));
    }
    if !parsed.bad.is_empty() && !args.skip_bad {
        let message = format!("{name}: {}; nothing was written", count(parsed.bad.len(), "bad line"));
        return Err(CliError::new(Kind::DataErr, message)
            .with_hint("fix those lines, or add --skip-bad to import the good ones"));
    }
    let realms: std::collections::BTreeSet<&[u8]> =
        parsed.entries.iter().map(|e| e.user.realm.as_slice()).collect();
    realms.into_iter().for_each(|realm| ctx.warn_if_not_fqdn(realm));
    let bar = ctx.printer.progress(parsed.entries.len() as u64, "deriving secrets");
    let records = derive_all(&parsed.entries, secret_choice(&args.secrets), &|| bar.inc(1))?;
    bar.finish_and_clear();
    let mut report = ImportReport { dry_run: args.dry_run, bad: parsed.bad, ..ImportReport::default() };
    if args.dry_run {
        let existing = ctx.open_db_if_exists(Access::Read)?;
        count_existing(existing.as_deref(), &parsed.entries, &mut report)?;
    } else {
        let bar = ctx.printer.progress(parsed.entries.len() as u64, "writing");
        write_all(ctx.open_db(Access::Write)?.as_ref(), &parsed.entries, &records, &mut report, &|| {
            bar.inc(1)
        })?;
        bar.finish_and_clear();
    }
    match args.output.format {
        Format::Json => ctx.printer.json(&report),
        Format::Human => ctx.printer.status(&summary(&name, &report)),
    }
    Ok(())
}

fn input_format(args: &UserImportArgs) -> InputFormat {
    match args.input_format {
        Some(ImportFormat::Csv) => InputFormat::Csv,
        Some(ImportFormat::Tsv) => InputFormat::Tsv,
        None if args.file.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv")) => InputFormat::Csv,
        None => InputFormat::Tsv,
    }
}

fn read_input(ctx: &Ctx, args: &UserImportArgs) -> CliResult<(String, Zeroizing<Vec<u8>>)> {
    let mut input = Zeroizing::new(Vec::new());
    if args.file.as_os_str() == "-" {
        let stdin_error = |err| CliError::new(Kind::IoErr, format!("standard input: {err}"));
        std::io::stdin().read_to_end(&mut input).map_err(stdin_error)?;
        return Ok(("<stdin>".into(), input));
    }
    let name = args.file.display().to_string();
    let open_error = |err: std::io::Error| CliError::new(Kind::of_io(&err), format!("{name}: {err}"));
    let mut file = crate::fs_safe::open_regular(&args.file).map_err(open_error)?;
    if file.metadata().map(|m| m.permissions().mode() & 0o044 != 0).unwrap_or(false) {
        ctx.printer
            .warn(&format!("{name} holds plaintext passwords and other users may read it (chmod 600)"));
    }
    file.read_to_end(&mut input).map_err(open_error)?;
    Ok((name, input))
}

fn summary(name: &str, report: &ImportReport) -> String {
    let verb = if report.dry_run { "would import" } else { "imported" };
    let skipped = match report.bad.len() {
        0 => String::new(),
        bad => format!(", {} skipped", count(bad, "bad line")),
    };
    let users = count(report.created + report.updated, "user");
    format!("{name}: {verb} {users} ({} created, {} updated{skipped})", report.created, report.updated)
}
