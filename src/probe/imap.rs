//! IMAP (RFC 3501, 9051) behind the probe's [`Dialect`] seam: tagged commands, untagged
//! `CAPABILITY`, `STARTTLS`, `AUTHENTICATE` with SASL-IR (RFC 4959), `+` continuations, tagged
//! `OK`/`NO`/`BAD` with response codes (RFC 5530), and literals in responses.

use crate::probe::capabilities::Capabilities;
use crate::probe::protocol::{AuthStart, Command, Dialect, Response, ResponseError, Status};
use crate::probe::wire::{Line, LineReader};

pub struct Imap {
    reader: LineReader,
    /// The tag of the command awaiting its completion.
    tag: Option<String>,
    next_tag: u32,
    in_auth: bool,
    /// Lines received for the pending command (the transcript's) and its untagged data.
    lines: Vec<String>,
    untagged: Vec<String>,
}

impl Default for Imap {
    fn default() -> Imap {
        Imap {
            reader: LineReader::with_literals(),
            tag: None,
            next_tag: 1,
            in_auth: false,
            lines: Vec::new(),
            untagged: Vec::new(),
        }
    }
}

impl Imap {
    fn command(&mut self, text: &str) -> Command {
        let tag = format!("a{}", self.next_tag);
        self.next_tag += 1;
        let command = Command::plain(format!("{tag} {text}"));
        self.tag = Some(tag);
        command
    }

    fn response(&mut self, status: Status, word: &str, rest: &str) -> Response {
        let (code, text) = response_code(rest);
        Response {
            status,
            word: word.to_string(),
            code,
            text: text.to_string(),
            lines: std::mem::take(&mut self.lines),
            data: std::mem::take(&mut self.untagged),
            challenge: None,
        }
    }

    fn on_line(&mut self, line: &Line) -> Result<Option<Response>, ResponseError> {
        let text = line.display();
        self.lines.push(text.clone());
        if let Some(rest) = text.strip_prefix('+').filter(|_| self.tag.is_some()) {
            let mut response = self.response(Status::Continue, "+", "");
            response.challenge = Some(rest.trim().to_string());
            return Ok(Some(response));
        }
        if let Some(rest) = text.strip_prefix("* ") {
            let (word, after) = split_word(rest);
            let status = match word.to_ascii_uppercase().as_str() {
                "BYE" => Some(Status::Bye),
                "OK" | "PREAUTH" if self.tag.is_none() => Some(Status::Ok),
                "NO" | "BAD" if self.tag.is_none() => Some(Status::Failed { credentials: false }),
                _ => None,
            };
            return Ok(match status {
                Some(status) => {
                    self.untagged.push(rest.to_string());
                    self.in_auth = false;
                    Some(self.response(status, word, after))
                }
                None => {
                    self.untagged.push(rest.to_string());
                    None
                }
            });
        }
        let garbage = || ResponseError::Garbage { protocol: "IMAP", line: text.chars().take(80).collect() };
        let tag = self.tag.clone().ok_or_else(garbage)?;
        let rest = text.strip_prefix(&tag).and_then(|r| r.strip_prefix(' ')).ok_or_else(garbage)?;
        let (word, after) = split_word(rest);
        let (code, _) = response_code(after);
        let status = match word.to_ascii_uppercase().as_str() {
            "OK" => Status::Ok,
            "BAD" => Status::Bad,
            "NO" => match code.as_deref().map(str::to_ascii_uppercase).as_deref() {
                Some("UNAVAILABLE") => Status::Temporary,
                None | Some("AUTHENTICATIONFAILED" | "AUTHORIZATIONFAILED" | "EXPIRED") => {
                    Status::Failed { credentials: self.in_auth }
                }
                Some(_) => Status::Failed { credentials: false },
            },
            _ => return Err(garbage()),
        };
        self.tag = None;
        self.in_auth = false;
        Ok(Some(self.response(status, word, after)))
    }
}

/// The first word and the rest.
fn split_word(text: &str) -> (&str, &str) {
    text.split_once(' ').unwrap_or((text, ""))
}

/// `[CODE args] text`: the response code's first word (`AUTHENTICATIONFAILED`) and the text.
fn response_code(text: &str) -> (Option<String>, &str) {
    match text.strip_prefix('[').and_then(|rest| rest.split_once(']')) {
        Some((inside, after)) => (Some(split_word(inside).0.to_string()), after.trim_start()),
        None => (None, text),
    }
}

/// Capabilities from the atoms after `CAPABILITY` (in an untagged line or a response code).
fn from_atoms(atoms: &[&str]) -> Capabilities {
    let mut caps =
        Capabilities { keywords: atoms.iter().map(|a| a.to_string()).collect(), ..Default::default() };
    let mut login_disabled = false;
    for atom in atoms {
        let upper = atom.to_ascii_uppercase();
        if let Some(mechanism) = upper.strip_prefix("AUTH=") {
            caps.auth.push(mechanism.to_string());
        }
        caps.starttls |= upper == "STARTTLS";
        login_disabled |= upper == "LOGINDISABLED";
    }
    caps.plaintext_login = (!login_disabled).then(|| "LOGIN".to_string());
    caps
}

/// `CAPABILITY a b c` (an untagged line) or `[CAPABILITY a b c] text` (a response code): the atoms.
fn capability_atoms(text: &str) -> Option<Vec<&str>> {
    let inside = match text.strip_prefix('[') {
        Some(code) => code.split(']').next().unwrap_or(""),
        None => text,
    };
    let (word, rest) = split_word(inside);
    word.eq_ignore_ascii_case("CAPABILITY").then(|| rest.split_whitespace().collect())
}

/// The text after the status word of a status line (`* OK …`, `a1 OK …`).
fn after_status(line: &str) -> &str {
    let rest = split_word(line).1;
    split_word(rest).1
}

impl Dialect for Imap {
    fn push(&mut self, bytes: &[u8]) {
        self.reader.push(bytes);
    }

    fn buffered(&self) -> usize {
        self.reader.buffered()
    }

    fn next_response(&mut self) -> Result<Option<Response>, ResponseError> {
        // on_line needs the whole dialect: the reader is taken out for the call.
        let mut reader = std::mem::take(&mut self.reader);
        let response = reader.next_response(|line| self.on_line(line));
        self.reader = reader;
        response
    }

    fn greeting_capabilities(&self, greeting: &Response) -> Option<Capabilities> {
        let line = greeting.lines.first()?;
        capability_atoms(after_status(line)).map(|atoms| from_atoms(&atoms))
    }

    fn capability_command(&mut self) -> Option<Command> {
        Some(self.command("CAPABILITY"))
    }

    fn capabilities(&self, response: &Response) -> Capabilities {
        let untagged = response.data.iter().find_map(|line| capability_atoms(line));
        let in_code = || response.lines.last().and_then(|line| capability_atoms(after_status(line)));
        match untagged.or_else(in_code) {
            Some(atoms) => from_atoms(&atoms),
            None => Capabilities::default(),
        }
    }

    fn starttls(&mut self) -> Command {
        self.command("STARTTLS")
    }

    fn authenticate(&mut self, mechanism: &str, initial: Option<&str>, caps: &Capabilities) -> AuthStart {
        self.in_auth = true;
        let sasl_ir = caps.keywords.iter().any(|k| k.eq_ignore_ascii_case("SASL-IR"));
        match initial {
            Some(ir) if sasl_ir => {
                let command = self.command(&format!("AUTHENTICATE {mechanism}"));
                let from = command.text.len() + 1;
                let ir = if ir.is_empty() { "=" } else { ir };
                AuthStart::Inline(Command::secret(format!("{} {ir}", command.text), from))
            }
            Some(ir) => AuthStart::Separate {
                command: self.command(&format!("AUTHENTICATE {mechanism}")),
                response: Command::secret(ir, 0),
            },
            None => AuthStart::Inline(self.command(&format!("AUTHENTICATE {mechanism}"))),
        }
    }

    fn quit(&mut self) -> Command {
        self.in_auth = false;
        self.command("LOGOUT")
    }

    fn capability_verb(&self) -> &'static str {
        "CAPABILITY"
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::probe::protocol::responses;

    #[test]
    fn greeting_capabilities_then_tagged_exchanges() {
        let mut imap = Imap::default();
        let greeting = responses(
            &mut imap,
            b"* OK [CAPABILITY IMAP4rev1 SASL-IR STARTTLS AUTH=PLAIN LOGINDISABLED] hi\r\n",
        );
        assert_eq!(greeting[0].status, Status::Ok);
        let caps = imap.greeting_capabilities(&greeting[0]).unwrap();
        assert_eq!(
            (caps.auth.as_slice(), caps.starttls, caps.plaintext_login.clone()),
            (&["PLAIN".to_string()][..], true, None)
        );

        assert_eq!(imap.capability_command().unwrap().text, "a1 CAPABILITY");
        let got =
            responses(&mut imap, b"* CAPABILITY IMAP4rev1 AUTH=SCRAM-SHA-256 auth=plain\r\na1 OK done\r\n");
        let caps = imap.capabilities(&got[0]);
        assert_eq!(caps.auth, ["SCRAM-SHA-256", "PLAIN"]);
        assert_eq!(caps.plaintext_login.as_deref(), Some("LOGIN"));

        let AuthStart::Inline(command) = imap.authenticate("PLAIN", Some("AGEAYg=="), &greeting_caps())
        else {
            panic!("SASL-IR: inline");
        };
        assert_eq!(command.text, "a2 AUTHENTICATE PLAIN AGEAYg==");
        assert_eq!(command.shown(false), "a2 AUTHENTICATE PLAIN <redacted, 8 bytes>");
        let got = responses(&mut imap, b"a2 NO [AUTHENTICATIONFAILED] Authentication failed.\r\n");
        assert_eq!(got[0].status, Status::Failed { credentials: true });
        assert_eq!(got[0].code.as_deref(), Some("AUTHENTICATIONFAILED"));
        assert_eq!(got[0].text, "Authentication failed.");
    }

    fn greeting_caps() -> Capabilities {
        from_atoms(&["IMAP4rev1", "SASL-IR", "AUTH=PLAIN"])
    }

    #[test]
    fn continuation_without_space_untagged_bye_and_unavailable() {
        let mut imap = Imap::default();
        responses(&mut imap, b"* OK hi\r\n");
        let AuthStart::Separate { command, .. } =
            imap.authenticate("PLAIN", Some("AGEAYg=="), &Capabilities::default())
        else {
            panic!("no SASL-IR: separate");
        };
        assert_eq!(command.text, "a1 AUTHENTICATE PLAIN");
        let got = responses(&mut imap, b"+\r\n* BYE shutting down\r\n");
        assert_eq!((got[0].status.clone(), got[0].challenge.as_deref()), (Status::Continue, Some("")));
        assert_eq!(got[1].status, Status::Bye);
        imap.authenticate("PLAIN", None, &Capabilities::default());
        let got = responses(&mut imap, b"a2 NO [UNAVAILABLE] backend down\r\n");
        assert_eq!(got[0].status, Status::Temporary);
    }

    #[test]
    fn literals_in_untagged_lines_and_garbage() {
        let mut imap = Imap::default();
        responses(&mut imap, b"* OK hi\r\n");
        imap.capability_command();
        let got = responses(&mut imap, b"* CAPABILITY IMAP4rev1 {10}\r\nAUTH=PLAIN\r\na1 OK done\r\n");
        assert_eq!(imap.capabilities(&got[0]).auth, ["PLAIN"]);
        imap.capability_command();
        imap.push(b"HTTP/1.1 400 Bad Request\r\n");
        assert!(matches!(imap.next_response(), Err(ResponseError::Garbage { .. })));
        // A POP3 greeting is no IMAP continuation: nothing was asked yet. (It was taken for one,
        // and a POP3 port probed as IMAP was "refused" instead of "not IMAP".)
        let mut imap = Imap::default();
        imap.push(b"+OK Dovecot ready.\r\n");
        assert!(matches!(imap.next_response(), Err(ResponseError::Garbage { .. })));
    }
}
