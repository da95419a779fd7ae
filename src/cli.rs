//! Every clap type of saslkit, in one reviewable place. The `///` comments are the help text.
//! The drop-in `saslpasswd2` / `sasldblistusers2` parsers live in `compat/` because they follow
//! getopt, not clap.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::output::Format;
use crate::postmap::MapSpec;
use crate::probe::target::TargetSpec;

/// SASL authentication tooling for mail administrators: the Cyrus SASL user database (sasldb2),
/// Postfix's client password map, SMTP AUTH blobs, and live AUTH probes.
#[derive(Debug, Parser)]
#[command(name = "saslkit", version, after_long_help = crate::error::exit_code_help(), propagate_version = true)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// The sasldb options may come before the command too (`saslkit --db F user add …`).
    #[command(flatten)]
    pub sasldb: SasldbArgs,
    /// Print no status lines; only data and errors.
    #[arg(short, long, global = true)]
    pub quiet: bool,
}

/// Which sasldb a command works on: only the user, realm, listusers and db commands take these.
#[derive(Debug, Args, Clone, Default)]
pub struct SasldbArgs {
    /// The sasldb file (LMDB, GDBM or Berkeley DB), or users in SQL in the schema of Cyrus's sql
    /// plugin: sqlite:PATH, postgresql://[USER@]HOST[:PORT][,HOST…]/DB or mysql://…/DB (no
    /// password in it: see --db-password-file). Default: /etc/sasldb2, or /etc/sasl2/sasldb2 where
    /// that exists and the former does not (the RHEL-family layout).
    #[arg(long, env = "SASLKIT_DB", value_name = "PATH")]
    pub db: Option<PathBuf>,
    /// Grow the database map to this many KiB (like Cyrus's sasldb_mapsize). Long-running Cyrus
    /// readers (saslauthd, smtpd) must be restarted after the map grows.
    #[arg(long, value_name = "KIB")]
    pub map_size: Option<u64>,
    /// The container of a sasldb file that does not exist yet (an existing file is opened as
    /// whatever it is). Default: the one the installed Cyrus sasldb plugin reads (bdb on Debian
    /// and Ubuntu, gdbm on the RHEL family), lmdb where no Cyrus is installed.
    #[arg(long, value_enum)]
    pub backend: Option<BackendArg>,
    #[command(flatten)]
    pub sql: SqlArgs,
}

/// The SQL store options of the top-level sasldb arguments (`saslkit --sasl-config F user list`).
#[derive(Debug, Args, Clone, Default)]
pub struct SqlArgs {
    /// Take the user store from the Cyrus file the servers read (see `saslkit user --help`).
    #[arg(long = "sasl-config", value_name = "FILE", conflicts_with = "db")]
    pub sasl_config: Option<PathBuf>,
    /// A query returning (user, realm) rows, for SQL schemas other than the recommended one.
    #[arg(long = "sql-list", value_name = "QUERY")]
    pub sql_list: Option<String>,
    /// The database password, in the first line of FILE (else $SASLKIT_DB_PASSWORD).
    #[arg(long = "db-password-file", value_name = "FILE")]
    pub db_password_file: Option<PathBuf>,
    /// Trust this CA (PEM) for the database server's certificate, beside the system roots.
    #[arg(long = "db-ca-file", value_name = "FILE")]
    pub db_ca_file: Option<PathBuf>,
}

impl SasldbArgs {
    /// These options given after the command win over the ones given before it.
    pub fn or(self, before: &SasldbArgs) -> SasldbArgs {
        SasldbArgs {
            db: self.db.or_else(|| before.db.clone()),
            map_size: self.map_size.or(before.map_size),
            backend: self.backend.or(before.backend),
            sql: SqlArgs {
                sasl_config: self.sql.sasl_config.or_else(|| before.sql.sasl_config.clone()),
                sql_list: self.sql.sql_list.or_else(|| before.sql.sql_list.clone()),
                db_password_file: self.sql.db_password_file.or_else(|| before.sql.db_password_file.clone()),
                db_ca_file: self.sql.db_ca_file.or_else(|| before.sql.db_ca_file.clone()),
            },
        }
    }
}

/// A group of sasldb commands with the sasldb options, which its subcommands take too.
#[derive(Debug, Args)]
pub struct SasldbGroup<C: Subcommand> {
    #[command(flatten)]
    pub sasldb: SasldbGroupArgs,
    #[command(subcommand)]
    pub command: C,
}

/// The sasldb options of a group, passed down to its subcommands (`saslkit user add --db F …`).
#[derive(Debug, Args, Clone, Default)]
pub struct SasldbGroupArgs {
    /// The sasldb file (LMDB, GDBM or Berkeley DB), or users in SQL in the schema of Cyrus's sql
    /// plugin: sqlite:PATH, postgresql://[USER@]HOST[:PORT][,HOST…]/DB or mysql://…/DB (no
    /// password in it: see --db-password-file). Default: $SASLKIT_DB, else /etc/sasldb2, or
    /// /etc/sasl2/sasldb2 where that exists and the former does not (the RHEL-family layout).
    // No `env` here: the environment is read once, before the command, so that an explicit --db
    // anywhere beats it.
    #[arg(long = "db", global = true, value_name = "PATH")]
    pub db: Option<PathBuf>,
    /// Grow the database map to this many KiB (like Cyrus's sasldb_mapsize). Long-running Cyrus
    /// readers (saslauthd, smtpd) must be restarted after the map grows.
    #[arg(long = "map-size", global = true, value_name = "KIB")]
    pub map_size: Option<u64>,
    /// The container of a sasldb file that does not exist yet (an existing file is opened as
    /// whatever it is). Default: the one the installed Cyrus sasldb plugin reads (bdb on Debian
    /// and Ubuntu, gdbm on the RHEL family), lmdb where no Cyrus is installed.
    #[arg(long = "backend", global = true, value_enum)]
    pub backend: Option<BackendArg>,
    /// Take the user store from the Cyrus file the servers read (e.g. /etc/postfix/sasl/smtpd.conf):
    /// with `auxprop_plugin: sql`, its sql_engine, sql_hostnames, sql_user, sql_passwd,
    /// sql_database, sql_select, sql_insert, sql_update and sql_usessl; otherwise its sasldb_path.
    #[arg(long = "sasl-config", global = true, value_name = "FILE", conflicts_with = "db")]
    pub sasl_config: Option<PathBuf>,
    /// SQL stores in another schema than the recommended one: a query returning (user, realm)
    /// rows, for listings (Cyrus has none); each property is then read with sql_select.
    #[arg(long = "sql-list", global = true, value_name = "QUERY")]
    pub sql_list: Option<String>,
    /// The database password, in the first line of FILE (else $SASLKIT_DB_PASSWORD, else the
    /// Cyrus file's sql_passwd). Never on the command line.
    #[arg(long = "db-password-file", global = true, value_name = "FILE")]
    pub db_password_file: Option<PathBuf>,
    /// Trust this CA (PEM) for the database server's certificate, beside the system roots. TLS to
    /// a database is always verified.
    #[arg(long = "db-ca-file", global = true, value_name = "FILE")]
    pub db_ca_file: Option<PathBuf>,
}

impl From<SasldbGroupArgs> for SasldbArgs {
    fn from(args: SasldbGroupArgs) -> Self {
        SasldbArgs {
            db: args.db,
            map_size: args.map_size,
            backend: args.backend,
            sql: SqlArgs {
                sasl_config: args.sasl_config,
                sql_list: args.sql_list,
                db_password_file: args.db_password_file,
                db_ca_file: args.db_ca_file,
            },
        }
    }
}

#[derive(Debug, Args)]
pub struct ListusersArgs {
    #[command(flatten)]
    pub sasldb: SasldbGroupArgs,
}

/// The probe's exit codes: what each means for a probe (the general table is `saslkit --help`).
const PROBE_EXITS: &str = "\
Exit codes of a probe:
  0   completed (safe probe), or every attempt authenticated
  1   credentials rejected (535); with --all-mechs, the first failure in the order tried decides
      the code, and the report lists every mechanism's result
  68  host unknown
  69  not reachable, STARTTLS or the mechanism (or any AUTH) not offered, or declined by the
      plaintext policy
  75  temporary failure (4xx, a time-out)
  76  the server broke the protocol
  77  the server's certificate did not verify
With --format json, a report is printed on every outcome (its `exit` object carries the code),
or an error document {\"error\": {\"kind\", \"exit_code\", ...}} when no report could be made.";

/// A command's arguments (or a group's commands) that clap builds only when the command line
/// reaches that command. clap's derive otherwise builds every command's arguments, hundreds of
/// them with their help, on every start, `--version` included. [`command`] (generators, tests)
/// builds everything up front, so the generated files and `debug_assert` see the whole tree.
#[derive(Debug)]
pub struct Lazy<T>(pub T);

thread_local! {
    /// Set while [`command`] builds the whole tree on this thread.
    static EAGER: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

fn eager() -> bool {
    EAGER.with(|eager| eager.get())
}

/// Runs `augment` now or when clap reaches the command, keeping the command's own about texts
/// (the variant's doc comment): a deferred `augment` would otherwise replace them with its
/// struct's.
fn augment_later(cmd: clap::Command, augment: fn(clap::Command) -> clap::Command) -> clap::Command {
    if eager() {
        return augment(cmd);
    }
    cmd.defer(augment)
}

fn keeping_about(cmd: clap::Command, augment: fn(clap::Command) -> clap::Command) -> clap::Command {
    let (about, long_about) = (cmd.get_about().cloned(), cmd.get_long_about().cloned());
    let cmd = augment(cmd);
    match about {
        Some(about) => {
            use clap::builder::Resettable;
            cmd.about(about).long_about(long_about.map_or(Resettable::Reset, Resettable::Value))
        }
        None => cmd,
    }
}

fn args_later<T: Args>(cmd: clap::Command) -> clap::Command {
    keeping_about(cmd, T::augment_args)
}

fn args_for_update_later<T: Args>(cmd: clap::Command) -> clap::Command {
    keeping_about(cmd, T::augment_args_for_update)
}

fn subcommands_later<T: Subcommand>(cmd: clap::Command) -> clap::Command {
    keeping_about(cmd, T::augment_subcommands)
}

fn subcommands_for_update_later<T: Subcommand>(cmd: clap::Command) -> clap::Command {
    keeping_about(cmd, T::augment_subcommands_for_update)
}

impl<T> std::ops::Deref for Lazy<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T: clap::FromArgMatches> clap::FromArgMatches for Lazy<T> {
    fn from_arg_matches(matches: &clap::ArgMatches) -> Result<Self, clap::Error> {
        T::from_arg_matches(matches).map(Lazy)
    }

    fn update_from_arg_matches(&mut self, matches: &clap::ArgMatches) -> Result<(), clap::Error> {
        self.0.update_from_arg_matches(matches)
    }
}

impl<T: Args> Args for Lazy<T> {
    fn group_id() -> Option<clap::Id> {
        T::group_id()
    }

    fn augment_args(cmd: clap::Command) -> clap::Command {
        augment_later(cmd, args_later::<T>)
    }

    fn augment_args_for_update(cmd: clap::Command) -> clap::Command {
        augment_later(cmd, args_for_update_later::<T>)
    }
}

impl<T: Subcommand> Subcommand for Lazy<T> {
    fn augment_subcommands(cmd: clap::Command) -> clap::Command {
        augment_later(cmd, subcommands_later::<T>)
    }

    fn augment_subcommands_for_update(cmd: clap::Command) -> clap::Command {
        augment_later(cmd, subcommands_for_update_later::<T>)
    }

    fn has_subcommand(name: &str) -> bool {
        T::has_subcommand(name)
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Manage users in the sasldb: add, change, delete, list, show, verify, import.
    User(Lazy<SasldbGroup<UserCommand>>),
    /// Manage realms: list them, rename one, delete one.
    Realm(Lazy<SasldbGroup<RealmCommand>>),
    /// List every record as `user@realm: property`, exactly like sasldblistusers2.
    Listusers(Lazy<ListusersArgs>),
    /// The sasldb file itself: what it is, converting it, checking it for what breaks Cyrus.
    Db(Lazy<SasldbGroup<DbCommand>>),
    /// Make the client messages of an SMTP AUTH exchange (base64), or explain captured ones.
    #[command(subcommand)]
    Auth(Lazy<AuthCommand>),
    /// Compile, query and check Postfix's client password map (sasl_passwd) as an lmdb: table.
    #[command(subcommand)]
    Map(Lazy<MapCommand>),
    /// Probe a live server's AUTH support before and after TLS, and whether credentials work.
    ///
    /// Speaks SMTP, LMTP, IMAP, POP3 and ManageSieve (--protocol). Without --user: a safe probe
    /// (each advertised mechanism started, then cancelled with `*`; no password is sent). With
    /// --user: authenticate with --mech, the strongest offered, or --all-mechs (one session
    /// each).
    #[command(after_long_help = PROBE_EXITS)]
    Probe(Lazy<ProbeArgs>),
    /// Find out why SMTP AUTH fails: read main.cf, master.cf and the Cyrus configuration smtpd
    /// really uses, and say per finding what is wrong, why AUTH fails, and the fix.
    ///
    /// Each smtpd service of master.cf is judged with its own -o overrides. Parameter values come
    /// from postconf where it is installed (SASLKIT_POSTCONF=PATH names another, an empty value
    /// none: main.cf is then read over saslkit's table of Postfix's defaults). Nothing is changed:
    /// each fix is printed as the command or the line to write. Finding ids are stable (see the
    /// JSON documentation).
    #[command(after_long_help = DOCTOR_EXITS)]
    Doctor(Lazy<DoctorArgs>),
    /// Write the shell completions and man pages (for packagers and the repository).
    #[command(hide = true)]
    Generate(Lazy<GenerateArgs>),
}

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Create a user (exit 1 if it exists, unless --force).
    ///
    /// Writes userPassword (plaintext, what PLAIN, LOGIN, CRAM-MD5 and DIGEST-MD5 need) and, with
    /// --scram, Cyrus's authPassword record for that SCRAM variant.
    Add(UserAddArgs),
    /// Change an existing user's password (exit 67 if there is no such user).
    ///
    /// Secrets of the old password that are not rewritten (a SCRAM record, an OTP record) are
    /// removed, so the old password stops working everywhere.
    Passwd(UserPasswdArgs),
    /// Delete users and all their records, in one transaction.
    Delete(UserDeleteArgs),
    /// List users, their realms and which secrets they have.
    List(UserListArgs),
    /// Show one user's records (never the secrets themselves).
    Show(UserShowArgs),
    /// Check a password: exit 0 when it matches, 1 when not, 67 when there is no such user.
    Verify(UserVerifyArgs),
    /// Create or update many users from `user@realm<TAB>password` lines (or CSV), in one transaction.
    Import(UserImportArgs),
}

#[derive(Debug, Subcommand)]
pub enum RealmCommand {
    /// List realms with their number of users.
    List(RealmListArgs),
    /// Move every user of realm OLD to realm NEW, atomically.
    Rename(RealmRenameArgs),
    /// Delete every user of a realm.
    Delete(RealmDeleteArgs),
}

/// Where the user name and realm come from.
#[derive(Debug, Args, Clone)]
pub struct UserArg {
    /// name or name@realm (split at the first @, like Cyrus).
    #[arg(value_name = "USER")]
    pub user: String,
    /// Realm for a USER without @ (default: the lower-cased host name, like Cyrus).
    #[arg(long, short = 'u', value_name = "REALM")]
    pub realm: Option<String>,
}

/// How the password is given. Without one of these, saslkit asks on the terminal.
#[derive(Debug, Args, Clone, Default)]
#[group(multiple = false)]
pub struct PasswordArgs {
    /// Read the password from the first line of standard input.
    #[arg(long)]
    pub password_stdin: bool,
    /// Read the password from the first line of a file.
    #[arg(long, value_name = "PATH")]
    pub password_file: Option<PathBuf>,
    /// Read the password from an environment variable.
    #[arg(long, value_name = "NAME")]
    pub password_env: Option<String>,
    /// The password itself. Unsafe: every user of this machine can read it with `ps`.
    #[arg(long, value_name = "PASSWORD")]
    pub password: Option<String>,
}

/// Which secrets to write.
#[derive(Debug, Args, Clone)]
pub struct SecretArgs {
    /// Also write Cyrus's SCRAM record (authPassword) for this variant. One record serves one
    /// variant: pick the one your clients use.
    #[arg(long, value_enum, ignore_case = true, value_name = "HASH")]
    pub scram: Option<ScramArg>,
    /// PBKDF2 iterations for the SCRAM record.
    #[arg(long, default_value_t = 4096, requires = "scram", value_name = "N")]
    pub iterations: u32,
    /// Do not write the plaintext userPassword: only the --scram variant can log in. Cyrus 2.1.28
    /// then refuses PLAIN, LOGIN, CRAM-MD5 and DIGEST-MD5 ("user not found") and the other SCRAM
    /// variants for this user; use it where the server offers that one SCRAM mechanism only.
    #[arg(long)]
    pub no_plaintext: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ScramArg {
    #[value(name = "SHA-1", alias = "sha1")]
    Sha1,
    #[value(name = "SHA-224", alias = "sha224")]
    Sha224,
    #[value(name = "SHA-256", alias = "sha256")]
    Sha256,
    #[value(name = "SHA-384", alias = "sha384")]
    Sha384,
    #[value(name = "SHA-512", alias = "sha512")]
    Sha512,
}

#[derive(Debug, Args)]
pub struct UserAddArgs {
    #[command(flatten)]
    pub user: UserArg,
    #[command(flatten)]
    pub password: PasswordArgs,
    #[command(flatten)]
    pub secrets: SecretArgs,
    /// Replace the user if it exists.
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct UserPasswdArgs {
    #[command(flatten)]
    pub user: UserArg,
    #[command(flatten)]
    pub password: PasswordArgs,
    #[command(flatten)]
    pub secrets: SecretArgs,
}

#[derive(Debug, Args)]
pub struct UserDeleteArgs {
    /// name or name@realm; several may be given.
    #[arg(value_name = "USER", required = true)]
    pub users: Vec<String>,
    /// Realm for users given without @.
    #[arg(long, short = 'u', value_name = "REALM")]
    pub realm: Option<String>,
    /// Do not ask for confirmation (required when there is no terminal).
    #[arg(long, short = 'y')]
    pub yes: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    /// A table for people.
    Human,
    /// A JSON array of users.
    Json,
    /// sasldblistusers2's lines: `user@realm: property`, in storage order.
    Sasldb,
}

#[derive(Debug, Args)]
pub struct UserListArgs {
    /// Only users of this realm.
    #[arg(long, short = 'u', value_name = "REALM")]
    pub realm: Option<String>,
    #[arg(long, value_enum, default_value_t = ListFormat::Human)]
    pub format: ListFormat,
}

#[derive(Debug, Args)]
pub struct UserShowArgs {
    #[command(flatten)]
    pub user: UserArg,
    #[command(flatten)]
    pub output: FormatArg,
}

#[derive(Debug, Args)]
pub struct UserVerifyArgs {
    #[command(flatten)]
    pub user: UserArg,
    #[command(flatten)]
    pub password: PasswordArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ImportFormat {
    /// `user@realm<TAB>password`
    Tsv,
    /// `user@realm,password` (RFC 4180 quoting; a `user,password` header line is skipped)
    Csv,
}

#[derive(Debug, Args)]
pub struct UserImportArgs {
    /// The file to read, or - for standard input.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Realm for lines whose user has no @.
    #[arg(long, short = 'u', value_name = "REALM")]
    pub realm: Option<String>,
    /// Input format (default: csv for *.csv files, tsv otherwise).
    #[arg(long, value_enum)]
    pub input_format: Option<ImportFormat>,
    #[command(flatten)]
    pub secrets: SecretArgs,
    /// Check every line and report what would change; write nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Import the good lines even when some are bad (they are reported).
    #[arg(long)]
    pub skip_bad: bool,
    #[command(flatten)]
    pub output: FormatArg,
}

#[derive(Debug, Args)]
pub struct RealmListArgs {
    #[command(flatten)]
    pub output: FormatArg,
}

#[derive(Debug, Args)]
pub struct RealmRenameArgs {
    pub old: String,
    pub new: String,
}

#[derive(Debug, Args)]
pub struct RealmDeleteArgs {
    pub realm: String,
    /// Do not ask for confirmation (required when there is no terminal).
    #[arg(long, short = 'y')]
    pub yes: bool,
}

#[derive(Debug, Args)]
pub struct GenerateArgs {
    /// Fail (exit 1) when the files on disk differ from what would be generated; write nothing.
    #[arg(long)]
    pub check: bool,
    /// The repository root holding completions/ and man/.
    #[arg(long, default_value = ".", value_name = "DIR")]
    pub out: PathBuf,
}

#[derive(Debug, Subcommand)]
pub enum AuthCommand {
    /// PLAIN (RFC 4616): `authzid NUL user NUL password` in one initial response.
    Plain(AuthPlainArgs),
    /// LOGIN: two lines, the user name and the password.
    Login(AuthLoginArgs),
    /// CRAM-MD5 (RFC 2195): answer the server's challenge.
    #[command(name = "cram-md5")]
    CramMd5(AuthCramArgs),
    /// CRAM-SHA1 (non-standard, Exim): like CRAM-MD5 with HMAC-SHA1.
    #[command(name = "cram-sha1")]
    CramSha1(AuthCramArgs),
    /// CRAM-SHA256 (non-standard): like CRAM-MD5 with HMAC-SHA256.
    #[command(name = "cram-sha256")]
    CramSha256(AuthCramArgs),
    /// DIGEST-MD5 (RFC 2831, historic): answer the challenge; check rspauth with --server-final.
    #[command(name = "digest-md5")]
    DigestMd5(AuthDigestArgs),
    /// SCRAM-SHA-1 (RFC 5802): client-first; client-final with --server-first.
    #[command(name = "scram-sha-1")]
    ScramSha1(AuthScramArgs),
    /// SCRAM-SHA-256 (RFC 7677): client-first; client-final with --server-first.
    #[command(name = "scram-sha-256")]
    ScramSha256(AuthScramArgs),
    /// SCRAM-SHA-512: client-first; client-final with --server-first.
    #[command(name = "scram-sha-512")]
    ScramSha512(AuthScramArgs),
    /// OAUTHBEARER (RFC 7628): USER is the authorization identity (a=).
    Oauthbearer(AuthOauthbearerArgs),
    /// XOAUTH2 (Google, Microsoft): `user=…^Aauth=Bearer …^A^A`.
    Xoauth2(AuthXoauth2Args),
    /// EXTERNAL (RFC 4422): the authorization identity, or none.
    External(AuthExternalArgs),
    /// ANONYMOUS (RFC 4505): trace information.
    Anonymous(AuthAnonymousArgs),
    /// Decode and explain blobs from a transcript or log; - reads one per line from stdin.
    Decode(AuthDecodeArgs),
}

/// How generated messages are printed.
#[derive(Debug, Args, Clone)]
pub struct BlobOutputArgs {
    #[arg(long, value_enum, default_value_t = BlobFormat::Base64)]
    pub format: BlobFormat,
    /// Print the SMTP command lines (`AUTH PLAIN <blob>`) instead of the bare blobs.
    #[arg(long)]
    pub command: bool,
    /// Show the password or token in --format json's fields and raw bytes.
    #[arg(long)]
    pub show_secrets: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum BlobFormat {
    /// The base64 blobs, one client message per line.
    Base64,
    /// Fields, raw bytes (escaped) and the AUTH command lines, as JSON.
    Json,
}

/// How the bearer token is given. Without one of these, saslkit asks on the terminal.
#[derive(Debug, Args, Clone, Default)]
#[group(multiple = false)]
pub struct TokenArgs {
    /// Read the token from the first line of standard input.
    #[arg(long)]
    pub token_stdin: bool,
    /// Read the token from the first line of a file.
    #[arg(long, value_name = "PATH")]
    pub token_file: Option<PathBuf>,
    /// Read the token from an environment variable.
    #[arg(long, value_name = "NAME")]
    pub token_env: Option<String>,
}

#[derive(Debug, Args)]
pub struct AuthPlainArgs {
    /// The authentication identity (user name).
    pub user: String,
    /// Act as this identity (RFC 4616 authzid); empty by default.
    #[arg(long, default_value = "")]
    pub authzid: String,
    #[command(flatten)]
    pub password: PasswordArgs,
    #[command(flatten)]
    pub output: BlobOutputArgs,
}

#[derive(Debug, Args)]
pub struct AuthLoginArgs {
    pub user: String,
    #[command(flatten)]
    pub password: PasswordArgs,
    #[command(flatten)]
    pub output: BlobOutputArgs,
}

#[derive(Debug, Args)]
pub struct AuthCramArgs {
    pub user: String,
    /// The server's challenge: base64 as in `334 <challenge>`, or the raw `<…>` text.
    #[arg(long, value_name = "B64")]
    pub challenge: String,
    #[command(flatten)]
    pub password: PasswordArgs,
    #[command(flatten)]
    pub output: BlobOutputArgs,
}

#[derive(Debug, Args)]
pub struct AuthDigestArgs {
    pub user: String,
    /// The server's challenge (base64).
    #[arg(long, value_name = "B64")]
    pub challenge: String,
    /// Service name in digest-uri.
    #[arg(long, default_value = "smtp")]
    pub service: String,
    /// Host name in digest-uri (default: the challenge's realm, else localhost).
    #[arg(long, value_name = "H")]
    pub host: Option<String>,
    /// Realm (default: the first the server offers).
    #[arg(long, value_name = "R")]
    pub realm: Option<String>,
    #[arg(long, default_value = "", value_name = "ID")]
    pub authzid: String,
    /// Client nonce, for reproducible output (default: random).
    #[arg(long, value_name = "N")]
    pub cnonce: Option<String>,
    /// The server's final message (base64): check its rspauth (exit 1 on mismatch).
    #[arg(long, value_name = "B64")]
    pub server_final: Option<String>,
    #[command(flatten)]
    pub password: PasswordArgs,
    #[command(flatten)]
    pub output: BlobOutputArgs,
}

#[derive(Debug, Args)]
pub struct AuthScramArgs {
    pub user: String,
    #[arg(long, default_value = "", value_name = "ID")]
    pub authzid: String,
    /// Client nonce, for reproducible output; --server-first needs the one client-first used.
    #[arg(long, value_name = "N")]
    pub nonce: Option<String>,
    /// The server-first message (base64): print the client-final message.
    #[arg(long, value_name = "B64")]
    pub server_first: Option<String>,
    /// The server-final message (base64): verify the server signature (exit 1 on mismatch).
    #[arg(long, value_name = "B64", requires = "server_first")]
    pub server_final: Option<String>,
    /// Accept fewer than 4096 iterations (with a warning).
    #[arg(long)]
    pub allow_weak: bool,
    #[command(flatten)]
    pub password: PasswordArgs,
    #[command(flatten)]
    pub output: BlobOutputArgs,
}

#[derive(Debug, Args)]
pub struct AuthOauthbearerArgs {
    /// The authorization identity (a=), usually the mailbox address.
    pub user: String,
    #[arg(long, value_name = "H")]
    pub host: Option<String>,
    #[arg(long, value_name = "P")]
    pub port: Option<u16>,
    #[command(flatten)]
    pub token: TokenArgs,
    #[command(flatten)]
    pub output: BlobOutputArgs,
}

#[derive(Debug, Args)]
pub struct AuthXoauth2Args {
    pub user: String,
    #[command(flatten)]
    pub token: TokenArgs,
    #[command(flatten)]
    pub output: BlobOutputArgs,
}

#[derive(Debug, Args)]
pub struct AuthExternalArgs {
    /// The authorization identity (none: the server derives it from the certificate).
    #[arg(default_value = "")]
    pub authzid: String,
    #[command(flatten)]
    pub output: BlobOutputArgs,
}

#[derive(Debug, Args)]
pub struct AuthAnonymousArgs {
    /// Trace information, e.g. an email address.
    #[arg(default_value = "")]
    pub trace: String,
    #[command(flatten)]
    pub output: BlobOutputArgs,
}

#[derive(Debug, Args)]
pub struct AuthDecodeArgs {
    /// A base64 blob, or - to read lines (`AUTH PLAIN <blob>`, `334 <blob>`, bare blobs) from stdin.
    pub blob: String,
    /// The mechanism (default: guessed from the bytes, or taken from an `AUTH <MECH>` line).
    #[arg(long, value_name = "M", value_parser = mechanism_name)]
    pub mech: Option<String>,
    /// Show passwords and tokens instead of masking them.
    #[arg(long)]
    pub show_secrets: bool,
    #[command(flatten)]
    pub output: FormatArg,
}

#[derive(Debug, Subcommand)]
pub enum MapCommand {
    /// Compile FILE into FILE.lmdb, as `postmap lmdb:FILE` does, atomically.
    Compile(MapCompileArgs),
    /// Look keys up like `postmap -q`: exit 0 when every key is found, 1 when one is not.
    Query(MapQueryArgs),
    /// Every entry, like `postmap -s`; passwords masked unless --show-secrets.
    Dump(MapDumpArgs),
    /// The keys the Postfix SMTP client tries for a next hop, in order, and which one matches.
    Lookup(MapLookupArgs),
    /// Lint the source and its map: postmap's warnings plus what bites in production.
    Check(MapCheckArgs),
    /// Write a map's records as another type beside it (e.g. hash: to lmdb: before Berkeley DB
    /// goes away), then read them back and compare.
    Convert(MapConvertArgs),
}

#[derive(Debug, Args)]
pub struct MapConvertArgs {
    /// The map to read, as TYPE:FILE (or FILE: main.cf's default_database_type).
    #[arg(value_name = "[TYPE:]FILE", value_parser = MapSpecParser)]
    pub map: MapSpec,
    /// The type of the new map, written as FILE.lmdb, FILE.db (hash, btree) or FILE.cdb.
    #[arg(long, value_enum)]
    pub to: MapTypeArg,
    #[command(flatten)]
    pub config: ConfigDirArg,
}

/// The map types saslkit writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum MapTypeArg {
    Lmdb,
    Hash,
    Btree,
    Cdb,
}

impl From<MapTypeArg> for crate::postmap::MapType {
    fn from(arg: MapTypeArg) -> Self {
        match arg {
            MapTypeArg::Lmdb => crate::postmap::MapType::Lmdb,
            MapTypeArg::Hash => crate::postmap::MapType::Hash,
            MapTypeArg::Btree => crate::postmap::MapType::Btree,
            MapTypeArg::Cdb => crate::postmap::MapType::Cdb,
        }
    }
}

/// `-c/--config-dir`: where main.cf is (MAIL_CONFIG, as Postfix's tools read it).
#[derive(Debug, Args, Clone)]
pub struct ConfigDirArg {
    /// Postfix configuration folder: main.cf's default_database_type (the type of a map named
    /// without one), smtputf8_enable and compatibility_level (how keys are case-folded); Postfix's
    /// defaults when there is no main.cf.
    #[arg(
        short = 'c',
        long = "config-dir",
        env = "MAIL_CONFIG",
        default_value = "/etc/postfix",
        value_name = "CONFDIR"
    )]
    pub config_dir: PathBuf,
}

/// How keys are folded, read from Postfix's main.cf unless overridden.
#[derive(Debug, Args, Clone)]
pub struct PostfixArgs {
    #[command(flatten)]
    pub config: ConfigDirArg,
    /// Fold keys as Postfix does with smtputf8_enable = yes (full Unicode case folding; non-UTF-8
    /// lines dropped).
    #[arg(long, conflicts_with = "no_smtputf8")]
    pub smtputf8: bool,
    /// Fold keys as Postfix does with smtputf8_enable = no (ASCII only).
    #[arg(long)]
    pub no_smtputf8: bool,
    /// Do not fold keys at all (postmap -f).
    #[arg(short = 'f', long)]
    pub no_fold: bool,
}

#[derive(Debug, Args)]
pub struct MapCompileArgs {
    /// The source file, as TYPE:FILE (lmdb, hash, btree, cdb) or FILE (main.cf's
    /// default_database_type); without it, every map of main.cf's smtp_sasl_password_maps and
    /// sender_dependent_relayhost_maps.
    #[arg(value_name = "[TYPE:]FILE", value_parser = MapSpecParser)]
    pub map: Option<MapSpec>,
    #[command(flatten)]
    pub postfix: PostfixArgs,
    /// For duplicate keys, the last entry wins (postmap -r); default: the first, with a warning.
    #[arg(short = 'r', long)]
    pub last_wins: bool,
    /// No warning for duplicate keys (postmap -w).
    #[arg(short = 'w', long)]
    pub quiet_duplicates: bool,
    #[command(flatten)]
    pub output: FormatArg,
}

#[derive(Debug, Args)]
pub struct MapQueryArgs {
    #[arg(value_name = "[TYPE:]FILE", value_parser = MapSpecParser)]
    pub map: MapSpec,
    /// Keys to look up, as bytes (a key compiled from a Latin-1 source is found as postmap -q
    /// finds it); with several, found ones print as `key<TAB>value`.
    #[arg(value_name = "KEY", required = true)]
    pub keys: Vec<std::ffi::OsString>,
    #[command(flatten)]
    pub postfix: PostfixArgs,
}

#[derive(Debug, Args)]
pub struct MapDumpArgs {
    #[arg(value_name = "[TYPE:]FILE", value_parser = MapSpecParser)]
    pub map: MapSpec,
    #[command(flatten)]
    pub config: ConfigDirArg,
    /// Show passwords instead of masking them.
    #[arg(long)]
    pub show_secrets: bool,
    #[command(flatten)]
    pub output: FormatArg,
}

#[derive(Debug, Args)]
pub struct MapLookupArgs {
    #[arg(value_name = "[TYPE:]FILE", value_parser = MapSpecParser)]
    pub map: Option<MapSpec>,
    /// The next hop exactly as configured (relayhost or transport): `[smtp.example.com]:587`
    /// (default: the sender's entry in main.cf's sender_dependent_relayhost_maps, else relayhost).
    #[arg(long, value_name = "NEXTHOP")]
    pub nexthop: Option<String>,
    /// The host actually connected to (e.g. the MX name); default: the next hop's name.
    #[arg(long, value_name = "HOSTNAME")]
    pub host: Option<String>,
    /// The envelope sender: chooses the next hop through sender_dependent_relayhost_maps, and is
    /// looked up first with --sender-dependent.
    #[arg(long, value_name = "ADDR")]
    pub sender: Option<String>,
    /// As with smtp_sender_dependent_authentication = yes (default: main.cf's setting).
    #[arg(long)]
    pub sender_dependent: bool,
    #[command(flatten)]
    pub postfix: PostfixArgs,
    #[command(flatten)]
    pub output: FormatArg,
}

#[derive(Debug, Args)]
pub struct MapCheckArgs {
    /// The source file, as TYPE:FILE or FILE; without it, every map of main.cf's
    /// smtp_sasl_password_maps and sender_dependent_relayhost_maps.
    #[arg(value_name = "[TYPE:]FILE", value_parser = MapSpecParser)]
    pub map: Option<MapSpec>,
    #[command(flatten)]
    pub postfix: PostfixArgs,
    #[command(flatten)]
    pub output: FormatArg,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ProbeTls {
    /// STARTTLS when offered; implicit TLS on ports 465, 993 and 995.
    Auto,
    /// STARTTLS or fail (exit 69).
    Starttls,
    /// TLS from the first byte (default port 465; 993 for IMAP, 995 for POP3).
    Implicit,
    /// Never TLS.
    None,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ProbeProtocol {
    /// SMTP with EHLO (submission, relay; port 25, 465 with --tls implicit).
    Smtp,
    /// LMTP with LHLO (Cyrus, Dovecot delivery; port 24 or a UNIX socket).
    Lmtp,
    /// IMAP with CAPABILITY and AUTHENTICATE (port 143, 993 with --tls implicit).
    Imap,
    /// POP3 with CAPA and AUTH (port 110, 995 with --tls implicit).
    Pop3,
    /// ManageSieve, RFC 5804 (port 4190).
    Sieve,
}

impl From<ProbeProtocol> for crate::probe::protocol::Protocol {
    fn from(protocol: ProbeProtocol) -> Self {
        use crate::probe::protocol::Protocol;
        match protocol {
            ProbeProtocol::Smtp => Protocol::Smtp,
            ProbeProtocol::Lmtp => Protocol::Lmtp,
            ProbeProtocol::Imap => Protocol::Imap,
            ProbeProtocol::Pop3 => Protocol::Pop3,
            ProbeProtocol::Sieve => Protocol::Sieve,
        }
    }
}

#[derive(Debug, Args)]
pub struct ProbeArgs {
    /// HOST, HOST:PORT or [IPv6]:PORT (the protocol's port when none is given: see --protocol),
    /// or the path of a UNIX socket (LMTP, with --tls none). Several targets, --targets or --mx
    /// probe a fleet: -j at a time, one result per target and a summary.
    #[arg(
        value_name = "HOST[:PORT]|/PATH",
        value_parser = TargetSpec::parse,
        required_unless_present_any = ["targets_file", "mx"]
    )]
    pub targets: Vec<TargetSpec>,
    /// Probe the targets listed in FILE, one per line (`#` starts a comment); `-` reads them from
    /// standard input.
    #[arg(long = "targets", value_name = "FILE")]
    pub targets_file: Option<PathBuf>,
    /// Probe DOMAIN's mail exchangers: its MX hosts by preference (the domain itself when it has
    /// no MX, as SMTP does), each of their addresses a target.
    #[arg(long, value_name = "DOMAIN")]
    pub mx: Option<String>,
    /// The DNS server --mx asks (default: the first nameserver of /etc/resolv.conf).
    #[arg(long, value_name = "IP[:PORT]", requires = "mx")]
    pub dns_server: Option<String>,
    /// The port of targets given without one, and of --mx hosts (default: the protocol's).
    #[arg(long, value_name = "PORT", value_parser = clap::value_parser!(u16).range(1..))]
    pub port: Option<u16>,
    /// Targets probed at the same time in a fleet.
    #[arg(short = 'j', long, default_value_t = 128, value_name = "N", value_parser = clap::value_parser!(u16).range(1..=1024))]
    pub jobs: u16,
    /// In a fleet, count a target as failed when its probe finds this (comma-separated ids, see
    /// the JSON documentation); a target that cannot be probed, or whose authentication fails,
    /// always counts.
    #[arg(long, value_name = "FINDING", value_delimiter = ',', value_parser = finding_ids())]
    pub fail_on: Vec<crate::probe::report::FindingId>,
    /// How the connection gets TLS: STARTTLS when offered (auto), STARTTLS or fail, TLS from the
    /// first byte (implicit), or never.
    #[arg(long, value_enum, default_value_t = ProbeTls::Auto)]
    pub tls: ProbeTls,
    /// The protocol the server speaks on this port.
    #[arg(long, value_enum, default_value_t = ProbeProtocol::Smtp)]
    pub protocol: ProbeProtocol,
    /// Name to greet with in EHLO/LHLO (default: this host's name).
    #[arg(long, value_name = "NAME")]
    pub helo: Option<String>,
    /// Authenticate as this user (the password from the usual password inputs).
    #[arg(long, value_name = "U")]
    pub user: Option<String>,
    /// Authorization identity to ask for.
    #[arg(long, default_value = "", value_name = "ID")]
    pub authzid: String,
    /// The mechanism to authenticate with (default: the strongest offered).
    #[arg(long, value_name = "M", conflicts_with = "all_mechs", requires = "user", value_parser = mechanism_name)]
    pub mech: Option<String>,
    /// Authenticate with every advertised mechanism, each in its own session.
    #[arg(long, requires = "user")]
    pub all_mechs: bool,
    /// Send PLAIN or LOGIN on a connection without TLS (declined by default, exit 69).
    #[arg(long)]
    pub allow_plaintext: bool,
    /// Trust this CA (PEM) in addition to the system's roots.
    #[arg(long, value_name = "F", conflicts_with = "insecure")]
    pub ca_file: Option<PathBuf>,
    /// Do not verify the server's certificate (the report says so).
    #[arg(long)]
    pub insecure: bool,
    /// Client certificate (PEM) to present, e.g. for --mech EXTERNAL.
    #[arg(long, value_name = "F", requires = "key")]
    pub cert: Option<PathBuf>,
    /// Private key (PEM) of --cert.
    #[arg(long, value_name = "F", requires = "cert")]
    pub key: Option<PathBuf>,
    /// Seconds for connecting and for each reply; the whole session gets four times this.
    #[arg(long, default_value_t = 10, value_name = "SECS")]
    pub timeout: u64,
    /// Seconds for the whole probe, every session together (a safe probe or --all-mechs takes
    /// several); past it the probe stops with exit 75. In a fleet: for every target together.
    #[arg(long, default_value_t = 120, value_name = "SECS")]
    pub deadline: u64,
    /// Show the dialogue, secrets redacted.
    #[arg(long)]
    pub transcript: bool,
    /// Show secrets in the transcript.
    #[arg(long)]
    pub show_secrets: bool,
    /// IPv4 only.
    #[arg(short = '4', conflicts_with = "ipv6")]
    pub ipv4: bool,
    /// IPv6 only.
    #[arg(short = '6')]
    pub ipv6: bool,
    #[command(flatten)]
    pub output: ProbeFormatArg,
    #[command(flatten)]
    pub password: PasswordArgs,
}

#[derive(Debug, Subcommand)]
pub enum DbCommand {
    /// Format, mode and owner, records, users, realms, map use, and the lock file's access.
    Info(DbInfoArgs),
    /// Copy every record into a new file of another container, verified, renamed into place.
    Convert(DbConvertArgs),
    /// Problems that break Cyrus: bad keys, oversized values, unusable secrets, non-FQDN realms.
    Check(DbCheckArgs),
}

#[derive(Debug, Args)]
pub struct DbInfoArgs {
    #[command(flatten)]
    pub output: FormatArg,
}

#[derive(Debug, Args)]
pub struct DbConvertArgs {
    /// The sasldb to read (LMDB, GDBM or Berkeley DB), or an SQL store (sqlite:PATH,
    /// postgresql://…, mysql://…).
    pub source: PathBuf,
    /// The file to create, or an SQL store to fill (a URL, as for --db): the copy is one
    /// transaction, read back and compared record for record.
    pub target: PathBuf,
    /// The container of a new file (an sqlite: or SQL URL target says it itself).
    #[arg(long, value_enum)]
    pub to: Option<BackendArg>,
    /// Replace TARGET if it exists (an SQL store's users: deleted in the copy's transaction).
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct DbCheckArgs {
    /// The mechanisms your servers offer (Cyrus's mech_list), e.g. "PLAIN SCRAM-SHA-256": SCRAM
    /// records of another variant are then reported.
    #[arg(long, value_name = "LIST")]
    pub mech_list: Option<String>,
    #[command(flatten)]
    pub output: FormatArg,
}

/// The whole clap command, every [`Lazy`] part built: for generators and tests.
pub fn command() -> clap::Command {
    let was = EAGER.with(|eager| eager.replace(true));
    let cmd = <Cli as clap::CommandFactory>::command();
    EAGER.with(|eager| eager.set(was));
    cmd
}

#[cfg(test)]
mod tests {
    #[test]
    fn clap_definition_is_consistent() {
        super::command().debug_assert();
    }

    /// Start-up builds only the commands the command line reaches; the generators see all.
    #[test]
    fn commands_are_built_when_reached() {
        let lazy = <super::Cli as clap::CommandFactory>::command();
        for name in ["user", "probe", "map", "auth", "doctor"] {
            let sub = lazy.find_subcommand(name).unwrap();
            assert_eq!(sub.get_arguments().count() + sub.get_subcommands().count(), 0, "{name}");
            assert!(sub.get_about().is_some(), "{name}'s about is there for the top-level help");
        }
        let eager = super::command();
        assert!(eager.find_subcommand("probe").unwrap().get_arguments().count() > 20);
        assert!(eager.find_subcommand("map").unwrap().find_subcommand("compile").is_some());
        let args: Vec<std::ffi::OsString> =
            ["saslkit", "map", "compile", "-r", "lmdb:x"].iter().map(Into::into).collect();
        let (cli, _) = super::parse(&args).unwrap();
        match cli.command {
            super::Command::Map(map) => {
                assert!(matches!(map.0, super::MapCommand::Compile(args) if args.last_wins))
            }
            other => panic!("{other:?}"),
        }
    }
}

/// `--backend` and `db convert --to`: what a new sasldb file becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum BackendArg {
    /// LMDB, Cyrus SASL's choice for its future (`--with-dblib=lmdb`).
    #[default]
    Lmdb,
    /// GDBM, what Fedora, RHEL, SUSE, Arch, Alpine and Gentoo build Cyrus with.
    Gdbm,
    /// Berkeley DB 5.3 hash, what Debian and Ubuntu build Cyrus with.
    Bdb,
    /// The users table of Cyrus's sql plugin in an SQLite file (also `--db sqlite:PATH`).
    Sqlite,
}

impl From<BackendArg> for crate::sasldb::open::Backend {
    fn from(arg: BackendArg) -> Self {
        match arg {
            BackendArg::Lmdb => crate::sasldb::open::Backend::Lmdb,
            BackendArg::Gdbm => crate::sasldb::open::Backend::Gdbm,
            BackendArg::Bdb => crate::sasldb::open::Backend::Bdb,
            BackendArg::Sqlite => crate::sasldb::open::Backend::Sqlite,
        }
    }
}

/// Parses argv, and finds the `--format` of whichever command was chosen (so that a failure can
/// be reported in the format asked for, whatever the command).
pub fn parse(args: &[std::ffi::OsString]) -> Result<(Cli, Format), clap::Error> {
    use clap::{CommandFactory, FromArgMatches};
    let matches = Cli::command().try_get_matches_from(args)?;
    let cli = Cli::from_arg_matches(&matches)?;
    Ok((cli, format_of(&matches)))
}

fn format_of(matches: &clap::ArgMatches) -> Format {
    // By its text: listings have their own value enum (with `sasldb`), and JSON is JSON in both.
    if let Ok(Some(mut values)) = matches.try_get_raw("format") {
        // `jsonl` (probe) is JSON too: a failure prints a JSON error document.
        return if values.any(|v| v == "json" || v == "jsonl") { Format::Json } else { Format::Human };
    }
    match matches.subcommand() {
        Some((_, sub)) => format_of(sub),
        None => Format::Human,
    }
}

const DOCTOR_EXITS: &str = "Exit status: 0 nothing fails (warnings allowed), 1 at least one finding fails, \
78 the configuration cannot be read (the file and line are named), 77 not allowed to read it.";

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DoctorSide {
    /// smtpd: AUTH offered to mail clients (Cyrus SASL behind smtpd).
    Server,
    /// smtp: AUTH to the relay host with credentials from smtp_sasl_password_maps.
    Client,
}

#[derive(Debug, Args)]
pub struct DoctorArgs {
    /// Only one side; both without it.
    #[arg(value_enum)]
    pub side: Option<DoctorSide>,
    #[command(flatten)]
    pub config: ConfigDirArg,
    /// The Cyrus configuration to judge instead of the <smtpd_sasl_path>.conf smtpd would find.
    #[arg(long, value_name = "FILE")]
    pub sasl_config: Option<PathBuf>,
    /// Also talk to the relay hosts: the mechanisms they offer after STARTTLS as Postfix would
    /// negotiate, and whether they take the credentials of the password map.
    #[arg(long)]
    pub live: bool,
    /// Seconds to wait for each step of a --live conversation, and for saslauthd or Dovecot.
    #[arg(long, default_value_t = 10, value_name = "SECONDS")]
    pub timeout: u64,
    /// A user to try against saslauthd (as testsaslauthd does) or Dovecot's auth service; its
    /// password is asked for as everywhere else (never on argv unless --password).
    #[arg(long, value_name = "USER")]
    pub user: Option<String>,
    #[command(flatten)]
    pub password: PasswordArgs,
    #[command(flatten)]
    pub output: FormatArg,
}

/// `--format human|json|jsonl` of `probe`.
#[derive(Debug, Args, Clone, Copy)]
pub struct ProbeFormatArg {
    /// How to print the result: a report (a summary table for a fleet), one JSON document, or in
    /// a fleet JSON lines (one object per target as it finishes, then a summary object).
    #[arg(long, value_enum, default_value_t = ProbeFormat::Human)]
    pub format: ProbeFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ProbeFormat {
    Human,
    Json,
    /// One JSON object per line (fleets).
    Jsonl,
}

/// `--fail-on` ids: the names are the report's own (one source), listed by `--help`.
fn finding_ids() -> impl clap::builder::TypedValueParser<Value = crate::probe::report::FindingId> {
    use crate::probe::report::FindingId;
    use clap::builder::TypedValueParser;
    let names: Vec<String> = FindingId::ALL.iter().map(|id| id.name()).collect();
    clap::builder::PossibleValuesParser::new(names)
        .try_map(|name: String| FindingId::from_name(&name).ok_or("not a finding id"))
}

/// `--format human|json`, declared once for every command that has both.
#[derive(Debug, Args, Clone, Copy)]
pub struct FormatArg {
    /// How to print the result: a table for people, or one JSON document (its shape is
    /// documented in the README).
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
}

impl From<&PasswordArgs> for crate::secrets::input::PasswordSource {
    fn from(args: &PasswordArgs) -> Self {
        use crate::secrets::input::PasswordSource;
        if args.password_stdin {
            PasswordSource::Stdin
        } else if let Some(path) = &args.password_file {
            PasswordSource::File(path.clone())
        } else if let Some(name) = &args.password_env {
            PasswordSource::Env(name.clone())
        } else if let Some(value) = &args.password {
            PasswordSource::Argv(zeroize::Zeroizing::new(value.clone()))
        } else {
            PasswordSource::Prompt
        }
    }
}

impl From<&TokenArgs> for crate::secrets::input::PasswordSource {
    fn from(args: &TokenArgs) -> Self {
        use crate::secrets::input::PasswordSource;
        if args.token_stdin {
            PasswordSource::Stdin
        } else if let Some(path) = &args.token_file {
            PasswordSource::File(path.clone())
        } else if let Some(name) = &args.token_env {
            PasswordSource::Env(name.clone())
        } else {
            PasswordSource::Prompt
        }
    }
}

impl From<ScramArg> for crate::secrets::scram::ScramHash {
    fn from(arg: ScramArg) -> Self {
        use crate::secrets::scram::ScramHash;
        match arg {
            ScramArg::Sha1 => ScramHash::Sha1,
            ScramArg::Sha224 => ScramHash::Sha224,
            ScramArg::Sha256 => ScramHash::Sha256,
            ScramArg::Sha384 => ScramHash::Sha384,
            ScramArg::Sha512 => ScramHash::Sha512,
        }
    }
}

impl From<ProbeTls> for crate::probe::machine::TlsMode {
    fn from(arg: ProbeTls) -> Self {
        use crate::probe::machine::TlsMode;
        match arg {
            ProbeTls::Auto => TlsMode::Auto,
            ProbeTls::Starttls => TlsMode::Starttls,
            ProbeTls::Implicit => TlsMode::Implicit,
            ProbeTls::None => TlsMode::None,
        }
    }
}

/// `[type:]FILE` → [`MapSpec`], from the argument's bytes (a non-UTF-8 file name is kept).
#[derive(Debug, Clone, Copy)]
pub struct MapSpecParser;

impl clap::builder::TypedValueParser for MapSpecParser {
    type Value = MapSpec;

    fn parse_ref(
        &self,
        _cmd: &clap::Command,
        _arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<MapSpec, clap::Error> {
        Ok(MapSpec::parse(value))
    }
}

/// A SASL mechanism name (RFC 4422 §3.1: 1–20 of A–Z, 0–9, `-`, `_`), upper-cased.
pub fn mechanism_name(text: &str) -> Result<String, String> {
    let upper = text.to_ascii_uppercase();
    let valid = (1..=20).contains(&upper.len())
        && upper.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-' || b == b'_');
    if valid {
        Ok(upper)
    } else {
        Err("a SASL mechanism name is 1 to 20 letters, digits, '-' or '_' (e.g. SCRAM-SHA-256)".into())
    }
}
