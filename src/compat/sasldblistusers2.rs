//! `sasldblistusers2 [-v] [[-f] sasldb]`: one `user@realm: property` line per record. Like Cyrus,
//! a failed listing prints `listusers failed` and still exits 0; unlike Cyrus, a malformed key is
//! reported and skipped instead of looping forever.

use std::path::PathBuf;

use super::getopt::{getopt, Opt};
use super::{progname, version_banner, CMU_NOTICE};
use crate::commands::listusers::sasldb_line;
use crate::output::Printer;
use crate::sasldb::open::{open, Backend};
use crate::sasldb::ops::{scan_entries, Entry};
use crate::sasldb::store::{Access, OpenOptions};
use crate::sasldb::DbError;

pub fn run(args: &[String]) -> u8 {
    let printer = Printer::new(false, crate::output::Format::Human);
    let name = args.first().map(|a| progname(a.as_ref())).unwrap_or_else(|| "sasldblistusers2".into());
    let rest = args.get(1..).unwrap_or_default();
    let argv0 = args.first().map_or("sasldblistusers2", String::as_str);
    let path = match parse(&printer, argv0, &name, rest) {
        Parsed::Path(path) => path,
        Parsed::Version => {
            printer.compat_error(version_banner(&name).trim_end_matches('\n'));
            return 0;
        }
        Parsed::Usage => return 1,
    };
    if let Err(err) = list(&printer, &path) {
        printer.compat_error(&format!("{name}: {err}"));
        printer.compat_error("listusers failed");
    }
    0
}

enum Parsed {
    Path(PathBuf),
    Version,
    Usage,
}

/// `argv0` as given (glibc's getopt messages use it unshortened); `name` is its basename.
fn parse(printer: &Printer, argv0: &str, name: &str, args: &[String]) -> Parsed {
    let default = crate::sasldb::default_path();
    if let [only] = args {
        if !only.starts_with('-') {
            return Parsed::Path(only.into());
        }
    }
    let parsed = getopt(args, "vf:h?");
    let mut path = None;
    for opt in parsed.opts {
        match opt {
            Opt::WithArg('f', file) => path = Some(PathBuf::from(file)),
            Opt::Flag('v') => return Parsed::Version,
            Opt::Unknown(c) => {
                printer.compat_error(&format!("{argv0}: invalid option -- '{c}'"));
                printer.compat_error(&usage(name));
                printer.compat_error("Unrecognized command line option");
                return Parsed::Usage;
            }
            Opt::MissingArg(c) => {
                printer.compat_error(&format!("{argv0}: option requires an argument -- '{c}'"));
                printer.compat_error(&usage(name));
                printer.compat_error("Unrecognized command line option");
                return Parsed::Usage;
            }
            _ => {
                printer.compat_error(&usage(name));
                return Parsed::Usage;
            }
        }
    }
    if !parsed.operands.is_empty() {
        printer.compat_error(&usage(name));
        return Parsed::Usage;
    }
    Parsed::Path(path.unwrap_or(default))
}

fn usage(name: &str) -> String {
    format!(
        "{CMU_NOTICE}{name}: usage: {name} [-v] [[-f] sasldb]\n\
         \t-f sasldb\tuse given file as sasldb\n\
         \t-v\tprint version numbers and exit"
    )
}

fn list(printer: &Printer, path: &std::path::Path) -> Result<(), DbError> {
    let db = open(path, Access::Read, &OpenOptions::default(), Backend::Lmdb)?;
    let mut line = Vec::with_capacity(256);
    scan_entries(db.as_ref(), &mut |entry| match entry {
        Entry::Record(key, _) => {
            line.clear();
            sasldb_line(&mut line, &key.authid, &key.realm, &key.property);
            printer.bytes(&line);
        }
        Entry::Malformed(key, err) => printer.compat_error(&format!(
            "skipping malformed key {}: {err}",
            String::from_utf8_lossy(key).escape_debug()
        )),
    })
}
