//! Lines of the text protocols as they arrive, split at any byte across reads: a line ends at
//! CRLF (or a bare LF), except that IMAP and ManageSieve lines may carry literals (`{n}` or
//! `{n+}` at the end of a line, then n bytes of data, then the line goes on). Pure and bounded.

use crate::probe::protocol::{ResponseError, MAX_LINE, MAX_LINES, MAX_RESPONSE};

/// A part of a logical line: text up to a literal, or the literal's data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    Text(String),
    Literal(Vec<u8>),
}

/// A logical line: its pieces, and how it looks in a transcript.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub pieces: Vec<Piece>,
}

impl Line {
    /// The whole line as text, literals inline after their `{n}` marker.
    pub fn display(&self) -> String {
        let mut text = String::new();
        for piece in &self.pieces {
            match piece {
                Piece::Text(part) => text.push_str(part),
                Piece::Literal(data) => {
                    text.push_str("\r\n");
                    text.push_str(&String::from_utf8_lossy(data));
                }
            }
        }
        text.replace(['\r', '\n'], " ")
    }
}

/// Buffered bytes and the next line in them.
#[derive(Debug, Default)]
pub struct LineReader {
    buf: Vec<u8>,
    /// Whether `{n}` at a line's end announces a literal (IMAP, ManageSieve; not POP3).
    literals: bool,
    /// Lines read since the last complete response: a response is at most [`MAX_LINES`].
    unanswered: usize,
}

impl LineReader {
    pub fn with_literals() -> LineReader {
        LineReader { literals: true, ..LineReader::default() }
    }

    pub fn push(&mut self, bytes: &[u8]) {
        self.buf.extend_from_slice(bytes);
    }

    pub fn buffered(&self) -> usize {
        self.buf.len()
    }

    /// The next response, built by `on_line` from lines as they come (`Ok(None)` from it: the
    /// response goes on); `Ok(None)` while more bytes are needed. A response of more than
    /// [`MAX_LINES`] lines is refused.
    pub fn next_response<R>(
        &mut self,
        mut on_line: impl FnMut(&Line) -> Result<Option<R>, ResponseError>,
    ) -> Result<Option<R>, ResponseError> {
        while let Some(line) = self.next_line()? {
            if let Some(response) = on_line(&line)? {
                self.unanswered = 0;
                return Ok(Some(response));
            }
            self.unanswered += 1;
            if self.unanswered > MAX_LINES {
                return Err(ResponseError::ResponseTooLong(MAX_RESPONSE));
            }
        }
        Ok(None)
    }

    /// The next complete logical line, `Ok(None)` while more bytes are needed.
    pub fn next_line(&mut self) -> Result<Option<Line>, ResponseError> {
        let mut pieces = Vec::new();
        let mut at = 0;
        loop {
            let Some(end) = self.buf[at..].iter().position(|&b| b == b'\n') else {
                if self.buf.len() - at > MAX_LINE {
                    return Err(ResponseError::LineTooLong(MAX_LINE));
                }
                return Ok(None);
            };
            let raw = &self.buf[at..at + end];
            let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
            if raw.len() > MAX_LINE {
                return Err(ResponseError::LineTooLong(MAX_LINE));
            }
            let text = String::from_utf8_lossy(raw).into_owned();
            let literal = if self.literals { literal_length(raw) } else { None };
            at += end + 1;
            pieces.push(Piece::Text(text));
            let Some(length) = literal else {
                self.buf.drain(..at);
                return Ok(Some(Line { pieces }));
            };
            if length > MAX_RESPONSE || at + length > MAX_RESPONSE {
                return Err(ResponseError::ResponseTooLong(MAX_RESPONSE));
            }
            if self.buf.len() < at + length {
                return Ok(None);
            }
            pieces.push(Piece::Literal(self.buf[at..at + length].to_vec()));
            at += length;
        }
    }
}

/// `{123}` or `{123+}` at the end of a line: the literal's length. A length that does not fit
/// is returned as `usize::MAX`, which the caller refuses as too long.
fn literal_length(line: &[u8]) -> Option<usize> {
    let inner = line.strip_suffix(b"}")?;
    let open = inner.iter().rposition(|&b| b == b'{')?;
    let digits = &inner[open + 1..];
    let digits = digits.strip_suffix(b"+").unwrap_or(digits);
    if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(std::str::from_utf8(digits).ok()?.parse().unwrap_or(usize::MAX))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(reader: &mut LineReader) -> Vec<Line> {
        std::iter::from_fn(|| reader.next_line().unwrap()).collect()
    }

    #[test]
    fn literals_continue_the_line_and_split_reads_change_nothing() {
        let input = b"* OK hi\r\n\"SASL\" {11}\r\nPLAIN LOGIN\r\nOK \"done\"\r\n";
        for cut in 0..input.len() {
            let mut reader = LineReader::with_literals();
            reader.push(&input[..cut]);
            let mut got = lines(&mut reader);
            reader.push(&input[cut..]);
            got.extend(lines(&mut reader));
            assert_eq!(got.len(), 3, "cut at {cut}");
            assert_eq!(
                got[1].pieces,
                [
                    Piece::Text("\"SASL\" {11}".into()),
                    Piece::Literal(b"PLAIN LOGIN".to_vec()),
                    Piece::Text("".into())
                ]
            );
        }
    }

    #[test]
    fn without_literals_braces_are_text_and_limits_hold() {
        let mut reader = LineReader::default();
        reader.push(b"+OK {5}\r\n");
        assert_eq!(reader.next_line().unwrap().unwrap().display(), "+OK {5}");
        let mut reader = LineReader::with_literals();
        reader.push(b"* OK {99999999999999999999999}\r\n");
        assert_eq!(reader.next_line(), Err(ResponseError::ResponseTooLong(MAX_RESPONSE)));
        let mut reader = LineReader::default();
        reader.push(&vec![b'x'; MAX_LINE + 1]);
        assert_eq!(reader.next_line(), Err(ResponseError::LineTooLong(MAX_LINE)));
    }

    proptest::proptest! {
        #[test]
        fn never_panics(input in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..300)) {
            let mut reader = LineReader::with_literals();
            reader.push(&input);
            while let Ok(Some(_)) = reader.next_line() {}
        }
    }
}
