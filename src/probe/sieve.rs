//! ManageSieve (RFC 5804) behind the probe's [`Dialect`] seam: capabilities as the greeting and
//! again unasked after STARTTLS, `AUTHENTICATE "MECH" "initial"`, challenges as quoted strings or
//! literals, and `OK`/`NO`/`BYE` with response codes (`(TRYLATER)`, `(SASL "…")`).

use crate::probe::capabilities::Capabilities;
use crate::probe::protocol::{AuthStart, Command, Dialect, Response, ResponseError, Status};
use crate::probe::wire::{Line, LineReader, Piece};

/// Strings longer than this are sent as literals (RFC 5804 §4: quoted strings are short).
const QUOTED_LIMIT: usize = 1000;

pub struct Sieve {
    reader: LineReader,
    in_auth: bool,
    lines: Vec<String>,
    data: Vec<String>,
}

impl Default for Sieve {
    fn default() -> Sieve {
        Sieve { reader: LineReader::with_literals(), in_auth: false, lines: Vec::new(), data: Vec::new() }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Token {
    Atom(String),
    Str(String),
    Open,
    Close,
}

/// The tokens of a logical line; `None` when it is not ManageSieve syntax.
fn tokens(line: &Line) -> Option<Vec<Token>> {
    let mut tokens = Vec::new();
    for (i, piece) in line.pieces.iter().enumerate() {
        match piece {
            Piece::Literal(data) => tokens.push(Token::Str(String::from_utf8_lossy(data).into_owned())),
            Piece::Text(text) => {
                // A literal's `{n}` marker ends the text before it: the literal is the token.
                let text = match line.pieces.get(i + 1) {
                    Some(Piece::Literal(_)) => text.rsplit_once('{').map_or(text.as_str(), |(head, _)| head),
                    _ => text.as_str(),
                };
                tokenize(text, &mut tokens)?;
            }
        }
    }
    Some(tokens)
}

fn tokenize(text: &str, tokens: &mut Vec<Token>) -> Option<()> {
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            ' ' | '\t' => {}
            '(' => tokens.push(Token::Open),
            ')' => tokens.push(Token::Close),
            '"' => {
                let mut value = String::new();
                loop {
                    match chars.next()? {
                        '"' => break,
                        '\\' => value.push(chars.next()?),
                        other => value.push(other),
                    }
                }
                tokens.push(Token::Str(value));
            }
            c if c.is_ascii_alphanumeric() || "-_.".contains(c) => {
                let mut atom = c.to_string();
                while let Some(&next) =
                    chars.peek().filter(|n| n.is_ascii_alphanumeric() || "-_./".contains(**n))
                {
                    atom.push(next);
                    chars.next();
                }
                tokens.push(Token::Atom(atom));
            }
            _ => return None,
        }
    }
    Some(())
}

/// A string in a command: quoted, or a literal when long.
fn string(value: &str) -> String {
    if value.len() <= QUOTED_LIMIT && !value.contains(['"', '\\', '\r', '\n']) {
        format!("\"{value}\"")
    } else {
        format!("{{{}+}}\r\n{value}", value.len())
    }
}

impl Sieve {
    fn on_line(&mut self, line: &Line) -> Result<Option<Response>, ResponseError> {
        let display = line.display();
        self.lines.push(display.clone());
        let garbage =
            || ResponseError::Garbage { protocol: "ManageSieve", line: display.chars().take(80).collect() };
        let tokens = tokens(line).ok_or_else(garbage)?;
        match tokens.as_slice() {
            [Token::Atom(word), rest @ ..] => {
                let upper = word.to_ascii_uppercase();
                let (code, text) = code_and_text(rest);
                let status = match upper.as_str() {
                    "OK" => Status::Ok,
                    "BYE" => Status::Bye,
                    "NO" if code.as_deref().is_some_and(|c| c.eq_ignore_ascii_case("TRYLATER")) => {
                        Status::Temporary
                    }
                    "NO" => Status::Failed { credentials: self.in_auth },
                    _ => return Err(garbage()),
                };
                self.in_auth = false;
                let mut response = Response::new(status, &upper, &text);
                response.code = code;
                response.lines = std::mem::take(&mut self.lines);
                response.data = std::mem::take(&mut self.data);
                Ok(Some(response))
            }
            [Token::Str(challenge)] if self.in_auth => {
                let mut response = Response::new(Status::Continue, "\"\"", "");
                response.challenge = Some(challenge.trim().to_string());
                response.lines = std::mem::take(&mut self.lines);
                Ok(Some(response))
            }
            [Token::Str(name)] => {
                self.data.push(name.clone());
                Ok(None)
            }
            [Token::Str(name), Token::Str(value)] => {
                self.data.push(format!("{name} {value}"));
                Ok(None)
            }
            _ => Err(garbage()),
        }
    }
}

/// `(CODE …) "text"`: the code's first atom and the text.
fn code_and_text(rest: &[Token]) -> (Option<String>, String) {
    let (code, after) = match rest {
        [Token::Open, Token::Atom(code), tail @ ..] => {
            let close = tail.iter().position(|t| *t == Token::Close).map_or(tail.len(), |i| i + 1);
            (Some(code.clone()), &tail[close..])
        }
        _ => (None, rest),
    };
    let text = match after.first() {
        Some(Token::Str(text)) => text.clone(),
        _ => String::new(),
    };
    (code, text)
}

impl Dialect for Sieve {
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
        Some(self.capabilities(greeting))
    }

    /// RFC 5804 §2.2: after STARTTLS the server sends its capabilities unasked.
    fn capability_command(&mut self) -> Option<Command> {
        None
    }

    fn capabilities(&self, response: &Response) -> Capabilities {
        let mut caps = Capabilities { keywords: response.data.clone(), ..Default::default() };
        for line in &response.data {
            let (name, value) = line.split_once(' ').unwrap_or((line, ""));
            match name.to_ascii_uppercase().as_str() {
                "SASL" => caps.auth.extend(value.split_whitespace().map(str::to_ascii_uppercase)),
                "STARTTLS" => caps.starttls = true,
                "IMPLEMENTATION" => caps.greeting = value.to_string(),
                _ => {}
            }
        }
        caps
    }

    fn starttls(&mut self) -> Command {
        Command::plain("STARTTLS")
    }

    fn authenticate(&mut self, mechanism: &str, initial: Option<&str>, _caps: &Capabilities) -> AuthStart {
        self.in_auth = true;
        let command = format!("AUTHENTICATE {}", string(mechanism));
        match initial {
            None => AuthStart::Inline(Command::plain(command)),
            Some(ir) => {
                let from = command.len() + 1;
                AuthStart::Inline(Command::secret(format!("{command} {}", string(ir)), from))
            }
        }
    }

    fn answer(&mut self, message: &str) -> Command {
        Command::secret(string(message), 0)
    }

    fn cancel(&mut self) -> Command {
        Command::plain("\"*\"")
    }

    fn quit(&mut self) -> Command {
        self.in_auth = false;
        Command::plain("LOGOUT")
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
    fn greeting_capabilities_with_a_literal() {
        let mut sieve = Sieve::default();
        let got = responses(
            &mut sieve,
            b"\"IMPLEMENTATION\" \"Dovecot Pigeonhole\"\r\n\"SASL\" {11}\r\nPLAIN LOGIN\r\n\"STARTTLS\"\r\nOK \"ready\"\r\n",
        );
        let caps = sieve.greeting_capabilities(&got[0]).unwrap();
        assert_eq!(caps.auth, ["PLAIN", "LOGIN"]);
        assert!(caps.starttls);
        assert_eq!(caps.greeting, "Dovecot Pigeonhole");
        assert_eq!(got[0].text, "ready");
    }

    #[test]
    fn authenticate_challenges_and_codes() {
        let mut sieve = Sieve::default();
        let AuthStart::Inline(command) =
            sieve.authenticate("PLAIN", Some("AGEAYg=="), &Capabilities::default())
        else {
            panic!("inline");
        };
        assert_eq!(command.text, "AUTHENTICATE \"PLAIN\" \"AGEAYg==\"");
        assert_eq!(command.shown(false), "AUTHENTICATE \"PLAIN\" <redacted, 10 bytes>");
        let got = responses(
            &mut sieve,
            b"\"UGFzc3dvcmQ6\"\r\n{4}\r\nabcd\r\nNO (SASL) \"Authentication failed.\"\r\n",
        );
        assert_eq!(got[0].challenge.as_deref(), Some("UGFzc3dvcmQ6"));
        assert_eq!(got[1].challenge.as_deref(), Some("abcd"));
        assert_eq!(got[2].status, Status::Failed { credentials: true });
        assert_eq!((got[2].code.as_deref(), got[2].text.as_str()), (Some("SASL"), "Authentication failed."));
        sieve.authenticate("PLAIN", None, &Capabilities::default());
        assert_eq!(responses(&mut sieve, b"NO (TRYLATER) \"later\"\r\n")[0].status, Status::Temporary);
        sieve.authenticate("PLAIN", None, &Capabilities::default());
        assert_eq!(responses(&mut sieve, b"BYE \"going\"\r\n")[0].status, Status::Bye);
        assert_eq!(sieve.answer(&"x".repeat(1200)).text.lines().next(), Some("{1200+}"));
        sieve.push(b"220 smtp.example ESMTP\r\n");
        assert!(matches!(sieve.next_response(), Err(ResponseError::Garbage { .. })));
    }
}
