//! postmap's input rules (`readllines()` + `postmap()`), pure: bytes in, entries and
//! line-numbered warnings out. Where postmap silently accepts odd input, this warns.

use crate::postmap::fold::fold_key;

/// One `key value` pair as it will be stored (key folded, value verbatim; no NULs yet).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// First physical line of the logical line.
    pub line: usize,
    pub key: Vec<u8>,
    pub value: Vec<u8>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Warning {
    pub line: usize,
    pub message: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParseOptions {
    /// SMTPUTF8 mode: non-UTF-8 lines are dropped, non-ASCII keys get Unicode case folding.
    pub utf8: bool,
    /// Fold keys (postmap without `-f`).
    pub fold: bool,
}

#[derive(Debug, Default)]
pub struct Parsed {
    /// In source order, duplicates included.
    pub entries: Vec<Entry>,
    pub warnings: Vec<Warning>,
}

/// Postfix's ISSPACE: ASCII whitespace only (space, \t, \n, \v, \f, \r).
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// One logical line: physical lines joined, with the number of the first.
struct LogicalLine {
    line: usize,
    bytes: Vec<u8>,
}

/// `readllines()`: a line that starts with whitespace continues the previous logical line (its
/// whitespace kept); blank lines and lines whose first non-blank is `#` are skipped anywhere.
fn logical_lines(input: &[u8]) -> Vec<LogicalLine> {
    let mut lines: Vec<LogicalLine> = Vec::new();
    let mut physical = input.split(|&b| b == b'\n').enumerate().peekable();
    while let Some((index, raw)) = physical.next() {
        if raw.is_empty() && physical.peek().is_none() {
            break; // the empty tail after a final newline
        }
        match raw.iter().position(|&b| !is_space(b)) {
            None => continue,
            Some(at) if raw[at] == b'#' => continue,
            Some(0) => lines.push(LogicalLine {
                line: index + 1,
                bytes: raw.to_vec(),
            }),
            Some(_) => match lines.last_mut() {
                Some(last) => last.bytes.extend_from_slice(raw),
                None => lines.push(LogicalLine {
                    line: index + 1,
                    bytes: raw.to_vec(),
                }),
            },
        }
    }
    lines
}

pub fn parse(input: &[u8], options: ParseOptions) -> Parsed {
    let mut parsed = Parsed::default();
    for logical in logical_lines(input) {
        let mut warn = |message: String| {
            parsed.warnings.push(Warning {
                line: logical.line,
                message,
            })
        };
        if let Some(entry) = parse_line(&logical, options, &mut warn) {
            parsed.entries.push(entry);
        }
    }
    parsed
}

fn parse_line(
    logical: &LogicalLine,
    options: ParseOptions,
    warn: &mut dyn FnMut(String),
) -> Option<Entry> {
    let mut bytes = logical.bytes.as_slice();
    // Postfix works on C strings: everything after a NUL is lost.
    if let Some(nul) = bytes.iter().position(|&b| b == 0) {
        warn("text after a NUL byte is ignored (as postmap does)".into());
        bytes = &bytes[..nul];
    }
    if bytes.first().is_some_and(|&b| is_space(b)) {
        warn(format!(
            "logical line must not start with whitespace: \"{}\"",
            excerpt(bytes, 30)
        ));
        return None;
    }
    if options.utf8 && !bytes.is_ascii() && std::str::from_utf8(bytes).is_err() {
        warn(format!(
            "non-UTF-8 input \"{}\" -- ignoring this line",
            excerpt(bytes, usize::MAX)
        ));
        return None;
    }
    if !options.utf8 && !bytes.is_ascii() && std::str::from_utf8(bytes).is_err() {
        warn("non-UTF-8 bytes stored as they are (a Postfix with smtputf8_enable = yes cannot read this entry)".into());
    }
    let key_end = scan_key(bytes).or_else(|| {
        warn(format!(
            "unbalanced '\"' in '{}' -- ignoring this line",
            excerpt(bytes, usize::MAX)
        ));
        None
    })?;
    let key = &bytes[..key_end];
    let value = trim(&bytes[key_end..]);
    if key.is_empty() || value.is_empty() {
        warn("expected format: key whitespace value".into());
        return None;
    }
    if key.ends_with(b":") {
        warn("record is in \"key: value\" format; is this an alias file?".into());
    }
    let key = if options.fold {
        fold_key(key, options.utf8).into_owned()
    } else {
        key.to_vec()
    };
    Some(Entry {
        line: logical.line,
        key,
        value: value.to_vec(),
    })
}

/// The key ends at the first whitespace outside quotes; `\` escapes the next byte. `None` when a
/// quote is left open.
fn scan_key(bytes: &[u8]) -> Option<usize> {
    let mut quoted = false;
    let mut at = 0;
    while at < bytes.len() && (quoted || !is_space(bytes[at])) {
        match bytes[at] {
            b'\\' if at + 1 >= bytes.len() => {
                at += 1;
                break;
            }
            b'\\' => at += 1,
            b'"' => quoted = !quoted,
            _ => {}
        }
        at += 1;
    }
    (!quoted).then_some(at.min(bytes.len()))
}

fn trim(bytes: &[u8]) -> &[u8] {
    let start = bytes
        .iter()
        .position(|&b| !is_space(b))
        .unwrap_or(bytes.len());
    let end = bytes
        .iter()
        .rposition(|&b| !is_space(b))
        .map_or(start, |e| e + 1);
    &bytes[start..end.max(start)]
}

/// Text for a warning: non-ASCII bytes as `?` (as postmap prints them), cut to `max` characters.
fn excerpt(bytes: &[u8], max: usize) -> String {
    let text: String = bytes
        .iter()
        .map(|&b| {
            if b.is_ascii() && !b.is_ascii_control() {
                b as char
            } else {
                '?'
            }
        })
        .collect();
    if text.len() > max {
        format!("{}...", &text[..max])
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ASCII: ParseOptions = ParseOptions {
        utf8: false,
        fold: true,
    };
    const UTF8: ParseOptions = ParseOptions {
        utf8: true,
        fold: true,
    };

    /// The scratch file of reference §2.5.
    fn reference_input() -> Vec<u8> {
        let mut input = Vec::new();
        for line in [
            &b"# SASL client password map test (comment at column 0)"[..],
            b"   # indented comment line",
            b"",
            b"[smtp.example.com]:587    alice@example.com:s3cr3t",
            b"Mail.Example.ORG  Bob@Example.ORG:pa:ss:w0rd   ",
            b"relay.example.net user-only",
            b"[Relay2.Example.NET]:465 carol:first",
            b"[relay2.example.net]:465 carol:second",
            b"nodata.example.com",
            b"nodata2.example.com   ",
            b"multi.example.com dave:part1",
            b"    part2",
            b"# comment between continuation lines",
            b"",
            b"\tpart3",
            b"latin1.example.com eve:p\xe9ss",
            b"caf\xe9.example.com fay:pw",
            b"hash.example.com frank:pass#notacomment x  ",
            b"crlf.example.com crlf:pw\r",
            b"alias-style: value",
            b"@sender.example.com sender:pw",
            b"\"quoted key.example\" q:pw",
            "utf8.example.com günter:päss".as_bytes(),
            "UTF8KEY.ÜBER.example grace:pw".as_bytes(),
        ] {
            input.extend_from_slice(line);
            input.push(b'\n');
        }
        input.extend_from_slice(b"last.example.com no-newline-at-eof");
        input
    }

    fn pairs(parsed: &Parsed) -> Vec<(String, String)> {
        parsed
            .entries
            .iter()
            .map(|e| {
                (
                    String::from_utf8_lossy(&e.key).into_owned(),
                    String::from_utf8_lossy(&e.value).into_owned(),
                )
            })
            .collect()
    }

    #[test]
    fn reference_scratch_file_ascii_mode() {
        let parsed = parse(&reference_input(), ASCII);
        let pairs = pairs(&parsed);
        assert_eq!(pairs.len(), 16, "{pairs:?}"); // the 15 postmap stores, plus the duplicate it drops later
        assert!(pairs.contains(&(
            "mail.example.org".into(),
            "Bob@Example.ORG:pa:ss:w0rd".into()
        )));
        assert!(pairs.contains(&(
            "multi.example.com".into(),
            "dave:part1    part2\tpart3".into()
        )));
        assert!(pairs.contains(&("hash.example.com".into(), "frank:pass#notacomment x".into())));
        assert!(pairs.contains(&("crlf.example.com".into(), "crlf:pw".into())));
        assert!(pairs.contains(&("\"quoted key.example\"".into(), "q:pw".into())));
        assert!(pairs.contains(&("alias-style:".into(), "value".into())));
        assert!(pairs.contains(&("last.example.com".into(), "no-newline-at-eof".into())));
        let utf8key = parsed.entries.iter().find(|e| e.line == 24).unwrap();
        assert_eq!(utf8key.key, "utf8key.Über.example".as_bytes());
        let lines: Vec<(usize, &str)> = parsed
            .warnings
            .iter()
            .map(|w| (w.line, w.message.as_str()))
            .collect();
        assert!(lines.contains(&(9, "expected format: key whitespace value")));
        assert!(lines.contains(&(10, "expected format: key whitespace value")));
        assert!(lines.contains(&(
            20,
            "record is in \"key: value\" format; is this an alias file?"
        )));
    }

    #[test]
    fn reference_scratch_file_utf8_mode() {
        let parsed = parse(&reference_input(), UTF8);
        assert_eq!(parsed.entries.len(), 14); // 13 stored, plus the duplicate
        let messages: Vec<(usize, &str)> = parsed
            .warnings
            .iter()
            .map(|w| (w.line, w.message.as_str()))
            .collect();
        assert!(messages.contains(&(
            16,
            "non-UTF-8 input \"latin1.example.com eve:p?ss\" -- ignoring this line"
        )));
        assert!(messages.contains(&(
            17,
            "non-UTF-8 input \"caf?.example.com fay:pw\" -- ignoring this line"
        )));
        let utf8key = parsed.entries.iter().find(|e| e.line == 24).unwrap();
        assert_eq!(utf8key.key, "utf8key.über.example".as_bytes());
    }

    #[test]
    fn quoting_escapes_nul_and_leading_whitespace() {
        let parsed = parse(b"  leading.example.com x:y\n\"unbalanced.example.com q:pw\ngg\\ hh v\nnul.example user:pa\0ss\n", ASCII);
        assert_eq!(
            pairs(&parsed),
            [
                ("gg\\ hh".to_string(), "v".to_string()),
                ("nul.example".into(), "user:pa".into())
            ]
        );
        let messages: Vec<&str> = parsed.warnings.iter().map(|w| w.message.as_str()).collect();
        assert!(messages[0].starts_with(
            "logical line must not start with whitespace: \"  leading.example.com x:y\""
        ));
        assert!(messages[1].starts_with("unbalanced '\"'"));
        assert!(messages[2].contains("NUL"));
        assert_eq!(parsed.warnings[2].line, 4);
    }

    #[test]
    fn no_fold_keeps_case() {
        let parsed = parse(
            b"MAIL.EXAMPLE.ORG u:p\n",
            ParseOptions {
                utf8: false,
                fold: false,
            },
        );
        assert_eq!(parsed.entries[0].key, b"MAIL.EXAMPLE.ORG");
    }

    proptest::proptest! {
        #[test]
        fn never_panics(input in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..300)) {
            let _ = parse(&input, ASCII);
            let _ = parse(&input, UTF8);
        }
    }
}
