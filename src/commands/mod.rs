//! One file per subcommand; each is orchestration only. Shared steps live here.

mod auth;
mod db;
mod doctor;
mod generate;
pub mod hints;
pub mod listusers;
mod map;
mod probe;
mod realm;
mod render;
mod user;

use crate::cli::{Cli, Command, GlobalArgs, PasswordArgs, SasldbArgs, SecretArgs, UserArg};
use crate::error::{CliError, CliResult, Kind};
use crate::output::{Format, Printer};
use crate::sasldb::ops::{records_for, Records, SecretChoice, SetOutcome};
use crate::sasldb::store::Store;
use crate::sasldb::store::{Access, OpenOptions};
use crate::sasldb::user::{default_realm, is_fqdn};
use crate::sasldb::UserId;
use crate::secrets::input::{read_valid_password, PasswordSource};
use crate::secrets::password::Password;

/// What every command gets: the printer and, for the sasldb commands, which sasldb.
pub struct Ctx {
    pub printer: Printer,
    pub sasldb: SasldbArgs,
}

pub fn run(cli: Cli, format: Format) -> CliResult {
    let GlobalArgs { sasldb: before, quiet } = cli.global;
    // The sasldb options given after the command win over those given before it.
    let after = match &cli.command {
        Command::User(group) => group.sasldb.clone().into(),
        Command::Realm(group) => group.sasldb.clone().into(),
        Command::Db(group) => group.sasldb.clone().into(),
        Command::Listusers(args) => args.sasldb.clone().into(),
        _ => SasldbArgs::default(),
    };
    let ctx = Ctx { printer: Printer::new(quiet, format), sasldb: SasldbArgs::or(after, &before) };
    let result = match cli.command {
        Command::User(group) => user::run(&ctx, group.0.command),
        Command::Realm(group) => realm::run(&ctx, group.0.command),
        Command::Listusers(_) => listusers::cmd_listusers(&ctx),
        Command::Db(group) => db::run(&ctx, group.0.command),
        Command::Auth(command) => auth::run(&ctx, command.0),
        Command::Map(command) => map::run(&ctx, command.0),
        Command::Probe(args) => probe::cmd_probe(&ctx, &args),
        Command::Doctor(args) => doctor::cmd_doctor(&ctx, &args),
        Command::Generate(args) => generate::cmd_generate(&ctx, &args),
    };
    ctx.printer.flush();
    let result = result.map_err(with_hints);
    if let Err(err) = &result {
        ctx.printer.error(err);
    }
    result
}

/// The hints of the library error behind `err`, after any the command added itself.
fn with_hints(mut err: CliError) -> CliError {
    if let Some(origin) = &err.origin {
        err.hints.extend(hints::for_error(origin.as_ref()));
    }
    err
}

impl Ctx {
    /// `--db`, else the distribution's usual place.
    pub fn db_path(&self) -> std::path::PathBuf {
        self.sasldb.db.clone().unwrap_or_else(crate::sasldb::default_path)
    }

    /// How messages name the store: the Cyrus file it was taken from, or the `--db` path.
    pub fn db_label(&self) -> String {
        match &self.sasldb.sql.sasl_config {
            Some(conf) => conf.display().to_string(),
            None => self.db_path().display().to_string(),
        }
    }

    pub fn open_db(&self, access: Access) -> CliResult<Box<dyn Store>> {
        let map_size = self.sasldb.map_size.map(|kib| (kib as usize).saturating_mul(1024));
        if map_size.is_some() && access == Access::Write {
            self.printer.warn(
                "a grown map is only seen by Cyrus processes started afterwards: restart saslauthd and smtpd",
            );
        }
        let sql = self.sql_options();
        if let Some(conf) = &self.sasldb.sql.sasl_config {
            return Ok(crate::sasldb::configured::open_configured(
                conf,
                access,
                &OpenOptions { map_size, sql },
            )?);
        }
        let path = self.db_path();
        let new_file = crate::sasldb::installed::backend_for_new(&path, self.sasldb.backend.map(Into::into));
        Ok(crate::sasldb::open::open(&path, access, &OpenOptions { map_size, sql }, new_file)?)
    }

    /// The options of opening a store other than `--db` (db convert's source and target).
    pub fn open_options(&self) -> OpenOptions {
        OpenOptions { map_size: None, sql: self.sql_options() }
    }

    fn sql_options(&self) -> crate::sasldb::sql::SqlOptions {
        let sql = &self.sasldb.sql;
        crate::sasldb::sql::SqlOptions {
            sasl_config: sql.sasl_config.clone(),
            list_query: sql.sql_list.clone(),
            password_file: sql.db_password_file.clone(),
            ca_file: sql.db_ca_file.clone(),
        }
    }

    /// The sasldb, or `None` when the file does not exist yet (a dry run of an import).
    pub fn open_db_if_exists(&self, access: Access) -> CliResult<Option<Box<dyn Store>>> {
        match self.open_db(access) {
            Ok(db) => Ok(Some(db)),
            Err(err) if err.kind == Kind::NoInput => Ok(None),
            Err(err) => Err(err),
        }
    }

    /// Resolves USER / --realm like Cyrus and refuses what would corrupt the file.
    pub fn resolve_user(&self, user: &str, realm: Option<&str>) -> CliResult<UserId> {
        let user = UserId::resolve(user, realm, &default_realm());
        user.validate()?;
        Ok(user)
    }

    pub fn resolve_user_arg(&self, arg: &UserArg) -> CliResult<UserId> {
        self.resolve_user(&arg.user, arg.realm.as_deref())
    }

    /// Warns, when a secret is written, about a realm Postfix will not match.
    pub fn warn_if_not_fqdn(&self, realm: &[u8]) {
        if !is_fqdn(realm) {
            self.printer.warn(&format!(
                "realm {:?} is not a fully qualified domain name; Postfix's smtpd_sasl_local_domain must match it exactly",
                String::from_utf8_lossy(realm)
            ));
        }
    }

    /// Reads and validates the password, printing its warnings.
    pub fn read_password(&self, args: &PasswordArgs, confirm: bool) -> CliResult<Password> {
        let source = PasswordSource::from(args);
        if matches!(source, PasswordSource::Argv(_)) {
            self.printer.warn(
                "a password given with --password is visible to every user of this machine (ps, /proc)",
            );
        }
        let (password, warnings) = read_valid_password(&source, confirm)?;
        for warning in warnings {
            self.printer.warn(&warning);
        }
        Ok(password)
    }
}

/// Refuses a secret selection that would write nothing, warns on weak iteration counts.
pub fn check_secret_args(ctx: &Ctx, args: &SecretArgs) -> CliResult {
    if args.no_plaintext && args.scram.is_none() {
        return Err(CliError::usage("--no-plaintext without --scram would write no secret at all")
            .with_hint("add --scram SHA-256 (or the variant your clients use), or drop --no-plaintext"));
    }
    if args.scram.is_some() && args.iterations < 4096 {
        ctx.printer
            .warn(&format!("{} iterations is below the 4096 that RFC 7677 recommends", args.iterations));
    }
    if args.iterations == 0 {
        return Err(CliError::usage("--iterations must be at least 1"));
    }
    Ok(())
}

/// Which secrets a password becomes, as selected by `args`.
pub fn secret_choice(args: &SecretArgs) -> SecretChoice {
    SecretChoice { plaintext: !args.no_plaintext, scram: args.scram.map(|arg| (arg.into(), args.iterations)) }
}

/// The records one password turns into, as selected by `args`.
pub fn build_records(password: &Password, args: &SecretArgs) -> CliResult<Records> {
    Ok(records_for(password, secret_choice(args))?)
}

/// `created alice@example.com (userPassword)`, plus the stale secrets a change removed.
pub fn report_set(ctx: &Ctx, verb: &str, user: &UserId, outcome: &SetOutcome) {
    let written = outcome.written.join(", ");
    ctx.printer.status(&format!("{verb} {user} ({written})"));
    if !outcome.removed.is_empty() {
        ctx.printer.status(&format!("removed stale secrets: {}", outcome.removed.join(", ")));
    }
}

/// Asks before a destructive change unless --yes; without a terminal, --yes is required.
pub fn confirm(ctx: &Ctx, yes: bool, question: &str) -> CliResult {
    if yes {
        return Ok(());
    }
    match ctx.printer.confirm(question) {
        Some(true) => Ok(()),
        Some(false) => Err(CliError::new(Kind::Negative, "nothing changed")),
        None => {
            Err(CliError::usage("refusing to delete without confirmation: there is no terminal to ask on")
                .with_hint("add --yes to delete without asking"))
        }
    }
}
