//! What `saslkit auth MECH` makes: the client messages of one mechanism, each explained by the
//! same explainer `auth decode` uses (so the two agree by construction), and the AUTH command
//! lines that carry them.

use serde::Serialize;

use crate::sasl::command::{auth_line, AuthLine};
use crate::sasl::decode::{explain, Field};
use crate::sasl::Message;

/// The mechanism, whether the first message rides on the AUTH command line (an initial
/// response), and each message with its explained fields.
pub struct Generated {
    pub mechanism: String,
    pub initial_response: bool,
    pub messages: Vec<(Message, Vec<Field>)>,
}

impl Generated {
    pub fn explained(
        mechanism: &str,
        initial_response: bool,
        messages: Vec<Message>,
        show_secrets: bool,
    ) -> Generated {
        let messages = messages
            .into_iter()
            .map(|m| {
                let fields =
                    explain(&m.base64(), Some(mechanism), show_secrets).map(|e| e.fields).unwrap_or_default();
                (m, fields)
            })
            .collect();
        Generated { mechanism: mechanism.to_string(), initial_response, messages }
    }

    /// `AUTH MECH <ir>` (or the command and the response on their own lines, RFC 4954's
    /// 512-octet rule) then the other messages.
    pub fn command_lines(&self) -> Vec<String> {
        let mut blobs = self.messages.iter().map(|(m, _)| m.base64());
        let initial = if self.initial_response { blobs.next() } else { None };
        let mut lines = match auth_line(&self.mechanism, initial.as_deref()) {
            AuthLine::Inline(line) => vec![line],
            AuthLine::Separate { command, response } => vec![command, response],
        };
        lines.extend(blobs);
        lines
    }

    /// The documented JSON shape (docs/json.md, `auth MECH`).
    pub fn report(&self, show_secrets: bool) -> GeneratedReport {
        GeneratedReport {
            mechanism: self.mechanism.clone(),
            messages: self
                .messages
                .iter()
                .map(|(m, fields)| MessageReport {
                    base64: m.base64(),
                    raw: m.escaped(show_secrets),
                    fields: fields.clone(),
                })
                .collect(),
            command: self.command_lines(),
        }
    }
}

#[derive(Serialize)]
pub struct GeneratedReport {
    pub mechanism: String,
    pub messages: Vec<MessageReport>,
    pub command: Vec<String>,
}

#[derive(Serialize)]
pub struct MessageReport {
    pub base64: String,
    pub raw: String,
    pub fields: Vec<Field>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn generated(mechanism: &str, initial_response: bool, blobs: &[&[u8]]) -> Generated {
        let messages = blobs.iter().map(|b| (Message::public(b.to_vec()), Vec::new())).collect();
        Generated { mechanism: mechanism.into(), initial_response, messages }
    }

    #[test]
    fn command_lines_follow_rfc4954() {
        assert_eq!(generated("PLAIN", true, &[b"\0a\0b"]).command_lines(), ["AUTH PLAIN AGEAYg=="]);
        assert_eq!(generated("EXTERNAL", true, &[b""]).command_lines(), ["AUTH EXTERNAL ="]);
        assert_eq!(generated("CRAM-MD5", false, &[b"tim x"]).command_lines(), ["AUTH CRAM-MD5", "dGltIHg="]);
        assert_eq!(generated("LOGIN", true, &[b"u", b"p"]).command_lines(), ["AUTH LOGIN dQ==", "cA=="]);
        let long = vec![b'x'; 400];
        let lines = generated("XOAUTH2", true, &[&long]).command_lines();
        assert_eq!(lines.len(), 2, "an initial response over 512 octets goes on its own line");
        assert_eq!(lines[0], "AUTH XOAUTH2");
    }
}
