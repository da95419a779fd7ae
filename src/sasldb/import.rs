//! Parsing bulk-import files: `user@realm<TAB>password` lines, or CSV `user,password` records.
//! Pure: bytes in, entries and line-numbered problems out.

use std::collections::HashMap;

use crate::sasldb::user::UserId;
use crate::secrets::password::Password;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputFormat {
    Tsv,
    Csv,
}

#[derive(Debug)]
pub struct Entry {
    pub line: usize,
    pub user: UserId,
    pub password: Password,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct BadLine {
    pub line: usize,
    pub reason: String,
}

#[derive(Debug, Default)]
pub struct Parsed {
    pub entries: Vec<Entry>,
    pub bad: Vec<BadLine>,
}

/// Parses `input`; users without `@` get `realm`, else `default_realm`.
pub fn parse(input: &[u8], format: InputFormat, realm: Option<&str>, default_realm: &str) -> Parsed {
    let records = match format {
        InputFormat::Tsv => tsv_records(input),
        InputFormat::Csv => csv_records(input),
    };
    let mut parsed = Parsed::default();
    let mut seen: HashMap<UserId, usize> = HashMap::new();
    for (line, fields) in records {
        match entry(line, fields, realm, default_realm) {
            Ok(entry) => {
                if let Some(first) = seen.insert(entry.user.clone(), line) {
                    parsed
                        .bad
                        .push(BadLine { line, reason: format!("{} is already on line {first}", entry.user) });
                } else {
                    parsed.entries.push(entry);
                }
            }
            Err(reason) => parsed.bad.push(BadLine { line, reason }),
        }
    }
    parsed
}

fn entry(
    line: usize,
    fields: Result<Vec<Vec<u8>>, String>,
    realm: Option<&str>,
    default_realm: &str,
) -> Result<Entry, String> {
    let fields = fields?;
    let [user, password]: [Vec<u8>; 2] = fields
        .try_into()
        .map_err(|f: Vec<Vec<u8>>| format!("expected 2 fields (user and password), found {}", f.len()))?;
    let user = String::from_utf8(user).map_err(|_| "the user name is not valid UTF-8".to_string())?;
    let user = UserId::resolve(&user, realm, default_realm);
    user.validate().map_err(|err| err.to_string())?;
    let password = Password::new(zeroize::Zeroizing::new(password));
    password.validate().map_err(|err| err.to_string())?;
    Ok(Entry { line, user, password })
}

type Record = (usize, Result<Vec<Vec<u8>>, String>);

/// One record per non-blank line that is not a `#` comment; split at the first TAB. A CR before
/// the LF (a file saved on Windows) is line ending, not password.
fn tsv_records(input: &[u8]) -> Vec<Record> {
    let mut records = Vec::new();
    for (index, raw) in input.split(|&b| b == b'\n').enumerate() {
        let line = raw.strip_suffix(b"\r").unwrap_or(raw);
        if line.iter().all(u8::is_ascii_whitespace) || line.first() == Some(&b'#') {
            continue;
        }
        let fields = match line.iter().position(|&b| b == b'\t') {
            Some(tab) => Ok(vec![line[..tab].to_vec(), line[tab + 1..].to_vec()]),
            None => Err("no TAB between the user and the password".to_string()),
        };
        records.push((index + 1, fields));
    }
    records
}

/// RFC 4180 records: `,` separated, `"` quoted with `""` escapes, quoted fields may span lines.
/// A first record `user,password` (any case) is a header and skipped.
fn csv_records(input: &[u8]) -> Vec<Record> {
    let mut records = Vec::new();
    let mut pos = 0;
    let mut line = 1;
    while pos < input.len() {
        let start_line = line;
        let (fields, next, lines) = csv_record(input, pos);
        pos = next;
        line += lines;
        let blank = matches!(&fields, Ok(f) if f.len() == 1 && f[0].iter().all(u8::is_ascii_whitespace));
        let header = start_line == 1
            && matches!(&fields, Ok(f) if f.len() == 2 && f[0].eq_ignore_ascii_case(b"user") && f[1].eq_ignore_ascii_case(b"password"));
        if !blank && !header {
            records.push((start_line, fields));
        }
    }
    records
}

/// Reads one record from `pos`; returns it, the position after it and how many newlines it ate.
fn csv_record(input: &[u8], mut pos: usize) -> (Result<Vec<Vec<u8>>, String>, usize, usize) {
    let mut fields = Vec::new();
    let mut field = Vec::new();
    let mut newlines = 0;
    let mut quoted = false;
    let mut error = None;
    while pos < input.len() {
        let byte = input[pos];
        pos += 1;
        match (quoted, byte) {
            (true, b'"') if input.get(pos) == Some(&b'"') => {
                field.push(b'"');
                pos += 1;
            }
            (true, b'"') => quoted = false,
            (true, b'\n') => {
                newlines += 1;
                field.push(byte);
            }
            (true, _) => field.push(byte),
            (false, b'"') if field.is_empty() => quoted = true,
            (false, b'"') => error = Some("a quote inside an unquoted field".to_string()),
            (false, b',') => fields.push(std::mem::take(&mut field)),
            (false, b'\n') => {
                newlines += 1;
                break;
            }
            (false, b'\r') if input.get(pos) == Some(&b'\n') => {}
            (false, _) => field.push(byte),
        }
    }
    if quoted {
        error = Some("a quoted field is not closed".to_string());
    }
    fields.push(field);
    (error.map_or(Ok(fields), Err), pos, newlines)
}

/// What an import did (or, with `dry_run`, would do); the documented JSON shape.
#[derive(Debug, Default, serde::Serialize)]
pub struct ImportReport {
    pub dry_run: bool,
    pub created: usize,
    pub updated: usize,
    pub bad: Vec<BadLine>,
}

/// Turns each password into its records; SCRAM's PBKDF2 (the slow part) runs on every core.
/// `done` is called once per entry, from any thread (a progress bar).
pub fn derive_all(
    entries: &[Entry],
    choice: crate::sasldb::ops::SecretChoice,
    done: &(dyn Fn() + Sync),
) -> crate::sasldb::DbResult<Vec<crate::sasldb::ops::Records>> {
    let threads = if choice.scram.is_some() { crate::parallel::cores() } else { 1 };
    crate::parallel::map_in_order(entries, threads, |entry| {
        crate::sasldb::ops::records_for(&entry.password, choice).inspect(|_| done())
    })
}

/// Writes every entry in one transaction (all or nothing), counting created and updated users.
pub fn write_all(
    store: &dyn crate::sasldb::store::Store,
    entries: &[Entry],
    records: &[crate::sasldb::ops::Records],
    report: &mut ImportReport,
    done: &dyn Fn(),
) -> crate::sasldb::DbResult<()> {
    use crate::sasldb::ops::{set_user_in, SetMode};
    store.write(&mut |txn| {
        // A retried transaction starts counting again.
        (report.created, report.updated) = (0, 0);
        for (entry, records) in entries.iter().zip(records) {
            let outcome = set_user_in(txn, &entry.user, records, SetMode::Upsert)?;
            *(if outcome.created { &mut report.created } else { &mut report.updated }) += 1;
            done();
        }
        Ok(())
    })
}

/// For a dry run: which entries would create a user and which would update one (no store: all new).
pub fn count_existing(
    store: Option<&dyn crate::sasldb::store::Store>,
    entries: &[Entry],
    report: &mut ImportReport,
) -> crate::sasldb::DbResult<()> {
    for entry in entries {
        let exists = match store {
            Some(store) => crate::sasldb::ops::get_user(store, &entry.user)?.is_some(),
            None => false,
        };
        *(if exists { &mut report.updated } else { &mut report.created }) += 1;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn users(parsed: &Parsed) -> Vec<String> {
        parsed.entries.iter().map(|e| e.user.to_string()).collect()
    }

    #[test]
    fn tsv_lines_comments_and_realms() {
        let input = b"# comment\nalice@example.com\tpw1\n\nbob\tpw\t2\r\ncarol@example.org\tpw3";
        let parsed = parse(input, InputFormat::Tsv, Some("example.net"), "vm");
        assert_eq!(users(&parsed), ["alice@example.com", "bob@example.net", "carol@example.org"]);
        assert_eq!(parsed.entries[1].password.as_bytes(), b"pw\t2");
        assert_eq!(parsed.entries[1].line, 4);
        assert!(parsed.bad.is_empty());
    }

    #[test]
    fn tsv_bad_lines_have_numbers_and_reasons() {
        let input = b"nopassword\nalice@example.com\t\n@example.com\tpw\nalice@example.com\tpw\nalice@example.com\tpw2\n";
        let parsed = parse(input, InputFormat::Tsv, None, "vm");
        let bad: Vec<(usize, &str)> = parsed.bad.iter().map(|b| (b.line, b.reason.as_str())).collect();
        assert_eq!(bad.len(), 4, "{bad:?}");
        assert_eq!(bad[0], (1, "no TAB between the user and the password"));
        assert_eq!(bad[1], (2, "the password is empty"));
        assert_eq!(bad[2].0, 3);
        assert_eq!(bad[3], (5, "alice@example.com is already on line 4"));
        assert_eq!(users(&parsed), ["alice@example.com"]);
    }

    #[test]
    fn csv_quoting_header_and_multiline() {
        let input = b"user,password\r\nalice@example.com,\"p,w\"\"1\"\r\n\"bob@example.com\",\"two\nlines\"\ncarol@example.com,a,b\n";
        let parsed = parse(input, InputFormat::Csv, None, "vm");
        assert_eq!(users(&parsed), ["alice@example.com", "bob@example.com"]);
        assert_eq!(parsed.entries[0].password.as_bytes(), b"p,w\"1");
        assert_eq!(parsed.entries[1].password.as_bytes(), b"two\nlines");
        assert_eq!(
            parsed.bad,
            vec![BadLine { line: 5, reason: "expected 2 fields (user and password), found 3".into() }]
        );
    }

    #[test]
    fn csv_unclosed_quote_is_bad() {
        let parsed = parse(b"alice@example.com,\"open\n", InputFormat::Csv, None, "vm");
        assert_eq!(parsed.bad[0].reason, "a quoted field is not closed");
    }

    proptest::proptest! {
        #[test]
        fn parse_never_panics(input in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..200)) {
            let _ = parse(&input, InputFormat::Tsv, None, "vm");
            let _ = parse(&input, InputFormat::Csv, Some("r"), "vm");
        }
    }
}
