//! POP3 (RFC 1939, 2449, 2595, 5034) behind the probe's [`Dialect`] seam: `CAPA` (`SASL`,
//! `STLS`, `USER`), `STLS`, `AUTH` with an initial response, `+` continuations, and `-ERR` with
//! the extended response codes (`[AUTH]`, `[SYS/TEMP]`, RFC 2449 and 3206).

use crate::probe::capabilities::Capabilities;
use crate::probe::protocol::{AuthStart, Command, Dialect, Response, ResponseError, Status};
use crate::probe::wire::LineReader;

/// RFC 5034 §4: an AUTH command with its initial response stays within 255 octets.
const AUTH_LINE_LIMIT: usize = 255;

#[derive(Default)]
pub struct Pop3 {
    reader: LineReader,
    /// `CAPA` was sent: its `+OK` starts a list ending with a `.` line.
    capa: bool,
    /// Lines of the list read so far (the `+OK` first).
    list: Option<Vec<String>>,
    in_auth: bool,
}

impl Pop3 {
    fn status_line(&mut self, text: String) -> Result<Option<Response>, ResponseError> {
        if let Some(rest) = text.strip_prefix("+OK").filter(|r| r.is_empty() || r.starts_with(' ')) {
            if std::mem::take(&mut self.capa) {
                self.list = Some(vec![text.clone()]);
                return Ok(None);
            }
            self.in_auth = false;
            let mut response = Response::new(Status::Ok, "+OK", rest.trim_start());
            response.lines = vec![text];
            return Ok(Some(response));
        }
        if let Some(rest) = text.strip_prefix("-ERR").filter(|r| r.is_empty() || r.starts_with(' ')) {
            let (code, message) = response_code(rest.trim_start());
            let upper = code.as_deref().map(str::to_ascii_uppercase);
            let status = match upper.as_deref() {
                Some("SYS/TEMP" | "IN-USE" | "LOGIN-DELAY") => Status::Temporary,
                Some("SYS/PERM") => Status::Failed { credentials: false },
                // A server without CAPA (RFC 2449 is an extension) simply advertises nothing.
                _ if self.capa => Status::Ok,
                _ => Status::Failed { credentials: self.in_auth },
            };
            self.capa = false;
            self.in_auth = false;
            let mut response = Response::new(status, "-ERR", message);
            response.code = code;
            response.lines = vec![text];
            return Ok(Some(response));
        }
        if let Some(rest) = text.strip_prefix('+').filter(|_| self.in_auth) {
            let mut response = Response::new(Status::Continue, "+", "");
            response.challenge = Some(rest.trim().to_string());
            response.lines = vec![text];
            return Ok(Some(response));
        }
        Err(ResponseError::Garbage { protocol: "POP3", line: text.chars().take(80).collect() })
    }

    /// A line of CAPA's list: `.` ends it; a leading dot of other lines is stuffing.
    fn list_line(&mut self, text: String) -> Option<Response> {
        let list = self.list.as_mut()?;
        if text == "." {
            let mut lines = self.list.take().unwrap_or_default();
            lines.push(text);
            let mut response = Response::new(Status::Ok, "+OK", lines[0].get(4..).unwrap_or("").trim());
            response.data = lines[1..lines.len() - 1].to_vec();
            response.lines = lines;
            return Some(response);
        }
        let unstuffed = text.strip_prefix('.').unwrap_or(&text).to_string();
        list.push(unstuffed);
        None
    }
}

/// `[CODE] text`: the code (`AUTH`, `SYS/TEMP`) and the text.
fn response_code(text: &str) -> (Option<String>, &str) {
    match text.strip_prefix('[').and_then(|rest| rest.split_once(']')) {
        Some((code, after)) => (Some(code.to_string()), after.trim_start()),
        None => (None, text),
    }
}

impl Dialect for Pop3 {
    fn push(&mut self, bytes: &[u8]) {
        self.reader.push(bytes);
    }

    fn buffered(&self) -> usize {
        self.reader.buffered()
    }

    fn next_response(&mut self) -> Result<Option<Response>, ResponseError> {
        // on_line needs the whole dialect: the reader is taken out for the call.
        let mut reader = std::mem::take(&mut self.reader);
        let response = reader.next_response(|line| {
            let text = line.display();
            match self.list {
                Some(_) => Ok(self.list_line(text)),
                None => self.status_line(text),
            }
        });
        self.reader = reader;
        response
    }

    fn greeting_capabilities(&self, _greeting: &Response) -> Option<Capabilities> {
        None
    }

    fn capability_command(&mut self) -> Option<Command> {
        self.capa = true;
        Some(Command::plain("CAPA"))
    }

    fn capabilities(&self, response: &Response) -> Capabilities {
        let mut caps = Capabilities { keywords: response.data.clone(), ..Default::default() };
        for line in &response.data {
            let (word, rest) = line.split_once(' ').unwrap_or((line, ""));
            match word.to_ascii_uppercase().as_str() {
                "SASL" => caps.auth.extend(rest.split_whitespace().map(str::to_ascii_uppercase)),
                "STLS" => caps.starttls = true,
                "USER" => caps.plaintext_login = Some("USER".into()),
                _ => {}
            }
        }
        caps
    }

    fn starttls(&mut self) -> Command {
        Command::plain("STLS")
    }

    fn authenticate(&mut self, mechanism: &str, initial: Option<&str>, _caps: &Capabilities) -> AuthStart {
        self.in_auth = true;
        let command = format!("AUTH {mechanism}");
        match initial {
            None => AuthStart::Inline(Command::plain(command)),
            Some(ir) => {
                let ir = if ir.is_empty() { "=" } else { ir };
                if command.len() + 1 + ir.len() + 2 <= AUTH_LINE_LIMIT {
                    let from = command.len() + 1;
                    AuthStart::Inline(Command::secret(format!("{command} {ir}"), from))
                } else {
                    AuthStart::Separate { command: Command::plain(command), response: Command::secret(ir, 0) }
                }
            }
        }
    }

    fn quit(&mut self) -> Command {
        self.in_auth = false;
        Command::plain("QUIT")
    }

    fn capability_verb(&self) -> &'static str {
        "CAPA"
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::probe::protocol::responses;

    #[test]
    fn capa_list_stls_user_and_sasl() {
        let mut pop3 = Pop3::default();
        assert_eq!(responses(&mut pop3, b"+OK Dovecot ready.\r\n")[0].status, Status::Ok);
        pop3.capability_command();
        let got = responses(&mut pop3, b"+OK\r\nCAPA\r\nUSER\r\nSASL PLAIN login\r\nSTLS\r\n..dot\r\n.\r\n");
        let caps = pop3.capabilities(&got[0]);
        assert_eq!(caps.auth, ["PLAIN", "LOGIN"]);
        assert!(caps.starttls);
        assert_eq!(caps.plaintext_login.as_deref(), Some("USER"));
        assert_eq!(caps.keywords.last().map(String::as_str), Some(".dot"));
    }

    #[test]
    fn auth_codes_and_continuations() {
        let mut pop3 = Pop3::default();
        let AuthStart::Inline(command) = pop3.authenticate("PLAIN", Some(""), &Capabilities::default())
        else {
            panic!("fits");
        };
        assert_eq!(command.text, "AUTH PLAIN =");
        let got = responses(&mut pop3, b"+\r\n+ UGFzc3dvcmQ6\r\n-ERR [AUTH] Authentication failed.\r\n");
        assert_eq!(got[0].challenge.as_deref(), Some(""));
        assert_eq!(got[1].challenge.as_deref(), Some("UGFzc3dvcmQ6"));
        assert_eq!(got[2].status, Status::Failed { credentials: true });
        assert_eq!(got[2].code.as_deref(), Some("AUTH"));
        pop3.authenticate("PLAIN", None, &Capabilities::default());
        assert_eq!(responses(&mut pop3, b"-ERR [SYS/TEMP] later\r\n")[0].status, Status::Temporary);
        let long = "A".repeat(300);
        assert!(matches!(
            pop3.authenticate("PLAIN", Some(&long), &Capabilities::default()),
            AuthStart::Separate { .. }
        ));
        pop3.push(b"* OK this is IMAP\r\n");
        assert!(matches!(pop3.next_response(), Err(ResponseError::Garbage { .. })));
    }

    #[test]
    fn a_server_without_capa_advertises_nothing() {
        let mut pop3 = Pop3::default();
        pop3.capability_command();
        let got = responses(&mut pop3, b"-ERR unknown command\r\n");
        assert_eq!(got[0].status, Status::Ok);
        assert!(pop3.capabilities(&got[0]).auth.is_empty());
    }
}
