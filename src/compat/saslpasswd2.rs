//! `saslpasswd2 [-v] [-c [-p] [-n]] [-d] [-a appname] [-f sasldb] [-u DOM] userid`
//!
//! Cyrus's exit codes are `-SASL_result`: 1 generic failure or usage, 7 bad parameter.

use std::io::{IsTerminal, Read};
use std::path::PathBuf;

use zeroize::Zeroizing;

use super::getopt::{getopt, Opt};
use super::{progname, version_banner, CMU_NOTICE};
use crate::output::Printer;
use crate::sasldb::key::{user_prefix, Key};
use crate::sasldb::open::{open, Backend};
use crate::sasldb::ops::{set_user, Records, SetMode};
use crate::sasldb::property;
use crate::sasldb::store::{Access, OpenOptions};
use crate::sasldb::user::default_realm;
use crate::sasldb::{DbError, UserId};
use crate::secrets::input::{read_first_line, read_hidden_stdin_line};
use crate::secrets::password::Password;

const GENERIC_FAILURE: u8 = 1;
const BAD_PARAM: u8 = 7;

#[derive(Debug, Default)]
struct Options {
    pipe: bool,
    create: bool,
    disable: bool,
    no_plain: bool,
    file: Option<PathBuf>,
    domain: Option<String>,
    appname: Option<String>,
    version: bool,
    usage: bool,
    userid: Option<String>,
}

pub fn run(args: &[String]) -> u8 {
    let printer = Printer::new(false, crate::output::Format::Human);
    let name = args.first().map(|a| progname(a.as_ref())).unwrap_or_else(|| "saslpasswd2".into());
    let argv0 = args.first().map_or("saslpasswd2", String::as_str);
    let options = parse(&printer, argv0, args.get(1..).unwrap_or_default());
    if options.version {
        printer.compat_error(version_banner(&name).trim_end_matches('\n'));
        return 0;
    }
    if options.usage || options.userid.is_none() {
        printer.compat_error(&usage(&name));
        return 1;
    }
    if options.appname.as_deref().is_some_and(|a| a.contains('/')) {
        printer.compat_error("appname must not contain /");
        return 1;
    }
    match execute(&printer, &options) {
        Ok(()) => 0,
        Err((code, message)) => {
            printer.compat_error(&format!("{name}: {message}"));
            code
        }
    }
}

/// `argv0` as given: glibc's getopt messages use it unshortened.
fn parse(printer: &Printer, argv0: &str, args: &[String]) -> Options {
    let parsed = getopt(args, "vpcdnf:u:a:h?");
    let mut options = Options::default();
    for opt in parsed.opts {
        match opt {
            Opt::Flag('p') => options.pipe = true,
            Opt::Flag('c') => {
                options.usage |= options.disable;
                options.create = true;
            }
            Opt::Flag('d') => {
                options.usage |= options.create;
                options.disable = true;
            }
            Opt::Flag('n') => options.no_plain = true,
            Opt::Flag('v') => options.version = true,
            Opt::WithArg('f', file) => options.file = Some(file.into()),
            Opt::WithArg('u', domain) => options.domain = Some(domain),
            Opt::WithArg('a', app) => options.appname = Some(app),
            Opt::Unknown(c) => {
                printer.compat_error(&format!("{argv0}: invalid option -- '{c}'"));
                options.usage = true;
            }
            Opt::MissingArg(c) => {
                printer.compat_error(&format!("{argv0}: option requires an argument -- '{c}'"));
                options.usage = true;
            }
            _ => options.usage = true,
        }
    }
    match parsed.operands.as_slice() {
        [userid] => options.userid = Some(userid.clone()),
        _ => options.usage = true,
    }
    options
}

fn usage(name: &str) -> String {
    format!(
        "{CMU_NOTICE}{name}: usage: {name} [-v] [-c [-p] [-n]] [-d] [-a appname] [-f sasldb] [-u DOM] userid\n\
         \t-p\tpipe mode -- no prompt, password read on stdin\n\
         \t-c\tcreate -- ask mechs to create the account\n\
         \t-d\tdisable -- ask mechs to disable/delete the account\n\
         \t-n\tno userPassword -- don't set plaintext userPassword property\n\
         \t  \t                   (only set mechanism-specific secrets)\n\
         \t-f sasldb\tuse given file as sasldb\n\
         \t-a appname\tuse appname as application name\n\
         \t-u DOM\tuse DOM for user domain\n\
         \t-v\tprint version numbers and exit"
    )
}

type Failure = (u8, String);

fn execute(printer: &Printer, options: &Options) -> Result<(), Failure> {
    let path = options.file.clone().unwrap_or_else(crate::sasldb::default_path);
    let userid = options.userid.as_deref().unwrap_or_default();
    let user = UserId::resolve(userid, options.domain.as_deref(), &default_realm());
    if user.authid.is_empty() {
        return Err((BAD_PARAM, "invalid parameter supplied: empty user id".into()));
    }
    if options.disable {
        return disable(&path, &user);
    }
    let pipe = options.pipe || !std::io::stdin().is_terminal();
    let password = read_password(printer, pipe)?;
    set(printer, &path, &user, &password, options.no_plain)
}

fn read_password(printer: &Printer, pipe: bool) -> Result<Password, Failure> {
    let io_failure =
        |err: std::io::Error| (GENERIC_FAILURE, format!("generic failure: reading the password: {err}"));
    let password = if pipe {
        Password::new(read_piped(std::io::stdin().lock()).map_err(io_failure)?)
    } else {
        let first = prompt(printer, "Password: ").map_err(io_failure)?;
        let again = prompt(printer, "Again (for verification): ").map_err(io_failure)?;
        if *first != *again {
            return Err((BAD_PARAM, "passwords don't match; aborting".into()));
        }
        Password::new(first)
    };
    match password.validate() {
        Ok(_) => Ok(password),
        Err(crate::secrets::password::PasswordError::Empty) => {
            Err((BAD_PARAM, "invalid parameter supplied".into()))
        }
        Err(err) => Err((BAD_PARAM, format!("invalid parameter supplied: {err}"))),
    }
}

/// Pipe mode. Cyrus does a single `read()` of up to 2048 bytes and strips one final newline, so a
/// slow writer gets its password cut short. This reads to EOF instead (one line from a terminal),
/// which gives the same password for everything Cyrus read whole, embedded newlines included.
/// Reading stops past the sasldb value limit, so endless input cannot hang it.
fn read_piped(stdin: impl std::io::Read) -> std::io::Result<Zeroizing<Vec<u8>>> {
    if std::io::stdin().is_terminal() {
        return read_first_line(stdin);
    }
    let mut input = Zeroizing::new(Vec::new());
    stdin.take(crate::secrets::password::MAX_LEN as u64 + 1).read_to_end(&mut input)?;
    if input.last() == Some(&b'\n') {
        input.pop();
    }
    Ok(input)
}

fn prompt(printer: &Printer, text: &str) -> std::io::Result<Zeroizing<Vec<u8>>> {
    read_hidden_stdin_line(|| printer.prompt(text))
}

fn set(
    printer: &Printer,
    path: &std::path::Path,
    user: &UserId,
    password: &Password,
    no_plain: bool,
) -> Result<(), Failure> {
    let mut records: Records = Vec::new();
    if !no_plain {
        records.push((property::USER_PASSWORD, Zeroizing::new(password.as_bytes().to_vec())));
    } else {
        // Cyrus writes nothing here either (no mechanism secrets without its plugins), silently.
        printer
            .compat_error("warning: -n: no userPassword and no mechanism secret to write; nothing written");
        return Ok(());
    }
    // A new file is what the installed Cyrus reads, as the real saslpasswd2 makes it.
    let new_file = crate::sasldb::installed::backend_for_new(path, None);
    let db = open(path, Access::Write, &OpenOptions::default(), new_file).map_err(failure)?;
    set_user(db.as_ref(), user, &records, SetMode::Upsert).map_err(failure)?;
    Ok(())
}

/// `-d`: removes the user's records; a missing user or file is success, as in Cyrus.
fn disable(path: &std::path::Path, user: &UserId) -> Result<(), Failure> {
    let db = match open(path, Access::Write, &OpenOptions::default(), Backend::Lmdb) {
        Ok(db) => db,
        Err(err) => return Err(failure(err)),
    };
    delete_secrets(db.as_ref(), user).map_err(failure)
}

/// Like Cyrus's `-d`: the password and every mechanism secret go, other properties stay.
fn delete_secrets(db: &dyn crate::sasldb::store::Store, user: &UserId) -> Result<(), DbError> {
    db.write(&mut |txn| {
        for key in txn.keys_with_prefix(&user_prefix(&user.authid, &user.realm))? {
            if Key::decode(&key).is_ok_and(|k| property::is_secret(&k.property)) {
                txn.delete(&key)?;
            }
        }
        Ok(())
    })
}

fn failure(err: DbError) -> Failure {
    (GENERIC_FAILURE, format!("generic failure: {err}"))
}
