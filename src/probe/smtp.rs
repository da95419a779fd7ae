//! SMTP and LMTP (RFC 5321, 2033, 3207, 4954) behind the probe's [`Dialect`] seam: EHLO or LHLO
//! for capabilities, numeric replies read by `reply.rs`.

use crate::probe::capabilities::Capabilities;
use crate::probe::protocol::{AuthStart, Command, Dialect, Response, ResponseError, Status};
use crate::probe::reply::{Reply, ReplyReader};
use crate::sasl::command::{auth_line, AuthLine};

pub struct Smtp {
    helo: String,
    lmtp: bool,
    reader: ReplyReader,
    /// Between `AUTH` and its final reply: only `235` is success there.
    in_auth: bool,
}

impl Smtp {
    pub fn new(helo: &str, lmtp: bool) -> Smtp {
        Smtp { helo: helo.to_string(), lmtp, reader: ReplyReader::default(), in_auth: false }
    }

    fn classify(&mut self, reply: Reply) -> Response {
        let status = match reply.code {
            235 if self.in_auth => Status::Ok,
            334 if self.in_auth => Status::Continue,
            _ if self.in_auth && reply.code < 400 => Status::Unexpected,
            200..=299 => Status::Ok,
            300..=399 => Status::Unexpected,
            400..=499 => Status::Temporary,
            535 => Status::Failed { credentials: true },
            _ => Status::Failed { credentials: false },
        };
        if status != Status::Continue {
            self.in_auth = false;
        }
        let last = reply.lines.len().saturating_sub(1);
        let lines = reply
            .lines
            .iter()
            .enumerate()
            .map(|(i, line)| format!("{}{}{line}", reply.code, if i == last { ' ' } else { '-' }))
            .collect();
        Response {
            challenge: (status == Status::Continue)
                .then(|| reply.lines.first().map(|l| l.trim().to_string()).unwrap_or_default()),
            code: reply.enhanced_code().map(str::to_string),
            word: reply.code.to_string(),
            text: reply.lines.join(" "),
            status,
            lines,
            data: reply.lines,
        }
    }
}

impl Dialect for Smtp {
    fn push(&mut self, bytes: &[u8]) {
        self.reader.push(bytes);
    }

    fn buffered(&self) -> usize {
        self.reader.buffered()
    }

    fn next_response(&mut self) -> Result<Option<Response>, ResponseError> {
        Ok(self.reader.next_reply()?.map(|reply| self.classify(reply)))
    }

    fn greeting_capabilities(&self, _greeting: &Response) -> Option<Capabilities> {
        None
    }

    fn capability_command(&mut self) -> Option<Command> {
        Some(Command::plain(format!("{} {}", self.capability_verb(), self.helo)))
    }

    fn capabilities(&self, response: &Response) -> Capabilities {
        Capabilities::from_ehlo(&response.data)
    }

    fn starttls(&mut self) -> Command {
        Command::plain("STARTTLS")
    }

    fn authenticate(&mut self, mechanism: &str, initial: Option<&str>, _caps: &Capabilities) -> AuthStart {
        self.in_auth = true;
        match auth_line(mechanism, initial) {
            AuthLine::Inline(line) if initial.is_some() => {
                AuthStart::Inline(Command::secret(line, "AUTH ".len() + mechanism.len() + 1))
            }
            AuthLine::Inline(line) => AuthStart::Inline(Command::plain(line)),
            AuthLine::Separate { command, response } => AuthStart::Separate {
                command: Command::plain(command),
                response: Command::secret(response, 0),
            },
        }
    }

    fn quit(&mut self) -> Command {
        self.in_auth = false;
        Command::plain("QUIT")
    }

    fn capability_verb(&self) -> &'static str {
        if self.lmtp {
            "LHLO"
        } else {
            "EHLO"
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::probe::protocol::responses;

    #[test]
    fn replies_are_classified_by_what_was_asked() {
        let mut smtp = Smtp::new("client", false);
        let got = responses(&mut smtp, b"220 mx\r\n250-mx\r\n250 AUTH PLAIN\r\n");
        assert_eq!((got[0].status.clone(), got[1].data.len()), (Status::Ok, 2));
        assert_eq!(got[1].lines, ["250-mx", "250 AUTH PLAIN"]);
        smtp.authenticate("PLAIN", None, &Capabilities::default());
        let got = responses(&mut smtp, b"334 \r\n250 what\r\n535 5.7.8 no\r\n");
        assert_eq!(got[0].status, Status::Continue);
        assert_eq!(got[0].challenge.as_deref(), Some(""));
        assert_eq!(got[1].status, Status::Unexpected);
        // The exchange ended with the 250: a later 535 is still a credentials failure.
        assert_eq!(got[2].status, Status::Failed { credentials: true });
        assert_eq!(got[2].code.as_deref(), Some("5.7.8"));
        smtp.authenticate("PLAIN", Some(""), &Capabilities::default());
        let got = responses(&mut smtp, b"235 2.7.0 ok\r\n454 4.7.0 later\r\n504 no such\r\n");
        assert_eq!(got[0].status, Status::Ok);
        assert_eq!(got[1].status, Status::Temporary);
        assert_eq!(got[2].status, Status::Failed { credentials: false });
    }

    #[test]
    fn the_initial_response_is_the_secret_part() {
        let mut smtp = Smtp::new("client", false);
        let AuthStart::Inline(command) =
            smtp.authenticate("PLAIN", Some("AGFsaWNlAHB3"), &Capabilities::default())
        else {
            panic!("inline expected");
        };
        assert_eq!(command.shown(false), "AUTH PLAIN <redacted, 12 bytes>");
        assert_eq!(command.shown(true), "AUTH PLAIN AGFsaWNlAHB3");
    }
}
