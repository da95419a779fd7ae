//! Which lines of a pasted transcript are SASL blobs. A swaks, `openssl s_client` or Postfix
//! debug log holds whole sessions; only the lines of an AUTH exchange carry blobs, and a word
//! like `QUIT` or `CHUNKING` is valid base64 that must not be decoded as a LOGIN value.
//!
//! The scanner is fed one line at a time (input of any length streams through it):
//! - `AUTH MECH [ir]` (SMTP, POP3) or `tag AUTHENTICATE MECH [ir]` (IMAP) opens an exchange;
//! - inside it, `334 blob` / `+ blob` are server challenges and a lone word is a client
//!   response; any other reply code, or the client's `*`, closes it;
//! - outside an exchange, a lone word is a blob pasted on its own (as `auth decode -` has always
//!   accepted), unless it is a protocol command (`QUIT`, `RSET`, `CAPA`…); every other line
//!   (greetings, EHLO lists, headers) is skipped.
//!
//! Direction markers (`->`, `<-`, `C:`, `S:`, `===` …) in front of a line are ignored.

/// A blob found on a line, with the mechanism of the exchange it belongs to when known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundBlob {
    pub mechanism: Option<String>,
    pub blob: String,
}

#[derive(Debug, Default)]
pub struct BlobScanner {
    /// The mechanism of the AUTH exchange under way (`Some("")` when it named none).
    exchange: Option<String>,
}

impl BlobScanner {
    /// The blob on `line`, or `None` when the line holds none.
    pub fn feed(&mut self, line: &str) -> Option<FoundBlob> {
        let mut words: Vec<&str> = line.split_whitespace().collect();
        if words.first().is_some_and(|w| is_direction_marker(w)) {
            words.remove(0);
        }
        let first = *words.first()?;
        // Before AUTH: `250 AUTH PLAIN LOGIN` is the server's list, not a command.
        if let Some(code) = reply_code(first) {
            return match (code, &self.exchange, words.get(1)) {
                // 334 is only ever an AUTH challenge, even when the AUTH line was not pasted.
                (334, _, Some(blob)) => self.found(blob),
                (334, _, None) => None,
                _ => {
                    self.exchange = None;
                    None
                }
            };
        }
        if let Some(at) = words.iter().take(2).position(|w| is_auth_command(w)) {
            return self.open(words.get(at + 1).copied(), words.get(at + 2).copied());
        }
        match (&self.exchange, words.as_slice()) {
            (Some(_), ["*"]) => {
                self.exchange = None;
                None
            }
            (Some(_), ["+", blob]) => self.found(blob),
            (Some(_), ["+"]) => None,
            (Some(_), [blob]) => self.found(blob),
            (None, [word]) if !is_command(word) => self.found(word),
            // A status line (`a1 OK …`, `+OK`, `-ERR …`) ends the exchange: client responses
            // are single words.
            (Some(_), _) => {
                self.exchange = None;
                None
            }
            (None, _) => None,
        }
    }

    fn open(&mut self, mechanism: Option<&str>, initial: Option<&str>) -> Option<FoundBlob> {
        self.exchange = Some(mechanism.map(str::to_ascii_uppercase).unwrap_or_default());
        // `=` is RFC 4954's empty initial response.
        initial.filter(|ir| *ir != "=").and_then(|ir| self.found(ir))
    }

    fn found(&self, blob: &str) -> Option<FoundBlob> {
        let mechanism = self.exchange.clone().filter(|m| !m.is_empty());
        Some(FoundBlob { mechanism, blob: blob.to_string() })
    }
}

/// Commands of SMTP, POP3 and IMAP that a client sends as one word: valid base64 (`QUIT`
/// decodes to three bytes), but never a blob.
fn is_command(word: &str) -> bool {
    const COMMANDS: [&str; 21] = [
        "QUIT",
        "RSET",
        "NOOP",
        "DATA",
        "STARTTLS",
        "HELP",
        "TURN",
        "BDAT",
        "EHLO",
        "HELO",
        "LHLO",
        "CAPA",
        "STLS",
        "STAT",
        "LIST",
        "UIDL",
        "LOGOUT",
        "CAPABILITY",
        "IDLE",
        "DONE",
        "CHECK",
    ];
    COMMANDS.iter().any(|c| c.eq_ignore_ascii_case(word))
}

fn is_auth_command(word: &str) -> bool {
    word.eq_ignore_ascii_case("AUTH") || word.eq_ignore_ascii_case("AUTHENTICATE")
}

/// `->`, `<-`, `~>`, `<~`, `===`, `<**`, `C:`, `S:` … (swaks, s_client logs, hand-written notes).
fn is_direction_marker(word: &str) -> bool {
    matches!(word.to_ascii_uppercase().as_str(), "C:" | "S:")
        || (!word.is_empty() && word.chars().all(|c| matches!(c, '<' | '>' | '-' | '~' | '=' | '*')))
}

/// `250`, `334`, `250-…` continuation lines: an SMTP/LMTP reply code.
fn reply_code(word: &str) -> Option<u16> {
    let digits = word.get(..3)?;
    let rest = &word[3..];
    if !digits.bytes().all(|b| b.is_ascii_digit()) || !(rest.is_empty() || rest.starts_with('-')) {
        return None;
    }
    digits.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blobs(text: &str) -> Vec<(Option<String>, String)> {
        let mut scanner = BlobScanner::default();
        text.lines().filter_map(|l| scanner.feed(l)).map(|f| (f.mechanism, f.blob)).collect()
    }

    fn login(blob: &str) -> (Option<String>, String) {
        (Some("LOGIN".into()), blob.into())
    }

    #[test]
    fn the_servers_auth_list_opens_no_exchange() {
        assert_eq!(blobs("S: 250 AUTH LOGIN PLAIN\nC: QUIT"), []);
    }

    #[test]
    fn a_swaks_log_yields_only_the_auth_exchange() {
        let log = "=== Trying 127.0.0.1:25...\n=== Connected to 127.0.0.1.\n<-  220 mx ESMTP Postfix\n \
                   -> EHLO client\n<-  250-mx\n<-  250-AUTH LOGIN PLAIN\n<-  250-CHUNKING\n<-  250 SMTPUTF8\n \
                   -> AUTH LOGIN\n<-  334 VXNlcm5hbWU6\n -> YWxpY2U=\n<-  334 UGFzc3dvcmQ6\n -> cHc=\n\
                   <-  235 2.7.0 Authentication successful\n -> QUIT\n<-  221 2.0.0 Bye\n=== Connection closed.\n";
        assert_eq!(
            blobs(log),
            [login("VXNlcm5hbWU6"), login("YWxpY2U="), login("UGFzc3dvcmQ6"), login("cHc=")],
            "QUIT, CHUNKING and the greeting are no blobs"
        );
    }

    #[test]
    fn initial_responses_imap_and_cancel() {
        assert_eq!(
            blobs("C: AUTH PLAIN AGFsaWNlAHB3\nS: 235 ok\nC: QUIT"),
            [(Some("PLAIN".into()), "AGFsaWNlAHB3".into())]
        );
        assert_eq!(blobs("AUTH EXTERNAL =\n235 ok"), []);
        let imap = "a1 AUTHENTICATE PLAIN\n+ \nAGFsaWNlAHB3\na1 OK done\na2 LOGOUT\nLOGOUT";
        assert_eq!(blobs(imap), [(Some("PLAIN".into()), "AGFsaWNlAHB3".into())]);
        let cancelled = "AUTH CRAM-MD5\n334 PDEyMz4=\n*\n501 cancelled\nQUIT";
        assert_eq!(blobs(cancelled), [(Some("CRAM-MD5".into()), "PDEyMz4=".into())]);
    }

    #[test]
    fn a_client_line_that_is_no_command_is_a_blob() {
        // It may be a password typed in the clear: decoded (and failing), not silently dropped.
        assert_eq!(blobs("C: Cl3ar-t3xt!\nC: QUIT"), [(None, "Cl3ar-t3xt!".into())]);
    }

    #[test]
    fn bare_blobs_pasted_one_per_line_still_decode() {
        assert_eq!(
            blobs("AGFsaWNlAHB3\ndGVzdA=="),
            [(None, "AGFsaWNlAHB3".into()), (None, "dGVzdA==".into())]
        );
        assert_eq!(blobs("334"), []);
        assert_eq!(blobs("334 VXNlcm5hbWU6"), [(None, "VXNlcm5hbWU6".into())]);
        assert_eq!(blobs("   "), []);
    }
}
