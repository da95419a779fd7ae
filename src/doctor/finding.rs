//! One finding: a stable id, how bad it is, where, what is wrong and why AUTH fails because of it,
//! and the fix (a sentence, and where one exists the shell command that applies it).

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Fail,
    Warn,
    Info,
    Ok,
}

impl Severity {
    pub fn name(self) -> &'static str {
        match self {
            Severity::Fail => "fail",
            Severity::Warn => "warn",
            Severity::Info => "info",
            Severity::Ok => "ok",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// Stable: scripts and monitoring match on it (docs/json.md lists them).
    pub id: &'static str,
    pub severity: Severity,
    /// The master.cf services it concerns (`submission/inet`), or `smtp client`.
    pub service: String,
    /// The file, parameter or host it is about.
    pub subject: String,
    pub message: String,
    /// What to change, in words; empty for `ok` and `info`.
    pub fix: String,
    /// The command that applies the fix, where one can.
    pub command: Option<String>,
}

impl Finding {
    pub fn new(id: &'static str, severity: Severity, service: &str, subject: impl Into<String>) -> Finding {
        Finding {
            id,
            severity,
            service: service.to_string(),
            subject: subject.into(),
            message: String::new(),
            fix: String::new(),
            command: None,
        }
    }

    pub fn message(mut self, message: impl Into<String>) -> Finding {
        self.message = message.into();
        self
    }

    pub fn fix(mut self, fix: impl Into<String>) -> Finding {
        self.fix = fix.into();
        self
    }

    pub fn command(mut self, command: impl Into<String>) -> Finding {
        self.command = Some(command.into());
        self
    }
}

/// A word or path as one shell word.
pub fn quote(word: &str) -> String {
    if !word.is_empty() && word.bytes().all(|b| b.is_ascii_alphanumeric() || b"/._-+=:@,%".contains(&b)) {
        word.to_string()
    } else {
        format!("'{}'", word.replace('\'', r"'\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_keeps_plain_words_and_wraps_the_rest() {
        assert_eq!(quote("/etc/postfix/sasl/smtpd.conf"), "/etc/postfix/sasl/smtpd.conf");
        assert_eq!(quote("a b"), "'a b'");
        assert_eq!(quote("it's"), r"'it'\''s'");
        assert_eq!(quote(""), "''");
    }
}
