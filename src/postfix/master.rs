//! `master.cf` as Postfix reads it: one service per entry (continuation lines start with white
//! space), the chroot column, and the `-o name=value` overrides that make one smtpd service differ
//! from main.cf (submission and smtps usually do).

use std::path::Path;

use crate::postfix::error::{ConfigError, ConfigResult};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Service {
    /// Column 1: `smtp`, `submission`, `127.0.0.1:2525`, …
    pub name: String,
    /// Column 2: `inet`, `unix`, `unix-dgram`, `fifo`, `pass`.
    pub kind: String,
    /// Column 5, with `-` resolved to Postfix 3's default (no chroot).
    pub chroot: bool,
    /// Column 8: the daemon (`smtpd`, `smtp`, …).
    pub command: String,
    /// The `-o` overrides, in order (a later one wins).
    pub overrides: Vec<(String, String)>,
    /// The line the entry starts on.
    pub line: usize,
}

impl Service {
    /// `submission/inet`: how postconf names a service.
    pub fn id(&self) -> String {
        format!("{}/{}", self.name, self.kind)
    }

    pub fn is_smtpd_listener(&self) -> bool {
        self.kind == "inet" && self.command == "smtpd"
    }

    pub fn override_value(&self, name: &str) -> Option<&str> {
        self.overrides.iter().rev().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }
}

/// Reads `CONFDIR/master.cf`.
pub fn load(confdir: &Path) -> ConfigResult<Vec<Service>> {
    let path = confdir.join("master.cf");
    let text = crate::postfix::read_text(&path)?;
    parse(&text).map_err(|(line, message)| ConfigError::Syntax { path, line, message })
}

/// The services of master.cf text; an entry with fewer than eight fields is the error Postfix
/// stops on.
pub fn parse(text: &str) -> Result<Vec<Service>, (usize, String)> {
    let mut entries: Vec<(usize, String)> = Vec::new();
    for (number, line) in text.lines().enumerate() {
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        match entries.last_mut() {
            Some((_, entry)) if line.starts_with([' ', '\t']) => {
                entry.push(' ');
                entry.push_str(trimmed);
            }
            _ => entries.push((number + 1, trimmed.to_string())),
        }
    }
    entries.into_iter().map(|(line, entry)| service(line, &entry).map_err(|m| (line, m))).collect()
}

fn service(line: usize, entry: &str) -> Result<Service, String> {
    let tokens = tokens(entry)?;
    if tokens.len() < 8 {
        return Err(format!("entry has {} fields, a service needs 8: \"{}\"", tokens.len(), shorten(entry)));
    }
    let chroot = match tokens[4].as_str() {
        "y" | "yes" => true,
        "n" | "no" | "-" => false,
        other => return Err(format!("chroot field must be y, n or -, not \"{}\"", shorten(other))),
    };
    let mut overrides = Vec::new();
    let mut args = tokens[8..].iter();
    while let Some(arg) = args.next() {
        let setting = match arg.as_str() {
            "-o" => match args.next() {
                Some(next) => next.clone(),
                None => return Err("-o without a name=value after it".into()),
            },
            other => match other.strip_prefix("-o") {
                Some(rest) if !rest.is_empty() && !rest.starts_with('-') => rest.to_string(),
                _ => continue,
            },
        };
        match setting.split_once('=') {
            Some((name, value)) => overrides.push((name.trim().to_string(), value.trim().to_string())),
            None => return Err(format!("-o {}: missing '='", shorten(&setting))),
        }
    }
    Ok(Service {
        name: tokens[0].clone(),
        kind: tokens[1].clone(),
        chroot,
        command: tokens[7].clone(),
        overrides,
        line,
    })
}

/// White-space separated fields; `{ … }` is one field with the braces and outer space removed
/// (Postfix 3's way to write a value with spaces: `-o { name = a b }`).
fn tokens(entry: &str) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    let mut rest = entry.trim_start();
    while !rest.is_empty() {
        if let Some(inner) = rest.strip_prefix('{') {
            let end = inner.find('}').ok_or_else(|| format!("unbalanced '{{' in \"{}\"", shorten(entry)))?;
            out.push(inner[..end].trim().to_string());
            rest = inner[end + 1..].trim_start();
        } else {
            let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
            out.push(rest[..end].to_string());
            rest = rest[end..].trim_start();
        }
    }
    Ok(out)
}

fn shorten(text: &str) -> String {
    text.chars().take(60).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn services_with_overrides_and_continuations() {
        let text = "# comment\nsmtp inet n - y - - smtpd\nsubmission inet n - y - - smtpd\n  -o syslog_name=postfix/submission\n  -o { smtpd_sasl_security_options = noanonymous, noplaintext }\n#  -o ignored=yes\n  -osmtpd_tls_auth_only=yes\npickup unix n - - 60 1 pickup\n";
        let services = parse(text).unwrap();
        assert_eq!(services.len(), 3);
        assert!(services[0].chroot && services[0].is_smtpd_listener());
        assert_eq!(services[1].id(), "submission/inet");
        assert_eq!(services[1].line, 3);
        assert_eq!(
            services[1].override_value("smtpd_sasl_security_options"),
            Some("noanonymous, noplaintext")
        );
        assert_eq!(services[1].override_value("smtpd_tls_auth_only"), Some("yes"));
        assert_eq!(services[1].override_value("ignored"), None);
        assert!(!services[2].chroot && !services[2].is_smtpd_listener());
    }

    #[test]
    fn broken_entries_are_named_by_line() {
        assert_eq!(parse("smtp inet n - y\n").unwrap_err().0, 1);
        assert!(parse("a inet n - q - - smtpd\n").unwrap_err().1.contains("chroot"));
        assert!(parse("\nsmtp inet n - n - - smtpd -o\n").unwrap_err().0 == 2);
        assert!(parse("smtp inet n - n - - smtpd -o { a = b\n").is_err());
    }
}
