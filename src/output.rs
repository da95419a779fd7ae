//! The one place that writes to the terminal: data on stdout (human tables, JSON, plain lines),
//! diagnostics on stderr, progress bars and confirmations. Text that came from a file or a server
//! is sanitised before it reaches a terminal.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::cell::{Cell, RefCell};
use std::io::{BufWriter, IsTerminal, StdoutLock, Write};

use comfy_table::{presets, ContentArrangement, Table};
use serde::Serialize;

use crate::error::CliError;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A table for people.
    Human,
    /// One JSON document with a stable, documented shape.
    Json,
}

pub struct Printer {
    quiet: bool,
    /// `--format json` was asked for: a failure prints a JSON error document too.
    json_wanted: bool,
    /// `--format jsonl` (probe): every JSON document on one line.
    json_lines: Cell<bool>,
    /// A JSON document (or the start of one) went to stdout already.
    json_printed: std::cell::Cell<bool>,
    stdout: RefCell<BufWriter<StdoutLock<'static>>>,
    stdout_is_terminal: bool,
    broken_pipe: Cell<bool>,
}

impl Printer {
    pub fn new(quiet: bool, format: Format) -> Printer {
        let stdout = std::io::stdout();
        Printer {
            quiet,
            json_wanted: format == Format::Json,
            json_lines: Cell::new(false),
            json_printed: std::cell::Cell::new(false),
            stdout_is_terminal: stdout.is_terminal(),
            stdout: RefCell::new(BufWriter::with_capacity(64 * 1024, stdout.lock())),
            broken_pipe: Cell::new(false),
        }
    }

    /// A data line on stdout, sanitised when stdout is a terminal.
    pub fn line(&self, text: &str) {
        if self.stdout_is_terminal {
            self.write_stdout(sanitize(text).as_bytes());
        } else {
            self.write_stdout(text.as_bytes());
        }
        self.write_stdout(b"\n");
    }

    /// Raw bytes on stdout (byte-exact listings); made visible instead when stdout is a terminal.
    pub fn bytes(&self, bytes: &[u8]) {
        if self.stdout_is_terminal {
            self.write_stdout(sanitize(&String::from_utf8_lossy(bytes)).as_bytes());
        } else {
            self.write_stdout(bytes);
        }
    }

    pub fn json(&self, value: &impl Serialize) {
        self.json_printed.set(true);
        let text = if self.json_lines.get() {
            serde_json::to_string(value)
        } else {
            serde_json::to_string_pretty(value)
        };
        match text {
            Ok(text) => self.line(&text),
            Err(err) => self.warn(&format!("internal: JSON encoding failed: {err}")),
        }
    }

    /// From now on every JSON document is one line (`--format jsonl`, errors included).
    pub fn use_json_lines(&self) {
        self.json_lines.set(true);
    }

    /// One JSON object on its own line, written out at once (a stream a script follows).
    pub fn json_line(&self, value: &impl Serialize) {
        self.json_printed.set(true);
        match serde_json::to_string(value) {
            Ok(text) => {
                self.line(&text);
                self.flush();
            }
            Err(err) => self.warn(&format!("internal: JSON encoding failed: {err}")),
        }
    }

    /// One element of a JSON array printed as it is produced (`[`, elements, `]`), so a listing
    /// of any length is never held whole: `first` opens the array, [`Printer::json_array_end`]
    /// closes it.
    pub fn json_array_item(&self, value: &impl Serialize, first: bool) {
        self.json_printed.set(true);
        match serde_json::to_string_pretty(value) {
            Ok(text) => {
                self.write_stdout(if first { b"[\n" } else { b",\n" });
                self.write_stdout(text.as_bytes());
            }
            Err(err) => self.warn(&format!("internal: JSON encoding failed: {err}")),
        }
    }

    /// Closes a streamed JSON array; `empty` when no element was printed.
    pub fn json_array_end(&self, empty: bool) {
        self.json_printed.set(true);
        self.write_stdout(if empty { b"[]\n" } else { b"\n]\n" });
    }

    /// A table with a header row; cells are sanitised. On a terminal it fits the width without
    /// splitting a word; narrower than that, each row becomes `header: value` lines.
    pub fn table(&self, header: &[&str], rows: &[Vec<String>]) {
        let rows: Vec<Vec<String>> =
            rows.iter().map(|row| row.iter().map(|cell| sanitize(cell)).collect()).collect();
        let width = if self.stdout_is_terminal { terminal_width() } else { None };
        let mut table = Table::new();
        table.set_header(header.to_vec());
        for row in &rows {
            table.add_row(row.clone());
        }
        match (self.stdout_is_terminal, width) {
            (false, _) => {
                table.load_preset(presets::ASCII_MARKDOWN);
            }
            // A terminal that does not say its size (a pty under `script`): no wrapping at all.
            (true, None) => {
                table.load_preset(presets::UTF8_FULL_CONDENSED);
            }
            (true, Some(width)) => {
                let Some(widths) = column_widths(width, header, &rows) else {
                    return self.line(&as_lines(header, &rows));
                };
                table
                    .load_preset(presets::UTF8_FULL_CONDENSED)
                    .set_content_arrangement(ContentArrangement::Dynamic);
                for (column, width) in table.column_iter_mut().zip(widths) {
                    // comfy-table's absolute width counts the padding (one space each side).
                    let width = comfy_table::Width::Fixed((width + 2).min(usize::from(u16::MAX)) as u16);
                    column.set_constraint(comfy_table::ColumnConstraint::Absolute(width));
                }
            }
        }
        self.line(&table.to_string());
    }

    fn write_stdout(&self, bytes: &[u8]) {
        if self.broken_pipe.get() {
            return;
        }
        if let Err(err) = self.stdout.borrow_mut().write_all(bytes) {
            self.note_stdout_error(err);
        }
    }

    fn note_stdout_error(&self, err: std::io::Error) {
        if err.kind() != std::io::ErrorKind::BrokenPipe {
            eprintln!("saslkit: error: writing to standard output: {err}");
        }
        self.broken_pipe.set(true);
    }

    pub fn flush(&self) {
        if let Err(err) = self.stdout.borrow_mut().flush() {
            self.note_stdout_error(err);
        }
    }

    /// A status line for people (stderr), silenced by --quiet.
    pub fn status(&self, text: &str) {
        if !self.quiet {
            self.flush();
            eprintln!("{}", sanitize(text));
        }
    }

    pub fn warn(&self, text: &str) {
        self.flush();
        eprintln!("warning: {}", sanitize(text));
    }

    pub fn error(&self, err: &CliError) {
        if self.json_wanted && !self.json_printed.get() {
            self.json(&crate::error::ErrorDocument::from(err));
        }
        self.flush();
        eprintln!("error: {}", sanitize(&err.message));
        for cause in &err.causes {
            eprintln!("  caused by: {}", sanitize(cause));
        }
        for hint in &err.hints {
            eprintln!("  hint: {}", sanitize(hint));
        }
    }

    /// A message in a drop-in compatibility mode: `progname: text`, exactly, on stderr.
    pub fn compat_error(&self, text: &str) {
        self.flush();
        eprintln!("{text}");
    }

    /// Text on stdout with no newline, flushed at once (the prompts of the compatibility modes).
    pub fn prompt(&self, text: &str) {
        self.write_stdout(text.as_bytes());
        self.flush();
    }

    /// Asks a yes/no question on the terminal; `None` when there is no terminal to ask on.
    pub fn confirm(&self, question: &str) -> Option<bool> {
        if !std::io::stdin().is_terminal() || !std::io::stderr().is_terminal() {
            return None;
        }
        self.flush();
        dialoguer::Confirm::new().with_prompt(question).default(false).interact().ok()
    }

    /// A progress bar on stderr, shown only on a terminal and without --quiet.
    pub fn progress(&self, total: u64, what: &str) -> indicatif::ProgressBar {
        if self.quiet || !std::io::stderr().is_terminal() {
            return indicatif::ProgressBar::hidden();
        }
        let bar = indicatif::ProgressBar::new(total);
        if let Ok(style) =
            indicatif::ProgressStyle::with_template("{msg} [{bar:40}] {pos}/{len} ({eta} left)")
        {
            bar.set_style(style.progress_chars("=> "));
        }
        bar.set_message(what.to_string());
        bar
    }
}

impl Drop for Printer {
    fn drop(&mut self) {
        self.flush();
    }
}

/// `1 user`, `2 users`.
pub fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// Makes control characters visible so file or server text cannot drive the terminal.
pub fn sanitize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' | '\t' => out.push(c),
            c if c.is_control() => out.extend(c.escape_default()),
            c => out.push(c),
        }
    }
    out
}

/// Prints clap's own message (help, version, or a usage error) and returns the exit code:
/// 0 for help and version, 64 (EX_USAGE) for a usage error instead of clap's 2.
/// Prints clap's message (help, version, or a usage error). A usage error on a command line
/// that asked for `--format json` also prints the JSON error document: a script that always
/// parses stdout gets one here too.
pub fn print_clap_error(err: &clap::Error, args: &[std::ffi::OsString]) -> u8 {
    let _ = err.print();
    if !err.use_stderr() {
        return 0;
    }
    if wants_json(args) {
        let rendered = err.render().to_string();
        let first = rendered.lines().next().unwrap_or("usage error");
        let message = first.strip_prefix("error: ").unwrap_or(first).to_string();
        let mut document = crate::error::CliError::usage(message);
        document.hints.push("see --help".into());
        if let Ok(text) = serde_json::to_string_pretty(&crate::error::ErrorDocument::from(&document)) {
            let _ = writeln!(std::io::stdout(), "{text}");
        }
    }
    crate::error::Kind::Usage.exit_code()
}

/// `--format json` or `--format=json` among the arguments (before clap could say which command).
fn wants_json(args: &[std::ffi::OsString]) -> bool {
    args.windows(2).any(|w| w[0] == "--format" && w[1] == "json") || args.iter().any(|a| a == "--format=json")
}

/// The terminal's width in columns, from stdout; `None` when it does not say (0 columns).
fn terminal_width() -> Option<usize> {
    let mut size = libc::winsize { ws_row: 0, ws_col: 0, ws_xpixel: 0, ws_ypixel: 0 };
    // SAFETY: TIOCGWINSZ writes one winsize into the struct we own; on failure it writes nothing.
    let ok = unsafe { libc::ioctl(libc::STDOUT_FILENO, libc::TIOCGWINSZ, &mut size) } == 0;
    (ok && size.ws_col > 0).then_some(usize::from(size.ws_col))
}

/// The text width of each column on a screen `width` wide: every column at least its longest
/// word (so no word splits), the space left given out towards each column's longest cell.
/// `None` when even the longest words do not fit.
fn column_widths(width: usize, header: &[&str], rows: &[Vec<String>]) -> Option<Vec<usize>> {
    let column = |i: usize, measure: &dyn Fn(&str) -> usize| {
        rows.iter().filter_map(|r| r.get(i)).map(|c| measure(c)).max().unwrap_or(0).max(measure(header[i]))
    };
    let word = |text: &str| text.split_whitespace().map(|w| w.chars().count()).max().unwrap_or(0);
    let whole = |text: &str| text.chars().count();
    let floors: Vec<usize> = (0..header.len()).map(|i| column(i, &word)).collect();
    let wanted: Vec<usize> = (0..header.len()).map(|i| column(i, &whole)).collect();
    // Each column costs a border and two spaces of padding beyond its text; one border closes.
    let room = width.checked_sub(3 * header.len() + 1)?;
    let mut widths = floors;
    let mut left = room.checked_sub(widths.iter().sum())?;
    while left > 0 {
        let mut grew = false;
        for (w, want) in widths.iter_mut().zip(&wanted) {
            if left > 0 && *w < *want {
                *w += 1;
                left -= 1;
                grew = true;
            }
        }
        if !grew {
            break;
        }
    }
    Some(widths)
}

/// A table too wide for the screen: one `header: value` line per cell, a blank line between rows.
fn as_lines(header: &[&str], rows: &[Vec<String>]) -> String {
    rows.iter()
        .map(|row| header.iter().zip(row).map(|(h, c)| format!("{h}: {c}")).collect::<Vec<_>>().join("\n"))
        .collect::<Vec<_>>()
        .join("\n\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_never_go_below_their_longest_word() {
        let rows = vec![vec!["alice".to_string(), "plaintext, SCRAM-SHA-256 (4096)".to_string()]];
        let header = ["user", "secrets"];
        // Room for everything: each column as wide as its longest cell.
        assert_eq!(column_widths(80, &header, &rows), Some(vec![5, 31]));
        // Tight: the second column shrinks to its longest word, SCRAM-SHA-256, no further.
        assert_eq!(column_widths(3 * 2 + 1 + 5 + 13, &header, &rows), Some(vec![5, 13]));
        assert_eq!(column_widths(3 * 2 + 1 + 5 + 12, &header, &rows), None);
        assert_eq!(column_widths(3, &header, &rows), None);
    }

    #[test]
    fn too_narrow_becomes_lines() {
        let rows = vec![vec!["a".to_string(), "b c".to_string()], vec!["d".to_string(), "e".to_string()]];
        assert_eq!(as_lines(&["x", "y"], &rows), "x: a\ny: b c\n\nx: d\ny: e");
    }

    #[test]
    fn sanitize_escapes_controls() {
        assert_eq!(sanitize("ok\x1b[2Jbad\x07"), "ok\\u{1b}[2Jbad\\u{7}");
        assert_eq!(sanitize("tab\there\nnext ÜnïcødeUser"), "tab\there\nnext ÜnïcødeUser");
        assert_eq!(sanitize("\u{9b}31m"), "\\u{9b}31m");
    }
}
