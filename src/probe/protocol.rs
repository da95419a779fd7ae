//! The seam between the probe's engine and the protocols it speaks.
//!
//! The engine (`machine.rs`) knows goals, policy, the SASL exchange and the transcript; a
//! [`Dialect`] knows one protocol's framing and commands (`smtp.rs`, `imap.rs`, `pop3.rs`,
//! `sieve.rs`). A dialect is sans-I/O like the engine: bytes in, classified [`Response`]s out,
//! commands out as text. A new protocol is a new file implementing [`Dialect`], a variant here and
//! one arm in `machine::dialect_for`.

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::probe::capabilities::Capabilities;

/// The protocols `saslkit probe --protocol` speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Protocol {
    Smtp,
    Lmtp,
    Imap,
    Pop3,
    /// ManageSieve (RFC 5804).
    Sieve,
}

impl Protocol {
    /// The name in reports (`protocol` in the JSON).
    pub fn name(self) -> &'static str {
        match self {
            Protocol::Smtp => "smtp",
            Protocol::Lmtp => "lmtp",
            Protocol::Imap => "imap",
            Protocol::Pop3 => "pop3",
            Protocol::Sieve => "sieve",
        }
    }

    /// The name people use: `SMTP`, `ManageSieve`.
    pub fn title(self) -> &'static str {
        match self {
            Protocol::Smtp => "SMTP",
            Protocol::Lmtp => "LMTP",
            Protocol::Imap => "IMAP",
            Protocol::Pop3 => "POP3",
            Protocol::Sieve => "ManageSieve",
        }
    }

    /// Which protocol a first line belongs to, for the hint after a probe spoke the wrong one.
    pub fn guess_from_greeting(line: &str) -> Option<Protocol> {
        let upper = line.to_ascii_uppercase();
        if upper.starts_with("* OK") || upper.starts_with("* PREAUTH") {
            Some(Protocol::Imap)
        } else if upper.starts_with("+OK") {
            Some(Protocol::Pop3)
        } else if upper.starts_with("\"IMPLEMENTATION\"") || upper.starts_with("\"SASL\"") {
            Some(Protocol::Sieve)
        } else if line.as_bytes().get(..3).is_some_and(|code| code.iter().all(u8::is_ascii_digit))
            && matches!(line.as_bytes().get(3), Some(b' ' | b'-'))
        {
            Some(Protocol::Smtp)
        } else {
            None
        }
    }

    /// The port when none is given; `implicit` for TLS from the first byte (RFC 8314).
    pub fn default_port(self, implicit: bool) -> u16 {
        match (self, implicit) {
            (Protocol::Smtp, false) => 25,
            (Protocol::Smtp, true) => 465,
            (Protocol::Lmtp, _) => 24,
            (Protocol::Imap, false) => 143,
            (Protocol::Imap, true) => 993,
            (Protocol::Pop3, false) => 110,
            (Protocol::Pop3, true) => 995,
            (Protocol::Sieve, _) => 4190,
        }
    }

    /// Cancelled AUTH commands one session of a safe probe carries: Postfix counts each as an
    /// error and slows down after ten; Dovecot's ManageSieve refuses any AUTHENTICATE after a
    /// cancelled one.
    pub fn probes_per_session(self) -> usize {
        match self {
            Protocol::Sieve => 1,
            _ => 8,
        }
    }
}

/// What a response says, in terms every protocol shares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    /// Success: `220`/`250`/`235`, `OK`, `+OK`.
    Ok,
    /// The server waits for the next SASL message (`334`, `+`, a ManageSieve string).
    Continue,
    /// A definite no. `credentials`: it says the credentials were wrong (`535`,
    /// `[AUTHENTICATIONFAILED]`, `[AUTH]`), rather than that the command or mechanism was.
    Failed { credentials: bool },
    /// Try again later (`4xx`, `[UNAVAILABLE]`, `[SYS/TEMP]`, `(TRYLATER)`).
    Temporary,
    /// The command was not understood or not allowed here (`500`, IMAP `BAD`).
    Bad,
    /// The server is closing the connection (IMAP and ManageSieve `BYE`).
    Bye,
    /// A positive answer that is no answer to AUTH (SMTP `250` to `AUTH`).
    Unexpected,
}

/// One complete server response, classified by its dialect.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    pub status: Status,
    /// The status as the protocol spells it: `535`, `OK`, `NO`, `+OK`, `-ERR`, `+`.
    pub word: String,
    /// The finer code: RFC 3463's `5.7.8`, a response code (`AUTHENTICATIONFAILED`, `SYS/TEMP`).
    pub code: Option<String>,
    /// The human text of the final line.
    pub text: String,
    /// Every line as received, for the transcript.
    pub lines: Vec<String>,
    /// The lines carrying capabilities: EHLO keywords, untagged IMAP lines, CAPA's body,
    /// ManageSieve's capability lines.
    pub data: Vec<String>,
    /// The base64 text of a continuation.
    pub challenge: Option<String>,
}

impl Response {
    /// A response with no data, for dialects and tests.
    pub fn new(status: Status, word: &str, text: &str) -> Response {
        Response {
            status,
            word: word.to_string(),
            code: None,
            text: text.to_string(),
            lines: Vec::new(),
            data: Vec::new(),
            challenge: None,
        }
    }

    /// What the server said, as the report keeps it.
    pub fn reply(&self) -> ServerReply {
        ServerReply { status: self.word.clone(), code: self.code.clone(), text: self.text.clone() }
    }

    /// `word text`, for reasons and findings.
    pub fn summary(&self) -> String {
        format!("{} {}", self.word, self.text).trim_end().to_string()
    }
}

/// A server's final answer as reports keep it, in the protocol's own words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServerReply {
    pub status: String,
    pub code: Option<String>,
    pub text: String,
}

/// A line to send (without CRLF). From `secret_from` on it is a secret, redacted in the
/// transcript unless asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Command {
    pub text: String,
    pub secret_from: Option<usize>,
}

impl Command {
    pub fn plain(text: impl Into<String>) -> Command {
        Command { text: text.into(), secret_from: None }
    }

    pub fn secret(text: impl Into<String>, from: usize) -> Command {
        Command { text: text.into(), secret_from: Some(from) }
    }

    /// The line as the transcript shows it.
    pub fn shown(&self, show_secrets: bool) -> String {
        match self.secret_from {
            Some(from) if !show_secrets && from < self.text.len() => {
                let (head, secret) = self.text.split_at(from);
                format!("{head}<redacted, {} bytes>", secret.len())
            }
            _ => self.text.clone(),
        }
    }
}

/// How the first SASL message goes out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AuthStart {
    /// The command carries it, or there is none.
    Inline(Command),
    /// Send the command, wait for an empty continuation, then send `response`.
    Separate { command: Command, response: Command },
}

#[derive(Debug, Error, PartialEq, Eq)]
pub enum ResponseError {
    #[error("a response line is longer than {0} bytes")]
    LineTooLong(usize),
    #[error("a response is longer than {0} bytes")]
    ResponseTooLong(usize),
    #[error("the server's answer is not {protocol}: {line:?}")]
    Garbage { protocol: &'static str, line: String },
    #[error("the lines of one reply carry different codes ({0} and {1})")]
    MixedCodes(u16, u16),
}

/// Limits that keep a hostile server from making the client buffer without end.
pub const MAX_LINE: usize = 8192;
pub const MAX_RESPONSE: usize = 64 * 1024;
/// Lines in one response (capability lists, untagged data).
pub const MAX_LINES: usize = 400;

/// One protocol's framing and commands. The engine calls these in the order of a session:
/// greeting, capabilities, STARTTLS, capabilities again, AUTH exchanges, quit.
pub trait Dialect: Send {
    /// Bytes from the server.
    fn push(&mut self, bytes: &[u8]);
    /// Bytes received but not yet part of a returned response (the STARTTLS injection check).
    fn buffered(&self) -> usize;
    /// The next complete response, `Ok(None)` while more bytes are needed.
    fn next_response(&mut self) -> Result<Option<Response>, ResponseError>;
    /// The capabilities a greeting carries (IMAP's `[CAPABILITY …]`, ManageSieve's list).
    fn greeting_capabilities(&self, greeting: &Response) -> Option<Capabilities>;
    /// The command that asks for capabilities; `None` when the server sends them unasked
    /// (ManageSieve after STARTTLS).
    fn capability_command(&mut self) -> Option<Command>;
    /// The capabilities in the answer to [`Dialect::capability_command`].
    fn capabilities(&self, response: &Response) -> Capabilities;
    fn starttls(&mut self) -> Command;
    /// The command that starts `mechanism`, with the first response in base64 (`Some("")`:
    /// an empty one) when the mechanism sends first.
    fn authenticate(&mut self, mechanism: &str, initial: Option<&str>, caps: &Capabilities) -> AuthStart;
    /// A SASL message (base64) answering a continuation: the line itself (RFC 4954, 3501, 5034).
    fn answer(&mut self, message: &str) -> Command {
        Command::secret(message, 0)
    }
    /// Abandons the exchange in progress: `*` (RFC 4954, 3501, 5034).
    fn cancel(&mut self) -> Command {
        Command::plain("*")
    }
    fn quit(&mut self) -> Command;
    /// The verb asking for capabilities, for step names: `EHLO`, `CAPABILITY`, `CAPA`.
    fn capability_verb(&self) -> &'static str;
}

/// Every complete response in `bytes`, for the dialects' tests.
#[cfg(test)]
pub fn responses(dialect: &mut dyn Dialect, bytes: &[u8]) -> Vec<Response> {
    dialect.push(bytes);
    std::iter::from_fn(|| dialect.next_response().unwrap_or_else(|err| panic!("{err}"))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn greetings_name_their_protocol() {
        let guess = Protocol::guess_from_greeting;
        assert_eq!(guess("* OK [CAPABILITY IMAP4rev1] Dovecot ready."), Some(Protocol::Imap));
        assert_eq!(guess("+OK Dovecot ready."), Some(Protocol::Pop3));
        assert_eq!(guess("\"IMPLEMENTATION\" \"Dovecot Pigeonhole\""), Some(Protocol::Sieve));
        assert_eq!(guess("220 mx.example ESMTP"), Some(Protocol::Smtp));
        assert_eq!(guess("220-mx.example ESMTP"), Some(Protocol::Smtp));
        assert_eq!(guess("HTTP/1.1 400 Bad Request"), None);
        assert_eq!(guess("22"), None);
    }

    #[test]
    fn secrets_are_redacted_from_where_they_start() {
        let command = Command::secret("a1 AUTHENTICATE PLAIN AGEAYg==", 22);
        assert_eq!(command.shown(false), "a1 AUTHENTICATE PLAIN <redacted, 8 bytes>");
        assert_eq!(command.shown(true), command.text);
        assert_eq!(Command::plain("QUIT").shown(false), "QUIT");
    }
}
