//! postmap's input rules (`readllines()` + `postmap()`), pure: bytes in, entries and
//! line-numbered warnings out. Where postmap silently accepts odd input, this warns.

use std::borrow::Cow;
use std::ops::Range;

use crate::postmap::fold::fold_key;

/// One `key value` pair as it will be stored (key folded, value verbatim; no NULs yet). The key
/// and the value are two slices of one text, borrowed from the input unless folding or a
/// continuation line changed it: a million-line map costs little more than its source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry<'a> {
    /// First physical line of the logical line.
    pub line: usize,
    text: Cow<'a, [u8]>,
    key_len: u32,
    value_start: u32,
}

impl<'a> Entry<'a> {
    pub fn new(line: usize, key: &[u8], value: &[u8]) -> Entry<'a> {
        Entry::from_parts(line, Cow::Owned([key, b" ", value].concat()), key.len(), key.len() + 1)
    }

    /// `text[..key_len]` is the key, `text[value_start..]` the value.
    fn from_parts(line: usize, text: Cow<'a, [u8]>, key_len: usize, value_start: usize) -> Entry<'a> {
        // Lines are far shorter than 4 GiB: the parser reads a file into memory first.
        let narrow = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        Entry { line, text, key_len: narrow(key_len), value_start: narrow(value_start) }
    }

    /// An entry over `text` = key then value, borrowed.
    pub fn borrowed(line: usize, text: &'a [u8], key_len: usize) -> Entry<'a> {
        Entry::from_parts(line, Cow::Borrowed(text), key_len, key_len)
    }

    pub fn key(&self) -> &[u8] {
        &self.text[..self.key_len as usize]
    }

    pub fn value(&self) -> &[u8] {
        &self.text[self.value_start as usize..]
    }
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
pub struct Parsed<'a> {
    /// In source order, duplicates included.
    pub entries: Vec<Entry<'a>>,
    pub warnings: Vec<Warning>,
}

/// Postfix's ISSPACE: ASCII whitespace only (space, \t, \n, \v, \f, \r).
pub(crate) const fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// One logical line: physical lines joined, with the number of the first.
struct LogicalLine<'a> {
    line: usize,
    bytes: Cow<'a, [u8]>,
}

/// `readllines()`: a line that starts with whitespace continues the previous logical line (its
/// whitespace kept); blank lines and lines whose first non-blank is `#` are skipped anywhere.
/// An iterator, so only one logical line is held at a time.
struct LogicalLines<'a> {
    /// The physical lines not read yet; `None` once the last one (with or without a newline)
    /// was read.
    rest: Option<&'a [u8]>,
    /// The number of the next physical line.
    line: usize,
    pending: Option<LogicalLine<'a>>,
}

fn logical_lines(input: &[u8], first_line: usize) -> LogicalLines<'_> {
    LogicalLines { rest: Some(input), line: first_line, pending: None }
}

impl<'a> LogicalLines<'a> {
    fn next_physical(&mut self) -> Option<&'a [u8]> {
        let rest = self.rest?;
        self.line += 1;
        Some(match memchr::memchr(b'\n', rest) {
            Some(end) => {
                self.rest = Some(&rest[end + 1..]);
                &rest[..end]
            }
            None => {
                self.rest = None;
                rest
            }
        })
    }
}

impl<'a> Iterator for LogicalLines<'a> {
    type Item = LogicalLine<'a>;

    fn next(&mut self) -> Option<LogicalLine<'a>> {
        while let Some(raw) = self.next_physical() {
            let line = self.line - 1;
            match raw.iter().position(|&b| !is_space(b)) {
                None => continue,
                Some(at) if raw[at] == b'#' => continue,
                Some(0) => {
                    let next = LogicalLine { line, bytes: Cow::Borrowed(raw) };
                    if let Some(done) = self.pending.replace(next) {
                        return Some(done);
                    }
                }
                Some(_) => match self.pending.as_mut() {
                    Some(pending) => pending.bytes.to_mut().extend_from_slice(raw),
                    None => self.pending = Some(LogicalLine { line, bytes: Cow::Borrowed(raw) }),
                },
            }
        }
        self.pending.take()
    }
}

pub fn parse(input: &[u8], options: ParseOptions) -> Parsed<'_> {
    parse_from(input, 1, options)
}

/// Parses a part of a file whose first physical line has number `first_line`.
pub fn parse_from(input: &[u8], first_line: usize, options: ParseOptions) -> Parsed<'_> {
    // One entry per line at most: sized once, no doubling of a million-entry vector.
    let lines = count_lines(input) + 1;
    let mut parsed = Parsed { entries: Vec::with_capacity(lines), warnings: Vec::new() };
    // Asked once of the whole input, so the common clean file costs no per-line pass for them.
    let input_has = Contains { nul: memchr::memchr(0, input).is_some(), non_ascii: !input.is_ascii() };
    for logical in logical_lines(input, first_line) {
        let line = logical.line;
        let mut warn = |message: String| parsed.warnings.push(Warning { line, message });
        if let Some(entry) = parse_line(logical, options, input_has, &mut warn) {
            parsed.entries.push(entry);
        }
    }
    parsed
}

pub(crate) fn count_lines(input: &[u8]) -> usize {
    memchr::memchr_iter(b'\n', input).count()
}

/// Cuts `input` into at most `parts` pieces that each start a logical line (a line beginning
/// with neither whitespace nor `#`), so the pieces parse independently. Returns each piece with
/// the number of its first line.
pub fn split_at_logical_lines(input: &[u8], parts: usize) -> Vec<(usize, &[u8])> {
    let mut pieces = Vec::new();
    let (mut start, mut first_line) = (0, 1);
    for part in 1..parts.max(1) {
        let target = (input.len() * part / parts).max(start);
        let Some(cut) = next_logical_start(input, target) else {
            break;
        };
        pieces.push((first_line, &input[start..cut]));
        first_line += count_lines(&input[start..cut]);
        start = cut;
    }
    pieces.push((first_line, &input[start..]));
    pieces
}

fn next_logical_start(input: &[u8], from: usize) -> Option<usize> {
    let mut at = from;
    loop {
        let newline = at + memchr::memchr(b'\n', input.get(at..)?)?;
        match input.get(newline + 1) {
            Some(&b) if !is_space(b) && b != b'#' => return Some(newline + 1),
            Some(_) => at = newline + 1,
            None => return None,
        }
    }
}

/// What the input holds somewhere: lines need looking at for it only when it does.
#[derive(Clone, Copy)]
struct Contains {
    nul: bool,
    non_ascii: bool,
}

fn parse_line<'a>(
    logical: LogicalLine<'a>,
    options: ParseOptions,
    input_has: Contains,
    warn: &mut dyn FnMut(String),
) -> Option<Entry<'a>> {
    let (key, value) = split_line(&logical.bytes, options, input_has, warn)?;
    let text = match logical.bytes {
        Cow::Borrowed(whole) => Cow::Borrowed(&whole[..value.end]),
        Cow::Owned(mut whole) => {
            whole.truncate(value.end);
            Cow::Owned(whole)
        }
    };
    let folded = if options.fold {
        fold_key(&text[key.clone()], options.utf8)
    } else {
        Cow::Borrowed(&text[key.clone()])
    };
    if let Cow::Owned(folded) = folded {
        return Some(Entry::new(logical.line, &folded, &text[value]));
    }
    Some(Entry::from_parts(logical.line, text, key.end, value.start))
}

/// Where the key and the value lie in a logical line, or `None` (with a warning) for a line
/// postmap skips.
fn split_line(
    bytes: &[u8],
    options: ParseOptions,
    input_has: Contains,
    warn: &mut dyn FnMut(String),
) -> Option<(Range<usize>, Range<usize>)> {
    let mut bytes = bytes;
    // Postfix works on C strings: everything after a NUL is lost.
    let nul = if input_has.nul { memchr::memchr(0, bytes) } else { None };
    if let Some(nul) = nul {
        warn("text after a NUL byte is ignored (as postmap does)".into());
        bytes = &bytes[..nul];
    }
    if bytes.first().is_some_and(|&b| is_space(b)) {
        // Its text is not quoted: a stray continuation line is usually `user:password`.
        warn("logical line must not start with whitespace (text not shown: it may hold a password)".into());
        return None;
    }
    if input_has.non_ascii && !bytes.is_ascii() && std::str::from_utf8(bytes).is_err() {
        if options.utf8 {
            warn(format!("non-UTF-8 input \"{}\" -- ignoring this line", key_excerpt(bytes)));
            return None;
        }
        warn("non-UTF-8 bytes stored as they are (a Postfix with smtputf8_enable = yes cannot read this entry)".into());
    }
    let Some(key_end) = scan_key(bytes) else {
        warn(format!("unbalanced '\"' in '{}' -- ignoring this line", key_excerpt(bytes)));
        return None;
    };
    let value = trim_range(bytes, key_end);
    if key_end == 0 || value.is_empty() {
        warn("expected format: key whitespace value".into());
        return None;
    }
    if bytes[..key_end].ends_with(b":") {
        warn("record is in \"key: value\" format; is this an alias file?".into());
    }
    Some((0..key_end, value))
}

/// The bytes where an unquoted key ends or its quoting rules begin: whitespace, `"` and `\\`.
const KEY_STOP: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = is_space(b as u8) || b == b'"' as usize || b == b'\\' as usize;
        b += 1;
    }
    table
};

/// The key ends at the first whitespace outside quotes; `\` escapes the next byte. `None` when a
/// quote is left open.
fn scan_key(bytes: &[u8]) -> Option<usize> {
    // Most keys hold no quote or backslash: their end is the first byte the table stops at,
    // one lookup per byte (the loop below costs several branches per byte, and was most of
    // the parse in a profile).
    let plain = bytes.iter().position(|&b| KEY_STOP[usize::from(b)]).unwrap_or(bytes.len());
    if bytes.get(plain).is_none_or(|&b| is_space(b)) {
        return Some(plain);
    }
    scan_key_from(bytes, plain)
}

/// The key scan byte by byte from `at`, outside quotes.
fn scan_key_from(bytes: &[u8], mut at: usize) -> Option<usize> {
    let mut quoted = false;
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

/// The range of `bytes[from..]` without leading and trailing ASCII whitespace.
fn trim_range(bytes: &[u8], from: usize) -> Range<usize> {
    let start = bytes[from..].iter().position(|&b| !is_space(b)).map_or(bytes.len(), |p| from + p);
    let end = bytes.iter().rposition(|&b| !is_space(b)).map_or(start, |e| e + 1);
    start..end.max(start)
}

/// The start of a line for a warning, up to its first whitespace: the key, never the
/// `user:password` value that postmap would quote along with it.
fn key_excerpt(bytes: &[u8]) -> String {
    let end = bytes.iter().position(|&b| is_space(b)).unwrap_or(bytes.len());
    let key = excerpt(&bytes[..end], 60);
    if end < bytes.len() {
        format!("{key} <value hidden>")
    } else {
        key
    }
}

/// Text for a warning: non-ASCII bytes as `?` (as postmap prints them), cut to `max` characters.
fn excerpt(bytes: &[u8], max: usize) -> String {
    let text: String =
        bytes.iter().map(|&b| if b.is_ascii() && !b.is_ascii_control() { b as char } else { '?' }).collect();
    if text.len() > max {
        format!("{}...", &text[..max])
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ASCII: ParseOptions = ParseOptions { utf8: false, fold: true };
    const UTF8: ParseOptions = ParseOptions { utf8: true, fold: true };

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
                    String::from_utf8_lossy(e.key()).into_owned(),
                    String::from_utf8_lossy(e.value()).into_owned(),
                )
            })
            .collect()
    }

    #[test]
    fn reference_scratch_file_ascii_mode() {
        let input = reference_input();
        let parsed = parse(&input, ASCII);
        let pairs = pairs(&parsed);
        assert_eq!(pairs.len(), 16, "{pairs:?}"); // the 15 postmap stores, plus the duplicate it drops later
        assert!(pairs.contains(&("mail.example.org".into(), "Bob@Example.ORG:pa:ss:w0rd".into())));
        assert!(pairs.contains(&("multi.example.com".into(), "dave:part1    part2\tpart3".into())));
        assert!(pairs.contains(&("hash.example.com".into(), "frank:pass#notacomment x".into())));
        assert!(pairs.contains(&("crlf.example.com".into(), "crlf:pw".into())));
        assert!(pairs.contains(&("\"quoted key.example\"".into(), "q:pw".into())));
        assert!(pairs.contains(&("alias-style:".into(), "value".into())));
        assert!(pairs.contains(&("last.example.com".into(), "no-newline-at-eof".into())));
        let utf8key = parsed.entries.iter().find(|e| e.line == 24).unwrap();
        assert_eq!(utf8key.key(), "utf8key.Über.example".as_bytes());
        let lines: Vec<(usize, &str)> =
            parsed.warnings.iter().map(|w| (w.line, w.message.as_str())).collect();
        assert!(lines.contains(&(9, "expected format: key whitespace value")));
        assert!(lines.contains(&(10, "expected format: key whitespace value")));
        assert!(lines.contains(&(20, "record is in \"key: value\" format; is this an alias file?")));
    }

    #[test]
    fn reference_scratch_file_utf8_mode() {
        let input = reference_input();
        let parsed = parse(&input, UTF8);
        assert_eq!(parsed.entries.len(), 14); // 13 stored, plus the duplicate
        let messages: Vec<(usize, &str)> =
            parsed.warnings.iter().map(|w| (w.line, w.message.as_str())).collect();
        // postmap quotes the whole line; saslkit quotes the key and never the password (issue 9).
        assert!(messages
            .contains(&(16, "non-UTF-8 input \"latin1.example.com <value hidden>\" -- ignoring this line")));
        assert!(messages
            .contains(&(17, "non-UTF-8 input \"caf?.example.com <value hidden>\" -- ignoring this line")));
        let utf8key = parsed.entries.iter().find(|e| e.line == 24).unwrap();
        assert_eq!(utf8key.key(), "utf8key.über.example".as_bytes());
    }

    #[test]
    fn quoting_escapes_nul_and_leading_whitespace() {
        let parsed = parse(
            b"  leading.example.com x:y\n\"unbalanced.example.com q:pw\ngg\\ hh v\nnul.example user:pa\0ss\n",
            ASCII,
        );
        assert_eq!(
            pairs(&parsed),
            [("gg\\ hh".to_string(), "v".to_string()), ("nul.example".into(), "user:pa".into())]
        );
        let messages: Vec<&str> = parsed.warnings.iter().map(|w| w.message.as_str()).collect();
        assert!(messages[0].starts_with("logical line must not start with whitespace"));
        assert!(messages[1].starts_with("unbalanced '\"'"));
        for secret in ["x:y", "q:pw"] {
            assert!(messages.iter().all(|m| !m.contains(secret)), "{secret} shown in {messages:?}");
        }
        assert!(messages[2].contains("NUL"));
        assert_eq!(parsed.warnings[2].line, 4);
    }

    #[test]
    fn no_fold_keeps_case() {
        let parsed = parse(b"MAIL.EXAMPLE.ORG u:p\n", ParseOptions { utf8: false, fold: false });
        assert_eq!(parsed.entries[0].key(), b"MAIL.EXAMPLE.ORG");
    }

    #[test]
    fn pieces_parse_like_the_whole() {
        let input = reference_input();
        for parts in 1..6 {
            let mut entries = Vec::new();
            let mut warnings = Vec::new();
            for (first_line, piece) in split_at_logical_lines(&input, parts) {
                let parsed = parse_from(piece, first_line, UTF8);
                entries.extend(parsed.entries);
                warnings.extend(parsed.warnings);
            }
            let whole = parse(&input, UTF8);
            assert_eq!(entries, whole.entries, "{parts} parts");
            assert_eq!(warnings, whole.warnings, "{parts} parts");
        }
    }

    proptest::proptest! {
        #[test]
        fn pieces_never_change_the_result(input in proptest::collection::vec(proptest::sample::select(b"ab \t#\n:x".to_vec()), 0..200), parts in 1usize..5) {
            let mut entries = Vec::new();
            for (first_line, piece) in split_at_logical_lines(&input, parts) {
                entries.extend(parse_from(piece, first_line, ASCII).entries);
            }
            proptest::prop_assert_eq!(entries, parse(&input, ASCII).entries);
        }

        #[test]
        fn key_scan_fast_path_changes_nothing(input in proptest::collection::vec(proptest::sample::select(b"ab \t\r\x0b\"\\:".to_vec()), 0..40)) {
            // The byte-by-byte scan from the start is postmap's rule; the fast path must agree.
            proptest::prop_assert_eq!(scan_key(&input), scan_key_from(&input, 0));
        }

        #[test]
        fn never_panics(input in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..300)) {
            let _ = parse(&input, ASCII);
            let _ = parse(&input, UTF8);
        }
    }
}
