//! A byte stream that refuses PostgreSQL messages longer than saslkit can need. tokio-postgres
//! reserves as much memory as a message header announces, so a hostile or broken server saying
//! "2 GiB follow" would make the process abort; this stream reads the framing as it passes and
//! ends the connection with an error instead. Once the server has agreed to TLS (`S` to the
//! SSLRequest) the bytes are TLS records, whose own size rustls bounds, from a server whose
//! certificate verified.

use std::io;
use std::pin::Pin;
use std::task::{Context, Poll};

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};

/// The largest message accepted: a row of sasldb values (each under 8 KiB) many times over, and
/// far above any error, notice or parameter message.
pub const MAX_MESSAGE: u32 = 1 << 20;

/// PostgreSQL's SSLRequest: length 8, code 80877103.
const SSL_REQUEST: [u8; 8] = [0, 0, 0, 8, 0x04, 0xd2, 0x16, 0x2f];

enum Frame {
    /// Reading a message header (tag and length): the bytes seen so far.
    Header([u8; 5], usize),
    /// Inside a message body: bytes left.
    Body(u64),
    /// The next byte answers the SSLRequest.
    SslAnswer,
    /// TLS records from here on.
    Tls,
}

pub struct Guarded<S> {
    inner: S,
    frame: Frame,
    read_any: bool,
}

impl<S> Guarded<S> {
    pub fn new(inner: S) -> Guarded<S> {
        Guarded { inner, frame: Frame::Header([0; 5], 0), read_any: false }
    }

    /// Follows the framing over `bytes`; an error for a message over [`MAX_MESSAGE`].
    fn follow(&mut self, mut bytes: &[u8]) -> io::Result<()> {
        while !bytes.is_empty() {
            match &mut self.frame {
                Frame::Tls => return Ok(()),
                Frame::SslAnswer => {
                    self.frame = if bytes[0] == b'S' { Frame::Tls } else { Frame::Header([0; 5], 0) };
                    bytes = &bytes[1..];
                }
                Frame::Body(left) => {
                    let take = (*left).min(bytes.len() as u64);
                    *left -= take;
                    bytes = &bytes[take as usize..];
                    if *left == 0 {
                        self.frame = Frame::Header([0; 5], 0);
                    }
                }
                Frame::Header(header, have) => {
                    header[*have] = bytes[0];
                    *have += 1;
                    bytes = &bytes[1..];
                    if *have == 5 {
                        let length = u32::from_be_bytes([header[1], header[2], header[3], header[4]]);
                        if length > MAX_MESSAGE {
                            return Err(io::Error::new(
                                io::ErrorKind::InvalidData,
                                format!("the server announced a message of {length} bytes (at most {MAX_MESSAGE} are accepted)"),
                            ));
                        }
                        // A length under 4 is the codec's error to report; nothing follows it.
                        self.frame = match u64::from(length).saturating_sub(4) {
                            0 => Frame::Header([0; 5], 0),
                            left => Frame::Body(left),
                        };
                    }
                }
            }
        }
        Ok(())
    }
}

impl<S: AsyncRead + Unpin> AsyncRead for Guarded<S> {
    fn poll_read(self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        let before = buf.filled().len();
        let polled = Pin::new(&mut this.inner).poll_read(cx, buf);
        if let Poll::Ready(Ok(())) = polled {
            let fresh = buf.filled()[before..].to_vec();
            this.read_any |= !fresh.is_empty();
            this.follow(&fresh)?;
        }
        polled
    }
}

impl<S: AsyncWrite + Unpin> AsyncWrite for Guarded<S> {
    fn poll_write(self: Pin<&mut Self>, cx: &mut Context<'_>, data: &[u8]) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        if !this.read_any && data.starts_with(&SSL_REQUEST) {
            this.frame = Frame::SslAnswer;
        }
        Pin::new(&mut this.inner).poll_write(cx, data)
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().inner).poll_flush(cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().inner).poll_shutdown(cx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_are_followed_across_reads_and_a_huge_one_is_refused() {
        let mut g = Guarded::new(());
        // AuthenticationOk split across reads, then ReadyForQuery.
        g.follow(b"R\0\0").unwrap();
        g.follow(b"\0\x08\0\0\0\0Z\0\0\0\x05I").unwrap();
        assert!(matches!(g.frame, Frame::Header(_, 0)));
        let err = g.follow(b"D\x7f\xff\xff\xff").unwrap_err();
        assert!(err.to_string().contains("2147483647"), "{err}");
    }

    #[test]
    fn after_the_server_agrees_to_tls_records_are_not_read_as_messages() {
        let mut g = Guarded::new(());
        g.frame = Frame::SslAnswer;
        g.follow(b"S\x16\x03\x03\xff\xff").unwrap();
        assert!(matches!(g.frame, Frame::Tls));
        let mut refused = Guarded::new(());
        refused.frame = Frame::SslAnswer;
        refused.follow(b"NR\0\0\0\x08\0\0\0\0").unwrap();
        assert!(matches!(refused.frame, Frame::Header(_, 0)));
    }
}
