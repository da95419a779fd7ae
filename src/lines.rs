//! Reading text input line by line in bounded memory: a line is capped (the rest of an overlong
//! line is skipped, not buffered), and a line that is not UTF-8 is reported as such instead of
//! ending the whole read.

use std::io::BufRead;

#[derive(Debug, PartialEq, Eq)]
pub enum ReadLine {
    Text(String),
    NotUtf8,
    TooLong,
}

pub struct LineReader<R> {
    reader: R,
    max: usize,
    buf: Vec<u8>,
}

impl<R: BufRead> LineReader<R> {
    pub fn new(reader: R, max: usize) -> LineReader<R> {
        LineReader { reader, max, buf: Vec::new() }
    }

    /// The next line without its `\n` (and `\r\n`), or `None` at the end of the input.
    pub fn next_line(&mut self) -> std::io::Result<Option<ReadLine>> {
        self.buf.clear();
        let mut too_long = false;
        loop {
            let chunk = match self.reader.fill_buf() {
                Ok(chunk) => chunk,
                Err(err) if err.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(err) => return Err(err),
            };
            if chunk.is_empty() {
                if self.buf.is_empty() && !too_long {
                    return Ok(None);
                }
                break;
            }
            let (take, done) = match chunk.iter().position(|&b| b == b'\n') {
                Some(at) => (at, true),
                None => (chunk.len(), false),
            };
            if !too_long && self.buf.len() + take <= self.max {
                self.buf.extend_from_slice(&chunk[..take]);
            } else {
                too_long = true;
                self.buf.clear();
            }
            self.reader.consume(take + usize::from(done));
            if done {
                break;
            }
        }
        if too_long {
            return Ok(Some(ReadLine::TooLong));
        }
        if self.buf.last() == Some(&b'\r') {
            self.buf.pop();
        }
        Ok(Some(match std::str::from_utf8(&self.buf) {
            Ok(text) => ReadLine::Text(text.to_string()),
            Err(_) => ReadLine::NotUtf8,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(input: &[u8], max: usize) -> Vec<ReadLine> {
        let mut reader = LineReader::new(std::io::BufReader::with_capacity(4, input), max);
        std::iter::from_fn(|| reader.next_line().unwrap()).collect()
    }

    #[test]
    fn lines_bad_bytes_and_overlong_lines() {
        assert_eq!(
            all(b"one\r\n\xff\xfe\ntoo long here\nlast", 8),
            vec![
                ReadLine::Text("one".into()),
                ReadLine::NotUtf8,
                ReadLine::TooLong,
                ReadLine::Text("last".into())
            ]
        );
        assert_eq!(all(b"", 8), vec![]);
        assert_eq!(all(b"\n", 8), vec![ReadLine::Text(String::new())]);
    }
}
