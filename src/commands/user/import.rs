//! `saslkit user import FILE|-`: all users in one write transaction; nothing written when a line
//! is bad (unless --skip-bad).

use std::io::Read;
use std::os::unix::fs::PermissionsExt;

use serde::Serialize;
use zeroize::Zeroizing;

use crate::cli::{ImportFormat, SecretArgs, UserImportArgs};
use crate::commands::{build_records, check_secret_args, Ctx};
use crate::error::{CliError, CliResult, Kind};
use crate::output::{count, Format};
use crate::sasldb::import::{parse, BadLine, Entry, InputFormat};
use crate::sasldb::ops::{set_user_in, Records, SetMode};
use crate::sasldb::store::Access;
use crate::sasldb::user::default_realm;

#[derive(Serialize, Default)]
struct ImportReport {
    dry_run: bool,
    created: usize,
    updated: usize,
    bad: Vec<BadLine>,
}

pub fn cmd_user_import(ctx: &Ctx, args: &UserImportArgs) -> CliResult {
    check_secret_args(ctx, &args.secrets)?;
    let (name, input) = read_input(ctx, args)?;
    let parsed = parse(&input, input_format(args), args.realm.as_deref(), &default_realm());
    for bad in &parsed.bad {
        ctx.printer.warn(&format!("{name}, line {}: {}", bad.line, bad.reason));
    }
    if !parsed.bad.is_empty() && !args.skip_bad {
        return Err(CliError::new(
            Kind::DataErr,
            format!("{name}: {}; nothing was written", count(parsed.bad.len(), "bad line")),
        )
        .with_hint("fix those lines, or add --skip-bad to import the good ones"));
    }
    let realms: std::collections::BTreeSet<&[u8]> =
        parsed.entries.iter().map(|e| e.user.realm.as_slice()).collect();
    realms.into_iter().for_each(|realm| ctx.warn_if_not_fqdn(realm));
    let records = derive_all(ctx, &parsed.entries, &args.secrets)?;
    let mut report = ImportReport { dry_run: args.dry_run, bad: parsed.bad, ..ImportReport::default() };
    write_all(ctx, args.dry_run, &parsed.entries, &records, &mut report)?;
    print_report(ctx, &name, args.output.format, &report);
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
        std::io::stdin()
            .read_to_end(&mut input)
            .map_err(|err| CliError::new(Kind::IoErr, format!("standard input: {err}")))?;
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

/// Turns each password into its records; SCRAM's PBKDF2 runs on every core.
fn derive_all(ctx: &Ctx, entries: &[Entry], secrets: &SecretArgs) -> CliResult<Vec<Records>> {
    let bar = ctx.printer.progress(entries.len() as u64, "deriving secrets");
    let threads = if secrets.scram.is_some() { crate::parallel::cores() } else { 1 };
    let all = crate::parallel::map_in_order(entries, threads, |entry| {
        build_records(&entry.password, secrets).inspect(|_| bar.inc(1))
    });
    bar.finish_and_clear();
    all
}

fn write_all(
    ctx: &Ctx,
    dry_run: bool,
    entries: &[Entry],
    records: &[Records],
    report: &mut ImportReport,
) -> CliResult {
    if dry_run {
        return count_existing(ctx, entries, report);
    }
    let db = ctx.open_db(Access::Write)?;
    let bar = ctx.printer.progress(entries.len() as u64, "writing");
    db.write(&mut |txn| {
        (report.created, report.updated) = (0, 0);
        for (entry, records) in entries.iter().zip(records) {
            let outcome = set_user_in(txn, &entry.user, records, SetMode::Upsert)?;
            *(if outcome.created { &mut report.created } else { &mut report.updated }) += 1;
            bar.inc(1);
        }
        Ok(())
    })?;
    bar.finish_and_clear();
    Ok(())
}

fn count_existing(ctx: &Ctx, entries: &[Entry], report: &mut ImportReport) -> CliResult {
    let existing = match ctx.open_db(Access::Read) {
        Ok(db) => Some(db),
        Err(err) if err.kind == Kind::NoInput => None,
        Err(err) => return Err(err),
    };
    for entry in entries {
        let exists = match &existing {
            Some(db) => crate::sasldb::ops::get_user(db.as_ref(), &entry.user)?.is_some(),
            None => false,
        };
        *(if exists { &mut report.updated } else { &mut report.created }) += 1;
    }
    Ok(())
}

fn print_report(ctx: &Ctx, name: &str, format: Format, report: &ImportReport) {
    match format {
        Format::Json => ctx.printer.json(report),
        Format::Human => {
            let verb = if report.dry_run { "would import" } else { "imported" };
            let skipped = if report.bad.is_empty() {
                String::new()
            } else {
                format!(", {} skipped", count(report.bad.len(), "bad line"))
            };
            ctx.printer.status(&format!(
                "{name}: {verb} {} ({} created, {} updated{skipped})",
                count(report.created + report.updated, "user"),
                report.created,
                report.updated
            ));
        }
    }
}
