//! SMTP replies (RFC 5321 §4.2), parsed from bytes as they arrive: a reply may be split at any
//! byte across reads. Pure: bytes in, replies out, with bounded memory.

use crate::probe::protocol::{ResponseError as ReplyError, MAX_LINE, MAX_RESPONSE as MAX_REPLY};

/// One complete reply: its code and the text of each line (without code and separator).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    pub code: u16,
    pub lines: Vec<String>,
}

impl Reply {
    /// The enhanced status code (RFC 3463) at the start of the first line, e.g. `5.7.8`.
    pub fn enhanced_code(&self) -> Option<&str> {
        let first = self.lines.first()?.split(' ').next()?;
        let parts: Vec<&str> = first.split('.').collect();
        let digits = |s: &str| !s.is_empty() && s.len() <= 3 && s.bytes().all(|b| b.is_ascii_digit());
        (parts.len() == 3 && parts.iter().all(|p| digits(p)) && matches!(parts[0], "2" | "4" | "5"))
            .then_some(first)
    }
}

#[derive(Debug, Default)]
pub struct ReplyReader {
    buf: Vec<u8>,
}

impl ReplyReader {
    pub fn push(&mut self, bytes: &[u8]) {
        self.buf.extend_from_slice(bytes);
    }

    /// Bytes received but not yet part of a returned reply.
    pub fn buffered(&self) -> usize {
        self.buf.len()
    }

    /// The next complete reply, `Ok(None)` when more bytes are needed.
    pub fn next_reply(&mut self) -> Result<Option<Reply>, ReplyError> {
        let mut lines = Vec::new();
        let mut code = None;
        let mut at = 0;
        loop {
            let Some(end) = self.buf[at..].iter().position(|&b| b == b'\n') else {
                if self.buf.len() - at > MAX_LINE {
                    return Err(ReplyError::LineTooLong(MAX_LINE));
                }
                if self.buf.len() > MAX_REPLY {
                    return Err(ReplyError::ResponseTooLong(MAX_REPLY));
                }
                return Ok(None);
            };
            let raw = &self.buf[at..at + end];
            let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
            if raw.len() > MAX_LINE {
                return Err(ReplyError::LineTooLong(MAX_LINE));
            }
            let (line_code, last, text) = parse_line(raw)?;
            match code {
                Some(first) if first != line_code => return Err(ReplyError::MixedCodes(first, line_code)),
                _ => code = Some(line_code),
            }
            lines.push(text);
            at += end + 1;
            if at > MAX_REPLY {
                return Err(ReplyError::ResponseTooLong(MAX_REPLY));
            }
            if last {
                self.buf.drain(..at);
                return Ok(Some(Reply { code: line_code, lines }));
            }
        }
    }
}

/// `250-text`, `250 text` or `250`: the code, whether this is the last line, the text.
fn parse_line(raw: &[u8]) -> Result<(u16, bool, String), ReplyError> {
    let garbage = || ReplyError::Garbage {
        protocol: "SMTP",
        line: String::from_utf8_lossy(&raw[..raw.len().min(80)]).into_owned(),
    };
    let digits = raw.get(..3).filter(|d| d.iter().all(u8::is_ascii_digit)).ok_or_else(garbage)?;
    let code = digits.iter().fold(0u16, |n, d| n * 10 + u16::from(d - b'0'));
    if !(200..600).contains(&code) {
        return Err(garbage());
    }
    match raw.get(3) {
        None => Ok((code, true, String::new())),
        Some(b' ') => Ok((code, true, String::from_utf8_lossy(&raw[4..]).into_owned())),
        Some(b'-') => Ok((code, false, String::from_utf8_lossy(&raw[4..]).into_owned())),
        Some(_) => Err(garbage()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn replies(input: &[u8]) -> Vec<Reply> {
        let mut reader = ReplyReader::default();
        reader.push(input);
        std::iter::from_fn(|| reader.next_reply().unwrap()).collect()
    }

    #[test]
    fn multiline_and_single() {
        let got =
            replies(b"220 mx ESMTP\r\n250-mx\r\n250-AUTH PLAIN LOGIN\r\n250 8BITMIME\r\n334 \r\n334\r\n");
        assert_eq!(got[0], Reply { code: 220, lines: vec!["mx ESMTP".into()] });
        assert_eq!(got[1].lines, ["mx", "AUTH PLAIN LOGIN", "8BITMIME"]);
        assert_eq!(got[2], Reply { code: 334, lines: vec!["".into()] });
        assert_eq!(got[3], Reply { code: 334, lines: vec!["".into()] });
    }

    #[test]
    fn split_at_every_byte() {
        let input = b"250-mx.example\r\n250-STARTTLS\r\n250 AUTH PLAIN\r\n";
        for cut in 0..input.len() {
            let mut reader = ReplyReader::default();
            reader.push(&input[..cut]);
            let early = reader.next_reply().unwrap();
            reader.push(&input[cut..]);
            let reply = early.or_else(|| reader.next_reply().unwrap()).unwrap();
            assert_eq!(reply.lines.len(), 3, "cut at {cut}");
        }
    }

    #[test]
    fn errors() {
        let mut reader = ReplyReader::default();
        reader.push(b"HTTP/1.1 400 Bad Request\r\n");
        assert!(matches!(reader.next_reply(), Err(ReplyError::Garbage { .. })));
        let mut reader = ReplyReader::default();
        reader.push(b"250-a\r\n550 b\r\n");
        assert_eq!(reader.next_reply(), Err(ReplyError::MixedCodes(250, 550)));
        let mut reader = ReplyReader::default();
        reader.push(&vec![b'2'; MAX_LINE + 10]);
        assert_eq!(reader.next_reply(), Err(ReplyError::LineTooLong(MAX_LINE)));
        let mut reader = ReplyReader::default();
        reader.push(&b"250-xxxxxxxxxxxxxxxx\r\n".repeat(4000));
        assert_eq!(reader.next_reply(), Err(ReplyError::ResponseTooLong(MAX_REPLY)));
    }

    #[test]
    fn enhanced_codes() {
        let reply = Reply { code: 535, lines: vec!["5.7.8 Error: authentication failed".into()] };
        assert_eq!(reply.enhanced_code(), Some("5.7.8"));
        assert_eq!(Reply { code: 250, lines: vec!["mx.example".into()] }.enhanced_code(), None);
    }

    proptest::proptest! {
        #[test]
        fn never_panics(input in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..300)) {
            let mut reader = ReplyReader::default();
            reader.push(&input);
            while let Ok(Some(_)) = reader.next_reply() {}
        }
    }
}
